"""Standalone HTML report: one file, inline CSS, no scripts and no external assets.

Sections of the checklist, one row per item; each item's findings in a native <details> element
(collapsible without JavaScript), open by default when the item needs attention. Every piece of
text goes through html.escape.
"""

from __future__ import annotations

import json
from html import escape

from deploycheck.model import Finding, ItemResult, Report, Status
from deploycheck.reports.common import is_done, sections, tally, verdict_text

COLORS = {Status.PASS: "#1a7f37", Status.FAIL: "#cf222e", Status.ERROR: "#8250df", Status.WARN: "#9a6700",
          Status.MANUAL: "#0969da", Status.SKIPPED: "#57606a", Status.NA: "#8c959f",
          Status.NOT_EVALUATED: "#afb8c1"}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;
padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d0d7de}
.verdict{padding:.75rem 1rem;border-radius:6px;color:#fff;font-weight:600;margin:1rem 0}
.ready{background:#1a7f37}.not-ready{background:#cf222e}
.meta{color:#57606a}.badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:1em;color:#fff;
font-size:12px;padding:0 .5em;margin-right:.5em}
details{border:1px solid #d0d7de;border-radius:6px;margin:.3rem 0;padding:.3rem .6rem}
summary{cursor:pointer}summary .id{color:#57606a;font-family:ui-monospace,monospace;font-size:12px}
table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border-top:1px solid #eaeef2;padding:.25rem .4rem;
text-align:left;vertical-align:top}th{font-weight:600;color:#57606a;font-size:12px}
code,pre{font-family:ui-monospace,monospace;font-size:12px}pre{white-space:pre-wrap;margin:0}
.fix{color:#57606a}.suppressed{opacity:.6}
"""


def _badge(status: Status, label: str | None = None) -> str:
    return f'<span class="badge" style="background:{COLORS[status]}">{escape(label or status.value)}</span>'


def _finding_row(f: Finding) -> str:
    where = escape(str(f.location)) if f.location else ""
    fix = f'<div class="fix">fix: {escape(f.remediation)}</div>' if f.remediation and f.status in (
        Status.FAIL, Status.WARN) else ""
    evidence = ""
    if f.evidence:
        evidence = f"<pre>{escape(json.dumps(f.evidence, indent=1, default=str, ensure_ascii=False)[:2000])}</pre>"
    note = ""
    css = ""
    if f.suppressed is not None:
        css = ' class="suppressed"'
        note = f'<div class="fix">suppressed ({escape(f.suppressed.kind)}): {escape(f.suppressed.reason or "")}</div>'
    return (f"<tr{css}><td>{_badge(f.status)}</td><td><code>{escape(f.check_id)}</code></td>"
            f"<td>{escape(f.message)}{fix}{note}</td><td><code>{where}</code></td><td>{evidence}</td></tr>")


def _item(item: ItemResult) -> str:
    label = "attested" if item.attestation else item.status.value
    opened = "" if is_done(item) else " open"
    optional = ' <span class="meta">(optional)</span>' if not item.required else ""
    ordered = sorted(item.findings, key=lambda f: (f.suppressed is not None, -f.status.rank))
    rows = "".join(_finding_row(f) for f in ordered)
    extra = ""
    if item.status is Status.MANUAL and item.manual_evidence:
        extra = f'<p class="fix">attach: {escape(item.manual_evidence)}</p>'
    if item.attestation:
        a = item.attestation
        extra += f'<p class="fix">attested by {escape(a.by)} on {escape(a.date)}' + (
            f' — <a href="{escape(a.evidence)}">evidence</a>' if a.evidence and a.evidence.startswith(
                ("https://", "http://")) else "") + "</p>"
    table = ("<table><tr><th>status</th><th>check</th><th>message</th><th>location</th><th>evidence</th></tr>"
             f"{rows}</table>") if rows else ""
    return (f"<details{opened}><summary>{_badge(item.status, label)}<strong>{escape(item.title)}</strong> "
            f'<span class="id">{escape(item.item)}</span>{optional} — {escape(item.summary)}</summary>'
            f"{extra}{table}</details>")


def render(report: Report) -> str:
    v = report.verdict
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No external resources at all: the report must open offline and leak nothing when viewed.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>deploycheck: {escape(verdict_text(report))}</title><style>{CSS}</style></head><body>",
        f"<h1>deploycheck {escape(report.mode)} report</h1>",
        f'<div class="meta">{escape(report.target)} · {escape(report.started_at)} · '
        f"{report.duration_s:.2f}s · deploycheck {escape(report.tool_version)}</div>",
        f'<div class="verdict {"ready" if v.ready else "not-ready"}">{escape(verdict_text(report))}: '
        f"{len(report.items)} items ({escape(tally(report))})</div>",
    ]
    if v.reasons:
        parts.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in v.reasons) + "</ul>")
    if v.caveats:
        parts.append("<ul class=\"caveats\">" + "".join(f"<li>⚠ {escape(c)}</li>" for c in v.caveats) + "</ul>")
    for notice in report.notices:
        parts.append(f'<p class="fix">notice: {escape(notice)}</p>')
    for section in sections(report):
        parts.append(f"<h2>{escape(section.title)}</h2>")
        parts += [_item(item) for item in section.items]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
