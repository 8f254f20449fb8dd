from .incident_log_builder import IncidentLogBuilder  # noqa: F401
