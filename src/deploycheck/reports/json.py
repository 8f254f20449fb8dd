"""JSON report: the report model as data, with `schema_version` (schema: schemas/report.schema.json)."""

from __future__ import annotations

import json

from deploycheck.model import Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, default=str) + "\n"
