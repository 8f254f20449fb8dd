"""`deploycheck sbom PATH`: a CycloneDX JSON SBOM of the locked dependencies (cyclonedx-python-lib).

One component per (ecosystem, name, version) read by sources/lockfiles.py, each with its package
URL; the scanned service is the metadata component and depends on all of them (lockfiles do not
all record the dependency graph, so it is flat). Lockfile problems go to stderr, not into the SBOM.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck import __version__

if TYPE_CHECKING:
    from deploycheck.sources.lockfiles import Dependency, DependencySet

PURL_TYPES = {"PyPI": "pypi", "npm": "npm", "Go": "golang", "Maven": "maven"}


def purl_of(dep: Dependency) -> Any:
    from packageurl import PackageURL

    kind = PURL_TYPES.get(dep.ecosystem, "generic")
    namespace: str | None = None
    name = dep.name
    if kind == "npm" and name.startswith("@") and "/" in name:
        namespace, name = name.split("/", 1)
    elif kind == "golang" and "/" in name:
        namespace, name = name.rsplit("/", 1)
    elif kind == "maven" and ":" in name:
        namespace, name = name.split(":", 1)
    return PackageURL(type=kind, namespace=namespace, name=name, version=dep.version)


def build_sbom(deps: DependencySet, service: str) -> str:
    """The CycloneDX 1.6 JSON document for these dependencies."""
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component, ComponentType
    from cyclonedx.output.json import JsonV1Dot6

    bom = Bom()
    root = Component(name=service, type=ComponentType.APPLICATION, bom_ref=f"service:{service}")
    bom.metadata.component = root
    bom.metadata.tools.components.add(Component(name="deploycheck", version=__version__,
                                                type=ComponentType.APPLICATION))
    components = []
    for dep in sorted(deps.resolved(), key=lambda d: (d.ecosystem, d.name, d.version or "")):
        purl = purl_of(dep)
        component = Component(name=dep.name, version=dep.version, type=ComponentType.LIBRARY, purl=purl,
                              bom_ref=purl.to_string())
        bom.components.add(component)
        components.append(component)
    bom.register_dependency(root, components)
    return str(JsonV1Dot6(bom).output_as_string(indent=2))


def run(path: Path, output: Path | None) -> tuple[str, list[str]]:
    """(SBOM text, problems) for the repository at `path`; writes `output` when given."""
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.lockfiles import dependency_set

    config = load_config(path)
    ctx = Context(path, config)
    deps = ctx.use(dependency_set)
    text = build_sbom(deps, config.service or ctx.root.name)
    problems = [f"{p.path}{f':{p.line}' if p.line else ''}: {p.message}" for p in deps.problems]
    if output is not None:
        from deploycheck.atomic import write_atomic

        write_atomic(output, text + "\n")
    return text, problems
