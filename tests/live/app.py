"""A small real service for the live tests, served by uvicorn in a subprocess (tests/live/conftest.py).

Bearer JWTs are validated with PyJWT against the JWKS this app itself serves at /jwks (read from
DC_JWKS_FILE, which the fixture writes). Knobs, all environment variables:
  DC_ISSUER       issuer URL (the app's own base URL in the tests)
  DC_AUDIENCE     expected audience
  DC_DELAY_MS     delay added to /work and /items (the "slow release" case)
  DC_BROKEN_AUTH  comma-separated paths that skip token validation (the "broken auth" case)
  DC_CRASH_AUTH   comma-separated paths that answer 500 to an invalid token instead of 401
  DC_OIDC_BREAK   empty-jwks (JWKS without keys) or alg-none (discovery advertises 'none')
  DC_SKIP_AUDIENCE  1: tokens are validated without their audience (the "any token of the issuer" bug)
"""

from __future__ import annotations

import asyncio
import json
import os

import jwt
from prometheus_client import CollectorRegistry, Counter, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

ISSUER = os.environ.get("DC_ISSUER", "http://127.0.0.1")
AUDIENCE = os.environ.get("DC_AUDIENCE", "deploycheck-tests")
DELAY_S = float(os.environ.get("DC_DELAY_MS", "0")) / 1000
BROKEN = {p for p in os.environ.get("DC_BROKEN_AUTH", "").split(",") if p}
CRASH = {p for p in os.environ.get("DC_CRASH_AUTH", "").split(",") if p}
OIDC_BREAK = os.environ.get("DC_OIDC_BREAK", "")  # empty-jwks | alg-none
SKIP_AUDIENCE = os.environ.get("DC_SKIP_AUDIENCE") == "1"
with open(os.environ["DC_JWKS_FILE"], encoding="utf-8") as fh:
    JWKS = json.load(fh)
KEYS = jwt.PyJWKSet.from_dict(JWKS)

REGISTRY = CollectorRegistry()
REQUESTS = Counter("app_requests", "Requests served", ["route"], registry=REGISTRY)


class Unauthorized(Exception):
    pass


def authorize(request: Request) -> dict[str, object]:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        raise Unauthorized("missing bearer token")
    token = header[7:]
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        key = next(k for k in KEYS.keys if k.key_id == kid)
        return jwt.decode(token, key.key, algorithms=["RS256"], audience=None if SKIP_AUDIENCE else AUDIENCE,
                          issuer=ISSUER, options={"verify_aud": not SKIP_AUDIENCE})
    except (jwt.PyJWTError, StopIteration) as exc:
        if request.url.path in CRASH:
            raise RuntimeError("token handling crashed") from exc  # the "500 on a bad token" bug
        raise Unauthorized(str(exc)) from exc


def protected(handler):  # type: ignore[no-untyped-def]
    async def wrapper(request: Request) -> Response:
        REQUESTS.labels(route=request.url.path).inc()
        if request.url.path not in BROKEN:
            try:
                authorize(request)
            except Unauthorized as exc:
                return JSONResponse({"error": str(exc)}, status_code=401,
                                    headers={"WWW-Authenticate": "Bearer"})
            except RuntimeError:
                return PlainTextResponse("internal error", status_code=500)
        return await handler(request)
    return wrapper


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


async def metrics(request: Request) -> Response:
    return Response(generate_latest(REGISTRY), media_type="text/plain; version=0.0.4")


async def discovery(request: Request) -> Response:
    return JSONResponse({"issuer": ISSUER, "jwks_uri": f"{ISSUER}/jwks",
                         "authorization_endpoint": f"{ISSUER}/authorize", "token_endpoint": f"{ISSUER}/token",
                         "response_types_supported": ["code"], "subject_types_supported": ["public"],
                         "id_token_signing_alg_values_supported":
                             ["RS256", "none"] if OIDC_BREAK == "alg-none" else ["RS256"]})


async def jwks(request: Request) -> Response:
    return JSONResponse({"keys": []} if OIDC_BREAK == "empty-jwks" else JWKS)


async def work(request: Request) -> Response:
    REQUESTS.labels(route="/work").inc()
    if DELAY_S:
        await asyncio.sleep(DELAY_S)
    return JSONResponse({"done": True})


@protected
async def items(request: Request) -> Response:
    if DELAY_S:
        await asyncio.sleep(DELAY_S)
    if request.method == "POST":
        return JSONResponse({"id": 1}, status_code=201)
    return JSONResponse({"items": [{"id": 1, "name": "one"}]})


@protected
async def item(request: Request) -> Response:
    return JSONResponse({"id": request.path_params["item_id"]})


@protected
async def admin(request: Request) -> Response:
    return JSONResponse({"admin": True})


async def elsewhere(request: Request) -> Response:
    return RedirectResponse("http://deploycheck-test.invalid/landing", status_code=302)


async def unavailable(request: Request) -> Response:
    return PlainTextResponse("down for maintenance", status_code=503)


app = Starlette(routes=[
    Route("/unavailable", unavailable),
    Route("/elsewhere", elsewhere),
    Route("/healthz", health),
    Route("/readyz", health),
    Route("/metrics", metrics),
    Route("/.well-known/openid-configuration", discovery),
    Route("/jwks", jwks),
    Route("/work", work),
    Route("/items", items, methods=["GET", "POST"]),
    Route("/items/{item_id}", item),
    Route("/admin", admin),
])
