"""external-services (static): dependencies are known, HTTP calls have timeouts, each dependency has a
health check or a fallback written down."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.codefacts import code_facts

if TYPE_CHECKING:
    from deploycheck.context import Context


@check(
    "external-services/http-timeouts",
    title="Outgoing HTTP calls set a timeout",
    severity="high",
    needs=("source code",),
    rationale="requests waits forever by default: one slow dependency then holds every worker and the service "
              "stops answering its own probes.",
    remediation="Pass timeout= on every call (requests), or create the client with a timeout "
                "(httpx.Client(timeout=...), requests via a Session adapter).",
    references=("https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",),
)
def http_timeouts(ctx: Context) -> Iterator[Finding]:
    facts = ctx.use(code_facts)
    if not facts.files_by_language.get("python"):
        yield skipped("HTTP timeouts are read from Python code (requests, httpx, urllib); none found")
        return
    calls = [c for c in facts.http_calls if not c.test]
    if not calls:
        yield not_applicable("no requests/httpx/urllib calls in the Python code")
        return
    bad = 0
    for c in calls:
        where = Location(path=c.file, line=c.line)
        if c.timeout in ("none", "disabled"):
            bad += 1
            what = "timeout=None disables the timeout" if c.timeout == "disabled" else "no timeout"
            yield failed(f"{c.call}(...) has {what}", where, {"library": c.library})
        elif c.timeout == "library-default":
            yield warned(f"{c.call}(...) relies on httpx's implicit 5 s default timeout; set it explicitly", where,
                         {"library": c.library})
    if not bad:
        yield passed(f"{len(calls)} HTTP calls set a timeout", evidence={
            "calls": [f"{c.file}:{c.line} {c.call} ({c.timeout})" for c in calls[:20]]})


@check(
    "external-services/declared",
    title="External dependencies are declared with a health check or fallback",
    severity="medium",
    needs=("config dependencies or manifests",),
    rationale="During an incident the first question is 'which dependency is down, and what happens then?'; "
              "the answer must exist before the incident.",
    remediation="List each dependency under `dependencies:` in .deploycheck.yaml with `health` (URL or note) and "
                "`fallback` (what the service does when it is down); `deploycheck verify` then probes them.",
)
def declared(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.external import declared_dependencies, discovered_dependencies

    deps = declared_dependencies(ctx)
    found = discovered_dependencies(ctx)
    config_line = ctx.config.line_of(("dependencies",))
    config_path = ctx.config.display_path if ctx.config.path else None
    if not deps and not found:
        yield not_applicable("no dependencies declared in the config and no URLs in the manifests' env")
        return
    known_hosts = {d.host for d in deps if d.host}
    for item in found:
        if item.host not in known_hosts:
            yield warned(f"{item.env} points at {item.url}, which is not listed under `dependencies:` in the config",
                         item.where, {"host": item.host})
    raw = ctx.config.section("dependencies") or []
    for i, dep in enumerate(deps):
        entry = raw[i] if i < len(raw) and isinstance(raw[i], dict) else {}
        where = Location(path=config_path, line=ctx.config.line_of(("dependencies", i)) or config_line)
        notes = {k: entry.get(k) for k in ("health", "fallback") if entry.get(k)}
        if not notes:
            yield failed(f"dependency {dep.name} has neither a health check nor a fallback note", where)
        else:
            yield passed(f"dependency {dep.name}: {', '.join(notes)} written down", where, notes)
    if found and not deps:
        yield failed(f"{len(found)} dependencies found in the manifests but none declared with health/fallback",
                     Location(path=config_path) if config_path else None,
                     {"discovered": [f"{d.env}={d.url}" for d in found[:10]]})
