"""Runtime settings, read once from environment variables.

Every variable read here is documented in README.md ("Configuration") and .env.example.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """The service's configuration; build it with :func:`load_settings`."""

    database_url: str
    oidc_issuer: str
    oidc_audience: str
    jwks_url: str
    log_level: str
    inventory_url: str
    inventory_timeout_s: float
    flags_file: str
    db_pool_size: int


def _sqlalchemy_url(url: str) -> str:
    # Operators paste plain libpq URLs; SQLAlchemy needs the driver named to pick psycopg 3.
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("postgres://"):
        return "postgresql+psycopg://" + url[len("postgres://"):]
    return url


def load_settings() -> Settings:
    """Read the environment. Required variables raise KeyError naming the variable when missing."""
    return Settings(
        database_url=_sqlalchemy_url(os.environ["DATABASE_URL"]),
        oidc_issuer=os.environ["OIDC_ISSUER"],
        oidc_audience=os.environ["OIDC_AUDIENCE"],
        jwks_url=os.environ["JWKS_URL"],
        log_level=os.environ.get("LOG_LEVEL", "INFO").upper(),
        inventory_url=os.environ.get("INVENTORY_URL", "http://inventory:8080"),
        inventory_timeout_s=float(os.environ.get("INVENTORY_TIMEOUT_S", "2.0")),
        flags_file=os.environ.get("FLAGS_FILE", "flags.json"),
        db_pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
    )
