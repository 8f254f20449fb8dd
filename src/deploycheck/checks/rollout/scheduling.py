"""Rollout section, how pods are placed and scaled: replicas spread over nodes/zones, autoscalers that
agree with their targets, CronJobs that cannot pile up or silently stop, and pods that no controller
recreates. kube-score's reliability checks cover the same ground (host anti-affinity, topology spread,
HPA target/replicas, CronJob deadline); the rules here are written from their documentation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.checks.rollout.kubernetes import _effective_replicas, _scaled
from deploycheck.lazy_re import deferred
from deploycheck.model import Finding
from deploycheck.sources.k8s_graph import KubeGraph, as_dict, as_list, dig, is_helm_hook, kube_graph, spec_of
from deploycheck.sources.kubernetes import K8sObject
from deploycheck.sources.yaml import YamlError, load_one

if TYPE_CHECKING:
    from deploycheck.context import Context

KUBE_SCORE = "https://github.com/zegl/kube-score/blob/master/README_CHECKS.md"
SPREAD_DOC = "https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/"
AFFINITY_DOC = "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity"
HPA_DOC = "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/"
CRONJOB_DOC = "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/"


def _spread(pod_spec: dict[str, Any]) -> str | None:
    """How the pods are kept apart, or None."""
    constraints = [as_dict(c) for c in as_list(pod_spec.get("topologySpreadConstraints"))]
    keys = sorted({str(c.get("topologyKey")) for c in constraints if c.get("topologyKey")})
    if keys:
        return f"topologySpreadConstraints on {', '.join(keys)}"
    anti = as_dict(dig(pod_spec, "affinity", "podAntiAffinity"))
    terms = [as_dict(t) for t in as_list(anti.get("requiredDuringSchedulingIgnoredDuringExecution"))]
    terms += [as_dict(as_dict(t).get("podAffinityTerm")) for t in
              as_list(anti.get("preferredDuringSchedulingIgnoredDuringExecution"))]
    keys = sorted({str(t.get("topologyKey")) for t in terms if t.get("topologyKey")})
    return f"podAntiAffinity on {', '.join(keys)}" if keys else None


@check(
    "rollout-strategy/spread",
    title="Replicas are spread over nodes (anti-affinity or topology spread)",
    severity="low",
    needs=("kubernetes manifests",),
    rationale="Several replicas on one node are one node failure (or one drain) away from zero: the scheduler "
              "only spreads them when told to.",
    remediation="Add topologySpreadConstraints (topologyKey kubernetes.io/hostname, and topology.kubernetes.io/"
                "zone across zones) or a preferred podAntiAffinity on the hostname for the workload's own labels.",
    references=(SPREAD_DOC, AFFINITY_DOC, KUBE_SCORE),
)
def spread(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    workloads = _scaled(graph)
    if not workloads:
        yield not_applicable("no Deployment, StatefulSet or Argo Rollout in the manifests")
        return
    for obj in workloads:
        count, source = _effective_replicas(graph, obj)
        pods = graph.pod_source(obj) or obj
        how = _spread(pods.pod_spec or {})
        if count < 2:
            yield not_applicable(f"{obj.kind} {obj.name} runs {count} replica ({source}): nothing to spread",
                                 obj.location(None))
        elif how:
            yield passed(f"{obj.kind} {obj.name}: {count} replicas kept apart by {how}", obj.location(None),
                         {"replicas": count, "spread": how})
        else:
            yield failed(f"{obj.kind} {obj.name} runs {count} replicas ({source}) with neither podAntiAffinity nor "
                         "topologySpreadConstraints: they may all land on one node", pods.location(
                             (*(pods.pod_template_path or ()), "spec")), {"replicas": count})


def _requested(target: K8sObject, resource: str) -> list[str]:
    """Containers of the target without a request for `resource` (cpu or memory)."""
    return [c.name for c in target.containers(include_init=False)
            if not dig(c.spec, "resources", "requests", resource)]


def _utilization_resources(hpa: K8sObject) -> list[str]:
    """Resources whose *utilization* (a share of the request) the HPA scales on."""
    spec = spec_of(hpa)
    if "targetCPUUtilizationPercentage" in spec:  # autoscaling/v1
        return ["cpu"]
    metrics = as_list(spec.get("metrics"))
    if not metrics and hpa.api_version == "autoscaling/v1":
        return ["cpu"]  # v1 without a target: 80 % CPU utilization
    out = []
    for metric in metrics:
        resource = as_dict(as_dict(metric).get("resource") or as_dict(metric).get("containerResource"))
        target = as_dict(resource.get("target"))
        if target.get("type") == "Utilization" or "targetAverageUtilization" in resource:
            out.append(str(resource.get("name")))
    return out


_VALUES_NAME = deferred("_VALUES_NAME", r"(?:^|[-_.])values(?:[-_.][\w.-]*)?\.ya?ml$", re.I)


def _external_chart_releases(ctx: Context) -> dict[str, str]:
    """fullnameOverride -> values file, for values files of a chart the repository does not hold (no Chart.yaml
    beside them): the team installs a published chart with them (`helm install accounts-db bitnami/postgresql-ha
    -f values.yaml`), and that release makes objects named `<fullnameOverride>-...` (bank-of-anthos'
    extras/postgres-hpa: its HPA scales StatefulSet accounts-db-postgresql of that release)."""
    files = set(ctx.all_files.files)
    out: dict[str, str] = {}
    for rel in sorted(files):
        folder, _, name = rel.rpartition("/")
        if not _VALUES_NAME.search(name) or any(f"{folder}/{c}".lstrip("/") in files
                                                  for c in ("Chart.yaml", "Chart.yml")):
            continue
        try:
            values = load_one(ctx.all_files.read_text(rel) or "")
        except YamlError:
            continue
        override = values.get("fullnameOverride") if isinstance(values, dict) else None
        if isinstance(override, str) and override.strip():
            out.setdefault(override.strip(), rel)
    return out


def _hpa_finding(graph: KubeGraph, hpa: K8sObject, external: set[tuple[str, str]],
                 chart_releases: Callable[[], dict[str, str]]) -> Finding:
    spec = spec_of(hpa)
    ref = as_dict(spec.get("scaleTargetRef"))
    kind, name = str(ref.get("kind", "?")), str(ref.get("name", "?"))
    low, high = spec.get("minReplicas", 1), spec.get("maxReplicas")
    evidence = {"target": f"{kind}/{name}", "minReplicas": low, "maxReplicas": high}
    target = graph.object_named(kind, name, hpa)
    if target is None and (kind, name) in external:
        return skipped(f"HorizontalPodAutoscaler {hpa.name} scales {kind} {name}, declared external in the config: "
                       "not judged here", hpa.location(None))
    releases = chart_releases() if target is None else {}
    release = next((r for r in releases if name == r or name.startswith(f"{r}-")), None)
    if release is not None:
        return skipped(f"HorizontalPodAutoscaler {hpa.name} scales {kind} {name}, made by the release of a chart the "
                       f"repository does not hold ({releases[release]} sets fullnameOverride: {release}): not "
                       "judged here", hpa.location(None), {**evidence, "values": releases[release]})
    if target is None:  # as manifests/references: a warning, the target may come from another install
        return warned(f"HorizontalPodAutoscaler {hpa.name} scales {kind} {name}, which is not in the manifests "
                      f"(external? declare it in external_objects: {kind}/{name})",
                      hpa.location(("spec", "scaleTargetRef")), evidence)
    if isinstance(low, int) and isinstance(high, int) and low > high:
        return failed(f"HorizontalPodAutoscaler {hpa.name}: minReplicas {low} > maxReplicas {high}",
                      hpa.location(("spec", "minReplicas")), evidence)
    pods = graph.pod_source(target) or target
    for resource in _utilization_resources(hpa):
        missing = _requested(pods, resource)
        if missing:
            return failed(f"HorizontalPodAutoscaler {hpa.name} scales on {resource} utilization but container(s) "
                          f"{', '.join(missing)} of {kind} {name} request no {resource}: the autoscaler cannot "
                          "compute it", hpa.location(("spec",)), evidence)
    if "replicas" in spec_of(target):
        return warned(f"{kind} {name} sets spec.replicas ({spec_of(target)['replicas']}) although "
                      f"HorizontalPodAutoscaler {hpa.name} scales it: every apply resets the replica count",
                      target.location(("spec", "replicas")), evidence,
                      remediation="Remove spec.replicas from a workload an autoscaler manages.")
    return passed(f"HorizontalPodAutoscaler {hpa.name} scales {kind} {name} between {low} and {high}",
                  hpa.location(None), evidence)


@check(
    "rollout-strategy/hpa",
    title="Autoscalers agree with the workloads they scale",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="An autoscaler whose target does not exist, whose minimum exceeds its maximum, or that scales on "
              "CPU utilization of containers without a CPU request never scales; a workload that also sets "
              "spec.replicas is reset to that number on every deployment, then scaled back up.",
    remediation="Point scaleTargetRef at the workload, keep minReplicas <= maxReplicas, give every container "
                "the requests the utilization metrics divide by, and leave spec.replicas out of autoscaled "
                "workloads.",
    references=(HPA_DOC, KUBE_SCORE),
)
def hpa(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    hpas = graph.kind("HorizontalPodAutoscaler")
    if not hpas:
        yield not_applicable("no HorizontalPodAutoscaler in the manifests")
        return
    external = {(str(e).split("/")[0], str(e).split("/")[-1]) for e in ctx.config.section("external_objects", []) or []}
    # Read (every values file parsed) only when an autoscaler's target is not in the manifests: on the corpus none
    # is, and reading them was most of this check.
    releases = functools.cache(lambda: _external_chart_releases(ctx))
    for obj in hpas:
        yield _hpa_finding(graph, obj, external, releases)


@check(
    "rollout-strategy/cronjob-policy",
    title="CronJobs set a starting deadline and a concurrency policy",
    severity="low",
    needs=("kubernetes manifests",),
    rationale="Without startingDeadlineSeconds a CronJob that misses more than 100 schedules (controller down, "
              "cluster upgrade) stops being scheduled at all; with the default concurrencyPolicy Allow a slow "
              "run and the next one overlap and pile up.",
    remediation="Set spec.startingDeadlineSeconds (e.g. 300) and spec.concurrencyPolicy: Forbid (or Replace).",
    references=(CRONJOB_DOC, KUBE_SCORE),
)
def cronjob_policy(ctx: Context) -> Iterator[Finding]:
    jobs = [j for j in ctx.use(kube_graph).kind("CronJob") if not is_helm_hook(j)]
    if not jobs:
        yield not_applicable("no CronJob in the manifests")
        return
    for job in jobs:
        spec = spec_of(job)
        missing = []
        if not isinstance(spec.get("startingDeadlineSeconds"), int):
            missing.append("no startingDeadlineSeconds")
        if spec.get("concurrencyPolicy", "Allow") == "Allow":
            missing.append("concurrencyPolicy Allow (runs may overlap)")
        evidence = {k: spec.get(k) for k in ("startingDeadlineSeconds", "concurrencyPolicy")}
        if missing:
            yield failed(f"CronJob {job.name}: {' and '.join(missing)}", job.location(("spec",)), evidence)
        else:
            yield passed(f"CronJob {job.name}: deadline {spec['startingDeadlineSeconds']}s, concurrencyPolicy "
                         f"{spec['concurrencyPolicy']}", job.location(None), evidence)


# A namespace named for tests (`tekton-results-e2e`, `test`, `e2e-runner`): a word of its own between dashes.
_TEST_NAMESPACE = re.compile(r"(?:^|-)(?:e2e|test|tests|testing)(?:-|$)")


@check(
    "rollout-strategy/naked-pods",
    title="Pods are managed by a controller",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="A bare Pod is not recreated when its node fails or it is evicted, cannot be rolled out or back, "
              "and is not counted by PodDisruptionBudgets' controllers.",
    remediation="Run it as a Deployment (or StatefulSet/DaemonSet); one-off tasks as a Job.",
    references=("https://kubernetes.io/docs/concepts/configuration/overview/#naked-pods-vs-replicasets-deployments-and-jobs",),
)
def naked_pods(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    workloads = graph.pod_workloads
    if not workloads:
        yield not_applicable("no pods or pod templates in the manifests")
        return
    pods = [w for w in workloads if w.kind == "Pod"]
    test_pods = [p for p in pods if _TEST_NAMESPACE.search((p.namespace or "")[:253])]
    for pod in pods:
        namespace = pod.namespace or ""
        if pod in test_pods:
            # tekton-results' tools/postgres-migrate/config puts its mysql and postgres Pods in tekton-results-e2e
            # ("intended for local testing only"): a test environment's throwaway Pod, which nothing needs recreated
            yield not_applicable(f"Pod {pod.name} runs in the test namespace {namespace}, not in a deployed one",
                                 pod.location(("kind",)))
            continue
        yield failed(f"Pod {pod.name} is not managed by a controller: nothing recreates it when its node goes",
                     pod.location(("kind",)))
    if len(pods) == len(test_pods) and len(workloads) > len(pods):
        yield passed(f"every pod comes from a controller ({len(workloads) - len(pods)} workloads"
                     + (f"; {len(pods)} bare Pods in test namespaces left out)" if pods else ")"))
