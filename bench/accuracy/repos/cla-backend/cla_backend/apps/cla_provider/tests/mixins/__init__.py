from .provider_api import ProviderAPIMixin

__all__ = ['ProviderAPIMixin']
