"""The server's tables (SQLAlchemy 2 declarative). Alembic migrations in `migrations/` create them;
change both together (`tests/test_server_store.py` compares the migrated schema with these models).

- services: one row per service name (team from the uploading config, optional);
- runs: one uploaded JSON report; `idempotency_key` unique, so a retried upload is stored once;
- run_versions: every name a run's version answers to (label, commit, tag, image tags, digests),
  indexed for the gate;
- item_results: the 33 item statuses of a run;
- findings: deduplicated by (service, fingerprint) across runs; run_findings links a run to them;
- attestations: sign-offs given through the API/UI (the repository's own file stays in the report);
- tokens: sha256 of the API token (never the token), its scopes; audit_log: every change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)  # stored naive UTC: SQLite has no time zones


class Base(DeclarativeBase):
    pass


class Service(Base):
    __tablename__ = "services"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    team: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Run(Base):
    __tablename__ = "runs"
    __table_args__ = (Index("ix_runs_service_received", "service_id", "received_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    environment: Mapped[str | None] = mapped_column(String(100))
    mode: Mapped[str] = mapped_column(String(20))
    version_label: Mapped[str | None] = mapped_column(String(200))
    commit: Mapped[str | None] = mapped_column(String(64))
    tag: Mapped[str | None] = mapped_column(String(200))
    images: Mapped[list[Any]] = mapped_column(JSON, default=list)
    tool_version: Mapped[str] = mapped_column(String(50))
    ready: Mapped[bool] = mapped_column(Boolean)
    verdict: Mapped[dict[str, Any]] = mapped_column(JSON)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)
    notices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    started_at: Mapped[str | None] = mapped_column(String(40))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    uploaded_by: Mapped[str] = mapped_column(String(200))
    idempotency_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    service: Mapped[Service] = relationship()
    items: Mapped[list[ItemResultRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                     order_by="ItemResultRow.id")


class RunVersion(Base):
    __tablename__ = "run_versions"
    __table_args__ = (Index("ix_run_versions_lookup", "service_id", "value"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(String(200))


class ItemResultRow(Base):
    __tablename__ = "item_results"
    __table_args__ = (Index("ix_item_results_run", "run_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(100))
    section: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))
    required: Mapped[bool] = mapped_column(Boolean)
    summary: Mapped[str] = mapped_column(Text, default="")
    attestation: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class FindingRow(Base):
    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("service_id", "fingerprint", name="uq_findings_service_fingerprint"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    check_id: Mapped[str] = mapped_column(String(200))
    item: Mapped[str] = mapped_column(String(100))
    severity: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text)
    location: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    remediation: Mapped[str | None] = mapped_column(Text)
    first_run_id: Mapped[int] = mapped_column(Integer)
    last_run_id: Mapped[int] = mapped_column(Integer)


class RunFinding(Base):
    __tablename__ = "run_findings"
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    suppressed: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    finding: Mapped[FindingRow] = relationship(lazy="joined")


class AttestationRow(Base):
    __tablename__ = "attestations"
    __table_args__ = (Index("ix_attestations_lookup", "service_id", "item"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(100))
    environment: Mapped[str | None] = mapped_column(String(100))  # None: every environment
    version: Mapped[str | None] = mapped_column(String(200))  # exact, glob (v1.4.*) or range (>=1.4,<2)
    evidence_url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(200))
    service: Mapped[Service] = relationship()


class Token(Base):
    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # shown in lists and logs instead of the token
    scopes: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    target: Mapped[str] = mapped_column(String(300))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
