"""Route and guard readers (issue 8, 2026-11-30 s8, routes-j): chi sub-routers and `Use` middleware, Echo's route
middleware after the handler, gorilla paths built by a call, Python guards that refuse for another reason than the
caller. Each case is built from the lines that showed it (go-chi/jwtauth's example, chi's README, Echo's guide,
podinfo's server.go, FastAPI's tutorial)."""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

_AUTH_CHECKS = ("auth-protocols/token-validation", "endpoint-security/route-auth")


def _auth(root: Path) -> dict[str, list[tuple[Status, str]]]:
    result = scan(root, only=_AUTH_CHECKS)
    return {check: [(f.status, f.message) for f in findings(result, check)] for check in _AUTH_CHECKS}


def _route_auth(root: Path) -> list[tuple[Status, str]]:
    return [(s, m.split(" (")[0]) for s, m in _auth(root)["endpoint-security/route-auth"]]


CHI_MOD = "module example.com/blog\n\ngo 1.22\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.0.12\n" \
          "\tgithub.com/go-chi/jwtauth/v5 v5.3.1\n)\n"

# go-chi/jwtauth's _example/main.go (its router(), comments kept), with a public write beside the protected group
JWTAUTH_EXAMPLE = """\
package main

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/jwtauth/v5"
)

var tokenAuth *jwtauth.JWTAuth

func init() {
	tokenAuth = jwtauth.New("HS256", []byte("secret"), nil)
}

func main() {
	addr := ":3333"
	fmt.Printf("Starting server on %v\\n", addr)
	http.ListenAndServe(addr, router())
}

func router() http.Handler {
	r := chi.NewRouter()

	// Protected routes
	r.Group(func(r chi.Router) {
		// Seek, verify and validate JWT tokens
		r.Use(jwtauth.Verifier(tokenAuth))

		// Handle valid / invalid tokens. In this example, we use
		// the provided authenticator middleware, but you can write your
		// own very easily, look at the Authenticator method in jwtauth.go
		// and tweak it, its not scary.
		r.Use(jwtauth.Authenticator(tokenAuth))

		r.Get("/admin", func(w http.ResponseWriter, r *http.Request) {
			_, claims, _ := jwtauth.FromContext(r.Context())
			w.Write([]byte(fmt.Sprintf("protected area. hi %v", claims["user_id"])))
		})
	})

	// Public routes
	r.Group(func(r chi.Router) {
		r.Get("/", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("welcome anonymous"))
		})
		r.Post("/articles", createArticle)
	})

	return r
}
"""


def test_chi_group_middleware_guards_the_group_routes_only(tmp_path: Path) -> None:
    # before: GET /admin failed ("nothing in that service authenticates"): the group's r.Use was never read
    write(tmp_path, {"go.mod": CHI_MOD, "main.go": JWTAUTH_EXAMPLE})
    assert _route_auth(tmp_path) == [(Status.FAIL, "POST /articles")]


def test_jwtauth_verifier_alone_guards_nothing(tmp_path: Path) -> None:
    # jwtauth's README: Verifier "will not enforce anything"; Authenticator answers 401. Read, the group would have
    # passed on Verifier's name
    text = JWTAUTH_EXAMPLE.replace("\t\tr.Use(jwtauth.Authenticator(tokenAuth))\n", "")
    write(tmp_path, {"go.mod": CHI_MOD, "main.go": text})
    got = _auth(tmp_path)["endpoint-security/route-auth"]
    assert [s for s, _ in got] == [Status.FAIL, Status.FAIL]
    assert "jwtauth.Verifier only finds and decodes the token" in got[0][1]


# chi's README: `r.Route("/articles", func(r chi.Router) { ... r.Route("/{articleID}", func(r chi.Router) {
# r.Use(ArticleCtx); r.Get("/", getArticle) ...`; the routes were read at their relative paths
CHI_ROUTE = """\
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func main() {
	r := chi.NewRouter()
	r.Route("/admin", func(r chi.Router) {
		r.Get("/", listUsers)
		r.Route("/{userID}", func(r chi.Router) {
			r.Use(UserCtx)
			r.Delete("/", deleteUser)
		})
	})
	http.ListenAndServe(":3333", r)
}
"""


def test_chi_route_prefixes_the_sub_router_paths(tmp_path: Path) -> None:
    # before: GET /admin was read as GET / (public by policy) and token-validation said n/a ("all routes public")
    write(tmp_path, {"go.mod": CHI_MOD, "main.go": CHI_ROUTE})
    got = _auth(tmp_path)
    assert sorted(m.split(" (")[0] for _, m in got["endpoint-security/route-auth"]) == [
        "DELETE /admin/{userID}", "GET /admin"]
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]


GIN_MOD = "module example.com/orders\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n"

# gin's README "Using middleware": `r := gin.New()` ... `r.Use(gin.Logger())`; "Using BasicAuth() middleware"
GIN_USE = """\
package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.New()
	r.Use(gin.Logger())
	r.GET("/healthz", healthz)
	r.Use(gin.BasicAuth(gin.Accounts{"foo": "bar"}))
	r.POST("/orders", createOrder)
	if debug {
		r.Use(AuthRequired())
	}
	r.DELETE("/orders/:id", deleteOrder)
	r.Run(":8080")
}
"""


def test_a_routers_own_use_guards_the_routes_after_it_in_its_body(tmp_path: Path) -> None:
    # before: POST /orders failed too (a router's own Use was read only on named gin/echo groups). The Use inside
    # `if debug {` guards nothing sure: DELETE /orders/:id stays a finding only by BasicAuth, read before it
    write(tmp_path, {"go.mod": GIN_MOD, "main.go": GIN_USE.replace(
        "\tr.Use(gin.BasicAuth(gin.Accounts{\"foo\": \"bar\"}))\n\tr.POST(\"/orders\", createOrder)\n", "")})
    assert _route_auth(tmp_path) == [(Status.FAIL, "DELETE /orders/:id")]
    root = tmp_path / "basic"
    write(root, {"go.mod": GIN_MOD, "main.go": GIN_USE})
    assert [s for s, _ in _auth(root)["endpoint-security/route-auth"]] == [Status.PASS]


def test_a_router_assigned_twice_takes_no_use_middleware() -> None:
    from deploycheck.sources.routes import _GoScopes

    text = ("package main\n\nfunc main() {\n\tr := chi.NewRouter()\n\tr.Use(RequireAuth)\n\tr = chi.NewRouter()\n"
            "\tr.Get(\"/x\", h)\n}\n")
    assert _GoScopes(text).scoped("r", text.index("r.Get")) == ("", [])


ECHO_MOD = "module example.com/users\n\ngo 1.22\n\nrequire github.com/labstack/echo/v4 v4.11.4\n"

# Echo's guide ("Middleware", route level: `e.GET("/", <Handler>, <Middleware...>)`) with its BasicAuth middleware,
# and a handler named like a guard followed by a logger (read as the guard before)
ECHO_AFTER = """\
package main

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.DELETE("/users/:id", deleteUser, middleware.BasicAuth(validator))
	e.GET("/tokens", listTokens, middleware.Logger())
	e.Logger.Fatal(e.Start(":1323"))
}
"""


def test_echo_route_middleware_comes_after_the_handler(tmp_path: Path) -> None:
    # before: DELETE failed (BasicAuth, the last argument, was taken for the handler) and GET /tokens passed on its
    # handler's name `listTokens` (read as middleware before a handler `middleware.Logger()`)
    write(tmp_path, {"go.mod": ECHO_MOD, "main.go": ECHO_AFTER})
    assert _route_auth(tmp_path) == [(Status.FAIL, "GET /tokens")]


GORILLA_MOD = "module example.com/podinfo\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\n"

# podinfo's pkg/api/http/server.go registers its prefixes through a path helper; a versioned path built by
# fmt.Sprintf from a parameter cannot be known
GORILLA_CALLS = """\
package http

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

type Server struct {
	router *mux.Router
}

func (s *Server) registerHandlers(version string) {
	s.router.PathPrefix(s.prefixedPath("/debug/pprof/")).Handler(http.DefaultServeMux)
	s.router.Path(fmt.Sprintf("/api/%s/items", version)).Methods("POST").HandlerFunc(s.createItem)
	s.router.PathPrefix(fmt.Sprintf("/v/%s", version)).Subrouter()
}
"""


def test_gorilla_paths_built_by_a_call(tmp_path: Path) -> None:
    # before: neither registration was read: with no other route the items said "no HTTP routes" (n/a)
    only_sprintf = GORILLA_CALLS.replace(
        '\ts.router.PathPrefix(s.prefixedPath("/debug/pprof/")).Handler(http.DefaultServeMux)\n', "")
    write(tmp_path, {"go.mod": GORILLA_MOD, "pkg/api/http/server.go": only_sprintf})
    got = _auth(tmp_path)
    for check in _AUTH_CHECKS:
        assert [s for s, _ in got[check]] == [Status.SKIPPED], check
    assert "server.go:15 router.Path(fmt.Sprintf(" in got["endpoint-security/route-auth"][0][1]
    root = tmp_path / "both"
    write(root, {"go.mod": GORILLA_MOD, "pkg/api/http/server.go": GORILLA_CALLS})
    assert (Status.FAIL, "ANY /debug/pprof/") in _route_auth(root)


def test_gorilla_call_paths_of_a_constant_are_resolved() -> None:
    from deploycheck.sources.routes import _gorilla_registrations

    text = ('const apiVersion = "v1"\n\nfunc routes(r *mux.Router) {\n'
            '\tr.Methods("GET").Path(fmt.Sprintf("/api/%s/items", apiVersion)).HandlerFunc(list)\n}\n')
    [g] = _gorilla_registrations(text)
    assert (g.path, g.expression, g.matchers) == (None, 'fmt.Sprintf("/api/%s/items", apiVersion)', '.Methods("GET")')


def test_go_scopes_stay_linear_on_hostile_text() -> None:
    from deploycheck.sources.routes import _GoScopes

    # many sub-routers never closed, and many Use calls before many routes
    text = "func main() {\n" + 'r.Group(func(r chi.Router) {\nr.Use(auth)\nr.Get("/x", h)\n' * 3000
    start = time.perf_counter()
    scopes = _GoScopes(text)
    for i in range(0, len(text), max(1, len(text) // 2000)):
        scopes.scoped("r", i)
    assert time.perf_counter() - start < 5


FASTAPI_REQ = "fastapi==0.110.0\n"

# a dependency named like a guard that turns requests away for their content type (pass-audit8's note)
CONTENT_TYPE_GUARD = """\
from fastapi import Depends, FastAPI, HTTPException, Request, status

app = FastAPI()


async def verify_content_type(request: Request):
    if request.headers.get("content-type") != "application/json":
        raise HTTPException(status_code=status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, detail="Unsupported media type")


@app.post("/items", dependencies=[Depends(verify_content_type)])
async def create_item(request: Request):
    return await request.json()
"""

# FastAPI's tutorial "Dependencies in path operation decorators": a header checked against a secret, answered 400
FASTAPI_VERIFY_KEY = """\
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


async def verify_key(x_key: Annotated[str, Header()]):
    if x_key != "fake-super-secret-key":
        raise HTTPException(status_code=400, detail="X-Key header invalid")
    return x_key


@app.post("/items/", dependencies=[Depends(verify_key)])
async def create_item():
    return [{"item": "Foo"}, {"item": "Bar"}]
"""

# the same shape in Flask: a decorator that aborts 415, or answers a (body, 415) tuple
FLASK_JSON_GUARD = """\
from functools import wraps

from flask import Flask, abort, request

app = Flask(__name__)


def require_json_auth(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        if not request.is_json:
            abort(415)
        return f(*args, **kwargs)
    return wrapper


@app.route("/items", methods=["POST"])
@require_json_auth
def create_item():
    return request.get_json(), 201
"""


def test_a_python_guard_refusing_for_another_reason_guards_nothing(tmp_path: Path) -> None:
    # before: both passed as "1 routes carry auth" (any raise counted as a refusal of the caller)
    cases = {"fastapi": (FASTAPI_REQ, "main.py", CONTENT_TYPE_GUARD),
             "flask": ("flask==3.0.0\n", "app.py", FLASK_JSON_GUARD),
             "tuple": ("flask==3.0.0\n", "app.py",
                       FLASK_JSON_GUARD.replace("abort(415)", "return {'error': 'json expected'}, 415"))}
    for name, (requirements, rel, text) in cases.items():
        root = write(tmp_path / name, {"requirements.txt": requirements, rel: text})
        got = _auth(root)["endpoint-security/route-auth"]
        assert [s for s, _ in got] == [Status.FAIL], name
        assert "turns requests away only with a status about something else than the caller" in got[0][1], name


def test_a_python_guard_checking_a_credential_stays_a_guard_whatever_its_status(tmp_path: Path) -> None:
    flask_401 = FLASK_JSON_GUARD.replace("not request.is_json", "request.headers.get('Authorization') is None") \
        .replace("abort(415)", "abort(401)")
    flask_key_400 = FLASK_JSON_GUARD.replace("not request.is_json", "request.headers.get('X-API-Key') != API_KEY") \
        .replace("abort(415)", "abort(400)")
    for name, (requirements, rel, text) in {"key": (FASTAPI_REQ, "main.py", FASTAPI_VERIFY_KEY),
                                            "401": ("flask==3.0.0\n", "app.py", flask_401),
                                            "key400": ("flask==3.0.0\n", "app.py", flask_key_400)}.items():
        root = write(tmp_path / name, {"requirements.txt": requirements, rel: text})
        assert [s for s, _ in _auth(root)["endpoint-security/route-auth"]] == [Status.PASS], name


# bank-of-anthos src/accounts/userservice/userservice.py (trimmed): create_user is the sign-up, public by design
BOA_USERSERVICE = """\
import bcrypt
import bleach
from flask import Flask, request


def create_app():
    app = Flask(__name__)

    @app.route('/users', methods=['POST'])
    def create_user():
        \"\"\"Create a user record.\"\"\"
        try:
            req = {k: bleach.clean(v) for k, v in request.form.items()}
            __validate_new_user(req)
            if users_db.get_user(req['username']) is not None:
                raise NameError('user {} already exists'.format(req['username']))
            password = req['password']
            salt = bcrypt.gensalt()
            passhash = bcrypt.hashpw(password.encode('utf-8'), salt)
            users_db.add_user({'username': req['username'], 'passhash': passhash})
        except NameError as err:
            return str(err), 409
        return jsonify({}), 201

    def __validate_new_user(req):
        fields = ('username', 'password', 'password-repeat')
        if any(f not in req for f in fields):
            raise UserWarning('missing required field(s)')
        if not req['password'] == req['password-repeat']:
            raise UserWarning('passwords do not match')

    return app
"""


def test_a_sign_up_handler_is_public_by_what_it_does(tmp_path: Path) -> None:
    # before: "POST /users (flask) has no auth dependency or decorator" (its handler is not named signup/register)
    write(tmp_path, {"requirements.txt": "flask==3.0.0\nbcrypt==4.1.2\n", "userservice.py": BOA_USERSERVICE})
    got = _auth(tmp_path)["endpoint-security/route-auth"]
    assert {s for s, _ in got} == {Status.PASS}
    assert any("POST /users (create_user: compares 'password' with 'password-repeat'" in m for _, m in got)


def test_a_password_change_or_an_addressed_user_is_no_sign_up(tmp_path: Path) -> None:
    change = BOA_USERSERVICE.replace("fields = ('username', 'password', 'password-repeat')",
                                     "fields = ('username', 'old-password', 'password', 'password-repeat')")
    addressed = BOA_USERSERVICE.replace("@app.route('/users', methods=['POST'])",
                                        "@app.route('/users/<user_id>', methods=['POST'])")
    unhashed = BOA_USERSERVICE.replace("bcrypt.hashpw(password.encode('utf-8'), salt)", "password")
    for name, text in {"change": change, "addressed": addressed, "unhashed": unhashed}.items():
        root = write(tmp_path / name, {"requirements.txt": "flask==3.0.0\nbcrypt==4.1.2\n", "userservice.py": text})
        assert [s for s, _ in _auth(root)["endpoint-security/route-auth"]] == [Status.FAIL], name


# gin's README "Using middleware": `authorized := r.Group("/")`, `authorized.Use(AuthRequired())`, then its routes in
# a block; here one route is registered before the Use, which gin does not put behind it (the group's handlers are
# combined into a route when it is registered)
GIN_GROUP_USE = """\
package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.New()
	authorized := r.Group("/")
	authorized.POST("/import", importEndpoint)
	authorized.Use(AuthRequired())
	{
		authorized.POST("/submit", submitEndpoint)
		authorized.POST("/read", readEndpoint)
	}
	r.Run(":8080")
}
"""


def test_a_gin_group_use_guards_only_the_routes_after_it(tmp_path: Path) -> None:
    # before: all three passed ("3 routes carry auth")
    write(tmp_path, {"go.mod": GIN_MOD, "main.go": GIN_GROUP_USE})
    assert _route_auth(tmp_path) == [(Status.FAIL, "POST /import")]


# gin-contrib/sessions' README: `r.Use(sessions.Sessions("mysession", store))` loads the session for every route
GIN_SESSIONS = """\
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	store := cookie.NewStore([]byte("secret"))
	r.Use(sessions.Sessions("mysession", store))

	r.POST("/incr", func(c *gin.Context) {
		session := sessions.Default(c)
		var count int
		v := session.Get("count")
		if v == nil {
			count = 0
		} else {
			count = v.(int)
			count++
		}
		session.Set("count", count)
		session.Save()
		c.JSON(200, gin.H{"count": count})
	})
	r.Run(":8000")
}
"""


def test_a_library_session_loader_guards_nothing(tmp_path: Path) -> None:
    # read once a router's own Use was read (this session): "1 routes carry auth" on the name `sessions`; the same
    # middleware given to a named gin group passed before
    write(tmp_path, {"go.mod": GIN_MOD, "main.go": GIN_SESSIONS})
    got = _auth(tmp_path)["endpoint-security/route-auth"]
    assert [s for s, _ in got] == [Status.FAIL]
    assert "sessions.Sessions is a library middleware against something else" in got[0][1]
    grouped = GIN_SESSIONS.replace('\tr.Use(sessions.Sessions("mysession", store))\n',
                                   '\tg := r.Group("/", sessions.Sessions("mysession", store))\n').replace(
        "r.POST(", "g.POST(")
    root = write(tmp_path / "group", {"go.mod": GIN_MOD, "main.go": grouped})
    assert [s for s, _ in _auth(root)["endpoint-security/route-auth"]] == [Status.FAIL]


# chi's README shapes `r.With(paginate)` and `AdminOnly`, on sub-routers: `r.With(mw).Route("/x", func(r chi.Router) {`
CHI_WITH_ROUTE = """\
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func main() {
	r := chi.NewRouter()
	r.With(paginate).Route("/articles", func(r chi.Router) {
		r.Get("/", listArticles)
	})
	r.With(AdminOnly).Route("/admin", func(r chi.Router) {
		r.Delete("/", deleteAll)
	})
	http.ListenAndServe(":3333", r)
}
"""


def test_chi_with_before_a_sub_router(tmp_path: Path) -> None:
    # before: GET /articles was read as GET / (public by policy) and DELETE /admin as an open DELETE /
    write(tmp_path, {"go.mod": CHI_MOD, "main.go": CHI_WITH_ROUTE})
    assert _route_auth(tmp_path) == [(Status.FAIL, "GET /articles")]


def test_a_gorilla_path_call_with_nested_calls_is_listed_unresolved(tmp_path: Path) -> None:
    # a call whose arguments hold a call is not read by the path readers: it must still keep the items from n/a
    text = GORILLA_CALLS.replace(
        '\ts.router.PathPrefix(s.prefixedPath("/debug/pprof/")).Handler(http.DefaultServeMux)\n', "").replace(
        'fmt.Sprintf("/api/%s/items", version)', 'fmt.Sprintf("/api/%s/items", strings.ToLower(version))')
    write(tmp_path, {"go.mod": GORILLA_MOD, "pkg/api/http/server.go": text})
    got = _auth(tmp_path)
    for check in _AUTH_CHECKS:
        assert [s for s, _ in got[check]] == [Status.SKIPPED], check
    assert "server.go:15 Path(fmt.Sprintf(...))" in got["endpoint-security/route-auth"][0][1]


def test_a_use_middleware_is_judged_by_its_name_not_its_arguments(tmp_path: Path) -> None:
    # chi's middleware.SetHeader (its README's "Middlewares" list) with a header named for a token guards nothing
    text = GIN_USE.replace('\tr.Use(gin.BasicAuth(gin.Accounts{"foo": "bar"}))\n',
                           '\tr.Use(middleware.SetHeader("X-Token-Version", "2"))\n')
    write(tmp_path, {"go.mod": GIN_MOD, "main.go": text})
    assert _route_auth(tmp_path) == [(Status.FAIL, "POST /orders"), (Status.FAIL, "DELETE /orders/:id")]
