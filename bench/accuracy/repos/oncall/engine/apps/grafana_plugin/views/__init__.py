from .install import InstallView  # noqa: F401
from .install_v2 import InstallV2View  # noqa: F401
from .recaptcha import RecaptchaView  # noqa: F401
from .self_hosted_install import SelfHostedInstallView  # noqa: F401
from .status import StatusView  # noqa: F401
from .status_v2 import StatusV2View  # noqa: F401
from .sync_organization import SyncOrganizationView  # noqa: F401
from .sync_v2 import SyncV2View  # noqa: F401
