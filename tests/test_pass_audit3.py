"""Passes of required items' checks that were not earned (pass-audit3, 2026-11-29 session 2): each test is built from
real lines (the frameworks' documented examples, public repositories' layouts) and fails on the code before its fix;
the guards beside them check that the new rules do not over-report."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, git, scan, write

from deploycheck.model import Status

# --- guards that are only a name: auth-protocols/token-validation and endpoint-security/route-auth ---------------

_AUTH_CHECKS = ("auth-protocols/token-validation", "endpoint-security/route-auth")


def _auth(root: Path) -> dict[str, list[tuple[Status, str]]]:
    result = scan(root, only=_AUTH_CHECKS)
    return {check: [(f.status, f.message) for f in findings(result, check)] for check in _AUTH_CHECKS}


# FastAPI's tutorial "Security - Get Current User" (docs_src/security/tutorial002_an_py310.py), as published: the
# dependency reads the bearer token through OAuth2PasswordBearer and "decodes" it by appending a string
FASTAPI_GET_CURRENT_USER = """\
from typing import Annotated, Union

from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel

app = FastAPI()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class User(BaseModel):
    username: str
    email: Union[str, None] = None
    full_name: Union[str, None] = None
    disabled: Union[bool, None] = None


def fake_decode_token(token):
    return User(
        username=token + "fakedecoded", email="john@example.com", full_name="John Doe"
    )


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    user = fake_decode_token(token)
    return user


@app.get("/users/me")
async def read_users_me(current_user: Annotated[User, Depends(get_current_user)]):
    return current_user
"""


def test_a_fastapi_dependency_that_only_reads_the_token_validates_nothing(tmp_path: Path) -> None:
    # before: token-validation passed ("authentication through fastapi.security") and route-auth passed the route
    # as guarded by its dependency's name
    write(tmp_path, {"main.py": FASTAPI_GET_CURRENT_USER})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]
    assert "get_current_user (main.py:25)" in got["auth-protocols/token-validation"][0][1]
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.FAIL]
    assert "its guard get_current_user (main.py:25)" in got["endpoint-security/route-auth"][0][1]


# A Flask decorator left as a placeholder (Flask's tutorial shape of `login_required`, with its check taken out)
FLASK_PLACEHOLDER = """\
import functools

from flask import Flask, jsonify, request

app = Flask(__name__)


def login_required(view):
    \"\"\"Placeholder until SSO lands.\"\"\"
    @functools.wraps(view)
    def wrapped_view(**kwargs):
        app.logger.info("auth check for %s", request.path)
        return view(**kwargs)

    return wrapped_view


@app.route("/admin/users", methods=["POST"])
@login_required
def create_user():
    return jsonify(request.get_json()), 201
"""


def test_a_decorator_named_login_required_that_lets_everyone_in_is_no_guard(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": FLASK_PLACEHOLDER})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]
    assert [(s, "login_required (app.py:8)" in m) for s, m in got["endpoint-security/route-auth"]] == [
        (Status.FAIL, True)]


# Flask's tutorial (flaskr/auth.py) login_required, an API-key decorator answering 403, and FastAPI's JWT tutorial
# dependency: each can turn a caller away, and stays a guard
FLASK_TUTORIAL = """\
import functools

from flask import Flask, g, jsonify, redirect, request, url_for

app = Flask(__name__)


def login_required(view):
    @functools.wraps(view)
    def wrapped_view(**kwargs):
        if g.user is None:
            return redirect(url_for("auth.login"))

        return view(**kwargs)

    return wrapped_view


def api_key_required(view):
    @functools.wraps(view)
    def wrapped_view(**kwargs):
        if request.headers.get("X-Api-Key") != app.config["API_KEY"]:
            return {"error": "forbidden"}, 403
        return view(**kwargs)

    return wrapped_view


@app.route("/create", methods=("GET", "POST"))
@login_required
def create():
    return jsonify({}), 201


@app.route("/keys", methods=["POST"])
@api_key_required
def create_key():
    return jsonify({}), 201
"""

FASTAPI_JWT = """\
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jwt.exceptions import InvalidTokenError

SECRET_KEY = "from-the-environment"
ALGORITHM = "HS256"
app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM], audience="orders",
                             issuer="https://login.example.com/")
        username: str = payload.get("sub")
        if username is None:
            raise credentials_exception
    except InvalidTokenError:
        raise credentials_exception
    return username


@app.post("/orders")
async def create_order(order: dict, user: Annotated[str, Depends(get_current_user)]):
    return order
"""


def test_guards_that_can_refuse_stay_guards(tmp_path: Path) -> None:
    write(tmp_path / "flask", {"app.py": FLASK_TUTORIAL})
    got = _auth(tmp_path / "flask")
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.PASS]
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS]
    write(tmp_path / "jwt", {"main.py": FASTAPI_JWT})
    got = _auth(tmp_path / "jwt")
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.PASS]
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS]


def test_a_library_guard_is_trusted_though_the_repository_has_an_inert_function_of_that_name(tmp_path: Path) -> None:
    # flask_login's login_required refuses anonymous callers; a test helper's pass-through of the same name elsewhere
    # says nothing about it
    write(tmp_path, {"app.py": "from flask import Flask\nfrom flask_login import LoginManager, login_required\n\n"
                               "app = Flask(__name__)\nLoginManager(app)\n\n\n"
                               "@app.route('/admin', methods=['POST'])\n@login_required\ndef admin():\n"
                               "    return 'ok'\n",
                     "tools/devserver.py": "def login_required(f):\n    return f\n"})
    got = _auth(tmp_path)
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS]


# --- migration-scripts/tree: images whose Dockerfile is kept outside the service's folder -------------------------

def _compose_service(name: str) -> str:
    return (f"  {name}:\n    build:\n      context: services/{name}\n      dockerfile: ../../docker/{name}.Dockerfile\n"
            f"    environment:\n      DATABASE_URL: postgresql://{name}:{name}@db/{name}\n")


ALEMBIC_001 = ('"""init"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "001"\ndown_revision = None\n'
               '\n\ndef upgrade():\n    op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True))\n'
               '\n\ndef downgrade():\n    op.drop_table("orders")\n')
IMAGE = ('FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n'
         'RUN pip install --no-cache-dir -r requirements.txt\n'
         'COPY . .\nUSER 1000\nCMD ["python", "-m", "app"]\n')
ENGINE = 'import os\nfrom sqlalchemy import create_engine\nengine = create_engine(os.environ["DATABASE_URL"])\n'


def test_a_service_built_from_a_dockerfile_kept_elsewhere_needs_its_own_migration_tree(tmp_path: Path) -> None:
    # docker/<service>.Dockerfile built with the service's folder as context (compose's `context:` + `dockerfile:`):
    # the orders tree used to pass the users service too, whose folder was no image's folder
    write(tmp_path, {
        "docker-compose.yml": "services:\n" + _compose_service("orders") + _compose_service("users")
                              + "  db:\n    image: postgres:16\n",
        "docker/orders.Dockerfile": IMAGE, "docker/users.Dockerfile": IMAGE,
        "services/orders/requirements.txt": "psycopg2-binary==2.9.9\nsqlalchemy==2.0.30\nalembic==1.13.1\n",
        "services/orders/alembic.ini": "[alembic]\nscript_location = migrations\n",
        "services/orders/migrations/env.py": "from alembic import context\n",
        "services/orders/migrations/versions/001_init.py": ALEMBIC_001,
        "services/orders/app/__main__.py": ENGINE,
        "services/users/requirements.txt": "psycopg2-binary==2.9.9\nsqlalchemy==2.0.30\n",
        "services/users/app/__main__.py": ENGINE,
    })
    got = [(f.status, f.location.path if f.location else None)
           for f in findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")]
    assert got == [(Status.FAIL, "services/users/requirements.txt"),
                   (Status.PASS, "services/orders/migrations/versions")]
    # the same layout with users migrating its schema too: both pass
    write(tmp_path, {"services/users/alembic.ini": "[alembic]\nscript_location = migrations\n",
                     "services/users/migrations/env.py": "from alembic import context\n",
                     "services/users/migrations/versions/001_init.py": ALEMBIC_001})
    got = [(f.status, f.location.path if f.location else None)
           for f in findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")]
    assert sorted(got) == [(Status.PASS, "services/orders/migrations/versions"),
                           (Status.PASS, "services/users/migrations/versions")]


# --- code-review/codeowners: a CODEOWNERS above the scanned folder -----------------------------------------------

def test_a_codeowners_file_above_the_scanned_folder_is_not_a_pass_unread(tmp_path: Path) -> None:
    # a monorepo whose CODEOWNERS owns one service's folder only; the other service is scanned on its own
    write(tmp_path, {".github/CODEOWNERS": "/services/orders/ @acme/orders-team\n",
                     "services/orders/app.py": "x = 1\n", "services/users/app.py": "y = 1\n"})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "init")
    got = findings(scan(tmp_path / "services" / "users", only=("code-review/codeowners",)), "code-review/codeowners")
    assert [f.status for f in got] == [Status.SKIPPED]  # was PASS ".github/CODEOWNERS present"
    assert "outside the scanned folder" in got[0].message
    # scanned from the top, the rules are read (one rule owning code of the repository passes, as before)
    got = findings(scan(tmp_path, only=("code-review/codeowners",)), "code-review/codeowners")
    assert [f.status for f in got] == [Status.PASS]  # orders' code is owned: a rule owning some code passes


# --- registry/ci-push: a push that CI does not run ---------------------------------------------------------------

DOCKERFILE = 'FROM python:3.12-slim\nUSER 1000\nCMD ["python", "-m", "app"]\n'
COMMENTED_PUSH = """\
name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t ghcr.io/acme/app:${{ github.sha }} .
      # TODO re-enable once the registry credentials are set up
      # - run: docker push ghcr.io/acme/app:${{ github.sha }}
"""
# docker/build-push-action's README usage, in a job switched off
DISABLED_JOB = """\
name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test
  publish:
    if: false  # registry migration in progress
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
        with:
          username: ${{ vars.DOCKERHUB_USERNAME }}
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: user/app:latest
"""
DISABLED_STEP = """\
name: ci
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: push
        if: ${{ false }}
        run: |
          docker build -t ghcr.io/acme/app:${{ github.sha }} .
          docker push ghcr.io/acme/app:${{ github.sha }}
      - run: echo done
"""
GITLAB_NEVER = """\
stages: [build]
publish:
  stage: build
  when: never
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA
"""


def _push(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("registry/ci-push",)), "registry/ci-push")]


def test_a_push_that_ci_does_not_run_is_no_push(tmp_path: Path) -> None:
    for name, workflow, path in [("commented", COMMENTED_PUSH, ".github/workflows/ci.yml"),
                                 ("job", DISABLED_JOB, ".github/workflows/ci.yml"),
                                 ("step", DISABLED_STEP, ".github/workflows/ci.yml"),
                                 ("gitlab", GITLAB_NEVER, ".gitlab-ci.yml")]:
        write(tmp_path / name, {"Dockerfile": DOCKERFILE, path: workflow})
        assert _push(tmp_path / name) == [Status.WARN], name  # was PASS


def test_the_same_pushes_switched_on_pass(tmp_path: Path) -> None:
    for name, workflow, path in [
            ("commented", COMMENTED_PUSH.replace("      # - run: docker push", "      - run: docker push"),
             ".github/workflows/ci.yml"),
            ("job", DISABLED_JOB.replace("    if: false  # registry migration in progress\n", ""),
             ".github/workflows/ci.yml"),
            ("step", DISABLED_STEP.replace("        if: ${{ false }}\n",
                                           "        if: github.ref == 'refs/heads/main'\n"),
             ".github/workflows/ci.yml"),
            ("gitlab", GITLAB_NEVER.replace("  when: never\n", "  when: on_success\n"), ".gitlab-ci.yml")]:
        write(tmp_path / name, {"Dockerfile": DOCKERFILE, path: workflow})
        assert _push(tmp_path / name) == [Status.PASS], name


# --- smoke-tests/defined: a smoke job that CI does not run -------------------------------------------------------

SMOKE_OFF = """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: kubectl apply -f k8s/
  smoke:
    needs: deploy
    if: false  # flaky against staging, see #412
    runs-on: ubuntu-latest
    steps:
      - run: curl -fsS https://shop.example.com/healthz
"""


def test_a_smoke_job_switched_off_is_no_smoke_test(tmp_path: Path) -> None:
    write(tmp_path / "off", {".github/workflows/deploy.yml": SMOKE_OFF})
    got = [f.status for f in findings(scan(tmp_path / "off", only=("smoke-tests/defined",)), "smoke-tests/defined")]
    assert got == [Status.FAIL]  # was PASS "smoke job smoke in .github/workflows/deploy.yml"
    write(tmp_path / "on", {".github/workflows/deploy.yml": SMOKE_OFF.replace("    if: false  # flaky against "
                                                                               "staging, see #412\n", "")})
    got = [f.status for f in findings(scan(tmp_path / "on", only=("smoke-tests/defined",)), "smoke-tests/defined")]
    assert got == [Status.PASS]


# --- monitoring/metrics-scraped: a monitor whose endpoints name no port of what it selects ------------------------

# the Prometheus Operator's getting-started example (example-app: Deployment, Service, ServiceMonitor)
EXAMPLE_APP = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: example-app
spec:
  replicas: 3
  selector:
    matchLabels:
      app: example-app
  template:
    metadata:
      labels:
        app: example-app
    spec:
      containers:
      - name: example-app
        image: quay.io/brancz/prometheus-example-app:v0.5.0
        ports:
        - name: web
          containerPort: 8080
---
kind: Service
apiVersion: v1
metadata:
  name: example-app
  labels:
    app: example-app
spec:
  selector:
    app: example-app
  ports:
  - name: web
    port: 8080
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: example-app
  labels:
    team: frontend
spec:
  selector:
    matchLabels:
      app: example-app
  endpoints:
  - port: web
"""


def _scraped(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("monitoring/metrics-scraped",)), "monitoring/metrics-scraped")]


def test_a_monitor_whose_endpoints_name_no_port_of_the_service_scrapes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "ok", {"k8s/example-app.yaml": EXAMPLE_APP})
    assert _scraped(tmp_path / "ok") == [Status.PASS]
    # the Service's port renamed, the monitor left behind: the operator makes no target
    write(tmp_path / "renamed", {"k8s/example-app.yaml": EXAMPLE_APP.replace("  - name: web\n    port: 8080",
                                                                            "  - name: http\n    port: 8080")})
    assert _scraped(tmp_path / "renamed") == [Status.FAIL]  # was PASS
    pod_monitor = ("apiVersion: monitoring.coreos.com/v1\nkind: PodMonitor\nmetadata:\n  name: example-app\nspec:\n"
                   "  selector:\n    matchLabels:\n      app: example-app\n  podMetricsEndpoints:\n  - port: {port}\n")
    deployment = EXAMPLE_APP.split("---")[0]
    write(tmp_path / "pod", {"k8s/example-app.yaml": deployment + "---\n" + pod_monitor.format(port="metrics")})
    assert _scraped(tmp_path / "pod") == [Status.FAIL]
    write(tmp_path / "pod", {"k8s/example-app.yaml": deployment + "---\n" + pod_monitor.format(port="web")})
    assert _scraped(tmp_path / "pod") == [Status.PASS]


# GitLab: a hidden job (a template) runs only through a job that extends it or merges its anchor; `rules:` that all
# say `when: never` add the job to no pipeline
GITLAB_TEMPLATE = """\
stages: [build]
.publish:
  stage: build
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA
test:
  stage: build
  script:
    - make test
"""


def test_gitlab_templates_and_rules_that_never_run_push_nothing(tmp_path: Path) -> None:
    never = GITLAB_NEVER.replace("  when: never\n", "  rules:\n    - if: $CI_COMMIT_TAG\n      when: never\n"
                                                      "    - when: never\n")
    cases = [("template", GITLAB_TEMPLATE, [Status.WARN]),
             ("rules", never, [Status.WARN]),
             ("extended", GITLAB_TEMPLATE + "publish:\n  extends: .publish\n", [Status.PASS]),
             ("anchored", GITLAB_TEMPLATE.replace(".publish:\n", ".publish: &publish\n")
              + "publish:\n  <<: *publish\n", [Status.PASS]),
             ("some rule runs", never.replace("    - when: never\n", "    - when: on_success\n"), [Status.PASS])]
    for name, pipeline, expected in cases:
        write(tmp_path / name, {"Dockerfile": DOCKERFILE, ".gitlab-ci.yml": pipeline})
        assert _push(tmp_path / name) == expected, name


# --- chi's inline middleware: routes that were not read at all ---------------------------------------------------

# chi's README: `r.With(paginate).Get("/", listArticles)`, here at the top level with an admin guard beside it
CHI_WITH = """\
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func main() {
	r := chi.NewRouter()
	r.With(paginate).Get("/articles", listArticles)
	r.With(AdminOnly).Post("/articles", createArticle)
	http.ListenAndServe(":3333", r)
}
"""


def test_chi_routes_with_inline_middleware_are_routes(tmp_path: Path) -> None:
    # before: "no HTTP routes found in the code" (n/a) for route-auth and token-validation
    write(tmp_path, {"go.mod": "module example.com/blog\n\ngo 1.22\n\nrequire github.com/go-chi/chi/v5 v5.0.12\n",
                     "main.go": CHI_WITH})
    got = _auth(tmp_path)
    assert [(s, m.split(" (")[0]) for s, m in got["endpoint-security/route-auth"]] == [(Status.FAIL, "GET /articles")]
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.PASS]  # AdminOnly, by its name
