"""Live validation: smoke requests against the deployed service, and the performance run against SLOs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, errored, failed, passed, skipped
from deploycheck.model import Finding, Location
from deploycheck.probes import NEEDS_URL, guarded

if TYPE_CHECKING:
    from deploycheck.context import Context


@check(
    "smoke-tests/live-requests",
    title="Smoke requests answer as expected on the deployed service",
    severity="high",
    needs=("--url",),
    live=True,
    rationale="""
        A release that starts but cannot answer its basic requests is broken for every user. The
        configured `smoke:` requests, every HTTP probe path in the manifests and every safe, public,
        parameterless GET of the OpenAPI spec are sent to the target and judged on status, body,
        JSON Schema and latency.""",
    remediation="Fix the failing request (see its status or error), or correct the expectation in `smoke:`.",
    references=("https://martinfowler.com/bliki/SmokeTest.html",),
)
@guarded
def live_requests(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import RequestSpec, base_url, client_for, derived_smoke_requests, run_request

    base = base_url(ctx)
    if not base:
        yield skipped(NEEDS_URL)
        return
    config = ctx.config
    configured = [(i, RequestSpec.from_config(raw, f"smoke[{i}]"))
                  for i, raw in enumerate(config.section("smoke") or []) if isinstance(raw, dict)]
    seen = {spec.path for _, spec in configured}
    derived = [spec for spec in derived_smoke_requests(ctx) if spec.path not in seen]
    if not configured and not derived:
        yield skipped("no smoke requests: declare `smoke:` in .deploycheck.yaml (or HTTP probes / an OpenAPI "
                      "spec to derive defaults from)")
        return
    requests = [(i, spec) for i, spec in configured] + [(None, spec) for spec in derived]
    with client_for(ctx) as client:
        for n, (index, spec) in enumerate(requests, 1):
            ctx.progress(f"smoke {n}/{len(requests)}: {spec.label}")
            result, problems = run_request(client, base, spec)
            where = Location(path=config.display_path, line=config.line_of(("smoke", index)), url=result.url) \
                if index is not None else Location(url=result.url)
            evidence = {"from": spec.origin, "status": result.status, "latency_ms": round(result.latency_ms, 3)}
            if problems:
                yield failed(f"{spec.label} at {result.url} ({spec.origin}): {'; '.join(problems)}", where, evidence)
            else:
                yield passed(f"{spec.label} -> {result.status} in {result.latency_ms:.0f} ms ({spec.origin})",
                             where, evidence)


@check(
    "performance-tests/live-slo",
    title="The service meets its performance SLOs under load",
    severity="high",
    needs=("performance.slo", "--url or performance.k6_summary / locust_csv"),
    live=True,
    rationale="""
        Performance criteria only mean something when measured. deploycheck runs its own open-model
        load (constant arrival rate, latency from the intended send time so a stalling server cannot
        hide slow requests, HdrHistogram percentiles) within performance.max_rate /
        max_duration_s / concurrency_cap, and judges p50/p95/p99, error rate and throughput against
        performance.slo, each with its figure. A k6 --summary-export JSON or a Locust --csv stats
        file named in the config is judged against the same SLOs.""",
    remediation="Find the slow path (p99 first), or adjust the SLO with the service owner if it was unrealistic.",
    references=("https://www.scylladb.com/2021/04/22/on-coordinated-omission/", "https://hdrhistogram.github.io/HdrHistogram/"),
)
@guarded
def live_slo(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import base_url

    perf = ctx.config.section("performance") or {}
    slo = perf.get("slo") or {}
    if not slo:
        yield skipped("no performance SLOs to judge: declare performance.slo (p50_ms, p95_ms, p99_ms, error_rate, "
                      "min_throughput_rps) in .deploycheck.yaml")
        return
    reports = [(key, perf[key]) for key in ("k6_summary", "locust_csv") if perf.get(key)]
    for key, rel in reports:
        yield from _judge_results_file(ctx, key, str(rel), slo)
    base = base_url(ctx)
    if base:
        yield from _own_run(ctx, base, perf, slo)
    elif not reports:
        yield skipped(NEEDS_URL + " to run the load, or performance.k6_summary / locust_csv with results")


def _unreadable_results(ctx: Context, rel: str) -> str | None:
    """Why the results file the config names (or a Locust prefix's `_stats.csv`) must not be read, if it must not:
    the config is trusted, the file is the repository's. A FIFO there blocked the scan for ever and a symlink was
    followed out of the root; a file over the size cap was read whole."""
    root = ctx.root.resolve()
    for candidate in (rel, f"{rel}_stats.csv"):
        try:
            target = (root / candidate).resolve(strict=True)
        except FileNotFoundError:
            continue
        except (OSError, RuntimeError):
            return f"{candidate}: symlink loop; not read"
        if not target.is_relative_to(root):
            return f"{candidate} resolves outside the scanned root; not read"
        if target.is_dir():
            continue
        if not target.is_file():
            return f"{candidate}: not a regular file; not read"
        if target.stat().st_size > ctx.config.max_file_bytes:
            return f"{candidate} exceeds the file size cap (limits.max_file_mb); not read"
    return None


def _judge_results_file(ctx: Context, key: str, rel: str, slo: dict[str, object]) -> Iterator[Finding]:
    from deploycheck.probes.load import ResultsError, read_k6_summary, read_locust_csv

    where = Location(path=rel)
    path = ctx.root / rel
    refused = _unreadable_results(ctx, rel)
    if refused:
        yield errored(refused, where)
        return
    try:
        stats = read_k6_summary(path) if key == "k6_summary" else read_locust_csv(path)
    except ResultsError as exc:
        yield errored(str(exc).replace(str(ctx.root) + "/", ""), where)
        return
    yield from _slo_findings(stats, slo, where)


def _own_run(ctx: Context, base: str, perf: dict[str, object], slo: dict[str, object]) -> Iterator[Finding]:
    from deploycheck.probes.load import LoadPlan, progress_line, run_load

    plan = LoadPlan.from_config(perf)
    unreachable = _preflight(ctx, base, plan.requests[0])
    if unreachable:
        # Loading a target that does not answer measures nothing and took minutes (DNS and connect
        # timeouts for every scheduled request): say why and do not start. Nothing answered, so the service
        # fails the run, as when every load request fails.
        yield failed(f"load test not started: {unreachable}", Location(url=base))
        return
    try:
        stats = run_load(base, plan, ca_file=ctx.target("tls_ca_file"),
                         progress=(lambda s: ctx.progress(progress_line(s))) if ctx.options.progress else None)
    except ValueError as exc:  # e.g. headers_from_env naming an unset variable
        yield errored(f"load run against {base} not started: {exc}", Location(url=base))
        return
    yield from _slo_findings(stats, slo, Location(url=base))


def _preflight(ctx: Context, base: str, spec: object) -> str | None:
    """One request of the plan before the load: a transport failure (DNS, refused, TLS, deadline) stops it."""
    from deploycheck.probes.http import RequestSpec, client_for, run_request

    assert isinstance(spec, RequestSpec)
    with client_for(ctx) as client:
        result, _ = run_request(client, base, spec)
    return f"{result.url} is unreachable ({result.error})" if result.error else None


def _slo_findings(stats: object, slo: dict[str, object], where: Location) -> Iterator[Finding]:
    from deploycheck.probes.load import LoadStats, judge_slo

    assert isinstance(stats, LoadStats)
    evidence = stats.summary()
    suffix = f" — {stats.source}" + (f" ({'; '.join(stats.notes)})" if stats.notes else "")
    for result in judge_slo(stats, slo):
        message = result.message + suffix
        if stats.interrupted:
            # A run stopped early (Ctrl-C, SIGINT) measured only part of the planned load: it can never
            # pass an SLO, whatever its figures say.
            yield errored(f"{message}; the load run was interrupted, so this SLO is not judged", where, evidence)
        elif result.ok is None:
            # Nothing answered: the service failed the run. A figure absent from a results file: we
            # could not judge that SLO, which is an error, not a pass.
            nothing_answered = stats.requests == 0 or stats.errors == stats.requests
            yield failed(message, where, evidence) if nothing_answered else errored(message, where, evidence)
        elif result.ok:
            yield passed(message, where, evidence)
        else:
            yield failed(message, where, evidence)
