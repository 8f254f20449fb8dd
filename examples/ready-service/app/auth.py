"""OAuth2 bearer tokens: JWTs signed by the identity provider, validated with PyJWT.

Validation pins the algorithm (RS256), verifies signature, expiry, audience and issuer, and
fetches signing keys from the provider's JWKS endpoint (cached by PyJWKClient).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ALGORITHMS = ["RS256"]

bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: token subject and granted scopes."""

    subject: str
    scopes: frozenset[str]


class TokenValidator:
    """Validates bearer tokens against one issuer, audience and JWKS URL."""

    def __init__(self, issuer: str, audience: str, jwks_url: str,
                 key_for: Callable[[str], Any] | None = None) -> None:
        """`key_for(token)` returns the verification key; by default it comes from the JWKS URL."""
        self.issuer = issuer
        self.audience = audience
        if key_for is None:
            client = jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=300, timeout=5)
            key_for = lambda token: client.get_signing_key_from_jwt(token).key  # noqa: E731
        self._key_for = key_for

    def validate(self, token: str) -> Principal:
        """Return the principal of a valid token; raise jwt.PyJWTError otherwise."""
        key = self._key_for(token)
        claims = jwt.decode(
            token,
            key,
            algorithms=ALGORITHMS,
            audience=self.audience,
            issuer=self.issuer,
            options={"require": ["exp", "iat", "sub", "aud", "iss"]},
            leeway=30,
        )
        scopes = frozenset(str(claims.get("scope", "")).split())
        return Principal(subject=str(claims["sub"]), scopes=scopes)


def require_scope(scope: str) -> Callable[..., Principal]:
    """FastAPI dependency factory: a valid token carrying `scope`, else 401/403."""

    def dependency(request: Request,
                   credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Principal:
        challenge = {"WWW-Authenticate": 'Bearer realm="orders"'}
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token", headers=challenge)
        validator: TokenValidator = request.app.state.validator
        try:
            principal = validator.validate(credentials.credentials)
        except (jwt.PyJWTError, KeyError) as exc:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token", headers=challenge) from exc
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"token lacks scope {scope}")
        return principal

    return dependency
