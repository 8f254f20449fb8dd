from .user import User  # noqa: F401, isort: skip
from .organization import Organization  # noqa: F401
from .region import Region  # noqa: F401
from .service_account import ServiceAccount, ServiceAccountUser  # noqa: F401
from .team import Team  # noqa: F401
