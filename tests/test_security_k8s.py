"""Security section from manifests: endpoint-security, secrets-management (checks/security/kubernetes.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.workload_fixtures import GOOD_CONTAINER, container, deployment, manifest, service

from deploycheck.model import Status

HARDENING_IDS = ("endpoint-security/run-as-non-root", "endpoint-security/privilege-escalation",
                 "endpoint-security/read-only-root-fs", "endpoint-security/capabilities",
                 "endpoint-security/privileged")


def _scan(tmp_path: Path, *docs: dict[str, Any], only: str) -> Any:
    write(tmp_path, {"k8s/app.yaml": manifest(*docs)})
    return scan(tmp_path, only=(only,))


def statuses(result: Any, check_id: str) -> set[Status]:
    return {f.status for f in findings(result, check_id)}


def test_hardened_container_passes_every_rule(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), only="endpoint-security")
    for cid in HARDENING_IDS:
        assert statuses(result, cid) == {Status.PASS}, cid


def test_bare_container_fails_every_rule(tmp_path: Path) -> None:
    bare = container(securityContext={"privileged": True})
    result = _scan(tmp_path, deployment(container=bare), only="endpoint-security")
    for cid in HARDENING_IDS:
        [f] = findings(result, cid)
        assert f.status is Status.FAIL and f.location and f.location.line, cid


def test_pod_level_run_as_user_counts_and_host_namespaces_fail(tmp_path: Path) -> None:
    sc = {k: v for k, v in GOOD_CONTAINER["securityContext"].items() if k != "runAsNonRoot"}
    obj = deployment(container=container(securityContext=sc), pod={"securityContext": {"runAsUser": 1000}})
    assert statuses(_scan(tmp_path, obj, only="endpoint-security"), "endpoint-security/run-as-non-root") == {
        Status.PASS}
    obj = deployment(pod={"hostNetwork": True})
    [f] = findings(_scan(tmp_path, obj, only="endpoint-security"), "endpoint-security/privileged")
    assert f.status is Status.FAIL and "hostNetwork" in f.message


NETPOL = {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
          "metadata": {"name": "web", "namespace": "shop"},
          "spec": {"podSelector": {"matchLabels": {"app": "web"}}, "policyTypes": ["Ingress"],
                   "ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "gateway"}}}]}]}}


def test_network_policy(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, deployment(), NETPOL, only="endpoint-security"),
                    "endpoint-security/network-policy") == {Status.PASS}
    assert statuses(_scan(tmp_path, deployment(), only="endpoint-security"),
                    "endpoint-security/network-policy") == {Status.FAIL}
    open_policy = json.loads(json.dumps(NETPOL))
    open_policy["spec"]["ingress"] = [{}]
    assert statuses(_scan(tmp_path, deployment(), open_policy, only="endpoint-security"),
                    "endpoint-security/network-policy") == {Status.WARN}


@pytest.mark.parametrize("selector", [{"matchLabel": {"app": "web"}}, {"matchLabels": ["app=web"]},
                                      "app=web", None])
def test_network_policy_with_malformed_pod_selector_selects_nothing(tmp_path: Path, selector: Any) -> None:
    # `matchLabel:` (typo) has no matchLabels, and was read as the empty selector: "every pod".
    broken = json.loads(json.dumps(NETPOL))
    broken["spec"]["podSelector"] = selector
    result = _scan(tmp_path, deployment(), broken, only="endpoint-security")
    got = findings(result, "endpoint-security/network-policy")
    assert {f.status for f in got} == {Status.FAIL}
    assert any("NetworkPolicy web: podSelector" in f.message for f in got)
    assert any("no NetworkPolicy restricts ingress to Deployment web" in f.message for f in got)


def test_service_exposure(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, service(), only="endpoint-security"),
                    "endpoint-security/service-exposure") == {Status.PASS}
    assert statuses(_scan(tmp_path, service(type_="LoadBalancer"), only="endpoint-security"),
                    "endpoint-security/service-exposure") == {Status.WARN}
    ranged = service(type_="LoadBalancer", loadBalancerSourceRanges=["10.0.0.0/8"])
    assert statuses(_scan(tmp_path, ranged, only="endpoint-security"),
                    "endpoint-security/service-exposure") == {Status.PASS}



def test_an_ingress_controllers_own_service_is_exposed_by_design(tmp_path: Path) -> None:
    """eShop's nginx-ingress: the LoadBalancer/NodePort Service in front of the controller pods is the edge;
    the same Service type in front of anything else (an app, the controller's own name on another image) warns."""
    controller = container(image="quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.20.0")
    for type_ in ("LoadBalancer", "NodePort"):
        result = _scan(tmp_path, deployment("ingress-nginx", controller), service("ingress-nginx", type_),
                       only="endpoint-security/service-exposure")
        [f] = findings(result, "endpoint-security/service-exposure")
        assert f.status is Status.PASS and "in front of an ingress controller" in f.message
        istio = deployment("gateway", pod={}, container=container(image="docker.io/istio/proxyv2:1.22.0"))
        istio["spec"]["template"]["metadata"]["labels"]["istio"] = "ingressgateway"
        result = _scan(tmp_path, istio, service("gateway", type_), only="endpoint-security/service-exposure")
        assert statuses(result, "endpoint-security/service-exposure") == {Status.PASS}
        result = _scan(tmp_path, deployment("ingress-nginx", container(image="registry.example.com/shop:1.0")),
                       service("ingress-nginx", type_), only="endpoint-security/service-exposure")
        assert statuses(result, "endpoint-security/service-exposure") == {Status.WARN}

def test_a_nodeport_in_a_bundle_for_a_local_cluster_is_how_a_developer_reaches_it(tmp_path: Path) -> None:
    """quarkus-super-heroes' generated grpc-locations/deploy/k8s/java25-minikube.yml: `type: NodePort` with
    `nodePort: 31372` for the service (ClusterIP in the -kubernetes variant). A database's NodePort in the same
    bundle, and the same NodePort in a bundle not named for a local cluster, still warn."""
    app = service("grpc-locations", "NodePort", ports=[{"name": "http", "nodePort": 31372, "port": 80,
                                                         "protocol": "TCP", "targetPort": 8089}])
    db = deployment("locations-db", container(image="mariadb:12.0"))
    folder = "grpc-locations/deploy/k8s"
    write(tmp_path, {f"{folder}/java25-minikube.yml": manifest(deployment("grpc-locations"), app, db,
                                                                  service("locations-db", "NodePort")),
                     f"{folder}/java25-kubernetes.yml": manifest(deployment("grpc-locations"), app)})
    got = {(f.location.path.rsplit("/", 1)[-1], f.location.object.name): f.status
           for f in findings(scan(tmp_path, only=("endpoint-security/service-exposure",)),
                             "endpoint-security/service-exposure") if f.location and f.location.object}
    assert got == {("java25-minikube.yml", "grpc-locations"): Status.PASS,
                   ("java25-minikube.yml", "locations-db"): Status.WARN,
                   ("java25-kubernetes.yml", "grpc-locations"): Status.WARN}, got
    # `local` names other things too: a folder named for local storage is not a local cluster
    other = write(tmp_path / "other", {"k8s/local-storage/svc.yaml": manifest(deployment("grpc-locations"), app)})
    assert statuses(scan(other, only=("endpoint-security/service-exposure",)),
                    "endpoint-security/service-exposure") == {Status.WARN}


# --- secrets-management ------------------------------------------------------------------------

SECRET_VALUE = "hunter2-very-secret-value"


@pytest.mark.parametrize("name", ["DB_PASSWORD", "CLIENT_SECRET", "GITHUB_TOKEN", "STRIPE_KEY"])
def test_literal_sensitive_env_fails_masked(tmp_path: Path, name: str) -> None:
    env = [{"name": name, "value": SECRET_VALUE}]
    result = _scan(tmp_path, deployment(container=container(env=env)), only="secrets-management")
    [f] = findings(result, "secrets-management/literal-env")
    assert f.status is Status.FAIL and name in f.message
    assert SECRET_VALUE not in json.dumps(f.to_dict())  # masked in message and evidence
    assert f.location and f.location.line


@pytest.mark.parametrize(("value", "bad"), [
    ("ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", True),  # a typed token under an innocent name
    ("postgresql://orders:Xk29vLmq7TzQ@db:5432/orders", True),  # a password inside a URL
    ("Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6Qe1Lp0", True),  # high-entropy material
    ("http://otel-collector:4317", False), ("grafana-clock-panel,grafana-piechart-panel", False),
    ("postgresql://orders@db:5432/orders", False), ("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4", False),
])
def test_literal_value_recognised_as_a_secret_under_an_innocent_name(tmp_path: Path, value: str, bad: bool) -> None:
    """literal-env judged only names: `GH=ghp_…` or `DATABASE_URL` with a password passed. The value counts too,
    read as the secret scan reads it (a commit id, a URL without credentials, a plugin list are not secrets)."""
    env = [{"name": "UPSTREAM", "value": value}]
    result = _scan(tmp_path, deployment(container=container(env=env)), only="secrets-management")
    got = findings(result, "secrets-management/literal-env")
    assert ({f.status for f in got} == {Status.FAIL}) is bad, [f.message for f in got]
    assert all(value not in json.dumps(f.to_dict()) for f in got)


def test_env_from_secret_passes(tmp_path: Path) -> None:
    env = [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
           {"name": "DB_PASSWORD_FILE", "value": "/var/run/secrets/db/password"},
           {"name": "TOKEN_TTL", "value": "3600"}]
    result = _scan(tmp_path, deployment(container=container(env=env)), only="secrets-management")
    assert statuses(result, "secrets-management/literal-env") == {Status.PASS}
    env = [{"name": "API_TOKEN", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "token"}}}]
    result = _scan(tmp_path, deployment(container=container(env=env)), only="secrets-management")
    assert statuses(result, "secrets-management/literal-env") == {Status.FAIL}


def role(kind: str, verbs: list[str], resource_names: list[str] | None = None) -> dict[str, Any]:
    rule: dict[str, Any] = {"apiGroups": [""], "resources": ["secrets"], "verbs": verbs}
    if resource_names:
        rule["resourceNames"] = resource_names
    meta = {"name": "reader"} | ({"namespace": "shop"} if kind == "Role" else {})
    return {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": meta, "rules": [rule]}


@pytest.mark.parametrize(("kind", "verbs", "names", "expect"), [
    ("Role", ["get"], ["db-credentials"], Status.PASS),
    ("Role", ["get"], None, Status.WARN),
    ("Role", ["list", "watch"], None, Status.WARN),
    ("Role", ["*"], None, Status.FAIL),
    ("ClusterRole", ["list"], None, Status.FAIL),
])
def test_rbac_secrets(tmp_path: Path, kind: str, verbs: list[str], names: list[str] | None,
                      expect: Status) -> None:
    result = _scan(tmp_path, role(kind, verbs, names), only="secrets-management")
    assert statuses(result, "secrets-management/rbac-secrets") == {expect}
