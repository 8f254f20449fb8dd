"""Helm benchmark: the corpus charts rendered + checked by deploycheck against bare rendering.

Run: python bench/helm_render.py [--runs 3]
"Bare" renders every application chart of ../shared/corpus once with helm-python-sdk (what any tool
must pay), in this process; "deploycheck" runs `deploycheck scan` (this checkout) over the same chart
directories with Helm autodiscovery on and plain manifests off, with the helm-chart checks (lint
included) and every check whose `needs` names Kubernetes manifests. Medians of --runs; the deploycheck
figure is a whole process (start-up included); then DEPLOYCHECK_PROFILE's top lines of one run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import CORPUS, DEPLOYCHECK, SRC, child_env, compile_sources, load_note, medians


def checks() -> list[str]:
    sys.path.insert(0, str(SRC))
    from deploycheck.checks.registry import all_checks

    return [cid for cid, spec in all_checks().items() if not spec.live
            and (spec.item == "helm-chart" or "kubernetes manifests" in spec.needs)]


def charts() -> list[Path]:
    found = sorted(p.parent for p in CORPUS.rglob("Chart.yaml"))
    return [c for c in found if not any(c != o and o in c.parents and c.parent.name == "charts" for o in found)]


def bare(chart_dirs: list[Path]) -> tuple[float, int, int]:
    import helm_python

    ok = failed = 0
    t0 = time.perf_counter()
    for chart in chart_dirs:
        try:
            loaded = helm_python.Chart.load(str(chart))
            if loaded.metadata.get("type") == "library":
                continue
            loaded.render(None, name="bench", namespace="default", is_install=True)
            ok += 1
        except helm_python.HelmError:
            failed += 1
    return time.perf_counter() - t0, ok, failed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found at {CORPUS}")
    compile_sources()
    print(load_note())
    chart_dirs = charts()
    results = [bare(chart_dirs) for _ in range(args.runs)]
    bare_s = statistics.median(r[0] for r in results)
    print(f"{len(chart_dirs)} top-level charts: {results[0][1]} render, {results[0][2]} fail (missing dependencies), "
          "library charts skipped")
    print(f"bare helm-python-sdk render (in-process)  {bare_s:6.2f} s")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml") as cfg:
        cfg.write("manifests: ['__none__']\nhelm: {autodiscover: true}\n")
        cfg.flush()
        cmd = [*DEPLOYCHECK, "scan", str(CORPUS), "--config", cfg.name, "--no-progress", "-f", "json",
               "-o", "/dev/null"]
        for check_id in checks():
            cmd += ["--only", check_id]
        wall, cpu = medians(cmd, args.runs)
        profile = subprocess.run(cmd, env=child_env(DEPLOYCHECK_PROFILE="1"), capture_output=True, text=True,
                                 check=False).stderr.splitlines()
    print(f"deploycheck render + checks (process)     {wall:6.2f} s wall {cpu:5.2f} s CPU   "
          f"({wall / bare_s:.2f}x bare rendering)")
    print("\n".join(ln for ln in profile if ln.startswith("deploycheck profile") or
                    (" ms  " in ln and float(ln.split()[0]) >= 10.0)))
    print(load_note())


if __name__ == "__main__":
    main()
