from .phone_call import ExotelCallStatuses, ExotelPhoneCall  # noqa: F401
