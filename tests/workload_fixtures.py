"""Small manifests for the workload-side Kubernetes checks (rollout, infrastructure, security, rollback).

`app()` builds a Deployment (+ optional Service) whose every part a test can replace, so each test
states only the field it is about.
"""

from __future__ import annotations

from typing import Any

import yaml

GOOD_CONTAINER: dict[str, Any] = {
    "name": "app",
    "image": "registry.example.com/web:1.0@sha256:" + "a" * 64,
    "ports": [{"name": "http", "containerPort": 8080}],
    "readinessProbe": {"httpGet": {"path": "/ready", "port": "http"}},
    "livenessProbe": {"httpGet": {"path": "/live", "port": 8080}},
    "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"memory": "128Mi"}},
    "securityContext": {"runAsNonRoot": True, "allowPrivilegeEscalation": False,
                        "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]}},
}
GOOD_SPEC: dict[str, Any] = {
    "replicas": 3,
    "revisionHistoryLimit": 5,
    "progressDeadlineSeconds": 300,
    "minReadySeconds": 5,
    "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
}


def deployment(name: str = "web", container: dict[str, Any] | None = None, spec: dict[str, Any] | None = None,
               pod: dict[str, Any] | None = None, annotations: dict[str, str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": name, "namespace": "shop"},
        "spec": {**GOOD_SPEC, **(spec or {}),
                 "selector": {"matchLabels": {"app": name}},
                 "template": {"metadata": {"labels": {"app": name}, "annotations": annotations or {}},
                              "spec": {**(pod or {}), "containers": [container or GOOD_CONTAINER]}}},
    }
    return body


def service(name: str = "web", type_: str = "ClusterIP", **spec: Any) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": "shop"},
            "spec": {"type": type_, "selector": {"app": name}, "ports": [{"name": "http", "port": 80,
                                                                         "targetPort": "http"}], **spec}}


def pdb(name: str = "web", **spec: Any) -> dict[str, Any]:
    return {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": name, "namespace": "shop"},
            "spec": {"selector": {"matchLabels": {"app": name}}, **(spec or {"maxUnavailable": 1})}}


def container(**changes: Any) -> dict[str, Any]:
    """GOOD_CONTAINER with keys replaced; a value of None removes the key."""
    out = {**GOOD_CONTAINER, **changes}
    return {k: v for k, v in out.items() if v is not None}


def manifest(*docs: dict[str, Any]) -> str:
    return yaml.safe_dump_all(docs, sort_keys=False)
