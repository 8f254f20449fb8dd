"""Issue 8, fresh Python services (bench/accuracy: fastapi-realworld, healthchecks, drs-filer): each case is a
false pass or a false alarm the first scan of those repositories showed, written so it fails on the old code."""

from __future__ import annotations

from pathlib import Path

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
urlpatterns = [
    path("profile/", views.profile),
    path("projects/<uuid:code>/settings/", Settings.as_view()),
    path("projects/<uuid:code>/remove/", views.remove_project),
    path("close/", views.close),
    path("logout/", views.logout),
    path("signup/", views.signup),
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
