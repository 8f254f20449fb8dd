"""Thai-specific recognizers."""

from .th_tnin_recognizer import ThTninRecognizer

__all__ = [
    "ThTninRecognizer",
]
