from .cloud_connector import CloudConnector  # noqa: F401
from .cloud_heartbeat import CloudHeartbeat  # noqa: F401
from .cloud_user_identity import CloudUserIdentity  # noqa: F401
from .oss_installation import OssInstallation  # noqa: F401
