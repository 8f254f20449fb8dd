"""Make the labelled snapshot of one repository from a bare git mirror (run once per repo; kept for the record).

    python bench/accuracy/extract.py /work/.mirror/OWNER+NAME/repo bench/accuracy/repos/NAME [REV [DIR ...]]

REV (default HEAD) is the commit to take; DIRs, when given, keep only those folders of it (plus the
top-level LICENSE files), for a sample inside a large repository or to leave out a repository's web front ends.

Keeps only what deploycheck reads for deployment readiness (manifests, charts, Dockerfiles, compose,
CI, docs, dependency manifests, code files up to 60 KB), never vendored trees, binaries or big files, so
the labelled set stays a few MB. Files are read with `git show` from the mirror: nothing from the
repository runs.
"""

from __future__ import annotations

import fnmatch
import subprocess
import sys
from pathlib import Path

SKIP_DIRS = {"node_modules", "vendor", ".yarn", "dist", "build", "target", "third_party", "bin", "obj",
             "wwwroot", "static", "assets", "images", "img", "public", "__snapshots__", ".idea", ".vscode"}
KEEP_NAMES = ["Dockerfile*", "dockerfile*", "*.dockerfile", "Containerfile", ".dockerignore", "*.yaml", "*.yml", "*.tpl",
              ".env*", "*.env", "*.rules", "requirements*.txt", "go.mod", "go.sum", "pom.xml", "*.gradle",
              "*.gradle.kts", "Pipfile", "Pipfile.lock", "pyproject.toml", "poetry.lock", "uv.lock",
              "package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "Cargo.toml",
              "Cargo.lock", "Gemfile", "Gemfile.lock", "composer.lock", "Rakefile", "*.rake", "config.ru", "*.md", "*.proto", "*.rego", "CODEOWNERS", "*.properties", "*.sql", "*.json", "*.toml",
              "Makefile", "*.sh", "*.ps1", "*.rst", "*.ini", "*.cfg", "*.py", "*.go", "*.js", "*.ts", "*.java", "*.cs", "*.rb", "*.php", "*.rs",
              "*.kt", ".gitignore", "*.csproj", "LICENSE*", "LICENCE*"]
CODE = (".py", ".go", ".js", ".ts", ".java", ".cs", ".rb", ".php", ".rs", ".kt")
MAX_FILE = 60_000
MAX_CODE = 60_000  # 25_000 for the snapshots made before 2026-11-28 evening (MANIFEST.md)
# Lockfiles are the evidence dependency-health reads (pinned or not, vulnerable or not): a size cap that drops
# one makes the snapshot say "no lockfile" where the repository has one. Kept up to 1 MB (since 2026-11-28 night).
LOCKFILES = ("package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "poetry.lock", "uv.lock", "Pipfile.lock",
             "Cargo.lock", "Gemfile.lock", "go.sum", "composer.lock")
MAX_LOCKFILE = 1_000_000


def keep(path: str, size: int) -> bool:
    parts = path.split("/")
    if any(p in SKIP_DIRS for p in parts[:-1]) or ".min." in parts[-1]:
        return False
    name = parts[-1]
    if not any(fnmatch.fnmatch(name, pat) for pat in KEEP_NAMES):
        return False
    if name in LOCKFILES:
        return size <= MAX_LOCKFILE
    if name.endswith(".postman_collection.json"):  # an API test suite (newman), often large
        return size <= 200_000
    if name.endswith(CODE) and size > MAX_CODE:
        return False
    if name.endswith(".json") and name not in ("package.json",) and size > 20_000:
        return False
    return size <= MAX_FILE


def wanted(path: str, dirs: list[str]) -> bool:
    if not dirs or ("/" not in path and path.upper().startswith(("LICENSE", "LICENCE"))):
        return True
    return any(path == d or path.startswith(d.rstrip("/") + "/") for d in dirs)


def main(mirror: str, out: str, rev: str = "HEAD", dirs: list[str] | None = None) -> None:
    git = ["git", "-c", "core.fsmonitor=", f"--git-dir={mirror}"]
    listing = subprocess.run([*git, "ls-tree", "-r", "-l", rev], capture_output=True, text=True, check=True).stdout
    total = 0
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        mode, kind, sha, size = meta.split()
        if kind != "blob" or mode == "120000" or not size.isdigit() or not keep(path, int(size)) \
                or not wanted(path, dirs or []):
            continue
        dest = Path(out) / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(subprocess.run([*git, "cat-file", "blob", sha], capture_output=True, check=True).stdout)
        total += int(size)
    print(f"{out}: {total // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(sys.argv[3:4] or ["HEAD"]), dirs=sys.argv[4:])
