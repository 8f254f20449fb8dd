"""Restore drill safety (issue 10 defect 4) against a real PostgreSQL started here and stopped by PID:
opt-in, never the source, size limit, rights before dumping, one snapshot under concurrent writes, an
empty database, the stale-scratch sweeper, and SIGTERM/SIGINT mid-restore through the real CLI."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan
from tests.servers.postgres import PG_BIN, Postgres, running_postgres

from deploycheck.model import Finding, Status

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.skipif(PG_BIN is None, reason="PostgreSQL server binaries are not installed")

CHECK = "backups/live-restore-drill"
PREFIX = "dctest_"

# Restoring its index calls this function once per row; it sleeps only inside a drill's scratch
# database, so the source is built fast and the restore is slow enough to be interrupted.
SLOW_FUNCTION = """
CREATE FUNCTION public.slow_key(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF current_database() LIKE '%drill%' THEN PERFORM pg_sleep(0.05); END IF;
  RETURN i;
END $$
"""


@pytest.fixture(scope="module")
def pg() -> Iterator[Postgres]:
    # Every statement in the server log, prefixed with the client's application name: the log shows
    # what pg_dump did (or that it never ran).
    with running_postgres({"log_statement": "all", "log_line_prefix": "%a|"}) as server:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            for name in ("shop", "empty", "slow", "busy"):
                conn.execute(f"CREATE DATABASE {name}")
            conn.execute("CREATE ROLE nocreate LOGIN PASSWORD 'n0-create-pw'")
        with psycopg.connect(server.url("shop"), autocommit=True) as conn:
            conn.execute("CREATE TABLE orders (id serial PRIMARY KEY, item text, qty int)")
            conn.execute("INSERT INTO orders (item, qty) SELECT 'item' || g, g FROM generate_series(1, 300) g")
            conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO nocreate")
            conn.execute("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO nocreate")
        with psycopg.connect(server.url("slow"), autocommit=True) as conn:
            conn.execute(SLOW_FUNCTION)
            conn.execute("CREATE TABLE items (id int PRIMARY KEY, name text)")
            conn.execute("INSERT INTO items SELECT g, 'n' || g FROM generate_series(1, 400) g")
            conn.execute("CREATE INDEX items_slow ON items (public.slow_key(id))")
        with psycopg.connect(server.url("busy"), autocommit=True) as conn:
            conn.execute("CREATE TABLE events (id bigserial PRIMARY KEY, payload text)")
            conn.execute("INSERT INTO events (payload) SELECT md5(g::text) FROM generate_series(1, 20000) g")
        yield server


@pytest.fixture
def drill_tmp() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="dc-drill-tmp-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def server_log(pg: Postgres) -> str:
    return (pg.datadir.parent / "postgres.log").read_text(errors="replace")


def databases(pg: Postgres) -> list[str]:
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        return [r[0] for r in conn.execute("SELECT datname FROM pg_database ORDER BY 1")]


def drill(monkeypatch: pytest.MonkeyPatch, root: Path, url: str, spec: dict[str, Any] | None) -> Finding:
    monkeypatch.setenv("DRILL_DB_URL", url)
    targets: dict[str, Any] = {"db_url_env": "DRILL_DB_URL"}
    if spec is not None:
        targets["restore_drill"] = spec
    result = scan(root, only=(CHECK,), mode="verify", targets=targets)
    [f] = findings(result, CHECK)
    return f


def test_drill_is_opt_in_per_environment(pg: Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(server_log(pg))
    f = drill(monkeypatch, tmp_path, pg.url("shop"), None)
    assert f.status is Status.SKIPPED and "opt-in" in f.message and "restore_drill" in f.message
    assert "pg_dump|" not in server_log(pg)[before:]  # nothing was dumped
    assert not [d for d in databases(pg) if d.startswith(PREFIX)]


def test_a_target_naming_the_source_database_is_refused(pg: Postgres, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRILL_TARGET_URL", pg.url("shop").replace("127.0.0.1", "localhost"))
    before = len(server_log(pg))
    f = drill(monkeypatch, tmp_path, pg.url("shop"),
              {"target_url_env": "DRILL_TARGET_URL", "scratch_prefix": PREFIX})
    assert f.status is Status.ERROR and "source database itself" in f.message
    assert "pg_dump|" not in server_log(pg)[before:]
    # Another database on the same server is a valid target server connection: the scratch copy is
    # created beside it, and the source is untouched.
    monkeypatch.setenv("DRILL_TARGET_URL", pg.url("postgres"))
    f = drill(monkeypatch, tmp_path, pg.url("shop"), {"target_url_env": "DRILL_TARGET_URL"})
    assert f.status is Status.PASS, f.message
    assert f.evidence and f.evidence["restored_on"].endswith("/postgres") and f.evidence["scratch_dropped"]


def test_over_the_size_limit_is_skipped_before_dumping(pg: Postgres, tmp_path: Path, drill_tmp: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(server_log(pg))
    f = drill(monkeypatch, tmp_path, pg.url("shop"),
              {"scratch_prefix": PREFIX, "max_size_mb": 1, "temp_dir": str(drill_tmp)})
    assert f.status is Status.SKIPPED and "size limit of 1 MB" in f.message and "max_size_mb" in f.message
    assert f.evidence and f.evidence["database_bytes"] > 1048576
    assert "pg_dump|" not in server_log(pg)[before:] and not list(drill_tmp.iterdir())
    assert not [d for d in databases(pg) if d.startswith(PREFIX)]


def test_missing_createdb_is_reported_before_anything_is_dumped(pg: Postgres, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(server_log(pg))
    f = drill(monkeypatch, tmp_path, pg.url("shop", "nocreate", "n0-create-pw"), {"scratch_prefix": PREFIX})
    assert f.status is Status.ERROR and "CREATEDB" in f.message and "before dumping" in f.message
    assert "n0-create-pw" not in f.message
    log = server_log(pg)[before:]
    assert "pg_dump|" not in log and "COPY public.orders" not in log  # before: the whole dump ran first


def test_an_empty_database_is_skipped_not_passed(pg: Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = drill(monkeypatch, tmp_path, pg.url("empty"), {"scratch_prefix": PREFIX})
    assert f.status is Status.SKIPPED and "no tables" in f.message
    assert not [d for d in databases(pg) if d.startswith(PREFIX)]


def test_one_snapshot_for_dump_and_checksums_under_concurrent_writes(pg: Postgres, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    stop = threading.Event()
    inserted = [0]

    def writer() -> None:
        with psycopg.connect(pg.url("busy"), autocommit=True) as conn:
            while not stop.is_set():
                conn.execute("INSERT INTO events (payload) VALUES ('written during the drill')")
                inserted[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.2)
        before = len(server_log(pg))
        f = drill(monkeypatch, tmp_path, pg.url("busy"), {"scratch_prefix": PREFIX})
    finally:
        stop.set()
        thread.join()
    assert inserted[0] > 50  # the writer really ran throughout
    assert f.status is Status.PASS, f.message
    assert f.evidence and f.evidence["rows"] >= 20000
    # pg_dump imported the exported snapshot instead of taking its own.
    assert "pg_dump|SET TRANSACTION SNAPSHOT" in server_log(pg)[before:].replace("LOG:  statement: ", "")
    # The duration includes the checksum pass on both sides.
    e = f.evidence
    assert e["checksum_s"] > 0 and e["compare_s"] > 0
    assert e["duration_s"] == pytest.approx(e["checksum_s"] + e["dump_s"] + e["restore_s"] + e["compare_s"], abs=0.03)


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_the_next_drill_sweeps_what_a_killed_one_left(pg: Postgres, tmp_path: Path, drill_tmp: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    host, dead, now = socket.gethostname(), _dead_pid(), int(time.time())
    stale = f"{PREFIX}drill_{dead}_{now}"
    running = f"{PREFIX}drill_1_{now}"  # pid 1 is alive: a drill still running must be left alone
    old = f"{PREFIX}drill_1_{now - 30 * 86400}"  # started 30 days ago: no drill runs that long
    lookalike = f"{PREFIX}drill_{dead}_{now + 1}"  # the name pattern alone, without the comment
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        for name, comment in ((stale, f"host={host} pid={dead} started={now}"),
                              (running, f"host={host} pid=1 started={now}"),
                              (old, f"host=elsewhere pid=1 started={now - 30 * 86400}"), (lookalike, None)):
            conn.execute(f'CREATE DATABASE "{name}"')
            if comment:
                conn.execute(f"COMMENT ON DATABASE \"{name}\" IS 'deploycheck restore drill {comment}'")
    (drill_tmp / f"deploycheck-drill-{dead}-abc").mkdir()
    (drill_tmp / f"deploycheck-drill-{dead}-abc" / "dump.pgc").write_bytes(b"PGDMP partial")
    (drill_tmp / "deploycheck-drill-1-def").mkdir()
    try:
        f = drill(monkeypatch, tmp_path, pg.url("shop"), {"scratch_prefix": PREFIX, "temp_dir": str(drill_tmp)})
        assert f.status is Status.PASS, f.message
        assert f.evidence and sorted(f.evidence["swept"]) == sorted(
            [f"database {stale}", f"database {old}", f"directory {drill_tmp / f'deploycheck-drill-{dead}-abc'}"])
        left = [d for d in databases(pg) if d.startswith(PREFIX)]
        assert sorted(left) == sorted([running, lookalike])
        assert [p.name for p in drill_tmp.iterdir()] == ["deploycheck-drill-1-def"]
    finally:
        with psycopg.connect(pg.url(), autocommit=True) as conn:
            for name in (stale, running, old, lookalike):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


CLI = "import sys; from deploycheck.cli import main; sys.exit(main())"


def _children(pid: int, name: str) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        comm, rest = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
        if comm == name and int(rest[1]) == pid:
            out.append(int(entry.name))
    return out


def wait_for_slow_restore(pg: Postgres, proc: subprocess.Popen[str]) -> list[int]:
    """The pids of `proc`'s pg_restore children once one of them builds the slow index (asserted)."""
    restores: list[int] = []
    deadline = time.time() + 60
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        while time.time() < deadline and proc.poll() is None:
            active = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_restore' "
                                  "AND query LIKE 'CREATE INDEX%'").fetchone()[0]
            restores = _children(proc.pid, "pg_restore")
            if active and restores:
                break
            time.sleep(0.05)
    assert restores and proc.poll() is None, f"pg_restore never ran: {proc.communicate()}"
    return restores


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_mid_restore_leaves_nothing_behind(pg: Postgres, tmp_path: Path, drill_tmp: Path,
                                                  signum: signal.Signals) -> None:
    """`deploycheck verify` as a real process, signalled while pg_restore builds a slow index."""
    config = {"environments": {"drill": {"db_url_env": "DRILL_DB_URL",
                                         "restore_drill": {"scratch_prefix": PREFIX, "temp_dir": str(drill_tmp)}}}}
    (tmp_path / ".deploycheck.yaml").write_text(json.dumps(config))
    env = {**os.environ, "DRILL_DB_URL": pg.url("slow"), "TMPDIR": str(drill_tmp)}
    proc = subprocess.Popen([sys.executable, "-c", CLI, "verify", str(tmp_path), "--env", "drill",
                             "--only", CHECK, "--no-progress"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    restores: list[int] = []
    try:
        restores = wait_for_slow_restore(pg, proc)
        assert [d for d in databases(pg) if d.startswith(PREFIX)]  # the scratch copy exists mid-restore
        assert list(drill_tmp.iterdir())  # and so does the dump
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == (-signal.SIGTERM if signum == signal.SIGTERM else 130), stderr
    assert "Traceback" not in stderr
    assert not [d for d in databases(pg) if d.startswith(PREFIX)]  # scratch database dropped
    assert not list(drill_tmp.iterdir())  # dump directory removed
    for pid in restores:  # the pg_restore child was stopped, not orphaned
        assert not Path(f"/proc/{pid}").exists() or "pg_restore" not in Path(f"/proc/{pid}/cmdline").read_text()
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name IN "
                            "('pg_restore', 'pg_dump')").fetchone()[0] == 0
