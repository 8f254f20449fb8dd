"""API Platform resources (PHP): the HTTP operations an `#[ApiResource]` attribute exposes, with their `security`.

Semantics from API Platform's documentation (core/operations, core/security, 3.x and 4.x):

- `#[ApiResource]` on a class without `operations:` registers the default operations: GET and POST on the
  collection, GET, PATCH and DELETE on the item (3.0 also registered PUT; later versions register it only when
  listed, so it is not assumed here: every other default write is judged all the same).
- `operations: [new Get(...), new GetCollection(...), new Post(...), new Put(...), new Patch(...), new Delete(...),
  new HttpOperation(method: ...)]` registers exactly those; `NotExposed` and GraphQL operations are no HTTP route.
- The path is the operation's `uriTemplate`, else the resource's `uriTemplate`, else `/<plural of the class's short
  name>` (item operations add `/{id}`); a `routePrefix` prefixes it; `{._format}` is an optional suffix, dropped.
- `security:` (and `securityPostDenormalize:`) on the resource applies to every operation without its own; an
  operation's own expression replaces it. An expression granting `PUBLIC_ACCESS` or `IS_AUTHENTICATED_ANONYMOUSLY`,
  or the literal `true`, lets anyone in: a declared opt-out, never a guard. Any other expression (`is_granted(...)`,
  `object.owner == user`) refuses an anonymous caller (its `user` is null).

Symfony's `access_control` rules in security.yaml are not read (a regular expression per rule): a project guarding
its API there gets false alarms here, never a false pass. A security value that is not a string literal (a
constant) makes the operation unresolved (not judged). Hand-written, linear scanning of the attribute text with
comments and strings skipped: no PHP parser is a dependency. Never runs the scanned code.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from deploycheck.line_numbers import line_at

_IMPORT = re.compile(r"^[ \t]*use[ \t]+\\?ApiPlatform\\Metadata\\(?:ApiResource|\{[^}\n]{0,400}\bApiResource\b)",
                     re.M)
# `#[ApiResource` or `#[\ApiPlatform\Metadata\ApiResource` (an attribute group's first attribute)
_ATTRIBUTE = re.compile(r"#\[[ \t\r\n]*(?:\\?ApiPlatform\\Metadata\\)?ApiResource\b")
_CLASS = re.compile(r"\b(?:class|enum)[ \t\r\n]+([A-Za-z_]\w{0,100})")
_NAMED = re.compile(r"[ \t\r\n]*([A-Za-z_]\w{0,60})[ \t\r\n]*:(?!:)")
_NEW = re.compile(r"new[ \t\r\n]+\\?(?:[A-Za-z_]\w*\\){0,6}([A-Za-z_]\w{0,60})[ \t\r\n]*")
_STRING = re.compile(r"""^[ \t\r\n]*(?:'((?:[^'\\]|\\.){0,2000})'|"((?:[^"\\$]|\\.){0,2000})")[ \t\r\n]*$""", re.S)
_PUBLIC = re.compile(r"PUBLIC_ACCESS|IS_AUTHENTICATED_ANONYMOUSLY|^[ \t]*(?:true|1)[ \t]*$", re.I)
_FORMAT = re.compile(r"\{\._format\}")
_OPERATIONS = {"Get": ("GET", True), "GetCollection": ("GET", False), "Post": ("POST", False),
               "Put": ("PUT", True), "Patch": ("PATCH", True), "Delete": ("DELETE", True)}
_DEFAULTS = (("GET", False), ("POST", False), ("GET", True), ("PATCH", True), ("DELETE", True))
_CLOSERS = {"(": ")", "[": "]", "{": "}"}


@dataclass
class PhpRoute:
    method: str
    path: str
    file: str
    line: int
    handler: str
    resource_line: int
    auth_hints: list[str] = field(default_factory=list)
    declared_public: str = ""


@dataclass
class PhpUnresolved:
    file: str
    line: int
    expression: str
    methods: list[str]


@dataclass
class PhpRoutes:
    routes: list[PhpRoute] = field(default_factory=list)
    unresolved: list[PhpUnresolved] = field(default_factory=list)


def _skip_string(text: str, i: int) -> int:
    """The index after the PHP string starting at text[i] (a quote); the text's end if it never closes."""
    quote, i = text[i], i + 1
    stop = len(text)
    while i < stop:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return i + 1
        i += 1
    return stop


def _blank_comments(text: str) -> str:
    """The text with every comment replaced by spaces (newlines kept, so offsets and lines stay): `/* */`, `//`
    and `#` comments, but not `#[` (an attribute) and nothing inside a string. One pass, linear."""
    out: list[str] = []
    i = begin = 0
    while i < len(text):
        c = text[i]
        if c in "'\"":
            i = _skip_string(text, i)
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = len(text) if end < 0 else end + 2
        elif text.startswith("//", i) or (c == "#" and not text.startswith("#[", i)):
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
        else:
            i += 1
            continue
        out.append(text[begin:i])
        out.append(re.sub(r"[^\n]", " ", text[i:end]))
        i = begin = end
    out.append(text[begin:])
    return "".join(out)


def _pairs(text: str) -> dict[int, int]:
    """Every bracket's closing bracket (strings skipped; comments already blank), found in one pass over the file: a
    hostile file of thousands of unclosed `#[ApiResource(` costs one pass, not one scan to the end per attribute.
    A closer of another kind than the innermost open bracket is ignored; brackets left open have no entry."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in "'\"":
            i = _skip_string(text, i)
            continue
        if c in _CLOSERS:
            stack.append((_CLOSERS[c], i))
        elif c in ")]}" and stack and stack[-1][0] == c:
            pairs[stack.pop()[1]] = i
        i += 1
    return pairs


def _split_top(text: str) -> list[tuple[int, str]]:
    """The comma-separated parts of an argument list at depth 0, each with its offset in text."""
    parts: list[tuple[int, str]] = []
    depth, begin, i = 0, 0, 0
    while i < len(text):
        c = text[i]
        if c in "'\"":
            i = _skip_string(text, i)
            continue
        if c in _CLOSERS:
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append((begin, text[begin:i]))
            begin = i + 1
        i += 1
    if text[begin:].strip():
        parts.append((begin, text[begin:]))
    return parts


def _named_args(args: str) -> dict[str, tuple[int, str]]:
    """`name: value` arguments of a PHP call (positional ones are left out), each with the value's offset."""
    named: dict[str, tuple[int, str]] = {}
    for offset, part in _split_top(args):
        m = _NAMED.match(part)
        if m:
            named[m.group(1)] = (offset + m.end(), part[m.end():])
    return named


def _literal(value: str) -> str | None:
    m = _STRING.match(value)
    if not m:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


def _plural(word: str) -> str:
    """English plural as Doctrine's inflector forms it for ordinary nouns (the default resource path's last word)."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _default_path(class_name: str) -> str:
    # the path segment generator's separator (`_` in 3.x, `-` by default in 4.x) only shows in multi-word names
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", class_name).lower()
    return "/" + _plural(words)


def _path(template: str | None, prefix: str, default: str, item: bool) -> str:
    path = _FORMAT.sub("", template) if template is not None else default + ("/{id}" if item else "")
    if prefix:
        path = "/" + prefix.strip("/") + "/" + path.lstrip("/")
    return "/" + path.lstrip("/")


class _Text:
    """A file's text with its line starts and class declarations indexed once: a hostile file with thousands of
    attributes costs one pass, not one per attribute."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.classes = [(m.start(), m.group(1)) for m in _CLASS.finditer(text)]
        self.pairs = _pairs(text)

    def line(self, pos: int) -> int:
        return line_at(self.text, pos)

    def class_after(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.classes, (pos, ""))
        return self.classes[i][1] if i < len(self.classes) else None


def api_platform_routes(files: dict[str, str]) -> PhpRoutes:
    """Every HTTP operation of the `#[ApiResource]` attributes in the PHP files that import API Platform's."""
    out = PhpRoutes()
    for rel, text in files.items():
        if "ApiResource" not in text or not (_IMPORT.search(text) or "\\ApiPlatform\\Metadata\\ApiResource" in text):
            continue
        code = _Text(_blank_comments(text))
        for m in _ATTRIBUTE.finditer(code.text):
            _resource(rel, code, m.start(), m.end(), out)
    return out


def _resource(rel: str, code: _Text, start: int, end: int, out: PhpRoutes) -> None:
    text = code.text
    rest = text[end:end + 1]
    args, args_at = "", end
    if rest == "(":
        close = code.pairs.get(end, -1)
        if close < 0:  # unclosed: a resource whose operations cannot be read is not judged
            out.unresolved.append(PhpUnresolved(rel, code.line(start), "#[ApiResource(...)] not read to its end", []))
            return
        args, args_at = text[end + 1:close], end + 1
        end = close + 1
    elif rest not in ("]", ",", ")") and not text[end:end + 1].isspace():
        return
    class_name = code.class_after(end)
    if class_name is None:
        return
    line = code.line(start)
    named = _named_args(args)
    template = _literal(named["uriTemplate"][1]) if "uriTemplate" in named else None
    prefix = (_literal(named["routePrefix"][1]) or "") if "routePrefix" in named else ""
    guard = _security(named)
    default = _default_path(class_name)
    if "operations" not in named:
        base = _FORMAT.sub("", template) if template is not None else default
        for method, item in _DEFAULTS:
            _add(out, rel, line, class_name, method, _path(None, prefix, base, item), guard, line)
        return
    ops_at, ops = named["operations"]
    body = ops.strip()
    if not body.startswith("["):
        out.unresolved.append(PhpUnresolved(rel, line, f"{class_name}: operations {body[:60]}", []))
        return
    inner_at = args_at + ops_at + ops.index("[") + 1
    for offset, part in _split_top(body[1:body.rfind("]")] if body.endswith("]") else body[1:]):
        op = _NEW.match(part.lstrip())
        if not op:
            continue
        kind = op.group(1)
        if kind not in _OPERATIONS and kind != "HttpOperation":  # NotExposed, Error, GraphQL: no HTTP route
            continue
        lead = len(part) - len(part.lstrip())
        paren = part.find("(", lead + op.end())
        op_named = _named_args(part[paren + 1:part.rfind(")")]) if paren >= 0 else {}
        op_line = code.line(inner_at + offset + lead)
        if kind == "HttpOperation":
            written_method = _literal(op_named["method"][1]) if "method" in op_named else "GET"
            if not written_method:
                out.unresolved.append(PhpUnresolved(rel, op_line, f"{class_name}: HttpOperation method", []))
                continue
            method, item = written_method.upper(), True
        else:
            method, item = _OPERATIONS[kind]
        op_template = _literal(op_named["uriTemplate"][1]) if "uriTemplate" in op_named else template
        if "uriTemplate" in op_named and op_template is None:
            written = op_named["uriTemplate"][1].strip()[:60]
            out.unresolved.append(PhpUnresolved(rel, op_line, f"{class_name}: uriTemplate {written}", [method]))
            continue
        op_prefix = (_literal(op_named["routePrefix"][1]) or "") if "routePrefix" in op_named else prefix
        # an item operation without its own template inherits the resource's template as written (API Platform
        # does not append /{id} to an explicit uriTemplate)
        path = _path(op_template, op_prefix, default, item)
        own = _security(op_named)
        _add(out, rel, op_line, class_name, method, path, own if own is not None else guard, line)


_Security = tuple[str, str] | None  # (kind, expression): kind "guard" | "public" | "unknown"; None: no security


def _security(named: dict[str, tuple[int, str]]) -> _Security:
    for key in ("security", "securityPostDenormalize"):
        if key not in named:
            continue
        value = named[key][1]
        expression = _literal(value)
        if expression is None:
            if value.strip().lower() == "null":
                continue
            return ("unknown", f"{key}: {value.strip()[:80]}")
        if _PUBLIC.search(expression):
            return ("public", f"{key}: '{expression[:80]}'")
        if expression.strip():
            return ("guard", f"{key}: '{expression[:80]}'")
    return None


def _add(out: PhpRoutes, rel: str, line: int, class_name: str, method: str, path: str, guard: _Security,
         resource: int) -> None:
    if guard is not None and guard[0] == "unknown":
        out.unresolved.append(PhpUnresolved(rel, line, f"{class_name} {method} {path}: {guard[1]}", [method]))
        return
    route = PhpRoute(method, path, rel, line, class_name, resource)
    if guard is not None and guard[0] == "guard":
        route.auth_hints.append(f"#[ApiResource] {guard[1]}")
    elif guard is not None:
        route.declared_public = f"#[ApiResource] {guard[1]}"
    out.routes.append(route)
