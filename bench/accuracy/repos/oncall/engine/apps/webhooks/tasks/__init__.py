from .alert_group_status import alert_group_created, alert_group_status_change  # noqa: F401
from .notify_user import notify_user_async  # noqa: F401
from .trigger_webhook import execute_webhook, send_webhook_event  # noqa: F401
