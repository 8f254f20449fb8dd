"""external-services/live-reachable against real local servers (and a few that misbehave)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan
from tests.live.repo import write_repo
from tests.live.servers import Server, free_port

from deploycheck.model import Status
from deploycheck.probes import external

pytestmark = pytest.mark.live
CHECK = "external-services/live-reachable"


def reach(root: Path, **targets: str) -> dict[str, tuple[Status, str]]:
    result = scan(root, only=(CHECK,), mode="verify", targets=targets)
    return {f.message.split(" ")[0]: (f.status, f.message) for f in findings(result, CHECK)}


def test_each_dependency_gets_its_own_verdict(tmp_path: Path, app_server: Server, raw_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(external, "DEPENDENCY_TIMEOUT_S", 1.0)
    port = app_server.port
    deps = [
        {"name": "healthy", "url": f"http://user:s3cretpass@127.0.0.1:{port}/items",
         "health": f"http://127.0.0.1:{port}/healthz"},
        {"name": "needs-auth", "url": f"http://127.0.0.1:{port}/admin"},  # 401: up and answering
        {"name": "unhealthy", "url": f"http://127.0.0.1:{port}/unavailable"},
        {"name": "refused", "host": "127.0.0.1", "port": free_port()},
        {"name": "nxdomain", "url": "postgres://db.deploycheck-test.invalid:5432/app"},
        {"name": "garbage", "url": raw_server("garbage").url + "/"},
        {"name": "hanging", "url": raw_server("hang").url + "/"},
        {"name": "optional", "host": "127.0.0.1", "port": free_port(), "critical": False},
    ]
    root = write_repo(tmp_path, {"dependencies": deps}, spec=False, manifests=False)
    got = reach(root)
    assert got["healthy"][0] is Status.PASS and "dns" in got["healthy"][1] and "http" in got["healthy"][1]
    assert "s3cretpass" not in str(got) and "***@127.0.0.1" in got["healthy"][1]
    assert got["needs-auth"][0] is Status.PASS
    assert got["unhealthy"] == (Status.FAIL, got["unhealthy"][1]) and "-> 503" in got["unhealthy"][1]
    assert got["refused"][0] is Status.FAIL and "tcp failed: connection refused" in got["refused"][1]
    assert got["nxdomain"][0] is Status.FAIL and "dns failed" in got["nxdomain"][1]
    assert got["garbage"][0] is Status.FAIL and "invalid HTTP response" in got["garbage"][1]
    assert got["hanging"][0] is Status.FAIL and "read timeout" in got["hanging"][1]
    assert got["optional"][0] is Status.WARN


def test_discovered_dependencies_are_listed_not_probed(tmp_path: Path) -> None:
    root = write_repo(tmp_path, spec=False)
    manifest = root / "k8s" / "deploy.yaml"
    manifest.write_text(manifest.read_text().replace(
        "          readinessProbe:",
        "          env:\n"
        "            - {name: PAYMENTS_URL, value: 'https://payments.deploycheck-test.invalid/v1'}\n"
        "            - {name: DATABASE_URL, value: 'postgres://app:hunter2@db.deploycheck-test.invalid/app'}\n"
        "          readinessProbe:"))
    result = scan(root, only=(CHECK,), mode="verify")
    found = findings(result, CHECK)
    assert len(found) == 2 and all(f.status is Status.SKIPPED for f in found)
    assert "PAYMENTS_URL=https://payments.deploycheck-test.invalid/v1: not probed" in found[0].message
    assert "hunter2" not in found[1].message
    assert found[0].location is not None and found[0].location.path == "k8s/deploy.yaml"
    (root / ".deploycheck.yaml").write_text(
        "dependencies:\n  - {name: db, host: db.deploycheck-test.invalid, port: 5432}\n"
        "  - {name: payments, url: 'https://payments.deploycheck-test.invalid/v1'}\n")
    result = scan(root, only=(CHECK,), mode="verify")
    assert {f.status for f in findings(result, CHECK)} == {Status.FAIL}  # declared now: probed (DNS fails)


def test_no_dependencies_is_not_applicable(tmp_path: Path) -> None:
    root = write_repo(tmp_path, spec=False, manifests=False)
    [f] = findings(scan(root, only=(CHECK,), mode="verify"), CHECK)
    assert f.status is Status.NA
