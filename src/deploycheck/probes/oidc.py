"""The OIDC issuer: discovery document and JWKS reachable and consistent (with each other and the spec).

Only the issuer the user named (environment `oidc_issuer`, or `auth.issuer` in the config) and the
JWKS URI its own discovery document gives are contacted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from deploycheck.probes.http import HttpResult, fetch

if TYPE_CHECKING:
    import httpx

DISCOVERY_PATH = "/.well-known/openid-configuration"
# JWS algorithm family -> the JWK key type that can verify it (RFC 7518 section 3.1, RFC 8037).
ALG_KTY = {"RS": "RSA", "PS": "RSA", "ES": "EC", "Ed": "OKP"}


@dataclass
class OidcReport:
    issuer: str
    discovery_url: str
    discovery: HttpResult
    jwks_url: str | None = None
    jwks: HttpResult | None = None
    document: dict[str, Any] = field(default_factory=dict)
    keys: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # consistency problems, each a sentence

    @property
    def algorithms(self) -> list[str]:
        algs = self.document.get("id_token_signing_alg_values_supported")
        return [str(a) for a in algs] if isinstance(algs, list) else []


def discovery_url(issuer: str) -> str:
    return issuer.rstrip("/") + DISCOVERY_PATH


def _json(res: HttpResult, what: str, problems: list[str]) -> Any:
    if res.error:
        problems.append(f"{what} {res.url} unreachable: {res.error}")
        return None
    if res.status != 200:
        problems.append(f"{what} {res.url} answered {res.status}")
        return None
    try:
        return json.loads(res.body)
    except ValueError:
        problems.append(f"{what} {res.url} is not JSON")
        return None


def _is_loopback(url: str) -> bool:
    return (urlsplit(url).hostname or "") in ("localhost", "127.0.0.1", "::1")


def probe_oidc(client: httpx.Client, issuer: str, *, expected_jwks: str | None = None,
               spec_discovery_urls: list[str] | None = None,
               spec_endpoints: dict[str, list[str]] | None = None) -> OidcReport:
    """Fetch and cross-check the issuer's discovery document and JWKS."""
    url = discovery_url(issuer)
    report = OidcReport(issuer, url, fetch(client, "GET", url, max_bytes=512 * 1024))
    problems = report.problems
    doc = _json(report.discovery, "discovery document", problems)
    if doc is None:
        return report
    if not isinstance(doc, dict):
        problems.append(f"discovery document {url} is not a JSON object")
        return report
    report.document = doc
    if doc.get("issuer") != issuer:
        problems.append(f"discovery says issuer {doc.get('issuer')!r}, but the configured issuer is {issuer!r}; "
                        "token validation compares them exactly")
    if not issuer.startswith("https://") and not _is_loopback(issuer):
        problems.append(f"issuer {issuer} is not HTTPS")
    if "none" in report.algorithms:
        problems.append("discovery advertises the 'none' signing algorithm (unsigned tokens)")
    jwks_uri = doc.get("jwks_uri")
    if not isinstance(jwks_uri, str) or not jwks_uri:
        problems.append("discovery document has no jwks_uri")
    else:
        report.jwks_url = jwks_uri
        if expected_jwks and jwks_uri != expected_jwks:
            problems.append(f"jwks_uri {jwks_uri} differs from auth.jwks_url {expected_jwks} in the config")
        _check_jwks(client, report)
    for declared in spec_discovery_urls or []:
        if declared != url:
            problems.append(f"the OpenAPI spec's openIdConnectUrl {declared} is not the issuer's discovery URL {url}")
    for key, urls in (spec_endpoints or {}).items():
        actual = doc.get(key)
        for declared in urls:
            if isinstance(actual, str) and declared != actual:
                problems.append(f"the OpenAPI spec's {key} {declared} differs from the issuer's {actual}")
    return report


def _check_jwks(client: httpx.Client, report: OidcReport) -> None:
    import jwt

    problems = report.problems
    assert report.jwks_url is not None
    report.jwks = fetch(client, "GET", report.jwks_url, max_bytes=512 * 1024)
    data = _json(report.jwks, "JWKS", problems)
    if data is None:
        return
    keys = data.get("keys") if isinstance(data, dict) else None
    if not isinstance(keys, list) or not keys:
        problems.append(f"JWKS {report.jwks_url} serves no keys")
        return
    report.keys = [k for k in keys if isinstance(k, dict)]
    for i, key in enumerate(report.keys):
        name = key.get("kid") or f"#{i}"
        if len(report.keys) > 1 and not key.get("kid"):
            problems.append(f"JWKS key {name} has no kid (several keys: validators cannot pick one)")
        if {"d", "p", "q", "k"} & set(key):
            problems.append(f"JWKS key {name} contains private or symmetric key material")
        try:
            jwt.PyJWK(key)
        except (jwt.PyJWTError, ValueError, KeyError, TypeError) as exc:
            problems.append(f"JWKS key {name} is not a usable key: {exc}")
        alg = key.get("alg")
        if alg and report.algorithms and alg not in report.algorithms:
            problems.append(f"JWKS key {name} is for {alg}, which discovery does not advertise "
                            f"({', '.join(report.algorithms)})")
    kinds = {str(k.get("kty")) for k in report.keys}
    for alg in report.algorithms:
        kty = ALG_KTY.get(alg[:2])
        if kty and kty not in kinds:
            problems.append(f"discovery advertises {alg} but the JWKS has no {kty} key to verify it")
