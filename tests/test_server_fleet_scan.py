"""The fleet-scan pattern (deploy/fleet-scan/, docs/server.md "Fleet scans"): a CronJob starting an indexed
Job, one pod per repository of a ConfigMap, each scanning its clone and uploading to the server. The
manifests pass deploycheck's own checks, and their shape is the pattern the docs describe."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from tests.helpers import scan

from deploycheck.model import Status

FLEET = Path(__file__).resolve().parent.parent / "deploy" / "fleet-scan"


# What a directory of Kubernetes objects can be judged on (the code, tests and runbook items belong to a
# service's repository, not to this example): judged with `--only`, these must make the verdict READY.
OBJECT_ITEMS = ("resource-limits", "endpoint-security", "secrets-management", "sensitive-config", "registry",
                "manifests", "rollout-strategy", "cluster", "external-services")


def test_fleet_scan_manifests_pass_deploycheck(tmp_path: Path) -> None:
    for name in ("cronjob.yaml", "repositories.yaml", ".deploycheck.yaml"):
        shutil.copy(FLEET / name, tmp_path / name)
    result = scan(tmp_path, only=OBJECT_ITEMS)
    on_objects = [f for f in result.findings if f.location and f.location.object]
    kinds = {f.location.object.kind for f in on_objects if f.location and f.location.object}
    assert "CronJob" in kinds, f"the Kubernetes checks looked at the CronJob: {kinds}"
    bad = (Status.FAIL, Status.WARN, Status.ERROR)
    assert [f"{f.check_id}: {f.message}" for f in on_objects if f.status in bad] == []
    report = result.report
    assert report.verdict.ready, report.verdict.reasons
    judged = {i.item: i.status for i in report.items if i.item in OBJECT_ITEMS}
    assert set(judged) == set(OBJECT_ITEMS) and Status.NOT_EVALUATED not in judged.values()


def test_one_indexed_pod_per_repository_uploading_to_the_server() -> None:
    cron = yaml.safe_load((FLEET / "cronjob.yaml").read_text())
    repositories = yaml.safe_load((FLEET / "repositories.yaml").read_text())["data"]["repositories"].split()
    job = cron["spec"]["jobTemplate"]["spec"]
    assert job["completionMode"] == "Indexed" and job["completions"] == len(repositories)
    assert job["backoffLimitPerIndex"] >= 0 and cron["spec"]["concurrencyPolicy"] == "Forbid"
    pod = job["template"]["spec"]
    clone = " ".join(pod["initContainers"][0]["command"])
    assert "JOB_COMPLETION_INDEX" in clone and "/config/repositories" in clone
    scan_cmd = " ".join(pod["containers"][0]["command"])
    assert "deploycheck scan /workspace/repo" in scan_cmd and "--upload" in scan_cmd
    env = {e["name"]: e for e in pod["containers"][0]["env"]}
    assert env["DEPLOYCHECK_TOKEN"]["valueFrom"]["secretKeyRef"]["name"] == "deploycheck-fleet-upload-token"
    assert pod["automountServiceAccountToken"] is False
