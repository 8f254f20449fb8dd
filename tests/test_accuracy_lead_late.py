"""Rules from the lead's fresh measure of 2026-11-29 late (kubernetes-sigs/metrics-server, a Go aggregated-API server
on the Kubernetes apiserver library), each test built from the repository's own lines."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

LEVEL = "logging/level-from-env"

# cmd/metrics-server/app/start.go: klog's flags registered through k8s.io/component-base/logs
START_GO = """\
package app

import (
\t"flag"

\t"github.com/spf13/cobra"
\t"k8s.io/component-base/logs"
)

func NewMetricsServerCommand(stopCh <-chan struct{}) *cobra.Command {
\tcmd := &cobra.Command{}
\tfs := cmd.Flags()
\tlocal := flag.NewFlagSet("local", flag.ExitOnError)
\tlogs.AddGoFlags(local)
\tfs.AddGoFlagSet(local)
\treturn cmd
}
"""
# manifests/overlays/test after the JSON patch of components/test (`--v=4` appended to the args)
DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: metrics-server, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: metrics-server}}
  template:
    metadata: {labels: {k8s-app: metrics-server}}
    spec:
      containers:
        - name: metrics-server
          image: registry.k8s.io/metrics-server/metrics-server:v0.9.0
          args:
            - --cert-dir=/tmp
            - --secure-port=10250
            - --v=4
"""


def test_klog_verbosity_passed_by_the_deployment_to_a_binary_that_registers_klog_flags_passes(tmp_path: Path) -> None:
    write(tmp_path, {"cmd/metrics-server/app/start.go": START_GO, "manifests/deployment.yaml": DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is Status.PASS and "--v=4" in f.message and "cmd/metrics-server/app/start.go:14" in f.message


def test_klog_verbosity_needs_both_sides(tmp_path: Path) -> None:
    # `--v=4` to a binary that never registers klog's flags (a stdlib `flag` program) sets nothing
    plain = START_GO.replace('\t"k8s.io/component-base/logs"\n', "").replace("\tlogs.AddGoFlags(local)\n", "")
    write(tmp_path, {"cmd/metrics-server/app/start.go": plain, "manifests/deployment.yaml": DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is not Status.PASS
    # the flags registered but no deployment sets the verbosity
    write(tmp_path, {"cmd/metrics-server/app/start.go": START_GO,
                     "manifests/deployment.yaml": DEPLOYMENT.replace("            - --v=4\n", "")})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is not Status.PASS
    # `-v` without a number, or a `--v=` word, is not klog's verbosity
    write(tmp_path, {"cmd/metrics-server/app/start.go": START_GO,
                     "manifests/deployment.yaml": DEPLOYMENT.replace("--v=4", "--v=debug")})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is not Status.PASS


REFS = "manifests/references"
# .github/workflows/lint-test-chart.yaml: the chart test creates the Secret the existingSecret scenario names
CHART_TEST_WORKFLOW = """\
name: Lint and Test Chart
on: {pull_request: {branches: [master]}}
jobs:
  lint-test:
    runs-on: ubuntu-latest
    steps:
      - name: Prepare existing secret test scenario
        run: |
          openssl req -x509 -newkey rsa:2048 -sha256 -days 365 \\
            -nodes -keyout ${{ runner.temp }}/tls.key -out ${{ runner.temp }}/tls.crt -subj "/CN=metrics-server"

          kubectl -n kube-system create secret generic metrics-server-existing \\
            --from-file=${{ runner.temp }}/tls.key \\
            --from-file=${{ runner.temp }}/tls.crt
      - name: Run chart-testing install
        run: ct install --namespace kube-system
"""
USES_SECRET = DEPLOYMENT.replace("""            - --v=4
""", """            - --v=4
          volumeMounts: [{name: certs, mountPath: /tmp/tls-certs, readOnly: true}]
      volumes:
        - name: certs
          secret: {secretName: metrics-server-existing}
""")


def test_a_secret_the_ci_job_creates_with_kubectl_is_not_missing(tmp_path: Path) -> None:
    write(tmp_path, {"manifests/deployment.yaml": USES_SECRET,
                     ".github/workflows/lint-test-chart.yaml": CHART_TEST_WORKFLOW})
    result = scan(tmp_path, only=(REFS,))
    assert not findings(result, REFS, Status.WARN)
    [f] = findings(result, REFS, Status.PASS)
    assert ".github/workflows/lint-test-chart.yaml:12" in f.message
    # a CI job that creates another Secret does not account for this one
    write(tmp_path, {".github/workflows/lint-test-chart.yaml":
                     CHART_TEST_WORKFLOW.replace("generic metrics-server-existing", "generic other-secret")})
    [f] = findings(scan(tmp_path, only=(REFS,)), REFS, Status.WARN)
    assert "metrics-server-existing" in f.message


CACHE = "dockerfile/package-cache-cleaned"
# patroni's kubernetes/Dockerfile (shortened): pip's cache goes with /root/.cache in the same RUN
PATRONI_DOCKERFILE = """\
FROM postgres:16
RUN export DEBIAN_FRONTEND=noninteractive \\
    && apt-get update -y \\
    && apt-get install -y curl jq locales git python3-pip python3-wheel \\
    && pip3 install --break-system-packages setuptools \\
    && pip3 install --break-system-packages 'git+https://github.com/patroni/patroni.git#egg=patroni[kubernetes]' \\
    && apt-get remove -y git python3-pip python3-wheel \\
    && apt-get clean -y \\
    && rm -rf /var/lib/apt/lists/* /root/.cache
USER postgres
CMD ["/bin/bash", "/entrypoint.sh"]
"""


def test_pip_cache_removed_with_the_home_cache_in_the_same_run_is_clean(tmp_path: Path) -> None:
    write(tmp_path, {"kubernetes/Dockerfile": PATRONI_DOCKERFILE})
    [f] = findings(scan(tmp_path, only=(CACHE,)), CACHE)
    assert f.status is Status.PASS, f.message
    # the cache left in place, or only named in a command that is not rm, still fails
    for kept in ("rm -rf /var/lib/apt/lists/*", "rm -rf /var/lib/apt/lists/* && ls /root/.cache"):
        write(tmp_path, {"kubernetes/Dockerfile": PATRONI_DOCKERFILE.replace(
            "rm -rf /var/lib/apt/lists/* /root/.cache", kept)})
        [f] = findings(scan(tmp_path, only=(CACHE,)), CACHE)
        assert f.status is not Status.PASS and "pip install without --no-cache-dir" in f.message


E2E = "e2e-tests/suite"
# patroni's behave suite (shortened): features/*.feature, step modules importing behave, environment.py starting
# Patroni and PostgreSQL as processes
FEATURE = """\
Feature: basic replication
  We should check that the basic bootstrapping, replication and failover works.

  Scenario: check replication of a single table
    Given I start postgres-0
    Then postgres-0 is a leader after 10 seconds

  Scenario: check restart of sync replica
    Given I shut down postgres-2
"""
STEPS = """\
import patroni.psycopg as pg

from behave import step, then


@step('I start {name:name}')
def start_patroni(context, name):
    return context.pctl.start(name)
"""
ENVIRONMENT = """\
import subprocess
import sys


class PatroniController(object):
    def _start(self):
        patroni = subprocess.Popen([sys.executable, 'patroni.py', self._config])
        return patroni
"""


def test_behave_scenarios_that_start_the_system_are_an_e2e_suite(tmp_path: Path) -> None:
    write(tmp_path, {"features/basic_replication.feature": FEATURE, "features/steps/basic_replication.py": STEPS,
                     "features/environment.py": ENVIRONMENT})
    [f] = findings(scan(tmp_path, only=(E2E,)), E2E)
    assert f.status is Status.PASS and "2" in f.message, f.message
    # steps that only call functions in-process are not end-to-end; Gherkin without behave is not read here
    for files in ({"features/environment.py": "def before_all(context):\n    context.value = 1\n"},
                  {"features/steps/basic_replication.py": "import io\n", "features/environment.py": ENVIRONMENT}):
        write(tmp_path / "other", {"features/basic_replication.feature": FEATURE,
                                   "features/steps/basic_replication.py": STEPS, **files})
        [f] = findings(scan(tmp_path / "other", only=(E2E,)), E2E)
        assert f.status is not Status.PASS, f.message


ENV_FILES = "sensitive-config/env-files"
PATRONI_ENV = """\
PATRONI_RESTAPI_USERNAME=admin
PATRONI_RESTAPI_PASSWORD=admin
PATRONI_SUPERUSER_USERNAME=postgres
PATRONI_SUPERUSER_PASSWORD=postgres
PATRONI_REPLICATION_USERNAME=replicator
PATRONI_REPLICATION_PASSWORD=replicate
"""
PATRONI_COMPOSE = """\
services:
    patroni1:
        image: ${PATRONI_TEST_IMAGE:-patroni}
        networks: [ demo ]
        env_file: docker/patroni.env
        hostname: patroni1
"""
STATEFULSET = """\
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: patronidemo}
spec:
  serviceName: patronidemo
  selector: {matchLabels: {application: patroni}}
  template:
    metadata: {labels: {application: patroni}}
    spec:
      containers:
        - name: patronidemo
          image: patroni
"""


def test_an_env_file_only_a_local_compose_file_reads_passes_in_a_kubernetes_repository(tmp_path: Path) -> None:
    write(tmp_path, {"docker/patroni.env": PATRONI_ENV, "docker-compose.yml": PATRONI_COMPOSE,
                     "kubernetes/patroni_k8s.yaml": STATEFULSET})
    [f] = findings(scan(tmp_path, only=(ENV_FILES,)), ENV_FILES)
    assert f.status is Status.PASS and "docker-compose.yml" in f.message, f.message
    # a random value in it is still a secret; without Kubernetes material the compose file may be the deployment;
    # an env file no compose file reads is judged as before
    for files in ({"docker/patroni.env": PATRONI_ENV.replace("=replicate", "=q8Zr2vLk9XwT4mPa")},
                  {"kubernetes/patroni_k8s.yaml": "# nothing\n"},
                  {"docker-compose.yml": PATRONI_COMPOSE.replace("docker/patroni.env", "docker/other.env")}):
        other = tmp_path / str(len(list(tmp_path.iterdir())))
        write(other, {"docker/patroni.env": PATRONI_ENV, "docker-compose.yml": PATRONI_COMPOSE,
                      "kubernetes/patroni_k8s.yaml": STATEFULSET, **files})
        [f] = findings(scan(other, only=(ENV_FILES,)), ENV_FILES)
        assert f.status is Status.FAIL, (files, f.message)


STDOUT = "logging/stdout"
# patroni/log.py (shortened): the file handler only when log.dir is configured, a StreamHandler otherwise
PATRONI_LOG = """\
import logging
import os
from logging.handlers import RotatingFileHandler


class PatroniLogger(object):
    def reload_config(self, config):
        handler = self.log_handler
        if 'dir' in config:
            if not isinstance(handler, RotatingFileHandler):
                handler = RotatingFileHandler(os.path.join(config['dir'], __name__))
            handler.maxBytes = int(config.get('file_size', 25000000))
        elif handler is None or isinstance(handler, RotatingFileHandler):
            handler = logging.StreamHandler()
        self.log_handler = handler
"""


def test_a_file_handler_chosen_by_configuration_over_a_stream_handler_passes(tmp_path: Path) -> None:
    write(tmp_path, {"patroni/log.py": PATRONI_LOG})
    [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
    assert f.status is Status.PASS, f.message
    # a file handler without the stream alternative, or added beside the stream handler, still fails
    for text in (PATRONI_LOG.replace("handler = logging.StreamHandler()", "handler = None"),
                 PATRONI_LOG.replace("        elif handler is None or isinstance(handler, RotatingFileHandler):\n"
                                     "            handler = logging.StreamHandler()\n",
                                     "        self.extra = logging.StreamHandler()\n")):
        write(tmp_path, {"patroni/log.py": text})
        [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
        assert f.status is Status.FAIL and "RotatingFileHandler" in f.message, f.message


def test_kubectl_log_header_is_not_part_of_a_kustomize_error() -> None:
    # emojivoto's overlay: kubectl's klog header (time and pid) made the finding's text, and its fingerprint, change
    # on every scan
    from deploycheck.sources.kustomize import without_log_header

    line = ('E1129 20:53:40.206535    5141 run.go:72] "command failed" err="invalid Kustomization: json: cannot '
            'unmarshal string into Go struct field Kustomization.patches of type types.Patch"')
    assert without_log_header(line) == line.split("] ", 1)[1]
    assert without_log_header("kustomize build x: " + line.replace("5141", "977")) == \
        "kustomize build x: " + line.split("] ", 1)[1]
    # a message without the header is left as it is
    assert without_log_header("error: accumulating resources") == "error: accumulating resources"


def test_a_kustomize_build_error_reads_the_same_on_every_scan(tmp_path: Path) -> None:
    import shutil

    import pytest

    if not (shutil.which("kubectl") or shutil.which("kustomize")):
        pytest.skip("neither kubectl nor kustomize on PATH: no build to fail")
    write(tmp_path, {"overlay/kustomization.yaml": "resources:\n  - ../base\npatches:\n  - patch.yaml\n",
                     "base/kustomization.yaml": "resources:\n  - d.yaml\n",
                     "base/d.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"})
    messages = set()
    for _ in range(2):
        result = scan(tmp_path, only=("manifests/parse",))
        messages |= {f.message for f in findings(result, "manifests/parse", Status.ERROR)}
    assert len(messages) == 1, messages
    # and carries no time or process id of the run that produced it
    import re

    assert not re.search(r"\b[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6}", messages.pop())


def test_an_env_file_entry_of_another_type_names_no_file(tmp_path: Path) -> None:
    # `env_file: 5` in a hostile compose file crashed env-vars/required-set ('int' object is not iterable)
    write(tmp_path, {"docker-compose.yml": "services:\n  web:\n    image: x\n    env_file: 5\n",
                     "app.py": 'import os\nos.environ["A"]\n'})
    result = scan(tmp_path, only=("env-vars/required-set",))
    assert not findings(result, "env-vars/required-set", Status.ERROR)
    assert findings(result, "env-vars/required-set")
