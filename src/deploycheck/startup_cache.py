"""Compiled regexes and dataclass methods kept between runs, as the interpreter keeps bytecode in `__pycache__`.

Every start of the console script compiled the same ~280 module-level regexes (re's parser and compiler are Python)
and the same ~300 methods of its ~80 dataclasses (`dataclasses` builds each method as source text and compiles it):
~45-50 ms of a 0.5 s corpus scan, spent again on every run (bench/README.md "perf-corpus14"). Their results depend
only on their text: a regex's compiled program on (pattern, flags), a method's code object on its source. This module
keeps both in one `marshal` file beside the package's bytecode, `deploycheck/__pycache__/startup.<cache tag>.marshal`,
and hands them back instead of compiling again:

- regexes: `re._compiler.compile` (what `re.compile` calls on a miss of re's own in-process cache) is replaced by one
  that looks the (pattern, flags) up first and builds the pattern with `_sre.compile` from the kept program, as
  `re._compiler.compile` itself ends; a miss compiles as re does, with re's own parser and code generator;
- dataclass methods: `dataclasses` calls `exec(source, globals, namespace)` for each method; a module-level `exec` in
  its namespace (found before the builtin) runs the kept code object of the same source.

What is kept is limited to texts of deploycheck and the libraries, never a scanned repository's: an entry is recorded
only while a module is being imported (module-level patterns and classes) or inside `constant_patterns()` (patterns
compiled on first use from constants: lazy_re, the copied detect-secrets patterns). Patterns built at run time are
never written down: the redactor compiles the secret values it hides into one (redact.Redactor), and a file must not
hold them. A stale or foreign entry cannot change a result: an entry is found only by its full text, the file is
keyed by the interpreter's version and re's program format (`_sre.MAGIC`, `CODESIZE`), and anything unreadable is
ignored. Written like bytecode: not when `sys.dont_write_bytecode` (PYTHONDONTWRITEBYTECODE) is set, and atomically
(another process reads the old file or the new one). `python -m deploycheck.startup_cache` writes it regardless, as
compileall writes bytecode (bench/_common.py does so before timing, like it compiles the bytecode).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Iterator
from typing import Any

# A bound on the file (deploycheck's own are ~1,900). Past it, a save keeps only the entries its run used or added, so
# the entries of texts that changed since (a development checkout) do not pile up.
MAX_ENTRIES = 8_192
_BOOTSTRAP = "<frozen importlib._bootstrap>"


class _Cache:
    def __init__(self) -> None:
        # Each entry is its own marshal text, read when it is asked for: a run uses ~600 of the file's ~1,700 entries,
        # and reading them all (code objects, re programs as lists of ints) cost as much as it saved.
        self.patterns: dict[tuple[Any, int], bytes] = {}
        self.methods: dict[str, bytes] = {}
        self.added = 0
        self.used: set[Any] = set()  # the keys of both dicts this run asked for or added
        self.trusted = 0  # depth of constant_patterns()


_cache: _Cache | None = None


def _header() -> tuple[Any, ...]:
    import _sre

    return ("deploycheck-startup-1", sys.hexversion, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)


def cache_path() -> str | None:
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__", f"startup.{tag}.marshal")


def _supported() -> bool:
    """The hooks rely on re's and dataclasses' internals as CPython 3.11-3.13 have them."""
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return False
    from re import _compiler, _parser  # type: ignore[attr-defined]

    return hasattr(_compiler, "_code") and hasattr(_parser, "parse") and hasattr(_compiler, "compile")


def _read(path: str) -> tuple[dict[Any, Any], dict[str, Any]]:
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if (not isinstance(data, tuple) or len(data) != 3 or data[0] != _header() or not isinstance(data[1], dict)
            or not isinstance(data[2], dict)):
        return {}, {}
    return data[1], data[2]


def _importing() -> bool:
    """Whether a module body is running (an import is under way below the caller)."""
    frame: Any = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename == _BOOTSTRAP:
            return True
        frame = frame.f_back
    return False


def _recording(cache: _Cache) -> bool:
    return cache.added < MAX_ENTRIES and (cache.trusted > 0 or _importing())


@contextlib.contextmanager
def constant_patterns() -> Iterator[None]:
    """Patterns compiled inside are built from deploycheck's constants (never from a scanned file): keep them."""
    cache = _cache
    if cache is None:
        yield
        return
    cache.trusted += 1
    try:
        yield
    finally:
        cache.trusted -= 1


def _make_compile(cache: _Cache) -> Any:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    original = _compiler.compile
    debug = _compiler.SRE_FLAG_DEBUG

    def compile(p: Any, flags: int = 0) -> Any:  # stands in for re._compiler.compile
        if not isinstance(p, str | bytes) or type(flags) is not int or flags & debug:
            return original(p, flags)
        key = (p, flags)
        kept = cache.patterns.get(key)
        if kept is not None:
            cache.used.add(key)
            return _sre.compile(p, *marshal.loads(kept))
        # re._compiler.compile, keeping what it hands to _sre.compile
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(p, *args)
        if _recording(cache):
            # plain ints: the flags are a RegexFlag and the opcodes re's named constants, which marshal refuses
            cache.patterns[key] = marshal.dumps((int(args[0]), [int(c) for c in code], args[2], dict(groupindex),
                                                 args[4]))
            cache.used.add(key)
            cache.added += 1
        return compiled

    return compile


def _make_exec(cache: _Cache) -> Any:
    def exec_kept(source: Any, globals: Any = None, locals: Any = None) -> None:
        kept = cache.methods.get(source) if isinstance(source, str) else None
        if kept is not None:
            cache.used.add(source)
            code = marshal.loads(kept)
        else:
            code = compile(source, "<string>", "exec") if isinstance(source, str) else source
            if isinstance(source, str) and _recording(cache):
                cache.methods[source] = marshal.dumps(code)
                cache.used.add(source)
                cache.added += 1
        exec(code, globals, locals)  # dataclasses' own exec of its generated methods

    return exec_kept


def install() -> None:
    """Hook re and dataclasses to the kept entries (the console script, before anything else is imported)."""
    global _cache
    if _cache is not None or not _supported():
        return
    path = cache_path()
    if path is None:
        return
    from re import _compiler  # type: ignore[attr-defined]

    cache = _Cache()
    cache.patterns, cache.methods = _read(path)
    _compiler.compile = _make_compile(cache)
    _cache = cache
    import dataclasses  # after the regex hook: its imports (inspect, tokenize) compile ~30 patterns

    dataclasses.exec = _make_exec(cache)  # type: ignore[attr-defined]


def save(force: bool = False, fresh: bool = False) -> None:
    """Write the entries down if the run added any (atomically; never when bytecode is not written, unless forced),
    with the file's other entries unless `fresh` or past MAX_ENTRIES (then only the ones this run used or added)."""
    cache, path = _cache, cache_path()
    if cache is None or path is None or not (cache.added or fresh) or (sys.dont_write_bytecode and not force):
        return
    used = cache.used
    patterns = {key: value for key, value in cache.patterns.items() if key in used}
    methods = {key: value for key, value in cache.methods.items() if key in used}
    if not fresh:
        on_disk_patterns, on_disk_methods = _read(path)  # another process may have added its own meanwhile
        merged_patterns, merged_methods = {**on_disk_patterns, **cache.patterns}, {**on_disk_methods, **cache.methods}
        if len(merged_patterns) + len(merged_methods) <= MAX_ENTRIES:
            patterns, methods = merged_patterns, merged_methods
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        data = marshal.dumps((_header(), patterns, methods))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return
    cache.added = 0


def prime() -> None:
    """Import every deploycheck module, compile every deferred and copied pattern and the command line's, then write
    the file. Nothing here reads a repository, so every pattern compiled is deploycheck's or a library's own."""
    import importlib
    import pkgutil

    import deploycheck

    install()
    with constant_patterns():
        for module in pkgutil.walk_packages(deploycheck.__path__, "deploycheck."):
            if not module.name.endswith("__main__"):
                with contextlib.suppress(Exception):
                    importlib.import_module(module.name)
        from deploycheck import lazy_re
        from deploycheck.cli import build_parser
        from deploycheck.sources.secrets import _value_prefilter

        for stand_in in lazy_re.DEFERRED:
            stand_in.compiled()
        _value_prefilter()
        build_parser().format_help()
    save(force=True, fresh=True)


if __name__ == "__main__":  # the module's own copy, not this __main__ one, keeps the hooks' state
    from deploycheck.startup_cache import prime as _prime

    _prime()
