"""Report renderers: one module per format, each `render(report) -> str`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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
