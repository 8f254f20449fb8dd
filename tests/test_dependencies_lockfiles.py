"""Lockfile and manifest parsers: every supported format, and bad input never escapes as an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import FIXTURES
from tests.helpers import scan

from deploycheck.sources.lockfiles import (
    GO,
    MAVEN,
    NPM,
    PARSERS,
    PYPI,
    DependencySet,
    parse_file,
    parse_requirements,
)

DEPS = FIXTURES / "dependencies"


def _read(sub: str) -> DependencySet:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.lockfiles import dependency_set

    root = DEPS / sub
    return Context(root, load_config(root)).use(dependency_set)


def _versions(ds: DependencySet, kind: str) -> dict[str, str | None]:
    return {d.name: d.version for m in ds.manifests if m.kind == kind for d in m.dependencies}


def test_python_requirements_and_poetry() -> None:
    ds = _read("python-old")
    assert not ds.problems
    req = _versions(ds, "requirements")
    assert req == {"jinja2": "2.10", "requests": "2.19.1", "urllib3": "1.24.1", "django": "2.2.1"}
    hashed = {d.name: d.hashed for m in ds.manifests for d in m.dependencies if m.kind == "requirements"}
    assert hashed["requests"] and not hashed["jinja2"]
    assert _versions(ds, "poetry.lock") == {"flask": "2.3.3", "werkzeug": "3.0.1"}
    line = next(d.line for d in ds.manifests[0].dependencies if d.name == "urllib3")
    assert line is not None


def test_pipfile_lock_and_poetry_pyproject() -> None:
    ds = _read("pipenv")
    assert not ds.problems
    lock = {d.name: (d.version, d.hashed) for m in ds.manifests if m.kind == "Pipfile.lock" for d in m.dependencies}
    assert lock == {"certifi": ("2024.8.30", True), "flask": ("3.0.3", True), "pytest": ("8.3.3", True),
                    "localpkg": (None, False)}
    pyproject = {d.name: (d.version, d.spec) for m in ds.manifests if m.kind == "pyproject" for d in m.dependencies}
    assert pyproject == {"fastapi": ("0.115.0", None), "httpx": (None, "^0.27"), "uvicorn": ("0.30.6", None)}


def test_requirements_specifiers_options_and_continuations() -> None:
    text = "-r base.txt\n--index-url https://x/simple\nflask>=2\nuvicorn[standard]==0.30.1 ; python_version>'3'\n" \
           "gunicorn == 22.0.0  # comment\npkg==1.*\n-e .\n"
    m = parse_requirements(text, "requirements.txt")
    got = {d.name: (d.version, d.spec) for d in m.dependencies}
    assert got == {"flask": (None, ">=2"), "uvicorn": ("0.30.1", None), "gunicorn": ("22.0.0", None),
                   "pkg": (None, "==1.*")}
    assert not m.pinned


def test_vcs_and_url_requirements_are_read_not_errors() -> None:
    sha = "3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901"
    text = ("fastapi==0.110.0\ngit+https://github.com/example/lib.git@v1.2#egg=lib\n"
            f"git+ssh://git@github.com/example/tool.git@{sha}#egg=tool\n"
            "https://example.com/dist/pkg-1.0.tar.gz\nname-a @ https://example.com/a-1.0.whl\n")
    m = parse_requirements(text, "requirements.txt")  # raised "invalid requirement" before
    got = {d.name: (d.version, d.spec, d.commit_pinned) for d in m.dependencies}
    assert got["lib"] == (None, "git+https ref v1.2", False)  # a tag can move
    assert got["tool"] == (None, f"git+ssh ref {sha}", True)  # a commit cannot
    assert got["fastapi"][0] == "0.110.0" and "name-a" in got
    assert not m.pinned


def test_bun_text_lockfile() -> None:
    from deploycheck.sources.lockfiles import parse_bun_lock

    text = ('{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "web",\n'
            '      "dependencies": { "lodash": "^4.17.20", },\n    },\n  },\n  "packages": {\n'
            '    "lodash": ["lodash@4.17.20", "", {}, "sha512-abc"],\n'
            '    "@types/node": ["@types/node@20.11.5", "", {}, "sha512-def"],\n'
            '    "web-lib": ["web-lib@workspace:packages/lib", {}],\n  },\n}\n')
    m = parse_bun_lock(text, "bun.lock")  # trailing commas, as bun writes them
    assert {d.name: (d.version, d.line) for d in m.dependencies} == {"lodash": ("4.17.20", 10),
                                                                       "@types/node": ("20.11.5", 11)}
    assert m.lock and m.ecosystem == NPM


def test_node_formats() -> None:
    ds = _read("node")
    assert not ds.problems, ds.problems
    lock = _versions(ds, "package-lock.json")
    assert lock == {"express": "4.18.2", "@types/node": "20.11.5", "debug": "2.6.9"}
    yarn = _versions(ds, "yarn.lock")
    assert yarn == {"@babel/code-frame": "7.22.13", "lodash": "4.17.20"}
    pkg = {d.name: (d.version, d.spec) for m in ds.manifests if m.kind == "package.json" for d in m.dependencies}
    assert pkg["express"] == (None, "^4.18.2") and pkg["@types/node"] == ("20.11.5", None)
    berry = _read("yarn-berry")
    assert _versions(berry, "yarn.lock") == {"lodash": "4.17.21"}
    pnpm = _read("pnpm")
    assert _versions(pnpm, "pnpm-lock.yaml") == {"lodash": "4.17.21", "@babel/core": "7.23.0"}


def test_package_lock_v1() -> None:
    text = '{"lockfileVersion": 1, "dependencies": {"a": {"version": "1.0.0", "dependencies": ' \
           '{"b": {"version": "2.0.0"}}}}}'
    manifest, problem = parse_file(text, "package-lock.json", dict(PARSERS)["package-lock.json"])
    assert problem is None and manifest is not None
    assert {(d.name, d.version, d.direct) for d in manifest.dependencies} == {("a", "1.0.0", True),
                                                                              ("b", "2.0.0", False)}


def test_go_and_maven() -> None:
    go = _read("go")
    assert not go.problems
    mod = {d.name: (d.version, d.direct) for m in go.manifests if m.kind == "go.mod" for d in m.dependencies}
    assert mod == {"github.com/gin-gonic/gin": ("v1.9.1", True), "golang.org/x/net": ("v0.17.0", False),
                   "github.com/lib/pq": ("v1.10.9", True)}
    assert len(_versions(go, "go.sum")) == 3
    assert {m.ecosystem for m in go.manifests} == {GO}
    mvn = _read("maven")
    assert not mvn.problems
    pom = {d.name: (d.version, d.spec) for m in mvn.manifests for d in m.dependencies}
    assert pom == {"com.fasterxml.jackson.core:jackson-databind": ("2.15.2", None),
                   "org.postgresql:postgresql": (None, "[42.0,43.0)")}
    assert {m.ecosystem for m in mvn.manifests} == {MAVEN}


def test_gradle_lockfile() -> None:
    ds = _read("gradle")
    assert not ds.problems
    assert _versions(ds, "gradle.lockfile") == {"com.fasterxml.jackson.core:jackson-databind": "2.13.4",
                                                "org.postgresql:postgresql": "42.7.4"}
    line = next(d.line for m in ds.manifests for d in m.dependencies if d.name == "org.postgresql:postgresql")
    assert line == 5


def test_broken_lockfiles_are_problems_naming_the_file() -> None:
    ds = _read("broken")
    by_file = {p.path: p for p in ds.problems}
    assert set(by_file) == {"package-lock.json", "poetry.lock", "requirements.txt", "pom.xml", "go.mod"}
    assert by_file["requirements.txt"].line == 2
    assert by_file["go.mod"].line == 2
    # the readable part of requirements.txt is still used
    assert _versions(ds, "requirements") == {"flask": "2.0"}


def test_broken_lockfiles_through_the_check(tmp_path: Path) -> None:
    import shutil

    from deploycheck.model import Status

    shutil.copytree(DEPS / "broken", tmp_path / "svc")
    result = scan(tmp_path / "svc", only=("dependency-health/lockfile",))
    errors = [f for f in result.findings if f.status is Status.ERROR]
    assert {f.location.path for f in errors if f.location} == {"package-lock.json", "poetry.lock",
                                                              "requirements.txt", "pom.xml", "go.mod"}
    assert all("crashed" not in f.message for f in result.findings)


SAMPLES = {name: (DEPS / sub / name).read_text() for sub, name in (
    ("python-old", "requirements.txt"), ("python-old", "poetry.lock"), ("node", "package-lock.json"),
    ("node", "yarn.lock"), ("node", "package.json"), ("pnpm", "pnpm-lock.yaml"), ("yarn-berry", "yarn.lock"),
    ("go", "go.mod"), ("go", "go.sum"), ("maven", "pom.xml"), ("pipenv", "Pipfile.lock"),
    ("pipenv", "pyproject.toml"), ("gradle", "gradle.lockfile"))}
PARSER_FOR = {"requirements.txt": "requirements*.txt", **{n: n for n in SAMPLES if n != "requirements.txt"}}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(SAMPLES)))
    text = SAMPLES[name]
    if text and draw(st.booleans()):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start, min(len(text), start + 40)))
        text = text[:start] + draw(st.text(max_size=20)) + text[end:]
    else:
        text = text[: draw(st.integers(0, len(text)))]
    return name, text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_lockfiles_never_raise(case: tuple[str, str]) -> None:
    name, text = case
    parser = dict(PARSERS)[PARSER_FOR[name]]
    manifest, problem = parse_file(text, name, parser)
    if problem is not None:
        assert problem.path == name and problem.message
    if manifest is not None:
        assert manifest.ecosystem in (PYPI, NPM, GO, MAVEN)


def test_pom_with_an_unknown_encoding_is_a_parse_error() -> None:
    """Found by test_mutated_lockfiles_never_raise: `encoding="TF-8"` made ElementTree raise LookupError."""
    import pytest

    from deploycheck.sources.lockfiles import ParseError, parse_pom

    with pytest.raises(ParseError, match="unknown encoding"):
        parse_pom('<?xml version="1.0" encoding="TF-8"?>\n<project></project>\n', "pom.xml")


# ministryofjustice/cla_public's requirements/generated/requirements-no-deps.txt (pip-compile output): Django comes
# only through the template package jinja-moj-template, the project never asked for it
CLA_PUBLIC_NO_DEPS = """#
# This file is autogenerated by pip-compile
# To update, run:
#
#    pip-compile --output-file=requirements/generated/requirements-no-deps.txt requirements/source/no-deps.in
#
django==1.11.29
    # via jinja-moj-template
jinja-moj-template==0.19.0
    # via -r requirements/source/requirements-no-deps.in
pytz==2023.3
    # via django
"""

HASHED_AND_OLD_STYLE = """# autogenerated by pip-compile
django==4.2 \\
    --hash=sha256:aa \\
    --hash=sha256:bb
    # via
    #   -r requirements.in
    #   djangorestframework
sqlparse==0.5 \\
    --hash=sha256:dd
    # via
    #   django
    #   other-package
psycopg2==2.9  # via -r base.in
asgiref==3.8  # via django
mypkg==1.0
    # via mypkg (pyproject.toml)
"""


def test_pip_compile_via_marks_what_only_other_packages_need() -> None:
    """A resolver's output lists the whole closure; its `# via` says which packages the project asked for (`-r
    file.in`, `name (pyproject.toml)`): one needed only by other packages is not a direct dependency."""
    direct = {d.name: d.direct for d in parse_requirements(CLA_PUBLIC_NO_DEPS, "r.txt").dependencies}
    assert direct == {"django": False, "jinja-moj-template": True, "pytz": False}
    direct = {d.name: d.direct for d in parse_requirements(HASHED_AND_OLD_STYLE, "r.txt").dependencies}
    assert direct == {"django": True, "sqlparse": False, "psycopg2": True, "asgiref": False, "mypkg": True}
    # a hand-written file (no resolver header, no via): everything in it was asked for
    assert all(d.direct for d in parse_requirements("django==1.11.29\npytz==2023.3\n", "r.txt").dependencies)
