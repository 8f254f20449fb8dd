"""ASP.NET Core CORS policies (C#), for endpoint-security/cors.

A policy is the builder chain inside `AddPolicy(...)`, `AddDefaultPolicy(...)` or `UseCors(builder => ...)`:
`AllowAnyOrigin()`, `WithOrigins("*")` and `SetIsOriginAllowed(_ => true)` (a predicate that accepts every origin:
the request's origin is reflected, which is how code gets round ASP.NET Core's refusal to combine AllowAnyOrigin
with credentials) allow any origin; `AllowCredentials()` allows credentials. `WithOrigins(...)` with something else
than string literals names its origins elsewhere (a setting): the check cannot resolve it and says so. A
`UseCors("name")` that only names a policy carries no builder and adds nothing. Comments are blanked first
(a commented-out policy is not configured). Hand-written expressions, as the C# route reader
(sources/routes_aspnet.py); each call is read at most `_MAX_POLICY` characters. Never runs the scanned code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deploycheck.line_numbers import line_at
from deploycheck.sources.routes_aspnet import blank
from deploycheck.sources.routes_verify import call_args, call_span

_MAX_POLICY = 4000  # characters of one AddPolicy(...) call read; a longer one is cut there
_POLICY = re.compile(r"\b(?:AddPolicy|AddDefaultPolicy|UseCors)\s*\(")
_BUILDER = re.compile(r"\.\s*(?:AllowAnyOrigin|WithOrigins|SetIsOriginAllowed|AllowCredentials)\s*\(")
_ANY = re.compile(r"\.\s*AllowAnyOrigin\s*\(\s*\)")
_CREDENTIALS = re.compile(r"\.\s*AllowCredentials\s*\(\s*\)")
# `SetIsOriginAllowed(_ => true)`, `((host) => true)`, `(isOriginAllowed: origin => true)`
_ACCEPT_ALL = re.compile(r"\.\s*SetIsOriginAllowed\s*\(\s*(?:isOriginAllowed\s*:\s*)?(?:\(\s*(?:\w+\s*)?\)|\w+)\s*=>"
                         r"\s*true\s*\)")
_WITH_ORIGINS = re.compile(r"\.\s*WithOrigins\s*\(")
_LITERAL = re.compile(r'@?"[^"\n]*"')  # fullmatch on a stripped argument
_NAME = re.compile(r"@?[A-Za-z_][\w.]{0,80}")


@dataclass(frozen=True)
class AspNetCors:
    line: int
    any_origin: bool
    credentials: bool
    origins_from: str | None = None  # WithOrigins(<not literals>): the first such argument as written


def cors_policies(text: str) -> list[AspNetCors]:
    """The CORS policies one C# file configures."""
    if "Cors" not in text and "Origin" not in text:
        return []
    code = blank(text)[0]
    out: list[AspNetCors] = []
    for m in _POLICY.finditer(code):
        end = call_span(code, m.end() - 1, _MAX_POLICY)[1]
        body = code[m.end(): end]
        if not _BUILDER.search(body):
            continue  # UseCors("name"): the policy is built elsewhere
        any_origin = bool(_ANY.search(body) or _ACCEPT_ALL.search(body))
        origins_from = None
        for w in _WITH_ORIGINS.finditer(body):
            start = m.end() + w.end() - 1
            for arg in (a.strip() for a in call_args(code, start, max(0, end - start))):
                if _LITERAL.fullmatch(arg):
                    any_origin = any_origin or arg.lstrip("@") == '"*"'
                elif origins_from is None:
                    origins_from = arg if _NAME.fullmatch(arg) else "an expression"
        out.append(AspNetCors(line_at(text, m.start()), any_origin, bool(_CREDENTIALS.search(body)),
                              None if any_origin else origins_from))
    return out
