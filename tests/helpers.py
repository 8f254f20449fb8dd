"""Shared test helpers: run the engine on a directory and query its findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from deploycheck.config import load_config
from deploycheck.context import Options
from deploycheck.engine import RunResult, run
from deploycheck.model import Finding, Status


def scan(path: Path, only: tuple[str, ...] = (), **options: object) -> RunResult:
    return run(path, load_config(path), Options(**options), only=only)  # type: ignore[arg-type]


def findings(result: RunResult, check_id: str, status: Status | None = None) -> list[Finding]:
    return [f for f in result.findings if f.check_id == check_id and (status is None or f.status is status)]


def open_route_messages(result: RunResult) -> list[str]:
    """endpoint-security/route-auth's failures, one message per open route: a service's question about its
    read-only routes (evidence `reads`) stands for each of them ("GET /x (file:line)")."""
    out = []
    for f in findings(result, "endpoint-security/route-auth", Status.FAIL):
        reads = (f.evidence or {}).get("reads") if isinstance(f.evidence, dict) else None
        out += [str(r) for r in reads] if reads else [f.message]
    return out


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return root


def git(root: Path, *args: str, date: str = "2026-01-01T12:00:00+00:00") -> str:
    """Run real git in `root` with a fixed identity and date (tests build histories with it)."""
    import os
    import subprocess

    env = {**{k: v for k, v in os.environ.items() if not k.startswith("GIT_")},
           "GIT_AUTHOR_NAME": "Dev", "GIT_AUTHOR_EMAIL": "dev@example.com", "GIT_COMMITTER_NAME": "Dev",
           "GIT_COMMITTER_EMAIL": "dev@example.com", "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
           "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root)}
    proc = subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args], cwd=root,
                          env=env, capture_output=True, text=True, check=True)
    return proc.stdout


def shared_dir() -> Path | None:
    """../shared beside the repository, also from a worktree one level deeper (wt/<name>/)."""
    repo = Path(__file__).resolve().parent.parent
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared").is_dir():
            return base / "shared"
    return None


def mutated_text(seeds: list[str], alphabet: str) -> Any:
    """Hypothesis strategy: one of `seeds` with 1-8 random inserts/deletes/replacements/duplications.

    Fuzz tests of parsers use it to get inputs near real files (the interesting failures are there).
    """
    from hypothesis import strategies as st

    @st.composite
    def strategy(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(seeds))
        for _ in range(draw(st.integers(min_value=1, max_value=8))):
            pos = draw(st.integers(min_value=0, max_value=len(text)))
            op = draw(st.sampled_from(["insert", "delete", "replace", "duplicate"]))
            chunk = draw(st.text(alphabet=alphabet, min_size=1, max_size=6))
            if op == "insert":
                text = text[:pos] + chunk + text[pos:]
            elif op == "delete":
                text = text[:pos] + text[pos + len(chunk):]
            elif op == "replace":
                text = text[:pos] + chunk + text[pos + len(chunk):]
            else:
                end = draw(st.integers(min_value=pos, max_value=min(len(text), pos + 80)))
                text = text[:end] + text[pos:end] + text[end:]
        return text

    return strategy()


SHIPPED_EXCLUDE = ("examples/", "tests/", "bench/", "deploy/")


def tracked_tree(dest: Path, exclude: tuple[str, ...] = SHIPPED_EXCLUDE) -> Path:
    """deploycheck's own files that git would ship (tracked and new, not ignored; test data and examples
    left out) copied to `dest`: builds and installs from it never write into the checkout, and a file
    missing from git is missing there too."""
    import shutil
    import subprocess

    repo = Path(__file__).resolve().parent.parent
    listed = subprocess.run(["git", "-C", str(repo), "ls-files", "-z", "-co", "--exclude-standard"],
                            check=True, capture_output=True, text=True).stdout.split("\0")
    for rel in filter(None, listed):
        src = repo / rel
        if src.is_file() and not rel.startswith(exclude):
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest
