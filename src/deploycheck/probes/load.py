"""deploycheck's own open-model load generator, and readers of k6 / Locust results, judged against SLOs.

Open model: requests are scheduled at a constant arrival rate, whatever the server does, and each
latency is measured from the request's *intended* send time. A closed-loop tool that waits for a
response before sending the next request stops sending while the server stalls and so never sees
the users who would have arrived meanwhile (coordinated omission); measuring from the intended time
puts that waiting back into the percentiles. When the concurrency cap is reached the scheduler waits
for a free slot, and that wait is counted in the latency of the delayed requests too.

Latencies go into an HdrHistogram (fixed memory, 3 significant digits), never into a list, so a run
of a million requests costs no more memory than a run of a thousand (bench/README.md).

HTTP engines: by default a small keep-alive HTTP/1.1 engine on asyncio protocols with httptools
(llhttp) parsing and uvloop when installed (`_Pool`); aiohttp as the fallback (HEAD requests, no
httptools), httpx only for the benchmark's comparison. Measured on the same nginx in
bench/load_generator.py, the raw engine sustains about 5x aiohttp's rate and 50x httpx's on one core.

Saturation (`run_saturation`, `--saturate`): a closed loop like wrk's, for benchmarks and capacity
questions, never used by verify (whose load is bounded in rate and duration): N keep-alive connections
each send the next request from the previous answer's callback, optionally spread over worker
processes. bench/README.md compares it with wrk on the same connections.

Run alone: `python -m deploycheck.probes.load URL --rate 100 --duration 10` (a rich progress bar on a
terminal, Ctrl-C stops and still reports), or `... URL --saturate --concurrency 64 --duration 10`.
"""

from __future__ import annotations

import asyncio
import csv
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.probes import require
from deploycheck.probes.http import describe_error

if TYPE_CHECKING:
    from deploycheck.probes.http import RequestSpec

DEFAULT_RATE = 20.0
DEFAULT_DURATION_S = 10.0
DEFAULT_MAX_RATE = 2000.0
DEFAULT_MAX_DURATION_S = 300.0
DEFAULT_CONCURRENCY_CAP = 256
DEFAULT_TIMEOUT_S = 10.0
HIGHEST_TRACKABLE_US = 3_600_000_000  # one hour, in microseconds
PROGRESS_EVERY_S = 0.25

Progress = Callable[["Snapshot"], None]
# Every time in a run (schedule, send, answer) comes from this clock. Not the event loop's time():
# uvloop's is libuv's cached uv_now(), in whole milliseconds and only updated once per loop iteration,
# which put every latency on a 1 ms grid (an nginx p50 of "1.999 ms" that was really ~0.3 ms).
_now = time.perf_counter


@dataclass
class Snapshot:
    """What a progress display needs, taken a few times a second during a run."""

    sent: int
    done: int
    planned: int
    elapsed_s: float
    duration_s: float
    errors: int
    p99_ms: float | None


@dataclass
class LoadPlan:
    requests: list[RequestSpec]
    rate: float = DEFAULT_RATE
    duration_s: float = DEFAULT_DURATION_S
    concurrency_cap: int = DEFAULT_CONCURRENCY_CAP
    timeout_s: float = DEFAULT_TIMEOUT_S
    notes: list[str] = field(default_factory=list)  # caps applied, defaults used

    @property
    def planned(self) -> int:
        return max(1, math.floor(self.rate * self.duration_s))

    @classmethod
    def from_config(cls, perf: dict[str, Any]) -> LoadPlan:
        """The configured run, clamped to the configured hard caps (which themselves have defaults)."""
        from deploycheck.probes.http import RequestSpec

        notes = []
        raw = [r for r in perf.get("requests") or [] if isinstance(r, dict)]
        requests = [RequestSpec.from_config(r, f"performance.requests[{i}]") for i, r in enumerate(raw)]
        if not requests:
            requests = [RequestSpec(path="/", origin="default (no performance.requests)")]
            notes.append("no performance.requests: loading GET /")
        max_rate = float(perf.get("max_rate", DEFAULT_MAX_RATE))
        max_duration = float(perf.get("max_duration_s", DEFAULT_MAX_DURATION_S))
        rate = float(perf.get("rate", DEFAULT_RATE))
        duration = float(perf.get("duration_s", DEFAULT_DURATION_S))
        if rate > max_rate:
            notes.append(f"rate {rate:g}/s capped at max_rate {max_rate:g}/s")
            rate = max_rate
        if duration > max_duration:
            notes.append(f"duration {duration:g} s capped at max_duration_s {max_duration:g} s")
            duration = max_duration
        cap = int(perf.get("concurrency_cap", DEFAULT_CONCURRENCY_CAP))
        return cls(requests, rate, duration, cap, min(DEFAULT_TIMEOUT_S, max_duration), notes)


@dataclass
class LoadStats:
    """One load run's figures, whoever measured them (deploycheck, k6, Locust)."""

    source: str
    requests: int = 0  # requests that got an HTTP response or failed in transport
    errors: int = 0
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    max_ms: float | None = None
    mean_ms: float | None = None
    throughput_rps: float | None = None  # successful responses per second
    duration_s: float | None = None
    target_rate: float | None = None
    not_sent: int = 0  # scheduled slots never sent (stopped early, or the client could not keep up)
    interrupted: bool = False
    error_kinds: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def error_rate(self) -> float | None:
        return self.errors / self.requests if self.requests else None

    def summary(self) -> dict[str, Any]:
        def r(v: float | None) -> float | None:
            # 3 decimals: milliseconds keep their microseconds (an nginx p50 is a fraction of a millisecond)
            return round(v, 3) if v is not None else None

        out: dict[str, Any] = {"source": self.source, "requests": self.requests, "errors": self.errors,
                               "error_rate": r(self.error_rate), "p50_ms": r(self.p50_ms), "p95_ms": r(self.p95_ms),
                               "p99_ms": r(self.p99_ms), "max_ms": r(self.max_ms),
                               "throughput_rps": r(self.throughput_rps), "duration_s": r(self.duration_s)}
        if self.target_rate is not None:
            out["target_rate"] = self.target_rate
        if self.not_sent:
            out["not_sent"] = self.not_sent
        if self.interrupted:
            out["interrupted"] = True
        if self.error_kinds:
            out["error_kinds"] = dict(sorted(self.error_kinds.items(), key=lambda kv: -kv[1])[:5])
        return {k: v for k, v in out.items() if v is not None}


# --- judging against SLOs ------------------------------------------------------------------------


@dataclass
class SloResult:
    name: str  # p50_ms | p95_ms | p99_ms | error_rate | min_throughput_rps
    ok: bool | None  # None: the figure is not in the data
    message: str
    figure: float | None
    threshold: float


SLO_KEYS = ("p50_ms", "p95_ms", "p99_ms", "error_rate", "min_throughput_rps")


def judge_slo(stats: LoadStats, slo: dict[str, Any]) -> list[SloResult]:
    out = []
    for key in SLO_KEYS:
        if key not in slo:
            continue
        limit = float(slo[key])
        if key.startswith("p"):
            pct = key[1:3]
            figure = getattr(stats, key)
            if figure is None:
                why = ("no requests completed" if not stats.requests else "no successful responses to measure"
                       if stats.errors >= stats.requests else "figure missing from the results")
                out.append(SloResult(key, None, f"p{pct} latency: {why} (SLO {limit:g} ms)", None, limit))
                continue
            ok = figure <= limit
            out.append(SloResult(key, ok, f"p{pct} latency {figure:.3f} ms {'≤' if ok else '>'} SLO {limit:g} ms",
                                 figure, limit))
        elif key == "error_rate":
            rate = stats.error_rate
            if rate is None:
                out.append(SloResult(key, None, f"error rate: no requests completed (SLO {limit:.2%})", None, limit))
                continue
            ok = rate <= limit
            out.append(SloResult(key, ok, f"error rate {rate:.2%} ({stats.errors}/{stats.requests}) "
                                          f"{'≤' if ok else '>'} SLO {limit:.2%}", rate, limit))
        else:
            tput = stats.throughput_rps
            if tput is None:
                out.append(SloResult(key, None, f"throughput: not in the results (SLO ≥ {limit:g}/s)", None, limit))
                continue
            ok = tput >= limit
            out.append(SloResult(key, ok, f"throughput {tput:.1f} successful req/s {'≥' if ok else '<'} "
                                          f"SLO {limit:g}/s", tput, limit))
    return out


# --- the generator ---------------------------------------------------------------------------------


class _Recorder:
    """Counts and latencies of one run. A latency is first counted in a plain dict keyed by its value
    rounded the way HdrHistogram buckets it (11 significant bits: ≤ 0.05 % off, so the dict never
    holds more than ~2,048 keys per power of two) and moved into the HdrHistogram in bulk when a
    figure is asked for. hdrh's `record_value` is Python (~2 µs); at 50,000 answers a second that was
    a tenth of a core, the dict increment costs ~0.1 µs."""

    def __init__(self) -> None:
        from hdrh.histogram import HdrHistogram

        self.hist = HdrHistogram(1, HIGHEST_TRACKABLE_US, 3)
        self.pending: dict[int, int] = {}  # bucketed latency (µs) -> count, not yet in the histogram
        self.counts: dict[int, int] = {}  # the same, already in the histogram (bounded like `pending`)
        self.sent = 0
        self.done = 0
        self.ok = 0
        self.errors = 0
        self.error_kinds: dict[str, int] = {}

    def latency(self, latency_s: float) -> None:
        v = int(latency_s * 1e6)
        if v >= 2048:
            shift = v.bit_length() - 11
            v = (v >> shift) << shift
        elif v < 1:
            v = 1
        self.pending[v] = self.pending.get(v, 0) + 1

    def response(self, latency_s: float, good: bool, status: int) -> None:
        self.done += 1
        self.latency(latency_s)
        if good:
            self.ok += 1
        else:
            self._error(f"HTTP {status}")

    def failure(self, kind: str) -> None:
        self.done += 1
        self._error(kind)

    def _error(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1

    def merge(self, other: dict[str, Any]) -> None:
        """Add a worker process's figures (`figures()` of its recorder)."""
        for key in ("sent", "done", "ok", "errors"):
            setattr(self, key, getattr(self, key) + int(other[key]))
        for kind, n in other["error_kinds"].items():
            self.error_kinds[kind] = self.error_kinds.get(kind, 0) + n
        for v, n in other["latencies"].items():
            self.pending[v] = self.pending.get(v, 0) + n

    def figures(self) -> dict[str, Any]:
        """Everything, picklable, for the parent process to merge."""
        self._flush()
        return {"sent": self.sent, "done": self.done, "ok": self.ok, "errors": self.errors,
                "error_kinds": self.error_kinds, "latencies": self.counts}

    def _flush(self) -> None:
        pending, self.pending = self.pending, {}
        for v, n in pending.items():
            self.hist.record_value(min(v, HIGHEST_TRACKABLE_US), n)
            self.counts[v] = self.counts.get(v, 0) + n

    @property
    def counted(self) -> int:
        self._flush()
        return int(self.hist.get_total_count())

    def percentile_ms(self, pct: float) -> float | None:
        return self.hist.get_value_at_percentile(pct) / 1000 if self.counted else None

    def max_ms(self) -> float | None:
        return self.hist.get_max_value() / 1000 if self.counted else None

    def mean_ms(self) -> float | None:
        return self.hist.get_mean_value() / 1000 if self.counted else None


def _expected(spec: RequestSpec, status: int) -> bool:
    return status in spec.expect_status if spec.expect_status else status < 400


async def _generate(base: str, plan: LoadPlan, stop: asyncio.Event, rec: _Recorder, progress: Progress | None,
                    ca_file: str | None, client: str) -> tuple[float, int]:
    """Run the schedule; returns (elapsed seconds, slots not sent)."""
    from deploycheck.probes.http import join, ssl_context

    loop = asyncio.get_running_loop()
    prepared = []
    for spec in plan.requests:
        headers, missing = spec.resolved_headers()
        if missing:
            raise ValueError(f"environment variable(s) {', '.join(missing)} not set for {spec.label}")
        prepared.append((spec, join(base, spec.path), headers, _body(spec, headers)))
    if client == "raw":
        pool = _Pool(loop, base, plan, prepared, rec, ssl_context(ca_file) if base.startswith("https") else None)
        return await _generate_fast(pool, plan, stop, rec, progress)
    slots = asyncio.Semaphore(plan.concurrency_cap)
    interval = 1.0 / plan.rate
    planned = plan.planned
    tasks: set[asyncio.Task[None]] = set()
    send, close = await _sender(client, plan, ssl_context(ca_file) if base.startswith("https") else None)

    async def one(intended: float, index: int) -> None:
        spec, url, headers, body = prepared[index % len(prepared)]
        try:
            status = await send(spec.method, url, headers, body)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # every transport failure is data, named by kind
            rec.failure(describe_error(exc, plan.timeout_s).split(":")[0])
        else:
            rec.response(_now() - intended, _expected(spec, status), status)
        finally:
            slots.release()

    async def ticker() -> None:
        while True:
            await asyncio.sleep(PROGRESS_EVERY_S)
            if progress:
                progress(Snapshot(rec.sent, rec.done, planned, _now() - t0, plan.duration_s, rec.errors,
                                  rec.percentile_ms(99)))

    t0 = _now()
    tick = asyncio.create_task(ticker())
    i = 0
    try:
        # Hard cap: nothing is sent after the deadline, however far behind the schedule we are (a slot
        # grace absorbs timer jitter on the last one).
        deadline = t0 + plan.duration_s + interval + 0.05
        while i < planned and not stop.is_set():
            intended = t0 + i * interval
            now = _now()
            if now > deadline:
                break
            delay = intended - now
            if delay > 0:
                # Sleep in short steps so Ctrl-C is honoured quickly even at low rates; past-due slots
                # (after a coarse timer wake-up) are sent at once, which batches sends at high rates.
                await asyncio.sleep(min(delay, 0.25))
                continue
            # Waiting here for a free slot keeps memory bounded; the wait counts in the latency
            # because it is measured from `intended`.
            await slots.acquire()
            rec.sent += 1
            task = asyncio.create_task(one(intended, i))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            i += 1
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=plan.timeout_s + 1)
            for task in pending:
                task.cancel()
                rec.failure("still running at the end")
    finally:
        tick.cancel()
        await close()
    return _now() - t0, planned - i


class _Conn(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection with at most one request in flight, parsed by httptools."""

    def __init__(self, pool: _Pool) -> None:
        import httptools

        self.pool = pool
        self.parser = httptools.HttpResponseParser(self)
        self.feed = self.parser.feed_data  # bound once: data_received runs once per answer
        self.parser_error = httptools.HttpParserError
        self.transport: Any = None  # asyncio's or uvloop's transport (uvloop's is not an asyncio.Transport)
        self.current: tuple[float, int] | None = None  # (intended time, request index) in flight
        self.sent_at = 0.0

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        try:
            self.feed(data)
        except self.parser_error as exc:
            self.fail(f"invalid HTTP response (garbage or connection closed): {exc}")

    def connection_lost(self, exc: Exception | None) -> None:
        self.fail("invalid HTTP response (garbage or connection closed): connection closed" if exc is None
                  else describe_error(exc))
        self.pool.lost(self)

    # httptools callback
    def on_message_complete(self) -> None:
        if self.current is None:
            return
        intended, index = self.current
        self.current = None
        keep = self.parser.should_keep_alive()
        self.pool.done(self, intended, index, self.parser.get_status_code(), keep)
        if not keep and self.transport:
            self.transport.close()

    def send(self, intended: float, index: int) -> None:
        self.current = (intended, index)
        self.sent_at = _now()
        self.transport.write(self.pool.wire[index % len(self.pool.wire)])

    def fail(self, kind: str) -> None:
        if self.current is not None:
            self.current = None
            self.pool.rec.failure(kind.split(":")[0])
        if self.transport and not self.transport.is_closing():
            self.transport.close()


class _SatConn(_Conn):
    """A saturation (closed-loop) connection: the common answer — kept alive, run not stopping — is
    recorded and the next request written in this one method. The general path (pool.done ->
    rec.response -> rec.latency -> _expected -> send) is five more Python calls per answer, which
    measured ~5 µs of the client's ~10 µs of user CPU per request against nginx (bench/README.md);
    anything else (connection closing, run stopping) still takes it."""

    def on_message_complete(self) -> None:
        current = self.current
        pool = self.pool
        if current is None or pool.stopping or not self.parser.should_keep_alive():
            super().on_message_complete()
            return
        now = _now()
        rec = pool.rec
        v = int((now - current[0]) * 1e6)  # the same bucketing as _Recorder.latency
        if v >= 2048:
            shift = v.bit_length() - 11
            v = (v >> shift) << shift
        elif v < 1:
            v = 1
        pending = rec.pending
        pending[v] = pending.get(v, 0) + 1
        rec.done += 1
        index = current[1]
        status = self.parser.get_status_code()
        accept = pool.accept[index % len(pool.accept)]
        if status in accept if accept is not None else status < 400:
            rec.ok += 1
        else:
            rec._error(f"HTTP {status}")
        rec.sent += 1
        index += 1
        self.current = (now, index)
        self.sent_at = now
        self.transport.write(pool.wire[index % len(pool.wire)])


class _Pool:
    """Connections to one origin; slots wait in a backlog (their latency still counts) when all are busy.

    Hand-written on purpose: aiohttp's per-request machinery (tasks, futures, response objects) caps
    one core at a few thousand requests/s, a tenth of what a load test against a fast service needs.
    Requests are pre-encoded bytes, responses are parsed by httptools (llhttp, as in uvicorn), and
    completions are callbacks, not tasks. Everything else in deploycheck uses httpx/aiohttp.
    """

    conn_class: type[_Conn] = _Conn

    def __init__(self, loop: asyncio.AbstractEventLoop, base: str, plan: LoadPlan, prepared: list[Any],
                 rec: _Recorder, ssl_ctx: Any) -> None:
        from collections import deque
        from urllib.parse import urlsplit

        self.loop, self.plan, self.rec, self.ssl = loop, plan, rec, ssl_ctx
        parts = urlsplit(base)
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        host_header = parts.netloc.rsplit("@", 1)[-1]
        self.specs = [p[0] for p in prepared]
        # per request spec: the statuses that count as success (None: any status below 400), as _expected
        self.accept = [frozenset(spec.expect_status) if spec.expect_status else None for spec in self.specs]
        self.wire = [_encode(spec.method, url, host_header, headers, body) for spec, url, headers, body in prepared]
        self.idle: deque[_Conn] = deque()
        self.busy: set[_Conn] = set()
        self.backlog: deque[tuple[float, int]] = deque()
        self.opening = 0
        self.stopping = False
        self.room = asyncio.Event()
        self.room.set()

    @property
    def outstanding(self) -> int:
        return len(self.busy) + len(self.backlog)

    def submit(self, intended: float, index: int) -> None:
        if self.idle:
            self._start(self.idle.pop(), intended, index)
            return
        self.backlog.append((intended, index))
        if len(self.busy) + len(self.idle) + self.opening < self.plan.concurrency_cap:
            self.opening += 1
            self.loop.create_task(self._open())
        if len(self.backlog) >= self.plan.concurrency_cap:
            self.room.clear()  # the scheduler waits; the wait is in the latency (measured from intended)

    def _start(self, conn: _Conn, intended: float, index: int) -> None:
        self.busy.add(conn)
        conn.send(intended, index)

    def _next(self, conn: _Conn) -> None:
        self.busy.discard(conn)
        if self.backlog:
            self._start(conn, *self.backlog.popleft())
        else:
            self.idle.append(conn)
        if len(self.backlog) < self.plan.concurrency_cap:
            self.room.set()

    async def _open(self) -> None:
        try:
            _, conn = await asyncio.wait_for(
                self.loop.create_connection(lambda: self.conn_class(self), self.host, self.port, ssl=self.ssl,
                                            server_hostname=self.host if self.ssl else None),
                self.plan.timeout_s)
        except Exception as exc:  # refused, DNS, TLS, timeout: the waiting slot fails with that reason
            self.opening -= 1
            kind = "connection timed out" if isinstance(exc, TimeoutError) else describe_error(exc)
            if self.backlog:
                self.backlog.popleft()
                self.rec.failure(kind.split(":")[0])
            if len(self.backlog) < self.plan.concurrency_cap:
                self.room.set()
            return
        self.opening -= 1
        self._next(conn)

    def done(self, conn: _Conn, intended: float, index: int, status: int, keep: bool) -> None:
        self.rec.response(_now() - intended, _expected(self.specs[index % len(self.specs)], status),
                          status)
        if keep:
            self._next(conn)
        else:
            self.busy.discard(conn)

    def lost(self, conn: _Conn) -> None:
        self.busy.discard(conn)
        if conn in self.idle:
            self.idle.remove(conn)
        if self.backlog and len(self.busy) + len(self.idle) + self.opening < self.plan.concurrency_cap:
            self.opening += 1
            self.loop.create_task(self._open())

    def expire(self) -> None:
        """Fail requests in flight longer than the timeout (a hanging server must not hang the run)."""
        limit = _now() - self.plan.timeout_s
        for conn in [c for c in self.busy if c.sent_at < limit]:
            conn.fail(f"no response after {self.plan.timeout_s:g} s (read timeout)")

    def close(self) -> None:
        for conn in [*self.idle, *self.busy]:
            if conn.transport:
                conn.transport.close()


def _encode(method: str, url: str, host: str, headers: dict[str, str], body: bytes | None) -> bytes:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}", "User-Agent: deploycheck-load"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body is not None or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body or b'')}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")


async def _generate_fast(pool: _Pool, plan: LoadPlan, stop: asyncio.Event, rec: _Recorder,
                         progress: Progress | None) -> tuple[float, int]:
    interval = 1.0 / plan.rate
    planned = plan.planned
    t0 = _now()
    last_tick = t0
    deadline = t0 + plan.duration_s + interval + 0.05
    i = 0
    try:
        while i < planned and not stop.is_set():
            now = _now()
            if now > deadline:
                break
            if now - last_tick >= PROGRESS_EVERY_S:
                last_tick = now
                pool.expire()
                if progress:
                    progress(Snapshot(rec.sent, rec.done, planned, now - t0, plan.duration_s, rec.errors,
                                      rec.percentile_ms(99)))
            intended = t0 + i * interval
            if intended > now:
                await asyncio.sleep(min(intended - now, 0.25))
                continue
            if not pool.room.is_set():
                try:
                    await asyncio.wait_for(pool.room.wait(), PROGRESS_EVERY_S)
                except TimeoutError:
                    pool.expire()
                continue
            # Send every slot that is due now: one wake-up of the timer serves many slots at high rates.
            while i < planned and intended <= now and pool.room.is_set():
                rec.sent += 1
                pool.submit(intended, i)
                i += 1
                intended = t0 + i * interval
        drain_until = _now() + plan.timeout_s + 1
        while pool.outstanding and _now() < drain_until:
            await asyncio.sleep(0.01)
            pool.expire()
        for _ in range(pool.outstanding):
            rec.failure("still running at the end")
    finally:
        pool.close()
    return _now() - t0, planned - i


class _ClosedPool(_Pool):
    """Saturation (closed loop, as wrk): every connection sends its next request the moment the answer
    is complete, so the figure is the highest request rate these connections get. Latencies run from
    each request's own send time; without a schedule there is no intended time to count from, so they
    leave out the waiting a constant arrival rate would show (use the open model for SLOs)."""

    conn_class = _SatConn

    def done(self, conn: _Conn, intended: float, index: int, status: int, keep: bool) -> None:
        now = _now()
        self.rec.response(now - intended, _expected(self.specs[index % len(self.specs)], status), status)
        if keep and not self.stopping:
            self.rec.sent += 1
            conn.send(now, index + 1)
            return
        self.busy.discard(conn)
        if keep:
            self.idle.append(conn)
        elif not self.stopping:  # the server closed it: keep the number of connections
            self.rec.sent += 1
            self.submit(now, index + 1)

    def lost(self, conn: _Conn) -> None:
        had = conn in self.busy or conn in self.idle
        super().lost(conn)
        if had and not self.stopping and not self.backlog:
            self.rec.sent += 1
            self.submit(_now(), 0)


async def _saturate(pool: _ClosedPool, duration_s: float, stop: asyncio.Event) -> float:
    t0 = _now()
    for i in range(pool.plan.concurrency_cap):
        pool.rec.sent += 1
        pool.submit(t0, i)
    try:
        while _now() - t0 < duration_s and not stop.is_set():
            await asyncio.sleep(min(PROGRESS_EVERY_S, max(0.0, duration_s - (_now() - t0))))
            pool.expire()
        elapsed = _now() - t0
        pool.stopping = True
        drain_until = _now() + pool.plan.timeout_s + 1
        while pool.busy and _now() < drain_until:
            await asyncio.sleep(0.005)
            pool.expire()
        for _ in range(len(pool.busy)):
            pool.rec.failure("still running at the end")
    finally:
        pool.close()
    return elapsed


def _saturation_worker(base: str, requests: list[RequestSpec], connections: int, duration_s: float,
                       timeout_s: float, ca_file: str | None) -> tuple[dict[str, Any], float]:
    """One process's share of a saturation run: (recorder figures, seconds it ran)."""
    from deploycheck.probes.http import join, ssl_context

    rec = _Recorder()
    plan = LoadPlan(requests, rate=1.0, duration_s=duration_s, concurrency_cap=connections, timeout_s=timeout_s)

    async def main() -> float:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _loop, _context: None)  # failures are counted, never printed
        prepared = []
        for spec in requests:
            headers, missing = spec.resolved_headers()
            if missing:
                raise ValueError(f"environment variable(s) {', '.join(missing)} not set for {spec.label}")
            prepared.append((spec, join(base, spec.path), headers, _body(spec, headers)))
        pool = _ClosedPool(loop, base, plan, prepared, rec, ssl_context(ca_file) if base.startswith("https") else None)
        return await _saturate(pool, duration_s, asyncio.Event())

    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        elapsed = runner.run(main())
    return rec.figures(), elapsed


def run_saturation(base: str, requests: list[RequestSpec], *, connections: int = 64, duration_s: float = 10.0,
                   processes: int = 1, timeout_s: float = DEFAULT_TIMEOUT_S, ca_file: str | None = None) -> LoadStats:
    """The highest request rate `connections` keep-alive connections get from `base` (closed loop, like
    `wrk -c`), spread over `processes` worker processes (each its own event loop and a share of the
    connections) whose figures are added up. For benchmarks and capacity questions, not for verify's
    SLO judgement (which is the bounded open model of run_load)."""
    require("hdrh")
    require("httptools")
    processes = max(1, min(processes, connections))
    shares = [connections // processes + (1 if i < connections % processes else 0) for i in range(processes)]
    args = [(base, requests, n, duration_s, timeout_s, ca_file) for n in shares]
    if processes == 1:
        results = [_saturation_worker(*args[0])]
    else:
        import multiprocessing

        # spawn, not fork: the caller may have threads (a fork would copy their locks mid-use).
        with multiprocessing.get_context("spawn").Pool(processes) as workers:
            results = workers.starmap(_saturation_worker, args)
    rec = _Recorder()
    for figures, _ in results:
        rec.merge(figures)
    ok_rate = sum(f["ok"] / elapsed for f, elapsed in results if elapsed > 0)
    elapsed = max(e for _, e in results)
    return LoadStats(
        source=f"deploycheck saturation ({connections} connections, {processes} process(es), {duration_s:g} s)",
        requests=rec.done, errors=rec.errors, p50_ms=rec.percentile_ms(50), p95_ms=rec.percentile_ms(95),
        p99_ms=rec.percentile_ms(99), max_ms=rec.max_ms(), mean_ms=rec.mean_ms(), throughput_rps=ok_rate,
        duration_s=elapsed, error_kinds=rec.error_kinds)


def _body(spec: RequestSpec, headers: dict[str, str]) -> bytes | None:
    if isinstance(spec.body, dict | list):
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(spec.body).encode()
    return str(spec.body).encode() if spec.body is not None else None


SendFn = Callable[[str, str, dict[str, str], bytes | None], Any]


async def _sender(client: str, plan: LoadPlan, ssl_ctx: Any) -> tuple[SendFn, Callable[[], Any]]:
    if client == "httpx":  # kept for the benchmark's client comparison
        require("httpx")
        import httpx

        hx = httpx.AsyncClient(verify=ssl_ctx or True, timeout=plan.timeout_s, follow_redirects=False,
                               limits=httpx.Limits(max_connections=plan.concurrency_cap,
                                                   max_keepalive_connections=plan.concurrency_cap))

        async def send_httpx(method: str, url: str, headers: dict[str, str], body: bytes | None) -> int:
            resp = await hx.request(method, url, headers=headers, content=body)
            return resp.status_code

        return send_httpx, hx.aclose
    require("aiohttp")
    import aiohttp

    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=plan.concurrency_cap, ssl=ssl_ctx if ssl_ctx is not None else True),
        timeout=aiohttp.ClientTimeout(total=plan.timeout_s), auto_decompress=False,
        headers={"User-Agent": "deploycheck-load"},
    )

    async def send_aiohttp(method: str, url: str, headers: dict[str, str], body: bytes | None) -> int:
        async with session.request(method, url, headers=headers, data=body, allow_redirects=False) as resp:
            await resp.read()
            return resp.status

    return send_aiohttp, session.close


def default_client(plan: LoadPlan) -> str:
    """The raw httptools engine when available (HEAD answers carry no body it could delimit), else aiohttp."""
    import importlib.util

    if importlib.util.find_spec("httptools") and all(r.method != "HEAD" for r in plan.requests):
        return "raw"
    return "aiohttp"


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop when installed (about 1.5-2x the rate on one core, bench/README.md); asyncio's loop otherwise."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def run_load(base: str, plan: LoadPlan, *, progress: Progress | None = None, ca_file: str | None = None,
             client: str | None = None, stop_after_s: float | None = None) -> LoadStats:
    """Run the plan against `base` (a URL the user named); Ctrl-C stops it and the partial run is reported."""
    require("hdrh")  # the hdrhistogram package
    rec = _Recorder()

    async def main() -> tuple[float, int, bool]:
        import signal

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        # Failed connections are counted by the recorder; a future whose failure nobody awaited (a
        # connection attempt abandoned at the end of the run) must not print a traceback per request.
        loop.set_exception_handler(lambda _loop, context: None)
        handled = False
        try:
            loop.add_signal_handler(signal.SIGINT, stop.set)
            handled = True
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread / not a Unix loop: Ctrl-C then ends the process as usual
        if stop_after_s is not None:
            loop.call_later(stop_after_s, stop.set)
        # Transport failures are counted per request (error_kinds); the loop's default handler would also
        # print each connection attempt's unretrieved exception ("Future exception was never retrieved",
        # thousands of lines against an unreachable host). Nothing of the loop's own reaches stderr.
        loop.set_exception_handler(lambda _loop, _context: None)
        try:
            elapsed, not_sent = await _generate(base, plan, stop, rec, progress, ca_file, engine)
        finally:
            if handled:
                loop.remove_signal_handler(signal.SIGINT)
        return elapsed, not_sent, stop.is_set()

    engine = client or default_client(plan)
    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        elapsed, not_sent, interrupted = runner.run(main())
    stats = LoadStats(
        source=f"deploycheck load generator ({plan.rate:g} req/s for {plan.duration_s:g} s)",
        requests=rec.done, errors=rec.errors, p50_ms=rec.percentile_ms(50), p95_ms=rec.percentile_ms(95),
        p99_ms=rec.percentile_ms(99), max_ms=rec.max_ms(), mean_ms=rec.mean_ms(),
        throughput_rps=rec.ok / elapsed if elapsed > 0 else None, duration_s=elapsed, target_rate=plan.rate,
        not_sent=not_sent, interrupted=interrupted, error_kinds=rec.error_kinds, notes=list(plan.notes),
    )
    if interrupted:
        stats.notes.append(f"stopped early after {elapsed:.1f} s; {not_sent} scheduled request(s) not sent")
    elif not_sent:
        stats.notes.append(f"{not_sent} scheduled request(s) not sent in time")
    return stats


def progress_line(s: Snapshot, width: int = 24) -> str:
    """A one-line text bar for the CLI's status line (it already owns the terminal's live display)."""
    frac = min(1.0, s.elapsed_s / s.duration_s) if s.duration_s else 1.0
    filled = int(frac * width)
    p99 = f", p99 {s.p99_ms:.0f} ms" if s.p99_ms is not None else ""
    return (f"load [{'━' * filled}{' ' * (width - filled)}] {frac:4.0%} {s.done}/{s.planned} req, "
            f"{s.errors} errors{p99}")


# --- k6 and Locust results ------------------------------------------------------------------------


class ResultsError(Exception):
    """A results file that cannot be read; the message names the file and what is wrong."""


def read_k6_summary(path: Path) -> LoadStats:
    """k6 `--summary-export` JSON (and the `handleSummary` JSON, whose metrics nest under `values`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResultsError(f"{path}: cannot read k6 summary ({exc})") from None
    metrics = data.get("metrics") if isinstance(data, dict) else None
    if not isinstance(metrics, dict) or not isinstance(metrics.get("http_req_duration"), dict):
        raise ResultsError(f"{path}: not a k6 summary (no metrics.http_req_duration)")

    def values(name: str) -> dict[str, Any]:
        m = metrics.get(name)
        if not isinstance(m, dict):
            return {}
        v = m.get("values", m)
        return v if isinstance(v, dict) else {}

    def num(d: dict[str, Any], *keys: str) -> float | None:
        for k in keys:
            if isinstance(d.get(k), int | float):
                return float(d[k])
        return None

    dur, reqs, failed = values("http_req_duration"), values("http_reqs"), values("http_req_failed")
    count = int(num(reqs, "count") or 0)
    fail_rate = num(failed, "value", "rate")
    errors = round(count * fail_rate) if fail_rate is not None else int(num(failed, "passes") or 0)
    rate = num(reqs, "rate")
    state = data.get("state") if isinstance(data.get("state"), dict) else {}
    duration_ms = num(state, "testRunDurationMs")
    stats = LoadStats(source=f"k6 summary {path.name}", requests=count, errors=errors,
                      p50_ms=num(dur, "med", "p(50)"), p95_ms=num(dur, "p(95)"), p99_ms=num(dur, "p(99)"),
                      max_ms=num(dur, "max"), mean_ms=num(dur, "avg"),
                      throughput_rps=rate * (1 - (errors / count if count else 0)) if rate is not None else None,
                      duration_s=duration_ms / 1000 if duration_ms else None)
    if stats.p99_ms is None:
        stats.notes.append("no p(99) in the summary: run k6 with --summary-trend-stats including p(99)")
    return stats


def read_locust_csv(path: Path) -> LoadStats:
    """Locust `--csv PREFIX` stats: PREFIX_stats.csv, judged on its `Aggregated` row."""
    if not path.is_file() and Path(f"{path}_stats.csv").is_file():
        path = Path(f"{path}_stats.csv")
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ResultsError(f"{path}: cannot read Locust stats ({exc})") from None
    row = next((r for r in rows if (r.get("Name") or "").strip() == "Aggregated"), None)
    if row is None or "Request Count" not in row:
        raise ResultsError(f"{path}: not a Locust stats CSV (no 'Aggregated' row with 'Request Count')")

    def num(key: str) -> float | None:
        try:
            return float(row.get(key) or "")
        except ValueError:
            return None  # Locust writes N/A when a percentile has no data

    count = int(num("Request Count") or 0)
    errors = int(num("Failure Count") or 0)
    rps, fps = num("Requests/s"), num("Failures/s")
    return LoadStats(source=f"Locust stats {path.name}", requests=count, errors=errors,
                     p50_ms=num("50%") if num("50%") is not None else num("Median Response Time"),
                     p95_ms=num("95%"), p99_ms=num("99%"), max_ms=num("Max Response Time"),
                     mean_ms=num("Average Response Time"),
                     throughput_rps=(rps - (fps or 0)) if rps is not None else None)


# --- standalone use (also what the benchmark drives) ----------------------------------------------


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    from deploycheck.probes.http import RequestSpec

    p = argparse.ArgumentParser(prog="python -m deploycheck.probes.load",
                                description="open-model load run against one URL the user names")
    p.add_argument("url")
    p.add_argument("--rate", type=float, default=DEFAULT_RATE, help="requests per second (constant arrival)")
    p.add_argument("--duration", type=float, default=DEFAULT_DURATION_S, help="seconds")
    p.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY_CAP, help="cap on requests in flight")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S)
    p.add_argument("--client", choices=("raw", "aiohttp", "httpx"), default=None,
                   help="HTTP engine (default: raw httptools engine when installed, else aiohttp)")
    p.add_argument("--saturate", action="store_true",
                   help="closed loop, as wrk: --concurrency connections each send the next request as soon as "
                        "the answer is in, for --duration seconds (--rate is ignored)")
    p.add_argument("--processes", type=int, default=1, help="with --saturate: worker processes sharing the "
                                                            "connections")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args(argv)
    from urllib.parse import urlsplit

    parts = urlsplit(args.url)
    base = f"{parts.scheme}://{parts.netloc}/"
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    plan = LoadPlan([RequestSpec(path=path or "/")], args.rate, args.duration, args.concurrency, args.timeout)
    if args.saturate:
        stats = run_saturation(base, plan.requests, connections=args.concurrency, duration_s=args.duration,
                               processes=args.processes, timeout_s=args.timeout)
    elif sys.stderr.isatty() and not args.json:
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn("load"), BarColumn(), TextColumn("{task.fields[info]}"), TimeRemainingColumn(),
                      transient=True) as bar:
            task = bar.add_task("load", total=plan.duration_s, info="")

            def show(s: Snapshot) -> None:
                p99 = f"p99 {s.p99_ms:.1f} ms" if s.p99_ms is not None else ""
                bar.update(task, completed=min(s.elapsed_s, s.duration_s),
                           info=f"{s.done}/{s.planned} req {s.errors} err {p99}")

            stats = run_load(base, plan, progress=show, client=args.client)
    else:
        stats = run_load(base, plan, client=args.client)
    figures = stats.summary()
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>15}: {value}")
        for note in stats.notes:
            print(f"           note: {note}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
