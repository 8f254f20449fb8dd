"""dependency-health: pinned dependencies, known vulnerabilities (OSV), freshness, an update bot."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped, warned
from deploycheck.lazy_re import deferred
from deploycheck.model import Finding, Location
from deploycheck.sources.lockfiles import GO, MAVEN, NPM, PYPI, Dependency, Manifest, dependency_set
from deploycheck.sources.osv import vulnerabilities
from deploycheck.sources.package_index import freshness
from deploycheck.sources.update_bots import update_bots

if TYPE_CHECKING:
    from deploycheck.context import Context

# Which manifest kinds count as the lock of each ecosystem.
LOCK_HINT = {
    PYPI: "pin every requirement with == (pip-compile/uv pip compile --generate-hashes), or commit "
          "poetry.lock / uv.lock / Pipfile.lock",
    NPM: "commit package-lock.json, yarn.lock or pnpm-lock.yaml",
    GO: "commit go.sum beside go.mod",
    MAVEN: "declare exact versions in pom.xml, its parent or an imported BOM (no ranges, LATEST or RELEASE), or "
           "enable Gradle dependency locking (gradle.lockfile)",
}


@check(
    "dependency-health/lockfile",
    title="Dependencies are pinned by a lockfile",
    severity="high",
    needs=("dependency manifests",),
    rationale="Without exact versions every build may resolve different code: a release is not reproducible, "
              "a vulnerability scan describes something else than what ships, and a rollback is not a rollback.",
    remediation="Commit the ecosystem's lockfile (package-lock.json, poetry.lock, uv.lock, go.sum) or pin "
                "requirements with == (ideally with --hash).",
)
def lockfile(ctx: Context) -> Iterator[Finding]:
    deps = ctx.use(dependency_set)
    for problem in deps.problems:
        yield errored(f"{problem.path}: {problem.message}", Location(path=problem.path, line=problem.line))
    if not deps.manifests:
        by_name = list(_image_installs_by_name(ctx))
        yield from by_name
        if not deps.problems and not by_name:
            yield _none_read(ctx, "whether they are pinned")
        return
    for ecosystem in sorted(deps.ecosystems()):
        manifests = [m for m in deps.manifests if m.ecosystem == ecosystem]
        locks = [m for m in manifests if m.pinned]
        if ecosystem == GO:
            locks = [m for m in manifests if m.kind == "go.sum"] or locks
        # Each manifest is judged on its own: a pinned pyproject or a lockfile of another service does not
        # pin the requirements.txt an image installs from.
        for manifest in manifests:
            if ecosystem == GO:
                if manifest.kind == "go.mod" and manifest.dependencies and not _covered(manifest, manifests):
                    locks = [m for m in locks if m is not manifest]
                    yield failed(f"{manifest.path} has requirements but no go.sum is committed beside it",
                                 Location(path=manifest.path), remediation=LOCK_HINT[GO])
                continue
            loose = _loose(manifest)
            if (loose or manifest.closure_gaps) and (tooling := _development_requirements(ctx, manifest)):
                yield passed(tooling, Location(path=manifest.path))
                continue
            if manifest.closure_gaps and not loose:
                yield _closure_not_pinned(manifest)
                continue
            if not loose or _covered(manifest, manifests):
                continue
            shown = ", ".join(f"{d.name}{'' if d.spec in (None, '*') else ' ' + d.spec}" for d in loose[:10])
            more = f" (+{len(loose) - 10} more)" if len(loose) > 10 else ""
            elsewhere = f" ({', '.join(m.path for m in locks[:3])} pin other manifests)" if locks else ""
            yield failed(f"{manifest.path}: {len(loose)} of {len(manifest.dependencies)} {ecosystem} dependencies "
                         f"are not pinned and no lockfile covers it: {shown}{more}{elsewhere}",
                         Location(path=manifest.path, line=loose[0].line),
                         {"unpinned": [d.name for d in loose]}, remediation=LOCK_HINT.get(ecosystem))
        if locks:
            names = ", ".join(m.path for m in locks)
            count = sum(len(m.dependencies) for m in locks)
            yield passed(f"{ecosystem}: {count} dependencies pinned in {names}", Location(path=locks[0].path),
                         {"files": [m.path for m in locks]})
        elif ecosystem == MAVEN and not any(_loose(m) for m in manifests):
            yield passed(f"{ecosystem}: no version range in {', '.join(m.path for m in manifests[:5])} (versions "
                         "left out come from the parent or a BOM)", Location(path=manifests[0].path),
                         {"files": [m.path for m in manifests]})

    yield from _image_builds_without_lockfile(ctx)


# An npm-family install in a Dockerfile stage whose COPYs brought package.json but not the lockfile that lies
# beside it in the build context: the image resolves fresh versions whatever the repository pins (mern-workshop's
# frontend/Dockerfile: `COPY package.json ...` then `RUN npm install`).
# Installs of the manifest's dependencies only (flags, no package names: `npm install -g pm2` installs a tool).
_NPM_INSTALL = re.compile(r"\b(?:npm\s+(?:ci|install|i)|yarn(?:\s+install)?|pnpm\s+install)"
                          r"(?:\s+--?(?!g\b|global\b)[\w-]+(?:=\S+)?)*\s*(?:$|&&|;|\|)", re.M)
_NPM_LOCKS = ("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock")


# `requirements-dev.txt`, `dev-requirements.txt`, `requirements/test.txt`, `requirements-docs.txt`: a requirements file
# named for the developer's tools (healthchecks' requirements-dev.txt: mypy's type stubs), which the labels of the set
# call fine unless an image installs it.
_TOOLING_WORD = deferred("_TOOLING_WORD", r"(?:^|[-_.])(?:dev|develop|development|tests?|testing|lint|linting|docs?|"
                                          r"typing|mypy|ci)(?:[-_.]|$)", re.I)


# Files that may install a requirements file into what ships (a CI workflow installing the developer's tools does not).
_INSTALLER_NAMES = deferred("_INSTALLER_NAMES", r"(?i)(?:^|/)(?:dockerfile[^/]*|[^/]*\.dockerfile|containerfile[^/]*|"
                                                r"makefile|[^/]*\.mk|[^/]*\.sh|setup\.py|setup\.cfg|pyproject\.toml|"
                                                r"justfile|earthfile|tiltfile)$")


def _development_requirements(ctx: Context, manifest: Manifest) -> str | None:
    """Why a loose requirements file is development tooling (its name says so, and no Dockerfile, script or
    Makefile of the repository names it), or None."""
    if manifest.kind != "requirements":
        return None
    path = PurePosixPath(manifest.path)
    named = "requirements" in path.stem.lower() and _TOOLING_WORD.search(path.stem)
    folder = path.parent.name.lower() == "requirements" and _TOOLING_WORD.fullmatch(path.stem)
    if not (named or folder):
        return None
    for rel in ctx.files.files:
        if rel != manifest.path and _INSTALLER_NAMES.search(rel) and path.name in (ctx.files.read_text(rel) or ""):
            return None  # an image build, a script or the package's setup installs it: its packages may ship
    return (f"{manifest.path}: the developer's tooling (named so, and no Dockerfile, Makefile or script installs it); "
            "its ranges do not change what ships")


def _image_builds_without_lockfile(ctx: Context) -> Iterator[Finding]:
    from deploycheck.checks.containerization.dockerfile import _copy_sources
    from deploycheck.sources.dockerfile import dockerfiles

    files = set(ctx.files.files)
    for df in ctx.use(dockerfiles).files:
        context = df.build.context if df.build is not None else df.directory
        locks = [name for name in _NPM_LOCKS if (f"{context}/{name}" if context else name) in files]
        if not locks:
            continue
        for stage in df.stages:
            copied: list[str] = []
            for ins in stage.instructions:
                if ins.name in ("COPY", "ADD") and "--from" not in ins.value:
                    copied += [src.rstrip("/").rsplit("/", 1)[-1] for src in _copy_sources(ins.value)]
                elif ins.name == "RUN" and (install := _NPM_INSTALL.search(ins.value)):
                    brought = any(src in (".", "", "*") or fnmatch.fnmatchcase(lock, src) for src in copied
                                  for lock in locks)
                    if "package.json" in copied and not brought:
                        yield failed(f"{df.path}: `{install.group(0).strip()}` (line {ins.line}) runs with "
                                     f"package.json copied without {locks[0]}: the image resolves fresh versions "
                                     "whatever the lockfile pins",
                                     Location(path=df.path, line=ins.line), {"lockfile": locks[0]},
                                     remediation=f"Copy the lockfile with the manifest (`COPY package*.json ./` or "
                                                 f"`COPY package.json {locks[0]} ./`) and install with `npm ci`.")
                    break


# `pip install redis` in a Dockerfile of a repository with no dependency manifest at all: the image's dependencies
# are named only there, without versions (azure-voting-app-redis). Packaging tools are not the app's dependencies.
_PIP_INSTALL = re.compile(r"\bpip3?\s+install\s+([^&;|\n]*)")
_PIP_TOOLS = {"pip", "setuptools", "wheel", "poetry", "pipenv", "uv", "virtualenv", "pip-tools"}


def _image_installs_by_name(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.dockerfile import dockerfiles

    for df in ctx.use(dockerfiles).files:
        for stage in df.stages:
            for ins in stage.of("RUN"):
                for m in _PIP_INSTALL.finditer(ins.value):
                    words = m.group(1).split()
                    if any(w.startswith(("-r", "--requirement", "-c", "--constraint", "-e", "--editable"))
                           for w in words):
                        continue  # installs from a file or a project the scan did not find: not judged here
                    loose = [w for w in words if not w.startswith(("-", ".", "/", "$"))
                             and not re.search(r"===?|@|\.whl$|\.tar\.gz$", w)
                             and re.split(r"[<>~!\[]", w)[0].lower() not in _PIP_TOOLS]
                    if loose:
                        yield failed(f"{df.path}: `pip install {' '.join(loose[:5])}` (line {ins.line}) installs "
                                     "packages without an exact version, and the repository has no requirements "
                                     "file or lockfile: every build resolves whatever is newest",
                                     Location(path=df.path, line=ins.line), {"unpinned": loose[:20]},
                                     remediation="List the dependencies with exact versions in a requirements file "
                                                 "(pip-compile) and `pip install -r` it.")


def _closure_not_pinned(manifest: Manifest) -> Finding:
    gaps = manifest.closure_gaps
    shown = "; ".join(f"{name} needs {', '.join(reqs)}" for name, reqs in list(gaps.items())[:5])
    first = min((d.line for d in manifest.dependencies if d.name in gaps and d.line), default=None)
    return failed(f"{manifest.path} pins its {len(manifest.dependencies)} requirements with == but not what they "
                  f"depend on, so every build resolves those afresh ({shown})",
                  Location(path=manifest.path, line=first), {"unpinned_dependencies": gaps},
                  remediation="Generate the file with a resolver (pip-compile or `uv pip compile`, ideally with "
                              "--generate-hashes, or `pip freeze` of the built image) so it pins the whole closure.")


# The lockfiles that pin a manifest of another kind, found in the manifest's directory or above it (a
# workspace root's lockfile pins its members): requirements files are their own lock (pinned with ==), and a
# fully pinned one pins a pyproject.toml beside it, never the other way round.
_LOCKED_BY = {
    "pyproject": ("poetry.lock", "uv.lock", "Pipfile.lock"),
    "package.json": ("package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock"),  # shrinkwrap: kind package-lock
    "go.mod": ("go.sum",),
    "pom.xml": ("gradle.lockfile",),
}


def _loose(manifest: Manifest) -> list[Dependency]:
    """Dependencies a build may resolve differently tomorrow. In a pom.xml a dependency without a version,
    or with a property the file does not define, gets it from the parent, an imported BOM or the parent's
    properties (Maven refuses to build otherwise), which are versions written down: only ranges and
    LATEST/RELEASE float."""
    if manifest.ecosystem == MAVEN:
        return [d for d in manifest.dependencies if not d.version and d.spec and "${" not in d.spec
                and (re.search(r"[\[\](),]", d.spec) or d.spec.upper() in ("LATEST", "RELEASE"))]
    return [d for d in manifest.dependencies if not d.version and not d.commit_pinned]


def _covered(manifest: Manifest, manifests: list[Manifest]) -> bool:
    kinds = _LOCKED_BY.get(manifest.kind, ())
    here = manifest.path.rsplit("/", 1)[0] if "/" in manifest.path else ""
    for other in manifests:
        # the loose input of a resolver whose pinned output names it (`# via -r unfrozen/requirements.txt`):
        # the image installs the output, so the input's ranges are the wishes the lock was made from
        if other.pinned and manifest.path in other.compiled_from:
            return True
        # pip-compile's workflow: ranges in pyproject.toml, the compiled closure pinned in requirements.txt
        compiled = manifest.kind == "pyproject" and other.kind == "requirements" and other.pinned
        if other.kind not in kinds and not compiled:
            continue
        there = other.path.rsplit("/", 1)[0] if "/" in other.path else ""
        same_or_above = there == here if manifest.kind == "go.mod" else (not there or here == there
                                                                          or here.startswith(there + "/"))
        if same_or_above:
            return True
    return False


@check(
    "dependency-health/vulnerabilities",
    title="No dependency has a known vulnerability (OSV)",
    severity="high",
    needs=("lockfiles", "an OSV database or --online"),
    rationale="A release that ships a dependency with a published advisory ships the vulnerability with it.",
    remediation="Upgrade each package to the fixed version shown (or later); if an advisory does not apply, "
                "list its id under vulnerabilities.ignore with a reason in the config.",
    references=("https://osv.dev", "https://ossf.github.io/osv-schema/"),
)
def known_vulnerabilities(ctx: Context) -> Iterator[Finding]:
    deps = ctx.use(dependency_set)
    resolved = deps.resolved()
    if not deps.manifests:
        yield _none_read(ctx, "their known vulnerabilities")
        return
    if not resolved:
        yield skipped("no dependency has an exact version to look up (pin them first: dependency-health/lockfile)")
        return
    report = ctx.use(vulnerabilities)
    if report.uncovered:
        # an offline database of PyPI advisories says nothing about npm packages: not looked up, never a pass
        counts = ", ".join(f"{n} {eco}" for eco, n in sorted(report.uncovered.items()))
        yield skipped(f"not looked up: {counts} dependencies — the {report.reason} holds no advisory of "
                      f"{'that ecosystem' if len(report.uncovered) == 1 else 'those ecosystems'}; add its "
                      f"records (osv.dev's per-ecosystem all.zip) or use --online",
                      evidence={"not_looked_up": report.uncovered})
        if not report.checked and not report.broken:
            return  # nothing of a covered ecosystem to look up: that skip is the whole answer
    if not report.available:
        detail = f" ({'; '.join(report.problems[:2])})" if report.problems else ""
        if report.broken:
            yield errored(f"no vulnerability data: {report.reason}{detail}")
        else:
            yield skipped(f"no vulnerability data: {report.reason}{detail}")
        return
    if report.problems:
        # Unreadable records are the database's defect, not the service's: say so without blocking.
        yield warned(f"{len(report.problems)} OSV record(s) could not be read, so they were not matched: "
                     + "; ".join(report.problems[:3]), evidence={"problems": report.problems[:20]})
    dev_installed = _dev_dependencies_installed(ctx)
    dev_only = [m for m in report.matches if m.dependency.dev and not dev_installed]
    stale = _uninstalled_requirements(ctx, deps.manifests)
    unread = [m for m in report.matches if m.dependency.path in stale and m not in dev_only]
    for match in sorted(report.matches, key=lambda m: (m.dependency.name, m.vulnerability.id)):
        if (match.dependency.dev and not dev_installed) or match.dependency.path in stale:
            continue
        dep, vuln = match.dependency, match.vulnerability
        ids = ", ".join([vuln.id, *vuln.aliases])
        fixed = match.fixed_version
        severity = vuln.severity or "unknown severity"
        if vuln.score is not None:
            severity += f" {vuln.score}"
        yield failed(f"{dep.name} {dep.version} ({dep.ecosystem}): {ids} [{severity}]"
                     f"{f' fixed in {fixed}' if fixed else ' no fixed version published'}"
                     f"{f': {vuln.summary}' if vuln.summary else ''}",
                     Location(path=dep.path, line=dep.line),
                     {"package": dep.name, "version": dep.version, "ecosystem": dep.ecosystem, "id": vuln.id,
                      "aliases": vuln.aliases, "severity": vuln.severity, "score": vuln.score,
                      "fixed_version": fixed, "fixed_versions": vuln.fixed},
                     remediation=f"upgrade {dep.name} to {fixed} or later" if fixed else None)
    if dev_only:
        # as `npm audit --omit=dev`: development tooling the image does not install is not what is deployed;
        # listed, so it is still seen
        names = sorted({f"{m.dependency.name} {m.dependency.version}" for m in dev_only})
        yield passed(f"{len(dev_only)} advisories concern development-only packages the image does not install "
                     f"({', '.join(names[:6])}{' ...' if len(names) > 6 else ''})",
                     Location(path=dev_only[0].dependency.path),
                     {"dev_only": [{"package": m.dependency.name, "version": m.dependency.version,
                                    "id": m.vulnerability.id} for m in dev_only][:50]})
    for path in sorted({m.dependency.path for m in unread}):
        here = [m for m in unread if m.dependency.path == path]
        names = sorted({f"{m.dependency.name} {m.dependency.version}" for m in here})
        yield passed(f"{len(here)} advisories concern {path}, which nothing installs: {stale[path]} "
                     f"({', '.join(names[:6])}{' ...' if len(names) > 6 else ''})", Location(path=path),
                     {"not_installed": [{"package": m.dependency.name, "version": m.dependency.version,
                                         "id": m.vulnerability.id} for m in here][:50]})
    unversioned = _not_looked_up(deps.manifests, resolved, set(report.uncovered), set(stale), dev_installed)
    if unversioned:
        # drone-delivery: Spring Boot's starters take their versions from the parent BOM, which is not read; what
        # ships there is not known here, so it is not "no known vulnerability"
        yield skipped(f"not looked up: {len(unversioned)} dependencies with no exact version "
                      f"({', '.join(unversioned[:6])}{' ...' if len(unversioned) > 6 else ''}): the version that "
                      "ships is not known here; lock or pin them (dependency-health/lockfile)",
                      evidence={"not_looked_up": unversioned[:50]})
    if len(dev_only) + len(unread) == len(report.matches):
        yield passed(f"{report.checked} pinned dependencies have no known vulnerability"
                     f"{' in what the image installs' if dev_only or unread else ''} ({report.reason})")


def _not_looked_up(manifests: list[Manifest], resolved: list[Dependency], uncovered: set[str], stale: set[str],
                   dev_installed: bool) -> list[str]:
    """The dependencies of the looked-up ecosystems that no manifest or lockfile gives an exact version (a range, a
    bare name, a version from a Maven parent BOM), each once; development-only ones the image does not install and
    files nothing installs are left out."""
    exact = {(d.ecosystem, d.name) for d in resolved}
    return sorted({d.name for m in manifests if m.path not in stale for d in m.dependencies
                   if d.version is None and not d.commit_pinned and (d.ecosystem, d.name) not in exact
                   and d.ecosystem not in uncovered and not (d.dev and not dev_installed)})


_PROJECT_FILES = ("setup.py", "setup.cfg", "pyproject.toml")
_BUILD_TEXT_NAMES = re.compile(r"(?i)(^|/)(dockerfile[^/]*|[^/]*\.dockerfile|makefile|[^/]*\.mk|[^/]*\.sh|[^/]*\.ps1|"
                               r"[^/]*\.ya?ml|[^/]*\.txt|[^/]*\.toml|[^/]*\.cfg|[^/]*\.ini|setup\.py|noxfile\.py|"
                               r"[^/]*\.bat|justfile|earthfile|tiltfile)$")


def _uninstalled_requirements(ctx: Context, manifests: list[Manifest]) -> dict[str, str]:
    """Requirements files nothing installs -> why. A requirements file inside an importable Python package (its
    folder has __init__.py) of a project whose setup.py/setup.cfg/pyproject.toml does not read any requirements file
    is not what `pip install .` installs (that is install_requires); when no Dockerfile, script, Makefile, CI or
    other requirements file names it either (`crud_backend/requirements.txt`), it is a stale leftover: kubeflow's
    common/backend/kubeflow/kubeflow/crud_backend/requirements.txt (flask 1.1.1, werkzeug 0.16.0), while the images
    `pip3 install .` the wheel of common/backend/setup.py (Flask >= 1.1.1, ...) and their own requirements.txt."""
    files = set(ctx.all_files.files)
    candidates: dict[str, str] = {}
    for manifest in manifests:
        folder = manifest.path.rpartition("/")[0]
        if manifest.kind != "requirements" or not folder or f"{folder}/__init__.py" not in files:
            continue
        parts = folder.split("/")
        project = next((("/".join(parts[:i]), f) for i in range(len(parts) - 1, -1, -1) for f in _PROJECT_FILES
                        if "/".join([*parts[:i], f]) in files), None)
        if project is None:
            continue
        root, found = project
        if any("requirements" in (ctx.all_files.read_text(f"{root}/{f}".lstrip("/")) or "")
               for f in _PROJECT_FILES if f"{root}/{f}".lstrip("/") in files):
            continue  # the project reads a requirements file into its dependencies: count it installed
        candidates[manifest.path] = (f"it sits inside the package {folder} of {f'{root}/{found}'.lstrip('/')}, "
                                     "which declares its own dependencies, and no Dockerfile, script or CI file "
                                     "names it")
    if not candidates:
        return {}
    needles = {path: "/".join(path.split("/")[-2:]) for path in candidates}  # crud_backend/requirements.txt
    for rel in files:
        if rel in candidates or not _BUILD_TEXT_NAMES.search(rel):
            continue
        text = ctx.all_files.read_text(rel) or ""
        for path, needle in list(needles.items()):
            if needle in text or _names_by_folder(rel, text, path):
                del needles[path], candidates[path]
        if not needles:
            break
    return candidates


def _names_by_folder(rel: str, text: str, path: str) -> bool:
    """A build file that reaches the requirements file through its folder, without writing the two-part needle: one
    inside the package folder (its own Dockerfile: `COPY requirements.txt .`), or one that copies the package folder
    itself and installs a file of that name (`COPY myservice/ /app/` then `pip install -r /app/requirements.txt`).
    Counting those as installing it errs towards failing its advisories; kubeflow's images copy only the project
    root above the package (`COPY ./common/backend/ .`), which names neither."""
    folder, _, name = path.rpartition("/")
    if name not in text:
        return False
    if rel.startswith(folder + "/"):
        return True
    here = rel.rpartition("/")[0]  # a Dockerfile's paths are relative to its build context, most often its folder
    spellings = {folder} | ({folder[len(here) + 1:]} if here and folder.startswith(here + "/") else set())
    return any(re.search(rf"(?<![\w/.-])(?:\./)?{re.escape(s)}/?(?![\w.-])", text) for s in spellings)


# `poetry install` installs the dev group unless told not to; `pipenv install --dev` installs [dev-packages].
_POETRY_INSTALL = re.compile(r"\bpoetry\s+install\b[^\n]*")
_POETRY_WITHOUT_DEV = re.compile(r"--no-dev\b|--without[= ]\S*\bdev\b|--only[= ]main\b|--only-root\b")
_PIPENV_DEV = re.compile(r"\bpipenv\s+(?:install|sync)\b[^\n]*(?:--dev\b|\s-d\b)")


def _dev_dependencies_installed(ctx: Context) -> bool:
    """A Dockerfile installs the development group: then its packages ship in the image like any other."""
    from deploycheck.sources.dockerfile import dockerfiles

    for dockerfile in ctx.use(dockerfiles).files:
        text = dockerfile.text
        if _PIPENV_DEV.search(text) or any(not _POETRY_WITHOUT_DEV.search(m.group(0))
                                           for m in _POETRY_INSTALL.finditer(text)):
            return True
    return False


@check(
    "dependency-health/outdated",
    title="Direct dependencies are on their latest release",
    severity="low",
    needs=("lockfiles", "--online"),
    rationale="Falling far behind makes the next security upgrade a migration instead of a bump.",
    remediation="Upgrade, or let an update bot (Dependabot/Renovate) propose upgrades continuously.",
)
def outdated(ctx: Context) -> Iterator[Finding]:
    deps = ctx.use(dependency_set)
    if not deps.manifests:
        yield _none_read(ctx, "how far behind they are")
        return
    report = ctx.use(freshness)
    if not report.available:
        yield skipped(report.reason)
        return
    for problem in report.problems[:5]:
        yield errored(f"package index lookup failed: {problem}")
    for item in report.outdated:
        dep = item.dependency
        yield warned(f"{dep.name} {dep.version} is outdated: latest is {item.latest}",
                     Location(path=dep.path, line=dep.line),
                     {"package": dep.name, "version": dep.version, "latest": item.latest})
    if not report.outdated and report.checked:
        yield passed(f"{report.checked} direct dependencies are on their latest release ({report.reason})")
    elif not report.checked and not report.problems:
        yield skipped("no pinned PyPI or npm dependency to compare with an index")


# Package manifests of ecosystems whose dependencies are not read here (NuGet, Gradle, Cargo, Bundler, Composer,
# ...) but which Dependabot and Renovate update: a .NET service (eShopOnDapr's *.csproj PackageReferences) has
# dependencies a bot should keep current even though no lockfile parser reads them.
_OTHER_MANIFESTS = ("*.csproj", "*.fsproj", "*.vbproj", "packages.config", "Directory.Packages.props", "build.gradle",
                    "build.gradle.kts", "Cargo.toml", "Gemfile", "composer.json", "mix.exs", "pubspec.yaml",
                    "Package.swift")


def _none_read(ctx: Context, what: str) -> Finding:
    """No manifest this module reads: n/a only when the repository declares no dependencies at all. A package
    manifest of an ecosystem not read here (dotnet-core-web-api's .csproj PackageReference) declares dependencies
    nobody looked at, which is never "no dependencies" (a required item would pass unearned)."""
    unread = sorted(ctx.files.glob(*_OTHER_MANIFESTS))
    if unread:
        shown = ", ".join(unread[:3]) + (f" (+{len(unread) - 3} more)" if len(unread) > 3 else "")
        return skipped(f"dependencies are declared in {shown}, an ecosystem these checks do not read: {what} is "
                       "not judged", Location(path=unread[0]), {"unread_manifests": unread[:20]})
    return not_applicable("no dependency manifests or lockfiles found")


@check(
    "dependency-health/update-bot",
    title="A dependency update bot is configured",
    severity="low",
    needs=("dependency manifests",),
    rationale="Dependabot or Renovate keep dependencies current and surface security fixes as pull requests.",
    remediation="Add .github/dependabot.yml (or a renovate.json) covering each package ecosystem.",
    references=("https://docs.github.com/en/code-security/dependabot", "https://docs.renovatebot.com/"),
)
def update_bot(ctx: Context) -> Iterator[Finding]:
    if not ctx.use(dependency_set).manifests and not ctx.files.glob(*_OTHER_MANIFESTS):
        yield not_applicable("no dependency manifests or lockfiles found")
        return
    bots = ctx.use(update_bots)
    if not bots:
        yield failed("no Dependabot or Renovate configuration found")
        return
    for bot, path in bots:
        if (off := _switched_off(ctx, bot, path)) is not None:
            yield failed(f"{path}: {bot} is configured but {off}, so it opens no pull request", Location(path=path))
            continue
        tooling_only = _dependabot_tooling_only(ctx, path) if bot == "dependabot" else None
        if tooling_only is None:
            yield passed(f"{bot} is configured", Location(path=path))
            continue
        # Dependabot updates only the ecosystems its `updates:` list names: one that names only the CI's actions
        # or the base images never bumps a package of the application (pass-audit2's question, decided s5)
        workflow = _scheduled_update_pr(ctx)
        if workflow:
            yield passed(f"{bot} updates only {', '.join(tooling_only)}; {workflow} opens pull requests that update "
                         "dependencies on a schedule", Location(path=path))
        else:
            yield warned(f"{path} updates only {', '.join(tooling_only)}: none of the application's package "
                         "ecosystems (pip, npm, gomod, maven, ...) is listed, so its dependencies are never bumped",
                         Location(path=path), {"ecosystems": tooling_only})


def _switched_off(ctx: Context, bot: str, path: str) -> str | None:
    """Why a configuration that is present updates nothing: Renovate's top-level `"enabled": false` (the repository
    is skipped; a manager's own `enabled: false` leaves the others working), a Dependabot file with no `updates`
    entry. None otherwise, or when the file does not parse (then it is not second-guessed)."""
    from deploycheck.sources.files import parse_json
    from deploycheck.sources.yaml import YamlError, load_one

    text = ctx.files.read_text(path) or ""
    if bot == "renovate" and not path.endswith(".json5"):
        try:
            config = parse_json(text)
        except ValueError:
            return None
        if isinstance(config, dict) and path == "package.json":
            config = config.get("renovate")
        return 'switched off ("enabled": false)' if isinstance(config, dict) and config.get("enabled") is False \
            else None
    if bot == "dependabot":
        try:
            doc = load_one(text)
        except YamlError:
            return None
        if isinstance(doc, dict) and not doc.get("updates"):
            return "lists no `updates` entry"
    return None


# Dependabot ecosystems that are the build's tooling, not the application's packages.
_TOOLING_ECOSYSTEMS = frozenset({"github-actions", "docker", "docker-compose", "terraform", "gitsubmodule",
                                 "devcontainers", "helm"})


def _dependabot_tooling_only(ctx: Context, path: str) -> list[str] | None:
    """The ecosystems a Dependabot configuration lists when all of them are tooling (actions, images), else None (an
    application ecosystem is listed, or the file does not parse: then it is not second-guessed)."""
    from deploycheck.sources.yaml import YamlError, load_one

    try:
        doc = load_one(ctx.files.read_text(path) or "")
    except YamlError:
        return None
    updates = doc.get("updates") if isinstance(doc, dict) else None
    if not isinstance(updates, list):
        return None
    ecosystems = sorted({str(u.get("package-ecosystem")) for u in updates[:200]
                         if isinstance(u, dict) and u.get("package-ecosystem")})
    return ecosystems if ecosystems and all(e in _TOOLING_ECOSYSTEMS for e in ecosystems) else None


# A workflow that opens pull requests itself (binderhub's watch-dependencies.yaml refreezes requirements.txt and bumps
# chart images, then `peter-evans/create-pull-request`): an update bot of the team's own making when it runs on a
# schedule.
_CREATES_PR = re.compile(r"peter-evans/create-pull-request@|\bgh[ \t]+pr[ \t]+create\b")
_ON_SCHEDULE = re.compile(r"^[ \t]*schedule:[ \t]*$|^[ \t]*-[ \t]*cron:", re.M)


def _scheduled_update_pr(ctx: Context) -> str | None:
    from deploycheck.sources.ci import ci_files

    for ci in ctx.use(ci_files):
        text = ci.active_text
        if _CREATES_PR.search(text) and _ON_SCHEDULE.search(text):
            return ci.path
    return None
