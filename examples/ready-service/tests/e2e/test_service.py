"""The real service under uvicorn, with PostgreSQL and a JWKS endpoint, over HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import AUDIENCE, ISSUER, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def service(database_url: str, jwks_url: str, tmp_path_factory) -> Iterator[str]:
    from alembic import command
    from alembic.config import Config

    command.upgrade(Config(str(ROOT / "alembic.ini")), "head")
    port = free_port()
    log = tmp_path_factory.mktemp("uvicorn") / "uvicorn.log"
    env = {**os.environ, "DATABASE_URL": database_url, "OIDC_ISSUER": ISSUER, "OIDC_AUDIENCE": AUDIENCE,
           "JWKS_URL": jwks_url, "LOG_LEVEL": "INFO", "FEATURE_INVENTORY_CHECK": "false"}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory",
                                 "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{url}/healthz", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail(f"uvicorn did not start: {log.read_text()}")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_probes(service: str) -> None:
    assert httpx.get(f"{service}/healthz", timeout=5).json() == {"status": "ok"}
    ready = httpx.get(f"{service}/readyz", timeout=5)
    assert ready.status_code == 200, ready.text


def test_place_and_list_an_order(service: str, mint) -> None:
    headers = {"Authorization": f"Bearer {mint(sub='customer-e2e')}"}
    created = httpx.post(f"{service}/orders", json={"sku": "book-1", "quantity": 3, "unit_price": "12.50"},
                         headers=headers, timeout=5)
    assert created.status_code == 201, created.text
    assert created.json()["total"] == "37.50"
    listed = httpx.get(f"{service}/orders", headers=headers, timeout=5)
    assert listed.status_code == 200
    assert created.json()["id"] in [o["id"] for o in listed.json()]


def test_strangers_are_refused(service: str) -> None:
    assert httpx.get(f"{service}/orders", timeout=5).status_code == 401
    bad = httpx.get(f"{service}/orders", headers={"Authorization": "Bearer x.y.z"}, timeout=5)
    assert bad.status_code == 401


def test_metrics_count_created_orders(service: str) -> None:
    text = httpx.get(f"{service}/metrics", timeout=5).text
    assert "orders_created_total" in text
    assert "orders_http_request_duration_seconds_bucket" in text
