"""The HTML report: table of contents with counts, anchors, evidence as key/value lists, the fix once
per check, and the client-side filter, the last ones in real headless Chromium (Playwright driving
Debian's /usr/bin/chromium; `playwright install` is never used).

Screenshots of the not-ready example (the top of the page and a filtered view) are taken on every
run; with UPDATE_SCREENSHOTS=1 they are written to docs/screenshots/ for docs/reports.md.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from tests.example_repos import NOT_READY, copy_example
from tests.helpers import scan

from deploycheck.model import Finding, ItemResult, Location, ObjectRef, Report, Status, Suppression, Verdict
from deploycheck.reports import render

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
FIX = "Pin each FROM to a version tag plus digest: `FROM python:3.12-slim@sha256:...`."


def _report() -> Report:
    obj = ObjectRef(kind="Deployment", name="web", namespace="shop")
    pinned = [Finding("dockerfile/base-image-pinned", Status.FAIL, f"base image {image} is not pinned", "dockerfile",
                      Location(path=f"{d}/Dockerfile", line=1), {"image": image, "stage": {"index": 0, "name": None}},
                      FIX) for d, image in (("api", "python:latest"), ("worker", "python:3"), ("cron", "node"))]
    findings = [
        *pinned,
        Finding("dockerfile/exec-form", Status.WARN, "shell form", "dockerfile",
                Location(path="api/Dockerfile", line=9),
                remediation="use the exec form",
                suppressed=Suppression("config", "legacy image", source=".deploycheck.yaml:4")),
        Finding("resource-limits/memory-limit", Status.FAIL, "no memory limit", "resource-limits",
                Location(path="k8s/d.yaml", line=12, object=obj, container="app"),
                {"containers": ["app", "sidecar"], "limits": {}, "requests": {"cpu": "100m", "memory": None}},
                "set resources.limits.memory"),
        Finding("resource-limits/cpu-request", Status.PASS, "requests set", "resource-limits",
                Location(object=obj, container="app")),
        Finding("storage/stateless", Status.NA, "stateless", "storage"),
    ]
    items = [
        ItemResult("dockerfile", "containerization", "Dockerfile created and optimized", Status.FAIL, True,
                   findings[:4], summary="3 base images not pinned"),
        ItemResult("resource-limits", "kubernetes", "CPU and memory limits", Status.FAIL, True, findings[4:6],
                   summary="no memory limit"),
        ItemResult("storage", "infrastructure", "Storage", Status.NA, True, findings[6:], summary="stateless"),
    ]
    return Report("0.1.0", "/tmp/svc", "scan", "2026-01-01T00:00:00+00:00", 0.5, items,
                  Verdict(False, ["dockerfile: fail — 3 base images", "resource-limits: fail — no limit"], "fail"))


class _Page(HTMLParser):
    """Ids, links, inline scripts and the CSP of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.scripts: list[str] = []
        self.csp = ""
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append((a["href"] or "")[1:])
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a.get("content") or ""
        self._in_script = tag == "script"
        if tag == "script":
            assert "src" not in a, "external script"
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def test_toc_counts_anchors_and_links_resolve() -> None:
    page = render(_report(), "html")
    parsed = _parse(page)
    assert len(parsed.ids) == len(set(parsed.ids)), "duplicate anchors"
    for anchor in ("item-dockerfile", "item-resource-limits", "check-dockerfile/base-image-pinned",
                   "check-resource-limits/memory-limit", "section-kubernetes"):
        assert anchor in parsed.ids
    assert parsed.links and set(parsed.links) <= set(parsed.ids), set(parsed.links) - set(parsed.ids)
    toc = page.split('<nav class="toc"', 1)[1].split("</nav>", 1)[0]
    # each section with its items' counts per status
    assert re.search(r"Kubernetes</a><span class=\"count\"[^>]*>1 fail</span>", toc)
    assert re.search(r"Infrastructure</a><span class=\"count\"[^>]*>1 n/a</span>", toc)
    assert toc.count("<li>") == 3 and 'href="#item-storage"' in toc


def test_fix_is_shown_once_per_check_and_evidence_is_a_key_value_list() -> None:
    page = render(_report(), "html")
    block = page.split('id="check-dockerfile/base-image-pinned"', 1)[1].split('class="check"', 1)[0]
    assert block.count("Pin each FROM") == 1  # three findings, one fix
    assert "<code>FROM python:3.12-slim@sha256:...</code>" in block  # backticks as code, text escaped
    assert block.count("<tr") == 3 and "3 findings" in block
    # evidence: <dl> of keys and values, nested mappings nested, no JSON punctuation
    assert "<dt>image</dt><dd>python:latest</dd>" in block
    assert ('<dt>stage</dt><dd><dl class="ev"><dt>index</dt><dd><code>0</code></dd>'
            "<dt>name</dt><dd><code>null</code>") in block
    limits = page.split('id="check-resource-limits/memory-limit"', 1)[1]
    assert "<dt>containers</dt><dd>app, sidecar</dd>" in limits and "<dt>limits</dt><dd><span class=\"muted\">none" \
        in limits
    assert '{"' not in page and '": "' not in page
    # a suppressed finding says why and contributes no fix
    assert "suppressed (config): legacy image" in page and "use the exec form" not in page


def test_evidence_is_bounded() -> None:
    report = _report()
    report.items[0].findings[0].evidence = {"files": [f"f{i}.py" for i in range(50)], "text": "x" * 5000,
                                            "deep": {"a": {"b": {"c": {"d": {"e": 1}}}}}}
    page = render(report, "html")
    assert "+38 more" in page and "(+4600 characters)" in page and "1 more keys" in page
    assert "x" * 401 not in page


def test_only_the_hashed_inline_script_and_no_external_assets() -> None:
    page = render(_report(), "html")
    parsed = _parse(page)
    assert len(parsed.scripts) == 1
    digest = base64.b64encode(hashlib.sha256(parsed.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in parsed.csp and "default-src 'none'" in parsed.csp
    for asset in ("<link", " src=", "@import", "url(", "http://", "https://"):
        assert asset not in page


def test_hostile_text_cannot_add_a_script() -> None:
    report = _report()
    evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    report.items[0].findings[0].message = evil
    report.items[0].findings[0].evidence = {evil: evil}
    report.items[0].summary = evil
    page = render(report, "html")
    assert len(_parse(page).scripts) == 1 and "<img" not in page and "&lt;script&gt;" in page


# --- in real Chromium --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).is_file():
        pytest.skip("Debian's chromium is not installed (scripts/test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def not_ready_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("html")
    report = scan(copy_example(NOT_READY, tmp / "items")).report
    report.target = "examples/not-ready-service"  # what the screenshots in the docs show
    path = tmp / "report.html"
    path.write_text(render(report, "html"), encoding="utf-8")
    return path


def _open(browser: Any, path: Path, width: int = 1280, fragment: str = "") -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(f"request {r.url}") if not r.url.startswith("file:") else None)
    page.goto(path.as_uri() + fragment)
    return page, problems


def _visible_items(page: Any) -> list[dict[str, str]]:
    result: list[dict[str, str]] = page.eval_on_selector_all(
        "details.item", "els => els.filter(e => e.offsetParent !== null)"
                        ".map(e => ({id: e.id, status: e.dataset.status, section: e.dataset.section}))")
    return result


def _shot(page: Any, name: str, tmp: Path) -> Path:
    folder = SHOTS if os.environ.get("UPDATE_SCREENSHOTS") else tmp
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    return path


def test_filter_by_status_section_and_text_in_chromium(browser: Any, not_ready_page: Path, tmp_path: Path) -> None:
    page, problems = _open(browser, not_ready_page)
    assert page.is_visible("#filters")  # shown by the script (hidden without JavaScript)
    total = len(_visible_items(page))
    assert total == 33 and page.inner_text("#f-shown") == "33 of 33 items shown"
    _shot(page, "html-report-top", tmp_path)

    page.select_option("#f-status", "fail")
    fails = _visible_items(page)
    assert fails and all(i["status"] == "fail" for i in fails) and len(fails) < total
    assert page.inner_text("#f-shown") == f"{len(fails)} of 33 items shown"

    page.select_option("#f-section", "containerization")
    assert {i["id"] for i in _visible_items(page)} == {"item-dockerfile", "item-registry"}
    # a section with nothing left is hidden with its heading
    assert not page.is_visible("#section-codebase h2") and page.is_visible("#section-containerization h2")

    page.select_option("#f-section", "")
    page.fill("#f-text", "dockerfile/no-secrets")
    assert [i["id"] for i in _visible_items(page)] == ["item-dockerfile"]
    # inside the item only the matching check stays, and the item is open
    checks = page.eval_on_selector_all("#item-dockerfile .check", "els => els.filter(e => e.offsetParent !== null)"
                                                                  ".map(e => e.dataset.check)")
    assert checks == ["dockerfile/no-secrets"]
    page.eval_on_selector("#filters", "e => e.scrollIntoView()")
    _shot(page, "html-report-filtered", tmp_path)

    page.fill("#f-text", "")
    page.select_option("#f-status", "")
    assert len(_visible_items(page)) == 33
    assert problems == []  # no CSP violation (the script's hash matches), no script error, no request


def test_anchor_opens_a_closed_item_in_chromium(browser: Any, not_ready_page: Path) -> None:
    page, problems = _open(browser, not_ready_page)
    closed = page.eval_on_selector_all("details.item:not([open]) .check", "els => els.map(e => e.id)")
    assert closed, "the not-ready example has a passing item"
    target = closed[0]
    page.goto(not_ready_page.as_uri() + "#" + target)
    page.wait_for_function("id => document.getElementById(id).closest('details').open", arg=target)
    assert page.is_visible(f"[id='{target}']")
    top = page.eval_on_selector(f"[id='{target}']", "e => e.getBoundingClientRect().top")
    bar = page.eval_on_selector("#filters", "e => e.getBoundingClientRect().bottom")
    assert bar <= top < 900  # scrolled into view, not under the sticky filter bar
    assert problems == []


def test_check_ids_never_wrap_mid_word_in_chromium(browser: Any, not_ready_page: Path) -> None:
    page, _ = _open(browser, not_ready_page, width=420)
    wrapped = page.eval_on_selector_all(
        ".cid", "els => els.filter(e => e.offsetParent !== null && e.getClientRects().length > 1)"
                ".map(e => e.textContent)")
    assert wrapped == []
    assert page.eval_on_selector_all(".cid", "els => els.filter(e => e.offsetParent !== null).length") > 40
