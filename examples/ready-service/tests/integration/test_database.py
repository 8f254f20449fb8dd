"""Against a real PostgreSQL: migrations up and down, and the order repository."""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.db import Database, create_order, list_orders
from app.settings import _sqlalchemy_url


@pytest.fixture(scope="module")
def database(database_url: str) -> Database:
    command.upgrade(Config("alembic.ini"), "head")
    db = Database(_sqlalchemy_url(database_url))
    yield db
    db.dispose()


def test_migrations_round_trip(database: Database) -> None:
    cfg = Config("alembic.ini")
    command.downgrade(cfg, "base")
    assert "orders" not in inspect(database.engine).get_table_names()
    command.upgrade(cfg, "head")
    columns = {c["name"] for c in inspect(database.engine).get_columns("orders")}
    assert {"id", "customer_id", "sku", "quantity", "total", "status", "created_at"} <= columns
    indexes = {i["name"] for i in inspect(database.engine).get_indexes("orders")}
    assert "ix_orders_customer_id" in indexes


def test_ping(database: Database) -> None:
    assert database.ping() is True


def test_create_and_list_orders(database: Database) -> None:
    with Session(database.engine) as session:
        first = create_order(session, "cust-int", "sku-1", 2, Decimal("9.50"))
        second = create_order(session, "cust-int", "sku-2", 1, Decimal("3.00"))
        create_order(session, "someone-else", "sku-1", 1, Decimal("1.00"))
        assert first.total == Decimal("19.00")
        assert first.status == "pending"
        orders = list_orders(session, "cust-int")
        assert [o.id for o in orders][:2] == [second.id, first.id]
        assert all(o.customer_id == "cust-int" for o in orders)
