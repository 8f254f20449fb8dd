"""external-services (static): dependencies are known, HTTP calls have timeouts, each dependency has a
health check or a fallback written down."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding, Location
from deploycheck.sources.codefacts import code_facts

if TYPE_CHECKING:
    from deploycheck.context import Context


@check(
    "external-services/http-timeouts",
    title="Outgoing HTTP calls set a timeout",
    severity="high",
    needs=("source code",),
    rationale="requests waits forever by default: one slow dependency then holds every worker and the service "
              "stops answering its own probes.",
    remediation="Pass timeout= on every call (requests), or create the client with a timeout "
                "(httpx.Client(timeout=...), requests via a Session adapter, Go http.Client{Timeout: ...}, "
                "a RestTemplate from RestTemplateBuilder with setConnectTimeout/setReadTimeout).",
    references=("https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",),
)
def http_timeouts(ctx: Context) -> Iterator[Finding]:
    facts = ctx.use(code_facts)
    compiled = ctx.use(compiled_http_clients)
    if not facts.files_by_language.get("python") and not compiled.files:
        yield skipped("HTTP timeouts are read from Python code (requests, httpx, urllib), from Go/Java/Rust HTTP "
                      "clients, from axios in Node servers and from Faraday in Ruby; none found")
        return
    calls = [c for c in facts.http_calls if not c.test]
    if not calls and not compiled.clients and compiled.ruby_unread:
        yield _ruby_unread(compiled)
        return
    if not calls and not compiled.clients:
        if compiled.node_files:
            # axios is required, but no call or client through it was recognised (used through another module's
            # object): not looked at, so not "no HTTP client"
            yield skipped(f"axios is used in {', '.join(compiled.node_files[:5])} but no call or client through it was "
                          "recognised: the timeouts of its requests were not read")
            return
        yield not_applicable("no requests/httpx/urllib calls in the Python code, no Go/Java/Rust HTTP client and no "
                             "axios call in a Node server")
        return
    bad = 0
    for c in calls:
        where = Location(path=c.file, line=c.line)
        if c.timeout in ("none", "disabled"):
            bad += 1
            what = "timeout=None disables the timeout" if c.timeout == "disabled" else "no timeout"
            yield failed(f"{c.call}(...) has {what}", where, {"library": c.library})
        elif c.timeout == "library-default":
            yield warned(f"{c.call}(...) relies on httpx's implicit 5 s default timeout; set it explicitly", where,
                         {"library": c.library})
    for client in compiled.clients:
        if not client.timeout and client.implicit:
            bad += 1
            yield warned(f"{client.what} sets no timeout of its own: it relies on {client.implicit}; set one that "
                         "fits the dependency", Location(path=client.file, line=client.line),
                         {"language": client.language})
        elif not client.timeout:
            bad += 1
            yield failed(f"{client.what} has no timeout: a slow dependency holds the caller forever",
                         Location(path=client.file, line=client.line), {"language": client.language})
    if compiled.ruby_unread:
        yield _ruby_unread(compiled)
    if not bad:
        shown = [f"{c.file}:{c.line} {c.call} ({c.timeout})" for c in calls[:20]]
        shown += [f"{c.file}:{c.line} {c.what}" for c in compiled.clients[:20]]
        yield passed(f"{len(calls) + len(compiled.clients)} HTTP calls/clients set a timeout",
                     evidence={"calls": shown[:20]})


def _ruby_unread(compiled: CompiledClients) -> Finding:
    # only Faraday is read in Ruby: the other clients' calls are not looked at, so they are never "fine"
    return skipped(f"Ruby HTTP clients other than Faraday (HTTParty, RestClient, Net::HTTP, OAuth2::Client, ...) are "
                   f"used in {', '.join(compiled.ruby_unread[:5])}: their timeouts were not read")


@dataclass(frozen=True)
class CompiledClient:
    language: str  # go | java | rust | javascript | ruby
    what: str
    file: str
    line: int
    timeout: bool
    implicit: str | None = None  # without one of its own: the library's default the client falls back on


@dataclass
class CompiledClients:
    files: int = 0  # Go/Java/Rust production files read
    clients: list[CompiledClient] = field(default_factory=list)
    node_files: list[str] = field(default_factory=list)  # Node server files that use axios
    ruby_unread: list[str] = field(default_factory=list)  # Ruby files using an HTTP client other than Faraday


def _exports(text: str, name: str) -> bool:
    """Whether a JavaScript module exports the binding `name` (`module.exports = { baseClient: client }`,
    `module.exports = client`, `export default client`, `export { client }`)."""
    n = re.escape(name)
    return re.search(rf"\bmodule\.exports[ \t]*=[ \t]*(?:{n}\b|\{{[^}}]{{0,500}}(?<![\w$.]){n}\b)"
                     rf"|\bexports\.[\w$]{{1,60}}[ \t]*=[ \t]*{n}\b|\bexport[ \t]+default[ \t]+{n}\b"
                     rf"|\bexport[ \t]*\{{[^}}]{{0,500}}(?<![\w$.]){n}\b", text) is not None


# Go: an `http.Client{...}` literal without a Timeout field, or net/http's package-level helpers and
# DefaultClient (no timeout at all). Java: `new RestTemplate(...)` or java.net.http's `HttpClient.newHttpClient()`
# in a file that sets no connect/read timeout. Read by regular expressions over the text (the lighter means the
# checklist allows for these languages), so a timeout set in another file is not seen: the finding names the file.
# (a value after `=`, `(`, `,`, `:`, `{` or `return`; not the `*http.Client {` result type of a function)
_GO_CLIENT_LITERAL = re.compile(r"(?:[=(,:{]|\breturn)\s*&?http\.Client\s*\{")
_GO_DEFAULT_CLIENT = re.compile(r"\bhttp\.(?:Get|Post|PostForm|Head)\s*\(|\bhttp\.DefaultClient\.\w+\s*\(")
_JAVA_CLIENT = re.compile(r"\bnew\s+RestTemplate\s*\(|\bHttpClient\.newHttpClient\s*\(")
_JAVA_TIMEOUT = re.compile(r"set(?:Connect|Read|ConnectionRequest)Timeout\s*\(|\b(?:connect|read)Timeout\s*\(")
# Rust: reqwest's `Client::new()` and `reqwest::get(...)` wait forever (reqwest sets no timeout by default) unless the
# file sets one: `.timeout(...)` on the ClientBuilder or the RequestBuilder, or `tokio::time::timeout(...)`.
_RUST_CLIENT = re.compile(r"\breqwest::(?:blocking::)?(?:Client::new\s*\(|get\s*\()")
_RUST_TIMEOUT = re.compile(r"\.timeout\s*\(|\btime::timeout\s*\(")
# Ruby: a Faraday connection (`Faraday.new(url:, headers:)`) sets no timeout unless its options or block do (`request:
# { timeout: 30 }`, `faraday.options.timeout = 5`, `open_timeout:`, the net_http_persistent adapter's `read_timeout:`;
# `idle_timeout:` is how long an unused connection stays open, no timeout of a request). Faraday's default adapter is
# Net::HTTP, whose own defaults give up after 60 s, so the connection is not left waiting forever: a warning to set the
# service's own, as httpx's implicit default is. A timeout anywhere in the file counts, and `Faraday.default_connection_
# options` setting one anywhere in the repository counts for every connection.
_RUBY_FARADAY = re.compile(r"\bFaraday(?:\.new|::Connection\.new)\b")
_RUBY_TIMEOUT = re.compile(r"(?<!\w)(?:open_|read_|write_)?timeout\s*(?::(?!:)|=(?![=~])|=>)"
                           r"|\[:(?:open_|read_|write_)?timeout\]")
# Other Ruby HTTP clients this check does not read: a pass over the Faraday connections alone would speak for them too.
_RUBY_OTHER_CLIENTS = re.compile(r"\b(?:HTTParty|RestClient|Net::HTTP|Excon|Typhoeus|HTTPClient|OAuth2::Client)\b"
                                 r"|\bHTTP\.(?:get|post|put|patch|delete|timeout)\b")
_RUBY_TEST_PATH = re.compile(r"(^|/)(spec|test|features)/|_(spec|test)\.rb$")



def _go_literal_has_timeout(text: str, start: int) -> bool:
    depth, i = 0, start
    while i < len(text):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    return re.search(r"^[ \t]*Timeout\s*:|[{,]\s*Timeout\s*:", text[start:i + 1], re.M) is not None


# A RestTemplate is judged where the module calls one (`restTemplate.exchange(...)`): a bean declared and injected but
# never called (bank-of-anthos' ledgermonolith, spring-petclinic's gateway, which uses WebClient) makes no request.
_JAVA_TEMPLATE_CALL = re.compile(r"\b\w*[rR]est[tT]emplate\w*\s*\.\s*(?:exchange|getFor\w+|postFor\w+|put|delete"
                                 r"|patchForObject|execute|headForHeaders|optionsForAllow)\s*\(")
# Client-side tools (a traffic generator, a demo bot) whose requests serve no user: a folder named so.
_CLIENT_TOOL_DIR = re.compile(r"(^|[-_.])(bot|loadgen|load-?generator|traffic|chaos)([-_.]|$)", re.I)


def _java_module(rel: str) -> str:
    return rel.split("src/main/java/", 1)[0] if "src/main/java/" in rel else rel.rpartition("/")[0]


# JavaScript: axios calls (`axios.post(url, body, options)`) in a Node server (the nearest package.json depends on a
# server framework: a browser's requests hold no server worker). axios waits forever by default; a timeout set
# anywhere in the file (the call's options, axios.defaults.timeout, axios.create({timeout})) counts.
_AXIOS_METHODS = r"(?:\.(?:get|post|put|patch|delete|head|options|request|create))?\s*\("
_AXIOS_CALL = re.compile(r"\baxios(?:\.default)?" + _AXIOS_METHODS)
# axios's default instance bound to another name: `const client = require('axios');` (prisoner-content-hub-frontend's
# server/clients/baseClient.js), `import client from 'axios'`
_AXIOS_BINDING = re.compile(r"\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*=[ \t]*"
                            r"require\([ \t]*['\"]axios['\"][ \t]*\)"
                            r"|^[ \t]*import[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]+from[ \t]+['\"]axios['\"]", re.M)
_NODE_SERVERS = ("express", "fastify", "koa", "@nestjs/core", "@hapi/hapi", "restify")


def _node_packages(ctx: Context) -> dict[str, bool]:
    """Folder of each package.json -> whether it is a Node server (depends on a server framework)."""
    from deploycheck.sources.files import parse_json

    out = {}
    for rel in ctx.files.glob("package.json"):
        try:
            data = parse_json(ctx.files.read_text(rel) or "")
        except ValueError:
            continue
        deps = data.get("dependencies") if isinstance(data, dict) else None
        out[rel.rpartition("/")[0]] = isinstance(deps, dict) and any(name in deps for name in _NODE_SERVERS)
    return out


def _in_node_server(rel: str, packages: dict[str, bool]) -> bool:
    owner = max((d for d in packages if not d or rel.startswith(d + "/")), key=len, default=None)
    return owner is not None and packages[owner]


# Node's fetch (global since Node 18: undici; or node-fetch) in a Node server: no overall timeout unless the call is
# given an AbortSignal (`signal: AbortSignal.timeout(ms)`, an AbortController); undici gives up only after its 300 s
# header and body timeouts, node-fetch never. pcq-frontend's app/utils/AsyncFetch.js: `fetch(new Request(url,
# fetchOptions), retryOptions)` for every call to pcq-backend. A call is `fetch(` not after `.`, a word or `$`; a
# method or function of that name (`fetch(url, fetchOptions, parseBody) {`) is no call.
_FETCH_CALL = re.compile(r"(?<![\w$.])fetch[ \t]*\(")
_FETCH_DEFINITION = re.compile(r"^[ \t]*(?:async[ \t]+)?fetch[ \t]*\([^()\n]{0,300}\)[ \t]*\{"
                               r"|\bfunction[ \t]*\*?[ \t]*$")
_FETCH_DEADLINE = re.compile(r"\bsignal\b|\bAbortSignal\b|\bAbortController\b|\btimeout\b")
_FETCH_DEFAULT = "Node's fetch defaults (undici gives up after 300 s without headers or body; node-fetch never)"


def _fetch_calls(rel: str, text: str, out: CompiledClients) -> None:
    if "fetch" not in text:
        return
    deadline = _FETCH_DEADLINE.search(text) is not None
    for m in _FETCH_CALL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        line = text[line_start:line_end if line_end != -1 else len(text)]
        if _FETCH_DEFINITION.search(line) or _FETCH_DEFINITION.search(text[line_start:m.start()]):
            continue
        out.clients.append(CompiledClient("javascript", "fetch(...)", rel, line_at(text, m.start()), deadline,
                                          _FETCH_DEFAULT))


def _axios_clients(ctx: Context, out: CompiledClients) -> None:
    from deploycheck.sources.codefacts import is_test_path

    packages = _node_packages(ctx)
    if not any(packages.values()):
        return
    for rel in ctx.files.files:
        if not rel.endswith((".js", ".ts", ".mjs", ".cjs")) or rel.endswith((".min.js", ".d.ts")) \
                or is_test_path(rel) or not _in_node_server(rel, packages):
            continue
        text = ctx.files.read_text(rel)
        if text is not None and "axios" not in text:
            before = len(out.clients)
            _fetch_calls(rel, text, out)
            if len(out.clients) > before:
                out.files += 1
            continue
        if text is None:
            continue
        out.files += 1
        out.node_files.append(rel)
        timeout = re.search(r"\btimeout\b", text) is not None
        for m in _AXIOS_CALL.finditer(text):
            out.clients.append(CompiledClient("javascript", m.group(0).rstrip("( ") + "(...)", rel,
                                              line_at(text, m.start()), timeout))
        for m in _AXIOS_BINDING.finditer(text):
            name = m.group(1) or m.group(2)
            if name == "axios":
                continue
            calls = list(re.finditer(rf"(?<![\w$.]){re.escape(name)}{_AXIOS_METHODS}", text))
            for call in calls:
                out.clients.append(CompiledClient("javascript", f"{call.group(0).rstrip('( ')}(...) (axios)", rel,
                                                  line_at(text, call.start()), timeout))
            if not calls and _exports(text, name):
                # the module hands axios's default instance to its importers (StandardClient's this.client.get): a
                # client with axios's default of no timeout, unless this file sets one
                out.clients.append(CompiledClient("javascript", f"axios's default instance exported as `{name}`", rel,
                                                  line_at(text, m.start()), timeout))


# A package-level client whose Timeout another file of the package sets: `feedbackClient = &http.Client{...}` in
# gorush's notify/global.go, `feedbackClient.Timeout = time.Duration(timeout) * time.Second` in notify/feedback.go
# before each request. The name the literal is assigned to ends the text before it on its line.
_GO_ASSIGNED_NAME = re.compile(r"([A-Za-z_]\w{0,80})\s*:?$")
_GO_TIMEOUT_SET = re.compile(r"\b([A-Za-z_]\w{0,80})\.Timeout\s*=[^=]")


@dataclass
class _GoPackages:
    files: dict[str, list[str]] | None = None  # folder -> its Go files (not tests), listed once
    timeouts: dict[str, set[str]] = field(default_factory=dict)  # folder -> names whose .Timeout a file sets

    def timeout_set(self, ctx: Context, rel: str, text: str, start: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        name = _GO_ASSIGNED_NAME.search(text[max(line_start, start - 200):start])
        if name is None:
            return False
        if self.files is None:
            self.files = {}
            for other in ctx.files.files:
                if other.endswith(".go") and not other.endswith("_test.go"):
                    self.files.setdefault(other.rpartition("/")[0], []).append(other)
        folder = rel.rpartition("/")[0]
        if folder not in self.timeouts:
            self.timeouts[folder] = {m.group(1) for other in self.files.get(folder, [])
                                     for m in _GO_TIMEOUT_SET.finditer(ctx.files.read_text(other) or "")}
        return name.group(1) in self.timeouts[folder]


def compiled_http_clients(ctx: Context) -> CompiledClients:
    out = CompiledClients()
    package = _GoPackages()
    calling_modules = {_java_module(rel) for rel in ctx.files.files if rel.endswith(".java")
                       and _JAVA_TEMPLATE_CALL.search(ctx.files.read_text(rel) or "")}
    for rel in ctx.files.files:
        if not rel.endswith((".go", ".java", ".rs")) or any(_CLIENT_TOOL_DIR.search(d) for d in rel.split("/")[:-1]):
            continue
        text = ctx.files.read_text(rel)
        if text is None:
            continue
        out.files += 1
        if rel.endswith(".go"):
            # `client.Timeout = 10 * time.Second`, or requests made under context.WithTimeout/WithDeadline in the
            # same file (podinfo's echo handler): the call has a deadline
            assigned = re.search(r"\.Timeout\s*=[^=]|\bcontext\.With(?:Timeout|Deadline)\s*\(", text) is not None
            for m in _GO_CLIENT_LITERAL.finditer(text):
                brace = m.end() - 1
                line = line_at(text, text.index("http.Client", m.start()))
                out.clients.append(CompiledClient("go", "http.Client{...}", rel, line,
                                                  assigned or _go_literal_has_timeout(text, brace)
                                                  or package.timeout_set(ctx, rel, text, m.start())))
            for m in _GO_DEFAULT_CLIENT.finditer(text):
                out.clients.append(CompiledClient("go", f"{m.group(0).rstrip('( ')}(...) (net/http's default "
                                                  "client)", rel, line_at(text, m.start()), assigned))
        elif rel.endswith(".rs"):
            timeout = _RUST_TIMEOUT.search(text) is not None
            for m in _RUST_CLIENT.finditer(text):
                out.clients.append(CompiledClient("rust", m.group(0).rstrip("( ") + "(...)", rel,
                                                  line_at(text, m.start()), timeout))
        else:
            timeout = _JAVA_TIMEOUT.search(text) is not None
            for m in _JAVA_CLIENT.finditer(text):
                if m.group(0).startswith("new") and _java_module(rel) not in calling_modules:
                    continue
                out.clients.append(CompiledClient("java", m.group(0).rstrip("( ") + "(...)", rel,
                                                  line_at(text, m.start()), timeout))
    _axios_clients(ctx, out)
    _faraday_clients(ctx, out)
    return out


def _faraday_clients(ctx: Context, out: CompiledClients) -> None:
    """Faraday connections of the Ruby production code (see _RUBY_FARADAY)."""
    ruby = [rel for rel in ctx.files.files if rel.endswith(".rb") and not _RUBY_TEST_PATH.search(rel)
            and not any(_CLIENT_TOOL_DIR.search(d) for d in rel.split("/")[:-1])]
    texts = {rel: text for rel in ruby if (text := ctx.files.read_text(rel))
             and ("Faraday" in text or _RUBY_OTHER_CLIENTS.search(text))}
    default_set = any("default_connection_options" in text and _RUBY_TIMEOUT.search(text) for text in texts.values())
    for rel, text in sorted(texts.items()):
        found = list(_RUBY_FARADAY.finditer(text))
        if _RUBY_OTHER_CLIENTS.search(text):
            out.ruby_unread.append(rel)
        if not found:
            continue
        out.files += 1
        timeout = default_set or _RUBY_TIMEOUT.search(text) is not None
        for m in found:
            out.clients.append(CompiledClient(
                "ruby", f"{m.group(0)}(...)", rel, line_at(text, m.start()), timeout,
                "its adapter's default (Net::HTTP, Faraday's default adapter, gives up after 60 s; some adapters "
                "never do)"))


@check(
    "external-services/declared",
    title="External dependencies are declared with a health check or fallback",
    severity="medium",
    needs=("config dependencies or manifests",),
    rationale="During an incident the first question is 'which dependency is down, and what happens then?'; "
              "the answer must exist before the incident.",
    remediation="List each dependency under `dependencies:` in .deploycheck.yaml with `health` (URL or note) and "
                "`fallback` (what the service does when it is down); `deploycheck verify` then probes them.",
)
def declared(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.external import declared_dependencies, discovered_dependencies

    deps = declared_dependencies(ctx)
    found = discovered_dependencies(ctx)
    config_line = ctx.config.line_of(("dependencies",))
    config_path = ctx.config.display_path if ctx.config.path else None
    if not deps and not found:
        yield not_applicable("no dependencies declared in the config and no URLs in the manifests' env")
        return
    known_hosts = {d.host for d in deps if d.host}
    for item in found:
        if item.host not in known_hosts:
            yield warned(f"{item.env} points at {item.url}, which is not listed under `dependencies:` in the config",
                         item.where, {"host": item.host})
    raw = ctx.config.section("dependencies") or []
    for i, dep in enumerate(deps):
        entry = raw[i] if i < len(raw) and isinstance(raw[i], dict) else {}
        where = Location(path=config_path, line=ctx.config.line_of(("dependencies", i)) or config_line)
        notes = {k: entry.get(k) for k in ("health", "fallback") if entry.get(k)}
        if not notes:
            yield failed(f"dependency {dep.name} has neither a health check nor a fallback note", where)
        else:
            yield passed(f"dependency {dep.name}: {', '.join(notes)} written down", where, notes)
    if found and not deps:
        yield failed(f"{len(found)} dependencies found in the manifests but none declared with health/fallback",
                     Location(path=config_path) if config_path else None,
                     {"discovered": [f"{d.env}={d.url}" for d in found[:10]]})
