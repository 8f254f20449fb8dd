"""The deploy gate: may version V of service S go to environment E?

The run judged is the newest run of that version uploaded for E (`verify --env E`), else the newest
static scan of it (no environment). Then, over the run's required items:
- `fail`, `error` or `warn` that made the run not ready -> **no-go** (automated evidence wins; a
  sign-off never overrides it);
- `manual` without a sign-off (from the repository's attestations file in the report, or a valid
  server attestation for this service/environment/version) -> **pending**;
- otherwise **go**.
No run of the version -> **pending**, never go: the gate does not guess from other versions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from deploycheck_server.models import ItemResultRow, Run, RunVersion
from deploycheck_server.store import service_by_name, valid_attestations

GO, NO_GO, PENDING = "go", "no-go", "pending"
BLOCKING = ("fail", "error")


def decide(session: Session, service: str, environment: str, version: str) -> dict[str, Any]:
    svc = service_by_name(session, service)
    if svc is None:
        return {"decision": PENDING, "reasons": [f"no run of service {service!r} was uploaded"], "run": None}
    run = session.scalars(
        select(Run).join(RunVersion, RunVersion.run_id == Run.id)
        .where(RunVersion.service_id == svc.id, RunVersion.value == version,
               (Run.environment == environment) | Run.environment.is_(None))
        .order_by(case((Run.environment == environment, 0), else_=1), Run.id.desc()).limit(1)).first()
    if run is None:
        return {"decision": PENDING, "reasons": [f"no run of {service} version {version!r}: scan it and upload "
                                                 "(deploycheck scan --upload) before deploying"], "run": None}
    values = list(session.scalars(select(RunVersion.value).where(RunVersion.run_id == run.id)))
    signed = valid_attestations(session, svc, environment, values)
    items = session.scalars(select(ItemResultRow).where(ItemResultRow.run_id == run.id,
                                                        ItemResultRow.required.is_(True))).all()
    no_go: list[str] = []
    pending: list[str] = []
    for item in items:
        if item.status in BLOCKING or (item.status == "warn" and not run.ready
                                       and run.verdict.get("fail_on") == "warn"):
            no_go.append(f"{item.item}: {item.status} ({item.summary})" if item.summary else
                         f"{item.item}: {item.status}")
        elif item.status == "manual" and item.attestation is None and item.item not in signed:
            pending.append(f"{item.item}: needs a sign-off")
    if not run.ready and not no_go and not pending and not any(i.status == "manual" for i in items):
        # The run's own policy said not ready for a reason the items above do not show: trust it.
        no_go = [f"run {run.id}: {r}" for r in run.verdict.get("reasons", [])] or [f"run {run.id} is not ready"]
    where = f"run {run.id} ({run.mode}{' ' + run.environment if run.environment else ''}, {run.version_label})"
    if no_go:
        return {"decision": NO_GO, "reasons": no_go, "run": run.id}
    if pending:
        return {"decision": PENDING, "reasons": pending, "run": run.id}
    attested = sorted(i.item for i in items if i.status == "manual")
    reasons = [f"{where}: every required item holds"]
    if attested:
        reasons.append("signed off: " + ", ".join(f"{i} ({'server' if i in signed else 'repository'})"
                                                  for i in attested))
    return {"decision": GO, "reasons": reasons, "run": run.id}
