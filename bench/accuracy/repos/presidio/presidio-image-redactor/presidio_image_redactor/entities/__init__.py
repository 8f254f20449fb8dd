"""Image Redactor entities."""

from .image_recognizer_result import ImageRecognizerResult
from .invalid_exception import InvalidParamError

__all__ = [
    "ImageRecognizerResult",
    "InvalidParamError",
]
