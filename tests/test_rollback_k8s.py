"""Rollback section from manifests: rollback-plan (checks/rollback/kubernetes.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.workload_fixtures import container, deployment, manifest

from deploycheck.model import Status


def _scan(tmp_path: Path, *docs: dict[str, Any]) -> Any:
    write(tmp_path, {"k8s/app.yaml": manifest(*docs)})
    return scan(tmp_path, only=("rollback-plan",))


def statuses(result: Any, check_id: str) -> set[Status]:
    return {f.status for f in findings(result, check_id)}


def test_revision_history(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, deployment()), "rollback-plan/revision-history") == {Status.PASS}
    result = _scan(tmp_path, deployment(spec={"revisionHistoryLimit": 0}))
    [f] = findings(result, "rollback-plan/revision-history")
    assert f.status is Status.FAIL and f.location and f.location.line


@pytest.mark.parametrize(("image", "expect"), [
    ("registry.example.com/web:1.0@sha256:" + "b" * 64, Status.PASS),
    ("registry.example.com:5000/web@sha256:" + "b" * 64, Status.PASS),
    ("registry.example.com/web:1.0", Status.WARN),
    ("registry.example.com/web:latest", Status.FAIL),
    ("registry.example.com:5000/web", Status.FAIL),
    ("web", Status.FAIL),
])
def test_immutable_images(tmp_path: Path, image: str, expect: Status) -> None:
    result = _scan(tmp_path, deployment(container=container(image=image)))
    assert statuses(result, "rollback-plan/immutable-images") == {expect}


def test_progressive_abort(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, deployment()), "rollback-plan/progressive-abort") == {Status.NA}
    rollout = deployment()
    rollout.update(apiVersion="argoproj.io/v1alpha1", kind="Rollout")
    rollout["spec"]["strategy"] = {"canary": {"steps": [{"setWeight": 50}, {"pause": {}}]}}
    assert statuses(_scan(tmp_path, rollout), "rollback-plan/progressive-abort") == {Status.FAIL}
    rollout["spec"]["strategy"]["canary"]["analysis"] = {"templates": [{"templateName": "success-rate"}]}
    assert statuses(_scan(tmp_path, rollout), "rollback-plan/progressive-abort") == {Status.PASS}
    canary = {"apiVersion": "flagger.app/v1beta1", "kind": "Canary", "metadata": {"name": "web"},
              "spec": {"targetRef": {"kind": "Deployment", "name": "web"}, "analysis": {"interval": "1m"}}}
    assert statuses(_scan(tmp_path, canary), "rollback-plan/progressive-abort") == {Status.FAIL}
    canary["spec"]["analysis"].update(threshold=5, metrics=[{"name": "request-success-rate"}])
    assert statuses(_scan(tmp_path, canary), "rollback-plan/progressive-abort") == {Status.PASS}


@pytest.mark.corpus
def test_flagger_corpus_canaries(corpus: Path) -> None:
    # artifacts/examples hold five Flagger Canary objects, each with threshold + metrics or webhooks
    result = scan(corpus / "flagger", only=("rollback-plan",))
    canaries = [f for f in findings(result, "rollback-plan/progressive-abort")
                if f.location and f.location.path and f.location.path.startswith("artifacts/examples/")]
    # The same Canary in several example files is one finding per object, listing the other copies.
    places = {f.location.path for f in canaries if f.location} | {
        p.split(" ")[0] for f in canaries for p in (f.evidence or {}).get("also_in", [])}
    assert len({p for p in places if p.startswith("artifacts/examples/")}) == 5
    assert {f.status for f in canaries} == {Status.PASS}
