"""The HTTP layer without a database: probes, metrics, auth refusals, JSON logs, inventory client."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from app.auth import TokenValidator
from app.db import Database
from app.inventory import InventoryClient, InventoryError
from app.logging_setup import configure_logging
from app.main import create_app
from app.settings import Settings
from tests.conftest import AUDIENCE, ISSUER, free_port

# Nothing listens on this port: the unit tests prove the app behaves without a database.
NO_DB = f"postgresql+psycopg://orders:x@127.0.0.1:{free_port()}/orders"


@pytest.fixture()
def client(private_key: rsa.RSAPrivateKey, tmp_path) -> TestClient:
    settings = Settings(database_url=NO_DB, oidc_issuer=ISSUER, oidc_audience=AUDIENCE, jwks_url="unused",
                        log_level="INFO", inventory_url="http://127.0.0.1:9", inventory_timeout_s=0.5,
                        flags_file=str(tmp_path / "none.json"), db_pool_size=1)
    public = private_key.public_key()
    app = create_app(settings, validator=TokenValidator(ISSUER, AUDIENCE, "unused", key_for=lambda _t: public),
                     database=Database(NO_DB))
    return TestClient(app)


def test_liveness_does_not_need_the_database(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readiness_fails_without_the_database(client) -> None:
    response = client.get("/readyz")
    assert response.status_code == 503


def test_metrics_are_prometheus_exposition(client) -> None:
    client.get("/healthz")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert 'orders_http_requests_total{method="GET",route="/healthz",status="200"}' in response.text


@pytest.mark.parametrize(("method", "path"), [("GET", "/orders"), ("POST", "/orders")])
def test_orders_refuse_missing_and_invalid_tokens(client, method, path) -> None:
    assert client.request(method, path, json={}).status_code == 401
    bad = client.request(method, path, json={}, headers={"Authorization": "Bearer not-a-jwt"})
    assert bad.status_code == 401
    assert bad.headers["www-authenticate"].startswith("Bearer")


def test_orders_refuse_a_token_without_the_scope(client, mint) -> None:
    response = client.get("/orders", headers={"Authorization": f"Bearer {mint(scope='profile')}"})
    assert response.status_code == 403


def test_post_validates_the_body(client, mint) -> None:
    response = client.post("/orders", json={"sku": "", "quantity": 0, "unit_price": "1.00"},
                           headers={"Authorization": f"Bearer {mint()}"})
    assert response.status_code == 422


def test_logs_are_json_on_stdout(capsys) -> None:
    configure_logging("DEBUG")
    logging.getLogger("orders.test").info("hello", extra={"order_id": 7})
    line = capsys.readouterr().out.strip().splitlines()[-1]
    record = json.loads(line)
    assert record["message"] == "hello"
    assert record["level"] == "INFO"
    assert record["order_id"] == 7


def test_inventory_client_times_out_on_an_unreachable_service() -> None:
    client = InventoryClient(f"http://127.0.0.1:{free_port()}", timeout_s=0.2)
    with pytest.raises(InventoryError):
        client.in_stock("sku-1", 1)


def test_inventory_timeout_is_bounded() -> None:
    client = InventoryClient("http://inventory", timeout_s=5)
    assert client.timeout == httpx.Timeout(5, connect=1.0)
