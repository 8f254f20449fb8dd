"""Issue 7: config tricks, silent passes, tracebacks and lost reports. Each repository or config is built
here; each case failed before its fix (a duplicate `environments:` silently won, `check: "*"` turned manual
items into pass, an empty OSV database passed the vulnerabilities check, `.inf` and timestamps crashed,
an output into a missing folder was created silently, a full disk left a truncated report)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

LOCK = "requests==2.19.0\n"


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["deploycheck", *args], capture_output=True, text=True, timeout=300, check=False, cwd=cwd)


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stderr


# --- 7. silent pass on an empty or broken OSV database ----------------------------------------------

@pytest.mark.parametrize("kind", ["empty-dir", "broken-zip", "zip-without-records"])
def test_unusable_osv_database_is_an_error_never_a_pass(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "osv"
    if kind == "empty-dir":
        db.mkdir()
    elif kind == "broken-zip":
        db = tmp_path / "all.zip"
        db.write_bytes(b"PK\x03\x04 this is not really a zip")
    else:
        db = tmp_path / "all.zip"
        with zipfile.ZipFile(db, "w") as zf:
            zf.writestr("README.txt", "nothing here")
    root = write(tmp_path / "repo", {"requirements.txt": LOCK,
                                     ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {db}\n"})
    [f] = findings(scan(root, only=("dependency-health/vulnerabilities",)), "dependency-health/vulnerabilities")
    assert f.status is Status.ERROR, f.message
    assert "no readable OSV record" in f.message


def test_osv_zip_bomb_is_bounded(tmp_path: Path) -> None:
    db = tmp_path / "all.zip"
    with zipfile.ZipFile(db, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("BOMB.json", b"{" + b" " * (64 * 1024 * 1024) + b"}")  # 64 MB of spaces: ~64 KB packed
        zf.writestr("PYSEC-1.json", json.dumps({"id": "PYSEC-1", "affected": [
            {"package": {"ecosystem": "PyPI", "name": "requests"},
             "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.20.0"}]}]}]}))
    root = write(tmp_path / "repo", {"requirements.txt": LOCK,
                                     ".deploycheck.yaml": f"vulnerabilities:\n  osv_database: {db}\n"})
    result = findings(scan(root, only=("dependency-health/vulnerabilities",)), "dependency-health/vulnerabilities")
    assert any(f.status is Status.FAIL and "PYSEC-1" in f.message for f in result)
    assert any("larger than 16 MB unpacked" in f.message for f in result if f.status is Status.WARN)


# --- 9. config ---------------------------------------------------------------------------------------

def test_duplicate_keys_in_the_config_are_rejected_with_their_line(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {".deploycheck.yaml": (
        "environments:\n  prod:\n    url: https://shop.example.com\n"
        "policy:\n  fail_on: warn\n"
        "environments:\n  prod:\n    url: http://attacker.example\n")})
    err = _one_line_error(cli("scan", str(root)))
    assert ".deploycheck.yaml:6: duplicate key 'environments' (first at line 1)" in err


def test_wildcard_ignore_never_passes_a_manual_item_and_is_named_in_the_verdict(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {
        "Dockerfile": "FROM python:latest\nRUN pip install flask\n",
        ".deploycheck.yaml": "ignore:\n  - check: \"*\"\n    reason: make it green\n"})
    result = scan(root)
    items = {i.item: i for i in result.report.items}
    assert items["code-review"].status is Status.MANUAL  # no git history: a person must decide
    assert not result.report.verdict.ready
    assert any("silences findings in" in c and ".deploycheck.yaml:2" in c for c in result.report.verdict.caveats)
    out = tmp_path / "r.md"
    proc = cli("scan", str(root), "-f", "terminal", "-f", "markdown", "-o", str(out))
    assert "silences findings in" in proc.stdout and "silences findings in" in out.read_text()


@pytest.mark.parametrize("value", [".inf", ".nan", "-1", "1e30"])
def test_absurd_file_size_cap_is_a_one_line_config_error(tmp_path: Path, value: str) -> None:
    root = write(tmp_path / "repo", {".deploycheck.yaml": f"limits:\n  max_file_mb: {value}\n"})
    err = _one_line_error(cli("scan", str(root)))
    assert "max_file_mb" in err


# --- attestations with odd types ---------------------------------------------------------------------

def test_attestation_with_a_timestamp_counts_and_a_mapping_evidence_is_refused(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {".deploycheck/attestations.yaml": (
        "attestations:\n"
        "  - item: code-review\n    by: alice@example.com\n    date: 2026-11-01 10:30:00\n"
        "    evidence: https://example.com/pr/1\n"
        "  - item: readme\n    by: bob@example.com\n    date: 2026-11-01\n    evidence: {url: x}\n")})
    proc = cli("scan", str(root), "-f", "json", "-o", str(tmp_path / "r.json"))
    assert "Traceback" not in proc.stderr, proc.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    by_item = {i["item"]: i for i in report["items"]}
    assert by_item["code-review"]["attestation"]["date"] == "2026-11-01"
    assert any("`evidence` must be a link or text" in n for n in report["notices"])


# --- nothing lost: outputs ----------------------------------------------------------------------------

def test_output_into_a_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"README.md": "# x\n"})
    err = _one_line_error(cli("scan", str(root), "-f", "json", "-o", str(tmp_path / "nope" / "r.json")))
    assert "nope" in err and "does not exist" in err
    assert not (tmp_path / "nope").exists()
    err = _one_line_error(cli("scan", str(root), "--write-baseline", str(tmp_path / "nope" / "b.json")))
    assert "does not exist" in err


@pytest.fixture
def tiny_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root")
    mnt = tmp_path / "full"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True,
                          check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_full_disk_leaves_no_truncated_report(tmp_path: Path, tiny_disk: Path) -> None:
    root = write(tmp_path / "repo", {"README.md": "# x\n", "Dockerfile": "FROM python:latest\n"})
    old = tiny_disk / "report.html"
    old.write_text("<html>previous report</html>")
    (tiny_disk / "filler").write_bytes(b"x" * (40 * 1024))
    proc = cli("scan", str(root), "-f", "html", "-o", str(old))
    err = _one_line_error(proc)
    assert f"cannot write {old}" in err
    assert old.read_text() == "<html>previous report</html>"  # the old report, whole
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "report.html"]  # no temp file left
    proc = cli("scan", str(root), "--write-baseline", str(tiny_disk / "base.json"))
    # a baseline either fits or fails cleanly
    assert proc.returncode in (0, 2) and "Traceback" not in proc.stderr
    if proc.returncode == 0:
        json.loads((tiny_disk / "base.json").read_text())


# --- 8. injection into reports -----------------------------------------------------------------------

def test_markdown_breaks_autolinks_and_mentions_from_commit_subjects(tmp_path: Path) -> None:
    from tests.helpers import git

    root = write(tmp_path / "repo", {"README.md": "# x\n"})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-qm", "initial")
    git(root, "tag", "v1.0.0")
    git(root, "commit", "--allow-empty", "-qm", "ping @acme/security-team see https://evil.example/x www.evil.example")
    out = tmp_path / "r.md"
    cli("scan", str(root), "--only", "code-review", "-f", "markdown", "-o", str(out))
    text = out.read_text()
    assert "acme/security-team" in text  # still readable
    for live in ("@acme", "https://evil", "www.evil"):
        assert live not in text


def test_markup_and_escape_sequences_in_names_never_drive_the_terminal(tmp_path: Path) -> None:
    """On a real terminal (a pty) the progress line shows a folder named with Rich markup and an OSC 8
    hyperlink literally: no crash, no escape sequence from the repository reaches the screen."""
    import pty
    import select

    evil = "[link=https://evil.example]click[/link]\x1b]8;;https://evil.example\x1b\\x[/]"
    root = write(tmp_path / "repo", {f"{evil}/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
                                     f"{evil}/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\n"
                                                                  "metadata:\n  name: c\n"})
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI on a terminal
        os.execvp("deploycheck", ["deploycheck", "scan", str(root), "--only", "helm-chart"])
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert os.WEXITSTATUS(status) in (0, 1), screen[-2000:]
    assert "Traceback" not in screen and "MarkupError" not in screen
    import re

    # No hyperlink escape sequence (OSC 8, with or without Rich's id= parameter) from the repository.
    assert not re.search(r"\x1b\]8;[^;]*;https://evil", screen)
