from .cloud_user import CloudUserSerializer  # noqa: F401
