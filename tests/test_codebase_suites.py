"""testsuites.py and markdown.py: discovery, classification, counts, results, coverage, docs."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.config import Config
from deploycheck.context import Context, Options
from deploycheck.model import Status
from deploycheck.sources.markdown import markdown_docs
from deploycheck.sources.testsuites import SuiteInventory, suite_inventory

JUNIT_OK = """<?xml version="1.0"?>
<testsuites><testsuite name="unit" tests="2">
  <testcase classname="t.test_a" name="test_one" time="0.5"/>
  <testcase classname="t.test_a" name="test_two" time="0.25"><skipped/></testcase>
</testsuite></testsuites>"""
JUNIT_FAIL = """<?xml version="1.0"?>
<testsuite name="integration" tests="2">
  <testcase classname="it.Db" name="test_write"><failure message="boom">trace</failure></testcase>
  <testcase classname="it.Db" name="test_read"><error message="conn refused"/></testcase>
</testsuite>"""


def inventory(root: Path, config: Config | None = None, **options: object) -> SuiteInventory:
    return Context(root, config or Config(), Options(**options)).use(suite_inventory)  # type: ignore[arg-type]


def test_discovery_and_classification(tmp_path: Path) -> None:
    write(tmp_path, {
        "tests/test_units.py": "def test_a(): ...\nclass TestX:\n    def test_b(self): ...\n"
                               "    def helper(self): ...\n",
        "tests/test_marked.py": "import pytest\n\n@pytest.mark.integration\ndef test_db(): ...\n"
                                "@pytest.mark.e2e\ndef test_flow(): ...\ndef test_plain(): ...\n",
        "tests/integration/test_api.py": "import unittest\nclass Api(unittest.TestCase):\n    def test_x(self): ...\n",
        "tests/test_module_marked.py": "import pytest\npytestmark = [pytest.mark.e2e]\ndef test_z(): ...\n",
        "tests/fixtures/test_not_a_test.py": "def test_fixture(): ...\n",
        "web/src/app.test.ts": "describe('x', () => {\n  it('a', () => { render(); });\n"
                               "  test.each([1])('b', () => { render(); });\n});\n",
        "web/cypress/e2e/login.cy.ts": "it('logs in', () => { cy.visit('/login'); });\n",
        "svc/handler_test.go": "package svc\nfunc TestHandler(t *testing.T) {}\nfunc TestOther(t *testing.T) {}\n",
        "svc/db_test.go": "//go:build integration\n\npackage svc\nfunc TestDB(t *testing.T) {}\n",
        "src/test/java/ApiTest.java": "class ApiTest { @Test void a() { get(); } @Test void b() { put(); } }",
        "src/test/java/RepoIT.java": "class RepoIT { @Test void a() { save(); } }",
        "tests/test_broken.py": "def test_(:\n",
    })
    inv = inventory(tmp_path)
    assert inv.count("unit") == 2 + 1 + 2 + 2 + 2  # py units + plain marked-file test + jest + go + java
    assert inv.count("integration") == 1 + 1 + 1 + 1  # marker + dir + go tag + *IT.java
    assert inv.count("e2e") == 1 + 1 + 1  # marker + module pytestmark + cypress
    kinds = {(f.path, f.kind) for f in inv.files}
    assert ("web/cypress/e2e/login.cy.ts", "e2e") in kinds and ("svc/db_test.go", "integration") in kinds
    assert not any("fixtures" in f.path for f in inv.files)
    assert inv.problems and inv.problems[0][0] == "tests/test_broken.py"


def test_dotnet_test_projects(tmp_path: Path) -> None:
    """eShopOnContainers: xUnit `[Fact]`/`[Theory]` methods in `Basket.UnitTests/` and `Basket.FunctionalTests/`
    projects; the service's own code and a test project's helper classes are no tests."""
    write(tmp_path, {
        "src/Basket.UnitTests/BasketWebApiTest.cs": "public class T {\n    [Fact]\n"
                                                     "    public async Task A() { await Get(); }\n"
                                                     "    [Theory]\n    [InlineData(1)]\n"
                                                     "    public void B(int x) { Add(x); }\n}\n",
        "src/Basket.FunctionalTests/BasketScenarios.cs": "class S {\n  [Fact]\n"
                                                          "  public async Task Post() { await Send(); }\n}\n",
        "src/Basket.FunctionalTests/Base/TestServerFixture.cs": "class Fixture { }\n",
        "src/EventBus.Tests/Subs.cs": "class X {\n  [TestMethod]\n  public void C() { Handle(); }\n}\n",
        "src/Basket.API/Controllers/BasketController.cs": "class C {\n  [HttpGet]\n  public void Get() {}\n"
                                                          "  [Fact] public void NotATest() {}\n}\n",
        "src/Contest/Entry.cs": "class E {\n  [Test]\n  public void D() {}\n}\n",
    })
    inv = inventory(tmp_path)
    kinds = {(f.path, f.kind, f.tests) for f in inv.files}
    assert kinds == {("src/Basket.UnitTests/BasketWebApiTest.cs", "unit", 2),
                     ("src/Basket.FunctionalTests/BasketScenarios.cs", "integration", 1),
                     ("src/EventBus.Tests/Subs.cs", "unit", 1)}, kinds
    assert findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite", Status.PASS)


def test_junit_results_and_coverage(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("reports/\nbuild/\ncoverage.xml\n")
    write(tmp_path, {
        "reports/unit/junit.xml": JUNIT_OK,
        "build/test-results/integration/TEST-it.xml": JUNIT_FAIL,
        "reports/garbage.xml": "<testsuite><unclosed>",
        "coverage.xml": '<?xml version="1.0"?><coverage line-rate="0.734" lines-valid="1000" lines-covered="734"/>',
        "web/coverage/lcov.info": "SF:a.js\nLF:10\nLH:9\nend_of_record\nSF:b.js\nLF:10\nLH:10\nend_of_record\n",
    })
    inv = inventory(tmp_path)
    results = {r.path: r for r in inv.results}
    ok = results["reports/unit/junit.xml"]
    assert (ok.tests, ok.failures, ok.errors, ok.skipped, ok.ok, ok.kind) == (2, 0, 0, 1, True, "unit")
    bad = results["build/test-results/integration/TEST-it.xml"]
    assert (bad.failures, bad.errors, bad.kind) == (1, 1, "integration")
    assert bad.failed == ["it.Db.test_write: boom", "it.Db.test_read: conn refused"]
    assert any(p[0] == "reports/garbage.xml" for p in inv.problems)
    cov = {c.path: c for c in inv.coverage}
    assert cov["coverage.xml"].percent == 73.4 and cov["coverage.xml"].format == "cobertura"
    assert cov["web/coverage/lcov.info"].percent == 95.0


def test_results_where_every_test_was_skipped_are_not_a_pass(tmp_path: Path) -> None:
    """A JUnit file whose every test case is skipped passed as "29 tests, none failed" (fixtures near miss)."""
    skipped = ('<testsuite name="unit" tests="2" skipped="2">'
               '<testcase classname="t" name="test_a"><skipped message="no db"/></testcase>'
               '<testcase classname="t" name="test_b"><skipped message="no db"/></testcase></testsuite>')
    write(tmp_path, {"tests/test_units.py": "def test_a(): ...\ndef test_b(): ...\n",
                     "reports/junit-unit.xml": skipped})
    [f] = findings(scan(tmp_path, only=("unit-tests/results",)), "unit-tests/results")
    assert f.status is Status.WARN and "all 2 tests were skipped" in f.message
    assert f.location and f.location.path == "reports/junit-unit.xml"
    write(tmp_path, {"reports/junit-unit.xml": JUNIT_OK})  # one of two skipped: the other ran and passed
    [f] = findings(scan(tmp_path, only=("unit-tests/results",)), "unit-tests/results")
    assert f.status is Status.PASS


def test_configured_globs_and_threshold(tmp_path: Path) -> None:
    write(tmp_path, {"out/results.xml": JUNIT_OK})
    config = Config(raw={"tests": {"junit": ["out/*.xml"], "coverage_threshold": 90}})
    inv = inventory(tmp_path, config)
    assert [r.path for r in inv.results] == ["out/results.xml"] and inv.coverage_threshold == 90


def test_run_tests_is_opt_in(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    config = Config(raw={"tests": {"commands": {"unit": f"touch {marker} && echo done"}, "timeout_s": 5}})
    assert inventory(tmp_path, config).runs == [] and not marker.exists()
    [run] = inventory(tmp_path, config, run_tests=True).runs
    assert marker.exists() and run.exit_code == 0 and run.output_tail == "done"
    slow = Config(raw={"tests": {"commands": {"unit": "sleep 5"}, "timeout_s": 0.2}})
    [run] = inventory(tmp_path, slow, run_tests=True).runs
    assert run.exit_code is None and "timed out" in (run.error or "")


README = """# Orders service

Takes orders. See [the docs](docs/guide.md#setup), [missing](docs/nope.md), [bad anchor](#nowhere),
[ok anchor](#configuration) and [site](https://example.com).

## Configuration

| Variable | Description |
|---|---|
| `DATABASE_URL` | where the data lives |

- `LOG_LEVEL`: verbosity
"""


def test_markdown_sections_tables_links(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": README, "docs/guide.md": "# Guide\n\n## Setup\n\nrun it\n"})
    (tmp_path / "docs" / "latin1.md").write_bytes("# Caf\xe9\n".encode("latin-1"))
    md = Context(tmp_path, Config()).use(markdown_docs)
    readme = md.readme
    assert readme is not None and md.readme_path == "README.md"
    assert [h.text for h in readme.headings] == ["Orders service", "Configuration"]
    assert readme.tables[0].headers == ["Variable", "Description"]
    assert readme.tables[0].rows == [["DATABASE_URL", "where the data lives"]]
    assert readme.list_items[0].text == "LOG_LEVEL: verbosity"
    assert "DATABASE_URL" in readme.code_spans
    links = {link.target: link for link in readme.links}
    assert links["docs/guide.md#setup"].exists and links["docs/guide.md#setup"].anchor_ok
    assert links["docs/nope.md"].exists is False
    assert links["docs/guide.md#setup"].line == 3 and links["#configuration"].line == 4  # exact, not the paragraph
    assert links["#nowhere"].anchor_ok is False and links["#configuration"].anchor_ok is True
    assert links["https://example.com"].exists is None
    sections = {s.heading.text: s for s in readme.sections()}
    assert "DATABASE_URL" in sections["Configuration"].text
    assert "docs/latin1.md" in md.docs


def test_large_test_code_is_counted_in_a_worker_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above WORKER_MIN_BYTES the Python test modules are parsed in a worker process (issue 8 §6): the
    inventory, problems included, is the one the in-process count gives, in the same order."""
    import deploycheck.sources.testsuites as testsuites

    files = {f"tests/test_m{i:03}.py": f"import pytest\n\n@pytest.mark.integration\ndef test_db{i}(): ...\n"
                                      f"class TestX:\n    def test_b(self): ...\n" for i in range(150)}
    files["tests/test_broken.py"] = "def test_(:\n"
    files["tests/fixtures/test_data.py"] = "def test_fixture(): ...\n"
    files["tests/e2e/test_flow.py"] = "import unittest\nclass Flow(unittest.TestCase):\n    def test_x(self): ...\n"
    write(tmp_path, files)
    in_process = inventory(tmp_path)
    monkeypatch.setattr(testsuites, "WORKER_MIN_BYTES", 1)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")  # whatever the machine's load
    ctx = Context(tmp_path, Config(), Options())
    testsuites.start_test_count(ctx)
    assert "python-tests" in ctx.background  # really started (3 chunks of 64 files)
    in_worker = ctx.use(suite_inventory)
    assert not ctx.background  # collected, the pool shut down
    assert in_worker.files == in_process.files and in_worker.problems == in_process.problems
    assert in_worker.count("integration") == 150 and in_worker.count("e2e") == 1
    assert in_worker.problems[0][0] == "tests/test_broken.py"


def test_deploycheck_jobs_1_starts_no_test_count_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DEPLOYCHECK_JOBS=1 asks for one process: the test-count worker started on any two-core machine."""
    import deploycheck.sources.testsuites as testsuites

    write(tmp_path, {f"tests/test_m{i}.py": "def test_a(): ...\n" for i in range(10)})
    monkeypatch.setattr(testsuites, "WORKER_MIN_BYTES", 1)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    ctx = Context(tmp_path, Config(), Options())
    testsuites.start_test_count(ctx)
    assert "python-tests" not in ctx.background
    assert ctx.use(suite_inventory).count("unit") == 10  # counted in this process


def test_a_scan_of_a_large_repository_uses_the_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the engine: the worker starts when a selected check needs test files, and the finding is the
    in-process one."""
    import deploycheck.sources.testsuites as testsuites

    write(tmp_path, {f"tests/test_m{i}.py": "def test_a(): ...\ndef test_b(): ...\n" for i in range(70)})
    before = findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite")
    started = []
    real = testsuites.start_test_count

    def spy(ctx: Context) -> None:
        real(ctx)
        started.append("python-tests" in ctx.background)

    monkeypatch.setattr(testsuites, "WORKER_MIN_BYTES", 1)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")  # whatever the machine's load
    monkeypatch.setattr(testsuites, "start_test_count", spy)
    after = findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite")
    assert started == [True]
    assert [(f.status, f.message) for f in after] == [(f.status, f.message) for f in before]
    assert after[0].status is Status.PASS and "140 unit tests in 70 file(s)" in after[0].message


def test_cypress_9_specs_under_cypress_integration_are_an_e2e_suite(tmp_path: Path) -> None:
    # TeaStore (bench/accuracy): Cypress up to version 9 keeps its specs as e2e-tests/cypress/integration/*.js, with
    # no .cy. or .spec. in the name; the suite was "no end-to-end test suite found".
    write(tmp_path, {"e2e-tests/cypress.json": '{"baseUrl": "http://localhost:8080"}\n',
                     "e2e-tests/cypress/integration/auth.js": (
                         "describe('Authentication', () => {\n  it('signs in', () => {\n"
                         "    cy.visit('/login')\n  })\n  it('warns', () => { cy.get('.warn') })\n})\n"),
                     "e2e-tests/cypress/support/commands.js": "Cypress.Commands.add('login', () => {})\n",
                     "e2e-tests/cypress/plugins/index.js": "module.exports = (on, config) => {}\n"})
    result = findings(scan(tmp_path, only=("e2e-tests/suite",)), "e2e-tests/suite")
    assert [f.status for f in result] == [Status.PASS] and "2" in result[0].message, [f.message for f in result]


def test_an_abstract_java_base_class_ending_in_init_is_not_an_integration_suite(tmp_path: Path) -> None:
    # TeaStore (bench/accuracy): Failsafe's *IT.java is upper-case IT; AbstractCacheTestInit.java, an abstract JUnit
    # base class with no @Test, was read case-blind as an *IT.java file: "1 integration test file(s) but no test
    # functions in them".
    base = "services/tools.descartes.teastore.image/src/test/java/tools/descartes/teastore/image/cache/"
    write(tmp_path, {
        base + "AbstractCacheTestInit.java": (
            "package tools.descartes.teastore.image.cache;\n\nimport org.junit.Before;\n\n"
            "public abstract class AbstractCacheTestInit {\n  @Before\n  public void initialize() {\n"
            "    mockedImg1 = mock(StoreImage.class);\n  }\n}\n"),
        base + "TestLeastRecentlyUsed.java": (
            "public class TestLeastRecentlyUsed extends AbstractCacheTestInit {\n  @Test\n"
            "  public void testUseTail() {}\n}\n"),
        "services/x/src/test/java/x/RepoIT.java": "class RepoIT { @Test void a() {} }",
        "services/x/src/test/java/x/RepoITCase.java": "class RepoITCase { @Test void a() {} }",
    })
    kinds = {f.path.rpartition("/")[2]: f.kind for f in inventory(tmp_path).files}
    assert kinds == {"AbstractCacheTestInit.java": "unit", "TestLeastRecentlyUsed.java": "unit",
                     "RepoIT.java": "integration", "RepoITCase.java": "integration"}


ARDANLABS_DOCKER = '''package docker

import "os/exec"

// StartContainer starts the specified container for running tests.
func StartContainer(image string, name string, port string, dockerArgs []string, appArgs []string) (Container, error) {
	arg := []string{"run", "-P", "-d", "--name", name}
	cmd := exec.Command("docker", arg...)
	return Container{}, cmd.Run()
}
'''


def test_go_tests_against_a_database_container_are_integration_tests(tmp_path: Path) -> None:
    # ardanlabs/service (bench/accuracy): api/services/sales/tests/homeapi/home_test.go calls apitest.New, which calls
    # dbtest.New, which starts postgres:18.4 with foundation/docker.StartContainer (the docker CLI): the HTTP API runs
    # against a real PostgreSQL, yet the scan said "no integration test suite found".
    write(tmp_path, {
        "go.mod": "module github.com/ardanlabs/service\n\ngo 1.26.0\n",
        "foundation/docker/docker.go": ARDANLABS_DOCKER,
        "business/sdk/dbtest/dbtest.go": (
            'package dbtest\n\nimport (\n\t"testing"\n\n\t"github.com/ardanlabs/service/foundation/docker"\n'
            '\t"github.com/jmoiron/sqlx"\n)\n\nfunc New(t *testing.T, testName string) *Database {\n'
            '\tc, err := docker.StartContainer("postgres:18.4", "servicetest", "5432", nil, nil)\n\treturn nil\n}\n'),
        "app/sdk/apitest/start.go": (
            'package apitest\n\nimport (\n\t"net/http/httptest"\n\t"testing"\n\n'
            '\t"github.com/ardanlabs/service/business/sdk/dbtest"\n)\n\n'
            'func New(t *testing.T, testName string) *Test {\n\tdb := dbtest.New(t, testName)\n\treturn nil\n}\n'),
        "api/services/sales/tests/homeapi/home_test.go": (
            'package home_test\n\nimport (\n\t"testing"\n\n\t"github.com/ardanlabs/service/app/sdk/apitest"\n)\n\n'
            'func Test_Home(t *testing.T) {\n\tt.Parallel()\n\n\ttest := apitest.New(t, "Test_Home")\n}\n'),
        "business/sdk/sqldb/dialect/dialect_test.go": (
            'package dialect\n\nimport "testing"\n\nfunc TestDialect(t *testing.T) {}\n'),
        "business/domain/userbus/tc_test.go": (
            'package userbus_test\n\nimport (\n\t"testing"\n\n'
            '\t"github.com/testcontainers/testcontainers-go/modules/postgres"\n)\n\n'
            'func TestCreate(t *testing.T) {}\n'),
    })
    kinds = {f.path: (f.kind, f.tests) for f in inventory(tmp_path).files}
    assert kinds == {"api/services/sales/tests/homeapi/home_test.go": ("integration", 1),
                     "business/domain/userbus/tc_test.go": ("integration", 1),
                     "business/sdk/sqldb/dialect/dialect_test.go": ("unit", 1)}
    result = findings(scan(tmp_path, only=("integration-tests/suite",)), "integration-tests/suite")
    assert [f.status for f in result] == [Status.PASS], [f.message for f in result]
    assert "2 integration tests" in result[0].message


# podinfo's .github/workflows/e2e.yml job and the test/e2e.sh it runs (shortened, the real commands)
_PODINFO_E2E_YML = """name: e2e
on: [pull_request]
jobs:
  kind-helm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Setup Kubernetes
        uses: helm/kind-action@v1.14.0
        with:
          cluster_name: kind
      - name: Run integration tests
        run: ./test/e2e.sh
"""
_PODINFO_E2E_SH = """#! /usr/bin/env sh
set -e
docker build --tag test/podinfo --build-arg "REVISION=0.0.0-$(git rev-list -1 HEAD)" .
kind load docker-image test/podinfo:latest
helm upgrade --install --wait podinfo ./charts/podinfo --set image.repository=test/podinfo --namespace=default
helm test podinfo
"""
# kubeflow's jwa_integration_test.yaml, shortened
_KUBEFLOW_JOB = """name: JWA Integration Test
on: pull_request
jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
    - name: Build JWA Image
      run: |
        cd components/crud-web-apps/jupyter
        make docker-build-multi-arch
    - name: Create KinD Cluster
      run: kind create cluster --config components/testing/gh-actions/kind-1-25.yaml
    - name: Load Image into KinD Cluster
      run: kind load docker-image "${IMG}:${TAG}"
    - name: Build & Apply manifests
      run: |
        kustomize build overlays/istio | kubectl apply -f -
        kubectl wait pods -n kubeflow -l app=jupyter-web-app --for=condition=Ready --timeout=300s
"""


def test_a_ci_job_that_tests_the_image_in_a_kind_cluster_is_an_integration_suite(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/e2e.yml": _PODINFO_E2E_YML, "test/e2e.sh": _PODINFO_E2E_SH,
                     "pkg/api/info_test.go": "package api\nfunc TestInfo(t *testing.T) {}\n"})
    [suite] = findings(scan(tmp_path, only=["integration-tests/suite"]), "integration-tests/suite")
    assert suite.status is Status.PASS
    assert "'kind-helm'" in suite.message and "helm test" in suite.message and "test/e2e.sh" in suite.message
    assert suite.location is not None and (suite.location.path, suite.location.line) == (".github/workflows/e2e.yml", 4)
    [results] = findings(scan(tmp_path, only=["integration-tests/results"]), "integration-tests/results")
    assert results.status is Status.SKIPPED and "runs in CI" in results.message

    write(tmp_path / "kf", {".github/workflows/jwa_integration_test.yaml": _KUBEFLOW_JOB})
    [suite] = findings(scan(tmp_path / "kf", only=["integration-tests/suite"]), "integration-tests/suite")
    assert suite.status is Status.PASS and "kubectl wait" in suite.message


@pytest.mark.parametrize("drop", ["kind load docker-image test/podinfo:latest\n", "helm test podinfo\n"])
def test_a_cluster_job_missing_the_image_or_the_check_is_no_suite(tmp_path: Path, drop: str) -> None:
    """A cluster that runs a published image tests nothing of this repository; a deploy nobody checks tests nothing
    (helm --wait only waits for the rollout, so the podinfo script without `helm test` still has no check)."""
    write(tmp_path, {".github/workflows/e2e.yml": _PODINFO_E2E_YML,
                     "test/e2e.sh": _PODINFO_E2E_SH.replace(drop, "").replace("docker build", "echo")})
    [suite] = findings(scan(tmp_path, only=["integration-tests/suite"]), "integration-tests/suite")
    assert suite.status is Status.FAIL


def test_a_cluster_script_outside_the_root_is_not_read(tmp_path: Path) -> None:
    write(tmp_path, {"outside/e2e.sh": _PODINFO_E2E_SH,
                     "repo/.github/workflows/e2e.yml": _PODINFO_E2E_YML.replace("./test/e2e.sh", "../outside/e2e.sh")})
    [suite] = findings(scan(tmp_path / "repo", only=["integration-tests/suite"]), "integration-tests/suite")
    assert suite.status is Status.FAIL


def test_go_component_tests_are_integration_tests(tmp_path: Path) -> None:
    # wild-workouts (bench/accuracy): internal/trainer/service/component_test.go starts the trainer's HTTP and gRPC
    # servers with their Firestore adapters and calls them over HTTP, against the emulator Cloud Build starts with
    # docker-compose. Go only: Angular's unit tests are named *.component.spec.ts.
    test_func = 'package service\n\nimport "testing"\n\nfunc TestHoursAvailability(t *testing.T) {}\n'
    write(tmp_path, {
        "internal/trainer/go.mod": "module github.com/o/wild/internal/trainer\n\ngo 1.18\n",
        "internal/trainer/service/component_test.go": test_func,
        "internal/trainer/service/orders_component_test.go": test_func,
        "internal/trainer/domain/hour/hour_test.go": test_func.replace("package service", "package hour"),
        "web/src/app/button.component.spec.ts": "describe('b', () => { it('renders', () => {}); });\n",
    })
    kinds = {f.path: f.kind for f in inventory(tmp_path).files}
    assert kinds == {"internal/trainer/service/component_test.go": "integration",
                     "internal/trainer/service/orders_component_test.go": "integration",
                     "internal/trainer/domain/hour/hour_test.go": "unit",
                     "web/src/app/button.component.spec.ts": "unit"}


def test_ruby_and_php_suites_are_found_and_classified(tmp_path: Path) -> None:
    # laa-crime-application-store (RSpec: model specs and request specs) and api-platform/demo (PHPUnit: a unit test
    # on TestCase with #[Test] methods, an API test on API Platform's ApiTestCase); trimmed real lines
    write(tmp_path, {
        "spec/models/search_spec.rb": 'require "rails_helper"\n\nRSpec.describe Search do\n'
                                      '  it "returns matching claims" do\n    expect(1).to eq(1)\n  end\n\n'
                                      '  it { is_expected.to be_valid }\nend\n',
        "spec/requests/ping_spec.rb": 'RSpec.describe "Ping" do\n  it "returns build info" do\n'
                                      '    get "/ping"\n  end\nend\n',
        "spec/factories/submissions.rb": "FactoryBot.define do\n  factory :submission do\n  end\nend\n",
        "spec/system/login_spec.rb": "RSpec.describe 'login' do\n  scenario 'signs in' do\n  end\nend\n",
        "test/models/user_test.rb": 'class UserTest < ActiveSupport::TestCase\n  test "valid" do\n  end\n'
                                    "  def test_name\n  end\nend\n",
        "api/tests/Serializer/BookNormalizerTest.php": "<?php\nfinal class BookNormalizerTest extends TestCase\n{\n"
                                                        "    #[Test]\n    public function itNormalizesBook(): void\n"
                                                        "    {\n        $this->normalize();\n    }\n}\n",
        "api/tests/Api/BookTest.php": "<?php\nuse ApiPlatform\\Symfony\\Bundle\\Test\\ApiTestCase;\n\n"
                                      "final class BookTest extends ApiTestCase\n{\n    #[Test]\n"
                                      "    public function asAnonymousICanGetACollectionOfBooks(): void\n"
                                      "    {\n        $this->get();\n    }\n"
                                      "    public function testAdminCanDelete(): void\n"
                                      "    {\n        $this->delete();\n"
                                      "    }\n}\n",
        "api/tests/Api/Trait/SerializerTrait.php": "<?php\ntrait SerializerTrait {}\n",
    })
    inv = inventory(tmp_path)
    kinds = {f.path: (f.kind, f.framework, f.tests) for f in inv.files}
    assert kinds["spec/models/search_spec.rb"] == ("unit", "rspec", 2)
    assert kinds["spec/requests/ping_spec.rb"] == ("integration", "rspec", 1)
    assert kinds["spec/system/login_spec.rb"] == ("e2e", "rspec", 1)
    assert kinds["test/models/user_test.rb"] == ("unit", "minitest", 2)
    assert kinds["api/tests/Serializer/BookNormalizerTest.php"] == ("unit", "phpunit", 1)
    assert kinds["api/tests/Api/BookTest.php"] == ("integration", "phpunit", 2)
    assert "spec/factories/submissions.rb" not in kinds and "api/tests/Api/Trait/SerializerTrait.php" not in kinds
