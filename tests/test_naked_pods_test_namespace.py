"""rollout-strategy/naked-pods: a bare Pod in a namespace named for tests is a test environment's, not deployed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

CHECK = "rollout-strategy/naked-pods"
# tekton-results' tools/postgres-migrate/config: kustomization.yaml and postgres.yaml (shortened)
KUSTOMIZATION = "resources:\n  - postgres.yaml\nnamespace: tekton-results-e2e"
POSTGRES = """\
apiVersion: v1
kind: Pod
metadata:
  name: postgres
  labels:
    app: postgres
spec:
  containers:
    - name: postgres
      image: postgres:13
      ports:
        - containerPort: 5432
"""
DEPLOYMENT = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n"
              "    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n"
              "    spec:\n      containers:\n        - name: api\n          image: api:1.0\n")


def test_a_bare_pod_in_an_e2e_namespace_is_left_out(tmp_path: Path) -> None:
    root = write(tmp_path, {"tools/postgres-migrate/config/kustomization.yaml": KUSTOMIZATION,
                            "tools/postgres-migrate/config/postgres.yaml": POSTGRES, "config/api.yaml": DEPLOYMENT})
    found = findings(scan(root, only=(CHECK,)), CHECK)
    assert sorted(f.status.value for f in found) == ["n/a", "pass"], [f.message for f in found]


def test_a_bare_pod_in_another_namespace_still_fails(tmp_path: Path) -> None:
    root = write(tmp_path, {
        "config/kustomization.yaml": KUSTOMIZATION.replace("tekton-results-e2e", "tekton-results-contest"),
        "config/postgres.yaml": POSTGRES, "config/api.yaml": DEPLOYMENT})
    found = findings(scan(root, only=(CHECK,)), CHECK)
    assert [f.status for f in found] == [Status.FAIL]
