"""CI pipeline definitions (GitHub Actions, GitLab CI and a few others), as text with parsed YAML.

Checks look for steps in them (an image push, a test run); the source only finds and reads the
files. YAML problems are recorded, not raised: a broken workflow is still searchable text.
"""

from __future__ import annotations

import bisect
import itertools
import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deploycheck.lazy_re import deferred

if TYPE_CHECKING:
    from collections.abc import Iterator

    from deploycheck.context import Context

CI_GLOBS = (".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab-ci.yml", ".gitlab-ci.yaml",
            ".gitlab/ci/*.yml", ".circleci/config.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml",
            "Jenkinsfile", ".drone.yml", ".woodpecker.yml", "cloudbuild.yaml", "cloudbuild.yml")

# CI steps that build (and push) an image with no Dockerfile in the repository.
DOCKERFILE_LESS_BUILDERS = deferred("DOCKERFILE_LESS_BUILDERS",
                                    r"\bko\s+(build|publish|apply|resolve)\b|\bjib\b|\bjib(Build|DockerBuild)\b"
                                      r"|\bpack\s+build\b|buildpacks/", re.I)


def dockerfile_less_builder(text: str) -> re.Match[str] | None:
    """The first Dockerfile-less image build (ko, jib, buildpacks) a pipeline runs: commented-out lines (`# - run: mvn
    jib:build`, `// sh 'pack build ...'`) build nothing."""
    for line in text.splitlines():
        if not line.lstrip().startswith(("#", "//")) and (match := DOCKERFILE_LESS_BUILDERS.search(line)):
            return match
    return None


# `cd demo && sh ./docker-build.sh`, `bash scripts/push.sh`, `./release.sh`: a shell script a CI step runs
SCRIPT_CALL = deferred("SCRIPT_CALL",
                       r"(?:\bcd\s+([\w./-]+)\s*&&\s*)?(?:\b(?:ba|z)?sh\s+|(?<![\w/.-]))(\.{0,2}/?[\w./-]*\w\.sh)\b")
# `./ci/publish`: an executable script without an extension, run by its path (binderhub's publish.yml); counted only
# when the file starts with a shell shebang, so `./gradlew`-like launchers of other languages are not read as shell
EXEC_CALL = deferred("EXEC_CALL", r"(?<![\w/.$-])(\./[\w-]+(?:/[\w-]+)*)(?![\w./-])")
_SHELL_SHEBANG = deferred("_SHELL_SHEBANG", r"#![ \t]*\S*(?:/|env[ \t]+)(?:ba|z|da|k)?sh\b")


@dataclass
class CiFile:
    """A CI configuration file: its text and, for YAML, its parsed documents."""
    path: str
    text: str
    docs: list[Any] = field(default_factory=list)  # parsed YAML documents (empty for non-YAML or bad YAML)
    problem: str | None = None
    # What the pipeline runs: the text without comment lines and without the jobs and steps switched off
    # (`if: false`, GitLab's `when: never` or rules that all say never, a hidden `.job` no job extends), and the
    # documents without those jobs and steps. A commented-out
    # `# - run: docker push ...` or a disabled publish job pushes nothing.
    active_text: str = ""
    active_docs: list[Any] = field(default_factory=list)

    def line_of_text(self, needle: str) -> int | None:
        """1-based line of the first occurrence of `needle` (case-insensitive)."""
        low = needle.lower()
        for i, line in enumerate(self.text.splitlines(), 1):
            if low in line.lower():
                return i
        return None


def ci_files(ctx: Context) -> list[CiFile]:
    from deploycheck.sources.yaml import YamlError, load_all

    out = []
    for rel in ctx.files.glob(*CI_GLOBS):
        text = ctx.files.read_text(rel)
        if text is None:
            continue
        ci = CiFile(rel, text)
        off: list[int] = []
        if rel.endswith((".yml", ".yaml")):
            try:
                parsed = load_all(text)
                ci.docs = list(parsed.docs)
                ci.active_docs, off = _switched_off(parsed)
            except YamlError as exc:
                ci.problem = exc.message
        ci.active_text = _active(text, off)
        if rel.rsplit("/", 1)[-1].startswith("Jenkinsfile"):
            ci.active_text = _blank(ci.active_text, _jenkins_off(ci.active_text))
        out.append(ci)
    return out


_JENKINS_STAGE = deferred("_JENKINS_STAGE", r"\bstage\s*+\(\s*+(?:'[^'\n]{0,200}'|\"[^\"\n]{0,200}\")\s*+\)\s*+\{")
_JENKINS_WHEN = deferred("_JENKINS_WHEN", r"\bwhen\s*+\{")
# `when { expression { false } }`, `expression { return false }`: the declarative pipeline skips the stage on every
# run (the usual way to switch a stage off), alone or inside allOf
_GROOVY_SPECIAL = deferred("_GROOVY_SPECIAL", r"['\"/{}]")
_MAX_STAGES = 500  # stages read for a `when`: far above a real pipeline (each stage's block is read once more)
_NEVER = deferred("_NEVER", r"expression\{(?:return)?false;?\}")


def _groovy_scan(text: str) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """The `/* ... */` comments of Groovy text (offset spans) and, for each `{`, the offset after its `}` (the end of
    the text when unclosed), in one pass: a `/*` or a brace inside a string (`sh 'rm build/*'`) or after `//` counts
    for nothing."""
    comments: list[tuple[int, int]] = []
    pairs: dict[int, int] = {}
    stack: list[int] = []
    i, n = 0, len(text)
    while i < n:
        found = _GROOVY_SPECIAL.search(text, i)  # jump to the next quote, slash or brace
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch == "{":
            stack.append(i)
            i += 1
        elif ch == "}":
            if stack:
                pairs[stack.pop()] = i + 1
            i += 1
        elif ch in "'\"":
            j = i + 1
            while j < n and text[j] != ch and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        elif text.startswith("//", i):
            stop = text.find("\n", i)
            i = n if stop == -1 else stop
        elif text.startswith("/*", i):
            stop = text.find("*/", i + 2)
            if stop == -1:
                break  # unterminated: Groovy would not run the file; nothing more is read
            comments.append((i, stop + 2))
            i = stop + 2
        else:
            i += 1
    for opening in stack:
        pairs[opening] = n
    return comments, pairs


def _jenkins_off(text: str) -> list[tuple[int, int]]:
    """What a declarative Jenkinsfile never runs: its `/* ... */` comments (a stage commented out) and the stages
    whose `when` is an always-false expression."""
    if "/*" not in text and "when" not in text:
        return []
    comments, pairs = _groovy_scan(text)
    out = list(comments)
    if "when" not in text:
        return out
    # every stage and `when {` found once; each stage's first `when` looked up, not searched for again
    stages = list(itertools.islice(_JENKINS_STAGE.finditer(text), _MAX_STAGES))
    whens = list(itertools.islice(_JENKINS_WHEN.finditer(text), _MAX_STAGES))
    when_starts = [w.start() for w in whens]
    stage_starts = [m.start() for m in stages]
    for m in stages:
        end = pairs.get(m.end() - 1, len(text))
        k = bisect.bisect_left(when_starts, m.end())
        when = whens[k] if k < len(whens) and whens[k].start() < end else None
        if when is None or bisect.bisect_left(stage_starts, when.start()) > bisect.bisect_right(stage_starts,
                                                                                                 m.start()):
            continue  # no condition of its own (a nested stage's is that stage's)
        closing = pairs.get(when.end() - 1, len(text))
        condition = re.sub(r"\s+", "", text[when.end(): min(closing - 1, when.end() + 2000)])
        if _NEVER.fullmatch(condition) or (condition.startswith("allOf{") and _NEVER.search(condition)):
            out.append((m.start(), end))
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span's characters but newlines made spaces (line numbers and offsets kept)."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, min(b, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _off(node: Any) -> bool:
    """A GitHub Actions job or step with `if: false` (`${{ false }}`), or a GitLab job with `when: never`."""
    if not isinstance(node, dict):
        return False
    cond = node.get("if")
    if cond is False or (isinstance(cond, str) and cond.replace(" ", "").lower() in ("false", "${{false}}")):
        return True
    if node.get("when") == "never":
        return True
    rules = node.get("rules")  # GitLab: a job every rule of which says `when: never` is never added to a pipeline
    return isinstance(rules, list) and bool(rules) and all(isinstance(r, dict) and r.get("when") == "never"
                                                            for r in rules)


_ANCHOR = deferred("_ANCHOR", r"&([\w-]{1,100})")


def _anchored(text: str, line: int) -> bool:
    """The YAML key at 1-based `line` carries an anchor (`.publish: &publish`) that the text refers to (`*publish`)."""
    lines = text.split("\n", line)
    m = _ANCHOR.search(lines[line - 1][:500]) if 0 < line <= len(lines) else None
    return m is not None and f"*{m.group(1)}" in text


def _extended(doc: dict[Any, Any]) -> set[str]:
    """The hidden GitLab jobs (`.publish`) that a job of the file extends: their script runs there."""
    names: set[str] = set()
    for value in doc.values():
        ext = value.get("extends") if isinstance(value, dict) else None
        names.update(e for e in (ext if isinstance(ext, list) else [ext]) if isinstance(e, str))
    return names


def _switched_off(parsed: Any) -> tuple[list[Any], list[int]]:
    """The documents without their switched-off jobs and steps, and the 1-based lines where those start."""
    docs: list[Any] = []
    lines: list[int] = []
    for index, doc in enumerate(parsed.docs):
        if not isinstance(doc, dict):
            docs.append(doc)
            continue
        kept: dict[Any, Any] = {}
        jobs = doc.get("jobs") if isinstance(doc.get("jobs"), dict) else None
        extended = _extended(doc) if jobs is None else set()
        for key, value in doc.items():
            # a GitLab job switched off, or a hidden job (`.publish:`, a template) that no job extends
            if jobs is None and isinstance(value, dict) and "script" in value and (
                    _off(value) or (isinstance(key, str) and key.startswith(".") and key not in extended)):
                line = parsed.line_of(index, [key]) or 0
                if not _off(value) and _anchored(parsed.text, line):
                    kept[key] = value  # `.publish: &publish` merged into a job by `<<: *publish`: it runs there
                    continue
                lines.append(line)
                continue
            kept[key] = value
        if jobs is not None:
            active_jobs: dict[Any, Any] = {}
            for name, job in jobs.items():
                if _off(job):
                    lines.append(parsed.line_of(index, ["jobs", name]) or 0)
                    continue
                steps = job.get("steps") if isinstance(job, dict) else None
                if isinstance(steps, list) and any(_off(step) for step in steps):
                    lines += [parsed.line_of(index, ["jobs", name, "steps", i]) or 0
                              for i, step in enumerate(steps) if _off(step)]
                    job = {**job, "steps": [step for step in steps if not _off(step)]}
                active_jobs[name] = job
            kept["jobs"] = active_jobs
        docs.append(kept)
    return docs, [line for line in lines if line]


def _active(text: str, off: list[int]) -> str:
    """`text` with comment lines and the blocks starting at the `off` lines (a line and those indented deeper)
    blanked, line numbers and offsets kept (each blanked character becomes a space)."""
    lines = text.split("\n")
    starts = set(off)
    depth: int | None = None
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if depth is not None and stripped and indent <= depth:
            depth = None
        if i + 1 in starts:
            depth = indent
        if depth is not None or stripped.startswith(("#", "//")):
            lines[i] = " " * len(line)
    return "\n".join(lines)


def reusable_workflow_calls(ctx: Context, words: tuple[str, ...]) -> tuple[str, str] | None:
    """(CI file, `uses:`) for the first job that calls another repository's reusable workflow whose file name
    holds one of `words` (`uses: org/.github/.github/workflows/reusable-docker-build.yaml@main`). What that
    workflow does lives in the other repository, out of deploycheck's sight."""

    def calls(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            uses = node.get("uses")
            if isinstance(uses, str) and "/.github/workflows/" in uses and not uses.startswith("./"):
                yield uses
            for value in node.values():
                yield from calls(value)
        elif isinstance(node, list):
            for value in node:
                yield from calls(value)

    for ci in ctx.use(ci_files):
        for doc in ci.docs:
            for uses in calls(doc.get("jobs") if isinstance(doc, dict) else None):
                workflow = uses.split("@", 1)[0].rsplit("/", 1)[-1].lower()
                if any(word in workflow for word in words):
                    return ci.path, uses
    return None


def called_scripts(ctx: Context, text: str) -> Iterator[tuple[str, str]]:
    """(path, text) of each shell script of the repository that CI `text` runs, read (never run) through the
    file index: ewolff/microservice-kubernetes' workflow runs `cd microservice-kubernetes-demo && sh
    ./docker-build.sh`. Paths that leave the root are ignored."""
    # every file, not only production code: a script CI runs is part of the pipeline wherever it lives
    # (bank-of-anthos keeps its release script in docs/releasing/, which the production filter leaves out)
    present = set(ctx.all_files.files)
    seen: set[str] = set()
    for m in SCRIPT_CALL.finditer(text):
        folder, script = m.group(1), m.group(2)
        rel = posixpath.normpath(posixpath.join(folder or "", script))
        if rel.startswith("../") or rel not in present or rel in seen:
            continue
        seen.add(rel)
        yield rel, ctx.all_files.read_text(rel) or ""
    for m in EXEC_CALL.finditer(text):
        rel = posixpath.normpath(m.group(1))
        if rel.startswith("../") or rel not in present or rel in seen:
            continue
        body = ctx.all_files.read_text(rel) or ""
        if _SHELL_SHEBANG.match(body):
            seen.add(rel)
            yield rel, body
