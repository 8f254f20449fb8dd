"""API tokens: random, shown once, stored as SHA-256 (a 256-bit random token needs no slow hash: there
is nothing to brute-force), scoped upload / read / attest / admin (admin may do everything)."""

from __future__ import annotations

import hashlib
import secrets

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


def revoke(session: Session, token_id: int, actor: str) -> bool:
    row = session.get(Token, token_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = utcnow()
    session.add(AuditEntry(actor=actor, action="token.revoke", target=f"token:{row.name}", detail={"id": token_id}))
    session.commit()
    return True


def allows(token: Token, scope: str) -> bool:
    granted = token.scopes.split(",")
    return scope in granted or "admin" in granted
