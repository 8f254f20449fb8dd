"""Test suites in the repository, their results and their coverage.

Discovery and classification (unit / integration / e2e) follow each ecosystem's conventions:
directories and file names, pytest markers, jest/vitest `*.test.*`, Go `_test.go` (+ build tags),
JUnit `src/test/java` (`*IT.java` for integration), .NET test projects (`*.UnitTests/`, `*.Tests/`;
`*.FunctionalTests/` and `*.IntegrationTests/` for integration), Cypress/Playwright for e2e. Python tests are
counted by AST, the others by regular expressions over the text (a count, not a parse).
Results come from JUnit XML (junitparser) and coverage from Cobertura XML, JaCoCo XML, lcov and
coverage.py JSON. Result and coverage files are usually git-ignored build output, so the known
locations are looked up on disk directly, not only through the (gitignore-honouring) file index.
`--run-tests` runs the configured commands first; that is the only place this source executes
anything, and only when the user asked for it.
"""

from __future__ import annotations

import ast
import posixpath
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from deploycheck.line_numbers import line_at
from deploycheck.sources.pyast import SourceProblem, each_python_file, python_modules
from deploycheck.sources.target import JVM_NAMED_TEST_SOURCE_SET, JVM_TEST_SOURCE_SET, VENDORED_DIRS

if TYPE_CHECKING:
    from deploycheck.context import Context

KINDS = ("unit", "integration", "e2e")
DEFAULT_JUNIT = ("reports/**/*.xml", "test-results/**/*.xml", "build/test-results/**/*.xml",
                 "target/surefire-reports/*.xml", "target/failsafe-reports/*.xml", "**/junit*.xml",
                 "**/TEST-*.xml", "**/*junit*.xml")
DEFAULT_COVERAGE = ("coverage.xml", "**/cobertura*.xml", "coverage/cobertura-coverage.xml", "lcov.info",
                    "**/lcov.info", "coverage.json", "build/reports/jacoco/**/*.xml", "target/site/jacoco/*.xml",
                    "**/jacoco*.xml", "reports/**/coverage*.xml")
MAX_REPORT_FILES = 500

# (end_to_end: the Python spelling of end-to-end, as pytest's marker name end_to_end is read below; find-moj-data's
# tests/end_to_end/ drives a browser against a real DataHub)
# (acceptance-test/: modern-slavery's browser journeys, acceptance-test/user-pathways/*.test.js with puppeteer)
_E2E_DIRS = {"e2e", "end-to-end", "end_to_end", "end2end", "e2e-tests", "e2e_tests", "cypress", "playwright",
             "acceptance", "acceptance-test", "acceptance-tests", "acceptance_test", "acceptance_tests",
             "system-tests", "system_tests", "journeys"}
_INTEGRATION_DIRS = {"integration", "integration-tests", "integration_tests", "integrationtest", "it", "functional",
                     "component", "contract"}
_TEST_TREE_DIRS = frozenset({"test", "tests", "spec", "specs", "__tests__"})
_INTEGRATION_WORD = re.compile(r"(^|[_.-])integration([_.-]|$)")
_E2E_NAME = re.compile(r"\.(cy|e2e|e2e-spec)\.[cm]?[jt]sx?$|(^|[_.-])e2e([_.-]|$)", re.I)
# Failsafe's *IT.java / *ITCase.java are upper-case IT: case-blind, `AbstractCacheTestInit.java` (TeaStore's
# abstract JUnit base class) ended in "it.java" and counted as an empty integration suite.
_INTEGRATION_NAME = re.compile(r"((?-i:IT|ITCase)|IntegrationTest|IntegrationTests)\.(java|kt)$"
                               r"|(^|[_.-])integration([_.-]|$)", re.I)
# Go's component tests (`component_test.go`, `orders_component_test.go`) run a service with its real adapters, as
# wild-workouts' do against the Firestore emulator and MySQL that CI starts; Go only, since Angular's unit tests are
# `*.component.spec.ts`.
_GO_COMPONENT_NAME = re.compile(r"(?:^|_)component_test\.go$")
_JS_TEST_FILE = re.compile(r"\.(test|spec|cy|e2e|e2e-spec)\.[cm]?[jt]sx?$")
# `it.skip(...)` / `test.skip(...)` never runs (Jest, Mocha, Vitest, Playwright): no test of the suite, as `xit`
_JS_TEST_CALL = re.compile(r"^[ \t]*(?:it|test)(?:\.(?:only|concurrent|each\([^)]*\)))?\s*\(", re.M)
# Rust tests: `#[test]`, or an async runtime's test attribute (`#[tokio::test]`, `#[actix_rt::test]`), in the
# crate's source (`#[cfg(test)] mod tests`, unit tests) or in its tests/ folder (integration tests).
_RUST_TEST = re.compile(r"^[ \t]*#\[(?:\w+::)?test\b", re.M)
_GO_TEST_FUNC = re.compile(r"^func\s+Test\w*\s*\(\s*\w+\s+\*testing\.T\s*\)", re.M)
_GO_BUILD_TAG = re.compile(r"^//\s*(?:go:build|\+build)\s+(.+)$", re.M)
# Go tests that need a running service read its address from the environment and skip themselves without it
# (athens' pkg/stash/with_redis_test.go: `endpoint := os.Getenv("REDIS_TEST_ENDPOINT")`, then `t.SkipNow()` when it is
# empty; its ci.yml sets it beside a redis service container): integration tests by Go's convention, where unit tests
# need no outside service. Bounded runs: linear.
_GO_SERVICE_ENV = re.compile(r"\bos\.(?:Getenv|LookupEnv)\(\s{0,5}\"([A-Z][A-Z0-9_]{0,80}"
                             r"(?:ENDPOINT|_URL|_URI|_HOST|_ADDR|_ADDRESS|_DSN))\"\s{0,5}\)")
_GO_SKIP_CALL = re.compile(r"\.Skip(?:Now|f)?\(")
_JAVA_TEST = re.compile(r"@(?:Test|ParameterizedTest|RepeatedTest|TestFactory)\b")
# A JVM test method with an empty body (Spring Initializr's generated `@Test void contextLoads() { }`, Kotlin's
# `@Test fun contextLoads() {}`) asserts nothing: JUnit reports it green whatever the code does, so it is no
# evidence that tests were written (skywalking-showcase's two services have only that). Each token is a fixed word
# or a bounded class, so the match is linear.
_JAVA_EMPTY_TEST = re.compile(r"@Test\s+(?:(?:public|protected|private|static|final)\s+)*"
                              r"(?:void|fun)\s+\w+\s*\(\s*\)\s*(?:throws\s+[\w.]+(?:\s*,\s*[\w.]+)*\s*)?\{\s*\}")
# JUnit's unconditional switches: `@Disabled` (5) and `@Ignore` (4) on a test method, or on its class (every test of
# it). `@DisabledIf...`/`@DisabledOnOs` are conditions (the test may run) and are not matched.
_JAVA_DISABLED = re.compile(r"@(?:Disabled|Ignore)(?![\w.])")
_JAVA_CLASS = re.compile(r"^[ \t]*(?:(?:public|internal|open|abstract|final|private)[ \t]+)*class[ \t]+\w", re.M)
# A Go test whose first statement is `t.Skip(...)` / `t.Skipf(...)` / `t.SkipNow()` never runs the rest of its body.
_GO_SKIP_FIRST = re.compile(r"\{[ \t]*(?://[^\n]*)?\n(?:[ \t]*(?://[^\n]*)?\n)*[ \t]*\w+\.Skip(?:f|Now)?\(")
# Cucumber-JVM step definitions are the scenarios' test code (`@Given("I am on the home page")`); counted in files that
# import io.cucumber.
_CUCUMBER_STEP = re.compile(r"^[ \t]*@(?:Given|When|Then|And|But)\s*\(", re.M)
# A JVM test file that drives a browser is an end-to-end test, like a .NET test project with Playwright or Selenium;
# so are the Cucumber step definitions of a test source root where a file drives one (yas' automation-ui: steps whose
# page objects import org.openqa.selenium). The root's other tests keep their kind (quarkus-super-heroes: one
# Playwright UI test beside the module's unit tests).
_JAVA_BROWSER = re.compile(r"^import[ \t]+(?:static[ \t]+)?(?:org\.openqa\.selenium|com\.microsoft\.playwright|"
                           r"com\.codeborne\.selenide)\.", re.M)
# .NET: xUnit/NUnit/MSTest test methods, in a test project (`Basket.UnitTests/`, `Catalog.FunctionalTests/`).
_DOTNET_TEST = re.compile(r"^[ \t]*\[(?:Fact|Theory|Test|TestCase|TestMethod|DataTestMethod)\b", re.M)
_DOTNET_TEST_PROJECT = re.compile(r"[Tt]ests?|[\w.-]*[.a-z](?:Unit|Functional|Integration|Component|Contract)?Tests?")
_DOTNET_INTEGRATION_PROJECT = re.compile(r"\.(?:Functional|Integration|Component|Contract)Tests?$", re.I)
# Ruby: RSpec examples in spec/**/*_spec.rb (`it "..." do`, `it { ... }`, `specify`, Capybara's `scenario`), and
# Minitest tests in test/**/*_test.rb (`def test_...`, Rails' `test "..." do`). Each alternative is a fixed word and
# one separator, so the count is linear.
_RSPEC_EXAMPLE = re.compile(r"^[ \t]*(?:it|specify|example|scenario)(?:[ \t]*\(|[ \t]+[\"':{]|[ \t]*\{|[ \t]+do\b)",
                            re.M)
_MINITEST_TEST = re.compile(r"^[ \t]*(?:def[ \t]+test_\w|test[ \t]+[\"'])", re.M)
# RSpec's folders by convention: request specs drive the whole Rails stack over HTTP (what Rails calls integration
# tests), feature and system specs drive a browser through Capybara.
_RSPEC_INTEGRATION_DIRS = frozenset({"requests", "request", "integration", "api"})
_RSPEC_E2E_DIRS = frozenset({"features", "feature", "system"})
# PHP: PHPUnit test methods (`function testX(`, the `#[Test]` attribute, the `@test` annotation) in tests/**/*Test.php.
# Symfony's WebTestCase, KernelTestCase and API Platform's ApiTestCase boot the application (its container, database,
# HTTP kernel): integration tests; PantherTestCase drives a browser. Laravel keeps them in tests/Feature/. Drupal's
# KernelTestBase (a booted kernel and database) and BrowserTestBase (an installed site over HTTP), and Drupal Test
# Traits' ExistingSiteBase (the installed site and its database: prisoner-content-hub-backend's ExistingSite suite)
# are integration tests; WebDriverTestBase and DTT's ExistingSite*DriverTestBase drive a browser.
_PHPUNIT_TEST = re.compile(r"^[ \t]*(?:(?:public|protected)[ \t]+)?(?:static[ \t]+)?function[ \t]+test\w*[ \t]*\("
                           r"|#\[Test\b|@test\b", re.M)
_PHP_KERNEL_TEST = re.compile(r"\bextends[ \t]+\\?(?:\w+\\){0,8}"
                              r"(ApiTestCase|WebTestCase|KernelTestCase|PantherTestCase|KernelTestBase|BrowserTestBase"
                              r"|ExistingSiteBase|WebDriverTestBase|ExistingSite\w*DriverTestBase)\b")
_PHP_BROWSER_BASES = ("PantherTestCase", "DriverTestBase")
_PY_MARKER_KINDS = {"integration": "integration", "e2e": "e2e", "end_to_end": "e2e", "acceptance": "e2e",
                    "system": "e2e", "slow_integration": "integration", "functional": "integration"}


@dataclass
class SuiteFile:
    path: str
    language: str  # python | javascript | go | java | csharp | rust | postman (a collection run by newman) | http
    framework: str  # pytest | unittest | behave | jest | cypress | playwright | go | junit | dotnet | cargo | postman |
    # httpyac
    kind: str  # unit | integration | e2e
    tests: int
    why: str = ""  # what decided the kind ("directory e2e/", "pytest marker integration", ...)
    # test functions left out of `tests` because they only assert constants (`Assert.True(true)`): they test nothing
    constant_only: int = 0


@dataclass
class JUnitResult:
    path: str
    tests: int
    failures: int
    errors: int
    skipped: int
    time_s: float
    failed: list[str] = field(default_factory=list)  # first few "classname.name: message"
    kind: str | None = None  # guessed from the file path / suite names; None when unknown

    @property
    def ok(self) -> bool:
        return self.failures == 0 and self.errors == 0


@dataclass
class CoverageResult:
    path: str
    format: str  # cobertura | jacoco | lcov | coverage.py
    percent: float
    lines_valid: int | None = None
    lines_covered: int | None = None


@dataclass
class SuiteRun:
    name: str
    command: str
    exit_code: int | None  # None: timed out or could not start
    duration_s: float
    output_tail: str
    error: str | None = None


@dataclass(frozen=True)
class ClusterJob:
    """A CI job that builds this repository's image, deploys it into a cluster it starts itself and checks it."""
    ci_path: str
    job: str
    line: int
    cluster: str  # the command or action that starts the cluster
    check: str  # what verifies the deployment (helm test, kubectl wait, ...)
    scripts: tuple[str, ...] = ()  # repository scripts the job runs, read for the commands above


@dataclass(frozen=True)
class E2eClusterJob:
    """A CI job that runs the repository's end-to-end suite against a cluster it starts (kind, k3d, minikube)."""
    ci_path: str
    job: str
    line: int
    cluster: str  # the command or action that starts the cluster
    suite: str  # the end-to-end suite's directory
    runner: str  # the command line that runs it (capped)
    via: tuple[str, ...] = ()  # the repository script or make target that holds that line (none: the job's own)


@dataclass
class SuiteInventory:
    files: list[SuiteFile] = field(default_factory=list)
    results: list[JUnitResult] = field(default_factory=list)
    coverage: list[CoverageResult] = field(default_factory=list)
    # (path, message, what): what is "test-file", "junit" or "coverage"
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    runs: list[SuiteRun] = field(default_factory=list)
    coverage_threshold: float = 80.0
    # CI jobs that test the built image in a throwaway cluster (integration suites with no test files here)
    cluster_jobs: list[ClusterJob] = field(default_factory=list)
    # CI jobs that run the end-to-end suite in a throwaway cluster (read only when no integration suite is found)
    e2e_cluster_jobs: list[E2eClusterJob] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[SuiteFile]:
        return [f for f in self.files if f.kind == kind]

    def count(self, kind: str) -> int:
        return sum(f.tests for f in self.of_kind(kind))

    def results_for(self, kind: str) -> list[JUnitResult]:
        """Result files that belong to `kind`; results of unknown kind count for every kind present."""
        return [r for r in self.results if r.kind in (kind, None)]


# --- classification -------------------------------------------------------------------------------


def classify_path(rel: str) -> tuple[str, str]:
    parts = [p.lower() for p in PurePosixPath(rel).parts]
    name = PurePosixPath(rel).name
    for part in parts[:-1]:
        if part in _E2E_DIRS:
            return "e2e", f"directory {part}/"
    if _E2E_NAME.search(name):
        return "e2e", "file name"
    if m := JVM_TEST_SOURCE_SET.search(rel) or JVM_NAMED_TEST_SOURCE_SET.search(rel):
        # (a named set that drives the deployed service is made end-to-end by _deployed_target_sets)
        return "integration", f"test source set {m.group(0).lstrip('/').rsplit('/', 2)[0]}/"
    for i, part in enumerate(parts[:-1]):
        if part in _INTEGRATION_DIRS:
            return "integration", f"directory {part}/"
        # a folder of the test tree named for its integration tests (modern-slavery's test/_ui-integration/, which
        # `test:ui-integration` hands to mocha; its unit tests are in test/_unit/)
        if _TEST_TREE_DIRS.intersection(parts[:i]) and _INTEGRATION_WORD.search(part):
            return "integration", f"directory {part}/"
    if _INTEGRATION_NAME.search(name) or _GO_COMPONENT_NAME.search(name):
        return "integration", "file name"
    return "unit", "default (no integration/e2e marker, directory or name)"


def _marker_kind(decorators: list[ast.expr]) -> str | None:
    for dec in decorators:
        for node in ast.walk(dec):
            if isinstance(node, ast.Attribute) and node.attr in _PY_MARKER_KINDS and "mark" in ast.unparse(node):
                return _PY_MARKER_KINDS[node.attr]
    return None


def _module_marker(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark"
                                                for t in node.targets):
            values = node.value.elts if isinstance(node.value, ast.List | ast.Tuple) else [node.value]
            found = _marker_kind(list(values))
            if found:
                return found
    return None


def _always_skipped(decorators: list[ast.expr]) -> bool:
    """`@pytest.mark.skip`, `@pytest.mark.skip(reason=...)`, `@unittest.skip("...")`: the test never runs (a
    condition, `skipif`/`skipIf`/`skipUnless`, may let it run, and counts)."""
    for dec in decorators:
        target = dec.func if isinstance(dec, ast.Call) else dec
        name = target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name) else ""
        if name == "skip" and not (isinstance(dec, ast.Call) and any(
                isinstance(a, ast.Name | ast.Compare | ast.BoolOp | ast.UnaryOp | ast.Attribute) for a in dec.args)):
            return True
    return False


def _body_skipped(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """The test's first statement (after a docstring) skips it whatever happens: `pytest.skip("...")`,
    `self.skipTest("...")` (a skip under an `if` may let it run, and counts)."""
    body = [stmt for stmt in fn.body if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))]
    if not body or not (isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Call)):
        return False
    func = body[0].value.func
    return isinstance(func, ast.Attribute) and (func.attr == "skipTest" or (
        func.attr == "skip" and isinstance(func.value, ast.Name) and func.value.id == "pytest"))


def _module_skipped(tree: ast.Module) -> bool:
    """`pytestmark = pytest.mark.skip(...)` (or in a list): every test of the module is skipped."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark"
                                                for t in node.targets):
            values = node.value.elts if isinstance(node.value, ast.List | ast.Tuple) else [node.value]
            if _always_skipped(list(values)):
                return True
    return False


def _python_constant_only(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """The test only asserts constants: `assert True`, `result = False; assert not result`,
    `self.assertTrue(True)`. It can never fail and tests no code. A body without an assertion is not judged (a test
    may exercise code through its fixtures)."""
    bound: set[str] = set()
    asserted = False

    def constant(node: ast.AST) -> bool:
        return all(isinstance(n, ast.Constant | ast.JoinedStr | ast.FormattedValue | ast.Compare | ast.BoolOp
                              | ast.UnaryOp | ast.cmpop | ast.boolop | ast.unaryop | ast.expr_context)
                   or (isinstance(n, ast.Name) and n.id in bound) for n in ast.walk(node))

    for stmt in fn.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # the docstring
        if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets) and \
                constant(stmt.value):
            bound.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
        elif _constant_assertion(stmt, constant):
            asserted = True
        else:
            return False
    return asserted


def _constant_assertion(stmt: ast.stmt, constant: Callable[[ast.AST], bool]) -> bool:
    """`assert <constants>` or `self.assertX(<constants>)` / `assertX(<constants>)`."""
    if isinstance(stmt, ast.Assert):
        return constant(stmt.test) and (stmt.msg is None or constant(stmt.msg))
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return False
    func = stmt.value.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name.startswith("assert") and not stmt.value.keywords and all(constant(a) for a in stmt.value.args)


def _python_tests(tree: ast.Module) -> list[tuple[str | None, str, bool]]:
    """(marker kind or None, framework, asserts only constants) per test function/method, by pytest's collection
    rules; a test skipped unconditionally never runs and is no test of the suite (a suite of `@pytest.mark.skip`
    tests passed)."""
    out: list[tuple[str | None, str, bool]] = []
    if _module_skipped(tree):
        return out
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            if not _always_skipped(node.decorator_list) and not _body_skipped(node):
                out.append((_marker_kind(node.decorator_list), "pytest", _python_constant_only(node)))
        elif isinstance(node, ast.ClassDef):
            unittest = any("TestCase" in ast.unparse(b) for b in node.bases)
            if not (node.name.startswith("Test") or unittest) or _always_skipped(node.decorator_list):
                continue
            class_kind = _marker_kind(node.decorator_list)
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name.startswith("test") and \
                        not _always_skipped(item.decorator_list) and not _body_skipped(item):
                    out.append((_marker_kind(item.decorator_list) or class_kind,
                                "unittest" if unittest else "pytest", _python_constant_only(item)))
    return out


def _python_test_names(ctx: Context) -> list[str]:
    return [rel for rel in ctx.all_files.with_suffix(".py")
            if (PurePosixPath(rel).name.startswith("test_") or rel.endswith("_test.py")) and not _is_fixture(rel)]


def _suite_files(rel: str, tree: ast.Module) -> list[SuiteFile]:
    """One test module's counts (no entry for a fixture: data for tests, not tests)."""
    if _is_fixture(rel):
        return []
    base_kind, why = classify_path(rel)
    module_kind = _module_marker(tree)
    counts: dict[tuple[str, str, str], list[int]] = {}
    for marker, framework, constant_only in _python_tests(tree):
        kind = marker or module_kind or base_kind
        reason = f"pytest marker {kind}" if (marker or module_kind) else why
        tally = counts.setdefault((kind, framework, reason), [0, 0])
        tally[constant_only] += 1
    if not counts:
        return [SuiteFile(rel, "python", "pytest", base_kind, 0, why)]
    return [SuiteFile(rel, "python", framework, kind, real, reason, constant_only)
            for (kind, framework, reason), (real, constant_only) in counts.items()]


_Counted = list[tuple[list[SuiteFile], SourceProblem | None]]


@dataclass
class _Chunk:
    counted: _Counted
    cpu_s: float  # the worker's CPU time so far and its peak resident memory (VmHWM), for DEPLOYCHECK_PROFILE
    peak_mb: int

# Counting tests means parsing every test module with `ast` (a 15,000-commit Django service: 1,219 modules,
# 18 MB, ~6 s of CPU, a quarter of its scan). On a repository with that much test code the parsing goes to one
# worker process, started when the run begins (engine.run), so the machine's second core counts tests while
# the main process reads everything else. The main process reads the files (its caps and symlink rules
# apply as before) and sends their text; the worker only parses text with `ast` (never imports or runs it)
# and sends back the counts. Below the threshold, or on one core, the counting stays in-process.
WORKER_MIN_BYTES = 2 * 1024 * 1024
_CHUNK = 64  # files per task: the worker's memory holds one chunk of text and one tree at a time


def _count_chunk(items: list[tuple[str, str]]) -> _Chunk:
    """Worker side: parse and count one chunk of test modules."""
    import gc
    import os

    from deploycheck.sources.pyast import parse_python

    gc.disable()  # one tree at a time, no cycles in AST nodes (as in pyast.each_python_file)
    out: _Counted = []
    for rel, text in items:
        module, problem = parse_python(rel, text)
        out.append((_suite_files(rel, module.tree) if module is not None else [], problem))
    # VmHWM, not ru_maxrss: after fork+exec ru_maxrss still carries the parent's size at the fork.
    status = Path("/proc/self/status").read_text() if Path("/proc/self/status").exists() else ""
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    times = os.times()
    return _Chunk(out, times.user + times.system, int(found.group(1)) // 1024 if found else -1)


def start_test_count(ctx: Context) -> None:
    """Start counting the Python tests in a worker process when the repository has enough test code for
    the second core to pay off (see WORKER_MIN_BYTES). suite_inventory collects the result. Only when the scan may
    use two processes (deploycheck.parallel.jobs: DEPLOYCHECK_JOBS, else a second core that is not busy): with
    DEPLOYCHECK_JOBS=1 the user asked for one process, and on a loaded machine a worker only adds CPU."""
    from deploycheck.parallel import jobs

    if jobs() < 2:
        return
    items = [(rel, text) for rel in _python_test_names(ctx) if (text := ctx.all_files.read_text(rel)) is not None]
    if sum(len(text) for _, text in items) < WORKER_MIN_BYTES:
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the worker inherits nothing of this process (threads, caches, open files).
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    futures = [pool.submit(_count_chunk, items[i:i + _CHUNK]) for i in range(0, len(items), _CHUNK)]
    ctx.background["python-tests"] = (pool, futures)


def _counted_in_worker(ctx: Context) -> _Counted | None:
    started = ctx.background.pop("python-tests", None)
    if started is None:
        return None
    pool, futures = started
    try:
        chunks: list[_Chunk] = [future.result() for future in futures]
        if ctx.timings is not None:
            import sys

            print(f"deploycheck profile: test-count worker {chunks[-1].cpu_s:.1f} s CPU, peak RSS "
                  f"{max(c.peak_mb for c in chunks)} MB, {sum(len(c.counted) for c in chunks)} test modules",
                  file=sys.stderr)
        return [entry for chunk in chunks for entry in chunk.counted]
    except Exception:  # a worker that died (killed, out of memory), a result it could not send: count in-process
        return None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _discover_python(ctx: Context, inv: SuiteInventory) -> None:
    counted = _counted_in_worker(ctx)
    if counted is None:
        kept = ctx.peek(python_modules)  # a test-named file that counts as production was parsed already
        counted = [(_suite_files(rel, mod.tree) if mod is not None else [], problem)
                   for rel, mod, problem in each_python_file(ctx, _python_test_names(ctx),
                                                             kept.modules if kept else None)]
    for files, _ in counted:
        inv.files.extend(files)
    for _, problem in counted:
        if problem is not None:
            inv.problems.append((problem.path, problem.message, "test-file"))


def _is_fixture(rel: str) -> bool:
    """Test files inside fixture/testdata folders are data for tests, not tests; those of vendored packages (a
    committed node_modules/, vendor/, a virtualenv's site-packages/: the target model's VENDORED_DIRS) are the
    packages' own tests, not this service's."""
    return any(p in ("fixtures", "testdata", "__snapshots__") or p in VENDORED_DIRS
               for p in PurePosixPath(rel).parts[:-1])


# Folders whose every script is a test: Jest's __tests__/, and Cypress's spec folders (cypress/integration/ up
# to Cypress 9, cypress/e2e/ since; TeaStore's e2e-tests/cypress/integration/auth.js has no .cy. in its name).
_JS_SPEC_DIR = re.compile(r"(^|/)(__tests__|cypress/integration|cypress/e2e)/")


# Mocha's default spec location: the scripts directly in `test/` beside a package.json that depends on mocha
# (mern-workshop's backend/test/test.js has no .test./.spec. in its name).
# Also the folders a package.json script hands to mocha (pcq-frontend: `nyc mocha test/unit --reporter spec
# --recursive`, `_mocha './test/**/test*.js'`): with --recursive or a `**` glob every depth below, else the
# scripts directly in the folder (mocha's own reading). pcq-frontend's 40 unit test files in test/unit/ and its
# folders were "no unit test suite found".
def _mocha_spec(ctx: Context, rel: str) -> bool:
    path = PurePosixPath(rel)
    if path.suffix not in (".js", ".cjs", ".mjs", ".ts"):
        return False
    if path.parent.name == "test" and '"mocha"' in (
            ctx.all_files.read_text(str(path.parent.parent / "package.json").removeprefix("./")) or ""):
        return True
    folder = rel.rpartition("/")[0]
    specs = ctx.use(_mocha_spec_folders)
    if folder in specs:
        return True
    parts = folder.split("/")  # the folders above it, looked up (not compared with every spec folder: 2,000 files
    return any(specs.get("/".join(parts[:i])) for i in range(1, len(parts)))  # x 1M crafted specs never ended)


_MOCHA_RUN = re.compile(r"(?:^|[\s;&|(])_?mocha(?=\s)")
# mocha's options that take a value (the value is not a spec path)
_MOCHA_VALUE_OPTIONS = frozenset({"--reporter", "-R", "--timeout", "-t", "--require", "-r", "--config", "--ui", "-u",
                                  "--grep", "-g", "--fgrep", "-f", "--file", "--extension", "--ignore",
                                  "--reporter-option", "--reporter-options", "-O", "--slow", "-s", "--package",
                                  "--opts", "--retries", "--jobs", "-j", "--exclude"})


# Words of mocha commands read per package.json: real ones have a few dozen. A `mocha` among the words of an earlier
# one is one of its words, not a new command: each run read the next 1,000 characters, so scripts of 400 `mocha d`
# each gave 100,000 words a script (300 scripts: 30 million spec folders).
_MAX_MOCHA_WORDS = 20_000
_WORD = re.compile(r"\S+")


def _mocha_spec_folders(ctx: Context) -> dict[str, bool]:
    """{folder relative to the root: every depth below} for the spec folders package.json scripts hand to mocha."""
    import posixpath

    from deploycheck.sources.files import parse_json

    out: dict[str, bool] = {}
    for rel in ctx.all_files.files:
        if PurePosixPath(rel).name != "package.json" or _is_fixture(rel):
            continue
        text = ctx.all_files.read_text(rel) or ""
        if "mocha" not in text:
            continue
        try:
            package = parse_json(text)
        except ValueError:
            continue
        scripts = package.get("scripts") if isinstance(package, dict) else None
        base = rel.rpartition("/")[0]
        budget = _MAX_MOCHA_WORDS
        for body in (scripts.values() if isinstance(scripts, dict) else ()):
            if not isinstance(body, str):
                continue
            consumed = 0
            for run in _MOCHA_RUN.finditer(body[:4000]):
                if run.end() <= consumed or budget <= 0:
                    continue
                # the command's own words, up to the next shell separator
                words: list[str] = []
                for w in _WORD.finditer(body, run.end(), run.end() + 1000):
                    if w.group() in ("&&", "||", ";", "|") or len(words) >= budget:
                        break
                    words.append(w.group())
                    consumed = w.end()
                budget -= len(words)
                deep = "--recursive" in words
                skip = False
                for word in words:
                    if skip:
                        skip = False
                        continue
                    if word.partition("=")[0] in _MOCHA_VALUE_OPTIONS and "=" not in word:
                        skip = True
                        continue
                    if word.startswith("-") or word.startswith("$"):
                        continue
                    spec = word.strip("\"'")
                    glob_at = min((spec.find(c) for c in "*?[{" if c in spec), default=-1)
                    folder = spec[:glob_at].rpartition("/")[0] if glob_at >= 0 else spec
                    target = posixpath.normpath(posixpath.join(base, folder)) if folder else (base or ".")
                    if target == ".." or target.startswith("../") or target.startswith("/"):
                        continue
                    target = "" if target == "." else target
                    if target.endswith((".js", ".cjs", ".mjs", ".ts")):
                        target = target.rpartition("/")[0]  # one spec file: its folder, not below
                    out[target] = out.get(target, False) or deep or (glob_at >= 0 and "**" in spec)
    return out


# A .NET test project known by its .csproj whatever its folder is called (pitstop's `src/UITest/`): it references a
# test framework; one that drives a browser (Playwright for .NET, Selenium) holds end-to-end tests.
_DOTNET_TEST_PACKAGE = re.compile(
    r'<PackageReference\s+Include="(?:MSTest|xunit|NUnit|Microsoft\.NET\.Test\.Sdk)\b', re.I)
_DOTNET_BROWSER_PACKAGE = re.compile(
    r'<PackageReference\s+Include="(?:Microsoft\.Playwright|Selenium\.WebDriver)\b', re.I)


def _dotnet_test_projects(ctx: Context) -> dict[str, bool]:
    """Folder of each test .csproj -> whether it drives a browser (end-to-end)."""
    out = {}
    for rel in ctx.all_files.files:
        if rel.endswith(".csproj") and not _is_fixture(rel):
            text = ctx.all_files.read_text(rel) or ""
            if _DOTNET_TEST_PACKAGE.search(text):
                out[rel.rpartition("/")[0]] = bool(_DOTNET_BROWSER_PACKAGE.search(text))
    return out


def _dotnet_project_of(rel: str, projects: dict[str, bool]) -> str | None:
    parts = rel.split("/")[:-1]
    return next((p for i in range(len(parts), 0, -1) if (p := "/".join(parts[:i])) in projects), None)


def _jvm_test_root(rel: str) -> str:
    """The module's test source folder a JVM test file is in (`storefront/src/test`)."""
    m = JVM_TEST_SOURCE_SET.search(rel) or JVM_NAMED_TEST_SOURCE_SET.search(rel)
    if m:
        return rel[:m.end()].rstrip("/").rsplit("/", 1)[0]
    head, _, _ = f"/{rel}".partition("/src/test/")
    return f"{head}/src/test".lstrip("/")


def _marker_folder(rel: str) -> str:
    """The path of the first folder of `rel` named like an integration test folder (as classify_path reads it)."""
    parts = rel.split("/")[:-1]
    for i, part in enumerate(parts):
        if part.lower() in _INTEGRATION_DIRS:
            return "/".join(parts[:i + 1])
    return ""


# Test bodies that only assert constants (`bool result = false; Assert.False(result);`, `expect(true).toBe(true)`):
# placeholder tests that can never fail and test no code (dotnet-demoapp's two "dummy unit tests" passed the
# unit-tests item). Read in the brace languages whose test marker comes right before the body: the body from the
# first `{` after the marker to its match, within _BODY_MAX characters (a longer or unbalanced one is not judged).
_BRACE_BODIES = frozenset({"csharp", "java", "javascript", "php"})
_BODY_MAX = 4000
_SIGNATURE_MAX = 400
_BODIES_PER_FILE = 500  # past these a file's tests count as written (each body is read apart)
# An unclosed comment or string runs to the end of the body (or of its line): each match consumes what it scanned,
# so the substitution stays linear.
_STRING_OR_COMMENT = re.compile(r'//[^\n]*|/\*(?:.*?\*/|.*)|\$?@?"(?:[^"\\\n]|\\.)*"?|\'(?:[^\'\\\n]|\\.)*\'?|`[^`]*`?',
                                re.S)
# a call's (dotted) name, from the start of its chain only: each chain is read once
_CALL = re.compile(r"(?<![\w$])(?<![\w$]\.)([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\(")
# An assertion call: `Assert.False(...)`, `Assertions.assertTrue(...)`, `assertEquals(...)`, `expect(...)` and the
# matchers chained on it (`.toBe(...)`, `.should.equal(...)`); NUnit's constraints (`Is.True`) are read as literals
_ASSERTION = re.compile(r"^(?:Assert\w*|assert\w*|expect|should\w*)(?:\.\w+)*$|(?:^|\.)(?:to\w*|should\w*|equals?)$")
_CONSTRAINT = re.compile(r"\b(?:Is|Has)\.\w+")
_LITERAL_BINDING = re.compile(r"\b([A-Za-z_$][\w$]*)\s*=\s*(?:true|false|null|-?\d[\d._]*[a-zA-Z]?|S)\s*[;,\n]")
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
# What a constant-only body may hold beyond assertions and its own literal-bound locals: declarations and literals
_INERT_WORDS = frozenset({"true", "false", "null", "undefined", "var", "let", "const", "final", "bool", "boolean",
                          "int", "long", "double", "float", "string", "String", "decimal", "char", "S", "void",
                          "public", "function", "async"})


def _java_disabled_tests(text: str, marker: re.Pattern[str]) -> int:
    """How many of the file's JVM tests JUnit never runs: all of them when `@Disabled`/`@Ignore` stands before the
    first class declaration (on the class), else those with it among their own annotations (between the previous
    statement or block end and the method's body). Each match reads a bounded window: linear."""
    if "@Disabled" not in text and "@Ignore" not in text:
        return 0
    first_class = _JAVA_CLASS.search(text)
    if first_class is not None and _JAVA_DISABLED.search(text, 0, first_class.start()):
        return len(marker.findall(text))
    found = 0
    for m in marker.finditer(text):
        start = max(text.rfind(c, max(0, m.start() - 600), m.start()) for c in ";{}")
        end = text.find("{", m.end(), m.end() + 600)
        if _JAVA_DISABLED.search(text, start + 1 if start >= 0 else max(0, m.start() - 600),
                                 end if end >= 0 else m.end()):
            found += 1
    return found


def _go_skipped_tests(text: str) -> int:
    """Go tests whose body starts with `t.Skip(...)`: they never test anything."""
    found = 0
    for m in _GO_TEST_FUNC.finditer(text):
        brace = text.find("{", m.end(), m.end() + 200)
        if brace >= 0 and _GO_SKIP_FIRST.match(text, brace):
            found += 1
    return found


# A supertest expectation on the whole response body, `.expect('Hello World!')`. Framework generators leave one
# behind: Nest's test/app.e2e-spec.ts expects the scaffold's 'Hello World!' from GET / (mushop's user service, whose
# only "e2e" test it was, had long replaced that controller). When no source file of the package holds the text, the
# route it expects is gone: the test cannot pass and tests no code, so it is counted out like a constant-only one.
_SUPERTEST_BODY = re.compile(r"\.expect\(\s*(['\"])([^'\"\\\n]{1,200})\1\s*\)")
_PACKAGE_SOURCES_MAX = 3000  # a package with more source files than this is not searched (its tests count)


def _orphaned_body_tests(ctx: Context, rel: str, text: str, marker: re.Pattern[str],
                         sources: _PackageSources) -> int:
    """How many of the file's tests expect only response bodies that no source file of its package contains."""
    expected: list[set[str]] = []
    closing: dict[int, int] | None = None
    for n, m in enumerate(marker.finditer(text)):
        if n == _BODIES_PER_FILE:
            break
        open_at = text.find("{", m.end(), m.end() + _SIGNATURE_MAX)
        closing = _closing_braces(text) if closing is None else closing
        close_at = closing.get(open_at) if open_at >= 0 else None
        if close_at is None or close_at - open_at >= _BODY_MAX:
            continue
        bodies = {b.group(2) for b in _SUPERTEST_BODY.finditer(text, open_at, close_at)}
        if bodies:
            expected.append(bodies)
    if not expected:
        return 0
    texts = sources.of(ctx, rel)
    if texts is None:
        return 0
    return sum(1 for bodies in expected if not any(body in source for body in bodies for source in texts))


@dataclass
class _PackageSources:
    """The non-test JavaScript/TypeScript sources of each package (a folder with a package.json), read on demand."""
    dirs: set[str] | None = None
    texts: dict[str, list[str] | None] = field(default_factory=dict)

    def of(self, ctx: Context, rel: str) -> list[str] | None:
        """The source texts of the package holding `rel`; None without a package.json above it, or when the package
        has more sources than _PACKAGE_SOURCES_MAX."""
        if self.dirs is None:
            self.dirs = {f.rpartition("/")[0] for f in ctx.all_files.files
                         if f == "package.json" or f.endswith("/package.json")}
        parts = rel.split("/")[:-1]
        root = next(("/".join(parts[:i]) for i in range(len(parts), -1, -1) if "/".join(parts[:i]) in self.dirs),
                    None)
        if root is None:
            return None
        if root not in self.texts:
            prefix = f"{root}/" if root else ""
            names = [f for f in ctx.all_files.files if f.startswith(prefix) and f.endswith(_JS_SUFFIXES)
                     and not _JS_TEST_FILE.search(f) and not {"node_modules", "test", "tests", "__tests__"}
                     & set(f[len(prefix):].split("/")[:-1])]
            self.texts[root] = None if len(names) > _PACKAGE_SOURCES_MAX else [
                t for f in names if (t := ctx.all_files.read_text(f)) is not None]
        return self.texts[root]


def _constant_only_tests(text: str, marker: re.Pattern[str]) -> int:
    """How many of the tests `marker` finds only assert constants. Only test files are read, each body once."""
    found = 0
    closing: dict[int, int] | None = None
    for n, m in enumerate(marker.finditer(text)):
        if n == _BODIES_PER_FILE:
            break
        open_at = text.find("{", m.end(), m.end() + _SIGNATURE_MAX)
        if open_at < 0:
            continue
        closing = _closing_braces(text) if closing is None else closing
        close_at = closing.get(open_at)
        body = text[open_at + 1:close_at] if close_at is not None and close_at - open_at < _BODY_MAX else None
        if body is not None and _asserts_only_constants(body):
            found += 1
    return found


_BRACE = re.compile(r"[{}]")


def _closing_braces(text: str) -> dict[int, int]:
    """{offset of a `{`: offset of the `}` that closes it}, for the whole file in one pass. Reading each test's body
    from its `{` character by character (up to _BODY_MAX) read 500 unclosed bodies of a 8.5 KB file 500 times over
    (0.07 s a file). The `}` that brings the depth counted from a `{` back to zero is the one that pops it off a stack
    of the file's braces (a `}` with nothing open closes nothing): the same bodies."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for m in _BRACE.finditer(text):
        if m.group() == "{":
            stack.append(m.start())
        elif stack:
            out[stack.pop()] = m.start()
    return out


def _asserts_only_constants(body: str) -> bool:
    # PHPUnit's assertions are the test case's methods: `$this->assertTrue(true)`
    plain = _STRING_OR_COMMENT.sub(" S ", body).replace("$this->assert", "assert").replace("self::assert", "assert")
    plain = _CONSTRAINT.sub(" S ", plain)
    if not plain.replace(" S ", " ").strip():
        # an empty body (comments at most) tests nothing either: expressjs-template's "Example test to satisfy jest
        # (to be removed from your app)", Java's `@Test void x() {}` (acc-fresh19's empty JVM tests)
        return True
    if "{" in plain or "=>" in plain:
        return False  # a nested block or a lambda: more than a line of constants
    calls = _CALL.findall(plain)
    if not calls or not all(_ASSERTION.search(name) for name in calls):
        return False
    bound = set(_LITERAL_BINDING.findall(plain))
    called = {part for name in calls for part in name.split(".")}
    return all(word in _INERT_WORDS or word in bound or word in called for word in _IDENTIFIER.findall(plain))


def _discover_text(ctx: Context, inv: SuiteInventory) -> None:
    projects = _dotnet_test_projects(ctx)
    go_source_dirs = {rel.rpartition("/")[0] for rel in ctx.all_files.with_suffix(".go")
                      if not rel.endswith("_test.go")}
    cucumber_files: list[SuiteFile] = []
    browser_roots: dict[str, str] = {}
    jest_roots = _jest_roots(ctx)
    package_sources = _PackageSources()
    for rel in ctx.all_files.files:
        name = PurePosixPath(rel).name
        if _is_fixture(rel):
            continue
        if _JS_TEST_FILE.search(name) or (_JS_SPEC_DIR.search(rel) and name.endswith((".js", ".ts", ".jsx", ".tsx"))):
            language, pattern = "javascript", _JS_TEST_CALL
        elif _mocha_spec(ctx, rel):
            if not _JS_TEST_CALL.search(ctx.all_files.read_text(rel) or ""):
                continue  # a helper of the specs (db-handler.js)
            language, pattern = "javascript", _JS_TEST_CALL
        elif jest_roots and name.endswith(_JS_SUFFIXES) and any(rel.startswith(r) for r in jest_roots):
            if "smoke" in rel.split("/")[:-1] or not _JS_TEST_CALL.search(ctx.all_files.read_text(rel) or ""):
                continue  # a helper of the specs (src/test/config.ts), or the smoke item's suite
            language, pattern = "javascript", _JS_TEST_CALL
        elif name.endswith("_test.go"):
            language, pattern = "go", _GO_TEST_FUNC
        elif name.endswith(".rs"):
            language, pattern = "rust", _RUST_TEST
        elif name.endswith("_spec.rb") and "spec" in rel.split("/")[:-1]:
            language, pattern = "ruby", _RSPEC_EXAMPLE
        elif name.endswith("_test.rb") and "test" in rel.split("/")[:-1]:
            language, pattern = "ruby", _MINITEST_TEST
        elif name.endswith("Test.php") and {"tests", "test"} & set(rel.split("/")[:-1]):
            language, pattern = "php", _PHPUNIT_TEST
        elif name.endswith((".java", ".kt")) and ("/src/test/" in f"/{rel}" or JVM_TEST_SOURCE_SET.search(rel)
                                                  or JVM_NAMED_TEST_SOURCE_SET.search(rel)):
            language, pattern = "java", _JAVA_TEST
        elif name.endswith(".cs") and (any(_DOTNET_TEST_PROJECT.fullmatch(p) for p in rel.split("/")[:-1])
                                       or _dotnet_project_of(rel, projects) is not None):
            language, pattern = "csharp", _DOTNET_TEST
        else:
            continue
        text = ctx.all_files.read_text(rel)
        if text is None or "\x00" in text:
            continue
        kind, why = classify_path(rel)
        framework = {"javascript": "jest", "go": "go", "java": "junit", "csharp": "dotnet", "rust": "cargo",
                     "ruby": "rspec" if name.endswith("_spec.rb") else "minitest", "php": "phpunit"}[language]
        if language == "ruby" and kind == "unit":
            folders = set(rel.split("/")[:-1])
            if folders & _RSPEC_E2E_DIRS:
                kind, why = "e2e", "feature/system specs (Capybara)"
            elif framework == "rspec" and folders & _RSPEC_INTEGRATION_DIRS:
                kind, why = "integration", "request specs (the whole Rails stack over HTTP)"
        if language == "php" and kind == "unit":
            base = _PHP_KERNEL_TEST.search(text)
            if base and base.group(1).endswith(_PHP_BROWSER_BASES):
                kind, why = "e2e", f"{base.group(1)} drives a browser"
            elif base:
                kind, why = "integration", f"{base.group(1)} boots the application"
            elif "feature" in (p.lower() for p in rel.split("/")[:-1]):
                kind, why = "integration", "Laravel feature tests (tests/Feature/)"
        if language == "rust":
            if not pattern.search(text):
                continue  # source without tests
            if "tests" in rel.split("/")[:-1]:  # Cargo builds each file of a crate's tests/ as an integration test
                kind, why = "integration", "Cargo integration tests (tests/)"
            elif kind == "unit":
                why = "#[test] functions in the crate's source (cargo test)"
        if language == "csharp":
            if not pattern.search(text):
                continue  # a helper or fixture class of the test project
            csproj = _dotnet_project_of(rel, projects)
            project = next((p for p in reversed(rel.split("/")[:-1]) if _DOTNET_TEST_PROJECT.fullmatch(p)), None) \
                or str(csproj).rpartition("/")[2]
            if csproj is not None and projects[csproj]:
                framework, kind, why = "dotnet", "e2e", f"test project {project} drives a browser (Playwright/Selenium)"
            elif _DOTNET_INTEGRATION_PROJECT.search(project):
                kind, why = "integration", f"test project {project}"
            elif kind == "unit":
                why = f"test project {project}"
        if language == "javascript":
            if ".cy." in name or "cypress" in rel.split("/"):
                framework, kind, why = "cypress", "e2e", "Cypress"
            elif "@playwright/test" in text:
                framework, kind, why = "playwright", "e2e", "Playwright"
            elif "vitest" in text:
                framework = "vitest"
        if language == "go" and kind == "integration" and why.startswith("directory "):
            # Go tests sit beside the code they test: a folder named integration/ (component/, contract/...)
            # that holds the package's own non-test .go files is production code so named (the dashboard's
            # pkg/integration, its metrics-provider manager), and its _test.go files are unit tests of it.
            marker = _marker_folder(rel)
            if marker in go_source_dirs:
                kind, why = "unit", f"tests of the Go package {marker}/ (production code, not a test folder)"
        if language == "go":
            tag = _GO_BUILD_TAG.search(text)
            if tag and "integration" in tag.group(1):
                kind, why = "integration", "go build tag integration"
            elif tag and "e2e" in tag.group(1):
                kind, why = "e2e", "go build tag e2e"
            elif kind == "unit" and (env := _GO_SERVICE_ENV.search(text)) and _GO_SKIP_CALL.search(text):
                kind, why = "integration", f"Go tests that need the service at ${env.group(1)} and skip without it"
        tests = len(pattern.findall(text))
        if language == "java" and (empty := len(_JAVA_EMPTY_TEST.findall(text))):
            why += f"; {empty} empty test method(s) not counted"  # (counted out below, with the constant-only ones)
        if language == "java" and tests > 0 and (disabled := _java_disabled_tests(text, pattern)):
            tests = max(0, tests - disabled)
            why += f"; {disabled} @Disabled/@Ignore test(s) not counted"
        if language == "go" and tests > 0 and (skipped := _go_skipped_tests(text)):
            tests = max(0, tests - skipped)
            why += f"; {skipped} test(s) skipped by their first statement not counted"
        constant_only = _constant_only_tests(text, pattern) if language in _BRACE_BODIES else 0
        if language == "javascript" and tests > constant_only and ".expect(" in text and \
                (orphaned := _orphaned_body_tests(ctx, rel, text, pattern, package_sources)):
            constant_only += orphaned
            why += f"; {orphaned} test(s) expect a response body no source file of the package holds (a " \
                   "generator's leftover), not counted"
        tests = max(0, tests - constant_only)
        cucumber = language == "java" and "io.cucumber." in text
        if cucumber:
            tests += len(_CUCUMBER_STEP.findall(text))
        suite_file = SuiteFile(rel, language, framework, kind, tests, why, constant_only)
        inv.files.append(suite_file)
        if language == "java" and _JAVA_BROWSER.search(text):
            browser_roots.setdefault(_jvm_test_root(rel), rel)
            if kind == "unit":
                suite_file.kind, suite_file.why = "e2e", "drives a browser (Selenium/Playwright/Selenide)"
        elif cucumber and kind == "unit":
            cucumber_files.append(suite_file)
    for suite_file in cucumber_files:
        if driver := browser_roots.get(_jvm_test_root(suite_file.path)):
            suite_file.kind, suite_file.why = "e2e", f"Cucumber steps beside browser-driving code ({driver})"
    if projects:
        _dotnet_hosted_tests(ctx, inv.files, projects)
    _deployed_target_sets(ctx, inv.files)


# ASP.NET Core's integration tests: `WebApplicationFactory<Program>` (Microsoft.AspNetCore.Mvc.Testing) boots the
# whole application in the test process and sends it requests through its pipeline, with the real stores the test
# configuration names ("Integration tests in ASP.NET Core" in Microsoft's documentation). Exceptionless'
# AppWebHostFactory derives from it (against Elasticsearch and Redis), IntegrationTestsBase takes it as its class
# fixture, and 48 test classes derive from IntegrationTestsBase: they were all unit tests, and the repository had "no
# integration test suite". A test file of such a project is integration when it names a factory class (a fixture, a
# constructor parameter) or derives from a class whose declaration does. Class headers are read to their `{`, at
# most 600 characters: linear.
_WEB_FACTORY = re.compile(r"[:,]\s*(?:global::)?(?:\w{1,60}\.){0,8}WebApplicationFactory\s*<")
_CLASS_NAME = re.compile(r"\bclass\s+(\w{1,100})")
_HEADER_MAX = 600  # characters of a class header (`class X : Base<T>, IFixture<Y> where ...`) read to its `{`


def _class_headers(text: str) -> Iterator[tuple[str, str]]:
    """(name, header after the name up to its `{`) of each class declared in a C# text."""
    for m in _CLASS_NAME.finditer(text):
        brace = text.find("{", m.end(), m.end() + _HEADER_MAX)
        if brace != -1 and ";" not in text[m.end():brace]:
            yield m.group(1), text[m.end():brace]


def _dotnet_hosted_tests(ctx: Context, files: list[SuiteFile], projects: dict[str, bool]) -> None:
    texts: dict[str, str] = {}
    for rel in ctx.all_files.with_suffix(".cs"):
        if _dotnet_project_of(rel, projects) is not None and not _is_fixture(rel):
            texts[rel] = ctx.all_files.read_text(rel) or ""
    hosts = {name: rel for rel, text in texts.items() if "WebApplicationFactory" in text
             for name, header in _class_headers(text) if _WEB_FACTORY.search(header)}
    if not hosts:
        return
    names = re.compile(r"\b(?:" + "|".join(map(re.escape, hosts)) + r")\b")
    bases = {name: rel for rel, text in texts.items() if names.search(text)
             for name, _ in _class_headers(text) if name not in hosts}
    derived = re.compile(r"[:,]\s*(?:\w{1,60}\.){0,8}(?:" + "|".join(map(re.escape, bases)) + r")\b") \
        if bases else None
    for suite_file in files:
        if suite_file.language != "csharp" or suite_file.kind != "unit":
            continue
        text = texts.get(suite_file.path, "")
        host = names.search(text)
        base = derived.search(text) if derived else None
        found = host or base
        if found:
            via = found.group(0).lstrip(": ")
            suite_file.kind, suite_file.why = "integration", (
                f"boots the ASP.NET Core application through WebApplicationFactory ({via})")


# A JVM test source set of its own (`src/functionalTest`, `src/smokeTest`) whose configuration takes the address of the
# service under test from the environment (`targetInstance: ${TEST_URL:http://localhost:8091}`, `System.getenv(
# "BASE_URL")`) and none of whose files boots the application in the test JVM (@SpringBootTest, @QuarkusTest, ...):
# its tests call a running deployment from outside, end to end (rd-user-profile-api's functional suite runs against
# the preview and AAT releases). A set that boots the application, or names no such address, stays integration.
_TARGET_URL_ENV = re.compile(r"\$\{\s*(?:TEST|BASE|TARGET|APP|SERVICE|API|APPLICATION)_URL\b"
                             r"|\bgetenv\(\s*\"(?:TEST|BASE|TARGET|APP|SERVICE|API|APPLICATION)_URL\"")
# Serving the application inside the test JVM: a web environment, its port, MockMvc, a test slice, Quarkus/Micronaut's
# test annotations. A bare @SpringBootTest starts a mock environment with no server (rd-user-profile-api's functional
# tests load only their own TestConfigProperties through it): by itself it says nothing about where requests go.
_BOOTS_APPLICATION = re.compile(r"@LocalServerPort\b|\bMockMvc\b|\bTestRestTemplate\b|"
                                r"@(?:WebMvcTest|WebFluxTest|DataJpaTest|JdbcTest|QuarkusTest|QuarkusIntegrationTest|"
                                r"MicronautTest|AutoConfigureMockMvc)\b")
# A web environment alone starts a server, but a file that sends its requests to the URL from the environment
# (`@Value("${TEST_URL:http://localhost:8080}")` as RestAssured's base URI: spring-boot-template's functional and smoke
# tests, which the HMCTS pipeline runs against the preview and AAT releases) tests whatever that URL names: the server
# it also starts is not what it calls. Without such a URL, a web environment is a test of the booted application.
_WEB_ENVIRONMENT = re.compile(r"\bwebEnvironment\s*=")


def _deployed_target_sets(ctx: Context, files: list[SuiteFile]) -> None:
    by_root: dict[str, list[SuiteFile]] = {}
    for suite_file in files:
        path = suite_file.path
        if suite_file.language == "java" and suite_file.kind == "integration" \
                and JVM_NAMED_TEST_SOURCE_SET.search(path) and not JVM_TEST_SOURCE_SET.search(path):
            by_root.setdefault(_jvm_test_root(path), []).append(suite_file)
    if not by_root:
        return
    # each file of a set read once (a listing walked per set was quadratic in hostile monorepos of many modules)
    boots: set[str] = set()
    targets: set[str] = set()
    for rel in ctx.all_files.files:
        if rel.endswith((".java", ".kt", ".yaml", ".yml", ".properties")) and JVM_NAMED_TEST_SOURCE_SET.search(rel) \
                and (root := _jvm_test_root(rel)) in by_root and root not in boots:
            text = ctx.all_files.read_text(rel) or ""
            if _BOOTS_APPLICATION.search(text):
                boots.add(root)
            elif _TARGET_URL_ENV.search(text):
                targets.add(root)
            elif _WEB_ENVIRONMENT.search(text):
                boots.add(root)
    for root, members in by_root.items():
        if root in boots or root not in targets:
            continue
        for suite_file in members:
            suite_file.kind = "e2e"
            suite_file.why = (f"test source set {root.rsplit('/', 1)[-1]}/ calls the deployed service at a URL from "
                              "the environment and boots no application")


# Jest's `roots` (jest.config.js, jest.routes.config.js, ...): the folders it searches for tests, which need no
# .test./.spec. in their names when the config's testRegex says so (expressjs-template's src/test/unit and routes).
# The testRegex itself is the repository's text and is never compiled (a hostile pattern could run for ever): a file
# under a root counts when it calls test()/it().
_JEST_CONFIG = re.compile(r"(^|/)jest(?:\.[\w-]{1,40})?\.config\.(?:js|cjs|mjs|ts|json)$")
_JEST_ROOTS = re.compile(r"\broots['\"]?\s{0,20}:\s{0,20}\[([^\]]{0,2000})\]")
_JEST_ROOT = re.compile(r"['\"](?:<rootDir>/?)?([\w./-]{1,200})['\"]")
_JS_SUFFIXES = (".js", ".cjs", ".mjs", ".ts", ".jsx", ".tsx")


def _jest_roots(ctx: Context) -> tuple[str, ...]:
    """The repository-relative folders (each ending in "/") the Jest configs name as roots."""
    roots: set[str] = set()
    for rel in ctx.all_files.files:
        if not _JEST_CONFIG.search(rel) or _is_fixture(rel):
            continue
        folder = rel.rpartition("/")[0]
        for block in _JEST_ROOTS.finditer((ctx.all_files.read_text(rel) or "")[:50_000]):
            for m in _JEST_ROOT.finditer(block.group(1)):
                path = "/".join(p for p in (folder, m.group(1).strip("/").removeprefix("./")) if p)
                if path and ".." not in path.split("/"):
                    roots.add(path + "/")
    return tuple(sorted(roots))


# CodeceptJS (codecept.conf.js/ts): scenarios in Gherkin features or `Scenario(...)` in *_test.js files, run through
# its browser helpers (Playwright, WebDriver, Puppeteer) against a running site: end-to-end (expressjs-template's
# functional suite against TEST_URL, the HMCTS pipeline's functional stage).
_CODECEPT_CONFIG = re.compile(r"(^|/)codecept\.conf\.(?:js|cjs|mjs|ts)$|(^|/)codecept\.json$")
_CODECEPT_SCENARIO = re.compile(r"^[ \t]*Scenario(?:\.only)?\s*\(", re.M)
_CODECEPT_TEST_FILE = re.compile(r"_test\.[cm]?[jt]s$")


def _discover_codecept(ctx: Context, inv: SuiteInventory) -> None:
    configs = [rel for rel in ctx.all_files.files if _CODECEPT_CONFIG.search(rel) and not _is_fixture(rel)]
    if not configs:
        return
    known = {f.path for f in inv.files}
    why = f"CodeceptJS scenarios ({configs[0]}): browser helpers against a running site"
    for rel in ctx.all_files.files:
        if rel in known or _is_fixture(rel):
            continue
        if rel.endswith(".feature"):
            scenarios = len(_SCENARIO.findall(ctx.all_files.read_text(rel) or ""))
        elif _CODECEPT_TEST_FILE.search(rel):
            scenarios = len(_CODECEPT_SCENARIO.findall(ctx.all_files.read_text(rel) or ""))
        else:
            continue
        if scenarios:
            inv.files.append(SuiteFile(rel, "javascript", "codeceptjs", "e2e", scenarios, why))


# behave (Python BDD): `features/*.feature` scenarios run by step modules that import behave. The suite is an
# end-to-end one when its steps or environment.py drive the running system from outside — start its processes
# (subprocess), call it over HTTP, or drive a browser (patroni's features/environment.py starts Patroni and
# PostgreSQL with subprocess.Popen and calls the REST API) —, else it stays a unit-level suite.
_BEHAVE_IMPORT = re.compile(r"^(?:from behave\b|import behave\b)", re.M)
_BEHAVE_DRIVES = re.compile(r"\bsubprocess\.|\bPopen\(|\brequests\.(?:get|post|put|patch|delete|request)\(|\burllib3\."
                            r"|\bhttpx\.|\bselenium\b|\bplaywright\b")
_SCENARIO = re.compile(r"^[ \t]*Scenario(?: Outline)?:", re.M)


def _discover_behave(ctx: Context, inv: SuiteInventory) -> None:
    folders: dict[str, list[str]] = {}
    support: dict[str, list[str]] = {}  # features folder -> its steps/*.py and environment.py (one pass over the files)
    for rel in ctx.all_files.files:
        if rel.endswith(".feature") and not _is_fixture(rel):
            folders.setdefault(rel.rpartition("/")[0], []).append(rel)
        elif rel.endswith(".py"):
            folder, _, name = rel.rpartition("/")
            if name == "environment.py":
                support.setdefault(folder, []).append(rel)
            elif folder == "steps" or folder.endswith("/steps"):
                support.setdefault(folder.removesuffix("steps").rstrip("/"), []).append(rel)
    for folder, features in sorted(folders.items()):
        prefix = f"{folder}/" if folder else ""
        texts = [ctx.all_files.read_text(rel) or "" for rel in support.get(folder, [])]
        if not any(_BEHAVE_IMPORT.search(text) for text in texts):
            continue  # Gherkin for another runner (Cucumber, SpecFlow), read by its own language's rule
        drives = any(_BEHAVE_DRIVES.search(text) for text in texts)
        kind, why = ("e2e", f"behave scenarios whose steps drive the running system ({prefix or './'}steps, "
                     "environment.py)") if drives else ("unit", "behave scenarios run in-process")
        for rel in sorted(features):
            scenarios = len(_SCENARIO.findall(ctx.all_files.read_text(rel) or ""))
            if scenarios:
                inv.files.append(SuiteFile(rel, "python", "behave", kind, scenarios, why))


def _postman_tests(node: Any, depth: int = 0) -> int:
    """Requests (and folders) of a Postman v2 collection whose `test` scripts assert on the responses."""
    if depth > 20:  # folders nest; a hostile file must not recurse without end
        return 0
    count = 0
    if isinstance(node, dict):
        events = node.get("event")
        if "request" in node and isinstance(events, list) and any(
                isinstance(e, dict) and e.get("listen") == "test" for e in events):
            count += 1
        items = node.get("item")
        if isinstance(items, list):
            count += sum(_postman_tests(i, depth + 1) for i in items)
    return count


# Collections are named freely (python-demoapp's tests/postman_collection.json, testing/postman/*-api-tests.json):
# a JSON file whose path says postman or collection is read, and counts only when the collection says it is one.
_POSTMAN_CANDIDATE = re.compile(r"postman|collection", re.I)


def _is_postman_collection(doc: Any, named_as_one: bool) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("item"), list):
        return False
    info = doc.get("info")
    marked = isinstance(info, dict) and ("_postman_id" in info or "getpostman.com" in str(info.get("schema", "")))
    return marked or named_as_one


# API request collections (Postman/newman, HTTP request files) test the running service through its public interface,
# together with what it really talks to (its database, its queues): integration tests of the service's API (what
# python-demoapp's Makefile calls its newman run: "integration API tests, server must be running") and end-to-end
# tests of the API (nodejs-demoapp's src/tests/*.http run in CD against the AKS release). They count for both items
# (decision "API request collections are integration tests" in bench/README.md).
_API_COLLECTION_KINDS = ("integration", "e2e")


def _discover_postman(ctx: Context, inv: SuiteInventory) -> None:
    """Postman collections (run by newman) are API tests against a running service."""
    from deploycheck.sources.files import parse_json

    for rel in ctx.all_files.files:
        if not rel.endswith(".json") or not _POSTMAN_CANDIDATE.search(rel) or _is_fixture(rel):
            continue
        named_as_one = rel.endswith(".postman_collection.json")
        text = ctx.all_files.read_text(rel)
        try:
            doc = parse_json(text) if text else None
        except ValueError:
            if named_as_one:
                inv.problems.append((rel, "not valid JSON", "test-file"))
            continue
        if _is_postman_collection(doc, named_as_one):
            for kind in _API_COLLECTION_KINDS:
                inv.files.append(SuiteFile(rel, "postman", "postman", kind, _postman_tests(doc),
                                           "Postman collection (newman)"))


# HTTP request files (`*.http`, `*.rest`: httpyac, VS Code REST Client, JetBrains HTTP Client) are API tests when
# their requests assert on the answer: httpyac's `?? status == 200` lines (nodejs-demoapp's src/tests/*.http, which
# CI runs with `httpyac ... --all --junit` against the started server) or a JetBrains response handler
# `> {% client.test(...) %}`. Requests without an assertion are a scratch pad, not tests. Each `###`-separated
# request that asserts counts once. Like Postman collections, they are API tests of the running service.
_HTTP_REQUEST_FILE = (".http", ".rest")
_HTTP_SEPARATOR = re.compile(r"^###", re.M)
_HTTP_ASSERTION = re.compile(r"^[ \t]*\?\?[ \t]|\bclient\.test\(", re.M)


def _discover_http_files(ctx: Context, inv: SuiteInventory) -> None:
    for rel in ctx.all_files.files:
        if not rel.endswith(_HTTP_REQUEST_FILE) or _is_fixture(rel):
            continue
        text = ctx.all_files.read_text(rel) or ""
        tests = sum(1 for block in _HTTP_SEPARATOR.split(text) if _HTTP_ASSERTION.search(block))
        for kind in _API_COLLECTION_KINDS if tests else ():
            inv.files.append(SuiteFile(rel, "http", "httpyac", kind, tests,
                                       "HTTP request file whose requests assert on the answer (httpyac/REST Client)"))


# --- results and coverage -------------------------------------------------------------------------


def _report_files(ctx: Context, patterns: tuple[str, ...] | list[str]) -> list[str]:
    """Files matching the globs, from the index and (for git-ignored build output) from the disk."""
    found = set(ctx.all_files.glob(*patterns))
    root = ctx.root
    for pattern in patterns:
        if pattern.startswith("**"):
            continue  # a disk-wide ** walk would enter node_modules & co; the index covers those
        try:
            for path in root.glob(pattern):
                if len(found) >= MAX_REPORT_FILES:
                    break
                resolved = path.resolve()
                if path.is_file() and resolved.is_relative_to(root):
                    found.add(path.relative_to(root).as_posix())
        except (OSError, ValueError):
            continue
    return sorted(found)[:MAX_REPORT_FILES]


def _kind_hint(rel: str, suite_names: list[str]) -> str | None:
    text = " ".join([rel, *suite_names]).lower()
    for kind, words in (("e2e", ("e2e", "end-to-end", "end2end", "cypress", "playwright", "acceptance")),
                        ("integration", ("integration", "failsafe", "/it/", "-it.", "_it."))):
        if any(w in text for w in words):
            return kind
    if "unit" in text or "surefire" in text:
        return "unit"
    return None


def read_junit(path: Path, rel: str) -> JUnitResult | str:
    """One JUnit XML file -> totals, or an error message."""
    try:
        from junitparser import Error, Failure, JUnitXml, TestSuite
    except ImportError:
        return "junitparser is not installed; JUnit results were not read"
    try:
        # JUnit results need no DTD. junitparser parses with lxml when lxml is installed, and lxml before 5.0 resolved
        # external entities: `<!ENTITY x SYSTEM "file:///etc/passwd">` put that file into a failure message.
        if b"<!DOCTYPE" in (data := path.read_bytes()) or b"<!ENTITY" in data:
            return "declares a DTD (<!DOCTYPE or <!ENTITY), which JUnit results never need; not read"
        xml = JUnitXml.fromfile(str(path))
    except Exception as exc:  # junitparser raises lxml/etree errors of several kinds
        return f"not a readable JUnit XML file: {type(exc).__name__}: {str(exc)[:200]}"
    suites = [xml] if isinstance(xml, TestSuite) else list(xml)
    tests = failures = errors = skipped = 0
    elapsed = 0.0
    failed: list[str] = []
    names: list[str] = []
    for suite in suites:
        names.append(str(suite.name or ""))
        for case in suite:
            tests += 1
            elapsed += float(case.time or 0)
            results = case.result or []
            if any(isinstance(r, Failure) for r in results):
                failures += 1
            elif any(isinstance(r, Error) for r in results):
                errors += 1
            elif results and not case.is_passed:
                skipped += 1
            else:
                continue
            if len(failed) < 10 and any(isinstance(r, Failure | Error) for r in results):
                msg = next((r.message for r in results if getattr(r, "message", None)), "") or ""
                failed.append(f"{case.classname}.{case.name}" + (f": {msg[:160]}" if msg else ""))
    return JUnitResult(rel, tests, failures, errors, skipped, round(elapsed, 3), failed, _kind_hint(rel, names))


def read_coverage(path: Path, rel: str) -> CoverageResult | str | None:
    """A coverage report -> line coverage percent; None when the file is not a coverage report."""
    name = path.name.lower()
    try:
        if name.endswith(".info"):
            found = hit = 0
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.startswith("LF:"):
                    found += int(line[3:] or 0)
                elif line.startswith("LH:"):
                    hit += int(line[3:] or 0)
            if not found:
                return "lcov file has no LF/LH line totals"
            return CoverageResult(rel, "lcov", round(100.0 * hit / found, 2), found, hit)
        if name.endswith(".json"):
            import json

            data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
            totals = data.get("totals") if isinstance(data, dict) else None
            if not isinstance(totals, dict) or "percent_covered" not in totals:
                return None
            return CoverageResult(rel, "coverage.py", round(float(totals["percent_covered"]), 2),
                                  totals.get("num_statements"), totals.get("covered_lines"))
        return _xml_coverage(path, rel)
    except (OSError, ValueError) as exc:
        return f"cannot read coverage: {exc}"


def _xml_coverage(path: Path, rel: str) -> CoverageResult | str | None:
    import xml.etree.ElementTree as ET  # Python's expat refuses entity-expansion bombs

    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return f"not readable XML: {exc}"
    if root.tag == "coverage" and root.get("line-rate") is not None:  # Cobertura (coverage.py, istanbul, ...)
        valid, covered = root.get("lines-valid"), root.get("lines-covered")
        return CoverageResult(rel, "cobertura", round(float(root.get("line-rate") or 0) * 100, 2),
                              int(valid) if valid and valid.isdigit() else None,
                              int(covered) if covered and covered.isdigit() else None)
    if root.tag == "report":  # JaCoCo: the report-level LINE counter
        for counter in root.findall("counter"):
            if counter.get("type") == "LINE":
                missed, cov = int(counter.get("missed") or 0), int(counter.get("covered") or 0)
                total = missed + cov
                return CoverageResult(rel, "jacoco", round(100.0 * cov / total, 2) if total else 0.0, total, cov)
        return "JaCoCo report without a LINE counter"
    return None


# --- running the suites (opt-in) ------------------------------------------------------------------

# `NAME = value` where NAME (a run of [\w.-]) holds a secret word. A match can only start at the run's first word
# boundary and only take the whole run (the next character is not [\w.-]), so the run is entered once, at its start
# (the leading dots/dashes kept in group 1 and written back), and read possessively: `\b[\w.-]*(?:word)[\w.-]*`
# retried at every `.`/`-` of a long dotted line was cubic (19 s for 32,000 characters; now linear).
_SECRET_ASSIGN = re.compile(r"(?i)(?<![\w.-])([.-]*+)\b(?=[\w.-]*?(?:pass|secret|token|api[_-]?key|credential))"
                            r"([\w.-]*+)(\s*+[=:]\s*+)([\"']?)([^\s\"',;]+)")
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)([^@/\s]+)(@)")


def redact(text: str) -> str:
    """Test output can echo credentials (DSNs, tokens): mask them before they reach a report."""
    from deploycheck.safety import mask

    text = _URL_PASSWORD.sub(lambda m: m.group(1) + mask(m.group(2)) + m.group(3), text)
    return _SECRET_ASSIGN.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + m.group(4) + mask(m.group(5)), text)



def suite_runs(ctx: Context) -> list[SuiteRun]:
    """Run the configured test commands once (only under --run-tests)."""
    if not ctx.options.run_tests:
        return []
    section: dict[str, Any] = ctx.config.section("tests", {}) or {}
    commands: dict[str, str] = section.get("commands") or {}
    timeout = float(section.get("timeout_s", 900))
    runs = []
    for name, command in commands.items():
        ctx.progress(f"running tests: {name}")
        started = time.monotonic()
        try:
            # shell=True: the command is the user's own configured line (like a CI step), not repo content.
            proc = subprocess.run(command, shell=True, cwd=ctx.root, capture_output=True, timeout=timeout,
                                  check=False)
            output = (proc.stdout + proc.stderr).decode("utf-8", "replace")
            runs.append(SuiteRun(name, command, proc.returncode, round(time.monotonic() - started, 2),
                                redact("\n".join(output.strip().splitlines()[-15:]))))
        except subprocess.TimeoutExpired:
            runs.append(SuiteRun(name, command, None, round(time.monotonic() - started, 2), "",
                                f"timed out after {timeout:g} s"))
        except OSError as exc:
            runs.append(SuiteRun(name, command, None, 0.0, "", f"could not start: {exc}"))
    return runs


# A CI step named after a kind that runs `go test <package dir>` (hotrod's "Run Integration Tests using Signadot
# Local Proxy": `go test -v ${GITHUB_WORKSPACE}/services/frontend/` against a deployed sandbox): the Go tests of
# that package are of that kind, whatever their file names say.
_GO_TEST_COMMAND = re.compile(r"\bgo\s+test\b([^\n|;&]*)")
_CI_WORKSPACE = re.compile(r"^(?:\$\{?(?:GITHUB_WORKSPACE|CI_PROJECT_DIR|BITBUCKET_CLONE_DIR)\}?"
                           r"|\$\{\{\s*github\.workspace\s*\}\})(?:/|$)")
_STEP_KIND_WORDS = (("e2e", ("e2e", "end-to-end", "end to end")), ("integration", ("integration",)))


def _ci_steps(node: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(step or job name, its commands) of every step/job in a parsed CI file (GitHub `name`/`run`, GitLab job
    keys with `script`, Bitbucket `step: {name, script}`)."""
    if isinstance(node, dict):
        commands = node.get("run", node.get("script"))
        text = "\n".join(map(str, commands)) if isinstance(commands, list) else commands
        name = node.get("name") if isinstance(node.get("name"), str) else key
        if isinstance(text, str) and name:
            yield str(name), text
        for k, value in node.items():
            yield from _ci_steps(value, str(k))
    elif isinstance(node, list):
        for value in node:
            yield from _ci_steps(value, key)


def _ci_step_kinds(ctx: Context, inv: SuiteInventory) -> None:
    from deploycheck.sources.ci import ci_files

    marks: list[tuple[str, bool, str, str]] = []  # (package dir, with sub-packages, kind, step)
    for ci in ctx.use(ci_files):
        for doc in ci.active_docs:  # (jobs and steps switched off run no test)
            for name, text in _ci_steps(doc):
                kind = next((k for k, words in _STEP_KIND_WORDS if any(w in name.lower() for w in words)), None)
                joined = re.sub(r"\\[ \t]*\n", " ", text)  # shell line continuations
                for m in _GO_TEST_COMMAND.finditer(joined) if kind else ():
                    for word in m.group(1).split():
                        if word.startswith("-") or "=" in word:
                            continue
                        rel = _CI_WORKSPACE.sub("", word).removeprefix("./")
                        recursive = rel.endswith("...")
                        rel = rel.removesuffix("...").strip("/")
                        if rel and not rel.startswith(("$", ".")):
                            marks.append((rel, recursive, str(kind), name))
    for f in inv.files:
        if f.language != "go" or f.kind != "unit":
            continue
        folder = f.path.rpartition("/")[0]
        for rel, recursive, kind, name in marks:
            if folder == rel or (recursive and folder.startswith(rel + "/")):
                f.kind, f.why = kind, f"CI step {name!r} runs them"
                break


# Go tests that run against a real database or service started in a container are integration tests, whatever
# their file names say: testcontainers-go, ory/dockertest, or a helper of the same module that runs the docker
# CLI (ardanlabs/service: api/services/sales/tests/*api call app/sdk/apitest.New -> business/sdk/dbtest.New ->
# foundation/docker.StartContainer, a PostgreSQL container). Followed through the module's own packages only.
_GO_CONTAINER = re.compile(r'"github\.com/testcontainers/testcontainers-go|"github\.com/ory/dockertest'
                           r'|\bexec\.Command(?:Context)?\(\s*(?:\w+,\s*)?"docker"')
# `import ( ... )`; the block stops before a next line that starts with `import` (never inside one), so a file of
# `import (` lines without `)` is not read to its end from each (1.5 s for 32,000 characters before).
_GO_IMPORT_BLOCK = re.compile(r"^import\s*+\(((?:(?!^import\b)[^)])*+)\)", re.M)
_GO_IMPORT_LINE = re.compile(r'^import\s+(?:[\w.]+\s+)?"([^"]+)"', re.M)
_GO_MODULE = re.compile(r"^module\s+(\S+)", re.M)
_GO_IMPORT_DEPTH = 4


def _go_imports(text: str) -> list[str]:
    found = _GO_IMPORT_LINE.findall(text)
    for block in _GO_IMPORT_BLOCK.findall(text):
        found.extend(re.findall(r'"([^"]+)"', block))
    return found


def _go_container_kinds(ctx: Context, inv: SuiteInventory) -> None:
    tests = [f for f in inv.files if f.language == "go" and f.kind == "unit"]
    if not tests:
        return
    modules: list[tuple[str, str]] = []  # (module path, its folder)
    by_dir: dict[str, list[str]] = {}  # folder -> its non-test .go files
    for rel in ctx.all_files.files:
        folder = rel.rpartition("/")[0]
        if rel == "go.mod" or rel.endswith("/go.mod"):
            found = _GO_MODULE.search(ctx.all_files.read_text(rel) or "")
            if found:
                modules.append((found.group(1), folder))
        elif rel.endswith(".go") and not rel.endswith("_test.go"):
            by_dir.setdefault(folder, []).append(rel)

    def folder_of(path: str) -> str | None:
        for module, folder in modules:
            if path == module or path.startswith(module + "/"):
                return "/".join(p for p in (folder, path[len(module):].strip("/")) if p)
        return None

    memo: dict[str, str | None] = {}

    def starts_container(folder: str, depth: int) -> str | None:
        """The package (folder) of the module that starts a container, found from `folder` through imports."""
        if folder in memo:
            return memo[folder]
        memo[folder] = None  # import cycles end here
        texts = [t for rel in by_dir.get(folder, []) if (t := ctx.all_files.read_text(rel))]
        if any(_GO_CONTAINER.search(t) for t in texts):
            memo[folder] = folder
        elif depth < _GO_IMPORT_DEPTH:
            for path in sorted({p for t in texts for p in _go_imports(t)}):
                there = folder_of(path)
                if there is not None and (hit := starts_container(there, depth + 1)) is not None:
                    memo[folder] = hit
                    break
        return memo[folder]

    for f in tests:
        text = ctx.all_files.read_text(f.path) or ""
        if _GO_CONTAINER.search(text):
            f.kind, f.why = "integration", "starts a container (testcontainers/dockertest/docker CLI)"
            continue
        for path in _go_imports(text):
            there = folder_of(path)
            if there is not None and (hit := starts_container(there, 1)) is not None:
                f.kind, f.why = "integration", f"runs against a container started by {hit or '.'}/ (via {path})"
                break


# Go tests that dial a service container CI starts beside the test job are integration tests: GitHub Actions'
# `services:` (a job run in a `container:` reaches each by its label: gorush's testing.yml starts `redis`, and
# storage/redis/redis_test.go dials "redis:6379"), GitLab CI's `services:` (reached by the image's name, `/` as `__`
# or `-`, or its alias). Only a literal host:port or URL naming that host counts (`localhost` could be anything).
# Bounded runs: linear on any line.
_GO_HOST_PORT = re.compile(r'"(?:[a-z][a-z0-9+.-]{0,20}://(?:[^"@/\s]{0,200}@)?)?([A-Za-z0-9_.-]{1,63}):\d{2,5}\b')


def _ci_service_hosts(ctx: Context) -> dict[str, str]:
    """Host name -> CI file, for the service containers the CI jobs start beside them."""
    from deploycheck.sources.ci import ci_files

    hosts: dict[str, str] = {}
    for ci in ctx.use(ci_files):
        for doc in ci.active_docs:  # (a job switched off starts nothing)
            if not isinstance(doc, dict):
                continue
            jobs = doc.get("jobs")
            for job in [doc, *(jobs if isinstance(jobs, dict) else doc).values()]:
                services = job.get("services") if isinstance(job, dict) else None
                if isinstance(services, dict):  # GitHub Actions: label -> container
                    names = [label for label in services if isinstance(label, str)]
                elif isinstance(services, list):  # GitLab CI: image names or {name, alias}
                    names = []
                    for service in services:
                        spec = service if isinstance(service, dict) else {"name": service}
                        if isinstance(spec.get("alias"), str):
                            names += [a.strip() for a in spec["alias"].split(",")]
                        image = spec.get("name")
                        if isinstance(image, str):
                            base = image.split("@")[0]
                            base = base.rsplit(":", 1)[0] if ":" in base.rpartition("/")[2] else base
                            names += [base.replace("/", "__"), base.replace("/", "-")]
                else:
                    continue
                for name in names:
                    if name and name.lower() != "localhost":
                        hosts.setdefault(name, ci.path)
    return hosts


def _go_ci_service_kinds(ctx: Context, inv: SuiteInventory) -> None:
    tests = [f for f in inv.files if f.language == "go" and f.kind == "unit"]
    hosts = _ci_service_hosts(ctx) if tests else {}
    if not hosts:
        return
    for f in tests:
        for line in (ctx.all_files.read_text(f.path) or "").splitlines():
            found = next((m.group(1) for m in _GO_HOST_PORT.finditer(line[:1000]) if m.group(1) in hosts), None)
            if found:
                f.kind, f.why = "integration", f"dials the CI service container {found!r} ({hosts[found]})"
                break


# JavaScript/TypeScript tests that start a real database or service are integration tests whatever their names say:
# testcontainers, or mongodb-memory-server (it downloads and runs a real mongod), in the test file or in a local
# helper it requires (mern-workshop: backend/test/test.js -> ../test/db-handler -> mongodb-memory-server).
_JS_SERVER_LIB = re.compile(r"""(?:require\(\s*|from\s+)['"](?:testcontainers|@testcontainers/[\w-]+|"""
                            r"""mongodb-memory-server(?:-core)?)['"]""")
_JS_LOCAL_REQUIRE = re.compile(r"""(?:require\(\s*|from\s+)['"](\.{1,2}/[^'"]+)['"]""")


def _js_server_kinds(ctx: Context, inv: SuiteInventory) -> None:
    tests = [f for f in inv.files if f.language == "javascript" and f.kind == "unit"]
    present = set(ctx.all_files.files) if tests else set()
    for f in tests:
        text = ctx.all_files.read_text(f.path) or ""
        if _JS_SERVER_LIB.search(text):
            f.kind, f.why = "integration", "starts a database/service (testcontainers, mongodb-memory-server)"
            continue
        folder = PurePosixPath(f.path).parent
        for spec in _JS_LOCAL_REQUIRE.findall(text):
            base = posixpath.normpath(str(folder / spec))
            helper = next((c for c in (base, *(base + ext for ext in (".js", ".ts", ".mjs", ".cjs", "/index.js")))
                           if c in present), None)
            if helper and _JS_SERVER_LIB.search(ctx.all_files.read_text(helper) or ""):
                f.kind, f.why = "integration", f"runs against a database/service started by {helper}"
                break


# JVM tests that boot the Spring application (@SpringBootTest: the whole context, its real clients) and answer its
# outgoing HTTP calls with a WireMock server are integration tests whatever their names say: the service's own HTTP
# client, serialisation and configuration against a server over the network (hmpps-template-kotlin's and
# rd-user-profile-api's SpringBootTest + WireMock suites are labelled so; spring-boot-best-practices'
# CompaniesHouseConnectorTestI starts it through a helper interface it implements, e2e/WireMockService.java).
# The server is looked for in the test file and in the test classes of its own project it imports.
_SPRING_BOOT_TEST = re.compile(r"@SpringBootTest\b")
_WIREMOCK_SERVER = re.compile(r"\bWireMockServer\b|\bWireMockRule\b|\bWireMockExtension\b|@AutoConfigureWireMock\b"
                              r"|@WireMockTest\b")
_JVM_IMPORT = re.compile(r"^import[ \t]+([a-z][\w]*(?:\.[a-z][\w]*)*)\.([A-Z]\w*)[ \t]*;?[ \t]*$", re.M)


def _jvm_stub_server_kinds(ctx: Context, inv: SuiteInventory) -> None:
    tests = [f for f in inv.files if f.language == "java" and f.kind == "unit"]
    present = set(ctx.all_files.files) if tests else set()
    for f in tests:
        text = ctx.all_files.read_text(f.path) or ""
        if not _SPRING_BOOT_TEST.search(text):
            continue
        if _WIREMOCK_SERVER.search(text):
            f.kind, f.why = "integration", "boots the Spring application and answers its HTTP calls with WireMock"
            continue
        sources = f"{_jvm_test_root(f.path)}/{'java' if f.path.endswith('.java') else 'kotlin'}"
        for m in _JVM_IMPORT.finditer(text[:200_000]):
            base = f"{sources}/{m.group(1).replace('.', '/')}/{m.group(2)}"
            helper = next((c for c in (f"{base}.java", f"{base}.kt") if c in present), None)
            if helper and _WIREMOCK_SERVER.search(ctx.all_files.read_text(helper) or ""):
                f.kind, f.why = "integration", (f"boots the Spring application and answers its HTTP calls with the "
                                                f"WireMock server of {helper}")
                break


# A CI job that builds the image, starts a throwaway cluster (kind, k3d, minikube), deploys into it and waits for
# or tests the result is an integration suite run by CI, even with no test files in the repository (podinfo's
# e2e.yml runs test/e2e.sh: docker build, kind load, helm upgrade --install, helm test; kubeflow's
# *_integration_test.yaml: kind create cluster, kubectl apply, kubectl wait --for=condition=Ready). All four
# parts are needed: a deploy nobody checks tests nothing, and a cluster with someone else's image tests nothing
# of this repository.
# (the actions too: helm/kind-action, engineerd/setup-kind, AbsaOSS/k3d-action, nolar/setup-k3d-k3s, setup-minikube,
# jupyterhub/action-k3s-helm, and k3s' installer get.k3s.io)
_CLUSTER_START = re.compile(r"\bkind\s+create\s+cluster\b|\bkind-action\b|(?<=/)setup-kind\b|\bk3d\s+cluster\s+create\b"
                            r"|k3d-action|(?<=/)setup-k3d-k3s\b|\bminikube\s+start\b|setup-minikube"
                            r"|\bctlptl\s+create\s+cluster\b|(?<=/)action-k3s-helm\b|\bget\.k3s\.io\b")
# chartpress without --push builds the chart's images into the local Docker, which a k3s started with Docker as
# its runtime runs (zero-to-jupyterhub-k8s' test-chart.yaml: action-k3s-helm with docker-enabled, then `chartpress`).
# As a command at the start of a line: a step named "Install and run chartpress" builds nothing.
_CLUSTER_IMAGE = re.compile(r"\bkind\s+load\s+docker-image\b|\bk3d\s+image\s+import\b|\bminikube\s+image\s+load\b"
                            r"|\bskaffold\s+run\b|(?m:^[ \t]*chartpress\b(?![^\n]{0,2000}?--push))")
# kubectl's global options may come before the verb (`kubectl -n istio-system rollout status ...`: flagger's test
# scripts): up to four `-x value`/`--x=value` words, each a run of non-blanks, so a line is read once per kubectl.
_KUBECTL = r"\bkubectl(?:[ \t]+-[^\s]{1,100}(?:[ \t]+(?!-)[^\s-][^\s]{0,200})?){0,4}[ \t]+"
_CLUSTER_DEPLOY = re.compile(_KUBECTL + r"(?:apply|create)\b|\bhelm\s+(?:install|upgrade)\b|\bskaffold\s+run\b"
                             r"|\btimoni\s+(?:bundle\s+)?apply\b")
# (jupyterhub/action-k8s-await-workloads waits for every workload to be ready, as kubectl wait does)
_CLUSTER_CHECK = re.compile(r"\bhelm\s+test\b|" + _KUBECTL + r"(?:wait|rollout[ \t]+status)\b"
                            r"|\btimoni\s+(?:-n\s+\S+\s+)?status\b|(?<=/)action-k8s-await-workloads\b")


def _job_texts(doc: Any) -> Iterator[tuple[str, Any]]:
    """(job name, job node) of a parsed CI file: GitHub Actions' and CircleCI's `jobs:`, GitLab's top-level jobs."""
    if not isinstance(doc, dict):
        return
    jobs = doc.get("jobs")
    if isinstance(jobs, dict):
        yield from ((str(k), v) for k, v in jobs.items())
        return
    for key, value in doc.items():
        if isinstance(value, dict) and "script" in value:
            yield str(key), value


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


# `${{ matrix.provider }}` (or `matrix['provider']`) in a GitHub Actions job's steps, with the job's own
# strategy.matrix listing the values: a line naming one is read once per value, so flagger's e2e.yaml step
# `./test/${{ matrix['provider'] }}/run.sh` is the thirteen scripts it runs. Scalar lists of at most _MATRIX_VALUES
# values; the first such expression of a line; at most _MATRIX_LINES lines out.
_MATRIX_EXPR = re.compile(r"""\$\{\{[ \t]*matrix(?:\.([A-Za-z_][\w-]{0,100})"""
                          r"""|\[[ \t]*['"]([\w-]{1,100})['"][ \t]*\])[ \t]*\}\}""")
_MATRIX_VALUES = 64
_MATRIX_LINES = 20_000


def _with_matrix(job: Any, text: str) -> str:
    strategy = job.get("strategy") if isinstance(job, dict) else None
    matrix = strategy.get("matrix") if isinstance(strategy, dict) else None
    if not isinstance(matrix, dict) or "matrix" not in text:
        return text
    values = {str(k): [str(v) for v in vs] for k, vs in matrix.items()
              if isinstance(vs, list) and 0 < len(vs) <= _MATRIX_VALUES
              and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in vs)}
    if not values:
        return text
    out: list[str] = []
    for line in text.splitlines():
        m = _MATRIX_EXPR.search(line[:_LINE_CAP]) if "matrix" in line else None
        key = (m.group(1) or m.group(2)) if m else None
        if m and key in values and len(out) + len(values[key]) <= _MATRIX_LINES:
            out.extend(f"{line[:m.start()]}{value}{line[m.end():]}" for value in values[key])
        else:
            out.append(line)
    return "\n".join(out)


def cluster_test_scripts(job: ClusterJob) -> list[str]:
    """The test scripts among what a cluster job runs: shell scripts named for tests (`test-canary.sh`,
    `e2e.sh`) in a test folder (flagger's test/istio/test-canary.sh), not its installers and runners."""
    out = []
    for rel in job.scripts:
        *folders, name = rel.lower().split("/")
        if (name.startswith(("test", "e2e")) or "e2e" in name) and \
                {"test", "tests", "e2e", "integration", "e2e-tests"} & set(folders):
            out.append(rel)
    return out


@dataclass
class _FollowedJobs:
    """Each CI job's text with what it runs followed (_followed), computed once per run: both the cluster-job and the
    end-to-end-job readers walk the same jobs."""

    ctx: Context
    present: set[str]
    rules: dict[str, tuple[str, str, int]]
    done: dict[tuple[str, int, str], list[tuple[str, str, str]]] = field(default_factory=dict)

    def parts(self, path: str, doc: int, name: str, job: Any) -> list[tuple[str, str, str]]:
        key = (path, doc, name)
        if key not in self.done:
            self.done[key] = _followed(self.ctx, _with_matrix(job, "\n".join(_strings(job))), self.present, self.rules)
        return self.done[key]


def _ci_jobs_followed(ctx: Context) -> _FollowedJobs:
    from deploycheck.sources.makefiles import make_rules

    present = set(ctx.all_files.files)
    rules = make_rules(ctx.all_files.read_text("Makefile") or "") if "Makefile" in present else {}
    return _FollowedJobs(ctx, present, rules)


def _ci_cluster_jobs(ctx: Context, inv: SuiteInventory) -> None:
    from deploycheck.sources.ci import ci_files

    followed: _FollowedJobs | None = None
    for ci in ctx.use(ci_files):
        if "kind" not in ci.text and "k3d" not in ci.text and "k3s" not in ci.text and "minikube" not in ci.text \
                and ".sh" not in ci.text:
            continue
        followed = followed or ctx.use(_ci_jobs_followed)
        for number, doc in enumerate(ci.active_docs):  # (a job switched off starts no cluster)
            for name, job in _job_texts(doc):
                # the job's steps and what they run, transitively: flagger's job runs test/<mesh>/run.sh, which
                # runs "$DIR"/install.sh (kubectl apply -k, rollout status) and the test scripts
                parts = followed.parts(ci.path, number, name, job)
                text = "\n".join(body for _, _, body in parts)
                start, check = _CLUSTER_START.search(text), _CLUSTER_CHECK.search(text)
                if not (start and check and _CLUSTER_IMAGE.search(text) and _CLUSTER_DEPLOY.search(text)):
                    continue
                key = re.search(rf"^[ \t]*{re.escape(name)}[ \t]*:", ci.text, re.M)
                line = line_at(ci.text, key.start()) if key else 1
                scripts = tuple(rel for rel, _, _ in parts[1:] if rel and not rel.startswith("make "))
                inv.cluster_jobs.append(ClusterJob(ci.path, name, line, start.group(0), check.group(0), scripts))


# A command that runs a test suite, on the line that names the suite's directory (`go test ... ./e2e/...`,
# `"go" test` once make substituted `$(GOCMD)`).
_TEST_RUNNER = re.compile(r"""\bgo"?[ \t]+test\b|\bginkgo\b|\bpytest\b|\bplaywright[ \t]+test\b|\bjest\b|\bmocha\b"""
                          r"|\bcypress[ \t]+run\b|\bmvnw?\b|\bgradlew?\b|\b(?:npm|yarn|pnpm)[ \t]+(?:run[ \t]+)?test\b"
                          r"|\bdotnet[ \t]+test\b|\bcargo[ \t]+test\b|\bbats\b|\brspec\b|\bbehave\b")
_TEST_FILE_SUFFIXES = ("_test.go", ".py", ".js", ".ts", ".java", ".kt", ".feature", ".bats", ".rb")
_MAKE_CALL = re.compile(r"\bmake[ \t]+([A-Za-z][\w.-]*)")
# Knative's and Tekton's shared presubmit runner (tektoncd/plumbing and knative test-infra/hack scripts/README.md):
# "If you don't define [integration_tests()], the default action for running the integration tests is to run all
# ./test/e2e-*tests.sh scripts", on `--integration-tests`, `--all-tests` or no flag.
_PLUMBING_PRESUBMIT = re.compile(r"(?:tektoncd/plumbing|knative\.dev/test-infra|knative\.dev/hack|knative/test-infra)"
                                 r"[\w./-]{0,200}/presubmit-tests\.sh")
_OWN_INTEGRATION_RUNNER = re.compile(r"^[ \t]*(?:function[ \t]+)?integration_tests[ \t]*\(", re.M)
_PLUMBING_E2E = re.compile(r"test/e2e-[\w.-]*tests\.sh")
_TOKEN_SPLIT = re.compile(r"[\s'\"`;|&()<>=]+")
_FOLLOW_FILES = 30  # scripts and make targets followed per CI job: a crafted chain of scripts stays bounded
_LINE_CAP = 2000


def _path_tokens(line: str) -> Iterator[str]:
    """Path-like words of a command line, with a leading variable (`${REPO}/`, `$(dirname $0)/` once split) and
    `./` taken off."""
    for token in _TOKEN_SPLIT.split(line[:_LINE_CAP]):
        tail = token.rsplit("}", 1)[-1] if "}" in token else token
        tail = tail.removeprefix("$0").lstrip("/")
        while tail.startswith("./"):
            tail = tail[2:]
        if tail:
            yield tail


def _resolve(present: set[str], folder: str, path: str) -> str | None:
    for candidate in (posixpath.normpath(posixpath.join(folder, path)), posixpath.normpath(path)):
        if not candidate.startswith("../") and candidate in present:
            return candidate
    return None


def _followed(ctx: Context, text: str, present: set[str], rules: dict[str, tuple[str, str, int]]
              ) -> list[tuple[str, str, str]]:
    """(name, folder, text) of the job's own text and what it runs, transitively: the repository's shell scripts it
    calls (by path, however spelled: `./test/presubmit-tests.sh`, `$(dirname $0)/e2e/e2e.sh`,
    `${REPO}/test/e2e/00-setup.sh`), the root Makefile's targets it makes, and the `test/e2e-*tests.sh` scripts the
    Knative/Tekton presubmit runner runs for `--integration-tests`. Read, never run; at most _FOLLOW_FILES."""
    from deploycheck.sources.makefiles import target_recipes

    out: list[tuple[str, str, str]] = [("", "", text)]
    seen: set[str] = set()
    i = 0
    while i < len(out) and len(out) <= _FOLLOW_FILES:
        _, folder, body = out[i]
        i += 1
        for line in body.splitlines():
            line = line[:_LINE_CAP]
            if line.lstrip().startswith("#"):
                continue
            for word in _path_tokens(line) if ".sh" in line else ():
                if not word.endswith(".sh") or (rel := _resolve(present, folder, word)) is None or rel in seen:
                    continue
                seen.add(rel)
                script = ctx.all_files.read_text(rel) or ""
                out.append((rel, posixpath.dirname(rel), script))
                flags = line.split(word, 1)[-1]
                if _PLUMBING_PRESUBMIT.search(script) and not _OWN_INTEGRATION_RUNNER.search(script) and (
                        "--integration-tests" in flags or "--all-tests" in flags or "--" not in flags):
                    for runner in sorted(p for p in present if _PLUMBING_E2E.fullmatch(p) and p not in seen):
                        seen.add(runner)
                        out.append((runner, "test", ctx.all_files.read_text(runner) or ""))
            for m in _MAKE_CALL.finditer(line) if rules and "make" in line else ():
                for target, recipe in target_recipes(rules, m.group(1)):
                    if f"make:{target}" not in seen:
                        seen.add(f"make:{target}")
                        out.append((f"make {target}", "", recipe))
    return out[:_FOLLOW_FILES + 1]


def _runs_suite(line: str, folder: str, suites: set[str], parents: set[str]) -> str | None:
    """The directory of end-to-end tests a test command line names (relative to the root or to the script's
    folder): a folder of e2e test files or one above them (`go test ./test/e2e/...`), or one of its test files
    (`go test -v ./tests/e2e/main_test.go`, kube-state-metrics' tests/e2e.sh)."""
    if not _TEST_RUNNER.search(line) or line.lstrip().startswith(("echo ", "printf ", "@echo ")):
        return None  # (a printed hint, `echo "go test ./test/e2e/..."`, runs nothing)
    for word in _path_tokens(line):
        word = word.removesuffix("...").rstrip("/")
        if not word or word == ".":
            continue  # `go test ./...` runs every package, which says nothing of a cluster
        for path in (posixpath.normpath(posixpath.join(folder, word)) if folder else word, word):
            if path.startswith("../"):
                continue
            if path.endswith(_TEST_FILE_SUFFIXES) and posixpath.dirname(path) in suites:
                return posixpath.dirname(path)
            # the suite's folder, or a folder above it named for end-to-end tests (`./test/e2e/...`)
            if path in suites or path in parents:
                return path
    return None


def _ci_e2e_cluster_jobs(ctx: Context, inv: SuiteInventory) -> None:
    """CI jobs that start a cluster and run the end-to-end suite in it. The lead's decision of 2026-11-30 s6 (bench/
    README.md): such a suite, run against a real cluster with the service's real dependencies, also covers the
    integration item when the repository has no separate integration suite (Forecastle's e2e-tests.yaml: kind-action,
    then `make test-e2e`, whose recipe is `go test ./e2e/...`). A suite no CI job runs does not count."""
    from deploycheck.sources.ci import ci_files

    counts: dict[str, int] = {}
    for f in inv.of_kind("e2e"):
        if f.tests and (folder := posixpath.dirname(f.path)):
            counts[folder] = counts.get(folder, 0) + f.tests
    suites = set(counts)
    # the folders above them named for end-to-end tests (test/e2e above test/e2e/utils), as a set: a line is matched
    # in constant time whatever the number of suites
    parents = {"/".join(parts[:i]) for parts in (suite.split("/") for suite in suites)
               for i in range(1, len(parts)) if "e2e" in parts[i - 1].lower()}
    if not suites:
        return
    followed = ctx.use(_ci_jobs_followed)
    for ci in ctx.use(ci_files):
        for number, doc in enumerate(ci.active_docs):  # (a job switched off runs nothing)
            for name, job in _job_texts(doc):
                parts = followed.parts(ci.path, number, name, job)
                start = next((m for _, _, body in parts if (m := _CLUSTER_START.search(body))), None)
                if start is None:
                    continue
                # every line that runs e2e tests; the one that runs the most of them is named
                found = [(suite, line.strip()[:200], index) for index, (_, folder, body) in enumerate(parts)
                         for line in body.splitlines()[:5000]
                         if (suite := _runs_suite(line[:_LINE_CAP], folder, suites, parents))]
                if not found:
                    continue
                suite, runner, index = max(found, key=lambda hit: sum(tests for d, tests in counts.items()
                                                                      if d == hit[0] or d.startswith(hit[0] + "/")))
                key = re.search(rf"^[ \t]*{re.escape(name)}[ \t]*:", ci.text, re.M)
                inv.e2e_cluster_jobs.append(E2eClusterJob(
                    ci.path, name, line_at(ci.text, key.start()) if key else 1, start.group(0), suite, runner,
                    (parts[index][0],) if index else ()))


def suite_inventory(ctx: Context) -> SuiteInventory:
    section: dict[str, Any] = ctx.config.section("tests", {}) or {}
    inv = SuiteInventory(coverage_threshold=float(section.get("coverage_threshold", 80)))
    inv.runs = ctx.use(suite_runs)  # before reading results: a run writes fresh JUnit files
    _discover_python(ctx, inv)
    _discover_text(ctx, inv)
    _discover_postman(ctx, inv)
    _discover_behave(ctx, inv)
    _discover_codecept(ctx, inv)
    _discover_http_files(ctx, inv)
    _ci_step_kinds(ctx, inv)
    _go_container_kinds(ctx, inv)
    _go_ci_service_kinds(ctx, inv)
    _js_server_kinds(ctx, inv)
    _jvm_stub_server_kinds(ctx, inv)
    _ci_cluster_jobs(ctx, inv)
    if not inv.of_kind("integration") and not inv.cluster_jobs:
        _ci_e2e_cluster_jobs(ctx, inv)
    for rel in _report_files(ctx, section.get("junit") or DEFAULT_JUNIT):
        path = ctx.root / rel
        if path.stat().st_size > ctx.config.max_file_bytes:
            inv.problems.append((rel, "JUnit file exceeds the size cap; not read", "junit"))
            continue
        head = path.open("rb").read(2048)
        if b"<testsuite" not in head and b"<testsuites" not in head:
            continue  # some other XML in a reports folder
        got = read_junit(path, rel)
        if isinstance(got, str):
            inv.problems.append((rel, got, "junit"))
        else:
            inv.results.append(got)
    for rel in _report_files(ctx, section.get("coverage") or DEFAULT_COVERAGE):
        if (ctx.root / rel).stat().st_size > ctx.config.max_file_bytes:  # read whole (lcov, JSON): capped as JUnit
            inv.problems.append((rel, "coverage file exceeds the size cap; not read", "coverage"))
            continue
        cov = read_coverage(ctx.root / rel, rel)
        if isinstance(cov, str):
            inv.problems.append((rel, cov, "coverage"))
        elif cov is not None:
            inv.coverage.append(cov)
    return inv
