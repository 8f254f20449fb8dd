"""External dependencies: DNS, TCP, TLS and HTTP, each step timed, for the dependencies the user declared.

Discovery (URLs in the manifests' container env) only *lists* dependencies: nothing is sent to a host
the user did not name, so a discovered dependency is probed only once it is declared under
`dependencies:` in .deploycheck.yaml.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.model import Location
    from deploycheck.probes.http import TlsInfo

DEFAULT_PORTS = {"http": 80, "https": 443, "postgres": 5432, "postgresql": 5432, "mysql": 3306, "redis": 6379,
                 "rediss": 6379, "amqp": 5672, "amqps": 5671, "mongodb": 27017, "nats": 4222, "kafka": 9092,
                 "grpc": 443, "ldap": 389, "ldaps": 636, "smtp": 25}
# Per step; None means probes.http.CONNECT_TIMEOUT_S. Read at call time so tests can shorten it.
DEPENDENCY_TIMEOUT_S: float | None = None
_URL_IN_VALUE = re.compile(r"^[a-z][a-z0-9+.-]*://[^\s$]+$", re.I)


@dataclass
class Step:
    name: str  # dns | tcp | tls | http
    ok: bool
    latency_ms: float
    detail: str


@dataclass
class Dependency:
    name: str
    url: str | None = None
    host: str | None = None
    port: int | None = None
    health: str | None = None
    critical: bool = True
    origin: str = "config"

    @property
    def scheme(self) -> str:
        return urlsplit(self.url).scheme.lower() if self.url else "tcp"

    @property
    def target(self) -> str:
        """host:port or the URL without credentials (never print a password that sits in a URL)."""
        if self.url:
            return redact_url(self.url)
        return f"{self.host}:{self.port}" if self.port else str(self.host)

    @classmethod
    def from_config(cls, raw: dict[str, Any]) -> Dependency:
        url = raw.get("url")
        host, port = raw.get("host"), raw.get("port")
        if url:
            parts = urlsplit(str(url))
            host = host or parts.hostname
            try:
                port = port or parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
            except ValueError:
                port = None
        return cls(name=str(raw["name"]), url=str(url) if url else None, host=str(host) if host else None,
                   port=int(port) if port else None, health=raw.get("health"),
                   critical=bool(raw.get("critical", True)))


@dataclass
class DependencyResult:
    dependency: Dependency
    steps: list[Step] = field(default_factory=list)
    tls: TlsInfo | None = None

    @property
    def failed_step(self) -> Step | None:
        return next((s for s in self.steps if not s.ok), None)

    def summary(self) -> str:
        return ", ".join(f"{s.name} {s.latency_ms:.0f} ms" + ("" if s.ok else " FAILED") for s in self.steps)


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return parts._replace(netloc=f"***@{netloc}").geturl()


def _resolve(host: str, port: int, timeout: float) -> list[Any]:
    """getaddrinfo with a timeout: the C call has none, so it runs in a worker thread we stop waiting for."""
    import socket  # here, not at the top: the static scan imports this module (bench/README.md, start-up)
    from concurrent.futures import ThreadPoolExecutor
    from concurrent.futures import TimeoutError as FutureTimeout

    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM).result(timeout=timeout)
    except FutureTimeout:
        raise TimeoutError(f"DNS lookup of {host} timed out after {timeout:g} s") from None
    finally:
        pool.shutdown(wait=False)


def probe_dependency(dep: Dependency, ca_file: str | None = None, timeout: float | None = None
                     ) -> DependencyResult:
    # Imported here, not at the top: the static scan imports this module for declared_dependencies
    # and discovered_dependencies, and the HTTP/TLS side costs every scan ~4 ms (bench/README.md).
    import socket

    from deploycheck.probes.http import CONNECT_TIMEOUT_S, describe_error, fetch, open_client, tls_certificate

    timeout = timeout or DEPENDENCY_TIMEOUT_S or CONNECT_TIMEOUT_S
    result = DependencyResult(dep)
    if not dep.host or not dep.port:
        result.steps.append(Step("config", False, 0, "needs `url` (with a host) or `host` and `port`"))
        return result
    started = time.perf_counter()
    try:
        infos = _resolve(dep.host, dep.port, timeout)
    except (OSError, TimeoutError) as exc:
        result.steps.append(Step("dns", False, _ms(started), describe_error(exc) if isinstance(exc, socket.gaierror)
                                 else str(exc)))
        return result
    addresses = sorted({str(info[4][0]) for info in infos})
    result.steps.append(Step("dns", True, _ms(started), ", ".join(addresses[:3])))
    started = time.perf_counter()
    family, _, _, _, sockaddr = infos[0]
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(sockaddr)
        result.steps.append(Step("tcp", True, _ms(started), f"connected to {sockaddr[0]}:{sockaddr[1]}"))
    except OSError as exc:
        detail = f"connection timed out after {timeout:g} s" if isinstance(exc, TimeoutError) else describe_error(exc)
        result.steps.append(Step("tcp", False, _ms(started), detail))
        return result
    if dep.scheme == "https":
        result.tls = tls_certificate(dep.host, dep.port, ca_file, timeout)
        ok = result.tls.error is None and (result.tls.days_left or 0) > 0
        detail = result.tls.error or f"valid until {result.tls.not_after}"
        result.steps.append(Step("tls", ok, result.tls.latency_ms, detail))
        if not ok:
            return result
    if dep.scheme in ("http", "https"):
        url = dep.health if dep.health and dep.health.startswith(("http://", "https://")) else dep.url
        assert url is not None
        with open_client(ca_file, timeout=timeout) as client:
            res = fetch(client, "GET", url, max_bytes=65536)
        if res.error:
            result.steps.append(Step("http", False, res.latency_ms, res.error))
        else:
            # A 4xx still proves the dependency is up and answering (many APIs refuse anonymous GETs);
            # a 5xx says it is not healthy.
            ok = (res.status or 0) < 500
            result.steps.append(Step("http", ok, res.latency_ms, f"GET {redact_url(url)} -> {res.status}"))
    return result


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def declared_dependencies(ctx: Context) -> list[Dependency]:
    return [Dependency.from_config(raw) for raw in ctx.config.section("dependencies") or []
            if isinstance(raw, dict) and raw.get("name")]


@dataclass
class Discovered:
    url: str  # redacted
    host: str
    env: str
    where: Location


def discovered_dependencies(ctx: Context) -> list[Discovered]:
    """URLs set literally in the manifests' container env (for listing, never for probing)."""
    from deploycheck.sources.kubernetes import all_objects

    out: list[Discovered] = []
    seen: set[str] = set()
    for obj in ctx.use(all_objects).workloads:
        for c in obj.containers():
            env_list = c.spec.get("env")
            # A wrong-typed `env` (a number, a mapping) is the schema check's finding, not a crash here.
            for i, env in enumerate(env_list if isinstance(env_list, list) else []):
                value = env.get("value") if isinstance(env, dict) else None
                if not isinstance(value, str) or not _URL_IN_VALUE.match(value.strip()):
                    continue
                try:
                    host = urlsplit(value.strip()).hostname
                except ValueError:
                    continue
                if not host or host in seen:
                    continue
                seen.add(host)
                out.append(Discovered(redact_url(value.strip()), host, str(env.get("name")),
                                      obj.location((*c.path, "env", i), c.name)))
    return out
