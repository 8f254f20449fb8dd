import os
from .base import *  # noqa: F401,F403

LOGGING["loggers"]["root"]["level"] = "INFO"  # noqa: F405

settings_required = (
    "SECRET_KEY",
    "LAALAA_API_HOST",
)

for key in settings_required:
    if key not in os.environ:
        raise Exception("'{}' Environment variable is required. please provide".format(key))
