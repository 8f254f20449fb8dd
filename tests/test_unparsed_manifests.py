"""A plain manifest that could not be parsed hides its objects: a check that found nothing of the kinds the file
names must say `skipped` (naming the file), never `n/a`, and an absence it would report becomes `skipped` too.
modern-slavery's kd templates made health-probes and ingress `n/a` and tls-verification pass until gotemplate.py
read them; a template it cannot read still must not earn a pass (lead, 2026-11-30 s8)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

BROKEN_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.25
          ports: [80
"""
SERVICE = """\
apiVersion: v1
kind: Service
metadata: {name: web, namespace: prod}
spec: {selector: {app: web}, ports: [{port: 80}]}
"""
GOOD_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: prod}
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
      - name: api
        image: nginx:1.25
        resources:
          requests: {cpu: 100m, memory: 64Mi}
          limits: {cpu: 200m, memory: 128Mi}
"""


def test_an_unparsed_deployment_makes_the_probe_checks_skipped_not_na(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/deploy.yaml": BROKEN_DEPLOYMENT, "k8s/svc.yaml": SERVICE})
    result = scan(tmp_path, only=("health-probes/liveness", "health-probes/readiness", "manifests/selectors",
                                  "ingress/tls", "monitoring/alert-rules"))
    for cid in ("health-probes/liveness", "health-probes/readiness"):
        got = findings(result, cid)
        assert [f.status for f in got] == [Status.SKIPPED], [(f.status, f.message) for f in got]
        assert "k8s/deploy.yaml (Deployment) could not be parsed" in got[0].message, got[0].message
    # the Service's pods may be the unparsed Deployment's: no "selects nothing" failure on not having looked
    selectors = findings(result, "manifests/selectors")
    assert [f.status for f in selectors] == [Status.SKIPPED], [(f.status, f.message) for f in selectors]
    # a Deployment hides no Ingress and no alert rule: those findings stand as they were
    assert [f.status for f in findings(result, "ingress/tls")] == [Status.NA]
    assert Status.FAIL in {f.status for f in findings(result, "monitoring/alert-rules")}


def test_passes_over_parsed_workloads_are_caveated_only_by_an_unparsed_file_of_their_kind(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/api.yaml": GOOD_DEPLOYMENT, "k8s/deploy.yaml": BROKEN_DEPLOYMENT})
    got = findings(scan(tmp_path, only=("resource-limits/requests-and-limits",)), "resource-limits/requests-and-limits")
    assert any(f.status is Status.SKIPPED and "k8s/deploy.yaml (Deployment) could not be parsed" in f.message
               for f in got), [(f.status, f.message) for f in got]

    # coolstore-microservices' deploys/k8s/auth-policy.yaml: an Istio `kind: Policy` no check judges
    other = tmp_path / "other"
    write(other, {"k8s/api.yaml": GOOD_DEPLOYMENT,
                  "k8s/auth-policy.yaml": "apiVersion: authentication.istio.io/v1alpha1\nkind: Policy\n"
                                          "metadata:\n  name: default\nspec:\n  peers: [{mtls: {}}\n"})
    got = findings(scan(other, only=("resource-limits/requests-and-limits",)), "resource-limits/requests-and-limits")
    assert {f.status for f in got} == {Status.PASS}, [(f.status, f.message) for f in got]


def test_judged_kinds_are_read_from_top_level_kind_lines_of_a_manifest() -> None:
    from deploycheck.sources.kubernetes import judged_kinds_named

    text = ("apiVersion: v1\nkind: ServiceAccount\n---\napiVersion: rbac.authorization.k8s.io/v1\n"
            "kind: ClusterRoleBinding\nroleRef:\n  kind: ClusterRole\nsubjects:\n  - kind: ServiceAccount\n---\n"
            "kind: 'Deployment'\nkind: Deployment\nkind: Widget\n")
    assert judged_kinds_named(text) == ["ServiceAccount", "ClusterRoleBinding", "Deployment"]
    assert judged_kinds_named("kind: Deployment\n") == []  # no apiVersion: no manifest
