"""JUnit XML report: one test suite per checklist item, one test case per check per target.

Written with the standard library's ElementTree rather than junitparser: the format is a handful of
elements, ElementTree escapes text and attributes correctly, and the CLI keeps its start-up light.

Mapping: `fail` -> <failure>, `error` -> <error>, a `manual`/`skipped` item that blocks the verdict ->
<failure>, other `manual`/`skipped`/`n/a` and suppressed findings ->
<skipped> with the reason; `warn` -> <failure> only when the run fails on warnings (--fail-on warn),
otherwise a passing case whose <system-out> carries the warning. An item without any finding
(none in practice: the engine reports `manual` for items without checks) still gets one case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import OrderedDict

from deploycheck.model import Finding, ItemResult, Report, Status

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _target(f: Finding) -> str:
    return str(f.location) if f.location else ""


def _cases(item: ItemResult) -> OrderedDict[tuple[str, str], list[Finding]]:
    """Findings grouped by (check id, target), in report order."""
    groups: OrderedDict[tuple[str, str], list[Finding]] = OrderedDict()
    for f in item.findings:
        groups.setdefault((f.check_id, _target(f)), []).append(f)
    return groups


def _detail(f: Finding) -> str:
    lines = [f"{f.status.value}: {f.message}"]
    if f.location:
        lines.append(f"at {f.location}")
    if f.evidence:
        lines.append(f"evidence: {f.evidence}")
    if f.remediation:
        lines.append(f"fix: {f.remediation}")
    return "\n".join(lines)


def render(report: Report) -> str:
    warn_fails = report.verdict.fail_on == "warn"
    blocking = {reason.split(":", 1)[0] for reason in report.verdict.reasons}
    root = ET.Element("testsuites", name="deploycheck", time=f"{report.duration_s:.3f}")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for item in report.items:
        suite = ET.SubElement(root, "testsuite", name=item.item, timestamp=report.started_at)
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        groups = _cases(item) or OrderedDict([((f"{item.item}/none", ""), [])])
        for (check_id, target), found in groups.items():
            name = f"{check_id} {target}".strip()
            case = ET.SubElement(suite, "testcase", classname=item.item, name=name, time="0")
            counts["tests"] += 1
            active = [f for f in found if f.suppressed is None]
            worst = max(active, key=lambda f: f.status.rank, default=None)
            if worst is None:
                reasons = "; ".join(f"{f.suppressed.kind}: {f.suppressed.reason or 'no reason'}"
                                    for f in found if f.suppressed is not None)
                ET.SubElement(case, "skipped", message=f"suppressed ({reasons})" if found else item.summary)
                counts["skipped"] += 1
                continue
            text = "\n\n".join(_detail(f) for f in active if f.status is not Status.PASS)
            if worst.status is Status.FAIL or (worst.status is Status.WARN and warn_fails):
                ET.SubElement(case, "failure", message=worst.message, type=worst.status.value).text = text
                counts["failures"] += 1
            elif worst.status is Status.ERROR:
                ET.SubElement(case, "error", message=worst.message, type="error").text = text
                counts["errors"] += 1
            elif worst.status is item.status and item.item in blocking and item.status in (Status.MANUAL,
                                                                                    Status.SKIPPED):
                # The gate blocks on it (a required item with no sign-off, or skipped where the
                # environment requires it): a CI test view must not show 0 failures then.
                ET.SubElement(case, "failure", message=f"{worst.status.value} (blocks the verdict): {worst.message}",
                              type=worst.status.value).text = text
                counts["failures"] += 1
            elif worst.status in (Status.MANUAL, Status.SKIPPED, Status.NA):
                ET.SubElement(case, "skipped", message=f"{worst.status.value}: {worst.message}")
                counts["skipped"] += 1
            elif worst.status is Status.WARN:
                ET.SubElement(case, "system-out").text = text
        if item.attestation is not None:
            props = ET.Element("properties")
            suite.insert(0, props)  # JUnit schemas want <properties> before the test cases
            ET.SubElement(props, "property", name="attested_by", value=item.attestation.by)
            ET.SubElement(props, "property", name="attested_on", value=item.attestation.date)
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    # ElementTree escapes markup but lets control characters through, which XML 1.0 forbids.
    body = _INVALID_XML.sub("\ufffd", ET.tostring(root, encoding="unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
