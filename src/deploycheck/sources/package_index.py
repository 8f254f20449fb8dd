"""Latest releases from package indexes, for "is this dependency outdated?" (online only).

Python: the simple repository API with PEP 691 content negotiation — we ask for
`application/vnd.pypi.simple.v1+json` and accept PEP 503 HTML as the fallback, because many
private indexes (pypiserver among them) still serve HTML only. Versions come from the JSON
`versions` key (PEP 700) or from the file names (packaging's wheel/sdist name parsers); yanked
files and pre-releases do not count as "latest". npm: the registry's abbreviated metadata document
(`application/vnd.npm.install-v1+json`), `dist-tags.latest`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from deploycheck.sources.lockfiles import NPM, PYPI, Dependency, dependency_set

if TYPE_CHECKING:
    from deploycheck.context import Context

DEFAULT_PACKAGE_INDEX = "https://pypi.org/simple/"
DEFAULT_NPM_REGISTRY = "https://registry.npmjs.org/"
PEP691_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01"


@dataclass
class Outdated:
    dependency: Dependency
    latest: str


@dataclass
class FreshnessReport:
    available: bool
    reason: str
    outdated: list[Outdated] = field(default_factory=list)
    checked: int = 0
    problems: list[str] = field(default_factory=list)


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[tuple[str, bool]] = []  # (file name, yanked)
        self._yanked = False
        self._in_a = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._in_a = True
            self._yanked = any(k == "data-yanked" for k, _ in attrs)

    def handle_endtag(self, tag: str) -> None:
        self._in_a = tag != "a" and self._in_a

    def handle_data(self, data: str) -> None:
        if self._in_a and data.strip():
            self.files.append((data.strip(), self._yanked))


def _version_of_file(filename: str) -> str | None:
    from packaging.utils import InvalidSdistFilename, InvalidWheelFilename, parse_sdist_filename, parse_wheel_filename

    try:
        if filename.endswith(".whl"):
            return str(parse_wheel_filename(filename)[1])
        if filename.endswith((".tar.gz", ".zip")):
            return str(parse_sdist_filename(filename)[1])
    except (InvalidWheelFilename, InvalidSdistFilename, ValueError):
        return None
    return None


def latest_python(index_url: str, name: str, client: Any) -> str | None:
    """The highest final, non-yanked release of `name` on the index, or None if it has none."""
    from packaging.version import InvalidVersion, Version

    response = client.get(f"{index_url.rstrip('/')}/{name}/", headers={"Accept": PEP691_ACCEPT})
    if response.status_code == 404:
        return None
    response.raise_for_status()
    candidates: list[str] = []
    if "json" in response.headers.get("content-type", ""):
        data = response.json()
        files = data.get("files") or []
        usable = [f for f in files if isinstance(f, dict) and not f.get("yanked")]
        candidates = [v for v in (_version_of_file(str(f.get("filename", ""))) for f in usable) if v]
        if not candidates and not files:
            candidates = [str(v) for v in data.get("versions") or []]
    else:
        parser = _Anchors()
        parser.feed(response.text)
        candidates = [v for v in (_version_of_file(f) for f, yanked in parser.files if not yanked) if v]
    best: Version | None = None
    for raw in candidates:
        try:
            version = Version(raw)
        except InvalidVersion:
            continue
        if not version.is_prerelease and not version.is_devrelease and (best is None or version > best):
            best = version
    return str(best) if best else None


def latest_npm(registry: str, name: str, client: Any) -> str | None:
    response = client.get(f"{registry.rstrip('/')}/{quote(name, safe='@')}",
                          headers={"Accept": "application/vnd.npm.install-v1+json"})
    if response.status_code == 404:
        return None
    response.raise_for_status()
    latest = (response.json().get("dist-tags") or {}).get("latest")
    return str(latest) if latest else None


def is_newer(ecosystem: str, latest: str, current: str) -> bool:
    from deploycheck.sources.osv import parse_version

    a, b = parse_version(ecosystem, latest), parse_version(ecosystem, current)
    return a is not None and b is not None and bool(a > b)


def freshness(ctx: Context) -> FreshnessReport:
    deps = [d for d in ctx.use(dependency_set).resolved() if d.ecosystem in (PYPI, NPM) and d.direct]
    if not ctx.options.online:
        return FreshnessReport(False, "needs --online (asks the package indexes for the latest releases)")
    import httpx

    section = ctx.config.section("vulnerabilities") or {}
    index_url = str(section.get("package_index") or DEFAULT_PACKAGE_INDEX)
    registry = str(section.get("npm_registry") or DEFAULT_NPM_REGISTRY)
    report = FreshnessReport(True, f"{index_url} and {registry}")
    seen: set[tuple[str, str]] = set()
    with httpx.Client(timeout=httpx.Timeout(15.0, connect=5.0), follow_redirects=True) as client:
        for dep in deps:
            if (dep.ecosystem, dep.name) in seen or not dep.version:
                continue
            seen.add((dep.ecosystem, dep.name))
            try:
                latest = (latest_python(index_url, dep.name, client) if dep.ecosystem == PYPI
                          else latest_npm(registry, dep.name, client))
            except (httpx.HTTPError, ValueError) as exc:
                report.problems.append(f"{dep.name}: {type(exc).__name__}: {exc}")
                if len(report.problems) >= 3 and not report.checked:
                    report.available = False  # the index is unreachable: stop hammering it
                    report.reason = f"package index unreachable: {report.problems[0]}"
                    break
                continue
            report.checked += 1
            if latest and is_newer(dep.ecosystem, latest, dep.version):
                report.outdated.append(Outdated(dep, latest))
    return report

