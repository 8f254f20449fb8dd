"""Generated hostile repositories (issue 7): N mutated copies of a small real service, each scanned in-process
with every check and rendered in all six formats. Counts crashes, hangs and canary leaks.

    python bench/fuzz_repos.py --count 10000 [--first 0]

Prints one line per failing case (its number reproduces it: `--first N --count 1`) and a summary.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def main() -> int:
    from tests.fuzz_repos import run_many

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--first", type=int, default=0)
    args = parser.parse_args()
    started = time.monotonic()
    seen = Counter[str]()
    bad = 0

    def report(outcome) -> None:  # type: ignore[no-untyped-def]
        nonlocal bad
        seen.update(outcome.mutations)
        if outcome.crashed or outcome.leaks or outcome.hung:
            bad += 1
            print(f"case {outcome.case} {outcome.mutations}: crashed={outcome.crashed[:2]} leaks={outcome.leaks} "
                  f"hung={outcome.hung}", flush=True)
        done = outcome.case - args.first + 1
        if done % 500 == 0:
            print(f"... {done} cases, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)

    outcomes = run_many(args.first, args.count, report)
    elapsed = time.monotonic() - started
    print(f"{len(outcomes)} repositories in {elapsed:.0f} s ({elapsed / len(outcomes) * 1000:.0f} ms each): "
          f"{sum(bool(o.crashed) for o in outcomes)} with a crash, {sum(o.hung for o in outcomes)} hung, "
          f"{sum(bool(o.leaks) for o in outcomes)} with a canary in a report; slowest "
          f"{max(o.seconds for o in outcomes):.1f} s")
    print("mutations applied:", dict(sorted(seen.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
