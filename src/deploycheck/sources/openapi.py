"""API descriptions in the repository: OpenAPI 2/3 (validated), AsyncAPI, .proto and GraphQL schema presence.

Specs are found by name (openapi.*, swagger.*) and by content (a top-level `openapi:`/`swagger:`
key). Validation uses openapi-spec-validator (imported lazily: it costs ~0.5 s) with `$ref`
resolution limited to local files, so a scan never fetches a URL a spec points at. Operations are
read from the raw document (local `$ref`s resolved for responses and security) so a spec that fails
validation still yields what it can. Nothing here judges; problems are data.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.context import Context

# CI definitions live here under any name (rd-user-profile-api's `.github/workflows/swagger.yml` publishes the spec):
# a file there is an API spec only when its content says so.
_CI_WORKFLOW_DIRS = (".github/workflows/", ".gitea/workflows/", ".forgejo/workflows/", ".circleci/", ".buildkite/")
SPEC_NAMES = re.compile(r"^(openapi|swagger|api[-_]?spec|api)([-_.][\w.-]*)?\.(ya?ml|json)$", re.I)
_TOP_KEY_YAML = re.compile(r"^[\"']?(openapi|swagger|asyncapi)[\"']?\s*:", re.M)
# A GraphQL schema (SDL), not a query document: it declares a root operation type or a schema block.
_GRAPHQL_ROOT = re.compile(r"^[ \t]*(extend\s+)?(type\s+(Query|Mutation|Subscription)\b|schema\s*\{)", re.M)
_TOP_KEY_JSON = re.compile(r"\"(openapi|swagger|asyncapi)\"\s*:")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_VALIDATION_ERRORS = 20


@dataclass
class ApiResponse:
    status: str  # "200", "4XX", "default"
    description: str | None
    has_schema: bool  # a body schema is declared (content.*.schema in v3, schema in v2)


@dataclass
class Operation:
    method: str  # upper-case
    path: str  # as in the spec, without basePath/server prefix
    spec: str  # file the operation is declared in
    operation_id: str | None = None
    summary: str | None = None
    description: str | None = None
    responses: list[ApiResponse] = field(default_factory=list)
    # Effective requirement: the operation's own `security`, else the spec's global default.
    # [] means explicitly public; a list of {scheme: [scopes]} alternatives otherwise.
    security: list[dict[str, list[str]]] = field(default_factory=list)
    security_source: str = "none"  # operation | global | none
    tags: list[str] = field(default_factory=list)
    deprecated: bool = False

    @property
    def pointer(self) -> tuple[str, ...]:
        """Where the operation is in the document, for line lookups."""
        return ("paths", self.path, self.method.lower())

    @property
    def requires_auth(self) -> bool:
        """True when every alternative needs at least one scheme (an empty {} alternative is anonymous)."""
        return bool(self.security) and all(bool(alt) for alt in self.security)


@dataclass
class SecurityScheme:
    name: str
    type: str  # oauth2 | apiKey | http | openIdConnect | basic (v2) | mutualTLS
    scheme: str | None = None  # http: bearer/basic
    location: str | None = None  # apiKey: header/query/cookie
    parameter: str | None = None  # apiKey: header/query name
    flows: dict[str, dict[str, Any]] = field(default_factory=dict)  # oauth2 flow -> {authorizationUrl, ...}
    open_id_connect_url: str | None = None
    bearer_format: str | None = None

    def urls(self) -> list[str]:
        """Every URL the scheme names (authorization, token, refresh, OIDC discovery)."""
        out = [self.open_id_connect_url] if self.open_id_connect_url else []
        for flow in self.flows.values():
            for key in ("authorizationUrl", "tokenUrl", "refreshUrl"):
                value = flow.get(key)
                if isinstance(value, str):
                    out.append(value)
        return out


@dataclass
class ApiSpec:
    path: str
    kind: str  # openapi | swagger
    version: str  # "3.0.4", "2.0"
    title: str | None = None
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    text: str = field(default="", repr=False)
    valid: bool | None = None  # None: could not validate (validator missing or crashed)
    errors: list[str] = field(default_factory=list)
    error_paths: list[tuple[str | int, ...]] = field(default_factory=list)  # key path of each error, for lines
    operations: list[Operation] = field(default_factory=list)
    security_schemes: dict[str, SecurityScheme] = field(default_factory=dict)
    global_security: list[dict[str, list[str]]] | None = None
    base_path: str = ""  # v2 basePath, v3 path of the first server URL

    def line_of(self, pointer: tuple[str | int, ...]) -> int | None:
        """1-based line of a key path in the spec's text (computed on demand; JSON too)."""
        if not self.text:
            return None
        from deploycheck.sources.yaml import line_of

        try:
            return line_of(self.text, 0, pointer)
        except Exception:  # a line is a nicety; never fail a finding for it
            return None


@dataclass
class SpecProblem:
    path: str
    message: str
    line: int | None = None


@dataclass
class ApiDocs:
    specs: list[ApiSpec] = field(default_factory=list)
    asyncapi: list[str] = field(default_factory=list)
    proto: list[str] = field(default_factory=list)
    graphql: list[str] = field(default_factory=list)  # GraphQL schema files (SDL) declaring a root type
    problems: list[SpecProblem] = field(default_factory=list)

    @property
    def operations(self) -> list[Operation]:
        return [op for spec in self.specs for op in spec.operations]

    @property
    def security_schemes(self) -> dict[str, SecurityScheme]:
        out: dict[str, SecurityScheme] = {}
        for spec in self.specs:
            out.update(spec.security_schemes)
        return out

    @property
    def any(self) -> bool:
        return bool(self.specs or self.asyncapi or self.proto or self.graphql)


# --- parsing one document ------------------------------------------------------------------------


def _load(text: str, path: str) -> Any:
    """JSON first for .json (fast), else the project's safe YAML loader (alias-bomb capped)."""
    if path.lower().endswith(".json"):
        try:
            return json.loads(text)
        except ValueError:
            pass  # JSON with comments or trailing commas: YAML may still read it
    from deploycheck.sources.yaml import load_one

    return load_one(text)


def _deref(doc: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow a local `#/a/b` $ref (a few hops); anything else is returned as it is."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 8:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return node
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and part in target:
                target = target[part]
            else:
                return node
        node, depth = target, depth + 1
    return node


def _security_list(value: Any) -> list[dict[str, list[str]]] | None:
    if not isinstance(value, list):
        return None
    out = []
    for alt in value:
        if isinstance(alt, dict):
            out.append({str(k): [str(s) for s in v] if isinstance(v, list) else [] for k, v in alt.items()})
    return out


def _responses(doc: dict[str, Any], raw: Any, v2: bool) -> list[ApiResponse]:
    out: list[ApiResponse] = []
    if not isinstance(raw, dict):
        return out
    for status, resp in raw.items():
        resp = _deref(doc, resp)
        if not isinstance(resp, dict):
            continue
        if v2:
            has_schema = "schema" in resp
        else:
            content = resp.get("content")
            has_schema = isinstance(content, dict) and any(
                isinstance(media, dict) and ("schema" in media or "example" in media or "examples" in media)
                for media in content.values())
        desc = resp.get("description")
        out.append(ApiResponse(str(status), desc if isinstance(desc, str) else None, has_schema))
    return out


def _schemes(doc: dict[str, Any], v2: bool) -> dict[str, SecurityScheme]:
    raw = doc.get("securityDefinitions") if v2 else (doc.get("components") or {}).get("securitySchemes") \
        if isinstance(doc.get("components"), dict) else None
    out: dict[str, SecurityScheme] = {}
    if not isinstance(raw, dict):
        return out
    for name, scheme in raw.items():
        scheme = _deref(doc, scheme)
        if not isinstance(scheme, dict):
            continue
        kind = str(scheme.get("type", ""))
        flows: dict[str, dict[str, Any]] = {}
        if v2 and kind == "oauth2":
            flows[str(scheme.get("flow", "unknown"))] = {k: v for k, v in scheme.items()
                                                        if k in ("authorizationUrl", "tokenUrl", "scopes")}
        elif isinstance(scheme.get("flows"), dict):
            flows = {str(k): v for k, v in scheme["flows"].items() if isinstance(v, dict)}
        oidc = scheme.get("openIdConnectUrl")
        out[str(name)] = SecurityScheme(
            name=str(name), type=kind,
            scheme=str(scheme["scheme"]).lower() if isinstance(scheme.get("scheme"), str) else None,
            location=scheme.get("in") if isinstance(scheme.get("in"), str) else None,
            parameter=scheme.get("name") if isinstance(scheme.get("name"), str) else None,
            flows=flows, open_id_connect_url=oidc if isinstance(oidc, str) else None,
            bearer_format=scheme.get("bearerFormat") if isinstance(scheme.get("bearerFormat"), str) else None,
        )
    return out


def _base_path(doc: dict[str, Any], v2: bool) -> str:
    if v2:
        base = doc.get("basePath")
        return base.rstrip("/") if isinstance(base, str) else ""
    servers = doc.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], dict):
        url = servers[0].get("url")
        if isinstance(url, str):
            from urllib.parse import urlsplit

            try:
                return urlsplit(url).path.rstrip("/")
            except ValueError:
                return ""
    return ""


def _json_path(parts: Any) -> str:
    """["paths", "/pets", "get"] -> paths["/pets"].get (readable, and unambiguous with slashes in keys)."""
    out = ""
    for part in parts:
        text = str(part)
        out += f"[{text!r}]" if isinstance(part, int) or not text.isidentifier() else (f".{text}" if out else text)
    return out.replace("'", '"')


def _string_keys(node: Any, depth: int = 0) -> Any:
    """YAML reads `200:` as an integer key; OpenAPI means the string "200" (the validator's path library
    rejects non-string keys: "Dict key must be str"). Every key is converted as tools that read the
    spec as JSON do; no other value changes."""
    if depth > 200:
        raise RecursionError("nesting too deep")
    if isinstance(node, dict):
        return {k if isinstance(k, str) else str(k).lower() if isinstance(k, bool) else str(k):
                _string_keys(v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_string_keys(v, depth + 1) for v in node]
    return node


class RefOutsideRoot(ValueError):
    """A `$ref` the validator may not follow: it leaves the scanned root, or names no readable regular file there."""


class _FilesInsideRoot:
    """The validator's only `$ref` handler (scheme `file`). openapi-spec-validator's own file handler (urllib's
    urlopen) opened any `file:` URL: `$ref: file:///etc/passwd`, or `../../home/me/.aws/credentials`, was read and its
    text quoted into the spec-valid finding of every report, and a `$ref` to a FIFO or /dev/zero hung or filled
    memory. Here a referenced file is read only when it resolves to a regular file inside the scanned root
    (files.read_inside_root: no symlink out, no FIFO or device, the size cap), and parsed by deploycheck's YAML reader
    (its alias-bomb cap), as the spec itself is. Without a root (a spec parsed on its own) no other file is read."""

    def __init__(self, root: Path | None, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def __call__(self, uri: str) -> Any:
        from urllib.parse import unquote, urlparse

        from deploycheck.sources.files import read_inside_root

        parsed = urlparse(uri)
        if parsed.scheme != "file" or parsed.netloc not in ("", "localhost") or self.root is None:
            raise RefOutsideRoot(f"$ref {uri[:200]} is not a file of the scanned repository; not read")
        root = self.root.resolve()
        rel = os.path.relpath(unquote(parsed.path), root)  # named from the root: `../../etc/passwd`
        try:
            data = read_inside_root(root, rel, self.max_bytes)
        except OSError as exc:
            said = str(exc)
            raise RefOutsideRoot(f"$ref {said}" if said.startswith(rel) else f"$ref {rel}: {said}") from None
        if data is None:
            raise RefOutsideRoot(f"$ref {rel}: no such file in the repository")
        # plain JSON types, as jsonschema_path's FileHandler gives them (json.loads(json.dumps(...)))
        return json.loads(json.dumps(_load(data.decode("utf-8", errors="replace"), rel), default=str))


def _refusal(exc: BaseException) -> RefOutsideRoot | None:
    """The RefOutsideRoot behind the validator's exception (it wraps it as `Unresolvable: <ref>`), if any."""
    seen: set[int] = set()
    inner: BaseException | None = exc
    while inner is not None and id(inner) not in seen:
        if isinstance(inner, RefOutsideRoot):
            return inner
        seen.add(id(inner))
        inner = inner.__cause__ or inner.__context__
    return None


def _validate(doc: dict[str, Any], base_uri: str, root: Path | None = None, max_bytes: int = 10 * 1024 * 1024
              ) -> tuple[bool | None, list[str], list[tuple[str | int, ...]]]:
    try:
        doc = _string_keys(doc)
    except RecursionError:
        return False, ["recursive $ref structure the validator could not follow"], []
    try:
        from openapi_spec_validator.shortcuts import get_validator_cls
    except ImportError:
        return None, ["openapi-spec-validator is not installed; the spec was not validated"], []
    try:
        base_cls = get_validator_cls(doc)

        class LocalOnly(base_cls):  # type: ignore[valid-type,misc]
            # Only files of the scanned repository (_FilesInsideRoot); never an http(s) URL a spec names.
            resolver_handlers = {"file": _FilesInsideRoot(root, max_bytes)}

        validator = LocalOnly(doc, base_uri=base_uri)
        errors: list[str] = []
        paths: list[tuple[str | int, ...]] = []
        for err in validator.iter_errors():
            paths.append(tuple(getattr(err, "absolute_path", None) or ()))
            where = _json_path(getattr(err, "absolute_path", None) or [])
            # jsonschema messages carry the schema and instance after a blank line; the first line is the news.
            message = str(getattr(err, "message", err)).strip().splitlines()[0][:300]
            errors.append(f"{where}: {message}" if where else message)
            if len(errors) >= MAX_VALIDATION_ERRORS:
                break
        return not errors, errors, paths
    except RecursionError:
        return False, ["recursive $ref structure the validator could not follow"], []
    except Exception as exc:  # validator internals on hostile input: a result, not a crash
        refused = _refusal(exc)
        if refused is not None:
            return False, [f"validation stopped: {refused}"], []
        message = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        return False, [f"validation stopped: {type(exc).__name__}: {message}"], []


def parse_spec(path: str, text: str, base_uri: str = "", validate: bool = True, root: Path | None = None,
               max_bytes: int = 10 * 1024 * 1024) -> tuple[ApiSpec | None, SpecProblem | None]:
    """One OpenAPI/Swagger document -> ApiSpec, or a problem saying why it could not be read.

    (None, None) means the file is not an OpenAPI document at all. The validator follows a `$ref` to another file
    only inside `root` (_FilesInsideRoot); without a root, to none.
    """
    from deploycheck.sources.yaml import YamlError

    try:
        doc = _load(text, path)
    except YamlError as exc:
        return None, SpecProblem(path, f"cannot parse: {exc.message}", exc.line)
    except (ValueError, RecursionError) as exc:
        return None, SpecProblem(path, f"cannot parse: {exc}")
    if not isinstance(doc, dict):
        return None, None
    if "openapi" in doc:
        kind, version = "openapi", doc.get("openapi")
    elif "swagger" in doc:
        kind, version = "swagger", doc.get("swagger")
    else:
        return None, None
    spec = ApiSpec(path=path, kind=kind, version=str(version), data=doc, text=text)
    info = doc.get("info")
    if isinstance(info, dict) and isinstance(info.get("title"), str):
        spec.title = info["title"]
    v2 = kind == "swagger"
    try:
        spec.security_schemes = _schemes(doc, v2)
        spec.global_security = _security_list(doc.get("security"))
        spec.base_path = _base_path(doc, v2)
        spec.operations = _operations(doc, path, v2, spec.global_security)
    except RecursionError:
        return spec, SpecProblem(path, "document nested too deeply to read")
    if validate:
        spec.valid, spec.errors, spec.error_paths = _validate(doc, base_uri, root, max_bytes)
    return spec, None


def _operations(doc: dict[str, Any], path: str, v2: bool,
                global_security: list[dict[str, list[str]]] | None) -> list[Operation]:
    ops: list[Operation] = []
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return ops
    for route, item in paths.items():
        item = _deref(doc, item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            own = _security_list(op.get("security"))
            if own is not None:
                security, source = own, "operation"
            elif global_security is not None:
                security, source = global_security, "global"
            else:
                security, source = [], "none"
            summary = op.get("summary")
            description = op.get("description")
            tags = op.get("tags")
            ops.append(Operation(
                method=method.upper(), path=str(route), spec=path,
                operation_id=op.get("operationId") if isinstance(op.get("operationId"), str) else None,
                summary=summary if isinstance(summary, str) else None,
                description=description if isinstance(description, str) else None,
                responses=_responses(doc, op.get("responses"), v2),
                security=security, security_source=source,
                tags=[str(t) for t in tags] if isinstance(tags, list) else [],
                deprecated=op.get("deprecated") is True,
            ))
    return ops


# --- discovery ------------------------------------------------------------------------------------


def _looks_like_spec(rel: str, text: str) -> str | None:
    """'openapi'/'swagger'/'asyncapi' when the text declares it at top level (cheap pre-filter)."""
    if rel.lower().endswith(".json"):
        head = text[:4096]
        m = _TOP_KEY_JSON.search(head)
        return m.group(1) if m else None
    m = _TOP_KEY_YAML.search(text)
    return m.group(1) if m else None


def api_docs(ctx: Context) -> ApiDocs:
    result = ApiDocs()
    result.proto = ctx.files.with_suffix(".proto")
    result.graphql = [rel for rel in ctx.files.with_suffix(".graphql", ".graphqls", ".gql")
                      if _GRAPHQL_ROOT.search(ctx.files.read_text(rel) or "")]
    # API specs often live in docs/: the docs rule does not apply to them (tests and vendored still do).
    docs = [rel for rel in ctx.files.left_out.get("docs", []) if rel.endswith((".yaml", ".yml", ".json"))]
    for rel in sorted([*ctx.files.with_suffix(".yaml", ".yml", ".json"), *docs]):
        name = rel.rsplit("/", 1)[-1]
        if "/templates/" in f"/{rel}" or name in ("package.json", "package-lock.json", "tsconfig.json"):
            continue  # Helm templates are not plain documents; npm files never hold specs
        text = ctx.files.read_text(rel)
        if text is None:
            if SPEC_NAMES.match(name):
                result.problems.extend(SpecProblem(p.path, p.message) for p in ctx.files.problems_for([rel]))
            continue
        declared = _looks_like_spec(rel, text)
        if declared == "asyncapi":
            result.asyncapi.append(rel)
            continue
        if declared is None and (not SPEC_NAMES.match(name) or rel.startswith(_CI_WORKFLOW_DIRS)):
            continue  # (a GitHub workflow named swagger.yml publishes the spec; it is not one)
        if "\x00" in text:
            result.problems.append(SpecProblem(rel, "binary content; not an API description"))
            continue
        base_uri = Path(ctx.files.abspath(rel)).as_uri()
        spec, problem = parse_spec(rel, text, base_uri=base_uri, root=ctx.files.root, max_bytes=ctx.files.max_bytes)
        if spec is not None:
            result.specs.append(spec)
        named_as_spec = name.lower().split(".")[0] in ("openapi", "swagger")
        if problem is not None and (declared or spec is not None or named_as_spec):
            result.problems.append(problem)
        elif spec is None and problem is None and named_as_spec:
            result.problems.append(SpecProblem(rel, "named like an API spec but declares neither `openapi:` "
                                                    "nor `swagger:` at the top level"))
    return result


# A JVM build that generates the server's JAX-RS/Spring interfaces from an OpenAPI spec: quarkus-openapi-generator's
# server extension (`quarkus.openapi.generator.server.spec`), or openapi-generator's server generators (jaxrs-spec,
# spring, ...). The resource classes implement interfaces that exist only in the build output, so the code's route
# scan sees none of the spec's operations.
_GENERATED_SERVER = re.compile(r"^[ \t]*quarkus\.openapi\.generator\.server\.spec\s*[=:]|"
                               r"quarkus-openapi-generator-server\b|<generatorName>\s*(?:jaxrs-[\w-]+|spring|"
                               r"java-undertow-server|java-vertx-web|java-microprofile)\s*</generatorName>|generatorName"
                               r"\s*(?:=|\.set\(|:)\s*[\"'](?:jaxrs-[\w-]+|spring)[\"']", re.M)


def generated_servers(ctx: Context) -> dict[str, str]:
    """Module root ("" for the repository's root) -> `file:line` of the build setting that generates the module's
    server interfaces from its OpenAPI spec at build time."""
    modules: dict[str, str] = {}
    for rel in ctx.files.files:
        name = rel.rsplit("/", 1)[-1]
        if not (name in ("pom.xml", "build.gradle", "build.gradle.kts") or
                (name.startswith("application") and name.endswith((".properties", ".yaml", ".yml")))):
            continue
        text = ctx.files.read_text(rel) or ""
        if m := _GENERATED_SERVER.search(text):
            root = rel.split("src/main/", 1)[0].rstrip("/") if "src/main/" in rel else rel.rpartition("/")[0]
            modules.setdefault(root, f"{rel}:{text.count(chr(10), 0, m.start()) + 1}")
    return modules


def generated_server_of(spec_path: str, servers: dict[str, str]) -> str | None:
    """The generator setting (`file:line`) of the module the spec belongs to, when that module generates its server
    from its spec."""
    for root, where in sorted(servers.items(), key=lambda kv: -len(kv[0])):
        if not root or spec_path.startswith(root + "/"):
            return where
    return None
