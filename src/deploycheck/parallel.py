"""The checks of a scan on two cores: after the Kubernetes objects are parsed, a forked copy of the process
runs some of the remaining checks while this one runs the others.

Checks are pure functions of the run context (DESIGN.md), so each one gives the same findings in either
process; the child sends its findings back (pickled) and the engine keeps them in check order, so the
report is the same as a serial run's. The child takes only checks that read nothing but the Kubernetes
objects (parsed before the fork, so shared for free); which process runs which of those is decided as they
go (each takes the next check index from a shared pipe), so one slow check does not leave a core idle. The
parent runs the other checks first, then helps with the shared ones. Sources the child reads for its checks
stay in the child (the parent reads them again if one of its own checks needs them): handing it code or
secret-scan checks too made a whole scan of the corpus cost 12.3 s CPU against 7.8 s on one process, for no
wall time (each process read the same sources; bench/README.md). The engine's own use of sources after the
checks (suppressions, redaction, identity, notices) only looks at the files and the Kubernetes objects,
which are read before the fork.

Hand-written on os.fork rather than multiprocessing/concurrent.futures: those start a fresh interpreter or
pickle the work to it, and the work here is the parsed repository, which only a fork shares for free.
Used only where it is safe and pays: a POSIX fork, `scan` (not `verify`: live probes and load tests are
not run side by side), no other thread in the process (a fork copies locks another thread may hold), no
background worker pool, enough objects and checks left, and a second core that is not busy (the load average);
`DEPLOYCHECK_JOBS=1` turns it off, `DEPLOYCHECK_JOBS=2` on whatever the load. A child that
fails in any way costs only time: the parent runs that child's checks itself.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from deploycheck.config import Config
    from deploycheck.context import Context
    from deploycheck.model import Finding

MIN_CHECKS = 8  # fewer shareable checks left than this: a fork (~10 ms) is not worth it
# Below this many objects the checks the child could take cost too little to pay for the fork (bench/README.md,
# "Corpus speed (perf-corpus6)", idle-machine estimates from each process's CPU time: the checks' fork saved
# ~0.01 s of 0.43 s on 283 objects for 0.05 s more CPU, ~0.04 s of 0.64 s on the corpus's 577; two processes in
# all saved 0.17 s of 1.16 s on 1,154 objects and 0.47 s of 2.26 s on 2,308).
MIN_OBJECTS = 400
_INDEX = struct.Struct("<H")  # one check index in the shared pipe (2 bytes: reads of it are never split)


def jobs() -> int:
    """Processes to use: DEPLOYCHECK_JOBS when set (1 = serial), else 2 where the machine has a core to spare
    (as `make -l` does: a 1-minute load average at or above the cores less half a core means the other
    core is busy, and a second process there only adds CPU: measured at load 8 on 2 cores, 3.5 s wall
    serial against 4.8 s on two processes)."""
    value = os.environ.get("DEPLOYCHECK_JOBS", "").strip()
    if value.isdigit():
        return max(1, int(value))
    cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0] >= cores - 0.5
    except OSError:  # no load average on this system
        busy = False
    return 1 if cores < 2 or busy else 2


def shareable(needs: Sequence[str]) -> bool:
    """Whether a check with these `needs` reads only the Kubernetes objects (and the config): the checks a child
    may take without reading sources again (see the module docstring)."""
    return "kubernetes manifests" in needs and all(
        need == "kubernetes manifests" or need.endswith(" in the config") for need in needs)


def worth_forking(ctx: Context, shared: int) -> bool:
    """Whether the checks left may run on two processes, `shared` of them on either (see the module docstring)."""
    from deploycheck.sources.kubernetes import all_objects

    if shared < MIN_CHECKS or ctx.options.mode != "scan" or not hasattr(os, "fork") or jobs() < 2:
        return False
    if ctx.background or threading.active_count() > 1:
        return False
    kube = ctx.peek(all_objects)
    return kube is not None and len(kube.objects) >= MIN_OBJECTS


def run_shared(ctx: Context, indices: Sequence[int], run_one: Callable[[int], list[Finding]],
               timings: dict[str, float], own: Sequence[int] = ()) -> dict[int, list[Finding]]:
    """Runs `run_one(i)` for every index of `indices` on this process or a forked one, and for every index of
    `own` on this process (first); returns {index: findings} for all of them. `timings` (the engine's per-check
    self times) gets the child's times too, as do the context's."""
    import pickle  # here, not at the top: a one-process scan never pickles (~4 ms of its imports); before the fork,
    # so the child shares the parent's module

    tasks_r, tasks_w = os.pipe()
    results_r, results_w = os.pipe()
    os.write(tasks_w, b"".join(_INDEX.pack(i) for i in indices))  # < 64 KiB: never blocks
    os.close(tasks_w)
    pid = os.fork()
    if pid == 0:  # the child: its own checks, then its findings down the pipe, then gone
        code = 1
        # Python-level output of the child's checks (held in the parent's StringIO while the engine runs, see
        # cli._stray_output_held) would die with the child: it goes to fd 2, which the parent shows too.
        held = sys.stdout if isinstance(sys.stdout, io.StringIO) else None
        start = held.tell() if held is not None else 0
        try:
            os.close(results_r)
            ctx.options.progress = ctx.options.stage = None  # the progress line is the parent's
            checks_before, sources_before = dict(timings), dict(ctx.timings or {})
            mine = {i: run_one(i) for i in _take(tasks_r)}
            payload = pickle.dumps((mine, _since(timings, checks_before), _since(ctx.timings or {}, sources_before)),
                                   protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(results_w, "wb") as out:
                out.write(payload)
            code = 0
        finally:
            with contextlib.suppress(Exception):
                if held is not None and held.getvalue()[start:]:
                    os.write(2, held.getvalue()[start:].encode("utf-8", "replace"))
                sys.stderr.flush()
            os._exit(code)  # no atexit handlers, no second flush of the parent's buffered output
    os.close(results_w)
    done = {i: run_one(i) for i in own}
    done.update((i, run_one(i)) for i in _take(tasks_r))
    os.close(tasks_r)
    with os.fdopen(results_r, "rb") as inp:
        payload = inp.read()
    _, status = os.waitpid(pid, 0)
    theirs: dict[int, list[Finding]] = {}
    if os.waitstatus_to_exitcode(status) == 0:
        try:
            theirs, their_times, their_sources = pickle.loads(payload)
        except Exception:
            theirs = {}
        else:
            _add(timings, their_times)
            if ctx.timings is not None and their_sources:
                _add(ctx.timings, their_sources)
    for i in indices:  # own are all done
        if i not in done:
            done[i] = theirs[i] if i in theirs else run_one(i)
    return done


def _take(fd: int) -> Any:
    while True:
        chunk = os.read(fd, _INDEX.size)
        if len(chunk) < _INDEX.size:
            return
        yield _INDEX.unpack(chunk)[0]


def _since(now: dict[str, float], before: dict[str, float]) -> dict[str, float]:
    return {name: seconds - before.get(name, 0.0) for name, seconds in now.items() if seconds != before.get(name)}


def _add(into: dict[str, float], more: dict[str, float]) -> None:
    for name, seconds in more.items():
        into[name] = into.get(name, 0.0) + seconds


# --- the plain manifests, parsed ahead -------------------------------------------------------------------
# `scan` imports every check module (~0.1-0.2 s) before the engine runs; on the second core, a child process
# meanwhile lists, reads and parses the plain manifest files the engine will ask for, and hands the parsed
# documents over when the engine's Kubernetes source first runs. The source takes a file's documents from the
# child only when the child read the same text, so the result is the serial one whatever happened between.
# The child takes the files to parse one by one from a pipe of file indices (as run_shared's checks); when the
# engine's source runs before the child is done, it takes the files left in that pipe and parses them itself
# instead of waiting (it parses any file the child did not, so which process took which changes nothing).
# The child walks the tree first (it must, to list the candidate files), and hands that walk over at once, through a
# pipe wide enough to hold it (the child never waits for a reader): the engine's first file listing takes it instead
# of walking the same tree again (~40 ms of the corpus scan on the engine's process, pathspec's import and a git
# process included; bench/README.md "Start-up and the second process (perf-corpus8)"). The walk lists names and
# what the walker recorded, not texts: every file is still read by the process that uses it. A walk larger than the
# pipe is not sent, and the engine walks itself.


@dataclass
class _Ahead:
    """The parse-ahead child and the pipes it answers through."""
    pid: int
    fd: int
    tasks: int  # read end of the pipe of file indices not yet taken
    walk: int = -1  # read end of the pipe carrying the child's file walk; -1 when taken or not sent
    walk_key: tuple[Any, ...] = ()  # what the walk depends on (walk_key()); another walk does not take it


_FILE_INDEX = struct.Struct("<I")
_MAX_SHARED_FILES = 16_000  # their indices fit in the pipe (64 KiB): the child's write never waits for a reader


_ahead: _Ahead | None = None
_WALK_PIPE_BYTES = 1 << 20  # asked for; Linux's default ceiling for an unprivileged process (pipe-max-size)


def walk_key(root: Path, config: Config) -> tuple[Any, ...]:
    """What a Context's file walk and production view depend on (Context.all_files and .files)."""
    return (root.resolve(), config.max_file_bytes, tuple(config.exclude), tuple(config.include))


def _widened(fd: int) -> int:
    """The bytes the pipe of write end `fd` holds without a reader, after asking for _WALK_PIPE_BYTES; 0 where the
    size cannot be known (no F_GETPIPE_SZ: not Linux), and then nothing is sent through it."""
    import fcntl

    if not hasattr(fcntl, "F_GETPIPE_SZ") or not hasattr(fcntl, "F_SETPIPE_SZ"):
        return 0
    with contextlib.suppress(OSError):  # EPERM past the per-user pipe limits: the default size then
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _WALK_PIPE_BYTES)
    try:
        return int(fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ))
    except OSError:
        return 0


def prefetch_manifests(root: Path, config: Config, environment: str | None) -> None:
    """Starts the child that reads and parses the plain manifests of `root` (see above), when it may."""
    global _ahead
    if _ahead is not None or not hasattr(os, "fork") or jobs() < 2 or threading.active_count() > 1:
        return
    import pickle  # before the fork: the child pickles, this process unpickles (see run_shared)

    read_fd, write_fd = os.pipe()
    tasks_r, tasks_w = os.pipe()
    walk_r, walk_w = os.pipe()
    capacity = _widened(walk_w)
    config = config.for_environment(environment)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read_fd)
            os.close(walk_r)
            from deploycheck.context import Context
            from deploycheck.sources.kubernetes import candidate_manifest_files, parse_manifest

            ctx = Context(root, config)
            _send_walk(ctx, walk_w, capacity)
            candidates = candidate_manifest_files(ctx)
            shared = min(len(candidates), _MAX_SHARED_FILES)
            indices = b"".join(_FILE_INDEX.pack(i) for i in range(shared))
            for at in range(0, len(indices), 4096):  # writes of <= PIPE_BUF bytes: whole indices, never split
                os.write(tasks_w, indices[at:at + 4096])
            os.close(tasks_w)
            parsed: dict[str, tuple[str, Any]] = {}
            for index in itertools.chain(_take_files(tasks_r), range(shared, len(candidates))):  # one at a time
                rel = candidates[index]
                text = ctx.files.read_text(rel)
                if text is not None:
                    parsed[rel] = (text, parse_manifest(rel, text))
            payload = pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as out:
                out.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    os.close(tasks_w)
    os.close(walk_w)
    if capacity:
        _ahead = _Ahead(pid, read_fd, tasks_r, walk_r, walk_key(root, config))
    else:
        os.close(walk_r)
        _ahead = _Ahead(pid, read_fd, tasks_r)


def _send_walk(ctx: Context, fd: int, capacity: int) -> None:
    """The child's walk and production view (Context.all_files, .files), down the pipe when they fit in it (the
    write never waits for a reader); nothing otherwise. Sent without the texts read so far (none, as the views are
    built): the engine reads each file itself, recording what it meets."""
    import pickle
    from dataclasses import replace

    payload = b""
    if capacity:
        texts: dict[str, str | None] = {}  # one dict for both, as they share one (FileIndex.production)
        both = (replace(ctx.all_files, _text_cache=texts), replace(ctx.files, _text_cache=texts))
        data = pickle.dumps(both, protocol=pickle.HIGHEST_PROTOCOL)
        payload = data if len(data) <= capacity else b""
    with os.fdopen(fd, "wb") as out:
        out.write(payload)


def walked_files(root: Path, config: Config) -> tuple[Any, Any] | None:
    """(the walk, its production view) as the child made them for the same root and file rules, waiting until it
    has walked; None without a child, when it walked another tree or with other rules (the walk is left for a
    context that matches: closing the pipe early would break the child's write), when it sent nothing, and after it
    was taken once."""
    if _ahead is None or _ahead.walk < 0 or walk_key(root, config) != _ahead.walk_key:
        return None
    fd, _ahead.walk = _ahead.walk, -1
    with os.fdopen(fd, "rb") as inp:
        payload = inp.read()
    if not payload:
        return None
    import pickle

    try:
        walked: tuple[Any, Any] = pickle.loads(payload)
    except Exception:
        return None
    return walked


def _take_files(fd: int) -> Any:
    while True:
        chunk = os.read(fd, _FILE_INDEX.size)
        if len(chunk) < _FILE_INDEX.size:
            return
        yield _FILE_INDEX.unpack(chunk)[0]


def files_left_to_parse(candidates: Sequence[str]) -> list[str]:
    """The candidate files the child has not taken yet (now taken by the caller, who parses them); [] without a
    child. Waits only until the child has listed its files. The child lists the same files from the same tree;
    an index this process does not know is skipped (the file is then parsed here anyway: the child never had
    it, see prefetched_manifests)."""
    if _ahead is None or _ahead.tasks < 0:
        return []
    fd, _ahead.tasks = _ahead.tasks, -1
    try:
        return [candidates[i] for i in _take_files(fd) if i < len(candidates)]
    finally:
        os.close(fd)


def prefetched_manifests() -> dict[str, tuple[str, Any]]:
    """{file: (text, parse_manifest's answer)} from the child, waiting for it to finish; {} without one."""
    global _ahead
    ahead, _ahead = _ahead, None
    if ahead is None:
        return {}
    if ahead.tasks >= 0:  # nobody took the files left: the child parses them all
        os.close(ahead.tasks)
    if ahead.walk >= 0:
        os.close(ahead.walk)
    with os.fdopen(ahead.fd, "rb") as inp:
        payload = inp.read()
    _, status = os.waitpid(ahead.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return {}
    import pickle

    try:
        parsed: dict[str, tuple[str, Any]] = pickle.loads(payload)
    except Exception:
        return {}
    return parsed


def drop_prefetch() -> None:
    """Stops a child whose documents no source asked for (a run without Kubernetes checks)."""
    global _ahead
    ahead, _ahead = _ahead, None
    if ahead is None:
        return
    os.close(ahead.fd)
    if ahead.tasks >= 0:
        os.close(ahead.tasks)
    if ahead.walk >= 0:
        os.close(ahead.walk)
    import signal

    with contextlib.suppress(OSError):
        os.kill(ahead.pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(ahead.pid, 0)
