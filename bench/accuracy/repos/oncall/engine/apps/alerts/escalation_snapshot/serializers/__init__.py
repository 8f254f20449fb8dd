from .channel_filter_snapshot import ChannelFilterSnapshotSerializer  # noqa: F401
from .escalation_chain_snapshot import EscalationChainSnapshotSerializer  # noqa: F401
from .escalation_policy_snapshot import EscalationPolicySnapshotSerializer  # noqa: F401
from .escalation_snapshot import EscalationSnapshotSerializer  # noqa: F401
