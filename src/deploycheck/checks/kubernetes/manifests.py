"""Kubernetes section: manifest parsing and resource requests/limits (helm-chart checks: helm.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped
from deploycheck.model import Finding, Location, Status
from deploycheck.sources.kubernetes import all_objects

if TYPE_CHECKING:
    from deploycheck.context import Context


@check(
    "manifests/parse",
    title="Every manifest file parses",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A file kubectl cannot read fails the deployment; so does a file deploycheck could not read.",
    remediation="Fix the YAML/JSON syntax at the reported line (or exclude the file if it is a template).",
)
def manifests_parse(ctx: Context) -> Iterator[Finding]:
    kube = ctx.use(all_objects)
    for problem in kube.problems:
        yield Finding(check_id="", status=Status(problem.status), message=f"{problem.path}: {problem.message}",
                      location=Location(path=problem.path, line=problem.line))
    seen = {p.path for p in kube.problems}
    for fp in ctx.files.problems:
        if fp.path.endswith((".yaml", ".yml", ".json")) and fp.path not in seen:
            yield Finding(check_id="", status=Status.SKIPPED if fp.kind == "skipped" else Status.ERROR,
                          message=f"{fp.path}: {fp.message}", location=Location(path=fp.path))
    if not kube.objects and not kube.problems:
        yield skipped("no Kubernetes manifests found (plain YAML, Helm charts or configured kustomize overlays)")
    elif not kube.problems:
        yield passed(f"{len(kube.objects)} objects parsed from {len(kube.files)} files and renders")



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
    workloads = ctx.use(all_objects).workloads + ctx.use(all_objects).of_kind("Pod")
    if not workloads:
        yield not_applicable("no workloads (pods or pod templates) in the manifests")
        return
    for obj in workloads:
        for c in obj.containers():
            raw = c.spec.get("resources")
            res: dict[str, Any] = raw if isinstance(raw, dict) else {}
            requests = res.get("requests") or {}
            limits = res.get("limits") or {}
            missing = [name for name, present in (("requests.cpu", "cpu" in requests),
                                                  ("requests.memory", "memory" in requests),
                                                  ("limits.memory", "memory" in limits)) if not present]
            evidence = {"requests": requests, "limits": limits}
            if missing:
                yield failed(f"container {c.name} has no {', '.join(missing)}",
                             obj.location((*c.path, "resources") if res else c.path, c.name), evidence)
            else:
                yield passed(f"container {c.name} sets requests and memory limit", obj.location(None, c.name),
                             evidence)
