"""Restore drill benchmark: the duration of `backups/live-restore-drill` on a ~100 MB PostgreSQL database.

Run: python bench/restore_drill.py [--mb 100]
Starts a throwaway PostgreSQL (as in the tests), fills one table with --mb of rows, runs the drill
(pg_dump -> restore into scratch -> compare row counts and checksums -> drop scratch) and prints
the phases.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers.postgres import running_postgres

from deploycheck.probes.drill import DrillSettings, restore_drill


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    import psycopg

    with running_postgres() as pg:
        with psycopg.connect(pg.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        with psycopg.connect(pg.url("bench"), autocommit=True) as conn:
            conn.execute("CREATE TABLE events (id bigserial PRIMARY KEY, kind text, payload text, at timestamptz)")
            conn.execute("CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE)")
            conn.execute("INSERT INTO users (email) SELECT 'u' || g || '@example.com' FROM generate_series(1, 10000) g")
            rows = args.mb * 1024 * 1024 // 200  # ~200 bytes per row on disk
            conn.execute("INSERT INTO events (kind, payload, at) SELECT 'k' || (g %% 17), md5(g::text) || "
                         "repeat('x', 120), now() - (g || ' seconds')::interval FROM generate_series(1, %s) g",
                         (rows,))
            size = conn.execute("SELECT pg_size_pretty(pg_database_size('bench'))").fetchone()[0]
        result = restore_drill(pg.url("bench"), DrillSettings(max_size_bytes=100 * args.mb * 1048576))
        total_rows = sum(t.source_rows for t in result.tables)
        print(f"database size {size}, {len(result.tables)} tables, {total_rows:,} rows, "
              f"dump {result.dump_bytes / 1e6:.1f} MB")
        print(f"source checksums {result.checksum_s:.1f} s, dump {result.dump_s:.1f} s, restore "
              f"{result.restore_s:.1f} s, compare {result.compare_s:.1f} s, "
              f"total {result.duration_s:.1f} s; identical: {result.ok}; scratch dropped: {result.cleaned_up}")


if __name__ == "__main__":
    main()
