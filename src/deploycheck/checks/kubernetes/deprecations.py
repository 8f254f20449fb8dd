"""manifests item: API versions that the target Kubernetes version removed or deprecated.

The table follows the Kubernetes Deprecated API Migration Guide
(https://kubernetes.io/docs/reference/using-api/deprecation-guide/): for each removed
group/version (and the kinds it served), the release that stopped serving it and what to use instead.
Add-on API versions their own project stopped serving (cert-manager's pre-v1 groups) fail whatever the
target Kubernetes version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.kubernetes import all_objects, templated_manifest_heads

if TYPE_CHECKING:
    from deploycheck.context import Context


@dataclass(frozen=True)
class Removal:
    """An API version (for some kinds, or all) and the Kubernetes release that removed it."""
    api_version: str
    kinds: frozenset[str] | None  # None: every kind of that group/version
    removed_in: tuple[int, int]
    replacement: str

    @property
    def removed_label(self) -> str:
        return f"{self.removed_in[0]}.{self.removed_in[1]}"


def _r(api_version: str, kinds: str | None, removed: str, replacement: str) -> Removal:
    major, minor = removed.split(".")
    return Removal(api_version, frozenset(kinds.split()) if kinds else None, (int(major), int(minor)), replacement)


# Kubernetes deprecation guide, "Removed APIs by release".
REMOVALS: tuple[Removal, ...] = (
    # v1.16
    _r("extensions/v1beta1", "Deployment DaemonSet ReplicaSet", "1.16", "apps/v1"),
    _r("extensions/v1beta1", "NetworkPolicy", "1.16", "networking.k8s.io/v1"),
    _r("extensions/v1beta1", "PodSecurityPolicy", "1.16", "policy/v1beta1 (itself removed in 1.25: use Pod "
                                                             "Security Admission)"),
    _r("apps/v1beta1", None, "1.16", "apps/v1"),
    _r("apps/v1beta2", None, "1.16", "apps/v1"),
    # v1.22
    _r("extensions/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1"),
    _r("networking.k8s.io/v1beta1", "Ingress IngressClass", "1.22", "networking.k8s.io/v1"),
    _r("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration ValidatingWebhookConfiguration",
       "1.22", "admissionregistration.k8s.io/v1"),
    _r("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", "1.22", "apiextensions.k8s.io/v1"),
    _r("apiregistration.k8s.io/v1beta1", "APIService", "1.22", "apiregistration.k8s.io/v1"),
    _r("authentication.k8s.io/v1beta1", "TokenReview", "1.22", "authentication.k8s.io/v1"),
    _r("authorization.k8s.io/v1beta1", "SubjectAccessReview LocalSubjectAccessReview SelfSubjectAccessReview",
       "1.22", "authorization.k8s.io/v1"),
    _r("certificates.k8s.io/v1beta1", "CertificateSigningRequest", "1.22", "certificates.k8s.io/v1"),
    _r("coordination.k8s.io/v1beta1", "Lease", "1.22", "coordination.k8s.io/v1"),
    _r("rbac.authorization.k8s.io/v1beta1", None, "1.22", "rbac.authorization.k8s.io/v1"),
    _r("rbac.authorization.k8s.io/v1alpha1", None, "1.22", "rbac.authorization.k8s.io/v1"),
    _r("scheduling.k8s.io/v1beta1", "PriorityClass", "1.22", "scheduling.k8s.io/v1"),
    _r("storage.k8s.io/v1beta1", "CSIDriver CSINode StorageClass VolumeAttachment", "1.22", "storage.k8s.io/v1"),
    # v1.25
    _r("batch/v1beta1", "CronJob", "1.25", "batch/v1"),
    _r("discovery.k8s.io/v1beta1", "EndpointSlice", "1.25", "discovery.k8s.io/v1"),
    _r("events.k8s.io/v1beta1", "Event", "1.25", "events.k8s.io/v1"),
    _r("autoscaling/v2beta1", "HorizontalPodAutoscaler", "1.25", "autoscaling/v2"),
    _r("policy/v1beta1", "PodDisruptionBudget", "1.25", "policy/v1"),
    _r("policy/v1beta1", "PodSecurityPolicy", "1.25", "Pod Security Admission (no replacement kind)"),
    _r("node.k8s.io/v1beta1", "RuntimeClass", "1.25", "node.k8s.io/v1"),
    # v1.26
    _r("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema PriorityLevelConfiguration", "1.26",
       "flowcontrol.apiserver.k8s.io/v1"),
    _r("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.26", "autoscaling/v2"),
    # v1.27
    _r("storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.27", "storage.k8s.io/v1"),
    # v1.29
    _r("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema PriorityLevelConfiguration", "1.29",
       "flowcontrol.apiserver.k8s.io/v1"),
    # v1.32
    _r("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema PriorityLevelConfiguration", "1.32",
       "flowcontrol.apiserver.k8s.io/v1"),
)
GUIDE = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/"

# Add-on APIs their project stopped serving, whatever the Kubernetes version: (group/version, release, use,
# reference). cert-manager 1.6 (October 2021) stopped serving v1alpha2, v1alpha3 and v1beta1 of its groups.
_CERT_MANAGER = "https://cert-manager.io/docs/releases/upgrading/remove-deprecated-apis/"
ADDON_REMOVALS: dict[str, tuple[str, str, str]] = {
    f"{group}/{version}": ("cert-manager 1.6", f"{group}/v1", _CERT_MANAGER)
    for group in ("cert-manager.io", "acme.cert-manager.io") for version in ("v1alpha2", "v1alpha3", "v1beta1")
}


def removal_for(api_version: str, kind: str) -> Removal | None:
    """The removal entry for this apiVersion and kind, if Kubernetes removed (or will remove) it."""
    for removal in REMOVALS:
        if removal.api_version == api_version and (removal.kinds is None or kind in removal.kinds):
            return removal
    return None


def parse_minor(version: str) -> tuple[int, int]:
    parts = version.lstrip("v").split(".")
    return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0


@check(
    "manifests/deprecated-api",
    title="No removed or deprecated API versions for the target Kubernetes version",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="An object in an API version the cluster no longer serves cannot be applied at all; a deprecated "
              "one breaks at the next upgrade.",
    remediation="Move the object to the replacement apiVersion named in the message (check the field changes "
                "in the Kubernetes deprecation guide; `kubectl convert` can help).",
    references=(GUIDE,),
)
def deprecated_api(ctx: Context) -> Iterator[Finding]:
    kube = ctx.use(all_objects)
    # Templated manifests (rendered by terraform/envsubst/Jinja before apply) are read as text: their apiVersion and
    # kind are literal even where the body is no YAML, and a removed version cannot be applied whatever renders it.
    templated = ctx.use(templated_manifest_heads)
    if not kube.objects and not templated:
        yield skipped("no Kubernetes objects to look at")
        return
    target_label = ctx.config.kubernetes_version.lstrip("v")
    target = parse_minor(target_label)
    clean = 0
    # Each place as a function: an object's line is looked up only when it has a finding (most have none, and a
    # lookup composes the object's document again where the parse-ahead child parsed it, parallel.py).
    subjects: list[tuple[str, str, str, Callable[[], Location]]] = [
        (f"{head.kind} in templated manifest {head.path}", head.api_version, head.kind,
         partial(Location, path=head.path, line=head.line)) for head in templated]
    subjects += [(str(obj.ref), obj.api_version, obj.kind, partial(obj.location, ("apiVersion",)))
                 for obj in kube.objects]
    for ref, api_version, kind, where in subjects:
        finding = _judge(ref, api_version, kind, where, target, target_label)
        if finding is None:
            clean += 1
        else:
            yield finding
    if clean:
        yield passed(f"{clean} objects use no API version removed or deprecated as of Kubernetes {target_label}")


def _judge(ref: str, api_version: str, kind: str, where: Callable[[], Location], target: tuple[int, int],
           target_label: str) -> Finding | None:
    """The finding for one object's API version (at `where()`), or None when the target Kubernetes version serves it."""
    addon = ADDON_REMOVALS.get(api_version)
    if addon is not None:
        release, use, reference = addon
        return failed(f"{ref} uses {api_version}, which {release} no longer serves; use {use}", where(),
                      {"apiVersion": api_version, "removed_in": release, "replacement": use, "guide": reference})
    removal = removal_for(api_version, kind)
    if removal is None:
        return None
    evidence = {"apiVersion": api_version, "removed_in": removal.removed_label,
                "replacement": removal.replacement, "guide": GUIDE}
    if target >= removal.removed_in:
        return failed(f"{ref} uses {api_version}, removed in Kubernetes {removal.removed_label} "
                      f"(target {target_label}); use {removal.replacement}", where(), evidence)
    return warned(f"{ref} uses {api_version}, deprecated and removed in Kubernetes "
                  f"{removal.removed_label}; use {removal.replacement}", where(), evidence)
