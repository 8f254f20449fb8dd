"""Peer coverage (issue 8 section 5): the readiness rules of the best Kubernetes linters that deploycheck
had lacked. Their passing and failing repositories are under tests/fixtures/checks/<item>/<slug>/, run by
the one meta-test of every check (tests/test_fixtures_meta.py); this file tests the details beyond them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.workload_fixtures import GOOD_CONTAINER, container, deployment, manifest, pdb, service

from deploycheck.model import Status

SC = GOOD_CONTAINER["securityContext"]


def _copy(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(doc))
    return out


def k8s(*docs: dict[str, Any]) -> dict[str, str]:
    return {"k8s/app.yaml": manifest(*docs)}


def _rbac(role_rules: list[dict[str, Any]], role_kind: str = "Role", role_name: str = "web",
          account: str = "web") -> list[dict[str, Any]]:
    meta = {"name": role_name, "namespace": "shop"} if role_kind == "Role" else {"name": role_name}
    role = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": role_kind, "metadata": meta, "rules": role_rules}
    binding = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
               "metadata": {"name": "web", "namespace": "shop"},
               "subjects": [{"kind": "ServiceAccount", "name": account, "namespace": "shop"}],
               "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": role_kind, "name": role_name}}
    return [role, binding]


def _with_account(obj: dict[str, Any], account: str = "web") -> dict[str, Any]:
    obj = _copy(obj)
    obj["spec"]["template"]["spec"]["serviceAccountName"] = account
    return obj


READ_CONFIGMAPS = [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "list", "watch"]}]
LIST_SECRETS = [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list"]}]
ADMIN_BINDING = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                 "metadata": {"name": "web-admin"},
                 "subjects": [{"kind": "ServiceAccount", "name": "web", "namespace": "shop"}],
                 "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"}}


def _hpa(target: str = "web", low: int = 3, high: int = 10, cpu: bool = True) -> dict[str, Any]:
    metrics = [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization",
                                                                            "averageUtilization": 70}}}]
    return {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": target},
                     "minReplicas": low, "maxReplicas": high, **({"metrics": metrics} if cpu else {})}}


def _without_replicas(obj: dict[str, Any]) -> dict[str, Any]:
    obj = _copy(obj)
    del obj["spec"]["replicas"]
    return obj


def _statefulset(service_name: str | None = "db") -> dict[str, Any]:
    sts = deployment(name="db")
    sts["kind"] = "StatefulSet"
    for key in ("strategy", "progressDeadlineSeconds"):
        sts["spec"].pop(key)
    if service_name:
        sts["spec"]["serviceName"] = service_name
    return sts


ANTI_AFFINITY = {"affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
    {"weight": 100, "podAffinityTerm": {"topologyKey": "kubernetes.io/hostname",
                                        "labelSelector": {"matchLabels": {"app": "web"}}}}]}}}
DOCKERFILE = 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "-m", "app"]\n'


# --- details beyond the fixtures (tests/fixtures/checks) ------------------------------------------


def _result(tmp_path: Path, files: dict[str, str], check_id: str) -> list[Any]:
    write(tmp_path, files)
    return findings(scan(tmp_path, only=(check_id,)), check_id)


def test_seccomp_sources(tmp_path: Path) -> None:
    cid = "endpoint-security/seccomp"
    [f] = _result(tmp_path, k8s(deployment()), cid)
    assert f.status is Status.WARN and "no seccomp profile" in f.message
    legacy = deployment(annotations={"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"})
    assert {f.status for f in _result(tmp_path, k8s(legacy), cid)} == {Status.PASS}
    local = container(securityContext={**SC, "seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}})
    assert {f.status for f in _result(tmp_path, k8s(deployment(container=local)), cid)} == {Status.PASS}


def test_host_port_and_proc_mount(tmp_path: Path) -> None:
    odd = container(ports=[{"containerPort": 8080, "hostPort": 80}],
                    securityContext={**SC, "procMount": "Unmasked"})
    [f] = _result(tmp_path, k8s(deployment(container=odd)), "endpoint-security/host-access")
    assert f.status is Status.FAIL and "hostPort 80" in f.message and "procMount Unmasked" in f.message


def test_token_needed_by_a_workload_that_calls_the_api(tmp_path: Path) -> None:
    files = k8s(_with_account(deployment()), *_rbac(READ_CONFIGMAPS))
    [f] = _result(tmp_path, files, "endpoint-security/service-account-token")
    assert f.status is Status.PASS and "calls the API" in f.message
    account = {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "web", "namespace": "shop"},
               "automountServiceAccountToken": False}
    [f] = _result(tmp_path, k8s(_with_account(deployment()), account), "endpoint-security/service-account-token")
    assert f.status is Status.PASS and "mounts no service account token" in f.message


@pytest.mark.parametrize(("rules", "expect"), [
    ([{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create"]}], "pods/exec"),
    ([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["bind", "escalate"]}],
     "bind, escalate"),
    ([{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["*"]}], "every verb (*) on deployments"),
])
def test_rbac_privileges_rules(tmp_path: Path, rules: list[dict[str, Any]], expect: str) -> None:
    [f] = _result(tmp_path, k8s(*_rbac(rules)), "endpoint-security/rbac-privileges")
    assert f.status is Status.FAIL and expect in f.message


def test_cluster_admin_binding(tmp_path: Path) -> None:
    got = _result(tmp_path, k8s(ADMIN_BINDING), "endpoint-security/rbac-privileges")
    [f] = [f for f in got if f.status is Status.FAIL]
    assert "binds cluster-admin to ServiceAccount web" in f.message


def test_workload_secret_access_through_builtin_and_named_roles(tmp_path: Path) -> None:
    cid = "secrets-management/workload-secret-access"
    [f] = _result(tmp_path, k8s(_with_account(deployment()), ADMIN_BINDING), cid)
    assert f.status is Status.FAIL and "built-in ClusterRole cluster-admin" in f.message
    named = [{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["web-db"], "verbs": ["get"]}]
    [f] = _result(tmp_path, k8s(_with_account(deployment()), *_rbac(named)), cid)
    assert f.status is Status.PASS
    [f] = _result(tmp_path, k8s(_with_account(deployment()), *_rbac([], role_kind="ClusterRole",
                                                                      role_name="elsewhere")[1:]), cid)
    assert f.status is Status.SKIPPED and "not in the manifests" in f.message
    # another workload's account is not this one's
    [f] = _result(tmp_path, k8s(deployment(), *_rbac(LIST_SECRETS)), cid)
    assert f.status is Status.PASS and "service account default" in f.message


def test_spread_by_anti_affinity_and_single_replica(tmp_path: Path) -> None:
    cid = "rollout-strategy/spread"
    assert {f.status for f in _result(tmp_path, k8s(deployment(pod=ANTI_AFFINITY)), cid)} == {Status.PASS}
    assert {f.status for f in _result(tmp_path, k8s(deployment(spec={"replicas": 1})), cid)} == {Status.NA}


@pytest.mark.parametrize(("docs", "expect", "status"), [
    ([deployment(), _hpa()], "sets spec.replicas (3)", Status.WARN),
    ([_without_replicas(deployment()), _hpa(low=5, high=2)], "minReplicas 5 > maxReplicas 2", Status.FAIL),
    ([_without_replicas(deployment(container=container(resources={"limits": {"memory": "1Gi"}}))), _hpa()],
     "request no cpu", Status.FAIL),
])
def test_hpa_consistency(tmp_path: Path, docs: list[dict[str, Any]], expect: str, status: Status) -> None:
    [f] = _result(tmp_path, k8s(*docs), "rollout-strategy/hpa")
    assert f.status is status and expect in f.message


def test_statefulset_service_missing_and_not_selecting(tmp_path: Path) -> None:
    cid = "manifests/statefulset-service"
    [f] = _result(tmp_path, k8s(_statefulset(None)), cid)
    assert f.status is Status.FAIL and "no serviceName" in f.message
    other = service(name="db", clusterIP="None", selector={"app": "other"})
    [f] = _result(tmp_path, k8s(_statefulset(), other), cid)
    assert f.status is Status.FAIL and "does not select its pods" in f.message


def test_healthcheck_not_needed_under_kubernetes_probes(tmp_path: Path) -> None:
    [f] = _result(tmp_path, {"Dockerfile": DOCKERFILE, **k8s(deployment(), service(), pdb())}, "dockerfile/healthcheck")
    assert f.status is Status.NA and "Kubernetes probes" in f.message


@pytest.mark.parametrize(("image", "expected"), [
    ("node:14-alpine", ("node", "14")),
    ("docker.io/library/python:3.8-slim-buster", ("python", "3.8")),
    ("php:7.4-fpm", ("php", "7.4")),
    ("bitnami/mysql:5.7.44", ("mysql", "5.7")),
    ("postgres:9.6", ("postgresql", "9.6")),
    ("postgres:13.4-alpine", ("postgresql", "13")),
    ("debian:buster-slim", ("debian", "10")),
    ("mcr.microsoft.com/dotnet/aspnet:6.0", ("dotnet", "6.0")),
    ("python:3", None),  # which 3.x? not judged
    ("node:latest", None),
    ("registry.example.com/web:14", None),  # not a product the dataset tracks
])
def test_end_of_life_lookup(image: str, expected: tuple[str, str] | None) -> None:
    from deploycheck.sources.end_of_life import end_of_life_dataset
    from deploycheck.sources.images import parse_image

    cycle = end_of_life_dataset().lookup(parse_image(image))
    assert (cycle.product, cycle.cycle) == expected if expected else cycle is None


def test_end_of_life_message_names_the_dataset_date_and_manifest_images(tmp_path: Path) -> None:
    from deploycheck.sources.end_of_life import end_of_life_dataset

    files = k8s(deployment(container=container(image="mysql:5.7")), deployment(name="api", container=container(
        image="node:24-slim")))
    got = _result(tmp_path, files, "dependency-health/end-of-life")
    [bad] = [f for f in got if f.status is Status.FAIL]
    assert "mysql 5.7 reached end of life on 2023-10-31" in bad.message
    assert f"end-of-life dataset of {end_of_life_dataset().compiled}" in bad.message
    assert bad.location and bad.location.container == "app" and bad.location.line
    assert {f.status for f in got} == {Status.FAIL, Status.PASS}


def test_hpa_target_declared_external_is_not_judged(tmp_path: Path) -> None:
    files = {**k8s(_hpa(target="pg")), ".deploycheck.yaml": "external_objects: [Deployment/pg]\n"}
    [f] = _result(tmp_path, files, "rollout-strategy/hpa")
    assert f.status is Status.SKIPPED and "declared external" in f.message


def test_end_of_life_from_runtime_version_files(tmp_path: Path) -> None:
    files = {".nvmrc": "v14.21.3\n", "api/.python-version": "3.12.4\n"}
    got = _result(tmp_path, files, "dependency-health/end-of-life")
    bad = [(f.location.path, f.location.line) for f in got if f.status is Status.FAIL and f.location]
    assert bad == [(".nvmrc", 1)]
    assert any(f.status is Status.PASS and "python 3.12" in f.message for f in got)


BOA_HPA = """apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: accounts-db-postgresql
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: StatefulSet
    name: accounts-db-postgresql
  minReplicas: 1
  maxReplicas: 5
  metrics:
  - type: External
    external:
      metric:
        name: custom.googleapis.com|mypgpool|pgpool2_pool_backend_stats_select_cnt
      target:
        type: AverageValue
        averageValue: 15
"""


def test_hpa_of_a_release_of_a_chart_the_repository_configures_but_does_not_hold(tmp_path: Path) -> None:
    # bank-of-anthos (bench/accuracy): extras/postgres-hpa/hpa/postgresql-hpa.yaml scales StatefulSet
    # accounts-db-postgresql, made by a published PostgreSQL HA chart installed with helm-postgres-ha/values.yaml
    # (fullnameOverride: accounts-db; no Chart.yaml there). It was warned as "not in the manifests".
    base = "extras/postgres-hpa/"
    values = "# HA PostgreSQL values\nfullnameOverride: accounts-db\npostgresql:\n  maxConnections: 1027\n"
    files = {base + "hpa/postgresql-hpa.yaml": BOA_HPA, base + "helm-postgres-ha/values.yaml": values}
    [f] = _result(tmp_path, files, "rollout-strategy/hpa")
    assert f.status is Status.SKIPPED and "fullnameOverride: accounts-db" in f.message, f.message
    # a target of another name: still "not in the manifests"
    other = BOA_HPA.replace("name: accounts-db-postgresql\n  minReplicas", "name: ledger-db-postgresql\n  minReplicas")
    [f] = _result(tmp_path / "other", {**files, base + "hpa/postgresql-hpa.yaml": other}, "rollout-strategy/hpa")
    assert f.status is Status.WARN and "not in the manifests" in f.message, f.message


def test_end_of_life_judges_the_distribution_a_language_image_tag_names(tmp_path: Path) -> None:
    # ministryofjustice/laa-crime-application-store's Dockerfile (trimmed): Ruby 3.4 is supported, the Alpine 3.21
    # its image is built on is not (since 2026-11-01); the deployed stage inherits the base stage
    files = {"Dockerfile": "FROM ruby:3.4.7-alpine3.21 AS base\nRUN apk add --update build-base\n"
                           "FROM base AS dependencies\nRUN bundle install\nFROM base\nUSER 1000\n"
                           "ENTRYPOINT [\"./run.sh\"]\n",
             "worker/Dockerfile": "FROM python:3.13-slim-trixie\nCMD [\"python\", \"w.py\"]\n",
             "edge/Dockerfile": "FROM alpine:3.21\nCMD [\"sh\"]\n"}
    got = _result(tmp_path, files, "dependency-health/end-of-life")
    bad = sorted((f.location.path if f.location else "", f.message) for f in got if f.status is Status.FAIL)
    assert [path for path, _ in bad] == ["Dockerfile", "edge/Dockerfile"]
    assert "image ruby:3.4.7-alpine3.21: its base distribution alpine 3.21 reached end of life on 2026-11-01" \
        in bad[0][1]
    assert "its base distribution" not in bad[1][1]  # the distribution image itself is judged once, as itself
