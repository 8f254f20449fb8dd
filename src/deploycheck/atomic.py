"""Write an output file so that it is either the whole new content or not there (the old file stays).

A report that CI uploads must never be a truncated file that parses as half a report: a SIGKILL in the
middle of a write or a full disk leaves only a hidden temporary file (removed when the error is seen).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


class WriteError(OSError):
    """The file could not be written; the message names it and the reason."""


def write_atomic(path: Path, text: str | bytes) -> None:
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # not there yet (or unreadable: the write below says why)
        special = False
    if special:
        # -o /dev/null, /dev/stdout, a FIFO: write through it. Renaming over it replaced the device node
        # with a regular file (a root run broke /dev/null for the whole machine).
        try:
            with open(path, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
        return
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise WriteError(f"cannot write {path}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # keep the usual permissions of a new file, not mkstemp's 0600
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
    # The rename is durable once the directory entry is on disk.
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
