"""Route readers and the route-auth / spec-matches-code gaps left after the night session (acc-routes, issue 8):
Go paths made by fmt.Sprintf, JAX-RS resources inherited from an abstract base class and request filters,
specs compared with the routes of the service they document, explicit opt-outs."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, open_route_messages, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes

ROUTE_AUTH = "endpoint-security/route-auth"
SPEC_MATCHES = "api-docs/spec-matches-code"


def _open(tmp_path: Path) -> list[str]:
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    return sorted(" ".join(m.split()[:2]) for m in open_route_messages(result))


# --- Go: fmt.Sprintf paths ----------------------------------------------------------------------------------------

GO_SPRINTF = """\
package web

const apiBase = "/api/v1"

// FileServer serves files under the caller's path (ardanlabs' foundation/web).
func (a *App) FileServer(static embed.FS, path string) {
	a.mux.Handle(fmt.Sprintf("GET %s", path), http.FileServer(http.FS(static)))
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc(fmt.Sprintf("GET %s/items", apiBase), listItems)
	mux.HandleFunc(fmt.Sprintf("%s %s/items", "POST", apiBase), createItem)
}
"""


def test_go_sprintf_paths_resolve_constants_and_drop_parameters(tmp_path: Path) -> None:
    # ardanlabs: `a.mux.Handle(fmt.Sprintf("GET %s", path), ...)` came out as the route `GET %s`
    write(tmp_path, {"web/web.go": GO_SPRINTF})
    result = Context(tmp_path, Config()).use(code_routes)
    assert sorted((r.method, r.path) for r in result.routes) == [("GET", "/api/v1/items"), ("POST", "/api/v1/items")]
    assert [(u.line, u.expression, u.methods) for u in result.unresolved] == [
        (7, 'fmt.Sprintf("GET %s", path)', ["GET"])]
    scanned = scan(tmp_path, only=(ROUTE_AUTH,))
    assert _open(tmp_path) == ["GET /api/v1/items", "POST /api/v1/items"]
    note = findings(scanned, ROUTE_AUTH, Status.SKIPPED)
    assert len(note) == 1 and 'web/web.go:7 fmt.Sprintf("GET %s", path)' in note[0].message


# --- JAX-RS: routes inherited from an abstract resource, a handler that checks the signed session -----------------

JAXRS_BASE = """\
package shop.util;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("abstract") //This is overwritten by inheritance
public abstract class AbstractCRUDEndpoint<T> {

  @POST
  public Response create(final T entity) {
    return Response.ok().build();
  }

  @GET
  @Path("/{id:[0-9][0-9]*}")
  public Response findById(@PathParam("id") final Long id) {
    return Response.ok().build();
  }
}
"""
JAXRS_PRODUCTS = """\
package shop.rest;

import jakarta.ws.rs.Path;
import shop.util.AbstractCRUDEndpoint;

@Path("products")
public class ProductEndpoint extends AbstractCRUDEndpoint<Product> {
}
"""
JAXRS_ORDERS = """\
package shop.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@Path("useractions")
public class UserActionsRest {

  @POST
  @Path("placeorder")
  public Response placeOrder(SessionBlob blob, @QueryParam("total") long total) {
    if (new ShaSecurityProvider().validate(blob) == null || blob.getOrderItems().isEmpty()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    return Response.ok(blob).build();
  }

  @POST
  @Path("cart")
  public Response addToCart(SessionBlob blob) {
    blob = new ShaSecurityProvider().secure(blob);
    new ShaSecurityProvider().validate(blob);
    return Response.ok(blob).build();
  }
}
"""


def test_jaxrs_routes_of_an_abstract_resource_are_served_under_its_subclasses(tmp_path: Path) -> None:
    # TeaStore: AbstractCRUDEndpoint's `@Path("abstract")` came out as routes `/abstract/...` while the persistence
    # API it gives /products, /users, ... (a labelled problem) was missing
    write(tmp_path, {"lib/src/main/java/shop/util/AbstractCRUDEndpoint.java": JAXRS_BASE,
                     "svc/src/main/java/shop/rest/ProductEndpoint.java": JAXRS_PRODUCTS})
    result = Context(tmp_path, Config()).use(code_routes)
    assert sorted((r.method, r.path, r.file.split("/")[0]) for r in result.routes) == [
        ("GET", "/products/{id:[0-9][0-9]*}", "svc"), ("POST", "/products", "svc")]
    assert _open(tmp_path) == ["GET /products/{id:[0-9][0-9]*}", "POST /products"]


def test_jaxrs_abstract_resource_without_subclass_is_not_judged_here(tmp_path: Path) -> None:
    write(tmp_path, {"lib/src/main/java/shop/util/AbstractCRUDEndpoint.java": JAXRS_BASE})
    result = Context(tmp_path, Config()).use(code_routes)
    assert result.routes == []
    assert len(result.unresolved) == 2 and "abstract class AbstractCRUDEndpoint" in result.unresolved[0].expression
    assert findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.SKIPPED)


def test_jaxrs_handler_refusing_an_invalid_signed_session_is_guarded(tmp_path: Path) -> None:
    # TeaStore's placeorder: `if (new ShaSecurityProvider().validate(blob) == null ...) return 404`; a validate()
    # whose answer is ignored guards nothing
    write(tmp_path, {"svc/src/main/java/shop/rest/UserActionsRest.java": JAXRS_ORDERS})
    routes = {r.path: r for r in Context(tmp_path, Config()).use(code_routes).routes}
    assert "ShaSecurityProvider.validate()" in routes["/useractions/placeorder"].auth_hints[0]
    assert _open(tmp_path) == ["POST /useractions/cart"]


# --- explicit opt-outs, OAuth2 provider endpoints, status.json -----------------------------------------------------

DRF_URLS = """\
from django.conf.urls import url
from oauth2_provider.views import RevokeTokenView
from . import views

urlpatterns = [
    url(r"^checker/slots/$", views.SlotViewSet.as_view()),
    url(r"^cases/$", views.CaseViewSet.as_view()),
    url(r"^oauth2/revoke_token/$", RevokeTokenView.as_view()),
    url(r"^oauth2/applications/$", views.Applications.as_view()),
    url(r"^status/status.json$", views.smoketests),
]
"""
DRF_VIEWS = """\
from rest_framework.permissions import AllowAny
from rest_framework.viewsets import ModelViewSet
from rest_framework.views import APIView


class PublicAPIViewSetMixin(object):
    permission_classes = (AllowAny,)


class SlotViewSet(PublicAPIViewSetMixin, ModelViewSet):
    pass


class CaseViewSet(ModelViewSet):
    pass


class Applications(APIView):
    pass


def smoketests(request):
    return run_smoke_tests()
"""


def test_allow_any_is_a_declared_choice_and_an_oauth2_providers_views_guard_themselves(tmp_path: Path) -> None:
    # cla-backend: the checker API's mixin says `permission_classes = (AllowAny,)` (public by design: reported as a
    # declared choice, named); django-oauth-toolkit's RevokeTokenView authenticates the client; status.json runs
    # the smoke tests. A view that sets nothing stays open, and so does a project view under /oauth2/.
    write(tmp_path, {"app/__init__.py": "", "app/urls.py": DRF_URLS, "app/views.py": DRF_VIEWS})
    assert _open(tmp_path) == ["ANY /cases/", "ANY /oauth2/applications/"]
    declared = [f for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.PASS)
                if "declared public" in f.message]
    assert len(declared) == 1 and "AllowAny" in declared[0].message and "/checker/slots/" in declared[0].message


JAXRS_PERMIT = """\
package shop.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("catalog")
@RolesAllowed("user")
public class CatalogRest {

  @GET
  @PermitAll
  public Response list() {
    return Response.ok().build();
  }

  @GET
  @Path("mine")
  public Response mine() {
    return Response.ok().build();
  }
}
"""


def test_jaxrs_permit_all_is_declared_public(tmp_path: Path) -> None:
    write(tmp_path, {"svc/src/main/java/shop/rest/CatalogRest.java": JAXRS_PERMIT})
    routes = {r.path: r for r in Context(tmp_path, Config()).use(code_routes).routes}
    assert routes["/catalog"].declared_public == "@PermitAll" and not routes["/catalog"].auth_hints
    assert routes["/catalog/mine"].auth_hints == ['@RolesAllowed("user")']
    assert _open(tmp_path) == []


# --- api-docs/spec-matches-code: a spec is compared with the service it documents -----------------------------------

BOOKINFO_SWAGGER = """\
swagger: "2.0"
info: {title: BookInfo API, version: "1.0.0"}
basePath: /api/v1
paths:
  /products:
    get:
      summary: List all products
      responses:
        200: {description: ok}
"""
PRODUCTPAGE = """\
from flask import Flask
app = Flask(__name__)

@app.route('/api/v1/products')
def products():
    return []

@app.route('/api/v1/products/<id>/reviews')
def reviews(id):
    return []
"""
RATINGS = """\
const dispatcher = require('httpdispatcher')
dispatcher.onGet(/^\\/ratings\\/[0-9]*/, function (req, res) { res.end() })
dispatcher.onPost(/^\\/ratings\\/[0-9]*/, function (req, res) { res.end() })
"""


def test_a_spec_is_compared_with_the_routes_of_the_service_it_documents(tmp_path: Path) -> None:
    # bookinfo: swagger.yaml (above every service) describes productpage's /api/v1; the ratings service's routes
    # were each reported "served by the code but not in the API description". Productpage's own drift stays a
    # failure; ratings is reported once, as a service no API description documents.
    write(tmp_path, {"bookinfo/swagger.yaml": BOOKINFO_SWAGGER,
                     "bookinfo/src/productpage/requirements.txt": "flask\n",
                     "bookinfo/src/productpage/productpage.py": PRODUCTPAGE,
                     "bookinfo/src/ratings/package.json": "{}\n",
                     "bookinfo/src/ratings/ratings.js": RATINGS})
    result = scan(tmp_path, only=(SPEC_MATCHES,))
    failed = [f.message for f in findings(result, SPEC_MATCHES, Status.FAIL)]
    assert failed == ["GET /api/v1/products/<id>/reviews is served by the code but not in the API description"]
    warned = [f.message for f in findings(result, SPEC_MATCHES, Status.WARN)]
    assert len(warned) == 1 and warned[0].startswith("bookinfo/src/ratings: 2 route(s)")


def test_a_spec_that_describes_no_service_is_compared_with_every_route(tmp_path: Path) -> None:
    write(tmp_path, {"bookinfo/swagger.yaml": BOOKINFO_SWAGGER.replace("/products", "/books"),
                     "bookinfo/src/productpage/requirements.txt": "flask\n",
                     "bookinfo/src/productpage/productpage.py": PRODUCTPAGE,
                     "bookinfo/src/ratings/package.json": "{}\n",
                     "bookinfo/src/ratings/ratings.js": RATINGS})
    result = scan(tmp_path, only=(SPEC_MATCHES,))
    assert len(findings(result, SPEC_MATCHES, Status.FAIL)) == 5  # 4 routes undocumented + GET /books unserved
    assert not findings(result, SPEC_MATCHES, Status.WARN)


# --- JAX-RS: a @Provider ContainerRequestFilter is an auth layer of its module --------------------------------------

AUTH_FILTER = """\
package shop.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
@PreMatching
public class BearerFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext ctx) {
    String header = ctx.getHeaderString("Authorization");
    if (header == null || !verifier.verify(header)) {
      ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
    }
  }
}
"""
CART = """\
package shop.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("cart")
public class CartRest {
  @GET
  public Response list() {
    return Response.ok().build();
  }
}
"""


def test_jaxrs_provider_request_filter_guards_its_module(tmp_path: Path) -> None:
    write(tmp_path, {"cart/src/main/java/shop/auth/BearerFilter.java": AUTH_FILTER,
                     "cart/src/main/java/shop/rest/CartRest.java": CART,
                     "other/src/main/java/shop/rest/CartRest.java": CART})
    assert _open(tmp_path) == ["GET /cart"]  # the other module's, which no filter covers
    layer = [f for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.PASS)
             if "ContainerRequestFilter BearerFilter" in f.message]
    assert len(layer) == 1 and layer[0].message.startswith("1 routes are behind jax-rs auth layer")


def test_jaxrs_filter_that_refuses_nothing_or_is_name_bound_is_no_layer(tmp_path: Path) -> None:
    logging_only = AUTH_FILTER.replace("ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());",
                                       "log.info(header);")
    write(tmp_path, {"cart/src/main/java/shop/auth/BearerFilter.java": logging_only,
                     "cart/src/main/java/shop/rest/CartRest.java": CART})
    assert _open(tmp_path) == ["GET /cart"]
    write(tmp_path, {"cart/src/main/java/shop/auth/BearerFilter.java": AUTH_FILTER.replace("@PreMatching", "@Secured")})
    assert _open(tmp_path) == ["GET /cart"]  # name-bound: runs only for resources marked @Secured


# --- connexion beside plain Flask routes ----------------------------------------------------------------------------

MIXED_SPEC = """\
swagger: "2.0"
info: {title: DRS, version: "1.0"}
basePath: /ga4gh/drs/v1
paths:
  /objects/{object_id}:
    get:
      operationId: drs.server.GetObject
      parameters: [{name: object_id, in: path, required: true, type: string}]
      responses: {"200": {description: ok}}
  /objects:
    post:
      operationId: PostObject
      security: [{bearer: []}]
      responses: {"200": {description: ok}}
  /gone:
    get:
      operationId: Vanished
      responses: {"200": {description: ok}}
securityDefinitions:
  bearer: {type: apiKey, name: Authorization, in: header}
"""
MIXED_APP = """\
import connexion
from flask import Blueprint
from flask_login import login_required

admin = Blueprint("admin", __name__)


@admin.route("/admin/reindex", methods=["POST"])
@login_required
def reindex():
    return "ok"


app = connexion.App(__name__, specification_dir="api/")
app.add_api("drs.yaml")
app.app.register_blueprint(admin)
"""
MIXED_SERVER = "def GetObject(object_id):\n    return {}\n\n\ndef PostObject():\n    return {}\n"


def test_connexion_operations_are_judged_beside_plain_flask_routes(tmp_path: Path) -> None:
    # a connexion app that also declares a Flask route: route-auth read only the Flask route (guarded) and passed,
    # while the spec-routed GET /objects/{object_id} has no security; spec-matches-code called every operation
    # "served by no route" though connexion routes each to the function its operationId names
    write(tmp_path, {"drs/__init__.py": "", "drs/app.py": MIXED_APP, "drs/server.py": MIXED_SERVER,
                     "drs/api/drs.yaml": MIXED_SPEC})
    result = scan(tmp_path, only=(ROUTE_AUTH, SPEC_MATCHES))
    assert [f.message.split(" (")[0] for f in findings(result, ROUTE_AUTH, Status.FAIL)] == [
        "GET /objects/{object_id}", "GET /gone"]
    unserved = sorted(f.message for f in findings(result, SPEC_MATCHES, Status.FAIL))
    assert len(unserved) == 2 and unserved[0].startswith("GET /gone is in drs/api/drs.yaml but no route")
    assert "'Vanished'" in unserved[0] and unserved[1].startswith("POST /admin/reindex is served by the code")


GO_PATH_JOIN = """\
package frontend

func (s *Server) createServeMux() http.Handler {
	mux := http.NewServeMux()
	p := path.Join("/", s.basepath)
	mux.Handle(path.Join(p, "/debug/vars"), expvar.Handler())
	mux.Handle(path.Join(p, "/metrics"), promhttp.Handler())
	mux.Handle(path.Join(p, s.extra), h)
	return mux
}
"""


def test_go_path_join_under_a_runtime_prefix_is_its_constant_tail(tmp_path: Path) -> None:
    # hotrod: `mux.Handle(path.Join(p, "/debug/vars"), expvar.Handler())` (a labelled open expvar endpoint) was an
    # unresolved registration, so route-auth never judged it
    write(tmp_path, {"frontend/server.go": GO_PATH_JOIN})
    result = Context(tmp_path, Config()).use(code_routes)
    assert sorted(r.path for r in result.routes) == ["/debug/vars", "/metrics"]
    assert [u.expression for u in result.unresolved] == ["path.Join(p, s.extra)"]
    assert _open(tmp_path) == ["ANY /debug/vars"]


def test_a_route_on_connexions_flask_app_is_read(tmp_path: Path) -> None:
    # `@app.app.route(...)` (connexion's App wraps a Flask app) was not read as a route at all
    app = MIXED_APP.replace('@admin.route("/admin/reindex", methods=["POST"])\n@login_required',
                            '@app.app.route("/admin/reindex", methods=["POST"])')
    app = app.replace("app.app.register_blueprint(admin)\n", "")
    app = app.replace('\n\n@app.app.route', '\n\napp = connexion.App(__name__)\n\n\n@app.app.route', 1)
    write(tmp_path, {"drs/__init__.py": "", "drs/app.py": app, "drs/server.py": MIXED_SERVER,
                     "drs/api/drs.yaml": MIXED_SPEC})
    routes = Context(tmp_path, Config()).use(code_routes).routes
    assert [(r.method, r.path, r.framework) for r in routes] == [("POST", "/admin/reindex", "flask")]
    assert "POST /admin/reindex" in _open(tmp_path)


SECURED = """\
package shop.auth;

import jakarta.ws.rs.NameBinding;

@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Secured { }
"""
SECURED_CART = CART.replace("  @GET\n  public Response list()", "  @GET\n  @Secured\n  public Response list()")
OPEN_REST = CART.replace('@Path("cart")', '@Path("open")').replace("class CartRest", "class OpenRest")


def test_jaxrs_name_bound_filter_guards_the_resources_carrying_its_annotation(tmp_path: Path) -> None:
    write(tmp_path, {"cart/src/main/java/shop/auth/BearerFilter.java": AUTH_FILTER.replace("@PreMatching", "@Secured"),
                     "cart/src/main/java/shop/auth/Secured.java": SECURED,
                     "cart/src/main/java/shop/rest/CartRest.java": SECURED_CART,
                     "cart/src/main/java/shop/rest/OpenRest.java": OPEN_REST})
    routes = {r.path: r for r in Context(tmp_path, Config()).use(code_routes).routes}
    assert routes["/cart"].auth_hints[0].startswith("@Secured (name-bound ContainerRequestFilter BearerFilter")
    assert _open(tmp_path) == ["GET /open"]
    # the annotation is not a name binding: the filter is bound to nothing the scan can see
    write(tmp_path, {"cart/src/main/java/shop/auth/Secured.java": SECURED.replace("@NameBinding\n", "")})
    assert _open(tmp_path) == ["GET /cart", "GET /open"]


def test_only_dynamic_routes_are_skipped_never_not_applicable(tmp_path: Path) -> None:
    # a service whose every registration builds its path at run time has routes: "no HTTP routes found" (n/a) would
    # be a pass-like answer over routes nobody judged
    write(tmp_path, {"web/web.go": "package web\n\nfunc (a *App) Serve(path string) {\n"
                                   "\ta.mux.Handle(fmt.Sprintf(\"GET %s\", path), h)\n}\n"})
    statuses = [f.status for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH)]
    assert statuses == [Status.SKIPPED]


# --- Rust: axum routers (version-rs) -------------------------------------------------------------------------------

# version-rs version.rs (the router of main(), the handlers' signatures)
AXUM_VERSION_RS = """\
use axum::{http::StatusCode, response::IntoResponse, routing, Json, Router};

async fn get_versions(State(store): State<Cache>) -> Json<Vec<Entry>> {
    Json(store.state().iter().filter_map(|d| deployment_to_entry(d)).collect())
}

async fn get_version(State(store): State<Cache>, Path((namespace, name)): Path<(String, String)>) -> impl IntoResponse {
    StatusCode::NOT_FOUND.into_response()
}

async fn main() -> anyhow::Result<()> {
    let app = Router::new()
        .route("/versions", routing::get(get_versions))
        .route("/versions/{namespace}/{name}", routing::get(get_version))
        .with_state(reader) // routes can read from the reflector store
        .layer(tower_http::trace::TraceLayer::new_for_http())
        // NB: routes added after TraceLayer are not traced
        .route("/health", routing::get(|| async { "up" }));
    Ok(())
}
"""

AXUM_GUARDED = """\
use axum::{routing::{get, post}, Router, middleware};

async fn me(TypedHeader(auth): TypedHeader<Authorization<Bearer>>) -> String { String::new() }

fn app() -> Router {
    Router::new()
        .route("/orders", get(list_orders).post(create_order))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_auth))
        .route("/me", get(me))
        .route("/open", get(open))
        .route(OPEN_PATH, get(open))
}
"""


def test_axum_routes_layers_wrap_earlier_routes_and_extractors_guard(tmp_path: Path) -> None:
    # version-rs: GET /versions lists every Deployment of the cluster to anyone (a labelled route-auth problem that
    # went unread: no axum reader); its TraceLayer is no auth layer
    write(tmp_path, {"version.rs": AXUM_VERSION_RS, "guarded/src/main.rs": AXUM_GUARDED})
    result = Context(tmp_path, Config()).use(code_routes)
    assert sorted((r.file, r.method, r.path, bool(r.auth_hints)) for r in result.routes) == [
        ("guarded/src/main.rs", "GET", "/me", True),  # TypedHeader<Authorization<Bearer>>
        ("guarded/src/main.rs", "GET", "/open", False),  # added after the layer: not wrapped by it
        ("guarded/src/main.rs", "GET", "/orders", True),
        ("guarded/src/main.rs", "POST", "/orders", True),
        ("version.rs", "GET", "/health", False),
        ("version.rs", "GET", "/versions", False),
        ("version.rs", "GET", "/versions/{namespace}/{name}", False)]
    assert [(u.file, u.line) for u in result.unresolved] == [("guarded/src/main.rs", 11)]
    assert _open(tmp_path) == ["GET /open", "GET /versions", "GET /versions/{namespace}/{name}"]
    assert findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.SKIPPED)
