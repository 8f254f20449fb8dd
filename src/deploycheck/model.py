"""The one report model every stage shares: statuses, findings, item results, the report.

Kept free of heavy imports: the CLI imports this on every run.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import asdict, dataclass, field
from typing import Any

# 1.1: `service`, `version` and `environment` name what the run was about (deploycheck.identity).
# 1.2: an item `--only` left out has the status `not-evaluated` (never blocking, never a pass).
SCHEMA_VERSION = "1.2"


class Status(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    MANUAL = "manual"
    SKIPPED = "skipped"
    NA = "n/a"
    ERROR = "error"
    # An item status only: `--only` selected none of the item's checks, so nothing was looked at.
    NOT_EVALUATED = "not-evaluated"

    @property
    def rank(self) -> int:
        """Worse statuses rank higher; an item takes the worst status of its findings."""
        return _RANK[self]

    def __str__(self) -> str:
        return self.value


# fail > error > warn > manual > skipped > pass > n/a (DESIGN.md "Core model").
_RANK = {
    Status.NOT_EVALUATED: -1,
    Status.NA: 0,
    Status.PASS: 1,
    Status.SKIPPED: 2,
    Status.MANUAL: 3,
    Status.WARN: 4,
    Status.ERROR: 5,
    Status.FAIL: 6,
}


class Severity(enum.StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    def __str__(self) -> str:
        return self.value

    @property
    def blocks(self) -> bool:
        """A violation of a low/info check is advice: the engine reports it as `warn`, not `fail`."""
        return self in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM)


@dataclass(frozen=True)
class ObjectRef:
    """A Kubernetes object, as a finding's location."""

    kind: str
    name: str
    namespace: str | None = None
    api_version: str | None = None

    def __str__(self) -> str:
        ns = f"{self.namespace}/" if self.namespace else ""
        return f"{self.kind}/{ns}{self.name}"

    def to_dict(self) -> dict[str, Any]:
        """The fields that are set, in field order."""
        data: dict[str, Any] = {}
        if self.kind is not None:
            data["kind"] = self.kind
        if self.name is not None:
            data["name"] = self.name
        if self.namespace is not None:
            data["namespace"] = self.namespace
        if self.api_version is not None:
            data["api_version"] = self.api_version
        return data


@dataclass(frozen=True)
class Location:
    """Where the evidence is: a file and line, a Kubernetes object (and container), or a URL."""

    path: str | None = None  # relative to the scanned root, POSIX separators
    line: int | None = None
    column: int | None = None
    object: ObjectRef | None = None
    container: str | None = None
    url: str | None = None
    origin: str | None = None  # e.g. "helm:charts/app (values-prod.yaml)" for rendered objects

    def __str__(self) -> str:
        parts: list[str] = []
        if self.path:
            parts.append(f"{self.path}:{self.line}" if self.line else self.path)
        if self.object:
            obj = str(self.object)
            if self.container:
                obj += f" container={self.container}"
            parts.append(obj)
        if self.url:
            parts.append(self.url)
        return " ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        # The fields that are set, in field order (vars() order; asdict's deep copy made report rendering ~60 ms
        # per 4,000 findings, and a comprehension over vars() still ~10 ms): written out, they are read directly.
        data: dict[str, Any] = {}
        if self.path is not None:
            data["path"] = self.path
        if self.line is not None:
            data["line"] = self.line
        if self.column is not None:
            data["column"] = self.column
        if self.object is not None:
            data["object"] = self.object.to_dict()
        if self.container is not None:
            data["container"] = self.container
        if self.url is not None:
            data["url"] = self.url
        if self.origin is not None:
            data["origin"] = self.origin
        return data


@dataclass
class Suppression:
    """Why a finding does not count: an annotation, an inline comment, a config rule or the baseline."""
    kind: str  # annotation | inline | config | baseline
    reason: str | None
    source: str | None = None  # where the suppression itself lives
    expires: str | None = None


# CPython's own SHA-256 (the same digest as hashlib's): importing hashlib loads OpenSSL's library and initialises it,
# ~2.5 ms and ~300 page faults of every run, for the short keys of the fingerprints. hashlib where it is missing.
try:
    from _sha256 import sha256 as _sha256  # CPython <= 3.11
except ImportError:  # pragma: no cover - other interpreters
    try:
        from _sha2 import sha256 as _sha256  # CPython >= 3.12
    except ImportError:
        from hashlib import sha256 as _sha256


@functools.lru_cache(maxsize=8192)
def _digest(key: str) -> str:
    """A finding's fingerprint is asked for several times a run (suppressions, copies, the report): hashed once."""
    return _sha256(key.encode()).hexdigest()[:16]


@dataclass
class Finding:
    """One result of a check: status, message, where, and the evidence behind it."""
    check_id: str
    status: Status
    message: str
    item: str = ""
    location: Location | None = None
    evidence: dict[str, Any] | None = None
    remediation: str | None = None
    severity: Severity = Severity.MEDIUM
    suppressed: Suppression | None = None

    @property
    def fingerprint(self) -> str:
        """Stable identity for baselines: check, place and message, not line numbers (they drift)."""
        loc = self.location
        key = "|".join(
            [
                self.check_id,
                (loc.path or "") if loc else "",
                str(loc.object) if loc and loc.object else "",
                (loc.container or "") if loc else "",
                (loc.url or "") if loc else "",
                self.message,
            ]
        )
        return _digest(key)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "check_id": self.check_id,
            "item": self.item,
            "status": self.status.value,
            "severity": self.severity.value,
            "message": self.message,
            "fingerprint": self.fingerprint,
        }
        if self.location:
            data["location"] = self.location.to_dict()
        if self.evidence:
            data["evidence"] = self.evidence
        if self.remediation:
            data["remediation"] = self.remediation
        if self.suppressed:
            data["suppressed"] = {k: v for k, v in asdict(self.suppressed).items() if v is not None}
        return data


@dataclass
class Attestation:
    """A person's record that a manual item was checked."""
    item: str
    by: str
    date: str
    evidence: str | None = None
    expires: str | None = None
    note: str | None = None


@dataclass
class ItemResult:
    """A checklist item's status and the findings that decided it."""
    item: str
    section: str
    title: str
    status: Status
    required: bool
    findings: list[Finding] = field(default_factory=list)
    attestation: Attestation | None = None
    summary: str = ""
    manual_evidence: str | None = None  # what a person should attach when the item is manual

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.suppressed is None and f.status in (Status.FAIL, Status.ERROR)]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "item": self.item,
            "section": self.section,
            "title": self.title,
            "status": self.status.value,
            "required": self.required,
            "summary": self.summary,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.attestation:
            data["attestation"] = {k: v for k, v in asdict(self.attestation).items() if v is not None}
        if self.manual_evidence:
            data["manual_evidence"] = self.manual_evidence
        return data


@dataclass
class Verdict:
    """Go or no-go, with the reasons."""
    ready: bool
    reasons: list[str]
    fail_on: str
    environment: str | None = None
    # What the reader of the verdict must know although it does not block: a broad ignore rule that
    # silences findings in several items, for example.
    caveats: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Report:
    """A run's report: the items' results, the verdict and what identifies the run."""
    tool_version: str
    target: str
    mode: str  # scan | verify
    started_at: str
    duration_s: float
    items: list[ItemResult]
    verdict: Verdict
    notices: list[str] = field(default_factory=list)
    # {"service", "version": {"commit", "tag", "label", "images"}, "environment"}: see deploycheck.identity
    identity: dict[str, Any] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return [f for item in self.items for f in item.findings]

    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for item in self.items:
            counts[item.status.value] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "deploycheck", "version": self.tool_version},
            "target": self.target,
            "service": self.identity.get("service"),
            "team": self.identity.get("team"),
            "version": self.identity.get("version", {}),
            "environment": self.identity.get("environment"),
            "mode": self.mode,
            "started_at": self.started_at,
            "duration_s": round(self.duration_s, 3),
            "verdict": self.verdict.to_dict(),
            "summary": self.counts(),
            "notices": self.notices,
            "items": [i.to_dict() for i in self.items],
        }
