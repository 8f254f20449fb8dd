"""`scan --baseline` right after `scan --write-baseline` on every corpus repository (issue 9): every finding
recorded is recognised again, so nothing it recorded blocks and the rest of the verdict is unchanged.

A fingerprint that changes from run to run (a temporary folder or a random name in a message) would
bring recorded findings back as new ones; Helm charts with randAlphaNum names are in the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import CORPUS
from tests.helpers import scan

from deploycheck.cli import main
from deploycheck.engine import baseline_document

REPOSITORIES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else ["(corpus absent)"]


@pytest.mark.parametrize("name", REPOSITORIES)
def test_baseline_right_after_writing_it_gives_the_same_verdict(name: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    repo = CORPUS / name
    if not repo.is_dir():
        pytest.skip(f"{CORPUS} absent (the shared corpus lives beside the repository in ../shared)")
    # The first run through the API (the report and the baseline of one scan, as --write-baseline writes
    # it), the second exactly as a user types it.
    first = scan(repo)
    baseline, after = tmp_path / "baseline.json", tmp_path / "after.json"
    baseline.write_text(json.dumps(baseline_document(first.findings)))
    code = main(["scan", str(repo), "--no-progress", "--baseline", str(baseline), "-f", "json", "-o", str(after)])
    capsys.readouterr()
    second = json.loads(after.read_text())
    back = [f for i in second["items"] for f in i["findings"]
            if f["status"] in ("fail", "warn", "error") and "suppressed" not in f]
    assert not back, f"recorded findings came back as new: {[f['message'][:200] for f in back[:5]]}"
    # Nothing the baseline recorded blocks; what it cannot accept (manual items) blocks as before. An item that
    # failed and also waits for a sign-off is `manual` once its failures are accepted: still blocking.
    reasons = second["verdict"]["reasons"]
    assert not [r for r in reasons if r.split(": ", 1)[1].split(" ")[0] in ("fail", "error", "warn")], reasons
    manual_before = [r for r in first.report.verdict.reasons if r.split(": ", 1)[1].startswith("manual ")]
    assert set(manual_before) <= set(reasons)
    assert {r.split(":")[0] for r in reasons} <= {r.split(":")[0] for r in first.report.verdict.reasons}
    assert code == (1 if reasons else 0)
