"""Which Rust crates of a Cargo workspace the deployed image's binary is built from.

A source: read by the migration checks, so that a workspace's client-side crates (atuin's atuin-client, whose SQLite
migrations run on users' machines) are not judged as the deployed service's schema. Cargo.toml is read with the
standard library's tomllib; Cargo is never run. Only path dependencies inside the repository are followed (a
registry crate holds no file of the repository), `[dev-dependencies]` never (tests only).
"""

from __future__ import annotations

import posixpath
import re
import tomllib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.context import Context

# `cargo build --release --bin atuin-server`, `cargo install --path crates/x`, `cargo chef cook ...`: the cargo command
# of a RUN, to the end of its shell segment (bounded: linear)
_CARGO_BUILD = re.compile(r"\bcargo[ \t]+(build|install|run)\b([^&;|\n]{0,500})")
_MAX_CRATES = 500  # a workspace's Cargo.toml files read at most (a real workspace has tens)


@dataclass
class CargoDeployment:
    """The crate folders the deployed binaries are built from, and every crate folder of the workspace."""
    binaries: list[str] = field(default_factory=list)  # as the Dockerfiles name them
    deployed: set[str] = field(default_factory=set)  # crate folders ("" for the root crate)
    crates: set[str] = field(default_factory=set)

    def crate_of(self, rel: str) -> str | None:
        """The folder of the crate holding `rel` (the longest crate folder above it), or None."""
        above = [folder for folder in self.crates if not folder or rel == folder or rel.startswith(f"{folder}/")]
        return max(above, key=len) if above else None


def _dependencies(doc: dict[str, Any]) -> list[tuple[str, Any]]:
    """(name, spec) of the [dependencies], [build-dependencies] and per-target dependencies (never dev)."""
    out: list[tuple[str, Any]] = []
    tables = [doc.get("dependencies"), doc.get("build-dependencies")]
    target = doc.get("target")
    if isinstance(target, dict):
        for spec in target.values():
            if isinstance(spec, dict):
                tables += [spec.get("dependencies"), spec.get("build-dependencies")]
    for table in tables:
        if isinstance(table, dict):
            out.extend(table.items())
    return out


def cargo_deployment(ctx: Context) -> CargoDeployment | None:
    """The crates the judged Dockerfiles' `cargo build --bin NAME` / `-p NAME` builds depend on, through path
    dependencies; None when no judged Dockerfile names what it builds (a bare `cargo build` builds the workspace),
    or a Cargo.toml cannot be read (nothing is then left out)."""
    from deploycheck.sources.dockerfile import dockerfiles

    names: list[str] = []
    for df in ctx.use(dockerfiles).files:
        for ins in df.instructions:
            if ins.name != "RUN":
                continue
            for match in _CARGO_BUILD.finditer(ins.value[:20_000]):
                words = match.group(2).split()
                wanted = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("--bin", "-p", "--package")]
                wanted += [w.split("=", 1)[1] for w in words if w.startswith(("--bin=", "--package="))]
                if not wanted:
                    return None  # the whole workspace (or a --path install): not told apart
                names += wanted
    if not names:
        return None
    manifests = [rel for rel in ctx.files.files if rel.rpartition("/")[2] == "Cargo.toml"][:_MAX_CRATES]
    docs: dict[str, dict[str, Any]] = {}
    for rel in manifests:
        try:
            docs[rel.rpartition("/")[0]] = tomllib.loads(ctx.files.read_text(rel) or "")
        except (tomllib.TOMLDecodeError, ValueError):
            return None
    workspace_paths: dict[str, str] = {}
    for folder, doc in docs.items():
        workspace = doc.get("workspace")
        deps = workspace.get("dependencies") if isinstance(workspace, dict) else None
        for name, spec in (deps.items() if isinstance(deps, dict) else []):
            if isinstance(spec, dict) and isinstance(spec.get("path"), str):
                path = posixpath.normpath(posixpath.join(folder, spec["path"]))
                workspace_paths[str(name)] = "" if path == "." else path
    by_name: dict[str, str] = {}
    crates: set[str] = set()
    for folder, doc in docs.items():
        package = doc.get("package")
        if not isinstance(package, dict) or not isinstance(package.get("name"), str):
            continue
        crates.add(folder)
        by_name[package["name"]] = folder
        for binary in doc.get("bin") or []:
            if isinstance(binary, dict) and isinstance(binary.get("name"), str):
                by_name.setdefault(binary["name"], folder)
    if any(name not in by_name for name in names):
        return None
    todo = [by_name[name] for name in names]
    deployed: set[str] = set()
    while todo:
        folder = todo.pop()
        if folder in deployed or folder not in docs:
            continue
        deployed.add(folder)
        for name, spec in _dependencies(docs[folder]):
            if not isinstance(spec, dict):
                continue
            if isinstance(spec.get("path"), str):
                path = posixpath.normpath(posixpath.join(folder, spec["path"]))
                todo.append("" if path == "." else path)
            elif spec.get("workspace") is True:
                crate = str(spec.get("package") or name)
                if crate in workspace_paths:
                    todo.append(workspace_paths[crate])
    return CargoDeployment(binaries=names, deployed=deployed, crates=crates)
