"""Live cluster evidence (verify only), asked of the Kubernetes API named by --kube-context/--kubeconfig.

Tested against kmock's KubernetesEmulator (an in-memory API over HTTP), not a real cluster: none can
run on our CI machines (docs/verify.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped
from deploycheck.model import Finding, Location

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.probes.cluster import ClusterClient

BUILTIN_GROUPS = {"v1", "apps/v1", "batch/v1", "networking.k8s.io/v1", "policy/v1", "autoscaling/v2",
                  "autoscaling/v1", "rbac.authorization.k8s.io/v1", "storage.k8s.io/v1",
                  "apiextensions.k8s.io/v1", "admissionregistration.k8s.io/v1", "scheduling.k8s.io/v1",
                  "coordination.k8s.io/v1", "discovery.k8s.io/v1", "node.k8s.io/v1", "certificates.k8s.io/v1"}


def cluster_client(ctx: Context) -> tuple[ClusterClient | None, Finding | None]:
    from deploycheck.probes.cluster import connect

    conn = ctx.use(connect)
    if conn.client is None:
        return None, (skipped(conn.problem or "no cluster") if conn.skipped else errored(conn.problem or "?"))
    return conn.client, None


def server_location(client: ClusterClient) -> Location:
    return Location(url=client.server)


@check("cluster/live-reachable", title="The cluster answers, and its nodes are Ready", severity="high",
       needs=("--kube-context",), live=True,
       rationale="Deploying into a cluster whose API or nodes are down fails in confusing ways.",
       remediation="Fix the kubeconfig/credentials, or wait until the nodes report Ready.")
def reachable(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    try:
        version = client.version()
        nodes = client.nodes()
    except ClusterError as exc:
        yield errored(str(exc), server_location(client))
        return
    ready = [n.name for n in nodes if n.ready]
    evidence = {"server_version": version, "nodes": len(nodes), "ready": len(ready)}
    declared = ctx.config.kubernetes_version.lstrip("v")
    where = server_location(client)
    if not version.lstrip("v").startswith(declared + ".") and not version.lstrip("v").startswith(declared + "+"):
        yield failed(f"cluster runs {version}, the config targets Kubernetes {declared}", where, evidence,
                     remediation="Set kubernetes_version to the cluster's version so schemas and API checks match.")
    if not nodes:
        yield failed("the cluster has no nodes", server_location(client), evidence)
    elif len(ready) < len(nodes):
        down = sorted({n.name for n in nodes} - set(ready))
        yield failed(f"{len(down)} of {len(nodes)} nodes not Ready: {', '.join(down[:5])}", where, evidence)
    else:
        yield passed(f"API server {version} answers; {len(nodes)} node(s) Ready", server_location(client), evidence)


@check("cluster/live-capacity", title="Allocatable CPU and memory hold the requests of every replica",
       severity="high", needs=("--kube-context", "kubernetes manifests"), live=True,
       rationale="Pods whose requests no node can satisfy stay Pending and the rollout stalls.",
       remediation="Add nodes, or lower requests/replicas to what the cluster can schedule.")
def capacity(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError
    from deploycheck.sources.kubernetes import all_objects, parse_quantity

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    cpu, memory = Decimal(0), Decimal(0)
    for obj in ctx.use(all_objects).workloads:
        if obj.kind in ("Job", "CronJob") or "helm.sh/hook" in obj.annotations:
            continue
        for c in obj.containers(include_init=False):
            requests = (c.spec.get("resources") or {}).get("requests") or {}
            try:
                cpu += parse_quantity(requests.get("cpu", 0)) * obj.replicas
                memory += parse_quantity(requests.get("memory", 0)) * obj.replicas
            except ValueError:
                continue  # resource-limits reports unparseable quantities
    if cpu == 0 and memory == 0:
        yield skipped("the manifests request no CPU or memory; nothing to compare with the cluster")
        return
    try:
        nodes = [n for n in client.nodes() if n.ready]
    except ClusterError as exc:
        yield errored(str(exc), server_location(client))
        return
    have_cpu, have_mem = sum((n.cpu for n in nodes), Decimal(0)), sum((n.memory for n in nodes), Decimal(0))
    evidence = {"requested_cpu": str(cpu), "requested_memory_mib": int(memory / 2**20),
                "allocatable_cpu": str(have_cpu), "allocatable_memory_mib": int(have_mem / 2**20)}
    short = [name for name, need, have in (("CPU", cpu, have_cpu), ("memory", memory, have_mem)) if need > have]
    if short:
        yield failed(f"requests x replicas exceed the Ready nodes' allocatable {' and '.join(short)}",
                     server_location(client), evidence)
    else:
        yield passed(f"requests x replicas ({cpu} CPU, {int(memory / 2**20)} MiB) fit the allocatable "
                     f"({have_cpu} CPU, {int(have_mem / 2**20)} MiB)", server_location(client), evidence)


@check("cluster/live-api-resources", title="Namespace, CRDs, ingress/storage classes and metrics API exist",
       severity="high", needs=("--kube-context", "kubernetes manifests"), live=True,
       rationale="A manifest for a kind the cluster does not serve, or naming a class it lacks, is rejected "
                 "or stays pending.",
       remediation="Install the missing CRDs/controllers or classes, or create the namespace, before deploying.")
def api_resources(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError, target_namespace
    from deploycheck.sources.kubernetes import all_objects

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    objects = ctx.use(all_objects).objects
    where = server_location(client)
    try:
        namespace = target_namespace(ctx, client)
        if client.namespace_exists(namespace) or any(o.kind == "Namespace" and o.name == namespace for o in objects):
            yield passed(f"namespace {namespace} exists (or is created by the manifests)", where)
        else:
            yield failed(f"namespace {namespace} does not exist in the cluster", where)
        for api_version, kind in sorted({(o.api_version, o.kind) for o in objects}):
            if api_version in BUILTIN_GROUPS and kind != "CustomResourceDefinition":
                if client.resource_for(api_version, kind) is None and client.discover(api_version) is not None:
                    yield failed(f"the cluster does not serve {kind} in {api_version}", where)
                continue
            if kind == "CustomResourceDefinition":
                continue
            if any(o.kind == "CustomResourceDefinition" and (o.body.get("spec") or {}).get("names", {}).get("kind")
                   == kind for o in objects):
                yield passed(f"{kind} ({api_version}) is defined by a CRD in the manifests", where)
            elif client.resource_for(api_version, kind) is None:
                yield failed(f"the cluster does not serve {kind} ({api_version}): install its CRD/controller", where)
            else:
                yield passed(f"the cluster serves {kind} ({api_version})", where)
        classes = _classes_needed(objects)
        for path, label, names in (("/apis/networking.k8s.io/v1/ingressclasses", "ingress class", classes[0]),
                                   ("/apis/storage.k8s.io/v1/storageclasses", "storage class", classes[1])):
            if not names:
                continue
            have = {str((i.get("metadata") or {}).get("name")) for i in client.items(path)}
            for name in sorted(names):
                if name in have:
                    yield passed(f"{label} {name} exists", where)
                else:
                    yield failed(f"{label} {name} is used by the manifests but missing from the cluster", where,
                                 {"available": sorted(have)})
        if any(o.kind == "HorizontalPodAutoscaler" for o in objects):
            if client.discover("metrics.k8s.io/v1beta1") is None:
                yield failed("an HPA needs the metrics API (metrics.k8s.io), which the cluster does not serve", where)
            else:
                yield passed("metrics API present for the HPA", where)
    except ClusterError as exc:
        yield errored(str(exc), where)


def _classes_needed(objects: list[Any]) -> tuple[set[str], set[str]]:
    ingress, storage = set(), set()
    for o in objects:
        spec = o.body.get("spec") or {}
        if o.kind == "Ingress" and spec.get("ingressClassName"):
            ingress.add(str(spec["ingressClassName"]))
        if o.kind == "PersistentVolumeClaim" and spec.get("storageClassName"):
            storage.add(str(spec["storageClassName"]))
        for tmpl in spec.get("volumeClaimTemplates") or [] if o.kind == "StatefulSet" else []:
            sc = (tmpl.get("spec") or {}).get("storageClassName")
            if sc:
                storage.add(str(sc))
    return ingress, storage


@check("cluster/live-permissions", title="The deploying identity may create every object in the manifests",
       severity="high", needs=("--kube-context", "kubernetes manifests"), live=True,
       rationale="A deploy that fails half-way on RBAC leaves a mixed release behind.",
       remediation="Grant the deploying identity create/update on the listed resources (or deploy with one "
                   "that has them).",
       references=("https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access",))
def permissions(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError, target_namespace
    from deploycheck.sources.kubernetes import all_objects

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    objects = ctx.use(all_objects).objects
    if not objects:
        yield not_applicable("no Kubernetes objects to create")
        return
    where = server_location(client)
    try:
        namespace = target_namespace(ctx, client)
        denied: list[str] = []
        allowed: list[str] = []
        unknown: list[str] = []
        for api_version, kind in sorted({(o.api_version, o.kind) for o in objects}):
            resource = client.resource_for(api_version, kind)
            if resource is None:
                unknown.append(f"{kind} ({api_version})")
                continue
            ok, reason = client.can_i("create", resource, namespace)
            (allowed if ok else denied).append(f"{resource.plural}" + (f" ({reason})" if reason and not ok else ""))
    except ClusterError as exc:
        yield errored(str(exc), where)
        return
    if denied:
        yield failed(f"may not create: {', '.join(denied)} in namespace {namespace}", where,
                     {"allowed": allowed, "denied": denied})
    if allowed and not denied:
        yield passed(f"may create all {len(allowed)} resource kinds in namespace {namespace}", where)
    if unknown:
        yield skipped(f"could not ask about kinds the cluster does not serve: {', '.join(unknown)}", where)
