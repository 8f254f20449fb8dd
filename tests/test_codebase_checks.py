"""Checks of the codebase section: a passing and a failing fixture for each."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, git, scan, write
from tests.test_codebase_git import build_history
from tests.test_codebase_suites import JUNIT_FAIL, JUNIT_OK

from deploycheck.model import Status

CODEBASE = ("code-review", "unit-tests", "integration-tests", "e2e-tests", "readme", "api-docs", "code-comments")


def statuses(root: Path, check_id: str, **options: object) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(check_id,), **options), check_id)]


# --- code-review -----------------------------------------------------------------------------------


def test_code_review_lists_direct_commits(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")
    result = scan(root, only=("code-review",))
    [finding] = findings(result, "code-review/reviewed-commits")
    assert finding.status is Status.FAIL
    evidence = finding.evidence or {}
    assert [c["subject"] for c in evidence["unreviewed"]] == ["hotfix straight to main"]
    assert evidence["reviewed"] == 3 and evidence["mainline_commits"] == 4 and evidence["reviewed_share_percent"] == 75
    assert evidence["by_path"] == {"merge commit": 1, "squash merge": 1, "review trailer": 1}
    assert findings(result, "code-review/codeowners")[0].status is Status.WARN  # severity low


def test_code_review_passes_when_all_reviewed(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")
    write(root, {".github/CODEOWNERS": "* @org/team\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "Add owners (#13)")
    git(root, "tag", "v1.1.0")
    write(root, {"app.py": "x = 4\n"})
    git(root, "commit", "-qam", "tweak\n\nApproved-by: Bob <bob@example.com>")
    assert statuses(root, "code-review/reviewed-commits") == [Status.PASS]
    assert statuses(root, "code-review/codeowners") == [Status.PASS]


def test_code_review_shallow_clone_warns(tmp_path: Path) -> None:
    origin = build_history(tmp_path / "origin")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "shallow")
    [finding] = findings(scan(tmp_path / "shallow", only=("code-review",)), "code-review/reviewed-commits")
    # The one visible commit is a squash merge naming PR #12: reviewed, but the rest is hidden.
    assert finding.status is Status.WARN and "shallow" in finding.message
    assert any("shallow clone" in note for note in (finding.evidence or {})["limitations"])


def test_code_review_without_git_is_manual(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "x = 1\n"})
    assert statuses(tmp_path, "code-review/reviewed-commits") == [Status.MANUAL]


# --- tests -----------------------------------------------------------------------------------------

SUITES = {
    "tests/unit/test_a.py": "def test_a(): ...\ndef test_b(): ...\n",
    "tests/integration/test_db.py": "def test_db(): ...\n",
    "e2e/test_flow.py": "def test_flow(): ...\n",
}


def test_suites_with_green_results_pass(tmp_path: Path) -> None:
    write(tmp_path, {**SUITES, "reports/junit-unit.xml": JUNIT_OK,
                     "reports/junit-integration.xml": JUNIT_OK.replace('name="unit"', 'name="integration"'),
                     "reports/junit-e2e.xml": JUNIT_OK.replace('name="unit"', 'name="e2e"'),
                     "coverage.xml": '<coverage line-rate="0.91"/>'})
    result = scan(tmp_path, only=("unit-tests", "integration-tests", "e2e-tests"))
    for kind in ("unit", "integration", "e2e"):
        assert [f.status for f in findings(result, f"{kind}-tests/suite")] == [Status.PASS]
        assert {f.status for f in findings(result, f"{kind}-tests/results")} == {Status.PASS}
    assert [f.status for f in findings(result, "unit-tests/coverage")] == [Status.PASS]
    assert findings(result, "unit-tests/suite")[0].evidence["tests"] == 2  # type: ignore[index]


def test_missing_suite_fails_and_missing_results_warn(tmp_path: Path) -> None:
    write(tmp_path, {"tests/test_a.py": "def test_a(): ...\n", "coverage.xml": '<coverage line-rate="0.5"/>'})
    result = scan(tmp_path, only=("unit-tests", "integration-tests", "e2e-tests"))
    assert [f.status for f in findings(result, "integration-tests/suite")] == [Status.FAIL]
    assert [f.status for f in findings(result, "e2e-tests/suite")] == [Status.FAIL]
    assert [f.status for f in findings(result, "unit-tests/results")] == [Status.WARN]
    [cov] = findings(result, "unit-tests/coverage")
    assert cov.status is Status.WARN and "below the 80% threshold" in cov.message


def test_failing_results_fail(tmp_path: Path) -> None:
    write(tmp_path, {**SUITES, "build/test-results/integration/TEST-db.xml": JUNIT_FAIL})
    result = scan(tmp_path, only=("integration-tests",))
    [bad] = findings(result, "integration-tests/results", Status.FAIL)
    assert "1 failure(s) and 1 error(s)" in bad.message and bad.location and bad.location.path.endswith("TEST-db.xml")


def test_run_tests_runs_configured_commands(tmp_path: Path) -> None:
    write(tmp_path, {**SUITES, ".deploycheck.yaml": "tests:\n  commands:\n    unit: 'echo ok'\n"
                                                    "    integration: 'echo DB_PASSWORD=hunter2hunter2; exit 3'\n"})
    assert Status.PASS in statuses(tmp_path, "unit-tests/results", run_tests=True)
    [bad] = findings(scan(tmp_path, only=("integration-tests",), run_tests=True), "integration-tests/results",
                     Status.FAIL)
    assert "exited with 3" in bad.message
    assert "hunter2hunter2" not in str(bad.evidence)
    # Without --run-tests nothing runs: only "no results" remains.
    assert statuses(tmp_path, "integration-tests/results") == [Status.WARN]


# --- readme ----------------------------------------------------------------------------------------

GOOD_README = """# Orders

The orders service takes orders from the shop front end, stores them in PostgreSQL and publishes an
event for fulfilment. It is owned by the checkout team.

## Getting started

Run `make dev` to start it locally with a database in Docker; tests run with `make test`. Read
[the runbook](docs/runbook.md) before your first on-call shift.

## Configuration

| Variable | Description |
|---|---|
| DATABASE_URL | PostgreSQL DSN |

## Deployment

The Helm chart in `chart/` deploys it; CI promotes from staging to production after the smoke tests
pass, and a rollback is a `helm rollback` to the previous revision.
"""


def test_readme_good(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": GOOD_README, "docs/runbook.md": "# Runbook\n"})
    result = scan(tmp_path, only=("readme",))
    for cid in ("readme/present", "readme/sections", "readme/links"):
        assert [f.status for f in findings(result, cid)] == [Status.PASS], cid


def test_readme_stub_sections_and_links(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": "# svc\n\nTODO. See [docs](docs/missing.md).\n"})
    result = scan(tmp_path, only=("readme",))
    assert [f.status for f in findings(result, "readme/present")] == [Status.FAIL]
    [sections] = findings(result, "readme/sections")
    assert sections.status is Status.FAIL
    assert (sections.evidence or {})["missing"] == ["what it is", "how to run", "configuration", "deployment"]
    assert [f.status for f in findings(result, "readme/links")] == [Status.WARN]  # severity low


def test_an_asciidoc_readme_is_a_readme(tmp_path: Path) -> None:
    """FTGO's only README is README.adoc: it was "no README at the repository root"."""
    body = " ".join(["word"] * 90)
    write(tmp_path, {"README.adoc": (f"= Orders service\n\n{body}\n\n== Running locally\n\nrun it\n\n"
                                     "== Configuration\n\nset X\n\n=== Deploying to Kubernetes\n\nhelm\n")})
    result = scan(tmp_path, only=("readme/present", "readme/sections"))
    [present] = findings(result, "readme/present")
    assert present.status is Status.PASS and present.location and present.location.path == "README.adoc"
    [sections] = findings(result, "readme/sections")
    assert (sections.evidence or {})["headings"] == ["Orders service", "Running locally", "Configuration",
                                                   "Deploying to Kubernetes"]
    assert (sections.evidence or {})["missing"] == ["what it is"]


def test_readme_configured_sections(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": GOOD_README, ".deploycheck.yaml": "docs:\n  readme_sections: [Security, Runbook]\n"})
    [finding] = findings(scan(tmp_path, only=("readme/sections",)), "readme/sections")
    assert finding.status is Status.FAIL and (finding.evidence or {})["missing"] == ["Security", "Runbook"]


def test_no_readme(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": ""})
    assert statuses(tmp_path, "readme/present") == [Status.FAIL]
    assert statuses(tmp_path, "readme/sections") == [Status.SKIPPED]


def test_readme_updated_since_tag(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")  # app.py, feature.py, api.yaml changed since v1.0.0; README not
    [stale] = findings(scan(root, only=("readme/updated",)), "readme/updated")
    assert stale.status is Status.WARN and "did not" in stale.message
    write(root, {"README.md": GOOD_README})
    git(root, "commit", "-qam", "docs (#14)")
    assert statuses(root, "readme/updated") == [Status.PASS]
    assert statuses(tmp_path, "readme/updated") == [Status.SKIPPED]  # tmp_path itself: not a repo, no README


# --- api-docs --------------------------------------------------------------------------------------

APP = '''"""Orders API."""
from fastapi import Depends, FastAPI

app = FastAPI()


@app.get("/orders/{order_id}")
def get_order(order_id: int):
    """One order."""


@app.post("/orders")
def create_order():
    """Create."""


@app.get("/healthz")
def health():
    """Liveness."""
'''

SPEC = """openapi: 3.0.3
info: {title: Orders, version: "1"}
paths:
  /orders/{id}:
    get:
      summary: Get an order
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
  /orders:
    post:
      summary: Create an order
      responses:
        "201": {description: created, content: {application/json: {schema: {type: object}}}}
"""


def test_api_docs_in_sync(tmp_path: Path) -> None:
    write(tmp_path, {"app/main.py": APP, "openapi.yaml": SPEC})
    result = scan(tmp_path, only=("api-docs",))
    for cid in ("api-docs/spec-present", "api-docs/spec-valid", "api-docs/operations-documented",
                "api-docs/spec-matches-code"):
        assert [f.status for f in findings(result, cid)] == [Status.PASS], cid
    [match] = findings(result, "api-docs/spec-matches-code")
    assert (match.evidence or {})["operational_routes_not_in_spec"] == ["GET /healthz"]


def test_routes_kept_out_of_the_schema_are_not_drift(tmp_path: Path) -> None:
    """FastAPI `include_in_schema=False` (a sign-in page, an HTML view) is kept out of the API description
    by the code itself: not claimed missing from the spec, named in the evidence; without it, it is."""
    page = '\n\n@app.get("/login", include_in_schema=False)\ndef login_form():\n    """Sign-in page."""\n'
    write(tmp_path, {"app/main.py": APP + page, "openapi.yaml": SPEC})
    [match] = findings(scan(tmp_path, only=("api-docs",)), "api-docs/spec-matches-code")
    assert match.status is Status.PASS and (match.evidence or {})["routes_kept_out_of_the_schema"] == ["GET /login"]
    write(tmp_path, {"app/main.py": APP + page.replace(", include_in_schema=False", "")})
    drift = {f.message for f in findings(scan(tmp_path, only=("api-docs",)), "api-docs/spec-matches-code",
                                         Status.FAIL)}
    assert drift == {"GET /login is served by the code but not in the API description"}


def test_api_docs_drift_both_ways(tmp_path: Path) -> None:
    spec = SPEC.replace("  /orders:\n    post:", "  /refunds:\n    post:").replace("      summary: Get an order\n", "")
    write(tmp_path, {"app/main.py": APP, "openapi.yaml": spec})
    result = scan(tmp_path, only=("api-docs",))
    drift = {f.message for f in findings(result, "api-docs/spec-matches-code", Status.FAIL)}
    assert drift == {"POST /orders is served by the code but not in the API description",
                     "POST /refunds is in openapi.yaml but no route in the code serves it"}
    [doc] = findings(result, "api-docs/operations-documented")
    assert doc.status is Status.WARN and "1 without summary" in doc.message


def test_api_docs_missing_and_invalid(tmp_path: Path) -> None:
    # (FastAPI serves a generated description unless openapi_url=None: tests/test_codebase_openapi.py)
    write(tmp_path, {"app/main.py": APP.replace("FastAPI()", "FastAPI(openapi_url=None)")})
    assert statuses(tmp_path, "api-docs/spec-present") == [Status.FAIL]
    write(tmp_path, {"openapi.yaml": "openapi: 3.0.0\ninfo: {title: x}\npaths: {}\n",
                     "api/swagger.yaml": "swagger: '2.0'\npaths: [unclosed\n"})
    result = scan(tmp_path, only=("api-docs/spec-valid",))
    failed = {f.location.path: f.message for f in findings(result, "api-docs/spec-valid", Status.FAIL) if f.location}
    assert "invalid" in failed["openapi.yaml"] and "cannot parse" in failed["api/swagger.yaml"]
    [invalid] = [f for f in findings(result, "api-docs/spec-valid") if f.location and f.location.path == "openapi.yaml"]
    assert invalid.location and invalid.location.line == 2  # `info:` lacks `version`


def test_no_api_at_all(tmp_path: Path) -> None:
    write(tmp_path, {"job.py": "print('batch')\n"})
    assert statuses(tmp_path, "api-docs/spec-present") == [Status.NA]


def test_petstore_api_docs(corpus: Path) -> None:
    root = corpus / "swagger-petstore"
    if not root.is_dir():
        pytest.skip("swagger-petstore not in the corpus")
    result = scan(root, only=("api-docs",))
    assert [f.status for f in findings(result, "api-docs/spec-valid")] == [Status.PASS]
    assert [f.status for f in findings(result, "api-docs/spec-matches-code")] == [Status.SKIPPED]


# --- code-comments ---------------------------------------------------------------------------------


def test_code_comments_documented(tmp_path: Path) -> None:
    write(tmp_path, {"app/main.py": APP, "svc/handler.go": "// Package svc serves.\npackage svc\n\n"
                                                          "// Handle answers.\nfunc Handle() {}\n"})
    [finding] = findings(scan(tmp_path, only=("code-comments",)), "code-comments/docstrings")
    assert finding.status is Status.PASS and (finding.evidence or {})["documented_percent"] == 100


def test_code_comments_undocumented(tmp_path: Path) -> None:
    write(tmp_path, {
        "lib.py": "import os\n\ndef a(): pass\n\ndef b(): pass\n\nclass C:\n    def m(self): pass\n"
                  "    def _private(self): pass\n# TODO: docs\n",
        "tests/test_lib.py": "def test_x(): pass\n",
        "broken.py": "def (:\n",
        "web/api.ts": "export function f() {}\n/** documented */\nexport class K {}\n// FIXME later\n",
    })
    result = scan(tmp_path, only=("code-comments",))
    [finding] = findings(result, "code-comments/docstrings", Status.WARN) and [
        f for f in findings(result, "code-comments/docstrings") if "threshold" in f.message]
    evidence = finding.evidence or {}
    assert finding.status is Status.WARN  # severity low: advice, not a blocker
    assert evidence["public"] == 6 and evidence["documented"] == 1
    assert evidence["todo_fixme"] == {"TODO": 1, "FIXME": 1}
    assert "lib.py" in evidence["modules_without_header_sample"]
    assert any(f.location and f.location.path == "broken.py" for f in findings(result, "code-comments/docstrings"))
    write(tmp_path, {".deploycheck.yaml": "docs:\n  comment_threshold: 10\n"})
    assert Status.PASS in statuses(tmp_path, "code-comments/docstrings")


def test_code_comments_nothing_to_judge(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": "# x\n"})
    assert statuses(tmp_path, "code-comments/docstrings") == [Status.NA]


def test_whole_section_survives_bad_input(tmp_path: Path) -> None:
    """Binary, non-UTF-8 and huge files: findings, never a crashed check."""
    (tmp_path / "blob.py").write_bytes(bytes(range(256)) * 50)
    (tmp_path / "README.md").write_bytes(b"# caf\xe9\n\n" + b"\xff\xfe" * 100)
    (tmp_path / "openapi.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "junit.xml").write_bytes(b"<testsuite>\x00\x01")
    big = "\n".join(f"def f{i}():\n    '''doc'''\n    return {i}" for i in range(60_000))
    (tmp_path / "big.py").write_text(big)
    result = scan(tmp_path, only=CODEBASE)
    crashed = [f for f in result.findings if "crashed" in f.message]
    assert crashed == []
    ids = {f.check_id for f in result.findings}
    assert {"api-docs/spec-valid", "code-comments/docstrings", "readme/present", "unit-tests/suite"} <= ids


def test_readme_updated_ignores_ci_only_changes(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    write(root, {"README.md": GOOD_README, "app.py": "x = 1\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "initial")
    git(root, "tag", "v1.0.0")
    write(root, {".github/workflows/ci.yml": "on: push\n", ".pre-commit-config.yaml": "repos: []\n",
                 "docs/notes.md": "# notes\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "ci (#2)")
    assert statuses(root, "readme/updated") == [Status.NA]


@pytest.mark.skipif(__import__("sys").version_info >= (3, 12), reason="needs a Python older than 3.12 running")
def test_newer_python_syntax_is_not_parsed_rather_than_a_syntax_error(tmp_path: Path) -> None:
    from deploycheck.sources.pyast import parse_python

    good = '"""Shop."""\n\n\ndef price(x: int) -> int:\n    """Price."""\n    return x\n'
    write(tmp_path, {"shop/app.py": good, "shop/types.py": '"""Types."""\ntype Point = tuple[float, float]\n',
                     "shop/generic.py": "\"\"\"G.\"\"\"\ndef first[T](xs: list[T]) -> T:\n    return xs[0]\n",
                     "shop/broken.py": '"""B."""\ndef oops(:\n    pass\n'})
    result = scan(tmp_path, only=("code-comments/docstrings",))
    warned = [f.message for f in findings(result, "code-comments/docstrings", Status.WARN)]
    assert warned == ["shop/broken.py: syntax error: invalid syntax; not counted"]  # a real error still warns
    [ok] = findings(result, "code-comments/docstrings", Status.PASS)
    assert ok.evidence is not None
    assert sorted(ok.evidence["not_parsed_newer_python_syntax"]) == ["shop/generic.py", "shop/types.py"]
    _, problem = parse_python("t.py", "type Point = tuple[float, float]\n")
    assert problem is not None and problem.newer_syntax and "Python 3.12 syntax" in problem.message
