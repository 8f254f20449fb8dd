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
    write(tmp_path, {".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n"
                                               "    schedule: {interval: weekly}\n"})
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
        "requirements.txt": "annotated-types==0.7.0\nfastapi==0.115.0\npydantic==2.9.2\npydantic-core==2.23.4\n"
                            "starlette==0.38.6\ntyping-extensions==4.12.2\n"})
    assert _statuses(tmp_path / "compiled", LOCK) == [Status.PASS]


def test_direct_pins_without_their_dependencies_are_no_lock(tmp_path: Path) -> None:
    """benc-uk/python-demoapp and Cloud Code's Django guestbook pin their few requirements with == and nothing
    they need: Werkzeug, Jinja2, click (or asgiref, sqlparse) float, so every image build resolves them afresh.
    That passed as "pinned" (a false pass on a required item); a resolver's output or a full freeze passes."""
    write(tmp_path / "demoapp", {"src/requirements.txt": "Flask==1.1.2\npy-cpuinfo==7.0.0\npsutil==5.8.0\n"
                                                         "gunicorn==20.1.0\nblack==20.8b1\nflake8==3.9.0\n"
                                                         "pytest==6.2.2"})
    write(tmp_path / "guestbook", {"src/requirements.txt": "Django==4.2.9\npsycopg2-binary==2.9.9\n"
                                                           "python-dateutil==2.8.2\n"})
    for repo, needs in (("demoapp", "flask needs click, itsdangerous, jinja2, werkzeug"),
                        ("guestbook", "django needs asgiref, sqlparse")):
        result = findings(scan(tmp_path / repo, only=(LOCK,)), LOCK)
        assert [f.status for f in result] == [Status.FAIL], [f.message for f in result]
        assert needs in result[0].message and result[0].location.line == 1  # type: ignore[union-attr]
    frozen = "asgiref==3.8.1\nDjango==4.2.9\npsycopg2-binary==2.9.9\nsqlparse==0.5.1\n"
    write(tmp_path / "frozen", {"requirements.txt": frozen})
    assert _statuses(tmp_path / "frozen", LOCK) == [Status.PASS]
    # a resolver's output (pip-compile's `# via`) is the closure even where the table would disagree, and a
    # constraints file may pin what this one does not
    write(tmp_path / "compiled", {"requirements.txt": "django==4.2.9\n    # via -r requirements.in\n"})
    write(tmp_path / "constrained", {"requirements.txt": "-c constraints.txt\nDjango==4.2.9\n"})
    assert _statuses(tmp_path / "compiled", LOCK) == [Status.PASS]
    assert _statuses(tmp_path / "constrained", LOCK) == [Status.PASS]


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
