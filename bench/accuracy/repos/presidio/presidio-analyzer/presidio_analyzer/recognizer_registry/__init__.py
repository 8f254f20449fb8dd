"""Recognizer Registry."""

from .recognizer_registry import RecognizerRegistry
from .recognizer_registry_provider import RecognizerRegistryProvider

__all__ = ["RecognizerRegistry", "RecognizerRegistryProvider"]
