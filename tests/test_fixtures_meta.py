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
    edit: {path: [{replace: old, with: new}]}  the one planted mistake, as text replaced in a file of the
                                               example/base (each `replace` must be found: a changed example
                                               fails loudly instead of silently testing nothing)
    git: [{message: ..., tag: v1.0}, ...]      commits (everything present is committed each time; `files:`
                                               {path: text} written and `edit:` applied before a commit;
                                               `date:`), in order
    options: {online: false, run_tests: true}  engine Options for the scan
    attested: <why>                            a pass fixture of a check only a person can settle: its
                                               findings are `manual` and a valid attestation makes the
                                               item pass (asserted on the engine's item result)
    no_location: <reason>                      a fail fixture whose finding cannot point at a file (absence)
    fails_as: "error: <why>"                   a check whose failing outcome is `error` (a parse check) or
                                               `manual` (needs a person's sign-off), and why

What is asserted:
- every registered check (plugin-free: built-ins only, live ones included) has both fixtures, else the
  failure names each missing directory;
- `pass/`: the check yields at least one finding and every one is `pass` (not n/a, not skipped);
- `fail/`: at least one finding is `fail` or `warn` (or what `fails_as` says, e.g. `error`), and each
  such finding points at a file or directory that exists in the fixture (unless it says `no_location`).

Live checks (`live: true`) need running servers (PostgreSQL, registry, OIDC, HTTP, the Kubernetes
emulator), which the live tests start and which take minutes, not the seconds this test is allowed.
The honest choice made here: a live check's `pass/` and `fail/` directories hold a LIVE.yaml naming
the existing test function(s) that exercise that outcome against real servers, and why; this test
verifies that each named test function exists and that its source (or a module constant it reads)
names the check id. It does not run them: the live tests do (tests/live, tests/test_*_live.py), so a
LIVE.yaml is a pointer whose truth rests on those tests. A static check whose outcome needs a server
(dependency-health/outdated: a package index under --online) may do the same.
"""

from __future__ import annotations

import ast
import atexit
import functools
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.example_repos import copy_example
from tests.helpers import findings, git, scan

from deploycheck.checks.registry import all_checks
from deploycheck.engine import RunResult
from deploycheck.model import Status

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "checks"
SETUP = "FIXTURE.yaml"
LIVE = "LIVE.yaml"

CHECKS = all_checks(load_plugins=False)
ALL = sorted(cid for cid, spec in CHECKS.items() if spec.origin == "builtin")

# Checks still without fixtures: this list only shrinks (a check added after the meta-test landed must
# come with its fixtures, never land here).
NOT_YET: frozenset[str] = frozenset()


def _where(check_id: str, outcome: str) -> Path:
    return FIXTURES / check_id / outcome


def test_every_check_has_a_passing_and_a_failing_fixture() -> None:
    missing = []
    for cid in ALL:
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
    unknown = set(data) - {"base", "remove", "git", "options", "no_location", "fails_as", "example",
                                 "attested", "edit"}
    assert not unknown, f"{path}: unknown keys {sorted(unknown)}"
    return data


@functools.cache
def _example(name: str) -> Path:
    """examples/<name> made into a git repository once per run (tests/example_repos.py); fixtures copy it."""
    where = Path(tempfile.mkdtemp(prefix="deploycheck-fixture-"))
    atexit.register(shutil.rmtree, where, ignore_errors=True)
    return copy_example(name, where / name)


def _copy(src: Path, dest: Path) -> None:
    shutil.copytree(src, dest, dirs_exist_ok=True, symlinks=True,
                    ignore=shutil.ignore_patterns(SETUP, "__pycache__", ".pytest_cache"))


def build(src: Path, dest: Path) -> dict[str, Any]:
    """The fixture at `src` as a repository in `dest`; returns its FIXTURE.yaml settings."""
    setup = _setup(src)
    if setup.get("example"):
        shutil.copytree(_example(setup["example"]), dest, symlinks=True)
    dest.mkdir(parents=True, exist_ok=True)
    for base in setup.get("base", []):
        _copy(REPO / base, dest)
    _copy(src, dest)
    for rel in setup.get("remove", []):
        target = dest / rel
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    _edit(dest, setup.get("edit") or {}, src)
    steps = setup.get("git", [])
    if steps and not (dest / ".git").exists():
        git(dest, "init", "-q")
    for n, step in enumerate(steps):
        for rel, text in (step.get("files") or {}).items():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            (dest / rel).write_text(text)
        _edit(dest, step.get("edit") or {}, src)
        git(dest, "add", "-A")
        date = step.get("date", f"2026-01-{n + 1:02d}T12:00:00+00:00")
        git(dest, "commit", "-q", "--allow-empty", "-m", step.get("message", f"commit {n + 1}"), date=date)
        if step.get("tag"):
            git(dest, "tag", "-a", step["tag"], "-m", step["tag"], date=date)
    return setup


def _edit(dest: Path, edits: dict[str, list[dict[str, str]]], src: Path) -> None:
    for rel, changes in edits.items():
        path = dest / rel
        assert path.is_file(), f"{src.relative_to(REPO)}/{SETUP}: edit of {rel}, which the base does not have"
        text = path.read_text()
        for change in changes:
            assert change["replace"] in text, (
                f"{src.relative_to(REPO)}/{SETUP}: {rel} lacks {change['replace']!r} (did the example change?)")
            text = text.replace(change["replace"], change["with"], 1)
        path.write_text(text)


def _run(check_id: str, outcome: str, tmp_path: Path) -> tuple[RunResult, dict[str, Any], Path]:
    src = _where(check_id, outcome)
    if not src.is_dir():
        pytest.skip(f"no {outcome} fixture yet (listed in NOT_YET)") if check_id in NOT_YET else pytest.fail(
            f"no fixture {src.relative_to(REPO)}/")
    repo = tmp_path / "repo"
    setup = build(src, repo)
    return scan(repo, only=(check_id,), **setup.get("options", {})), setup, repo


def _mapped(check_id: str, outcome: str) -> bool:
    """True when the fixture is a LIVE.yaml naming tests against real servers (verified here, run there)."""
    path = _where(check_id, outcome) / LIVE
    if path.is_file():
        _names_live_tests(check_id, path)
        return True
    assert not CHECKS[check_id].live or check_id in NOT_YET, f"a live check names its live tests in {path}"
    return False


def _show(got: list[Any]) -> list[str]:
    return [f"{f.status.value}: {f.message} @ {f.location}" for f in got]


@pytest.mark.parametrize("check_id", ALL)
def test_passing_fixture(check_id: str, tmp_path: Path) -> None:
    if _mapped(check_id, "pass"):
        return
    result, setup, _ = _run(check_id, "pass", tmp_path)
    got = findings(result, check_id)
    if setup.get("attested"):
        assert got and {f.status for f in got} == {Status.MANUAL}, _show(got)
        [item] = [i for i in result.report.items if i.item == CHECKS[check_id].item]
        assert item.status is Status.PASS and item.attestation, (item.status, item.summary)
        return
    assert got and {f.status for f in got} == {Status.PASS}, _show(got)


@pytest.mark.parametrize("check_id", ALL)
def test_failing_fixture(check_id: str, tmp_path: Path) -> None:
    if _mapped(check_id, "fail"):
        return
    result, setup, repo = _run(check_id, "fail", tmp_path)
    got = findings(result, check_id)
    failing = {Status.FAIL, Status.WARN}
    if setup.get("fails_as"):
        status = Status(setup["fails_as"].split(":", 1)[0])
        assert status in (Status.ERROR, Status.MANUAL), "fails_as: error or manual, with the reason after ':'"
        failing.add(status)
    bad = [f for f in got if f.status in failing]
    assert bad, _show(got)
    if setup.get("no_location"):
        return
    for f in bad:
        path = f.location.path if f.location else None
        assert path and (repo / path).exists(), (f"{f.status.value} finding does not point at a file of the fixture",
                                                 _show([f]))


# --- checks that need servers: declared mapping to the tests that exercise them -------------------------------


def _test_source(node_id: str) -> str:
    """Source of `tests/<file>.py::<function>` plus the module-level constants and helpers it uses (transitively)."""
    file, _, name = node_id.partition("::")
    path = REPO / file
    assert path.is_file(), f"{node_id}: no file {file}"
    text = path.read_text()
    tree = ast.parse(text)
    defs: dict[str, ast.stmt] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            defs[node.name] = node
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                for n in ast.walk(target):
                    if isinstance(n, ast.Name):
                        defs[n.id] = node
    assert isinstance(defs.get(name), ast.FunctionDef | ast.AsyncFunctionDef), f"{node_id}: no test function {name}"
    seen, todo, parts = {name}, [defs[name]], []
    while todo:
        node = todo.pop()
        parts.append(ast.get_source_segment(text, node) or "")
        for n in ast.walk(node):
            if isinstance(n, ast.Name) and n.id in defs and n.id not in seen:
                seen.add(n.id)
                todo.append(defs[n.id])
    return "\n".join(parts)


def _names_live_tests(check_id: str, path: Path) -> None:
    data = yaml.safe_load(path.read_text()) or {}
    tests = data.get("tests") or []
    assert tests and data.get("why"), f"{path}: needs `tests:` (node ids) and `why:` (what they exercise)"
    for node_id in tests:
        assert check_id in _test_source(node_id), f"{node_id} does not name {check_id}"
