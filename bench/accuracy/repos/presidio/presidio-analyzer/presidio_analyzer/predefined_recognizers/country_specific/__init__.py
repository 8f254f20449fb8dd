"""Country-specific recognizers package."""

from .canada.ca_sin_recognizer import CaSinRecognizer

__all__ = [
    "CaSinRecognizer",
]
