"""KubeGraph's Service <-> workload index gives the answers of the plain scan it replaced (every Service tested)."""

from __future__ import annotations

import itertools

from deploycheck.sources.k8s_graph import KubeGraph, same_scope, service_selects
from deploycheck.sources.kubernetes import K8sObject, KubeSet


def _service(name: str, selector: object, namespace: str | None, path: str) -> K8sObject:
    meta: dict[str, object] = {"name": name}
    if namespace:
        meta["namespace"] = namespace
    return K8sObject({"apiVersion": "v1", "kind": "Service", "metadata": meta, "spec": {"selector": selector}}, path)


def _deployment(name: str, labels: object, namespace: str | None, path: str) -> K8sObject:
    meta: dict[str, object] = {"name": name}
    if namespace:
        meta["namespace"] = namespace
    return K8sObject({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta,
                      "spec": {"template": {"metadata": {"labels": labels}, "spec": {"containers": []}}}}, path)


SELECTORS = [{"app": "a"}, {"app": "a", "tier": "web"}, {"tier": "web", "app": "a"}, {"app": None}, {"app": "None"},
             {"port": 80}, {"port": "80"}, {}, None, "app=a", {"app": "b"}, {1: "x"}, {True: "x"}]
LABELS = [{"app": "a"}, {"app": "a", "tier": "web"}, {"tier": "web"}, {"app": None}, {"app": "None"}, {"port": 80},
          {"port": "80"}, {}, None, {"other": "a"}, {1: "x"}, {True: "x"}, {"app": "b", "tier": "web"}]
PLACES = [(None, "k8s/a.yaml"), ("prod", "k8s/b.yaml"), (None, "other/c.yaml"), ("dev", "k8s/a.yaml")]


def test_services_for_matches_the_plain_scan() -> None:
    services = [_service(f"s{i}", sel, ns, path)
                for i, (sel, (ns, path)) in enumerate(itertools.product(SELECTORS, PLACES))]
    workloads = [_deployment(f"w{i}", labels, ns, path)
                 for i, (labels, (ns, path)) in enumerate(itertools.product(LABELS, PLACES))]
    graph = KubeGraph(KubeSet(objects=[*services, *workloads]))
    for workload in workloads:
        expected = [s for s in services if same_scope(s, workload) and service_selects(s, workload.pod_labels)]
        assert graph.services_for(workload) == expected, workload.body
        assert graph.services_for(workload) == expected  # memoised answer, a fresh copy
    for service in services:
        expected = [w for w in workloads if same_scope(service, w) and service_selects(service, w.pod_labels)]
        assert graph.workloads_for_service(service) == expected, service.body
