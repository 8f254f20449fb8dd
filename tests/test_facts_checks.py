"""feature-flags, logging, external-services, endpoint-security (API), auth-protocols, smoke/performance
definitions: a passing and a failing fixture for each check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status


def statuses(result, check_id: str) -> set[Status]:
    return {f.status for f in findings(result, check_id)}


# --- feature-flags ----------------------------------------------------------------------------

FLAGD = """{
  "flags": {
    "new-checkout": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
                     "metadata": {"description": "New checkout flow", "owner": "team-pay", "expiry": "2999-01-01"}}
  }
}
"""
OPENFEATURE_APP = """\
from openfeature import api
client = api.get_client()
def checkout():
    if client.get_boolean_value("new-checkout", False):
        return 1
"""


def test_feature_flags_pass_with_defined_described_owned_flags(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": OPENFEATURE_APP, "flags.json": FLAGD})
    result = scan(tmp_path, only=("feature-flags",))
    assert statuses(result, "feature-flags/defined") == {Status.PASS}
    assert statuses(result, "feature-flags/expiry") == {Status.PASS}
    assert statuses(result, "feature-flags/unused") == {Status.PASS}


def test_feature_flags_fail_undefined_undescribed_expired(tmp_path: Path) -> None:
    past = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    write(tmp_path, {
        "app.py": OPENFEATURE_APP + "\nimport ldclient\nldclient.get().variation('dark-mode', ctx, False)\n"
                  "import os\nBETA = os.getenv('FEATURE_BETA_SEARCH', 'false')\n",
        "flags.yaml": f"flags:\n  new-checkout:\n    owner: team-pay\n    expires: {past}\n"
                      "  orphan:\n    description: x\n    owner: y\n",
    })
    result = scan(tmp_path, only=("feature-flags",))
    failed = {f.message for f in findings(result, "feature-flags/defined", Status.FAIL)}
    assert any("'dark-mode' (launchdarkly) is used but not defined" in m for m in failed), failed
    assert any("FEATURE_BETA_SEARCH" in m for m in failed), failed
    assert any("'new-checkout' has no description" in m for m in failed), failed
    [expired] = findings(result, "feature-flags/expiry", Status.WARN)
    assert expired.location.path == "flags.yaml" and expired.location.line == 2
    assert "orphan" in findings(result, "feature-flags/unused", Status.WARN)[0].message


def test_no_flag_mechanism_warns_with_reason(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "print('hi')\n"})
    result = scan(tmp_path, only=("feature-flags/defined",))
    [warn] = findings(result, "feature-flags/defined", Status.WARN)
    assert "no feature flag mechanism" in warn.message


# --- logging ----------------------------------------------------------------------------------

GOOD_LOGGING = """\
import logging, os, sys
from pythonjsonlogger import jsonlogger
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(jsonlogger.JsonFormatter())
logging.basicConfig(level=os.getenv("LOG_LEVEL", "INFO"), handlers=[handler])
log = logging.getLogger(__name__)
def login(user, password):
    log.info("login", extra={"user": user})
if __name__ == "__main__":
    print("cli output is fine here")
"""
BAD_LOGGING = """\
import logging
logging.basicConfig(filename="/var/log/app.log", level=logging.DEBUG)
log = logging.getLogger(__name__)
handler = logging.handlers.RotatingFileHandler("app.log")
def login(user, password, api_token):
    log.info("login %s %s", user, password)
    log.debug(f"token is {api_token}")
    print("logged in", user)
"""


def test_keys_named_for_what_they_look_up_are_not_secrets_in_logs(tmp_path: Path) -> None:
    """kubeflow's spawner form logs `tolerations_group_key` (a config map's key); `signing_key` is still a secret."""
    write(tmp_path, {"app/form.py": (
        "import logging\nlog = logging.getLogger(__name__)\n"
        "def f(tolerations_group_key, affinity_config_key, signing_key):\n"
        "    log.warning(\"no toleration group %s\", tolerations_group_key)\n"
        "    log.warning(\"no affinity config %s\", affinity_config_key)\n"
        "    log.warning(\"key %s\", signing_key)\n")})
    result = scan(tmp_path, only=("logging/no-secrets",))
    assert {f.location.line for f in findings(result, "logging/no-secrets", Status.FAIL)} == {6}


def test_logging_pass(tmp_path: Path) -> None:
    write(tmp_path, {"app/logs.py": GOOD_LOGGING})
    result = scan(tmp_path, only=("logging",))
    for check_id in ("logging/structured", "logging/stdout", "logging/level-from-env", "logging/no-secrets",
                     "logging/print"):
        assert statuses(result, check_id) == {Status.PASS}, (check_id, findings(result, check_id))


def test_logging_fail(tmp_path: Path) -> None:
    write(tmp_path, {"app/logs.py": BAD_LOGGING})
    result = scan(tmp_path, only=("logging",))
    assert statuses(result, "logging/structured") == {Status.FAIL}
    assert {f.location.line for f in findings(result, "logging/stdout", Status.FAIL)} == {2, 4}
    assert statuses(result, "logging/level-from-env") == {Status.WARN}  # low severity: advice
    assert {f.location.line for f in findings(result, "logging/no-secrets", Status.FAIL)} == {6, 7}
    assert statuses(result, "logging/print") == {Status.WARN}


def test_structured_logging_from_dependencies(tmp_path: Path) -> None:
    write(tmp_path, {"index.js": "const x = 1;\n", "package.json": '{"dependencies": {"pino": "^9.0.0"}}'})
    result = scan(tmp_path, only=("logging/structured",))
    assert statuses(result, "logging/structured") == {Status.PASS}


# --- external-services --------------------------------------------------------------------------

HTTP_GOOD = """\
import httpx, requests
def f():
    requests.get("https://a", timeout=3)
    with httpx.Client(timeout=2.0) as client:
        client.get("/x")
    session = requests.Session()
    session.post("https://b", json={}, timeout=(1, 5))
"""
HTTP_BAD = """\
import requests, httpx
from urllib.request import urlopen
def f():
    requests.get("https://a")
    s = requests.Session()
    s.post("https://b")
    httpx.get("https://c", timeout=None)
    urlopen("https://d")
"""


def test_http_timeouts(tmp_path: Path) -> None:
    write(tmp_path, {"good/app.py": HTTP_GOOD})
    assert statuses(scan(tmp_path / "good", only=("external-services/http-timeouts",)),
                    "external-services/http-timeouts") == {Status.PASS}
    write(tmp_path, {"bad/app.py": HTTP_BAD})
    result = scan(tmp_path / "bad", only=("external-services/http-timeouts",))
    assert {f.location.line for f in findings(result, "external-services/http-timeouts", Status.FAIL)} == {4, 6, 7, 8}


def test_dependencies_declared(tmp_path: Path) -> None:
    deployment = ("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w}\nspec:\n  template:\n    spec:\n"
                  "      containers:\n        - name: a\n          image: x\n          env:\n"
                  "            - {name: PAYMENTS_URL, value: 'https://payments.example.com/api'}\n")
    write(tmp_path, {"k8s.yaml": deployment})
    result = scan(tmp_path, only=("external-services/declared",))
    assert findings(result, "external-services/declared", Status.WARN)
    assert findings(result, "external-services/declared", Status.FAIL)
    write(tmp_path, {".deploycheck.yaml": "dependencies:\n  - name: payments\n    url: https://payments.example.com\n"
                                          "    health: https://payments.example.com/healthz\n"
                                          "    fallback: orders queue and retry\n"})
    result = scan(tmp_path, only=("external-services/declared",))
    assert statuses(result, "external-services/declared") == {Status.PASS}


# --- endpoint-security (API) and auth-protocols ------------------------------------------------

SPEC = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /healthz:
    get: {security: [], responses: {'200': {description: ok}}}
  /orders:
    get: {responses: {'200': {description: ok}}}
  /admin:
    get: {security: [], responses: {'200': {description: ok}}}
components:
  securitySchemes:
    oauth2:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: '%s', scopes: {}}
%s
"""
SECURED_APP = """\
import jwt
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import HTTPBearer
app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["https://shop.example.com"], allow_credentials=True)
bearer = HTTPBearer()
def user(token=Depends(bearer)):
    return jwt.decode(token, key, algorithms=["RS256"], audience="orders", issuer="https://id.example.com")
@app.get("/healthz")
def health():
    return {}
@app.get("/orders")
def orders(u=Depends(user)):
    return []
"""
OPEN_APP = """\
import jwt, requests
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
@app.get("/orders")
def orders(token: str):
    claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["HS256", "none"])
    requests.get("https://internal", verify=False, timeout=2)
    return []
"""


def test_api_security_pass(tmp_path: Path) -> None:
    write(tmp_path, {"openapi.yaml": SPEC % ("https://id.example.com/token", "security:\n  - oauth2: []"),
                     "app.py": SECURED_APP})
    result = scan(tmp_path, only=("endpoint-security", "auth-protocols"))
    # /admin switches security off: only the default public paths (health, docs, ...) may do that
    assert statuses(result, "endpoint-security/openapi-security") == {Status.FAIL}
    assert "/admin" in findings(result, "endpoint-security/openapi-security", Status.FAIL)[0].message
    write(tmp_path, {".deploycheck.yaml": "policy:\n  public_paths: [/healthz, /admin]\n"})
    result = scan(tmp_path, only=("endpoint-security", "auth-protocols"))
    for check_id in ("endpoint-security/openapi-security", "endpoint-security/route-auth", "endpoint-security/cors",
                     "auth-protocols/security-schemes", "auth-protocols/token-validation",
                     "auth-protocols/tls-verification"):
        assert statuses(result, check_id) == {Status.PASS}, (check_id, findings(result, check_id))


def test_api_security_fail(tmp_path: Path) -> None:
    write(tmp_path, {"openapi.yaml": SPEC % ("http://id.example.com/token", ""), "app.py": OPEN_APP})
    result = scan(tmp_path, only=("endpoint-security", "auth-protocols"))
    open_ops = {f.message.split(" has")[0] for f in findings(result, "endpoint-security/openapi-security",
                                                             Status.FAIL)}
    assert open_ops == {"GET /orders", "GET /admin"}
    assert {f.location.line for f in findings(result, "endpoint-security/openapi-security", Status.FAIL)} == {7, 9}
    assert findings(result, "auth-protocols/security-schemes", Status.FAIL)[0].location.line == 12
    [route] = findings(result, "endpoint-security/route-auth", Status.FAIL)
    assert route.location.path == "app.py" and route.location.line == 6
    assert statuses(result, "endpoint-security/cors") == {Status.FAIL}
    assert statuses(result, "auth-protocols/security-schemes") == {Status.FAIL}
    messages = " ".join(f.message for f in findings(result, "auth-protocols/token-validation", Status.FAIL))
    for problem in ("verification disabled", "algorithm 'none'", "audience not checked", "issuer not checked"):
        assert problem in messages
    [tls] = findings(result, "auth-protocols/tls-verification")
    assert tls.status is Status.FAIL and "verify=False" in tls.message and tls.location
    assert (tls.location.path, tls.location.line) == ("app.py", 9)


@pytest.mark.parametrize(("broken", "status"), [
    ("    match uid:\n        case 1: return {'ok': True\n", Status.ERROR),  # a syntax error
    ("    return {'ok': True\n", Status.ERROR),
])
def test_route_auth_never_passes_over_a_route_file_it_could_not_parse(tmp_path: Path, broken: str,
                                                                      status: Status) -> None:
    admin = "from fastapi import APIRouter\nrouter = APIRouter()\n@router.delete('/admin/users/{uid}')\n" \
            "def delete_user(uid: int):\n" + broken
    write(tmp_path, {"app/main.py": SECURED_APP, "app/admin.py": admin,
                     "tools/py2.py": "print 'a Python 2 script that declares no routes'\n"})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    [unread] = [f for f in findings(result, "endpoint-security/route-auth") if f.status is not Status.PASS]
    assert unread.status is status and unread.location and unread.location.path == "app/admin.py"
    assert "declares routes this check could not read" in unread.message
    [item] = [i for i in result.report.items if i.item == "endpoint-security"]
    assert item.status is status  # never `pass`; the Python 2 script is no route file and is not reported
    # The only route file unreadable: not "no HTTP routes found" (n/a).
    (tmp_path / "app" / "main.py").unlink()
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    assert {f.status for f in findings(result, "endpoint-security/route-auth")} == {status}


def test_token_validation_never_passes_over_a_token_module_it_could_not_parse(tmp_path: Path) -> None:
    write(tmp_path, {"app/main.py": SECURED_APP.replace("jwt.decode(token, key,", "verify(token,"),
                     "app/tokens.py": "import jwt\ndef verify(token):\n    return jwt.decode(token, options={\n"})
    result = scan(tmp_path, only=("auth-protocols/token-validation",))
    found = findings(result, "auth-protocols/token-validation")
    assert [f.status for f in found] == [Status.ERROR], found
    assert found[0].location and found[0].location.path == "app/tokens.py" and "handles tokens" in found[0].message


def test_route_auth_skips_a_route_file_in_newer_python_syntax(tmp_path: Path) -> None:
    write(tmp_path, {"app/main.py": SECURED_APP,
                     "app/admin.py": "from fastapi import APIRouter\nrouter = APIRouter()\ntype Uid = int\n"
                                     "@router.delete('/admin/users/{uid}')\n"
                                     "def delete_user(uid: Uid):\n    return {}\n"})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    [unread] = [f for f in findings(result, "endpoint-security/route-auth") if f.status is not Status.PASS]
    assert unread.status is Status.SKIPPED and "3.12" in unread.message


def test_loopback_identity_provider_only_warns(tmp_path: Path) -> None:
    write(tmp_path, {"openapi.yaml": SPEC % ("http://127.0.0.1:8081/token", "security:\n  - oauth2: []")})
    result = scan(tmp_path, only=("auth-protocols/security-schemes",))
    assert statuses(result, "auth-protocols/security-schemes") == {Status.WARN}


def test_no_auth_at_all_with_routes_fails(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "from flask import Flask\napp = Flask(__name__)\n"
                               "@app.route('/items', methods=['POST'])\ndef create():\n    return ''\n"})
    result = scan(tmp_path, only=("auth-protocols/token-validation",))
    [fail] = findings(result, "auth-protocols/token-validation", Status.FAIL)
    assert "no authentication at all" in fail.message


# --- smoke-tests / performance-tests -----------------------------------------------------------


def test_smoke_and_performance_missing_fail(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "x = 1\n", "load/script.js": "import http from 'k6/http';\n"
                                                           "export default function () { http.get('x'); }\n"})
    result = scan(tmp_path, only=("smoke-tests/defined", "performance-tests/defined"))
    assert statuses(result, "smoke-tests/defined") == {Status.FAIL}
    [k6] = findings(result, "performance-tests/defined", Status.FAIL)
    assert "no thresholds" in k6.message


def test_smoke_and_performance_defined_pass(tmp_path: Path) -> None:
    write(tmp_path, {
        ".github/workflows/deploy.yml": "on: push\njobs:\n  smoke:\n    runs-on: ubuntu-latest\n"
                                        "    steps:\n      - run: ./smoke.sh\n",
        "load/script.js": "import http from 'k6/http';\nexport const options = {\n"
                          "  thresholds: { http_req_duration: ['p(95)<200'] },\n};\n",
        "locustfile.py": "from locust import HttpUser\n",
        ".deploycheck.yaml": "performance:\n  slo: {p95_ms: 200}\n",
    })
    result = scan(tmp_path, only=("smoke-tests/defined", "performance-tests/defined"))
    assert statuses(result, "smoke-tests/defined") == {Status.PASS}
    assert statuses(result, "performance-tests/defined") == {Status.PASS}
    assert len(findings(result, "performance-tests/defined")) == 3


def test_a_workflow_named_smoke_that_only_uploads_coverage_is_not_a_smoke_test(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/smoke.yml": "name: smoke\non: push\njobs:\n  cov:\n    runs-on: x\n"
                                                    "    steps:\n      - uses: actions/checkout@v4\n"
                                                    "      - uses: codecov/codecov-action@v4\n"
                                                    "      - name: smoke\n        run: echo done\n"})
    result = scan(tmp_path, only=("smoke-tests/defined",))
    assert statuses(result, "smoke-tests/defined") == {Status.FAIL}


@pytest.mark.parametrize("pipeline", [
    (".gitlab-ci.yml", "stages: [deploy]\nsmoke-test:\n  stage: deploy\n  script:\n    - curl -fsS $URL/healthz\n"),
    (".github/workflows/cd.yml", "on: push\njobs:\n  deploy:\n    runs-on: x\n    steps:\n"
                                 "      - name: Smoke test the release\n        run: pytest tests/smoke -q\n"),
])
def test_a_smoke_job_that_runs_something_passes(tmp_path: Path, pipeline: tuple[str, str]) -> None:
    write(tmp_path, {pipeline[0]: pipeline[1]})
    result = scan(tmp_path, only=("smoke-tests/defined",))
    [ok] = findings(result, "smoke-tests/defined", Status.PASS)
    assert ok.location is not None and ok.location.path == pipeline[0] and ok.location.line


ARTILLERY = ("config:\n  target: https://api.example.com\n  phases:\n    - duration: 60\n      arrivalRate: 20\n"
             "{ensure}scenarios:\n  - flow:\n      - get: {{url: /orders}}\n")


@pytest.mark.parametrize(("ensure", "status"), [("", Status.FAIL), ("  ensure:\n    p95: 250\n", Status.PASS),
                                                 ("  plugins:\n    ensure: {}\n", Status.FAIL),  # plugin, no threshold
                                                 ("  plugins:\n    ensure:\n      thresholds:\n"
                                                  "        - http.response_time.p95: 250\n", Status.PASS)])
def test_artillery_scenarios_count_as_performance_tests(tmp_path: Path, ensure: str, status: Status) -> None:
    write(tmp_path, {"load/orders.yml": ARTILLERY.format(ensure=ensure),
                     "k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: phases}\n"})
    result = scan(tmp_path, only=("performance-tests/defined",))
    [finding] = findings(result, "performance-tests/defined")
    assert finding.status is status and "Artillery scenario load/orders.yml" in finding.message


SPRING_CONTROLLER = """package shop.web;
@RestController
public class OrderController {
    @GetMapping("/orders/{id}")
    public Order get(@PathVariable String id) { return null; }
}
"""
SPRING_SECURITY = """package shop.config;
@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health").permitAll()
            .anyRequest().authenticated()).oauth2ResourceServer(o -> o.jwt()).build();
    }
}
"""
EXPRESS_APP = """const express = require('express');
const app = express();
app.get('/status-page', (req, res) => res.send('ok'));
app.use(passport.authenticate('jwt', { session: false }));
app.get('/orders/:id', (req, res) => res.json({}));
app.post('/api/login', (req, res) => res.json({}));
"""


def test_route_auth_understands_global_auth_layers(tmp_path: Path) -> None:
    # Spring Security's anyRequest().authenticated() guards every controller of its module
    write(tmp_path / "spring", {"orders/src/main/java/shop/web/OrderController.java": SPRING_CONTROLLER,
                                "orders/src/main/java/shop/config/SecurityConfig.java": SPRING_SECURITY,
                                "billing/src/main/java/shop/web/OrderController.java": SPRING_CONTROLLER})
    result = findings(scan(tmp_path / "spring", only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    [open_route] = [f for f in result if f.status is Status.FAIL]
    assert open_route.location and open_route.location.path.startswith("billing/")  # another module: unguarded
    assert any(f.status is Status.PASS and "behind spring auth layer" in f.message for f in result)
    # Express: app.use(auth) guards the routes declared after it; login is public by design
    write(tmp_path / "express", {"server.js": EXPRESS_APP})
    result = findings(scan(tmp_path / "express", only=("endpoint-security/route-auth",)),
                      "endpoint-security/route-auth")
    failed = [f.message for f in result if f.status is Status.FAIL]
    assert len(failed) == 1 and "GET /status-page" in failed[0]


@pytest.mark.parametrize("line", ["session.verify = False", "ctx.check_hostname = False",
                                  "ctx.verify_mode = ssl.CERT_NONE"])
def test_tls_verification_switched_off_by_assignment(tmp_path: Path, line: str) -> None:
    """Found by the fixtures meta-test's near misses: `session.verify = False` passed (only the keyword was read)."""
    write(tmp_path, {"app.py": "import ssl\n\nimport requests\n\nsession = requests.Session()\n"
                               f"ctx = ssl.create_default_context()\n{line}\n"})
    [tls] = findings(scan(tmp_path, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification")
    assert tls.status is Status.FAIL and line in tls.message, tls.message
    assert tls.location and (tls.location.path, tls.location.line) == ("app.py", 7)
    write(tmp_path, {"app.py": "import requests\n\nsession = requests.Session()\nsession.verify = '/etc/ssl/ca.pem'\n"})
    [tls] = findings(scan(tmp_path, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification")
    assert tls.status is Status.PASS


# api-platform/demo's k6/script.js (trimmed): thresholds, but one iteration of one virtual user after each deploy
K6_SMOKE = """import { check, sleep } from "k6";
import http from "k6/http";

export let options = {
    maxRedirects: 0,
    scenarios: {
      default: {
        executor: 'per-vu-iterations',
        vus: 1,
        iterations: 1,
      }
    },
    thresholds: {
        http_req_duration: [{threshold: 'p(95)<5000', abortOnFail: true}],
    },
};
export default function() { http.get(`https://${__ENV.TARGET}/books?page=1`); }
"""


def test_a_k6_script_of_one_iteration_of_one_user_is_a_smoke_check_not_a_performance_test(tmp_path: Path) -> None:
    write(tmp_path, {"k6/script.js": K6_SMOKE,
                     ".github/workflows/check.yml": "on: workflow_call\njobs:\n  check:\n    runs-on: x\n    steps:\n"
                                                    "      - uses: grafana/k6-action@v0.3.1\n        with:\n"
                                                    "          filename: k6/script.js\n"
                                                    "          flags: --out json=results.json\n"})
    result = scan(tmp_path, only=("performance-tests/defined",))
    [finding] = findings(result, "performance-tests/defined")
    assert finding.status is Status.FAIL and "one iteration of one virtual user" in finding.message
    assert finding.location is not None and finding.location.path == "k6/script.js"


@pytest.mark.parametrize("variant", [
    K6_SMOKE.replace("iterations: 1", "iterations: 500"),  # many iterations
    K6_SMOKE.replace("vus: 1,\n        iterations: 1,", "vus: 20,\n        duration: '5m',"),  # a load shape
])
def test_a_k6_script_that_declares_load_stays_a_performance_test(tmp_path: Path, variant: str) -> None:
    write(tmp_path, {"k6/script.js": variant})
    result = scan(tmp_path, only=("performance-tests/defined",))
    assert statuses(result, "performance-tests/defined") == {Status.PASS}


def test_k6_load_flags_on_the_command_line_override_a_one_iteration_script(tmp_path: Path) -> None:
    write(tmp_path, {"k6/script.js": K6_SMOKE,
                     "load.sh": "#!/bin/sh\nk6 run --vus 50 --duration 10m k6/script.js\n"})
    result = scan(tmp_path, only=("performance-tests/defined",))
    assert statuses(result, "performance-tests/defined") == {Status.PASS}
