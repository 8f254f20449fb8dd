"""kustomize overlays: built with `kubectl kustomize` or `kustomize` when on PATH, else skipped."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from deploycheck.sources.kubernetes import K8sObject, objects_from_docs
from deploycheck.sources.yaml import YamlError, load_all

if TYPE_CHECKING:
    from deploycheck.context import Context

BUILD_TIMEOUT_S = 120


@dataclass
class KustomizeBuild:
    directory: str
    objects: list[K8sObject] = field(default_factory=list)
    error: str | None = None
    skipped: str | None = None


def _command() -> list[str] | None:
    if shutil.which("kustomize"):
        return ["kustomize", "build"]
    if shutil.which("kubectl"):
        return ["kubectl", "kustomize"]
    return None


def kustomize_builds(ctx: Context) -> list[KustomizeBuild]:
    """Only the overlays named in the config: building every kustomization in a repo would count
    each base once per overlay and duplicate every object."""
    builds = []
    for directory in ctx.config.kustomize:
        build = KustomizeBuild(directory=directory.strip("/"))
        builds.append(build)
        cmd = _command()
        if cmd is None:
            build.skipped = "neither `kustomize` nor `kubectl` is on PATH"
            continue
        target = (ctx.root / build.directory).resolve()
        if not target.is_relative_to(ctx.root) or not target.is_dir():
            build.error = f"{directory}: not a directory inside the repository"
            continue
        ctx.progress(f"kustomize build {directory}")
        try:
            proc = subprocess.run([*cmd, str(target)], capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
                                  check=False)
        except subprocess.TimeoutExpired:
            build.error = f"kustomize build timed out after {BUILD_TIMEOUT_S}s"
            continue
        if proc.returncode != 0:
            build.error = proc.stderr.strip() or f"exit {proc.returncode}"
            continue
        try:
            docs = load_all(proc.stdout)
        except YamlError as exc:
            build.error = f"output is not valid YAML: {exc.message}"
            continue
        build.objects = objects_from_docs(docs.docs, f"{build.directory}/kustomization.yaml",
                                          origin=f"kustomize:{build.directory}")
    return builds
