"""pass-audit6: passes that real repositories earned with evidence that is not there (a logging library's import
whose configured output is text, ...). Each test is built from realistic lines and fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status


def _structured(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=("logging/structured",)), "logging/structured")]


# --- logging/structured: zerolog's ConsoleWriter and structlog's ConsoleRenderer write text lines; the import of the
# library passed (pass-audit5 left both: "the same hole as the Go rule"). How the logger is configured decides.

GO_MOD = """\
module github.com/acme/orders

go 1.22

require github.com/rs/zerolog v1.33.0
"""

# zerolog's README: "Pretty logging" in main, whatever the run
ZEROLOG_CONSOLE_MAIN = """\
package main

import (
	"net/http"
	"os"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

func main() {
	zerolog.TimeFieldFormat = zerolog.TimeFormatUnix
	log.Logger = log.Output(zerolog.ConsoleWriter{Out: os.Stderr})

	http.HandleFunc("/orders", handleOrders)
	log.Info().Msg("listening on :8080")
	if err := http.ListenAndServe(":8080", nil); err != nil {
		log.Fatal().Err(err).Msg("server stopped")
	}
}
"""

ZEROLOG_USER = """\
package main

import (
	"net/http"

	"github.com/rs/zerolog/log"
)

func handleOrders(w http.ResponseWriter, r *http.Request) {
	log.Info().Str("path", r.URL.Path).Msg("orders listed")
	w.WriteHeader(http.StatusOK)
}
"""

# gorush's router/server.go: JSON, and the ConsoleWriter only on a terminal
ZEROLOG_TERMINAL = """\
package main

import (
	"os"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

func main() {
	zerolog.SetGlobalLevel(zerolog.InfoLevel)
	log.Logger = zerolog.New(os.Stdout).With().Timestamp().Logger()

	isTerm := isatty.IsTerminal(os.Stdout.Fd())
	if isTerm {
		log.Logger = log.Output(
			zerolog.ConsoleWriter{
				Out:     os.Stdout,
				NoColor: false,
			},
		)
	}
	serve()
}
"""

ZEROLOG_FLAG = ZEROLOG_TERMINAL.replace("isTerm := isatty.IsTerminal(os.Stdout.Fd())\n\tif isTerm {",
                                        "if cfg.LogFormat != \"json\" {")

STRUCTLOG_CONSOLE = """\
import logging
import sys

import structlog


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(format="%(message)s", stream=sys.stdout, level=level)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.dev.ConsoleRenderer(),
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
    )
"""

STRUCTLOG_USER = """\
import structlog

logger = structlog.get_logger(__name__)


def place_order(order_id: str) -> None:
    logger.info("order placed", order_id=order_id)
"""

# the structlog docs' recipe: pretty on a terminal, JSON otherwise
STRUCTLOG_TTY = """\
import sys

import structlog

shared_processors = [structlog.processors.add_log_level, structlog.processors.TimeStamper(fmt="iso")]

if sys.stderr.isatty():
    processors = shared_processors + [structlog.dev.ConsoleRenderer()]
else:
    processors = shared_processors + [structlog.processors.dict_tracebacks, structlog.processors.JSONRenderer()]

structlog.configure(processors=processors)
"""

STRUCTLOG_PROD = """\
import os

import structlog

if os.environ.get("APP_ENV") == "production":
    renderer = structlog.processors.JSONRenderer()
else:
    renderer = structlog.dev.ConsoleRenderer()

structlog.configure(processors=[structlog.processors.add_log_level, renderer])
"""


def test_a_console_writer_or_renderer_set_whatever_the_run_is_no_structured_logging(tmp_path: Path) -> None:
    cases = {
        "zerolog": ({"go.mod": GO_MOD, "main.go": ZEROLOG_CONSOLE_MAIN, "orders.go": ZEROLOG_USER}, Status.FAIL,
                    "zerolog.ConsoleWriter"),
        "zerolog-flag": ({"go.mod": GO_MOD, "main.go": ZEROLOG_FLAG, "orders.go": ZEROLOG_USER}, Status.WARN,
                         "chosen at run time"),
        "structlog": ({"requirements.txt": "structlog==24.1.0\n", "app/logging_setup.py": STRUCTLOG_CONSOLE,
                       "app/orders.py": STRUCTLOG_USER}, Status.FAIL, "ConsoleRenderer"),
        "structlog-default": ({"requirements.txt": "structlog==24.1.0\n", "app/orders.py": STRUCTLOG_USER},
                              Status.FAIL, "never configured"),
        "structlog-choice": ({"requirements.txt": "structlog==24.1.0\n", "app/orders.py": STRUCTLOG_USER,
                              "app/log.py": STRUCTLOG_TTY.replace("sys.stderr.isatty()", "settings.LOG_PLAIN")},
                             Status.WARN, "chosen at run time"),
    }
    for name, (files, status, said) in cases.items():
        root = tmp_path / name
        write(root, files)
        found = _structured(root)
        assert [s for s, _ in found] == [status], (name, found)
        assert said in found[0][1], (name, found)


def test_json_by_default_with_a_pretty_terminal_still_passes(tmp_path: Path) -> None:
    cases = {
        "zerolog-tty": {"go.mod": GO_MOD, "main.go": ZEROLOG_TERMINAL, "orders.go": ZEROLOG_USER},
        "zerolog-global": {"go.mod": GO_MOD, "orders.go": ZEROLOG_USER},
        "structlog-tty": {"requirements.txt": "structlog==24.1.0\n", "app/log.py": STRUCTLOG_TTY,
                          "app/orders.py": STRUCTLOG_USER},
        "structlog-debug": {"requirements.txt": "structlog==24.1.0\n", "app/orders.py": STRUCTLOG_USER,
                            "app/log.py": STRUCTLOG_TTY.replace("sys.stderr.isatty()", "settings.DEBUG")},
        "structlog-prod": {"requirements.txt": "structlog==24.1.0\n", "app/orders.py": STRUCTLOG_USER,
                           "app/log.py": STRUCTLOG_PROD},
    }
    for name, files in cases.items():
        root = tmp_path / name
        write(root, files)
        found = _structured(root)
        assert [s for s, _ in found] == [Status.PASS], (name, found)


# --- manifests/parse: a file's read problem was reported when another check had read the file first (a too-large
# workflow YAML, read by the CI readers), and not when manifests/parse ran first or in the other process

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  replicas: 2
  selector:
    matchLabels: {app: orders}
  template:
    metadata:
      labels: {app: orders}
    spec:
      containers:
        - name: orders
          image: ghcr.io/acme/orders:1.4.2
"""


def test_manifests_parse_says_the_same_whichever_check_read_a_file_first(tmp_path: Path) -> None:
    from deploycheck.checks.kubernetes.manifests import manifests_parse
    from deploycheck.config import load_config
    from deploycheck.context import Context

    big_workflow = "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n" + (
        "      - run: make test  # padding\n" * 4_000)  # ~130 KB
    big_manifest = "# padding\n" * 12_000 + DEPLOYMENT.replace("orders", "big")
    root = write(tmp_path / "repo", {".deploycheck.yaml": "limits: {max_file_mb: 0.1}\n",
                                     "deploy/orders.yaml": DEPLOYMENT, "deploy/big.yaml": big_manifest,
                                     ".github/workflows/ci.yml": big_workflow})
    config = load_config(root)

    def said(read_first: bool) -> list[tuple[str, str]]:
        ctx = Context(root, config)
        if read_first:  # as the CI readers do when their checks run before this one
            ctx.files.read_text(".github/workflows/ci.yml")
        return [(f.status.value, f.message) for f in manifests_parse(ctx)]

    first, after = said(False), said(True)
    assert first == after
    # the manifest over the cap is still reported, whichever order
    assert any("deploy/big.yaml" in message and "cap" in message for _, message in after), after


# --- route-auth (Rails): a before_action with `if:`/`unless:` guards nothing here (its condition is not evaluated),
# and the finding said "has no auth dependency or decorator" without naming it; a skip with a condition took the guard
# away for every request. hmpps-book-secure-move-api's ApiController: `before_action :doorkeeper_authorize!, if:
# :authentication_enabled?`.

def test_a_conditional_rails_guard_is_no_pass_and_is_named(tmp_path: Path) -> None:
    from tests.test_routes_rails import APPLICATION, EVENTS, ROUTE_AUTH, _files

    def failing(root: Path, **files: str) -> list[str]:
        write(root, _files(**files))
        return [f.message for f in findings(scan(root, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)]

    conditional = APPLICATION.replace("before_action :authenticate!\n  before_action :authorize!\n",
                                      "before_action :authenticate!, if: :authentication_enabled?\n")
    said = failing(tmp_path / "if", **{"app/controllers/application_controller.rb": conditional})
    assert len(said) == 1 and "POST /v1/submissions/:submission_id/events" in said[0]
    assert "if: :authentication_enabled?" in said[0] and "conditional" in said[0], said
    skipped_when = EVENTS.replace("  class EventsController < ApplicationController\n",
                                  "  class EventsController < ApplicationController\n"
                                  "    skip_before_action :authenticate!, if: :internal_request?\n"
                                  "    skip_before_action :authorize!, if: :internal_request?\n")
    said = failing(tmp_path / "skip", **{"app/controllers/V1/events_controller.rb": skipped_when})
    assert len(said) == 1 and "skipped if: :internal_request?" in said[0], said
    # Devise's idiom guards every controller but Devise's own
    devise = APPLICATION.replace("before_action :authenticate!\n",
                                 "before_action :authenticate!, unless: :devise_controller?\n")
    assert failing(tmp_path / "devise", **{"app/controllers/application_controller.rb": devise}) == []


# --- unit-tests/suite (and integration, e2e): a test JUnit, `go test` or pytest never runs was counted. pass-audit4
# left out pytest/unittest skip decorators and Jest's it.skip; these are the same switch written elsewhere: JUnit's
# @Disabled / @Ignore (polar-bookshop's dispatcher-service: `@Disabled("These tests are only necessary when using the
# functions alone (no bindings)")` on the class), a Go test whose first statement is t.Skip, `pytest.skip()` first.

GO_SKIPPED = """\
package orders

import "testing"

func TestCreateOrder(t *testing.T) {
	t.Skip("flaky against the shared database, see #123")
	o := New("a")
	if o.ID == "" {
		t.Fatal("no id")
	}
}
"""

JUNIT_DISABLED = """\
package com.acme.orders;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Disabled("These tests are only necessary when using the functions alone (no bindings)")
class OrderServiceTests {

	@Test
	void totals() {
		assertEquals(3, new OrderService().total(1, 2));
	}
}
"""

PYTEST_SKIPPED = """\
import pytest

from app.orders import total


def test_total():
    pytest.skip("pricing rework")
    assert total(1, 2) == 3
"""


def _suite(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("unit-tests/suite",)), "unit-tests/suite")]


def test_tests_that_never_run_are_no_suite(tmp_path: Path) -> None:
    go = {"go.mod": "module acme/orders\n\ngo 1.22\n",
          "orders/orders.go": "package orders\n\ntype Order struct{ ID string }\n\nfunc New(id string) Order "
                              "{ return Order{ID: id} }\n"}
    java = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>"
                       "<version>1</version></project>\n",
            "src/main/java/com/acme/orders/OrderService.java": "package com.acme.orders;\n\npublic class OrderService "
                                                               "{ public int total(int a, int b) { return a + b; } }\n"}
    python = {"requirements.txt": "pytest==8.0.0\n", "app/__init__.py": "",
              "app/orders.py": "def total(a, b):\n    return a + b\n"}
    cases = {
        "go": ({**go, "orders/orders_test.go": GO_SKIPPED},
               {**go, "orders/orders_test.go": GO_SKIPPED.replace("\tt.Skip(", "\tif testing.Short() {\n\t\tt.Skip(")
                .replace("#123\")\n", "#123\")\n\t}\n")}),
        "java": ({**java, "src/test/java/com/acme/orders/OrderServiceTests.java": JUNIT_DISABLED},
                 {**java, "src/test/java/com/acme/orders/OrderServiceTests.java":
                  JUNIT_DISABLED.replace('@Disabled("', '@DisabledOnOs(OS.WINDOWS) // "')}),
        "python": ({**python, "tests/test_orders.py": PYTEST_SKIPPED},
                   {**python, "tests/test_orders.py": PYTEST_SKIPPED.replace('    pytest.skip("pricing rework")\n',
                                                                             "")}),
    }
    for name, (never_run, conditional) in cases.items():
        write(tmp_path / name / "skipped", never_run)
        assert _suite(tmp_path / name / "skipped") == [Status.FAIL], name
        # a condition (testing.Short(), @DisabledOnOs) or no skip: the test runs somewhere, and counts
        write(tmp_path / name / "runs", conditional)
        assert _suite(tmp_path / name / "runs") == [Status.PASS], name


# --- dependency-health/end-of-life: a supported node image passed the item while the redis release beside it (a
# product the dataset does not list) was never judged: "a single object among many"

REDIS_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis-cart
spec:
  replicas: 1
  selector:
    matchLabels: {app: redis-cart}
  template:
    metadata:
      labels: {app: redis-cart}
    spec:
      containers:
        - name: redis
          image: redis:5.0.14
          ports:
            - containerPort: 6379
"""


def test_an_official_image_the_dataset_does_not_know_is_said_not_judged(tmp_path: Path) -> None:
    files = {"package.json": '{"name": "cart", "dependencies": {"express": "^4.18.2"}}',
             "index.js": "const express = require('express');\n",
             "Dockerfile": 'FROM node:22-alpine\nCOPY . .\nUSER node\nCMD ["node", "index.js"]\n',
             "k8s/redis.yaml": REDIS_DEPLOYMENT}
    write(tmp_path / "mixed", files)
    result = scan(tmp_path / "mixed", only=("dependency-health/end-of-life",))
    said = [(f.status, f.message) for f in findings(result, "dependency-health/end-of-life")]
    assert [s for s, _ in said] == [Status.PASS, Status.SKIPPED], said
    assert "redis:5.0.14" in said[1][1]
    item = next(i for i in result.report.items if i.item == "dependency-health")
    assert item.status is Status.SKIPPED
    # the team's own image (a namespace, another registry) is judged by its Dockerfile's base: no skip for it
    write(tmp_path / "own", {**files, "k8s/redis.yaml": REDIS_DEPLOYMENT.replace("redis:5.0.14",
                                                                                  "ghcr.io/acme/cart:1.4.2")})
    assert [f.status for f in findings(scan(tmp_path / "own", only=("dependency-health/end-of-life",)),
                                       "dependency-health/end-of-life")] == [Status.PASS]


# --- endpoint-security/run-as-non-root: `runAsNonRoot: true` passed though the effective runAsUser is 0 (the pod's
# runAsUser with the container's runAsNonRoot, or both on the pod): the kubelet refuses to start such a container

NON_ROOT_UID0 = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      securityContext:
        runAsUser: 0
        fsGroup: 2000
      containers:
        - name: api
          image: ghcr.io/acme/api:1.2.3
          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false
"""


def test_run_as_non_root_with_uid_0_is_no_pass(tmp_path: Path) -> None:
    check = "endpoint-security/run-as-non-root"
    write(tmp_path / "uid0", {"k8s/api.yaml": NON_ROOT_UID0})
    said = [(f.status, f.message) for f in findings(scan(tmp_path / "uid0", only=(check,)), check)]
    assert [s for s, _ in said] == [Status.FAIL] and "runAsUser 0" in said[0][1], said
    write(tmp_path / "uid1000", {"k8s/api.yaml": NON_ROOT_UID0.replace("runAsUser: 0", "runAsUser: 1000")})
    assert [f.status for f in findings(scan(tmp_path / "uid1000", only=(check,)), check)] == [Status.PASS]


# --- backups/mechanism: a CronJob running pg_dump passed as "backup mechanism" though its dump is written to the
# container's own filesystem (no volume at /backup, nothing ships it): the file is deleted with the pod

POSTGRES = """\
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
spec:
  serviceName: postgres
  replicas: 1
  selector:
    matchLabels: {app: postgres}
  template:
    metadata:
      labels: {app: postgres}
    spec:
      containers:
        - name: postgres
          image: postgres:16.2
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 10Gi}}
"""

BACKUP_CRONJOB = """\
apiVersion: batch/v1
kind: CronJob
metadata:
  name: postgres-backup
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: postgres:16.2
              command: ["sh", "-c", "pg_dump -h postgres -U app app | gzip > /backup/app-$(date +%F).sql.gz"]
"""

MOUNTED = """\
              volumeMounts:
                - {name: backups, mountPath: /backup}
          volumes:
            - name: backups
              persistentVolumeClaim: {claimName: postgres-backups}
"""


def test_a_dump_left_in_the_container_is_no_backup(tmp_path: Path) -> None:
    check = "backups/mechanism"
    write(tmp_path / "lost", {"k8s/db.yaml": POSTGRES, "k8s/backup.yaml": BACKUP_CRONJOB})
    said = [(f.status, f.message) for f in findings(scan(tmp_path / "lost", only=(check,)), check)]
    assert [s for s, _ in said] == [Status.FAIL] and "/backup/" in said[0][1], said
    kept = {"mounted": BACKUP_CRONJOB + MOUNTED,
            "shipped": BACKUP_CRONJOB.replace("gzip > /backup/app-$(date +%F).sql.gz",
                                              "gzip | aws s3 cp - s3://acme-backups/app-$(date +%F).sql.gz"),
            "script": BACKUP_CRONJOB.replace('["sh", "-c", "pg_dump -h postgres -U app app | gzip > '
                                             '/backup/app-$(date +%F).sql.gz"]', '["/scripts/pg_dump.sh"]')}
    for name, cronjob in kept.items():
        write(tmp_path / name, {"k8s/db.yaml": POSTGRES, "k8s/backup.yaml": cronjob})
        assert [f.status for f in findings(scan(tmp_path / name, only=(check,)), check)] == [Status.PASS], name


# --- dockerfile/healthcheck and the exec probes: a command that ends `|| true` / `|| exit 0` exits 0 whatever came
# before it, as `true` does (pass-audit5's exec-probe rule took only the bare no-ops); HEALTHCHECK had no such rule

PROBED = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.2.3
          ports:
            - containerPort: 8080
          livenessProbe:
            exec:
              command: ["sh", "-c", "curl -fsS http://localhost:8080/healthz || true"]
"""

HEALTHCHECKED = """\
FROM python:3.12-slim
RUN useradd -m app
USER app
COPY . /app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8080/health || exit 0
CMD ["python", "/app/app.py"]
"""


def test_a_health_check_that_ends_in_a_no_op_checks_nothing(tmp_path: Path) -> None:
    write(tmp_path / "probe", {"k8s/api.yaml": PROBED})
    said = [(f.status, f.message) for f in findings(scan(tmp_path / "probe", only=("health-probes/liveness",)),
                                                    "health-probes/liveness")]
    assert [s for s, _ in said] == [Status.FAIL] and "always succeeds" in said[0][1], said
    write(tmp_path / "docker", {"Dockerfile": HEALTHCHECKED, "app.py": "print('serving')\n"})
    said = [(f.status, f.message) for f in findings(scan(tmp_path / "docker", only=("dockerfile/healthcheck",)),
                                                    "dockerfile/healthcheck")]
    assert [s for s, _ in said] != [Status.PASS] and "always succeeds" in said[0][1], said
    # `|| exit 1`, the documented form, can fail: it checks
    write(tmp_path / "docker-ok", {"Dockerfile": HEALTHCHECKED.replace("exit 0", "exit 1"), "app.py": "print(1)\n"})
    assert [f.status for f in findings(scan(tmp_path / "docker-ok", only=("dockerfile/healthcheck",)),
                                       "dockerfile/healthcheck")] == [Status.PASS]
    write(tmp_path / "probe-ok", {"k8s/api.yaml": PROBED.replace(" || true", "")})
    assert [f.status for f in findings(scan(tmp_path / "probe-ok", only=("health-probes/liveness",)),
                                       "health-probes/liveness")] == [Status.PASS]


# --- endpoint-security/debug-mode (Django): only a literal `DEBUG = True` was judged; a settings module whose DEBUG
# is on unless the environment says otherwise passed "no debug switch on"

DJANGO_SETTINGS = """\
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = {debug}
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")
ROOT_URLCONF = "shop.urls"
"""

SHOP_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  selector:
    matchLabels: {{app: shop}}
  template:
    metadata:
      labels: {{app: shop}}
    spec:
      containers:
        - name: shop
          image: ghcr.io/acme/shop:1.0.0
          env:
            - name: DEBUG
              value: "{value}"
"""


def test_a_django_debug_on_by_default_or_by_a_false_string_is_no_pass(tmp_path: Path) -> None:
    check = "endpoint-security/debug-mode"

    def status(name: str, debug: str, deployed: str | None = None) -> list[Status]:
        files = {"requirements.txt": "django==4.2.11\n", "shop/__init__.py": "", "shop/urls.py": "urlpatterns = []\n",
                 "manage.py": 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")\n',
                 "shop/settings.py": DJANGO_SETTINGS.format(debug=debug)}
        if deployed is not None:
            files["k8s/shop.yaml"] = SHOP_DEPLOYMENT.format(value=deployed)
        write(tmp_path / name, files)
        return [f.status for f in findings(scan(tmp_path / name, only=(check,)), check)]

    assert status("default-true", 'os.environ.get("DEBUG", True)') == [Status.FAIL]
    assert status("default-string", 'os.getenv("DJANGO_DEBUG", "True") == "True"') == [Status.FAIL]
    # bool() of any non-empty string is True: the manifest's "False" switches it on
    assert status("bool-of-string", 'bool(os.environ.get("DEBUG", False))', deployed="False") == [Status.FAIL]
    # off by default, or set off by the deployment: passes
    assert status("default-false", 'os.environ.get("DEBUG", "False").lower() == "true"') == [Status.PASS]
    assert status("deployed-off", 'os.environ.get("DEBUG", "True") == "True"', deployed="False") == [Status.PASS]


# --- dependency-health/update-bot: a configuration file that switches the bot off passed on its presence

def test_an_update_bot_switched_off_is_no_pass(tmp_path: Path) -> None:
    check = "dependency-health/update-bot"
    app = {"requirements.txt": "flask==3.0.0\n", "app.py": "import flask\n"}
    # (a low-severity check: its failures are reported as warnings)
    cases = {"renovate-off": ({"renovate.json": '{\n  "extends": ["config:recommended"],\n  "enabled": false\n}\n'},
                              Status.WARN),
             "dependabot-empty": ({".github/dependabot.yml": "version: 2\nupdates: []\n"}, Status.WARN),
             # a manager switched off leaves the others working (fala's pip_requirements)
             "renovate-manager-off": ({"renovate.json": '{"extends": ["config:recommended"], '
                                                        '"pip_setup": {"enabled": false}}\n'}, Status.PASS)}
    for name, (files, status) in cases.items():
        write(tmp_path / name, {**app, **files})
        assert [f.status for f in findings(scan(tmp_path / name, only=(check,)), check)] == [status], name
