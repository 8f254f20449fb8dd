"""Issue 7, item 4 and the live-probe bounds: `verify` sends requests only to the environment's origin.
An OpenAPI path key or a probe `httpGet.path` that is an absolute URL used to carry the bearer token (and
DELETEs) to another host; a server trickling bytes held one request for ten minutes. The service and the
"other host" are real HTTP servers on 127.0.0.1 / 127.0.0.2."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

pytest.importorskip("httpx")
TOKEN = "live-tok3n-ZZ9-planted"


class Recorder:
    """A real HTTP server that answers 401 without a token, 200 with one, and records what it got."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.seen: list[tuple[str, str, str | None]] = []
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                rec.seen.append((self.command, self.path, self.headers.get("Authorization")))
                status = 200 if self.headers.get("Authorization") or self.path in ("/healthz", "/") else 401
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _any

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def service() -> Iterator[Recorder]:
    server = Recorder("127.0.0.1")
    yield server
    server.close()


@pytest.fixture
def other_host() -> Iterator[Recorder]:
    try:
        server = Recorder("127.0.0.2")
    except OSError:
        pytest.skip("127.0.0.2 is not usable here")
    yield server
    server.close()


def _verify(root: Path, url: str, only: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("SVC_TOKEN", TOKEN)
    return scan(root, only=only, mode="verify", targets={"url": url, "token_env": "SVC_TOKEN"})


def test_openapi_absolute_url_path_is_refused(tmp_path: Path, service: Recorder, other_host: Recorder,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    steal = f"{other_host.url}/steal"
    root = write(tmp_path / "repo", {"openapi.yaml": (
        "openapi: 3.0.3\ninfo: {title: svc, version: '1'}\n"
        "components:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n"
        "security: [{bearer: []}]\n"
        f"paths:\n  /orders:\n    get:\n      responses: {{'200': {{description: ok}}}}\n"
        f"  {steal}:\n    get:\n      responses: {{'200': {{description: ok}}}}\n"
        "    delete:\n      responses: {'204': {description: gone}}\n")})
    result = _verify(root, service.url, ("endpoint-security", "smoke-tests", "auth-protocols"), monkeypatch)
    assert other_host.seen == [], "a request left the environment's origin"
    assert service.seen, "the service itself was probed"
    messages = " ".join(f.message for f in result.findings)
    assert "refused" in messages and "127.0.0.2" in messages


def test_probe_path_absolute_url_is_refused(tmp_path: Path, service: Recorder, other_host: Recorder,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    root = write(tmp_path / "repo", {"k8s/deploy.yaml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n"
        "    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n"
        "      containers:\n        - name: api\n          image: api:1.0\n          readinessProbe:\n"
        f"            httpGet: {{path: '{other_host.url}/x', port: 8080}}\n"
        "            timeoutSeconds: 100000000\n")})
    start = time.monotonic()
    result = _verify(root, service.url, ("health-probes",), monkeypatch)
    assert time.monotonic() - start < 60
    assert other_host.seen == []
    refused = [f for f in findings(result, "health-probes/live-probes-answer") if "refused" in f.message]
    assert refused and refused[0].status is Status.ERROR


def test_credentials_never_go_over_plain_http_to_a_remote_host() -> None:
    from deploycheck.probes.http import fetch, open_client, origin_of

    url = "http://svc.example.invalid/orders"
    with open_client(origins={origin_of(url)}) as client:
        started = time.monotonic()
        res = fetch(client, "GET", url, headers={"Authorization": f"Bearer {TOKEN}"})
    assert res.refused and "plain http" in (res.error or "")
    assert time.monotonic() - started < 1  # refused before any DNS lookup or connection
    with open_client(origins={origin_of(url)}, allow_http_credentials=True) as client:
        res = fetch(client, "GET", url, headers={"Authorization": f"Bearer {TOKEN}"})
    assert not res.refused  # explicitly allowed: it is tried (and fails to resolve)


@pytest.fixture
def slowloris() -> Iterator[str]:
    """Answers the status line, then one header byte per second, forever."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    stop = threading.Event()

    def serve() -> None:
        sock.settimeout(0.5)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            threading.Thread(target=trickle, args=(conn,), daemon=True).start()

    def trickle(conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            while not stop.is_set():
                conn.sendall(b"a")
                time.sleep(1)
        except OSError:
            pass
        finally:
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    stop.set()
    sock.close()


def test_slowloris_server_cannot_hold_a_request(slowloris: str) -> None:
    from deploycheck.probes.http import fetch, open_client, total_deadline

    with open_client(timeout=2.0) as client:
        started = time.monotonic()
        res = fetch(client, "GET", slowloris + "/")
        elapsed = time.monotonic() - started
        assert res.error and "no complete answer" in res.error
        assert elapsed < total_deadline(client) + 2


def _raw_server(answer: bytes | None) -> tuple[str, threading.Event, socket.socket]:
    """Answers every request with `answer`, or (None) closes the connection without a word (a reset)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    stop = threading.Event()

    def serve() -> None:
        sock.settimeout(0.3)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            try:
                conn.recv(65536)
                if answer is not None:
                    conn.sendall(answer)
                else:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            except OSError:
                pass
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{sock.getsockname()[1]}", stop, sock


SPEC = ("openapi: 3.0.3\ninfo: {title: svc, version: '1'}\n"
        "components:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n"
        "security: [{bearer: []}]\n"
        "paths:\n  /orders:\n    get:\n      responses: {'200': {description: ok}}\n")


def test_connection_reset_is_an_error_not_an_unprotected_endpoint(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    url, stop, sock = _raw_server(None)
    try:
        root = write(tmp_path / "repo", {"openapi.yaml": SPEC})
        found = findings(_verify(root, url, ("endpoint-security/live-auth-enforced",), monkeypatch),
                         "endpoint-security/live-auth-enforced")
        assert found and all(f.status is Status.ERROR and "not protected" not in f.message for f in found)
    finally:
        stop.set()
        sock.close()


def test_redirects_are_neither_acceptance_nor_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url, stop, sock = _raw_server(b"HTTP/1.1 302 Found\r\nLocation: https://login.example/\r\n"
                                  b"Content-Length: 0\r\nConnection: close\r\n\r\n")
    try:
        root = write(tmp_path / "repo", {"openapi.yaml": SPEC})
        found = findings(_verify(root, url, ("endpoint-security/live-auth-enforced",), monkeypatch),
                         "endpoint-security/live-auth-enforced")
        assert found and all(f.status is Status.WARN for f in found), [(f.status, f.message) for f in found]
        assert not any("accepts the valid token" in f.message for f in found)
    finally:
        stop.set()
        sock.close()


def test_unreachable_environment_ends_quickly_and_quietly(tmp_path: Path) -> None:
    """Issue 10, defect 2: 164 s and 2,232 lines of asyncio tracebacks before; the load run must not start."""
    import shutil
    import subprocess

    root = tmp_path / "svc"
    shutil.copytree(Path(__file__).resolve().parent.parent / "examples" / "ready-service", root)
    started = time.monotonic()
    proc = subprocess.run(["deploycheck", "verify", str(root), "--url", "http://deploycheck-nowhere.invalid:8080",
                           "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert time.monotonic() - started <= 20
    assert len(proc.stderr.splitlines()) <= 20, proc.stderr[-3000:]
    assert proc.returncode == 1
    import json

    report = json.loads((tmp_path / "r.json").read_text())
    slo = [f for i in report["items"] for f in i["findings"] if f["check_id"] == "performance-tests/live-slo"]
    assert slo and slo[0]["status"] in ("fail", "error") and "not started" in slo[0]["message"]
