"""pass-audit7: passes of required items earned by evidence the check did not look at (a Go function written on one
line judged by the next function's body, ...). Each test is built from realistic lines and fails on the code before
the fix, beside a guard that the earned shape still passes."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, open_route_messages, scan, write

from deploycheck.engine import RunResult
from deploycheck.model import Status

# --- Go functions written on one line: the body reader took the first `{` ending a line after the signature, i.e.
# the next function's, so a one-line handler, key function or middleware was judged by its neighbour

GO_MOD = """\
module github.com/acme/orders

go 1.22

require github.com/golang-jwt/jwt/v5 v5.2.1
"""

ONE_LINE_HANDLER = """\
package main

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

func deleteUser(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }

func getUser(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if _, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return secret, nil }); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("{}"))
}

func main() {
	http.HandleFunc("/users/delete", deleteUser)
	http.HandleFunc("/users/get", getUser)
	http.ListenAndServe(":8080", nil)
}
"""


def test_a_one_line_go_handler_is_judged_by_its_own_body(tmp_path: Path) -> None:
    root = write(tmp_path / "svc", {"go.mod": GO_MOD, "main.go": ONE_LINE_HANDLER})
    result = scan(root, only=("endpoint-security/route-auth",))
    open_routes = open_route_messages(result)
    assert any("/users/delete" in m for m in open_routes), open_routes
    # the neighbour that reads and verifies the bearer token is still protected
    assert not any("/users/get" in m for m in open_routes), open_routes


KEY_FUNCS = """\
package main

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

func keyFunc(t *jwt.Token) (interface{}, error) { return secret, nil }

func keyFuncStrict(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return secret, nil
}

func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := jwt.RegisteredClaims{}
		_, err := jwt.ParseWithClaims(raw, &claims, keyFunc, jwt.WithAudience("orders"),
			jwt.WithIssuer("https://id.example.com"))
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
"""


def test_a_one_line_key_function_pins_no_algorithm(tmp_path: Path) -> None:
    root = write(tmp_path / "loose", {"go.mod": GO_MOD, "auth.go": KEY_FUNCS})
    found = findings(scan(root, only=("auth-protocols/token-validation",)), "auth-protocols/token-validation")
    assert [f.status for f in found] == [Status.FAIL], found
    assert "no algorithms pinned" in found[0].message
    # the key function that checks the signing method still pins it
    root = write(tmp_path / "strict", {"go.mod": GO_MOD,
                                       "auth.go": KEY_FUNCS.replace("&claims, keyFunc,", "&claims, keyFuncStrict,")})
    found = findings(scan(root, only=("auth-protocols/token-validation",)), "auth-protocols/token-validation")
    assert [f.status for f in found] == [Status.PASS], found


CHI_MOD = """\
module github.com/acme/orders

go 1.22

require github.com/go-chi/chi/v5 v5.0.12
"""

STUB_GUARD = """\
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// RequireAuth will check the bearer token once the identity provider is wired in.
func RequireAuth(next http.Handler) http.Handler { return next }

func deleteUser(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	r := chi.NewRouter()
	r.With(RequireAuth).Delete("/users/{id}", deleteUser)
	http.ListenAndServe(":8080", r)
}
"""

REFUSING_GUARD = """\
func RequireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}"""


def test_a_go_middleware_that_only_returns_next_guards_nothing(tmp_path: Path) -> None:
    one_line = "func RequireAuth(next http.Handler) http.Handler { return next }"
    cases = {
        "one-line": STUB_GUARD,
        "gofmt": STUB_GUARD.replace(one_line, "func RequireAuth(next http.Handler) http.Handler {\n\t// TODO\n"
                                              "\treturn next\n}"),
    }
    for name, text in cases.items():
        root = write(tmp_path / name, {"go.mod": CHI_MOD, "main.go": text})
        open_routes = open_route_messages(scan(root, only=("endpoint-security/route-auth",)))
        assert any("/users/{id}" in m and "RequireAuth" in m for m in open_routes), (name, open_routes)
    root = write(tmp_path / "refusing", {"go.mod": CHI_MOD, "main.go": STUB_GUARD.replace(one_line, REFUSING_GUARD)})
    result = scan(root, only=("endpoint-security/route-auth",))
    assert open_route_messages(result) == []
    assert [f.status for f in findings(result, "endpoint-security/route-auth")] == [Status.PASS]


# --- dockerfile/layer-caching: "dependency install precedes the source copy (or there is none)" was said of builds
# whose install the reader did not know (bun, Deno, mix, sbt, SwiftPM, ...) or ran through a shell script of the
# build context: `COPY . .` then the install passed as "no install"

PACKAGE_JSON = '{"name": "orders", "dependencies": {"hono": "^4.4.0"}}\n'
BOOTSTRAP = "#!/bin/sh\nset -e\npip install --no-cache-dir -r requirements.txt\n"


def _layer_caching(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=("dockerfile/layer-caching",)),
                                                    "dockerfile/layer-caching")]


def test_installs_of_other_ecosystems_and_context_scripts_after_the_source_copy_are_no_pass(tmp_path: Path) -> None:
    cases: dict[str, tuple[dict[str, str], str]] = {
        "bun": ({"package.json": PACKAGE_JSON, "index.ts": "console.log('up')\n",
                 "Dockerfile": "FROM oven/bun:1\nWORKDIR /app\nCOPY . .\nRUN bun install --frozen-lockfile\n"
                               "CMD [\"bun\", \"index.ts\"]\n"}, "bun install"),
        "mix": ({"mix.exs": "defmodule Orders.MixProject do\nend\n", "lib/orders.ex": "defmodule Orders do\nend\n",
                 "Dockerfile": "FROM elixir:1.16\nWORKDIR /app\nCOPY . .\nRUN mix do deps.get, compile\n"
                               "CMD [\"mix\", \"phx.server\"]\n"}, "mix do deps.get"),
        "sbt": ({"build.sbt": 'libraryDependencies += "org.typelevel" %% "cats-core" % "2.10.0"\n',
                 "src/main/scala/Main.scala": "object Main extends App\n",
                 "Dockerfile": "FROM sbtscala/scala-sbt:eclipse-temurin-17.0.4_1.7.1_3.2.0 AS build\nWORKDIR /src\n"
                               "COPY . .\nRUN sbt assembly\nFROM eclipse-temurin:17-jre\n"
                               "COPY --from=build /src/target/app.jar /app.jar\n"
                               "CMD [\"java\", \"-jar\", \"/app.jar\"]\n"},
                "sbt assembly"),
        "script": ({"requirements.txt": "flask==3.0.3\n", "app.py": "print('up')\n", "scripts/bootstrap.sh": BOOTSTRAP,
                    "Dockerfile": "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN ./scripts/bootstrap.sh\n"
                                  "CMD [\"python\", \"app.py\"]\n"}, "scripts/bootstrap.sh"),
    }
    for name, (files, said) in cases.items():
        found = _layer_caching(write(tmp_path / name, files))
        assert [s for s, _ in found] == [Status.WARN], (name, found)
        assert said in found[0][1] and "after `COPY . .`" in found[0][1], (name, found)


def test_installs_of_other_ecosystems_before_the_source_copy_still_pass(tmp_path: Path) -> None:
    cases = {
        "bun": {"package.json": PACKAGE_JSON, "bun.lockb": "", "index.ts": "console.log('up')\n",
                "Dockerfile": "FROM oven/bun:1\nWORKDIR /app\nCOPY package.json bun.lockb ./\n"
                              "RUN bun install --frozen-lockfile\nCOPY . .\nCMD [\"bun\", \"index.ts\"]\n"},
        "mix": {"mix.exs": "defmodule Orders.MixProject do\nend\n", "mix.lock": "%{}\n",
                "lib/orders.ex": "defmodule Orders do\nend\n",
                "Dockerfile": "FROM elixir:1.16\nWORKDIR /app\nCOPY mix.exs mix.lock ./\nRUN mix deps.get --only prod\n"
                              "COPY lib lib\nRUN mix compile\nCMD [\"mix\", \"phx.server\"]\n"},
        "script": {"requirements.txt": "flask==3.0.3\n", "app.py": "print('up')\n", "scripts/bootstrap.sh": BOOTSTRAP,
                   "Dockerfile": "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\n"
                                 "COPY scripts/bootstrap.sh scripts/\nRUN ./scripts/bootstrap.sh\nCOPY . .\n"
                                 "RUN chmod +x ./scripts/bootstrap.sh\nCMD [\"python\", \"app.py\"]\n"},
    }
    for name, files in cases.items():
        found = _layer_caching(write(tmp_path / name, files))
        assert [s for s, _ in found] == [Status.PASS], (name, found)


# --- endpoint-security/route-auth, auth-protocols/token-validation: a service on an HTTP framework no route reader
# reads (aiohttp's web, Tornado, Falcon, Starlette's routing, Javalin, Ktor, Micronaut, ...) had "no HTTP routes found
# in the code": the required item came out not applicable, a pass over routes nobody looked at

AIOHTTP = """\
from aiohttp import web


async def delete_user(request):
    return web.json_response({"deleted": request.match_info["id"]})


app = web.Application()
app.add_routes([web.delete("/users/{id}", delete_user)])
web.run_app(app)
"""

TORNADO = """\
import tornado.ioloop
import tornado.web


class UserHandler(tornado.web.RequestHandler):
    def delete(self, user_id):
        self.write({"deleted": user_id})


def make_app():
    return tornado.web.Application([(r"/users/(\\d+)", UserHandler)])
"""

KTOR = """\
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun main() {
    embeddedServer(Netty, port = 8080) {
        routing {
            delete("/users/{id}") {
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }.start(wait = true)
}
"""

# an aiohttp client in a Flask service: no server of its own
AIOHTTP_CLIENT = """\
import aiohttp
from flask import Flask

app = Flask(__name__)


async def fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.json()
"""


def _item(result: RunResult, item: str) -> Status:
    return next(i.status for i in result.report.items if i.item == item)


def test_a_service_on_a_framework_no_reader_reads_is_not_judged(tmp_path: Path) -> None:
    cases = {
        "aiohttp": ({"requirements.txt": "aiohttp==3.9.5\n", "app.py": AIOHTTP}, "app.py:1", "aiohttp.web"),
        "tornado": ({"requirements.txt": "tornado==6.4\n", "app.py": TORNADO}, "app.py:2", "tornado.web"),
        "ktor": ({"build.gradle.kts": 'dependencies { implementation("io.ktor:ktor-server-netty:2.3.11") }\n',
                  "src/main/kotlin/App.kt": KTOR}, "src/main/kotlin/App.kt:2", "io.ktor.server"),
    }
    for name, (files, where, framework) in cases.items():
        root = write(tmp_path / name, files)
        result = scan(root, only=("endpoint-security/route-auth", "auth-protocols/token-validation"))
        for check_id in ("endpoint-security/route-auth", "auth-protocols/token-validation"):
            found = findings(result, check_id)
            assert [f.status for f in found] == [Status.SKIPPED], (name, check_id, found)
            assert where in found[0].message and framework in found[0].message, (name, found)
        assert _item(result, "endpoint-security") is Status.SKIPPED, name


def test_a_client_library_or_a_read_framework_is_judged_as_before(tmp_path: Path) -> None:
    root = write(tmp_path / "client", {"requirements.txt": "aiohttp==3.9.5\nflask==3.0.3\n",
                                       "app.py": AIOHTTP_CLIENT})
    found = findings(scan(root, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    assert [f.status for f in found] == [Status.NA], found
    # routes read beside a framework no reader reads: the item cannot pass on the read ones
    root = write(tmp_path / "mixed", {"go.mod": CHI_MOD, "main.go": STUB_GUARD.replace(
        "func RequireAuth(next http.Handler) http.Handler { return next }", REFUSING_GUARD),
        "admin/app.py": AIOHTTP})
    result = scan(root, only=("endpoint-security/route-auth",))
    assert sorted(f.status.value for f in findings(result, "endpoint-security/route-auth")) == ["pass", "skipped"]
    assert _item(result, "endpoint-security") is not Status.PASS


# --- logging/structured (JavaScript): winston's import (or its package.json line) passed as "structured logging",
# though a logger built with only `format.simple()` / `format.printf(...)` writes text lines (winston's default,
# format.json(), writes JSON)

WINSTON_SIMPLE = """\
const winston = require('winston');

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.combine(
    winston.format.timestamp(),
    winston.format.printf(({ timestamp, level, message }) => `${timestamp} ${level}: ${message}`),
  ),
  transports: [new winston.transports.Console()],
});

module.exports = logger;
"""


def test_winston_set_to_text_formats_only_is_no_structured_logging(tmp_path: Path) -> None:
    package = '{"name": "orders", "dependencies": {"express": "^4.19.2", "winston": "^3.13.0"}}\n'
    root = write(tmp_path / "text", {"package.json": package, "src/logger.js": WINSTON_SIMPLE})
    found = findings(scan(root, only=("logging/structured",)), "logging/structured")
    assert [f.status for f in found] == [Status.FAIL], found
    assert "format.printf()" in found[0].message and found[0].location.path == "src/logger.js", found
    # JSON (winston's README: json in production, simple on the console in development) still passes
    readme = WINSTON_SIMPLE.replace("winston.format.timestamp(),", "winston.format.timestamp(), winston.format.json(),")
    root = write(tmp_path / "json", {"package.json": package, "src/logger.js": readme})
    found = findings(scan(root, only=("logging/structured",)), "logging/structured")
    assert [f.status for f in found] == [Status.PASS], found
