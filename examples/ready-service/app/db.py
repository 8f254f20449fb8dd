"""Database access with SQLAlchemy 2 over psycopg 3.

The engine is created lazily, so importing the app (and the unit tests) needs no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import DateTime, Engine, Numeric, String, create_engine, func, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the ORM models; Alembic migrations mirror these tables."""


class Order(Base):
    """A customer's order. The table is created by migration 0001 and extended by 0002/0003."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int]
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    status: Mapped[str] = mapped_column(String(16), server_default="pending")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Database:
    """Owns the SQLAlchemy engine for one DATABASE_URL."""

    def __init__(self, url: str, pool_size: int = 5) -> None:
        """Remember the URL; the connection pool opens on first use."""
        self.url = url
        self.pool_size = pool_size
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """The engine, created on first access with short connect timeouts."""
        if self._engine is None:
            self._engine = create_engine(
                self.url,
                pool_size=self.pool_size,
                pool_pre_ping=True,
                # A readiness probe must answer within its own timeout, so do not wait long for a dead DB.
                connect_args={"connect_timeout": 2},
            )
        return self._engine

    def sessions(self) -> Iterator[Session]:
        """FastAPI dependency: one session per request, closed afterwards."""
        with Session(self.engine) as session:
            yield session

    def ping(self) -> bool:
        """True when the database answers `SELECT 1`."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:  # any driver or network error means "not ready"
            return False

    def dispose(self) -> None:
        """Close pooled connections (on shutdown)."""
        if self._engine is not None:
            self._engine.dispose()


def create_order(session: Session, customer_id: str, sku: str, quantity: int, unit_price: Decimal) -> Order:
    """Insert an order and return it with its id and timestamps."""
    order = Order(customer_id=customer_id, sku=sku, quantity=quantity, total=unit_price * quantity)
    session.add(order)
    session.commit()
    session.refresh(order)
    return order


def list_orders(session: Session, customer_id: str, limit: int = 50) -> list[Order]:
    """The customer's most recent orders, newest first."""
    query = select(Order).where(Order.customer_id == customer_id).order_by(Order.id.desc()).limit(limit)
    return list(session.scalars(query))
