"""Markdown documents (README, docs/, runbooks): headings, sections, tables, lists, links.

Parsed with markdown-it-py (CommonMark + GFM tables) once per file. Relative links are resolved
against the file system here, because "does the target exist" is a fact, not a judgement; anchors
(`#section`) are checked against GitHub-style heading slugs of the target document.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from deploycheck.context import Context

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
README_NAMES = ("readme.md", "readme.markdown", "readme.rst", "readme.adoc", "readme.asciidoc", "readme.txt", "readme")
# Release notes and legal boilerplate never document configuration, deployment or recovery, and they
# are the largest Markdown files in most repositories (a chart's CHANGELOG.md can be 200 kB); skipping
# them halves the Markdown cost of a scan of the corpus.
_NOT_DOCS = re.compile(r"^(changelog|changes|history|news|releases?|release-notes|code_of_conduct|code-of-conduct|"
                       r"license|licence|notice|authors|contributors|maintainers)([._-].*)?\.(md|markdown|mdx)$", re.I)


@dataclass
class Heading:
    level: int
    text: str
    line: int

    @property
    def slug(self) -> str:
        return slugify(self.text)


@dataclass
class Section:
    heading: Heading
    text: str  # the Markdown source under the heading, up to the next heading of the same or higher level
    words: int


@dataclass
class Link:
    target: str
    text: str
    line: int
    # For relative links: the target resolved to a path under the root; `exists` says if it is there.
    resolved: str | None = None
    exists: bool | None = None  # None: external or not checkable
    anchor_ok: bool | None = None  # None: no anchor, or target not Markdown

    @property
    def is_relative(self) -> bool:
        parts = urlsplit(self.target)
        return not parts.scheme and not parts.netloc and not self.target.startswith(("mailto:", "//"))


@dataclass
class Table:
    line: int
    headers: list[str]
    rows: list[list[str]]


@dataclass
class ListItem:
    text: str
    line: int


@dataclass
class MarkdownDoc:
    path: str
    text: str = field(repr=False)
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    list_items: list[ListItem] = field(default_factory=list)
    code_spans: list[str] = field(default_factory=list)  # inline `code` and fenced block contents
    words: int = 0

    def sections(self) -> list[Section]:
        lines = self.text.splitlines()
        out = []
        for i, heading in enumerate(self.headings):
            end = len(lines)
            for later in self.headings[i + 1:]:
                if later.level <= heading.level:
                    end = later.line - 1
                    break
            body = "\n".join(lines[heading.line: end])
            out.append(Section(heading, body, len(_WORD.findall(body))))
        return out

    @property
    def slugs(self) -> set[str]:
        return {h.slug for h in self.headings}


@dataclass
class MarkdownDocs:
    docs: dict[str, MarkdownDoc] = field(default_factory=dict)
    readme: MarkdownDoc | None = None
    readme_path: str | None = None  # also set for README.rst/.adoc/.txt, which are not parsed as Markdown
    # The README of the folder that holds everything of the repository but its top-level files and dot-folders
    # (a monorepo's sample kept alone: quickstarts/whereami/), when that folder is not the root and has one.
    service_readme_path: str | None = None
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, message)


_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")


def slugify(text: str) -> str:
    """GitHub's heading anchor: lower-case, punctuation dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _inline_text(token: Any) -> str:
    return "".join(c.content for c in (token.children or []) if c.type in ("text", "code_inline", "softbreak"))


@functools.cache
def _parser() -> Any:
    from markdown_it import MarkdownIt  # lazy: only runs that read docs pay for it

    return MarkdownIt("commonmark", {"html": True}).enable("table")


# markdown-it's inline parser scans from every unmatched `[` (and `<`) to the end of the paragraph, so a
# paragraph of 20,000 `[` took 8 s and 40,000 took 25 s (quadratic). No hand-written paragraph holds
# hundreds of them unmatched; in a paragraph with more than this many, they are escaped (read as text).
MAX_OPENERS_PER_PARAGRAPH = 500
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def bounded_markdown(text: str) -> str:
    """The text markdown-it can parse in linear time: pathological paragraphs get their brackets escaped.
    Line numbers are unchanged (escaping adds characters, never lines)."""
    if text.count("[") + text.count("<") <= MAX_OPENERS_PER_PARAGRAPH:
        return text
    parts = _PARAGRAPH_BREAK.split(text)
    breaks = _PARAGRAPH_BREAK.findall(text)
    out = []
    for i, part in enumerate(parts):
        if part.count("[") + part.count("<") > MAX_OPENERS_PER_PARAGRAPH:
            part = re.sub(r"(?<!\\)([\[<])", r"\\\1", part)
        out.append(part + (breaks[i] if i < len(breaks) else ""))
    return "".join(out)


# Front matter (Hugo, Jekyll, MkDocs: a YAML block between `---` lines, or TOML between `+++`, on the first line) is
# metadata, not text: CommonMark reads `title: ...` followed by the closing `---` as a setext heading, so mushop's
# docs page "title: \"Disaster Recovery\" date: ... draft: false" became a heading. Blanked, line count kept.
# (mdit-py-plugins' front_matter plugin does this as a token; it would be a dependency for these few lines.)
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(?:[^\n]*\n){0,200}?(?:\1|\.\.\.)[ \t]*(?:\n|\Z)")


def _without_front_matter(text: str) -> str:
    if not text.startswith(("---", "+++")):
        return text
    m = _FRONT_MATTER.match(text)
    return text if m is None else "\n" * m.group(0).count("\n") + text[m.end():]


def parse_markdown(path: str, text: str) -> MarkdownDoc:
    doc = MarkdownDoc(path=path, text=text)
    tokens = _parser().parse(bounded_markdown(_without_front_matter(text)))
    lines = text.splitlines()
    table: Table | None = None
    row: list[str] | None = None
    in_head = False
    in_item = False
    for i, tok in enumerate(tokens):
        line = tok.map[0] + 1 if tok.map else 0
        if tok.type == "heading_open":
            inline = tokens[i + 1]
            doc.headings.append(Heading(int(tok.tag[1:]), _inline_text(inline).strip(), line))
        elif tok.type == "table_open":
            table = Table(line, [], [])
            doc.tables.append(table)
        elif tok.type == "table_close":
            table = None
        elif tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and table is not None and row is not None:
            if in_head:
                table.headers = row
            else:
                table.rows.append(row)
            row = None
        elif tok.type == "list_item_open":
            in_item = True
        elif tok.type in ("fence", "code_block"):
            doc.code_spans.append(tok.content)
        elif tok.type == "inline":
            if row is not None:
                row.append(_inline_text(tok).strip())
            elif in_item:
                doc.list_items.append(ListItem(_inline_text(tok).strip(), line))
                in_item = False
            doc.words += len(_WORD.findall(_inline_text(tok)))
            _inline_links(doc, tok, lines, tok.map)
    return doc


def _inline_links(doc: MarkdownDoc, tok: Any, lines: list[str], span: list[int] | None) -> None:
    children = tok.children or []
    start, end = (span[0], span[1]) if span else (0, 0)

    def line_of(target: str) -> int:
        """The exact line in a multi-line paragraph (markdown-it maps only the paragraph)."""
        for offset, text in enumerate(lines[start:end]):
            if target and target in text:
                return start + offset + 1
        return start + 1

    for j, child in enumerate(children):
        if child.type == "code_inline":
            doc.code_spans.append(child.content)
        elif child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            label = children[j + 1].content if j + 1 < len(children) else ""
            doc.links.append(Link(href, label, line_of(href)))
        elif child.type == "image":
            src = str(child.attrs.get("src", ""))
            doc.links.append(Link(src, child.content, line_of(src)))


def _resolve_links(doc: MarkdownDoc, files: set[str], dirs: set[str], docs: dict[str, MarkdownDoc]) -> None:
    base = PurePosixPath(doc.path).parent
    for link in doc.links:
        if not link.is_relative or not link.target:
            continue
        parts = urlsplit(link.target)
        target_path, anchor = unquote(parts.path), parts.fragment
        if not target_path:  # "#section" in the same document
            link.resolved = doc.path
            link.exists = True
            link.anchor_ok = slugify(anchor) in doc.slugs or anchor.lower() in doc.slugs if anchor else None
            continue
        joined = PurePosixPath("/" + target_path) if target_path.startswith("/") else base / target_path
        norm = _normalise(str(joined))
        link.resolved = norm
        if norm is None:  # climbs out of the scanned root: cannot check, do not guess
            continue
        link.exists = norm in files or norm.rstrip("/") in dirs or norm == ""
        if link.exists and anchor and norm in docs:
            link.anchor_ok = slugify(anchor) in docs[norm].slugs or anchor.lower() in docs[norm].slugs


def _normalise(path: str) -> str | None:
    out: list[str] = []
    for part in path.strip("/").split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not out:
                return None
            out.pop()
        else:
            out.append(part)
    return "/".join(out)


def markdown_docs(ctx: Context) -> MarkdownDocs:
    result = MarkdownDocs()
    for rel in ctx.all_files.with_suffix(*MARKDOWN_SUFFIXES):
        if _NOT_DOCS.match(PurePosixPath(rel).name):
            continue
        text = ctx.all_files.read_text(rel)
        if text is None:
            result.problems.extend((p.path, p.message) for p in ctx.all_files.problems_for([rel]))
            continue
        if "\x00" in text:
            result.problems.append((rel, "binary content; not read as Markdown"))
            continue
        try:
            result.docs[rel] = parse_markdown(rel, text)
        except Exception as exc:  # markdown-it is robust; a pathological file must still not stop the scan
            result.problems.append((rel, f"cannot parse Markdown: {type(exc).__name__}: {exc}"))
    files = set(ctx.all_files.files)
    dirs = {str(PurePosixPath(f).parent) for f in files}
    dirs |= {"/".join(d.split("/")[:i]) for d in list(dirs) for i in range(1, d.count("/") + 1)}
    for doc in result.docs.values():
        _resolve_links(doc, files, dirs, result.docs)
    top = {f.lower(): f for f in files if "/" not in f}
    for name in README_NAMES:
        if name in top:
            result.readme_path = top[name]
            result.readme = result.docs.get(top[name])
            break
    nested = [PurePosixPath(f).parent.parts for f in files if "/" in f and not f.startswith(".")]
    common: tuple[str, ...] = nested[0] if nested else ()
    for parts in nested[1:]:
        depth = 0
        while depth < min(len(common), len(parts)) and common[depth] == parts[depth]:
            depth += 1
        common = common[:depth]
    folder = "/".join(common)
    inside = {f.rsplit("/", 1)[1].lower(): f for f in files if folder and f.rpartition("/")[0] == folder}
    result.service_readme_path = next((inside[n] for n in README_NAMES if n in inside), None)
    return result
