"""The backups a team actually relies on: pgBackRest repositories, dump files in a directory, and
WAL-G base backups or dump files in an S3 bucket. Each reader lists what is there; the check judges the
newest one's age against the environment's RPO.

Only `verify` calls this, for the locations the environment's config names (trusted input). pgBackRest
is asked through its own CLI (`pgbackrest info --output=json`, the documented machine interface); S3
through boto3 with the credentials of the environment (the standard AWS chain), so nothing here handles
secrets itself. A pg_dump archive in a directory is checked with `pg_restore --list`, which reads the
archive's table of contents without touching any database: a truncated or non-dump file fails.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOOL_TIMEOUT_S = 120
MAX_LISTED_OBJECTS = 100_000  # an S3 prefix holding more is listed up to this many keys, and says so
MAX_SENTINEL_BYTES = 1024 * 1024
WALG_BASEBACKUPS = "basebackups_005/"
WALG_SENTINEL_SUFFIX = "_backup_stop_sentinel.json"


class BackupProbeError(Exception):
    """The backup location could not be read (tool missing or failing, storage refused): `error`."""


@dataclass
class Backup:
    name: str
    finished_at: dt.datetime  # UTC
    size_bytes: int | None = None
    kind: str = ""  # full / diff / incr (pgBackRest), base backup (WAL-G), dump file
    failed: bool = False  # the tool marks the backup itself as bad (pgBackRest `error: true`)
    verified: bool | None = None  # archive table of contents readable (dump files); None = not checked
    detail: str = ""


@dataclass
class BackupListing:
    source: str  # "pgbackrest stanza main", "directory /var/backups", "s3://bucket/prefix"
    backups: list[Backup] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def newest_good(self) -> Backup | None:
        good = [b for b in self.backups if not b.failed and b.verified is not False]
        return max(good, key=lambda b: b.finished_at) if good else None


# --- pgBackRest -------------------------------------------------------------------------------------

def pgbackrest_backups(stanza: str, config: str | None = None) -> BackupListing:
    exe = shutil.which("pgbackrest")
    if exe is None:
        raise BackupProbeError("the pgbackrest executable is not on PATH (Debian package pgbackrest)")
    cmd = [exe, f"--stanza={stanza}", "--output=json", "--log-level-console=error"]
    if config:
        cmd.append(f"--config={config}")
    cmd.append("info")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupProbeError(f"pgbackrest info failed: {exc}") from None
    if proc.returncode != 0:
        raise BackupProbeError(f"pgbackrest info exited {proc.returncode}: {_first_line(proc.stderr or proc.stdout)}")
    try:
        stanzas = json.loads(proc.stdout)
    except ValueError:
        raise BackupProbeError("pgbackrest info --output=json did not print JSON") from None
    listing = BackupListing(f"pgbackrest stanza {stanza}")
    entry = next((s for s in stanzas if isinstance(s, dict) and s.get("name") == stanza), None) \
        if isinstance(stanzas, list) else None
    if entry is None:
        raise BackupProbeError(f"pgbackrest knows no stanza {stanza!r}")
    status = entry.get("status") or {}
    if status.get("code") not in (0, None):
        # 2 = "no valid backups" is an answer (none), other codes mean the repository is unusable.
        message = f"stanza status {status.get('code')}: {status.get('message', '')}"
        if status.get("code") != 2:
            raise BackupProbeError(f"pgbackrest stanza {stanza!r}: {message}")
        listing.notes.append(message)
    for backup in entry.get("backup") or []:
        stop = (backup.get("timestamp") or {}).get("stop")
        if not isinstance(stop, (int, float)):
            continue
        info = backup.get("info") or {}
        listing.backups.append(Backup(
            name=str(backup.get("label", "?")), kind=str(backup.get("type", "")),
            finished_at=dt.datetime.fromtimestamp(stop, dt.UTC),
            size_bytes=(info.get("repository") or {}).get("size") or info.get("size"),
            failed=bool(backup.get("error")),
            detail="pgBackRest marks this backup as having errors" if backup.get("error") else ""))
    return listing


# --- dump files in a directory ----------------------------------------------------------------------

def directory_backups(path: str, pattern: str = "*", verify_dumps: bool = True) -> BackupListing:
    base = Path(path)
    if not base.is_dir():
        raise BackupProbeError(f"backup directory {path} does not exist or is not a directory")
    listing = BackupListing(f"directory {path}")
    try:
        entries = sorted(base.iterdir())
    except OSError as exc:
        raise BackupProbeError(f"cannot list {path}: {exc.strerror}") from None
    files = [p for p in entries if fnmatch.fnmatch(p.name, pattern) and p.is_file() and not p.is_symlink()]
    for file in files:
        st = file.stat()
        listing.backups.append(Backup(name=file.name, kind="dump file", size_bytes=st.st_size,
                                      finished_at=dt.datetime.fromtimestamp(st.st_mtime, dt.UTC)))
    if verify_dumps and listing.backups:
        newest = max(listing.backups, key=lambda b: b.finished_at)
        _verify_dump(base / newest.name, newest)
        # A newest file that is not a readable archive falls back to the one before, if that one reads.
        while newest.verified is False:
            rest = [b for b in listing.backups if b.verified is None]
            if not rest:
                break
            newest = max(rest, key=lambda b: b.finished_at)
            _verify_dump(base / newest.name, newest)
    return listing


def _verify_dump(path: Path, backup: Backup) -> None:
    """pg_restore --list reads the archive's table of contents (custom/tar/directory formats)."""
    if backup.size_bytes == 0:
        backup.verified, backup.detail = False, "empty file"
        return
    with path.open("rb") as fh:
        head = fh.read(5)
    if head != b"PGDMP":
        # Plain SQL dumps (possibly compressed) have no table of contents to read: age only.
        backup.detail = "not a pg_dump archive (plain SQL or other format): age checked, content not read"
        return
    exe = _pg_tool("pg_restore")
    try:
        proc = subprocess.run([exe, "--list", "--", str(path)], capture_output=True, text=True,
                              timeout=TOOL_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupProbeError(f"pg_restore --list {path.name} failed: {exc}") from None
    if proc.returncode != 0:
        backup.verified, backup.detail = False, f"pg_restore cannot read it: {_first_line(proc.stderr)}"
    else:
        entries = sum(1 for line in proc.stdout.splitlines() if line and not line.startswith(";"))
        backup.verified, backup.detail = True, f"pg_restore reads its table of contents ({entries} entries)"


# --- S3 (WAL-G base backups, or dump files) ---------------------------------------------------------

def s3_backups(bucket: str, prefix: str = "", layout: str = "files", pattern: str = "*",
               endpoint_url: str | None = None, region: str | None = None) -> BackupListing:
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:
        raise BackupProbeError("boto3 is not installed (pip install 'deploycheck[live]')") from None
    source = f"s3://{bucket}/{prefix}"
    client = _s3_client(endpoint_url, region)
    listing = BackupListing(source)
    list_prefix = prefix + (WALG_BASEBACKUPS if layout == "wal-g" else "")
    objects: list[dict[str, Any]] = []
    try:
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=list_prefix):
            objects.extend(page.get("Contents") or [])
            if len(objects) >= MAX_LISTED_OBJECTS:
                listing.notes.append(f"more than {MAX_LISTED_OBJECTS} objects under {list_prefix}; listed that many")
                break
        if layout == "wal-g":
            for obj in objects:
                key = obj["Key"]
                if not key.endswith(WALG_SENTINEL_SUFFIX) or "/" in key[len(list_prefix):]:
                    continue
                name = key[len(list_prefix):-len(WALG_SENTINEL_SUFFIX)]
                listing.backups.append(_walg_backup(client, bucket, key, name, obj))
        else:
            for obj in objects:
                name = obj["Key"][len(prefix):]
                if "/" in name or not fnmatch.fnmatch(name, pattern):
                    continue
                listing.backups.append(Backup(name=name, kind="dump object", size_bytes=obj.get("Size"),
                                              finished_at=obj["LastModified"].astimezone(dt.UTC)))
    except (BotoCoreError, ClientError) as exc:
        raise BackupProbeError(f"{source}: {exc}") from None
    return listing


def s3_download(bucket: str, key: str, dest: Path, max_bytes: int, endpoint_url: str | None = None,
                region: str | None = None) -> Path:
    """Download one object into the directory `dest` (streamed; refused past `max_bytes`, whatever the
    listing said) and return the file's path. The file is named by the key's last part."""
    from botocore.exceptions import BotoCoreError, ClientError

    client = _s3_client(endpoint_url, region)
    target = dest / (Path(key).name or "backup")
    try:
        body = client.get_object(Bucket=bucket, Key=key)["Body"]
        written = 0
        with target.open("wb") as fh:
            for chunk in iter(lambda: body.read(1024 * 1024), b""):
                written += len(chunk)
                if written > max_bytes:
                    raise BackupProbeError(f"s3://{bucket}/{key} is larger than {max_bytes} bytes; download stopped")
                fh.write(chunk)
    except (BotoCoreError, ClientError) as exc:
        raise BackupProbeError(f"s3://{bucket}/{key}: {exc}") from None
    return target


def _s3_client(endpoint_url: str | None, region: str | None) -> Any:
    import boto3
    from botocore.config import Config as BotoConfig

    return boto3.client("s3", endpoint_url=endpoint_url, region_name=region,
                        config=BotoConfig(connect_timeout=10, read_timeout=30, retries={"max_attempts": 2}))


def _walg_backup(client: Any, bucket: str, key: str, name: str, obj: dict[str, Any]) -> Backup:
    """A WAL-G base backup: its stop sentinel says when it finished (FinishTime in sentinel v2; the
    object's own time otherwise) and how big it is."""
    finished = obj["LastModified"].astimezone(dt.UTC)
    size = None
    detail = "finish time from the sentinel object's timestamp"
    if obj.get("Size", 0) <= MAX_SENTINEL_BYTES:
        body = client.get_object(Bucket=bucket, Key=key)["Body"].read(MAX_SENTINEL_BYTES + 1)
        try:
            sentinel = json.loads(body)
        except ValueError:
            return Backup(name=name, kind="base backup", finished_at=finished, failed=True,
                          detail="its stop sentinel is not JSON (backup incomplete or corrupt)")
        if isinstance(sentinel, dict):
            size = sentinel.get("CompressedSize")
            stamp = sentinel.get("FinishTime")
            parsed = _parse_time(stamp) if isinstance(stamp, str) else None
            if parsed is not None:
                finished, detail = parsed, "finish time from the sentinel's FinishTime"
    return Backup(name=name, kind="base backup", finished_at=finished, size_bytes=size, detail=detail)


def _parse_time(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _pg_tool(name: str) -> str:
    """Debian keeps the PostgreSQL client tools per major version outside PATH; take the newest."""
    import glob

    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)),
                                       None)
    if found is None:
        raise BackupProbeError(f"`{name}` is not installed (PostgreSQL client tools)")
    return found


def _first_line(text: str) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "(no output)"
