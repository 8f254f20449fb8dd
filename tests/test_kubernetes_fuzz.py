"""Property-based: mutated YAML never makes the YAML/Kubernetes sources (or the checks over them) raise."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from tests.helpers import mutated_text, scan
from tests.test_kubernetes_manifests import DEPLOYMENT, SERVICE

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.sources.kubernetes import plain_objects
from deploycheck.sources.yaml import YamlError, load_all

SEEDS = [
    DEPLOYMENT + "---\n" + SERVICE,
    """\
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: &m {name: cfg}
    data: {a: &x "1", b: *x}
  - apiVersion: policy/v1beta1
    kind: PodDisruptionBudget
    metadata: *m
""",
]
# Characters that change YAML structure, plus the ones Kubernetes fields are made of.
ALPHABET = ":-[]{}&*!|>'\"#%@`,?\t\n aZ019.\\/\x00\x85\u2028\ufeff"


def mutated_yaml() -> Any:
    return mutated_text(SEEDS, ALPHABET)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_yaml())
def test_load_all_raises_only_yaml_error(text: str) -> None:
    try:
        docs = load_all(text)
    except YamlError as exc:
        assert exc.message
        return
    for i in range(len(docs.docs)):
        docs.line_of(i, ("spec", "template", "spec", "containers", 0))  # lazy line lookup never raises


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_yaml())
def test_plain_objects_and_kubernetes_checks_never_raise(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "k8s").mkdir()
        (root / "k8s" / "app.yaml").write_text(text, encoding="utf-8")
        kube = Context(root, Config(helm_autodiscover=False)).use(plain_objects)
        # Whatever came out is well-formed: objects have string kinds, problems name the file.
        assert all(isinstance(o.kind, str) and o.kind for o in kube.objects)
        assert all(p.path == "k8s/app.yaml" and p.message for p in kube.problems)
        result = scan(root, only=("manifests", "resource-limits"))
        crashed = [f.message for f in result.findings if "crashed" in f.message]
        assert not crashed, crashed
