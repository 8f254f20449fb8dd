"""What the fresh repositories okteto-movies (okteto/movies) and binderhub (jupyterhub/binderhub) showed (acc-fresh6,
2026-11-29 evening). Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- dockerfile/package-cache-cleaned: Maven's local repository in a single-stage image (a false pass) ----------

# okteto-movies rent/Dockerfile, as committed
RENT_DOCKERFILE = """\
FROM maven:3.9.8-eclipse-temurin-21

WORKDIR /app

# copy the project files
COPY ./pom.xml ./pom.xml


# build all dependencies for offline use
RUN mvn dependency:go-offline -B

# copy the src files
COPY ./src ./src

# build for release
RUN mvn clean package

RUN cp ./target/*.jar app.jar

EXPOSE 8080

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
"""


def _cache_statuses(tmp_path: Path, text: str) -> list[Status]:
    write(tmp_path, {"Dockerfile": text})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    return [f.status for f in findings(result, "dockerfile/package-cache-cleaned")]


def test_maven_in_the_final_stage_leaves_its_repository_in_the_image(tmp_path: Path) -> None:
    assert _cache_statuses(tmp_path, RENT_DOCKERFILE) == [Status.WARN, Status.WARN]


def test_maven_in_a_builder_stage_or_with_a_cache_mount_or_cleanup_passes(tmp_path: Path) -> None:
    multi = RENT_DOCKERFILE.replace("FROM maven:3.9.8-eclipse-temurin-21",
                                    "FROM maven:3.9.8-eclipse-temurin-21 AS build")
    multi = multi.replace('ENTRYPOINT', 'FROM eclipse-temurin:21-jre\nCOPY --from=build /app/app.jar /app/app.jar\n'
                                        'ENTRYPOINT')
    assert _cache_statuses(tmp_path, multi) == [Status.PASS]
    mounted = RENT_DOCKERFILE.replace("RUN mvn", "RUN --mount=type=cache,target=/root/.m2 mvn")
    assert _cache_statuses(tmp_path, mounted) == [Status.PASS]
    cleaned = RENT_DOCKERFILE.replace("RUN mvn dependency:go-offline -B\n", "").replace(
        "RUN mvn clean package", "RUN mvn clean package && rm -rf /root/.m2")
    assert _cache_statuses(tmp_path, cleaned) == [Status.PASS]


def test_gradle_wrapper_in_the_final_stage_is_reported(tmp_path: Path) -> None:
    text = "FROM eclipse-temurin:21-jdk\nWORKDIR /app\nCOPY . .\nRUN ./gradlew build --no-daemon\n" \
           'ENTRYPOINT ["java", "-jar", "build/libs/app.jar"]\n'
    assert _cache_statuses(tmp_path, text) == [Status.WARN]


# --- logging/structured: a JSON formatter on a separate, non-propagating event logger (a false pass) -------------

# binderhub/events.py, the lines that matter: JSON events go to configured handlers only, never to the root's output
EVENTS_PY = '''\
import json
import logging

from pythonjsonlogger import jsonlogger
from traitlets.config import Configurable


class EventLog(Configurable):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

        self.log = logging.getLogger(__name__)
        # We don't want events to show up in the default logs
        self.log.propagate = False
        self.log.setLevel(logging.INFO)

        if self.handlers_maker:
            self.handlers = self.handlers_maker(self)
            formatter = jsonlogger.JsonFormatter(json_serializer=_skip_fields)
            for handler in self.handlers:
                handler.setFormatter(formatter)
                self.log.addHandler(handler)
'''

# binderhub/app.py: the service's own logging is tornado's plain-text pretty logging
APP_PY = '''\
import logging

import tornado.log


class BinderHub:
    def init_pycurl(self):
        if self.log_level < logging.INFO:
            curl_log = logging.getLogger("tornado.curl_httpclient")
            curl_log.setLevel(logging.INFO)

    def initialize(self):
        tornado.log.enable_pretty_logging()
        self.log = tornado.log.app_log
'''


def _structured(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("logging/structured",))
    return [(f.status, f.message) for f in findings(result, "logging/structured")]


def test_json_only_on_a_non_propagating_event_logger_is_not_the_services_logging(tmp_path: Path) -> None:
    [(status, message)] = _structured(tmp_path, {"binderhub/events.py": EVENTS_PY, "binderhub/app.py": APP_PY,
                                                 "requirements.txt": "python-json-logger\ntornado\n"})
    assert status == Status.FAIL
    assert "binderhub/events.py" in message and "does not propagate" in message


def test_a_json_logger_with_its_own_stdout_handler_is_the_services_logging(tmp_path: Path) -> None:
    own = EVENTS_PY.replace("            self.handlers = self.handlers_maker(self)\n",
                            "            self.handlers = [logging.StreamHandler()]\n")
    [(status, _)] = _structured(tmp_path, {"app/log.py": own, "app/main.py": APP_PY})
    assert status == Status.PASS


# --- registry/ci-push: Okteto and chartpress push the images they build (false alarms) ---------------------------

# okteto-movies .github/workflows/preview.yaml (the steps that matter) and okteto.yaml's build section
PREVIEW_YAML = """\
on:
  pull_request:
    branches:
      - main

jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
    - name: Context
      uses: okteto/context@latest
      with:
        token: ${{ secrets.OKTETO_TOKEN }}
        url: ${{ secrets.OKTETO_URL }}

    - name: Deploy preview environment
      uses: okteto/deploy-preview@latest
      env:
        GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
      with:
        name: pr-${{ github.event.number }}-cindylopez
        scope: global
"""
OKTETO_YAML = """\
build:
  frontend:
    context: frontend
  catalog:
    context: catalog

deploy:
  - name: Deploy Catalog
    command: helm upgrade --install catalog catalog/chart --set image=${OKTETO_BUILD_CATALOG_IMAGE}
"""


def _push(tmp_path: Path, files: dict[str, str]) -> tuple[Status, str]:
    write(tmp_path, {"catalog/Dockerfile": "FROM node:20\nCMD [\"yarn\", \"start\"]\n", **files})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    return f.status, f.message


def test_okteto_deploy_preview_builds_and_pushes_the_manifests_images(tmp_path: Path) -> None:
    status, message = _push(tmp_path, {".github/workflows/preview.yaml": PREVIEW_YAML, "okteto.yaml": OKTETO_YAML})
    assert status == Status.PASS and "okteto.yaml" in message


def test_okteto_without_a_build_section_pushes_nothing(tmp_path: Path) -> None:
    deploy_only = "deploy:" + OKTETO_YAML.split("deploy:", 1)[1]
    status, _ = _push(tmp_path, {".github/workflows/preview.yaml": PREVIEW_YAML, "okteto.yaml": deploy_only})
    assert status == Status.WARN


# binderhub: publish.yml runs ./ci/publish (an extensionless bash script), which runs chartpress with --push through
# a variable; test.yml's chartpress pushes only to a registry on the runner (localhost:5000) for a kind cluster
PUBLISH_YML = """\
jobs:
  publish:
    runs-on: ubuntu-22.04
    steps:
      - name: Publish images and chart with chartpress
        env:
          GITHUB_REPOSITORY: "${{ github.repository }}"
        run: |
          ./tools/generate-json-schema.py
          ./ci/publish
"""
CI_PUBLISH = """\
#!/bin/bash
# This script publishes the Helm chart to the JupyterHub Helm chart repo and
# pushes associated built docker images to Docker hub using chartpress.
set -eux

PUBLISH_ARGS="--push \\
    --builder docker-buildx \\
    --platform linux/amd64 --platform linux/arm64 \\
"

cd helm-chart
if [[ $GITHUB_REF != refs/tags/* ]]; then
    chartpress $PUBLISH_ARGS --extra-message "${EXTRA_MESSAGE}" --publish-chart
else
    chartpress $PUBLISH_ARGS --tag "${GITHUB_REF:10}" --publish-chart
fi
"""
TEST_YML = """\
jobs:
  main:
    runs-on: ubuntu-22.04
    steps:
      - name: Use chartpress to create the helm chart
        run: |
          CHARTPRESS_ARGS=
          if [ "${{ env.USE_LOCAL_REGISTRY }}" = "yes" ]; then
            CHARTPRESS_ARGS="--image-prefix localhost:5000/binderhub- --push"
          fi
          (cd helm-chart && chartpress $CHARTPRESS_ARGS)
"""


def test_chartpress_push_in_a_script_the_workflow_runs_counts(tmp_path: Path) -> None:
    status, message = _push(tmp_path, {".github/workflows/publish.yml": PUBLISH_YML, "ci/publish": CI_PUBLISH,
                                       ".github/workflows/test.yml": TEST_YML})
    assert status == Status.PASS and "ci/publish" in message


def test_chartpress_push_to_a_registry_on_the_runner_does_not_count(tmp_path: Path) -> None:
    status, _ = _push(tmp_path, {".github/workflows/test.yml": TEST_YML})
    assert status == Status.WARN


# --- auth-protocols/token-validation: a token the service signs itself needs no issuer check (a false alarm) ------

# binderhub/main.py signs build tokens; binderhub/base.py verifies them (the lines that matter)
MAIN_PY = '''\
import time

import jwt


class ParameterizedMainHandler:
    def get(self, provider_id, _escaped_spec):
        build_token = jwt.encode(
            {
                "exp": int(time.time()) + self.settings["build_token_expires_seconds"],
                "aud": f"{provider_id}/{spec}",
                "origin": self.token_origin(),
            },
            key=self.settings["build_token_secret"],
            algorithm="HS256",
        )
'''
BASE_PY = '''\
import jwt
from tornado import web


class BaseHandler:
    def check_build_token(self, build_token, provider_spec):
        try:
            decoded = jwt.decode(
                build_token,
                key=self.settings["build_token_secret"],
                audience=provider_spec,
                algorithms=["HS256"],
            )
        except jwt.PyJWTError as e:
            raise web.HTTPError(403, "Invalid build token")
        return decoded
'''


def _token(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("auth-protocols/token-validation",))
    return [(f.status, f.message) for f in findings(result, "auth-protocols/token-validation")]


def test_a_self_signed_hmac_token_with_audience_needs_no_issuer(tmp_path: Path) -> None:
    [(status, message)] = _token(tmp_path, {"binderhub/main.py": MAIN_PY, "binderhub/base.py": BASE_PY})
    assert status == Status.PASS and "signs these tokens itself" in message
    assert "build_token_secret" not in message


def test_an_hmac_token_signed_elsewhere_still_needs_its_issuer(tmp_path: Path) -> None:
    [(status, message)] = _token(tmp_path, {"binderhub/base.py": BASE_PY})
    assert status == Status.FAIL and "issuer not checked" in message
    other_key = MAIN_PY.replace('key=self.settings["build_token_secret"]', 'key=self.settings["other_secret"]')
    [(status, _)] = _token(tmp_path, {"binderhub/main.py": other_key, "binderhub/base.py": BASE_PY})
    assert status == Status.FAIL


# --- helm-chart/lint: templates that call a missing subchart's helpers cannot be linted (a false alarm) -------------

# binderhub's Chart.yaml dependency and a template line that includes a helper the jupyterhub chart defines
BINDERHUB_CHART = {
    "helm-chart/binderhub/Chart.yaml": "apiVersion: v2\nname: binderhub\nversion: 0.0.1-set.by.chartpress\n"
                                       "dependencies:\n  - name: jupyterhub\n    version: \"4.2.0\"\n"
                                       "    repository: \"https://jupyterhub.github.io/helm-chart\"\n",
    "helm-chart/binderhub/values.yaml": "image:\n  name: quay.io/jupyterhub/k8s-binderhub\n  tag: set-by-chartpress\n"
                                        "  pullSecrets: []\n",
    "helm-chart/binderhub/templates/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: binder\nspec:\n  template:\n    spec:\n"
        "      {{- with include \"jupyterhub.imagePullSecrets\" (dict \"root\" . \"image\" .Values.image) }}\n"
        "      imagePullSecrets: {{ . }}\n      {{- end }}\n      containers:\n      - name: binder\n"
        "        image: {{ .Values.image.name }}:{{ .Values.image.tag }}\n",
}


def _helm_available() -> bool:
    import importlib.util
    import shutil

    return bool(shutil.which("helm")) or importlib.util.find_spec("helm_python") is not None


@pytest.mark.skipif(not _helm_available(), reason="needs the helm binary or helm-python-sdk")
def test_a_chart_using_a_missing_subcharts_helpers_is_not_linted(tmp_path: Path) -> None:
    write(tmp_path, BINDERHUB_CHART)
    [lint] = findings(scan(tmp_path, only=("helm-chart/lint",)), "helm-chart/lint")
    assert lint.status is Status.SKIPPED, lint
    assert "jupyterhub" in lint.message and "helm dependency build" in lint.message


# --- a top-level testing/ folder holds test infrastructure, not production material (false alarms) ----------------

# binderhub's testing/k8s-binder-k8s-hub/cm-insecure-registries-dind.yaml, applied by CI to a kind cluster, and the
# test JupyterHub's DummyAuthenticator password in testing/local-binder-k8s-hub/
TESTING = {
    "testing/k8s-binder-k8s-hub/cm-insecure-registries-dind.yaml":
        "# REGISTRY_HOST='HOST:PORT' envsubst < cm-insecure-registries-dind.yaml | kubectl apply -f -\n"
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: insecure-registries-dind\ndata:\n  daemon.json: |\n"
        "    {\n      \"insecure-registries\": [\"$REGISTRY_HOST\"],\n      \"debug\": true\n    }\n",
    "testing/local-binder-k8s-hub/jupyterhub-chart-config-auth-additions.yaml":
        "hub:\n  config:\n    JupyterHub:\n      authenticator_class: \"dummy\"\n    DummyAuthenticator:\n"
        "      password: \"dummy\"\n",
}


def test_testing_folder_is_left_out_of_production_checks(tmp_path: Path) -> None:
    write(tmp_path, TESTING)
    result = scan(tmp_path, only=("cluster/namespace", "sensitive-config/secret-scan"))
    reported = [f for f in result.findings if f.status in (Status.FAIL, Status.WARN)]
    assert not [f for f in reported if f.location and f.location.path.startswith("testing/")], reported


# --- versioneer's generated _version.py is generated code (a false alarm on logging/print) ------------------------

VERSION_PY = '''\

# This file helps to compute a version number in source trees obtained from
# git-archive tarball (such as those provided by githubs download-from-tag
# feature). Distribution tarballs (built by setup.py sdist) and build
# directories (produced by setup.py build) will contain a much shorter file
# that just contains the computed version number.

# This file is released into the public domain. Generated by
# versioneer-0.20 (https://github.com/python-versioneer/python-versioneer)

"""Git implementation of _version.py."""


def run_command(commands, args, cwd=None, verbose=False, hide_stderr=False, env=None):
    if verbose:
        print("unable to run %s" % dispcmd)
        print(e)
'''


def test_versioneers_version_file_is_generated_code(tmp_path: Path) -> None:
    write(tmp_path, {"binderhub/_version.py": VERSION_PY,
                     "binderhub/app.py": "import logging\nlog = logging.getLogger()\n"})
    result = scan(tmp_path, only=("logging/print",))
    assert not [f for f in findings(result, "logging/print") if f.status is Status.WARN]


# --- ingress/host, ingress/tls: Okteto assigns the host of an Ingress with generate-host and serves it over HTTPS --

# okteto-movies catalog/chart/templates/ingress.yaml, rendered
CATALOG_INGRESS = """\
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: catalog
  annotations:
    dev.okteto.com/generate-host: "movies"
spec:
  rules:
    - http:
        paths:
          - path: /catalog
            pathType: Prefix
            backend:
              service:
                name: catalog
                port:
                  number: 8080
"""
CATALOG_SERVICE = """\
apiVersion: v1
kind: Service
metadata:
  name: catalog
spec:
  type: ClusterIP
  ports:
    - port: 8080
      targetPort: 8080
  selector:
    app: catalog
"""


def _ingress(tmp_path: Path, text: str) -> list[Status]:
    write(tmp_path, {"k8s/ingress.yaml": text, "k8s/service.yaml": CATALOG_SERVICE})
    result = scan(tmp_path, only=("ingress/host", "ingress/tls"))
    return [f.status for f in findings(result, "ingress/host") + findings(result, "ingress/tls")]


def test_an_okteto_generated_host_is_named_and_served_over_https(tmp_path: Path) -> None:
    assert _ingress(tmp_path, CATALOG_INGRESS) == [Status.PASS, Status.PASS]


def test_the_same_ingress_without_the_annotation_is_a_plain_http_catch_all(tmp_path: Path) -> None:
    plain = CATALOG_INGRESS.replace("  annotations:\n    dev.okteto.com/generate-host: \"movies\"\n", "")
    assert _ingress(tmp_path, plain) == [Status.FAIL, Status.FAIL]


# --- logging/no-secrets: a map key and a token endpoint's URL are not secrets (binderhub false alarms) -------------

# binderhub/builder.py and binderhub/registry.py, the lines that matter
BUILDER_PY = '''\
from tornado.log import app_log


class BuildHandler:
    async def get(self, provider_prefix, _unescaped_spec):
        spec = self.get_spec_from_request(provider_prefix)
        key = f"{provider_prefix}:{spec}"
        try:
            provider = self.get_provider(provider_prefix, spec=spec)
        except Exception as e:
            app_log.exception("Failed to get provider for %s", key)
'''
REGISTRY_PY = '''\
class DockerRegistry:
    async def _get_token(self, client, token_url, service, scope):
        self.log.debug(
            f"Getting registry token from {token_url} service={service} scope={scope}"
        )
'''


def _secret_logs(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("logging/no-secrets",))
    return [(f.status, f.message) for f in findings(result, "logging/no-secrets")]


def test_a_map_key_and_a_token_url_in_log_calls_are_not_secrets(tmp_path: Path) -> None:
    assert [s for s, _ in _secret_logs(tmp_path, {"binderhub/builder.py": BUILDER_PY,
                                                   "binderhub/registry.py": REGISTRY_PY})] == [Status.PASS]


def test_a_key_built_from_a_secret_and_the_token_itself_are_still_reported(tmp_path: Path) -> None:
    built = BUILDER_PY.replace('key = f"{provider_prefix}:{spec}"', "key = self.settings.secret_key")
    token = REGISTRY_PY.replace("{token_url}", "{token}")
    statuses = [s for s, _ in _secret_logs(tmp_path, {"binderhub/builder.py": built, "binderhub/registry.py": token})]
    assert statuses == [Status.FAIL, Status.FAIL]


# --- logging/print: a ci/ folder holds the pipeline's scripts, whose print() is their report (a false alarm) --------

# binderhub's ci/check_embedded_chart_code.py (the lines that matter); test.yml runs it
CHECK_EMBEDDED = '''\
import argparse
import difflib
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))


def check_embedded(values_yaml, binderspawner_mixin_py, generate):
    if generate:
        print(f"Generating {values_yaml} from {binderspawner_mixin_py}")
    else:
        difflines = list(difflib.context_diff(values_yaml, binderspawner_mixin_py))
        if difflines:
            print("\\n".join(difflines))
            print("Values code is not in sync with binderhub/binderspawner_mixin.py")
            sys.exit(1)
'''


def test_print_in_a_ci_script_is_not_the_services_logging(tmp_path: Path) -> None:
    write(tmp_path, {"ci/check_embedded_chart_code.py": CHECK_EMBEDDED,
                     ".github/workflows/test.yml": "jobs:\n  lint:\n    runs-on: ubuntu-22.04\n    steps:\n"
                                                   "      - run: ./ci/check_embedded_chart_code.py\n",
                     "binderhub/app.py": "import logging\nlog = logging.getLogger(__name__)\n"})
    result = scan(tmp_path, only=("logging/print",))
    assert [f.status for f in findings(result, "logging/print")] == [Status.PASS]


# --- helm-chart/values-schema: a values.schema.json CI generates before packaging (a false alarm) -------------------

# binderhub: publish.yml runs tools/generate-json-schema.py (the lines that matter), which writes the chart's
# values.schema.json from schema.yaml
GENERATE_SCHEMA = '''\
#!/usr/bin/env python3
"""
This script reads schema.yaml and generates a values.schema.json that we can
package with the Helm chart, allowing helm the CLI to perform validation.
"""
import json
import os

here_dir = os.path.abspath(os.path.dirname(__file__))
schema_yaml = os.path.join(here_dir, os.pardir, "helm-chart/binderhub", "schema.yaml")
values_schema_json = os.path.join(
    here_dir, os.pardir, "helm-chart/binderhub", "values.schema.json"
)
'''
SCHEMA_CHART = {"helm-chart/binderhub/Chart.yaml": "apiVersion: v2\nname: binderhub\nversion: 1.0.0\n",
                "helm-chart/binderhub/values.yaml": "replicas: 1\n",
                "helm-chart/binderhub/schema.yaml": "type: object\n"}


def _schema(tmp_path: Path, files: dict[str, str]) -> list[Status]:
    write(tmp_path, {**SCHEMA_CHART, **files})
    return [f.status for f in findings(scan(tmp_path, only=("helm-chart/values-schema",)), "helm-chart/values-schema")]


def test_a_schema_generated_by_a_script_ci_runs_counts(tmp_path: Path) -> None:
    assert _schema(tmp_path, {"tools/generate-json-schema.py": GENERATE_SCHEMA,
                              ".github/workflows/publish.yml": PUBLISH_YML}) == [Status.PASS]


def test_a_schema_script_nothing_runs_does_not_count(tmp_path: Path) -> None:
    assert _schema(tmp_path, {"tools/generate-json-schema.py": GENERATE_SCHEMA}) == [Status.WARN]
