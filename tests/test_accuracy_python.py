"""Issue 8, fresh Python services (bench/accuracy: fastapi-realworld, healthchecks, drs-filer): each case is a
false pass or a false alarm the first scan of those repositories showed, written so it fails on the old code."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- endpoint-security/cors -----------------------------------------------------------------------------------

SETTINGS = """\
from typing import List
from pydantic import BaseSettings
class AppSettings(BaseSettings):
    secret_key: str
    allowed_hosts: List[str] = %s
"""
MAIN = """\
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from app.settings import AppSettings
settings = AppSettings()
app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=settings.allowed_hosts, allow_credentials=True,
                   allow_methods=["*"], allow_headers=["*"])
"""


def test_cors_origins_from_a_setting_whose_default_is_any_origin_fail(tmp_path: Path) -> None:
    # fastapi-realworld: allow_origins=settings.allowed_hosts, whose default is ["*"], with credentials: it passed
    # as "origins are restricted".
    write(tmp_path, {"app/settings.py": SETTINGS % '["*"]', "app/main.py": MAIN})
    result = scan(tmp_path, only=("endpoint-security/cors",))
    [bad] = findings(result, "endpoint-security/cors", Status.FAIL)
    assert "settings.allowed_hosts" in bad.message and "app/settings.py:5" in bad.message
    assert not findings(result, "endpoint-security/cors", Status.PASS)


def test_cors_origins_from_a_setting_with_listed_origins_or_unresolvable_never_pass_blind(tmp_path: Path) -> None:
    write(tmp_path, {"app/settings.py": SETTINGS % '["https://shop.example.com"]', "app/main.py": MAIN})
    result = scan(tmp_path, only=("endpoint-security/cors",))
    [warn] = findings(result, "endpoint-security/cors", Status.WARN)
    assert "cannot resolve" in warn.message and "settings.allowed_hosts" in warn.message
    assert not findings(result, "endpoint-security/cors", Status.PASS)
    write(tmp_path, {"app/main.py": MAIN.replace("settings.allowed_hosts", '["https://shop.example.com"]')})
    result = scan(tmp_path, only=("endpoint-security/cors",))
    assert [f.status for f in findings(result, "endpoint-security/cors")] == [Status.PASS]


def test_cors_any_origin_without_credentials_passes_with_why(tmp_path: Path) -> None:
    # CHECKLIST: "CORS not `*` with credentials"; flask-vue-kubernetes' CORS(app) and ardanlabs' `*` without
    # Allow-Credentials were warned "fine only for a public API" against both labels
    write(tmp_path, {"app.py": "from flask import Flask\nfrom flask_cors import CORS\n"
                               "app = Flask(__name__)\nCORS(app)\n"})
    [ok] = findings(scan(tmp_path, only=("endpoint-security/cors",)), "endpoint-security/cors")
    assert ok.status is Status.PASS and "without credentials" in ok.message
    write(tmp_path, {"app.py": "from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\n"
                               "CORS(app, supports_credentials=True)\n"})
    [bad] = findings(scan(tmp_path, only=("endpoint-security/cors",)), "endpoint-security/cors")
    assert bad.status is Status.FAIL


# --- logging/structured ----------------------------------------------------------------------------------------

LOGURU = """\
import sys
from loguru import logger
def configure_logging(level):
    logger.configure(handlers=[{"sink": sys.stderr, "level": level%s}])
"""


def test_loguru_is_plain_text_unless_serialized(tmp_path: Path) -> None:
    # fastapi-realworld: loguru with its default text format passed as "structured logging: loguru".
    write(tmp_path, {"app/core/logging.py": LOGURU % "", "pyproject.toml":
                     '[tool.poetry]\nname = "app"\n[tool.poetry.dependencies]\nloguru = "^0.6"\n'})
    result = scan(tmp_path, only=("logging/structured",))
    [bad] = findings(result, "logging/structured", Status.FAIL)
    assert "plain text" in bad.message and "loguru" in bad.message and bad.location.path == "app/core/logging.py"
    write(tmp_path, {"app/core/logging.py": LOGURU % ', "serialize": True'})
    result = scan(tmp_path, only=("logging/structured",))
    assert [f.status for f in findings(result, "logging/structured")] == [Status.PASS]
    write(tmp_path, {"app/core/logging.py": LOGURU.replace("logger.configure(handlers=[{", "logger.add(").replace(
        '"sink": sys.stderr, "level": level%s}])', "sys.stderr, serialize=True)")})
    result = scan(tmp_path, only=("logging/structured",))
    assert [f.status for f in findings(result, "logging/structured")] == [Status.PASS]


# --- rollout-strategy/strategy ------------------------------------------------------------------------------------

MONGO = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: mongodb}
spec:
  replicas: 1
  selector: {matchLabels: {app: mongodb}}
  strategy:
%s
  template:
    metadata: {labels: {app: mongodb}}
    spec:
      containers:
      - {name: mongodb, image: "mongo:7.0", volumeMounts: [{mountPath: /data/db, name: data}]}
      volumes:
      - {name: data, persistentVolumeClaim: {claimName: mongodb}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: mongodb}
spec:
  accessModes: [%s]
  resources: {requests: {storage: 1Gi}}
"""
ROLLING = "    type: RollingUpdate\n    rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}"


def test_deployment_on_a_read_write_once_claim_must_not_surge(tmp_path: Path) -> None:
    # drs-filer: MongoDB Deployment on a ReadWriteOnce claim with explicit RollingUpdate 25%/25% passed.
    write(tmp_path, {"k8s/mongo.yaml": MONGO % (ROLLING, "ReadWriteOnce")})
    result = scan(tmp_path, only=("rollout-strategy/strategy",))
    [bad] = findings(result, "rollout-strategy/strategy", Status.FAIL)
    assert "ReadWriteOnce claim(s) mongodb" in bad.message and "maxSurge 25%" in bad.message
    no_surge = "    type: RollingUpdate\n    rollingUpdate: {maxSurge: 0, maxUnavailable: 1}"
    for strategy in ("    type: Recreate", no_surge):
        write(tmp_path, {"k8s/mongo.yaml": MONGO % (strategy, "ReadWriteOnce")})
        result = scan(tmp_path, only=("rollout-strategy/strategy",))
        assert [f.status for f in findings(result, "rollout-strategy/strategy")] == [Status.PASS], strategy
    # a claim many nodes can mount keeps the usual judgement (explicit surge and unavailability: pass)
    write(tmp_path, {"k8s/mongo.yaml": MONGO % (ROLLING, "ReadWriteMany")})
    result = scan(tmp_path, only=("rollout-strategy/strategy",))
    assert [f.status for f in findings(result, "rollout-strategy/strategy")] == [Status.PASS]


# --- endpoint-security/route-auth: Django views ---------------------------------------------------------------------

DJANGO_URLS = """\
from django.urls import path
from hc.accounts import views
from hc.accounts.views import Settings
from django.conf import settings
from django.contrib import admin
urlpatterns = [
    path("profile/", views.profile),
    path("projects/<uuid:code>/settings/", Settings.as_view()),
    path("projects/<uuid:code>/remove/", views.remove_project),
    path("close/", views.close),
    path("logout/", views.logout),
    path("signup/", views.signup),
    path(f"{settings.ADMIN_URL}admin/", admin.site.urls),
]
"""
DJANGO_VIEWS = """\
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views import View
from django.views.decorators.http import require_POST
from hc.lib.decorators import require_sudo_mode

@login_required
@require_sudo_mode
def profile(request):
    return None

class Settings(LoginRequiredMixin, View):
    pass

@require_POST
def remove_project(request, code):
    return None

def close(request):
    return None

def logout(request):
    return None

def signup(request):
    return None
"""


def test_django_views_decorated_with_login_required_are_protected(tmp_path: Path) -> None:
    # healthchecks: every @login_required view was reported as having no auth decorator (only wrappers in
    # urls.py were read); an HTTP-method decorator (@require_POST) is no access control. Django's trailing
    # slash does not hide a public-by-design path (logout/, signup/).
    write(tmp_path, {"hc/__init__.py": "", "hc/accounts/__init__.py": "", "hc/accounts/urls.py": DJANGO_URLS,
                     "hc/accounts/views.py": DJANGO_VIEWS})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    open_paths = sorted(f.message.split()[1] for f in findings(result, "endpoint-security/route-auth", Status.FAIL))
    assert open_paths == ["/close/", "/projects/<uuid:code>/remove/"], open_paths


API_URLS = """\
from django.urls import path
from hc.api import views
urlpatterns = [
    path("checks/", views.checks),
    path("log_events/", views.log_events),
    path("open/", views.open_dispatch),
]
"""
API_VIEWS = """\
from hc.api.decorators import authorize, authorize_read

@authorize_read
def get_checks(request):
    return None

@authorize
def create_check(request):
    return None

def unprotected(request):
    return None

def checks(request):
    if request.method == "POST":
        return create_check(request)
    return get_checks(request)

def open_dispatch(request):
    if request.method == "POST":
        return create_check(request)
    return unprotected(request)

def log_events(request, code):
    if not request.user.is_authenticated:
        return HttpResponseForbidden()
    return None
"""


def test_django_views_that_check_the_user_or_dispatch_to_protected_views(tmp_path: Path) -> None:
    # healthchecks: checks() only dispatches to @authorize/@authorize_read functions; log_events() refuses
    # anonymous callers itself. A dispatcher with one unprotected way out stays open.
    write(tmp_path, {"hc/__init__.py": "", "hc/api/__init__.py": "", "hc/api/urls.py": API_URLS,
                     "hc/api/views.py": API_VIEWS})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    open_paths = sorted(f.message.split()[1] for f in findings(result, "endpoint-security/route-auth", Status.FAIL))
    assert open_paths == ["/open/"], open_paths


# --- endpoint-security/rbac-privileges ----------------------------------------------------------------------------

BINDING = """\
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: admin-configurer}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: %s}
subjects:
- {kind: ServiceAccount, name: configurer}
"""


def test_binding_the_builtin_admin_or_edit_role_fails(tmp_path: Path) -> None:
    # drs-filer: a Job's service account bound to the built-in `admin` ClusterRole to update one ConfigMap said
    # nothing (only cluster-admin was looked for).
    write(tmp_path, {"deploy/rbac.yaml": BINDING % "admin"})
    result = scan(tmp_path, only=("endpoint-security/rbac-privileges",))
    [bad] = findings(result, "endpoint-security/rbac-privileges", Status.FAIL)
    assert "built-in ClusterRole admin" in bad.message and "ServiceAccount configurer" in bad.message
    write(tmp_path, {"deploy/rbac.yaml": BINDING % "view"})
    result = scan(tmp_path, only=("endpoint-security/rbac-privileges",))
    assert not findings(result, "endpoint-security/rbac-privileges", Status.FAIL)


# --- e2e-tests/suite --------------------------------------------------------------------------------------------------

COLLECTION = """\
{"info": {"_postman_id": "0f3c", "name": "Conduit",
          "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [{"name": "Auth", "item": [
     {"name": "Register", "event": [{"listen": "test", "script": {"exec": ["pm.test('201', ...)"]}}],
      "request": {"method": "POST", "url": "{{APIURL}}/users"}},
     {"name": "Login", "event": [{"listen": "prerequest", "script": {"exec": []}}],
      "request": {"method": "POST", "url": "{{APIURL}}/users/login"}}]},
   {"name": "Tags", "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', ...)"]}}],
    "request": {"method": "GET", "url": "{{APIURL}}/tags"}}]}
"""


def test_a_postman_collection_is_an_end_to_end_suite(tmp_path: Path) -> None:
    # fastapi-realworld: the RealWorld Postman collection, run by newman against the running app in CI, was
    # "no end-to-end test suite found".
    write(tmp_path, {"postman/Conduit.postman_collection.json": COLLECTION,
                     "postman/run-api-tests.sh": "npx newman run Conduit.postman_collection.json\n"})
    result = scan(tmp_path, only=("e2e-tests/suite", "integration-tests/suite"))
    [ok] = findings(result, "e2e-tests/suite", Status.PASS)
    assert ok.message == "2 end-to-end tests in 1 file(s)" and ok.evidence["frameworks"] == {"postman": 2}
    # python-demoapp's Makefile calls its newman run "integration API tests, server must be running": the collection
    # tests the service's API with what it really talks to, so it is an integration suite as well (it was "no
    # integration test suite found")
    [integration] = findings(result, "integration-tests/suite", Status.PASS)
    assert integration.message == "2 integration tests in 1 file(s)"


def test_a_postman_collection_under_another_name_is_an_end_to_end_suite(tmp_path: Path) -> None:
    # python-demoapp's tests/postman_collection.json (run with newman by both CD workflows) and smilr's
    # testing/postman/smilr-api-tests.json were missed: only *.postman_collection.json was read.
    write(tmp_path, {"tests/postman_collection.json": COLLECTION, "testing/postman/api-tests.json": COLLECTION,
                     # a JSON file named like one but not a Postman collection, and a deeply nested hostile one
                     "config/collection.json": '{"item": [1, 2]}',
                     "deep/postman.json": "[" * 100_000 + "]" * 100_000})
    result = scan(tmp_path, only=("e2e-tests/suite",))
    [ok] = findings(result, "e2e-tests/suite", Status.PASS)
    assert ok.message == "4 end-to-end tests in 2 file(s)"
    found = ("testing/postman/api-tests.json", "tests/postman_collection.json")
    assert sorted(ok.evidence["sample"]) == [f"{p} (2, Postman collection (newman))" for p in found]


# --- endpoint-security/route-auth: credentials in the URL, entry points --------------------------------------------

LINKS_URLS = """\
from django.urls import path
from hc.accounts import views
urlpatterns = [
    path("check_token/<str:username>/<str:token>/", views.check_token),
    path("unsubscribe_reports/<str:signed_username>/", views.unsubscribe_reports),
    path("badge/<slug:badge_key>/<slug:signature>.<slug:fmt>", views.badge),
    path("items/<int:primary_key>/", views.item),
]
"""
LINKS_VIEWS = "".join(f"def {name}(request, **kw):\n    return None\n\n" for name in (
    "check_token", "unsubscribe_reports", "badge", "item"))
REGISTER = """\
from fastapi import APIRouter
router = APIRouter()
@router.post("/users", name="auth:register")
async def register(user_create: dict) -> dict:
    return {}
@router.post("/articles")
async def create_article(article: dict) -> dict:
    return {}
"""


def test_a_credential_in_the_url_or_a_login_handler_is_not_an_open_route(tmp_path: Path) -> None:
    # healthchecks: magic-login, signed unsubscribe and badge links; fastapi-realworld: sign-up is POST /users,
    # handler register(). A data key (<int:primary_key>) and an ordinary handler stay open.
    write(tmp_path, {"hc/__init__.py": "", "hc/accounts/__init__.py": "", "hc/accounts/urls.py": LINKS_URLS,
                     "hc/accounts/views.py": LINKS_VIEWS, "app/routes.py": REGISTER})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    open_routes = sorted(" ".join(f.message.split()[:2]) for f in findings(result, "endpoint-security/route-auth",
                                                                          Status.FAIL))
    assert open_routes == ["ANY /items/<int:primary_key>/", "POST /articles"], open_routes
    passes = " ".join(f.message for f in findings(result, "endpoint-security/route-auth", Status.PASS))
    assert "3 route(s) carry their credential in the URL" in passes and "POST /users (register)" in passes


# --- endpoint-security/route-auth: OpenAPI-first (connexion) services ----------------------------------------------

CONNEXION_SPEC = """\
swagger: "2.0"
info: {title: DRS, version: "1.0"}
basePath: /ga4gh/drs/v1
%s
paths:
  /objects:
    post:
      operationId: PostObject
      responses: {"200": {description: ok}}
  /objects/{object_id}:
    get:
      operationId: GetObject
      parameters: [{name: object_id, in: path, required: true, type: string}]
      responses: {"200": {description: ok}}
"""
CONNEXION_APP = """\
import connexion
app = connexion.App(__name__, specification_dir="api/")
app.add_api("drs.yaml")
"""


def test_a_spec_routed_service_is_judged_by_its_spec_operations(tmp_path: Path) -> None:
    # drs-filer: connexion (through FOCA) routes by operationId; route-auth said "no HTTP routes found in the code"
    # (n/a) while POST /objects was open to anyone.
    write(tmp_path, {"svc/app.py": CONNEXION_APP, "svc/api/drs.yaml": CONNEXION_SPEC % ""})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    open_ops = sorted(" ".join(f.message.split()[:2]) for f in findings(result, "endpoint-security/route-auth",
                                                                        Status.FAIL))
    assert open_ops == ["GET /objects/{object_id}", "POST /objects"], open_ops
    secured = CONNEXION_SPEC % ("securityDefinitions:\\n  bearer: {type: apiKey, name: Authorization, in: header}\n"
                                "security:\n  - bearer: []")
    write(tmp_path, {"svc/api/drs.yaml": secured})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    assert [f.status for f in findings(result, "endpoint-security/route-auth")] == [Status.PASS]


# --- logging/print ---------------------------------------------------------------------------------------------------


def test_management_commands_and_migrations_may_print(tmp_path: Path) -> None:
    # healthchecks: print() in `manage.py <command>` programs and in a data migration's progress output were
    # reported as service logging.
    printing = "def run():\n    print('done')\n"
    write(tmp_path, {"hc/api/management/commands/pruneobjects.py": printing,
                     "hc/api/migrations/0108_move_body.py": printing, "hc/lib/s3.py": printing})
    result = scan(tmp_path, only=("logging/print",))
    assert [f.location.path for f in findings(result, "logging/print", Status.WARN)] == ["hc/lib/s3.py"]


def test_a_script_the_dockerfile_healthcheck_runs_may_print(tmp_path: Path) -> None:
    # healthchecks: docker/fetchstatus.py prints "Status OK" as the HEALTHCHECK's output
    printing = "print('Status OK')\n"
    write(tmp_path, {"docker/fetchstatus.py": printing, "hc/lib/s3.py": printing,
                     "docker/Dockerfile": "FROM python:3.12\nCOPY docker/fetchstatus.py /app/\n"
                                          "HEALTHCHECK --interval=60s CMD ./fetchstatus.py\n"})
    result = scan(tmp_path, only=("logging/print",))
    assert [f.location.path for f in findings(result, "logging/print", Status.WARN)] == ["hc/lib/s3.py"]
    write(tmp_path, {"docker/Dockerfile": "FROM python:3.12\nCMD ./fetchstatus.py\n"})  # not a health check
    result = scan(tmp_path, only=("logging/print",))
    assert [f.location.path for f in findings(result, "logging/print", Status.WARN)] == [
        "docker/fetchstatus.py", "hc/lib/s3.py"]


# ministryofjustice/cla_public's cla_public/translations/convert_to_utf8.py (shortened): a one-off converter run by
# hand (`python convert_to_utf8.py IN OUT`); nothing imports it, no image or script starts it
CONVERT_TO_UTF8 = """import sys
import os
import shutil

CODECS = ["utf8", "cp1252", "win1251"]


class Utf8LineConverter(object):
    def convert(self, output_path, encoding="utf8"):
        for fn in os.listdir("temp"):
            for c in CODECS:
                print(c)
            print(fn)


if __name__ == "__main__":
    input_file = sys.argv[1]
    output_file = sys.argv[2]

    converter = Utf8LineConverter(input_file)
    converter.convert(output_file)
"""


def test_a_program_nothing_imports_or_starts_may_print(tmp_path: Path) -> None:
    write(tmp_path, {"cla_public/translations/convert_to_utf8.py": CONVERT_TO_UTF8,
                     "cla_public/app.py": "from flask import Flask\napp = Flask(__name__)\n"})
    result = scan(tmp_path, only=("logging/print",))
    assert [f.status for f in findings(result, "logging/print")] == [Status.PASS]
    assert "convert_to_utf8.py" in findings(result, "logging/print")[0].message
    # the same module imported by the service, or started by the image: its prints are the service's
    imported = {"cla_public/app.py": "from cla_public.translations.convert_to_utf8 import Utf8LineConverter\n"}
    started = {"Dockerfile": "FROM python:3.12\nCMD python cla_public/translations/convert_to_utf8.py a b\n"}
    multi = {"cla_public/app.py": "from cla_public.translations import (\n    other,\n    convert_to_utf8,\n)\n"}
    for extra in (imported, started, multi):
        root = tmp_path / str(len(list(tmp_path.iterdir())))
        write(root, {"cla_public/translations/convert_to_utf8.py": CONVERT_TO_UTF8, **extra})
        result = scan(root, only=("logging/print",))
        assert [f.location.path for f in findings(result, "logging/print", Status.WARN)] == [
            "cla_public/translations/convert_to_utf8.py"], extra
    # without the __main__ block it is a module of the service
    write(tmp_path / "lib", {"cla_public/translations/convert_to_utf8.py": CONVERT_TO_UTF8.split("if __name__")[0]})
    result = scan(tmp_path / "lib", only=("logging/print",))
    assert [f.status for f in findings(result, "logging/print")] == [Status.WARN]


# --- env-vars/documented -------------------------------------------------------------------------------------------


def test_a_variable_the_program_sets_for_itself_needs_no_documentation(tmp_path: Path) -> None:
    # healthchecks: wsgi.py's os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hc.settings") was "read by the code
    # but documented nowhere".
    write(tmp_path, {"hc/wsgi.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "hc.settings")\n',
                     "hc/settings.py": 'import os\nMETRICS_KEY = os.getenv("METRICS_KEY")\n'})
    result = scan(tmp_path, only=("env-vars/documented",))
    assert [f.message.split()[0] for f in findings(result, "env-vars/documented", Status.FAIL)] == ["METRICS_KEY"]


# --- logging/level-from-env: Django's DEBUG is not a log level (cla-backend, acc-fresh-b) ----------------------

DJANGO_SETTINGS = """\
import os, sys
DEBUG = os.environ.get("DEBUG", "False").lower() == "true"
INSTALLED_APPS = ["django.contrib.admin"]
LOGGING = {
    "version": 1,
    "handlers": {"console": {"level": %s, "class": "logging.StreamHandler", "stream": sys.stdout}},
    "loggers": {"": {"handlers": ["console"], "level": "DEBUG"}},
}
"""


def test_django_debug_from_the_environment_is_not_a_configurable_log_level(tmp_path: Path) -> None:
    # cla-backend: levels fixed in settings.LOGGING, DEBUG read from the environment for Django's debug mode;
    # the check passed "log level comes from the environment (DEBUG)" (a false pass on a required item).
    write(tmp_path, {"proj/settings.py": DJANGO_SETTINGS % '"INFO"'})
    result = scan(tmp_path, only=("logging/level-from-env",))
    assert not findings(result, "logging/level-from-env", Status.PASS)
    assert findings(result, "logging/level-from-env", Status.WARN)
    # ... but a LOGGING level computed from DEBUG does come from the environment
    write(tmp_path, {"proj/settings.py": DJANGO_SETTINGS % '"DEBUG" if DEBUG else "INFO"'})
    [ok] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert ok.status is Status.PASS and "DEBUG" in ok.message
    # and outside a Django settings module a DEBUG switch still counts (Flask's app.debug lowers the logger level)
    write(tmp_path, {"proj/settings.py": "x = 1\n",
                     "app.py": 'import os\nfrom flask import Flask\napp = Flask(__name__)\n'
                               'app.debug = os.getenv("DEBUG") == "1"\n'})
    assert findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env", Status.PASS)


# istio's samples/bookinfo/src/productpage/productpage.py: the level is fixed at INFO in code
PRODUCTPAGE_LOGGING = """\
import logging
import sys
from flask import Flask

app = Flask(__name__)
logging.basicConfig(stream=sys.stdout, level=logging.INFO)
requests_log = logging.getLogger("requests.packages.urllib3")
requests_log.setLevel(logging.INFO)
requests_log.propagate = True
app.logger.addHandler(logging.StreamHandler(sys.stdout))
app.logger.setLevel(logging.INFO)
"""


def test_a_level_fixed_in_code_is_where_the_finding_points(tmp_path: Path) -> None:
    # bookinfo: "no env var sets the log level" named no file, so nobody could tell which of four services to change
    write(tmp_path, {"samples/bookinfo/src/productpage/productpage.py": PRODUCTPAGE_LOGGING,
                     "samples/bookinfo/src/details/details.rb": "puts 'details'\n"})
    [level] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert level.status is Status.WARN
    assert level.location and (level.location.path, level.location.line) == (
        "samples/bookinfo/src/productpage/productpage.py", 6)
    assert "basicConfig(level=logging.INFO) fixes it in code" in level.message
    assert len(level.evidence["fixed_in_code"]) == 3
    # nothing sets a level at all: the finding names no place, as before
    write(tmp_path / "bare", {"app.py": "import logging\nlog = logging.getLogger(__name__)\n"})
    [level] = findings(scan(tmp_path / "bare", only=("logging/level-from-env",)), "logging/level-from-env")
    assert level.status is Status.WARN and level.location is None


# --- sensitive-config/secret-scan: an empty compose fallback is no secret (cla-backend, acc-fresh-b) ------------

def test_empty_fallback_of_a_secret_variable_is_not_a_hard_coded_secret(tmp_path: Path) -> None:
    # cla-backend's compose passes PREVIOUS_DIVERSITY_PRIVATE_KEY: ${PREVIOUS_DIVERSITY_PRIVATE_KEY:-}: the `:`
    # of `:-` was read as Spring's operator and "-" as a hard-coded fallback value (5 false alarms).
    write(tmp_path, {"docker-compose.yaml": "services:\n  app:\n    environment:\n"
                                            "      PRIVATE_KEY: ${PRIVATE_KEY:-}\n"
                                            "      KEY_PASSPHRASE: ${KEY_PASSPHRASE-}\n"
                                            "      SECRET_KEY: ${SECRET_KEY:-s3cr3t-f4llb4ck-v4lu3}\n"
                                            "      API_TOKEN: ${API_TOKEN:--leading-dash-t0k3n}\n"})
    result = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    lines = {f.location.line for f in result if f.location and f.status is Status.FAIL}
    assert lines == {6, 7}


# --- dependency-health/lockfile: hash-checked direct URLs are pinned (cla-backend, acc-fresh-b) -----------------

def test_direct_url_requirement_checked_by_hash_is_pinned(tmp_path: Path) -> None:
    # cla-backend's pip-compile --generate-hashes output names five packages by archive URL, each with --hash:
    # they were "not pinned" (a false alarm on a fully locked file).
    sha = "--hash=sha256:" + "ab" * 32
    write(tmp_path, {"requirements.txt": f"django==1.8.19 \\\n    {sha}\n"
                                         f"cla-common @ https://github.com/acme/cla_common/archive/refs/tags/0.3.25.tar.gz"
                                         f" \\\n    {sha}\n"})
    result = scan(tmp_path, only=("dependency-health/lockfile",))
    assert not findings(result, "dependency-health/lockfile", Status.FAIL)
    assert findings(result, "dependency-health/lockfile", Status.PASS)
    # without a hash the archive behind the URL may change: still loose
    write(tmp_path, {"requirements.txt": "django==1.8.19\n"
                                         "cla-common @ https://github.com/acme/cla_common/archive/main.tar.gz\n"})
    [bad] = findings(scan(tmp_path, only=("dependency-health/lockfile",)), "dependency-health/lockfile", Status.FAIL)
    assert "cla-common" in bad.message and "1 of 2" in bad.message
    # a URL at a full commit id is as fixed as a version
    commit = "0123456789abcdef" * 2 + "01234567"
    write(tmp_path, {"requirements.txt": f"django==1.8.19\nlib @ git+https://github.com/acme/lib.git@{commit}\n"})
    assert not findings(scan(tmp_path, only=("dependency-health/lockfile",)), "dependency-health/lockfile", Status.FAIL)


# --- Helm: `---` glued to the next document by `{{- if -}}` (cla-backend, acc-fresh-b) --------------------------

SERVICES_TEMPLATE = """\
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-app
spec:
  selector:
    app: web
  ports:
    - port: 80
---
{{- if .Values.localPostgres.enabled -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-db
spec:
  selector:
    app: db
  ports:
    - port: 5432
{{- end }}
"""


def test_helm_documents_splits_where_helm_does() -> None:
    from deploycheck.sources.helm import helm_documents

    glued = "kind: Service\nmetadata:\n  name: app\n---apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n"
    assert helm_documents(glued).split("\n---\n") == ["kind: Service\nmetadata:\n  name: app",
                                                      "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n"]
    # an indented `---` inside a block scalar is content, for Helm as for YAML
    block = "kind: ConfigMap\ndata:\n  docs: |\n    a\n    ---\n    b\n"
    assert helm_documents(block) == block


INGRESS_TEMPLATE = """\
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ .Release.Name }}
spec:
  tls:
    - hosts: [app.example.com]
      secretName: app-tls
  rules:
    - host: app.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ .Release.Name }}-app
                port:
                  number: 80
"""


WEB_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example/web:1.0
          ports:
            - containerPort: 80
"""


def test_chart_template_whose_second_document_follows_a_trimmed_if_renders_both_objects(tmp_path: Path) -> None:
    # cla-backend's service.yaml and deployment.yaml: with localPostgres on, the -app Service was merged into the
    # -db one, so the Ingress's backend "was not in the manifests" (and the app Deployment was never checked).
    from tests.test_kubernetes_helm import _helm_available

    if not _helm_available():
        pytest.skip("neither the helm binary nor helm-python-sdk is available")
    write(tmp_path, {"chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\nappVersion: '1.0'\n",
                     "chart/values.yaml": "localPostgres:\n  enabled: true\n",
                     "chart/templates/service.yaml": SERVICES_TEMPLATE,
                     "chart/templates/ingress.yaml": INGRESS_TEMPLATE,
                     "chart/templates/deployment.yaml": WEB_DEPLOYMENT})
    result = scan(tmp_path, only=("ingress/backend",))
    assert not findings(result, "ingress/backend", Status.FAIL), findings(result, "ingress/backend")
    [ok] = findings(result, "ingress/backend", Status.PASS)
    assert "-app:80" in ok.message


# --- registry/ci-push through a Makefile target (kubeflow-crud-web-apps, acc-fresh-b) ---------------------------

MAKEFILE = """\
IMG ?= ghcr.io/acme/web
docker-build:
\tdocker build -t $(IMG):$(TAG) .

docker-push:
\tdocker push $(IMG):$(TAG)

image: docker-build docker-push

docker-build-push-multi-arch: ## build for amd64 and arm64 and push
\tdocker buildx build --platform linux/amd64,linux/arm64 --tag $(IMG):$(TAG) --push .
"""


@pytest.mark.parametrize("run, pushes", [
    ("cd app && make docker-build-push-multi-arch", True),
    ("make -C app image", True),  # through its prerequisites
    ("make -C app docker-build", False),
])
def test_ci_running_a_make_target_that_pushes_is_a_push(tmp_path: Path, run: str, pushes: bool) -> None:
    # kubeflow's *_docker_publish.yaml run `make docker-build-push-multi-arch`: "no image push found" (a false alarm)
    workflow = f"on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: {run}\n"
    write(tmp_path, {"app/Dockerfile": "FROM python:3.12-slim\n", "app/Makefile": MAKEFILE,
                     ".github/workflows/publish.yaml": workflow})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    if pushes:
        assert f.status is Status.PASS and "app/Makefile" in f.message
    else:
        assert f.status is Status.WARN


# --- e2e-tests/suite run by CI from another repository (cla-backend, acc-fresh-b) ------------------------------

def test_e2e_suite_called_from_another_repositorys_reusable_workflow_exists(tmp_path: Path) -> None:
    # cla-backend's workflow.yml job end-to-end-tests: uses ministryofjustice/cla-end-to-end-tests/.github/
    # workflows/e2e.yml@main on every build; the item failed "no end-to-end test suite found".
    workflow = ("on: push\njobs:\n  build:\n    uses: ./.github/workflows/build.yml\n"
                "  end-to-end-tests:\n    needs: [build]\n"
                "    uses: acme/app-end-to-end-tests/.github/workflows/e2e.yml@main\n"
                "  deploy:\n    uses: acme/shared/.github/workflows/deploy.yml@v1\n")
    write(tmp_path, {".github/workflows/ci.yml": workflow, "app.py": "x = 1\n"})
    result = scan(tmp_path, only=("e2e-tests/suite", "integration-tests/suite"))
    [e2e] = findings(result, "e2e-tests/suite")
    # CI runs it, but its tests cannot be read from here: a person confirms it (not a pass, not a failure)
    assert e2e.status is Status.MANUAL and "acme/app-end-to-end-tests" in e2e.message
    # a called deploy workflow is no suite of any kind, nor is a local reusable workflow
    [integration] = findings(result, "integration-tests/suite")
    assert integration.status is Status.FAIL


# --- endpoint-security/debug-mode: debug switches the shipped service reads (acc-fresh-b) -----------------------

def _debug(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("endpoint-security/debug-mode",))
    return [(f.status, f.location.path if f.location and f.location.path else "")
            for f in findings(result, "endpoint-security/debug-mode")]


FOCA_CONFIG = "server:\n    host: '0.0.0.0'\n    port: 8080\n    debug: True\n    environment: development\n"


def test_debug_true_in_the_packaged_server_configuration_fails(tmp_path: Path) -> None:
    # drs-filer: FOCA reads drs_filer/config.yaml (server: debug: True) and the image runs `python app.py`:
    # the Werkzeug debugger in production, a miss of the labelled set until now.
    files = {"drs_filer/app.py": "from foca import Foca\napp = Foca(config_file='config.yaml').create_app()\n",
             "drs_filer/config.yaml": FOCA_CONFIG}
    assert _debug(tmp_path, files) == [(Status.FAIL, "drs_filer/config.yaml")]
    # the same keys in a chart's values, a compose file or a test configuration are not the package's config
    assert _debug(tmp_path / "b", {"drs_filer/app.py": "x = 1\n", "deploy/values.yaml": FOCA_CONFIG,
                                   "drs_filer/docker-compose.yaml": FOCA_CONFIG,
                                   "tests/config.yaml": FOCA_CONFIG}) == [(Status.PASS, "")]


def test_django_debug_true_counts_only_in_settings_a_deployment_loads(tmp_path: Path) -> None:
    # cla-backend: settings/production.py sets DEBUG = True, but wsgi.py, manage.py and uwsgi.ini all load
    # cla_backend.settings (= settings/__init__.py, `from .base import *`, DEBUG from the environment).
    base = {"proj/wsgi.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")\n',
            "proj/settings/__init__.py": "from .base import *  # noqa\n",
            "proj/settings/base.py": 'import os\nDEBUG = os.environ.get("DEBUG") == "true"\nINSTALLED_APPS = []\n',
            "proj/settings/production.py": "from .base import *  # noqa\nDEBUG = True\n"}
    assert _debug(tmp_path, base) == [(Status.PASS, "")]
    # a Dockerfile that loads the production module ships its DEBUG = True
    loaded = {**base, "Dockerfile": "FROM python:3.12-slim\nENV DJANGO_SETTINGS_MODULE=proj.settings.production\n"}
    assert _debug(tmp_path / "b", loaded) == [(Status.FAIL, "proj/settings/production.py")]
    # and a DEBUG = True in the base a loaded package star-imports counts too
    star = {**base, "proj/settings/base.py": "DEBUG = True\nINSTALLED_APPS = []\n"}
    assert _debug(tmp_path / "c", star) == [(Status.FAIL, "proj/settings/base.py")]


def test_flask_run_with_debug_counts_when_the_shipped_image_runs_it(tmp_path: Path) -> None:
    # example-voting-app: vote/app.py has app.run(debug=True) under __main__; only the Dockerfile's `dev` stage runs
    # `python app.py`, the final stage runs gunicorn: nothing to report.
    app = "from flask import Flask\napp = Flask(__name__)\nif __name__ == '__main__':\n    app.run(debug=True)\n"
    multi = "FROM python:3.12-slim AS base\nFROM base AS dev\nCMD [\"python\", \"app.py\"]\n" \
            "FROM base AS final\nCMD [\"gunicorn\", \"app:app\"]\n"
    assert _debug(tmp_path, {"vote/app.py": app, "vote/Dockerfile": multi}) == [(Status.PASS, "")]
    single = "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n"
    assert _debug(tmp_path / "b", {"vote/app.py": app, "vote/Dockerfile": single}) == [(Status.FAIL, "vote/app.py")]


# --- rollout-strategy/replicas: a Celery beat scheduler runs once on purpose (cla-backend, acc-fresh-b) ---------

def _worker(args: list[str]) -> str:
    return ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  replicas: 1\n"
            "  selector:\n    matchLabels:\n      app: worker\n  template:\n    metadata:\n      labels:\n"
            "        app: worker\n    spec:\n      containers:\n        - name: worker\n"
            "          image: ghcr.io/acme/app:1.0\n          args: " + repr(args).replace("'", '"') + "\n")


@pytest.mark.parametrize("args, script, singleton", [
    (["docker/run_worker.sh"], "#!/bin/sh\nexec celery worker -A app --concurrency=4 --beat\n", True),
    (["celery", "-A", "app", "beat", "--loglevel=info"], None, True),
    (["docker/run_worker.sh"], "#!/bin/sh\nexec celery worker -A app --concurrency=4\n", False),
])
def test_replicas_not_demanded_of_a_periodic_task_scheduler(tmp_path: Path, args: list[str], script: str | None,
                                                             singleton: bool) -> None:
    # cla-backend's worker Deployment runs docker/run_worker.sh, `celery worker ... --beat`: two copies would send
    # every scheduled task twice; "policy asks for 2" was a false alarm.
    files = {"k8s/worker.yaml": _worker(args)}
    if script:
        files["docker/run_worker.sh"] = script
    write(tmp_path, files)
    [f] = findings(scan(tmp_path, only=("rollout-strategy/replicas",)), "rollout-strategy/replicas")
    if singleton:
        assert f.status is Status.NA and "periodic-task scheduler" in f.message
    else:
        assert f.status is Status.FAIL


# --- auth-protocols/token-validation: a site of reads that handles no token (python-demoapp, acc-kinds) ----------

DEMOAPP_INIT = """from flask import Flask


def create_app():
    app = Flask(__name__)
    with app.app_context():
        from . import views  # noqa: E402,F401
        from . import apis  # noqa: E402,F401
    return app
"""
DEMOAPP_VIEWS = """from flask import render_template, current_app as app


@app.route("/")
def index():
    return render_template("index.html")


@app.route("/info")
def info():
    return render_template("info.html", info={})


@app.route("/monitor")
def monitor():
    return render_template("monitor.html")
"""
DEMOAPP_APIS = """from flask import jsonify, current_app as app
import psutil


@app.route("/api/process")
def api_process():
    return jsonify({"processes": [p.as_dict(attrs=["pid", "name"]) for p in psutil.process_iter()]})


@app.route("/api/monitor")
def api_monitor():
    return jsonify({"cpu": psutil.cpu_percent()})
"""


def test_reads_only_and_no_token_handling_is_a_question_not_a_token_failure(tmp_path: Path) -> None:
    """benc-uk/python-demoapp: GET pages and JSON views, nothing takes a credential. "no authentication at all" under
    token validation was a false alarm on a public demo site; with only reads it is a question (never a pass), and a
    route that writes keeps the failure."""
    app = {"src/app/__init__.py": DEMOAPP_INIT, "src/app/views.py": DEMOAPP_VIEWS, "src/app/apis.py": DEMOAPP_APIS}
    write(tmp_path / "reads", app)
    [f] = findings(scan(tmp_path / "reads", only=("auth-protocols/token-validation",)),
                   "auth-protocols/token-validation")
    assert f.status is Status.MANUAL and "every one a read" in f.message, f.message
    assert "GET /api/monitor" in f.evidence["routes"]
    write(tmp_path / "writes", {**app, "src/app/apis.py": DEMOAPP_APIS + (
        '\n\n@app.route("/api/kill", methods=["POST"])\ndef api_kill():\n    return jsonify({})\n')})
    [f] = findings(scan(tmp_path / "writes", only=("auth-protocols/token-validation",)),
                   "auth-protocols/token-validation")
    assert f.status is Status.FAIL and "no authentication at all" in f.message
