"""Shared fixtures of the server tests: the same tests on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from deploycheck_server.db import make_engine, migrate, sessions
from deploycheck_server.tokens import create_token


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    from tests.servers.postgres import PG_BIN, running_postgres

    if PG_BIN is None:
        pytest.skip("PostgreSQL server binaries not installed (scripts/test installs them)")
    with running_postgres() as pg:
        yield pg


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    import psycopg

    pg = request.getfixturevalue("postgres_server")
    name = "dc_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg.url(name)


def make_token(database_url: str, scopes: str, name: str | None = None) -> str:
    engine = make_engine(database_url)
    migrate(engine)
    with sessions(engine)() as session:
        token = create_token(session, name or f"t-{scopes}", scopes.split(","))
    engine.dispose()
    return token


ITEMS = ["code-review", "unit-tests", "health-probes", "rollback-plan", "api-docs"]


def make_report(service: str = "orders", tag: str | None = "v1.0.0", commit: str | None = None,
                statuses: dict[str, str] | None = None, environment: str | None = None, required: bool = True,
                digest: str | None = None, fail_on: str = "fail") -> dict[str, Any]:
    statuses = {**dict.fromkeys(ITEMS, "pass"), **(statuses or {})}
    commit = commit or uuid.uuid4().hex + uuid.uuid4().hex[:8]
    images = [{"image": f"registry.example.com/{service}", "tag": (tag or "x").lstrip("v")}]
    if digest:
        images[0]["digest"] = digest
    items = []
    for item, status in statuses.items():
        findings = [] if status == "pass" else [{
            "check_id": f"{item}/problem", "item": item, "status": status, "severity": "high",
            "message": f"{item} is {status}", "fingerprint": (item.encode().hex() + "0" * 16)[:16],
            "location": {"path": "deploy.yaml", "line": 3}, "remediation": "fix it"}]
        items.append({"item": item, "section": "s", "title": item.replace("-", " "), "status": status,
                      "required": required, "summary": f"{item} {status}", "findings": findings})
    blocking = [i for i, s in statuses.items() if s in ("fail", "error")] if required else []
    return {"schema_version": "1.1", "tool": {"name": "deploycheck", "version": "0.1.0"}, "target": ".",
            "service": service, "environment": environment, "mode": "verify" if environment else "scan",
            "version": {"commit": commit, "tag": tag, "label": tag or commit[:12], "images": images},
            "started_at": "2026-11-28T08:00:00+00:00", "duration_s": 1.0,
            "verdict": {"ready": not blocking, "reasons": [f"{i} failed" for i in blocking], "fail_on": fail_on,
                        "environment": environment},
            "summary": {}, "notices": [], "items": items}
