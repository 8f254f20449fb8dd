"""code-review/reviewed-commits in forge mode, against local HTTP servers that answer with the
documented response shapes of GitHub ("list pull requests associated with a commit", "list reviews
for a pull request") and GitLab ("list merge requests associated with a commit", "get merge request
approvals"). Only the fields deploycheck reads are filled in, with the documented names and types."""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, git, scan, write
from tests.test_codebase_git import build_history

from deploycheck.model import Status

CHECK = "code-review/reviewed-commits"
TOKEN = "ghp_forgetesttoken0123456789"


class FakeForge:
    """One origin on 127.0.0.1: routes -> JSON, and a log of (path, Authorization header)."""

    def __init__(self) -> None:
        self.routes: dict[str, Any] = {}
        self.status: int | None = None  # force this status on every request
        self.redirect_to: str | None = None
        self.seen: list[tuple[str, str | None]] = []
        forge = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = urllib.parse.urlsplit(self.path).path
                forge.seen.append((path, self.headers.get("Authorization")))
                if forge.redirect_to:
                    self.send_response(302)
                    self.send_header("Location", forge.redirect_to + self.path)
                    self.end_headers()
                    return
                if forge.status:
                    self._send(forge.status, {"message": "Bad credentials"})
                    return
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
                if path not in forge.routes:
                    self._send(404, {"message": "Not Found"})
                    return
                body = forge.routes[path]
                if isinstance(body, list) and query.get("page", ["1"])[0] != "1":
                    body = []
                self._send(200, body)

            def _send(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def forge() -> Iterator[FakeForge]:
    server = FakeForge()
    yield server
    server.close()


def _shas(root: Path) -> dict[str, str]:
    out = git(root, "log", "--format=%H %s", "v1.0.0..HEAD")
    return {line.split(" ", 1)[1]: line.split(" ", 1)[0] for line in out.splitlines()}


def _config(root: Path, forge: str, url: str, token_env: str = "FORGE_TOKEN") -> None:
    write(root, {".deploycheck.yaml": f"code_review:\n  forge: {forge}\n  repository: acme/shop\n"
                                      f"  api_url: {url}\n  token_env: {token_env}\n"})


def _pr(number: int, author: str, merged: bool = True) -> dict[str, Any]:
    return {"number": number, "state": "closed", "user": {"login": author, "type": "User"},
            "merged_at": "2026-01-01T12:00:00Z" if merged else None,
            "html_url": f"https://github.com/acme/shop/pull/{number}"}


def _review(login: str, state: str) -> dict[str, Any]:
    return {"id": 1, "user": {"login": login}, "state": state, "submitted_at": "2026-01-01T11:00:00Z"}


def _github_routes(shas: dict[str, str], approve_all: bool) -> dict[str, Any]:
    base = "/repos/acme/shop"
    routes: dict[str, Any] = {
        f"{base}/commits/{shas['Merge pull request #7 from org/feature']}/pulls": [_pr(7, "alice")],
        f"{base}/pulls/7/reviews": [_review("bob", "APPROVED"), _review("bob", "COMMENTED")],
        f"{base}/commits/{shas['Add API spec (#12)']}/pulls": [_pr(12, "carol")],
        # The author approving their own PR is not review.
        f"{base}/pulls/12/reviews": [_review("carol", "APPROVED")],
        f"{base}/commits/{shas['tune x']}/pulls": [_pr(13, "dave")],
        # An approval later dismissed does not count.
        f"{base}/pulls/13/reviews": [_review("erin", "APPROVED"), _review("erin", "DISMISSED")],
        f"{base}/commits/{shas['hotfix straight to main']}/pulls": [],
    }
    if approve_all:
        routes[f"{base}/pulls/12/reviews"].append(_review("frank", "APPROVED"))
        routes[f"{base}/pulls/13/reviews"].append(_review("erin", "APPROVED"))
        routes[f"{base}/commits/{shas['hotfix straight to main']}/pulls"] = [_pr(14, "gina")]
        routes[f"{base}/pulls/14/reviews"] = [_review("hank", "CHANGES_REQUESTED"), _review("hank", "APPROVED")]
    return routes


def test_github_only_an_approval_by_someone_else_counts(tmp_path: Path, forge: FakeForge,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    root = build_history(tmp_path / "repo")
    # A local merge commit whose subject claims a pull request the forge has never seen.
    git(root, "checkout", "-qb", "fake")
    write(root, {"fake.py": "z = 1\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "sneaky")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "fake", "-m", "Merge pull request #99 from org/fake")
    shas = _shas(root)
    forge.routes = _github_routes(shas, approve_all=False)
    _config(root, "github", forge.url)
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)

    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert finding.status == Status.FAIL
    why = {entry["subject"]: entry["why"] for entry in finding.evidence["unreviewed"]}
    assert set(why) == {"Add API spec (#12)", "tune x", "hotfix straight to main",
                        "Merge pull request #99 from org/fake"}
    assert "carol" in why["Add API spec (#12)"] and "author" in why["Add API spec (#12)"]
    assert why["Merge pull request #99 from org/fake"] == "no merged pull request brought this commit"
    assert finding.evidence["approved"] == 1 and finding.evidence["asked"] == 5
    assert "github API" in finding.evidence["evidence_source"]
    # The token went to the configured origin only, on every request.
    assert forge.seen and all(auth == f"Bearer {TOKEN}" for _, auth in forge.seen)


def test_github_all_approved_passes(tmp_path: Path, forge: FakeForge, monkeypatch: pytest.MonkeyPatch) -> None:
    root = build_history(tmp_path / "repo")
    forge.routes = _github_routes(_shas(root), approve_all=True)
    _config(root, "github", forge.url)
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert finding.status == Status.PASS, finding.message
    assert "approved by someone other than its author" in finding.message
    assert "PR #7 approved by bob" in finding.evidence["approvals"]


def test_gitlab_merge_request_approvals(tmp_path: Path, forge: FakeForge, monkeypatch: pytest.MonkeyPatch) -> None:
    root = build_history(tmp_path / "repo")
    shas = _shas(root)
    project = "/projects/acme%2Fshop"

    def mr(iid: int, author: str, state: str = "merged") -> dict[str, Any]:
        return {"iid": iid, "state": state, "author": {"username": author},
                "web_url": f"https://gitlab.com/acme/shop/-/merge_requests/{iid}"}

    def approvals(*users: str) -> dict[str, Any]:
        return {"approved": bool(users), "approved_by": [{"user": {"username": u}} for u in users]}

    forge.routes = {
        f"{project}/repository/commits/{shas['Merge pull request #7 from org/feature']}/merge_requests": [mr(7, "al")],
        f"{project}/merge_requests/7/approvals": approvals("bo"),
        f"{project}/repository/commits/{shas['Add API spec (#12)']}/merge_requests": [mr(12, "cy")],
        f"{project}/merge_requests/12/approvals": approvals("cy"),
        f"{project}/repository/commits/{shas['tune x']}/merge_requests": [mr(13, "di", state="opened")],
        f"{project}/repository/commits/{shas['hotfix straight to main']}/merge_requests": [mr(14, "ed")],
        f"{project}/merge_requests/14/approvals": approvals("fi", "ed"),
    }
    _config(root, "gitlab", forge.url)
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert finding.status == Status.FAIL
    why = {entry["subject"]: entry["why"] for entry in finding.evidence["unreviewed"]}
    assert set(why) == {"Add API spec (#12)", "tune x"}
    assert why["tune x"] == "no merged merge request brought this commit"
    assert "cy" in why["Add API spec (#12)"]
    assert finding.evidence["approved"] == 2


def test_without_a_token_git_traces_are_used_and_labelled(tmp_path: Path, forge: FakeForge,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    root = build_history(tmp_path / "repo")
    _config(root, "github", forge.url, token_env="NO_SUCH_TOKEN_VAR")
    monkeypatch.delenv("NO_SUCH_TOKEN_VAR", raising=False)
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert finding.status == Status.FAIL  # the hotfix has no trace at all
    assert "not verified with the forge" in finding.evidence["evidence_source"]
    assert "$NO_SUCH_TOKEN_VAR is not set" in finding.evidence["evidence_source"]
    assert forge.seen == []


def test_no_forge_configured_says_git_only(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert "code_review.forge is not configured" in finding.evidence["evidence_source"]


@pytest.mark.parametrize("status", [401, 403, 500])
def test_forge_refusal_is_an_error_not_a_verdict(tmp_path: Path, forge: FakeForge, monkeypatch: pytest.MonkeyPatch,
                                                 status: int) -> None:
    root = build_history(tmp_path / "repo")
    forge.status = status
    _config(root, "github", forge.url)
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert finding.status == Status.ERROR
    assert str(status) in finding.message


def test_redirect_to_another_origin_is_not_followed(tmp_path: Path, forge: FakeForge,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    other = FakeForge()
    try:
        root = build_history(tmp_path / "repo")
        forge.redirect_to = other.url
        _config(root, "github", forge.url)
        monkeypatch.setenv("FORGE_TOKEN", TOKEN)
        [finding] = findings(scan(root, only=("code-review",)), CHECK)
        assert finding.status == Status.ERROR and "redirect not followed" in finding.message
        assert other.seen == []
    finally:
        other.close()


def test_token_never_over_plain_http_to_a_remote_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = build_history(tmp_path / "repo")
    _config(root, "github", "http://forge.example.invalid/api")
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert finding.status == Status.ERROR and "plain http" in finding.message


def test_unreachable_forge_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    closed = FakeForge()
    url = closed.url
    closed.close()
    root = build_history(tmp_path / "repo")
    _config(root, "github", url)
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert finding.status == Status.ERROR and "ConnectError" in finding.message


def test_repository_remote_never_chooses_the_forge(tmp_path: Path, forge: FakeForge,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanned repository's remotes are hostile input: without a configured repository (or the CI's
    $GITHUB_REPOSITORY) deploycheck does not guess one from `origin`."""
    root = build_history(tmp_path / "repo")
    git(root, "remote", "add", "origin", "https://github.com/attacker/elsewhere.git")
    write(root, {".deploycheck.yaml": f"code_review:\n  forge: github\n  api_url: {forge.url}\n"
                                      f"  token_env: FORGE_TOKEN\n"})
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    [finding] = findings(scan(root, only=("code-review",)), CHECK)
    assert "code_review.repository is not set" in finding.evidence["evidence_source"]
    assert forge.seen == []
