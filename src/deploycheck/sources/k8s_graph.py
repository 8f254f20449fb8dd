"""Relations between Kubernetes objects: which Service, PDB, HPA, NetworkPolicy, monitor or canary
belongs to which workload.

A source, not a check: it only answers "what selects what" so that the rollout, infrastructure,
security and rollback checks share one index (built once per run through `ctx.use(kube_graph)`)
instead of each re-implementing selector matching. Nothing here decides pass or fail.

Scope rule: two objects can refer to each other only when they come from the same place (the same
Helm render, the same kustomize build, or plain files) and their namespaces agree (an object without
a namespace agrees with one in the same folder). Without this, a chart's Service would "select" a
look-alike Deployment in an unrelated kustomize base of the same repository.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deploycheck.sources.kubernetes import K8sObject, KubeSet, all_objects

if TYPE_CHECKING:
    from deploycheck.context import Context

HELM_HOOK_ANNOTATION = "helm.sh/hook"


def is_helm_hook(obj: K8sObject) -> bool:
    """Helm hooks and chart tests (`helm.sh/hook`) run once and exit: probes and rollout rules do not apply."""
    return HELM_HOOK_ANNOTATION in obj.annotations


def _folder(obj: K8sObject) -> str:
    return obj.path.rsplit("/", 1)[0] if "/" in obj.path else ""


def same_scope(a: K8sObject, b: K8sObject) -> bool:
    # An object of a file no kustomization lists is not deployed with the listed ones beside it: a PDB or
    # ServiceMonitor there covers none of them (kustomize.unlisted_manifests).
    if a.origin != b.origin or a.unlisted != b.unlisted:
        return False
    if a.namespace == b.namespace:
        return True
    # One side without a namespace: it lands in the other's namespace only when deployed together,
    # which we take to mean "in the same folder" (a kustomize base is not its overlay's sibling).
    return (a.namespace is None or b.namespace is None) and _folder(a) == _folder(b)


def closeness(a: K8sObject, b: K8sObject) -> tuple[bool, int]:
    """Rank for picking among look-alikes in scope: the same namespace first, then the nearest folder
    (a repo with kustomize bases and overlays holds several `frontend` HPAs; the one beside wins)."""
    dir_a, dir_b = a.path.split("/")[:-1], b.path.split("/")[:-1]
    shared = 0
    for x, y in zip(dir_a, dir_b, strict=False):
        if x != y:
            break
        shared += 1
    return a.namespace == b.namespace, shared


SELECTOR_KEYS = frozenset({"matchLabels", "matchExpressions"})


def malformed_selector(selector: Any) -> str | None:
    """Why a LabelSelector is not one (a typo such as `matchLabel:`, a list where a map belongs), or None.
    Only `{}` selects everything: a malformed selector must never be read as "every pod"."""
    if not isinstance(selector, dict):
        return f"is {type(selector).__name__}, not a label selector" if selector is not None else "is missing"
    unknown = sorted(str(k) for k in selector if k not in SELECTOR_KEYS)
    if unknown:
        return f"has unknown key(s) {', '.join(unknown)} (a label selector has matchLabels/matchExpressions)"
    if not isinstance(selector.get("matchLabels") or {}, dict):
        return "matchLabels is not a map"
    if not isinstance(selector.get("matchExpressions") or [], list):
        return "matchExpressions is not a list"
    return None


def selector_matches(selector: Any, labels: dict[str, str]) -> bool:
    """A LabelSelector ({matchLabels, matchExpressions}) against labels. An empty selector matches all;
    a malformed one matches nothing."""
    if malformed_selector(selector) is not None:
        return False
    match_labels = selector.get("matchLabels") or {}
    if any(str(labels.get(k)) != str(v) for k, v in match_labels.items()):
        return False
    for expr in as_list(selector.get("matchExpressions")):
        if not isinstance(expr, dict):
            return False
        key, op = str(expr.get("key")), expr.get("operator")
        values = [str(v) for v in as_list(expr.get("values"))]
        present = key in labels
        if op == "In" and not (present and str(labels[key]) in values):
            return False
        if op == "NotIn" and present and str(labels[key]) in values:
            return False
        if op == "Exists" and not present:
            return False
        if op == "DoesNotExist" and present:
            return False
    return True


def service_selects(service: K8sObject, labels: dict[str, str]) -> bool:
    """A Service's plain map selector; a Service without selector selects no pods (manual Endpoints)."""
    spec = service.body.get("spec")
    selector = spec.get("selector") if isinstance(spec, dict) else None
    if not isinstance(selector, dict) or not selector or not labels:
        return False
    return all(str(labels.get(k)) == str(v) for k, v in selector.items())


def _service_selector(service: K8sObject) -> tuple[tuple[Any, str], ...]:
    """service_selects' selector as (key, str(value)) pairs; () when the Service selects no pods."""
    spec = service.body.get("spec")
    selector = spec.get("selector") if isinstance(spec, dict) else None
    if not isinstance(selector, dict) or not selector:
        return ()
    return tuple((k, str(v)) for k, v in selector.items())


def _selects(pairs: tuple[tuple[Any, str], ...], labels: dict[str, str]) -> bool:
    """service_selects with the selector read once (_service_selector); the same answer for the same labels."""
    if not pairs or not labels:
        return False
    return all(str(labels.get(k)) == v for k, v in pairs)


def dig(node: Any, *keys: str) -> Any:
    """node[k1][k2]... or None when any step is missing or not a mapping (manifests are untrusted input)."""
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def as_dict(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def as_list(node: Any) -> list[Any]:
    """`node` when it is a list, else [] (a wrong-typed field is the schema check's finding, not a crash)."""
    return node if isinstance(node, list) else []


def spec_of(obj: K8sObject) -> dict[str, Any]:
    spec = obj.body.get("spec")
    return spec if isinstance(spec, dict) else {}


@dataclass(frozen=True)
class RoleGrant:
    """A (Cluster)RoleBinding and the role it grants (None when the role is not in the manifests)."""
    binding: K8sObject
    role_kind: str  # Role | ClusterRole
    role_name: str
    role: K8sObject | None  # None: not in the manifests (a built-in ClusterRole, or one made elsewhere)


@dataclass
class KubeGraph:
    """The Kubernetes objects indexed by kind, name and selector, with the answers checks ask for memoised."""
    kube: KubeSet
    _by_kind: dict[str, list[K8sObject]] = field(default_factory=dict)
    # Answers by (question, id(object)): several checks ask the same question for every workload, and
    # each answer scans all objects of a kind, so without this a run was O(checks x workloads x services).
    # Objects live as long as the graph (it holds the KubeSet), so their ids are stable keys.
    _memo: dict[tuple[Any, ...], list[K8sObject]] = field(default_factory=dict, repr=False)

    # Each Service's selector as string pairs, and the workloads once: the Service <-> workload questions
    # compare every pair (~17,000 on the corpus), and reading the spec for each was most of it.
    _selectors: dict[int, tuple[tuple[Any, str], ...]] = field(default_factory=dict, repr=False)
    _workloads: list[K8sObject] = field(default_factory=list, repr=False)
    # The Services, and their indices by first selector pair (see _services_for), built on first use.
    _services: tuple[list[K8sObject], dict[tuple[Any, str], list[int]], list[int]] | None = \
        field(default=None, repr=False)

    # (unit, kind, namespace, name) of every workload, built on first use (see _belongs_to_own_copy)
    _copies: set[tuple[str, str, str | None, str]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        by_kind: dict[str, list[K8sObject]] = defaultdict(list)
        for obj in self.kube.objects:
            by_kind[obj.kind].append(obj)
        self._by_kind = dict(by_kind)
        self._workloads = self.kube.workloads

    def _selector_of(self, service: K8sObject) -> tuple[tuple[Any, str], ...]:
        pairs = self._selectors.get(id(service))
        if pairs is None:
            pairs = self._selectors[id(service)] = _service_selector(service)
        return pairs

    def kind(self, *kinds: str) -> list[K8sObject]:
        return [o for k in kinds for o in self._by_kind.get(k, [])]

    @property
    def long_running(self) -> list[K8sObject]:
        """Workloads that keep pods running (not Jobs/CronJobs), without Helm hooks and tests."""
        return [o for o in self.kube.objects
                if o.is_long_running and o.pod_template is not None and not is_helm_hook(o)]

    @property
    def pod_workloads(self) -> list[K8sObject]:
        """Everything that makes pods (Pods, pod templates, Jobs, CronJobs), without Helm hooks."""
        return [o for o in self.kube.workloads if not is_helm_hook(o)]

    # --- who selects a workload's pods ---------------------------------------------------------

    def _memoized(self, key: tuple[Any, ...], compute: Callable[[], list[K8sObject]]) -> list[K8sObject]:
        if key not in self._memo:
            self._memo[key] = compute()
        return list(self._memo[key])  # a copy: callers may sort or extend their list

    def services_for(self, workload: K8sObject) -> list[K8sObject]:
        return self._memoized(("services_for", id(workload)), lambda: self._services_for(workload))

    def _services_for(self, workload: K8sObject) -> list[K8sObject]:
        labels = workload.pod_labels
        if not labels:
            return []  # _selects says no to every Service
        services, by_first_pair, unlabelled = self._service_index()
        # A Service can select these labels only when its first selector pair is one of them (or, when that pair's
        # value reads "None", when the key is missing: str(None)); the rest is the full test, in the Services' order.
        candidates = {i for k, v in labels.items() for i in by_first_pair.get((k, str(v)), ())}
        candidates.update(unlabelled)
        return [s for i in sorted(candidates) if same_scope(s := services[i], workload)
                and _selects(self._selector_of(s), labels)]

    def _service_index(self) -> tuple[list[K8sObject], dict[tuple[Any, str], list[int]], list[int]]:
        if self._services is None:
            services = self.kind("Service")
            by_first_pair: dict[tuple[Any, str], list[int]] = defaultdict(list)
            unlabelled: list[int] = []
            for i, service in enumerate(services):
                pairs = self._selector_of(service)
                if pairs:
                    (unlabelled if pairs[0][1] == "None" else by_first_pair[pairs[0]]).append(i)
            self._services = (services, dict(by_first_pair), unlabelled)
        return self._services

    def workloads_for_service(self, service: K8sObject) -> list[K8sObject]:
        pairs = self._selector_of(service)
        if not pairs:
            return []  # a Service without selector selects no pods
        return self._memoized(("workloads_for_service", id(service)), lambda: [
            w for w in self._workloads if same_scope(service, w) and _selects(pairs, w.pod_labels)])

    def _selecting(self, kind: str, workload: K8sObject, selector_key: str = "selector") -> list[K8sObject]:
        labels = workload.pod_labels
        return self._memoized(("selecting", kind, selector_key, id(workload)), lambda: [
            p for p in self.kind(kind)
            if same_scope(p, workload) and selector_matches(spec_of(p).get(selector_key), labels)
            and not self._belongs_to_own_copy(p, workload)])

    def _belongs_to_own_copy(self, policy: K8sObject, workload: K8sObject) -> bool:
        """A PDB (or NetworkPolicy, PodMonitor) of another bundle that carries its own copy of the workload
        (same kind, namespace and name) goes with that copy: policy-reporter's -ha install bundle has PDBs for its
        2-replica Deployments, which the 1-replica Deployments of the sibling bundles in the same namespace never
        run beside."""
        if policy.unit == workload.unit:
            return False
        if self._copies is None:
            self._copies = {(o.unit, o.kind, o.namespace, o.name) for o in self._workloads}
        return (policy.unit, workload.kind, workload.namespace, workload.name) in self._copies

    def pdbs_for(self, workload: K8sObject) -> list[K8sObject]:
        return self._selecting("PodDisruptionBudget", workload) if workload.pod_labels else []

    def network_policies_for(self, workload: K8sObject) -> list[K8sObject]:
        # An empty podSelector ({}) selects every pod of the namespace: that is how deny-all works.
        return self._selecting("NetworkPolicy", workload, "podSelector")

    def pod_monitors_for(self, workload: K8sObject) -> list[K8sObject]:
        return self._selecting("PodMonitor", workload) if workload.pod_labels else []

    def service_monitors_for(self, service: K8sObject) -> list[K8sObject]:
        return [m for m in self.kind("ServiceMonitor")
                if _monitor_namespace_ok(m, service) and m.origin == service.origin
                and selector_matches(spec_of(m).get("selector"), service.labels)]

    def _targeting(self, kind: str, workload: K8sObject, ref_key: str) -> list[K8sObject]:
        return self._memoized(("targeting", kind, ref_key, id(workload)),
                              lambda: self._targeting_uncached(kind, workload, ref_key))

    def _targeting_uncached(self, kind: str, workload: K8sObject, ref_key: str) -> list[K8sObject]:
        out = []
        for obj in self.kind(kind):
            ref = spec_of(obj).get(ref_key)
            if (isinstance(ref, dict) and ref.get("kind") == workload.kind and ref.get("name") == workload.name
                    and same_scope(obj, workload)):
                out.append(obj)
        return sorted(out, key=lambda o: closeness(o, workload), reverse=True)

    def hpas_for(self, workload: K8sObject) -> list[K8sObject]:
        return self._targeting("HorizontalPodAutoscaler", workload, "scaleTargetRef")

    def canaries_for(self, workload: K8sObject) -> list[K8sObject]:
        """Flagger Canary objects whose targetRef is this workload."""
        return [c for c in self._targeting("Canary", workload, "targetRef") if c.api_version.startswith("flagger.app")]

    def rollouts_referencing(self, workload: K8sObject) -> list[K8sObject]:
        """Argo Rollouts that take their pod template from this Deployment (spec.workloadRef)."""
        return self._targeting("Rollout", workload, "workloadRef")

    def workload_ref(self, rollout: K8sObject) -> tuple[str, str] | None:
        """(kind, name) an Argo Rollout takes its pod template from (spec.workloadRef), or None."""
        ref = spec_of(rollout).get("workloadRef") if rollout.kind == "Rollout" else None
        if not isinstance(ref, dict) or not ref.get("name"):
            return None
        return str(ref.get("kind") or "Deployment"), str(ref["name"])

    def pod_source(self, workload: K8sObject) -> K8sObject | None:
        """The object holding the workload's pod template: itself, or for a Rollout with workloadRef the
        referenced Deployment (None when that is not in the manifests)."""
        ref = self.workload_ref(workload)
        if ref is None:
            return workload
        return self.object_named(ref[0], ref[1], workload)

    # --- RBAC: what a workload's service account is bound to ----------------------------------

    def service_account_of(self, workload: K8sObject) -> str:
        spec = (self.pod_source(workload) or workload).pod_spec or {}
        return str(spec.get("serviceAccountName") or spec.get("serviceAccount") or "default")

    def bindings_for(self, workload: K8sObject) -> list[RoleGrant]:
        """The (Cluster)RoleBindings naming the workload's service account, each with the role it grants
        (None when that role is not in the manifests, e.g. a built-in ClusterRole such as `view`)."""
        account = self.service_account_of(workload)
        namespace = workload.namespace
        out = []
        for binding in self.kind("RoleBinding", "ClusterRoleBinding"):
            if binding.origin != workload.origin:
                continue
            for subject in as_list(binding.body.get("subjects")):
                if not isinstance(subject, dict) or subject.get("kind") != "ServiceAccount":
                    continue
                ns = subject.get("namespace") or binding.namespace
                if str(subject.get("name")) == account and (ns is None or namespace is None or ns == namespace):
                    out.append(self._grant(binding))
                    break
        return out

    def _grant(self, binding: K8sObject) -> RoleGrant:
        ref = as_dict(binding.body.get("roleRef"))
        kind, name = str(ref.get("kind", "ClusterRole")), str(ref.get("name", ""))
        role = self.object_named(kind, name, binding) if kind == "Role" else next(
            (r for r in self.kind("ClusterRole") if r.name == name and r.origin == binding.origin), None)
        return RoleGrant(binding, kind, name, role)

    def object_named(self, kind: str, name: str, near: K8sObject) -> K8sObject | None:
        found = [o for o in self.kind(kind) if o.name == name and same_scope(o, near)]
        return max(found, key=lambda o: closeness(o, near)) if found else None


def _monitor_namespace_ok(monitor: K8sObject, service: K8sObject) -> bool:
    if monitor.origin != service.origin:
        return False
    ns_sel = spec_of(monitor).get("namespaceSelector")
    if isinstance(ns_sel, dict):
        if ns_sel.get("any") is True:
            return True
        names = ns_sel.get("matchNames")
        if isinstance(names, list) and names and service.namespace:
            return service.namespace in [str(n) for n in names]
    return monitor.namespace is None or service.namespace is None or monitor.namespace == service.namespace


def kube_graph(ctx: Context) -> KubeGraph:
    return KubeGraph(ctx.use(all_objects))


# --- probes ------------------------------------------------------------------------------------

PROBE_KINDS = ("livenessProbe", "readinessProbe", "startupProbe")
# host:port/path or scheme://host/path inside an exec probe's command (e.g. podinfo's
# `podcli check http localhost:9898/healthz`, or `curl -f http://localhost:8080/ready`).
# The host is entered at the start of its run of name characters only: a match from inside the run is one from
# its start too (same groups), and restarting at every character of a long run was quadratic.
_EXEC_URL = re.compile(r"(?:https?://)?(?<![\w.\-])[\w.\-]+:(\d+)(/[\w./\-]*)")


@dataclass
class ProbeEndpoint:
    """What a probe calls; `path` is what another check matches against the service's routes."""

    probe: str  # livenessProbe | readinessProbe | startupProbe
    type: str  # httpGet | tcpSocket | grpc | exec
    port: int | str | None = None
    path: str | None = None
    scheme: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def probe_endpoint(name: str, probe: Any) -> ProbeEndpoint | None:
    if not isinstance(probe, dict):
        return None
    for handler in ("httpGet", "tcpSocket", "grpc"):
        spec = probe.get(handler)
        if isinstance(spec, dict):
            return ProbeEndpoint(name, handler, spec.get("port"),
                                 str(spec["path"]) if handler == "httpGet" and spec.get("path") else
                                 ("/" if handler == "httpGet" else None),
                                 str(spec.get("scheme", "HTTP")) if handler == "httpGet" else None)
    exec_ = probe.get("exec")
    if isinstance(exec_, dict):
        command = " ".join(str(c) for c in as_list(exec_.get("command")))
        match = _EXEC_URL.search(command)
        if match:
            return ProbeEndpoint(name, "exec", int(match.group(1)), match.group(2))
        return ProbeEndpoint(name, "exec")
    return ProbeEndpoint(name, "unknown")


def probe_endpoints(container_spec: dict[str, Any]) -> list[ProbeEndpoint]:
    out = []
    for name in PROBE_KINDS:
        endpoint = probe_endpoint(name, container_spec.get(name))
        if endpoint:
            out.append(endpoint)
    return out


def probe_http_paths(kube: KubeSet) -> list[tuple[K8sObject, str, ProbeEndpoint]]:
    """Every HTTP path a probe calls (httpGet, or a URL in an exec command): for matching with routes."""
    out: list[tuple[K8sObject, str, ProbeEndpoint]] = []
    for obj in kube.objects:
        if not obj.is_long_running or is_helm_hook(obj):
            continue
        for c in obj.containers(include_init=False):
            out.extend((obj, c.name, e) for e in probe_endpoints(c.spec) if e.path)
    return out
