"""What the fresh repositories ras-frontstage (ONSdigital/ras-frontstage) and laa-check-client-qualifies
(ministryofjustice/laa-check-client-qualifies) showed (acc-fresh23, 2026-11-30 s6). Each test fails on the code before
its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- env-vars: "the code reads no environment variables" over a Rails app whose Ruby was never read ------------------

# laa-check-client-qualifies: the Rails code reads its variables with ENV[...] / ENV.fetch (config/environments/
# production.rb, app/lib/cfe_connection.rb); the only files the env-var reader reads are the front end's
# app/javascript/*.js, which read none.
PRODUCTION_RB = """\
Rails.application.configure do
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  if ENV["RAILS_LOG_TO_STDOUT"].present?
    logger = ActiveSupport::Logger.new($stdout)
  end
end
"""
CFE_CONNECTION_RB = """\
class CfeConnection
  def user_agent_string
    environment_name = ENV.fetch("CFE_ENVIRONMENT_NAME", "local")
    "ccq/#{environment_name}"
  end
end
"""
FEEDBACK_JS = """\
const initFeedback = () => {
  onClickElementWithRole("initial-trigger", () => {
    showSection("message");
  });
};
"""
ENV_SAMPLE = "SENTRY_DSN=this-is-where-you-enter-the-sentry-dsn\nCFE_HOST=enter-a-vaid-url-here\n"
DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: ccq}
spec:
  selector: {matchLabels: {app: ccq}}
  template:
    metadata: {labels: {app: ccq}}
    spec:
      containers:
        - name: api
          image: ccq:main-1
          env:
            - {name: RAILS_ENV, value: production}
"""


def _rails_app(root: Path) -> None:
    write(root, {"config/environments/production.rb": PRODUCTION_RB, "app/lib/cfe_connection.rb": CFE_CONNECTION_RB,
                 "app/javascript/feedback.js": FEEDBACK_JS, ".env.sample": ENV_SAMPLE,
                 "k8s/deployment.yaml": DEPLOYMENT})


def test_env_vars_documented_skips_when_the_ruby_code_was_not_read(tmp_path: Path) -> None:
    _rails_app(tmp_path)
    documented = findings(scan(tmp_path, only=("env-vars/documented",)), "env-vars/documented")
    assert [f.status for f in documented] == [Status.SKIPPED]
    assert "2 Ruby file(s) were not read" in documented[0].message


def test_env_vars_required_set_skips_when_the_ruby_code_was_not_read(tmp_path: Path) -> None:
    _rails_app(tmp_path)
    required = findings(scan(tmp_path, only=("env-vars/required-set",)), "env-vars/required-set")
    assert [f.status for f in required] == [Status.SKIPPED]


def test_env_vars_documented_stays_not_applicable_without_unread_code(tmp_path: Path) -> None:
    # a Node service whose code reads no variable: nothing went unread, so n/a is earned
    write(tmp_path, {"app/javascript/feedback.js": FEEDBACK_JS,
                     "spec/models/check_spec.rb": "describe Check do\nend\n"})
    documented = findings(scan(tmp_path, only=("env-vars/documented",)), "env-vars/documented")
    assert [f.status for f in documented] == [Status.NA]


# --- Rails routes: a block closed by `},` (an argument of the call) left every later route unread ------------------

# laa-check-client-qualifies' config/routes.rb (lines 5-42, abridged): the two compatibility redirects pass a block to
# `redirect(...)` and close it with `},` before the call's `via:` option.
ROUTES_RB = """\
Rails.application.routes.draw do
  if ModeConfig.oauth_enabled?
    devise_for :admins,
               controllers: { omniauth_callbacks: "admins/omniauth_callbacks" }

    match "/auth/:provider/callback",
          to: redirect(status: 302) { |params, req|
            qs = req.query_string
            "/admins/auth/#{params[:provider]}/callback#{qs.present? ? "?#{qs}" : ''}"
          },
          via: %i[get post]
  end

  resources :status, only: [:index]
  get "/health", to: "status#health"
  resource :cookies, only: %i[show update]
  resources :feedbacks, only: %i[create update]
end
"""
STATUS_CONTROLLER = """\
class StatusController < ApplicationController
  skip_before_action :authenticate, :check_maintenance_mode, only: %i[index health]

  def index
    render json: { alive: true }
  end
end
"""


def test_rails_routes_after_a_block_closed_by_brace_comma_are_read() -> None:
    from deploycheck.sources.routes_rails import rails_routes

    files = {"config/routes.rb": ROUTES_RB, "app/controllers/status_controller.rb": STATUS_CONTROLLER,
             "app/controllers/cookies_controller.rb": "class CookiesController < ApplicationController\nend\n",
             "app/controllers/feedbacks_controller.rb": "class FeedbacksController < ApplicationController\nend\n"}
    routes = rails_routes(files, "config/routes.rb").routes
    assert {(r.method, r.path) for r in routes} == {
        ("GET", "/status"), ("GET", "/health"), ("GET", "/cookies"), ("PATCH", "/cookies"), ("PUT", "/cookies"),
        ("POST", "/feedbacks"), ("PATCH", "/feedbacks/:id"), ("PUT", "/feedbacks/:id")}


# --- secret scan: a quantity about a secret is no secret ------------------------------------------------------------

# ras-frontstage's config.py (lines 18-19 and 49): the token's expiry and the reset attempts' timeout, in seconds
CONFIG_PY = """\
import os


class Config(object):
    EMAIL_TOKEN_SALT = os.getenv("EMAIL_TOKEN_SALT", "aardvark")
    EMAIL_TOKEN_EXPIRY = int(os.getenv("EMAIL_TOKEN_EXPIRY", "86400"))
    PASSWORD_RESET_ATTEMPTS_TIMEOUT = int(os.getenv("PASSWORD_RESET_ATTEMPTS_TIMEOUT", "86400"))
    API_TOKEN_TTL = os.getenv("API_TOKEN_TTL", "Xk29vLmqPz81")
"""


def test_secret_scan_leaves_out_a_number_under_a_quantity_named_secret_variable(tmp_path: Path) -> None:
    write(tmp_path, {"config.py": CONFIG_PY})
    scan_result = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    reported = [f.message for f in scan_result if f.status in (Status.FAIL, Status.WARN)]
    assert not [m for m in reported if "EXPIRY" in m or "ATTEMPTS_TIMEOUT" in m]
    # the salt's fallback and a quantity-named variable holding no number are still reported
    assert [m for m in reported if "EMAIL_TOKEN_SALT" in m] and [m for m in reported if "API_TOKEN_TTL" in m]


# --- helm values: the id of a message template sent for a password change is no password ---------------------------

# ras-frontstage's _infra/helm/frontstage/values.yaml (the email block)
VALUES_YAML = """\
email:
  enabled: false
  expiry: "86400"
  templates:
    passwordChange: 7ba6b103-79d2-4ef1-be2e-979c127fa439
"""


def test_helm_values_leave_out_a_template_id_named_for_a_password_event(tmp_path: Path) -> None:
    chart = {"chart/Chart.yaml": "apiVersion: v2\nname: frontstage\nversion: 2.5.101\n",
             "chart/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"}
    write(tmp_path, {**chart, "chart/values.yaml": VALUES_YAML})
    values = findings(scan(tmp_path, only=("sensitive-config/helm-values",)), "sensitive-config/helm-values")
    assert [f.status for f in values] == [Status.PASS]
    # below the same map, a key ending in a secret word still holds a secret
    write(tmp_path, {"chart/values.yaml": VALUES_YAML + "    smtpPassword: Xk29vLmqPz81\n"})
    values = findings(scan(tmp_path, only=("sensitive-config/helm-values",)), "sensitive-config/helm-values")
    assert [f.status for f in values] == [Status.FAIL]
    assert "smtpPassword" in values[0].message


# --- secret scan: the compose building blocks in a `compose` folder are local compose files -------------------------

# laa-check-client-qualifies' docker/compose/include.cfe.yml (lines 3-31, abridged), which its docker-compose.*.yml
# files `include:`: the CFE-Civil service and its PostgreSQL for a developer's laptop; the chart deploys the service.
INCLUDE_CFE_YML = """\
services:
  cfe:
    container_name: cfe-civil
    environment:
      RAILS_ENV: production
      SECRET_KEY_BASE: default
      POSTGRES_HOST: cfe-postgres
      POSTGRES_PASSWORD: ${CFE_DB_PASSWORD:-cfe_password}
  cfe-postgres:
    image: postgres:18
    environment:
      POSTGRES_DB: cfe_civil
      POSTGRES_PASSWORD: ${CFE_DB_PASSWORD:-cfe_password}
"""


def test_secret_scan_reads_a_compose_folder_as_local_compose(tmp_path: Path) -> None:
    write(tmp_path, {"docker/compose/include.cfe.yml": INCLUDE_CFE_YML, "k8s/deployment.yaml": DEPLOYMENT})
    reported = [f for f in findings(scan(tmp_path, only=("sensitive-config/secret-scan",)),
                                    "sensitive-config/secret-scan") if f.status in (Status.FAIL, Status.WARN)]
    assert not reported
    # a random value in the same file is still a secret (it may be a real account's)
    write(tmp_path, {"docker/compose/include.cfe.yml": INCLUDE_CFE_YML.replace("default", "Xk29vLmqPz81Rt7Q")})
    reported = [f for f in findings(scan(tmp_path, only=("sensitive-config/secret-scan",)),
                                    "sensitive-config/secret-scan") if f.status in (Status.FAIL, Status.WARN)]
    assert [f.location.line if f.location else None for f in reported] == [6]


# --- a chart that fails only without its environments' values files hides no object --------------------------------

# laa-check-client-qualifies' chart (abridged): no values.yaml; templates read .Values.metabase.enabled, so the
# default render fails (nil pointer), and bin/deploy passes values/ccq-<environment>.yaml, which renders. Its vendored
# postgresql subchart has a PrometheusRule template, so "the failed chart cannot make one" does not hold.
CHART_FILES = {
    "helm_deploy/ccq/Chart.yaml": "apiVersion: v2\nname: laa-estimate-eligibility\nversion: 0.3.0\n",
    "helm_deploy/ccq/templates/deployment.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector: {matchLabels: {app: ccq}}
  template:
    metadata: {labels: {app: ccq}}
    spec:
      containers:
        - name: api
          image: '{{ .Values.image.repository }}:{{ .Values.image.tag }}'
""",
    "helm_deploy/ccq/templates/metabase.yaml": """\
{{- if .Values.metabase.enabled }}
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-metabase
spec:
  ports: [{port: 80, targetPort: 3000}]
  selector: {app: metabase}
{{- end }}
""",
    # the vendored bitnami postgresql subchart (abridged): a template that can make a PrometheusRule
    "helm_deploy/ccq/charts/postgresql/Chart.yaml": "apiVersion: v2\nname: postgresql\nversion: 16.6.6\n",
    "helm_deploy/ccq/charts/postgresql/values.yaml": "metrics:\n  prometheusRule:\n    enabled: false\n",
    "helm_deploy/ccq/charts/postgresql/templates/prometheusrule.yaml": """\
{{- if .Values.metrics.prometheusRule.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: {{ .Release.Name }}-postgresql
spec:
  groups: []
{{- end }}
""",
    "helm_deploy/ccq/values/ccq-production.yaml": """\
replicaCount: 5
image:
  repository: nginx
  tag: stable
metabase:
  enabled: true
""",
}


def test_absence_findings_hold_over_a_chart_that_renders_with_its_environment_values(tmp_path: Path) -> None:
    write(tmp_path, CHART_FILES)
    rules = findings(scan(tmp_path, only=("monitoring/alert-rules",)), "monitoring/alert-rules")
    assert [f.status for f in rules] == [Status.FAIL]
    assert "was not built" not in rules[0].message
