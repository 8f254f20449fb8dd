from .custom_on_call_shift import CustomOnCallShift  # noqa: F401
from .on_call_schedule import (  # noqa: F401
    OnCallSchedule,
    OnCallScheduleCalendar,
    OnCallScheduleICal,
    OnCallScheduleWeb,
)
from .shift_swap_request import ShiftSwapRequest  # noqa: F401
