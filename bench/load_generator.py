"""Benchmark of deploycheck's load generator (probes/load.py) against a local nginx, side by side with wrk.

    python bench/load_generator.py                    # everything, ~8 minutes with --million
    python bench/load_generator.py --quick            # shorter steps, 100k/300k memory runs
    python bench/load_generator.py --saturation       # only 0. below: wrk vs deploycheck at saturation, ~2 minutes

What it measures (figures go to bench/README.md, "Load generator"):
  0. Saturation, same connections: wrk -t1 -cC and deploycheck's closed-loop mode (`--saturate`, C
     keep-alive connections, 1 and 2 worker processes) in alternating rounds on the same nginx, in
     one run; the ratio of request rates per round (the machine is shared: a round's wrk and
     deploycheck figures are seconds apart) and the median. Goal: >= 0.8x wrk. Percentiles in us.
  1. wrk (Debian) on the same nginx, same run: requests/s and its latency percentiles (closed loop).
  2. The highest rate deploycheck sustains: stepped constant-arrival rates; a step holds when it
     achieves >= 99% of the target rate, sends every scheduled request and sees no errors.
     Ratio to wrk's requests/s (goal >= 0.2). The same search with the aiohttp and httpx engines.
  3. Memory with request count: peak RSS of a fresh process after N requests (latencies live in an
     HdrHistogram, so 1M requests must not grow peak RSS by 50 MB over 100k).
  4. Percentile accuracy: against a server that sleeps a known delay, at a rate well under its
     capacity, p50/p99 against the injected delay.

nginx runs with this script's own config on a free port and is stopped by its PID; nothing else is
touched. Needs: nginx and wrk (apt-get install nginx wrk), the venv with deploycheck[live].
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.live.servers import NGINX_CONF  # noqa: E402 (after the path it lives on)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on {port}")


def start_nginx(workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    conf = workdir / "nginx.conf"
    conf.write_text(NGINX_CONF.format(dir=workdir, port=port))
    proc = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(workdir)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    wait_port(port)
    return proc, f"http://127.0.0.1:{port}/"


def start_delay_server(delay_ms: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--serve-delay", str(port), str(delay_ms)])
    wait_port(port)
    return proc, f"http://127.0.0.1:{port}/"


def serve_delay(port: int, delay_ms: float) -> None:
    """An aiohttp server that answers every request after exactly `delay_ms` (asyncio.sleep)."""
    import asyncio

    from aiohttp import web

    async def handle(request: web.Request) -> web.Response:
        await asyncio.sleep(delay_ms / 1000)
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", handle)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_wrk(url: str, seconds: int, connections: int = 64) -> dict[str, float]:
    cpu = children_cpu_s()
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    figures = {"rps": rps, "cpu_us_per_request": (children_cpu_s() - cpu) / max(1, requests) * 1e6}
    for pct, value, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M):
        figures[f"p{pct}_ms"] = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return figures


def children_cpu_s() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_saturation(url: str, seconds: float, connections: int, processes: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cpu = children_cpu_s()
    out = subprocess.run([sys.executable, "-m", "deploycheck.probes.load", url, "--saturate", "--concurrency",
                          str(connections), "--duration", str(seconds), "--processes", str(processes), "--json"],
                         capture_output=True, text=True, env=env, check=True).stdout
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    # CPU (user + system) of the whole process tree per request, start-up included: unlike the rate,
    # it hardly moves with what else the shared machine runs.
    figures["cpu_us_per_request"] = (children_cpu_s() - cpu) / max(1, figures["requests"]) * 1e6
    return figures


def us(ms: float | None) -> str:
    return f"{ms * 1000:,.0f} us" if ms is not None else "-"


def saturation(url: str, rounds: int, seconds: float, connections: int) -> dict[str, object]:
    """Alternating rounds of wrk and deploycheck (1 and 2 processes), ratios per round and their median."""
    import statistics

    rows = []
    for r in range(rounds):
        runs: dict[str, dict[str, float]] = {}
        order = ["wrk", "p1", "p2"] if r % 2 == 0 else ["p2", "p1", "wrk"]  # alternate who goes first
        for name in order:
            if name == "wrk":
                runs[name] = run_wrk(url, int(seconds), connections)
            else:
                runs[name] = run_saturation(url, seconds, connections, int(name[1]))
        wrk_rps = runs["wrk"]["rps"]
        row = {"wrk_rps": wrk_rps, "wrk_p50_us": runs["wrk"].get("p50_ms", 0) * 1000,
               "wrk_p99_us": runs["wrk"].get("p99_ms", 0) * 1000,
               "wrk_cpu_us_per_request": round(runs["wrk"]["cpu_us_per_request"], 2)}
        for name in ("p1", "p2"):
            fig = runs[name]
            row[f"{name}_rps"] = fig.get("throughput_rps", 0)
            row[f"{name}_ratio"] = round(fig.get("throughput_rps", 0) / wrk_rps, 3)
            row[f"{name}_p50_us"] = fig.get("p50_ms", 0) * 1000
            row[f"{name}_p99_us"] = fig.get("p99_ms", 0) * 1000
            row[f"{name}_errors"] = fig.get("errors", 0)
            row[f"{name}_cpu_us_per_request"] = round(fig["cpu_us_per_request"], 2)
        rows.append(row)
        print(f"  round {r + 1}: wrk {wrk_rps:,.0f}/s (p50 {us(runs['wrk'].get('p50_ms'))}, p99 "
              f"{us(runs['wrk'].get('p99_ms'))}); deploycheck 1 process {row['p1_rps']:,.0f}/s = {row['p1_ratio']}x "
              f"(p50 {us(runs['p1'].get('p50_ms'))}, p99 {us(runs['p1'].get('p99_ms'))}); 2 processes "
              f"{row['p2_rps']:,.0f}/s = {row['p2_ratio']}x (p50 {us(runs['p2'].get('p50_ms'))}, p99 "
              f"{us(runs['p2'].get('p99_ms'))}); CPU per request: wrk {row['wrk_cpu_us_per_request']} us, "
              f"deploycheck {row['p1_cpu_us_per_request']} / {row['p2_cpu_us_per_request']} us", flush=True)
    summary = {"rounds": rows, "connections": connections, "seconds": seconds}
    for name in ("p1", "p2"):
        summary[f"{name}_median_ratio"] = statistics.median(r[f"{name}_ratio"] for r in rows)
        summary[f"{name}_ratio_of_sums"] = round(sum(r[f"{name}_rps"] for r in rows) / sum(r["wrk_rps"] for r in rows),
                                                 3)
    for name in ("wrk", "p1", "p2"):
        summary[f"{name}_median_cpu_us_per_request"] = statistics.median(r[f"{name}_cpu_us_per_request"]
                                                                         for r in rows)
    print(f"  median ratio to wrk: 1 process {summary['p1_median_ratio']}x, 2 processes "
          f"{summary['p2_median_ratio']}x (ratio of sums {summary['p1_ratio_of_sums']}x / "
          f"{summary['p2_ratio_of_sums']}x)", flush=True)
    return summary


CHILD = """
import json, resource, sys
from deploycheck.probes.http import RequestSpec
from deploycheck.probes.load import LoadPlan, run_load
url, rate, duration, client, conc = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
stats = run_load(url, LoadPlan([RequestSpec(path="/")], rate, duration, conc, 10), client=client)
out = stats.summary()
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["rss_before_mb"] = before / 1024
print(json.dumps(out))
"""


def run_generator(url: str, rate: float, duration: float, client: str = "raw", concurrency: int = 256
                  ) -> dict[str, float]:
    """One run in a fresh process, so peak RSS belongs to that run alone."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", CHILD, url, str(rate), str(duration), client, str(concurrency)],
                         capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def sustained(fig: dict[str, float]) -> bool:
    target = fig["target_rate"]
    return (fig.get("errors", 0) == 0 and fig.get("not_sent", 0) <= 0.001 * target * fig.get("duration_s", 1)
            and fig.get("throughput_rps", 0) >= 0.99 * target)


def highest_rate(url: str, rates: list[float], seconds: float, client: str) -> tuple[float, dict[str, float] | None]:
    best, best_fig = 0.0, None
    for rate in rates:
        fig = run_generator(url, rate, seconds, client)
        ok = sustained(fig)
        print(f"  {client:8s} {rate:7.0f}/s -> {fig.get('throughput_rps', 0):8.1f}/s, p50 {fig.get('p50_ms')} "
              f"p99 {fig.get('p99_ms')} ms, not sent {fig.get('not_sent', 0)}  {'holds' if ok else 'falls behind'}",
              flush=True)
        if not ok:
            break
        best, best_fig = rate, fig
    return best, best_fig


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--million", action="store_true", help="memory run with 1,000,000 requests")
    parser.add_argument("--saturation", action="store_true", help="only the saturation comparison with wrk")
    parser.add_argument("--rounds", type=int, default=5, help="saturation rounds (alternating wrk/deploycheck)")
    parser.add_argument("--connections", type=int, default=64, help="saturation: connections, both tools")
    parser.add_argument("--serve-delay", nargs=2, metavar=("PORT", "MS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_delay:
        serve_delay(int(args.serve_delay[0]), float(args.serve_delay[1]))
        return 0
    for tool in ("nginx", "wrk"):
        if not shutil.which(tool):
            print(f"{tool} not found: apt-get install -y nginx wrk", file=sys.stderr)
            return 2
    step_s = 3 if args.quick else 5
    print(f"machine: {os.cpu_count()} cpus, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.platform()}, load average {os.getloadavg()}")
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        nginx, url = start_nginx(Path(tmp))
        try:
            print(f"nginx {url} (pid {nginx.pid})")
            print(f"saturation, {args.connections} connections, {args.rounds} rounds of {step_s} s:")
            results["saturation"] = saturation(url, args.rounds, step_s, args.connections)
            if args.saturation:
                results["load_average_end"] = os.getloadavg()
                print(json.dumps(results, indent=2))
                return 0
            wrk = run_wrk(url, step_s * 2)
            print(f"wrk -t1 -c64: {wrk}")
            results["wrk"] = wrk
            rates = [2000, 4000, 6000, 8000, 10000, 12000, 14000, 16000, 18000, 20000, 24000, 28000, 32000]
            best, fig = highest_rate(url, rates, step_s, "raw")
            results["deploycheck"] = {"engine": "raw (asyncio protocols + httptools + uvloop)",
                                      "highest_sustained_rps": best, **(fig or {})}
            results["ratio_to_wrk"] = round(best / wrk["rps"], 3)
            print(f"deploycheck sustains {best:.0f}/s = {best / wrk['rps']:.2f} of wrk's {wrk['rps']:.0f}/s")
            wrk_after = run_wrk(url, step_s * 2)  # the machine is shared: wrk again, to bracket the figures
            results["wrk_after"] = wrk_after
            print(f"wrk again: {wrk_after}")
            abest, afig = highest_rate(url, [500, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000], step_s,
                                       "aiohttp")
            results["aiohttp"] = {"highest_sustained_rps": abest, **(afig or {})}
            hbest, hfig = highest_rate(url, [50, 100, 200, 300, 400, 600, 800, 1000], step_s, "httpx")
            results["httpx"] = {"highest_sustained_rps": hbest, **(hfig or {})}
            mem_rate = max(1000.0, best * 0.8)
            counts = [100_000, 300_000] if args.quick and not args.million else [100_000, 1_000_000]
            memory = {}
            for count in counts:
                fig = run_generator(url, mem_rate, count / mem_rate, "raw")
                memory[count] = {"peak_rss_mb": round(fig["peak_rss_mb"], 1), "requests": fig["requests"],
                                 "errors": fig.get("errors", 0), "throughput_rps": fig.get("throughput_rps")}
                print(f"memory: {count} requests at {mem_rate:.0f}/s -> {memory[count]}", flush=True)
            results["memory"] = memory
        finally:
            stop(nginx)
    delay_ms = 50.0
    server, durl = start_delay_server(delay_ms)
    try:
        fig = run_generator(durl, 200, 10 if not args.quick else 5, "raw")
        results["accuracy"] = {"injected_ms": delay_ms, "p50_ms": fig.get("p50_ms"), "p95_ms": fig.get("p95_ms"),
                               "p99_ms": fig.get("p99_ms"), "max_ms": fig.get("max_ms"), "requests": fig["requests"]}
        print(f"accuracy: injected {delay_ms} ms -> {results['accuracy']}")
    finally:
        stop(server)
    results["load_average_end"] = os.getloadavg()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
