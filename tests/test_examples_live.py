"""`deploycheck verify --env local` against the ready example, really running.

The fixture starts what a developer would: PostgreSQL (tests/servers/postgres.py), an OIDC identity
provider (discovery document + JWKS as static files over HTTPS with a test CA; the copy's config
and spec point at it),
`alembic upgrade head`, and the example service under uvicorn; then it runs the CLI the way the
README says. Everything is stopped by PID.

The performance run is shortened (the committed config asks for 30 s at 50 rps; the copy runs 5 s)
to keep the suite fast; rate and SLOs are unchanged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.example_repos import READY, copy_example
from tests.live.conftest import Keys, self_signed
from tests.live.servers import free_port, start, stop, wait_port

from deploycheck.cli import main

pytestmark = pytest.mark.live

for _module in ("fastapi", "sqlalchemy", "alembic", "pythonjsonlogger", "jwt", "uvicorn", "psycopg"):
    pytest.importorskip(_module, reason="the ready example's dependencies (pip install -e '.[dev]')")

# The example names its production identity provider; the copy is pointed at a local one instead.
EXAMPLE_ISSUER = "https://id.example.com/realms/shop"
AUDIENCE = "orders-api"
LIVE_CHECKS_WITH_TARGETS = (  # live checks whose targets `--env local` provides; each must pass
    "backups/live-restore-drill",
    "endpoint-security/live-auth-enforced",
    "health-probes/live-probes-answer",
    "monitoring/live-metrics-endpoint",
    "auth-protocols/live-oidc",
    "auth-protocols/live-audience",
    "performance-tests/live-slo",
    "schema-changes/live-applied-revision",
    "smoke-tests/live-requests",
)
# Live checks that may still be `skipped`, each with the reason; remove an entry once it passes
# (test_live_exceptions_are_still_needed says when).
LIVE_EXCEPTIONS: dict[str, str] = {}


@dataclass
class ReadyService:
    repo: Path
    url: str
    env: dict[str, str]  # what the operator exports before `deploycheck verify`
    database_url: str
    database: Any = None  # tests.servers.postgres.Postgres, for tests that stop it


# A static file server over TLS (stdlib only): directory, port, certificate, key.
TLS_STATIC_SERVER = """
import functools, http.server, ssl, sys
root, port, cert, key = sys.argv[1:]
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
server = http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
"""


def _token(keys: Keys, issuer: str) -> str:
    return keys.token(issuer, aud=AUDIENCE, sub="smoke-tester", scope="orders:read orders:write")


def _identity_provider(root: Path, keys: Keys, issuer: str) -> str:
    """Static files of an OIDC issuer at `issuer` (Keycloak-style paths) served from `root`; the JWKS URL."""
    realm = root / "realms" / "shop"
    endpoints = realm / "protocol" / "openid-connect"
    endpoints.mkdir(parents=True)
    (endpoints / "certs").write_text(keys.jwks_file.read_text())
    (realm / ".well-known").mkdir()
    (realm / ".well-known" / "openid-configuration").write_text(json.dumps({
        "issuer": issuer,
        "jwks_uri": f"{issuer}/protocol/openid-connect/certs",
        "authorization_endpoint": f"{issuer}/protocol/openid-connect/auth",
        "token_endpoint": f"{issuer}/protocol/openid-connect/token",
        "id_token_signing_alg_values_supported": ["RS256"],
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
    }))
    return f"{issuer}/protocol/openid-connect/certs"


def _point_at(repo: Path, old: str, new: str) -> None:
    """Replace the production issuer URL with the local one in the copy's config and spec.

    The chart keeps its HTTPS issuer (its values schema insists on HTTPS); nothing live reads it.
    """
    for path in (repo / ".deploycheck.yaml", repo / "openapi.yaml"):
        path.write_text(path.read_text().replace(old, new))


def _create_database(admin_url: str, password: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        # CREATEDB: the restore drill restores into a scratch database it creates and drops.
        conn.execute(f"CREATE ROLE orders LOGIN CREATEDB PASSWORD '{password}'")
        conn.execute("CREATE DATABASE orders OWNER orders")


@pytest.fixture(scope="module")
def ready_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReadyService]:
    yield from run_ready_service(tmp_path_factory)


def run_ready_service(tmp_path_factory: pytest.TempPathFactory, app: str = "app.main:create_app",
                      extra_env: dict[str, str] | None = None, extra_path: Path | None = None
                      ) -> Iterator[ReadyService]:
    """The ready example running for real; `app`/`extra_env`/`extra_path` let fault tests wrap it."""
    from tests.servers.postgres import PG_BIN, running_postgres

    if PG_BIN is None:
        pytest.skip("PostgreSQL server binaries not installed (scripts/test installs them)")
    work = tmp_path_factory.mktemp("ready-live")
    repo = copy_example(READY, work / READY)
    config = repo / ".deploycheck.yaml"
    config.write_text(config.read_text().replace("duration_s: 30", "duration_s: 5"))
    # The identity provider's JWKS endpoint: a plain static file server (stdlib), stopped by PID.
    # The identity provider: discovery document + JWKS as static files behind HTTPS (a test CA),
    # because the spec's OAuth2 URLs must be HTTPS (auth-protocols/security-schemes).
    idp = work / "idp"
    idp.mkdir()
    keys = Keys(work)
    cert, key, ca = self_signed(work, "idp", days=30)
    idp_port = free_port()
    issuer = f"https://localhost:{idp_port}/realms/shop"
    jwks_url = _identity_provider(idp, keys, issuer)
    _point_at(repo, EXAMPLE_ISSUER, issuer)
    config.write_text(config.read_text().replace("    token_env: ORDERS_TEST_TOKEN\n",
                                                 f"    token_env: ORDERS_TEST_TOKEN\n    tls_ca_file: {ca}\n", 1))
    idp_server = start([sys.executable, "-c", TLS_STATIC_SERVER, str(idp), str(idp_port), str(cert), str(key)],
                       idp_port, work, scheme="https", host="localhost")
    # Stopped whatever happens below: a failing PostgreSQL start or migration must not leave it running.
    try:
        with running_postgres() as pg:
            password = "orders-live-test"
            _create_database(pg.url(), password)
            db_url = pg.url("orders", "orders", password)
            # The declared database dependency is the in-cluster host; locally it is this server. (The
            # inventory dependency stays unreachable: it is not critical, so it may only warn.)
            config.write_text(config.read_text().replace("host: orders-db.shop.svc.cluster.local\n    port: 5432",
                                                         f"host: 127.0.0.1\n    port: {pg.port}"))
            app_env = {**os.environ, "DATABASE_URL": db_url, "OIDC_ISSUER": issuer, "OIDC_AUDIENCE": AUDIENCE,
                       "JWKS_URL": jwks_url,
                       # SSL_CERT_FILE: the app's JWKS client (urllib) trusts the test CA.
                       "SSL_CERT_FILE": str(ca), "LOG_LEVEL": "WARNING",
                       "PYTHONPATH": os.pathsep.join(str(p) for p in (repo, extra_path) if p), **(extra_env or {})}
            subprocess.run([sys.executable, "-m", "alembic", "upgrade", "head"], cwd=repo, env=app_env, check=True,
                           capture_output=True)
            port = free_port()
            log = work / "uvicorn.log"
            with log.open("wb") as out:
                proc = subprocess.Popen([sys.executable, "-m", "uvicorn", app, "--factory",
                                         "--host", "127.0.0.1", "--port", str(port), "--no-access-log"],
                                        cwd=repo, env=app_env, stdout=out, stderr=subprocess.STDOUT)
            try:
                wait_port(port, proc, log)
                # Warm the connection pool as a rollout's readiness probes would before traffic arrives.
                import httpx

                for _ in range(10):
                    httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
                token = _token(keys, issuer)
                yield ReadyService(repo=repo, url=f"http://127.0.0.1:{port}", env={
                    "ORDERS_DATABASE_URL": db_url, "ORDERS_TEST_TOKEN": token,
                    "ORDERS_TEST_AUTHORIZATION": f"Bearer {token}",
                    "ORDERS_OTHER_AUDIENCE_TOKEN": keys.token(issuer, aud="billing-api", sub="billing"),
                }, database_url=db_url, database=pg)
            finally:
                stop(proc)
    finally:
        idp_server.stop()


def _verify(service: ReadyService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
            *extra: str) -> tuple[int, dict[str, Any]]:
    for name, value in service.env.items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "report.json"
    code = main(["verify", str(service.repo), "--env", "local", "--url", service.url, "--no-progress",
                 "--format", "json", "--output", str(out), *extra])
    return code, json.loads(out.read_text())


def _findings(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for item in report["items"] for f in item["findings"]]


def test_verify_local_passes_every_live_check(ready_service: ReadyService, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    code, report = _verify(ready_service, monkeypatch, tmp_path)
    assert code in (0, 1), code
    by_check: dict[str, set[str]] = {}
    for f in _findings(report):
        by_check.setdefault(f["check_id"], set()).add(f["status"])
    allowed = {cid: {"pass", "skipped"} if cid in LIVE_EXCEPTIONS else {"pass"} for cid in LIVE_CHECKS_WITH_TARGETS}
    problems = {cid: sorted(by_check.get(cid, {"<no finding>"})) for cid in LIVE_CHECKS_WITH_TARGETS
                if by_check.get(cid, set()) - allowed[cid] or cid not in by_check}
    details = [f"{f['check_id']}: {f['status']}: {f['message']}" for f in _findings(report)
               if f["check_id"] in problems and f["status"] != "pass"]
    assert not problems, "\n".join(details) or problems
    # The statically green items stay green under verify.
    broken = [f"{f['check_id']}: {f['status']}: {f['message']}" for i in report["items"]
              if i["status"] in ("fail", "error") for f in i["findings"] if f["status"] in ("fail", "error")]
    assert not broken, "\n".join(broken)
    stale = [cid for cid in LIVE_EXCEPTIONS if by_check.get(cid) == {"pass"}]
    assert not stale, f"these pass now; remove them from LIVE_EXCEPTIONS: {stale}"


def test_secrets_from_the_environment_stay_out_of_the_report(ready_service: ReadyService,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    _, report = _verify(ready_service, monkeypatch, tmp_path, "--only", "smoke-tests", "--only", "backups")
    text = json.dumps(report)
    assert ready_service.env["ORDERS_TEST_TOKEN"] not in text
    assert "orders-live-test" not in text


def test_stopped_service_fails_the_live_checks(ready_service: ReadyService, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    dead = ReadyService(ready_service.repo, f"http://127.0.0.1:{free_port()}", ready_service.env,
                        ready_service.database_url)
    code, report = _verify(dead, monkeypatch, tmp_path, "--only", "smoke-tests", "--only", "health-probes")
    assert code == 1
    statuses = {f["status"] for f in _findings(report) if f["check_id"] == "smoke-tests/live-requests"}
    assert statuses & {"fail", "error"}, statuses


def test_the_examples_own_suites_pass(ready_service: ReadyService, tmp_path: Path) -> None:
    """The committed reports/junit-*.xml claim these pass; run them (unit, integration, e2e) for real.

    Last in the module: the integration suite migrates the shared database down and up again.
    """
    env = {**os.environ, "DATABASE_URL": ready_service.database_url}
    env.pop("PYTHONPATH", None)
    junit = tmp_path / "junit.xml"
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests",
                          f"--junitxml={junit}"], cwd=ready_service.repo, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    from junitparser import JUnitXml

    suite = JUnitXml.fromfile(str(junit))
    counts = {"tests": suite.tests, "failures": suite.failures, "errors": suite.errors, "skipped": suite.skipped}
    assert counts == {"tests": 36, "failures": 0, "errors": 0, "skipped": 0}, counts
