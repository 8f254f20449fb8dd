"""startup_cache: compiled regexes and dataclass methods kept between runs, only ever deploycheck's own texts."""

from __future__ import annotations

import dataclasses
import importlib
import marshal
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from deploycheck import startup_cache
from deploycheck.redact import Redactor

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<key>[A-Za-z_]\w*)\s*[:=]\s*(?P<value>\S+)", 0),
    (r"^---(?:[ \t].*)?\r?$", re.M),
    (r"kind:\s*(deployment|statefulset)", re.I | re.M),
    (r"""(?x) \b (?: apt-get | yum ) \s+ install (?!\s+-y) # comment""", 0),
    (r"[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF]", 0),
    (rb"\x00+(?P<tail>[\x01-\x7f]{2,})", 0),
    (r"(a)(b)?(?(2)c|d)", re.S),
]


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The hooks on, writing to a file of the test's; everything put back after (re's cache purged)."""
    path = tmp_path / "startup.marshal"
    monkeypatch.setattr(startup_cache, "cache_path", lambda: str(path))
    original_compile, had_exec = _compiler.compile, "exec" in vars(dataclasses)
    try:
        yield path
    finally:
        _compiler.compile = original_compile
        if not had_exec and "exec" in vars(dataclasses):
            del dataclasses.exec  # type: ignore[attr-defined]
        startup_cache._cache = None
        re.purge()


def _reinstall() -> None:
    """A new run: nothing in memory, the file read again."""
    startup_cache._cache = None
    re.purge()
    startup_cache.install()


def test_a_kept_pattern_is_the_pattern_re_compiles(cache_file: Path) -> None:
    original = _compiler.compile
    startup_cache.install()
    re.purge()  # compiled earlier in this process, some would come from re's own cache, unrecorded
    with startup_cache.constant_patterns():
        for pattern, flags in PATTERNS:
            re.compile(pattern, flags)
    startup_cache.save(force=True)
    assert cache_file.is_file()
    _compiler.compile = original
    _reinstall()

    parse, parsed = _parser.parse, []

    def counting_parse(*args: Any) -> Any:
        parsed.append(args[0])
        return parse(*args)

    _parser.parse = counting_parse
    try:
        kept = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    finally:
        _parser.parse = parse
    assert parsed == []  # every one from its kept program
    for (pattern, flags), pattern_kept in zip(PATTERNS, kept, strict=True):
        fresh = original(pattern, flags)
        # Pattern equality compares the pattern, the flags and the compiled program, word for word
        assert pattern_kept == fresh, pattern
        assert (pattern_kept.groups, pattern_kept.groupindex, pattern_kept.flags) == (
            fresh.groups, fresh.groupindex, fresh.flags)
    match = kept[0].search("x  image = nginx:1.25")
    assert match is not None and match["value"] == "nginx:1.25"


def test_patterns_built_at_run_time_are_never_written(cache_file: Path) -> None:
    """The redactor compiles the secret values it hides into a pattern: that text must not reach the file."""
    startup_cache.install()
    secret = "hunter2-Zq8vPx3-s3cr3t"
    redactor = Redactor([secret])
    assert secret not in redactor.text(f"password: {secret}")
    re.compile(r"only-at-run-time-\d+")
    with startup_cache.constant_patterns():
        re.compile(r"a-constant-\d+")
    startup_cache.save(force=True)
    data = cache_file.read_bytes()
    assert b"a-constant-" in data
    assert secret.encode() not in data and b"only-at-run-time" not in data


def test_module_level_patterns_and_dataclass_methods_are_kept(cache_file: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kept_example_module.py").write_text(
        "import re\nfrom dataclasses import dataclass, field\n"
        "WORD = re.compile(r'(?P<word>[a-z]{3,})-(\\d+)')\n"
        "@dataclass(frozen=True)\nclass Point:\n    x: int\n    y: int = 2\n    tags: tuple[str, ...] = ()\n"
        "@dataclass\nclass Bag:\n    items: list[int] = field(default_factory=list)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    startup_cache.install()
    importlib.import_module("kept_example_module")
    assert startup_cache._cache is not None and startup_cache._cache.added >= 5
    startup_cache.save(force=True)
    sys.modules.pop("kept_example_module")
    _reinstall()

    def no_compile(*_: Any) -> Any:
        raise AssertionError("a method compiled again: the kept code was not used")

    startup_cache.compile = no_compile  # type: ignore[attr-defined]  # exec_kept's only compile
    try:
        module = importlib.import_module("kept_example_module")
    finally:
        del startup_cache.compile  # type: ignore[attr-defined]
    point = module.Point(1)
    assert point == module.Point(1, 2, ()) and point != module.Point(1, 3)
    assert repr(point) == "Point(x=1, y=2, tags=())" and hash(point) == hash(module.Point(1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 5
    bag, other = module.Bag(), module.Bag()
    bag.items.append(1)
    assert other.items == [] and module.WORD.match("abc-12")["word"] == "abc"


def test_a_foreign_or_broken_file_is_ignored(cache_file: Path) -> None:
    for content in (b"\x00garbage", marshal.dumps(("another-tool", {}, {})),
                    marshal.dumps((("deploycheck-startup-1", 0, "cpython-00", 0, 4), {("x", 0): b"?"}, {}))):
        cache_file.write_bytes(content)
        _reinstall()
        assert startup_cache._cache is not None and not startup_cache._cache.patterns
        assert re.compile(r"x").match("x")


def test_a_wrong_entry_is_an_error_not_a_wrong_pattern(cache_file: Path) -> None:
    """Entries are found by their whole text, and re's own validation refuses a program that is not one."""
    startup_cache.install()
    header = startup_cache._header()
    cache_file.write_bytes(marshal.dumps((header, {("(x)", 0): marshal.dumps((32, [1, 2, 3], 0, {}, (None,)))}, {})))
    _reinstall()
    with pytest.raises(RuntimeError):
        re.compile("(x)")


def test_written_like_bytecode(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    startup_cache.install()
    with startup_cache.constant_patterns():
        re.compile(r"written-or-not-\d")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    startup_cache.save()
    assert not cache_file.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    startup_cache.save()
    assert b"written-or-not-" in cache_file.read_bytes()


def test_entries_are_bounded(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup_cache, "MAX_ENTRIES", 3)
    startup_cache.install()
    with startup_cache.constant_patterns():
        for n in range(10):
            re.compile(f"bounded-{n}")
    assert startup_cache._cache is not None and len(startup_cache._cache.patterns) == 3


def test_the_console_script_keeps_its_result(tmp_path: Path) -> None:
    """`python -m deploycheck.startup_cache` writes the file; a scan with it reports what one without it does."""
    src = Path(startup_cache.__file__).resolve().parent.parent
    repo = tmp_path / "repo"
    (repo / "k8s").mkdir(parents=True)
    (repo / "k8s" / "deploy.yaml").write_text(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
        "  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n"
        "    spec:\n      containers:\n"
        "      - name: web\n        image: nginx:latest\n", encoding="utf-8")
    code = ("import sys; from deploycheck import startup_cache as s; p = sys.argv.pop(1); s.cache_path = lambda: p; "
            "from deploycheck.cli import entry; sys.exit(entry())")
    reports = []
    for kept in (tmp_path / "none.marshal", tmp_path / "kept.marshal"):
        if kept.name == "kept.marshal":
            prime = ("import sys; from deploycheck import startup_cache as s; s.cache_path = lambda: sys.argv[1]; "
                     "s.prime()")
            subprocess.run([sys.executable, "-c", prime, str(kept)], check=True, cwd=tmp_path,
                           env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
            assert kept.stat().st_size > 100_000
        out = subprocess.run([sys.executable, "-c", code, str(kept), "scan", str(repo), "--no-progress", "-f", "json",
                              "--only", "health-probes"], capture_output=True, text=True, cwd=tmp_path,
                             env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "DEPLOYCHECK_JOBS": "1",
                                  "PYTHONDONTWRITEBYTECODE": "1"})
        reports.append(re.sub(r'"(started_at|duration_s)": [^,]+,', "", out.stdout))
    assert reports[0] and reports[0] == reports[1]


def test_entries_no_run_uses_are_dropped_past_the_bound_or_when_primed(cache_file: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A development checkout changes its patterns: the old texts' entries go instead of filling the file."""
    startup_cache.install()
    with startup_cache.constant_patterns():
        for n in range(4):
            re.compile(f"old-{n}")
    startup_cache.save(force=True)
    _reinstall()
    with startup_cache.constant_patterns():
        re.compile("old-0")
        re.compile("new-0")
    monkeypatch.setattr(startup_cache, "MAX_ENTRIES", 4)
    startup_cache.save(force=True)  # 5 entries with the file's: only the two this run used
    data = cache_file.read_bytes()
    assert b"new-0" in data and b"old-0" in data and b"old-1" not in data
    _reinstall()
    with startup_cache.constant_patterns():
        re.compile("new-0")
    startup_cache.save(force=True, fresh=True)
    assert b"old-0" not in cache_file.read_bytes() and b"new-0" in cache_file.read_bytes()
