"""The one meta-test of the project standard "every check has a passing and a failing fixture".

Layout (tests/fixtures/checks/README.md says how to add one):

    tests/fixtures/checks/<item>/<slug>/pass/   a small repository on which the check <item>/<slug> passes
    tests/fixtures/checks/<item>/<slug>/fail/   a small repository on which it fails (or warns)

Each fixture directory is copied to a temporary directory (so no parent git repository, .gitignore or
`tests/` path of deploycheck's own checkout leaks into the scan) and scanned in-process through the engine
with only that check selected. An optional FIXTURE.yaml in a fixture directory (not copied) says how to
build the repository beyond its files:

    example: ready-service                     start from a copy of examples/<name> with its git history
                                               (tests/example_repos.py), the fixture's files over it
    base: [tests/fixtures/checks/_bases/k8s]   directories (relative to deploycheck's root) copied first,
                                               the fixture's own files over them
    remove: [path, ...]                        files of the bases removed again
    git: [{message: ..., tag: v1.0}, ...]      commits (everything present is committed each time; `files:`
                                               {path: text} written before a commit; `date:`), in order
    options: {online: false, run_tests: true}  engine Options for the scan
    no_location: <reason>                      a fail fixture whose finding cannot point at a file (absence)
    error_is_failure: <reason>                 a fail fixture of a parse check, whose failure is `error`

What is asserted:
- every registered check (plugin-free: built-ins only, live ones included) has both fixtures, else the
  failure names each missing directory;
- `pass/`: the check yields at least one finding and every one is `pass` (not n/a, not skipped);
- `fail/`: at least one finding is `fail` or `warn` (`error` for a parse check that says so), and each
  such finding points at a file or directory that exists in the fixture (unless it says `no_location`).

Live checks (`live: true`) need running servers (PostgreSQL, registry, OIDC, HTTP, the Kubernetes
emulator), which the live tests start and which take minutes, not the seconds this test is allowed.
The honest choice made here: a live check's `pass/` and `fail/` directories hold a LIVE.yaml naming
the existing test function(s) that exercise that outcome against real servers; this test verifies that
each named test function exists and that its source (or the module constant it uses) names the check
id. It does not run them: the live test suite does (tests/live, tests/test_*_live.py).
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.example_repos import copy_example
from tests.helpers import findings, git, scan

from deploycheck.checks.registry import all_checks
from deploycheck.model import Status

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "checks"
SETUP = "FIXTURE.yaml"
LIVE = "LIVE.yaml"

CHECKS = all_checks(load_plugins=False)
STATIC = sorted(cid for cid, spec in CHECKS.items() if not spec.live and spec.origin == "builtin")
LIVE_CHECKS = sorted(cid for cid, spec in CHECKS.items() if spec.live and spec.origin == "builtin")

# Checks still without fixtures: this list only shrinks (a check added after the meta-test landed must
# come with its fixtures, never land here).
NOT_YET: frozenset[str] = frozenset({
    "api-docs/operations-documented", "api-docs/spec-matches-code", "api-docs/spec-present",
    "api-docs/spec-valid", "auth-protocols/live-oidc", "auth-protocols/security-schemes",
    "auth-protocols/tls-verification", "auth-protocols/token-validation", "backups/live-latest-backup",
    "backups/live-restore-drill", "backups/mechanism", "backups/restore-procedure", "backups/tested",
    "cluster/kubernetes-version", "cluster/live-api-resources", "cluster/live-capacity",
    "cluster/live-permissions", "cluster/live-reachable", "code-comments/docstrings", "code-review/codeowners",
    "code-review/reviewed-commits", "dependency-health/lockfile", "dependency-health/outdated",
    "dependency-health/update-bot", "dependency-health/vulnerabilities", "e2e-tests/results", "e2e-tests/suite",
    "endpoint-security/cors", "endpoint-security/live-auth-enforced", "endpoint-security/live-tls",
    "endpoint-security/openapi-security", "endpoint-security/route-auth", "env-vars/documented",
    "env-vars/documented-unused", "env-vars/required-set", "external-services/declared",
    "external-services/http-timeouts", "external-services/live-reachable", "feature-flags/defined",
    "feature-flags/expiry", "feature-flags/unused", "health-probes/live-pod-probes",
    "health-probes/live-probes-answer", "helm-chart/chart-yaml", "helm-chart/lint", "helm-chart/present",
    "helm-chart/renders", "helm-chart/tests", "helm-chart/values-schema", "helm-chart/version-bump",
    "integration-tests/results", "integration-tests/suite", "logging/level-from-env", "logging/no-secrets",
    "logging/print", "logging/stdout", "logging/structured", "manifests/parse", "migration-scripts/chain",
    "migration-scripts/reversible", "migration-scripts/tree", "monitoring/live-metrics-endpoint",
    "monitoring/live-pod-metrics", "monitoring/live-prometheus", "performance-tests/defined",
    "performance-tests/live-slo", "readme/links", "readme/present", "readme/sections", "readme/updated",
    "registry/allowed-registry", "registry/ci-push", "registry/live-registry", "registry/pull-secrets",
    "rollback-plan/live-previous-revision", "rollback-plan/migrations-reversible",
    "rollback-plan/progressive-abort", "rollback-plan/runbook", "rollout-strategy/live-rollout-status",
    "schema-changes/destructive", "schema-changes/lint", "schema-changes/live-applied-revision",
    "secrets-management/rbac-secrets", "sensitive-config/env-files", "sensitive-config/helm-values",
    "sensitive-config/secret-scan", "smoke-tests/defined", "smoke-tests/live-requests", "unit-tests/coverage",
    "unit-tests/results", "unit-tests/suite",
})


def _where(check_id: str, outcome: str) -> Path:
    return FIXTURES / check_id / outcome


def test_every_check_has_a_passing_and_a_failing_fixture() -> None:
    missing = []
    for cid in STATIC + LIVE_CHECKS:
        if cid in NOT_YET:
            continue
        for outcome in ("pass", "fail"):
            d = _where(cid, outcome)
            marker = d / LIVE if CHECKS[cid].live else d
            if not marker.exists() or (d.is_dir() and not any(d.iterdir())):
                missing.append(f"{d.relative_to(REPO)}/" + (LIVE if CHECKS[cid].live else ""))
    assert not missing, (
        "checks without a passing or failing fixture; add a small repository on which the check passes "
        "(pass/) and one on which it fails (fail/); live checks a LIVE.yaml naming their live tests "
        "(tests/fixtures/checks/README.md):\n  " + "\n  ".join(missing))
    done = sorted(c for c in NOT_YET if _where(c, "pass").exists() and _where(c, "fail").exists())
    assert not done, f"these have fixtures now, remove them from NOT_YET: {done}"
    assert not NOT_YET - set(CHECKS), f"NOT_YET names checks that do not exist: {sorted(NOT_YET - set(CHECKS))}"


def test_no_fixture_for_an_unknown_check() -> None:
    known = set(CHECKS)
    dirs = {f"{p.parent.parent.name}/{p.parent.name}" for p in FIXTURES.glob("*/*/pass")}
    dirs |= {f"{p.parent.parent.name}/{p.parent.name}" for p in FIXTURES.glob("*/*/fail")}
    assert dirs - known == set(), "fixtures for checks that do not exist (renamed? removed?)"


# --- building and scanning one fixture ---------------------------------------------------------------


def _setup(src: Path) -> dict[str, Any]:
    path = src / SETUP
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text()) or {}
    assert isinstance(data, dict), f"{path}: a mapping"
    unknown = set(data) - {"base", "remove", "git", "options", "no_location", "error_is_failure",
                                 "example"}
    assert not unknown, f"{path}: unknown keys {sorted(unknown)}"
    return data


def _copy(src: Path, dest: Path) -> None:
    shutil.copytree(src, dest, dirs_exist_ok=True, symlinks=True,
                    ignore=shutil.ignore_patterns(SETUP, "__pycache__", ".pytest_cache"))


def build(src: Path, dest: Path) -> dict[str, Any]:
    """The fixture at `src` as a repository in `dest`; returns its FIXTURE.yaml settings."""
    setup = _setup(src)
    if setup.get("example"):
        copy_example(setup["example"], dest)
    dest.mkdir(parents=True, exist_ok=True)
    for base in setup.get("base", []):
        _copy(REPO / base, dest)
    _copy(src, dest)
    for rel in setup.get("remove", []):
        target = dest / rel
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    steps = setup.get("git", [])
    if steps and not (dest / ".git").exists():
        git(dest, "init", "-q")
    for n, step in enumerate(steps):
        for rel, text in (step.get("files") or {}).items():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            (dest / rel).write_text(text)
        git(dest, "add", "-A")
        date = step.get("date", f"2026-01-{n + 1:02d}T12:00:00+00:00")
        git(dest, "commit", "-q", "--allow-empty", "-m", step.get("message", f"commit {n + 1}"), date=date)
        if step.get("tag"):
            git(dest, "tag", "-a", step["tag"], "-m", step["tag"], date=date)
    return setup


def _run(check_id: str, outcome: str, tmp_path: Path) -> tuple[list[Any], dict[str, Any], Path]:
    src = _where(check_id, outcome)
    if not src.is_dir():
        pytest.skip(f"no {outcome} fixture yet (listed in NOT_YET)") if check_id in NOT_YET else pytest.fail(
            f"no fixture {src.relative_to(REPO)}/")
    repo = tmp_path / "repo"
    setup = build(src, repo)
    got = findings(scan(repo, only=(check_id,), **setup.get("options", {})), check_id)
    return got, setup, repo


def _show(got: list[Any]) -> list[str]:
    return [f"{f.status.value}: {f.message} @ {f.location}" for f in got]


@pytest.mark.parametrize("check_id", STATIC)
def test_passing_fixture(check_id: str, tmp_path: Path) -> None:
    got, _, _ = _run(check_id, "pass", tmp_path)
    assert got and {f.status for f in got} == {Status.PASS}, _show(got)


@pytest.mark.parametrize("check_id", STATIC)
def test_failing_fixture(check_id: str, tmp_path: Path) -> None:
    got, setup, repo = _run(check_id, "fail", tmp_path)
    failing = {Status.FAIL, Status.WARN} | ({Status.ERROR} if setup.get("error_is_failure") else set())
    bad = [f for f in got if f.status in failing]
    assert bad, _show(got)
    if setup.get("no_location"):
        return
    for f in bad:
        path = f.location.path if f.location else None
        assert path and (repo / path).exists(), (f"{f.status.value} finding does not point at a file of the fixture",
                                                 _show([f]))


# --- live checks: declared mapping to the live tests that exercise them -------------------------------


def _test_source(node_id: str) -> str:
    """Source of `tests/<file>.py::<function>` plus the module-level constants it reads."""
    file, _, name = node_id.partition("::")
    path = REPO / file
    assert path.is_file(), f"{node_id}: no file {file}"
    text = path.read_text()
    tree = ast.parse(text)
    funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name]
    assert funcs, f"{node_id}: no test function {name} in {file}"
    body = ast.get_source_segment(text, funcs[0]) or ""
    used = {n.id for n in ast.walk(funcs[0]) if isinstance(n, ast.Name)}
    consts = [ast.get_source_segment(text, n) or "" for n in tree.body if isinstance(n, ast.Assign | ast.AnnAssign)
              and any(isinstance(t, ast.Name) and t.id in used
                      for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    return body + "\n".join(consts)


@pytest.mark.parametrize("check_id", LIVE_CHECKS)
@pytest.mark.parametrize("outcome", ["pass", "fail"])
def test_live_check_fixture_names_live_tests(check_id: str, outcome: str) -> None:
    path = _where(check_id, outcome) / LIVE
    if not path.is_file():
        pytest.skip("listed in NOT_YET") if check_id in NOT_YET else pytest.fail(f"no {path.relative_to(REPO)}")
    data = yaml.safe_load(path.read_text()) or {}
    tests = data.get("tests") or []
    assert tests and data.get("why"), f"{path}: needs `tests:` (node ids) and `why:` (what they exercise)"
    for node_id in tests:
        assert check_id in _test_source(node_id), f"{node_id} does not name {check_id}"
