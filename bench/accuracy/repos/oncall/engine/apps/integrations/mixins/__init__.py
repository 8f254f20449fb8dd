from .alert_channel_defining_mixin import AlertChannelDefiningMixin  # noqa: F401
from .browsable_instruction_mixin import BrowsableInstructionMixin  # noqa: F401
from .ratelimit_mixin import (  # noqa: F401
    IntegrationHeartBeatRateLimitMixin,
    IntegrationRateLimitMixin,
    RateLimitMixin,
    is_ratelimit_ignored,
)
