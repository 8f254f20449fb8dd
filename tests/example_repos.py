"""Copies of the example services as git repositories with a realistic history.

The examples live inside deploycheck's own repository, whose history says nothing about them. Tests
(snapshots here, live `verify` tests elsewhere) scan a copy in a temporary directory instead, made
into its own git repository:

- ready: two pull requests merged with `--no-ff` ("Merge pull request #N ..."), commits carrying
  `Reviewed-by:` trailers, a release tag `v1.3.0` between them; the second PR changes code, a
  migration and the README, as a real release would.
- not-ready: direct commits to main, no review, no tag.

Commit dates are fixed so the history (and fingerprints) are the same on every run. The ready
example's attestation dates are moved relative to today so the committed sign-off does not expire
under the tests (the committed file keeps its real dates).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
READY = "ready-service"
NOT_READY = "not-ready-service"

# Left out of the first (tagged) pull request of the ready example; added by the second one.
_REVIEWED = "Reviewed-by: Lee Chen <lee@example.com>"
_READY_SECOND_PR = ("migrations/versions/0003_index_orders_customer.py", "README.md", "reports")


def _git(repo: Path, *args: str, date: str = "2026-11-02T10:00:00+00:00", author: str = "Ana Ruiz") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": f"{author.split()[0].lower()}@example.com",
        "GIT_COMMITTER_NAME": "GitHub", "GIT_COMMITTER_EMAIL": "noreply@github.com",
        "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True, text=True)


def _refresh_attestations(dest: Path) -> None:
    path = dest / ".deploycheck" / "attestations.yaml"
    if not path.is_file():
        return
    today = dt.date.today()
    text = path.read_text()
    text = text.replace("date: 2026-11-12", f"date: {today - dt.timedelta(days=14)}")
    text = text.replace("expires: 2027-02-10", f"expires: {today + dt.timedelta(days=76)}")
    path.write_text(text)


def copy_example(name: str, dest: Path, *, history: bool = True) -> Path:
    """Copy examples/<name> to `dest` (which must not exist) and, by default, give it a git history."""
    shutil.copytree(EXAMPLES / name, dest, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache", ".venv"))
    if name == READY:
        _refresh_attestations(dest)
    if not history:
        return dest
    _git(dest, "init", "-q", "-b", "main")
    if name == READY:
        _ready_history(dest)
    else:
        _git(dest, "add", "-A")
        _git(dest, "commit", "-q", "-m", "items service", author="Sam Quick")
        (dest / "README.md").write_text((dest / "README.md").read_text() + "\n")
        _git(dest, "commit", "-q", "-am", "fix", date="2026-11-20T17:55:00+00:00", author="Sam Quick")
    return dest


def _ready_history(dest: Path) -> None:
    later = [dest / rel for rel in _READY_SECOND_PR]
    parked = dest.parent / f".{dest.name}-parked"
    parked.mkdir()
    for path in later:
        shutil.move(str(path), parked / path.name)
    _git(dest, "commit", "-q", "--allow-empty", "-m", "Initial commit", date="2026-09-01T09:00:00+00:00")
    _git(dest, "checkout", "-q", "-b", "feature/orders-api")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", f"orders API, chart, migrations 0001-0002\n\n{_REVIEWED}",
         date="2026-10-20T11:00:00+00:00")
    _git(dest, "checkout", "-q", "main")
    _git(dest, "merge", "-q", "--no-ff", "feature/orders-api",
         "-m", "Merge pull request #41 from shop/feature/orders-api\n\nReviewed-by: Lee Chen <lee@example.com>",
         date="2026-10-21T09:00:00+00:00")
    _git(dest, "tag", "-a", "v1.3.0", "-m", "orders 1.3.0", date="2026-10-21T09:05:00+00:00")
    _git(dest, "checkout", "-q", "-b", "feature/customer-index")
    for path in later:
        shutil.move(str(parked / path.name), path)
    parked.rmdir()
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m",
         "Index orders by customer (concurrently); README and test reports\n\nReviewed-by: Lee Chen <lee@example.com>",
         date="2026-11-10T15:00:00+00:00")
    _git(dest, "checkout", "-q", "main")
    _git(dest, "merge", "-q", "--no-ff", "feature/customer-index",
         "-m", "Merge pull request #44 from shop/feature/customer-index\n\nReviewed-by: Lee Chen <lee@example.com>",
         date="2026-11-11T09:00:00+00:00")
