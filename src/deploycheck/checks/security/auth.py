"""auth-protocols (static): OAuth2/OIDC schemes use HTTPS; tokens are validated properly in code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from deploycheck.checks._unread import unread_findings, unread_python
from deploycheck.checks.registry import check, failed, manual, not_applicable, passed, skipped, warned
from deploycheck.checks.security.api import is_public, public_patterns, spec_location
from deploycheck.model import Finding, Location
from deploycheck.sources.codefacts import code_facts

if TYPE_CHECKING:
    from deploycheck.context import Context


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _insecure(url: str) -> bool:
    # A relative URL resolves against the server URL (OpenAPI 3); only an explicit http:// is insecure.
    return urlsplit(url).scheme.lower() == "http"


def _loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in _LOOPBACK or host.startswith("127.")


@check(
    "auth-protocols/security-schemes",
    title="OAuth2/OpenID Connect security schemes use HTTPS endpoints",
    severity="high",
    needs=("OpenAPI spec",),
    rationale="Tokens and authorization codes sent over plain HTTP can be read and replayed by anyone on the path.",
    remediation="Use https:// for authorizationUrl, tokenUrl, refreshUrl and openIdConnectUrl.",
    references=("https://spec.openapis.org/oas/v3.1.0#oauth-flow-object",),
)
def security_schemes(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.openapi import api_docs

    specs = ctx.use(api_docs).specs
    if not specs:
        yield skipped("no OpenAPI/Swagger spec found")
        return
    found = 0
    for spec in specs:
        for scheme in spec.security_schemes.values():
            urls: list[tuple[str, str]] = []
            if scheme.type == "oauth2":
                for flow, body in scheme.flows.items():
                    urls += [(f"{flow}.{key}", str(body[key])) for key in ("authorizationUrl", "tokenUrl", "refreshUrl")
                             if isinstance(body, dict) and body.get(key)]
            elif scheme.type == "openIdConnect" and scheme.open_id_connect_url:
                urls.append(("openIdConnectUrl", scheme.open_id_connect_url))
            else:
                continue
            found += 1
            bad = [(k, u) for k, u in urls if _insecure(u)]
            key = "securityDefinitions" if spec.kind == "swagger" else "components"
            where = (spec_location(spec, key, scheme.name) if key == "securityDefinitions"
                     else spec_location(spec, key, "securitySchemes", scheme.name))
            if bad and all(_loopback(u) for _, u in bad):
                # a local identity provider for development: no network path to eavesdrop on
                yield warned(f"{spec.path}: scheme {scheme.name} uses plain HTTP to a loopback address "
                             f"(local development only)", where, {k: u for k, u in bad})
            elif bad:
                yield failed(f"{spec.path}: scheme {scheme.name} uses plain HTTP ({', '.join(k for k, _ in bad)})",
                             where, {k: u for k, u in bad})
            elif scheme.type == "oauth2" and not urls:
                yield failed(f"{spec.path}: oauth2 scheme {scheme.name} declares no flow URLs", where)
            else:
                yield passed(f"{spec.path}: {scheme.type} scheme {scheme.name} uses HTTPS", where, dict(urls))
    if not found:
        kinds = sorted({s.type for spec in specs for s in spec.security_schemes.values()})
        yield not_applicable("no OAuth2/OpenID Connect schemes in the spec"
                             + (f" (schemes: {', '.join(kinds)})" if kinds else ""))


_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# libraries that read a credential from the request and validate nothing (OAuth2PasswordBearer, HTTPBearer, ...)
_EXTRACTORS_ONLY = frozenset({"fastapi.security"})
# frameworks whose guards hand the token to code deploycheck does not read for token handling
_TOKENS_ELSEWHERE = {"api-platform": "Symfony's firewall (security.yaml's access_token handler or an authenticator)",
                     "rails": "the controllers' before_action methods (Ruby)"}

# Token handling a file may hold (PyJWT, python-jose, authlib, a bearer header read by hand).
_TOKEN_MARKERS = re.compile(r"\bjwt\b|\bjose\b|\bauthlib\b|\b[Bb]earer\b")


@check(
    "auth-protocols/token-validation",
    title="Tokens are validated by an established library with signature, algorithm, audience and issuer",
    severity="critical",
    needs=("source code",),
    rationale="A JWT accepted without signature check, with alg 'none', or for another audience/issuer lets "
              "anyone forge or replay identities.",
    remediation="Use PyJWT/python-jose/authlib with a pinned `algorithms=[...]`, `audience=` and `issuer=` (Go: "
                "golang-jwt with a key function checking token.Method plus WithAudience/WithIssuer, or go-oidc; "
                "JavaScript: jsonwebtoken's verify with algorithms/audience/issuer, or jose; Java: java-jwt's "
                "JWT.require(...).withAudience().withIssuer(); C#: AddJwtBearer without ValidateAudience/"
                "ValidateIssuer/RequireSignedTokens = false); never disable verification (options "
                "verify_signature False, verify=False, ParseUnverified).",
    references=("https://pyjwt.readthedocs.io/en/stable/usage.html",
                "https://datatracker.ietf.org/doc/html/rfc8725"),
)
def token_validation(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.routes import code_routes
    from deploycheck.sources.token_verify import token_reviews, token_verifications
    from deploycheck.sources.web_frameworks import unread_web_frameworks

    facts = ctx.use(code_facts)
    verifications = ctx.use(token_verifications)  # Go, Java and C#: C# alone is no source file of code_facts
    if not facts.source_files and not verifications and not any(
            r.framework in _TOKENS_ELSEWHERE for r in ctx.use(code_routes).routes):  # PHP, Ruby: no code_facts file
        yield skipped("no source code found")
        return
    # Token handling in a file the parser could not read was not checked: never "no token decoding here".
    unread = unread_python(ctx, _TOKEN_MARKERS)
    yield from unread_findings(unread, "handles tokens")
    decodes = [d for d in [*facts.jwt_decodes, *verifications] if not d.test]
    for d in decodes:
        where = Location(path=d.file, line=d.line)
        problems = []
        if d.verify_disabled:
            problems.append("verification disabled")
        if d.alg_none:
            problems.append("algorithm 'none' accepted")
        if not d.algorithms_given:
            problems.append("no algorithms pinned")
        if not d.audience:
            problems.append("audience not checked")
        # A token the service signs itself with an HMAC key only it holds (jwt.encode with the same key) has one
        # possible issuer: the signature proves it (binderhub's build tokens: encode in main.py, decode in base.py
        # with key, audience and algorithms=["HS256"]). A shared key from elsewhere still needs the issuer checked.
        self_issued = d.hmac_key is not None and d.hmac_key in facts.jwt_signing_keys
        if not d.issuer and not self_issued:
            problems.append("issuer not checked")
        if problems:
            yield failed(f"{d.library} token decode: {', '.join(problems)}", where, {"library": d.library})
        elif not d.issuer:
            # (the key expression is never shown: written inline it could be the secret itself)
            yield passed(f"{d.library} token decode pins HMAC algorithms and checks audience; the service signs these "
                         "tokens itself with the same key (jwt.encode), so the signature proves the issuer",
                         where, {"library": d.library, "self_issued": True})
        else:
            yield passed(f"{d.library} token decode pins algorithms and checks audience and issuer", where)
    if decodes or unread:
        return
    # fastapi.security's schemes only take the credential out of the request and hand it to the service's own
    # dependency (FastAPI's tutorial decodes it with `fake_decode_token`): importing them validates nothing
    libraries = sorted({a.detail for a in facts.auth_libraries if not a.test and a.detail not in _EXTRACTORS_ONLY})
    # the Kubernetes API server validating the service's bearer tokens (TokenReview) is an established validator, as
    # an auth library is (tekton-results' RBAC authorizer; metrics-server's label says the same of its delegation)
    libraries += [f"Kubernetes TokenReview ({rel}:{line})" for rel, line in ctx.use(token_reviews)[:2]]
    route_set = ctx.use(code_routes)
    routes = route_set.routes
    # API Platform's `security:` expressions ask Symfony's firewall who the caller is, Rails' before_action runs a
    # Ruby method: the token is validated there (security.yaml's access_token handler, an authenticator class, the
    # controller's method), in code deploycheck does not read for token handling. Such routes say nothing about how
    # tokens are validated: never a pass, nor "no authentication at all"
    elsewhere = [r for r in routes if r.framework in _TOKENS_ELSEWHERE]
    routes = [r for r in routes if r.framework not in _TOKENS_ELSEWHERE]
    # a route behind an auth layer (Spring Security's `anyRequest().hasRole(...)`, LoginRequiredMiddleware) is
    # authenticated by that library as much as one with its own decorator: "no authentication at all" is untrue
    # (polar-bookshop's catalog, whose writes only the global chain guards)
    guarded = [r for r in routes if r.auth_hints or route_set.layer_for(r)]
    if elsewhere and not guarded and not libraries:
        secured = [r for r in elsewhere if r.auth_hints]
        validators = sorted({_TOKENS_ELSEWHERE[r.framework] for r in elsewhere})
        yield skipped(f"{len(elsewhere)} {'/'.join(sorted({r.framework for r in elsewhere}))} route(s) "
                      f"({len(secured)} guarded): tokens are validated by {' and '.join(validators)}, which "
                      "deploycheck does not read; check its signature, algorithm, audience and issuer rules by hand",
                      Location(path=elsewhere[0].file, line=elsewhere[0].line),
                      {"hints": sorted({h for r in secured for h in r.auth_hints})[:10]})
        return
    if libraries:
        yield passed(f"authentication through {', '.join(libraries[:5])}; no hand-made token decoding",
                     evidence={"libraries": libraries})
    elif routes and not guarded and (closed := [r for r in routes if not is_public(r.path, public_patterns(ctx))]):
        first = Location(path=closed[0].file, line=closed[0].line)
        if inert := sorted({r.inert_guard for r in closed if r.inert_guard}):
            # a guard that is only a name (it can never refuse a request) validates no token: the routes read as
            # guarded by their decorator's or dependency's name alone passed here
            reasons = [r.inert_reason for r in closed if r.inert_guard]
            why = ("they refuse no request, answer no 401/403 and call nothing that could" if not all(reasons) else
                   "they check no credential: no 401/403, no login redirect, no token or session verified"
                   if all(w.startswith("checks no credential") for w in reasons) else reasons[0])
            yield failed(f"{len(closed)} API routes, and their guards let every caller in ({', '.join(inert[:3])}"
                         f"{', ...' if len(inert) > 3 else ''}: {why}); nothing verifies tokens", first,
                         {"guards": inert[:10]})
            return
        if all(r.method in _READ_METHODS for r in closed):
            # nothing takes a credential and every route only reads (python-demoapp's GET pages and JSON views): no
            # token reaches this code. Whether the reads may be public is endpoint-security/route-auth's question,
            # which policy.public_paths answers; never a pass here
            yield manual(f"{len(closed)} API routes, every one a read (GET/HEAD/OPTIONS), and nothing handles "
                         "tokens: confirm the reads are public by design (policy.public_paths) or add authentication",
                         first, {"routes": sorted({f"{r.method} {r.path}" for r in closed})[:20]})
            return
        # ("no token validation" read as a secret `token: validation` by the report redactor: said otherwise)
        yield failed(f"{len(closed)} API routes and no authentication at all (no auth library, nothing verifies "
                     f"tokens, no auth dependency on any route)", first)
    elif routes and not guarded and not route_set.unresolved:
        yield not_applicable(f"nothing handles tokens, and all {len(routes)} routes are public by policy "
                             f"({', '.join(sorted({r.path for r in routes})[:5])})")
    elif guarded:
        yield passed(f"{len(guarded)} routes carry auth dependencies or sit behind an auth layer; no token decoding in "
                     "this code base",
                     evidence={"hints": sorted({h for r in guarded for h in r.auth_hints})[:10]})
    elif unjudged := route_set.unresolved:
        # routes whose path or guard the text does not tell (a router group the caller makes): whether tokens reach
        # them is unknown, so neither "all public" nor "no routes"
        yield skipped(f"nothing in the code handles tokens, and {len(unjudged)} route registration(s) are not judged "
                      f"(e.g. {unjudged[0].file}:{unjudged[0].line} {unjudged[0].expression}): whether they take "
                      "credentials cannot be told", Location(path=unjudged[0].file, line=unjudged[0].line))
    elif frameworks := unread_web_frameworks(ctx):
        # a framework whose routes no reader reads: "no API routes" is not known (tornado, Javalin, Ktor, ...)
        use = frameworks[0]
        yield skipped(f"nothing in the code handles tokens, but {use.file}:{use.line} serves HTTP with "
                      f"{use.framework}, whose routes deploycheck does not read: whether they take credentials "
                      "cannot be told",
                      Location(path=use.file, line=use.line), {"frameworks": sorted({u.framework for u in frameworks})})
    else:
        yield not_applicable("no API routes, and nothing in the code handles tokens")


@check(
    "auth-protocols/tls-verification",
    title="TLS certificate verification is never switched off",
    severity="high",
    needs=("source code or configuration",),
    rationale="A client that accepts any certificate talks to whoever answers: on the path to the database, "
              "an identity provider or an API, a man in the middle reads and changes everything, tokens and "
              "passwords included. `sslmode=disable` toward a host outside the cluster sends the database "
              "password and data in clear.",
    remediation="Remove the switch (verify=False, InsecureSkipVerify, rejectUnauthorized: false, "
                "NODE_TLS_REJECT_UNAUTHORIZED=0, tlsAllowInvalidCertificates=true, TrustServerCertificate=true, a "
                "trust-all verifier) and give "
                "the client the CA that signed the server's certificate instead (verify=/path/ca.pem, RootCAs, "
                "NODE_EXTRA_CA_CERTS, tlsCAFile, sslmode=verify-full with sslrootcert).",
    references=("https://owasp.org/www-community/vulnerabilities/Improper_Certificate_Validation",
                "https://www.postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION",
                "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue"),
)
def tls_verification(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.tls_settings import tls_verification_off

    found = ctx.use(tls_verification_off)
    places = [p for p in found if not p.inspection and not p.option and not p.switch and not p.local]
    local = [f"{p.file}:{p.line} {p.setting}" for p in found if p.local]
    inspections = [f"{p.file}:{p.line} {p.setting}" for p in found if p.inspection]
    options = [f"{p.file}:{p.line} {p.setting} (only when the caller passes {p.option}=False)"
               for p in found if p.option and not p.inspection]
    # an opt-in setting nothing in the repository turns on (a CLI's --insecure flag, as kubectl's)
    options += [f"{p.file}:{p.line} {p.setting} (only when {p.switch.lstrip('!')} is "
                f"{'off' if p.switch.startswith('!') else 'on'}, which nothing in the repository sets)"
                for p in found if p.switch and not p.option and not p.inspection]
    for place in places:
        where = Location(path=place.file, line=place.line)
        yield failed(f"TLS certificate verification is switched off: {place.setting}"
                     + (f" ({place.object})" if place.object else ""), where, {"setting": place.setting})
    if not places:
        notes = ([f"{len(inspections)} unverified dial(s) only read the peer certificate's expiry"] if inspections
                 else []) + ([f"{len(options)} switch(es) only behind a caller's option or an opt-in setting"]
                             if options else []) + (
            [f"{len(local)} in local-development compose files (the service deploys to Kubernetes)"] if local else [])
        evidence = {k: v for k, v in (("certificate_inspection", inspections), ("option_branches", options),
                                      ("local_compose", local)) if v}
        yield passed("no production code or configuration switches TLS certificate verification off"
                     + (f" ({'; '.join(notes)})" if notes else ""), evidence=evidence or None)
