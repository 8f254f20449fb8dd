"""False positives of the kinds of finding below 90 % precision on the labelled set at the end of s7 (fp-kinds-j,
2026-11-30 s8): env-vars/documented-unused and dockerfile/no-secrets, then the CI values and the required items that
failed on false positives only. Each rule is tested with the labelled repositories' own lines, and each test fails on
the code before the rule; beside each, the case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- dockerfile/no-secrets: a build argument every build fills with a placeholder ----------------------------------

NO_SECRETS = "dockerfile/no-secrets"

# laa-fee-calculator's Dockerfile (abridged): the argument feeds the build-time `manage.py` runs
FEE_DOCKERFILE = """\
FROM python:3.14-alpine

ARG DJANGO_SECRET_KEY
ARG VERSION_NUMBER
ARG COMMIT_ID

WORKDIR /app
COPY ./Pipfile /app/Pipfile
RUN pip3 install pipenv && PIPENV_PIPFILE="/app/Pipfile" pipenv install --system --deploy
ADD . /app
ENV APPVERSION=${VERSION_NUMBER}
ENV APP_GIT_COMMIT=${COMMIT_ID}
RUN python3 manage.py migrate --no-input \\
    && python3 manage.py collectstatic --no-input
USER 1000
CMD uwsgi --ini uwsgi.ini
"""

# its .circleci/config.yml: the executor's environment sets the placeholder, the `build-image` command passes it on
FEE_CIRCLECI = """\
version: 2.1

executors:
  cloud-platform-executor:
    docker:
      - image: ministryofjustice/cloud-platform-tools
        environment:
          GITHUB_TEAM_NAME_SLUG: laa-get-paid
          APPLICATION_DEPLOY_NAME: laa-fee-calculator
          DJANGO_SECRET_KEY: real-secret-not-needed-here

commands:
  build-image:
    description: >
      Build laa-fee-calculator docker image
    steps:
      - run:
          name: Build laa-fee-calculator docker image
          command: |
            export BUILD_DATE=$(date -Is) >> $BASH_ENV
            source $BASH_ENV
            docker build \\
              --build-arg DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY} \\
              --build-arg VERSION_NUMBER=${CIRCLE_BUILD_NUM} \\
              --build-arg COMMIT_ID=${CIRCLE_SHA1} \\
              -t app .

jobs:
  build_and_push:
    executor: cloud-platform-executor
    steps:
      - checkout
      - setup_remote_docker
      - build-image
"""

# its .github/workflows/docker_image_scan.yml
FEE_SCAN_WORKFLOW = """\
name: Scan docker image
on:
  schedule:
    - cron: '0 7 * * *'

jobs:
  scan-docker-image:
    runs-on: ubuntu-latest
    steps:
    - name: Checkout
      uses: actions/checkout@9c091bb21b7c1c1d1991bb908d89e4e9dddfe3e0
    - name: Build docker image
      run: |
        docker build \\
          --tag laa-fee-calculator:scan \\
          --build-arg DJANGO_SECRET_KEY=real-secret-not-needed-here \\
          --file Dockerfile .
"""

# its kubernetes_deploy/live/scripts/build.sh (run by hand: it builds and pushes to ECR)
FEE_BUILD_SH = """\
#!/bin/sh
function _build() {
  docker_registry_tag=754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-get-paid/laa-fee-calculator:app-$1
  docker build \\
          --build-arg DJANGO_SECRET_KEY=real-secret-not-needed-here \\
          --build-arg VERSION_NUMBER=$docker_registry_tag \\
          --pull \\
          --tag ${docker_registry_tag} \\
          --file Dockerfile .
  docker push ${docker_registry_tag}
}

_build $@
"""

# its docker-compose.yaml (local development)
FEE_COMPOSE = """\
version: "2.1"
services:
  django:
    build:
      context: .
      args:
        DJANGO_SECRET_KEY: 'NOT_A_REAL_SECRET_KEY'
    ports:
      - "8000:8080"
"""

FEE_FILES = {"Dockerfile": FEE_DOCKERFILE, ".circleci/config.yml": FEE_CIRCLECI,
             ".github/workflows/docker_image_scan.yml": FEE_SCAN_WORKFLOW,
             "kubernetes_deploy/live/scripts/build.sh": FEE_BUILD_SH, "docker-compose.yaml": FEE_COMPOSE}


def _no_secrets(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(NO_SECRETS,)), NO_SECRETS)]


def test_a_build_argument_every_build_fills_with_a_placeholder_passes(tmp_path: Path) -> None:
    # reported "build argument DJANGO_SECRET_KEY looks like a secret": every build of the repository passes a
    # placeholder (the CircleCI executor's, the workflow's and the script's literal, compose's NOT_A_REAL_SECRET_KEY)
    write(tmp_path, FEE_FILES)
    assert _no_secrets(tmp_path) == [Status.PASS]


def test_a_build_argument_no_build_fills_is_still_reported(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": FEE_DOCKERFILE})
    assert _no_secrets(tmp_path) == [Status.WARN]


def test_a_build_argument_one_build_leaves_unset_is_still_reported(tmp_path: Path) -> None:
    # compose builds it without the argument: its value there is not known to be a placeholder
    write(tmp_path, {**FEE_FILES, "docker-compose.yaml": FEE_COMPOSE.replace(
        "      args:\n        DJANGO_SECRET_KEY: 'NOT_A_REAL_SECRET_KEY'\n", "")})
    assert _no_secrets(tmp_path) == [Status.WARN]


def test_a_build_argument_filled_from_a_ci_secret_is_still_reported(tmp_path: Path) -> None:
    workflow = FEE_SCAN_WORKFLOW.replace("DJANGO_SECRET_KEY=real-secret-not-needed-here",
                                         "DJANGO_SECRET_KEY=${{ secrets.DJANGO_SECRET_KEY }}")
    write(tmp_path, {**FEE_FILES, ".github/workflows/docker_image_scan.yml": workflow})
    assert _no_secrets(tmp_path) == [Status.WARN]


def test_a_build_argument_a_ci_job_takes_from_a_context_is_still_reported(tmp_path: Path) -> None:
    # the CircleCI file no longer sets it: `${DJANGO_SECRET_KEY}` comes from a context (a real secret)
    circleci = FEE_CIRCLECI.replace("          DJANGO_SECRET_KEY: real-secret-not-needed-here\n", "")
    write(tmp_path, {**FEE_FILES, ".circleci/config.yml": circleci})
    assert _no_secrets(tmp_path) == [Status.WARN]


def test_a_release_script_passing_a_real_value_is_still_reported(tmp_path: Path) -> None:
    script = FEE_BUILD_SH.replace("DJANGO_SECRET_KEY=real-secret-not-needed-here",
                                  "DJANGO_SECRET_KEY=$(aws secretsmanager get-secret-value --secret-id django)")
    write(tmp_path, {**FEE_FILES, "kubernetes_deploy/live/scripts/build.sh": script})
    assert _no_secrets(tmp_path) == [Status.WARN]


def test_a_build_argument_with_a_literal_default_still_fails(tmp_path: Path) -> None:
    dockerfile = FEE_DOCKERFILE.replace("ARG DJANGO_SECRET_KEY\n", "ARG DJANGO_SECRET_KEY=9f8e7d6c5b4a39281706f5e4\n")
    write(tmp_path, {**FEE_FILES, "Dockerfile": dockerfile})
    assert Status.FAIL in _no_secrets(tmp_path)


# --- env-vars/documented-unused: variables of the CI/CD pipeline ---------------------------------------------------

DOCUMENTED_UNUSED = "env-vars/documented-unused"

# prisoner-content-hub-frontend's helm_deploy/prisoner-content-hub-frontend/readme.md (abridged): the chart's guide,
# then the CircleCI contexts, whose variables the hmpps orb's k8s_setup step reads in CircleCI
PRISONER_HELM_README = """\
# Prisoner Content Hub Frontend Chart

## Deployment

**Note:** The assumption is made that Helm is installed and your `kubectl` context is appropriately configured.

### Perform the release

```
helm upgrade [Release Name] . \\
--install --wait \\
--namespace [Kubernetes Namespace] \\
--values values.[environment].yaml \\
--set image.tag=[Image Tag]
```

# Adding namespace contexts to CircleCI

We specify Kubernetes connection details and the target namespace using CircleCI contexts. This allows us to expose \
them as environment variables, and reuse the set across different jobs.

## Setting up namespaces in CircleCI
We isolate namespace credentials as "contexts" in CircleCI.

1. Go to the [context management page for Ministry of Justice organisation](https://app.circleci.com/settings/)
2. Create a new context:
  a. Remove the `All members` security group, and add `Prisoner Content Hub developers`.
  b. Add the environment variables


### Environment variables to add

Kubernetes cluster connection details.

- `KUBE_CLUSTER_NAME=live.cloud-platform.service.justice.gov.uk`
- `KUBE_NAMESPACE`
- `KUBE_CLUSTER_CERT`
- `KUBE_TOKEN `

We also add an app-specific environment variable:

- `HELM_BACKEND_RELEASE_NAME=prisoner-content-hub-backend`
"""

PRISONER_CIRCLECI = """\
version: 2.1
orbs:
  hmpps: ministryofjustice/hmpps@7
jobs:
  deploy_staging:
    docker:
      - image: cimg/base:stable
    steps:
      - checkout
      - hmpps/k8s_setup
      - run: helm upgrade prisoner-content-hub-frontend helm_deploy/prisoner-content-hub-frontend --namespace \
${KUBE_NAMESPACE} --set application.contentConfigMapName=${HELM_BACKEND_RELEASE_NAME}
"""

PRISONER_SERVER = """\
const port = process.env.PORT || 3000;
const app = require('./server/app');
app.listen(port);
"""

PRISONER_FILES = {"helm_deploy/prisoner-content-hub-frontend/readme.md": PRISONER_HELM_README,
                  ".circleci/config.yml": PRISONER_CIRCLECI, "server.js": PRISONER_SERVER,
                  "package.json": '{"name": "prisoner-content-hub-frontend", "main": "server.js"}\n',
                  "README.md": "# Prisoner Content Hub Frontend\n\n## Configuration\n\n- `PORT`: the port it serves\n"}


def _documented_unused(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(DOCUMENTED_UNUSED,)), DOCUMENTED_UNUSED)]


def test_variables_a_ci_section_documents_are_not_claimed_stale(tmp_path: Path) -> None:
    # reported "KUBE_CLUSTER_NAME/KUBE_CLUSTER_CERT/KUBE_TOKEN is documented but nothing in the repository reads or
    # sets it": they are CircleCI context variables, which the hmpps orb reads outside the repository
    write(tmp_path, PRISONER_FILES)
    assert [s for s, _ in _documented_unused(tmp_path)] == [Status.PASS]


def test_a_stale_runtime_variable_beside_the_ci_section_is_still_reported(tmp_path: Path) -> None:
    readme = PRISONER_HELM_README.replace("# Adding namespace contexts to CircleCI", """\
## Configuration

| Variable | Meaning |
|---|---|
| `CACHE_TTL_SECONDS` | how long pages are cached |

# Adding namespace contexts to CircleCI""")
    write(tmp_path, {**PRISONER_FILES, "helm_deploy/prisoner-content-hub-frontend/readme.md": readme})
    found = _documented_unused(tmp_path)
    assert [s for s, _ in found] == [Status.WARN]
    assert found[0][1].startswith("CACHE_TTL_SECONDS is documented")


def test_a_ci_tool_named_in_the_title_does_not_hide_its_own_settings(tmp_path: Path) -> None:
    # the file's first heading is its title: a CI tool's own README documents the tool's runtime settings
    readme = "# Tiny CI runner\n\n## Configuration\n\n- `RUNNER_POLL_SECONDS`\n"
    write(tmp_path, {"README.md": readme, "server.js": PRISONER_SERVER})
    assert [s for s, _ in _documented_unused(tmp_path)] == [Status.WARN]


# --- zero-to-jupyterhub-k8s: the CI's test Secret and the chart's validation values -------------------------------

K8S_SECRETS = "sensitive-config/kubernetes-secrets"
SECRET_SCAN = "sensitive-config/secret-scan"

# ci/test-hub-existing-secret.yaml, which test-chart.yaml applies (`kubectl apply -f ci/test-hub-existing-secret.yaml`)
Z2JH_TEST_SECRET = """\
# Refer to the docstring of test_load_existing_secret in test_hub.py for
# information about this file.
kind: Secret
apiVersion: v1
metadata:
  name: test-hub-existing-secret
type: Opaque
stringData:
  hub.services.test-hub-existing-secret.apiToken: ffff9999
  hub.config.ConfigurableHTTPProxy.auth_token: ffff9999 # should be ignored by set in self managed k8s Secret
  hub.config.JupyterHub.cookie_secret: ffff9999
  hub.config.CryptKeeper.keys: ffff9999
  values.yaml: |
    singleuser:
      extraLabels:
        test-self-managed-secret: ok
"""


def _statuses(root: Path, check_id: str) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(check_id,)), check_id)]


def test_a_test_secret_of_placeholders_and_label_values_passes(tmp_path: Path) -> None:
    # reported "Secret/test-hub-existing-secret holds 1 values in clear (values.yaml)": the chart values it carries
    # set a label named test-self-managed-secret; the tokens are placeholders of a file named as a test's
    write(tmp_path, {"ci/test-hub-existing-secret.yaml": Z2JH_TEST_SECRET})
    assert _statuses(tmp_path, K8S_SECRETS) == [Status.PASS]


def test_the_same_placeholders_outside_a_test_file_are_still_default_credentials(tmp_path: Path) -> None:
    write(tmp_path, {"deploy/hub-existing-secret.yaml": Z2JH_TEST_SECRET})
    assert _statuses(tmp_path, K8S_SECRETS) == [Status.WARN]


def test_a_random_value_in_a_test_secret_still_fails(tmp_path: Path) -> None:
    secret = Z2JH_TEST_SECRET.replace("hub.config.CryptKeeper.keys: ffff9999",
                                      "hub.config.CryptKeeper.keys: 9f8e7d6c5b4a39281706f5e4d3c2b1a0")
    write(tmp_path, {"ci/test-hub-existing-secret.yaml": secret})
    assert _statuses(tmp_path, K8S_SECRETS) == [Status.FAIL]


def test_a_credential_beside_the_labels_in_a_secrets_config_still_fails(tmp_path: Path) -> None:
    secret = Z2JH_TEST_SECRET.replace("        test-self-managed-secret: ok\n",
                                      "        test-self-managed-secret: ok\n      password: Xk29vLmqP7aZ\n")
    write(tmp_path, {"ci/test-hub-existing-secret.yaml": secret})
    assert _statuses(tmp_path, K8S_SECRETS) == [Status.FAIL]


# tools/templates/lint-and-validate-values.yaml (abridged): "mock values" for helm lint and helm template --validate
Z2JH_LINT_VALUES = """\
imagePullSecret:
  create: true
  automaticReferenceInjection: true
  registry: R
  username: U
  email: e@domain.com
  password: P
imagePullSecrets: [a, b]

hub:
  revisionHistoryLimit: 1
  config:
    # We pin these to avoid generating changes which cause diffs
    ConfigurableHTTPProxy:
      auth_token: aaaa1111
    JupyterHub:
      cookie_secret: bbbb2222
    CryptKeeper:
      keys: [cccc3333]
  initContainers:
    - name: mock-init-container-name
      image: mock-init-container-image
      imagePullSecret: IfNotPresent
"""

# .github/workflows/test-chart.yaml (abridged): lint and validate with it, install with other values
Z2JH_TEST_CHART = """\
name: Test chart
on: [push]
jobs:
  lint_and_validate_rendered_templates:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
      - name: Helm lint (values.yaml)
        run: helm lint ./jupyterhub

      - name: Helm lint (lint-and-validate-values.yaml)
        run: helm lint ./jupyterhub --values tools/templates/lint-and-validate-values.yaml

      - name: Helm lint --strict (lint-and-validate-values.yaml)
        run: helm lint --strict ./jupyterhub
        continue-on-error: true

  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
      - uses: jupyterhub/action-k3s-helm@v4
      # Validate rendered helm templates against the k8s api-server with the
      # dedicated lint-and-validate-values.yaml config.
      - name: "Helm template --validate (with lint and validate config)"
        run: |
          helm template --validate jupyterhub ./jupyterhub \\
            --values tools/templates/lint-and-validate-values.yaml ${{ matrix.helm-template-validate-extra-args }}

      - name: "Install local chart"
        run: |
          helm upgrade --install jupyterhub ./jupyterhub \\
            --values dev-config.yaml \\
            --values dev-config-local-chart-extra-config.yaml
"""

# tools/templates/lint-and-validate.py (abridged)
Z2JH_LINT_PY = '''\
def lint(yamllint_config, values, output_dir, strict, debug):
    """Calls `helm lint`, `helm template`, and `yamllint`."""
    helm_lint_cmd = ["helm", "lint", "../../jupyterhub", f"--values={values}"]
    check_call(helm_lint_cmd)


if __name__ == "__main__":
    argparser.add_argument(
        "--values",
        default="lint-and-validate-values.yaml",
        help="Specify Helm values in a YAML file (can specify multiple)",
    )
'''

Z2JH_LINT_FILES = {"tools/templates/lint-and-validate-values.yaml": Z2JH_LINT_VALUES,
                   ".github/workflows/test-chart.yaml": Z2JH_TEST_CHART,
                   "tools/templates/lint-and-validate.py": Z2JH_LINT_PY}


def _scan_messages(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(SECRET_SCAN,)), SECRET_SCAN)]


def test_mock_values_only_helm_lint_and_template_read_pass(tmp_path: Path) -> None:
    # reported "default credential in tools/templates/lint-and-validate-values.yaml:17 (bbb*****)" and "Secret Keyword
    # in ...:458 (IfN*********)": the values file renders the templates for validation, nothing installs it
    write(tmp_path, Z2JH_LINT_FILES)
    found = _scan_messages(tmp_path)
    assert [s for s, m in found if "lint-and-validate-values" in m] == [Status.PASS]
    assert not [m for s, m in found if s in (Status.WARN, Status.FAIL)]


def test_mock_values_an_install_also_reads_are_still_reported(tmp_path: Path) -> None:
    workflow = Z2JH_TEST_CHART.replace("--values dev-config.yaml",
                                       "--values tools/templates/lint-and-validate-values.yaml")
    write(tmp_path, {**Z2JH_LINT_FILES, ".github/workflows/test-chart.yaml": workflow})
    assert {s for s, m in _scan_messages(tmp_path) if "lint-and-validate-values" in m} == {Status.WARN, Status.FAIL}


def test_a_random_value_among_mock_values_is_still_reported(tmp_path: Path) -> None:
    values = Z2JH_LINT_VALUES.replace("imagePullSecret: IfNotPresent", "imagePullSecret: 9f8e7d6c5b4a39281706f5e4d3")
    write(tmp_path, {**Z2JH_LINT_FILES, "tools/templates/lint-and-validate-values.yaml": values})
    assert Status.FAIL in {s for s, m in _scan_messages(tmp_path) if "lint-and-validate-values" in m}


def test_mock_values_a_chart_config_comment_names_still_pass(tmp_path: Path) -> None:
    # binderhub: `registry: {password: mock-password}` in tools/templates/lint-and-validate-values.yaml, which test.yml
    # passes to `helm template --validate` only; testing/k8s-binder-k8s-hub/binderhub-chart-config.yaml names it in a
    # comment (a configuration file naming it otherwise would be a deploy: an Argo CD Application's valueFiles)
    values = "registry:\n  url: mock-url\n  username: mock-username\n  password: mock-password\n"
    config = ("# lint-and-validate-values.yaml and setting this value explicitly to make sure\n"
              "imageBuilderType: host\n")
    write(tmp_path, {**Z2JH_LINT_FILES, "tools/templates/lint-and-validate-values.yaml": values,
                     "testing/k8s-binder-k8s-hub/binderhub-chart-config.yaml": config})
    assert not [m for s, m in _scan_messages(tmp_path) if s in (Status.WARN, Status.FAIL)]
    write(tmp_path, {"testing/k8s-binder-k8s-hub/binderhub-chart-config.yaml":
                     "valueFiles:\n  - ../../tools/templates/lint-and-validate-values.yaml\n"})
    assert Status.FAIL in {s for s, _ in _scan_messages(tmp_path)}


# --- sensitive-config/secret-scan: values that say they are not real, base64 words, replaced Django settings -------

# laa-fee-calculator's docker-compose.yaml (local development; the repository deploys with Kubernetes manifests)
FEE_COMPOSE_ENV = """\
# NB: this is only used for *local development*
# see Dockerfile for deployed version
version: "2.1"

services:
  django:
    build:
      context: .
      args:
        DJANGO_SECRET_KEY: 'NOT_A_REAL_SECRET_KEY'
    environment:
      ENV: local
      DEBUG: "True"
      DJANGO_SECRET_KEY: 'NOT_A_REAL_SECRET_KEY'
"""

FEE_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: laa-fee-calculator-app
  namespace: laa-fee-calculator-dev
spec:
  selector:
    matchLabels: {app: laa-fee-calculator-app}
  template:
    metadata:
      labels: {app: laa-fee-calculator-app}
    spec:
      containers:
        - name: app
          image: 754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-get-paid/laa-fee-calculator:app-latest
          env:
            - name: DJANGO_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: django-secret, key: DJANGO_SECRET_KEY}
"""


def test_a_compose_value_that_says_it_is_not_real_is_a_local_default(tmp_path: Path) -> None:
    # reported "Secret Keyword in docker-compose.yaml:17 (NOT************)" twice
    write(tmp_path, {"docker-compose.yaml": FEE_COMPOSE_ENV,
                     "kubernetes_deploy/live/dev/deployment.yaml": FEE_DEPLOYMENT})
    assert not [m for s, m in _scan_messages(tmp_path) if s in (Status.WARN, Status.FAIL)]


def test_a_random_compose_value_is_still_reported(tmp_path: Path) -> None:
    compose = FEE_COMPOSE_ENV.replace("'NOT_A_REAL_SECRET_KEY'", "'k9Xq2LmP7vRt4WzYb8Nc'")
    write(tmp_path, {"docker-compose.yaml": compose, "kubernetes_deploy/live/dev/deployment.yaml": FEE_DEPLOYMENT})
    assert Status.FAIL in {s for s, _ in _scan_messages(tmp_path)}


# spring-boot-best-practices' concourse-ci/local-concourse/docker-compose.yml (the Concourse quickstart, run locally)
CONCOURSE_COMPOSE = """\
services:
  concourse-db:
    image: postgres
    environment:
      POSTGRES_DB: concourse
      POSTGRES_PASSWORD: concourse_pass
      POSTGRES_USER: concourse_user
      PGDATA: /database

  concourse:
    image: concourse/concourse
    command: quickstart
    environment:
      CONCOURSE_POSTGRES_HOST: concourse-db
      CONCOURSE_POSTGRES_USER: concourse_user
      CONCOURSE_POSTGRES_PASSWORD: concourse_pass
      CONCOURSE_POSTGRES_DATABASE: concourse
      CONCOURSE_EXTERNAL_URL: http://127.0.0.1:8080
      CONCOURSE_ADD_LOCAL_USER: admin:admin
      CONCOURSE_MAIN_TEAM_LOCAL_USER: admin
      CONCOURSE_WORKER_BAGGAGECLAIM_DRIVER: overlay
      CONCOURSE_CLIENT_SECRET: Y29uY291cnNlLXdlYgo=
      CONCOURSE_TSA_CLIENT_SECRET: Y29uY291cnNlLXdvcmtlcgo=
"""


def test_words_in_base64_in_a_local_compose_file_are_local_defaults(tmp_path: Path) -> None:
    # reported "Secret Keyword in concourse-ci/local-concourse/docker-compose.yml:28 (Y29************)" (and :29):
    # base64 of "concourse-web" and "concourse-worker"
    write(tmp_path, {"concourse-ci/local-concourse/docker-compose.yml": CONCOURSE_COMPOSE,
                     "k8s/deployment.yaml": FEE_DEPLOYMENT})
    assert not [m for s, m in _scan_messages(tmp_path) if s in (Status.WARN, Status.FAIL)]


def test_random_material_in_base64_in_a_local_compose_file_is_still_reported(tmp_path: Path) -> None:
    compose = CONCOURSE_COMPOSE.replace("Y29uY291cnNlLXdlYgo=", "q8ZrT1xVb3NkP2mLw9YcHf4A7Jg=")
    write(tmp_path, {"concourse-ci/local-concourse/docker-compose.yml": compose, "k8s/deployment.yaml": FEE_DEPLOYMENT})
    assert Status.FAIL in {s for s, _ in _scan_messages(tmp_path)}


# laa-fee-calculator's Django settings: base.py's local fallback, replaced by docker.py, which the image runs
FEE_SETTINGS_BASE = """\
import os
import sys

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'MY-SECRET')

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = os.environ.get('DEBUG', 'False') == 'True'
"""

FEE_SETTINGS_DOCKER = """\
from .base import *  # noqa

SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY')

ALLOWED_HOSTS = [
    'localhost',
    '.dsd.io',
    '.service.justice.gov.uk'
]
"""

FEE_SETTINGS_FILES = {"fee_calculator/__init__.py": "", "fee_calculator/settings/__init__.py": "from .base import *\n",
                      "fee_calculator/settings/base.py": FEE_SETTINGS_BASE,
                      "fee_calculator/settings/docker.py": FEE_SETTINGS_DOCKER,
                      "Dockerfile": "FROM python:3.14-alpine\nADD . /app\n"
                                    "ENV DJANGO_SETTINGS_MODULE=fee_calculator.settings.docker\n"
                                    "USER 1000\nCMD uwsgi --ini uwsgi.ini\n"}


def test_a_settings_fallback_the_deployed_settings_replace_passes(tmp_path: Path) -> None:
    # reported "Hard-coded fallback of a secret variable in fee_calculator/settings/base.py:32 (DJANGO_SECRET_KEY
    # fallback MY-******)": the image's settings module reads the key from the environment with no fallback
    write(tmp_path, FEE_SETTINGS_FILES)
    assert not [m for s, m in _scan_messages(tmp_path) if s in (Status.WARN, Status.FAIL)]


def test_a_settings_fallback_the_deployed_settings_keep_is_still_reported(tmp_path: Path) -> None:
    docker = FEE_SETTINGS_DOCKER.replace("SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY')\n", "")
    write(tmp_path, {**FEE_SETTINGS_FILES, "fee_calculator/settings/docker.py": docker})
    assert Status.FAIL in {s for s, _ in _scan_messages(tmp_path)}


def test_a_settings_fallback_with_no_deployed_settings_module_is_still_reported(tmp_path: Path) -> None:
    write(tmp_path, {**FEE_SETTINGS_FILES, "Dockerfile": "FROM python:3.14-alpine\nADD . /app\nUSER 1000\n"})
    assert Status.FAIL in {s for s, _ in _scan_messages(tmp_path)}


def test_a_random_settings_fallback_is_still_reported(tmp_path: Path) -> None:
    base = FEE_SETTINGS_BASE.replace("'MY-SECRET'", "'k9Xq2LmP7vRt4WzYb8Nc3Hd6'")
    write(tmp_path, {**FEE_SETTINGS_FILES, "fee_calculator/settings/base.py": base})
    assert Status.FAIL in {s for s, _ in _scan_messages(tmp_path)}


# --- secrets-management/literal-env: a placeholder where an API key goes --------------------------------------------

LITERAL_ENV = "secrets-management/literal-env"

# quarkus-super-heroes' rest-fights/deploy/k8s/java25-kubernetes-all-downstream.yml (the rest-narration Deployment,
# abridged): OpenAI narration is optional; the generated manifest holds the placeholder the properties file names
NARRATION_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: rest-narration
  namespace: super-heroes
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: rest-narration
  template:
    metadata:
      labels:
        app.kubernetes.io/name: rest-narration
    spec:
      containers:
        - env:
            - name: KUBERNETES_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            - name: OPENAI_API_KEY
              value: change-me
          image: quay.io/quarkus-super-heroes/rest-narration:java25-latest
          name: rest-narration
"""


def test_a_placeholder_api_key_in_a_literal_env_passes(tmp_path: Path) -> None:
    # reported "container rest-narration: OPENAI_API_KEY has a literal value cha******": the placeholder of an
    # optional feature's key; the manifest holds no key
    write(tmp_path, {"deploy/k8s/rest-narration.yml": NARRATION_DEPLOYMENT})
    assert _statuses(tmp_path, LITERAL_ENV) == [Status.PASS]


def test_a_real_api_key_or_a_placeholder_password_in_a_literal_env_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"deploy/k8s/rest-narration.yml": NARRATION_DEPLOYMENT.replace(
        "value: change-me", "value: sk-proj-Xk29vLmqP7aZ3nT8wQ1e")})
    assert _statuses(tmp_path, LITERAL_ENV) == [Status.FAIL]
    write(tmp_path, {"deploy/k8s/rest-narration.yml": NARRATION_DEPLOYMENT.replace(
        "name: OPENAI_API_KEY", "name: POSTGRES_PASSWORD")})
    assert _statuses(tmp_path, LITERAL_ENV) == [Status.FAIL]


def test_an_envsubst_reference_in_a_literal_env_still_fails(tmp_path: Path) -> None:
    # find-moj-data's deployments/templates/deployment.yml: `value: "${NOTIFY_API_KEY}"`, filled by envsubst from the CI
    # secret, lands in the Deployment's spec in clear (a labelled problem; the placeholder rule first passed it)
    write(tmp_path, {"deploy/k8s/rest-narration.yml": NARRATION_DEPLOYMENT.replace(
        "value: change-me", 'value: "${OPENAI_API_KEY}"')})
    assert _statuses(tmp_path, LITERAL_ENV) == [Status.FAIL]


# --- sensitive-config/configmaps: a program file a ConfigMap holds ----------------------------------------------------

CONFIGMAPS = "sensitive-config/configmaps"

# zero-to-jupyterhub-k8s' hub ConfigMap carries jupyterhub_config.py and z2jh.py (lines of both, abridged)
Z2JH_HUB_CONFIGMAP = """\
kind: ConfigMap
apiVersion: v1
metadata:
  name: hub
data:
  image-pull-secret: image-pull-secret
  jupyterhub_config.py: |
    from z2jh import get_config, get_secret_value, set_config_if_not_none
    db_type = get_config("hub.db.type")
    db_password = get_secret_value("hub.db.password", None)
    c.JupyterHub.cookie_secret = get_secret_value("hub.config.JupyterHub.cookie_secret")
    c.KubeSpawner.node_affinity_preferred.append(
        dict(
            weight=100,
            preference=dict(
                key="hub.jupyter.org/node-purpose",
                operator="In",
            ),
        )
    )
  z2jh.py: |
    def _get_config_value(key):
        env_key = _get_config_value(name) + suffix
        return env_key
"""


def test_expressions_of_a_program_file_in_a_configmap_are_no_literal_secrets(tmp_path: Path) -> None:
    # reported "ConfigMap/hub holds a literal password inside a connection string or config file (jupyterhub_config.py,
    # z2jh.py)": `db_password = get_secret_value(...)` reads the value at run time, `key=` names a node label
    write(tmp_path, {"k8s/hub-configmap.yaml": Z2JH_HUB_CONFIGMAP})
    assert _statuses(tmp_path, CONFIGMAPS) == [Status.PASS]


def test_a_quoted_password_in_a_program_file_in_a_configmap_still_fails(tmp_path: Path) -> None:
    configmap = Z2JH_HUB_CONFIGMAP.replace('db_password = get_secret_value("hub.db.password", None)',
                                           'db_password = "Xk29vLmqP7aZ3nT8"')
    write(tmp_path, {"k8s/hub-configmap.yaml": configmap})
    assert _statuses(tmp_path, CONFIGMAPS) == [Status.FAIL]
