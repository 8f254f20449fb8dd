"""False positives of the kinds below 90 % precision on the 92-repository set (fp-kinds-f, 2026-11-30 session 6),
each rule tested with the labelled repositories' own lines, and each test failing on the code before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

REFERENCES = "manifests/references"

# laa-apply-for-legal-aid helm_deploy/apply-for-legal-aid/templates/deployment_worker.yaml (trimmed): the pods run as
# the account the environment's values file names; no template declares a ServiceAccount
LAA_WORKER = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-worker
spec:
  replicas: {{ .Values.worker.replicaCount }}
  selector:
    matchLabels:
      service: {{ .Release.Name }}-worker
  template:
    metadata:
      labels:
        service: {{ .Release.Name }}-worker
    spec:
      serviceAccountName: "{{ .Values.service_account.name }}"
      containers:
        - name: worker
          image: '{{ .Values.image.repository }}:{{ .Values.image.tag }}'
"""
LAA_CHART = "apiVersion: v2\nname: apply-for-legal-aid\nversion: 0.1.0\n"
# values-production.yaml, lines 1-2 and 167-168 (there is no values.yaml)
LAA_VALUES = ("image:\n  repository: laa-apply-for-legal-aid\n  tag: latest\nworker:\n  replicaCount: 1\n"
              "service_account:\n  name: laa-apply-for-legalaid-production-irsa\n")
ACCOUNT = ("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}-deployer\n")


def _laa_chart(tmp_path: Path, values: str, extra: dict[str, str] | None = None) -> list[object]:
    write(tmp_path, {"helm_deploy/apply-for-legal-aid/Chart.yaml": LAA_CHART,
                     "helm_deploy/apply-for-legal-aid/templates/deployment_worker.yaml": LAA_WORKER,
                     "helm_deploy/apply-for-legal-aid/values-production.yaml": values, **(extra or {})})
    return findings(scan(tmp_path, only=(REFERENCES,)), REFERENCES)


def test_an_account_the_values_name_and_no_template_creates_is_an_existing_account(tmp_path: Path) -> None:
    # Helm's RBAC best practice: with serviceAccount.create false the account "should not be created, but it should
    # still be associated with the same resources". A chart with a name and no create at all, whose rendering makes
    # no ServiceAccount, has no way to make one: the installer's values name an account that exists (the Cloud
    # Platform namespace's IRSA account, labelled not a problem). Before: a warning per workload and environment.
    found = _laa_chart(tmp_path, LAA_VALUES)
    assert [f.status for f in found] == [Status.PASS], [f.message for f in found]
    message = found[0].message
    assert "laa-apply-for-legalaid-production-irsa" in message and "values-production.yaml" in message
    assert "service_account.name without service_account.create" in message


@pytest.mark.parametrize("case", ["create-true", "chart-makes-accounts", "name-differs"])
def test_an_account_the_chart_meant_to_make_stays_reported(tmp_path: Path, case: str) -> None:
    # create: true says the chart makes the account: if it is missing, the pods never start; a rendering that does
    # make ServiceAccounts (of other names) has a create path the named one missed; a name the values do not give
    # is no signal at all
    values, extra = LAA_VALUES, None
    if case == "create-true":
        values = LAA_VALUES + "  create: true\n"
    elif case == "chart-makes-accounts":
        extra = {"helm_deploy/apply-for-legal-aid/templates/serviceaccount.yaml": ACCOUNT}
    else:
        values = LAA_VALUES.replace("service_account:\n  name: laa-apply-for-legalaid-production-irsa\n",
                                    "service_account:\n  name: other-account\n")
        extra = {"helm_deploy/apply-for-legal-aid/templates/deployment_worker.yaml": LAA_WORKER.replace(
            '"{{ .Values.service_account.name }}"', "laa-apply-for-legalaid-production-irsa")}
    found = _laa_chart(tmp_path, values, extra)
    assert [f.status for f in found] == [Status.WARN], [f.message for f in found]
    assert "laa-apply-for-legalaid-production-irsa" in found[0].message


def test_create_false_in_values_yaml_holds_under_an_environment_file_that_only_names_the_account(
        tmp_path: Path) -> None:
    # Helm merges the values files: values.yaml's `create: false` stays in force when the environment's file
    # only sets the name (the old reader stopped at the first file with an account block and warned)
    found = _laa_chart(tmp_path, LAA_VALUES, {
        "helm_deploy/apply-for-legal-aid/values.yaml": "serviceAccount:\n  create: false\n  name: default-name\n",
        "helm_deploy/apply-for-legal-aid/templates/serviceaccount.yaml": ACCOUNT,
        "helm_deploy/apply-for-legal-aid/templates/deployment_worker.yaml": LAA_WORKER.replace(
            ".Values.service_account.name", ".Values.serviceAccount.name"),
        "helm_deploy/apply-for-legal-aid/values-production.yaml":
            LAA_VALUES.replace("service_account:", "serviceAccount:")})
    assert [f.status for f in found] == [Status.PASS], [f.message for f in found]
    assert "serviceAccount.create: false" in found[0].message


INTEGRATION = "integration-tests/suite"

# Forecastle .github/workflows/e2e-tests.yaml (trimmed): a kind cluster, then `make test-e2e`
FORECASTLE_WORKFLOW = """\
name: E2E Tests
on:
  pull_request:
    branches:
      - master
jobs:
  e2e:
    runs-on: ubuntu-latest
    name: E2E Tests
    steps:
      - name: Check out code
        uses: actions/checkout@v6
      - name: Create Kind Cluster
        uses: helm/kind-action@v1
        with:
          cluster_name: forecastle-e2e
      - name: Build Forecastle
        run: make build
      - name: Start Forecastle
        run: |
          ./forecastle --port 3000 --cache-interval 10s &
      - name: Run Backend E2E Tests
        run: make test-e2e
        timeout-minutes: 10
"""
# Makefile lines 18, 33-34 and 66-67
FORECASTLE_MAKEFILE = ("GOCMD = go\n\nbuild:\n\t\"$(GOCMD)\" build -o forecastle ./cmd/forecastle\n\n"
                       "test-e2e:\n\t\"$(GOCMD)\" test -timeout 600s -v ./e2e/...\n")
# e2e/e2e_test.go (the first test)
FORECASTLE_E2E = """\
// Package e2e contains end-to-end tests for Forecastle.
// These tests run against a real Kubernetes cluster (typically Kind)
package e2e

import "testing"

func TestIngressDiscovery(t *testing.T) {
	if testClients == nil {
		t.Skip("cluster not available")
	}
}
"""


def _forecastle(tmp_path: Path, workflow: str = FORECASTLE_WORKFLOW, makefile: str = FORECASTLE_MAKEFILE,
                extra: dict[str, str] | None = None) -> list[object]:
    write(tmp_path, {".github/workflows/e2e-tests.yaml": workflow, "Makefile": makefile, "go.mod": "module x\n",
                     "e2e/e2e_test.go": FORECASTLE_E2E, **(extra or {})})
    return findings(scan(tmp_path, only=("integration-tests",)), INTEGRATION)


def test_an_end_to_end_suite_ci_runs_in_a_kind_cluster_covers_integration(tmp_path: Path) -> None:
    # the lead's decision of s6: with no separate integration suite, an end-to-end suite a CI job runs against a
    # real cluster covers the item; the pass names the suite and the job. Before: "no integration test suite found"
    found = _forecastle(tmp_path)
    assert [f.status for f in found] == [Status.PASS], [f.message for f in found]
    message = found[0].message
    assert "'e2e'" in message and ".github/workflows/e2e-tests.yaml" in message and "e2e/" in message
    assert "kind-action" in message and "make test-e2e" in message


@pytest.mark.parametrize("case", ["no-cluster", "suite-not-run", "job-off", "other-directory"])
def test_an_end_to_end_suite_no_ci_job_runs_in_a_cluster_does_not_count(tmp_path: Path, case: str) -> None:
    workflow, makefile = FORECASTLE_WORKFLOW, FORECASTLE_MAKEFILE
    if case == "no-cluster":  # the suite runs, but against nothing CI started
        workflow = workflow.replace("        uses: helm/kind-action@v1\n        with:\n"
                                    "          cluster_name: forecastle-e2e\n", "        run: echo none\n")
    elif case == "suite-not-run":  # a cluster, but the job never runs the suite (node-feature-discovery: prow)
        workflow = workflow.replace("run: make test-e2e", "run: make build")
    elif case == "job-off":
        workflow = workflow.replace("    runs-on: ubuntu-latest\n", "    if: false\n    runs-on: ubuntu-latest\n")
    else:  # `go test` of another directory is not the end-to-end suite
        makefile = makefile.replace("./e2e/...", "./internal/...")
    found = _forecastle(tmp_path, workflow, makefile)
    assert [f.status for f in found] == [Status.FAIL], [f.message for f in found]


# tekton-results: presubmit-ci.yaml's integration-tests job runs test/presubmit-tests.sh --integration-tests, which
# sources tektoncd/plumbing's runner; the runner's documented default runs ./test/e2e-*tests.sh, which runs
# test/e2e/e2e.sh: 00-setup.sh makes a kind cluster, then `go test --tags=e2e ${REPO}/test/e2e/...`
TEKTON_WORKFLOW = """\
name: Results CI Presubmit Tests
on:
  pull_request:
    branches:
      - main
jobs:
  integration-tests:
    name: Integration Tests
    runs-on: ubuntu-latest
    steps:
      - name: Run Integration Tests
        working-directory: ${{ github.workspace }}/src/github.com/tektoncd/results
        run: ./test/presubmit-tests.sh --integration-tests
"""
TEKTON_PRESUBMIT = """\
#!/usr/bin/env bash
export TEST_FOLDER=$(pwd)
source $(dirname $0)/vendor/github.com/tektoncd/plumbing/scripts/presubmit-tests.sh

function pre_integration_tests() {
    pushd ${TEST_FOLDER}
}

function unit_tests() {
  local failed=0
  go test -v -race ./... || failed=1
  return ${failed}
}

main $@
"""
TEKTON_E2E_TESTS = """\
#!/usr/bin/env bash
# This script is called by default_integration_test_runner() -
function main() {
    failed=0
    timeout $E2E_GO_TEST_TIMEOUT $(dirname $0)/e2e/e2e.sh || failed=1
    return ${failed}
}

main
"""
TEKTON_E2E_SH = """\
#!/bin/bash
main() {
    REPO="$(git rev-parse --show-toplevel)"

    ${REPO}/test/e2e/00-setup.sh
    go test -v -count=1 --tags=e2e $(go list --tags=e2e ${REPO}/test/e2e/... | grep -v /client)
}

main
"""
TEKTON_SETUP = ('#!/bin/bash\nset -e\nROOT="$(git rev-parse --show-toplevel)"\n\nkind create cluster --verbosity 3 '
                '--config "${ROOT}/test/e2e/kind-cluster.yaml" --name=${KIND_CLUSTER_NAME} --wait=60s\n')
TEKTON_TEST = ("//go:build e2e\n// +build e2e\n\npackage e2e\n\nimport \"testing\"\n\n"
               "func TestTaskRun(t *testing.T) {\n\tt.Log(\"ok\")\n}\n")


def _tekton(tmp_path: Path, presubmit: str = TEKTON_PRESUBMIT, workflow: str = TEKTON_WORKFLOW,
            e2e_sh: str = TEKTON_E2E_SH) -> list[object]:
    write(tmp_path, {".github/workflows/presubmit-ci.yaml": workflow, "test/presubmit-tests.sh": presubmit,
                     "test/e2e-tests.sh": TEKTON_E2E_TESTS, "test/e2e/e2e.sh": e2e_sh,
                     "test/e2e/00-setup.sh": TEKTON_SETUP, "test/e2e/e2e_test.go": TEKTON_TEST,
                     "go.mod": "module x\n"})
    return findings(scan(tmp_path, only=("integration-tests",)), INTEGRATION)


def test_the_knative_tekton_presubmit_runner_runs_the_e2e_scripts_for_integration_tests(tmp_path: Path) -> None:
    found = _tekton(tmp_path)
    assert [f.status for f in found] == [Status.PASS], [f.message for f in found]
    message = found[0].message
    assert "'integration-tests'" in message and "test/e2e/" in message and "kind create cluster" in message


@pytest.mark.parametrize("case", ["own-runner", "unit-only"])
def test_the_presubmit_runner_runs_the_e2e_scripts_only_by_default_and_for_integration(
        tmp_path: Path, case: str) -> None:
    # a script that defines integration_tests() replaces the default runner; `--unit-tests` runs no e2e script
    presubmit, workflow = TEKTON_PRESUBMIT, TEKTON_WORKFLOW
    if case == "own-runner":
        presubmit = presubmit.replace("main $@", "function integration_tests() {\n  echo skipped\n}\n\nmain $@")
    else:
        workflow = workflow.replace("--integration-tests", "--unit-tests")
    found = _tekton(tmp_path, presubmit, workflow)
    assert [f.status for f in found] == [Status.FAIL], [f.message for f in found]


def test_go_test_of_every_package_or_a_printed_hint_does_not_run_the_e2e_suite(tmp_path: Path) -> None:
    # presubmit-tests.sh's unit_tests() runs `go test -v -race ./...` from test/: `./...` is not the e2e folder
    # (read relative to the script it would be test/, above test/e2e); an `echo "go test ./test/e2e/..."` hint
    # runs nothing
    hint = TEKTON_E2E_SH.replace("    go test -v -count=1", '    echo "go test -v -count=1').replace(
        "/client)\n", '/client)"\n')
    assert 'echo "go test' in hint
    found = _tekton(tmp_path, e2e_sh=hint)
    assert [f.status for f in found] == [Status.FAIL], [f.message for f in found]


# kube-state-metrics: ci.yml's ci-e2e-tests job runs `make e2e`; the Makefile's e2e target runs ./tests/e2e.sh,
# which makes a kind cluster and runs the suite's files one by one
KSM_WORKFLOW = """\
name: continuous-integration
on:
  pull_request:
jobs:
  ci-e2e-tests:
    name: ci-e2e-tests
    runs-on: ubuntu-latest
    steps:
    - name: End-to-end tests
      run: |
        make e2e
"""
KSM_E2E = ('#!/bin/bash\nset -e\nkind create cluster --image="${NODE_IMAGE_NAME}:${KUBERNETES_VERSION}"\n'
           'go test -v ./tests/e2e/main_test.go --ksm-http-metrics-url=${KSM_HTTP_METRICS_URL}\n')


def test_a_test_file_of_the_e2e_suite_names_the_suite(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/ci.yml": KSM_WORKFLOW, "Makefile": "e2e:\n\t./tests/e2e.sh\n",
                     "tests/e2e.sh": KSM_E2E, "go.mod": "module x\n",
                     "tests/e2e/main_test.go": FORECASTLE_E2E})
    found = findings(scan(tmp_path, only=("integration-tests",)), INTEGRATION)
    assert [f.status for f in found] == [Status.PASS], [f.message for f in found]
    assert "tests/e2e/" in found[0].message and "'ci-e2e-tests'" in found[0].message


# spring-boot-best-practices src/test/java/com/uk/companieshouse/connector/CompaniesHouseConnectorTestI.java (trimmed)
# and the helper interface it implements, e2e/WireMockService.java (trimmed)
SBBP_CONNECTOR_TEST = """\
package com.uk.companieshouse.connector;

import com.uk.companieshouse.e2e.WireMockService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestTemplate;

@SpringBootTest
class CompaniesHouseConnectorTestI implements WireMockService {

    @Autowired
    private RestTemplate restTemplate;

    @BeforeEach
    void setUp() {
        startService();
        stubGovCompaniesHouseExternalService();
    }

    @Test
    void getCompaniesHouseDetails_shouldReturnCHResponse_whenExecutedInSpringContext() {
        CompaniesHouseConnector companiesHouseConnector =
                new CompaniesHouseConnector(govCompaniesHouseEndpoint, authUsername, restTemplate);
        assertEquals(getCompaniesHouseGovUKResponse(), companiesHouseConnector.getCompaniesHouseDetails(TESTCRN));
    }
}
"""
SBBP_WIREMOCK = """\
package com.uk.companieshouse.e2e;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit.WireMockRule;

public interface WireMockService {

    @Rule
    WireMockRule WIRE_MOCK_RULE = new WireMockRule(WireMockConfiguration.wireMockConfig().port(8005));

    default void startService() {
        WIRE_MOCK_RULE.start();
    }
}
"""
SBBP_TESTS = "src/test/java/com/uk/companieshouse"


@pytest.mark.parametrize("case", ["helper", "no-server", "no-context"])
def test_a_spring_boot_test_answered_by_a_wiremock_server_is_an_integration_test(tmp_path: Path, case: str) -> None:
    # the whole Spring context and its real HTTP client against a server on the network: integration (as the set
    # labels hmpps-template-kotlin's and rd-user-profile-api's suites). Without the server (a mocked collaborator)
    # or without the application context, it stays a unit test
    test, helper = SBBP_CONNECTOR_TEST, SBBP_WIREMOCK
    if case == "no-server":
        helper = helper.replace("WireMockRule", "Object").replace(
            "WireMockConfiguration.wireMockConfig().port(8005)", "")
    elif case == "no-context":
        test = test.replace("@SpringBootTest\n", "")
    write(tmp_path, {"build.gradle": "plugins { id 'java' }\n",
                     f"{SBBP_TESTS}/connector/CompaniesHouseConnectorTestI.java": test,
                     f"{SBBP_TESTS}/e2e/WireMockService.java": helper})
    found = findings(scan(tmp_path, only=("integration-tests",)), INTEGRATION)
    expected = Status.PASS if case == "helper" else Status.FAIL
    assert [f.status for f in found] == [expected], [f.message for f in found]


# binderhub/repoproviders.py lines 903-914 (GitHubRepoProvider.client_id), trimmed to the class
BINDERHUB_PROVIDER = '''\
import os

from traitlets import Unicode, default
from traitlets.config import LoggingConfigurable


class GitHubRepoProvider(LoggingConfigurable):
    client_id = Unicode(
        config=True,
        help="""GitHub client id for authentication with the GitHub API

        For use with client_secret.
        Loaded from GITHUB_CLIENT_ID env by default.
        """,
    )

    @default("client_id")
    def _client_id_default(self):
        return os.getenv("GITHUB_CLIENT_ID", "")
'''


@pytest.mark.parametrize("case", ["help", "other-variable", "not-config", "outside-default"])
def test_a_configurable_traits_help_documents_the_variable_its_default_reads(tmp_path: Path, case: str) -> None:
    # traitlets prints a config=True trait's help for --help-all and Sphinx's autoconfigurable renders it: the
    # variable the trait's @default reads is documented there. Before: "read by the code but documented nowhere"
    code = BINDERHUB_PROVIDER
    if case == "other-variable":  # the help names another variable
        code = code.replace("Loaded from GITHUB_CLIENT_ID env", "Loaded from GITHUB_ID env")
    elif case == "not-config":  # not a configurable setting: its help is nobody's documentation
        code = code.replace("config=True", "config=False")
    elif case == "outside-default":  # a read elsewhere in the class is not the trait's default
        code = code.replace('@default("client_id")\n    ', "")
    write(tmp_path, {"binderhub/repoproviders.py": code, "binderhub/__init__.py": "",
                     "pyproject.toml": "[project]\nname = 'binderhub'\ndependencies = ['traitlets']\n",
                     "README.md": "# binderhub\n"})
    found = findings(scan(tmp_path, only=("env-vars/documented",)), "env-vars/documented")
    expected = Status.PASS if case == "help" else Status.FAIL
    assert [f.status for f in found] == [expected], [f.message for f in found]
    if case == "help":
        assert "GitHubRepoProvider.client_id" in found[0].message
