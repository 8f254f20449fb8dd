from .user_notification_policy import UserNotificationPolicyView  # noqa: F401
