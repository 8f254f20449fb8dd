"""Live database evidence (verify only): migrations applied, and a backup that really restores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, errored, failed, passed, skipped, warned
from deploycheck.model import Finding, Location

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.probes.drill import DrillSettings


def database_url(ctx: Context) -> tuple[str | None, Finding | None]:
    """The target database URL from the env var the user named, or the finding saying why not."""
    name = ctx.target("db_url_env")
    if not name:
        return None, skipped("needs --db-url-env NAME (or db_url_env in the environment's config)")
    url = os.environ.get(str(name))
    if not url:
        return None, errored(f"environment variable {name} (named by db_url_env) is not set")
    return url, None


NOT_ENABLED = ("the restore drill is opt-in per environment: add `restore_drill:` with `scratch_prefix` (a scratch "
               "database on the same server) or `target_url_env` (another server to restore into) to the "
               "environment in the config")


@check(
    "backups/live-restore-drill",
    title="A backup of the target database restores completely",
    severity="high",
    needs=("--db-url-env", "restore_drill: in the environment", "pg_dump/pg_restore"),
    live=True,
    rationale="A backup nobody has restored is a hope, not a procedure. The drill dumps the target inside one "
              "exported snapshot, restores into a scratch database and compares every table's rows and "
              "checksum; it runs only where the environment opts in, under a size limit, after checking its "
              "rights, and cleans up on SIGTERM/SIGINT.",
    remediation="Investigate the tables that differ (extensions, permissions, unsupported types) and "
                "fix the backup procedure until the drill restores an identical copy.",
    references=("https://www.postgresql.org/docs/current/backup-dump.html",
                "https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-SNAPSHOT-SYNCHRONIZATION"),
)
def restore_drill(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.database import ProbeError, redact_url
    from deploycheck.probes.drill import restore_drill as drill

    url, problem = database_url(ctx)
    if problem:
        yield problem
        return
    assert url is not None
    where = Location(url=redact_url(url))
    spec = ctx.target("restore_drill")
    if not isinstance(spec, dict):
        yield skipped(NOT_ENABLED, where)
        return
    settings, problem = drill_settings(spec)
    if problem:
        yield problem
        return
    assert settings is not None
    try:
        result = drill(url, settings)
    except ProbeError as exc:
        yield errored(str(exc), where)
        return
    evidence = {
        "duration_s": round(result.duration_s, 2), "checksum_s": round(result.checksum_s, 2),
        "dump_s": round(result.dump_s, 2), "restore_s": round(result.restore_s, 2),
        "compare_s": round(result.compare_s, 2), "database_bytes": result.source_bytes,
        "dump_bytes": result.dump_bytes, "tables": len(result.tables),
        "rows": sum(t.source_rows for t in result.tables), "restored_on": result.target,
        "scratch_dropped": result.cleaned_up,
        **({"swept": result.swept} if result.swept else {}),
    }
    bad = [t for t in result.tables if not t.matches]
    if result.skipped:
        yield skipped(f"restore drill: {result.skipped}", where, evidence)
    elif result.missing_tables or bad:
        details = [f"{t}: missing after restore" for t in result.missing_tables] + [
            f"{t.table}: {t.source_rows} rows -> {t.restored_rows}" + ("" if t.source_rows != t.restored_rows
                                                                       else " (checksum differs)") for t in bad]
        yield failed(f"restore drill: {len(details)} table(s) differ: {'; '.join(details[:5])}", where, evidence)
    else:
        yield passed(f"restore drill: {len(result.tables)} tables, {evidence['rows']} rows restored identically "
                     f"in {result.duration_s:.1f}s (checksums included)", where, evidence)
    if not result.cleaned_up:
        yield warned(f"scratch database {result.scratch_database} or its dump directory could not be removed; "
                     "remove them by hand (the next drill also sweeps them)", where)


def drill_settings(spec: dict[str, Any]) -> tuple[DrillSettings | None, Finding | None]:
    """The environment's `restore_drill:` as probe settings; the target server's URL from its env var."""
    from deploycheck.probes.drill import DEFAULT_MAX_SIZE_MB, DEFAULT_PREFIX, DrillSettings

    target_url = None
    name = spec.get("target_url_env")
    if name:
        target_url = os.environ.get(str(name))
        if not target_url:
            return None, errored(f"environment variable {name} (named by restore_drill.target_url_env) is not set")
    settings = DrillSettings(scratch_prefix=str(spec.get("scratch_prefix", DEFAULT_PREFIX)), target_url=target_url,
                             max_size_bytes=int(float(spec.get("max_size_mb", DEFAULT_MAX_SIZE_MB)) * 1048576),
                             temp_dir=spec.get("temp_dir"))
    if "timeout_s" in spec:
        settings.timeout_s = float(spec["timeout_s"])
    return settings, None


@check(
    "schema-changes/live-applied-revision",
    title="The target database is at the repository's migration head",
    severity="high",
    needs=("--db-url-env", "a migration tree"),
    live=True,
    rationale="Code that expects columns the database does not have fails at the first request; a database "
              "ahead of the code means a rollback happened without its downgrade.",
    remediation="Run the migrations against the target (e.g. `alembic upgrade head`) as part of the deploy, "
                "or deploy the code matching the applied revision.",
)
def applied_revision(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.database import ProbeError, applied_revisions, redact_url

    url, problem = database_url(ctx)
    if problem:
        yield problem
        return
    assert url is not None
    where = Location(url=redact_url(url))
    heads = repository_heads(ctx)
    if not heads:
        yield skipped("no migration tree found in the repository to compare the database with")
        return
    try:
        applied = {a.tool: a for a in applied_revisions(url)}
    except ProbeError as exc:
        yield errored(str(exc), where)
        return
    for tool, expected in heads.items():
        got = applied.get(tool)
        evidence = {"tool": tool, "repository_head": sorted(expected)}
        if got is None:
            yield failed(f"{tool}: the database has no migration history table; migrations were never applied",
                         where, evidence)
            continue
        evidence["applied"] = got.revisions
        if got.dirty:
            yield failed(f"{tool}: the last migration is marked dirty (failed half-way)", where, evidence)
        elif set(got.revisions) == set(expected):
            yield passed(f"{tool}: database at head {', '.join(sorted(expected))}", where, evidence)
        else:
            yield failed(f"{tool}: database at {', '.join(got.revisions) or 'nothing'}, repository head is "
                         f"{', '.join(sorted(expected))}", where, evidence)


def repository_heads(ctx: Context) -> dict[str, set[str]]:
    """Head revision(s) per migration tool, from the migrations source."""
    import importlib

    try:
        migrations = importlib.import_module("deploycheck.sources.migrations")
    except ImportError:
        return {}
    heads_fn = getattr(migrations, "repository_heads", None)
    if heads_fn is None:
        return {}
    result: dict[str, set[str]] = heads_fn(ctx)
    return result
