"""registry/live-registry against Debian's real docker-registry, images pushed with skopeo.

Three real setups: plain HTTP, TLS (test CA) with htpasswd (Basic) auth, and TLS with token (Bearer)
auth against a small token service that refuses anonymous callers (tests/servers/registry.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write
from tests.servers.registry import REGISTRY_BIN, SKOPEO, Registry, build_oci_layout, running_registry

from deploycheck.model import Status

pytestmark = pytest.mark.skipif(REGISTRY_BIN is None or SKOPEO is None,
                                reason="docker-registry/skopeo not installed (scripts/test installs them)")

POD = """\
apiVersion: v1
kind: Pod
metadata: {{name: web}}
spec:
  containers:
    - name: app
      image: {image}
"""


@pytest.fixture(scope="module")
def plain_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Registry, str]]:
    with running_registry() as reg:
        digest = reg.push(build_oci_layout(tmp_path_factory.mktemp("img")), "team/web", "1.0")
        yield reg, digest


@pytest.fixture(scope="module")
def tls_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Registry, str]]:
    with running_registry(tls=True, user="ci", password="pushpw") as reg:
        digest = reg.push(build_oci_layout(tmp_path_factory.mktemp("img")), "team/web", "1.0")
        yield reg, digest


@pytest.fixture(scope="module")
def token_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Registry, str]]:
    with running_registry(tls=True, user="ci", password="pushpw", token_auth=True) as reg:
        digest = reg.push(build_oci_layout(tmp_path_factory.mktemp("img")), "team/web", "1.0")
        yield reg, digest


def verify(root: Path, image: str, **targets: str):  # type: ignore[no-untyped-def]
    write(root, {"k8s/pod.yaml": POD.format(image=image)})
    return scan(root, only=("registry/live-registry",), mode="verify", targets=targets)


def statuses(result) -> list[tuple[Status, str]]:  # type: ignore[no-untyped-def]
    return [(f.status, f.message) for f in findings(result, "registry/live-registry")]


def test_plain_http_registry_fails_tls_but_finds_manifest(plain_registry: tuple[Registry, str],
                                                          tmp_path: Path) -> None:
    reg, digest = plain_registry
    result = verify(tmp_path, f"{reg.host}/team/web:1.0@{digest}", registry=reg.host)
    got = statuses(result)
    assert any(s is Status.FAIL and "does not answer over TLS" in m for s, m in got), got
    assert any(s is Status.PASS and "manifest of" in m for s, m in got), got


def test_missing_tag_fails(plain_registry: tuple[Registry, str], tmp_path: Path) -> None:
    reg, _ = plain_registry
    result = verify(tmp_path, f"{reg.host}/team/web:2.0", registry=reg.host)
    assert any(s is Status.FAIL and "not found" in m and "HTTP 404" in m for s, m in statuses(result))


def test_tls_registry_with_auth_refuses_anonymous_and_serves_manifest(
        tls_registry: tuple[Registry, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reg, digest = tls_registry
    monkeypatch.setenv("REG_AUTH", "ci:pushpw")
    write(tmp_path, {".deploycheck.yaml": f"registries:\n  private: ['{reg.host}']\n"})
    result = verify(tmp_path, f"{reg.host}/team/web@{digest}", registry=reg.host, tls_ca_file=str(reg.ca_file),
                    registry_auth_env="REG_AUTH")
    got = statuses(result)
    assert (Status.PASS, f"{reg.host} answers over TLS with a valid certificate") in got
    assert any(s is Status.PASS and "refuses anonymous pulls" in m for s, m in got), got
    assert any(s is Status.PASS and "manifest of" in m and "oci.image.manifest" in m for s, m in got), got
    assert not [m for s, m in got if s is Status.FAIL]


def test_tls_without_trusted_ca_is_reported(tls_registry: tuple[Registry, str], tmp_path: Path) -> None:
    reg, digest = tls_registry
    result = verify(tmp_path, f"{reg.host}/team/web@{digest}", registry=reg.host)
    got = statuses(result)
    assert any(s is Status.FAIL and "does not answer over TLS" in m and "CERTIFICATE_VERIFY_FAILED" in m
               for s, m in got), got


def test_signature_required_but_absent(plain_registry: tuple[Registry, str], tmp_path: Path) -> None:
    reg, digest = plain_registry
    write(tmp_path, {".deploycheck.yaml": "registries:\n  require_signature: true\n"})
    result = verify(tmp_path, f"{reg.host}/team/web@{digest}", registry=reg.host)
    assert any(s is Status.FAIL and "no cosign signature" in m for s, m in statuses(result))


def test_unreachable_registry_is_an_error(tmp_path: Path) -> None:
    from tests.servers.postgres import free_port

    host = f"127.0.0.1:{free_port()}"
    result = verify(tmp_path, f"{host}/team/web:1.0", registry=host)
    [f] = findings(result, "registry/live-registry")
    assert f.status is Status.ERROR and host in f.message


def test_no_target_skips(tmp_path: Path) -> None:
    result = verify(tmp_path, "example.com/team/web:1.0")
    [f] = findings(result, "registry/live-registry")
    assert f.status is Status.SKIPPED and "--registry" in f.message


def test_token_auth_registry_denies_anonymous_and_follows_the_bearer_challenge(
        token_registry: tuple[Registry, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reg, digest = token_registry
    assert reg.token_server is not None
    monkeypatch.setenv("REG_AUTH", "ci:pushpw")
    # The test token service is plain http on another port: only a realm the config names gets credentials.
    write(tmp_path, {".deploycheck.yaml": f"registries:\n  private: ['{reg.host}']\n"
                                          f"  token_realms: ['{reg.token_server.realm}']\n"})
    before = len(reg.token_server.issued)
    result = verify(tmp_path, f"{reg.host}/team/web:1.0@{digest}", registry=reg.host, tls_ca_file=str(reg.ca_file),
                    registry_auth_env="REG_AUTH")
    got = statuses(result)
    assert any(s is Status.PASS and "refuses anonymous pulls (Bearer auth challenge)" in m for s, m in got), got
    assert any(s is Status.PASS and "manifest of" in m for s, m in got), got
    assert not [m for s, m in got if s is Status.FAIL], got
    # deploycheck really went to the token service: once with credentials, once anonymously (refused).
    assert {"ci", "anonymous"} <= set(reg.token_server.issued[before:])


def test_token_auth_registry_without_credentials_is_an_error_not_a_pass(
        token_registry: tuple[Registry, str], tmp_path: Path) -> None:
    reg, digest = token_registry
    result = verify(tmp_path, f"{reg.host}/team/web@{digest}", registry=reg.host, tls_ca_file=str(reg.ca_file))
    got = statuses(result)
    assert any(s is Status.ERROR and "wants credentials" in m for s, m in got), got


# --- issue 7, item 5: credentials only over https to the registry or a realm the config names ---------

def test_credentials_never_go_to_a_realm_the_config_does_not_name(
        token_registry: tuple[Registry, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The token service announced by the registry is plain http: without `token_realms` it only ever
    gets anonymous requests, and the finding says why the pull was not authenticated."""
    reg, digest = token_registry
    assert reg.token_server is not None
    monkeypatch.setenv("REG_AUTH", "ci:pushpw")
    before = len(reg.token_server.issued)
    result = verify(tmp_path, f"{reg.host}/team/web@{digest}", registry=reg.host, tls_ca_file=str(reg.ca_file),
                    registry_auth_env="REG_AUTH")
    assert set(reg.token_server.issued[before:]) == {"anonymous"}
    got = statuses(result)
    assert not any(s is Status.PASS and "manifest of" in m for s, m in got), got
    assert any("credentials were not sent" in m for _, m in got), got


def test_tls_failure_never_downgrades_credentials_to_plain_http(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A 'registry' that only speaks plain http and asks for Basic auth: the retry over http goes
    without the credentials, so they never travel in clear."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            seen.append(self.headers.get("Authorization"))
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="registry"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_HEAD = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host = f"127.0.0.1:{server.server_address[1]}"
    try:
        monkeypatch.setenv("REG_AUTH", "ci:s3cret-registry-pw")
        verify(tmp_path, f"{host}/team/web:1.0", registry=host, registry_auth_env="REG_AUTH")
        assert seen, "the plain-http retry reached the server"
        assert all(auth is None for auth in seen), seen
    finally:
        server.shutdown()
        server.server_close()
