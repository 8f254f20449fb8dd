"""The --online paths, against real local servers.

- "outdated": a real package index, pypiserver, started as a subprocess on 127.0.0.1 serving wheels
  this test builds with `pip wheel` from a dummy project (PEP 503 HTML; our client negotiates PEP 691
  JSON first and falls back to HTML, as against many private indexes).
- The OSV API client: a small local HTTP server (http.server in a thread) speaking the documented
  OSV request/response format (POST /v1/querybatch with pagination, GET /v1/vulns/{id}); the records
  it serves are the real PyPA advisories when ../shared/osv is present. It is not osv.dev.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.helpers import findings, scan, shared_dir, write

from deploycheck.model import Status

OUTDATED = "dependency-health/outdated"
VULNS = "dependency-health/vulnerabilities"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _build_wheel(work: Path, name: str, version: str, out: Path) -> None:
    project = work / f"{name}-{version}"
    project.mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        f'[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        f'[project]\nname = "{name}"\nversion = "{version}"\n[tool.setuptools]\npy-modules = []\n')
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(project)], check=True, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def package_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("index")
    packages = work / "packages"
    packages.mkdir()
    for name, version in (("dcdemo-alpha", "1.0.0"), ("dcdemo-alpha", "1.2.0"), ("dcdemo-alpha", "2.0.0rc1"),
                          ("dcdemo-beta", "0.5.0")):
        _build_wheel(work / "src", name, version, packages)
    port = _free_port()
    log = (work / "pypiserver.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port),
                               "-a", ".", "-P", ".", str(packages)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/simple/"
    try:
        for _ in range(100):
            try:
                if httpx.get(url, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail(f"pypiserver did not start: {(work / 'pypiserver.log').read_text()}")
        yield url
    finally:
        server.terminate()  # our own child, by PID
        server.wait(timeout=10)
        log.close()


def test_outdated_against_a_real_local_index(tmp_path: Path, package_index: str) -> None:
    write(tmp_path, {"requirements.txt": "dcdemo-alpha==1.0.0\ndcdemo-beta==0.5.0\ndcdemo-gamma==1.0\n",
                     ".deploycheck.yaml": f"vulnerabilities:\n  package_index: {package_index}\n"})
    result = findings(scan(tmp_path, only=(OUTDATED,), online=True), OUTDATED)
    warned = [f for f in result if f.status is Status.WARN]
    # 1.2.0 is the latest final release; 2.0.0rc1 is a pre-release and does not count
    assert [(f.evidence or {}).get("latest") for f in warned] == ["1.2.0"]
    assert "dcdemo-alpha 1.0.0 is outdated: latest is 1.2.0" in warned[0].message
    assert not [f for f in result if f.status is Status.ERROR]  # an unknown package (404) is not an error


def test_current_versions_pass_against_the_local_index(tmp_path: Path, package_index: str) -> None:
    write(tmp_path, {"requirements.txt": "dcdemo-alpha==1.2.0\n",
                     ".deploycheck.yaml": f"vulnerabilities:\n  package_index: {package_index}\n"})
    result = findings(scan(tmp_path, only=(OUTDATED,), online=True), OUTDATED)
    assert [f.status for f in result] == [Status.PASS]


def test_outdated_offline_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, {"requirements.txt": "dcdemo-alpha==1.0.0\n"})
    result = findings(scan(tmp_path, only=(OUTDATED,)), OUTDATED)
    assert [f.status for f in result] == [Status.SKIPPED] and "--online" in result[0].message


def test_unreachable_index_is_not_a_pass(tmp_path: Path) -> None:
    port = _free_port()  # nothing listens there
    write(tmp_path, {"requirements.txt": "a==1.0\nb==1.0\nc==1.0\nd==1.0\n",
                     ".deploycheck.yaml": f"vulnerabilities:\n  package_index: http://127.0.0.1:{port}/simple/\n"})
    statuses = {f.status for f in findings(scan(tmp_path, only=(OUTDATED,), online=True), OUTDATED)}
    assert Status.PASS not in statuses and statuses & {Status.SKIPPED, Status.ERROR}


# --- the OSV API client ---------------------------------------------------------------------------


def _pypa_record(name: str, vid: str) -> dict[str, Any]:
    shared = shared_dir()
    path = shared / "osv" / "pypa-advisory-database" / "vulns" / name / f"{vid}.yaml" if shared else None
    if path is None or not path.is_file():
        pytest.skip("../shared/osv/pypa-advisory-database not found")
    import yaml

    return yaml.safe_load(path.read_text())  # type: ignore[no-any-return]


class _OsvApi(BaseHTTPRequestHandler):
    """Speaks https://google.github.io/osv.dev/post-v1-querybatch/ and /get-v1-vulns/ for a fixed table."""

    table: dict[tuple[str, str, str], list[str]] = {}
    records: dict[str, dict[str, Any]] = {}
    requests: list[Any] = []

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, code: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        if self.path != "/v1/querybatch":
            self._send(404, {"code": 5, "message": "Not Found"})
            return
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.requests.append(body)
        results = []
        for q in body["queries"]:
            ids = self.table.get((q["package"]["ecosystem"], q["package"]["name"], q["version"]), [])
            # one id per page, to exercise next_page_token handling
            page = int(q.get("page_token", "0"))
            result: dict[str, Any] = {}
            if ids:
                result["vulns"] = [{"id": ids[page], "modified": "2024-01-01T00:00:00Z"}]
                if page + 1 < len(ids):
                    result["next_page_token"] = str(page + 1)
            results.append(result)
        self._send(200, {"results": results})

    def do_GET(self) -> None:
        vid = self.path.removeprefix("/v1/vulns/")
        if vid in self.records:
            self._send(200, self.records[vid])
        else:
            self._send(404, {"code": 5, "message": "Bug not found."})


@pytest.fixture
def osv_api() -> Iterator[str]:
    _OsvApi.records = {vid: _pypa_record(name, vid) for name, vid in (
        ("jinja2", "PYSEC-2019-217"), ("jinja2", "PYSEC-2021-66"), ("requests", "PYSEC-2023-74"))}
    _OsvApi.table = {("PyPI", "jinja2", "2.10"): ["PYSEC-2019-217", "PYSEC-2021-66"],
                     ("PyPI", "requests", "2.19.1"): ["PYSEC-2023-74"]}
    _OsvApi.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OsvApi)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_osv_api_batch_query(tmp_path: Path, osv_api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEPLOYCHECK_OSV_DB", raising=False)
    write(tmp_path, {"requirements.txt": "jinja2==2.10\nrequests==2.19.1\nflask==3.0.3\n",
                     ".deploycheck.yaml": f"vulnerabilities:\n  osv_api: {osv_api}\n"})
    failed = findings(scan(tmp_path, only=(VULNS,), online=True), VULNS, Status.FAIL)
    got = {(f.evidence or {})["id"]: (f.evidence or {})["fixed_version"] for f in failed}
    assert got == {"PYSEC-2019-217": "2.10.1", "PYSEC-2021-66": "2.11.3", "PYSEC-2023-74": "2.31.0"}
    first = _OsvApi.requests[0]["queries"]
    assert {"package": {"name": "flask", "ecosystem": "PyPI"}, "version": "3.0.3"} in first
    assert any("page_token" in q for r in _OsvApi.requests[1:] for q in r["queries"])  # paginated


def test_osv_api_down_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEPLOYCHECK_OSV_DB", raising=False)
    write(tmp_path, {"requirements.txt": "jinja2==2.10\n",
                     ".deploycheck.yaml": f"vulnerabilities:\n  osv_api: http://127.0.0.1:{_free_port()}\n"})
    result = findings(scan(tmp_path, only=(VULNS,), online=True), VULNS)
    assert [f.status for f in result] == [Status.SKIPPED] and "OSV API" in result[0].message


class _NpmRegistry(BaseHTTPRequestHandler):
    """The npm registry's abbreviated metadata documents (application/vnd.npm.install-v1+json) for two packages."""

    docs = {"/express": {"name": "express", "dist-tags": {"latest": "4.21.1", "next": "5.0.1"}},
            "/@types%2Fnode": {"name": "@types/node", "dist-tags": {"latest": "20.11.5"}}}
    accepts: list[str] = []

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.accepts.append(self.headers.get("Accept", ""))
        doc = self.docs.get(self.path)
        data = json.dumps(doc or {"error": "Not found"}).encode()
        self.send_response(200 if doc else 404)
        self.send_header("Content-Type", "application/vnd.npm.install-v1+json" if doc else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_npm_outdated_against_a_local_registry_document_server(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NpmRegistry)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        registry = f"http://127.0.0.1:{server.server_address[1]}/"
        write(tmp_path, {
            "package-lock.json": json.dumps({"lockfileVersion": 3, "packages": {
                "": {"name": "web"}, "node_modules/express": {"version": "4.18.2"},
                "node_modules/@types/node": {"version": "20.11.5"}, "node_modules/left-pad": {"version": "1.3.0"}}}),
            ".deploycheck.yaml": f"vulnerabilities:\n  npm_registry: {registry}\n"})
        result = findings(scan(tmp_path, only=(OUTDATED,), online=True), OUTDATED)
    finally:
        server.shutdown()
        server.server_close()
    warned = [(f.evidence or {}).get("package") for f in result if f.status is Status.WARN]
    assert warned == ["express"]  # `latest`, not the `next` tag; unknown packages (404) are not errors
    assert "latest is 4.21.1" in next(f.message for f in result if f.status is Status.WARN)
    assert all("application/vnd.npm.install-v1+json" in a for a in _NpmRegistry.accepts)
