"""JSON Schemas of Kubernetes kinds, per Kubernetes version, and validators built once per kind.

The schemas are the ones the `kubernetes-validate` package ships (generated from each release's
OpenAPI document, `kubernetes-json-schema/v<version>-local-strict/<kind>-<group>-<version>.json`,
all `$ref`s pointing into one `_definitions.json` per release). We read those files directly
instead of calling `kubernetes_validate.validate`, because that function re-reads the 1.2 MB
definitions file and rebuilds a validator for every document; here the definitions are read once
per Kubernetes version and each validator once per (kind, apiVersion, version) and reused
(DESIGN.md, performance).

We use the `-strict` flavour (unknown fields are errors): since Kubernetes 1.27 `kubectl apply`
validates fields strictly by default, so a misspelt field fails the deployment.

Backend: jsonschema-rs (Rust). bench/schema_validation.py measures it against fastjsonschema and
plain jsonschema on the corpus documents; the figures are in bench/README.md.

A source never judges: `validate` returns the error messages, the manifests check decides.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

# How kubernetes-validate names its schema files: group's first DNS label + version.
_API_PREFIX = re.compile(r"^([^./]*)(?:\.[^/]*)?/")
_CORE_VERSION = re.compile(r"^v\d+((alpha|beta)\d+)?$")
_DEFS_REF = "/api/_definitions.json#/$defs/"
_DEFS_ID = "https://kubernetes.io/api/_definitions.json"  # the `$id` of every bundled version's _definitions.json
MAX_ERRORS_PER_DOC = 5


SchemaError = tuple[tuple[str | int, ...], str]  # (path inside the document, message)


class Validator(Protocol):
    def __call__(self, doc: Any) -> list[SchemaError]: ...


@lru_cache(maxsize=1)
def schema_root() -> Path | None:
    """Where kubernetes-validate keeps its schemas (None when the package is not installed)."""
    import importlib.util

    spec = importlib.util.find_spec("kubernetes_validate")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations))) / "kubernetes-json-schema"
    return root if root.is_dir() else None


def _minor(version: str) -> tuple[int, int]:
    parts = version.lstrip("v").split("-")[0].split(".")
    return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0


@lru_cache(maxsize=1)
def available_versions() -> list[str]:
    """Kubernetes versions with bundled schemas, e.g. ['1.25', ..., '1.37'], oldest first."""
    root = schema_root()
    if root is None:
        return []
    found = {f"{a}.{b}" for a, b in (_minor(p.name) for p in root.iterdir() if p.name.endswith("-local-strict"))}
    return sorted(found, key=_minor)


def resolve_version(wanted: str) -> tuple[str | None, str | None]:
    """The bundled schema version to use for `wanted` and a note when it is not an exact match.

    Like kubernetes-validate: the newest bundled version not newer than the wanted one; for a
    version older than every bundled one, the oldest (with a note saying so).
    """
    versions = available_versions()
    if not versions:
        return None, "kubernetes-validate is not installed (its schemas are needed)"
    target = _minor(wanted)
    older = [v for v in versions if _minor(v) <= target]
    if older:
        chosen = older[-1]
        note = None if _minor(chosen) == target else f"no schemas for {wanted}; using {chosen}, the newest older one"
        return chosen, note
    return versions[0], f"no schemas for {wanted}; using {versions[0]}, the oldest bundled"


def split_api_version(api_version: str) -> tuple[str, str]:
    """('apps', 'v1') for 'apps/v1'; ('', 'v1') for the core group."""
    group, _, version = api_version.rpartition("/")
    return group, version


def schema_filename(kind: str, api_version: str) -> str:
    prefix = _API_PREFIX.sub(r"\1-", api_version)
    return f"{kind.lower()}-{prefix}.json"


_STORES: dict[tuple[str, str], KindSchemas | None] = {}


@dataclass
class KindSchemas:
    """The schemas of one Kubernetes version, with validators compiled on first use."""

    version: str
    directory: Path
    backend: str = "jsonschema-rs"
    _defs_document: dict[str, Any] | None = field(default=None, repr=False)  # _definitions.json
    _validators: dict[tuple[str, str], Validator | None] = field(default_factory=dict, repr=False)
    _groups: frozenset[str] | None = field(default=None, repr=False)
    _registry: Any = field(default=None, repr=False)  # jsonschema_rs.Registry holding _definitions.json

    @classmethod
    def for_version(cls, version: str, backend: str = "jsonschema-rs") -> KindSchemas | None:
        """The store for a bundled version; shared by every run in the process (validators are pure)."""
        key = (version, backend)
        if key not in _STORES:
            root = schema_root()
            directory = root / f"v{version}.0-local-strict" if root else None
            _STORES[key] = cls(version, directory, backend) if directory and directory.is_dir() else None
        return _STORES[key]

    @property
    def builtin_groups(self) -> frozenset[str]:
        """API groups this Kubernetes version serves itself (from the definitions' group-version-kinds)."""
        if self._groups is None:
            groups = {""}
            for definition in self.definitions().values():
                for gvk in definition.get("x-kubernetes-group-version-kind") or ():
                    groups.add(gvk.get("group", ""))
            self._groups = frozenset(groups)
        return self._groups

    def is_builtin_group(self, api_version: str) -> bool:
        """True for Kubernetes' own API groups (core, apps, *.k8s.io served by the apiserver)."""
        group, version = split_api_version(api_version)
        if not group and not _CORE_VERSION.match(version):
            return False  # `apiVersion: foo` is nobody's API (not the core group's either)
        return group in self.builtin_groups

    def definitions(self) -> dict[str, Any]:
        defs: dict[str, Any] = self._definitions_document()["$defs"]
        return defs

    def _definitions_document(self) -> dict[str, Any]:
        if self._defs_document is None:
            # Inside _definitions.json every `$ref` is already local (`#/$defs/...`): the file is read as it is, and
            # serves as the registry's resource under its own `$id` (below).
            self._defs_document = _json((self.directory / "_definitions.json").read_text(encoding="utf-8"))
        return self._defs_document

    def _kind_document(self, kind: str, api_version: str, local_refs: bool = False) -> dict[str, Any] | None:
        """The kind's schema file, or None when not bundled; its `$ref`s point into _definitions.json, or with
        `local_refs` into the schema's own `$defs`."""
        path = self.directory / schema_filename(kind, api_version)
        if not path.is_file():
            return None
        text = path.read_text(encoding="utf-8")
        schema: dict[str, Any] = _json(text.replace(_DEFS_REF, "#/$defs/") if local_refs else text)
        # File names use only the group's first label; make sure the group really matches
        # (a CRD group `apps.example.com` must not borrow the schema of `apps`).
        group, version = split_api_version(api_version)
        gvks = schema.get("x-kubernetes-group-version-kind") or []
        if gvks and not any(g.get("group", "") == group and g.get("version") == version for g in gvks):
            return None
        return schema

    def schema(self, kind: str, api_version: str) -> dict[str, Any] | None:
        """The self-contained schema (definitions inlined as `$defs`) or None when not bundled."""
        schema = self._kind_document(kind, api_version, local_refs=True)
        if schema is None:
            return None
        schema.pop("$id", None)
        schema["$defs"] = _reachable_definitions(schema, self.definitions())
        return schema

    def validator(self, kind: str, api_version: str) -> Validator | None:
        """The compiled validator for (kind, apiVersion) in this version; built once, then reused."""
        key = (kind, api_version)
        if key not in self._validators:
            if self.backend == "jsonschema-rs":
                document = self._kind_document(kind, api_version)
                self._validators[key] = _rs_validator(document, 2020, self._rs_registry()) \
                    if document is not None else None
            else:
                schema = self.schema(kind, api_version)
                self._validators[key] = compile_validator(schema, self.backend) if schema is not None else None
        return self._validators[key]

    def _rs_registry(self) -> Any:
        """_definitions.json, handed to jsonschema-rs once per version under its own `$id`, where the kind files'
        `$ref`s (`/api/_definitions.json#/$defs/...`, relative to their `$id`s) resolve. Inlining each kind's
        reachable definitions instead walked and converted them again for every kind: ~17 ms of a corpus scan's
        25 validators. Nothing is fetched: every reference resolves in the registry, and the retriever refuses."""
        if self._registry is None:
            import jsonschema_rs

            document = self._definitions_document()
            self._registry = jsonschema_rs.Registry([(str(document.get("$id", _DEFS_ID)), document)],
                                                    retriever=_no_retrieval)
        return self._registry


def _json(text: str) -> Any:
    """json.loads of a bundled schema, through orjson (already loaded for the reports): 7.0 -> 2.6 ms for a version's
    1.3 MB _definitions.json, which every run validating manifests reads, and ~40 -> 5 us a kind. The same values for
    every bundled file (tests/test_schema_json.py reads each both ways; orjson would read an integer over 64 bits as
    a float, and none holds one); a text orjson cannot read gets json's own error."""
    import orjson

    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _reachable_definitions(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Only the definitions this kind's schema reaches: handing a validator all ~600 of them costs
    10-30 ms per kind in conversion alone (a ConfigMap needs 5), measured in bench/README.md."""
    needed: dict[str, Any] = {}
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                name = ref[len("#/$defs/"):]
                if name not in needed and name in defs:
                    needed[name] = defs[name]
                    stack.append(defs[name])
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, dict | list))
    return needed


def compile_validator(schema: dict[str, Any], backend: str = "jsonschema-rs", draft: int = 2020) -> Validator:
    """A callable doc -> [error messages] (empty when valid), for the chosen library."""
    if backend == "jsonschema-rs":
        return _rs_validator(schema, draft)
    if backend == "fastjsonschema":
        return _fast_validator(schema)
    return _py_validator(schema, draft)


def format_path(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p) for p in path) or "(document)"


def _no_retrieval(uri: str) -> Any:
    raise ValueError(f"{uri}: schemas are never fetched")


def _rs_validator(schema: dict[str, Any], draft: int, registry: Any = None) -> Validator:
    import jsonschema_rs

    cls = jsonschema_rs.Draft202012Validator if draft == 2020 else jsonschema_rs.Draft4Validator
    compiled = cls(schema) if registry is None else cls(schema, registry=registry, retriever=_no_retrieval)

    def errors(doc: Any) -> list[SchemaError]:
        if compiled.is_valid(doc):  # fast path: no error objects built for valid documents
            return []
        out: list[SchemaError] = []
        for err in compiled.iter_errors(doc):
            out.append((tuple(err.instance_path), _short(err.message)))
            if len(out) >= MAX_ERRORS_PER_DOC:
                break
        return out

    def validate(doc: Any) -> list[SchemaError]:
        try:
            return errors(doc)
        except ValueError:
            # jsonschema-rs takes JSON values only; YAML also has `1:`/`true:`/`~:` keys, !!binary
            # bytes and !!set. Convert them first, as kubectl's YAML-to-JSON step does. (is_valid
            # can stop at an earlier error before reaching such a key; iter_errors then meets it.)
            return errors(_as_json(doc))

    return validate


def _as_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_as_json(v) for v in value]
    if isinstance(value, bytes):
        import base64

        return base64.b64encode(value).decode("ascii")
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    return str(value)  # dates and times: YAML timestamps are strings to Kubernetes


def _fast_validator(schema: dict[str, Any]) -> Validator:
    import fastjsonschema

    # fastjsonschema knows drafts 4/6/7 only; these schemas use nothing newer than $defs/$ref.
    schema = {k: v for k, v in schema.items() if k != "$schema"}
    compiled = fastjsonschema.compile(schema, use_formats=False)

    def validate(doc: Any) -> list[SchemaError]:
        try:
            compiled(doc)
        except fastjsonschema.JsonSchemaValueException as exc:
            return [(tuple(exc.path[1:]), _short(exc.message))]  # path[0] is "data"
        return []

    return validate


def _py_validator(schema: dict[str, Any], draft: int) -> Validator:
    import jsonschema

    cls = jsonschema.Draft202012Validator if draft == 2020 else jsonschema.Draft4Validator
    compiled = cls(schema)

    def validate(doc: Any) -> list[SchemaError]:
        out: list[SchemaError] = []
        for err in compiled.iter_errors(doc):
            out.append((tuple(err.absolute_path), _short(err.message)))
            if len(out) >= MAX_ERRORS_PER_DOC:
                break
        return out

    return validate


def _short(message: str, limit: int = 200) -> str:
    """Error messages quote the offending value; a whole pod spec in a message helps nobody."""
    return message if len(message) <= limit else message[: limit - 1] + "…"


# --- CRD schemas ----------------------------------------------------------------------------


def crd_schemas(crds: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(kind, 'group/version') -> openAPIV3Schema, from CustomResourceDefinition bodies."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for crd in crds:
        spec = crd.get("spec")
        if not isinstance(spec, dict):
            continue
        group = spec.get("group")
        names = spec.get("names")
        kind = names.get("kind") if isinstance(names, dict) else None
        versions = spec.get("versions")
        if not (isinstance(group, str) and isinstance(kind, str) and isinstance(versions, list)):
            continue
        for v in versions:
            schema = ((v.get("schema") or {}).get("openAPIV3Schema") if isinstance(v, dict) else None)
            if isinstance(schema, dict) and isinstance(v.get("name"), str):
                out[(kind, f"{group}/{v['name']}")] = openapi_to_jsonschema(schema)
    return out


def openapi_to_jsonschema(schema: Any) -> Any:
    """OpenAPI v3 structural schema -> JSON Schema (draft 4 semantics): `nullable` becomes a null type.

    Hand-written because the conversion is tiny and the libraries that do it pull in far more.
    `x-kubernetes-*` extension keywords are ignored by validators anyway.
    """
    if isinstance(schema, list):
        return [openapi_to_jsonschema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: openapi_to_jsonschema(v) for k, v in schema.items() if k != "nullable"}
    if schema.get("nullable") is True and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    if schema.get("x-kubernetes-int-or-string") is True:
        out.pop("type", None)
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    return out
