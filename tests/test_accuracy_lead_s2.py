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

