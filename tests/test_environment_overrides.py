"""Per-environment sections (issue 10 "Per environment"): `dependencies`, `smoke`, `auth` (OIDC issuer and
audience), `performance` (SLOs) and `probes` (probe paths) set under `environments.<name>` replace or
merge into the defaults, the checks judge the environment's values, and the overridden defaults cause no
findings. Live cases against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write
from tests.servers.postgres import free_port

from deploycheck.cli import main
from deploycheck.config import load_config
from deploycheck.model import Status

MANIFEST = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: orders}
spec:
  replicas: 2
  selector: {matchLabels: {app: orders}}
  template:
    metadata: {labels: {app: orders}}
    spec:
      containers:
        - name: orders
          image: registry.example.com/orders:1.0.0
          env:
            - {name: PAYMENTS_URL, value: "http://payments.staging.internal:8080"}
          readinessProbe:
            httpGet: {path: /readyz, port: 8080}
            timeoutSeconds: 2
"""


def config(port: int, dead_port: int) -> str:
    return f"""\
dependencies:
  - name: payments
    url: http://127.0.0.1:{dead_port}
    health: http://127.0.0.1:{dead_port}/healthz
    fallback: none
auth:
  issuer: https://id.example.com/realms/shop
  audience: orders-api
performance:
  rate: 5
  duration_s: 1
  slo: {{p50_ms: 50, p95_ms: 200, error_rate: 0.01}}
environments:
  staging:
    url: http://127.0.0.1:{port}
    dependencies:
      - name: payments
        url: http://payments.staging.internal:8080
        health: http://127.0.0.1:{port}/healthz
        fallback: queue the payment and retry
      - name: payments-local
        url: http://127.0.0.1:{port}
        health: http://127.0.0.1:{port}/healthz
        fallback: none
    auth:
      issuer: http://127.0.0.1:{dead_port}/realms/staging
      audience: orders-api-staging
    performance:
      slo: {{p95_ms: 900}}
    probes:
      health_paths: [/internal/ready]
      metrics_paths: [/internal/metrics]
    required: [performance-tests]
"""


class Handler(http.server.BaseHTTPRequestHandler):
    paths = {"/healthz": (200, "ok"), "/internal/ready": (200, "ready"),
             "/internal/metrics": (200, "# TYPE up gauge\nup 1\n")}

    def do_GET(self) -> None:
        status, body = self.paths.get(self.path, (404, "not found"))
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def service() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


@pytest.fixture
def repo(tmp_path: Path, service: int) -> Path:
    return write(tmp_path, {"k8s/deploy.yaml": MANIFEST, ".deploycheck.yaml": config(service, free_port())})


def test_environment_sections_replace_lists_and_merge_mappings(repo: Path) -> None:
    base = load_config(repo)
    staging = base.for_environment("staging")
    assert [d["name"] for d in staging.section("dependencies")] == ["payments", "payments-local"]
    assert staging.section("performance")["slo"] == {"p50_ms": 50, "p95_ms": 900, "error_rate": 0.01}
    assert staging.section("performance")["rate"] == 5
    assert staging.section("auth")["audience"] == "orders-api-staging"
    assert staging.section("probes")["metrics_paths"] == ["/internal/metrics"]
    # The defaults are untouched, and another environment (or none) sees them.
    assert base.section("performance")["slo"]["p95_ms"] == 200 and base.for_environment(None) is base
    # Lines point at the environment's value where it set one, else at the default.
    text = (repo / ".deploycheck.yaml").read_text().splitlines()
    assert "payments-local" in text[staging.line_of(("dependencies", 1)) - 1]
    assert "p50_ms" in text[staging.line_of(("performance", "slo", "p50_ms")) - 1]
    assert "p95_ms: 900" in text[staging.line_of(("performance", "slo", "p95_ms")) - 1]


def test_overridden_dependencies_raise_no_warnings_for_the_defaults(repo: Path) -> None:
    # Without the environment, the manifest's staging URL is not among the default dependencies.
    default = findings(scan(repo, only=("external-services/declared",)), "external-services/declared")
    assert any(f.status is Status.WARN and "payments.staging.internal" in f.message for f in default)
    staging = findings(scan(repo, only=("external-services/declared",), environment="staging"),
                       "external-services/declared")
    assert not [f for f in staging if f.status is not Status.PASS], [f.message for f in staging]
    assert len(staging) == 2
    # Through the CLI too: the environment's sections reach the checks, not the live targets.
    out = repo / "report.json"
    code = main(["scan", str(repo), "--env", "staging", "--only", "external-services/declared", "-f", "json",
                 "-o", str(out)])
    report = json.loads(out.read_text())
    statuses = [f["status"] for item in report["items"] for f in item.get("findings", [])
                if f["check_id"] == "external-services/declared"]
    assert statuses == ["pass", "pass"] and code in (0, 1)


def test_live_checks_probe_the_environments_values_not_the_defaults(repo: Path, service: int) -> None:
    targets = {"url": f"http://127.0.0.1:{service}"}
    result = scan(repo, mode="verify", environment="staging", targets=targets,
                  only=("external-services/live-reachable", "monitoring/live-metrics-endpoint",
                        "health-probes/live-probes-answer", "auth-protocols/live-oidc"))
    deps = findings(result, "external-services/live-reachable")
    # payments' staging URL is not resolvable here, so its health URL's host decides: only the
    # environment's two dependencies are probed, the default's dead port never is.
    assert {f.status for f in findings(result, "external-services/live-reachable")} <= {Status.PASS, Status.FAIL}
    assert all("payments-local" in f.message or "payments.staging.internal" in f.message for f in deps)
    assert [f.status for f in deps if "payments-local" in f.message] == [Status.PASS]
    [metrics] = findings(result, "monitoring/live-metrics-endpoint")
    assert metrics.status is Status.PASS and "/internal/metrics" in metrics.message
    [probe] = findings(result, "health-probes/live-probes-answer")
    assert probe.status is Status.PASS and "/internal/ready" in probe.message
    oidc = findings(result, "auth-protocols/live-oidc")
    assert oidc and all("realms/staging" in f.message for f in oidc) and oidc[0].status is not Status.PASS
    # Without the environment's probe paths, the manifest's /readyz and the default /metrics are asked (404).
    plain = scan(repo, mode="verify", targets=targets,
                 only=("monitoring/live-metrics-endpoint", "health-probes/live-probes-answer"))
    assert [f.status for f in plain.findings] == [Status.FAIL, Status.FAIL]


def test_environment_required_items_and_slos_reach_the_verdict(repo: Path) -> None:
    result = scan(repo, only=("performance-tests/defined",), environment="staging")
    [item] = [i for i in result.report.items if i.item == "performance-tests"]
    assert item.required


def test_environment_sections_are_validated_with_their_line(tmp_path: Path) -> None:
    from deploycheck.config import ConfigError

    write(tmp_path, {".deploycheck.yaml": "environments:\n  staging:\n    performance:\n      slo: {p95: 3}\n"})
    with pytest.raises(ConfigError, match=r":4: unknown key 'environments.staging.performance.slo.p95'"):
        load_config(tmp_path)
