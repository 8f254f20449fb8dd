"""Token verification inside a handler's own body, for the languages the routes source reads by regular
expression (Go, JavaScript/TypeScript, Java).

A handler that reads the caller's credential (the Authorization header, a token header or cookie) and
verifies it with a token library (golang-jwt `jwt.ParseWithClaims(raw, &claims, keyFunc)`, go-oidc
`verifier.Verify`, jsonwebtoken `jwt.verify`, jose `jwtVerify`, java-jwt `JWT.require(alg).build().verify`)
is protected though no middleware says so (podinfo's `GET /token/validate`). Decoding is not verifying:
`jwt.ParseUnverified`, a nil key function, jwx's `WithVerify(false)`, jsonwebtoken's `jwt.decode`, java-jwt's
`JWT.decode` protect nothing, and neither does a verification whose error is thrown away (`tok, _ :=`).

Hand-written (no maintained library parses these languages' handlers from Python without a toolchain):
enough to find a function's body and the calls in it, not a parser. The Python side is read by AST in
routes.py (`_body_hints`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from deploycheck.line_numbers import line_at

_MAX_BODY = 20000  # characters of a handler body read (a longer handler is cut there)
_HINT = "verifies the token in the handler"


def block_at(text: str, start: int, limit: int = _MAX_BODY) -> str:
    """The `{...}` block opening at `start`, braces counted outside string literals and comments, cut at
    `limit` characters."""
    depth = 0
    i = start
    end = min(len(text), start + limit)
    while i < end:
        ch = text[i]
        if ch in "\"'`":
            i = _string_end(text, i, end)
        elif ch == "/" and text.startswith("//", i):
            stop = text.find("\n", i)
            i = stop if stop != -1 else end
        elif ch == "/" and text.startswith("/*", i):
            stop = text.find("*/", i + 2)
            i = stop + 1 if stop != -1 else end
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start: i + 1]
        i += 1
    return text[start:end]


def _string_end(text: str, i: int, end: int) -> int:
    quote = text[i]
    j = i + 1
    while j < end:
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == quote or (quote != "`" and text[j] == "\n"):
            return j
        j += 1
    return end


def call_args(text: str, open_paren: int, limit: int = _MAX_BODY) -> list[str]:
    """The arguments of the call whose `(` is at `open_paren`, split at top-level commas (brackets and
    string literals counted), each stripped."""
    return call_span(text, open_paren, limit)[0]


def call_span(text: str, open_paren: int, limit: int = _MAX_BODY) -> tuple[list[str], int]:
    """call_args, and the offset just after the call's `)` (the end of what was read when it is not found)."""
    args: list[str] = []
    depth = 0
    i = open_paren
    end = min(len(text), open_paren + limit)
    piece_start = open_paren + 1
    while i < end:
        ch = text[i]
        if ch in "\"'`":
            i = _string_end(text, i, end)
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                args.append(text[piece_start:i])
                return [a.strip() for a in args if a.strip()], i + 1
        elif ch == "," and depth == 1:
            args.append(text[piece_start:i])
            piece_start = i + 1
        i += 1
    return [a.strip() for a in args if a.strip()], end


# --- what a verifying body holds --------------------------------------------------------------------

# The caller's credential read from the request.
_GO_CREDENTIAL = re.compile(
    r"""Header\.Get\(\s*"(?i:authorization|x-api-key|x-auth-token|x-access-token)"\s*\)"""
    r"""|Header\[\s*"(?i:authorization)"\s*\]|\bGetHeader\(\s*"(?i:authorization)"\s*\)|\.Cookie\(\s*"""
    r"""|\brequest\.ParseFromRequest\(|\bjwt\.ParseRequest\(""")
_JS_CREDENTIAL = re.compile(
    r"""\.headers\s*(?:\.\s*authorization\b|\[\s*['"](?i:authorization|x-access-token|x-auth-token|x-api-key)['"]\s*\])"""
    r"""|\.(?:get|header|getHeader)\(\s*['"](?i:authorization|x-access-token|x-auth-token)['"]\s*\)"""
    r"""|\.cookies\b|\.jwtVerify\(""")

# Go: golang-jwt parses with a key function (Parse: argument 2, ParseWithClaims: argument 3); lestrrat-go/jwx
# parses with a key option; go-oidc's IDTokenVerifier.Verify; go-jose's JSONWebToken.Claims(key, &out).
_GO_PARSE = re.compile(r"(?:\bnew\(jwt\.Parser\)|\bjwt\.NewParser\([^()]*\)|\bjwt|\b\w*[pP]arser)\."
                       r"(Parse|ParseWithClaims|ParseString|ParseRequest)\(")
_GO_VERIFY = re.compile(r"\b\w*[vV]erifier\.Verify\(|\bjws\.Verify\(|\brequest\.ParseFromRequest\(")
_JWX_KEY = re.compile(r"\bWith(?:Key|KeySet|KeyProvider|JWKSetFetcher|VerifyAuto)\(")
_JWX_OFF = re.compile(r"\bWithVerify\(\s*false\s*\)")
# JavaScript: jsonwebtoken, jose, aws-jwt-verify, Firebase Admin / google-auth-library, @fastify/jwt.
_JS_VERIFY = re.compile(r"\b(?:jwt|jsonwebtoken|JWT|jose)\.verify\(|\bjwtVerify\(|\b\w*[vV]erifier\.verify\("
                        r"|\.verifyIdToken\(|\.jwtVerify\(")
# A verification helper, by name: `verifyToken(r)`, `s.validateJWT(raw)`, `auth.CheckToken(...)`; decoding
# helpers (`decodeToken`) are left out: jsonwebtoken's decode does not verify.
# Entered at the start of a receiver chain only (`(?<![\w$]\.)`): a match from inside `a.b.verifyToken(` is one from
# its start too, and restarting after every dot of a long `a.a.a` chain was quadratic.
_HELPER = re.compile(r"(?<![\w$])(?<![\w$]\.)(?:[A-Za-z_$][\w$]*\.)*((?:verify|validate|check|authenticate)_?"
                     r"(?:jwt|token|id_?token|access_?token|bearer|auth(?:orization)?)\w*)\s*\(", re.I)
# The result of the verification thrown away: `tok, _ := jwt.Parse(...)`, `_ = verifyToken(r)`.
_DISCARDED = re.compile(r"(?:\b\w+\s*,\s*)?_\s*:?=\s*$")


@dataclass
class Verification:
    hint: str = ""  # "verifies the token in the handler: jwt.ParseWithClaims() (line 12)"; "" = none
    helpers: list[str] = field(default_factory=list)  # functions called by name (resolved by the caller)
    credential_read: bool = False



def _discarded(body: str, pos: int) -> bool:
    line_start = body.rfind("\n", 0, pos) + 1
    return bool(_DISCARDED.search(body[line_start:pos]))


def _go_verifies(body: str) -> tuple[int, str] | None:
    for m in _GO_PARSE.finditer(body):
        args = call_args(body, m.end() - 1)
        if _discarded(body, m.start()) or any(_JWX_OFF.search(a) for a in args):
            continue
        keyfunc_at = {"Parse": 1, "ParseWithClaims": 2}.get(m.group(1))
        keyfunc = args[keyfunc_at] if keyfunc_at is not None and len(args) > keyfunc_at else ""
        if (keyfunc and keyfunc != "nil" and not keyfunc.startswith(("jwt.With", "With"))) or any(
                _JWX_KEY.search(a) for a in args[1:]):
            return m.start(), m.group(0).rstrip("(")
    for m in _GO_VERIFY.finditer(body):
        if not _discarded(body, m.start()):
            return m.start(), m.group(0).rstrip("(")
    return None


def _js_verifies(body: str) -> tuple[int, str] | None:
    for m in _JS_VERIFY.finditer(body):
        return m.start(), m.group(0).lstrip(".").rstrip("(")
    return None


# Memoised: every route registered to one handler asked about the same body again (a handler's body is cut at
# _MAX_BODY, so 2,000 `HandleFunc("/x", h)` lines cost 2,000 reads of up to 20,000 characters: 18 s of CPU). The body
# strings come from one function index, so a repeated ask hashes nothing again; callers never change the result.
@functools.lru_cache(maxsize=256)
def verification(body: str, language: str, base_line: int = 1, credential_read: bool = False) -> Verification:
    """Whether `body` (a handler's text, starting at line `base_line` of its file) reads the caller's
    credential (or its caller did: `credential_read`) and verifies it; the helpers named like verifiers it
    calls are listed for the caller to resolve (a helper of the same package/file may do both)."""
    credential = _GO_CREDENTIAL if language == "go" else _JS_CREDENTIAL
    verifies = _go_verifies if language == "go" else _js_verifies
    out = Verification()
    out.helpers = [m.group(1) for m in _HELPER.finditer(body) if not _discarded(body, m.start())]
    found = verifies(body)
    out.credential_read = credential_read or bool(credential.search(body))
    if found and out.credential_read:
        pos, name = found
        out.hint = f"{_HINT}: {name}() (line {base_line + line_at(body, pos) - 1})"
    return out


# --- function bodies by name ------------------------------------------------------------------------

# Type parameters hold no `[` (a nested `[]E` ends them at its `]` anyway, and no match follows): without that,
# each `func f[` line before a far `]` read up to it (quadratic).
_GO_FUNC = re.compile(r"^func\s++(?:\([^()]*+\)\s*+)?([A-Za-z_]\w*+)\s*+(?:\[[^\[\]]*+\])?\(", re.M)
# `{` ending its line (a `//` comment may follow); group 1 is empty when the line has no newline before the end of
# the text searched: then no later `{` of that line ends it either, so the search stops there instead of reading
# the rest of the line again from each `{` (`{//{//{//...`: quadratic).
_GO_BODY_OPEN = re.compile(r"\{[ \t]*+(?://[^\n]*+)?(\n|\Z)")
# JS/TS named functions: `function f(`, `f = function ... (`, `f: (...) => ` / `f = x =>`, and methods `f(...) {`.
# Linear: each part is read once. A name is entered at its first possible start (atomic), not again from each `$`
# inside it; `function ... (` stops at a next `function`; an arrow's return type stops before a next `name: (`, a
# method's before a line that starts a method (`name(`); modifiers stay on their line and a modifier right before
# the `(` is the name, as backtracking found it. The old pattern re-read the rest of a line or text from each of
# those (5.9 s for 32,000 characters). Same functions on the accuracy set and corpus but one GraphQL schema string.
_JS_MODIFIERS = r"(?:public|private|protected|static|async)"
_JS_FUNC = re.compile(
    r"\bfunction\s*+(?:\*\s*+)?([A-Za-z_$][\w$]*+)\s*+\("
    r"|(?:\bexports\.|\bthis\.)?(?<![\w$])(?>[\w$]*?\b(?=[A-Za-z_$]))([A-Za-z_$][\w$]*+)\s*+[:=]\s*+(?:async\s++)?"
    r"(?:function\b(?:(?!\bfunction\b)[^(])*+\("
    r"|\([^()]*+\)\s*+(?::(?:(?!(?<![\w$])[\w$]++\s*+:\s*+(?:async\s++)?\()[^=])++)?=>"
    r"|[A-Za-z_$][\w$]*+\s*+=>)"
    r"|^[ \t]*+(?:" + _JS_MODIFIERS + r"[ \t]++(?!\())*+([A-Za-z_$][\w$]*+)\s*+\([^()]*+\)\s*+"
    r"(?::(?:[^{;\n]|\n(?![ \t]*+(?:" + _JS_MODIFIERS + r"[ \t]++)*+[A-Za-z_$][\w$]*+\s*+\())++)?\{",
    re.M)


# name -> (line, body); None when several functions share the name (methods of two types): which one a
# call reaches is not known from the text, so neither counts.
Functions = dict[str, tuple[int, str] | None]


def _add(out: Functions, name: str, found: tuple[int, str]) -> None:
    out[name] = None if name in out else found


_SIGNATURE_MAX = 2000  # characters of a Go signature read after its parameters' `(`


def _next_func(text: str, start: int, limit: int) -> int:
    """The start of the next line opening with `func` after `start`, at most `limit` characters on."""
    found = text.find("\nfunc", start, start + limit)
    return found if found != -1 else min(len(text), start + limit)


def _go_body_opening(text: str, paren: int) -> int | None:
    """The `{` opening the body of the Go function whose parameter list opens at `paren`, or None (a declaration
    without a body: assembly, `//go:linkname`). Read from the signature itself: its parameter and result lists and
    the braces of `interface{}`/`struct{}` result types are skipped, and a newline outside them ends the signature.
    (The first `{` ending a line after the `(` was taken before: a one-line function, `func h(w, r) { w.Write(ok) }`,
    then got the next function's body, and a route to an unprotected one-liner passed on its neighbour's token check.)
    """
    # a signature (and a one-line body) never runs into the next top-level `func`: bounded by it, the reads of an
    # unclosed `func f(` per line stay linear in the file
    end = _next_func(text, paren, _SIGNATURE_MAX)
    _, i = call_span(text, paren, end - paren)
    while i < end:
        ch = text[i]
        if ch == "{":
            if text[max(0, i - 12): i].rstrip().endswith(("interface", "struct")):
                i += len(block_at(text, i, end - i))
                continue
            return i
        if ch in "([":
            i = call_span(text, i, end - i)[1]
            continue
        if ch == "\n" or text.startswith("//", i):
            return None
        i += 1
    return None


def _go_body_end(text: str, opening: int) -> int:
    """Where the body opening at `opening` ends (just after its `}`), cut at _MAX_BODY."""
    if not _GO_BODY_OPEN.match(text, opening):
        # the body goes on on the signature's line: one-liners (`{ return next }`), braces counted
        return opening + len(block_at(text, opening, _next_func(text, opening, _MAX_BODY) - opening))
    # gofmt's layout: the body ends at the first `}` starting a line. Looked for only within _MAX_BODY (from each
    # function to the file's end when none closes it was quadratic in the number of functions); without one, it ends
    # where the next top-level function starts (each of 30,000 functions closed by an indented `}` held 20,000
    # characters of the file: 583 MB for a 1 MB file)
    end = text.find("\n}", opening, opening + _MAX_BODY)
    if end == -1:
        end = text.find("\nfunc ", opening, opening + _MAX_BODY) - 2
    return min(end + 2 if end >= 0 else opening + _MAX_BODY, opening + _MAX_BODY)


def go_functions(text: str, out: Functions | None = None) -> Functions:
    """Top-level functions and methods of a Go file (added to `out`, a package's index)."""
    out = {} if out is None else out
    for m in _GO_FUNC.finditer(text):
        opening = _go_body_opening(text, m.end() - 1)
        if opening is not None:
            _add(out, m.group(1), (line_at(text, opening), text[opening: _go_body_end(text, opening)]))
    return out


# Characters of bodies js_functions reads from a file in all, per character of the file (plus two whole bodies): a
# nested function's body lies inside its parent's, so real files read up to 1.7 times their length (the accuracy set
# and corpus). Each of 2,000 nested or unclosed functions read 20,000 characters (28 s); past this budget a body is
# cut short, down to nothing: a verification in the part not read is not seen (a finding, the safe side).
_BODY_BUDGET_PER_CHAR = 3


def js_functions(text: str) -> Functions:
    """Named functions of a JavaScript/TypeScript file (declarations, `const f = (req, res) => {...}`,
    `exports.f = ...`, object and class methods)."""
    out: Functions = {}
    budget = _BODY_BUDGET_PER_CHAR * len(text) + 2 * _MAX_BODY
    # the next `{` and the next newline after a match: looked for again only once passed (each match searched the
    # rest of the text for them, quadratic in a file without either)
    opening = newline = -2
    for m in _JS_FUNC.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        if name in ("if", "for", "while", "switch", "catch", "function", "return"):
            continue
        if -1 < opening < m.end() - 1 or opening == -2:
            opening = text.find("{", m.end() - 1)
        if -1 < newline < m.end() or newline == -2:
            newline = text.find("\n", m.end())
        limit = max(0, min(_MAX_BODY, budget))
        if opening == -1 or (newline != -1 and opening > newline and "=>" in m.group(0)):
            # `=> expression`: to the end of the line (each such body of a long line held the rest of it: 10 GB for
            # a line of 40,000 arrows)
            body = text[m.end(): min(newline if newline != -1 else len(text), m.end() + limit)]
            budget -= len(body)
            _add(out, name, (line_at(text, m.end()), body))
            continue
        body = block_at(text, opening, limit)
        budget -= len(body)
        _add(out, name, (line_at(text, opening), body))
    return out


def handler_ref(arg: str) -> str | None:
    """The (dotted) function a route argument names: `s.tokenValidateHandler`, `http.HandlerFunc(h.Get)` ->
    h.Get, `asyncHandler(users.list)` -> users.list."""
    names = re.findall(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?![\w$.]|\s*\()", arg)
    names = [n for n in names if n not in ("func", "function", "async", "await", "return")]
    return names[-1] if names else None


def handler_name(arg: str) -> str | None:
    """The function's own name: `s.tokenValidateHandler` -> tokenValidateHandler."""
    ref = handler_ref(arg)
    return ref.split(".")[-1] if ref else None


def inline_body(arg: str) -> str | None:
    """A function literal given as the handler: Go `func(w, r) {...}`, JS `(req, res) => {...}` /
    `async function (req, res) {...}`."""
    stripped = arg.lstrip()
    if re.match(r"(?:async\s+)?(?:func\b|function\b|\([^()]*\)\s*(?::\s*[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>)", stripped):
        return stripped
    return None


def resolve(body_hint: Verification, functions: Functions, language: str, depth: int = 0) -> str:
    """The handler's own hint, else a helper it calls (found in `functions`) that reads and verifies; a
    helper named like a verifier that cannot be found (imported from another package) counts by name,
    as the Python reader counts `validate_token()`."""
    if body_hint.hint:
        return body_hint.hint
    for name in body_hint.helpers:
        if name not in functions:
            return f"{_HINT}: calls {name}()"
        found = functions[name]
        if found is not None and depth < 2:
            line, body = found
            inner = resolve(verification(body, language, line, body_hint.credential_read), functions, language,
                            depth + 1)
            if inner:
                return f"{_HINT}: calls {name}(), which {inner.removeprefix(_HINT + ': ')}"
    return ""


# --- Go middleware that can never refuse a request ----------------------------------------------------------------

# What lets a Go middleware turn a caller away (or may: any of these keeps it a guard): gin's Abort*, an error
# status written or returned (http.Error, WriteHeader, a Status constant, 401/403, echo/fiber errors), a response
# written instead of the next handler's (c.JSON, w.Write, a redirect), a panic or exit.
_GO_MAY_REFUSE = re.compile(
    r"Abort|\bhttp\.Error\b|\.Error\s*\(|WriteHeader|\bStatus\w*|\b[45]\d\d\b|\bpanic\s*\(|\bErr[A-Z]\w*|Errorf|"
    r"\berrors\.New\b|NewHTTPError|Redirect|Fatal|os\.Exit|Fprint|\.(?:JSON|String|XML|YAML|Data|NoContent|"
    r"SendStatus|SendString|Send|Render|HTML|Blob|Stream|Write|WriteString|Reject|Deny)\s*\(")
# The parameters that carry the next handler, the response and the request context
_GO_NEXT_PARAM = re.compile(r"\b([A-Za-z_]\w*)\s+(?:http\.Handler(?:Func)?|echo\.HandlerFunc|gin\.HandlerFunc|"
                            r"fiber\.Handler)\b")
_GO_WRITER_PARAM = re.compile(r"\b([A-Za-z_]\w*)\s+(?:http\.ResponseWriter|\*gin\.Context|echo\.Context|"
                              r"\*fiber\.Ctx)\b")
# A body that only returns a name: `{ return next }` (comment lines allowed)
_GO_IDENTITY = re.compile(r"\{(?:\s*+//[^\n]*+)*+\s*+return[ \t]++([A-Za-z_]\w*+)[ \t]*+(?://[^\n]*+)?\s*+\}")
_GO_RETURN = re.compile(r"(?<![\w.])return\b[ \t]*+([^\n]*)")


def go_function_defs(text: str, names: set[str]) -> list[tuple[str, int, str]]:
    """Top-level functions and methods of a Go file called one of `names`: (name, line, text from `func` to its
    closing brace)."""
    out = []
    for m in _GO_FUNC.finditer(text):
        if m.group(1) not in names:
            continue
        opening = _go_body_opening(text, m.end() - 1)
        if opening is not None:
            out.append((m.group(1), line_at(text, m.start()), text[m.start(): _go_body_end(text, opening)][:_MAX_BODY]))
    return out


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _next_call_unconditional(lines: list[str], at: int) -> bool:
    """Whether the call to the next handler on line `at` runs on every path of its function literal: gofmt puts a
    statement of a function's own body one step in from the line that opens it (`func(...) {`); a call deeper in
    (inside `if ok { ... }`) runs only on some paths, so the middleware may refuse the others."""
    own = _indent(lines[at])
    for i in range(at - 1, -1, -1):
        line = lines[i]
        if line.strip() and len(_indent(line)) < len(own):
            return bool(re.search(r"\bfunc\b[^\n]*\{\s*(?://[^\n]*)?$", line))
    return False


def go_middleware_never_refuses(function: str) -> bool:
    """A Go middleware (a function taking or calling the next handler) that lets every request through: it writes
    no status and no response, aborts nothing, returns nothing but the next handler (or a function wrapping it),
    passes the response or context to no other function (which might answer in its place) and calls the next
    handler on every path (gin's chain goes on without c.Next() unless the middleware aborts). Logging the header,
    decoding a token without acting on the error, putting a subject on the context: each lets everyone in."""
    signature = _GO_FUNC.match(function)
    opening_at = _go_body_opening(function, signature.end() - 1) if signature else None
    if opening_at is None:
        return False
    body = function[opening_at:]
    nexts = set(_GO_NEXT_PARAM.findall(function))
    if (identity := _GO_IDENTITY.fullmatch(body)) and identity.group(1) in nexts:
        return True  # `{ return next }`: a stub that hands every request on (nothing below sees a call of next)
    writers = set(_GO_WRITER_PARAM.findall(function))
    gin = "*gin.Context" in function
    if (not nexts and not gin) or _GO_MAY_REFUSE.search(body):
        return False
    allowed = re.compile(r"(?:func\b|[\w.]*HandlerFunc\s*\(|\w+\.Next\(\)\s*$"
                         + "".join("|" + re.escape(n) + r"\b" for n in sorted(nexts)) + ")")
    if any(not allowed.match(m.group(1).strip()) for m in _GO_RETURN.finditer(body)):
        return False  # an early (or error) return refuses, or may
    spans = _go_next_spans(body, nexts)
    if _go_writer_handed(body, writers, spans):
        return False  # the response or context handed to another function, which may answer or abort in its place
    if gin and not nexts:
        return True
    return _go_next_unconditional(function, opening_at, spans)


def _go_next_spans(body: str, nexts: set[str]) -> list[tuple[int, int]]:
    """The calls of the next handler in a middleware's body: `next(w, r)`, `next.ServeHTTP(w, r)`, `c.Next()`."""
    spans: list[tuple[int, int]] = []
    for n in sorted(nexts):
        for m in re.finditer(rf"(?<![\w.]){re.escape(n)}(?:\.ServeHTTP)?\s*\(", body):
            spans.append((m.start(), call_span(body, m.end() - 1)[1]))
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b\w+\.Next\(\)", body)]
    return spans


def _go_writer_handed(body: str, writers: set[str], spans: list[tuple[int, int]]) -> bool:
    """Whether the response writer or request context is handed to a function other than the next handler."""
    return any(any(not any(a <= m.start() < b for a, b in spans)
                   for m in re.finditer(rf"[(,]\s*{re.escape(w)}\s*[,)]", body)) for w in writers)


def _go_next_unconditional(function: str, base: int, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the calls of the next handler (`spans`, offsets in the body opening at `base`) runs on every
    path of its function literal."""
    body = function[base:]
    lines = function.split("\n")
    for a, _ in spans[:20]:  # (each looks upward through the lines: a few suffice, thousands were quadratic)
        at = line_at(function, base + a) - 1
        stripped = lines[at].strip()
        if stripped.startswith((body[a:a + 40].split("(", 1)[0], "return ")) and _next_call_unconditional(lines, at):
            return True
        if _first_statements_of_literal(function[function.rfind("\n", 0, base + a) + 1: base + a]):
            return True
    return False


def _go_turns_away(function: str, bare: str) -> bool:
    """Whether a middleware has a way to turn a caller away: it answers in the next handler's place (an error,
    a status, a response, an abort), hands the response to another function that may, or calls net/http's next
    handler only under a condition (the others get an empty answer). `bare`: its text without comments and strings."""
    if _GO_ANSWERS.search(bare):
        return True
    signature = _GO_FUNC.match(bare)
    opening_at = _go_body_opening(bare, signature.end() - 1) if signature else None
    if opening_at is None:
        return False
    body = bare[opening_at:]
    nexts = set(_GO_NEXT_PARAM.findall(function))
    spans = _go_next_spans(body, nexts)
    if _go_writer_handed(body, set(_GO_WRITER_PARAM.findall(function)), spans):
        return True
    # gin goes on down the chain whether or not c.Next() is called: only an abort (an answer) refuses there
    return bool(nexts) and bool(spans) and not _go_next_unconditional(bare, opening_at, spans)


# What may put a statement under a condition, or end a function literal's body before it (a one-line body)
_GO_BRANCHING = re.compile(r"\b(?:if|for|switch|select|case|default|go|defer|else|return|goto|break|continue)\b|[{}]")


def _first_statements_of_literal(before: str) -> bool:
    """Whether a call of the next handler preceded by `before` on its line (a function written on one line:
    `... { return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { log.Println(r.URL); ` before
    `next.ServeHTTP(w, r) }) }`) is a statement of that line's function literal run on every path: only plain
    statements (`;`-separated, no branch, no block) lie between the literal's `{` and the call. gofmt keeps a short
    function body on one line but never an `if` block, so the indentation rule cannot see such a call."""
    opening = before.rfind("{")
    if opening == -1 or not re.search(r"\bfunc\b[^{}]*\)[^{}]*$", before[:opening]):
        return False
    return not _GO_BRANCHING.search(before[opening + 1:])


# --- Go middleware: the check that makes it a guard ----------------------------------------------------------------

# A middleware of the repository named like a guard (`requireAuth`, `protect`, `SessionMiddleware`) is a guard only
# when its code shows the check (pass-audit8): an answer that refuses a caller for who they are (401/403 or their
# constants, an auth error of the code, WWW-Authenticate, a redirect to a login page), a verification of a credential
# (a token parsed with a key, a verifier, an authenticate/authorize/enforce call, a constant-time comparison, a
# session's is-authenticated test), a helper of the repository that shows one, or a library's guard it returns
# (`return echojwt.WithConfig(cfg)`). A middleware that can refuse for another reason (a rate limit's 429, a CORS
# preflight's 204) or only logs and decorates is no guard, whatever its name. Read with comments and string contents
# blanked: a `// TODO: answer 401` or a log line saying "401" is no refusal.
_GO_AUTH_REFUSAL = re.compile(
    r"\bStatus(?:Unauthorized|Forbidden|ProxyAuthRequired)\b|(?<![\w.])40[137](?![\w.])|"
    r"\bErr[A-Za-z]*?(?:Unauthori[sz]ed|Forbidden|Unauthenticated|PermissionDenied|NotAuthenticated)|"
    r"\bcodes\.(?:Unauthenticated|PermissionDenied)\b")
_GO_CHECK_CALL = re.compile(
    r"(?<![\w.])(?:[A-Za-z_]\w*+\.)*+((?:[vV]erify|[aA]uthenticate|[aA]uthori[sz]e|[eE]nforce|[iI]ntrospect)\w*+|"
    r"ConstantTimeCompare|CompareHashAndPassword|Equal(?<=hmac\.Equal)|"
    r"[iI]s(?:Authenticated|Authori[sz]ed|LoggedIn|SignedIn|Admin|Allowed)\w*+|"
    r"[hH]as(?:Role|Permission|Scope|Access)\w*+)\s*+\(")
_GO_CALLEE = re.compile(r"(?<![\w.])(?:[A-Za-z_]\w*+\.)*+([A-Za-z_]\w*+)\s*+\(")
_GO_RETURNED_CALL = re.compile(r"(?<![\w.])return[ \t]++((?:[A-Za-z_]\w*+\.)*+[A-Za-z_]\w*+)\s*+\(")
_GO_REDIRECT = re.compile(r"\bRedirect\s*+\(")
# The caller's credential read (the Authorization or an API-key header, a cookie, basic auth)
_GO_CALLER_CREDENTIAL = re.compile(_GO_CREDENTIAL.pattern + r"|\.BasicAuth\(\)")
# How a middleware answers in the next handler's place
_GO_ANSWERS = re.compile(r"(?<![A-Za-z0-9_])Abort\w*+\(|\bhttp\.Error\(|WriteHeader\(|NewHTTPError\(|Redirect\(|"
                         r"\bpanic\(|\.(?:JSON|String|XML|YAML|Data|NoContent|SendStatus|SendString|Send|Render|HTML|Blob|Write|"
                         r"WriteString|Status)\(|\bFprint\w*+\(")
_LOGIN_TARGET = re.compile(r"log_?in|sign_?in|sign-in|auth|sso", re.I)


def blanked(text: str, strings: bool = True) -> str:
    """`text` with its comments (and, with `strings`, the contents of its string literals) turned to spaces, every
    offset and line kept (braces counted on it are code's braces)."""
    return _blanked(text, strings)


def _blanked(text: str, strings: bool) -> str:
    """`text` with its comments (and, with `strings`, the contents of its string literals) turned to spaces, every
    offset and line kept. One pass."""
    out = list(text)
    i, end = 0, len(text)
    while i < end:
        ch = text[i]
        if ch in "\"'`":
            stop = _string_end(text, i, end)
            if strings:
                out[i + 1: stop] = [c if c == "\n" else " " for c in text[i + 1: stop]]
            i = stop + 1
            continue
        if text.startswith("//", i):
            stop = text.find("\n", i)
            stop = end if stop == -1 else stop
        elif text.startswith("/*", i):
            stop = text.find("*/", i + 2)
            stop = end if stop == -1 else stop + 2
        else:
            i += 1
            continue
        out[i: stop] = [c if c == "\n" else " " for c in text[i: stop]]
        i = stop
    return "".join(out)


# Calls that are no helper of the repository: the standard library's packages, and methods of the request, the
# response or the framework's context (`r.Header.Get(...)` is not the repository's `func (c *Client) Get`, whose
# 401 check of a response would have counted as the middleware's)
_GO_NOT_HELPER = re.compile(r"(?:log|fmt|strings|strconv|time|http|errors|context|json|os|bytes|io|sync|math|sort|"
                            r"regexp|url|path|filepath|slog|utf8|unicode|atomic|net|rand)\.\w+$")
_GO_REQUEST_PARAM = re.compile(r"\b([A-Za-z_]\w*)\s+\*http\.Request\b")


def go_callees(function: str) -> set[str]:
    """The functions of the repository a Go function may call (the last part of each dotted callee), comments and
    strings left out; the standard library's and the request's, response's and context's methods are not."""
    bare = _blanked(function[:_MAX_BODY], strings=True)
    own = set(_GO_WRITER_PARAM.findall(function)) | set(_GO_REQUEST_PARAM.findall(function))
    return {m.group(1) for m in itertools.islice(_GO_CALLEE.finditer(bare), 500)
            if not _GO_NOT_HELPER.match(chain := m.group(0).rstrip("( \t\n").strip())
            and chain.split(".", 1)[0] not in own and chain != "func"}


def go_middleware_check(function: str, helper: Callable[[str], str | None] | None = None,
                        guard_library: re.Pattern[str] | None = None) -> str:
    """What shows that a Go middleware checks its caller ("answers 401/403", "verifies: jwt.Parse", ...), or ""
    when nothing does. `helper(name)` is the check a function of the repository by that name shows ("" for none or
    a name the repository does not define: None then); a returned call of a name `guard_library` matches and the
    repository does not define is a library's guard (`return echojwt.WithConfig(cfg)`)."""
    code = _blanked(function[:_MAX_BODY], strings=False)
    bare = _blanked(code, strings=True)
    if m := _GO_AUTH_REFUSAL.search(bare):
        return f"answers {m.group(0)}"
    if "WWW-Authenticate" in code:
        return "answers with WWW-Authenticate"
    for m in itertools.islice(_GO_REDIRECT.finditer(bare), 20):
        if _LOGIN_TARGET.search(" ".join(call_args(code, m.end() - 1))):
            return "redirects to a login page"
    # a verification, or the credential read, counts only where the middleware can turn the caller away
    # (`_, err := jwt.Parse(...); log.Println(err); next.ServeHTTP(w, r)` verifies and lets every caller in)
    answers = _go_turns_away(function[:_MAX_BODY], bare)
    if answers and (found := _go_verifies(bare)):
        return f"verifies the token: {found[1]}()"
    for m in itertools.islice(_GO_CHECK_CALL.finditer(bare), 50) if answers else ():
        if not _discarded(bare, m.start()):
            return f"calls {m.group(1)}()"
    if answers and (m := _GO_CALLER_CREDENTIAL.search(code)):
        return f"reads the caller's credential ({m.group(0)}) and can turn the request away"
    for m in itertools.islice(_GO_RETURNED_CALL.finditer(bare), 20):
        name = m.group(1).rsplit(".", 1)[-1]
        if guard_library is not None and guard_library.search(m.group(1)) and (
                helper is None or helper(name) is None):
            return f"returns the library guard {m.group(1)}()"
    if helper is not None:
        for name in sorted(go_callees(function)):
            # a helper that answers 401/403 refuses by itself; one that only verifies needs this middleware to answer
            if (shown := helper(name)) and (answers or shown.startswith(("answers", "redirects"))):
                return f"calls {name}(), which {shown}"
    return ""


# --- Express middleware that can never refuse a request -----------------------------------------------------------

# `function name(req, res, next) {`, `name = (req, res, next) => {`, `name: async function (req, res, next) {`,
# `exports.name = ...`, a method `name(req, res, next) {` (TypeScript types on the parameters allowed). Each part is
# bounded and read once.
_JS_PARAM = r"\s{0,40}([A-Za-z_$][\w$]{0,60})\s{0,40}(?::[^,()]{0,80})?"
_JS_MIDDLEWARE_DEF = re.compile(
    r"(?:\bfunction\s{1,40}([A-Za-z_$][\w$]{0,80})\s{0,40}|(?<![\w$])([A-Za-z_$][\w$]{0,80})\s{0,40}[:=]\s{0,40}"
    r"(?:async\s{1,40})?(?:function\b\s{0,40}(?:[A-Za-z_$][\w$]{0,80})?\s{0,40})?|^[ \t]{0,40}(?:async\s{1,40})?"
    r"([A-Za-z_$][\w$]{0,80})\s{0,40})\(" + _JS_PARAM + "," + _JS_PARAM + "," + _JS_PARAM +
    r"\)\s{0,40}(?::[^{=\n]{0,80})?(?:=>)?\s{0,40}\{", re.M)
# What lets an Express middleware turn a caller away (or may): an error thrown or passed to next(err), a status
# number, a rejected promise, an early return
_JS_MAY_REFUSE = re.compile(r"\bthrow\b|\breject\b|Error\b|\b[45]\d\d\b|\bawait\b|\bprocess\.exit\b")
# Calls that only read or reshape (the credential, a log line): they answer nothing and let the request go on.
# jsonwebtoken's decode() verifies nothing and returns null on garbage.
_JS_READING_CALL = re.compile(
    r"(?:console|logger|log|debug)\.\w+|debug|(?:[\w$.]+\.)?(?:get|header|replace|split|trim|toLowerCase|"
    r"toUpperCase|startsWith|endsWith|slice|substring|substr|includes|indexOf|toString|from)|JSON\.stringify|"
    r"String|Number|Boolean|parseInt|Object\.assign|Date\.now|(?:jwt|jsonwebtoken)\.decode")
# possessive, and no space inside a chain: `a . a . a ...` read again from each `a` was quadratic
_JS_CALL = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+)\s*+\(")
_JS_KEYWORDS = frozenset({"if", "for", "while", "switch", "catch", "function", "return", "typeof", "new"})


def js_middleware_defs(text: str, names: set[str]) -> list[tuple[str, int, str, str, str]]:
    """Express middleware functions of a file called one of `names`: (name, line, response parameter, next
    parameter, body from its `{`)."""
    out = []
    for m in _JS_MIDDLEWARE_DEF.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        if name in names and name not in _JS_KEYWORDS:
            out.append((name, line_at(text, m.start()), m.group(5), m.group(6), block_at(text, m.end() - 1)))
    return out


def _try_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"\btry\s*\{", body):
        spans.append((m.end() - 1, m.end() - 1 + len(block_at(body, m.end() - 1))))
    return spans


def js_middleware_never_refuses(response: str, next_param: str, body: str) -> bool:
    """An Express middleware `(req, res, next)` that lets every request through: it never touches the response
    (res.status(401), res.send, res handed to a helper), throws or awaits nothing, passes no error to next, returns
    nothing but next(), calls only reading or logging functions outside a try block whose catch swallows the
    error, and calls next() on every path (directly in its body, not under an if). Logging the header or decoding a
    token without acting on the result lets everyone in."""
    if len(body) >= _MAX_BODY or _JS_MAY_REFUSE.search(body):
        return False
    if re.search(rf"(?<![\w$.]){re.escape(response)}\b(?!\s*\.\s*locals\b)", body):
        return False  # the response written, or handed to a function that may answer
    if re.search(rf"(?<![\w$.]){re.escape(next_param)}\s*\(\s*[^)\s]", body):
        return False  # next(err): Express answers with the error
    for m in re.finditer(r"(?<![\w$.])return\b", body):
        if not re.match(rf"return\s+{re.escape(next_param)}\s*\(\s*\)", body[m.start():]):
            return False  # an early return leaves the request unanswered: a refusal
    tries = _try_spans(body)
    for m in _JS_CALL.finditer(body):
        callee = m.group(1)
        if callee in _JS_KEYWORDS or callee == next_param or any(a <= m.start() < b for a, b in tries):
            continue
        if not _JS_READING_CALL.fullmatch(callee):
            return False  # a call that may throw or answer (a library's verify, a repository helper)
    for m in itertools.islice(re.finditer(rf"(?<![\w$.]){re.escape(next_param)}\s*\(\s*\)", body), 20):
        before = body[:m.start()]
        depth = before.count("{") - before.count("}")  # braces in strings are rare here; a wrong count keeps a guard
        line = before[before.rfind("\n") + 1:].strip()
        previous = before[:before.rfind("\n")].rstrip()
        if depth == 1 and line in ("", "return") and not re.search(
                r"(?:\b(?:if|else|while|for)\b[^\n;{}]*|&&|\|\||\?|:)\s*$", previous[previous.rfind("\n") + 1:]):
            return True
    return False


# What shows that an Express middleware checks its caller (pass-audit8, as go_middleware_check): a 401/403 answer or
# an auth error, a redirect to a login page, a token verified (jsonwebtoken, jose, firebase-admin, passport), a session
# or login test (`req.isAuthenticated()`, `req.session.user`), a constant-time comparison, a call named for a check
# (`verifyToken(`, `authorize(`), or the caller's credential read by a middleware that can turn the request away.
# `verifyFileType`, `protect` limiting the rate (429), `secureHeaders` setting headers are no guards.
_JS_AUTH_REFUSAL = re.compile(r"(?<![\w$.])40[13](?![\w$.])|\b(?:UNAUTHORIZED|FORBIDDEN)\b|"
                              r"\b(?:Unauthori[sz]ed|Forbidden|Unauthenticated|NotAuthenticated)\w*")
_JS_CHECK_CALL = re.compile(r"(?<![\w$.])(?:[A-Za-z_$][\w$]*+\.)*+((?:[vV]erify|[aA]uthenticate|[aA]uthori[sz]e|"
                            r"jwtVerify|timingSafeEqual|isAuthenticated|[cC]heck(?:Auth|Token|Jwt|JWT|Session|"
                            r"Permission|Role|Scope))\w*+)\s*+\(")
_JS_SESSION_TEST = re.compile(r"\breq(?:uest)?\.(?:session\s*+\.\s*+\w+|user)\b")
_JS_REDIRECT = re.compile(r"\.redirect\s*+\(")


def js_middleware_check(body: str) -> str:
    """What shows that an Express middleware `(req, res, next)` (its body) checks its caller, or ""."""
    code = _blanked(body[:_MAX_BODY], strings=False)
    bare = _blanked(code, strings=True)
    if m := _JS_AUTH_REFUSAL.search(bare):
        return f"answers {m.group(0)}"
    for m in itertools.islice(_JS_REDIRECT.finditer(bare), 20):
        if _LOGIN_TARGET.search(" ".join(call_args(code, m.end() - 1))):
            return "redirects to a login page"
    if m := _JS_CHECK_CALL.search(bare):
        return f"calls {m.group(1)}()"
    if m := _JS_SESSION_TEST.search(bare):
        return f"tests {m.group(0)}"
    if m := _JS_CREDENTIAL.search(code):
        return f"reads the caller's credential ({m.group(0)})"
    return ""


# --- NestJS guards that can never refuse a request ----------------------------------------------------------------

_NEST_CLASS = re.compile(r"\bclass\s++([A-Za-z_$][\w$]*+)[^{;]{0,300}\{")
_NEST_CAN_ACTIVATE = re.compile(r"(?<![\w$.])(?:async\s++)?canActivate\s*+\([^()]{0,300}\)[^{;]{0,200}\{")
_NEST_READING_CALL = re.compile(r"(?:[\w$.]+\.)?(?:switchToHttp|switchToRpc|switchToWs|getRequest|getResponse|"
                                r"getHandler|getClass|getType|getArgs|getArgByIndex)")


def nest_guard_defs(text: str, names: set[str]) -> list[tuple[str, int, str]]:
    """NestJS guard classes of a file called one of `names`: (name, line, body of their canActivate); a class
    without its own canActivate (one inheriting a library's, `extends AuthGuard('jwt')`) is not listed."""
    out = []
    for m in _NEST_CLASS.finditer(text):
        if m.group(1) not in names:
            continue
        body = block_at(text, m.end() - 1)
        method = _NEST_CAN_ACTIVATE.search(body)
        if method is not None:
            out.append((m.group(1), line_at(text, m.start()), block_at(body, method.end() - 1)))
    return out


def nest_guard_never_refuses(body: str) -> bool:
    """A NestJS guard whose canActivate lets every request through: it returns only `true`, throws, rejects and
    awaits nothing, never says false, and calls only the execution context's accessors and reading or logging
    functions (so no verification that could throw). Putting the header on request.user checks no credential."""
    if len(body) >= _MAX_BODY or _JS_MAY_REFUSE.search(body) or re.search(r"\bfalse\b|\bsuper\b", body):
        return False
    returns = list(re.finditer(r"(?<![\w$.])return\b", body))
    if not returns or any(not re.match(r"return\s+true\b", body[m.start():]) for m in returns):
        return False
    return all(_JS_READING_CALL.fullmatch(m.group(1)) or _NEST_READING_CALL.fullmatch(m.group(1))
               or m.group(1) in _JS_KEYWORDS for m in _JS_CALL.finditer(body))
