from .channel import MattermostChannel  # noqa: F401
from .message import MattermostMessage  # noqa F401
from .user import MattermostUser  # noqa F401
