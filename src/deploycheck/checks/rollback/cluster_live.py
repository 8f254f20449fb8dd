"""Live rollback evidence from the cluster (verify only): a previous revision to return to.
Tested against kmock's KubernetesEmulator (docs/verify.md)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.infrastructure.cluster_live import cluster_client, server_location
from deploycheck.checks.registry import check, errored, failed, not_applicable, passed
from deploycheck.model import Finding, Location, ObjectRef

if TYPE_CHECKING:
    from deploycheck.context import Context


def deployments(ctx: Context) -> list[Any]:
    """The Deployments the service ships (Helm hook/test objects are not part of the release)."""
    from deploycheck.sources.kubernetes import all_objects

    return [o for o in ctx.use(all_objects).of_kind("Deployment") if "helm.sh/hook" not in o.annotations]


@check("rollback-plan/live-previous-revision", title="The release has a previous revision to roll back to",
       severity="medium", needs=("--kube-context", "kubernetes manifests"), live=True,
       rationale="`helm rollback` and `kubectl rollout undo` need a previous revision; a first release or a "
                 "revisionHistoryLimit of 0 leaves nothing to return to.",
       remediation="Keep Helm release history (no --history-max 1) and revisionHistoryLimit > 0, and plan the "
                   "first release's rollback as an uninstall.")
def previous_revision(ctx: Context) -> Iterator[Finding]:
    from deploycheck.probes.cluster import ClusterError, target_namespace
    from deploycheck.sources.helm import helm_renders

    client, problem = cluster_client(ctx)
    if client is None:
        yield problem  # type: ignore[misc]
        return
    try:
        namespace = target_namespace(ctx, client)
        releases = {r.release for r in ctx.use(helm_renders) if r.objects}
        for release in sorted(releases):
            secrets = client.items(f"/api/v1/namespaces/{namespace}/secrets",
                                   {"labelSelector": f"owner=helm,name={release}"})
            versions = sorted(int((s.get("metadata") or {}).get("labels", {}).get("version", 0)) for s in secrets)
            where = Location(url=client.server, object=ObjectRef("HelmRelease", release, namespace))
            if len(versions) >= 2:
                yield passed(f"Helm release {release} has {len(versions)} revisions (can roll back to "
                             f"{versions[-2]})", where, {"revisions": versions})
            elif versions:
                yield failed(f"Helm release {release} has only revision {versions[0]}: nothing to roll back to",
                             where, {"revisions": versions})
            else:
                yield failed(f"Helm release {release} not found in namespace {namespace}", where)
        if releases:
            return
        shipped = deployments(ctx)
        if not shipped:
            yield not_applicable("no Helm release and no Deployment to roll back")
            return
        for obj in shipped:
            ns = obj.namespace or namespace
            where = Location(url=client.server, object=ObjectRef("Deployment", obj.name, ns))
            owned = [rs for rs in client.items(f"/apis/apps/v1/namespaces/{ns}/replicasets")
                     if any(ref.get("kind") == "Deployment" and ref.get("name") == obj.name
                            for ref in (rs.get("metadata") or {}).get("ownerReferences") or [])]
            revisions = sorted(int((rs.get("metadata") or {}).get("annotations", {}).get(
                "deployment.kubernetes.io/revision", 0)) for rs in owned)
            if len(revisions) >= 2:
                yield passed(f"Deployment {ns}/{obj.name} keeps {len(revisions)} ReplicaSet revisions",
                             where, {"revisions": revisions})
            else:
                yield failed(f"Deployment {ns}/{obj.name} has no previous ReplicaSet to roll back to", where,
                             {"revisions": revisions})
    except ClusterError as exc:
        yield errored(str(exc), server_location(client))
