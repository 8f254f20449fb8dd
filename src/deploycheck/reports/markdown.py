"""Markdown report: the checklist itself with its boxes ticked — a PR comment or a release ticket.

Short on purpose: the verdict on top, then each section's items as `- [x]`/`- [ ]` lines with the
item's summary, and under an open item at most TOP_FINDINGS problems with their location.
All text from findings is escaped so a message cannot inject links, HTML or formatting.
"""

from __future__ import annotations

import re

from deploycheck.model import Finding, Report, Status
from deploycheck.reports.common import is_done, sections, tally, top_findings, verdict_text, visible

TOP_FINDINGS = 3
MAX_TEXT = 200
MARKS = {Status.PASS: "✅", Status.NA: "⚪", Status.FAIL: "❌", Status.ERROR: "❗", Status.WARN: "⚠️",
         Status.MANUAL: "✋", Status.SKIPPED: "⏭️", Status.NOT_EVALUATED: "⏸️"}
# Enough to stop emphasis, links/images (no `[`), tables, strike-through and quotes; `<` is an entity.
_SPECIAL = re.compile(r"([\\`*_{}\[\]|~>])")
_AUTOLINK = re.compile(r"(@)(?=[\w-])|(:)(?=//)|(\bwww)(?=\.)", re.I)


def escape(text: str, limit: int = MAX_TEXT) -> str:
    """Plain text for Markdown: no HTML, links, emphasis or table breaks; one line; bounded length."""
    text = " ".join(visible(str(text)).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    # GitHub/GitLab turn `https://…`, `www.…` and `@org/team` into links and notifications even in
    # escaped text: a zero-width space breaks each pattern without changing what the reader sees.
    text = _AUTOLINK.sub(lambda m: m.group() + "\u200b", text)
    return _SPECIAL.sub(r"\\\1", text)


def code(text: str) -> str:
    """An inline code span; backticks inside are replaced so the span cannot be broken out of."""
    return "`" + " ".join(visible(str(text)).split()).replace("`", "'")[:MAX_TEXT] + "`"


def _finding_line(f: Finding) -> str:
    where = f" at {code(str(f.location))}" if f.location else ""
    return f"  - {MARKS[f.status]} {code(f.check_id)} {escape(f.message)}{where}"


def render(report: Report) -> str:
    v = report.verdict
    head = "✅" if v.ready else "❌"
    lines = [f"## {head} deploycheck: {verdict_text(report)}", ""]
    lines.append(f"{len(report.items)} checklist items: {escape(tally(report))} · `{report.mode}` of "
                 f"{code(report.target.rsplit('/', 1)[-1] or report.target)} · deploycheck {report.tool_version}")
    lines.append("")
    if v.reasons:
        lines.append("**Blocking:**")
        lines += [f"- {escape(r)}" for r in v.reasons[:5]]
        if len(v.reasons) > 5:
            lines.append(f"- … and {len(v.reasons) - 5} more")
        lines.append("")
    if v.caveats:
        lines.append("**Caveats:**")
        lines += [f"- {escape(c)}" for c in v.caveats]
        lines.append("")
    for section in sections(report):
        lines += [f"### {escape(section.title)}", ""]
        for item in section.items:
            box = "x" if is_done(item) else " "
            optional = " _(optional)_" if not item.required else ""
            status = "attested" if item.attestation else item.status.value
            summary = f" — {escape(item.summary)}" if item.summary else ""
            lines.append(f"- [{box}] {MARKS[item.status]} **{escape(item.title)}** ({code(item.item)}, "
                         f"{status}){optional}{summary}")
            if is_done(item):
                continue
            shown, more = top_findings(item, TOP_FINDINGS)
            lines += [_finding_line(f) for f in shown if not (len(shown) == 1 and f.message == item.summary)]
            if more:
                lines.append(f"  - … and {more} more")
            if item.status is Status.MANUAL and item.manual_evidence:
                lines.append(f"  - attach: {escape(item.manual_evidence)}")
        lines.append("")
    suppressed = sum(1 for f in report.findings if f.suppressed is not None)
    if suppressed:
        lines.append(f"_{suppressed} finding(s) suppressed (see the JSON or SARIF report for reasons)._")
    return "\n".join(lines).rstrip() + "\n"
