"""Corpus benchmark: deploycheck on every plain Kubernetes YAML file of ../shared/corpus, against
the bare libyaml parse of the same files (the floor) and checkov on the same files (a peer).

The same files: bench/corpus.deploycheck.yaml makes deploycheck read every YAML/JSON file as it is (no
kustomize builds, no Helm renders, tests/docs/examples included), and checkov is given exactly the files
deploycheck found Kubernetes documents in, one `-f` each.

Run: python bench/corpus_scan.py [--checkov /path/to/checkov] [--runs 5] [--all] [--only ITEM] [--profile]
     [--one-process]
By default deploycheck runs the Kubernetes checks (every check whose `needs` names Kubernetes
manifests: what checkov's kubernetes framework covers too); `--all` runs every static check (secret
scan, docs, code facts, ... : the issue-3 figure). Reports, for the whole process: wall time and CPU
time (medians), documents/s and peak RSS (GNU time -v) of each, and the ratios; in-process: the
engine alone (`engine.run`, best of --runs) against the bare parse. The bare parse is timed in this
process, so it pays no interpreter start-up; the process figure of deploycheck includes start-up,
registry import and report rendering. `--profile` prints DEPLOYCHECK_PROFILE's table of one run.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from _common import CORPUS, DEPLOYCHECK, SRC, child_env, compile_sources, load_note, run_timed

sys.path.insert(0, str(SRC))
CONFIG = Path(__file__).resolve().parent / "corpus.deploycheck.yaml"


def manifest_files() -> tuple[list[str], int]:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.kubernetes import candidate_manifest_files, plain_objects

    ctx = Context(CORPUS, load_config(CORPUS, CONFIG))
    kube = ctx.use(plain_objects)
    print(f"{len(kube.objects)} Kubernetes documents in {len(kube.files)} files "
          f"({len(candidate_manifest_files(ctx))} YAML/JSON candidates, {len(kube.problems)} unparseable)")
    return kube.files, len(kube.objects)


def bare_parse(files: list[str]) -> float:
    t0 = time.perf_counter()
    for rel in files:
        text = (CORPUS / rel).read_text(encoding="utf-8", errors="replace")
        if rel.endswith(".json"):
            json.loads(text)
        else:
            try:
                list(yaml.load_all(text, Loader=yaml.CSafeLoader))
            except yaml.YAMLError:
                # a Go-templated manifest (kubernetes/examples' `{{replicas}}` files) is read as one variant, as
                # deploycheck's parse_manifest reads it (sources/gotemplate.py)
                from deploycheck.sources.gotemplate import render_one_variant

                list(yaml.load_all(render_one_variant(text) or "", Loader=yaml.CSafeLoader))
    return time.perf_counter() - t0


def kubernetes_checks() -> list[str]:
    from deploycheck.checks.registry import all_checks

    return [cid for cid, spec in all_checks().items() if "kubernetes manifests" in spec.needs and not spec.live]


ENGINE_ONLY = """
import sys, time
from pathlib import Path
from deploycheck.checks.registry import all_checks
from deploycheck.config import load_config
from deploycheck.context import Options
from deploycheck.engine import run
all_checks()
root, config = Path(sys.argv[1]), load_config(Path(sys.argv[1]), Path(sys.argv[2]))
t0 = time.perf_counter()
run(root, config, Options(), only=sys.argv[3:])
print(time.perf_counter() - t0)
"""


def engine_only(only: list[str]) -> float:
    """`engine.run` alone, timed inside a fresh process (after imports; nothing cached from earlier runs)."""
    out = subprocess.run([sys.executable, "-c", ENGINE_ONLY, str(CORPUS), str(CONFIG), *only], env=child_env(),
                         capture_output=True, text=True, check=True).stdout
    return float(out.split()[-1])


def timed(cmd: list[str], **env: str) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the forked check process's included), peak RSS in MB (GNU time)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        wall, cpu, _ = run_timed(["/usr/bin/time", "-v", "-o", tf.name, *cmd], child_env(**env))
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tf.read())
    return wall, cpu, int(match.group(1)) // 1024 if match else -1


def median_run(cmd: list[str], runs: int, **env: str) -> tuple[float, float, int]:
    results = [timed(cmd, **env) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            max(r[2] for r in results))


def machine_note() -> str:
    """What a figure needs beside it: commit, interpreter, CPU."""
    root = Path(__file__).resolve().parent.parent
    commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip() or "?"
    dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True, check=False).stdout.strip()
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?") if Path("/proc/cpuinfo").exists() else "?"
    return (f"commit {commit}{' (with uncommitted changes)' if dirty else ''}, Python {sys.version.split()[0]}, "
            f"{cpu}")


def checkov_version(checkov: str) -> str:
    out = subprocess.run([checkov, "--version"], capture_output=True, text=True, check=False)
    return (out.stdout.strip() or out.stderr.strip() or "?").splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--checkov", default=shutil.which("checkov") or "/tmp/checkov-venv/bin/checkov")
    parser.add_argument("--only", action="append", default=[], help="check/item filter for deploycheck")
    parser.add_argument("--no-checkov", action="store_true")
    parser.add_argument("--all", action="store_true", help="every static check, not only the Kubernetes ones")
    parser.add_argument("--profile", action="store_true", help="print the per-source/per-check table of one run")
    parser.add_argument("--one-process", action="store_true",
                        help="also time deploycheck with DEPLOYCHECK_JOBS=1 (no second process; parallel.py)")
    args = parser.parse_args()
    only = args.only or ([] if args.all else kubernetes_checks())
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found at {CORPUS}")
    compile_sources()
    print(machine_note())
    print(load_note())
    files, docs = manifest_files()
    floor = statistics.median(bare_parse(files) for _ in range(args.runs))
    engine = statistics.median(engine_only(only) for _ in range(args.runs))
    cmd = [*DEPLOYCHECK, "scan", str(CORPUS), "--config", str(CONFIG), "--no-progress", "-f", "json", "-o",
           "/dev/null"]
    for check_id in only:
        cmd += ["--only", check_id]
    print(f"deploycheck runs {len(only)} checks" if only else "deploycheck runs every static check")
    dc_wall, dc_cpu, dc_mem = median_run(cmd, args.runs)
    dc_load = load_note()
    print(f"libyaml bare parse (in-process)  {floor:6.2f} s                  {docs / floor:7.0f} docs/s")
    print(f"deploycheck engine (in-process)  {engine:6.2f} s                  {docs / engine:7.0f} docs/s   "
          f"({engine / floor:.2f}x the parse; goal <= 1.5x)")
    print(f"deploycheck scan (process)       {dc_wall:6.2f} s wall {dc_cpu:5.2f} s CPU  {docs / dc_wall:7.0f} docs/s   "
          f"peak {dc_mem} MB   ({dc_wall / floor:.2f}x the parse; {dc_load} after it)")
    if args.one_process:
        one_wall, one_cpu, one_mem = median_run(cmd, args.runs, DEPLOYCHECK_JOBS="1")
        print(f"deploycheck scan, one process     {one_wall:6.2f} s wall {one_cpu:5.2f} s CPU  "
              f"{docs / one_wall:7.0f} docs/s   peak {one_mem} MB   (DEPLOYCHECK_JOBS=1; {load_note()} after it)")
    if args.profile:
        proc = subprocess.run(cmd, env=child_env(DEPLOYCHECK_PROFILE="1"), capture_output=True, text=True,
                              check=False)
        print("\n".join(line for line in proc.stderr.splitlines() if " ms " in line or "profile" in line))
    if args.no_checkov or args.all:
        pass
    elif Path(args.checkov).exists():
        ck_cmd = [args.checkov, "--framework", "kubernetes", "--quiet", "--compact", "-o", "json", "--skip-download"]
        for f in files:
            ck_cmd += ["-f", str(CORPUS / f)]
        ck_runs = max(1, args.runs // 2)
        ck_wall, ck_cpu, ck_mem = median_run(ck_cmd, ck_runs)
        print(f"checkov (kubernetes, process)    {ck_wall:6.2f} s wall {ck_cpu:5.2f} s CPU  "
              f"{docs / ck_wall:7.0f} docs/s   peak {ck_mem} MB   ({checkov_version(args.checkov)}, "
              f"the same {len(files)} files, median of {ck_runs}; {load_note()} after it)")
        wall_x, cpu_x = ck_wall / dc_wall, ck_cpu / dc_cpu
        verdict = "met" if min(wall_x, cpu_x) >= 10 else "met on wall only" if wall_x >= 10 else \
            "met on CPU only" if cpu_x >= 10 else "NOT met"
        print(f"deploycheck is {wall_x:.1f}x faster wall, {cpu_x:.1f}x CPU than checkov: goal >= 10x {verdict} "
              f"(deploycheck would need <= {ck_wall / 10:.2f} s wall, <= {ck_cpu / 10:.2f} s CPU)")
    else:
        print(f"checkov not found at {args.checkov}: python -m venv /tmp/checkov-venv && "
              "/tmp/checkov-venv/bin/pip install checkov")
    print(load_note())


if __name__ == "__main__":
    main()
