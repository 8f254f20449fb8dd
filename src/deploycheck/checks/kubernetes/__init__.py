"""Checks of the kubernetes section of the checklist (helm-chart, manifests, resource-limits)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deploycheck.model import Finding, Status

if TYPE_CHECKING:
    from deploycheck.context import Context


def nothing_found(ctx: Context, reason: str) -> Finding:
    """`n/a` when the manifests really hold nothing to judge; `skipped` when a chart or overlay that
    would have supplied objects could not be built (never claim "does not apply" without having looked)."""
    from deploycheck.sources.kubernetes import all_objects

    incomplete = ctx.use(all_objects).incomplete
    if incomplete:
        return Finding(check_id="", status=Status.SKIPPED, message=f"{reason}; but {incomplete}")
    return Finding(check_id="", status=Status.NA, message=reason)
