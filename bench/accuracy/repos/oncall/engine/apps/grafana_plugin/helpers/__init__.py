from .client import GcomAPIClient  # noqa: F401
from .client import GrafanaAPIClient  # noqa: F401
