"""Know what is deployed (issue 8, section 1): charts with their dependencies and values files, random
names, kustomize overlays, monorepo subdirectories, the deployed Docker stage.

Label first: each case states what a reviewer of the deployment expects on a small repository built in
tmp_path, with real Helm (binary or helm-python-sdk), real git and real kustomize where they are used.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status


def _helm_available() -> bool:
    if shutil.which("helm"):
        return True
    try:
        import helm_python  # noqa: F401
    except ImportError:
        return False
    return True


needs_helm = pytest.mark.skipif(not _helm_available(), reason="needs the helm binary or helm-python-sdk")

CHART_YAML = "apiVersion: v2\nname: {name}\nversion: 1.0.0\nappVersion: '1.0'\n"
DEPLOYMENT_TEMPLATE = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
spec:
  replicas: {{ .Values.replicas }}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: "registry.example.com/web:{{ .Values.tag }}"
"""


# --- Helm: dependencies ------------------------------------------------------------------------------

@needs_helm
def test_chart_with_dependencies_not_vendored_is_an_error_naming_them(tmp_path: Path) -> None:
    # A chart listing postgresql from a remote repository, without charts/: helm template would refuse it;
    # rendering it without the subchart would drop the database and pass on what is left.
    write(tmp_path, {
        "deploy/app/Chart.yaml": CHART_YAML.format(name="app") + (
            "dependencies:\n  - name: postgresql\n    version: 12.x.x\n"
            "    repository: https://charts.bitnami.com/bitnami\n"),
        "deploy/app/Chart.lock": "dependencies:\n- name: postgresql\n  version: 12.1.2\n",
        "deploy/app/values.yaml": "replicas: 2\ntag: 1.0.0\n",
        "deploy/app/templates/deployment.yaml": DEPLOYMENT_TEMPLATE,
    })
    result = scan(tmp_path, only=("helm-chart/renders", "manifests/parse"))
    [err] = findings(result, "helm-chart/renders", Status.ERROR)
    assert "postgresql" in err.message and "charts.bitnami.com" in err.message
    assert "not vendored" in err.message and "helm dependency build" in err.message
    assert not findings(result, "helm-chart/renders", Status.PASS)
    parse = findings(result, "manifests/parse", Status.ERROR)
    assert parse and "postgresql" in parse[0].message


@needs_helm
def test_vendored_and_local_file_dependencies_render(tmp_path: Path) -> None:
    # One dependency vendored under charts/ (a directory named differently from the chart), one a
    # `file://` chart inside the repository that Helm builds offline: both render, with their objects.
    sub = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}-config\ndata: {{a: b}}\n"
    write(tmp_path, {
        "deploy/app/Chart.yaml": CHART_YAML.format(name="app") + (
            "dependencies:\n  - name: cache\n    version: 1.0.0\n    repository: https://example.com/charts\n"
            "  - name: common\n    version: 1.0.0\n    repository: file://../common\n"),
        "deploy/app/values.yaml": "replicas: 2\ntag: 1.0.0\n",
        "deploy/app/templates/deployment.yaml": DEPLOYMENT_TEMPLATE,
        "deploy/app/charts/cache-1.0.0/Chart.yaml": CHART_YAML.format(name="cache"),
        "deploy/app/charts/cache-1.0.0/templates/cm.yaml": sub.format(name="cache"),
        "deploy/common/Chart.yaml": CHART_YAML.format(name="common"),
        "deploy/common/templates/cm.yaml": sub.format(name="common"),
    })
    (tmp_path / ".deploycheck.yaml").write_text("helm:\n  charts:\n    - path: deploy/app\n")
    result = scan(tmp_path, only=("helm-chart/renders",))
    [ok] = findings(result, "helm-chart/renders")
    assert ok.status is Status.PASS, ok.message
    assert "3 objects" in ok.message
