"""Live rollout evidence: the metrics endpoint, Prometheus' view of the service, probe paths that answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped
from deploycheck.model import Finding, Location
from deploycheck.probes import NEEDS_URL, guarded

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.probes.prometheus import ScrapeTarget


@check(
    "monitoring/live-metrics-endpoint",
    title="The metrics endpoint serves valid Prometheus exposition",
    severity="medium",
    needs=("--url",),
    live=True,
    rationale="""
        Alerts and dashboards are blind if the scrape fails or the payload does not parse. The
        metrics path (`probes.metrics_paths`, else from ServiceMonitor/PodMonitor, `prometheus.io/path`,
        default /metrics) is
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
        the manifests (or each path of `probes.health_paths` in the config or the environment) is
        requested through the service URL and must answer 200-399 within the probe's timeout
        (kubelet's rule; 1 s for a configured path the manifests do not probe).""",
    remediation="Serve the probe path cheaply (no downstream calls in liveness) or raise timeoutSeconds.",
    references=("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",),
)
@guarded
def live_probes_answer(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import base_url, client_for, fetch, join, probe_paths
    from deploycheck.sources.kubernetes import all_objects

    base = base_url(ctx)
    if not base:
        yield skipped(NEEDS_URL)
        return
    probes = probe_paths(ctx)
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
        if res.refused:
            yield errored(f"{label}: {res.error}", where, evidence)
        elif res.error:
            yield failed(f"{label}: {res.error}", where, evidence)
        elif not 200 <= (res.status or 0) < 400:
            yield failed(f"{label} answered {res.status} (kubelet needs 200-399)", where, evidence)
        elif res.latency_ms > probe.timeout_s * 1000:
            yield failed(f"{label} took {res.latency_ms:.0f} ms, over its {probe.timeout_s:g} s timeout",
                         where, evidence)
        else:
            yield passed(f"{label} -> {res.status} in {res.latency_ms:.0f} ms (timeout {probe.timeout_s:g} s)",
                         where, evidence)


@check(
    "monitoring/live-prometheus",
    title="Prometheus has the service's rules loaded and its scrape targets up",
    severity="medium",
    needs=("--prometheus-url",),
    live=True,
    rationale="""
        Alert rules in the repository protect nothing until Prometheus has loaded them, and a scrape
        target that is down leaves every alert on it silent. The rules API must list each alerting
        and recording rule found in the repository's PrometheusRule objects and rules files, without
        evaluation errors, and the targets API must show the service's targets (matched by job,
        service, app or pod label) up.""",
    remediation="Deploy the PrometheusRule / rules file (check the operator's ruleSelector), fix the "
                "rule's evaluation error, or fix the scrape (ServiceMonitor selector, port, path).",
    references=("https://prometheus.io/docs/prometheus/latest/querying/api/#rules",),
)
@guarded
def live_prometheus(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import client_for
    from deploycheck.probes.prometheus import PrometheusError, loaded_rules, scrape_targets
    from deploycheck.sources.prometheus import alert_rules

    base = ctx.target("prometheus_url")
    if not base:
        yield skipped("needs --prometheus-url (or `prometheus_url:` in the chosen environment)")
        return
    where = Location(url=str(base))
    repo_rules = ctx.use(alert_rules).rules
    with client_for(ctx, target=str(base)) as client:
        try:
            loaded = loaded_rules(client, str(base))
            targets = scrape_targets(client, str(base))
        except PrometheusError as exc:
            yield failed(f"Prometheus {exc}", where)
            return
    by_name = {(r.name): r for r in loaded}
    if not repo_rules:
        yield skipped("no alerting/recording rules in the repository to look for in Prometheus", where)
    missing = []
    for rule in repo_rules:
        name = rule.alert or rule.record or ""
        got = by_name.get(name)
        if got is None:
            missing.append(rule)
            yield failed(f"rule {name} (group {rule.group}, {rule.source}) is not loaded in Prometheus {base}",
                         rule.location())
        elif got.health == "err":
            yield failed(f"rule {name} is loaded but fails to evaluate: {got.last_error}", where,
                         {"group": got.group, "file": got.file})
    if repo_rules and not missing:
        yield passed(f"all {len(repo_rules)} rule(s) from the repository are loaded in Prometheus", where,
                     {"rules": sorted({r.alert or r.record or '' for r in repo_rules})[:20]})
    yield from _target_findings(ctx, targets, where)


def _service_names(ctx: Context) -> set[str]:
    from deploycheck.sources.kubernetes import all_objects

    names = {o.name for o in ctx.use(all_objects).objects if o.kind in ("Service", *WORKLOAD_KINDS)}
    if ctx.config.service:
        names.add(ctx.config.service)
    return names


WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Rollout")


def _target_findings(ctx: Context, targets: list[ScrapeTarget], where: Location) -> Iterator[Finding]:
    names = _service_names(ctx)
    if not names:
        yield skipped("no service name to find scrape targets by: set `service:` in the config", where)
        return
    mine = [t for t in targets if t.matches(names)]
    if not mine:
        jobs = sorted({t.labels.get("job", "?") for t in targets})
        yield failed(f"Prometheus has no active scrape target for {', '.join(sorted(names))} "
                     f"(matched on {', '.join(('job', 'service', 'app', 'pod'))} labels; jobs: "
                     f"{', '.join(jobs[:10]) or 'none'})", where)
        return
    down = [t for t in mine if t.health != "up"]
    for t in down:
        yield failed(f"scrape target {t.scrape_url} (job {t.labels.get('job')}) is {t.health}: "
                     f"{t.last_error or 'no error reported yet'}", Location(url=t.scrape_url))
    if not down:
        yield passed(f"{len(mine)} scrape target(s) of the service up in Prometheus", where,
                     {"targets": [t.scrape_url for t in mine][:10]})
