from .acknowledge_reminder import acknowledge_reminder_task  # noqa: F401
from .alert_group_web_title_cache import (  # noqa:F401
    update_web_title_cache,
    update_web_title_cache_for_alert_receive_channel,
)
from .check_escalation_finished import check_escalation_finished_task  # noqa: F401
from .custom_webhook_result import custom_webhook_result  # noqa: F401
from .declare_incident import declare_incident  # noqa: F401
from .delete_alert_group import delete_alert_group  # noqa: F401
from .delete_alert_group import finish_delete_alert_group  # noqa: F401
from .delete_alert_group import send_alert_group_signal_for_delete  # noqa: F401
from .escalate_alert_group import escalate_alert_group  # noqa: F401
from .invite_user_to_join_incident import invite_user_to_join_incident  # noqa: F401
from .maintenance import disable_maintenance  # noqa: F401
from .notify_all import notify_all_task  # noqa: F401
from .notify_group import notify_group_task  # noqa: F401
from .notify_ical_schedule_shift import notify_ical_schedule_shift  # noqa: F401
from .notify_user import notify_user_task  # noqa: F401
from .resolve_alert_group_by_source_if_needed import resolve_alert_group_by_source_if_needed  # noqa: F401
from .resolve_by_last_step import resolve_by_last_step_task  # noqa: F401
from .send_alert_group_signal import send_alert_group_signal  # noqa: F401
from .send_update_log_report_signal import send_update_log_report_signal  # noqa: F401
from .send_update_resolution_note_signal import send_update_resolution_note_signal  # noqa: F401
from .sync_grafana_alerting_contact_points import disconnect_integration_from_alerting_contact_points  # noqa: F401
from .unsilence import unsilence_task  # noqa: F401
from .wipe import wipe  # noqa: F401
