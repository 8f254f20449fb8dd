"""Live backups evidence (verify only): the newest real backup is recent enough for the RPO."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, errored, failed, passed, skipped
from deploycheck.model import Finding, Location

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.probes.backups import BackupListing

DEFAULT_RPO_HOURS = 24.0


@check(
    "backups/live-latest-backup",
    title="The newest real backup is younger than the recovery point objective",
    severity="high",
    needs=("backups: in the environment (pgbackrest, directory or s3)",),
    live=True,
    rationale="A backup job that silently stopped weeks ago is found at the worst moment. The team's own "
              "backups (pgBackRest repository, dump files, WAL-G base backups in S3) are listed where they "
              "live; the newest good one must be younger than the RPO, and a pg_dump archive must be readable.",
    remediation="Find why the backup job stopped or fails (CronJob history, pgBackRest logs), run a backup now, "
                "and alert on backup age (e.g. a Prometheus rule on the newest backup's timestamp).",
    references=("https://pgbackrest.org/command.html#command-info",
                "https://github.com/wal-g/wal-g/blob/master/docs/PostgreSQL.md",
                "https://www.postgresql.org/docs/current/app-pgrestore.html"),
)
def latest_backup(ctx: Context) -> Iterator[Finding]:
    settings = ctx.target("backups")
    if not isinstance(settings, dict) or not any(k in settings for k in ("pgbackrest", "directory", "s3")):
        yield skipped("needs backups: (pgbackrest, directory or s3) in the environment's config to find the "
                      "team's real backups")
        return
    rpo_hours = float(settings.get("rpo_hours", DEFAULT_RPO_HOURS))
    now = dt.datetime.now(dt.UTC)
    for kind in ("pgbackrest", "directory", "s3"):
        if kind in settings:
            yield _judge(kind, settings[kind], rpo_hours, "rpo_hours" not in settings, now)


def _judge(kind: str, spec: dict[str, Any], rpo_hours: float, default_rpo: bool, now: dt.datetime) -> Finding:
    from deploycheck.probes.backups import BackupProbeError

    try:
        listing = _list(kind, spec)
    except BackupProbeError as exc:
        return errored(f"{kind} backups could not be read: {exc}")
    where = Location(url=listing.source if kind == "s3" else None,
                     path=spec.get("path") if kind == "directory" else None)
    newest = listing.newest_good
    evidence: dict[str, Any] = {"source": listing.source, "backups": len(listing.backups),
                                "rpo_hours": rpo_hours, "rpo_from": "default" if default_rpo else "config"}
    bad = [b for b in listing.backups if b.failed or b.verified is False]
    if bad:
        evidence["unusable"] = [{"name": b.name, "why": b.detail} for b in bad[:10]]
    if listing.notes:
        evidence["notes"] = listing.notes
    if newest is None:
        return failed(f"no usable backup in {listing.source}" + (f" ({len(bad)} unusable)" if bad else ""),
                      where, evidence)
    age_h = (now - newest.finished_at).total_seconds() / 3600
    evidence["newest"] = {"name": newest.name, "kind": newest.kind, "finished_at": newest.finished_at.isoformat(),
                          "age_hours": round(age_h, 2), "size_bytes": newest.size_bytes,
                          **({"detail": newest.detail} if newest.detail else {})}
    if age_h > rpo_hours:
        return failed(f"newest backup in {listing.source} ({newest.name}) is {_age(age_h)} old, older than the "
                      f"RPO of {rpo_hours:g} h", where, evidence)
    return passed(f"newest backup in {listing.source} ({newest.name}) is {_age(age_h)} old, within the RPO of "
                  f"{rpo_hours:g} h", where, evidence)


def _list(kind: str, spec: dict[str, Any]) -> BackupListing:
    from deploycheck.probes import backups

    if kind == "pgbackrest":
        return backups.pgbackrest_backups(str(spec["stanza"]), spec.get("config"))
    if kind == "directory":
        return backups.directory_backups(str(spec["path"]), str(spec.get("pattern", "*")))
    return backups.s3_backups(str(spec["bucket"]), str(spec.get("prefix", "")), str(spec.get("layout", "files")),
                              str(spec.get("pattern", "*")), spec.get("endpoint_url"), spec.get("region"))


def _age(hours: float) -> str:
    return f"{hours * 60:.0f} min" if hours < 1 else f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} days"


RESTORE_NOT_ENABLED = ("restoring the newest backup is opt-in per environment, as the restore drill: add "
                       "`restore_drill:` (scratch_prefix, or target_url_env naming the server to restore into) "
                       "to the environment in the config")


@check(
    "backups/live-backup-restore",
    title="The newest real backup restores into a scratch database",
    severity="high",
    needs=("backups: (directory or s3) in the environment", "restore_drill: in the environment", "pg_restore"),
    live=True,
    rationale="A backup is tested only when it has been restored. The newest good pg_dump archive of the team's "
              "own backups (a directory or S3) is restored into a scratch database under the restore drill's "
              "rules (opt-in, size limit, CREATEDB checked first, cleanup on SIGTERM/SIGINT, stale sweep) and "
              "every table it holds data for must come back.",
    remediation="Read pg_restore's error, fix the backup job (format, extensions, roles the dump needs) and "
                "run a new backup; for pgBackRest/WAL-G run their restore on a scratch host and attest it.",
    references=("https://www.postgresql.org/docs/current/app-pgrestore.html",
                "https://pgbackrest.org/user-guide.html#restore"),
)
def backup_restore(ctx: Context) -> Iterator[Finding]:
    import os

    from deploycheck.checks.database.live import drill_settings

    settings = ctx.target("backups")
    if not isinstance(settings, dict) or not any(k in settings for k in ("pgbackrest", "directory", "s3")):
        yield skipped("needs backups: (directory or s3) in the environment's config to find the backup to restore")
        return
    spec = ctx.target("restore_drill")
    if not isinstance(spec, dict):
        yield skipped(RESTORE_NOT_ENABLED)
        return
    drill, problem = drill_settings(spec)
    if problem:
        yield problem
        return
    assert drill is not None
    db_env = ctx.target("db_url_env")
    db_url = os.environ.get(str(db_env)) if db_env else None
    if db_env and not db_url and not drill.target_url:
        yield errored(f"environment variable {db_env} (named by db_url_env) is not set")
        return
    server = drill.target_url or db_url
    if not server:
        yield skipped("needs a server to restore into: restore_drill.target_url_env, or db_url_env (the scratch "
                      "database is then created beside the live one, under scratch_prefix)")
        return
    for kind in ("pgbackrest", "directory", "s3"):
        if kind in settings:
            yield _restore(kind, settings[kind], server, drill, db_url)


def _restore(kind: str, spec: dict[str, Any], server: str, drill: Any, db_url: str | None) -> Finding:
    from deploycheck.probes import backups
    from deploycheck.probes.database import ProbeError, redact_url
    from deploycheck.probes.drill import BackupArchive, restore_backup

    if kind == "pgbackrest" or (kind == "s3" and spec.get("layout") == "wal-g"):
        tool, command = (("pgBackRest", "pgbackrest restore --pg1-path=<empty dir>") if kind == "pgbackrest"
                         else ("WAL-G", "wal-g backup-fetch"))
        return skipped(f"{tool} backups are not restored by verify: a physical backup needs its own scratch "
                       f"PostgreSQL instance (an empty data directory, the same major version, WAL replay), which "
                       f"verify does not start; backups/live-latest-backup judges its age only. Restore it on a "
                       f"scratch host ({command}) "
                       f"and attest the result")
    try:
        listing = _list(kind, spec)
    except backups.BackupProbeError as exc:
        return errored(f"{kind} backups could not be read: {exc}")
    where = Location(url=listing.source if kind == "s3" else None,
                     path=spec.get("path") if kind == "directory" else None)
    newest = listing.newest_good
    if newest is None:
        return failed(f"no usable backup in {listing.source} to restore", where)
    if kind == "directory" and newest.verified is not True:
        return skipped(f"newest backup {newest.name} in {listing.source} is not a pg_dump custom-format archive: "
                       "plain SQL dumps are not restored (psql would run any meta-command the file holds)", where)
    path = Path(str(spec.get("path", ""))) / newest.name
    key = str(spec.get("prefix", "")) + newest.name

    def fetch(directory: Path) -> Path:
        if kind == "directory":
            return path
        got = backups.s3_download(str(spec["bucket"]), key, directory, drill.max_size_bytes,
                                  spec.get("endpoint_url"), spec.get("region"))
        with got.open("rb") as fh:
            if fh.read(5) != b"PGDMP":
                raise ProbeError(f"{listing.source}{newest.name} is not a pg_dump custom-format archive "
                                 "(plain SQL dumps are not restored: psql would run their meta-commands)")
        return got
    try:
        result = restore_backup(server, BackupArchive(newest.name, newest.size_bytes, fetch), drill, db_url)
    except (ProbeError, backups.BackupProbeError) as exc:
        return errored(f"restore of {newest.name} from {listing.source}: {exc}", where)
    evidence: dict[str, Any] = {
        "backup": newest.name, "source": listing.source, "finished_at": newest.finished_at.isoformat(),
        "archive_bytes": result.dump_bytes, "fetch_s": round(result.dump_s, 2), "restore_s": round(result.restore_s, 2),
        "count_s": round(result.compare_s, 2), "tables": len(result.restored_rows),
        "rows": sum(result.restored_rows.values()), "restored_on": redact_url(server),
        "scratch_dropped": result.cleaned_up, **({"swept": result.swept} if result.swept else {}),
    }
    if result.skipped:
        finding = skipped(f"backup restore: {result.skipped}", where, evidence)
    elif result.restore_error:
        finding = failed(f"backup {newest.name} in {listing.source} does not restore: {result.restore_error}", where,
                         evidence)
    elif result.missing_tables:
        evidence["missing"] = result.missing_tables[:20]
        finding = failed(f"backup {newest.name} restored without {len(result.missing_tables)} of its table(s): "
                         f"{', '.join(result.missing_tables[:5])}", where, evidence)
    else:
        finding = passed(f"newest backup {newest.name} in {listing.source} restored into a scratch database: "
                         f"{evidence['tables']} tables, {evidence['rows']} rows in {result.restore_s:.1f}s", where,
                         evidence)
    if not result.cleaned_up:
        finding.message += (f"; scratch database {result.scratch_database} or its dump directory could not be "
                            "removed (the next drill sweeps them)")
    return finding
