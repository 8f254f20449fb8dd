"""Container image references, split the way Docker/OCI tooling reads them.

Hand-written (a dozen lines) rather than pulling in a registry client: the rules are those of
the distribution reference grammar — the first path component is a registry only when it holds a
`.` or `:` or is `localhost`; otherwise the image lives on Docker Hub (`library/` for one-component
names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.context import Context

DOCKER_HUB = "docker.io"
_DIGEST = re.compile(r"@([A-Za-z][A-Za-z0-9]*(?:[+._-][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})$")


@dataclass(frozen=True)
class ImageRef:
    """A container image reference, split into registry, repository, tag and digest."""
    raw: str
    registry: str  # "docker.io" when implicit
    repository: str  # path without registry, e.g. "library/python"
    tag: str | None
    digest: str | None
    explicit_registry: bool  # the reference names its registry itself

    @property
    def name(self) -> str:
        """Registry plus repository, e.g. ghcr.io/acme/app."""
        return f"{self.registry}/{self.repository}"

    @property
    def last_component(self) -> str:
        return self.repository.rsplit("/", 1)[-1]

    @property
    def has_variables(self) -> bool:
        return "$" in self.raw or "{{" in self.raw


def parse_image(ref: str) -> ImageRef:
    """Split an image reference; never raises (odd input yields an odd but harmless ImageRef)."""
    raw = ref.strip()
    rest = raw
    digest = None
    match = _DIGEST.search(rest)
    if match:
        digest = match.group(1)
        rest = rest[: match.start()]
    elif "@" in rest:  # malformed digest: keep it so callers can see "@" was attempted
        rest, _, digest = rest.partition("@")
    tag = None
    last_slash = rest.rfind("/")
    colon = rest.rfind(":")
    if colon > last_slash:
        rest, tag = rest[:colon], rest[colon + 1:]
    first, sep, remainder = rest.partition("/")
    if sep and ("." in first or ":" in first or first == "localhost"):
        registry, repository, explicit = first, remainder, True
    else:
        registry, repository, explicit = DOCKER_HUB, rest, False
        if "/" not in repository:
            repository = f"library/{repository}"
    if registry in ("index.docker.io", "registry-1.docker.io"):
        registry = DOCKER_HUB
    return ImageRef(raw=raw, registry=registry, repository=repository, tag=tag or None, digest=digest or None,
                    explicit_registry=explicit)


# ko's placeholder for an image it builds from a Go import path (`ko://github.com/acme/app/cmd/api`): `ko resolve`
# and `ko apply` build the package, push it and write the pushed reference in its place, by digest unless told
# otherwise. kubectl cannot pull `ko://...`, so the reference that runs is always the one ko wrote.
KO_SCHEME = "ko://"


def ko_built(image: ImageRef) -> bool:
    """Whether the reference is ko's build placeholder (ko deploys it by the digest it pushed)."""
    return image.raw.startswith(KO_SCHEME)


# Kubernetes' pause image (the infra container's image) runs one process that sleeps until it is killed: no port, no
# work, nothing to probe or scrape. Charts use it for placeholder pods that reserve capacity (JupyterHub's
# user-placeholder) and for image-puller DaemonSets whose real containers are init containers. Only the project's
# own registries are taken, so an application image that happens to be named `pause` is judged as written.
_PAUSE_NAMES = {("registry.k8s.io", "pause"), ("k8s.gcr.io", "pause"), ("gcr.io", "google_containers/pause"),
                ("gcr.io", "google-containers/pause"), ("k8s.gcr.io", "pause-amd64"),
                ("gcr.io", "google_containers/pause-amd64")}


def is_pause_image(image: ImageRef) -> bool:
    """Whether the reference is Kubernetes' pause image (a container that only sleeps)."""
    return (image.registry, image.repository) in _PAUSE_NAMES


def registry_matches(image: ImageRef, allowed: str) -> bool:
    """`allowed` is a host (`ghcr.io`) or host plus path prefix (`ghcr.io/acme`)."""
    allowed = allowed.strip().rstrip("/")
    if allowed.startswith(("https://", "http://")):
        allowed = allowed.split("://", 1)[1]
    if allowed in ("docker.io", "index.docker.io", "registry-1.docker.io"):
        return image.registry == DOCKER_HUB
    return image.name == allowed or image.name.startswith(allowed + "/") or image.registry == allowed


@dataclass(frozen=True)
class SkaffoldBuild:
    """The images one skaffold.yaml builds (`build.artifacts[].image`) and the folder it deploys from."""

    path: str  # the skaffold.yaml
    folder: str  # its directory ("" at the root): the manifests it deploys are below it
    images: frozenset[str]
    manifests: tuple[str, ...] = ()  # kubectl/rawYaml globs relative to the folder; empty: every file below it


def skaffold_builds(ctx: Context) -> list[SkaffoldBuild]:
    """skaffold replaces each artifact's image name in the manifests it deploys with the reference it built
    (`name:tag@sha256:...` once pushed, the image id on a local cluster): the name in the manifest is a
    placeholder, not what runs. Every document of a multi-config file counts; a file that does not parse is
    left out (the manifests then read as written)."""
    # the project's loader: the file is the hostile repository's (alias bombs, deep nesting, binary junk)
    from deploycheck.sources.yaml import YamlError, load_all

    out = []
    for rel in ctx.files.glob("skaffold.yaml", "skaffold.yml"):
        try:
            docs = load_all(ctx.files.read_text(rel) or "").docs
        except YamlError:
            continue
        docs = [d for d in docs if isinstance(d, dict)]
        images = {str(a["image"]).strip() for d in docs if isinstance(d.get("build"), dict)
                  for a in d["build"].get("artifacts") or [] if isinstance(a, dict) and a.get("image")}
        # skaffold v1/v2 `deploy.kubectl.manifests`, v3/v4 `manifests.rawYaml`: the files it applies
        globs = tuple(str(g) for d in docs
                      for g in [*_dig(d, "deploy", "kubectl", "manifests"), *_dig(d, "manifests", "rawYaml")])
        if images:
            folder = rel.rsplit("/", 1)[0] if "/" in rel else ""
            out.append(SkaffoldBuild(rel, folder, frozenset(images), globs))
    return out


def skaffold_built(builds: list[SkaffoldBuild], manifest: str, image: ImageRef) -> SkaffoldBuild | None:
    """The skaffold config that builds `image` (an untagged name, as skaffold.yaml gives it) and deploys the
    manifest at `manifest` (a file below its folder, among the manifests it lists)."""
    # Only an untagged name is taken for skaffold's placeholder: a manifest that names a tag (ftgo's
    # `msapatterns/ftgo-consumer-service:latest`) is also applied as it is by other means (scripts, kubectl).
    if image.digest or image.tag or not builds:
        return None
    name = image.raw
    import fnmatch

    for build in builds:
        below = not build.folder or manifest.startswith(build.folder + "/")
        inner = manifest[len(build.folder) + 1:] if build.folder else manifest
        listed = not build.manifests or any(fnmatch.fnmatchcase(inner, g.removeprefix("./")) for g in build.manifests)
        if below and listed and name in build.images:
            return build
    return None


def _dig(doc: dict[str, Any], *keys: str) -> list[Any]:
    """The list at doc[k1][k2]..., or [] when any step is missing or not of the right type."""
    node: object = doc
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, list) else []
