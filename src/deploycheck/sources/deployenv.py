"""Environment variables the deployment sets: container `env`/`envFrom` in the Kubernetes objects
(plain manifests and rendered charts), `ENV` lines of Dockerfiles, compose services' `environment`
and `env_file`, and committed `.env` files (loaded by dotenv and most JS toolchains).

`envFrom` is resolved against the ConfigMaps, Secrets, SealedSecrets and ExternalSecrets in the same
object set; a reference to an object that is not there (or whose keys cannot be known) is kept as
`opaque` so a check can say "may come from X" instead of claiming the variable is missing.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from deploycheck.sources.kubernetes import K8sObject, all_objects

if TYPE_CHECKING:
    from deploycheck.context import Context

_ENV_LINE = re.compile(r"^\s*ENV\s+(.*)$", re.I)
_ENV_FILE_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")


@dataclass
class DeployEnv:
    names: dict[str, str] = field(default_factory=dict)  # name -> where it is set (for evidence)
    opaque: list[str] = field(default_factory=list)  # envFrom sources whose keys are unknown
    sources: int = 0  # containers + Dockerfiles looked at

    def add(self, name: str, where: str) -> None:
        self.names.setdefault(name, where)


def _keys_of(obj: K8sObject) -> list[str] | None:
    body = obj.body
    raw_spec = body.get("spec")
    spec: dict[str, Any] = raw_spec if isinstance(raw_spec, dict) else {}
    if obj.kind in ("ConfigMap", "Secret"):
        keys: list[str] = []
        for section in ("data", "stringData", "binaryData"):
            value = body.get(section)
            if isinstance(value, dict):
                keys += [str(k) for k in value]
        return keys
    if obj.kind == "SealedSecret":
        data = spec.get("encryptedData")
        return [str(k) for k in data] if isinstance(data, dict) else None
    if obj.kind == "ExternalSecret":
        if spec.get("dataFrom"):
            return None  # the keys come from the external store: unknowable here
        data = spec.get("data")
        return [str(d.get("secretKey")) for d in data if isinstance(d, dict)] if isinstance(data, list) else None
    return None


def _target_name(obj: K8sObject) -> str:
    if obj.kind == "ExternalSecret":
        target = (obj.body.get("spec") or {}).get("target") or {}
        if isinstance(target, dict) and target.get("name"):
            return str(target["name"])
    return obj.name


def _dockerfile_env(rel: str, text: str, env: DeployEnv) -> None:
    # Continuation lines are joined first; `ENV A=1 B=2` and the legacy `ENV A 1` both occur.
    joined = re.sub(r"\\\r?\n", " ", text)
    for line in joined.splitlines():
        m = _ENV_LINE.match(line)
        if not m:
            continue
        body = m.group(1).strip()
        if "=" in body.split(None, 1)[0]:
            for name in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)=", body):
                env.add(name, f"{rel} (ENV)")
        elif body:
            env.add(body.split()[0], f"{rel} (ENV)")


def deployment_env(ctx: Context) -> DeployEnv:
    env = DeployEnv()
    kube = ctx.use(all_objects)
    keys: dict[tuple[str, str], list[str] | None] = {}
    for obj in kube.of_kind("ConfigMap", "Secret", "SealedSecret", "ExternalSecret"):
        kind = "ConfigMap" if obj.kind == "ConfigMap" else "Secret"
        keys[(kind, _target_name(obj))] = _keys_of(obj)
    for obj in kube.workloads + kube.of_kind("Pod"):
        for c in obj.containers():
            env.sources += 1
            where = f"{obj.ref} container={c.name}"
            for item in c.spec.get("env") or []:
                if isinstance(item, dict) and item.get("name"):
                    env.add(str(item["name"]), where)
            for item in c.spec.get("envFrom") or []:
                if not isinstance(item, dict):
                    continue
                _env_from(item, where, keys, env)
    for rel in ctx.files.files:
        name = PurePosixPath(rel).name
        if name in ("Dockerfile", "Containerfile") or name.startswith("Dockerfile.") or name.endswith(".Dockerfile"):
            text = ctx.files.read_text(rel)
            if text is not None:
                env.sources += 1
                _dockerfile_env(rel, text, env)
    _compose_env(ctx, env)
    for rel in ctx.files.files:
        # A committed `.env` is loaded into the process by dotenv, Expo, Next.js, Vite...: it sets the names.
        if PurePosixPath(rel).name == ".env":
            _env_file(ctx, rel, f"{rel} (env file)", env)
    return env


def _env_file(ctx: Context, rel: str, where: str, env: DeployEnv) -> bool:
    text = ctx.files.read_text(rel)
    if text is None:
        return False
    for line in text.splitlines():
        m = _ENV_FILE_LINE.match(line)
        if m:
            env.add(m.group(1), where)
    return True


def env_file_targets(compose: str, service: dict[str, Any]) -> list[tuple[str, str]]:
    """(path as written, path from the repository root) of each `env_file:` of a compose service: a string, a
    `{path: ...}` mapping, or a list of either. Anything else (`env_file: 5` in a hostile file) names no file."""
    entries = service.get("env_file")
    out: list[tuple[str, str]] = []
    for entry in entries if isinstance(entries, list) else [entries]:
        path = entry.get("path") if isinstance(entry, dict) else entry
        if isinstance(path, str):
            out.append((path, posixpath.normpath(str(PurePosixPath(compose).parent / path))))
    return out


def _compose_env(ctx: Context, env: DeployEnv) -> None:
    """`environment:` (mapping or list) and `env_file:` of each service of the compose files."""
    from deploycheck.sources.dockerfile import compose_services

    known = set(ctx.files.files)  # only files of the walked index (never a path leaving the root)
    for rel, name, service in compose_services(ctx):
        env.sources += 1
        where = f"{rel} services.{name}"
        environment = service.get("environment")
        if isinstance(environment, dict):
            for key in environment:
                env.add(str(key), where)
        elif isinstance(environment, list):
            for item in environment:
                key = str(item).split("=", 1)[0].strip()
                if key:
                    env.add(key, where)
        for path, target in env_file_targets(rel, service):
            if "${" in path:
                continue
            if target not in known or not _env_file(ctx, target, f"{target} (env_file of {where})", env):
                env.opaque.append(f"{path} (env_file of {where})")


def _env_from(item: dict[str, Any], where: str, keys: dict[tuple[str, str], list[str] | None],
              env: DeployEnv) -> None:
    prefix = str(item.get("prefix") or "")
    for ref_key, kind in (("configMapRef", "ConfigMap"), ("secretRef", "Secret")):
        ref = item.get(ref_key)
        if not isinstance(ref, dict) or not ref.get("name"):
            continue
        known = keys.get((kind, str(ref["name"])))
        if known is None:
            env.opaque.append(f"{kind}/{ref['name']} (envFrom in {where})")
            continue
        for key in known:
            env.add(prefix + key, f"{kind}/{ref['name']} via envFrom in {where}")
