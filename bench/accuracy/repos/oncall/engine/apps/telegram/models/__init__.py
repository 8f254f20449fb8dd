from .message import TelegramMessage  # noqa: F401, isort: skip
from .connectors.channel import TelegramToOrganizationConnector  # noqa: F401
from .connectors.personal import TelegramToUserConnector  # noqa: F401
from .verification.channel import TelegramChannelVerificationCode  # noqa: F401
from .verification.personal import TelegramVerificationCode  # noqa: F401
