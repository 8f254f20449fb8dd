from .phone_call import ZvonokCallStatuses, ZvonokPhoneCall  # noqa: F401
