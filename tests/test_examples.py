"""Snapshot tests of the two example services (examples/ready-service, examples/not-ready-service).

Each example is scanned (as a git repository copy, see example_repos.py) and two things are compared
with JSON files in tests/snapshots/:
- the status of every checklist item;
- the set of "check id: status" of every finding that is not a pass.

When a check is added or changed on purpose, regenerate and review the diff:

    UPDATE_SNAPSHOTS=1 python -m pytest tests/test_examples.py
    git diff tests/snapshots/

Besides the snapshots, behaviour is asserted: the ready example has no `fail`/`error` item among the
items that have automated checks; the not-ready example fails every item where a mistake is planted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from tests.example_repos import NOT_READY, READY, copy_example
from tests.helpers import scan

from deploycheck.engine import NO_CHECK_YET, RunResult
from deploycheck.model import ItemResult, Status

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"

# Items of the ready example allowed to be fail/error for now, each with the reason. Keep it empty
# when possible: every entry is a gap between the example and the checklist.
READY_EXCEPTIONS: dict[str, str] = {}

# Where the not-ready example plants a mistake: each of these items must fail (or warn) as soon as
# it has an automated check. The value says what is planted (examples/README.md has the details).
NOT_READY_PLANTED: dict[str, str] = {
    "unit-tests": "no tests at all",
    "integration-tests": "no tests at all",
    "e2e-tests": "no tests at all",
    "readme": "README.md is a stub",
    "api-docs": "no API description",
    "migration-scripts": "downgrade() is `pass`",
    "env-vars": "PRICING_URL, PAYMENT_API_KEY, CACHE_TTL read but documented nowhere",
    "sensitive-config": "committed .env with values, Secret with stringData, password in alembic.ini",
    "dockerfile": "FROM python:latest, root, single stage with build tools, secrets in ENV, no .dockerignore",
    "registry": "myorg/items:latest from Docker Hub, not in the allow-list, no digest",
    "resource-limits": "no requests or limits",
    "external-services": "requests calls without timeout",
    "ingress": "Ingress without host and TLS",
    "rollout-strategy": "Recreate, replicas 1, no PDB",
    "logging": "print() instead of a logger",
    "health-probes": "no probes",
    "endpoint-security": "routes without auth, privileged container, LoadBalancer, no NetworkPolicy",
    "secrets-management": "literal DB password in the container env, secrets in Dockerfile ENV",
    "rollback-plan": "revisionHistoryLimit 0, image :latest, no runbook, irreversible migrations",
}


def _scan(name: str, tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    repo = copy_example(name, tmp_path_factory.mktemp("examples") / name)
    return scan(repo)


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    return _scan(READY, tmp_path_factory)


@pytest.fixture(scope="module")
def not_ready(tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    return _scan(NOT_READY, tmp_path_factory)


def _implemented(result: RunResult) -> dict[str, Status]:
    """Items that have at least one automated check, with their status."""
    return {
        item.item: item.status
        for item in result.report.items
        if not all(f.message.startswith(NO_CHECK_YET) for f in item.findings)
    }


def _item(result: RunResult, item_id: str) -> ItemResult:
    return next(i for i in result.report.items if i.item == item_id)


def snapshot_of(result: RunResult) -> dict[str, Any]:
    """What the snapshot holds: item -> status, and the sorted (check id, status) of non-pass findings."""
    items = {item.item: item.status.value for item in result.report.items}
    non_pass = sorted({
        f"{f.check_id}: {f.status.value}" + (" (suppressed)" if f.suppressed else "")
        for f in result.findings if f.status is not Status.PASS
    })
    return {"items": items, "non_pass_findings": non_pass}


def check_snapshot(name: str, actual: dict[str, Any]) -> None:
    path = SNAPSHOTS / f"{name}.json"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(actual, indent=2) + "\n")
        return
    if not path.is_file():
        pytest.fail(f"no snapshot {path}; create it with UPDATE_SNAPSHOTS=1 python -m pytest tests/test_examples.py")
    expected = json.loads(path.read_text())
    hint = "if the change is intended: UPDATE_SNAPSHOTS=1 python -m pytest tests/test_examples.py; review git diff"
    changed_items = {k: (expected["items"].get(k), v) for k, v in actual["items"].items()
                     if expected["items"].get(k) != v}
    assert not changed_items, f"{name}: item statuses changed (expected, actual): {changed_items}\n{hint}"
    exp = set(expected["non_pass_findings"])
    act = set(actual["non_pass_findings"])
    assert act == exp, (f"{name}: non-pass findings changed\n  new: {sorted(act - exp)}\n"
                        f"  gone: {sorted(exp - act)}\n{hint}")


def test_ready_snapshot(ready: RunResult) -> None:
    check_snapshot(READY, snapshot_of(ready))


def test_not_ready_snapshot(not_ready: RunResult) -> None:
    check_snapshot(NOT_READY, snapshot_of(not_ready))


def test_every_report_lists_all_33_items(ready: RunResult, not_ready: RunResult) -> None:
    assert len(ready.report.items) == 33
    assert len(not_ready.report.items) == 33


def test_ready_example_has_no_failing_implemented_item(ready: RunResult) -> None:
    bad = {}
    for item, status in _implemented(ready).items():
        if status in (Status.FAIL, Status.ERROR) and item not in READY_EXCEPTIONS:
            detail = [f"{f.check_id}: {f.message} ({f.location})" for f in _item(ready, item).findings
                      if f.status in (Status.FAIL, Status.ERROR) and f.suppressed is None]
            bad[item] = detail
    assert not bad, "the ready example must be green on every automated item:\n" + json.dumps(bad, indent=2)


def test_ready_example_exceptions_are_still_needed(ready: RunResult) -> None:
    """An exception that no longer applies must be removed, so the list never hides a regression."""
    implemented = _implemented(ready)
    stale = [item for item in READY_EXCEPTIONS if implemented.get(item) not in (Status.FAIL, Status.ERROR)]
    assert not stale, f"remove these from READY_EXCEPTIONS, they pass now: {stale}"


def test_ready_example_uses_its_attestation(ready: RunResult) -> None:
    backups = _item(ready, "backups")
    if backups.status is Status.PASS and backups.attestation is not None:
        assert backups.attestation.by == "maria.lopez@example.com"
    else:
        # backups has automated evidence that decided by itself; the attestation must still be valid.
        assert not [n for n in ready.report.notices if "attestation" in n], ready.report.notices


def test_not_ready_example_fails_every_planted_item(not_ready: RunResult) -> None:
    implemented = _implemented(not_ready)
    missed = {item: f"{implemented[item].value} although planted: {why}"
              for item, why in NOT_READY_PLANTED.items()
              if item in implemented and implemented[item] not in (Status.FAIL, Status.WARN)}
    assert not missed, json.dumps(missed, indent=2)
    assert not not_ready.report.verdict.ready


PLANTED_SECRETS = ("SuperSecret123!", "hunter2-Prod-2024", "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e",
                   "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMPLE")


@pytest.mark.parametrize("fmt", ["terminal", "json", "sarif", "junit", "markdown", "html"])
def test_not_ready_secrets_never_appear_in_clear(not_ready: RunResult, fmt: str) -> None:
    from deploycheck.reports import FORMATS, render

    if fmt not in FORMATS:
        pytest.skip(f"no {fmt} renderer yet")
    try:
        text = render(not_ready.report, fmt)
    except ImportError as exc:
        pytest.skip(f"{fmt} renderer not available: {exc}")
    leaked = [s for s in PLANTED_SECRETS if s in text]
    assert not leaked, f"secret values in the {fmt} report: {leaked}"
    if fmt == "json":
        # Not vacuous: the secrets were found, and are shown masked (a short prefix, then stars).
        assert "Sup***" in text and "AKI***" in text
