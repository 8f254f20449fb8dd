"""Checks of the database section of the checklist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deploycheck.sources.datastores import manifest_database_evidence

if TYPE_CHECKING:
    from deploycheck.context import Context


def no_database_reason(ctx: Context) -> str | None:
    """Why the database items do not apply, or None when a database is (or may be) in use."""
    engine = (ctx.config.section("database") or {}).get("engine")
    if engine == "none":
        return "config says database.engine: none"
    # The manifests often answer alone (a postgres container): the code files and lockfiles that
    # database_usage reads cost ~0.1 s of a plain-manifest scan that only needs yes or no here.
    if engine or ctx.use(manifest_database_evidence):
        return None
    # imported here: a manifest-only scan that finds a database container never needs the code readers
    from deploycheck.sources.migrations import database_usage, migration_trees

    usage = ctx.use(database_usage)
    if ctx.use(migration_trees).trees or usage.in_use:
        return None
    embedded = (f" (only an embedded in-memory database: {', '.join(usage.embedded[:3])})"
                if usage.embedded else "")
    return f"no database in use: no ORM/driver dependency, DSN variable or database object in the manifests{embedded}"
