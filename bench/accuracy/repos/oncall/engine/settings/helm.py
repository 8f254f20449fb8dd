from .prod_without_db import *  # noqa: F401, F403

APPEND_SLASH = False
SECURE_SSL_REDIRECT = False
