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

from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from deploycheck_server.models import ItemResultRow, Run, RunVersion, Service
from deploycheck_server.store import valid_attestations

GO, NO_GO, PENDING = "go", "no-go", "pending"
BLOCKING = ("fail", "error")


def decide(session: Session, service: str, environment: str, version: str) -> dict[str, Any]:
    # Two small Core queries on the hot path (the run, its required items); versions and server
    # attestations are read only when a manual item needs a sign-off (bench/gate_latency.py).
    found = session.execute(
        select(Run.id, Run.service_id, Run.ready, Run.verdict, Run.mode, Run.environment, Run.version_label)
        .join(RunVersion, RunVersion.run_id == Run.id).join(Service, Service.id == RunVersion.service_id)
        .where(Service.name == service, RunVersion.value == version,
               (Run.environment == environment) | Run.environment.is_(None))
        .order_by(case((Run.environment == environment, 0), else_=1), Run.id.desc()).limit(1)).first()
    if found is None:
        known = session.scalar(select(Service.id).where(Service.name == service)) is not None
        why = (f"no run of {service} version {version!r}: scan it and upload (deploycheck scan --upload) before "
               "deploying") if known else f"no run of service {service!r} was uploaded"
        return {"decision": PENDING, "reasons": [why], "run": None}
    run_id, service_id, ready, verdict, mode, run_env, label = found
    items = session.execute(select(ItemResultRow.item, ItemResultRow.status, ItemResultRow.summary,
                                   ItemResultRow.attestation)
                            .where(ItemResultRow.run_id == run_id, ItemResultRow.required.is_(True))
                            .order_by(ItemResultRow.id)).all()
    unsigned = [i.item for i in items if i.status == "manual" and i.attestation is None]
    signed: set[str] = set()
    if unsigned:
        values = list(session.scalars(select(RunVersion.value).where(RunVersion.run_id == run_id)))
        svc = session.get(Service, service_id)
        if svc is not None:
            signed = set(valid_attestations(session, svc, environment, values))
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
    where = f"run {run_id} ({mode}{' ' + run_env if run_env else ''}, {label})"
    reasons = [f"{where}: every required item holds"]
    if manual:
        reasons.append("signed off: " + ", ".join(f"{i} ({'server' if i in signed else 'repository'})"
                                                  for i in manual))
    return {"decision": GO, "reasons": reasons, "run": run_id}
