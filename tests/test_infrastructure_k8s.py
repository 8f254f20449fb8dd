"""Infrastructure section from manifests: ingress, storage, cluster (checks/infrastructure/kubernetes.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.workload_fixtures import container, deployment, manifest, service

from deploycheck.model import Status


def _scan(tmp_path: Path, *docs: dict[str, Any], only: str, config: str | None = None) -> Any:
    files = {"k8s/app.yaml": manifest(*docs)}
    if config is not None:
        files[".deploycheck.yaml"] = config
    write(tmp_path, files)
    return scan(tmp_path, only=(only,))


def statuses(result: Any, check_id: str) -> set[Status]:
    return {f.status for f in findings(result, check_id)}


def ingress(host: str | None = "shop.example.com", tls: bool = True, path_type: str | None = "Prefix",
            backend: str = "web", port: int | str = 80) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": "/", "backend": {"service": {"name": backend, "port": (
        {"number": port} if isinstance(port, int) else {"name": port})}}}
    if path_type:
        entry["pathType"] = path_type
    rule: dict[str, Any] = {"http": {"paths": [entry]}}
    if host:
        rule["host"] = host
    spec: dict[str, Any] = {"rules": [rule]}
    if tls and host:
        spec["tls"] = [{"hosts": [host], "secretName": "web-tls"}]
    return {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web", "namespace": "shop"},
            "spec": spec}


# --- ingress -----------------------------------------------------------------------------------


def test_ingress_not_exposed_is_na(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), service(), only="ingress")
    for cid in ("ingress/host", "ingress/tls", "ingress/backend", "ingress/path-type"):
        [f] = findings(result, cid)
        assert f.status is Status.NA and f.message, cid


def test_ingress_good(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), service(), ingress(), only="ingress")
    for cid in ("ingress/host", "ingress/tls", "ingress/backend", "ingress/path-type"):
        assert statuses(result, cid) == {Status.PASS}, cid
    [backend] = findings(result, "ingress/backend")
    assert "Service web:80 -> web" in backend.message


def test_ingress_catch_all_and_policy(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), service(), ingress(host=None), only="ingress")
    [f] = findings(result, "ingress/host")
    assert f.status is Status.FAIL and f.location and f.location.line
    result = _scan(tmp_path, deployment(), service(), ingress(host=None), only="ingress",
                   config="policy:\n  allow_catch_all_ingress: true\n")
    assert statuses(result, "ingress/host") == {Status.PASS}


def test_ingress_tls_missing_and_wildcard(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), service(), ingress(tls=False), only="ingress")
    assert statuses(result, "ingress/tls") == {Status.FAIL}
    wildcard = ingress()
    wildcard["spec"]["tls"] = [{"hosts": ["*.example.com"], "secretName": "wild"}]
    assert statuses(_scan(tmp_path, deployment(), service(), wildcard, only="ingress"), "ingress/tls") == {Status.PASS}


def test_ingress_path_type(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, deployment(), service(), ingress(path_type=None), only="ingress"),
                    "ingress/path-type") == {Status.FAIL}
    assert statuses(_scan(tmp_path, deployment(), service(), ingress(path_type="ImplementationSpecific"),
                          only="ingress"), "ingress/path-type") == {Status.WARN}


@pytest.mark.parametrize(("backend", "port", "svc_selects", "expect"), [
    ("nope", 80, True, "is not in the manifests"),
    ("web", 8443, True, "has no port 8443"),
    ("web", "http", False, "selects no pods"),
])
def test_ingress_backend_failures(tmp_path: Path, backend: str, port: int | str, svc_selects: bool,
                                  expect: str) -> None:
    svc = service() if svc_selects else service(selector={"app": "other"})
    result = _scan(tmp_path, deployment(), svc, ingress(backend=backend, port=port), only="ingress")
    [f] = findings(result, "ingress/backend")
    assert f.status is Status.FAIL and expect in f.message


def _old_style_ingress(port: Any = 80, **spec: Any) -> dict[str, Any]:
    return {"apiVersion": "extensions/v1beta1", "kind": "Ingress", "metadata": {"name": "old", "namespace": "shop"},
            "spec": {"rules": [{"host": "shop.example.com", "http": {"paths": [
                {"path": "/", "backend": {"serviceName": "web", "servicePort": port}}]}}],
                     "tls": [{"hosts": ["shop.example.com"]}], **spec}}


def test_old_style_ingress_backends_are_checked(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), service(), _old_style_ingress(), only="ingress")
    [f] = findings(result, "ingress/backend")
    assert f.status is Status.PASS and "Service web:80 -> web" in f.message
    result = _scan(tmp_path, deployment(), service(), _old_style_ingress(8443), only="ingress")
    [f] = findings(result, "ingress/backend")
    assert f.status is Status.FAIL and "has no port 8443" in f.message
    default = _old_style_ingress(backend={"serviceName": "gone", "servicePort": 80})
    got = findings(_scan(tmp_path, deployment(), service(), default, only="ingress"), "ingress/backend", Status.FAIL)
    assert [f.message for f in got] == ["Ingress old: backend Service gone is not in the manifests"]


def test_ingress_without_hosts_and_without_tls_is_reported(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), service(), ingress(host=None, tls=False), only="ingress")
    [f] = findings(result, "ingress/tls")
    assert f.status is Status.FAIL and "no spec.tls" in f.message and f.location and f.location.line
    with_cert = ingress(host=None)
    with_cert["spec"]["tls"] = [{"secretName": "default-cert"}]
    assert statuses(_scan(tmp_path, deployment(), service(), with_cert, only="ingress"), "ingress/tls") == {
        Status.PASS}
    alb = ingress(host=None, tls=False)
    alb["metadata"]["annotations"] = {"alb.ingress.kubernetes.io/certificate-arn": "arn:aws:acm:eu-west-1:1:cert/x",
                                      "alb.ingress.kubernetes.io/listen-ports": '[{"HTTPS": 443}]'}
    assert statuses(_scan(tmp_path, deployment(), service(), alb, only="ingress"), "ingress/tls") == {Status.PASS}


def test_ingress_whose_rules_come_at_install_time_is_still_judged_for_tls(tmp_path: Path) -> None:
    # TailwindTraders (bench/accuracy): each chart's Ingress takes its hosts from `--set ingress.hosts=...` at install
    # time, so the render has `rules: null` and tls: []; no ingress check said anything and the item fell to manual.
    empty = ingress(host=None, tls=False)
    empty["spec"] = {"rules": None}
    result = _scan(tmp_path, deployment(), service(), empty, only="ingress")
    [f] = findings(result, "ingress/tls")
    assert f.status is Status.FAIL and "no spec.tls" in f.message
    empty["spec"]["tls"] = [{"secretName": "default-cert"}]
    assert statuses(_scan(tmp_path, deployment(), service(), empty, only="ingress"), "ingress/tls") == {Status.PASS}


def _alb_ingress(action: str | None) -> dict[str, Any]:
    out = ingress(backend="ssl-redirect", port="use-annotation")
    second = {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "web", "port": {"number": 80}}}}
    out["spec"]["rules"][0]["http"]["paths"].append(second)
    if action is not None:
        out["metadata"]["annotations"] = {"alb.ingress.kubernetes.io/actions.ssl-redirect": action}
    return out


def test_alb_use_annotation_backends(tmp_path: Path) -> None:
    redirect = '{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443"}}'  # v1 spelling
    result = _scan(tmp_path, deployment(), service(), _alb_ingress(redirect), only="ingress")
    assert statuses(result, "ingress/backend") == {Status.PASS}
    assert any("ALB redirect action" in f.message for f in findings(result, "ingress/backend"))
    forward = ('{"type": "forward", "forwardConfig": {"targetGroups": [{"serviceName": "web", "servicePort": "80"},'
               ' {"serviceName": "canary", "servicePort": "80"}]}}')
    result = _scan(tmp_path, deployment(), service(), _alb_ingress(forward), only="ingress")
    failed_ = findings(result, "ingress/backend", Status.FAIL)
    assert [f.message for f in failed_] == ["Ingress web: backend Service canary is not in the manifests"]
    result = _scan(tmp_path, deployment(), service(), _alb_ingress(None), only="ingress")
    [f] = findings(result, "ingress/backend", Status.FAIL)
    assert "no alb.ingress.kubernetes.io/actions.ssl-redirect annotation" in f.message


def test_httproute_gateway_tls(tmp_path: Path) -> None:
    gateway = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
               "metadata": {"name": "gw", "namespace": "shop"},
               "spec": {"listeners": [{"name": "web", "protocol": "HTTP", "port": 80}]}}
    route = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
             "metadata": {"name": "web", "namespace": "shop"},
             "spec": {"parentRefs": [{"name": "gw"}], "hostnames": ["shop.example.com"],
                      "rules": [{"backendRefs": [{"name": "web", "port": 80}]}]}}
    result = _scan(tmp_path, deployment(), service(), gateway, route, only="ingress")
    assert statuses(result, "ingress/tls") == {Status.FAIL}
    assert statuses(result, "ingress/host") == {Status.PASS}
    assert statuses(result, "ingress/backend") == {Status.PASS}
    gateway["spec"]["listeners"][0].update(protocol="HTTPS", port=443)
    assert statuses(_scan(tmp_path, deployment(), service(), gateway, route, only="ingress"),
                    "ingress/tls") == {Status.PASS}


# --- storage -----------------------------------------------------------------------------------


def statefulset(claim_spec: dict[str, Any] | None, volumes: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    obj = deployment(name="db", container=container(volumeMounts=[{"name": "data", "mountPath": "/var/lib/db"}]),
                     pod={"volumes": volumes} if volumes else None)
    obj["kind"] = "StatefulSet"
    for key in ("strategy", "progressDeadlineSeconds", "minReadySeconds"):
        obj["spec"].pop(key)
    if claim_spec is not None:
        obj["spec"]["volumeClaimTemplates"] = [{"metadata": {"name": "data"}, "spec": claim_spec}]
    return obj


GOOD_CLAIM = {"accessModes": ["ReadWriteOnce"], "storageClassName": "ssd",
              "resources": {"requests": {"storage": "10Gi"}}}


def test_storage_stateless_is_na(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), only="storage")
    assert statuses(result, "storage/claims") == {Status.NA}
    assert statuses(result, "storage/ephemeral-data") == {Status.NA}


def test_storage_good_statefulset(tmp_path: Path) -> None:
    result = _scan(tmp_path, statefulset(GOOD_CLAIM), only="storage")
    assert statuses(result, "storage/claims") == {Status.PASS}
    assert statuses(result, "storage/ephemeral-data") == {Status.PASS}


def test_storage_claim_without_class_or_size(tmp_path: Path) -> None:
    # CHECKLIST "storage class set or defaulted": no storageClassName is the cluster's default class (a pass that
    # says so); "" binds only a pre-provisioned volume (warn)
    no_class = {k: v for k, v in GOOD_CLAIM.items() if k != "storageClassName"}
    result = _scan(tmp_path, statefulset(no_class), only="storage")
    assert statuses(result, "storage/claims") == {Status.PASS}
    assert "default StorageClass" in findings(result, "storage/claims")[0].message
    empty_class = {**GOOD_CLAIM, "storageClassName": ""}
    assert statuses(_scan(tmp_path, statefulset(empty_class), only="storage"), "storage/claims") == {Status.WARN}
    pvc = {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data", "namespace": "shop"},
           "spec": {"storageClassName": "ssd"}}
    result = _scan(tmp_path, pvc, only="storage")
    [f] = findings(result, "storage/claims")
    assert f.status is Status.FAIL and "accessModes and resources.requests.storage" in f.message


def test_storage_emptydir_for_data_fails(tmp_path: Path) -> None:
    result = _scan(tmp_path, statefulset(None, volumes=[{"name": "data", "emptyDir": {}}]), only="storage")
    failures = findings(result, "storage/ephemeral-data", Status.FAIL)
    assert failures and "/var/lib/db" in failures[0].message
    assert findings(result, "storage/ephemeral-data", Status.WARN)  # and no persistent volume at all


def _volumeless_statefulset(image: str) -> dict[str, Any]:
    obj = deployment(name="webui", container=container(name="webui", image=image))
    obj["kind"] = "StatefulSet"
    for key in ("strategy", "progressDeadlineSeconds", "minReadySeconds"):
        obj["spec"].pop(key)
    return obj


def test_storage_statefulset_without_volumes(tmp_path: Path) -> None:
    # TeaStore's image cache, recommender and web UI: StatefulSets with no volume at all and no data store
    # image keep nothing on a disk (labelled stateless; they were warned "state lost with the pod")
    [f] = findings(_scan(tmp_path, _volumeless_statefulset("example/webui:1.0"), only="storage"),
                   "storage/ephemeral-data")
    assert f.status is Status.PASS and "judged stateless" in f.message
    # a database image as a StatefulSet without volumes still fails (TeaStore's teastore-db), a cache still warns
    [db] = findings(_scan(tmp_path, _volumeless_statefulset("mariadb:10.11"), only="storage"),
                    "storage/ephemeral-data")
    assert db.status is Status.FAIL and "runs MariaDB with no persistent volume" in db.message
    # ... and so does a project's own database image the image table does not know (TeaStore's teastore-db on
    # 3306 in the Helm chart: labelled a problem), by its name or by a data store's port
    [own] = findings(_scan(tmp_path, _volumeless_statefulset("descartesresearch/teastore-db"), only="storage"),
                     "storage/ephemeral-data")
    assert own.status is Status.WARN and "state is lost" in own.message
    by_port = _volumeless_statefulset("example/orders:1.0")
    by_port["spec"]["template"]["spec"]["containers"][0]["ports"] = [{"containerPort": 3306}]
    assert statuses(_scan(tmp_path, by_port, only="storage"), "storage/ephemeral-data") == {Status.WARN}
    [cache] = findings(_scan(tmp_path, _volumeless_statefulset("memcached:1.6"), only="storage"),
                       "storage/ephemeral-data")
    assert cache.status is Status.WARN
    # an emptyDir volume (even one mounted only at a scratch path) is not "no volume at all": still warned
    scratch = _volumeless_statefulset("example/webui:1.0")
    scratch["spec"]["template"]["spec"]["volumes"] = [{"name": "tmp", "emptyDir": {}}]
    scratch["spec"]["template"]["spec"]["containers"][0]["volumeMounts"] = [{"name": "tmp", "mountPath": "/tmp"}]
    assert statuses(_scan(tmp_path, scratch, only="storage"), "storage/ephemeral-data") == {Status.WARN}


# --- cluster -----------------------------------------------------------------------------------


def test_cluster_version_declared_or_default(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), only="cluster")
    [f] = findings(result, "cluster/kubernetes-version")
    assert f.status is Status.WARN and "assuming" in f.message
    result = _scan(tmp_path, deployment(), only="cluster", config='kubernetes_version: "1.29"\n')
    assert statuses(result, "cluster/kubernetes-version") == {Status.PASS}


def test_cluster_namespace(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, deployment(), service(), only="cluster"), "cluster/namespace") == {Status.PASS}
    bare = deployment()
    del bare["metadata"]["namespace"]
    result = _scan(tmp_path, bare, only="cluster")
    [f] = findings(result, "cluster/namespace")
    assert f.status is Status.FAIL and f.location and f.location.line == 3
    result = _scan(tmp_path, bare, only="cluster", config="namespace: shop\n")
    assert statuses(result, "cluster/namespace") == {Status.PASS}


# Every field with the wrong type: the workload checks report, they never crash (error finding).
WRONG_TYPES = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: w, labels: [1,2], annotations: "x"}
spec:
  replicas: "3"
  strategy: "Recreate"
  revisionHistoryLimit: "0"
  selector: {matchLabels: "x"}
  template:
    metadata: {labels: {app: w}, annotations: [1]}
    spec:
      hostNetwork: "yes"
      securityContext: [1]
      volumes: ["x", {name: d, emptyDir: null}]
      containers:
        - "string"
        - name: c
          image: 5
          ports: [{containerPort: "80"}, "x", {name: 3}]
          env: ["x", {name: DB_PASSWORD, value: {a: 1}}, {name: API_TOKEN, valueFrom: "x"}]
          readinessProbe: "x"
          livenessProbe: {httpGet: {port: null}}
          startupProbe: {exec: {command: "x"}}
          securityContext: {capabilities: "ALL", runAsUser: "0"}
          volumeMounts: ["x", {name: d, mountPath: 7}]
---
apiVersion: v1
kind: Service
metadata: {name: w}
spec: {type: LoadBalancer, selector: "x", ports: "x"}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: w}
spec:
  rules: ["x", {host: 5, http: {paths: ["x", {backend: "x"}, {backend: {service: {name: w, port: 3}}}]}}]
  tls: "x"
  defaultBackend: "x"
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: w}
spec:
  selector: {matchLabels: {app: w}, matchExpressions: ["x", {key: app, operator: In, values: "w"}]}
  minAvailable: []
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: w}
spec: {scaleTargetRef: {kind: Deployment, name: w}, minReplicas: "2"}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: w}
rules: ["x", {apiGroups: "", resources: "secrets", verbs: "get"}]
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata: {name: w}
spec: {groups: ["x", {name: g, rules: "x"}, {name: h, rules: ["x", {alert: A, expr: 5, labels: "x"}]}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: s}
spec:
  volumeClaimTemplates: ["x", {spec: "x"}, {metadata: "x", spec: {resources: "x"}}]
  template: {spec: {containers: [{name: c}]}}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: r}
spec: {strategy: "x", template: {spec: {containers: [{name: c}]}}}
---
apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: c}
spec: {targetRef: "x", analysis: "x"}
"""
WORKLOAD_ITEMS = ("health-probes", "rollout-strategy", "monitoring", "ingress", "storage", "cluster",
                  "endpoint-security", "secrets-management", "rollback-plan")


def test_wrong_types_never_crash(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/a.yaml": WRONG_TYPES})
    result = scan(tmp_path, only=WORKLOAD_ITEMS)
    crashed = [f.message for f in result.findings if f.status is Status.ERROR and "crashed" in f.message]
    assert crashed == []
    assert {f.item for f in result.findings} >= set(WORKLOAD_ITEMS)


def _database(pod: dict[str, Any] | None = None, image: str = "postgres:16.4", mounts: list[Any] | None = None,
              **spec: Any) -> dict[str, Any]:
    return deployment("db", container(name="postgres", image=image, volumeMounts=mounts), pod=pod, spec=spec or None)


@pytest.mark.parametrize("image", ["mcr.microsoft.com/mssql/server:2019-latest",
                                   "mcr.microsoft.com/mssql/rhel/server:2022-latest"])
def test_storage_sql_server_deployment_is_stateful(tmp_path: Path, image: str) -> None:
    # eShopOnContainers' sql-data: SQL Server as a Deployment with no volume; its image ends in a generic `server`
    [f] = findings(_scan(tmp_path, _database(image=image), only="storage"), "storage/ephemeral-data")
    assert f.status is Status.FAIL and "runs SQL Server with no persistent volume" in f.message
    [web] = findings(_scan(tmp_path, _database(image="example/server:1.0"), only="storage"), "storage/ephemeral-data")
    assert web.status is Status.NA


def test_storage_database_deployment_is_stateful(tmp_path: Path) -> None:
    # a PostgreSQL Deployment with no volume at all: issue 8 saw it judged "stateless" (n/a)
    [f] = findings(_scan(tmp_path, _database(), only="storage"), "storage/ephemeral-data")
    assert f.status is Status.FAIL and "runs PostgreSQL with no persistent volume" in f.message
    # ... and on an emptyDir at its data directory: the ephemeral volume is named
    pod = {"volumes": [{"name": "data", "emptyDir": {}}]}
    mounts = [{"name": "data", "mountPath": "/var/lib/postgresql/data"}]
    result = _scan(tmp_path, _database(pod, mounts=mounts), only="storage")
    [f] = findings(result, "storage/ephemeral-data")
    assert f.status is Status.FAIL and "keeps /var/lib/postgresql/data on ephemeral volume data" in f.message
    # known by its data directory too, whatever the image is called
    result = _scan(tmp_path, _database(pod, image="ghcr.io/acme/accounts-db:1.2", mounts=mounts), only="storage")
    assert statuses(result, "storage/ephemeral-data") == {Status.FAIL}


def test_storage_database_deployment_on_claim_passes(tmp_path: Path) -> None:
    pod = {"volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "db-data"}}]}
    mounts = [{"name": "data", "mountPath": "/var/lib/postgresql/data"}]
    pvc = {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "db-data", "namespace": "shop"},
           "spec": GOOD_CLAIM}
    result = _scan(tmp_path, _database(pod, mounts=mounts), pvc, only="storage")
    assert statuses(result, "storage/ephemeral-data") == {Status.PASS}
    # a cache holds nothing that must survive: a memcached Deployment stays stateless
    cache = deployment("cache", container(name="memcached", image="memcached:1.6"))
    assert statuses(_scan(tmp_path, cache, only="storage"), "storage/ephemeral-data") == {Status.NA}


def test_storage_sqlite_in_the_container_filesystem_fails_and_on_a_claim_passes(tmp_path: Path) -> None:
    # BuoyantIO/booksapp's default install: DATABASE_URL=sqlite3:db/db.sqlite3 in 3 replicas, no volume
    env = [{"name": "DATABASE_URL", "value": "sqlite3:db/db.sqlite3"}]
    app = deployment("webapp", container(name="service", image="ghcr.io/acme/books:1.0", env=env), spec={"replicas": 3})
    [f] = findings(_scan(tmp_path, app, only="storage"), "storage/ephemeral-data")
    assert f.status is Status.FAIL
    assert "SQLite database (DATABASE_URL=db/db.sqlite3) in the container's own" in f.message
    assert "each of the 3 replicas" in f.message
    # an absolute path on a claim is kept; an in-memory database holds nothing to keep
    env = [{"name": "DATABASE_URL", "value": "sqlite:////data/app.db"}]
    pod = {"volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "books-data"}}]}
    app = deployment("webapp", container(name="service", image="ghcr.io/acme/books:1.0", env=env,
                                         volumeMounts=[{"name": "data", "mountPath": "/data"}]), pod=pod)
    assert statuses(_scan(tmp_path, app, only="storage"), "storage/ephemeral-data") == {Status.PASS}
    memory = deployment("webapp", container(name="service", image="ghcr.io/acme/books:1.0",
                                            env=[{"name": "DATABASE_URL", "value": "sqlite::memory:"}]))
    assert statuses(_scan(tmp_path, memory, only="storage"), "storage/ephemeral-data") == {Status.NA}


def test_storage_redis_with_persistence_switched_off_is_a_cache(tmp_path: Path) -> None:
    # podinfo's cache: redis.conf from a ConfigMap says `save ""` / `appendonly no`, data on an emptyDir
    pod = {"volumes": [{"name": "data", "emptyDir": {}}, {"name": "config", "configMap": {"name": "redis-config"}}]}
    mounts = [{"name": "data", "mountPath": "/var/lib/redis"}, {"name": "config", "mountPath": "/redis-master"}]
    redis = deployment("cache", container(name="redis", image="redis:7.4", volumeMounts=mounts,
                                          command=["redis-server", "/redis-master/redis.conf"]), pod=pod)
    config = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "redis-config", "namespace": "shop"},
              "data": {"redis.conf": 'maxmemory 64mb\nsave ""\nappendonly no\n'}}
    assert statuses(_scan(tmp_path, redis, config, only="storage"), "storage/ephemeral-data") == {Status.NA}
    # the same on the command line
    flags = deployment("cache", container(name="redis", image="redis:7.4", args=["--save", "", "--appendonly", "no"]))
    assert statuses(_scan(tmp_path, flags, only="storage"), "storage/ephemeral-data") == {Status.NA}
    # with append-only on, or with the default snapshots, it keeps data: stateful
    config["data"] = {"redis.conf": 'save ""\nappendonly yes\n'}
    assert statuses(_scan(tmp_path, redis, config, only="storage"), "storage/ephemeral-data") == {Status.FAIL}
    plain = deployment("queue", container(name="redis", image="redis:7.4"))
    assert statuses(_scan(tmp_path, plain, only="storage"), "storage/ephemeral-data") == {Status.FAIL}


def test_storage_claim_bound_to_a_hostpath_volume_is_not_persistence(tmp_path: Path) -> None:
    # flask-vue-kubernetes: PostgreSQL mounts postgres-pvc, bound (volumeName) to a hostPath PersistentVolume of
    # the manifests; the check passed it as "keeps its data on persistent volumes" (a false pass, issue 8).
    pod = {"volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "postgres-pvc"}}]}
    mounts = [{"name": "data", "mountPath": "/var/lib/postgresql/data"}]
    claim = {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "postgres-pvc"},
             "spec": {**GOOD_CLAIM, "volumeName": "postgres-pv"}}
    volume = {"apiVersion": "v1", "kind": "PersistentVolume", "metadata": {"name": "postgres-pv"},
              "spec": {"capacity": {"storage": "10Gi"}, "accessModes": ["ReadWriteOnce"],
                       "hostPath": {"path": "/data/postgres-pv"}}}
    db = deployment("db", container(name="postgres", image="postgres:16.4", volumeMounts=mounts), pod=pod)
    db["metadata"].pop("namespace", None)
    result = _scan(tmp_path, db, claim, volume, only="storage")
    [f] = findings(result, "storage/ephemeral-data")
    assert f.status is Status.FAIL
    assert "PersistentVolumeClaim postgres-pvc, bound to PersistentVolume postgres-pv" in f.message
    assert "/data/postgres-pv" in f.message
    # the same claim bound through the volume's claimRef instead
    claim["spec"].pop("volumeName")
    volume["spec"]["claimRef"] = {"name": "postgres-pvc"}
    [f] = findings(_scan(tmp_path, db, claim, volume, only="storage"), "storage/ephemeral-data")
    assert f.status is Status.FAIL
    # a network-backed volume behind the claim is persistence
    volume["spec"] = {"capacity": {"storage": "10Gi"}, "accessModes": ["ReadWriteOnce"],
                      "claimRef": {"name": "postgres-pvc"}, "nfs": {"server": "nfs.example.com", "path": "/exports/db"}}
    assert statuses(_scan(tmp_path, db, claim, volume, only="storage"), "storage/ephemeral-data") == {Status.PASS}


def test_chart_that_sets_its_own_namespace_declares_it(tmp_path: Path) -> None:
    # ardanlabs/service (bench/accuracy): every template says `namespace: {{ .Values.namespace }}` (sales-system), so
    # `helm -n` does not choose it; a chart whose objects carry no namespace (or the release's) still warns.
    chart = {"Chart.yaml": "apiVersion: v2\nname: {name}\nversion: 0.1.0\n",
             "values.yaml": "namespace: sales-system\n",
             "templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n{ns}data: {{a: b}}\n"}

    def files(name: str, ns: str) -> dict[str, str]:
        return {f"charts/{name}/{k}": v.replace("{name}", name).replace("{ns}", ns).replace("{{a: b}}", "{a: b}")
                for k, v in chart.items()}

    write(tmp_path / "own", files("sales", "  namespace: {{ .Values.namespace }}\n"))
    assert statuses(scan(tmp_path / "own", only=("cluster/namespace",)), "cluster/namespace") == {Status.PASS}
    write(tmp_path / "release", files("auth", "  namespace: {{ .Release.Namespace }}\n"))
    assert statuses(scan(tmp_path / "release", only=("cluster/namespace",)), "cluster/namespace") == {Status.WARN}
    write(tmp_path / "none", files("web", ""))
    assert statuses(scan(tmp_path / "none", only=("cluster/namespace",)), "cluster/namespace") == {Status.WARN}


_CHART = {"Chart.yaml": "apiVersion: v2\nname: {name}\nversion: 0.1.0\n",
          "values.yaml": "replicas: 1\n",
          "templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n{ns}data:\n  a: b\n"}


def _chart(folder: str, name: str, ns: str = "", values: str | None = None) -> dict[str, str]:
    out = {f"{folder}/{k}": v.replace("{name}", name).replace("{ns}", ns) for k, v in _CHART.items()}
    if values is not None:
        out[f"{folder}/values.yaml"] = values
    return out


def test_chart_whose_every_deploy_command_passes_a_namespace_declares_it(tmp_path: Path) -> None:
    # cla_backend's bin/*_deploy.sh (bench/accuracy):
    # `helm upgrade $RELEASE_NAME $HELM_DIR --namespace=${KUBE_NAMESPACE}`
    # with HELM_DIR="$ROOT/../helm_deploy/cla-backend/"; local_deploy.sh (Docker Desktop) passes none.
    deploy = ('#!/usr/bin/env bash\nROOT=$(dirname "$0")\nHELM_DIR="$ROOT/../helm_deploy/cla-backend/"\n'
              'helm upgrade $RELEASE_NAME \\\n  $HELM_DIR \\\n  --namespace=${KUBE_NAMESPACE} \\\n  --install\n')
    local = ('#!/usr/bin/env bash\nHELM_DIR="$ROOT/../helm_deploy/cla-backend/"\n'
             'helm upgrade cla-backend \\\n  $HELM_DIR \\\n  --values ${HELM_DIR}/values-dev.yaml --install\n')
    release = "  namespace: {{ .Release.Namespace }}\n"
    write(tmp_path / "scripts", {**_chart("helm_deploy/cla-backend", "cla-backend", release),
                                 "bin/production_deploy.sh": deploy, "bin/local_deploy.sh": local})
    [f] = findings(scan(tmp_path / "scripts", only=("cluster/namespace",)), "cluster/namespace")
    assert f.status is Status.PASS and "bin/production_deploy.sh:4 (--namespace ${KUBE_NAMESPACE})" in f.message
    # yas' deploy-yas-applications.sh: `helm upgrade --install backoffice-ui ../charts/backoffice-ui --namespace yas`
    write(tmp_path / "path", {**_chart("k8s/charts/backoffice-ui", "backoffice-ui"),
                              "k8s/deploy/deploy.sh": "helm upgrade --install backoffice-ui ../charts/backoffice-ui "
                                                      "--namespace yas --create-namespace\n"})
    assert statuses(scan(tmp_path / "path", only=("cluster/namespace",)), "cluster/namespace") == {Status.PASS}


def test_chart_stays_undeclared_when_a_deploy_command_or_its_values_leave_the_namespace_open(tmp_path: Path) -> None:
    # controller-rs (bench/accuracy): CI runs `helm template charts/doc-controller ... | kubectl apply -f -` with no
    # namespace, and values.yaml pins `namespace: "default"` for its templates, which --namespace would not move.
    ci = ("jobs:\n  e2e:\n    steps:\n      - run: |\n          helm template charts/doc-controller \\\n"
          "            --set version=test \\\n            | kubectl apply -f -\n")
    write(tmp_path / "ci", {**_chart("charts/doc-controller", "doc-controller"), ".github/workflows/ci.yml": ci,
                            "deploy.sh": "helm upgrade --install doc charts/doc-controller -n docs\n"})
    assert statuses(scan(tmp_path / "ci", only=("cluster/namespace",)), "cluster/namespace") == {Status.WARN}
    pinned = 'namespace: "default"\n'
    write(tmp_path / "pinned", {**_chart("charts/doc", "doc", "  namespace: {{ .Values.namespace }}\n", pinned),
                                "deploy.sh": "helm upgrade --install doc charts/doc --namespace docs\n"})
    assert statuses(scan(tmp_path / "pinned", only=("cluster/namespace",)), "cluster/namespace") == {Status.WARN}
    # a chart from a repository is someone else's chart, whatever its name
    write(tmp_path / "remote", {**_chart("charts/redis", "redis"),
                                "deploy.sh": "helm upgrade --install redis oci://registry/charts/redis -n cache\n"})
    assert statuses(scan(tmp_path / "remote", only=("cluster/namespace",)), "cluster/namespace") == {Status.WARN}


def test_chart_installed_with_a_namespace_by_its_documented_steps_declares_it(tmp_path: Path) -> None:
    # hello-kubernetes (bench/accuracy): its README installs the chart with `--namespace hello-kubernetes`;
    # one documented command without a namespace keeps the warning.
    steps = "```\nhelm install --create-namespace --namespace hello-kubernetes hello-world ./hello-kubernetes\n```\n"
    write(tmp_path / "docs", {**_chart("deploy/helm/hello-kubernetes", "hello-kubernetes"), "README.md": steps})
    assert statuses(scan(tmp_path / "docs", only=("cluster/namespace",)), "cluster/namespace") == {Status.PASS}
    upgrade = "```\nhelm upgrade hello-world ./hello-kubernetes\n```\n"
    chart = _chart("deploy/helm/hello-kubernetes", "hello-kubernetes")
    write(tmp_path / "open", {**chart, "README.md": steps + upgrade})
    assert statuses(scan(tmp_path / "open", only=("cluster/namespace",)), "cluster/namespace") == {Status.WARN}
