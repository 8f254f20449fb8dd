"""The CD examples of the gate (deploy/gate/): the Argo CD PreSync Job passes deploycheck's own
Kubernetes checks, and the Argo Rollouts / Flagger examples ask the gate the way the server answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from tests.helpers import scan

from deploycheck.model import Status

GATE = Path(__file__).resolve().parent.parent / "deploy" / "gate"


def test_presync_job_passes_deploycheck(tmp_path: Path) -> None:
    shutil.copy(GATE / "argocd-presync-job.yaml", tmp_path / "job.yaml")
    shutil.copy(GATE / ".deploycheck.yaml", tmp_path / ".deploycheck.yaml")
    result = scan(tmp_path)
    on_job = [f for f in result.findings if f.location and f.location.object and f.location.object.kind == "Job"]
    assert on_job, "the Kubernetes checks looked at the Job"
    problems = [f"{f.check_id}: {f.message}" for f in on_job if f.status in (Status.FAIL, Status.WARN, Status.ERROR)]
    assert problems == []
    job = yaml.safe_load((GATE / "argocd-presync-job.yaml").read_text())
    assert job["metadata"]["annotations"]["argocd.argoproj.io/hook"] == "PreSync"
    command = job["spec"]["template"]["spec"]["containers"][0]["command"]
    assert command[:2] == ["deploycheck", "gate"] and "--version" in command


def test_rollouts_and_flagger_examples_ask_the_gate() -> None:
    template = yaml.safe_load((GATE / "argo-rollouts-analysis.yaml").read_text())
    metric = template["spec"]["metrics"][0]
    assert metric["successCondition"] == 'result.decision == "go"'
    assert "/api/v1/gate?service={{args.service}}" in metric["provider"]["web"]["url"]
    canary = yaml.safe_load((GATE / "flagger-canary.yaml").read_text())
    hooks = canary["spec"]["analysis"]["webhooks"]
    assert {h["type"] for h in hooks} == {"pre-rollout", "confirm-promotion"}
    assert all(h["url"].endswith("/api/v1/webhooks/flagger") and {"environment", "version"} <= set(h["metadata"])
               for h in hooks)
