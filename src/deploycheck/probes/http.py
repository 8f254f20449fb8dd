"""The HTTP service probe: smoke requests, auth enforcement, TLS, and the metrics endpoint.

Every request has a timeout and a total deadline (a server trickling bytes cannot hold a request
open), redirects are not followed (a redirect elsewhere would reach a host the user did not name),
bodies are read up to a cap, and every transport failure becomes a one-line `error` naming the URL
instead of an exception.

Where requests may go is decided here, not by the callers: a client made for an environment sends
only to that environment's origin. Paths come from hostile input (OpenAPI path keys, manifests'
`httpGet.path`), and an absolute URL there would otherwise carry the bearer token, or a DELETE, to any
host; such a request is refused before it is sent. Credentials never go over plain http except to a
loopback address, unless the environment sets `allow_http_credentials: true`.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from deploycheck.probes import require

if TYPE_CHECKING:
    import ssl

    import httpx

    from deploycheck.context import Context

DEFAULT_TIMEOUT_S = 10.0
CONNECT_TIMEOUT_S = 5.0
MAX_PROBE_TIMEOUT_S = 30.0  # a manifest's timeoutSeconds is hostile input: cap it
CREDENTIAL_HEADERS = ("authorization", "proxy-authorization", "cookie")
_LOOPBACK_HOSTS = ("localhost", "::1")
MAX_BODY_BYTES = 2 * 1024 * 1024
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# A JWT whose signature no issuer made: well-formed, so a service that only checks the shape lets it in.
INVALID_BEARER = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiJkZXBsb3ljaGVjay1wcm9iZSIsImV4cCI6NDEwMjQ0NDgwMH0."
    "ZGVwbG95Y2hlY2staW52YWxpZC1zaWduYXR1cmU"
)
# Value put in path parameters of protected operations: one that names no real record.
PROBE_PATH_VALUE = "deploycheck-probe-0"


class OffOriginRequest(Exception):
    """deploycheck refused to send this request: another origin, or credentials over plain http."""


@dataclass
class HttpResult:
    method: str
    url: str
    status: int | None = None
    latency_ms: float = 0.0
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None  # transport failure, already phrased for a finding
    truncated: bool = False
    refused: bool = False  # deploycheck refused to send it (another origin, credentials over http)

    @property
    def ok(self) -> bool:
        return self.error is None

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def describe(self) -> str:
        if self.error:
            return f"{self.method} {self.url}: {self.error}"
        return f"{self.method} {self.url} -> {self.status} in {self.latency_ms:.0f} ms"


# --- targets -----------------------------------------------------------------------------------


def base_url(ctx: Context) -> str | None:
    url = ctx.target("url")
    return str(url).rstrip("/") + "/" if url else None


def join(base: str, path: str) -> str:
    """The URL of `path` under `base`, keeping base's own path prefix (e.g. https://h/api/)."""
    return urljoin(base, path.lstrip("/"))


def same_origin(a: str, b: str) -> bool:
    sa, sb = urlsplit(a), urlsplit(b)
    return (sa.scheme, sa.hostname, sa.port) == (sb.scheme, sb.hostname, sb.port)


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    # ssl (like socket) is imported where used: the static scan imports this module through
    # probes.external for its constants, and ssl alone is ~3 ms of start-up (bench/README.md).
    import ssl

    return ssl.create_default_context(cafile=ca_file) if ca_file else ssl.create_default_context()


def origin_of(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)


def is_loopback(host: str) -> bool:
    return host in _LOOPBACK_HOSTS or host.startswith("127.")


def _request_guard(origins: set[tuple[str, str, int]] | None, allow_http_credentials: bool) -> Any:

    def guard(request: httpx.Request) -> None:
        url = str(request.url)
        origin = origin_of(url)
        if origins is not None and origin not in origins:
            allowed = ", ".join(f"{s}://{h}:{p}" for s, h, p in sorted(origins))
            raise OffOriginRequest(f"refused: {url} is not on the environment's origin ({allowed}); deploycheck "
                                   f"sends requests only there")
        if origin[0] == "http" and not allow_http_credentials and not is_loopback(origin[1]) and \
                any(h in request.headers for h in CREDENTIAL_HEADERS):
            raise OffOriginRequest(f"refused: {url} is plain http and the request carries credentials; use https "
                                   f"or set allow_http_credentials: true for this environment")

    return guard


def open_client(ca_file: str | None = None, timeout: float = DEFAULT_TIMEOUT_S, *,
                origins: set[tuple[str, str, int]] | None = None, allow_http_credentials: bool = False,
                tls_server_name: str | None = None) -> httpx.Client:
    """`origins`: the only origins requests may go to (None: any, for probes of targets the config names
    one by one, such as external dependencies). `tls_server_name`: the name TLS sends (SNI) and verifies
    the certificate against, when it is not the URL's host (a pod reached at its IP whose certificate
    names its Service); verification itself is never turned off."""
    require("httpx")
    import httpx

    hooks = [_request_guard(origins, allow_http_credentials)]
    if tls_server_name:
        def server_name(request: httpx.Request) -> None:
            request.extensions["sni_hostname"] = tls_server_name  # httpcore: SNI and the hostname check

        hooks.append(server_name)
    return httpx.Client(
        verify=ssl_context(ca_file),
        timeout=httpx.Timeout(timeout, connect=min(CONNECT_TIMEOUT_S, timeout)),
        follow_redirects=False,
        headers={"User-Agent": "deploycheck-verify"},
        event_hooks={"request": hooks},
        trust_env=False,  # no proxy or netrc credentials from the environment on these requests
    )


def client_for(ctx: Context, timeout: float = DEFAULT_TIMEOUT_S, target: str | None = None,
               any_origin: bool = False) -> httpx.Client:
    """A client for one configured target (default: the environment's service `url`): requests go to that
    origin and nowhere else. `any_origin` only for probes that send no credentials to follow links the
    configured target itself publishes (an OIDC issuer's jwks_uri)."""
    url = target or base_url(ctx)
    origins = None if any_origin else ({origin_of(url)} if url else set())
    return open_client(ctx.target("tls_ca_file"), timeout, origins=origins,
                       allow_http_credentials=bool(ctx.target("allow_http_credentials")))


# --- one request, never raising ----------------------------------------------------------------


def describe_error(exc: BaseException, timeout: float | None = None) -> str:
    """A transport failure in words a deployer understands (refused, DNS, TLS, timeout, garbage)."""
    import socket
    import ssl

    chain: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in chain:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    names = {type(e).__name__ for e in chain}
    for e in chain:
        if isinstance(e, ssl.SSLCertVerificationError):
            return f"TLS certificate verification failed: {e.verify_message or e.reason}"
    for e in chain:
        if isinstance(e, ssl.SSLError):
            return f"TLS handshake failed: {e.reason or e}"
    for e in chain:
        if isinstance(e, ConnectionRefusedError):
            return "connection refused"
        if isinstance(e, socket.gaierror):
            return f"DNS lookup failed ({e.strerror or e})"
    after = f" after {timeout:g} s" if timeout else ""
    if "ConnectTimeout" in names:
        return f"connection timed out{after}"
    if names & {"ReadTimeout", "TimeoutError", "ServerTimeoutError"}:
        return f"no response{after} (read timeout)"
    if names & {"WriteTimeout", "PoolTimeout", "TimeoutException"}:
        return f"timed out{after}"
    if names & {"RemoteProtocolError", "LocalProtocolError", "ServerDisconnectedError", "ClientResponseError",
                "ClientPayloadError"}:
        return f"invalid HTTP response (garbage or connection closed): {exc}"
    if names & {"UnsupportedProtocol", "InvalidURL", "InvalidUrlClientError"}:
        return f"invalid URL: {exc}"
    if "ConnectError" in names or "ClientConnectorError" in names:
        return f"cannot connect: {exc}"
    return f"{type(exc).__name__}: {exc}"


def total_deadline(client: httpx.Client) -> float:
    """A request must be complete within this: per-read timeouts alone let a server that trickles one
    byte every few seconds hold a request forever (slowloris)."""
    read = client.timeout.read or DEFAULT_TIMEOUT_S
    return read * 2 + CONNECT_TIMEOUT_S


def fetch(client: httpx.Client, method: str, url: str, *, headers: dict[str, str] | None = None,
          body: Any = None, max_bytes: int = MAX_BODY_BYTES) -> HttpResult:
    """One request, never raising, finished (or given up) within `total_deadline`."""
    import threading

    deadline = total_deadline(client)
    box: list[HttpResult] = []
    # The request runs in a daemon thread: past the deadline it is abandoned (its socket times out on
    # its own later) and the caller gets an error now. httpx has no total timeout of its own.
    worker = threading.Thread(target=lambda: box.append(_fetch(client, method, url, headers, body, max_bytes)),
                              daemon=True, name="deploycheck-fetch")
    started = time.perf_counter()
    worker.start()
    worker.join(deadline)
    if box:
        return box[0]
    return HttpResult(method=method.upper(), url=url, latency_ms=(time.perf_counter() - started) * 1000,
                      error=f"no complete answer within {deadline:g} s (the server keeps the request open)")


def _fetch(client: httpx.Client, method: str, url: str, headers: dict[str, str] | None, body: Any,
           max_bytes: int) -> HttpResult:
    import httpx

    result = HttpResult(method=method.upper(), url=url)
    kwargs: dict[str, Any] = {"headers": headers or {}}
    if isinstance(body, dict | list):
        kwargs["json"] = body
    elif body is not None:
        kwargs["content"] = str(body).encode()
    started = time.perf_counter()
    try:
        with client.stream(result.method, url, **kwargs) as resp:
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size >= max_bytes:
                    result.truncated = True
                    break
            result.status = resp.status_code
            result.headers = {k.lower(): v for k, v in resp.headers.items()}
            result.body = b"".join(chunks)[:max_bytes]
    except OffOriginRequest as exc:
        result.error, result.refused = str(exc), True
    except httpx.HTTPError as exc:
        timeout = client.timeout.read if isinstance(exc, httpx.TimeoutException) else None
        result.error = describe_error(exc, timeout)
    except (OSError, ValueError) as exc:  # e.g. a URL httpx refuses before sending
        result.error = describe_error(exc)
    result.latency_ms = (time.perf_counter() - started) * 1000
    return result


# --- request specs (config `smoke:` / `performance.requests`, and derived defaults) ------------


@dataclass
class RequestSpec:
    path: str
    method: str = "GET"
    name: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    headers_from_env: dict[str, str] = field(default_factory=dict)
    body: Any = None
    expect_status: list[int] | None = None  # None: any 2xx (3xx too for derived requests)
    expect_body: str | None = None
    expect_json_schema: dict[str, Any] | None = None
    max_latency_ms: float | None = None
    origin: str = "config"  # where the request came from, for messages
    allow_redirect: bool = False
    bearer_env: str | None = None  # env var holding a bearer token (environment `token_env`), "Bearer " added

    @property
    def label(self) -> str:
        return self.name or f"{self.method} {self.path}"

    @classmethod
    def from_config(cls, raw: dict[str, Any], origin: str) -> RequestSpec:
        expect = raw.get("expect_status")
        return cls(
            path=str(raw["path"]),
            method=str(raw.get("method", "GET")).upper(),
            name=raw.get("name"),
            headers={str(k): str(v) for k, v in (raw.get("headers") or {}).items()},
            headers_from_env={str(k): str(v) for k, v in (raw.get("headers_from_env") or {}).items()},
            body=raw.get("body"),
            expect_status=[expect] if isinstance(expect, int) else (list(expect) if expect else None),
            expect_body=raw.get("expect_body"),
            expect_json_schema=raw.get("expect_json_schema"),
            max_latency_ms=raw.get("max_latency_ms"),
            origin=origin,
        )

    def resolved_headers(self) -> tuple[dict[str, str], list[str]]:
        """Headers with env-provided values filled in, and the names of env vars that are unset."""
        headers = dict(self.headers)
        missing = []
        for header, var in self.headers_from_env.items():
            value = os.environ.get(var)
            if value is None:
                missing.append(var)
            else:
                headers[header] = value
        if self.bearer_env:
            token = os.environ.get(self.bearer_env)
            if token is None:
                missing.append(self.bearer_env)
            else:
                headers["Authorization"] = token if token.lower().startswith("bearer ") else f"Bearer {token}"
        return headers, missing


def judge(spec: RequestSpec, result: HttpResult) -> list[str]:
    """What is wrong with the answer (empty: it is as expected)."""
    if result.error:
        return [result.error]
    problems = []
    status = result.status or 0
    if spec.expect_status:
        if status not in spec.expect_status:
            problems.append(f"status {status}, expected {'/'.join(map(str, spec.expect_status))}")
    elif not (200 <= status < 300 or (spec.allow_redirect and 300 <= status < 400)):
        problems.append(f"status {status}, expected 2xx")
    if spec.expect_body is not None and spec.expect_body not in result.text():
        problems.append(f"body does not contain {spec.expect_body!r}")
    if spec.expect_json_schema is not None:
        problems.extend(_schema_problems(spec.expect_json_schema, result))
    if spec.max_latency_ms is not None and result.latency_ms > spec.max_latency_ms:
        problems.append(f"took {result.latency_ms:.0f} ms, over the {spec.max_latency_ms:g} ms budget")
    return problems


def _schema_problems(schema: dict[str, Any], result: HttpResult) -> list[str]:
    import json

    import jsonschema

    try:
        data = json.loads(result.body)
    except ValueError as exc:
        return [f"body is not JSON ({exc.__class__.__name__}: {str(exc)[:80]})"]
    try:
        validator_cls = jsonschema.validators.validator_for(schema)
        validator_cls.check_schema(schema)
    except jsonschema.SchemaError as exc:
        return [f"expect_json_schema is not a valid JSON Schema: {exc.message}"]
    errors = list(validator_cls(schema).iter_errors(data))[:3]
    return [f"body does not match the JSON Schema at '{'/'.join(map(str, e.absolute_path)) or '(root)'}': "
            f"{e.message[:160]}" for e in errors]


def run_request(client: httpx.Client, base: str, spec: RequestSpec) -> tuple[HttpResult, list[str]]:
    url = join(base, spec.path)
    if not same_origin(base, url):
        # An absolute URL in a smoke entry would reach a host the user did not name with --url/--env.
        res = HttpResult(spec.method, url, error=f"refused: {url} is not under the target {base}")
        return res, [res.error or ""]
    headers, missing = spec.resolved_headers()
    if missing:
        res = HttpResult(spec.method, url, error=f"environment variable(s) {', '.join(missing)} not set "
                                                 "(headers_from_env)")
        return res, [res.error or ""]
    result = fetch(client, spec.method, url, headers=headers, body=spec.body)
    return result, judge(spec, result)


# --- derived smoke requests: probes in the manifests, safe operations in the OpenAPI spec -------


@dataclass
class ProbePath:
    kind: str  # readiness | liveness | startup
    path: str
    port: Any
    timeout_s: float
    workload: str  # "Deployment/web"
    container: str
    obj: Any = None  # K8sObject, for locations
    scheme: str = "HTTP"  # httpGet.scheme: HTTP or HTTPS


def probe_paths(ctx: Context) -> list[ProbePath]:
    """The health paths to request: `probes.health_paths` from the config (the environment's own, or the
    default), else the manifests' httpGet probes. A configured path keeps the manifests' timeout for it."""
    configured = (ctx.config.section("probes") or {}).get("health_paths")
    from_manifests = manifest_probe_paths(ctx)
    if not configured:
        return from_manifests
    timeouts = {p.path: p.timeout_s for p in from_manifests}
    return [ProbePath("health", str(path), None, timeouts.get(str(path), 1.0), "probes.health_paths", "")
            for path in configured]


def manifest_probe_paths(ctx: Context) -> list[ProbePath]:
    from deploycheck.sources.kubernetes import all_objects

    out = []
    for obj in ctx.use(all_objects).workloads:
        for c in obj.containers(include_init=False):
            for kind in ("readiness", "liveness", "startup"):
                probe = c.spec.get(f"{kind}Probe")
                if not isinstance(probe, dict) or not isinstance(probe.get("httpGet"), dict):
                    continue
                get = probe["httpGet"]
                timeout = probe.get("timeoutSeconds", 1)
                timeout = float(timeout) if isinstance(timeout, int | float) and timeout > 0 else 1.0
                out.append(ProbePath(kind, str(get.get("path") or "/"), get.get("port"),
                                     min(timeout, MAX_PROBE_TIMEOUT_S),
                                     f"{obj.kind}/{obj.name}", c.name, obj, str(get.get("scheme") or "HTTP").upper()))
    return out


@dataclass
class Operation:
    method: str  # upper case
    path: str  # as in the spec, with {params}
    protected: bool
    required_params: list[str]
    spec_file: str
    operation_id: str | None = None
    base_path: str = ""  # servers[0] path (v3) / basePath (v2); requests go to base_path + path

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def full_path(self) -> str:
        return f"{self.base_path}{self.path}"

    def concrete_path(self) -> str:
        import re

        return re.sub(r"\{[^}/]*\}", PROBE_PATH_VALUE, self.full_path)


def spec_operations(ctx: Context) -> list[Operation]:
    """Operations of the repository's OpenAPI/Swagger specs (sources/openapi), with required parameters."""
    from deploycheck.sources.openapi import api_docs

    ops: list[Operation] = []
    for spec in ctx.use(api_docs).specs:
        for op in spec.operations:
            ops.append(Operation(op.method, op.path, op.requires_auth, _required_params(spec.data, op.path, op.method),
                                 spec.path, op.operation_id, spec.base_path))
    return ops


def code_protected_operations(ctx: Context, known: list[Operation]) -> list[Operation]:
    """Routes the code guards with an auth dependency/decorator that the spec does not describe.

    The checklist asks for operations "the spec or code" marks as protected; a route missing from
    the spec would otherwise escape the live probe.
    """
    from deploycheck.sources.routes import code_routes, normalize_template

    seen = {(op.method, normalize_template(op.path)) for op in known}
    out = []
    for route in ctx.use(code_routes).routes:
        method = "GET" if route.method == "ANY" else route.method
        if not route.auth_hints or (method, route.template) in seen:
            continue
        seen.add((method, route.template))
        out.append(Operation(method, route.template, True, [], f"{route.file}:{route.line}"))
    return out


def _required_params(doc: dict[str, Any], path: str, method: str) -> list[str]:
    """Required path/query/cookie parameters and a required body: a smoke GET cannot invent them."""
    item = (doc.get("paths") or {}).get(path) if isinstance(doc.get("paths"), dict) else None
    if not isinstance(item, dict):
        return []
    op = item.get(method.lower())
    if not isinstance(op, dict):
        op = {}
    params = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
    out = []
    for p in params:
        p = _local_ref(doc, p)
        if isinstance(p, dict) and p.get("required") and p.get("in") != "header":
            out.append(str(p.get("name")))
    body = _local_ref(doc, op.get("requestBody"))
    if isinstance(body, dict) and body.get("required"):
        out.append("(request body)")
    return out


def _local_ref(doc: dict[str, Any], node: Any) -> Any:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
        return target
    return node


def derived_smoke_requests(ctx: Context) -> list[RequestSpec]:
    """Default smoke requests: every HTTP probe path, and safe, parameterless spec operations.

    Protected operations are included only with a token (environment `token_env`): without one they
    would only prove the 401 that endpoint-security/live-auth-enforced already checks.
    """
    token_env = ctx.target("token_env")
    specs: dict[str, RequestSpec] = {}
    for probe in probe_paths(ctx):
        specs.setdefault(probe.path, RequestSpec(path=probe.path, origin=f"{probe.kind} probe of {probe.workload}",
                                                 allow_redirect=True))
    for op in cached_spec_operations(ctx):
        if op.method != "GET" or op.required_params or "{" in op.path or (op.protected and not token_env):
            continue
        origin = f"OpenAPI {op.spec_file}" + (", with the token from token_env" if op.protected else "")
        specs.setdefault(op.path, RequestSpec(path=op.full_path, origin=origin, allow_redirect=True,
                                              bearer_env=str(token_env) if op.protected else None))
    return list(specs.values())


def cached_spec_operations(ctx: Context) -> list[Operation]:
    return ctx.use(spec_operations)


# --- auth enforcement ----------------------------------------------------------------------------


@dataclass
class AuthProbe:
    operation: Operation
    without_credentials: HttpResult
    invalid_token: HttpResult

    def problems(self) -> list[str]:
        out = []
        for label, res in (("without credentials", self.without_credentials),
                           ("with an invalid bearer token", self.invalid_token)):
            if res.error:
                out.append(f"{label}: {res.error}")
            elif res.status not in (401, 403):
                out.append(f"{label}: answered {res.status} (expected 401/403)")
        return out


def probe_auth(client: httpx.Client, base: str, op: Operation) -> AuthProbe:
    """Call a protected operation without credentials and with a forged token.

    Unsafe methods are sent too (the checklist asks for every protected operation) but with no body
    and a path parameter value that names no record, so a broken endpoint is exposed without
    touching real data as far as a probe can avoid it.
    """
    url = join(base, op.concrete_path())
    bare = fetch(client, op.method, url, max_bytes=4096)
    forged = fetch(client, op.method, url, headers={"Authorization": f"Bearer {INVALID_BEARER}"}, max_bytes=4096)
    return AuthProbe(op, bare, forged)


# --- TLS -------------------------------------------------------------------------------------------


@dataclass
class TlsInfo:
    host: str
    port: int
    error: str | None = None
    not_after: str | None = None
    days_left: float | None = None
    subject: str | None = None
    issuer: str | None = None
    version: str | None = None
    latency_ms: float = 0.0


def tls_certificate(host: str, port: int = 443, ca_file: str | None = None,
                    timeout: float = CONNECT_TIMEOUT_S) -> TlsInfo:
    """Handshake with full verification (chain and host name) and read the peer's expiry."""
    import socket
    import ssl

    info = TlsInfo(host, port)
    started = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock, \
                ssl_context(ca_file).wrap_socket(sock, server_hostname=host) as tls:
            cert = tls.getpeercert() or {}
            info.version = tls.version()
    except (OSError, ssl.SSLError) as exc:
        info.error = describe_error(exc, timeout if isinstance(exc, TimeoutError) else None)
        info.latency_ms = (time.perf_counter() - started) * 1000
        return info
    info.latency_ms = (time.perf_counter() - started) * 1000
    not_after = cert.get("notAfter")
    if isinstance(not_after, str):
        info.not_after = not_after
        info.days_left = (ssl.cert_time_to_seconds(not_after) - time.time()) / 86400
    info.subject = _dn(cert.get("subject"))
    info.issuer = _dn(cert.get("issuer"))
    return info


def _dn(rdns: Any) -> str | None:
    if not rdns:
        return None
    return ", ".join(f"{k}={v}" for rdn in rdns for k, v in rdn)


def url_host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)


# --- metrics ---------------------------------------------------------------------------------------


@dataclass
class MetricsParse:
    families: int = 0
    samples: int = 0
    names: list[str] = field(default_factory=list)
    error: str | None = None


def parse_exposition(text: str) -> MetricsParse:
    """Parse Prometheus text exposition with prometheus_client's own parser (the reference one)."""
    require("prometheus_client")
    from prometheus_client.parser import text_string_to_metric_families

    out = MetricsParse()
    try:
        for family in text_string_to_metric_families(text):
            out.families += 1
            out.samples += len(family.samples)
            if len(out.names) < 20:
                out.names.append(family.name)
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        out.error = f"not valid Prometheus exposition: {str(exc)[:160]}"
    return out


def metrics_paths(ctx: Context) -> list[str]:
    """`probes.metrics_paths` from the config, else where the service says its metrics are:
    ServiceMonitor/PodMonitor paths, scrape annotations; /metrics when nothing says."""
    from deploycheck.sources.kubernetes import all_objects

    configured = (ctx.config.section("probes") or {}).get("metrics_paths")
    if configured:
        return [str(p) for p in configured]

    paths: list[str] = []
    kube = ctx.use(all_objects)
    for obj in kube.of_kind("ServiceMonitor", "PodMonitor"):
        spec = obj.body.get("spec")
        if not isinstance(spec, dict):
            continue
        for ep in (spec.get("endpoints") or spec.get("podMetricsEndpoints") or []):
            if isinstance(ep, dict) and ep.get("path"):
                paths.append(str(ep["path"]))
    for obj in kube.objects:
        for notes in (obj.annotations, ((obj.pod_template or {}).get("metadata") or {}).get("annotations") or {}):
            if isinstance(notes, dict) and notes.get("prometheus.io/path"):
                paths.append(str(notes["prometheus.io/path"]))
    return list(dict.fromkeys(paths)) or ["/metrics"]
