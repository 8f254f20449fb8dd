"""auth-protocols/live-audience against the test service, which is also its own OIDC issuer (discovery and
JWKS, as in test_oidc_live): a token for the configured audience must be accepted, a token the same issuer
signed for another audience refused; a service that skips the audience check (DC_SKIP_AUDIENCE) fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan
from tests.live.conftest import AUDIENCE, Keys, StartApp
from tests.live.repo import write_repo
from tests.live.servers import Server

from deploycheck.model import Finding, Status

pytestmark = pytest.mark.live

CHECK = "auth-protocols/live-audience"


def audience_findings(root: Path, server: Server, **targets: str) -> list[Finding]:
    return findings(scan(root, only=(CHECK,), mode="verify", targets={"url": server.url, **targets}), CHECK)


def configured(tmp_path: Path, server: Server, **auth: Any) -> Path:
    return write_repo(tmp_path, {"auth": {"issuer": server.url, "audience": AUDIENCE,
                                          "other_audience_token_env": "DC_OTHER_AUD_TOKEN", **auth}})


def test_own_audience_accepted_and_another_refused(tmp_path: Path, app_server: Server, keys: Keys,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DC_OWN_TOKEN", keys.token(app_server.url))
    monkeypatch.setenv("DC_OTHER_AUD_TOKEN", keys.token(app_server.url, aud="billing-service"))
    got = audience_findings(configured(tmp_path, app_server), app_server, token_env="DC_OWN_TOKEN")
    assert [f.check_id for f in got] == [CHECK, CHECK]
    assert [f.status for f in got] == [Status.PASS, Status.PASS], [f.message for f in got]
    assert f"accepts a token for its audience '{AUDIENCE}' (200)" in got[0].message
    assert "refuses a token for another audience (billing-service)" in got[1].message and "(401)" in got[1].message
    assert all("eyJ" not in str(f.to_dict()) for f in got)  # tokens never appear


def test_a_service_ignoring_the_audience_fails(tmp_path: Path, start_app: StartApp, keys: Keys,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    lax = start_app(DC_SKIP_AUDIENCE="1")
    monkeypatch.setenv("DC_OWN_TOKEN", keys.token(lax.url))
    monkeypatch.setenv("DC_OTHER_AUD_TOKEN", keys.token(lax.url, aud="billing-service"))
    got = audience_findings(configured(tmp_path, lax), lax, token_env="DC_OWN_TOKEN")
    assert [f.check_id for f in got] == [CHECK, CHECK]
    assert got[0].status is Status.PASS
    assert got[1].status is Status.FAIL and "does not check the token's audience" in got[1].message
    assert "accepts a token for another audience (billing-service)" in got[1].message


def test_an_other_audience_token_that_does_not_verify_is_not_evidence(tmp_path: Path, app_server: Server,
                                                                      keys: Keys,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Signed by an unpublished key, the service would refuse it whatever it does with the audience."""
    stranger = Keys(tmp_path)
    monkeypatch.setenv("DC_OWN_TOKEN", keys.token(app_server.url))
    monkeypatch.setenv("DC_OTHER_AUD_TOKEN", stranger.token(app_server.url, aud="billing-service"))
    got = audience_findings(configured(tmp_path / "repo", app_server), app_server, token_env="DC_OWN_TOKEN")
    assert got[1].status is Status.ERROR and "does not verify against the issuer" in got[1].message
    # An expired token is not evidence either.
    monkeypatch.setenv("DC_OTHER_AUD_TOKEN", keys.token(app_server.url, aud="billing-service", exp=1))
    got = audience_findings(configured(tmp_path / "repo", app_server), app_server, token_env="DC_OWN_TOKEN")
    assert got[1].status is Status.ERROR and "expired" in got[1].message


def test_wrong_own_token_and_missing_inputs(tmp_path: Path, app_server: Server, keys: Keys,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    root = configured(tmp_path, app_server)
    monkeypatch.setenv("DC_OWN_TOKEN", keys.token(app_server.url, aud="billing-service"))
    monkeypatch.setenv("DC_OTHER_AUD_TOKEN", keys.token(app_server.url, aud="billing-service"))
    got = audience_findings(root, app_server, token_env="DC_OWN_TOKEN")
    assert got[0].check_id == CHECK and got[0].status is Status.FAIL and "not the configured audience" in got[0].message
    [f] = audience_findings(root, app_server)  # no token_env
    assert f.status is Status.SKIPPED and "token_env" in f.message
    monkeypatch.setenv("DC_OWN_TOKEN", keys.token(app_server.url))
    root = write_repo(tmp_path / "no-other", {"auth": {"issuer": app_server.url, "audience": AUDIENCE}})
    got = audience_findings(root, app_server, token_env="DC_OWN_TOKEN")
    assert [f.status for f in got] == [Status.PASS, Status.SKIPPED]
    assert "other_audience_token_env" in got[1].message
    [f] = audience_findings(write_repo(tmp_path / "no-aud"), app_server, token_env="DC_OWN_TOKEN")
    assert f.status is Status.SKIPPED and "auth.audience" in f.message
