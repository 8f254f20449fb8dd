from .twilio_phone_call import TwilioCallStatuses, TwilioPhoneCall  # noqa: F401
from .twilio_sender import (  # noqa: F401
    TwilioAccount,
    TwilioPhoneCallSender,
    TwilioSender,
    TwilioSmsSender,
    TwilioVerificationSender,
)
from .twilio_sms import TwilioSMS, TwilioSMSstatuses  # noqa: F401
