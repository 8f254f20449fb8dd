"""The PostgreSQL restore drill: dump the environment's database, restore it into a scratch database,
compare every table, drop the scratch database — safely enough to point at production.

Safety rules (issue 10 defect 4), in the order the drill applies them:
- Opt-in: only an environment with `restore_drill:` runs it (the check enforces that); the scratch
  database lives on the target server the config names, or on the source server under the scratch
  prefix. Never the source database: a target naming the source database is refused.
- Size limit: `pg_database_size` of the source before anything is read; over the limit the drill is
  `skipped` with the figure.
- Rights before dumping: SELECT on every table and sequence pg_dump will read, and CREATEDB (or
  superuser) on the target server, are checked before a byte is dumped.
- One snapshot: the source session opens a REPEATABLE READ READ ONLY transaction and exports its
  snapshot (`pg_export_snapshot`); the checksums are computed in that transaction and `pg_dump
  --snapshot=` dumps the same snapshot, so concurrent writes cannot make them disagree.
- Cleanup: SIGTERM and SIGINT during the drill raise `DrillInterrupted` in the main thread; the
  `finally` kills the pg_dump/pg_restore child, drops the scratch database and removes the dump
  directory, and then the signal is re-raised with its previous handler (SIGTERM terminates,
  SIGINT becomes KeyboardInterrupt). What a SIGKILL leaves behind the next drill sweeps: scratch
  databases carry a marker in their name and a comment with host, pid and start time; dump
  directories carry the pid in their name.
- A database with no tables is `skipped` (nothing proves a restore), and the reported duration
  includes the checksum pass on both sides.

`restore_backup` applies the same rules to a backup the team already has (a pg_dump archive in a
directory or fetched from S3, probes/backups.py): the archive's size against the limit before it is
fetched or read, CREATEDB before anything is restored, the sweep, a scratch database with the same
marker and comment, the same signal handling and cleanup, and an archive without table data is
`skipped`. There is no live source to compare with: every table the archive's table of contents holds
data for must exist in the restored copy, and its row count is reported.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from deploycheck.probes.database import (
    DUMP_TIMEOUT_S,
    ProbeError,
    connect,
    first_line,
    pg_tool,
    redact_url,
    table_fingerprints,
    tool_env_and_url,
    with_database,
)

DEFAULT_PREFIX = "deploycheck_"
DEFAULT_MAX_SIZE_MB = 1024
MARKER = "drill"
COMMENT_PREFIX = "deploycheck restore drill"
DUMP_DIR_PREFIX = "deploycheck-drill-"
PREFIX_PATTERN = r"^[a-z_][a-z0-9_]{0,29}$"  # the scratch name stays under PostgreSQL's 63 bytes
_COMMENT = re.compile(COMMENT_PREFIX + r" host=(?P<host>\S+) pid=(?P<pid>\d+) started=(?P<started>\d+)$")
_DUMP_DIR = re.compile(re.escape(DUMP_DIR_PREFIX) + r"(\d+)-")


class DrillRefused(ProbeError):
    """A safety rule stopped the drill before it touched anything."""


class DrillInterrupted(KeyboardInterrupt):
    """SIGTERM/SIGINT during the drill. A KeyboardInterrupt, so psycopg cancels a running query."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass
class DrillSettings:
    scratch_prefix: str = DEFAULT_PREFIX
    target_url: str | None = None  # another server to restore into; None = the source server
    max_size_bytes: int = DEFAULT_MAX_SIZE_MB * 1024 * 1024
    temp_dir: str | None = None
    timeout_s: float = DUMP_TIMEOUT_S

    @property
    def stale_after_s(self) -> float:
        """A scratch database older than this cannot belong to a running drill (dump + restore + compare)."""
        return 3 * self.timeout_s + 3600


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
    target: str  # redacted URL of the server the scratch database is created on
    scratch_database: str
    source_bytes: int = 0
    dump_bytes: int = 0
    checksum_s: float = 0.0  # the source's checksum pass (inside the exported snapshot)
    dump_s: float = 0.0
    restore_s: float = 0.0
    compare_s: float = 0.0  # the restored copy's checksum pass
    tables: list[TableComparison] = field(default_factory=list)
    missing_tables: list[str] = field(default_factory=list)
    swept: list[str] = field(default_factory=list)  # stale scratch databases / dump dirs removed first
    skipped: str | None = None  # the drill did not run, and why (empty database, over the size limit)
    cleaned_up: bool = False
    restored_rows: dict[str, int] = field(default_factory=dict)  # restore_backup: rows per restored table
    restore_error: str | None = None  # restore_backup: pg_restore refused the archive (the backup does not restore)

    @property
    def duration_s(self) -> float:
        return self.checksum_s + self.dump_s + self.restore_s + self.compare_s

    @property
    def ok(self) -> bool:
        return not self.missing_tables and all(t.matches for t in self.tables)


def scratch_name(prefix: str, pid: int | None = None, started: int | None = None) -> str:
    return f"{prefix}{MARKER}_{pid if pid is not None else os.getpid()}_{started or int(time.time())}"


def _server_and_database(url: str) -> tuple[str, int, str]:
    parts = urlsplit(url)
    host = (parts.hostname or "localhost").lower()
    if host in ("localhost", "::1"):
        host = "127.0.0.1"
    database = unquote(parts.path.lstrip("/")) or unquote(parts.username or "")
    return host, parts.port or 5432, database


# --- signals ------------------------------------------------------------------------------------------

@dataclass
class _SignalState:
    cleaning: bool = False
    pending: int | None = None


@contextmanager
def _signals_interrupt(state: _SignalState) -> Iterator[None]:
    """SIGTERM/SIGINT raise DrillInterrupted while the drill runs (main thread only: Python delivers
    signals there). During cleanup a second signal is remembered, not raised, so cleanup finishes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        if state.cleaning:
            state.pending = signum
            return
        raise DrillInterrupted(signum)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


# --- the drill ----------------------------------------------------------------------------------------

def restore_drill(url: str, settings: DrillSettings | None = None) -> DrillResult:
    """Dump `url` inside one exported snapshot, restore into a scratch database, compare, clean up."""
    settings = settings or DrillSettings()
    return _interruptible(lambda state: _Drill(url, settings, state).run())


@dataclass
class BackupArchive:
    """A pg_dump archive (custom/tar format) to restore: `fetch(directory)` returns its local path,
    downloading it into `directory` (the drill's dump directory, cleaned up with it) when needed."""

    name: str
    size_bytes: int | None
    fetch: Callable[[Path], Path]


def restore_backup(server_url: str, archive: BackupArchive, settings: DrillSettings,
                   protect_url: str | None = None) -> DrillResult:
    """Restore `archive` into a scratch database on `server_url` (the restore_drill target server),
    count the rows of every table it holds, drop the scratch database; `protect_url` is the live
    database, which is never the scratch one."""
    return _interruptible(lambda state: _BackupRestore(server_url, archive, settings, state, protect_url).run())


def _interruptible(run: Callable[[_SignalState], DrillResult]) -> DrillResult:
    state = _SignalState()
    try:
        with _signals_interrupt(state):
            return run(state)
    except DrillInterrupted as exc:
        signum = exc.signum
    # Cleanup is done; the signal now does what it would have done without the drill.
    signal.raise_signal(state.pending or signum)
    raise KeyboardInterrupt  # a handler that returned (SIG_IGN): stop the run anyway


class _Drill:
    def __init__(self, url: str, settings: DrillSettings, state: _SignalState) -> None:
        if not re.match(PREFIX_PATTERN, settings.scratch_prefix):
            raise DrillRefused(f"restore_drill.scratch_prefix {settings.scratch_prefix!r} must match "
                               f"{PREFIX_PATTERN} (lower-case letters, digits, underscores; at most 30)")
        self.url, self.settings, self.state = url, settings, state
        self.target_url = settings.target_url or url
        self.scratch = scratch_name(settings.scratch_prefix)
        self.result = DrillResult(source=redact_url(url), target=redact_url(self.target_url),
                                  scratch_database=self.scratch)
        self.source: Any = None
        self.admin: Any = None
        self.created = False
        self.children: list[subprocess.Popen[str]] = []
        self.dump_dir: Path | None = None

    def _refuse_source_as_target(self) -> None:
        source = _server_and_database(self.url)
        if self.settings.target_url and _server_and_database(self.settings.target_url) == source:
            raise DrillRefused(f"restore_drill target {self.result.target} is the source database itself; the "
                               "drill never restores over the source: name another server or database in "
                               "target_url_env, or use scratch_prefix")
        if self.scratch == source[2]:
            raise DrillRefused(f"scratch database name {self.scratch} equals the source database's name")

    def run(self) -> DrillResult:
        self._refuse_source_as_target()
        try:
            self._prepare()
            if self.result.skipped is None:
                self._dump_restore_compare()
        finally:
            self._cleanup()
        return self.result

    # Before anything is dumped: size, rights, the stale sweep, the snapshot and the source checksums.
    def _prepare(self) -> None:
        result, settings = self.result, self.settings
        self.source = connect(self.url)
        size = self.source.execute("SELECT pg_database_size(current_database())").fetchone()[0]
        result.source_bytes = int(size)
        if size > settings.max_size_bytes:
            result.skipped = (f"the database is {_mb(size)}, over the drill's size limit of "
                              f"{_mb(settings.max_size_bytes)} (restore_drill.max_size_mb): not dumped")
            return
        unreadable = [r[0] for r in self.source.execute(_UNREADABLE_SQL).fetchall()]
        if unreadable:
            raise ProbeError(f"permission denied: the drill's role cannot SELECT {len(unreadable)} table(s)/"
                             f"sequence(s) of {result.source} that pg_dump must read: {', '.join(unreadable[:5])}")
        self._target_rights_and_sweep("dumping")
        # One snapshot for the checksums and the dump (pg_dump --snapshot needs the exporting
        # transaction open until it has started; it is kept open until the dump ends).
        self.source.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        self.snapshot = str(self.source.execute("SELECT pg_export_snapshot()").fetchone()[0])
        t0 = time.perf_counter()
        self.source_prints = table_fingerprints(self.source)
        result.checksum_s = time.perf_counter() - t0
        if not self.source_prints:
            result.skipped = (f"{result.source} has no tables: a restore of an empty database proves nothing "
                              "about the backup")

    def _dump_restore_compare(self) -> None:
        result = self.result
        self._create_scratch()
        dump_dir = self._make_dump_dir()
        dump_file = dump_dir / "dump.pgc"
        env, tool_url = tool_env_and_url(self.url)
        t0 = time.perf_counter()
        self._tool("pg_dump", [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                               f"--snapshot={self.snapshot}", f"--file={dump_file}", f"--dbname={tool_url}"], env)
        result.dump_s = time.perf_counter() - t0
        result.dump_bytes = dump_file.stat().st_size
        self.source.execute("COMMIT")  # the snapshot has served both sides: release it on the source
        target_env, target_tool_url = tool_env_and_url(self.target_url)
        t0 = time.perf_counter()
        self._tool("pg_restore", [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                                  f"--dbname={with_database(target_tool_url, self.scratch)}", str(dump_file)],
                   target_env)
        result.restore_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        with connect(with_database(self.target_url, self.scratch)) as restored:
            restored_prints = table_fingerprints(restored)
        result.compare_s = time.perf_counter() - t0
        for table, (rows, checksum) in self.source_prints.items():
            if table not in restored_prints:
                result.missing_tables.append(table)
                continue
            r_rows, r_sum = restored_prints[table]
            result.tables.append(TableComparison(table, rows, r_rows, checksum, r_sum))

    def _target_rights_and_sweep(self, before: str) -> None:
        """CREATEDB (or superuser) on the target server, checked before `before`; then the stale sweep."""
        self.admin = connect(self.target_url, read_only=False)
        role, may_create = self.admin.execute(
            "SELECT current_user, rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        if not may_create:
            raise ProbeError(f"cannot create a scratch database on {self.result.target}: role {role} has no "
                             f"CREATEDB (the drill needs CREATEDB on the target server); checked before {before}")
        self.result.swept = self._sweep()

    def _create_scratch(self) -> None:
        try:
            self.admin.execute(f'CREATE DATABASE "{self.scratch}"')
        except Exception as exc:
            raise ProbeError(f"cannot create scratch database on {self.result.target}: {first_line(str(exc))}") \
                from None
        self.created = True
        self.admin.execute(f"COMMENT ON DATABASE \"{self.scratch}\" IS '{COMMENT_PREFIX} "
                           f"host={_hostname()} pid={os.getpid()} started={int(time.time())}'")

    def _make_dump_dir(self) -> Path:
        self.dump_dir = Path(tempfile.mkdtemp(prefix=f"{DUMP_DIR_PREFIX}{os.getpid()}-", dir=self.settings.temp_dir))
        return self.dump_dir

    def _tool(self, name: str, cmd: list[str], env: dict[str, str]) -> str:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env)
        self.children.append(proc)
        try:
            stdout, stderr = proc.communicate(timeout=self.settings.timeout_s)
        except subprocess.TimeoutExpired:
            raise ProbeError(f"{name} timed out after {self.settings.timeout_s:.0f}s") from None
        if proc.returncode != 0:
            what = {"pg_dump": f"pg_dump of {self.result.source}",
                    "pg_restore": "pg_restore into scratch database"}.get(name, name)
            raise ProbeError(f"{what} failed: {first_line(stderr)}")
        return stdout

    def _cleanup(self) -> None:
        """Children first (a pg_restore holds the scratch database), then the scratch database, the
        source session (ends the snapshot) and the dump directory. Each step runs even if one fails."""
        self.state.cleaning = True
        for proc in self.children:
            _stop(proc)
        if self.source is not None:
            _close(self.source)
        dropped = not self.created
        if self.created:
            dropped = _drop_database(self.target_url, self.scratch, self.admin)
        if self.admin is not None:
            _close(self.admin)
        removed = True
        if self.dump_dir is not None:
            shutil.rmtree(self.dump_dir, ignore_errors=True)
            removed = not self.dump_dir.exists()
        self.result.cleaned_up = dropped and removed

    def _sweep(self) -> list[str]:
        """Scratch databases and dump directories an earlier drill could not remove (SIGKILL, power loss):
        only names with the marker, only databases whose comment says a drill made them, only when that
        drill's process is gone (same host) or it started longer ago than any drill can run."""
        swept = []
        pattern = re.compile(re.escape(self.settings.scratch_prefix) + MARKER + r"_\d+_\d+$")
        rows = self.admin.execute("SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database "
                                  "WHERE datname LIKE %s", (self.settings.scratch_prefix.replace("_", r"\_") + "%",)
                                  ).fetchall()
        source_db = _server_and_database(self.url)[2]
        for name, comment in rows:
            match = _COMMENT.match(comment or "")
            if not pattern.match(name) or match is None or name == source_db:
                continue
            if self._stale(match["host"], int(match["pid"]), int(match["started"])) and \
                    _drop_database(self.target_url, name, self.admin):
                swept.append(f"database {name}")
        base = Path(self.settings.temp_dir or tempfile.gettempdir())
        try:
            entries = list(base.iterdir())
        except OSError:
            entries = []
        for entry in entries:
            found = _DUMP_DIR.match(entry.name)
            if found is None or not entry.is_dir() or entry.is_symlink() or entry.stat().st_uid != os.getuid():
                continue
            if self._stale(_hostname(), int(found[1]), int(entry.stat().st_mtime)):
                shutil.rmtree(entry, ignore_errors=True)
                swept.append(f"directory {entry}")
        return swept

    def _stale(self, host: str, pid: int, started: int) -> bool:
        if time.time() - started > self.settings.stale_after_s:
            return True
        return host == _hostname() and pid != os.getpid() and not _alive(pid)


class _BackupRestore(_Drill):
    """restore_backup: an existing archive into a scratch database, under the drill's rules."""

    def __init__(self, server_url: str, archive: BackupArchive, settings: DrillSettings, state: _SignalState,
                 protect_url: str | None) -> None:
        super().__init__(protect_url or server_url, replace(settings, target_url=server_url), state)
        self.archive = archive
        self.result.source = archive.name

    def run(self) -> DrillResult:
        self._refuse_source_as_target()
        try:
            self._restore_and_count()
        finally:
            self._cleanup()
        return self.result

    def _refuse_source_as_target(self) -> None:
        if self.scratch == _server_and_database(self.url)[2]:
            raise DrillRefused(f"scratch database name {self.scratch} equals the live database's name")

    def _restore_and_count(self) -> None:
        result, settings, archive = self.result, self.settings, self.archive
        if archive.size_bytes is not None and archive.size_bytes > settings.max_size_bytes:
            result.skipped = (f"backup {archive.name} is {_mb(archive.size_bytes)}, over the drill's size limit of "
                              f"{_mb(settings.max_size_bytes)} (restore_drill.max_size_mb): not restored")
            return
        self._target_rights_and_sweep("restoring")
        t0 = time.perf_counter()
        path = archive.fetch(self._make_dump_dir())
        result.dump_bytes = path.stat().st_size
        result.dump_s = time.perf_counter() - t0  # fetching the archive (a download from S3)
        if result.dump_bytes > settings.max_size_bytes:
            result.skipped = (f"backup {archive.name} is {_mb(result.dump_bytes)}, over the drill's size limit "
                              f"of {_mb(settings.max_size_bytes)} (restore_drill.max_size_mb): not restored")
            return
        listing = self._tool(f"pg_restore --list {archive.name}", [pg_tool("pg_restore"), "--list", "--", str(path)],
                             os.environ.copy())
        expected = archive_tables(listing)
        if not expected:
            result.skipped = (f"backup {archive.name} holds no table data: restoring it proves nothing about "
                              "the backup")
            return
        self._create_scratch()
        env, tool_url = tool_env_and_url(self.target_url)
        t0 = time.perf_counter()
        try:
            self._tool("pg_restore", [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                                      f"--dbname={with_database(tool_url, self.scratch)}", "--", str(path)], env)
        except ProbeError as exc:
            result.restore_error = str(exc)
            return
        finally:
            result.restore_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        with connect(with_database(self.target_url, self.scratch)) as restored:
            rows = table_rows(restored)
        result.compare_s = time.perf_counter() - t0
        result.restored_rows = {t: rows[t] for t in expected if t in rows}
        result.missing_tables = [t for t in expected if t not in rows]


_TABLE_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA (\S+) (.+) \S+$")


def archive_tables(listing: str) -> list[str]:
    """`schema.table` of every TABLE DATA entry in `pg_restore --list` output (the archive's contents)."""
    return [f"{m[1]}.{m[2]}" for line in listing.splitlines() if (m := _TABLE_DATA.match(line.strip()))]


def table_rows(conn: Any) -> dict[str, int]:
    from psycopg import sql

    tables = conn.execute(
        "SELECT table_schema, table_name FROM information_schema.tables "
        "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')").fetchall()
    return {f"{schema}.{name}": int(conn.execute(sql.SQL("SELECT count(*) FROM {}").format(
        sql.Identifier(schema, name))).fetchone()[0]) for schema, name in tables}


_UNREADABLE_SQL = """
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'S') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                  AND d.deptype = 'e')
  AND NOT CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(c.oid, 'SELECT')
               ELSE has_table_privilege(c.oid, 'SELECT') END
ORDER BY 1
"""


def _drop_database(url: str, name: str, admin: Any) -> bool:
    """DROP ... WITH (FORCE) ends any session still in it. A fresh connection when the admin session
    was broken by the interruption (psycopg cancels the running query, the session may be unusable)."""
    statement = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    for attempt in range(2):
        conn = admin if attempt == 0 and admin is not None and not admin.closed else None
        try:
            if conn is None:
                with connect(url, read_only=False) as fresh:
                    fresh.execute(statement)
            else:
                conn.execute(statement)
            return True
        except Exception:  # retried on a fresh connection, then reported by the caller
            continue
    return False


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    if proc.stderr is not None:
        proc.stderr.close()


def _close(conn: Any) -> None:
    with contextlib.suppress(Exception):  # closing a broken session: nothing more to do
        conn.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _hostname() -> str:
    return socket.gethostname() or "localhost"


def _mb(size: int) -> str:
    return f"{size / 1048576:,.0f} MB" if size >= 1048576 else f"{size / 1048576:.2f} MB"
