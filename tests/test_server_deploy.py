"""deploycheck on its own server deployment: the Dockerfile, the Helm chart and the runbook (deploy/) scan
READY, and every deployment item the checklist judges from them passes. The server's tests live in the
repository's tests/, not in deploy/: deploy/.deploycheck.yaml makes the three test items optional
(reported, not blocking), and this test asserts they are the only items that do not pass or say n/a."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import git, scan

from deploycheck.model import Status

REPO = Path(__file__).resolve().parent.parent
DEPLOYMENT_ITEMS = ("dockerfile", "registry", "helm-chart", "resource-limits", "cluster", "rollout-strategy",
                    "monitoring", "health-probes", "secrets-management", "sensitive-config", "smoke-tests",
                    "performance-tests", "rollback-plan")


def test_server_chart_and_dockerfile_pass_the_deployment_items(tmp_path: Path) -> None:
    for rel in ("deploy/helm", "deploy/docs"):
        shutil.copytree(REPO / rel, tmp_path / Path(rel).name)
    for rel in ("deploy/Dockerfile", "deploy/.deploycheck.yaml", "deploy/README.md", ".dockerignore"):
        shutil.copy(REPO / rel, tmp_path / Path(rel).name)
    shutil.copytree(REPO / ".github", tmp_path / ".github")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "deploycheck-server 0.1.0")
    git(tmp_path, "tag", "v0.1.0")
    # A reviewed commit after the release: helm-chart/version-bump compares this release with the last one
    # (on the release commit itself there is no earlier release to compare with, and the check says skipped).
    git(tmp_path, "commit", "--allow-empty", "-qm", "next", "-m", "Reviewed-by: Ann Reviewer <ann@example.com>")
    report = scan(tmp_path).report
    assert report.verdict.ready, report.verdict.reasons
    failing = {i.item: i.status.value for i in report.items
               if i.status not in (Status.PASS, Status.NA, Status.SKIPPED, Status.WARN)}
    assert set(failing) <= {"unit-tests", "integration-tests", "e2e-tests"}, failing
    status = {i.item: i for i in report.items}
    problems = {item: [f"{f.check_id}: {f.message}" for f in status[item].findings
                       if f.status not in (Status.PASS, Status.NA)]
                for item in DEPLOYMENT_ITEMS if status[item].status is not Status.PASS}
    assert problems == {}
    rendered = {f.location.object.kind for i in report.items for f in i.findings
                if f.location and f.location.object}
    assert {"Deployment", "Service"} <= rendered  # the chart was rendered and judged, not skipped


def test_server_image_pins_every_dependency() -> None:
    """deploy/requirements.txt pins (==) exactly the distributions deploycheck[server] needs, transitively
    (scripts/server-requirements; versions may move, the set may not), and the image installs it."""
    import runpy

    closure = runpy.run_path(str(REPO / "scripts" / "server-requirements"))["closure"]
    lines = [ln for ln in (REPO / "deploy" / "requirements.txt").read_text().splitlines()
             if ln and not ln.startswith("#")]
    assert all("==" in ln for ln in lines)
    names = {ln.split("==")[0].lower().replace("_", "-") for ln in lines}
    assert names == set(closure()), "regenerate: scripts/server-requirements > deploy/requirements.txt"
    dockerfile = (REPO / "deploy" / "Dockerfile").read_text()
    assert "-r requirements.txt" in dockerfile and "--no-deps ." in dockerfile
