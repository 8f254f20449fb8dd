"""Helm renders a hostile chart safely: from a clean copy, in a child process with hard limits.

Why: a chart is code (Go templates). `{{ .Files.Get "files/env" }}` with `files/env -> /proc/self/environ`
would put the scanner's environment (CI tokens) into every report, and `range until 20000000` or string
doubling kills the scanner with a Go out-of-memory crash. So:
- the chart (and each values file) is copied into a private temporary directory, regular files only;
  a symlink is followed only when its target stays inside the scanned root, and a chart holding one
  that leaves it is refused with a message naming the link; FIFOs and devices are left out (reading
  one would hang or never end); the copy has a size cap;
- chart archives (`charts/*.tgz`) are checked before Helm sees them: no absolute or `..` member paths,
  no links or devices, a cap on the unpacked size (tar bombs);
- the render runs in a child process (the `helm` binary, or `python -m deploycheck.sources.helm_worker`
  around the in-process library) under setrlimit: CPU seconds, address space and output file size,
  plus a wall-clock timeout; a child that is stopped becomes an error naming the cap that stopped it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import select
import shutil
import signal
import stat
import subprocess
import sys
import tarfile
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

MAX_COPY_BYTES = 64 * 1024 * 1024
MAX_COPY_FILES = 20_000
MAX_ARCHIVE_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_LINK_DEPTH = 8


class UnsafeChart(Exception):
    """The chart cannot be rendered safely as it is (a link out of the root, a hostile archive, too big)."""


@dataclass
class Limits:
    timeout_s: float = 30.0
    memory_mb: int = 1536
    output_mb: int = 64

    @classmethod
    def from_config(cls, limits: dict[str, Any] | None) -> Limits:
        limits = limits or {}
        return cls(timeout_s=float(limits.get("helm_timeout_s", cls.timeout_s)),
                   memory_mb=int(limits.get("helm_memory_mb", cls.memory_mb)),
                   output_mb=int(limits.get("helm_output_mb", cls.output_mb)))


@dataclass
class ChildResult:
    stdout: str = ""
    error: str | None = None  # the child failed or was stopped; the message says why
    returncode: int = 0
    stderr: str = ""


# --- the clean copy ---------------------------------------------------------------------------------

class _Budget:
    def __init__(self) -> None:
        self.bytes = 0
        self.files = 0

    def take(self, size: int, rel: str) -> None:
        self.bytes += size
        self.files += 1
        if self.bytes > MAX_COPY_BYTES:
            raise UnsafeChart(f"the chart is larger than {MAX_COPY_BYTES // 1024 // 1024} MB (at {rel}): not rendered")
        if self.files > MAX_COPY_FILES:
            raise UnsafeChart(f"the chart holds more than {MAX_COPY_FILES} files: not rendered")


def subchart_dir(chart_copy: Path, name: str) -> Path:
    """Where a `file://` dependency named `name` is copied in the chart copy: charts/<name>. The name comes from the
    hostile Chart.yaml: `../../../../home/u/.ssh` made the copy write the local chart's files wherever the scanner
    may write, outside its sandbox folder, and left them there. A name that is not one plain path component is
    refused (Helm's chart names are `[a-z0-9-]` words)."""
    if not name or name in (".", "..") or any(ch in name for ch in "/\\\x00"):
        raise UnsafeChart(f"dependency name {name[:80]!r} is not a chart name (it would be copied outside the chart): "
                          "the chart is not rendered")
    return chart_copy / "charts" / name


def copy_inside_root(root: Path, src: Path, dest: Path) -> list[str]:
    """Copy `src` (a directory inside `root`) to `dest`, regular files only. Returns what was left out.
    Raises UnsafeChart for a symlink whose target leaves the root."""
    root = root.resolve()
    left_out: list[str] = []
    _copy_tree(root, src, dest, _Budget(), left_out, depth=0)
    return left_out


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _copy_tree(root: Path, src: Path, dest: Path, budget: _Budget, left_out: list[str], depth: int) -> None:
    if depth > MAX_LINK_DEPTH:
        raise UnsafeChart(f"{_rel(root, src)}: symlinks nested more than {MAX_LINK_DEPTH} deep")
    dest.mkdir(parents=True, exist_ok=True)
    try:
        entries = sorted(os.scandir(src), key=lambda e: e.name)
    except OSError as exc:
        raise UnsafeChart(f"{_rel(root, src)}: cannot read directory ({exc.strerror})") from None
    for entry in entries:
        path = Path(entry.path)
        rel = _rel(root, path)
        target = path
        if entry.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                left_out.append(f"{rel} (dangling or looping symlink)")
                continue
            if not target.is_relative_to(root):
                raise UnsafeChart(f"{rel} is a symlink to {os.readlink(path)}, outside the scanned repository: "
                                  f"the chart is not rendered (Helm would read that file into the output)")
        try:
            st = target.stat()
        except OSError as exc:
            left_out.append(f"{rel} ({exc.strerror})")
            continue
        if stat.S_ISDIR(st.st_mode):
            _copy_tree(root, target, dest / entry.name, budget, left_out, depth + (target is not path))
        elif stat.S_ISREG(st.st_mode):
            budget.take(st.st_size, rel)
            if entry.name.endswith((".tgz", ".tar.gz")):
                check_archive(target, rel)
            _copy_file(target, dest / entry.name, rel)
        else:
            left_out.append(f"{rel} (not a regular file)")


def _copy_file(src: Path, dest: Path, rel: str) -> None:
    # O_NOFOLLOW | O_NONBLOCK: the file was checked a moment ago; never block on a FIFO swapped in since.
    try:
        fd = os.open(src, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        raise UnsafeChart(f"{rel}: cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fin:
        if not stat.S_ISREG(os.fstat(fin.fileno()).st_mode):
            raise UnsafeChart(f"{rel}: changed into a non-regular file while being copied")
        with open(dest, "wb") as fout:
            shutil.copyfileobj(fin, fout)


def check_archive(path: Path, rel: str) -> None:
    """A chart archive Helm would unpack: refuse traversal, links, devices and tar bombs."""
    total = 0
    try:
        with tarfile.open(path, "r:*") as tar:
            for member in tar:
                name = member.name
                if name.startswith("/") or ".." in Path(name).parts:
                    raise UnsafeChart(f"{rel}: archive member {name!r} points outside the chart")
                if not (member.isfile() or member.isdir()):
                    raise UnsafeChart(f"{rel}: archive member {name!r} is a link or device")
                total += member.size
                if total > MAX_ARCHIVE_UNPACKED_BYTES:
                    raise UnsafeChart(f"{rel}: unpacks to more than {MAX_ARCHIVE_UNPACKED_BYTES // 1024 // 1024} MB")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise UnsafeChart(f"{rel}: not a readable chart archive ({exc})") from None


def copy_values_file(root: Path, rel: str, dest: Path) -> None:
    """A values file named by the config or found in the repository, copied if it is a regular file
    inside the root."""
    root = root.resolve()
    path = (root / rel)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise UnsafeChart(f"values file {rel} does not exist") from None
    if not target.is_relative_to(root):
        raise UnsafeChart(f"values file {rel} resolves to {target}, outside the scanned repository: not read")
    if not target.is_file():
        raise UnsafeChart(f"values file {rel} is not a regular file")
    if target.stat().st_size > MAX_COPY_BYTES:
        raise UnsafeChart(f"values file {rel} is larger than {MAX_COPY_BYTES // 1024 // 1024} MB")
    _copy_file(target, dest, rel)


# --- the child process ------------------------------------------------------------------------------

# One process often renders the same chart content again: the test suite and the server scan the same
# examples many times, a fleet scan meets forks, and `helm lint` repeats the render. A child costs
# 0.2-1 s, so answers are remembered, keyed by every byte the child can see: the private copy in its
# working directory (regular files only, so a changed file or symlink target is a new key), the
# command, its input, the limits and the extra environment. Nothing outside the copy is read.
_ANSWERS: OrderedDict[str, ChildResult] = OrderedDict()
MAX_REMEMBERED_ANSWERS = 64


def _answer_key(cmd: list[str], limits: Limits, stdin: str | None, workdir: Path, label: str,
                allow_failure: bool, extra_env: dict[str, str] | None) -> str:
    here = str(workdir)
    digest = hashlib.sha256(json.dumps([[a.replace(here, "@") for a in cmd], (stdin or "").replace(here, "@"),
                                        label, allow_failure, sorted((extra_env or {}).items()),
                                        [limits.timeout_s, limits.memory_mb, limits.output_mb]]).encode())
    for dirpath, dirnames, filenames in os.walk(workdir):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            digest.update(b"\0" + str(path.relative_to(workdir)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run_limited(cmd: list[str], limits: Limits, stdin: str | None, workdir: Path, label: str,
                allow_failure: bool = False, extra_env: dict[str, str] | None = None,
                remember: bool = True) -> ChildResult:
    """Run `cmd` with CPU, memory and output caps, or give the remembered answer for the same input.
    `allow_failure`: a non-zero exit is an answer (helm lint), not an error. kustomize builds run
    through here too, under the same `limits.helm_*` caps."""
    if not remember:
        return _run_limited(cmd, limits, stdin, workdir, label, allow_failure, extra_env)
    try:
        key = _answer_key(cmd, limits, stdin, workdir, label, allow_failure, extra_env)
    except OSError:
        return _run_limited(cmd, limits, stdin, workdir, label, allow_failure, extra_env)
    # Answers are stored with this run's working directory as a placeholder, and given back with the
    # caller's: a message quoting a path of an earlier, deleted copy would differ from run to run.
    if key in _ANSWERS:
        _ANSWERS.move_to_end(key)
        return _with_workdir(_ANSWERS[key], _WORKDIR_MARK, str(workdir))
    result = _run_limited(cmd, limits, stdin, workdir, label, allow_failure, extra_env)
    if not any(s in (result.error or "") for s in ("wall time", "could not start")):  # may not repeat
        _ANSWERS[key] = _with_workdir(result, str(workdir), _WORKDIR_MARK)
        while len(_ANSWERS) > MAX_REMEMBERED_ANSWERS:
            _ANSWERS.popitem(last=False)
    return result


_WORKDIR_MARK = "\x00workdir\x00"


def _with_workdir(result: ChildResult, old: str, new: str) -> ChildResult:
    return replace(result, stdout=result.stdout.replace(old, new), stderr=result.stderr.replace(old, new),
                   error=result.error.replace(old, new) if result.error else None)


def _run_limited(cmd: list[str], limits: Limits, stdin: str | None, workdir: Path, label: str,
                 allow_failure: bool, extra_env: dict[str, str] | None) -> ChildResult:
    """Run `cmd` with CPU, memory and output caps; stdout goes to a file whose size the kernel caps."""
    out_path, err_path = workdir / "stdout", workdir / "stderr"
    cpu = max(1, int(limits.timeout_s))
    mem = limits.memory_mb * 1024 * 1024
    out_cap = limits.output_mb * 1024 * 1024

    def set_limits() -> None:  # runs in the child between fork and exec
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        # RLIMIT_DATA, not RLIMIT_AS: the Go runtime reserves gigabytes of address space up front
        # (PROT_NONE, not counted in DATA) and commits it as the heap grows (counted).
        resource.setrlimit(resource.RLIMIT_DATA, (mem, mem))
        resource.setrlimit(resource.RLIMIT_FSIZE, (out_cap, out_cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.setsid()  # its own process group, so a timeout kills helm's children too

    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")}
    # Helm must not find plugins, repositories or registry credentials of the scanning user.
    env.update(HELM_CACHE_HOME=str(workdir / "cache"), HELM_CONFIG_HOME=str(workdir / "config"),
               HELM_DATA_HOME=str(workdir / "data"), HELM_PLUGINS=str(workdir / "plugins"), GOMAXPROCS="2")
    env.update(extra_env or {})
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                    stdout=out, stderr=err, preexec_fn=set_limits, env=env, cwd=workdir)
        except OSError as exc:
            return ChildResult(error=f"could not start the Helm renderer: {exc}")
        try:
            if proc.stdin is not None:
                with contextlib.suppress(BrokenPipeError):
                    proc.stdin.write(stdin.encode() if stdin is not None else b"")  # a small JSON job
                    proc.stdin.close()
            _wait(proc, limits.timeout_s + 5)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            return ChildResult(error=f"{label}: stopped after {limits.timeout_s + 5:.0f} s wall time "
                                     f"(limits.helm_timeout_s)")
    raw_err = err_path.read_bytes()
    # A Go crash prints its reason first and megabytes of goroutine dump after it: keep both ends.
    stderr = (raw_err[:4000] + b"\n" + raw_err[-4000:] if len(raw_err) > 8000 else raw_err).decode(
        "utf-8", "replace").strip()
    code = proc.returncode
    if _out_of_memory(stderr):
        return ChildResult(error=f"{label}: the render ran out of its {limits.memory_mb} MB memory cap "
                                 f"(limits.helm_memory_mb) and was stopped")
    crash = next((line.strip() for line in stderr.splitlines() if line.startswith(("fatal error:", "panic:"))), None)
    if crash:
        return ChildResult(error=f"{label}: the renderer crashed ({crash[:200]}) and was stopped; "
                                 f"limits.helm_memory_mb / limits.helm_timeout_s bound it")
    if code < 0:
        sig = -code
        why = {signal.SIGXCPU: f"used more than {cpu} s of CPU (limits.helm_timeout_s)",
               signal.SIGKILL: f"used more than {cpu} s of CPU or {limits.memory_mb} MB of memory "
                               f"(limits.helm_timeout_s, limits.helm_memory_mb)",
               signal.SIGXFSZ: f"wrote more than {limits.output_mb} MB of output (limits.helm_output_mb)",
               signal.SIGABRT: f"aborted, most likely at its {limits.memory_mb} MB memory cap (limits.helm_memory_mb)",
               }.get(signal.Signals(sig), f"was killed by signal {sig}")
        return ChildResult(error=f"{label}: the render {why} and was stopped")
    if out_path.stat().st_size >= out_cap:
        return ChildResult(error=f"{label}: the render wrote more than {limits.output_mb} MB of output "
                                 f"(limits.helm_output_mb) and was stopped")
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    if code != 0 and not allow_failure:
        return ChildResult(error=_last_lines(stderr) or f"exited {code}", returncode=code, stderr=stderr)
    return ChildResult(stdout=stdout, returncode=code, stderr=_last_lines(stderr))


def _wait(proc: subprocess.Popen[bytes], timeout: float) -> int:
    """Popen.wait(timeout) polls with sleeps of up to 50 ms (a third of a small chart's render); a
    pidfd wakes the moment the child exits."""
    try:
        fd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):
        return proc.wait(timeout)
    try:
        ready, _, _ = select.select([fd], [], [], timeout)
    finally:
        os.close(fd)
    if not ready:
        raise subprocess.TimeoutExpired(proc.args, timeout)
    return proc.wait()


def _out_of_memory(stderr: str) -> bool:
    return any(s in stderr for s in ("out of memory", "MemoryError", "cannot allocate memory",
                                     "runtime: failed to create new OS thread"))


def _last_lines(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip() and not line.startswith("Traceback")]
    return "\n".join(lines[-5:])


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        proc.kill()
    proc.wait()


def worker_command() -> list[str]:
    return [sys.executable, "-I", "-m", "deploycheck.sources.helm_worker"]


def new_workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="deploycheck-helm-"))


def worker_job(chart_dir: Path, values_files: list[Path], release: str, namespace: str | None,
               set_values: dict[str, Any]) -> str:
    return json.dumps({"chart": str(chart_dir), "values": [str(v) for v in values_files], "release": release,
                       "namespace": namespace, "set": set_values})
