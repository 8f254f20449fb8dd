"""The in-cluster verify Job (deploy/verify/): the Job, the Argo CD PreSync hook and their RBAC pass
deploycheck's own checks, and the RBAC grants exactly what verify reads from the cluster."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.helpers import scan

from deploycheck.model import Status

VERIFY = Path(__file__).resolve().parent.parent / "deploy" / "verify"
FILES = ("job.yaml", "argocd-presync-hook.yaml", "rbac.yaml")


def test_verify_job_hook_and_rbac_pass_deploycheck(tmp_path: Path) -> None:
    for name in (*FILES, ".deploycheck.yaml"):
        shutil.copy(VERIFY / name, tmp_path / name)
    result = scan(tmp_path)
    on_objects = [f for f in result.findings if f.location and f.location.object]
    kinds = {f.location.object.kind for f in on_objects if f.location and f.location.object}
    assert {"Job", "Role", "ClusterRole"} <= kinds, f"the Kubernetes checks looked at the objects: {kinds}"
    bad = (Status.FAIL, Status.WARN, Status.ERROR)
    problems = [f"{f.check_id}: {f.message}" for f in on_objects if f.status in bad]
    assert problems == []


def test_job_and_hook_run_verify_in_cluster() -> None:
    for name, hook in (("job.yaml", None), ("argocd-presync-hook.yaml", "PreSync")):
        job = yaml.safe_load((VERIFY / name).read_text())
        annotations = job["metadata"].get("annotations") or {}
        assert job["kind"] == "Job" and annotations.get("argocd.argoproj.io/hook") == hook
        pod = job["spec"]["template"]["spec"]
        assert pod["serviceAccountName"] == "deploycheck-verify" and pod["automountServiceAccountToken"] is True
        command = pod["containers"][0]["command"]
        assert command[:2] == ["deploycheck", "verify"] and "--kube-context" not in command


def rbac_rules() -> dict[str, set[tuple[str, str, str]]]:
    """(kind of role) -> {(apiGroup, resource, verb)} granted by deploy/verify/rbac.yaml."""
    out: dict[str, set[tuple[str, str, str]]] = {"Role": set(), "ClusterRole": set()}
    for doc in yaml.safe_load_all((VERIFY / "rbac.yaml").read_text()):
        if doc["kind"] in out:
            for rule in doc["rules"]:
                out[doc["kind"]] |= {(g, r, v) for g in rule["apiGroups"] for r in rule["resources"]
                                     for v in rule["verbs"]}
    return out


def test_rbac_is_read_only_and_never_reads_secrets() -> None:
    rules = rbac_rules()
    verbs = {v for granted in rules.values() for _, _, v in granted}
    assert verbs <= {"get", "list"}, verbs
    assert not any(r in ("secrets", "*") or g == "*" for granted in rules.values() for g, r, _ in granted)


def test_rbac_grants_what_verify_asks_the_api(tmp_path: Path) -> None:
    """Every API request of verify runs against the emulator (the cluster checks; the pod checks through
    EndpointSlices and through the Pods fallback) is one rbac.yaml grants, and every grant is used.
    Discovery, /version and SelfSubjectAccessReviews are open to every authenticated identity."""
    pytest.importorskip("kmock")
    pytest.importorskip("lightkube")
    from tests.servers.kube import running_emulator
    from tests.test_cluster_live import healthy_cluster, run_verify
    from tests.test_pod_probes import SLICES, endpoint_slice, pods_only, run, two_pods

    seen: list[Any] = []

    def recorded(setup: Any) -> Any:
        def fill(km: Any) -> None:
            setup(km)
            seen.append(km)
        return fill

    from tests.helpers import write

    # A claim naming a storage class, so cluster/live-api-resources lists the classes too.
    write(tmp_path / "cluster", {"k8s/pvc.yaml": "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data, "
                                                 "namespace: shop}\nspec: {storageClassName: fast}\n"})
    with running_emulator(recorded(healthy_cluster)) as url:
        run_verify(tmp_path / "cluster", url, "cluster/*", "rollout-strategy/live-*", "rollback-plan/live-*")
    with two_pods() as port:
        with running_emulator(recorded(lambda km: km.objects.__setitem__(
                ("discovery.k8s.io/v1/endpointslices", "shop", "web-x7k2p"), endpoint_slice(port))),
                resources=SLICES) as url:
            run(tmp_path / "slices", port, url)
        with running_emulator(recorded(pods_only)) as url:
            run(tmp_path / "pods", port, url)
    asked = set().union(*(asked_permissions(km) for km in seen))
    rules = rbac_rules()
    # Namespaced resources come from the Role (the namespace), cluster-scoped ones from the ClusterRole.
    needed = {("Role" if namespaced else "ClusterRole", g, r, v) for namespaced, g, r, v in asked}
    granted = {(kind, g, r, v) for kind, triples in rules.items() for g, r, v in triples}
    assert needed - granted == set()
    # Nothing more: the one grant not seen is `get namespaces`, which verify asks
    # (/api/v1/namespaces/shop) but kmock 0.8 parses as a namespace prefix, not as a Namespace read.
    assert granted - needed == {("ClusterRole", "", "namespaces", "get")}


OPEN_TO_EVERYONE = {"selfsubjectaccessreviews"}


def asked_permissions(km: Any) -> set[tuple[bool, str, str, str]]:
    """(namespaced, apiGroup, resource, verb) of each request the emulator served, discovery left out."""
    out = set()
    for request in km:
        resource = request.resource
        if resource is None or not resource.plural or resource.plural in OPEN_TO_EVERYONE:
            continue  # /version, /api, /apis/<group>/<version> discovery
        verb = {"GET": "get" if request.name else "list", "POST": "create"}.get(request.method, request.method)
        out.add((request.namespace is not None, resource.group or "", resource.plural, verb))
    return out
