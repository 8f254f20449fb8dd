"""CI pipeline definitions (GitHub Actions, GitLab CI and a few others), as text with parsed YAML.

Checks look for steps in them (an image push, a test run); the source only finds and reads the
files. YAML problems are recorded, not raised: a broken workflow is still searchable text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    from deploycheck.context import Context

CI_GLOBS = (".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab-ci.yml", ".gitlab-ci.yaml",
            ".gitlab/ci/*.yml", ".circleci/config.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml",
            "Jenkinsfile", ".drone.yml", ".woodpecker.yml", "cloudbuild.yaml", "cloudbuild.yml")

# CI steps that build (and push) an image with no Dockerfile in the repository.
DOCKERFILE_LESS_BUILDERS = re.compile(r"\bko\s+(build|publish|apply|resolve)\b|\bjib\b|\bjib(Build|DockerBuild)\b"
                                      r"|\bpack\s+build\b|buildpacks/", re.I)


def dockerfile_less_builder(text: str) -> re.Match[str] | None:
    """The first Dockerfile-less image build (ko, jib, buildpacks) a pipeline runs: commented-out lines (`# - run: mvn
    jib:build`, `// sh 'pack build ...'`) build nothing."""
    for line in text.splitlines():
        if not line.lstrip().startswith(("#", "//")) and (match := DOCKERFILE_LESS_BUILDERS.search(line)):
            return match
    return None


# `cd demo && sh ./docker-build.sh`, `bash scripts/push.sh`, `./release.sh`: a shell script a CI step runs
SCRIPT_CALL = re.compile(r"(?:\bcd\s+([\w./-]+)\s*&&\s*)?(?:\b(?:ba|z)?sh\s+|(?<![\w/.-]))(\.{0,2}/?[\w./-]*\w\.sh)\b")
# `./ci/publish`: an executable script without an extension, run by its path (binderhub's publish.yml); counted only
# when the file starts with a shell shebang, so `./gradlew`-like launchers of other languages are not read as shell
EXEC_CALL = re.compile(r"(?<![\w/.$-])(\./[\w-]+(?:/[\w-]+)*)(?![\w./-])")
_SHELL_SHEBANG = re.compile(r"#![ \t]*\S*(?:/|env[ \t]+)(?:ba|z|da|k)?sh\b")


@dataclass
class CiFile:
    path: str
    text: str
    docs: list[Any] = field(default_factory=list)  # parsed YAML documents (empty for non-YAML or bad YAML)
    problem: str | None = None

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
        if rel.endswith((".yml", ".yaml")):
            try:
                ci.docs = list(load_all(text).docs)
            except YamlError as exc:
                ci.problem = exc.message
        out.append(ci)
    return out


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
