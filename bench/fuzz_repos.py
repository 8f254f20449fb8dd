"""Generated hostile repositories (issue 7): N mutated copies of a small real service, each scanned in-process
with every check and rendered in all six formats. Counts crashes, hangs and canary leaks.

    python bench/fuzz_repos.py --count 10000 [--first 0] [--jobs 2]

Prints one line per failing case (its number reproduces it: `--first N --count 1`) and a summary.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def main() -> int:
    from tests.fuzz_repos import run_many

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes, each taking chunks of 50 cases")
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
        if len(seen_cases) % 500 == 0:  # a running tally, so a run stopped early still says what it saw
            print(f"... {len(seen_cases)} cases, {time.monotonic() - started:.0f} s, {bad} failing so far",
                  file=sys.stderr, flush=True)

    seen_cases: list[int] = []
    outcomes = []
    end = args.first + args.count
    chunks = [(first, min(50, end - first)) for first in range(args.first, end, 50)]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for future in as_completed([pool.submit(run_many, first, count) for first, count in chunks]):
            for outcome in future.result():
                seen_cases.append(outcome.case)
                outcomes.append(outcome)
                report(outcome)
    elapsed = time.monotonic() - started
    print(f"{len(outcomes)} repositories in {elapsed:.0f} s ({elapsed / len(outcomes) * 1000:.0f} ms each): "
          f"{sum(bool(o.crashed) for o in outcomes)} with a crash, {sum(o.hung for o in outcomes)} hung, "
          f"{sum(bool(o.leaks) for o in outcomes)} with a canary in a report; slowest "
          f"{max(o.seconds for o in outcomes):.1f} s")
    print("mutations applied:", dict(sorted(seen.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
