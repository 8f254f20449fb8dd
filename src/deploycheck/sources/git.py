"""Git history since the last release tag (or the last N commits), read with the `git` binary.

Every git call of deploycheck goes through `_git` here, the one choke point where the scanned
repository (hostile input) is kept from steering git:
- programs its config may name are switched off (fsmonitor, hooks, external diff, pager, ssh,
  askpass, credential helpers, signature checks); clean/smudge filters and textconv never run because
  nothing is ever compared with the work tree: diffs are commit-to-commit and file contents are read
  as blobs (`cat-file`), which git does not convert;
- ref names never reach git where an option could be: revisions come after `--end-of-options` or are
  object ids git printed itself, paths come after `--`;
- the caller's GIT_* variables are dropped (GIT_DIR in a CI environment must not redirect git) and the
  system config is not read (GIT_CONFIG_NOSYSTEM); `safe.directory=*` is set explicitly, since a
  checkout owned by another user is the normal CI case and nothing in its config can run anyway;
- a `.git` *file* is followed only when the git directory it names points back at this work tree
  (a linked worktree or a submodule): one that names somebody else's repository would bring that
  history into the report.
Results say what could not be seen (shallow clone, no tag, no git) instead of guessing. This source
lists commits; the checks judge them.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from deploycheck.sources.files import may_find_a_repository

if TYPE_CHECKING:
    from deploycheck.context import Context

DEFAULT_WINDOW = 50  # commits looked at when there is no release tag
MAX_COMMITS = 5000  # a cap so a tag from years ago does not make the scan crawl
GIT_TIMEOUT_S = 60
REVIEW_TRAILERS = ("reviewed-by", "approved-by", "reviewed-on", "acked-by")
_PR_REF = re.compile(r"\(#(\d+)\)|Merge pull request #(\d+)|See merge request [\w./-]*!(\d+)|\bPR #(\d+)", re.I)
_RELEASE_TAG = re.compile(r"^(?:[\w.-]*[-/@])?v?\d+(?:\.\d+)*(?:[-+.][\w.]+)?$")
# Repository config may name programs to run: switch off every one a read-only command could reach.
_SAFE_FLAGS = ("-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "diff.external=",
               "-c", "safe.directory=*", "-c", "core.pager=cat", "-c", "pager.log=false", "-c", "pager.diff=false",
               "-c", "log.showSignature=false", "-c", "core.sshCommand=", "-c", "core.askPass=",
               "-c", "credential.helper=", "-c", "gpg.program=false", "-c", "core.untrackedCache=false",
               "--no-pager", "--no-replace-objects")
_FIELD = "\x1f"
_RECORD = "\x1e"


@dataclass
class Commit:
    sha: str
    parents: list[str]
    author: str
    date: str  # ISO 8601 author date
    subject: str
    body: str = ""
    trailers: dict[str, list[str]] = field(default_factory=dict)  # lower-case key -> values
    first_parent: bool = True  # on the first-parent chain of HEAD (not brought in by a merge)
    boundary: bool = False  # a shallow-clone graft: its real parents are not visible

    @property
    def is_merge(self) -> bool:
        return len(self.parents) > 1

    @property
    def pr_refs(self) -> list[str]:
        """PR/MR numbers named by the subject (`(#123)` squash merges, merge-commit subjects)."""
        return [next(g for g in m.groups() if g) for m in _PR_REF.finditer(self.subject)]

    @property
    def review_trailers(self) -> list[str]:
        return [f"{k}: {v}" for k in REVIEW_TRAILERS for v in self.trailers.get(k, [])]

    @property
    def short(self) -> str:
        return self.sha[:10]


@dataclass
class Tag:
    name: str
    sha: str


@dataclass
class GitHistory:
    available: bool
    reason: str | None = None  # why not available (not a repo, git missing, git failed)
    toplevel: str | None = None
    head: str | None = None
    shallow: bool = False
    last_tag: Tag | None = None
    tags: list[Tag] = field(default_factory=list)  # reachable from HEAD, newest first
    range: str = ""  # "v1.2.0..HEAD" or "last 50 commits"
    head_tag: str | None = None  # set when HEAD is itself tagged (a release build): the range ends there
    commits: list[Commit] = field(default_factory=list)  # newest first
    # Files changed since the last tag, relative to the scanned root (None: no tag to compare with).
    changed_since_tag: list[str] | None = None
    limitations: list[str] = field(default_factory=list)  # what the history could not show
    has_codeowners: bool = False
    codeowners_path: str | None = None
    # The scanned root inside the repository ("services/orders") when it is a subdirectory (a monorepo):
    # commits and changed files are then only those touching it (`git log -- <scope>`).
    scope: str | None = None

    @property
    def scope_note(self) -> str | None:
        """What the evidence says about the scoping (None: the whole repository was scanned)."""
        if self.scope is None:
            return None
        return (f"monorepo: only commits and files under {self.scope}/ are counted (git log -- {self.scope}); "
                f"release tag {self.last_tag.name if self.last_tag else '(none)'}")


class _GitError(Exception):
    pass


def _git(cwd: Path, *args: str, check: bool = True) -> str:
    """Run git read-only in `cwd` with the repository's power to run programs taken away (see the module doc).
    Callers put revisions after `--end-of-options` and paths after `--`."""
    try:
        proc = subprocess.run(["git", *_SAFE_FLAGS, *args], cwd=cwd, capture_output=True, timeout=GIT_TIMEOUT_S,
                              env=_env(), check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise _GitError(f"git {args[0]} failed: {exc}") from None
    if check and proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise _GitError(lines[-1] if lines else f"git {args[0]} exited with {proc.returncode}")
    return proc.stdout.decode("utf-8", "replace")


def _env() -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    # No prompts (credential helpers), no terminal, stable English messages, no system config, no
    # lazy-fetching of missing objects in a partial clone (that would be network and a helper).
    env.update(GIT_TERMINAL_PROMPT="0", LC_ALL="C", GIT_OPTIONAL_LOCKS="0", GIT_CONFIG_NOSYSTEM="1",
               GIT_NO_LAZY_FETCH="1", GIT_NO_REPLACE_OBJECTS="1")
    return env


def _parse_trailers(raw: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in raw.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            out.setdefault(key.strip().lower(), []).append(value.strip())
    return out


def _parse_log(text: str) -> list[Commit]:
    commits = []
    for record in text.split(_RECORD):
        record = record.strip("\n")
        if not record:
            continue
        parts = record.split(_FIELD)
        if len(parts) < 7:
            continue
        sha, parents, author, date, subject, body, trailers = parts[:7]
        commits.append(Commit(sha=sha, parents=parents.split(), author=author, date=date, subject=subject,
                              body=body.strip(), trailers=_parse_trailers(trailers)))
    return commits


def read_history(root: Path, window: int = DEFAULT_WINDOW) -> GitHistory:
    """The history of the repository holding `root` (which may be a sub-directory of it)."""
    if shutil.which("git") is None:
        return GitHistory(False, "the git executable is not on PATH")
    foreign = _foreign_git_file(root)
    if foreign:
        return GitHistory(False, foreign)
    try:
        inside = _git(root, "rev-parse", "--is-inside-work-tree", check=False).strip() \
            if may_find_a_repository(root) else ""
        if inside != "true":
            return GitHistory(False, f"{root.name or root} is not inside a git work tree")
        hist = GitHistory(True, toplevel=_git(root, "rev-parse", "--show-toplevel").strip())
        head = _git(root, "rev-parse", "--verify", "-q", "HEAD", check=False).strip()
        if not head:
            hist.limitations.append("the repository has no commits yet")
            return hist
        hist.head = head
        hist.scope = _git(root, "rev-parse", "--show-prefix").strip().rstrip("/") or None
        hist.shallow = _git(root, "rev-parse", "--is-shallow-repository").strip() == "true"
        grafts: set[str] = set()
        if hist.shallow:
            shallow_file = Path(_git(root, "rev-parse", "--git-path", "shallow").strip())
            if not shallow_file.is_absolute():
                shallow_file = root / shallow_file
            with contextlib.suppress(OSError):
                grafts = set(shallow_file.read_text().split())
        _read_tags(root, hist)
        _read_commits(root, hist, window, grafts)
        if hist.last_tag is not None:
            # Commit to commit (never the work tree, where clean filters would run).
            diff = _git(root, "diff", "--name-only", "--no-ext-diff", "--no-textconv", "--relative",
                        "--end-of-options", hist.last_tag.sha, hist.head, "--")
            hist.changed_since_tag = [line for line in diff.splitlines() if line]
        _explain_limits(hist, window)
    except _GitError as exc:
        return GitHistory(False, f"git could not read the history: {exc}")
    _find_codeowners(root, hist)
    return hist


def _read_tags(root: Path, hist: GitHistory) -> None:
    out = _git(root, "tag", "--merged", "HEAD", "--sort=-creatordate",
               "--format=%(refname:short)%09%(objectname)%09%(*objectname)")
    for line in out.splitlines():
        name, _, rest = line.partition("\t")
        obj, _, peeled = rest.partition("\t")
        if name:
            hist.tags.append(Tag(name, peeled or obj))
    if not hist.tags:
        return
    # The nearest tag by topology (git describe) is the last release; prefer version-like tags.
    match: list[str] = []
    release = [t for t in hist.tags if _RELEASE_TAG.match(t.name)]
    if hist.scope:
        # A monorepo tags each service's releases (orders/v1.2.0, orders-v1.2.0, orders@1.2.0): when the
        # scanned folder's name prefixes some release tags, only those are its releases.
        service = hist.scope.rsplit("/", 1)[-1]
        own = [t for t in release if t.name.lower().startswith(tuple(service.lower() + c for c in "-/@_"))]
        if own:
            release = own
            match = [f"--match={service}{c}*" for c in "-/@_"]
    described = _git(root, "describe", "--tags", "--abbrev=0", *match, "--end-of-options", "HEAD",
                     check=False).strip()
    by_name = {t.name: t for t in hist.tags}
    if described in by_name and (_RELEASE_TAG.match(described) or not release):
        hist.last_tag = by_name[described]
    else:
        hist.last_tag = (release or hist.tags)[0]
    if hist.last_tag.sha == hist.head:
        # A release pipeline runs on the tagged commit itself: the release being shipped is the range
        # from the previous release tag to this one, not the empty range after it.
        hist.head_tag = hist.last_tag.name
        earlier = [t for t in (release or hist.tags) if t.sha != hist.head]
        hist.last_tag = earlier[0] if earlier else None


def _read_commits(root: Path, hist: GitHistory, window: int, grafts: set[str]) -> None:
    fmt = _FIELD.join(("%H", "%P", "%an", "%aI", "%s", "%b", "%(trailers:unfold,only)")) + _RECORD
    if hist.last_tag is not None:
        rev = f"{hist.last_tag.sha}..{hist.head}"
        hist.range = f"{hist.last_tag.name}..{hist.head_tag or 'HEAD'}"
        limit = str(MAX_COMMITS)
    else:
        rev = hist.head or "HEAD"
        hist.range = f"last {window} commits"
        limit = str(window)
    text = _git(root, "log", f"--format={fmt}", "-n", limit, "--no-show-signature", "--end-of-options", rev, "--")
    hist.commits = _parse_log(text)
    first = set(_git(root, "rev-list", "--first-parent", "-n", limit, "--end-of-options", rev, "--").split())
    if hist.scope:
        # Only commits touching the scanned folder. On the first-parent chain a commit counts when its
        # change against its first parent touches it (a merge of a pull request that did); the commits a
        # merge brought in count when they touched it themselves. (`git log -- .` alone would hide such
        # merges behind their branch's commits and the review check would lose the merge.)
        touching = set(_git(root, "rev-list", "--first-parent", "-n", limit, "--end-of-options", rev, "--",
                            ".").split())
        touching |= set(_git(root, "rev-list", "-n", limit, "--end-of-options", rev, "--", ".").split())
        hist.commits = [c for c in hist.commits if c.sha in touching]
        hist.range += f" -- {hist.scope}"
    for commit in hist.commits:
        commit.first_parent = commit.sha in first
        commit.boundary = commit.sha in grafts
    if hist.last_tag is not None and len(hist.commits) >= MAX_COMMITS:
        hist.limitations.append(f"more than {MAX_COMMITS} commits since {hist.last_tag.name}; only the newest "
                                f"{MAX_COMMITS} were read")


def _explain_limits(hist: GitHistory, window: int) -> None:
    if hist.shallow:
        boundary = [c.short for c in hist.commits if c.boundary]
        note = "shallow clone: history beyond the clone depth is not visible"
        if boundary:
            note += f" (cut at {', '.join(boundary[:3])}; their parents and any merge they finish are unknown)"
        if hist.last_tag is None:
            note += "; no release tag is reachable, so the last release may simply be outside the clone"
        hist.limitations.append(note + ". Fetch more history (fetch-depth: 0) for a full answer.")
    if hist.last_tag is None and hist.head_tag:
        hist.limitations.append(f"HEAD is the first release ({hist.head_tag}); looked at the last {window} commits")
    elif hist.last_tag is None:
        hist.limitations.append(f"no release tag reachable from HEAD; looked at the last {window} commits instead")


def _find_codeowners(root: Path, hist: GitHistory) -> None:
    bases = [root]
    if hist.toplevel and Path(hist.toplevel) != root:
        bases.append(Path(hist.toplevel))
    for base in bases:
        for rel in ("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"):
            if (base / rel).is_file():
                hist.has_codeowners = True
                hist.codeowners_path = rel if base == root else str((base / rel).relative_to(hist.toplevel or base))
                return


def _foreign_git_file(root: Path) -> str | None:
    """Why the `.git` file governing `root` must not be followed, or None (a `.git` directory, no `.git`,
    or a `.git` file whose git directory names this work tree: a linked worktree or a submodule)."""
    for folder in (root, *root.parents):
        dotgit = folder / ".git"
        if dotgit.is_dir():
            return None
        if not dotgit.is_file() and not dotgit.is_symlink():
            continue
        try:
            text = dotgit.read_text(encoding="utf-8", errors="replace")[:4096]
        except OSError as exc:
            return f"the .git file in {folder.name or folder} cannot be read ({exc.strerror})"
        target_text = text.strip().removeprefix("gitdir:").strip() if text.startswith("gitdir:") else ""
        if dotgit.is_symlink() or not target_text:
            return f"the .git entry in {folder.name or folder} is not a plain gitdir file: its history is not read"
        target = (folder / target_text).resolve()
        if _points_back(target, folder.resolve(), dotgit.resolve()):
            return None
        return (f"the .git file in {folder.name or folder} names the git directory {target}, which does not name "
                f"this folder as its work tree: that repository's history is not read")
    return None


def _points_back(gitdir: Path, worktree: Path, dotgit: Path) -> bool:
    back = gitdir / "gitdir"  # linked worktree: git writes the path of the worktree's .git file here
    try:
        if back.is_file() and Path(back.read_text(encoding="utf-8").strip()).resolve() == dotgit:
            return True
    except (OSError, ValueError):
        return False
    config = gitdir / "config"  # submodule: its core.worktree is relative to the module's git directory
    if not config.is_file():
        return False
    try:
        value = _git(gitdir, "config", "--file", str(config), "--get", "core.worktree", check=False).strip()
    except _GitError:
        return False
    return bool(value) and (gitdir / value).resolve() == worktree


def tracked_but_ignored(root: Path) -> set[str] | None:
    """Files under `root` that git tracks although a .gitignore pattern matches them (paths relative to
    `root`). They are in every clone: a `.env` committed before `.env` was added to .gitignore still leaks.
    None when no git work tree can be asked (then nobody knows which ignored files are committed)."""
    if shutil.which("git") is None or not may_find_a_repository(root) or _foreign_git_file(root):
        return None
    try:
        if _git(root, "rev-parse", "--is-inside-work-tree", check=False).strip() != "true":
            return None
        out = _git(root, "ls-files", "-z", "--cached", "--ignored", "--exclude-standard", "--", ".")
    except _GitError:
        return None
    return {path for path in out.split("\0") if path}


def file_at_last_tag(ctx: Context, rel: str) -> str | None:
    """The text of `rel` (relative to the scanned root) in the last release tag's commit, None if it did
    not exist there (or there is no tag). Read as a blob: git applies no filter or textconv to it."""
    hist = ctx.use(git_history)
    if not hist.available or hist.last_tag is None:
        return None
    try:
        return _git(ctx.root, "cat-file", "blob", f"{hist.last_tag.sha}:./{rel}")
    except _GitError:
        return None


def git_history(ctx: Context) -> GitHistory:
    ctx.progress("reading git history")
    hist = read_history(ctx.root)
    if not hist.available:
        _find_codeowners(ctx.root, hist)
    return hist
