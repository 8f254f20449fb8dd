"""`deploycheck serve` as a real process (uvicorn) on SQLite and PostgreSQL: token creation through the CLI,
`scan --upload` of the ready example and `deploycheck gate`, 50 concurrent uploads, and kill -9 mid-upload
followed by the client's retries storing every run exactly once."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from tests.example_repos import READY, copy_example
from tests.server_fixtures import database_url, make_report, postgres_server  # noqa: F401
from tests.servers.postgres import free_port, wait_for_port

from deploycheck.server_client import ask_gate, upload
from deploycheck_server.db import make_engine
from deploycheck_server.models import ItemResultRow, Run

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.live


def cli(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deploycheck.cli", *args], env=env, capture_output=True,
                          text=True, check=check, timeout=300)


@contextmanager
def serving(env: dict[str, str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen([sys.executable, "-m", "deploycheck.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(port, proc, "deploycheck serve")
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:  # noqa: F811
    return {**os.environ, "DEPLOYCHECK_DATABASE_URL": database_url, "PYTHONPATH": str(REPO / "src")}


def test_serve_upload_and_gate_through_the_cli(env: dict[str, str], tmp_path: Path) -> None:
    token = cli("serve", "token", "create", "--scopes", "upload,read", "--name", "ci", env=env).stdout
    token = token.strip().splitlines()[-1]
    assert token.startswith("dct_")
    assert cli("serve", "token", "create", "--scopes", "root", env=env, check=False).returncode == 2
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with serving(env, port) as proc:
        run_env = {**env, "DEPLOYCHECK_TOKEN": token}
        ready = copy_example(READY, tmp_path / "orders")
        scanned = cli("scan", str(ready), "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json"),
                      "--upload", url, env=run_env, check=False)
        assert scanned.returncode == 0, scanned.stderr
        assert "deploycheck: upload ok: uploaded as run 1" in scanned.stderr
        report = json.loads((tmp_path / "r.json").read_text())
        assert report["service"] == "orders"
        version = report["version"]["label"]
        gated = cli("gate", "--server", url, "--service", "orders", "--environment", "prod", "--version", version,
                    env=run_env, check=False)
        assert gated.returncode == 0 and gated.stdout.startswith("go: orders"), gated.stdout
        other = cli("gate", "--server", url, "--service", "orders", "--environment", "prod", "--version",
                    "v0.0.0-never", env=run_env, check=False)
        assert other.returncode == 1 and other.stdout.startswith("pending")
        proc.send_signal(signal.SIGTERM)
        # Graceful shutdown: uvicorn finishes, then re-raises SIGTERM so the exit status says why it stopped.
        assert proc.wait(timeout=30) in (0, -signal.SIGTERM)
        logs = proc.stderr.read().decode() if proc.stderr else ""
        lines = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
        assert any(line["message"].startswith("Finished server process") for line in lines)
        assert any(line.get("path") == "/api/v1/runs" and line.get("status") == 201 for line in lines)
    down = cli("gate", "--server", url, "--service", "orders", "--environment", "prod", "--version", version,
               env={**run_env, "PYTHONPATH": env["PYTHONPATH"]}, check=False)
    assert down.returncode == 1 and "could not ask the gate" in down.stdout


def readme_commands() -> list[str]:
    """The shell block of README.md's server section: from nothing to a gate decision."""
    section = (REPO / "README.md").read_text().split("## The server:", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_readme_from_serve_to_a_gate_decision_in_five_commands(tmp_path: Path) -> None:
    commands = readme_commands()
    assert len(commands) <= 5, commands
    port, orders = free_port(), tmp_path / "orders"
    script = ["set -euo pipefail"]
    for command in commands:
        command = command.replace("8000", str(port)).replace("/tmp/orders", str(orders))
        script.append(command)
        if command.split("#")[0].rstrip().endswith("&"):  # the server: stopped by its PID when the script ends
            script += ["SERVER=$!", "trap 'rc=$?; kill $SERVER; wait $SERVER || true; exit $rc' EXIT",
                       f"for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/{port}) 2>/dev/null && break; "
                       "sleep 0.2; done"]
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "PYTHONPATH": f"{REPO}:{REPO / 'src'}"}
    for name in ("DEPLOYCHECK_TOKEN", "DEPLOYCHECK_DATABASE_URL"):
        env.pop(name, None)
    done = subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    last = done.stdout.strip().splitlines()
    assert any(line.startswith("go: orders") and line.endswith("(run 1)") for line in last), done.stdout
    assert (work / "deploycheck-server.db").is_file(), "the zero-setup SQLite file in the current directory"


def test_fifty_concurrent_uploads_are_all_stored(env: dict[str, str], database_url: str) -> None:  # noqa: F811
    token = cli("serve", "token", "create", "--scopes", "upload,read", env=env).stdout.strip().splitlines()[-1]
    port = free_port()
    with serving(env, port):
        results: list[object] = [None] * 50

        def send(i: int) -> None:
            results[i] = upload(make_report(service=f"svc-{i % 5}", tag=f"v1.{i}.0", statuses={"unit-tests": "fail"}),
                                f"http://127.0.0.1:{port}", token=token, backoff=(0.2,))

        threads = [threading.Thread(target=send, args=(i,)) for i in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert all(getattr(r, "ok", False) for r in results), [getattr(r, "message", r) for r in results]
    assert len({getattr(r, "run_id", None) for r in results}) == 50
    engine = make_engine(database_url)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Run)) == 50
        assert conn.scalar(select(func.count()).select_from(ItemResultRow)) == 250
    engine.dispose()


def _half_upload(port: int, body: bytes, key: str, token: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    head = (f"POST /api/v1/runs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {token}\r\nIdempotency-Key: {key}\r\nContent-Length: {len(body)}\r\n\r\n")
    sock.sendall(head.encode() + body[: len(body) // 2])
    return sock


def test_kill_9_mid_upload_then_retries_store_each_run_once(env: dict[str, str], database_url: str) -> None:  # noqa: F811
    token = cli("serve", "token", "create", "--scopes", "upload,read", env=env).stdout.strip().splitlines()[-1]
    port = free_port()
    reports = {f"key-{i}": make_report(tag=f"v2.{i}.0", statuses={"unit-tests": "fail"}) for i in range(20)}
    with serving(env, port) as proc:
        # One upload whose body is half sent, and a burst of whole ones in flight, when the server dies.
        stalled = _half_upload(port, json.dumps(reports["key-0"]).encode(), "key-0", token)
        burst = [threading.Thread(target=upload, args=(reports[k], f"http://127.0.0.1:{port}"),
                                  kwargs={"token": token, "key": k, "attempts": 1}) for k in list(reports)[1:]]
        for t in burst:
            t.start()
        time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for t in burst:
            t.join()
        stalled.close()
    engine = make_engine(database_url)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        before = conn.scalar(select(func.count()).select_from(Run))
        # No half-stored run: every run that exists has all its items.
        assert conn.scalar(select(func.count()).select_from(ItemResultRow)) == 5 * before
    assert before is not None and before < 20
    with serving(env, port):
        for key, report in reports.items():  # the clients' retries, same keys
            assert upload(report, f"http://127.0.0.1:{port}", token=token, key=key, backoff=(0.2,)).ok
        for key, report in list(reports.items())[:3]:  # and a retry of a retry
            assert upload(report, f"http://127.0.0.1:{port}", token=token, key=key).ok
        answer = ask_gate(f"http://127.0.0.1:{port}", "orders", "prod", "v2.7.0", token=token)
        assert answer["decision"] == "no-go"
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Run)) == 20
        keys = conn.scalars(select(Run.idempotency_key)).all()
        assert sorted(keys) == sorted(reports)
        assert conn.scalar(select(func.count()).select_from(ItemResultRow)) == 100
    engine.dispose()


def test_readyz_says_503_when_the_database_goes_away() -> None:
    from fastapi.testclient import TestClient
    from tests.servers.postgres import PG_BIN, running_postgres

    from deploycheck_server.app import create_app
    from deploycheck_server.settings import Settings

    if PG_BIN is None:
        pytest.skip("PostgreSQL server binaries not installed (scripts/test installs them)")
    with running_postgres() as pg:
        app = create_app(Settings(database_url=pg.url()))
        client = TestClient(app)
        assert client.get("/readyz").status_code == 200
    # PostgreSQL stopped: not ready (the load balancer stops sending), but alive (no restart loop).
    down = client.get("/readyz")
    assert down.status_code == 503 and down.json() == {"status": "database unreachable"}
    assert client.get("/healthz").status_code == 200
    app.state.engine.dispose()


def test_sigterm_lets_an_upload_in_flight_finish(env: dict[str, str]) -> None:
    token = cli("serve", "token", "create", "--scopes", "upload,read", env=env).stdout.strip().splitlines()[-1]
    port = free_port()
    body = json.dumps(make_report(tag="v5.0.0")).encode()
    with serving(env, port) as proc:
        sock = _half_upload(port, body, "in-flight", token)
        time.sleep(0.3)  # the server has the request; its body is still coming
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        assert proc.poll() is None, "the server waits for the request in flight"
        sock.sendall(body[len(body) // 2:])
        answer = sock.recv(65536).decode()
        sock.close()
        assert answer.startswith("HTTP/1.1 201"), answer[:200]
        assert proc.wait(timeout=30) in (0, -signal.SIGTERM)
    engine = make_engine(env["DEPLOYCHECK_DATABASE_URL"])
    with engine.connect() as conn:
        assert conn.scalar(select(Run.idempotency_key)) == "in-flight"
    engine.dispose()
