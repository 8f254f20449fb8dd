"""Application factory: wires settings, logging, database, auth, flags and routes together.

Run with `uvicorn app.main:create_app --factory`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.auth import TokenValidator
from app.db import Database
from app.flags import Flags
from app.inventory import InventoryClient
from app.logging_setup import configure_logging
from app.metrics import track_requests
from app.routes import router
from app.settings import Settings, load_settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, validator: TokenValidator | None = None,
               database: Database | None = None) -> FastAPI:
    """Build the FastAPI app; arguments default to what the environment configures."""
    settings = settings or load_settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        log.info("orders starting", extra={"version": __version__})
        yield
        app.state.database.dispose()
        log.info("orders stopped")

    # openapi.yaml in the repository is the published contract; the generated one is not served.
    app = FastAPI(title="orders", version=__version__, lifespan=lifespan,
                  openapi_url=None, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.database = database or Database(settings.database_url, settings.db_pool_size)
    app.state.validator = validator or TokenValidator(settings.oidc_issuer, settings.oidc_audience,
                                                      settings.jwks_url)
    app.state.flags = Flags(settings.flags_file)
    app.state.inventory = InventoryClient(settings.inventory_url, settings.inventory_timeout_s)
    app.middleware("http")(track_requests)
    app.include_router(router)
    return app
