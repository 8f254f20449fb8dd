"""Terminal report (rich): the checklist grouped by section, then each problem with location and fix."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from deploycheck.model import Report, Status

if TYPE_CHECKING:
    from rich.console import Console

ICONS = {
    Status.PASS: ("✔", "green"),
    Status.FAIL: ("✘", "bold red"),
    Status.ERROR: ("!", "bold magenta"),
    Status.WARN: ("▲", "yellow"),
    Status.MANUAL: ("?", "cyan"),
    Status.SKIPPED: ("-", "dim"),
    Status.NA: ("·", "dim"),
}
SHOW_DETAIL = (Status.FAIL, Status.ERROR, Status.WARN)


def escape(text: str) -> str:
    """Rich markup escaped, and control characters made visible (reports/common.visible)."""
    from rich.markup import escape as markup_escape

    from deploycheck.reports.common import visible

    return markup_escape(visible(text))


def write(report: Report, console: Console, verbose: bool = False) -> None:
    # Lines are collected and printed once: rich's print costs ~0.1 ms per call, and a corpus scan
    # has ~7,700 lines (0.8 s). Each line's markup is closed on that line, so one print of the
    # joined text renders exactly as the separate prints did.
    lines: list[str] = []
    emit = lines.append
    section = None
    for item in report.items:
        if item.section != section:
            section = item.section
            emit(f"\n[bold]{section.upper()}[/bold]")
        icon, style = ICONS[item.status]
        req = "" if item.required else " [dim](optional)[/dim]"
        emit(f" [{style}]{icon} {item.status.value:<7}[/{style}] {item.item:<18} {escape(item.summary)}{req}")
        if item.status is Status.MANUAL and item.manual_evidence:
            emit(f"      [dim]attach:[/dim] {escape(item.manual_evidence)}")
    problems = [f for f in report.findings if f.status in SHOW_DETAIL and f.suppressed is None]
    if problems:
        emit("\n[bold]Findings[/bold]")
    for f in problems:
        icon, style = ICONS[f.status]
        emit(f" [{style}]{icon}[/{style}] [bold]{f.check_id}[/bold] {escape(f.message)}")
        if f.location:
            emit(f"     [dim]at[/dim] {escape(str(f.location))}")
        if f.remediation:
            emit(f"     [dim]fix[/dim] {escape(f.remediation)}")
    if verbose:
        suppressed = [f for f in report.findings if f.suppressed is not None]
        for f in suppressed:
            s = f.suppressed
            assert s is not None
            emit(f" [dim]~ {f.check_id} suppressed ({s.kind}: {escape(s.reason or 'no reason')})[/dim]")
    for notice in report.notices:
        emit(f" [yellow]notice[/yellow] {escape(notice)}")
    counts = report.counts()
    tally = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    v = report.verdict
    verdict = "[bold green]READY[/bold green]" if v.ready else "[bold red]NOT READY[/bold red]"
    env = f" for {v.environment}" if v.environment else ""
    emit(f"\n{verdict}{env}: {len(report.items)} items ({tally}) in {report.duration_s:.2f}s")
    for reason in v.reasons[:10]:
        emit(f"  [red]•[/red] {escape(reason)}")
    if len(v.reasons) > 10:
        emit(f"  … and {len(v.reasons) - 10} more")
    console.print("\n".join(lines))


def render(report: Report, color: bool = False, width: int = 120) -> str:
    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False)
    write(report, console)
    return buf.getvalue()
