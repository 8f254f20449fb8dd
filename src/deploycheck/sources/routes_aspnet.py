"""ASP.NET Core routes (C#): attribute-routed and conventionally routed MVC controllers, minimal APIs, and the
authorization each one carries.

Controllers: a class named `*Controller` deriving from a controller (or marked `[ApiController]`/`[Controller]`)
serves its public instance methods. `[Route("api/[controller]")]` on the class (also inherited from a base
controller) prefixes the methods' `[HttpGet("{id}")]`/`[Route(...)]` templates; a template starting with `/` or `~/`
stands alone; `[controller]`, `[action]` and `[area]` are replaced (an action's name drops its `Async` suffix, as
ASP.NET Core does by default; `[ActionName("x")]` renames it). A controller without any route attribute is reached
by the conventional route `{controller}/{action}`. `[Authorize(...)]` (or an attribute class deriving from
AuthorizeAttribute) on the method, the class or a base class guards; `[AllowAnonymous]` anywhere on the way opens
the action whatever else says so (ASP.NET Core ignores `[Authorize]` and global policies then).

Minimal APIs: `app.MapGet("/items", ...)`/`MapPost`/`MapPut`/`MapDelete`/`MapPatch`/`MapMethods`, on the app or on a
`MapGroup("/prefix")` variable of the same file; `.RequireAuthorization()` on the call or its group guards,
`.AllowAnonymous()` opens, `[Authorize]` on the inline handler guards.

Global layers over a project (the folder of its `.csproj`): `MapControllers()/MapDefaultControllerRoute()/
MapControllerRoute(...)` followed by `.RequireAuthorization()` (controllers), an `AuthorizeFilter` added to the MVC
filters (controllers), an authorization `FallbackPolicy` (every endpoint without its own authorization data).
A named policy (`AddPolicy(...)`) or `DefaultPolicy` alone guards nothing.

A route whose path is not a string literal (a constant, an interpolated string) is listed as unresolved, never
judged. Hand-written regular expressions over the text with comments blanked and string contents masked for the
structure: no maintained C# parser is a dependency of deploycheck (tree-sitter-c-sharp would add two compiled
packages for one reader), and the other languages' route readers work the same way. Never runs the scanned code.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from deploycheck.line_numbers import line_at

_VERBS = {"HttpGet": "GET", "HttpPost": "POST", "HttpPut": "PUT", "HttpDelete": "DELETE", "HttpPatch": "PATCH",
          "HttpHead": "HEAD", "HttpOptions": "OPTIONS"}
# `modifiers class Name<T> : Bases {`; a class is only the match with group 4 `{`. Each part is read once: a run of
# modifiers without a class is matched (no group 4) and not read again from its next word; the base list is read
# to the text's end when no `{` follows (no class can come after then: group 4 empty); type parameters end before
# a next `class` (never inside `<...>`). Before, each of those re-read the rest (3.0 s for 32,000 characters).
_CLASS = re.compile(r"\b(?:((?:(?:public|internal|private|protected|abstract|sealed|static|partial)\s++)*+)class\s+"
                    r"(\w++)\s*+(?:<(?:(?!\bclass\b)[^>{])*+>\s*+)?(?::\s*+([^{]*+))?(\{|\Z)"
                    r"|(?:(?:public|internal|private|protected|abstract|sealed|static|partial)\s++)++)")
# A member header up to its first `(`: modifiers (group 1), then the name (group 2) before `<...>` and `(`. The
# modifiers are read possessively, but a modifier word right before the `(` is the name, as backtracking found it;
# blanks and words are read once: modifiers that could end anywhere before a lazy run of the same characters were
# cubic (over 20 s for 32,000 characters).
_METHOD = re.compile(r"^((?:(?:public|private|protected|internal|static|virtual|override|async|new|sealed|"
                     r"abstract|extern|unsafe)\s++(?!(?:<[^<>()]*+>\s*+)?\())*+)"
                     r"[\w<>\[\],.?\s()]*?\b(\w++)\s*+(?:<[^<>()]*+>\s*+)?\($", re.S)
_LITERAL = re.compile(r'^\s*(?:template\s*:\s*|pattern\s*:\s*)?(@?)"((?:[^"\\]|\\.)*)"\s*(?:,|$)')
_MINIMAL = re.compile(r"\b([A-Za-z_]\w*)\s*\.\s*Map(Get|Post|Put|Delete|Patch|Methods)\s*\(")
_GROUP = re.compile(r"\b(?:var|RouteGroupBuilder)\s+([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*\.\s*MapGroup\s*\(")
_CONTROLLER_MAP = re.compile(r"\.\s*(MapControllers|MapDefaultControllerRoute|MapControllerRoute|"
                             r"MapAreaControllerRoute)\s*\(")
_AUTHORIZE_FILTER = re.compile(r"\bFilters\s*\.\s*Add\s*(?:<\s*AuthorizeFilter\s*>\s*\(|\(\s*(?:new\s+AuthorizeFilter\b"
                               r"|typeof\s*\(\s*AuthorizeFilter\s*\)))")
_FALLBACK = re.compile(r"\bFallbackPolicy\s*=\s*(?!\s*null\b)")
_TEST_DIR = re.compile(r"(?:^|[._-])(?:Unit|Functional|Integration|E2E)?Tests?$", re.I)


@dataclass
class CsRoute:
    """One route of the C# code, before the caller turns it into a routes.Route."""

    method: str
    path: str
    file: str
    line: int
    framework: str  # "aspnet" (controllers) | "aspnet-minimal"
    handler: str | None
    auth_hints: list[str] = field(default_factory=list)
    declared_public: str = ""  # [AllowAnonymous] / .AllowAnonymous(): an opt-out of every layer
    static: str = ""  # the action returns a fixed page or redirect only
    page: str = ""  # a web UI's page or form target (an MVC controller answering with views and redirects)
    discloses: str = ""  # the handler answers with a configured secret ("returns _dbOptions.DBPassword")


@dataclass
class CsLayer:
    file: str
    line: int
    detail: str
    scope: str  # the project folder
    controllers_only: bool


@dataclass
class CsUnresolved:
    file: str
    line: int
    expression: str
    methods: list[str]


@dataclass
class _Class:
    file: str
    name: str
    base: str
    abstract: bool
    attributes: list[tuple[str, str]]  # (name, argument text)
    body_start: int  # offset of the `{`
    body_end: int
    code: str  # the file's text with comments blanked
    mask: str  # ... and string contents masked too


@dataclass
class CsResult:
    routes: list[CsRoute] = field(default_factory=list)
    layers: list[CsLayer] = field(default_factory=list)
    unresolved: list[CsUnresolved] = field(default_factory=list)
    # project folder -> where Swashbuckle generates and serves its OpenAPI description (AddSwaggerGen + UseSwagger)
    generated_specs: dict[str, str] = field(default_factory=dict)


def is_test_file(rel: str) -> bool:
    """A file of a .NET test project (`Ordering.FunctionalTests/`, `Basket.UnitTests/`, `tests/`)."""
    return any(_TEST_DIR.search(part) for part in rel.split("/")[:-1])


def blank(text: str) -> tuple[str, str]:
    """(code, mask): comments replaced by spaces in both; string and char literal contents also in the mask.
    Offsets and line breaks are kept, so a position in one is the same place in the other and in `text`."""
    code = list(text)
    mask = list(text)
    i, n = 0, len(text)

    def wipe(start: int, end: int, both: bool) -> None:
        for k in range(start, min(end, n)):
            if text[k] != "\n":
                mask[k] = " "
                if both:
                    code[k] = " "

    while i < n:
        ch = text[i]
        if ch == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end == -1 else end
            wipe(i, end, True)
            i = end
        elif ch == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end == -1 else end + 2
            wipe(i, end, True)
            i = end
        elif text.startswith('"""', i):  # raw string literal (C# 11)
            end = text.find('"""', i + 3)
            end = n if end == -1 else end
            wipe(i + 3, end, False)
            i = end + 3
        elif ch == '"':
            verbatim = (i > 0 and text[i - 1] == "@") or text[max(0, i - 2): i] in ("$@", "@$")
            j = i + 1
            while j < n:
                if text[j] == "\\" and not verbatim:
                    j += 2
                    continue
                if text[j] == '"':
                    if verbatim and text.startswith('""', j):
                        j += 2
                        continue
                    break
                if text[j] == "\n" and not verbatim:
                    break
                j += 1
            wipe(i + 1, j, False)
            i = j + 1
        elif ch == "'":
            j = i + 1
            while j < n and j < i + 12 and text[j] not in "'\n":
                j += 2 if text[j] == "\\" else 1
            if j < n and text[j] == "'":
                wipe(i + 1, j, False)
                i = j + 1
            else:
                i += 1
        else:
            i += 1
    return "".join(code), "".join(mask)


def _matching(mask: str, start: int, open_ch: str, close_ch: str) -> int:
    """The offset of the bracket closing the one at `start` (counted in the mask: strings cannot confuse it), or -1."""
    depth = 0
    for i in range(start, len(mask)):
        if mask[i] == open_ch:
            depth += 1
        elif mask[i] == close_ch:
            depth -= 1
            if depth == 0:
                return i
    return -1


def _attributes_before(code: str, mask: str, pos: int) -> list[tuple[str, str]]:
    """The attributes written in `[...]` sections right before `pos` (modifiers excluded by the caller)."""
    sections: list[tuple[int, int]] = []
    i = pos - 1
    while i >= 0:
        while i >= 0 and mask[i].isspace():
            i -= 1
        if i < 0 or mask[i] != "]":
            break
        depth = 0
        j = i
        while j >= 0:
            if mask[j] == "]":
                depth += 1
            elif mask[j] == "[":
                depth -= 1
                if depth == 0:
                    break
            j -= 1
        if j < 0:
            break
        sections.append((j, i))
        i = j - 1
    out: list[tuple[str, str]] = []
    for start, end in reversed(sections):
        out.extend(_parse_section(code[start + 1: end], mask[start + 1: end]))
    return out


def _parse_section(code: str, mask: str) -> list[tuple[str, str]]:
    """`ApiController, Route("api/[controller]")` -> [("ApiController", ""), ("Route", '"api/[controller]"')]."""
    if re.match(r"\s*(?:return|assembly|module|param|field|property|type|method)\s*:", mask):
        return []
    pieces: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(mask):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            pieces.append((start, i))
            start = i + 1
    pieces.append((start, len(mask)))
    out = []
    for a, b in pieces:
        m = re.match(r"\s*(?:global::)?(?:[\w]+\.)*(\w+?)(?:Attribute)?\s*(?:\(|$)", mask[a:b])
        if m is None:
            continue
        args = ""
        paren = mask.find("(", a, b)
        if paren != -1:
            close = _matching(mask, paren, "(", ")")
            args = code[paren + 1: close if close != -1 else b]
        out.append((m.group(1), args))
    return out



def _literal(args: str) -> str | None:
    """The first argument when it is a plain string literal; '' without arguments; None when it is anything else."""
    if not args.strip() or re.match(r"\s*\w+\s*=", args):  # `Name = "x"` only: no template
        return ""
    m = _LITERAL.match(args)
    if m is None:
        return None
    return m.group(2).replace('""', '"') if m.group(1) else m.group(2)


def _classes(rel: str, text: str) -> list[_Class]:
    code, mask = blank(text)
    out = []
    for m in _CLASS.finditer(mask):
        if not m.group(4):
            continue
        brace = m.end() - 1
        end = _matching(mask, brace, "{", "}")
        base = (m.group(3) or "").split(",")[0].strip()
        base = re.sub(r"<.*", "", base).rsplit(".", 1)[-1].strip()
        out.append(_Class(rel, m.group(2), base, "abstract" in m.group(1), _attributes_before(code, mask, m.start()),
                          brace, end if end != -1 else len(mask), code, mask))
    return out


def _members(cls: _Class) -> list[tuple[int, int, int]]:
    """(start, end, body end) of each member at the class body's top level: its header is the text before its body
    `{`, its `=>` or its `;`."""
    mask = cls.mask
    out = []
    i = cls.body_start + 1
    start = i
    while i < cls.body_end:
        ch = mask[i]
        if ch == "{":
            close = _matching(mask, i, "{", "}")
            out.append((start, i, close + 1 if close != -1 else cls.body_end))
            i = close + 1 if close != -1 else cls.body_end
            start = i
            continue
        if ch == ";" or (ch == "=" and mask.startswith("=>", i)):
            header_end = i
            if ch == "=":  # expression body: up to its `;`
                depth = 0
                while i < cls.body_end and not (mask[i] == ";" and depth == 0):
                    depth += {"(": 1, ")": -1, "{": 1, "}": -1}.get(mask[i], 0)
                    i += 1
            out.append((start, header_end, i + 1))
            i += 1
            start = i
            continue
        i += 1
    return out


# An action whose only statement returns a view without a model or redirects to a fixed address (eShop's
# `return new RedirectResult("~/swagger")`, a Razor page's `return View();`): a fixed page, nothing to protect.
_FIXED_ANSWER = re.compile(r'^(?:\{\s*return\s+|=>\s*)(?:View\(\s*(?:"[^"]*")?\s*\)|new\s+RedirectResult\(\s*"[^"]*"'
                           r'\s*\)|Redirect\(\s*"[^"]*"\s*\)|LocalRedirect\(\s*"[^"]*"\s*\))\s*;\s*\}?$')


def _class_chain(cls: _Class, by_name: dict[str, list[_Class]]) -> list[_Class]:
    """The class and its base classes found in the scanned code (a name two classes share: neither is followed)."""
    chain = [cls]
    seen = {cls.name}
    while chain[-1].base and chain[-1].base not in seen:
        found = by_name.get(chain[-1].base, [])
        if len(found) != 1:
            break
        seen.add(found[0].name)
        chain.append(found[0])
    return chain


def _is_controller(chain: list[_Class]) -> bool:
    cls = chain[0]
    names = {a for c in chain for a, _ in c.attributes}
    if "NonController" in names or cls.abstract:
        return False
    derives = any(re.search(r"Controller(?:Base)?$", c.base) for c in chain)
    return derives or "ApiController" in names or "Controller" in names


def _guard_names(classes: list[_Class]) -> set[str]:
    """Attribute names that authorize: AuthorizeAttribute and the project's attribute classes deriving from it
    (`class ApiKeyAuthorizeAttribute : AuthorizeAttribute`), also through each other."""
    guards = {"Authorize"}
    grew = True
    while grew:
        grew = False
        for c in classes:
            short = c.name.removesuffix("Attribute")
            base = c.base.removesuffix("Attribute")
            if base in guards and short not in guards:
                guards.add(short)
                grew = True
    return guards


def _join(*parts: str) -> str:
    joined = "/".join(p.strip("/") for p in parts if p and p.strip("/"))
    return "/" + joined if joined else "/"


def _templates(attributes: list[tuple[str, str]]) -> tuple[list[tuple[str, str | None]], list[str | None]]:
    """(verb, template) pairs of Http* attributes ('' without a template, None when not a literal) and the templates
    of Route attributes."""
    verbs: list[tuple[str, str | None]] = []
    routes: list[str | None] = []
    for name, args in attributes:
        if name in _VERBS:
            verbs.append((_VERBS[name], _literal(args)))
        elif name == "AcceptVerbs":
            verbs.extend((v.upper(), "") for v in re.findall(r'"(\w+)"', args))
        elif name == "Route":
            routes.append(_literal(args))
    return verbs, routes


def _substitute(template: str, controller: str, action: str, area: str) -> str:
    out = template.replace("[controller]", controller).replace("[action]", action)
    return out.replace("[area]", area) if area else out


_VIEW_RESULT = re.compile(r"\b(?:View|PartialView|RedirectToAction|LocalRedirect|Redirect)\s*\(")
_API_RESULT = re.compile(r"\breturn\s+(?:Ok|Json|Content|File|Created\w*|NoContent|Accepted\w*)\s*\(")


def _controller_routes(cls: _Class, chain: list[_Class], guards: set[str], result: CsResult) -> None:
    controller = re.sub(r"Controller$", "", cls.name) or cls.name
    class_attrs = [a for c in chain for a in c.attributes]
    prefixes = [_literal(args) for name, args in class_attrs if name == "Route"]
    area = next((_literal(args) or "" for name, args in class_attrs if name == "Area"), "")
    class_guard = next((f"[{n}{'(' + a.strip() + ')' if a.strip() else ''}] on {c.name}"
                        for c in chain for n, a in c.attributes if n in guards), "")
    class_open = next((f"[AllowAnonymous] on {c.name}" for c in chain for n, _ in c.attributes
                       if n == "AllowAnonymous"), "")
    # an MVC controller answering with views and redirects (pitstop's WebApp, IdentityServer's Quickstart UI): its
    # actions are a web UI's pages and form targets, not API operations
    body = cls.code[cls.body_start:cls.body_end]
    ui = (any(c.base == "Controller" for c in chain) and "ApiController" not in {n for n, _ in class_attrs}
          and bool(_VIEW_RESULT.search(body)) and not _API_RESULT.search(body))
    for start, end, body_end in _members(cls):
        header_mask = cls.mask[start:end]
        attrs_end = start
        while True:  # the member's own attribute sections
            k = attrs_end
            while k < end and cls.mask[k].isspace():
                k += 1
            if k < end and cls.mask[k] == "[":
                close = _matching(cls.mask, k, "[", "]")
                if close == -1 or close >= end:
                    break
                attrs_end = close + 1
                continue
            break
        signature = cls.mask[attrs_end:end]
        paren = signature.find("(")
        if paren == -1 or "=" in signature[:paren] or re.search(r"\b(?:class|struct|interface|record|enum|"
                                                                  r"delegate|event|operator)\b", signature[:paren]):
            continue
        m = _METHOD.match(signature[: paren + 1].strip())
        if m is None or "public" not in m.group(1).split() or "static" in m.group(1).split():
            continue
        name = m.group(2)
        if name == cls.name or not header_mask.strip():
            continue
        attrs = _attributes_before(cls.code, cls.mask, attrs_end)
        names = {a for a, _ in attrs}
        if "NonAction" in names:
            continue
        action = next((_literal(a) or name for n, a in attrs if n == "ActionName"), re.sub(r"Async$", "", name))
        line = line_at(cls.code, attrs_end + (len(signature) - len(signature.lstrip())))
        own_guard = next((f"[{n}{'(' + a.strip() + ')' if a.strip() else ''}]" for n, a in attrs if n in guards), "")
        opened = "[AllowAnonymous]" if "AllowAnonymous" in names else class_open
        fixed = _FIXED_ANSWER.match(cls.code[end:body_end].strip())
        verbs, routes = _templates(attrs)
        pairs: list[tuple[str, str | None]] = [(v, t) for v, t in verbs if t != ""]
        bare = [v for v, t in verbs if t == ""] or ([] if pairs else ["ANY"])
        pairs += [(v, t) for t in routes for v in bare]
        attribute_routed = bool(pairs) or bool(prefixes)
        if not pairs:
            pairs = [(v, "") for v in bare]
        for verb, template in pairs:
            if template is None or any(p is None for p in prefixes):
                result.unresolved.append(CsUnresolved(cls.file, line, f"{verb} {cls.name}.{name}: a route template "
                                                      "that is not a string literal", [verb]))
                continue
            if template.startswith(("/", "~/")):
                paths = [template.lstrip("~")]
            elif attribute_routed:
                paths = [_join(p or "", template) for p in (prefixes or [""])]
            else:  # conventional routing: {controller}/{action}
                paths = [_join(area, "[controller]", "[action]", template)]
            for path in paths:
                result.routes.append(CsRoute(
                    method=verb, path=_join(_substitute(path, controller, action, area)), file=cls.file, line=line,
                    framework="aspnet", handler=f"{cls.name}.{name}",
                    auth_hints=[] if opened else [h for h in (own_guard or class_guard,) if h],
                    declared_public=opened, page="an MVC controller's view or redirect" if ui else "",
                    static=f"returns {' '.join(fixed.group(0).split())[:60]}" if fixed else ""))


def _chain_after(mask: str, pos: int) -> tuple[list[str], int]:
    """The names of the calls chained after `pos` (`.RequireAuthorization().WithName("x")`) and where they end."""
    names: list[str] = []
    while True:
        m = re.compile(r"\s*\.\s*(\w+)\s*(?:<[^<>()]*>)?\s*\(").match(mask, pos)
        if m is None:
            return names, pos
        close = _matching(mask, m.end() - 1, "(", ")")
        if close == -1:
            return names, pos
        names.append(m.group(1))
        pos = close + 1


# An inline handler that reads nothing of the request and answers with a file of the content root named by literals
# only (eShop's `/_proto/`: `Path.Combine(env.ContentRootPath, "Proto", "catalog.proto")`): a fixed document.
# Its one caller applies it only to arguments without `Request`. No two optional runs of blanks meet (the first
# version's `\(?\s*\w*\s*\)?\s*=>` took over 20 s on a line of blanks: tests/test_hostile_regex.py).
_FIXED_FILE = re.compile(r'^\s*@?"[^"]*"\s*,\s*(?:async\b\s*)?(?:\(\s*(?:\w+\s*)?\)\s*|\w+\s*)?=>\s*\{.*?'
                         r'Path\.Combine\(\s*\w+\.(?:ContentRootPath|WebRootPath)\s*((?:,\s*"[^"]{0,200}"\s*){1,20})\)',
                         re.S)


def _minimal_routes(rel: str, text: str, result: CsResult) -> None:
    code, mask = blank(text)
    groups: dict[str, tuple[str | None, list[str], str]] = {}  # variable -> (prefix, hints, opened)
    for g in _GROUP.finditer(mask):
        open_paren = g.end() - 1
        close = _matching(mask, open_paren, "(", ")")
        if close == -1:
            continue
        prefix = _literal(code[open_paren + 1: close])
        chained, _ = _chain_after(mask, close + 1)
        parent = groups.get(g.group(2))
        if parent is not None:
            prefix = None if parent[0] is None or prefix is None else _join(parent[0], prefix)
        hints = (list(parent[1]) if parent else []) + [f".RequireAuthorization() on group {g.group(1)}"
                                                        for c in chained if c == "RequireAuthorization"][:1]
        opened = ".AllowAnonymous()" if "AllowAnonymous" in chained else (parent[2] if parent else "")
        groups[g.group(1)] = (prefix, hints, opened)
    for m in _MINIMAL.finditer(mask):
        open_paren = m.end() - 1
        close = _matching(mask, open_paren, "(", ")")
        if close == -1:
            continue
        args = code[open_paren + 1: close]
        line = line_at(code, m.start())
        methods = [m.group(2).upper()]
        if m.group(2) == "Methods":
            lit = re.match(r'\s*(@?"(?:[^"\\]|\\.)*")\s*,\s*(?:new\s*(?:\[\]|\w+\[\]|List<string>)?\s*)?[\[{(]'
                           r'([^\]})]*)', args)
            methods = [v.upper() for v in re.findall(r'"(\w+)"', lit.group(2))] if lit else ["ANY"]
            args = lit.group(1) + "," if lit else ""
        path = _literal(args) if args.strip() else None
        group = groups.get(m.group(1))
        if group is not None:
            path = None if group[0] is None or path is None else _join(group[0], path)
        chained, _ = _chain_after(mask, close + 1)
        if path is None:
            result.unresolved.extend(CsUnresolved(rel, line, f"{v} Map{m.group(2)}({args.strip()[:60]}) on "
                                                  f"{m.group(1)}: a path that is not a string literal", [v])
                                     for v in methods)
            continue
        hints = list(group[1]) if group else []
        if "RequireAuthorization" in chained:
            hints.append(".RequireAuthorization()")
        handler_attrs = re.findall(r"\[\s*(?:[\w.]+\.)?(Authorize|AllowAnonymous)\b", code[open_paren:close])
        if "Authorize" in handler_attrs:
            hints.append("[Authorize] on the handler")
        opened = ".AllowAnonymous()" if "AllowAnonymous" in chained else (
            "[AllowAnonymous] on the handler" if "AllowAnonymous" in handler_attrs else (group[2] if group else ""))
        handler = re.search(r",\s*([A-Za-z_][\w.]*)\s*$", args)
        served = _FIXED_FILE.search(args) if "{" not in path and "Request" not in args else None
        fixed = "serves the fixed file " + "/".join(re.findall(r'"([^"]*)"', served.group(1))) if served else ""
        for verb in methods:
            result.routes.append(CsRoute(verb, _join(path), rel, line, "aspnet-minimal",
                                         handler.group(1) if handler else None, [] if opened else hints, opened,
                                         static=fixed))


# A handler that answers with a configured secret (`return "..." + _dbOptions.DBPassword`, `$"{o.Value.ApiKey}"`):
# whoever may call the route reads the credential, so no convention (a landing page "/") makes it public. Read in the
# statements that answer (return, Write*, Ok/Content/Json/Results.*) of the handler, and one call deep.
_SECRET_MEMBER = re.compile(r"\.\s{0,4}(\w{0,40}(?:Password|Passwd|Pwd|Secret|ConnectionString|ApiKey|PrivateKey)"
                            r"\w{0,40})\b(?!\s{0,4}[(=])", re.I)
_ANSWER = re.compile(r"\b(?:return|Write\w{0,20}|Ok|Content|Json|Text|Results\.\w{1,30}|TypedResults\.\w{1,30})\b|=>")
_METHOD_DECL = re.compile(r"\b(\w{1,80})\s{0,4}\([^(){};]{0,400}\)\s{0,4}(?:\{|=>)")
_CALLED = re.compile(r"\b(\w{1,80})\s{0,4}\(")
_NOT_METHODS = frozenset({"if", "while", "for", "foreach", "switch", "catch", "using", "lock", "fixed", "return",
                          "nameof", "typeof", "sizeof", "new", "await", "when", "base", "this"})


def _bodies(files: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Method name -> [(code, mask) of each body] over the C# files: block bodies and expression bodies."""
    out: dict[str, list[tuple[str, str]]] = {}
    for text in files.values():
        code, mask = blank(text)
        for m in _METHOD_DECL.finditer(mask):
            name = m.group(1)
            if name in _NOT_METHODS:
                continue
            # a block body ends at its brace, an expression body (`=> ...`) at its semicolon
            end = _matching(mask, m.end() - 1, "{", "}") if mask[m.end() - 1] == "{" else mask.find(";", m.end())
            if end != -1 and len(out.setdefault(name, [])) < 4:
                out[name].append((code[m.end(): end], mask[m.end(): end]))
    return out


def _answered_secret(code: str, mask: str, bodies: dict[str, list[tuple[str, str]]], depth: int = 1) -> str:
    """The secret member the answering statements of a body (`code`/`mask`, same offsets) carry, else ""."""
    start = 0
    for end in [i for i, ch in enumerate(mask) if ch == ";"] + [len(mask)]:
        statement, shape = code[start:end], mask[start:end]
        start = end + 1
        if not _ANSWER.search(shape):
            continue
        if (member := _SECRET_MEMBER.search(statement)) is not None:
            return member.group(1)
        if depth:
            for call in _CALLED.finditer(shape):
                for body_code, body_mask in bodies.get(call.group(1), []) if call.group(1) not in _NOT_METHODS else []:
                    if found := _answered_secret(body_code, body_mask, bodies, depth - 1):
                        return f"{call.group(1)}() returns {found}"
    return ""


def _disclosures(files: dict[str, str], result: CsResult) -> None:
    """Mark the routes whose handler answers with a configured secret (see _SECRET_MEMBER)."""
    bodies: dict[str, list[tuple[str, str]]] | None = None
    for route in result.routes:
        if route.handler is None and route.framework != "aspnet-minimal":
            continue
        if bodies is None:
            bodies = _bodies(files)
        if route.handler:
            found = next((f for c, m in bodies.get(route.handler.rpartition(".")[2], [])
                          if (f := _answered_secret(c, m, bodies))), "")
        else:  # a lambda: the arguments of the Map call on the route's line hold the body
            code, mask = blank(files.get(route.file, ""))
            at = sum(len(x) + 1 for x in mask.split("\n")[:route.line - 1])
            open_paren = mask.find("(", mask.find(".Map", at))
            close = _matching(mask, open_paren, "(", ")") if open_paren != -1 else -1
            found = _answered_secret(code[open_paren:close], mask[open_paren:close], bodies) if close != -1 else ""
        route.discloses = found


def _layers(rel: str, text: str, scope: str, result: CsResult) -> None:
    code, mask = blank(text)
    for m in _CONTROLLER_MAP.finditer(mask):
        close = _matching(mask, m.end() - 1, "(", ")")
        chained, _ = _chain_after(mask, close + 1) if close != -1 else ([], 0)
        if "RequireAuthorization" in chained:
            result.layers.append(CsLayer(rel, line_at(code, m.start()), f"{m.group(1)}().RequireAuthorization()",
                                         scope, True))
    for m in _AUTHORIZE_FILTER.finditer(mask):
        result.layers.append(CsLayer(rel, line_at(code, m.start()), "AuthorizeFilter in the MVC filters", scope, True))
    for m in _FALLBACK.finditer(mask):
        result.layers.append(CsLayer(rel, line_at(code, m.start()), "authorization FallbackPolicy", scope, False))


# The ASP.NET Core template serves Swagger inside `if (app.Environment.IsDevelopment()) { ... }`: production never
# serves that description, so it does not count as the service's API description (as FastAPI's openapi_url=None).
_DEVELOPMENT_IF = re.compile(r"\bif\s*\((?=[^;{}]{0,400}\bIsDevelopment\s*\(\s*\))(?![^;{}]{0,400}!)")


def _statement_start(code: str, at: int) -> int:
    """Where the statement (or block head) ending at `at` begins; looks back 500 characters at most, as a
    condition longer than that is not one the pattern reads anyway (and hostile text stays linear)."""
    floor = max(0, at - 500)
    return max(code.rfind(";", floor, at), code.rfind("{", floor, at), code.rfind("}", floor, at), floor - 1) + 1


def _development_only(code: str, at: int) -> bool:
    """Whether the statement at `at` runs only under an `if (...IsDevelopment())` (its own head or an enclosing
    block's); `code` has comments and strings blanked, so braces and semicolons are C#'s own."""
    if _DEVELOPMENT_IF.search(code, _statement_start(code, at), at):  # if (env.IsDevelopment()) app.UseSwagger();
        return True
    depth, i = 0, at
    while i > 0:  # outwards through the enclosing blocks, each judged by its head
        i -= 1
        if code[i] == "}":
            depth += 1
        elif code[i] == "{":
            if depth:
                depth -= 1
                continue
            if _DEVELOPMENT_IF.search(code, _statement_start(code, i), i):
                return True
    return False


def generated_spec_for(route_file: str, generated: dict[str, str], projects: set[str]) -> str:
    """Where the project serving `route_file` generates its OpenAPI description ('' when it does not)."""
    return generated.get(project_of(route_file, projects), "")


def project_of(rel: str, projects: set[str]) -> str:
    """The folder of the nearest `.csproj` above `rel` ('' at the root), else the file's own folder."""
    parent = PurePosixPath(rel).parent
    for folder in (parent, *parent.parents):
        if str(folder) in projects:
            return "" if str(folder) == "." else str(folder)
    return "" if str(parent) == "." else str(parent)


# A description generated from the endpoints and served at run time: a generator registered and a serving call in
# the same project. Swashbuckle (AddSwaggerGen + UseSwagger), ASP.NET Core's own Microsoft.AspNetCore.OpenApi since
# .NET 9 (AddOpenApi + MapOpenApi: Exceptionless' /docs/v2/openapi.json) and NSwag (AddOpenApiDocument or
# AddSwaggerDocument + UseOpenApi). A serving call only under `if (...IsDevelopment())` does not count.
_SPEC_PAIRS = (frozenset({"AddSwaggerGen", "UseSwagger"}), frozenset({"AddOpenApi", "MapOpenApi"}),
               frozenset({"AddOpenApiDocument", "UseOpenApi"}), frozenset({"AddSwaggerDocument", "UseOpenApi"}))
_SPEC_SERVES = frozenset({"UseSwagger", "MapOpenApi", "UseOpenApi"})
_SPEC_CALLS = tuple(sorted(frozenset().union(*_SPEC_PAIRS)))


def aspnet_routes(files: dict[str, str], projects: set[str]) -> CsResult:
    """Routes and authorization layers of the C# files (`rel -> text`); `projects` are the folders holding a
    `.csproj`."""
    result = CsResult()
    classes: list[_Class] = []
    for rel, text in files.items():
        if "class" in text and ("Controller" in text or "Attribute" in text):
            classes.extend(_classes(rel, text))
        if ".Map" in text:
            _minimal_routes(rel, text, result)
        if "RequireAuthorization" in text or "AuthorizeFilter" in text or "FallbackPolicy" in text:
            _layers(rel, text, project_of(rel, projects), result)
    generators: dict[str, list[str]] = {}
    for rel, text in files.items():
        for call in _SPEC_CALLS:
            code = blank(text)[1] if call in text else ""
            calls = itertools.islice(re.finditer(rf"\b{call}\s*\(", code), 20)  # each walks back: keep it linear
            m = next((m for m in calls if call not in _SPEC_SERVES or not _development_only(code, m.start())), None)
            if m:
                found = f"{call}() at {rel}:{line_at(text, m.start())}"
                generators.setdefault(project_of(rel, projects), []).append(found)
    result.generated_specs = {p: "; ".join(found) for p, found in generators.items()
                              if any(pair <= {f.split("(")[0] for f in found} for pair in _SPEC_PAIRS)}
    by_name: dict[str, list[_Class]] = {}
    for c in classes:
        by_name.setdefault(c.name, []).append(c)
    guards = _guard_names(classes)
    for c in classes:
        chain = _class_chain(c, by_name)
        named = c.name.endswith("Controller") or any(n in ("ApiController", "Controller") for n, _ in c.attributes)
        if named and _is_controller(chain):
            _controller_routes(c, chain, guards, result)
    if result.routes and any(_SECRET_MEMBER.search(t) for t in files.values()):
        _disclosures(files, result)
    return result
