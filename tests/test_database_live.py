"""The live database checks against a real PostgreSQL (started here, stopped by PID)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.helpers import findings, scan
from tests.servers.postgres import PG_BIN, Postgres, running_postgres

from deploycheck.model import Status

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.skipif(PG_BIN is None, reason="PostgreSQL server binaries are not installed")


@pytest.fixture(scope="module")
def pg() -> Iterator[Postgres]:
    with running_postgres() as server:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE shop")
            conn.execute("CREATE ROLE reader LOGIN PASSWORD 's3cret-pw'")
        with psycopg.connect(server.url("shop"), autocommit=True) as conn:
            conn.execute("CREATE TABLE orders (id serial PRIMARY KEY, item text, qty int)")
            conn.execute("INSERT INTO orders (item, qty) SELECT 'item' || g, g FROM generate_series(1, 500) g")
            conn.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
            conn.execute("INSERT INTO alembic_version VALUES ('b2')")
            conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
        yield server


def verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, only: str):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SHOP_DB_URL", url)
    return scan(tmp_path, only=(only,), mode="verify",
                targets={"db_url_env": "SHOP_DB_URL", "restore_drill": {"scratch_prefix": "deploycheck_"}})


def test_restore_drill_restores_identical_copy_and_drops_scratch(pg: Postgres, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    result = verify(tmp_path, monkeypatch, pg.url("shop"), "backups/live-restore-drill")
    [f] = findings(result, "backups/live-restore-drill")
    assert f.status is Status.PASS, f.message
    assert f.evidence and f.evidence["rows"] == 501 and f.evidence["scratch_dropped"] is True
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        names = [r[0] for r in conn.execute("SELECT datname FROM pg_database")]
    assert not [n for n in names if n.startswith("deploycheck_drill_")]
    # The source was only read.
    with psycopg.connect(pg.url("shop")) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 500


def test_restore_drill_without_createdb_is_an_error_naming_target_and_hides_password(
        pg: Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = pg.url("shop", "reader", "s3cret-pw")
    result = verify(tmp_path, monkeypatch, url, "backups/live-restore-drill")
    [f] = findings(result, "backups/live-restore-drill")
    assert f.status is Status.ERROR  # pg_dump could not read the sequence: said before dumping
    assert "permission denied" in f.message and "public.orders_id_seq" in f.message
    assert "reader:***@127.0.0.1" in f.message and "s3cret-pw" not in f.message
    with psycopg.connect(pg.url("shop"), autocommit=True) as conn:
        conn.execute("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO reader")
    result = verify(tmp_path, monkeypatch, url, "backups/live-restore-drill")
    [f] = findings(result, "backups/live-restore-drill")
    assert f.status is Status.ERROR and "CREATEDB" in f.message and "s3cret-pw" not in f.message
    assert f.location is not None and f.location.url and "s3cret-pw" not in f.location.url


def test_unreachable_database_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.servers.postgres import free_port

    result = verify(tmp_path, monkeypatch, f"postgresql://postgres@127.0.0.1:{free_port()}/x",
                    "backups/live-restore-drill")
    [f] = findings(result, "backups/live-restore-drill")
    assert f.status is Status.ERROR and "cannot connect" in f.message


def test_live_checks_skip_without_target(tmp_path: Path) -> None:
    result = scan(tmp_path, only=("backups/live-restore-drill",), mode="verify")
    [f] = findings(result, "backups/live-restore-drill")
    assert f.status is Status.SKIPPED and "--db-url-env" in f.message
    static = scan(tmp_path, only=("backups/live-restore-drill",))
    assert not findings(static, "backups/live-restore-drill")  # live checks never run under scan


def test_applied_revision_compares_with_repository_head(pg: Postgres, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from deploycheck.checks.database import live

    monkeypatch.setattr(live, "repository_heads", lambda ctx: {"alembic": {"b2"}})
    result = verify(tmp_path, monkeypatch, pg.url("shop"), "schema-changes/live-applied-revision")
    [f] = findings(result, "schema-changes/live-applied-revision")
    assert f.status is Status.PASS
    monkeypatch.setattr(live, "repository_heads", lambda ctx: {"alembic": {"c3"}})
    result = verify(tmp_path, monkeypatch, pg.url("shop"), "schema-changes/live-applied-revision")
    [f] = findings(result, "schema-changes/live-applied-revision")
    assert f.status is Status.FAIL and "b2" in f.message and "c3" in f.message
