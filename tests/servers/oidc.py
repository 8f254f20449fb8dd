"""A small OpenID Connect provider for the server's SSO tests: discovery, authorization code flow with
PKCE (S256), a login form (one field: who you are), token endpoint (client_secret_basic or _post), JWKS,
RS256 id_tokens. Run as a process on 127.0.0.1 and stopped by its PID:

    python -m tests.servers.oidc PORT CLIENT_ID CLIENT_SECRET [--groups alice@example.com=release-managers]

Hand-written (Starlette + PyJWT, ~100 lines) rather than a packaged identity server: no Debian package
provides one that starts in a second without a database, and the flow the server's client (authlib)
speaks is exactly this: the test asserts what the client does with it, not what this provider does.
Knobs (environment): OIDC_WRONG_KEY=1 signs id_tokens with a key the JWKS does not publish.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import sys
import time
from html import escape
from typing import Any
from urllib.parse import urlencode

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route


def build(issuer: str, client_id: str, client_secret: str, groups: dict[str, list[str]]) -> Starlette:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signing = rsa.generate_private_key(public_exponent=65537, key_size=2048) if os.environ.get("OIDC_WRONG_KEY") \
        else key
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    public |= {"kid": "k1", "use": "sig", "alg": "RS256"}
    codes: dict[str, dict[str, Any]] = {}

    async def discovery(request: Request) -> Response:
        return JSONResponse({
            "issuer": issuer, "authorization_endpoint": f"{issuer}/authorize", "token_endpoint": f"{issuer}/token",
            "jwks_uri": f"{issuer}/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "code_challenge_methods_supported": ["S256"]})

    async def jwks(request: Request) -> Response:
        return JSONResponse({"keys": [public]})

    async def authorize(request: Request) -> Response:
        q = request.query_params if request.method == "GET" else await request.form()
        if q.get("client_id") != client_id or q.get("response_type") != "code":
            return JSONResponse({"error": "unauthorized_client"}, status_code=400)
        if request.method == "GET":  # the login form: the hidden fields carry the request on
            hidden = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(str(v))}">' for k, v in q.items())
            return HTMLResponse(f'<html><body><h1>Local IdP</h1><form method="post" action="/authorize">{hidden}'
                                '<input id="username" name="username"><button type="submit">Log in</button>'
                                '</form></body></html>')
        code = secrets.token_urlsafe(16)
        codes[code] = {"user": str(q["username"]), "nonce": q.get("nonce"), "redirect_uri": q["redirect_uri"],
                       "challenge": q.get("code_challenge")}
        return RedirectResponse(f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q.get('state', '')})}",
                                status_code=302)

    async def token(request: Request) -> Response:
        form = await request.form()
        cid, secret = form.get("client_id"), form.get("client_secret")
        header = request.headers.get("authorization", "")
        if header.startswith("Basic "):
            cid, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        grant = codes.pop(str(form.get("code")), None)
        if (cid, secret) != (client_id, client_secret) or grant is None or form.get("redirect_uri") != \
                grant["redirect_uri"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        verifier = str(form.get("code_verifier", ""))
        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if grant["challenge"] and digest != grant["challenge"]:
            return JSONResponse({"error": "invalid_grant", "error_description": "PKCE"}, status_code=400)
        user, now = grant["user"], int(time.time())
        claims = {"iss": issuer, "sub": hashlib.sha256(user.encode()).hexdigest()[:16], "aud": client_id,
                  "iat": now, "exp": now + 300, "nonce": grant["nonce"], "email": user, "email_verified": True,
                  "groups": groups.get(user, [])}
        id_token = jwt.encode(claims, signing, algorithm="RS256", headers={"kid": "k1"})
        return JSONResponse({"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300,
                             "id_token": id_token, "scope": "openid email profile"})

    return Starlette(routes=[Route("/.well-known/openid-configuration", discovery), Route("/jwks", jwks),
                             Route("/authorize", authorize, methods=["GET", "POST"]),
                             Route("/token", token, methods=["POST"])])


def main(argv: list[str]) -> None:
    import uvicorn

    port, client_id, client_secret = int(argv[0]), argv[1], argv[2]
    groups: dict[str, list[str]] = {}
    if "--groups" in argv:
        for pair in argv[argv.index("--groups") + 1].split(","):
            user, _, group = pair.partition("=")
            groups.setdefault(user, []).append(group)
    app = build(f"http://127.0.0.1:{port}", client_id, client_secret, groups)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main(sys.argv[1:])
