"""A real PostgreSQL server for tests: initdb + postgres as the `postgres` user, in a temp dir, on a
free port; stopped by PID. PostgreSQL refuses to run as root, hence the user switch."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PG_BIN = next((Path(d) for d in ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
                                  "/usr/lib/postgresql/15/bin") if Path(d).is_dir()), None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes], what: str, timeout_s: float = 30) -> None:
    """Block until something listens on 127.0.0.1:port; RuntimeError if `proc` exits or time runs out."""
    deadline = time.time() + timeout_s
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"{what} did not start on port {port}") from None
            time.sleep(0.1)


@dataclass
class Postgres:
    port: int
    pid: int
    datadir: Path

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        auth = f"{user}:{password}@" if password else f"{user}@"
        return f"postgresql://{auth}127.0.0.1:{self.port}/{database}"


def _as_postgres(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, check=True, **kw)  # type: ignore[call-overload]


@contextmanager
def running_postgres(settings: dict[str, str] | None = None) -> Iterator[Postgres]:
    """`settings`: extra server settings (`-c name=value`), e.g. archiving for pgBackRest tests."""
    if PG_BIN is None:
        raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin")
    base = Path(tempfile.mkdtemp(prefix="dc-pg-"))
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
    datadir = base / "data"
    _as_postgres([str(PG_BIN / "initdb"), "-D", str(datadir), "-U", "postgres", "--auth=trust", "-E", "UTF8"])
    port = free_port()
    log = open(base / "postgres.log", "w")  # noqa: SIM115 - lives as long as the server
    cmd = [str(PG_BIN / "postgres"), "-D", str(datadir), "-p", str(port), "-c", "listen_addresses=127.0.0.1",
           "-k", str(base), "-c", "fsync=off"]
    for name, value in (settings or {}).items():
        cmd += ["-c", f"{name}={value}"]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError((base / "postgres.log").read_text()) from None
                time.sleep(0.1)
        time.sleep(0.3)
        # The postmaster's own PID (runuser forks it as a child).
        pid = int((datadir / "postmaster.pid").read_text().split()[0])
        yield Postgres(port=port, pid=pid, datadir=datadir)
    finally:
        try:
            pid = int((datadir / "postmaster.pid").read_text().split()[0])
            os.kill(pid, signal.SIGINT)  # fast shutdown
        except (OSError, ValueError):
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(base, ignore_errors=True)
