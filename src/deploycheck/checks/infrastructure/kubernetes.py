"""Infrastructure section, Kubernetes manifest evidence: ingress, storage, cluster (static part).

The live halves (the public URL answers through TLS, PVCs are Bound, the cluster has the storage
class) belong to the probes under `verify`; deprecated/removed apiVersions are the manifests
item's (checks/kubernetes/).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.lazy_re import deferred
from deploycheck.model import Finding, Location
from deploycheck.sources.datastores import (
    CACHES,
    data_stores,
    embedded_databases,
    persistent_store,
    redis_without_persistence,
)
from deploycheck.sources.k8s_graph import (
    KubeGraph,
    as_dict,
    as_list,
    dig,
    kube_graph,
    same_scope,
    service_selects,
    spec_of,
)
from deploycheck.sources.kubernetes import K8sObject

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.sources.helm import InstallLine
    from deploycheck.sources.kubectl_docs import KubectlApply

INGRESS_DOC = "https://kubernetes.io/docs/concepts/services-networking/ingress/"
GATEWAY_DOC = "https://gateway-api.sigs.k8s.io/api-types/httproute/"
STORAGE_DOC = "https://kubernetes.io/docs/concepts/storage/persistent-volumes/"
KUBE_SCORE = "https://github.com/zegl/kube-score/blob/master/README_CHECKS.md"
POLARIS_SECURITY = "https://polaris.docs.fairwinds.com/checks/security/"
EXPOSED_SERVICE_TYPES = ("LoadBalancer", "NodePort")


# --- ingress -----------------------------------------------------------------------------------


def _mesh_route(route: K8sObject) -> bool:
    """An HTTPRoute attached only to Services (Gateway API for service meshes, GAMMA; Linkerd's
    policy.linkerd.io HTTPRoute): it shapes traffic inside the cluster and exposes nothing."""
    refs = [r for r in as_list(spec_of(route).get("parentRefs")) if isinstance(r, dict)]
    return route.kind == "HTTPRoute" and bool(refs) and all(r.get("kind") == "Service" for r in refs)


def _routes(graph: KubeGraph) -> list[K8sObject]:
    """The routes that bring traffic in from outside: Ingresses and HTTPRoutes attached to a Gateway."""
    return [r for r in graph.kind("Ingress", "HTTPRoute") if not _mesh_route(r)]


def _exposed_services(graph: KubeGraph) -> list[K8sObject]:
    return [s for s in graph.kind("Service") if spec_of(s).get("type") in EXPOSED_SERVICE_TYPES]


def _not_exposed(graph: KubeGraph) -> Finding | None:
    if _routes(graph) or _exposed_services(graph):
        return None
    return not_applicable("the service is not exposed: no Ingress, no Gateway API HTTPRoute and no Service of "
                          "type LoadBalancer/NodePort in the manifests")


def _hosts(route: K8sObject) -> list[tuple[str | None, tuple[str | int, ...]]]:
    """(host, field path) per Ingress rule / HTTPRoute hostname; None = no host (catch-all)."""
    spec = spec_of(route)
    if route.kind == "HTTPRoute":
        names = as_list(spec.get("hostnames"))
        return [(str(h), ("spec", "hostnames", i)) for i, h in enumerate(names)] or [(None, ("spec",))]
    out: list[tuple[str | None, tuple[str | int, ...]]] = []
    for i, rule in enumerate(as_list(spec.get("rules"))):
        if isinstance(rule, dict):
            out.append((str(rule["host"]) if rule.get("host") else None, ("spec", "rules", i)))
    for key in ("defaultBackend", "backend"):  # `backend`: extensions/v1beta1 and networking.k8s.io/v1beta1
        if spec.get(key):
            out.append((None, ("spec", key)))
    return out


@check(
    "ingress/host",
    title="Routes name their hosts (no catch-all)",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A rule without a host (or a defaultBackend) answers for every name that reaches the "
              "controller: the service catches traffic meant for others and its TLS cannot match.",
    remediation="Give each Ingress rule a host (HTTPRoute: hostnames). If a catch-all is intended, set "
                "policy.allow_catch_all_ingress: true.",
    references=(INGRESS_DOC, GATEWAY_DOC),
)
def ingress_host(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    if (na := _not_exposed(graph)) is not None:
        yield na
        return
    routes = _routes(graph)
    if not routes:
        names = ", ".join(s.name for s in _exposed_services(graph))
        yield not_applicable(f"no Ingress or HTTPRoute: exposure is through Service {names} "
                             "(see endpoint-security/service-exposure)")
        return
    allow = bool(ctx.config.policy.get("allow_catch_all_ingress", False))
    for route in routes:
        catch_all = any(host is None or host == "*" for host, _ in _hosts(route))
        if catch_all and not allow and (named := _hosts_in_other_renderings(routes, route)) is not None:
            yield passed(f"{route.kind} {route.name} names no host with the development values of {route.origin}; "
                         f"the same template routes named hosts with {named.origin}", route.location(None),
                         {"hosts": [h for h, _ in _hosts(named)]})
            continue
        if route.kind == "Ingress" and route.annotations.get(OKTETO_GENERATE_HOST):
            yield passed(f"Ingress {route.name}: Okteto assigns its host at deploy time ({OKTETO_GENERATE_HOST}: "
                         f"{route.annotations[OKTETO_GENERATE_HOST]})", route.location(None),
                         {"annotation": OKTETO_GENERATE_HOST})
            continue
        for host, path in _hosts(route):
            if host and host != "*":
                yield passed(f"{route.kind} {route.name} routes host {host}", route.location(None), {"host": host})
            elif allow:
                yield passed(f"{route.kind} {route.name} has a catch-all rule (allowed by policy)",
                             route.location(None))
            else:
                yield failed(f"{route.kind} {route.name} has a catch-all rule (no host)", route.location(path))


# A chart's values file for a developer's or a demo install (mushop's values-dev.yaml and values-mock.yaml: "the dev
# install is documented as host-less"): a catch-all there answers on a laptop's or a demo cluster's controller.
_DEVELOPMENT_VALUES = deferred("_DEVELOPMENT_VALUES",
                               r"(?:^|[-_.])(?:dev|development|local|mock|demo|sandbox|minikube|kind)(?:[-_.]|$)", re.I)


def _hosts_in_other_renderings(routes: list[K8sObject], route: K8sObject) -> K8sObject | None:
    """Another rendering of the same chart template and route that names a host in every rule, when `route` is
    rendered with a development values file (_DEVELOPMENT_VALUES); None otherwise. The chart's default values and a
    production values file keep the catch-all judged."""
    if not route.origin or not route.origin.startswith("helm:") or not route.origin.endswith(")"):
        return None
    chart, _, values = route.origin[:-1].partition(" (")
    if not values or not _DEVELOPMENT_VALUES.search(PurePosixPath(values).stem):
        return None
    for other in routes:
        if other is route or other.kind != route.kind or other.name != route.name or other.path != route.path \
                or not other.origin or other.origin.partition(" (")[0] != chart:
            continue
        hosts = _hosts(other)
        if hosts and all(host is not None and host != "*" for host, _ in hosts):
            return other
    return None


def _tls_hosts(route: K8sObject) -> list[str]:
    return [str(h) for entry in as_list(spec_of(route).get("tls")) if isinstance(entry, dict)
            for h in as_list(entry.get("hosts"))]


def _tls_in_other_renderings(ingresses: list[K8sObject], route: K8sObject) -> K8sObject | None:
    """The same Ingress (template file and name) in another rendering of its chart with hosts, every one of them
    under spec.tls, when `route` has neither rules nor tls: fala's values/fala-uat.yaml leaves ingress.hosts to
    bin/deploy.sh's `--set ingress.hosts[0].host=...`, and its template ranges over the same hosts for rules and tls
    (the staging and production renderings show it). A template whose renderings never name a host proves nothing
    (TailwindTraders' charts: hosts only at install time, and no tls at all)."""
    if not route.origin or not route.origin.startswith("helm:"):
        return None
    chart = route.origin.partition(" (")[0]
    for other in ingresses:
        if other is route or other.name != route.name or other.path != route.path or not other.origin \
                or other.origin.partition(" (")[0] != chart:
            continue
        named = [h for h, _ in _hosts(other) if h is not None]
        if named and len(named) == len(_hosts(other)) and all(_host_covered(h, _tls_hosts(other)) for h in named):
            return other
    return None


def _host_covered(host: str, patterns: list[str]) -> bool:
    # A TLS entry for *.example.com covers a.example.com (one label), as certificates do.
    return any(host == p or (p.startswith("*.") and fnmatch.fnmatch(host, p) and host.count(".") == p.count("."))
               for p in patterns)


# Annotations with which a cloud load balancer terminates TLS for an Ingress without spec.tls.
CLOUD_TLS_ANNOTATIONS = ("alb.ingress.kubernetes.io/certificate-arn", "ingress.gcp.kubernetes.io/pre-shared-cert",
                         "networking.gke.io/managed-certificates",
                         "service.beta.kubernetes.io/azure-load-balancer-tls-cert",
                         "appgw.ingress.kubernetes.io/appgw-ssl-certificate")


# Okteto replaces the rules' hosts of an Ingress annotated with generate-host by <value>-<namespace>.<okteto domain>
# (value "true": the Ingress's name) and its ingress serves that name over HTTPS with the platform's wildcard
# certificate (okteto-movies' four Ingresses; its e2e tests call https://movies-<namespace>.<domain>).
OKTETO_GENERATE_HOST = "dev.okteto.com/generate-host"


def _cloud_tls(route: K8sObject) -> str | None:
    notes = route.annotations
    if notes.get(OKTETO_GENERATE_HOST):
        return OKTETO_GENERATE_HOST
    found = next((k for k in CLOUD_TLS_ANNOTATIONS if notes.get(k)), None)
    if found == "alb.ingress.kubernetes.io/certificate-arn" and "HTTPS" not in str(
            notes.get("alb.ingress.kubernetes.io/listen-ports", "HTTPS")):
        return None  # a certificate but only HTTP listeners
    return found


# Azure Application Gateway for Containers: an Ingress's `alb-ingress-extension` names an IngressExtension whose rules
# may answer a host with a redirect (`requestRedirect: {scheme: https}`) instead of routing it: exceptionless' `-http`
# Ingresses are the port-80 side of each domain, every request of which is sent to the TLS Ingress beside it.
AGC_EXTENSION = "alb.networking.azure.io/alb-ingress-extension"


def _hosts_redirected_to_https(graph: KubeGraph, route: K8sObject) -> dict[str, str]:
    """host -> the IngressExtension that redirects it to https, for the route's AGC extension."""
    name = route.annotations.get(AGC_EXTENSION)
    extension = graph.object_named("IngressExtension", str(name), route) if name else None
    if extension is None or not extension.api_version.startswith("alb.networking.azure.io/"):
        return {}
    out = {}
    for rule in as_list(spec_of(extension).get("rules")):
        redirect = as_dict(as_dict(rule).get("requestRedirect"))
        if str(redirect.get("scheme", "")).lower() == "https" and isinstance(as_dict(rule).get("host"), str):
            out[as_dict(rule)["host"]] = extension.name
    return out


def _gateway_tls(graph: KubeGraph, route: K8sObject) -> Iterator[Finding]:
    for ref in as_list(spec_of(route).get("parentRefs")):
        if not isinstance(ref, dict):
            continue
        gateway = graph.object_named("Gateway", str(ref.get("name")), route)
        if gateway is None:
            yield skipped(f"HTTPRoute {route.name}: Gateway {ref.get('name')} is not in the manifests; TLS is "
                          "terminated there and cannot be checked here", route.location(None))
            continue
        section = ref.get("sectionName")
        listeners = [li for li in as_list(spec_of(gateway).get("listeners"))
                     if isinstance(li, dict) and (section is None or li.get("name") == section)]
        plain = [li.get("name") for li in listeners if li.get("protocol") not in ("HTTPS", "TLS")]
        if plain or not listeners:
            yield failed(f"HTTPRoute {route.name} attaches to Gateway {gateway.name} listener(s) without TLS: "
                         f"{plain or section}", route.location(("spec", "parentRefs")))
        else:
            yield passed(f"HTTPRoute {route.name} is served by HTTPS listener(s) of Gateway {gateway.name}",
                         route.location(None))


@check(
    "ingress/tls",
    title="Every routed host terminates TLS",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="Traffic from the internet in clear text exposes credentials and session data, and browsers "
              "mark such sites as unsafe.",
    remediation="List every host under the Ingress spec.tls (with a secretName, e.g. from cert-manager); for "
                "HTTPRoutes attach to an HTTPS listener of the Gateway.",
    references=(INGRESS_DOC + "#tls", GATEWAY_DOC, "https://cert-manager.io/docs/usage/ingress/"),
)
def ingress_tls(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    if (na := _not_exposed(graph)) is not None:
        yield na
        return
    for svc in _exposed_services(graph):
        yield skipped(f"Service {svc.name} ({spec_of(svc).get('type')}) is exposed directly: TLS depends on the "
                      "application or the cloud load balancer and is checked live", svc.location(None))
    for route in graph.kind("HTTPRoute"):
        if not _mesh_route(route):
            yield from _gateway_tls(graph, route)
    for route in graph.kind("Ingress"):
        covered = _tls_hosts(route)
        cloud = _cloud_tls(route)
        if cloud:
            yield passed(f"Ingress {route.name}: TLS terminated by the load balancer ({cloud})", route.location(None),
                         {"annotation": cloud})
            continue
        hosts = _hosts(route)
        # No host to list under tls (a catch-all rule, or no rule at all: hosts set at install time with --set,
        # TailwindTraders' charts), but still plain HTTP unless some certificate is configured.
        catch_all = [path for host, path in hosts if host is None] or ([] if hosts else [("spec",)])
        if catch_all:
            tls = as_list(spec_of(route).get("tls"))
            covering = None if hosts or tls else _tls_in_other_renderings(graph.kind("Ingress"), route)
            if covering is not None:
                yield passed(f"Ingress {route.name} names no host in this rendering ({route.origin}): the hosts "
                             f"come with the install command, and the same template lists every host under "
                             f"spec.tls where a values file gives them ({covering.origin})", route.location(None))
            elif tls:
                yield passed(f"Ingress {route.name}: rules without a host are served with spec.tls "
                             f"({', '.join(str(as_dict(t).get('secretName', '?')) for t in tls)})",
                             route.location(None))
            else:
                what = "its rules without a host serve" if hosts else "it names no host in the manifests and serves"
                yield failed(f"Ingress {route.name} has no spec.tls: {what} plain HTTP",
                             route.location(catch_all[0]), {"tls_hosts": covered})
        redirected = _hosts_redirected_to_https(graph, route) if any(h for h, _ in hosts) else {}
        for host, path in hosts:
            if host is None:
                continue
            if _host_covered(host, covered):
                yield passed(f"Ingress {route.name}: host {host} has TLS", route.location(None), {"host": host})
            elif host in redirected:
                yield passed(f"Ingress {route.name}: host {host} only redirects to HTTPS (IngressExtension "
                             f"{redirected[host]}, requestRedirect scheme https)", route.location(None),
                             {"host": host, "redirect": redirected[host]})
            else:
                yield failed(f"Ingress {route.name}: host {host} is not listed under spec.tls",
                             route.location(path), {"host": host, "tls_hosts": covered})


@check(
    "ingress/path-type",
    title="Ingress paths set pathType",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="Without pathType (or with ImplementationSpecific) the matching rules depend on the ingress "
              "controller: /api may or may not match /api2, and a controller change reroutes traffic.",
    remediation="Set pathType: Prefix or Exact on every Ingress path.",
    references=(INGRESS_DOC + "#path-types",),
)
def ingress_path_type(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    ingresses = graph.kind("Ingress")
    if not ingresses:
        yield not_applicable("no Ingress objects (HTTPRoute paths default to PathPrefix)")
        return
    for route in ingresses:
        for ri, rule in enumerate(as_list(spec_of(route).get("rules"))):
            for pi, entry in enumerate(as_list(dig(rule, "http", "paths"))):
                if not isinstance(entry, dict):
                    continue
                kind, where = entry.get("pathType"), ("spec", "rules", ri, "http", "paths", pi)
                label = entry.get("path", "/")
                if kind in ("Prefix", "Exact"):
                    yield passed(f"Ingress {route.name}: path {label} is {kind}", route.location(None))
                elif kind == "ImplementationSpecific":
                    yield warned(f"Ingress {route.name}: path {label} is ImplementationSpecific "
                                 "(matching depends on the controller)", route.location(where))
                else:
                    yield failed(f"Ingress {route.name}: path {label} has no pathType", route.location(where))


def _port(ref: Any) -> Any:
    port = as_dict(ref)
    return port.get("number") or port.get("name")


def _ingress_backend(backend: Any) -> tuple[str | None, Any] | None:
    """(service, port) of an Ingress backend: networking.k8s.io/v1 (`service: {name, port}`) or the older
    v1beta1 form (`serviceName`/`servicePort`); None for a resource backend."""
    svc = dig(backend, "service")
    if isinstance(svc, dict):
        return svc.get("name"), _port(svc.get("port"))
    if isinstance(backend, dict) and backend.get("serviceName"):
        return backend.get("serviceName"), backend.get("servicePort")
    return None


def _backends(route: K8sObject) -> Iterator[tuple[str | None, Any, tuple[str | int, ...]]]:
    """(service name, port (number or name), field path) of every backend the route sends to."""
    spec = spec_of(route)
    if route.kind == "HTTPRoute":
        for ri, rule in enumerate(as_list(spec.get("rules"))):
            for bi, ref in enumerate(as_list(dig(rule, "backendRefs"))):
                if isinstance(ref, dict) and ref.get("kind", "Service") == "Service":
                    yield ref.get("name"), ref.get("port"), ("spec", "rules", ri, "backendRefs", bi)
        return
    for key in ("defaultBackend", "backend"):
        default = _ingress_backend(spec.get(key))
        if default:
            yield default[0], default[1], ("spec", key)
    for ri, rule in enumerate(as_list(spec.get("rules"))):
        for pi, entry in enumerate(as_list(dig(rule, "http", "paths"))):
            found = _ingress_backend(dig(entry, "backend"))
            if found:
                yield found[0], found[1], ("spec", "rules", ri, "http", "paths", pi, "backend")


ALB_ACTION = "alb.ingress.kubernetes.io/actions."


def _alb_action(route: K8sObject, name: str) -> tuple[str, list[tuple[str, Any]]] | str:
    """The AWS Load Balancer Controller action a `use-annotation` backend names: (action type, the
    Services a forward action sends to), or why it cannot be read."""
    from deploycheck.sources.files import parse_json

    raw = route.annotations.get(ALB_ACTION + name)
    if raw is None:
        return f"port use-annotation but no {ALB_ACTION}{name} annotation"
    try:
        action = parse_json(str(raw))
    except ValueError as exc:
        return f"annotation {ALB_ACTION}{name} is not JSON: {exc}"
    if not isinstance(action, dict):
        return f"annotation {ALB_ACTION}{name} is not a JSON object"
    # The controller's v2 annotations are camelCase; v1's were capitalised (Type, RedirectConfig, ...).
    kind = str(action.get("type") or action.get("Type") or "?")
    forward = as_dict(action.get("forwardConfig") or action.get("ForwardConfig"))
    groups = [as_dict(g) for g in as_list(forward.get("targetGroups") or forward.get("TargetGroups"))]
    services = [(str(g.get("serviceName") or g.get("ServiceName")), g.get("servicePort") or g.get("ServicePort"))
                for g in groups if g.get("serviceName") or g.get("ServiceName")]
    return kind, services


def _service_has_port(service: K8sObject, port: Any) -> bool:
    for entry in as_list(spec_of(service).get("ports")):
        if isinstance(entry, dict) and (str(entry.get("port")) == str(port)
                                        or (entry.get("name") and entry.get("name") == port)):
            return True
    return False


@check(
    "ingress/backend",
    title="Routes point at a Service and port that exist and select pods",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A route to a Service that does not exist, a port it does not have, or a Service that selects "
              "no pods answers 503 for every request.",
    remediation="Point each backend at a Service in the manifests, by one of its port numbers or names, and "
                "make the Service's selector match the workload's pod labels.",
    references=(INGRESS_DOC, GATEWAY_DOC),
)
def ingress_backend(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    routes = graph.kind("Ingress", "HTTPRoute")  # mesh routes too: their backends must exist as well
    if not routes:
        yield not_applicable("no Ingress or HTTPRoute objects")
        return
    for route in routes:
        for name, port, path in _backends(route):
            if port == "use-annotation" and route.kind == "Ingress":
                yield from _alb_backend(graph, route, str(name), path)
                continue
            if name and graph.object_named("Service", str(name), route) is None:
                # The Dapr app ids (every YAML file of the repository read) only for a missing `<app-id>-dapr` Service:
                # read for every route before, they were ~5 % of a corpus scan (bench/README.md "perf-corpus12").
                if str(name).endswith("-dapr") and str(port) in _DAPR_SERVICE_PORTS \
                        and (app := str(name).removesuffix("-dapr")) in (dapr_ids := ctx.use(_dapr_app_ids)):
                    yield passed(f"{route.kind} {route.name}: backend Service {name} is the one the Dapr control "
                                 f"plane creates for the app id {app} ({dapr_ids[app]} enables its sidecar)",
                                 route.location(None), {"service": name, "port": port, "dapr_app_id": app})
                    continue
                if (why := _missing_on_purpose(ctx, route, str(name))) is not None:
                    yield passed(f"{route.kind} {route.name}: backend Service {name} is missing on purpose, as the "
                                 f"manifest's comment says ({why}): the controller refuses those requests (503)",
                                 route.location(None), {"service": name, "comment": why})
                    continue
                if (together := _applied_together(ctx, graph, route, str(name))) is not None:
                    yield _backend_finding(graph, route, name, port, path, together)
                    continue
            yield _backend_finding(graph, route, name, port, path)


def _deploy_commands(ctx: Context) -> Any:
    from deploycheck.sources.kubectl_docs import ApplyIndex, kubectl_applies

    applies, rendered = ctx.use(kubectl_applies)
    return ApplyIndex(applies, rendered) if applies else None


def _applied_together(ctx: Context, graph: KubeGraph, route: K8sObject, name: str) -> K8sObject | None:
    """The Service `name` without a namespace that a deploy script applies together with the route, which names its
    namespace (modern-slavery's kube/govuk-ingress in ms-prod and kube/app/service.yml, both applied by bin/deploy.sh
    into $KUBE_NAMESPACE): it lands where the script deploys, the route's namespace when that script runs for it.
    Objects in different folders are otherwise not taken to share a namespace (k8s_graph.same_scope)."""
    index = ctx.use(_deploy_commands)
    if index is None or not route.namespace:
        return None
    scripts = {apply.file for apply in index.of(route.path)}
    if not scripts:
        return None
    for service in graph.kind("Service"):
        if service.name == name and service.namespace is None and service.origin == route.origin \
                and not service.unlisted and scripts & {apply.file for apply in index.of(service.path)}:
            return service
    return None


# Dapr's operator creates a Service `<app-id>-dapr` for each workload whose pods carry `dapr.io/enabled: "true"` and
# `dapr.io/app-id`, with the sidecar's ports (80 -> HTTP API 3500, 50001 gRPC): routing to it reaches the app through
# its sidecar (dapr-store's ingress sends /v1.0/invoke to api-gateway-dapr, the ingress-nginx controller its values
# file daprizes). The annotations may sit in a manifest or in the values file of a chart the repository installs.
_DAPR_SERVICE_PORTS = frozenset({"80", "50001", "http", "grpc"})
_DAPR_APP_ID = re.compile(r"""^[ \t]*["']?dapr\.io/app-id["']?[ \t]*:[ \t]*["']?([a-z0-9][a-z0-9.-]{0,62})["']?"""
                          r"[ \t]*$", re.M)
_DAPR_ENABLED = re.compile(r"""^[ \t]*["']?dapr\.io/enabled["']?[ \t]*:[ \t]*["']?true["']?[ \t]*$""", re.M)


def _dapr_app_ids(ctx: Context) -> dict[str, str]:
    """Dapr app ids the repository's YAML enables a sidecar for, with the file that does."""
    out: dict[str, str] = {}
    for rel in ctx.files.files:
        if not rel.endswith((".yaml", ".yml")):
            continue
        text = ctx.files.read_text(rel) or ""
        if "dapr.io/app-id" not in text or not _DAPR_ENABLED.search(text):
            continue
        for m in _DAPR_APP_ID.finditer(text):
            out.setdefault(m.group(1), rel)
    return out


# A comment beside a backend's name, or on the path it routes, saying the Service does not exist on purpose: a path
# refused by routing it nowhere (dapr-store: `name: sink-hole # Non-existent service, for request to die` under
# `# This blocks calls to the private API from outside the cluster`). Fixed words: linear.
_ON_PURPOSE = re.compile(r"non-?existent|does(?:n't| not) exist|\bblocks?\b|\bdeny\b|black-?hole|sink-?hole", re.I)


def _missing_on_purpose(ctx: Context, route: K8sObject, name: str) -> str | None:
    """The comment of the route's file that says the backend `name` is missing on purpose, or None."""
    text = (ctx.files.read_text(route.path) or "") if route.path else ""
    names_it = re.compile(rf"[ \t-]*(?:name|serviceName)[ \t]*:[ \t]*[\"']?{re.escape(name)}[\"']?[ \t]*")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        code, _, comment = line[:1000].partition("#")
        if name not in code or names_it.fullmatch(code) is None:
            continue
        said = [comment] if comment else []
        # the comment lines right above the path item (`- path:`) the backend belongs to
        for j in range(i - 1, max(-1, i - 12), -1):
            if lines[j].lstrip().startswith("- path"):
                k = j - 1
                while k >= 0 and lines[k].lstrip().startswith("#"):
                    said.append(lines[k].lstrip().lstrip("#"))
                    k -= 1
                break
        for words in said:
            if _ON_PURPOSE.search(words[:500]):
                return words.strip()[:120]
    return None


def _alb_backend(graph: KubeGraph, route: K8sObject, name: str, path: tuple[str | int, ...]) -> Iterator[Finding]:
    action = _alb_action(route, name)
    if isinstance(action, str):
        yield failed(f"Ingress {route.name}: backend {name} {action}", route.location(path), {"service": name})
        return
    kind, services = action
    if not services:  # redirect, fixed-response, or forward to target-group ARNs: nothing in the manifests
        yield passed(f"Ingress {route.name}: backend {name} is an ALB {kind} action", route.location(None),
                     {"action": kind})
    for svc_name, svc_port in services:
        yield _backend_finding(graph, route, svc_name, svc_port, path)


def _backend_finding(graph: KubeGraph, route: K8sObject, name: Any, port: Any, path: tuple[str | int, ...],
                     service: K8sObject | None = None) -> Finding:
    service = service or (graph.object_named("Service", str(name), route) if name else None)
    evidence = {"service": name, "port": port}
    if service is None and name and (owner := _operator_owner(graph, str(name), route)) is not None:
        return skipped(f"{route.kind} {route.name}: backend Service {name} is not in the manifests; it is named after "
                       f"the {owner.kind} {owner.name} ({owner.api_version}), whose operator creates the Services of "
                       "its resources: not judged", route.location(path), {**evidence, "custom_resource":
                                                                           f"{owner.kind}/{owner.name}"})
    if service is None:
        return failed(f"{route.kind} {route.name}: backend Service {name} is not in the manifests",
                      route.location(path), evidence)
    if port is not None and not _service_has_port(service, port):
        return failed(f"{route.kind} {route.name}: Service {name} has no port {port}", route.location(path), evidence)
    workloads = graph.workloads_for_service(service) or _beside_a_routing_bundle(graph, service)
    if not workloads:
        return failed(f"{route.kind} {route.name}: Service {name} selects no pods of any workload",
                      route.location(path), evidence)
    pods = ", ".join(sorted({w.name for w in workloads}))
    return passed(f"{route.kind} {route.name} -> Service {name}:{port} -> {pods}", route.location(None), evidence)


def _beside_a_routing_bundle(graph: KubeGraph, service: K8sObject) -> list[K8sObject]:
    """The pods a Service of a routing bundle selects: a bundle with no workload of its own (argocd-image-updater's
    config/networking kustomization: a Service and the Ingress to it) is applied beside the install that runs the
    pods, into its namespace when neither names one (as manifests/selectors reads a Service without a namespace).
    A bundle that holds workloads is judged on its own (its Service selecting none of them stays a finding)."""
    if any(same_scope(service, w) for w in graph.kube.workloads):
        return []
    return [w for w in graph.kube.workloads
            if not w.unlisted and not w.is_helm_hook and service_selects(service, w.pod_labels)
            and (service.namespace is None or w.namespace is None or w.namespace == service.namespace)]


def _operator_owner(graph: KubeGraph, service: str, near: K8sObject) -> K8sObject | None:
    """A custom resource in scope whose name the Service's name is, or starts with (`<name>-`): operators name the
    Services they create after their resource (ECK's Kibana `kibana` -> `kibana-kb-http`, Strimzi's Kafka `my` ->
    `my-kafka-bootstrap`, CloudNativePG's Cluster `pg` -> `pg-rw`, Zalando's postgresql `acid` -> `acid`)."""
    for obj in graph.kube.objects:
        group = obj.api_version.rpartition("/")[0]
        if "." not in group or group.endswith("k8s.io") or not obj.name or not same_scope(obj, near):
            continue  # a built-in kind (core, apps, networking.k8s.io, Gateway API ...) creates no Services
        if service == obj.name or service.startswith(obj.name + "-"):
            return obj
    return None


# --- storage -----------------------------------------------------------------------------------

# emptyDir/hostPath mounted here is scratch space by convention, not data.
SCRATCH_PATHS = ("/tmp", "/var/tmp", "/run", "/var/run", "/cache", "/var/cache", "/dev/shm", "/home/")
# A mount whose last folder says scratch or generated configuration, wherever it lies: images that run with a
# read-only root need writable copies of such folders (Bitnami's PostgreSQL: /opt/bitnami/postgresql/tmp and
# /opt/bitnami/postgresql/conf, rewritten from the environment at each start, beside the data on /bitnami/postgresql;
# tekton-results' local database). The data folder itself is never named so.
_SCRATCH_LEAVES = frozenset({"tmp", "temp", "cache", "run", "conf"})


Claim = tuple[K8sObject, dict[str, Any], tuple[str | int, ...], str]


def _claims(graph: KubeGraph) -> list[Claim]:
    """(owner, claim spec, field path of the spec, label) for PVC objects and volumeClaimTemplates."""
    out: list[Claim] = []
    for pvc in graph.kind("PersistentVolumeClaim"):
        out.append((pvc, spec_of(pvc), ("spec",), f"PersistentVolumeClaim {pvc.name}"))
    for sts in graph.kind("StatefulSet"):
        for i, tpl in enumerate(as_list(spec_of(sts).get("volumeClaimTemplates"))):
            if isinstance(tpl, dict):
                name = dig(tpl, "metadata", "name") or f"#{i}"
                spec = tpl["spec"] if isinstance(tpl.get("spec"), dict) else {}
                out.append((sts, spec, ("spec", "volumeClaimTemplates", i, "spec"),
                            f"StatefulSet {sts.name} volumeClaimTemplate {name}"))
    return out


def _mounts_pvc(obj: K8sObject) -> bool:
    volumes = as_list((obj.pod_spec or {}).get("volumes"))
    return any(isinstance(v, dict) and "persistentVolumeClaim" in v for v in volumes)


def _host_backed_claims(graph: KubeGraph, obj: K8sObject) -> Iterator[tuple[str, str, str]]:
    """(claim, PersistentVolume, host path) for the claims obj mounts that bind to a hostPath PersistentVolume
    of the manifests (the claim's spec.volumeName, or the volume's claimRef): a claim is not persistence
    when the volume behind it is a folder on one node."""
    pvs = [pv for pv in graph.kind("PersistentVolume") if isinstance(spec_of(pv).get("hostPath"), dict)]
    if not pvs:
        return
    claims = {pvc.name: pvc for pvc in graph.kind("PersistentVolumeClaim") if same_scope(pvc, obj)}
    for volume in as_list((obj.pod_spec or {}).get("volumes")):
        name = dig(volume, "persistentVolumeClaim", "claimName") if isinstance(volume, dict) else None
        if not isinstance(name, str):
            continue
        bound = spec_of(claims[name]).get("volumeName") if name in claims else None
        for pv in pvs:
            ref = spec_of(pv).get("claimRef")
            if pv.name == bound or (isinstance(ref, dict) and ref.get("name") == name
                                    and ref.get("namespace") in (None, obj.namespace)):
                yield name, pv.name, str(dig(spec_of(pv), "hostPath", "path") or "")


def _stateful(graph: KubeGraph) -> list[K8sObject]:
    """StatefulSets, workloads mounting a claim, and any workload running a data store (a database as a
    Deployment is still stateful)."""
    configmaps = {cm.name: cm.body["data"] for cm in graph.kind("ConfigMap") if isinstance(cm.body.get("data"), dict)}
    return [o for o in graph.kube.workloads
            if o.kind == "StatefulSet" or _mounts_pvc(o) or embedded_databases(o)
            or (persistent_store(o) is not None and not redis_without_persistence(o, configmaps))]


STATELESS = ("stateless: no StatefulSet, PersistentVolumeClaim or volumeClaimTemplates in the manifests")


@check(
    "storage/claims",
    title="Persistent volume claims declare storage class, access modes and size",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="A claim without size or access modes is rejected; one without storageClassName gets whatever "
              "the cluster's default class is (maybe not replicated, maybe not backed up) and behaves "
              "differently in each cluster.",
    remediation="Set spec.accessModes, spec.resources.requests.storage and an explicit storageClassName on "
                "every PVC and volumeClaimTemplate.",
    references=(STORAGE_DOC, "https://kubernetes.io/docs/concepts/storage/storage-classes/#default-storageclass"),
)
def storage_claims(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    claims = _claims(graph)
    if not claims:
        yield not_applicable(STATELESS)
        return
    for owner, spec, path, label in claims:
        size = dig(spec, "resources", "requests", "storage")
        modes = as_list(spec.get("accessModes"))
        evidence = {"accessModes": modes, "storage": size, "storageClassName": spec.get("storageClassName")}
        missing = [k for k, ok in (("accessModes", bool(modes)), ("resources.requests.storage", bool(size))) if not ok]
        if missing:
            yield failed(f"{label} has no {' and '.join(missing)}", owner.location(path), evidence)
        elif "storageClassName" not in spec:
            # CHECKLIST: "storage class set or defaulted": no class is the cluster's default StorageClass (labellers
            # of drs-filer and ardanlabs-service agreed); `""` below is the case that binds nothing
            yield passed(f"{label}: {size}, {', '.join(map(str, modes))}, the cluster's default StorageClass (no "
                         f"storageClassName set)", owner.location(path), evidence)
        elif spec.get("storageClassName") == "":
            yield warned(f"{label} sets storageClassName \"\": only a pre-provisioned PersistentVolume can bind",
                         owner.location((*path, "storageClassName")), evidence)
        else:
            yield passed(f"{label}: {size}, {', '.join(map(str, modes))}, class {spec['storageClassName']}",
                         owner.location(None), evidence)


# Where a data store container mounts files it only reads at start (init scripts, configuration), never its data.
_NOT_DATA_MOUNTS = ("/docker-entrypoint-initdb.d", "/etc/", "/config", "/scripts", "/backup", "/tmp", "/var/run")


def _store_without_claim(obj: K8sObject) -> tuple[str, list[str]] | None:
    """(container, where it mounts claims) when the pod declares a persistent volume (a persistentVolumeClaim volume
    or a volumeClaimTemplate) but the container that runs the data store mounts none of them, or only at paths that
    hold no data (init scripts, configuration, backups): the claim is there and the data is not on it. None when the
    store's container mounts a claim where its data may be."""
    spec = spec_of(obj)
    claims = {str(v.get("name")) for v in as_list((obj.pod_spec or {}).get("volumes"))
              if isinstance(v, dict) and "persistentVolumeClaim" in v}
    claims |= {str(dig(t, "metadata", "name")) for t in as_list(spec.get("volumeClaimTemplates"))
               if isinstance(t, dict)}
    stores = {name for name, store in data_stores(obj) if store.name not in CACHES}
    for c in obj.containers(include_init=False):
        if c.name not in stores:
            continue
        mounts = [str(m.get("mountPath", "")) for m in as_list(c.spec.get("volumeMounts"))
                  if isinstance(m, dict) and str(m.get("name")) in claims]
        if not any(not (p.rstrip("/") + "/").startswith(tuple(d.rstrip("/") + "/" for d in _NOT_DATA_MOUNTS))
                   for p in mounts):
            return c.name, mounts
    return None


def _data_volumes(obj: K8sObject) -> Iterator[tuple[str, str, str]]:
    """(container, volume name, mount path) for emptyDir/hostPath volumes mounted outside scratch paths."""
    # str(): a name may be any YAML value in a broken manifest, and lists do not hash.
    volumes = {str(v.get("name")): v for v in as_list((obj.pod_spec or {}).get("volumes")) if isinstance(v, dict)}
    for c in obj.containers(include_init=False):
        for mount in as_list(c.spec.get("volumeMounts")):
            if not isinstance(mount, dict):
                continue
            volume = volumes.get(str(mount.get("name"))) or {}
            target = str(mount.get("mountPath", ""))
            if ("emptyDir" in volume or "hostPath" in volume) and not target.startswith(SCRATCH_PATHS) \
                    and target.rstrip("/").rsplit("/", 1)[-1] not in _SCRATCH_LEAVES:
                yield c.name, str(mount.get("name")), target


# Names and ports that suggest a data store the image table of sources/datastores.py does not know (a
# project's own database image, e.g. TeaStore's descartesresearch/teastore-db on 3306): such a StatefulSet
# without volumes keeps the "state lost" warning.
_DATA_WORDS = deferred("_DATA_WORDS",
                       r"(?:^|[^a-z])(?:db|database|data|sql|mysql|maria|postgres|mongo|redis|cache|kafka|queue|"
                       r"store|storage|elastic|search|cassandra|zookeeper|etcd|minio|broker|rabbit)", re.I)
_DATA_PORTS = frozenset({1433, 1521, 2181, 2379, 3306, 5432, 5672, 6379, 7000, 7001, 8086, 9000, 9042, 9092,
                         9200, 9300, 11211, 26257, 27017, 28015})


def _may_hold_data(obj: K8sObject) -> bool:
    if any(data_stores(obj)) or _DATA_WORDS.search(obj.name):
        return True
    for c in obj.containers(include_init=False):
        if _DATA_WORDS.search(f"{c.name} {c.spec.get('image') or ''}"):
            return True
        ports = {p.get("containerPort") for p in as_list(c.spec.get("ports")) if isinstance(p, dict)}
        if ports & _DATA_PORTS:
            return True
    return False


@check(
    "storage/ephemeral-data",
    title="Stateful workloads keep data on persistent volumes, not emptyDir/hostPath",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="emptyDir dies with the pod and hostPath ties data to one node: a stateful workload that "
              "writes its data there loses it on the next reschedule or rollout.",
    remediation="Mount a PersistentVolumeClaim (StatefulSet: volumeClaimTemplates) at the data path; keep "
                "emptyDir for scratch space such as /tmp.",
    references=(STORAGE_DOC, "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir"),
)
def ephemeral_data(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    stateful = _stateful(graph)
    if not stateful and not graph.kind("PersistentVolumeClaim"):
        yield not_applicable(STATELESS)
        return
    for obj in stateful:
        bad = list(_data_volumes(obj))
        persistent = _mounts_pvc(obj) or bool(spec_of(obj).get("volumeClaimTemplates"))
        for container, volume, target in bad:
            yield failed(f"{obj.kind} {obj.name}: container {container} keeps {target} on ephemeral volume {volume}",
                         obj.location(("spec", "template", "spec", "volumes"), container),
                         {"volume": volume, "mountPath": target})
        sqlite = [db for db in embedded_databases(obj) if not db.persistent]
        for db in sqlite:
            where = f"on ephemeral volume {db.volume}" if db.volume else "in the container's own filesystem"
            copies = f"; each of the {obj.replicas} replicas writes its own copy" if obj.replicas > 1 else ""
            yield failed(f"{obj.kind} {obj.name}: container {db.container} keeps its SQLite database ({db.variable}="
                         f"{db.path}) {where}: lost with the pod{copies}", obj.location(("spec",), db.container),
                         {"variable": db.variable, "path": db.path, "volume": db.volume})
        host_backed = list(_host_backed_claims(graph, obj))
        for claim, pv, host_path in host_backed:
            yield failed(f"{obj.kind} {obj.name} keeps its data on PersistentVolumeClaim {claim}, bound to "
                         f"PersistentVolume {pv}: a hostPath ({host_path}) on one node, lost with the node and "
                         "not there when the pod is scheduled elsewhere", obj.location(("spec",)),
                         {"claim": claim, "persistentVolume": pv, "hostPath": host_path})
        store = persistent_store(obj)
        if sqlite and not bad and store is None:
            continue
        unmounted = _store_without_claim(obj) if persistent and store is not None else None
        if store is not None and unmounted is not None:
            container, mounts = unmounted
            where = f"mounts claims only at {', '.join(mounts)}" if mounts else "mounts none of them"
            yield failed(f"{obj.kind} {obj.name} declares a persistent volume, but its {store.name} container "
                         f"{container} {where}: the database writes into the container's own filesystem and its "
                         "data is lost with the pod", obj.location(("spec",), container),
                         {"data store": store.name, "claim_mounts": mounts})
            continue
        if not persistent and store is not None:
            if not bad:  # a data store with no volume at all writes into the container's own layer
                yield failed(f"{obj.kind} {obj.name} runs {store.name} with no persistent volume: its data is lost "
                             "with the pod", obj.location(("spec",)), {"data store": store.name})
        elif not persistent and obj.kind == "StatefulSet" and not sqlite and not host_backed \
                and not as_list((obj.pod_spec or {}).get("volumes")) and not _may_hold_data(obj):
            # A StatefulSet with no volume at all, running nothing that looks like a data store (image, names,
            # ports), keeps nothing on a disk: the kind was chosen for stable names (TeaStore's image cache,
            # recommender, web UI). TeaStore's own descartesresearch/teastore-db image on port 3306 still warns.
            yield passed(f"{obj.kind} {obj.name} mounts no volume and runs nothing that looks like a data store "
                         "(image, names, ports): nothing kept on disk to lose (judged stateless)",
                         obj.location(("spec",)))
        elif not persistent:
            yield warned(f"{obj.kind} {obj.name} mounts no persistent volume: its state is lost with the pod",
                         obj.location(("spec",)))
        elif not bad and not host_backed:
            yield passed(f"{obj.kind} {obj.name} keeps its data on persistent volumes", obj.location(None))


# --- cluster (static part) ---------------------------------------------------------------------

# Kinds without a namespace; anything else deployed without one lands wherever kubectl points.
CLUSTER_SCOPED = frozenset({
    "Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole", "ClusterRoleBinding",
    "CustomResourceDefinition", "PriorityClass", "IngressClass", "RuntimeClass", "PodSecurityPolicy",
    "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "CSIDriver", "CSINode",
    "VolumeSnapshotClass", "ClusterIssuer", "ClusterSecretStore", "GatewayClass", "ClusterPolicy",
    "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "FlowSchema", "PriorityLevelConfiguration",
})
# Tekton's pipeline definitions and runs (Pipeline, Task, PipelineRun, TaskRun) and its triggers: CI and release
# automation whose namespace is chosen where they are started (`kubectl -n`, `tkn -n`, the EventListener's), like a
# workflow's runner; Tekton's catalog Tasks are applied to any namespace by design (tekton-results' tekton/*.yaml,
# its release pipeline: seven "declares no namespace" findings). Other objects beside them are still judged.
_CI_RUN_API_GROUPS = ("tekton.dev/", "triggers.tekton.dev/")
# Files kustomize reads as configuration, not as objects to deploy.
KUSTOMIZE_KINDS = frozenset({"Kustomization", "Component", "LabelTransformer", "PrefixSuffixTransformer",
                             "NamespaceTransformer", "PatchTransformer", "ImageTagTransformer"})


@check(
    "cluster/kubernetes-version",
    title="The target Kubernetes version is declared",
    severity="low",
    needs=("config",),
    rationale="Schema validation and the deprecated-API check need to know which Kubernetes the service "
              "goes to; without a declaration deploycheck assumes its default.",
    remediation="Set kubernetes_version: \"1.30\" (your cluster's minor version) in .deploycheck.yaml.",
    references=("https://kubernetes.io/releases/version-skew-policy/",),
)
def kubernetes_version(ctx: Context) -> Iterator[Finding]:
    if "kubernetes_version" in ctx.config.raw:
        yield passed(f"target Kubernetes version {ctx.config.kubernetes_version} is declared",
                     evidence={"kubernetes_version": ctx.config.kubernetes_version})
    else:
        yield failed(f"kubernetes_version is not declared in the config; assuming {ctx.config.kubernetes_version}",
                     evidence={"assumed": ctx.config.kubernetes_version})


def _in_kustomize_base(files: set[str], obj: K8sObject) -> bool:
    folder = obj.path.rsplit("/", 1)[0] if "/" in obj.path else ""
    prefix = folder + "/" if folder else ""
    return any(f"{prefix}{name}" in files for name in ("kustomization.yaml", "kustomization.yml"))


def _namespaced_by_scripts(ctx: Context, charts: list[str]) -> tuple[list[str], dict[str, list[InstallLine]]]:
    """Split charts into those still without a declared namespace and those whose every deploy command in the
    repository (scripts, Makefiles, CI, documented install steps; a developer's local-cluster scripts aside)
    passes `--namespace`: the
    namespace is then chosen on purpose at each install, which is what the config would declare. A chart whose
    default values pin `namespace: default` for its templates stays undeclared, since `--namespace` does not
    move those objects."""
    from deploycheck.sources.helm import install_lines

    if not charts:  # nothing to attribute: the repository's scripts, CI files and Markdown need not be read
        return [], {}
    installs = ctx.use(install_lines)
    unset: list[str] = []
    declared: dict[str, list[InstallLine]] = {}
    for origin in charts:
        path = origin.removeprefix("helm:").split(" (")[0]
        lines = [line for line in installs.get(path, []) if not line.local]
        if lines and all(line.namespace for line in lines) and not _values_pin_default_namespace(ctx, path):
            declared.setdefault(f"helm:{path}", lines)
        else:
            unset.append(origin)
    return unset, declared


def _namespaced_by_kubectl(ctx: Context, objects: list[K8sObject]) -> tuple[list[K8sObject],
                                                                             dict[str, list[KubectlApply]]]:
    """Split plain-manifest objects without a namespace into those still undeclared and, by file, those whose every
    `kubectl apply` in the CI files and deploy scripts passes `-n` (find-moj-data: `kubectl -n ${KUBE_NAMESPACE} apply
    -f deployments/` of the envsubst renderings of deployments/templates/*.yml): the namespace is chosen at each
    deploy, as `helm -n` chooses a chart's. A file no command applies, or one applied once without `-n`, stays
    undeclared (where it lands is the deployer's context)."""
    from deploycheck.sources.kubectl_docs import ApplyIndex, documented_url_applies, kubectl_applies

    if not objects:
        return objects, {}
    applies, rendered = ctx.use(kubectl_applies)
    # ... and the documentation's install steps that apply the repository's own file by its GitHub address
    # (argocd-image-updater: `kubectl apply -n argocd -f https://raw.githubusercontent.com/.../config/install.yaml`)
    applies = [*applies, *ctx.use(documented_url_applies)]
    if not applies:
        return objects, {}
    left: list[K8sObject] = []
    applied: dict[str, list[KubectlApply]] = {}
    index = ApplyIndex(applies, rendered)  # (each object compared with every command was quadratic)
    by_path: dict[str, list[KubectlApply]] = {}
    for obj in objects:
        found = by_path[obj.path] if obj.path in by_path else by_path.setdefault(obj.path, index.of(obj.path))
        if found and all(a.namespace for a in found):
            applied.setdefault(obj.path, found)
        else:
            left.append(obj)
    return left, applied


def _values_pin_default_namespace(ctx: Context, chart: str) -> bool:
    from deploycheck.sources.helm import chart_default_values

    return chart_default_values(ctx, chart).get("namespace") == "default"


def _crd_cluster_scoped(objects: list[K8sObject]) -> frozenset[tuple[str, str]]:
    """(group, kind) of each custom resource a CustomResourceDefinition among the objects declares `scope: Cluster`:
    its objects have no namespace by definition (node-feature-discovery's NodeFeatureRule samples, whose CRD is in
    deployment/base/nfd-crds; ten "declares no namespace" findings on cluster-scoped objects)."""
    found: set[tuple[str, str]] = set()
    for obj in objects:
        if obj.kind != "CustomResourceDefinition":
            continue
        spec = obj.body.get("spec")
        if not isinstance(spec, dict):
            continue
        names, group = spec.get("names"), spec.get("group")
        if isinstance(names, dict) and spec.get("scope") == "Cluster" and isinstance(group, str) \
                and isinstance(names.get("kind"), str):
            found.add((group, names["kind"]))
    return frozenset(found)


@check(
    "cluster/namespace",
    title="The target namespace is declared",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="Objects without a namespace go wherever the deployer's kubectl context points, which is how "
              "services end up in `default` or in another team's namespace.",
    remediation="Set namespace: in .deploycheck.yaml (and deploy with it), or metadata.namespace on every "
                "namespaced object; avoid the default namespace.",
    references=("https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/", POLARIS_SECURITY),
)
def namespace(ctx: Context) -> Iterator[Finding]:
    if ctx.config.namespace:
        yield passed(f"namespace {ctx.config.namespace} is declared in the config")
        return
    graph = ctx.use(kube_graph)
    crd_cluster = _crd_cluster_scoped(graph.kube.objects)
    namespaced = [o for o in graph.kube.objects if o.kind not in CLUSTER_SCOPED and o.kind not in KUSTOMIZE_KINDS
                  and not o.api_version.startswith(_CI_RUN_API_GROUPS)
                  and (o.api_version.partition("/")[0], o.kind) not in crd_cluster]
    if not namespaced:
        yield skipped("no namespaced objects in the manifests and no namespace in the config")
        return
    files = set(ctx.files.files)  # a set: membership per object in the file list was O(objects x files)
    missing = [o for o in namespaced if not o.namespace and o.origin is None and not _in_kustomize_base(files, o)]
    overlay = [o for o in namespaced if not o.namespace and o.origin is None and _in_kustomize_base(files, o)]
    default = [o for o in namespaced if o.namespace == "default" and o.origin is None]
    missing, applied = _namespaced_by_kubectl(ctx, missing)
    for obj in missing:
        yield failed(f"{obj.kind} {obj.name} declares no namespace", obj.location(("metadata",)))
    for path, applies in applied.items():
        where = ", ".join(f"{a.file}:{a.line} (-n {a.namespace})" for a in applies[:3])
        more = f" (+{len(applies) - 3} more)" if len(applies) > 3 else ""
        yield passed(f"every kubectl apply of {path} passes its namespace: {where}{more}", Location(path=path),
                     {"apply_lines": [f"{a.file}:{a.line}" for a in applies]})
    for obj in default:
        yield warned(f"{obj.kind} {obj.name} deploys into the default namespace", obj.location(("metadata",
                                                                                                "namespace")))
    if overlay:
        yield warned(f"{len(overlay)} objects in kustomize bases leave the namespace to an overlay (not verified); "
                     "declare namespace: in the config", overlay[0].location(None))
    # A chart whose objects all name their own namespace (`namespace: {{ .Values.namespace }}`, ardanlabs/service)
    # is not placed by `helm -n`; rendered without a namespace, `.Release.Namespace` comes out as "default".
    charts = sorted({o.origin for o in namespaced if o.origin and o.origin.startswith("helm:")
                     and (not o.namespace or o.namespace == "default")})
    declared = [f"helm:{h.path}" for h in ctx.config.helm_charts if h.namespace]
    unset = [c for c in charts if not c.startswith(tuple(declared))] if declared else charts
    unset, by_script = _namespaced_by_scripts(ctx, unset)
    if unset:
        yield warned(f"the namespace of {', '.join(unset)} is chosen at install time (helm -n); declare it in the "
                     "config (namespace: or helm.charts[].namespace)")
    for chart, lines in by_script.items():
        where = ", ".join(f"{line.path}:{line.line} (--namespace {line.namespace})" for line in lines[:3])
        more = f" (+{len(lines) - 3} more)" if len(lines) > 3 else ""
        yield passed(f"every deploy command of {chart} passes its namespace: {where}{more}",
                     evidence={"install_lines": [f"{line.path}:{line.line}" for line in lines]})
    if not (missing or default or overlay or unset or by_script or applied):
        names = sorted({o.namespace for o in namespaced if o.namespace})
        yield passed(f"every namespaced object declares its namespace ({', '.join(names)})")
