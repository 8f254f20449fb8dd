"""pass-audit9: passes of required items left open by pass-audit8. A JVM trust-all X509TrustManager (an empty
checkServerTrusted handed to SSLContext.init) and a .NET validation callback returning true on the line after its
`=` passed auth-protocols/tls-verification (the line scan reads one line at a time). Each test is built from real
lines and fails on the code before the fix, beside guards that a real check still passes."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

TLS = "auth-protocols/tls-verification"

# teastore's utilities/.../registryclient/util/RESTClient.java (its HostnameVerifier line left out: found already)
TRUST_ALL_JAVA = """\
\t\tif (useHTTPS) {
\t\t\ttry {
\t\t\t\tTrustManager[] trustAllCerts = new TrustManager[]{new X509TrustManager() {
\t\t\t\t\t@Override
\t\t\t\t\tpublic void checkClientTrusted(java.security.cert.X509Certificate[] x509Certificates, String s) {
\t\t\t\t\t}

\t\t\t\t\t@Override
\t\t\t\t\tpublic void checkServerTrusted(java.security.cert.X509Certificate[] x509Certificates, String s) {
\t\t\t\t\t}

\t\t\t\t\tpublic java.security.cert.X509Certificate[] getAcceptedIssuers() {
\t\t\t\t\t\treturn null;
\t\t\t\t\t}
\t\t\t\t}
\t\t\t\t};
\t\t\t\tSSLContext sslContext = SSLContext.getInstance("SSL");
\t\t\t\tsslContext.init(null, trustAllCerts, new java.security.SecureRandom());
\t\t\t\tHttpsURLConnection.setDefaultSSLSocketFactory(sslContext.getSocketFactory());
"""
# the same manager as many blog posts write it: a comment for a body, a throws clause
TRUST_ALL_COMMENT = """\
    private static final TrustManager[] trustAllCerts = new TrustManager[] {
        new X509TrustManager() {
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                // trust everything
            }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }
    };
"""
TRUST_ALL_KOTLIN = """\
val trustAllCerts = arrayOf<TrustManager>(object : X509TrustManager {
    override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
})
"""
# opentelemetry-demo's src/cart/src/OpAmpClientSetup.cs
SPLIT_CALLBACK = """\
            if (skipTlsCertificateVerification)
            {
                opts.ClientWebSocketFactory = () =>
                {
                    var socket = new ClientWebSocket();
                    socket.Options.RemoteCertificateValidationCallback =
                        static (_, _, _, _) => true;
                    return socket;
                };
            }
"""
SPLIT_HANDLER = """\
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback =
                (message, cert, chain, errors) => true
        };
"""

# guards: a manager that checks (delegates to the default one, pins, throws), the trust-all text in a comment or a
# string, a callback that checks the errors
DELEGATING_JAVA = """\
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        defaultTrustManager.checkServerTrusted(chain, authType);
    }
    // public void checkServerTrusted(X509Certificate[] chain, String authType) {}
    String doc = "public void checkServerTrusted(X509Certificate[] chain, String authType) {}";
"""
THROWING_KOTLIN = """\
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        if (chain.none { it.publicKey == pinned }) throw CertificateException("not pinned")
    }
"""
CHECKING_CALLBACK = """\
            ServerCertificateCustomValidationCallback =
                (message, cert, chain, errors) => errors == SslPolicyErrors.None || cert?.Thumbprint == pinned
        };
        // socket.Options.RemoteCertificateValidationCallback =
        //     static (_, _, _, _) => true;
"""


def _tls(root: Path) -> list:
    return findings(scan(root, only=(TLS,)), TLS)


def test_trust_all_managers_and_split_callbacks_are_found(tmp_path: Path) -> None:
    cases = {
        "util/RESTClient.java": (TRUST_ALL_JAVA, "checkServerTrusted", 9),
        "util/Insecure.java": (TRUST_ALL_COMMENT, "checkServerTrusted", 3),
        "util/Insecure.kt": (TRUST_ALL_KOTLIN, "checkServerTrusted", 3),
        "src/OpAmpClientSetup.cs": (SPLIT_CALLBACK, "RemoteCertificateValidationCallback", 6),
        "src/Client.cs": (SPLIT_HANDLER, "ServerCertificateCustomValidationCallback", 3),
    }
    for i, (rel, (text, setting, line)) in enumerate(cases.items()):
        found = _tls(write(tmp_path / str(i), {rel: text}))
        assert [f.status for f in found] == [Status.FAIL] and setting in found[0].message, (rel, found)
        loc = found[0].location
        assert loc is not None and (loc.path, loc.line) == (rel, line), (rel, loc)


def test_managers_and_callbacks_that_check_still_pass(tmp_path: Path) -> None:
    cases = {"util/Pinned.java": DELEGATING_JAVA, "util/Pinned.kt": THROWING_KOTLIN, "src/Client.cs": CHECKING_CALLBACK}
    for i, (rel, text) in enumerate(cases.items()):
        found = _tls(write(tmp_path / str(i), {rel: text}))
        assert [f.status for f in found] == [Status.PASS], (rel, found)


# --- gorilla/mux registrations the route reader did not read: a service of only those had "no HTTP routes", n/a
# (a pass) on endpoint-security/route-auth

ROUTE_AUTH = "endpoint-security/route-auth"
GO_MOD = "module github.com/acme/products\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\n"
# gorilla/mux's README ("Matching Routes", "Static Files")
PREFIX_MAIN = """\
package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	r.PathPrefix("/products/").Handler(ProductsHandler)
	http.ListenAndServe(":8000", r)
}
"""
# a path from the caller (athens' cmd/proxy/actions/app_proxy.go: `r.PathPrefix(pathPrefix + "/").Handler(`)
DYNAMIC_MAIN = """\
package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

func addProxyRoutes(r *mux.Router, pathPrefix string) {
	r.PathPrefix(pathPrefix + "/").Handler(proxyHandler)
	r.Path(pathPrefix).Methods(http.MethodDelete).HandlerFunc(deleteModule)
}
"""
# a path bound to a constant of the file is read as a literal; a Subrouter is no route
CONSTANT_MAIN = """\
package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

const healthPath = "/healthz"

func main() {
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	_ = api
	r.Path(healthPath).Methods("GET").HandlerFunc(health)
	http.ListenAndServe(":8000", r)
}
"""


def test_gorilla_prefix_and_unread_paths_are_no_na(tmp_path: Path) -> None:
    found = findings(scan(write(tmp_path / "prefix", {"go.mod": GO_MOD, "main.go": PREFIX_MAIN}),
                          only=(ROUTE_AUTH,)), ROUTE_AUTH)
    assert found and Status.NA not in {f.status for f in found}, found
    assert any("/products/" in f.message for f in found), found
    found = findings(scan(write(tmp_path / "dynamic", {"go.mod": GO_MOD, "main.go": DYNAMIC_MAIN}),
                          only=(ROUTE_AUTH,)), ROUTE_AUTH)
    assert [f.status for f in found] == [Status.SKIPPED], found
    loc = found[0].location
    assert loc is not None and (loc.path, loc.line) == ("main.go", 10), loc
    assert 'r.PathPrefix(pathPrefix + "/")' in found[0].message and "r.Path(pathPrefix)" in found[0].message, found


def test_gorilla_constant_path_is_read_and_subrouter_is_no_route(tmp_path: Path) -> None:
    found = findings(scan(write(tmp_path, {"go.mod": GO_MOD, "main.go": CONSTANT_MAIN}), only=(ROUTE_AUTH,)),
                     ROUTE_AUTH)
    assert Status.SKIPPED not in {f.status for f in found}, found
    assert Status.NA not in {f.status for f in found}, found
    assert not any("/api" in f.message for f in found), found


def test_gorilla_path_expressions_are_read_in_linear_time() -> None:
    import time

    from deploycheck.sources.routes import _go_routes

    # a first form of the builder regex read the blanks after `PathPrefix(` with three parts: 5.8 s on 200 KB
    for part in ("r.PathPrefix(" + " " * 300 + "\n", 'r.Path("/' + " " * 300 + "\n", "r.PathPrefix("):
        text = part * (300_000 // len(part))
        start = time.perf_counter()
        _go_routes("main.go", text, [])
        assert time.perf_counter() - start < 2.0, part[:20]
