from .phone_call import PhoneCallRecord, ProviderPhoneCall  # noqa: F401
from .sms import ProviderSMS, SMSRecord  # noqa: F401
