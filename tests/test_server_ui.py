"""The web UI in real headless Chromium (Playwright driving Debian's /usr/bin/chromium) against a real
`deploycheck serve`: sign-in, fleet heatmap with filters, service page, run detail, the sign-off form.
Screenshots of each page go to docs/screenshots/ (UPDATE_SCREENSHOTS=1) for the docs."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.server_fixtures import make_report
from tests.servers.postgres import free_port
from tests.test_server_live import cli, serving

from deploycheck.server_client import upload

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
pytestmark = pytest.mark.live
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    if not Path(CHROMIUM).is_file():
        pytest.skip("Debian's chromium is not installed (scripts/test installs it)")
    env = {**os.environ, "DEPLOYCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'ui.db'}",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    tokens = {name: cli("serve", "token", "create", "--scopes", scopes, "--name", name, env=env)
              .stdout.strip().splitlines()[-1]
              for name, scopes in (("ci", "upload"), ("viewer", "read"), ("alice", "read,attest"))}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with serving(env, port):
        fleet = [("orders", "shop", {"rollback-plan": "manual"}), ("payments", "shop", {"unit-tests": "fail"}),
                 ("search", "discovery", {"api-docs": "warn"}), ("catalog", "discovery", {})]
        for round_ in range(3):
            for service, team, statuses in fleet:
                report = make_report(service=service, tag=f"v1.{round_}.0",
                                     statuses=statuses if round_ == 2 else {"health-probes": "fail"} if round_ == 0
                                     else {})
                report["team"] = team
                assert upload(report, url, token=tokens["ci"]).ok
        soon = (dt.datetime.now(dt.UTC) + dt.timedelta(days=5)).isoformat()
        body = json.dumps({"service": "search", "item": "api-docs", "environment": "production",
                           "expires_at": soon, "evidence_url": "https://wiki.example.com/search/api-review"}).encode()
        request = urllib.request.Request(url + "/api/v1/attestations", data=body, method="POST", headers={
            "Authorization": f"Bearer {tokens['alice']}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request) as resp:
            assert resp.status == 201
        verify = make_report(service="orders", tag="v1.2.0", environment="staging",
                             statuses={"rollback-plan": "manual"})
        verify["team"] = "shop"
        assert upload(verify, url, token=tokens["ci"]).ok
        yield url, tokens


def _shot(page: Any, name: str) -> None:
    if os.environ.get("UPDATE_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_pages_in_real_chromium(site: tuple[str, dict[str, str]]) -> None:
    from playwright.sync_api import sync_playwright

    url, tokens = site
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url + "/")
        assert page.url.startswith(url + "/login")
        page.fill("#token", "dct_wrong")
        page.click("button[type=submit]")
        assert "unknown token" in page.inner_text("main")
        page.fill("#token", tokens["alice"])
        page.click("button[type=submit]")
        assert page.url == url + "/"
        cells = page.locator("table.heat td.cell")
        assert cells.count() == 4 * 33
        assert page.locator("table.heat td.cell.s-fail").count() == 1  # payments/tests
        assert page.locator("td.cell[title='unit-tests: fail']").count() == 1
        _shot(page, "fleet")
        page.select_option("select[name=team]", "discovery")
        page.click("text=Filter")
        assert sorted(page.locator("table.heat td a[href^='/services/']").all_inner_texts()) == ["catalog", "search"]
        page.goto(url + "/?environment=staging")
        assert page.locator("table.heat td a[href^='/services/']").all_inner_texts() == ["orders"]

        page.goto(url + "/services/orders")
        text = page.inner_text("main")
        assert "rollback-plan: needs a sign-off" in text
        assert page.locator(".trend").first.locator("span").count() == 4  # 3 scans + the staging verify
        _shot(page, "service")

        page.click("a[href^='/runs/']")
        assert "Run #" in page.inner_text("h1")
        page.goto(url + "/runs/10")  # round 3, payments
        assert "unit-tests is fail" in page.inner_text("main") and "fix: fix it" in page.inner_text("main")
        _shot(page, "run")

        page.goto(url + "/attestations?service=orders&item=rollback-plan")
        page.fill("#environment", "staging")
        page.fill("#version", "v1.2.*")
        page.fill("#evidence_url", "https://wiki.example.com/orders/rollback-drill")
        page.fill("#expires", "2099-01-01")
        page.click("form.card button[type=submit]")
        assert "signed off rollback-plan of orders" in page.inner_text(".message")
        assert "rollback-drill" in page.inner_html("main")
        expiring = page.locator("table").first.inner_text()
        assert "search" in expiring and "api-docs" in expiring
        _shot(page, "attestations")
        page.goto(url + "/services/orders")
        staging = page.locator("tr", has_text="staging").first.inner_text()
        assert "go" in staging and "no-go" not in staging and "pending" not in staging

        viewer = browser.new_page()
        viewer.goto(url + "/login")
        viewer.fill("#token", tokens["viewer"])
        viewer.click("button[type=submit]")
        viewer.goto(url + "/attestations")
        assert "no attest scope" in viewer.inner_text("main") and viewer.locator("form.card").count() == 0
        browser.close()
