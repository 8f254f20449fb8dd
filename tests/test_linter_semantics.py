"""The Kubernetes linters' documented rule semantics, where they agree with the checklist.

Each case restates a rule as the linter's documentation describes it (kube-score's README/check list,
Polaris' check documentation, kube-linter's check reference, the Kubernetes Pod Security Standards),
written here from that text, never copied from the linters' own test fixtures. A case says which
deploycheck check carries the rule and the status the documented behaviour implies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.workload_fixtures import GOOD_CONTAINER, container, deployment, manifest, pdb, service

from deploycheck.model import Status

SC = GOOD_CONTAINER["securityContext"]


def _status(tmp_path: Path, docs: list[dict[str, Any]], check_id: str) -> set[Status]:
    write(tmp_path, {"k8s/app.yaml": manifest(*docs)})
    return {f.status for f in findings(scan(tmp_path, only=(check_id.split("/")[0],)), check_id)}


def _caps(**caps: Any) -> dict[str, Any]:
    return deployment(container=container(securityContext={**SC, "capabilities": caps}))


def _statefulset() -> dict[str, Any]:
    sts = deployment(name="db", spec={"serviceName": "db"})
    sts["kind"] = "StatefulSet"
    for key in ("strategy", "progressDeadlineSeconds"):
        sts["spec"].pop(key)
    return sts


def _cronjob(**spec: Any) -> dict[str, Any]:
    return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "job", "namespace": "shop"},
            "spec": {"schedule": "@daily", **spec, "jobTemplate": {"spec": {"template": {"spec": {
                "restartPolicy": "Never", "containers": [GOOD_CONTAINER]}}}}}}


def _hpa(target: str) -> dict[str, Any]:
    return {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": target},
                     "minReplicas": 2, "maxReplicas": 4}}


def _role(rules: list[dict[str, Any]]) -> dict[str, Any]:
    return {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
            "metadata": {"name": "web", "namespace": "shop"}, "rules": rules}


def _binding(kind: str, name: str) -> dict[str, Any]:
    return {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
            "metadata": {"name": "web", "namespace": "shop"},
            "subjects": [{"kind": "ServiceAccount", "name": "web", "namespace": "shop"}],
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": kind, "name": name}}


CASES: list[tuple[str, str, list[dict[str, Any]], str, Status]] = [
    # Pod Security Standards (baseline): adding capabilities beyond the default set is forbidden;
    # Polaris "dangerousCapabilities" (SYS_ADMIN, NET_ADMIN, ALL) is a danger-level check.
    ("PSS baseline / Polaris dangerousCapabilities", "SYS_ADMIN after drop ALL",
     [_caps(drop=["ALL"], add=["SYS_ADMIN"])], "endpoint-security/capabilities", Status.FAIL),
    ("Polaris dangerousCapabilities", "NET_ADMIN after drop ALL",
     [_caps(drop=["ALL"], add=["NET_ADMIN"])], "endpoint-security/capabilities", Status.FAIL),
    ("Polaris dangerousCapabilities", "add ALL", [_caps(drop=["ALL"], add=["ALL"])],
     "endpoint-security/capabilities", Status.FAIL),
    ("PSS restricted", "drop ALL and add back only NET_BIND_SERVICE",
     [_caps(drop=["ALL"], add=["NET_BIND_SERVICE"])], "endpoint-security/capabilities", Status.PASS),
    ("kube-linter drop-net-raw-capability / Polaris insecureCapabilities", "capabilities not dropped",
     [_caps()], "endpoint-security/capabilities", Status.FAIL),
    # kube-score container-security-context-privileged / Polaris privilegeEscalationAllowed, runAsPrivileged
    ("kube-score container-security-context-privileged", "privileged: true",
     [deployment(container=container(securityContext={**SC, "privileged": True}))],
     "endpoint-security/privileged", Status.FAIL),
    ("Polaris hostNetworkSet / kube-linter host-network", "hostNetwork: true",
     [deployment(pod={"hostNetwork": True})], "endpoint-security/privileged", Status.FAIL),
    ("Polaris privilegeEscalationAllowed", "allowPrivilegeEscalation unset",
     [deployment(container=container(securityContext={k: v for k, v in SC.items()
                                                       if k != "allowPrivilegeEscalation"}))],
     "endpoint-security/privilege-escalation", Status.FAIL),
    ("kube-score container-security-context-readonlyrootfilesystem", "readOnlyRootFilesystem unset",
     [deployment(container=container(securityContext={k: v for k, v in SC.items()
                                                       if k != "readOnlyRootFilesystem"}))],
     "endpoint-security/read-only-root-fs", Status.FAIL),
    ("kube-score container-security-context-user-group-id / Polaris runAsRootAllowed", "runAsUser 0",
     [deployment(container=container(securityContext={**SC, "runAsNonRoot": None, "runAsUser": 0}))],
     "endpoint-security/run-as-non-root", Status.FAIL),
    # kube-score container-resources: memory limit and requests expected
    ("kube-score container-resources", "no resources", [deployment(container=container(resources=None))],
     "resource-limits/requests-and-limits", Status.FAIL),
    # kube-score deployment-has-poddisruptionbudget / pod-probes
    ("kube-score deployment-has-poddisruptionbudget", "replicated Deployment without a PDB", [deployment()],
     "rollout-strategy/pdb", Status.FAIL),
    ("kube-linter pdb-min-available", "minAvailable equal to the replicas blocks every eviction",
     [deployment(spec={"replicas": 3}), pdb(minAvailable=3)], "rollout-strategy/pdb", Status.FAIL),
    ("kube-linter pdb-max-unavailable", "maxUnavailable 0 blocks every eviction",
     [deployment(), pdb(maxUnavailable=0)], "rollout-strategy/pdb", Status.FAIL),
    ("kube-linter pdb-min-available", "minAvailable 100 % blocks every eviction",
     [deployment(), pdb(minAvailable="100%")], "rollout-strategy/pdb", Status.FAIL),
    # kube-score container-image-tag: latest or no tag is critical
    ("kube-score container-image-tag / Polaris tagNotSpecified", "image without a tag",
     [deployment(container=container(image="registry.example.com/web"))], "registry/digest-pinned", Status.FAIL),
    ("kube-linter latest-tag", "image :latest",
     [deployment(container=container(image="registry.example.com/web:latest"))], "registry/digest-pinned",
     Status.FAIL),
    # Polaris deploymentMissingReplicas / kube-linter minimum-three-replicas (deploycheck's policy: 2)
    ("Polaris deploymentMissingReplicas", "single replica", [deployment(spec={"replicas": 1})],
     "rollout-strategy/replicas", Status.FAIL),
    # Pod Security Standards baseline: hostPath volumes, hostPorts and an unmasked /proc are forbidden.
    ("PSS baseline / kube-linter host-path", "hostPath volume mounted",
     [deployment(pod={"volumes": [{"name": "h", "hostPath": {"path": "/var/log"}}]},
                 container=container(volumeMounts=[{"name": "h", "mountPath": "/host-logs"}]))],
     "endpoint-security/host-access", Status.FAIL),
    ("PSS baseline / Polaris hostPortSet", "hostPort declared",
     [deployment(container=container(ports=[{"name": "http", "containerPort": 8080, "hostPort": 8080}]))],
     "endpoint-security/host-access", Status.FAIL),
    ("PSS baseline", "procMount Unmasked", [deployment(container=container(securityContext={**SC, "procMount":
                                                                                          "Unmasked"}))],
     "endpoint-security/host-access", Status.FAIL),
    # Pod Security Standards restricted: seccomp RuntimeDefault or Localhost, never Unconfined or unset.
    ("PSS restricted", "seccomp RuntimeDefault on the pod",
     [deployment(pod={"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}})],
     "endpoint-security/seccomp", Status.PASS),
    ("PSS restricted", "seccomp Unconfined on the container",
     [deployment(container=container(securityContext={**SC, "seccompProfile": {"type": "Unconfined"}}))],
     "endpoint-security/seccomp", Status.WARN),
    # kube-score statefulset-has-servicename: serviceName points at a headless Service.
    ("kube-score statefulset-has-servicename", "serviceName names a Service with a cluster IP",
     [_statefulset(), service(name="db")], "manifests/statefulset-service", Status.FAIL),
    ("kube-score statefulset-has-servicename", "serviceName names a headless Service",
     [_statefulset(), service(name="db", clusterIP="None")], "manifests/statefulset-service", Status.PASS),
    # kube-score cronjob-has-deadline
    ("kube-score cronjob-has-deadline", "no startingDeadlineSeconds", [_cronjob(concurrencyPolicy="Forbid")],
     "rollout-strategy/cronjob-policy", Status.WARN),
    # kube-score horizontalpodautoscaler-has-target / deployment-targeted-by-hpa-does-not-have-replicas
    ("kube-score horizontalpodautoscaler-has-target", "HPA naming a missing Deployment", [_hpa("missing")],
     "rollout-strategy/hpa", Status.WARN),
    ("kube-score deployment-targeted-by-hpa-does-not-have-replicas", "Deployment with replicas and an HPA",
     [deployment(), _hpa("web")], "rollout-strategy/hpa", Status.WARN),
    # kube-score deployment-has-host-podantiaffinity / pod-topology-spread-constraints (low: a warning)
    ("kube-score deployment-has-host-podantiaffinity", "3 replicas, no anti-affinity or spread", [deployment()],
     "rollout-strategy/spread", Status.WARN),
    # kube-linter wildcard-in-rules / cluster-admin-role-binding / access-to-secrets
    ("kube-linter wildcard-in-rules", "Role with * verbs", [_role([{"apiGroups": [""], "resources": ["pods"],
                                                                    "verbs": ["*"]}])],
     "endpoint-security/rbac-privileges", Status.FAIL),
    ("kube-linter cluster-admin-role-binding", "binding to cluster-admin", [_binding("ClusterRole", "cluster-admin")],
     "endpoint-security/rbac-privileges", Status.FAIL),
    ("kube-linter access-to-secrets", "workload's account may list secrets",
     [deployment(pod={"serviceAccountName": "web"}),
      _role([{"apiGroups": [""], "resources": ["secrets"], "verbs": ["list"]}]), _binding("Role", "web")],
     "secrets-management/workload-secret-access", Status.FAIL),
]


@pytest.mark.parametrize(("source", "case", "docs", "check_id", "expected"), CASES,
                         ids=[f"{c[3]}: {c[1]}" for c in CASES])
def test_documented_rule(tmp_path: Path, source: str, case: str, docs: list[dict[str, Any]], check_id: str,
                         expected: Status) -> None:
    got = _status(tmp_path, docs, check_id)
    assert (got == {Status.PASS}) if expected is Status.PASS else (expected in got), f"{source}: {case}: {got}"


def test_dangerous_capability_message_names_it(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/app.yaml": manifest(_caps(drop=["ALL"], add=["CAP_SYS_ADMIN", "NET_BIND_SERVICE"]))})
    [f] = findings(scan(tmp_path, only=("endpoint-security",)), "endpoint-security/capabilities")
    assert f.status is Status.FAIL and "adds capability SYS_ADMIN after dropping ALL" in f.message
