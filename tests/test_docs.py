"""The generated checks reference must match the code (ruff-style: docs generated from metadata)."""

from __future__ import annotations

from pathlib import Path

from deploycheck.checklist import load_checklist
from deploycheck.checks.registry import all_checks
from deploycheck.docs import checks_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs" / "checks.md"


def test_checks_reference_is_up_to_date() -> None:
    assert DOCS.read_text(encoding="utf-8") == checks_markdown(), (
        "docs/checks.md is stale: run `deploycheck checks --format markdown > docs/checks.md`")


def test_every_check_belongs_to_a_checklist_item_and_explains_itself() -> None:
    items = set(load_checklist().ids)
    for spec in all_checks(load_plugins=False).values():
        assert spec.item in items, f"{spec.id}: unknown item {spec.item}"
        assert spec.title, f"{spec.id} has no title"
        assert spec.remediation or spec.live, f"{spec.id} says nothing about how to fix it"


def test_every_item_has_automated_evidence() -> None:
    """No item is left at 'no automated check yet' (issue 3)."""
    covered = {s.item for s in all_checks(load_plugins=False).values() if not s.live}
    assert set(load_checklist().ids) - covered == set()


def test_published_config_schema_is_up_to_date() -> None:
    """`deploycheck init` points editors at docs/schemas/config.schema.json (raw on GitHub): that file
    is the schema the code validates with."""
    import json

    from deploycheck.config_schema import CONFIG_SCHEMA, PUBLISHED_PATH, SCHEMA_URL

    published = DOCS.parent.parent / PUBLISHED_PATH
    assert json.loads(published.read_text(encoding="utf-8")) == CONFIG_SCHEMA, (
        f"{PUBLISHED_PATH} is stale: run `deploycheck config schema > {PUBLISHED_PATH}`")
    assert SCHEMA_URL.endswith("/" + PUBLISHED_PATH) and CONFIG_SCHEMA["$id"] == SCHEMA_URL
