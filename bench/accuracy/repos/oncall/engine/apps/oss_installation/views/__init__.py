from .cloud_connection import CloudConnectionView  # noqa: F401
from .cloud_heartbeat import CloudHeartbeatView  # noqa: F401
from .cloud_users import CloudUsersView, CloudUserView  # noqa: F401
