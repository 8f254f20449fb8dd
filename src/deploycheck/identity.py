"""Who and what a run was about: service, version (git commit, tag, image references found in the
manifests), environment, tool version. The server stores runs under this identity and the gate answers
questions about it (docs/server.md).

Nothing here parses files: images come from the Kubernetes source only when the checks already loaded
it (a scan of the whole checklist always does), so identity adds no parse to a run. Git is asked with
the same hardened flags as the history source (no repository-configured program runs).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.context import Context

MAX_IMAGES = 50


def run_identity(ctx: Context) -> dict[str, Any]:
    commit, tag, toplevel = _git_version(ctx)
    service = ctx.config.service or Path(toplevel or ctx.root).name
    version: dict[str, Any] = {"commit": commit, "tag": tag, "images": _images(ctx)}
    # The label people type at the gate: the release tag, else the short commit, else unknown.
    version["label"] = tag or (commit[:12] if commit else None)
    team = ctx.config.raw.get("team")
    return {"service": service, "team": team if isinstance(team, str) else None, "version": version,
            "environment": ctx.options.environment}


def _git_version(ctx: Context) -> tuple[str | None, str | None, str | None]:
    from deploycheck.sources.files import may_find_a_repository

    if not may_find_a_repository(ctx.root):
        return None, None, None  # what git would answer (it fails), without starting it (~3 ms at the end of a run)
    from deploycheck.sources.git import _RELEASE_TAG, _git, _GitError  # only then: the module is ~3 ms to import

    try:
        top = _git(ctx.root, "rev-parse", "--show-toplevel").strip() or None
        head = _git(ctx.root, "rev-parse", "--verify", "-q", "HEAD", check=False).strip() or None
        tags = _git(ctx.root, "tag", "--points-at", "HEAD").split() if head else []
    except _GitError:
        return None, None, None
    release = sorted((t for t in tags if _RELEASE_TAG.match(t)), reverse=True)
    return head, (release or sorted(tags))[0] if tags else None, top


def _images(ctx: Context) -> list[dict[str, str]]:
    from deploycheck.sources.images import parse_image
    from deploycheck.sources.kubernetes import all_objects, plain_objects

    objects = ctx.peek(all_objects) or ctx.peek(plain_objects)
    if objects is None:
        return []
    seen: dict[str, dict[str, str]] = {}
    for obj in objects.workloads:
        for container in obj.containers():
            raw = container.spec.get("image")
            if not isinstance(raw, str) or not raw or raw in seen:
                continue
            ref = parse_image(raw)
            entry = {"image": ref.name}
            if ref.tag:
                entry["tag"] = ref.tag
            if ref.digest:
                entry["digest"] = ref.digest
            seen[raw] = entry
    return sorted(seen.values(), key=lambda e: (e["image"], e.get("tag", ""), e.get("digest", "")))[:MAX_IMAGES]
