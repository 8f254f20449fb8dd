from .dynamic_setting import DynamicSetting  # noqa: F401
from .failed_to_invoke_celery_task import FailedToInvokeCeleryTask  # noqa: F401
from .live_setting import LiveSetting  # noqa: F401
from .user_notification_policy import UserNotificationPolicy  # noqa: F401
from .user_notification_policy_log_record import UserNotificationPolicyLogRecord  # noqa: F401
