"""Issue 8, acc-routes7: endpoint-security/route-auth precision on the labelled set (each case from a false positive
of bench/accuracy/, built from the repository's real lines)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import open_route_messages, scan, write

from deploycheck.checks.security.api import DEFAULT_PUBLIC_PATHS, is_public
from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes

ROUTE_AUTH = "endpoint-security/route-auth"
GO_MOD = "module github.com/vardius/go-api-boilerplate\n\ngo 1.17\n\nrequire github.com/vardius/gorouter/v4 v4.5.1\n"

# --- vardius/gorouter: USE(method, path, middleware) guards that method's subtree under path ----------------------

# vardius/go-api-boilerplate cmd/auth/internal/interfaces/http/router.go (handlers and config trimmed)
AUTH_ROUTER = """\
package http

import (
\t"net/http"

\thttpmiddleware "github.com/vardius/go-api-boilerplate/pkg/http/middleware"
\t"github.com/vardius/go-api-boilerplate/pkg/identity"
\t"github.com/vardius/gorouter/v4"
)

// NewRouter provides new router
func NewRouter(cfg *config.Config) http.Handler {
\t// Global middleware
\trouter := gorouter.New(
\t\thttpmiddleware.Recover(),
\t\thttpmiddleware.Logger(),
\t)
\trouter.NotFound(json.NotFound())

\trouter.POST("/dispatch/client/{command}", handlers.BuildClientCommandDispatchHandler(commandBus))
\trouter.POST("/dispatch/token/{command}", handlers.BuildTokenCommandDispatchHandler(commandBus))

\trouter.GET("/clients", handlers.BuildListClientsHandler(clientRepository))
\trouter.GET("/clients/{clientID}", handlers.BuildGetClientHandler(clientRepository))
\trouter.GET("/clients/{clientID}/tokens", handlers.BuildListTokensHandler(tokenRepository, clientRepository))
\trouter.GET("/users/{userID}/tokens", handlers.BuildListUserAuthTokensHandler(tokenRepository))

\t// middleware applies to whole subtrees
\trouter.USE(http.MethodGet, "/users", httpmiddleware.GrantAccessFor(identity.PermissionTokenRead))
\trouter.USE(http.MethodGet, "/clients", httpmiddleware.GrantAccessFor(identity.PermissionClientRead))
\trouter.USE(http.MethodPost, "/dispatch", httpmiddleware.GrantAccessFor(identity.PermissionClientWrite))

\tmainRouter := gorouter.New()
\tmainRouter.GET("/stats", handlers.BuildStatsHandler())
\tmainRouter.Mount("/v1", router)

\treturn mainRouter
}
"""

# cmd/user/internal/interfaces/http/router.go: the guard of the dispatch route is put on
# "/dispatch/"+user.ChangeUserEmailAddress, which is not the route's subtree (labelled a problem)
USER_ROUTER = """\
package http

import (
\t"net/http"

\thttpmiddleware "github.com/vardius/go-api-boilerplate/pkg/http/middleware"
\t"github.com/vardius/go-api-boilerplate/pkg/identity"
\t"github.com/vardius/gorouter/v4"
)

func NewRouter(cfg *config.Config) http.Handler {
\trouter := gorouter.New(httpmiddleware.Recover())

\trouter.GET("/me", handlers.BuildMeHandler(repository))
\trouter.POST("/dispatch/user/{command}", handlers.BuildUserCommandDispatchHandler(commandBus))

\trouter.USE(http.MethodGet, "/me", httpmiddleware.GrantAccessFor(identity.PermissionUserRead))
\trouter.USE(http.MethodPost, "/dispatch/"+user.ChangeUserEmailAddress, \
httpmiddleware.GrantAccessFor(identity.PermissionUserWrite))

\treturn router
}
"""


def _guarded(tmp_path: Path, files: dict[str, str]) -> dict[str, bool]:
    write(tmp_path, {"go.mod": GO_MOD, **files})
    return {f"{r.method} {r.path}": bool(r.auth_hints) for r in Context(tmp_path, Config()).use(code_routes).routes}


def test_gorouter_use_guards_the_methods_subtree_under_its_path(tmp_path: Path) -> None:
    assert _guarded(tmp_path, {"cmd/auth/router.go": AUTH_ROUTER}) == {
        "POST /dispatch/client/{command}": True, "POST /dispatch/token/{command}": True,
        "GET /clients": True, "GET /clients/{clientID}": True, "GET /clients/{clientID}/tokens": True,
        "GET /users/{userID}/tokens": True,
        "GET /stats": False}  # another router (mainRouter): the USE calls were router's
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert [m.split(" (")[0] for m in open_route_messages(result)] == ["GET /stats"]


def test_gorouter_use_on_a_path_that_is_not_the_routes_subtree_guards_nothing(tmp_path: Path) -> None:
    # "/dispatch/"+user.ChangeUserEmailAddress is /dispatch/user-change-email-address: not /dispatch/user/{command}
    assert _guarded(tmp_path, {"cmd/user/router.go": USER_ROUTER}) == {
        "GET /me": True, "POST /dispatch/user/{command}": False}
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert [m.split(" (")[0] for m in open_route_messages(result)] == ["POST /dispatch/user/{command}"]


def test_gorouter_use_of_another_method_or_prefix_or_router_guards_nothing(tmp_path: Path) -> None:
    other = (AUTH_ROUTER
             .replace('USE(http.MethodPost, "/dispatch"', 'USE(http.MethodGet, "/dispatch"')  # GET only
             .replace('USE(http.MethodGet, "/clients"', 'USE(http.MethodGet, "/client"')  # not a whole segment
             .replace('router.USE(http.MethodGet, "/users"', 'mainRouter.USE(http.MethodGet, "/users"'))
    assert _guarded(tmp_path, {"cmd/auth/router.go": other}) == {
        "POST /dispatch/client/{command}": False, "POST /dispatch/token/{command}": False,
        "GET /clients": False, "GET /clients/{clientID}": False, "GET /clients/{clientID}/tokens": False,
        "GET /users/{userID}/tokens": False, "GET /stats": False}


def test_gorouter_useany_and_the_root_path_cover_more(tmp_path: Path) -> None:
    # USEANY(path): every method under the path; USE(method, ""): the method's whole tree
    text = (AUTH_ROUTER
            .replace('router.USE(http.MethodPost, "/dispatch", ', 'router.USEANY("/dispatch", ')
            .replace('router.USE(http.MethodGet, "/users", ', 'mainRouter.USE("GET", "", '))
    assert _guarded(tmp_path, {"cmd/auth/router.go": text}) == {
        "POST /dispatch/client/{command}": True, "POST /dispatch/token/{command}": True,
        "GET /clients": True, "GET /clients/{clientID}": True, "GET /clients/{clientID}/tokens": True,
        "GET /users/{userID}/tokens": False, "GET /stats": True}


def test_use_without_gorouter_or_with_the_router_reassigned_guards_nothing(tmp_path: Path) -> None:
    # another library's USE is not gorouter's; a variable assigned twice in the function may be another router
    no_import = AUTH_ROUTER.replace('\t"github.com/vardius/gorouter/v4"\n', "")
    assert not any(_guarded(tmp_path, {"cmd/auth/router.go": no_import}).values())
    reassigned = AUTH_ROUTER.replace("\tmainRouter := gorouter.New()\n",
                                     "\tmainRouter := gorouter.New()\n\trouter = gorouter.New()\n")
    assert not any(_guarded(tmp_path, {"cmd/auth/router.go": reassigned}).values())


# --- the probe kinds' own names: /readiness is a readiness probe as /ready is -----------------------------------

# go-api-boilerplate's routers end with the two probe routes on the main router, outside the guarded /v1 router
PROBES = """\
\tmainRouter := gorouter.New()
\tmainRouter.NotFound(json.NotFound())
\tmainRouter.NotAllowed(json.NotAllowed())

\t// We do not want to apply middleware for this handlers
\t// Liveness probes are to indicate that your application is running
\tmainRouter.GET("/health", handlers.BuildLivenessHandler())
\t// Readiness is meant to check if your application is ready to serve traffic
\tmainRouter.GET("/readiness", handlers.BuildReadinessHandler(sqlConn, mongoConn, grpcConnectionMap))

\tmainRouter.Mount("/v1", router)
"""


def test_a_readiness_route_is_a_probe_like_ready(tmp_path: Path) -> None:
    text = USER_ROUTER.replace("\treturn router\n", PROBES + "\n\treturn mainRouter\n")
    write(tmp_path, {"go.mod": GO_MOD, "cmd/user/router.go": text})
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert [m.split(" (")[0] for m in open_route_messages(result)] == ["POST /dispatch/user/{command}"]
    # the probe kinds' names only: a resource's readiness under a parameter is its data
    assert is_public("/v1/readiness", DEFAULT_PUBLIC_PATHS) and is_public("/api/liveness", DEFAULT_PUBLIC_PATHS)
    assert not is_public("/orders/{id}/readiness", DEFAULT_PUBLIC_PATHS)


# --- the legs of an OAuth flow: a provider's callback and its sign-in start, an authorization endpoint ----------

# go-api-boilerplate cmd/user/internal/interfaces/http/router.go: Google and Facebook sign-in
SIGN_IN = """\
package http

import (
\t"fmt"

\t"github.com/vardius/gorouter/v4"
\t"golang.org/x/oauth2"
\t"golang.org/x/oauth2/facebook"
\t"golang.org/x/oauth2/google"
)

func NewRouter(cfg *config.Config) http.Handler {
\trouter := gorouter.New()

\trouter.POST("/dispatch/user/{command}", handlers.BuildUserCommandDispatchHandler(commandBus))

\tvar googleOauthConfig = &oauth2.Config{
\t\tRedirectURL:  fmt.Sprintf("%s/v1/google/callback", cfg.App.ApiBaseURL),
\t\tClientID:     cfg.Google.ClientID,
\t\tClientSecret: cfg.Google.ClientSecret,
\t\tScopes:       []string{"https://www.googleapis.com/auth/userinfo.email"},
\t\tEndpoint:     google.Endpoint,
\t}
\trouter.POST("/google", handlers.BuildSocialAuthHandler(googleOauthConfig))
\trouter.POST("/google/callback", handlers.BuildAuthCallbackHandler(googleOauthConfig, googleAPIURL, commandBus, \
user.RegisterUserWithGoogle))

\tvar facebookOauthConfig = &oauth2.Config{
\t\tRedirectURL:  fmt.Sprintf("%s/v1/facebook/callback", cfg.App.ApiBaseURL),
\t\tScopes:       []string{"public_profile"},
\t\tEndpoint:     facebook.Endpoint,
\t}
\trouter.POST("/facebook", handlers.BuildSocialAuthHandler(facebookOauthConfig))
\trouter.POST("/facebook/callback", handlers.BuildAuthCallbackHandler(facebookOauthConfig, facebookAPIURL, \
commandBus, user.RegisterUserWithGoogle))

\treturn router
}
"""

# cmd/auth/internal/interfaces/http/router.go: the oauth2.v4 server's authorization and token endpoints
AUTHORIZATION_SERVER = """\
package http

import (
\t"github.com/vardius/gorouter/v4"
\t"gopkg.in/oauth2.v4/server"
)

func NewRouter(cfg *config.Config, server *server.Server) http.Handler {
\trouter := gorouter.New()

\tauthorizeHandler := handlers.BuildAuthorizeHandler(server)
\trouter.GET("/authorize", authorizeHandler)
\trouter.POST("/authorize", authorizeHandler)
\trouter.POST("/token", handlers.BuildTokenHandler(server))

\trouter.POST("/dispatch/client/{command}", handlers.BuildClientCommandDispatchHandler(commandBus))

\treturn router
}
"""


def _open_routes(tmp_path: Path, files: dict[str, str]) -> list[str]:
    write(tmp_path, {"go.mod": GO_MOD, **files})
    return sorted(m.split(" (")[0] for m in open_route_messages(scan(tmp_path, only=(ROUTE_AUTH,))))


def test_a_providers_sign_in_start_and_callback_are_public_by_design(tmp_path: Path) -> None:
    assert _open_routes(tmp_path, {"cmd/user/router.go": SIGN_IN}) == ["POST /dispatch/user/{command}"]
    [legs] = [f for f in scan(tmp_path, only=(ROUTE_AUTH,)).findings if "OAuth" in f.message]
    assert legs.evidence == {"routes": ["POST /google", "POST /google/callback", "POST /facebook",
                                        "POST /facebook/callback"]}


def test_an_authorization_endpoint_beside_its_token_endpoint_is_public_by_design(tmp_path: Path) -> None:
    assert _open_routes(tmp_path, {"cmd/auth/router.go": AUTHORIZATION_SERVER}) == ["POST /dispatch/client/{command}"]


def test_names_without_their_pair_or_under_a_parameter_stay_routes(tmp_path: Path) -> None:
    # a provider's name without its callback beside it, an authorize without a token endpoint in the same file, a
    # callback of no identity provider, a provider's callback under a path parameter: routes like any other
    alone = (SIGN_IN.replace('"/google/callback"', '"/google/done"')
             .replace('"/facebook/callback"', '"/payments/callback"')
             .replace('"/facebook"', '"/users/{id}/facebook/callback"'))
    # (and ardanlabs-service's /auth/authorize, an authorization decision for other services, beside a /auth/token)
    payments = ('\trouter.POST("/payments/token", h)\n\trouter.POST("/payments/authorize", h)\n'
                '\trouter.POST("/auth/token", h)\n\trouter.POST("/auth/authorize", h)\n')
    server = AUTHORIZATION_SERVER.replace('\trouter.POST("/token", handlers.BuildTokenHandler(server))\n', payments)
    assert _open_routes(tmp_path, {"cmd/user/router.go": alone, "cmd/auth/router.go": server}) == [
        "GET /authorize", "POST /auth/authorize", "POST /authorize", "POST /dispatch/client/{command}",
        "POST /dispatch/user/{command}", "POST /google", "POST /google/done", "POST /payments/authorize",
        "POST /payments/callback", "POST /users/{id}/facebook/callback"]  # the */token ones: public by default
    # under an API version or an OAuth prefix, the pair is the authorization server's
    for prefix in ("/v1", "/oauth", "/api/v2/oauth2"):
        versioned = AUTHORIZATION_SERVER.replace('"/authorize"', f'"{prefix}/authorize"').replace(
            '"/token"', f'"{prefix}/token"')
        root = tmp_path / prefix.replace("/", "_")
        assert _open_routes(root, {"cmd/auth/router.go": versioned}) == ["POST /dispatch/client/{command}"]


# --- Handle(method, path, handler): the method first (gorouter's Handle; httprouter's and other muxes' alike) ------

def test_handle_with_the_method_first_is_a_route_of_that_method(tmp_path: Path) -> None:
    # AUTH_ROUTER's routes registered through gorouter's Handle(method, path, handler) instead of GET/POST: they were
    # unresolved registrations ("path built at run time": the path read was `http.MethodPost`), never judged
    handle = (AUTH_ROUTER
              .replace('router.POST("/dispatch/client/{command}", ',
                       'router.Handle(http.MethodPost, "/dispatch/client/{command}", ')
              .replace('router.GET("/clients", ', 'router.Handle(http.MethodGet, "/clients", ')
              .replace('mainRouter.GET("/stats", ', 'mainRouter.Handle("GET", "/stats", '))
    assert _guarded(tmp_path, {"cmd/auth/router.go": handle}) == {
        "POST /dispatch/client/{command}": True, "POST /dispatch/token/{command}": True,
        "GET /clients": True, "GET /clients/{clientID}": True, "GET /clients/{clientID}/tokens": True,
        "GET /users/{userID}/tokens": True,
        "GET /stats": False}
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert [m.split(" (")[0] for m in open_route_messages(result)] == ["GET /stats"]
    assert not [f for f in result.findings if f.check_id == ROUTE_AUTH and f.status is Status.SKIPPED]
