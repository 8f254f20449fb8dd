"""Terminal report (rich): the checklist by section, the blocking problems grouped by check (affected
objects listed compactly, identical findings from several sources once), then the verdict."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from deploycheck.model import Finding, Report, Status

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console
    from rich.text import Text

ICONS = {
    Status.PASS: ("✔", "green"),
    Status.FAIL: ("✘", "bold red"),
    Status.ERROR: ("!", "bold magenta"),
    Status.WARN: ("▲", "yellow"),
    Status.MANUAL: ("?", "cyan"),
    Status.SKIPPED: ("-", "dim"),
    Status.NA: ("·", "dim"),
    Status.NOT_EVALUATED: ("○", "dim"),
}
SHOW_DETAIL = (Status.FAIL, Status.ERROR, Status.WARN)


def escape(text: str) -> str:
    """Rich markup escaped, and control characters made visible (reports/common.visible)."""
    from rich.markup import escape as markup_escape

    from deploycheck.reports.common import visible

    return markup_escape(visible(text))


# Prefix of a line that says its own hanging indent and, by default (not --verbose), how many screen lines
# it may take before it is cut with "…": HANG + "columns,lines" + HANG + line (see `_hang`).
HANG = "\x00"
# Where the checklist's summary column starts: " ✘ fail    " (11) + the item id padded to 18 + a space.
SUMMARY_AT = 30


def _hang(columns: int, lines: int, text: str) -> str:
    """`text` whose continuation lines start at `columns` and which takes at most `lines` screen lines
    (0: no limit) in the default view; `--verbose` never cuts."""
    return f"{HANG}{columns},{lines}{HANG}{text}"
# How many affected objects/files a grouped problem lists before "+K more".
SHOW_AFFECTED = 3


def _where(f: Finding) -> str:
    """The short name of what a finding is about: the object (and container), else file:line, else URL."""
    loc = f.location
    if loc is None:
        return ""
    if loc.object:
        # The same workload reached through a Helm render (namespace "default" filled in) and the raw
        # manifest (no namespace) is one workload to the reader.
        o = loc.object
        obj = f"{o.kind}/{o.name}" if o.namespace in (None, "", "default") else str(o)
        return f"{obj} ({loc.container})" if loc.container else obj
    return str(loc)


def collapse(findings: list[Finding]) -> list[Finding]:
    """Identical findings (same check, status, message and object or file) reported through several
    sources (raw manifest, Helm render, kustomize) kept once, in first-seen order."""
    seen: set[tuple[str, str, str, str]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.check_id, f.status.value, f.message, _where(f))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _groups(findings: list[Finding]) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.check_id, []).append(f)
    return groups


def _affected(findings: list[Finding], room: int = 0) -> tuple[list[str], int]:
    """The first SHOW_AFFECTED places (fewer when `room` cells cannot hold them with the "+K more"), and K."""
    names = list(dict.fromkeys(w for f in findings if (w := _where(f))))
    shown = names[:SHOW_AFFECTED]
    while room and len(shown) > 1 and (len(", ".join(shown)) + len(f" +{len(names) - len(shown)} more")) > room:
        shown.pop()
    return shown, len(names) - len(shown)


def _checklist(report: Report, emit: Callable[[str], None]) -> None:
    section = None
    left_out = [item.item for item in report.items if item.status is Status.NOT_EVALUATED]
    for item in report.items:
        if item.status is Status.NOT_EVALUATED:
            continue  # listed once below: a pre-commit run of four items is not 33 lines
        if item.section != section:
            emit(f"[bold]{item.section.upper()}[/bold]")  # no blank line between sections: a screen is short
            section = item.section
        icon, style = ICONS[item.status]
        req = "" if item.required else "[dim](optional)[/dim] "
        # One screen line per item (the blocking problems below say the rest); --verbose wraps the
        # summary under its column instead.
        status = f"[{style}]{icon} {item.status.value:<7}[/{style}]"
        emit(_hang(SUMMARY_AT, 1, f" {status} {item.item:<18} {req}{escape(item.summary)}"))
        if item.status is Status.MANUAL and item.manual_evidence:
            emit(_hang(14, 1, f"      [dim]attach:[/dim] {escape(item.manual_evidence)}"))
    if left_out:
        icon, style = ICONS[Status.NOT_EVALUATED]
        emit(_hang(27, 0, f" [{style}]{icon} not evaluated (--only)[/{style}]: {escape(', '.join(left_out))}"))


def _named_in(place: str, message: str) -> bool:
    """Whether the message already names the one place (file, or kind, name and container): then an
    "at" line would only repeat it."""
    import re

    if place.split(":")[0] in message:
        return True
    return all(part in message for part in re.split(r"[/ ()]+", place) if part)


def _grouped_problems(problems: list[Finding], emit: Callable[[str], None], width: int = 0) -> None:
    """Blocking problems (fail, error) one block per check: a message, the affected objects (first N
    and "+K more"), the fix once. Warnings one line per check with a count."""
    blocking = [f for f in problems if f.status in (Status.FAIL, Status.ERROR)]
    warnings = [f for f in problems if f.status is Status.WARN]
    if blocking:
        emit("\n[bold]Blocking problems[/bold] [dim](by check; --verbose lists every finding)[/dim]")
    for check_id, group in _groups(blocking).items():
        icon, style = ICONS[max(group, key=lambda f: f.status.rank).status]
        places = len(dict.fromkeys(_where(f) for f in group))
        count = f" [dim]({places} places)[/dim]" if places > 1 else ""
        messages = list(dict.fromkeys(f.message for f in group))
        eg = "e.g. " if len(messages) > 1 else ""
        emit(_hang(3, 2, f" [{style}]{icon}[/{style}] [bold]{check_id}[/bold]{count}: {eg}{escape(messages[0])}"))
        shown, more = _affected(group, width - 8 if width else 0)  # one screen line after "     at "
        if shown and not (len(shown) == 1 and _named_in(shown[0], messages[0])):
            more_text = f" [dim]+{more} more[/dim]" if more else ""
            emit(_hang(8, 2, "     [dim]at[/dim] " + escape(", ".join(shown)) + more_text))
        fix = next((f.remediation for f in group if f.remediation), None)
        if fix:
            # The first line of the fix; `deploycheck explain ID` and --verbose give all of it.
            emit(_hang(9, 1, f"     [dim]fix[/dim] {escape(fix)}"))
    if warnings:
        counts = [f"{check_id} ({len(dict.fromkeys(_where(f) for f in group))})"
                  for check_id, group in _groups(warnings).items()]
        emit("\n[bold]Warnings[/bold] [dim](not blocking; places per check)[/dim]")
        emit(_hang(5, 3, "   [yellow]▲[/yellow] " + escape(", ".join(counts))))


def _every_finding(problems: list[Finding], report: Report, emit: Callable[[str], None]) -> None:
    if problems:
        emit("\n[bold]Findings[/bold]")
    for f in problems:
        icon, style = ICONS[f.status]
        emit(f" [{style}]{icon}[/{style}] [bold]{f.check_id}[/bold] {escape(f.message)}")
        if f.location:
            emit(f"     [dim]at[/dim] {escape(str(f.location))}")
        if f.remediation:
            emit(f"     [dim]fix[/dim] {escape(f.remediation)}")
    for f in report.findings:
        s = f.suppressed
        if s is not None:
            emit(f" [dim]~ {f.check_id} suppressed ({s.kind}: {escape(s.reason or 'no reason')})[/dim]")


def verdict_line(report: Report) -> str:
    v = report.verdict
    verdict = "[bold green]READY[/bold green]" if v.ready else "[bold red]NOT READY[/bold red]"
    env = f" for {v.environment}" if v.environment else ""
    tally = ", ".join(f"{n} {s}" for s, n in report.counts().items() if n)
    return f"{verdict}{env}: {len(report.items)} items ({tally}) in {report.duration_s:.2f}s"


def write(report: Report, console: Console, verbose: bool = False, quiet: bool = False) -> None:
    """Default: the checklist, blocking problems grouped by check, the verdict. `verbose`: every
    finding and suppression. `quiet`: the verdict line only."""
    if quiet:
        console.print(verdict_line(report))
        return
    # Lines are collected and printed once: rich's print costs ~0.1 ms per call.
    lines: list[str] = []
    emit = lines.append
    _checklist(report, emit)
    problems = collapse([f for f in report.findings if f.status in SHOW_DETAIL and f.suppressed is None])
    if verbose:
        _every_finding(problems, report, emit)
    else:
        _grouped_problems(problems, emit, console.width)
    notices = report.notices if verbose else report.notices[:5]
    for notice in notices:
        emit(_hang(8, 3, f" [yellow]notice[/yellow] {escape(notice)}"))
    if len(notices) < len(report.notices):
        emit(f" [dim]+{len(report.notices) - len(notices)} more notices (--verbose)[/dim]")
    emit("\n" + verdict_line(report))
    reasons = report.verdict.reasons
    if verbose:
        for reason in reasons:
            emit(f"  [red]•[/red] {escape(reason)}")
    elif reasons:
        # The checklist and the groups above already say why; name the blocking items once.
        emit("  [red]blocking:[/red] " + escape(", ".join(r.split(":", 1)[0] for r in reasons)))
    for caveat in report.verdict.caveats:
        emit(f"  [yellow]![/yellow] {escape(caveat)}")
    _print(console, lines, cut=not verbose)


def _print(console: Console, lines: list[str], cut: bool = True) -> None:
    """One print of all lines (rich's print costs ~0.1 ms per call and a verbose corpus scan has
    thousands of lines). An indented line wider than the console wraps with a hanging indent: the
    first screen line uses the whole width, the continuation lines start under the text after its
    label ("at", "fix") or under the column `_hang` names, never at column 0; with `cut`, a line
    past its screen-line limit ends in "…"."""
    from rich.text import Text

    out = Text()
    width = console.width
    for raw in lines:
        hang, limit, line = 0, 0, raw
        if raw.startswith(HANG):
            _, spec, line = raw.split(HANG, 2)
            columns, _, most = spec.partition(",")
            hang, limit = int(columns), int(most or 0) if cut else 0
        # Tabs as spaces: rich expands tabs while wrapping, which would shift `_wrap`'s offsets.
        text = Text.from_markup(line.replace("\t", " "))
        indent = len(line) - len(line.lstrip(" "))
        if indent < 1 or text.cell_len <= width:
            out.append_text(text)
            out.append("\n")
            continue
        if not hang:
            label = text.plain[indent:].split(" ", 1)[0]
            hang = indent + (len(label) + 1 if len(label) <= 6 else 2)
        hang = min(hang, width - 20)
        for i, part in enumerate(_wrap(console, text, width, max(20, width - hang), limit)):
            if i:
                out.append(" " * hang)
            out.append_text(part)
            out.append("\n")
    out.rstrip()
    console.print(out)


def _wrap(console: Console, text: Text, first: int, rest: int, limit: int = 0) -> list[Text]:
    """`text` wrapped at word boundaries: the first screen line `first` cells wide (it keeps its own
    indent), every further one `rest` cells; with `limit`, the last allowed line is cut with "…"."""
    parts: list[Text] = []
    width = first
    while text.plain:
        if limit and len(parts) == limit - 1 and text.cell_len > width:
            text.truncate(width - 1)
            text.rstrip()
            text.append("…")
            parts.append(text)
            break
        head = text.wrap(console, width)[0]
        taken = len(head.plain)
        text = text[taken:]
        text = text[len(text.plain) - len(text.plain.lstrip(" \n")):]
        head.rstrip()
        parts.append(head)
        width = rest
    return parts


def render(report: Report, color: bool = False, width: int = 120, verbose: bool = False) -> str:
    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False)
    write(report, console, verbose=verbose)
    return buf.getvalue()
