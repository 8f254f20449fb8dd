"""Rules the lead added in the second session of 2026-11-29, each from the lines of a labelled repository."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

STDOUT = "logging/stdout"

# patroni/scripts/barman/utils.py (shortened): the helper script's --log-file is optional; without it, stderr
BARMAN_UTILS = '''\
import logging
from typing import Optional


def set_up_logging(log_file: Optional[str] = None) -> None:
    """Set up logging to file, if *log_file* is given, otherwise to console."""
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s: %(message)s")
'''


def test_basic_config_with_an_optional_log_file_parameter_logs_to_stderr_by_default(tmp_path: Path) -> None:
    write(tmp_path, {"patroni/scripts/barman/utils.py": BARMAN_UTILS})
    [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
    assert f.status is Status.PASS, f.message
    # a parameter without a None default, a keyword-only one with a path default, a module-level name: a file
    for text in (BARMAN_UTILS.replace("log_file: Optional[str] = None", "log_file: str"),
                 BARMAN_UTILS.replace("log_file: Optional[str] = None", "*, log_file: str = '/var/log/x.log'"),
                 "import logging\nlog_file = '/var/log/app.log'\nlogging.basicConfig(filename=log_file)\n"):
        write(tmp_path, {"patroni/scripts/barman/utils.py": text})
        [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
        assert f.status is Status.FAIL and "basicConfig(filename=...)" in f.message, (text, f.message)
    # a keyword-only parameter defaulting to None is optional too
    keyword_only = BARMAN_UTILS.replace("log_file: Optional", "*, log_file: Optional")
    write(tmp_path, {"patroni/scripts/barman/utils.py": keyword_only})
    [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
    assert f.status is Status.PASS, f.message


TREE = "migration-scripts/tree"
# patroni's Dockerfile (shortened): the image is PostgreSQL's, with Patroni copied in; the final stage takes the
# builder's whole filesystem
PATRONI_DOCKERFILE = """\
ARG PG_MAJOR=16
FROM postgres:$PG_MAJOR as builder
RUN apt-get update -y && apt-get install -y python3-psycopg2 python3-yaml
COPY patroni /patroni/
FROM scratch
COPY --from=builder / /
USER postgres
ENTRYPOINT ["/bin/sh", "/entrypoint.sh"]
"""


def test_a_database_servers_own_image_with_a_driver_is_not_asked_for_a_migration_tree(tmp_path: Path) -> None:
    # patroni: psycopg in requirements.txt administers the PostgreSQL the image ships; "no migration tree" was a
    # false alarm. Skipped with the reason (never a pass: an application schema could still be owned here)
    write(tmp_path, {"requirements.txt": "psycopg2-binary>=2.5.4\nPyYAML\n", "Dockerfile": PATRONI_DOCKERFILE,
                     "Dockerfile.citus": PATRONI_DOCKERFILE.replace("postgres:$PG_MAJOR", "postgres:15")})
    [f] = findings(scan(tmp_path, only=(TREE,)), TREE)
    assert f.status is Status.SKIPPED and "database server itself" in f.message, f.message
    assert "Dockerfile (FROM postgres:16)" in f.message, f.message
    # an application image beside it, an application built FROM python, or a MongoDB image: the driver is the
    # application's, and the tree is asked for
    for files in ({"app/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n"},
                  {"Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n", "Dockerfile.citus": "FROM python:3.12\n"},
                  {"Dockerfile": "FROM builder\n".join(["FROM mongo:7 AS builder\n", "\n"]),
                   "Dockerfile.citus": "FROM mongo:7\n"}):
        other = tmp_path / f"case{len(files)}{sorted(files)[0].replace('/', '_')}"
        write(other, {"requirements.txt": "psycopg2-binary>=2.5.4\n", "Dockerfile": PATRONI_DOCKERFILE, **files})
        [f] = findings(scan(other, only=(TREE,)), TREE)
        assert f.status is Status.FAIL, (files, f.message)
