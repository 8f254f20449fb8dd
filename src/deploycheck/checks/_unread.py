"""Python files the parser could not read that may hold what a check looks for.

A check that answers "every route has auth" or "no token decoding here" from the parsed code must not
say so over a file it could not parse. Markers on the raw text tell a file that may matter (it declares
routes, it decodes tokens) from a broken script that cannot (a Python 2 tool), without parsing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import errored, skipped
from deploycheck.model import Finding, Location

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.sources.pyast import SourceProblem


def unread_python(ctx: Context, markers: re.Pattern[str]) -> list[SourceProblem]:
    from deploycheck.sources.pyast import python_modules

    return [p for p in ctx.use(python_modules).problems if markers.search(ctx.files.read_text(p.path) or "")]


def unread_findings(problems: list[SourceProblem], what: str) -> Iterator[Finding]:
    """A syntax error is `error` (could not evaluate); syntax of a newer Python than the one scanning is
    `skipped` (valid code this interpreter cannot read)."""
    for problem in problems:
        make = skipped if problem.newer_syntax else errored
        yield make(f"{problem.path}: {problem.message}; it {what} this check could not read",
                   Location(path=problem.path, line=problem.line))
