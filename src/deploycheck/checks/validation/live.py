"""Live validation: smoke requests against the deployed service, and the performance run against SLOs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, passed, skipped
from deploycheck.model import Finding, Location
from deploycheck.probes import guarded

if TYPE_CHECKING:
    from deploycheck.context import Context

NEEDS_URL = "needs --url (or `url:` in the chosen environment)"


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
            evidence = {"from": spec.origin, "status": result.status, "latency_ms": round(result.latency_ms, 1)}
            if problems:
                yield failed(f"{spec.label} at {result.url} ({spec.origin}): {'; '.join(problems)}", where, evidence)
            else:
                yield passed(f"{spec.label} -> {result.status} in {result.latency_ms:.0f} ms ({spec.origin})",
                             where, evidence)
