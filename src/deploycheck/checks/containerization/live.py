"""Live registry evidence (verify only): the images the manifests name really are in a secure registry."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, errored, failed, passed, skipped
from deploycheck.model import Finding, Location

if TYPE_CHECKING:
    from deploycheck.context import Context


def _images_on(ctx: Context, registry: str) -> list[str]:
    from deploycheck.probes.registry import parse_image
    from deploycheck.sources.kubernetes import all_objects

    images: list[str] = []
    for obj in ctx.use(all_objects).objects:
        for c in obj.containers():
            image = c.spec.get("image")
            if isinstance(image, str) and parse_image(image).registry == registry and image not in images:
                images.append(image)
    return images


@check(
    "registry/live-registry",
    title="The registry serves every image over TLS, refuses anonymous pulls when private, has signatures",
    severity="high",
    needs=("--registry",),
    live=True,
    rationale="An image that is not in the registry fails the rollout with ImagePullBackOff; a registry "
              "without TLS or open to anonymous pulls leaks the image and invites tampering.",
    remediation="Push the image (with the exact tag/digest the manifests use), serve the registry over TLS, "
                "require authentication for private repositories, and sign images with cosign when the "
                "policy asks for signatures.",
    references=("https://github.com/opencontainers/distribution-spec/blob/main/spec.md",
                "https://docs.sigstore.dev/cosign/signing/signing_with_containers/"),
)
def live_registry(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.registry import RegistryError, parse_image, probe

    registry = ctx.target("registry")
    if not registry:
        yield skipped("needs --registry HOST[:PORT] (or registry in the environment's config)")
        return
    registry = str(registry).removeprefix("https://").removeprefix("http://").rstrip("/")
    images = _images_on(ctx, registry)
    if not images:
        yield skipped(f"no image in the manifests comes from {registry}")
        return
    credentials = None
    auth_env = ctx.target("registry_auth_env")
    if auth_env:
        raw = os.environ.get(str(auth_env), "")
        if ":" not in raw:
            yield errored(f"environment variable {auth_env} must hold user:password for {registry}")
            return
        user, _, password = raw.partition(":")
        credentials = (user, password)
    private = any(registry == p or registry.startswith(p) for p in ctx.config.registries_private)
    try:
        report = probe(registry, [parse_image(i) for i in images], ca_file=ctx.target("tls_ca_file"),
                       credentials=credentials, check_signatures=ctx.config.require_signature,
                       token_realms=tuple(str(r) for r in (ctx.config.section("registries") or {}).get(
                           "token_realms", [])))
    except RegistryError as exc:
        yield errored(str(exc), Location(url=f"https://{registry}"))
        return
    where = Location(url=report.base_url)
    if report.tls:
        yield passed(f"{registry} answers over TLS with a valid certificate", where)
    else:
        yield failed(f"{registry} does not answer over TLS ({report.tls_error}); it serves plain HTTP", where)
    for image, answer in report.manifests.items():
        loc = Location(url=f"{report.base_url}/v2/{parse_image(image).repository}/manifests/"
                           f"{parse_image(image).reference}")
        evidence = {"status": answer.status, "media_type": answer.media_type, "digest": answer.digest}
        if answer.status == 200:
            yield passed(f"manifest of {image} exists ({answer.media_type})", loc, evidence)
        elif answer.status == 401:
            yield errored(f"{image}: the registry wants credentials to show the manifest "
                          "(set registry_auth_env to an env var holding user:password)", loc)
        else:
            yield failed(f"manifest of {image} not found in {registry} (HTTP {answer.status})", loc, evidence)
    for note in report.notes:
        yield failed(note, where)
    if private:
        if report.anonymous_pull:
            yield failed(f"{registry} is private by policy but serves manifests to anonymous clients", where)
        elif report.anonymous_pull is False:
            yield passed(f"{registry} refuses anonymous pulls ({report.challenge or 'no'} auth challenge)", where)
    for image, signed in report.signatures.items():
        if signed:
            yield passed(f"{image} has a cosign signature tag", where)
        else:
            yield failed(f"{image} has no cosign signature (sha256-<digest>.sig tag) but the policy requires one",
                         where)
