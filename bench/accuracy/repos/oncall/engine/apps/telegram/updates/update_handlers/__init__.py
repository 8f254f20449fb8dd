from .update_handler import UpdateHandler  # noqa: F401, isort: skip
from .button_press import ButtonPressHandler  # noqa: F401
from .channel_to_group_forward import ChannelToGroupForwardHandler  # noqa: F401
from .start_message import StartMessageHandler  # noqa: F401
from .verification.channel import ChannelVerificationCodeHandler  # noqa: F401
from .verification.personal import PersonalVerificationCodeHandler  # noqa: F401
