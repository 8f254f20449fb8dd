"""Live rollout evidence from the cluster (verify only): the deployed workloads are available and stable.
Tested against kmock's KubernetesEmulator (docs/verify.md)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.infrastructure.cluster_live import cluster_client, server_location
from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, warned
from deploycheck.checks.rollback.cluster_live import deployments
from deploycheck.model import Finding, Location, ObjectRef

if TYPE_CHECKING:
    from deploycheck.context import Context

RESTART_WARN = 3


@check("rollout-strategy/live-rollout-status", title="The deployed workloads are available and not restarting",
       severity="high", needs=("--kube-context", "kubernetes manifests"), live=True,
       rationale="A rollout that never became available, or pods in a restart loop, mean the release is not "
                 "working whatever the manifests say.",
       remediation="Inspect `kubectl rollout status` and the pods' events/logs; roll back if it does not recover.")
def rollout_status(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError, target_namespace

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    shipped = deployments(ctx)
    if not shipped:
        yield not_applicable("no Deployments in the manifests")
        return
    try:
        namespace = target_namespace(ctx, client)
        for obj in shipped:
            ns = obj.namespace or namespace
            ref = ObjectRef("Deployment", obj.name, ns)
            where = Location(url=client.server, object=ref)
            live = client.get(f"/apis/apps/v1/namespaces/{ns}/deployments/{obj.name}")
            if live is None:
                yield failed(f"Deployment {ns}/{obj.name} is not deployed in the cluster", where)
                continue
            want = (live.get("spec") or {}).get("replicas", 1)
            status = live.get("status") or {}
            available = status.get("availableReplicas", 0) or 0
            updated = status.get("updatedReplicas", 0) or 0
            selector = ",".join(f"{k}={v}" for k, v in
                                ((live.get("spec") or {}).get("selector") or {}).get("matchLabels", {}).items())
            restarts = 0
            if selector:
                for pod in client.items(f"/api/v1/namespaces/{ns}/pods", {"labelSelector": selector}):
                    for cs in (pod.get("status") or {}).get("containerStatuses") or []:
                        restarts += int(cs.get("restartCount", 0) or 0)
            evidence = {"replicas": want, "available": available, "updated": updated, "restarts": restarts}
            if available < want or updated < want:
                yield failed(f"Deployment {ns}/{obj.name}: {available}/{want} available, {updated} updated",
                             where, evidence)
            elif restarts >= RESTART_WARN:
                yield warned(f"Deployment {ns}/{obj.name} is available but its pods restarted {restarts} times",
                             where, evidence)
            else:
                yield passed(f"Deployment {ns}/{obj.name}: {available}/{want} available, {restarts} restarts",
                             where, evidence)
    except ClusterError as exc:
        yield errored(str(exc), server_location(client))
