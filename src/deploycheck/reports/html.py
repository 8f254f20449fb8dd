"""Standalone HTML report: one file, inline CSS and one inline script, no external assets.

Layout: the verdict, a table of contents (each section with its item counts per status, each item
with its status), a filter bar (status, section, free text), then the checklist by section. Each item
is a native <details> (collapsible without JavaScript), open when it needs attention; inside, the
findings are grouped by check: the check id (an anchor, never wrapped mid-word), the fix once, then
one row per finding with its location and its evidence as a key/value list.

Every piece of text goes through html.escape (and common.visible). The Content-Security-Policy allows no external
resource and only the one script below, by its hash: text from a scanned repository that got past
the escaping still could not run. Without JavaScript the page shows everything and hides the filter.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape as html_escape
from typing import Any

from deploycheck.model import Finding, ItemResult, Report, Status
from deploycheck.reports.common import PROBLEM_STATUSES, is_done, sections, tally, verdict_text, visible


def escape(text: str) -> str:
    """HTML-escaped, with control and invisible formatting characters (bidirectional overrides) shown as escapes
    (common.visible): a browser obeys U+202E as a terminal does."""
    return html_escape(visible(text))


COLORS = {Status.PASS: "#1a7f37", Status.FAIL: "#cf222e", Status.ERROR: "#8250df", Status.WARN: "#9a6700",
          Status.MANUAL: "#0969da", Status.SKIPPED: "#57606a", Status.NA: "#8c959f",
          Status.NOT_EVALUATED: "#afb8c1"}
# Table-of-contents and filter order: worst first; not-evaluated (left out by --only) last.
ORDER = (Status.FAIL, Status.ERROR, Status.WARN, Status.MANUAL, Status.SKIPPED, Status.PASS, Status.NA,
         Status.NOT_EVALUATED)
# Evidence is shown, not dumped: long strings and lists are cut with a note of what was left out.
MAX_TEXT = 400
MAX_LIST = 12
MAX_DEPTH = 4

CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem auto;max-width:1150px;color:#1f2328;
padding:0 1rem}
a{color:#0969da;text-decoration:none}.reasons a{white-space:nowrap}a:hover{text-decoration:underline}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
.verdict{padding:.75rem 1rem;border-radius:6px;color:#fff;font-weight:600;margin:1rem 0}
.ready{background:#1a7f37}.not-ready{background:#cf222e}
.meta,.muted{color:#57606a}
.badge{display:inline-block;min-width:4.6em;text-align:center;border-radius:1em;color:#fff;font-size:12px;
padding:0 .5em;margin-right:.45em;white-space:nowrap}
.cid{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;white-space:nowrap}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
nav.toc{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .9rem;columns:2 320px;column-gap:2rem}
nav.toc h3{font-size:.95rem;margin:.3rem 0 .1rem;break-after:avoid}
nav.toc ul{list-style:none;margin:0 0 .4rem;padding:0;break-inside:avoid}
nav.toc li{margin:.05rem 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.count{display:inline-block;border-radius:1em;color:#fff;font-size:11px;padding:0 .45em;margin-left:.25em}
.dot{display:inline-block;width:.6em;height:.6em;border-radius:50%;margin-right:.4em}
.filters{position:sticky;top:0;z-index:1;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;
padding:.45rem .7rem;margin:1rem 0;display:flex;flex-wrap:wrap;gap:.6rem;align-items:center}
.filters label{font-size:12px;color:#57606a}
.filters select,.filters input{font:inherit;padding:.15rem .3rem;border:1px solid #d0d7de;border-radius:4px}
.filters input{min-width:16em}
details.item{border:1px solid #d0d7de;border-radius:6px;margin:.35rem 0;padding:.3rem .6rem}
details.item>summary{cursor:pointer;list-style-position:outside;margin-left:1rem}
details.item>summary .cid{color:#57606a}
.check{border-top:1px solid #eaeef2;margin:.4rem 0 0;padding:.35rem 0 .1rem}
.check-head{display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline}
.check-head .cid{font-weight:600;color:#1f2328}
a.anchor{color:#8c959f;font-size:12px;visibility:hidden}.check:hover a.anchor,summary:hover a.anchor{visibility:visible}
.fix{color:#57606a;margin:.15rem 0 .25rem}
.fix b{color:#1f2328;font-weight:600}
table.findings{border-collapse:collapse;width:100%;margin:.2rem 0 .3rem;table-layout:fixed}
table.findings td{border-top:1px solid #f0f2f4;padding:.2rem .4rem;vertical-align:top;overflow-wrap:anywhere}
table.findings td.st{width:5.6em}table.findings td.where{width:30%}
dl.ev{display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;margin:.2rem 0 0;font-size:12px}
dl.ev dt{color:#57606a;white-space:nowrap}dl.ev dd{margin:0;overflow-wrap:anywhere}
dl.ev dl.ev{margin:0}ol.ev{margin:0;padding-left:1.2rem;font-size:12px}
.suppressed{opacity:.6}
.reasons{margin:.4rem 0 1rem}.reasons summary{cursor:pointer;font-size:12px}
.hidden{display:none!important}
.check,details.item,section.sec{scroll-margin-top:4.5rem}
@media print{.filters{display:none}details.item{break-inside:avoid}}
"""

# The filter: status (item status, or "attention" = anything not passed/n/a), section, free text.
# Text matches an item's header (the whole item stays) or single checks in it (only those stay, and
# the item opens). Following a link to an anchor inside a closed item opens it.
SCRIPT = """
(function(){
var bar=document.getElementById('filters');bar.hidden=false;
var st=document.getElementById('f-status'),se=document.getElementById('f-section'),tx=document.getElementById('f-text');
var shown=document.getElementById('f-shown');
var items=[].slice.call(document.querySelectorAll('details.item'));
items.forEach(function(d){d.dataset.open0=d.open?'1':'';});
function has(el,q){return el.textContent.toLowerCase().indexOf(q)>=0;}
function apply(){
 var s=st.value,sec=se.value,q=tx.value.trim().toLowerCase(),n=0;
 items.forEach(function(d){
  var ok=(!s||(s==='attention'?d.dataset.attention==='1':d.dataset.status===s))&&(!sec||d.dataset.section===sec);
  var checks=[].slice.call(d.querySelectorAll('.check'));var any=false;
  checks.forEach(function(c){c.classList.remove('hidden');});
  if(ok&&q&&!has(d.querySelector('summary'),q)){
   checks.forEach(function(c){var m=has(c,q);c.classList.toggle('hidden',!m);any=any||m;});
   ok=any;
  }
  d.classList.toggle('hidden',!ok);
  d.open=ok&&(q&&any?true:d.dataset.open0==='1'||(!!s&&s!=='pass'&&s!=='n/a'));
  if(ok){n++;}
 });
 [].slice.call(document.querySelectorAll('section.sec')).forEach(function(x){
  x.classList.toggle('hidden',!x.querySelector('details.item:not(.hidden)'));});
 shown.textContent=n+' of '+items.length+' items shown';
}
function reveal(){
 var h=decodeURIComponent(location.hash.slice(1));var el=h&&document.getElementById(h);if(!el){return;}
 for(var p=el;p;p=p.parentElement){if(p.tagName==='DETAILS'){p.open=true;}}
 el.scrollIntoView();
}
[st,se].forEach(function(e){e.addEventListener('change',apply);});tx.addEventListener('input',apply);
window.addEventListener('hashchange',reveal);
apply();reveal();
})();
"""
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()


_TICKS = re.compile(r"`([^`\n]+)`")


def _prose(text: str) -> str:
    """Escaped text with `code` spans (remediations are written with Markdown backticks)."""
    return _TICKS.sub(r"<code>\1</code>", escape(text))


def _badge(status: Status, label: str | None = None) -> str:
    return f'<span class="badge" style="background:{COLORS[status]}">{escape(label or status.value)}</span>'


def _evidence(value: Any, depth: int = 0) -> str:
    """A finding's evidence as people read it: a key/value list, lists as short runs or numbered
    entries, long text cut (with how much was left out)."""
    if isinstance(value, dict):
        if not value:
            return '<span class="muted">none</span>'
        if depth >= MAX_DEPTH:
            return f'<span class="muted">{len(value)} more keys</span>'
        rows = "".join(f"<dt>{escape(str(k))}</dt><dd>{_evidence(v, depth + 1)}</dd>" for k, v in value.items())
        return f'<dl class="ev">{rows}</dl>'
    if isinstance(value, list | tuple):
        if not value:
            return '<span class="muted">none</span>'
        more = f' <span class="muted">+{len(value) - MAX_LIST} more</span>' if len(value) > MAX_LIST else ""
        shown = list(value)[:MAX_LIST]
        if depth >= MAX_DEPTH:
            return f'<span class="muted">{len(value)} entries</span>'
        if all(not isinstance(v, dict | list | tuple) for v in shown):
            return ", ".join(_scalar(v) for v in shown) + more
        entries = "".join(f"<li>{_evidence(v, depth + 1)}</li>" for v in shown)
        return f'<ol class="ev">{entries}</ol>{more}'
    return _scalar(value)


def _scalar(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return f"<code>{'null' if value is None else str(value).lower()}</code>"
    if isinstance(value, int | float):
        return f"<code>{escape(str(value))}</code>"
    text = str(value)
    cut = f' <span class="muted">(+{len(text) - MAX_TEXT} characters)</span>' if len(text) > MAX_TEXT else ""
    text = text[:MAX_TEXT]
    if "\n" in text:
        return f"<pre>{escape(text)}</pre>{cut}"
    return escape(text) + cut


def _where(f: Finding) -> str:
    loc = f.location
    if loc is None:
        return ""
    parts = []
    if loc.path:
        parts.append(f"<code>{escape(f'{loc.path}:{loc.line}' if loc.line else loc.path)}</code>")
    if loc.object:
        obj = escape(str(loc.object)) + (f" <span class=\"muted\">container</span> {escape(loc.container)}"
                                         if loc.container else "")
        parts.append(obj)
    if loc.url:
        parts.append(f"<code>{escape(loc.url)}</code>")
    if loc.origin:
        parts.append(f'<span class="muted">via {escape(loc.origin)}</span>')
    return "<br>".join(parts)


def _finding_row(f: Finding) -> str:
    note = ""
    css = ""
    if f.suppressed is not None:
        css = ' class="suppressed"'
        note = (f'<div class="fix">suppressed ({escape(f.suppressed.kind)}): '
                f"{escape(f.suppressed.reason or 'no reason')}</div>")
    evidence = _evidence(f.evidence) if f.evidence else ""
    return (f"<tr{css}><td class=\"st\">{_badge(f.status)}</td><td>{escape(f.message)}{note}{evidence}</td>"
            f'<td class="where">{_where(f)}</td></tr>')


def check_anchor(check_id: str) -> str:
    return "check-" + check_id


def item_anchor(item_id: str) -> str:
    return "item-" + item_id


def _check(check_id: str, findings: list[Finding]) -> str:
    """One check inside an item: its id (anchor), worst status, the fix once, one row per finding."""
    active = [f for f in findings if f.suppressed is None] or findings
    worst = max(active, key=lambda f: f.status.rank).status
    fixes = list(dict.fromkeys(f.remediation for f in findings if f.remediation and f.status in (
        Status.FAIL, Status.ERROR, Status.WARN) and f.suppressed is None))
    fix = "".join(f'<div class="fix"><b>fix</b> {_prose(text)}</div>' for text in fixes)
    count = f' <span class="muted">{len(findings)} findings</span>' if len(findings) > 1 else ""
    anchor = check_anchor(check_id)
    rows = "".join(_finding_row(f) for f in findings)
    return (f'<div class="check" id="{escape(anchor)}" data-check="{escape(check_id)}">'
            f'<div class="check-head">{_badge(worst)}<code class="cid">{escape(check_id)}</code>{count}'
            f'<a class="anchor" href="#{escape(anchor)}" title="link to this check">#</a></div>'
            f'{fix}<table class="findings">{rows}</table></div>')


def _item(item: ItemResult) -> str:
    label = "attested" if item.attestation else item.status.value
    opened = "" if is_done(item) or item.status is Status.NOT_EVALUATED else " open"
    optional = ' <span class="muted">(optional)</span>' if not item.required else ""
    groups: dict[str, list[Finding]] = {}
    for f in sorted(item.findings, key=lambda f: (f.suppressed is not None, -f.status.rank)):
        groups.setdefault(f.check_id, []).append(f)
    extra = ""
    if item.status is Status.MANUAL and item.manual_evidence:
        extra = f'<p class="fix"><b>attach</b> {escape(item.manual_evidence)}</p>'
    if item.attestation:
        a = item.attestation
        extra += f'<p class="fix">attested by {escape(a.by)} on {escape(a.date)}' + (
            f' — <a href="{escape(a.evidence)}">evidence</a>' if a.evidence and a.evidence.startswith(
                ("https://", "http://")) else "") + "</p>"
    checks = "".join(_check(cid, fs) for cid, fs in groups.items())
    anchor = item_anchor(item.item)
    attention = "1" if item.status in PROBLEM_STATUSES else ""
    return (f'<details class="item" id="{escape(anchor)}" data-status="{escape(item.status.value)}" '
            f'data-section="{escape(item.section)}" data-attention="{attention}"{opened}>'
            f"<summary>{_badge(item.status, label)}<strong>{escape(item.title)}</strong> "
            f'<code class="cid">{escape(item.item)}</code>{optional} — {escape(item.summary)} '
            f'<a class="anchor" href="#{escape(anchor)}" title="link to this item">#</a></summary>'
            f"{extra}{checks}</details>")


def _counts(items: list[ItemResult]) -> str:
    tally = {s: sum(1 for i in items if i.status is s) for s in ORDER}
    return "".join(f'<span class="count" style="background:{COLORS[s]}" title="{n} {s.value}">{n} {s.value}</span>'
                   for s, n in tally.items() if n)


def _toc(report: Report) -> str:
    parts = ['<nav class="toc" aria-label="contents">']
    for section in sections(report):
        parts.append(f'<h3><a href="#section-{escape(section.id)}">{escape(section.title)}</a>'
                     f"{_counts(section.items)}</h3><ul>")
        for item in section.items:
            parts.append(f'<li><span class="dot" style="background:{COLORS[item.status]}" '
                         f'title="{escape(item.status.value)}"></span>'
                         f'<a href="#{escape(item_anchor(item.item))}">{escape(item.title)}</a></li>')
        parts.append("</ul>")
    parts.append("</nav>")
    return "".join(parts)


def _filters(report: Report) -> str:
    present = [s for s in ORDER if any(i.status is s for i in report.items)]
    statuses = "".join(f'<option value="{escape(s.value)}">{escape(s.value)}</option>' for s in present)
    secs = "".join(f'<option value="{escape(s.id)}">{escape(s.title)}</option>' for s in sections(report))
    # Hidden until the script runs: without JavaScript there is nothing to filter with.
    return ('<div class="filters" id="filters" hidden>'
            '<label for="f-status">status</label><select id="f-status"><option value="">all</option>'
            f'<option value="attention">needs attention</option>{statuses}</select>'
            f'<label for="f-section">section</label><select id="f-section"><option value="">all</option>{secs}</select>'
            '<label for="f-text">text</label><input id="f-text" type="search" placeholder="check id, file, object…">'
            '<span class="muted" id="f-shown"></span></div>')


def _reasons(report: Report) -> str:
    """The blocking items as one line of links (the checklist below says why), every reason in full
    one click away."""
    items = {i.item for i in report.items}
    heads = [r.split(":", 1)[0] for r in report.verdict.reasons]
    links = ", ".join(f'<a href="#{escape(item_anchor(h))}">{escape(h)}</a>' if h in items else escape(h)
                      for h in dict.fromkeys(heads))
    full = "".join(f"<li>{escape(r)}</li>" for r in report.verdict.reasons)
    return (f'<div class="reasons"><b>blocking</b> {links}'
            f'<details><summary class="muted">why, item by item</summary><ul>{full}</ul></details></div>')


def render(report: Report) -> str:
    v = report.verdict
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No external resources at all: the report must open offline and leak nothing when viewed.
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        f"<title>deploycheck: {escape(verdict_text(report))}</title><style>{CSS}</style></head><body>",
        f"<h1>deploycheck {escape(report.mode)} report</h1>",
        f'<div class="meta">{escape(report.target)} · {escape(report.started_at)} · '
        f"{report.duration_s:.2f}s · deploycheck {escape(report.tool_version)}</div>",
        f'<div class="verdict {"ready" if v.ready else "not-ready"}">{escape(verdict_text(report))}: '
        f"{len(report.items)} items ({escape(tally(report))})</div>",
    ]
    if v.reasons:
        parts.append(_reasons(report))
    if v.caveats:
        parts.append('<ul class="caveats">' + "".join(f"<li>⚠ {escape(c)}</li>" for c in v.caveats) + "</ul>")
    for notice in report.notices:
        parts.append(f'<p class="fix">notice: {escape(notice)}</p>')
    parts += [_toc(report), _filters(report)]
    for section in sections(report):
        parts.append(f'<section class="sec" id="section-{escape(section.id)}"><h2>{escape(section.title)}</h2>')
        parts += [_item(item) for item in section.items]
        parts.append("</section>")
    parts.append(f"<script>{SCRIPT}</script></body></html>")
    return "\n".join(parts) + "\n"
