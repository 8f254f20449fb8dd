"""backups/live-backup-restore: the team's newest real backup (a pg_dump archive in a directory or in
S3) restored into a scratch database on a real PostgreSQL, under the restore drill's safety rules:
opt-in, size limit, CREATEDB before restoring, an archive without data skipped, and SIGTERM / SIGKILL
mid-restore leaving nothing behind (the signalled run cleans up; the killed one's leftovers are swept by
the next run). moto's S3 emulator runs in its own process (fixture shared with test_backups_live)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests import test_restore_drill_live as drill_tests
from tests.helpers import findings, scan
from tests.servers.postgres import PG_BIN, Postgres, running_postgres
from tests.test_backups_live import _bucket, aws_env, s3  # noqa: F401 (fixtures)
from tests.test_restore_drill_live import CLI, SLOW_FUNCTION, databases, wait_for_slow_restore

from deploycheck.model import Finding, Status

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.skipif(PG_BIN is None, reason="PostgreSQL server binaries are not installed")

CHECK = "backups/live-backup-restore"
drill_tmp = drill_tests.drill_tmp  # the drill tests' temporary-directory fixture, shared
PREFIX = "dcbackup_"


@pytest.fixture(scope="module")
def pg() -> Iterator[Postgres]:
    with running_postgres({"log_statement": "all", "log_line_prefix": "%a|"}) as server:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            for name in ("live", "shop", "empty", "slow", "broken"):
                conn.execute(f"CREATE DATABASE {name}")
            conn.execute("CREATE ROLE nocreate LOGIN PASSWORD 'n0-create-pw'")
        with psycopg.connect(server.url("shop"), autocommit=True) as conn:
            conn.execute("CREATE TABLE orders (id serial PRIMARY KEY, item text)")
            conn.execute("INSERT INTO orders (item) SELECT 'item' || g FROM generate_series(1, 300) g")
            conn.execute("CREATE TABLE customers (id int PRIMARY KEY)")
            conn.execute("INSERT INTO customers SELECT generate_series(1, 40)")
        with psycopg.connect(server.url("slow"), autocommit=True) as conn:
            conn.execute(SLOW_FUNCTION)  # sleeps per row only in a database whose name holds "drill"
            conn.execute("CREATE TABLE items (id int PRIMARY KEY, name text)")
            conn.execute("INSERT INTO items SELECT g, 'n' || g FROM generate_series(1, 400) g")
            conn.execute("CREATE INDEX items_slow ON items (public.slow_key(id))")
        with psycopg.connect(server.url("broken"), autocommit=True) as conn:
            # A dump of one table that needs a type from another schema: it does not restore.
            conn.execute("CREATE SCHEMA kinds")
            conn.execute("CREATE TYPE kinds.mood AS ENUM ('ok', 'sad')")
            conn.execute("CREATE TABLE public.feelings (id int, mood kinds.mood)")
            conn.execute("INSERT INTO public.feelings VALUES (1, 'ok')")
        yield server


@pytest.fixture(scope="module")
def archives(pg: Postgres, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("archives")
    made = {}
    for name, extra in (("shop", []), ("empty", []), ("slow", []), ("broken", ["--table=public.feelings"])):
        made[name] = out / f"{name}.dump"
        subprocess.run([str(PG_BIN / "pg_dump"), "-Fc", *extra, "-f", str(made[name]), pg.url(name)], check=True)
    return made


def scratch(pg: Postgres) -> list[str]:
    return [d for d in databases(pg) if d.startswith(PREFIX)]


def backup_dir(tmp_path: Path, *archives: Path) -> Path:
    where = tmp_path / "backups"
    where.mkdir(exist_ok=True)
    for i, archive in enumerate(archives):  # the last one given is the newest
        copy = where / archive.name
        shutil.copy(archive, copy)
        stamp = time.time() - 3600 + i * 60
        os.utime(copy, (stamp, stamp))
    return where


def restore(monkeypatch: pytest.MonkeyPatch, root: Path, pg: Postgres, backups: dict[str, Any],
            drill: dict[str, Any] | None, db_url: str | None = None) -> Finding:
    monkeypatch.setenv("LIVE_DB_URL", db_url or pg.url("live"))
    targets: dict[str, Any] = {"db_url_env": "LIVE_DB_URL", "backups": backups}
    if drill is not None:
        targets["restore_drill"] = drill
    [f] = findings(scan(root, only=(CHECK,), mode="verify", targets=targets), CHECK)
    return f


def test_restore_is_opt_in_per_environment(pg: Postgres, archives: dict[str, Path], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(backup_dir(tmp_path, archives["shop"]))}}, None)
    assert f.status is Status.SKIPPED and "opt-in" in f.message and "restore_drill" in f.message
    assert not scratch(pg)


def test_newest_dump_in_a_directory_restores(pg: Postgres, archives: dict[str, Path], tmp_path: Path,
                                             drill_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = backup_dir(tmp_path, archives["empty"], archives["shop"])  # shop.dump is the newest
    f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(where), "pattern": "*.dump"}},
                {"scratch_prefix": PREFIX, "temp_dir": str(drill_tmp)})
    assert f.check_id == CHECK and f.status is Status.PASS, f.message
    assert f.evidence and f.evidence["backup"] == "shop.dump"
    assert f.evidence["tables"] == 2 and f.evidence["rows"] == 340 and f.evidence["scratch_dropped"]
    assert not scratch(pg) and not list(drill_tmp.iterdir())
    assert "live" in databases(pg)  # the live database is untouched


def test_an_archive_without_table_data_is_skipped(pg: Postgres, archives: dict[str, Path], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(backup_dir(tmp_path, archives["empty"]))}},
                {"scratch_prefix": PREFIX})
    assert f.status is Status.SKIPPED and "no table data" in f.message
    assert not scratch(pg)


def test_a_backup_that_does_not_restore_fails(pg: Postgres, archives: dict[str, Path], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(backup_dir(tmp_path, archives["broken"]))}},
                {"scratch_prefix": PREFIX})
    assert f.check_id == CHECK and f.status is Status.FAIL and "does not restore" in f.message
    assert 'schema "kinds" does not exist' in f.message  # pg_restore's own words
    assert not scratch(pg)


def test_over_the_size_limit_is_skipped_before_anything_is_created(pg: Postgres, archives: dict[str, Path],
                                                                   tmp_path: Path, drill_tmp: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(backup_dir(tmp_path, archives["shop"]))}},
                {"scratch_prefix": PREFIX, "max_size_mb": 0.001, "temp_dir": str(drill_tmp)})
    assert f.status is Status.SKIPPED and "size limit" in f.message and "max_size_mb" in f.message
    assert not scratch(pg) and not list(drill_tmp.iterdir())


def test_missing_createdb_is_reported_before_restoring(pg: Postgres, archives: dict[str, Path], tmp_path: Path,
                                                       drill_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(backup_dir(tmp_path, archives["shop"]))}},
                {"scratch_prefix": PREFIX, "temp_dir": str(drill_tmp)},
                db_url=pg.url("live", "nocreate", "n0-create-pw"))
    assert f.status is Status.ERROR and "CREATEDB" in f.message and "before restoring" in f.message
    assert "n0-create-pw" not in f.message
    assert not scratch(pg) and not list(drill_tmp.iterdir())


def test_a_plain_sql_newest_backup_is_skipped_not_run(pg: Postgres, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    where = tmp_path / "sql"
    where.mkdir()
    (where / "shop.sql").write_text("\\! touch /tmp/should-never-run\nCREATE TABLE t (id int);\n")
    f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(where)}}, {"scratch_prefix": PREFIX})
    assert f.status is Status.SKIPPED and "not a pg_dump custom-format archive" in f.message
    assert not scratch(pg)


def test_pgbackrest_restore_is_skipped_with_the_reason(pg: Postgres, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    f = restore(monkeypatch, tmp_path, pg, {"pgbackrest": {"stanza": "main"}}, {"scratch_prefix": PREFIX})
    assert f.status is Status.SKIPPED and "scratch PostgreSQL instance" in f.message
    assert "pgbackrest restore" in f.message


def test_newest_dump_object_in_s3_restores(pg: Postgres, archives: dict[str, Path], s3: str,  # noqa: F811
                                           aws_env: None, tmp_path: Path, drill_tmp: Path,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    client = _bucket(s3, "restores")
    client.put_object(Bucket="restores", Key="nightly/shop-1.dump", Body=archives["empty"].read_bytes())
    time.sleep(1.1)  # S3 LastModified has whole seconds: the second upload is the newest
    client.put_object(Bucket="restores", Key="nightly/shop-2.dump", Body=archives["shop"].read_bytes())
    spec = {"s3": {"bucket": "restores", "prefix": "nightly/", "pattern": "*.dump", "endpoint_url": s3}}
    f = restore(monkeypatch, tmp_path, pg, spec, {"scratch_prefix": PREFIX, "temp_dir": str(drill_tmp)})
    assert f.check_id == CHECK and f.status is Status.PASS, f.message
    assert f.evidence and f.evidence["backup"] == "shop-2.dump" and f.evidence["rows"] == 340
    assert f.evidence["archive_bytes"] == archives["shop"].stat().st_size
    assert not scratch(pg) and not list(drill_tmp.iterdir())  # the download went with the dump directory
    # An object that is not a pg_dump archive is refused after the download, and nothing is left.
    time.sleep(1.1)
    client.put_object(Bucket="restores", Key="nightly/shop-3.dump", Body=b"-- plain SQL\n\\! rm -rf /\n")
    f = restore(monkeypatch, tmp_path, pg, spec, {"scratch_prefix": PREFIX, "temp_dir": str(drill_tmp)})
    assert f.status is Status.ERROR and "not a pg_dump custom-format archive" in f.message
    assert not scratch(pg) and not list(drill_tmp.iterdir())


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_kill_mid_restore_leaves_nothing_behind(pg: Postgres, archives: dict[str, Path], tmp_path: Path,
                                                drill_tmp: Path, signum: signal.Signals,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A real `deploycheck verify` signalled while pg_restore builds the slow index of the newest backup.
    SIGTERM: that run removes its scratch database and download directory. SIGKILL: it cannot, so the
    next run (same config) sweeps them before restoring, and then leaves nothing either."""
    where = backup_dir(tmp_path, archives["slow"])
    drill = {"scratch_prefix": PREFIX, "temp_dir": str(drill_tmp)}
    backups = {"directory": {"path": str(where)}}
    config = {"environments": {"prod": {"db_url_env": "LIVE_DB_URL", "backups": backups, "restore_drill": drill}}}
    (tmp_path / ".deploycheck.yaml").write_text(json.dumps(config))
    env = {**os.environ, "LIVE_DB_URL": pg.url("live"), "TMPDIR": str(drill_tmp)}
    proc = subprocess.Popen([sys.executable, "-c", CLI, "verify", str(tmp_path), "--env", "prod", "--only", CHECK,
                             "--no-progress"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    restores: list[int] = []
    try:
        restores = wait_for_slow_restore(pg, proc)
        assert scratch(pg)  # the scratch copy exists mid-restore
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signum, stderr
    if signum == signal.SIGKILL:
        left = scratch(pg)
        assert left  # SIGKILL gives no chance to clean up ...
        monkeypatch.setenv("TMPDIR", str(drill_tmp))
        f = restore(monkeypatch, tmp_path, pg, {"directory": {"path": str(backup_dir(tmp_path, archives["shop"]))}},
                    drill)
        assert f.status is Status.PASS, f.message  # ... the next run sweeps it, then restores and cleans up
        assert f.evidence and f"database {left[0]}" in f.evidence["swept"]
        deadline = time.time() + 10  # the orphaned pg_restore lost its database (dropped WITH (FORCE)) and exits
        while time.time() < deadline and any(Path(f"/proc/{pid}").exists() for pid in restores):
            time.sleep(0.1)
    else:
        assert "Traceback" not in stderr
        for pid in restores:  # the pg_restore child was stopped, not orphaned
            assert not Path(f"/proc/{pid}").exists() or "pg_restore" not in Path(f"/proc/{pid}/cmdline").read_text()
    assert not scratch(pg)
    assert not list(drill_tmp.iterdir())
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_restore'"
                            ).fetchone()[0] == 0
