"""Dependency manifests and lockfiles: what the service depends on, at which exact version.

Formats: Python (requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, pyproject.toml), Node
(package.json, package-lock.json v1-v3, yarn.lock v1 and berry, pnpm-lock.yaml v5-v9), Go
(go.mod, go.sum) and the JVM (Maven pom.xml, Gradle gradle.lockfile). Names are normalised per
ecosystem the way OSV indexes them (PEP 503 for PyPI, `group:artifact` for Maven, module path for
Go), ecosystems use OSV's names.

A source never judges: a file that cannot be parsed becomes a `LockProblem` naming it, and the
other files are still read. PEP 508 / PEP 440 parsing is `packaging`'s; TOML is `tomllib`; XML
goes through defusedxml (untrusted input: no entity expansion). yarn v1's format is neither YAML
nor JSON and no maintained Python parser exists for it, so `_yarn_v1` reads it by hand.
"""

from __future__ import annotations

import dataclasses
import json
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.context import Context

PYPI, NPM, GO, MAVEN = "PyPI", "npm", "Go", "Maven"


@dataclass(frozen=True)
class Dependency:
    """A dependency as OSV names it, with the version a manifest pins or locks."""
    ecosystem: str  # OSV ecosystem name
    name: str  # normalised the way OSV indexes it
    version: str | None  # the exact version when pinned or locked, else None
    path: str  # file it was read from (relative to the scan root)
    line: int | None = None
    spec: str | None = None  # the declared requirement when not an exact pin ("^1.2", ">=2")
    direct: bool = True
    hashed: bool = False  # requirements.txt --hash present
    commit_pinned: bool = False  # a VCS requirement at a full commit id: as fixed as an exact version
    dev: bool = False  # needed only by development tooling (poetry.lock category/groups "dev", Pipfile.lock develop)
    # go.sum: only this version's go.mod file is hashed (`<version>/go.mod h1:`): the go command read it to resolve the
    # module graph, but never downloaded or built the version's code
    graph_only: bool = False


@dataclass
class Manifest:
    """A dependency manifest or lockfile and the dependencies read from it."""
    path: str
    kind: str  # requirements | poetry.lock | uv.lock | Pipfile.lock | pyproject | package.json | ...
    ecosystem: str
    lock: bool  # a lockfile (every entry exact) rather than a list of wishes
    dependencies: list[Dependency] = field(default_factory=list)
    # A hand-written requirements file that pins packages with == but not what they need at run time
    # (`Flask==1.1.2` without Werkzeug, Jinja2, ...): pinned package -> the dependencies left to float.
    closure_gaps: dict[str, list[str]] = field(default_factory=dict)
    # A resolver's output names its input files in its `# via -r <file>` annotations (pip-compile, uv pip
    # compile): the repository paths of those inputs, which this pinned file locks.
    compiled_from: tuple[str, ...] = ()

    @property
    def pinned(self) -> bool:
        """Every dependency has an exact version (a requirements file can be a lock of its own, when it also
        pins what its packages depend on)."""
        return self.lock or (bool(self.dependencies) and not self.closure_gaps
                             and all(d.version or d.commit_pinned for d in self.dependencies))


@dataclass
class LockProblem:
    """A dependency manifest that could not be read."""
    path: str
    message: str
    line: int | None = None


@dataclass
class DependencySet:
    """Every dependency manifest of the repository, and the problems met reading them."""
    manifests: list[Manifest] = field(default_factory=list)
    problems: list[LockProblem] = field(default_factory=list)

    def ecosystems(self) -> set[str]:
        return {m.ecosystem for m in self.manifests}

    def resolved(self) -> list[Dependency]:
        """One entry per (ecosystem, name, version) with an exact version; lockfiles first.

        Go builds one version of each module (minimal version selection), the one its go.mod requires: a go.sum
        also lists the versions whose go.mod files the module graph named (never built), and may keep older ones a
        dependency needed once, so a go.sum entry counts only when its code is hashed and the go.mod beside it does
        not require that module (a go.mod older than Go 1.17 may leave out an indirect module the build uses)."""
        required = {(posixpath.dirname(m.path), d.name) for m in self.manifests if m.kind == "go.mod"
                    for d in m.dependencies}
        seen: set[tuple[str, str, str]] = set()
        out: list[Dependency] = []
        for manifest in sorted(self.manifests, key=lambda m: not m.lock):
            for dep in manifest.dependencies:
                if dep.version is None or dep.graph_only:
                    continue
                if manifest.kind == "go.sum" and (posixpath.dirname(manifest.path), dep.name) in required:
                    continue
                key = (dep.ecosystem, dep.name, dep.version)
                if key not in seen:
                    seen.add(key)
                    out.append(dep)
        return out

    def names(self) -> set[str]:
        """Every declared or locked package name (any ecosystem), for "does it use X?" questions."""
        return {d.name.lower() for m in self.manifests for d in m.dependencies}

    def declared_names(self) -> set[str]:
        """The package names the project itself asks for (package.json, requirements, go.mod without `// indirect`,
        pom.xml ...), for "did the team set up X?" questions. A lockfile also lists what the dependencies pull in
        (and hoists it to the top of node_modules): passport-azure-ad brings bunyan, which the service never calls."""
        # go.mod marks what the module requires itself (no `// indirect`); an ecosystem read from lockfiles only
        # (a Pipfile.lock without its Pipfile) keeps what the lockfile says
        declaring = {m.ecosystem for m in self.manifests if not m.lock}
        return {d.name.lower() for m in self.manifests
                if not m.lock or m.kind == "go.mod" or m.ecosystem not in declaring
                for d in m.dependencies if d.direct}


class ParseError(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def normalize(ecosystem: str, name: str) -> str:
    if ecosystem == PYPI:
        from packaging.utils import canonicalize_name

        return str(canonicalize_name(name))
    return name.strip()


# --- Python -----------------------------------------------------------------------------------


def _exact(specifier: Any) -> str | None:
    """The version of a single `==X` / `===X` specifier (no wildcard), else None."""
    specs = list(specifier)
    if len(specs) == 1 and specs[0].operator in ("==", "===") and "*" not in specs[0].version:
        return str(specs[0].version)
    return None


def _logical_lines(text: str) -> Iterable[tuple[int, str]]:
    """requirements.txt lines with `\\` continuations joined and comments removed, with start line."""
    buf, start = "", 0
    for no, raw in enumerate(text.splitlines(), 1):
        if not buf:
            start = no
        line = re.sub(r"(^|\s)#.*$", "", raw)
        if line.rstrip().endswith("\\"):
            buf += line.rstrip()[:-1] + " "
            continue
        buf += line
        if buf.strip():
            yield start, buf.strip()
        buf = ""
    if buf.strip():
        yield start, buf.strip()


# A requirement given as a VCS or archive URL rather than `name==version` (pip's legacy form).
_DIRECT_URL = re.compile(r"^((?:git|hg|svn|bzr)\+[a-z]+|https?|file)://", re.I)


# The output of a resolver (pip-compile, uv pip compile: a header and `# via` lines; --generate-hashes): the
# whole closure, whatever the table below says.
_RESOLVED = re.compile(r"autogenerated|^[ \t]*#\s+via\b|--hash[=\s]", re.I | re.M)

# What a few very common packages always need at run time, from the version named on (their published
# requirements). Hand-written because no offline source of package metadata exists for a scanned repository
# (its packages are not installed, and the OSV database holds no dependencies); kept to requirements that held
# for every release from that version on, so a file that pins its closure (pip freeze) never trips it.
_REQUIRES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "flask": (("0.10", ("werkzeug", "jinja2", "itsdangerous")), ("1.0", ("click",))),
    "django": (("3.0", ("asgiref", "sqlparse")),),
    "requests": (("2.16", ("urllib3", "idna", "certifi")),),
    "fastapi": (("0.1", ("starlette", "pydantic")),),
    "celery": (("4.0", ("kombu", "billiard", "vine")),),
    "jinja2": (("2.0", ("markupsafe",)),),
    "uvicorn": (("0.1", ("click", "h11")),),
    "flask-sqlalchemy": (("2.0", ("flask", "sqlalchemy")),),
    "alembic": (("1.0", ("sqlalchemy", "mako")),),
    "pydantic": (("2.0", ("pydantic-core", "annotated-types", "typing-extensions")),),
    "aiohttp": (("3.0", ("multidict", "yarl")),),
}


def _closure_gaps(dependencies: list[Dependency]) -> dict[str, list[str]]:
    from packaging.version import InvalidVersion, Version

    listed = {d.name for d in dependencies}
    gaps: dict[str, list[str]] = {}
    for dep in dependencies:
        if not dep.version or dep.name not in _REQUIRES:
            continue
        try:
            version = Version(dep.version)
        except InvalidVersion:
            continue
        needs = [req for since, reqs in _REQUIRES[dep.name] if version >= Version(since) for req in reqs]
        missing = sorted({n for n in needs if n not in listed})
        if missing:
            gaps[dep.name] = missing
    return gaps


# The input file of a resolver's output, named in a via annotation: `    # via -r unfrozen/requirements.txt`, or
# `    #   -r requirements.in` under a bare `# via`. The path is relative to where the resolver ran, which is the
# output file's folder in the usual workflow. Lines are read to at most 300 characters of path.
_VIA_INPUT = re.compile(r"^[ \t]*#[ \t]*(?:via[ \t]+)?-r[ \t]+([^\s#]{1,300})", re.M)


def _compiled_from(text: str, path: str) -> tuple[str, ...]:
    import posixpath

    here = posixpath.dirname(path)
    found = []
    for name in dict.fromkeys(m.group(1) for m in _VIA_INPUT.finditer(text)):
        resolved = posixpath.normpath(posixpath.join(here, name))
        if not resolved.startswith("../") and resolved != "..":
            found.append(resolved)
    return tuple(found)


# pip-compile's `# via` annotations: on the requirement's own line (`pkg==1.0  # via other`, older releases) or in
# the comment lines under it (`    # via other`, or `    # via` then `    #   other` one a line)
_VIA_SAME_LINE = re.compile(r"#\s*via\b(.*)$")
_VIA_START = re.compile(r"^\s*#\s*via\b(.*)$")
_VIA_MORE = re.compile(r"^\s*#\s{2,}(\S.*)$")
_PACKAGE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?")


def _transitive_lines(text: str) -> set[int]:
    """Lines of a resolver's output whose requirement its `# via` says only other packages need: pip-compile
    writes `-r requirements.in`, `-c ...` or `name (pyproject.toml)` for what the project asked for itself, so a
    via list of bare package names alone (`django==1.11  # via jinja-moj-template`) is a package the project did
    not choose. Anything else, or no annotation at all, stays direct."""
    vias: dict[int, list[str]] = {}
    current: int | None = None
    collecting = False
    for no, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if stripped and not stripped.startswith("#") and not stripped.startswith("-") and not raw[:1].isspace():
            current, collecting = no, False
            same = _VIA_SAME_LINE.search(raw)
            if same:
                vias[no] = [v.strip() for v in same.group(1).split(",") if v.strip()]
            continue
        if current is None:
            continue
        start = _VIA_START.match(raw)
        if start:
            collecting = True
            vias.setdefault(current, []).extend(v.strip() for v in start.group(1).split(",") if v.strip())
            continue
        more = _VIA_MORE.match(raw) if collecting else None
        if more:
            vias[current].append(more.group(1).strip())
        elif stripped.startswith("--hash") or stripped.endswith("\\") or not stripped:
            continue
        else:
            collecting = False
    return {no for no, names in vias.items() if names and all(_PACKAGE_NAME.fullmatch(n) for n in names)}


def parse_requirements(text: str, path: str) -> Manifest:
    from packaging.requirements import InvalidRequirement, Requirement

    manifest = Manifest(path, "requirements", PYPI, lock=False)
    bad: list[tuple[int, str]] = []
    includes = False
    for no, line in _logical_lines(text):
        if line.startswith("-"):
            # options (-r, -c, -e, --index-url): not a requirement of this file; an included or constraints
            # file may pin what this one's packages depend on
            includes = includes or bool(re.match(r"-[rc]\b|--(requirement|constraint)\b", line))
            continue
        hashed = "--hash" in line
        req_text = re.split(r"\s--?[a-z]", line, maxsplit=1)[0].strip()
        direct_url = _DIRECT_URL.match(req_text)
        if direct_url:
            # pip's `git+https://host/repo.git@REF#egg=NAME` (or a plain archive URL): no version to look
            # up; named by #egg= when it has one, with the ref as what was asked for.
            egg = re.search(r"[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)", req_text)
            if egg:
                ref = re.search(r"\.git@([^#\s]+)|@([^/#\s]+)(?:#|$)", req_text)
                wanted = next((g for g in ref.groups() if g), None) if ref else None
                manifest.dependencies.append(Dependency(
                    PYPI, normalize(PYPI, egg.group(1)), None, path, no,
                    spec=f"{direct_url.group(1)} ref {wanted}" if wanted else f"{direct_url.group(1)} without a ref",
                    commit_pinned=bool(wanted and re.fullmatch(r"[0-9a-f]{40}", wanted))))
            continue
        try:
            req = Requirement(req_text)
        except InvalidRequirement as exc:
            bad.append((no, str(exc).splitlines()[0]))
            continue
        if req.url:
            # PEP 508 `name @ https://.../name-1.0.tar.gz`: fixed content when pip checks it against a
            # --hash (pip-compile --generate-hashes writes them), when the URL names a commit id, or when the URL
            # carries its hash as a fragment, which pip verifies (oncall's `fcm-django @
            # https://.../v1.0.12r1.tar.gz#sha256=7ec7...`).
            commit = re.search(r"@[0-9a-f]{40}(?:#|$)|#(?:sha256|sha384|sha512)=[0-9a-f]{64,128}$", req.url)
            manifest.dependencies.append(Dependency(PYPI, normalize(PYPI, req.name), None, path, no,
                                                    spec=f"@ {req.url}", hashed=hashed,
                                                    commit_pinned=hashed or bool(commit)))
            continue
        version = _exact(req.specifier)
        manifest.dependencies.append(Dependency(PYPI, normalize(PYPI, req.name), version, path, no,
                                                spec=None if version else (str(req.specifier) or "*"),
                                                hashed=hashed))
    if _RESOLVED.search(text):
        manifest.compiled_from = _compiled_from(text, path)
        transitive = _transitive_lines(text)
        manifest.dependencies = [dataclasses.replace(d, direct=False) if d.line in transitive else d
                                 for d in manifest.dependencies]
    elif not includes:
        manifest.closure_gaps = _closure_gaps(manifest.dependencies)
    if bad and not manifest.dependencies:
        raise ParseError(f"not a requirements file: {bad[0][1]}", bad[0][0])
    if bad:
        # Some lines parse, some do not: report the first bad one but keep what we read.
        raise _Partial(manifest, ParseError(f"invalid requirement: {bad[0][1]}", bad[0][0]))
    return manifest


class _Partial(Exception):
    """A manifest that was read, with a problem worth reporting on one of its lines."""

    def __init__(self, manifest: Manifest, problem: ParseError) -> None:
        super().__init__(str(problem))
        self.manifest = manifest
        self.problem = problem


def _toml(text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ParseError(f"invalid TOML: {exc}", int(match.group(1)) if match else None) from None


_QUOTED = re.compile(r"\"([^\"\n]{1,300})\"|'([^'\n]{1,300})'")
_TOKEN = re.compile(r"[\w.@/+:-]{1,300}")


def _line_finder(text: str) -> Callable[[str], int | None]:
    """`name -> first line mentioning it` (quoted first, else as a token), for locations.

    One pass builds both indexes on first use, so a lockfile with 60,000 packages costs one scan, not
    one scan per package (that was quadratic: minutes)."""
    quoted: dict[str, int] | None = None
    tokens: dict[str, int] = {}

    def find(needle: str) -> int | None:
        nonlocal quoted
        if quoted is None:
            quoted = {}
            for no, line in enumerate(text.splitlines(), 1):
                for m in _QUOTED.finditer(line):
                    quoted.setdefault(m.group(1) if m.group(1) is not None else m.group(2), no)
                for m in _TOKEN.finditer(line):
                    tokens.setdefault(m.group(), no)
        return quoted.get(needle) or tokens.get(needle)

    return find


def _toml_packages(text: str, path: str, kind: str) -> Manifest:
    """poetry.lock and uv.lock: `[[package]]` tables with name and version."""
    data = _toml(text)
    packages = data.get("package")
    if not isinstance(packages, list):
        raise ParseError("no [[package]] entries")
    manifest = Manifest(path, kind, PYPI, lock=True)
    find = _line_finder(text)
    for pkg in packages:
        if not isinstance(pkg, dict) or not isinstance(pkg.get("name"), str):
            raise ParseError("a [[package]] entry has no name")
        source = pkg.get("source")
        if isinstance(source, dict) and ({"editable", "virtual"} & set(source)):
            continue  # uv.lock's entry for the project itself: not a published package
        version = pkg.get("version")
        groups = pkg.get("groups")  # poetry 2's lock format; poetry 1 wrote `category`
        dev = kind == "poetry.lock" and (pkg.get("category") == "dev" or (
            isinstance(groups, list) and bool(groups) and "main" not in groups))
        manifest.dependencies.append(Dependency(PYPI, normalize(PYPI, pkg["name"]),
                                                str(version) if version else None, path, find(pkg["name"]),
                                                direct=False, dev=dev))
    return manifest


def parse_pipfile_lock(text: str, path: str) -> Manifest:
    data = _json(text)
    manifest = Manifest(path, "Pipfile.lock", PYPI, lock=True)
    find = _line_finder(text)
    default = data.get("default") or {}
    for section in ("default", "develop"):
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            raise ParseError(f"'{section}' is not an object")
        for name, info in entries.items():
            version = info.get("version", "") if isinstance(info, dict) else ""
            exact = version[2:] if isinstance(version, str) and version.startswith("==") else None
            manifest.dependencies.append(Dependency(PYPI, normalize(PYPI, name), exact, path, find(name),
                                                    hashed=bool(isinstance(info, dict) and info.get("hashes")),
                                                    dev=section == "develop" and name not in default))
    return manifest


def parse_pyproject(text: str, path: str) -> Manifest | None:
    from packaging.requirements import InvalidRequirement, Requirement

    data = _toml(text)
    reqs: list[str] = []
    project = data.get("project")
    if isinstance(project, dict):
        reqs += [r for r in project.get("dependencies") or [] if isinstance(r, str)]
        for group in (project.get("optional-dependencies") or {}).values():
            reqs += [r for r in group or [] if isinstance(r, str)]
    poetry = (data.get("tool") or {}).get("poetry") if isinstance(data.get("tool"), dict) else None
    poetry_deps = poetry.get("dependencies") if isinstance(poetry, dict) else None
    if not reqs and not isinstance(poetry_deps, dict):
        return None  # a tool-config-only pyproject: no dependency manifest here
    manifest = Manifest(path, "pyproject", PYPI, lock=False)
    find = _line_finder(text)
    for raw in reqs:
        try:
            req = Requirement(raw)
        except InvalidRequirement as exc:
            raise ParseError(f"invalid requirement {raw!r}: {str(exc).splitlines()[0]}", find(raw)) from None
        version = _exact(req.specifier)
        manifest.dependencies.append(Dependency(PYPI, normalize(PYPI, req.name), version, path, find(raw),
                                                spec=None if version else (str(req.specifier) or "*")))
    for name, spec in (poetry_deps or {}).items():
        if name.lower() == "python":
            continue
        declared = spec.get("version") if isinstance(spec, dict) else spec
        exact = declared if isinstance(declared, str) and re.fullmatch(r"=?=?\s*\d[\w.!+-]*", declared) else None
        manifest.dependencies.append(Dependency(PYPI, normalize(PYPI, name), exact.lstrip("= ") if exact else None,
                                                path, find(name), spec=None if exact else str(declared)))
    return manifest


# --- Node -------------------------------------------------------------------------------------


def _json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", exc.lineno) from None
    if not isinstance(data, dict):
        raise ParseError("top level is not an object")
    return data


def parse_package_json(text: str, path: str) -> Manifest | None:
    data = _json(text)
    manifest = Manifest(path, "package.json", NPM, lock=False)
    find = _line_finder(text)
    for section in ("dependencies", "devDependencies", "optionalDependencies"):
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            raise ParseError(f"'{section}' is not an object", find(section))
        for name, spec in entries.items():
            exact = spec if isinstance(spec, str) and re.fullmatch(r"\d+\.\d+\.\d+[\w.+-]*", spec) else None
            manifest.dependencies.append(Dependency(NPM, name, exact, path, find(name),
                                                    spec=None if exact else str(spec)))
    return manifest if manifest.dependencies else None


def parse_package_lock(text: str, path: str) -> Manifest:
    data = _json(text)
    manifest = Manifest(path, "package-lock.json", NPM, lock=True)
    find = _line_finder(text)
    packages = data.get("packages")
    if isinstance(packages, dict):  # lockfileVersion 2 and 3
        for key, info in packages.items():
            if not key or not isinstance(info, dict) or info.get("link"):
                continue  # "" is the root project; links are workspace members
            name = info.get("name") or key.rsplit("node_modules/", 1)[-1]
            version = info.get("version")
            manifest.dependencies.append(Dependency(NPM, str(name), str(version) if version else None, path,
                                                    find(key), direct=key.count("node_modules/") == 1))
        return manifest
    deps = data.get("dependencies")
    if not isinstance(deps, dict):
        raise ParseError("neither 'packages' (v2/v3) nor 'dependencies' (v1) found")
    stack: list[tuple[dict[str, Any], bool]] = [(deps, True)]  # v1 nests transitive dependencies
    while stack:
        level, direct = stack.pop()
        for name, info in level.items():
            if not isinstance(info, dict):
                raise ParseError(f"entry {name!r} is not an object", find(name))
            version = info.get("version")
            manifest.dependencies.append(Dependency(NPM, name, str(version) if version else None, path,
                                                    find(name), direct=direct))
            if isinstance(info.get("dependencies"), dict):
                stack.append((info["dependencies"], False))
    return manifest


def _npm_name_of(spec: str) -> str:
    """`@scope/name@^1`, `name@npm:^1` -> the package name (the `@` after position 0 ends it)."""
    spec = spec.strip().strip('"')
    at = spec.find("@", 1)
    return spec if at < 0 else spec[:at]


def parse_yarn_lock(text: str, path: str) -> Manifest:
    if "__metadata:" in text:
        return _yarn_berry(text, path)
    return _yarn_v1(text, path)


def _yarn_v1(text: str, path: str) -> Manifest:
    manifest = Manifest(path, "yarn.lock", NPM, lock=True)
    names: list[str] = []
    header_line = 0
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            if not line.rstrip().endswith(":"):
                raise ParseError(f"unexpected line {line.strip()[:60]!r}", no)
            names = sorted({_npm_name_of(s) for s in line.rstrip()[:-1].split(",") if s.strip()})
            header_line = no
            continue
        match = re.match(r'^\s{2}version:?\s+"?([^"\s]+)"?\s*$', line)
        if match and names:
            for name in names:
                manifest.dependencies.append(Dependency(NPM, name, match.group(1), path, header_line, direct=False))
            names = []
    if not manifest.dependencies and text.strip():
        raise ParseError("no entries with a version")
    return manifest


def _yaml_mapping(text: str) -> dict[str, Any]:
    from deploycheck.sources.yaml import YamlError, load_one

    try:
        data = load_one(text)
    except YamlError as exc:
        raise ParseError(exc.message, exc.line) from None
    if not isinstance(data, dict):
        raise ParseError("top level is not a mapping")
    return data


def _yarn_berry(text: str, path: str) -> Manifest:
    data = _yaml_mapping(text)
    manifest = Manifest(path, "yarn.lock", NPM, lock=True)
    find = _line_finder(text)
    for key, info in data.items():
        if key == "__metadata" or not isinstance(info, dict):
            continue
        resolution = str(info.get("resolution") or str(key).split(",")[0])
        if "@workspace:" in resolution or "@link:" in resolution:
            continue
        version = info.get("version")
        manifest.dependencies.append(Dependency(NPM, _npm_name_of(resolution), str(version) if version else None,
                                                path, find(str(key).split(",")[0]), direct=False))
    return manifest


def _pnpm_key(key: str) -> tuple[str, str] | None:
    """`/name/1.2.3` (v5), `/name@1.2.3(peer@1)` (v6), `name@1.2.3` (v9) -> (name, version)."""
    key = re.sub(r"\(.*$", "", key.lstrip("/"))
    at = key.find("@", 1)
    if at > 0:
        name, version = key[:at], key[at + 1:]
    else:
        name, _, version = key.rpartition("/")
    version = version.split("_", 1)[0]  # v5 appends peer-dependency suffixes with `_`
    return (name, version) if name and version else None


def parse_pnpm_lock(text: str, path: str) -> Manifest:
    data = _yaml_mapping(text)
    packages = data.get("packages") or {}
    if not isinstance(packages, dict):
        raise ParseError("'packages' is not a mapping")
    manifest = Manifest(path, "pnpm-lock.yaml", NPM, lock=True)
    find = _line_finder(text)
    for key in packages:
        parsed = _pnpm_key(str(key))
        if parsed:
            manifest.dependencies.append(Dependency(NPM, parsed[0], parsed[1], path, find(str(key)), direct=False))
    return manifest


def parse_bun_lock(text: str, path: str) -> Manifest:
    """bun's text lockfile (bun >= 1.2): JSON with trailing commas; `packages` maps a key to
    `["name@version", registry, {deps}, integrity]`."""
    import json

    # The only JSONC feature bun writes is trailing commas; a regex removing them is enough (a `,}` or
    # `,]` inside a string value is not something a lockfile holds), where a JSON5 parser is slow.
    try:
        data = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))
    except ValueError as exc:
        raise ParseError(f"not valid bun.lock JSON: {exc}") from None
    packages = data.get("packages") if isinstance(data, dict) else None
    if not isinstance(packages, dict):
        raise ParseError("'packages' is not a mapping")
    manifest = Manifest(path, "bun.lock", NPM, lock=True)
    entry_lines: dict[str, int] = {}  # `"key": [` opens a package entry (the workspaces above name them too)
    for no, line in enumerate(text.splitlines(), 1):
        if m := re.match(r'\s*"([^"]+)"\s*:\s*\[', line):
            entry_lines.setdefault(m.group(1), no)
    for key, entry in packages.items():
        if not (isinstance(entry, list) and entry and isinstance(entry[0], str)):
            continue
        name, _, version = entry[0].rpartition("@")
        if name and version[:1].isdigit():  # workspace:, github:, file: entries have no registry version
            manifest.dependencies.append(Dependency(NPM, name, version, path, entry_lines.get(str(key)),
                                                    direct=False))
    return manifest


# --- Go ---------------------------------------------------------------------------------------


def parse_go_mod(text: str, path: str) -> Manifest:
    manifest = Manifest(path, "go.mod", GO, lock=True)  # MVS: go.mod versions are the exact minimums built
    in_block = False
    saw_module = False
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.split("//", 1)[0].strip()
        indirect = "// indirect" in raw
        if not line:
            continue
        if line.startswith("module "):
            saw_module = True
            continue
        if line.startswith("require ("):
            in_block = True
            continue
        if in_block and line == ")":
            in_block = False
            continue
        body = line[len("require "):] if line.startswith("require ") else line if in_block else None
        if body is None:
            continue
        parts = body.split()
        if len(parts) != 2 or not parts[1].startswith("v"):
            raise ParseError(f"malformed require line {raw.strip()!r}", no)
        manifest.dependencies.append(Dependency(GO, parts[0], parts[1], path, no, direct=not indirect))
    if not saw_module:
        raise ParseError("no `module` directive")
    return manifest


def parse_go_sum(text: str, path: str) -> Manifest:
    manifest = Manifest(path, "go.sum", GO, lock=True)
    first_line: dict[tuple[str, str], int] = {}
    code_hashed: set[tuple[str, str]] = set()
    for no, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 3 or not parts[2].startswith("h1:"):
            raise ParseError(f"malformed go.sum line {line.strip()[:80]!r}", no)
        version = parts[1].removesuffix("/go.mod")
        first_line.setdefault((parts[0], version), no)
        if version == parts[1]:  # the hash of the version's code, not only of its go.mod
            code_hashed.add((parts[0], version))
    for (name, version), no in first_line.items():
        manifest.dependencies.append(Dependency(GO, name, version, path, no, direct=False, hashed=True,
                                                graph_only=(name, version) not in code_hashed))
    return manifest


# --- Maven ------------------------------------------------------------------------------------


def parse_pom(text: str, path: str) -> Manifest:
    import xml.etree.ElementTree as ET

    from defusedxml import ElementTree as SafeET
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise ParseError(f"invalid XML: {exc}", exc.position[0]) from None
    except DefusedXmlException as exc:
        raise ParseError(f"refused XML: {exc}") from None
    except (LookupError, ValueError) as exc:  # an unknown encoding in the XML declaration (`encoding="TF-8"`)
        raise ParseError(f"invalid XML: {exc}", 1) from None
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    if root.tag != f"{ns}project":
        raise ParseError("root element is not <project>")

    def child(node: Any, name: str) -> str | None:
        found = node.find(f"{ns}{name}")
        return found.text.strip() if found is not None and found.text else None

    props: dict[str, str] = {}
    for prop in root.findall(f"{ns}properties/*"):
        if prop.text:
            props[prop.tag.removeprefix(ns)] = prop.text.strip()
    for key in ("version", "groupId"):
        value = child(root, key) or (child(root.find(f"{ns}parent"), key) if root.find(f"{ns}parent") is not None
                                     else None)
        if value:
            props[f"project.{key}"] = value

    def resolve(value: str | None) -> str | None:
        if value is None:
            return None
        resolved = re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), value)
        return None if "${" in resolved else resolved

    manifest = Manifest(path, "pom.xml", MAVEN, lock=False)
    find = _line_finder(text)
    for section in ("dependencies", "dependencyManagement/dependencies"):
        for dep in root.findall(f"{ns}{section.replace('/', f'/{ns}')}/{ns}dependency"):
            group, artifact = child(dep, "groupId"), child(dep, "artifactId")
            if not group or not artifact:
                continue
            declared = child(dep, "version")
            version = resolve(declared)
            # Maven's soft requirement "1.2" is exact in practice; ranges "[1,2)" are not.
            exact = version if version and not re.search(r"[\[\](),]", version) else None
            manifest.dependencies.append(Dependency(MAVEN, f"{resolve(group) or group}:{artifact}", exact, path,
                                                    find(f"<artifactId>{artifact}</artifactId>"),
                                                    spec=None if exact else declared))
    return manifest


def parse_gradle_lockfile(text: str, path: str) -> Manifest:
    """gradle.lockfile: `group:artifact:version=configuration,...` lines (Gradle dependency locking)."""
    manifest = Manifest(path, "gradle.lockfile", MAVEN, lock=True)
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("empty="):
            continue
        coords = line.split("=", 1)[0].split(":")
        if len(coords) != 3 or not all(coords):
            raise ParseError(f"malformed lock line {line[:80]!r}", no)
        manifest.dependencies.append(Dependency(MAVEN, f"{coords[0]}:{coords[1]}", coords[2], path, no, direct=False))
    return manifest


# --- the source -------------------------------------------------------------------------------

# (glob, parser). Order matters only for reading; every matching file is read.
PARSERS: tuple[tuple[str, Callable[[str, str], Manifest | None]], ...] = (
    ("requirements*.txt", parse_requirements),
    ("requirements/*.txt", parse_requirements),
    ("poetry.lock", lambda t, p: _toml_packages(t, p, "poetry.lock")),
    ("uv.lock", lambda t, p: _toml_packages(t, p, "uv.lock")),
    ("Pipfile.lock", parse_pipfile_lock),
    ("pyproject.toml", parse_pyproject),
    ("package.json", parse_package_json),
    ("package-lock.json", parse_package_lock),
    ("npm-shrinkwrap.json", parse_package_lock),
    ("yarn.lock", parse_yarn_lock),
    ("pnpm-lock.yaml", parse_pnpm_lock),
    ("bun.lock", parse_bun_lock),
    ("go.mod", parse_go_mod),
    ("go.sum", parse_go_sum),
    ("pom.xml", parse_pom),
    ("gradle.lockfile", parse_gradle_lockfile),
)


def parse_file(text: str, path: str, parser: Callable[[str, str], Manifest | None]
               ) -> tuple[Manifest | None, LockProblem | None]:
    """Run one parser; any failure becomes a problem naming the file (never an exception)."""
    try:
        return parser(text, path), None
    except _Partial as partial:
        return partial.manifest, LockProblem(path, str(partial.problem), partial.problem.line)
    except ParseError as exc:
        return None, LockProblem(path, str(exc), exc.line)
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as exc:
        # Unexpected shapes in otherwise valid JSON/TOML/YAML; keep the scan going.
        return None, LockProblem(path, f"unexpected structure: {type(exc).__name__}: {exc}")


def dependency_set(ctx: Context) -> DependencySet:
    result = DependencySet()
    seen: set[str] = set()
    for pattern, parser in PARSERS:
        for rel in ctx.files.glob(pattern):
            if rel in seen or "/node_modules/" in f"/{rel}" or "/testdata/" in f"/{rel}":
                continue
            seen.add(rel)
            text = ctx.files.read_text(rel)
            if text is None:  # the walker knows why (size cap, permissions): say that
                why = "; ".join(p.message for p in ctx.files.problems_for([rel]))
                result.problems.append(LockProblem(rel, why or "could not be read (too big or unreadable)"))
                continue
            manifest, problem = parse_file(text, rel, parser)
            if manifest is not None:
                result.manifests.append(manifest)
            if problem is not None:
                result.problems.append(problem)
    return result
