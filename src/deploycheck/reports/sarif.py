"""SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers.

- one rule per check, from the check registry (title, rationale, remediation, link to docs/checks.md);
- one result per finding that is a problem (fail, warn, error, manual); passes, `n/a` and `skipped`
  are not results: skipped checks become tool execution notifications, so nothing is silent;
- physical locations (relative URI against %SRCROOT% + startLine) and logical locations for
  Kubernetes objects; every result has a file location (GitHub refuses uploads otherwise), findings
  without one are anchored at the repository's config or README;
- suppressed findings carry SARIF suppressions (inSource for inline comments, external for
  annotations/config/baseline) with the reason as justification.
Validated in the tests against the official OASIS schema.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from deploycheck.model import Finding, Report, Severity, Status

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# Fallback when the installed package declares no repository URL ([project.urls] in pyproject.toml).
DEFAULT_REPOSITORY_URI = "https://github.com/deploycheck/deploycheck"

LEVELS = {Status.FAIL: "error", Status.ERROR: "error", Status.WARN: "warning", Status.MANUAL: "note"}
DEFAULT_LEVEL = {Severity.CRITICAL: "error", Severity.HIGH: "error", Severity.MEDIUM: "error",
                 Severity.LOW: "warning", Severity.INFO: "note"}
# GitHub code scanning ranks security alerts by this 0-10 score.
SECURITY_SEVERITY = {Severity.CRITICAL: "9.5", Severity.HIGH: "8.0", Severity.MEDIUM: "5.5",
                     Severity.LOW: "3.0", Severity.INFO: "1.0"}


def repository_uri() -> str:
    """The project's repository URL from the package metadata (Project-URL), else the default."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("deploycheck").get_all("Project-URL") or []
    except PackageNotFoundError:
        urls = []
    found = {}
    for entry in urls:
        label, _, url = str(entry).partition(",")
        found[label.strip().lower()] = url.strip()
    for label in ("repository", "source", "homepage"):
        if found.get(label, "").startswith("https://"):
            return found[label].rstrip("/")
    return DEFAULT_REPOSITORY_URI


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading (docs/checks.md is read there)."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _rules(report: Report) -> list[dict[str, Any]]:
    from deploycheck.checklist import load_checklist
    from deploycheck.checks.registry import all_checks

    specs = all_checks(load_plugins=False)
    docs_url = repository_uri() + "/blob/main/docs/checks.md"
    titles = {i.id: i.title for i in load_checklist().items}
    used = {f.check_id for f in report.findings}
    rules = []
    for cid in sorted(set(specs) | used):
        spec = specs.get(cid)
        item = spec.item if spec else cid.split("/", 1)[0]
        if spec is None:  # engine notices (config/ignore-expired) and placeholders for unchecked items
            rules.append({"id": cid, "shortDescription": {"text": cid},
                          "properties": {"item": item, "tags": ["deploycheck", item]}})
            continue
        live = " (live: `verify` only)" if spec.live else ""
        help_text = spec.remediation or spec.title
        rule: dict[str, Any] = {
            "id": cid,
            "name": "".join(part.capitalize() for part in re.split(r"[/\-_]", cid) if part),
            "shortDescription": {"text": spec.title},
            "fullDescription": {"text": spec.rationale or spec.title},
            "help": {"text": help_text,
                     "markdown": f"**Why:** {spec.rationale}\n\n**Fix:** {help_text}" if spec.rationale else help_text},
            "helpUri": f"{docs_url}#{github_anchor(f'{cid}{live}')}",
            "defaultConfiguration": {"level": DEFAULT_LEVEL[spec.severity]},
            "properties": {"item": item, "item_title": titles.get(item, item), "severity": spec.severity.value,
                           "tags": ["deploycheck", item]},
        }
        if item in _SECURITY_ITEMS:  # GitHub files rules with a security-severity under security alerts
            rule["properties"]["tags"].append("security")
            rule["properties"]["security-severity"] = SECURITY_SEVERITY[spec.severity]
        rules.append(rule)
    return rules


_SECURITY_ITEMS = frozenset({"sensitive-config", "dockerfile", "registry", "endpoint-security", "auth-protocols",
                             "secrets-management", "dependency-health"})


def repository_anchor(target: str) -> str:
    """The file results without a file location are reported against.

    GitHub code scanning rejects the whole upload when any result lacks a physical location with an
    artifact URI (codeql-action#1738), so item-level findings (manual items, summary warnings, live URL
    checks) are anchored at the deploycheck config, or the README, of the scanned repository.
    """
    root = Path(target)
    for name in (".deploycheck.yaml", ".deploycheck.yml", "README.md"):
        if (root / name).is_file():
            return name
    return ".deploycheck.yaml"


def _location(finding: Finding, anchor: str) -> dict[str, Any]:
    loc = finding.location
    out: dict[str, Any] = {}
    if loc is not None and loc.path:
        physical: dict[str, Any] = {"artifactLocation": {"uri": quote(loc.path), "uriBaseId": "SRCROOT"}}
        if loc.line and loc.line >= 1:
            region: dict[str, Any] = {"startLine": loc.line}
            if loc.column and loc.column >= 1:
                region["startColumn"] = loc.column
            physical["region"] = region
        out["physicalLocation"] = physical
    else:
        out["physicalLocation"] = {"artifactLocation": {"uri": quote(anchor), "uriBaseId": "SRCROOT"}}
        out["message"] = {"text": f"no file location; checked at {loc.url}" if loc is not None and loc.url
                          else "no file location: reported against the repository"}
    if loc is not None and loc.object is not None:
        obj = loc.object
        qualified = "/".join(p for p in (obj.kind, obj.namespace, obj.name) if p)
        logical = [{"name": obj.name, "fullyQualifiedName": qualified, "kind": "object"}]
        if loc.container:
            # No parentIndex: it would have to index run.logicalLocations; the qualified name says it all.
            logical.append({"name": loc.container, "fullyQualifiedName": f"{qualified}/{loc.container}",
                            "kind": "member"})
        out["logicalLocations"] = logical
    if loc is not None and loc.origin:
        out["message"] = {"text": f"rendered from {loc.origin}"}
    return out


def _result(finding: Finding, rule_index: dict[str, int], anchor: str) -> dict[str, Any]:
    text = finding.message
    if finding.remediation and finding.status in (Status.FAIL, Status.WARN):
        text += f" Fix: {finding.remediation}"
    result: dict[str, Any] = {
        "ruleId": finding.check_id,
        "ruleIndex": rule_index[finding.check_id],
        "level": LEVELS[finding.status],
        "message": {"text": text},
        "partialFingerprints": {"deploycheckFingerprint/v1": finding.fingerprint},
        "properties": {"item": finding.item, "status": finding.status.value, "severity": finding.severity.value},
    }
    result["locations"] = [_location(finding, anchor)]
    if finding.evidence:
        result["properties"]["evidence"] = finding.evidence
    if finding.suppressed is not None:
        s = finding.suppressed
        suppression: dict[str, Any] = {"kind": "inSource" if s.kind == "inline" else "external",
                                       "status": "accepted",
                                       "justification": s.reason or "no reason given",
                                       "properties": {"deploycheck_kind": s.kind}}
        if s.source:
            suppression["properties"]["source"] = s.source
        if s.expires:
            suppression["properties"]["expires"] = s.expires
        result["suppressions"] = [suppression]
    return result


def to_sarif(report: Report) -> dict[str, Any]:
    rules = _rules(report)
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    anchor = repository_anchor(report.target)
    results = [_result(f, rule_index, anchor) for f in report.findings if f.status in LEVELS]
    notifications = [
        {"level": "note", "message": {"text": f"{f.check_id} skipped: {f.message}"},
         "descriptor": {"id": f.check_id}}
        for f in report.findings if f.status is Status.SKIPPED
    ]
    notifications += [{"level": "note", "message": {"text": f"{item.item} not evaluated: {item.summary}"}}
                      for item in report.items if item.status is Status.NOT_EVALUATED]
    notifications += [{"level": "warning", "message": {"text": notice}} for notice in report.notices]
    root_uri = Path(report.target).resolve().as_uri().rstrip("/") + "/"
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "deploycheck", "version": report.tool_version, "semanticVersion":
                            report.tool_version, "informationUri": repository_uri(), "rules": rules}},
        "originalUriBaseIds": {"SRCROOT": {"uri": root_uri}},
        "invocations": [{"executionSuccessful": True, "startTimeUtc": report.started_at.replace("+00:00", "Z"),
                         "toolExecutionNotifications": notifications}],
        "results": results,
        "properties": {"verdict": report.verdict.to_dict(), "summary": report.counts(), "mode": report.mode},
    }
    if not _is_utc_timestamp(report.started_at):
        del run["invocations"][0]["startTimeUtc"]
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _is_utc_timestamp(value: str) -> bool:
    return bool(re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)$", value or ""))


def render(report: Report) -> str:
    return json.dumps(to_sarif(report), indent=2, default=str) + "\n"
