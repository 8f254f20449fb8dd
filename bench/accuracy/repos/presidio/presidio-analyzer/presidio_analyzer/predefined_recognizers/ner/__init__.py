"""NER-based recognizers package."""

from .gliner_recognizer import GLiNERRecognizer
from .huggingface_ner_recognizer import HuggingFaceNerRecognizer
from .medical_ner_recognizer import MedicalNERRecognizer

__all__ = [
    "GLiNERRecognizer",
    "HuggingFaceNerRecognizer",
    "MedicalNERRecognizer",
]
