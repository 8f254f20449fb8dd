"""South Africa-specific recognizers."""

from .za_id_number_recognizer import ZaIdNumberRecognizer

__all__ = [
    "ZaIdNumberRecognizer",
]
