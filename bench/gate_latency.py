"""Gate latency under load: `deploycheck serve` with 10,000 stored runs, 200 gate requests/s, on SQLite and
on PostgreSQL, measured with deploycheck's own open-model load generator (src/deploycheck/probes/load.py).

    python bench/gate_latency.py                      # both backends, 10,000 runs, 200 req/s for 30 s
    python bench/gate_latency.py --runs 2000 --duration 10 --backend sqlite
    python bench/gate_latency.py --in-process          # decide() alone, 2,000 questions, no HTTP

Goal (issue 11): p99 <= 20 ms. Each backend: a fresh database, 10,000 runs of 100 services x 100 versions
(33 items each; the first 200 stored through the server's own store code with their findings, the rest
bulk-inserted in the same shape to keep seeding short), then one `deploycheck serve`
process (uvicorn, one worker) started on a free port and loaded with gate questions spread over the
services and versions (a quarter of them about versions with no run). The server is stopped by its PID.
Figures go to bench/README.md ("Server gate latency").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from sqlalchemy import func, select, text  # noqa: E402
from tests.servers.postgres import free_port, running_postgres, wait_for_port  # noqa: E402

from deploycheck.checklist import load_checklist  # noqa: E402
from deploycheck.probes.http import RequestSpec  # noqa: E402
from deploycheck.probes.load import LoadPlan, LoadStats, run_load  # noqa: E402
from deploycheck_server.db import make_engine, migrate, sessions  # noqa: E402
from deploycheck_server.store import store_run  # noqa: E402
from deploycheck_server.tokens import create_token  # noqa: E402

SERVICES, STATUSES = 100, ("pass",) * 12 + ("warn", "manual", "n/a", "skipped", "fail")


def report(service: int, version: int, items: list[str], rng: random.Random) -> dict[str, object]:
    rows = []
    for item in items:
        status = rng.choice(STATUSES)
        findings = [] if status in ("pass", "n/a") else [{
            "check_id": f"{item}/x", "item": item, "status": status, "severity": "medium",
            "message": f"{item} {status} {rng.randrange(5)}", "fingerprint": f"{rng.getrandbits(64):016x}"}]
        rows.append({"item": item, "section": "s", "title": item, "status": status, "required": True,
                     "summary": status, "findings": findings})
    return {"schema_version": "1.1", "tool": {"name": "deploycheck", "version": "bench"}, "target": ".",
            "service": f"svc-{service}", "mode": "scan", "environment": None,
            "version": {"commit": f"{rng.getrandbits(160):040x}", "tag": f"v1.{version}.0", "label": f"v1.{version}.0",
                        "images": [{"image": f"registry.example.com/svc-{service}", "tag": f"1.{version}.0"}]},
            "verdict": {"ready": True, "reasons": [], "fail_on": "fail"}, "summary": {}, "items": rows}


def seed(url: str, runs: int, through_store: int = 200) -> tuple[str, float]:
    from sqlalchemy import insert

    from deploycheck_server.models import ItemResultRow, Run, RunVersion, Service, utcnow
    from deploycheck_server.store import version_values

    engine = make_engine(url)
    migrate(engine)
    items = load_checklist().ids
    rng = random.Random(11)
    t0 = time.perf_counter()
    with sessions(engine)() as session:
        for n in range(min(runs, through_store)):
            store_run(session, report(n % SERVICES, n // SERVICES, items, rng), "bench", f"seed-{n}")
        sids = dict(session.execute(select(Service.name, Service.id)).all())
        next_id = (session.scalar(select(func.max(Run.id))) or 0) + 1
        for start in range(through_store, runs, 500):
            run_rows, version_rows, item_rows = [], [], []
            for n in range(start, min(runs, start + 500)):
                data = report(n % SERVICES, n // SERVICES, items, rng)
                sid = sids[str(data["service"])]
                version: dict = data["version"]  # type: ignore[assignment]
                run_rows.append({"id": next_id, "service_id": sid, "environment": None, "mode": "scan",
                                 "version_label": version["label"], "commit": version["commit"], "tag": version["tag"],
                                 "images": version["images"], "tool_version": "bench", "ready": True,
                                 "verdict": data["verdict"], "summary": {}, "notices": [], "started_at": None,
                                 "received_at": utcnow(), "uploaded_by": "bench", "idempotency_key": f"seed-{n}"})
                version_rows += [{"run_id": next_id, "service_id": sid, "value": v} for v in version_values(version)]
                item_rows += [{"run_id": next_id, "item": i["item"], "section": "s", "title": i["item"],
                               "status": i["status"], "required": True, "summary": i["summary"], "attestation": None}
                              for i in data["items"]]  # type: ignore[union-attr]
                next_id += 1
            session.execute(insert(Run), run_rows)
            session.execute(insert(RunVersion), version_rows)
            session.execute(insert(ItemResultRow), item_rows)
            session.commit()
        if engine.dialect.name == "postgresql":  # explicit ids above: move the sequence past them
            session.execute(text("SELECT setval('runs_id_seq', (SELECT max(id) FROM runs))"))
            session.commit()
        token = create_token(session, "bench", ["read"])
    engine.dispose()
    return token, time.perf_counter() - t0


def measure(url: str, runs: int, rate: float, duration: float) -> dict[str, object]:
    token, seconds = seed(url, runs)
    with tempfile.TemporaryFile() as log:  # the server's JSON log: its own time per gate request
        stats = load(url, token, runs, rate, duration, log)
        return {"runs": runs, "seed_s": round(seconds, 1), **stats.summary(), **server_side(log, stats.requests),
                "load_avg": os.getloadavg()[0]}


def load(url: str, token: str, runs: int, rate: float, duration: float, log: IO[bytes]) -> LoadStats:
    port = free_port()
    env = {**os.environ, "DEPLOYCHECK_DATABASE_URL": url, "PYTHONPATH": str(ROOT / "src")}
    # Its own session: on a kernel with sched_autogroup (this machine's), each session is one scheduling
    # group sharing the CPUs fairly with every other, whatever the nice values inside; a server started in
    # the load generator's session would split one group's share with its own client (in production
    # they are different machines).
    proc = subprocess.Popen([sys.executable, "-m", "deploycheck.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    try:
        wait_for_port(port, proc, "deploycheck serve")
        rng = random.Random(7)
        versions = max(1, runs // SERVICES)
        questions = [RequestSpec(
            path=f"/api/v1/gate?service=svc-{rng.randrange(SERVICES)}&environment=production&version=v1."
                 f"{rng.randrange(versions + versions // 3)}.0",
            headers={"Authorization": f"Bearer {token}"}) for _ in range(64)]
        base = f"http://127.0.0.1:{port}"
        run_load(base, LoadPlan(questions, rate=rate, duration_s=3))  # warm-up, not counted
        return run_load(base, LoadPlan(questions, rate=rate, duration_s=duration))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def server_side(log: IO[bytes], counted: int) -> dict[str, object]:
    """Percentiles of the server's own time per gate request (from its JSON log, the last `counted` gate
    lines: the measured run after the warm-up). Client p99 far above this is queueing/scheduling, not the
    gate's work."""
    log.seek(0)
    ms = []
    for line in log.read().decode(errors="replace").splitlines():
        if line.startswith("{") and '"/api/v1/gate"' in line:
            ms.append(float(json.loads(line)["ms"]))
    ms = sorted(ms[-counted:]) if counted else []
    if not ms:
        return {}
    return {"server_p50_ms": ms[len(ms) // 2], "server_p99_ms": ms[min(len(ms) - 1, int(len(ms) * 0.99))]}


def in_process(url: str, runs: int, questions: int = 2000) -> dict[str, object]:
    """The gate's own cost without HTTP, event loop or load generator: decide() per question, timed."""
    from deploycheck_server import gate as gate_mod

    seed(url, runs)
    engine = make_engine(url)
    factory = sessions(engine)
    rng = random.Random(1)
    versions = max(1, runs // SERVICES)
    ms = []
    for _ in range(questions):
        service, version = f"svc-{rng.randrange(SERVICES)}", f"v1.{rng.randrange(versions + versions // 3)}.0"
        t0 = time.perf_counter()
        with factory() as session:
            gate_mod.decide(session, service, "production", version)
        ms.append((time.perf_counter() - t0) * 1000)
    engine.dispose()
    ms.sort()
    return {"in_process_p50_ms": round(ms[len(ms) // 2], 3), "in_process_p99_ms": round(ms[int(len(ms) * 0.99)], 3),
            "questions": questions, "load_avg": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--in-process", action="store_true", help="time decide() alone, no server (SQLite)")
    args = parser.parse_args()
    if args.in_process:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(in_process(f"sqlite:///{tmp}/bench.db", args.runs)))
        return
    results = {}
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            results["sqlite"] = measure(f"sqlite:///{tmp}/bench.db", args.runs, args.rate, args.duration)
            print(json.dumps({"sqlite": results["sqlite"]}), flush=True)
    if args.backend in ("postgresql", "both"):
        with running_postgres() as pg:
            results["postgresql"] = measure(pg.url(), args.runs, args.rate, args.duration)
            print(json.dumps({"postgresql": results["postgresql"]}), flush=True)
    for name, r in results.items():
        verdict = "met" if (r.get("p99_ms") or 1e9) <= 20 and not r.get("errors") else "NOT met"
        print(f"{name:10} p50 {r.get('p50_ms')} ms  p99 {r.get('p99_ms')} ms  max {r.get('max_ms')} ms  "
              f"{r.get('throughput_rps')} req/s  errors {r.get('errors')}  (goal p99 <= 20 ms: {verdict})")


if __name__ == "__main__":
    main()
