from .blocks import Block  # noqa: F401
from .common import EventType, MessageEventSubtype, PayloadType  # noqa: F401
from .composition_objects import (  # noqa: F401
    CompositionObjectConfirm,
    CompositionObjectMrkdwnText,
    CompositionObjectOption,
    CompositionObjectOptionGroup,
    CompositionObjectPlainText,
    CompositionObjectText,
)
from .interaction_payloads import EventPayload  # noqa: F401
from .interaction_payloads.block_actions import BlockActionType  # noqa: F401
from .interaction_payloads.interactive_messages import InteractiveMessageActionType  # noqa: F401
from .scenario_routes import ScenarioRoute  # noqa: F401
from .views import ModalView  # noqa: F401
