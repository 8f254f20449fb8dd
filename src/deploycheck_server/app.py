"""The FastAPI application: JSON API under /api/v1, the deploy gate and its CD shapes, the web UI.

Endpoints are plain `def` (FastAPI runs them in its thread pool): the database drivers are blocking.
The gate is the exception: `async`, answered from its caches on the event loop, on SQLite from the
database on the loop too (one indexed query, under a millisecond), on PostgreSQL in the thread pool;
a question asked with a bearer token already checked never reaches FastAPI (_FastGate).
"""


import datetime as dt
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response, Security
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from deploycheck_server import gate as gate_mod
from deploycheck_server import store, tokens
from deploycheck_server.db import make_engine, migrate, reachable, sessions
from deploycheck_server.models import Run, Token
from deploycheck_server.settings import Settings
from deploycheck_server.tokens import hash_token, lookup

log = logging.getLogger("deploycheck.server")
COOKIE = "deploycheck_token"
TOKEN_CACHE_S = 5.0
GATE_CACHE_S = 1.0


class Actor(BaseModel):
    name: str
    scopes: list[str]


class GateAnswer(BaseModel):
    decision: Literal["go", "no-go", "pending"]
    reasons: list[str]
    run: int | None


class AttestationIn(BaseModel):
    service: str = Field(min_length=1, max_length=200)
    item: str = Field(min_length=1, max_length=100)
    environment: str | None = Field(default=None, max_length=100)
    version: str | None = Field(default=None, max_length=200, description="exact, glob (v1.4.*) or range (>=1.4,<2)")
    evidence_url: str | None = Field(default=None, max_length=2000)
    expires_at: dt.datetime | None = None
    note: str | None = Field(default=None, max_length=2000)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = make_engine(settings.database_url)
    migrate(engine)
    factory = sessions(engine)
    inline = engine.dialect.name == "sqlite"
    app = FastAPI(title="deploycheck server", version="1", description="Run history, sign-offs and the deploy gate.")
    app.state.settings, app.state.engine, app.state.sessions = settings, engine, factory
    metrics = _Metrics()
    app.state.metrics = metrics

    def db() -> Iterator[Session]:
        with factory() as session:
            yield session

    DB = Annotated[Session, Depends(db)]

    known: dict[str, tuple[float, str, str]] = {}  # token hash -> (valid until, name, scopes)

    # Gate answers are cached for GATE_CACHE_S per (service, environment, version): CD systems ask the
    # same question over and over while a rollout waits. Uploads and sign-offs on this replica clear it;
    # another replica's change is seen within GATE_CACHE_S (docs/server.md, "Operations").
    answers: dict[tuple[str, str, str], tuple[float, dict[str, Any]]] = {}

    def authenticate(session: Session | None, token: str | None, scope: str) -> Actor:
        # Answers are cached for TOKEN_CACHE_S: the gate is called hundreds of times a second with the
        # same few tokens; a revoked token stops working within that time (docs/server.md).
        digest = hash_token(token) if token else ""
        hit = known.get(digest)
        if hit is None or hit[0] < time.monotonic():
            row: Token | None = lookup(session, token) if token and session is not None else None
            if row is None:
                raise HTTPException(401, "missing or unknown token", headers={"WWW-Authenticate": "Bearer"})
            hit = known[digest] = (time.monotonic() + TOKEN_CACHE_S, row.name, row.scopes)
        granted = hit[2].split(",")
        if scope not in granted and "admin" not in granted:
            raise HTTPException(403, f"token {hit[1]!r} lacks the {scope!r} scope")
        return Actor(name=hit[1], scopes=granted)

    # Declared as a security scheme, so /openapi.json says which operations want a bearer token.
    bearer_scheme = HTTPBearer(auto_error=False, description="an API token (`deploycheck serve token create`)")
    Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)]

    def need(scope: str) -> Callable[..., Actor]:
        def check(request: Request, session: DB, credentials: Credentials = None) -> Actor:
            return authenticate(session, credentials.credentials if credentials else request.cookies.get(COOKIE),
                                scope)
        return check

    async def decided(service: str, environment: str, version: str) -> dict[str, Any]:
        """The gate's answer to a question: from the cache while fresh, else decided and cached."""
        key = (service, environment, version)
        cached = answers.get(key)
        if cached is not None and cached[0] >= time.monotonic():
            return cached[1]

        def answer() -> dict[str, Any]:
            with factory() as session:
                return gate_mod.decide(session, service, environment, version)

        # SQLite answers from a local file in well under a millisecond (WAL: a reader never waits for a
        # writer), less than a hop to the thread pool costs under load, so it runs here on the loop;
        # a PostgreSQL round trip may wait on the network, so it goes to the thread pool (psycopg's
        # asyncio connection through SQLAlchemy's asyncio engine was measured instead: p99 3-15x worse).
        result = answer() if inline else await run_in_threadpool(answer)
        if len(answers) > 10_000:
            answers.clear()
        answers[key] = (time.monotonic() + GATE_CACHE_S, result)
        return result

    async def fast_gate(service: str, environment: str, version: str, token: str) -> bytes | None:
        """The gate's body for a bearer token whose check is cached, fresh and grants read; else None (the
        request goes through FastAPI, which checks the token against the database and says why not)."""
        hit = known.get(hash_token(token))
        if hit is None or hit[0] < time.monotonic():
            return None
        granted = hit[2].split(",")
        if "read" not in granted and "admin" not in granted:
            return None
        result = await decided(service, environment, version)
        metrics.gate_decisions.labels(result["decision"]).inc()
        return _gate_body(result)

    # Added before _Observe, so it runs inside it: a cached answer is still timed, counted and logged.
    app.add_middleware(_FastGate, answer=fast_gate)
    app.add_middleware(_Observe, metrics=metrics)

    @app.get("/healthz", tags=["operations"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"])
    def readyz() -> JSONResponse:
        ok = reachable(engine)
        return JSONResponse({"status": "ok" if ok else "database unreachable"}, status_code=200 if ok else 503)

    @app.get("/metrics", tags=["operations"])
    def metrics_endpoint() -> Response:
        return PlainTextResponse(metrics.render(), media_type="text/plain; version=0.0.4")

    @app.post("/api/v1/runs", status_code=201, tags=["runs"])
    def upload(request_body: dict[str, Any], response: Response, session: DB,
               actor: Annotated[Actor, Depends(need("upload"))],
               idempotency_key: Annotated[str | None, Header(max_length=100)] = None) -> dict[str, Any]:
        try:
            stored = store.store_run(session, request_body, actor.name, idempotency_key)
        except store.ReportError as exc:
            raise HTTPException(422, str(exc)) from None
        if stored.duplicate:
            response.status_code = 200
        else:
            answers.clear()
            metrics.runs_stored.inc()
        return {"id": stored.run.id, "duplicate": stored.duplicate, "service": stored.run.service.name,
                "version": stored.run.version_label}

    @app.get("/api/v1/services", tags=["runs"])
    def list_services(session: DB, _: Annotated[Actor, Depends(need("read"))]) -> list[dict[str, Any]]:
        return store.services(session)

    def _service(session: Session, name: str) -> Any:
        svc = store.service_by_name(session, name)
        if svc is None:
            raise HTTPException(404, f"no service {name!r}")
        return svc

    @app.get("/api/v1/services/{service}/runs", tags=["runs"])
    def service_runs(service: str, session: DB, _: Annotated[Actor, Depends(need("read"))],
                     environment: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 50
                     ) -> list[dict[str, Any]]:
        return [store.run_summary(r) for r in store.service_runs(session, _service(session, service), limit,
                                                                 environment)]

    @app.get("/api/v1/services/{service}/items", tags=["runs"])
    def item_history(service: str, session: DB, _: Annotated[Actor, Depends(need("read"))],
                     limit: Annotated[int, Query(ge=1, le=200)] = 30) -> dict[str, list[dict[str, Any]]]:
        return store.item_history(session, _service(session, service), limit)

    @app.get("/api/v1/runs/{run_id}", tags=["runs"])
    def run_detail(run_id: int, session: DB, _: Annotated[Actor, Depends(need("read"))]) -> dict[str, Any]:
        run = session.get(Run, run_id)
        if run is None:
            raise HTTPException(404, f"no run {run_id}")
        return store.run_detail(session, run)

    @app.get("/api/v1/gate", tags=["gate"], response_model=GateAnswer)
    async def gate(service: Annotated[str, Query(min_length=1)], environment: Annotated[str, Query(min_length=1)],
                   version: Annotated[str, Query(min_length=1)],
                   _: Annotated[Actor, Depends(need("read"))]) -> Response:
        """go / no-go / pending for a version of a service in an environment (docs/server.md, "The gate")."""
        result = await decided(service, environment, version)
        metrics.gate_decisions.labels(result["decision"]).inc()
        return Response(_gate_body(result), media_type="application/json")

    async def flagger_reader(request: Request, credentials: Credentials = None) -> Actor:
        """Flagger sends no headers: a `read` token may also come as `metadata.token` in its payload."""
        token = credentials.credentials if credentials else None
        if token is None:
            try:
                payload = await request.json()  # the body FastAPI already read, parsed again
            except ValueError:
                payload = None
            meta = payload.get("metadata") if isinstance(payload, dict) else None
            token = str(meta["token"]) if isinstance(meta, dict) and meta.get("token") else None

        def check() -> Actor:
            with factory() as session:
                return authenticate(session, token, "read")

        return await run_in_threadpool(check)

    @app.post("/api/v1/webhooks/flagger", tags=["gate"])
    def flagger(payload: dict[str, Any], session: DB, _: Annotated[Actor, Depends(flagger_reader)]) -> JSONResponse:
        """Flagger webhook (pre-rollout, confirm-rollout, confirm-promotion): 200 go, 403 otherwise.

        Flagger sends {name, namespace, phase, checksum, metadata}; `metadata` names the gate question:
        service (default: the canary's name), environment, version. Flagger sends no headers, so a
        `read` token may also come as `metadata.token`.
        """
        meta: dict[str, Any] = payload["metadata"] if isinstance(payload.get("metadata"), dict) else {}
        service = str(meta.get("service") or payload.get("name") or "")
        environment, version = str(meta.get("environment") or ""), str(meta.get("version") or "")
        if not (service and environment and version):
            return JSONResponse({"decision": gate_mod.PENDING, "run": None,
                                 "reasons": ["webhook metadata needs service (or the canary name), environment "
                                             "and version"]}, status_code=403)
        answer = gate_mod.decide(session, service, environment, version)
        metrics.gate_decisions.labels(answer["decision"]).inc()
        return JSONResponse(answer, status_code=200 if answer["decision"] == gate_mod.GO else 403)

    @app.get("/api/v1/attestations", tags=["attestations"])
    def list_attestations(session: DB, _: Annotated[Actor, Depends(need("read"))],
                          service: str | None = None, include_revoked: bool = False) -> list[dict[str, Any]]:
        return [store.attestation_dict(a) for a in store.attestations(session, service, include_revoked)]

    @app.post("/api/v1/attestations", status_code=201, tags=["attestations"])
    def create_attestation(body: AttestationIn, session: DB,
                           actor: Annotated[Actor, Depends(need("attest"))]) -> dict[str, Any]:
        expires = body.expires_at.astimezone(dt.UTC).replace(tzinfo=None) if body.expires_at and \
            body.expires_at.tzinfo else body.expires_at
        try:
            row = store.create_attestation(
                session, service=body.service, item=body.item, by=actor.name, environment=body.environment,
                version=body.version, evidence_url=body.evidence_url, expires_at=expires, note=body.note,
                forbid_self_approval=settings.forbid_self_approval)
        except store.SelfApproval as exc:
            session.rollback()
            raise HTTPException(403, str(exc)) from None
        except ValueError as exc:
            session.rollback()
            raise HTTPException(422, str(exc)) from None
        answers.clear()
        return store.attestation_dict(row)

    @app.delete("/api/v1/attestations/{attestation_id}", tags=["attestations"])
    def revoke_attestation(attestation_id: int, session: DB,
                           actor: Annotated[Actor, Depends(need("attest"))]) -> dict[str, Any]:
        row = store.revoke_attestation(session, attestation_id, actor.name)
        answers.clear()
        if row is None:
            raise HTTPException(404, f"no active attestation {attestation_id}")
        return store.attestation_dict(row)

    @app.get("/api/v1/audit", tags=["admin"])
    def audit_log(session: DB, _: Annotated[Actor, Depends(need("admin"))],
                  limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
        return store.audit_entries(session, limit)

    @app.get("/api/v1/tokens", tags=["admin"])
    def token_list(session: DB, _: Annotated[Actor, Depends(need("admin"))],
                   include_revoked: bool = False) -> list[dict[str, Any]]:
        """API tokens: id, name, prefix (never the token), scopes, created, revoked."""
        return [tokens.token_dict(t) for t in tokens.list_tokens(session, include_revoked)]

    @app.delete("/api/v1/tokens/{token_id}", tags=["admin"])
    def token_revoke(token_id: int, session: DB, actor: Annotated[Actor, Depends(need("admin"))]) -> dict[str, Any]:
        """Revoke a token: refused at once on this replica, within TOKEN_CACHE_S on the others."""
        row = tokens.revoke(session, token_id, actor.name)
        if row is None:
            raise HTTPException(404, f"no active token {token_id}")
        known.pop(row.token_hash, None)
        return tokens.token_dict(row)

    @app.post("/api/v1/admin/purge", tags=["admin"])
    def purge(session: DB, actor: Annotated[Actor, Depends(need("admin"))]) -> dict[str, int]:
        return {"deleted_runs": store.purge(session, settings.retention_days)}

    from deploycheck_server.github import install as install_github
    from deploycheck_server.oidc import install as install_oidc
    from deploycheck_server.web import install as install_web

    install_github(app, settings, factory, metrics)
    install_oidc(app, settings, factory)
    install_web(app, settings, factory, need, answers.clear)
    with factory() as session:
        store.purge(session, settings.retention_days)
    return app


class _Metrics:
    """Prometheus metrics in a registry of this app (several apps in one test process do not clash)."""

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Histogram

        self.registry = CollectorRegistry()
        self.requests = Histogram("deploycheck_http_request_duration_seconds", "HTTP request latency",
                                  ["method", "route", "status"], registry=self.registry,
                                  buckets=(0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1, 5))
        self.runs_stored = Counter("deploycheck_runs_stored", "runs stored (duplicates not counted)",
                                   registry=self.registry)
        self.gate_decisions = Counter("deploycheck_gate_decisions", "gate answers", ["decision"],
                                      registry=self.registry)
        self.github_reviews = Counter("deploycheck_github_reviews", "deployment protection answers", ["state"],
                                      registry=self.registry)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).observe(seconds)

    def render(self) -> str:
        from prometheus_client import generate_latest

        return generate_latest(self.registry).decode()


def _gate_body(answer: dict[str, Any]) -> bytes:
    """A gate answer as the response body, the same bytes whether the route or _FastGate sends it."""
    return json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode()


class _FastGate:
    """Pure ASGI fast path for the gate's commonest request: a well-formed question asked with a bearer
    token whose check is cached (a CD system polling while a rollout waits; 200 requests/s in
    bench/gate_latency.py). FastAPI's per-request work (dependency solving, parameter validation,
    response building) cost the server more CPU than a cached answer itself; here the answer (cached or
    decided, as in the route) is sent as bytes. Anything else (an unknown or uncached token, a token
    without the read scope, a cookie, a repeated or empty parameter) goes on to the FastAPI route
    unchanged, which validates, checks the token against the database and says why not.
    """

    PARAMS = ("service", "environment", "version")

    def __init__(self, app: Any, answer: Callable[[str, str, str, str], Awaitable[bytes | None]]) -> None:
        self.app, self.answer, self.route = app, answer, None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        question = self._question(scope) if scope["type"] == "http" and scope["path"] == "/api/v1/gate" else None
        body = await self.answer(*question) if question else None
        if body is None:
            await self.app(scope, receive, send)
            return
        if self.route is None:  # the route object, so _Observe labels this request as FastAPI would
            self.route = next(r for r in scope["app"].routes if getattr(r, "path", None) == "/api/v1/gate")
        scope["route"] = self.route
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})

    def _question(self, scope: Any) -> tuple[str, str, str, str] | None:
        """(service, environment, version, token) of a GET with each parameter once, non-empty, and one
        bearer token; else None."""
        if scope["method"] != "GET":
            return None
        auth = [v for k, v in scope["headers"] if k == b"authorization"]
        if len(auth) != 1 or auth[0][:7].lower() != b"bearer ":
            return None
        params = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        found = {k: v for k, v in params if k in self.PARAMS}
        if len(found) != 3 or not all(found.values()) or sum(k in self.PARAMS for k, _ in params) != 3:
            return None
        token = auth[0][7:].decode("latin-1").strip()
        return (found["service"], found["environment"], found["version"], token) if token else None


class _Observe:
    """Pure ASGI middleware (cheaper than @app.middleware("http")): latency metric and one JSON log line
    per request, by route template, never by raw path (ids and query strings stay out of the labels)."""

    def __init__(self, app: Any, metrics: _Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = [500]

        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            elapsed = time.perf_counter() - t0
            path = getattr(scope.get("route"), "path", "unmatched")
            self.metrics.observe(scope["method"], path, status[0], elapsed)
            if path not in ("/healthz", "/readyz", "/metrics"):
                log.info("request", extra={"method": scope["method"], "path": path, "status": status[0],
                                           "ms": round(elapsed * 1000, 2)})
