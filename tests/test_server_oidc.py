"""SSO for the web UI: a real `deploycheck serve` signs people in through a local OpenID Connect provider
(tests/servers/oidc.py, authorization code flow with PKCE) in real headless Chromium, and refuses forged
state and id_tokens signed with a key the provider does not publish."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from tests.server_fixtures import make_report
from tests.servers.postgres import free_port, wait_for_port
from tests.test_server_live import cli, serving
from tests.test_server_ui import ARGS, CHROMIUM

from deploycheck.server_client import upload

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.live
Site = tuple[str, dict[str, str]]


@contextmanager
def identity_provider(**knobs: str) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, **knobs, "PYTHONPATH": f"{REPO}:{REPO / 'src'}"}
    proc = subprocess.Popen([sys.executable, "-m", "tests.servers.oidc", str(port), "deploycheck", "s3cret",
                             "--groups", "alice@example.com=release-managers"], cwd=REPO, env=env)
    try:
        wait_for_port(port, proc, "local OIDC provider")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


@contextmanager
def sso_site(tmp_path: Path, **knobs: str) -> Iterator[Site]:
    with identity_provider(**knobs) as issuer:
        env = {**os.environ, "DEPLOYCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'sso.db'}",
               "PYTHONPATH": str(REPO / "src"), "DEPLOYCHECK_OIDC_ISSUER": issuer,
               "DEPLOYCHECK_OIDC_CLIENT_ID": "deploycheck", "DEPLOYCHECK_OIDC_CLIENT_SECRET": "s3cret",
               "DEPLOYCHECK_OIDC_ATTESTERS": "release-managers", "DEPLOYCHECK_SESSION_SECRET": "test-session-key"}
        tokens = {name: cli("serve", "token", "create", "--scopes", scopes, "--name", name, env=env)
                  .stdout.strip().splitlines()[-1] for name, scopes in (("ci", "upload"), ("root", "admin"))}
        port = free_port()
        with serving(env, port):
            url = f"http://127.0.0.1:{port}"
            assert upload(make_report(tag="v1.0.0", statuses={"rollback-plan": "manual"}), url,
                          token=tokens["ci"]).ok
            yield url, tokens


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    with sso_site(tmp_path) as value:
        yield value


class _Form(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "input" and a.get("type") == "hidden" and a.get("name"):
            self.fields[str(a["name"])] = a.get("value") or ""


def sign_in_without_a_browser(url: str, user: str) -> tuple[httpx.Client, httpx.Response]:
    """The same redirects a browser follows, step by step (for the refusals)."""
    client = httpx.Client(follow_redirects=False, timeout=30)
    start = client.get(f"{url}/login/oidc")
    assert start.status_code == 302, start.text
    form = client.get(start.headers["location"])
    parser = _Form()
    parser.feed(form.text)
    issuer = urlparse(start.headers["location"])
    back = client.post(f"{issuer.scheme}://{issuer.netloc}/authorize", data={**parser.fields, "username": user})
    assert back.status_code == 302 and back.headers["location"].startswith(f"{url}/login/oidc/callback")
    return client, client.get(back.headers["location"])


def audit(url: str, token: str) -> list[dict[str, object]]:
    request = urllib.request.Request(url + "/api/v1/audit", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request) as resp:
        return list(json.load(resp))


def test_sso_sign_in_and_sign_off_in_real_chromium(site: Site) -> None:
    if not Path(CHROMIUM).is_file():
        pytest.skip("Debian's chromium is not installed (scripts/test installs it)")
    from playwright.sync_api import sync_playwright

    url, tokens = site
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(url + "/services/orders")
        assert page.url.startswith(url + "/login")
        page.click("#sso")
        assert "Local IdP" in page.inner_text("h1")  # the provider's own login page
        page.fill("#username", "alice@example.com")
        page.click("button[type=submit]")
        assert page.url == url + "/services/orders", "back where the sign-in started"
        assert "alice@example.com (read,attest)" in page.inner_text("header")
        assert "rollback-plan: needs a sign-off" in page.inner_text("main")
        page.goto(url + "/attestations?service=orders&item=rollback-plan")
        page.fill("#evidence_url", "https://wiki.example.com/orders/rollback-drill")
        page.click("form.card button[type=submit]")
        assert "signed off rollback-plan of orders" in page.inner_text(".message")
        page.goto(url + "/services/orders")
        assert "rollback-plan: needs a sign-off" not in page.inner_text("main")

        page.click("header button")  # sign out: the SSO session ends too
        page.goto(url + "/")
        assert page.url.startswith(url + "/login")
        bob = browser.new_page()  # a new browser context: no cookies of alice's
        bob.goto(url + "/")
        bob.click("#sso")
        bob.fill("#username", "bob@example.com")
        bob.click("button[type=submit]")
        assert "bob@example.com (read)" in bob.inner_text("header")
        bob.goto(url + "/attestations")
        assert "no attest scope" in bob.inner_text("main") and bob.locator("form.card").count() == 0
        browser.close()
    entries = audit(url, tokens["root"])
    assert [e["actor"] for e in entries if e["action"] == "ui.login"] == ["bob@example.com", "alice@example.com"]
    assert any(e["action"] == "attestation.create" and e["actor"] == "alice@example.com" for e in entries)


def test_sso_session_is_for_the_ui_only_and_forged_state_is_refused(site: Site) -> None:
    url, _ = site
    client, done = sign_in_without_a_browser(url, "alice@example.com")
    assert done.status_code == 303 and done.headers["location"] == "/"
    assert client.get(f"{url}/").status_code == 200
    # The API wants tokens (CD systems have no browser); the SSO cookie is not one.
    assert client.get(f"{url}/api/v1/services").status_code == 401
    stranger = httpx.Client(follow_redirects=False, timeout=30)
    forged = stranger.get(f"{url}/login/oidc/callback", params={"code": "x", "state": "forged"})
    assert forged.status_code == 303 and "SSO+sign-in+failed" in forged.headers["location"]
    assert stranger.get(f"{url}/").headers["location"].startswith("/login")


def test_id_token_signed_with_an_unpublished_key_is_refused(tmp_path: Path) -> None:
    start: Callable[..., AbstractContextManager[Site]] = sso_site
    with start(tmp_path, OIDC_WRONG_KEY="1") as (url, _):
        client, done = sign_in_without_a_browser(url, "alice@example.com")
        assert done.status_code == 303
        error = parse_qs(urlparse(done.headers["location"]).query)["error"][0]
        assert error == "SSO sign-in failed: the identity provider's token was not valid"
        assert client.get(f"{url}/").headers["location"].startswith("/login")
