"""Rules and mends the lead made on 2026-11-30 (s7)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status


def test_a_value_a_hostile_doc_claims_as_a_secret_name_is_never_printed(tmp_path: Path) -> None:
    """The repository writes both sides of the "names a documented Secret" rule: a real credential that happens to be
    a valid object name, and a made-up `kubectl create secret` line with it. The pass may say the key names a Secret,
    but no message or evidence of the scan may print the value."""
    value = "prod-db-pw-7f3k9q2m8x"
    write(tmp_path, {
        "chart/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 0.1.0\n",
        "chart/values.yaml": f"database:\n  password: {value}\n",
        "docs/install.md": f"```\nkubectl create secret generic {value} --from-literal=x=y\n```\n",
    })
    result = scan(tmp_path, only=("sensitive-config/helm-values", "sensitive-config/secret-scan"))
    values = findings(result, "sensitive-config/helm-values")
    assert any(f.status is Status.PASS and "database.password names the Secret" in f.message for f in values), \
        [f.message for f in values]
    dumped = json.dumps([[f.message, f.evidence] for f in result.findings], default=str)
    assert value not in dumped, dumped
