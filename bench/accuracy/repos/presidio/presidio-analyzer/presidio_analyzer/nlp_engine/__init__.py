"""NLP engine package. Performs text pre-processing."""

from .device_detector import device_detector
from .ner_model_configuration import NerModelConfiguration
from .nlp_artifacts import NlpArtifacts
from .nlp_engine import NlpEngine
from .slim_spacy_nlp_engine import SlimSpacyNlpEngine
from .spacy_nlp_engine import SpacyNlpEngine
from .stanza_nlp_engine import StanzaNlpEngine
from .transformers_nlp_engine import TransformersNlpEngine

from .nlp_engine_provider import NlpEngineProvider  # isort:skip

__all__ = [
    "device_detector",
    "NerModelConfiguration",
    "NlpArtifacts",
    "NlpEngine",
    "SlimSpacyNlpEngine",
    "SpacyNlpEngine",
    "StanzaNlpEngine",
    "NlpEngineProvider",
    "TransformersNlpEngine",
]
