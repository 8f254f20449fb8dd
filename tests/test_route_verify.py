"""endpoint-security/route-auth: handlers in Go, JavaScript/TypeScript and Java that read the caller's credential
and verify the token themselves are protected; decoding without verifying, a thrown-away verification error, a
helper that verifies nothing, a verifier of another type's method of the same name protect nothing (issue 8 §2:
a false pass on a required item is the worst outcome)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status


def _open_routes(root: Path) -> list[str]:
    result = scan(root, only=("endpoint-security/route-auth",))
    return sorted(f.message.split(" (")[0] for f in findings(result, "endpoint-security/route-auth", Status.FAIL))


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
