"""Spring Security's request-authorization rules, read from the configuration's text.

`http.authorizeHttpRequests(auth -> auth.requestMatchers("/storefront/**").permitAll().anyRequest().authenticated())`
(and the older `authorizeRequests().antMatchers(...)`, `mvcMatchers`, WebFlux `authorizeExchange`/`pathMatchers`,
the Kotlin DSL's `authorize("/x/**", permitAll)`) is a list of rules asked in the order written: the first whose
matcher matches the request decides (Spring Security reference, "Authorize HttpServletRequests"; `anyRequest()` must
be the last rule). A trailing `anyRequest().authenticated()` therefore guards only what no earlier rule matched:
counting every route as behind it passed yas' order service, whose `/storefront/**` is `permitAll()` and holds the
payment-status updates.

Patterns are matched against the path inside the application, as Spring Security does: the servlet context path
(`server.servlet.context-path`) and WebFlux base path are not part of what the matchers see, so the controller's
class-level plus method-level mapping is what is compared. Never runs the scanned code; every regular expression here
is linear, and patterns are matched segment by segment without building a regex from the scanned text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from deploycheck.line_numbers import line_at
from deploycheck.sources.routes_verify import call_span

_MAX_CHAIN = 8000  # characters read after `authorizeHttpRequests` (one configuration method)
_MAX_RULES = 200
_READS = frozenset({"GET", "HEAD", "OPTIONS"})
_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")

# What a rule grants: permitAll()/anonymous() let a request in without a login; everything else needs one.
_OPEN_ACCESS = frozenset({"permitAll", "anonymous"})
_ACCESS = re.compile(r"\s{0,200}\.\s{0,200}(permitAll|anonymous|authenticated|fullyAuthenticated|rememberMe|denyAll|"
                     r"hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|hasIpAddress|access|not)\s*\(")
_AUTHORIZE = re.compile(r"\b(?:authorizeHttpRequests|authorizeRequests|authorizeExchange)\b")
_MATCHER = re.compile(r"\.\s*(requestMatchers|antMatchers|mvcMatchers|regexMatchers|pathMatchers|anyRequest|"
                      r"anyExchange)\s*\(")
_KOTLIN_RULE = re.compile(r"\bauthorize\s*\(")
_STRING = re.compile(r"\"([^\"\n]{0,300})\"")
_HTTP_METHOD = re.compile(r"^HttpMethod\s*\.\s*([A-Z]+)$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][\w]*$")
# Spring Boot's request matchers for well-known locations: what they match, as Ant patterns
_KNOWN_MATCHERS = (
    (re.compile(r"\bEndpointRequest\s*\.\s*to(?:Any)?Endpoint\b"), ("/actuator", "/actuator/**")),
    (re.compile(r"\bPathRequest\s*\.\s*toStaticResources\b"),
     ("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.*", "/*/icon-*")),
    (re.compile(r"\bPathRequest\s*\.\s*toH2Console\b"), ("/h2-console/**",)),
)


@dataclass(frozen=True)
class SpringRule:
    """One `matcher.access()` rule: the HTTP methods it is limited to (empty: any), its Ant patterns (empty with
    `any_request`: every request), whether it lets anonymous callers in, and where it is written."""

    methods: tuple[str, ...]
    patterns: tuple[str, ...]
    open: bool
    line: int
    text: str  # the rule as written, shortened, for the evidence
    any_request: bool = False
    unresolved: bool = False  # a matcher the text does not resolve (a constant of another class, a regex)

    def matches(self, method: str, path: str) -> bool:
        if self.methods and method not in self.methods:
            return False
        if self.any_request or self.unresolved:
            return True
        return any(ant_match(p, path) for p in self.patterns)


# `NAME = ` assignments of a file, by name (first one): found in one pass per file, then looked up per rule
_ASSIGNMENT = re.compile(r"\b(\w{1,100})\s{0,40}=(?!=)\s{0,40}")
_ASSIGNMENTS: dict[int, dict[str, int]] = {}


def _constant(code: str, name: str) -> tuple[str, ...] | None:
    """The string literals a same-file constant holds (`String[] PUBLIC = {"/a", "/b"}`, `String X = "/a"`,
    `List.of("/a")`); None when the file does not declare it."""
    key = hash(code)
    if key not in _ASSIGNMENTS:
        if len(_ASSIGNMENTS) > 64:
            _ASSIGNMENTS.clear()
        found: dict[str, int] = {}
        for m in _ASSIGNMENT.finditer(code):
            found.setdefault(m.group(1), m.end())
        _ASSIGNMENTS[key] = found
    at = _ASSIGNMENTS[key].get(name)
    if at is None:
        return None
    rest = code[at: at + 2000]
    end = rest.find(";")
    value = rest[: end if end != -1 else len(rest)]
    literals = tuple(_STRING.findall(value))
    return literals or None


def _matcher_args(code: str, args: list[str]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """(methods, patterns, unresolved) of a matcher call's arguments."""
    methods: list[str] = []
    patterns: list[str] = []
    unresolved = False
    for arg in args:
        method = _HTTP_METHOD.match(arg)
        if method:
            methods.append(method.group(1))
            continue
        if arg.startswith('"'):
            patterns.extend(_STRING.findall(arg))
            continue
        known = [p for rx, pats in _KNOWN_MATCHERS if rx.search(arg) for p in pats]
        if known:
            patterns.extend(known)
            continue
        bare = arg.removesuffix(".toArray(new String[0])").removesuffix(".toArray(String[]::new)").strip()
        if _IDENTIFIER.match(bare):
            resolved = _constant(code, bare)
            if resolved is not None:
                patterns.extend(resolved)
                continue
        # `new AntPathRequestMatcher("/x", "POST")`, `antMatcher(HttpMethod.POST, "/x")`, `mvc.pattern("/x")`
        if "regex" not in arg.lower() and re.search(r"\b(?:AntPath|MvcRequest|PathPattern)\w*|\bantMatcher\s*\(|"
                                                     r"\.pattern\s*\(", arg):
            literals = _STRING.findall(arg)
            inner_methods = [m for m in re.findall(r"\bHttpMethod\s*\.\s*([A-Z]+)", arg)]
            inner_methods += [s for s in literals if s in (*_METHODS, "HEAD", "OPTIONS")]
            paths = [s for s in literals if s.startswith("/")]
            if paths:
                patterns.extend(paths)
                methods.extend(inner_methods)
                continue
        unresolved = True
    return tuple(methods), tuple(patterns), unresolved


def _access_open(code: str, pos: int) -> tuple[bool, int] | None:
    """Whether the access call at `pos` (after a matcher) lets anonymous callers in, and where it ends."""
    access = _ACCESS.match(code, pos)
    if access is None:
        return None
    args, end = call_span(code, access.end() - 1, 400)
    name = access.group(1)
    if name == "access":
        return bool(args) and "permitAll" in args[0], end
    if name == "not":  # `.not().authenticated()`: only callers without a login
        inner = _ACCESS.match(code, end)
        return (inner is not None and inner.group(1) in ("authenticated", "fullyAuthenticated")), end
    return name in _OPEN_ACCESS, end


def chain_rules(code: str, anchor: int) -> tuple[SpringRule, ...]:
    """The rules of the authorization chain that ends at `anchor` (the `anyRequest()`/`anyExchange()` rule, or an
    `@EnableResourceServer` annotation whose `configure(HttpSecurity)` may be anywhere in the file). `code` has its
    comments blanked."""
    starts = [m.start() for m in _AUTHORIZE.finditer(code)]
    before = [s for s in starts if s <= anchor]
    if before and not code.startswith("@", anchor):
        return _rules_from(code, before[-1])
    out: list[SpringRule] = []
    for start in starts[:20]:  # a resource server's configure(): every chain of the file (a real one has a few)
        out.extend(_rules_from(code, start))
    return tuple(out)


# A filter chain limited to some requests: `http.securityMatcher("/api/**")` (Spring Security 6),
# `http.antMatcher("/api/**")` / `http.requestMatchers().antMatchers(...)` (5.x), WebFlux `http.securityMatcher(
# pathMatchers("/api/**"))`. Its `anyRequest()` is any request *of that chain*: routes outside are not behind it.
_CHAIN_SCOPE = re.compile(r"\.\s*(?:securityMatchers?|antMatcher|mvcMatcher|regexMatcher|requestMatcher)\s*\(|"
                          r"\.\s*requestMatchers\s*\(\s*\)\s*\.\s*(?:antMatchers|mvcMatchers|requestMatchers)\s*\(")
UNRESOLVED_SCOPE = "\x00unresolved"  # a chain scope the text does not resolve: it is taken to match no route


def chain_scope(code: str, anchor: int) -> tuple[str, ...]:
    """The Ant patterns the filter chain holding `anchor` is limited to (empty: every request), from the calls of
    its statement before `authorizeHttpRequests` (back to the previous `;` or `{`, bounded)."""
    if code.startswith("@", anchor):
        return ()
    starts = [m.start() for m in _AUTHORIZE.finditer(code, max(0, anchor - _MAX_CHAIN), anchor + 1)]
    if not starts:
        return ()
    head = code.rfind(";", max(0, starts[-1] - 3000), starts[-1]) + 1 or max(0, starts[-1] - 3000)
    head = max(head, code.rfind("{", head, starts[-1]) + 1)
    # only the calls before `authorizeHttpRequests`: a rule's own `AntPathRequestMatcher.antMatcher("/x")` is no scope
    statement = code[head: starts[-1]]
    found = _CHAIN_SCOPE.search(statement)
    if found is None:
        return ()
    args, _ = call_span(statement, found.end() - 1, 2000)
    if "regex" in found.group(0).lower():
        return (UNRESOLVED_SCOPE,)
    patterns = tuple(p for a in args for p in _STRING.findall(a) if p.startswith("/"))
    return patterns or (UNRESOLVED_SCOPE,)


def _rules_from(code: str, start: int) -> tuple[SpringRule, ...]:
    rules: list[SpringRule] = []
    end = min(len(code), start + _MAX_CHAIN)
    pos = start
    matcher: re.Match[str] | None = None
    kotlin: re.Match[str] | None = None
    searched = [False, False]  # a pattern with no match left is not searched again (each search reads to `end`)
    while len(rules) < _MAX_RULES:
        if not searched[0] or (matcher is not None and matcher.start() < pos):
            matcher, searched[0] = _MATCHER.search(code, pos, end), True
        if not searched[1] or (kotlin is not None and kotlin.start() < pos):
            kotlin, searched[1] = _KOTLIN_RULE.search(code, pos, end), True
        if kotlin and (matcher is None or kotlin.start() < matcher.start()):
            args, after = call_span(code, kotlin.end() - 1, 1000)
            pos = after
            if len(args) < 2:
                continue
            access = args[-1]
            access_name = re.match(r"\w+", access)
            is_open = bool(access_name) and access_name.group(0) in _OPEN_ACCESS if access_name else False
            any_request = args[0] in ("anyRequest", "anyExchange")
            methods, patterns, unresolved = _matcher_args(code, args[:-1]) if not any_request else ((), (), False)
            rules.append(SpringRule(methods, patterns, is_open, line_at(code, kotlin.start()),
                                    " ".join(code[kotlin.start(): after].split())[:120], any_request, unresolved))
            if any_request:
                break
            continue
        if matcher is None:
            break
        args, after = call_span(code, matcher.end() - 1, 2000)
        granted = _access_open(code, after)
        pos = granted[1] if granted else after
        if granted is None:  # `http.requestMatchers()...` (the chain's own scope) or another builder: not a rule
            continue
        any_request = matcher.group(1) in ("anyRequest", "anyExchange")
        if matcher.group(1) == "regexMatchers":
            methods = tuple(m for m in re.findall(r"\bHttpMethod\s*\.\s*([A-Z]+)", " ".join(args)))
            patterns, unresolved = (), True
        else:
            methods, patterns, unresolved = _matcher_args(code, args) if not any_request else ((), (), False)
        rules.append(SpringRule(methods, patterns, granted[0], line_at(code, matcher.start()),
                                " ".join(code[matcher.start(): pos].split()).lstrip(".")[:120], any_request,
                                unresolved and not patterns))
        if any_request:
            break
    return tuple(rules)


def rule_chains(code: str) -> list[tuple[int, tuple[SpringRule, ...]]]:
    """Chains without a guarding `anyRequest()` rule (`...hasRole("ADMIN").anyRequest().permitAll()`, or none) that
    still guard some paths: (offset, rules). Their protecting rules guard what they match first, nothing else."""
    out = []
    for start in [m.start() for m in _AUTHORIZE.finditer(code)][:20]:
        rules = _rules_from(code, start)
        if any(r.any_request and not r.open for r in rules):
            continue  # a guarding anyRequest(): the layer _SPRING_GLOBAL finds
        if any(not r.open and not r.any_request and not r.unresolved and r.patterns for r in rules):
            out.append((start, rules))
    return out


def guarded_by(rules: tuple[SpringRule, ...], method: str, path: str) -> SpringRule | None:
    """The protecting rule every method of the route meets first (an any-method route is asked for each), or None
    when some method reaches an open rule or no rule at all."""
    first: SpringRule | None = None
    for m in (_METHODS if method == "ANY" else (method,)):
        rule = decide(rules, m, path)
        if rule is None or rule.open:
            return None
        first = first or rule
    return first


def decide(rules: tuple[SpringRule, ...], method: str, path: str) -> SpringRule | None:
    """The first rule matching the request (None: no rule does)."""
    return next((rule for rule in rules if rule.matches(method, path)), None)


def opened(rules: tuple[SpringRule, ...], method: str, path: str) -> tuple[SpringRule | None, bool]:
    """The permitAll rule that lets an anonymous caller into the route, if any, and whether that reaches a
    state-changing method (an any-method route is asked for each method)."""
    methods = _METHODS if method == "ANY" else (method,)
    first_open: SpringRule | None = None
    for m in methods:
        rule = decide(rules, m, path)
        if rule is not None and rule.open:
            if m not in _READS:
                return rule, True
            first_open = first_open or rule
    return first_open, False


def ant_match(pattern: str, path: str) -> bool:
    """Spring's AntPathMatcher on a route template: `?` one character, `*` any characters inside a segment, `**`
    any number of segments, `{var}` one segment. A route's own `{id}` stands for any one value: it matches a
    wildcard or a variable of the pattern, never a literal segment."""
    return _match(tuple(_segments(pattern)[:64]), tuple(_segments(path)[:64]))


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


@lru_cache(maxsize=4096)
def _match(pattern: tuple[str, ...], path: tuple[str, ...]) -> bool:
    # memoised on (pattern suffix, path suffix): at most len(pattern) * len(path) states
    if not pattern:
        return not path
    head = pattern[0]
    if head == "**":
        return any(_match(pattern[1:], path[i:]) for i in range(len(path) + 1))
    if not path:
        return False
    return _segment_match(head, path[0]) and _match(pattern[1:], path[1:])


def _segment_match(pattern: str, segment: str) -> bool:
    if segment.startswith("{") and segment.endswith("}"):
        # the route's variable: any value; only a wildcard or a variable of the pattern covers all of them
        return pattern == "*" or (pattern.startswith("{") and pattern.endswith("}"))
    if "{" in pattern:  # `{name}` / `{name:regex}` in the pattern: one value (its regex is not read)
        pattern = re.sub(r"\{[^{}]*\}", "*", pattern)
    return _glob(pattern, segment)


def _glob(pattern: str, text: str) -> bool:
    """`*` and `?` inside one segment, without a regex built from the scanned text (iterative, linear-ish)."""
    p = t = 0
    star = -1
    mark = 0
    while t < len(text):
        if p < len(pattern) and (pattern[p] == "?" or pattern[p] == text[t]):
            p += 1
            t += 1
        elif p < len(pattern) and pattern[p] == "*":
            star, mark = p, t
            p += 1
        elif star != -1:
            p = star + 1
            mark += 1
            t = mark
        else:
            return False
    while p < len(pattern) and pattern[p] == "*":
        p += 1
    return p == len(pattern)


# --- a handler whose call chain refuses anonymous callers ------------------------------------------------------------

# `if (authentication instanceof AnonymousAuthenticationToken) throw new AccessDeniedException(...)`: behind a
# permitAll() rule Spring puts an AnonymousAuthenticationToken in the context, and this refuses it (yas'
# AuthenticationUtils.extractUserId(), called by the cart service before any read or write).
_ANONYMOUS_REFUSAL = re.compile(r"\binstanceof\s{1,40}AnonymousAuthenticationToken\b[^;{}]{0,80}\)\s{0,40}\{?"
                                r"\s{0,40}throw\s{1,40}new\s{1,40}(\w+)")
# Method security on the method the handler calls (`@PreAuthorize("isAuthenticated()")`, `@Secured`, `@RolesAllowed`)
_METHOD_SECURITY = re.compile(r"@(?:PreAuthorize\(\s*\"(?![^\"]*permitAll)[^\"]+\"\s*\)|Secured\(|RolesAllowed\()")
# The head of a Java method declaration, up to its parameters' `(`: modifiers, return type, name. Bounded repeats:
# with `+` the modifiers and the return type could split a hostile line of 4,000 `public ` words 4,000 ways (5.8 s;
# minutes for a long file); Java has at most a few modifiers and short declarations. The blanks after the last
# modifier are not split three ways (the modifier's, a return type of blanks, the name's: `public`, 1,000 blanks and
# `x` took 2 s a line): the return type starts and ends with a non-blank, taking all blanks around it, or is blanks,
# which needs a space inside the blanks (after their first character, before their last). Same matches as
# `^[ \t]*(?:(?:MODIFIER)\s+){1,6}[\w<>\[\],.? ]{1,200}?\s+(\w+)\s*\(`: the name is the last word before the first `(`.
_MODIFIER = r"(?:public|private|protected|static|final|synchronized)"
_TYPE = r"[\w<>\[\],.?](?:[\w<>\[\],.? ]{0,198}?[\w<>\[\],.?])?"
_JAVA_DECL_HEAD = re.compile(rf"^[ \t]*(?:{_MODIFIER}\s+){{0,5}}{_MODIFIER}(?:\s++{_TYPE}\s++|\s[^\S ]*+[ ]\s++)"
                             r"(\w+)\s*\(", re.M)
_DECL_STOP = re.compile(r"[;{]")
_THROWS_NAMES = re.compile(r"[\w.,\s]*+")
_BLANKS = re.compile(r"\s*+")
_MAX_PARAMETERS = 2000  # characters between the parameters' `(` and `)`
_MAX_THROWS = 300  # characters of the exceptions a `throws` names


@dataclass(frozen=True)
class JavaDecl:
    """One Java method declaration: its name, where its line starts and where its body's `{` ends."""

    name: str
    start: int
    end: int  # just after the body's `{`


def java_method_decls(text: str) -> list[JavaDecl]:
    r"""The method declarations of a Java text (route discovery in sources/routes.py uses them too), as the pattern
    `^[ \t]*(?:MODIFIER\s+){1,6}[\w<>\[\],.? ]{1,200}?\s+(\w+)\s*\([^;{]{0,2000}?\)\s*(?:throws\s+[\w.,\s]{1,300}?)?
    \s*\{` (re.M) finds them, in two linear steps. Run as one pattern, each line that starts like a declaration read
    the next 2,000 characters for a `)`, then up to 300 for the exceptions after each `)` (0.2 s for 32,000 characters
    of such lines, 0.8 s for 128,000). Here the head is matched, then the rest is decided once per `;` or `{`: none of
    the parameters, the exceptions or the blanks holds a `;` or `{`, so the body's `{` is the first `;` or `{` after the
    `(`, and the parameters' `)` is the last `)` before it (no `)` can follow it among the exceptions); a head whose
    rest fails is not tried again from the starts inside it (they reach the same `(`)."""
    out: list[JavaDecl] = []
    stop = -1  # the first `;` or `{` after the latest head's `(` (heads come in order: later ones share it)
    verdict: tuple[int, bool] = (-1, False)  # (the `)` before `stop`, whether the declaration's tail reads to it)
    pos = 0
    while (head := _JAVA_DECL_HEAD.search(text, pos)) is not None:
        opened = head.end()
        if opened > stop:
            found = _DECL_STOP.search(text, opened)
            stop = found.start() if found else len(text)
            verdict = _tail(text, opened, stop)
        close, ok = verdict
        if ok and opened <= close <= opened + _MAX_PARAMETERS:
            out.append(JavaDecl(head.group(1), head.start(), stop + 1))
            pos = stop + 1
        else:
            pos = opened
    return out


def _tail(text: str, opened: int, stop: int) -> tuple[int, bool]:
    """(offset of the last `)` before `stop`, whether `) throws X, Y {` / `) {` reads from it to a `{` at `stop`)."""
    close = text.rfind(")", opened, stop)
    if close == -1 or stop == len(text) or text[stop] != "{":
        return close, False
    blanks = _BLANKS.match(text, close + 1)
    rest = blanks.end() if blanks else close + 1
    if rest == stop:
        return close, True
    if not text.startswith("throws", rest) or rest + 6 >= stop or not text[rest + 6].isspace():
        return close, False
    names = _THROWS_NAMES.match(text, rest + 6, stop)
    if names is None or names.end() != stop:
        return close, False
    listed = text[rest + 6: stop].strip()
    # `throws\s+[\w.,\s]{1,300}?\s*`: the names (or, with none, one blank past the first) within 300 characters
    return close, 0 < len(listed) <= _MAX_THROWS or (not listed and stop - (rest + 6) >= 2)
_CALL = re.compile(r"(?<![\w.])(?:(\w+)\s*\.\s*)?(\w+)\s*\(")
_MAX_FOLLOW = 3
_MAX_CALLS = 30

ClassText = Callable[[str, str], "tuple[str, str] | None"]  # (class name, from file) -> (file, comment-free text)


def refuses_anonymous(text: str, body_start: int, file: str, classes: ClassText) -> str:
    """How the handler whose body opens at `body_start` refuses an anonymous caller, following calls to fields'
    methods, static helpers and the class's own methods up to three levels (`cartItemService.addCartItem() ->
    AuthenticationUtils.extractUserId(), which throws AccessDeniedException for an AnonymousAuthenticationToken`);
    "" when nothing in reach does. A refusal anywhere in a called method counts: the reads or writes before it are
    not told apart."""
    return _refusal(text, body_start, file, classes, 0, set())


def _refusal(text: str, start: int, file: str, classes: ClassText, depth: int, seen: set[tuple[str, str]]) -> str:
    from deploycheck.sources.routes_verify import block_at

    body = block_at(text, start)
    found = _ANONYMOUS_REFUSAL.search(body)
    if found:
        where = f"{file}:{line_at(text, start + found.start())}"
        return f"throws {found.group(1)} for an AnonymousAuthenticationToken ({where})"
    if depth >= _MAX_FOLLOW:
        return ""
    calls = 0
    for call in _CALL.finditer(body):
        receiver, name = call.group(1), call.group(2)
        if name in ("if", "for", "while", "switch", "catch", "return", "new", "super", "this"):
            continue
        calls += 1
        if calls > _MAX_CALLS:
            break
        target = _callee(text, file, receiver, classes)
        if target is None:
            continue
        target_file, target_text = target
        if (target_file, name) in seen:
            continue
        seen.add((target_file, name))
        for decl in _declarations(target_file, target_text).get(name, ()):
            shown = f"{receiver + '.' if receiver else ''}{name}()"
            head = target_text[max(0, decl.start - 300): decl.start]
            guard = _METHOD_SECURITY.search(head[head.rfind(";") + 1:] if ";" in head else head)
            if guard:
                where = f"{target_file}:{line_at(target_text, decl.start)}"
                return f"{shown} carries {guard.group(0).rstrip('(')} ({where})"
            inner = _refusal(target_text, decl.end - 1, target_file, classes, depth + 1, seen)
            if inner:
                return f"{shown} -> {inner}" if not inner.startswith("throws") else f"{shown}, which {inner}"
    return ""


_DECLARATIONS: dict[tuple[str, int], dict[str, list[JavaDecl]]] = {}


def _declarations(file: str, text: str) -> dict[str, list[JavaDecl]]:
    """The method declarations of a class text by name, read once per text (the follow asks again per call)."""
    key = (file, hash(text))
    if key not in _DECLARATIONS:
        if len(_DECLARATIONS) > 256:
            _DECLARATIONS.clear()
        found: dict[str, list[JavaDecl]] = {}
        for decl in java_method_decls(text):
            found.setdefault(decl.name, []).append(decl)
        _DECLARATIONS[key] = found
    return _DECLARATIONS[key]


def _callee(text: str, file: str, receiver: str | None, classes: ClassText) -> tuple[str, str] | None:
    """The file and text of the class a call goes to: this class (no receiver), a field's declared type, or a class
    called statically (`AuthenticationUtils.extractUserId()`)."""
    if receiver is None:
        return file, text
    if receiver[:1].isupper():
        return classes(receiver, file)
    declared = _field_types(file, text).get(receiver)
    return classes(declared, file) if declared else None


# `private final OrderService orderService;`, a constructor's `OrderService orderService,`: a name's declared type
_FIELD = re.compile(r"\b([A-Z]\w{0,100})(?:<[^<>;]{0,200}>)?\s{1,40}([a-z_]\w{0,100})\s{0,40}[;=,)]")
_FIELD_TYPES: dict[tuple[str, int], dict[str, str]] = {}


def _field_types(file: str, text: str) -> dict[str, str]:
    """Declared names and their types, read once per class text (the first declaration of a name wins)."""
    key = (file, hash(text))
    if key not in _FIELD_TYPES:
        if len(_FIELD_TYPES) > 256:
            _FIELD_TYPES.clear()
        found: dict[str, str] = {}
        for m in _FIELD.finditer(text):
            found.setdefault(m.group(2), m.group(1))
        _FIELD_TYPES[key] = found
    return _FIELD_TYPES[key]
