"""The file walker: every other source asks it for files instead of walking the disk itself.

Honours .gitignore (pathspec's GitIgnoreSpec, which follows git's own edge cases) except for files git
tracks anyway (they are in every clone; asked of git once, on the first ignore hit), never follows a
symlink out of the root, and refuses files over the size cap (they become `skipped` findings, not reads).
"""

from __future__ import annotations

import fnmatch
import operator
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

# Directories no deployment artefact lives in; walking them costs time and produces noise.
ALWAYS_SKIP_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".mypy_cache", ".tox",
     ".pytest_cache", ".ruff_cache", ".hypothesis", ".terraform", "vendor_bundle"}
)
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Files that act only when committed (CI definitions, ignore files, code owners, update-bot settings): never a
# developer's local leftovers. Without a git repository to ask which ignored files are tracked (a source archive,
# a CI workspace without .git), a .gitignore that matches them (go-httpbin's `.*`) must not hide them: the CI
# and the .dockerignore would look absent. Directories end with "/" (walked into), files are bare names.
_COMMITTED_ONLY_DIRS = frozenset({".github/", ".gitlab/", ".circleci/", ".buildkite/"})
_COMMITTED_ONLY_NAMES = frozenset(
    {".gitignore", ".gitattributes", ".dockerignore", ".helmignore", "CODEOWNERS", ".gitlab-ci.yml", ".travis.yml",
     ".drone.yml", "azure-pipelines.yml", "azure-pipelines.yaml", "bitbucket-pipelines.yml", "Jenkinsfile",
     "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".goreleaser.yml", ".goreleaser.yaml",
     ".codecov.yml", "codecov.yml", ".pre-commit-config.yaml"})
# A hand-written source module is rarely over a few hundred KB; megabytes of code are generated (protobuf
# stubs, bundles, data as code). Their syntax trees cost ~250 MB and seconds per MB in every code-fact
# reader, so the code readers list them as not parsed instead.
MAX_SOURCE_BYTES = 1024 * 1024


def _size(n: int, decimals: int = 1) -> str:
    """MB for sizes near the cap; bytes when a small configured cap would print "0.0 MB"."""
    return f"{n / 1048576:.{decimals}f} MB" if n >= 104_858 else f"{n:,} bytes"


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# `- examples/standard/deployment.yaml`: a YAML list entry that is one word (a kustomization's resources)
_LIST_ENTRY = re.compile(r"^[ \t]*-[ \t]+[\"']?([\w./-]{1,300}?)[\"']?[ \t]*$", re.M)


@dataclass
class FileProblem:
    """A file that could not be read (or was not), and why."""
    path: str
    message: str
    kind: str = "skipped"  # skipped | error
    # met reading the file's text (read_text), not walking the tree: recorded only once some reader asks for the file,
    # so a report of all problems would depend on which checks ran (and in which process) before it
    read: bool = False


class NotRegularFile(OSError):
    """The path is a FIFO, device or socket (or became one after the walk)."""


def _kind(mode: int) -> str:
    return ("FIFO" if stat.S_ISFIFO(mode) else "character device" if stat.S_ISCHR(mode) else
            "block device" if stat.S_ISBLK(mode) else "socket" if stat.S_ISSOCK(mode) else "special file")


def parse_json(text: str) -> Any:
    """json.loads for the scanned repository's files: the decoder raises RecursionError on a document nested
    100,000 deep (a hostile package.json), which every caller's `except ValueError` missed and which crashed
    whole checks; it becomes the ValueError they handle, naming the file as for any other bad JSON."""
    import json

    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None


def may_find_a_repository(root: Path) -> bool:
    """Whether git's discovery could find a repository from `root` (sources/git._git removes the GIT_* variables
    that point it elsewhere): a `.git` entry in it or a folder above, or a folder on the way that is itself a git
    directory (HEAD, objects/, refs/: a bare repository). Where there is none, `git rev-parse` only says "not a git
    repository", and the callers answer that without starting git (a scan outside any repository started one to three
    git processes)."""
    for folder in (root, *root.parents):
        dotgit = folder / ".git"
        if dotgit.exists() or dotgit.is_symlink():
            return True
        if (folder / "HEAD").is_file() and (folder / "objects").is_dir() and (folder / "refs").is_dir():
            return True
    return False


def read_regular_file(path: Path, max_bytes: int) -> bytes | None:
    """The bytes of a regular file, or None when it is larger than `max_bytes`. Never blocks on a FIFO
    (O_NONBLOCK, then fstat) and never reads more than the cap, even from a file that grows meanwhile."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"not a regular file ({_kind(info.st_mode)}); not read")
        # os.read on the descriptor, asking for the size fstat gave (and one byte more, to see the end): a buffered
        # file object asked for the cap allocated the cap (10 MB) for every file and cost ~3 us more a file, ~4 ms of
        # the corpus scan's 1,100 reads. A file that grew since fstat is read on in chunks, never past the cap.
        chunks: list[bytes] = []
        got, want = 0, min(info.st_size, max_bytes) + 1
        while got <= max_bytes:
            chunk = os.read(fd, min(want, max_bytes + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
            want = 1 << 16
    finally:
        os.close(fd)
    data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    return None if len(data) > max_bytes else data


def read_inside_root(root: Path, rel: str, max_bytes: int) -> bytes | None:
    """A file named by the repository or config (relative to root), read only when it resolves to a regular
    file inside the root; None when it does not exist. OSError (NotRegularFile, PermissionError...) with a
    message naming the reason otherwise."""
    root = root.resolve()
    try:
        target = (root / rel).resolve(strict=True)
    except FileNotFoundError:
        return None
    except RuntimeError:
        raise OSError(f"{rel}: symlink loop; not read") from None
    if not target.is_relative_to(root):
        raise OSError(f"{rel} resolves outside the scanned root; not read")
    data = read_regular_file(target, max_bytes)
    if data is None:
        raise OSError(f"{rel} exceeds the {_size(max_bytes, 0)} cap (limits.max_file_mb); not read")
    return data


def _committed_only(rel: str, is_dir: bool) -> bool:
    """A path that only acts when committed (see _COMMITTED_ONLY_DIRS): a CI folder, a file inside one, or an
    ignore/code-owners/CI/update-bot file anywhere."""
    if rel.split("/", 1)[0] + "/" in _COMMITTED_ONLY_DIRS:
        return True
    return not is_dir and rel.rsplit("/", 1)[-1] in _COMMITTED_ONLY_NAMES


@dataclass
class FileIndex:
    """The files of the scanned repository, with the problems met reading them and a cache of their texts."""
    root: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    use_gitignore: bool = True
    files: list[str] = field(default_factory=list)  # POSIX paths relative to root, sorted
    problems: list[FileProblem] = field(default_factory=list)
    # Files kept out of this index, by reason: config `exclude:` globs and deploycheck's own reports
    # on the full walk; the non-production rules of sources/target.py on the production view.
    left_out: dict[str, list[str]] = field(default_factory=dict)
    # Files a non-production rule would leave out but the production view keeps (sources/target.py:
    # an examples/ folder holding the repository's only Kubernetes material).
    brought_back: list[str] = field(default_factory=list)
    _text_cache: dict[str, str | None] = field(default_factory=dict, repr=False)
    # Tracked files a .gitignore matches (they are in every clone), asked of git on the first ignore hit.
    _tracked_ignored: set[str] | None = field(default=None, repr=False)
    _git_asked: bool = field(default=False, repr=False)  # False: git not asked yet, or no repository to ask
    # glob's answers by patterns, with the file list they were computed over: several sources ask the same globs of
    # the same index (the CI files' 13 patterns twice, the kustomization names three times), ~8 ms of a corpus scan.
    _globbed: dict[tuple[str, ...], tuple[list[str], int, list[str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    # Every file the walk listed (before exclusions and views): the walk judged each symlink, so these are read
    # without another look; any other path a reader asks for is first resolved (_outside).
    _walked: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @classmethod
    def walk(cls, root: Path, max_bytes: int = DEFAULT_MAX_BYTES, use_gitignore: bool = True,
             exclude: Iterable[str] = ()) -> FileIndex:
        index = cls(root=root.resolve(), max_bytes=max_bytes, use_gitignore=use_gitignore)
        index._walk()
        index._leave_out(exclude)
        return index

    def _head(self, rel: str, size: int = 4096) -> str:
        """The first bytes of a file as text (the cached text when a reader already has it)."""
        cached = self._text_cache.get(rel)
        if cached is not None:
            return cached[:size]
        try:
            with open(self.root / rel, "rb") as fh:
                return fh.read(size).decode("utf-8", errors="replace")
        except OSError:
            return ""  # the reader that needs the file records why it could not

    def _leave_out(self, exclude: Iterable[str]) -> None:
        from deploycheck.sources.target import is_output_candidate, is_own_output

        excluded = set(self.glob(*exclude)) if exclude else set()
        own = {rel for rel in self.files if rel not in excluded and is_output_candidate(rel)
               and is_own_output(rel, self._head(rel, 2048))}
        if excluded:
            self.left_out["config exclude"] = sorted(excluded)
        if own:
            self.left_out["deploycheck reports"] = sorted(own)
        if excluded or own:
            self.files = [f for f in self.files if f not in excluded and f not in own]

    def production(self, include: Iterable[str] = ()) -> FileIndex:
        """A view without the non-production files (sources/target.py), sharing this index's caches."""
        from deploycheck.sources.target import needs_content, rule_by_content, rule_by_path

        included = set(self.glob(*include)) if include else set()
        kept: list[str] = []
        left_out: dict[str, list[str]] = {}
        for rel in self.files:
            rule = None if rel in included else rule_by_path(rel)
            if rule is None and rel not in included and needs_content(rel):
                rule = rule_by_content(rel, self._head(rel))
            if rule is None:
                kept.append(rel)
            else:
                left_out.setdefault(rule, []).append(rel)
        back = self._examples_as_deployment(kept, left_out.get("docs", []))
        if back:
            kept = sorted([*kept, *back])
            left_out["docs"] = [rel for rel in left_out["docs"] if rel not in set(back)]
            if not left_out["docs"]:
                del left_out["docs"]
        # Same root, caps, problems list and text cache: a file read through either view is read once.
        return replace(self, files=kept, left_out=left_out, brought_back=back)

    def _examples_as_deployment(self, kept: list[str], docs: list[str]) -> list[str]:
        from deploycheck.sources.target import examples_as_deployment, is_kubernetes_material

        candidates = examples_as_deployment(docs)
        if not any(is_kubernetes_material(rel, self._head(rel)) for rel in candidates):
            return []
        if any(rel.endswith((".yaml", ".yml")) and is_kubernetes_material(rel, self._head(rel))
               and not self._kustomization_into(rel, candidates) for rel in kept):
            return []  # the repository deploys from elsewhere: examples/ stays docs
        return candidates

    def _kustomization_into(self, rel: str, candidates: list[str]) -> bool:
        """A kustomization outside examples/ whose every listed entry is a file of examples/ (kube-state-metrics' root
        kustomization.yaml lists examples/standard/*.yaml): an index into the examples, which are the deployment."""
        from deploycheck.sources.target import KUSTOMIZATION_NAMES

        if rel.rsplit("/", 1)[-1] not in KUSTOMIZATION_NAMES:
            return False
        folder = rel.rpartition("/")[0]
        entries = [m.group(1) for m in _LIST_ENTRY.finditer(self._head(rel, 16384))]
        inside = set(candidates)
        return bool(entries) and all(
            (f"{folder}/{e}" if folder else e).replace("/./", "/").removeprefix("./") in inside for e in entries)

    def _gitignore_spec(self, entries: list[os.DirEntry[str]], rel_dir: str) -> object | None:
        """The directory's .gitignore (a regular file, or a link to one), looked up in its listing: a stat of
        `directory/.gitignore` in each of the corpus's 411 directories cost more than the scandir itself."""
        if not self.use_gitignore:
            return None
        found = next((e for e in entries if e.name == ".gitignore"), None)
        if found is None or not found.is_file():
            return None
        import pathspec  # lazy: only repos with a .gitignore pay for it

        # through read_inside_root like every file the repository names: a `.gitignore` that links outside the root
        # (/proc/self/environ, a file of the host) is not read, nor one over the size cap
        rel = f"{rel_dir}.gitignore".lstrip("/")
        try:
            data = read_inside_root(self.root, rel, self.max_bytes)
        except OSError as exc:
            self.problems.append(FileProblem(rel, f"unreadable: {exc}"))
            return None
        if data is None:
            return None
        lines = data.decode("utf-8", errors="replace").splitlines()
        try:
            return pathspec.GitIgnoreSpec.from_lines(lines)
        except ValueError:
            # git silently drops a pattern it cannot use (`!` alone, a trailing `\`); do the same,
            # line by line, instead of letting one bad line stop the whole scan.
            good = []
            for line in lines:
                try:
                    pathspec.GitIgnoreSpec.from_lines([line])
                except ValueError:
                    continue
                good.append(line)
            return pathspec.GitIgnoreSpec.from_lines(good)

    def _walk(self) -> None:
        root = self.root
        # Each entry: (absolute dir, relative dir with trailing slash or "", [(spec, base rel dir)]).
        stack: list[tuple[Path, str, list[tuple[object, str]]]] = [(root, "", [])]
        found: list[str] = []
        while stack:
            directory, rel_dir, specs = stack.pop()
            try:
                # Listing first: in a directory we may not read, even the .gitignore lookup raises.
                entries = list(os.scandir(directory))
            except OSError as exc:
                self.problems.append(FileProblem(rel_dir or ".", f"cannot read directory: {exc.strerror}"))
                continue
            spec = self._gitignore_spec(entries, rel_dir)
            if spec is not None:
                specs = [*specs, (spec, rel_dir)]
            for entry in entries:
                rel = rel_dir + entry.name
                if not entry.name.isascii() and not _utf8(entry.name):
                    # os gives undecodable bytes as surrogates, which no report (JSON, XML, a
                    # fingerprint) can encode: name the file readably and leave it out.
                    shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                    self.problems.append(FileProblem(shown + ("/" if entry.is_dir() else ""),
                                                     "file name is not valid UTF-8; not read"))
                    continue
                try:
                    if entry.is_symlink():
                        target = Path(entry.path).resolve()
                        if not target.is_relative_to(root):
                            self.problems.append(
                                FileProblem(rel, "symlink points outside the scanned root; not followed"))
                            continue
                        if target.is_dir():
                            continue  # in-root directory links would duplicate files (or loop)
                    is_dir = entry.is_dir()
                except OSError as exc:
                    self.problems.append(FileProblem(rel, f"cannot stat: {exc.strerror}"))
                    continue
                except RuntimeError:  # Path.resolve() on a symlink loop (Python < 3.13)
                    self.problems.append(FileProblem(rel, "symlink loop; not followed"))
                    continue
                if is_dir and entry.name in ALWAYS_SKIP_DIRS:
                    continue
                if self._ignored(rel + ("/" if is_dir else ""), specs) and not self._tracked(rel, is_dir):
                    continue
                if is_dir:
                    stack.append((Path(entry.path), rel + "/", specs))
                    continue
                try:
                    # a regular file, or a link to one: what the stat below says, from the listing's file type
                    # where it has one (no system call for most files)
                    regular = entry.is_file()
                except OSError:
                    regular = False
                if regular:
                    found.append(rel)
                    continue
                try:
                    mode = entry.stat().st_mode
                except OSError as exc:
                    self.problems.append(FileProblem(rel, f"cannot stat: {exc.strerror}"))
                    continue
                if not stat.S_ISREG(mode):
                    # A FIFO would block the scan forever and a device never ends: regular files only.
                    self.problems.append(FileProblem(rel, f"not a regular file ({_kind(mode)}); not read"))
                    continue
                found.append(rel)
        found.sort()
        self.files = found
        self._walked = frozenset(found)

    def _tracked(self, rel: str, is_dir: bool) -> bool:
        """An ignored path git tracks anyway (or a directory holding one): it stays in the index. Without a
        repository to ask, only files that act when committed stay (_COMMITTED_ONLY_*)."""
        if self._tracked_ignored is None:
            from deploycheck.sources.git import tracked_but_ignored

            tracked = tracked_but_ignored(self.root)
            self._git_asked = tracked is not None
            self._tracked_ignored = tracked or set()
        if not self._git_asked and _committed_only(rel, is_dir):
            return True
        if not is_dir:
            return rel in self._tracked_ignored
        return any(path.startswith(rel + "/") for path in self._tracked_ignored)

    @staticmethod
    def _ignored(rel: str, specs: list[tuple[object, str]]) -> bool:
        for spec, base in specs:
            sub = rel[len(base):] if rel.startswith(base) else rel
            if spec.match_file(sub):  # type: ignore[attr-defined]
                return True
        return False

    # --- queries -------------------------------------------------------------------------------

    def glob(self, *patterns: str) -> list[str]:
        """Files matching any of the glob patterns (`**` spans directories; bare names match anywhere)."""
        # Same rules as fnmatch on the name / PurePosixPath.match / fnmatch on the whole path, but with
        # each pattern compiled once and a PurePosixPath built only for patterns holding a "/": every
        # call visits every file, and the per-file objects made globbing ~1 s of a corpus scan.
        # (For a pattern without "/", PurePosixPath.match is fnmatch on the name.)
        # PurePosixPath.match compares parts from the right, so a file whose name does not match the
        # pattern's last part cannot match: that test comes first (7 s of a 4,700-file scan went into
        # building a PurePosixPath per file and pattern for the JUnit/coverage globs).
        # A file is listed when any pattern matches, so the bare patterns' name tests are one alternation, as are
        # every pattern's whole-path tests: two regex calls per file instead of two per file and pattern
        # (fnmatch.translate's groups are numbered apart, so the translations join).
        if not patterns:
            return []
        known = self._globbed.get(patterns)
        if known is not None and known[0] is self.files and known[1] == len(self.files):
            return list(known[2])
        out = self._glob(patterns)
        self._globbed[patterns] = (self.files, len(self.files), out)
        return list(out)

    def _glob(self, patterns: tuple[str, ...]) -> list[str]:
        # Most patterns are a name (`Chart.yaml`) or `*` and a literal (`*.yaml`): an equality or an `endswith`,
        # which is what fnmatch's regex answers for them. For `*.md` that regex (`(?s:.*\.md)\Z`) ran `.*` to the
        # end of every path and backtracked, once per pattern of the alternation: the corpus scan's nine globs over
        # 2,000 files were ~10 ms, most of it there. A bare `*<literal>` on the whole path is the same test as on
        # the name (the literal holds no "/"), as is a bare name: equal to the path means equal to the name.
        suffixes: list[str] = []  # `*<literal>`, bare or not: fnmatch on the whole path is rel.endswith(literal)
        names: set[str] = set()  # bare literals: fnmatch on the name (or on the whole path, then the same)
        paths: set[str] = set()  # literals with a "/": fnmatch on the whole path is equality
        bare: list[str] = []  # the other bare patterns: fnmatch on the name and on the whole path
        others: list[str] = []  # the other patterns with a "/": fnmatch on the whole path
        for pattern in patterns:
            if not _has_magic(pattern):
                (paths if "/" in pattern else names).add(pattern)
            elif pattern.startswith("*") and not _has_magic(pattern[1:]):
                suffixes.append(pattern[1:])
            else:
                (others if "/" in pattern else bare).append(pattern)
        ends = tuple(suffixes)
        name_any = re.compile("|".join(map(fnmatch.translate, bare))).match if bare else None
        path_any = re.compile("|".join(map(fnmatch.translate, bare + others))).match if bare or others else None
        # fnmatch's regex matches from the start: a path (a name) that starts with none of the patterns' literal
        # beginnings (`.github/workflows/`, `docker-compose.`) is not tried, unless one begins with a wildcard
        starts = tuple(_literal_start(pattern) for pattern in bare + others)
        if not all(starts):
            starts = ("",)
        name_starts = tuple(_literal_start(pattern) for pattern in bare)
        if not all(name_starts):
            name_starts = ("",)
        # PurePosixPath(rel).match(pattern), for a relative pattern, is fnmatchcase of the pattern's parts against
        # the path's last parts (right to left); done on rel.split("/") with each part's test made once, since
        # building a PurePosixPath per file and pattern was most of a CI-files listing (`.github/workflows/*.yml`
        # against every YAML file). The files' paths are normalised; an absolute pattern still asks PurePosixPath.
        slashed = [(pattern, PurePosixPath(pattern).is_absolute(), _name_matcher(pattern.rsplit("/", 1)[-1]),
                    [_name_matcher(part) for part in reversed(PurePosixPath(pattern).parts)])
                   for pattern in patterns if "/" in pattern]
        # When every such pattern names its file's folder (`.github/workflows/*.yml`, `.circleci/config.yml`), a path
        # in another folder cannot match one: most paths are let go on their folder's name (the CI files' 13
        # patterns: ~4 ms of tests of each YAML file's name and parts before).
        folders = _folders(patterns) if slashed else None
        out = []
        for rel in self.files:
            name = rel.rsplit("/", 1)[-1]
            if (ends and rel.endswith(ends)) or name in names or rel in paths or (
                    name_any is not None and name.startswith(name_starts) and name_any(name) is not None) or (
                    path_any is not None and rel.startswith(starts) and path_any(rel) is not None) or (
                    slashed and (folders is None or _folder_name(rel) in folders) and _parts_match(rel, slashed)):
                out.append(rel)
        return out

    def under(self, prefix: str) -> list[str]:
        prefix = prefix.strip("/") + "/"
        return [f for f in self.files if f.startswith(prefix)]

    def with_suffix(self, *suffixes: str) -> list[str]:
        return [f for f in self.files if f.lower().endswith(suffixes)]

    def abspath(self, rel: str) -> Path:
        return self.root / rel

    def read_text(self, rel: str) -> str | None:
        """The file's text (cached), or None with a problem recorded when it is too big or unreadable."""
        if rel in self._text_cache:
            return self._text_cache[rel]
        text: str | None = None
        path = self.root / rel
        if self._outside(rel):
            self._text_cache[rel] = None
            return None
        try:
            data = read_regular_file(path, self.max_bytes)
            if data is None:
                self.problems.append(FileProblem(
                    rel, f"{_size(path.stat().st_size)} exceeds the {_size(self.max_bytes, 0)} cap "
                         f"(limits.max_file_mb); not read", read=True))
            else:
                text = data.decode("utf-8", errors="replace")
        except NotRegularFile as exc:
            self.problems.append(FileProblem(rel, str(exc), read=True))
        except OSError as exc:
            self.problems.append(FileProblem(rel, f"cannot read: {exc.strerror}", kind="error", read=True))
        self._text_cache[rel] = text
        return text

    def read_text_containing(self, rel: str, needles: tuple[str, ...]) -> str | None:
        """read_text(rel) when the text holds one of the ASCII `needles`, else None. A file no reader has read is
        searched as bytes and decoded and kept only when one is there: a source that looks for a word in hundreds of
        files (Prometheus scrape configurations in every values file, kubectl in every doc: 560 of the corpus's files,
        7 MB) no longer decodes and keeps them all for the few that have it. The same answer as testing read_text's
        text: in UTF-8 an ASCII byte is always that character, also where errors="replace" replaces others. A file
        that cannot be read goes through read_text, which records why."""
        if rel in self._text_cache:
            text = self._text_cache[rel]
        elif self._outside(rel):
            return self.read_text(rel)  # (None, and the problem recorded)
        else:
            try:
                data = read_regular_file(self.root / rel, self.max_bytes)
            except OSError:
                data = None
            if data is None:
                text = self.read_text(rel)
            elif any(needle.encode("ascii") in data for needle in needles):
                text = self._text_cache[rel] = data.decode("utf-8", errors="replace")
            else:
                return None
        return text if text is not None and any(needle in text for needle in needles) else None

    def _outside(self, rel: str) -> bool:
        """Whether `rel`, a path no walk listed, leaves the root (through `..`, an absolute path or a symlink the walk
        refused to follow); if so the problem is recorded. Readers ask for paths the repository writes (a
        `//go:embed` name, an include, a script a CI step runs): token_verify read a `//go:embed policy.rego` that
        was a symlink to a file outside the root."""
        if rel in self._walked:
            return False
        root = self.root.resolve()
        try:
            target = (root / rel).resolve()
        except (OSError, RuntimeError):  # a symlink loop (Python < 3.13 raises RuntimeError)
            self.problems.append(FileProblem(rel, "symlink loop; not read", read=True))
            return True
        if target.is_relative_to(root):
            return False
        self.problems.append(FileProblem(rel, "resolves outside the scanned root; not read", read=True))
        return True

    def remember(self, rel: str, text: str) -> None:
        """`text` as this run's read of `rel`, read by another process of the run (parallel.py), unless this index
        has read the file already."""
        self._text_cache.setdefault(rel, text)

    def problems_for(self, paths: Iterable[str]) -> list[FileProblem]:
        wanted = set(paths)
        return [p for p in self.problems if p.path in wanted]


def _has_magic(pattern: str) -> bool:
    """Whether fnmatch reads anything in `pattern` as a wildcard (`*`, `?`, `[`); else it matches only itself."""
    return "*" in pattern or "?" in pattern or "[" in pattern


def _literal_start(pattern: str) -> str:
    """The text before the first wildcard of `pattern`: what fnmatch requires a match to start with."""
    cut = min((at for at in map(pattern.find, "*?[") if at >= 0), default=len(pattern))
    return pattern[:cut]


def _name_matcher(part: str) -> Any:
    """fnmatchcase(text, part) as a callable of the text, true or false: equality for a literal, `endswith` for `*`
    and a literal, fnmatch's regex for the others."""
    if not _has_magic(part):
        return part.__eq__
    if part.startswith("*") and not _has_magic(part[1:]):
        return operator.methodcaller("endswith", part[1:])
    return re.compile(fnmatch.translate(part)).match


def _folders(patterns: tuple[str, ...]) -> set[str] | None:
    """The names the patterns with a "/" require of a file's folder: the part before the last of each, when each is
    relative, has two parts or more and that part is a literal. None when one of them does not say (`*/templates/*`,
    `/abs/x`, `**/x`)."""
    folders: set[str] = set()
    for pattern in patterns:
        if "/" not in pattern:
            continue
        path = PurePosixPath(pattern)
        if path.is_absolute() or len(path.parts) < 2 or _has_magic(path.parts[-2]):
            return None
        folders.add(path.parts[-2])
    return folders


def _folder_name(rel: str) -> str | None:
    """The name of the folder holding `rel` (None at the root)."""
    cut = rel.rfind("/")
    return None if cut < 0 else rel[rel.rfind("/", 0, cut) + 1:cut]


def _parts_match(rel: str, slashed: list[tuple[str, bool, Any, list[Any]]]) -> bool:
    """Whether, for one of the patterns, the name matches the pattern's text after its last "/" and
    PurePosixPath(rel).match(pattern) (see FileIndex.glob)."""
    parts: list[str] | None = None
    name = rel.rsplit("/", 1)[-1]
    for pattern, absolute, tail, matchers in slashed:
        if not tail(name):  # the name first: most files fail there
            continue
        if absolute:
            if PurePosixPath(rel).match(pattern):
                return True
            continue
        if parts is None:
            parts = rel.split("/")
        if len(matchers) <= len(parts) and all(
                match(part) for match, part in zip(matchers, reversed(parts), strict=False)):
            return True
    return False
