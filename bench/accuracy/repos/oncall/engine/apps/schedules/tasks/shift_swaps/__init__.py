from .notify_when_taken import notify_beneficiary_about_taken_shift_swap_request  # noqa: F401
from .slack_followups import send_shift_swap_request_slack_followups  # noqa: F401
from .slack_messages import create_shift_swap_request_message, update_shift_swap_request_message  # noqa: F401
