"""The load generator against Debian's nginx (started here on 127.0.0.1, stopped by PID): latencies
keep their microseconds, and the saturation mode's worker processes add up. Throughput itself is a
benchmark (bench/load_generator.py), never a timed test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.live.servers import NGINX_CONF, Server, free_port, start

from deploycheck.probes.http import RequestSpec
from deploycheck.probes.load import LoadPlan, _saturation_worker, run_load, run_saturation

pytestmark = pytest.mark.live


@pytest.fixture(scope="module")
def nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not shutil.which("nginx"):
        pytest.skip("nginx not installed (apt-get install nginx)")
    workdir: Path = tmp_path_factory.mktemp("nginx")
    port = free_port()
    (workdir / "nginx.conf").write_text(NGINX_CONF.format(dir=workdir, port=port))
    server = start(["nginx", "-c", str(workdir / "nginx.conf"), "-p", str(workdir)], port, workdir)
    yield server
    server.stop()


def test_latencies_are_measured_in_microseconds(nginx: Server) -> None:
    """issue 10, defect 5: under uvloop the event loop's clock is libuv's cached millisecond clock, which
    put every latency on a 1 ms grid (nginx answers in a fraction of a millisecond)."""
    figures, _ = _saturation_worker(nginx.url + "/", [RequestSpec(path="/")], 1, 0.5, 10.0, None)
    latencies = figures["latencies"]
    assert figures["ok"] > 50 and figures["errors"] == 0
    off_grid = sum(n for v, n in latencies.items() if v % 1000)
    assert off_grid > 0.5 * figures["ok"], sorted(latencies.items())[:20]
    stats = run_load(nginx.url + "/", LoadPlan([RequestSpec(path="/")], rate=200, duration_s=0.5), client="raw")
    assert stats.errors == 0

    def on_grid(ms: float | None) -> bool:  # within the histogram's own rounding of a whole millisecond
        us = round((ms or 0) * 1000)
        return min(us % 1000, 1000 - us % 1000) <= max(1, us // 1024)

    assert not (on_grid(stats.p50_ms) and on_grid(stats.p95_ms)), (stats.p50_ms, stats.p95_ms)


def test_saturation_workers_add_up(nginx: Server) -> None:
    stats = run_saturation(nginx.url + "/", [RequestSpec(path="/")], connections=4, duration_s=1.0, processes=2)
    assert "4 connections, 2 process(es)" in stats.source
    assert stats.errors == 0 and stats.requests > 100 and stats.throughput_rps
    assert stats.throughput_rps * 0.5 < stats.requests / (stats.duration_s or 1) < stats.throughput_rps * 2
    assert stats.p50_ms is not None and stats.p50_ms <= (stats.p99_ms or 0) <= (stats.max_ms or 0)


def test_saturation_against_a_closed_port_counts_errors_and_ends() -> None:
    stats = run_saturation(f"http://127.0.0.1:{free_port()}/", [RequestSpec(path="/")], connections=3,
                           duration_s=0.5)
    assert stats.requests == stats.errors > 0 and stats.throughput_rps == 0
    assert "connection refused" in stats.error_kinds


def test_saturation_judges_each_answer_and_reconnects_when_the_server_closes(tmp_path: Path) -> None:
    """The saturation fast path (one method per kept-alive answer) judges statuses as the open model does,
    and answers with `Connection: close` go through the general path, which reconnects."""
    if not shutil.which("nginx"):
        pytest.skip("nginx not installed (apt-get install nginx)")
    port = free_port()
    extra = 'location /missing { return 404; } location /close { keepalive_timeout 0; return 200 "bye\\n"; } '
    conf = NGINX_CONF.format(dir=tmp_path, port=port).replace("location / {", extra + "location / {")
    (tmp_path / "nginx.conf").write_text(conf)
    server = start(["nginx", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)], port, tmp_path)
    try:
        missing = run_saturation(server.url + "/", [RequestSpec(path="/missing")], connections=2, duration_s=0.5)
        assert missing.requests == missing.errors > 20 and missing.error_kinds == {"HTTP 404": missing.errors}
        assert missing.throughput_rps == 0
        expected = run_saturation(server.url + "/", [RequestSpec(path="/missing", expect_status=[404])],
                                  connections=2, duration_s=0.5)
        assert expected.errors == 0 and expected.requests > 20
        closing = run_saturation(server.url + "/", [RequestSpec(path="/close")], connections=2, duration_s=0.5)
        assert closing.errors == 0 and closing.requests > 20 and closing.throughput_rps > 0
    finally:
        server.stop()
