"""PostgreSQL probe: applied migration revision, and the backup restore drill.

The drill is `pg_dump` of the target -> restore into a scratch database -> compare tables, row counts
and per-table checksums -> drop the scratch database. The source is only ever read: its session
runs with `default_transaction_read_only`, and the scratch database is dropped in `finally`, so a
failed drill cleans up too. Other engines can add a module beside this one with the same results.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
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


def _pg_tool(name: str) -> str:
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


@dataclass
class TableComparison:
    table: str
    source_rows: int
    restored_rows: int | None
    source_checksum: str
    restored_checksum: str | None

    @property
    def matches(self) -> bool:
        return self.source_rows == self.restored_rows and self.source_checksum == self.restored_checksum


@dataclass
class DrillResult:
    source: str  # redacted URL
    scratch_database: str
    dump_bytes: int = 0
    dump_s: float = 0.0
    restore_s: float = 0.0
    compare_s: float = 0.0
    tables: list[TableComparison] = field(default_factory=list)
    missing_tables: list[str] = field(default_factory=list)
    cleaned_up: bool = False

    @property
    def duration_s(self) -> float:
        return self.dump_s + self.restore_s + self.compare_s

    @property
    def ok(self) -> bool:
        return not self.missing_tables and all(t.matches for t in self.tables)


def _table_fingerprints(conn: Any) -> dict[str, tuple[int, str]]:
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


def _tool_env_and_url(url: str) -> tuple[dict[str, str], str]:
    """Client tools get the password through PGPASSWORD, so it never shows in `ps` output."""
    parts = urlsplit(url)
    env = {**os.environ, "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S)}
    if parts.password is None:
        return env, url
    env["PGPASSWORD"] = parts.password
    netloc = parts.netloc.replace(f":{parts.password}@", "@")
    return env, urlunsplit(parts._replace(netloc=netloc))


def _with_database(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + dbname))


def restore_drill(url: str, timeout_s: float = DUMP_TIMEOUT_S) -> DrillResult:
    """Dump `url`, restore into a scratch database on the same server, compare, drop the scratch."""
    pg_dump, pg_restore = _pg_tool("pg_dump"), _pg_tool("pg_restore")
    scratch = f"deploycheck_drill_{secrets.token_hex(4)}"
    result = DrillResult(source=redact_url(url), scratch_database=scratch)
    env, tool_url = _tool_env_and_url(url)
    with connect(url) as source:
        source_prints = _table_fingerprints(source)
    admin = connect(url, read_only=False)
    created = False
    try:
        with tempfile.TemporaryDirectory(prefix="deploycheck-drill-") as tmp:
            dump_file = Path(tmp) / "dump.pgc"
            t0 = time.perf_counter()
            proc = subprocess.run([pg_dump, "--format=custom", "--no-owner", "--no-privileges",
                                   f"--file={dump_file}", f"--dbname={tool_url}"],
                                  capture_output=True, text=True, timeout=timeout_s, env=env, check=False)
            result.dump_s = time.perf_counter() - t0
            if proc.returncode != 0:
                raise ProbeError(f"pg_dump of {result.source} failed: {_first_line(proc.stderr)}")
            result.dump_bytes = dump_file.stat().st_size
            try:
                admin.execute(f'CREATE DATABASE "{scratch}"')
            except Exception as exc:
                raise ProbeError(f"cannot create scratch database on {result.source} (the drill needs CREATEDB): "
                                 f"{_first_line(str(exc))}") from None
            created = True
            t0 = time.perf_counter()
            proc = subprocess.run([pg_restore, "--no-owner", "--no-privileges", "--exit-on-error",
                                   f"--dbname={_with_database(tool_url, scratch)}", str(dump_file)],
                                  capture_output=True, text=True, timeout=timeout_s, env=env, check=False)
            result.restore_s = time.perf_counter() - t0
            if proc.returncode != 0:
                raise ProbeError(f"pg_restore into scratch database failed: {_first_line(proc.stderr)}")
        t0 = time.perf_counter()
        with connect(_with_database(url, scratch)) as restored:
            restored_prints = _table_fingerprints(restored)
        result.compare_s = time.perf_counter() - t0
        for table, (rows, checksum) in source_prints.items():
            if table not in restored_prints:
                result.missing_tables.append(table)
                continue
            r_rows, r_sum = restored_prints[table]
            result.tables.append(TableComparison(table, rows, r_rows, checksum, r_sum))
    except subprocess.TimeoutExpired as exc:
        raise ProbeError(f"{Path(str(exc.cmd[0])).name} timed out after {timeout_s:.0f}s") from None
    finally:
        if created:
            try:
                admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
                result.cleaned_up = True
            except Exception:  # cleanup failure is reported through cleaned_up=False
                result.cleaned_up = False
        admin.close()
    return result


def _first_line(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[0] if lines else "(no message)"
