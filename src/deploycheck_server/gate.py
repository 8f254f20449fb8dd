"""The deploy gate: may version V of service S go to environment E?

The run judged is the newest run of that version uploaded for E (`verify --env E`), else the newest
static scan of it (no environment). Then, over the run's required items:
- `fail`, `error` or `warn` that made the run not ready -> **no-go** (automated evidence wins; a
  sign-off never overrides it);
- `manual` without a sign-off (from the repository's attestations file in the report, or a valid
  server attestation for this service/environment/version) -> **pending**;
- `not-evaluated` (the run was a `scan --only`: the item was never looked at) -> **pending**;
- otherwise **go**.
No run of the version -> **pending**, never go: the gate does not guess from other versions.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from deploycheck_server.models import utcnow
from deploycheck_server.store import version_matches

GO, NO_GO, PENDING = "go", "no-go", "pending"
BLOCKING = ("fail", "error")

# The hot path is one round trip: the newest run of the version (environment's own run first, else the
# static scan) and its required items, plus whether the service exists at all (the reason for "pending"
# differs). Plain SQL with bound parameters, valid on SQLite and PostgreSQL: building the same query with
# SQLAlchemy expressions cost more Python time per request than the database spent answering it
# (bench/gate_latency.py; indexes: run_versions (service_id, value), item_results (run_id)).
_RUN_AND_ITEMS = text("""
WITH found AS (
    SELECT r.id, r.service_id, r.ready, r.verdict, r.mode, r.environment, r.version_label
    FROM services s
    JOIN run_versions v ON v.service_id = s.id AND v.value = :version
    JOIN runs r ON r.id = v.run_id
    WHERE s.name = :service AND (r.environment = :environment OR r.environment IS NULL)
    ORDER BY CASE WHEN r.environment = :environment THEN 0 ELSE 1 END, r.id DESC
    LIMIT 1
)
SELECT (SELECT id FROM services WHERE name = :service) AS known,
       found.id, found.ready, found.verdict, found.mode, found.environment, found.version_label,
       i.item, i.status, i.summary, i.attestation
FROM (SELECT 1 AS one) AS one
LEFT JOIN found ON 1 = 1
LEFT JOIN item_results i ON i.run_id = found.id AND i.required = :true
ORDER BY i.id
""")
# Server sign-offs of the service that may apply (then the run's version names, to match their patterns).
_SIGN_OFFS = text("""
SELECT item, environment, version, expires_at FROM attestations
WHERE service_id = :service_id AND revoked_at IS NULL AND (environment IS NULL OR environment = :environment)
ORDER BY id DESC
""")
_VERSION_NAMES = text("SELECT value FROM run_versions WHERE run_id = :run_id")


def _json(value: Any) -> Any:
    """A JSON column read through plain SQL: text on SQLite, already decoded by psycopg on PostgreSQL."""
    return json.loads(value) if isinstance(value, str) else value


def _when(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def signed_items(session: Session, service_id: int, run_id: int, environment: str, wanted: set[str]) -> set[str]:
    """Which of `wanted` have a valid server sign-off for this run's version in this environment: not revoked,
    not expired, environment unset or equal, version pattern matching one of the run's version names."""
    conn = session.connection()
    rows = [r for r in conn.execute(_SIGN_OFFS, {"service_id": service_id, "environment": environment})
            if r.item in wanted]
    now = utcnow()
    rows = [r for r in rows if (expires := _when(r.expires_at)) is None or expires > now]
    if not rows:
        return set()
    values = list(conn.execute(_VERSION_NAMES, {"run_id": run_id}).scalars())
    return {r.item for r in rows if version_matches(r.version, values)}


def decide(session: Session, service: str, environment: str, version: str) -> dict[str, Any]:
    rows = session.connection().execute(
        _RUN_AND_ITEMS, {"service": service, "environment": environment, "version": version, "true": True}).all()
    head = rows[0]
    if head.id is None:
        why = (f"no run of {service} version {version!r}: scan it and upload (deploycheck scan --upload) before "
               "deploying") if head.known is not None else f"no run of service {service!r} was uploaded"
        return {"decision": PENDING, "reasons": [why], "run": None}
    run_id, ready, verdict = head.id, bool(head.ready), _json(head.verdict) or {}
    items = [r for r in rows if r.item is not None]
    unsigned = {i.item for i in items if i.status == "manual" and _json(i.attestation) is None}
    signed = signed_items(session, head.known, run_id, environment, unsigned) if unsigned else set()
    no_go: list[str] = []
    pending: list[str] = []
    for item in items:
        if item.status in BLOCKING or (item.status == "warn" and not ready and verdict.get("fail_on") == "warn"):
            no_go.append(f"{item.item}: {item.status} ({item.summary})" if item.summary else
                         f"{item.item}: {item.status}")
        elif item.item in unsigned and item.item not in signed:
            pending.append(f"{item.item}: needs a sign-off")
        elif item.status == "not-evaluated":
            # A `--only` run looked at some items only: the rest were never judged, so no go on its word.
            pending.append(f"{item.item}: not evaluated in run {run_id} (a scan with --only); upload a full run")
    manual = sorted(i.item for i in items if i.status == "manual")
    if not ready and not no_go and not pending and not manual:
        # The run's own policy said not ready for a reason the items above do not show: trust it.
        no_go = [f"run {run_id}: {r}" for r in verdict.get("reasons", [])] or [f"run {run_id} is not ready"]
    if no_go:
        return {"decision": NO_GO, "reasons": no_go, "run": run_id}
    if pending:
        return {"decision": PENDING, "reasons": pending, "run": run_id}
    where = f"run {run_id} ({head.mode}{' ' + head.environment if head.environment else ''}, {head.version_label})"
    reasons = [f"{where}: every required item holds"]
    if manual:
        reasons.append("signed off: " + ", ".join(f"{i} ({'server' if i in signed else 'repository'})"
                                                  for i in manual))
    return {"decision": GO, "reasons": reasons, "run": run_id}
