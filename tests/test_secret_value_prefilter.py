"""secret_kind_of_value's prefilter: detect-secrets' value-plugin patterns, copied into
src/deploycheck/data/detect_secrets_value_patterns.json so that a manifest-only scan does not import the library
(and requests) for env values no plugin can report. The copy must be the installed library's, and the answer must
be the same with and without the prefilter.

Regenerate the copy after a detect-secrets upgrade: python tests/test_secret_value_prefilter.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from deploycheck.sources import secrets
from deploycheck.sources.secrets import _VALUE_PATTERNS, secret_kind_of_value

COMMENT = ["detect-secrets' value plugins' patterns (sources/secrets.py, _value_prefilter): a value none",
           "of them finds, and not made wholly of the high-entropy plugin's charset with enough distinct characters,",
           "is no secret to detect-secrets, so it is dismissed without importing the library. Generated from the",
           "installed library by python tests/test_secret_value_prefilter.py; the test there fails when they differ."]


def installed_copy() -> dict[str, Any]:
    import detect_secrets.__version__

    plugins = secrets._value_plugins()
    entropy = [p for p in plugins if hasattr(p, "entropy_limit")]
    assert len(entropy) == 1, "one high-entropy plugin (base64) is what _plugins_may_find reasons about"
    assert all(hasattr(p, "denylist") for p in plugins if p not in entropy), \
        "every other plugin must be a regex plugin: its analyze_string only yields matches of its denylist"
    return {"_comment": COMMENT, "detect_secrets": detect_secrets.__version__.VERSION,
            "patterns": [[type(p).__name__, r.pattern, r.flags]
                         for p in plugins if p not in entropy for r in p.denylist],
            "entropy_charset": entropy[0].charset, "entropy_limit": entropy[0].entropy_limit}


def test_the_copy_is_the_installed_librarys() -> None:
    assert json.loads(_VALUE_PATTERNS.read_text(encoding="utf-8")) == installed_copy(), \
        "detect-secrets changed: regenerate with python tests/test_secret_value_prefilter.py"
    assert secrets._value_prefilter() is not None  # and the version check accepts it


# Every plugin's kind of token, the high-entropy and near-miss cases, and what manifests hold (addresses, paths,
# placeholders): the answer is the library's, with or without the prefilter.
TOKENS = [
    "AKCp5budTFpbypBqQbGJPz3pGCi28pPivfWczqjfYb9drAmd9LbRZbj6UpKFxJXA8ksWGc9fM",  # Artifactory
    "AKIAIOSFODNN7EXAMPLQ", "ASIAY34FZKBOKMUTVV7A",  # AWS
    "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + "a1B2" * 22,  # Azure
    "https://user:" + "ab12" * 16 + "@host.cloudant.com",  # Cloudant
    "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs",  # Discord
    "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", "glpat-aB3dE5fG7hI9jK1lM3nO5p",  # GitHub, GitLab
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",  # JWT
    "eyJub3Rqc29u.eyJub3Rqc29u",  # not a JWT: the plugin's own check refuses it
    "0123456789abcdef0123456789abcdef-us12",  # Mailchimp
    "//registry.npmjs.org/:_authToken=npm_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3",  # npm
    "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",  # OpenAI (detect-secrets' format)
    "-----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEA",  # private key
    "pypi-AgEIcHlwaS5vcmc" + "aB3dE5fG7h" * 7,  # PyPI
    "SG.aB3dE5fG7hI9jK1lM3nO5p.aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9d",  # SendGrid
    "xoxb-123456789012-abcdefghij", "https://hooks.slack.com/services/T0001/B0002/XXXXYYYYZZZZ",  # Slack
    "sq0csp-" + "aB3dE5fG7h" * 4 + "aB3",  # Square
    "sk_live_" + "aB3dE5fG7hI9jK1lM3nO5pQ7",  # Stripe
    "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",  # Telegram
    "AC" + "a1b2c3d4" * 4, "SK" + "a1b2c3d4" * 4,  # Twilio
    "Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6Qe1Lp0", "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3",  # high entropy
    "abcdefghijklmnopqrstuvw0", "abcdefghijklmnopqrstuv00",  # 23 and 22 distinct characters, low entropy
    "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW", "postgresql://orders:Xk29vLmq7TzQ@db:5432/orders",  # ours
    "productcatalogservice:3550", "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt", "ALLOYDB_SECRET_NAME_VAL",
    "http://otel-collector:4317", "grafana-clock-panel,grafana-piechart-panel", "google/gemma-3-1b-it",
    "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4", "cassandra-0.cassandra.default.svc.cluster.local",
    "io.k8s.cassandra.KubernetesSeedProvider", "/usr/local/nvidia/lib64:/usr/local/cuda/lib64",
]


def test_the_prefilter_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    with_prefilter = {value: secret_kind_of_value(value) for value in TOKENS}
    monkeypatch.setattr(secrets, "_value_prefilter", lambda: None)
    without = {value: secret_kind_of_value(value) for value in TOKENS}
    assert with_prefilter == without
    kinds = set(without.values())
    assert len(kinds) >= 15, kinds  # the examples do reach most plugins, so the comparison means something
    assert secret_kind_of_value("ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5") == "GitHub Token"


def test_each_copied_pattern_is_needed_by_its_example(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern copied wrong would dismiss its tokens: every token the library names by a regex plugin passes the
    prefilter through a pattern, not through the high-entropy charset rule."""
    prefilter = secrets._value_prefilter()
    assert prefilter is not None
    patterns = prefilter[0]
    for value in TOKENS:
        kind = secret_kind_of_value(value)
        if kind and "High Entropy" not in kind and kind not in {"Google API Key", "Password in a connection string"}:
            assert any(p.search(value.strip()) for p in patterns), (value, kind)


def test_plain_values_do_not_import_detect_secrets() -> None:
    code = ("import sys; from deploycheck.sources.secrets import secret_kind_of_value as k\n"
            "values = ('productcatalogservice:3550', 'http://otel-collector:4317/v1/traces')\n"
            "assert [k(v) for v in values] == [None, None]\n"
            "assert 'detect_secrets' not in sys.modules and 'requests' not in sys.modules\n"
            "assert k('ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5') == 'GitHub Token'\n"
            "assert 'detect_secrets' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_another_detect_secrets_version_asks_the_library_for_every_value(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    copy = json.loads(_VALUE_PATTERNS.read_text(encoding="utf-8"))
    copy["detect_secrets"] = "0.0.1"
    other = tmp_path / "patterns.json"
    other.write_text(json.dumps(copy), encoding="utf-8")
    monkeypatch.setattr(secrets, "_VALUE_PATTERNS", other)
    secrets._value_prefilter.cache_clear()
    try:
        assert secrets._value_prefilter() is None
        assert secrets._plugins_may_find("productcatalogservice:3550")
    finally:
        secrets._value_prefilter.cache_clear()


def test_embedded_passwords_in_urls_and_connection_strings() -> None:
    """sensitive-config/configmaps reads config files whole: the URL pattern runs only where `://` is."""
    assert secrets.embedded_password("amqp://app:Xk29vLmq@mq:5672/") == "Xk29vLmq"
    assert secrets.embedded_password("url = 'postgresql://u:Xk29vLmq@db/app'\nother = 1") == "Xk29vLmq"
    assert secrets.embedded_password("Server=db;User Id=sa;Password=Xk29vLmq;") == "Xk29vLmq"
    assert secrets.embedded_password("http://mq:5672/ app:Xk29vLmq@mq") is None
    assert secrets.embedded_password("app:Xk29vLmq@mq:5672 ${PASSWORD}") is None


if __name__ == "__main__":
    _VALUE_PATTERNS.write_text(json.dumps(installed_copy(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {_VALUE_PATTERNS}")
