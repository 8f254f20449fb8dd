"""Review evidence from the forge: which pull/merge request brought each commit, and who approved it.

Git alone cannot prove review: a merge commit titled "Merge pull request #99" or a `Reviewed-by:`
trailer is text anyone can type. With `code_review.forge` in the config and a token in the named
environment variable, this source asks the GitHub or GitLab REST API, for every mainline commit
since the last release, which merged pull/merge request brought it and whether someone other than
its author approved it (the rule OpenSSF Scorecard's Code-Review check applies).

Trust: the config and the environment are trusted, the repository is not. So the API host, the
repository name and the token come only from the config or the CI environment, never from the
repository's git remotes; redirects are not followed (the token goes to the configured origin and
nowhere else); a token is never sent over plain http except to a loopback address (local test
servers). Written with httpx rather than PyGithub/python-gitlab: two read-only endpoints per forge do
not justify two SDKs on the install path, and one client lets us cap time, size and redirects alike.
"""

from __future__ import annotations

import os
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deploycheck.sources.git import Commit, git_history

if TYPE_CHECKING:
    import httpx

    from deploycheck.context import Context

DEFAULTS: dict[str, dict[str, str]] = {
    "github": {"api_url": "https://api.github.com", "token_env": "GITHUB_TOKEN", "repo_env": "GITHUB_REPOSITORY",
               "api_env": "GITHUB_API_URL"},
    "gitlab": {"api_url": "https://gitlab.com/api/v4", "token_env": "GITLAB_TOKEN", "repo_env": "CI_PROJECT_PATH",
               "api_env": "CI_API_V4_URL"},
}
MAX_COMMITS = 200  # API calls grow with commits; the newest ones are the release being judged
REQUEST_TIMEOUT_S = 10.0
TOTAL_DEADLINE_S = 90.0
MAX_BODY_BYTES = 5 * 1024 * 1024
PER_PAGE = 100
MAX_PAGES = 10
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


class ForgeError(Exception):
    """The forge could not answer (transport, status, shape): the check says `error`, never a verdict."""


@dataclass
class CommitReview:
    sha: str
    reviewed: bool
    how: str  # "PR #12 approved by alice" or why not
    change: str | None = None  # "PR #12" / "MR !3"
    url: str | None = None


@dataclass
class ForgeReviews:
    configured: bool  # code_review.forge is set
    used: bool = False  # the API was asked (a token was there)
    forge: str = ""
    repository: str = ""
    api_url: str = ""
    reason: str | None = None  # why the forge was not used, or why it failed
    failed: bool = False  # asked, but the forge could not answer
    reviews: dict[str, CommitReview] = field(default_factory=dict)  # sha -> review
    limitations: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return f"{self.forge} API ({self.api_url}), repository {self.repository}"


def forge_reviews(ctx: Context) -> ForgeReviews:
    settings = ctx.config.section("code_review") or {}
    forge = settings.get("forge")
    if not forge:
        return ForgeReviews(False, reason="code_review.forge is not configured")
    defaults = DEFAULTS[forge]
    api_url = str(settings.get("api_url") or os.environ.get(defaults["api_env"]) or defaults["api_url"]).rstrip("/")
    repository = str(settings.get("repository") or os.environ.get(defaults["repo_env"]) or "")
    token_env = str(settings.get("token_env") or defaults["token_env"])
    out = ForgeReviews(True, forge=forge, repository=repository, api_url=api_url)
    if not repository:
        out.reason = (f"code_review.repository is not set (nor ${defaults['repo_env']} in the environment), so the "
                      f"{forge} repository to ask is unknown")
        return out
    token = os.environ.get(token_env, "")
    if not token:
        out.reason = f"code_review.forge is {forge} but ${token_env} is not set"
        return out
    problem = _origin_problem(api_url)
    if problem:
        out.reason, out.failed = problem, True
        out.used = True
        return out
    hist = ctx.use(git_history)
    if not hist.available:
        out.reason = f"no git history to look up ({hist.reason})"
        return out
    mainline = [c for c in hist.commits if c.first_parent and not c.boundary]
    if len(mainline) > MAX_COMMITS:
        out.limitations.append(f"{len(mainline)} mainline commits since the last release; the forge was asked about "
                               f"the newest {MAX_COMMITS} only")
        mainline = mainline[:MAX_COMMITS]
    out.used = True
    ctx.progress(f"asking {forge} about {len(mainline)} commit(s)")
    client = _ForgeClient(api_url, token, forge)
    try:
        lookup = _github_review if forge == "github" else _gitlab_review
        for commit in mainline:
            out.reviews[commit.sha] = lookup(client, repository, commit)
    except ForgeError as exc:
        out.failed, out.reason = True, str(exc)
    finally:
        client.close()
    return out


def _origin_problem(api_url: str) -> str | None:
    parts = urllib.parse.urlsplit(api_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return f"code_review.api_url {api_url!r} is not an http(s) URL"
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        return (f"code_review.api_url {api_url} is plain http: the token is only sent over https "
                f"(plain http is allowed for loopback test servers only)")
    return None


class _ForgeClient:
    """GET JSON from one API origin with the token; no redirects, bounded time and size."""

    def __init__(self, api_url: str, token: str, forge: str) -> None:
        import httpx

        headers = {"Authorization": f"Bearer {token}", "User-Agent": "deploycheck"}
        if forge == "github":
            headers.update({"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"})
        self.base = api_url
        self.deadline = time.monotonic() + TOTAL_DEADLINE_S
        self._http: httpx.Client = httpx.Client(headers=headers, timeout=REQUEST_TIMEOUT_S, follow_redirects=False,
                                                trust_env=False)

    def close(self) -> None:
        self._http.close()

    def get_list(self, path: str) -> list[dict[str, Any]]:
        """Every page of a list endpoint (page/per_page, as both forges paginate)."""
        items: list[dict[str, Any]] = []
        for page in range(1, MAX_PAGES + 1):
            batch = self.get(path, {"per_page": str(PER_PAGE), "page": str(page)})
            if batch is None:  # 404: the forge does not know this commit (never pushed), so nothing brought it
                break
            if not isinstance(batch, list):
                raise ForgeError(f"GET {path}: expected a JSON list, got {type(batch).__name__}")
            items.extend(item for item in batch if isinstance(item, dict))
            if len(batch) < PER_PAGE:
                break
        return items

    def get(self, path: str, params: dict[str, str] | None = None) -> Any:
        import httpx

        if time.monotonic() > self.deadline:
            raise ForgeError(f"the forge did not answer every lookup within {TOTAL_DEADLINE_S:.0f} s")
        url = self.base + path
        try:
            with self._http.stream("GET", url, params=params) as resp:
                body = b""
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BODY_BYTES:
                        raise ForgeError(f"GET {path}: answer larger than {MAX_BODY_BYTES // 1024 // 1024} MB")
        except httpx.HTTPError as exc:
            raise ForgeError(f"GET {path}: {type(exc).__name__}: {exc}") from None
        if resp.status_code in (401, 403):
            raise ForgeError(f"GET {path}: {resp.status_code} — the token was refused or lacks read access "
                             f"to pull/merge requests")
        if 300 <= resp.status_code < 400:
            raise ForgeError(f"GET {path}: {resp.status_code} redirect not followed (the token stays with "
                             f"{self.base})")
        if resp.status_code == 404:
            return None
        if resp.status_code != 200:
            raise ForgeError(f"GET {path}: HTTP {resp.status_code}")
        import json

        try:
            return json.loads(body)
        except ValueError:
            raise ForgeError(f"GET {path}: the answer is not JSON") from None


def _github_review(client: _ForgeClient, repository: str, commit: Commit) -> CommitReview:
    repo = urllib.parse.quote(repository, safe="/")
    pulls = client.get_list(f"/repos/{repo}/commits/{commit.sha}/pulls")
    merged = [p for p in pulls if p.get("merged_at")]
    if not merged:
        return CommitReview(commit.sha, False, "no merged pull request brought this commit")
    reasons = []
    for pr in merged:
        number = pr.get("number")
        author = _login(pr.get("user"))
        states: dict[str, str] = {}
        # Reviews come oldest first; a reviewer's latest decisive state counts (a later comment does not
        # withdraw an approval, a dismissal or a change request does).
        for review in client.get_list(f"/repos/{repo}/pulls/{number}/reviews"):
            state, who = str(review.get("state", "")).upper(), _login(review.get("user"))
            if who and state in ("APPROVED", "CHANGES_REQUESTED", "DISMISSED"):
                states[who] = state
        approvers = sorted(who for who, state in states.items() if state == "APPROVED" and who != author)
        if approvers:
            return CommitReview(commit.sha, True, f"PR #{number} approved by {', '.join(approvers)}",
                                f"PR #{number}", pr.get("html_url"))
        reasons.append(f"PR #{number} merged without an approval from someone other than its author ({author})")
    return CommitReview(commit.sha, False, "; ".join(reasons), f"PR #{merged[0].get('number')}",
                        merged[0].get("html_url"))


def _gitlab_review(client: _ForgeClient, repository: str, commit: Commit) -> CommitReview:
    project = urllib.parse.quote(repository, safe="")
    mrs = client.get_list(f"/projects/{project}/repository/commits/{commit.sha}/merge_requests")
    merged = [m for m in mrs if m.get("state") == "merged"]
    if not merged:
        return CommitReview(commit.sha, False, "no merged merge request brought this commit")
    reasons = []
    for mr in merged:
        iid = mr.get("iid")
        author = _login(mr.get("author"), "username")
        approvals = client.get(f"/projects/{project}/merge_requests/{iid}/approvals") or {}
        approvers = sorted({name for entry in approvals.get("approved_by") or [] if isinstance(entry, dict)
                            if (name := _login(entry.get("user"), "username")) and name != author})
        if approvers:
            return CommitReview(commit.sha, True, f"MR !{iid} approved by {', '.join(approvers)}", f"MR !{iid}",
                                mr.get("web_url"))
        reasons.append(f"MR !{iid} merged without an approval from someone other than its author ({author})")
    return CommitReview(commit.sha, False, "; ".join(reasons), f"MR !{merged[0].get('iid')}",
                        merged[0].get("web_url"))


def _login(user: Any, key: str = "login") -> str:
    return str(user.get(key) or "") if isinstance(user, dict) else ""
