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

