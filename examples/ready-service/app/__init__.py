"""orders: a small order-taking service used as deploycheck's *ready* example.

The package is split by concern: settings (env vars), database access, token validation,
feature flags, logging, metrics, the inventory client and the HTTP routes.
"""

__version__ = "1.4.0"
