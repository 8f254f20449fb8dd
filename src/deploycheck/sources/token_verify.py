"""Token verification written in Go and Java (JavaScript/TypeScript: codefacts.js_token_calls), judged like
the Python decodes of code_facts (signature verified, algorithm pinned, audience and issuer checked).

Which calls are read:
- Go: golang-jwt `jwt.Parse(raw, keyFunc, opts...)` / `ParseWithClaims(raw, claims, keyFunc, opts...)` (the
  algorithm is pinned by a key function that checks `token.Method` or by `jwt.WithValidMethods`; audience and
  issuer by `jwt.WithAudience/WithIssuer`, `VerifyAudience/VerifyIssuer`, or a comparison of the claims'
  Audience/Issuer in the function that parses), `ParseUnverified` (no verification); go-oidc
  `verifier.Verify` (issuer and client id checked unless the verifier's Config skips them).
- JavaScript/TypeScript (read with the other code facts, codefacts.js_token_calls): jsonwebtoken
  `jwt.verify(token, key, {algorithms, audience, issuer})`, jose `jwtVerify(token, key, {audience, issuer})`
  (jose takes the algorithm from the key).
- C#: ASP.NET Core `AddJwtBearer(options => ...)` and `new TokenValidationParameters { ... }` given by hand
  (`ValidateAudience = false`, `ValidateIssuer = false`, `RequireSignedTokens = false`, a `SignatureValidator`
  that returns the token unread).
- Java: java-jwt `JWT.require(Algorithm.X(...)).withAudience(...).withIssuer(...).build()`, jjwt
  `Jwts.parser()...requireAudience(...).requireIssuer(...)` (`parseClaimsJwt`/`parseUnsecuredClaims` read
  unsigned tokens).

Hand-written like the rest of the non-Python readers (regular expressions over the text, never run): the
options must be written at the call (or, for jsonwebtoken, in a `const NAME = {...}` of the same file); what is
built elsewhere is reported as not checked, with the call's place, so a reader can see why.
"""

from __future__ import annotations

import bisect
import functools
import posixpath
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from deploycheck.line_numbers import line_at
from deploycheck.sources.codefacts import JwtDecode, is_test_path
from deploycheck.sources.routes_verify import call_args, call_span, go_functions
from deploycheck.sources.target import jvm_module

if TYPE_CHECKING:
    from deploycheck.context import Context

_MARKERS = re.compile(r"\bjwt\.|\bJWT\.require\(|\bJwts\.parser|[vV]erifier\.Verify\(|\bAddJwtBearer\(|"
                      r"\bTokenValidationParameters\b|\bsetJwtValidator\(|\bJwtDecoders\.|\bNimbusJwtDecoder\b|"
                      r"\boauth2ResourceServer\b")



# --- Go -------------------------------------------------------------------------------------------------

_GO_CALL = re.compile(r"(?:\bnew\(jwt\.Parser\)|\bjwt\.NewParser\([^()]*\)|\bjwt|\b\w*[pP]arser)\."
                      r"(ParseWithClaims|Parse|ParseUnverified)\(")
# A receiver chain (`a.b.c.Verify(`) is entered where it starts, not after each of its dots: a match from inside the
# chain is one from its start too (the same name before `.Verify(`), and restarting at every name of a long `a.a.a`
# chain was quadratic.
_GO_OIDC = re.compile(r"\b(?<!\w\.)(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\.Verify\(")
_OIDC_SKIPS = re.compile(r"\b(SkipClientIDCheck|SkipIssuerCheck|InsecureSkipSignatureCheck)\s*:\s*true\b")
_GO_ALG = re.compile(r"\.Method\.\(\*?jwt\.SigningMethod\w+\)|\.Method\.Alg\(\)|\.Header\[\"alg\"\]|"
                     r"\bWithValidMethods\(")
_GO_NONE = re.compile(r"\bSigningMethodNone\b|\bUnsafeAllowNoneSignatureType\b")
# `Contains(` reads up to a next `Contains(` (the last one before `.Audience` still matches, and only whether it
# matches counts): a line of `Contains(` without `)` was read to its end from each (1.2 s for 32,000 characters).
_GO_AUD = re.compile(r"\bWithAudience\(|\bVerifyAudience\(|\.Audience\s*+(?:!=|==|\[)"
                     r"|Contains\((?:(?!Contains\()[^)\n])*\.Audience\b|\[\s*+\"aud\"\s*+\]")
_GO_ISS = re.compile(r"\bWithIssuer\(|\bVerifyIssuer\(|\.Issuer\s*(?:!=|==)|\[\s*\"iss\"\s*\]")


class _GoScopes:
    """The top-level Go function holding an offset (from the `\nfunc ` before it to the `\n}` after it; the whole
    file when no `\nfunc ` comes before), and what it mentions. Reading that text from each call (up to the file's
    end when no `\n}` closes its function) was quadratic: a file of 1,000 one-line functions that parse a token took
    14 s. The function marks and the matches of _GO_AUD / _GO_ISS are found once in the whole file and bisected: a
    scope holds a match when one starts in it, since no match of either crosses a scope's edge (none starts with the
    `\n` of `\nfunc ` or `\n}`, nor runs over a newline into `func` or `}`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = _offsets(text, "\nfunc ")
        self.ends = _offsets(text, "\n}")
        self.audience = [m.start() for m in _GO_AUD.finditer(text)]
        self.issuer = [m.start() for m in _GO_ISS.finditer(text)]
        self.names: dict[str, list[int]] = {}

    def span(self, pos: int) -> tuple[int, int]:
        """(start, end) of the scope holding `pos`: text[start:end]."""
        # the last `\nfunc ` wholly before pos (str.rfind(sub, 0, pos)), the first `\n}` at or after it (str.find)
        i = bisect.bisect_right(self.starts, pos - len("\nfunc ")) - 1
        if i < 0:
            return 0, len(self.text)
        j = bisect.bisect_left(self.ends, pos)
        return self.starts[i], self.ends[j] + 2 if j < len(self.ends) else len(self.text)

    def checks(self, pos: int, seen: str) -> tuple[bool, bool]:
        """Whether `seen + scope` matches _GO_AUD / _GO_ISS."""
        start, end = self.span(pos)
        if self.text.startswith("\nfunc ", start):  # no match runs from `seen` into `\nfunc `
            return (_starts_within(self.audience, start, end) or bool(_GO_AUD.search(seen)),
                    _starts_within(self.issuer, start, end) or bool(_GO_ISS.search(seen)))
        # the whole file, whose first line may go on a match `seen` starts: its first _JOIN characters are searched
        # joined to `seen`, the matches after its first character in the file's
        joined = seen + self.text[:_JOIN]
        return (_starts_within(self.audience, 1, end) or bool(_GO_AUD.search(joined)),
                _starts_within(self.issuer, 1, end) or bool(_GO_ISS.search(joined)))

    def mentions(self, pos: int, name: str) -> bool:
        """Whether the word `name` stands in the scope holding `pos`."""
        if name not in self.names:
            self.names[name] = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", self.text)]
        return _starts_within(self.names[name], *self.span(pos))


_JOIN = 4096


def _starts_within(starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _offsets(text: str, needle: str) -> list[int]:
    out = []
    at = text.find(needle)
    while at != -1:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _go_oidc(rel: str, text: str, test: bool) -> list[JwtDecode]:
    """go-oidc: `v.Verify(ctx, raw)` checks signature, issuer and client id (audience) unless the Config given to
    the `Verifier(...)` that made `v` skips them; when that call is not found in the file, every Config of the
    file is read (a skip anywhere counts: the safe side)."""
    out = []
    # what each name's verifier skips, read once per name (the whole file was searched again for each call)
    skipped: dict[str, set[str] | None] = {}
    verifiers = _OidcVerifiers(text)
    for m in _GO_OIDC.finditer(text):
        name = m.group(1)
        if name not in skipped:
            skipped[name] = verifiers.skips(name)
        skips = skipped[name]
        if skips is None:
            continue  # not a token verifier
        out.append(JwtDecode("go-oidc", rel, line_at(text, m.start()), "InsecureSkipSignatureCheck" in skips, False,
                             True, "SkipClientIDCheck" not in skips, "SkipIssuerCheck" not in skips, test))
    return out


# A name given a value (`name :=`, `name =`, `name:` of a struct literal) and the blanks after it: the `.Verifier(`
# that made a verifier is the first one after that on the same line
_GO_GIVEN = re.compile(r"(?<!\w)([A-Za-z_]\w*+)\s*+(?::?=|:)\s*+")
_VERIFIER_CALL = re.compile(r"\.Verifier\(")
# `.Verifier(` calls whose Config is read in a file: a real file makes a verifier or two; past this many (a crafted
# file), every check counts as skipped (the safe side) rather than reading up to 20,000 characters from each
_MAX_VERIFIER_CALLS = 100
_ALL_SKIPS = frozenset({"SkipClientIDCheck", "SkipIssuerCheck", "InsecureSkipSignatureCheck"})


class _OidcVerifiers:
    """The `Verifier(...)` calls of a Go file and the names they are given to, found in one pass. Searching the
    whole file for each name a `.Verify(` call is made on (`name := ....Verifier(`), and reading every Config again
    for each name no such line gives a value, was quadratic: 4,000 verifiers of distinct names took 16 s."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = [m.start() for m in _VERIFIER_CALL.finditer(text)]
        self.made: dict[str, int] = {}  # name -> offset of the `(` of the first `.Verifier(` it is given
        line_end = -1
        for m in _GO_GIVEN.finditer(text) if self.calls else ():
            # the same as re.search(rf"\b{name}\s*(?::?=|:)\s*[^\n]*?\.Verifier\(", text), for every name at once
            if m.group(1) in self.made:
                continue
            if line_end < m.end():
                line_end = text.find("\n", m.end())
                line_end = len(text) if line_end == -1 else line_end
            i = bisect.bisect_left(self.calls, m.end())
            if i < len(self.calls) and self.calls[i] < line_end:
                self.made[m.group(1)] = self.calls[i] + len(".Verifier")
        self.configs: dict[int, str] = {}  # `(` offset -> the call's arguments, joined
        self.everywhere: set[str] | None = None  # what the Configs of the whole file skip

    def _config(self, paren: int) -> str | None:
        if paren not in self.configs:
            if len(self.configs) >= _MAX_VERIFIER_CALLS:
                return None
            self.configs[paren] = " ".join(call_args(self.text, paren))
        return self.configs[paren]

    def skips(self, name: str) -> set[str] | None:
        """The checks the Config of the `Verifier(...)` that made `name` skips (of every Config of the file when
        that call is not found); None when `name` is not a token verifier."""
        made = self.made.get(name)
        if made is None and not re.search(r"[vV]erifier", name):
            return None
        if made is not None:
            return self._skips([made])
        if self.everywhere is None:
            self.everywhere = self._skips([c + len(".Verifier") for c in self.calls])
        return self.everywhere

    def _skips(self, parens: list[int]) -> set[str]:
        configs = [self._config(p) for p in parens]
        if any(c is None for c in configs):
            return set(_ALL_SKIPS)
        return set(_OIDC_SKIPS.findall(" ".join(c for c in configs if c is not None)))


# Open Policy Agent: a Rego policy compiled into the Go program (`//go:embed rego/authentication.rego` over a string
# variable handed to `rego.Module(...)`) that verifies the token with OPA's JWT built-ins
# The comment lines between `//go:embed` and its variable are read once and hold no other `//go:embed` (a string
# variable embeds one file): a file of `//go:embed` lines was read to its end from each (1.0 s for 32,000 characters).
_GO_EMBED = re.compile(r"^[ \t]*//go:embed[ \t]++(\S+\.rego)[ \t]*+\n(?:[ \t]*+//(?!go:embed)[^\n]*+\n)*+"
                       r"[ \t]*+(?:var[ \t]+)?(\w+)[ \t]+string\b", re.M)
_REGO_VERIFY = re.compile(r"\bio\.jwt\.(decode_verify|verify_(?:rs|ps|es|hs)\d+)\s*\(")
_REGO_CONSTRAINT = re.compile(r"[\"'](alg|cert|aud|iss)[\"']\s*:")


def rego_policies(ctx: Context, folder: str) -> dict[str, tuple[str, str]]:
    """{string variable: (Rego file, its text)} for the `//go:embed *.rego` variables of the Go package in `folder`
    (the files must be in the repository: a policy deploycheck cannot read verifies nothing here)."""
    out: dict[str, tuple[str, str]] = {}
    for rel in ctx.files.with_suffix(".go"):
        if rel.rpartition("/")[0] != folder:
            continue
        text = ctx.files.read_text(rel) or ""
        for m in _GO_EMBED.finditer(text):
            path = posixpath.normpath(posixpath.join(folder, m.group(1)))
            policy = ctx.files.read_text(path) if not path.startswith("../") else None
            if policy:
                out[m.group(2)] = (path, policy)
    return out


def _opa_decode(rel: str, where: int, mentioned: Callable[[str], bool], policies: dict[str, tuple[str, str]],
                test: bool) -> JwtDecode | None:
    """ParseUnverified only reads the claims; when the same function hands the token to an embedded Rego policy that
    verifies it (`io.jwt.decode_verify(input.Token, {"cert": ..., "iss": ...})`, `io.jwt.verify_rs256`), the policy
    is the verification, judged by what it constrains: a `cert` (a public key: neither 'none' nor an HMAC signature
    made with that key verifies) or `alg`, or a verify_<alg> built-in, pins the algorithm; `aud` and `iss` are
    checked when given."""
    for name, (path, policy) in policies.items():
        if not mentioned(name):  # in the function that parses
            continue
        calls = list(_REGO_VERIFY.finditer(policy))
        if not calls:
            continue
        given = set(_REGO_CONSTRAINT.findall(policy))
        pinned = bool({"alg", "cert"} & given) or any(c.group(1) != "decode_verify" for c in calls)
        return JwtDecode(f"golang-jwt + OPA io.jwt.{calls[0].group(1)} ({path})", rel, where, False, False, pinned,
                         "aud" in given or bool(re.search(r"\.aud\s*==", policy)),
                         "iss" in given or bool(re.search(r"\.iss\s*==", policy)), test)
    return None


# A log call in Go: the logging packages' functions and the field/label helpers of structured loggers
_GO_LOG = re.compile(r"\b(?:zap|ctxzap|slog|log|logrus|klog|zerolog|logger|logr)\.\w+\(|\.(?:AddFields|WithFields?|"
                     r"With|Str|Info|Infof|Infow|Debug|Debugf|Debugw)\(")
# The indentation is taken whole (`\s*+`): given back to the names and the blanks after them, a line of 2,000 blanks
# took 4.5 s (tests/test_hostile_regex.py); the names are stripped, so only a line of blanks then `=` reads otherwise
_GO_ASSIGN = re.compile(r"^\s*+(?:if\s+|var\s+)?([\w\s,]{1,200}?)\s*:?=[^=]")
_UNTRACKED = frozenset({"_", "ok", "err"})


# Characters of a Go file _claims_only_logged may follow in all (a real parsing function is a few thousand; each
# ParseUnverified whose result is assigned follows it from its line to its function's end). Past that, a parse stays
# a decode with verification disabled (the safe side): 4,000 of them in one function were read 4,000 times (13.8 s).
_FOLLOW_BUDGET = 400_000
# Names followed at once: a real parse's claims go through a few; a crafted chain of `b := a` lines grew the set
# by one a line, each searched for in every later line (4,000 lines: 101 s).
_MAX_TAINTED = 64
_WORD = re.compile(r"\w+")


def _claims_only_logged(text: str, line_start: int, end: int, budget: list[int]) -> bool:
    """Whether what an unverified parse returns reaches only log calls: tekton-results' determineAuth reads `sub` and
    `iss` from `ParseUnverified` into `ctxzap.AddFields(ctx, zap.String("grpc.user", sub), ...)` ("it is not doing
    any form of verification"), so the unverified claims decide nothing about the request. Followed through plain
    assignments inside the parsing function (the lines of `text` from the call's, which starts at `line_start`, to
    `end`); a name returned, compared, stored or handed to any other call keeps the parse a decode with verification
    disabled. `budget` ([characters left]) is shared by the calls of a file."""
    lines = _lines(text, line_start, end)
    first_line = next(lines)
    first = _GO_ASSIGN.match(first_line)
    if first is None:
        return False
    tainted = {n.strip() for n in first.group(1).split(",")} - _UNTRACKED
    # the claims the parse fills in through its second argument (`ParseUnverified(raw, &claims)`) are its output too
    filled = re.search(r"ParseUnverified\([^,()]{1,200},\s*&?([A-Za-z_]\w*)\s*\)", first_line)
    if filled:
        tainted.add(filled.group(1))
    if not tainted:
        return False
    logged = False
    for line in lines:
        budget[0] -= len(line) + 1
        if budget[0] < 0 or len(tainted) > _MAX_TAINTED:
            return False
        names = _mentioned(tainted, line)
        if not names:
            continue
        if len(line) > 400 or re.match(r"\s*return\b", line):
            return False
        assign = _GO_ASSIGN.match(line)
        if _GO_LOG.search(line) and assign is None:
            logged = True
            continue
        if assign is None:
            return False  # compared, stored, passed on
        right = line[assign.end() - 1:]
        if not _mentioned(names, right):
            return False  # a tainted name assigned to: not followed
        # only plain reads into new names (`sub := fmt.Sprint(claims["sub"])`, `claims, ok := token.Claims.(...)`):
        # any other call could act on the claims
        if re.search(r"\w\s*\(", re.sub(r"\bfmt\.Sprint\w*\(|\.\(\*?[\w.]+\)", "", right.split(";")[0])):
            return False
        tainted |= {n.strip() for n in assign.group(1).split(",")} - _UNTRACKED
    return logged  # a parse whose result is dropped (`_ = token`) labels nothing: it stays a decode


def _lines(text: str, start: int, end: int) -> Iterator[str]:
    """The lines of text[start:end], without their `\n` (or `\r\n`)."""
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop == -1 else stop
        yield text[start:stop].removesuffix("\r")
        start = stop + 1


def _mentioned(names: set[str] | list[str], line: str) -> list[str]:
    """The names of `names` that stand as words in `line` (`\bname\b`): a name that is one word is looked up among
    the line's words, so a line costs its length however many names are followed."""
    words: set[str] | None = None
    out = []
    for n in names:
        if _WORD.fullmatch(n):
            words = set(_WORD.findall(line)) if words is None else words
            if n in words:
                out.append(n)
        elif re.search(rf"\b{re.escape(n)}\b", line):
            out.append(n)
    return out


def _go(rel: str, text: str, test: bool, policies: dict[str, tuple[str, str]] | None = None) -> list[JwtDecode]:
    out = []
    functions = None
    scopes = _GoScopes(text)
    budget = [_FOLLOW_BUDGET]
    for m in _GO_CALL.finditer(text):
        kind = m.group(1)
        where = line_at(text, m.start())
        if kind == "ParseUnverified":
            # whether the claims only label log lines reads the function from the call on, so only when the call's
            # line assigns what it returns (the first thing _claims_only_logged asks): reading it for every call of a
            # file of one-line functions was quadratic
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            if _GO_ASSIGN.match(text[line_start: line_end if line_end != -1 else len(text)]):
                _, end = scopes.span(m.start())
                if _claims_only_logged(text, line_start, end, budget):
                    continue  # the claims only label log lines: no token is accepted or refused here
            mentioned = functools.partial(scopes.mentions, m.start())
            opa = _opa_decode(rel, where, mentioned, policies, test) if policies else None
            out.append(opa or JwtDecode("golang-jwt", rel, where, True, False, False, False, False, test))
            continue
        args, _ = call_span(text, m.end() - 1)
        keyfunc_at = 1 if kind == "Parse" else 2
        if len(args) <= keyfunc_at:
            continue
        keyfunc = args[keyfunc_at]
        seen = " ".join(args)
        if re.fullmatch(r"[\w.]+", keyfunc) and keyfunc != "nil":  # a named key function: read its body
            functions = functions if functions is not None else go_functions(text)
            found = functions.get(keyfunc.rsplit(".", 1)[-1])
            seen += found[1] if found else ""
        audience, issuer = scopes.checks(m.start(), seen)
        out.append(JwtDecode("golang-jwt", rel, where, keyfunc == "nil", bool(_GO_NONE.search(seen)),
                             bool(_GO_ALG.search(seen)), audience, issuer, test))
    if "go-oidc" in text:
        out.extend(_go_oidc(rel, text, test))
    return out


# --- Java -------------------------------------------------------------------------------------------------

_JAVA_REQUIRE = re.compile(r"\bJWT\.require\(")
_JJWT = re.compile(r"\bJwts\.parser(?:Builder)?\(\)")


def _statement(text: str, start: int) -> str:
    end = text.find(";", start)
    return text[start: end if end != -1 else start + 2000]


def _java(rel: str, text: str, test: bool) -> list[JwtDecode]:
    out = []
    for m in _JAVA_REQUIRE.finditer(text):
        chain = _statement(text, m.start())
        args, _ = call_span(text, m.end() - 1)
        algorithm = args[0] if args else ""
        alg_none = "Algorithm.none()" in algorithm or (
            re.fullmatch(r"\w+", algorithm) is not None
            and re.search(rf"\b{re.escape(algorithm)}\s*=\s*Algorithm\.none\(\)", text) is not None)
        out.append(JwtDecode("java-jwt", rel, line_at(text, m.start()), False, alg_none, True,
                             ".withAudience(" in chain, ".withIssuer(" in chain, test))
    for m in _JJWT.finditer(text):
        chain = _statement(text, m.start())
        unsigned = bool(re.search(r"\.parse(?:ClaimsJwt|UnsecuredClaims|Unsecured)\(", chain))
        out.append(JwtDecode("jjwt", rel, line_at(text, m.start()), unsigned, unsigned, True,
                             ".requireAudience(" in chain, ".requireIssuer(" in chain, test))
    out.extend(_spring_decoder(rel, text, test))
    return out


# Spring Security's resource server (`oauth2ResourceServer(... jwt ...)`) decodes bearer tokens with a JwtDecoder:
# Nimbus verifies the signature with the JWK set (the algorithm follows the keys), and validates the claims with
# the decoder's validator. `JwtDecoders.fromIssuerLocation`/`fromOidcIssuerLocation` validate the timestamps and the
# issuer; `NimbusJwtDecoder.withJwkSetUri(...)` the timestamps only; `setJwtValidator(v)` replaces them with `v`
# (rd-user-profile-api: a JwtTimestampValidator alone, so neither issuer nor audience is checked). Spring checks no
# audience unless a validator does (JwtClaimValidator on "aud", JwtAudienceValidator, a class of the service's own).
_SPRING_SET_VALIDATOR = re.compile(r"\.setJwtValidator\(")
_SPRING_DECODER = re.compile(r"\bJwtDecoders\.from(?:Oidc)?IssuerLocation\(|\bNimbusJwtDecoder\.with\w+\(")
_SPRING_ISSUER = re.compile(r"\bJwtIssuerValidator\b|\bcreateDefaultWithIssuer\(")
_SPRING_AUDIENCE = re.compile(r"\bJwtAudienceValidator\b|\bJwtClaimNames\.AUD\b|\"aud\"|\bAudience\w*Validator\b|"
                              r"\.getAudience\(\)")


def _spring_decoder(rel: str, text: str, test: bool) -> list[JwtDecode]:
    if "Jwt" not in text:
        return []
    validator = _SPRING_SET_VALIDATOR.search(text)
    decoder = _SPRING_DECODER.search(text)
    if validator is None and decoder is None:
        return []
    where = validator or decoder
    assert where is not None
    audience = _SPRING_AUDIENCE.search(text) is not None
    if validator is not None:  # the validator given replaces Spring's defaults
        issuer = _SPRING_ISSUER.search(text) is not None
    else:
        issuer = "IssuerLocation(" in where.group(0) or _SPRING_ISSUER.search(text) is not None
    return [JwtDecode("Spring Security JwtDecoder", rel, line_at(text, where.start()), False, False, True,
                      audience, issuer, test)]


# --- C# -------------------------------------------------------------------------------------------------
# ASP.NET Core's JwtBearer handler validates signature, audience, issuer and lifetime unless
# TokenValidationParameters switch them off; the algorithm follows the signing key's type (none is refused
# while RequireSignedTokens holds), so "algorithms pinned" is the library's default there.
_CS_BEARER = re.compile(r"\.AddJwtBearer\s*\(")
_CS_PARAMETERS = re.compile(r"\bnew\s+TokenValidationParameters\s*(?:\(\s*\))?\s*\{")


def _cs_off(body: str, switch: str) -> bool:
    return re.search(rf"\b{switch}\s*=\s*false\b", body) is not None


def _cs_decode(library: str, rel: str, line: int, body: str, test: bool) -> JwtDecode:
    unsigned = _cs_off(body, "RequireSignedTokens")
    # `SignatureValidator = (token, _) => new JwtSecurityToken(token)`: the token is accepted unverified
    skipped = re.search(r"\bSignatureValidator\s*=[^;]*\bnew\s+(?:JwtSecurityToken|JsonWebToken)\s*\(", body)
    return JwtDecode(library, rel, line, unsigned or skipped is not None, unsigned, True,
                     not _cs_off(body, "ValidateAudience"), not _cs_off(body, "ValidateIssuer"), test)


def _csharp(rel: str, text: str, test: bool) -> list[JwtDecode]:
    out = []
    covered: list[tuple[int, int]] = []
    for m in _CS_BEARER.finditer(text):
        _, end = call_span(text, m.end() - 1)
        covered.append((m.start(), end))
        out.append(_cs_decode("ASP.NET JwtBearer", rel, line_at(text, m.start()), text[m.start():end], test))
    for m in _CS_PARAMETERS.finditer(text):  # parameters given to a handler's ValidateToken by hand
        if any(start <= m.start() < end for start, end in covered):
            continue
        _, end = call_span(text, m.end() - 1)
        out.append(_cs_decode("TokenValidationParameters", rel, line_at(text, m.start()), text[m.start():end], test))
    return out


_READERS = (((".go",), _go), ((".java", ".kt"), _java), ((".cs",), _csharp))


def token_verifications(ctx: Context) -> list[JwtDecode]:
    """Token verification calls in the Go, Java and C# code (tests marked `test`); JavaScript's are among the code
    facts (codefacts.js_token_calls)."""
    out: list[JwtDecode] = []
    resource_servers: list[tuple[str, int]] = []
    for suffixes, reader in _READERS:
        for rel in ctx.files.with_suffix(*suffixes):
            if rel.endswith((".d.ts", ".min.js")):
                continue
            text = ctx.files.read_text(rel)
            if not text or "\x00" in text or not _MARKERS.search(text):
                continue
            if reader is _go and "ParseUnverified" in text:
                out.extend(_go(rel, text, is_test_path(rel), rego_policies(ctx, rel.rpartition("/")[0])))
                continue
            out.extend(reader(rel, text, is_test_path(rel)))
            if reader is _java and (m := _SPRING_RESOURCE_SERVER_JWT.search(text)) and not is_test_path(rel):
                resource_servers.append((rel, line_at(text, m.start())))
    # one judgement per module, from its first resource server (a module's every file asking again walked the
    # configuration files once per file)
    judged = {_module_of(d.file) for d in out if d.library == "Spring Security JwtDecoder"}
    configs: dict[str, list[str]] = {}  # module -> its application*.yml/.properties, listed once
    if resource_servers:
        for config in ctx.files.with_suffix(".yml", ".yaml", ".properties"):
            head, sep, _ = config.rpartition("src/main/resources/")
            if sep and posixpath.basename(config).startswith("application") and (not head or head.endswith("/")):
                configs.setdefault(head.rstrip("/") or ".", []).append(config)
    for rel, line in resource_servers:
        if (module := _module_of(rel)) not in judged:
            judged.add(module)
            if found := _spring_boot_decoder(ctx, configs.get(module, []), rel, line):
                out.append(found)
    return out


# client-go's TokenReview: the bearer token is sent to the Kubernetes API server, which checks its signature, expiry
# and audiences, and answers whether it authenticated
_TOKEN_REVIEW = re.compile(r"\.TokenReviews\(\)\.Create\(")
_REVIEW_READ = re.compile(r"\.Status\.Authenticated\b")


def token_reviews(ctx: Context) -> list[tuple[str, int]]:
    """(file, line) of production Go code that has the Kubernetes API server validate bearer tokens (TokenReview) and
    reads its answer (`tr.Status.Authenticated`): tekton-results' RBAC authorizer. A review whose answer is never
    read validates nothing."""
    out = []
    for rel in ctx.files.with_suffix(".go"):
        if is_test_path(rel):
            continue
        text = ctx.files.read_text(rel)
        if not text or "TokenReviews()" not in text:
            continue
        m = _TOKEN_REVIEW.search(text)
        if m and _REVIEW_READ.search(text):
            out.append((rel, line_at(text, m.start())))
    return out


# `oauth2ResourceServer(o -> o.jwt(...))` (or Kotlin's `oauth2ResourceServer { jwt { } }`) with no JwtDecoder of the
# service's own: Spring Boot builds one from `spring.security.oauth2.resourceserver.jwt.*`. `issuer-uri` gives a
# decoder that validates the issuer; `jwk-set-uri` alone validates only the timestamps; `audiences` (Boot 3.2) adds
# the audience. Judged only when an application configuration file sets those properties: from the environment of a
# deployment they cannot be read here.
_SPRING_RESOURCE_SERVER_JWT = re.compile(r"\boauth2ResourceServer\b[^;]{0,300}?\bjwt\b")
_BOOT_RESOURCE_SERVER = re.compile(r"resourceserver")


def _resource_server_settings(rel: str, text: str) -> dict[str, object]:
    """The keys under spring.security.oauth2.resourceserver.jwt of one application.yml/.properties (relaxed binding:
    `issuer-uri`, `issuerUri` and `issuer_uri` are one key)."""
    from deploycheck.sources.yaml import YamlError, load_all

    def key(name: str) -> str:
        return re.sub(r"(?<=[a-z])(?=[A-Z])", "-", name).replace("_", "-").lower()

    found: dict[str, object] = {}
    if rel.endswith(".properties"):
        for m in re.finditer(r"^[ \t]*spring\.security\.oauth2\.resourceserver\.jwt\.([\w.-]+)[ \t]*[=:]", text, re.M):
            found[key(m.group(1))] = True
        return found
    try:
        docs = load_all(text)
    except YamlError:
        return found
    prefix = "spring.security.oauth2.resourceserver.jwt."
    stack: list[tuple[str, object]] = [("", doc) for doc in docs.docs]
    while stack:  # dotted and nested keys alike (`spring.security: {oauth2.resourceserver.jwt.issuer-uri: ...}`)
        path, node = stack.pop()
        if isinstance(node, dict) and len(path) < 200:
            stack.extend((f"{path}{k}.", v) for k, v in node.items())
        elif path.startswith(prefix):
            found[key(path[len(prefix):].rstrip(".").split(".")[0])] = node
    return found


def _module_of(rel: str) -> str:
    module = jvm_module(rel)
    return "." if module == "" else module if module is not None else posixpath.dirname(rel)


def _spring_boot_decoder(ctx: Context, configs: list[str], rel: str, line: int) -> JwtDecode | None:
    """The decoder Spring Boot builds for the module of `rel` from its application configuration files."""
    settings: dict[str, object] = {}
    for config in configs:
        text = ctx.files.read_text(config)
        if text and _BOOT_RESOURCE_SERVER.search(text):
            settings.update(_resource_server_settings(config, text))
    if not settings:
        return None
    issuer = "issuer-uri" in settings
    audience = "audiences" in settings
    return JwtDecode("Spring Boot resource server (spring.security.oauth2.resourceserver.jwt)", rel, line, False,
                     False, True, audience, issuer, False)
