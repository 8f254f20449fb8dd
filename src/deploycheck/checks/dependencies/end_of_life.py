"""dependency-health: runtimes and base images past their end of life, from the dated dataset shipped
in the package (sources/end_of_life.py). Every message names the dataset's date, so a reader knows how
fresh the answer is."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding, Location
from deploycheck.sources.end_of_life import Cycle, Dataset, end_of_life_dataset, image_key, locked_gems
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
    for rel in ctx.files.glob("runtime.txt"):  # Heroku/Cloud Foundry buildpacks: python-3.8.10
        m = _RUNTIME_TXT.match((ctx.files.read_text(rel) or "").strip())
        if m:
            out.append((parse_image(f"python:{m.group(1)}"), Location(path=rel, line=1)))
    for rel in ctx.files.glob("package.json"):
        major = _engines_node(ctx.files.read_text(rel) or "")
        if major is not None:
            out.append((parse_image(f"node:{major[0]}"), Location(path=rel, line=major[1])))
    return out


def _official_product(image: ImageRef) -> bool:
    """A Docker Hub official image (`redis:5.0.14`, `nginx:1.19`, `eclipse-temurin:8-jre`): a public product with
    releases of its own, not the team's image (those live under a namespace or another registry, and their Dockerfile's
    base is judged instead). A tag that names no release (`latest`, none, a variable) is another check's concern."""
    tag = image.tag or ""
    return (image.registry == "docker.io" and image.repository.startswith("library/") and not image.has_variables
            and tag[:1].isdigit())


VERSION_FILES = {".nvmrc": "node", ".node-version": "node", ".python-version": "python"}
_RUNTIME_TXT = re.compile(r"^python-(\d+\.\d+(?:\.\d+)?)\s*$")
_GO_DIRECTIVE = re.compile(r"^go\s+(\d+\.\d+)(?:\.\d+)?\s*$", re.M)
_GO_TOOLCHAIN = re.compile(r"^toolchain\s+go(\d+\.\d+)(?:\.\d+)?\s*$", re.M)
# Without an operator, a comparator is entered at the start of its run of blanks only (`(?<!\s)`): one from inside
# the run is also one from its start (same groups), and restarting `\s*` at every blank was quadratic (4,000 spaces
# in a range: 1.3 s).
_COMPARATOR = re.compile(r"(?:(<=|<|>=|>|=|\^|~)|(?<!\s))\s*v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?")


def _go_modules(ctx: Context) -> Iterator[tuple[ImageRef, Location, bool]]:
    """(golang image of the version, where, whether it is a `toolchain` line) for each go.mod."""
    for rel in ctx.files.glob("go.mod"):
        text = ctx.files.read_text(rel) or ""
        m = _GO_TOOLCHAIN.search(text) or _GO_DIRECTIVE.search(text)
        if m:
            yield (parse_image(f"golang:{m.group(1)}"), Location(path=rel, line=line_at(text, m.start())),
                   m.re is _GO_TOOLCHAIN)



def _highest_major(alternative: str) -> int | None:
    """The highest Node.js major one npm range alternative admits, or None when it has no upper bound.

    Hand-written on purpose: only the top major matters here, and the Python semver libraries do not
    read npm's range grammar (^, ~, x-ranges, hyphens)."""
    alternative = alternative.strip()
    if " - " in alternative:  # hyphen range: "14 - 16"
        alternative = "<=" + alternative.split(" - ", 1)[1].strip()
    top: int | None = None
    bounded = False
    for op, major, minor, patch in _COMPARATOR.findall(alternative):
        if not major.isdigit():
            return None  # "*" / "x": any version
        value = int(major)
        if op in (">", ">="):
            continue  # a floor: says nothing about the top
        if op == "<":
            value = value - 1 if minor in ("", "0") and patch in ("", "0") else value
        bounded = True
        top = value if top is None else min(top, value)
    return top if bounded else None


def _engines_node(text: str) -> tuple[int, int] | None:
    """(highest admitted major, line) of package.json `engines.node`; None when absent, unreadable or unbounded
    (`>=14` admits today's Node.js, so it is no claim that an ended one runs)."""
    from deploycheck.sources.files import parse_json

    try:
        data = parse_json(text)
    except ValueError:
        return None
    engines = data.get("engines") if isinstance(data, dict) else None
    spec = engines.get("node") if isinstance(engines, dict) else None
    if not isinstance(spec, str) or not spec.strip():
        return None
    tops = [_highest_major(alt) for alt in spec.split("||")]
    if not tops or any(t is None for t in tops):
        return None
    line = next((i for i, ln in enumerate(text.splitlines(), 1) if '"node"' in ln and spec in ln), 1)
    return max(t for t in tops if t is not None), line


# A vendor image built on a runtime names that runtime's version in its tag (tiangolo/uwsgi-nginx-flask:python3.6,
# tiangolo/uvicorn-gunicorn:python3.8-slim, someone/app-base:node14): the runtime inside is that release.
_RUNTIME_TAG = re.compile(r"^(python|node|php|ruby|golang)-?(\d+(?:\.\d+)?)(?:\.\d+)?(?=$|[-_.]?[a-z])", re.I)


def _runtime_by_tag(data: Any, image: ImageRef) -> Cycle | None:
    m = _RUNTIME_TAG.match(image.tag or "")
    if m is None or image_key(image) in data.by_image:  # the dataset knows the image itself: its tag is its own
        return None
    found: Cycle | None = data.lookup(parse_image(f"{m.group(1).lower()}:{m.group(2)}"))
    return found


# The official language images name the distribution they are built on in the tag's variant (ruby:3.4.7-alpine3.21,
# python:3.11-slim-bullseye, eclipse-temurin:17-jre-focal): that release is in the image too, and its end of life
# leaves the image's system packages without fixes even when the language release is supported. The tag is short
# (capped below); each alternative is a fixed word and one version, so the search is linear.
_DISTRIBUTION_TAG = re.compile(r"(?:^|[-_.])alpine(\d+\.\d+)(?=$|[-_.])"
                               r"|(?:^|-)(jessie|stretch|buster|bullseye|bookworm|trixie)(?=$|-)"
                               r"|(?:^|-)(xenial|bionic|focal|jammy|noble)(?=$|-)")


def _distribution_by_tag(data: Any, image: ImageRef) -> Cycle | None:
    if image_key(image) in ("alpine", "debian", "ubuntu"):
        return None  # the distribution image itself: its own tag is judged as the image
    m = _DISTRIBUTION_TAG.search((image.tag or "")[:128].lower())
    if m is None:
        return None
    distribution = "alpine:" + m.group(1) if m.group(1) else \
        ("debian:" + m.group(2) if m.group(2) else "ubuntu:" + m.group(3))
    found: Cycle | None = data.lookup(parse_image(distribution))
    return found


def _frameworks(ctx: Context, data: Dataset) -> list[tuple[str, Cycle, Location]]:
    """(what, cycle, where) for each web framework release the dependency files lock or pin exactly (Rails in a
    Gemfile.lock, Django pinned in requirements or locked by poetry/uv/Pipfile): the framework is deployed with
    the application, and its end of life leaves the application's own request handling without security fixes
    even on a supported runtime image. One entry per release, at the file that best stands for the deployed
    application (a lockfile, else a requirements file not named for development, tests, docs or linting)."""
    from deploycheck.sources.lockfiles import PYPI, dependency_set

    candidates: list[tuple[tuple[int, int, int, str], str, Cycle, Location]] = []

    def add(ecosystem: str, name: str, version: str, where: Location, lock: bool) -> None:
        cycle = data.lookup_package(ecosystem, name, version)
        if cycle is None:
            return
        path = where.path or ""
        name_part = path.rsplit("/", 1)[-1].lower()
        rank = (0 if lock else 1, 1 if _TOOLING_FILE.search(name_part) else 0, 0 if "prod" in name_part else 1, path)
        candidates.append((rank, f"{path} {'locks' if lock else 'pins'} {name} {version}", cycle, where))

    for rel in ctx.files.glob("pom.xml", "build.gradle", "build.gradle.kts"):
        found = _spring_boot_version(ctx.files.read_text(rel) or "")
        if found is not None:
            add("maven", "org.springframework.boot", found[0], Location(path=rel, line=found[1]), False)
    for rel in ctx.files.glob("Gemfile.lock"):
        for gem, (version, line) in locked_gems(ctx.files.read_text(rel) or "").items():
            if ("rubygems", gem) in data.by_package:
                add("rubygems", gem, version, Location(path=rel, line=line), True)
    for manifest in ctx.use(dependency_set).manifests:
        if manifest.ecosystem != PYPI:
            continue
        for dep in manifest.dependencies:
            if dep.version and not dep.dev and ("pypi", dep.name.lower()) in data.by_package:
                add("pypi", dep.name, dep.version, Location(path=dep.path, line=dep.line), manifest.lock)
    out: list[tuple[str, Cycle, Location]] = []
    seen: set[tuple[str, str]] = set()
    for _, what, cycle, where in sorted(candidates, key=lambda c: c[0]):
        if (cycle.product, cycle.cycle) not in seen:
            seen.add((cycle.product, cycle.cycle))
            out.append((what, cycle, where))
    return out


_TOOLING_FILE = re.compile(r"dev|test|doc|lint")

# The Spring Boot release a build uses: a pom.xml's `<parent>` spring-boot-starter-parent, a Gradle build's
# `id 'org.springframework.boot' version '2.7.18'` or the older `springBootVersion = '2.3.4.RELEASE'`. Each pattern is
# bounded (a parent block is read up to 1,500 characters), so the search is linear.
_POM_PARENT = re.compile(r"<parent>(.{0,1500}?)</parent>", re.S)
_POM_FIELD = re.compile(r"<(groupId|version)>[ \t\n]{0,40}([^<]{1,100}?)[ \t\n]{0,40}</\1>")
_GRADLE_BOOT = re.compile(r"""id[ \t]{0,20}\(?[ \t]{0,20}["']org\.springframework\.boot["'][ \t]{0,20}\)?[ \t]{1,20}"""
                          r"""version[ \t]{1,20}["'](\d[\w.-]{0,40})["']"""
                          r"""|springBootVersion[ \t]{0,20}=[ \t]{0,20}["'](\d[\w.-]{0,40})["']""")


def _spring_boot_version(text: str) -> tuple[str, int] | None:
    """(version, line) of the Spring Boot release a pom.xml or Gradle build names, or None."""
    for parent in itertools.islice(_POM_PARENT.finditer(text[:200_000]), 20):  # a pom has one <parent>
        fields = {m.group(1): m.group(2) for m in _POM_FIELD.finditer(parent.group(1))}
        if fields.get("groupId") == "org.springframework.boot" and fields.get("version", "")[:1].isdigit():
            return fields["version"], line_at(text, parent.start())
    m = _GRADLE_BOOT.search(text[:200_000])
    if m:
        return m.group(1) or m.group(2), line_at(text, m.start())
    return None


# AdoptOpenJDK published one repository per Java release (adoptopenjdk/openjdk16:alpine-jre): the release is in the
# repository's name, not its tag. The project moved to Eclipse Temurin in 2021 and its images get no more updates.
_ADOPT_REPOSITORY = re.compile(r"(?:adoptopenjdk/)?openjdk(\d{1,2})")


def _adoptopenjdk(data: Any, image: ImageRef) -> Cycle | None:
    repo = image.repository.lower().removeprefix("library/")
    m = _ADOPT_REPOSITORY.fullmatch(repo) if repo.startswith("adoptopenjdk/") else None
    found: Cycle | None = data.lookup(parse_image(f"eclipse-temurin:{m.group(1)}")) if m else None
    return found


def _is_adoptopenjdk(image: ImageRef) -> bool:
    return image.repository.lower().removeprefix("library/").split("/", 1)[0] == "adoptopenjdk"


def _note(data: Dataset, cycle: Cycle) -> str:
    """What the product's end date means, when the dataset says (`: the deprecated Docker openjdk image ...`)."""
    note = data.notes.get(cycle.product)
    return f": {note}" if note else ""


def _describe(cycle: Cycle) -> str:
    return f"{cycle.product} {cycle.cycle}"


# Runtime version declarations are judged as the image they stand for; the message names the file.
_RUNTIME_FILES = ("package.json", "runtime.txt", ".nvmrc", ".python-version", ".tool-versions", "go.mod")


def _subject(image: Any, where: Location) -> str:
    path = where.path or ""
    if path.rsplit("/", 1)[-1] in _RUNTIME_FILES:
        return f"{path} declares the runtime"
    return f"image {image.raw}"


@check(
    "dependency-health/end-of-life",
    title="No runtime or base image past its end of life",
    severity="high",
    needs=("Dockerfile, kubernetes manifests, runtime version declarations or dependency lockfiles",),
    rationale="A runtime, distribution or web framework past its end of life gets no security fixes: every "
              "vulnerability found after that date stays open in the image (node 14, python 3.8, php 7.4, "
              "mysql 5.7, Rails 7.1, Django 4.2, ...).",
    remediation="Move the image to a supported release (the dataset's page for the product lists them) and "
                "rebuild; pin the new version.",
    references=("https://endoflife.date",),
)
def end_of_life(ctx: Context) -> Iterator[Finding]:
    data = end_of_life_dataset()
    places = _image_places(ctx)
    today = dt.date.today()
    go_places = list(_go_modules(ctx))
    go_warned = 0
    for image, where, toolchain in go_places:
        cycle = data.lookup(image)
        if cycle is None or cycle.eol > today:
            continue
        if toolchain:
            places.append((image, where))  # the toolchain that builds the module: judged like an image
        else:
            # The `go` line is the oldest language version the module accepts; a newer toolchain builds it
            # (the builder image says which): worth a look, not a claim that an ended Go is deployed.
            go_warned += 1
            yield warned(f"go.mod declares go {cycle.cycle}, a Go release that reached end of life on "
                         f"{cycle.eol.isoformat()} (end-of-life dataset of {data.compiled}); the toolchain that "
                         f"builds it may be newer", where,
                         {"product": cycle.product, "cycle": cycle.cycle, "eol": cycle.eol.isoformat(),
                          "page": cycle.page})
    frameworks = _frameworks(ctx, data)
    known = 0
    for what, cycle, where in frameworks:
        known += 1
        evidence = {"product": cycle.product, "cycle": cycle.cycle, "eol": cycle.eol.isoformat(),
                    "dataset": f"{data.source} as of {data.compiled}", "page": cycle.page}
        if cycle.eol <= today:
            yield failed(f"{what}: {_describe(cycle)} reached end of life on {cycle.eol.isoformat()} "
                         f"(end-of-life dataset of {data.compiled}){_note(data, cycle)}", where, evidence)
        else:
            yield passed(f"{what}: {_describe(cycle)} is supported until {cycle.eol.isoformat()} "
                         f"(dataset of {data.compiled})", where, evidence)
    if not places:
        if frameworks:
            return
        if not go_places:
            yield not_applicable("no Dockerfile, no container images in the manifests and no runtime version file")
        elif not go_warned:
            yield passed(f"the Go versions the {len(go_places)} go.mod file(s) declare are not past their end of "
                         f"life (dataset of {data.compiled})")
        return
    unjudged: dict[str, Location] = {}
    for image, where in places:
        runtime = data.lookup(image) or _runtime_by_tag(data, image) or _adoptopenjdk(data, image)
        distribution = _distribution_by_tag(data, image)
        if runtime is None and distribution is None and _official_product(image):
            unjudged.setdefault(image.raw, where)
        for cycle, base in ((runtime, ""), (distribution, "its base distribution ")):
            if cycle is None:
                continue
            known += 1
            evidence = {"image": image.raw, "product": cycle.product, "cycle": cycle.cycle,
                        "eol": cycle.eol.isoformat(), "dataset": f"{data.source} as of {data.compiled}",
                        "page": cycle.page}
            if cycle.eol <= today:
                yield failed(f"{_subject(image, where)}: {base}{_describe(cycle)} reached end of life on "
                             f"{cycle.eol.isoformat()} (end-of-life dataset of {data.compiled}){_note(data, cycle)}",
                             where, evidence)
            elif not base and _is_adoptopenjdk(image):
                # the Java release is supported, but not in this image: nothing has rebuilt it since 2021
                yield warned(f"{_subject(image, where)}: AdoptOpenJDK's images get no more updates (the project "
                             f"moved to Eclipse Temurin in 2021), although {_describe(cycle)} itself is supported "
                             f"until {cycle.eol.isoformat()} in eclipse-temurin (dataset of {data.compiled})",
                             where, evidence)
            else:
                yield passed(f"{_subject(image, where)}: {base}{_describe(cycle)} is supported until "
                             f"{cycle.eol.isoformat()} (dataset of {data.compiled})",
                             Location(path=where.path, object=where.object, container=where.container), evidence)
    if known and unjudged:
        # A supported node image beside redis:5.0.14 passed the item, though the redis release (a product the dataset
        # does not list; or python:3.14, a release newer than its data) was never looked at: what was not judged is
        # said, and the item cannot pass on the rest.
        names = sorted(unjudged)
        yield skipped(f"{len(names)} official image(s) run a release the end-of-life dataset of {data.compiled} does "
                      f"not list (a product it lacks, or a release newer than its data), so they are not judged: "
                      f"{', '.join(names[:5])}"
                      + (f" and {len(names) - 5} more" if len(names) > 5 else ""),
                      unjudged[names[0]], {"images": names[:50]})
    if not known:
        # Not one image named a runtime or distribution the dataset knows (the team's own images, a private base):
        # nothing was judged, so nothing passed.
        shown = ", ".join(sorted({image.raw for image, _ in places})[:3])
        yield skipped(f"none of the {len(places)} image(s) names a runtime or distribution release the end-of-life "
                      f"dataset of {data.compiled} knows (e.g. {shown}): what they run is not judged",
                      evidence={"images": len(places)})
