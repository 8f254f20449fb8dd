"""dependency-health: runtimes and base images past their end of life, from the dated dataset shipped
in the package (sources/end_of_life.py). Every message names the dataset's date, so a reader knows how
fresh the answer is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, not_applicable, passed
from deploycheck.model import Finding, Location
from deploycheck.sources.end_of_life import Cycle, end_of_life_dataset
from deploycheck.sources.images import ImageRef, parse_image

if TYPE_CHECKING:
    from deploycheck.context import Context


def _image_places(ctx: Context) -> list[tuple[ImageRef, Location]]:
    """Each base image of a deployed Dockerfile stage chain and each container image of the manifests."""
    from deploycheck.sources.dockerfile import dockerfiles
    from deploycheck.sources.kubernetes import all_objects

    out: list[tuple[ImageRef, Location]] = []
    for df in ctx.use(dockerfiles).files:
        stage = df.final_stage
        seen: set[int] = set()
        while stage is not None and stage.index not in seen:  # the final stage and the stages it builds FROM
            seen.add(stage.index)
            if not stage.from_stage:
                out.append((parse_image(stage.base_resolved), Location(path=df.path, line=stage.line)))
                break
            stage = df.stage_named(stage.base)
    for obj in ctx.use(all_objects).workloads:
        for c in obj.containers():
            image = c.spec.get("image")
            if isinstance(image, str) and image:
                out.append((parse_image(image), obj.location((*c.path, "image"), c.name)))
    # Runtime version files (nvm, nodenv, pyenv, buildpacks): judged as the official image of that version.
    for rel in ctx.files.glob(*VERSION_FILES):
        text = (ctx.files.read_text(rel) or "").strip().splitlines()
        version = text[0].strip().removeprefix("v") if text else ""
        if version and version[0].isdigit():
            product = VERSION_FILES[rel.rsplit("/", 1)[-1]]
            out.append((parse_image(f"{product}:{version}"), Location(path=rel, line=1)))
    return out


VERSION_FILES = {".nvmrc": "node", ".node-version": "node", ".python-version": "python"}


def _describe(cycle: Cycle) -> str:
    return f"{cycle.product} {cycle.cycle}"


@check(
    "dependency-health/end-of-life",
    title="No runtime or base image past its end of life",
    severity="high",
    needs=("Dockerfile or kubernetes manifests",),
    rationale="A runtime or distribution past its end of life gets no security fixes: every vulnerability found "
              "after that date stays open in the image (node 14, python 3.8, php 7.4, mysql 5.7, ...).",
    remediation="Move the image to a supported release (the dataset's page for the product lists them) and "
                "rebuild; pin the new version.",
    references=("https://endoflife.date",),
)
def end_of_life(ctx: Context) -> Iterator[Finding]:
    data = end_of_life_dataset()
    places = _image_places(ctx)
    if not places:
        yield not_applicable("no Dockerfile and no container images in the manifests")
        return
    today = dt.date.today()
    known = 0
    for image, where in places:
        cycle = data.lookup(image)
        if cycle is None:
            continue
        known += 1
        evidence = {"image": image.raw, "product": cycle.product, "cycle": cycle.cycle, "eol": cycle.eol.isoformat(),
                    "dataset": f"{data.source} as of {data.compiled}", "page": cycle.page}
        if cycle.eol <= today:
            yield failed(f"image {image.raw}: {_describe(cycle)} reached end of life on {cycle.eol.isoformat()} "
                         f"(end-of-life dataset of {data.compiled})", where, evidence)
        else:
            yield passed(f"image {image.raw}: {_describe(cycle)} is supported until {cycle.eol.isoformat()} "
                         f"(dataset of {data.compiled})", Location(path=where.path, object=where.object,
                                                                   container=where.container), evidence)
    if not known:
        yield passed(f"none of the {len(places)} image(s) is a runtime or distribution release the end-of-life "
                     f"dataset of {data.compiled} lists as ended", evidence={"images": len(places)})
