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


def in_memory_database_only(ctx: Context) -> str | None:
    """The manifests whose only database is an embedded in-memory one (HSQLDB/H2 under JPA, Django over an in-memory
    SQLite), when that is all the repository shows: no other driver, no connection setting, no database server in
    the manifests, no database.engine in the config. A migration tree beside it (fala's Django migrations, applied to
    the in-memory SQLite at each start) still means a database is in use, but its data dies with the process: nothing
    outlives it to back up or restore. None otherwise."""
    if (ctx.config.section("database") or {}).get("engine"):
        return None
    # database_usage's evidence includes the manifests' (a database container, an operator cluster): when those alone
    # answer, the code files and lockfiles it reads (~0.1 s of a plain-manifest scan) cannot change the answer
    if ctx.use(manifest_database_evidence):
        return None
    from deploycheck.sources.migrations import database_usage

    usage = ctx.use(database_usage)
    if usage.embedded and not usage.evidence:
        return ", ".join(usage.embedded[:3])
    return None
