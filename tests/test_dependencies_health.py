"""dependency-health: lockfile and update-bot checks, passing and failing fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURES
from tests.helpers import findings, scan, write

from deploycheck.model import Status

LOCK = "dependency-health/lockfile"
BOT = "dependency-health/update-bot"


def _statuses(root: Path, check: str) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(check,)), check)]


def test_lockfiles_present_pass(tmp_path: Path) -> None:
    for sub in ("node", "go", "python-old"):
        shutil.copytree(FIXTURES / "dependencies" / sub, tmp_path / sub)
        assert set(_statuses(tmp_path / sub, LOCK)) == {Status.PASS}, sub


def test_unpinned_without_lock_fails(tmp_path: Path) -> None:
    write(tmp_path, {"requirements.txt": "flask>=2\ngunicorn==22.0.0\n",
                     "package.json": '{"dependencies": {"express": "^4.18.2"}}'})
    result = findings(scan(tmp_path, only=(LOCK,)), LOCK)
    failed = {f.location.path: f for f in result if f.status is Status.FAIL and f.location}
    assert set(failed) == {"requirements.txt", "package.json"}
    assert "flask >=2" in failed["requirements.txt"].message
    assert failed["requirements.txt"].location.line == 1  # type: ignore[union-attr]
    assert "express ^4.18.2" in failed["package.json"].message


def test_pyproject_with_uv_lock_passes(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": '[project]\nname = "svc"\nversion = "1"\ndependencies = ["fastapi>=0.110"]\n',
                     "uv.lock": 'version = 1\n[[package]]\nname = "svc"\nversion = "1"\nsource = { editable = "." }\n'
                                '[[package]]\nname = "fastapi"\nversion = "0.115.0"\n'
                                'source = { registry = "https://pypi.org/simple" }\n'})
    result = findings(scan(tmp_path, only=(LOCK,)), LOCK)
    assert [f.status for f in result] == [Status.PASS] and "uv.lock" in result[0].message


def test_go_mod_without_go_sum_fails(tmp_path: Path) -> None:
    write(tmp_path, {"go.mod": "module x\n\nrequire github.com/lib/pq v1.10.9\n"})
    assert _statuses(tmp_path, LOCK) == [Status.FAIL]


def test_no_manifests_is_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": "# hi\n"})
    assert _statuses(tmp_path, LOCK) == [Status.NA]
    assert _statuses(tmp_path, BOT) == [Status.NA]


def test_update_bot(tmp_path: Path) -> None:
    write(tmp_path, {"requirements.txt": "flask==3.0.3\n"})
    assert _statuses(tmp_path, BOT) == [Status.WARN]  # low severity: advice, not a blocker
    write(tmp_path, {".github/dependabot.yml": "version: 2\nupdates: []\n"})
    assert _statuses(tmp_path, BOT) == [Status.PASS]


def test_renovate_in_package_json(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": '{"dependencies": {"a": "1.0.0"}, "renovate": {"extends": ["config:base"]}}'})
    assert _statuses(tmp_path, BOT) == [Status.PASS]


def test_each_manifest_is_judged_not_the_ecosystem(tmp_path: Path) -> None:
    """A pinned pyproject (or another service's lockfile) made the whole PyPI side pass while the
    requirements.txt an image installs from was unpinned; each manifest needs its own pins or a lockfile
    beside it or above it (a workspace root's)."""
    write(tmp_path, {
        "pyproject.toml": '[project]\nname = "svc"\nversion = "1"\ndependencies = ["fastapi==0.115.0"]\n',
        "requirements.txt": "flask>=2\n",
        "web/package.json": '{"dependencies": {"express": "^4.18.2"}}',
        "web/package-lock.json": '{"lockfileVersion": 3, "packages": {"node_modules/express": {"version": "4.21.0"}}}',
        "admin/package.json": '{"dependencies": {"react": "^18.0.0"}}',
        "packages/ui/package.json": '{"dependencies": {"lit": "^3.0.0"}}',
        "packages/package-lock.json": '{"lockfileVersion": 3, "packages": {"node_modules/lit": {"version": "3.2.0"}}}',
    })
    result = findings(scan(tmp_path, only=(LOCK,)), LOCK)
    failed = {f.location.path for f in result if f.status is Status.FAIL and f.location}
    assert failed == {"requirements.txt", "admin/package.json"}, [f.message for f in result]
    # the other way round is pip-compile's workflow: ranges in pyproject.toml, the closure pinned beside it
    write(tmp_path / "compiled", {
        "pyproject.toml": '[project]\nname = "svc"\nversion = "1"\ndependencies = ["fastapi>=0.110"]\n',
        "requirements.txt": "fastapi==0.115.0\nstarlette==0.38.6\n"})
    assert _statuses(tmp_path / "compiled", LOCK) == [Status.PASS]


POM = ('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
       "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
       "<version>3.3.4</version></parent><artifactId>svc</artifactId><dependencies>"
       "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId>"
       "</dependency><dependency><groupId>io.micrometer</groupId><artifactId>micrometer-core</artifactId>"
       "<version>${micrometer.version}</version></dependency>{extra}</dependencies></project>")


def test_maven_versions_from_the_parent_are_pinned_ranges_are_not(tmp_path: Path) -> None:
    """A version-less dependency of a pom takes its version from the parent or a BOM (Maven builds nothing
    otherwise): fixed. A range or LATEST floats."""
    write(tmp_path / "a", {"pom.xml": POM.replace("{extra}", "")})
    assert _statuses(tmp_path / "a", LOCK) == [Status.PASS]
    write(tmp_path / "b", {"pom.xml": POM.replace("{extra}", "<dependency><groupId>com.x</groupId><artifactId>y"
                                                            "</artifactId><version>[1.0,2.0)</version></dependency>")})
    result = findings(scan(tmp_path / "b", only=(LOCK,)), LOCK)
    assert [f.status for f in result] == [Status.FAIL] and "com.x:y [1.0,2.0)" in result[0].message
