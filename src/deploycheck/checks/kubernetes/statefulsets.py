"""manifests: a StatefulSet's serviceName names a headless Service that selects its pods.

The governing Service gives each pod its stable DNS name (pod-0.<service>); without it, or with a
Service that has a cluster IP, peers cannot address each other and the StatefulSet's identity
guarantees mean nothing (kube-score: statefulset-has-servicename).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.kubernetes import nothing_found
from deploycheck.checks.registry import check, failed, passed
from deploycheck.model import Finding
from deploycheck.sources.k8s_graph import kube_graph, service_selects, spec_of

if TYPE_CHECKING:
    from deploycheck.context import Context


@check(
    "manifests/statefulset-service",
    title="StatefulSets name a headless Service that selects their pods",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="A StatefulSet's pods get their stable network names (name-0.service) from the Service named in "
              "serviceName, which must be headless (clusterIP: None) and select them; otherwise replicas "
              "cannot find each other and clients cannot reach a given member.",
    remediation="Set spec.serviceName to a Service with clusterIP: None whose selector matches the pod "
                "template's labels (a second, normal Service can serve clients).",
    references=("https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id",
                "https://github.com/zegl/kube-score/blob/master/README_CHECKS.md"),
)
def statefulset_service(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    sets = graph.kind("StatefulSet")
    if not sets:
        yield nothing_found(ctx, "no StatefulSet in the manifests")
        return
    for sts in sets:
        name = spec_of(sts).get("serviceName")
        service = graph.object_named("Service", str(name), sts) if name else None
        evidence = {"serviceName": name}
        if not name:
            yield failed(f"StatefulSet {sts.name} has no serviceName", sts.location(("spec",)), evidence)
        elif service is None:
            yield failed(f"StatefulSet {sts.name}: serviceName {name} is not a Service in the manifests",
                         sts.location(("spec", "serviceName")), evidence)
        elif spec_of(service).get("clusterIP") != "None":
            yield failed(f"StatefulSet {sts.name}: Service {name} is not headless (clusterIP: None)",
                         service.location(("spec",)), evidence)
        elif not service_selects(service, sts.pod_labels):
            yield failed(f"StatefulSet {sts.name}: headless Service {name} does not select its pods",
                         service.location(("spec", "selector")), evidence)
        else:
            yield passed(f"StatefulSet {sts.name} is governed by headless Service {name}", sts.location(None), evidence)
