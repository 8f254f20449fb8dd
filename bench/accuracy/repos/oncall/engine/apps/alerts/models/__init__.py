from .alert import Alert  # noqa: F401
from .alert_group import AlertGroup  # noqa: F401
from .alert_group_counter import AlertGroupCounter  # noqa: F401
from .alert_group_log_record import AlertGroupLogRecord, listen_for_alertgrouplogrecord  # noqa: F401
from .alert_manager_models import AlertForAlertManager, AlertGroupForAlertManager  # noqa: F401
from .alert_receive_channel import AlertReceiveChannel, listen_for_alertreceivechannel_model_save  # noqa: F401
from .alert_receive_channel_connection import AlertGroupExternalID  # noqa: F401
from .alert_receive_channel_connection import AlertReceiveChannelConnection  # noqa: F401
from .channel_filter import ChannelFilter  # noqa: F401
from .custom_button import CustomButton  # noqa: F401
from .escalation_chain import EscalationChain  # noqa: F401
from .escalation_policy import EscalationPolicy  # noqa: F401
from .grafana_alerting_contact_point import GrafanaAlertingContactPoint  # noqa: F401
from .invitation import Invitation  # noqa: F401
from .maintainable_object import MaintainableObject  # noqa: F401
from .related_incident import RelatedIncident  # noqa: F401
from .resolution_note import ResolutionNote, ResolutionNoteSlackMessage  # noqa: F401
from .user_has_notification import UserHasNotification  # noqa: F401
from .user_notification_bundle import BundledNotification, UserNotificationBundle  # noqa: F401
