from .apply_jinja_template import apply_jinja_template, apply_jinja_template_to_alert_payload_and_labels  # noqa: F401
from .jinja_template_env import jinja_template_env  # noqa: F401
