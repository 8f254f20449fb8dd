from .sync import (  # noqa: F401
    start_sync_organizations,
    sync_organization_async,
    sync_team_members_for_organization_async,
)
from .sync_v2 import sync_organizations_v2  # noqa: F401
