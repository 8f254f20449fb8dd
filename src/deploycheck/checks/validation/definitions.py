"""smoke-tests and performance-tests (static): the tests exist, and performance tests have thresholds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, passed, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.kubernetes import chart_directories

if TYPE_CHECKING:
    from deploycheck.context import Context

_SMOKE = re.compile(r"\bsmoke", re.I)
_K6_IMPORT = re.compile(r"""from\s+['"]k6(/[\w/-]+)?['"]|require\(\s*['"]k6""")
_K6_THRESHOLDS = re.compile(r"\bthresholds\s*:")
_LOCUST = re.compile(r"^\s*(from\s+locust\s+import|import\s+locust)\b", re.M)
_JMX_ASSERTION = re.compile(r"DurationAssertion|ResponseAssertion|JSONPathAssertion")


def _config_location(ctx: Context, key: str) -> Location | None:
    if not ctx.config.path:
        return None
    return Location(path=ctx.config.display_path, line=ctx.config.line_of((key,)))


@check(
    "smoke-tests/defined",
    title="Smoke tests are defined for after the deployment",
    severity="medium",
    needs=("config smoke:, Helm chart tests or CI workflows",),
    rationale="Right after a rollout, a few real requests tell whether the release works before users do.",
    remediation="Add `smoke:` requests to .deploycheck.yaml (run by `deploycheck verify`), Helm chart tests in "
                "templates/tests/, or a smoke job in the deploy pipeline.",
)
def smoke_defined(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.ci import ci_files

    evidence: list[tuple[str, Location | None]] = []
    smoke = ctx.config.section("smoke") or []
    if smoke:
        evidence.append((f"{len(smoke)} smoke requests in the config", _config_location(ctx, "smoke")))
    for chart in chart_directories(ctx):
        prefix = f"{chart}/templates/tests/" if chart else "templates/tests/"
        tests = [f for f in ctx.all_files.files if f.startswith(prefix)]
        if tests:
            evidence.append((f"Helm chart test in {tests[0]}", Location(path=tests[0])))
    for ci in ctx.use(ci_files):
        line = ci.line_of_text("smoke")
        if line:
            evidence.append((f"smoke step in {ci.path}", Location(path=ci.path, line=line)))
    suites = [f for f in ctx.all_files.files if _SMOKE.search(f.rsplit("/", 1)[-1]) and not f.endswith((".md", ".txt"))]
    if suites:
        evidence.append((f"smoke suite {suites[0]}", Location(path=suites[0])))
    if not evidence:
        yield failed("no smoke tests: no `smoke:` in the config, no Helm chart tests, no smoke job in CI")
        return
    for message, where in evidence:
        yield passed(message, where)


@check(
    "performance-tests/defined",
    title="A performance test with thresholds is defined",
    severity="medium",
    needs=("config performance:, k6/Locust/JMeter scripts",),
    rationale="Without thresholds a load test produces numbers nobody compares with anything.",
    remediation="Declare SLOs under performance.slo in .deploycheck.yaml (p95_ms, error_rate, ...), or add "
                "`thresholds` to the k6 script, or assertions to the JMeter plan.",
    references=("https://grafana.com/docs/k6/latest/using-k6/thresholds/",),
)
def performance_defined(ctx: Context) -> Iterator[Finding]:
    perf = ctx.config.section("performance") or {}
    slo = {k: v for k, v in (perf.get("slo") or {}).items() if v is not None}
    found = False
    if slo:
        found = True
        yield passed(f"performance SLOs in the config: {', '.join(f'{k}={v}' for k, v in slo.items())}",
                     _config_location(ctx, "performance"), slo)
    elif perf.get("requests") or perf.get("k6_summary") or perf.get("locust_csv"):
        found = True
        yield failed("performance runs are configured but performance.slo sets no threshold",
                     _config_location(ctx, "performance"))
    for rel in ctx.all_files.with_suffix(".js", ".ts", ".mjs"):
        text = ctx.all_files.read_text(rel) or ""
        if not _K6_IMPORT.search(text):
            continue
        found = True
        if _K6_THRESHOLDS.search(text):
            yield passed(f"k6 script {rel} declares thresholds", Location(path=rel))
        elif not slo:
            yield failed(f"k6 script {rel} has no thresholds (a run can never fail)", Location(path=rel))
    for rel in ctx.all_files.with_suffix(".py"):
        name = rel.rsplit("/", 1)[-1]
        if not name.startswith("locustfile"):
            text = ctx.all_files.read_text(rel) or ""
            if not _LOCUST.search(text):
                continue
        found = True
        if slo:
            yield passed(f"Locust scenario {rel}, judged against the config SLOs", Location(path=rel))
        else:
            yield warned(f"Locust scenario {rel} without thresholds: Locust has none built in; set performance.slo",
                         Location(path=rel))
    for rel in ctx.all_files.with_suffix(".jmx"):
        found = True
        text = ctx.all_files.read_text(rel) or ""
        if _JMX_ASSERTION.search(text) or slo:
            yield passed(f"JMeter plan {rel} has assertions or config SLOs", Location(path=rel))
        else:
            yield warned(f"JMeter plan {rel} has no duration/response assertions", Location(path=rel))
    if not found:
        yield failed("no performance test: no performance.slo in the config, no k6, Locust or JMeter scenario")
