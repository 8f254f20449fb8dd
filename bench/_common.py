"""What the benchmarks share: run *this checkout's* deploycheck, and time child processes.

The `deploycheck` console script of a shared virtualenv may point at another checkout (an editable
install elsewhere), so the benchmarks start the code next to them instead: the console script's own
two lines, with `src/` first on PYTHONPATH. Bytecode is compiled first, as `pip install` does;
without it every run would pay for compiling ~150 modules (PYTHONDONTWRITEBYTECODE is set on some
machines); so is deploycheck's startup cache, which a first run writes where bytecode is written.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
# ../shared beside the repository, also from a worktree one level deeper (wt/<name>/)
CORPUS = next((b / "shared" / "corpus" for b in (ROOT.parent, ROOT.parent.parent) if (b / "shared").is_dir()),
              ROOT.parent / "shared" / "corpus")
DEPLOYCHECK = [sys.executable, "-c", "import sys; from deploycheck.cli import entry; sys.exit(entry())"]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, **extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH", "")]))
    return env


def compile_sources() -> None:
    """Bytecode, and the compiled regexes and dataclass methods kept beside it (deploycheck/startup_cache.py), which a
    first run writes as it writes bytecode: neither is written where PYTHONDONTWRITEBYTECODE is set."""
    compileall.compile_dir(str(SRC), quiet=1)
    subprocess.run([sys.executable, "-m", "deploycheck.startup_cache"], env=child_env(), check=True)


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system of the child), exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or child_env(),
                          check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, proc.returncode


def medians(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median wall and median CPU seconds over `runs` fresh processes."""
    samples = [run_timed(cmd, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"
