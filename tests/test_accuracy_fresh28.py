"""What the fresh repositories laa-civil-case-api (ministryofjustice/laa-civil-case-api) and modern-slavery
(UKHomeOffice/modern-slavery) showed (acc-fresh28, 2026-11-30 s8). Each test fails on the code before its fix; the
texts are the repositories' own lines, cut down."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- kd templates: plain manifests written as Go templates -----------------------------------------------------------

# modern-slavery's kube/redis/redis-deployment.yml (and every file of kube/): kd renders `{{ if }}` lines and
# `{{ .VAR }}` values from the environment before applying. As YAML the file does not parse, so its objects were
# left out and health-probes said "no long-running workloads: n/a" over seven Deployments without probes.
REDIS_IMAGE = ("quay.io/ukhomeofficedigital/hof-docker-redis:7.0.15"
               "@sha256:cd4965fbb8aa6e4eba058985cc52f6a3ececdfa6d79ba44206f051f72a1f0611")
NGINX_IMAGE = ("quay.io/ukhomeofficedigital/nginx-proxy-govuk"
               "@sha256:99a8b58a3c0f6a1d96ba04a1d8214459ddadcc1bb636e72d5b4e270af8e0416a")
REDIS_DEPLOYMENT = """\
---
apiVersion: apps/v1
kind: Deployment
metadata:
  {{ if eq .KUBE_NAMESPACE .PROD_ENV }}
  name: redis
  {{ else if eq .KUBE_NAMESPACE .BRANCH_ENV }}
  annotations:
    downscaler/uptime: {{ .NON_PROD_AVAILABILITY }}
  name: redis-{{ .DRONE_SOURCE_BRANCH }}
  {{ else }}
  annotations:
    downscaler/uptime: {{ .NON_PROD_AVAILABILITY }}
  name: redis
  {{ end }}
spec:
  replicas: 1
  selector:
    matchLabels:
      {{ if eq .KUBE_NAMESPACE .BRANCH_ENV }}
      name: redis-{{ .DRONE_SOURCE_BRANCH }}
      {{ else }}
      name: redis
      {{ end }}
  template:
    metadata:
      labels:
        {{ if eq .KUBE_NAMESPACE .BRANCH_ENV }}
        name: redis-{{ .DRONE_SOURCE_BRANCH }}
        {{ else }}
        name: redis
        {{ end }}
    spec:
      containers:
        - name: redis
          image: REDIS_IMAGE
          ports:
            - containerPort: 6379
          securityContext:
            runAsNonRoot: true
""".replace("REDIS_IMAGE", REDIS_IMAGE)
# kube/app/deployment.yml: the NGINX_SETTINGS file of the private config repository fills the sidecar's env.
NGINX_SIDECAR = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: modern-slavery-main
spec:
  selector:
    matchLabels:
      name: modern-slavery-main
  template:
    metadata:
      labels:
        name: modern-slavery-main
    spec:
      containers:
        - name: modern-slavery-main
          image: {{ .IMAGE_URL }}/{{ .IMAGE_REPO }}:{{ .DRONE_COMMIT_SHA }}
          env:
            - name: NODE_TLS_REJECT_UNAUTHORIZED
              value: "0"
        - name: nginx-proxy
          image: NGINX_IMAGE
          env:
{{ file .NGINX_SETTINGS | indent 12 }}
            - name: PROXY_SERVICE_PORT
              value: "8081"
""".replace("NGINX_IMAGE", NGINX_IMAGE)


def test_kd_template_keeps_each_else_branch_line_for_line() -> None:
    from deploycheck.sources.gotemplate import render_one_variant

    rendered = render_one_variant(REDIS_DEPLOYMENT)
    assert rendered is not None
    assert len(rendered.split("\n")) == len(REDIS_DEPLOYMENT.split("\n"))  # findings point at the template's lines
    lines = rendered.split("\n")
    assert lines[5] == ""  # `{{ if ... }}`: a line of actions only
    assert lines[13] == "  name: redis"  # the else branch of metadata's chain
    assert "redis-${DRONE_SOURCE_BRANCH}" not in rendered  # its branch-only lines are dropped
    assert lines[12] == "    downscaler/uptime: ${NON_PROD_AVAILABILITY}"  # a value action: the variable it reads


def test_kd_template_drops_a_line_filled_from_elsewhere_and_refuses_unclosed_blocks() -> None:
    from deploycheck.sources.gotemplate import render_one_variant

    rendered = render_one_variant(NGINX_SIDECAR)
    assert rendered is not None and "file" not in rendered and "indent" not in rendered
    assert "image: ${IMAGE_URL}/${IMAGE_REPO}:${DRONE_COMMIT_SHA}" in rendered
    assert render_one_variant("metadata:\n  {{ if .X }}\n  name: a\n") is None  # no {{ end }}
    assert render_one_variant("metadata:\n  name: a\n") is None  # no template at all


def test_kd_template_objects_are_judged(tmp_path: Path) -> None:
    write(tmp_path, {"kube/redis/redis-deployment.yml": REDIS_DEPLOYMENT})
    result = scan(tmp_path, only=("health-probes/liveness", "manifests/parse"))
    liveness = findings(result, "health-probes/liveness")
    assert [f.status for f in liveness] == [Status.FAIL]
    assert liveness[0].location is not None and liveness[0].location.path == "kube/redis/redis-deployment.yml"
    assert liveness[0].location.line == 35  # the template's own line of the container
    assert Status.ERROR not in [f.status for f in findings(result, "manifests/parse")]


def test_kd_template_env_is_read_for_tls_verification(tmp_path: Path) -> None:
    write(tmp_path, {"kube/app/deployment.yml": NGINX_SIDECAR, "server.js": "const hof = require('hof');\n",
                     "package.json": '{"name": "modern-slavery", "dependencies": {"hof": "~23.0.4"}}\n'})
    tls = findings(scan(tmp_path, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification")
    assert Status.FAIL in [f.status for f in tls]


# bin/deploy.sh applies every file with kd into $KUBE_NAMESPACE: `export KUBE_NAMESPACE=$1`, a kd alias, then
# `$kd -f kube/redis`. Thirty objects "declared no namespace".
DEPLOY_SH = """\
#! /bin/bash
set -e

kd='kd --timeout 10m --check-interval 5s'

export KUBE_NAMESPACE=$1
export DRONE_SOURCE_BRANCH=$(echo $DRONE_SOURCE_BRANCH | tr '[:upper:]' '[:lower:]' | tr '/' '-')

if [[ ${KUBE_NAMESPACE} == ${BRANCH_ENV} ]]; then
  $kd --delete -f kube/jobs/ms-schema-job.yml
  $kd -f kube/redis -f kube/save-return-data-alerts
fi
"""
# bin/manual_migration.sh: the same kd, no namespace: the operator's context.
MANUAL_MIGRATION_SH = """\
#! /bin/bash
set -e

export SCHEMA_ACTION=$1

kd='kd --timeout 10m --check-interval 5s'

$kd --delete -f kube/jobs/ms-schema-job.yml
$kd -f kube/jobs/ms-schema-job.yml
"""
JOB = """\
apiVersion: batch/v1
kind: Job
metadata:
  name: ms-schema
spec:
  template:
    spec:
      containers:
        - name: ms-schema
          image: quay.io/ukhomeofficedigital/ms-schema:e89b81ee2f438531a04a3480b2177706bd46c98e
          command: ["npm",  "run", "db:{{ .SCHEMA_ACTION }}"]
      restartPolicy: Never
"""


def test_kd_applies_into_kube_namespace(tmp_path: Path) -> None:
    write(tmp_path, {"kube/redis/redis-deployment.yml": REDIS_DEPLOYMENT, "bin/deploy.sh": DEPLOY_SH,
                     "kube/jobs/ms-schema-job.yml": JOB, "bin/manual_migration.sh": MANUAL_MIGRATION_SH})
    namespace = findings(scan(tmp_path, only=("cluster/namespace",)), "cluster/namespace")
    failed = {f.location.path for f in namespace if f.status == Status.FAIL and f.location is not None}
    # the Job is also applied by manual_migration.sh without a namespace: still undeclared
    assert failed == {"kube/jobs/ms-schema-job.yml"}
    assert any(f.status == Status.PASS and "kube/redis" in f.message + str(f.evidence) for f in namespace)


# --- ingress/backend: a namespaced Ingress and a namespace-less Service applied by the same deploy script ------------

# kube/govuk-ingress/app-ingress-govuk.yml names ms-prod; kube/app/service.yml names none; bin/deploy.sh applies both
# with kd into $KUBE_NAMESPACE (ms-prod when it runs for production).
GOVUK_INGRESS = """\
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress-govuk
  namespace: ms-prod
spec:
  rules:
  - host: www.modernslavery.gov.uk
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: modern-slavery-main
            port:
              number: 10443
  tls:
  - hosts:
    - www.modernslavery.gov.uk
    secretName: cert-govuk-cmio
"""
SERVICE = """\
apiVersion: v1
kind: Service
metadata:
  name: modern-slavery-main
spec:
  selector:
    name: modern-slavery-main
  ports:
  - name: https
    port: 10443
"""
DEPLOY_PROD_SH = """\
#! /bin/bash
kd='kd --timeout 10m --check-interval 5s'
export KUBE_NAMESPACE=$1
$kd -f kube/app/service.yml
$kd -f kube/govuk-ingress -f kube/app/deployment.yml
"""


def test_ingress_backend_finds_the_service_applied_with_it(tmp_path: Path) -> None:
    write(tmp_path, {"kube/govuk-ingress/app-ingress-govuk.yml": GOVUK_INGRESS, "kube/app/service.yml": SERVICE,
                     "kube/app/deployment.yml": NGINX_SIDECAR, "bin/deploy.sh": DEPLOY_PROD_SH})
    backend = findings(scan(tmp_path, only=("ingress/backend",)), "ingress/backend")
    assert [f.status for f in backend] == [Status.PASS], [f.message for f in backend]


def test_ingress_backend_still_fails_without_a_common_deploy(tmp_path: Path) -> None:
    write(tmp_path, {"kube/govuk-ingress/app-ingress-govuk.yml": GOVUK_INGRESS, "kube/app/service.yml": SERVICE,
                     "kube/app/deployment.yml": NGINX_SIDECAR})
    backend = findings(scan(tmp_path, only=("ingress/backend",)), "ingress/backend")
    assert [f.status for f in backend] == [Status.FAIL]


# --- secret-scan: names of secrets and local databases --------------------------------------------------------------

DRONE_YML = """\
kind: pipeline
name: default
type: kubernetes

steps:
  - name: clone_repos
    image: alpine/git
    environment:
      DRONE_GIT_USERNAME:
        from_secret: drone_git_username
      DRONE_GIT_TOKEN:
        from_secret: drone_git_token
    commands:
      - git clone https://$${DRONE_GIT_USERNAME}:$${DRONE_GIT_TOKEN}@github.com/UKHomeOfficeForms/hof-services-config.git

  - name: image_to_quay
    image: 340268328991.dkr.ecr.eu-west-2.amazonaws.com/acp/dind
    environment:
      DOCKER_PASSWORD:
        from_secret: DOCKER_PASSWORD
"""
KNEXFILE = """\
'use strict';

const config = require('../../../config');

module.exports = {
  development: {
    client: 'postgresql',
    connection: {
      database: 'knex',
      user: 'knex',
      password: 'knex'
    }
  },
  production: {
    client: 'pg',
    connection: {
      host: config.audit.host,
      user: config.audit.user,
      password: config.audit.password
    }
  }
};
"""
KNEXFILE_PRODUCTION_LITERAL = KNEXFILE.replace("password: config.audit.password", "password: 'Pr0dPassw0rd2024'")
AUDIT_LOG = """\
from enum import Enum


class EventType(str, Enum):
    case_created = "Case Created"
    user_authenticated = "User Authenticated"
    user_wrong_password = "User Entered Incorrect Password"
    error = "Error"
"""


def _secret_lines(tmp_path: Path) -> list[str]:
    return [f"{f.location.path}:{f.location.line}" for f in
            findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
            if f.status in (Status.FAIL, Status.WARN) and f.location is not None]


def test_drone_from_secret_names_a_secret(tmp_path: Path) -> None:
    write(tmp_path, {".drone.yml": DRONE_YML})
    assert _secret_lines(tmp_path) == []


def test_knexfile_development_database_is_local_but_production_is_judged(tmp_path: Path) -> None:
    write(tmp_path, {"apps/common/db/knexfile.js": KNEXFILE})
    assert _secret_lines(tmp_path) == []
    write(tmp_path, {"apps/common/db/knexfile.js": KNEXFILE_PRODUCTION_LITERAL})
    assert _secret_lines(tmp_path) == ["apps/common/db/knexfile.js:19"]


def test_enum_phrase_is_a_label(tmp_path: Path) -> None:
    write(tmp_path, {"app/models/audit_log.py": AUDIT_LOG})
    assert _secret_lines(tmp_path) == []
    write(tmp_path, {"app/models/audit_log.py": AUDIT_LOG.replace("(str, Enum)", "(object)")})
    assert _secret_lines(tmp_path) == ["app/models/audit_log.py:7"]  # outside an Enum the phrase is still judged


# --- dockerfile/multi-stage: the requirements file copied under another name ----------------------------------------

DOCKERFILE = """\
ARG BASE_IMAGE=python:3.12-slim
FROM $BASE_IMAGE AS base

ARG REQUIREMENTS=requirements-production.txt

RUN adduser --disabled-password app -u 1000

WORKDIR /home/app/case_api

COPY requirements/generated/$REQUIREMENTS requirements.txt
RUN pip install --upgrade pip
RUN pip install -r requirements.txt

COPY app ./app
USER app
CMD ["uvicorn", "app:case_api", "--port",  "8027", "--host", "0.0.0.0"]
"""


def test_multi_stage_reads_the_requirements_copied_under_another_name(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": DOCKERFILE,
                     "requirements/generated/requirements-production.txt": "alembic==1.16.2\nfastapi==0.128.0\n",
                     "requirements/generated/requirements-testing.txt": "pytest==8.3.3\nfastapi==0.128.0\n"})
    multi = findings(scan(tmp_path, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert [f.status for f in multi] == [Status.PASS], [f.message for f in multi]
    write(tmp_path, {"Dockerfile": DOCKERFILE.replace("requirements-production.txt", "requirements-testing.txt")})
    multi = findings(scan(tmp_path, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert [f.status for f in multi] == [Status.WARN]  # the testing set brings pytest


# --- logging/print: a command-line tool the image only copies --------------------------------------------------------

MANAGE_PY = """\
import typer

app = typer.Typer()


@app.command()
def list_users():
    print("done")


if __name__ == "__main__":
    app()
"""
MAIN_PY = """\
from fastapi import FastAPI

app = FastAPI()
"""


def test_logging_print_of_a_tool_the_dockerfile_only_copies(tmp_path: Path) -> None:
    dockerfile = 'FROM python:3.12-slim\nCOPY app ./app\nCOPY manage.py ./manage.py\nCMD ["uvicorn", "app.main:app"]\n'
    write(tmp_path, {"Dockerfile": dockerfile, "manage.py": MANAGE_PY, "app/main.py": MAIN_PY})
    prints = findings(scan(tmp_path, only=("logging/print",)), "logging/print")
    assert [f.status for f in prints] == [Status.PASS], [f.message for f in prints]
    started = dockerfile.replace('CMD ["uvicorn", "app.main:app"]', 'CMD ["python", "manage.py"]')
    write(tmp_path, {"Dockerfile": started})
    prints = findings(scan(tmp_path, only=("logging/print",)), "logging/print")
    assert [f.status for f in prints] == [Status.WARN]  # the image starts it: its prints are the service's


# --- test suites: acceptance-test/ and test/_ui-integration/ ---------------------------------------------------------

PACKAGE_JSON = """\
{
  "name": "modern-slavery",
  "scripts": {
    "test:ui-integration": "_mocha --require dotenv/config \\"test/_ui-integration/**/*.spec.js\\" --exit",
    "test:unit": "NODE_ENV=test nyc _mocha \\"test/_unit/**/*.spec.js\\"",
    "test:docker-acceptance": "env BROWSER_TYPE=remote _mocha --recursive acceptance-test/user-pathways"
  },
  "devDependencies": {"mocha": "^9.1.3", "puppeteer": "^1.20.0"}
}
"""
UI_SPEC = """\
describe('the NRM start page', () => {
  it('redirects to the first step', async () => {
    const response = await request.get('/nrm/start');
    expect(response.status).to.equal(302);
  });
});
"""
HAPPY_PATH = """\
describe('User path(s)', () => {
  it('submits a report', async () => {
    await page.goto(APP_CONTAINER_URL);
    await page.click('input[type="submit"]');
  });
});
"""


def test_acceptance_and_ui_integration_folders(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": PACKAGE_JSON, "test/_ui-integration/nrm/start.spec.js": UI_SPEC,
                     "test/_unit/lib/utilities.spec.js": UI_SPEC,
                     "acceptance-test/user-pathways/happy-path/happy-path.test.js": HAPPY_PATH})
    result = scan(tmp_path, only=("integration-tests/suite", "e2e-tests/suite"))
    assert [f.status for f in findings(result, "integration-tests/suite")] == [Status.PASS]
    assert [f.status for f in findings(result, "e2e-tests/suite")] == [Status.PASS]


# acceptance-test/bootstrap/bootstrap.js chooses the journeys' browser: test code, not the service's variables
BOOTSTRAP_JS = """\
const setup = () => {
  const { BROWSER_TYPE, BROWSER_DEMO } = process.env;
  let isLocalTest = BROWSER_TYPE === 'local';
  let isDemo = BROWSER_DEMO ? true : false;
  return { isLocalTest, isDemo };
};
module.exports = setup;
"""
CONFIG_JS = "module.exports = { redis: { host: process.env.REDIS_HOST } };\n"


def test_acceptance_test_folder_is_test_code_for_env_vars(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": PACKAGE_JSON, "config.js": CONFIG_JS, "kube/app/deployment.yml": NGINX_SIDECAR,
                     "acceptance-test/bootstrap/bootstrap.js": BOOTSTRAP_JS})
    required = findings(scan(tmp_path, only=("env-vars/required-set",)), "env-vars/required-set")
    named = " ".join(f.message for f in required if f.status in (Status.FAIL, Status.WARN))
    assert "REDIS_HOST" in named and "BROWSER_TYPE" not in named and "BROWSER_DEMO" not in named
