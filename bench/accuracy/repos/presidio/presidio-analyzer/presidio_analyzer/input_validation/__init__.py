"""Configuration validation module for Presidio."""

from .language_validation import validate_language_codes
from .schemas import ConfigurationValidator
from .yaml_recognizer_models import (
    BaseRecognizerConfig,
    CustomRecognizerConfig,
    GLiNERRecognizerConfig,
    HuggingFaceRecognizerConfig,
    LanguageContextConfig,
    PredefinedRecognizerConfig,
    RecognizerRegistryConfig,
)

__all__ = [
    "validate_language_codes",
    "ConfigurationValidator",
    "BaseRecognizerConfig",
    "CustomRecognizerConfig",
    "GLiNERRecognizerConfig",
    "HuggingFaceRecognizerConfig",
    "LanguageContextConfig",
    "PredefinedRecognizerConfig",
    "RecognizerRegistryConfig",
]
