"""Issue 7's generated-input run, a slice of it: mutated repositories end with a report in every format,
no check crashes, nothing hangs, and no canary (repository secret, environment token, outside file) shows.
The full run is `python bench/fuzz_repos.py --count 10000` (figures in bench/README.md)."""

from __future__ import annotations

import pytest
from tests.fuzz_repos import run_many

pytest.importorskip("detect_secrets")


def test_mutated_repositories() -> None:
    outcomes = run_many(first=0, count=25)
    bad = [(o.case, o.mutations, o.crashed[:2], o.leaks, o.hung) for o in outcomes
           if o.crashed or o.leaks or o.hung]
    assert not bad, bad
    assert len({m for o in outcomes for m in o.mutations}) == 11  # every kind of mutation was exercised
