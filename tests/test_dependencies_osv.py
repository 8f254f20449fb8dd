"""Offline OSV matching on the real PyPA advisory database, and on hand-written records for the range rules."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import findings, scan, shared_dir, write

from deploycheck.model import Status
from deploycheck.sources.lockfiles import GO, MAVEN, NPM, PYPI, Dependency
from deploycheck.sources.osv import affected_by, load_database

VULNS = "dependency-health/vulnerabilities"


@pytest.fixture
def pypa_db() -> Path:
    shared = shared_dir()
    db = shared / "osv" / "pypa-advisory-database" if shared else None
    if db is None or not db.is_dir():
        pytest.skip("../shared/osv/pypa-advisory-database not found (it lives beside the repo)")
    return db


def _service(root: Path, requirements: str, db: Path | str) -> Path:
    return write(root, {"requirements.txt": requirements,
                        ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {db}\n"})


def test_old_pins_are_reported_with_ids_and_fixed_versions(tmp_path: Path, pypa_db: Path) -> None:
    root = _service(tmp_path, "jinja2==2.10\nrequests==2.19.1\nurllib3==1.24.1\ndjango==2.2.1\n", pypa_db)
    failed = findings(scan(root, only=(VULNS,)), VULNS, Status.FAIL)
    by_id = {f.evidence["id"]: f.evidence for f in failed if f.evidence}
    # jinja2 2.10: sandbox escape, fixed in 2.10.1
    assert by_id["PYSEC-2019-217"]["package"] == "jinja2"
    assert "CVE-2019-10906" in by_id["PYSEC-2019-217"]["aliases"]
    assert by_id["PYSEC-2019-217"]["fixed_version"] == "2.10.1"
    # requests 2.19.1: CVE-2018-18074 fixed in 2.20.0, CVE-2023-32681 fixed in 2.31.0
    assert by_id["PYSEC-2018-28"]["fixed_version"] == "2.20.0"
    assert "CVE-2023-32681" in by_id["PYSEC-2023-74"]["aliases"]
    assert by_id["PYSEC-2023-74"]["fixed_version"] == "2.31.0"
    # urllib3 1.24.1: CVE-2019-11324 fixed in 1.24.2; a CVSS-scored one carries its severity
    assert by_id["PYSEC-2019-133"]["fixed_version"] == "1.24.2"
    assert by_id["PYSEC-2023-192"]["severity"] == "HIGH"
    # django 2.2.1: the fixed version is the one on the 2.2 branch, not the 1.11 one
    assert by_id["PYSEC-2019-79"]["fixed_version"] == "2.2.2"
    assert {e["package"] for e in by_id.values()} == {"jinja2", "requests", "urllib3", "django"}
    message = next(f.message for f in failed if f.evidence and f.evidence["id"] == "PYSEC-2019-217")
    assert "CVE-2019-10906" in message and "fixed in 2.10.1" in message
    assert all(f.location and f.location.path == "requirements.txt" and f.location.line for f in failed)


POETRY_LOCK = """\
[[package]]
name = "jinja2"
version = "2.10"
category = "main"
optional = false

[[package]]
name = "requests"
version = "2.19.1"
category = "dev"
optional = false

[[package]]
name = "urllib3"
version = "1.24.1"
groups = ["dev"]
"""


@pytest.mark.parametrize(("install", "dev_fails"), [("poetry install --no-dev", False),
                                                    ("poetry install --without dev", False),
                                                    ("poetry install", True)])
def test_development_only_packages_fail_only_when_the_image_installs_them(tmp_path: Path, pypa_db: Path,
                                                                          install: str, dev_fails: bool) -> None:
    """fastapi-realworld: black, gitpython, pygments ... are poetry.lock category "dev" and the Dockerfile runs
    `poetry install --no-dev`: their advisories are not in the image (as `npm audit --omit=dev`), and are listed
    in a pass; a main package's advisory still fails, and so do dev packages a plain `poetry install` ships."""
    root = write(tmp_path, {"poetry.lock": POETRY_LOCK, "pyproject.toml": "[tool.poetry]\nname = 'svc'\n",
                            "Dockerfile": f"FROM python:3.12-slim\nCOPY . .\nRUN pip install poetry && {install}\n",
                            ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {pypa_db}\n"})
    result = findings(scan(root, only=(VULNS,)), VULNS)
    failed = {f.evidence["package"] for f in result if f.status is Status.FAIL and f.evidence}
    assert failed == ({"jinja2", "requests", "urllib3"} if dev_fails else {"jinja2"})
    listed = [f for f in result if f.status is Status.PASS and f.evidence and "dev_only" in f.evidence]
    if dev_fails:
        assert not listed
    else:
        [note] = listed
        assert {e["package"] for e in note.evidence["dev_only"]} == {"requests", "urllib3"}
        assert "development-only" in note.message


KF = "components/crud-web-apps/"
KF_SETUP = """import setuptools

REQUIRES = [
    "Flask >= 1.1.1",
    "Flask-API >= 2.0",
    "kubernetes == 22.6.0",
    "requests >= 2.22.0",
    "Werkzeug >= 0.16.0",
]

setuptools.setup(name="kubeflow", version="1.2", packages=setuptools.find_packages(), install_requires=REQUIRES)
"""
KF_DOCKERFILE = """FROM python:3.10-slim AS backend-kubeflow-wheel
WORKDIR /src
COPY ./common/backend/ .
RUN python3 setup.py bdist_wheel

FROM python:3.10-slim
WORKDIR /package
COPY --from=backend-kubeflow-wheel /src .
RUN pip3 install .

WORKDIR /src
COPY ./jupyter/backend/requirements.txt .
RUN pip3 install -r requirements.txt
"""


def test_a_stale_requirements_file_inside_a_package_is_listed_not_failed(tmp_path: Path, pypa_db: Path) -> None:
    """kubeflow (bench/accuracy): common/backend/kubeflow/kubeflow/crud_backend/requirements.txt pins flask 1.1.1 and
    werkzeug 0.16.0, but the images install the wheel of common/backend/setup.py (its own install_requires) and
    jupyter/backend/requirements.txt; nothing names the stale file. Its six advisories failed the item."""
    stale = KF + "common/backend/kubeflow/kubeflow/crud_backend/requirements.txt"
    files = {KF + "common/backend/setup.py": KF_SETUP,
             KF + "common/backend/kubeflow/__init__.py": "",
             KF + "common/backend/kubeflow/kubeflow/__init__.py": "",
             KF + "common/backend/kubeflow/kubeflow/crud_backend/__init__.py": "from flask import Flask\n",
             stale: "Flask==1.1.1\nFlask-API==2.0\nkubernetes==10.0.1\nrequests==2.22.0\nWerkzeug==0.16.0\n",
             KF + "jupyter/Dockerfile": KF_DOCKERFILE,
             KF + "jupyter/backend/requirements.txt": "gunicorn==23.0.0\n",
             ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {pypa_db}\n"}
    result = findings(scan(write(tmp_path / "stale", files), only=(VULNS,)), VULNS)
    assert not [f for f in result if f.status is Status.FAIL], [f.message for f in result]
    [note] = [f for f in result if f.evidence and "not_installed" in f.evidence]
    assert note.status is Status.PASS and "which nothing installs" in note.message and note.location
    assert note.location.path == stale and {e["package"] for e in note.evidence["not_installed"]} >= {"flask"}
    # a Dockerfile that names it, or a setup.py that reads a requirements file: installed, so its advisories fail
    named = {**files, KF + "jupyter/Dockerfile": KF_DOCKERFILE + "RUN pip3 install -r /package/kubeflow/kubeflow/"
             "crud_backend/requirements.txt\n"}
    reads = {**files, KF + "common/backend/setup.py": KF_SETUP.replace(
        "REQUIRES = [", "REQUIRES = open('kubeflow/kubeflow/crud_backend/requirements.txt').read().split() or [")}
    # a Dockerfile inside the package folder, or one copying the package folder itself, that installs a file of
    # that name: installed (they reach it without writing crud_backend/requirements.txt)
    inside = {**files, KF + "common/backend/kubeflow/kubeflow/crud_backend/Dockerfile":
              "FROM python:3.10-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"}
    copied = {**files, KF + "Dockerfile": "FROM python:3.10-slim\nCOPY common/backend/kubeflow/kubeflow/crud_backend/ "
              "/app/\nRUN pip install -r /app/requirements.txt\n"}
    for name, variant in (("named", named), ("reads", reads), ("inside", inside), ("copied", copied)):
        result = findings(scan(write(tmp_path / name, variant), only=(VULNS,)), VULNS)
        assert {f.evidence["package"] for f in result if f.status is Status.FAIL and f.evidence} >= {"flask"}, name


def test_current_versions_are_clean(tmp_path: Path, pypa_db: Path) -> None:
    root = _service(tmp_path, "jinja2==3.1.4\nrequests==2.32.3\nurllib3==2.2.3\ndjango==5.1.2\n", pypa_db)
    result = findings(scan(root, only=(VULNS,)), VULNS)
    assert [f.status for f in result] == [Status.PASS]
    assert "4 pinned dependencies" in result[0].message


def test_ignore_list_by_alias(tmp_path: Path, pypa_db: Path) -> None:
    root = write(tmp_path, {"requirements.txt": "jinja2==2.10.1\n",
                            ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {pypa_db}\n"
                                                 "  ignore: [CVE-2020-28493]\n"})
    assert [f.status for f in findings(scan(root, only=(VULNS,)), VULNS)] == [Status.PASS]


def test_no_database_and_offline_is_skipped_never_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEPLOYCHECK_OSV_DB", raising=False)
    write(tmp_path, {"requirements.txt": "jinja2==2.10\n"})
    result = findings(scan(tmp_path, only=(VULNS,)), VULNS)
    assert [f.status for f in result] == [Status.SKIPPED]
    assert "--online" in result[0].message


def test_ecosystems_the_database_has_no_record_of_are_not_looked_up_never_pass(tmp_path: Path, pypa_db: Path) -> None:
    # An offline database of PyPI advisories said "1032 pinned dependencies have no known vulnerability" for a
    # Go/npm repository (emojivoto in bench/accuracy): a pass on dependencies it could not look up.
    lock = {"name": "web", "lockfileVersion": 3, "packages": {
        "": {"name": "web", "dependencies": {"lodash": "4.17.4"}},
        "node_modules/lodash": {"version": "4.17.4"}}}
    write(tmp_path, {"web/package.json": json.dumps({"name": "web", "dependencies": {"lodash": "4.17.4"}}),
                     "web/package-lock.json": json.dumps(lock),
                     ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {pypa_db}\n"})
    result = findings(scan(tmp_path, only=(VULNS,)), VULNS)
    assert [f.status for f in result] == [Status.SKIPPED], result
    assert "1 npm" in result[0].message and "records of PyPI" in result[0].message
    # with Python dependencies beside them, those are judged and the npm ones still said not looked up
    write(tmp_path, {"requirements.txt": "jinja2==3.1.4\n"})
    result = findings(scan(tmp_path, only=(VULNS,)), VULNS)
    assert sorted(f.status for f in result) == [Status.PASS, Status.SKIPPED], result
    assert next(f for f in result if f.status is Status.PASS).message.startswith("1 pinned dependencies")


def test_missing_database_dir_is_skipped(tmp_path: Path) -> None:
    root = _service(tmp_path, "jinja2==2.10\n", tmp_path / "nope")
    result = findings(scan(root, only=(VULNS,)), VULNS)
    assert [f.status for f in result] == [Status.SKIPPED] and "does not exist" in result[0].message


def _record(vid: str, ecosystem: str, name: str, ranges: list[dict], versions: list[str] | None = None) -> dict:
    affected: dict = {"package": {"ecosystem": ecosystem, "name": name}, "ranges": ranges}
    if versions is not None:
        affected["versions"] = versions
    return {"id": vid, "aliases": [f"CVE-{vid}"], "affected": [affected]}


@pytest.mark.parametrize(("ecosystem", "name", "events", "version", "expected"), [
    (NPM, "lodash", [{"introduced": "0"}, {"fixed": "4.17.21"}], "4.17.20", True),
    (NPM, "lodash", [{"introduced": "0"}, {"fixed": "4.17.21"}], "4.17.21", False),
    (NPM, "x", [{"introduced": "1.0.0"}, {"last_affected": "1.4.0"}], "1.4.0", True),
    (NPM, "x", [{"introduced": "1.0.0"}, {"last_affected": "1.4.0"}], "1.4.1", False),
    (NPM, "x", [{"introduced": "1.0.0"}, {"fixed": "1.10.0"}], "1.9.0", True),  # not string order
    (NPM, "x", [{"introduced": "2.0.0-rc.1"}, {"fixed": "2.0.0"}], "2.0.0-rc.2", True),
    (GO, "github.com/gin-gonic/gin", [{"introduced": "0"}, {"fixed": "1.9.1"}], "v1.9.0", True),
    (GO, "github.com/gin-gonic/gin", [{"introduced": "0"}, {"fixed": "1.9.1"}], "v1.9.1", False),
    (MAVEN, "com.fasterxml.jackson.core:jackson-databind", [{"introduced": "2.13.0"}, {"fixed": "2.13.4.1"}],
     "2.13.4", True),
    (MAVEN, "com.fasterxml.jackson.core:jackson-databind", [{"introduced": "2.13.0"}, {"fixed": "2.13.4.1"}],
     "2.15.2", False),
    # events out of order, several introduced/fixed pairs in one range (PEP 440 ordering)
    (PYPI, "django", [{"fixed": "3.2.1"}, {"introduced": "3.2"}, {"fixed": "2.2.21"}, {"introduced": "0"}],
     "2.2.20", True),
    (PYPI, "django", [{"fixed": "3.2.1"}, {"introduced": "3.2"}, {"fixed": "2.2.21"}, {"introduced": "0"}],
     "3.0.0", False),
    (PYPI, "django", [{"introduced": "0"}, {"fixed": "2.2.21"}], "2.2.21rc1", True),
])
def test_range_semantics(ecosystem: str, name: str, events: list, version: str, expected: bool) -> None:
    record = _record("X-1", ecosystem, name, [{"type": "ECOSYSTEM", "events": events}])
    hit, _fixed = affected_by(record, Dependency(ecosystem, name, version, "f"))
    assert hit is expected


def test_explicit_versions_list_and_pep503_names() -> None:
    record = _record("X-2", PYPI, "Foo_Bar", [], versions=["1.0", "1.1"])
    assert affected_by(record, Dependency(PYPI, "foo-bar", "1.0.0", "f"))[0]  # 1.0 == 1.0.0 in PEP 440
    assert not affected_by(record, Dependency(PYPI, "foo-bar", "1.2", "f"))[0]


def test_json_records_and_all_zip(tmp_path: Path) -> None:
    db = tmp_path / "osv"
    db.mkdir()
    (db / "GHSA-1.json").write_text(json.dumps(_record("GHSA-1", NPM, "lodash",
                                                       [{"type": "SEMVER", "events": [{"introduced": "0"},
                                                                                      {"fixed": "4.17.21"}]}])))
    with zipfile.ZipFile(db / "all.zip", "w") as archive:
        archive.writestr("GO-1.json", json.dumps(_record("GO-1", GO, "github.com/lib/pq",
                                                         [{"type": "SEMVER", "events": [{"introduced": "0"},
                                                                                        {"fixed": "1.10.10"}]}])))
    (db / "broken.json").write_text("{not json, mentions lodash")
    deps = [Dependency(NPM, "lodash", "4.17.20", "yarn.lock"), Dependency(GO, "github.com/lib/pq", "v1.10.9", "go.mod")]
    index = load_database(db, deps)
    assert {m.vulnerability.id for m in index.match(deps)} == {"GHSA-1", "GO-1"}
    assert any("broken.json" in p for p in index.problems)
    assert {m.fixed_version for m in index.match(deps)} == {"4.17.21", "1.10.10"}


def _v(n: int) -> str:
    return f"{n // 10}.{n % 10}.0"


@given(st.sets(st.integers(1, 99), min_size=2, max_size=8), st.integers(0, 99), st.booleans(),
       st.sampled_from([PYPI, NPM, GO]), st.randoms(use_true_random=False))
@settings(max_examples=300, deadline=None)
def test_range_matching_agrees_with_intervals(bounds: set[int], probe: int, closed: bool, ecosystem: str,
                                              rnd: Any) -> None:
    """Disjoint [introduced, fixed) (or [introduced, last_affected]) intervals, events shuffled: same answer."""
    points = sorted(bounds)
    pairs = list(zip(points[::2], points[1::2], strict=False))
    events: list[dict[str, str]] = []
    for lo, hi in pairs:
        events += [{"introduced": _v(lo)}, {"last_affected" if closed else "fixed": _v(hi)}]
    rnd.shuffle(events)
    name = "github.com/a/b" if ecosystem == GO else "pkg"
    record = _record("P-1", ecosystem, name, [{"type": "ECOSYSTEM", "events": events}])
    version = ("v" if ecosystem == GO else "") + _v(probe)
    hit, fixed = affected_by(record, Dependency(ecosystem, name, version, "f"))
    expected = any(lo <= probe < hi or (closed and probe == hi) for lo, hi in pairs)
    assert hit is expected
    if hit and not closed:
        assert fixed  # a fixed version is named for every affected probe of a fixed range


def test_unreadable_records_warn_and_the_rest_still_match(tmp_path: Path) -> None:
    db = tmp_path / "osv"
    db.mkdir()
    (db / "PYSEC-1.json").write_text(json.dumps(_record("PYSEC-1", PYPI, "flask", [
        {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.2.5"}]}])))
    (db / "PYSEC-2.yaml").write_text("id: PYSEC-2\naffected: [package: {name: flask\n")  # broken YAML
    root = _service(tmp_path / "svc", "flask==2.2.2\n", db)
    result = findings(scan(root, only=(VULNS,)), VULNS)
    assert {(f.status, (f.evidence or {}).get("id")) for f in result if f.status is Status.FAIL} == {
        (Status.FAIL, "PYSEC-1")}
    warned = [f for f in result if f.status is Status.WARN]
    assert len(warned) == 1 and "PYSEC-2.yaml" in warned[0].message


def test_pipfile_lock_develop_packages_are_development_only() -> None:
    from deploycheck.sources.lockfiles import parse_pipfile_lock

    lock = ('{"default": {"flask": {"version": "==3.0.0"}, "click": {"version": "==8.1.7"}},'
            ' "develop": {"pytest": {"version": "==8.0.0"}, "click": {"version": "==8.1.7"}}}')
    deps = {(d.name, d.dev) for d in parse_pipfile_lock(lock, "Pipfile.lock").dependencies}
    assert deps == {("flask", False), ("click", False), ("pytest", True)}


# dapr-store's go.mod and go.sum (real lines): go.sum also hashes the go.mod files of every version the module graph
# named (`<version>/go.mod h1:`), whose code is never downloaded or built, and the build uses the version go.mod
# requires. With Go advisories (an offline database or --online), each of those versions came out as a vulnerable
# dependency of its own: 63 go.sum findings on dex-k8s-authenticator, 24 on go-api-boilerplate beside go.mod's.
DAPR_GO_MOD = """\
module github.com/benc-uk/dapr-store/cmd/cart

go 1.19

require (
\tgithub.com/golang-jwt/jwt/v4 v4.4.3 // indirect
\tgolang.org/x/net v0.0.0-20220621193019-9d032be2e588 // indirect
)
"""
DAPR_GO_SUM = """\
github.com/golang-jwt/jwt/v4 v4.4.2/go.mod h1:m21LjoU+eqJr34lmDMbreY2eSTRJ1cv77w39/MY0Ch0=
github.com/golang-jwt/jwt/v4 v4.4.3 h1:Hxl6lhQFj4AnOX6MLrsCb/+7tCj7DxP7VA+2rDIq5AU=
github.com/golang-jwt/jwt/v4 v4.4.3/go.mod h1:m21LjoU+eqJr34lmDMbreY2eSTRJ1cv77w39/MY0Ch0=
golang.org/x/net v0.0.0-20180724234803-3673e40ba225/go.mod h1:mL1N/T3taQHkDXs73rZJwtUhF3w3ftmwwsq0BUmARs4=
golang.org/x/net v0.0.0-20190404232315-eb5bcb51f2a3 h1:5B6i6EAiSYyejWfvc5Rc9BbI3rzIsrrXfAQBWnYfn+w=
golang.org/x/net v0.0.0-20190404232315-eb5bcb51f2a3/go.mod h1:mL1N/T3taQHkDXs73rZJwtUhF3w3ftmwwsq0BUmARs4=
golang.org/x/net v0.0.0-20220621193019-9d032be2e588 h1:9ubFuySsnAJYGyJrZ3koiEv8FyqofCBdz3G9Mbf2YFc=
golang.org/x/net v0.0.0-20220621193019-9d032be2e588/go.mod h1:XRhObCWvk6IyKnWLug+ECip1KBveYUHfp+8e9klMJ9c=
golang.org/x/text v0.3.7 h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=
golang.org/x/text v0.3.7/go.mod h1:u6wAoFCKbBpXy4RTWwy3fUXwrZn2MWlAFLLtK5TcWlE=
golang.org/x/text v0.3.0/go.mod h1:NqM8EUOU14njkJ3fqMW+pc6Ldnwhi/IjpwHt7yyuwOQ=
"""


def test_go_sum_versions_the_build_does_not_use_are_not_judged(tmp_path: Path) -> None:
    db = tmp_path / "osv"
    db.mkdir()
    # GO-2023-2102 (HTTP/2 rapid reset) and GO-2025-3553 as golang/vulndb publishes them (affected part trimmed)
    (db / "GO-2023-2102.json").write_text(json.dumps(_record("GO-2023-2102", GO, "golang.org/x/net", [
        {"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.17.0"}]}])))
    (db / "GO-2025-3553.json").write_text(json.dumps(_record("GO-2025-3553", GO, "github.com/golang-jwt/jwt/v4", [
        {"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.5.2"}]}])))
    (db / "GO-9999-0001.json").write_text(json.dumps(_record("GO-9999-0001", GO, "golang.org/x/text", [
        {"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.3.8"}]}])))
    root = write(tmp_path / "svc", {"go.mod": DAPR_GO_MOD, "go.sum": DAPR_GO_SUM,
                                    ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {db}\n"})
    failed = findings(scan(root, only=(VULNS,)), VULNS, Status.FAIL)
    got = {(f.location.path if f.location else "", (f.evidence or {}).get("package"), (f.evidence or {}).get("version"))
           for f in failed}
    # go.mod's versions are what is built; x/text v0.3.7 is built too (go.sum holds its code's hash, an older go.mod
    # may leave an indirect module out); the go.mod-only hashes (x/net of 2018, x/text v0.3.0, jwt v4.4.2) are not
    assert got == {("go.mod", "golang.org/x/net", "v0.0.0-20220621193019-9d032be2e588"),
                   ("go.mod", "github.com/golang-jwt/jwt/v4", "v4.4.3"),
                   ("go.sum", "golang.org/x/text", "v0.3.7")}


# drone-delivery's src/shipping/ingestion/pom.xml (real lines, trimmed): Spring Boot's starters take their versions
# from the spring-boot-starter-parent BOM, which is not read, so they have no exact version and were never looked up;
# the check passed "N pinned dependencies have no known vulnerability" without naming them.
DRONE_INGESTION_POM = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
\t<modelVersion>4.0.0</modelVersion>
\t<groupId>com.fabrikam.dronedelivery</groupId>
\t<artifactId>ingestion</artifactId>
    <version>0.1.0</version>
\t<parent>
\t\t<groupId>org.springframework.boot</groupId>
\t\t<artifactId>spring-boot-starter-parent</artifactId>
\t\t<version>2.1.2.RELEASE</version>
\t</parent>
\t<dependencies>
\t\t<dependency>
\t\t\t<groupId>org.springframework.boot</groupId>
\t\t\t<artifactId>spring-boot-starter-web</artifactId>
\t\t</dependency>
\t\t<dependency>
\t\t    <groupId>io.springfox</groupId>
\t\t    <artifactId>springfox-swagger2</artifactId>
\t\t    <version>2.7.0</version>
\t\t</dependency>
\t\t<dependency>
\t\t\t<groupId>com.microsoft.azure</groupId>
\t\t\t<artifactId>azure-servicebus</artifactId>
\t\t\t<version>1.2.8</version>
\t\t</dependency>
\t</dependencies>
</project>
"""


def test_dependencies_without_an_exact_version_are_named_not_looked_up(tmp_path: Path) -> None:
    db = tmp_path / "osv"
    db.mkdir()
    # GHSA-v7wg-cpwc-24m4 (pgjdbc, CVE-2022-21724), as the GitHub advisory database publishes it (affected trimmed)
    (db / "GHSA-v7wg-cpwc-24m4.json").write_text(json.dumps(_record("GHSA-v7wg-cpwc-24m4", MAVEN,
                                                                    "org.postgresql:postgresql", [
        {"type": "ECOSYSTEM", "events": [{"introduced": "9.4.1208"}, {"fixed": "42.2.25"}]}])))
    root = write(tmp_path / "svc", {"src/shipping/ingestion/pom.xml": DRONE_INGESTION_POM,
                                    ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {db}\n"})
    result = findings(scan(root, only=(VULNS,)), VULNS)
    assert {f.status for f in result} == {Status.PASS, Status.SKIPPED}
    [skip] = [f for f in result if f.status is Status.SKIPPED]
    assert "org.springframework.boot:spring-boot-starter-web" in skip.message and "no exact version" in skip.message
    [ok] = [f for f in result if f.status is Status.PASS]
    assert "2 pinned dependencies" in ok.message
