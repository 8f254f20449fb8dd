"""GitHub deployment protection rules against a local HTTP server speaking GitHub's API: the app JWT is
exchanged for an installation token, and the review (approved/rejected) is POSTed to the callback URL."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient
from tests.server_fixtures import make_report, make_token

from deploycheck_server.app import create_app
from deploycheck_server.settings import Settings

SECRET = "webhook-secret"
APP_ID = "4242"
SHA = "c0ffee" + "0" * 34


class FakeGitHub:
    """Enough of api.github.com: installation tokens and deployment protection rule reviews."""

    def __init__(self, public_key: Any) -> None:
        self.reviews: list[dict[str, Any]] = []
        self.requests: list[str] = []
        github = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                auth = self.headers.get("Authorization", "")
                github.requests.append(self.path)
                if self.path == "/app/installations/77/access_tokens":
                    claims = jwt.decode(auth.removeprefix("Bearer "), public_key, algorithms=["RS256"])
                    assert claims["iss"] == APP_ID
                    return self.answer(201, {"token": "ghs_installation", "expires_at": "2099-01-01T00:00:00Z"})
                if self.path == "/repos/acme/orders/actions/runs/42/deployment_protection_rule":
                    if auth != "Bearer ghs_installation":
                        return self.answer(401, {"message": "Bad credentials"})
                    github.reviews.append(json.loads(body))
                    return self.answer(204, None)
                return self.answer(404, {"message": "Not Found"})

            def answer(self, status: int, data: Any) -> None:
                out = json.dumps(data).encode() if data is not None else b""
                self.send_response(status)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[TestClient, FakeGitHub, str]]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    github = FakeGitHub(key.public_key())
    url = f"sqlite:///{tmp_path / 'gh.db'}"
    settings = Settings(database_url=url, github_api_url=github.url, github_app_id=APP_ID, github_private_key=pem,
                        github_webhook_secret=SECRET, github_services={"acme/orders-repo": "orders"})
    app = create_app(settings)
    token = make_token(url, "upload")
    with TestClient(app) as client:
        yield client, github, token
    github.server.shutdown()
    app.state.engine.dispose()


def deliver(client: TestClient, payload: dict[str, Any], secret: str = SECRET) -> Any:
    body = json.dumps(payload).encode()
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return client.post("/api/v1/github/webhook", content=body,
                       headers={"X-GitHub-Event": "deployment_protection_rule", "X-Hub-Signature-256": signature,
                                "Content-Type": "application/json"})


def payload(github: FakeGitHub, sha: str = SHA, callback: str | None = None) -> dict[str, Any]:
    return {"action": "requested", "environment": "production", "event": "workflow_dispatch",
            "deployment_callback_url": callback or f"{github.url}/repos/acme/orders/actions/runs/42/"
                                                   "deployment_protection_rule",
            "deployment": {"id": 1, "sha": sha, "ref": "main", "environment": "production"},
            "repository": {"full_name": "acme/orders-repo", "name": "orders-repo"}, "installation": {"id": 77}}


def test_go_is_approved_and_no_go_rejected(setup: tuple[TestClient, FakeGitHub, str]) -> None:
    client, github, token = setup
    client.post("/api/v1/runs", json=make_report(commit=SHA), headers={"Authorization": f"Bearer {token}"})
    answer = deliver(client, payload(github))
    assert answer.status_code == 200 and answer.json()["state"] == "approved"
    assert github.reviews[-1]["state"] == "approved" and github.reviews[-1]["environment_name"] == "production"
    assert github.reviews[-1]["comment"].startswith("deploycheck gate: go")
    bad = "badbad" + "0" * 34
    client.post("/api/v1/runs", json=make_report(commit=bad, tag="v2", statuses={"unit-tests": "fail"}),
                headers={"Authorization": f"Bearer {token}"})
    assert deliver(client, payload(github, sha=bad)).json()["state"] == "rejected"
    assert github.reviews[-1]["state"] == "rejected" and "unit-tests: fail" in github.reviews[-1]["comment"]
    # A commit with no run is never approved.
    assert deliver(client, payload(github, sha="1" * 40)).json()["state"] == "rejected"
    assert "no run of orders" in github.reviews[-1]["comment"]


def test_signature_and_callback_url_are_checked(setup: tuple[TestClient, FakeGitHub, str]) -> None:
    client, github, _ = setup
    assert deliver(client, payload(github), secret="wrong").status_code == 401
    elsewhere = deliver(client, payload(github, callback="http://127.0.0.2:1/steal"))
    assert elsewhere.status_code == 400
    assert github.requests == []  # no token was asked for, nothing was posted
    other_event = client.post("/api/v1/github/webhook", content=b"{}", headers={
        "X-GitHub-Event": "ping", "X-Hub-Signature-256": "sha256=" + hmac.new(SECRET.encode(), b"{}",
                                                                               hashlib.sha256).hexdigest()})
    assert other_event.json() == {"ignored": "ping"}
