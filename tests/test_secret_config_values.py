"""sensitive-config/kubernetes-secrets: a Secret holding configuration whose credential fields are empty commits no
credential; one credential in it, or a scalar entry, still fails."""

from __future__ import annotations

import base64
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

CHECK = "sensitive-config/kubernetes-secrets"

# policy-reporter's manifests/policy-reporter-kyverno-ui-ha/install.yaml: the kyverno plugin's config.yaml (decoded,
# shortened) and the UI's cluster Secret.
PLUGIN_CONFIG = """\
leaderElection:
  enabled: true
  lockName: kyverno-plugin

server:
  basicAuth:
    username:
    password:
    secretRef:

core:
  host: http://policy-reporter:8080
"""
UI_CONFIG = """\
openIDConnect:
    callbackUrl: ""
    clientId: ""
    clientSecret: ""
    enabled: false
    scopes: []
"""


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _secret(name: str, data: dict[str, str]) -> str:
    lines = "".join(f"  {k}: {_b64(v)}\n" for k, v in data.items())
    return (f"---\n# Source: policy-reporter/templates/secret.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n"
            f"  name: {name}\n  namespace: policy-reporter\ntype: Opaque\ndata:\n{lines}")


def _statuses(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(CHECK,)), CHECK)]


def test_config_with_empty_credential_fields_and_a_service_address_pass(tmp_path: Path) -> None:
    bundle = (_secret("policy-reporter-kyverno-plugin-config", {"config.yaml": PLUGIN_CONFIG})
              + _secret("policy-reporter-ui-config", {"config.yaml": UI_CONFIG})
              + _secret("policy-reporter-ui-default-cluster", {
                  "host": "http://policy-reporter:8080",
                  "plugin.kyverno": '{"host":"http://policy-reporter-kyverno-plugin:8080", "name":"kyverno", '
                                    '"username":"", "password":""}'}))
    assert _statuses(write(tmp_path, {"manifests/install.yaml": bundle})) == [Status.PASS] * 3


def test_one_credential_in_the_config_or_a_scalar_entry_fails(tmp_path: Path) -> None:
    bundle = (_secret("a", {"config.yaml": PLUGIN_CONFIG.replace("    password:\n", "    password: s3cr3t-Pw\n")})
              + _secret("b", {"db": "hunter2"})
              + _secret("c", {"host": "https://admin:pa55word@policy-reporter:8080"})
              + _secret("d", {"config.yaml": "slack:\n  webhook: https://hooks.slack.com/services/T0000/B0000/"
                                              "XXXXaaaaBBBB1111cccc2222\n"}))
    assert _statuses(write(tmp_path, {"manifests/install.yaml": bundle})) == [Status.FAIL] * 4
