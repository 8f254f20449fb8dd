"""Helm benchmark: the corpus charts rendered + checked by deploycheck against bare rendering.

Run: python bench/helm_render.py
"Bare" renders every application chart of ../shared/corpus once with helm-python-sdk (what any tool
must pay); "deploycheck" runs `deploycheck scan` over the same chart directories with Helm
autodiscovery on and plain manifests off, all checks enabled.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


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
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found at {CORPUS}")
    chart_dirs = charts()
    bare_s, ok, failed = bare(chart_dirs)
    print(f"{len(chart_dirs)} top-level charts: {ok} render, {failed} fail (missing dependencies), library skipped")
    print(f"bare helm-python-sdk render     {bare_s:6.2f} s")
    exe = shutil.which("deploycheck") or sys.exit("deploycheck not on PATH")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml") as cfg:
        cfg.write("manifests: ['__none__']\nhelm: {autodiscover: true}\n")
        cfg.flush()
        t0 = time.perf_counter()
        subprocess.run([exe, "scan", str(CORPUS), "--config", cfg.name, "--no-progress", "-f", "json",
                        "-o", "/dev/null", "--only", "helm-chart", "--only", "manifests", "--only", "resource-limits",
                        "--only", "health-probes", "--only", "rollout-strategy", "--only", "endpoint-security"],
                       check=False)
        dc_s = time.perf_counter() - t0
    print(f"deploycheck render + k8s checks {dc_s:6.2f} s   ({dc_s / bare_s:.2f}x bare rendering)")


if __name__ == "__main__":
    main()
