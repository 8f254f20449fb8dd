"""GitHub deployment protection rules: the server as a GitHub App's webhook.

GitHub sends `deployment_protection_rule` (action `requested`) with `environment`, `deployment.sha`,
`deployment_callback_url` and the app `installation.id`. We verify the webhook signature
(X-Hub-Signature-256, HMAC-SHA256 with the app's webhook secret), ask the gate about
(service of the repository, environment, commit), and review the deployment by POSTing
`{"environment_name", "state": "approved"|"rejected", "comment"}` to the callback URL with an
installation access token (from the app's JWT). `pending` is answered `rejected` with the reasons: the
gate never lets a deployment through without evidence; re-run the job after the sign-off.

The callback URL comes from the (signed) payload but must lie under the configured GitHub API URL, so
the installation token only ever goes to GitHub.
"""


import hashlib
import hmac
import json
import logging
import time
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request, Security
from fastapi.security import APIKeyHeader
from sqlalchemy.orm import Session, sessionmaker

from deploycheck_server import gate as gate_mod
from deploycheck_server import store
from deploycheck_server.settings import Settings

log = logging.getLogger("deploycheck.server.github")


def verify_signature(secret: str, body: bytes, header: str | None) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


def app_jwt(app_id: str, private_key: str) -> str:
    import jwt

    now = int(time.time())
    return jwt.encode({"iat": now - 60, "exp": now + 540, "iss": app_id}, private_key, algorithm="RS256")


def _post(url: str, token: str, body: dict[str, Any] | None, scheme: str = "Bearer") -> dict[str, Any]:
    import httpx

    headers = {"Authorization": f"{scheme} {token}", "Accept": "application/vnd.github+json",
               "X-GitHub-Api-Version": "2022-11-28"}
    resp = httpx.post(url, json=body, headers=headers, timeout=15, follow_redirects=False)
    resp.raise_for_status()
    return resp.json() if resp.content else {}


def review(settings: Settings, payload: dict[str, Any], decision: dict[str, Any]) -> str:
    callback = str(payload.get("deployment_callback_url") or "")
    if not callback.startswith(settings.github_api_url + "/"):
        raise HTTPException(400, "deployment_callback_url is not under the configured GitHub API URL")
    installation = (payload.get("installation") or {}).get("id")
    if not (settings.github_app_id and settings.github_private_key and installation):
        raise HTTPException(503, "GitHub App id/private key not configured or no installation in the payload")
    token = _post(f"{settings.github_api_url}/app/installations/{int(installation)}/access_tokens",
                  app_jwt(settings.github_app_id, settings.github_private_key), None)["token"]
    state = "approved" if decision["decision"] == gate_mod.GO else "rejected"
    comment = f"deploycheck gate: {decision['decision']}" + "".join(f"\n- {r}" for r in decision["reasons"])
    _post(callback, token, {"environment_name": payload.get("environment"), "state": state,
                            "comment": comment[:1000]})
    return state


def install(app: FastAPI, settings: Settings, factory: sessionmaker[Session], metrics: Any) -> None:
    # Declared as a security scheme, so /openapi.json says how the webhook is authenticated.
    signature_scheme = APIKeyHeader(name="X-Hub-Signature-256", auto_error=False,
                                    description="HMAC-SHA256 of the body with the GitHub App's webhook secret")

    async def signed_by_github(request: Request,
                               signature: Annotated[str | None, Security(signature_scheme)] = None) -> bytes:
        """The webhook's body once its X-Hub-Signature-256 verifies (a dependency: the route cannot run
        without it, and a scanner reading the code sees the route's authentication)."""
        body = await request.body()
        if not settings.github_webhook_secret:
            raise HTTPException(503, "DEPLOYCHECK_GITHUB_WEBHOOK_SECRET is not set")
        if not verify_signature(settings.github_webhook_secret, body, signature):
            raise HTTPException(401, "bad or missing X-Hub-Signature-256")
        return body

    @app.post("/api/v1/github/webhook", tags=["gate"])
    async def github_webhook(request: Request, body: Annotated[bytes, Depends(signed_by_github)]) -> dict[str, Any]:
        """GitHub App webhook; authenticated by its signature, not by a deploycheck token."""
        event = request.headers.get("X-GitHub-Event")
        payload = json.loads(body)
        if event != "deployment_protection_rule" or payload.get("action") != "requested":
            return {"ignored": event}
        repo = str((payload.get("repository") or {}).get("full_name") or "")
        service = settings.github_services.get(repo) or repo.rsplit("/", 1)[-1]
        sha = str((payload.get("deployment") or {}).get("sha") or "")
        environment = str(payload.get("environment") or "")
        with factory() as session:
            decision = gate_mod.decide(session, service, environment, sha)
            store.audit(session, "github", "gate.github", f"{service}@{sha[:12]}",
                        {"environment": environment, "decision": decision["decision"], "repository": repo})
            session.commit()
        from starlette.concurrency import run_in_threadpool

        state = await run_in_threadpool(review, settings, payload, decision)
        metrics.github_reviews.labels(state).inc()
        log.info("github review", extra={"service": service, "environment": environment, "state": state})
        return {"state": state, **decision}
