"""What the fresh repositories hmpps-book-secure-move-api (ministryofjustice/hmpps-book-secure-move-api) and
laa-legal-adviser-api (ministryofjustice/laa-legal-adviser-api) showed (acc-fresh17, 2026-11-30). Each test
fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.end_of_life import locked_gems

# --- dependency-health/end-of-life: the web framework the application locks (a false pass) -------------------------

# hmpps-book-secure-move-api: the image is supported, the Rails release it runs is not
SECURE_MOVE_DOCKERFILE = """FROM ruby:3.4.5-alpine AS build-stage
WORKDIR /app
COPY Gemfile Gemfile.lock .ruby-version /app/
RUN bundle install --jobs 4 --retry 3
FROM ruby:3.4.5-alpine
WORKDIR /app
COPY --from=build-stage /usr/local/bundle /usr/local/bundle
COPY . /app
USER 1000
CMD bundle exec puma -p 3000
"""
SECURE_MOVE_GEMFILE_LOCK = """GEM
  remote: https://rubygems.org/
  specs:
    rack-cors (3.0.0)
      logger
      rack (>= 3.0.14)
    rails (8.0.5)
      actioncable (= 8.0.5)
      actionmailbox (= 8.0.5)
    nokogiri (1.18.10-x86_64-linux-musl)
      racc (~> 1.4)

PLATFORMS
  ruby

DEPENDENCIES
  rails (~> 8.0.0)

BUNDLED WITH
   2.6.9
"""


def test_an_ended_rails_release_in_gemfile_lock_fails(tmp_path: Path) -> None:
    # the check passed: "none of the 1 image(s) is a runtime or distribution release the dataset lists as ended"
    write(tmp_path, {"Dockerfile": SECURE_MOVE_DOCKERFILE, "Gemfile.lock": SECURE_MOVE_GEMFILE_LOCK})
    got = findings(scan(tmp_path, only=("dependency-health/end-of-life",)), "dependency-health/end-of-life",
                   Status.FAIL)
    assert [(f.location.path, f.location.line) for f in got] == [("Gemfile.lock", 7)]
    assert "rails 8.0.5" in got[0].message and "2026-11-07" in got[0].message


def test_gemfile_lock_reader_takes_resolved_gems_only() -> None:
    gems = locked_gems(SECURE_MOVE_GEMFILE_LOCK)
    assert gems["rails"] == ("8.0.5", 7) and gems["nokogiri"] == ("1.18.10", 10)
    assert "actioncable" not in gems and "logger" not in gems  # six-space requirements, not resolved gems


# laa-legal-adviser-api: requirements/base.txt pins Django 4.2 (extended support ended 2026-04-07)
LAALAA_REQUIREMENTS = """requests==2.33.0
boto3==1.34.139
celery[sqs]==5.4
django-celery-results==2.5.1
django-filter==24.2
django==4.2.30
django-storages==1.14.3
djangorestframework==3.15.2
"""


def test_an_ended_django_release_pinned_in_requirements_fails(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM python:3.13-slim\nCOPY requirements/base.txt requirements/base.txt\n"
                                   "RUN pip install -r requirements/base.txt\nCOPY . .\nUSER 1000\n"
                                   'CMD ["uwsgi", "--ini", "conf/uwsgi.ini"]\n',
                     "requirements/base.txt": LAALAA_REQUIREMENTS})
    got = findings(scan(tmp_path, only=("dependency-health/end-of-life",)), "dependency-health/end-of-life",
                   Status.FAIL)
    assert [(f.location.path, f.location.line) for f in got] == [("requirements/base.txt", 6)]
    assert "pins django 4.2.30" in got[0].message


def test_a_supported_django_release_passes(tmp_path: Path) -> None:
    write(tmp_path, {"requirements.txt": "Django==5.2.8\ndjango-filter==24.2\n"})
    [f] = findings(scan(tmp_path, only=("dependency-health/end-of-life",)), "dependency-health/end-of-life")
    assert f.status is Status.PASS and "django 5.2" in f.message


def test_one_finding_per_framework_release_at_the_production_file(tmp_path: Path) -> None:
    # cla-backend's pip-compile outputs all pin django==1.8.19: one finding, at the production requirements
    pinned = "django==1.8.19\n    # via -r requirements/source/requirements-base.in\n"
    write(tmp_path, {f"requirements/generated/requirements-{n}.txt": pinned
                     for n in ("dev", "docs", "git", "production", "testing")})
    got = findings(scan(tmp_path, only=("dependency-health/end-of-life",)), "dependency-health/end-of-life",
                   Status.FAIL)
    assert [f.location.path for f in got] == ["requirements/generated/requirements-production.txt"]


# --- helm: a chart whose own templates use the helpers of a dependency that is not vendored -------------------------

# hmpps-book-secure-move-api: the app Deployment comes from the remote generic-service chart; the Sidekiq Deployment
# and the migration Job are the chart's own templates, named with generic-service's helpers
SECURE_MOVE_CHART = {
    "helm_deploy/hmpps-book-secure-move-api/Chart.yaml": (
        "apiVersion: v2\nappVersion: '2'\ndescription: Helm Chart for the Book a Secure Move API application\n"
        "name: hmpps-book-secure-move-api\nversion: 0.2.0\ndependencies:\n  - name: generic-service\n"
        "    version: 2.5.0\n    repository: https://ministryofjustice.github.io/hmpps-helm-charts\n"),
    "helm_deploy/hmpps-book-secure-move-api/values.yaml": (
        "generic-service:\n  nameOverride: hmpps-book-secure-move-api\n  serviceAccountName: book-a-secure-move-api\n"
        "  replicaCount: 4\n  image:\n    repository: quay.io/hmpps/hmpps-book-secure-move-api\n"
        "    tag: app_version    # override at deployment time\n    port: 3000\n"
        "  env:\n    RAILS_LOG_TO_STDOUT: \"true\"\nsidekiq:\n  replicaCount: 2\n  overrideValues:\n    env:\n"
        "      AWS_DEFAULT_REGION: \"eu-west-2\"\n"),
    "helm_deploy/hmpps-book-secure-move-api/templates/deployment_sidekiq.yaml": """\
{{- $genericService := index .Values "generic-service" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: "{{ include "generic-service.fullname" . }}-sidekiq"
  labels:
    helm.sh/chart: {{ include "generic-service.chart" . }}
    app: "{{ include "generic-service.fullname" . }}-sidekiq"
spec:
  replicas: {{ .Values.sidekiq.replicaCount }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  selector:
    matchLabels:
      app: "{{ include "generic-service.fullname" . }}-sidekiq"
  template:
    metadata:
      labels:
        app: "{{ include "generic-service.fullname" . }}-sidekiq"
        tier: sidekiq
    spec:
      serviceAccountName: book-a-secure-move-api
      containers:
        - name: sidekiq
          image: "{{ $genericService.image.repository }}:{{ $genericService.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ $genericService.image.pullPolicy }}
          command: ["bundle"]
          args: ["exec", "sidekiq"]
{{- include "deployment.envs" ($genericService | merge .Values.sidekiq.overrideValues ) | nindent 10 }}
""",
}


def test_own_templates_using_a_missing_dependencys_helpers_are_rendered_and_checked(tmp_path: Path) -> None:
    # before: "no long-running workloads ...; but chart ... was not built" (skipped): the chart failed on
    # `no template "generic-service.fullname"` and none of its own objects was looked at
    write(tmp_path, SECURE_MOVE_CHART)
    result = scan(tmp_path, only=("health-probes/liveness", "resource-limits/requests-and-limits"))
    [probe] = findings(result, "health-probes/liveness", Status.FAIL)
    assert probe.location.object is not None and probe.location.object.name == "generic-service-sidekiq"
    assert "container sidekiq has no livenessProbe" in probe.message
    [limits] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert limits.location.path == "helm_deploy/hmpps-book-secure-move-api/templates/deployment_sidekiq.yaml"


# --- sensitive-config/secret-scan: an SQL upsert's `key = EXCLUDED.key` and a Fig file ------------------------------

# hmpps-book-secure-move-api: templates/preprod-refresh/03-copy-temp-to-dest.yaml (9 "Secret Keyword" findings)
COPY_TEMP_TO_DEST = """apiVersion: v1
kind: ConfigMap
metadata:
  name: copy-from-temp-sql
data:
  copyFromTemp.sql: |-
    BEGIN;
    INSERT INTO framework_questions SELECT * FROM framework_questions_temp ON CONFLICT (id) DO UPDATE
    SET
    framework_id = EXCLUDED.framework_id,
    key = EXCLUDED.key,
    section = EXCLUDED.section,
    updated_at = EXCLUDED.updated_at;
"""


def test_an_sql_upsert_assigning_a_column_from_excluded_is_no_secret(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/copy-to-dest.yaml": COPY_TEMP_TO_DEST})
    assert not findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan",
                        Status.FAIL)


def test_a_literal_secret_beside_the_upsert_is_still_reported(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/copy-to-dest.yaml": COPY_TEMP_TO_DEST.replace(
        "key = EXCLUDED.key,", "key = 'Zq8rT2vLm9Xw4Kp7Yd3N',")})
    assert findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan",
                    Status.FAIL)


# laa-legal-adviser-api: fig.yml, the Fig (pre-Compose) file of a local PostgreSQL, beside Kubernetes manifests
LAALAA_FIG = """db:
    build: docker/postgres
    links:
        - dbdata
    volumes_from:
        - dbdata
    environment:
        POSTGRES_USER: postgres
        POSTGRES_PASSWORD: postgres

django:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    environment:
        POSTGRES_USER: postgres
        POSTGRES_PASSWORD: postgres
        POSTGRES_HOST: db
"""
LAALAA_SERVICE = """apiVersion: v1
kind: Service
metadata:
  name: laa-legal-adviser-api
spec:
  ports:
  - port: 80
    name: http
    targetPort: 8000
  selector:
    app: laa-legal-adviser-api
"""


def test_a_fig_files_local_database_default_is_left_out_like_compose(tmp_path: Path) -> None:
    # before: "default credential in fig.yml:9 ... a placeholder that must be replaced at deploy time" (twice)
    write(tmp_path, {"fig.yml": LAALAA_FIG, "kubernetes_deploy/production/service.yml": LAALAA_SERVICE})
    got = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    assert not [f for f in got if f.status in (Status.FAIL, Status.WARN) and f.location.path == "fig.yml"]
