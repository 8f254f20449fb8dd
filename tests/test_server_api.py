"""The server's API on SQLite and on a real PostgreSQL: auth endpoint by endpoint, uploads stored once
per idempotency key, findings deduplicated, the gate, sign-offs, audit log, retention, Flagger."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from tests.server_fixtures import database_url, make_report, make_token, postgres_server  # noqa: F401

from deploycheck_server import store
from deploycheck_server.app import create_app
from deploycheck_server.db import make_engine, sessions
from deploycheck_server.models import FindingRow, Run, RunFinding
from deploycheck_server.settings import Settings
from deploycheck_server.tokens import lookup


@pytest.fixture
def server(database_url: str) -> Iterator[tuple[TestClient, dict[str, str]]]:  # noqa: F811
    app = create_app(Settings(database_url=database_url))
    tokens = {scope: make_token(database_url, scope) for scope in ("upload", "read", "attest", "admin")}
    tokens["uploader2"] = make_token(database_url, "upload", name="ci-other")
    tokens["signer"] = make_token(database_url, "attest,read", name="alice")
    with TestClient(app) as client:
        yield client, tokens
    app.state.engine.dispose()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def upload(client: TestClient, token: str, report: dict[str, Any], key: str | None = None) -> Any:
    headers = auth(token) | ({"Idempotency-Key": key} if key else {})
    return client.post("/api/v1/runs", json=report, headers=headers)


def gate(client: TestClient, token: str, version: str, environment: str = "prod", service: str = "orders") -> Any:
    resp = client.get("/api/v1/gate", params={"service": service, "environment": environment, "version": version},
                      headers=auth(token))
    assert resp.status_code == 200, resp.text
    return resp.json()


ENDPOINTS = [  # method, path, scope that grants it, body
    ("POST", "/api/v1/runs", "upload", make_report()),
    ("GET", "/api/v1/services", "read", None),
    ("GET", "/api/v1/services/orders/runs", "read", None),
    ("GET", "/api/v1/services/orders/items", "read", None),
    ("GET", "/api/v1/runs/1", "read", None),
    ("GET", "/api/v1/gate?service=orders&environment=prod&version=v1.0.0", "read", None),
    ("POST", "/api/v1/webhooks/flagger", "read", {"name": "orders", "namespace": "shop", "phase": "Progressing",
                                                  "metadata": {"environment": "prod", "version": "v1.0.0"}}),
    ("GET", "/api/v1/attestations", "read", None),
    ("POST", "/api/v1/attestations", "attest", {"service": "orders", "item": "rollback-plan"}),
    ("DELETE", "/api/v1/attestations/1", "attest", None),
    ("GET", "/api/v1/audit", "admin", None),
    ("POST", "/api/v1/admin/purge", "admin", None),
    ("GET", "/api/v1/tokens", "admin", None),
    ("DELETE", "/api/v1/tokens/1", "admin", None),
]


def test_open_endpoints_and_openapi(server: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = server
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    _, tokens = server
    upload(client, tokens["upload"], make_report(tag="v1.0.0"))
    gate(client, tokens["read"], "v1.0.0")
    metrics = client.get("/metrics")
    assert metrics.status_code == 200
    assert 'deploycheck_http_request_duration_seconds_count{method="GET",route="/api/v1/gate",status="200"} 1.0' \
        in metrics.text, "by route template, never the raw path with its query"
    assert "deploycheck_runs_stored_total 1.0" in metrics.text
    assert 'deploycheck_gate_decisions_total{decision="go"} 1.0' in metrics.text
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/runs", "/api/v1/gate", "/api/v1/services/{service}/runs", "/api/v1/attestations"} <= set(paths)


@pytest.mark.parametrize(("method", "path", "scope", "body"), ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS])
def test_every_endpoint_wants_a_token_of_its_scope(server: tuple[TestClient, dict[str, str]], method: str, path: str,
                                                   scope: str, body: Any) -> None:
    client, tokens = server
    assert upload(client, tokens["upload"], make_report()).status_code == 201
    assert client.post("/api/v1/attestations", json={"service": "orders", "item": "api-docs"},
                       headers=auth(tokens["signer"])).status_code == 201
    assert client.request(method, path, json=body).status_code == 401
    assert client.request(method, path, json=body, headers=auth("dct_not-a-token")).status_code == 401
    wrong = next(s for s in ("read", "upload", "attest") if s != scope)
    denied = client.request(method, path, json=body, headers=auth(tokens[wrong]))
    assert denied.status_code == 403 and scope in denied.json()["detail"]
    allowed = client.request(method, path, json=body, headers=auth(tokens[scope]))
    assert allowed.status_code in (200, 201, 403 if "flagger" in path else 200), allowed.text
    assert client.request(method, path, json=body, headers=auth(tokens["admin"])).status_code not in (401,)


def test_upload_is_stored_once_per_idempotency_key_and_findings_deduplicate(
        server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    report = make_report(statuses={"unit-tests": "fail", "api-docs": "warn"})
    first = upload(client, tokens["upload"], report, key="key-1")
    assert first.status_code == 201 and first.json()["duplicate"] is False
    again = upload(client, tokens["upload"], report, key="key-1")
    assert again.status_code == 200 and again.json() == {**first.json(), "duplicate": True}
    second = upload(client, tokens["upload"], make_report(statuses={"unit-tests": "fail"}), key="key-2")
    assert second.json()["id"] != first.json()["id"]
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        assert session.scalar(select(func.count()).select_from(Run)) == 2
        assert session.scalar(select(func.count()).select_from(FindingRow)) == 2  # tests + api-docs, once each
        assert session.scalar(select(func.count()).select_from(RunFinding)) == 3
    detail = client.get(f"/api/v1/runs/{second.json()['id']}", headers=auth(tokens["read"])).json()
    tests_item = next(i for i in detail["items"] if i["item"] == "unit-tests")
    assert tests_item["findings"][0]["first_seen_run"] == first.json()["id"]
    services = client.get("/api/v1/services", headers=auth(tokens["read"])).json()
    assert [s["name"] for s in services] == ["orders"] and services[0]["latest_run"]["id"] == second.json()["id"]
    history = client.get("/api/v1/services/orders/items", headers=auth(tokens["read"])).json()
    assert [h["status"] for h in history["api-docs"]] == ["warn", "pass"]
    runs = client.get("/api/v1/services/orders/runs", headers=auth(tokens["read"])).json()
    assert [r["id"] for r in runs] == [second.json()["id"], first.json()["id"]]


def test_bad_uploads_are_refused_with_a_reason(server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    legacy = make_report()
    del legacy["service"]
    resp = upload(client, tokens["upload"], legacy)
    assert resp.status_code == 422 and "names no service" in resp.json()["detail"]
    assert upload(client, tokens["upload"], {"hello": 1}).status_code == 422
    assert client.get("/api/v1/services/nope/runs", headers=auth(tokens["read"])).status_code == 404
    assert client.get("/api/v1/runs/999", headers=auth(tokens["read"])).status_code == 404


def test_gate_decisions(server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    read = tokens["read"]
    assert gate(client, read, "v1.0.0")["decision"] == "pending"  # no service at all
    commit = "a" * 40
    upload(client, tokens["upload"], make_report(tag="v1.0.0", commit=commit, digest="sha256:" + "b" * 64))
    answer = gate(client, read, "v1.0.0")
    assert answer["decision"] == "go" and answer["run"] == 1
    for alias in (commit, commit[:7], commit[:12], "sha256:" + "b" * 64, "1.0.0"):
        assert gate(client, read, alias)["run"] == 1, alias
    never = gate(client, read, "v9.9.9")
    assert never["decision"] == "pending" and never["run"] is None and "no run of orders" in never["reasons"][0]
    upload(client, tokens["upload"], make_report(tag="v1.1.0", statuses={"health-probes": "fail"}))
    bad = gate(client, read, "v1.1.0")
    assert bad["decision"] == "no-go" and bad["reasons"] == ["health-probes: fail (health-probes fail)"]
    upload(client, tokens["upload"], make_report(tag="v1.2.0", statuses={"rollback-plan": "manual"}))
    assert gate(client, read, "v1.2.0") == {"decision": "pending", "run": 3,
                                             "reasons": ["rollback-plan: needs a sign-off"]}
    # A staging verify of v1.0.0 that failed decides for staging; prod still sees the static scan.
    upload(client, tokens["upload"], make_report(tag="v1.0.0", commit=commit, environment="staging",
                                                 statuses={"unit-tests": "error"}))
    assert gate(client, read, "v1.0.0", environment="staging")["decision"] == "no-go"
    assert gate(client, read, "v1.0.0", environment="prod")["decision"] == "go"
    # An optional item failing does not block.
    upload(client, tokens["upload"], make_report(tag="v1.3.0", required=False, statuses={"unit-tests": "fail"}))
    assert gate(client, read, "v1.3.0")["decision"] == "go"
    # A `scan --only` run never judged the other items: pending, not go.
    upload(client, tokens["upload"], make_report(tag="v1.4.0", statuses={"unit-tests": "not-evaluated"}))
    partial = gate(client, read, "v1.4.0")
    assert partial["decision"] == "pending" and partial["reasons"][0].startswith("unit-tests: not evaluated")


def test_fast_gate_answers_are_the_same_bytes_and_keep_auth(server: tuple[TestClient, dict[str, str]]) -> None:
    """Once a token's check is cached, its gate questions are answered before FastAPI (app._FastGate): the
    same body and headers as the route's, counted and labelled by route; a wrong scope, a bad token, a
    cookie or a bad question still go through the route."""
    client, tokens = server
    upload(client, tokens["upload"], make_report(tag="v1.0.0", statuses={"rollback-plan": "manual"}))
    url = "/api/v1/gate?service=orders&environment=prod&version=v1.0.0"
    first, second = (client.get(url, headers=auth(tokens["read"])) for _ in range(2))
    other = client.get(url.replace("v1.0.0", "v2.0.0"), headers=auth(tokens["read"]))  # not cached: decided
    assert other.json()["decision"] == "pending" and other.json()["run"] is None
    assert first.status_code == second.status_code == 200
    assert second.content == first.content and second.json()["decision"] == "pending"
    assert second.headers["content-type"] == first.headers["content-type"] == "application/json"
    assert second.headers["content-length"] == first.headers["content-length"]
    for _ in range(2):  # the token's check is cached too by now: the scope still decides
        denied = client.get(url, headers=auth(tokens["upload"]))
        assert denied.status_code == 403 and "read" in denied.json()["detail"]
        assert client.get(url, headers=auth("dct_not-a-token")).status_code == 401
    assert client.get(url.replace("v1.0.0", ""), headers=auth(tokens["read"])).status_code == 422
    client.cookies.set("deploycheck_token", tokens["read"])
    assert client.get(url).content == first.content
    client.cookies.clear()
    metrics = client.get("/metrics").text
    assert 'deploycheck_gate_decisions_total{decision="pending"} 4.0' in metrics
    assert 'deploycheck_http_request_duration_seconds_count{method="GET",route="/api/v1/gate",status="200"} 4.0' \
        in metrics


def test_sign_offs_turn_pending_into_go_until_revoked_or_expired(server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    upload(client, tokens["upload"], make_report(tag="v2.0.0", statuses={"rollback-plan": "manual"}))
    body = {"service": "orders", "item": "rollback-plan", "environment": "prod", "version": ">=2.0,<3",
            "evidence_url": "https://wiki.example.com/rollback-drill", "note": "drill on 2026-11-20"}
    created = client.post("/api/v1/attestations", json=body, headers=auth(tokens["signer"]))
    assert created.status_code == 201, created.text
    signed = created.json()
    assert signed["by"] == "alice" and signed["source"] == "server"
    answer = gate(client, tokens["read"], "v2.0.0")
    assert answer["decision"] == "go" and "rollback-plan (server)" in answer["reasons"][-1]
    assert gate(client, tokens["read"], "v2.0.0", environment="staging")["decision"] == "pending"
    revoked = client.delete(f"/api/v1/attestations/{signed['id']}", headers=auth(tokens["signer"]))
    assert revoked.status_code == 200 and revoked.json()["revoked_by"] == "alice"
    assert gate(client, tokens["read"], "v2.0.0")["decision"] == "pending"
    assert client.delete(f"/api/v1/attestations/{signed['id']}", headers=auth(tokens["signer"])).status_code == 404
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat()
    client.post("/api/v1/attestations", json=body | {"expires_at": past}, headers=auth(tokens["signer"]))
    assert gate(client, tokens["read"], "v2.0.0")["decision"] == "pending"
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).isoformat()
    client.post("/api/v1/attestations", json=body | {"expires_at": soon, "version": "v2.*"},
                headers=auth(tokens["signer"]))
    assert gate(client, tokens["read"], "v2.0.0")["decision"] == "go"
    # A sign-off never overrides automated evidence.
    upload(client, tokens["upload"], make_report(tag="v2.0.1", statuses={"rollback-plan": "fail"}))
    assert gate(client, tokens["read"], "v2.0.1")["decision"] == "no-go"
    actions = [e["action"] for e in client.get("/api/v1/audit", headers=auth(tokens["admin"])).json()]
    assert actions.count("attestation.create") == 3 and actions.count("attestation.revoke") == 1


def test_no_self_approval_of_ones_own_upload(server: tuple[TestClient, dict[str, str]], database_url: str) -> None:  # noqa: F811
    client, tokens = server
    both = make_token(database_url, "upload,attest,read", name="bob")
    upload(client, both, make_report(tag="v3.0.0", statuses={"rollback-plan": "manual"}))
    body = {"service": "orders", "item": "rollback-plan", "version": "v3.0.0"}
    refused = client.post("/api/v1/attestations", json=body, headers=auth(both))
    assert refused.status_code == 403 and "bob uploaded run" in refused.json()["detail"]
    assert client.post("/api/v1/attestations", json=body, headers=auth(tokens["signer"])).status_code == 201
    assert gate(client, tokens["read"], "v3.0.0")["decision"] == "go"


def test_repository_sign_offs_count_and_are_named(server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    report = make_report(tag="v4.0.0", statuses={"rollback-plan": "manual"})
    item = next(i for i in report["items"] if i["item"] == "rollback-plan")
    item["attestation"] = {"item": "rollback-plan", "by": "carol", "date": "2026-11-01"}
    upload(client, tokens["upload"], report)
    answer = gate(client, tokens["read"], "v4.0.0")
    assert answer["decision"] == "go" and "rollback-plan (repository)" in answer["reasons"][-1]


def test_flagger_webhook_answers_200_or_403(server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    upload(client, tokens["upload"], make_report(tag="v1.0.0"))
    upload(client, tokens["upload"], make_report(tag="v1.1.0", statuses={"unit-tests": "fail"}))
    payload = {"name": "orders", "namespace": "shop", "phase": "Progressing", "checksum": "85d557f47b",
               "metadata": {"environment": "prod", "version": "v1.0.0"}}
    go = client.post("/api/v1/webhooks/flagger", json=payload, headers=auth(tokens["read"]))
    assert go.status_code == 200 and go.json()["decision"] == "go"
    payload["metadata"]["version"] = "v1.1.0"
    assert client.post("/api/v1/webhooks/flagger", json=payload, headers=auth(tokens["read"])).status_code == 403
    del payload["metadata"]["version"]
    assert client.post("/api/v1/webhooks/flagger", json=payload, headers=auth(tokens["read"])).status_code == 403
    # Flagger itself sends no headers: the token may ride in the metadata.
    payload["metadata"] |= {"version": "v1.0.0", "token": tokens["read"]}
    assert client.post("/api/v1/webhooks/flagger", json=payload).status_code == 200
    payload["metadata"]["token"] = tokens["upload"]
    assert client.post("/api/v1/webhooks/flagger", json=payload).status_code == 403


def test_tokens_are_listed_without_secrets_and_revoked_at_once(server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    admin = auth(tokens["admin"])
    listed = client.get("/api/v1/tokens", headers=admin).json()
    reader = next(t for t in listed if t["name"] == "t-read")
    assert reader["scopes"] == ["read"] and tokens["read"].startswith(reader["prefix"])
    assert not any(tokens["read"] in str(t) for t in listed), "a list never shows a token"
    assert gate(client, tokens["read"], "v9")["decision"] == "pending"  # the token works (and is now cached)
    revoked = client.delete(f"/api/v1/tokens/{reader['id']}", headers=admin)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    refused = client.get("/api/v1/gate", params={"service": "orders", "environment": "prod", "version": "v9"},
                         headers=auth(tokens["read"]))
    assert refused.status_code == 401, "revoked on this replica at once, not after the token cache expires"
    assert client.delete(f"/api/v1/tokens/{reader['id']}", headers=admin).status_code == 404
    assert reader["id"] not in [t["id"] for t in client.get("/api/v1/tokens", headers=admin).json()]
    everything = client.get("/api/v1/tokens", params={"include_revoked": True}, headers=admin).json()
    assert next(t for t in everything if t["id"] == reader["id"])["revoked_at"]
    entries = client.get("/api/v1/audit", headers=admin).json()
    revoke = next(e for e in entries if e["action"] == "token.revoke")
    assert revoke["actor"] == "t-admin" and revoke["target"] == "token:t-read"
    assert revoke["detail"]["prefix"] == reader["prefix"]
    assert tokens["read"] not in str(entries)


def test_token_list_and_revoke_on_the_command_line(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    from deploycheck.cli import main

    base = ["serve", "--database-url", database_url, "token"]
    assert main([*base, "create", "--scopes", "upload,read", "--name", "ci"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert main([*base, "list"]) == 0
    listing = capsys.readouterr().out
    row = next(line for line in listing.splitlines() if " ci " in line)
    assert token[:10] in row and "upload,read" in row and token not in listing
    assert main([*base, "revoke", token[:10]]) == 0
    assert "revoked token" in capsys.readouterr().out
    assert main([*base, "revoke", token[:10]]) == 2
    assert "no active token" in capsys.readouterr().err
    assert main([*base, "list"]) == 0
    assert " ci " not in capsys.readouterr().out
    assert main([*base, "list", "--all"]) == 0
    assert " ci " in capsys.readouterr().out
    engine = make_engine(database_url)
    with sessions(engine)() as session:
        assert lookup(session, token) is None
        actions = [(e["action"], e["actor"].startswith("cli:")) for e in store.audit_entries(session)]
    engine.dispose()
    assert actions[:2] == [("token.revoke", True), ("token.create", True)]


def test_retention_keeps_each_services_newest_run(server: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = server
    for tag in ("v1", "v2", "v3"):
        upload(client, tokens["upload"], make_report(tag=tag, statuses={"unit-tests": "fail"}))
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        for run in session.scalars(select(Run)):
            run.received_at = dt.datetime(2020, 1, 1)
        session.commit()
    assert client.post("/api/v1/admin/purge", headers=auth(tokens["admin"])).json() == {"deleted_runs": 2}
    runs = client.get("/api/v1/services/orders/runs", headers=auth(tokens["read"])).json()
    assert [r["version"] for r in runs] == ["v3"]
    assert gate(client, tokens["read"], "v1")["decision"] == "pending"


def test_migrations_match_the_models(database_url: str) -> None:  # noqa: F811
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from deploycheck_server.db import make_engine, migrate
    from deploycheck_server.models import Base

    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)  # idempotent
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_published_openapi_is_the_apps(tmp_path: Path) -> None:
    """docs/openapi.json is what the server publishes at /openapi.json (deploycheck's api-docs checks read
    it; every operation but the probes names its security scheme). UPDATE_SNAPSHOTS=1 rewrites it."""
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/openapi.db"))
    spec = app.openapi()
    app.state.engine.dispose()
    published = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        published.write_text(json.dumps(spec, indent=2) + "\n")
    assert json.loads(published.read_text()) == spec, "regenerate: UPDATE_SNAPSHOTS=1 pytest -k published_openapi"
    open_paths = {p for p, ops in spec["paths"].items() for op in ops.values() if not op.get("security")}
    assert open_paths == {"/healthz", "/readyz", "/metrics"}
