"""A reader that reads a span of text for each match (the function around a call, a body, a section) costs time
linear in the file: a span that runs to the end of the file when nothing closes it, read again from each of
thousands of matches, is quadratic (a Go file of 1,000 one-line functions that each parse a token took 14 s).

Each crafted file is read by the real reader and timed in CPU seconds of this process; the bound sits far above the
linear time and far below the quadratic one (bench/README.md, "Spans read per match") even under load.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.helpers import write

from deploycheck.config import load_config
from deploycheck.context import Context

N = 4_000  # matches per crafted file
BOUND_S = 2.5  # CPU seconds for one reader over one crafted file (after: under 0.3 s; before: 10-60 s)


def _token_verifications(ctx: Context) -> object:
    from deploycheck.sources.token_verify import token_verifications

    return token_verifications(ctx)


def _go_functions(ctx: Context) -> object:
    from deploycheck.sources.routes_verify import go_functions

    return go_functions((ctx.root / "main.go").read_text())


def _many(line: str, n: int = N) -> str:
    return "".join(line.format(i=i) for i in range(n))


GO_HEAD = 'package main\n\nimport "github.com/golang-jwt/jwt/v5"\n\n'
# (a file is read for token verification when it holds one of token_verify._MARKERS: `verifier.Verify(` here)
OIDC_HEAD = ('package main\n\nimport "github.com/coreos/go-oidc/v3/oidc"\n\n'
             'func g(s string) { verifier.Verify(ctx, s) }\n')
# name: (files of the crafted repository, the reader)
CASES: dict[str, tuple[dict[str, str], Callable[[Context], object]]] = {
    # the function around each call was read from the `\nfunc ` before it to the `\n}` after it, and searched for
    # audience and issuer checks: one-line functions have no `\n}`, so each read ran to the file's end (28.7 s)
    "go token parses in one-line functions": (
        {"main.go": GO_HEAD + _many("func f{i}(s string) {{ jwt.Parse(s, kf) }}\n")}, _token_verifications),
    # the same for ParseUnverified handed to an embedded Rego policy: the function was searched for the policy's name
    "go unverified parses beside a rego policy": ({
        "main.go": GO_HEAD + '//go:embed authz.rego\nvar policy string\n\n'
        + _many("func f{i}(s string) {{ jwt.ParseUnverified(s, c) }}\n"),
        "authz.rego": "package authz\nallow { io.jwt.decode_verify(input.token, {\"cert\": data.cert}) }\n"},
        _token_verifications),
    # one `name.Verify(` after another: the verifier's Config was searched for over the whole file for each call
    "go-oidc verify calls": ({"main.go": 'package main\n\nimport "github.com/coreos/go-oidc/v3/oidc"\n\n'
                              + _many("func f{i}(s string) {{ verifier.Verify(ctx, s) }}\n")
                              + "var verifier = provider.Verifier(&oidc.Config{ClientID: \"x\"})\n"},
                             _token_verifications),
    # each ParseUnverified whose result is assigned followed the rest of its function for where the claims go (13.8 s)
    "go unverified parses assigned in one function": (
        {"main.go": GO_HEAD + "func f(s string) {\n" + _many("\tt{i}, _ := jwt.ParseUnverified(s)\n") + "}\n"},
        _token_verifications),
    # the names the claims were assigned to were each searched for in every later line: a chain of `b := a` grew
    # them by one a line (2,000 lines: 21.7 s)
    "go unverified claims through a chain of names": (
        {"main.go": GO_HEAD + "func f(s string) {\n\tt0, _ := jwt.ParseUnverified(s)\n"
         + "".join(f"\tt{i + 1} := t{i}\n" for i in range(N // 2)) + "}\n"}, _token_verifications),
    # each name a `.Verify(` call is made on was searched for over the whole file (`name := ....Verifier(`) (12.5 s)
    "go-oidc verify calls of distinct names": ({"main.go": OIDC_HEAD
                                                + _many("func f{i}(s string) {{ v{i}.Verify(ctx, s) }}\n")
                                                + "var v0 = provider.Verifier(&oidc.Config{ClientID: \"x\"})\n"},
                                               _token_verifications),
    # ... and, when no line gives the name its verifier, every Config of the file was read again for it (2,000: 16 s)
    "go-oidc verifiers made elsewhere": ({"main.go": OIDC_HEAD
                                          + _many("func f{i}(s string) {{ verifier{i}.Verify(ctx, s) }}\n", N // 2)
                                          + _many("var x{i} = provider.Verifier(&oidc.Config{{}})\n", N // 2)},
                                         _token_verifications),
    # a body's closing `\n}` was looked for up to the file's end, though the body is cut at 20,000 characters
    # (30,000 functions closed by an indented `}`: 11.2 s and 583 MB, now 0.7 s and 20 MB)
    "go functions closed by an indented brace": ({"main.go": "package main\n\n"
                                                  + _many("func f{i}() {{\n\tx()\n\t}}\n", 4 * N)}, _go_functions),
}


def cpu_seconds(case: str, tmp_path: Path) -> float:
    files, reader = CASES[case]
    root = write(tmp_path / "repo", files)
    ctx = Context(root, load_config(root))
    started = time.process_time()
    reader(ctx)
    return time.process_time() - started


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_span_per_match_is_read_in_linear_time(case: str, tmp_path: Path) -> None:
    spent = cpu_seconds(case, tmp_path)
    assert spent < BOUND_S, f"{case}: {spent:.2f} s of CPU"


def test_the_crafted_go_files_are_still_read() -> None:
    """The crafted parses are found and judged by their own functions (the reader is not skipping them)."""
    from deploycheck.sources.token_verify import _go

    text = (GO_HEAD + "func a(s string) { jwt.Parse(s, kf, jwt.WithAudience(\"x\")) }\nfunc b(s string) {\n"
            "\tjwt.Parse(s, kf)\n}\nfunc c(s string) {\n\tt, _ := jwt.Parse(s, kf)\n"
            "\tif t.Claims.Issuer != \"i\" {\n\t}\n}\n")
    found = [(d.line, d.audience, d.issuer) for d in _go("main.go", text, False)]
    # a's one-line function runs to the first `\n}` (b's), as before; b checks nothing; c checks the issuer
    assert found == [(5, True, False), (7, False, False), (10, False, True)]


def test_the_crafted_unverified_parses_are_still_judged() -> None:
    """Each crafted ParseUnverified is still a decode with verification disabled, and the claims followed through a
    few names to a log line still label nothing (tekton-results' determineAuth, test_accuracy_fp_kinds_a)."""
    from deploycheck.sources.token_verify import _go

    for case in ("go unverified parses assigned in one function", "go unverified claims through a chain of names"):
        found = _go("main.go", CASES[case][0]["main.go"], False)
        assert found and all(d.verify_disabled for d in found), case
    assert len(_go("main.go", CASES["go unverified parses assigned in one function"][0]["main.go"], False)) == N
    logged = (GO_HEAD + "func f(s string) {\r\n\tt0, _ := jwt.ParseUnverified(s, &claims)\r\n"
              + "".join(f"\tt{i + 1} := t{i}\r\n" for i in range(20)) + "\tlog.Info(t20)\r\n}\r\n")
    assert _go("main.go", logged, False) == []
    # past the names a parse is followed through (a crafted chain), it stays a decode: the safe side
    chained = (GO_HEAD + "func f(s string) {\n\tt0, _ := jwt.ParseUnverified(s, &claims)\n"
               + "".join(f"\tt{i + 1} := t{i}\n" for i in range(100)) + "\tlog.Info(t100)\n}\n")
    assert [d.verify_disabled for d in _go("main.go", chained, False)] == [True]


# The search _OidcVerifiers replaced, one name at a time (kept here to compare with)
def _old_oidc_skips(text: str, name: str) -> set[str] | None:
    from deploycheck.sources.routes_verify import call_args
    from deploycheck.sources.token_verify import _OIDC_SKIPS

    made = re.search(rf"\b{re.escape(name)}\s*(?::?=|:)\s*[^\n]*?\.Verifier\(", text)
    if made is None and not re.search(r"[vV]erifier", name):
        return None
    config = " ".join(call_args(text, made.end() - 1)) if made else " ".join(
        " ".join(call_args(text, c.end() - 1)) for c in re.finditer(r"\.Verifier\(", text))
    return set(_OIDC_SKIPS.findall(config))


def test_go_oidc_verifiers_are_found_as_before() -> None:
    """The names given a verifier and what their Configs skip, found for all names at once, are those the search
    per name found, on generated lines around its edges (blanks and newlines around `:=`, `=`, `==` and `:`,
    several names and calls on a line, names inside longer words)."""
    from deploycheck.sources.token_verify import _OidcVerifiers

    atoms = ["v", "verifier", "av", "x", " ", " ", "\n", "\t", ":", "=", ":=", "==", ".Verifier(", ")", "(", "{", "}",
             "SkipIssuerCheck: true", "SkipClientIDCheck:true", ",", "p.", "&oidc.Config{", "1v", "_v", "\u00e9", '"',
             "//"]
    rng = random.Random(6)
    given = 0
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 25)))
        verifiers = _OidcVerifiers(text)
        for name in ("v", "verifier", "av", "x", "_v"):
            assert verifiers.skips(name) == _old_oidc_skips(text, name), (text, name)
        given += len(verifiers.made)
    assert given > 2_000


# The one pattern java_method_decls replaced (kept here to compare with): its parameters and exceptions were read
# from every line that starts like a declaration, and the blanks after a modifier split three ways
_OLD_JAVA_METHOD_DECL = re.compile(r"^[ \t]*(?:(?:public|private|protected|static|final|synchronized)\s+){1,6}"
                                   r"[\w<>\[\],.? ]{1,200}?\s+(\w+)\s*\([^;{]{0,2000}?\)\s*"
                                   r"(?:throws\s+[\w.,\s]{1,300}?)?\s*\{", re.M)


def _java_decl(rng: random.Random) -> str:
    ws = "".join(rng.choice([" ", " ", "\t", "\n"]) for _ in range(rng.choice([0, 1, 1, 2, 3])))
    mods = "".join(rng.choice(["public", "static", "final", "private", "statics"]) + rng.choice([" ", "\n", "  "])
                   for _ in range(rng.randint(0, 4)))
    kind = rng.choice(["void", "List<String>", "int[]", "a.B", " ", "x" * rng.randint(190, 205)])
    params = rng.choice(["", "int a", '@PathVariable("id") Long id', "a)", "(", "a;b", "a{b",
                         "x" * rng.randint(1995, 2005)])
    throws = rng.choice(["", " throws IOException", " throws A, B.C", " throws ", " throws  ", " throwsX",
                         " throws " + "E," * rng.randint(95, 105)])
    return (rng.choice(["", "  ", "\t"]) + mods + kind + ws + rng.choice(["foo", "x1", ""]) + ws + "("
            + params + rng.choice([")", "", "))"]) + throws + rng.choice(["{", " {", "\n{", ";", "", "}"]))


def test_java_method_declarations_are_unchanged() -> None:
    """Same declarations (name, start, end) as the one pattern, on generated declarations around every bound."""
    from deploycheck.sources.spring_security import java_method_decls

    rng = random.Random(11)
    found = 0
    for _ in range(3_000):
        text = "".join(_java_decl(rng) + rng.choice(["\n", "\n  return 1;\n}\n", " "]) for _ in range(4))
        old = [(m.group(1), m.start(), m.end()) for m in _OLD_JAVA_METHOD_DECL.finditer(text)]
        assert [(d.name, d.start, d.end) for d in java_method_decls(text)] == old, text
        found += len(old)
    assert found > 500


@pytest.mark.parametrize("line", [" public a a (a) throws \n", "public" + " " * 1_000 + "x\n",
                                  "public a" + " " * 1_000 + "\n", "public static " * 100 + "\n"])
def test_java_method_declarations_in_linear_time(line: str) -> None:
    """The lines that made the one pattern slow (0.7 s at 128,000 characters; `public`, 1,000 blanks and `x`: 60 s at
    32,000), read as routes and spring_security read them."""
    from deploycheck.sources.spring_security import java_method_decls

    text = (line * (128_000 // len(line) + 1))[:128_000]
    started = time.process_time()
    java_method_decls(text)
    assert time.process_time() - started < 0.6
