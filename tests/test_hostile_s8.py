"""Hostile repositories, session s8 (hostile-audit): reads outside the scanned root through references the
repository writes, and secrets its text would put into a report. Each test failed on the code before its fix:
an OpenAPI `$ref: file:///etc/passwd` put that file's text into the spec-valid finding of every report (the
validator's own file handler opened any `file:` URL), and a `//go:embed` naming a symlink read the file it
points at outside the root (the file index read any path a reader asked for)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

OUTSIDE = "Zq8OUTSIDEsentinel41xK"


def _spec(ref: str) -> str:
    return ("openapi: 3.0.3\ninfo: {title: shop, version: '1'}\npaths:\n  /orders:\n    get:\n      responses:\n"
            "        '200':\n          description: ok\n          content:\n            application/json:\n"
            f"              schema:\n                $ref: \"{ref}\"\n")


def _spec_valid(root: Path) -> list[str]:
    result = scan(root, only=("api-docs",))
    return [f"{f.status.value}: {f.message} {f.evidence}" for f in findings(result, "api-docs/spec-valid")]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file beside the repository, as a user's home holds credentials beside the checkout."""
    secret = tmp_path / "outside" / "creds.yaml"
    secret.parent.mkdir()
    # a string where a schema belongs: the validator's error quoted it in full
    secret.write_text(f"\"aws_secret_access_key = {OUTSIDE}\"\n")
    return secret


@pytest.mark.parametrize("how", ["absolute file URL", "relative path", "symlink inside the root"])
def test_an_openapi_ref_never_reads_outside_the_root(tmp_path: Path, outside: Path, how: str) -> None:
    root = tmp_path / "repo"
    ref = {"absolute file URL": outside.as_uri(), "relative path": "../outside/creds.yaml",
           "symlink inside the root": "schemas/item.yaml"}[how]
    write(root, {"openapi.yaml": _spec(ref)})
    if how == "symlink inside the root":
        (root / "schemas").mkdir()
        os.symlink(outside, root / "schemas" / "item.yaml")
    got = _spec_valid(root)
    assert got and not any(OUTSIDE in g for g in got), got
    assert any("outside the scanned root; not read" in g for g in got), got  # the reason, never a pass
    assert all(g.startswith("fail") for g in got), got


def test_an_openapi_ref_to_a_fifo_or_device_is_not_read(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    write(root, {"openapi.yaml": _spec("schemas/item.yaml").replace("/orders:", "/orders:\n    description: x")
                 + "  /zero:\n    $ref: \"file:///dev/zero\"\n"})
    (root / "schemas").mkdir()
    os.mkfifo(root / "schemas" / "item.yaml")
    # in a child process with a deadline: the validator's own handler blocked on the FIFO for ever
    out = tmp_path / "r.json"
    proc = subprocess.run(["deploycheck", "scan", str(root), "--only", "api-docs", "-f", "json", "-o", str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    got = [f for item in json.loads(out.read_text())["items"] for f in item["findings"]
           if f["check_id"] == "api-docs/spec-valid"]
    assert got and all(f["status"] == "fail" and "not read" in f["message"] for f in got), got


def test_an_openapi_ref_inside_the_root_is_still_followed(tmp_path: Path) -> None:
    """A spec split over files of the repository validates as before: the referenced file is read and judged."""
    root = write(tmp_path / "repo", {"openapi.yaml": _spec("schemas/item.yaml"),
                                     "schemas/item.yaml": "type: object\nproperties:\n  id: {type: string}\n"})
    assert [g.split(":", 1)[0] for g in _spec_valid(root)] == ["pass"]
    write(root, {"schemas/item.yaml": "type: object\nproperties:\n  id: {type: 5}\n"})
    got = _spec_valid(root)
    assert len(got) == 1 and got[0].startswith("fail") and "not read" not in got[0], got


# --- the file index: a path a reader builds from repository text -------------------------------------------------

def test_the_file_index_never_reads_a_path_leaving_the_root(tmp_path: Path, outside: Path) -> None:
    """Readers ask the index for paths the repository writes (a `//go:embed` name, an env_file, an include). The
    walk refuses symlinks out of the root; a path it never listed is resolved before it is read."""
    from deploycheck.sources.files import FileIndex

    root = write(tmp_path / "repo", {"app/kept.txt": "kept\n", ".gitignore": "ignored.txt\n",
                                     "ignored.txt": "in the root, ignored by the walk\n"})
    os.symlink(outside, root / "direct.rego")
    os.symlink(outside.parent, root / "linkdir")
    index = FileIndex.walk(root)
    for rel in ("direct.rego", "linkdir/creds.yaml", "../outside/creds.yaml", str(outside),
                "app/../../outside/creds.yaml"):
        assert index.read_text(rel) is None, rel
        assert index.read_text_containing(rel, (OUTSIDE,)) is None, rel
        assert any(p.path == rel and "outside the scanned root" in p.message for p in index.problems), rel
    # paths inside the root still read, walked or not (a file the walk left out, a path spelt another way)
    assert index.read_text("ignored.txt") == "in the root, ignored by the walk\n"
    assert index.read_text("app/./kept.txt") == "kept\n"
    assert index.production().read_text("linkdir/creds.yaml") is None


def test_a_go_embed_symlink_out_of_the_root_is_not_read(tmp_path: Path, outside: Path) -> None:
    """token_verify reads the Rego policy a `//go:embed` names; the name was a symlink to a file outside."""
    rego = outside.parent / "policy.rego"
    rego.write_text(f"package authz\ndefault allow = true  # {OUTSIDE}\n")
    root = write(tmp_path / "repo", {"main.go": (
        "package main\n\nimport (\n\t_ \"embed\"\n\t\"github.com/golang-jwt/jwt/v5\"\n"
        "\t\"github.com/open-policy-agent/opa/rego\"\n)\n\n//go:embed policy.rego\nvar policy string\n\n"
        "func handler(tok string) {\n\tt, _, _ := new(jwt.Parser).ParseUnverified(tok, jwt.MapClaims{})\n"
        "\tr := rego.New(rego.Query(\"data.authz.allow\"), rego.Module(\"p\", policy), rego.Input(t.Claims))\n"
        "\t_ = r\n}\n")})
    os.symlink(rego, root / "policy.rego")
    opened: list[str] = []
    from deploycheck.sources import files

    real = files.read_regular_file

    def spy(path: Path, max_bytes: int) -> bytes | None:
        opened.append(str(Path(path).resolve()))
        return real(path, max_bytes)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(files, "read_regular_file", spy)
        mp.setenv("DEPLOYCHECK_JOBS", "1")
        scan(root)
    assert opened and str(rego.resolve()) not in opened


# --- secrets of no known shape, quoted from repository text -------------------------------------------------------

# Random values (base62, base64, base64url) as a repository would hold them under innocent names.
QUOTED = {
    "otlp-user": "QO0HSZbzBZVOnheiigvHOmbjzhFs",      # https://KEY@api.honeycomb.io (metrics-scraped quotes the URL)
    "otlp-path": "Vt7kR2xWq9LmZp4sHd8NcY3bJf6Ga",     # https://otlp.example.com/v1/KEY/traces
    "slack": "QSQYncGHRjX6YCJuMRIxdp2FmnQ4",           # hooks.slack.com/services/T000/B000/KEY
    "sas": "Ab3dEf%2BgH9iJkLmNoPqRs%3D",              # Azure SAS ?sig=KEY
}
# What each looks like masked in the JSON report (the webhook's whole path is its key).
MASKED = {"otlp-user": "https://QO0*", "otlp-path": "/v1/Vt7*", "slack": "/services/T00*", "sas": "&sig=Ab3*"}


def _quoting_repo(root: Path) -> Path:
    q = QUOTED
    env = {"OTEL_EXPORTER_OTLP_ENDPOINT": f"https://{q['otlp-user']}@api.honeycomb.io:443",
           "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": f"https://otlp.example.com/v1/{q['otlp-path']}/traces",
           "ALERTS_WEBHOOK": f"https://hooks.slack.com/services/T000/B000/{q['slack']}",
           "BLOB_URL": f"https://shop.blob.core.windows.net/c?sv=2020-08-04&sig={q['sas']}&se=2030-01-01"}
    lines = "".join(f"            - name: {k}\n              value: \"{v}\"\n" for k, v in env.items())
    return write(root, {"k8s/deploy.yaml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n"
        "    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n"
        "      containers:\n        - name: web\n          image: registry.example.com/web:1.2.3\n          env:\n"
        + lines)})


def test_generated_values_quoted_from_the_repository_are_masked_in_every_format(tmp_path: Path) -> None:
    """monitoring/metrics-scraped quoted the OTLP endpoint and external-services/declared every URL of the env:
    a URL's key-like user part, a webhook's path and a SAS signature came out in clear in all six formats."""
    root = _quoting_repo(tmp_path / "repo")
    out = tmp_path / "out"
    out.mkdir()
    formats = ("json", "sarif", "junit", "markdown", "html")
    args = ["deploycheck", "scan", str(root), "-v"]
    for fmt in formats:
        args += ["-f", fmt, "-o", str(out / f"r.{fmt}")]
    args += ["-f", "terminal"]  # last: each --format takes the --output of its rank, the terminal none
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    texts = {fmt: (out / f"r.{fmt}").read_text() for fmt in formats} | {"terminal": proc.stdout + proc.stderr}
    leaks = {(name, fmt) for name, value in QUOTED.items() for fmt, text in texts.items() if value in text}
    assert not leaks, leaks
    unseen = [name for name, marker in MASKED.items() if marker not in texts["json"]]
    assert not unseen, unseen  # each was quoted (masked), so the test can fail


@pytest.mark.parametrize("value", [
    "Zq8vK3mP0xR7tL2wN9bY4cF6hJ1dS5gA",              # base62
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzTQ9mPLKEY",      # base64 with slashes (an AWS secret access key's shape)
    "dGhpc0lzQVNlY3JldFZhbHVlMTIz+Kq9==",            # base64 with padding
    "m4K9xQvLr2Tz8Wp_Nc5Yb7Hd3Jf6Gs-Q",              # base64url
])
@pytest.mark.parametrize("frame", ["--set upstream.value={}", "literal value {} in FOO_SETTING",
                                   "deploy with `{}`", "charts/web/{}/values.yaml", "x={},y=1"])
def test_shapeless_generated_values_are_masked_wherever_they_stand(value: str, frame: str) -> None:
    from deploycheck.redact import Redactor

    if "/" in value and "/" in frame:
        pytest.skip("a value with slashes inside a path: only its generated parts are masked (no way to tell)")
    text = frame.format(value)
    masked = Redactor().text(text)
    assert value not in masked and f"{value[:3]}*" in masked, masked
    assert masked.replace(masked[masked.index(value[:3]):].split("*")[0], "", 1)  # the frame is still there


@pytest.mark.parametrize(("text", "secret"), [
    ("https://8d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a@o1.ingest.sentry.io/42", "8d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a"),
    ("https://discord.com/api/webhooks/123456789/AbCdEfGhIjKlMnOp_qrs-TuV", "AbCdEfGhIjKlMnOp_qrs-TuV"),
    ("https://s3.amazonaws.com/b/k?X-Amz-Credential=AKIAX%2F2026&X-Amz-Signature=9f8e7d6c5b4a39281706f5e4d3c2b1a0",
     "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("https://fn.azurewebsites.net/api/x?code=aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW==", "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW"),
])
def test_keys_in_urls_are_masked(text: str, secret: str) -> None:
    from deploycheck.redact import Redactor

    masked = Redactor().text(text)
    assert secret not in masked and "*" in masked, masked


@pytest.mark.parametrize("text", [
    # from the reports of the labelled repositories (identifiers, ids, digests, generated names, paths)
    "requests 2.27.1 (PyPI): PYSEC-2023-74, CVE-2023-32681, GHSA-j8r2-6x86-q33q [unknown severity]",
    "handleGetHorizontalPodAutoscalerListForResource", "MakelineController.AddOrderToMakeLine",
    "20250509071703_drop_public_law_family_from_settings", "ConfigMap/order-config-bmkk2td9t4",
    "PrisonerHubQueryAccessJsonApiByBundleTest", "SpectacularYAMLAPIView",
    "DangerousAcceptAnyServerCertificateValidator",
    "image ghcr.io/open-telemetry/demo:2.0.2-accounting@sha256:3f2a1b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3",
    "src/main/kotlin/uk/gov/justice/digital/hmpps/hmppsalertsapi/common/LocalDateExtTest.kt",
    "Features__EfCore__MySqlDb__Password", "HostSettings__SpaAllowedCorsOrigin=http://localhost:8080",
    "git@github.com:org/repo.git", "ssh://git@github.com/org/repo", "postgres://app@db:5432/app",
    "https://x-access-token@github.com/org/repo", "https://example.com/search?q=helm&code=summary",
    "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70", "Tailwind.Traders.Login.Api/Models/TokenRequestModel.cs",
    "README.md CODEOWNERS docs/gitbook/SUMMARY.md deploy/basic/README_MSZ.md",
])
def test_identifiers_ids_digests_and_paths_stay_readable(text: str) -> None:
    from deploycheck.redact import Redactor

    assert Redactor().text(text) == text


# --- what a reader sees: bidirectional controls in names -----------------------------------------------------------

def test_bidirectional_controls_in_names_are_shown_not_obeyed(tmp_path: Path) -> None:
    """A file name with U+202E (right-to-left override) and U+2066..2069 (isolates) displays reordered ("Trojan
    Source", CVE-2021-42574): `values\u202elmay.txt` reads as `valuestxt.yaml`. The terminal, Markdown and HTML
    reports show such characters as `\\u202e`, as they show ESC as `\\x1b`; JSON and SARIF keep the name as it is."""
    evil = "chart\u202eevil\u2066x\u2069"
    root = write(tmp_path / "repo", {f"{evil}/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
                                     f"{evil}/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\n"
                                                                  "metadata:\n  name: c\n"})
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.run(["deploycheck", "scan", str(root), "-v", "-f", "markdown", "-o", str(out / "r.md"),
                           "-f", "html", "-o", str(out / "r.html"), "-f", "json", "-o", str(out / "r.json"),
                           "-f", "terminal"], capture_output=True, text=True, timeout=300, check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    shown = {"terminal": proc.stdout, "markdown": (out / "r.md").read_text(), "html": (out / "r.html").read_text()}
    for name, text in shown.items():
        assert not any(c in text for c in "\u202e\u2066\u2069"), name
        assert "\\u202e" in text, name  # still named, readably
    assert evil in json.dumps(json.loads((out / "r.json").read_text()), ensure_ascii=False)  # data, unchanged


# --- bounds: a coverage report is read whole ----------------------------------------------------------------------

def test_a_coverage_report_over_the_size_cap_is_not_read(tmp_path: Path) -> None:
    """JUnit files over the cap were skipped; coverage reports (lcov, coverage.json, XML) were read whole whatever
    their size: a repository committing a huge lcov.info made the scan hold it in memory."""
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources import testsuites

    root = write(tmp_path / "repo", {".deploycheck.yaml": "limits:\n  max_file_mb: 0.05\n",
                                     "coverage/lcov.info": "SF:a.js\nLF:10\nLH:9\nend_of_record\n" * 3_000})
    read: list[str] = []
    real = testsuites.read_coverage

    def spy(path: Path, rel: str) -> object:
        read.append(rel)
        return real(path, rel)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(testsuites, "read_coverage", spy)
        inv = Context(root, load_config(root)).use(testsuites.suite_inventory)
    assert read == [] and not inv.coverage
    assert ("coverage/lcov.info", "coverage file exceeds the size cap; not read", "coverage") in inv.problems


# --- a results file the (trusted) config names, in the (hostile) repository ---------------------------------------

@pytest.mark.parametrize("what", ["fifo", "symlink out", "locust prefix symlink out"])
def test_a_results_file_that_is_a_fifo_or_leaves_the_root_is_not_read(tmp_path: Path, outside: Path,
                                                                    what: str) -> None:
    """performance.k6_summary / locust_csv name a file of the repository: a FIFO there blocked verify for ever,
    a symlink was followed out of the root."""
    key, rel = ("locust_csv", "results/locust") if "locust" in what else ("k6_summary", "results/k6.json")
    root = write(tmp_path / "repo", {".deploycheck.yaml": (
        f"performance:\n  slo: {{p95_ms: 500}}\n  {key}: {rel}\n")})
    (root / "results").mkdir()
    if what == "fifo":
        os.mkfifo(root / rel)
    else:
        os.symlink(outside, root / (f"{rel}_stats.csv" if "locust" in what else rel))
    out = tmp_path / "r.json"
    proc = subprocess.run(["deploycheck", "verify", str(root), "--only", "performance-tests/live-slo",
                           "--no-progress", "-f", "json", "-o", str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    slo = [f for i in json.loads(out.read_text())["items"] for f in i["findings"]
           if f["check_id"] == "performance-tests/live-slo"]
    assert slo and all(f["status"] == "error" and "not read" in f["message"] for f in slo), slo


def test_a_junit_file_with_a_dtd_is_not_parsed(tmp_path: Path, outside: Path) -> None:
    """JUnit results need no DTD; junitparser parses with lxml when it is installed, and lxml before 5.0 resolved
    external entities (the named file's text in a failure message of the report)."""
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources import testsuites

    junit = (f'<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM "{outside.as_uri()}">]>\n'
             '<testsuite name="unit" tests="1"><testcase classname="t" name="a"><failure message="&x;"/>'
             '</testcase></testsuite>\n')
    root = write(tmp_path / "repo", {"reports/junit.xml": junit})
    inv = Context(root, load_config(root)).use(testsuites.suite_inventory)
    assert not inv.results
    assert [p for p in inv.problems if p[0] == "reports/junit.xml" and "DTD" in p[1]], inv.problems
