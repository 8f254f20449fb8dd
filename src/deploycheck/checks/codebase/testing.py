"""unit-tests / integration-tests / e2e-tests: a suite exists, its results are green, coverage holds.

The three items share one shape, so one set of functions serves them, registered once per kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, errored, failed, manual, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.testsuites import (
    DEFAULT_JUNIT,
    KINDS,
    SuiteInventory,
    SuiteRun,
    classify_path,
    cluster_test_scripts,
    redact,
    suite_inventory,
)

if TYPE_CHECKING:
    from deploycheck.context import Context

_LABEL = {"unit": "unit", "integration": "integration", "e2e": "end-to-end"}
_WHERE = {
    "unit": "tests/ (pytest test_*.py), *.test.ts, *_test.go, src/test/java, *.Tests/ (.NET)",
    "integration": "tests/integration/, @pytest.mark.integration, *IT.java, //go:build integration, "
                   "*.IntegrationTests/ (.NET), Postman collections, *.http requests with assertions",
    "e2e": "e2e/, cypress/, Playwright specs, @pytest.mark.e2e, Postman collections, *.http requests with assertions",
}


def _runs_for(inv: SuiteInventory, kind: str) -> list[SuiteRun]:
    """Configured runs named after this kind; runs named otherwise ("all", "test") count for every kind."""
    named = [r for r in inv.runs if kind in r.name.lower()]
    if named:
        return named
    return [r for r in inv.runs if not any(k in r.name.lower() for k in KINDS)]


_KIND_WORDS = {"unit": ("unit",), "integration": ("integration",), "e2e": ("e2e", "end-to-end", "end_to_end")}


def _external_suite(ctx: Context, kind: str) -> tuple[str, str] | None:
    """(CI file, called workflow) when a CI job calls another repository's reusable workflow named after this
    kind (`uses: org/app-end-to-end-tests/.github/workflows/e2e.yml@main`): the suite lives there, CI runs it."""
    from deploycheck.sources.ci import reusable_workflow_calls

    return reusable_workflow_calls(ctx, _KIND_WORDS[kind])


def _suite(kind: str) -> Callable[[Context], Iterator[Finding]]:
    def run(ctx: Context) -> Iterator[Finding]:
        inv = ctx.use(suite_inventory)
        files = inv.of_kind(kind)
        count = inv.count(kind)
        by_framework: dict[str, int] = {}
        for f in files:
            by_framework[f.framework] = by_framework.get(f.framework, 0) + f.tests
        evidence: dict[str, Any] = {"tests": count, "files": len(files), "frameworks": by_framework,
                                    "sample": [f"{f.path} ({f.tests}, {f.why})" for f in files[:10]]}
        for path, message, what in inv.problems:
            if what == "test-file" and classify_path(path)[0] == kind:
                yield warned(f"{path}: {message}; its tests were not counted", Location(path=path))
        external = None if files else _external_suite(ctx, kind)
        cluster_jobs = inv.cluster_jobs if kind == "integration" and not files else []
        e2e_jobs = inv.e2e_cluster_jobs if kind == "integration" and not files else []
        if e2e_jobs and not cluster_jobs:
            # the lead's decision of 2026-11-30 s6: an end-to-end suite CI runs against a real cluster covers the
            # integration item when there is no separate integration suite
            e2e = e2e_jobs[0]
            e2e_tests = sum(f.tests for f in inv.of_kind("e2e") if f.path.startswith(e2e.suite + "/"))
            held = f", in {e2e.via[0]}" if e2e.via else ""
            yield passed(f"no separate integration suite, but CI job {e2e.job!r} ({e2e.ci_path}) starts a cluster "
                         f"({e2e.cluster}) and runs the end-to-end suite {e2e.suite}/ ({e2e_tests} tests) in it "
                         f"({e2e.runner!r}{held}): it tests the service against its real dependencies",
                         Location(path=e2e.ci_path, line=e2e.line),
                         {"jobs": [f"{j.ci_path}: {j.job} -> {j.suite}" for j in e2e_jobs[:10]]})
        elif script_jobs := [(j, tests) for j in (inv.cluster_jobs if kind == "e2e" and not files else [])
                             if (tests := cluster_test_scripts(j))]:
            # the deployed system driven by test scripts in a cluster CI starts: end-to-end tests, written as shell
            # (flagger's test/<mesh>/test-*.sh, run by e2e.yaml in kind for each mesh)
            job, tests = script_jobs[0]
            more = f" and {len(tests) - 3} more" if len(tests) > 3 else ""
            yield passed(f"CI job {job.job!r} builds the image, deploys it into a cluster it starts ({job.cluster}) "
                         f"and runs {len(tests)} test script(s) against it ({', '.join(tests[:3])}{more}): an "
                         "end-to-end suite written as scripts", Location(path=job.ci_path, line=job.line),
                         {"jobs": [f"{j.ci_path}: {j.job}" for j, _ in script_jobs[:10]], "scripts": tests[:20]})
        elif cluster_jobs:
            job = cluster_jobs[0]
            shown = ", ".join(job.scripts[:3]) + (f" and {len(job.scripts) - 3} more" if len(job.scripts) > 3 else "")
            via = f" (through {shown})" if job.scripts else ""
            yield passed(f"CI job {job.job!r} builds the image, deploys it into a cluster it starts "
                         f"({job.cluster}) and checks it ({job.check}){via}: an integration suite with no test "
                         "files in the repository", Location(path=job.ci_path, line=job.line),
                         {"jobs": [f"{j.ci_path}: {j.job}" for j in cluster_jobs[:10]]})
        elif external:
            ci_path, uses = external
            # CI runs it, but its tests are out of sight: a person confirms it covers this service (never a
            # pass deploycheck could not look for)
            yield manual(f"the {_LABEL[kind]} suite lives in another repository, which deploycheck cannot read: "
                         f"{ci_path} runs {uses}; confirm it tests this service and sign off",
                         Location(path=ci_path), {"workflow": uses})
        elif not files:
            yield failed(f"no {_LABEL[kind]} test suite found (looked for {_WHERE[kind]})")
        elif count == 0 and (placeholders := [f for f in files if f.constant_only]):
            total = sum(f.constant_only for f in placeholders)
            yield failed(f"the {total} {_LABEL[kind]} test(s) in {len(placeholders)} file(s) only assert constants "
                         "or are empty (Assert.True(true), assert True, an empty body), or expect a response body no "
                         "source file holds (a generator's leftover): they test no code",
                         Location(path=placeholders[0].path), {**evidence, "constant_only": total})
        elif count == 0:
            yield failed(f"{len(files)} {_LABEL[kind]} test file(s) but no test functions in them",
                         Location(path=files[0].path), evidence)
        else:
            left_out = sum(f.constant_only for f in files)
            yield passed(f"{count} {_LABEL[kind]} tests in {len(files)} file(s)" + (
                f" ({left_out} more only assert constants or are empty and are not counted)" if left_out else ""),
                evidence=evidence)
    return run


def _ci_job(inv: SuiteInventory) -> tuple[str, str, int]:
    """(CI file, job, line) of the first CI job that is the integration suite or runs the end-to-end one for it."""
    if inv.cluster_jobs:
        return inv.cluster_jobs[0].ci_path, inv.cluster_jobs[0].job, inv.cluster_jobs[0].line
    return inv.e2e_cluster_jobs[0].ci_path, inv.e2e_cluster_jobs[0].job, inv.e2e_cluster_jobs[0].line


def _results(kind: str) -> Callable[[Context], Iterator[Finding]]:
    def run(ctx: Context) -> Iterator[Finding]:
        inv = ctx.use(suite_inventory)
        for path, message, what in inv.problems:
            if what == "junit":
                yield warned(f"{path}: {message}", Location(path=path))
        for run_ in _runs_for(inv, kind):
            if run_.exit_code is None:
                yield errored(f"test command {run_.name!r} did not finish: {run_.error}",
                              evidence={"command": redact(run_.command)})
            elif run_.exit_code != 0:
                yield failed(f"test command {run_.name!r} exited with {run_.exit_code} after {run_.duration_s} s",
                             evidence={"command": redact(run_.command), "output_tail": run_.output_tail})
            else:
                yield passed(f"test command {run_.name!r} passed in {run_.duration_s} s",
                             evidence={"command": redact(run_.command)})
        if not inv.of_kind(kind) or not inv.count(kind):
            # no suite, or only files whose tests were all counted out (constant-only, empty, a generator's
            # leftover): the suite item says which; there is nothing whose results could be missing
            if kind == "integration" and (inv.cluster_jobs or inv.e2e_cluster_jobs):
                ci_job = _ci_job(inv)
                yield skipped(f"the {_LABEL[kind]} suite runs in CI ({ci_job[0]}: {ci_job[1]}); its results stay "
                              "in CI, so there are none to read here", Location(path=ci_job[0], line=ci_job[2]))
            elif kind == "e2e" and (job := next((j for j in inv.cluster_jobs if cluster_test_scripts(j)), None)):
                yield skipped(f"the {_LABEL[kind]} test scripts run in CI ({job.ci_path}: {job.job}); their results "
                              "stay in CI, so there are none to read here", Location(path=job.ci_path, line=job.line))
            else:
                yield skipped(f"no {_LABEL[kind]} suite, so no results to read")
            return
        results = inv.results_for(kind)
        if not results:
            section = ctx.config.section("tests", {}) or {}
            looked = section.get("junit") or list(DEFAULT_JUNIT)
            yield warned(f"{inv.count(kind)} {_LABEL[kind]} tests exist but no JUnit XML results were found, so "
                         f"nobody can tell they pass", evidence={"looked_in": looked},
                         remediation="Make CI write JUnit XML (pytest --junitxml, jest-junit, go-junit-report, "
                                     "Surefire) where deploycheck looks, or set tests.junit in .deploycheck.yaml; "
                                     "or use --run-tests with tests.commands.")
            return
        for r in results:
            where = Location(path=r.path)
            evidence = {"tests": r.tests, "failures": r.failures, "errors": r.errors, "skipped": r.skipped,
                        "time_s": r.time_s, "kind": r.kind or "unknown (counted for every kind)"}
            if not r.ok:
                evidence["failed"] = r.failed
                yield failed(f"{r.path}: {r.failures} failure(s) and {r.errors} error(s) in {r.tests} tests",
                             where, evidence)
            elif r.tests == 0:
                yield warned(f"{r.path}: the result file holds no test cases", where, evidence)
            elif r.skipped >= r.tests:  # a run that skipped everything shows nothing passes
                yield warned(f"{r.path}: all {r.tests} tests were skipped, so none ran", where, evidence)
            else:
                yield passed(f"{r.path}: {r.tests} tests, none failed", where, evidence)
    return run


def _coverage(ctx: Context) -> Iterator[Finding]:
    inv = ctx.use(suite_inventory)
    for path, message, what in inv.problems:
        if what == "coverage":
            yield warned(f"{path}: {message}", Location(path=path))
    if not inv.coverage:
        yield skipped("no coverage report found (Cobertura coverage.xml, lcov.info, JaCoCo XML, coverage.json)")
        return
    threshold = inv.coverage_threshold
    for cov in inv.coverage:
        evidence = {"percent": cov.percent, "threshold": threshold, "format": cov.format,
                    "lines": cov.lines_valid, "covered": cov.lines_covered}
        if cov.percent < threshold:
            yield warned(f"{cov.path}: line coverage {cov.percent}% is below the {threshold:g}% threshold",
                         Location(path=cov.path), evidence,
                         remediation="Add tests for the uncovered code, or set tests.coverage_threshold to the "
                                     "level the team agreed on.")
        else:
            yield passed(f"{cov.path}: line coverage {cov.percent}% (threshold {threshold:g}%)",
                         Location(path=cov.path), evidence)


# The ids registered below by calls of check() (not @check decorators), written out: `--only` and the config's
# validation read check ids from the modules' text without importing them (registry.declared_checks;
# tests/test_registry_lazy.py holds this list to what the calls register).
CHECK_IDS = ("unit-tests/suite", "unit-tests/results", "integration-tests/suite", "integration-tests/results",
             "e2e-tests/suite", "e2e-tests/results", "unit-tests/coverage")

for _kind in KINDS:
    _item = f"{_kind}-tests"
    check(
        f"{_item}/suite",
        title=f"A {_LABEL[_kind]} test suite exists",
        severity="high",
        needs=("test files",),
        rationale=f"The checklist asks for {_LABEL[_kind]} tests; a service without them has nothing that "
                  f"catches a regression at that level before users do.",
        remediation=f"Add {_LABEL[_kind]} tests where the ecosystem expects them ({_WHERE[_kind]}), or mark "
                    f"existing ones (pytest marker, directory) so they are recognised.",
    )(_suite(_kind))
    check(
        f"{_item}/results",
        title=f"The {_LABEL[_kind]} tests pass (JUnit XML results or --run-tests)",
        severity="high",
        needs=("JUnit XML results", "--run-tests"),
        rationale="Tests that exist but fail, or whose results nobody kept, do not show the release works.",
        remediation="Fix the failing tests; publish JUnit XML from CI so the gate can read it.",
        references=("https://github.com/testmoapp/junitxml",),
    )(_results(_kind))

check(
    "unit-tests/coverage",
    title="Line coverage meets the threshold",
    severity="low",
    needs=("coverage report",),
    rationale="Coverage is a rough floor, not a goal: far below it, large parts of the code run for the first "
              "time in production.",
    remediation="Produce a Cobertura/lcov/JaCoCo report in CI and raise coverage, or agree a threshold in "
                "tests.coverage_threshold.",
)(_coverage)
