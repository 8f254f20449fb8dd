"""Start-up benchmark: `deploycheck --version` and `deploycheck scan <empty dir>` against `python -c pass`.

Run: python bench/startup.py [--runs 30]
Median wall time and median CPU time (user + system) of fresh processes running this checkout's code;
goals (issue 2): --version <= 3x, empty scan <= 15x the bare interpreter. On a loaded machine the wall
times stretch with the load; the CPU times barely move, so both are printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from _common import DEPLOYCHECK, compile_sources, load_note, medians


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    compile_sources()
    empty = tempfile.mkdtemp(prefix="dc-empty-")
    print(load_note())
    base_wall, base_cpu = medians([sys.executable, "-c", "pass"], args.runs)
    print(f"{'python -c pass':24} {base_wall * 1000:7.1f} ms wall {base_cpu * 1000:6.1f} ms CPU")
    for label, cmd, goal in (("deploycheck --version", [*DEPLOYCHECK, "--version"], 3),
                             ("deploycheck scan empty", [*DEPLOYCHECK, "scan", empty, "--no-progress", "-f", "json",
                                                         "-o", "/dev/null"], 15)):
        wall, cpu = medians(cmd, args.runs)
        print(f"{label:24} {wall * 1000:7.1f} ms wall {cpu * 1000:6.1f} ms CPU   "
              f"({wall / base_wall:.1f}x wall, {cpu / base_cpu:.1f}x CPU; goal <= {goal}x)")
    print(load_note())


if __name__ == "__main__":
    main()
