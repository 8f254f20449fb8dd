"""Rollout section from manifests: health-probes, rollout-strategy, monitoring (checks/rollout/kubernetes.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.workload_fixtures import container, deployment, manifest, pdb, service

from deploycheck.config import Config, HelmChartConfig
from deploycheck.context import Options
from deploycheck.engine import run
from deploycheck.model import Status


def _scan(tmp_path: Path, *docs: dict[str, Any], only: str) -> Any:
    write(tmp_path, {"k8s/app.yaml": manifest(*docs)})
    return scan(tmp_path, only=(only,))


def statuses(result: Any, check_id: str) -> set[Status]:
    return {f.status for f in findings(result, check_id)}


# --- health-probes -----------------------------------------------------------------------------


def test_readiness_pass_and_evidence_has_http_paths(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), service(), only="health-probes")
    [f] = findings(result, "health-probes/readiness")
    assert f.status is Status.PASS
    assert f.evidence and f.evidence["http_paths"] == ["/live", "/ready"]
    assert statuses(result, "health-probes/liveness") == {Status.PASS}
    assert statuses(result, "health-probes/distinct") == {Status.PASS}
    assert statuses(result, "health-probes/probe-ports") == {Status.PASS}


def test_readiness_required_only_behind_a_service(tmp_path: Path) -> None:
    worker = deployment(container=container(readinessProbe=None))
    result = _scan(tmp_path, worker, only="health-probes")
    assert statuses(result, "health-probes/readiness") == {Status.NA}
    result = _scan(tmp_path, worker, service(), only="health-probes")
    [f] = findings(result, "health-probes/readiness")
    assert f.status is Status.FAIL and "Service web" in f.message
    assert f.location and f.location.path == "k8s/app.yaml" and f.location.line


def test_liveness_missing_fails(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(container=container(livenessProbe=None)), only="health-probes")
    assert statuses(result, "health-probes/liveness") == {Status.FAIL}


@pytest.mark.parametrize("probe", [{}, {"initialDelaySeconds": 5, "periodSeconds": 10}, {"httpGet": None}])
def test_probe_without_a_handler_is_not_a_probe(tmp_path: Path, probe: dict[str, Any]) -> None:
    """`readinessProbe: {}` passed as "has a readinessProbe"; the API server rejects it (no handler type)."""
    docs = (deployment(container=container(livenessProbe=probe, readinessProbe=probe)), service())
    result = _scan(tmp_path, *docs, only="health-probes")
    for check_id, key in (("health-probes/readiness", "readinessProbe"), ("health-probes/liveness", "livenessProbe")):
        [f] = findings(result, check_id)
        assert f.status is Status.FAIL and f"{key} has no handler" in f.message, f.message
        assert f.location and f.location.path == "k8s/app.yaml" and f.location.line


@pytest.mark.parametrize(("unavailable", "status"), [("100%", Status.WARN), (3, Status.WARN), ("50%", Status.PASS),
                                                     (1, Status.PASS)])
def test_rolling_update_that_stops_every_pod_is_like_recreate(tmp_path: Path, unavailable: Any, status: Status) -> None:
    """maxUnavailable 100% passed as "explicit maxSurge/maxUnavailable": every pod may stop at once."""
    rolling = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0, "maxUnavailable": unavailable}}
    [f] = findings(_scan(tmp_path, deployment(spec={"strategy": rolling}), only="rollout-strategy/strategy"),
                   "rollout-strategy/strategy")
    assert f.status is status, f.message
    if status is Status.WARN:
        assert "every pod may stop at once" in f.message and f.location and f.location.line


def test_identical_probes_warn(tmp_path: Path) -> None:
    same = {"httpGet": {"path": "/health", "port": "http"}}
    result = _scan(tmp_path, deployment(container=container(livenessProbe=same, readinessProbe=same)),
                   only="health-probes")
    # low severity: the engine turns the fail into a warning
    assert statuses(result, "health-probes/distinct") == {Status.WARN}


def test_slow_start_without_startup_probe(tmp_path: Path) -> None:
    slow = {"httpGet": {"path": "/live", "port": "http"}, "initialDelaySeconds": 90}
    result = _scan(tmp_path, deployment(container=container(livenessProbe=slow)), only="health-probes")
    assert statuses(result, "health-probes/startup") == {Status.WARN}
    result = _scan(tmp_path, deployment(container=container(livenessProbe=slow, startupProbe=slow)),
                   only="health-probes")
    assert statuses(result, "health-probes/startup") == {Status.PASS}


def test_probe_ports_named_and_numeric(tmp_path: Path) -> None:
    bad = container(readinessProbe={"httpGet": {"path": "/ready", "port": "web"}},
                    livenessProbe={"tcpSocket": {"port": 9090}})
    result = _scan(tmp_path, deployment(container=bad), only="health-probes")
    failures = findings(result, "health-probes/probe-ports", Status.FAIL)
    assert {("'web'" in f.message, "9090" in f.message) for f in failures} == {(True, False), (False, True)}


def test_helm_hooks_are_not_asked_for_probes(tmp_path: Path) -> None:
    hook = {"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "test", "annotations": {"helm.sh/hook": "test"}},
            "spec": {"containers": [{"name": "curl", "image": "curl:8"}]}}
    result = _scan(tmp_path, hook, only="health-probes")
    assert statuses(result, "health-probes/liveness") == {Status.NA}


# --- rollout-strategy --------------------------------------------------------------------------


def test_strategy_pass_and_recreate_warns(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(), only="rollout-strategy")
    assert statuses(result, "rollout-strategy/strategy") == {Status.PASS}
    result = _scan(tmp_path, deployment(spec={"strategy": {"type": "Recreate"}}), only="rollout-strategy")
    assert statuses(result, "rollout-strategy/strategy") == {Status.WARN}


def test_strategy_stuck_rolling_update_fails(tmp_path: Path) -> None:
    stuck = {"strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0, "maxUnavailable": 0}}}
    result = _scan(tmp_path, deployment(spec=stuck), only="rollout-strategy")
    assert statuses(result, "rollout-strategy/strategy") == {Status.FAIL}


def test_argo_rollout_and_flagger_canary(tmp_path: Path) -> None:
    rollout = deployment()
    rollout.update(apiVersion="argoproj.io/v1alpha1", kind="Rollout")
    rollout["spec"]["strategy"] = {"canary": {"steps": [{"setWeight": 20}, {"analysis": {"templates": []}}]}}
    result = _scan(tmp_path, rollout, only="rollout-strategy")
    [f] = findings(result, "rollout-strategy/strategy")
    assert f.status is Status.PASS and "2 steps and analysis" in f.message
    # A canary without steps is a rolling update (Argo Rollouts' documented behaviour), judged as one.
    rollout["spec"]["strategy"] = {"canary": {}}
    [f] = findings(_scan(tmp_path, rollout, only="rollout-strategy"), "rollout-strategy/strategy")
    assert f.status is Status.WARN and "rolling update" in f.message and "maxSurge" in f.message
    rollout["spec"]["strategy"] = {"canary": {"maxSurge": 1, "maxUnavailable": 0}}
    [f] = findings(_scan(tmp_path, rollout, only="rollout-strategy"), "rollout-strategy/strategy")
    assert f.status is Status.PASS and "without steps" in f.message
    rollout["spec"]["strategy"] = {"canary": {"maxSurge": 0, "maxUnavailable": 0}}
    assert statuses(_scan(tmp_path, rollout, only="rollout-strategy"), "rollout-strategy/strategy") == {Status.FAIL}

    canary = {"apiVersion": "flagger.app/v1beta1", "kind": "Canary", "metadata": {"name": "web", "namespace": "shop"},
              "spec": {"targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                       "analysis": {"interval": "1m", "threshold": 5}}}
    plain = deployment(spec={"strategy": {"type": "Recreate"}})
    result = _scan(tmp_path, plain, canary, only="rollout-strategy")
    [f] = findings(result, "rollout-strategy/strategy")
    assert f.status is Status.PASS and "Flagger Canary web" in f.message


def test_replicas_from_spec_or_hpa(tmp_path: Path) -> None:
    result = _scan(tmp_path, deployment(spec={"replicas": 1}), only="rollout-strategy")
    assert statuses(result, "rollout-strategy/replicas") == {Status.FAIL}
    hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
           "metadata": {"name": "web", "namespace": "shop"},
           "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                    "minReplicas": 2, "maxReplicas": 5}}
    result = _scan(tmp_path, deployment(spec={"replicas": 1}), hpa, only="rollout-strategy")
    [f] = findings(result, "rollout-strategy/replicas")
    assert f.status is Status.PASS and "HorizontalPodAutoscaler web" in f.message


def test_single_instance_client_tools_that_serve_nothing_are_not_asked_for_replicas(tmp_path: Path) -> None:
    """booksapp's traffic generator and chaos Deployment, emojivoto's vote-bot, bank-of-anthos' loadgenerator:
    one instance is the design. The same name with a Service in front serves traffic, and an ordinary name is
    still asked for 2."""
    for name in ("traffic", "chaos", "vote-bot", "load-generator"):
        result = _scan(tmp_path, deployment(name, spec={"replicas": 1}), only="rollout-strategy/replicas")
        [f] = findings(result, "rollout-strategy/replicas")
        assert f.status is Status.NA and "client-side tool" in f.message, (name, f.message)
    result = _scan(tmp_path, deployment("traffic", spec={"replicas": 1}), service("traffic"),
                   only="rollout-strategy/replicas")
    assert statuses(result, "rollout-strategy/replicas") == {Status.FAIL}
    result = _scan(tmp_path, deployment("robotics-api", spec={"replicas": 1}), only="rollout-strategy/replicas")
    assert statuses(result, "rollout-strategy/replicas") == {Status.FAIL}


def test_replicas_policy_minimum(tmp_path: Path) -> None:
    write(tmp_path, {".deploycheck.yaml": "policy:\n  min_replicas: 4\n"})
    result = _scan(tmp_path, deployment(), only="rollout-strategy")
    assert statuses(result, "rollout-strategy/replicas") == {Status.FAIL}


def test_pdb_present_missing_and_blocking(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, deployment(), pdb(), only="rollout-strategy"),
                    "rollout-strategy/pdb") == {Status.PASS}
    assert statuses(_scan(tmp_path, deployment(), only="rollout-strategy"), "rollout-strategy/pdb") == {Status.FAIL}
    for blocking in ({"maxUnavailable": 0}, {"minAvailable": 3}, {"minAvailable": "100%"}):
        result = _scan(tmp_path, deployment(), pdb(**blocking), only="rollout-strategy")
        [f] = findings(result, "rollout-strategy/pdb")
        assert f.status is Status.FAIL and "blocks every eviction" in f.message, blocking


def test_progress_deadline(tmp_path: Path) -> None:
    assert statuses(_scan(tmp_path, deployment(), only="rollout-strategy"),
                    "rollout-strategy/progress-deadline") == {Status.PASS}
    result = _scan(tmp_path, deployment(spec={"minReadySeconds": 0}), only="rollout-strategy")
    assert statuses(result, "rollout-strategy/progress-deadline") == {Status.WARN}


# --- monitoring --------------------------------------------------------------------------------

SERVICE_MONITOR = {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor",
                   "metadata": {"name": "web", "namespace": "shop"},
                   "spec": {"selector": {"matchLabels": {"app": "web"}}, "endpoints": [{"port": "http"}]}}


def test_metrics_scraped_by_service_monitor_or_annotation(tmp_path: Path) -> None:
    svc = service()
    svc["metadata"]["labels"] = {"app": "web"}
    result = _scan(tmp_path, deployment(), svc, SERVICE_MONITOR, only="monitoring")
    [f] = findings(result, "monitoring/metrics-scraped")
    assert f.status is Status.PASS and "ServiceMonitor web" in f.message
    result = _scan(tmp_path, deployment(annotations={"prometheus.io/scrape": "true"}), only="monitoring")
    assert statuses(result, "monitoring/metrics-scraped") == {Status.PASS}
    result = _scan(tmp_path, deployment(), service(), only="monitoring")
    assert statuses(result, "monitoring/metrics-scraped") == {Status.FAIL}


GOOD_RULES = """\
groups:
  - name: web
    rules:
      - alert: WebDown
        expr: up{job="web"} == 0
        for: 5m
        labels: {severity: critical}
        annotations: {runbook_url: "https://runbooks.example.com/web-down"}
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
"""
BAD_RULES = """\
groups:
  - name: web
    rules:
      - alert: WebDown
        expr: up{job="web" == 0
        labels: {severity: critical}
        annotations: {runbook: "docs/runbook.md#web-down"}
      - alert: NoLabels
        expr: up == 0
"""


def _rules_scan(tmp_path: Path, text: str) -> Any:
    write(tmp_path, {"monitoring/web.rules.yml": text})
    return scan(tmp_path, only=("monitoring",))


@pytest.mark.skipif(shutil.which("promtool") is None,
                    reason="promtool not on PATH (Debian package `prometheus`; scripts/test installs it)")
def test_rules_checked_with_promtool(tmp_path: Path) -> None:
    result = _rules_scan(tmp_path, GOOD_RULES)
    [ok] = findings(result, "monitoring/alert-rules")
    assert ok.status is Status.PASS and "promtool" in ok.message
    assert statuses(result, "monitoring/alert-labels") == {Status.PASS}
    result = _rules_scan(tmp_path, BAD_RULES)
    [bad] = findings(result, "monitoring/alert-rules", Status.FAIL)
    assert "promtool" in bad.message and "monitoring/web.rules.yml" in bad.message
    assert "could not parse expression" in bad.message


def test_rules_checked_with_promql_parser_when_promtool_absent(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("promql_parser", reason="promql-parser not installed (pip install 'deploycheck[lint]')")
    # A PATH without promtool: the same situation as a machine that never installed it.
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", str(bare))
    root = tmp_path / "repo"
    result = _rules_scan(root, GOOD_RULES)
    [ok] = findings(result, "monitoring/alert-rules")
    assert ok.status is Status.PASS and "promql-parser" in ok.message
    result = _rules_scan(root, BAD_RULES)
    [bad] = findings(result, "monitoring/alert-rules", Status.FAIL)
    assert "WebDown" in bad.message and "invalid PromQL" in bad.message
    assert bad.location and bad.location.path == "monitoring/web.rules.yml" and bad.location.line == 4
    # severity/runbook: WebDown has both (runbook: counts), NoLabels has neither
    labels = {f.message.split()[1]: f.status for f in findings(result, "monitoring/alert-labels")}
    assert labels == {"WebDown": Status.PASS, "NoLabels": Status.FAIL}
    assert os.environ["PATH"] == str(bare)


def test_prometheus_rule_object_and_no_rules(tmp_path: Path) -> None:
    rule = {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"groups": [{"name": "web", "rules": [{"alert": "WebDown", "expr": "up == 0"}]}]}}
    result = _scan(tmp_path, deployment(), rule, only="monitoring")
    assert statuses(result, "monitoring/alert-rules") == {Status.PASS}
    [f] = findings(result, "monitoring/alert-labels")
    assert f.status is Status.FAIL and f.location and f.location.object and f.location.object.kind == "PrometheusRule"
    result = _scan(tmp_path, deployment(), only="monitoring")
    [none] = findings(result, "monitoring/alert-rules")
    assert none.status is Status.FAIL and "no alerting rules" in none.message
    assert statuses(result, "monitoring/alert-labels") == {Status.SKIPPED}


# --- corpus: podinfo ---------------------------------------------------------------------------


def _podinfo(corpus: Path, set_values: dict[str, Any] | None = None) -> Any:
    # Only the chart (plain manifests of deploy/ and kustomize/ are other variants of the app).
    config = Config(helm_charts=[HelmChartConfig(path="charts/podinfo", set=set_values or {})],
                    manifests=["no-plain-manifests/*.yaml"])
    return run(corpus / "podinfo", config, Options(),
               only=("health-probes", "rollout-strategy", "monitoring", "resource-limits"))


@pytest.mark.corpus
def test_podinfo_chart_default_values(corpus: Path) -> None:
    result = _podinfo(corpus)
    # exec probes `podcli check http localhost:9898/healthz` (liveness) and /readyz (readiness)
    [ready] = findings(result, "health-probes/readiness")
    assert ready.status is Status.PASS and ready.evidence
    assert ready.evidence["http_paths"] == ["/healthz", "/readyz"]
    assert statuses(result, "health-probes/liveness") == {Status.PASS}
    assert statuses(result, "health-probes/distinct") == {Status.PASS}
    # resources: requests cpu 1m / memory 16Mi, `limits:` empty -> no memory limit
    [limits] = [f for f in findings(result, "resource-limits/requests-and-limits")
                if f.location and f.location.object and f.location.object.kind == "Deployment"]
    assert limits.status is Status.FAIL and "limits.memory" in limits.message
    # replicaCount 1, hpa.enabled false, podDisruptionBudget {} -> no HPA and no PDB rendered
    [rep] = findings(result, "rollout-strategy/replicas")
    assert rep.status is Status.FAIL and "1 replica" in rep.message
    assert statuses(result, "rollout-strategy/pdb") == {Status.NA}
    # strategy RollingUpdate with maxUnavailable 1 over its 1 replica: the only pod may stop first
    [strat] = findings(result, "rollout-strategy/strategy")
    assert strat.status is Status.WARN and "every pod may stop at once" in strat.message
    # serviceMonitor.enabled false, but the pod template carries prometheus.io/scrape: "true"
    [scraped] = findings(result, "monitoring/metrics-scraped")
    assert scraped.status is Status.PASS and "pod template" in scraped.message
    assert statuses(result, "monitoring/alert-rules") == {Status.FAIL}


@pytest.mark.corpus
def test_podinfo_chart_with_hpa_pdb_and_service_monitor(corpus: Path) -> None:
    result = _podinfo(corpus, {"replicaCount": 2, "hpa": {"enabled": True, "cpu": 80},
                               "podDisruptionBudget": {"maxUnavailable": 1},
                               "serviceMonitor": {"enabled": True}})
    [rep] = findings(result, "rollout-strategy/replicas")
    assert rep.status is Status.PASS and "HorizontalPodAutoscaler podinfo minReplicas" in rep.message
    [budget] = findings(result, "rollout-strategy/pdb")
    assert budget.status is Status.PASS and budget.evidence and budget.evidence["maxUnavailable"] == 1
    [scraped] = findings(result, "monitoring/metrics-scraped")
    assert scraped.status is Status.PASS and "ServiceMonitor podinfo (Service podinfo)" in scraped.message


def test_hpa_of_an_unrelated_base_does_not_count(tmp_path: Path) -> None:
    # podinfo's deploy/webapp/frontend/hpa.yaml targets `backend`; the frontend HPA of deploy/bases
    # (no namespace, another folder) must not stand in for it.
    base_hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "web"},
                "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                         "minReplicas": 3, "maxReplicas": 5}}
    write(tmp_path, {"bases/hpa.yaml": manifest(base_hpa),
                     "overlay/app.yaml": manifest(deployment(spec={"replicas": 1}))})
    [f] = findings(scan(tmp_path, only=("rollout-strategy",)), "rollout-strategy/replicas")
    assert f.status is Status.FAIL and "spec.replicas" in f.message
    write(tmp_path, {"overlay/hpa.yaml": manifest(base_hpa)})  # beside the Deployment: it applies
    [f] = findings(scan(tmp_path, only=("rollout-strategy",)), "rollout-strategy/replicas")
    assert f.status is Status.PASS


@pytest.mark.skipif(shutil.which("promtool") is None,
                    reason="promtool not on PATH (Debian package `prometheus`; scripts/test installs it)")
def test_promtool_attributes_errors_to_the_prometheus_rule_object(tmp_path: Path) -> None:
    bad = {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
           "metadata": {"name": "broken", "namespace": "shop"},
           "spec": {"groups": [{"name": "g", "rules": [{"alert": "X", "expr": "rate(up[5m]"}]}]}}
    write(tmp_path, {"monitoring/web.rules.yml": GOOD_RULES})
    result = _scan(tmp_path, deployment(), bad, only="monitoring")
    [f] = findings(result, "monitoring/alert-rules", Status.FAIL)
    assert f.message.startswith("PrometheusRule/shop/broken: promtool:")
    assert f.location and f.location.object and f.location.object.name == "broken"


def test_replicas_not_demanded_of_a_single_writer_database(tmp_path: Path) -> None:
    db = deployment("db", container(name="mysql", image="mysql:8.4"), spec={"replicas": 1})
    [f] = findings(_scan(tmp_path, db, only="rollout-strategy"), "rollout-strategy/replicas")
    assert f.status is Status.NA and "MySQL, a single-writer database" in f.message
    # a clustered store (RabbitMQ) still gets the advice
    mq = deployment("mq", container(name="rabbitmq", image="rabbitmq:3.13"), spec={"replicas": 1})
    assert statuses(_scan(tmp_path, mq, only="rollout-strategy"), "rollout-strategy/replicas") == {Status.FAIL}


def test_replicas_not_demanded_of_clustered_statefulsets_or_designated_primaries(tmp_path: Path) -> None:
    # ftgo's single-broker Kafka StatefulSet: sized by quorum/replication factor, not "2 replicas"
    kafka = deployment("kafka", container(name="kafka", image="confluentinc/cp-kafka:5.2.4"), spec={"replicas": 1})
    kafka["kind"] = "StatefulSet"
    [f] = findings(_scan(tmp_path, kafka, only="rollout-strategy"), "rollout-strategy/replicas")
    assert f.status is Status.NA and "Kafka" in f.message
    # podinfo's database-primary: its own image, but a primary on a claim (the replicas are another workload)
    volumes = {"volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "data"}}]}
    primary = deployment("database-primary", container(name="db", image="ghcr.io/acme/db:1.0"),
                         spec={"replicas": 1}, pod=volumes)
    primary["kind"] = "StatefulSet"
    [f] = findings(_scan(tmp_path, primary, only="rollout-strategy"), "rollout-strategy/replicas")
    assert f.status is Status.NA and "primary" in f.message
    # the same name without a claim, or a stateless app, still gets the advice
    bare = deployment("api-primary", container(name="api", image="ghcr.io/acme/api:1.0"), spec={"replicas": 1})
    assert statuses(_scan(tmp_path, bare, only="rollout-strategy"), "rollout-strategy/replicas") == {Status.FAIL}


def test_pdb_percentages_against_replicas_and_hpa(tmp_path: Path) -> None:
    # percentages round up against the replica count, as the disruption controller computes them
    two = deployment(spec={"replicas": 2})
    for blocking in ({"minAvailable": "90%"}, {"minAvailable": "51%"}):  # ceil(1.8) = ceil(1.02) = 2 of 2
        [f] = findings(_scan(tmp_path, two, pdb(**blocking), only="rollout-strategy"), "rollout-strategy/pdb")
        assert f.status is Status.FAIL and "= 2 pods) >= replicas 2" in f.message, blocking
    for fine in ({"minAvailable": "50%"}, {"maxUnavailable": "10%"}):  # 1 of 2 must stay; ceil(0.2) = 1 may go
        [f] = findings(_scan(tmp_path, two, pdb(**fine), only="rollout-strategy"), "rollout-strategy/pdb")
        assert f.status is Status.PASS, fine
    # the HPA's minReplicas is the count a drain meets: minAvailable 2 of an HPA min 2 blocks
    hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
           "metadata": {"name": "web", "namespace": "shop"},
           "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                    "minReplicas": 2, "maxReplicas": 6}}
    result = _scan(tmp_path, deployment(spec={"replicas": 4}), hpa, pdb(minAvailable=2), only="rollout-strategy")
    [f] = findings(result, "rollout-strategy/pdb")
    assert f.status is Status.FAIL and "minAvailable 2 >= replicas 2" in f.message


def _workload_ref_rollout(replicas: int, steps: bool = True) -> dict[str, Any]:
    canary: dict[str, Any] = {"steps": [{"setWeight": 50}, {"pause": {}}]} if steps else {}
    return {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"replicas": replicas, "progressDeadlineSeconds": 300, "minReadySeconds": 5,
                     "workloadRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                     "strategy": {"canary": canary}}}


def test_rollout_with_workload_ref_is_judged_through_the_deployment(tmp_path: Path) -> None:
    # The Deployment is scaled to 0 by Argo Rollouts; the Rollout carries the replicas and the strategy,
    # the Deployment the pod labels the PodDisruptionBudget selects.
    scaled_down = deployment(spec={"replicas": 0})
    result = _scan(tmp_path, scaled_down, _workload_ref_rollout(3), pdb(), only="rollout-strategy")
    for cid in ("rollout-strategy/strategy", "rollout-strategy/replicas", "rollout-strategy/pdb"):
        [f] = findings(result, cid)
        assert f.status is Status.PASS and f.location and f.location.object, cid
        assert f.location.object.kind == "Rollout", cid
    result = _scan(tmp_path, scaled_down, _workload_ref_rollout(1), only="rollout-strategy")
    assert statuses(result, "rollout-strategy/replicas") == {Status.FAIL}
    result = _scan(tmp_path, scaled_down, _workload_ref_rollout(3), only="rollout-strategy")
    [f] = findings(result, "rollout-strategy/pdb")
    assert f.status is Status.FAIL and "Rollout web" in f.message
    result = _scan(tmp_path, _workload_ref_rollout(3), only="rollout-strategy")  # the Deployment is elsewhere
    assert statuses(result, "rollout-strategy/pdb") == {Status.SKIPPED}


def test_rules_in_configmaps_and_dot_rules_files_count(tmp_path: Path) -> None:
    configmap = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "prometheus-rules", "namespace": "shop"},
                 "data": {"prometheus.yml": "rule_files: [/etc/prometheus/alerts.rules]\n",
                          "alerts.rules": GOOD_RULES}}
    result = _scan(tmp_path, deployment(), configmap, only="monitoring")
    [ok] = findings(result, "monitoring/alert-rules")
    assert ok.status is Status.PASS and ok.evidence
    assert ok.evidence["sources"] == ["ConfigMap/shop/prometheus-rules[alerts.rules]"]
    [label] = findings(result, "monitoring/alert-labels")
    assert label.status is Status.PASS and label.location and label.location.object
    assert label.location.object.kind == "ConfigMap"
    unlabelled = {**configmap, "data": {"alerts.rules": GOOD_RULES.replace("labels: {severity: critical}", "")}}
    [bad] = findings(_scan(tmp_path, deployment(), unlabelled, only="monitoring"), "monitoring/alert-labels")
    lines = (tmp_path / "k8s/app.yaml").read_text().splitlines()
    key_line = next(i for i, line in enumerate(lines, 1) if line.strip().startswith("alerts.rules:"))
    assert bad.status is Status.FAIL and bad.location and bad.location.line == key_line  # the data key's line

    root = tmp_path / "plain"
    write(root, {"prometheus/service.rules": GOOD_RULES, "etc/udev/99-usb.rules": 'SUBSYSTEM=="usb", MODE="0666"\n'})
    result = scan(root, only=("monitoring",))
    [ok] = findings(result, "monitoring/alert-rules")
    assert ok.status is Status.PASS and ok.evidence and ok.evidence["sources"] == ["prometheus/service.rules"]
    old = tmp_path / "old"
    write(old, {"prometheus/service.rules": "ALERT WebDown\n  IF up == 0\n  FOR 5m\n"})
    [bad] = findings(scan(old, only=("monitoring",)), "monitoring/alert-rules")
    assert bad.status is Status.FAIL and "Prometheus 1.x" in bad.message
