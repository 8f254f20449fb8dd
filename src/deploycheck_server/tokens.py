"""API tokens: random, shown once, stored as SHA-256 (a 256-bit random token needs no slow hash: there
is nothing to brute-force), scoped upload / read / attest / admin (admin may do everything)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from deploycheck_server.models import AuditEntry, Token, utcnow

SCOPES = ("upload", "read", "attest", "admin")
PREFIX = "dct_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def parse_scopes(text: str) -> list[str]:
    scopes = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown or not scopes:
        raise ValueError(f"unknown scope(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(SCOPES)}")
    return scopes


def create_token(session: Session, name: str, scopes: list[str], actor: str = "cli") -> str:
    token = PREFIX + secrets.token_urlsafe(32)
    session.add(Token(name=name, token_hash=hash_token(token), prefix=token[:10], scopes=",".join(scopes)))
    session.add(AuditEntry(actor=actor, action="token.create", target=f"token:{name}",
                           detail={"scopes": scopes, "prefix": token[:10]}))
    session.commit()
    return token


def lookup(session: Session, token: str) -> Token | None:
    row = session.scalars(select(Token).where(Token.token_hash == hash_token(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    return row


def token_dict(row: Token) -> dict[str, Any]:
    """What lists show of a token: never the token nor its hash, the first characters (`dct_` + 6) to
    recognise it."""
    def iso(value: dt.datetime | None) -> str | None:
        return value.isoformat() + "Z" if value else None

    return {"id": row.id, "name": row.name, "prefix": row.prefix, "scopes": row.scopes.split(","),
            "created_at": iso(row.created_at), "revoked_at": iso(row.revoked_at)}


def list_tokens(session: Session, include_revoked: bool = False) -> list[Token]:
    query = select(Token).order_by(Token.id)
    if not include_revoked:
        query = query.where(Token.revoked_at.is_(None))
    return list(session.scalars(query))


def find(session: Session, ref: str) -> Token | None:
    """A token by id (`3`) or by its shown prefix (`dct_AbC12x`): what `token list` prints."""
    if ref.isdigit():
        return session.get(Token, int(ref))
    rows = session.scalars(select(Token).where(Token.prefix == ref)).all()
    return rows[0] if len(rows) == 1 else None


def revoke(session: Session, token_id: int, actor: str) -> Token | None:
    """Revoke a token (audit entry `token.revoke`); None when there is no such active token."""
    row = session.get(Token, token_id)
    if row is None or row.revoked_at is not None:
        return None
    row.revoked_at = utcnow()
    session.add(AuditEntry(actor=actor, action="token.revoke", target=f"token:{row.name}",
                           detail={"id": token_id, "prefix": row.prefix}, at=utcnow()))
    session.commit()
    return row


class Scoped(Protocol):
    scopes: str  # comma-separated


def allows(token: Scoped, scope: str) -> bool:
    granted = token.scopes.split(",")
    return scope in granted or "admin" in granted
