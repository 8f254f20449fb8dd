"""routes.py: routes declared in code, by AST (Python) and by pattern (JS, Go, Java)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.sources.routes import Route, code_routes, normalize_template


def routes_of(root: Path) -> list[Route]:
    return Context(root, Config()).use(code_routes).routes


def by_key(routes: list[Route]) -> dict[tuple[str, str], Route]:
    return {(r.method, r.path): r for r in routes}


FASTAPI_MAIN = '''
from fastapi import Depends, FastAPI, Security
from .routers import items
from app.routers.admin import router as admin_router
from .auth import get_current_user

app = FastAPI()
app.include_router(items.router, prefix="/api")
app.include_router(admin_router, prefix="/api", dependencies=[Depends(get_current_user)])

@app.get("/healthz")
def health():
    return {"ok": True}

@app.post("/login")
async def login(user=Security(get_current_user, scopes=["me"])):
    return user
'''

FASTAPI_ITEMS = '''
from typing import Annotated
from fastapi import APIRouter, Depends
from ..auth import get_current_user

router = APIRouter(prefix="/items")

@router.get("/{item_id}")
def read_item(item_id: int, user: Annotated[dict, Depends(get_current_user)]):
    return {}

@router.api_route("", methods=["GET", "POST"])
def list_items():
    return []

config = {}
value = config.get("key")
'''

FASTAPI_ADMIN = '''
from fastapi import APIRouter
router = APIRouter(prefix="/admin")

@router.delete("/users/{uid}")
def delete_user(uid: str):
    pass
'''


def test_fastapi_routes_with_prefixes_and_dependencies(tmp_path: Path) -> None:
    write(tmp_path, {
        "app/__init__.py": "", "app/main.py": FASTAPI_MAIN, "app/auth.py": "def get_current_user(): ...\n",
        "app/routers/__init__.py": "", "app/routers/items.py": FASTAPI_ITEMS, "app/routers/admin.py": FASTAPI_ADMIN,
        "tests/test_api.py": '@app.get("/not-a-route")\ndef t(): ...\n',
    })
    routes = by_key(routes_of(tmp_path))
    assert set(routes) == {("GET", "/healthz"), ("POST", "/login"), ("GET", "/api/items/{item_id}"),
                           ("GET", "/api/items"), ("POST", "/api/items"), ("DELETE", "/api/admin/users/{uid}")}
    assert routes[("GET", "/healthz")].auth_hints == []
    assert routes[("GET", "/healthz")].framework == "fastapi"
    assert routes[("POST", "/login")].auth_hints == ["Security(get_current_user, scopes=['me'])"]
    assert routes[("GET", "/api/items/{item_id}")].auth_hints == ["Depends(get_current_user)"]
    assert routes[("GET", "/api/items/{item_id}")].file == "app/routers/items.py"
    assert routes[("GET", "/api/items/{item_id}")].line == 8
    assert routes[("DELETE", "/api/admin/users/{uid}")].auth_hints == ["Depends(get_current_user)"]
    assert routes[("GET", "/api/items")].auth_hints == []


def test_flask_blueprints_and_decorators(tmp_path: Path) -> None:
    write(tmp_path, {"web.py": '''
from flask import Blueprint, Flask
from flask_login import login_required

app = Flask(__name__)
bp = Blueprint("orders", __name__, url_prefix="/orders")

@app.route("/")
def index(): ...

@bp.route("/<int:order_id>", methods=["GET", "DELETE"])
@login_required
def order(order_id): ...

app.register_blueprint(bp, url_prefix="/v1")
'''})
    routes = by_key(routes_of(tmp_path))
    assert set(routes) == {("GET", "/"), ("GET", "/v1/orders/<int:order_id>"), ("DELETE", "/v1/orders/<int:order_id>")}
    assert routes[("DELETE", "/v1/orders/<int:order_id>")].auth_hints == ["@login_required"]
    assert routes[("GET", "/")].framework == "flask"


def test_django_urls_with_include(tmp_path: Path) -> None:
    write(tmp_path, {
        "site/urls.py": 'from django.urls import include, path\nurlpatterns = [path("api/", include("shop.urls"))]\n',
        "shop/urls.py": '''
from django.contrib.auth.decorators import login_required
from django.urls import path
from . import views
urlpatterns = [
    path("products/<int:pk>/", views.product, name="product"),
    path("cart/", login_required(views.cart)),
]
''',
    })
    routes = by_key(routes_of(tmp_path))
    assert ("ANY", "/api/products/<int:pk>/") in routes
    assert routes[("ANY", "/api/cart/")].auth_hints == ["login_required"]
    assert normalize_template("/api/products/<int:pk>/") == "/api/products/{}"


def test_django_regex_routes_are_read_as_paths(tmp_path: Path) -> None:
    """`re_path(r"^\\.well-known/jwks.json$")` serves /.well-known/jwks.json: the escapes of a regular
    expression are not part of the path (a real service's JWKS endpoint was reported unprotected)."""
    write(tmp_path, {"site/urls.py": 'from django.urls import path, re_path\nfrom . import views\nurlpatterns = [\n'
                                     '    re_path(r"^\\.well-known/jwks\\.json$", views.jwks),\n'
                                     '    path("a.b/", views.ab),\n'
                                     '    re_path(r"^thumb/(?P<pk>[0-9(]+)/(?P<size>\\d+)/'
                                     '(?:(?P<fmt>[a-z]+)/)?$", v),\n]\n'})
    routes = by_key(routes_of(tmp_path))
    assert set(routes) == {("ANY", "/.well-known/jwks.json"), ("ANY", "/a.b/"),
                           ("ANY", "/thumb/<pk>/<size>/(?:<fmt>/)?")}


def test_express_go_and_spring_by_pattern(tmp_path: Path) -> None:
    write(tmp_path, {
        "server.js": "const app = express();\napp.get('/users/:id', authenticate, (req, res) => {});\n"
                     "router.post(\"/users\", createUser);\n",
        "server.test.js": "app.get('/ignored', h);\n",
        "main.go": 'http.HandleFunc("/healthz", health)\nmux.HandleFunc("GET /items/{id}", requireAuth(items))\n'
                   'r.GET("/orders/:id", getOrder)\nr.Get("/chi/{slug}", h)\n',
        "src/main/java/Api.java": '@RestController\n@RequestMapping("/api")\npublic class Api {\n'
                                  '  @PreAuthorize("hasRole(\'ADMIN\')")\n  @GetMapping("/things/{id}")\n'
                                  '  public Thing get() {}\n}\n',
    })
    routes = by_key(routes_of(tmp_path))
    assert routes[("GET", "/users/:id")].auth_hints == ["authenticate"]
    assert routes[("POST", "/users")].framework == "express"
    assert ("GET", "/ignored") not in routes
    assert routes[("ANY", "/healthz")].framework == "go"
    assert routes[("GET", "/items/{id}")].auth_hints == ["requireAuth"]
    assert ("GET", "/orders/:id") in routes and ("GET", "/chi/{slug}") in routes
    assert routes[("GET", "/api/things/{id}")].auth_hints == ["PreAuthorize(\"hasRole('ADMIN')\")"]


GIN_GROUPS = """package main

func main() {
	r := gin.Default()
	r.GET("/healthz", health)
	api := r.Group("/api/v1")
	api.Use(gin.Logger(), AuthRequired())
	api.GET("/orders/:id", getOrder)
	admin := api.Group("/admin", RequireRole("admin"))
	admin.DELETE("/users/:id", deleteUser)
	public := r.Group("/public", gin.Recovery())
	public.POST("/signup", signup)
}
"""


def test_gin_groups_carry_prefix_and_middleware(tmp_path: Path) -> None:
    write(tmp_path, {"main.go": GIN_GROUPS})
    routes = by_key(routes_of(tmp_path))
    assert set(routes) == {("GET", "/healthz"), ("GET", "/api/v1/orders/:id"), ("DELETE", "/api/v1/admin/users/:id"),
                           ("POST", "/public/signup")}
    assert routes[("GET", "/api/v1/orders/:id")].auth_hints == ["AuthRequired()"]
    assert routes[("DELETE", "/api/v1/admin/users/:id")].auth_hints == ["AuthRequired()", 'RequireRole("admin")']
    assert routes[("POST", "/public/signup")].auth_hints == [] and routes[("GET", "/healthz")].auth_hints == []


def test_actix_routes(tmp_path: Path) -> None:
    write(tmp_path, {"src/main.rs": '#[get("/orders/{id}")]\nasync fn order(p: web::Path<u32>) -> impl Responder {}\n'
                                    'App::new().service(web::resource("/items").route(web::post().to(add))'
                                    '.wrap(HttpAuthentication::bearer(validator)))\n'})
    routes = by_key(routes_of(tmp_path))
    assert routes[("GET", "/orders/{id}")].framework == "actix"
    assert routes[("POST", "/items")].auth_hints == ["HttpAuthentication::bearer(validator"]


def test_actix_resource_wrapped_in_a_logger_is_not_guarded(tmp_path: Path) -> None:
    # any .wrap(...) on a resource counted as its auth: a logger or a metrics middleware made the route pass
    write(tmp_path, {"src/main.rs": 'App::new().service(web::resource("/orders").route(web::post().to(create))'
                                    '.wrap(Logger::default()).wrap(RequestMetrics::default()))\n'})
    assert by_key(routes_of(tmp_path))[("POST", "/orders")].auth_hints == []


def test_fastapi_dependency_aliases_count_and_plumbing_does_not(tmp_path: Path) -> None:
    """FastAPI's documented `CurrentUser = Annotated[User, Depends(get_current_user)]` protects a route
    wherever it is used (same module, imported by name, through the module, defined inside a function);
    a database session or settings dependency (inline or aliased) protects nothing."""
    write(tmp_path, {
        "app/__init__.py": "",
        "app/deps.py": "from typing import Annotated\nfrom fastapi import Depends, Security\n"
                       "CurrentUser = Annotated[dict, Depends(get_current_user)]\n"
                       "Admin = Annotated[dict, Security(get_current_user, scopes=['admin'])]\n"
                       "SessionDep = Annotated[object, Depends(get_db)]\n",
        "app/main.py": (
            "from typing import Annotated\nfrom fastapi import Depends, FastAPI\n"
            "from app import deps\nfrom app.deps import CurrentUser, SessionDep\n"
            "app = FastAPI()\n"
            "def reader(authorization: str = Header()) -> dict: ...\n"  # reads the credential: guards
            "Reader = Annotated[dict, Depends(reader)]\n"
            "@app.get('/local')\ndef local(user: Reader): ...\n"
            "@app.get('/imported')\ndef imported(user: CurrentUser, session: SessionDep): ...\n"
            "@app.get('/through-module')\ndef through(user: deps.Admin): ...\n"
            "@app.get('/session-only')\ndef session_only(session: SessionDep): ...\n"
            "@app.get('/inline-db')\ndef inline_db(db=Depends(get_db)): ...\n"
            "def install(app):\n"
            "    Signed = Annotated[dict, Depends(signed_in('read'))]\n"
            "    @app.get('/nested')\n    def nested(who: Signed): ...\n"),
    })
    got = {r.path: r.auth_hints for r in routes_of(tmp_path)}
    assert got["/local"] == ["Reader = Depends(reader)"]
    assert got["/imported"] == ["CurrentUser = Depends(get_current_user)"]
    assert got["/through-module"] == ["Admin = Security(get_current_user, scopes=['admin'])"]
    assert got["/nested"] == ["Signed = Depends(signed_in('read'))"]
    assert got["/session-only"] == [] and got["/inline-db"] == []


def test_only_dependencies_and_decorators_that_guard_count_as_auth(tmp_path: Path) -> None:
    """Any Depends() used to count: FastAPI's own `Depends(common_parameters)`, a service or a cache
    decorator passed a route as guarded (a false pass on a critical item). A dependency counts when it is
    named for access control or, found among the modules, itself authenticates (its own auth dependency,
    a credential header, a verified token, a 401/403)."""
    write(tmp_path, {"app/main.py": (
        "from fastapi import Depends, FastAPI, Header, HTTPException, status\n"
        "app = FastAPI()\n"
        "def common_parameters(q: str | None = None, limit: int = 100): return {'q': q}\n"
        "def get_order_service(): return object()\n"
        "def caller(x_api_key: str = Header()): return keys.owner(x_api_key)\n"
        "def only_staff(user=Depends(caller)): return user\n"
        "def echo(x_api_key: str = Header()): return x_api_key\n"
        "def gatekeeper(request):\n"
        "    if not request.cookies.get('sid'):\n"
        "        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)\n"
        "@app.get('/items')\ndef items(commons: dict = Depends(common_parameters)): ...\n"
        "@app.get('/orders')\ndef orders(svc=Depends(get_order_service)): ...\n"
        "@app.get('/cached')\n@cache(expire=60)\n@limiter.limit('5/minute')\ndef cached(): ...\n"
        "@app.get('/staff')\ndef staff(user=Depends(only_staff)): ...\n"
        "@app.get('/echo')\ndef echo_view(key=Depends(echo)): ...\n"
        "@app.get('/gated', dependencies=[Depends(gatekeeper)])\ndef gated(): ...\n"
        "@app.get('/me')\ndef me(user=Depends(get_current_user)): ...\n"
        "@app.get('/login-required')\n@login_required\ndef page(): ...\n")})
    got = {r.path: r.auth_hints for r in routes_of(tmp_path)}
    assert got["/items"] == [] and got["/orders"] == [] and got["/cached"] == []
    assert got["/staff"] == ["Depends(only_staff)"]  # only_staff -> caller -> reads X-API-Key, looks it up
    assert got["/echo"] == []  # reads the key and hands it on unchecked: any value gets in (pass-audit3)
    assert got["/gated"] == ["Depends(gatekeeper)"]  # raises 401
    assert got["/me"] == ["Depends(get_current_user)"] and got["/login-required"] == ["@login_required"]


def test_templates_normalise_across_frameworks() -> None:
    for path in ("/items/{id}", "/items/<id>", "/items/<int:id>", "/items/:id", "/items/{id:[0-9]+}", "items/{id}/"):
        assert normalize_template(path) == "/items/{}"


def test_bad_python_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("def x(:\n")
    (tmp_path / "binary.py").write_bytes(b"\x00\x01\xff" * 100)
    (tmp_path / "latin1.py").write_bytes('@app.get("/caf\xe9")\ndef f(): ...\n'.encode("latin-1"))
    result = Context(tmp_path, Config()).use(code_routes)
    messages = {p.path: p.message for p in result.problems}
    assert "syntax error" in messages["broken.py"]
    assert "binary" in messages["binary.py"]
    assert len(result.routes) == 1 and result.routes[0].file == "latin1.py"


def test_huge_python_file_is_parsed_once(tmp_path: Path) -> None:
    lines = ["from fastapi import FastAPI", "app = FastAPI()"]
    for i in range(3000):
        lines += [f'@app.get("/r{i}")', f"def r{i}():", "    return 1"]
    (tmp_path / "big.py").write_text("\n".join(lines) + "\n")
    assert len(routes_of(tmp_path)) == 3000


def test_express_mounts_chains_and_clients(tmp_path: Path) -> None:
    write(tmp_path, {
        "src/app.js": "const express = require('express');\nconst users = require('./routes/users');\n"
                      "const app = express();\nconst admin = express.Router();\n"
                      "admin.delete('/cache', (req, res) => {});\n"
                      "app.use('/api/users', requireLogin, users);\napp.use('/admin', admin);\n"
                      "axios.get('/elsewhere');\n",
        "src/routes/users.js": "const router = require('express').Router();\n"
                               "router.route('/:id')\n  .get(show)\n  .put(authorize('owner'), update);\n"
                               "module.exports = router;\n",
    })
    routes = by_key(routes_of(tmp_path))
    assert set(routes) == {("DELETE", "/admin/cache"), ("GET", "/api/users/:id"), ("PUT", "/api/users/:id")}
    assert routes[("PUT", "/api/users/:id")].auth_hints == ["requireLogin", "authorize('owner')"]
    assert routes[("PUT", "/api/users/:id")].line == 4


def test_nestjs_controllers(tmp_path: Path) -> None:
    write(tmp_path, {"src/orders.controller.ts": """
@UseGuards(AuthGuard('jwt'))
@Controller('orders')
export class OrdersController {
  @Get(':id')
  findOne() {}

  @Roles('admin')
  @Delete(':id')
  remove() {}
}

@Controller()
export class HealthController {
  @Public()
  @Get('healthz')
  health() {}
}
"""})
    routes = by_key(routes_of(tmp_path))
    assert routes[("GET", "/orders/:id")].auth_hints == ["UseGuards(AuthGuard('jwt'))"]
    assert routes[("DELETE", "/orders/:id")].auth_hints == ["UseGuards(AuthGuard('jwt'))", "Roles('admin')"]
    assert routes[("GET", "/healthz")].auth_hints == ["Public()"]
    assert routes[("GET", "/healthz")].framework == "nestjs"


def test_imperative_registration(tmp_path: Path) -> None:
    write(tmp_path, {"svc.py": '''
from fastapi import APIRouter, Depends, FastAPI
from flask import Flask
from flask_login import login_required

api = FastAPI()
router = APIRouter(prefix="/v2")

def secure(user=Depends(current_user)): ...

router.add_api_route("/things", secure, methods=["POST"])
api.include_router(router)

web = Flask(__name__)
web.add_url_rule("/profile", view_func=login_required(profile))
'''})
    routes = by_key(routes_of(tmp_path))
    assert routes[("POST", "/v2/things")].auth_hints == ["Depends(current_user)"]
    assert routes[("GET", "/profile")].auth_hints == ["login_required"]
    assert routes[("GET", "/profile")].framework == "flask"


_FRAGMENTS = st.sampled_from([
    "app.get('/x/:id', auth, h);", "router.route('/r').get(", ".post(h)", "app.use('/p', ", "require('./",
    "@Controller('c')", "@Get(':id')", "@UseGuards(", "http.HandleFunc(\"GET /a/{b}\", h)", "r.GET(\"/g\", h)",
    "@RequestMapping(\"/m\")", "@GetMapping(", ")", "(", "'", "\"", "`", "\n", "{", "}", ";", "@app.get(\"/f\")\n",
    "def f(x=Depends(", "APIRouter(prefix=", "include_router(", "path(\"u/\", include(", "\x00", "é",
])


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.one_of(_FRAGMENTS, st.text(max_size=6)), max_size=30),
       suffix=st.sampled_from([".js", ".ts", ".go", ".java", ".py"]))
def test_route_readers_never_raise(tmp_path_factory: pytest.TempPathFactory, parts: list[str], suffix: str) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    (root / f"main{suffix}").write_text("".join(parts), encoding="utf-8", errors="surrogatepass")
    (root / "urls.py").write_text("".join(parts), encoding="utf-8", errors="surrogatepass")
    result = Context(root, Config()).use(code_routes)
    for route in result.routes:
        assert route.method and isinstance(route.template, str)


def test_a_decorator_is_judged_by_its_name_not_its_arguments(tmp_path: Path) -> None:
    """`@require_setting("TELEGRAM_TOKEN")` and `@cache(key_prefix="session")` guard nothing, though their
    arguments mention tokens and sessions; Django's and Starlette's guards still count (a false pass on a
    required item is the worst outcome, so only the decorator's own name is read)."""
    from tests.helpers import findings, scan

    from deploycheck.model import Status

    write(tmp_path, {"app.py": '''
from flask import Flask
app = Flask(__name__)

@app.route("/hooks/telegram", methods=["POST"])
@require_setting("TELEGRAM_TOKEN")
def telegram(): ...

@app.route("/orders")
@cache(key_prefix="session")
def orders(): ...

@app.route("/admin/users")
@staff_member_required
def users(): ...

@app.route("/reports")
@requires("authenticated")
def reports(): ...
'''})
    result = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    failed = sorted(f.message.split(" (")[0] for f in result if f.status == Status.FAIL)
    assert failed == ["GET /orders", "POST /hooks/telegram"], [f.message for f in result]


def test_a_view_that_checks_the_credential_itself_is_protected(tmp_path: Path) -> None:
    """A Django view that reads the Authorization header and answers 401/403 without a valid key guards
    itself (a real service's metrics endpoint); reading the header without ever refusing does not."""
    from tests.helpers import findings, scan

    from deploycheck.model import Status

    write(tmp_path, {"hc/urls.py": 'from django.urls import path\nfrom . import views\nurlpatterns = [\n'
                                   '    path("metrics/", views.metrics),\n    path("echo/", views.echo),\n]\n',
                     "hc/views.py": '''
from django.http import HttpResponse, HttpResponseForbidden

@require_setting("PROMETHEUS_ENABLED")
def metrics(request):
    key = request.headers.get("Authorization", "")
    if not key.startswith("Bearer "):
        return HttpResponse(status=401)
    if not valid(key):
        return HttpResponseForbidden()
    return HttpResponse("ok")

def echo(request):
    return HttpResponse(request.headers.get("Authorization", ""))
'''})
    result = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    failed = sorted(f.message.split(" (")[0] for f in result if f.status == Status.FAIL)
    assert failed == ["ANY /echo/"], [f.message for f in result]


def test_an_express_layer_guards_its_own_router_and_prefix_only(tmp_path: Path) -> None:
    """`router.use(auth)` guards that router's routes, not the app's declared after it; `app.use('/admin',
    auth)` guards /admin only. Both used to cover every later route of the file (a false pass)."""
    from tests.helpers import findings, scan

    from deploycheck.model import Status

    write(tmp_path, {"server.js": """
const express = require('express');
const app = express();
const router = express.Router();
router.use(requireAuth);
router.get('/orders', listOrders);
app.get('/payments', listPayments);
app.use('/admin', authenticate);
app.get('/admin/users', listUsers);
app.get('/reports', listReports);
app.use(checkJwt);
app.get('/invoices', listInvoices);
app.use('/api', router);
"""})
    result = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    failed = sorted(f.message.split(" (")[0] for f in result if f.status == Status.FAIL)
    assert failed == ["GET /payments", "GET /reports"], [f.message for f in result]


# hmpps-alerts-api (bench/accuracy, Kotlin): `class` starts its line under the class-level @RequestMapping, and
# @PreAuthorize sits below @GetMapping, under @Operation/@ApiResponses whose arguments hold parentheses and arrays.
KOTLIN_CONTROLLER = '''\
@RestController
@RequestMapping("/alerts", produces = [MediaType.APPLICATION_JSON_VALUE])
class AlertsController(private val alertService: AlertService) {

  @Tag(name = RO_OPERATIONS)
  @ResponseStatus(HttpStatus.OK)
  @GetMapping("/{alertUuid}")
  @Operation(
    summary = "Get an alert by its unique identifier (or not)",
    description = "Returns the alert with the matching identifier.",
  )
  @ApiResponses(
    value = [
      ApiResponse(
        responseCode = "200",
        content = [Content(schema = Schema(implementation = Alert::class))],
      ),
    ],
  )
  @PreAuthorize("hasAnyRole('$ROLE_PRISONER_ALERTS__RO', '$ROLE_PRISONER_ALERTS__RW')")
  @UsernameHeader
  fun retrieveAlert(
    @PathVariable alertUuid: UUID,
  ): Alert = alertService.retrieveAlert(alertUuid, AlertRequestContext.get())

  @ResponseStatus(HttpStatus.ACCEPTED)
  @PostMapping("/inactive")
  @Operation(summary = "Publish inactive events")
  fun publishInactiveEvents() {
    alertService.publishInactive()
  }
}
'''


def test_kotlin_spring_controller_prefix_and_annotations_below_the_mapping(tmp_path: Path) -> None:
    write(tmp_path, {"src/main/kotlin/AlertsController.kt": KOTLIN_CONTROLLER})
    routes = {(r.method, r.path): r for r in routes_of(tmp_path)}
    assert set(routes) == {("GET", "/alerts/{alertUuid}"), ("POST", "/alerts/inactive")}
    assert routes[("GET", "/alerts/{alertUuid}")].auth_hints == [
        "PreAuthorize(\"hasAnyRole('$ROLE_PRISONER_ALERTS__RO', '$ROLE_PRISONER_ALERTS__RW')\")"]
    # the next handler's annotations are not this one's: the unguarded POST keeps no hint
    assert routes[("POST", "/alerts/inactive")].auth_hints == []


def test_spring_class_level_guard_covers_every_handler(tmp_path: Path) -> None:
    # hmpps-alerts-api's AlertCodeRestrictionsController: @PreAuthorize on the class, none on the handlers
    restricted = KOTLIN_CONTROLLER.replace(
        '@RequestMapping("/alerts", produces = [MediaType.APPLICATION_JSON_VALUE])\n',
        '@RequestMapping("/alerts", produces = [MediaType.APPLICATION_JSON_VALUE])\n'
        '@PreAuthorize("hasAnyRole(\'$ROLE_PRISONER_ALERTS__PRISONER_ALERTS_ADMINISTRATION_UI\')")\n')
    write(tmp_path, {"src/main/kotlin/AlertsController.kt": restricted})
    routes = {(r.method, r.path): r for r in routes_of(tmp_path)}
    assert all(any("ADMINISTRATION_UI" in h for h in r.auth_hints) for r in routes.values()), routes


def test_spring_annotation_blocks_stay_linear_on_a_file_of_mappings() -> None:
    # every mapping reads the annotation lines above and below it: bounded by its neighbours, a file of 20,000
    # mappings (one per line, or all on one line) is read in about a second, not in the minutes a walk over the
    # whole text per mapping took (36 s on the first version)
    import time

    from deploycheck.sources.routes import _java_routes

    for text in ('@RestController\nclass A {\n' + '@GetMapping("/x")\n' * 20_000 + "}\n",
                 '@RestController\nclass A {\n' + '@GetMapping("/x") ' * 20_000 + "}\n"):
        started = time.process_time()
        assert len(_java_routes("A.kt", text)) == 20_000
        assert time.process_time() - started < 8
