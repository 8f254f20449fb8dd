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


def test_examples_has_exactly_six_unparseable_files_each_named(corpus: Path) -> None:
    # All six are in kubernetes/examples' _archived/, which is not production by default (sources/target.py):
    # a default scan leaves them out and says so; brought back with `include:`, each is named.
    import dataclasses

    from deploycheck.config import load_config
    from deploycheck.context import Options
    from deploycheck.engine import run

    result = scan(corpus / "examples", only=("manifests/parse",))
    assert findings(result, "manifests/parse", Status.ERROR) == []
    assert any("docs: " in n and "_archived/" in n for n in result.report.notices)
    config = dataclasses.replace(load_config(corpus / "examples"), include=["_archived/**"])
    result = run(corpus / "examples", config, Options(), only=("manifests/parse",))
    errors = findings(result, "manifests/parse", Status.ERROR)
    paths = sorted(f.location.path for f in errors if f.location and f.location.path)
    assert len(errors) == 6 and len(set(paths)) == 6
    assert "_archived/openshift-origin/secret.json" in paths
    assert "_archived/storage/vitess/vtgate-controller-template.yaml" in paths
    for f in errors:
        assert f.location is not None and f.location.path in f.message


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
