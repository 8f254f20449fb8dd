"""NLP engine recognizers package."""

from .spacy_recognizer import SpacyRecognizer
from .stanza_recognizer import StanzaRecognizer
from .transformers_recognizer import TransformersRecognizer

__all__ = [
    "SpacyRecognizer",
    "StanzaRecognizer",
    "TransformersRecognizer",
]
