"""Checks of the kubernetes section of the checklist (helm-chart, manifests, resource-limits)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from deploycheck.model import Finding, Status

if TYPE_CHECKING:
    from deploycheck.context import Context


def nothing_found(ctx: Context, reason: str) -> Finding:
    """`n/a` when the manifests really hold nothing to judge; `skipped` when a chart or overlay that
    would have supplied objects could not be built (never claim "does not apply" without having looked)."""
    return unless_unbuilt(ctx, Finding(check_id="", status=Status.NA, message=reason), (Status.NA,))


def unless_unbuilt(ctx: Context, finding: Finding, statuses: tuple[Status, ...] = (Status.FAIL, Status.WARN),
                   kinds: Collection[str] | None = None) -> Finding:
    """A finding of absence ("no backup CronJob in the manifests", "no manifest sets X", "no workloads: n/a")
    holds only when every chart and overlay was built and every manifest naming objects of `kinds` (None: any kind)
    was parsed: otherwise the missing thing may well be in what could not be read, so the finding becomes `skipped`
    and says which chart, overlay or file (never fail, nor call a check not applicable, on not having looked). The
    engine applies it to every `n/a` of a check that reads the manifests; checks apply it to their own findings of
    absence."""
    from deploycheck.sources.kubernetes import all_objects

    if finding.status not in statuses:
        return finding
    incomplete = ctx.use(all_objects).missing_for(kinds)
    if incomplete:
        finding.status = Status.SKIPPED
        finding.message = f"{finding.message}; but {incomplete}"
    return finding
