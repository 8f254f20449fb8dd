"""Python source files, parsed once with `ast` (never imported, never executed).

Every reader of Python code facts (routes, docstrings, test counts, env-var reads, ...) asks this
loader for the trees instead of parsing again: one parse per file per run.
"""

from __future__ import annotations

import ast
import gc
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from deploycheck.sources.files import MAX_SOURCE_BYTES as MAX_PYTHON_BYTES

if TYPE_CHECKING:
    from deploycheck.context import Context


@dataclass
class PyModule:
    """A Python module of the repository, parsed."""
    path: str  # relative POSIX path
    tree: ast.Module
    text: str


@dataclass
class SourceProblem:
    """A Python file that could not be parsed."""
    path: str
    message: str
    line: int | None = None
    newer_syntax: bool = False  # valid Python for a newer interpreter than the one scanning: not a defect


# Syntax a newer Python accepts and this one rejects, recognised on the line the parser stopped at.
_NEWER_SYNTAX = (
    (re.compile(r"^\s*type\s+[A-Za-z_]\w*\s*(\[.*\])?\s*="), "3.12", "a `type` alias statement"),
    (re.compile(r"^\s*(async\s+)?def\s+[A-Za-z_]\w*\s*\["), "3.12", "a generic function `def f[T]`"),
    (re.compile(r"^\s*class\s+[A-Za-z_]\w*\s*\["), "3.12", "a generic class `class C[T]`"),
    (re.compile(r"^\s*except\*?\s+[\w.]+\s*,\s*[\w.]+(\s*,\s*[\w.]+)*\s*:"), "3.14",
     "`except A, B:` without parentheses"),
)


@dataclass
class PythonSources:
    """The repository's parsed Python modules, and the files that could not be parsed."""
    modules: dict[str, PyModule] = field(default_factory=dict)
    problems: list[SourceProblem] = field(default_factory=list)




def parse_python(path: str, text: str) -> tuple[PyModule | None, SourceProblem | None]:
    """One file's tree, or the reason it has none (syntax error, binary content, absurd nesting, size)."""
    if len(text) > MAX_PYTHON_BYTES:
        return None, SourceProblem(path, f"{len(text) / 1048576:.1f} MB of Python (over the "
                                         f"{MAX_PYTHON_BYTES // 1048576} MB code-fact limit; generated?): not parsed")
    if "\x00" in text:
        return None, SourceProblem(path, "binary content (NUL bytes); not parsed as Python")
    try:
        tree = ast.parse(text, filename=path)
    except SyntaxError as exc:
        newer = _newer_syntax(text, exc)
        if newer:
            here = f"{sys.version_info.major}.{sys.version_info.minor}"
            return None, SourceProblem(path, f"uses Python {newer[0]} syntax ({newer[1]}) that the Python {here} "
                                             f"running deploycheck cannot parse: not parsed", exc.lineno, True)
        return None, SourceProblem(path, f"syntax error: {exc.msg}", exc.lineno)
    except (ValueError, RecursionError, MemoryError) as exc:  # ast's other refusals
        return None, SourceProblem(path, f"cannot parse: {type(exc).__name__}: {exc}")
    return PyModule(path, tree, text), None


def _newer_syntax(text: str, exc: SyntaxError) -> tuple[str, str] | None:
    """(version, what) when the line the parser stopped at is syntax of a newer Python, else None.
    f-strings nesting their own quotes (3.12, PEP 701) are recognised from the parser's message."""
    lines = text.splitlines()
    line = lines[exc.lineno - 1] if exc.lineno and 0 < exc.lineno <= len(lines) else ""
    for pattern, version, what in _NEWER_SYNTAX:
        if tuple(map(int, version.split("."))) > sys.version_info[:2] and pattern.match(line):
            return version, what
    if sys.version_info < (3, 12) and "f-string" in (exc.msg or "") and re.search(r"\bf[\"']", line):
        return "3.12", "an f-string nesting quotes or backslashes"
    return None


def python_modules(ctx: Context) -> PythonSources:
    """The production Python files (ctx.files: no tests, vendored or generated code), parsed once and kept
    for every reader of code facts."""
    out = PythonSources()
    for rel, module, problem in each_python_file(ctx, ctx.files.with_suffix(".py")):
        if module is not None:
            out.modules[rel] = module
        if problem is not None:
            out.problems.append(problem)
    return out


def each_python_file(ctx: Context, paths: Iterable[str], known: dict[str, PyModule] | None = None
                     ) -> Iterator[tuple[str, PyModule | None, SourceProblem | None]]:
    """(path, tree or None, problem or None) per readable file, parsed one at a time: a caller that keeps
    only what it counts lets each tree go (a 15,000-commit Django service has 18 MB of test modules, whose
    trees alone took 600 MB when they were all kept for the test inventory). Trees in `known` are reused."""
    # Kept trees add tens of thousands of long-lived objects per file, and the cyclic collector would
    # run full passes over all of them again and again (measured: 1.0 s instead of 0.35 s on
    # deploycheck's own 190 files). AST nodes hold no cycles; pause collection while parsing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        for rel in paths:
            if known and rel in known:
                yield rel, known[rel], None
                continue
            text = ctx.all_files.read_text(rel)
            if text is None:  # too big or unreadable: FileIndex recorded the problem already
                continue
            module, problem = parse_python(rel, text)
            yield rel, module, problem
    finally:
        if enabled:
            gc.enable()
