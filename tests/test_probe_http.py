"""The HTTP probe's pure parts: judging answers, error wording, exposition parsing, URL handling."""

from __future__ import annotations

import socket
import ssl

from deploycheck.probes.external import Dependency, redact_url
from deploycheck.probes.http import (
    HttpResult,
    Operation,
    RequestSpec,
    describe_error,
    join,
    judge,
    parse_exposition,
    same_origin,
)
from deploycheck.probes.load import _encode


def test_judge_status_body_schema_latency() -> None:
    spec = RequestSpec.from_config({"path": "/x", "expect_status": [200, 204], "expect_body": "ok",
                                    "expect_json_schema": {"type": "object", "required": ["ok"]},
                                    "max_latency_ms": 50}, "smoke[0]")
    good = HttpResult("GET", "http://h/x", 200, 10, b'{"ok": true}')
    assert judge(spec, good) == []
    bad = HttpResult("GET", "http://h/x", 500, 80, b"[1]")
    problems = judge(spec, bad)
    assert problems[0] == "status 500, expected 200/204"
    assert "body does not contain 'ok'" in problems
    assert any("JSON Schema at '(root)'" in p for p in problems)
    assert problems[-1] == "took 80 ms, over the 50 ms budget"
    assert judge(spec, HttpResult("GET", "http://h/x", error="connection refused")) == ["connection refused"]


def test_default_expectation_2xx_and_redirects_for_derived() -> None:
    assert judge(RequestSpec(path="/"), HttpResult("GET", "u", 302)) == ["status 302, expected 2xx"]
    assert judge(RequestSpec(path="/", allow_redirect=True), HttpResult("GET", "u", 302)) == []


def test_error_wording() -> None:
    assert describe_error(ConnectionRefusedError(111, "refused")) == "connection refused"
    assert describe_error(socket.gaierror(-2, "Name or service not known")).startswith("DNS lookup failed")
    cert = ssl.SSLCertVerificationError(1, "x")
    cert.verify_message = "self-signed certificate"
    wrapped = OSError("wrapper")
    wrapped.__cause__ = cert
    assert describe_error(wrapped) == "TLS certificate verification failed: self-signed certificate"


def test_exposition_parsing() -> None:
    ok = parse_exposition("# HELP up x\n# TYPE up gauge\nup 1\nreqs_total{a=\"b\"} 3\n")
    assert (ok.families, ok.samples, ok.error) == (2, 2, None)
    bad = parse_exposition('{"not": "metrics"}')
    assert bad.error and bad.error.startswith("not valid Prometheus exposition")


def test_urls_stay_under_the_target() -> None:
    assert join("https://h/api/", "/v1/x") == "https://h/api/v1/x"
    assert not same_origin("https://h/", join("https://h/", "https://evil.example/"))
    assert Operation("GET", "/items/{id}", True, ["id"], "openapi.yaml", base_path="/api").concrete_path() == \
        "/api/items/deploycheck-probe-0"


def test_credentials_in_urls_are_redacted() -> None:
    assert redact_url("postgres://app:hunter2@db:5432/app") == "postgres://***@db:5432/app"
    dep = Dependency.from_config({"name": "db", "url": "postgres://app:hunter2@db/app"})
    assert (dep.host, dep.port, dep.target) == ("db", 5432, "postgres://***@db/app")


def test_load_requests_are_encoded_once() -> None:
    wire = _encode("POST", "http://h:8080/x?q=1", "h:8080", {"Content-Type": "application/json"}, b"{}")
    assert wire == (b"POST /x?q=1 HTTP/1.1\r\nHost: h:8080\r\nUser-Agent: deploycheck-load\r\n"
                    b"Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
