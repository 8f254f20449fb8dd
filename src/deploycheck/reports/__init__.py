"""Report renderers: one module per format, each `render(report) -> str`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.model import Report

FORMATS = {
    "terminal": "deploycheck.reports.terminal",
    "json": "deploycheck.reports.json",
    "sarif": "deploycheck.reports.sarif",
    "junit": "deploycheck.reports.junit",
    "markdown": "deploycheck.reports.markdown",
    "html": "deploycheck.reports.html",
}


def render(report: Report, fmt: str) -> str:
    module = importlib.import_module(FORMATS[fmt])
    text: str = module.render(report)
    return text


def render_bytes(report: Report, fmt: str, keep: list[Any] | None = None) -> bytes:
    """render()'s text as UTF-8, from the format's own `render_bytes` where it has one (json: orjson's bytes, not
    decoded and encoded again); `keep` may receive what it built, for the caller to free later or never."""
    module = importlib.import_module(FORMATS[fmt])
    if hasattr(module, "render_bytes"):
        data: bytes = module.render_bytes(report, keep)
        return data
    return render(report, fmt).encode("utf-8")
