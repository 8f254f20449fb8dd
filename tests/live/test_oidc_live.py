"""auth-protocols/live-oidc against the test service's own discovery document and JWKS."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan
from tests.live.conftest import StartApp
from tests.live.repo import write_repo
from tests.live.servers import Server, free_port

from deploycheck.model import Status

pytestmark = pytest.mark.live
CHECK = "auth-protocols/live-oidc"


def oidc(root: Path, **targets: str) -> list[tuple[Status, str]]:
    result = scan(root, only=(CHECK,), mode="verify", targets=targets)
    return [(f.status, f.message) for f in findings(result, CHECK)]


def test_consistent_issuer_passes(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, {"auth": {"issuer": app_server.url, "jwks_url": f"{app_server.url}/jwks"}},
                      manifests=False)
    [(status, message)] = oidc(root)
    assert status is Status.PASS and "1 key(s), RS256" in message


def test_issuer_mismatch_and_spec_disagreement_fail(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, {"auth": {"jwks_url": "https://elsewhere.example/jwks"}}, manifests=False)
    (root / "openapi.yaml").write_text((root / "openapi.yaml").read_text().replace(
        "bearer: {type: http, scheme: bearer, bearerFormat: JWT}",
        "bearer: {type: openIdConnect, openIdConnectUrl: 'https://other.example/.well-known/openid-configuration'}"))
    got = oidc(root, oidc_issuer=app_server.url + "/")
    messages = "\n".join(m for s, m in got if s is Status.FAIL)
    assert "discovery says issuer" in messages and "compares them exactly" in messages
    assert "differs from auth.jwks_url" in messages
    assert "openIdConnectUrl https://other.example" in messages


@pytest.mark.parametrize(("knob", "expected"), [
    ("empty-jwks", "serves no keys"),
    ("alg-none", "advertises the 'none' signing algorithm"),
])
def test_broken_issuer_fails(tmp_path: Path, start_app: StartApp, knob: str, expected: str) -> None:
    broken = start_app(DC_OIDC_BREAK=knob)
    root = write_repo(tmp_path, spec=False, manifests=False)
    got = oidc(root, oidc_issuer=broken.url)
    assert any(s is Status.FAIL and expected in m for s, m in got), got


def test_unreachable_issuer_and_missing_issuer(tmp_path: Path) -> None:
    root = write_repo(tmp_path, spec=False, manifests=False)
    url = f"http://127.0.0.1:{free_port()}"
    [(status, message)] = oidc(root, oidc_issuer=url)
    assert status is Status.FAIL and "unreachable: connection refused" in message and url in message
    [(status, message)] = oidc(root)
    assert status is Status.SKIPPED and "oidc_issuer" in message
