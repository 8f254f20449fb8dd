"""openapi.py: discovery, validation, operations, security schemes; hostile specs never crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.helpers import findings, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.openapi import ApiDocs, api_docs, parse_spec

SPEC_V3 = """
openapi: 3.0.3
info: {title: Items, version: "1"}
servers: [{url: https://api.example.com/v1}]
security: [{oauth: [items:read]}]
paths:
  /items/{id}:
    get:
      summary: Read an item
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Item"}}}
        "404": {$ref: "#/components/responses/NotFound"}
  /healthz:
    get:
      security: []
      responses: {"204": {description: alive}}
components:
  schemas:
    Item: {type: object}
  responses:
    NotFound: {description: missing, content: {application/json: {schema: {type: object}}}}
  securitySchemes:
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: "https://auth.example.com/token", scopes: {items:read: read}}}
    key: {type: apiKey, in: header, name: X-API-Key}
"""

SPEC_V2 = json.dumps({
    "swagger": "2.0", "info": {"title": "Old", "version": "1"}, "basePath": "/api",
    "securityDefinitions": {"basic": {"type": "basic"}},
    "paths": {"/users": {"post": {"summary": "Create", "security": [{"basic": []}],
                                  "responses": {"201": {"description": "made", "schema": {"type": "object"}}}}}},
})


def docs_of(root: Path) -> ApiDocs:
    return Context(root, Config()).use(api_docs)


def test_v3_operations_security_and_schemes(tmp_path: Path) -> None:
    write(tmp_path, {"api/openapi.yaml": SPEC_V3, "events/asyncapi.yaml": "asyncapi: 2.6.0\n",
                     "proto/items.proto": 'syntax = "proto3";\n', "k8s/deploy.yaml": "kind: Deployment\n"})
    docs = docs_of(tmp_path)
    assert docs.asyncapi == ["events/asyncapi.yaml"] and docs.proto == ["proto/items.proto"]
    [spec] = docs.specs
    assert spec.valid is True and spec.errors == []
    assert spec.base_path == "/v1"
    ops = {(o.method, o.path): o for o in spec.operations}
    item = ops[("GET", "/items/{id}")]
    assert item.summary == "Read an item" and item.security_source == "global" and item.requires_auth
    assert [(r.status, r.has_schema) for r in item.responses] == [("200", True), ("404", True)]
    health = ops[("GET", "/healthz")]
    assert health.security == [] and health.security_source == "operation" and not health.requires_auth
    assert spec.line_of(item.pointer) == 8  # the `get:` line
    assert docs.security_schemes["oauth"].urls() == ["https://auth.example.com/token"]
    assert docs.security_schemes["key"].location == "header"


def test_swagger_2_json(tmp_path: Path) -> None:
    write(tmp_path, {"swagger.json": SPEC_V2})
    [spec] = docs_of(tmp_path).specs
    assert spec.kind == "swagger" and spec.valid is True and spec.base_path == "/api"
    [op] = spec.operations
    assert op.method == "POST" and op.responses[0].has_schema and op.security == [{"basic": []}]
    assert spec.security_schemes["basic"].type == "basic"


def test_invalid_and_broken_specs_are_problems(tmp_path: Path) -> None:
    write(tmp_path, {
        "invalid/openapi.yaml": "openapi: 3.0.0\ninfo: {title: x}\npaths:\n  /a:\n    get: {}\n",
        "broken/openapi.yaml": "openapi: 3.0.0\npaths: [\n",
        "empty/swagger.yaml": "just: a map\n",
        "remote/openapi.yaml": "openapi: 3.0.0\ninfo: {title: r, version: '1'}\npaths:\n  /a:\n    get:\n"
                               "      responses: {'200': {$ref: 'http://127.0.0.1:9/nope.yaml'}}\n",
    })
    docs = docs_of(tmp_path)
    specs = {s.path: s for s in docs.specs}
    assert specs["invalid/openapi.yaml"].valid is False
    assert any("version" in e or "responses" in e for e in specs["invalid/openapi.yaml"].errors)
    problems = {p.path: p for p in docs.problems}
    assert "cannot parse" in problems["broken/openapi.yaml"].message
    assert problems["broken/openapi.yaml"].line is not None
    assert "neither" in problems["empty/swagger.yaml"].message
    # A remote $ref is never fetched: validation reports it instead.
    assert specs["remote/openapi.yaml"].valid is False


def test_binary_spec_name(tmp_path: Path) -> None:
    (tmp_path / "openapi.json").write_bytes(b"\x00\xff\xfe binary")
    docs = docs_of(tmp_path)
    assert docs.specs == [] and docs.problems and docs.problems[0].path == "openapi.json"


def test_petstore_security_schemes(corpus: Path) -> None:
    root = corpus / "swagger-petstore"
    if not root.is_dir():
        pytest.skip("swagger-petstore not in the corpus")
    docs = docs_of(root)
    schemes = docs.security_schemes
    assert schemes["petstore_auth"].type == "oauth2"
    assert schemes["petstore_auth"].flows["implicit"]["authorizationUrl"].startswith("https://")
    assert schemes["api_key"].type == "apiKey" and schemes["api_key"].location == "header"
    assert all(s.valid for s in docs.specs) and len(docs.operations) == 19


# --- property-based: mutated specs never raise ------------------------------------------------------

_BASE: dict[str, Any] = __import__("yaml").safe_load(SPEC_V3)
_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                  st.lists(st.text(max_size=4), max_size=3))
_json = st.recursive(_leaf, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                     st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                     max_leaves=10)
_keys = st.sampled_from(["openapi", "swagger", "paths", "components", "security", "servers", "info",
                         "/items/{id}", "get", "responses", "200", "$ref", "content", "securitySchemes",
                         "flows", "securityDefinitions", "basePath", "summary", "schema", "in", "type"])


def _mutate(doc: Any, path: list[str], value: Any) -> Any:
    if not path:
        return value
    if isinstance(doc, dict):
        out = dict(doc)
        out[path[0]] = _mutate(doc.get(path[0]), path[1:], value)
        return out
    return {path[0]: _mutate(None, path[1:], value)}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.lists(_keys, min_size=1, max_size=5), value=_json, as_json=st.booleans())
def test_mutated_specs_never_raise(path: list[str], value: Any, as_json: bool) -> None:
    doc = _mutate(_BASE, path, value)
    text = json.dumps(doc) if as_json else __import__("yaml").safe_dump(doc)
    spec, problem = parse_spec("openapi.json" if as_json else "openapi.yaml", text)
    assert spec is not None or problem is not None or not (isinstance(doc, dict) and
                                                           ("openapi" in doc or "swagger" in doc))
    if spec is not None:
        for op in spec.operations:
            assert op.method and isinstance(op.requires_auth, bool)
        for scheme in spec.security_schemes.values():
            scheme.urls()


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    parse_spec("openapi.yaml", "openapi: 3.0.0\n" + text)


INT_CODES = """openapi: 3.0.3
info: {title: shop, version: "1"}
paths:
  /orders:
    get:
      summary: list orders
      responses:
        200: {description: the orders}
        404: {description: none}
"""


def test_unquoted_integer_response_codes_are_valid() -> None:
    # most hand-written specs write `200:`; YAML reads an int key, OpenAPI means the string "200"
    spec, problem = parse_spec("openapi.yaml", INT_CODES)
    assert problem is None and spec is not None
    assert spec.valid is True and spec.errors == []
    # a real mistake next to integer codes is still reported
    broken, _ = parse_spec("openapi.yaml", INT_CODES.replace("{description: none}", "{summary: none}"))
    assert broken is not None and broken.valid is False and 'responses["404"]' in " ".join(broken.errors)


FASTAPI_MAIN = """\
from fastapi import FastAPI

from app.api.routes.api import router as api_router
from app.core.config import get_app_settings


def get_application() -> FastAPI:
    settings = get_app_settings()
    application = FastAPI(**settings.fastapi_kwargs)
    application.include_router(api_router, prefix=settings.api_prefix)
    return application


app = get_application()
"""
FASTAPI_ROUTES = """\
from fastapi import APIRouter

router = APIRouter()


@router.get("/articles")
async def list_articles() -> list:
    return []


@router.post("/articles")
async def create_article() -> dict:
    return {}
"""


def test_fastapi_routes_are_described_by_the_document_fastapi_serves(tmp_path: Path) -> None:
    # fastapi-realworld (bench/accuracy): FastAPI(**settings.fastapi_kwargs) serves /openapi.json (settings:
    # openapi_url = "/openapi.json"), as springdoc and Swashbuckle serve theirs; openapi_url=None turns it off.
    write(tmp_path / "on", {"app/main.py": FASTAPI_MAIN, "app/api/routes/api.py": FASTAPI_ROUTES})
    [finding] = findings(scan(tmp_path / "on", only=("api-docs/spec-present",)), "api-docs/spec-present")
    assert finding.status is Status.PASS and "FastAPI: /openapi.json from the app made in app/main.py:9" \
        in finding.message
    off = FASTAPI_MAIN.replace("FastAPI(**settings.fastapi_kwargs)", "FastAPI(openapi_url=None)")
    write(tmp_path / "off", {"app/main.py": off, "app/api/routes/api.py": FASTAPI_ROUTES})
    [finding] = findings(scan(tmp_path / "off", only=("api-docs/spec-present",)), "api-docs/spec-present")
    assert finding.status is Status.FAIL


def test_fastapi_docs_decided_at_run_time_are_not_counted_as_served(tmp_path: Path) -> None:
    # Production apps often switch the description off by environment; the scan cannot know which branch
    # production takes, so neither form may pass spec-present on the strength of a served document.
    conditional = FASTAPI_MAIN.replace(
        "FastAPI(**settings.fastapi_kwargs)",
        'FastAPI(openapi_url=None if settings.env == "prod" else "/openapi.json")')
    settings_off = FASTAPI_MAIN + """

class Settings:
    openapi_url: str | None = None

    @property
    def fastapi_kwargs(self) -> dict:
        return {"openapi_url": self.openapi_url}
"""
    settings_on = settings_off.replace("openapi_url: str | None = None", 'openapi_url: str = "/openapi.json"')
    literal = FASTAPI_MAIN.replace("FastAPI(**settings.fastapi_kwargs)", 'FastAPI(openapi_url="/api/openapi.json")')
    expected = {"conditional": Status.FAIL, "settings_off": Status.FAIL, "settings_on": Status.PASS,
                "literal": Status.PASS}
    for name, main in (("conditional", conditional), ("settings_off", settings_off), ("settings_on", settings_on),
                       ("literal", literal)):
        write(tmp_path / name, {"app/main.py": main, "app/api/routes/api.py": FASTAPI_ROUTES})
        [finding] = findings(scan(tmp_path / name, only=("api-docs/spec-present",)), "api-docs/spec-present")
        assert finding.status is expected[name], (name, finding.message)
