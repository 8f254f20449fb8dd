"""Feature flags (flagd file + FEATURE_* overrides) and settings parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.flags import Flags
from app.settings import _sqlalchemy_url, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_flags_file_defaults_inventory_check_off(monkeypatch) -> None:
    monkeypatch.delenv("FEATURE_INVENTORY_CHECK", raising=False)
    assert Flags(ROOT / "flags.json").enabled("inventory-check") is False


def test_every_shipped_flag_has_description_owner_and_expiry() -> None:
    flags = json.loads((ROOT / "flags.json").read_text())["flags"]
    for name, spec in flags.items():
        assert {"description", "owner", "expiry"} <= set(spec["metadata"]), name


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("1", True), ("off", False), ("no", False)])
def test_env_var_overrides_the_file(monkeypatch, value, expected) -> None:
    monkeypatch.setenv("FEATURE_INVENTORY_CHECK", value)
    assert Flags(ROOT / "flags.json").enabled("inventory-check") is expected


def test_missing_flags_file_means_all_off(tmp_path) -> None:
    assert Flags(tmp_path / "absent.json").enabled("inventory-check") is False


def test_enabled_default_variant(tmp_path) -> None:
    path = tmp_path / "flags.json"
    path.write_text(json.dumps({"flags": {"x": {"state": "ENABLED", "variants": {"on": True, "off": False},
                                                "defaultVariant": "on"}}}))
    assert Flags(path).enabled("x") is True


def test_plain_postgres_urls_get_the_psycopg_driver() -> None:
    assert _sqlalchemy_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _sqlalchemy_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _sqlalchemy_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_settings_require_database_url(monkeypatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(KeyError, match="DATABASE_URL"):
        load_settings()


def test_settings_defaults(monkeypatch) -> None:
    for name, value in {"DATABASE_URL": "postgresql://u@h/db", "OIDC_ISSUER": "https://i",
                        "OIDC_AUDIENCE": "a", "JWKS_URL": "https://i/jwks"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("LOG_LEVEL", raising=False)
    settings = load_settings()
    assert settings.log_level == "INFO"
    assert settings.inventory_timeout_s == 2.0
