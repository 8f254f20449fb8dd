from .grafana_alerting_sync import GrafanaAlertingSyncManager  # noqa: F401
