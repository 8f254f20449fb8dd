"""What the fresh repositories hmpps-template-typescript (ministryofjustice, an Express front end) and find-moj-data
(ministryofjustice, a Django front end) showed (acc-fresh15, 2026-11-30). Each test is built from the repositories'
own lines and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, open_route_messages, scan, write

from deploycheck.model import Status

# --- logging/structured: bunyan re-written as text by bunyan-format (a false pass) -----------------------------------

# hmpps-template-typescript's logger.ts (trimmed): bunyan's records go through a bunyan-format stream in 'short' mode,
# which prints one human-readable text line per record, in production too. The check passed on "bunyan".
HMPPS_LOGGER = """import bunyan from 'bunyan'
import bunyanFormat from 'bunyan-format'
import config from './server/config'

const formatOut = bunyanFormat({ outputMode: 'short', color: !config.production })

const logLevel = process.env.LOG_LEVEL?.toLowerCase().trim() || 'info'

const logger = bunyan.createLogger({
  name: 'HMPPS Typescript Template',
  stream: formatOut,
  level: logLevel,
})

export default logger
"""
HMPPS_PACKAGE = """{"name": "hmpps-template-typescript",
 "dependencies": {"bunyan": "^1.8.15", "bunyan-format": "^0.2.1"}}
"""


def test_bunyan_through_bunyan_format_in_short_mode_logs_text(tmp_path: Path) -> None:
    write(tmp_path, {"logger.ts": HMPPS_LOGGER, "package.json": HMPPS_PACKAGE})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL, f.message
    assert "bunyan-format outputMode 'short'" in f.message
    assert f.location is not None and (f.location.path, f.location.line) == ("logger.ts", 5)


def test_bunyan_format_without_a_mode_is_its_default_short_text(tmp_path: Path) -> None:
    write(tmp_path, {"logger.ts": HMPPS_LOGGER.replace("{ outputMode: 'short', color: !config.production }", ""),
                     "package.json": HMPPS_PACKAGE})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL, f.message


def test_bunyan_format_in_json_mode_or_a_computed_mode_or_plain_bunyan_still_pass(tmp_path: Path) -> None:
    for logger in (HMPPS_LOGGER.replace("'short'", "'json'"),
                   HMPPS_LOGGER.replace("'short'", "config.logFormat"),
                   HMPPS_LOGGER.replace("  stream: formatOut,\n", "").replace(
                       "import bunyanFormat from 'bunyan-format'\n", "").replace(
                       "const formatOut = bunyanFormat({ outputMode: 'short', color: !config.production })\n", "")):
        write(tmp_path, {"logger.ts": logger, "package.json": HMPPS_PACKAGE})
        [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
        assert f.status is Status.PASS, (logger, f.message)


def test_a_second_bunyan_logger_without_the_formatter_writes_json(tmp_path: Path) -> None:
    """Another file that sets bunyan up without bunyan-format writes JSON lines: the library still counts."""
    write(tmp_path, {"logger.ts": HMPPS_LOGGER, "package.json": HMPPS_PACKAGE,
                     "worker/log.ts": "import bunyan from 'bunyan'\n"
                                      "export default bunyan.createLogger({ name: 'w' })\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS, f.message


# --- health-probes/distinct: a stray key inside httpGet hid the same endpoint (a false pass) -------------------------

# find-moj-data's deployments/templates/deployment.yml (trimmed): the readiness httpGet carries a second, empty
# `httpGet:` key; both probes call GET / on 8000 with the same Host header. The check compared the whole httpGet
# mappings and said "liveness and readiness probes differ".
FMD_DEPLOYMENT = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: find-moj-data-deployment
  labels:
    app: find-moj-data
spec:
  selector:
    matchLabels:
      app: find-moj-data
  template:
    metadata:
      labels:
        app: find-moj-data
    spec:
      containers:
        - name: find-moj-data
          image: ${IMAGE_PATH}
          ports:
            - name: http
              containerPort: 8000
              protocol: TCP
          readinessProbe:
            httpGet:
              httpGet:
              path: /
              port: 8000
              httpHeaders:
                - name: Host
                  value: .service.justice.gov.uk
            initialDelaySeconds: 10
            periodSeconds: 10
            timeoutSeconds: 10
          livenessProbe:
            httpGet:
              path: /
              port: 8000
              httpHeaders:
                - name: Host
                  value: .service.justice.gov.uk
            initialDelaySeconds: 40
            periodSeconds: 60
"""


def test_probes_calling_the_same_endpoint_are_not_distinct_whatever_stray_keys_they_carry(tmp_path: Path) -> None:
    write(tmp_path, {"deployments/templates/deployment.yml": FMD_DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=("health-probes/distinct",)), "health-probes/distinct")
    assert f.status is Status.WARN and "same endpoint" in f.message, f.message


def test_probes_on_different_paths_or_an_explicit_other_scheme_still_differ(tmp_path: Path) -> None:
    for other in ("path: /ping", "scheme: HTTPS"):
        write(tmp_path, {"deployments/templates/deployment.yml": FMD_DEPLOYMENT.replace(
            "              httpGet:\n              path: /\n", f"              {other}\n              path: /\n"
            if other.startswith("scheme") else f"              {other}\n")})
        [f] = findings(scan(tmp_path, only=("health-probes/distinct",)), "health-probes/distinct")
        assert f.status is Status.PASS, (other, f.message)


# --- endpoint-security/route-auth: django-azure-auth's site-wide middleware (13 false alarms) ----------------------

# find-moj-data's core/settings.py (trimmed): AzureMiddleware is inserted into MIDDLEWARE unless AZURE_AUTH_ENABLED is
# "false"; every view then needs an Entra ID login but the PUBLIC_PATHS. The check reported every route as open.
FMD_SETTINGS = '''import os

MIDDLEWARE: list[str] = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "core.urls"

# Enable / Disable Azure Auth
if not os.environ.get("AZURE_AUTH_ENABLED", "true") == "false":
    # Adds the Azure Authentication middleware to the Django Authentication middleware
    MIDDLEWARE.insert(
        -1,
        "azure_auth.middleware.AzureMiddleware",
    )

    # Azure auth configuration
    AZURE_AUTH = {
        "CLIENT_ID": os.environ.get("AZURE_CLIENT_ID"),
        "CLIENT_SECRET": os.environ.get("AZURE_CLIENT_SECRET"),
        "REDIRECT_URI": os.environ.get("AZURE_REDIRECT_URI"),
        "SCOPES": ["User.Read"],
        "AUTHORITY": os.environ.get("AZURE_AUTHORITY"),
        "PUBLIC_PATHS": ["/metrics"],
        "USERNAME_ATTRIBUTE": "mail",
        "USER_MAPPING_FN": "users.helper.user_mapping_fn",
    }
    LOGIN_URL = "/azure_auth/login"
'''
FMD_URLS = '''from django.urls import include, path

urlpatterns = [
    path("azure_auth/", include("azure_auth.urls", namespace="azure_auth")),
    path("", include("home.urls", namespace="home")),
]
'''
FMD_HOME_URLS = '''from django.urls import path

from home import views

app_name = "home"

urlpatterns = [
    path("search", views.search_view, name="search"),
    path("metrics/export", views.export_view, name="export"),
]
'''
FMD_HOME_VIEWS = '''from django.http import JsonResponse


def search_view(request):
    return JsonResponse({"results": [], "q": request.GET.get("q", "")})


def export_view(request):
    return JsonResponse({"rows": [], "q": request.GET.get("q", "")})
'''


def _fmd(tmp_path: Path, settings: str) -> list[str]:
    write(tmp_path, {"core/settings.py": settings, "core/urls.py": FMD_URLS, "core/__init__.py": "",
                     "home/urls.py": FMD_HOME_URLS, "home/views.py": FMD_HOME_VIEWS, "home/__init__.py": "",
                     "requirements.txt": "django==5.2.4\ndjango-azure-auth==2.1.0\n"})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    return [f.message for f in findings(result, "endpoint-security/route-auth") if f.status is not Status.PASS]


def test_django_azure_auth_middleware_guards_every_view_but_its_public_paths(tmp_path: Path) -> None:
    open_routes = _fmd(tmp_path, FMD_SETTINGS)
    assert not any("/search" in m for m in open_routes), open_routes
    # a route under a PUBLIC_PATHS entry is let through by the middleware: still reported
    assert any("/metrics/export" in m for m in open_routes), open_routes


def test_django_azure_auth_with_view_names_exempted_or_unreadable_paths_guards_nothing_blind(tmp_path: Path) -> None:
    for settings in (FMD_SETTINGS.replace('"PUBLIC_PATHS": ["/metrics"],', '"PUBLIC_URLS": ["home:search"],'),
                     FMD_SETTINGS.replace('"PUBLIC_PATHS": ["/metrics"],', '"PUBLIC_PATHS": PUBLIC,')):
        open_routes = _fmd(tmp_path, settings)
        assert any("/search" in m for m in open_routes), (settings, open_routes)


# --- e2e-tests/suite: a tests/end_to_end/ folder (a false alarm) ------------------------------------------------------

# find-moj-data's tests/end_to_end/test_datahub_to_fmd.py (trimmed): Selenium against the live server with a real
# DataHub behind it. The check looked for e2e/, end-to-end/, ... and said "no end-to-end test suite found".
FMD_E2E = '''from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By


@pytest.mark.slow
@pytest.mark.datahub
class TestDatahubToFindMoJdata:
    @pytest.fixture(autouse=True)
    def setup(self, live_server, selenium):
        self.selenium = selenium
        self.live_server_url = live_server.url

    def test_table_links_to_database(self):
        self.selenium.get(f"{self.live_server_url}/search")
        breadcrumbs = self.selenium.find_elements(By.CLASS_NAME, "govuk-breadcrumbs__link")
        assert len(breadcrumbs) == 3
        assert urlparse(breadcrumbs[1].get_attribute("href")).path.startswith("/details/database/")
'''


def test_a_tests_end_to_end_folder_is_an_end_to_end_suite(tmp_path: Path) -> None:
    write(tmp_path, {"tests/end_to_end/test_datahub_to_fmd.py": FMD_E2E, "tests/__init__.py": "",
                     "pyproject.toml": "[project]\nname = \"fmd\"\nversion = \"1\"\n"})
    [f] = findings(scan(tmp_path, only=("e2e-tests/suite",)), "e2e-tests/suite")
    assert f.status is Status.PASS, f.message


# --- sensitive-config/secret-scan: names, locations and references read as secrets (6 false alarms) ----------------

# hmpps-template-typescript's helm_deploy/hmpps-template-typescript/values.yaml (trimmed): generic-service's
# namespace_secrets map env variables to the keys of Kubernetes Secrets; UPPER_SNAKE keys came out as "default
# credential" placeholders (the lower-case siblings were already read as keys).
HMPPS_VALUES = """generic-service:
  nameOverride: hmpps-template-typescript
  namespace_secrets:
    # These secrets are created by terraform.
    hmpps-template-typescript-client-creds:
      CLIENT_CREDS_CLIENT_ID: 'CLIENT_CREDS_CLIENT_ID'
      CLIENT_CREDS_CLIENT_SECRET: 'CLIENT_CREDS_CLIENT_SECRET'
    hmpps-template-typescript-auth-code:
      AUTH_CODE_CLIENT_ID: 'AUTH_CODE_CLIENT_ID'
      AUTH_CODE_CLIENT_SECRET: 'AUTH_CODE_CLIENT_SECRET'
    hmpps-template-typescript-session-secret:
      SESSION_SECRET: 'SESSION_SECRET'
    hmpps-template-typescript-elasticache-redis:
      REDIS_HOST: 'primary_endpoint_address'
      REDIS_AUTH_TOKEN: 'auth_token'
"""
# hmpps-template-typescript's feature.env and server/config.ts (lines of), find-moj-data's .env.tpl (lines of)
HMPPS_FEATURE_ENV = """PORT=3007
HMPPS_AUTH_URL=http://localhost:9091/auth
TOKEN_VERIFICATION_API_URL=http://localhost:9091/verification
"""
HMPPS_CONFIG = """const production = process.env.NODE_ENV === 'production'
export default {
  apis: {
    tokenVerification: {
      url: get('TOKEN_VERIFICATION_API_URL', 'http://localhost:8100', requiredInProduction),
    },
  },
}
"""
FMD_ENV_TPL = """# Catalogue Variables
CATALOGUE_TOKEN=op://Data-Catalogue/Find-Moj-Data/${ENV}/Catalogue-Token
CATALOGUE_URL=op://Data-Catalogue/Find-Moj-Data/${ENV}/Catalogue-Gms-Url
"""


def _secret_messages(tmp_path: Path, files: dict[str, str]) -> list[str]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    return [f.message for f in findings(result, "sensitive-config/secret-scan")
            if f.status in (Status.FAIL, Status.WARN)]


def test_upper_snake_secret_keys_under_namespace_secrets_are_names(tmp_path: Path) -> None:
    assert _secret_messages(tmp_path, {"helm_deploy/app/values.yaml": HMPPS_VALUES}) == []


def test_a_yaml_password_naming_itself_outside_namespace_secrets_is_still_a_default(tmp_path: Path) -> None:
    messages = _secret_messages(tmp_path, {"deploy/values.yaml": "db:\n  password: password\n"})
    assert any("default credential" in m for m in messages), messages


def test_a_url_without_credentials_under_a_secret_word_is_a_location(tmp_path: Path) -> None:
    assert _secret_messages(tmp_path, {"feature.env": HMPPS_FEATURE_ENV, "server/config.ts": HMPPS_CONFIG}) == []
    # ... a URL with a password in it, or a query that may carry a token, is still judged
    messages = _secret_messages(tmp_path, {
        "feature.env": "TOKEN_VERIFICATION_API_URL=https://svc:Xk29vLmqP8rT@verify.example.org/v1\n"
                       "CALLBACK_TOKEN_URL=https://verify.example.org/v1?token=Xk29vLmqP8rT4wZ\n",
        "server/config.ts": HMPPS_CONFIG})
    assert len(messages) == 2, messages


def test_1password_secret_references_are_references(tmp_path: Path) -> None:
    assert _secret_messages(tmp_path, {".env.tpl": FMD_ENV_TPL}) == []
    assert _secret_messages(tmp_path, {".env.tpl": FMD_ENV_TPL.replace(
        "op://Data-Catalogue/Find-Moj-Data/${ENV}/Catalogue-Token", "Xk29vLmqP8rT4wZq")})


# --- endpoint-security/route-auth: the hyphenated sign-in legs (2 false alarms) ---------------------------------------

# hmpps-template-typescript's server/middleware/setUpAuthentication.ts (trimmed): passport's OAuth sign-in start and
# its callback, public by design like */signin and */login/*; the same router then refuses every other request.
HMPPS_AUTH = """import passport from 'passport'
import { Router } from 'express'

export default function setupAuthentication() {
  const router = Router()

  router.use(passport.initialize())
  router.use(passport.session())

  router.get('/sign-in', passport.authenticate('oauth2'))

  router.get('/sign-in/callback', (req, res, next) =>
    passport.authenticate('oauth2', {
      successReturnToOrRedirect: req.session.returnTo || '/',
      failureRedirect: '/autherror',
    })(req, res, next),
  )

  router.get('/sign-in-report', (req, res) => res.json({ attempts: req.session.attempts }))

  return router
}
"""


def test_the_hyphenated_sign_in_start_and_callback_are_public_by_design(tmp_path: Path) -> None:
    write(tmp_path, {"server/middleware/setUpAuthentication.ts": HMPPS_AUTH,
                     "package.json": '{"name": "t", "dependencies": {"express": "^5.0.0", "passport": "^0.7.0"}}\n'})
    messages = open_route_messages(scan(tmp_path, only=("endpoint-security/route-auth",)))
    assert not any("/sign-in " in m or "/sign-in/callback" in m for m in messages), messages
    assert any("/sign-in-report" in m for m in messages), messages  # a word that merely starts the same


# --- rollback-plan/runbook: helm's global flags before the subcommand (a false alarm) -------------------------------

# hmpps-template-typescript's helm_deploy/README.md (trimmed): `helm --namespace [namespace] rollback ...` under
# "Rollback to previous version"; the command search wanted `helm rollback` with nothing between.
HMPPS_HELM_README = """# Deployment Notes

### Useful helm (v3) commands:

__List current and previously installed application versions:__

```sh
helm --namespace [namespace] history [release name]
```

__Rollback to previous version:__

```sh
helm --namespace [namespace] rollback [release name] [revision number] --wait
```
"""


def test_a_helm_rollback_with_global_flags_first_is_a_documented_rollback(tmp_path: Path) -> None:
    write(tmp_path, {"helm_deploy/README.md": HMPPS_HELM_README})
    [f] = findings(scan(tmp_path, only=("rollback-plan/runbook",)), "rollback-plan/runbook")
    assert f.status is Status.PASS and "helm --namespace [namespace] rollback" in f.message, f.message
    write(tmp_path, {"helm_deploy/README.md": HMPPS_HELM_README.replace("rollback [release", "history [release")})
    [f] = findings(scan(tmp_path, only=("rollback-plan/runbook",)), "rollback-plan/runbook")
    assert f.status is Status.FAIL, f.message


# --- cluster/namespace: plain manifests applied with `kubectl -n` (4 false alarms) -----------------------------------

# find-moj-data's .github/workflows/reusable-push-and-deploy.yml (trimmed): the job renders each template with envsubst
# into deployments/ and applies that folder into the namespace it names, as `helm -n` places a chart.
FMD_DEPLOY_JOB = """name: Push and Deploy
on:
  workflow_call:
jobs:
  push-and-deploy:
    runs-on: ubuntu-latest
    steps:
      - name: Prepare deployment yaml
        run: |
          cat deployments/templates/deployment.yml | envsubst > deployments/deployment.yml
          cat deployments/templates/secrets.yml | envsubst > deployments/secrets.yml

      - name: Configure Kubernetes cluster
        run: |
          kubectl config set-context ${KUBE_CLUSTER} --user=deploy-user --namespace=${KUBE_NAMESPACE}
          kubectl config use-context ${KUBE_CLUSTER}

      - name: Apply deployment
        run: kubectl -n ${KUBE_NAMESPACE} apply -f deployments/
"""
FMD_SECRET = """apiVersion: v1
kind: Secret
metadata:
  name: "find-moj-data-secrets"
type: Opaque
stringData:
  secret-key: "${SECRET_KEY}"
"""


def _namespace_findings(tmp_path: Path, job: str) -> list[tuple[Status, str]]:
    write(tmp_path, {".github/workflows/reusable-push-and-deploy.yml": job,
                     "deployments/templates/deployment.yml": FMD_DEPLOYMENT,
                     "deployments/templates/secrets.yml": FMD_SECRET})
    return [(f.status, f.message) for f in findings(scan(tmp_path, only=("cluster/namespace",)), "cluster/namespace")]


def test_templates_rendered_into_a_folder_applied_with_a_namespace_are_placed_at_deploy(tmp_path: Path) -> None:
    found = _namespace_findings(tmp_path, FMD_DEPLOY_JOB)
    assert [s for s, _ in found] == [Status.PASS, Status.PASS], found
    assert all("-n ${KUBE_NAMESPACE}" in m for _, m in found), found


def test_an_apply_without_a_namespace_or_of_another_folder_leaves_them_undeclared(tmp_path: Path) -> None:
    for job in (FMD_DEPLOY_JOB.replace("kubectl -n ${KUBE_NAMESPACE} apply", "kubectl apply"),
                FMD_DEPLOY_JOB.replace("apply -f deployments/", "apply -f k8s/"),
                FMD_DEPLOY_JOB + "      - run: kubectl apply -f deployments/deployment.yml\n"):
        found = _namespace_findings(tmp_path, job)
        assert Status.FAIL in [s for s, _ in found], (job, found)
