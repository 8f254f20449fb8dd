"""code-review: did the commits since the last release arrive through a reviewed path?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, errored, failed, manual, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.forge import ForgeReviews, forge_reviews
from deploycheck.sources.git import Commit, GitHistory, git_history

if TYPE_CHECKING:
    from deploycheck.context import Context

MAX_LISTED = 25


def review_path(commit: Commit) -> str | None:
    """How the commit was reviewed, or None: a merge, a squash-merge PR reference, or a review trailer."""
    if commit.is_merge:
        return "merge commit" + (f" of PR #{commit.pr_refs[0]}" if commit.pr_refs else "")
    if commit.pr_refs:
        return f"squash/rebase merge of PR #{commit.pr_refs[0]}"
    if commit.review_trailers:
        return commit.review_trailers[0]
    return None


def _describe(commit: Commit) -> dict[str, Any]:
    return {"sha": commit.short, "subject": commit.subject[:120], "author": commit.author, "date": commit.date}


@check(
    "code-review/reviewed-commits",
    title="Commits since the last release arrived through review",
    severity="high",
    needs=("git history", "optional: code_review.forge + API token"),
    rationale="A commit pushed straight to the release branch skipped the second pair of eyes the checklist "
              "asks for. With `code_review.forge` and a token, the GitHub/GitLab API says which merged pull/merge "
              "request brought each commit and whether someone other than its author approved it (OpenSSF "
              "Scorecard's rule); without it, merge commits of pull requests, squash merges naming a PR and "
              "Reviewed-by/Approved-by trailers are the traces review leaves in git — text anyone can type, so "
              "the evidence says it was not verified.",
    remediation="Land changes through pull/merge requests with a required approval (protect the branch), or add a "
                "`Reviewed-by:` trailer naming the reviewer; configure `code_review.forge` so approvals are "
                "verified; for commits already pushed, attach the review record as an attestation.",
    references=("https://git-scm.com/docs/git-interpret-trailers",
                "https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository"),
)
def reviewed_commits(ctx: Context) -> Iterator[Finding]:
    hist = ctx.use(git_history)
    if not hist.available:
        yield manual(f"no git history to read ({hist.reason}); a person must confirm the review",
                     evidence={"attach": "links to the merged pull/merge requests with approvals for this release"})
        return
    # Commits brought in by a merge (second parents) were reviewed as part of that merge.
    mainline = [c for c in hist.commits if c.first_parent]
    if not mainline:
        where = f" touching {hist.scope}/" if hist.scope else ""
        yield skipped(f"no commits{where} since the last release to judge" if hist.last_tag else
                      f"the repository has no commits{where}")
        return
    forge = ctx.use(forge_reviews)
    if forge.used:
        yield from _judge_with_forge(hist, mainline, forge)
        return
    reviewed = [(c, how) for c in mainline if (how := review_path(c))]
    unknown = [c for c in mainline if c.boundary and not review_path(c)]
    direct = [c for c in mainline if not review_path(c) and not c.boundary]
    judged = len(mainline) - len(unknown)
    share = round(100.0 * len(reviewed) / judged, 1) if judged else 0.0
    evidence: dict[str, Any] = {
        "range": hist.range,
        "commits": len(hist.commits),
        "mainline_commits": len(mainline),
        "reviewed": len(reviewed),
        "reviewed_share_percent": share,
        "by_path": _count_paths(how for _, how in reviewed),
        # Git traces are text anyone can type: say what was (not) verified.
        "evidence_source": "git history only (merge commits, PR numbers in subjects, review trailers); approvals "
                           f"not verified with the forge: {forge.reason}",
    }
    if hist.limitations:
        evidence["limitations"] = hist.limitations
    if hist.scope_note:
        evidence["scope"] = hist.scope_note
    if unknown:
        evidence["not_judged"] = [_describe(c) for c in unknown]
    if direct:
        evidence["unreviewed"] = [_describe(c) for c in direct[:MAX_LISTED]]
        more = f" (listing {MAX_LISTED})" if len(direct) > MAX_LISTED else ""
        yield failed(f"{len(direct)} of {judged} commits in {hist.range} went in without a trace of review "
                     f"({share}% reviewed){more}: " + ", ".join(f"{c.short} {c.subject[:60]!r}" for c in direct[:5]),
                     evidence=evidence)
    elif not judged:  # before the shallow case: "all 0 visible commits were reviewed" says nothing
        yield skipped("no commit could be judged (all are shallow-clone boundaries)")
    elif hist.shallow:
        yield warned(f"all {judged} visible commits were reviewed, but this is a shallow clone: commits outside it "
                     f"were not seen", evidence=evidence,
                     remediation="Fetch the full history in CI (e.g. actions/checkout with fetch-depth: 0).")
    else:
        yield passed(f"all {judged} commit(s) in {hist.range} carry a trace of review in git (merge, PR reference "
                     f"or trailer; approvals not verified with the forge)", evidence=evidence)


def _judge_with_forge(hist: GitHistory, mainline: list[Commit], forge: ForgeReviews) -> Iterator[Finding]:
    """Forge mode: only an approval by someone other than the author, as the API reports it, counts."""
    evidence: dict[str, Any] = {"range": hist.range, "evidence_source": forge.source,
                                "mainline_commits": len(mainline)}
    if hist.scope_note:
        evidence["scope"] = hist.scope_note
    if forge.failed:
        # A forge that could not answer says nothing about review; falling back to git text would be a weaker
        # verdict passed off as the configured one.
        yield errored(f"could not ask {forge.forge} about the commits in {hist.range}: {forge.reason}",
                      evidence=evidence)
        return
    limitations = [*hist.limitations, *forge.limitations]
    if limitations:
        evidence["limitations"] = limitations
    asked = [c for c in mainline if c.sha in forge.reviews]
    approved = [c for c in asked if forge.reviews[c.sha].reviewed]
    unreviewed = [c for c in asked if not forge.reviews[c.sha].reviewed]
    evidence.update(asked=len(asked), approved=len(approved))
    if not asked:
        yield skipped(f"no commit in {hist.range} could be looked up on {forge.forge}")
        return
    if unreviewed:
        evidence["unreviewed"] = [{**_describe(c), "why": forge.reviews[c.sha].how,
                                   **({"url": url} if (url := forge.reviews[c.sha].url) else {})}
                                  for c in unreviewed[:MAX_LISTED]]
        yield failed(f"{len(unreviewed)} of {len(asked)} commits in {hist.range} have no approval from someone other "
                     f"than their author on {forge.forge}: "
                     + ", ".join(f"{c.short} ({forge.reviews[c.sha].how})" for c in unreviewed[:3]),
                     evidence=evidence)
    elif len(asked) < len(mainline) or hist.shallow:
        yield warned(f"all {len(asked)} commits looked up were approved on {forge.forge}, but "
                     f"{len(mainline) - len(asked)} were not looked up" if len(asked) < len(mainline) else
                     f"all {len(asked)} visible commits were approved on {forge.forge}, but this is a shallow clone",
                     evidence=evidence)
    else:
        evidence["approvals"] = sorted({forge.reviews[c.sha].how for c in approved})[:MAX_LISTED]
        yield passed(f"all {len(asked)} commit(s) in {hist.range} came through a {forge.forge} pull/merge request "
                     f"approved by someone other than its author", evidence=evidence)


def _count_paths(paths: Iterator[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for how in paths:
        key = "merge commit" if how.startswith("merge commit") else "squash merge" if how.startswith("squash") \
            else "review trailer"
        out[key] = out.get(key, 0) + 1
    return out


@check(
    "code-review/codeowners",
    title="A CODEOWNERS file names who reviews which part",
    severity="low",
    needs=("repository",),
    rationale="CODEOWNERS makes the forge request the right reviewers automatically and lets branch protection "
              "require their approval.",
    remediation="Add CODEOWNERS (or .github/CODEOWNERS) mapping paths to the owning team.",
    references=("https://docs.github.com/repositories/managing-your-repositorys-settings-and-features/"
                "customizing-your-repository/about-code-owners",),
)
def codeowners(ctx: Context) -> Iterator[Finding]:
    hist = ctx.use(git_history)
    text = ctx.files.read_text(hist.codeowners_path) if hist.codeowners_path in ctx.files.files else None
    if hist.has_codeowners and hist.codeowners_path and text is not None:
        forge, path = _forge_codeowners(ctx)
        if path is None:
            # GitHub reads only .github/, the root and docs/; GitLab only the root, docs/ and .gitlab/: a
            # .gitlab/CODEOWNERS in a repository on GitHub (or .github/ on GitLab) requests no reviewer
            yield failed(f"{hist.codeowners_path} is not where {forge} reads CODEOWNERS ({', '.join(_PLACES[forge])}):"
                         " it requests no reviewer", Location(path=hist.codeowners_path))
            return
        if path != hist.codeowners_path:
            # the forge takes the first file in its own order (GitHub: .github/ before the root): the one judged is
            # the one it reads, not the first one found
            text = ctx.files.read_text(path)
            if text is None:
                yield skipped(f"{path} (the CODEOWNERS {forge} reads first) could not be read", Location(path=path))
                return
        # a file inside the scanned folder: read what it assigns (one above it, at the top of the repository,
        # names paths relative to that top, and only its presence is looked at)
        yield _codeowners_rules(ctx, path, text)
    elif hist.has_codeowners:
        # a file at the top of the repository, above the scanned folder (or one the scan left unread): its rules are
        # not read (nothing outside the scanned folder is), and a file owning only another service's folder
        # (`/services/orders/ @orders-team`) requests no reviewer here. Its presence alone earned a pass
        yield skipped(f"{hist.codeowners_path} is outside the scanned folder or unread: whether its rules give this "
                      "folder's code an owner is not known (deploycheck reads nothing outside the scanned folder); "
                      "scan from the repository's top, or confirm the owners by hand",
                      Location(path=hist.codeowners_path))
    elif not hist.available:
        # Without history the item is a person's call (manual); a warning here would outrank and hide that.
        yield manual("no CODEOWNERS file (looked in ., .github/, docs/, .gitlab/), and no git history; "
                     "the reviewer should say who owns the code")
    else:
        yield failed("no CODEOWNERS file (looked in ., .github/, docs/, .gitlab/)")


# Where each forge reads CODEOWNERS, in its order; the first file found is the only one used (GitHub's "About code
# owners": .github/, then the root, then docs/; GitLab's "Code Owners": the root, docs/, then .gitlab/)
_PLACES = {"github": (".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"),
           "gitlab": ("CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS")}


def _forge_codeowners(ctx: Context) -> tuple[str, str | None]:
    """(forge, the CODEOWNERS it reads) for a scan of the repository's top. The forge is code_review.forge, else
    what the repository shows (GitHub workflows and no .gitlab-ci.yml: GitHub; the reverse: GitLab); when it shows
    neither or both, GitHub's order with GitLab's .gitlab/ last, as before (never a file no forge reads)."""
    files = set(ctx.files.files)
    forge = str((ctx.config.section("code_review") or {}).get("forge") or "")
    if forge not in _PLACES:
        github = any(f.startswith(".github/workflows/") for f in files)
        gitlab = ".gitlab-ci.yml" in files or ".gitlab-ci.yaml" in files
        forge = "github" if github and not gitlab else "gitlab" if gitlab and not github else ""
    places = _PLACES[forge] if forge else (*_PLACES["github"], ".gitlab/CODEOWNERS")
    return forge or "the forge", next((p for p in places if p in files), None)


# An owner in a CODEOWNERS rule: `@user`, `@org/team` or an e-mail address (GitHub, GitLab, Bitbucket).
_OWNER = re.compile(r"@[\w.-]{1,100}(?:/[\w.-]{1,100})?|[^@\s]{1,100}@[^@\s]{1,100}\.[^@\s]{1,50}")


def _owned_patterns(text: str) -> list[str]:
    """The path patterns a CODEOWNERS file gives owners to. A pattern with no owner takes ownership away (GitHub),
    except below a GitLab section header that names default owners (`[Backend] @team` then `app/`)."""
    patterns: list[str] = []
    section_owners = False
    for raw in text.splitlines()[:10_000]:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("[", "^[")):
            section_owners = any(_OWNER.fullmatch(t) for t in line.partition("]")[2].split())
            continue
        pattern, *rest = line.split()
        if any(_OWNER.fullmatch(t) for t in rest) or (section_owners and not rest):
            patterns.append(pattern)
    return patterns


def _codeowners_rules(ctx: Context, path: str, text: str) -> Finding:
    """A CODEOWNERS file earns the pass when it gives owners to the service's code: an empty or commented-out file,
    or one owning only dependency files (presidio's `**/pyproject.toml @...-administrators`), requests no reviewer
    for a change to the code."""
    import pathspec

    from deploycheck.sources.languages import SOURCE_SUFFIXES
    from deploycheck.sources.mentions import is_documentation

    patterns = _owned_patterns(text)
    if not patterns:
        return failed(f"{path} assigns no owner: no line pairs a path pattern with an @user, @team or e-mail",
                      Location(path=path))
    spec = pathspec.GitIgnoreSpec.from_lines(patterns)
    code = ctx.files.with_suffix(*SOURCE_SUFFIXES) or [f for f in ctx.files.files if not is_documentation(f)]
    owned = next((f for f in code if spec.match_file(f)), None)
    if code and owned is None:
        return failed(f"{path} gives owners only to {', '.join(patterns[:3])}: none of the service's "
                      f"{len(code)} code files has an owner, so a change to the code requests no reviewer",
                      Location(path=path), {"patterns": patterns[:20]})
    return passed(f"{path} gives owners to {len(patterns)} path pattern(s) ({', '.join(patterns[:3])})",
                  Location(path=path), {"patterns": patterns[:20]})
