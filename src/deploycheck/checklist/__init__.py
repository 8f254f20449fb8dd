"""The checklist model: the 33 default items (data in default.yaml), extended by an organisation."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.config import Config


@dataclass
class Item:
    """One checklist item."""
    id: str
    section: str
    title: str
    manual_evidence: str = ""
    required: bool = True
    attestation_days: int | None = None


@dataclass
class Checklist:
    """The checklist's sections and items, in order."""
    sections: list[tuple[str, str]]  # (id, title), in checklist order
    items: list[Item]

    def get(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    @property
    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    def section_title(self, section_id: str) -> str:
        return dict(self.sections).get(section_id, section_id.title())


@functools.cache
def _default_data() -> dict[str, Any]:
    """The parsed default.yaml, read once per process: a run builds the checklist several times (the selector
    checks, the engine, the report), and load_checklist only reads this (its values are scalars, copied into
    each fresh Item)."""
    from deploycheck.sources.yaml import load_one

    # Beside this file, read directly: importlib.resources costs ~3 ms of every run's start-up
    # (bench/README.md), and the package is installed as files.
    text = Path(__file__).with_name("default.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_one(text)
    return data


def load_checklist(config: Config | None = None) -> Checklist:
    data = _default_data()
    sections = [(s["id"], s["title"]) for s in data["sections"]]
    items = [Item(**raw) for raw in data["items"]]
    if config is not None:
        by_id = {i.id: i for i in items}
        for extra in config.checklist.get("items", []):
            existing = by_id.get(extra["id"])
            if existing:
                for key, value in extra.items():
                    setattr(existing, key, value)
            else:
                item = Item(
                    id=extra["id"],
                    section=extra.get("section", "organisation"),
                    title=extra.get("title", extra["id"]),
                    manual_evidence=extra.get("manual_evidence", ""),
                    required=extra.get("required", True),
                    attestation_days=extra.get("attestation_days"),
                )
                items.append(item)
                by_id[item.id] = item
                if item.section not in dict(sections):
                    sections.append((item.section, item.section.replace("-", " ").title()))
        for item_id in config.checklist.get("optional", []):
            if item_id in by_id:
                by_id[item_id].required = False
    return Checklist(sections=sections, items=items)
