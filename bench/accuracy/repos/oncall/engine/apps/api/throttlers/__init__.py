from .demo_alert_throttler import DemoAlertThrottler  # noqa: F401
from .phone_verification_throttler import (  # noqa: F401
    GetPhoneVerificationCodeThrottlerPerOrg,
    GetPhoneVerificationCodeThrottlerPerUser,
    VerifyPhoneNumberThrottlerPerOrg,
    VerifyPhoneNumberThrottlerPerUser,
)
from .test_call_throttler import TestCallThrottler  # noqa: F401
