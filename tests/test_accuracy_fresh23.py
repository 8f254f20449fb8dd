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
