"""The CLI's side of a deploycheck server (docs/server.md): `scan/verify --upload URL` sends the JSON
report; `deploycheck gate` asks the deploy gate. Needs no server extra: CI images run these.

The standard library's urllib rather than httpx: one POST with a timeout needs nothing more, and the
CLI pays no import for it. Every attempt carries the same `Idempotency-Key`, so a retry after a lost
answer (server killed mid-request, proxy timeout) stores the run exactly once.

An upload failure never changes the exit code: the exit code is the verdict (0 ready, 1 not ready);
the failure is one `deploycheck: upload failed ...` line on stderr. CI that must not lose runs greps for
it or uses `--upload-required`, which turns a failed upload into exit code 3.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Any

TOKEN_ENV = "DEPLOYCHECK_TOKEN"
ATTEMPTS = 4
BACKOFF_S = (0.5, 1.0, 2.0)
TIMEOUT_S = 30.0
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """The token goes to the URL the user gave, never to wherever a redirect points."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@dataclass
class UploadResult:
    ok: bool
    message: str
    run_id: int | None = None
    attempts: int = 0


def runs_url(url: str) -> str:
    """`https://dc.example` and `https://dc.example/api/v1/runs` both mean the runs endpoint."""
    base = url.rstrip("/")
    return base if base.endswith("/api/v1/runs") else base + "/api/v1/runs"


def upload(report: dict[str, Any], url: str, *, token: str | None = None, key: str | None = None,
           attempts: int = ATTEMPTS, backoff: tuple[float, ...] = BACKOFF_S) -> UploadResult:
    target = runs_url(url)
    if not target.startswith(("https://", "http://")):
        return UploadResult(False, f"--upload needs an http(s) URL, not {url!r}")
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    if not token:
        return UploadResult(False, f"no token: set {TOKEN_ENV} (a token with the `upload` scope)")
    key = key or str(uuid.uuid4())
    body = json.dumps(report, default=str).encode()
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}", "Idempotency-Key": key,
               "User-Agent": f"deploycheck/{report.get('tool', {}).get('version', '?')}"}
    last = ""
    for attempt in range(1, attempts + 1):
        request = urllib.request.Request(target, data=body, headers=headers, method="POST")
        try:
            with _OPENER.open(request, timeout=TIMEOUT_S) as resp:
                answer = json.loads(resp.read() or b"{}")
                return UploadResult(True, f"uploaded as run {answer.get('id')}", answer.get("id"), attempt)
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode("utf-8", "replace").strip()
            last = f"HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
            if exc.code not in RETRY_STATUS:
                return UploadResult(False, last, attempts=attempt)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            last = str(getattr(exc, "reason", exc))
        if attempt < attempts:
            time.sleep(backoff[min(attempt - 1, len(backoff) - 1)] if backoff else 0)
    return UploadResult(False, f"{last} (after {attempts} attempts)", attempts=attempts)


def ask_gate(server: str, service: str, environment: str, version: str, *, token: str | None = None,
             attempts: int = ATTEMPTS, backoff: tuple[float, ...] = BACKOFF_S) -> dict[str, Any]:
    """The gate's answer; a server that cannot be asked answers `pending` (never go)."""
    import urllib.parse

    token = token if token is not None else os.environ.get(TOKEN_ENV)
    if not server.startswith(("https://", "http://")):
        return {"decision": "pending", "reasons": [f"--server needs an http(s) URL, not {server!r}"], "run": None}
    query = urllib.parse.urlencode({"service": service, "environment": environment, "version": version})
    request = urllib.request.Request(f"{server.rstrip('/')}/api/v1/gate?{query}",
                                     headers={"Authorization": f"Bearer {token or ''}"})
    last = ""
    for attempt in range(1, attempts + 1):
        try:
            with _OPENER.open(request, timeout=TIMEOUT_S) as resp:
                answer: dict[str, Any] = json.loads(resp.read())
                return answer
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code} {exc.reason}"
            if exc.code not in RETRY_STATUS:
                break
        except (urllib.error.URLError, OSError, ValueError) as exc:
            last = str(getattr(exc, "reason", exc))
        if attempt < attempts:
            time.sleep(backoff[min(attempt - 1, len(backoff) - 1)] if backoff else 0)
    return {"decision": "pending", "reasons": [f"could not ask the gate at {server}: {last}"], "run": None}
