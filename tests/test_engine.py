from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.cli import main
from deploycheck.model import Status

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: registry.example.com/web:1.0
{resources}
"""
GOOD_RESOURCES = """\
          resources:
            requests: {cpu: 100m, memory: 64Mi}
            limits: {memory: 128Mi}"""


def test_empty_directory_reports_all_33_items_manual(tmp_path: Path) -> None:
    result = scan(tmp_path)
    assert len(result.report.items) == 33
    assert {i.status for i in result.report.items if i.item == "code-review"} <= {Status.MANUAL, Status.FAIL,
                                                                                   Status.SKIPPED, Status.NA}
    assert not result.report.verdict.ready


def test_failing_check_has_location_line_and_remediation(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT.replace("{resources}", "")})
    result = scan(tmp_path, only=("resource-limits",))
    [f] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert f.location is not None and f.location.path == "k8s/deploy.yaml"
    assert f.location.line == 11  # the container entry
    assert f.remediation
    item = next(i for i in result.report.items if i.item == "resource-limits")
    assert item.status is Status.FAIL


def test_passing_fixture(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT.replace("{resources}", GOOD_RESOURCES)})
    result = scan(tmp_path, only=("resource-limits",))
    assert findings(result, "resource-limits/requests-and-limits", Status.PASS)
    assert not findings(result, "resource-limits/requests-and-limits", Status.FAIL)


def test_inline_ignore_and_annotation(tmp_path: Path) -> None:
    text = "# deploycheck: ignore[resource-limits/requests-and-limits] sized by VPA\n" + DEPLOYMENT.replace(
        "{resources}", "")
    write(tmp_path, {"k8s/deploy.yaml": text})
    result = scan(tmp_path, only=("resource-limits",))
    [f] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert f.suppressed is not None and f.suppressed.kind == "inline" and f.suppressed.reason == "sized by VPA"
    annotated = DEPLOYMENT.replace("{resources}", "").replace(
        "  name: web\n", "  name: web\n  annotations:\n    deploycheck.io/ignore: resource-limits/*\n"
        "    deploycheck.io/ignore-reason: batch pod\n")
    write(tmp_path, {"k8s/deploy.yaml": annotated})
    result = scan(tmp_path, only=("resource-limits",))
    [f] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert f.suppressed is not None and f.suppressed.kind == "annotation"


def test_config_ignore_expiry(tmp_path: Path) -> None:
    past = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    write(tmp_path, {
        "k8s/deploy.yaml": DEPLOYMENT.replace("{resources}", ""),
        ".deploycheck.yaml": f"ignore:\n  - check: resource-limits/*\n    reason: old\n    expires: {past}\n",
    })
    result = scan(tmp_path, only=("resource-limits",))
    [f] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert f.suppressed is None
    assert any("expired" in n for n in result.report.notices)


def test_an_ignored_error_leaves_the_item_skipped_never_pass(tmp_path: Path) -> None:
    """An ignore accepts a finding; it cannot stand in for the evidence a check could not gather."""
    write(tmp_path, {"k8s/bad.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n",
                     ".deploycheck.yaml": "ignore:\n  - check: manifests/parse\n    reason: known broken file\n"})
    result = scan(tmp_path, only=("manifests/parse",))
    [f] = findings(result, "manifests/parse", Status.ERROR)
    assert f.suppressed is not None
    [item] = [i for i in result.report.items if i.item == "manifests"]
    assert item.status is Status.SKIPPED, item.summary
    assert item.summary.startswith("could not be evaluated: ")
    assert "error ignored by .deploycheck.yaml:2" in item.summary


def test_attestation_turns_manual_to_pass_until_expiry(tmp_path: Path) -> None:
    today = dt.date.today()
    write(tmp_path, {".deploycheck/attestations.yaml": (
        "attestations:\n"
        f"  - {{item: code-comments, by: alice, date: {today}, evidence: https://x/1}}\n"
        f"  - {{item: e2e-tests, by: bob, date: {today - dt.timedelta(days=10)}, "
        f"expires: {today - dt.timedelta(days=1)}}}\n"),
        # Both items without their checks: `manual`, as an item without automated checks is.
        ".deploycheck.yaml": "checks:\n  code-comments/*: {enabled: false}\n  e2e-tests/*: {enabled: false}\n"})
    result = scan(tmp_path, only=("code-comments", "e2e-tests"))
    items = {i.item: i for i in result.report.items}
    assert items["code-comments"].status is Status.PASS and items["code-comments"].attestation is not None
    assert items["e2e-tests"].status is Status.MANUAL
    assert any("expired" in n for n in result.report.notices)


def test_crashing_check_becomes_error(tmp_path: Path, monkeypatch) -> None:
    from deploycheck.checks import registry

    def boom(ctx):  # type: ignore[no-untyped-def]
        raise RuntimeError("kaput")

    registry.all_checks()
    monkeypatch.setitem(registry._REGISTRY, "manifests/boom",
                        registry.CheckSpec(id="manifests/boom", item="manifests", title="t", fn=boom))
    result = scan(tmp_path, only=("manifests/boom",))
    [f] = findings(result, "manifests/boom")
    assert f.status is Status.ERROR and "kaput" in f.message


def test_baseline_roundtrip(tmp_path: Path, capsys) -> None:
    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT.replace("{resources}", "")})
    baseline = tmp_path / "baseline.json"
    assert main(["scan", str(tmp_path), "--only", "resource-limits", "--write-baseline", str(baseline)]) == 0
    assert json.loads(baseline.read_text())["findings"]
    out = tmp_path / "r.json"
    main(["scan", str(tmp_path), "--only", "resource-limits", "--baseline", str(baseline), "-f", "json", "-o",
          str(out)])
    report = json.loads(out.read_text())
    item = next(i for i in report["items"] if i["item"] == "resource-limits")
    assert item["findings"][0]["suppressed"]["kind"] == "baseline"


def test_cli_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["scan", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err
    (tmp_path / ".deploycheck.yaml").write_text("servce: x\nkubernetes_version: 1.30\n")
    assert main(["scan", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert ".deploycheck.yaml:1: unknown key 'servce'" in err and "did you mean 'service'" in err
    (tmp_path / ".deploycheck.yaml").write_text("service: [\n")
    assert main(["scan", str(tmp_path)]) == 2
    assert "invalid YAML" in capsys.readouterr().err


def test_fail_on_warn_and_per_environment_required_items(tmp_path: Path) -> None:
    from deploycheck.config import load_config
    from deploycheck.context import Options
    from deploycheck.engine import run

    write(tmp_path, {
        ".deploycheck.yaml": (
            "checks:\n  resource-limits/*: {severity: low}\n"  # low: a violation is advice (warn)
            "checklist:\n  optional: [code-review]\n"
            "policy:\n  block_on_manual: false\n"
            "environments:\n  dev:\n    optional: [resource-limits]\n  prod:\n    fail_on: warn\n"),
        "k8s/deploy.yaml": DEPLOYMENT.replace("{resources}", ""),
    })
    config = load_config(tmp_path)
    only = ("resource-limits/requests-and-limits",)
    item = next(i for i in run(tmp_path, config, Options(), only=only).report.items if i.item == "resource-limits")
    assert item.status is Status.WARN
    assert run(tmp_path, config, Options(), only=only).report.verdict.ready  # warnings don't block by default
    prod = run(tmp_path, config, Options(environment="prod"), only=only).report.verdict
    assert not prod.ready and prod.fail_on == "warn" and any("resource-limits" in r for r in prod.reasons)
    dev = run(tmp_path, config, Options(environment="dev"), only=only, fail_on="warn").report
    assert dev.verdict.ready  # optional in dev: never blocks
    assert not next(i for i in dev.items if i.item == "resource-limits").required
    assert not next(i for i in dev.items if i.item == "code-review").required
