"""End-of-life runtimes and base images: the dated dataset shipped in the package
(`deploycheck/data/end_of_life.yaml`, copied from endoflife.date) and the lookup of an image reference in it.

A source: it answers "which product and release cycle is this image, and when does (did) that cycle's
security support end". Whether that is a problem today is the check's call.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
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
    # (ecosystem, package name) -> product, page, cycles: frameworks read from the dependency files
    by_package: dict[tuple[str, str], tuple[str, str, dict[str, dt.date]]] = field(default_factory=dict)
    # product -> what its end date means when that is not obvious (the Docker openjdk image, Spring Boot's OSS support)
    notes: dict[str, str] = field(default_factory=dict)

    def lookup_package(self, ecosystem: str, name: str, version: str) -> Cycle | None:
        """The release cycle an exact package version belongs to ("8.0.5" -> rails 8.0), or None (a package or
        cycle the dataset does not list)."""
        entry = self.by_package.get((ecosystem.lower(), name.lower()))
        m = _VERSION.match(version.strip())
        if entry is None or not m:
            return None
        product, page, cycles = entry
        for candidate in (f"{m.group(1)}.{m.group(2)}" if m.group(2) else None, m.group(1)):
            if candidate and candidate in cycles:
                return Cycle(product, candidate, cycles[candidate], page)
        return None

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
    by_package: dict[tuple[str, str], tuple[str, str, dict[str, dt.date]]] = {}
    for product, body in raw["products"].items():
        cycles = {str(k): _date(v) for k, v in body["cycles"].items()}
        aliases = {str(k): str(v) for k, v in (body.get("aliases") or {}).items()}
        for image in body["images"]:
            by_image[str(image)] = (str(product), str(body["page"]), aliases, cycles)
        for ecosystem, names in (body.get("packages") or {}).items():
            for name in names:
                by_package[(str(ecosystem).lower(), str(name).lower())] = (str(product), str(body["page"]), cycles)
    notes = {str(product): str(body["note"]) for product, body in raw["products"].items() if body.get("note")}
    return Dataset(compiled=str(raw["compiled"]), source=str(raw["source"]), by_image=by_image,
                   by_package=by_package, notes=notes)


# A Gemfile.lock's resolved gems are the four-space entries under `specs:` ("    rails (8.0.5)"); six spaces
# are what each gem requires. Matched line by line (lines over 300 characters are no gem entry): linear.
_GEM_SPEC = re.compile(r" {4}([A-Za-z0-9_.-]{1,100}) \(([0-9][0-9A-Za-z.]{0,40})(?:-[^)]{0,60})?\)[ \t]*")


def locked_gems(text: str) -> dict[str, tuple[str, int]]:
    """{gem: (version, line)} of a Gemfile.lock's resolved gems (the first entry of a name wins; platform
    variants such as `nokogiri (1.16.0-x86_64-linux)` give their version)."""
    out: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > 300 or not line.startswith("    ") or line.startswith("     "):
            continue
        m = _GEM_SPEC.fullmatch(line)
        if m:
            out.setdefault(m.group(1).lower(), (m.group(2), number))
    return out
