"""Context awareness modules."""

from .context_aware_enhancer import ContextAwareEnhancer
from .lemma_context_aware_enhancer import LemmaContextAwareEnhancer

__all__ = ["ContextAwareEnhancer", "LemmaContextAwareEnhancer"]
