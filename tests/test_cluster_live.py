"""Cluster live checks against kmock's KubernetesEmulator (in-memory Kubernetes API over HTTP).

Not a real cluster: no Kubernetes API server can run on these machines (docs/verify.md)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.servers.kube import kubeconfig, node, running_emulator

from deploycheck.model import Status

pytest.importorskip("kmock")
pytest.importorskip("lightkube")

MANIFESTS = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: registry.example.com/web@sha256:aaaa
          resources: {requests: {cpu: 500m, memory: 256Mi}, limits: {memory: 256Mi}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: shop}
spec:
  ingressClassName: nginx
  rules: [{host: web.example.com}]
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: web, namespace: shop}
spec: {selector: {matchLabels: {app: web}}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web, namespace: shop}
spec: {minReplicas: 2, maxReplicas: 4, scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}}
"""


def healthy_cluster(km: Any, *, allowed: bool = True, ready_replicas: int = 2, nodes_cpu: str = "4",
                    with_crd: bool = True, revisions: int = 2) -> None:
    km.objects["v1/nodes", None, "node-a"] = node("node-a", nodes_cpu, "8Gi")
    km.objects["v1/nodes", None, "node-b"] = node("node-b", nodes_cpu, "8Gi")
    # kmock 0.8 parses /api/v1/namespaces/<name> as a namespace prefix, not as the Namespace object,
    # so the object is served by a reaction (a real API server serves it from storage).
    km["get /api/v1/namespaces/shop"] << {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}}
    km.objects["networking.k8s.io/v1/ingressclasses", None, "nginx"] = {"metadata": {"name": "nginx"}}
    km.objects["apps/v1/deployments", "shop", "web"] = {
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"},
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}},
        "status": {"availableReplicas": ready_replicas, "updatedReplicas": 2, "replicas": 2}}
    for rev in range(1, revisions + 1):
        km.objects["apps/v1/replicasets", "shop", f"web-{rev}"] = {
            "metadata": {"name": f"web-{rev}", "namespace": "shop",
                         "annotations": {"deployment.kubernetes.io/revision": str(rev)},
                         "ownerReferences": [{"kind": "Deployment", "name": "web"}]}}
    km.objects["v1/pods", "shop", "web-1-abc"] = {
        "metadata": {"name": "web-1-abc", "namespace": "shop", "labels": {"app": "web"}},
        "status": {"containerStatuses": [{"name": "app", "restartCount": 0}]}}
    if with_crd:
        km.resources["monitoring.coreos.com/v1/servicemonitors"].kind = "ServiceMonitor"
        km.resources["monitoring.coreos.com/v1/servicemonitors"].namespaced = True
    km.resources["metrics.k8s.io/v1beta1/pods"].kind = "PodMetrics"
    km["post /apis/authorization.k8s.io/v1/selfsubjectaccessreviews"] << {
        "apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
        "status": {"allowed": allowed, "reason": "" if allowed else "RBAC: no rule allows create"}}


def run_verify(tmp_path: Path, server: str, *checks: str):  # type: ignore[no-untyped-def]
    write(tmp_path, {"k8s/app.yaml": MANIFESTS, ".deploycheck.yaml": 'kubernetes_version: "1.26"\n'})
    cfg = kubeconfig(tmp_path / "kubeconfig", server)
    return scan(tmp_path, only=checks, mode="verify", targets={"kubeconfig": str(cfg), "namespace": "shop"})


def by_check(result, check_id: str) -> list[tuple[Status, str]]:  # type: ignore[no-untyped-def]
    return [(f.status, f.message) for f in findings(result, check_id)]


def test_healthy_cluster_passes_every_live_check(tmp_path: Path) -> None:
    with running_emulator(healthy_cluster) as url:
        result = run_verify(tmp_path, url, "cluster/*", "rollout-strategy/live-*", "rollback-plan/live-*")
    for check_id in ("cluster/live-reachable", "cluster/live-capacity", "cluster/live-api-resources",
                     "cluster/live-permissions", "rollout-strategy/live-rollout-status",
                     "rollback-plan/live-previous-revision"):
        got = by_check(result, check_id)
        assert got and all(s is Status.PASS for s, _ in got), (check_id, got)
    assert any("v1.26" in m and "2 node(s) Ready" in m for _, m in by_check(result, "cluster/live-reachable"))
    assert any("ServiceMonitor" in m for _, m in by_check(result, "cluster/live-api-resources"))


def test_broken_cluster_fails_the_right_checks(tmp_path: Path) -> None:
    def broken(km: Any) -> None:
        healthy_cluster(km, allowed=False, ready_replicas=1, nodes_cpu="400m", with_crd=False, revisions=1)

    with running_emulator(broken) as url:
        result = run_verify(tmp_path, url, "cluster/*", "rollout-strategy/live-*", "rollback-plan/live-*")
    assert any(s is Status.FAIL and "exceed" in m and "CPU" in m for s, m in by_check(result, "cluster/live-capacity"))
    assert any(s is Status.FAIL and "ServiceMonitor" in m for s, m in by_check(result, "cluster/live-api-resources"))
    assert any(s is Status.FAIL and "may not create" in m for s, m in by_check(result, "cluster/live-permissions"))
    assert any(s is Status.FAIL and "1/2 available" in m
               for s, m in by_check(result, "rollout-strategy/live-rollout-status"))
    assert any(s is Status.FAIL and "no previous ReplicaSet" in m
               for s, m in by_check(result, "rollback-plan/live-previous-revision"))
    assert all(s is Status.PASS for s, _ in by_check(result, "cluster/live-reachable"))


def test_api_answering_403_or_garbage_is_an_error_naming_server(tmp_path: Path) -> None:
    def forbidden(km: Any) -> None:
        import kmock

        km["get /version"] << kmock.Response(status=403, payload={"kind": "Status", "message": "forbidden: user ci"})

    with running_emulator(forbidden) as url:
        result = run_verify(tmp_path, url, "cluster/live-reachable")
    [(status, message)] = by_check(result, "cluster/live-reachable")
    assert status is Status.ERROR and "HTTP 403" in message and url.split("//")[1] in message

    def garbage(km: Any) -> None:
        km["get /version"] << b"<html>not kubernetes</html>"

    with running_emulator(garbage) as url:
        result = run_verify(tmp_path, url, "cluster/live-reachable")
    [(status, message)] = by_check(result, "cluster/live-reachable")
    assert status is Status.ERROR and "not JSON" in message


def test_unreachable_and_missing_target(tmp_path: Path) -> None:
    from tests.servers.postgres import free_port

    result = run_verify(tmp_path, f"http://127.0.0.1:{free_port()}", "cluster/live-reachable")
    [(status, message)] = by_check(result, "cluster/live-reachable")
    assert status is Status.ERROR and "cannot reach" in message
    result = scan(tmp_path, only=("cluster/live-reachable",), mode="verify")
    [(status, message)] = by_check(result, "cluster/live-reachable")
    assert status is Status.SKIPPED and "--kube-context" in message



@contextmanager
def tls_front(upstream: str, cert: Path, key: Path) -> Iterator[int]:
    """A TLS-terminating TCP relay in front of the (plain-http) emulator, as the API server's own
    https endpoint would be: the client verifies the certificate against the pod's mounted CA."""
    import asyncio
    import ssl
    import threading
    from urllib.parse import urlsplit

    target = urlsplit(upstream)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    started, port, loop_box = threading.Event(), [0], []

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(target.hostname, target.port)
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    async def serve() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _loop, _context: None)  # relays cut at the end
        server = await asyncio.start_server(relay, "127.0.0.1", 0, ssl=tls)
        port[0] = server.sockets[0].getsockname()[1]
        stop = asyncio.Event()
        loop_box.append((asyncio.get_running_loop(), stop))
        started.set()
        async with server:
            await stop.wait()

    thread = threading.Thread(target=lambda: asyncio.run(serve()), daemon=True)
    thread.start()
    started.wait(10)
    try:
        yield port[0]
    finally:
        loop, stop = loop_box[0]
        loop.call_soon_threadsafe(stop.set)
        thread.join(10)

def test_inside_a_pod_the_service_account_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verify Job (deploy/verify/) passes no kubeconfig: the pod's service account and
    KUBERNETES_SERVICE_HOST/PORT name the API server (https, the mounted CA, the token)."""
    from tests.servers.registry import _make_tls

    from deploycheck.probes import cluster

    account = tmp_path / "serviceaccount"
    account.mkdir()
    (tmp_path / "tls").mkdir()
    ca, cert, key = _make_tls(tmp_path / "tls")
    (account / "ca.crt").write_bytes(ca.read_bytes())
    (account / "token").write_text("pod-token")
    (account / "namespace").write_text("shop")
    monkeypatch.setattr(cluster, "SERVICE_ACCOUNT_DIR", account)
    monkeypatch.setenv("KUBERNETES_SERVICE_HOST", "127.0.0.1")
    write(tmp_path / "repo", {"k8s/app.yaml": MANIFESTS, ".deploycheck.yaml": 'kubernetes_version: "1.26"\n'})
    seen: list[Any] = []

    def cluster_seeing_tokens(km: Any) -> None:
        healthy_cluster(km)
        seen.append(km)

    with running_emulator(cluster_seeing_tokens) as url, tls_front(url, cert, key) as port:
        monkeypatch.setenv("KUBERNETES_SERVICE_PORT", str(port))
        result = scan(tmp_path / "repo", only=("cluster/live-reachable",), mode="verify")
        [(status, message)] = by_check(result, "cluster/live-reachable")
        assert status is Status.PASS and "2 node(s) Ready" in message, message
        tokens = {r.headers.get("Authorization") for r in seen[0]}  # type: ignore[attr-defined]
        assert tokens == {"Bearer pod-token"}
    (account / "token").unlink()  # not in a pod (no token): skipped, saying what is needed
    result = scan(tmp_path / "repo", only=("cluster/live-reachable",), mode="verify")
    [(status, message)] = by_check(result, "cluster/live-reachable")
    assert status is Status.SKIPPED and "inside the cluster" in message
