"""CI pipeline definitions (GitHub Actions, GitLab CI and a few others), as text with parsed YAML.

Checks look for steps in them (an image push, a test run); the source only finds and reads the
files. YAML problems are recorded, not raised: a broken workflow is still searchable text.
"""

from __future__ import annotations

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
