"""Canada-specific recognizers package."""

from .ca_sin_recognizer import CaSinRecognizer

__all__ = [
    "CaSinRecognizer",
]
