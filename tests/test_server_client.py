"""Run identity in the JSON report and `--upload` against a real local HTTP server: retries with one
idempotency key, the token header, no redirect following, exit code unchanged by a failed upload."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import git, scan, write

from deploycheck.cli import main
from deploycheck.model import SCHEMA_VERSION
from deploycheck.server_client import upload

MANIFEST = """apiVersion: apps/v1
kind: Deployment
metadata: {name: shop}
spec:
  template:
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/shop:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
"""


@contextmanager
def recording_server(answers: list[Any]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Answers in turn: an int status code, "drop" (close without answering), or "redirect"."""
    seen: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(body)})
            answer = answers.pop(0) if answers else 201
            if answer == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if answer == "redirect":
                self.send_response(307)
                self.send_header("Location", "http://127.0.0.2:9/steal")
                self.end_headers()
                return
            out = json.dumps({"id": 7}).encode() if answer < 300 else b"busy"
            self.send_response(answer)
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_report_names_service_version_and_environment(tmp_path: Path) -> None:
    write(tmp_path, {"deploy.yaml": MANIFEST, ".deploycheck.yaml": "service: shop\n"})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "first")
    git(tmp_path, "tag", "v1.4.2")
    data = scan(tmp_path).report.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["service"] == "shop" and data["environment"] is None
    version = data["version"]
    assert version["tag"] == "v1.4.2" and version["label"] == "v1.4.2"
    assert len(version["commit"]) == 40
    assert version["images"] == [{"image": "ghcr.io/acme/shop", "tag": "1.4.2",
                                  "digest": "sha256:" + "0123456789abcdef" * 4}]


def test_service_defaults_to_the_directory_name_without_git(tmp_path: Path) -> None:
    root = write(tmp_path / "payments-api", {"README.md": "# x\n"})
    data = scan(root, only=("readme",)).report.to_dict()
    assert data["service"] == "payments-api"
    assert data["version"]["commit"] is None and data["version"]["label"] is None


def test_no_git_process_where_git_can_find_no_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside any repository git's answer is known (it fails): no git process is started for the run's identity,
    history or ignored-but-tracked files. A bare repository's folder is still asked (git finds it without `.git`)."""
    import subprocess

    from deploycheck.sources.files import may_find_a_repository

    root = write(tmp_path / "payments-api", {"README.md": "# x\n"})
    assert not any((folder / ".git").exists() for folder in (root, *root.parents))  # the test's own premise
    started: list[Any] = []
    real = subprocess.run

    def run(*args: Any, **kwargs: Any) -> Any:
        started.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)
    data = scan(root, only=("readme",)).report.to_dict()
    assert data["version"]["commit"] is None and data["service"] == "payments-api"
    assert [cmd[-3:] for cmd in started if cmd[:1] == ["git"]] == []
    write(root, {".gitignore": "*.log\n", "x.log": "ignored\n"})  # the walk meets an ignored file
    scan(root, only=("readme",))
    assert [cmd[-3:] for cmd in started if cmd[:1] == ["git"]] == []
    bare = tmp_path / "bare.git"
    real(["git", "init", "-q", "--bare", str(bare)], check=True)
    assert may_find_a_repository(bare) and may_find_a_repository(bare / "refs")
    git(root, "init", "-q")
    assert may_find_a_repository(root / "sub")


def test_json_report_validates_against_the_published_schema(tmp_path: Path) -> None:
    import jsonschema

    from deploycheck.schemas import REPORT_SCHEMA

    write(tmp_path, {"deploy.yaml": MANIFEST})
    jsonschema.validate(scan(tmp_path).report.to_dict(), REPORT_SCHEMA)


def test_upload_retries_with_one_idempotency_key() -> None:
    with recording_server(["drop", 503, 201]) as (url, seen):
        result = upload({"tool": {"version": "x"}, "service": "s"}, url, token="tok", backoff=(0,))
    assert result.ok and result.run_id == 7 and result.attempts == 3
    assert [r["path"] for r in seen] == ["/api/v1/runs"] * 3
    keys = {r["headers"]["Idempotency-Key"] for r in seen}
    assert len(keys) == 1 and len(next(iter(keys))) == 36
    assert all(r["headers"]["Authorization"] == "Bearer tok" for r in seen)


def test_upload_does_not_retry_a_refusal_nor_follow_redirects() -> None:
    with recording_server([403]) as (url, seen):
        result = upload({}, url, token="tok", backoff=(0,))
    assert not result.ok and "HTTP 403" in result.message and len(seen) == 1
    with recording_server(["redirect"]) as (url, seen):
        result = upload({}, url, token="tok", backoff=(0,))
    assert not result.ok and "307" in result.message and len(seen) == 1


def test_cli_upload_failure_keeps_the_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("deploycheck.server_client.BACKOFF_S", (0,))
    monkeypatch.setenv("DEPLOYCHECK_TOKEN", "secret-token")
    write(tmp_path, {"deploy.yaml": MANIFEST})
    baseline = main(["scan", str(tmp_path), "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json")])
    with recording_server([500, 500, 500, 500]) as (url, seen):
        code = main(["scan", str(tmp_path), "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json"),
                     "--upload", url])
        assert code == baseline == 1
        assert len(seen) == 4 and seen[0]["body"]["service"] == tmp_path.name
        err = capsys.readouterr().err
        assert "deploycheck: upload failed: HTTP 500" in err and "after 4 attempts" in err
        assert "secret-token" not in err
    with recording_server([500] * 4) as (url, seen):
        assert main(["scan", str(tmp_path), "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json"),
                     "--upload", url, "--upload-required"]) == 3
    with recording_server([201]) as (url, seen):
        assert main(["scan", str(tmp_path), "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json"),
                     "--upload", url]) == 1
        assert "upload ok: uploaded as run 7" in capsys.readouterr().err
    monkeypatch.delenv("DEPLOYCHECK_TOKEN")
    assert main(["scan", str(tmp_path), "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json"),
                 "--upload", "http://127.0.0.1:9"]) == 1
    assert "no token: set DEPLOYCHECK_TOKEN" in capsys.readouterr().err
