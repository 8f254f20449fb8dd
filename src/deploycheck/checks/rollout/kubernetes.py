"""Rollout section, Kubernetes manifest evidence: health probes, rollout strategy, monitoring.

One small function per concern (kube-score's style). Helm hooks and chart tests (`helm.sh/hook`)
are skipped: they run to completion, so probes, replicas and strategies mean nothing for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.kubernetes import unless_unbuilt
from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped, warned
from deploycheck.lazy_re import deferred
from deploycheck.model import Finding, Location
from deploycheck.sources.datastores import data_stores_of_container, persistent_store
from deploycheck.sources.dockerfile import SHELLS, shell_always_succeeds
from deploycheck.sources.images import is_pause_image, parse_image
from deploycheck.sources.k8s_graph import (
    KubeGraph,
    as_dict,
    as_list,
    dig,
    is_helm_hook,
    kube_graph,
    probe_endpoints,
    spec_of,
)
from deploycheck.sources.kubernetes import POD_KINDS, Container, K8sObject

if TYPE_CHECKING:
    from deploycheck.context import Context

KUBE_SCORE = "https://github.com/zegl/kube-score/blob/master/README_CHECKS.md"
POLARIS = "https://polaris.docs.fairwinds.com/checks/reliability/"
PROBES_DOC = "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
# A liveness probe that waits this long before its first check is guessing a start-up time: a
# startupProbe expresses that directly and lets liveness stay strict afterwards.
SLOW_START_SECONDS = 30
NO_WORKLOADS = "no long-running workloads (Deployment, StatefulSet, DaemonSet, Rollout, Pod) in the manifests"


def _pick(mapping: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: mapping[k] for k in keys if k in mapping}


def _containers(graph: KubeGraph) -> Iterator[tuple[K8sObject, Container]]:
    for obj in graph.long_running:
        for c in obj.containers(include_init=False):
            yield obj, c


def _probe_evidence(c: Container) -> dict[str, Any]:
    # The HTTP paths are exposed so the api-docs/endpoint checks can match them to routes.
    endpoints = probe_endpoints(c.spec)
    return {"probes": {e.probe: e.to_dict() for e in endpoints},
            "http_paths": sorted({e.path for e in endpoints if e.path})}


# --- health-probes -----------------------------------------------------------------------------


@check(
    "health-probes/readiness",
    title="Containers behind a Service have a readinessProbe",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="Without a readiness probe a Service sends traffic to a pod as soon as its process starts, "
              "and keeps sending it while the pod cannot serve. Readiness only matters for pods a Service "
              "targets (kube-score's lesson), so workers without a Service are not asked for one.",
    remediation="Add readinessProbe (httpGet on a path that checks the service can serve) to the container.",
    references=(PROBES_DOC, KUBE_SCORE, POLARIS),
)
def readiness(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    if not graph.long_running:
        yield not_applicable(NO_WORKLOADS)
        return
    for obj, c in _containers(graph):
        services = graph.services_for(obj)
        evidence = {**_probe_evidence(c), "services": [s.name for s in services]}
        if not services:
            yield not_applicable(f"container {c.name}: no Service selects the pod, so readiness is not required",
                                 obj.location(None, c.name))
        elif "readinessProbe" in c.spec and not _handler(c.spec["readinessProbe"]):
            yield _without_handler(obj, c, "readinessProbe", evidence)
        elif noop := _always_succeeds(c.spec["readinessProbe"]) if "readinessProbe" in c.spec else None:
            yield _checks_nothing(obj, c, "readinessProbe", noop, evidence)
        elif "readinessProbe" in c.spec:
            yield passed(f"container {c.name} has a readinessProbe", obj.location(None, c.name), evidence)
        else:
            names = ", ".join(s.name for s in services)
            yield failed(f"container {c.name} has no readinessProbe but Service {names} sends it traffic",
                         obj.location(c.path, c.name), evidence)


@check(
    "health-probes/liveness",
    title="Long-running containers have a livenessProbe",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="A liveness probe lets the kubelet restart a container that is stuck (deadlocked, out of "
              "threads) but still running; without it the pod stays broken until someone notices.",
    remediation="Add livenessProbe checking only that the process itself is alive (not its dependencies).",
    references=(PROBES_DOC, KUBE_SCORE, POLARIS),
)
def liveness(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    if not graph.long_running:
        yield not_applicable(NO_WORKLOADS)
        return
    for obj, c in _containers(graph):
        if _sleeps(c):
            yield not_applicable(f"container {c.name} runs the pause image, which only sleeps: nothing to probe",
                                 obj.location(None, c.name))
            continue
        if "livenessProbe" in c.spec and not _handler(c.spec["livenessProbe"]):
            yield _without_handler(obj, c, "livenessProbe", _probe_evidence(c))
        elif noop := _always_succeeds(c.spec["livenessProbe"]) if "livenessProbe" in c.spec else None:
            yield _checks_nothing(obj, c, "livenessProbe", noop, _probe_evidence(c))
        elif "livenessProbe" in c.spec:
            yield passed(f"container {c.name} has a livenessProbe", obj.location(None, c.name), _probe_evidence(c))
        else:
            yield failed(f"container {c.name} has no livenessProbe", obj.location(c.path, c.name),
                         _probe_evidence(c))


# An exec probe whose command succeeds whatever the container's state (`command: ["true"]`, `sh -c "exit 0"`, an
# `echo`, `sh -c "curl -f http://localhost/healthz || true"`): the kubelet runs it, it exits 0, and the probe reports
# a hung or unready process as fine. Only these literal no-ops (sources.dockerfile.shell_always_succeeds): any other
# command may fail, and is trusted.


def _always_succeeds(probe: Any) -> str | None:
    """The command of an exec probe that cannot fail, as written; None for every other probe."""
    action = probe.get("exec") if isinstance(probe, dict) else None
    command = action.get("command") if isinstance(action, dict) else None
    if not isinstance(command, list) or not command or not all(isinstance(w, str) for w in command):
        return None
    words = [w.strip() for w in command]
    if len(words) == 3 and words[0] in SHELLS and words[1] == "-c":
        body = words[2]
    elif len(words) == 1 and "||" not in words[0] and ";" not in words[0]:
        body = words[0]  # exec'd without a shell: `||` would be part of the program's name
    else:
        return None
    return " ".join(command)[:80] if shell_always_succeeds(body) else None


def _checks_nothing(obj: K8sObject, c: Container, key: str, command: str, evidence: dict[str, Any]) -> Finding:
    return failed(f"container {c.name}: {key} runs `{command}`, which always succeeds: it checks nothing",
                  obj.location((*c.path, key), c.name), evidence)


def _sleeps(c: Container) -> bool:
    """The container runs Kubernetes' pause image: it serves nothing and never hangs in a way a probe could see."""
    image = c.spec.get("image")
    return isinstance(image, str) and is_pause_image(parse_image(image))


# The fields of each probe handler the kubelet acts on (core/v1 HTTPGetAction, TCPSocketAction, GRPCAction,
# ExecAction). A stray key beside them (find-moj-data's readiness httpGet carried a second, empty `httpGet:`) is
# dropped or rejected by the API server, never called: two handlers that differ only by one call the same endpoint.
_HANDLER_FIELDS = {"httpGet": ("host", "httpHeaders", "path", "port", "scheme"), "tcpSocket": ("host", "port"),
                   "grpc": ("port", "service"), "exec": ("command",)}


def _handler(probe: Any) -> dict[str, Any]:
    if not isinstance(probe, dict):
        return {}
    out: dict[str, Any] = {}
    for kind, fields in _HANDLER_FIELDS.items():
        action = probe.get(kind)
        if not action:
            continue
        if isinstance(action, dict):
            action = {f: action[f] for f in fields if f in action}
            if kind == "httpGet":
                action.setdefault("scheme", "HTTP")  # the API's default
        out[kind] = action
    return out


def _without_handler(obj: K8sObject, c: Container, key: str, evidence: dict[str, Any]) -> Finding:
    """`readinessProbe: {}` (or only timings, a template whose handler was left out): the API server rejects the
    pod ("must specify a handler type"), so the probe is not there."""
    return failed(f"container {c.name}: {key} has no handler (httpGet, tcpSocket, grpc or exec); Kubernetes "
                  "rejects it", obj.location((*c.path, key), c.name), evidence)


@check(
    "health-probes/distinct",
    title="Liveness and readiness probes differ",
    severity="low",
    needs=("kubernetes manifests",),
    rationale="When liveness and readiness are the same probe, a pod that is only temporarily unready "
              "(overloaded, a dependency down) is also killed and restarted, which turns a brownout into "
              "an outage (kube-score: container-probes-identical).",
    remediation="Point liveness at a cheap 'process alive' endpoint and readiness at a 'can serve' endpoint, "
                "or give liveness a larger failureThreshold.",
    references=(KUBE_SCORE, PROBES_DOC),
)
def distinct(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    seen = False
    for obj, c in _containers(graph):
        live, ready = c.spec.get("livenessProbe"), c.spec.get("readinessProbe")
        if not isinstance(live, dict) or not isinstance(ready, dict):
            continue
        seen = True
        if live == ready:
            yield failed(f"container {c.name}: livenessProbe and readinessProbe are identical",
                         obj.location((*c.path, "livenessProbe"), c.name), _probe_evidence(c))
        elif _handler(live) == _handler(ready):
            yield warned(f"container {c.name}: liveness and readiness call the same endpoint "
                         "(only timings differ)", obj.location((*c.path, "livenessProbe"), c.name),
                         _probe_evidence(c))
        else:
            yield passed(f"container {c.name}: liveness and readiness probes differ", obj.location(None, c.name),
                         _probe_evidence(c))
    if not seen:
        yield not_applicable("no container has both a liveness and a readiness probe to compare")


@check(
    "health-probes/startup",
    title="Slow-starting containers use a startupProbe",
    severity="low",
    needs=("kubernetes manifests",),
    rationale="A long initialDelaySeconds on liveness guesses the start-up time: too short and the pod is "
              "killed in a restart loop, too long and a hung container lives on. A startupProbe holds "
              "liveness back until the app has started, however long that takes.",
    remediation=f"Replace an initialDelaySeconds >= {SLOW_START_SECONDS}s with a startupProbe "
                "(failureThreshold x periodSeconds covering the worst start-up).",
    references=(PROBES_DOC,),
)
def startup(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    seen = False
    for obj, c in _containers(graph):
        live = c.spec.get("livenessProbe")
        if not isinstance(live, dict):
            continue
        seen = True
        delay = live.get("initialDelaySeconds", 0)
        if "startupProbe" in c.spec:
            yield passed(f"container {c.name} has a startupProbe", obj.location(None, c.name))
        elif isinstance(delay, int) and delay >= SLOW_START_SECONDS:
            yield failed(f"container {c.name}: livenessProbe waits initialDelaySeconds={delay}; use a startupProbe",
                         obj.location((*c.path, "livenessProbe", "initialDelaySeconds"), c.name),
                         {"initialDelaySeconds": delay})
        else:
            yield passed(f"container {c.name} starts fast enough for its liveness probe (initialDelaySeconds="
                         f"{delay})", obj.location(None, c.name))
    if not seen:
        yield not_applicable("no container has a livenessProbe")


def _declared_ports(c: Container) -> tuple[set[str], set[int]]:
    names, numbers = set(), set()
    for port in as_list(c.spec.get("ports")):
        if isinstance(port, dict):
            if port.get("name"):
                names.add(str(port["name"]))
            if isinstance(port.get("containerPort"), int):
                numbers.add(port["containerPort"])
    return names, numbers


@check(
    "health-probes/probe-ports",
    title="Probe ports are ports the container declares",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A probe on a named port the container does not declare can never succeed (the pod never "
              "becomes ready, or is restarted forever); a numeric port that no containerPort declares is "
              "usually a typo or a port changed in one place only.",
    remediation="Make each probe's port one of the container's ports (by name or containerPort number).",
    references=(PROBES_DOC, POLARIS),
)
def probe_ports(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    seen = False
    for obj, c in _containers(graph):
        names, numbers = _declared_ports(c)
        for endpoint in probe_endpoints(c.spec):
            if endpoint.type not in ("httpGet", "tcpSocket", "grpc"):
                continue
            seen = True
            port = endpoint.port
            where = obj.location((*c.path, endpoint.probe, endpoint.type, "port"), c.name)
            evidence = {"probe": endpoint.to_dict(), "declared": {"names": sorted(names), "numbers": sorted(numbers)}}
            if isinstance(port, str) and not port.isdigit():
                if port in names:
                    yield passed(f"container {c.name}: {endpoint.probe} uses declared port {port!r}",
                                 obj.location(None, c.name), evidence)
                else:
                    yield failed(f"container {c.name}: {endpoint.probe} uses port name {port!r}, "
                                 "which the container does not declare", where, evidence)
            elif port is None:
                yield failed(f"container {c.name}: {endpoint.probe} has no port", where, evidence)
            elif isinstance(port, bool) or not isinstance(port, int | str):
                yield failed(f"container {c.name}: {endpoint.probe} port {port!r} is neither a number nor a "
                             "port name", where, evidence)
            elif int(port) in numbers:
                yield passed(f"container {c.name}: {endpoint.probe} uses declared port {port}",
                             obj.location(None, c.name), evidence)
            elif not numbers:
                yield warned(f"container {c.name}: {endpoint.probe} probes port {port} but the container "
                             "declares no ports", where, evidence)
            else:
                yield failed(f"container {c.name}: {endpoint.probe} probes port {port}, not among the declared "
                             f"ports {sorted(numbers)}", where, evidence)
    if not seen:
        yield not_applicable("no httpGet/tcpSocket/grpc probes to compare with container ports")


# --- rollout-strategy --------------------------------------------------------------------------

ROLLOUT_DOC = "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy"
ARGO_DOC = "https://argo-rollouts.readthedocs.io/en/stable/features/specification/"
FLAGGER_DOC = "https://docs.flagger.app/usage/how-it-works"
PDB_DOC = "https://kubernetes.io/docs/tasks/run-application/configure-pdb/"
SCALED_KINDS = ("Deployment", "StatefulSet", "Rollout")


def _managed_elsewhere(graph: KubeGraph, obj: K8sObject) -> K8sObject | None:
    """The Argo Rollout that takes over this Deployment (workloadRef), if any."""
    refs = graph.rollouts_referencing(obj) if obj.kind == "Deployment" else []
    return refs[0] if refs else None


def _scaled(graph: KubeGraph) -> list[K8sObject]:
    """Deployments, StatefulSets and Rollouts, each once: a Deployment an Argo Rollout takes over through
    workloadRef is judged as that Rollout (whose pod template lives in the Deployment)."""
    by_ref = [o for o in graph.kind("Rollout") if graph.workload_ref(o) and not is_helm_hook(o)]
    return [o for o in graph.long_running if o.kind in SCALED_KINDS and not _managed_elsewhere(graph, o)] + by_ref


def _argo_strategy(obj: K8sObject) -> Finding:
    strategy = as_dict(spec_of(obj).get("strategy"))
    canary, blue_green = strategy.get("canary"), strategy.get("blueGreen")
    if isinstance(canary, dict):
        steps: list[Any] = canary["steps"] if isinstance(canary.get("steps"), list) else []
        analysis = bool(canary.get("analysis")) or any(isinstance(s, dict) and "analysis" in s for s in steps)
        evidence = {"strategy": "canary", "steps": len(steps), "analysis": analysis}
        if steps:
            msg = f"Argo Rollouts canary with {len(steps)} steps" + (" and analysis" if analysis else "")
            return passed(msg, obj.location(None), evidence)
        # Without steps Argo Rollouts replaces pods as a Deployment's RollingUpdate does, bounded by
        # canary.maxSurge/maxUnavailable (25 % each by default): judged like one, not as a broken canary.
        return _rolling_update("Argo Rollouts canary without steps (a rolling update)", canary, obj,
                               ("spec", "strategy", "canary"), evidence)
    if isinstance(blue_green, dict):
        evidence = {"strategy": "blueGreen", "activeService": blue_green.get("activeService"),
                    "previewService": blue_green.get("previewService"),
                    "prePromotionAnalysis": bool(blue_green.get("prePromotionAnalysis"))}
        if not blue_green.get("activeService"):
            return failed("Argo Rollouts blueGreen without activeService", obj.location(("spec", "strategy")),
                          evidence)
        return passed("Argo Rollouts blueGreen", obj.location(None), evidence)
    return failed("Argo Rollout declares neither canary nor blueGreen strategy", obj.location(("spec",)))


def _workload_strategy(graph: KubeGraph, obj: K8sObject) -> Finding:
    canaries = graph.canaries_for(obj)
    if canaries:
        analysis = as_dict(spec_of(canaries[0]).get("analysis"))
        return passed(f"progressive delivery by Flagger Canary {canaries[0].name}", obj.location(None),
                      {"canary": canaries[0].name, "analysis": sorted(analysis)})
    spec = spec_of(obj)
    if obj.kind != "Deployment":  # StatefulSet: updateStrategy RollingUpdate (default) or OnDelete
        update = dig(spec, "updateStrategy", "type") or "RollingUpdate"
        if update == "OnDelete":
            return warned(f"{obj.kind} uses updateStrategy OnDelete: pods change only when deleted by hand",
                          obj.location(("spec", "updateStrategy")))
        return passed(f"{obj.kind} rolls pods one by one ({update})", obj.location(None))
    strategy = spec.get("strategy")
    claims = _read_write_once_claims(graph, obj)
    if claims:
        return _single_attach_strategy(obj, as_dict(strategy), claims)
    if not isinstance(strategy, dict) or not strategy:
        return warned("Deployment declares no strategy: the implicit RollingUpdate 25%/25% applies",
                      obj.location(("spec",)),
                      remediation="Declare strategy.type RollingUpdate with explicit maxSurge and maxUnavailable.")
    kind = strategy.get("type", "RollingUpdate")
    store = persistent_store(graph.pod_source(obj) or obj)
    if kind == "Recreate" and store is not None and _effective_replicas(graph, obj)[0] <= 1:
        # one database/broker pod: a rolling update would briefly run a second, empty instance beside it
        return passed(f"Deployment uses Recreate for its single {store.name} pod: one instance owns the data "
                      "at a time", obj.location(None), {"type": kind, "data_store": store.name})
    if kind == "Recreate":
        return warned("Deployment uses Recreate: every pod stops before the new ones start (downtime)",
                      obj.location(("spec", "strategy", "type")))
    return _rolling_update("RollingUpdate", as_dict(strategy.get("rollingUpdate")), obj,
                           ("spec", "strategy", "rollingUpdate"), {"type": kind})


def _read_write_once_claims(graph: KubeGraph, obj: K8sObject) -> list[str]:
    """The claims the pod mounts whose PersistentVolumeClaim (declared beside it) is ReadWriteOnce(Pod)."""
    out = []
    for volume in as_list((obj.pod_spec or {}).get("volumes")):
        name = dig(volume, "persistentVolumeClaim", "claimName")
        claim = graph.object_named("PersistentVolumeClaim", name, obj) if isinstance(name, str) else None
        if claim is not None and {"ReadWriteOnce", "ReadWriteOncePod"} & set(map(str, as_list(
                spec_of(claim).get("accessModes")))):
            out.append(str(name))
    return out


def _single_attach_strategy(obj: K8sObject, strategy: dict[str, Any], claims: list[str]) -> Finding:
    """A Deployment on a ReadWriteOnce claim: the old pod must let go of the volume before the new one mounts it."""
    kind = strategy.get("type", "RollingUpdate")
    evidence = {"type": kind, "read_write_once_claims": claims}
    if kind == "Recreate":
        return passed(f"Deployment uses Recreate, as its ReadWriteOnce claim(s) {', '.join(claims)} need: the old pod "
                      "releases the volume before the new one mounts it", obj.location(None), evidence)
    surge = dig(strategy, "rollingUpdate", "maxSurge")
    if str(surge) in ("0", "0%"):
        return passed(f"RollingUpdate with maxSurge {surge} on ReadWriteOnce claim(s) {', '.join(claims)}: the old pod "
                      "stops before the new one starts", obj.location(None), evidence)
    shown = "maxSurge 25% (default)" if surge is None else f"maxSurge {surge}"
    return failed(f"Deployment mounts ReadWriteOnce claim(s) {', '.join(claims)} but rolls out with {kind} and "
                  f"{shown}: the new pod needs the volume while the old one still holds it (on another node it "
                  "cannot attach and the rollout stalls; on the same node two pods write the same data)",
                  obj.location(("spec", "strategy") if strategy else ("spec",)), evidence,
                  remediation="Use strategy type Recreate (or maxSurge 0), or run the workload as a StatefulSet.")


def _all_unavailable(value: Any, replicas: Any) -> bool:
    """maxUnavailable of 100% (or more), or a count of at least the declared replicas. One replica too: with
    maxUnavailable 0 and a surge it rolls without an unavailable moment (the new pod is ready before the old one
    stops), while maxUnavailable 1 lets the controller stop the only pod first, so every release is an outage."""
    text = str(value).strip()
    if text.endswith("%"):
        return text[:-1].isdigit() and int(text[:-1]) >= 100
    return (isinstance(value, int) and not isinstance(value, bool) and isinstance(replicas, int)
            and replicas >= 1 and value >= replicas)


def _rolling_update(label: str, rolling: dict[str, Any], obj: K8sObject, path: tuple[str, ...],
                    evidence: dict[str, Any]) -> Finding:
    """A rolling replacement bounded by maxSurge/maxUnavailable (Deployment, or an Argo canary without steps)."""
    missing = [k for k in ("maxSurge", "maxUnavailable") if k not in rolling]
    evidence = {**evidence, **_pick(rolling, "maxSurge", "maxUnavailable")}
    if str(rolling.get("maxSurge", "x")) in ("0", "0%") and str(rolling.get("maxUnavailable", "x")) in ("0", "0%"):
        return failed("maxSurge and maxUnavailable are both 0: the rollout cannot make progress",
                      obj.location(path), evidence)
    if _all_unavailable(rolling.get("maxUnavailable"), spec_of(obj).get("replicas")):
        return warned(f"{label} with maxUnavailable {rolling['maxUnavailable']}: every pod may stop at once, as with "
                      "Recreate (downtime)", obj.location((*path, "maxUnavailable")), evidence)
    if missing:
        return warned(f"{label} without explicit {' and '.join(missing)} (defaults 25% apply)",
                      obj.location(path[:-1] if path[-1] == "rollingUpdate" else path), evidence)
    return passed(f"{label} with explicit maxSurge/maxUnavailable", obj.location(None), evidence)


@check(
    "rollout-strategy/strategy",
    title="A coherent rollout strategy is declared",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="How new pods replace old ones decides whether a release is invisible or an outage: "
              "RollingUpdate with explicit surge/unavailability, or a progressive canary/blue-green with "
              "Argo Rollouts or Flagger. Recreate stops everything first.",
    remediation="Use strategy RollingUpdate with explicit maxSurge/maxUnavailable, or an Argo Rollout "
                "(canary steps + analysis) / Flagger Canary for progressive delivery.",
    references=(ROLLOUT_DOC, ARGO_DOC, FLAGGER_DOC),
)
def strategy(ctx: Context) -> Iterator[Finding]:
    def judge(graph: KubeGraph, obj: K8sObject) -> Iterator[Finding]:
        yield _argo_strategy(obj) if obj.kind == "Rollout" else _workload_strategy(graph, obj)

    return _per_scaled(ctx, judge)


def _per_scaled(ctx: Context, judge: Callable[[KubeGraph, K8sObject], Iterator[Finding]]) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    workloads = _scaled(graph)
    if not workloads:
        yield not_applicable("no Deployment, StatefulSet or Argo Rollout in the manifests")
        return
    for obj in workloads:
        yield from judge(graph, obj)


def _min_replicas(ctx: Context) -> int:
    value = ctx.config.policy.get("min_replicas", 2)
    return value if isinstance(value, int) else 2


def _effective_replicas(graph: KubeGraph, obj: K8sObject) -> tuple[int, str]:
    """The replicas the workload runs with at least, and where that figure comes from."""
    for hpa in graph.hpas_for(obj):
        value = spec_of(hpa).get("minReplicas", 1)
        return (value if isinstance(value, int) else 1), f"HorizontalPodAutoscaler {hpa.name} minReplicas"
    return obj.replicas, "spec.replicas" if "replicas" in spec_of(obj) else "spec.replicas (default 1)"


def _designated_primary(obj: K8sObject) -> bool:
    """A workload named as the single writer of a primary/replica pair (`database-primary`, `redis-master`)
    that keeps data on a persistent claim: more copies of it would be more writers, not more capacity."""
    words = re.split(r"[-_.]", obj.name.lower())
    if words[-1] not in ("primary", "master", "leader", "writer"):
        return False
    spec = obj.pod_spec or {}
    claims = [v for v in spec.get("volumes") or () if isinstance(v, dict) and v.get("persistentVolumeClaim")]
    return bool(claims) or bool(spec_of(obj).get("volumeClaimTemplates"))


# Client-side tools whose single instance is the design: a traffic/load generator, a demo bot, a chaos tool.
# Named so (a word of the workload's name) and serving nothing (no Service selects them), they have no
# availability to lose in a rollout; two copies would double the load or the chaos.
_CLIENT_TOOL_WORDS = frozenset({"traffic", "loadgen", "loadgenerator", "bot", "chaos", "chaoskube", "vegeta"})


def _client_tool(graph: KubeGraph, obj: K8sObject) -> str | None:
    words = re.split(r"[-_.]", obj.name.lower())
    joined = {"".join(words[i:i + 2]) for i in range(len(words) - 1)}  # load-generator -> loadgenerator
    word = next((w for w in [*words, *joined] if w in _CLIENT_TOOL_WORDS), None)
    return word if word and not graph.services_for(obj) else None


# A periodic-task scheduler fires each schedule once per running copy: Celery beat (`celery beat`,
# `celery worker --beat`/`-B`), rq-scheduler. One replica of it is the design, not a gap.
_SCHEDULER_WORD = re.compile(r"\bcelery\b|\brq-?scheduler\b")
_CELERY_BEAT_REST = deferred("_CELERY_BEAT_REST",
                             r"[^\n]*?(?:\sbeat\b|\s--beat\b|\s-B\b)")  # only matched right after `celery`
_RQ_SCHEDULER = deferred("_RQ_SCHEDULER", r"\brq-?scheduler\b")


def _scheduler_command(text: str) -> str | None:
    r"""The text's first `celery ... beat` (`--beat`, `-B`; on the line of `celery`) or `rq-scheduler`, as
    `\bcelery\b[^\n]*?(?:\sbeat\b|\s--beat\b|\s-B\b)|\brq-?scheduler\b` would find it, in linear time: that pattern
    read the rest of the line again from every `celery` of a line without a beat switch (3.6 s for 32,000
    characters). When the first `celery` of a line has none after it, no later one on that line has either, and
    only an `rq-scheduler` of that line can come first."""
    pos = 0
    while (word := _SCHEDULER_WORD.search(text, pos)) is not None:
        if word.group(0) != "celery":
            return word.group(0)
        beat = _CELERY_BEAT_REST.match(text, word.end())
        if beat is not None:
            return text[word.start():beat.end()]
        end = text.find("\n", word.end())
        end = len(text) if end == -1 else end
        if (rq := _RQ_SCHEDULER.search(text, word.end(), end)) is not None:
            return rq.group(0)
        pos = end
    return None


def _runs_scheduler(ctx: Context, obj: K8sObject) -> str | None:
    """What shows that obj's containers run a periodic-task scheduler: their command/args, or a script of the
    repository they start (`args: ["docker/run_worker.sh"]` whose line is `celery worker ... --beat`)."""
    files = ctx.files.files
    for c in obj.containers(include_init=False):
        words = [str(w) for w in [*as_list(c.spec.get("command")), *as_list(c.spec.get("args"))]]
        texts = [(" ".join(words), f"container {c.name}'s command")]
        for token in " ".join(words).split():
            name = token.lstrip("./").strip("\"'")
            if name.endswith((".sh", ".bash")) or name.startswith(("bin/", "docker/", "scripts/")):
                script = next((rel for rel in files if rel == name or rel.endswith("/" + name)), None)
                if script:
                    texts.append((ctx.files.read_text(script) or "", script))
        for text, where in texts:
            command = _scheduler_command(text)
            if command:
                return f"{command.strip()[:60]} ({where})"
    return None


def _served_beside_store(graph: KubeGraph, obj: K8sObject) -> list[str]:
    """The containers of a database's pod that are not data stores and that a Service's port targets (by
    containerPort number or name): an application served from the database's pod. Exporters and other sidecars
    that no Service port reaches are not counted."""
    pod = graph.pod_source(obj) or obj
    ports: dict[str, str] = {}  # containerPort number or name -> container name
    for c in pod.containers(include_init=False):
        if data_stores_of_container(c):
            continue
        for port in as_list(c.spec.get("ports")):
            if isinstance(port, dict):
                for key in ("containerPort", "name"):
                    if port.get(key) is not None:
                        ports.setdefault(str(port[key]), c.name)
    served: list[str] = []
    for service in graph.services_for(obj):
        for port in as_list(spec_of(service).get("ports")):
            if not isinstance(port, dict):
                continue
            target = port.get("targetPort", port.get("port"))
            name = ports.get(str(target)) if target is not None else None
            if name and name not in served:
                served.append(name)
    return served


@check(
    "rollout-strategy/replicas",
    title="Enough replicas to roll out and survive a node loss",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="With one replica every rollout, node drain or crash is downtime; a rolling update needs a "
              "second pod to keep serving.",
    remediation="Set spec.replicas (or the HorizontalPodAutoscaler's minReplicas) to at least "
                "policy.min_replicas (default 2).",
    references=(KUBE_SCORE, "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/"),
)
def replicas(ctx: Context) -> Iterator[Finding]:
    minimum = _min_replicas(ctx)

    def judge(graph: KubeGraph, obj: K8sObject) -> Iterator[Finding]:
        count, source = _effective_replicas(graph, obj)
        evidence = {"replicas": count, "from": source, "minimum": minimum}
        store = persistent_store(graph.pod_source(obj) or obj)
        if count >= minimum:
            yield passed(f"{obj.kind} runs at least {count} replicas ({source})", obj.location(None), evidence)
        elif store is not None and store.single_writer and (apps := _served_beside_store(graph, obj)):
            # The database shares its pod with the service a Service sends traffic to: that service has one replica
            # and cannot get a second without a second database (atuin's k8s/atuin.yaml: the sync server and its
            # postgres in one Deployment). The single-writer reason below holds for the database, not for it.
            yield failed(f"{obj.kind} {obj.name} runs {count} replica(s) ({source}) of {', '.join(apps)} beside "
                         f"{store.name} in the same pod: the service cannot be given a second replica without a "
                         f"second database; run the database as its own workload", obj.location(None),
                         {**evidence, "store": store.name, "served_containers": apps})
        elif store is not None and store.single_writer:
            # more copies of a single-writer database's pod do not share its data: HA needs replication
            yield not_applicable(f"{obj.kind} {obj.name} runs {store.name}, a single-writer database: more replicas "
                                 "of the same pod would not share its data (high availability needs replication, "
                                 "e.g. an operator)", obj.location(None))
        elif store is not None and obj.kind == "StatefulSet":
            # a clustered store (Kafka, ZooKeeper, Elasticsearch...) is scaled by its own rules (quorum of 3,
            # replication factors in its configuration): "2 replicas" is not advice that holds for it
            yield not_applicable(f"StatefulSet {obj.name} runs {store.name}: its size is a cluster decision (quorum, "
                                 f"replication factor in its configuration), not a replica count", obj.location(None))
        elif (scheduler := _runs_scheduler(ctx, obj)) is not None:
            yield not_applicable(f"{obj.kind} {obj.name} runs a periodic-task scheduler, {scheduler}: a second "
                                 "replica would fire every scheduled task twice", obj.location(None))
        elif _designated_primary(obj):
            yield not_applicable(f"{obj.kind} {obj.name} is the designated primary (its name says so) on a persistent "
                                 "claim: a single writer, scaled by separate replica workloads", obj.location(None))
        elif (tool := _client_tool(graph, obj)) is not None:
            yield not_applicable(f"{obj.kind} {obj.name} is a client-side tool (its name says {tool!r}) that no "
                                 "Service selects: it serves nothing, so one instance loses no availability and a "
                                 "second would double its load", obj.location(None))
        else:
            field = ("spec", "replicas") if "replicas" in spec_of(obj) else ("spec",)
            yield failed(f"{obj.kind} runs {count} replica(s) ({source}); policy asks for {minimum}",
                         obj.location(field), evidence)

    return _per_scaled(ctx, judge)


def _scaled_pods(value: Any, replicas: int) -> int | None:
    """A PDB's minAvailable/maxUnavailable as a pod count: percentages round up, as the disruption
    controller computes them (intstr.GetScaledValueFromIntOrPercent(..., roundUp=true))."""
    text = str(value).strip()
    # ASCII digits only, and a number int() takes: `"²"` is a digit to str.isdigit, and past 4,300 digits int() raises;
    # either ended the check with a crash. Not a count: not judged, as any other text.
    digits = text[:-1] if text.endswith("%") else text
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 18):
        return None
    return -(-int(digits) * replicas // 100) if text.endswith("%") else int(digits)


def _pdb_allows_all(pdb: K8sObject, replicas: int) -> str | None:
    """Why this PDB lets every pod go at once at this replica count (`minAvailable: 0`, `maxUnavailable: 100%`, a
    maxUnavailable >= replicas), or None: such a budget protects no more than none."""
    spec = spec_of(pdb)
    max_unavailable, min_available = spec.get("maxUnavailable"), spec.get("minAvailable")
    if min_available is not None and _scaled_pods(min_available, replicas) == 0:
        return f"minAvailable {min_available} keeps no pod available"
    if max_unavailable is not None:
        allowed = _scaled_pods(max_unavailable, replicas)
        if allowed is not None and allowed >= replicas:
            return f"maxUnavailable {max_unavailable} allows all {replicas} replica(s) to be evicted"
    return None


def _pdb_blocks(pdb: K8sObject, replicas: int) -> str | None:
    """Why this PDB forbids every voluntary eviction at this replica count, or None."""
    spec = spec_of(pdb)
    max_unavailable, min_available = spec.get("maxUnavailable"), spec.get("minAvailable")
    if max_unavailable is not None:
        allowed = _scaled_pods(max_unavailable, replicas)
        if allowed == 0:
            return f"maxUnavailable {max_unavailable} of {replicas} replica(s) allows 0 evictions"
    if min_available is not None:
        needed = _scaled_pods(min_available, replicas)
        # minAvailable 0 lets every pod go, at any count (JupyterHub's user-placeholder: 0 replicas by default, a
        # budget that exists to let the autoscaler evict them): 0 >= 0 is no block
        if needed is not None and needed > 0 and needed >= replicas:
            shown = f"{min_available} (= {needed} pods)" if str(min_available).endswith("%") else str(min_available)
            return f"minAvailable {shown} >= replicas {replicas}"
    return None


@check(
    "rollout-strategy/pdb",
    title="A PodDisruptionBudget protects the pods without blocking evictions",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="Without a PodDisruptionBudget a node drain may evict every replica at once; with one that "
              "allows no disruption (maxUnavailable 0, minAvailable = replicas) drains and cluster upgrades "
              "hang forever.",
    remediation="Add a PodDisruptionBudget selecting the pods with maxUnavailable: 1 (or minAvailable below "
                "the replica count).",
    references=(PDB_DOC, KUBE_SCORE, POLARIS),
)
def pdb(ctx: Context) -> Iterator[Finding]:
    def judge(graph: KubeGraph, obj: K8sObject) -> Iterator[Finding]:
        count, source = _effective_replicas(graph, obj)
        pods = graph.pod_source(obj)
        if pods is None:
            yield skipped(f"{obj.kind} {obj.name} takes its pods from {'/'.join(graph.workload_ref(obj) or ())}, "
                          "which is not in the manifests: its PodDisruptionBudget cannot be matched",
                          obj.location(None))
            return
        budgets = graph.pdbs_for(pods)
        if not budgets and count < 2:
            yield not_applicable(f"{obj.kind} runs {count} replica ({source}): a PodDisruptionBudget cannot "
                                 "keep one pod available (see rollout-strategy/replicas)", obj.location(None))
        elif not budgets:
            yield failed(f"no PodDisruptionBudget selects the pods of {obj.kind} {obj.name}",
                         obj.location(("spec", "template", "metadata", "labels")), {"replicas": count})
        for budget in budgets:
            evidence = {"pdb": budget.name, "replicas": count,
                        **_pick(spec_of(budget), "minAvailable", "maxUnavailable")}
            why = _pdb_blocks(budget, count)
            lets_all = _pdb_allows_all(budget, count)
            if why:
                yield failed(f"PodDisruptionBudget {budget.name} blocks every eviction: {why}",
                             budget.location(("spec",)), evidence)
            elif lets_all and count < 2:
                yield not_applicable(f"{obj.kind} runs {count} replica ({source}) and PodDisruptionBudget "
                                     f"{budget.name} keeps none available ({lets_all}): nothing to protect (see "
                                     "rollout-strategy/replicas)", obj.location(None))
            elif lets_all:
                yield failed(f"PodDisruptionBudget {budget.name} protects nothing: {lets_all}, so a drain may evict "
                             f"every pod of {obj.kind} {obj.name} at once", budget.location(("spec",)), evidence)
            else:
                yield passed(f"PodDisruptionBudget {budget.name} protects {obj.kind} {obj.name}",
                             obj.location(None), evidence)

    return _per_scaled(ctx, judge)


@check(
    "rollout-strategy/progress-deadline",
    title="Rollouts declare progressDeadlineSeconds and minReadySeconds",
    severity="low",
    needs=("kubernetes manifests",),
    rationale="progressDeadlineSeconds makes a stuck rollout fail visibly (so CD can roll back) instead of "
              "hanging; minReadySeconds keeps a pod out of the count until it has stayed ready for a while, "
              "which catches crash-after-start releases.",
    remediation="Set spec.progressDeadlineSeconds (e.g. 300) and spec.minReadySeconds (e.g. 10).",
    references=("https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#progress-deadline-seconds",),
)
def progress_deadline(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    workloads = [o for o in _scaled(graph) if o.kind in ("Deployment", "Rollout")]
    if not workloads:
        yield not_applicable("no Deployment or Argo Rollout in the manifests")
        return
    for obj in workloads:
        spec = spec_of(obj)
        missing = [k for k in ("progressDeadlineSeconds", "minReadySeconds") if not spec.get(k)]
        evidence = _pick(spec, "progressDeadlineSeconds", "minReadySeconds")
        if missing:
            yield failed(f"{obj.kind} does not set {' and '.join(missing)} (defaults: 600s deadline, 0s ready)",
                         obj.location(("spec",)), evidence)
        else:
            yield passed(f"{obj.kind} sets progressDeadlineSeconds and minReadySeconds", obj.location(None), evidence)


# --- monitoring --------------------------------------------------------------------------------

PROM_OPERATOR_DOC = "https://prometheus-operator.dev/docs/developer/getting-started/"
ALERTING_DOC = "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/"


def _scrape_annotation(meta: dict[str, Any]) -> bool:
    notes = meta.get("annotations") if isinstance(meta, dict) else None
    return isinstance(notes, dict) and str(notes.get("prometheus.io/scrape", "")).lower() == "true"


@check(
    "monitoring/metrics-scraped",
    title="Prometheus scrapes every workload's metrics",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="Alerts and dashboards only see what Prometheus scrapes: a workload with no ServiceMonitor, "
              "PodMonitor or scrape annotation is invisible to monitoring.",
    remediation="Add a ServiceMonitor selecting the Service (or a PodMonitor selecting the pods), or the "
                "prometheus.io/scrape: \"true\" annotation on the pod template.",
    references=(PROM_OPERATOR_DOC, "https://prometheus.io/docs/prometheus/latest/configuration/configuration/"),
)
def metrics_scraped(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    if not graph.long_running:
        unexposed = _no_metrics_exposed(ctx)
        if unexposed:
            # whatever deploys the service (a remote chart, a PaaS), it has nothing to scrape
            yield unless_unbuilt(ctx, failed(f"{unexposed[0]}, and no workload in the manifests to scrape",
                                             Location(path=unexposed[1], line=unexposed[2]),
                                             remediation="Expose Prometheus metrics (prometheus_client, prom-client, "
                                                         "client_golang, micrometer-registry-prometheus) on /metrics "
                                                         "and have Prometheus scrape the deployed service."),
                                 kinds=POD_KINDS)
        else:
            yield not_applicable(NO_WORKLOADS)
        return
    configmaps: dict[str, list[K8sObject]] = {}
    for cm in graph.kind("ConfigMap"):
        configmaps.setdefault(cm.name, []).append(cm)
    own_names = {name: obj for obj in graph.long_running for name in _names_of(obj)}
    for obj in graph.long_running:
        containers = obj.containers(include_init=False)
        if containers and all(_sleeps(c) for c in containers):
            yield not_applicable(f"{obj.kind} {obj.name} runs only the pause image: it serves no metrics",
                                 obj.location(None))
            continue
        how: list[str] = []
        astray: list[str] = []  # monitors that select the workload but name a port it does not have
        for svc in graph.services_for(obj):
            for m in graph.service_monitors_for(svc):
                ports = {p.get("name") for p in as_list(spec_of(svc).get("ports")) if isinstance(p, dict)}
                (how if _endpoints_reach(m, "endpoints", ports) else astray).append(
                    f"ServiceMonitor {m.name} (Service {svc.name})")
            if _scrape_annotation(svc.metadata):
                how.append(f"prometheus.io/scrape on Service {svc.name}")
        for m in graph.pod_monitors_for(obj):
            ports = {p.get("name") for c in obj.containers() for p in as_list(c.spec.get("ports"))
                     if isinstance(p, dict)}
            (how if _endpoints_reach(m, "podMetricsEndpoints", ports) else astray).append(f"PodMonitor {m.name}")
        if _scrape_annotation((obj.pod_template or {}).get("metadata") or {}):
            how.append("prometheus.io/scrape on the pod template")
        if not how and (job := _scrape_job_for(ctx, graph, obj)):
            how.append(job)
        if how:
            yield passed(f"{obj.kind} {obj.name} is scraped: {', '.join(how)}", obj.location(None), {"scraped_by": how})
        elif not astray and (push := _otlp_endpoint(obj, configmaps)):
            key, endpoint = push
            evidence = {"otlp": f"{key}={endpoint}"}
            if exporter := _otel_metrics_exporter_of(obj, ctx.use(_otel_metrics_exporters), own_names):
                yield passed(f"{obj.kind} {obj.name} pushes its metrics over OTLP to {endpoint} ({key}; the code "
                             f"exports OpenTelemetry metrics: {exporter[0]} in {exporter[1]})", obj.location(None),
                             {**evidence, "exporter": f"{exporter[0]} ({exporter[1]})"})
            else:
                # (hotrod: OTLP to Jaeger carries its traces; its Go code builds no metric exporter)
                yield failed(f"nothing scrapes {obj.kind} {obj.name}: it sends telemetry over OTLP to {endpoint} "
                             f"({key}), but its code sets up no OpenTelemetry metrics exporter (traces only), and no "
                             "ServiceMonitor, PodMonitor or scrape annotation selects it", obj.location(("metadata",)),
                             evidence)
        elif not astray and (agent := _skywalking_backend(obj)):
            key, backend = agent
            yield passed(f"{obj.kind} {obj.name} reports to SkyWalking's OAP at {backend} ({key}): the SkyWalking "
                         "agent pushes its metrics and traces, from which the OAP computes the service's metrics",
                         obj.location(None), {"skywalking": f"{key}={backend}"})
        elif astray:
            yield failed(f"nothing scrapes {obj.kind} {obj.name}: {', '.join(astray)} select(s) it, but every endpoint "
                         "names a port it does not declare, so Prometheus gets no target",
                         obj.location(("metadata",)), {"monitors": astray})
        else:
            yield failed(f"nothing scrapes {obj.kind} {obj.name} (no ServiceMonitor, PodMonitor or scrape annotation)",
                         obj.location(("metadata",)))


# OpenTelemetry's OTLP exporter endpoint, as the SDKs read it from the environment (and Quarkus' property, which its
# config reads from an environment variable of that exact name: quarkus-super-heroes' ConfigMaps, read with envFrom).
# A workload given one pushes its telemetry to a collector rather than waiting to be scraped.
_OTLP_ENDPOINT_KEYS = ("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT",
                       "QUARKUS_OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT",
                       "quarkus.otel.exporter.otlp.metrics.endpoint", "quarkus.otel.exporter.otlp.endpoint")
# The endpoint alone may carry only traces: these show code or build settings that export *metrics* over OTLP (the
# OpenTelemetry SDKs' metric exporters, .NET's `AddOpenTelemetry().WithMetrics(...)`, Quarkus' metrics switch,
# Micrometer's OTLP registry, the Java agent, which exports metrics by default).
_OTEL_METRICS_WORDS = ("otlpmetricexporter", "otlpgrpcmetricexporter", "otlphttpmetricexporter",
                       "exporter-metrics-otlp", "otlpmetricgrpc", "otlpmetrichttp", "quarkus.otel.metrics.enabled=true",
                       "micrometer-registry-otlp", "management.otlp.metrics", "opentelemetry-javaagent",
                       ".withmetrics(")


# The SkyWalking agents' backend (the Java, Python and Node.js agents' collector address, the Go agent's gRPC reporter):
# a workload given one pushes its telemetry to the OAP (skywalking-showcase's sample services), which computes the
# service's metrics (throughput, latency, success rate) and keeps the agents' runtime metrics: a push, not a scrape.
_SKYWALKING_BACKEND_KEYS = ("SW_AGENT_COLLECTOR_BACKEND_SERVICES", "SW_AGENT_REPORTER_GRPC_BACKEND_SERVICE")


def _skywalking_backend(obj: K8sObject) -> tuple[str, str] | None:
    """(setting, address) when a container of the workload sets a SkyWalking agent's backend in its environment."""
    for c in obj.containers(include_init=False):
        for entry in as_list(c.spec.get("env")):
            if isinstance(entry, dict) and entry.get("name") in _SKYWALKING_BACKEND_KEYS:
                value = entry.get("value")
                if isinstance(value, str) and value.strip() and "{{" not in value:
                    return str(entry["name"]), value.strip()[:200]
    return None


def _otlp_endpoint(obj: K8sObject, configmaps: dict[str, list[K8sObject]]) -> tuple[str, str] | None:
    """(setting, endpoint) when a container of the workload is given an OTLP endpoint in its environment, directly,
    by configMapKeyRef or through a ConfigMap it reads with envFrom; None when its metrics export is switched off
    (OTEL_METRICS_EXPORTER=none)."""
    def configmap_data(ref: Any) -> dict[str, Any]:
        name = ref.get("name") if isinstance(ref, dict) else None
        found = [cm for cm in configmaps.get(str(name), []) if cm.namespace in (obj.namespace, None)]
        data = found[0].body.get("data") if found else None
        return data if isinstance(data, dict) else {}

    for c in obj.containers(include_init=False):
        values: dict[str, Any] = {}
        for source in as_list(c.spec.get("envFrom")):
            if isinstance(source, dict):
                values.update(configmap_data(source.get("configMapRef")))
        for entry in as_list(c.spec.get("env")):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                continue
            value_from = entry.get("valueFrom")
            ref = value_from.get("configMapKeyRef") if isinstance(value_from, dict) else None
            values[entry["name"]] = configmap_data(ref).get(str(ref.get("key"))) if isinstance(ref, dict) \
                else entry.get("value")
        if str(values.get("OTEL_METRICS_EXPORTER", "")).strip().lower() == "none":
            continue
        for key in _OTLP_ENDPOINT_KEYS:
            value = values.get(key)
            if isinstance(value, str) and value.strip() and "{{" not in value:
                return key, value.strip()[:200]
    return None


def _otel_metrics_exporters(ctx: Context) -> list[tuple[str, str]]:
    """(word, file) of the production code, build and configuration files that set up an OpenTelemetry metrics
    exporter (_OTEL_METRICS_WORDS); tests, documentation and lockfiles left out."""
    from deploycheck.sources.codefacts import is_test_path
    from deploycheck.sources.languages import LOCKFILE_NAMES
    from deploycheck.sources.mentions import files_with_words, is_documentation

    found = files_with_words(ctx, _OTEL_METRICS_WORDS, lambda rel: is_test_path(rel) or is_documentation(rel)
                             or rel.rsplit("/", 1)[-1] in LOCKFILE_NAMES)
    return found + _quarkus_yaml_metrics(ctx)


def _quarkus_yaml_metrics(ctx: Context) -> list[tuple[str, str]]:
    """Quarkus' application.yml (quarkus-yaml) turning OTel metrics on as nested keys (`quarkus: otel: metrics:
    enabled: true`, quarkus-super-heroes' rest-heroes), which no word search sees."""
    from deploycheck.sources.codefacts import is_test_path
    from deploycheck.sources.yaml import YamlError, load_all

    out = []
    for rel in ctx.files.glob("application.yml", "application.yaml", "application-*.yml", "application-*.yaml"):
        text = ctx.files.read_text(rel) or ""
        if is_test_path(rel) or "otel" not in text:
            continue
        try:
            docs = load_all(text).docs
        except YamlError:
            continue
        for doc in docs:
            node: Any = doc
            for key in ("quarkus", "otel", "metrics", "enabled"):
                node = node.get(key) if isinstance(node, dict) else None
            if node is True:
                out.append(("quarkus.otel.metrics.enabled: true", rel))
                break
    return out


def _names_of(obj: K8sObject) -> set[str]:
    """The workload's name, its containers' names and its images' last path parts (`rest-villains` of
    quay.io/quarkus-super-heroes/rest-villains:java25): the names its code folder may carry."""
    names = {obj.name}
    for c in obj.containers(include_init=False):
        names.add(c.name)
        image = str(c.spec.get("image") or "")
        names.add(image.rsplit("/", 1)[-1].split("@", 1)[0].split(":", 1)[0])
    names.discard("")
    return names


def _otel_metrics_exporter_of(obj: K8sObject, exporters: list[tuple[str, str]], own_names: dict[str, K8sObject]
                              ) -> tuple[str, str] | None:
    """The exporter that stands for this workload's code: one in a folder named for the workload (its name, a
    container's or its image's); else one in no folder named for another workload of the manifests (a single-service
    repository's code). An exporter found only in another service's folder says nothing about this one."""
    mine = _names_of(obj)
    for word, rel in exporters:
        if mine & set(rel.split("/")[:-1]):
            return word, rel
    for word, rel in exporters:
        if not any(own_names.get(part) not in (None, obj) for part in rel.split("/")[:-1]):
            return word, rel
    return None


def _scrape_job_for(ctx: Context, graph: Any, obj: K8sObject) -> str | None:
    """A Prometheus scrape job of the repository whose static or DNS targets name one of the workload's Services
    (`opencost.opencost`, `opencost.opencost.svc.cluster.local:9003`, `opencost:9003`)."""
    from deploycheck.sources.prometheus import scrape_targets

    targets = ctx.use(scrape_targets)
    if not targets:
        return None
    for svc in graph.services_for(obj):
        namespace = svc.namespace or ""
        names = {svc.name, f"{svc.name}.{namespace}", f"{svc.name}.{namespace}.svc",
                 f"{svc.name}.{namespace}.svc.cluster.local"} if namespace else {svc.name}
        for t in targets:
            host = t.target.rsplit(":", 1)[0] if ":" in t.target else t.target
            if host in names:
                return f"Prometheus scrape job {t.job} ({t.file}) targets Service {svc.name}"
    return None


def _endpoints_reach(monitor: K8sObject, key: str, ports: set[Any]) -> bool:
    """Whether a ServiceMonitor's `endpoints` (PodMonitor's `podMetricsEndpoints`) can scrape the selected object:
    the operator makes targets only of the Service's (container's) ports whose name an endpoint's `port` gives. An
    endpoint by `targetPort`/`portNumber`, without a port name, or with a templated one is taken to reach."""
    endpoints = spec_of(monitor).get(key)
    if not isinstance(endpoints, list) or not endpoints:
        return True
    for endpoint in endpoints:
        port = endpoint.get("port") if isinstance(endpoint, dict) else None
        if (not isinstance(port, str) or "{{" in port or port in ports
                or (isinstance(endpoint, dict) and (endpoint.get("targetPort") is not None
                                                    or endpoint.get("portNumber") is not None))):
            return True
    return False


# Words that show a service emits metrics some way (a Prometheus client, OpenTelemetry metrics pushed over OTLP,
# Micrometer, StatsD/Datadog, Azure Application Insights' SDKs, which push request, dependency and performance
# metrics: Microsoft.ApplicationInsights.AspNetCore, the `applicationinsights` npm package, the Java agent) wherever
# they appear in its code, build or configuration files (documentation and lockfiles left out: a lockfile lists what
# dependencies pull in). Any of them, and "exposes no metrics" is not said.
_METRICS_WORDS = ("prometheus", "opentelemetry", "micrometer", "statsd", "applicationinsights")
# Dependency-name tokens of metrics libraries: prom-client, go-metrics, metrics-core, smallrye-metrics, ddtrace...
_METRICS_PACKAGE_TOKENS = frozenset({"prometheus", "prom", "opentelemetry", "micrometer", "statsd", "dogstatsd",
                                     "datadog", "ddtrace", "newrelic", "metrics", "applicationinsights"})


def _no_metrics_exposed(ctx: Context) -> tuple[str, str, int] | None:
    """(why, file, line) when the repository's service answers HTTP routes but exposes no metrics at all: no route
    with a `metrics` or `prometheus` path segment, no metrics library among the declared dependencies, and none of
    _METRICS_WORDS in any file but documentation and lockfiles. None when it might (python-demoapp: five Flask
    routes, /api/monitor a JSON API for the page's dials, Flask/psutil/gunicorn only)."""
    from deploycheck.sources.codefacts import is_test_path
    from deploycheck.sources.languages import LOCKFILE_NAMES
    from deploycheck.sources.lockfiles import dependency_set
    from deploycheck.sources.mentions import first_word, is_documentation
    from deploycheck.sources.routes import code_routes

    routes = [r for r in ctx.use(code_routes).routes if not is_test_path(r.file)]
    if not routes:
        return None
    if any(part in ("metrics", "prometheus") for r in routes for part in r.path.lower().split("/")):
        return None
    declared = ctx.use(dependency_set).declared_names()
    if any(token in _METRICS_PACKAGE_TOKENS for name in declared for token in re.split(r"[^a-z0-9]+", name)):
        return None
    if first_word(ctx, _METRICS_WORDS, lambda rel: is_documentation(rel) or rel.rsplit("/", 1)[-1] in LOCKFILE_NAMES):
        return None
    first = next((r for r in routes if r.method != "ANY"), routes[0])
    return (f"the service exposes no metrics: {len(routes)} HTTP route(s) (e.g. {first.method} {first.path}), none "
            "on /metrics, and no metrics library (Prometheus client, OpenTelemetry, Micrometer, StatsD, Application "
            "Insights) in its code "
            "or dependencies", first.file, first.line)


_RULE_WORDS = deferred("_RULE_WORDS", r"prometheusrule|\balert\s*:|\bgroups\s*:", re.I)
# a template line that renders a whole value as objects (`{{ tpl (toYaml .) $ }}` under `range .Values.extraObjects`)
_RAW_VALUES = deferred("_RAW_VALUES", r"^\{\{-?\s*(?:tpl|toYaml)\b(?![^}\n]*\bn?indent\s+[1-9])", re.M)


# Words in a dependency's name or alias that say it is made to alert (hmpps' generic-prometheus-alerts renders rules
# about the service from the team's values; a Prometheus, monitoring-stack or SLO chart may carry the team's rules).
_ALERTING_CHART_WORDS = ("alert", "rule", "prometheus", "monitor", "slo")


def _subcharts_cannot_make_own_rules(ctx: Context, entry: str) -> bool:
    """`subchart(s) a, b of chart c` (not vendored, not buildable offline; the chart's own objects were rendered):
    True when none of them can make an alert about this service. A dependency's own rules alert on the dependency
    (Bitnami's mongodb or redis metrics rules, off by default), which `_own_alerts` never counts for the service;
    they count when the team writes or switches them on in its values (`mongodb.metrics.prometheusRule`), or when
    the dependency is an alerting chart (by its name). No values file of the repository may mention rules."""
    names = entry.removeprefix("subchart(s) ").rpartition(" of chart ")[0].split(", ")
    if any(word in name.lower() for name in names for word in _ALERTING_CHART_WORDS):
        return False
    from deploycheck.sources.helm import helm_renders

    values = dict.fromkeys(ctx.files.glob("values*.yaml", "values*.yml", "*-values.yaml", "*-values.yml"))
    values.update(dict.fromkeys(vf for render in ctx.use(helm_renders) for vf in render.values_files))
    return not any(_RULE_WORDS.search(ctx.files.read_text(rel) or "") for rel in values)


def _chart_cannot_make_rules(ctx: Context, unbuilt: list[str]) -> list[str] | None:
    """The charts among `unbuilt` when every one is a chart that cannot make alerting rules whatever its values:
    no dependency, no template or values file mentioning PrometheusRule, `alert:` or `groups:`, and no template
    that renders a value as objects; and missing subcharts that cannot make the service's own (see
    `_subcharts_cannot_make_own_rules`). None when any unbuilt source might (an overlay, such a chart)."""
    charts = []
    for entry in unbuilt:
        if entry.startswith("subchart(s) ") and _subcharts_cannot_make_own_rules(ctx, entry):
            charts.append(entry)
            continue
        if entry.startswith("template(s) "):  # templates left out of a chart's render: the whole chart is read
            entry = "chart " + entry.rpartition(" of chart ")[2]
        if not entry.startswith("chart "):
            return None  # a kustomize overlay or missing subcharts that might: anything may be in there
        chart = entry.removeprefix("chart ").strip("/")
        chart = "" if chart == "." else chart
        prefix = f"{chart}/" if chart else ""
        files = [f for f in ctx.all_files.files if f.startswith(prefix)]
        chart_yaml = ctx.all_files.read_text(f"{prefix}Chart.yaml") or ""
        if (f"{prefix}requirements.yaml" in files or any(f.startswith(f"{prefix}charts/") for f in files)
                or re.search(r"^dependencies\s*:", chart_yaml, re.M)):
            return None
        for rel in files:
            text = ctx.all_files.read_text(rel) or ""
            if _RULE_WORDS.search(text) or (rel.startswith(f"{prefix}templates/") and _RAW_VALUES.search(text)):
                return None
        charts.append(chart or ".")
    return charts


# Monitoring stacks whose rule sets come with them (kube-prometheus-stack's ~150 cluster alerts, the kube-prometheus
# jsonnet manifests, VictoriaMetrics' k8s stack): alerts about the cluster and the stack, none about the service.
_MONITORING_STACKS = frozenset({"kube-prometheus", "kube-prometheus-stack", "prometheus-operator",
                                "victoria-metrics-k8s-stack", "kube-state-metrics", "prometheus-node-exporter"})
# (not `release`: a team's own PrometheusRule carries `release: kube-prometheus-stack` so that the stack's Prometheus
# selects it)
_STACK_LABELS = ("app.kubernetes.io/part-of", "app.kubernetes.io/name", "app")
_CHART_LABELS = ("helm.sh/chart", "chart")
_QUOTED = deferred("_QUOTED", r"\"([^\"\n]{1,200})\"")


def _subchart_object(obj: K8sObject) -> bool:
    """A rendered object from a subchart (`<chart>/charts/<sub>/templates/...`): a dependency's, not the team's."""
    if not obj.origin or not obj.origin.startswith("helm:"):
        return False
    chart = obj.origin.removeprefix("helm:").split(" (")[0].strip("/")
    chart = "" if chart == "." else chart
    inside = obj.path[len(chart) + 1:] if chart and obj.path.startswith(f"{chart}/") else obj.path
    return inside.startswith("charts/")


def _stack_object(obj: K8sObject) -> bool:
    """An object of a known monitoring stack, by the labels its chart or jsonnet gives every object
    (`app.kubernetes.io/part-of: kube-prometheus`; `app: kube-prometheus-stack`,
    `chart: kube-prometheus-stack-45.7.1`)."""
    labels = obj.labels
    if any(str(labels.get(k, "")) in _MONITORING_STACKS for k in _STACK_LABELS):
        return True
    return any(str(labels.get(k, "")).rsplit("-", 1)[0] in _MONITORING_STACKS for k in _CHART_LABELS)


def _own_alerts(ctx: Context, alerts: list[Any]) -> list[Any]:
    """The alerts that earn the pass: those the team wrote (a rules file, its own manifest or chart template) and those
    a dependency's chart makes about the service's own workloads (hmpps' generic-prometheus-alerts subchart renders
    `deployment=~"<the service>.*"` from the team's values). A subchart's or a monitoring stack's own rule set
    (kube-prometheus-stack's KubePodCrashLooping, a Bitnami database chart's defaults) is about the cluster or the
    dependency, and would pass a service that nothing watches."""
    from deploycheck.sources.kubernetes import all_objects

    def vendored(obj: K8sObject | None) -> bool:
        return obj is not None and (_subchart_object(obj) or _stack_object(obj))

    names: set[str] = set()
    for obj in ctx.use(all_objects).workloads:
        if not vendored(obj):
            names.add(obj.name)
            meta = (obj.pod_template or {}).get("metadata")
            labels = meta.get("labels") if isinstance(meta, dict) else None
            if isinstance(labels, dict):
                names |= {str(labels[k]) for k in ("app", "app.kubernetes.io/name") if labels.get(k)}
    names.discard("")

    def about_the_service(expr: str) -> bool:
        # a label value naming a workload: `deployment="orders"`, `job=~"orders.*"`, `container="orders-api"`
        return any(v in names or v.rstrip(".*+-_") in names for v in _QUOTED.findall(expr))

    picked = [a for a in alerts if not vendored(a.object) or about_the_service(a.expr)]
    if len(picked) < len(alerts):
        # rules the team wrote into a dependency's values (`redis.metrics.prometheusRule.rules`) are the team's
        written = _alerts_in_team_values(ctx)
        kept = {id(a) for a in picked}
        picked = [a for a in alerts if id(a) in kept or str(a.alert) in written]
    return picked


_ALERT_NAME = deferred("_ALERT_NAME", r"^[ \t-]*alert[ \t]*:[ \t]*[\"']?([A-Za-z_:][\w:]{0,200})", re.M)


def _alerts_in_team_values(ctx: Context) -> set[str]:
    """Alert names written in the values files of the repository's charts, subcharts' own values left out."""
    from deploycheck.sources.kubernetes import chart_directories

    charts = set(chart_directories(ctx))
    # `<chart>/charts/<sub>`; a chart at the root is "" (its subcharts are `charts/<sub>`)
    subcharts = tuple(f"{d}/" for d in charts if "/" in d and d.rsplit("/", 2)[-2] == "charts"
                      and (d.rsplit("/", 2)[0] if d.count("/") >= 2 else "") in charts)
    out: set[str] = set()
    for rel in ctx.files.glob("values*.yaml", "values*.yml", "*-values.yaml", "*-values.yml"):
        if not rel.startswith(subcharts) and "alert" in (text := ctx.files.read_text(rel) or ""):
            out |= set(_ALERT_NAME.findall(text))
    return out


def _rules(ctx: Context) -> Any:
    from deploycheck.sources.prometheus import alert_rules

    return ctx.use(alert_rules)


@check(
    "monitoring/alert-rules",
    title="Alerting rules exist and parse",
    severity="medium",
    needs=("PrometheusRule objects, Prometheus rules files or ConfigMaps holding them",),
    rationale="Metrics nobody alerts on page nobody. Rules that do not parse are silently not loaded by "
              "Prometheus (or block the PrometheusRule admission).",
    remediation="Add a PrometheusRule (or a rules file) with alerts for the service's SLOs, and fix the "
                "reported expression or YAML errors (`promtool check rules`).",
    references=(ALERTING_DOC, "https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/"),
)
def alert_rules_exist(ctx: Context) -> Iterator[Finding]:
    rules = _rules(ctx)
    for problem in rules.problems:
        if problem.status == "skipped":
            yield skipped(problem.message)
        else:
            make = errored if problem.status == "error" else failed
            yield make(problem.message, problem.location, {"validator": rules.validator})
    alerts = [r for r in rules.rules if r.alert]
    if not rules.sources and not rules.problems:
        from deploycheck.sources.kubernetes import all_objects

        none = ("no alerting rules found: no PrometheusRule object, no Prometheus rules file (*.rules, *.rules.yml, "
                "groups: [...]) and no ConfigMap holding one")
        unbuilt = ctx.use(all_objects).unbuilt
        charts = _chart_cannot_make_rules(ctx, unbuilt) if unbuilt else None
        if charts:
            charts = list(dict.fromkeys(charts))  # a chart's left-out templates and its subcharts: named once
            # TailwindTraders: coupons-api does not render with the blank gvalues.yaml, but no file of the chart
            # mentions PrometheusRule, alert: or groups:, so no values could make it render one
            whole = [c for c in charts if not c.startswith("subchart(s) ")]
            subs = list(dict.fromkeys(c for c in charts if c.startswith("subchart(s) ")))
            why = [f"chart {', '.join(whole)} did not render, but none of its files mentions PrometheusRule, alert: or "
                   "groups:, so it cannot make one"] if whole else []
            why += [f"{'; '.join(subs)} not built, but none is an alerting chart and no values file asks for rules: "
                    "a dependency's own rules alert on it, not on this service"] if subs else []
            yield failed(f"{none} ({'; '.join(why)})", None,
                         {**({"unrendered": whole} if whole else {}), **({"not_built": subs} if subs else {})})
        else:
            yield unless_unbuilt(ctx, failed(none), kinds=("PrometheusRule", "ConfigMap"))
    elif not alerts and not rules.problems:
        yield failed(f"{len(rules.rules)} rules found in {len(rules.sources)} places but none is an alert")
    elif not rules.problems and not (own := _own_alerts(ctx, alerts)):
        vendored = sorted({r.source for r in alerts})
        yield failed(f"{len(alerts)} alerting rules found, all shipped by a third-party chart or monitoring stack "
                     f"({', '.join(vendored[:3])}) and none about this service's own workloads: cluster and "
                     "dependency alerts do not page anyone when the service fails", alerts[0].location(),
                     {"vendored": vendored})
    elif not rules.problems:
        alerts = own
        yield passed(f"{len(alerts)} alerting rules in {len(rules.sources)} places parse "
                     f"(checked with {rules.validator})", None,
                     {"sources": rules.sources, "validator": rules.validator})


@check(
    "monitoring/alert-labels",
    title="Alerts carry a severity label and a runbook link",
    severity="medium",
    needs=("PrometheusRule objects or Prometheus rules files",),
    rationale="Alertmanager routes by severity; the person paged at 3 a.m. needs the runbook link in the "
              "alert itself.",
    remediation="Give every alert labels.severity and annotations.runbook_url (or runbook).",
    references=(ALERTING_DOC, "https://monitoring.mixins.dev/"),
)
def alert_labels(ctx: Context) -> Iterator[Finding]:
    rules = _rules(ctx)
    alerts = [r for r in rules.rules if r.alert]
    if not alerts:
        yield skipped("no alerting rules to inspect (see monitoring/alert-rules)")
        return
    for rule in alerts:
        missing = []
        if not rule.labels.get("severity"):
            missing.append("labels.severity")
        if not (rule.annotations.get("runbook_url") or rule.annotations.get("runbook")):
            missing.append("annotations.runbook_url")
        if missing:
            yield failed(f"alert {rule.alert} has no {' and '.join(missing)}", rule.location(),
                         {"group": rule.group})
        else:
            yield passed(f"alert {rule.alert} has severity {rule.labels['severity']} and a runbook link",
                         rule.location(lazy=False), {"group": rule.group})

