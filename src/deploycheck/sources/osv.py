"""Known vulnerabilities from OSV: an offline database directory, or the OSV API (`--online`).

Offline: a directory of OSV records (JSON or YAML, any layout, e.g. the PyPA advisory database)
and/or osv.dev's per-ecosystem `all.zip` exports, named by config `vulnerabilities.osv_database`
or the DEPLOYCHECK_OSV_DB environment variable. Records are indexed once per run by (ecosystem,
normalised package name); only records that mention one of the scanned packages are parsed.

Matching follows the OSV schema (https://ossf.github.io/osv-schema/#affectedranges-field): a
version is affected when it is listed in `versions`, or when, walking a range's events in version
order, the last applicable event is `introduced` (not `fixed` <= v, not `last_affected` < v).
Version order is each ecosystem's own: `packaging` (PEP 440) for PyPI, univers for npm/SemVer,
Go and Maven. univers was chosen over node-semver/semver ports because it is maintained (aboutcode),
pure Python, light (attrs, packaging, semver, semantic-version) and covers every ecosystem we read.

Online: POST {osv_api}/v1/querybatch with one query per (package, version), then
GET {osv_api}/v1/vulns/{id} for each id (the batch answer carries ids only). httpx with timeouts.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.sources.lockfiles import GO, MAVEN, NPM, PYPI, Dependency, dependency_set, normalize

if TYPE_CHECKING:
    from deploycheck.context import Context

DEFAULT_OSV_API = "https://api.osv.dev"
ENV_DATABASE = "DEPLOYCHECK_OSV_DB"
TIMEOUT_S = 20.0


@dataclass
class Vulnerability:
    id: str
    aliases: list[str]
    summary: str
    severity: str | None  # CRITICAL/HIGH/MEDIUM/LOW (from CVSS or the database), None if unknown
    score: float | None
    fixed: list[str]  # fixed versions relevant to the matched range(s), ascending
    source: str  # file or URL the record came from


@dataclass
class Match:
    dependency: Dependency
    vulnerability: Vulnerability

    @property
    def fixed_version(self) -> str | None:
        """The lowest fixed version above the one in use (what to upgrade to)."""
        later = [v for v in self.vulnerability.fixed if _compare(self.dependency.ecosystem, v,
                                                                 self.dependency.version or "") > 0]
        return later[0] if later else (self.vulnerability.fixed[-1] if self.vulnerability.fixed else None)


@dataclass
class VulnReport:
    available: bool  # False: no database and no network: the check must say skipped
    reason: str  # where the data came from, or why there is none
    matches: list[Match] = field(default_factory=list)
    checked: int = 0  # dependencies looked up
    problems: list[str] = field(default_factory=list)  # unreadable records, API errors
    broken: bool = False  # the configured data could not be used at all (e.g. 0 records): `error`, not `skipped`
    # dependencies of ecosystems an offline database holds no record of: not looked up, never "no advisory"
    uncovered: dict[str, int] = field(default_factory=dict)  # ecosystem -> dependencies


# --- versions ---------------------------------------------------------------------------------


def parse_version(ecosystem: str, version: str) -> Any:
    """A comparable version object for the ecosystem, or None when it does not parse."""
    base = ecosystem.split(":", 1)[0]
    try:
        if base == PYPI:
            from packaging.version import Version

            return Version(version)
        from univers import versions as uv

        if base == GO:
            return uv.GolangVersion(version if version.startswith("v") else f"v{version}")
        if base == MAVEN:
            return uv.MavenVersion(version)
        if base in (NPM, "SEMVER"):
            return uv.SemverVersion(version.lstrip("v"))
    except Exception:  # each library has its own InvalidVersion; all mean "cannot order this"
        return None
    return None


def _compare(ecosystem: str, a: str, b: str) -> int:
    va, vb = parse_version(ecosystem, a), parse_version(ecosystem, b)
    if va is None or vb is None:
        return 0 if a == b else (1 if a > b else -1)
    return (va > vb) - (va < vb)


def _in_range(ecosystem: str, version: Any, events: list[dict[str, Any]]) -> tuple[bool, list[str]]:
    """(affected?, fixed versions named by the range)."""
    parsed: list[tuple[Any, str, str]] = []
    fixed: list[str] = []
    for event in events:
        if not isinstance(event, dict):
            continue
        for kind in ("introduced", "fixed", "last_affected"):
            if kind in event:
                raw = str(event[kind])
                if kind == "introduced" and raw == "0":
                    parsed.append((None, kind, raw))  # "0" = since the beginning of time
                    continue
                v = parse_version(ecosystem, raw)
                if v is not None:
                    parsed.append((v, kind, raw))
                if kind == "fixed":
                    fixed.append(raw)
    # Sort by version ("0" first); at equal versions apply `introduced` before the closing events.
    parsed.sort(key=lambda e: (e[0] is not None, _Key(e[0]), e[1] != "introduced"))
    affected = False
    for v, kind, _raw in parsed:
        if kind == "introduced" and (v is None or version >= v):
            affected = True
        elif (kind == "fixed" and version >= v) or (kind == "last_affected" and version > v):
            affected = False
    return affected, fixed


class _Key:
    """Sort key wrapper: versions of one ecosystem compare with each other; None sorts first."""

    def __init__(self, v: Any) -> None:
        self.v = v

    def __lt__(self, other: _Key) -> bool:
        if self.v is None:
            return other.v is not None
        if other.v is None:
            return False
        return bool(self.v < other.v)


def affected_by(record: dict[str, Any], dep: Dependency) -> tuple[bool, list[str]]:
    """Does this OSV record affect the dependency at its version? Also: the fixed versions."""
    if not dep.version:
        return False, []
    version = parse_version(dep.ecosystem, dep.version)
    hit = False
    fixed: list[str] = []
    for affected in record.get("affected") or []:
        pkg = affected.get("package") if isinstance(affected, dict) else None
        if not isinstance(pkg, dict):
            continue
        eco = str(pkg.get("ecosystem", "")).split(":", 1)[0]
        if eco != dep.ecosystem or normalize(eco, str(pkg.get("name", ""))) != dep.name:
            continue
        listed = affected.get("versions") or []
        if dep.version in (str(v) for v in listed) or (
            version is not None and any(parse_version(eco, str(v)) == version for v in listed)
        ):
            hit = True
        for rng in affected.get("ranges") or []:
            if not isinstance(rng, dict) or rng.get("type") not in ("ECOSYSTEM", "SEMVER"):
                continue  # GIT ranges name commits, not releases
            range_eco = "SEMVER" if rng.get("type") == "SEMVER" and eco not in (NPM, GO) else eco
            v = version if range_eco == eco else parse_version("SEMVER", dep.version)
            if v is None:
                continue
            in_it, range_fixed = _in_range(range_eco, v, rng.get("events") or [])
            hit = hit or in_it
            if in_it:
                fixed.extend(range_fixed)
    fixed = sorted(set(fixed), key=lambda f: _Key(parse_version(dep.ecosystem, f)))
    return hit, fixed


def severity_of(record: dict[str, Any]) -> tuple[str | None, float | None]:
    """Qualitative severity and base score: from CVSS vectors (the `cvss` library), else the database."""
    for entry in record.get("severity") or []:
        if not isinstance(entry, dict):
            continue
        vector = str(entry.get("score", ""))
        try:
            if vector.startswith("CVSS:3"):
                from cvss import CVSS3

                c3 = CVSS3(vector)
                return str(c3.severities()[0]).upper(), float(c3.scores()[0])
            if vector.startswith("CVSS:4"):
                from cvss import CVSS4

                c4 = CVSS4(vector)
                return str(c4.severity).upper(), float(c4.base_score)
        except Exception:  # a malformed vector is the record's problem; fall through to the database
            continue
    specific = record.get("database_specific")
    if isinstance(specific, dict) and isinstance(specific.get("severity"), str):
        return specific["severity"].upper(), None
    return None, None


def to_vulnerability(record: dict[str, Any], fixed: list[str], source: str) -> Vulnerability:
    severity, score = severity_of(record)
    aliases = [str(a) for a in record.get("aliases") or []]
    summary = str(record.get("summary") or record.get("details") or "").strip().split("\n")[0][:200]
    return Vulnerability(id=str(record.get("id")), aliases=aliases, summary=summary, severity=severity, score=score,
                         fixed=fixed, source=source)


# --- the offline database ---------------------------------------------------------------------

MAX_RECORD_BYTES = 16 * 2**20  # the largest real OSV record is well under 1 MB
MAX_ZIP_UNPACKED_BYTES = 4 * 2**30  # osv.dev's all.zip for every ecosystem unpacks to a few GB


@dataclass
class OsvIndex:
    # (ecosystem, normalised name) -> [(record, source)]
    records: dict[tuple[str, str], list[tuple[dict[str, Any], str]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    files: int = 0
    ecosystems: set[str] = field(default_factory=set)  # named by any record read, parsed or not

    def saw(self, text: str) -> None:
        self.ecosystems.update(m.split(":", 1)[0] for m in _ECOSYSTEM.findall(text))

    def add(self, record: Any, source: str) -> None:
        if not isinstance(record, dict) or not record.get("id"):
            self.problems.append(f"{source}: not an OSV record (no id)")
            return
        if record.get("withdrawn"):
            return
        for affected in record.get("affected") or []:
            pkg = affected.get("package") if isinstance(affected, dict) else None
            if isinstance(pkg, dict) and pkg.get("name") and pkg.get("ecosystem"):
                eco = str(pkg["ecosystem"]).split(":", 1)[0]
                bucket = self.records.setdefault((eco, normalize(eco, str(pkg["name"]))), [])
                if not any(r is record for r, _ in bucket):
                    bucket.append((record, source))

    def match(self, deps: Iterable[Dependency]) -> list[Match]:
        out: list[Match] = []
        for dep in deps:
            for record, source in self.records.get((dep.ecosystem, dep.name), []):
                hit, fixed = affected_by(record, dep)
                if hit:
                    out.append(Match(dep, to_vulnerability(record, fixed, source)))
        return out


# `"ecosystem": "PyPI"` (JSON) / `ecosystem: PyPI` (YAML): read from every record, also the ones not parsed
_ECOSYSTEM = re.compile(r"""["']?ecosystem["']?\s*:\s*["']?([A-Za-z][\w.:-]*)""")


def _mentions(text: str, needles: set[str]) -> bool:
    low = text.lower()
    return any(n in low for n in needles)


def _needles(deps: Iterable[Dependency]) -> set[str]:
    """Spellings under which a record could name each package (PyPI names vary in - _ .)."""
    out: set[str] = set()
    for d in deps:
        name = d.name.lower()
        out.add(name)
        if d.ecosystem == PYPI:
            out |= {name.replace("-", "_"), name.replace("-", ".")}
    return out


def _parse_record(text: str, source: str) -> Any:
    if source.endswith((".yaml", ".yml")):
        from deploycheck.sources.yaml import load_one

        return load_one(text)
    return json.loads(text)


def load_database(path: Path, deps: list[Dependency] | None = None) -> OsvIndex:
    """Index every record under `path` (dir, single zip, or single record file).

    With `deps`, records that do not mention any of their names are not parsed (speed only:
    the text test is a superset of the exact match done afterwards).
    """
    import zipfile

    index = OsvIndex()
    unpacked = 0
    needles = _needles(deps) if deps is not None else None
    paths = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for file in paths:
        name = file.name.lower()
        try:
            if name.endswith(".zip"):
                with zipfile.ZipFile(file) as archive:
                    for info in archive.infolist():
                        member = info.filename
                        if not member.endswith(".json"):
                            continue
                        # A zip bomb: read each member through a bounded stream (its declared size can lie)
                        # and stop at a total, so memory and time stay bounded.
                        with archive.open(info) as stream:
                            raw = stream.read(MAX_RECORD_BYTES + 1)
                        if len(raw) > MAX_RECORD_BYTES:
                            index.problems.append(f"{file.name}:{member}: larger than {MAX_RECORD_BYTES // 2**20} MB "
                                                  f"unpacked; not an OSV record, skipped")
                            continue
                        unpacked += len(raw)
                        if unpacked > MAX_ZIP_UNPACKED_BYTES:
                            index.problems.append(f"{file.name}: unpacks to more than "
                                                  f"{MAX_ZIP_UNPACKED_BYTES // 2**30} GB; the rest was not read")
                            break
                        text = raw.decode("utf-8", errors="replace")
                        index.files += 1
                        index.saw(text)
                        if needles is None or _mentions(text, needles):
                            index.add(json.loads(text), f"{file.name}:{member}")
            elif name.endswith((".json", ".yaml", ".yml")):
                if file.stat().st_size > MAX_RECORD_BYTES:
                    index.problems.append(f"{file}: larger than {MAX_RECORD_BYTES // 2**20} MB; not an OSV record")
                    continue
                text = file.read_text(encoding="utf-8", errors="replace")
                index.files += 1
                index.saw(text)
                if needles is None or _mentions(text, needles):
                    index.add(_parse_record(text, str(file)), str(file))
        except Exception as exc:  # one bad record (or zip) must not hide the others
            index.problems.append(f"{file}: {type(exc).__name__}: {exc}")
    return index


def database_path(ctx: Context) -> Path | None:
    section = ctx.config.section("vulnerabilities") or {}
    configured = section.get("osv_database") or os.environ.get(ENV_DATABASE)
    if not configured:
        return None
    path = Path(os.path.expanduser(str(configured)))
    return path if path.is_absolute() else ctx.root / path


# --- online ----------------------------------------------------------------------------------


def query_api(base_url: str, deps: list[Dependency], client: Any = None) -> tuple[list[Match], list[str]]:
    """The OSV batch API: ids per (package, version), then each record once for details."""
    import httpx

    own = client is None
    http = client or httpx.Client(timeout=httpx.Timeout(TIMEOUT_S, connect=5.0), follow_redirects=True)
    problems: list[str] = []
    matches: list[Match] = []
    try:
        ids_per_dep: list[list[str]] = [[] for _ in deps]
        for start in range(0, len(deps), 1000):  # the API takes at most 1000 queries per call
            chunk = deps[start:start + 1000]
            queries = [{"package": {"name": d.name, "ecosystem": d.ecosystem}, "version": d.version} for d in chunk]
            pending = list(range(len(chunk)))
            tokens: dict[int, str] = {}
            while pending:
                body = {"queries": [dict(queries[i], page_token=tokens[i]) if i in tokens else queries[i]
                                    for i in pending]}
                response = http.post(f"{base_url.rstrip('/')}/v1/querybatch", json=body)
                response.raise_for_status()
                results = response.json().get("results") or []
                next_pending = []
                for i, result in zip(pending, results, strict=False):
                    ids_per_dep[start + i] += [str(v["id"]) for v in (result or {}).get("vulns") or []]
                    if (result or {}).get("next_page_token"):
                        tokens[i] = result["next_page_token"]
                        next_pending.append(i)
                pending = next_pending
        details: dict[str, dict[str, Any]] = {}
        for dep, ids in zip(deps, ids_per_dep, strict=True):
            for vid in ids:
                if vid not in details:
                    response = http.get(f"{base_url.rstrip('/')}/v1/vulns/{vid}")
                    response.raise_for_status()
                    details[vid] = response.json()
                record = details[vid]
                _hit, fixed = affected_by(record, dep)  # the API already decided; we want fixed versions
                matches.append(Match(dep, to_vulnerability(record, fixed, f"{base_url.rstrip('/')}/v1/vulns/{vid}")))
    except httpx.HTTPError as exc:
        problems.append(f"OSV API {base_url}: {type(exc).__name__}: {exc}")
    except (ValueError, KeyError, TypeError) as exc:
        problems.append(f"OSV API {base_url}: unexpected answer: {exc}")
    finally:
        if own:
            http.close()
    return matches, problems


def vulnerabilities(ctx: Context) -> VulnReport:
    deps = ctx.use(dependency_set).resolved()
    section = ctx.config.section("vulnerabilities") or {}
    ignored = set(section.get("ignore") or [])
    db = database_path(ctx)
    if db is not None and db.exists():
        ctx.progress(f"matching {len(deps)} dependencies against the OSV database")
        index = load_database(db, deps)
        if index.files == 0:
            # An empty directory or an unreadable zip matches nothing: that is no evidence, never a pass.
            return VulnReport(False, f"the OSV database {db} holds no readable OSV record", checked=len(deps),
                              problems=index.problems, broken=True)
        covered = [d for d in deps if d.ecosystem in index.ecosystems]
        uncovered = dict(Counter(d.ecosystem for d in deps if d.ecosystem not in index.ecosystems))
        report = VulnReport(bool(covered), f"offline OSV database {db} ({index.files} records of "
                            f"{', '.join(sorted(index.ecosystems)) or 'no named ecosystem'})", index.match(covered),
                            len(covered), index.problems, uncovered=uncovered)
    elif ctx.options.online:
        base = str(section.get("osv_api") or DEFAULT_OSV_API)
        ctx.progress(f"querying the OSV API for {len(deps)} dependencies")
        found, problems = query_api(base, deps) if deps else ([], [])
        report = VulnReport(not problems, f"OSV API {base}", found, len(deps), problems)
    else:
        why = (f"the OSV database {db} does not exist" if db is not None
               else "no OSV database configured (vulnerabilities.osv_database or DEPLOYCHECK_OSV_DB)")
        return VulnReport(False, f"{why} and --online not given")
    report.matches = [m for m in report.matches
                      if not ({m.vulnerability.id, *m.vulnerability.aliases} & ignored)]
    return report
