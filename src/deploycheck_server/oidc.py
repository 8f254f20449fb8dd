"""Optional OpenID Connect sign-in for the web UI (authorization code flow with PKCE, via authlib).

Configured by DEPLOYCHECK_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET (docs/server.md, "Web UI"). The
login page then offers "Sign in with SSO" beside the API token. authlib fetches the issuer's discovery
document and JWKS and checks the id_token (signature, issuer, audience, expiry, nonce); the state and
nonce live in a signed session cookie (Starlette's SessionMiddleware, DEPLOYCHECK_SESSION_SECRET).

A signed-in person gets the scopes of DEPLOYCHECK_OIDC_GRANT (default `read`) and `attest` too when
their email or one of their `groups` is listed in DEPLOYCHECK_OIDC_ATTESTERS; the name they sign off
with is their email (else preferred_username, else sub). SSO is for the web UI only: the API keeps
wanting tokens (CD systems have no browser).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session, sessionmaker

from deploycheck_server import store
from deploycheck_server.settings import Settings

log = logging.getLogger("deploycheck.server")
SESSION_HOURS = 12


@dataclass
class WebUser:
    """A person signed in through SSO; `scopes` comma-separated like a token's."""

    name: str
    scopes: str


def current_user(request: Request) -> WebUser | None:
    if "session" not in request.scope:  # SSO not configured: no session middleware
        return None
    data = request.session.get("user")
    if not isinstance(data, dict) or float(data.get("until", 0)) < time.time():
        return None
    return WebUser(name=str(data["name"]), scopes=str(data["scopes"]))


def sign_out(request: Request) -> None:
    if "session" in request.scope:
        request.session.clear()


def scopes_for(claims: dict[str, Any], settings: Settings) -> list[str]:
    granted = [s for s in settings.oidc_grant if s in ("read", "attest")] or ["read"]
    groups = claims.get("groups")
    groups = groups if isinstance(groups, list) else []
    who = {str(claims.get("email") or "")} | {str(g) for g in groups}
    if who & set(settings.oidc_attesters) and "attest" not in granted:
        granted.append("attest")
    return granted


def install(app: FastAPI, settings: Settings, factory: sessionmaker[Session]) -> None:
    if not settings.oidc_issuer:
        return
    from authlib.integrations.starlette_client import OAuth, OAuthError
    from starlette.middleware.sessions import SessionMiddleware

    secret = settings.session_secret
    if not secret:
        import secrets

        secret = secrets.token_urlsafe(32)
        log.warning("DEPLOYCHECK_SESSION_SECRET is not set: SSO sessions are signed with a key of this process "
                    "only (they end when it restarts and do not work across replicas)")
    # SameSite=Lax, not Strict: the identity provider's redirect back to the callback is a cross-site
    # navigation that must carry the state. Lax still keeps the cookie off cross-site POSTs (the forms).
    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="deploycheck_session",
                       max_age=SESSION_HOURS * 3600, same_site="lax",
                       https_only=settings.oidc_redirect_url.startswith("https://"))
    oauth = OAuth()
    oauth.register("sso", client_id=settings.oidc_client_id, client_secret=settings.oidc_client_secret,
                   server_metadata_url=settings.oidc_issuer.rstrip("/") + "/.well-known/openid-configuration",
                   client_kwargs={"scope": "openid email profile", "code_challenge_method": "S256"})
    client: Any = oauth.create_client("sso")

    @app.get("/login/oidc", include_in_schema=False)
    async def oidc_start(request: Request, next: str = "/") -> Response:
        request.session["next"] = next if next.startswith("/") and not next.startswith("//") else "/"
        redirect_uri = settings.oidc_redirect_url or str(request.url_for("oidc_callback"))
        try:
            response: Response = await client.authorize_redirect(request, redirect_uri)
        except Exception as exc:  # discovery unreachable or malformed: say so on the login page
            log.warning("SSO sign-in could not start", extra={"error": str(exc)[:300]})
            return _back("the identity provider is unreachable")
        return response

    @app.get("/login/oidc/callback", name="oidc_callback", include_in_schema=False)
    async def oidc_callback(request: Request) -> Response:
        try:
            token = await client.authorize_access_token(request)
        except OAuthError as exc:
            return _back(f"SSO sign-in failed: {exc.error}")
        except Exception as exc:  # a bad signature, issuer or audience in the id_token
            log.warning("SSO id_token refused", extra={"error": str(exc)[:300]})
            return _back("SSO sign-in failed: the identity provider's token was not valid")
        claims = dict(token.get("userinfo") or {})
        name = str(claims.get("email") or claims.get("preferred_username") or claims.get("sub") or "")
        if not name:
            return _back("SSO sign-in failed: the token names nobody")
        scopes = scopes_for(claims, settings)
        request.session["user"] = {"name": name, "scopes": ",".join(scopes),
                                   "until": time.time() + SESSION_HOURS * 3600}
        with factory() as session:
            store.audit(session, name, "ui.login", "oidc", {"issuer": settings.oidc_issuer, "scopes": scopes})
            session.commit()
        target = str(request.session.pop("next", "/"))
        return RedirectResponse(target, status_code=303)


def _back(error: str) -> RedirectResponse:
    from urllib.parse import quote_plus

    return RedirectResponse(f"/login?error={quote_plus(error)}", status_code=303)
