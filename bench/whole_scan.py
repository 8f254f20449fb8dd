"""Whole-checklist scans (issue 3): every static check on the ready example and on the corpus, against
the engine-only figure of issue 2 (the Kubernetes checks alone) on the same tree, with what each
source costs (DEPLOYCHECK_PROFILE=1).

Run: python bench/whole_scan.py [--runs 3] [PATH ...]
A large repository (issue 8 §6) is given as PATH: `git clone` it to /tmp first (bench/README.md,
"Large repository"); the repositories themselves are never kept here.
Default paths: a git copy of examples/ready-service (made by tests/example_repos.py, as the tests scan
it) and ../shared/corpus with bench/corpus.deploycheck.yaml. Medians of fresh processes running this
checkout; peak RSS from GNU time.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import CORPUS, DEPLOYCHECK, ROOT, child_env, compile_sources, load_note, run_timed

CONFIG = Path(__file__).resolve().parent / "corpus.deploycheck.yaml"


def kubernetes_checks() -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from deploycheck.checks.registry import all_checks

    return [cid for cid, spec in all_checks().items() if "kubernetes manifests" in spec.needs and not spec.live]


def measure(cmd: list[str], runs: int) -> tuple[float, float, int]:
    samples = []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            wall, cpu, _ = run_timed(["/usr/bin/time", "-v", "-o", tf.name, *cmd], child_env())
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tf.read())
            samples.append((wall, cpu, int(match.group(1)) // 1024 if match else -1))
    return (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples),
            max(s[2] for s in samples))


def report(label: str, root: Path, config: Path | None, runs: int) -> None:
    base = [*DEPLOYCHECK, "scan", str(root), "--no-progress", "-f", "json", "-o", "/dev/null"]
    if config:
        base += ["--config", str(config)]
    kube = [*base, *[arg for cid in kubernetes_checks() for arg in ("--only", cid)]]
    k_wall, k_cpu, k_mem = measure(kube, runs)
    a_wall, a_cpu, a_mem = measure(base, runs)
    print(f"\n{label}: {root}")
    print(f"  Kubernetes checks only (issue 2)  {k_wall:6.2f} s wall {k_cpu:6.2f} s CPU  peak {k_mem} MB")
    print(f"  every static check (issue 3)      {a_wall:6.2f} s wall {a_cpu:6.2f} s CPU  peak {a_mem} MB  "
          f"({a_wall / k_wall:.1f}x)")
    proc = subprocess.run(base, env=child_env(DEPLOYCHECK_PROFILE="1"), capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("deploycheck profile") or " ms  " in ln]
    print("\n".join("  " + ln for ln in lines if ln.startswith("deploycheck") or " source " in ln
                    or float(ln.split()[0]) >= 20.0))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    compile_sources()
    print(load_note())
    if args.paths:
        for path in args.paths:
            report(str(path), path, None, args.runs)
    else:
        sys.path.insert(0, str(ROOT))
        from tests.example_repos import copy_example

        with tempfile.TemporaryDirectory() as tmp:
            ready = copy_example("ready-service", Path(tmp) / "ready-service")
            report("ready example (git copy)", ready, None, args.runs)
        if CORPUS.is_dir():
            report("corpus", CORPUS, CONFIG, args.runs)
    print(load_note())


if __name__ == "__main__":
    main()
