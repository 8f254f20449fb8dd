"""Live rollout evidence: the metrics endpoint, Prometheus' view of the service, probe paths that answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped
from deploycheck.model import Finding, Location
from deploycheck.probes import guarded

if TYPE_CHECKING:
    from deploycheck.context import Context

NEEDS_URL = "needs --url (or `url:` in the chosen environment)"


@check(
    "monitoring/live-metrics-endpoint",
    title="The metrics endpoint serves valid Prometheus exposition",
    severity="medium",
    needs=("--url",),
    live=True,
    rationale="""
        Alerts and dashboards are blind if the scrape fails or the payload does not parse. The
        metrics path (from ServiceMonitor/PodMonitor, `prometheus.io/path`, default /metrics) is
        fetched and parsed with prometheus_client's parser.""",
    remediation="Expose metrics in the Prometheus text format at the path the scrape config uses.",
    references=("https://prometheus.io/docs/instrumenting/exposition_formats/",),
)
@guarded
def live_metrics_endpoint(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import base_url, client_for, fetch, join, metrics_paths, parse_exposition

    base = base_url(ctx)
    if not base:
        yield skipped(NEEDS_URL)
        return
    with client_for(ctx) as client:
        for path in metrics_paths(ctx):
            res = fetch(client, "GET", join(base, path))
            where = Location(url=res.url)
            if res.error or res.status != 200:
                yield failed(f"metrics endpoint {res.describe()}", where, {"status": res.status})
                continue
            parsed = parse_exposition(res.text())
            evidence = {"families": parsed.families, "samples": parsed.samples, "examples": parsed.names[:5]}
            if parsed.error:
                yield failed(f"metrics endpoint {res.url}: {parsed.error}", where)
            elif parsed.families == 0:
                yield failed(f"metrics endpoint {res.url} answered but exposes no metrics", where, evidence)
            else:
                yield passed(f"{res.url} serves {parsed.families} metric families ({parsed.samples} samples)",
                             where, evidence)


@check(
    "health-probes/live-probes-answer",
    title="Each HTTP probe path answers within its timeout",
    severity="high",
    needs=("--url", "kubernetes manifests"),
    live=True,
    rationale="""
        A readiness or liveness path that is missing or slower than its timeoutSeconds makes the
        kubelet restart healthy pods or keep them out of the Service. Each httpGet probe path from
        the manifests is requested through the service URL and must answer 200-399 within the
        probe's timeout (kubelet's rule).""",
    remediation="Serve the probe path cheaply (no downstream calls in liveness) or raise timeoutSeconds.",
    references=("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",),
)
@guarded
def live_probes_answer(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import base_url, client_for, fetch, join, manifest_probe_paths
    from deploycheck.sources.kubernetes import all_objects

    base = base_url(ctx)
    if not base:
        yield skipped(NEEDS_URL)
        return
    probes = manifest_probe_paths(ctx)
    if not probes:
        if ctx.use(all_objects).workloads:
            yield not_applicable("no HTTP (httpGet) probes in the manifests to request")
        else:
            yield skipped("needs Kubernetes manifests with httpGet probes")
        return
    done: set[tuple[str, float]] = set()
    for probe in probes:
        if (probe.path, probe.timeout_s) in done:
            continue
        done.add((probe.path, probe.timeout_s))
        with client_for(ctx, timeout=probe.timeout_s) as client:
            res = fetch(client, "GET", join(base, probe.path), max_bytes=65536)
        where = Location(url=res.url, object=probe.obj.ref if probe.obj else None, container=probe.container)
        evidence = {"probe": probe.kind, "timeout_s": probe.timeout_s, "status": res.status,
                    "latency_ms": round(res.latency_ms, 1)}
        label = f"{probe.kind} probe {probe.path} of {probe.workload}"
        if res.error:
            yield failed(f"{label}: {res.error}", where, evidence)
        elif not 200 <= (res.status or 0) < 400:
            yield failed(f"{label} answered {res.status} (kubelet needs 200-399)", where, evidence)
        elif res.latency_ms > probe.timeout_s * 1000:
            yield failed(f"{label} took {res.latency_ms:.0f} ms, over its {probe.timeout_s:g} s timeout",
                         where, evidence)
        else:
            yield passed(f"{label} -> {res.status} in {res.latency_ms:.0f} ms (timeout {probe.timeout_s:g} s)",
                         where, evidence)
