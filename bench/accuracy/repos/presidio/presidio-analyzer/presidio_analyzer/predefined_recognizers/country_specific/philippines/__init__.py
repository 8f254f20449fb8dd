"""Philippines-specific recognizers package."""

from .ph_tin_recognizer import PhTinRecognizer

__all__ = ["PhTinRecognizer"]
