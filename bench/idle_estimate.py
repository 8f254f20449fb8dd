"""Estimated idle wall of the default (two-process) corpus scan, from CPU times: for a machine whose other load makes
wall time meaningless (bench/README.md, "Start-up and the second process (perf-corpus8)").

Each round runs the corpus scan of bench/corpus_scan.py (the Kubernetes checks, bench/corpus.deploycheck.yaml, JSON
report) with DEPLOYCHECK_JOBS=2 in a fresh process that sleeps 1.5 s after starting the parse-ahead child (not CPU
time: the child has walked and parsed before the engine asks, as on an idle machine where its work overlaps the
engine's imports) and reports: the engine process's CPU before the checks' fork, the CPU of the fork section in the
engine process and in the checks child, and the engine process's CPU after the join. The estimate is before + half
the section (the checks are dealt out one at a time, so on two idle cores each process does about half) + after.
It leaves out what an idle machine adds (the fork itself, waiting for the child's last check) and what a busy one
adds to CPU time (cache misses): compare trees with it, round by round, rather than with the lead's idle wall.

Run: python bench/idle_estimate.py [--runs 6] [--src OTHER/src ...]   (each --src a tree to compare; default: this)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

from _common import CORPUS, SRC, child_env, compile_sources, load_note
from corpus_scan import CONFIG, kubernetes_checks

ROUND = r"""
import contextlib, gc, io, resource, sys, time
gc.set_threshold(20000, 10, 10)
import deploycheck.engine as engine
import deploycheck.parallel as parallel
start_child = parallel.prefetch_manifests
def ahead(*args, **kwargs):
    start_child(*args, **kwargs)
    time.sleep(1.5)
parallel.prefetch_manifests = ahead
marks = {}
run_shared = engine.run_shared
def timed_shared(*args, **kwargs):
    marks["before"] = time.process_time()
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        return run_shared(*args, **kwargs)
    finally:
        c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        marks["parent"] = time.process_time() - marks["before"]
        marks["child"] = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
        marks["join"] = time.process_time()
engine.run_shared = timed_shared
from deploycheck.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(sys.argv[1:])
after = time.process_time() - marks["join"]
print(marks["before"], marks["parent"], marks["child"], after)
gc.freeze()
"""


def one_round(src: Path, args: list[str]) -> tuple[float, float, float, float]:
    env = child_env(DEPLOYCHECK_JOBS="2")
    env["PYTHONPATH"] = str(src)
    out = subprocess.run([sys.executable, "-c", ROUND, *args], env=env, capture_output=True, text=True, check=False)
    before, parent, child, after = map(float, out.stdout.split()[-4:])
    return before, parent, child, after


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--src", action="append", type=Path, help="a tree's src/ to compare (default: this one)")
    args = parser.parse_args()
    trees = args.src or [SRC]
    compile_sources()
    scan = ["scan", str(CORPUS), "--config", str(CONFIG), "--no-progress", "-f", "json", "-o", "/dev/null"]
    for check_id in kubernetes_checks():
        scan += ["--only", check_id]
    print(load_note())
    rounds: dict[Path, list[tuple[float, float, float, float]]] = {tree: [] for tree in trees}
    for _ in range(args.runs):
        for tree in trees:  # alternated, so that the load changes both alike
            rounds[tree].append(one_round(tree, scan))
    for tree, samples in rounds.items():
        before, parent, child, after = (statistics.median(s[i] for s in samples) for i in range(4))
        estimate = statistics.median(s[0] + (s[1] + s[2]) / 2 + s[3] for s in samples)
        print(f"{tree}: before the fork {before:.3f} s, section {parent:.3f} + {child:.3f} s (engine + checks child), "
              f"after the join {after:.3f} s: estimated idle wall {estimate:.3f} s (medians of {len(samples)})")
    print(load_note())


if __name__ == "__main__":
    main()
