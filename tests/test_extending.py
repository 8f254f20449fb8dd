"""Extending deploycheck: declarative checks in the config, Python plugins, suppressions that explain."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.checks import registry
from deploycheck.model import Status

POD = """\
apiVersion: v1
kind: Pod
metadata: {{name: {name}, labels: {labels}}}
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0
"""

CONFIG = """\
custom_checks:
  - id: manifests/team-label
    item: manifests
    title: Every object names its owning team
    target: object
    kinds: [Pod]
    message: objects must carry a `team` label
    severity: high
    remediation: add metadata.labels.team
    schema:
      type: object
      required: [metadata]
      properties:
        metadata:
          type: object
          required: [labels]
          properties:
            labels: {type: object, required: [team]}
"""


def test_declarative_check_from_config(tmp_path: Path) -> None:
    write(tmp_path, {".deploycheck.yaml": CONFIG,
                     "k8s/good.yaml": POD.format(name="good", labels="{team: payments}"),
                     "k8s/bad.yaml": POD.format(name="bad", labels="{app: x}")})
    result = scan(tmp_path, only=("manifests/team-label",))
    [bad] = findings(result, "manifests/team-label", Status.FAIL)
    assert bad.location is not None and bad.location.path == "k8s/bad.yaml"
    assert "team" in bad.message and bad.remediation == "add metadata.labels.team"
    assert [f.location.path for f in findings(result, "manifests/team-label", Status.PASS)
            if f.location] == ["k8s/good.yaml"]


def test_config_checks_belong_to_their_run_only(tmp_path: Path) -> None:
    """A long-lived process (the server, an in-process fleet run) must not carry one repository's
    declarative checks into the scan of the next."""
    from deploycheck.config import load_config
    from deploycheck.engine import known_selectors

    write(tmp_path / "a", {".deploycheck.yaml": CONFIG, "k8s/bad.yaml": POD.format(name="bad", labels="{app: x}")})
    write(tmp_path / "b", {"k8s/bad.yaml": POD.format(name="bad", labels="{app: x}")})
    assert findings(scan(tmp_path / "a"), "manifests/team-label", Status.FAIL)
    assert not findings(scan(tmp_path / "b"), "manifests/team-label")
    assert "manifests/team-label" not in known_selectors(load_config(tmp_path / "b"))[0]
    assert "manifests/team-label" not in registry.all_checks()


def test_invalid_declarative_check_is_a_config_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from deploycheck.cli import main

    write(tmp_path, {".deploycheck.yaml": CONFIG.replace("target: object", "target: galaxy")})
    assert main(["scan", str(tmp_path)]) == 2
    assert "custom_checks.0.target" in capsys.readouterr().err


def test_python_plugin_through_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plugin package installed with a `deploycheck.checks` entry point registers its checks on load."""
    site = tmp_path / "site"
    (site / "acme_checks").mkdir(parents=True)
    (site / "acme_checks" / "__init__.py").write_text(
        "from deploycheck.checks.registry import check, failed, passed\n"
        "@check('readme/acme-license', title='LICENSE file present', severity='low')\n"
        "def license_present(ctx):\n"
        "    if 'LICENSE' in ctx.files.files:\n"
        "        yield passed('LICENSE present')\n"
        "    else:\n"
        "        yield failed('no LICENSE file')\n")
    dist = site / "acme_checks-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-checks\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[deploycheck.checks]\nacme = acme_checks\n")
    broken = site / "broken_checks-1.0.dist-info"
    broken.mkdir()
    (broken / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-checks\nVersion: 1.0\n")
    (broken / "entry_points.txt").write_text("[deploycheck.checks]\nbroken = no_such_module_xyz\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(registry, "_loaded", False)
    # and look for plugins again: an earlier scan in this process already did (before the site above existed),
    # which made this test fail whenever another test of the file ran before it
    monkeypatch.setattr(registry, "_plugins_loaded", False)
    monkeypatch.setattr(registry, "_plugin_errors", [])
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    repo = tmp_path / "repo"
    repo.mkdir()
    result = scan(repo, only=("readme/acme-license",))
    [f] = findings(result, "readme/acme-license")
    # severity low: a violation is advice, reported as warn
    assert f.status is Status.WARN and f.message == "no LICENSE file"
    assert registry.all_checks()["readme/acme-license"].origin == "plugin:acme"
    assert any("plugin 'broken'" in n and "failed to load" in n for n in result.report.notices)
    sys.modules.pop("acme_checks", None)


def test_suppression_without_reason_is_a_warning(tmp_path: Path) -> None:
    deploy = ("# deploycheck: ignore[resource-limits/*]\n" + POD.format(name="p", labels="{app: x}"))
    write(tmp_path, {"k8s/pod.yaml": deploy})
    result = scan(tmp_path, only=("resource-limits",))
    suppressed = [f for f in result.findings if f.suppressed is not None]
    assert suppressed, "the inline comment should suppress the resource-limits finding"
    assert any("without a reason" in n and "k8s/pod.yaml:1" in n for n in result.report.notices)
