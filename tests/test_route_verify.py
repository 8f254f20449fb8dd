"""endpoint-security/route-auth: handlers in Go, JavaScript/TypeScript and Java that read the caller's credential
and verify the token themselves are protected; decoding without verifying, a thrown-away verification error, a
helper that verifies nothing, a verifier of another type's method of the same name protect nothing (issue 8 §2:
a false pass on a required item is the worst outcome)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, open_route_messages, scan, write

from deploycheck.model import Status


def _open_routes(root: Path) -> list[str]:
    result = scan(root, only=("endpoint-security/route-auth",))
    return sorted(m.split(" (")[0] for m in open_route_messages(result))


def _guarded(root: Path) -> dict[str, list[str]]:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.routes import code_routes

    routes = Context(root, load_config(root)).use(code_routes)
    return {f"{r.method} {r.path}": r.auth_hints for r in routes.routes}


# --- Go ---------------------------------------------------------------------------------------------

GO_SERVER = """\
package http

func (s *Server) registerHandlers() {
\ts.router.HandleFunc("/token/validate", s.tokenValidateHandler).Methods("GET")
\ts.router.HandleFunc("/peek", s.peekHandler).Methods("GET")
\ts.router.HandleFunc("/careless", s.carelessHandler).Methods("GET")
\ts.router.HandleFunc("/nokey", s.noKeyHandler).Methods("GET")
\ts.router.HandleFunc("/orders", s.ordersHandler).Methods("GET")
\ts.router.HandleFunc("/profile", s.profileHandler).Methods("GET")
\ts.router.HandleFunc("/inline", func(w http.ResponseWriter, r *http.Request) {
\t\traw := r.Header.Get("Authorization")
\t\tif _, err := verifier.Verify(r.Context(), raw); err != nil {
\t\t\thttp.Error(w, "unauthorized", http.StatusUnauthorized)
\t\t}
\t}).Methods("GET")
\ts.router.HandleFunc("/plain", s.plainHandler).Methods("GET")
}
"""
GO_HANDLERS = """\
package http

func (s *Server) tokenValidateHandler(w http.ResponseWriter, r *http.Request) {
\tauthorizationHeader := r.Header.Get("authorization")
\tbearerToken := strings.Split(authorizationHeader, " ")
\tclaims := jwtCustomClaims{}
\ttoken, err := jwt.ParseWithClaims(bearerToken[1], &claims, func(token *jwt.Token) (interface{}, error) {
\t\tif _, ok := token.Method.(*jwt.SigningMethodHMAC); !ok {
\t\t\treturn nil, fmt.Errorf("invalid signing method")
\t\t}
\t\treturn []byte(s.config.JWTSecret), nil
\t})
\tif err != nil || claims.Issuer != "podinfo" {
\t\ts.ErrorResponse(w, r, err.Error(), http.StatusUnauthorized)
\t\treturn
\t}
\t_ = token
}

func (s *Server) peekHandler(w http.ResponseWriter, r *http.Request) {
\traw := r.Header.Get("Authorization")
\ttoken, _, err := new(jwt.Parser).ParseUnverified(raw, &jwtCustomClaims{})
\t_, _ = token, err
}

func (s *Server) carelessHandler(w http.ResponseWriter, r *http.Request) {
\traw := r.Header.Get("Authorization")
\ttoken, _ := jwt.Parse(raw, s.keyFunc)
\t_ = token
}

func (s *Server) noKeyHandler(w http.ResponseWriter, r *http.Request) {
\traw := r.Header.Get("Authorization")
\ttoken, err := jwt.Parse(raw, nil)
\t_, _ = token, err
}

func (s *Server) ordersHandler(w http.ResponseWriter, r *http.Request) {
\tif _, err := s.checkToken(r); err != nil {
\t\thttp.Error(w, "unauthorized", http.StatusUnauthorized)
\t\treturn
\t}
}

func (s *Server) profileHandler(w http.ResponseWriter, r *http.Request) {
\tif err := s.validateToken(r.Header.Get("Authorization")); err != nil {
\t\treturn
\t}
}

func (s *Server) plainHandler(w http.ResponseWriter, r *http.Request) {
\tw.Write([]byte("hello"))
}
"""
GO_AUTH = """\
package http

// checkToken reads the bearer token and verifies it with the issuer's keys.
func (s *Server) checkToken(r *http.Request) (*jwt.Token, error) {
\traw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
\treturn jwt.Parse(raw, s.keyFunc)
}

// validateToken only looks at the token's shape: it verifies nothing.
func (s *Server) validateToken(raw string) error {
\tif strings.Count(raw, ".") != 2 {
\t\treturn errors.New("malformed")
\t}
\treturn nil
}
"""


def test_go_handler_verifying_the_token_itself_is_protected_and_decoding_is_not(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/api/http/server.go": GO_SERVER, "pkg/api/http/token.go": GO_HANDLERS,
                     "pkg/api/http/auth.go": GO_AUTH})
    open_routes = _open_routes(tmp_path)
    # ParseUnverified, a discarded error, a nil key function, a helper named validateToken that verifies
    # nothing, and a handler with no check at all are open
    assert open_routes == ["GET /careless", "GET /nokey", "GET /peek", "GET /plain", "GET /profile"], open_routes
    hints = _guarded(tmp_path)
    assert hints["GET /token/validate"] == ["verifies the token in the handler: jwt.ParseWithClaims() (line 7)"]
    assert hints["GET /orders"] == ["verifies the token in the handler: calls checkToken(), which jwt.Parse() "
                                    "(line 6)"], hints["GET /orders"]
    assert hints["GET /inline"] == ["verifies the token in the handler: verifier.Verify() (line 12)"]


def test_go_handler_of_another_package_or_an_ambiguous_method_name_does_not_count(tmp_path: Path) -> None:
    routes = ('package api\n\nfunc routes(r *gin.Engine, h *Handlers) {\n'
              '\tr.GET("/orders", h.List)\n\tr.GET("/users", h.Show)\n}\n')
    # List verifies in another package (directory): not the handler this package registers
    other = ('package admin\n\nfunc (a *Admin) List(w http.ResponseWriter, r *http.Request) {\n'
             '\traw := r.Header.Get("Authorization")\n\tif _, err := verifier.Verify(r.Context(), raw); err != nil {\n'
             '\t\treturn\n\t}\n}\n')
    # two types of this package have a Show method, only one verifies: which one h.Show is, the text does not say
    handlers = ('package api\n\nfunc (u *UserHandlers) Show(c *gin.Context) {\n'
                '\traw := c.GetHeader("Authorization")\n\tif _, err := verifier.Verify(c, raw); err != nil {\n'
                '\t\treturn\n\t}\n}\n\nfunc (o *OrderHandlers) Show(c *gin.Context) {\n\tc.JSON(200, nil)\n}\n')
    write(tmp_path, {"api/routes.go": routes, "admin/admin.go": other, "api/handlers.go": handlers})
    assert _open_routes(tmp_path) == ["GET /orders", "GET /users"]


# --- auth-protocols/token-validation over Go, JavaScript and Java ------------------------------------

def _token_findings(root: Path) -> list[tuple[str, str, str, int | None]]:
    result = scan(root, only=("auth-protocols/token-validation",))
    return sorted((f.status.value, f.message, f.location.path if f.location else "",
                   f.location.line if f.location else None)
                  for f in findings(result, "auth-protocols/token-validation"))


def test_go_token_verification_is_judged_for_algorithm_audience_and_issuer(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/api/http/server.go": GO_SERVER, "pkg/api/http/token.go": GO_HANDLERS,
                     "pkg/api/http/auth.go": GO_AUTH})
    got = _token_findings(tmp_path)
    # podinfo's shape: the key function checks token.Method (HMAC pinned), the issuer is compared, the audience
    # never; a named key function the text cannot see pins nothing; ParseUnverified and a nil key function
    # verify nothing
    assert got == [
        ("fail", "golang-jwt token decode: audience not checked", "pkg/api/http/token.go", 7),
        ("fail", "golang-jwt token decode: no algorithms pinned, audience not checked, issuer not checked",
         "pkg/api/http/auth.go", 6),
        ("fail", "golang-jwt token decode: no algorithms pinned, audience not checked, issuer not checked",
         "pkg/api/http/token.go", 28),
        ("fail", "golang-jwt token decode: verification disabled, no algorithms pinned, audience not checked, "
                 "issuer not checked", "pkg/api/http/token.go", 22),
        ("fail", "golang-jwt token decode: verification disabled, no algorithms pinned, audience not checked, "
                 "issuer not checked", "pkg/api/http/token.go", 34),
    ], got


GO_COMPLETE = """\
package auth

func (a *Auth) claims(raw string) (*jwt.RegisteredClaims, error) {
\tclaims := &jwt.RegisteredClaims{}
\t_, err := jwt.ParseWithClaims(raw, claims, a.keyFunc,
\t\tjwt.WithValidMethods([]string{"RS256"}), jwt.WithAudience("orders"), jwt.WithIssuer(a.issuer))
\treturn claims, err
}
"""
GO_OIDC = """\
package auth

import "github.com/coreos/go-oidc/v3/oidc"

func (a *Auth) idToken(ctx context.Context, raw string) error {
\tverifier := a.provider.Verifier(&oidc.Config{ClientID: a.clientID})
\t_, err := verifier.Verify(ctx, raw)
\treturn err
}

func (a *Auth) anyClient(ctx context.Context, raw string) error {
\tloose := a.provider.Verifier(&oidc.Config{SkipClientIDCheck: true})
\t_, err := loose.Verify(ctx, raw)
\treturn err
}
"""
JS_VERIFY = """\
const jwt = require('jsonwebtoken')
const { jwtVerify } = require('jose')
const VERIFY = { algorithms: ['RS256'], audience: 'orders', issuer: process.env.ISSUER }

function checked (token) { return jwt.verify(token, publicKey, VERIFY) }
function loose (token) { return jwt.verify(token, publicKey) }
function anyAlg (token) { return jwt.verify(token, key, { algorithms: ['RS256', 'none'], audience: 'a', issuer: 'i' }) }
async function viaJose (token) { return jwtVerify(token, JWKS, { issuer: ISSUER, audience: 'orders' }) }
"""
JAVA_VERIFY = """\
public class Verifiers {
    JWTVerifier strict(RSAPublicKey key) {
        return JWT.require(Algorithm.RSA256(key, null)).withIssuer("https://id.example").withAudience("orders")
            .build();
    }
    JWTVerifier bare(RSAPublicKey key) {
        Algorithm algorithm = Algorithm.RSA256(key, null);
        return JWT.require(algorithm).build();
    }
    Claims unsigned(String token) {
        return Jwts.parser().requireIssuer("i").requireAudience("a").parseClaimsJwt(token).getBody();
    }
}
"""


CS_STARTUP = """\
public static class Auth
{
    public static IServiceCollection AddCustomAuthentication(this IServiceCollection services, string identityUrl)
    {
        services.AddAuthentication("Bearer").AddJwtBearer(options =>
        {
            options.Authority = identityUrl;
            options.Audience = "orders";
            options.TokenValidationParameters.ValidateAudience = false;
        });
        services.AddAuthentication().AddJwtBearer("strict", options =>
        {
            options.Authority = identityUrl;
            options.Audience = "basket";
        });
        return services;
    }

    public static ClaimsPrincipal Read(string token, SecurityKey key) =>
        new JwtSecurityTokenHandler().ValidateToken(token, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidateIssuer = false,
            RequireSignedTokens = false,
        }, out _);

    public static void Skip(JwtBearerOptions o) =>
        o.TokenValidationParameters = new TokenValidationParameters
        {
            SignatureValidator = (token, _) => new JwtSecurityToken(token),
        };
}
"""


def test_csharp_jwt_bearer_and_validation_parameters_are_judged(tmp_path: Path) -> None:
    # eShopOnContainers: Basket/Ordering/SignalrHub/Webhooks set TokenValidationParameters.ValidateAudience = false
    # (a labelled problem the tool did not read: C# code gave "no token handling")
    write(tmp_path, {"src/Ordering.API/Startup.cs": CS_STARTUP})
    assert _token_findings(tmp_path) == [
        ("fail", "ASP.NET JwtBearer token decode: audience not checked", "src/Ordering.API/Startup.cs", 5),
        ("fail", "TokenValidationParameters token decode: verification disabled", "src/Ordering.API/Startup.cs", 28),
        ("fail", "TokenValidationParameters token decode: verification disabled, algorithm 'none' accepted, "
                 "issuer not checked", "src/Ordering.API/Startup.cs", 20),
        ("pass", "ASP.NET JwtBearer token decode pins algorithms and checks audience and issuer",
         "src/Ordering.API/Startup.cs", 11),
    ]


def test_token_verification_in_go_javascript_and_java_is_judged(tmp_path: Path) -> None:
    write(tmp_path, {"auth/claims.go": GO_COMPLETE, "auth/oidc.go": GO_OIDC, "web/auth.js": JS_VERIFY,
                     "svc/src/main/java/x/Verifiers.java": JAVA_VERIFY,
                     # tests verify however they like
                     "web/auth.test.js": "const jwt = require('jsonwebtoken')\njwt.verify(t, k)\n"})
    got = _token_findings(tmp_path)
    assert got == [
        ("fail", "go-oidc token decode: audience not checked", "auth/oidc.go", 13),
        ("fail", "java-jwt token decode: audience not checked, issuer not checked",
         "svc/src/main/java/x/Verifiers.java", 8),
        ("fail", "jjwt token decode: verification disabled, algorithm 'none' accepted",
         "svc/src/main/java/x/Verifiers.java", 11),
        ("fail", "jsonwebtoken token decode: algorithm 'none' accepted", "web/auth.js", 7),
        ("fail", "jsonwebtoken token decode: no algorithms pinned, audience not checked, issuer not checked",
         "web/auth.js", 6),
        ("pass", "go-oidc token decode pins algorithms and checks audience and issuer", "auth/oidc.go", 7),
        ("pass", "golang-jwt token decode pins algorithms and checks audience and issuer", "auth/claims.go", 5),
        ("pass", "java-jwt token decode pins algorithms and checks audience and issuer",
         "svc/src/main/java/x/Verifiers.java", 3),
        ("pass", "jose token decode pins algorithms and checks audience and issuer", "web/auth.js", 8),
        ("pass", "jsonwebtoken token decode pins algorithms and checks audience and issuer", "web/auth.js", 5),
    ], got


# --- JavaScript / TypeScript ------------------------------------------------------------------------

EXPRESS_APP = """\
const express = require('express')
const jwt = require('jsonwebtoken')
const multer = require('multer')
const users = require('./controllers/users')
const { list } = require('./controllers/users')
const upload = multer({ dest: 'uploads/' })
const router = express.Router()

router.get('/inline', (req, res) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '')
  jwt.verify(token, process.env.PUBLIC_KEY, { algorithms: ['RS256'] }, (err, claims) => {
    if (err) return res.sendStatus(401)
    res.json(claims)
  })
})
router.get('/peek', (req, res) => {
  res.json(jwt.decode(req.headers.authorization))
})
router.get('/me', users.me)
router.get('/users', list)
router.post('/avatar', upload.single('file'), (req, res) => res.sendStatus(204))
router.delete('/session',
  requireLogin,
  (req, res) => res.sendStatus(204))

module.exports = router
"""
EXPRESS_USERS = """\
const jwt = require('jsonwebtoken')

exports.me = async (req, res) => {
  const claims = await checkToken(req.get('Authorization'))
  res.json(claims)
}

function checkToken (header) {
  return jwt.verify(header.split(' ')[1], process.env.PUBLIC_KEY)
}

exports.list = async (req, res) => {
  res.json(await db.users.all())
}
"""
FASTIFY_VERIFYING = """\
import Fastify from 'fastify'
const app = Fastify()
app.route({
  method: 'GET',
  url: '/orders',
  handler: async (request, reply) => {
    await request.jwtVerify()
    return []
  }
})
app.route({ method: 'GET', url: '/prices', handler: async () => [] })
"""


def test_js_handler_verifying_the_token_itself_is_protected_and_other_middleware_is_not_auth(tmp_path: Path) -> None:
    write(tmp_path, {"src/routes.js": EXPRESS_APP, "src/controllers/users.js": EXPRESS_USERS,
                     "src/server.js": FASTIFY_VERIFYING})
    open_routes = _open_routes(tmp_path)
    # jwt.decode verifies nothing; list (a named import) reads no credential; an upload middleware is not auth
    assert open_routes == ["GET /peek", "GET /prices", "GET /users", "POST /avatar"], open_routes
    hints = _guarded(tmp_path)
    assert hints["GET /inline"] == ["verifies the token in the handler: jwt.verify() (line 11)"], hints
    assert hints["GET /me"] == ["verifies the token in the handler: calls checkToken(), which jwt.verify() "
                                "(line 9)"], hints
    assert hints["GET /orders"] == ["verifies the token in the handler: jwtVerify() (line 7)"], hints
    # middleware over several lines is read
    assert hints["DELETE /session"] == ["requireLogin"], hints


def test_no_authentication_at_all_counts_routes_not_public_and_body_parsers_are_not_auth(tmp_path: Path) -> None:
    # ftgo's GraphQL gateway: `app.post('/graphql', bodyParser.json(), handler)` passed token-validation as
    # "1 routes carry auth dependencies"
    gateway = ("const express = require('express')\nconst app = express()\n"
               "app.post('/graphql', bodyParser.json(), graphqlExpress({ schema }))\n"
               "app.get('/', (req, res) => res.send('ok'))\n")
    write(tmp_path, {"gateway/server.js": gateway})
    result = scan(tmp_path, only=("auth-protocols/token-validation",))
    [failed] = findings(result, "auth-protocols/token-validation")
    assert failed.status is Status.FAIL, failed
    assert failed.message == ("1 API routes and no authentication at all (no auth library, nothing verifies tokens, "
                              "no auth dependency on any route)"), failed.message
    assert (failed.location.path, failed.location.line) == ("gateway/server.js", 3)
    # a results page served at / only: public by policy, nothing to authenticate
    write(tmp_path, {"gateway/server.js": gateway.replace("app.post('/graphql', bodyParser.json(), "
                                                          "graphqlExpress({ schema }))\n", "")})
    result = scan(tmp_path, only=("auth-protocols/token-validation",))
    [na] = findings(result, "auth-protocols/token-validation")
    assert na.status is Status.NA, na
    assert na.message == "nothing handles tokens, and all 1 routes are public by policy (/)", na.message


# --- Java ---------------------------------------------------------------------------------------------

JAVA_CONTROLLER = """\
@RestController
@RequestMapping(value = "/api", produces = {"application/json"})
public final class LedgerController {
    @GetMapping("/balances/{id}")
    public ResponseEntity<?> balance(@RequestHeader("Authorization") String bearer, @PathVariable String id) {
        DecodedJWT jwt = verify(bearer);
        return ResponseEntity.ok(1L);
    }

    @PostMapping("/transfers")
    public ResponseEntity<?> transfer(@RequestBody Transfer t) throws IOException {
        return new ResponseEntity<>(HttpStatus.CREATED);
    }

    private DecodedJWT verify(String bearer) {
        return JWT.require(algorithm).withIssuer("bank").withAudience("ledger").build()
            .verify(bearer.split(" ")[1]);
    }
}
"""


def test_java_handler_body_ends_at_its_method_and_a_verifying_helper_it_calls_counts(tmp_path: Path) -> None:
    # the helper below the last handler used to fall inside that handler's "body": POST /transfers looked guarded
    write(tmp_path, {"svc/src/main/java/x/LedgerController.java": JAVA_CONTROLLER})
    assert _open_routes(tmp_path) == ["POST /api/transfers"]
    assert _guarded(tmp_path)["GET /api/balances/{id}"] == [
        "verifies the token in the handler: calls verify(), which JWT.require() (line 16)"]


# --- external-services/http-timeouts: sessions and clients ---------------------------------------------

HTTP_SESSIONS = """\
import functools

import httpx
import redis
import requests
from requests.adapters import HTTPAdapter


class TimeoutHTTPAdapter(HTTPAdapter):
    def __init__(self, *args, timeout=5, **kwargs):
        self.timeout = timeout
        super().__init__(*args, **kwargs)


def once():
    return requests.Session().get("https://a")


def pooled():
    with requests.Session() as s:
        s.get("https://b")


def adapted():
    s = requests.Session()
    s.mount("https://", TimeoutHTTPAdapter(timeout=3))
    return s.get("https://c")


def partial():
    p = requests.Session()
    p.request = functools.partial(p.request, timeout=4)
    return p.get("https://d")


def ignored():
    t = requests.Session()
    t.timeout = 5
    return t.get("https://e")


def client_default():
    c = httpx.Client()
    c.timeout = 10
    return c.get("https://f")


def rebound():
    s = redis.Redis()
    return s.get("key")
"""


def test_session_and_client_calls_without_a_timeout_fail_and_session_defaults_pass(tmp_path: Path) -> None:
    write(tmp_path, {"app/clients.py": HTTP_SESSIONS})
    result = scan(tmp_path, only=("external-services/http-timeouts",))
    failed = sorted((f.location.line, f.message) for f in
                    findings(result, "external-services/http-timeouts", Status.FAIL))
    # a Session made for one call, a Session in a with block, and a Session whose `timeout` attribute requests
    # ignores have no timeout; a mounted adapter with a timeout, a partial request and httpx's client.timeout
    # give one; a name rebound to a Redis client is not an HTTP client
    assert failed == [(16, "requests.Session().get(...) has no timeout"), (21, "s.get(...) has no timeout"),
                      (39, "t.get(...) has no timeout")], failed
    assert not findings(result, "external-services/http-timeouts", Status.WARN)


def test_a_call_forwarding_kwargs_is_judged_at_its_callers(tmp_path: Path) -> None:
    # bookinfo's productpage: `def send_request(url, **kwargs): return requests.get(url, **kwargs)`, every caller
    # passing timeout=3.0, was "requests.get(...) has no timeout"
    app = ("import requests\n\n\ndef send_request(url, **kwargs):\n    return requests.get(url, **kwargs)\n\n\n"
           "def details():\n    return send_request('http://details', timeout=3.0)\n\n\n"
           "def reviews():\n    return send_request('http://reviews', timeout=3.0)\n")
    write(tmp_path, {"app.py": app})
    result = scan(tmp_path, only=("external-services/http-timeouts",))
    [ok] = findings(result, "external-services/http-timeouts")
    assert ok.status is Status.PASS, ok
    assert ok.evidence["calls"] == ["app.py:5 requests.get (timeout= from every caller of send_request) (explicit)"]
    # a caller that passes none is the call without a timeout, at the caller
    write(tmp_path, {"app.py": app + "\n\ndef ratings():\n    return send_request('http://ratings')\n"})
    result = scan(tmp_path, only=("external-services/http-timeouts",))
    [bad] = findings(result, "external-services/http-timeouts", Status.FAIL)
    assert (bad.location.line, bad.message) == (17, "send_request -> requests.get(...) has no timeout"), bad


def test_fastify_hook_inside_a_plugin_guards_that_plugin_only(tmp_path: Path) -> None:
    # Fastify encapsulation: the onRequest hook of the first plugin does not run for the second plugin's routes
    app = """\
import Fastify from 'fastify'
const app = Fastify()
app.register(async function privateRoutes (f) {
  f.addHook('onRequest', async (request) => { await request.jwtVerify() })
  f.get('/me', async (request) => request.user)
})
app.register(async function otherRoutes (f) {
  f.delete('/orders/:id', async () => null)
})
"""
    write(tmp_path, {"src/app.js": app})
    assert _open_routes(tmp_path) == ["DELETE /orders/:id"]


def test_fastify_register_prefix_applies_to_the_plugin_module_routes(tmp_path: Path) -> None:
    server = ("import Fastify from 'fastify'\nimport orders from './routes/orders'\nconst app = Fastify()\n"
              "app.register(orders, { prefix: '/api/orders' })\n"
              "app.register(require('./routes/users'), { prefix: '/api/users' })\n")
    orders = "export default async function (fastify) {\n  fastify.get('/:id', async () => null)\n}\n"
    users = "module.exports = async function (fastify) {\n  fastify.post('/', async () => null)\n}\n"
    write(tmp_path, {"src/server.js": server, "src/routes/orders.js": orders, "src/routes/users.js": users})
    assert _open_routes(tmp_path) == ["GET /api/orders/:id", "POST /api/users/"]


# ardanlabs/service's app/sdk/auth: Authenticate reads the claims with ParseUnverified, then hands the raw token, the
# public key and the issuer to the Rego policy compiled into the program (rules.go's //go:embed), which verifies
# them with io.jwt.decode_verify (app/sdk/auth/rego/authentication.rego)
ARDAN_AUTH = """\
package auth

func New(cfg Config) *Auth {
\treturn &Auth{
\t\tparser:    jwt.NewParser(jwt.WithValidMethods([]string{jwt.SigningMethodRS256.Name})),
\t}
}

func (a *Auth) Authenticate(ctx context.Context, bearerToken string) (Claims, error) {
\tjwtUnverified := bearerToken[7:]

\tvar claims Claims
\ttoken, _, err := a.parser.ParseUnverified(jwtUnverified, &claims)
\tif err != nil {
\t\treturn Claims{}, fmt.Errorf("error parsing token: %w", err)
\t}

\tinput := map[string]any{
\t\t"Key":   pem,
\t\t"Token": jwtUnverified,
\t\t"ISS":   a.issuer,
\t}

\tif err := a.opaPolicyEvaluation(ctx, regoAuthentication, RuleAuthenticate, input, ErrInvalidAuthOPA); err != nil {
\t\treturn Claims{}, fmt.Errorf("authentication failed: %w", err)
\t}
\treturn claims, nil
}

func (a *Auth) opaPolicyEvaluation(ctx context.Context, regoScript string, rule string, input any) error {
\tq, err := rego.New(
\t\trego.Query(query),
\t\trego.Module("policy.rego", regoScript),
\t).PrepareForEval(ctx)
\treturn err
}
"""
ARDAN_RULES = """\
package auth

import (
\t_ "embed"
)

// Core OPA policies.
var (
\t//go:embed rego/authentication.rego
\tregoAuthentication string

\t//go:embed rego/authorization.rego
\tregoAuthorization string
)
"""
ARDAN_REGO = """\
package ardan.rego

default auth := false

auth if {
\t[valid, _, _] := io.jwt.decode_verify(input.Token, {
\t\t"cert": input.Key,
\t\t"iss": input.ISS,
\t})
\tvalid == true
}
"""


def test_go_parse_unverified_then_verified_by_an_embedded_rego_policy(tmp_path: Path) -> None:
    base = {"app/sdk/auth/auth.go": ARDAN_AUTH, "app/sdk/auth/rules.go": ARDAN_RULES}
    write(tmp_path / "opa", {**base, "app/sdk/auth/rego/authentication.rego": ARDAN_REGO})
    # the policy verifies the signature with the public key (only asymmetric algorithms) and the issuer; not the
    # audience, which the checklist asks for (as for bank-of-anthos' and podinfo's decodes)
    assert _token_findings(tmp_path / "opa") == [
        ("fail", "golang-jwt + OPA io.jwt.decode_verify (app/sdk/auth/rego/authentication.rego) token decode: "
                 "audience not checked", "app/sdk/auth/auth.go", 13)]
    write(tmp_path / "aud", {**base, "app/sdk/auth/rego/authentication.rego": ARDAN_REGO.replace(
        '"iss": input.ISS,', '"iss": input.ISS,\n\t\t"aud": "sales",')})
    assert [s for s, *_ in _token_findings(tmp_path / "aud")] == ["pass"]
    # the policy is not in the repository, or does not verify (reads the claims only): verification disabled
    unverified = "verification disabled, no algorithms pinned, audience not checked, issuer not checked"
    write(tmp_path / "absent", base)
    write(tmp_path / "decode", {**base, "app/sdk/auth/rego/authentication.rego": ARDAN_REGO.replace(
        "io.jwt.decode_verify(input.Token, {", "io.jwt.decode(input.Token, {")})
    # a function that never hands the token to the policy
    write(tmp_path / "elsewhere", {**base, "app/sdk/auth/rego/authentication.rego": ARDAN_REGO,
                                   "app/sdk/auth/auth.go": ARDAN_AUTH.replace(
                                       "ctx, regoAuthentication, RuleAuthenticate", "ctx, other, RuleAuthenticate")})
    for case in ("absent", "decode", "elsewhere"):
        assert _token_findings(tmp_path / case) == [
            ("fail", f"golang-jwt token decode: {unverified}", "app/sdk/auth/auth.go", 13)], case
