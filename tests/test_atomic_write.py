"""atomic.write_atomic: a regular file is replaced whole; a device or FIFO (-o /dev/null, /dev/stdout) is
written through, never replaced by a regular file (a root run once turned /dev/null into one)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from deploycheck.atomic import write_atomic


def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "report")
    reader.join(timeout=10)
    assert got == [b"report"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no temporary file left beside it"


def test_a_regular_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new" and stat.S_ISREG(os.stat(target).st_mode)
