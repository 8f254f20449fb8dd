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
from collections.abc import Callable, Iterable
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
    wanted = sorted({w.lower() for w in words}, key=len, reverse=True)
    if not wanted:
        return None
    pattern = re.compile("|".join(re.escape(w) for w in wanted), re.I)  # literal alternatives: linear
    index = ctx.all_files
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
            return m.group(0).lower(), rel
    return None
