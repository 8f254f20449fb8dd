"""Live evidence from each pod: probe paths and the metrics endpoint on the pods' own ports.

The pods behind each workload's Service are read from the cluster (probes/pods.py: EndpointSlices, else
Pods by selector) and each ready pod is requested directly, or through `kubectl port-forward`. One
finding per pod, the pod named in the location and the evidence. Tested against kmock's
KubernetesEmulator serving EndpointSlices whose addresses are loopback addresses where real test HTTP
servers listen (no real cluster can run on our CI machines; docs/verify.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from deploycheck.checks.infrastructure.cluster_live import cluster_client
from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped
from deploycheck.model import Finding, Location, ObjectRef
from deploycheck.probes import guarded

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.probes.cluster import ClusterClient
    from deploycheck.probes.http import HttpResult
    from deploycheck.probes.pods import PodEndpoint, PodReach, ServicePods
    from deploycheck.sources.kubernetes import K8sObject


@dataclass
class _Target:
    workload: K8sObject
    namespace: str
    service: K8sObject | None  # the manifest Service selecting the workload (None: pods by its labels)
    pods: ServicePods


def _targets(ctx: Context, client: ClusterClient, workloads: list[K8sObject]) -> Iterator[_Target]:
    from deploycheck.probes.cluster import target_namespace
    from deploycheck.probes.pods import service_pods
    from deploycheck.sources.k8s_graph import kube_graph

    graph = ctx.use(kube_graph)
    for workload in workloads:
        namespace = workload.namespace or target_namespace(ctx, client)
        services: list[K8sObject | None] = [*graph.services_for(workload)]
        for service in services or [None]:
            name = service.name if service is not None else None
            yield _Target(workload, namespace, service, service_pods(client, namespace, name, workload.pod_labels))


def _reach(ctx: Context) -> PodReach:
    from deploycheck.probes.cluster import running_in_cluster
    from deploycheck.probes.pods import PodReach

    kubeconfig, context = ctx.target("kubeconfig"), ctx.target("kube_context")
    return PodReach(mode=str(ctx.target("pod_access") or "auto"), kubeconfig=kubeconfig, context=context,
                    in_cluster=running_in_cluster() and not kubeconfig and not context)


def _no_ready_pods(target: _Target) -> Finding | None:
    where = target.workload.location()
    if target.pods.problem:
        return failed(f"{target.workload.kind}/{target.workload.name}: {target.pods.problem}", where)
    if not target.pods.pods:
        return failed(f"{target.workload.kind}/{target.workload.name}: no pods in the cluster "
                      f"({target.pods.found_by})", where)
    if not target.pods.ready:
        names = [p.name for p in target.pods.pods]
        return failed(f"{target.workload.kind}/{target.workload.name}: none of its {len(names)} pod(s) is ready "
                      f"({target.pods.found_by})", where, {"pods": names[:20]})
    return None


def _container_port(workload: K8sObject, name: str) -> int | None:
    for c in workload.containers(include_init=False):
        for p in c.spec.get("ports") or []:
            if isinstance(p, dict) and p.get("name") == name and isinstance(p.get("containerPort"), int):
                return int(p["containerPort"])
    return None


def resolve_port(ref: Any, pod: PodEndpoint, target: _Target) -> int | None:
    """A probe's or monitor's port (a number, a container port name, or a Service port name) on the pod."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        return int(ref)
    if not isinstance(ref, str):
        return None
    if ref in pod.ports:  # EndpointSlice ports are named after the Service's ports
        return pod.ports[ref]
    found = _container_port(target.workload, ref)
    if found is None and target.service is not None:
        for sp in (target.service.body.get("spec") or {}).get("ports") or []:
            if isinstance(sp, dict) and sp.get("name") == ref and sp.get("targetPort") not in (None, ref):
                return resolve_port(sp.get("targetPort"), pod, target)
    return found


def _pod_location(pod: PodEndpoint, url: str | None, container: str | None = None) -> Location:
    return Location(url=url, object=ObjectRef("Pod", pod.name, pod.namespace), container=container)


def _get(ctx: Context, reach: PodReach, pod: PodEndpoint, port: int, path: str, timeout: float,
         max_bytes: int = 65536, tls: _PodTls | None = None
         ) -> tuple[HttpResult | None, dict[str, Any], Finding | None]:
    """GET `path` on the pod's port (over TLS when `tls` is given): (result, evidence, a finding when the
    pod could not be reached)."""
    from deploycheck.probes.http import fetch, join, open_client, origin_of

    route = reach.route(pod, port)
    evidence: dict[str, Any] = {"pod": pod.name, "address": pod.address, "port": port, "via": route.via}
    if route.base is None:
        where = _pod_location(pod, None)
        return None, evidence, (errored if route.fatal else skipped)(route.problem or "unreachable", where)
    base = route.base
    if tls is not None:
        base = "https://" + base.removeprefix("http://")
        evidence.update({"scheme": "https", "tls_server_name": tls.server_name, "ca_file": tls.ca_file or "system"})
    # The pod (or the local end of its port-forward) is the only origin this client may reach.
    with open_client(tls.ca_file if tls else None, timeout, origins={origin_of(base)},
                     tls_server_name=tls.server_name if tls else None) as client:
        return fetch(client, "GET", join(base, path), max_bytes=max_bytes), evidence, None


@dataclass
class _PodTls:
    """How a pod's certificate is verified: against `ca_file` (the environment's pod_tls.ca_file, else
    tls_ca_file, else the system's trust store), for `server_name` (pod_tls.server_name, else a
    monitor's tlsConfig.serverName, else the Service's in-cluster name <service>.<namespace>.svc, else
    the pod's address)."""

    ca_file: str | None
    server_name: str | None
    configured_ca: bool


def _pod_tls(ctx: Context, target: _Target, pod: PodEndpoint, server_name: str | None = None) -> _PodTls:
    spec = ctx.target("pod_tls") if isinstance(ctx.target("pod_tls"), dict) else {}
    ca = spec.get("ca_file") or ctx.target("tls_ca_file")
    name = spec.get("server_name") or server_name or (
        f"{target.service.name}.{target.namespace}.svc" if target.service is not None else None)
    return _PodTls(str(ca) if ca else None, str(name) if name else None, bool(ca))


def _tls_problem(label: str, res: HttpResult, tls: _PodTls | None, where: Location, evidence: dict[str, Any]
                 ) -> Finding | None:
    """A certificate that does not verify, said as it is: `fail` against a configured CA bundle (the
    pod's certificate is wrong for it), `error` without one (deploycheck could not look; the fix is
    to name the CA). Verification is never switched off to get an answer."""
    if tls is None or not res.error or not res.error.startswith("TLS "):
        return None
    against = f"against {tls.ca_file}" if tls.configured_ca else "against the system trust store"
    message = f"{label}: {res.error} (verified {against}, for {tls.server_name or 'the pod address'})"
    if tls.configured_ca:
        return failed(message, where, evidence)
    return errored(message + "; set pod_tls.ca_file (or tls_ca_file) in the environment to the CA bundle that "
                   "signs the pods' certificates, and pod_tls.server_name if they do not name "
                   "<service>.<namespace>.svc", where, evidence)


@check(
    "health-probes/live-pod-probes",
    title="Each ready pod answers its HTTP probe paths on its own port",
    severity="high",
    needs=("--kube-context", "kubernetes manifests"),
    live=True,
    rationale="""
        The kubelet requests probe paths on each pod's port, not through the Ingress; one pod whose
        readiness path fails is silently out of the Service, and a liveness failure restarts it. The
        ready pods behind each workload's Service (EndpointSlices, or Pods by selector) are requested
        directly (inside the cluster, or where pod IPs route) or through `kubectl port-forward`, and
        each httpGet path must answer 200-399 within the probe's timeoutSeconds.""",
    remediation="Fix the failing pod (its logs, `kubectl describe pod`), or the probe path/port in the manifest.",
    references=("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",),
)
@guarded
def live_pod_probes(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError
    from deploycheck.probes.http import manifest_probe_paths

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    probes = [p for p in manifest_probe_paths(ctx) if p.obj is not None]
    if not probes:
        yield not_applicable("no HTTP (httpGet) probes in the manifests")
        return
    workloads = list({id(p.obj): p.obj for p in probes}.values())
    try:
        with _reach(ctx) as reach:
            for target in _targets(ctx, client, workloads):
                missing = _no_ready_pods(target)
                if missing:
                    yield missing
                    continue
                mine = [p for p in probes if p.obj is target.workload]
                for pod in target.pods.ready:
                    yield from _probe_pod(ctx, reach, target, pod, mine)
    except ClusterError as exc:
        yield errored(str(exc), Location(url=client.server))


def _probe_pod(ctx: Context, reach: PodReach, target: _Target, pod: PodEndpoint, probes: list[Any]
               ) -> Iterator[Finding]:
    done: set[tuple[str, int | None]] = set()
    for probe in probes:
        port = resolve_port(probe.port, pod, target)
        if (probe.path, port) in done:
            continue  # readiness and liveness on the same path and port: one request
        done.add((probe.path, port))
        label = f"pod {pod.name}: {probe.kind} probe {probe.path}"
        if port is None:
            yield errored(f"{label}: port {probe.port!r} is not a container port of {probe.workload}",
                          _pod_location(pod, None, probe.container), {"pod": pod.name})
            continue
        # HTTPS probes: the kubelet itself does not verify the pod's certificate; deploycheck does (pod_tls).
        tls = _pod_tls(ctx, target, pod) if probe.scheme == "HTTPS" else None
        res, evidence, unreachable = _get(ctx, reach, pod, port, probe.path, probe.timeout_s, tls=tls)
        if unreachable or res is None:
            yield unreachable or errored(label)
            continue
        evidence.update({"probe": probe.kind, "timeout_s": probe.timeout_s, "status": res.status,
                         "latency_ms": round(res.latency_ms, 3), "workload": probe.workload})
        where = _pod_location(pod, res.url, probe.container)
        problem = _tls_problem(label, res, tls, where, evidence)
        if problem:
            yield problem
        elif res.refused:
            yield errored(f"{label}: {res.error}", where, evidence)
        elif res.error:
            yield failed(f"{label}: {res.error}", where, evidence)
        elif not 200 <= (res.status or 0) < 400:
            yield failed(f"{label} answered {res.status} (kubelet needs 200-399)", where, evidence)
        elif res.latency_ms > probe.timeout_s * 1000:
            yield failed(f"{label} took {res.latency_ms:.0f} ms, over its {probe.timeout_s:g} s timeout", where,
                         evidence)
        else:
            yield passed(f"{label} -> {res.status} in {res.latency_ms:.1f} ms", where, evidence)


@check(
    "monitoring/live-pod-metrics",
    title="Each ready pod serves valid Prometheus metrics on the scraped port",
    severity="medium",
    needs=("--kube-context", "kubernetes manifests"),
    live=True,
    rationale="""
        Prometheus scrapes every pod, not the Service URL: one pod with a broken exporter is a gap
        in every dashboard and alert. For each workload a ServiceMonitor, PodMonitor or
        `prometheus.io/port` annotation scrapes, every ready pod's metrics path is requested on its
        own port and parsed with prometheus_client's parser.""",
    remediation="Fix the pod's metrics endpoint, or the monitor's port/path.",
    references=("https://prometheus.io/docs/instrumenting/exposition_formats/",),
)
@guarded
def live_pod_metrics(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError
    from deploycheck.sources.kubernetes import all_objects

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    scraped = {id(w): w for w in ctx.use(all_objects).workloads if w.is_long_running}
    try:
        with _reach(ctx) as reach:
            any_scraped = False
            for target in _targets(ctx, client, list(scraped.values())):
                endpoints = _scrape_endpoints(ctx, target)
                if not endpoints:
                    continue
                any_scraped = True
                missing = _no_ready_pods(target)
                if missing:
                    yield missing
                    continue
                for pod in target.pods.ready:
                    for endpoint in endpoints:
                        yield from _metrics_of_pod(ctx, reach, target, pod, endpoint)
            if not any_scraped:
                yield not_applicable("no ServiceMonitor, PodMonitor or prometheus.io/port annotation names a "
                                     "metrics port of a workload")
    except ClusterError as exc:
        yield errored(str(exc), Location(url=client.server))


@dataclass(frozen=True)
class _Scrape:
    """One endpoint Prometheus scrapes on the pods: port reference, path, scheme, TLS server name."""

    port: Any
    path: str
    https: bool = False
    server_name: str | None = None  # a monitor's tlsConfig.serverName


def _scrape_endpoints(ctx: Context, target: _Target) -> list[_Scrape]:
    """The endpoints Prometheus would scrape on this workload's pods."""
    from deploycheck.sources.k8s_graph import kube_graph

    graph = ctx.use(kube_graph)
    out: list[_Scrape] = []
    monitors = [(m, "podMetricsEndpoints") for m in graph.pod_monitors_for(target.workload)]
    if target.service is not None:
        monitors += [(m, "endpoints") for m in graph.service_monitors_for(target.service)]
    for monitor, key in monitors:
        for ep in (monitor.body.get("spec") or {}).get(key) or []:
            if isinstance(ep, dict):
                port = ep.get("port") or ep.get("portNumber") or ep.get("targetPort")
                tls: dict[str, Any] = ep["tlsConfig"] if isinstance(ep.get("tlsConfig"), dict) else {}
                name = str(tls["serverName"]) if tls.get("serverName") else None
                if port is not None:
                    out.append(_Scrape(port, str(ep.get("path") or "/metrics"),
                                       str(ep.get("scheme")).lower() == "https", name))
    notes = ((target.workload.pod_template or {}).get("metadata") or {}).get("annotations") or {}
    if isinstance(notes, dict) and notes.get("prometheus.io/port"):
        out.append(_Scrape(str(notes["prometheus.io/port"]), str(notes.get("prometheus.io/path") or "/metrics"),
                           str(notes.get("prometheus.io/scheme")).lower() == "https"))
    return list(dict.fromkeys(out))


def _metrics_of_pod(ctx: Context, reach: PodReach, target: _Target, pod: PodEndpoint, scrape: _Scrape
                    ) -> Iterator[Finding]:
    from deploycheck.probes.http import DEFAULT_TIMEOUT_S, MAX_BODY_BYTES, parse_exposition

    label = f"pod {pod.name}: metrics {scrape.path}"
    port = resolve_port(scrape.port, pod, target)
    if port is None:
        yield errored(f"{label}: port {scrape.port!r} is neither a port number, a container port nor a Service "
                      f"port of {target.workload.kind}/{target.workload.name}", _pod_location(pod, None))
        return
    tls = _pod_tls(ctx, target, pod, scrape.server_name) if scrape.https else None
    res, evidence, unreachable = _get(ctx, reach, pod, port, scrape.path, DEFAULT_TIMEOUT_S, MAX_BODY_BYTES, tls)
    if unreachable or res is None:
        yield unreachable or errored(label)
        return
    where = _pod_location(pod, res.url)
    evidence["status"] = res.status
    problem = _tls_problem(label, res, tls, where, evidence)
    if problem:
        yield problem
        return
    if res.refused:
        yield errored(f"{label}: {res.error}", where, evidence)
        return
    if res.error or res.status != 200:
        yield failed(f"{label}: {res.error or f'answered {res.status}'}", where, evidence)
        return
    parsed = parse_exposition(res.text())
    evidence.update({"families": parsed.families, "samples": parsed.samples})
    if parsed.error:
        yield failed(f"{label}: {parsed.error}", where, evidence)
    elif parsed.families == 0:
        yield failed(f"{label} answered but exposes no metrics", where, evidence)
    else:
        yield passed(f"{label}: {parsed.families} metric families ({parsed.samples} samples)", where, evidence)
