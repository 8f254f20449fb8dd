from .exceptions import (  # noqa: F401
    BacksyncIntegrationRequestError,
    MaintenanceCouldNotBeStartedError,
    TeamCanNotBeChangedError,
    UnableToSendDemoAlert,
)
