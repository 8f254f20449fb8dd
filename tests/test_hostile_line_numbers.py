"""A file with many matches costs time linear in its size: the line number of each match is not counted from the
start of the file (`text.count("\\n", 0, m.start())` in a loop over matches is quadratic: a file of 30,000 routes,
runbook commands, keys or changesets took 4-14 s of CPU in each reader that did it). Every such count goes through
deploycheck.line_numbers.line_at, which counts on from the previous offset.

Each crafted file below is read by the real reader and timed in CPU seconds of this process: the bound sits far
above the linear time (tens of ms) and far below the quadratic one (bench/README.md, "Line numbers of many matches")
even under load. The source test keeps a new count from the start from landing.
"""

from __future__ import annotations

import ast
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import write

from deploycheck.config import load_config
from deploycheck.context import Context

SRC = Path(__file__).resolve().parents[1] / "src" / "deploycheck"
N = 30_000  # matches per crafted file (0.4-1.2 MB)
BOUND_S = 2.5  # CPU seconds for one reader over one crafted file; after: 0.3-1.2 s, before: 4-14 s (load 12-15)


def _routes(ctx: Context) -> object:
    from deploycheck.sources.routes import code_routes

    return ctx.use(code_routes)


def _rollback(ctx: Context) -> object:
    from deploycheck.checks.rollback.migrations import _rollback_commands

    return _rollback_commands(ctx)


def _facts(ctx: Context) -> object:
    from deploycheck.sources.codefacts import code_facts

    return ctx.use(code_facts)


def _secrets(ctx: Context) -> object:
    from deploycheck.sources.secrets import _private_key_findings, _typed_token_findings

    text = (ctx.root / "config.txt").read_text()
    return _typed_token_findings("config.txt", text), _private_key_findings("config.txt", text)


def _migrations(ctx: Context) -> object:
    from deploycheck.sources.migrations import _darwin_tree, parse_liquibase_sql

    return (_darwin_tree("V1.sql", (ctx.root / "darwin.sql").read_text()),
            parse_liquibase_sql((ctx.root / "changelog.sql").read_text(), "changelog.sql", []))


def _many(line: str) -> str:
    return "".join(line.format(i=i) for i in range(N))


KEY = "-----BEGIN RSA PRIVATE KEY-----\n" + "MIIEowIBAAKCAQEA" * 3 + "\n-----END RSA PRIVATE KEY-----\n#\n"
GOOGLE_KEYS = _many("key{i} = AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q{i:05d}\n")

# name: (files of the crafted repository, the reader), each file holding N matches of the reader's loop
CASES: dict[str, tuple[dict[str, str], Callable[[Context], object]]] = {
    "express routes": ({"app.js": "const express = require('express')\nconst app = express()\n"
                        + _many("app.get('/p{i}', h)\n")}, _routes),
    "spring routes": ({"src/main/java/a/C.java": "package a;\n@RestController\npublic class C {\n"
                       + _many('  @GetMapping("/p{i}")\n  public String p{i}() {{ return ""; }}\n') + "}\n"}, _routes),
    # each route's handler name was searched for as a file server assignment over the whole text (review,
    # 2026-11-29 session 2: 3,000 routes 15 s; sec-fuzz4 saw 20,000 take over a minute)
    "go handlefunc routes": ({"main.go": 'package main\n\nimport "net/http"\n\nfunc main() {\n'
                              + _many('\thttp.HandleFunc("/p{i}", h{i})\n') + "}\n"
                              + _many("func h{i}(w http.ResponseWriter, r *http.Request) {{ w.Write(nil) }}\n")},
                             _routes),
    "asp.net minimal routes": ({"Program.cs": "var app = WebApplication.Create(args);\n"
                                + _many('app.MapGet("/p{i}", () => "x");\n')}, _routes),
    # each read also looked back to the file's start for a `/*` (codefacts._in_js_comment)
    "node env reads": ({"index.js": _many("const v{i} = process.env.V{i}\n")}, _facts),
    "rollback commands in a runbook": ({"RUNBOOK.md": "# Runbook\n\n"
                                        + _many("Run `kubectl rollout undo deployment/app{i}`.\n\n")}, _rollback),
    "provider tokens and private keys": ({"config.txt": GOOGLE_KEYS + KEY * (N // 4)}, _secrets),
    "darwin and liquibase migrations": ({"darwin.sql": _many("-- Version: {i}\n-- Description: m{i}\n"),
                                         "changelog.sql": "-- liquibase formatted sql\n"
                                         + _many("-- changeset me:{i}\n")}, _migrations),
}


def cpu_seconds(case: str, tmp_path: Path) -> float:
    files, reader = CASES[case]
    root = write(tmp_path / "repo", files)
    ctx = Context(root, load_config(root))
    started = time.process_time()
    reader(ctx)
    return time.process_time() - started


@pytest.mark.parametrize("case", sorted(CASES))
def test_many_matches_in_one_file_are_read_in_linear_time(case: str, tmp_path: Path) -> None:
    spent = cpu_seconds(case, tmp_path)
    assert spent < BOUND_S, f"{case}: {spent:.2f} s of CPU for {N:,} matches"


def test_no_line_counted_from_the_start_of_the_text() -> None:
    """`X.count("\\n", 0, ...)` outside line_numbers.py: a new loop would be quadratic again."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "line_numbers.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "count"
                    and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value == "\n"
                    and len(node.args) > 1):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not offenders, "count lines with deploycheck.line_numbers.line_at: " + ", ".join(offenders)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "\n", "bc", "\n\n", "é"]), max_size=40).map("".join),
       st.lists(st.tuples(st.integers(0, 2), st.integers(-50, 50)), max_size=30))
def test_line_at_is_the_count_from_the_start(text: str, asks: list[tuple[int, int]]) -> None:
    """Any order of offsets over several texts (forwards, backwards, negative, past the end) gives the count from
    the start, read as a slice bound."""
    from deploycheck.line_numbers import line_at

    texts = [text, text + "\nx", "\n" + text]
    for which, pos in asks:
        assert line_at(texts[which], pos) == texts[which].count("\n", 0, pos) + 1


def test_line_at_offsets_in_any_order_stay_linear() -> None:
    """Offsets that jump back and forth over the whole text switch to the newline index instead of recounting."""
    from deploycheck.line_numbers import line_at

    text = "x = 1\n" * 200_000
    rng = random.Random(7)
    asks = [rng.randrange(len(text)) for _ in range(50_000)]
    started = time.process_time()
    lines = [line_at(text, pos) for pos in asks]
    assert time.process_time() - started < BOUND_S
    assert lines[:100] == [text.count("\n", 0, pos) + 1 for pos in asks[:100]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["/", "*", "\n", ":", "\\", "x", " ", "//", "/*", "*/", "http://", "é"]),
                max_size=40).map("".join))
def test_comment_marks_indexed_once_give_the_look_back_answer(text: str) -> None:
    """codefacts._Comments (texts over 16 KB) answers as the look back to the last `/*` does, at every offset."""
    from deploycheck.sources import codefacts

    def look_back(pos: int) -> bool:
        line_start = text.rfind("\n", 0, pos) + 1
        if codefacts._LINE_COMMENT.search(text, line_start, pos):
            return True
        opened = text.rfind("/*", 0, pos)
        return opened != -1 and text.rfind("*/", opened, pos) == -1

    index = codefacts._Comments(text)
    assert [index.holds(pos) for pos in range(len(text) + 1)] == [look_back(pos) for pos in range(len(text) + 1)]
