from .escalation_snapshot_mixin import EscalationSnapshotMixin  # noqa: F401
