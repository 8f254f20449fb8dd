"""Start-up benchmark: `deploycheck --version` and `deploycheck scan <empty dir>` against `python -c pass`.

Run: python bench/startup.py [--runs 30]
Median wall time of fresh processes; goals (issue 2): --version <= 3x, empty scan <= 15x the bare interpreter.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def median_ms(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    exe = shutil.which("deploycheck") or sys.exit("deploycheck is not on PATH (activate the venv)")
    empty = tempfile.mkdtemp(prefix="dc-empty-")
    base = median_ms([sys.executable, "-c", "pass"], args.runs)
    version = median_ms([exe, "--version"], args.runs)
    scan = median_ms([exe, "scan", empty, "--no-progress", "-f", "json"], args.runs)
    print(f"python -c pass          {base:7.1f} ms")
    print(f"deploycheck --version   {version:7.1f} ms  ({version / base:.1f}x, goal <= 3x)")
    print(f"deploycheck scan empty  {scan:7.1f} ms  ({scan / base:.1f}x, goal <= 15x)")


if __name__ == "__main__":
    main()
