"""The Kubernetes checks on the real corpus (../shared/corpus; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan

from deploycheck.model import Status

ITEMS = ("manifests", "helm-chart", "resource-limits")

pytestmark = pytest.mark.corpus


def _dirs() -> list[str]:
    from tests.conftest import CORPUS

    return sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else ["(corpus absent)"]


@pytest.mark.parametrize("name", _dirs())
def test_every_corpus_directory_scans_without_a_crash(corpus: Path, name: str) -> None:
    result = scan(corpus / name, only=ITEMS)
    crashed = [f.message for f in result.findings if "crashed" in f.message]
    assert not crashed
    for item in ITEMS:
        assert any(f.item == item for f in result.findings), item


def test_examples_archived_files_are_named_when_unparseable_and_read_when_templates(corpus: Path) -> None:
    # kubernetes/examples' _archived/ is not production by default (sources/target.py): a default scan leaves it out
    # and says so. Brought back with `include:`, the empty secret.json is named; the five `{{replicas}}`-style
    # templates the vitess and newrelic scripts fill in (six unparseable files before gotemplate.py) are read as one
    # variant each, their objects judged.
    import dataclasses

    from deploycheck.config import load_config
    from deploycheck.context import Options
    from deploycheck.engine import run

    result = scan(corpus / "examples", only=("manifests/parse",))
    assert findings(result, "manifests/parse", Status.ERROR) == []
    assert any("docs: " in n and "_archived/" in n for n in result.report.notices)
    config = dataclasses.replace(load_config(corpus / "examples"), include=["_archived/**"])
    result = run(corpus / "examples", config, Options(), only=("manifests/parse", "resource-limits/cpu-limit"))
    errors = findings(result, "manifests/parse", Status.ERROR)
    assert [f.location.path for f in errors if f.location] == ["_archived/openshift-origin/secret.json"]
    assert "_archived/openshift-origin/secret.json" in errors[0].message
    vtgate = [f for f in findings(result, "resource-limits/cpu-limit")
              if f.location and f.location.path == "_archived/storage/vitess/vtgate-controller-template.yaml"]
    assert vtgate and all(f.location and f.location.object for f in vtgate), vtgate


def test_podinfo_chart_renders_and_its_deployment_sizing_is_reported(corpus: Path) -> None:
    result = scan(corpus / "podinfo", only=ITEMS)
    renders = findings(result, "helm-chart/renders")
    # Default values, and values-prod.yaml beside the chart on its own: two renderings.
    assert [f.status for f in renders] == [Status.PASS, Status.PASS], [f.message for f in renders]
    assert "values-prod.yaml" in renders[1].message
    # values.yaml: requests cpu 1m / memory 16Mi, `limits:` empty -> the memory limit is missing.
    [deploy] = [f for f in findings(result, "resource-limits/requests-and-limits")
                if f.location and f.location.object and f.location.object.kind == "Deployment"
                and f.location.origin == "helm:charts/podinfo" and f.location.object.name == "podinfo"]
    assert deploy.status is Status.FAIL and deploy.message.endswith("has no limits.memory")
    assert deploy.evidence is not None
    assert deploy.evidence["requests"] == {"cpu": "1m", "memory": "16Mi"}
    assert deploy.evidence["cpu_millicores"] == {"requests": 1.0}
    assert deploy.evidence["memory_mib"] == {"requests": 16.0}
    chart_yaml = findings(result, "helm-chart/chart-yaml", Status.WARN)
    assert any("apiVersion v1" in f.message for f in chart_yaml)  # podinfo's Chart.yaml is apiVersion v1
    assert findings(result, "helm-chart/tests", Status.PASS)  # templates/tests/ has 7 test pods
    assert findings(result, "helm-chart/values-schema", Status.WARN)


def test_podinfo_kustomize_transformer_configs_are_not_objects(corpus: Path) -> None:
    result = scan(corpus / "podinfo", only=("manifests/schema",))
    assert not [f for f in result.findings if "LabelTransformer" in f.message]
