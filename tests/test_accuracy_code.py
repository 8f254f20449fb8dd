"""Issue 8, code side: what the tool cannot read it must not claim as a problem, and what it can read it
judges (each case from a false alarm on the labelled repositories in bench/accuracy/)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

APP = "import os\nDB = os.environ['DATABASE_URL']\n"
README = """\
# svc

## Configuration

| Variable | Meaning |
|---|---|
| DATABASE_URL | PostgreSQL DSN |
| POLL_MS | poll interval |
| JVM_OPTS | JVM flags |
| STALE_SETTING | nothing reads this |
"""


# --- env-vars/documented-unused ----------------------------------------------------------------------


def test_documented_variable_used_where_code_facts_cannot_read_is_not_stale(tmp_path: Path) -> None:
    # bank-of-anthos: POLL_MS read through Spring's ${POLL_MS}, JVM_OPTS by the container's entrypoint.
    write(tmp_path, {"app.py": APP, "README.md": README,
                     "ledger/src/main/resources/application.properties": "ledger.poll=${POLL_MS}\n",
                     "ledger/entrypoint.sh": "#!/bin/sh\nexec java $JVM_OPTS -jar app.jar\n"})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    stale = [f.message.split()[0] for f in findings(result, "env-vars/documented-unused", Status.WARN)]
    assert stale == ["STALE_SETTING"], stale
    assert "nothing in the repository reads or sets it" in findings(
        result, "env-vars/documented-unused", Status.WARN)[0].message


def test_documented_variables_all_used_somewhere_pass_with_evidence(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": APP, "README.md": README.replace("| STALE_SETTING | nothing reads this |\n", ""),
                     "src/main.rs": 'let poll = std::env::var("POLL_MS");\n',
                     "compose.yaml": "services:\n  app:\n    environment:\n      - JVM_OPTS=-Xmx1g\n"})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    [ok] = findings(result, "env-vars/documented-unused", Status.PASS)
    assert ok.evidence["not_read_by_parsed_code_but_used_in"] == {"JVM_OPTS": "compose.yaml", "POLL_MS": "src/main.rs"}
    assert not findings(result, "env-vars/documented-unused", Status.WARN)


def test_variables_the_runtime_reads_itself_are_not_stale(tmp_path: Path) -> None:
    # healthchecks: docker/README documents UWSGI_DISABLE_LOGGING, which uWSGI maps to its own option
    readme = README.replace("| STALE_SETTING | nothing reads this |\n",
                            "| STALE_SETTING | nothing reads this |\n| UWSGI_DISABLE_LOGGING | uWSGI option |\n"
                            "| OTEL_SERVICE_NAME | tracing |\n")
    write(tmp_path, {"app.py": APP, "README.md": readme})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    stale = [f.message.split()[0] for f in findings(result, "env-vars/documented-unused", Status.WARN)]
    assert stale == ["JVM_OPTS", "POLL_MS", "STALE_SETTING"], stale  # neither runtime variable


def test_a_mention_in_other_documentation_is_not_a_use(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": APP, "README.md": README, "docs/ops.md": "Set `STALE_SETTING` to 1.\n",
                     "notes.txt": "STALE_SETTING\n", ".env.example": "STALE_SETTING=\n"})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    stale = {f.message.split()[0] for f in findings(result, "env-vars/documented-unused", Status.WARN)}
    assert "STALE_SETTING" in stale


# --- feature-flags/unused ----------------------------------------------------------------------------

FLAGD = {"flags": {
    "adFailure": {"state": "ENABLED", "variants": {"on": True, "off": False}, "defaultVariant": "off",
                  "metadata": {"description": "fail ads", "owner": "ads"}},
    "orphanFlag": {"state": "ENABLED", "variants": {"on": True, "off": False}, "defaultVariant": "off",
                   "metadata": {"description": "gone", "owner": "x"}},
}}


def test_flag_evaluated_in_an_unparsed_language_is_not_unused(tmp_path: Path) -> None:
    # opentelemetry-demo: flags evaluated through OpenFeature from C#, Kotlin, Rust...
    write(tmp_path, {"flagd/demo.flagd.json": json.dumps(FLAGD, indent=2),
                     "ad/AdService.cs": 'var on = await client.GetBooleanValueAsync("adFailure", false);\n',
                     "README.md": "Flags: `orphanFlag`, \"orphanFlag\"\n"})
    result = scan(tmp_path, only=("feature-flags/unused",))
    warned = [f.message for f in findings(result, "feature-flags/unused", Status.WARN)]
    assert len(warned) == 1 and "orphanFlag" in warned[0], warned


def test_flags_all_found_pass(tmp_path: Path) -> None:
    flags = {"flags": {"adFailure": FLAGD["flags"]["adFailure"]}}
    write(tmp_path, {"flagd/demo.flagd.json": json.dumps(flags, indent=2),
                     "ad/src/Ad.kt": 'client.getBooleanValue("adFailure", false)\n'})
    result = scan(tmp_path, only=("feature-flags/unused",))
    [ok] = findings(result, "feature-flags/unused", Status.PASS)
    assert ok.evidence == {"keys_found_outside_parsed_code": {"adFailure": "ad/src/Ad.kt"}}


# --- env-vars/required-set -------------------------------------------------------------------------

SERVER_JS = """\
const port = process.env['PAYMENT_PORT'];
const prefix = process.env.HANDLER_PATH_PREFIX ?
  '/' + process.env.HANDLER_PATH_PREFIX : '';
const key = process.env.API_KEY;
const url = process.env.EXPO_PUBLIC_URL;
"""


def test_required_variables_set_by_compose_env_file_and_dotenv(tmp_path: Path) -> None:
    write(tmp_path, {"src/payment/index.js": SERVER_JS,
                     "src/payment/Dockerfile": "FROM node:22\n",
                     "compose.yaml": "services:\n  payment:\n    build: src/payment\n    environment:\n"
                                     "      - PAYMENT_PORT\n    env_file: ./payment.env\n",
                     "payment.env": "# keys\nAPI_KEY=\n",
                     "src/payment/.env": "EXPO_PUBLIC_URL=http://localhost\n"})
    result = scan(tmp_path, only=("env-vars/required-set",))
    assert not findings(result, "env-vars/required-set", Status.FAIL), findings(result, "env-vars/required-set")
    [ok] = findings(result, "env-vars/required-set", Status.PASS)
    assert ok.evidence["PAYMENT_PORT"] == "compose.yaml services.payment"
    assert ok.evidence["API_KEY"].startswith("payment.env (env_file of compose.yaml")
    assert ok.evidence["EXPO_PUBLIC_URL"] == "src/payment/.env (env file)"
    # HANDLER_PATH_PREFIX is tested before use (`? ... : ''`): not required at all
    assert "HANDLER_PATH_PREFIX" not in ok.evidence


def test_a_browser_bundle_is_built_with_its_variables_a_server_reads_them_at_run_time(tmp_path: Path) -> None:
    """ardanlabs' Vue admin (Vite) reads process.env.BASE_URL: Vite writes the value into the bundle, the container
    never reads it. A Node server's process.env.BASE_URL, and a Next app's, are read when the container runs."""
    reads = "export const base = process.env.BASE_URL;\n"
    write(tmp_path, {
        "frontends/admin/package.json": '{"dependencies": {"vue": "^3"}, "devDependencies": {"vite": "^6"}}',
        "frontends/admin/src/router/index.js": reads,
        "frontends/shop/package.json": '{"dependencies": {"next": "15", "react": "19"}}',
        "frontends/shop/app/env.js": reads.replace("BASE_URL", "SHOP_URL"),
        "api/package.json": '{"dependencies": {"express": "^5"}}',
        "api/src/server.js": reads.replace("BASE_URL", "API_URL"),
        "api/Dockerfile": "FROM node:22\n",
    })
    result = scan(tmp_path, only=("env-vars/required-set",))
    failed = {name for f in findings(result, "env-vars/required-set", Status.FAIL)
              for name in ("BASE_URL", "SHOP_URL", "API_URL") if f.message.startswith(name)}
    assert failed == {"SHOP_URL", "API_URL"}


def test_process_env_in_comments_and_npm_variables_are_not_reads(tmp_path: Path) -> None:
    # flask-vue-kubernetes' Vue client (config/index.js of the Vue CLI template): `// can be overwritten by
    # process.env.HOST` was a read of HOST, and npm's own npm_config_report a required variable
    write(tmp_path, {"client/config/index.js": "module.exports = {\n  host: 'localhost', // can be overwritten by "
                                               "process.env.HOST\n  /* process.env.PORT too */\n"
                                               "  report: process.env.npm_config_report,\n"
                                               "  api: 'http://' + process.env.API_HOST,\n}\n",
                     "client/config/prod.env.js": "module.exports = {ROOT_API: JSON.stringify(process.env.ROOT_API)}\n",
                     "client/Dockerfile": "FROM node:22\nRUN ROOT_API=http://api npm run build\n"})
    result = scan(tmp_path, only=("env-vars/required-set",))
    # ROOT_API is read by the webpack build's config (build time), not by the running container
    assert [f.message.split()[0] for f in findings(result, "env-vars/required-set", Status.FAIL)] == ["API_HOST"]


def test_required_variable_no_compose_sets_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"src/payment/index.js": SERVER_JS,
                     "compose.yaml": "services:\n  payment:\n    image: p\n    environment:\n      PAYMENT_PORT: '1'\n"
                                     "    env_file: ../outside.env\n"})
    result = scan(tmp_path, only=("env-vars/required-set",))
    unset = {f.message.split()[0] for f in findings(result, "env-vars/required-set", Status.WARN)}
    # an env_file outside the repository (or absent) may set them: a warning naming it, never a pass
    assert unset == {"API_KEY", "EXPO_PUBLIC_URL"}, findings(result, "env-vars/required-set")
    assert "../outside.env" in findings(result, "env-vars/required-set", Status.WARN)[0].message
    write(tmp_path, {"compose.yaml": "services:\n  payment:\n    image: p\n    environment:\n"
                                     "      PAYMENT_PORT: '1'\n"})
    result = scan(tmp_path, only=("env-vars/required-set",))
    unset = {f.message.split()[0] for f in findings(result, "env-vars/required-set", Status.FAIL)}
    assert unset == {"API_KEY", "EXPO_PUBLIC_URL"}


def test_flag_named_by_a_shell_script_is_not_unused(tmp_path: Path) -> None:
    flags = {"flags": {k: FLAGD["flags"]["adFailure"] for k in ("loadGeneratorVUs", "beta")}}
    write(tmp_path, {"flagd/demo.flagd.json": json.dumps(flags, indent=2),
                     "load/entrypoint.sh": "vus=$(fetch_flag loadGeneratorVUs 10)\n# beta is not a key here\n"})
    result = scan(tmp_path, only=("feature-flags/unused",))
    warned = [f.message for f in findings(result, "feature-flags/unused", Status.WARN)]
    # a short common word is not taken as a use: only quoted would count
    assert warned == ["flag 'beta' is defined but not used in the code"], warned


def test_documented_variables_of_a_component_reading_computed_names_are_not_stale(tmp_path: Path) -> None:
    # kubernetes/examples cassandra: KubernetesSeedProvider reads System.getenv(var) for each setting it lists.
    java = ("class P {\n  String get(String var, String dflt) {\n    String val = System.getenv(var);\n"
            "    return val == null ? dflt : val;\n  }\n}\n")
    write(tmp_path, {"app.py": APP, "README.md": README.replace("| STALE_SETTING | nothing reads this |\n", ""),
                     "cassandra/README.md": "## Environment\n\n| Variable | Meaning |\n|---|---|\n"
                                            "| K8S_ACCOUNT_TOKEN | token path |\n",
                     "cassandra/src/main/java/P.java": java,
                     "other/README.md": "## Environment\n\n| Variable | Meaning |\n|---|---|\n"
                                        "| OTHER_STALE | nothing |\n"})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    stale = [f.message.split()[0] for f in findings(result, "env-vars/documented-unused", Status.WARN)]
    assert stale == ["OTHER_STALE"], stale


# --- api-docs/spec-matches-code: gorilla/mux routes built from variables (podinfo) -----------------

PODINFO_GO = """\
package http

func (s *Server) registerHandlers() {
	s.router.Handle(s.prefixedPath("/metrics"), promhttp.Handler())
	s.router.HandleFunc(rootPath, s.infoHandler).Methods("GET")
	s.router.HandleFunc(s.prefixedPath("/version"), s.versionHandler).Methods("GET")
	s.router.HandleFunc(s.prefixedPath("/api/echo"), s.echoHandler)
	s.router.HandleFunc(s.prefixedPath("/cache/{key}"), s.cacheWriteHandler).Methods("POST", "PUT")
	s.router.HandleFunc("/healthz", s.healthzHandler)
}
"""
PODINFO_SPEC = """\
swagger: "2.0"
info: {title: podinfo, version: "1"}
paths:
  /:
    get: {summary: index, responses: {"200": {description: ok}}}
  /version:
    get: {summary: version, responses: {"200": {description: ok}}}
  /api/echo:
    post: {summary: echo, responses: {"202": {description: ok}}}
  /cache/{key}:
    post: {summary: save, parameters: [{name: key, in: path, required: true, type: string}],
           responses: {"202": {description: ok}}}
  /gone:
    delete: {summary: removed long ago, responses: {"204": {description: gone}}}
"""


def test_go_routes_through_a_path_helper_are_read_and_variable_paths_not_claimed(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/api/server.go": PODINFO_GO, "pkg/api/docs/swagger.yaml": PODINFO_SPEC})
    result = scan(tmp_path, only=("api-docs/spec-matches-code",))
    failed = [f.message for f in findings(result, "api-docs/spec-matches-code", Status.FAIL)]
    # PUT /cache/{key} is read through the path helper (and is undocumented); DELETE /gone: no route with a
    # literal path serves it, and the one dynamic route is GET-only
    assert failed == ["PUT /cache/{key} is served by the code but not in the API description",
                      "DELETE /gone is in pkg/api/docs/swagger.yaml but no route in the code serves it"], failed
    [not_judged] = findings(result, "api-docs/spec-matches-code", Status.SKIPPED)
    assert not_judged.evidence["operations_not_judged"] == ["GET /"]
    assert not_judged.evidence["dynamic_routes"] == ["pkg/api/server.go:5 rootPath"]


def _open_routes(root: Path) -> list[str]:
    """`METHOD /path` of each route endpoint-security/route-auth calls open."""
    result = scan(root, only=("endpoint-security/route-auth",))
    return sorted(f.message.split(" (")[0] for f in findings(result, "endpoint-security/route-auth", Status.FAIL))


# --- endpoint-security/route-auth: the token verified inside the handler (bank-of-anthos) -------------

FLASK_CONTACTS = """\
import jwt
from flask import Flask, request

app = Flask(__name__)


@app.route("/contacts/<username>", methods=["GET"])
def get_contacts(username):
    token = request.headers.get("Authorization", "").split(" ")[-1]
    try:
        payload = jwt.decode(token, key=app.config["PUBLIC_KEY"], algorithms="RS256")
    except jwt.exceptions.InvalidTokenError:
        return "unauthorized", 401
    return payload["user"]


@app.route("/peek/<username>", methods=["GET"])
def peek(username):
    token = request.headers.get("Authorization", "")
    return jwt.decode(token, options={"verify_signature": False})["user"]


@app.route("/open", methods=["POST"])
def open_door():
    return "ok"
"""
SPRING_CONTROLLER = """\
@RestController
public final class BalanceReaderController {
    @GetMapping("/balances/{accountId}")
    public ResponseEntity<?> getBalance(@RequestHeader("Authorization") String bearerToken,
                                        @PathVariable String accountId) {
        DecodedJWT jwt = verifier.verify(bearerToken);
        return new ResponseEntity<Long>(1L, HttpStatus.OK);
    }

    @PostMapping("/transfers")
    public ResponseEntity<?> transfer(@RequestBody Transfer t) {
        return new ResponseEntity<>(HttpStatus.CREATED);
    }
}
"""


def test_route_whose_handler_verifies_the_token_is_protected(tmp_path: Path) -> None:
    write(tmp_path, {"contacts/contacts.py": FLASK_CONTACTS,
                     "ledger/src/main/java/BalanceReaderController.java": SPRING_CONTROLLER})
    open_routes = _open_routes(tmp_path)
    # decoding without verification protects nothing; a handler with no check at all is open
    assert open_routes == ["GET /peek/<username>", "POST /open", "POST /transfers"], open_routes


# --- logging ---------------------------------------------------------------------------------------

POM = """\
<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>svc</artifactId><version>1</version>
<dependencies>
<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId>
<version>3.4.0</version></dependency>
</dependencies></project>
"""
JAVA_APP = "package x;\n@SpringBootApplication\npublic class App { public static void main(String[] a) {} }\n"


def test_spring_boot_default_logging_is_plain_text_and_structured_format_passes(tmp_path: Path) -> None:
    write(tmp_path, {"svc/pom.xml": POM, "svc/src/main/java/x/App.java": JAVA_APP,
                     "svc/src/main/resources/application.yml": "server:\n  port: 8080\n"})
    result = scan(tmp_path, only=("logging/structured",))
    [plain] = findings(result, "logging/structured", Status.FAIL)
    # it said "no logging setup found" before: Spring Boot's logback is a setup, a plain-text one
    assert plain.message.startswith("logging is plain text: Spring Boot's default logback"), plain.message
    write(tmp_path, {"svc/src/main/resources/application.yml":
                     "server:\n  port: 8080\nlogging:\n  structured:\n    format:\n      console: ecs\n"})
    result = scan(tmp_path, only=("logging/structured",))
    [ok] = findings(result, "logging/structured", Status.PASS)
    assert "logging.structured.format ecs" in ok.message


def test_print_in_a_nested_tools_folder_is_a_command_line_program(tmp_path: Path) -> None:
    write(tmp_path, {"internal/tools/sanitycheck.py": "print('checking')\n",
                     "src/app.py": "print('serving')\n"})
    result = scan(tmp_path, only=("logging/print",))
    assert [f.location.path for f in findings(result, "logging/print", Status.WARN)] == ["src/app.py"]


# --- auth-protocols/tls-verification: a certificate-expiry check is not a trust decision (podcli) ----

CERT_CHECK_GO = """\
package main

func checkCert(host string) error {
	conn, err := tls.Dial("tcp", host, &tls.Config{
		InsecureSkipVerify: true,
	})
	if err != nil {
		return err
	}
	cert := conn.ConnectionState().PeerCertificates[0]
	if time.Now().After(cert.NotAfter) {
		return fmt.Errorf("expired")
	}
	return nil
}
"""
CLIENT_GO = """\
package main

var client = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
"""


def test_unverified_dial_that_reads_certificate_expiry_is_not_a_disabled_check(tmp_path: Path) -> None:
    write(tmp_path, {"cmd/cli/check.go": CERT_CHECK_GO})
    result = scan(tmp_path, only=("auth-protocols/tls-verification",))
    [ok] = findings(result, "auth-protocols/tls-verification", Status.PASS)
    assert ok.evidence == {"certificate_inspection": ["cmd/cli/check.go:5 tls.Config{InsecureSkipVerify: true}"]}
    write(tmp_path, {"pkg/client.go": CLIENT_GO})
    result = scan(tmp_path, only=("auth-protocols/tls-verification",))
    [bad] = findings(result, "auth-protocols/tls-verification", Status.FAIL)
    assert bad.location.path == "pkg/client.go"


# --- Fastify routes and hooks ------------------------------------------------------------------------

FASTIFY_APP = """\
const fastify = require('fastify')({ logger: true })
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET })
fastify.decorate('authenticate', async (request, reply) => { await request.jwtVerify() })

fastify.route({
  method: 'GET',
  url: '/orders/:id',
  onRequest: [fastify.authenticate],
  handler: async (request, reply) => ({ id: request.params.id })
})

fastify.route({
  method: ['POST', 'PUT'],
  url: '/orders',
  schema: { body: { type: 'object' } },
  handler: async (request, reply) => ({ ok: true })
})

fastify.get('/me', { preHandler: fastify.authenticate }, async (request) => request.user)
fastify.get('/prices', { schema: {} }, async () => [])
"""
FASTIFY_HOOKED = """\
import Fastify from 'fastify'
const app = Fastify()
app.get('/healthz', async () => 'ok')
app.addHook('onRequest', async (request, reply) => {
  await request.jwtVerify()
})
app.route({ method: 'DELETE', url: '/orders/:id', handler: async () => null })
"""


def test_fastify_route_objects_options_and_hooks_are_read_with_their_auth(tmp_path: Path) -> None:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.routes import code_routes

    write(tmp_path, {"src/server.js": FASTIFY_APP, "src/hooked.ts": FASTIFY_HOOKED})
    routes = Context(tmp_path, load_config(tmp_path)).use(code_routes)
    got = {(r.file, r.method, r.path, bool(r.auth_hints)) for r in routes.routes}
    assert got == {("src/server.js", "GET", "/orders/:id", True), ("src/server.js", "POST", "/orders", False),
                   ("src/server.js", "PUT", "/orders", False), ("src/server.js", "GET", "/me", True),
                   ("src/server.js", "GET", "/prices", False), ("src/hooked.ts", "GET", "/healthz", False),
                   ("src/hooked.ts", "DELETE", "/orders/:id", False)}, got
    assert {r.framework for r in routes.routes} == {"fastify"}
    open_routes = _open_routes(tmp_path)
    # the onRequest hook covers the DELETE declared after it; /healthz (before the hook) is public by design
    assert open_routes == ["GET /prices", "POST /orders", "PUT /orders"], open_routes


def test_spring_boot_known_from_its_imports_when_the_build_file_is_not_read(tmp_path: Path) -> None:
    # ftgo-application: Gradle builds with the Spring Boot version in a variable
    write(tmp_path, {"svc/build.gradle": "dependencies { compile \"org.springframework.boot:$bootStarter\" }\n",
                     "svc/src/main/java/x/App.java": "package x;\nimport org.springframework.boot.SpringApplication;\n"
                                                     + JAVA_APP.split("\n", 1)[1]})
    result = scan(tmp_path, only=("logging/structured",))
    [plain] = findings(result, "logging/structured", Status.FAIL)
    assert plain.message.startswith("logging is plain text: Spring Boot's default logback"), plain.message
    assert plain.evidence == {"spring_boot": ["svc/src/main/java/x/App.java:2"]}


# --- dependency-health/end-of-life from runtime declarations -------------------------------------------


def _eol(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str, int | None]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("dependency-health/end-of-life",))
    return sorted((f.status.value, f.location.path if f.location else "", f.location.line if f.location else None)
                  for f in findings(result, "dependency-health/end-of-life"))


def test_end_of_life_from_engines_runtime_txt_and_go_mod(tmp_path: Path) -> None:
    pkg = '{\n  "name": "web",\n  "engines": {\n    "node": "^14.17.0"\n  }\n}\n'
    got = _eol(tmp_path, {"web/package.json": pkg, "api/runtime.txt": "python-3.8.10\n",
                          "svc/go.mod": "module example.com/svc\n\ngo 1.19\n",
                          "tool/go.mod": "module example.com/tool\n\ngo 1.19\n\ntoolchain go1.20.3\n"})
    assert got == [("fail", "api/runtime.txt", 1), ("fail", "tool/go.mod", 5), ("fail", "web/package.json", 4),
                   ("warn", "svc/go.mod", 3)], got
    # The message names the declaring file, not an image nobody wrote (`image node:14`).
    messages = {f.location.path: f.message for f in findings(scan(tmp_path, only=("dependency-health/end-of-life",)),
                                                            "dependency-health/end-of-life") if f.location}
    assert messages["web/package.json"].startswith("web/package.json declares the runtime: node 14 reached end of life")


def test_open_ended_or_supported_runtime_declarations_pass(tmp_path: Path) -> None:
    # ">=14" admits today's Node.js: no claim that an ended one runs; "18 - 22" tops at a supported 22
    got = _eol(tmp_path, {"a/package.json": '{"engines": {"node": ">=14"}}', "b/package.json":
                          '{"engines": {"node": "18 - 22"}}', "c/package.json": '{"engines": {"node": ">=16 <23"}}',
                          "runtime.txt": "python-3.13.1\n", "go.mod": "module m\n\ngo 1.99\n"})
    assert {s for s, _, _ in got} == {"pass"}, got
    assert _eol(tmp_path / "none", {"go.mod": "module m\n"}) == [("n/a", "", None)]


# --- api-docs/spec-present: .proto files describe gRPC, not the HTTP routes beside them (emojivoto) ----

EMOJIVOTO_WEB = """\
package web

func handle(path string, h func(w http.ResponseWriter, r *http.Request)) {
	http.Handle(path, &ochttp.Handler{
		Handler: http.HandlerFunc(h),
	})
}

func StartServer() {
	handle("/", webApp.indexHandler)
	handle("/api/list", webApp.listEmojiHandler)
	handle("/api/vote", webApp.voteEmojiHandler)
	http.Handle("/metrics", promhttp.Handler())
}
"""


def test_http_routes_through_a_wrapper_with_only_proto_descriptions_fail_spec_present(tmp_path: Path) -> None:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.routes import code_routes

    write(tmp_path, {"web/web.go": EMOJIVOTO_WEB, "proto/Emoji.proto": 'syntax = "proto3";\n'})
    routes = Context(tmp_path, load_config(tmp_path)).use(code_routes)
    assert sorted(r.path for r in routes.routes) == ["/", "/api/list", "/api/vote", "/metrics"]
    assert routes.unresolved == []  # the wrapper's own http.Handle(path, ...) is not an unknown route
    result = scan(tmp_path, only=("api-docs/spec-present",))
    [bad] = findings(result, "api-docs/spec-present", Status.FAIL)
    assert "HTTP route(s) (ANY /api/list, ANY /api/vote)" in bad.message and "1 proto" in bad.message
    # gRPC only (no HTTP routes beyond operational ones): the .proto files are the API description
    write(tmp_path, {"web/web.go": 'package web\n\nfunc main() { http.Handle("/metrics", promhttp.Handler()) }\n'})
    result = scan(tmp_path, only=("api-docs/spec-present",))
    assert findings(result, "api-docs/spec-present", Status.PASS)


def test_a_graphql_schema_describes_the_graphql_endpoint(tmp_path: Path) -> None:
    """A GraphQL service's API description is its schema (SDL), as a large Django/GraphQL service keeps it
    (saleor/graphql/schema.graphql): it was reported as having no API description at all."""
    urls = ('from django.urls import path, re_path\nfrom . import views\nurlpatterns = [\n'
            '    re_path(r"^graphql/$", views.api, name="api"),\n]\n')
    write(tmp_path, {"shop/urls.py": urls, "shop/graphql/schema.graphql": "type Query {\n  shop: Shop\n}\n",
                     "queries/products.graphql": "query Products { products { id } }\n"})
    result = scan(tmp_path, only=("api-docs/spec-present",))
    [good] = findings(result, "api-docs/spec-present", Status.PASS)
    assert good.evidence == {"graphql": ["shop/graphql/schema.graphql"]}  # a query document is not a schema
    # Routes beside the GraphQL endpoint are not described by it.
    write(tmp_path, {"shop/urls.py": urls.replace("]\n", '    path("thumbnail/<int:pk>/", views.thumb),\n]\n')})
    result = scan(tmp_path, only=("api-docs/spec-present",))
    [bad] = findings(result, "api-docs/spec-present", Status.FAIL)
    assert "1 HTTP route(s) (ANY /thumbnail/<int:pk>/)" in bad.message and "1 graphql" in bad.message


def test_sinatra_routes_are_read_and_fail_spec_present_without_a_description(tmp_path: Path) -> None:
    books = ("require 'sinatra'\nrequire 'sinatra/json'\n\nget '/books.json' do\n  json Book.all\nend\n\n"
             "post '/books.json' do\n  201\nend\n")
    write(tmp_path, {"books.rb": books, "resources/book.rb": "class Book < ActiveResource::Base\nend\n",
                     "Rakefile": "task :default\n"})
    result = scan(tmp_path, only=("api-docs/spec-present",))
    [bad] = findings(result, "api-docs/spec-present", Status.FAIL)
    assert bad.evidence["routes"] == ["GET /books.json", "POST /books.json"] and bad.location.line == 4


def test_static_front_end_files_are_public_by_design(tmp_path: Path) -> None:
    web = EMOJIVOTO_WEB.replace('	handle("/", webApp.indexHandler)\n',
                                '	handle("/", webApp.indexHandler)\n	handle("/js", webApp.jsHandler)\n'
                                '	handle("/img/favicon.ico", webApp.faviconHandler)\n')
    write(tmp_path, {"web/web.go": web})
    open_routes = _open_routes(tmp_path)
    assert open_routes == ["ANY /api/list", "ANY /api/vote"], open_routes


def test_gorilla_methods_and_name_are_not_auth_but_a_wrapper_is(tmp_path: Path) -> None:
    # podinfo: `.Methods("GET")` after the handler made every gorilla/mux route look protected
    go = ('package http\n\nfunc (s *Server) routes() {\n'
          '\ts.router.HandleFunc("/env", s.envHandler).Methods("GET", "POST").Name("env")\n'
          '\ts.router.HandleFunc("/admin", requireAuth(s.adminHandler)).Methods("GET")\n}\n')
    write(tmp_path, {"pkg/http/server.go": go})
    open_routes = _open_routes(tmp_path)
    assert open_routes == ["GET /env", "POST /env"], open_routes


def test_cert_none_behind_a_parameter_is_an_option_not_a_fixed_switch(tmp_path: Path) -> None:
    # opentelemetry-demo chatbot: _ssl_options(tls_certificate) maps False to CERT_NONE for callers that ask
    opamp = ("import ssl\n\n\ndef _ssl_options(tls_certificate):\n    if tls_certificate is False:\n"
             "        return {\"cert_reqs\": ssl.CERT_NONE, \"check_hostname\": False}\n"
             "    return {\"cert_reqs\": ssl.CERT_REQUIRED}\n")
    write(tmp_path, {"src/opamp.py": opamp})
    result = scan(tmp_path, only=("auth-protocols/tls-verification",))
    [ok] = findings(result, "auth-protocols/tls-verification", Status.PASS)
    assert ok.evidence == {"option_branches": [
        "src/opamp.py:6 ssl.CERT_NONE (only when the caller passes tls_certificate=False)"]}
    # the same line under a module setting (not a parameter) is a fixed switch
    write(tmp_path, {"src/opamp.py": opamp.replace("def _ssl_options(tls_certificate):", "def _ssl_options():")})
    result = scan(tmp_path, only=("auth-protocols/tls-verification",))
    assert [f.location.line for f in findings(result, "auth-protocols/tls-verification", Status.FAIL)] == [6]
