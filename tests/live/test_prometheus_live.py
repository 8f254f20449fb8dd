"""monitoring/live-prometheus against a real Prometheus (Debian package) scraping the test service."""

from __future__ import annotations

import json
import shutil
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from tests.helpers import findings, scan
from tests.live.repo import write_repo
from tests.live.servers import Server, free_port, start

from deploycheck.model import Status

pytestmark = pytest.mark.live
CHECK = "monitoring/live-prometheus"
RULES = {"groups": [{"name": "web.rules", "rules": [
    {"alert": "WebDown", "expr": 'up{job="web"} == 0', "for": "1m", "labels": {"severity": "critical"},
     "annotations": {"summary": "web is down", "runbook_url": "https://runbooks.example/web"}},
    {"record": "job:app_requests:sum", "expr": "sum by (job) (app_requests_total)"},
]}]}


@pytest.fixture(scope="module")
def prometheus(tmp_path_factory: pytest.TempPathFactory, app_server: Server) -> Iterator[Server]:
    binary = shutil.which("prometheus")
    if not binary:
        pytest.skip("prometheus not installed (Debian package `prometheus`; scripts/test installs it)")
    work = tmp_path_factory.mktemp("prometheus")
    (work / "rules.yml").write_text(yaml.safe_dump(RULES))
    config = {"global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
              "rule_files": [str(work / "rules.yml")],
              "scrape_configs": [
                  {"job_name": "web", "static_configs": [{"targets": [f"127.0.0.1:{app_server.port}"]}]},
                  {"job_name": "web-broken", "static_configs": [{"targets": [f"127.0.0.1:{free_port()}"]}]}]}
    (work / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    server = start([binary, f"--config.file={work / 'prometheus.yml'}", f"--storage.tsdb.path={work / 'data'}",
                    f"--web.listen-address=127.0.0.1:{port}"], port, work)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # wait for the first scrape of both jobs
            try:
                with urllib.request.urlopen(f"{server.url}/api/v1/targets", timeout=2) as resp:
                    targets = json.load(resp)["data"]["activeTargets"]
            except OSError:  # 503 while the TSDB starts
                time.sleep(0.3)
                continue
            if len(targets) == 2 and all(t["health"] != "unknown" for t in targets):
                break
            time.sleep(0.3)
        yield server
    finally:
        server.stop()


def repo(root: Path, service: str, rules: dict[str, object]) -> Path:
    write_repo(root, {"service": service}, spec=False, manifests=False)
    (root / "monitoring").mkdir()
    (root / "monitoring" / "alerts.rules.yml").write_text(yaml.safe_dump(rules))
    return root


def test_rules_loaded_and_targets_up(tmp_path: Path, prometheus: Server) -> None:
    root = repo(tmp_path, "web", RULES)
    result = scan(root, only=(CHECK,), mode="verify", targets={"prometheus_url": prometheus.url})
    found = [(f.status, f.message) for f in findings(result, CHECK)]
    assert [s for s, _ in found] == [Status.PASS, Status.PASS], found
    assert "all 2 rule(s)" in found[0][1] and "1 scrape target(s)" in found[1][1]


def test_missing_rule_and_down_target_fail(tmp_path: Path, prometheus: Server) -> None:
    rules = {"groups": [{"name": "web.rules", "rules": [
        *RULES["groups"][0]["rules"],  # type: ignore[index]
        {"alert": "WebSlow", "expr": "vector(1) > 2", "labels": {"severity": "warning"}}]}]}
    root = repo(tmp_path, "web-broken", rules)
    result = scan(root, only=(CHECK,), mode="verify", targets={"prometheus_url": prometheus.url})
    failed = [f for f in findings(result, CHECK, Status.FAIL)]
    messages = "\n".join(f.message for f in failed)
    assert "rule WebSlow (group web.rules, monitoring/alerts.rules.yml) is not loaded" in messages
    assert "(job web-broken) is down" in messages and "connection refused" in messages
    missing = next(f for f in failed if "WebSlow" in f.message)
    assert missing.location is not None and missing.location.path == "monitoring/alerts.rules.yml"


def test_no_target_for_the_service_and_bad_urls(tmp_path: Path, prometheus: Server, app_server: Server) -> None:
    root = repo(tmp_path, "billing", RULES)
    result = scan(root, only=(CHECK,), mode="verify", targets={"prometheus_url": prometheus.url})
    [bad] = findings(result, CHECK, Status.FAIL)
    assert "no active scrape target for billing" in bad.message and "web-broken" in bad.message
    for url, expected in ((app_server.url, "answered 404"), (f"http://127.0.0.1:{free_port()}", "refused")):
        result = scan(root, only=(CHECK,), mode="verify", targets={"prometheus_url": url})
        [f] = findings(result, CHECK)
        assert f.status is Status.FAIL and expected in f.message and url in f.message
    [f] = findings(scan(root, only=(CHECK,), mode="verify"), CHECK)
    assert f.status is Status.SKIPPED and "--prometheus-url" in f.message
