from flask import Blueprint

bp = Blueprint("errors", __name__)

from . import handlers  # noqa F401, E402
from .utils import failed_response, parse_error_message  # noqa F401, E402
