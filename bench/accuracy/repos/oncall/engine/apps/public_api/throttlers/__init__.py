from .info_throttler import InfoThrottler  # noqa: F401
from .phone_notification_throttler import PhoneNotificationThrottler  # noqa: F401
from .user_throttle import UserThrottle  # noqa: F401
