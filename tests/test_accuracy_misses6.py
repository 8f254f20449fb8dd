"""The labelled misses and single false positives of the whole accuracy set that acc-misses6 fixed (2026-11-29
evening). Each test is built from the real repository's lines (named in it) and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/structured: Rust services (controller-rs, version-rs) ---------------------------------------------------

CONTROLLER_RS_TELEMETRY = """\
use tracing_subscriber::{EnvFilter, Registry, prelude::*, reload};

pub type LogFilterHandle = reload::Handle<EnvFilter, Registry>;

/// Initialize tracing
pub async fn init() -> LogFilterHandle {
    // Setup tracing layers
    #[cfg(feature = "telemetry")]
    let otel = tracing_opentelemetry::OpenTelemetryLayer::new(init_tracer());

    let logger = tracing_subscriber::fmt::layer().compact();
    let env_filter = EnvFilter::try_from_default_env()
        .or(EnvFilter::try_new("info"))
        .unwrap();
    let (env_filter, reload_handle) = reload::Layer::new(env_filter);

    // Decide on layers
    let reg = Registry::default();
    #[cfg(not(feature = "telemetry"))]
    reg.with(env_filter).with(logger).init();

    reload_handle
}
"""


def test_a_compact_tracing_subscriber_layer_writes_text_lines(tmp_path: Path) -> None:
    # kube-rs/controller-rs src/telemetry.rs: the item was skipped ("no source code found": Rust is not a language of
    # the code facts), so the labelled plain-text logging was missed
    write(tmp_path, {"Cargo.toml": '[package]\nname = "controller"\n\n[dependencies]\n'
                                   'tracing-subscriber = { version = "0.3.23", features = ["env-filter"] }\n',
                     "src/telemetry.rs": CONTROLLER_RS_TELEMETRY})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL and "compact" in f.message
    assert f.location is not None and (f.location.path, f.location.line) == ("src/telemetry.rs", 11)


def test_fmt_init_writes_text_and_a_json_layer_passes(tmp_path: Path) -> None:
    # kube-rs/version-rs version.rs:54 `tracing_subscriber::fmt::init();`
    write(tmp_path, {"version.rs": "async fn main() -> anyhow::Result<()> {\n"
                                   "    tracing_subscriber::fmt::init();\n}\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL and "full text lines" in f.message
    write(tmp_path, {"version.rs": "fn main() {\n    tracing_subscriber::fmt()\n        .with_env_filter(f)\n"
                                   "        .json()\n        .init();\n}\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and ".json()" in f.message


def test_rust_code_without_a_known_logging_backend_is_skipped_not_passed(tmp_path: Path) -> None:
    write(tmp_path, {"src/main.rs": "fn main() {\n    println!(\"hello\");\n}\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.SKIPPED and "Rust" in f.message


# --- monitoring/metrics-scraped: a service with no metrics and no workload in the manifests (python-demoapp) ---------

DEMOAPP_APIS = '''\
from flask import jsonify, current_app as app
import psutil


#
# This route returns real time system metrics as a REST API
#
@app.route("/api/monitor")
def api_monitor():
    apidata = {}
    apidata["cpu"] = psutil.cpu_percent(interval=0.9)
    apidata["mem"] = psutil.virtual_memory().percent
    return jsonify(apidata)
'''
DEMOAPP_VALUES = """\
image:
  repository: ghcr.io/benc-uk/python-demoapp
  tag: latest
  pullPolicy: Always

service:
  targetPort: 5000
  type: LoadBalancer
"""


def _demoapp(tmp_path: Path, **more: str) -> None:
    # benc-uk/python-demoapp: deployed with a remote chart (helm install demo benc-uk/webapp --values myapp.yaml),
    # so no workload is in the repository; /api/monitor feeds the page's dials with JSON
    write(tmp_path, {"src/requirements.txt": "Flask==1.1.2\npy-cpuinfo==7.0.0\npsutil==5.8.0\ngunicorn==20.1.0\n",
                     "src/app/apis.py": DEMOAPP_APIS, "deploy/kubernetes/app.sample.yaml": DEMOAPP_VALUES,
                     "build/Dockerfile": 'FROM python:3.9-slim-buster\nCMD ["gunicorn", "-b", "0.0.0.0:5000", '
                                         '"run:app"]\n', **more})


def test_a_service_with_no_metrics_and_no_workloads_fails(tmp_path: Path) -> None:
    # the check said n/a ("no long-running workloads in the manifests"): the labelled miss
    _demoapp(tmp_path)
    [f] = findings(scan(tmp_path, only=("monitoring/metrics-scraped",)), "monitoring/metrics-scraped")
    assert f.status is Status.FAIL and "exposes no metrics" in f.message and "GET /api/monitor" in f.message
    assert f.location is not None and f.location.path == "src/app/apis.py"


def test_any_sign_of_metrics_keeps_the_check_not_applicable(tmp_path: Path) -> None:
    # a /metrics route, a metrics library among the dependencies, or a metrics word in the code: the service may be
    # scraped (or push) through whatever deploys it, which the repository does not show
    for more in ({"src/app/metrics.py": 'from flask import current_app as app\n\n@app.route("/metrics")\n'
                                        'def metrics():\n    return ""\n'},
                 {"src/requirements.txt": "Flask==1.1.2\nprometheus-flask-exporter==0.23.0\n"},
                 {"src/app/__init__.py": "from opentelemetry import metrics\n"}):
        _demoapp(tmp_path, **more)
        [f] = findings(scan(tmp_path, only=("monitoring/metrics-scraped",)), "monitoring/metrics-scraped")
        assert f.status is Status.NA, more
        for rel in more:
            (tmp_path / rel).unlink()


# --- rollback-plan/runbook: the rollback command written under another heading (nestjs-starter, cla-public) ---------

NESTJS_README = """\
# NestJS Starter

## Kubernetes Deployment

### Updating the Application

```bash
# Build and push new image
docker build -f ci/Dockerfile -t your-registry/nestjs-starter:v2.0.0 .
docker push your-registry/nestjs-starter:v2.0.0

# Update deployment
kubectl set image deployment/nestjs-app \\\\
  nestjs-app=your-registry/nestjs-starter:v2.0.0 \\\\
  -n nestjs-starter

# Rollback if needed
kubectl rollout undo deployment/nestjs-app -n nestjs-starter
```

### Clean Up
"""
CLA_RELEASING = (
    "# Releasing\n\n## Rolling back\n\n"
    "1. Check the rollout history with `kubectl rollout history deployment/laa-cla-public "
    "--namespace=laa-cla-public-<environment>`\n"
    "1. Roll back to the previous version with `kubectl rollout undo deployment/laa-cla-public "
    "--namespace=laa-cla-public-<environment>`\n")


def test_a_rollback_command_in_the_readme_is_a_documented_procedure(tmp_path: Path) -> None:
    # nestjs-starter: the check failed "no documented rollback procedure (no runbook found)"
    write(tmp_path, {"README.md": NESTJS_README})
    [f] = findings(scan(tmp_path, only=("rollback-plan/runbook",)), "rollback-plan/runbook")
    assert f.status is Status.PASS and "'Updating the Application'" in f.message
    assert f.location is not None and (f.location.path, f.location.line) == ("README.md", 18)


def test_a_rolling_back_section_with_its_commands_passes(tmp_path: Path) -> None:
    # cla-public docs/releasing.md: the check warned "a rollback section exists ... but there is no runbook"
    write(tmp_path, {"docs/releasing.md": CLA_RELEASING, "README.md": "# CLA public\n\nSee docs/releasing.md.\n"})
    [f] = findings(scan(tmp_path, only=("rollback-plan/runbook",)), "rollback-plan/runbook")
    assert f.status is Status.PASS and "docs/releasing.md, under 'Rolling back'" in f.message


def test_saying_changes_are_rolled_back_without_how_still_fails(tmp_path: Path) -> None:
    # cla-backend's README: "changes should be rolled back" says nothing of how
    write(tmp_path, {"README.md": "# CLA backend\n\n## Deploying\n\n"
                                  "If a deploy fails, changes should be rolled back.\n"})
    [f] = findings(scan(tmp_path, only=("rollback-plan/runbook",)), "rollback-plan/runbook")
    assert f.status is Status.FAIL


# --- schema-changes/lint: squawk reads each darwin section alone (ardanlabs-service) -------------------------------

DARWIN_SQL = """\
-- Version: 1.01
-- Description: Create table users
CREATE TABLE users (
	user_id       UUID        NOT NULL,
	name          TEXT        NOT NULL,

	PRIMARY KEY (user_id)
);

-- Version: 1.03
-- Description: Add products view.
CREATE OR REPLACE VIEW view_products AS
SELECT
    p.product_id,
    u.name AS user_name
FROM
    products AS p
JOIN
    users AS u ON u.user_id = p.user_id

-- Version: 1.04
-- Description: Unique names
ALTER TABLE users ADD CONSTRAINT uq_name UNIQUE (name);
"""


def test_squawk_lints_darwin_sections_one_by_one(tmp_path: Path) -> None:
    # ardanlabs/service business/sdk/migrate/sql/migrate.sql: darwin runs each `-- Version:` section on its own, so
    # the view of 1.03 needs no final semicolon; squawk, given the whole file, warned "syntax-error: Missing semicolon
    # between statements" (at line 46 of 47: squawk counts lines from 0)
    import shutil

    import pytest

    if shutil.which("squawk") is None:
        pytest.skip("squawk (pip install squawk-cli) is not on PATH")
    write(tmp_path, {"go.mod": "module x\n\nrequire github.com/ardanlabs/darwin/v3 v3.1.0\n",
                     "business/sdk/migrate/sql/migrate.sql": DARWIN_SQL})
    lint = findings(scan(tmp_path, only=("schema-changes/lint",)), "schema-changes/lint")
    rules = {(f.evidence or {}).get("rule"): f for f in lint}
    assert "squawk:syntax-error" not in rules
    unique = rules["squawk:disallowed-unique-constraint"]  # squawk still reads the sections, at their real lines
    assert unique.location is not None and (unique.location.path, unique.location.line) == (
        "business/sdk/migrate/sql/migrate.sql", 23)


# --- logging/level-from-env: a logging configuration's ${LOG_LEVEL} (yas) ---------------------------------------------

YAS_VALUES = """\
logbackConfig: |
  <Configuration>
      <include resource="org/springframework/boot/logging/logback/defaults.xml" />
      <include resource="org/springframework/boot/logging/logback/console-appender.xml" />
      <property name="LOG_LEVEL" value="${LOG_LEVEL:-INFO}"/>
      <root level="INFO">
          <appender-ref ref="CONSOLE" />
      </root>
      <logger name="com.yas" level="${LOG_LEVEL}" additivity="false">
          <appender-ref ref="CONSOLE" />
      </logger>
  </Configuration>
"""


def test_a_logback_level_from_an_environment_placeholder_passes(tmp_path: Path) -> None:
    # yas k8s/charts/yas-configuration/values.yaml (mounted as the services' logback configuration): the check failed
    # "no env var sets the log level", the Java code reading no LOG_LEVEL itself
    write(tmp_path, {"cart/src/main/java/com/yas/cart/CartApplication.java":
                     "package com.yas.cart;\nimport org.springframework.boot.SpringApplication;\n"
                     "public class CartApplication {}\n",
                     "k8s/charts/yas-configuration/values.yaml": YAS_VALUES})
    [f] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert f.status is Status.PASS and "${LOG_LEVEL:-INFO}" in f.message
    assert f.location is not None
    assert (f.location.path, f.location.line) == ("k8s/charts/yas-configuration/values.yaml", 5)
    # a level fixed in the configuration, or a placeholder for something else, is not from the environment
    write(tmp_path, {"k8s/charts/yas-configuration/values.yaml": YAS_VALUES.replace("${LOG_LEVEL:-INFO}", "INFO")
                     .replace('"${LOG_LEVEL}"', '"${APP_NAME}"')})
    [f] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert f.status is not Status.PASS


def test_a_spring_level_property_from_an_environment_placeholder_passes(tmp_path: Path) -> None:
    write(tmp_path, {"src/main/java/App.java": "import org.springframework.boot.SpringApplication;\nclass App {}\n",
                     "src/main/resources/application.properties":
                     "spring.application.name=orders\nlogging.level.root=${ROOT_LOG_LEVEL:INFO}\n"})
    [f] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert f.status is Status.PASS and "logging.level.root" in f.message


# --- dockerfile/package-cache-cleaned: a `;` inside a quoted pip requirement separates no commands -------------------

def test_a_quoted_environment_marker_does_not_split_the_pip_command(tmp_path: Path) -> None:
    # PEP 508 markers are written after a `;` inside the quoted requirement; the old split at every `;` read
    # `pip install "importlib-metadata` as a command without --no-cache-dir
    write(tmp_path, {"Dockerfile": "FROM python:3.12-slim\n"
                                   "RUN pip install \"importlib-metadata; python_version < '3.8'\" --no-cache-dir"
                                   " && useradd app\nUSER app\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/package-cache-cleaned",)), "dockerfile/package-cache-cleaned")
    assert f.status is Status.PASS
    write(tmp_path, {"Dockerfile": "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r r.txt; pip install x\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/package-cache-cleaned",)), "dockerfile/package-cache-cleaned")
    assert f.status is Status.WARN  # a real second command still counts (low severity: warn)


# --- sensitive-config/secret-scan: a Spring placeholder of a kebab-case property has no fallback (yas) --------------

YAS_SWAGGER = """\
@SecurityScheme(name = "oauth2_bearer", type = SecuritySchemeType.OAUTH2,
    flows = @OAuthFlows(authorizationCode = @OAuthFlow(
        authorizationUrl = "${springdoc.oauthflow.authorization-url}",
        tokenUrl = "${springdoc.oauthflow.token-url}", scopes = {
            @OAuthScope(name = "openid", description = "openid")})))
public class SwaggerConfig {
}
"""


def test_a_dash_inside_a_spring_property_name_is_not_a_shell_fallback(tmp_path: Path) -> None:
    # yas cart/src/main/java/com/yas/cart/config/SwaggerConfig.java:19 (and customer, order, product): read as the
    # shell's `${springdoc.oauthflow.token-url}` = variable springdoc.oauthflow.token, fallback "url"
    write(tmp_path, {"cart/src/main/java/com/yas/cart/config/SwaggerConfig.java": YAS_SWAGGER,
                     "cart/src/main/resources/application.properties":
                     "spring.datasource.password=${DB_PASSWORD:Sup3rS3cretPw}\n"})
    scan_findings = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    flagged = [f.location.path for f in scan_findings if f.status is Status.FAIL and f.location]
    assert flagged == ["cart/src/main/resources/application.properties"]  # a real Spring fallback still counts


# --- sensitive-config/secret-scan: pytest-env settings in pyproject.toml (fastapi-realworld) ------------------------

REALWORLD_PYPROJECT = """\
[tool.pytest.ini_options]
testpaths = "tests"
filterwarnings = "error"
addopts = '''
  --strict-markers
  --tb=short
'''
env = [
  "SECRET_KEY=secret",
  "MAX_CONNECTIONS_COUNT=1",
  "MIN_CONNECTIONS_COUNT=1"
]

[build-system]
requires = ["poetry>=1.0"]
"""


def test_pytest_env_settings_are_the_test_runs_not_a_credential(tmp_path: Path) -> None:
    # nsidnev/fastapi-realworld-example-app pyproject.toml:63: "default credential ... (sec***)"
    write(tmp_path, {"pyproject.toml": REALWORLD_PYPROJECT})
    assert not [f for f in findings(scan(tmp_path, only=("sensitive-config/secret-scan",)),
                                    "sensitive-config/secret-scan") if f.status in (Status.FAIL, Status.WARN)]
    # the same line in the project's own settings table still counts
    write(tmp_path, {"pyproject.toml": REALWORLD_PYPROJECT.replace("[tool.pytest.ini_options]", "[tool.app]")})
    assert [f for f in findings(scan(tmp_path, only=("sensitive-config/secret-scan",)),
                                "sensitive-config/secret-scan") if f.status in (Status.FAIL, Status.WARN)]


def test_the_other_logging_checks_say_which_languages_they_read(tmp_path: Path) -> None:
    # controller-rs: logging/stdout and friends said "no source code found" of a repository full of Rust
    write(tmp_path, {"src/telemetry.rs": CONTROLLER_RS_TELEMETRY})
    [f] = findings(scan(tmp_path, only=("logging/stdout",)), "logging/stdout")
    assert f.status is Status.SKIPPED and "Python, JavaScript/TypeScript, Go, Java" in f.message
