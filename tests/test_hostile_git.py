"""A hostile repository against every git call deploycheck makes (issue 7, items 2 and 3): option
injection through ref names, programs named by the repository's own git config, and a `.git` file that
points at somebody else's repository. Each repository is built here; each test failed on the code
before the fix (a tag named --output=FILE truncated FILE; a clean filter ran during a plain scan; a
.git file brought another repository's commit subjects into the report)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.helpers import findings, git, scan, write

from deploycheck.model import Status

CHART = {
    "chart/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 1.0.0\n",
    "chart/values.yaml": "replicas: 2\n",
    "chart/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop\ndata:\n  a: '1'\n",
}


def _chart_repo(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    write(root, CHART)
    git(root, "add", ".")
    git(root, "commit", "-qm", "chart 1.0.0")
    return root


def _change_template(root: Path) -> None:
    write(root, {"chart/templates/cm.yaml": CHART["chart/templates/cm.yaml"].replace("'1'", "'2'")})
    git(root, "commit", "-qam", "change the template")


def _run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["deploycheck", "scan", str(root), *args], capture_output=True, text=True, timeout=300,
                          check=False)


def test_tag_named_like_an_option_is_never_an_option(tmp_path: Path) -> None:
    root = _chart_repo(tmp_path / "repo")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    # `git tag` refuses such a name, but the ref itself is valid and arrives with a clone or fetch.
    git(root, "update-ref", f"refs/tags/--output={victim}", "HEAD")
    _change_template(root)
    result = scan(root, only=("helm-chart", "code-review", "readme"))
    assert victim.read_text() == "precious\n"
    [bump] = findings(result, "helm-chart/version-bump")
    # The odd tag is still a tag: the templates changed since it and the version did not.
    assert bump.status is Status.FAIL, bump.message


def test_repository_git_config_runs_nothing(tmp_path: Path) -> None:
    root = _chart_repo(tmp_path / "repo")
    git(root, "tag", "v1.0.0")
    _change_template(root)
    marker = tmp_path / "pwned"
    cmd = f"sh -c 'echo ran >> {marker}; cat'"
    for key, value in {"filter.evil.clean": cmd, "filter.evil.smudge": cmd, "filter.evil.process": cmd,
                       "diff.evil.textconv": cmd, "diff.external": cmd, "core.fsmonitor": cmd,
                       "core.pager": cmd, "pager.log": cmd, "pager.diff": cmd, "gpg.program": cmd,
                       "log.showSignature": "true", "core.hooksPath": str(tmp_path)}.items():
        git(root, "config", key, value)
    write(root, {".gitattributes": "*.yaml filter=evil diff=evil\n*.md filter=evil diff=evil\n"})
    # A dirty work tree: comparing it with a commit is exactly where git would run the clean filter.
    write(root, {"chart/templates/cm.yaml": CHART["chart/templates/cm.yaml"].replace("'1'", "'3'"),
                 "README.md": "# shop\n"})
    _run_cli(root, "-f", "json", "-o", str(tmp_path / "r.json"))
    assert not marker.exists(), "a program named by the scanned repository's git config ran"
    assert json.loads((tmp_path / "r.json").read_text())["items"]


def test_git_file_pointing_at_another_repository_is_not_followed(tmp_path: Path) -> None:
    other = tmp_path / "someone-elses"
    other.mkdir()
    git(other, "init", "-q", "-b", "main")
    write(other, {"x.txt": "x\n"})
    git(other, "add", ".")
    git(other, "commit", "-qm", "CANARY-PRIVATE-SUBJECT merger talks with acme")
    root = tmp_path / "scanned"
    write(root, {**CHART, ".git": f"gitdir: {other / '.git'}\n"})
    out = tmp_path / "r.json"
    _run_cli(root, "-f", "json", "-o", str(out))
    text = out.read_text()
    assert "CANARY-PRIVATE-SUBJECT" not in text
    [review] = findings(scan(root, only=("code-review",)), "code-review/reviewed-commits")
    assert review.status is Status.MANUAL and ".git file" in review.message


def test_linked_worktree_keeps_its_history(tmp_path: Path) -> None:
    """A .git file written by `git worktree add` points back at its work tree: that is followed."""
    main = _chart_repo(tmp_path / "main")
    git(main, "tag", "v1.0.0")
    _change_template(main)
    wt = tmp_path / "linked"
    git(main, "worktree", "add", "-q", str(wt), "HEAD")
    assert (wt / ".git").is_file()
    result = scan(wt, only=("code-review", "helm-chart"))
    [review] = findings(result, "code-review/reviewed-commits")
    assert review.status is not Status.MANUAL, review.message
    [bump] = findings(result, "helm-chart/version-bump")
    assert bump.status is Status.FAIL


def test_git_never_sees_the_callers_git_environment(tmp_path: Path) -> None:
    """GIT_DIR and friends in the CI environment must not redirect git away from the scanned root."""
    root = _chart_repo(tmp_path / "repo")
    other = _chart_repo(tmp_path / "other")
    git(other, "commit", "--allow-empty", "-qm", "CANARY-ENV-SUBJECT")
    env = {**os.environ, "GIT_DIR": str(other / ".git"), "GIT_WORK_TREE": str(other)}
    out = tmp_path / "r.json"
    subprocess.run(["deploycheck", "scan", str(root), "-f", "json", "-o", str(out)], env=env, capture_output=True,
                   timeout=300, check=False)
    assert "CANARY-ENV-SUBJECT" not in out.read_text()
