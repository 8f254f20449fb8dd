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
from tests.workload_fixtures import GOOD_CONTAINER, container, deployment, manifest, pdb

from deploycheck.model import Status

SC = GOOD_CONTAINER["securityContext"]


def _status(tmp_path: Path, docs: list[dict[str, Any]], check_id: str) -> set[Status]:
    write(tmp_path, {"k8s/app.yaml": manifest(*docs)})
    return {f.status for f in findings(scan(tmp_path, only=(check_id.split("/")[0],)), check_id)}


def _caps(**caps: Any) -> dict[str, Any]:
    return deployment(container=container(securityContext={**SC, "capabilities": caps}))


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
