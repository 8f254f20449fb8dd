"""SARIF, JUnit, Markdown and HTML renderers; several formats in one CLI run; no secret in any format."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.conftest import SHARED
from tests.helpers import scan, write

from deploycheck.cli import main
from deploycheck.model import (
    Finding,
    ItemResult,
    Location,
    ObjectRef,
    Report,
    Severity,
    Status,
    Suppression,
    Verdict,
)
from deploycheck.reports import render

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
ALL_FORMATS = ("terminal", "json", "sarif", "junit", "markdown", "html")

# Fake secrets: long enough that a masked form (3-char prefix + stars) can never contain them.
SECRETS = {
    "dockerfile": "sk_live_51HxFAKEdockerTOKEN0001",
    "env": "FAKEenvPASSWORDvalue0002xyz",
    "secret_manifest": "FAKEk8sSecretValue0003abc",
    "values": "FAKEhelmValuesPassword0004q",
}

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/web:latest
          env:
            - name: DB_PASSWORD
              value: FAKEk8sSecretValue0003abc
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A small service with problems of several kinds, one suppressed inline, and fake secrets."""
    root = tmp_path / "svc"
    write(root, {
        "Dockerfile": ("FROM python:3.12\n"
                       f"ENV API_TOKEN={SECRETS['dockerfile']}\n"
                       "# deploycheck: ignore[dockerfile/exec-form] the shell wrapper execs the app\n"
                       "CMD python -m app\n"),
        ".env": f"DB_PASSWORD={SECRETS['env']}\n",
        "k8s/deploy.yaml": DEPLOYMENT,
        "k8s/secret.yaml": ("apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: shop}\n"
                            f"stringData:\n  password: {SECRETS['secret_manifest']}\n"),
        "config/values.yaml": f"db:\n  password: {SECRETS['values']}\n",
    })
    return root


def _run_all(repo: Path, out: Path) -> tuple[int, dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    argv = ["scan", str(repo), "--no-progress"]
    out.mkdir(exist_ok=True)
    paths = {}
    for fmt in ALL_FORMATS:
        paths[fmt] = out / f"report.{fmt}"
        argv += ["-f", fmt, "-o", str(paths[fmt])]
    code = main(argv)
    return code, {fmt: p.read_text(encoding="utf-8") for fmt, p in paths.items()}


@pytest.fixture
def outputs(repo: Path, tmp_path: Path) -> dict[str, str]:
    code, texts = _run_all(repo, tmp_path / "out")
    assert code == 1  # not ready: the fixture fails checks
    return texts


# --- several formats in one run ------------------------------------------------------------------


def test_every_format_written_in_one_cli_run(outputs: dict[str, str]) -> None:
    assert set(outputs) == set(ALL_FORMATS)
    assert json.loads(outputs["json"])["schema_version"]
    assert json.loads(outputs["sarif"])["version"] == "2.1.0"
    assert ET.fromstring(outputs["junit"].encode()).tag == "testsuites"
    assert outputs["markdown"].startswith("## ❌ deploycheck: NOT READY")
    assert outputs["html"].startswith("<!DOCTYPE html>")
    assert "NOT READY" in outputs["terminal"]


def test_secrets_only_masked_in_every_format(outputs: dict[str, str]) -> None:
    for fmt, text in outputs.items():
        for where, secret in SECRETS.items():
            assert secret not in text, f"{where} secret in clear in the {fmt} report"
            assert secret[:12] not in text, f"more than a short prefix of the {where} secret in {fmt}"
    # The Dockerfile secret is reported, masked, in the machine formats that carry evidence.
    masked = "sk_" + "*" * 12
    for fmt in ("json", "sarif", "html"):
        assert masked in outputs[fmt], fmt


# --- SARIF ---------------------------------------------------------------------------------------


def test_sarif_is_valid_against_the_official_schema(outputs: dict[str, str]) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA} (it lives beside the repo in ../shared)")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(json.loads(outputs["sarif"]))


def test_sarif_rules_results_locations_and_suppressions(outputs: dict[str, str]) -> None:
    from deploycheck.checks.registry import all_checks

    run = json.loads(outputs["sarif"])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert set(all_checks(load_plugins=False)) <= set(ids)
    pinned = rules[ids.index("dockerfile/base-image-pinned")]
    assert pinned["shortDescription"]["text"].startswith("Base images are pinned")
    assert "digest" in pinned["help"]["text"] and pinned["fullDescription"]["text"]
    assert pinned["helpUri"].endswith("docs/checks.md#dockerfilebase-image-pinned")
    results = run["results"]
    assert results and all(r["properties"]["status"] != "pass" for r in results)
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    levels = {r["properties"]["status"]: r["level"] for r in results}
    assert levels.get("fail") == "error" and levels.get("manual") == "note"
    # Physical location: relative URI against SRCROOT, and the line.
    base = next(r for r in results if r["ruleId"] == "dockerfile/base-image-pinned")
    phys = base["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"] == {"uri": "Dockerfile", "uriBaseId": "SRCROOT"}
    assert phys["region"]["startLine"] == 1
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"].startswith("file:///")
    # Logical location for a Kubernetes object.
    image = next(r for r in results if r["ruleId"] == "registry/digest-pinned")
    logical = image["locations"][0]["logicalLocations"]
    assert logical[0]["fullyQualifiedName"] == "Deployment/shop/web"
    assert logical[1]["fullyQualifiedName"] == "Deployment/shop/web/app"
    assert image["locations"][0]["physicalLocation"]["region"]["startLine"] == 14
    # The inline suppression is an inSource SARIF suppression with its justification.
    exec_form = next(r for r in results if r["ruleId"] == "dockerfile/exec-form")
    assert exec_form["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                          "justification": "the shell wrapper execs the app",
                                          "properties": {"deploycheck_kind": "inline", "source": "Dockerfile:3"}}]


@pytest.mark.corpus
def test_sarif_of_a_real_corpus_scan_is_valid(corpus: Path) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}")
    import jsonschema

    report = scan(corpus / "podinfo").report
    sarif = json.loads(render(report, "sarif"))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(sarif)
    results = sarif["runs"][0]["results"]
    assert results and all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results)
    for fmt in ("junit", "markdown", "html"):
        assert render(report, fmt)
    assert len(render(report, "markdown")) < 65536  # fits a GitHub PR comment


def test_sarif_anchor_matches_the_generated_docs() -> None:
    from deploycheck.docs import checks_markdown
    from deploycheck.reports.sarif import github_anchor

    headings = [ln[5:] for ln in checks_markdown().splitlines() if ln.startswith("#### ")]
    assert "`dockerfile/hadolint`" in headings
    assert github_anchor("`dockerfile/hadolint`") == "dockerfilehadolint"


# --- a synthetic report with hostile text --------------------------------------------------------

HOSTILE = '<script>alert(1)</script> [click](https://evil.example) **bold** | `tick` & "q"'


def _report() -> Report:
    obj = ObjectRef(kind="Deployment", name="web", namespace="shop")
    findings = [
        Finding("dockerfile/base-image-pinned", Status.FAIL, HOSTILE, "dockerfile",
                Location(path="dir with space/Dockerfile", line=3), {"image": "x:latest"}, "pin it", Severity.HIGH),
        Finding("dockerfile/non-root-user", Status.ERROR, "could not parse", "dockerfile",
                Location(path="Dockerfile")),
        Finding("dockerfile/exec-form", Status.WARN, "shell form", "dockerfile", Location(path="Dockerfile", line=9),
                suppressed=Suppression("config", "legacy image", source=".deploycheck.yaml:4")),
        Finding("dockerfile/hadolint", Status.SKIPPED, "hadolint not installed", "dockerfile"),
        Finding("registry/digest-pinned", Status.WARN, "tag only", "registry",
                Location(path="k8s/d.yaml", line=12, object=obj, container="app")),
        Finding("registry/ci-push", Status.PASS, "pushes", "registry", Location(path=".gitlab-ci.yml", line=4)),
    ]
    items = [
        ItemResult("dockerfile", "containerization", "Dockerfile created and optimized", Status.FAIL, True,
                   findings[:4], summary=HOSTILE),
        ItemResult("registry", "containerization", "Container pushed to a secure registry", Status.WARN, True,
                   findings[4:], summary="tag only"),
        ItemResult("code-review", "codebase", "Code reviewed", Status.MANUAL, False,
                   [Finding("code-review/none", Status.MANUAL, "no automated check yet", "code-review")],
                   manual_evidence="Link to the PR"),
        ItemResult("storage", "infrastructure", "Storage", Status.NA, True,
                   [Finding("storage/stateless", Status.NA, "stateless", "storage")], summary="stateless"),
    ]
    return Report("0.1.0", "/tmp/svc", "scan", "2026-01-01T00:00:00+00:00", 0.5, items,
                  Verdict(False, ["dockerfile: fail — " + HOSTILE], "fail"))


def test_sarif_of_synthetic_report_is_valid() -> None:
    sarif = json.loads(render(_report(), "sarif"))
    run = sarif["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["dockerfile/base-image-pinned", "dockerfile/non-root-user",
                                                     "dockerfile/exec-form", "registry/digest-pinned",
                                                     "code-review/none"]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "dir%20with%20space/Dockerfile"
    assert run["results"][2]["suppressions"][0]["kind"] == "external"
    # GitHub code scanning refuses a file with any result lacking an artifact URI.
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"])
    manual = run["results"][-1]["locations"][0]
    assert manual["physicalLocation"]["artifactLocation"]["uri"] == ".deploycheck.yaml"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"] == "dockerfile/hadolint skipped: hadolint not installed"
    if SARIF_SCHEMA.is_file():
        import jsonschema

        jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(sarif)


def test_junit_cases_per_check_and_target() -> None:
    root = ET.fromstring(render(_report(), "junit").encode())
    suites = {s.get("name"): s for s in root}
    docker = suites["dockerfile"]
    cases = {c.get("name"): c for c in docker.iter("testcase")}
    assert set(cases) == {"dockerfile/base-image-pinned dir with space/Dockerfile:3",
                          "dockerfile/non-root-user Dockerfile", "dockerfile/exec-form Dockerfile:9",
                          "dockerfile/hadolint"}
    assert all(c.get("classname") == "dockerfile" for c in cases.values())
    failure = cases["dockerfile/base-image-pinned dir with space/Dockerfile:3"].find("failure")
    assert failure is not None and failure.get("message") == HOSTILE and "fix: pin it" in (failure.text or "")
    assert cases["dockerfile/non-root-user Dockerfile"].find("error") is not None
    assert "suppressed (config: legacy image)" in cases["dockerfile/exec-form Dockerfile:9"].find("skipped").get(
        "message")
    assert cases["dockerfile/hadolint"].find("skipped") is not None
    assert (docker.get("tests"), docker.get("failures"), docker.get("errors"), docker.get("skipped")) == (
        "4", "1", "1", "2")
    # warn does not fail the suite unless the run fails on warnings
    registry = suites["registry"]
    assert registry.get("failures") == "0" and registry.find("testcase/system-out") is not None
    assert root.get("tests") == "8"


def test_junit_warn_fails_with_fail_on_warn() -> None:
    report = _report()
    report.verdict.fail_on = "warn"
    root = ET.fromstring(render(report, "junit").encode())
    registry = next(s for s in root if s.get("name") == "registry")
    assert registry.get("failures") == "1"


def test_junit_is_readable_by_junitparser() -> None:
    junitparser = pytest.importorskip("junitparser")
    xml = junitparser.JUnitXml.fromstring(render(_report(), "junit"))
    assert sum(suite.tests for suite in xml) == 8


def test_markdown_is_the_checklist_with_boxes_and_escaped_text() -> None:
    md = render(_report(), "markdown")
    lines = md.splitlines()
    assert lines[0] == "## ❌ deploycheck: NOT READY"
    assert "### Containerization" in lines and "### Codebase" in lines
    assert any(ln.startswith("- [ ] ❌ **Dockerfile created and optimized** (`dockerfile`, fail)") for ln in lines)
    assert any(ln.startswith("- [x] ⚪ **Storage**") for ln in lines)
    assert "  - attach: Link to the PR" in lines
    assert "<script>" not in md and "&lt;script" in md
    assert "[click](" not in md and "\\[click\\](https:\u200b//evil.example)" in md  # no link, no autolink
    assert "\\*\\*bold\\*\\*" in md and "\\|" in md
    # at most three findings under an item, suppressed ones left out
    block = md.split("**Dockerfile created and optimized**")[1].split("- [")[0]
    assert "dockerfile/exec-form" not in block and block.count("\n  - ") == 3


def test_html_is_standalone_escaped_and_collapsible() -> None:
    page = render(_report(), "html")
    # one script: the report's own filter (tests/test_html_report.py checks its CSP hash)
    assert page.lower().replace("&lt;script", "").count("<script") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for asset in ("<link", " src=", "@import", "url("):
        assert asset not in page
    assert page.count('<details class="item"') == 4 and page.count(" open>") == 3  # done items closed
    assert "<h2>Containerization</h2>" in page and "suppressed (config): legacy image" in page
    assert _unbalanced_tags(page) == []


def _unbalanced_tags(page: str) -> list[str]:
    """Open/close mismatches (void elements aside): escaped text must never open or close a tag."""
    from html.parser import HTMLParser

    class Balance(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []
            self.errors: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag not in ("meta", "br", "hr", "img", "input", "link"):
                self.stack.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if self.stack and self.stack[-1] == tag:
                self.stack.pop()
            else:
                self.errors.append(tag)

    parser = Balance()
    parser.feed(page)
    return parser.errors + parser.stack


def test_all_renderers_handle_a_real_scan(repo: Path) -> None:
    report = scan(repo).report
    for fmt in ALL_FORMATS:
        assert render(report, fmt)


def test_sarif_live_url_finding_is_anchored_with_its_url(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# svc\n")
    finding = Finding("smoke-tests/health", Status.FAIL, "GET /healthz answered 503", "smoke-tests",
                      Location(url="https://svc.example.com/healthz"))
    item = ItemResult("smoke-tests", "validation", "Smoke tests", Status.FAIL, True, [finding])
    report = Report("0.1.0", str(tmp_path), "verify", "2026-01-01T00:00:00+00:00", 1.0, [item],
                    Verdict(False, ["smoke-tests: fail"], "fail", "staging"))
    [result] = json.loads(render(report, "sarif"))["runs"][0]["results"]
    location = result["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "README.md"
    assert location["message"]["text"] == "no file location; checked at https://svc.example.com/healthz"


def test_json_text_is_what_json_dumps_indent_2_writes() -> None:
    """The JSON report is written with orjson for speed; its text stays json.dumps(indent=2)'s, byte for
    byte: non-ASCII (also outside the BMP) and control characters escaped, empty containers inline; what
    orjson refuses (an integer over 64 bits, a non-string key) still comes out."""
    from deploycheck.reports.json import dumps

    data = {"message": "ok — ≤ 20 ms 😀 \x00\x1b\x7f\t\n\"\\/ é", "n": [1, 2.5, 0.0001, -3, None, True, False],
            "nested": {"empty": {}, "none": [], "path": Path("/x/y")}, "tuple": ("a", 1)}
    assert dumps(data) == json.dumps(data, indent=2, default=str) + "\n"
    for refused in ({"big": 2**70}, {1: "int key"}):
        assert dumps(refused) == json.dumps(refused, indent=2, default=str) + "\n"
    # without DEL the ASCII codec escapes (its error handler), with DEL the regex does: both as json writes them
    for text in ({"del": "a\x7fb"}, {"plain": "container app: ok", "n": [1]},
                 {"message": "ok — ≤ 20 ms 😀 é \u2028 \x00\x1b", "k\u00e9y": ["—", "a\u0300"]}):
        assert dumps(text) == json.dumps(text, indent=2, default=str) + "\n"


def test_json_bytes_are_the_json_text_encoded() -> None:
    """A report written to a file is built as bytes (dumps_bytes: orjson's output, em dashes escaped by a bytes
    replace, other non-ASCII characters and DEL through the text path); they are dumps()'s text as UTF-8, byte for
    byte, whichever path a text takes."""
    from deploycheck.reports.json import dumps, dumps_bytes

    for data in ({"plain": "container app: ok", "n": [1, 2.5, None, True]}, {"dash": "a — b —— c—"},
                 {"dash": "a — b", "other": "≤ 20 ms é 😀 \u2028 \x00\x1b"}, {"del": "a — \x7fb"},
                 {"k—ey": ["—", "a\u0300", "\u2013\u2015"]}, {"big": 2**70, "m": "—"}, {1: "int key —"},
                 {"path": Path("/x/—"), "tuple": ("a", 1)}):
        assert dumps_bytes(data) == dumps(data).encode("utf-8")
        assert dumps_bytes(data) == (json.dumps(data, indent=2, default=str) + "\n").encode("utf-8")
