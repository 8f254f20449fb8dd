from .nlp_engine_mock import NlpEngineMock
from .app_tracer_mock import AppTracerMock
from .recognizer_registry_mock import RecognizerRegistryMock

__all__ = ["NlpEngineMock", "AppTracerMock", "RecognizerRegistryMock"]
