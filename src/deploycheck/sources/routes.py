"""HTTP routes declared in the code, with the auth-related decorators/dependencies on each.

Python is read by AST (FastAPI, Flask, Django urls.py); JavaScript/TypeScript (Express-style routers,
Fastify, Hapi, httpdispatcher), Go (net/http, chi, gin and echo with route groups, gorilla), Rust (actix-web, axum),
Ruby (Sinatra; Rails' `config/routes.rb`, routes_rails.py), Java (Spring MVC annotations, JAX-RS), C# (ASP.NET
Core, routes_aspnet.py) and PHP (API Platform's `#[ApiResource]`, routes_php.py) by regular expressions
over the text: enough to list method + path, not a full parser. Never imports or runs the scanned code. This source
only lists; endpoint-security/api-docs checks judge.
"""

from __future__ import annotations

import ast
import bisect
import functools
import itertools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.line_numbers import line_at
from deploycheck.regex_scan import segment_matches
from deploycheck.sources.pyast import SourceProblem, python_modules
from deploycheck.sources.routes_verify import (
    Functions,
    blanked,
    block_at,
    call_args,
    call_span,
    go_callees,
    go_function_defs,
    go_functions,
    go_middleware_check,
    go_middleware_never_refuses,
    handler_name,
    handler_ref,
    inline_body,
    js_functions,
    js_middleware_check,
    js_middleware_defs,
    js_middleware_never_refuses,
    nest_guard_defs,
    nest_guard_never_refuses,
    resolve,
    verification,
)
from deploycheck.sources.spring_security import (
    ClassText,
    SpringRule,
    chain_rules,
    chain_scope,
    guarded_by,
    java_method_decls,
    opened,
    refuses_anonymous,
    rule_chains,
)
from deploycheck.sources.spring_security import ant_match as _ant_match
from deploycheck.sources.target import jvm_module

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.sources.pyast import PyModule

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE")
ANY_METHOD = "ANY"  # Django path(), Flask route without methods=... counts as GET (Flask's default)


@dataclass
class Route:
    method: str  # upper-case HTTP method, or "ANY" when the framework does not say
    path: str  # as written, prefixes applied (e.g. "/api/items/{item_id}")
    file: str
    line: int
    auth_hints: list[str] = field(default_factory=list)  # "Depends(get_current_user)", "@login_required", ...
    framework: str = ""  # fastapi | flask | django | express | go | spring
    handler: str | None = None  # function name when known
    in_schema: bool = True  # False: FastAPI include_in_schema=False (kept out of the API description on purpose)
    receiver: str = ""  # JS: the object the route is declared on (`app`, `router`), for same-file auth layers
    # What the handler's code shows about a route no guard covers (the check judges): `static` says it serves a
    # fixed page and reads nothing ("renders accounts/sent.html only"); `capability` says the caller is a
    # machine addressed by an unguessable id in the URL ("..."); "" = nothing.
    static: str = ""
    capability: str = ""
    page: str = ""  # the handler answers with an HTML page or a redirect only (a web UI's page, not an API operation)
    # An any-method route whose handler reads nothing of the request (Go: no body, form, query, path value or method
    # test) or serves files: whatever the method, it only answers ("leaderboardHandler() reads nothing ...").
    reads_only: str = ""
    opt_out: bool = False  # Python: a decorator takes the route out of the app's auth hook (`@no_authentication`)
    drf_default: bool = False  # a Django REST framework view without permission_classes: the settings' default rules
    # An explicit opt-out the code declares (`permission_classes = (AllowAny,)`, JAX-RS `@PermitAll`): a choice
    # written down, which the check reports as such; never set for a route that merely lacks auth.
    declared_public: str = ""
    annotations: tuple[str, ...] = ()  # JAX-RS: annotation names on the method and its class (name bindings)
    # Spring Security: the `permitAll()` rule that matches this route before the chain's `anyRequest()` guard (first
    # match wins), when it opens a state-changing method through a wildcard (`/storefront/**`): no layer covers it
    open_rule: str = ""
    # JS: the route's auth middleware is a pass-through by default (`let authHandler = (req, res, next) => next()`,
    # replaced only `if (process.env.SECURE_CLIENT_ID)`): auth is off unless the deployment opts in
    disabled_auth: str = ""
    # C#: the handler answers with a configured secret (`returns _dbOptions.DBPassword`): never public by convention
    discloses: str = ""
    # Python and Go: the route's only guard is a name, a decorator, dependency or middleware the repository defines
    # that can never refuse a request ("login_required (app/auth.py:4)"); its hint is dropped, this keeps it for
    # the message
    inert_guard: str = ""
    # why `inert_guard` is no guard when it is not the framework's "never refuses" (Go: a middleware that can refuse
    # but shows no check of the caller: "checks no credential: ..."); "" = the framework's usual reason
    inert_reason: str = ""
    # the unit one guard settles when it is not the route's file (Rails: the controller of a config/routes.rb route;
    # API Platform: "Book.php #[ApiResource] at line 83", narrower than the file)
    unit: str = ""
    # Rails: the route's only auth callbacks run under a condition that is not read (`before_action
    # :authenticate_user!, if: :api_request?`): no guard, but the finding names it
    conditional_guard: str = ""
    # Python: the handler signs a new user up by what it does (takes a password and its repeat, stores the password's
    # hash, asks for no old password): "compares 'password' with 'password-repeat', bcrypt.hashpw() (line 99)"
    signup: str = ""

    @property
    def template(self) -> str:
        """The path with every parameter written `{}`, for comparing with OpenAPI paths."""
        return normalize_template(self.path)


@dataclass(frozen=True)
class AuthLayer:
    """An authentication layer in front of many routes: Spring Security's `anyRequest().authenticated()`,
    Django's LoginRequiredMiddleware, FastAPI app-level dependencies, Express `app.use(auth)`, a Fastify
    onRequest hook."""

    framework: str
    file: str
    line: int
    detail: str
    scope: str  # routes in files under this directory are behind the layer ("" = the whole repository)
    same_file_after: bool = False  # Express/Fastify: only routes declared after it in the same file
    until_line: int = 0  # Fastify: a hook added inside a plugin's function covers that function's routes only
    # Express: `router.use(auth)` guards that router's routes, not the app's or another router's declared
    # later in the file; `app.use('/admin', auth)` guards the paths under /admin only.
    receiver: str = ""
    path_prefix: str = ""
    drf_only: bool = False  # DRF's DEFAULT_PERMISSION_CLASSES: REST framework views without their own permissions
    only_framework: str = ""  # ASP.NET Core: MapControllers().RequireAuthorization() guards controllers, not MapGet
    # Spring Security: the chain's rules in order; `anyRequest().authenticated()` guards what no earlier rule matched
    rules: tuple[SpringRule, ...] = ()
    chain_scope: tuple[str, ...] = ()  # Spring: the chain's securityMatcher patterns (empty: every request)
    # Spring: a chain without a guarding anyRequest() guards only the routes a protecting rule matches first
    matched_only: bool = False
    # paths the layer lets through (django-azure-auth's PUBLIC_PATHS): a route at or under one is not covered
    except_paths: tuple[str, ...] = ()

    def in_chain(self, route: Route) -> bool:
        """Spring: the route is in this layer's module and in its chain's securityMatcher scope."""
        if self.scope and not route.file.startswith(self.scope.rstrip("/") + "/"):
            return False
        return not self.chain_scope or any(_ant_match(p, route.path) for p in self.chain_scope)

    def covers(self, route: Route) -> bool:
        # opt_out: the route leaves every layer; open_rule: a permitAll() rule matches it first
        if (self.drf_only and not route.drf_default) or route.opt_out or route.open_rule:
            return False
        if self.rules and route.declared_public:  # a permitAll() rule (or @PermitAll) chose to let it out
            return False
        if any(route.path.rstrip("/") == p.rstrip("/") or route.path.startswith(p.rstrip("/") + "/")
               for p in self.except_paths):
            return False  # read as a prefix, wider than the library's own match: an exemption never hides a route
        if self.chain_scope and not any(_ant_match(p, route.path) for p in self.chain_scope):
            return False  # a chain limited by securityMatcher(...) guards only the requests it matches
        if self.matched_only and (route.framework != "spring" or guarded_by(self.rules, route.method, route.path)
                                  is None):
            return False
        if self.only_framework and route.framework != self.only_framework:
            return False
        if self.same_file_after:
            if self.receiver and self.receiver not in _APP_RECEIVERS and route.receiver != self.receiver:
                return False
            if self.path_prefix.strip("/") and (route.path.rstrip("/") + "/").find(
                    "/" + self.path_prefix.strip("/") + "/") == -1:
                return False
            return (route.file == self.file and route.line > self.line
                    and (not self.until_line or route.line <= self.until_line))
        return not self.scope or route.file.startswith(self.scope.rstrip("/") + "/")


_APP_RECEIVERS = frozenset({"app", "server", "application"})  # the application: its layers guard what it mounts


@dataclass(frozen=True)
class UnresolvedRoute:
    """A route registration whose path is an expression the text does not resolve (`r.HandleFunc(rootPath, h)`)."""

    file: str
    line: int
    expression: str
    methods: list[str]  # empty: any method


@dataclass
class RouteSet:
    routes: list[Route] = field(default_factory=list)
    unresolved: list[UnresolvedRoute] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    files_scanned: int = 0
    layers: list[AuthLayer] = field(default_factory=list)
    # ASP.NET Core: route file -> where Swashbuckle generates the OpenAPI description its service serves at run time
    generated_specs: dict[str, str] = field(default_factory=dict)

    def layer_for(self, route: Route) -> AuthLayer | None:
        return next((layer for layer in self.layers if layer.covers(route)), None)

    def frameworks(self) -> set[str]:
        return {r.framework for r in self.routes}


# --- path templates ------------------------------------------------------------------------------

_PARAM_PATTERNS = (
    re.compile(r"\{[^{}/]+\}"),  # OpenAPI / FastAPI / chi / gorilla {id} {id:[0-9]+}
    re.compile(r"<[^<>/]+>"),  # Flask / Django <id> <int:id>
    re.compile(r"(?<=/):[A-Za-z_][\w]*\??"),  # Express / gin / echo :id
    re.compile(r"(?<=/)\*[\w]*$"),  # gin/echo catch-all *path
)


def normalize_template(path: str) -> str:
    """`/items/<int:id>/`, `/items/:id`, `/items/{id}` -> `/items/{}` (also drops a trailing slash)."""
    out = path.strip()
    if not out.startswith("/"):
        out = "/" + out
    for pattern in _PARAM_PATTERNS:
        out = pattern.sub("{}", out)
    out = re.sub(r"/{2,}", "/", out)
    if len(out) > 1:
        out = out.rstrip("/")
    return out


def join_paths(*parts: str) -> str:
    joined = "/".join(p.strip("/") for p in parts if p and p.strip("/"))
    trailing = "/" if parts and parts[-1].endswith("/") and joined else ""
    return "/" + joined + trailing if joined else "/"


# --- Python ---------------------------------------------------------------------------------------

_FASTAPI_METHODS = {m.lower() for m in HTTP_METHODS}
_APP_CONSTRUCTORS = {"FastAPI": "fastapi", "APIRouter": "fastapi", "Flask": "flask", "Blueprint": "flask"}
# Calls that register routes without a decorator (see _collect_routes).
_ROUTE_CALLS = ("include_router", "register_blueprint", "mount", "add_api_route", "add_url_rule")
_HINT_MAX = 120


def _short(node: ast.AST) -> str:
    try:
        text = ast.unparse(node)
    except Exception:  # unparse of odd trees; a hint is never worth a crash
        return "?"
    return text if len(text) <= _HINT_MAX else text[: _HINT_MAX - 3] + "..."


def _call_name(node: ast.AST) -> str | None:
    """`Depends` for Depends(...), `fastapi.Depends(...)` too."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return None


def _str_value(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # f"/items/{x}": keep the literal parts, parameters as {}
        return "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
                       for v in node.values)
    return None


def _kw(call: ast.Call, name: str) -> ast.AST | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def _hidden(call: ast.Call) -> bool:
    """`include_in_schema=False` on a FastAPI route: the code keeps it out of the OpenAPI document."""
    value = _kw(call, "include_in_schema")
    return isinstance(value, ast.Constant) and value.value is False


def _dependency_hints(node: ast.AST | None, resolve: Resolver | None = None) -> list[str]:
    """`dependencies=[Depends(a), Security(b)]` -> ["Depends(a)", "Security(b)"], the ones that guard."""
    if isinstance(node, ast.List | ast.Tuple):
        return [_short(e) for e in node.elts if _auth_call(e, resolve)]
    return []


def _param_hints(fn: ast.FunctionDef | ast.AsyncFunctionDef, aliases: dict[str, str] | None = None,
                 resolve: Resolver | None = None) -> list[str]:
    """Depends()/Security() in parameter defaults and in Annotated[...] annotations, also through a type
    alias (`CurrentUser = Annotated[User, Depends(get_current_user)]`, then `user: CurrentUser`: FastAPI's
    documented way to share a dependency; `aliases` maps the names usable in this module to their hint)."""
    hints: list[str] = []
    args = fn.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults, strict=True)) + list(zip(args.kwonlyargs, args.kw_defaults, strict=True))
    for arg, default in pairs:
        if default is not None and _auth_call(default, resolve):
            hints.append(_short(default))
        if arg.annotation is not None:
            for sub in ast.walk(arg.annotation):
                if _auth_call(sub, resolve):
                    hints.append(_short(sub))
                elif aliases and isinstance(sub, ast.Name | ast.Attribute) and (hint := aliases.get(_short(sub))):
                    hints.append(hint)
    return hints


# Dependencies that hand a handler its plumbing, never a caller's identity: `Depends(get_db)`,
# `SessionDep = Annotated[Session, Depends(get_session)]` protect nothing.
_PLUMBING = re.compile(r"^(?:get_)?(?:db|database|db_session|session|async_session|settings|config|conn|connection|"
                       r"engine|redis|cache|http_client|client|logger|templates|pagination|paginator)$", re.I)


Resolver = Callable[[str], ast.FunctionDef | ast.AsyncFunctionDef | None]


def _dependency_name(call: ast.Call) -> str:
    target = call.args[0]
    if isinstance(target, ast.Call):  # Depends(RoleChecker(["admin"])), Depends(require("orders:write"))
        target = target.func
    return target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""


def _auth_call(node: ast.AST, resolve: Resolver | None = None, depth: int = 0) -> bool:
    """Whether a Depends()/Security() protects the route. Any dependency used to count, so
    `Depends(get_order_service)` or FastAPI's own `Depends(common_parameters)` passed a route as guarded:
    a false pass on a critical item. Security() always counts; Depends(x) when x is named like access
    control, or when x (found among the scanned modules) itself authenticates; plumbing never does."""
    name = _call_name(node)
    if name == "Security":
        return True
    if name != "Depends" or not isinstance(node, ast.Call):
        return False
    if not node.args:  # `user: User = Depends()`: the class is the dependency, named by the annotation
        return True
    if _optional_dependency(node.args[0]):
        return False  # `Depends(get_current_user_authorizer(required=False))`: anonymous callers get in
    dep = _dependency_name(node)
    if not dep or _PLUMBING.match(dep):
        return False
    if _AUTH_NAME.search(dep):
        return True
    fn = resolve(dep) if resolve is not None and depth < 3 else None
    return fn is not None and _authenticates(fn, resolve, depth + 1)


def _optional_dependency(target: ast.expr) -> bool:
    """A dependency made optional by its factory's arguments: `get_current_user_authorizer(required=False)`
    (fastapi-realworld's reads: the user when a token is sent, None otherwise), `auto_error=False`, `optional=True`.
    It authenticates a caller who sends a credential and lets every other one in, as express-jwt's
    `credentialsRequired: false`."""
    return isinstance(target, ast.Call) and any(
        isinstance(k.value, ast.Constant) and ((k.arg in ("required", "auto_error") and k.value.value is False)
                                               or (k.arg == "optional" and k.value.value is True))
        for k in target.keywords)


def _credential_used(fn: ast.FunctionDef | ast.AsyncFunctionDef, param: str) -> bool:
    """Whether a handler does something with the credential its parameter `param` receives: hands it to a call
    (a decoder, a verifier, a helper; not a logger or a conversion) or compares it. Returning it (FastAPI's "Security
    - First Steps": `return {"token": token}`) or ignoring it checks nothing."""
    def mentions(node: ast.AST) -> bool:
        return any(isinstance(sub, ast.Name) and sub.id == param for sub in ast.walk(node))

    for stmt in fn.body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Compare) and mentions(node):
                return True
            if isinstance(node, ast.Call) and any(mentions(a) for a in [*node.args, *(k.value for k in node.keywords)]):
                callee = _call_name(node) or ""
                if callee not in _INERT_CALLS and callee.rsplit(".", 1)[-1] not in _INERT_METHODS:
                    return True
    return False


# Status codes a dependency raises when the caller is not allowed in.
_DENIED = re.compile(r"\b(401|403)\b|HTTP_401_UNAUTHORIZED|HTTP_403_FORBIDDEN|NotAuthenticated|PermissionDenied")
# Request parts that carry credentials, read as a parameter (`authorization: str = Header()`).
_CREDENTIAL_PARAM = re.compile(r"^(authorization|x_api_key|api_key|apikey|x_token|access_token|token|"
                               r"credentials|session_token)$", re.I)


def _authenticates(fn: ast.FunctionDef | ast.AsyncFunctionDef, resolve: Resolver | None, depth: int) -> bool:
    """A dependency function that guards: it has an auth dependency of its own, reads a credential
    parameter, verifies a token in its body, or refuses with 401/403."""
    args = fn.args
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if _CREDENTIAL_PARAM.match(arg.arg):
            return True
    for default in [*args.defaults, *(d for d in args.kw_defaults if d is not None)]:
        if _auth_call(default, resolve, depth):
            return True
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.annotation is not None and any(_auth_call(sub, resolve, depth) for sub in ast.walk(arg.annotation)):
            return True
    if _body_hints(fn):
        return True
    return any(isinstance(node, ast.Raise) and node.exc is not None and _DENIED.search(_short(node.exc))
               for stmt in fn.body for node in ast.walk(stmt))


# A guard hint naming a function: `@login_required`, `@requires_auth("admin")`, `Depends(get_current_user)`,
# `CurrentUser = Depends(get_current_user)`, `Security(get_current_user, scopes=[...])`.
_GUARD_HINT = re.compile(r"@([A-Za-z_]\w{0,100})(?:\(|$)")
_DEPENDENCY_HINT = re.compile(r"\b(?:Depends|Security)\(([A-Za-z_]\w{0,100})\b")
# What a guard may call without ever turning a caller away: building the wrapper, converting and reshaping values,
# reading a header or a mapping, logging. Any other call (a library, a database, an HTTP client, an unknown method)
# may raise, so a guard that makes one is taken to be able to refuse.
_INERT_CALLS = frozenset({"wraps", "functools.wraps", "update_wrapper", "functools.update_wrapper", "str", "int",
                          "bool", "float", "dict", "list", "tuple", "set", "len", "print", "isinstance", "getattr",
                          "hasattr", "repr", "format", "super"})
_INERT_METHODS = frozenset({"get", "split", "rsplit", "strip", "lstrip", "rstrip", "removeprefix", "removesuffix",
                            "lower", "upper", "replace", "startswith", "endswith", "partition", "rpartition",
                            "format", "debug", "info", "warning", "warn", "items", "keys", "values"})
# FastAPI's declarations of where a parameter comes from: reading a request part refuses nobody (a missing header
# answers 422 whatever its value would have been)
_PARAM_SOURCES = frozenset({"Header", "Query", "Cookie", "Body", "Path", "Form", "File"})


_SCHEME_ONLY = ("is a fastapi.security scheme, which only takes the credential out of the request (any bearer token or "
                "key gets in; with auto_error=False a request without one too), and the handler never checks the "
                "value it gets")
# fastapi.security's classes only take the credential out of the request (FastAPI's docs: OAuth2PasswordBearer
# "returns the token as a str"; none of them validates it); a missing one answers 401/403, any value gets in
_CREDENTIAL_EXTRACTORS = frozenset({"OAuth2PasswordBearer", "OAuth2AuthorizationCodeBearer", "OAuth2", "OpenIdConnect",
                                    "HTTPBearer", "HTTPBasic", "HTTPDigest", "APIKeyHeader", "APIKeyCookie",
                                    "APIKeyQuery"})


def _stub(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return all(isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))
               for stmt in fn.body)


def _values(node: ast.AST) -> Iterator[ast.AST]:
    """The nodes of an expression but the callees of its calls (`User(...)`'s `User` is judged as a call)."""
    callees = {id(sub.func) for sub in ast.walk(node) if isinstance(sub, ast.Call)}
    return (sub for sub in ast.walk(node) if id(sub) not in callees)


# routes-j: an HTTP status that turns a request away for another reason than its caller: 4xx and 5xx but 401, 403 and
# 407 (a guard hiding a resource from anonymous callers with 404 is read as such a refusal: the route is then judged
# without it, never passed). `HTTPException(status_code=415)`, `abort(415)`, `status.HTTP_415_...`, `("...", 415)`.
_HTTP_STATUS_NAME = re.compile(r"^HTTP_(\d{3})(?:_|$)")
_AUTH_STATUSES = frozenset({401, 403, 407})
_STATUS_KEYWORDS = frozenset({"status_code", "status", "code"})


def _status_of(node: ast.AST | None) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
    m = _HTTP_STATUS_NAME.match(name)
    return int(m.group(1)) if m else None


def _other_refusal(node: ast.AST | None) -> bool:
    """A call or a Flask `(body, status)` tuple that answers with an explicit status turning the request away for
    another reason than its caller (415, 400, 404, 429, 500, ...), and nothing else that could."""
    if isinstance(node, ast.Tuple) and len(node.elts) >= 2:
        status = _status_of(node.elts[1])
    elif isinstance(node, ast.Call):
        found = [_status_of(node.args[0])] if node.args else []
        found += [_status_of(k.value) for k in node.keywords if k.arg in _STATUS_KEYWORDS]
        status = next((s for s in found if s is not None), None)
    else:
        return False
    return status is not None and 400 <= status < 600 and status not in _AUTH_STATUSES


_OTHER_REFUSAL_REASON = ("turns requests away only with a status about something else than the caller (a wrong "
                         "content type, a bad request, a missing resource, a rate limit) and reads no credential: it "
                         "authenticates nobody, whatever its name")


# What a guard reads that is about its caller: a parameter named for a credential (FastAPI's docs `verify_key(x_key:
# str = Header())` answering 400), the session, the user, cookies, the Authorization header.
_CALLER_NAME = re.compile(r"token|key|secret|auth|passw|signature|credential|session|cookie|user|login|identity|"
                          r"principal|claims|bearer", re.I)


def _checks_caller(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A guard that reads a credential or something of its caller (a credential header or parameter, the session,
    the user, cookies) or verifies a token or signature, in its body or a function nested in it, whatever status it
    answers with (`raise HTTPException(status_code=400, detail="X-Key header invalid")` is still a check)."""
    for node in ast.walk(fn):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CREDENTIAL_HEADER.match(node.value):
            return True
        if isinstance(node, ast.arg) and _CALLER_NAME.search(node.arg):
            return True
        if (isinstance(node, ast.Name) and _CALLER_NAME.search(node.id)) or (
                isinstance(node, ast.Attribute) and _CALLER_NAME.search(node.attr)):
            return True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _body_hints(node):
            return True
    return False


# routes-j: a sign-up handler by what it does (bank-of-anthos' userservice `POST /users` -> create_user: the form's
# 'password' and 'password-repeat' compared by the validation helper it calls, then `bcrypt.hashpw`). Only someone
# choosing a new password types it twice; a handler that also takes the old one changes a password (never this).
_PASSWORD_FIELD = re.compile(r"^(?:password|passwd|pass_?word1?)$", re.I)
_PASSWORD_REPEAT = re.compile(r"^(?:password[-_ ]?(?:repeat|repeated|again|confirm|confirmation|check|2|_2)|"
                              r"(?:repeat|confirm|confirmed|retype|re)[-_ ]?password)$", re.I)
_OLD_PASSWORD = re.compile(r"^(?:old|current|existing|previous)[-_ ]?password$|^password[-_ ]?(?:old|current)$", re.I)
_PASSWORD_HASH = re.compile(r"(?:^|\.)(?:hashpw|generate_password_hash|make_password|hash_password|set_password|"
                            r"get_password_hash|encrypt_password)$|^(?:pwd_context|password_context|ph|hasher|argon2|"
                            r"bcrypt|sha256_crypt|pbkdf2_sha256)\.hash$")


def _signup(fn: ast.FunctionDef | ast.AsyncFunctionDef, mod: PyModule) -> str:
    """What shows that a route handler signs a new user up: it (or a function of its module it calls by name)
    compares the password with its repeat, it hashes the password, and it reads no old password; "" otherwise."""
    hashed = next((n for n in ast.walk(fn) if isinstance(n, ast.Call) and _PASSWORD_HASH.search(_dotted_func(n.func))),
                  None)
    if hashed is None:  # first: most handlers hash nothing, and the module is then not walked
        return ""
    called = {n.func.id for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    helpers = [n for n in ast.walk(mod.tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
               and n.name in called and n is not fn] if called else []
    compared = ""
    for body in (fn, *helpers[:20]):
        for node in ast.walk(body):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _OLD_PASSWORD.match(node.value):
                return ""
            if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq | ast.NotEq):
                words = [sub.value for side in (node.left, *node.comparators) for sub in ast.walk(side)
                         if isinstance(sub, ast.Constant) and isinstance(sub.value, str)]
                first = next((w for w in words if _PASSWORD_FIELD.match(w)), None)
                repeat = next((w for w in words if _PASSWORD_REPEAT.match(w)), None)
                if first and repeat and not compared:
                    compared = f"compares '{first}' with '{repeat}' (line {node.lineno})"
    return f"{compared}, {_dotted_func(hashed.func)}() (line {hashed.lineno})" if compared else ""


def _may_refuse(fn: ast.FunctionDef | ast.AsyncFunctionDef, resolve: Resolver | None, depth: int = 0,
                extractors: frozenset[str] = frozenset(), record: Callable[[str], bool] | None = None,
                other_refusals: bool = True) -> bool:
    """Whether a guard the repository defines can turn a request away: it raises, asserts, returns a refusal
    (401/403, Unauthorized, ...), returns something else than the wrapped view from a branch (a login page, a
    redirect), or calls something that may raise (a library, or a function of the repository that may refuse).
    A guard that can do none of these (`def login_required(f): return f`, a dependency returning the header's
    text) lets every caller in, whatever its name says. `extractors` are the module-level names bound to a
    fastapi.security scheme (`oauth2_scheme = OAuth2PasswordBearer(...)`): depending on one reads a credential,
    it checks nothing. `record(name)` tells a class of the repository that only declares fields (a pydantic model,
    a dataclass: building one from strings refuses nobody). Without `other_refusals`, answering with a status that
    is about something else than the caller (`raise HTTPException(status_code=415)`, `abort(415)`, `return "...",
    400`) does not count as refusing (see _other_refusal)."""
    # the refusals for another reason than the caller, and the calls building them (not judged as calls)
    other: set[int] = set()
    if not other_refusals:
        for node in ast.walk(fn):
            value = node.exc if isinstance(node, ast.Raise) else node.value if isinstance(node, ast.Return | ast.Expr) \
                else None
            if _other_refusal(value):
                other |= {id(node), *(id(sub) for sub in ast.walk(value))} if value is not None else set()
    params = {a.arg for node in ast.walk(fn) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
              for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs,
                        *(x for x in (node.args.vararg, node.args.kwarg) if x is not None)]}
    inner = {node.name for node in ast.walk(fn) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}

    def view_call(value: ast.expr | None) -> bool:  # `return f(*args, **kwargs)`, `return wrapper`, `return None`
        if value is None or (isinstance(value, ast.Constant) and value.value is None):
            return True
        if isinstance(value, ast.Await):
            value = value.value
        if isinstance(value, ast.Name):
            return value.id in params or value.id in inner
        return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in params

    local = {node.id for node in ast.walk(fn) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    for node in ast.walk(fn):
        if id(node) in other:
            continue
        if isinstance(node, ast.Raise | ast.Assert):
            return True
        if isinstance(node, ast.Return) and node.value is not None and _REFUSAL.search(_short(node.value)):
            return True
        if isinstance(node, ast.Return) and node.value is not None and any(
                isinstance(sub, ast.Name) and sub.id not in params | inner | local and sub.id not in _INERT_CALLS
                and (resolve is None or resolve(sub.id) is None) for sub in _values(node.value)):
            return True  # hands out something it does not define (a factory returning a library's guard)
        if (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in params | inner | local
                and resolve is not None and depth < 3 and (target := resolve(node.id)) is not None and target is not fn
                and _may_refuse(target, resolve, depth + 1, extractors, record, other_refusals)):
            return True  # a function of the repository it calls or hands out (`return _get_current_user`)
        if isinstance(node, ast.If | ast.Try | ast.While | ast.For | ast.AsyncFor | ast.Match) and any(
                isinstance(sub, ast.Return) and not view_call(sub.value) and id(sub) not in other
                for sub in ast.walk(node)):
            return True  # a branch that answers without calling the view: a login page, a redirect, an error
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                not isinstance(d, ast.Call) and _dotted_func(d) not in _INERT_CALLS for d in node.decorator_list):
            return True
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            if func.id in params or func.id in inner or func.id in _INERT_CALLS or func.id in _PARAM_SOURCES:
                continue
            if func.id in ("Depends", "Security") and node.args and isinstance(node.args[0], ast.Name):
                if node.args[0].id in extractors:
                    continue
                dependency = resolve(node.args[0].id) if resolve is not None and depth < 3 else None
                if dependency is not None and not _may_refuse(dependency, resolve, depth + 1, extractors, record,
                                                              other_refusals):
                    continue
                return True
            if record is not None and record(func.id):
                continue
            target = resolve(func.id) if resolve is not None and depth < 3 else None
            if target is not None and target is not fn and not _may_refuse(target, resolve, depth + 1, extractors,
                                                                           record, other_refusals):
                continue
            return True
        dotted = _dotted_func(func)
        if dotted in _INERT_CALLS or (isinstance(func, ast.Attribute) and func.attr in _INERT_METHODS
                                      and not _VERIFY_CALL.match(dotted)):
            continue
        return True
    return False


def _dependency_aliases(tree: ast.Module, resolve: Resolver | None = None) -> dict[str, str]:
    """Names assigned (at any level) a type that carries Depends()/Security(): name -> hint."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:  # X: TypeAlias = Annotated[...]
            target, value = node.target, node.value
        elif type(node).__name__ == "TypeAlias":  # `type X = Annotated[...]` (Python 3.12)
            target, value = node.name, node.value  # type: ignore[attr-defined]
        else:
            continue
        if isinstance(target, ast.Name) and isinstance(value, ast.Subscript):
            call = next((sub for sub in ast.walk(value) if _auth_call(sub, resolve)), None)
            if call is not None:
                found[target.id] = f"{target.id} = {_short(call)}"
    return found


# A handler that verifies the caller's token itself (bank-of-anthos: `jwt.decode(token, key, algorithms=...)`
# on the Authorization header inside each view) is protected, though no decorator says so.
_VERIFY_CALL = re.compile(r"^(?:(?:jwt|jose\.jwt|jws|pyjwt)\.decode|(?:\w*verifier|jwt)\.verify|\w*\."
                          r"verify_(?:id_token|oauth2_token|token|jwt)|(?:verify|validate|check|decode)_?"
                          r"(?:jwt|token|id_token|access_token|auth(?:orization)?))$", re.I)


def _verification_off(call: ast.Call) -> bool:
    """`verify=False` or `options={"verify_signature": False}`: decoding, not verifying."""
    for kw in call.keywords:
        if kw.arg == "verify" and isinstance(kw.value, ast.Constant) and kw.value.value is False:
            return True
        if kw.arg == "options" and isinstance(kw.value, ast.Dict):
            for key, value in zip(kw.value.keys, kw.value.values, strict=True):
                if (isinstance(key, ast.Constant) and key.value == "verify_signature"
                        and isinstance(value, ast.Constant) and value.value is False):
                    return True
    return False


def _dotted_func(node: ast.AST) -> str:
    """`jwt.decode` for jwt.decode(...), `self.verifier.verify` -> `verifier.verify` (the last two names)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute) and len(parts) < 2:
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and len(parts) < 2:
        parts.append(node.id)
    return ".".join(reversed(parts))


# A handler that reads the caller's credential itself and answers 401/403 without it (healthchecks'
# metrics view: `request.headers.get("Authorization")`, then HttpResponse(status=401) / HttpResponseForbidden).
_CREDENTIAL_HEADER = re.compile(r"^(?:authorization|http_authorization|x-api-key|http_x_api_key|api-key|x-auth-token|"
                                r"http_x_auth_token|bearer |(?:http_)?x[-_][\w-]*[-_](?:key|token|secret))$", re.I)
_REFUSAL = re.compile(r"\b(?:401|403)\b|HttpResponseForbidden|HTTP_40[13]|PermissionDenied|NotAuthenticated|"
                      r"Unauthorized|Forbidden")


def _body_hints(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """Token verification inside the handler's own body, or a credential read and refused without."""
    reads = refuses = None
    for stmt in fn.body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Call):
                name = _dotted_func(node.func)
                if _VERIFY_CALL.match(name) and not _verification_off(node):
                    return [f"verifies the token in the handler: {name}() (line {node.lineno})"]
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CREDENTIAL_HEADER.match(node.value):
                reads = reads or node
            elif isinstance(node, ast.Return | ast.Raise) and refuses is None:
                value = node.value if isinstance(node, ast.Return) else node.exc
                if value is not None and _REFUSAL.search(_short(value)):
                    refuses = node
    if reads is not None and refuses is not None:
        return [f"reads the credential in the handler and refuses with 401/403 (line {refuses.lineno})"]
    return _signature_checked(fn)


# A webhook receiver that authenticates its caller by a signature (healthchecks' bounce webhook:
# `unsign_bounce_id(...)` in a try whose `except BadSignature:` returns): the signed value is the credential.
_SIGNATURE_ERROR = re.compile(r"(?:^|\.)(?:BadSignature|SignatureExpired|InvalidSignature\w*|"
                              r"SignatureVerificationError|BadTimeSignature|BadData)$")
_SIGNATURE_CALL = re.compile(r"^signing\.loads$|(?:^|\.|_)(?:unsign\w*|verify_?signature|check_?signature|"
                             r"validate_?signature|compare_digest|constant_time_compare|verify_webhook\w*)$", re.I)


def _exits(body: list[ast.stmt]) -> bool:
    return any(isinstance(node, ast.Return | ast.Raise) for stmt in body for node in ast.walk(stmt))


def _signature_checked(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """The handler verifies a signature and leaves when it does not hold: a try calling an unsign/verify
    function whose signature-error handler returns or raises, or `if not compare_digest(...)/verify_signature(...)`
    that returns or raises. A verification whose failure is ignored protects nothing."""
    for stmt in fn.body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Try):
                calls = [c for s in node.body for c in ast.walk(s) if isinstance(c, ast.Call)
                         and _SIGNATURE_CALL.search(_dotted_func(c.func))]
                caught = [h for h in node.handlers if h.type is not None and any(
                    _SIGNATURE_ERROR.search(_short(t)) for t in (h.type.elts if isinstance(h.type, ast.Tuple)
                                                                 else [h.type])) and _exits(h.body)]
                if calls and caught:
                    return [f"verifies a signature in the handler: {_dotted_func(calls[0].func)}() (line "
                            f"{calls[0].lineno}), refused on {_short(caught[0].type)}"]  # type: ignore[arg-type]
            elif (isinstance(node, ast.If) and isinstance(node.test, ast.UnaryOp) and isinstance(node.test.op, ast.Not)
                  and isinstance(node.test.operand, ast.Call)
                  and _SIGNATURE_CALL.search(_dotted_func(node.test.operand.func)) and _exits(node.body)):
                return [f"verifies a signature in the handler: {_dotted_func(node.test.operand.func)}() "
                        f"(line {node.lineno})"]
    return []


def _module_dotted(path: str) -> str:
    dotted = path[:-3].replace("/", ".")
    if dotted.endswith(".__init__"):
        dotted = dotted[: -len(".__init__")]
    if dotted.startswith("src."):
        dotted = dotted[4:]
    return dotted


@dataclass
class _Router:
    file: str
    name: str
    framework: str
    prefix: str = ""
    hints: list[str] = field(default_factory=list)


@dataclass
class _Include:
    parent: tuple[str, str]  # (file, variable) of the including app/router
    child: tuple[str, str]  # (file, variable) it includes, resolved through imports
    prefix: str
    hints: list[str]


@dataclass
class _Hook:
    owner: tuple[str, str]  # (file, variable) of the app or blueprint the hook is attached to
    app_wide: bool  # before_app_request: every request of the apps that register the blueprint
    hint: str
    skips: list[str]  # attributes it skips views on (`getattr(view, "no_authentication", False)`)


_FACTORY_CALL = re.compile(r"=\s*[\w.]*app\w*\(", re.I)
# Django REST framework's view classes (generics.ListAPIView, viewsets.ModelViewSet, ...), and permission classes
# that let an anonymous caller in (AllowAny; *OrReadOnly lets anyone read).
_DRF_BASE = re.compile(r"^(?:\w*APIView|\w*ViewSet|ViewSetMixin)$")
_DRF_OPEN = re.compile(r"AllowAny|ReadOnly|Anonymous|Public", re.I)
_HOOK_DECORATOR = re.compile(r"^([A-Za-z_]\w*)\.(before_app_request|before_request)$")
_UNAUTHENTICATED = re.compile(r"\bUnauthorized\b|\b401\b|HTTP_401|NotAuthenticated|AuthenticationFailed")


def _refuses_unauthenticated(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """The hook answers 401 (raises Unauthorized, aborts or returns 401): an authentication check. A 403 alone may be
    anything (a CSRF check refuses with 403) and does not count."""
    for node in ast.walk(fn):
        if isinstance(node, ast.Raise) and node.exc is not None and _UNAUTHENTICATED.search(_short(node.exc)):
            return True
        if isinstance(node, ast.Return) and node.value is not None and _UNAUTHENTICATED.search(_short(node.value)):
            return True
        if (isinstance(node, ast.Call) and _call_name(node) == "abort" and node.args
                and isinstance(node.args[0], ast.Constant) and node.args[0].value == 401):
            return True
    return False


@dataclass
class _PendingRoute:
    owner: tuple[str, str]
    route: Route


class _PythonRoutes:
    def __init__(self, modules: dict[str, PyModule]) -> None:
        self.modules = modules
        self.by_dotted = {_module_dotted(p): p for p in modules}
        self._by_suffix: dict[str, list[str]] | None = None
        self.routers: dict[tuple[str, str], _Router] = {}
        self.aliases: dict[str, dict[str, str]] = {}  # file -> dependency type aliases defined in it
        self.includes: list[_Include] = []
        self.pending: list[_PendingRoute] = []
        self.django: list[Route] = []
        self.django_includes: dict[str, list[str]] = {}  # urls file -> prefixes it is included under
        self._functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef | None] | None = None
        self.hooks: list[_Hook] = []  # Flask before_request / before_app_request hooks that authenticate
        self.opt_out_names: set[str] = set()  # decorators that set the attribute a hook skips on
        self._inert: dict[str, str] = {}  # guard name -> "name (path:line)" when it can never refuse, else ""
        self._inert_reason: dict[str, str] = {}  # guard name -> why it is no guard, when not "never refuses"
        self._extractors: frozenset[str] | None = None
        # class-based view -> _class_page's answer: each URL pattern naming the view asked again, walking its
        # handlers (2,000 patterns of one view whose get() has 2,000 lines: 24 s of CPU)
        self._class_pages: dict[ast.ClassDef, str] = {}

    def resolve_function(self, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """A function of that name in any scanned module, at any depth (dependencies live in deps.py,
        security.py, or inside an app factory): enough to see whether a dependency authenticates. Only
        modules whose text defines the name are walked."""
        if self._functions is None:
            self._functions = {}
        if name not in self._functions:
            found = None
            needle = f"def {name}("
            for mod in self.modules.values():
                if needle in mod.text:
                    found = next((n for n in ast.walk(mod.tree)
                                  if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name), None)
                    if found is not None:
                        break
            self._functions[name] = found
        return self._functions[name]

    # imports: local name -> (file, variable or None for a module)
    def _imports(self, mod: PyModule) -> dict[str, tuple[str, str | None]]:
        table: dict[str, tuple[str, str | None]] = {}
        package = _module_dotted(mod.path).rsplit(".", 1)[0] if "." in _module_dotted(mod.path) else ""
        # An app factory imports its blueprints inside its body (`def create_app(): from .views import bp`, Flask's
        # way round circular imports): those names count too, after the module's own (which win on a clash).
        in_factories = [stmt for fn in mod.tree.body if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
                 for stmt in fn.body if isinstance(stmt, ast.ImportFrom | ast.Import)]
        for node in [*in_factories, *mod.tree.body]:
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".") if package else []
                    if mod.path.endswith("__init__.py"):
                        parts = _module_dotted(mod.path).split(".")
                    parts = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
                    base = ".".join([*parts, base] if base else parts)
                for alias in node.names:
                    local = alias.asname or alias.name
                    as_module = self._find_module(f"{base}.{alias.name}" if base else alias.name)
                    if as_module:
                        table[local] = (as_module, None)
                        continue
                    owner = self._find_module(base)
                    if owner:
                        table[local] = (owner, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    found = self._find_module(alias.name)
                    if found:
                        table[alias.asname or alias.name] = (found, None)
        return table

    def _find_module(self, dotted: str) -> str | None:
        if not dotted:
            return None
        if dotted in self.by_dotted:
            return self.by_dotted[dotted]
        # Repos are often scanned from above the import root (`service/app/main.py` imports `app.x`):
        # the one module whose dotted name ends with `.dotted`, from an index of every proper suffix
        # (a scan of all modules per import was quadratic: 49 s on a 2,600-module Django service).
        if self._by_suffix is None:
            self._by_suffix = {}
            for d, p in self.by_dotted.items():
                parts = d.split(".")
                for i in range(1, len(parts)):
                    self._by_suffix.setdefault(".".join(parts[i:]), []).append(p)
        matches = self._by_suffix.get(dotted, [])
        return matches[0] if len(matches) == 1 else None

    def _resolve(self, node: ast.AST, mod: PyModule, imports: dict[str, tuple[str, str | None]]
                 ) -> tuple[str, str] | None:
        if isinstance(node, ast.Name):
            if (mod.path, node.id) in self.routers:
                return mod.path, node.id
            imported = imports.get(node.id)
            if imported and imported[1]:
                return imported[0], imported[1]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            imported = imports.get(node.value.id)
            if imported and imported[1] is None:
                return imported[0], node.attr
        return None

    def _aliases_in(self, mod: PyModule, imports: dict[str, tuple[str, str | None]]) -> dict[str, str]:
        """Dependency aliases usable in `mod`: its own, imported by name, or through an imported module."""
        usable = dict(self.aliases.get(mod.path, {}))
        for local, (file, var) in imports.items():
            theirs = self.aliases.get(file)
            if not theirs:
                continue
            if var is None:
                usable.update({f"{local}.{name}": hint for name, hint in theirs.items()})
            elif var in theirs:
                usable[local] = theirs[var]
        return usable

    def collect(self) -> None:
        # Walking a tree costs ~10 us a node in pure Python (a 4 MB generated module: 20 s); only
        # walk modules whose text can hold what each walk looks for.
        for mod in self.modules.values():
            if any(name in mod.text for name in _APP_CONSTRUCTORS):
                self._collect_routers(mod)
            if "Depends(" in mod.text or "Security(" in mod.text:
                self.aliases[mod.path] = _dependency_aliases(mod.tree, self.resolve_function)
            if "before_app_request" in mod.text or "before_request" in mod.text:
                self._collect_hooks(mod)
        self._collect_opt_outs()
        for mod in self.modules.values():
            if "@" in mod.text or any(name in mod.text for name in _ROUTE_CALLS) or (
                    self.hooks and _FACTORY_CALL.search(mod.text)):  # `app = base.create_app(...)`: see _factory_alias
                imports = self._imports(mod)
                self._collect_routes(mod, imports)
            if mod.path.endswith("urls.py"):
                self._collect_django(mod, self._imports(mod))
        self._apply_hooks()

    def _collect_hooks(self, mod: PyModule) -> None:
        """`@bp.before_app_request` / `@app.before_request` functions that refuse an unauthenticated request (401)."""
        for node in ast.walk(mod.tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for dec in node.decorator_list:
                m = _HOOK_DECORATOR.match(_short(dec))
                guard = "" if m is None else self._hook_guard(node, mod.path)
                if m and (guard or _refuses_unauthenticated(node)):
                    skips = [_str_value(c.args[1]) or "" for c in ast.walk(node) if isinstance(c, ast.Call)
                             and _call_name(c) == "getattr" and len(c.args) > 1]
                    self.hooks.append(_Hook((mod.path, m.group(1)), m.group(2) == "before_app_request",
                                            f"Flask {m.group(2)} hook {node.name}(){guard} ({mod.path}:{node.lineno})",
                                            [name for name in skips if name]))

    def _hook_guard(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, file: str) -> str:
        """` behind @auth.login_required` when the hook itself sits behind an authentication decorator: Flask runs
        the decorated hook before every view of its blueprint, so the decorator refuses for all of them
        (flask-httpauth's `@bp.before_request @auth.login_required def before(): pass`). A decorator the repository
        defines that can never refuse guards nothing."""
        for dec in fn.decorator_list:
            if _HOOK_DECORATOR.match(_short(dec)) or not _guard_decorator(dec):
                continue
            bare = _GUARD_HINT.match("@" + _short(dec))
            if bare is None or not self._inert_guard(bare.group(1), file):
                return f" behind @{_short(dec)}"
        return ""

    def _collect_opt_outs(self) -> None:
        """Functions that set an attribute a hook skips on (`func.no_authentication = True`): opt-out decorators."""
        for attr in {a for hook in self.hooks for a in hook.skips}:
            for mod in self.modules.values():
                if f".{attr} = True" not in mod.text:
                    continue
                for node in ast.walk(mod.tree):
                    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                            isinstance(a, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == attr
                                                              for t in a.targets) for a in ast.walk(node)):
                        self.opt_out_names.add(node.name)

    def _apply_hooks(self) -> None:
        """A hook guards the routes of what it is attached to: `app.before_request` that app (and what it
        registers), `bp.before_request` that blueprint, `bp.before_app_request` every app registering bp."""
        for hook in self.hooks:
            owners = [inc.parent for inc in self.includes if inc.child == hook.owner] if hook.app_wide else [hook.owner]
            for owner in owners:
                router = self.routers.setdefault(owner, _Router(owner[0], owner[1], "flask"))
                if hook.hint not in router.hints:
                    router.hints.append(hook.hint)

    def _factory_alias(self, node: ast.Assign, mod: PyModule, imports: dict[str, tuple[str, str | None]]) -> None:
        """`app = create_default_app(name, cfg)`: `app` IS the app the factory builds and returns (its hooks and
        app-level dependencies guard what is registered on it here): recorded as mounted there without a prefix."""
        call = node.value
        if not (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and isinstance(call, ast.Call)):
            return
        func = call.func
        where: tuple[str, str | None] | None = None
        if isinstance(func, ast.Name):
            where = imports.get(func.id) or (mod.path, func.id)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            imported = imports.get(func.value.id)
            where = (imported[0], func.attr) if imported and imported[1] is None else None
        if where is None or where[1] is None or not re.search("app", where[1], re.I):
            return
        module = self.modules.get(where[0])
        factory = next((n for n in module.tree.body if isinstance(n, ast.FunctionDef) and n.name == where[1]),
                       None) if module else None
        returned = [r.value.id for r in ast.walk(factory) if isinstance(r, ast.Return)
                    and isinstance(r.value, ast.Name)] if factory else []
        if len(set(returned)) == 1 and (mod.path, node.targets[0].id) != (where[0], returned[0]):
            self.includes.append(_Include((where[0], returned[0]), (mod.path, node.targets[0].id), "", []))

    def _collect_routers(self, mod: PyModule) -> None:
        for node in ast.walk(mod.tree):
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
                continue
            framework = _APP_CONSTRUCTORS.get(_call_name(node.value) or "")
            if framework is None:
                continue
            call = node.value
            prefix = _str_value(_kw(call, "prefix") or _kw(call, "url_prefix")) or ""
            hints = _dependency_hints(_kw(call, "dependencies"), self.resolve_function)
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.routers[(mod.path, target.id)] = _Router(mod.path, target.id, framework, prefix, hints)

    def _collect_routes(self, mod: PyModule, imports: dict[str, tuple[str, str | None]]) -> None:
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "include_router", "register_blueprint", "mount"
            ) and isinstance(node.func.value, ast.Name) and node.args:
                child = self._resolve(node.args[0], mod, imports)
                parent = (mod.path, node.func.value.id)
                if child is not None:
                    prefix = _str_value(_kw(node, "prefix") or _kw(node, "url_prefix")) or ""
                    self.includes.append(_Include(parent, child, prefix,
                                                  _dependency_hints(_kw(node, "dependencies"), self.resolve_function)))
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("add_api_route", "add_url_rule") and isinstance(node.func.value, ast.Name)):
                self._imperative_route(node, mod)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and self.hooks:
                self._factory_alias(node, mod, imports)
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            route_decorators = []
            other_hints = []
            for dec in node.decorator_list:
                spec = self._route_decorator(dec, mod)
                if spec is not None:
                    route_decorators.append(spec)
                elif _guard_decorator(dec):  # (a cache or rate limit protects nothing)
                    other_hints.append("@" + _short(dec))
            if not route_decorators:
                continue
            params = _param_hints(node, self._aliases_in(mod, imports), self.resolve_function)
            unused = self._unused_schemes(node, params)
            params = [h for h in params if h not in unused] or _body_hints(node)
            hidden = {dec.lineno for dec in node.decorator_list if isinstance(dec, ast.Call) and _hidden(dec)}
            page = _web_page(node)
            opt_out = any(_AUTH_OPT_OUT.search(name := _decorator_name(d)) or name.rsplit(".", 1)[-1]
                          in self.opt_out_names for d in node.decorator_list)
            for owner, methods, path, dec_hints, framework, line in route_decorators:
                if owner not in self.routers:  # `from . import bp` then `@bp.route(...)`: the blueprint of that module
                    owner = self._resolve(ast.Name(owner[1]), mod, imports) or owner
                for method in methods:
                    schemes = [h for h in dec_hints if (d := _DEPENDENCY_HINT.search(h))
                               and d.group(1) in self._credential_extractors()]
                    route = Route(method=method, path=path, file=mod.path, line=line,
                                  auth_hints=[*(h for h in dec_hints if h not in schemes), *params, *other_hints],
                                  framework=framework, handler=node.name, in_schema=line not in hidden, page=page,
                                  opt_out=opt_out, signup=_signup(node, mod) if method in ("POST", "PUT") else "")
                    if unused or schemes:
                        route.inert_guard = (unused or schemes)[0]
                        route.inert_reason = _SCHEME_ONLY
                    self.pending.append(_PendingRoute(owner, route))

    def _unused_schemes(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, hints: list[str]) -> list[str]:
        """The hints among `hints` that hand `fn` a fastapi.security scheme's credential (`token: str =
        Depends(oauth2_scheme)`) which `fn` never checks (see _credential_used): the scheme alone lets any value in."""
        extractors = self._credential_extractors()
        named = {h: d.group(1) for h in hints if (d := _DEPENDENCY_HINT.search(h)) and d.group(1) in extractors}
        if not named:
            return []
        args = fn.args
        positional = [*args.posonlyargs, *args.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        pairs = [*zip(positional, defaults, strict=True), *zip(args.kwonlyargs, args.kw_defaults, strict=True)]
        used = set()
        for arg, default in pairs:
            parts = [p for p in (default, arg.annotation) if p is not None]
            for h, name in named.items():
                if any(isinstance(sub, ast.Call) and sub.args and _dependency_name(sub) == name
                       for p in parts for sub in ast.walk(p)) and _credential_used(fn, arg.arg):
                    used.add(h)
        return [h for h in named if h not in used]

    def _imperative_route(self, call: ast.Call, mod: PyModule) -> None:
        """`app.add_api_route("/x", fn, methods=[...])` (FastAPI), `app.add_url_rule("/x", view_func=fn)` (Flask)."""
        if not (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)):
            return
        path = _str_value(call.args[0] if call.args else (_kw(call, "path") or _kw(call, "rule")))
        if path is None:
            return
        fastapi = call.func.attr == "add_api_route"
        view = (call.args[1] if len(call.args) > 1 and fastapi else
                _kw(call, "endpoint") if fastapi else _kw(call, "view_func") or
                (call.args[2] if len(call.args) > 2 else None))
        handler = view.id if isinstance(view, ast.Name) else None
        methods_node = _kw(call, "methods")
        methods = [m.upper() for m in (_str_value(e) for e in getattr(methods_node, "elts", [])) if m] or ["GET"]
        hints = _dependency_hints(_kw(call, "dependencies"), self.resolve_function)
        if isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute) and view.func.attr == "as_view":
            # `view_func=ScopeIneligible.as_view("x")` (a Flask class-based view): the class's name is no guard
            # (cla-public's ScopeIneligible read as a `scope` check); its `decorators = [...]` list wraps the view
            hints += self._view_class_decorators(view.func.value)
        elif isinstance(view, ast.Call) and _AUTH_NAME.search(_short(view.func)):  # view_func=login_required(fn)
            hints.append(_short(view.func))
        fn = next((n for n in mod.tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                   and n.name == handler), None)
        if fn is not None:
            hints += _param_hints(fn, self._aliases_in(mod, self._imports(mod)), self.resolve_function) + \
                ["@" + _short(d) for d in fn.decorator_list if _guard_decorator(d)]
        router = self.routers.get((mod.path, call.func.value.id))
        framework = router.framework if router else ("fastapi" if fastapi else "flask")
        for method in methods:
            self.pending.append(_PendingRoute((mod.path, call.func.value.id), Route(
                method=method, path=path, file=mod.path, line=call.lineno, auth_hints=list(hints),
                framework=framework, handler=handler, in_schema=not _hidden(call))))

    def _route_decorator(self, dec: ast.AST, mod: PyModule
                         ) -> tuple[tuple[str, str], list[str], str, list[str], str, int] | None:
        if not isinstance(dec, ast.Call) or not isinstance(dec.func, ast.Attribute):
            return None
        owner = dec.func.value
        if (isinstance(owner, ast.Attribute) and owner.attr == "app" and isinstance(owner.value, ast.Name)
                and dec.func.attr == "route"):
            owner = owner.value  # connexion's App: `@app.app.route("/x")` declares a route on its Flask app
        if not isinstance(owner, ast.Name):
            return None
        attr = dec.func.attr
        owner_name = owner.id
        router = self.routers.get((mod.path, owner_name))
        path_node = dec.args[0] if dec.args else (_kw(dec, "path") or _kw(dec, "rule"))
        path = _str_value(path_node)
        if path is None:
            return None
        framework = router.framework if router else ""
        methods_node = _kw(dec, "methods")
        declared = [m.upper() for m in (_str_value(e) for e in getattr(methods_node, "elts", [])) if m]
        if attr in _FASTAPI_METHODS:
            # `x.get("/p")` on something that is not a known app could be a dict.get("key"): require a
            # leading slash (or an empty path on a router) to call it a route.
            if router is None and not path.startswith("/"):
                return None
            methods = [attr.upper()]
            framework = framework or "fastapi"
        elif attr == "api_route":
            methods = declared or ["GET"]
            framework = framework or "fastapi"
        elif attr == "route":
            methods = declared or ["GET"]  # Flask's default
            framework = framework or "flask"
        else:
            return None
        hints = _dependency_hints(_kw(dec, "dependencies"), self.resolve_function)
        return (mod.path, owner_name), methods, path, hints, framework, dec.lineno

    def _django_view(self, view: ast.AST, mod: PyModule, imports: dict[str, tuple[str, str | None]]
                     ) -> ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | None:
        """The view function or class a urls.py entry names (`views.profile`, `profile`, `Home.as_view()`),
        defined at the top level of a scanned module."""
        if isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute) and view.func.attr == "as_view":
            view = view.func.value
        where: tuple[str, str | None] | None = None
        if isinstance(view, ast.Attribute) and isinstance(view.value, ast.Name):
            imported = imports.get(view.value.id)
            where = (imported[0], view.attr) if imported and imported[1] is None else None
        elif isinstance(view, ast.Name):
            bound = next((n.value for n in mod.tree.body if isinstance(n, ast.Assign) and len(n.targets) == 1
                          and isinstance(n.targets[0], ast.Name) and n.targets[0].id == view.id), None)
            if (isinstance(bound, ast.Call) and isinstance(bound.func, ast.Attribute) and bound.func.attr == "as_view"
                    and isinstance(bound.func.value, ast.Name | ast.Attribute)):  # case_split = X.as_view({...})
                return self._django_view(bound, mod, imports)
            where = imports.get(view.id) or (mod.path, view.id)
        module = self.modules.get(where[0]) if where and where[1] else None
        if module is None:
            return None
        return next((n for n in module.tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                     and n.name == where[1]), None)  # type: ignore[index]

    def _django_view_hints(self, view: ast.AST, mod: PyModule, imports: dict[str, tuple[str, str | None]]
                           ) -> list[str]:
        """Access control the view itself declares: `@login_required`, `@permission_required(...)`, a project's
        own `@authorize` decorator, or a class view's LoginRequiredMixin/PermissionRequiredMixin base or
        `@method_decorator(login_required, ...)`. HTTP-method decorators (`@require_POST`) protect nothing."""
        node = self._django_view(view, mod, imports)
        if node is None:
            return []
        hints = _auth_decorators(node)
        drf = self._drf_permissions(node)
        if drf:  # the view's own permission_classes (DRF), unless they let anyone in
            hints += [drf] if not _DRF_OPEN.search(drf) else []
        elif isinstance(node, ast.ClassDef):
            hints += [_short(b) for b in node.bases if _AUTH_NAME.search(_short(b))]
        elif not hints:
            hints = _user_guard(node) or _body_hints(node) or self._dispatch_hints(node, view, mod, imports)
        return hints

    def _view_class_decorators(self, node: ast.AST) -> list[str]:
        """The guards in a Flask View class's `decorators = [login_required, ...]` (Flask applies them to the
        function as_view() returns), looked up through the class's bases."""
        cls = self._class_named(node.id) if isinstance(node, ast.Name) else None
        for _ in range(5):
            if cls is None:
                return []
            for stmt in cls.body:
                if (isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "decorators"
                                                         for t in stmt.targets)
                        and isinstance(stmt.value, ast.List | ast.Tuple)):
                    return ["@" + _short(d) for d in stmt.value.elts if _guard_decorator(d)]
            base = next((b for b in cls.bases if isinstance(b, ast.Name)), None)
            cls = self._class_named(base.id) if base is not None else None
        return []

    def _view_methods(self, node: ast.ClassDef, depth: int = 0) -> frozenset[str] | None:
        """The HTTP methods a Django class-based view handles (its and its bases' `get`, `post`, ... methods, Django's
        View.dispatch semantics), or None when a base is neither a class of the project nor one of Django's generic
        views, or a class sets `http_method_names` or overrides `dispatch` (then the methods cannot be told)."""
        own: set[str] = set()
        for item in node.body:
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                if item.name == "dispatch":
                    return None
                if item.name in _HTTP_HANDLERS:
                    own.add(item.name)
            elif isinstance(item, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "http_method_names"
                                                      for t in item.targets):
                return None
        if depth > 8:
            return None
        for base in node.bases:
            name = _short(base).rpartition(".")[2]
            if name in _DJANGO_GENERIC_VIEWS:
                own |= _DJANGO_GENERIC_VIEWS[name]
                continue
            found = self._class_named(name)
            inherited = self._view_methods(found, depth + 1) if found is not None else None
            if inherited is None:
                return None
            own |= inherited
        return frozenset(own)

    def _class_page(self, node: ast.AST | None) -> str:
        """Why a Django class-based view is a web UI's page: it is one of Django's template views (TemplateView,
        ListView, FormView, ...: TemplateResponseMixin renders its template_name; fala's `AdviserSearchView(...,
        TemplateView)`) through its or a project base's bases, none of them an API view and none of its handlers
        returning JSON; or each of its handlers (get, post, ...) answers with a page, a redirect or a text document
        (`RobotsTxtView(View)`: `HttpResponse(content, content_type="text/plain")`). "" otherwise."""
        if not isinstance(node, ast.ClassDef):
            return ""
        if node not in self._class_pages:
            self._class_pages[node] = self._judge_class_page(node)
        return self._class_pages[node]

    def _judge_class_page(self, node: ast.ClassDef) -> str:
        chain: list[ast.ClassDef] = []
        bases: set[str] = set()
        pending = [node]
        while pending and len(chain) < 10:
            cls = pending.pop()
            chain.append(cls)
            for base in cls.bases:
                name = _short(base).rpartition(".")[2]
                bases.add(name)
                if (found := self._class_named(name)) is not None and found not in chain:
                    pending.append(found)
        handlers = [item for cls in chain for item in cls.body
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name in _HTTP_HANDLERS]
        returned = [n.value for h in handlers for n in ast.walk(h) if isinstance(n, ast.Return) and n.value]
        if bases & _API_VIEW_BASES or any(_call_name(v) in ("JsonResponse", "Response") for v in returned):
            return ""
        if template := sorted(bases & _DJANGO_TEMPLATE_VIEWS):
            return f"{node.name} is a Django {template[0]} (renders its template)"
        pages = [_web_page(h) for h in handlers]
        return f"{node.name}: " + "; ".join(pages) if pages and all(pages) else ""

    def _class_named(self, name: str) -> ast.ClassDef | None:
        """The one top-level class of that name among the scanned modules (None when absent or ambiguous)."""
        found = [n for mod in self.modules.values() if f"class {name}" in mod.text for n in mod.tree.body
                 if isinstance(n, ast.ClassDef) and n.name == name]
        return found[0] if len(found) == 1 else None

    def _drf_permissions(self, node: ast.AST, depth: int = 0) -> str:
        """`permission_classes = (IsAdminUser,)` of a Django REST framework view (its class or a base class of the
        project, or `@permission_classes([...])` on an `@api_view` function); "" when it sets none."""
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return next((f"@{_short(d)}" for d in node.decorator_list if isinstance(d, ast.Call)
                         and _call_name(d) == "permission_classes"), "")
        if not isinstance(node, ast.ClassDef) or depth > 4:
            return ""
        for stmt in node.body:
            if (isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "permission_classes"
                                                     for t in stmt.targets)):
                return f"permission_classes = {_short(stmt.value)} ({node.name})"
        for base in node.bases:
            name = _short(base).rsplit(".", 1)[-1]
            parent = self._class_named(name) if not _DRF_BASE.match(name) else None
            found = self._drf_permissions(parent, depth + 1) if parent is not None else ""
            if found:
                return found
        return ""

    def _drf_view(self, node: ast.AST, depth: int = 0) -> bool:
        """A Django REST framework view: an APIView/ViewSet subclass (through the project's base classes) or an
        `@api_view` function."""
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return any(_decorator_name(d).rsplit(".", 1)[-1] == "api_view" for d in node.decorator_list)
        if not isinstance(node, ast.ClassDef) or depth > 4:
            return False
        for base in node.bases:
            name = _short(base).rsplit(".", 1)[-1]
            if _DRF_BASE.match(name):
                return True
            parent = self._class_named(name)
            if parent is not None and self._drf_view(parent, depth + 1):
                return True
        return False

    def _dispatch_hints(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, view: ast.AST, mod: PyModule,
                        imports: dict[str, tuple[str, str | None]]) -> list[str]:
        """A view that only dispatches (`if request.method == "POST": return create(request)` / `return
        get_all(request)`) to functions of its module that each declare access control is protected by them."""
        returns = [n.value for n in ast.walk(fn) if isinstance(n, ast.Return)]
        calls = [v for v in returns if isinstance(v, ast.Call) and isinstance(v.func, ast.Name)]
        if not returns or len(calls) != len(returns):  # every way out must be a call of another view
            return []
        targets = {c.func.id for c in calls}  # type: ignore[attr-defined]
        module_view = view.value if isinstance(view, ast.Attribute) else None
        hints = []
        for name in sorted(targets):
            target = self._django_view(ast.Attribute(module_view, name) if module_view is not None else ast.Name(name),
                                       mod, imports)
            found = _auth_decorators(target) if isinstance(target, ast.FunctionDef | ast.AsyncFunctionDef) else []
            if not found:
                return []
            hints.append(f"dispatches to {name} ({', '.join(found)})")
        return hints

    def _collect_django(self, mod: PyModule, imports: dict[str, tuple[str, str | None]] | None = None) -> None:
        entries = [node for node in ast.walk(mod.tree) if isinstance(node, ast.Call)
                   and _call_name(node) in ("path", "re_path", "url") and len(node.args) >= 2
                   and _str_value(node.args[0]) is not None]
        local = _django_local_prefixes(mod.tree, entries)
        for node in entries:
            route = _str_value(node.args[0]) or ""
            if _call_name(node) != "path":  # a regular expression: `^\.well-known/jwks\.json$` is that path
                route = _regex_route(route)
            if id(node) in local:  # an entry of a local list served under include(<list>)'s prefix(es)
                for prefix in local[id(node)]:
                    self._django_entry(node, prefix + route.lstrip("^"), mod, imports)
            else:
                self._django_entry(node, route, mod, imports)

    def _django_entry(self, node: ast.Call, route: str, mod: PyModule,
                      imports: dict[str, tuple[str, str | None]] | None) -> None:
        view = node.args[1]
        if _call_name(view) == "include" and isinstance(view, ast.Call) and view.args:
            if _local_list(view) is not None:
                return  # a list of this module (its entries carry the prefix) or a name the text cannot follow
            target = _str_value(view.args[0])
            included = self._find_module(target) if target else None
            if included:
                # a regular expression's anchors are no part of the path (`^checker/` is /checker/...)
                self.django_includes.setdefault(included, []).append(route.lstrip("^").rstrip("$"))
            return
        hints = []
        # login_required(views.x) / staff_member_required(...) wrapping the view in urls.py
        if isinstance(view, ast.Call) and _call_name(view) not in ("as_view",):
            hints.append(_short(view.func))
        if _short(view).endswith("admin.site.urls"):  # Django's admin: its own staff login guards every page
            hints.append("Django admin site (staff login)")
        elif imports is not None:
            hints += self._django_view_hints(view, mod, imports)
        if not hints:
            hints += _oauth2_provider_view(view, mod)
        handler = _short(view)
        found = self._django_view(view, mod, imports) if imports is not None and not hints else None
        drf = self._drf_permissions(found) if found is not None else ""
        drf_default = found is not None and self._drf_view(found) and not drf
        fn = found if isinstance(found, ast.FunctionDef | ast.AsyncFunctionDef) else None
        # a class-based view answers only the methods its class (or a base) handles: View.dispatch gives any other
        # one 405 Method Not Allowed, so a view defining get() alone is a GET route, not any-method
        method = ANY_METHOD
        if (isinstance(found, ast.ClassDef) and isinstance(view, ast.Call) and not view.args
                and (handled := self._view_methods(found)) and handled <= {"get", "head", "options"}):
            method = "GET"
        self.django.append(Route(method=method, path=route, file=mod.path, line=node.lineno,
                                 auth_hints=hints, framework="django", handler=handler,
                                 static=_static_page(fn) if fn else "",
                                 capability=_capability_url(fn, route) if fn else "",
                                 page=_web_page(fn) if fn else self._class_page(found) or _static_serve(view, mod),
                                 drf_default=drf_default,
                                 declared_public=drf if re.search(r"\bAllowAny\b", drf) else ""))

    def _prefixes(self, owner: tuple[str, str], depth: int = 0) -> list[tuple[str, list[str]]]:
        """Every (prefix, inherited hints) under which routes of `owner` are served."""
        router = self.routers.get(owner)
        own_prefix = router.prefix if router else ""
        own_hints = list(router.hints) if router else []
        parents = [inc for inc in self.includes if inc.child == owner]
        if not parents or depth > 8:  # a top-level app (or a cycle of includes: stop, do not loop)
            return [(own_prefix, own_hints)]
        out = []
        for inc in parents:
            for parent_prefix, parent_hints in self._prefixes(inc.parent, depth + 1):
                out.append((join_paths(parent_prefix, inc.prefix, own_prefix) if (parent_prefix or inc.prefix)
                            else own_prefix, [*parent_hints, *inc.hints, *own_hints]))
        return out

    def routes(self) -> list[Route]:
        out: list[Route] = []
        for pending in self.pending:
            for prefix, hints in self._prefixes(pending.owner):
                r = pending.route
                path = join_paths(prefix, r.path) if prefix else (r.path or "/")
                if r.opt_out:  # taken out of the app's auth hook by its decorator
                    hints = [h for h in hints if not h.startswith("Flask before_")]
                out.append(replace(r, path=path, auth_hints=[*hints, *r.auth_hints]))
        for r in self.django:
            prefixes = self.django_includes.get(r.file) or [""]
            for prefix in prefixes:
                out.append(replace(r, path=join_paths(prefix, r.path.lstrip("^").rstrip("$")),
                                   auth_hints=list(r.auth_hints)))
        return [self._without_inert_guards(r) for r in out]

    def _without_inert_guards(self, route: Route) -> Route:
        """The route without the guards that are only names: a decorator or dependency the repository defines that
        can never refuse a request (see _may_refuse) protects nothing, however it is called. The first one is kept
        in `inert_guard` for the checks to name."""
        kept: list[str] = []
        inert, reason = "", ""
        for hint in route.auth_hints:
            m = _GUARD_HINT.match(hint) or _DEPENDENCY_HINT.search(hint)
            found = self._inert_guard(m.group(1), route.file) if m else ""
            if found:
                if not inert and m:
                    inert, reason = found, self._inert_reason.get(m.group(1), "")
            else:
                kept.append(hint)
        return replace(route, auth_hints=kept, inert_guard=inert, inert_reason=reason) if inert else route

    def _record_class(self, name: str) -> bool:
        """A class of the scanned modules that only declares fields (no method, no decorator but @dataclass)."""
        cls = self._class_named(name) if name[:1].isupper() else None
        return cls is not None and all(_decorator_name(d).rsplit(".", 1)[-1] == "dataclass"
                                       for d in cls.decorator_list) and all(
            isinstance(stmt, ast.AnnAssign | ast.Assign | ast.Pass | ast.Expr) for stmt in cls.body)

    def _credential_extractors(self) -> frozenset[str]:
        """Module-level names bound to a fastapi.security scheme (`oauth2_scheme = OAuth2PasswordBearer(...)`)."""
        if self._extractors is None:
            self._extractors = frozenset(
                t.id for mod in self.modules.values() if "fastapi" in mod.text for node in mod.tree.body
                if isinstance(node, ast.Assign) and _call_name(node.value) in _CREDENTIAL_EXTRACTORS
                for t in node.targets if isinstance(t, ast.Name))
        return self._extractors

    def _inert_guard(self, name: str, file: str) -> str:
        """`name (path:line)` when every function of that name in the scanned modules can never refuse a request,
        and the route's module does not take the name from a library; "" otherwise (a library's guard is trusted,
        a name nothing defines is not judged)."""
        if name not in self._inert:
            self._inert[name] = ""
            needle = f"def {name}("
            found = [(mod.path, n) for mod in self.modules.values() if needle in mod.text
                     for n in ast.walk(mod.tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                     and n.name == name]
            # a stub (`...`, `pass`, a docstring: an abstract method, a Protocol, an overload) declares, the
            # implementation is elsewhere: not judged
            if found and not any(_stub(fn) or _may_refuse(fn, self.resolve_function, 0, self._credential_extractors(),
                                                          self._record_class) for _, fn in found):
                self._inert[name] = f"{name} ({found[0][0]}:{found[0][1].lineno})"
            elif found and not any(_stub(fn) or _checks_caller(fn) or _may_refuse(
                    fn, self.resolve_function, 0, self._credential_extractors(), self._record_class,
                    other_refusals=False) for _, fn in found):
                # routes-j: it turns requests away, but only with a status about something else than the caller
                # (`verify_content_type` raising 415) and it reads no credential: no guard, whatever its name
                self._inert[name] = f"{name} ({found[0][0]}:{found[0][1].lineno})"
                self._inert_reason[name] = _OTHER_REFUSAL_REASON
        if not self._inert[name]:
            return ""
        mod = self.modules.get(file)
        if mod is not None and name not in self._imports(mod) and any(
                isinstance(node, ast.ImportFrom | ast.Import) and any((a.asname or a.name) == name for a in node.names)
                for node in mod.tree.body):
            return ""  # imported from a library (no scanned module), which may define its own of that name
        return self._inert[name]


# django-oauth-toolkit's own endpoints authenticate their caller: the token and revoke views the OAuth2 client
# (RFC 6749 §2.3, RFC 7009 §2.1), introspection a bearer token, authorization the logged-in user.
_OAUTH2_PROVIDER_VIEWS = {"TokenView", "RevokeTokenView", "IntrospectTokenView", "AuthorizationView"}


_HTTP_HANDLERS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "trace"})
# Django's own class-based views and the handler methods each defines (django/views/generic, Django 4-5): View
# handles none itself (only options()), the display views get(), the editing views get() and post() (put() too),
# DeleteView delete() as well, RedirectView every method. `object` and project mixins without handlers add nothing.
_DJANGO_GENERIC_VIEWS: dict[str, frozenset[str]] = {
    "object": frozenset(), "View": frozenset(), "ContextMixin": frozenset(), "TemplateResponseMixin": frozenset(),
    "TemplateView": frozenset({"get"}), "ListView": frozenset({"get"}), "DetailView": frozenset({"get"}),
    "ArchiveIndexView": frozenset({"get"}), "YearArchiveView": frozenset({"get"}),
    "MonthArchiveView": frozenset({"get"}), "WeekArchiveView": frozenset({"get"}),
    "DayArchiveView": frozenset({"get"}), "TodayArchiveView": frozenset({"get"}),
    "DateDetailView": frozenset({"get"}),
    "FormView": frozenset({"get", "post", "put"}), "CreateView": frozenset({"get", "post", "put"}),
    "UpdateView": frozenset({"get", "post", "put"}), "DeleteView": frozenset({"get", "post", "delete"}),
    "RedirectView": _HTTP_HANDLERS,
}


# Django's generic views that answer with a rendered template (or a redirect): a web UI's pages
_DJANGO_TEMPLATE_VIEWS = frozenset(name for name in _DJANGO_GENERIC_VIEWS
                                   if name.endswith("View") and name != "View") | {"TemplateResponseMixin"}
# Bases that make a class an API view whatever else it inherits (Django REST framework, JSON mixins)
_API_VIEW_BASES = frozenset({"APIView", "GenericAPIView", "ViewSet", "GenericViewSet", "ModelViewSet",
                             "ReadOnlyModelViewSet", "ViewSetMixin", "JSONResponseMixin", "JsonResponseMixin"})


def _static_serve(view: ast.AST, mod: PyModule) -> str:
    """`re_path(r"^static/(?P<path>.*)$", serve, {...})` with Django's `django.views.static.serve` imported by the
    urls module: the static files, no API operation."""
    name = _short(view)
    imported = isinstance(view, ast.Name) and any(
        isinstance(n, ast.ImportFrom) and n.module == "django.views.static"
        and any((a.asname or a.name) == name and a.name == "serve" for a in n.names) for n in mod.tree.body)
    return "Django's static file server (django.views.static.serve)" \
        if imported or name == "django.views.static.serve" else ""


def _oauth2_provider_view(view: ast.AST, mod: PyModule) -> list[str]:
    if isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute) and view.func.attr == "as_view":
        view = view.func.value
    name = _short(view).rsplit(".", 1)[-1]
    if name not in _OAUTH2_PROVIDER_VIEWS:
        return []
    imported = any(isinstance(n, ast.ImportFrom) and (n.module or "").startswith("oauth2_provider")
                   and any((a.asname or a.name) == name for a in n.names) for n in mod.tree.body)
    qualified = isinstance(view, ast.Attribute) and _short(view).startswith("oauth2_provider.")
    return [f"django-oauth-toolkit {name} (authenticates its caller itself)"] if imported or qualified else []


def _local_list(include: ast.Call) -> str | None:
    """`include(uuid_urls)` / `include((uuid_urls, "app"))`: the name of the module-level list it includes."""
    arg = include.args[0]
    if isinstance(arg, ast.Tuple) and arg.elts:
        arg = arg.elts[0]
    return arg.id if isinstance(arg, ast.Name) else None


def _django_local_prefixes(tree: ast.Module, entries: list[ast.Call]) -> dict[int, list[str]]:
    """For each URL entry of a module-level list that the same module includes by name (`path("ping/<uuid:code>/",
    include(uuid_urls))`), the prefixes it is served under: Django prepends the including entry's route (and,
    for a list included from a list that is itself included, that one's too). Entries of lists not included
    locally are absent (served as written)."""
    owner: dict[int, str] = {}  # id(entry) -> the list it is written in
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AugAssign | ast.AnnAssign) else []
        value = getattr(node, "value", None)
        if len(targets) == 1 and isinstance(targets[0], ast.Name) and isinstance(value, ast.List | ast.Tuple):
            for sub in ast.walk(value):
                owner.setdefault(id(sub), targets[0].id)
    included: dict[str, list[tuple[str, str | None]]] = {}  # list -> (route of the including entry, its list)
    lists = set(owner.values())
    for entry in entries:
        view = entry.args[1]
        if isinstance(view, ast.Call) and _call_name(view) == "include" and view.args:
            name = _local_list(view)
            if name is not None and name in lists:
                route = _str_value(entry.args[0]) or ""
                route = route if _call_name(entry) == "path" else _regex_route(route).lstrip("^").rstrip("$")
                included.setdefault(name, []).append((route, owner.get(id(entry))))

    def prefixes(name: str, depth: int = 0) -> list[str]:
        if name not in included or depth > 8:
            return [""]
        return [outer + route for route, parent in included[name]
                for outer in (prefixes(parent, depth + 1) if parent else [""])]

    return {id(entry): prefixes(owner[id(entry)]) for entry in entries
            if id(entry) in owner and owner[id(entry)] in included}


_REGEX_ESCAPED = re.compile(r"\\([./\-_~])")


def _regex_route(route: str) -> str:
    """A Django `re_path` pattern as the path it serves: escapes dropped, each named group `(?P<slug>...)`
    written `<slug>` as `path()` would (groups nest parentheses and hold character classes, so they are
    matched by a small scanner, not a regex)."""
    out, i = [], 0
    while i < len(route):
        if route.startswith("(?P<", i) and (close := route.find(">", i)) > 0:
            name, depth, j, in_class = route[i + 4:close], 1, close + 1, False
            while j < len(route) and depth:
                char = route[j]
                if char == "\\":
                    j += 2  # an escaped character is never structure
                    continue
                if in_class:
                    in_class = char != "]"  # `(` inside `[...]` is a literal
                elif char == "[":
                    in_class = True
                else:
                    depth += {"(": 1, ")": -1}.get(char, 0)
                j += 1
            out.append(f"<{name}>")
            i = j
        else:
            out.append(route[i])
            i += 1
    return _REGEX_ESCAPED.sub(r"\1", "".join(out))


# --- other languages, by regular expression -------------------------------------------------------

_JS_ROUTE = re.compile(
    r"\b([A-Za-z_$][\w$]*)\.(get|post|put|patch|delete|options|head|all)\(\s*(['\"`])(/[^'\"`]*)\3([^\n]*)")
# The path argument (group 3) stops before a next `.Handle(`/`.HandleFunc(` and takes a run of blanks only when more
# of it follows, so neither a line of calls without a comma nor a long run of blanks is read again from each call
# or blank (2.4 s for 32,000 characters before). A path of blanks only (`Handle( ,`) is no longer one.
_GO_HANDLE = re.compile(r"\b([A-Za-z_]\w*+)\.(HandleFunc|Handle)\(\s*"
                        r"((?:(?!\.Handle(?:Func)?\()(?:[^,\s]|[^\S\n]++(?![\s,])))+?)\s*,([^\n]*)")
# The path argument: a literal, or a path helper around one (`s.prefixedPath("/version")`, `path("/x")`).
_GO_LANDING_PAGE = re.compile(r"[ \t]*[A-Za-z_]\w{0,60}[Ll]anding[Pp]age\w{0,30}[ \t]*\)|[ \t]*landingPage\b")
_EXPORTER_TOOLKIT_WEB = re.compile(r'"github\.com/prometheus/exporter-toolkit/web"')
_GO_PATH_ARG = re.compile(r"^(?:[A-Za-z_][\w.]*\(\s*)?\"([^\"]+)\"\s*\)?$")
_GO_METHOD = re.compile(
    r"\b([A-Za-z_]\w*)\.(Get|Post|Put|Patch|Delete|Options|Head|GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|Any)"
    r"\(\s*\"(/[^\"]*)\"([^\n]*)")
# chi's `r.With(middleware...).Post("/path", handler)`: the middleware list is bounded (no nested quantifier)
_GO_WITH_METHOD = re.compile(r"\b([A-Za-z_]\w*)\.With\(([^\n]{0,300}?)\)\.(Get|Post|Put|Patch|Delete|Options|Head)"
                             r"\(\s*\"(/[^\"]*)\"([^\n]*)")
# gin and echo take a path relative to the group (`api.GET("orders", h)`, `engine.GET("healthz", h)`); only their
# upper-case verbs, and only in a file that imports them, so that `r.Header.Get("X")` and `values.Get("k")` are never
# read as routes.
_GO_RELATIVE_METHOD = re.compile(r"\b([A-Za-z_]\w*)\.(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|Any)"
                                 r"\(\s*\"([^\"/][^\"]*)\"([^\n]*)")
# gorilla/mux's route builder: `r.Path("/nodes/{Name}/metrics").HandlerFunc(nodeHandler(db))`, with matchers between
# (`.Methods("GET")`, `.Name("x")`); the kubernetes-dashboard metrics scraper registers its routes only so. The
# matchers may come first too: go-kit's transports (mushop's payment: `r.Methods("POST").Path("/paymentAuth").Handler(
# httptransport.NewServer(...))`), unread before, so the service's only read route, /metrics, passed it as "public by
# policy". Each matcher is a fixed word with arguments that hold no parentheses (bounded): linear.
_GORILLA_MATCHERS = r"(?:\.(?:Methods|Name|Schemes|Headers|Queries|Host)\([^()\n]{0,300}\))*"
# pass-audit9: `.PathPrefix("/api").Handler(h)` serves every path under the prefix (read as a route at the prefix), and
# a path that is not a literal (`.Path(apiPath)`, `.PathPrefix(pathPrefix + "/")`) is resolved from a constant of the
# file or listed as unresolved: a service registering only so had "no HTTP routes", n/a on two required items. The
# expression holds no parentheses (a call is not read) and is one bounded class, blanks around the literal possessive:
# a first form whose blanks could be read by three parts took 28 s on 1 MB of `r.PathPrefix(` and blanks.
_GO_GORILLA_PATH = re.compile(r"\b(?P<receiver>[A-Za-z_]\w*)(?P<before>" + _GORILLA_MATCHERS + r")"
                              r"\.(?P<which>PathPrefix|Path)\(\s*+(?:\"(?P<path>/[^\"]*)\"\s*+|(?P<expr>[^()\n]{0,300}))\)"
                              r"(?P<after>" + _GORILLA_MATCHERS + r")"
                              r"\.(?P<kind>HandlerFunc|Handler)\((?P<rest>[^\n]*)")
PREFIX_PAGE = "a path prefix one handler serves (gorilla PathPrefix), not an API operation"
# routes-j: a path built by a call (`.Path(fmt.Sprintf("/api/%s/items", version))`, `.PathPrefix(s.prefixedPath(
# "/echo/"))`) was not read at all, so a service registering its routes only so had "no HTTP routes" (n/a): the call
# is one call whose arguments hold no parentheses, then the matchers and the handler as above. Bounded parts, possessive
# blanks: a first form reading the call with call_span took 17 s on 300 KB of `r.PathPrefix(` (each one opened a call).
_GO_GORILLA_CALL_PATH = re.compile(r"\b(?P<receiver>[A-Za-z_]\w{0,100})(?P<before>" + _GORILLA_MATCHERS + r")"
                                   r"\.(?P<which>PathPrefix|Path)\([ \t]*+"
                                   r"(?P<expr>[A-Za-z_][\w.]{0,200}\([^()\n]{0,300}\))"
                                   r"[ \t]*+\)(?P<after>" + _GORILLA_MATCHERS + r")\.(?P<kind>HandlerFunc|Handler)\("
                                   r"(?P<rest>[^\n]*)")


@dataclass(frozen=True)
class _GorillaRoute:
    start: int
    receiver: str
    which: str  # Path or PathPrefix
    path: str | None  # the literal path, else None and the expression
    expression: str
    matchers: str  # the matcher calls before and after the path (`.Methods("GET")`)
    handler_paren: int  # offset of the `(` of `.Handler(`/`.HandlerFunc(`
    rest: str  # the line after it


# Any other gorilla path given by a call (its arguments hold parentheses: `.Path(fmt.Sprintf("/x/%s", cfg.Version()))`)
# on a line that gives a handler: listed unresolved, never left out (a service of only those had "no HTTP routes")
_GO_GORILLA_CALL_START = re.compile(r"\.(PathPrefix|Path)\([ \t]*+([A-Za-z_][\w.]{0,200})\(")


def _gorilla_unread(path: str, text: str, read: set[int]) -> list[UnresolvedRoute]:
    """Gorilla registrations with a handler whose path is a call no reader read (`read`: lines already read)."""
    out = []
    for m in _GO_GORILLA_CALL_START.finditer(text):
        rest = text[m.end(): m.end() + 400].split("\n", 1)[0]
        if ".Handler(" not in rest and ".HandlerFunc(" not in rest:
            continue  # `.PathPrefix(x(...)).Subrouter()`: no route
        line = line_at(text, m.start())
        if line not in read:
            out.append(UnresolvedRoute(path, line, f"{m.group(1)}({m.group(2)}(...))", []))
            read.add(line)
    return out


def _gorilla_registrations(text: str) -> list[_GorillaRoute]:
    """gorilla/mux builder registrations: a literal or named path (_GO_GORILLA_PATH), or a path built by a call."""
    out = []
    for m in _GO_GORILLA_PATH.finditer(text):
        out.append(_GorillaRoute(m.start(), m.group("receiver"), m.group("which"), m.group("path"),
                                 (m.group("expr") or "").strip(), m.group("before") + m.group("after"),
                                 m.end("kind"), m.group("rest")))
    for m in _GO_GORILLA_CALL_PATH.finditer(text):  # `.PathPrefix(x(...)).Subrouter()`: a sub-router, no route
        out.append(_GorillaRoute(m.start(), m.group("receiver"), m.group("which"), None, m.group("expr").strip(),
                                 m.group("before") + m.group("after"), m.end("kind"), m.group("rest")))
    return sorted(out, key=lambda r: r.start)


_GIN_ECHO_IMPORT = re.compile(r'"github\.com/(?:gin-gonic/gin|labstack/echo(?:/v\d+)?)"')
_ECHO_IMPORT = re.compile(r'"github\.com/labstack/echo(?:/v\d+)?"')
_GIN_IMPORT = re.compile(r'"github\.com/gin-gonic/gin"')
# gin/echo with a path that is not a literal: `r.POST(cfg.API.PushURI, pushHandler(cfg, q))` (gorush takes every
# path from its configuration). The route exists; its path is a name (a constant of the file resolves it) or a
# configuration value the text cannot tell. Bounded name, no nested quantifier.
_GO_DYNAMIC_METHOD = re.compile(r"\b([A-Za-z_]\w*)\.(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|Any)"
                                r"\(\s*([A-Za-z_][\w.]{0,200})\s*(,[^\n]*)")
# a parameter (or field) that holds a router group made elsewhere: `engine *gin.RouterGroup`, `g *echo.Group`
_GO_GROUP_PARAM = re.compile(r"\b([A-Za-z_]\w*)[ \t]+\*?(?:gin\.(?:RouterGroup|IRouter|IRoutes)|echo\.Group)\b")
# The arguments stop before a next `.Methods(` (never inside them): each `.Methods(` of a text without `)` read the
# rest of it (1.6 s for 32,000 characters).
_GO_METHODS_CALL = re.compile(r"\.Methods\(((?:(?!\.Methods\()[^)])*+)\)")
_SPRING_CLASS = re.compile(r"@RequestMapping\(\s*(?:value\s*=\s*|path\s*=\s*)?\"([^\"]*)\"")
_SPRING_METHOD = re.compile(
    r"@(Get|Post|Put|Patch|Delete|Request)Mapping(?:\(\s*(?:value\s*=\s*|path\s*=\s*)?\{?\s*\"([^\"]*)\"([^)]*)\))?")
# The same annotation without its arguments (groups 2 and 3 never set: `(?!)` never matches), for the text after the
# last `)`, where the arguments of _SPRING_METHOD cannot close.
_SPRING_METHOD_BARE = re.compile(r"@(Get|Post|Put|Patch|Delete|Request)Mapping(?:(?!)()())?")


def _spring_mappings(text: str) -> list[re.Match[str]]:
    """_SPRING_METHOD.finditer(text), in linear time. After the text's last `)` the optional arguments cannot match
    (they end with one), yet finditer read them from every `@GetMapping("` there to the end of the text (quadratic:
    0.2 s at 32,000 characters); there only the annotation is matched. Before it, a match ends at or before it, so
    cutting the text after it changes none (tests/test_regex_rewrites.py compares with finditer)."""
    cut = text.rfind(")") + 1
    return [*_SPRING_METHOD.finditer(text, 0, cut), *_SPRING_METHOD_BARE.finditer(text, cut)]
_JS_TEST = re.compile(r"\.(test|spec)\.[cm]?[jt]sx?$")



def _middleware_hints(rest: str) -> list[str]:
    """`, authenticate, requireRole('admin'), handler)` -> the names before the handler that look like access
    control (`upload.single('file')`, `cors()`, `express.json()` protect nothing: counting any middleware made
    such routes look guarded)."""
    names = re.findall(r",\s*([A-Za-z_$][\w$.]*(?:\([^()]*\))?)", rest)
    return [n for n in names[:-1] if _MIDDLEWARE_AUTH.search(n)] if len(names) > 1 else []


def _under(prefix: str, path: str) -> str:
    """A route's path under a chi sub-router's prefix; the sub-router's "/" is served at the prefix itself (chi's
    Route mounts the sub-router at `prefix` and `prefix/*`)."""
    if not prefix:
        return path
    return join_paths(prefix, path) if path.strip("/") else join_paths(prefix)


def _echo_middleware(text: str, open_paren: int) -> list[str]:
    """Echo's route middleware: the arguments after the handler (`e.GET(path, h, m...)`, echo.Echo.GET's signature)
    that look like access control."""
    args = call_args(text, open_paren)
    return [n[:_HINT_MAX] for a in args[2:] if inline_body(a) is None
            for n in re.findall(r"^[A-Za-z_][\w.]*(?:\([^()]*\))?", a) if _MIDDLEWARE_AUTH.search(n.split("(")[0])]


def _js_middleware(args: list[str]) -> list[str]:
    """The middleware arguments of a route call (between the path and the handler, arrays flattened) that look
    like access control; an inline function or an options object is not a name (the handler reader judges
    what a function body does)."""
    names = [n for a in args if not a.lstrip().startswith("{") and inline_body(a) is None
             for n in re.findall(r"[A-Za-z_$][\w$.]*(?:\([^()]*\))?", a.strip("[]"))]
    return [n[:_HINT_MAX] for n in names if _MIDDLEWARE_AUTH.search(n.split("(")[0])]


_JS_CHAIN = re.compile(r"\b([A-Za-z_$][\w$]*)\.route\(\s*(['\"`])(/[^'\"`]*)\2\s*\)")
_JS_CHAINED_METHOD = re.compile(r"\.\s*(get|post|put|patch|delete|options|head|all)\s*\(([^\n]*)")
_JS_MOUNT = re.compile(r"\b([A-Za-z_$][\w$]*)\.use\(\s*(['\"`])(/[^'\"`]*)\2\s*,([^\n]*)")
_JS_IMPORT = re.compile(r"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['\"](\.[^'\"]+)['\"]\s*\)"
                        r"|import\s+([A-Za-z_$][\w$]*)\s+from\s+['\"](\.[^'\"]+)['\"]")
_NEST_CONTROLLER = re.compile(r"@Controller\(\s*(?:['\"`]([^'\"`]*)['\"`])?[^)]*\)")
# After `@Controller(` it matches when a `)` follows anywhere, so once it fails no later one can match (finditer
# read to the end of the text from each: 1.9 s for 128,000 characters of them): regex_scan.segment_matches.
_NEST_CONTROLLER_STARTS = re.compile(r"(?=(?P<controller>@Controller\())")
_CLOSING_PARENTHESIS = re.compile(r"\)")
_NEST_METHOD = re.compile(r"@(Get|Post|Put|Patch|Delete|Options|Head|All)\(\s*(?:['\"`]([^'\"`]*)['\"`])?\s*\)")
_NEST_GUARD = re.compile(r"@(UseGuards\((?:[^()]|\([^()]*\))*\)|Roles\((?:[^()]|\([^()]*\))*\)|Public\(\))")
# `@Controller({ version: '1', path: 'post' })`: the prefix in the options object
_NEST_CONTROLLER_PATH = re.compile(r"\bpath\s*:\s*['\"`]([^'\"`]*)['\"`]")
# A decorator a global guard skips on by its name (`@PublicRoute()`, `@SkipAuth()`, `@AllowAnonymous()`,
# nest-keycloak-connect's `@Unprotected()`): the team's written opt-out; `@Public()` stays an auth hint (above).
_NEST_PUBLIC = re.compile(r"@((?:Public|IsPublic|SkipAuth|SkipJwt|NoAuth|AllowAnonymous|Unprotected)\w*)\(\s*\)")
# A guard registered for the whole application (`{ provide: APP_GUARD, useClass: JwtAccessGuard }` in any module,
# `app.useGlobalGuards(new JwtAuthGuard())`), when its name says it authenticates (not ThrottlerGuard, RolesGuard)
_NEST_GLOBAL = re.compile(r"\bprovide:\s*APP_GUARD\s*,\s*useClass:\s*(\w+)"
                          r"|\buseClass:\s*(\w+)\s*,\s*provide:\s*APP_GUARD|\buseGlobalGuards\(\s*new\s+(\w+)")
_NEST_AUTH_GUARD = re.compile(r"Jwt|Auth|Access|Session|Passport|Keycloak|Token|Oidc|OAuth|Cognito|Firebase|Clerk",
                              re.I)


@dataclass
class _JsFile:
    routes: list[tuple[str, Route]] = field(default_factory=list)  # (router variable, route)
    mounts: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (prefix, mounted variable, hints)
    imports: dict[str, str] = field(default_factory=dict)  # local name -> relative module specifier
    named_imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (exported name, specifier)
    handlers: dict[int, tuple[str, int]] = field(default_factory=dict)  # id(route) -> (handler argument, offset)
    instances: dict[str, str] = field(default_factory=dict)  # `const bulk = new BulkController()`: bulk -> class
    text: str = ""  # kept only when the file may verify tokens (its handlers and helpers are read)
    _functions: Functions | None = None

    def functions(self) -> Functions:
        if self._functions is None:
            self._functions = js_functions(self.text) if self.text else {}
        return self._functions


# Text that may verify a token in a handler or a helper it calls (see routes_verify).
_JS_VERIFY_MARKER = re.compile(r"\.verify\(|jwtVerify\(|verifyIdToken\(|(?:verify|validate|check|authenticate)_?"
                               r"(?:jwt|token|id_?token|access_?token|bearer|auth)|\.remoteAddress\b", re.I)
_JS_INSTANCE = re.compile(r"\b(?:const|let|var)\s{1,40}([A-Za-z_$][\w$]{0,100})\s{0,40}=\s{0,40}new\s{1,40}"
                          r"([A-Za-z_$][\w$]{0,100})\s{0,40}\(")
# A handler that turns away every caller whose socket address is not the loopback (smilr's bulk loader:
# `if (trustedIps.indexOf(req.connection.remoteAddress) == -1) throw new Error('Not authorized ...')`): in a container
# only the pod itself can call it. The socket's address, never req.ip or X-Forwarded-For, which a caller can set.
_JS_REMOTE_ADDRESS = re.compile(r"\b\w{1,40}\.(?:connection|socket)\.remoteAddress\b")
_JS_LOOPBACK = re.compile(r"['\"](?:127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)['\"]")
_JS_REFUSAL = re.compile(r"\bthrow\s{1,40}new\s{1,40}\w{0,60}Error\b|\.(?:status|sendStatus)\(\s{0,40}40[13]\b")


def _loopback_only(body: str, line: int) -> str:
    """`refuses every caller not on the loopback address (line N)` when the body reads the socket's remote address,
    names the loopback addresses and refuses (throws, or answers 401/403) before anything else it does."""
    address = _JS_REMOTE_ADDRESS.search(body)
    if address is None or not _JS_LOOPBACK.search(body[: address.start() + 400]):
        return ""
    refusal = _JS_REFUSAL.search(body, address.end(), address.end() + 400)
    if refusal is None:
        return ""
    at = line + line_at(body, address.start()) - 1
    return f"refuses every caller whose socket address is not the loopback (line {at})"


_JS_NAMED_IMPORT = re.compile(r"(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\(\s*['\"](\.[^'\"]+)['\"]\s*\)"
                              r"|import\s*\{([^}]*)\}\s*from\s*['\"](\.[^'\"]+)['\"]")
# Where each form of _JS_NAMED_IMPORT starts (up to its `{`). Both read `[^}]*` to the first `}`: when a form fails
# after one start, it fails after every later start whose `{` comes before the same `}` (what follows that `}` is the
# same text). finditer tried each (0.39 s for 32,000 characters of `const {`): regex_scan.segment_matches does not.
_JS_NAMED_IMPORT_STARTS = re.compile(r"(?=(?P<require>(?:const|let|var)\s*\{)|(?P<import>import\s*\{))")
_CLOSING_BRACE = re.compile(r"\}")


def _value_at(text: str, at: int) -> str:
    """The expression starting at `at` in an object literal, up to its top-level `,` or `}`."""
    args = call_args("(" + text[at: at + 20000] + ")", 0)
    return args[0] if args else ""


def _decorators_before(text: str, pos: int) -> str:
    """The decorator block right above `pos` (since the previous statement or block end)."""
    window = text[max(0, pos - 600): pos]
    return window[max(window.rfind("}"), window.rfind(";"), window.rfind("{")) + 1:]


# The line that starts a method (`public async createPost(`, `refreshTokens(`): where a decorator block ends
_TS_METHOD_START = re.compile(r"^[ \t]*(?!@)(?:(?:public|private|protected|async|static)\s+)*[A-Za-z_$][\w$]*\s*\(",
                              re.M)


def _decorators_after(text: str, pos: int) -> str:
    """The rest of a decorator block below `pos` (TypeScript stacks `@PublicRoute()` and `@UseGuards(...)` under
    the route's `@Get()` as often as above it): up to the method's name."""
    window = text[pos: pos + 600]
    m = _TS_METHOD_START.search(window)
    return window[: m.start()] if m else ""


# Receivers that are HTTP *clients* (or test helpers), whose `.get('/x')` calls a route rather than serving one.
_JS_CLIENTS = {"axios", "http", "https", "request", "superagent", "client", "got", "ky", "$http", "httpClient",
               "instance", "cy", "fetcher", "$", "jQuery", "supertest", "agent", "req", "res", "page", "browser",
               "nock", "mock", "api_client", "apiClient"}


# Fastify: `fastify.route({method, url, preHandler, handler})`, and route options
# `fastify.get('/x', {onRequest: [fastify.authenticate]}, handler)`; hooks that run before the handler.
_FASTIFY_ROUTE = re.compile(r"\b([A-Za-z_$][\w$]*)\.route\(\s*\{")
_FASTIFY_HOOK_OPTION = re.compile(r"\b(onRequest|preHandler|preValidation|preParsing)\s*:\s*(\[[^\]]*\]|[^,}\n]+)")
_FASTIFY_METHOD = re.compile(r"\bmethod\s*:\s*(\[[^\]]*\]|['\"`]\w+['\"`])")
_FASTIFY_URL = re.compile(r"\b(?:url|path)\s*:\s*(['\"`])(/[^'\"`]*)\1")
_MAX_OBJECT = 4000
_FASTIFY_REGISTER = re.compile(r"\.register\(\s*(?:([A-Za-z_$][\w$]*)|require\(\s*['\"](\.[^'\"]+)['\"]\s*\))\s*,"
                               r"\s*\{[^{}]*?\bprefix\s*:\s*['\"`](/[^'\"`]*)['\"`]")


def _object_at(text: str, start: int) -> str:
    """The `{...}` object literal opening at `start` (braces counted, strings not: enough for route options),
    cut at _MAX_OBJECT characters."""
    depth = 0
    for i in range(start, min(len(text), start + _MAX_OBJECT)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start: i + 1]
    return text[start: start + _MAX_OBJECT]


def _hook_hints(options: str) -> list[str]:
    """Fastify route hooks that look like access control: `onRequest: [fastify.authenticate]`."""
    return [f"{key}: {value.strip()}"[:_HINT_MAX] for key, value in _FASTIFY_HOOK_OPTION.findall(options)
            if _AUTHISH.search(value)]


def _is_fastify(text: str) -> bool:
    return bool(re.search(r"""(?:require\(\s*|from\s+)['"]fastify['"]|\bfastify\s*\.""", text))


_HAPI_REQUIRE = re.compile(r"""['"](?:@hapi/hapi|hapi)['"]|\.route\(\s*\[?\s*\{[^}]*\bpath\s*:""")
_HAPI_ROUTE = re.compile(r"\b([A-Za-z_$][\w$]*)\.route\(\s*[\[{]")
# `auth: false` switches a route's authentication off; `auth: 'jwt'` / `auth: { strategy: 'jwt' }` sets it; `mode:
# 'optional'` or `'try'` lets an anonymous caller in.
_HAPI_AUTH = re.compile(r"\bauth\s*:\s*(false|['\"`][\w-]+['\"`]|\{[^}]*\})")
_HAPI_OPTIONAL = re.compile(r"\bmode\s*:\s*['\"`](?:optional|try)['\"`]")
_HAPI_DEFAULT = re.compile(r"\.auth\.default\(\s*(['\"`][\w-]+['\"`]|\{)")


def _top_level_objects(text: str, open_bracket: int) -> list[int]:
    """Offsets of the `{` of each object directly inside the array opening at `open_bracket`."""
    out, depth = [], 0
    for i in range(open_bracket, min(len(text), open_bracket + 20 * _MAX_OBJECT)):
        ch = text[i]
        if ch in "[{(":
            if ch == "{" and depth == 1:
                out.append(i)
            depth += 1
        elif ch in "]})":
            depth -= 1
            if depth == 0:
                break
    return out


_DISPATCHER_REQUIRE = re.compile(r"""require\(\s*['"]httpdispatcher['"]\s*\)|from\s+['"]httpdispatcher['"]""")
_DISPATCHER_ROUTE = re.compile(r"\b([A-Za-z_$][\w$]*)\.on(Get|Post|Put|Delete|Options|Head|Patch)\(")


def _dispatcher_path(arg: str) -> str:
    """A string path as written; a regular expression (`/^\\/ratings\\/[0-9]*/`) as the path it matches, each
    character class or wildcard a `{param}`."""
    literal = re.fullmatch(r"""(['"`])(.*)\1""", arg.strip(), re.S)
    if literal:
        return literal.group(2)
    body = re.fullmatch(r"/(.*)/[a-z]*", arg.strip(), re.S)
    if body is None:
        return arg.strip()[:_HINT_MAX]
    out = body.group(1).lstrip("^").rstrip("$")
    out = re.sub(r"(?:\[[^\]]*\]|\\[dw]|\.)[*+?]?(?:\{\d+(?:,\d*)?\})?", "{param}", out)
    return re.sub(r"\\(.)", r"\1", out)


# Bounded whitespace (`\s{0,40}`): two unbounded `\s*` around an optional brace split a long run of spaces every
# possible way (20,000 spaces took 10 s).
_PASS_THROUGH = (r"\s{0,40}=\s{0,40}(?:async\s{1,40})?(?:function\s{0,40}\w{0,100}\s{0,40}\(\s{0,40}\w+\s{0,40},"
                 r"\s{0,40}\w+\s{0,40},\s{0,40}(\w+)\s{0,40}\)|\(\s{0,40}\w+\s{0,40},\s{0,40}\w+\s{0,40},\s{0,40}(\w+)"
                 r"\s{0,40}\)\s{0,40}=>)\s{0,40}\{?\s{0,40}(?:return\s{1,40})?(\w+)\(\s{0,40}\)")
_ENV_CONDITION = re.compile(r"\bif\s*\(([^()\n]{0,200})\)\s*\{?[^{}]{0,400}$")
_ENV_READ = re.compile(r"process\.env(?:\.(\w+)|\[\s*['\"](\w+)['\"]\s*\])")


def _opt_in_middleware(path: str, text: str, name: str) -> str:
    """Why a route's auth middleware guards nothing by default: it is declared as a pass-through (a function of
    (req, res, next) that only calls next()) and replaced by a real check only inside `if (process.env.X)`, or
    never (smilr's authHandler: off unless SECURE_CLIENT_ID is set, which the shipped chart leaves blank)."""
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return ""
    declared = re.search(r"\b(?:let|var)\s{1,40}" + re.escape(name) + _PASS_THROUGH, text)
    if declared is None or (declared.group(1) or declared.group(2)) != declared.group(3):
        return ""
    where = f"{path}:{line_at(text, declared.start())}"
    replaced = re.search(r"(?<![\w$.])" + re.escape(name) + r"\s*=(?![=>])", text[declared.end():])
    if replaced is None:
        return f"{name} is a pass-through that only calls next() ({where})"
    before = text[max(declared.end(), declared.end() + replaced.start() - 600): declared.end() + replaced.start()]
    condition = _ENV_CONDITION.search(before)
    env = _ENV_READ.search(condition.group(1)) if condition else None
    if env is None:  # replaced unconditionally (or on a condition that is not a setting): the real check runs
        return ""
    return f"{name} is a pass-through that only calls next() unless {env.group(1) or env.group(2)} is set ({where})"


# An Express handler of a server-rendered web UI: it renders a view or redirects (hmpps-template-typescript's
# `router.get('/', ...)` ends in `return res.render('pages/index', { currentTime })`), or hands the request to
# passport's sign-in redirect (`passport.authenticate('oauth2')`, its callback). A handler that sends data
# (`res.json(`, `res.send(`, `JSON.stringify`) is an API operation whatever else it does.
_JS_PAGE = re.compile(r"\.render\(|\.redirect\(|\bpassport\.authenticate\(")
_JS_DATA = re.compile(r"\.jsonp?\(|\.send\(|\.end\(|\.write\(|\bJSON\.stringify\(|\.pipe\(|\.sendFile\(")


def _js_page(handler: str) -> str:
    """Why an Express route's handler (its text, the route call's last argument) is a web UI's page, or ""."""
    code = handler[:5000]
    page = _JS_PAGE.search(code)
    if page is None or _JS_DATA.search(code):
        return ""
    return {".render(": "renders a view", ".redirect(": "redirects"}.get(page.group(0), "passport's sign-in redirect")


def _js_file(path: str, text: str) -> _JsFile:
    out = _JsFile()
    framework = "fastify" if _is_fastify(text) else "express"
    for m in _JS_ROUTE.finditer(text):
        if m.group(1) in _JS_CLIENTS:
            continue
        method = m.group(2).upper()
        args = call_args(text, m.end(2))
        hints = _js_middleware(args[1:-1])
        disabled = [off for h in hints if (off := _opt_in_middleware(path, text, h))]
        hints = [h for h in hints if not _opt_in_middleware(path, text, h)]
        options = m.group(5).lstrip(" ,")
        if options.startswith("{"):  # Fastify route options before the handler (Express takes none)
            hints += _hook_hints(_object_at(text, m.start(5) + m.group(5).index("{")))
        route = Route(method=ANY_METHOD if method == "ALL" else method, path=m.group(4), file=path,
                      line=line_at(text, m.start()), auth_hints=hints, framework=framework, receiver=m.group(1),
                      disabled_auth=disabled[0] if disabled else "",
                      page=_js_page(args[-1]) if len(args) > 1 and framework == "express" else "")
        out.routes.append((m.group(1), route))
        if len(args) > 1:
            out.handlers[id(route)] = (args[-1], text.find(args[-1], m.end(2)))
    for m in _FASTIFY_ROUTE.finditer(text) if framework == "fastify" else ():
        if m.group(1) in _JS_CLIENTS:
            continue
        options = _object_at(text, m.end() - 1)
        url = _FASTIFY_URL.search(options)
        methods = _FASTIFY_METHOD.search(options)
        if not url or not methods:
            continue  # a url or method built at run time: not a route this reader can name
        handler = re.search(r"\bhandler\s*:\s*", options)
        for verb in re.findall(r"\w+", methods.group(1)):
            route = Route(method=verb.upper(), path=url.group(2), file=path, line=line_at(text, m.start()),
                          auth_hints=_hook_hints(options), framework="fastify")
            out.routes.append((m.group(1), route))
            if handler:  # `handler: async (request) => {...}` or `handler: getOrder`
                at = m.end() - 1 + handler.end()
                out.handlers[id(route)] = (_value_at(text, at), at)
    for m in _HAPI_ROUTE.finditer(text) if _HAPI_REQUIRE.search(text) else ():
        # Hapi: `server.route({ method, path, options: { auth }, handler })`, also an array of such objects
        start = m.end() - 1
        objects = [start] if text[start] == "{" else _top_level_objects(text, start)
        for at in objects:
            options = _object_at(text, at)
            url = _FASTIFY_URL.search(options)
            methods = _FASTIFY_METHOD.search(options)
            if not url or not methods:
                continue
            auth = _HAPI_AUTH.search(options)
            opted_out = bool(auth and auth.group(1) == "false") or bool(_HAPI_OPTIONAL.search(options))
            hints = [f"auth: {auth.group(1)[:40]}"] if auth and not opted_out else []
            for verb in re.findall(r"[\w*]+", methods.group(1)):
                route = Route(method=ANY_METHOD if verb == "*" else verb.upper(), path=url.group(2), file=path,
                              line=line_at(text, at), auth_hints=list(hints), framework="hapi", receiver=m.group(1),
                              opt_out=opted_out)
                out.routes.append((m.group(1), route))
    for m in _DISPATCHER_ROUTE.finditer(text) if _DISPATCHER_REQUIRE.search(text) else ():
        # httpdispatcher (bookinfo ratings): `dispatcher.onPost(/^\/ratings\/[0-9]*/, function (req, res) {...})`
        args = call_args(text, m.end() - 1)
        if len(args) < 2:
            continue
        route = Route(method=m.group(2).upper(), path=_dispatcher_path(args[0]), file=path,
                      line=line_at(text, m.start()), framework="httpdispatcher", receiver=m.group(1))
        out.routes.append((m.group(1), route))
        out.handlers[id(route)] = (args[-1], text.find(args[-1], m.end() - 1))
    for m in _JS_CHAIN.finditer(text):
        # router.route('/x').get(h).post(auth, h): the chain runs to the end of the statement.
        stop = text.find(";", m.end())
        chain = text[m.end(): stop if stop != -1 else m.end() + 2000]
        for cm in _JS_CHAINED_METHOD.finditer(chain):
            method = cm.group(1).upper()
            open_paren = m.end() + cm.start(2) - 1
            args = call_args(text, open_paren)
            route = Route(method=ANY_METHOD if method == "ALL" else method, path=m.group(3), file=path,
                          line=line_at(text, m.end() + cm.start()), auth_hints=_js_middleware(args[:-1]),
                          framework="express", page=_js_page(args[-1]) if args else "")
            out.routes.append((m.group(1), route))
            if args:
                out.handlers[id(route)] = (args[-1], text.find(args[-1], open_paren))
    # `app.use(auth)` then `app.use('/api', apiRouter)`: Express runs the app's middleware in registration order, so
    # what is mounted after the auth layer (a router of another module included) is behind it
    app_layers = [(g.start(), g.group(1), g.group(2) or "", g.group(0)[:60].strip())
                  for g in _EXPRESS_GLOBAL.finditer(text) if g.group(1) in _APP_RECEIVERS] if ".use(" in text else []
    for m in _JS_MOUNT.finditer(text):
        names = re.findall(r"([A-Za-z_$][\w$.]*(?:\([^()]*\))?)", m.group(4))
        if names:
            behind = [f"{detail} (line {line_at(text, at)})" for at, receiver, prefix, detail in app_layers
                      if at < m.start() and receiver == m.group(1)
                      and (m.group(3).rstrip("/") + "/").startswith(prefix.rstrip("/") + "/")]
            out.mounts.append((m.group(3), names[-1].split("(")[0],
                               [n for n in names[:-1] if _MIDDLEWARE_AUTH.search(n.split("(")[0])] + behind[:1]))
    for m in _JS_IMPORT.finditer(text):
        name, spec = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.imports[name] = spec
    for m in _FASTIFY_REGISTER.finditer(text) if framework == "fastify" else ():
        # `app.register(orders, { prefix: '/orders' })`, `app.register(require('./orders'), {...})`: the plugin
        # module's routes take the prefix
        target = m.group(1) or f"require:{m.group(2)}"
        if m.group(2):
            out.imports[target] = m.group(2)
        out.mounts.append((m.group(3), target, []))
    # `const { getUser } = require('./users')`, `import { getUser }`
    for m in segment_matches(_JS_NAMED_IMPORT, _JS_NAMED_IMPORT_STARTS, text, _CLOSING_BRACE):
        for part in (m.group(1) or m.group(3)).split(","):
            local = re.split(r"\s+as\s+|\s*:\s*", part.strip())[-1]
            if re.fullmatch(r"[A-Za-z_$][\w$]*", local):
                out.named_imports[local] = (part.strip().split()[0].split(":")[0], m.group(2) or m.group(4))
    if _JS_VERIFY_MARKER.search(text):
        out.text = text
    if "new " in text:
        out.instances = {m.group(1): m.group(2) for m in _JS_INSTANCE.finditer(text)}
    controllers = list(segment_matches(_NEST_CONTROLLER, _NEST_CONTROLLER_STARTS, text, _CLOSING_PARENTHESIS))
    for i, ctl in enumerate(controllers):
        # Each controller's methods run until the next @Controller in the file.
        body_end = controllers[i + 1].start() if i + 1 < len(controllers) else len(text)
        options = _NEST_CONTROLLER_PATH.search(ctl.group(0)) if ctl.group(1) is None else None
        prefix = ctl.group(1) or (options.group(1) if options else "")
        class_decorators = (_decorators_before(text, ctl.start()) +
                            text[ctl.end(): text.find("class", ctl.end()) + 1])
        class_hints = [g for g in _NEST_GUARD.findall(class_decorators)]
        class_public = _NEST_PUBLIC.findall(class_decorators)
        for m in _NEST_METHOD.finditer(text, ctl.end(), body_end):
            decorators = _decorators_before(text, m.start()) + _decorators_after(text, m.end())
            hints = class_hints + _NEST_GUARD.findall(decorators)
            public = class_public + _NEST_PUBLIC.findall(decorators)
            verb = m.group(1).upper()
            out.routes.append(("", Route(method=ANY_METHOD if verb == "ALL" else verb,
                                         path=join_paths(prefix, m.group(2) or ""), file=path,
                                         line=line_at(text, m.start()), auth_hints=hints, framework="nestjs",
                                         declared_public=f"@{public[0]}()" if public else "",
                                         opt_out=bool(public))))
    return out


def _resolve_js(base: str, spec: str, files: set[str]) -> str | None:
    joined = str(PurePosixPath(base).parent / spec)
    parts: list[str] = []
    for part in joined.split("/"):
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    stem = "/".join(parts)
    for candidate in (stem, *(stem + ext for ext in (".js", ".ts", ".mjs", ".cjs")),
                      *(f"{stem}/index{ext}" for ext in (".js", ".ts"))):
        if candidate in files:
            return candidate
    return None


def _js_routes(files: dict[str, _JsFile], known: set[str]) -> list[Route]:
    """Apply `app.use('/prefix', router)` mounts (same file, or an imported module's router)."""
    prefixes: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}  # (file, variable or "*") -> prefixes
    for path, js in files.items():
        for prefix, target, hints in js.mounts:
            if target in js.imports:
                resolved = _resolve_js(path, js.imports[target], known)
                if resolved:
                    prefixes.setdefault((resolved, "*"), []).append((prefix, hints))
            else:
                prefixes.setdefault((path, target), []).append((prefix, hints))
    out = []
    for path, js in files.items():
        for owner, route in js.routes:
            mounted = prefixes.get((path, owner)) or prefixes.get((path, "*")) or [("", [])]
            handler = js.handlers.get(id(route))
            verified = _js_handler_hints(path, js, files, known, handler) if handler and not route.auth_hints else []
            name = handler_name(handler[0]) if handler and inline_body(handler[0]) is None else route.handler
            for prefix, hints in mounted:
                out.append(replace(route, path=join_paths(prefix, route.path) if prefix else route.path,
                                   auth_hints=[*hints, *(route.auth_hints or verified)], handler=name,
                                   receiver=owner))
    return out


def _js_handler_hints(path: str, js: _JsFile, files: dict[str, _JsFile], known: set[str],
                      handler: tuple[str, int]) -> list[str]:
    """A route handler that verifies the caller's token itself: an inline function, a function of the file, or
    one of a module the file imports (`users.getUser` with `const users = require('./users')`, or a named
    import); nothing when the handler cannot be found."""
    arg, offset = handler
    body = inline_body(arg)
    if body is not None:
        if not js.text:
            return []
        line = line_at(js.text, offset)
        hint = resolve(verification(body, "js", line), js.functions(), "js") or _loopback_only(body, line)
        return [hint] if hint else []
    ref = handler_ref(arg)
    if ref is None:
        return []
    head, _, rest = ref.partition(".")
    target, name = path, ref.split(".")[-1]
    if rest and head not in js.imports and js.instances.get(head) in js.imports:
        head = js.instances[head]  # `bulkController.load` with `bulkController = new BulkController()`, required
    if rest and head in js.imports:
        target = _resolve_js(path, js.imports[head], known) or ""
    elif not rest and ref in js.named_imports:
        name, spec = js.named_imports[ref]
        target = _resolve_js(path, spec, known) or ""
    other = files.get(target)
    found = other.functions().get(name) if other is not None else None
    if other is None or found is None:
        return []
    line, body = found
    hint = resolve(verification(body, "js", line), other.functions(), "js") or _loopback_only(body, line)
    return [hint] if hint else []


# gin/echo route groups: `api := r.Group("/api", authMiddleware())` then `api.GET("/orders", h)`;
# `api.Use(auth())` adds middleware to every route of the group after it.
_GO_GROUP = re.compile(r"\b([A-Za-z_]\w*)\s*:?=\s*([A-Za-z_]\w*)\.Group\(\s*\"([^\"]*)\"([^\n]*)")
_GO_USE = re.compile(r"\b([A-Za-z_]\w*)\.Use\(([^\n]*)")


def _go_groups(text: str) -> tuple[dict[str, str], dict[str, list[tuple[int, str]]]]:
    """Path prefix and middleware hints per group variable (nested groups inherit their parent's), each hint with the
    offset from which it holds: gin and echo combine a group's middleware into a route when the route is registered
    (gin's RouterGroup.handle, echo's Group.Add), so `api.Use(auth())` guards the group's routes after it, never one
    registered before it (read so before routes-j: such a route passed on the later Use)."""
    prefix: dict[str, str] = {}
    hints: dict[str, list[tuple[int, str]]] = {}
    # In the order they are written: `api.Use(auth())` reaches groups made from `api` after it.
    events = sorted([*_GO_GROUP.finditer(text), *_GO_USE.finditer(text)], key=lambda m: m.start())
    for m in events:
        if m.re is _GO_GROUP:
            name, parent, path, rest = m.groups()
            prefix[name] = join_paths(prefix.get(parent, ""), path)
            hints[name] = [*((m.start(), h) for _, h in hints.get(parent, [])),
                           *((m.start(), h) for h in _argument_names(rest))]
        elif m.group(1) in prefix:
            hints[m.group(1)] = [*hints.get(m.group(1), []), *((m.start(), h) for h in _argument_names(m.group(2)))]
    return prefix, hints


# routes-j: middleware a Go router takes with `Use` outside a named group. chi's sub-routers: `r.Group(func(r
# chi.Router) { r.Use(jwtauth.Authenticator(ta)); r.Get("/admin", h) })` (chi's README, jwtauth's example) and
# `r.Route("/articles", func(r chi.Router) { r.Use(ArticleCtx); r.Get("/", list) })`; the router's own `r.Use(mw)`
# (chi, gin, echo, gorilla). Not read before: chi's guarded routes were findings, and a route inside `r.Route("/admin",
# ...)` was read at its relative path (`GET /` public by policy: token-validation said n/a). A `Use` counts for a route
# of the same router variable after it, written directly in the route's function or sub-router body or in one
# enclosing it (never inside an `if` or another block beside the route: conditional middleware guards nothing sure),
# in the same top-level function, whose variable is assigned once there. Bounded parts, no nested quantifier.
_GO_SUBROUTER = re.compile(r"(?:\b(?P<parent>[A-Za-z_]\w{0,100})|(?P<with>\)))\.(?:Group|Route)\([ \t]*+"
                           r"(?:\"(?P<prefix>[^\"\n]{0,300})\"[ \t]*+,[ \t]*+)?"
                           r"func[ \t]*+\([ \t]*+(?P<param>[A-Za-z_]\w{0,100})[ \t]++\*?(?:chi\.)?Router[ \t]*+\)"
                           r"[ \t]*+\{")
# `r.With(mw...).Route(...)`: the router before `.With(`, read back from the `)` (bounded)
_GO_WITH_BEFORE = re.compile(r"\b([A-Za-z_]\w{0,100})\.With$")
_GO_ANY_USE = re.compile(r"\b([A-Za-z_]\w{0,100})\.Use\(")


@dataclass(frozen=True)
class _SubRouter:
    parent: str  # the router the sub-router is made from
    param: str  # the callback's router parameter
    with_hints: tuple[str, ...]  # `parent.With(mw...).Group(...)`: inline middleware on every route inside
    prefix: str  # `Route`'s path ("" for `Group`)
    call: int  # offset of the `parent.Group(`/`parent.Route(` call
    opening: int  # offset of the callback body's `{`
    closing: int  # offset of its `}`


class _GoScopes:
    """The `Use` middleware and chi sub-router prefixes of one Go file, asked per route registration. Brace depths
    are read once (bisect over the code's braces), sub-routers know their parent: each question is logarithmic in the
    file, times the nesting, times the `Use` calls of that router (at most _MAX_USES looked at)."""

    _MAX_USES = 200

    def __init__(self, text: str) -> None:
        self.text = text
        self.code = blanked(text)  # comments and string contents blanked: its braces are code's
        self.braces = [i for i, ch in enumerate(self.code) if ch in "{}"]
        depth, self.depths = 0, []
        self.matching: dict[int, int] = {}  # `{` offset -> its `}` offset
        opened: list[int] = []
        for i in self.braces:
            depth += 1 if self.code[i] == "{" else -1
            self.depths.append(depth)
            if self.code[i] == "{":
                opened.append(i)
            elif opened:
                self.matching[opened.pop()] = i
        self.assigned: dict[tuple[str, int], int] = {}
        self.subrouters: list[_SubRouter] = []
        self.parents: list[int] = []
        stack: list[int] = []
        for m in _GO_SUBROUTER.finditer(self.code) if ".Group(" in text or ".Route(" in text else ():
            opening = m.end() - 1
            closing = self.matching.get(opening, len(self.code))
            while stack and self.subrouters[stack[-1]].closing < opening:
                stack.pop()
            self.parents.append(stack[-1] if stack else -1)
            stack.append(len(self.subrouters))
            parent = m.group("parent")
            with_hints: tuple[str, ...] = ()
            if parent is None:  # `r.With(mw).Route(...)`: the router and the middleware inside With(...)
                found = self._with_call(m.start("with"))
                if found is None:
                    continue  # a sub-router of something else than a router variable: not read
                parent, with_hints = found
            prefix = self.text[m.start("prefix"): m.end("prefix")] if m.group("prefix") is not None else ""
            self.subrouters.append(_SubRouter(parent, m.group("param"), with_hints, prefix, m.start(), opening,
                                              closing))
        self.openings = [sub.opening for sub in self.subrouters]
        self.uses: dict[str, list[tuple[int, int]]] = {}
        for m in _GO_ANY_USE.finditer(self.code) if ".Use(" in text else ():
            self.uses.setdefault(m.group(1), []).append((m.start(), m.end() - 1))
        self.hint_memo: dict[int, list[str]] = {}
        self.functions: list[int] | None = None  # offsets of the top-level `func` lines, read on the first question
        self.bodies: dict[int, int | None] = {}

    def _with_call(self, closing: int) -> tuple[str, tuple[str, ...]] | None:
        """The router and the access-control middleware of `router.With(...)` whose `)` is at `closing`."""
        depth = 0
        for i in range(closing, max(-1, closing - 600), -1):  # back to the matching `(` (a With holds a few names)
            depth += {")": 1, "(": -1}.get(self.code[i], 0)
            if depth == 0:
                before = _GO_WITH_BEFORE.search(self.code, max(0, i - 110), i)
                if before is None:
                    return None
                names = re.findall(r"[A-Za-z_][\w.]*(?:\([^()]*\))?", self.text[i + 1: closing])
                return before.group(1), tuple(n for n in names if _MIDDLEWARE_AUTH.search(n.split("(", 1)[0]))
        return None

    def _depth(self, pos: int) -> int:
        """Braces open before `pos`."""
        i = bisect.bisect_left(self.braces, pos)
        return self.depths[i - 1] if i else 0

    def _innermost(self, pos: int) -> _SubRouter | None:
        i = bisect.bisect_left(self.openings, pos) - 1
        for _ in range(50):  # up the parents of the last sub-router opened before pos: nesting, bounded
            if i < 0:
                return None
            if self.subrouters[i].closing > pos:
                return self.subrouters[i]
            i = self.parents[i]
        return None

    def _function_body(self, pos: int) -> int | None:
        """The `{` of the top-level function holding `pos` (gofmt: `func ...` at a line start), or None."""
        if self.functions is None:
            self.functions = [m.start() for m in re.finditer(r"^func\b", self.code, re.M)]
        i = bisect.bisect_right(self.functions, pos) - 1
        if i < 0:
            return None
        func = self.functions[i]
        if func not in self.bodies:
            end = self.functions[i + 1] if i + 1 < len(self.functions) else len(self.code)
            found = self.code.find("{\n", func, end)
            self.bodies[func] = found if found != -1 else None
        opening = self.bodies[func]
        return opening if opening is not None and opening < pos else None

    def _assignments(self, receiver: str, start: int) -> int:
        """How often the function whose body opens at `start` assigns `receiver` (read once per pair)."""
        if (receiver, start) not in self.assigned:
            body = self.code[start: self.matching.get(start, len(self.code))]
            self.assigned[(receiver, start)] = len(re.findall(rf"(?<![\w.]){re.escape(receiver)}[ \t]*+:?=[^=]", body))
        return self.assigned[(receiver, start)]

    def _hints(self, use: int, opening: int) -> list[str]:
        if use not in self.hint_memo:
            # judged by the middleware's name, not its arguments: `middleware.SetHeader("X-Token", v)` guards nothing
            self.hint_memo[use] = [n for n in _argument_names(", ".join(call_args(self.text, opening)))
                                   if _AUTHISH.search(n.split("(", 1)[0])]
        return self.hint_memo[use]

    def scoped(self, receiver: str, pos: int) -> tuple[str, list[str]]:
        """The sub-router prefix of a route registered on `receiver` at `pos`, and the access-control middleware its
        `Use` calls put on it (each named with where it is used)."""
        prefixes: list[str] = []
        hints: list[str] = []
        at = pos
        for _ in range(50):  # sub-routers nest a few levels; the bound keeps a hostile file linear
            sub = self._innermost(at)
            start = sub.opening if sub is not None else self._function_body(at)
            if start is None:
                break
            if sub is None and receiver in self.uses and self._assignments(receiver, start) > 1:
                return "", []  # the variable is assigned twice in the function: which router a Use reached is unknown
            uses = self.uses.get(receiver, [])
            first = bisect.bisect_right(uses, (start, 0))
            for use, opening in uses[first: first + self._MAX_USES]:
                if use >= at:
                    break
                if self._depth(use) - self._depth(start) == 1:  # directly in this body, not in a block within it
                    where = line_at(self.text, use)
                    hints += [f"{h} ({receiver}.Use, line {where})" for h in self._hints(use, opening)]
            if sub is None:
                break
            if sub.param == receiver:
                prefixes.append(sub.prefix)
                hints += [f"{h} ({sub.parent}.With, line {line_at(self.text, sub.call)})" for h in sub.with_hints]
                receiver = sub.parent
            at = sub.call
        return join_paths(*reversed(prefixes)) if any(prefixes) else "", hints


_AUTHISH = re.compile(r"auth|jwt|token|login|session|role|permission|guard|bearer|oauth|oidc|basic|apikey|api_key|"
                      r"verify|protect|secure|acl|casbin|keycloak", re.I)
# Middleware named for access control (route arguments before the handler).
_MIDDLEWARE_AUTH = re.compile(_AUTHISH.pattern + r"|admin|logged_?in|signed_?in|current_?user|principal|"
                              r"require_?(?:user|login|admin|role|scope|permission)|is_?(?:owner|member|staff)",
                              re.I)
# A Python dependency named for access control (FastAPI's get_current_user, require_admin, check_scopes, ...).
_AUTH_NAME = re.compile(_AUTHISH.pattern + r"|current_user|active_user|admin|principal|identity|scope|claim|"
                        r"credential|signed_in|logged_in|need|user_passes_test|"
                        # `@requires(...)` (Starlette), `@require_user`, `staff_member_required`; not every
                        # decorator named require_* (`@require_setting("TELEGRAM_TOKEN")` guards nothing)
                        r"\brequires?\b|requires?_(?:user|login|admin|roles?|scopes?|permissions?|auth|token|jwt|"
                        r"api_?key|staff|superuser|groups?|signin|account)|(?:staff|superuser|member|user)\w*_required",
                        re.I)


def _decorator_name(dec: ast.AST) -> str:
    """What a decorator is called, without its arguments: `@cache(key="session")` is a cache, whatever its
    arguments say (matching the unparsed call counted it as a session guard)."""
    return _short(dec.func if isinstance(dec, ast.Call) else dec)


# A decorator that takes a route OUT of an auth layer (kubeflow's `@no_authentication`, `@login_exempt`,
# `@skip_auth`, `@allow_anonymous`, `@public`): named like auth, it protects nothing.
# `\w*auth\w*_(?:exempt|...)$` as a look-ahead for `auth` and one `\w*`: two `\w*` around `auth` were cubic on a long
# name (3.0 s for 32,000 characters); no suffix holds `auth`, so it is before the suffix either way.
_AUTH_OPT_OUT = re.compile(r"(?:^|\.)(?:(?:no|skip|without|disable|bypass|un)_?auth\w*"
                           r"|(?=\w*auth)\w*_(?:exempt|optional|skip|not_required|disabled)|\w*_exempt|login_not_required|allow_?anonymous\w*|anonymous\w*|"
                           r"public\w*|permit_?all)$", re.I)


def _guard_decorator(dec: ast.AST) -> bool:
    name = _decorator_name(dec)
    return bool(_AUTH_NAME.search(name)) and not _AUTH_OPT_OUT.search(name)


def _auth_decorators(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> list[str]:
    return ["@" + _short(d) for d in node.decorator_list
            if _guard_decorator(d) and not _HTTP_METHOD_DECORATOR.search(_short(d))]


def _user_guard(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """`if not request.user.is_authenticated: return HttpResponseForbidden()` (or raise, or redirect) at the top
    of a Django view: the view refuses anonymous callers itself."""
    for stmt in fn.body[:4]:
        if (isinstance(stmt, ast.If) and isinstance(stmt.test, ast.UnaryOp) and isinstance(stmt.test.op, ast.Not)
                and isinstance(stmt.test.operand, ast.Attribute)
                and stmt.test.operand.attr in ("is_authenticated", "is_staff", "is_superuser")
                and any(isinstance(b, ast.Return | ast.Raise) for b in stmt.body)):
            return [f"refuses anonymous callers: if not {_short(stmt.test.operand)} (line {stmt.lineno})"]
    return []


# A page that is the same for every caller: the view renders a fixed template (or returns a fixed text) with
# nothing from the database, the session or the request (healthchecks' `login_link_sent`, integration help
# pages, `HttpResponse("not implemented")` placeholders). Settings may fill it, except secret ones.
_RENDER = re.compile(r"^(?:render|render_template|render_to_response|TemplateResponse|HttpResponse|PlainTextResponse|"
                     r"HTMLResponse)$")
_SECRET_SETTING = re.compile(r"SECRET|PASSWORD|TOKEN|KEY|CREDENTIAL|PRIVATE", re.I)


def _fixed(node: ast.AST | None, names: dict[str, ast.AST]) -> bool:
    """A value the same for every request: constants, non-secret settings, containers of those, or a local
    name assigned one of them."""
    if node is None:
        return True
    if isinstance(node, ast.Name) and node.id in names:
        return _fixed(names.pop(node.id), names)
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "settings":
        return not _SECRET_SETTING.search(node.attr)
    if isinstance(node, ast.Dict):
        return all(_fixed(k, names) and _fixed(v, names) for k, v in zip(node.keys, node.values, strict=True))
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return all(_fixed(e, names) for e in node.elts)
    return False


def _csrf_token_only(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """A view that hands out the caller's CSRF token and nothing else (healthchecks' sign-up form fetches it from
    `signup/csrf/`): every answer is `get_token(request)` wrapped in a response, or a refusal. An anti-forgery token
    is no credential."""
    returns = [r.value for r in ast.walk(fn) if isinstance(r, ast.Return)]
    tokens = [v for v in returns if isinstance(v, ast.Call) and any(
        isinstance(c, ast.Call) and (_call_name(c) or "") == "get_token" for c in ast.walk(v))
        and sum(1 for c in ast.walk(v) if isinstance(c, ast.Call)) <= 2]  # the response around get_token only
    others = [v for v in returns if v not in tokens]
    if tokens and all(v is not None and _REFUSAL.search(_short(v)) for v in others):
        return f"{fn.name}() only hands out the caller's CSRF token"
    return ""


def _static_page(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """`renders accounts/sent.html only` when the whole view is `return render(request, "<template>"[, <fixed
    context>])` (optionally after assigning that context to a name), else ""."""
    csrf_only = _csrf_token_only(fn)
    if csrf_only:
        return csrf_only
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    names: dict[str, ast.AST] = {}
    for stmt in body[:-1]:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            return ""
        names[stmt.targets[0].id] = stmt.value
    last = body[-1] if body else None
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)
            and _RENDER.match(_call_name(last.value) or "")):
        return ""
    call = last.value
    request = fn.args.args[0].arg if fn.args.args else "request"
    args = [a for a in call.args if not (isinstance(a, ast.Name) and a.id == request)]
    if not args or not all(_fixed(a, names) for a in args) or not all(_fixed(k.value, names) for k in call.keywords):
        return ""
    if names:  # every assignment must feed the response (no side effect hidden in one)
        return ""
    what = _str_value(args[0])
    return f"{fn.name}() only renders {what!r}" if what else ""


# What a web UI's page answers with: a rendered template or a redirect (bookinfo's productpage: `/productpage`
# renders index.html, the login form's POST /login redirects back), not the JSON an API description covers.
_PAGE_CALL = re.compile(r"^(?:render_template|render|render_to_response|TemplateResponse|redirect|RedirectResponse|"
                        r"HttpResponseRedirect|HTMLResponse)$")


def _page_value(node: ast.AST | None, assigned: dict[str, ast.AST], depth: int = 0) -> str:
    """`renders index.html` / `redirects` when the returned value is a page or a redirect (also through
    `make_response(...)` or a local name assigned one), else ""."""
    if isinstance(node, ast.Name) and node.id in assigned and depth < 3:
        return _page_value(assigned[node.id], assigned, depth + 1)
    if not isinstance(node, ast.Call):
        return ""
    name = _call_name(node) or ""
    if name == "make_response" and node.args:
        return _page_value(node.args[0], assigned, depth + 1)
    if name in _FILE_RESPONSES and _text_download(node):
        return f"serves a {_text_download(node)} download"
    if not _PAGE_CALL.match(name):
        return ""
    if "edirect" in name:
        return "redirects"
    template = next((v for a in node.args if (v := _str_value(a)) and "." in v), None)
    return f"renders {template}" if template else "renders a page"


# A response built for a browser's download or a bad request's refusal, not an API operation's body: a text document
# (find-moj-data's details_view_csv: `HttpResponse(content_type="text/csv", headers={"Content-Disposition":
# 'attachment; ...'})`), or the 4xx a form page answers invalid input with (`HttpResponseBadRequest(form.errors)`).
_FILE_RESPONSES = frozenset({"HttpResponse", "FileResponse", "StreamingHttpResponse"})
_ERROR_RESPONSES = frozenset({"HttpResponseBadRequest", "HttpResponseNotFound", "HttpResponseForbidden",
                              "HttpResponseNotAllowed", "HttpResponseGone"})


def _text_download(call: ast.Call) -> str:
    """`text/csv` when the response's literal content type is a text document (not JSON, not XML)."""
    kind = next((_str_value(k.value) for k in call.keywords if k.arg == "content_type"), None) or ""
    return kind.split(";")[0].strip() if kind.startswith("text/") and "xml" not in kind else ""


def _refusal(node: ast.AST | None) -> bool:
    """An error response with no API body: `HttpResponseBadRequest(...)`, `HttpResponse(status=400)`."""
    if not isinstance(node, ast.Call):
        return False
    name = _call_name(node) or ""
    if name in _ERROR_RESPONSES:
        return True
    status = next((k.value for k in node.keywords if k.arg == "status"), None)
    return (name == "HttpResponse" and not node.args and isinstance(status, ast.Constant)
            and isinstance(status.value, int) and 400 <= status.value < 500
            and all(k.arg in ("status", "reason") for k in node.keywords))


def _web_page(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """`index() renders index.html` when every return of the handler is a rendered page or a redirect (a text
    download too), besides the 4xx refusals of bad input a form page also answers with."""
    assigned: dict[str, ast.AST] = {}
    returns: list[ast.Return] = []
    stack: list[ast.AST] = list(fn.body)
    while stack:  # the handler's own statements, not those of functions nested in it
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            assigned[node.targets[0].id] = node.value
        if isinstance(node, ast.Return):
            returns.append(node)
        stack.extend(ast.iter_child_nodes(node))
    kinds = [_page_value(r.value, assigned) for r in returns if not _refusal(r.value)]
    if not kinds or not all(kinds):
        return ""
    return f"{fn.name}() " + " or ".join(dict.fromkeys(kinds))


# A machine callback addressed by an unguessable id (healthchecks' ping URL `ping/<uuid:code>/`, a provider's
# delivery-status callback `notifications/<uuid:code>/status`): the view is exempt from CSRF (its callers hold
# no browser session), looks its object up by the UUID of the URL, and never asks who the user is. A UUID named
# as the resource's id (`<uuid:pk>`, `<uuid:order_id>`) is a data key, not a capability.
_UUID_PARAM = re.compile(r"<uuid:(\w+)>")
_ID_NAME = re.compile(r"^(?:id|pk|uid|uuid)$|_(?:id|pk)$", re.I)


def _capability_url(fn: ast.FunctionDef | ast.AsyncFunctionDef, route: str) -> str:
    params = [p for p in _UUID_PARAM.findall(route) if not _ID_NAME.search(p)]
    if not params or not any(_decorator_name(d).rsplit(".", 1)[-1] == "csrf_exempt" for d in fn.decorator_list):
        return ""
    for node in ast.walk(fn):
        if (isinstance(node, ast.Attribute) and node.attr in ("user", "session", "auth")
                and isinstance(node.value, ast.Name) and node.value.id == "request"):
            return ""  # a session view that forgot its guard, not a machine callback
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and _call_name(node) in ("get", "filter", "get_object_or_404", "aget"):
            for kw in node.keywords:
                if isinstance(kw.value, ast.Name) and kw.value.id in params:
                    return (f"{fn.name}() is exempt from CSRF (machine callers), looks its object up by the URL's "
                            f"UUID <uuid:{kw.value.id}> (line {node.lineno}) and never reads the session user")
    return ""


# Django's HTTP-method decorators (`require` would make them look like access control).
_HTTP_METHOD_DECORATOR = re.compile(r"(?:^|\.)require_(?:POST|GET|safe|http_methods)\b")


def _argument_names(rest: str) -> list[str]:
    """`, Auth(), gin.Logger())` or `Auth())` -> the middleware that looks like access control (a group's
    logger or recovery middleware protects nothing)."""
    names = re.findall(r"(?:^|,)\s*([A-Za-z_$][\w$.]*(?:\([^()]*\))?)", rest)
    return [n for n in names if _AUTHISH.search(n)]


# A registration wrapper: `func handle(path string, h ...) { http.Handle(path, &ochttp.Handler{...}) }`; its
# calls with a literal (`handle("/api/list", app.list)`) are routes, and the registration inside is not unknown.
_GO_WRAPPER = re.compile(r"^func\s+([A-Za-z_]\w*)\(\s*([A-Za-z_]\w*)\s+string\b[^{\n]*\{", re.M)


def _go_wrappers(text: str) -> dict[str, tuple[str, int, int]]:
    """wrapper function name -> (its path parameter, body start, body end)."""
    out: dict[str, tuple[str, int, int]] = {}
    for m in _GO_WRAPPER.finditer(text):
        end = text.find("\n}", m.end())
        body = text[m.end(): end if end != -1 else m.end() + 2000]
        if re.search(rf"\.(?:HandleFunc|Handle)\(\s*{re.escape(m.group(2))}\s*,", body):
            out[m.group(1)] = (m.group(2), m.end(), m.end() + len(body))
    return out


_GO_DOTTED = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
_GO_HANDLER_NAME = re.compile(_GO_DOTTED + r"|http\.HandlerFunc\(\s*" + _GO_DOTTED + r"\s*\)")


def _handler_auth(text: str, open_paren: int, language: str,
                  functions: Callable[[], Functions] | None, single: bool = False,
                  handler_at: int = -1) -> tuple[str | None, list[str]]:
    """The handler of a route registration (its call's last argument) and, when the handler verifies the
    caller's token in its own body (or through a helper of its package/file), that hint. `single`: the call takes
    the handler alone (gorilla's `.HandlerFunc(h)`), read when it is a name, `http.HandlerFunc(name)` or a function
    literal (not a constructor's arguments, whose last name is no handler). `handler_at`: the handler's argument (Echo's
    is the second, its middleware after it)."""
    args = call_args(text, open_paren)
    if single and len(args) == 1 and (inline_body(args[0]) is not None or _GO_HANDLER_NAME.fullmatch(args[0])):
        args = ["", args[0]]
    if len(args) < 2 or not -len(args) <= handler_at < len(args):
        return None, []
    arg = args[handler_at]
    body = inline_body(arg)
    if functions is None:  # something else protects the route: only its name is wanted
        return (handler_name(arg) if body is None else None), []
    index = functions()
    if body is not None:
        name, line = None, line_at(text, text.find(arg, open_paren))
    else:
        name = handler_name(arg)
        found = index.get(name) if name else None
        if found is None:
            return name, []
        line, body = found
    hint = resolve(verification(body, language, line), index, language)
    return name, [hint] if hint else []


# What makes a Go handler take input from its caller (and so possibly write, whatever the method: emojivoto's vote is
# a GET with ?choice=): the body, a form or query value, a path value, a test of the method, a cookie.
_GO_INPUT = re.compile(r"\.(?:Body|Form|PostForm|MultipartForm|TLS)\b(?!\s*\()|\.(?:FormValue|PostFormValue|ParseForm|"
                       r"ParseMultipartForm|FormFile|MultipartReader|PathValue|Cookie|Cookies)\s*\(|\.URL\.(?:Query|"
                       r"RawQuery)\b|\.Method\s*[!=]=|switch\s+\w+\.Method\b|\bmux\.Vars\(|\bchi\.URLParam")
_GO_FILE_SERVER = re.compile(r"\bhttp\.(?:FileServer|FileServerFS|ServeFile|ServeFileFS)\s*\(")
# `fs := http.FileServer(...)`: the names a file assigns a file server to, read once per file (a search of the whole
# text for each route's handler name cost 15 s for 3,000 routes)
_GO_FILE_SERVER_VAR = re.compile(r"\b(\w+)\s*:?=\s*http\.FileServer(?:FS)?\(")


@functools.lru_cache(maxsize=8)
def _go_file_server_vars(text: str) -> frozenset[str]:
    return frozenset(_GO_FILE_SERVER_VAR.findall(text)) if "FileServer" in text else frozenset()

_GO_LOG_CALL = re.compile(r"^(?:log|fmt|slog|zap|logrus)\.|\.(?:Print|Printf|Println|Debug|Debugf|Info|Infof|Warn|"
                          r"Warnf|Error|Errorf|Stringer|String|Any)$")


def _go_reads_only(text: str, open_paren: int, functions: Callable[[], Functions] | None,
                   memo: dict[str, bool] | None = None) -> str:
    """What shows that an any-method Go route only answers: it serves files (http.FileServer), or its handler reads
    nothing of the request and hands the request to nothing but loggers and helpers of its package that read nothing
    either. "" when that cannot be shown (a handler of another package, a handler object such as expvar.Handler())."""
    args = call_args(text, open_paren)
    if len(args) < 2:
        return ""
    arg = args[-1]
    server = re.fullmatch(r"http\.StripPrefix\([^,]*,\s*(\w+)\s*\)|(\w+)", arg.strip())
    name = server and (server.group(1) or server.group(2))
    if _GO_FILE_SERVER.search(arg) or (name and name in _go_file_server_vars(text)):
        return "serves files (http.FileServer)"
    index = functions() if functions is not None else {}
    body, label = inline_body(arg), "the inline handler"
    if body is None:
        label = handler_name(arg) or ""
        found = index.get(label) if label else None
        if found is None:
            return ""
        body, label = found[1], label + "()"
    # `memo` (one file's routes, one function index): each handler's body is read once, not once per route naming it
    # (2,000 routes to one handler of 20,000 characters: 4.4 s of CPU)
    no_input = memo.get(body) if memo is not None else None
    if no_input is None:
        no_input = _go_no_input(body, _go_request_names(text), index)
        if memo is not None:
            memo[body] = no_input
    return f"{label} reads nothing of the request" if no_input else ""


@functools.lru_cache(maxsize=8)
def _go_request_names(text: str) -> frozenset[str]:
    """The names a Go file gives its *http.Request parameters, read once per file (a search of the whole file per
    any-method route was quadratic in the routes)."""
    return frozenset(re.findall(r"(\w+)\s+\*http\.Request\b", text)) or frozenset({"r"})


# A call and its arguments (one level of parentheses inside). Possessive: each part stops where the next must start.
_GO_CALL = re.compile(r"([A-Za-z_][\w.]*+)\s*+\(([^()]*+(?:\([^()]*+\)[^()]*+)*+)\)")
_GO_WORD_RUN = re.compile(r"[\w.]+")
_GO_NAME_START = re.compile(r"[A-Za-z_]")


def _go_calls(body: str) -> Iterator[re.Match[str]]:
    """`_GO_CALL.finditer(body)`, tried only at the first letter of each run of name characters: a failed try from
    there fails from every later start of the run too (the same rest), and trying each of them read the rest of the
    run again (a 20,000-character name: 3 s). Same matches, linear."""
    pos = 0
    while (run := _GO_WORD_RUN.search(body, pos)) is not None:
        first = _GO_NAME_START.search(body, run.start(), run.end())
        call = _GO_CALL.match(body, first.start()) if first is not None else None
        if call is None:
            pos = run.end()
            continue
        yield call
        pos = call.end()


def _go_no_input(body: str, requests: frozenset[str], index: Functions, depth: int = 0,
                 memo: dict[tuple[str, int], bool] | None = None) -> bool:
    """Whether a Go handler's body reads nothing of the request, nor hands it to a function of `index` (two calls
    deep) that does. `memo`: each (body, depth) is judged once per question (a handler calling g(w, r) 2,000 times,
    g calling k(w, r) 2,000 times, read g's body for each call: 20 s of CPU)."""
    memo = {} if memo is None else memo
    if (body, depth) in memo:
        return memo[(body, depth)]
    memo[(body, depth)] = answer = _go_reads_no_input(body, requests, index, depth, memo)
    return answer


def _go_reads_no_input(body: str, requests: frozenset[str], index: Functions, depth: int,
                       memo: dict[tuple[str, int], bool]) -> bool:
    if _GO_INPUT.search(body):
        return False
    names = "|".join(re.escape(r) for r in sorted(requests))
    for call in _go_calls(body):
        if not re.search(rf"(?:^|,)\s*(?:{names})\s*(?:,|$)", call.group(2)):
            continue  # the request itself is not handed on (r.Context(), r.URL are)
        callee = call.group(1)
        if _GO_LOG_CALL.search(callee):
            continue
        found = index.get(callee.split(".")[-1])
        if depth >= 2 or found is None or not _go_no_input(found[1], requests, index, depth + 1, memo):
            return False
    return True


_GO_VERB = re.compile(r"%[-+# 0]*\d*(?:\.\d+)?[svdq]")
_GO_STRING = re.compile(r'^"((?:[^"\\\n]|\\.)*)"$|^`([^`]*)`$')


# `const apiPath = "/api"`, `apiPath = "/api"` in a const/var block, `apiPath := "/api"`: a line binding a name to a
# string literal. `[ \t]*` where the old per-name pattern had `\s*`, which ran over every blank line after each line
# start (gofmt never breaks these lines); the raw-string literal may span lines, as before.
_GO_STRING_BINDING = re.compile(r'^[ \t]*(?:(?:const|var)[ \t]+)?([A-Za-z_]\w{0,200})[ \t]*(?:string[ \t]*)?:?=[ \t]*'
                                r'("(?:[^"\\\n]|\\.)*"|`[^`]*`)[ \t]*$', re.M)


@functools.lru_cache(maxsize=8)
def _go_string_bindings(text: str) -> dict[str, set[str]]:
    """Every name the file binds to a string literal, with the literals it is bound to: read once per file (a
    search of the whole file per name made 500 registrations of named paths cost 48 s of CPU)."""
    out: dict[str, set[str]] = {}
    for m in _GO_STRING_BINDING.finditer(text):
        out.setdefault(m.group(1), set()).add(m.group(2))
    return out


def _go_constant(text: str, expr: str) -> str | None:
    """A Go string literal, or a name the file binds once to one (`const apiPath = "/api"`, `apiPath = "/api"`
    inside a const/var block, `apiPath := "/api"`); None for anything else (a parameter, a call)."""
    literal = _GO_STRING.match(expr.strip())
    if literal:
        return literal.group(1) if literal.group(1) is not None else literal.group(2)
    if not re.fullmatch(r"[A-Za-z_]\w*", expr.strip()):
        return None
    found = _go_string_bindings(text).get(expr.strip(), set())
    return _go_constant(text, next(iter(found))) if len(found) == 1 else None


def _go_sprintf(text: str, start: int) -> str:
    """The path `fmt.Sprintf(format, args...)` at `start` makes when the format and every argument are constants
    of this file; "" when any is not (a function's parameter: the caller decides the path)."""
    args = call_args(text, text.index("(", start))
    fmt = _go_constant(text, args[0]) if args else None
    values = [_go_constant(text, a) for a in args[1:]]
    if fmt is None or any(v is None for v in values) or len(_GO_VERB.findall(fmt)) != len(values):
        return ""
    parts = iter(v or "" for v in values)
    return _GO_VERB.sub(lambda _: next(parts), fmt)


# vardius/gorouter: `router.USE(http.MethodGet, "/me", GrantAccessFor(...))` puts middleware on the node of that
# method's route tree for that path; it runs for the node's route and every route below it (gorouter's docs: "USE adds
# middleware functions to whole router branch under given method and pattern", "apply middleware to route and all it
# children"), whether the routes are registered before or after the call (mux.Tree.MatchMiddleware collects it at
# request time). USEANY(path, ...) does the same for every method. Only that method, only that subtree.
_GOROUTER_IMPORT = re.compile(r'"github\.com/vardius/gorouter(?:/v\d+)?"')
_GOROUTER_USE = re.compile(r"\b([A-Za-z_]\w*)\.(USE|USEANY)\(")
_GO_METHOD_ARG = re.compile(r'(?:fast)?http\.Method(Get|Head|Post|Put|Patch|Delete|Connect|Options|Trace)|"([A-Z]+)"')


@dataclass(frozen=True)
class _TreeMiddleware:
    receiver: str
    method: str | None  # None: USEANY, every method
    segments: tuple[str, ...]  # the subtree's path ("" or "/": the method's whole tree)
    hints: tuple[str, ...]
    function: int  # offset of the enclosing top-level func: the router variable is that function's


def _enclosing_function(text: str, pos: int) -> int:
    return text.rfind("\nfunc ", 0, pos) + 1


def _segments(path: str) -> tuple[str, ...]:
    return tuple(s for s in path.strip("/").split("/") if s)


def _gorouter_middleware(text: str) -> list[_TreeMiddleware]:
    """The access-control middleware a gorouter file puts on subtrees with USE/USEANY. A path that is not a literal
    (`"/dispatch/"+user.ChangeUserEmailAddress`) names a subtree that cannot be known: it covers nothing here."""
    out = []
    for m in _GOROUTER_USE.finditer(text):
        args = call_args(text, m.end() - 1)
        method: str | None = None
        if m.group(2) == "USE":
            verb = _GO_METHOD_ARG.fullmatch(args[0]) if args else None
            if verb is None:
                continue
            method = (verb.group(1) or verb.group(2)).upper()
            args = args[1:]
        literal = _GO_STRING.match(args[0]) if args else None
        if literal is None:
            continue
        hints = tuple(a for a in args[1:] if _AUTHISH.search(a))
        if hints:
            out.append(_TreeMiddleware(m.group(1), method, _segments(literal.group(1) or literal.group(2) or ""),
                                       hints, _enclosing_function(text, m.start())))
    return out


def _tree_middleware_hints(text: str, middleware: list[_TreeMiddleware], receiver: str, method: str, route: str,
                           pos: int) -> list[str]:
    """The USE/USEANY guards of the same router (the same variable in the same function, assigned once there) whose
    method is the route's and whose subtree holds the route's path."""
    function = _enclosing_function(text, pos)
    segments = _segments(route)
    out: list[str] = []
    for mw in middleware:
        if (mw.receiver != receiver or mw.function != function or segments[:len(mw.segments)] != mw.segments
                or (mw.method is not None and mw.method != method)):
            continue
        end = text.find("\nfunc ", pos)
        body = text[function: end if end != -1 else len(text)]
        if len(re.findall(rf"\b{re.escape(receiver)}\s*:?=[^=]", body)) > 1:
            continue  # the variable is assigned twice in the function: which router the USE reached is unknown
        where = f"{receiver}.USE{'ANY' if mw.method is None else ' ' + mw.method} /{'/'.join(mw.segments)}"
        out.extend(f"{h} ({where})" for h in mw.hints)
    return out


def _go_routes(path: str, text: str, unresolved: list[UnresolvedRoute] | None = None,
               functions: Callable[[], Functions] | None = None) -> list[Route]:
    """Go routes; `functions` gives the package's functions (handlers verifying the token themselves)."""
    out = []
    reads_memo: dict[str, bool] = {}  # handler body -> reads nothing of the request (_go_reads_only)
    wrappers = _go_wrappers(text) if "func " in text else {}
    for name in wrappers:
        for call in re.finditer(rf"(?<![\w.]){re.escape(name)}\(\s*\"(/[^\"]*)\"\s*,([^\n]*)", text):
            hints = [h for h in re.findall(r"([A-Za-z_][\w.]*)\(", call.group(2)) if _AUTHISH.search(h)]
            handler, verified = _handler_auth(text, call.start() + len(name), "go", None if hints else functions)
            reads = "" if hints or verified else _go_reads_only(text, call.start() + len(name), functions, reads_memo)
            out.append(Route(method=ANY_METHOD, path=call.group(1), file=path, line=line_at(text, call.start()),
                             auth_hints=hints or verified, framework="go", handler=handler, reads_only=reads))
    groups, held = _go_groups(text) if ".Group(" in text else ({}, {})

    def group_hints(receiver: str, pos: int) -> list[str]:
        """The group's middleware that holds for a route registered at `pos`."""
        return [h for since, h in held.get(receiver, []) if since < pos]
    scopes = _GoScopes(text) if ".Use(" in text or ".Route(" in text or ".Group(" in text else None

    def scoped(receiver: str, pos: int) -> tuple[str, list[str]]:
        """chi's sub-router prefix and the router's `Use` middleware (gin/echo named groups are read above)."""
        return scopes.scoped(receiver, pos) if scopes is not None and receiver not in groups else ("", [])

    # Echo's routes take the handler second and their middleware after it (`e.DELETE("/users/:id", h, mw)`): the last
    # argument was read as the handler and the handler's name as middleware (gin's order)
    echo = bool(_ECHO_IMPORT.search(text)) and not _GIN_IMPORT.search(text)
    tree_middleware = _gorouter_middleware(text) if ".USE" in text and _GOROUTER_IMPORT.search(text) else []
    for m in _GO_HANDLE.finditer(text):
        expression, pattern = m.group(3), None
        if _GO_METHOD_ARG.fullmatch(expression):
            # `Handle(method, path, handler)`: the method comes first (vardius/gorouter's Handle, httprouter's and
            # many muxes' alike); the route is the second argument, never a path named `http.MethodGet`
            out.extend(_go_method_first(path, text, m, tree_middleware, unresolved, functions))
            continue
        if expression.startswith("fmt.Sprintf("):
            # fmt.Sprintf("GET %s", apiPath): the path it makes when apiPath is a constant of the file, else none
            # (a helper's parameter: the caller decides; never a route named `GET %s`)
            expression = "fmt.Sprintf(" + ", ".join(call_args(text, m.start(3) + len("fmt.Sprintf"))) + ")"
            pattern = _go_sprintf(text, m.start(3)) or None
        elif expression.startswith("path.Join("):
            # path.Join(prefix, "/debug/vars"): the constant tail is the route under a prefix the process is given
            # (hotrod's basepath, "" by default); a tail that is not constant leaves it unresolved
            parts = call_args(text, m.start(3) + len("path.Join"))
            expression = "path.Join(" + ", ".join(parts) + ")"
            constants = [_go_constant(text, a) for a in parts[1:]]
            if constants and all(c is not None for c in constants):
                pattern = join_paths(_go_constant(text, parts[0]) or "", *(c or "" for c in constants))
        elif literal := _GO_PATH_ARG.match(expression):
            pattern = literal.group(1)
        elif (named := _go_constant(text, expression)) is not None and named.startswith("/"):
            # `mux.Handle(metricsPath, h)` with `metricsPath = "/metrics"` in the file's const block
            # (kube-state-metrics): the path is that constant
            pattern = named
        if pattern is None and any(start <= m.start() < end and expression == param
                                   for param, start, end in wrappers.values()):
            continue  # the wrapper's own registration: its calls above are the routes
        if pattern is None:
            # built at run time (`rootPath`, `base + "/x"`): the path cannot be known from the text
            if unresolved is not None:
                methods = _GO_METHODS_CALL.search(m.group(4))
                verb = re.match(r'fmt\.Sprintf\("([A-Z]+) ', expression)
                unresolved.append(UnresolvedRoute(path, line_at(text, m.start()), expression[:_HINT_MAX],
                                                  re.findall(r"\"([A-Z]+)\"", methods.group(1)) if methods
                                                  else [verb.group(1)] if verb else []))
            continue
        method = ANY_METHOD
        # Go 1.22 patterns carry the method: "GET /items/{id}"
        head, _, tail = pattern.partition(" ")
        if tail and head.upper() in HTTP_METHODS:
            method, pattern = head.upper(), tail.strip()
        prefix, used = scoped(m.group(1), m.start())
        pattern = _under(prefix, pattern)
        methods = _GO_METHODS_CALL.search(m.group(4))
        if methods is None and "{" in m.group(4):  # a function literal over several lines, then .Methods(...)
            methods = _GO_METHODS_CALL.match(text, call_span(text, m.end(2))[1])
        found = re.findall(r"\"([A-Z]+)\"", methods.group(1)) if methods else []
        rest = m.group(4)
        # middleware wrappers: auth(h), RequireAuth(...); gorilla's .Methods("GET") / .Name("x") protect nothing
        hint = [h for h in re.findall(r"([A-Za-z_][\w.]*)\(", rest) if _AUTHISH.search(h)] + used
        handler, verified = _handler_auth(text, m.end(2), "go", None if hint else functions)
        reads = ("" if hint or verified or found or method != ANY_METHOD
                 else _go_reads_only(text, m.end(2), functions, reads_memo))
        # the Prometheus exporter-toolkit's landing page (`web.NewLandingPage(...)`): an HTML index of the
        # exporter's endpoints, not an API operation
        page = "the exporter-toolkit landing page" if _GO_LANDING_PAGE.match(rest) and \
            _EXPORTER_TOOLKIT_WEB.search(text) else ""
        for meth in found or [method]:
            out.append(Route(method=meth, path=pattern, file=path, line=line_at(text, m.start()),
                             auth_hints=hint or verified, framework="go", handler=handler, reads_only=reads,
                             page=page))
    registrations = _gorilla_registrations(text) if ".Path" in text else []
    if unresolved is not None and ".Path" in text:
        unresolved.extend(_gorilla_unread(path, text, {line_at(text, g.start) for g in registrations}))
    for g in registrations:
        matchers = _GO_METHODS_CALL.search(g.matchers)
        found = re.findall(r"\"([A-Z]+)\"", matchers.group(1)) if matchers else []
        route_path = g.path
        if route_path is None:
            expression = g.expression
            route_path = _go_constant(text, expression) if expression else None
            if expression.startswith("fmt.Sprintf("):  # a path made of the file's constants, else unknown
                route_path = _go_sprintf(text, text.index("fmt.Sprintf(", g.start)) or None
            elif route_path is None and (literal := _GO_PATH_ARG.match(expression)):
                route_path = literal.group(1)  # a path helper around a literal: `s.prefixedPath("/echo/")`
            if route_path is None:
                if expression and unresolved is not None:
                    unresolved.append(UnresolvedRoute(path, line_at(text, g.start),
                                                      f"{g.receiver}.{g.which}({expression})"[:_HINT_MAX], found))
                continue
            route_path = route_path if route_path.startswith("/") else "/" + route_path
        # middleware wrappers around the handler: auth(h), RequireAuth(...); the router's Use middleware
        prefix, used = scoped(g.receiver, g.start)
        route_path = _under(prefix, route_path)
        hint = [h for h in re.findall(r"([A-Za-z_][\w.]*)\(", g.rest) if _AUTHISH.search(h)] + used
        # the handler is the call's only argument (`.HandlerFunc(getUser)`): read as such, so that one verifying the
        # caller's token itself is seen (a route-level registration's handler is its last of two or more)
        handler, verified = _handler_auth(text, g.handler_paren, "go", None if hint else functions, single=True)
        reads = "" if hint or verified or found else _go_reads_only(text, g.handler_paren, functions, reads_memo)
        for meth in found or [ANY_METHOD]:
            # a prefix is a subtree one handler serves (files, a proxy, a profiler): judged for auth as any route,
            # never an operation an API description lists (keel's /css/, /debug/pprof/)
            out.append(Route(method=meth, path=route_path, file=path, line=line_at(text, g.start),
                             auth_hints=hint or verified, framework="go", handler=handler, reads_only=reads,
                             page=PREFIX_PAGE if g.which == "PathPrefix" else ""))
    relative = _GO_RELATIVE_METHOD.finditer(text) if _GIN_ECHO_IMPORT.search(text) else iter(())
    passed_in = set(_GO_GROUP_PARAM.findall(text)) if "Group" in text or "IRout" in text else set()
    for made in _GO_GROUP.finditer(text) if passed_in else ():  # `ns := engine.Group("x")` of a group passed in
        if made.group(2) in passed_in:
            passed_in.add(made.group(1))
    for m in (*_GO_METHOD.finditer(text), *relative):
        meth, receiver = m.group(2).upper(), m.group(1)
        if m.re is _GO_RELATIVE_METHOD and receiver in passed_in:
            # `func (h *Handler) Register(engine *gin.RouterGroup) { engine.GET("targets", h.List) }`: the group is
            # made by the caller, whose prefix and middleware (an auth guard or none) decide the route; the text of
            # this file cannot tell either. Not judged, never "no routes" (policy-reporter's v1/v2 API)
            if unresolved is not None:
                unresolved.append(UnresolvedRoute(path, line_at(text, m.start()),
                                                  f'{receiver}.{m.group(2)}("{m.group(3)}") on a router group passed '
                                                  "in by the caller", [] if meth == "ANY" else [meth]))
            continue
        # gin and echo join a relative path to the group's (or the engine's "/"): GET("healthz") serves /healthz
        route_path = join_paths(groups[receiver], m.group(3)) if receiver in groups else (
            m.group(3) if m.group(3).startswith("/") else "/" + m.group(3))
        prefix, used = scoped(receiver, m.start())
        route_path = _under(prefix, route_path)
        after = echo and m.group(2).isupper()
        hints = [*group_hints(receiver, m.start()), *used,
                 *(_echo_middleware(text, m.end(2)) if after else _middleware_hints(m.group(4)))]
        if tree_middleware:
            hints += _tree_middleware_hints(text, tree_middleware, receiver, meth, route_path, m.start())
        handler, verified = _handler_auth(text, m.end(2), "go", None if hints else functions,
                                          handler_at=1 if after else -1)
        out.append(Route(method=ANY_METHOD if meth == "ANY" else meth, path=route_path, file=path,
                         line=line_at(text, m.start()), auth_hints=hints or verified, framework="go",
                         handler=handler))
    for m in _GO_DYNAMIC_METHOD.finditer(text) if _GIN_ECHO_IMPORT.search(text) else ():
        # a path from a name: a constant of the file is the route's path; anything else (a configuration field, a
        # parameter) leaves the registration unresolved, so that route-auth never sums up over the literal routes
        # alone (gorush: `/` and `/version` public by policy while POST cfg.API.PushURI went unread: a pass)
        meth, receiver, expression = m.group(2).upper(), m.group(1), m.group(3)
        if receiver in passed_in:
            continue
        constant = _go_constant(text, expression)
        if constant is None:
            if unresolved is not None:
                unresolved.append(UnresolvedRoute(path, line_at(text, m.start()),
                                                  f"{receiver}.{m.group(2)}({expression})"[:_HINT_MAX],
                                                  [] if meth == "ANY" else [meth]))
            continue
        route_path = join_paths(groups[receiver], constant) if receiver in groups else (
            constant if constant.startswith("/") else "/" + constant)
        prefix, used = scoped(receiver, m.start())
        route_path = _under(prefix, route_path)
        hints = [*group_hints(receiver, m.start()), *used,
                 *(_echo_middleware(text, m.end(2)) if echo else _middleware_hints(m.group(4)))]
        handler, verified = _handler_auth(text, m.end(2), "go", None if hints else functions,
                                          handler_at=1 if echo else -1)
        out.append(Route(method=ANY_METHOD if meth == "ANY" else meth, path=route_path, file=path,
                         line=line_at(text, m.start()), auth_hints=hints or verified, framework="go",
                         handler=handler))
    for m in _GO_WITH_METHOD.finditer(text) if ".With(" in text else ():
        # chi's inline middleware (`r.With(paginate).Get("/", listArticles)`, chi's README): the route was not read
        # at all, so a service declaring its routes this way had "no HTTP routes" (n/a) on two required items
        receiver, meth = m.group(1), m.group(3).upper()
        route_path = join_paths(groups[receiver], m.group(4)) if receiver in groups else m.group(4)
        prefix, used = scoped(receiver, m.start())
        route_path = _under(prefix, route_path)
        hints = [*group_hints(receiver, m.start()), *used,
                 *(n for n in re.findall(r"[A-Za-z_][\w.]*(?:\([^()]*\))?", m.group(2)) if _MIDDLEWARE_AUTH.search(n)),
                 *_middleware_hints(m.group(5))]
        handler, verified = _handler_auth(text, m.end(3), "go", None if hints else functions)
        out.append(Route(method=ANY_METHOD if meth == "ANY" else meth, path=route_path, file=path,
                         line=line_at(text, m.start()), auth_hints=hints or verified, framework="go",
                         handler=handler))
    return out


def _go_method_first(path: str, text: str, m: re.Match[str], tree_middleware: list[_TreeMiddleware],
                     unresolved: list[UnresolvedRoute] | None, functions: Callable[[], Functions] | None
                     ) -> list[Route]:
    """A `recv.Handle(http.MethodPost, "/path", handler)` registration: its method, its literal path (else
    unresolved), the access-control wrappers among its arguments and, for gorouter, the USE guards of its subtree."""
    args = call_args(text, m.end(2))
    verb = _GO_METHOD_ARG.fullmatch(args[0]) if args else None
    if verb is None:
        return []
    method = (verb.group(1) or verb.group(2)).upper()
    literal = _GO_STRING.match(args[1]) if len(args) > 2 else None
    if literal is None:
        if unresolved is not None and len(args) > 1:
            unresolved.append(UnresolvedRoute(path, line_at(text, m.start()), args[1][:_HINT_MAX], [method]))
        return []
    route_path = literal.group(1) or literal.group(2) or "/"
    hints = [h for a in args[2:] for h in re.findall(r"([A-Za-z_][\w.]*)\(", a) if _AUTHISH.search(h)]
    if tree_middleware:
        hints += _tree_middleware_hints(text, tree_middleware, m.group(1), method, route_path, m.start())
    handler, verified = _handler_auth(text, m.end(2), "go", None if hints else functions)
    return [Route(method=method, path=route_path, file=path, line=line_at(text, m.start()),
                  auth_hints=hints or verified, framework="go", handler=handler)]


# actix-web: `#[get("/orders/{id}")]` attribute macros, and `web::resource("/x").route(web::post().to(h))`.
_ACTIX_ATTR = re.compile(r"#\[(get|post|put|patch|delete|head|options)\(\s*\"([^\"]+)\"")
_ACTIX_RESOURCE = re.compile(r"web::resource\(\s*\"([^\"]+)\"\s*\)((?:\s*\.(?:route|wrap)\([^\n]*)+)")
_ACTIX_SCOPE = re.compile(r"web::scope\(\s*\"([^\"]*)\"")


# axum: `Router::new().route("/versions", routing::get(list).post(add)).layer(auth)`. A layer wraps the routes added
# before it in the chain, not those after (version-rs: `// NB: routes added after TraceLayer are not traced`); one
# that authenticates (tower-http's ValidateRequestHeaderLayer::bearer, RequireAuthorization layers, a from_fn
# middleware named for auth) guards them. A handler taking the caller's credential as an extractor
# (`TypedHeader<Authorization<Bearer>>`, an `Auth*`/`Claims`/`CurrentUser` type) guards itself. Nested routers
# (`.nest("/api", api())`) are not followed: their routes keep their own paths. Hand-written like actix's.
_AXUM_CHAIN = re.compile(r"\bRouter\s*(?:::\s*<[^>]*>\s*)?::\s*new\s*\(\s*\)")
# `Router::<S>::new()`: after `Router::<` it reads `[^>]*` to the first `>`; once that fails it fails for every later
# `Router::<` before the same `>` (what follows it is the same text): regex_scan.segment_matches (finditer: 0.8 s
# for 128,000 characters of them).
_AXUM_CHAIN_STARTS = re.compile(r"(?=(?P<turbofish>\bRouter\s*::\s*<)|\bRouter)")
_CLOSING_ANGLE = re.compile(r">")
_AXUM_CALL = re.compile(r"\s*\.\s*(\w+)\s*(?:::\s*<[^>]*>\s*)?\(")
_AXUM_FIRST = re.compile(r"\s*(?:(?:axum\s*::\s*)?routing\s*::\s*)?(get|post|put|patch|delete|head|options|any)"
                         r"(?:_service)?\s*\(")
_AXUM_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "any"})
_AXUM_AUTH_LAYER = re.compile(r"RequireAuthorization|ValidateRequestHeaderLayer\s*::\s*(?:bearer|basic|custom)|"
                              r"AsyncRequireAuthorizationLayer|from_fn(?:_with_state)?\s*\((?:[^()]|\([^()]*\))*?"
                              r"\b\w*(?:auth|jwt|token|guard|require_login)\w*", re.I)
_AXUM_EXTRACTOR = re.compile(r"TypedHeader\s*<\s*(?:\w+::)*Authorization\s*<|:\s*(?:\w+::)*(?:Auth\w*|Claims|JwtClaims|"
                             r"CurrentUser|AuthenticatedUser)\b")


def _axum_method_router(code: str, expr: str) -> list[tuple[str, str]]:
    """(METHOD, handler argument) of a method router: `routing::get(h)`, `get(h).post(h2)`; [] when not one."""
    first = _AXUM_FIRST.match(expr)
    if first is None:
        return []
    out = []
    args, pos = call_span(expr, first.end() - 1)
    out.append((first.group(1), args[0] if args else ""))
    while (m := _AXUM_CALL.match(expr, pos)) and m.group(1) in _AXUM_VERBS:
        args, pos = call_span(expr, m.end() - 1)
        out.append((m.group(1), args[0] if args else ""))
    return [(ANY_METHOD if verb == "any" else verb.upper(), handler) for verb, handler in out]


_RUST_TEST_MODULE = re.compile(r"#\[cfg\(test\)\]\s*(?:pub(?:\([\w\s]*\))?\s+)?mod\s+\w+\s*\{")


def _without_rust_test_modules(code: str) -> str:
    """`code` with each `#[cfg(test)] mod x { ... }` blanked (line breaks kept): a unit-test module's routers
    (`Router::new().route("/probe", ...)` in atuin-domain's caps tests) are never served."""
    if "#[cfg(test)]" not in code:
        return code
    parts, pos = [], 0
    for m in _RUST_TEST_MODULE.finditer(code):
        if m.start() < pos:
            continue
        block = block_at(code, m.end() - 1, len(code))
        end = m.end() - 1 + len(block)
        parts += [code[pos:m.start()], re.sub(r"[^\n]", " ", code[m.start():end])]
        pos = end
    return "".join(parts) + code[pos:]


def _axum_routes(path: str, text: str, unresolved: list[UnresolvedRoute]) -> list[Route]:
    from deploycheck.sources.routes_aspnet import blank  # comments blanked, strings kept (a C#-like lexer)

    code = _without_rust_test_modules(blank(text)[0])
    out: list[Route] = []
    for chain in segment_matches(_AXUM_CHAIN, _AXUM_CHAIN_STARTS, code, _CLOSING_ANGLE):
        pos = chain.end()
        pending: list[Route] = []
        while m := _AXUM_CALL.match(code, pos):
            args, pos = call_span(code, m.end() - 1)
            if m.group(1) == "route" and len(args) >= 2:
                line = line_at(code, m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
                literal = re.fullmatch(r'"([^"\\]*)"', args[0])
                methods = _axum_method_router(code, args[1])
                if literal is None:
                    unresolved.append(UnresolvedRoute(path, line, f"route({args[0][:60]}, ...)",
                                                      [v for v, _ in methods if v != ANY_METHOD]))
                    continue
                for verb, handler in methods or [(ANY_METHOD, args[1])]:
                    name = handler if re.fullmatch(r"[A-Za-z_][\w:]*", handler) else None
                    hints = []
                    fn = re.search(rf"\bfn\s+{re.escape(name.rsplit('::', 1)[-1])}\s*(?:<[^>{{]*>)?\s*\(([^{{]*?)\)\s*"
                                   rf"(?:->[^{{]*)?\{{", code) if name else None
                    if fn and (extractor := _AXUM_EXTRACTOR.search(fn.group(1))):
                        hints.append(f"takes the caller's credential: {extractor.group(0).lstrip(': ')}")
                    pending.append(Route(method=verb, path=literal.group(1), file=path, line=line, auth_hints=hints,
                                         framework="axum", handler=name))
            elif m.group(1) in ("layer", "route_layer") and args and _AXUM_AUTH_LAYER.search(args[0]):
                for route in pending:  # a layer wraps the routes added before it
                    route.auth_hints.append(f".{m.group(1)}({' '.join(args[0].split())[:60]})")
        out.extend(pending)
    return out


# An axum extractor that authenticates: `impl<S> FromRequestParts<S> for UserAuth { ... }` whose body reads the
# request's credential (the Authorization header, a bearer token, a session cookie) and can reject (`Err`,
# `ok_or`): a handler taking it as a parameter (`UserAuth(user): UserAuth`) refuses a caller without a valid one
# (atuin-server's router.rs; the handlers live in other files of the crate).
_AXUM_FROM_REQUEST = re.compile(r"\bimpl\b[^{;]{0,300}?\bFromRequest(?:Parts)?\b[^{;]{0,300}?\bfor\s+(\w+)")
_AXUM_CREDENTIAL = re.compile(r"authorization|\bbearer\b|cookie|session", re.I)
_AXUM_REJECTS = re.compile(r"\bErr\s*\(|\.ok_or(?:_else)?\s*\(")


def _axum_auth_extractors(rust_files: dict[str, str]) -> dict[str, str]:
    """Extractor type name -> "file:line" of its FromRequest(Parts) impl, for the impls that read a credential
    and can reject."""
    from deploycheck.sources.routes_aspnet import blank

    out: dict[str, str] = {}
    for rel, text in rust_files.items():
        if "FromRequest" not in text:
            continue
        code = _without_rust_test_modules(blank(text)[0])
        for m in _AXUM_FROM_REQUEST.finditer(code):
            brace = code.find("{", m.end())
            if brace == -1:
                continue
            body = block_at(code, brace)
            if _AXUM_CREDENTIAL.search(body) and _AXUM_REJECTS.search(body):
                out.setdefault(m.group(1), f"{rel}:{line_at(code, m.start())}")
    return out


def _crate_root(rel: str) -> str:
    return rel.split("/src/", 1)[0] if "/src/" in rel else ("" if rel.startswith("src/") else rel.rsplit("/", 1)[0])


def _axum_extractor_guards(rust_files: dict[str, str], routes: list[Route]) -> None:
    """Give each unguarded axum route whose handler (found in its crate, by its module path when the route names
    one: `handlers::user::delete` -> handlers/user.rs) takes an authenticating extractor the hint that says so."""
    extractors = _axum_auth_extractors(rust_files)
    if not extractors:
        return
    for route in routes:
        if route.framework != "axum" or route.auth_hints or not route.handler:
            continue
        *modules, name = route.handler.split("::")
        modules = [m for m in modules if m not in ("crate", "super", "self")]
        pattern = re.compile(rf"\bfn\s+{re.escape(name)}\s*(?:<[^>{{]*>)?\s*\(")
        root = _crate_root(route.file)
        candidates = [rel for rel in rust_files if _crate_root(rel) == root and name in rust_files[rel]]
        by_module = [rel for rel in candidates if modules and (
            rel.removesuffix(".rs").removesuffix("/mod").endswith("/".join(modules[-2:])))]
        for rel in by_module or ([route.file] if route.file in candidates else candidates):
            text = rust_files[rel]
            fn = pattern.search(text)
            if fn is None:
                continue
            params = call_args(text, fn.end() - 1)
            used = next((t for p in params for t in re.findall(r"\w+", p.rsplit(":", 1)[-1]) if t in extractors),
                        None)
            if used:
                route.auth_hints.append(f"takes the caller's credential: {used} (an extractor that reads it and "
                                        f"rejects, {extractors[used]})")
            break


def _rust_routes(path: str, text: str, unresolved: list[UnresolvedRoute] | None = None) -> list[Route]:
    out = _axum_routes(path, text, unresolved if unresolved is not None else []) if "axum" in text else []
    for m in _ACTIX_ATTR.finditer(text):
        out.append(Route(method=m.group(1).upper(), path=m.group(2), file=path, line=line_at(text, m.start()),
                         auth_hints=_middleware_hints(text[m.end():m.end() + 300].split("{", 1)[0]),
                         framework="actix"))
    for m in _ACTIX_RESOURCE.finditer(text):
        methods = re.findall(r"web::(get|post|put|patch|delete|head)\(\)", m.group(2)) or ["*"]
        # only middleware named for access control (`.wrap(Logger::default())` guards nothing)
        wraps = [w for w in re.findall(r"\.wrap\(([^)]*)\)", m.group(2)) if _MIDDLEWARE_AUTH.search(w)]
        for meth in methods:
            out.append(Route(method=ANY_METHOD if meth == "*" else meth.upper(), path=m.group(1), file=path,
                             line=line_at(text, m.start()), auth_hints=wraps, framework="actix"))
    return out


_JAVA_VERIFY = re.compile(r"\b\w*[vV]erifier\.verify\(|\bJWT\.require\(|\bJwts\.parser\w*\(|\bjwtDecoder\.decode\(")
# A method body's opening brace after its parameter list (annotations' arguments may hold braces).
_JAVA_BODY_OPEN = re.compile(r"\)\s*(?:throws\s+[\w.,\s]{1,300}?)?\s*\{")


def _java_verifies(text: str, start: int, body: str, methods: dict[str, int], depth: int = 0) -> str:
    """`verifies the token in the handler: ...` when the body verifies a token, or calls a method of the file
    that does (one level down)."""
    verified = _JAVA_VERIFY.search(body)
    if verified:
        return (f"verifies the token in the handler: {verified.group(0).rstrip('(')}() "
                f"(line {line_at(text, start + verified.start())})")
    if depth == 0:
        for name in dict.fromkeys(re.findall(r"(?<![\w.])(\w+)\s*\(", body)):
            at = methods.get(name, -1)
            if at >= 0 and at != start:
                inner = _java_verifies(text, at, block_at(text, at), methods, 1)
                if inner:
                    return f"verifies the token in the handler: calls {name}(), which " \
                           f"{inner.removeprefix('verifies the token in the handler: ')}"
    return ""


# Sinatra: `get '/books/:id.json' do` at the start of a line in a file that requires sinatra.
_SINATRA_ROUTE = re.compile(r"^[ \t]*(get|post|put|patch|delete|options|head)[ \t(]+(['\"])(/[^'\"]*)\2", re.M)


def _ruby_routes(path: str, text: str) -> list[Route]:
    if not re.search(r"""require\s*\(?\s*['"]sinatra|Sinatra::(?:Base|Application)""", text):
        return []
    return [Route(method=m.group(1).upper(), path=m.group(3), file=path, line=line_at(text, m.start()),
                  framework="sinatra") for m in _SINATRA_ROUTE.finditer(text)]


# JAX-RS (Jakarta RESTful Web Services: TeaStore, Quarkus, Dropwizard, Jersey): a class's `@Path("users")` is the
# prefix of its methods' `@GET`/`@POST`/... `@Path("{id}")`; `@RolesAllowed`/`@DenyAll`/`@Authenticated` guard a
# method or, on the class, all of them (`@PermitAll` opens one).
_JAXRS_IMPORT = re.compile(r"^[ \t]*import\s+(?:javax|jakarta)\.ws\.rs\.", re.M)
_JAXRS_VERB = re.compile(r"@(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\b")
_JAXRS_PATH = re.compile(r"@Path\(\s*(?:value\s*=\s*)?\"([^\"]*)\"\s*\)")
_JAXRS_GUARD = re.compile(r"@(RolesAllowed\([^)]*\)|DenyAll|Authenticated|Secured\([^)]*\))")
# After `@RolesAllowed(` or `@Secured(` it matches exactly when a `)` follows anywhere, so once one fails no later one
# can match (findall read to the end of the text from each: 0.64 s for 128,000 characters): regex_scan.segment_matches.
_JAXRS_GUARD_STARTS = re.compile(r"(?=(?P<roles>@RolesAllowed\()|(?P<secured>@Secured\()|@)")


def _jaxrs_guards(text: str) -> list[str]:
    """_JAXRS_GUARD.findall(text), in linear time."""
    return [m.group(1) for m in segment_matches(_JAXRS_GUARD, _JAXRS_GUARD_STARTS, text, _CLOSING_PARENTHESIS)]
# A Java or Kotlin class declaration (`public class X`, Kotlin's `class X(` at the start of its line; not `X::class`).
_JAVA_CLASS_DECL = re.compile(r"\bclass\s+\w+")


def _java_comment_spans(text: str) -> Iterator[tuple[int, int]]:
    r"""The spans of the text's `/* ... */` and `// ...` comments. A `/*` with no `*/` after it is no comment, and
    neither is any later `/*`: from there only `//` comments are looked for (a lazy `/\*.*?\*/` read the rest of the
    text again from each such `/*`: 4.9 s for 32,000 characters)."""
    pos, pattern = 0, _JAVA_COMMENT
    while (found := pattern.search(text, pos)) is not None:
        if found.group(0) != "/*":
            yield found.span()
            pos = found.end()
            continue
        end = text.find("*/", found.end())
        if end == -1:
            pattern, pos = _JAVA_LINE_COMMENT, found.start() + 1
            continue
        yield found.start(), end + 2
        pos = end + 2


def _without_java_comments(text: str, keep_lines: bool = False) -> str:
    """The text with each comment replaced by one blank, or by blanks keeping its length and newlines."""
    out, last = [], 0
    for start, end in _java_comment_spans(text):
        out.append(text[last:start])
        comment = text[start:end]
        out.append(" " if not keep_lines else " " * len(comment) if "\n" not in comment
                   else re.sub(r"[^\n]", " ", comment))
        last = end
    out.append(text[last:])
    return "".join(out)


def _java_annotations_before(text: str, pos: int) -> str:
    """The annotations right above `pos`: since the previous statement, or the previous line ending a block
    (annotation arguments hold braces too: `@Produces({"application/json"})`)."""
    window = text[max(0, pos - 1500): pos]
    ends = [window.rfind(";") + 1, *(m.end() for m in re.finditer(r"[{}][ \t\r]*(?://[^\n]*)?\n", window))]
    return _without_java_comments(window[max(ends):])


# A resource class's declaration: `public abstract class AbstractCRUDEndpoint<T> {`, `public class ProductEndpoint
# extends AbstractCRUDEndpoint<Product> {`.
_JAXRS_DECLARATION = re.compile(r"\b(abstract\s+)?class\s+(\w+)\s*(?:<[^{]*?>)?\s*(?:extends\s+([\w.]+))?")
# A handler that checks the caller's signed session or token object itself and refuses without it (TeaStore's
# `if (new ShaSecurityProvider().validate(blob) == null) return Response.status(NOT_FOUND)`).
# Repeats are bounded: a body of one 32,000-character condition took over 20 s (tests/test_hostile_regex.py).
_JAVA_SESSION_CHECK = re.compile(r"\bif\s{0,50}\([^;{}]{0,200}?\b(?:new\s{1,50})?"
                                 r"(\w{0,40}(?:Security|Signature|Signing|Token|Session)\w{0,40})"
                                 r"(?:\(\))?\s{0,50}\.\s{0,50}(validate|verify)\w{0,60}\([^;{}]{0,400}\)\s{0,50}\{?\s{0,50}"
                                 r"(?:return|throw)\b")


# A handler whose only statement returns the result of validating the credential the caller sent (teastore's
# `isloggedin`: `return Response.ok().entity(new ShaSecurityProvider().validate(blob)).build();`): it answers whether
# that credential is valid and exposes nothing else, like a token-introspection endpoint. Bounded repeats, one
# statement: no `;` inside.
_JAVA_CREDENTIAL_ANSWER = re.compile(r"\{\s{0,200}return\b[^;{}]{0,300}?\b(?:new\s{1,20})?"
                                     r"(\w{0,60}(?:Security|Signature|Signing|Token|Session)\w{0,60})(?:\(\))?"
                                     r"\s{0,20}\.\s{0,20}(validate|verify)\w{0,40}\([^;{}]{0,300}\)[^;{}]{0,300};"
                                     r"\s{0,200}\}")


@dataclass(frozen=True)
class JaxrsClass:
    """A JAX-RS resource class: its name, base class and @Path prefix. The routes of an abstract one are served
    under each concrete subclass's prefix (`@Path("abstract") // This is overwritten by inheritance`)."""

    file: str
    line: int
    name: str
    abstract: bool
    base: str
    prefix: str


def jaxrs_class(path: str, text: str) -> JaxrsClass | None:
    declared = _JAXRS_DECLARATION.search(text)
    if declared is None or not _JAXRS_IMPORT.search(text):
        return None
    prefix = _JAXRS_PATH.search(_java_annotations_before(text, declared.start()))
    return JaxrsClass(path, line_at(text, declared.start()), declared.group(2), bool(declared.group(1)),
                      (declared.group(3) or "").rsplit(".", 1)[-1], prefix.group(1) if prefix else "")


def _inherited_routes(routes: list[Route], classes: list[JaxrsClass],
                      unresolved: list[UnresolvedRoute]) -> list[Route]:
    """Routes of abstract JAX-RS classes moved to their concrete subclasses' paths (at the subclass); those of an
    abstract class no class of the repository extends are served by code elsewhere: listed as unresolved."""
    abstract = {c.file: c for c in classes if c.abstract}
    out = [r for r in routes if r.framework != "jax-rs" or r.file not in abstract]
    for base in abstract.values():
        own = [r for r in routes if r.file == base.file and r.framework == "jax-rs"]
        subclasses = [c for c in classes if c.base == base.name and not c.abstract]
        if own and not subclasses:
            unresolved.extend(UnresolvedRoute(r.file, r.line, f"{r.method} {r.path} of abstract class {base.name}, "
                                              "served under the paths of subclasses outside this repository",
                                              [r.method]) for r in own)
        for sub in subclasses:
            for r in own:
                rest = r.path[len(join_paths(base.prefix)):] if base.prefix else r.path
                out.append(replace(r, path=join_paths(sub.prefix, rest), file=sub.file, line=sub.line,
                                   handler=f"{base.name}.{r.handler}" if r.handler else base.name))
    return out


def _jaxrs_routes(path: str, text: str) -> list[Route]:
    class_at = _JAVA_CLASS_DECL.search(text)
    if class_at is None:
        return []
    head = _java_annotations_before(text, class_at.start())
    prefix_match = _JAXRS_PATH.search(head)
    prefix = prefix_match.group(1) if prefix_match else ""
    class_guard = _jaxrs_guards(head)
    methods: dict[str, int] = {}
    for d in java_method_decls(text):
        methods[d.name] = -1 if d.name in methods else d.end - 1
    out = []
    for m in _JAXRS_VERB.finditer(text, class_at.end()):
        block_end = text.find("(", m.end())  # the annotations up to the method's parameter list
        signature = text[m.start(): block_end if block_end != -1 else m.end()]
        while True:  # annotations carry parentheses: extend over each `@X(...)` before the method's own `(`
            inner = re.search(r"@\w+\s*$", signature)
            if inner is None or block_end == -1:
                break
            close = call_span(text, block_end)[1]
            block_end = text.find("(", close)
            signature = text[m.start(): block_end if block_end != -1 else close]
        annotations = _java_annotations_before(text, m.start()) + signature
        sub = _JAXRS_PATH.search(annotations)
        own = _jaxrs_guards(annotations)
        permit_all = "@PermitAll" in annotations
        hints = [] if permit_all else ["@" + g for g in (own or class_guard)]
        name = re.search(r"(\w+)\s*$", signature)
        following = _JAXRS_VERB.search(text, m.end())  # the handler's body lies before the next route's
        opening = _JAVA_BODY_OPEN.search(text, block_end, following.start() if following else len(text)) \
            if block_end != -1 else None
        if not hints and opening and name:
            body = block_at(text, opening.end() - 1)
            checked = _JAVA_SESSION_CHECK.search(body)
            if checked:
                hints.append(f"checks the caller's signed session in the handler: {checked.group(1)}."
                             f"{checked.group(2)}() (line {line_at(text, opening.end() + checked.start())})")
            elif verified := _java_verifies(text, opening.end() - 1, body, methods):
                hints.append(verified)
            elif answered := _JAVA_CREDENTIAL_ANSWER.fullmatch(body[:1000]):
                hints.append(f"answers only whether the caller's credential is valid: {answered.group(1)}."
                             f"{answered.group(2)}() (line {line_at(text, opening.end())})")
        out.append(Route(method=m.group(1), path=join_paths(prefix, sub.group(1) if sub else ""), file=path,
                         line=line_at(text, m.start()), auth_hints=hints, framework="jax-rs",
                         handler=name.group(1) if name else None, declared_public="@PermitAll" if permit_all else "",
                         annotations=tuple(sorted(set(re.findall(r"@(\w+)", head + annotations))))))
    return out


_JAVA_GUARD_ANNOTATION = re.compile(r"@((?:PreAuthorize|Secured|RolesAllowed)\((?:[^()]|\([^()]*\))*\))")


_STRING_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.){0,2000}"')


def _annotation_lines_above(text: str, pos: int, floor: int = 0) -> str:
    """The annotation lines right above the mapping at `pos`, read upwards line by line: a line starting with `@`,
    or a line inside an annotation's argument list (more closing than opening brackets so far). Not "back to the
    last `;` or `}`": a Kotlin handler with an expression body (`fun get(...): Alert = service.get(id)`) ends with
    neither, and the annotations of the handler above would be taken for this one's. At most 200 lines, and not
    above `floor` (the previous mapping, whose annotations are its own), so a file of mappings stays linear."""
    line_start = text.rfind("\n", 0, pos) + 1
    lines = text[max(floor, line_start - 20_000):line_start].splitlines()[-200:]  # a window, not the whole text
    kept: list[str] = []
    depth = 0
    for line in reversed(lines):
        code = _STRING_LITERAL.sub('""', line)
        depth += code.count(")") + code.count("]") - code.count("(") - code.count("[")
        stripped = line.strip()
        if depth > 0 or (depth == 0 and stripped.startswith("@")):
            kept.append(line)
            continue
        break
    same_line = text[max(line_start, floor, pos - 2000):pos]  # `@PreAuthorize("...") @GetMapping("/x")`
    return "\n".join([*reversed(kept), same_line])


def _java_annotations_after(text: str, pos: int, limit: int) -> str:
    """The annotations below a mapping annotation, up to the method declaration (`@GetMapping` then
    `@PreAuthorize(...)` then `fun retrieveAlert(`): argument lists and string literals are skipped, so a
    parenthesis inside `"hasRole('X')"` does not end them. Looks at 4,000 characters at most, and not past
    `limit` (the next mapping), so a file of mappings stays linear."""
    end, i, depth, quote, after_space = min(len(text), pos + 4000, limit), pos, 0, "", False
    while i < end:
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)  # the mapping's own argument list may close here
        elif c == "}":
            if not depth:
                break  # the class ends: no declaration follows
            depth -= 1
        elif not depth:
            if c.isspace():
                after_space = True
                i += 1
                continue
            if after_space and c != "@":
                break  # the first word that is not an annotation starts the declaration
        after_space = False
        i += 1
    return text[pos:i]


# Spring Data REST exports a repository interface as a REST resource: `@RepositoryRestResource(path = "catalog")`
# serves GET/POST /catalog and GET/PUT/PATCH/DELETE /catalog/{id} (the ewolff microservice demos' JSON API, read by the
# order service). Without `path` the resource is the domain type's name, uncapitalized, with an "s" (the common case
# of Spring's pluralizer); `exported = false` exports nothing.
_DATA_REST = re.compile(r"@RepositoryRestResource\b(?:\(([^)]{0,500})\))?")
_DATA_REST_PATH = re.compile(r"\bpath\s{0,20}=\s{0,20}\"([^\"]{1,100})\"")
_DATA_REST_DOMAIN = re.compile(r"\binterface\s{1,20}\w{1,100}\s{1,20}extends\s{1,20}\w{0,100}Repository"
                               r"\s{0,20}<\s{0,20}(\w{1,100})")


def _spring_data_rest_routes(path: str, text: str) -> list[Route]:
    m = _DATA_REST.search(text)
    if m is None or re.search(r"\bexported\s*=\s*false\b", m.group(1) or ""):
        return []
    named = _DATA_REST_PATH.search(m.group(1) or "")
    domain = _DATA_REST_DOMAIN.search(text, m.end())
    if named is None and domain is None:
        return []
    base = "/" + (named.group(1).strip("/") if named else
                  (domain.group(1)[:1].lower() + domain.group(1)[1:] + "s") if domain else "")
    line = line_at(text, m.start())
    handler = "Spring Data REST repository"
    return [Route(method=method, path=route, file=path, line=line, auth_hints=[], framework="spring", handler=handler)
            for method, route in (("GET", base), ("POST", base), ("GET", base + "/{id}"), ("PUT", base + "/{id}"),
                                  ("PATCH", base + "/{id}"), ("DELETE", base + "/{id}"))]


_FEIGN_CLIENT = re.compile(r"@FeignClient\b")
_SPRING_VIEW_CONTROLLER = re.compile(r"^[ \t]*@Controller\b", re.M)
# the handler's return type in its signature: Java `public String home(` or Kotlin `fun home(...): String`
_SPRING_VIEW_RETURN = re.compile(r"\b(String|ModelAndView|RedirectView)[ \t\n]+\w+[ \t]*\("
                                 r"|\)[ \t]*:[ \t]*(String|ModelAndView|RedirectView)\b")
_MAX_FEIGN_CLIENTS = 50  # per file; a real one declares one
_JAVA_TYPE_DECL = re.compile(r"\b(class|interface)\s+\w+")


def _feign_client_spans(text: str) -> list[tuple[int, int]]:
    """The interfaces annotated `@FeignClient` (Spring Cloud OpenFeign): their `@GetMapping`s describe the requests
    this service *sends* (rd-user-profile-api's IdamFeignClient calls IDAM's `/api/v1/users`), not routes it serves.
    Each span runs from the annotation to the interface's closing brace (a longer body than block_at reads is cut:
    the mappings after the cut stay routes, a finding too many, never one hidden)."""
    code = _without_java_comments(text, keep_lines=True)
    spans: list[tuple[int, int]] = []
    for m in _FEIGN_CLIENT.finditer(code):
        if spans and m.start() < spans[-1][1]:
            continue  # inside the client already read
        if len(spans) == _MAX_FEIGN_CLIENTS:
            break  # a crafted file of thousands of clients: the rest stay routes (each body read costs up to 20,000)
        decl = _JAVA_TYPE_DECL.search(code, m.end())
        opening = code.find("{", decl.end()) if decl and decl.group(1) == "interface" else -1
        if opening != -1:
            spans.append((m.start(), opening + len(block_at(code, opening))))
    return spans


def _java_routes(path: str, text: str) -> list[Route]:
    if "@Path" in text and _JAXRS_IMPORT.search(text):
        return _jaxrs_routes(path, text)
    if "@RepositoryRestResource" in text:
        return _spring_data_rest_routes(path, text)
    if "Mapping" not in text:
        return []
    class_match = _SPRING_CLASS.search(text)
    # A @RequestMapping before the class declaration is the controller's prefix (Kotlin puts `class` at the start
    # of its line, under the annotations).
    declared = _JAVA_CLASS_DECL.search(text)
    class_pos = declared.start() if declared else -1
    prefix = class_match.group(1) if class_match and class_pos != -1 and class_match.start() < class_pos else ""
    # @PreAuthorize/@Secured on the class guards every handler in it
    class_hints = _JAVA_GUARD_ANNOTATION.findall(_annotation_lines_above(text, class_pos)) if declared else []
    out = []
    methods: dict[str, int] = {}  # method name -> offset of its body's `{` (a name declared twice: neither)
    for d in java_method_decls(text):
        methods[d.name] = -1 if d.name in methods else d.end - 1
    mappings = _spring_mappings(text)
    # Spring MVC's @Controller (not @RestController, no @ResponseBody on the class) answers a String or a
    # ModelAndView with a rendered view: a web UI's page, not an API operation (java-demoapp's FreeMarker pages)
    views = bool(_SPRING_VIEW_CONTROLLER.search(text)) and "@RestController" not in text and \
        "@ResponseBody" not in (_annotation_lines_above(text, class_pos) if declared else "@ResponseBody")
    if "@FeignClient" in text and (clients := _feign_client_spans(text)):
        mappings = [m for m in mappings if not any(a <= m.start() < b for a, b in clients)]
    for i, m in enumerate(mappings):
        if class_match and m.start() == class_match.start() and prefix:
            continue
        kind = m.group(1)
        method = kind.upper() if kind != "Request" else ANY_METHOD
        if kind == "Request":
            found = re.search(r"RequestMethod\.([A-Z]+)", m.group(3) or "")
            method = found.group(1) if found else ANY_METHOD
        # annotations stacked on the same method, above the mapping and below it
        following = mappings[i + 1].start() if i + 1 < len(mappings) else len(text)
        previous = mappings[i - 1].end() if i else 0
        before = _annotation_lines_above(text, m.start(), previous) + _java_annotations_after(text, m.end(), following)
        own = _JAVA_GUARD_ANNOTATION.findall(before)
        # `@PreAuthorize("permitAll()")`, `@Secured("IS_AUTHENTICATED_ANONYMOUSLY")`: an opening written down, as
        # @PermitAll (a method's own annotation decides over the class's)
        opened = [h for h in own if _permits_anyone(h)]
        hints = [h for h in own if not _permits_anyone(h)]
        if not opened:
            opened = [] if hints else [h for h in class_hints if _permits_anyone(h)]
            hints = [*(h for h in class_hints if not _permits_anyone(h)), *hints]
        # the handler's own body (not the methods after it: a verifying helper below an unguarded handler made
        # it look protected), or a method of the class it calls that verifies
        opening = _JAVA_BODY_OPEN.search(text, m.end(), mappings[i + 1].start() if i + 1 < len(mappings) else
                                         len(text))
        if opening:
            start = opening.end() - 1
            hint = _java_verifies(text, start, block_at(text, start), methods)
            if hint:
                hints.append(hint)
        page = ""
        if views and "@ResponseBody" not in before:
            signature = text[m.end(): opening.start() if opening else following][:2000]
            shown = _SPRING_VIEW_RETURN.search(signature)
            if shown:
                page = f"a @Controller method returning {shown.group(1) or shown.group(2)} (a rendered view)"
        out.append(Route(method=method, path=join_paths(prefix, m.group(2) or ""), file=path,
                         line=line_at(text, m.start()), auth_hints=hints, framework="spring", page=page,
                         declared_public=("@" + opened[0])[:_HINT_MAX] if opened and not hints else ""))
    return out


# Spring Security expressions and attributes that let an anonymous caller in: `permitAll`, `isAnonymous()` (only
# anonymous callers), a constant `true`, `IS_AUTHENTICATED_ANONYMOUSLY`, `ROLE_ANONYMOUS`. `!isAnonymous()` and
# `not isAnonymous()` require a login.
_SPRING_PERMITS = re.compile(r"\bpermitAll\b|(?<![!\w])(?<!not )isAnonymous\(\)|^PreAuthorize\(\s*\"\s*true\s*\"\s*\)$|"
                             r"\bIS_AUTHENTICATED_ANONYMOUSLY\b|\bROLE_ANONYMOUS\b")


def _permits_anyone(annotation: str) -> bool:
    """Whether a @PreAuthorize/@Secured annotation (`PreAuthorize("permitAll()")`) lets anyone call the handler."""
    return not annotation.startswith("RolesAllowed") and bool(_SPRING_PERMITS.search(annotation))


def _java_classes(ctx: Context) -> ClassText:
    """Java/Kotlin classes by simple name (the file named after the class; tests left out), comments blanked: the
    one nearest the caller's file when several share a name."""
    by_name: dict[str, list[str]] = {}
    for rel in ctx.files.with_suffix(".java", ".kt"):
        if not _is_test_path(rel):
            by_name.setdefault(PurePosixPath(rel).stem, []).append(rel)
    cache: dict[str, str] = {}

    def lookup(name: str, near: str) -> tuple[str, str] | None:
        candidates = by_name.get(name)
        if not candidates:
            return None
        rel = max(candidates, key=lambda c: len(os.path.commonpath([c, near])))
        if rel not in cache:
            text = ctx.files.read_text(rel) or ""
            cache[rel] = _without_java_comments(text, keep_lines=True)
        return rel, cache[rel]

    return lookup


def _spring_permitted(result: RouteSet, classes: ClassText) -> None:
    """Spring Security asks its rules in order and the first match decides: a route a `permitAll()` rule matches
    before `anyRequest().authenticated()` is not behind the layer. A read, or a route its rule names exactly
    (`requestMatchers(HttpMethod.POST, "/api/users")`, `antMatchers("/", "/demo")`), is a choice written down
    (declared public); a state-changing route a wildcard opens (`/storefront/**` over PUT /storefront/orders/status,
    also when the rule is limited to its method) or a matcher the text cannot resolve keeps no layer (yas' order
    service)."""
    layers = [layer for layer in result.layers if layer.rules]
    if not layers:
        return
    for route in result.routes:
        if route.framework != "spring" or route.auth_hints or route.declared_public:
            continue
        for layer in layers:
            if not layer.in_chain(route) or (route.opt_out or route.open_rule):
                continue
            rule, writes = opened(layer.rules, route.method, route.path)
            if rule is None:
                continue
            where = f"{layer.file}:{rule.line}"
            named = next((p for p in rule.patterns if "*" not in p and "?" not in p and _ant_match(p, route.path)),
                         None)
            # a wildcard opens whatever lands under it, even limited to a method (`HttpMethod.POST, "/api/**"`); a
            # catch-all (`antMatchers("/**").permitAll()`, `anyRequest().permitAll()`) names no route at all, so it
            # declares nothing public: it is the open rule the written decision reports (java-demoapp's /mbeans and
            # /tools/cpu passed as "declared public in the code (permitAll() on /**)")
            catch_all = rule.any_request or (named is None and bool(rule.patterns) and all(
                _catch_all(p) for p in rule.patterns if _ant_match(p, route.path)))
            if catch_all or (writes and (named is None or rule.unresolved)):
                refusal = _handler_refuses_anonymous(route, classes)
                if refusal:  # the handler's own code turns the anonymous caller away (yas' cart service)
                    route.auth_hints.append(f"refuses anonymous callers: {refusal}"[:_HINT_MAX * 2])
                else:
                    route.open_rule = f"{rule.text} ({where})"
                break
            shown = named or next((p for p in rule.patterns if _ant_match(p, route.path)), rule.text)
            route.declared_public = f"permitAll() on {shown} ({where})"
            break


def _catch_all(pattern: str) -> bool:
    """`/**`, `**`, `/**/**`: an Ant pattern every path matches."""
    segments = [s for s in pattern.split("/") if s]
    return bool(segments) and all(s == "**" for s in segments)


def _handler_refuses_anonymous(route: Route, classes: ClassText) -> str:
    found = classes(PurePosixPath(route.file).stem, route.file)
    if found is None or found[0] != route.file:
        return ""
    code = found[1]
    line_start = 0
    for _ in range(route.line - 1):
        line_start = code.find("\n", line_start) + 1
        if line_start == 0:
            return ""
    opening = _JAVA_BODY_OPEN.search(code, line_start, line_start + 3000)
    return refuses_anonymous(code, opening.end() - 1, route.file, classes) if opening else ""


# What makes a folder the root of one deployable service: its image build or its language's project file.
_SERVICE_FILES = frozenset({"Dockerfile", "go.mod", "package.json", "pyproject.toml", "setup.py", "requirements.txt",
                            "pom.xml", "build.gradle", "build.gradle.kts", "Cargo.toml", "Gemfile", "composer.json"})


def service_roots(files: list[str]) -> Callable[[str], str]:
    """The deployable service a file belongs to: the nearest folder above it holding a Dockerfile or a project file
    (go.mod, package.json, pom.xml, *.csproj, ...); "" (the repository root) when none does. One Go module serving
    several packages from one binary (hotrod) is one service; each .NET project or Maven module is its own."""
    roots = {rel.rpartition("/")[0] for rel in files
             if rel.rpartition("/")[2] in _SERVICE_FILES or rel.endswith((".csproj", ".fsproj"))}

    def service(rel: str) -> str:
        folder = rel.rpartition("/")[0]
        while folder and folder not in roots:
            folder = folder.rpartition("/")[0]
        return folder

    return service


# A fake API for front-end development (smilr's vue/mock-api/server.js, a json-server over db.json): it is never
# deployed, and its routes are not the service's. json-server describes itself as a fake REST API.
_MOCK_FOLDERS = frozenset({"mock", "mocks", "mock-api", "mock_api", "mockapi", "mock-server", "mockserver", "fake-api",
                           "__mocks__"})
_JSON_SERVER = re.compile(r"""require\(\s*['"]json-server['"]\s*\)|from\s+['"]json-server['"]""")


def _dev_stand_in(rel: str, text: str) -> bool:
    return (any(part.lower() in _MOCK_FOLDERS for part in rel.split("/")[:-1])
            or ("json-server" in text and bool(_JSON_SERVER.search(text))))


def is_test_path(rel: str) -> bool:
    """Tests and fixtures: their routes are not the service's."""
    return _is_test_path(rel)


def _is_test_path(rel: str) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    return (any(p in ("tests", "test", "__tests__", "e2e", "cypress", "testdata") for p in parts[:-1])
            or name.startswith("test_") or name.endswith(("_test.py", "_test.go")) or bool(_JS_TEST.search(name)))


# Hand-written patterns (no library reads these configurations without running the code).
# `anyRequest().hasRole("employee")` guards as `authenticated()` does (a role needs a login): hasRole, hasAnyRole,
# hasAuthority, hasAnyAuthority (`hasA(?:ny)?` written here before missed the two single forms: polar-bookshop's
# catalog writes behind `.anyRequest().hasRole("employee")` were reported as unauthenticated)
_SPRING_GLOBAL = re.compile(r"@EnableResourceServer\b|\.\s*any(?:Request|Exchange)\(\)\s*\.\s*(?:authenticated|"
                            r"fullyAuthenticated|has(?:Any)?(?:Role|Authority))\(|\bauthorize\(\s*any(?:Request|Exchange)"
                            r"\s*,\s*(?:authenticated|fullyAuthenticated|has(?:Any)?(?:Role|Authority))\b")
# Comments blanked before a layer is looked for (`//.anyRequest().authenticated();` switched off is no layer); a `//`
# inside a string blanks the rest of its line: a layer missed there is a finding, never a false pass.
# Java/Kotlin comments, found by `_java_comment_spans` as `/\*.*?\*/|//[^\n]*` (re.S) would find them, in linear time.
_JAVA_COMMENT = re.compile(r"/\*|//[^\n]*")
_JAVA_LINE_COMMENT = re.compile(r"//[^\n]*")
_DJANGO_GLOBAL = re.compile(r"LoginRequiredMiddleware")
# django-azure-auth's middleware: "the entire site requires user authentication by default, with the ability to exempt
# specified views" (its README): AZURE_AUTH's PUBLIC_PATHS (paths) and PUBLIC_URLS (view names) are let through.
_AZURE_AUTH_MIDDLEWARE = re.compile(r"""["']azure_auth\.middleware\.AzureMiddleware["']""")
_AZURE_PUBLIC_PATHS = re.compile(r"""["']PUBLIC_PATHS["']\s*:\s*[\[(]([^\])\n]{0,1000})[\])]""")
_AZURE_PUBLIC_URLS = re.compile(r"""["']PUBLIC_URLS["']\s*:\s*[\[(]\s*[\])]""")  # empty only
_PY_STRING = re.compile(r"""["']([^"'\n]{0,300})["']""")


def _azure_auth_layer(rel: str, text: str) -> AuthLayer | None:
    """The site-wide layer of django-azure-auth's AzureMiddleware added to MIDDLEWARE, with its PUBLIC_PATHS as
    exemptions. Exemptions this text does not spell out (PUBLIC_PATHS not a literal list, any PUBLIC_URLS view name,
    which would need the URLconf's names) make no layer: the routes are judged one by one, never passed blind."""
    m = _AZURE_AUTH_MIDDLEWARE.search(text)
    if m is None:
        return None
    paths = _AZURE_PUBLIC_PATHS.search(text)
    if ("PUBLIC_PATHS" in text and paths is None) or ("PUBLIC_URLS" in text and not _AZURE_PUBLIC_URLS.search(text)):
        return None
    public = tuple(_PY_STRING.findall(paths.group(1))) if paths else ()
    project = PurePosixPath(rel).parent.parent
    shown = f", except PUBLIC_PATHS {list(public)}" if public else ""
    return AuthLayer("django", rel, line_at(text, m.start()), f"django-azure-auth AzureMiddleware{shown}",
                     "" if str(project) == "." else str(project), except_paths=public)
_DRF_DEFAULT = re.compile(r"""["']DEFAULT_PERMISSION_CLASSES["']\s*:\s*[(\[]([^)\]]*)[)\]]""")
# Where _DRF_DEFAULT starts, up to its `(`/`[`: after one it matches when a `)` or `]` follows anywhere, so once it
# fails no later start can match (finditer read to the end of the text from each: 0.6 s at 32,000 characters).
_DRF_DEFAULT_STARTS = re.compile(r"""(?=(?P<setting>["']DEFAULT_PERMISSION_CLASSES["']\s*:\s*[(\[]))""")
_CLOSING_BRACKET = re.compile(r"[)\]]")
_FASTAPI_GLOBAL = re.compile(r"\bFastAPI\((?:[^()]|\([^()]*\))*\bdependencies\s*=\s*\[\s*(?:Depends|Security)\(")
_EXPRESS_GLOBAL = re.compile(r"\b(app|router|server)\.use\(\s*(?:['\"]([^'\"]*)['\"]\s*,\s*)?(?:passport\.authenticate|"
                             r"expressjwt|jwt\(|requireAuth|ensureAuthenticated|authenticate|checkJwt|auth\(|authMiddleware|"
                             r"verifyToken|isAuthenticated|requiresAuth)")
# the hook's function may span lines: `addHook('onRequest', async (request) => {\n await request.jwtVerify() })`
_FASTIFY_GLOBAL = re.compile(r"\.addHook\(\s*['\"](?:onRequest|preHandler|preValidation)['\"]\s*,"
                             r"[^;]{0,300}?(?:auth|jwtVerify|verify)", re.I)


# Library guards told to let a caller without a credential through: express-openid-connect's `authRequired: false`
# (Auth0's quickstart: `app.use(auth(config))` with it, then `requiresAuth()` on the routes that need a login),
# express-jwt's `credentialsRequired: false` (the RealWorld example's `auth.optional`), passport's 'anonymous'
# strategy. Such a middleware authenticates a caller who sends a credential and lets every other one in.
_JS_OPTIONAL_AUTH = re.compile(r"\b(?:credentialsRequired|authRequired)\s*+:\s*+false\b|['\"]anonymous['\"]")
# `name = jwt({...})`, `optional: expressjwt({...})`, `const optionalAuth = auth(config)`: bounded parts
_JS_BOUND_CALL = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]{0,80})[ \t]{0,20}[:=][ \t]{0,20}"
                            r"(?:[A-Za-z_$][\w$]{0,80}\.)?[A-Za-z_$][\w$]{0,80}[ \t]{0,20}\(")
_JS_CONFIG_NAME = re.compile(r"[A-Za-z_$][\w$]*")


def _js_optional_flag(text: str, arg: str) -> str:
    """The optional-credential flag an argument carries: in its own text (`{credentialsRequired: false}`), or in the
    object literal a name argument is bound to in the same file (`auth(config)`, `const config = {...}`); or ""."""
    if m := _JS_OPTIONAL_AUTH.search(arg):
        return m.group(0)
    bound = re.search(rf"\b(?:const|let|var)\s+{re.escape(arg)}\s*=\s*\{{", text) \
        if _JS_CONFIG_NAME.fullmatch(arg) else None
    found = _JS_OPTIONAL_AUTH.search(block_at(text, bound.end() - 1, 4000)) if bound else None
    return found.group(0) if found else ""


def _js_optional_call(text: str, open_paren: int) -> str:
    """The flag that makes the library call whose `(` is at `open_paren` let callers without a credential through
    (`jwt({..., credentialsRequired: false})`, `auth(config)`), or ""."""
    return next((flag for arg in call_args(text, open_paren, 4000) if (flag := _js_optional_flag(text, arg))), "")


def _express_optional_auth(text: str, use_at: int) -> str:
    """The flag of an `app.use(...)` layer (at `use_at`) whose auth middleware lets callers without a credential
    through (`app.use(auth({authRequired: false}))`, `app.use(auth(config))`), or ""."""
    if "Required" not in text and "anonymous" not in text:
        return ""
    for arg in call_args(text, text.find("(", use_at), 4000):
        if flag := _JS_OPTIONAL_AUTH.search(arg):
            return flag.group(0)
        call = re.match(r"(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*\s*\(", arg)
        inner = call_args(arg, call.end() - 1, 4000) if call else []
        if flag_of_call := next((f for a in inner if (f := _js_optional_flag(text, a))), ""):
            return flag_of_call
    return ""


def _without_optional_express_auth(ctx: Context, result: RouteSet) -> None:
    """Express routes whose only guard lets callers without a credential through: an inline `jwt({...,
    credentialsRequired: false})` or `passport.authenticate(['jwt', 'anonymous'])`, or a name the repository binds to
    such a call (`auth.optional`). The hint is dropped and named in `inert_guard`."""
    optional: dict[str, str] = {}
    for rel in ctx.files.with_suffix(".js", ".mjs", ".cjs", ".ts"):
        if _is_test_path(rel) or rel.endswith((".d.ts", ".min.js")):
            continue
        text = ctx.files.read_text(rel) or ""
        if "Required" not in text and "anonymous" not in text:
            continue
        for bound in itertools.islice(_JS_BOUND_CALL.finditer(text), 2000):
            if flag := _js_optional_call(text, bound.end() - 1):
                optional.setdefault(bound.group(1), f"{bound.group(1)} ({rel}:{line_at(text, bound.start())}, {flag})")

    def why(hint: str) -> str:
        if named := _JS_HINT_NAME.fullmatch(hint.strip()):
            return optional.get(named.group(1), "")
        inline = _JS_OPTIONAL_AUTH.search(hint)
        return f"{hint[:60]} ({inline.group(0)})" if inline else ""

    out = []
    for r in result.routes:
        if r.framework != "express" or not r.auth_hints:
            out.append(r)
            continue
        flagged = {h: why(h) for h in r.auth_hints}
        gone = [reason for reason in flagged.values() if reason]
        if not gone:
            out.append(r)
            continue
        out.append(replace(r, auth_hints=[h for h, reason in flagged.items() if not reason], inert_guard=gone[0],
                           inert_reason="lets a caller without a credential through (the library authenticates "
                           "only who sends one): the route is open to anyone"))
    result.routes = out


def _enclosing_block(text: str, pos: int) -> int | None:
    """The offset of the `{` of the innermost block still open at `pos` (None at the top level). Braces in
    strings and comments are not told apart: a wrong guess narrows a layer, never widens it."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        if text[i] == "}":
            depth += 1
        elif text[i] == "{":
            if depth == 0:
                return i
            depth -= 1
    return None



# JAX-RS: a `@Provider` request filter runs before every resource method of the application, and guards them when
# its filter() refuses the request (`abortWith(Response.status(UNAUTHORIZED)...)`, `throw new
# NotAuthorizedException(...)`). A filter class carrying any other annotation may be name-bound (`@Secured` marked
# `@NameBinding`): it runs only for resources carrying that annotation, so it is no layer for the others.
# `class NAME ... implements ... ContainerRequestFilter` up to the class's `{`, read in two linear steps: the header
# from each `class` to the next `{`, then `implements` and the interface inside it. One pattern with two `[^{]*`
# restarted at every `class` and backtracked over both runs (cubic: 1,000 `class X ` words without a `{` took seconds).
_CLASS_HEADER = re.compile(r"\bclass\s+(\w+)([^{]*)")
_IMPLEMENTS = re.compile(r"\bimplements\b")
_REQUEST_FILTER = re.compile(r"\bContainerRequestFilter\b")
_JAXRS_FILTER_ANNOTATIONS = frozenset({"Provider", "Priority", "PreMatching", "ApplicationScoped", "Singleton",
                                       "Component", "Dependent"})
# The statement after `abortWith(` / `throw new WebApplicationException(` is read up to the next such call only: a
# status there is also one after the last such call before it (no `;` between), so whether the body refuses is
# unchanged, and each character is read from one call, not from every earlier one (quadratic without a `;`).
_JAXRS_REFUSAL = re.compile(r"\babortWith\s*\((?:(?!\babortWith\s*\()[^;])*?(?:UNAUTHORIZED|FORBIDDEN|\b40[13]\b)"
                            r"|\bthrow\s+new\s+(?:NotAuthorizedException|ForbiddenException|WebApplicationException\s*\("
                            r"(?:(?!\bthrow\s+new\s+WebApplicationException\s*\()[^;])*?"
                            r"(?:UNAUTHORIZED|FORBIDDEN|\b40[13]\b))", re.S)


_JAXRS_NAME_BINDING = re.compile(r"@NameBinding\b[^;]{0,400}?@interface\s+(\w+)")


def _jaxrs_refusing_filter(text: str) -> tuple[str, int, set[str]] | None:
    """A `@Provider` ContainerRequestFilter whose filter() refuses: its class name, offset and annotations."""
    code = _without_java_comments(text, keep_lines=True)
    found = next((h for h in _CLASS_HEADER.finditer(code) if (i := _IMPLEMENTS.search(code, h.start(2), h.end(2)))
                  and _REQUEST_FILTER.search(code, i.end(), h.end(2))), None)
    if found is None:
        return None
    annotations = set(re.findall(r"@(\w+)", _java_annotations_before(code, found.start())))
    body = block_at(code, code.find("{", found.end())) if "{" in code[found.end():] else ""
    if "Provider" not in annotations or not _JAXRS_REFUSAL.search(body):
        return None
    return found.group(1), found.start(), annotations


def _name_bound_guards(java: dict[str, str], routes: list[Route]) -> None:
    """A name-bound filter (`@Secured` on the filter, `@Secured` declared `@NameBinding`) guards the resources that
    carry its annotation, on the method or the class."""
    bindings = {name for text in java.values() if "@NameBinding" in text
                for name in _JAXRS_NAME_BINDING.findall(_without_java_comments(text))}
    guards: dict[str, str] = {}
    for rel, text in java.items():
        found = _jaxrs_refusing_filter(text) if "ContainerRequestFilter" in text else None
        for binding in (found[2] & bindings) if found else ():
            guards[binding] = f"@{binding} (name-bound ContainerRequestFilter {found[0] if found else ''}, {rel})"
    for route in routes:
        bound = [guards[a] for a in route.annotations if a in guards]
        if route.framework == "jax-rs" and bound and not route.auth_hints and not route.declared_public:
            route.auth_hints.append(bound[0])


def _jvm_module_scope(rel: str) -> str:
    """The JVM module a source file belongs to: the folder holding its `src/main/`, else the file's folder. A
    module at the repository's root is its `src/` (`src/main/java/.../SecurityConfiguration.java` guards every
    controller under src/, not only those of its own package folder, and no nested module's)."""
    module = jvm_module(rel)
    return "src" if module == "" else module if module is not None else str(PurePosixPath(rel).parent)


def _jaxrs_filter_layer(rel: str, text: str) -> AuthLayer | None:
    refusing = _jaxrs_refusing_filter(text)
    if refusing is None or refusing[2] - _JAXRS_FILTER_ANNOTATIONS:
        return None
    name, start, _ = refusing
    code = text
    scope = _jvm_module_scope(rel)
    return AuthLayer("jax-rs", rel, line_at(code, start),
                     f"@Provider ContainerRequestFilter {name} (refuses unauthenticated requests)",
                     "" if scope == "." else scope)


def _auth_layers(rel: str, text: str) -> list[AuthLayer]:
    out: list[AuthLayer] = []
    if rel.endswith((".java", ".kt")):
        code = _without_java_comments(text, keep_lines=True)
        m = _SPRING_GLOBAL.search(code)
        if m:  # the Spring Boot application module: everything under src/main of this module
            scope = _jvm_module_scope(rel)
            out.append(AuthLayer("spring", rel, line_at(text, m.start()), m.group(0).strip(". "),
                                 "" if scope == "." else scope, rules=chain_rules(code, m.start()),
                                 chain_scope=chain_scope(code, m.start())))
        elif "authorize" in code:  # rules that guard some paths, the rest left to permitAll() or to no rule
            scope = _jvm_module_scope(rel)
            for start, rules in rule_chains(code):
                out.append(AuthLayer("spring", rel, line_at(text, start), "Spring Security rules (no guarding "
                                     "anyRequest(): only the paths a protecting rule matches first)",
                                     "" if scope == "." else scope, rules=rules,
                                     chain_scope=chain_scope(code, start + 25), matched_only=True))
        if "ContainerRequestFilter" in text and (layer := _jaxrs_filter_layer(rel, text)):
            out.append(layer)
    elif rel.endswith(".py"):
        m = _DJANGO_GLOBAL.search(text) if "MIDDLEWARE" in text else None
        if m:  # settings of a Django project: its apps sit beside the settings package
            project = PurePosixPath(rel).parent.parent
            out.append(AuthLayer("django", rel, line_at(text, m.start()), "LoginRequiredMiddleware",
                                 "" if str(project) == "." else str(project)))
        elif "MIDDLEWARE" in text and "AzureMiddleware" in text and (azure := _azure_auth_layer(rel, text)):
            out.append(azure)
        m = (next(segment_matches(_DRF_DEFAULT, _DRF_DEFAULT_STARTS, text, _CLOSING_BRACKET), None)
             if "DEFAULT_PERMISSION_CLASSES" in text else None)
        if m and m.group(1).strip() and not _DRF_OPEN.search(m.group(1)):
            # REST_FRAMEWORK settings: views that set no permission_classes get these (scope as Django's)
            project = PurePosixPath(rel).parent.parent
            out.append(AuthLayer("django-rest-framework", rel, line_at(text, m.start()),
                                 f"DEFAULT_PERMISSION_CLASSES = ({m.group(1).strip()[:60]})",
                                 "" if str(project) == "." else str(project), drf_only=True))
        m = _FASTAPI_GLOBAL.search(text) if "FastAPI(" in text else None
        if m:
            # app-level dependencies guard the app's routes, also those of routers included from its package
            package = str(PurePosixPath(rel).parent)
            out.append(AuthLayer("fastapi", rel, line_at(text, m.start()), "FastAPI(dependencies=[...])",
                                 "" if package == "." else package))
    elif rel.endswith((".js", ".mjs", ".cjs", ".ts")):
        m = _HAPI_DEFAULT.search(text) if ".auth.default(" in text else None
        if m:  # Hapi's default strategy: every route of the server below this folder, except `auth: false` ones
            folder = str(PurePosixPath(rel).parent)
            out.append(AuthLayer("hapi", rel, line_at(text, m.start()), m.group(0).lstrip(".")[:60],
                                 "" if folder == "." else folder))
        for m in _NEST_GLOBAL.finditer(text) if "APP_GUARD" in text or "useGlobalGuards" in text else ():
            guard = m.group(1) or m.group(2) or m.group(3)
            if _NEST_AUTH_GUARD.search(guard):
                # the whole Nest application: the project folder above src/ (or the file's folder)
                parts = rel.split("/")[:-1]
                app_root = "/".join(parts[:len(parts) - parts[::-1].index("src") - 1]) if "src" in parts \
                    else "/".join(parts)
                out.append(AuthLayer("nestjs", rel, line_at(text, m.start()), f"global guard {guard}", app_root,
                                     only_framework="nestjs"))
        for pattern, framework in ((_EXPRESS_GLOBAL, "express"), (_FASTIFY_GLOBAL, "fastify")):
            for m in pattern.finditer(text):  # each layer: they differ by receiver, prefix and place
                # Fastify encapsulates: a hook added inside a plugin function (`app.register(async (f) => {
                # f.addHook(...) })`) guards the routes of that function, not those declared after it elsewhere
                block = _enclosing_block(text, m.start()) if framework == "fastify" else None
                until = line_at(text, block + len(block_at(text, block))) if block is not None else 0
                receiver, prefix = (m.group(1), m.group(2) or "") if framework == "express" else ("", "")
                if framework == "express" and _express_optional_auth(text, m.start()):
                    continue  # `app.use(auth({authRequired: false, ...}))`: no layer, each route decides
                out.append(AuthLayer(framework, rel, line_at(text, m.start()), m.group(0)[:60], "",
                                     same_file_after=True, until_line=until, receiver=receiver,
                                     path_prefix=prefix))
    return out


_SPEC_FIRST = re.compile(r"^[ \t]*(?:import connexion|from connexion\b|from foca\b|import foca\b)", re.M)


def spec_first(modules: dict[str, PyModule]) -> tuple[str, set[str]] | None:
    """An OpenAPI-first service (connexion, or FOCA on top of it) routes each operation to the function its
    operationId names: the framework, and every top-level function of the code as `pkg.module.func` (an
    operationId is `pkg.module.func`, or `func` under a configured controller module). None when no module imports
    either."""
    framework = next((m.group(0).split()[1].split(".")[0] for mod in modules.values()
                      if (m := _SPEC_FIRST.search(mod.text))), None)
    if framework is None:
        return None
    functions = {f"{_module_dotted(path)}.{node.name}" for path, mod in modules.items() for node in mod.tree.body
                 if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
    return framework, functions


def operation_handler(operation_id: str | None, functions: set[str]) -> str | None:
    """The function of the code an operationId names (`drs_filer.ga4gh.drs.server.GetObject` or `GetObject`)."""
    if not operation_id:
        return None
    return next((f for f in sorted(functions) if f == operation_id or f.endswith("." + operation_id)), None)


def _go_packages(ctx: Context) -> Callable[[str], Callable[[], Functions]]:
    """For a Go file, the functions of its package (directory), indexed when first asked for."""
    cache: dict[str, Functions] = {}

    def package(rel: str) -> Callable[[], Functions]:
        directory = str(PurePosixPath(rel).parent)

        def functions() -> Functions:
            if directory not in cache:
                index: Functions = {}
                for other in ctx.files.with_suffix(".go"):
                    if str(PurePosixPath(other).parent) == directory and not _is_test_path(other):
                        go_functions(ctx.files.read_text(other) or "", index)
                cache[directory] = index
            return cache[directory]

        return functions

    return package


def _csharp(ctx: Context, result: RouteSet) -> None:
    """ASP.NET Core controllers and minimal APIs (routes_aspnet), with their authorization layers."""
    from deploycheck.sources.routes_aspnet import aspnet_routes, generated_spec_for, is_test_file

    files = {}
    for rel in ctx.files.with_suffix(".cs"):
        if _is_test_path(rel) or is_test_file(rel):
            continue
        text = ctx.files.read_text(rel)
        if text and "\x00" not in text:
            files[rel] = text
    if not files:
        return
    result.files_scanned += len(files)
    projects = {str(PurePosixPath(p).parent) for p in ctx.files.with_suffix(".csproj")}
    found = aspnet_routes(files, projects)
    result.routes.extend(Route(method=r.method, path=r.path, file=r.file, line=r.line, auth_hints=r.auth_hints,
                               framework=r.framework, handler=r.handler, declared_public=r.declared_public,
                               opt_out=bool(r.declared_public), static=r.static, page=r.page,
                               discloses=r.discloses)
                         for r in found.routes)
    result.layers.extend(AuthLayer("asp.net core", layer.file, layer.line, layer.detail, layer.scope,
                                   only_framework="aspnet" if layer.controllers_only else "")
                         for layer in found.layers)
    result.unresolved.extend(UnresolvedRoute(u.file, u.line, u.expression, u.methods) for u in found.unresolved)
    result.generated_specs.update((r.file, f"{_spec_generator(spec)}: {spec}") for r in found.routes
                                  if (spec := generated_spec_for(r.file, found.generated_specs, projects)))


def _spec_generator(spec: str) -> str:
    """The library named by the calls of an ASP.NET Core generated description (`AddSwaggerGen() at ...`)."""
    if "AddSwaggerGen(" in spec:
        return "Swashbuckle"
    return "ASP.NET Core OpenAPI" if "MapOpenApi(" in spec else "NSwag"


def _php(ctx: Context, result: RouteSet) -> None:
    """API Platform's `#[ApiResource]` operations (routes_php), each with the security expression that applies."""
    from deploycheck.sources.routes_php import api_platform_routes

    files = {}
    for rel in ctx.files.with_suffix(".php"):
        if _is_test_path(rel):
            continue
        text = ctx.files.read_text(rel)
        if text and "\x00" not in text and "ApiResource" in text:
            files[rel] = text
    if not files:
        return
    found = api_platform_routes(files)
    result.files_scanned += len(files)
    result.routes.extend(Route(method=r.method, path=r.path, file=r.file, line=r.line, auth_hints=r.auth_hints,
                               framework="api-platform", handler=r.handler, declared_public=r.declared_public,
                               unit=f"{r.file} #[ApiResource] at line {r.resource_line}")
                         for r in found.routes)
    result.unresolved.extend(UnresolvedRoute(u.file, u.line, u.expression, u.methods) for u in found.unresolved)
    # API Platform builds the OpenAPI description from its resources and serves it at /docs (`enable_docs` and
    # `enable_swagger` default to true) once the bundle is configured; a configuration that switches either off (or
    # one in PHP, not read) gives no such claim
    configs = [rel for rel in ctx.files.files if PurePosixPath(rel).name in _API_PLATFORM_CONFIGS]
    if configs and not any(rel.endswith(".php") or _API_PLATFORM_DOCS_OFF.search(ctx.files.read_text(rel) or "")
                           for rel in configs):
        result.generated_specs.update((r.file, f"API Platform: /docs, configured in {configs[0]}")
                                      for r in found.routes)


def _rails(ctx: Context, result: RouteSet) -> None:
    """Rails' `config/routes.rb` (routes_rails), each route guarded by its controller's before_action callbacks."""
    from deploycheck.sources.routes_rails import rails_routes

    for routes_file in ctx.files.files:
        if not (routes_file == "config/routes.rb" or routes_file.endswith("/config/routes.rb")) or _is_test_path(
                routes_file):
            continue
        root = routes_file[: -len("config/routes.rb")]
        files = {rel: text for rel in ctx.files.with_suffix(".rb")
                 if (rel == routes_file or rel.startswith(root + "app/controllers/")) and not _is_test_path(rel)
                 and (text := ctx.files.read_text(rel)) and "\x00" not in text}
        if routes_file not in files:
            continue
        found = rails_routes(files, routes_file)
        result.files_scanned += len(files)
        result.routes.extend(Route(method=r.method, path=r.path, file=r.file, line=r.line, auth_hints=r.auth_hints,
                                   framework="rails", handler=r.handler, unit=r.controller_file,
                                   conditional_guard="; ".join(r.conditional))
                             for r in found.routes)
        result.unresolved.extend(UnresolvedRoute(u.file, u.line, u.expression, []) for u in found.unresolved)


_API_PLATFORM_CONFIGS = frozenset({"api_platform.yaml", "api_platform.yml", "api_platform.php"})
_API_PLATFORM_DOCS_OFF = re.compile(r"^[ \t]*enable_(?:docs|swagger)[ \t]*:[ \t]*(?!true\b)", re.M)


# springdoc-openapi builds the OpenAPI description from the Spring controllers and serves it (/v3/api-docs, Swagger UI)
# once it is a dependency of the module or of a parent build: Spring's counterpart of Swashbuckle's
# AddSwaggerGen + UseSwagger. `springdoc.api-docs.enabled` set to anything but a literal true in any application
# file (false, or ${SWAGGER_ENABLED:false} that production may leave false) turns it off for the module.
_SPRINGDOC = re.compile(r"\bspringdoc-openapi[\w-]*")
_SPRINGDOC_ENABLED_PROPERTY = re.compile(r"^[ \t]*springdoc\.api-docs\.enabled[ \t]*[=:][ \t]*(\S{0,200})", re.M)
_BUILD_FILES = ("pom.xml", "build.gradle", "build.gradle.kts")
# `SPRINGDOC_API_DOCS_ENABLED: "true"` (a values file's env map) or `- name: SPRINGDOC_API_DOCS_ENABLED` then
# `value: "true"` (a container's env list). Spring's relaxed binding reads the property from the upper-cased name with
# its dots replaced and the dash kept, replaced or removed (SystemEnvironmentPropertySource): hmpps-template-kotlin's
# values-dev.yaml sets `SPRINGDOC_API-DOCS_ENABLED: "true"` (Kubernetes allows `-` in variable names).
_SPRINGDOC_ENV_ON = re.compile(r"\bSPRINGDOC_API[-_]?DOCS_ENABLED[\"']?[ \t]{0,20}"
                               r"(?::|\r?\n[ \t]{0,40}value[ \t]{0,20}:)[ \t]{0,20}[\"']?true\b", re.I)


def _springdoc_switched(rel: str, text: str) -> bool:
    """Whether a Spring application file sets springdoc.api-docs.enabled to anything but a literal true (a YAML
    file that does not parse may set it too, so it counts as switched)."""
    if "springdoc" not in text:
        return False
    if rel.endswith(".properties"):
        return any(m.group(1).lower() != "true" for m in _SPRINGDOC_ENABLED_PROPERTY.finditer(text))
    from deploycheck.sources.yaml import YamlError, load_all

    try:
        docs = load_all(text).docs
    except YamlError:
        return True
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        springdoc = doc.get("springdoc")
        api_docs = springdoc.get("api-docs") if isinstance(springdoc, dict) else None
        for value in (doc.get("springdoc.api-docs.enabled"),
                      springdoc.get("api-docs.enabled") if isinstance(springdoc, dict) else None,
                      api_docs.get("enabled") if isinstance(api_docs, dict) else None):
            if value is not None and value is not True and str(value).lower() != "true":
                return True
    return False


def _springdoc(ctx: Context, result: RouteSet) -> None:
    """Mark the Spring routes whose module serves a springdoc-generated description (RouteSet.generated_specs)."""
    spring = [r for r in result.routes if r.framework == "spring"]
    if not spring:
        return
    declared: dict[str, str] = {}  # build file -> "file:line springdoc-openapi-..." ("" when it declares none)

    def springdoc_in(build: str) -> str:
        if build not in declared:
            text = ctx.files.read_text(build) or ""
            # a version pinned in <dependencyManagement> adds no dependency
            start = text.find("<dependencyManagement>")
            end = text.find("</dependencyManagement>", start) if start >= 0 else -1
            used = text[:start] + " " * (end - start) + text[end:] if start >= 0 and end > start else text
            m = _SPRINGDOC.search(used)
            declared[build] = f"springdoc: {m.group(0)} in {build}:{text.count(chr(10), 0, m.start()) + 1}" if m else ""
        return declared[build]

    files = set(ctx.files.files)
    turned_off = [rel for rel in files if PurePosixPath(rel).name.startswith("application")
                  and rel.endswith((".properties", ".yml", ".yaml"))
                  and _springdoc_switched(rel, ctx.files.read_text(rel) or "")]
    # switched off in the application's settings but on in a deployment's environment (hmpps-alerts-api: application.yml
    # `springdoc.api-docs.enabled: false`, helm_deploy/values-dev.yaml `SPRINGDOC_API_DOCS_ENABLED: "true"`, which
    # Spring's relaxed binding reads as the property): the description is served there, for the consumers to read
    switched_on = next((rel for rel in sorted(files) if turned_off and rel.endswith((".yml", ".yaml"))
                        and not PurePosixPath(rel).name.startswith("application")
                        and _SPRINGDOC_ENV_ON.search(ctx.files.read_text(rel) or "")), None)
    if switched_on:
        turned_off = []
    for route in spring:
        parents = PurePosixPath(route.file).parents
        module = next((str(d) for d in parents
                       if any(f"{d}/{b}".removeprefix("./") in files for b in _BUILD_FILES)), None)
        if module is None or any(module == "." or off.startswith(f"{module}/") for off in turned_off):
            continue
        where = next((found for d in parents for b in _BUILD_FILES
                      if (build := f"{d}/{b}".removeprefix("./")) in files and (found := springdoc_in(build))), "")
        if where:
            on = f", served where {switched_on} sets SPRINGDOC_API_DOCS_ENABLED" if switched_on else ""
            result.generated_specs[route.file] = where + on


# @nestjs/swagger builds the OpenAPI document from the controllers (SwaggerModule.createDocument) and serves it
# (SwaggerModule.setup): nestjs-starter's src/swagger.ts, called from main.ts outside production (a description the
# consumers read from the development deployment, as the labels of springdoc's served-in-dev case decide).
_NEST_SWAGGER_SETUP = re.compile(r"\bSwaggerModule\s*\.\s*setup\s*\(")


def _nest_swagger(ctx: Context, result: RouteSet) -> None:
    """Mark the NestJS routes of a package that depends on @nestjs/swagger and whose code serves the document."""
    nest = [r for r in result.routes if r.framework == "nestjs"]
    if not nest:
        return
    files = set(ctx.files.files)
    served: dict[str, str] = {}  # package folder -> "file:line"
    for rel in sorted(files):
        if rel.endswith((".ts", ".js")) and "/node_modules/" not in f"/{rel}":
            text = ctx.files.read_text(rel) or ""
            if "SwaggerModule" in text and (m := _NEST_SWAGGER_SETUP.search(text)):
                served.setdefault(_package_folder(rel, files), f"{rel}:{line_at(text, m.start())}")
    # Each route's package once (it was looked up again for every package serving a document: 600 packages of 20
    # routes each took 30 s of CPU), then each serving package's routes in their order, as before.
    by_folder: dict[str, list[Route]] = {}
    for route in nest:
        by_folder.setdefault(_package_folder(route.file, files), []).append(route)
    for folder, where in served.items():
        manifest = f"{folder}/package.json" if folder else "package.json"
        if '"@nestjs/swagger"' not in (ctx.files.read_text(manifest) or ""):
            continue
        for route in by_folder.get(folder, ()):
            result.generated_specs.setdefault(route.file, f"@nestjs/swagger: SwaggerModule.setup at {where}")


def _package_folder(rel: str, files: set[str]) -> str:
    """The folder of the nearest package.json above `rel` ("" for the root)."""
    for parent in PurePosixPath(rel).parents:
        folder = "" if str(parent) == "." else str(parent)
        if (f"{folder}/package.json" if folder else "package.json") in files:
            return folder
    return ""


# FastAPI builds and serves its OpenAPI document (/openapi.json, /docs) from the routes unless the app is made with
# openapi_url=None: the Python counterpart of springdoc and Swashbuckle. Read from the syntax tree, so only a literal
# path turns it on; a value decided at run time (`openapi_url=None if prod else "/openapi.json"`, a settings
# attribute) may be None in production, so the description is not counted as served (a pass must be earned).
# FastAPI(**kwargs) takes the value from wherever the repository writes `openapi_url` (fastapi-realworld's settings
# class: openapi_url: str = "/openapi.json"); written nowhere, FastAPI's default serves it.
_FASTAPI_APP = re.compile(r"\bFastAPI\s*\(")


def _served_url(value: ast.expr | None) -> bool | None:
    """True for a literal path, False for None or "", None when only run time decides."""
    if isinstance(value, ast.Constant) and (value.value is None or isinstance(value.value, str)):
        return bool(value.value)
    return None


def _openapi_url_values(modules: dict[str, PyModule]) -> list[ast.expr]:
    """Every value the repository gives `openapi_url` outside a FastAPI(...) call: settings fields, dict keys."""
    values: list[ast.expr] = []
    for module in modules.values():
        if "openapi_url" not in module.text:
            continue
        for node in ast.walk(module.tree):
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id == "openapi_url" and node.value is not None:
                values.append(node.value)
            elif isinstance(node, ast.Assign):
                values.extend(node.value for t in node.targets if isinstance(t, ast.Name) and t.id == "openapi_url")
            elif isinstance(node, ast.Dict):
                values.extend(v for k, v in zip(node.keys, node.values, strict=True)
                              if isinstance(k, ast.Constant) and k.value == "openapi_url")
            elif isinstance(node, ast.Call) and not _is_fastapi_call(node):
                values.extend(k.value for k in node.keywords if k.arg == "openapi_url")
    # `"openapi_url": self.openapi_url` passes on a value written elsewhere, which is judged where it is written
    return [v for v in values if not ((isinstance(v, ast.Attribute) and v.attr == "openapi_url")
                                      or (isinstance(v, ast.Name) and v.id == "openapi_url"))]


def _is_fastapi_call(node: ast.Call) -> bool:
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "FastAPI") or \
        (isinstance(func, ast.Attribute) and func.attr == "FastAPI")


def _app_serves_spec(call: ast.Call, elsewhere: list[ast.expr]) -> bool:
    given = next((k.value for k in call.keywords if k.arg == "openapi_url"), None)
    if given is not None:
        return _served_url(given) is True
    if any(k.arg is None for k in call.keywords):  # FastAPI(**kwargs)
        return all(_served_url(v) is True for v in elsewhere)
    return True


def _fastapi_docs(ctx: Context, result: RouteSet, modules: dict[str, PyModule]) -> None:
    """Mark the FastAPI routes of a repository whose FastAPI app serves its generated description."""
    routes = [r for r in result.routes if r.framework == "fastapi"]
    if not routes:
        return
    apps = [(rel, call) for rel, m in sorted(modules.items()) if _FASTAPI_APP.search(m.text)
            for call in ast.walk(m.tree) if isinstance(call, ast.Call) and _is_fastapi_call(call)]
    elsewhere = _openapi_url_values(modules)
    if not apps or not all(_app_serves_spec(call, elsewhere) for _, call in apps):
        return
    rel, call = apps[0]
    where = f"FastAPI: /openapi.json from the app made in {rel}:{call.lineno}"
    for route in routes:
        result.generated_specs.setdefault(route.file, where)


# drf-spectacular builds the OpenAPI document from the Django REST framework views and serves it where a URLconf
# routes its SpectacularAPIView (laa-fee-calculator's api/urls.py: `path('oa3/schema/', SpectacularAPIView.as_view())`):
# Django's counterpart of FastAPI's /openapi.json. Only a view routed by path()/re_path()/url() outside any `if`
# counts (imported but unrouted, nothing is served; routed on a setting's branch, run time decides), and it covers
# the Django routes of its own project (the folder of the nearest manage.py above the URLconf, else the whole
# repository).
_SPECTACULAR_VIEWS = ("SpectacularAPIView", "SpectacularJSONAPIView", "SpectacularYAMLAPIView")
_DJANGO_ROUTE_CALLS = ("path", "re_path", "url")


def _spectacular_routed(module: PyModule) -> int | None:
    """The line of the first path()/re_path()/url() call in `module` that routes a drf-spectacular schema view
    whenever the URLconf loads: one under an `if` (oncall's `if settings.DRF_SPECTACULAR_ENABLED:`) is decided at run
    time and does not count (a pass must be earned)."""
    conditional = {id(n) for branch in ast.walk(module.tree) if isinstance(branch, ast.If)
                   for part in (*branch.body, *branch.orelse) for n in ast.walk(part)}
    for node in ast.walk(module.tree):
        if id(node) in conditional or not (isinstance(node, ast.Call) and _call_name(node) in _DJANGO_ROUTE_CALLS
                                           and len(node.args) >= 2):
            continue
        view = node.args[1]
        if isinstance(view, ast.Call) and _call_name(view) == "as_view" and isinstance(view.func, ast.Attribute) \
                and _short(view.func.value).rsplit(".", 1)[-1] in _SPECTACULAR_VIEWS:
            return node.lineno
    return None


def _drf_spectacular_docs(ctx: Context, result: RouteSet, modules: dict[str, PyModule]) -> None:
    """Mark the Django routes of a project whose URLconf serves drf-spectacular's generated description."""
    django = [r for r in result.routes if r.framework == "django"]
    if not django:
        return
    projects = sorted({str(PurePosixPath(rel).parent) for rel in ctx.files.files
                       if PurePosixPath(rel).name == "manage.py"}, key=len, reverse=True)
    for rel, module in sorted(modules.items()):
        if not any(name in module.text for name in _SPECTACULAR_VIEWS) or (line := _spectacular_routed(module)) is None:
            continue
        root = next((p for p in projects if p == "." or rel.startswith(p + "/")), ".")
        where = f"drf-spectacular: SpectacularAPIView routed in {rel}:{line}"
        for route in django:
            if root == "." or route.file.startswith(root + "/"):
                result.generated_specs.setdefault(route.file, where)


# The function a Go route's middleware hint names: `middleware.AuthMiddleware()`, `RequireAuth`, `authMw (r.USE /x)`
_GO_HINT_NAME = re.compile(r"([A-Za-z_][\w.]*)(?:\(|\s\(|$)")


# routes-j: go-chi/jwtauth's Verifier (and Verify) only find the token, decode it and put it and the error on the
# request's context, then call the next handler whatever the result (jwtauth's README: "Verifier ... will not
# enforce anything"; Authenticator answers 401): a route behind Verifier alone answers anyone.
_GO_FINDS_ONLY = re.compile(r"jwtauth\.(?:Verifier|Verify)\b")
_FINDS_ONLY_REASON = ("only finds and decodes the token and puts it on the request's context, letting every request "
                      "through (jwtauth.Authenticator, or a check of the context's token, turns callers away)")


def _without_inert_go_guards(ctx: Context, routes: list[Route]) -> list[Route]:
    """Go routes without the middleware that is only a name. A function of the repository by that name is a guard
    only when one of its definitions can refuse a request (not go_middleware_never_refuses, pass-audit4) and shows the
    check it makes (go_middleware_check, pass-audit8: an answer of 401/403, a redirect to a login page, a token or
    session verified, a helper of the repository that does so, a library's guard returned); a one-line wrapper that
    logs and calls next, or a rate limiter named `protect`, guards nothing. A name no Go file of the repository
    defines (a library's) is trusted; the first dropped one is kept in `inert_guard` for the checks to name."""
    def name_of(hint: str) -> str:
        m = _GO_HINT_NAME.match(hint)
        return m.group(1).rsplit(".", 1)[-1] if m else ""

    # only the functions a hint names are kept (a large Go repository's every function text would be held otherwise)
    wanted = {name_of(h) for r in routes if r.framework == "go" for h in r.auth_hints}
    go_files = [rel for rel in ctx.files.with_suffix(".go") if not _is_test_path(rel)]

    def definitions(names: set[str]) -> dict[str, list[tuple[str, int, str]]]:
        out: dict[str, list[tuple[str, int, str]]] = {}
        for rel in go_files:
            for name, line, function in go_function_defs(ctx.files.read_text(rel) or "", names):
                out.setdefault(name, []).append((rel, line, function))
        return out

    defs = definitions(wanted)
    # the functions of the repository those middleware call (read once, only when a middleware shows no check of
    # its own): a helper's check counts for its caller, one level deep
    helpers: dict[str, list[tuple[str, int, str]]] | None = None

    def helper(name: str) -> str | None:
        nonlocal helpers
        if helpers is None:
            callees = {c for found in defs.values() for _, _, f in found for c in go_callees(f)}
            helpers = definitions(callees - {"ServeHTTP", "Next", "HandlerFunc"})
        found = helpers.get(name)
        if not found:
            return None
        return next((shown for _, _, f in found if (shown := go_middleware_check(f, None, _AUTHISH))), "")

    verdicts: dict[str, tuple[str, str]] = {}

    def inert(hint: str) -> tuple[str, str]:
        """(the guard named "name (file:line)", the reason when it is not "never refuses"), or ("", "")."""
        name = name_of(hint)
        if not defs.get(name) and _not_auth_library(hint):
            return hint.split("(", 1)[0][:_HINT_MAX], _NOT_AUTH_REASON
        if not defs.get(name) and _GO_FINDS_ONLY.match(hint):
            return hint.split("(", 1)[0][:_HINT_MAX], _FINDS_ONLY_REASON
        if name not in verdicts:
            found = defs.get(name, [])
            where = f"{name} ({found[0][0]}:{found[0][1]})" if found else ""
            refusing = [f for _, _, f in found if not go_middleware_never_refuses(f)]
            if not found:
                verdicts[name] = ("", "")
            elif not refusing:
                verdicts[name] = (where, "")
            elif any(go_middleware_check(f, helper, _AUTHISH) for f in refusing):
                verdicts[name] = ("", "")
            else:
                verdicts[name] = (where, "checks no credential: it answers no 401/403 and redirects to no login "
                                  "page, and it verifies no token or session and reads no credential on a path "
                                  "that can turn the caller away (a middleware that logs, sets headers or limits "
                                  "the rate is no auth guard, whatever its name)")
        return verdicts[name]

    out = []
    for r in routes:
        if r.framework != "go" or not r.auth_hints:
            out.append(r)
            continue
        kept = [h for h in r.auth_hints if not inert(h)[0]]
        dropped = [inert(h) for h in r.auth_hints if inert(h)[0]]
        out.append(replace(r, auth_hints=kept, inert_guard=dropped[0][0], inert_reason=dropped[0][1])
                   if dropped else r)
    return out


# The middleware an Express route hint or `app.use(...)` layer names: `authenticate`, `auth.required`, `requireAuth()`
_JS_HINT_NAME = re.compile(r"(?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*)")
_JS_USE_NAME = re.compile(r"\.use\(\s*(?:['\"][^'\"]*['\"]\s*,\s*)?((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)")


def _without_inert_express_guards(ctx: Context, result: RouteSet) -> None:
    """Express routes and `app.use(...)` layers without the middleware that is only a name: every `(req, res, next)`
    function of the repository by that name lets each request through (see js_middleware_never_refuses), as the
    Python and Go guards that can never refuse. A name the repository does not define (a library's: passport,
    express-jwt) is trusted. A route left unguarded keeps the first inert guard in `inert_guard`."""
    def name_of(hint: str) -> str:
        m = _JS_HINT_NAME.match(hint)
        return m.group(1) if m else ""

    layer_names = {id(layer): name_of(m.group(1)) for layer in result.layers if layer.framework == "express"
                   and (m := _JS_USE_NAME.search(layer.detail))}
    wanted = {name_of(h) for r in result.routes if r.framework == "express" for h in r.auth_hints}
    wanted |= set(layer_names.values())
    wanted.discard("")
    if not wanted:
        return
    defs: dict[str, list[tuple[str, int, str, str, str]]] = {}
    reassigned: set[str] = set()
    for rel in ctx.files.with_suffix(".js", ".mjs", ".cjs", ".ts"):
        if not _is_test_path(rel) and not rel.endswith((".d.ts", ".min.js")):
            text = ctx.files.read_text(rel) or ""
            for name, line, response, next_param, body in js_middleware_defs(text, wanted):
                defs.setdefault(name, []).append((rel, line, response, next_param, body))
                # a pass-through default replaced later (smilr: `let authHandler = function(req, res, next) {
                # next() }`, then `authHandler = passport.authenticate(...)`): which one a route gets is not the
                # definition's to say
                if len(re.findall(rf"(?<![\w$.]){re.escape(name)}\s*=(?![=>])", text)) > 1 or (
                        re.search(rf"\bfunction\s+{re.escape(name)}\s*\(", text)
                        and re.search(rf"(?<![\w$.]){re.escape(name)}\s*=(?![=>])", text)):
                    reassigned.add(name)
    verdicts: dict[str, str] = {}

    unchecked: set[str] = set()  # the inert ones that can refuse, but for something else than the caller

    def inert(name: str) -> str:
        if name not in verdicts:
            found = defs.get(name, [])
            verdicts[name] = ""
            if found and name not in reassigned:
                refusing = [body for _, _, res, nxt, body in found if not js_middleware_never_refuses(res, nxt, body)]
                if not refusing or not any(js_middleware_check(body) for body in refusing):
                    verdicts[name] = f"{name} ({found[0][0]}:{found[0][1]})"
                    if refusing:
                        unchecked.add(verdicts[name])
        return verdicts[name]

    def reason(guard: str) -> str:
        return _UNCHECKED_JS if guard in unchecked else ""

    dropped = [layer for layer in result.layers if id(layer) in layer_names and inert(layer_names[id(layer)])]
    result.layers = [layer for layer in result.layers if not any(layer is d for d in dropped)]
    out = []
    for r in result.routes:
        if r.framework != "express":
            out.append(r)
            continue
        library = [h for h in r.auth_hints if not defs.get(name_of(h)) and _not_auth_library(h)]
        kept = [h for h in r.auth_hints if not inert(name_of(h)) and h not in library]
        gone = [inert(name_of(h)) for h in r.auth_hints if inert(name_of(h))]
        gone += [inert(layer_names[id(d)]) for d in dropped if d.covers(r)]
        if library and not gone:
            out.append(replace(r, auth_hints=kept, inert_guard=library[0][:_HINT_MAX], inert_reason=_NOT_AUTH_REASON)
                       if not r.inert_guard else replace(r, auth_hints=kept))
            continue
        out.append(replace(r, auth_hints=kept, inert_guard=gone[0], inert_reason=reason(gone[0]))
                   if gone and not r.inert_guard else replace(r, auth_hints=kept) if library else r)
    result.routes = out


# Library middleware named like a guard (`csrfProtection`, csurf's README; gorilla's `csrf.Protect`; unrolled/secure's
# `secureMiddleware.Handler`; scs' `sessionManager.LoadAndSave`; helmet, CORS) that protects against something else
# than an anonymous caller: forged requests, missing security headers, or it only loads a session. A name that also
# says auth, token, login or role is left to be trusted; a function of the repository by that name is judged by its
# body instead (go_middleware_check, js_middleware_check).
_NOT_AUTH_LIBRARY = re.compile(r"csrf|xsrf|nosurf|LoadAndSave|helmet|(?<![A-Za-z])cors(?![a-z])|"
                               r"(?<![A-Za-z])secure(?:Middleware|Headers?)?(?![a-z])", re.I)
_AUTH_WORDS = re.compile(r"auth|jwt|bearer|login|oauth|oidc|role|permission|acl|(?<!csrf)(?<!xsrf)token", re.I)
_NOT_AUTH_REASON = ("is a library middleware against something else than an anonymous caller (forged requests, "
                    "missing security headers, or it only loads the session): it authenticates nobody")


# routes-j: a library's session middleware only loads (and saves) the caller's session: gin-contrib/sessions'
# `r.Use(sessions.Sessions("mysession", store))` (its README), echo-contrib's `session.Middleware(store)`,
# express-session. Named for "session" alone, it authenticates nobody (a name also saying require, auth, login, ...
# is left trusted).
_SESSION_LOADER = re.compile(r"session", re.I)
_SESSION_GUARD_WORDS = re.compile(r"auth|jwt|bearer|login|oauth|oidc|role|permission|acl|token|require|ensure|check|"
                                  r"verify|valid|must|only|guard|protect|signed_?in|logged_?in", re.I)


def _not_auth_library(hint: str) -> bool:
    name = hint.split("(", 1)[0]
    if _SESSION_LOADER.search(name) and not _SESSION_GUARD_WORDS.search(name):
        return True
    return bool(_NOT_AUTH_LIBRARY.search(name)) and (bool(re.search("csrf|xsrf", name, re.I))
                                                     or not _AUTH_WORDS.search(name))


_UNCHECKED_JS = ("checks no credential: it answers no 401/403 and redirects to no login page, and it verifies no "
                 "token, tests no session and reads no credential (a middleware that validates input, sets headers "
                 "or limits the rate is no auth guard, whatever its name)")


_NEST_GUARD_NAMES = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)(\s*\()?")
_NEST_LAYER_GUARD = re.compile(r"global guard (\w+)")


# Nest guards of a library that protect against something else than an anonymous caller (@nestjs/throttler's rate
# limit), and `@Roles(...)`-style metadata, which Nest's docs pair with a RolesGuard: with no guard on the route and
# none registered for the application (APP_GUARD, useGlobalGuards), nothing reads it.
_NEST_NOT_AUTH_GUARD = re.compile(r"Throttl")
_NEST_METADATA = re.compile(r"Roles\(")


def _without_nest_guards_of_something_else(ctx: Context, result: RouteSet) -> None:
    """NestJS routes whose only guards are @nestjs/throttler's (`@UseGuards(ThrottlerGuard)`) or role metadata that no
    guard reads (`@Roles(['admin'])`, no @UseGuards on the route, no application guard anywhere): the hint is
    dropped and named with its reason."""
    global_guards: bool | None = None

    def any_global_guard() -> bool:
        nonlocal global_guards
        if global_guards is None:
            global_guards = any(
                "APP_GUARD" in text or "useGlobalGuards" in text
                for rel in ctx.files.with_suffix(".ts", ".js")
                if not _is_test_path(rel) and (text := ctx.files.read_text(rel) or ""))
        return global_guards

    out = []
    for r in result.routes:
        if r.framework != "nestjs" or not r.auth_hints:
            out.append(r)
            continue
        throttle = [h for h in r.auth_hints if h.startswith("UseGuards(") and _NEST_NOT_AUTH_GUARD.search(h)
                    and all(_NEST_NOT_AUTH_GUARD.search(n) for n, _ in _NEST_GUARD_NAMES.findall(h[10:-1]))]
        guards = [h for h in r.auth_hints if h.startswith("UseGuards(") and h not in throttle]
        unread = [h for h in r.auth_hints if _NEST_METADATA.match(h)] if not guards and not any_global_guard() else []
        gone = [*throttle, *unread]
        if not gone:
            out.append(r)
            continue
        why = (_NEST_UNREAD_REASON if not throttle else
               "is @nestjs/throttler's rate limit, which refuses callers for their number of requests, not for who "
               "they are")
        out.append(replace(r, auth_hints=[h for h in r.auth_hints if h not in gone], inert_guard="@" + gone[0],
                           inert_reason=why))
    result.routes = out


_NEST_UNREAD_REASON = ("is role metadata that no guard reads: no @UseGuards on the route and no guard registered for "
                       "the application (APP_GUARD, useGlobalGuards)")


def _without_inert_nest_guards(ctx: Context, result: RouteSet) -> None:
    """NestJS routes and global guards without the guards that are only a name: `@UseGuards(AuthGuard)` whose every
    class (each class the hint names, every definition of it in the repository) has a canActivate that returns only
    true (see nest_guard_never_refuses). A guard made by a call (`AuthGuard('jwt')`, passport's) or a class the
    repository does not define is trusted, as is a hint naming any guard that may refuse (RolesGuard beside it)."""
    def classes(hint: str) -> list[str] | None:
        inner = hint[hint.find("(") + 1: hint.rfind(")")] if hint.startswith("UseGuards(") else ""
        found = _NEST_GUARD_NAMES.findall(inner)
        if not found or any(call for _, call in found):
            return None  # not @UseGuards, or a guard built by a call
        return [name for name, _ in found]

    layer_names = {id(layer): m.group(1) for layer in result.layers if layer.framework == "nestjs"
                   and (m := _NEST_LAYER_GUARD.search(layer.detail))}
    wanted = {n for r in result.routes if r.framework == "nestjs" for h in r.auth_hints for n in classes(h) or []}
    wanted |= set(layer_names.values())
    if not wanted:
        return
    defs: dict[str, list[tuple[str, int, str]]] = {}
    for rel in ctx.files.with_suffix(".ts", ".js"):
        if not _is_test_path(rel) and not rel.endswith((".d.ts", ".min.js")):
            text = ctx.files.read_text(rel) or ""
            if "canActivate" in text:
                for name, line, body in nest_guard_defs(text, wanted):
                    defs.setdefault(name, []).append((rel, line, body))
    verdicts: dict[str, str] = {}

    def inert(name: str) -> str:
        if name not in verdicts:
            found = defs.get(name, [])
            verdicts[name] = (f"{name} ({found[0][0]}:{found[0][1]})" if found and all(
                nest_guard_never_refuses(body) for _, _, body in found) else "")
        return verdicts[name]

    def inert_hint(hint: str) -> str:
        names = classes(hint)
        return inert(names[0]) if names and all(inert(n) for n in names) else ""

    dropped = [layer for layer in result.layers if id(layer) in layer_names and inert(layer_names[id(layer)])]
    result.layers = [layer for layer in result.layers if not any(layer is d for d in dropped)]
    out = []
    for r in result.routes:
        if r.framework != "nestjs":
            out.append(r)
            continue
        kept = [h for h in r.auth_hints if not inert_hint(h)]
        gone = [inert_hint(h) for h in r.auth_hints if inert_hint(h)]
        gone += [inert(layer_names[id(d)]) for d in dropped if d.covers(r)]
        out.append(replace(r, auth_hints=kept, inert_guard=gone[0]) if gone and not r.inert_guard else r)
    result.routes = out


def code_routes(ctx: Context) -> RouteSet:
    """Every route the code declares (tests and fixtures excluded)."""
    result = RouteSet()
    py = ctx.use(python_modules)
    modules = {p: m for p, m in py.modules.items() if not _is_test_path(p)}
    collector = _PythonRoutes(modules)
    collector.collect()
    result.routes.extend(collector.routes())
    result.problems.extend(p for p in py.problems if not _is_test_path(p.path))
    result.files_scanned = len(modules)
    for rel, module in modules.items():
        result.layers.extend(_auth_layers(rel, module.text))
    js_files: dict[str, _JsFile] = {}
    jaxrs: list[JaxrsClass] = []
    binding_files: dict[str, str] = {}  # JAX-RS name bindings and request filters
    go_package = _go_packages(ctx)
    rust_files: dict[str, str] = {}
    readers = (((".go",), _go_routes), ((".java", ".kt"), _java_routes), ((".rs",), _rust_routes),
               ((".rb",), _ruby_routes), ((".js", ".mjs", ".cjs", ".ts"), None))
    for suffixes, reader in readers:
        for rel in ctx.files.with_suffix(*suffixes):
            if _is_test_path(rel) or rel.endswith((".d.ts", ".min.js")):
                continue
            text = ctx.files.read_text(rel)
            if not text or "\x00" in text or _dev_stand_in(rel, text):
                continue
            result.files_scanned += 1
            result.layers.extend(_auth_layers(rel, text))
            if reader is None:
                js_files[rel] = _js_file(rel, text)
            elif reader is _go_routes:
                result.routes.extend(_go_routes(rel, text, result.unresolved, go_package(rel)))
            elif reader is _rust_routes:
                rust_files[rel] = text
                result.routes.extend(_rust_routes(rel, text, result.unresolved))
            else:
                if reader is _java_routes and "@Path" in text and (declared := jaxrs_class(rel, text)):
                    jaxrs.append(declared)
                if reader is _java_routes and ("@NameBinding" in text or "ContainerRequestFilter" in text):
                    binding_files[rel] = text
                result.routes.extend(reader(rel, text))
    result.routes.extend(_js_routes(js_files, set(ctx.files.files)))
    if rust_files:
        _axum_extractor_guards(rust_files, result.routes)
    _csharp(ctx, result)
    _php(ctx, result)
    _rails(ctx, result)
    _springdoc(ctx, result)
    _fastapi_docs(ctx, result, modules)
    _drf_spectacular_docs(ctx, result, modules)
    _nest_swagger(ctx, result)
    if any(c.abstract for c in jaxrs):
        result.routes = _inherited_routes(result.routes, jaxrs, result.unresolved)
    if binding_files:
        _name_bound_guards(binding_files, result.routes)
    _spring_permitted(result, _java_classes(ctx))
    if any(r.framework == "go" and r.auth_hints for r in result.routes):
        result.routes = _without_inert_go_guards(ctx, result.routes)
    if any(r.framework == "express" for r in result.routes):
        _without_optional_express_auth(ctx, result)
        _without_inert_express_guards(ctx, result)
    if any(r.framework == "nestjs" for r in result.routes):
        _without_nest_guards_of_something_else(ctx, result)
        _without_inert_nest_guards(ctx, result)
    result.routes.sort(key=lambda r: (r.file, r.line, r.method))
    return result
