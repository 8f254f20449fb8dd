"""What the API and the UI do with the database: store runs (once per idempotency key), read history,
sign-offs, retention. Every function takes a Session; callers own the transaction boundary."""

from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deploycheck_server.models import (
    AttestationRow,
    AuditEntry,
    FindingRow,
    ItemResultRow,
    Run,
    RunFinding,
    RunVersion,
    Service,
    utcnow,
)

MAX_VALUE = 200


class ReportError(ValueError):
    """The uploaded document is not a deploycheck JSON report the server can store."""


@dataclass
class Stored:
    run: Run
    duplicate: bool


def _insert(session: Session, table: Any) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING on both backends (concurrent uploads create the same rows)."""
    from sqlalchemy.dialects import postgresql, sqlite

    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def version_values(version: dict[str, Any]) -> list[str]:
    """Every name a version answers to at the gate: label, commit, short commit, tag, image tags, digests."""
    values: list[str] = []
    for key in ("label", "commit", "tag"):
        if isinstance(version.get(key), str) and version[key]:
            values.append(version[key])
    if isinstance(version.get("commit"), str) and len(version["commit"]) >= 12:
        values += [version["commit"][:7], version["commit"][:12]]
    for image in version.get("images") or []:
        if isinstance(image, dict):
            values += [image[k] for k in ("tag", "digest") if isinstance(image.get(k), str) and image[k]]
    return sorted({v[:MAX_VALUE] for v in values})


def _validate(report: Any) -> dict[str, Any]:
    if not isinstance(report, dict):
        raise ReportError("the body must be a deploycheck JSON report (an object)")
    missing = [k for k in ("schema_version", "tool", "verdict", "items") if k not in report]
    if missing:
        raise ReportError(f"not a deploycheck JSON report: missing {', '.join(missing)}")
    if not isinstance(report.get("service"), str) or not report["service"].strip():
        raise ReportError("the report names no service: upload reports of schema 1.1 or later "
                          "(deploycheck scan -f json), or set `service:` in .deploycheck.yaml")
    if not isinstance(report["items"], list) or not isinstance(report["verdict"], dict):
        raise ReportError("`items` must be a list and `verdict` an object")
    return report


def service_id(session: Session, name: str, team: str | None = None) -> int:
    session.execute(_insert(session, Service).values(name=name, team=team, created_at=utcnow())
                    .on_conflict_do_nothing(index_elements=["name"]))
    sid = int(session.scalars(select(Service.id).where(Service.name == name)).one())
    if team:  # the newest upload says which team owns the service now
        session.execute(Service.__table__.update().where(Service.id == sid, Service.team.is_distinct_from(team))  # type: ignore[attr-defined]
                        .values(team=team))
    return sid


def store_run(session: Session, report: Any, uploaded_by: str, idempotency_key: str | None) -> Stored:
    """Store one report in one transaction; a known idempotency key returns the run stored before."""
    if idempotency_key:
        existing = session.scalars(select(Run).where(Run.idempotency_key == idempotency_key)).first()
        if existing is not None:
            return Stored(existing, True)
    data = _validate(report)
    try:
        run = _write_run(session, data, uploaded_by, idempotency_key)
        session.commit()
    except IntegrityError:  # the same key committed by a concurrent request a moment ago
        session.rollback()
        existing = session.scalars(select(Run).where(Run.idempotency_key == idempotency_key)).first()
        if existing is None:
            raise
        return Stored(existing, True)
    return Stored(run, False)


def _write_run(session: Session, data: dict[str, Any], uploaded_by: str, key: str | None) -> Run:
    version: dict[str, Any] = data["version"] if isinstance(data.get("version"), dict) else {}
    team = data.get("team") if isinstance(data.get("team"), str) else None
    sid = service_id(session, data["service"].strip()[:MAX_VALUE], team and team[:MAX_VALUE])
    verdict = data["verdict"]
    run = Run(service_id=sid, environment=data.get("environment"), mode=str(data.get("mode", "scan")),
              version_label=version.get("label"), commit=version.get("commit"), tag=version.get("tag"),
              images=version.get("images") or [], tool_version=str(data["tool"].get("version", "?")),
              ready=bool(verdict.get("ready")), verdict=verdict, summary=data.get("summary") or {},
              notices=data.get("notices") or [], started_at=data.get("started_at"), uploaded_by=uploaded_by,
              idempotency_key=key, received_at=utcnow())
    session.add(run)
    session.flush()
    session.add_all(RunVersion(run_id=run.id, service_id=sid, value=v) for v in version_values(version))
    findings: list[dict[str, Any]] = []
    for item in data["items"]:
        if not isinstance(item, dict):
            raise ReportError("every entry of `items` must be an object")
        session.add(ItemResultRow(run_id=run.id, item=str(item.get("item")), section=str(item.get("section", "")),
                                  title=str(item.get("title", "")), status=str(item.get("status")),
                                  required=bool(item.get("required")), summary=str(item.get("summary", "")),
                                  attestation=item.get("attestation")))
        findings += [f for f in item.get("findings") or [] if isinstance(f, dict) and f.get("fingerprint")]
    _link_findings(session, sid, run.id, findings)
    return run


def _link_findings(session: Session, sid: int, run_id: int, findings: list[dict[str, Any]]) -> None:
    by_fp = {str(f["fingerprint"]): f for f in findings}
    if not by_fp:
        return
    rows = [{"service_id": sid, "fingerprint": fp, "check_id": str(f.get("check_id")), "item": str(f.get("item")),
             "severity": str(f.get("severity", "")), "message": str(f.get("message", "")),
             "location": f.get("location"), "remediation": f.get("remediation"),
             "first_run_id": run_id, "last_run_id": run_id} for fp, f in by_fp.items()]
    session.execute(_insert(session, FindingRow).on_conflict_do_nothing(
        index_elements=["service_id", "fingerprint"]), rows)
    ids = dict(session.execute(select(FindingRow.fingerprint, FindingRow.id).where(
        FindingRow.service_id == sid, FindingRow.fingerprint.in_(list(by_fp)))).all())
    session.execute(FindingRow.__table__.update().where(FindingRow.id.in_(list(ids.values())))  # type: ignore[attr-defined]
                    .values(last_run_id=func.greatest(FindingRow.last_run_id, run_id)
                            if session.get_bind().dialect.name == "postgresql"
                            else func.max(FindingRow.last_run_id, run_id)))
    session.add_all(RunFinding(run_id=run_id, finding_id=ids[fp], status=str(f.get("status")),
                               evidence=f.get("evidence"), suppressed=f.get("suppressed")) for fp, f in by_fp.items())


# --- reading ------------------------------------------------------------------------------------


def services(session: Session) -> list[dict[str, Any]]:
    newest = (select(Run.service_id, func.max(Run.id).label("run_id")).group_by(Run.service_id).subquery())
    rows = session.execute(select(Service, Run).join(newest, newest.c.service_id == Service.id)
                           .join(Run, Run.id == newest.c.run_id).order_by(Service.name)).all()
    return [{"name": s.name, "team": s.team, "latest_run": run_summary(r)} for s, r in rows]


def run_summary(run: Run) -> dict[str, Any]:
    return {"id": run.id, "environment": run.environment, "mode": run.mode, "version": run.version_label,
            "commit": run.commit, "tag": run.tag, "ready": run.ready, "summary": run.summary,
            "received_at": run.received_at.isoformat() + "Z", "uploaded_by": run.uploaded_by,
            "tool_version": run.tool_version}


def service_by_name(session: Session, name: str) -> Service | None:
    return session.scalars(select(Service).where(Service.name == name)).first()


def service_runs(session: Session, service: Service, limit: int = 50, environment: str | None = None) -> list[Run]:
    query = select(Run).where(Run.service_id == service.id)
    if environment is not None:
        query = query.where(Run.environment == environment)
    return list(session.scalars(query.order_by(Run.id.desc()).limit(limit)))


def run_detail(session: Session, run: Run) -> dict[str, Any]:
    links = session.scalars(select(RunFinding).where(RunFinding.run_id == run.id)).all()
    by_item: dict[str, list[dict[str, Any]]] = {}
    for link in links:
        f = link.finding
        by_item.setdefault(f.item, []).append({
            "fingerprint": f.fingerprint, "check_id": f.check_id, "status": link.status, "severity": f.severity,
            "message": f.message, "location": f.location, "evidence": link.evidence, "remediation": f.remediation,
            "suppressed": link.suppressed, "first_seen_run": f.first_run_id})
    return {**run_summary(run), "service": run.service.name, "images": run.images, "verdict": run.verdict,
            "notices": run.notices, "started_at": run.started_at,
            "items": [{"item": i.item, "section": i.section, "title": i.title, "status": i.status,
                       "required": i.required, "summary": i.summary, "attestation": i.attestation,
                       "findings": by_item.get(i.item, [])} for i in run.items]}


def item_history(session: Session, service: Service, limit: int = 30) -> dict[str, list[dict[str, Any]]]:
    """Per item, its status in the newest `limit` runs (oldest first): the trend on the service page."""
    run_ids = list(session.scalars(select(Run.id).where(Run.service_id == service.id)
                                   .order_by(Run.id.desc()).limit(limit)))
    rows = session.execute(select(ItemResultRow.item, ItemResultRow.run_id, ItemResultRow.status)
                           .where(ItemResultRow.run_id.in_(run_ids)).order_by(ItemResultRow.run_id)).all()
    history: dict[str, list[dict[str, Any]]] = {}
    for item, run_id, status in rows:
        history.setdefault(item, []).append({"run": run_id, "status": status})
    return history


# --- attestations -------------------------------------------------------------------------------


def version_matches(pattern: str | None, values: list[str]) -> bool:
    """None: every version; `>=1.4,<2`: a PEP 440 range over the run's tags; globs; else exact."""
    if pattern is None:
        return True
    if pattern[:1] in "<>=!~":
        from packaging.specifiers import InvalidSpecifier, SpecifierSet
        from packaging.version import InvalidVersion, Version

        try:
            spec = SpecifierSet(pattern)
        except InvalidSpecifier:
            return False
        for value in values:
            try:
                if Version(value.removeprefix("v")) in spec:
                    return True
            except InvalidVersion:
                continue
        return False
    if any(c in pattern for c in "*?["):
        return any(fnmatch.fnmatchcase(v, pattern) for v in values)
    return pattern in values


def attestation_dict(row: AttestationRow) -> dict[str, Any]:
    def iso(value: dt.datetime | None) -> str | None:
        return value.isoformat() + "Z" if value else None

    return {"id": row.id, "service": row.service.name, "item": row.item, "environment": row.environment,
            "version": row.version, "evidence_url": row.evidence_url, "note": row.note, "by": row.created_by,
            "created_at": iso(row.created_at), "expires_at": iso(row.expires_at), "revoked_at": iso(row.revoked_at),
            "revoked_by": row.revoked_by, "source": "server"}


class SelfApproval(PermissionError):
    pass


def create_attestation(session: Session, *, service: str, item: str, by: str, environment: str | None,
                       version: str | None, evidence_url: str | None, expires_at: dt.datetime | None,
                       note: str | None, forbid_self_approval: bool) -> AttestationRow:
    if evidence_url and not evidence_url.startswith(("https://", "http://")):
        raise ValueError("evidence_url must be an http(s) URL")
    svc = session.get(Service, service_id(session, service))
    assert svc is not None
    if forbid_self_approval:
        own = session.scalars(select(Run).where(Run.service_id == svc.id, Run.uploaded_by == by)
                              .order_by(Run.id.desc())).all()
        for run in own:
            values = session.scalars(select(RunVersion.value).where(RunVersion.run_id == run.id)).all()
            if version_matches(version, list(values)):
                raise SelfApproval(f"{by} uploaded run {run.id} of {service} (version {run.version_label}); "
                                   "the policy forbids signing off one's own upload")
    row = AttestationRow(service_id=svc.id, item=item, environment=environment, version=version,
                         evidence_url=evidence_url, expires_at=expires_at, note=note, created_by=by,
                         created_at=utcnow())
    session.add(row)
    session.flush()
    audit(session, by, "attestation.create", f"attestation:{row.id}",
          {"service": service, "item": item, "environment": environment, "version": version,
           "evidence_url": evidence_url, "expires_at": expires_at.isoformat() if expires_at else None})
    session.commit()
    return row


def revoke_attestation(session: Session, attestation_id: int, by: str) -> AttestationRow | None:
    row = session.get(AttestationRow, attestation_id)
    if row is None or row.revoked_at is not None:
        return None
    row.revoked_at, row.revoked_by = utcnow(), by
    audit(session, by, "attestation.revoke", f"attestation:{row.id}", {"service": row.service.name, "item": row.item})
    session.commit()
    return row


def expiring(session: Session, within_days: int = 14) -> list[AttestationRow]:
    now = utcnow()
    return list(session.scalars(select(AttestationRow).where(
        AttestationRow.revoked_at.is_(None), AttestationRow.expires_at.is_not(None),
        AttestationRow.expires_at > now, AttestationRow.expires_at <= now + dt.timedelta(days=within_days))
        .order_by(AttestationRow.expires_at)))


def audit(session: Session, actor: str, action: str, target: str, detail: dict[str, Any] | None = None) -> None:
    session.add(AuditEntry(actor=actor, action=action, target=target, detail=detail, at=utcnow()))


def purge(session: Session, retention_days: int) -> int:
    """Delete runs older than the retention, keeping each service's newest run (the fleet view)."""
    cutoff = utcnow() - dt.timedelta(days=retention_days)
    newest = select(func.max(Run.id)).group_by(Run.service_id)
    old = list(session.scalars(select(Run.id).where(Run.received_at < cutoff, Run.id.not_in(newest))))
    for start in range(0, len(old), 500):
        chunk = old[start:start + 500]
        for table in (RunFinding, RunVersion, ItemResultRow):
            session.execute(delete(table).where(table.run_id.in_(chunk)))
        session.execute(delete(Run).where(Run.id.in_(chunk)))
    if old:
        audit(session, "retention", "runs.purge", f"{len(old)} runs", {"retention_days": retention_days})
    session.commit()
    return len(old)


def attestations(session: Session, service: str | None = None, include_revoked: bool = False
                 ) -> list[AttestationRow]:
    query = select(AttestationRow).join(Service, Service.id == AttestationRow.service_id)
    if service:
        query = query.where(Service.name == service)
    if not include_revoked:
        query = query.where(AttestationRow.revoked_at.is_(None))
    return list(session.scalars(query.order_by(AttestationRow.id.desc())))


def audit_entries(session: Session, limit: int = 100) -> list[dict[str, Any]]:
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return [{"id": r.id, "at": r.at.isoformat() + "Z", "actor": r.actor, "action": r.action, "target": r.target,
             "detail": r.detail} for r in rows]
