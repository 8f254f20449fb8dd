"""Corpus benchmark: deploycheck on every plain Kubernetes YAML file of ../shared/corpus, against
the bare libyaml parse of the same files (the floor) and checkov on the same files (a peer).

Run: python bench/corpus_scan.py [--checkov /path/to/checkov] [--runs 3]
Reports wall time (median), documents/s and peak RSS (GNU time -v) of each, and the ratios.
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

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CONFIG = Path(__file__).resolve().parent / "corpus.deploycheck.yaml"


def manifest_files() -> list[str]:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.kubernetes import candidate_manifest_files, plain_objects

    ctx = Context(CORPUS, load_config(CORPUS, CONFIG))
    kube = ctx.use(plain_objects)
    print(f"{len(kube.objects)} Kubernetes documents in {len(kube.files)} files "
          f"({len(candidate_manifest_files(ctx))} YAML/JSON candidates, {len(kube.problems)} unparseable)")
    return kube.files


def bare_parse(files: list[str]) -> float:
    t0 = time.perf_counter()
    for rel in files:
        text = (CORPUS / rel).read_text(encoding="utf-8", errors="replace")
        if rel.endswith(".json"):
            json.loads(text)
        else:
            list(yaml.load_all(text, Loader=yaml.CSafeLoader))
    return time.perf_counter() - t0


def timed(cmd: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MB (GNU time), exit code."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name, *cmd], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, check=False)
        wall = time.perf_counter() - t0
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tf.read())
    return wall, int(match.group(1)) // 1024 if match else -1, proc.returncode


def median_run(cmd: list[str], runs: int) -> tuple[float, int]:
    results = [timed(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--checkov", default=shutil.which("checkov") or "/tmp/checkov-venv/bin/checkov")
    parser.add_argument("--only", default="", help="comma-separated check/item filter for deploycheck")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found at {CORPUS}")
    files = manifest_files()
    docs = sum(1 for _ in files)
    floor = statistics.median(bare_parse(files) for _ in range(args.runs))
    exe = shutil.which("deploycheck") or sys.exit("deploycheck not on PATH")
    cmd = [exe, "scan", str(CORPUS), "--config", str(CONFIG), "--no-progress", "-f", "json", "-o", "/dev/null"]
    for only in filter(None, args.only.split(",")):
        cmd += ["--only", only]
    dc_wall, dc_mem = median_run(cmd, args.runs)
    print(f"libyaml bare parse     {floor:7.2f} s   ({docs} files)")
    print(f"deploycheck scan       {dc_wall:7.2f} s   peak {dc_mem} MB   ({dc_wall / floor:.2f}x the parse)")
    if Path(args.checkov).exists():
        ck_cmd = [args.checkov, "--framework", "kubernetes", "--quiet", "--compact", "-o", "json", "--skip-download"]
        for f in files:
            ck_cmd += ["-f", str(CORPUS / f)]
        ck_wall, ck_mem = median_run(ck_cmd, max(1, args.runs - 1))
        print(f"checkov (kubernetes)   {ck_wall:7.2f} s   peak {ck_mem} MB   (deploycheck is "
              f"{ck_wall / dc_wall:.1f}x faster)")
    else:
        print(f"checkov not found at {args.checkov}: python -m venv /tmp/checkov-venv && "
              "/tmp/checkov-venv/bin/pip install checkov")


if __name__ == "__main__":
    main()
