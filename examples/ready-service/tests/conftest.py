"""Shared fixtures: a real RSA key pair, tokens signed with it, and a local JWKS server.

The JWKS server is a real HTTP server on 127.0.0.1 (stdlib http.server in a thread), so the
service fetches keys exactly as it does in production through PyJWT's PyJWKClient.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

ISSUER = "https://id.example.com/realms/shop"
AUDIENCE = "orders-api"
KID = "test-key-1"


@pytest.fixture(scope="session")
def private_key() -> rsa.RSAPrivateKey:
    """An RSA key generated for this test run."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def mint(private_key: rsa.RSAPrivateKey):  # type: ignore[no-untyped-def]
    """mint(scope=..., **claims) -> a signed RS256 token; claims override the defaults."""

    def _mint(scope: str = "orders:read orders:write", key: Any = None, algorithm: str = "RS256",
              **claims: Any) -> str:
        now = int(time.time())
        payload = {"iss": ISSUER, "aud": AUDIENCE, "sub": "customer-42", "iat": now, "exp": now + 300,
                   "scope": scope, **claims}
        return jwt.encode(payload, key or private_key, algorithm=algorithm, headers={"kid": KID})

    return _mint


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def jwks_url(private_key: rsa.RSAPrivateKey) -> Iterator[str]:
    """URL of a local JWKS endpoint publishing the test key."""
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private_key.public_key()))
    body = json.dumps({"keys": [{**jwk, "kid": KID, "use": "sig", "alg": "RS256"}]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/.well-known/jwks.json"
    server.shutdown()


@pytest.fixture(scope="session")
def database_url() -> str:
    """DATABASE_URL of a real PostgreSQL; integration and e2e tests skip without one."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        pytest.skip("needs DATABASE_URL pointing at a PostgreSQL database")
    return url
