"""api-docs: an API description exists, is valid, is complete, and agrees with the routes in the code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.sources.openapi import ApiDocs, ApiSpec, Operation
    from deploycheck.sources.routes import Route, RouteSet

# The route and OpenAPI readers compile ~50 regular expressions when imported (60-90 ms of every run's
# start-up); they are imported when one of these checks runs, not when the registry loads.


def _api_docs(ctx: Context) -> ApiDocs:
    from deploycheck.sources.openapi import api_docs

    return ctx.use(api_docs)


def _code_routes(ctx: Context) -> RouteSet:
    from deploycheck.sources.routes import code_routes

    return ctx.use(code_routes)

# Operational endpoints are usually left out of the public API description on purpose (a runtime log-level switch
# too: controller-rs' PUT /log-level, like Spring's /actuator/loggers).
INFRA_PATHS = {"/", "/health", "/healthz", "/livez", "/readyz", "/ready", "/live", "/ping", "/metrics",
               "/status", "/favicon.ico", "/docs", "/redoc", "/openapi.json", "/swagger.json", "/version",
               "/log-level", "/loglevel",
               # build information (Spring Boot's /actuator/info, the hmpps templates' /info) and the files crawlers
               # and security researchers fetch by their well-known names (RFC 9309, RFC 9116)
               "/info", "/robots.txt", "/security.txt", "/.well-known/security.txt"}
MAX_LISTED = 30


def _generated(ctx: Context) -> tuple[set[int], Finding | None]:
    """The routes whose service serves a description it generates at run time (ASP.NET Core with Swashbuckle's
    AddSwaggerGen + UseSwagger: /swagger/v1/swagger.json from the controllers; Spring with springdoc-openapi:
    /v3/api-docs; FastAPI: /openapi.json), and a pass naming where."""
    code = _code_routes(ctx)
    generated = [r for r in code.routes if r.file in code.generated_specs]
    if not generated:
        return set(), None
    where = sorted({code.generated_specs[r.file] for r in generated})
    ids = {id(r) for r in generated}
    return ids, passed(f"{len(generated)} HTTP route(s) are described by the OpenAPI document their service "
                       f"generates and serves at run time ({where[0]}"
                       + (f", and {len(where) - 1} more service(s)" if len(where) > 1 else "") + ")",
                       evidence={"generated_by": where[:20]})


@check(
    "api-docs/spec-present",
    title="An API description exists (OpenAPI/Swagger, AsyncAPI, .proto or a GraphQL schema)",
    severity="medium",
    needs=("repository",),
    rationale="Consumers, gateways, contract tests and security reviews all work from the API description.",
    remediation="Commit the OpenAPI document (for Flask/Express/Go: write or generate openapi.yaml), serve a "
                "generated one (FastAPI does with a literal openapi_url path, not one decided at run time; "
                "springdoc-openapi, Swashbuckle), or commit the .proto/AsyncAPI/GraphQL schema files.",
    references=("https://spec.openapis.org/oas/latest.html",),
)
def spec_present(ctx: Context) -> Iterator[Finding]:
    docs = _api_docs(ctx)
    generated, generated_pass = _generated(ctx)
    if generated_pass is not None and not docs.any:  # with a committed description, that is the evidence
        yield generated_pass
    if docs.any:
        kinds = {"openapi": [s.path for s in docs.specs], "asyncapi": docs.asyncapi, "proto": docs.proto[:20],
                 "graphql": docs.graphql[:20]}
        # The GraphQL endpoint itself is what a GraphQL schema describes.
        rest = [r for r in _code_routes(ctx).routes if r.template not in INFRA_PATHS and id(r) not in generated
                and not r.page
                and not (docs.graphql and "graphql" in r.path.lower())] if not docs.specs else []
        if rest:
            # gRPC .proto / AsyncAPI / GraphQL files describe those interfaces, not the HTTP routes the code also serves
            shown = ", ".join(f"{r.method} {r.path}" for r in rest[:3]) + (", ..." if len(rest) > 3 else "")
            described = ", ".join(f"{len(v)} {k}" for k, v in kinds.items() if v)
            yield failed(f"the code serves {len(rest)} HTTP route(s) ({shown}) and the only API descriptions are "
                         f"{described}: no OpenAPI description of the HTTP API",
                         Location(path=rest[0].file, line=rest[0].line),
                         {"routes": [f"{r.method} {r.path}" for r in rest[:MAX_LISTED]],
                          **{k: v for k, v in kinds.items() if v}})
            return
        yield passed("API description: " + ", ".join(f"{len(v)} {k}" for k, v in kinds.items() if v),
                     evidence={k: v for k, v in kinds.items() if v})
        return
    # a web UI's pages and form targets (views, redirects) are no API to describe
    routes = [r for r in _code_routes(ctx).routes if id(r) not in generated and not r.page]
    if generated and not routes:
        return
    pages = [r for r in _code_routes(ctx).routes if r.page]
    if routes and not pages and not docs.problems and _operational_only(routes):
        # health, metrics, a diagnostics page: the service's interface is elsewhere (a controller's custom resources,
        # a queue), and operational endpoints stay out of API descriptions anyway
        shown = ", ".join(f"{r.method} {r.path}" for r in routes[:6])
        yield not_applicable(f"the code serves only operational endpoints ({shown}): no HTTP API to describe",
                             Location(path=routes[0].file, line=routes[0].line))
        return
    if pages and (not routes or _operational_only(routes)) and not docs.problems:
        # a web UI's pages beside its health and info endpoints (hmpps-template-typescript): no API either
        yield not_applicable(f"the code serves only a web UI's pages and form targets ({len(pages)}: views and "
                             f"redirects, e.g. {pages[0].method} {pages[0].path}), no API to describe",
                             Location(path=pages[0].file, line=pages[0].line))
        return
    if routes and docs.problems:
        # the description is there but does not load: one problem, reported by api-docs/spec-valid, never "there is
        # none" (smilr's docs/swagger.json ends with one brace too many)
        yield passed(f"the code declares {len(routes)} HTTP route(s) and the repository has an API description that "
                     "does not load (" + "; ".join(f"{p.path}: {p.message}" for p in docs.problems[:3])
                     + "): see api-docs/spec-valid", Location(path=docs.problems[0].path, line=docs.problems[0].line),
                     {"unreadable": [p.path for p in docs.problems[:MAX_LISTED]]})
    elif routes:
        yield failed(f"the code declares {len(routes)} HTTP route(s) but the repository has no API description",
                     Location(path=routes[0].file, line=routes[0].line),
                     {"routes": [f"{r.method} {r.path}" for r in routes[:MAX_LISTED]]})
    elif docs.problems:
        yield failed("no readable API description: " + "; ".join(f"{p.path}: {p.message}" for p in docs.problems[:3]),
                     Location(path=docs.problems[0].path, line=docs.problems[0].line))
    else:
        yield not_applicable("no HTTP routes found in the code and no API description: the service exposes no API "
                             "deploycheck can see")


def _operational_only(routes: list[Route]) -> bool:
    """Every route is an operational endpoint, at least one of them not the root; the root counts only as a GET (a
    diagnostics or landing page): a form posting to / (example-voting-app's vote) is the service's interface."""
    if not all(r.template in INFRA_PATHS for r in routes) or all(r.template == "/" for r in routes):
        return False
    return all(r.template != "/" or r.method in ("GET", "HEAD") for r in routes)


@check(
    "api-docs/spec-valid",
    title="The API description is valid",
    severity="high",
    needs=("OpenAPI spec",),
    rationale="An invalid spec breaks client generation, gateways and docs portals, and means nobody checked it.",
    remediation="Fix the reported errors (openapi-spec-validator lists them with their JSON path).",
    references=("https://github.com/python-openapi/openapi-spec-validator",),
)
def spec_valid(ctx: Context) -> Iterator[Finding]:
    docs = _api_docs(ctx)
    for problem in docs.problems:
        yield failed(f"{problem.path}: {problem.message}", Location(path=problem.path, line=problem.line))
    if not docs.specs and not docs.problems:
        yield skipped("no OpenAPI/Swagger document to validate")
    for spec in docs.specs:
        where = Location(path=spec.path)
        label = f"{spec.path} ({spec.kind} {spec.version})"
        if spec.valid is None:
            yield skipped(f"{label}: not validated: {'; '.join(spec.errors)}", where)
        elif spec.valid:
            yield passed(f"{label} is valid", where, {"operations": len(spec.operations)})
        else:
            line = spec.line_of(spec.error_paths[0]) if spec.error_paths and spec.error_paths[0] else None
            yield failed(f"{label} is invalid: {spec.errors[0]}", Location(path=spec.path, line=line),
                         {"errors": spec.errors, "error_count_shown": len(spec.errors)})


def _needs_schema(op: Operation) -> bool:
    """True when a success response should describe a body and none does."""
    success = [r for r in op.responses if r.status.startswith("2") or r.status.upper() == "2XX"]
    with_body = [r for r in success if r.status not in ("204", "205")]
    if op.method in ("HEAD", "OPTIONS") or (success and not with_body):
        return False
    candidates = with_body or [r for r in op.responses if r.status == "default"]
    return not any(r.has_schema for r in candidates)


@check(
    "api-docs/operations-documented",
    title="Every operation has a summary and response schemas",
    severity="low",
    needs=("OpenAPI spec",),
    rationale="An operation without a summary or a response schema documents that it exists, not what it does.",
    remediation="Give each operation a `summary` and describe the success response body with a schema.",
)
def operations_documented(ctx: Context) -> Iterator[Finding]:
    docs = _api_docs(ctx)
    if not docs.specs:
        yield skipped("no OpenAPI/Swagger document")
        return
    for spec in docs.specs:
        if not spec.operations:
            yield warned(f"{spec.path} declares no operations", Location(path=spec.path))
            continue
        no_summary = [op for op in spec.operations if not (op.summary or "").strip()]
        no_schema = [op for op in spec.operations if _needs_schema(op)]
        no_responses = [op for op in spec.operations if not op.responses]
        bad = no_summary or no_schema or no_responses
        evidence: dict[str, Any] = {"operations": len(spec.operations)}
        for key, ops in (("without_summary", no_summary), ("without_response_schema", no_schema),
                         ("without_responses", no_responses)):
            if ops:
                evidence[key] = [f"{op.method} {op.path}" for op in ops[:MAX_LISTED]]
        if bad:
            first = bad[0]
            parts = [f"{len(ops)} {label}" for label, ops in (("without summary", no_summary),
                                                              ("without a response schema", no_schema),
                                                              ("without responses", no_responses)) if ops]
            yield failed(f"{spec.path}: of {len(spec.operations)} operations, " + ", ".join(parts),
                         Location(path=spec.path, line=spec.line_of(first.pointer)), evidence)
        else:
            yield passed(f"{spec.path}: all {len(spec.operations)} operations have summaries and response schemas",
                         Location(path=spec.path), evidence)


def _spec_keys(spec: ApiSpec) -> dict[tuple[str, str], Operation]:
    """(method, template) -> operation, both with and without the spec's base path."""
    from deploycheck.sources.routes import join_paths, normalize_template

    out: dict[tuple[str, str], Operation] = {}
    for op in spec.operations:
        out[(op.method, normalize_template(op.path))] = op
        if spec.base_path:
            out.setdefault((op.method, normalize_template(join_paths(spec.base_path, op.path))), op)
    return out


def _matches(route: Route, keys: dict[tuple[str, str], Operation]) -> list[Operation]:
    from deploycheck.sources.routes import ANY_METHOD

    template = route.template
    if route.method == ANY_METHOD:
        return [op for (_, t), op in keys.items() if t == template]
    op = keys.get((route.method, template))
    return [op] if op else []


# A file that makes its folder a service (a build of its own): the routes below it are that service's.
_SERVICE_MARKERS = frozenset({"Dockerfile", "package.json", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts",
                              "setup.py", "pyproject.toml", "requirements.txt", "Cargo.toml", "Gemfile"})


def _test_path(path: str) -> bool:
    from deploycheck.sources.routes import is_test_path

    return is_test_path(path)


def _service_of(path: str, services: set[str]) -> str:
    """The innermost service folder holding `path` ("" = the repository itself)."""
    parts = path.split("/")[:-1]
    while parts and "/".join(parts) not in services:
        parts.pop()
    return "/".join(parts)


def _documented_services(ctx: Context, specs: list[ApiSpec], routes: list[Route]) -> tuple[dict[int, str], set[str]]:
    """Each route's service, and the services the specs document: the service a spec sits in when it serves
    routes, else the services some of whose routes the spec describes (bookinfo's swagger.yaml, above every
    service, describes productpage's /api/v1 only). A spec that describes no route of any service documents them
    all (it is compared with every route, as it always was)."""
    folders = {str(PurePosixPath(f).parent) for f in ctx.files.files
               if PurePosixPath(f).name in _SERVICE_MARKERS or f.endswith(".csproj")}
    services = {"" if folder == "." else folder for folder in folders}
    of_route = {id(r): _service_of(r.file, services) for r in routes}
    serving = set(of_route.values())
    documented: set[str] = set()
    for spec in specs:
        own = _service_of(spec.path, services)
        if own in serving:
            documented.add(own)
            continue
        keys = _spec_keys(spec)
        matched = {of_route[id(r)] for r in routes if _matches(r, keys)}
        documented |= matched or serving
    return of_route, documented


@check(
    "api-docs/spec-matches-code",
    title="The API description and the routes in the code agree",
    severity="medium",
    needs=("OpenAPI spec", "routes in code (Python, JS/TS, Go, Java, Rust, Ruby)"),
    rationale="A spec that lists operations the code lacks, or misses operations it serves, is out of date: "
              "clients and security reviews are working from the wrong contract.",
    remediation="Regenerate or edit the spec so every route is described and every described operation exists; "
                "health/metrics endpoints may stay out.",
)
def spec_matches_code(ctx: Context) -> Iterator[Finding]:
    docs = _api_docs(ctx)
    if not docs.specs:
        yield skipped("no OpenAPI/Swagger document to compare")
        return
    from deploycheck.sources.pyast import python_modules
    from deploycheck.sources.routes import operation_handler, spec_first

    routes = _code_routes(ctx).routes
    # connexion/FOCA: an operation is served by the function its operationId names
    first = spec_first({p: m for p, m in ctx.use(python_modules).modules.items() if not _test_path(p)})
    if not routes and first is None:
        yield skipped("no routes found in the code to compare with (FastAPI, Flask, Django, Express, Fastify, "
                      "NestJS, Go net/http/chi/gin/echo/gorilla, Spring, actix-web, axum, Sinatra are read)")
        return
    keys: dict[tuple[str, str], Operation] = {}
    for spec in docs.specs:
        keys.update(_spec_keys(spec))
    # a spec is compared with the routes of the service(s) it documents; another service's routes are not "missing
    # from" it: each such service is reported once, as serving routes no API description documents
    of_route, documented = _documented_services(ctx, docs.specs, routes)
    elsewhere: dict[str, list[Route]] = {}
    for route in routes:
        if of_route[id(route)] not in documented and not _matches(route, keys):
            elsewhere.setdefault(of_route[id(route)], []).append(route)
    for service, served in elsewhere.items():
        yield warned(f"{service or 'the repository root'}: {len(served)} route(s) "
                     f"({', '.join(f'{r.method} {r.path}' for r in served[:3])}{', ...' if len(served) > 3 else ''}) "
                     "are in no API description: the spec(s) here document other services "
                     f"({', '.join(sorted(s or '.' for s in documented))})",
                     Location(path=served[0].file, line=served[0].line),
                     {"routes": [f"{r.method} {r.path}" for r in served[:MAX_LISTED]],
                      "specs": [s.path for s in docs.specs]})
    routes = [r for r in routes if of_route[id(r)] in documented or _matches(r, keys)]
    matched_ops: set[int] = set()
    undocumented: list[Route] = []
    infra: list[str] = []
    preflight: list[str] = []
    hidden: list[str] = []
    pages: list[str] = []
    for route in routes:
        hits = _matches(route, keys)
        if hits:
            matched_ops.update(id(op) for op in hits)
        elif route.template in INFRA_PATHS:
            infra.append(f"{route.method} {route.path}")
        elif route.method == "OPTIONS":
            # a CORS preflight answer (gorilla's `.Methods("POST", "OPTIONS")` on every route of keel's API): the
            # browser's question before the real request, which is the operation a description documents
            preflight.append(f"{route.method} {route.path}")
        elif not route.in_schema:  # include_in_schema=False: the code says it is not part of the API
            hidden.append(f"{route.method} {route.path}")
        elif route.page:  # a web UI's page or form target (renders a template, redirects): not an API operation
            pages.append(f"{route.method} {route.path}: {route.page}")
        else:
            undocumented.append(route)
    all_ops = [op for spec in docs.specs for op in spec.operations]
    routed: list[str] = []
    if first is not None:
        for op in all_ops:
            handler = operation_handler(op.operation_id, first[1]) if id(op) not in matched_ops else None
            if handler:
                matched_ops.add(id(op))
                routed.append(f"{op.method} {op.path} -> {handler}")
    unimplemented = [op for op in all_ops if id(op) not in matched_ops]
    # A module whose build generates its server interfaces from its spec serves the spec's operations through code
    # the repository does not hold (the resource classes implement the generated interfaces): they agree with the
    # spec by construction, and the code's route scan cannot see them.
    from deploycheck.sources.openapi import generated_server_of, generated_servers

    servers = ctx.use(generated_servers)
    by_generator: dict[str, list[str]] = {}
    for op in unimplemented:
        if servers and (where := generated_server_of(op.spec, servers)):
            by_generator.setdefault(where, []).append(f"{op.method} {op.path}")
            matched_ops.add(id(op))
    unimplemented = [op for op in unimplemented if id(op) not in matched_ops]
    # Routes whose path the code builds at run time may serve any of these: not claimed missing.
    dynamic = _code_routes(ctx).unresolved
    maybe_served = [op for op in unimplemented
                    if any(not u.methods or op.method in u.methods for u in dynamic)]
    if maybe_served:
        unimplemented = [op for op in unimplemented if op not in maybe_served]
        yield skipped(f"{len(maybe_served)} operation(s) of the spec match no route with a literal path, and "
                      f"{len(dynamic)} route(s) in the code build their path at run time "
                      f"({', '.join(f'{u.file}:{u.line} {u.expression}' for u in dynamic[:3])}): not judged",
                      Location(path=dynamic[0].file, line=dynamic[0].line),
                      {"operations_not_judged": [f"{op.method} {op.path}" for op in maybe_served[:MAX_LISTED]],
                       "dynamic_routes": [f"{u.file}:{u.line} {u.expression}" for u in dynamic[:MAX_LISTED]]})
    evidence: dict[str, Any] = {"routes_in_code": len(routes), "operations_in_spec": len(all_ops),
                                "matched_operations": len(matched_ops)}
    if routed:
        evidence[f"operations_routed_by_{first[0] if first else ''}_operationId"] = routed[:MAX_LISTED]
    if by_generator:
        evidence["operations_served_by_generated_server"] = {where: ops[:MAX_LISTED]
                                                             for where, ops in sorted(by_generator.items())}
    if infra:
        evidence["operational_routes_not_in_spec"] = infra
    if preflight:
        evidence["cors_preflight_routes_not_in_spec"] = preflight[:MAX_LISTED]
    if hidden:
        evidence["routes_kept_out_of_the_schema"] = hidden[:MAX_LISTED]
    if pages:
        evidence["web_pages_not_in_spec"] = pages[:MAX_LISTED]
    for route in undocumented[:MAX_LISTED]:
        yield failed(f"{route.method} {route.path} is served by the code but not in the API description",
                     Location(path=route.file, line=route.line), {"framework": route.framework,
                                                                   "handler": route.handler})
    spec_by_path = {s.path: s for s in docs.specs}
    for op in unimplemented[:MAX_LISTED]:
        spec = spec_by_path[op.spec]
        served_by = f" (nor a function its operationId {op.operation_id!r} names, which {first[0]} would route it to)" \
            if first is not None else ""
        yield failed(f"{op.method} {op.path} is in {op.spec} but no route in the code serves it{served_by}",
                     Location(path=op.spec, line=spec.line_of(op.pointer)))
    if len(undocumented) > MAX_LISTED or len(unimplemented) > MAX_LISTED:
        evidence["undocumented_total"] = len(undocumented)
        evidence["unimplemented_total"] = len(unimplemented)
        yield failed(f"{len(undocumented)} undocumented routes and {len(unimplemented)} unimplemented operations "
                     f"in total (first {MAX_LISTED} of each listed)", evidence=evidence)
    if not undocumented and not unimplemented:
        judged = len(all_ops) - len(maybe_served)
        by_id = f", {len(routed)} of them through the function their operationId names ({first[0]})" \
            if routed and first else ""
        generated = sum(len(ops) for ops in by_generator.values())
        if generated:
            by_id += (f"{', and' if by_id else ','} {generated} of them through the server interfaces their module's "
                      f"build generates from the spec ({', '.join(sorted(by_generator)[:3])}"
                      f"{', ...' if len(by_generator) > 3 else ''})")
        yield passed(f"all {judged} operations judged match the {len(routes)} routes in the code{by_id}"
                     if maybe_served else f"all {len(all_ops)} operations match the {len(routes)} routes in the "
                     f"code{by_id}",
                     evidence=evidence)
