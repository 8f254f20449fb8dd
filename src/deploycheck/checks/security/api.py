"""endpoint-security (API part): every operation requires authentication except the public allow-list;
CORS does not combine any origin with credentials."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from deploycheck.checks._unread import unread_findings, unread_python
from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location, Status
from deploycheck.sources.codefacts import code_facts

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.sources.openapi import ApiSpec
    from deploycheck.sources.routes import Route, RouteSet

# Paths that are public by convention: probes, metrics, API docs. Config `policy.public_paths` replaces it.
DEFAULT_PUBLIC_PATHS = ("/health*", "/healthz*", "/livez*", "/readyz*", "/ready*", "/live*", "/ping", "/status",
                        "/readiness*", "/metrics", "/docs*", "/redoc*", "/openapi*", "/swagger*", "/api-docs*",
                        "/favicon.ico", "/actuator/health*", "/actuator/prometheus", "/", "/version",
                        # a probe under a service's or resource's prefix (/books/ping, /status/healthcheck.json)
                        "*/health", "*/healthz", "*/healthcheck", "*/livez", "*/readyz", "*/ready", "*/isready",
                        "*/ping", "*/health.json", "*/healthcheck.json", "*/ping.json", "*/status.json",
                        # the probe kinds' own names (`/live*` already matches /liveness; /readiness is not /ready*)
                        "*/readiness", "*/liveness",
                        # public by design: the endpoints that hand out credentials
                        "*/login", "*/login/*", "*/logout", "*/signin", "*/signup", "*/register",
                        # the same words hyphenated (passport/HMPPS templates: /sign-in, /sign-in/callback)
                        "*/sign-in", "*/sign-in/*", "*/sign-out", "*/signout", "*/sign-up",
                        "*/token",
                        "*/oauth*/callback*", "*/oidc*/callback*", "/.well-known/*",
                        # a web front end's static files (scripts, styles, images) are served to everyone
                        "*/favicon.ico", "/robots.txt", "/static/*", "/assets/*", "/dist/*", "/public/*", "/js",
                        "/js/*", "/css", "/css/*", "/img/*", "/images/*", "/fonts/*")


def public_patterns(ctx: Context) -> tuple[str, ...]:
    configured = ctx.config.policy.get("public_paths")
    return tuple(configured) if configured else DEFAULT_PUBLIC_PATHS


def is_public(path: str, patterns: tuple[str, ...], base: str = "") -> bool:
    candidates = {path, (base.rstrip("/") + path) if base else path}
    if base and path.startswith(base.rstrip("/") + "/"):
        candidates.add(path[len(base.rstrip("/")):])
    # Django (and many frameworks) end paths with a slash: /accounts/logout/ is the */logout endpoint
    candidates |= {c.rstrip("/") for c in candidates if len(c) > 1 and c.endswith("/")}
    # a prefixed probe pattern (`*/status.json`, `*/token`) never matches under a path parameter:
    # /orders/{id}/status.json is one order's data, /users/{id}/token hands out another user's token
    if any(fnmatch.fnmatchcase(c, p) for c in candidates for p in patterns
           if not (p.startswith("*/") and _PATH_PARAMETER.search(c))):
        return True
    # a versioned API's own probes and docs: /api/v1/status/ is the /status endpoint. Never the API's root itself,
    # and never a folder pattern (/api/images/* is the API's images, not a front end's static files)
    stripped = {s for c in candidates if (s := _API_VERSION.sub("", c, count=1)) not in ("", "/", c)}
    return any(fnmatch.fnmatchcase(c, p) for c in stripped for p in patterns if not p.endswith("/*") and p != "/")


# `{id}` (OpenAPI, FastAPI, Spring, ASP.NET), `<int:id>` (Flask, Django), `:id` (Express, gin), `(?P<id>…)` (re_path)
_PATH_PARAMETER = re.compile(r"/(?:\{[^/]*\}|<[^/]*>|:\w|\(\?P<)")
_API_VERSION = re.compile(r"^(?:/api)?/v\d+(?=/)|^/api(?=/)")


def spec_location(spec: ApiSpec, *key_path: str) -> Location:
    """File and line of a node in the spec (computed only for findings that need it)."""
    from deploycheck.sources.yaml import line_of

    return Location(path=spec.path, line=line_of(spec.text, 0, key_path) if spec.text else None)


def _unauthenticated(security: list[dict[str, list[str]]]) -> bool:
    # `security: []` switches auth off; an empty requirement `{}` among the options makes it optional.
    return not security or any(not requirement for requirement in security)


@check(
    "endpoint-security/openapi-security",
    title="Every API operation in the OpenAPI spec requires authentication",
    severity="high",
    needs=("OpenAPI spec",),
    rationale="An operation without a security requirement is an open door; the spec is where reviewers see it.",
    remediation="Declare a global `security` requirement (or one per operation); list deliberately public paths "
                "in policy.public_paths.",
    references=("https://spec.openapis.org/oas/v3.1.0#security-requirement-object",),
)
def openapi_security(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.openapi import api_docs

    docs = ctx.use(api_docs)
    specs = [s for s in docs.specs if s.operations]
    if not specs:
        yield skipped("no OpenAPI/Swagger spec with operations found")
        return
    patterns = public_patterns(ctx)
    for spec in specs:
        open_ops = []
        for op in spec.operations:
            if _unauthenticated(op.security) and not is_public(op.path, patterns, spec.base_path):
                open_ops.append(op)
                why = "no security requirement" if op.security_source == "none" else "security switched off"
                if any(r.status in ("401", "403") for r in op.responses):
                    # podinfo's POST /token/validate: it checks the caller's token, the spec does not say which scheme
                    why += " though it documents a 401/403 answer (declare the scheme it checks)"
                yield failed(f"{op.method} {op.path} has {why} and is not in policy.public_paths",
                             spec_location(spec, "paths", op.path, op.method.lower()),
                             {"operation": op.operation_id, "security": op.security})
        if not open_ops:
            yield passed(f"{spec.path}: all {len(spec.operations)} operations require auth or are public by policy",
                         Location(path=spec.path), {"public_paths": list(patterns)})


def _unread_frameworks(ctx: Context, found: list[Route]) -> list[Finding]:
    """`skipped` for each HTTP server framework the code imports whose routes no reader reads (in a file that
    declares none of the routes read): its routes were never judged, so neither "no routes" nor "every route has
    auth" may be said over them."""
    from deploycheck.sources.web_frameworks import unread_web_frameworks

    with_routes = {r.file for r in found}
    return [skipped(f"{use.file}:{use.line} serves HTTP with {use.framework}, whose routes deploycheck does not read: "
                    "their authentication is not judged; check them by hand or declare them in the OpenAPI spec",
                    Location(path=use.file, line=use.line), {"framework": use.framework})
            for use in unread_web_frameworks(ctx) if use.file not in with_routes]


@check(
    "endpoint-security/route-auth",
    title="Every route in the code has an auth dependency or decorator",
    severity="high",
    needs=("source code routes",),
    rationale="The spec can say 'secured' while the handler forgot its dependency; the code is what runs.",
    remediation="Add the auth dependency (FastAPI Depends/Security, @login_required, router-level dependencies, "
                "middleware) or list the path in policy.public_paths. A service that authenticates nothing is asked "
                "once about its read-only routes, and so is each file of an authenticating service that guards none "
                "of its reads (a controller without [Authorize], a router guarding only its writes): list them in "
                "policy.public_paths if they are public by design (or record the decision as an ignore rule with "
                "its reason), else add authentication. Open writes are reported one by one.",
)
def route_auth(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.routes import code_routes

    routes = ctx.use(code_routes)
    # A file the parser could not read may declare routes nobody checked: never "every route has auth"
    # (nor "no routes") over it.
    unread = [p for p in unread_python(ctx, ROUTE_MARKERS) if p in routes.problems]
    yield from unread_findings(unread, "declares routes")
    if routes.unresolved:
        # a path built at run time (a helper's parameter, a variable), a Rack app mounted in Rails' routes, a Rails
        # route whose controller file is not there: the route exists, its auth is not judged
        dynamic = ", ".join(f"{u.file}:{u.line} {u.expression}" for u in routes.unresolved[:3])
        yield skipped(f"{len(routes.unresolved)} route registration(s) not judged: the text does not tell their path "
                      f"or handler (a path built at run time, a mounted app, a controller not found: {dynamic}"
                      + (", ..." if len(routes.unresolved) > 3 else "") + ")",
                      Location(path=routes.unresolved[0].file, line=routes.unresolved[0].line),
                      {"dynamic_routes": [f"{u.file}:{u.line} {u.expression}" for u in routes.unresolved[:20]]})
    # a JVM service whose build generates its server interfaces from the spec: the spec's operations are routes too
    generated = _generated_server_routes(ctx, routes.routes)
    yield from generated or []
    if not routes.routes:
        if not unread:
            spec_routed = _spec_routed(ctx)
            if spec_routed is not None:
                yield from spec_routed
            elif generated:
                return
            elif unread_frameworks := _unread_frameworks(ctx, routes.routes):
                yield from unread_frameworks
            elif not routes.unresolved:  # routes whose path is built at run time exist: skipped above, never n/a
                yield not_applicable("no HTTP routes found in the code") if routes.files_scanned else skipped(
                    "no source code with routes found")
        return
    # routes of a framework no reader reads, beside the ones read: the item cannot pass on the read ones alone
    yield from _unread_frameworks(ctx, routes.routes)
    # connexion beside plain Flask routes (`app.app.route(...)`): the spec's operations no code route declares are
    # routed by operationId, and the spec's security is their only layer
    spec_routed = _spec_routed(ctx, routes.routes)
    if spec_routed:
        yield from (f for f in spec_routed if f.status is not Status.PASS)
    patterns = public_patterns(ctx) + _probed_paths(ctx, routes.routes)
    behind = {id(r): layer for r in routes.routes if not r.auth_hints and (layer := routes.layer_for(r))}
    by_default = not ctx.config.policy.get("public_paths")
    capability = {id(r): param for r in routes.routes
                  if not r.auth_hints and id(r) not in behind and (param := credential_param(r.path))}
    entry = {id(r) for r in routes.routes if by_default and not r.auth_hints and _entry_point(r)}
    # routes-j: a sign-up by what its handler does (a new password typed twice, stored hashed), at a fixed address
    signup = {id(r) for r in routes.routes if by_default and not r.auth_hints and r.signup and id(r) not in entry
              and not any(True for _ in _param_names(r.path))}
    entry |= signup
    oauth = {id(r) for r in _oauth_flow(routes.routes) if by_default and not r.auth_hints and id(r) not in behind
             and not is_public(r.path, patterns)}
    entry |= oauth
    # a route that answers with a configured secret gives it to whoever may call it: no convention (a landing page
    # "/", a probe path) and no judgement of its handler makes that public by design
    leaking = [r for r in routes.routes if r.discloses and not r.auth_hints and id(r) not in behind]
    for r in leaking:
        yield failed(f"{r.method} {r.path} ({r.framework}) answers anyone with a configured secret ({r.discloses}) "
                     "and no auth guards it", Location(path=r.file, line=r.line),
                     {"handler": r.handler, "discloses": r.discloses})
    entry -= {id(r) for r in leaking}
    unguarded = [r for r in routes.routes if not r.auth_hints and id(r) not in behind and id(r) not in capability
                 and id(r) not in entry and not r.discloses
                 and not (is_public(r.path, patterns) and not (by_default and _root_write(r)))]
    # what the code declares (`permission_classes = (AllowAny,)`, `@PermitAll`: an opt-out written down, named in
    # the evidence); what the handler's code shows: a fixed page has nothing to protect; a machine callback
    # addressed by a UUID (a judgement: only while the team has not declared its public paths)
    declared = [r for r in unguarded if r.declared_public]
    unguarded = [r for r in unguarded if not r.declared_public]
    static = [r for r in unguarded if r.static]
    callbacks = [r for r in unguarded if by_default and r.capability and not r.static]
    open_routes = [r for r in unguarded if not r.static and not (by_default and r.capability)]
    # a service in which nothing authenticates: whether its reads are public by design is one question for the
    # team (a public website, a shop's catalogue, a demo), asked once per service; its writes stay one finding each.
    # The same holds for a file of an authenticating service in which nothing authenticates (a controller without
    # [Authorize] beside guarded ones) or whose guards sit on its writes only: its reads are one decision, which one
    # guard or one public_paths entry settles. Writes never join: each open write stays its own finding.
    # (a route whose guard is only a name keeps its own finding, which names that guard)
    question = _unauthenticated_reads(ctx, routes, [r for r in open_routes if not r.inert_guard],
                                      entry | set(capability)) if by_default else {}
    asked = {id(r) for reads in question.values() for r in reads}
    open_routes = [r for r in open_routes if id(r) not in asked]
    for (service, unit, why), reads in question.items():
        first = reads[0]
        more = f" and {len(reads) - 1} more read-only route(s)" if len(reads) > 1 else ""
        name = service or "(repository root)"
        evidence = {"service": service or ".",
                    "reads": [f"{r.method} {r.path} ({r.file}:{r.line})"
                              + (f": {r.reads_only}" if r.reads_only else "") for r in reads[:50]]}
        if unit:
            yield failed(f"{first.method} {first.path} ({first.framework}){more} of {unit} answer anyone: {why}. "
                         "If these reads are public by design, list them in policy.public_paths (or record the "
                         "decision as an ignore rule with its reason); otherwise guard them (one controller- or "
                         "router-level guard covers the file)",
                         Location(path=first.file, line=first.line), {**evidence, "file": unit})
            continue
        total = sum(1 for r in routes.routes if _service_of(ctx)(r.file) == service)
        yield failed(f"{first.method} {first.path} ({first.framework}){more} of service {name}"
                     f" answer anyone: nothing in that service authenticates (no auth dependency, decorator, "
                     f"middleware, auth library or token check on any of its {total} routes). If it is public by "
                     "design, list these paths in policy.public_paths (or record the decision as an ignore rule "
                     "with its reason); otherwise add authentication",
                     Location(path=first.file, line=first.line), evidence)
    for r in open_routes:
        if r.open_rule:  # Spring Security: the first matching rule decides, and it lets anyone in
            yield failed(f"{r.method} {r.path} ({r.framework}) is open to anyone: {r.open_rule} is the first rule "
                         "that matches it (Spring Security applies the first matching rule of the chain)",
                         Location(path=r.file, line=r.line), {"handler": r.handler, "rule": r.open_rule})
            continue
        if r.disabled_auth:  # an opt-in auth middleware: off unless the deployment sets its variable
            yield failed(f"{r.method} {r.path} ({r.framework}) is open by default: its auth middleware "
                         f"{r.disabled_auth}; set it in every deployment or make the check unconditional",
                         Location(path=r.file, line=r.line), {"handler": r.handler, "middleware": r.disabled_auth})
            continue
        if r.conditional_guard:  # Rails: a guard that runs only when a condition holds, which is not read
            yield failed(f"{r.method} {r.path} ({r.framework}) has only a conditional auth guard: "
                         f"{r.conditional_guard}; a request the condition lets through is not authenticated "
                         "(deploycheck does not evaluate the condition). If the route is public by design, list it "
                         "in policy.public_paths; otherwise guard it unconditionally",
                         Location(path=r.file, line=r.line), {"handler": r.handler, "guard": r.conditional_guard})
            continue
        if r.inert_guard:  # a guard only by its name: the function the repository defines lets everyone in
            why = (r.inert_reason if r.inert_reason else
                   "aborts nothing, writes no 401/403, never returns early and always calls the next handler "
                   "(logging or decoding a token without acting on the result checks no credential)"
                   if r.framework == "go" else
                   "never touches the response, throws nothing, passes no error to next() and always calls next() "
                   "(logging or decoding a token without acting on the result checks no credential)"
                   if r.framework == "express" else
                   "returns only true from canActivate, throws nothing and verifies nothing"
                   if r.framework == "nestjs" else
                   "raises nothing, answers no 401/403 and calls nothing that could (reading a header or a "
                   "fastapi.security scheme checks no credential)")
            yield failed(f"{r.method} {r.path} ({r.framework}) lets every caller in: its guard {r.inert_guard} "
                         + why,
                         Location(path=r.file, line=r.line), {"handler": r.handler, "guard": r.inert_guard})
            continue
        yield failed(f"{r.method} {r.path} ({r.framework}) has no auth dependency or decorator, and no global "
                     "auth layer covers it", Location(path=r.file, line=r.line), {"handler": r.handler})
    for layer in {id(x): x for x in behind.values()}.values():
        covered = [r for r in routes.routes if behind.get(id(r)) is layer]
        yield passed(f"{len(covered)} routes are behind {layer.framework} auth layer {layer.detail} "
                     f"({layer.file}:{layer.line})", Location(path=layer.file, line=layer.line),
                     {"routes": [f"{r.method} {r.path}" for r in covered[:10]]})
    if capability:
        shown = [f"{r.method} {r.path}" for r in routes.routes if id(r) in capability]
        yield passed(f"{len(capability)} route(s) carry their credential in the URL (a token, signature or key "
                     f"parameter: reset and login links, signed links, keyed URLs): {', '.join(shown[:3])}"
                     + (", ..." if len(shown) > 3 else ""), evidence={"routes": shown[:20]})
    if declared:
        yield passed(f"{len(declared)} route(s) are declared public in the code ({declared[0].declared_public}"
                     + (", ..." if len({r.declared_public for r in declared}) > 1 else "") + "): "
                     + ", ".join(f"{r.method} {r.path}" for r in declared[:3]) + (", ..." if len(declared) > 3 else ""),
                     Location(path=declared[0].file, line=declared[0].line),
                     {"routes": [f"{r.method} {r.path}: {r.declared_public}" for r in declared[:20]]})
    if static:
        yield passed(f"{len(static)} route(s) serve a fixed page (the view renders a template or text with nothing "
                     f"from the database, the session or the request): {', '.join(r.path for r in static[:3])}"
                     + (", ..." if len(static) > 3 else ""),
                     evidence={"routes": [f"{r.method} {r.path}: {r.static}" for r in static[:20]]})
    if callbacks:
        handlers = sorted({r.handler or "?" for r in callbacks})
        yield passed(f"{len(callbacks)} route(s) are machine callbacks whose URL carries an unguessable UUID as "
                     f"their credential (handled by {', '.join(handlers[:3])}" + (", ..." if len(handlers) > 3 else "")
                     + "); list their paths in policy.public_paths to confirm",
                     evidence={"routes": [f"{r.method} {r.path}: {r.capability}" for r in callbacks[:20]]})
    if oauth:
        shown = [f"{r.method} {r.path}" for r in routes.routes if id(r) in oauth]
        yield passed(f"{len(oauth)} route(s) are legs of an OAuth sign-in or authorization flow (a provider's "
                     "callback and its sign-in start, an authorization endpoint beside its token endpoint): "
                     f"{', '.join(shown[:3])}" + (", ..." if len(shown) > 3 else ""), evidence={"routes": shown[:20]})
    entry -= oauth
    if signup & entry:
        shown = [f"{r.method} {r.path} ({r.handler}: {r.signup})" for r in routes.routes if id(r) in signup & entry]
        yield passed(f"{len(signup & entry)} route(s) sign a new user up by what their handler does (a new password "
                     f"typed twice and stored hashed): {', '.join(shown[:3])}", evidence={"routes": shown[:20]})
    entry -= signup
    if entry:
        shown = [f"{r.method} {r.path} ({r.handler})" for r in routes.routes if id(r) in entry]
        yield passed(f"{len(entry)} route(s) are the sign-up/login entry points by their handler's name: "
                     f"{', '.join(shown[:3])}", evidence={"routes": shown[:20]})
    # with registrations not judged (skipped above) and nothing judged guarded, the summary would rest on public
    # probes alone (policy-reporter: 3 probes beside 50 routes on a group its caller makes): no pass then
    nothing_guarded = not behind and not any(r.auth_hints for r in routes.routes)
    if not open_routes and not question and not leaking and not (routes.unresolved and nothing_guarded):
        guarded = sum(1 for r in routes.routes if r.auth_hints)
        yield passed(f"{guarded} routes carry auth, {len(behind)} are behind a global auth layer, "
                     f"{len(routes.routes) - guarded - len(behind)} are public by policy or by design",
                     evidence={"public_paths": list(patterns)})


def _probed_paths(ctx: Context, declared: list[Route]) -> tuple[str, ...]:
    """The read routes a workload's liveness/readiness/startup probe calls (httpGet path): the kubelet sends no
    credentials, so such a route is public by design (smilr's GET /api/info, probed by the chart and manifests)."""
    from deploycheck.sources.kubernetes import all_objects
    from deploycheck.sources.routes import normalize_template

    if not any(r.method in ("GET", "ANY") for r in declared):
        return ()
    probed: set[str] = set()
    for obj in ctx.use(all_objects).workloads:
        for container in obj.containers(include_init=False):
            for kind in ("livenessProbe", "readinessProbe", "startupProbe"):
                probe = container.spec.get(kind)
                get = probe.get("httpGet") if isinstance(probe, dict) else None
                path = get.get("path") if isinstance(get, dict) else None
                if isinstance(path, str) and path.startswith("/") and "{" not in path and "*" not in path:
                    probed.add(normalize_template(path.split("?", 1)[0]))
    return tuple(sorted(r.path for r in declared if r.method in ("GET", "ANY") and r.template in probed
                        and not any(c in r.path for c in "*?[")))


# Identity providers a service lets its users sign in with (the providers of markbates/goth and passport's
# strategies): `/google/callback` is where the provider sends the browser back with the authorization code.
_SIGN_IN_PROVIDER = re.compile(r"^(?:google|facebook|github|gitlab|bitbucket|twitter|apple|microsoft|azuread|linkedin|"
                               r"discord|slack|okta|auth0|amazon|yahoo|keycloak|cognito)$", re.I)


_OAUTH_BASE = re.compile(r"^(?:|oauth2?|connect|o)$", re.I)


def _oauth_flow(declared: list[Route]) -> list[Route]:
    """The legs of an OAuth 2.0 flow, public by design like the login and token endpoints (RFC 6749: the user's
    browser arrives anonymous): an identity provider's callback (`.../google/callback`), the sign-in start beside
    it in the same file (`.../google`), and an authorization server's authorization endpoint (`.../authorize`)
    beside its token endpoint (`.../token`) in the same file, at the service's root (an API version aside) or under an
    OAuth prefix (`/oauth`, `/oauth2`, `/connect`, django-oauth-toolkit's `/o`). Fixed names, pairs declared
    together: a route merely named `/authorize` or `/github` stays a route, and so does a payment service's
    `/payments/authorize` beside `/payments/token` (a charge and a card token); never under a path parameter."""
    by_file: dict[str, set[str]] = {}
    for r in declared:
        by_file.setdefault(r.file, set()).add(r.path.rstrip("/"))
    out = []
    for r in declared:
        path, paths = r.path.rstrip("/"), by_file[r.file]
        if _PATH_PARAMETER.search(path):
            continue
        parent, _, name = path.rpartition("/")
        if ((name == "callback" and _SIGN_IN_PROVIDER.match(parent.rpartition("/")[2]))
                or (_SIGN_IN_PROVIDER.match(name) and path + "/callback" in paths)
                or (name == "authorize" and parent + "/token" in paths and _OAUTH_BASE.match(
                    _API_VERSION.sub("", path, count=1).rpartition("/")[0].rpartition("/")[2]))):
            out.append(r)
    return out


def _root_write(route: Route) -> bool:
    """A write to `/`: the default public path `/` is a landing page for reading; a form posting back to it (a vote, a
    reset of every count) changes state like any other write (azure-voting-app-redis' POST /)."""
    return route.method.upper() in ("POST", "PUT", "PATCH", "DELETE") and route.path.rstrip("/") == ""


_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _services(ctx: Context) -> Callable[[str], str]:
    from deploycheck.sources.routes import service_roots

    return service_roots(ctx.files.files)


def _service_of(ctx: Context) -> Callable[[str], str]:
    return ctx.use(_services)


def _unit(route: Route) -> str:
    """Where one guard settles a route's auth: its file (a controller, a router module), or the unit the reader
    names (a Rails route of config/routes.rb: its controller, where one before_action covers its actions; an API
    Platform resource: one `security:` on the `#[ApiResource]` covers its operations)."""
    return route.unit or route.file


def _unit_kind(route: Route) -> str:
    return "controller" if route.framework == "rails" else "resource" if route.unit else "file"


def _unauthenticated_reads(ctx: Context, routes: RouteSet, open_routes: list[Route],
                           entry: set[int]) -> dict[tuple[str, str, str], list[Route]]:
    """The open read-only routes (GET/HEAD/OPTIONS) asked about together, keyed (service, file, why):

    - file "" : every open read of a service in which nothing authenticates: no route with an auth hint or behind an
      auth layer, none declared public (a declared opt-out means the service knows about auth), no login/sign-up
      entry point or credential-carrying URL, no auth layer, auth library or token decode in its files;
    - file set: the open reads of one file of an authenticating service when that file authenticates nothing by the
      same measure (an ASP.NET or Spring controller without [Authorize] beside guarded controllers, an Express
      router module without its guard), or when every guard in the file sits on a write and none on a read (smilr's
      `app.post('/api/events', authHandler, ...)` beside `app.get('/api/events', ...)`: a split by method, not a
      forgotten guard), and it declares two or more of them; the third part of the key says why, naming a guard
      the service has. A file that guards some of its reads keeps one finding per open route: there a missing
      guard is likely an oversight.

    Writes are never asked about together: each keeps its own finding. ANY-method routes (Go HandleFunc, Django
    views) may write: they keep one finding each, unless the handler is shown to read nothing of the request
    (Route.reads_only)."""
    from deploycheck.sources.token_verify import token_verifications

    service = _service_of(ctx)
    facts = ctx.use(code_facts)
    guarded = [r for r in routes.routes if r.auth_hints or r.declared_public or id(r) in entry or routes.layer_for(r)]
    evidence_files = {layer.file for layer in routes.layers}
    evidence_files |= {a.file for a in facts.auth_libraries if not a.test}
    evidence_files |= {d.file for d in [*facts.jwt_decodes, *ctx.use(token_verifications)] if not d.test}
    authenticating = {service(r.file) for r in guarded} | {service(f) for f in evidence_files}
    guarded_units = {_unit(r) for r in guarded}
    # a guard the service has, to show in the message: by its name and file, never a route's method and path (the
    # message is about the reads); an auth hint first, a login entry point last (it is the way in, not a guard)
    example: dict[str, str] = {}
    for rank in range(4):
        for r in guarded:
            why = [r.auth_hints[0] if r.auth_hints else "", "an auth layer" if routes.layer_for(r) else "",
                   r.declared_public, "a login entry point" if id(r) in entry else ""][rank]
            if why:
                example.setdefault(service(r.file), f"{why} in {r.file.rpartition('/')[2]}")
    question: dict[tuple[str, str, str], list[Route]] = {}
    by_file: dict[tuple[str, str, str], list[Route]] = {}
    # files whose route guards (auth hints, also opt-in ones) all sit on writes: the team guards writes there and
    # leaves every read open, a split by method rather than a forgotten guard
    guards: dict[str, list[Route]] = {}
    for r in routes.routes:
        if r.auth_hints or r.disabled_auth or (r.method not in _WRITE_METHODS and routes.layer_for(r)):
            guards.setdefault(_unit(r), []).append(r)
    writes_only = {file: g[0] for file, g in guards.items() if all(r.method in _WRITE_METHODS for r in g)}
    for r in open_routes:
        if not (r.method in _READ_METHODS or r.reads_only):
            continue
        home = service(r.file)
        if r.conditional_guard:  # one condition for the unit's reads: named, asked once
            by_file.setdefault((home, _unit(r), f"its only auth guard is conditional, {r.conditional_guard}, and a "
                                "request the condition lets through is not authenticated (the condition is not "
                                "evaluated)"), []).append(r)
        elif home not in authenticating:
            question.setdefault((home, "", ""), []).append(r)
        elif _unit(r) in writes_only:
            w = writes_only[_unit(r)]
            guard = w.auth_hints[0] if w.auth_hints else w.disabled_auth.split(" ", 1)[0]
            by_file.setdefault((home, _unit(r), f"that {_unit_kind(r)} guards its writes ({guard}) and none of its "
                                "reads"), []).append(r)
        elif _unit(r) not in guarded_units and r.file not in evidence_files:
            by_file.setdefault((home, _unit(r), f"nothing in that {_unit_kind(r)} authenticates, while service "
                                f"{home or '(repository root)'} does elsewhere "
                                f"({example.get(home, 'an auth library or token check')})"), []).append(r)
    question.update({key: reads for key, reads in by_file.items() if len(reads) > 1})
    return question


def _spec_routed(ctx: Context, declared: list[Route] | None = None) -> list[Finding] | None:
    """An OpenAPI-first service (connexion, or FOCA on top of it) has no route declarations in its code: the spec's
    operations are its routes (operationId -> handler) and the spec's security is their only auth layer. None when
    the code does not route through a spec. With `declared` (routes the code also declares: connexion's Flask app
    serving plain routes too), only the operations none of them serves are judged here."""
    from deploycheck.sources.openapi import api_docs
    from deploycheck.sources.pyast import python_modules
    from deploycheck.sources.routes import join_paths, normalize_template, spec_first

    first = spec_first(ctx.use(python_modules).modules)
    specs = [s for s in ctx.use(api_docs).specs if s.operations]
    if first is None or not specs:
        return None
    framework = first[0]
    patterns = public_patterns(ctx)
    out: list[Finding] = []
    in_code = {(r.method, r.template) for r in declared or []} | {("ANY", r.template) for r in declared or []}
    for spec in specs:
        for op in spec.operations:
            templates = {normalize_template(op.path), normalize_template(join_paths(spec.base_path, op.path))}
            if any((method, t) in in_code for t in templates for method in (op.method, "ANY")):
                continue  # the code declares it: judged with the code's routes
            if _unauthenticated(op.security) and not is_public(op.path, patterns, spec.base_path):
                out.append(failed(f"{op.method} {op.path} ({framework}: routed by {spec.path}) has no security "
                                  "requirement, the only auth layer a spec-routed service has",
                                  spec_location(spec, "paths", op.path, op.method.lower()),
                                  {"operation": op.operation_id}))
    if not out:
        out.append(passed(f"{framework} routes every operation through the OpenAPI spec; all require auth or are "
                          "public by policy", evidence={"specs": [s.path for s in specs]}))
    return out


# An auth mechanism of the module: a security extension/starter, role annotations or Quarkus path permissions. Present,
# it may guard the generated routes in ways the spec does not show; absent, nothing can.
_JVM_AUTH = re.compile(r"quarkus-oidc|quarkus-smallrye-jwt|quarkus-elytron|quarkus-security|"
                       r"spring-boot-starter-security|spring-boot-starter-oauth2-resource-server|spring-security|@RolesAllowed|@Authenticated|"
                       r"@PreAuthorize|@Secured|quarkus\.http\.auth\.permission")


def _generated_server_routes(ctx: Context, declared: list[Route]) -> list[Finding] | None:
    """The spec's operations of each module whose build generates its server from that spec and whose code declares
    no route for them: failed when the spec requires no auth and the module has no auth mechanism at all (nothing can
    guard them), skipped when it has one (which operations it guards is not in the code read). None when no module
    generates its server from a spec."""
    from deploycheck.sources.openapi import api_docs, generated_servers
    from deploycheck.sources.routes import join_paths, normalize_template

    modules = ctx.use(generated_servers)
    if not modules:
        return None
    specs = [s for s in ctx.use(api_docs).specs if s.operations]
    patterns = public_patterns(ctx)
    in_code = {(r.method, r.template) for r in declared} | {("ANY", r.template) for r in declared}
    out: list[Finding] = []
    for root, where in sorted(modules.items()):
        inside = [f for f in ctx.files.files if not root or f.startswith(root + "/")]
        guarded = any(f.endswith(("pom.xml", ".gradle", ".gradle.kts", ".java", ".kt", ".properties", ".yaml", ".yml"))
                      and "/src/test/" not in "/" + f and _JVM_AUTH.search(ctx.files.read_text(f) or "")
                      for f in inside)
        for spec in (s for s in specs if not root or s.path.startswith(root + "/")):
            ops = [op for op in spec.operations
                   if not any((method, t) in in_code for method in (op.method, "ANY")
                              for t in {normalize_template(op.path), normalize_template(join_paths(spec.base_path,
                                                                                                    op.path))})]
            open_ops = [op for op in ops if _unauthenticated(op.security)
                        and not is_public(op.path, patterns, spec.base_path)]
            if guarded and ops:
                out.append(skipped(f"{len(ops)} operation(s) of {spec.path} are served by server code generated at "
                                   f"build time ({where}); the module has an auth mechanism, but which of them it "
                                   "guards is not in the code read: not judged", Location(path=spec.path)))
                continue
            for op in open_ops:
                out.append(failed(f"{op.method} {op.path} (server generated from {spec.path} at build time, {where}) "
                                  "has no security requirement and the module has no auth mechanism (no security "
                                  "extension or starter, no role annotations)",
                                  spec_location(spec, "paths", op.path, op.method.lower()),
                                  {"operation": op.operation_id}))
    return out


# A path parameter that is a credential makes the URL itself the credential (password-reset and magic-login
# links, signed unsubscribe/badge links, keyed ping URLs): `<str:token>`, `{signature}`, `:signed_payload`,
# `<slug:ping_key>`; a data key (`<key>`, `<primary_key>`) is not one.
_PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\{(\w+)(?::[^}]*)?\}|:(\w+)")
# _PARAM without its `{name:...}` form, which cannot match where no `}` follows.
_PARAM_UNBRACED = re.compile(r"<(?:\w+:)?(\w+)>|:(\w+)")


def _param_names(path: str) -> Iterator[str]:
    """The names _PARAM finds in a path, in order. After the path's last `}`, `{name:` read to the end of the path
    from each `{` before failing (quadratic: 1.2 s for a path of 32,000 characters of `${a:-`), so only the other
    forms are looked for there. No match crosses that `}` (only the braced form holds one, and ends at it)."""
    cut = path.rfind("}") + 1
    for m in _PARAM.finditer(path, 0, cut):
        yield next(g for g in m.groups() if g)
    for m in _PARAM_UNBRACED.finditer(path, cut):
        yield next(g for g in m.groups() if g)
_CREDENTIAL_NAME = re.compile(r"(?:^|_)(?:token|signature|sig|secret|hmac|otp)$|^signed(?:_\w+)?$"
                              r"|^(?!(?:primary|foreign|sort|partition|cache|idempotency|object|row)_key$)\w+_key$",
                              re.I)
# Handlers that are the way in by their name (sign-up and login under another path: POST /users -> register).
_ENTRY_HANDLER = re.compile(r"^(?:log_?in|log_?out|sign_?in|sign_?up|register|register_user|create_session|"
                            r"refresh_?(?:access_?)?token|token_?refresh)$", re.I)


# An ASP.NET Core action is named within its controller: `Register` signs a user up on an AccountController, but
# registers a customer on pitstop's CustomerManagementController.
_ACCOUNT_CONTROLLER = re.compile(r"^(?:Account|Accounts|Auth|Authentication|Identity|Login|Users?|Registration|"
                                 r"SignUp|Signup|Session)Controller$")


def _entry_point(route: Route) -> bool:
    owner, _, name = (route.handler or "").rpartition(".")
    if not _ENTRY_HANDLER.match(name):
        return False
    # the way in has a fixed address (POST /users, /auth/refresh); a handler named `register` under path parameters
    # registers the resource they name (teastore's service registry: PUT /services/{name}/{location} -> register),
    # which is no sign-up. An API version segment (`v{version:apiVersion}`) addresses no resource.
    if any(not _VERSION_PARAM.match(name) for name in _param_names(route.path)):
        return False
    return not route.framework.startswith("aspnet") or bool(_ACCOUNT_CONTROLLER.match(owner))


_VERSION_PARAM = re.compile(r"^(?:api_?)?version$", re.I)


def credential_param(path: str) -> str | None:
    for name in _param_names(path):
        if _CREDENTIAL_NAME.search(name):
            return name
    return None


# What a Python module that declares routes contains (FastAPI/Flask/Starlette decorators, routers and
# blueprints, Django URL confs).
ROUTE_MARKERS = re.compile(r"@[\w.]+\.(get|post|put|patch|delete|route|api_route|websocket)\s*\(|\bAPIRouter\s*\("
                           r"|\bBlueprint\s*\(|\burlpatterns\b|\badd_url_rule\s*\(|\badd_api_route\s*\(")


@check(
    "endpoint-security/cors",
    title="CORS does not allow any origin with credentials",
    severity="high",
    needs=("source code",),
    rationale="Any origin plus credentials lets every website make authenticated requests as the user.",
    remediation="List the allowed origins explicitly when credentials are allowed.",
    references=("https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#credentialed_requests_and_wildcards",),
)
def cors(ctx: Context) -> Iterator[Finding]:
    facts = ctx.use(code_facts)
    settings = [c for c in facts.cors if not c.test]
    if not settings:
        yield not_applicable("no CORS configuration found in the code")
        return
    for c in settings:
        where = Location(path=c.file, line=c.line)
        any_origin, source = c.any_origin, ""
        if c.origins_from and not any_origin:
            # The origins are a setting: its literal default decides unless the deployment overrides it.
            name = c.origins_from.rsplit(".", 1)[-1]
            default = facts.star_defaults.get(name) or next(
                (v for k, v in facts.star_defaults.items() if k.lower() == name.lower()), None)
            if default is None:
                if c.credentials:
                    yield warned(f"{c.framework}: the allowed origins come from {c.origins_from}, which the scan "
                                 "cannot resolve, and credentials are allowed: make sure it lists origins, not '*'",
                                 where, {"origins": c.origins_from})
                else:
                    yield skipped(f"{c.framework}: the allowed origins come from {c.origins_from}, which the scan "
                                  "cannot resolve", where)
                continue
            any_origin, source = True, f" ({c.origins_from}, whose default at {default[0]}:{default[1]} is '*')"
        if any_origin and c.credentials:
            yield failed(f"{c.framework}: any origin is allowed together with credentials{source}", where)
        elif any_origin:
            # CHECKLIST: "CORS not `*` with credentials". Without credentials a browser sends no cookies or HTTP
            # auth cross-origin, so `*` exposes only what the API answers anyone (two labellers agreed: ardanlabs'
            # bearer-token API, flask-vue-kubernetes); the pass says so.
            yield passed(f"{c.framework}: any origin is allowed, without credentials{source}: browsers send no "
                         f"cookies or credentials cross-origin, so only what the API answers anyone is shared", where)
        else:
            yield passed(f"{c.framework}: CORS origins are restricted", where)
