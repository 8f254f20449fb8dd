"""code-comments: public code carries docstrings/doc comments; modules say what they are for.

Python by AST (public functions, classes and methods; module docstrings or header comments).
JavaScript/TypeScript, Go, Java and Kotlin by a lighter textual rule: an exported declaration counts as
documented when a comment ends on the line above it (JSDoc, godoc, Javadoc, KDoc all look like that).
Source only in languages it does not read (C#, Rust, Ruby, PHP, Scala) is skipped, not "no source code".
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding, Location
from deploycheck.regex_scan import segment_matches
from deploycheck.sources.pyast import python_modules

if TYPE_CHECKING:
    from deploycheck.context import Context

_TODO = re.compile(r"(?:#|//|/\*|\*)\s*(TODO|FIXME|XXX|HACK)\b")
_EXPORTED = {
    "javascript": re.compile(r"^export\s+(?:default\s+)?(?:async\s+)?(?:function|class|const|interface|type)\s+"
                             r"([A-Za-z_$][\w$]*)", re.M),
    "go": re.compile(r"^(?:func(?:\s+\([^)]*\))?|type)\s+([A-Z]\w*)", re.M),
    # bounded repeats: a `public` line of 30,000 words and spaces took over 20 s (tests/test_hostile_regex.py)
    "java": re.compile(r"^[ \t]{0,200}public[ \t]+(?:(?:static|final|abstract|synchronized)[ \t]+){0,4}"
                       r"(?:class|interface|enum|record|[\w<>\[\], ?]{1,300}?[ \t]+)[ \t]{0,50}([A-Za-z_]\w{0,200})"
                       r"[ \t]{0,50}[({<]", re.M),
    # Kotlin declarations are public unless marked private/internal/protected (and an `override` inherits the
    # documentation of what it overrides): a class, interface, object or fun whose line carries only the other
    # modifiers. hmpps-template-kotlin's 13 public declarations were "no source code" (n/a) before. Bounded repeats,
    # as Java's.
    "kotlin": re.compile(r"^[ \t]{0,200}(?:(?:public|open|abstract|final|data|sealed|enum|annotation|inline|value|"
                         r"suspend|operator|infix|tailrec|external|inner|fun)[ \t]+){0,6}"
                         r"(?:class|interface|object|fun)[ \t]+(?:<[^>\n]{0,200}>[ \t]{0,50})?"
                         r"(?:[A-Za-z_][\w.]{0,200}\.)?([A-Za-z_]\w{0,200})", re.M),
}
_SUFFIX_LANG = {".js": "javascript", ".mjs": "javascript", ".ts": "javascript", ".tsx": "javascript",
                ".go": "go", ".java": "java", ".kt": "kotlin"}
# Languages of services this check does not read: their code is there, so "no source code" (n/a) would be an
# unearned verdict on a required item; it says it did not look (skipped).
_UNREAD_LANGUAGES = {".cs": "C#", ".rs": "Rust", ".rb": "Ruby", ".php": "PHP", ".scala": "Scala"}
_TEST_DIRS = {"tests", "test", "__tests__", "testdata", "fixtures", "e2e", "examples", "migrations", "versions"}


@dataclass
class _Tally:
    total: int = 0
    documented: int = 0
    undocumented: list[str] = field(default_factory=list)  # "path:line name"
    per_file: dict[str, tuple[int, int]] = field(default_factory=dict)  # path -> (documented, total)

    def add(self, path: str, line: int, name: str, ok: bool) -> None:
        self.total += 1
        doc, tot = self.per_file.get(path, (0, 0))
        self.per_file[path] = (doc + ok, tot + 1)
        if ok:
            self.documented += 1
        else:
            self.undocumented.append(f"{path}:{line} {name}")


def _skip(rel: str) -> bool:
    parts = PurePosixPath(rel).parts
    name = parts[-1]
    return (any(p in _TEST_DIRS for p in parts[:-1]) or name.startswith("test_") or name == "conftest.py"
            or name.endswith(("_test.py", "_test.go", ".test.ts", ".test.js", ".spec.ts", ".spec.js", ".d.ts",
                              ".min.js", "_pb2.py", ".pb.go")))


def _python_public(tree: ast.Module, path: str, tally: _Tally) -> None:
    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                if node.name.startswith("_"):
                    continue  # private (and dunder) names document themselves or are internal
                if any(isinstance(d, ast.Name | ast.Attribute) and ast.unparse(d).endswith(("overload", "setter"))
                       for d in node.decorator_list):
                    continue
                tally.add(path, node.lineno, prefix + node.name, ast.get_docstring(node) is not None)
                if isinstance(node, ast.ClassDef):
                    visit(node.body, f"{prefix}{node.name}.")
    visit(tree.body, "")


def _has_header(text: str, tree: ast.Module | None) -> bool:
    if tree is not None and ast.get_docstring(tree) is not None:
        return True
    for line in text.splitlines()[:15]:
        stripped = line.strip()
        if not stripped or stripped.startswith(("#!", "# -*-", "# coding", "package ", "'use strict'", '"use strict"')):
            continue
        return stripped.startswith(("#", "//", "/*", '"""', "'''"))
    return False


# Where a Go declaration can start; a method's receiver `func (` reads `[^)]*` to the first `)`: once that fails it
# fails for every later `func (` before the same `)` (what follows it is the same text). finditer tried each, reading
# to the end of the file from each line of `func (` (1.3 s at 128,000 characters): regex_scan.segment_matches.
_GO_DECLARATION_STARTS = re.compile(r"(?=(?P<receiver>^func\s+\()|^(?:func|type))", re.M)
_CLOSING_PARENTHESIS = re.compile(r"\)")


def _exported(text: str, lang: str) -> Iterator[re.Match[str]]:
    """_EXPORTED[lang].finditer(text), in linear time."""
    if lang == "go":
        return segment_matches(_EXPORTED["go"], _GO_DECLARATION_STARTS, text, _CLOSING_PARENTHESIS)
    return _EXPORTED[lang].finditer(text)


def _text_public(text: str, lang: str, path: str, tally: _Tally) -> None:
    lines = text.splitlines()
    for m in _exported(text, lang):
        lineno = line_at(text, m.start())  # counted on from the previous match (a 1 MB Go file: 13 s from the start)
        above = lines[lineno - 2].strip() if lineno >= 2 else ""
        # Annotations/decorators sit between the doc comment and the declaration in Java/TS.
        k = lineno - 2
        while k > 0 and lines[k].strip().startswith("@"):
            k -= 1
            above = lines[k].strip()
        ok = above.endswith("*/") or above.startswith(("//", "*", "///"))
        tally.add(path, lineno, m.group(1), ok)


@check(
    "code-comments/docstrings",
    title="Public functions and classes are documented",
    severity="low",
    needs=("source code",),
    rationale="Public code is what other people call; a docstring or doc comment says what it promises, which "
              "the code alone does not.",
    remediation="Add docstrings/doc comments to the listed public functions and classes, or lower "
                "docs.comment_threshold if the team agreed on less.",
    references=("https://peps.python.org/pep-0257/", "https://go.dev/doc/comment"),
)
def docstrings(ctx: Context) -> Iterator[Finding]:
    threshold = float((ctx.config.section("docs", {}) or {}).get("comment_threshold", 60))
    py = ctx.use(python_modules)
    tally = _Tally()
    langs: dict[str, int] = {}
    no_header: list[str] = []
    todos: dict[str, int] = {}
    for rel, mod in py.modules.items():
        if _skip(rel):
            continue
        langs["python"] = langs.get("python", 0) + 1
        _python_public(mod.tree, rel, tally)
        if mod.tree.body and not _has_header(mod.text, mod.tree) and not rel.endswith("__init__.py"):
            no_header.append(rel)
        _count_todos(mod.text, todos)
    for rel in ctx.files.with_suffix(*_SUFFIX_LANG):
        if _skip(rel):
            continue
        text = ctx.files.read_text(rel)
        if text is None or "\x00" in text:
            continue
        lang = _SUFFIX_LANG[PurePosixPath(rel).suffix.lower()]  # the file list matches suffixes case-blind
        langs[lang] = langs.get(lang, 0) + 1
        _text_public(text, lang, rel, tally)
        if text.strip() and not _has_header(text, None):
            no_header.append(rel)
        _count_todos(text, todos)
    newer = [p.path for p in py.problems if p.newer_syntax and not _skip(p.path)]
    for problem in py.problems:
        if not _skip(problem.path) and not problem.newer_syntax:
            yield warned(f"{problem.path}: {problem.message}; not counted", Location(path=problem.path,
                                                                                     line=problem.line))
    if not tally.total:
        if langs:
            yield not_applicable(f"no public functions or classes in {sum(langs.values())} source file(s)")
            return
        unread = sorted({_UNREAD_LANGUAGES[PurePosixPath(rel).suffix.lower()]
                         for rel in ctx.files.with_suffix(*_UNREAD_LANGUAGES) if not _skip(rel)})
        if unread:
            yield skipped(f"source code in {', '.join(unread)}, which this check does not read (it reads Python, "
                          "JS/TS, Go, Java and Kotlin)", evidence={"languages": unread})
        else:
            yield not_applicable("no source code (Python, JS/TS, Go, Java, Kotlin) to look at")
        return
    percent = round(100.0 * tally.documented / tally.total, 1)
    worst = sorted(((d / t, p, d, t) for p, (d, t) in tally.per_file.items() if t >= 3 and d < t))[:10]
    evidence: dict[str, Any] = {
        "documented_percent": percent, "threshold": threshold, "public": tally.total,
        "documented": tally.documented, "files_by_language": langs,
        "least_documented_files": [f"{p} ({d}/{t})" for _, p, d, t in worst],
        "undocumented_sample": tally.undocumented[:15],
        "modules_without_header_comment": len(no_header),
        "modules_without_header_sample": no_header[:10],
        "todo_fixme": todos,  # informational: markers of known unfinished work
    }
    if newer:  # valid code for a newer Python: not a defect, but not looked at either, and said so
        evidence["not_parsed_newer_python_syntax"] = newer[:20]
    if percent < threshold:
        first = tally.undocumented[0].split(" ", 1)[0]
        path, _, line = first.rpartition(":")
        yield failed(f"{percent}% of {tally.total} public functions/classes are documented (threshold "
                     f"{threshold:g}%)", Location(path=path, line=int(line) if line.isdigit() else None), evidence)
    else:
        yield passed(f"{percent}% of {tally.total} public functions/classes are documented (threshold "
                     f"{threshold:g}%)", evidence=evidence)


def _count_todos(text: str, todos: dict[str, int]) -> None:
    for m in _TODO.finditer(text):
        todos[m.group(1)] = todos.get(m.group(1), 0) + 1
