"""pass-audit8: passes of required items earned by evidence the check did not look at. A Go middleware of the
repository named like a guard counted as one though it only wrapped its handler (one line) or refused for another
reason (a rate limit); a go-kit/gorilla service whose routes name their matchers before the path had only /metrics
read, which passed as "public by policy". Each test is built from real lines and fails on the code before the fix,
beside a guard that the earned shape still passes."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import findings, open_route_messages, scan, write

from deploycheck.model import Status

GO_MOD = """\
module github.com/acme/users

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	golang.org/x/time v0.5.0
)
"""

ROUTES = """\

func deleteUser(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("DELETE /users/{id}", GUARD(http.HandlerFunc(deleteUser)))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
"""

HEADER = """\
package main

import (
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/time/rate"
)

var limiter = rate.NewLimiter(1, 3)
var secret = []byte(os.Getenv("JWT_SECRET"))

"""

# a logging middleware written on one line (gofmt keeps a short function body on one line), named like a guard
ONE_LINE_WRAPPER = ("func requireAuth(next http.Handler) http.Handler { return http.HandlerFunc(func(w "
                    "http.ResponseWriter, r *http.Request) { log.Println(r.Method, r.URL, "
                    "r.Header.Get(\"Authorization\")); next.ServeHTTP(w, r) }) }\n")
# Alex Edwards' "How to Rate Limit HTTP Requests" middleware (x/time/rate), named like a guard: it refuses (429), but
# for the rate, not for who the caller is
RATE_LIMITER = """\
func protect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if limiter.Allow() == false {
			http.Error(w, http.StatusText(429), http.StatusTooManyRequests)
			return
		}

		next.ServeHTTP(w, r)
	})
}
"""
# a token verified, the error only logged (golang-jwt's Parse with a key function)
LOGGED_VERIFICATION = """\
func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return secret, nil })
		log.Println(err)
		next.ServeHTTP(w, r)
	})
}
"""
# a method check with a comment promising the 401
PROMISED = """\
func sessionCheck(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// TODO: answer 401 (http.StatusUnauthorized) when the session is missing
		if r.Method == http.MethodTrace {
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}
"""

# --- guards that check: they keep passing
REFUSING = """\
func requireJWT(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if _, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return secret, nil }); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
"""
# Let's Go's requireAuthentication (a session guard that redirects to the login page)
LETS_GO = """\
type application struct{ sessionManager interface{ Exists(r *http.Request, key string) bool } }

func (app *application) isAuthenticated(r *http.Request) bool {
	return app.sessionManager.Exists(r, "authenticatedUserID")
}

func (app *application) requireAuthentication(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !app.isAuthenticated(r) {
			http.Redirect(w, r, "/user/login", http.StatusSeeOther)
			return
		}

		w.Header().Add("Cache-Control", "no-store")

		next.ServeHTTP(w, r)
	})
}
"""
# a key compared, the refusal in a helper of the repository
HELPER = """\
func apiKeyGuard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != os.Getenv("API_KEY") {
			unauthorized(w)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func unauthorized(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
}
"""


def _repo(tmp_path: Path, name: str, guard_text: str, guard: str) -> Path:
    return write(tmp_path / name, {"go.mod": GO_MOD,
                                   "main.go": HEADER + guard_text + ROUTES.replace("GUARD", guard)})


def test_a_go_middleware_that_shows_no_check_of_the_caller_is_no_guard(tmp_path: Path) -> None:
    cases = {"one-line wrapper": (ONE_LINE_WRAPPER, "requireAuth"), "rate limiter": (RATE_LIMITER, "protect"),
             "logged verification": (LOGGED_VERIFICATION, "requireToken"), "promised 401": (PROMISED, "sessionCheck")}
    for name, (text, guard) in cases.items():
        result = scan(_repo(tmp_path, name.replace(" ", "-"), text, guard),
                      only=("endpoint-security/route-auth", "auth-protocols/token-validation"))
        open_routes = open_route_messages(result)
        assert any("DELETE /users/{id}" in m and guard in m and "lets every caller in" in m for m in open_routes), \
            (name, open_routes)
        assert not findings(result, "auth-protocols/token-validation", Status.PASS), name


def test_go_middleware_that_checks_the_caller_still_guards(tmp_path: Path) -> None:
    cases = {"jwt and 401": (REFUSING, "requireJWT"), "login redirect": (LETS_GO, "app.requireAuthentication"),
             "helper answering 401": (HELPER, "apiKeyGuard")}
    for name, (text, guard) in cases.items():
        result = scan(_repo(tmp_path, name.replace(" ", "-"), text, guard), only=("endpoint-security/route-auth",))
        assert open_route_messages(result) == [], name
        assert {f.status for f in findings(result, "endpoint-security/route-auth")} == {Status.PASS}, name


def test_the_check_a_go_middleware_shows() -> None:
    # gin's and echo's guards, and an echo middleware that returns the echo-jwt library's guard
    gin = """func AuthRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("X-Api-Key") != os.Getenv("API_KEY") {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Next()
	}
}"""
    echo_session = """func SessionAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if _, err := c.Cookie("session"); err != nil {
			return echo.ErrUnauthorized
		}
		return next(c)
	}
}"""
    library = """func JWTAuth() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{SigningKey: []byte(os.Getenv("JWT_SECRET"))})
}"""
    from deploycheck.sources.routes_verify import go_middleware_check  # (here: the old code has none)

    authish = re.compile("jwt|auth", re.I)
    assert go_middleware_check(gin) == "answers StatusUnauthorized"
    assert go_middleware_check(echo_session) == "answers ErrUnauthorized"
    assert go_middleware_check(library, lambda name: None, authish) == \
        "returns the library guard echojwt.WithConfig()"
    # a 413 for a large body, a CORS preflight's 204: refusals for something else than the caller
    body_limit = gin.replace('c.GetHeader("X-Api-Key") != os.Getenv("API_KEY")', "c.Request.ContentLength > 1<<20") \
        .replace("http.StatusUnauthorized", "http.StatusRequestEntityTooLarge")
    assert go_middleware_check(body_limit) == ""
    assert go_middleware_check(RATE_LIMITER) == ""
    assert go_middleware_check(LOGGED_VERIFICATION) == ""  # verifies, but answers nothing
    assert go_middleware_check(PROMISED) == ""  # the 401 is in a comment only
    # the request's methods are no helper of the repository: `r.Header.Get` is not a `func (c *Client) Get` that
    # compares a response's status with 401
    def helper(name: str) -> str | None:
        return {"Get": "answers StatusUnauthorized", "unauthorized": "answers StatusUnauthorized"}.get(name)

    limiter = RATE_LIMITER.replace("limiter.Allow() == false", '!allow(r.Header.Get("X-Forwarded-For"))')
    assert go_middleware_check(limiter, helper) == ""
    assert go_middleware_check(limiter.replace("http.Error(w, http.StatusText(429), http.StatusTooManyRequests)",
                                               "unauthorized(w)"), helper) == \
        "calls unauthorized(), which answers StatusUnauthorized"
    assert go_middleware_check('func f(next http.Handler) http.Handler {\n\tlog.Println("401 Unauthorized")\n'
                               "\treturn next\n}") == ""  # in a string only


# --- gorilla/mux: the matchers before the path (go-kit's transports), and a handler given alone

# mushop's src/payment/transport.go (go-kit over gorilla/mux)
PAYMENT_TRANSPORT = """\
package payment

import (
	"net/http"

	"github.com/go-kit/kit/circuitbreaker"
	"github.com/go-kit/kit/log"
	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/streadway/handy/breaker"
	"golang.org/x/net/context"
)

// MakeHTTPHandler mounts the endpoints into a REST-y HTTP handler.
func MakeHTTPHandler(ctx context.Context, e Endpoints, logger log.Logger) *mux.Router {
	r := mux.NewRouter().StrictSlash(false)
	options := []httptransport.ServerOption{
		httptransport.ServerErrorLogger(logger),
	}

	r.Methods("POST").Path("/paymentAuth").Handler(httptransport.NewServer(
		circuitbreaker.HandyBreaker(breaker.NewBreaker(0.2))(e.AuthoriseEndpoint),
		decodeAuthoriseRequest,
		encodeAuthoriseResponse,
		options...,
	))
	r.Methods("GET").Path("/health").Handler(httptransport.NewServer(
		circuitbreaker.HandyBreaker(breaker.NewBreaker(0.2))(e.HealthEndpoint),
		decodeHealthRequest,
		encodeHealthResponse,
		options...,
	))
	r.Handle("/metrics", promhttp.Handler())
	return r
}
"""


def test_gorilla_routes_whose_matchers_come_before_the_path_are_read(tmp_path: Path) -> None:
    root = write(tmp_path / "payment", {"go.mod": "module github.com/acme/payment\n\ngo 1.13\n",
                                        "transport.go": PAYMENT_TRANSPORT})
    result = scan(root, only=("endpoint-security/route-auth",))
    assert any("POST /paymentAuth" in m for m in open_route_messages(result)), open_route_messages(result)
    assert not findings(result, "endpoint-security/route-auth", Status.PASS)


GORILLA_VERIFYING = """\
package main

import (
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/mux"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

func getUser(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if _, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return secret, nil }); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("{}"))
}

func main() {
	r := mux.NewRouter()
	r.Path("/users/{id}").Methods("GET").HandlerFunc(getUser)
	http.ListenAndServe(":8080", r)
}
"""


def test_a_gorilla_handler_given_alone_is_read_for_its_token_check(tmp_path: Path) -> None:
    root = write(tmp_path / "users", {"go.mod": GO_MOD, "main.go": GORILLA_VERIFYING})
    result = scan(root, only=("endpoint-security/route-auth",))
    assert open_route_messages(result) == []
    assert [f.status for f in findings(result, "endpoint-security/route-auth")] == [Status.PASS]
    # the same handler without its check is still a finding
    open_one = GORILLA_VERIFYING.replace("if _, err := jwt.Parse", "if _, err := jwt.ParseUnverified").replace(
        "func(t *jwt.Token) (interface{}, error) { return secret, nil }", "jwt.MapClaims{}")
    root = write(tmp_path / "open", {"go.mod": GO_MOD, "main.go": open_one})
    assert any("GET /users/{id}" in m for m in open_route_messages(scan(root, only=("endpoint-security/route-auth",))))


# --- Express: library guards told to let callers without a credential through

EXPRESS_PACKAGE = """\
{"name": "shop", "version": "1.0.0", "main": "server.js",
 "dependencies": {"express": "^4.18.2", "express-openid-connect": "^2.17.1", "express-jwt": "^8.4.1",
                  "passport": "^0.7.0", "passport-anonymous": "^1.0.1"}}
"""

# Auth0's Express quickstart (express-openid-connect's README): `authRequired: false`, then requiresAuth() on the
# routes that need a login
AUTH0_QUICKSTART = """\
const express = require('express');
const { auth, requiresAuth } = require('express-openid-connect');

const app = express();

const config = {
  authRequired: false,
  auth0Logout: true,
  secret: process.env.SECRET,
  baseURL: process.env.BASE_URL,
  clientID: process.env.CLIENT_ID,
  issuerBaseURL: process.env.ISSUER_BASE_URL
};

// auth router attaches /login, /logout, and /callback routes to the baseURL
app.use(auth(config));

app.delete('/api/orders/:id', (req, res) => {
  orders.remove(req.params.id);
  res.sendStatus(204);
});

app.listen(3000);
"""

# the RealWorld example's routes/auth.js (express-jwt), and a write route given the optional one
REALWORLD_AUTH = """\
var jwt = require('express-jwt');
var secret = require('../config').secret;

function getTokenFromHeader(req){
  if (req.headers.authorization && req.headers.authorization.split(' ')[0] === 'Token') {
    return req.headers.authorization.split(' ')[1];
  }
  return null;
}

var auth = {
  required: jwt({
    secret: secret,
    userProperty: 'payload',
    getToken: getTokenFromHeader
  }),
  optional: jwt({
    secret: secret,
    userProperty: 'payload',
    credentialsRequired: false,
    getToken: getTokenFromHeader
  })
};

module.exports = auth;
"""
REALWORLD_ROUTES = """\
var router = require('express').Router();
var auth = require('./auth');

router.delete('/articles/:article', auth.GUARD, function(req, res, next){
  return req.article.remove().then(function(){ return res.sendStatus(204); });
});

module.exports = router;
"""
PASSPORT_ROUTES = """\
const express = require('express');
const passport = require('passport');
const router = express.Router();

router.delete('/comments/:id', passport.authenticate(['jwt', 'anonymous'], { session: false }), (req, res) => {
  comments.remove(req.params.id);
  res.sendStatus(204);
});

module.exports = router;
"""


def test_express_auth_that_lets_callers_without_a_credential_through_is_no_guard(tmp_path: Path) -> None:
    cases = {
        "auth0": {"server.js": AUTH0_QUICKSTART},
        "auth0-inline": {"server.js": AUTH0_QUICKSTART.replace("app.use(auth(config));",
                                                               "app.use(auth({ authRequired: false }));")},
        "realworld": {"routes/auth.js": REALWORLD_AUTH, "routes/articles.js": REALWORLD_ROUTES.replace(
            "GUARD", "optional")},
        "anonymous": {"routes/comments.js": PASSPORT_ROUTES},
    }
    for name, files in cases.items():
        root = write(tmp_path / name, {"package.json": EXPRESS_PACKAGE, **files})
        result = scan(root, only=("endpoint-security/route-auth",))
        assert any("DELETE" in m for m in open_route_messages(result)), (name, open_route_messages(result))
        assert not findings(result, "endpoint-security/route-auth", Status.PASS), name


def test_express_auth_that_requires_the_credential_still_guards(tmp_path: Path) -> None:
    cases = {
        "auth0": {"server.js": AUTH0_QUICKSTART.replace("authRequired: false", "authRequired: true")},
        "realworld": {"routes/auth.js": REALWORLD_AUTH, "routes/articles.js": REALWORLD_ROUTES.replace(
            "GUARD", "required")},
        "jwt-only": {"routes/comments.js": PASSPORT_ROUTES.replace("['jwt', 'anonymous']", "'jwt'")},
    }
    for name, files in cases.items():
        root = write(tmp_path / name, {"package.json": EXPRESS_PACKAGE, **files})
        result = scan(root, only=("endpoint-security/route-auth",))
        assert open_route_messages(result) == [], name
        assert {f.status for f in findings(result, "endpoint-security/route-auth")} == {Status.PASS}, name


# --- FastAPI: a fastapi.security scheme whose value the handler never checks, an optional user dependency

FASTAPI_REQUIREMENTS = "fastapi==0.110.0\nuvicorn==0.29.0\nPyJWT==2.8.0\n"
# FastAPI's tutorial "Security - First Steps" (the token is taken, never verified), on a write route
FIRST_STEPS = """\
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer

app = FastAPI()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
api_key_header = APIKeyHeader(name="X-API-Key")


@app.delete("/items/{item_id}")
async def delete_item(item_id: int, token: Annotated[str, Depends(oauth2_scheme)]):
    return {"token": token}
"""
# fastapi-realworld's comments route: the user when a token is sent, None otherwise
REALWORLD_COMMENTS = """\
from typing import Optional

from fastapi import APIRouter, Depends

from app.api.dependencies.authentication import get_current_user_authorizer

router = APIRouter()


@router.delete("/comments/{comment_id}")
async def delete_comment_from_article(
    comment_id: int,
    user: Optional[User] = Depends(get_current_user_authorizer(required=False)),
) -> None:
    await comments_repo.delete_comment(comment_id=comment_id)
"""


def test_fastapi_dependencies_that_let_any_caller_in_are_no_guard(tmp_path: Path) -> None:
    cases = {
        "first-steps": FIRST_STEPS,
        "decorator": FIRST_STEPS.replace('@app.delete("/items/{item_id}")',
                                         '@app.delete("/items/{item_id}", dependencies=[Depends(api_key_header)])')
                                .replace(", token: Annotated[str, Depends(oauth2_scheme)]", ""),
        "optional-user": REALWORLD_COMMENTS,
    }
    for name, text in cases.items():
        root = write(tmp_path / name, {"requirements.txt": FASTAPI_REQUIREMENTS, "app/main.py": text})
        result = scan(root, only=("endpoint-security/route-auth", "auth-protocols/token-validation"))
        assert any("DELETE" in m for m in open_route_messages(result)), (name, open_route_messages(result))
        assert not findings(result, "endpoint-security/route-auth", Status.PASS), name
        assert not findings(result, "auth-protocols/token-validation", Status.PASS), name


def test_fastapi_scheme_values_the_handler_checks_still_guard(tmp_path: Path) -> None:
    cases = {
        "decoded": FIRST_STEPS.replace("from fastapi import", "import jwt\nfrom fastapi import").replace(
            '    return {"token": token}', '    claims = jwt.decode(token, SECRET, algorithms=["HS256"])\n'
            '    return {"deleted": item_id, "by": claims["sub"]}'),
        "compared": FIRST_STEPS.replace("token: Annotated[str, Depends(oauth2_scheme)]",
                                        "api_key: str = Depends(api_key_header)").replace(
            '    return {"token": token}', "    if api_key != API_KEY:\n        raise HTTPException(status_code=403)\n"
            '    return {"deleted": item_id}'),
        "required-user": REALWORLD_COMMENTS.replace("get_current_user_authorizer(required=False)",
                                                    "get_current_user_authorizer()"),
    }
    for name, text in cases.items():
        root = write(tmp_path / name, {"requirements.txt": FASTAPI_REQUIREMENTS, "app/main.py": text})
        result = scan(root, only=("endpoint-security/route-auth",))
        assert open_route_messages(result) == [], (name, open_route_messages(result))
        assert {f.status for f in findings(result, "endpoint-security/route-auth")} == {Status.PASS}, name


# --- Spring: method security that lets anyone in (Spring Security's expressions `permitAll`, `isAnonymous()`, and
# the attributes IS_AUTHENTICATED_ANONYMOUSLY / ROLE_ANONYMOUS) was counted as the route's guard

SPRING_POM = """\
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId><artifactId>orders</artifactId><version>1.0</version>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
    <version>3.2.0</version></parent>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId>
    </dependency>
  </dependencies>
</project>
"""
SPRING_CONTROLLER = """\
package com.acme.orders;

import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/orders")
@PreAuthorize("hasRole('ADMIN')")
public class OrderController {

    @PreAuthorize("permitAll()")
    @DeleteMapping("/{id}")
    public void delete(@PathVariable String id) {
        repository.deleteById(id);
    }

    @Secured("IS_AUTHENTICATED_ANONYMOUSLY")
    @PostMapping
    public Order create(@RequestBody Order order) {
        return repository.save(order);
    }

    @PutMapping("/{id}")
    public Order update(@PathVariable String id, @RequestBody Order order) {
        return repository.save(order);
    }
}
"""


def test_spring_method_security_that_permits_anyone_is_no_guard(tmp_path: Path) -> None:
    root = write(tmp_path / "orders", {"pom.xml": SPRING_POM,
                                       "src/main/java/com/acme/orders/OrderController.java": SPRING_CONTROLLER})
    result = scan(root, only=("endpoint-security/route-auth", "auth-protocols/token-validation"))
    route_auth = findings(result, "endpoint-security/route-auth")
    # the two opened handlers are declared public (as @PermitAll is), never "carry auth"; the class guards PUT
    declared = [f for f in route_auth if "declared public" in f.message]
    assert len(declared) == 1 and "DELETE /orders/{id}" in declared[0].message and "POST /orders" in \
        declared[0].message, [f.message for f in route_auth]
    assert any(f.status is Status.PASS and "1 routes carry auth" in f.message for f in route_auth), \
        [f.message for f in route_auth]
    # a class opened by permitAll() with a guarded method: the method's own annotation decides
    flipped = SPRING_CONTROLLER.replace('@PreAuthorize("hasRole(\'ADMIN\')")\npublic',
                                        '@PreAuthorize("permitAll")\npublic').replace(
        '    @PreAuthorize("permitAll()")\n', "    @PreAuthorize(\"hasAuthority('SCOPE_orders:write')\")\n")
    root = write(tmp_path / "flipped", {"pom.xml": SPRING_POM,
                                        "src/main/java/com/acme/orders/OrderController.java": flipped})
    messages = [f.message for f in findings(scan(root, only=("endpoint-security/route-auth",)),
                                            "endpoint-security/route-auth")]
    assert any("declared public" in m and "PUT /orders/{id}" in m and "DELETE" not in m for m in messages), messages


# --- auth-protocols/tls-verification: certificate checks switched off in C#, Java, Rust, Ruby and PHP code passed as
# "no production code or configuration switches TLS certificate verification off"

# exceptionless' src/Exceptionless.Core/Repositories/Configuration/ExceptionlessElasticConfiguration.cs
ELASTIC_CONFIGURATION = """\
public sealed class ExceptionlessElasticConfiguration : ElasticConfiguration
{
    protected override void ConfigureSettings(ElasticsearchClientSettings settings)
    {
        if (_appOptions.AppMode == AppMode.Development)
            settings.EnableDebugMode();

        settings.ServerCertificateValidationCallback((_, _, _, _) => true);
        settings.DisableDirectStreaming();
    }
}
"""
# coolstore-microservices' src/dotnet/api-gateway/Middleware/GatewaySetup.cs, and the commented-out copy of Program.cs
GATEWAY_SETUP = """\
            // insecure for development
            options.BackchannelHttpHandler = new HttpClientHandler()
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.\
DangerousAcceptAnyServerCertificateValidator
            };
""".replace("HttpClientHandler.\n", "HttpClientHandler.")
COMMENTED = """\
    //options.BackchannelHttpHandler = new HttpClientHandler
    //{
    //    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
    //};
"""
# teastore's RESTClient.java
REST_CLIENT = """\
\t\t\t\tHostnameVerifier allHostsValid = (hostname, session) -> true;
\t\t\t\tHttpsURLConnection.setDefaultHostnameVerifier(allHostsValid);
"""


def test_certificate_checks_switched_off_in_other_languages_are_found(tmp_path: Path) -> None:
    cases = {
        "Configuration/ElasticConfiguration.cs": (ELASTIC_CONFIGURATION, "ServerCertificateValidationCallback"),
        "Middleware/GatewaySetup.cs": (GATEWAY_SETUP, "DangerousAcceptAnyServerCertificateValidator"),
        "util/RESTClient.java": (REST_CLIENT, "HostnameVerifier"),
        "src/client.rs": ("    let client = reqwest::Client::builder().danger_accept_invalid_certs(true).build()?;\n",
                          "danger_accept_invalid_certs"),
        "lib/client.rb": ("    http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n", "VERIFY_NONE"),
        "src/Client.php": ("        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n", "CURLOPT_SSL_VERIFYPEER"),
    }
    for i, (rel, (text, setting)) in enumerate(cases.items()):
        root = write(tmp_path / str(i), {rel: text})
        found = findings(scan(root, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification")
        assert [f.status for f in found] == [Status.FAIL] and setting in found[0].message, (rel, found)
    root = write(tmp_path / "commented", {"Program.cs": COMMENTED})
    found = findings(scan(root, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification")
    assert [f.status for f in found] == [Status.PASS], found


# --- Express: a middleware of the repository named like a guard that refuses for another reason

EXPRESS_APP = """\
const express = require('express');
const jwt = require('jsonwebtoken');
const app = express();
const hits = new Map();

GUARD

app.delete('/api/files/:id', NAME, (req, res) => {
  files.remove(req.params.id);
  res.sendStatus(204);
});

app.listen(3000);
"""
# a rate limiter and an upload filter named like guards
PROTECT = """\
function protect(req, res, next) {
  const count = (hits.get(req.ip) || 0) + 1;
  hits.set(req.ip, count);
  if (count > 100) {
    return res.status(429).send('Too many requests');
  }
  next();
}"""
VERIFY_FILE_TYPE = """\
const verifyFileType = (req, res, next) => {
  if (!req.is('multipart/form-data')) {
    return res.status(415).json({ error: 'multipart/form-data expected' });
  }
  next();
};"""
# the usual jsonwebtoken middleware, and a session guard
AUTHENTICATE_TOKEN = """\
function authenticateToken(req, res, next) {
  const authHeader = req.headers['authorization'];
  const token = authHeader && authHeader.split(' ')[1];
  if (token == null) return res.sendStatus(401);

  jwt.verify(token, process.env.TOKEN_SECRET, (err, user) => {
    if (err) return res.sendStatus(403);
    req.user = user;
    next();
  });
}"""
REQUIRE_LOGIN = """\
function requireLogin(req, res, next) {
  if (!req.session.userId) {
    return res.redirect('/login');
  }
  next();
}"""


def test_an_express_middleware_that_refuses_for_something_else_is_no_guard(tmp_path: Path) -> None:
    package = '{"name": "files", "dependencies": {"express": "^4.18.2", "jsonwebtoken": "^9.0.2"}}\n'
    cases = ((PROTECT, "protect", False), (VERIFY_FILE_TYPE, "verifyFileType", False),
             (AUTHENTICATE_TOKEN, "authenticateToken", True), (REQUIRE_LOGIN, "requireLogin", True))
    for guard, name, guarded in cases:
        root = write(tmp_path / name, {"package.json": package,
                                       "server.js": EXPRESS_APP.replace("GUARD", guard).replace("NAME", name)})
        open_routes = open_route_messages(scan(root, only=("endpoint-security/route-auth",)))
        if guarded:
            assert open_routes == [], (name, open_routes)
        else:
            assert any(name in m and "checks no credential" in m for m in open_routes), (name, open_routes)


# --- library middleware against something else than an anonymous caller, named like a guard

# csurf's README
CSURF_README = """\
var cookieParser = require('cookie-parser')
var csrf = require('csurf')
var bodyParser = require('body-parser')
var express = require('express')

// setup route middlewares
var csrfProtection = csrf({ cookie: true })
var parseForm = bodyParser.urlencoded({ extended: false })

// create express app
var app = express()

// parse cookies
// we need this because "cookie" is true in csrfProtection
app.use(cookieParser())

app.get('/form', csrfProtection, function (req, res) {
  // pass the csrfToken to the view
  res.render('send', { csrfToken: req.csrfToken() })
})

app.post('/process', parseForm, csrfProtection, function (req, res) {
  res.send('data is being processed')
})
"""
# unrolled/secure's, scs' and gorilla/csrf's READMEs, on net/http routes
GO_LIBRARIES = """\
package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/go-chi/jwtauth/v5"
	"github.com/gorilla/csrf"
	"github.com/unrolled/secure"
)

var sessionManager = scs.New()
var tokenAuth = jwtauth.New("HS256", []byte("secret"), nil)

func deleteUser(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	secureMiddleware := secure.New(secure.Options{FrameDeny: true})
	mux := http.NewServeMux()
	mux.Handle("DELETE /a/{id}", secureMiddleware.Handler(http.HandlerFunc(deleteUser)))
	mux.Handle("DELETE /b/{id}", sessionManager.LoadAndSave(http.HandlerFunc(deleteUser)))
	mux.Handle("DELETE /c/{id}", csrf.Protect([]byte("32-byte-long-auth-key"))(http.HandlerFunc(deleteUser)))
	mux.Handle("DELETE /d/{id}", csrf.Protect(key)(jwtauth.Authenticator(tokenAuth)(http.HandlerFunc(deleteUser))))
	http.ListenAndServe(":4000", mux)
}
"""


def test_library_middleware_against_forgery_or_for_headers_is_no_guard(tmp_path: Path) -> None:
    root = write(tmp_path / "forms", {"package.json": '{"name": "forms", "dependencies": {"express": "^4.18.2", '
                                                      '"csurf": "^1.11.0"}}\n', "server.js": CSURF_README})
    result = scan(root, only=("endpoint-security/route-auth", "auth-protocols/token-validation"))
    assert any("POST /process" in m and "csrfProtection" in m for m in open_route_messages(result)), \
        open_route_messages(result)
    assert not findings(result, "auth-protocols/token-validation", Status.PASS)
    root = write(tmp_path / "go", {"go.mod": GO_MOD, "main.go": GO_LIBRARIES})
    open_routes = open_route_messages(scan(root, only=("endpoint-security/route-auth",)))
    for path, name in (("/a/", "secureMiddleware.Handler"), ("/b/", "sessionManager.LoadAndSave"),
                       ("/c/", "csrf.Protect")):
        assert any(path in m and name in m for m in open_routes), (path, open_routes)
    assert not any("/d/" in m for m in open_routes), open_routes  # jwtauth's Authenticator guards it


# --- NestJS: @nestjs/throttler's guard and role metadata that no guard reads

NEST_PACKAGE = ('{"name": "cats", "dependencies": {"@nestjs/common": "^10.0.0", "@nestjs/core": "^10.0.0", '
                '"@nestjs/throttler": "^5.0.0"}}\n')
# Nest's docs: the "Rate limiting" chapter's guard, and the "Authorization" chapter's Roles decorator
CATS_CONTROLLER = """\
import { Controller, Delete, Param, Post, Body, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Roles } from './roles.decorator';
import { CatsService } from './cats.service';

@Controller('cats')
export class CatsController {
  constructor(private catsService: CatsService) {}

  @Delete(':id')
  @UseGuards(ThrottlerGuard)
  remove(@Param('id') id: string) {
    return this.catsService.remove(id);
  }

  @Post()
  @Roles(['admin'])
  async create(@Body() createCatDto: CreateCatDto) {
    this.catsService.create(createCatDto);
  }
}
"""
ROLES_DECORATOR = """\
import { Reflector } from '@nestjs/core';

export const Roles = Reflector.createDecorator<string[]>();
"""
APP_MODULE = """\
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RolesGuard } from './cats/roles.guard';

@Module({
  providers: [
    {
      provide: APP_GUARD,
      useClass: RolesGuard,
    },
  ],
})
export class AppModule {}
"""


def test_nest_rate_limits_and_unread_role_metadata_are_no_guards(tmp_path: Path) -> None:
    files = {"package.json": NEST_PACKAGE, "src/cats/cats.controller.ts": CATS_CONTROLLER,
             "src/cats/roles.decorator.ts": ROLES_DECORATOR}
    result = scan(write(tmp_path / "cats", files), only=("endpoint-security/route-auth",
                                                         "auth-protocols/token-validation"))
    open_routes = open_route_messages(result)
    assert any("DELETE /cats/:id" in m and "ThrottlerGuard" in m for m in open_routes), open_routes
    assert any("POST /cats" in m and "Roles" in m for m in open_routes), open_routes
    assert not findings(result, "auth-protocols/token-validation", Status.PASS)
    # a guard registered for the application reads the metadata: @Roles stays the route's guard
    guarded = scan(write(tmp_path / "guarded", {**files, "src/app.module.ts": APP_MODULE}),
                   only=("endpoint-security/route-auth",))
    assert not any("POST /cats" in m for m in open_route_messages(guarded)), open_route_messages(guarded)
