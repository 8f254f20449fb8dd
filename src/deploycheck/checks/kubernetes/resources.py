"""resource-limits item: requests and limits on every container, as valid quantities, limits >= requests.

Every finding carries the container's figures (as written, plus CPU in millicores and memory in
MiB) so a reviewer sees the sizing without opening the manifest.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from deploycheck.checks.kubernetes import nothing_found
from deploycheck.checks.registry import check, failed, not_applicable, passed, warned
from deploycheck.model import Finding
from deploycheck.sources.kubernetes import Container, K8sObject, all_objects, parse_quantity

if TYPE_CHECKING:
    from deploycheck.context import Context

RESOURCES = ("cpu", "memory")


@dataclass
class Sizing:
    """A container's requests and limits, as read from its object."""
    obj: K8sObject
    container: Container
    requests: dict[str, Any]
    limits: dict[str, Any]
    has_resources: bool

    def effective_request(self, resource: str) -> Any:
        """Kubernetes defaults a missing request to the limit, so a limit alone also sets the request."""
        return self.requests.get(resource, self.limits.get(resource))

    def evidence(self) -> dict[str, Any]:
        figures: dict[str, Any] = {"requests": dict(self.requests), "limits": dict(self.limits)}
        for group, values in (("requests", self.requests), ("limits", self.limits)):
            for resource in RESOURCES:
                parsed = _parsed(values.get(resource))
                if parsed is not None:
                    unit, value = ("cpu_millicores", parsed * 1000) if resource == "cpu" else \
                        ("memory_mib", parsed / (1 << 20))
                    figures.setdefault(unit, {})[group] = float(round(value, 3))
        return figures

    def location(self, failing: bool, *field: str) -> Any:
        if not failing:
            return self.obj.location(None, self.container.name)  # passes: no line lookup (speed)
        path = (*self.container.path, "resources", *field) if self.has_resources else self.container.path
        return self.obj.location(path, self.container.name)


def _parsed(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return parse_quantity(value)
    except ValueError:
        return None


def sizings(ctx: Context) -> list[Sizing]:
    kube = ctx.use(all_objects)
    out = []
    for obj in kube.objects:
        if obj.pod_template_path is None:
            continue
        for c in obj.containers():
            raw = c.spec.get("resources")
            res: dict[str, Any] = raw if isinstance(raw, dict) else {}
            requests = res.get("requests") if isinstance(res.get("requests"), dict) else {}
            limits = res.get("limits") if isinstance(res.get("limits"), dict) else {}
            out.append(Sizing(obj, c, requests or {}, limits or {}, bool(res)))
    return out


def _label(s: Sizing) -> str:
    kind = "init container" if s.container.init else "container"
    return f"{s.obj.ref} {kind} {s.container.name}"


@check(
    "resource-limits/requests-and-limits",
    title="Every container sets CPU and memory requests and a memory limit",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="Without requests the scheduler cannot place pods sensibly; without a memory limit one leaky "
              "container can take the node down.",
    remediation="Set resources.requests.cpu, resources.requests.memory and resources.limits.memory on "
                "every container and init container.",
    references=("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",),
)
def requests_and_limits(ctx: Context) -> Iterator[Finding]:
    all_sizings = ctx.use(sizings)
    if not all_sizings:
        yield nothing_found(ctx, "no workloads (pods or pod templates) in the manifests")
        return
    for s in all_sizings:
        missing = [name for name, present in (("requests.cpu", s.effective_request("cpu") is not None),
                                              ("requests.memory", s.effective_request("memory") is not None),
                                              ("limits.memory", "memory" in s.limits)) if not present]
        if missing:
            yield failed(f"{_label(s)} has no {', '.join(missing)}", s.location(True), s.evidence())
        else:
            implied = [r for r in RESOURCES if r not in s.requests]
            note = f" (requests.{'/'.join(implied)} default to the limits)" if implied else ""
            yield passed(f"{_label(s)} sets requests and a memory limit{note}", s.location(False), s.evidence())


@check(
    "resource-limits/quantities",
    title="Requests and limits are valid Kubernetes quantities, and limits are not below requests",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="The API server rejects a malformed quantity ('1.5 GB', '100mi') and a limit below its request.",
    remediation="Write quantities as Kubernetes expects (CPU: 500m or 0.5; memory: 128Mi, 1Gi) and keep each "
                "limit at or above its request.",
    references=("https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/",),
)
def quantities(ctx: Context) -> Iterator[Finding]:
    all_sizings = ctx.use(sizings)
    if not all_sizings:
        yield nothing_found(ctx, "no workloads (pods or pod templates) in the manifests")
        return
    checked = failures = 0
    for s in all_sizings:
        bad = False
        for group, values in (("requests", s.requests), ("limits", s.limits)):
            for resource, value in values.items():
                try:
                    parse_quantity(value)
                except ValueError:
                    bad = True
                    yield failed(f"{_label(s)}: {group}.{resource} {value!r} is not a Kubernetes quantity",
                                 s.location(True, group, str(resource)), s.evidence())
        if bad:
            failures += 1
            continue
        for resource in s.limits:
            request, limit = _parsed(s.requests.get(resource)), _parsed(s.limits.get(resource))
            if request is not None and limit is not None and limit < request:
                bad = True
                yield failed(f"{_label(s)}: limits.{resource} {s.limits[resource]} is below requests.{resource} "
                             f"{s.requests[resource]}", s.location(True, "limits", str(resource)), s.evidence())
        if bad:
            failures += 1
        elif s.requests or s.limits:
            checked += 1
    if checked:
        yield passed(f"{checked} containers have valid quantities with limits >= requests")
    elif not failures:
        yield not_applicable("no container sets requests or limits (reported by resource-limits/requests-and-limits)")


CPU_POLICIES = {
    "required": "every container must set a CPU limit",
    "recommended": "a CPU limit is recommended on every container",
    "discouraged": "CPU limits are discouraged (they throttle bursts; requests alone share CPU fairly)",
}


@check(
    "resource-limits/cpu-limit",
    title="CPU limits follow the configured policy (policy.cpu_limits: required / recommended / discouraged)",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="Teams differ on CPU limits: they bound noisy neighbours but throttle a container even when the "
              "node is idle. The policy says which way this service goes; the default recommends them.",
    remediation="Set resources.limits.cpu (policy required/recommended), or remove it (policy discouraged), or "
                "change policy.cpu_limits in .deploycheck.yaml.",
    references=("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
                "#how-pods-with-resource-limits-are-run",),
)
def cpu_limit(ctx: Context) -> Iterator[Finding]:
    all_sizings = ctx.use(sizings)
    if not all_sizings:
        yield nothing_found(ctx, "no workloads (pods or pod templates) in the manifests")
        return
    policy = str(ctx.config.policy.get("cpu_limits", "recommended"))
    for s in all_sizings:
        has = "cpu" in s.limits
        evidence = {**s.evidence(), "policy": policy}
        if policy == "discouraged" and has:
            yield warned(f"{_label(s)} sets limits.cpu {s.limits['cpu']}; {CPU_POLICIES[policy]}",
                         s.location(True, "limits", "cpu"), evidence)
        elif policy == "required" and not has:
            yield failed(f"{_label(s)} has no limits.cpu; {CPU_POLICIES[policy]}", s.location(True), evidence)
        elif policy == "recommended" and not has:
            yield warned(f"{_label(s)} has no limits.cpu; {CPU_POLICIES[policy]}", s.location(True), evidence)
        else:
            state = "sets" if has else "has no"
            yield passed(f"{_label(s)} {state} limits.cpu (policy: {policy})", s.location(False), evidence)
