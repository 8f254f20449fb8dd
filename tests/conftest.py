from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout, or two levels up from a worktree (wt/<name>/): the same lookup as
# tests.helpers.shared_dir, so corpus tests run in a worktree too instead of skipping.
SHARED = next((base / "shared" for base in (ROOT.parent, ROOT.parent.parent) if (base / "shared").is_dir()),
              ROOT.parent / "shared")
CORPUS = SHARED / "corpus"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Fixture repositories hold their own tests (tests/fixtures/checks/unit-tests/...): data, not ours to run.
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (it lives beside the repo in ../shared)")
    return CORPUS
