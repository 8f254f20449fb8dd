"""The core text functionality."""

from .engine_base import EngineBase
from .text_replace_builder import TextReplaceBuilder

__all__ = ["EngineBase", "TextReplaceBuilder"]
