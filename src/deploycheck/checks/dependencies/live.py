"""Live dependency evidence: each declared external service answers (DNS, TCP, TLS, HTTP), with latency."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.probes import guarded

if TYPE_CHECKING:
    from deploycheck.context import Context


@check(
    "external-services/live-reachable",
    title="Each declared external dependency is reachable and healthy",
    severity="high",
    needs=("dependencies: in the config",),
    live=True,
    rationale="""
        A release whose database, queue or partner API is unreachable from where it runs fails on its
        first real request. Each dependency declared under `dependencies:` is probed step by step
        (DNS, TCP connect, TLS validity for https, HTTP status of its health URL) with the latency of
        each step, and gets its own verdict. Dependencies found only in the manifests' env are
        listed, not probed: deploycheck never contacts a host the user did not name.""",
    remediation="Fix the failing step (DNS record, firewall/NetworkPolicy, certificate, the dependency's health), "
                "or mark the dependency `critical: false` if the service degrades gracefully without it.",
)
@guarded
def live_reachable(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.external import declared_dependencies, discovered_dependencies, probe_dependency

    declared = declared_dependencies(ctx)
    discovered = discovered_dependencies(ctx)
    declared_hosts = {d.host for d in declared if d.host}
    undeclared = [d for d in discovered if d.host not in declared_hosts]
    if not declared and not undeclared:
        yield not_applicable("no external dependencies declared (`dependencies:`) or found in the manifests' env")
        return
    for found in undeclared:
        yield skipped(f"{found.env}={found.url}: not probed (deploycheck only contacts hosts you name); declare it "
                      "under `dependencies:` to probe it", found.where)
    config = ctx.config
    for index, dep in enumerate(declared):
        ctx.progress(f"dependency {dep.name}")
        result = probe_dependency(dep, ctx.target("tls_ca_file"))
        where = Location(path=config.display_path, line=config.line_of(("dependencies", index)), url=dep.target)
        evidence = {"target": dep.target, "critical": dep.critical,
                    "steps": [{"step": s.name, "ok": s.ok, "latency_ms": round(s.latency_ms, 1), "detail": s.detail}
                              for s in result.steps]}
        bad = result.failed_step
        if bad is None:
            yield passed(f"{dep.name} ({dep.target}) reachable: {result.summary()}", where, evidence)
        elif dep.critical:
            yield failed(f"{dep.name} ({dep.target}): {bad.name} failed: {bad.detail}", where, evidence)
        else:
            yield warned(f"{dep.name} ({dep.target}, not critical): {bad.name} failed: {bad.detail}", where, evidence)
