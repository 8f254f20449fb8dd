"""Live backups evidence (verify only): the newest real backup is recent enough for the RPO."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
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
