"""A hostile kustomize overlay (issue 7: nothing the repository controls may read outside its root or choose
where the network goes). kustomize follows `resources:`/`bases:`/`components:` to any directory on the
machine and fetches URLs (http GET, `git fetch` with the CI's credential helpers). Before the fix, an
overlay named in the config put a directory outside the repository into the report and made the scanner
request a URL of the repository's choosing."""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

pytestmark = pytest.mark.skipif(not (shutil.which("kustomize") or shutil.which("kubectl")),
                                reason="needs kustomize or kubectl on PATH")

CANARY = "DC-CANARY-kustomize-5d1e"
CM = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  a: '{value}'\n"


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = CM.format(name="fetched", value=CANARY).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []
    handler = type("Handler", (_Recorder,), {"hits": hits})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


def _overlay(root: Path, resources: list[str]) -> None:
    write(root, {".deploycheck.yaml": "kustomize: [overlay]\n",
                 "overlay/cm.yaml": CM.format(name="own", value="1"),
                 "overlay/kustomization.yaml": "resources:\n" + "".join(f"  - {r}\n" for r in ["cm.yaml", *resources])})


def _kustomize_problem(root: Path) -> str:
    result = scan(root, only=("manifests/parse", "manifests/references"))
    assert CANARY not in repr(result.findings)
    errors = findings(result, "manifests/parse", Status.ERROR)
    assert errors, [f.message for f in result.findings]
    return " ".join(f.message for f in errors)


def test_remote_resource_is_never_fetched(tmp_path: Path, server: tuple[str, list[str]]) -> None:
    url, hits = server
    root = tmp_path / "repo"
    _overlay(root, [f"{url}/cm.yaml"])
    message = _kustomize_problem(root)
    assert hits == [], "kustomize fetched a URL the scanned repository chose"
    assert f"{url}/cm.yaml" in message and "remote" in message


@pytest.mark.parametrize("where", ["../../outside", "ABSOLUTE"])
def test_resource_directory_outside_the_root_is_refused(tmp_path: Path, where: str) -> None:
    outside = tmp_path / "outside"
    write(outside, {"kustomization.yaml": "resources: [cm.yaml]\n", "cm.yaml": CM.format(name="x", value=CANARY)})
    root = tmp_path / "repo"
    entry = str(outside) if where == "ABSOLUTE" else where
    _overlay(root, [entry])
    message = _kustomize_problem(root)
    assert "outside the scanned repository" in message and entry in message


def test_symlinked_base_leaving_the_root_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside, {"kustomization.yaml": "resources: [cm.yaml]\n", "cm.yaml": CM.format(name="x", value=CANARY)})
    root = tmp_path / "repo"
    _overlay(root, ["../base"])
    (root / "base").symlink_to(outside)
    message = _kustomize_problem(root)
    assert "outside the scanned repository" in message


def test_bases_inside_the_root_still_build(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    write(root, {"base/kustomization.yaml": "resources: [cm.yaml]\n", "base/cm.yaml": CM.format(name="b", value="2")})
    _overlay(root, ["../base"])
    result = scan(root, only=("manifests/parse",))
    assert not findings(result, "manifests/parse", Status.ERROR), [f.message for f in result.findings]


def test_build_output_is_capped(tmp_path: Path) -> None:
    # An overlay generating a ConfigMap from a 3 MB file, under a 1 MB output cap: the build is stopped
    # in its limited child process and named, the rest of the scan goes on (before: no cap at all).
    root = tmp_path / "repo"
    _overlay(root, [])
    write(root, {".deploycheck.yaml": "kustomize: [overlay]\nlimits:\n  helm_output_mb: 1\n",
                 "overlay/big.txt": "x" * (3 * 1024 * 1024),
                 "overlay/kustomization.yaml": "resources: [cm.yaml]\nconfigMapGenerator:\n"
                                               "  - name: big\n    files: [big.txt]\n"})
    message = _kustomize_problem(root)
    assert "kustomize build overlay" in message and "more than 1 MB of output" in message


def test_a_gitignore_linking_outside_the_root_is_not_read(tmp_path: Path) -> None:
    # review, 2026-11-29 session 2: the walk read each directory's .gitignore by path before any symlink check, so a
    # `.gitignore` linking to a host file was read (and its lines steered which files the scan left out)
    from deploycheck.sources.files import FileIndex

    outside = tmp_path / "host"
    outside.mkdir()
    (outside / "secret.txt").write_text("app.py\n")  # a host file whose lines would ignore app.py
    root = write(tmp_path / "repo", {"app.py": "print('x')\n", "README.md": "# x\n"})
    (root / ".gitignore").symlink_to(outside / "secret.txt")
    index = FileIndex.walk(root)
    assert "app.py" in index.files, index.files
    assert any(p.path == ".gitignore" and "outside the scanned root" in p.message for p in index.problems), \
        index.problems
    # a .gitignore inside the root is still read
    (root / ".gitignore").unlink()
    (root / ".gitignore").write_text("app.py\n")
    assert "app.py" not in FileIndex.walk(root).files
