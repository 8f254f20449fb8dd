from .check_gaps_and_empty_shifts import check_gaps_and_empty_shifts_in_schedule  # noqa: F401
from .drop_cached_ical import drop_cached_ical_for_custom_events_for_organization, drop_cached_ical_task  # noqa: F401
from .notify_about_empty_shifts_in_schedule import (  # noqa: F401
    notify_about_empty_shifts_in_schedule_task,
    schedule_notify_about_empty_shifts_in_schedule,
    start_notify_about_empty_shifts_in_schedule,
)
from .notify_about_gaps_in_schedule import (  # noqa: F401
    notify_about_gaps_in_schedule_task,
    schedule_notify_about_gaps_in_schedule,
    start_notify_about_gaps_in_schedule,
)
from .refresh_ical_files import (  # noqa: F401
    refresh_ical_file,
    refresh_ical_final_schedule,
    start_refresh_ical_files,
    start_refresh_ical_final_schedules,
)
