from .channel_filter_snapshot import ChannelFilterSnapshot  # noqa: F401
from .escalation_chain_snapshot import EscalationChainSnapshot  # noqa: F401
from .escalation_policy_snapshot import EscalationPolicySnapshot  # noqa: F401
from .escalation_snapshot import EscalationSnapshot  # noqa: F401
