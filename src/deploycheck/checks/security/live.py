"""Live security: protected operations refuse strangers, the service's TLS certificate, the OIDC issuer."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.probes import NEEDS_URL, guarded

if TYPE_CHECKING:
    import httpx

    from deploycheck.context import Context
    from deploycheck.probes.http import Operation

TLS_WARN_DAYS = 14


@check(
    "endpoint-security/live-auth-enforced",
    title="Protected operations refuse unauthenticated requests and invalid tokens",
    severity="critical",
    needs=("--url", "OpenAPI spec"),
    live=True,
    rationale="""
        A spec that declares security proves nothing about the running service: a missing
        dependency or middleware leaves a route open. Each operation the spec marks as protected is
        called without credentials and with a well-formed but forged bearer token; only 401 or 403 is
        acceptable. A 200 means the route is open; a 500 means token handling crashes.""",
    remediation="Enforce authentication on the named operation (and answer 401/403, not 500, to bad tokens).",
    references=("https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/",),
)
@guarded
def live_auth_enforced(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import (
        base_url,
        cached_spec_operations,
        client_for,
        code_protected_operations,
        probe_auth,
    )

    base = base_url(ctx)
    if not base:
        yield skipped(NEEDS_URL)
        return
    ops = cached_spec_operations(ctx)
    ops = ops + code_protected_operations(ctx, ops)
    public = ctx.config.policy.get("public_paths", [])
    protected = [op for op in ops if op.protected and not any(fnmatch.fnmatch(op.path, p) for p in public)]
    if not ops:
        yield skipped("no OpenAPI spec operations or auth-guarded code routes found to learn which operations "
                      "are protected")
        return
    if not protected:
        yield skipped("neither the OpenAPI spec nor the code marks an operation as protected; nothing to verify "
                      "live")
        return
    token = _valid_token(ctx)
    with client_for(ctx) as client:
        for n, op in enumerate(protected, 1):
            ctx.progress(f"auth {n}/{len(protected)}: {op.label}")
            probe = probe_auth(client, base, op)
            where = Location(path=op.spec_file.split(":")[0], url=probe.without_credentials.url)
            evidence = {"without_credentials": probe.without_credentials.status or probe.without_credentials.error,
                        "invalid_token": probe.invalid_token.status or probe.invalid_token.error}
            answers = (("without credentials", probe.without_credentials),
                       ("with an invalid bearer token", probe.invalid_token))
            broken = [(label, res) for label, res in answers if res.error]
            redirected = [(label, res) for label, res in answers if not res.error and 300 <= (res.status or 0) < 400]
            issues = [f"{label}: answered {res.status} (expected 401/403)" for label, res in answers
                      if not res.error and res.status not in (401, 403) and not 300 <= (res.status or 0) < 400]
            if broken:
                # A transport failure (reset, timeout, refusal to send) says nothing about the endpoint.
                label, res = broken[0]
                yield errored(f"{op.label} {label}: no answer to judge: {res.error}", where, evidence)
            elif issues:
                yield failed(f"{op.label} is not protected: {'; '.join(issues)}", where, evidence)
            elif redirected:
                # Redirects are not followed (they could lead off the origin): a 302 to a login page is
                # neither a refusal nor an acceptance that deploycheck can see.
                yield warned(f"{op.label} answered redirects ({', '.join(str(r.status) for _, r in redirected)} to "
                             f"{redirected[0][1].headers.get('location', '?')}): not followed, so whether it is "
                             f"protected cannot be told", where, evidence)
            else:
                yield passed(f"{op.label} refuses requests without credentials ({probe.without_credentials.status}) "
                             f"and with an invalid token ({probe.invalid_token.status})", where, evidence)
            if token and op.method == "GET" and "{" not in op.path:
                yield from _valid_token_finding(client, base, op, token, where)


def _valid_token(ctx: Context) -> str | None:
    """The bearer token named by `token_env` (the variable's name is config, its value never is)."""
    import os

    name = ctx.target("token_env")
    return os.environ.get(str(name)) if name else None


def _valid_token_finding(client: httpx.Client, base: str, op: Operation, token: str, where: Location
                         ) -> Iterator[Finding]:
    """With a valid token the operation must let the caller in: refusing everyone is broken too."""
    from deploycheck.probes.http import fetch, join

    value = token if token.lower().startswith("bearer ") else f"Bearer {token}"
    res = fetch(client, "GET", join(base, op.concrete_path()), headers={"Authorization": value}, max_bytes=4096)
    if res.error:
        yield errored(f"{op.label} with the token from token_env: {res.error}", where)
    elif 300 <= (res.status or 0) < 400:
        yield warned(f"{op.label} with the token from token_env answered a redirect ({res.status}); a redirect "
                     f"neither accepts nor rejects the token", where, {"status": res.status})
    elif res.status in (401, 403) or (res.status or 0) >= 500:
        yield failed(f"{op.label} refuses the valid token from token_env ({res.status}): the service rejects "
                     "tokens its issuer issues (audience, issuer or key mismatch?)", where, {"status": res.status})
    else:
        yield passed(f"{op.label} accepts the valid token from token_env ({res.status})", where,
                     {"status": res.status})


@check(
    "endpoint-security/live-tls",
    title="The service's TLS certificate is valid and not about to expire",
    severity="high",
    needs=("--url",),
    live=True,
    rationale="""
        An expired or untrusted certificate takes the service down for every client that verifies
        TLS. The handshake is made with full verification (chain and host name; `tls_ca_file` in the
        environment adds a private CA) and the certificate's expiry is reported.""",
    remediation="Renew or fix the certificate (cert-manager, or your CA); make sure it names the host.",
)
@guarded
def live_tls(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import base_url, tls_certificate, url_host_port

    base = base_url(ctx)
    if not base:
        yield skipped(NEEDS_URL)
        return
    if not base.startswith("https://"):
        yield not_applicable(f"the target {base} is plain HTTP; TLS is verified for https:// URLs")
        return
    host, port = url_host_port(base)
    yield from tls_findings(tls_certificate(host, port, ctx.target("tls_ca_file")), Location(url=base))


def tls_findings(info: object, where: Location, label: str = "") -> Iterator[Finding]:
    """Findings for one TLS handshake (shared with the external-services probe)."""
    from deploycheck.probes.http import TlsInfo

    assert isinstance(info, TlsInfo)
    name = label or f"{info.host}:{info.port}"
    evidence = {"not_after": info.not_after, "days_left": round(info.days_left, 1) if info.days_left else None,
                "issuer": info.issuer, "tls_version": info.version}
    if info.error:
        yield failed(f"TLS to {name}: {info.error}", where, {"error": info.error})
    elif info.days_left is None:
        yield errored(f"TLS to {name}: the peer sent no certificate expiry", where, evidence)
    elif info.days_left < 0:
        yield failed(f"TLS certificate of {name} expired on {info.not_after}", where, evidence)
    elif info.days_left < TLS_WARN_DAYS:
        yield warned(f"TLS certificate of {name} expires in {info.days_left:.0f} day(s) ({info.not_after})",
                     where, evidence)
    else:
        yield passed(f"TLS certificate of {name} is valid until {info.not_after} "
                     f"({info.days_left:.0f} days, {info.version})", where, evidence)


@check(
    "auth-protocols/live-oidc",
    title="The OIDC issuer's discovery document and JWKS are reachable and consistent",
    severity="high",
    needs=("oidc_issuer in the environment or auth.issuer in the config",),
    live=True,
    rationale="""
        If the issuer's discovery document or its keys cannot be fetched, or disagree with what the
        service expects, every token validation fails at once (or worse, a validator falls back to a
        weaker path). deploycheck fetches /.well-known/openid-configuration, checks the issuer string
        matches exactly, that jwks_uri serves usable public keys for the advertised algorithms (and
        never 'none'), and that the OpenAPI security schemes name the same URLs.""",
    remediation="Point the service and its spec at the issuer's real discovery URL; publish keys for every "
                "advertised algorithm; never advertise 'none'.",
    references=("https://openid.net/specs/openid-connect-discovery-1_0.html",
                "https://www.rfc-editor.org/rfc/rfc7517"),
)
@guarded
def live_oidc(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.http import client_for
    from deploycheck.probes.oidc import probe_oidc
    from deploycheck.sources.openapi import api_docs

    auth = ctx.config.section("auth") or {}
    issuer = ctx.target("oidc_issuer") or auth.get("issuer")
    if not issuer:
        yield skipped("needs the issuer: `oidc_issuer:` in the environment or `auth.issuer:` in the config")
        return
    discovery_urls: list[str] = []
    endpoints: dict[str, list[str]] = {"authorization_endpoint": [], "token_endpoint": []}
    for scheme in ctx.use(api_docs).security_schemes.values():
        if scheme.open_id_connect_url:
            discovery_urls.append(scheme.open_id_connect_url)
        for flow in scheme.flows.values():
            for key, name in (("authorizationUrl", "authorization_endpoint"), ("tokenUrl", "token_endpoint")):
                if isinstance(flow.get(key), str):
                    endpoints[name].append(flow[key])
    with client_for(ctx, target=str(issuer), any_origin=True) as client:
        report = probe_oidc(client, str(issuer), expected_jwks=auth.get("jwks_url"),
                            spec_discovery_urls=discovery_urls, spec_endpoints=endpoints)
    where = Location(url=report.discovery_url)
    evidence = {"issuer": report.issuer, "jwks_uri": report.jwks_url, "keys": len(report.keys),
                "algorithms": report.algorithms}
    for problem in report.problems:
        yield failed(f"OIDC issuer {report.issuer}: {problem}", where, evidence)
    if not report.problems:
        yield passed(f"OIDC issuer {report.issuer}: discovery and JWKS reachable and consistent "
                     f"({len(report.keys)} key(s), {', '.join(report.algorithms) or 'no algorithms listed'})",
                     where, evidence)


@check(
    "auth-protocols/live-audience",
    title="The service accepts tokens for its own audience and refuses tokens issued for another",
    severity="high",
    needs=("auth.audience", "--url", "token_env", "auth.other_audience_token_env", "OpenAPI spec"),
    live=True,
    rationale="""
        A service that checks only the signature of a token accepts every token its issuer ever issued,
        for any other service of the organisation: a token stolen from (or legitimately held for) the
        least important API opens this one. A protected GET of the spec is called with the token from
        token_env, which must be for the configured audience and be accepted, and with a token the same
        issuer signed for another audience (auth.other_audience_token_env; its signature, issuer and
        expiry are verified against the issuer's JWKS first, so a refusal can only be the audience),
        which must be refused with 401/403.""",
    remediation="Validate the `aud` claim against the service's own audience (e.g. PyJWT `audience=`, "
                "Spring `spring.security.oauth2.resourceserver.jwt.audiences`, express-jwt `audience`).",
    references=("https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3",
                "https://www.rfc-editor.org/rfc/rfc9068#section-4"),
)
@guarded
def live_audience(ctx: Context) -> Iterator[Finding]:
    import os

    from deploycheck.probes.http import base_url, cached_spec_operations, client_for, code_protected_operations

    auth = ctx.config.section("auth") or {}
    audience = auth.get("audience")
    if not audience:
        yield skipped("needs the service's audience: `auth.audience:` in the config or the environment")
        return
    base = base_url(ctx)
    if not base:
        yield skipped(NEEDS_URL)
        return
    token = _valid_token(ctx)
    if not token:
        yield skipped(f"needs token_env in the environment: a valid token for audience {audience!r} to show the "
                      "service accepts it")
        return
    ops = cached_spec_operations(ctx)
    ops = ops + code_protected_operations(ctx, ops)
    public = ctx.config.policy.get("public_paths", [])
    candidates = [op for op in ops if op.protected and op.method == "GET" and "{" not in op.path
                  and not op.required_params and not any(fnmatch.fnmatch(op.path, p) for p in public)]
    if not candidates:
        yield skipped("no protected GET operation without parameters in the OpenAPI spec or the code to send the "
                      "tokens to")
        return
    op = candidates[0]
    where = Location(path=op.spec_file.split(":")[0] or None, url=base.rstrip("/") + op.concrete_path())
    own = _claims(token)
    auds = _audiences(own)
    if str(audience) not in auds:
        yield failed(f"the token from token_env is for audience {', '.join(auds) or '(none)'}, not the configured "
                     f"audience {audience!r}: give verify a token issued for this service", where, {"aud": auds})
    else:
        with client_for(ctx) as client:
            yield from _audience_answer(client, base, op, token, f"a token for its audience {audience!r}",
                                        expect_refusal=False, where=where)
    other_env = auth.get("other_audience_token_env")
    other = os.environ.get(str(other_env)) if other_env else None
    if not other_env:
        yield skipped("needs auth.other_audience_token_env: the NAME of an env var holding a valid token the same "
                      "issuer signed for another audience, to show the service refuses it", where)
        return
    if not other:
        yield errored(f"environment variable {other_env} (named by auth.other_audience_token_env) is not set", where)
        return
    other_auds = _audiences(_claims(other))
    if str(audience) in other_auds or not other_auds:
        yield errored(f"the token from {other_env} is for audience {', '.join(other_auds) or '(none)'}: it must be "
                      f"for another audience than {audience!r} to test the audience check", where)
        return
    issuer = ctx.target("oidc_issuer") or auth.get("issuer")
    if not issuer:
        yield skipped("needs the issuer (oidc_issuer or auth.issuer) to verify the other-audience token's "
                      "signature first; without it a refusal could be for its signature, not its audience", where)
        return
    with client_for(ctx, target=str(issuer), any_origin=True) as client:
        problem = _verify_except_audience(client, str(issuer), other)
    if problem:
        yield errored(f"the token from {other_env} does not verify against the issuer {issuer}: {problem}; a "
                      "refusal would not show the audience is checked", where)
        return
    with client_for(ctx) as client:
        yield from _audience_answer(client, base, op, other, f"a token for another audience "
                                    f"({', '.join(other_auds)}), same issuer and key", expect_refusal=True,
                                    where=where)


def _claims(token: str) -> dict[str, object]:
    import jwt

    raw = token[7:] if token.lower().startswith("bearer ") else token
    try:
        claims = jwt.decode(raw, options={"verify_signature": False})
    except jwt.PyJWTError:
        return {}
    return claims if isinstance(claims, dict) else {}


def _audiences(claims: dict[str, object]) -> list[str]:
    aud = claims.get("aud")
    return [aud] if isinstance(aud, str) else [str(a) for a in aud] if isinstance(aud, list) else []


def _verify_except_audience(client: httpx.Client, issuer: str, token: str) -> str | None:
    """Signature (against the issuer's JWKS, from its discovery document), issuer and expiry of `token`;
    the audience is left out on purpose. None when it verifies, else what is wrong."""
    import jwt

    from deploycheck.probes.oidc import probe_oidc

    report = probe_oidc(client, issuer)
    if not report.keys:
        return "; ".join(report.problems) or "the issuer's JWKS has no keys"
    raw = token[7:] if token.lower().startswith("bearer ") else token
    try:
        header = jwt.get_unverified_header(raw)
        keys = [k for k in report.keys if not header.get("kid") or k.get("kid") == header.get("kid")]
        if not keys:
            return f"no key {header.get('kid')!r} in the issuer's JWKS"
        algorithms = report.algorithms or ["RS256"]
        jwt.decode(raw, jwt.PyJWK(keys[0]).key, algorithms=[a for a in algorithms if a != "none"], issuer=issuer,
                   options={"verify_aud": False, "require": ["exp", "iss"]})
    except (jwt.PyJWTError, ValueError, KeyError, TypeError) as exc:
        return str(exc) or type(exc).__name__
    return None


def _audience_answer(client: httpx.Client, base: str, op: Operation, token: str, what: str, *,
                     expect_refusal: bool, where: Location) -> Iterator[Finding]:
    from deploycheck.probes.http import fetch, join

    value = token if token.lower().startswith("bearer ") else f"Bearer {token}"
    res = fetch(client, "GET", join(base, op.concrete_path()), headers={"Authorization": value}, max_bytes=4096)
    evidence = {"operation": op.label, "status": res.status or res.error}
    refused = res.status in (401, 403)
    if res.error:
        yield errored(f"{op.label} with {what}: no answer to judge: {res.error}", where, evidence)
    elif 300 <= (res.status or 0) < 400:
        yield warned(f"{op.label} with {what} answered a redirect ({res.status}): neither accepted nor refused",
                     where, evidence)
    elif (res.status or 0) >= 500:
        yield failed(f"{op.label} with {what} answered {res.status}: token handling fails", where, evidence)
    elif expect_refusal and not refused:
        yield failed(f"{op.label} accepts {what} ({res.status}): the service does not check the token's audience",
                     where, evidence)
    elif not expect_refusal and refused:
        yield failed(f"{op.label} refuses {what} ({res.status})", where, evidence)
    else:
        yield passed(f"{op.label} {'refuses' if expect_refusal else 'accepts'} {what} ({res.status})", where,
                     evidence)
