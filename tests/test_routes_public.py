"""endpoint-security/route-auth and api-docs/spec-matches-code on routes that are public by design or not part of
the API, and route declarations the routes source reads (acc-routes, issue 8)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

ROUTE_AUTH = "endpoint-security/route-auth"


def _open(tmp_path: Path) -> list[str]:
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    return sorted(" ".join(f.message.split()[:2]) for f in findings(result, ROUTE_AUTH, Status.FAIL))


# --- Django include(<list of this module>) ------------------------------------------------------------------------

PING_URLS = """\
from django.urls import include, path
from hc.api import views

uuid_urls = [
    path("", views.ping),
    path("fail", views.ping, {"action": "fail"}),
    path("<int:exitstatus>", views.ping),
]
nested = [path("v/", include(uuid_urls))]
api_urls = [path("items/", views.items)]

urlpatterns = [
    path("ping/<uuid:code>/", include(uuid_urls)),
    path("deep/", include(nested)),
    path("api/v1/", include(api_urls)),
    path("api/v2/", include((api_urls, "v2"))),
    re_path(r"^r/(?P<code>[0-9a-f-]+)/", include(uuid_urls)),
]
"""
PING_VIEWS = "def ping(request, code=None, action='success', exitstatus=None):\n    return None\n\n" \
             "def items(request):\n    return None\n"


def test_django_include_of_a_local_list_prefixes_its_routes(tmp_path: Path) -> None:
    # healthchecks: `path("ping/<uuid:code>/", include(uuid_urls))` with uuid_urls a list of the same urls.py;
    # the prefix was dropped, so its routes came out as /fail, /<int:exitstatus> and `path("", ...)` as "/" (a
    # public-by-default path: a route nobody looked at).
    write(tmp_path, {"hc/__init__.py": "", "hc/api/__init__.py": "",
                     "hc/api/urls.py": PING_URLS.replace("import include, path", "import include, path, re_path"),
                     "hc/api/views.py": PING_VIEWS})
    assert _open(tmp_path) == sorted([
        "ANY /ping/<uuid:code>/", "ANY /ping/<uuid:code>/fail", "ANY /ping/<uuid:code>/<int:exitstatus>",
        "ANY /deep/v/", "ANY /deep/v/fail", "ANY /deep/v/<int:exitstatus>",
        "ANY /r/<code>/", "ANY /r/<code>/fail", "ANY /r/<code>/<int:exitstatus>",
        "ANY /api/v1/items/", "ANY /api/v2/items/"])


# --- what the view's code shows: a fixed page, a machine callback, a signature, a key header ----------------------

HC_URLS = """\
from django.urls import include, path
from hc.front import views

code_urls = [path("", views.ping), path("fail", views.ping), path("session", views.session_ping)]
urlpatterns = [
    path("sent/", views.sent),
    path("contact.vcf", views.contact),
    path("pricing/", views.pricing),
    path("secret-page/", views.leaks_setting),
    path("projects/", views.projects),
    path("mixed/", views.side_effect),
    path("ping/<uuid:code>/", include(code_urls)),
    path("orders/<uuid:order_id>/cancel", views.cancel),
    path("api/v1/notifications/<uuid:code>/status", views.status_callback),
    path("bounces/", views.bounces),
    path("ignored-bounces/", views.ignored_bounces),
    path("hooks/github", views.github),
    path("metrics/", views.metrics),
    path("stats/", views.stats),
    path("api/v1/status/", views.status),
    path("api/v1/orders/<int:n>/status", views.order_status),
    path("api/v1/images/<int:n>", views.order_status),
    path("accounts/signup/csrf/", views.csrf),
    path("accounts/signup/approve/", views.csrf_and_more),
]
"""
HC_VIEWS = '''\
import hmac
from django.conf import settings
from django.core.signing import BadSignature
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

def sent(request):
    """The 'check your inbox' page."""
    return render(request, "accounts/sent.html")

def contact(request):
    ctx = {"email": settings.DEFAULT_FROM_EMAIL, "site_name": settings.SITE_NAME}
    return render(request, "contact.vcf", ctx, content_type="text/vcard")

def pricing(request, code=None):
    return HttpResponse("not implemented")

def leaks_setting(request):
    return render(request, "page.html", {"key": settings.SECRET_KEY})

def projects(request):
    return render(request, "projects.html", {"projects": Project.objects.all()})

def side_effect(request):
    ctx = {"a": 1}
    unused = Project.objects.all().delete()
    return render(request, "page.html", ctx)

@csrf_exempt
def ping(request, code, action="success"):
    check = Check.objects.get(code=code)
    check.ping(action)
    return HttpResponse("OK")

@csrf_exempt
def session_ping(request, code):
    check = Check.objects.get(code=code, project__owner=request.user)
    return HttpResponse("OK")

@csrf_exempt
def cancel(request, order_id):
    Order.objects.get(id=order_id).cancel()
    return HttpResponse("OK")

@csrf_exempt
def status_callback(request, code):
    notification = Notification.objects.get(code=code)
    return HttpResponse()

@csrf_exempt
def bounces(request):
    try:
        unsigned = unsign_bounce_id(request.POST["to"], max_age=3600)
    except BadSignature:
        return HttpResponse("OK (bad signature)")
    return HttpResponse("OK")

@csrf_exempt
def ignored_bounces(request):
    try:
        unsigned = unsign_bounce_id(request.POST["to"], max_age=3600)
    except BadSignature:
        unsigned = None
    return HttpResponse("OK")

@csrf_exempt
def github(request):
    digest = hmac.new(settings.HOOK_SECRET, request.body, "sha256").hexdigest()
    if not hmac.compare_digest(digest, request.headers.get("X-Hub-Signature-256", "")):
        return HttpResponseForbidden()
    return HttpResponse()

def metrics(request):
    if request.headers.get("X-Metrics-Key") != settings.METRICS_KEY:
        return HttpResponseForbidden()
    return JsonResponse({})

def stats(request):
    key = request.headers.get("X-Metrics-Key")
    return JsonResponse({"key_given": bool(key)})

def status(request):
    return HttpResponse("OK")

def order_status(request, n):
    return JsonResponse({"status": Order.objects.get(id=n).status})

def csrf(request):
    if request.user.is_authenticated:
        return HttpResponseForbidden()
    return HttpResponse(get_token(request))

def csrf_and_more(request):
    if request.GET.get("dump"):
        return JsonResponse(list_users())
    return HttpResponse(get_token(request))
'''


def test_fixed_pages_machine_callbacks_and_signed_webhooks_are_not_open_routes(tmp_path: Path) -> None:
    # healthchecks: a 'check your inbox' page, help pages, a contact card and a placeholder render nothing from the
    # database or the session; ping URLs and SMS delivery-status callbacks are CSRF-exempt machine endpoints found
    # by the UUID of their URL; the bounce webhook refuses a bad signature; metrics refuses a missing
    # X-Metrics-Key; /api/v1/status/ is the health endpoint; the sign-up form fetches its CSRF token. Each has
    # its open twin: a page with data or a secret setting or a side effect, a UUID that is the row's id, a
    # callback that reads the session user, a signature whose failure is ignored, a key header never compared,
    # an order's status.
    write(tmp_path, {"hc/__init__.py": "", "hc/front/__init__.py": "", "hc/front/urls.py": HC_URLS,
                     "hc/front/views.py": HC_VIEWS})
    assert _open(tmp_path) == sorted([
        "ANY /secret-page/", "ANY /projects/", "ANY /mixed/", "ANY /ping/<uuid:code>/session",
        "ANY /orders/<uuid:order_id>/cancel", "ANY /ignored-bounces/", "ANY /stats/",
        "ANY /api/v1/orders/<int:n>/status", "ANY /api/v1/images/<int:n>", "ANY /accounts/signup/approve/"])
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    passes = {f.message.split(" route(s) ")[-1].split(":")[0]: f for f in findings(result, ROUTE_AUTH, Status.PASS)}
    static = passes["serve a fixed page (the view renders a template or text with nothing from the database, the "
                    "session or the request)"]
    assert static.message.startswith("4 route(s)") and any("sent() only renders 'accounts/sent.html'" in r
                                                           for r in static.evidence["routes"])
    callbacks = next(f for f in passes.values() if "machine callbacks" in f.message)
    assert callbacks.message.startswith("3 route(s)"), callbacks.message


def test_a_declared_public_list_turns_the_uuid_callback_judgement_off(tmp_path: Path) -> None:
    # policy.public_paths is the team's word: with it, a UUID callback is no longer passed on the tool's judgement
    # (a fixed page still has nothing to protect)
    write(tmp_path, {"hc/__init__.py": "", "hc/front/__init__.py": "", "hc/front/urls.py": HC_URLS,
                     "hc/front/views.py": HC_VIEWS,
                     ".deploycheck.yaml": "policy:\n  public_paths: [/healthz]\n"})
    opened = _open(tmp_path)
    assert "ANY /ping/<uuid:code>/fail" in opened and "ANY /sent/" not in opened, opened


# --- api-docs/spec-matches-code: a web UI's pages are not API operations ---------------------------------------------

PRODUCTPAGE = """\
from flask import Flask, render_template, redirect, request
import json
app = Flask(__name__)

@app.route('/index.html')
def index():
    return render_template('index.html', table=build())

@app.route('/login', methods=['POST'])
def login():
    response = app.make_response(redirect(request.referrer))
    response.set_cookie('user', request.values.get('username'))
    return response

@app.route('/productpage')
def front():
    if request.args.get('json'):
        return json.dumps(products())
    return render_template('productpage.html', products=products())

@app.route('/api/v1/products')
def products_route():
    def inner():
        return render_template('x.html')
    return json.dumps(products()), 200, {'Content-Type': 'application/json'}

@app.route('/api/v1/export')
def export():
    return render_template('export.csv', rows=rows()), 200, {'Content-Type': 'text/csv'}
"""
SWAGGER = """\
swagger: "2.0"
info: {title: products, version: "1"}
basePath: /api/v1
paths:
  /products:
    get:
      responses: {"200": {description: ok}}
"""


def test_a_web_uis_pages_are_not_missing_from_the_api_description(tmp_path: Path) -> None:
    # bookinfo productpage: /index.html and /productpage render templates, the login form's POST /login redirects;
    # swagger.yaml describes the JSON API only. A handler with one JSON answer stays an API route, and so does a
    # rendered template returned with a status and headers (an API's own export format).
    write(tmp_path, {"productpage/productpage.py": PRODUCTPAGE, "swagger.yaml": SWAGGER})
    result = scan(tmp_path, only=("api-docs/spec-matches-code",))
    failed = sorted(f.message for f in findings(result, "api-docs/spec-matches-code", Status.FAIL))
    assert failed == ["GET /api/v1/export is served by the code but not in the API description",
                      "GET /productpage is served by the code but not in the API description"], failed
    pages_only = PRODUCTPAGE.split("@app.route('/productpage')")[0] + "@app.route('/api/v1/products')" + \
        PRODUCTPAGE.split("@app.route('/api/v1/products')")[1].split("@app.route('/api/v1/export')")[0]
    write(tmp_path, {"productpage/productpage.py": pages_only})
    result = scan(tmp_path, only=("api-docs/spec-matches-code",))
    ok = findings(result, "api-docs/spec-matches-code")
    assert [f.status for f in ok] == [Status.PASS], [f.message for f in ok]
    assert ok[0].evidence["web_pages_not_in_spec"] == [
        "GET /index.html: index() renders index.html", "POST /login: login() redirects"]


# --- endpoint-security/openapi-security: an operation that refuses callers but names no scheme ---------------------

TOKEN_SPEC = """\
swagger: "2.0"
info: {title: podinfo, version: "1"}
paths:
  /token/validate:
    post:
      responses:
        "200": {description: OK}
        "401": {description: Unauthorized}
  /echo:
    post:
      responses:
        "200": {description: OK}
"""


def test_an_operation_documenting_401_without_a_scheme_is_told_to_declare_it(tmp_path: Path) -> None:
    # podinfo: POST /token/validate checks the caller's bearer token (it answers 401) but the spec names no security
    # scheme: still a finding (a reader of the spec cannot tell it needs a token), with the fix it needs
    write(tmp_path, {"swagger.yaml": TOKEN_SPEC})
    result = scan(tmp_path, only=("endpoint-security/openapi-security",))
    messages = sorted(f.message for f in findings(result, "endpoint-security/openapi-security", Status.FAIL))
    assert messages == [
        "POST /echo has no security requirement and is not in policy.public_paths",
        "POST /token/validate has no security requirement though it documents a 401/403 answer (declare the "
        "scheme it checks) and is not in policy.public_paths"], messages


# --- Flask: an authentication hook of the app (before_request / before_app_request) ------------------------------

CRUD_BACKEND = {
    "common/kubeflow/crud_backend/__init__.py": """\
from flask import Flask
from .authn import bp as authn_bp
from .csrf import bp as csrf_bp
from .routes import bp as base_routes_bp

def create_app(name, cfg):
    app = Flask(name)
    app.register_blueprint(authn_bp)
    app.register_blueprint(csrf_bp)
    app.register_blueprint(base_routes_bp)
    return app
""",
    "common/kubeflow/crud_backend/authn.py": """\
from flask import Blueprint, current_app, request
from werkzeug.exceptions import Unauthorized
bp = Blueprint("authn", __name__)

def no_authentication(func):
    func.no_authentication = True
    return func

@bp.before_app_request
def check_authentication():
    if request.endpoint and getattr(current_app.view_functions[request.endpoint], "no_authentication", False):
        return
    if "kubeflow-userid" not in request.headers:
        raise Unauthorized("No user detected.")
""",
    "common/kubeflow/crud_backend/csrf.py": """\
from flask import Blueprint, request
from werkzeug.exceptions import Forbidden
bp = Blueprint("csrf", __name__)

@bp.before_app_request
def check_endpoint():
    if request.method not in ("GET", "HEAD") and "XSRF-TOKEN" not in request.cookies:
        raise Forbidden("Could not find CSRF cookie")
""",
    "common/kubeflow/crud_backend/routes/__init__.py": """\
from flask import Blueprint
bp = Blueprint("base_routes", __name__)
from . import get  # noqa
""",
    "common/kubeflow/crud_backend/routes/get.py": """\
from . import bp
from ..authn import no_authentication

@bp.route("/api/namespaces")
def namespaces():
    return []

@bp.route("/api/debug")
@no_authentication
def debug():
    return {}
""",
    "jupyter/apps/common/__init__.py": """\
import kubeflow.crud_backend as base

def create_app(name, cfg):
    app = base.create_app(name, cfg)
    return app
""",
    "jupyter/apps/default/__init__.py": """\
from ..common import create_app as create_default_app
from .routes import bp as routes_bp

def create_app(name, cfg):
    app = create_default_app(name, cfg)
    app.register_blueprint(routes_bp)
    return app
""",
    "jupyter/apps/default/routes/__init__.py": """\
from flask import Blueprint
bp = Blueprint("default_routes", __name__)
from . import post  # noqa
""",
    "jupyter/apps/default/routes/post.py": """\
from . import bp

@bp.route("/api/namespaces/<namespace>/notebooks", methods=["POST"])
def post_notebook(namespace):
    return {}
""",
    "standalone/app.py": """\
from flask import Blueprint, Flask
from werkzeug.exceptions import Forbidden
app = Flask(__name__)
bp = Blueprint("only_csrf", __name__)

@bp.before_app_request
def csrf():
    raise Forbidden("CSRF")

app.register_blueprint(bp)

@app.route("/api/items", methods=["DELETE"])
def delete_items():
    return {}
""",
}


def test_a_flask_auth_hook_guards_the_apps_that_register_it(tmp_path: Path) -> None:
    # kubeflow crud-web-apps: crud_backend's authn blueprint refuses every request without the user header (401,
    # `@bp.before_app_request`); each web app builds its app with the shared factory (through a factory of its
    # own) and registers its routes' blueprint on it; the routes' modules declare them on `bp` imported from their
    # package. A route marked @no_authentication leaves the hook (and that decorator is no guard), a 403-only hook
    # (a CSRF check) authenticates nobody, and an app that does not register the hook is not behind it.
    write(tmp_path, CRUD_BACKEND)
    assert _open(tmp_path) == ["DELETE /api/items", "GET /api/debug"]
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert not [f for f in findings(result, ROUTE_AUTH, Status.FAIL) if "notebooks" in f.message]


# --- Node httpdispatcher ------------------------------------------------------------------------------------------

RATINGS = """\
var http = require('http')
var dispatcher = require('httpdispatcher')
var jwt = require('jsonwebtoken')

dispatcher.onPost(/^\\/ratings\\/[0-9]*/, function (req, res) {
  var productIdStr = req.url.split('/').pop()
  res.writeHead(200, {'Content-type': 'application/json'})
})

dispatcher.onGet('/admin/ratings', function (req, res) {
  var claims = jwt.verify(req.headers.authorization, process.env.KEY)
  res.end(JSON.stringify(claims))
})

dispatcher.onGet('/health', function (req, res) {
  res.end('ok')
})

http.createServer(function (req, res) { dispatcher.dispatch(req, res) }).listen(9080)
"""
NOT_A_DISPATCHER = """\
const bus = require('./bus')
bus.onPost('/ratings/1', function (msg) { console.log(msg) })
"""


def test_httpdispatcher_routes_are_read(tmp_path: Path) -> None:
    # bookinfo ratings: POST /ratings/<id> writes without authentication (a labelled problem the scan missed: the
    # httpdispatcher routes were not read); a handler verifying the caller's JWT guards itself; an event bus's
    # onPost in a file that does not require httpdispatcher is no route.
    write(tmp_path, {"ratings/ratings.js": RATINGS, "bus/listen.js": NOT_A_DISPATCHER})
    assert _open(tmp_path) == ["POST /ratings/{param}"]


def test_a_regular_expression_include_prefix_loses_its_anchor(tmp_path: Path) -> None:
    # cla_backend: url(r"^status/", include("status.urls")) served /^status/ping.json (the anchor kept in the path,
    # so the public /status probe was not recognised and paths matched no public pattern)
    write(tmp_path, {"proj/__init__.py": "", "proj/urls.py": 'from django.conf.urls import include, url\n'
                     'urlpatterns = [url(r"^status/", include("proj.status.urls")), '
                     'url(r"^api/", include("proj.api.urls"))]\n',
                     "proj/status/__init__.py": "", "proj/api/__init__.py": "",
                     "proj/status/urls.py": 'from django.conf.urls import url\nfrom . import views\n'
                     'urlpatterns = [url(r"^$", views.status)]\n',
                     "proj/status/views.py": "def status(request):\n    return check_db()\n",
                     "proj/api/urls.py": 'from django.conf.urls import url\nfrom . import views\n'
                     'urlpatterns = [url(r"^items/$", views.items)]\n',
                     "proj/api/views.py": "def items(request):\n    return list_items()\n"})
    assert _open(tmp_path) == ["ANY /api/items/"]


# --- Django REST framework: DEFAULT_PERMISSION_CLASSES ---------------------------------------------------------------

DRF_FILES = {
    "proj/__init__.py": "", "proj/settings/__init__.py": "", "proj/apps/__init__.py": "",
    "proj/apps/api/__init__.py": "",
    "proj/settings/base.py": """\
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ("oauth2_provider.ext.rest_framework.OAuth2Authentication",),
    "DEFAULT_PERMISSION_CLASSES": ("core.permissions.AllowNone",),
}
""",
    "proj/apps/api/urls.py": """\
from django.conf.urls import url
from . import views
case_split = views.CaseViewSet.as_view({"post": "split"})
urlpatterns = [
    url(r"^case/(?P<reference>\\w+)/split/$", case_split),
    url(r"^exports/$", views.ExportListView.as_view()),
    url(r"^checker/categories/$", views.CategoryViewSet.as_view()),
    url(r"^plain/$", views.plain),
    url(r"^fn/$", views.fn_api),
]
""",
    "proj/apps/api/views.py": """\
from rest_framework import generics, viewsets
from rest_framework.decorators import api_view
from rest_framework.permissions import AllowAny, IsAdminUser

class BaseCaseViewSet(viewsets.ModelViewSet):
    pass

class CaseViewSet(BaseCaseViewSet):
    def split(self, request, reference):
        return None

class ExportListView(generics.ListAPIView):
    permission_classes = (IsAdminUser,)

class PublicAPIViewSetMixin(object):
    permission_classes = (AllowAny,)

class CategoryViewSet(PublicAPIViewSetMixin, viewsets.ReadOnlyModelViewSet):
    pass

def plain(request):
    return list_things()

@api_view(["GET"])
def fn_api(request):
    return None
""",
}


def test_drf_default_permission_classes_guard_rest_framework_views_only(tmp_path: Path) -> None:
    # cla_backend: REST_FRAMEWORK's DEFAULT_PERMISSION_CLASSES (AllowNone) refuses every DRF view that sets no
    # permission_classes (a ViewSet through the project's base class, an @api_view function); a view's own
    # permission_classes guard it unless they let anyone in (AllowAny through a mixin: a declared choice, passed in a
    # finding of its own since acc-routes' second night, tests/test_routes_gaps.py); a plain Django view is no
    # REST framework view and stays open; `case_split = X.as_view({...})` is X.
    write(tmp_path, DRF_FILES)
    assert _open(tmp_path) == ["ANY /plain/"]
    write(tmp_path, {"proj/settings/base.py": DRF_FILES["proj/settings/base.py"].replace(
        "core.permissions.AllowNone", "rest_framework.permissions.AllowAny")})
    assert _open(tmp_path) == ["ANY /case/<reference>/split/", "ANY /fn/", "ANY /plain/"]


# --- Spring Security: a commented-out rule is no auth layer ---------------------------------------------------------

SPRING_SECURITY = """\
@Configuration
public class SecurityConfigurerAdapter extends WebSecurityConfigurerAdapter {
    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeRequests()
                .antMatchers("/v1/stock/*", "/").permitAll()
                %s.anyRequest().authenticated();
    }
}
"""
STOCK_CONTROLLER = """\
@RestController
@RequestMapping("/v1/consumptions")
public class ConsumptionController {
    @PostMapping("/stock/{id}")
    public Stock consume(@PathVariable int id) { return service.decrement(id); }
}
"""


def test_a_commented_out_spring_security_rule_is_no_auth_layer(tmp_path: Path) -> None:
    # tailwindtraders-backend: `//.anyRequest().authenticated();` left the stock API open, yet the text search took
    # it for a global layer: POST /v1/consumptions/stock/{id} passed (a false pass on a required item)
    base = "stock/src/main/java/tailwind/"
    write(tmp_path, {base + "SecurityConfigurerAdapter.java": SPRING_SECURITY % "//",
                     base + "ConsumptionController.java": STOCK_CONTROLLER})
    assert _open(tmp_path) == ["POST /v1/consumptions/stock/{id}"]
    write(tmp_path, {base + "SecurityConfigurerAdapter.java": SPRING_SECURITY % "/* off */"})
    assert _open(tmp_path) == []


PROBES = """\
from flask import Blueprint
bp = Blueprint("books", __name__, url_prefix="/books")

@bp.route("/ping")
def ping():
    return {"status": "success"}

@bp.route("/ping/<int:n>", methods=["POST"])
def ping_book(n):
    return touch(n)

@bp.route("/status/healthcheck.json")
def healthcheck():
    return {}

@bp.route("/train/isready")
def isready():
    return "ok"

@bp.route("/status/detail.json")
def detail():
    return dump()
"""


def test_a_probe_under_a_prefix_is_public(tmp_path: Path) -> None:
    # flask-vue-kubernetes: GET /books/ping; cla_backend: /status/ping.json, /status/healthcheck.json. A route
    # under a probe's name (/books/ping/<n>) or another file of the status folder is no probe.
    write(tmp_path, {"project/api/books.py": PROBES})
    assert _open(tmp_path) == ["GET /books/status/detail.json", "POST /books/ping/<int:n>"]


PARAMETER_PROBES = """\
from flask import Blueprint
bp = Blueprint("orders", __name__)

@bp.route("/orders/<int:order_id>/status.json")
def order_status(order_id):
    return dump(order_id)

@bp.route("/users/<user_id>/token", methods=["POST"])
def user_token(user_id):
    return issue(user_id)

@bp.route("/orders/status.json")
def status():
    return {}
"""


def test_a_probe_name_under_a_path_parameter_is_data(tmp_path: Path) -> None:
    # one order's status and another user's token are not probes or logins: only the parameter-free path is public
    write(tmp_path, {"project/api/orders.py": PARAMETER_PROBES})
    assert _open(tmp_path) == ["GET /orders/<int:order_id>/status.json", "POST /users/<user_id>/token"]


# --- JAX-RS -----------------------------------------------------------------------------------------------------------

CACHE_ENDPOINT = """\
package tools.descartes.teastore.persistence.rest;

import javax.ws.rs.DELETE;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

/**
 * REST endpoint for cache clearing.
 */
@Path("cache")
@Produces({ "text/plain" })
public final class CacheManagerEndpoint {

\t/**
\t * Clears the cache for the class {@link Object}.
\t */
\t@DELETE
\t@Path("/class/{class}")
\tpublic Response clearClassCache(@PathParam("class") final String className) {
\t\treturn Response.ok().build();
\t}

\t@DELETE
\tpublic Response clearAllCaches() {
\t\treturn Response.ok().build();
\t}
}
"""
ADMIN_ENDPOINT = """\
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;

@Path("admin")
@RolesAllowed({"admin"})
public class AdminEndpoint {
    @GET
    @Path("users")
    public List<User> users() { return list(); }

    @PermitAll
    @GET
    @Path("motd")
    public String motd() { return "hi"; }
}
"""


def test_jax_rs_routes_are_read(tmp_path: Path) -> None:
    # TeaStore: the persistence service's JAX-RS endpoints (users, orders, DELETE /cache/...) carry no
    # authentication, a labelled problem the scan missed (no JAX-RS reader); a class's @RolesAllowed guards its
    # methods, @PermitAll opens one (a declared choice: passed in a finding naming it, tests/test_routes_gaps.py).
    # Windows line endings (TeaStore's files) do not merge a method with its class.
    write(tmp_path, {"persistence/src/main/java/CacheManagerEndpoint.java": CACHE_ENDPOINT.replace("\n", "\r\n"),
                     "admin/src/main/java/AdminEndpoint.java": ADMIN_ENDPOINT})
    assert _open(tmp_path) == ["DELETE /cache", "DELETE /cache/class/{class}"]


# --- Express: app.use(auth) before a router of another module is mounted -----------------------------------------

EXPRESS_APP = """\
const express = require('express')
const { expressjwt } = require('express-jwt')
const hooks = require('./routes/hooks')
const orders = require('./routes/orders')
const admin = require('./routes/admin')
const app = express()
app.use('/webhooks', hooks)
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }))
app.use('/orders', orders)
app.use('/admin', admin)
module.exports = app
"""
ROUTER = """\
const express = require('express')
const router = express.Router()
router.%s('%s', (req, res) => res.json([]))
module.exports = router
"""


def test_an_express_app_auth_layer_guards_routers_of_other_modules_mounted_after_it(tmp_path: Path) -> None:
    # `app.use(expressjwt(...))` then `app.use('/orders', orders)` with orders from ./routes/orders: the router's
    # routes were reported as open (the layer covered the app file's own later routes only). A router mounted
    # before the layer is not behind it.
    write(tmp_path, {"src/app.js": EXPRESS_APP, "src/routes/orders.js": ROUTER % ("post", "/"),
                     "src/routes/admin.js": ROUTER % ("delete", "/users/:id"),
                     "src/routes/hooks.js": ROUTER % ("post", "/stripe")})
    assert _open(tmp_path) == ["POST /webhooks/stripe"]


# --- Hapi -------------------------------------------------------------------------------------------------------------

HAPI_SERVER = """\
const Hapi = require('@hapi/hapi')
const routes = require('./routes')
const init = async () => {
  const server = Hapi.server({ port: 3000 })
  await server.register(require('hapi-auth-jwt2'))
  server.auth.strategy('jwt', 'jwt', { key: process.env.KEY, validate })
  %s
  server.route(routes)
  await server.start()
}
"""
HAPI_ROUTES = """\
const Hapi = require('@hapi/hapi')
module.exports = (server) => {
  server.route([
    { method: 'GET', path: '/orders/{id}', handler: getOrder },
    { method: 'POST', path: '/orders', options: { auth: 'jwt' }, handler: createOrder },
    { method: 'GET', path: '/catalog', options: { auth: false }, handler: catalog },
    { method: ['PUT', 'PATCH'], path: '/cart', options: { auth: { strategy: 'jwt', mode: 'optional' } },
      handler: cart },
  ])
}
"""


def test_hapi_routes_and_the_default_strategy(tmp_path: Path) -> None:
    # Hapi routes were not read at all; `options.auth` names the strategy, `auth: false` and mode 'optional' let
    # anyone in, `server.auth.default('jwt')` guards every other route of the server's folder
    write(tmp_path, {"src/server.js": HAPI_SERVER % "", "src/routes.js": HAPI_ROUTES})
    # the file guards its write (POST /orders) and none of its reads: both reads are one question (acc-routes6)
    assert _open(tmp_path) == ["GET /orders/{id}", "PATCH /cart", "PUT /cart"]
    assert any(m.startswith("GET /orders/{id} (hapi) and 1 more read-only route(s) of src/routes.js")
               for m in (f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)))
    write(tmp_path, {"src/server.js": HAPI_SERVER % "server.auth.default('jwt')"})
    assert _open(tmp_path) == ["GET /catalog", "PATCH /cart", "PUT /cart"]
