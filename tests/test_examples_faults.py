"""Issue 4's must-show: break the running ready example in one way and exactly the expected live
checks fail. Faults are injected from outside the example, the way they happen in production:

- a 200 ms delay on every response (a slow dependency, a saturated node): a wrapper app adds it;
- auth broken on one route: the token validator accepts any token and grants `orders:read` (a
  validator that stopped checking signatures), so GET /orders lets a forged token in while POST
  /orders, which needs `orders:write`, still refuses it;
- the database stopped: its server is stopped by PID.

Each scenario runs `deploycheck verify --env local` and compares the set of live checks that do not
pass with the set a correct tool must report, so a check that stays green when it should not, or one
that goes red for no reason, both fail the test.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.test_examples_live import LIVE_CHECKS_WITH_TARGETS, ReadyService, _findings, _verify, run_ready_service

pytestmark = pytest.mark.live

FAULTS_MODULE = '''
"""Fault injection around the ready example (test-only; the example itself is unchanged)."""
import asyncio
import os

from app.auth import Principal
from app.main import create_app


def create_faulty_app():
    app = create_app()
    delay = float(os.environ.get("FAULT_DELAY_S", "0"))
    if delay:
        @app.middleware("http")
        async def slow(request, call_next):
            await asyncio.sleep(delay)
            return await call_next(request)
    granted = os.environ.get("FAULT_ANY_TOKEN_GRANTS")
    if granted:
        class AcceptsAnyToken:
            def validate(self, token):
                return Principal("anyone", frozenset(granted.split()))

        app.state.validator = AcceptsAnyToken()
    return app
'''

LIVE = set(LIVE_CHECKS_WITH_TARGETS) | {"external-services/live-reachable", "endpoint-security/live-tls",
                                        "monitoring/live-prometheus", "registry/live-registry"}


def _service(tmp_path_factory: pytest.TempPathFactory, **env: str) -> Iterator[ReadyService]:
    faults = tmp_path_factory.mktemp("faults")
    (faults / "faults.py").write_text(FAULTS_MODULE)
    yield from run_ready_service(tmp_path_factory, app="faults:create_faulty_app", extra_env=env,
                                 extra_path=faults)


@pytest.fixture(scope="module")
def slow_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReadyService]:
    yield from _service(tmp_path_factory, FAULT_DELAY_S="0.2")


@pytest.fixture(scope="module")
def open_route_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReadyService]:
    yield from _service(tmp_path_factory, FAULT_ANY_TOKEN_GRANTS="orders:read")


@pytest.fixture(scope="module")
def healthy_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReadyService]:
    yield from _service(tmp_path_factory)


def _not_passing(report: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in _findings(report):
        if f["check_id"] in LIVE and f["status"] in ("fail", "error"):
            out.setdefault(f["check_id"], []).append(f"{f['status']}: {f['message']}")
    return out


def test_wrapper_without_faults_passes_every_live_check(healthy_service: ReadyService,
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _, report = _verify(healthy_service, monkeypatch, tmp_path)
    assert _not_passing(report) == {}


def test_200ms_delay_fails_exactly_latency_checks(slow_service: ReadyService, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    code, report = _verify(slow_service, monkeypatch, tmp_path)
    bad = _not_passing(report)
    assert code == 1
    assert set(bad) == {"performance-tests/live-slo", "smoke-tests/live-requests"}, bad
    # The SLO findings that fail are the latency ones, each with its figure; error rate still passes.
    slo = [f for f in _findings(report) if f["check_id"] == "performance-tests/live-slo"]
    failing = " ".join(f["message"] for f in slo if f["status"] == "fail")
    assert "p50" in failing and "p95" in failing and "error rate" not in failing
    # The smoke failure is the liveness request's 200 ms latency budget, not its status.
    assert any("liveness" in m and "ms" in m for m in bad["smoke-tests/live-requests"])


def test_broken_auth_on_one_route_is_named(open_route_service: ReadyService, monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    code, report = _verify(open_route_service, monkeypatch, tmp_path)
    bad = _not_passing(report)
    assert code == 1
    # The load test's latency depends on the machine, not on this fault: on a 2-core box busy with other test
    # runs its p95 went over the example's 200 ms SLO (296 ms, 2026-11-29). Only latency figures may be dropped.
    if all(" latency " in m for m in bad.get("performance-tests/live-slo", ["-"])):
        bad.pop("performance-tests/live-slo", None)
    # The auth probe names the operation that let the forged token in; requests without any token
    # are still refused, so the config's "orders refuse strangers" smoke request passes. The token the
    # same issuer signed for another audience gets in too, and live-audience says so. Nothing else changes.
    assert set(bad) == {"endpoint-security/live-auth-enforced", "auth-protocols/live-audience"}, bad
    assert any("does not check the token's audience" in m for m in bad["auth-protocols/live-audience"]), bad
    auth = bad["endpoint-security/live-auth-enforced"]
    assert all("GET /orders" in m and "invalid bearer token" in m and "200" in m for m in auth), bad
    assert not any("POST /orders" in m for m in bad["endpoint-security/live-auth-enforced"])


def test_database_stopped_fails_database_and_readiness_checks(healthy_service: ReadyService,
                                                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path
                                                              ) -> None:
    """Last in the module: it stops the database under the shared service."""
    pg = healthy_service.database
    os.kill(pg.pid, signal.SIGINT)
    deadline = time.time() + 20
    while (pg.datadir / "postmaster.pid").exists() and time.time() < deadline:
        time.sleep(0.1)
    code, report = _verify(healthy_service, monkeypatch, tmp_path)
    bad = _not_passing(report)
    assert code == 1
    assert set(bad) == {
        "backups/live-restore-drill",            # cannot connect: error naming the target
        "schema-changes/live-applied-revision",  # cannot read the revision: error
        "health-probes/live-probes-answer",      # /readyz answers 503
        "smoke-tests/live-requests",             # readiness and GET /orders fail
        "performance-tests/live-slo",            # half the load hits /readyz: error rate
        "external-services/live-reachable",      # the declared database dependency refuses TCP
        "endpoint-security/live-auth-enforced",  # the valid token now gets a 500, not an answer
        "auth-protocols/live-audience",          # the same: the token for its audience gets a 500
    }, bad
    assert all("error" in m and "cannot connect" in m for m in bad["backups/live-restore-drill"])
