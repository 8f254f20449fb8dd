"""Smoke requests, auth enforcement, TLS, metrics and probe paths against a real service under uvicorn."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan
from tests.live.conftest import StartApp, self_signed
from tests.live.repo import write_repo
from tests.live.servers import Server, free_port

from deploycheck.model import Status

pytestmark = pytest.mark.live


def verify(root: Path, only: tuple[str, ...], **targets: str):  # type: ignore[no-untyped-def]
    return scan(root, only=only, mode="verify", targets=targets)


def statuses(result, check_id: str) -> dict[str, Status]:  # type: ignore[no-untyped-def]
    return {f.message: f.status for f in findings(result, check_id)}


# --- smoke ---------------------------------------------------------------------------------------


def test_smoke_configured_and_derived_requests_pass(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, {"smoke": [
        {"name": "work", "path": "/work", "expect_status": 200, "expect_body": "done",
         "expect_json_schema": {"type": "object", "required": ["done"]}, "max_latency_ms": 2000},
    ]})
    result = verify(root, ("smoke-tests/live-requests",), url=app_server.url)
    found = findings(result, "smoke-tests/live-requests")
    assert {f.status for f in found} == {Status.PASS}, [f.message for f in found]
    messages = " ".join(f.message for f in found)
    # configured, from the readiness/liveness probes, and the spec's public GETs (/work is deduplicated)
    assert "work -> 200" in messages and "/readyz" in messages and "/healthz" in messages
    assert sum("/work" in f.location.url for f in found if f.location and f.location.url) == 1
    configured = next(f for f in found if f.message.startswith("work"))
    assert configured.location is not None and configured.location.path == ".deploycheck.yaml"
    assert configured.location.line == 2


def test_smoke_reports_each_broken_expectation(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, {"smoke": [
        {"path": "/healthz", "expect_status": 201},
        {"path": "/work", "expect_body": "nope"},
        {"path": "/work", "name": "schema", "expect_json_schema": {"type": "object", "required": ["missing"]}},
        {"path": "/jwks", "name": "latency", "max_latency_ms": 0.001},
        {"path": "/items", "name": "token", "headers_from_env": {"Authorization": "DC_TEST_UNSET_TOKEN_VAR"}},
        {"path": "https://example.com/", "name": "elsewhere"},
    ]}, spec=False, manifests=False)
    result = verify(root, ("smoke-tests/live-requests",), url=app_server.url)
    failed = [f.message for f in findings(result, "smoke-tests/live-requests", Status.FAIL)]
    assert len(failed) == 6, failed
    joined = "\n".join(failed)
    assert "status 200, expected 201" in joined
    assert "body does not contain 'nope'" in joined
    assert "'missing' is a required property" in joined
    assert "over the 0.001 ms budget" in joined
    assert "DC_TEST_UNSET_TOKEN_VAR not set" in joined
    assert "is not under the target" in joined


def test_smoke_with_token_from_env(tmp_path: Path, app_server: Server, keys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DC_TEST_TOKEN", f"Bearer {keys.token(app_server.url)}")
    root = write_repo(tmp_path, {"smoke": [
        {"path": "/items", "headers_from_env": {"Authorization": "DC_TEST_TOKEN"}, "expect_body": "one"}]},
        spec=False, manifests=False)
    result = verify(root, ("smoke-tests/live-requests",), url=app_server.url)
    [f] = findings(result, "smoke-tests/live-requests")
    assert f.status is Status.PASS, f.message
    assert "eyJ" not in str(f.to_dict())  # the token never reaches the report


def test_live_checks_skip_without_url(tmp_path: Path) -> None:
    root = write_repo(tmp_path)
    result = verify(root, ("smoke-tests/live-requests", "endpoint-security/live-auth-enforced",
                           "monitoring/live-metrics-endpoint", "health-probes/live-probes-answer",
                           "endpoint-security/live-tls"))
    assert len(result.findings) == 5
    assert all(f.status is Status.SKIPPED and "needs --url" in f.message for f in result.findings)


def test_live_checks_do_not_run_under_scan(tmp_path: Path) -> None:
    root = write_repo(tmp_path)
    result = scan(root, only=("smoke-tests/live-requests",))
    assert findings(result, "smoke-tests/live-requests") == []


# --- auth enforcement ------------------------------------------------------------------------------


def test_auth_enforced_on_every_protected_operation(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path)
    result = verify(root, ("endpoint-security/live-auth-enforced",), url=app_server.url)
    found = findings(result, "endpoint-security/live-auth-enforced")
    assert {f.status for f in found} == {Status.PASS}, [f.message for f in found]
    assert sorted(f.message.split(" refuses")[0] for f in found) == [
        "GET /admin", "GET /items", "GET /items/{item_id}", "POST /items"]


def test_open_route_and_500_on_bad_token_fail_naming_the_operation(tmp_path: Path, start_app: StartApp) -> None:
    broken = start_app(DC_BROKEN_AUTH="/admin", DC_CRASH_AUTH="/items")
    root = write_repo(tmp_path)
    result = verify(root, ("endpoint-security/live-auth-enforced",), url=broken.url)
    by_status = {f.message.split(" ")[0] + " " + f.message.split(" ")[1]: f for f in
                 findings(result, "endpoint-security/live-auth-enforced")}
    admin = by_status["GET /admin"]
    assert admin.status is Status.FAIL
    assert "without credentials: answered 200" in admin.message
    assert "invalid bearer token: answered 200" in admin.message
    items = by_status["GET /items"]
    assert items.status is Status.FAIL and "invalid bearer token: answered 500" in items.message
    assert "without credentials" not in items.message  # that one is refused properly
    assert by_status["POST /items"].status is Status.FAIL
    assert by_status["GET /items/{item_id}"].status is Status.PASS


def test_auth_public_paths_policy_and_no_spec(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, {"policy": {"public_paths": ["/admin", "/items*"]}})
    result = verify(root, ("endpoint-security/live-auth-enforced",), url=app_server.url)
    [f] = findings(result, "endpoint-security/live-auth-enforced")
    assert f.status is Status.SKIPPED and "marks an operation as protected" in f.message
    root2 = write_repo(tmp_path / "nospec", spec=False)
    result = verify(root2, ("endpoint-security/live-auth-enforced",), url=app_server.url)
    [f] = findings(result, "endpoint-security/live-auth-enforced")
    assert f.status is Status.SKIPPED and "no OpenAPI spec operations" in f.message


# --- metrics and probes -------------------------------------------------------------------------


def test_metrics_endpoint_parses(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path)
    result = verify(root, ("monitoring/live-metrics-endpoint",), url=app_server.url)
    [f] = findings(result, "monitoring/live-metrics-endpoint")
    assert f.status is Status.PASS and "metric families" in f.message
    assert "app_requests" in f.evidence["examples"]  # type: ignore[index]


def test_metrics_endpoint_not_exposition_or_missing_fails(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, metrics="/.well-known/openid-configuration")
    result = verify(root, ("monitoring/live-metrics-endpoint",), url=app_server.url)
    [f] = findings(result, "monitoring/live-metrics-endpoint")
    assert f.status is Status.FAIL and "not valid Prometheus exposition" in f.message
    root = write_repo(tmp_path / "b", metrics="/nope")
    result = verify(root, ("monitoring/live-metrics-endpoint",), url=app_server.url)
    [f] = findings(result, "monitoring/live-metrics-endpoint")
    assert f.status is Status.FAIL and "-> 404" in f.message


def test_probe_paths_answer_and_missing_path_fails(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path)
    result = verify(root, ("health-probes/live-probes-answer",), url=app_server.url)
    found = findings(result, "health-probes/live-probes-answer")
    assert len(found) == 2 and {f.status for f in found} == {Status.PASS}
    root = write_repo(tmp_path / "b", readiness="/not-here")
    result = verify(root, ("health-probes/live-probes-answer",), url=app_server.url)
    [bad] = findings(result, "health-probes/live-probes-answer", Status.FAIL)
    assert "readiness probe /not-here of Deployment/web answered 404" in bad.message
    assert bad.location is not None and str(bad.location.object) == "Deployment/web"


def test_probe_slower_than_its_timeout_fails(tmp_path: Path, start_app: StartApp) -> None:
    slow = start_app(DC_DELAY_MS="1500")
    root = write_repo(tmp_path, readiness="/work", timeout=1)
    result = verify(root, ("health-probes/live-probes-answer",), url=slow.url)
    [bad] = findings(result, "health-probes/live-probes-answer", Status.FAIL)
    assert "readiness probe /work" in bad.message and "read timeout" in bad.message


# --- bad targets ------------------------------------------------------------------------------------


def test_refused_dns_garbage_and_hanging_targets_are_clear_findings(tmp_path: Path, raw_server) -> None:  # type: ignore[no-untyped-def]
    root = write_repo(tmp_path, {"smoke": [{"path": "/healthz"}]}, spec=False, timeout=1)
    closed = f"http://127.0.0.1:{free_port()}"
    garbage = raw_server("garbage").url
    hanging = raw_server("hang").url
    cases = {
        closed: "connection refused",
        "http://deploycheck-test.invalid": "DNS lookup failed",
        garbage: "invalid HTTP response",
    }
    for url, expected in cases.items():
        result = verify(root, ("smoke-tests/live-requests",), url=url)
        msgs = [f.message for f in findings(result, "smoke-tests/live-requests", Status.FAIL)]
        assert msgs and all(expected in m for m in msgs), (url, msgs)
        assert all(url.split("//")[1] in m for m in msgs)  # names the target
    result = verify(root, ("health-probes/live-probes-answer",), url=hanging)
    msgs = [f.message for f in findings(result, "health-probes/live-probes-answer", Status.FAIL)]
    assert msgs and all("no response after 1 s" in m for m in msgs)
    assert not [f for f in result.findings if f.status is Status.ERROR]


# --- TLS ---------------------------------------------------------------------------------------------


def test_tls_valid_untrusted_and_expiring(tmp_path: Path, start_app: StartApp, workdir: Path) -> None:
    cert, key, ca = self_signed(workdir, "good", days=200)
    good = start_app(tls=(cert, key))
    root = write_repo(tmp_path, {"smoke": [{"path": "/healthz"}]}, spec=False, manifests=False)
    ok = verify(root, ("endpoint-security/live-tls", "smoke-tests/live-requests"), url=good.url,
                tls_ca_file=str(ca))
    [tls] = findings(ok, "endpoint-security/live-tls")
    assert tls.status is Status.PASS and "valid until" in tls.message
    assert findings(ok, "smoke-tests/live-requests")[0].status is Status.PASS
    untrusted = verify(root, ("endpoint-security/live-tls", "smoke-tests/live-requests"), url=good.url)
    [tls] = findings(untrusted, "endpoint-security/live-tls")
    assert tls.status is Status.FAIL and "certificate verification failed" in tls.message
    [smoke] = findings(untrusted, "smoke-tests/live-requests")
    assert smoke.status is Status.FAIL and "certificate verification failed" in smoke.message
    cert, key, ca = self_signed(workdir, "soon", days=5)
    soon = start_app(tls=(cert, key))
    result = verify(root, ("endpoint-security/live-tls",), url=soon.url, tls_ca_file=str(ca))
    [tls] = findings(result, "endpoint-security/live-tls")
    assert tls.status is Status.WARN and "expires in" in tls.message


def test_tls_not_applicable_for_plain_http(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, spec=False, manifests=False)
    [f] = findings(verify(root, ("endpoint-security/live-tls",), url=app_server.url), "endpoint-security/live-tls")
    assert f.status is Status.NA


CODE_ROUTES = '''\
from fastapi import Depends, FastAPI

app = FastAPI()


def require_user() -> None: ...


@app.get("/admin", dependencies=[Depends(require_user)])
def admin() -> dict: return {}
'''


def test_code_guarded_route_missing_from_the_spec_is_probed(tmp_path: Path, start_app: StartApp) -> None:
    broken = start_app(DC_BROKEN_AUTH="/admin")
    root = write_repo(tmp_path)
    (root / "openapi.yaml").write_text((root / "openapi.yaml").read_text().split("  /admin:")[0])
    (root / "service.py").write_text(CODE_ROUTES)
    result = verify(root, ("endpoint-security/live-auth-enforced",), url=broken.url)
    [bad] = findings(result, "endpoint-security/live-auth-enforced", Status.FAIL)
    assert bad.message.startswith("GET /admin is not protected") and "answered 200" in bad.message
    assert bad.location is not None and bad.location.path == "service.py"


def test_valid_token_from_token_env_is_accepted_or_refused(tmp_path: Path, app_server: Server, keys,  # type: ignore[no-untyped-def]
                                                           monkeypatch) -> None:
    root = write_repo(tmp_path)
    monkeypatch.setenv("DC_TEST_VALID_TOKEN", keys.token(app_server.url))
    result = verify(root, ("endpoint-security/live-auth-enforced",), url=app_server.url,
                    token_env="DC_TEST_VALID_TOKEN")
    accepted = [f.message for f in findings(result, "endpoint-security/live-auth-enforced", Status.PASS)
                if "accepts the valid token" in f.message]
    assert sorted(m.split(" accepts")[0] for m in accepted) == ["GET /admin", "GET /items"]
    assert not findings(result, "endpoint-security/live-auth-enforced", Status.FAIL)
    monkeypatch.setenv("DC_TEST_VALID_TOKEN", keys.token(app_server.url, aud="another-service"))
    result = verify(root, ("endpoint-security/live-auth-enforced",), url=app_server.url,
                    token_env="DC_TEST_VALID_TOKEN")
    refused = [f.message for f in findings(result, "endpoint-security/live-auth-enforced", Status.FAIL)]
    assert len(refused) == 2 and all("refuses the valid token from token_env (401)" in m for m in refused)
    assert all("eyJ" not in str(f.to_dict()) for f in result.findings)


def test_redirect_to_another_host_is_not_followed(tmp_path: Path, app_server: Server) -> None:
    root = write_repo(tmp_path, {"smoke": [{"path": "/elsewhere"}]}, spec=False, manifests=False)
    [f] = findings(verify(root, ("smoke-tests/live-requests",), url=app_server.url), "smoke-tests/live-requests")
    assert f.status is Status.FAIL and "status 302, expected 2xx" in f.message  # not the .invalid host's answer


def test_cli_verify_end_to_end(tmp_path: Path, app_server: Server, start_app: StartApp) -> None:
    import json

    from deploycheck.cli import main

    root = write_repo(tmp_path, {"environments": {"local": {"url": app_server.url}},
                                 "smoke": [{"path": "/healthz", "expect_body": "ok"}]})
    out = tmp_path / "report.json"
    args = ["verify", str(root), "--env", "local", "--only", "smoke-tests", "--only", "endpoint-security/live-*",
            "-f", "json", "-o", str(out), "--no-progress"]
    assert main(args) in (0, 1)  # 1: items not run here are `manual`, so the verdict is "not ready"
    report = json.loads(out.read_text())
    live = [f for i in report["items"] for f in i["findings"] if "/live-" in f["check_id"]]
    assert live and {f["status"] for f in live} <= {"pass", "n/a"}
    broken = start_app(DC_BROKEN_AUTH="/items")
    assert main([*args, "--url", broken.url]) == 1  # --url wins over the environment's url
    report = json.loads(out.read_text())
    assert any(r.startswith("endpoint-security: fail") for r in report["verdict"]["reasons"])
    assert any(f["status"] == "fail" and f["message"].startswith("GET /items is not protected")
               for i in report["items"] for f in i["findings"])


def test_protected_gets_join_the_smoke_run_with_token_env(tmp_path: Path, app_server: Server, keys,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    root = write_repo(tmp_path)
    monkeypatch.setenv("DC_TEST_SMOKE_TOKEN", keys.token(app_server.url))
    result = verify(root, ("smoke-tests/live-requests",), url=app_server.url, token_env="DC_TEST_SMOKE_TOKEN")
    found = {f.message.split(" ")[1]: f for f in findings(result, "smoke-tests/live-requests")}
    assert found["/items"].status is Status.PASS and "with the token from token_env" in found["/items"].message
    assert found["/admin"].status is Status.PASS
    monkeypatch.setenv("DC_TEST_SMOKE_TOKEN", keys.token(app_server.url, iss="https://someone-else.example"))
    result = verify(root, ("smoke-tests/live-requests",), url=app_server.url, token_env="DC_TEST_SMOKE_TOKEN")
    bad = [f.message for f in findings(result, "smoke-tests/live-requests", Status.FAIL)]
    assert len(bad) == 2 and all("status 401, expected 2xx" in m for m in bad)
    result = verify(root, ("smoke-tests/live-requests",), url=app_server.url)  # no token: not in the smoke run
    assert not [f for f in findings(result, "smoke-tests/live-requests") if "/items" in f.message]
