"""backups/live-latest-backup against real backups: a pgBackRest repository made by the real pgbackrest
from a real PostgreSQL, pg_dump archives in a directory, and WAL-G base backups / dump objects in S3
served by moto's S3 emulator in its own process (stopped by PID)."""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan
from tests.servers.postgres import PG_BIN, free_port, running_postgres, wait_for_port

from deploycheck.model import Status

CHECK = "backups/live-latest-backup"
needs_pg = pytest.mark.skipif(PG_BIN is None, reason="PostgreSQL server binaries are not installed")


def verify(root: Path, backups: dict[str, Any] | None) -> Any:
    targets = {"backups": backups} if backups is not None else {}
    return findings(scan(root, only=("backups",), mode="verify", targets=targets), CHECK)


def test_without_backups_config_it_is_skipped(tmp_path: Path) -> None:
    [f] = verify(tmp_path, None)
    assert f.status is Status.SKIPPED and "backups:" in f.message


# --- pg_dump archives in a directory ----------------------------------------------------------------

@pytest.fixture(scope="module")
def dump_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if PG_BIN is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    out = tmp_path_factory.mktemp("dumps")
    with running_postgres() as pg:
        subprocess.run([str(PG_BIN / "psql"), pg.url(), "-qc",
                        "CREATE TABLE t AS SELECT g AS id FROM generate_series(1, 100) g"], check=True)
        subprocess.run([str(PG_BIN / "pg_dump"), "-Fc", "-f", str(out / "shop-20260101.dump"), pg.url()], check=True)
    yield out


@needs_pg
def test_recent_readable_dump_passes(dump_dir: Path, tmp_path: Path) -> None:
    [f] = verify(tmp_path, {"directory": {"path": str(dump_dir), "pattern": "*.dump"}, "rpo_hours": 2})
    assert f.status is Status.PASS, f.message
    assert f.evidence["newest"]["name"] == "shop-20260101.dump"
    assert "table of contents" in f.evidence["newest"]["detail"]


@needs_pg
def test_truncated_newest_dump_is_unusable_and_an_old_one_fails_the_rpo(dump_dir: Path, tmp_path: Path) -> None:
    work = tmp_path / "dumps"
    work.mkdir()
    good = work / "shop-old.dump"
    shutil.copy(dump_dir / "shop-20260101.dump", good)
    old = time.time() - 3 * 86400
    os.utime(good, (old, old))
    data = (dump_dir / "shop-20260101.dump").read_bytes()
    (work / "shop-new.dump").write_bytes(data[: len(data) // 3])  # a dump cut short by a full disk
    [f] = verify(tmp_path, {"directory": {"path": str(work), "pattern": "*.dump"}, "rpo_hours": 24})
    assert f.status is Status.FAIL
    assert f.evidence["newest"]["name"] == "shop-old.dump" and "3.0 days old" in f.message
    assert [u["name"] for u in f.evidence["unusable"]] == ["shop-new.dump"]


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    [f] = verify(tmp_path, {"directory": {"path": str(tmp_path / "nope")}})
    assert f.status is Status.ERROR and "does not exist" in f.message


def test_empty_directory_fails(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    [f] = verify(tmp_path, {"directory": {"path": str(tmp_path / "empty")}})
    assert f.status is Status.FAIL and "no usable backup" in f.message


# --- pgBackRest -------------------------------------------------------------------------------------

def _as_postgres(*cmd: str) -> subprocess.CompletedProcess[str]:
    full = ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else list(cmd)
    return subprocess.run(full, capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def pgbackrest_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if PG_BIN is None or shutil.which("pgbackrest") is None:
        pytest.skip("needs PostgreSQL and pgbackrest (Debian packages postgresql, pgbackrest)")
    # Not under pytest's tmp dir: pgbackrest runs as postgres, and pytest keeps /tmp/pytest-of-root at 0700
    # (any pytest starting meanwhile resets it).
    base = Path(tempfile.mkdtemp(prefix="dc-pgbackrest-"))
    base.chmod(0o755)
    conf = base / "pgbackrest.conf"
    for sub in ("repo", "log", "lock", "spool"):
        (base / sub).mkdir()
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for path in (base, *base.iterdir()):
            os.chown(path, pw.pw_uid, pw.pw_gid)
    archive = f"pgbackrest --config={conf} --stanza=main archive-push %p"
    with running_postgres({"wal_level": "replica", "archive_mode": "on", "archive_command": archive,
                           "max_wal_senders": "2"}) as pg:
        conf.write_text(f"[global]\nrepo1-path={base / 'repo'}\nlog-path={base / 'log'}\nlock-path={base / 'lock'}\n"
                        f"spool-path={base / 'spool'}\nstart-fast=y\nrepo1-retention-full=2\n"
                        f"[main]\npg1-path={pg.datadir}\npg1-port={pg.port}\npg1-socket-path={pg.datadir.parent}\n"
                        f"pg1-user=postgres\n")
        conf.chmod(0o644)
        try:
            for step in (("stanza-create",), ("backup", "--type=full")):
                done = _as_postgres("pgbackrest", f"--config={conf}", "--stanza=main", *step)
                assert done.returncode == 0, done.stdout + done.stderr
            yield conf
        finally:
            shutil.rmtree(base, ignore_errors=True)


@needs_pg
def test_pgbackrest_real_backup_within_rpo(pgbackrest_repo: Path, tmp_path: Path) -> None:
    [f] = verify(tmp_path, {"pgbackrest": {"stanza": "main", "config": str(pgbackrest_repo)}, "rpo_hours": 1})
    assert f.status is Status.PASS, f.message
    assert f.evidence["newest"]["kind"] == "full" and f.evidence["newest"]["name"].endswith("F")
    assert f.evidence["newest"]["age_hours"] < 1


@needs_pg
def test_pgbackrest_backup_older_than_rpo_fails(pgbackrest_repo: Path, tmp_path: Path) -> None:
    time.sleep(1.0)
    [f] = verify(tmp_path, {"pgbackrest": {"stanza": "main", "config": str(pgbackrest_repo)}, "rpo_hours": 0.0001})
    assert f.status is Status.FAIL and "older than the RPO" in f.message


@needs_pg
def test_pgbackrest_unknown_stanza_is_an_error(pgbackrest_repo: Path, tmp_path: Path) -> None:
    [f] = verify(tmp_path, {"pgbackrest": {"stanza": "nosuch", "config": str(pgbackrest_repo)}})
    assert f.status is Status.ERROR and "nosuch" in f.message


# --- S3 (moto's S3 emulator, a separate process) ----------------------------------------------------

@pytest.fixture(scope="module")
def s3() -> Iterator[str]:
    exe = shutil.which("moto_server")
    if exe is None:
        pytest.skip("moto_server is not installed (pip install 'moto[server]')")
    port = free_port()
    proc = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, proc, "moto_server")
        yield f"http://127.0.0.1:{port}"
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


def _bucket(endpoint: str, name: str) -> Any:
    import boto3

    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=name)
    return client


def _iso(delta: dt.timedelta) -> str:
    return (dt.datetime.now(dt.UTC) - delta).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_walg_base_backups_in_s3(s3: str, aws_env: None, tmp_path: Path) -> None:
    import json

    client = _bucket(s3, "walg")
    prefix = "pg/prod/"
    sentinels = {
        "base_000000010000000000000002": {"FinishTime": _iso(dt.timedelta(days=3)), "CompressedSize": 1000},
        "base_000000010000000000000009": {"FinishTime": _iso(dt.timedelta(hours=5)), "CompressedSize": 2000},
    }
    for name, body in sentinels.items():
        client.put_object(Bucket="walg", Key=f"{prefix}basebackups_005/{name}_backup_stop_sentinel.json",
                          Body=json.dumps({"LSN": 1, "PgVersion": 150000, **body}).encode())
        client.put_object(Bucket="walg", Key=f"{prefix}basebackups_005/{name}/tar_partitions/part_1.tar.lz4",
                          Body=b"x")
    spec = {"s3": {"bucket": "walg", "prefix": prefix, "layout": "wal-g", "endpoint_url": s3}}
    [f] = verify(tmp_path, {**spec, "rpo_hours": 24})
    assert f.status is Status.PASS, f.message
    assert f.evidence["backups"] == 2
    assert f.evidence["newest"]["name"] == "base_000000010000000000000009"
    assert 4.9 < f.evidence["newest"]["age_hours"] < 5.1  # from FinishTime, not the upload time
    [f] = verify(tmp_path, {**spec, "rpo_hours": 4})
    assert f.status is Status.FAIL


def test_dump_objects_in_s3_and_an_empty_prefix(s3: str, aws_env: None, tmp_path: Path) -> None:
    client = _bucket(s3, "dumps")
    client.put_object(Bucket="dumps", Key="nightly/shop-1.dump", Body=b"PGDMP...")
    client.put_object(Bucket="dumps", Key="nightly/readme.txt", Body=b"not a backup")
    [f] = verify(tmp_path, {"s3": {"bucket": "dumps", "prefix": "nightly/", "pattern": "*.dump", "endpoint_url": s3}})
    assert f.status is Status.PASS and f.evidence["backups"] == 1
    [f] = verify(tmp_path, {"s3": {"bucket": "dumps", "prefix": "weekly/", "endpoint_url": s3}})
    assert f.status is Status.FAIL and "no usable backup" in f.message


def test_missing_bucket_is_an_error(s3: str, aws_env: None, tmp_path: Path) -> None:
    [f] = verify(tmp_path, {"s3": {"bucket": "no-such-bucket", "endpoint_url": s3}})
    assert f.status is Status.ERROR and "NoSuchBucket" in f.message
