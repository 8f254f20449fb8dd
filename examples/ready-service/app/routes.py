"""HTTP routes. Public: /healthz, /readyz, /metrics. Everything under /orders needs a bearer token."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
import logging
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app import db, metrics
from app.auth import Principal, require_scope
from app.inventory import InventoryError

log = logging.getLogger(__name__)
router = APIRouter()


class OrderIn(BaseModel):
    """Body of POST /orders."""

    sku: str = Field(min_length=1, max_length=64)
    quantity: int = Field(gt=0, le=1000)
    unit_price: Decimal = Field(gt=0, max_digits=10, decimal_places=2)


class OrderOut(BaseModel):
    """An order as the API returns it."""

    id: int
    sku: str
    quantity: int
    total: Decimal
    status: str
    created_at: dt.datetime


def _session(request: Request) -> Iterator[Session]:
    # Resolved per request from app.state so tests can swap the database.
    yield from request.app.state.database.sessions()


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """Liveness: the process is up and serving. Deliberately does not touch the database."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request, response: Response) -> dict[str, str]:
    """Readiness: the database answers. 503 takes the pod out of the Service until it does."""
    if request.app.state.database.ping():
        return {"status": "ready"}
    response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return {"status": "database unavailable"}


@router.get("/metrics", include_in_schema=False)
def prometheus_metrics() -> Response:
    """Prometheus exposition of the service's metrics."""
    return metrics.exposition()


@router.get("/orders", response_model=list[OrderOut])
def get_orders(
    principal: Annotated[Principal, Depends(require_scope("orders:read"))],
    session: Annotated[Session, Depends(_session)],
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[db.Order]:
    """The caller's most recent orders."""
    return db.list_orders(session, principal.subject, limit)


@router.post("/orders", response_model=OrderOut, status_code=status.HTTP_201_CREATED)
def post_order(
    body: OrderIn,
    request: Request,
    principal: Annotated[Principal, Depends(require_scope("orders:write"))],
    session: Annotated[Session, Depends(_session)],
) -> db.Order:
    """Place an order. With the `inventory-check` flag on, stock is confirmed with the inventory service first."""
    if request.app.state.flags.enabled("inventory-check"):
        try:
            available = request.app.state.inventory.in_stock(body.sku, body.quantity)
        except InventoryError as exc:
            log.warning("inventory unavailable", extra={"sku": body.sku, "error": str(exc)})
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "inventory unavailable") from exc
        if not available:
            raise HTTPException(status.HTTP_409_CONFLICT, "not enough stock")
    order = db.create_order(session, principal.subject, body.sku, body.quantity, body.unit_price)
    metrics.ORDERS_CREATED.inc()
    log.info("order created", extra={"order_id": order.id, "sku": order.sku, "quantity": order.quantity})
    return order
