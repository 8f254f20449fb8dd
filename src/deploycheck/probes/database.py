"""PostgreSQL probe: connections, the applied migration revision, and the helpers of the restore
drill (probes/drill.py). Sessions that only read run with `default_transaction_read_only`. Other
engines can add a module beside this one with the same results.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

CONNECT_TIMEOUT_S = 5
DUMP_TIMEOUT_S = 1800
PG_BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")

# Tables where migration tools record what was applied, and how to read the current revision.
REVISION_TABLES: dict[str, str] = {
    "alembic": "SELECT version_num FROM alembic_version",
    "flyway": "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
              "ORDER BY installed_rank DESC LIMIT 1",
    "golang-migrate": "SELECT version::text, dirty FROM schema_migrations",
    "django": "SELECT app || '.' || name FROM django_migrations ORDER BY id DESC LIMIT 1",
}
_TABLE_NAMES = {"alembic": "alembic_version", "flyway": "flyway_schema_history",
                "golang-migrate": "schema_migrations", "django": "django_migrations"}


class ProbeError(Exception):
    """A probe that could not look; the message names the target (never its password)."""


def redact_url(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for directory in PG_BIN_DIRS:
        candidate = Path(directory) / name
        if candidate.exists():
            return str(candidate)
    raise ProbeError(f"`{name}` is not installed (PostgreSQL client tools are needed for the restore drill)")


def connect(url: str, read_only: bool = True) -> Any:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - extra not installed
        raise ProbeError("the psycopg package is needed for database probes (pip install 'deploycheck[live]')") \
            from exc
    options = "-c default_transaction_read_only=on" if read_only else None
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True, options=options)
    except psycopg.Error as exc:
        raise ProbeError(f"cannot connect to {redact_url(url)}: {str(exc).strip().splitlines()[0]}") from None


@dataclass
class AppliedRevision:
    tool: str
    revisions: list[str]
    dirty: bool = False


def applied_revisions(url: str) -> list[AppliedRevision]:
    """What each migration tool's history table says is applied (tools without a table are absent)."""
    import psycopg

    found = []
    with connect(url) as conn:
        existing = {row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        for tool, query in REVISION_TABLES.items():
            if _TABLE_NAMES[tool] not in existing:
                continue
            try:
                rows = conn.execute(query).fetchall()
            except psycopg.Error as exc:
                raise ProbeError(f"cannot read {_TABLE_NAMES[tool]} on {redact_url(url)}: {exc}") from None
            dirty = any(len(r) > 1 and r[1] for r in rows)
            found.append(AppliedRevision(tool, [str(r[0]) for r in rows], dirty))
    return found


def table_fingerprints(conn: Any) -> dict[str, tuple[int, str]]:
    """Row count and an order-independent checksum of every user table.

    The checksum is md5 over the sorted text form of the rows, computed in the server, so only two
    values per table travel; identical data gives identical sums in source and restore.
    """
    from psycopg import sql

    tables = conn.execute(
        "SELECT table_schema, table_name FROM information_schema.tables "
        "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') "
        "ORDER BY 1, 2").fetchall()
    out = {}
    for schema, name in tables:
        ident = sql.Identifier(schema, name)
        query = sql.SQL("SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') "
                        "FROM {} AS t").format(ident)
        count, checksum = conn.execute(query).fetchone()
        out[f"{schema}.{name}"] = (int(count), str(checksum))
    return out


def tool_env_and_url(url: str) -> tuple[dict[str, str], str]:
    """Client tools get the password through PGPASSWORD, so it never shows in `ps` output."""
    parts = urlsplit(url)
    env = {**os.environ, "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S)}
    if parts.password is None:
        return env, url
    env["PGPASSWORD"] = parts.password
    netloc = parts.netloc.replace(f":{parts.password}@", "@")
    return env, urlunsplit(parts._replace(netloc=netloc))


def with_database(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + dbname))


def first_line(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[0] if lines else "(no message)"
