"""What the human-facing renderers (Markdown, HTML, JUnit) share: sections, ordering, verdict words.

Renderers only ever show what findings hold (messages, locations, evidence the checks already
masked); none reads the scanned files again, so none can re-expose a secret a check left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deploycheck.lazy_re import deferred
from deploycheck.model import Finding, ItemResult, Report, Status

# Statuses that mean "someone should look at this", worst first.
PROBLEM_STATUSES = (Status.FAIL, Status.ERROR, Status.WARN, Status.MANUAL, Status.SKIPPED)
DONE_STATUSES = (Status.PASS, Status.NA)
# C0/C1 control characters but tab and newline: names and values from a scanned repository may hold
# ESC sequences that would drive the reader's terminal (clear it, retitle it, hide lines). And the invisible
# formatting characters that reorder or hide what is displayed ("Trojan Source", CVE-2021-42574): the bidirectional
# embeddings, overrides, isolates and marks (U+061C, U+200E/F, U+202A-E, U+2066-9), the zero-width characters and
# the byte order mark: `values\u202elmay.txt` displays as `valuestxt.yaml`.
_CONTROL = deferred("_CONTROL", "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                                "\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """`text` with control and invisible formatting characters shown as `\\xNN` / `\\uNNNN` instead of sent to
    the reader's terminal or page."""
    return _CONTROL.sub(_shown, text)


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass
class Section:
    """A checklist section with its items' results, as the reports group them."""
    id: str
    title: str
    items: list[ItemResult]


def sections(report: Report) -> list[Section]:
    """Items grouped by checklist section, in checklist order."""
    from deploycheck.checklist import load_checklist

    titles = dict(load_checklist().sections)
    out: list[Section] = []
    for item in report.items:
        if not out or out[-1].id != item.section:
            out.append(Section(item.section, titles.get(item.section, item.section.replace("-", " ").title()), []))
        out[-1].items.append(item)
    return out


def top_findings(item: ItemResult, limit: int) -> tuple[list[Finding], int]:
    """The unsuppressed problem findings of an item, worst first, at most `limit`; plus how many were left out."""
    problems = [f for f in item.findings if f.suppressed is None and f.status in PROBLEM_STATUSES]
    problems.sort(key=lambda f: -f.status.rank)
    return problems[:limit], max(0, len(problems) - limit)


def is_done(item: ItemResult) -> bool:
    """Whether the checklist box is ticked: passed (or attested), or does not apply."""
    return item.status in DONE_STATUSES


def verdict_text(report: Report) -> str:
    v = report.verdict
    env = f" for {v.environment}" if v.environment else ""
    return ("READY" if v.ready else "NOT READY") + env


def tally(report: Report) -> str:
    return ", ".join(f"{n} {s}" for s, n in report.counts().items() if n)
