from .chatops_insight_logs import ChatOpsEvent, ChatOpsTypePlug, write_chatops_insight_log  # noqa
from .maintenance_insight_log import MaintenanceEvent, write_maintenance_insight_log  # noqa
from .resource_insight_logs import EntityEvent, write_resource_insight_log  # noqa
