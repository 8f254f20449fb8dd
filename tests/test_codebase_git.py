"""git.py: history since the last tag, merges, trailers, squash refs, shallow clones, no repo."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import git, write

from deploycheck.sources.git import read_history


def build_history(root: Path) -> Path:
    """v1.0.0, then: a direct commit, a --no-ff merged branch, a trailer commit, a squash merge."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q")
    write(root, {"README.md": "# svc\n", "app.py": "x = 1\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "initial")
    git(root, "tag", "-a", "v1.0.0", "-m", "release 1.0.0")
    write(root, {"app.py": "x = 2\n"})
    git(root, "commit", "-qam", "hotfix straight to main")
    git(root, "checkout", "-qb", "feature")
    write(root, {"feature.py": "y = 1\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "feature work")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "feature", "-m", "Merge pull request #7 from org/feature")
    write(root, {"app.py": "x = 3\n"})
    git(root, "commit", "-qam", "tune x\n\nReviewed-by: Alice <alice@example.com>")
    write(root, {"api.yaml": "openapi: 3.0.0\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "Add API spec (#12)")
    return root


def test_history_since_tag(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")
    hist = read_history(root)
    assert hist.available and not hist.shallow
    assert hist.last_tag is not None and hist.last_tag.name == "v1.0.0"
    assert hist.range == "v1.0.0..HEAD"
    subjects = {c.subject: c for c in hist.commits}
    assert set(subjects) == {"hotfix straight to main", "feature work", "Merge pull request #7 from org/feature",
                             "tune x", "Add API spec (#12)"}
    merge = subjects["Merge pull request #7 from org/feature"]
    assert merge.is_merge and merge.first_parent and merge.pr_refs == ["7"]
    assert not subjects["feature work"].first_parent
    assert subjects["tune x"].review_trailers == ["reviewed-by: Alice <alice@example.com>"]
    assert subjects["Add API spec (#12)"].pr_refs == ["12"]
    assert subjects["hotfix straight to main"].pr_refs == [] and not subjects["hotfix straight to main"].trailers
    assert sorted(hist.changed_since_tag or []) == ["api.yaml", "app.py", "feature.py"]
    assert hist.limitations == []


def test_subdirectory_paths_are_relative(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")
    (root / "svc").mkdir()
    write(root, {"svc/main.py": "pass\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "svc")
    hist = read_history(root / "svc")
    assert hist.changed_since_tag == ["main.py"]


def test_no_tag_uses_window(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q")
    for i in range(4):
        write(root, {"f.txt": str(i)})
        git(root, "add", ".")
        git(root, "commit", "-qm", f"c{i}")
    hist = read_history(root, window=3)
    assert hist.last_tag is None and len(hist.commits) == 3 and hist.range == "last 3 commits"
    assert hist.changed_since_tag is None
    assert any("no release tag" in note for note in hist.limitations)


def test_shallow_clone_says_what_it_cannot_see(tmp_path: Path) -> None:
    origin = build_history(tmp_path / "origin")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "shallow")
    hist = read_history(tmp_path / "shallow")
    assert hist.available and hist.shallow
    assert len(hist.commits) == 1 and hist.commits[0].boundary
    assert hist.last_tag is None
    assert any("shallow clone" in note and "fetch-depth" in note for note in hist.limitations)


def test_not_a_repo(tmp_path: Path) -> None:
    hist = read_history(tmp_path)
    assert not hist.available and "not inside a git work tree" in (hist.reason or "")


def test_empty_repo(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    hist = read_history(tmp_path)
    assert hist.available and hist.commits == [] and "no commits" in hist.limitations[0]


def test_hostile_config_runs_nothing(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")
    marker = tmp_path / "pwned"
    git(root, "config", "core.fsmonitor", f"touch {marker}; false")
    git(root, "config", "diff.external", f"sh -c 'touch {marker}'")
    assert read_history(root).available
    assert not marker.exists()


def test_release_build_on_the_tag_looks_at_the_release_range(tmp_path: Path) -> None:
    root = build_history(tmp_path / "repo")
    git(root, "tag", "v1.1.0")
    hist = read_history(root)
    assert hist.head_tag == "v1.1.0" and hist.last_tag is not None and hist.last_tag.name == "v1.0.0"
    assert hist.range == "v1.0.0..v1.1.0" and len(hist.commits) == 5
    assert sorted(hist.changed_since_tag or []) == ["api.yaml", "app.py", "feature.py"]


def test_first_release_tag_on_head(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q")
    write(root, {"a": "1"})
    git(root, "add", ".")
    git(root, "commit", "-qm", "only")
    git(root, "tag", "v0.1.0")
    hist = read_history(root)
    assert hist.last_tag is None and hist.head_tag == "v0.1.0" and len(hist.commits) == 1
    assert "first release" in hist.limitations[0]
