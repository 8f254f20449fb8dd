"""Issue 7: config tricks, silent passes, tracebacks and lost reports. Each repository or config is built
here; each case failed before its fix (a duplicate `environments:` silently won, `check: "*"` turned manual
items into pass, an empty OSV database passed the vulnerabilities check, `.inf` and timestamps crashed,
an output into a missing folder was created silently, a full disk left a truncated report, a SIGKILL while
writing left an empty one, Rich markup in an OpenAPI path made two live checks `error`, Markdown turned
commit subjects into links, images and mentions, and the canary secrets below were printed in clear)."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, git, scan, write

from deploycheck.model import Status

LOCK = "requests==2.19.0\n"
FORMATS = ("terminal", "json", "sarif", "junit", "markdown", "html")


def cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["deploycheck", *args], capture_output=True, text=True, timeout=300, check=False, cwd=cwd,
                          env={**os.environ, **(env or {})})


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stderr


def on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the CLI on a real terminal (a pty) so the live progress line is on; (exit code, screen)."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvp("deploycheck", ["deploycheck", *args])
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
    return os.WEXITSTATUS(status), b"".join(chunks).decode("utf-8", "replace")


def _repo_with_commits(root: Path, *subjects: str) -> Path:
    """A repository with a release tag and then one commit per subject (newest last)."""
    write(root, {"README.md": "# x\n"})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-qm", "initial")
    git(root, "tag", "v1.0.0")
    for subject in subjects:
        git(root, "commit", "--allow-empty", "-qm", subject)
    return root


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
    proc = cli("scan", str(root), "-f", "markdown", "-o", str(out), "-f", "json", "-o", str(tmp_path / "r.json"),
               "-f", "terminal")
    assert "silences findings in" in proc.stdout and "silences findings in" in out.read_text()
    verdict = json.loads((tmp_path / "r.json").read_text())["verdict"]
    assert any(".deploycheck.yaml:2" in c and "silences findings in" in c for c in verdict["caveats"]), verdict


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
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB tmpfs (root only), unmounted afterwards."""
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


def _fill(disk: Path) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:  # to the last block
        while os.write(fd, b"x" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


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


# --- nothing lost: a SIGKILL while writing, a full disk ----------------------------------------

# Where strace kills the CLI: at the first write into the report's own path (a report written in
# place is truncated by then), or at the rename of a temporary file (the atomic write's last step).
KILL_AT = {
    "write-in-place": ["-P", "{report}", "-e", "trace=write", "-e", "inject=write:signal=KILL:when=1"],
    "before-rename": ["-e", "trace=rename,renameat,renameat2",
                      "-e", "inject=rename,renameat,renameat2:signal=KILL:when=1"],
    "after-fsync": ["-e", "trace=fsync,fdatasync", "-e", "inject=fsync,fdatasync:signal=KILL:when=1"],
}


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace (Debian package strace) is not installed")
@pytest.mark.parametrize("what", ["report", "baseline"])
@pytest.mark.parametrize("when", sorted(KILL_AT))
def test_sigkill_while_writing_never_leaves_a_truncated_report(tmp_path: Path, what: str, when: str) -> None:
    """A real SIGKILL (strace injects it into the CLI at a chosen system call): the previous report stays
    whole or the new one is complete, never a truncated file under the report's name."""
    root = write(tmp_path / "repo", {"README.md": "# x\n", "Dockerfile": "FROM python:latest\n"})
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    report.write_text('{"previous": "report"}\n')
    target = ["-f", "json", "-o", str(report)] if what == "report" else ["--write-baseline", str(report)]
    strace = [arg.format(report=report) for arg in KILL_AT[when]]
    subprocess.run(["strace", "-f", "-qq", "-o", "/dev/null", *strace, shutil.which("deploycheck") or "deploycheck",
                    "scan", str(root), *target], capture_output=True, text=True, timeout=300, check=False)
    text = report.read_text()
    if text != '{"previous": "report"}\n':
        assert "verdict" in json.loads(text) or "findings" in json.loads(text)  # complete: it parses
    assert [p.name for p in report.parent.iterdir() if not p.name.startswith(".")] == ["report.json"]


@pytest.mark.parametrize("how", ["report", "baseline"])
def test_full_disk_is_a_one_line_error_naming_the_file(tmp_path: Path, tiny_disk: Path, how: str) -> None:
    _fill(tiny_disk)
    root = write(tmp_path / "repo", {"README.md": "# x\n", "Dockerfile": "FROM python:latest\n"})
    target = tiny_disk / "out.json"
    proc = cli("scan", str(root), *(["-f", "json", "-o", str(target)] if how == "report"
                                   else ["--write-baseline", str(target)]))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert str(target) in line and "No space left" in line
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


# --- 8. injection into reports -----------------------------------------------------------------------

def test_markdown_breaks_autolinks_and_mentions_from_commit_subjects(tmp_path: Path) -> None:
    root = _repo_with_commits(tmp_path / "repo", "ping @acme/security-team see https://evil.example/x www.evil.example")
    out = tmp_path / "r.md"
    cli("scan", str(root), "--only", "code-review", "-f", "markdown", "-o", str(out))
    text = out.read_text()
    assert "acme/security-team" in text  # still readable
    for live in ("@acme", "https://evil", "www.evil"):
        assert live not in text


def test_markdown_renders_no_link_image_or_html_from_commit_subjects(tmp_path: Path) -> None:
    root = _repo_with_commits(tmp_path / "repo", "b <img src=x onerror=alert(1)> HTTPS://EVIL.example",
                              "a ![p](https://evil.example/p.png) @octocat")
    out = tmp_path / "r.md"
    cli("scan", str(root), "--only", "code-review", "-f", "markdown", "-o", str(out))
    text = out.read_text()
    assert "evil.example/p.png" in text and "octocat" in text and "EVIL.exa" in text, text
    assert "<img" not in text
    assert not re.search(r"(?<!\\)\]\(", text)  # no link or image syntax
    for live in ("@octocat", "HTTPS://EVIL", "https://evil"):
        assert live not in text, live


def test_markup_and_escape_sequences_in_names_never_drive_the_terminal(tmp_path: Path) -> None:
    """On a real terminal (a pty) the progress line shows a folder named with Rich markup and an OSC 8
    hyperlink literally: no crash, no escape sequence from the repository reaches the screen."""
    evil = "[link=https://evil.example]click[/link]\x1b]8;;https://evil.example\x1b\\x[/]"
    root = write(tmp_path / "repo", {f"{evil}/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
                                     f"{evil}/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\n"
                                                                  "metadata:\n  name: c\n"})
    code, screen = on_a_terminal("scan", str(root), "--only", "helm-chart")
    assert code in (0, 1), screen[-2000:]
    assert "Traceback" not in screen and "MarkupError" not in screen
    # No hyperlink escape sequence (OSC 8, with or without Rich's id= parameter) from the repository.
    assert not re.search(r"\x1b\]8;[^;]*;https://evil", screen)


@pytest.fixture
def service() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            status = 200 if self.headers.get("Authorization") else 401
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        do_GET = do_POST = _any

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_rich_markup_in_an_openapi_path_does_not_break_live_checks(tmp_path: Path, service: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal (the progress line on) `/x[/]` used to make the smoke and auth checks `error` with
    Rich's MarkupError. The progress line also masks the environment's token (a path quoting it)."""
    token = "tok3n-markup-ZZ"
    root = write(tmp_path / "repo", {"openapi.yaml": (
        "openapi: 3.0.3\ninfo: {title: svc, version: '1'}\n"
        "components:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n"
        "security: [{bearer: []}]\n"
        "paths:\n  /x[/]:\n    get:\n      responses: {'200': {description: ok}}\n"
        "  /y[bold]:\n    get:\n      security: []\n      responses: {'200': {description: ok}}\n"
        f"  /z/{token}:\n    get:\n      security: []\n      responses: {{'200': {{description: ok}}}}\n")})
    monkeypatch.setenv("SVC_TOKEN_MARKUP", token)
    _, screen = on_a_terminal("verify", str(root), "--url", service, "--token-env", "SVC_TOKEN_MARKUP",
                              "--only", "endpoint-security", "--only", "smoke-tests",
                              "-f", "json", "-o", str(tmp_path / "r.json"), "-f", "terminal")
    assert "Traceback" not in screen, screen[-3000:]
    assert token not in screen
    report = json.loads((tmp_path / "r.json").read_text())
    live = [f for item in report["items"] for f in item["findings"] if "/live-" in f["check_id"]
            or f["check_id"].startswith("smoke-tests/")]
    assert live, report["items"]
    crashed = [f for f in live if "markup" in f["message"].lower() or "closing tag" in f["message"]]
    assert not crashed, crashed
    assert any("/x[/]" in f["message"] for f in live)


# --- terminal: control characters from the repository -----------------------------------------

def test_terminal_report_shows_control_characters_as_escapes(tmp_path: Path) -> None:
    evil = "chart\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\x1b[2J"
    root = write(tmp_path / "repo", {f"{evil}/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
                                     f"{evil}/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\n"
                                                                  "metadata:\n  name: c\n"})
    proc = cli("scan", str(root), "-f", "terminal", "-f", "markdown", "-o", str(tmp_path / "r.md"), "-v")
    for text in (proc.stdout, proc.stderr, (tmp_path / "r.md").read_text()):
        assert "\x1b" not in text and "\x07" not in text
    assert "\\x1b]8" in proc.stdout  # still shown, as text


# --- 6. masking: the canary, planted wherever a secret was seen leaking, all formats at once ---------

CANARIES = {
    # name -> (secret, where it is planted)
    "db-url": "Dq7pSycopgPw",          # postgresql+psycopg:// URL with leading whitespace (--db-url-env)
    "secret-list": "Lq7secretList",    # list value under a Secret key (schema error quotes it)
    "secret-map": "Mq7secretMap",      # mapping value under a Secret key
    "env-map": "Eq7envMapVal",         # mapping value of a secret-named env var
    "commit": "Cq7commitPw",           # commit subject `password=...`
    "openapi": "Oq7openapiTok",        # OpenAPI validator message quoting a known Secret value
    "ci-token": "Tq7-ci-tokenZ",       # DEPLOYCHECK_TOKEN from the environment, quoted by the repository (image tag)
    "attestation": "Aq7attestPw",      # attestation `by`, quoted by the "expired" notice
}


def _canary_repo(root: Path) -> Path:
    c = CANARIES
    write(root, {
        "k8s/secret.yaml": (
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n"
            f"  password: [\"{c['secret-list']}\", other]\n  token: {{inner: \"{c['secret-map']}\"}}\n"
            f"  apikey: \"{c['openapi']}\"\n"),
        "k8s/deploy.yaml": (
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n"
            "    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n"
            f"      containers:\n        - name: api\n          image: api:{c['ci-token']}\n          env:\n"
            f"            - name: DB_PASSWORD\n              value: {{nested: \"{c['env-map']}\"}}\n"),
        "openapi.yaml": ("openapi: 3.0.3\ninfo:\n  title: shop\n  version: '1'\n"
                         f"paths:\n  /orders: \"{c['openapi']}\"\n"),
        "Dockerfile": "FROM python:3.12\n",
        ".deploycheck/attestations.yaml": (
            "attestations:\n  - item: code-review\n    date: 2020-01-01\n    expires: 2020-02-01\n"
            f"    by: \"alice password={c['attestation']}\"\n"),
    })
    return _repo_with_commits(root, f"hotfix: set password={c['commit']} for now")


def test_canary_secrets_never_appear_in_clear_in_any_format(tmp_path: Path) -> None:
    root = _canary_repo(tmp_path / "repo")
    # The restore drill (opted in here) quotes the database URL when it cannot connect.
    (root / ".deploycheck.yaml").write_text("environments:\n  shop:\n    restore_drill: {scratch_prefix: x_}\n")
    out = tmp_path / "out"
    out.mkdir()
    env = {"SHOP_DB": f"  postgresql+psycopg://svc:{CANARIES['db-url']}@127.0.0.1:1/shop",
           "DEPLOYCHECK_TOKEN": CANARIES["ci-token"]}
    args = ["verify", str(root), "--env", "shop", "--db-url-env", "SHOP_DB", "--no-progress"]
    for fmt in FORMATS:
        args += ["-f", fmt, "-o", str(out / f"r.{fmt}")]
    proc = cli(*args, env=env)
    assert "Traceback" not in proc.stderr, proc.stderr
    base = cli("verify", str(root), "--env", "shop", "--db-url-env", "SHOP_DB", "--write-baseline",
               str(out / "baseline.json"), env=env)
    assert base.returncode == 0, base.stderr
    texts = {f"r.{fmt}": (out / f"r.{fmt}").read_text() for fmt in FORMATS}
    texts |= {"stdout": proc.stdout + base.stdout, "stderr": proc.stderr + base.stderr,
              "baseline": (out / "baseline.json").read_text()}
    leaks = {(name, where) for name, secret in CANARIES.items() for where, text in texts.items() if secret in text}
    assert not leaks
    # Each canary was reported (masked: its first three characters, then stars), so the test can fail.
    report = texts["r.json"]
    unseen = [name for name, secret in CANARIES.items() if f"{secret[:3]}*" not in report]
    assert not unseen, unseen


def test_credentials_named_anywhere_in_the_config_are_masked(tmp_path: Path) -> None:
    """A smoke request's `headers_from_env` variable is a credential whatever its name: a service that
    echoes request headers into a body the JSON Schema check quotes must not print it."""
    class Echo(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"client": self.headers.get("X-Shop-Client")}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    value = "Hq7clientValue"
    try:
        root = write(tmp_path / "repo", {".deploycheck.yaml": (
            "smoke:\n  - path: /orders\n    headers_from_env: {X-Shop-Client: SHOP_CLIENT}\n"
            "    expect_json_schema: {type: array}\n")})
        proc = cli("verify", str(root), "--url", f"http://127.0.0.1:{server.server_address[1]}",
                   "--only", "smoke-tests", "-f", "json", "-o", str(tmp_path / "r.json"), env={"SHOP_CLIENT": value})
    finally:
        server.shutdown()
        server.server_close()
    text = (tmp_path / "r.json").read_text() + proc.stdout + proc.stderr
    assert "Hq7*" in text  # the body was quoted
    assert value not in text


def test_error_lines_outside_the_report_are_masked(tmp_path: Path) -> None:
    """A config error quoting a URL with a password (a list where a string belongs) prints it masked."""
    root = write(tmp_path / "repo", {".deploycheck.yaml": (
        "environments:\n  prod:\n    url: [\"https://deploy:Sq7cfgPass1@shop.example\"]\n")})
    err = _one_line_error(cli("scan", str(root)))
    assert "Sq7cfgPass1" not in err and "Sq7*" in err


def test_locations_are_masked_too() -> None:
    from deploycheck.model import Location, ObjectRef
    from deploycheck.redact import Redactor

    loc = Location(path="k8s/Zq9locationSecret.yaml", object=ObjectRef("Secret", "Zq9locationSecret"),
                   container="Zq9locationSecret")
    masked = Redactor(["Zq9locationSecret"]).location(loc)
    assert "Zq9locationSecret" not in str(masked) and "Zq9*" in str(masked)
    plain = Location(path="k8s/app.yaml", line=3)
    assert Redactor(["Zq9locationSecret"]).location(plain) is plain  # untouched: ignore rules still match


def test_upload_errors_echoing_the_token_are_masked(tmp_path: Path) -> None:
    """A server (or proxy) that quotes the request's Authorization header in its error body: the one
    `deploycheck: upload failed` line on stderr shows the token masked."""
    class Quoting(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = f"rejected Authorization: {self.headers.get('Authorization')}".encode()
            self.send_response(403)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quoting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    token = "Uq7uploadTokenZ"
    try:
        root = write(tmp_path / "repo", {"README.md": "# x\n"})
        proc = cli("scan", str(root), "--upload", f"http://127.0.0.1:{server.server_address[1]}",
                   env={"DEPLOYCHECK_TOKEN": token})
    finally:
        server.shutdown()
        server.server_close()
    assert "upload failed" in proc.stderr and "Uq7*" in proc.stderr, proc.stderr
    assert token not in proc.stderr + proc.stdout
