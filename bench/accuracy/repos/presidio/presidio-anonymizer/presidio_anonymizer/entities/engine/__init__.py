"""Engine request entities."""

from .operator_config import OperatorConfig
from .pii_entity import PIIEntity
from .recognizer_result import RecognizerResult

__all__ = ["PIIEntity", "OperatorConfig", "RecognizerResult"]
