"""Route readers and the route-auth / spec-matches-code gaps left after the night session (acc-routes, issue 8):
Go paths made by fmt.Sprintf, JAX-RS resources inherited from an abstract base class and request filters,
specs compared with the routes of the service they document, explicit opt-outs."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes

ROUTE_AUTH = "endpoint-security/route-auth"
SPEC_MATCHES = "api-docs/spec-matches-code"


def _open(tmp_path: Path) -> list[str]:
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    return sorted(" ".join(f.message.split()[:2]) for f in findings(result, ROUTE_AUTH, Status.FAIL))


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
