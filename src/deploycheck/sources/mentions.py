"""Where names appear in the repository outside their documentation or definition files.

The code-fact readers understand Python, JavaScript/TypeScript, Go and Java; a repository also holds
Kotlin, C#, Rust, Ruby, PHP, shell scripts, compose files, manifests, CI and config templates
(`${POLL_MS}` in application.properties, `$LOG_LEVEL` in an entrypoint). Before a check claims
"documented but nothing reads it" or "defined but never used", it asks here whether the name appears
anywhere else at all: a name found outside the docs is not claimed unused (the tool could not read
that use well enough to be sure), a name found nowhere is.

Files are read once per question, without filling the shared text cache (a large repository's every
file is not kept in memory for this), and the search stops as soon as every name is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.sources.files import read_inside_root

if TYPE_CHECKING:
    from deploycheck.context import Context

# Prose and documentation formats: a mention there is documentation, not a use.
DOC_SUFFIXES = (".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".html", ".htm")
_BINARY_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".ico", ".webp", ".bmp", ".pdf", ".zip", ".gz", ".tgz",
                    ".bz2", ".xz", ".jar", ".war", ".class", ".so", ".dll", ".exe", ".woff", ".woff2", ".ttf",
                    ".otf", ".eot", ".mp3", ".mp4", ".mov", ".wasm", ".pyc", ".bin", ".keystore", ".p12")
_MAX_BYTES = 2 * 1024 * 1024  # bigger files are data or bundles, not where a setting is read


def is_documentation(rel: str) -> bool:
    return rel.lower().endswith(DOC_SUFFIXES) or PurePosixPath(rel).name.upper().startswith(("LICENSE", "NOTICE"))


# Up to this many names, each file is first tested with a substring search per name (C speed); past it that test
# would cost names x files, so the file's words are looked up instead (_WordIndex): linear in the text.
_SUBSTRING_NAMES = 64
_WORD = re.compile(r"[A-Za-z0-9_]+")
_WINDOW_MAX = 256
_IDENTIFIER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


class _WordIndex:
    """The names, by their first identifier word (`backup` for `backup-cronjob.yaml`): a name is mentioned where
    that word starts a word of the text and the text from there up to the end of one of the following words, within
    the longest name's length, is the name, as the identifier-bounded pattern of find_mentions reads it (where one
    name is a prefix of another at the same place, or two overlap, both are mentioned: the pattern, reading matches
    one after the other, kept only the first)."""

    def __init__(self, names: list[str]) -> None:
        # a name that does not start and end with an identifier character (`.env.yaml`, `a.`) is searched for as
        # before (few such names are asked for), as is one longer than _WINDOW_MAX (each window is read apart)
        words = [n for n in names
                 if n[0] in _IDENTIFIER_CHARS and n[-1] in _IDENTIFIER_CHARS and len(n) <= _WINDOW_MAX]
        self.others = sorted(set(names) - set(words), key=len, reverse=True)
        self.names = frozenset(words)
        self.first_words = frozenset(m.group(0) for n in words if (m := _WORD.match(n)))
        self.longest = max((len(n) for n in words), default=0)

    def mentions(self, text: str) -> Iterator[str]:
        for m in _WORD.finditer(text):
            if m.group(0) not in self.first_words:
                continue
            start = m.start()
            window = text[start:start + self.longest]
            for word in _WORD.finditer(window):
                end = word.end()
                if start + end < len(text) and text[start + end] in _IDENTIFIER_CHARS:
                    continue  # the window cut a word: not where a name ends
                if window[:end] in self.names:
                    yield window[:end]


def find_mentions(ctx: Context, names: Iterable[str], skip: Callable[[str], bool], *,
                  quoted: bool = False) -> dict[str, str]:
    """name -> the first file (not skipped) that mentions it: as a whole identifier, or with `quoted` only
    inside quotes ("name", 'name', `name`). Test files count: a variable a test suite sets is in use."""
    wanted = sorted(set(names), key=len, reverse=True)
    if not wanted:
        return {}
    alternatives = "|".join(re.escape(n) for n in wanted)
    pattern = (re.compile(rf"[\"'`]({alternatives})[\"'`]") if quoted
               else re.compile(rf"(?<![A-Za-z0-9_])({alternatives})(?![A-Za-z0-9_])"))
    words = _WordIndex(wanted) if len(wanted) > _SUBSTRING_NAMES and not quoted else None
    others = re.compile(rf"(?<![A-Za-z0-9_])({'|'.join(re.escape(n) for n in words.others)})(?![A-Za-z0-9_])") \
        if words is not None and words.others else None
    index = ctx.all_files
    found: dict[str, str] = {}
    for rel in index.files:
        if skip(rel) or rel.lower().endswith(_BINARY_SUFFIXES):
            continue
        try:
            data = read_inside_root(index.root, rel, min(index.max_bytes, _MAX_BYTES))
        except OSError:
            continue  # unreadable: the readers that need the file report it
        if not data or b"\x00" in data[:8192]:
            continue
        text = data.decode("utf-8", errors="replace")
        if words is not None:
            for name in words.mentions(text):
                found.setdefault(name, rel)
            for m in others.finditer(text) if others is not None else ():
                found.setdefault(m.group(1), rel)
        else:
            # The look-behind alternation costs ~0.2 us a character; a substring test per name is C-speed
            # (a 33 MB Django service: 6.7 s -> well under 1 s). A file holding none of the names is skipped.
            if not any(name in text for name in wanted if name not in found):
                continue
            for m in pattern.finditer(text):
                found.setdefault(m.group(1), rel)
        if len(found) == len(wanted):
            break
    return found


def first_word(ctx: Context, words: Iterable[str], skip: Callable[[str], bool]) -> tuple[str, str] | None:
    """(word, file) for the first file (not skipped) whose text holds one of `words` anywhere, in any case
    (`prometheus` in `prometheus_client`, `PrometheusMeterRegistry`, `go.opentelemetry.io/...`); None when none does.
    For "does anything here use X at all?" questions, where a false no would be a wrong finding."""
    found = files_with_words(ctx, words, skip, limit=1)
    return found[0] if found else None


def files_with_words(ctx: Context, words: Iterable[str], skip: Callable[[str], bool], *,
                     limit: int = 200) -> list[tuple[str, str]]:
    """(word, file) for each file (not skipped, at most `limit`) whose text holds one of `words`, in any case: the
    first word each holds, files in the index's order."""
    wanted = sorted({w.lower() for w in words}, key=len, reverse=True)
    if not wanted:
        return []
    pattern = re.compile("|".join(re.escape(w) for w in wanted), re.I)  # literal alternatives: linear
    index = ctx.all_files
    out: list[tuple[str, str]] = []
    for rel in index.files:
        if skip(rel) or rel.lower().endswith(_BINARY_SUFFIXES):
            continue
        try:
            data = read_inside_root(index.root, rel, min(index.max_bytes, _MAX_BYTES))
        except OSError:
            continue
        if not data or b"\x00" in data[:8192]:
            continue
        m = pattern.search(data.decode("utf-8", errors="replace"))
        if m:
            out.append((m.group(0).lower(), rel))
            if len(out) >= limit:
                break
    return out
