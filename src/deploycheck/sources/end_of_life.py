"""End-of-life runtimes and base images: the dated dataset shipped in the package
(`deploycheck/data/end_of_life.yaml`, copied from endoflife.date) and the lookup of an image reference in it.

A source: it answers "which product and release cycle is this image, and when does (did) that cycle's
security support end". Whether that is a problem today is the check's call.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from deploycheck.sources.images import ImageRef

_VERSION = re.compile(r"^v?(\d+)(?:\.(\d+))?")


@dataclass(frozen=True)
class Cycle:
    product: str
    cycle: str
    eol: dt.date
    page: str


@dataclass(frozen=True)
class Dataset:
    compiled: str
    source: str
    by_image: dict[str, tuple[str, str, dict[str, str], dict[str, dt.date]]]  # image -> product, page, aliases, cycles

    def lookup(self, image: ImageRef) -> Cycle | None:
        """The release cycle an image tag names, or None (unknown product, `latest`, a digest only, a cycle
        the dataset does not list)."""
        entry = self.by_image.get(image_key(image))
        if entry is None or not image.tag:
            return None
        product, page, aliases, cycles = entry
        tag = image.tag.lower()
        for name, cycle in aliases.items():  # codenames: buster, bionic, ...
            if tag == name or tag.startswith(name + "-"):
                return Cycle(product, cycle, cycles[cycle], page) if cycle in cycles else None
        m = _VERSION.match(tag)
        if not m:
            return None
        for candidate in (f"{m.group(1)}.{m.group(2)}" if m.group(2) else None, m.group(1)):
            if candidate and candidate in cycles:
                return Cycle(product, candidate, cycles[candidate], page)
        return None


def image_key(image: ImageRef) -> str:
    """library/node -> node, bitnami/node -> node, dotnet/aspnet stays (Microsoft's path names the product)."""
    repo = image.repository.lower()
    if repo.startswith("library/"):
        repo = repo.removeprefix("library/")
    if repo.startswith("dotnet/"):
        return repo
    return repo.rsplit("/", 1)[-1]


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@functools.cache
def end_of_life_dataset() -> Dataset:
    text = resources.files("deploycheck").joinpath("data/end_of_life.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    by_image: dict[str, tuple[str, str, dict[str, str], dict[str, dt.date]]] = {}
    for product, body in raw["products"].items():
        cycles = {str(k): _date(v) for k, v in body["cycles"].items()}
        aliases = {str(k): str(v) for k, v in (body.get("aliases") or {}).items()}
        for image in body["images"]:
            by_image[str(image)] = (str(product), str(body["page"]), aliases, cycles)
    return Dataset(compiled=str(raw["compiled"]), source=str(raw["source"]), by_image=by_image)
