"""Cost of the code-fact sources (code facts, env docs, flag definitions, secret scan) on a tree.

    python bench/sources_cost.py [PATH ...]     (default: examples/ready-service and ../shared/corpus)

Each source runs once in a fresh Context (as in a scan); the file walk is timed separately.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from deploycheck.config import load_config  # noqa: E402
from deploycheck.context import Context  # noqa: E402
from deploycheck.sources.codefacts import code_facts  # noqa: E402
from deploycheck.sources.envdocs import env_docs  # noqa: E402
from deploycheck.sources.flags import flag_definitions  # noqa: E402
from deploycheck.sources.pyast import python_modules  # noqa: E402
from deploycheck.sources.secrets import secret_scan  # noqa: E402


def measure(root: Path) -> None:
    ctx = Context(root, load_config(root))
    started = time.perf_counter()
    files = ctx.files.files
    row = [f"{root}: {len(files)} files", f"walk {time.perf_counter() - started:.2f}s"]
    for loader in (python_modules, code_facts, env_docs, flag_definitions, secret_scan):
        started = time.perf_counter()
        ctx.use(loader)
        row.append(f"{loader.__name__} {time.perf_counter() - started:.2f}s")
    scan = ctx.use(secret_scan)
    row.append(f"(secret scan: {scan.scanned} files, {len(scan.findings)} findings)")
    print(" | ".join(row))


if __name__ == "__main__":
    targets = [Path(p) for p in sys.argv[1:]] or [ROOT / "examples" / "ready-service", ROOT.parent / "shared" /
                                                   "corpus"]
    for target in targets:
        if target.is_dir():
            measure(target)
        else:
            print(f"{target}: not found, skipped")
