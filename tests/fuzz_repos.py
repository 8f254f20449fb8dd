"""Generated hostile repositories: mutate a small real service and check that a scan always ends with a
report, no check crashes, and no planted canary (a secret in the repository, a token in the environment,
the content of a file outside the root) appears in any of the six formats.

Used by `bench/fuzz_repos.py --count N` (the figures in bench/README.md) and, with a small count, by
tests/test_hostile_fuzz.py. Hand-written rather than Hypothesis: each case is a whole repository on disk (symlinks,
FIFOs, permissions), which Hypothesis' shrinking cannot handle usefully, and a seeded `random.Random`
makes every case reproducible from its number.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

CANARY_SECRET = "Fz9canaryPW-4471x"  # planted in the repository's Secret and env values
CANARY_ENV = "fuzzEnvTok3n-8812q"  # in the scanner's environment, as a CI token would be
CANARY_FILE = "FUZZ-OUTSIDE-FILE-CANARY-0a7d"  # in a file outside the root, reachable only through a symlink
HANG_S = 60

SEED_FILES: dict[str, str] = {
    "Dockerfile": "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
                  "USER 1000\nCMD [\"uvicorn\", \"app:app\"]\n",
    "requirements.txt": "fastapi==0.110.0\nrequests==2.19.0\n",
    "app.py": "import os\nfrom fastapi import FastAPI\napp = FastAPI()\nDB = os.environ['DATABASE_URL']\n\n"
              "@app.get('/orders')\ndef orders():\n    return []\n",
    "openapi.yaml": "openapi: 3.0.3\ninfo: {title: svc, version: '1'}\npaths:\n  /orders:\n    get:\n"
                    "      responses: {'200': {description: ok}}\n",
    "k8s/deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n"
                       "  replicas: 2\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n"
                       "      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n"
                       "          image: registry.example.com/api:1.0\n          env:\n"
                       f"            - name: DB_PASSWORD\n              value: {CANARY_SECRET}\n"
                       "          readinessProbe:\n            httpGet: {path: /healthz, port: 8080}\n",
    "k8s/secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\nstringData:\n"
                       f"  password: {CANARY_SECRET}\n",
    "chart/Chart.yaml": "apiVersion: v2\nname: svc\nversion: 0.1.0\n",
    "chart/values.yaml": "replicas: 2\nimage: registry.example.com/api:1.0\n",
    "chart/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n"
                               "  leak: {{ .Files.Get \"files/env\" | quote }}\n",
    "README.md": "# svc\n\n## How to run\n\nuvicorn app:app\n",
    ".deploycheck.yaml": "service: svc\n",
}


@dataclass
class Outcome:
    case: int
    mutations: list[str]
    crashed: list[str] = field(default_factory=list)  # check crashes or exceptions out of the engine
    leaks: list[str] = field(default_factory=list)  # (format, canary) pairs found in a report
    hung: bool = False
    seconds: float = 0.0


def _mutators(rng: random.Random, outside: Path) -> list[tuple[str, Callable[[Path], None]]]:
    def pick(root: Path) -> Path:
        files = sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
        return rng.choice(files) if files else root / "README.md"

    def truncate(root: Path) -> None:
        f = pick(root)
        data = f.read_bytes()
        f.write_bytes(data[: rng.randrange(len(data) + 1)])

    def flip(root: Path) -> None:
        f = pick(root)
        data = bytearray(f.read_bytes())
        for _ in range(rng.randint(1, 8)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        f.write_bytes(bytes(data))

    def alias_bomb(root: Path) -> None:
        lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
            f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]"
            for i in range(8)]
        pick(root).write_text("\n".join(lines) + "\n")

    def deep(root: Path) -> None:
        depth = rng.choice([200, 2000, 20000])
        pick(root).write_text("a: " + "[" * depth + "]" * depth + "\n")

    def huge_line(root: Path) -> None:
        f = pick(root)
        f.write_text(f.read_text(errors="replace") + rng.choice("/=a{[") * rng.choice([5000, 50000]) + "\n")

    def binary(root: Path) -> None:
        pick(root).write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(1, 4096))))

    def link_out(root: Path) -> None:
        target = rng.choice(["README.md", "values.yaml", "k8s/extra.yaml", "chart/files/env", "Dockerfile",
                             ".deploycheck/attestations.yaml"])
        path = root / target
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() or path.is_symlink():
            path.unlink()
        path.symlink_to(outside)

    def weird_name(root: Path) -> None:
        name = rng.choice(["[link=https://evil.example]x[/link]", "a\x1b]8;;https://evil\x1b\\b", "🙂.yaml",
                           "-rf.yaml", "--output=x.yaml", "日本.yaml"])
        (root / "k8s" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "k8s" / name).write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: w}\n")

    def unreadable(root: Path) -> None:
        pick(root).chmod(0)

    def fifo(root: Path) -> None:
        target = root / rng.choice(["Dockerfile", "k8s/fifo.yaml", "chart/values.yaml"])
        if target.exists():
            target.unlink()
        os.mkfifo(target)

    def config_junk(root: Path) -> None:
        (root / ".deploycheck.yaml").write_text(rng.choice([
            "limits: {max_file_mb: .inf}\n", "ignore: [{check: '*'}]\n", "environments: 5\n", "service: [1, 2]\n",
            "checks: {'*': {severity: bogus}}\n", "helm: {charts: [{path: ../../..}]}\n", "a: b\na: c\n"]))

    return [("truncate", truncate), ("flip", flip), ("alias-bomb", alias_bomb), ("deep", deep),
            ("huge-line", huge_line), ("binary", binary), ("link-out", link_out), ("weird-name", weird_name),
            ("unreadable", unreadable), ("fifo", fifo), ("config", config_junk)]


def run_case(case: int, workdir: Path) -> Outcome:
    """Build mutated repository number `case` under workdir, scan it in-process, render every format."""
    from deploycheck.config import ConfigError, load_config
    from deploycheck.context import Options
    from deploycheck.engine import run
    from deploycheck.reports import render

    rng = random.Random(case)
    outside = workdir / f"outside-{case}.txt"
    outside.write_text(f"{CANARY_FILE}\n")
    root = workdir / f"repo-{case}"
    for rel, text in SEED_FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    mutators = _mutators(rng, outside)
    chosen = [rng.choice(mutators) for _ in range(rng.randint(1, 4))]
    outcome = Outcome(case, [name for name, _ in chosen])
    for _, mutate in chosen:
        with contextlib.suppress(OSError):
            mutate(root)
    started = time.monotonic()

    def on_alarm(*_: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(HANG_S)
    try:
        try:
            config = load_config(root)
        except ConfigError:
            return outcome  # a config error is exit 2 with a message: the contract, not a crash
        result = run(root, config, Options())
        texts = {fmt: render(result.report, fmt) for fmt in ("terminal", "json", "sarif", "junit", "markdown", "html")}
    except TimeoutError:
        outcome.hung = True
        return outcome
    except Exception as exc:  # an exception out of the engine is exactly what this run looks for
        outcome.crashed.append(f"{type(exc).__name__}: {exc}")
        return outcome
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        outcome.seconds = time.monotonic() - started
        _cleanup(root)
    outcome.crashed += [f.message for f in result.findings if " crashed: " in f.message]
    for fmt, text in texts.items():
        outcome.leaks += [f"{fmt}: {name}" for name, canary in (("repository secret", CANARY_SECRET),
                                                               ("environment token", CANARY_ENV),
                                                               ("outside file", CANARY_FILE)) if canary in text]
    return outcome


def _cleanup(root: Path) -> None:
    for path in root.rglob("*"):
        try:
            if not path.is_symlink():
                path.chmod(stat.S_IRWXU)
        except OSError:
            pass
    shutil.rmtree(root, ignore_errors=True)


def run_many(first: int, count: int, progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    os.environ["DEPLOYCHECK_TOKEN"] = CANARY_ENV
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="deploycheck-fuzz-") as tmp:
        for case in range(first, first + count):
            outcome = run_case(case, Path(tmp))
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    return outcomes
