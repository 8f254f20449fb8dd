"""Security section, Kubernetes manifest evidence: pod hardening, NetworkPolicy, Service exposure
(endpoint-security) and secrets in env / RBAC on secrets (secrets-management).

The securityContext rules are data (Polaris-style): one row per rule, one registered check per row,
so each rule has its own id to suppress and its own docs entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, warned
from deploycheck.model import Finding, Location
from deploycheck.safety import mask
from deploycheck.sources.datastores import data_stores
from deploycheck.sources.images import parse_image
from deploycheck.sources.k8s_graph import as_dict, as_list, kube_graph, malformed_selector, spec_of
from deploycheck.sources.kubernetes import Container, K8sObject
from deploycheck.sources.secrets import is_placeholder, is_placeholder_words, is_reference, secret_kind_of_value

if TYPE_CHECKING:
    from deploycheck.context import Context

POLARIS = "https://polaris.docs.fairwinds.com/checks/security/"
KUBE_SCORE = "https://github.com/zegl/kube-score/blob/master/README_CHECKS.md"
PSS = "https://kubernetes.io/docs/concepts/security/pod-security-standards/"
SECURITY_CONTEXT_DOC = "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
NETPOL_DOC = "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
RBAC_DOC = "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"
SECRETS_DOC = "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"
NO_PODS = "no pods or pod templates in the manifests"


# --- endpoint-security: securityContext rules (data) --------------------------------------------


def _ctx(c: Container) -> dict[str, Any]:
    sc = c.spec.get("securityContext")
    return sc if isinstance(sc, dict) else {}


def _pod_ctx(obj: K8sObject) -> dict[str, Any]:
    sc = (obj.pod_spec or {}).get("securityContext")
    return sc if isinstance(sc, dict) else {}


def _non_root(obj: K8sObject, c: Container) -> str | None:
    # Each field is resolved on its own (the container's value, else the pod's): runAsNonRoot: true with an effective
    # runAsUser 0 never runs as root because the kubelet refuses to start it (CreateContainerConfigError "container's
    # runAsUser breaks non-root policy"), which is no pass either.
    user = next((sc["runAsUser"] for sc in (_ctx(c), _pod_ctx(obj)) if "runAsUser" in sc), None)
    non_root = next((sc["runAsNonRoot"] for sc in (_ctx(c), _pod_ctx(obj)) if "runAsNonRoot" in sc), None)
    if non_root is True and user == 0 and not isinstance(user, bool):
        return ("sets runAsUser 0 with runAsNonRoot: true: the kubelet refuses to start it (\"container's runAsUser "
                "breaks non-root policy\")")
    for sc in (_ctx(c), _pod_ctx(obj)):  # the container's setting wins over the pod's
        if sc.get("runAsNonRoot") is True or (isinstance(sc.get("runAsUser"), int) and sc["runAsUser"] > 0):
            return None
        if sc.get("runAsNonRoot") is False or sc.get("runAsUser") == 0:
            return "runs as root (runAsNonRoot false / runAsUser 0)"
    return "may run as root: no runAsNonRoot: true or runAsUser > 0"


def _no_escalation(obj: K8sObject, c: Container) -> str | None:
    return None if _ctx(c).get("allowPrivilegeEscalation") is False else "does not set allowPrivilegeEscalation: false"


def _read_only_root(obj: K8sObject, c: Container) -> str | None:
    return None if _ctx(c).get("readOnlyRootFilesystem") is True else "does not set readOnlyRootFilesystem: true"


# What the Pod Security Standards' baseline profile lets a container add (the runtime's defaults); adding
# anything else (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL, ...) re-opens the node whatever was dropped first.
PSS_BASELINE_CAPABILITIES = frozenset({
    "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP",
    "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
})


def _cap_names(value: Any) -> list[str]:
    return [str(x).upper().removeprefix("CAP_") for x in as_list(value)]


def _drop_all(obj: K8sObject, c: Container) -> str | None:
    caps = _ctx(c).get("capabilities") or {}
    drop = _cap_names(caps.get("drop")) if isinstance(caps, dict) else []
    added = _cap_names(caps.get("add")) if isinstance(caps, dict) else []
    dangerous = [cap for cap in added if cap not in PSS_BASELINE_CAPABILITIES]
    if dangerous:  # dropping ALL first does not help: add is applied after drop
        after = " after dropping ALL" if "ALL" in drop else ""
        return (f"adds capabilit{'ies' if len(dangerous) > 1 else 'y'} {', '.join(dangerous)}{after} "
                "(beyond the Pod Security Standards baseline)")
    return None if "ALL" in drop else "does not drop ALL capabilities"


def _not_privileged(obj: K8sObject, c: Container) -> str | None:
    reasons = [k for k in ("hostNetwork", "hostPID", "hostIPC") if (obj.pod_spec or {}).get(k) is True]
    if _ctx(c).get("privileged") is True:
        reasons.insert(0, "privileged")
    return f"runs with {', '.join(reasons)}" if reasons else None


SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod"
SECCOMP_CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/"


def _template_annotations(obj: K8sObject) -> dict[str, Any]:
    meta = (obj.pod_template or {}).get("metadata")
    notes = meta.get("annotations") if isinstance(meta, dict) else None
    return notes if isinstance(notes, dict) else {}


def _seccomp(obj: K8sObject, c: Container) -> str | None:
    """The container's seccomp profile: its own, else the pod's, else the (pre-1.19) annotations."""
    for sc in (_ctx(c), _pod_ctx(obj)):
        profile = sc.get("seccompProfile")
        if isinstance(profile, dict) and profile.get("type"):
            kind = str(profile["type"])
            return None if kind in ("RuntimeDefault", "Localhost") else f"uses seccomp profile {kind}"
    notes = _template_annotations(obj)
    legacy = notes.get(SECCOMP_CONTAINER_ANNOTATION + c.name) or notes.get(SECCOMP_POD_ANNOTATION)
    if legacy:
        ok = str(legacy) in ("runtime/default", "docker/default") or str(legacy).startswith("localhost/")
        return None if ok else f"uses seccomp profile {legacy}"
    return "sets no seccomp profile (the container runtime then runs it Unconfined)"


def _host_access(obj: K8sObject, c: Container) -> str | None:
    volumes = {str(v.get("name")): v for v in as_list((obj.pod_spec or {}).get("volumes")) if isinstance(v, dict)}
    host_paths = set()
    for mount in as_list(c.spec.get("volumeMounts")):
        host_path = as_dict(volumes.get(str(as_dict(mount).get("name")))).get("hostPath")
        if isinstance(host_path, dict):
            host_paths.add(str(host_path.get("path", "?")))
    reasons = [f"mounts hostPath {', '.join(sorted(host_paths))}"] if host_paths else []
    ports = sorted({str(as_dict(p).get("hostPort")) for p in as_list(c.spec.get("ports"))
                    if as_dict(p).get("hostPort")})
    if ports:
        reasons.append(f"binds hostPort {', '.join(ports)}")
    if _ctx(c).get("procMount") not in (None, "Default"):
        reasons.append(f"sets procMount {_ctx(c).get('procMount')}")
    return "; ".join(reasons) or None


@dataclass(frozen=True)
class HardeningRule:
    """One container hardening setting a check looks for."""
    slug: str
    title: str
    severity: str
    test: Callable[[K8sObject, Container], str | None]  # None when the container complies
    field: str  # where the fix goes (for the finding's line)
    rationale: str
    remediation: str


HARDENING: tuple[HardeningRule, ...] = (
    HardeningRule("run-as-non-root", "Containers run as a non-root user", "high", _non_root, "securityContext",
                  "A process running as root in a container is root on the node after any container escape.",
                  "Set securityContext.runAsNonRoot: true (and a runAsUser > 0 the image supports)."),
    HardeningRule("privilege-escalation", "Containers forbid privilege escalation", "high", _no_escalation,
                  "securityContext",
                  "setuid binaries or file capabilities let a compromised process gain more rights than it "
                  "started with.", "Set securityContext.allowPrivilegeEscalation: false."),
    HardeningRule("read-only-root-fs", "Containers have a read-only root filesystem", "medium", _read_only_root,
                  "securityContext",
                  "A writable root filesystem lets an attacker drop tools and persist; immutable containers "
                  "are also reproducible.",
                  "Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the app writes."),
    HardeningRule("capabilities", "Containers drop all Linux capabilities", "medium", _drop_all, "securityContext",
                  "Default capabilities (NET_RAW, CHOWN, ...) are rarely needed and widen every exploit.",
                  "Set securityContext.capabilities.drop: [ALL] and add back only what is needed."),
    HardeningRule("privileged", "No privileged containers or host namespaces", "critical", _not_privileged,
                  "securityContext",
                  "privileged, hostNetwork, hostPID and hostIPC remove the isolation between the pod and the node.",
                  "Remove privileged: true and hostNetwork/hostPID/hostIPC; use specific capabilities instead."),
    # low (a warning, as Polaris' linuxHardening): the Pod Security Standards put seccomp in the restricted
    # profile, not in baseline; a missing profile is hardening left undone, not a broken deployment.
    HardeningRule("seccomp", "Containers run under the RuntimeDefault (or a Localhost) seccomp profile", "low",
                  _seccomp, "securityContext",
                  "Without a seccomp profile Kubernetes runs containers Unconfined: every system call of the kernel "
                  "is reachable, including the ones container escapes use. The Pod Security Standards' restricted "
                  "profile requires RuntimeDefault or Localhost.",
                  "Set securityContext.seccompProfile.type: RuntimeDefault on the pod (or each container)."),
    HardeningRule("host-access", "Containers do not mount host paths, bind host ports or unmask /proc", "high",
                  _host_access, "volumeMounts",
                  "A hostPath mount reads or writes the node's files (the kubelet's credentials, the container "
                  "runtime socket); a hostPort ties the pod to one node's address and bypasses NetworkPolicies; "
                  "procMount Unmasked exposes the host's /proc. The Pod Security Standards' baseline profile "
                  "forbids all three.",
                  "Use a PersistentVolumeClaim, ConfigMap or emptyDir instead of hostPath, a Service instead of "
                  "hostPort, and leave procMount at Default."),
)


def _register_hardening(rule: HardeningRule) -> None:
    def run(ctx: Context) -> Iterator[Finding]:
        pods = ctx.use(kube_graph).kube.workloads  # pod templates and Pods
        if not pods:
            yield not_applicable(NO_PODS)
            return
        for obj in pods:
            for c in obj.containers():
                problem = rule.test(obj, c)
                if problem:
                    where = (*c.path, rule.field) if rule.field in c.spec else c.path
                    yield failed(f"container {c.name} {problem}", obj.location(where, c.name))
                else:
                    yield passed(f"container {c.name}: {rule.title.lower()}", obj.location(None, c.name))

    check(f"endpoint-security/{rule.slug}", title=rule.title, severity=rule.severity,
          needs=("kubernetes manifests",), rationale=rule.rationale, remediation=rule.remediation,
          references=(SECURITY_CONTEXT_DOC, PSS, POLARIS, KUBE_SCORE))(run)


for _rule in HARDENING:
    _register_hardening(_rule)


# --- endpoint-security: NetworkPolicy and Service exposure ---------------------------------------


def _governs_ingress(policy: K8sObject) -> bool:
    spec = spec_of(policy)
    types = spec.get("policyTypes")
    return "Ingress" in types if isinstance(types, list) else True  # default: Ingress always applies


def _allows_everyone(policy: K8sObject) -> bool:
    return any(rule == {} or (isinstance(rule, dict) and not rule.get("from"))
               for rule in as_list(spec_of(policy).get("ingress")))


@check(
    "endpoint-security/network-policy",
    title="A NetworkPolicy restricts ingress to the pods",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="Without a NetworkPolicy every pod in the cluster can reach the service's pods directly, "
              "bypassing the ingress, its TLS and its authentication.",
    remediation="Add a NetworkPolicy selecting the pods with policyTypes [Ingress] and ingress rules that "
                "allow only the callers that need it (a namespace-wide deny-all plus allow rules is the usual "
                "pattern).",
    references=(NETPOL_DOC, KUBE_SCORE),
)
def network_policy(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    if not graph.long_running:
        yield not_applicable("no long-running workloads in the manifests")
        return
    for policy in graph.kind("NetworkPolicy"):
        why = malformed_selector(spec_of(policy).get("podSelector"))
        if why:  # not "selects all pods": it restricts nothing we could count on
            yield failed(f"NetworkPolicy {policy.name}: podSelector {why}; it is not counted as restricting any pod",
                         policy.location(("spec", "podSelector") if "podSelector" in spec_of(policy) else ("spec",)),
                         {"podSelector": spec_of(policy).get("podSelector")})
    for obj in graph.long_running:
        policies = [p for p in graph.network_policies_for(obj) if _governs_ingress(p)]
        evidence = {"policies": [p.name for p in policies]}
        if not policies:
            yield failed(f"no NetworkPolicy restricts ingress to {obj.kind} {obj.name}",
                         obj.location(("spec", "template", "metadata")), evidence)
        elif all(_allows_everyone(p) for p in policies):
            yield warned(f"the NetworkPolicies selecting {obj.kind} {obj.name} allow ingress from everyone",
                         policies[0].location(("spec", "ingress")), evidence)
        else:
            yield passed(f"{obj.kind} {obj.name} ingress restricted by {', '.join(p.name for p in policies)}",
                         obj.location(None), evidence)


@check(
    "endpoint-security/service-exposure",
    title="Services are not exposed more widely than needed",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="A LoadBalancer without loadBalancerSourceRanges is open to the whole internet; a NodePort "
              "opens the port on every node. Internal services should stay ClusterIP behind an ingress.",
    remediation="Use ClusterIP behind an Ingress/Gateway, or set spec.loadBalancerSourceRanges to the "
                "networks that must reach the service.",
    references=("https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types",
                KUBE_SCORE),
)
def service_exposure(ctx: Context) -> Iterator[Finding]:
    services = ctx.use(kube_graph).kind("Service")
    patched = list(_unbuilt_patch_exposures(ctx))
    yield from patched
    if not services:
        if not patched:
            yield not_applicable("no Services in the manifests")
        return
    graph = ctx.use(kube_graph)
    for svc in services:
        spec = spec_of(svc)
        kind = spec.get("type", "ClusterIP")
        exposed = kind in ("LoadBalancer", "NodePort")
        edge = _edge_proxy(graph.workloads_for_service(svc)) if exposed else None
        local = _local_cluster_bundle(ctx, svc) if exposed and not edge else None
        if edge:
            yield passed(f"Service {svc.name} is a {kind} in front of an ingress controller ({edge}): exposing "
                         "the edge is its job; the routes behind it are judged by the ingress item",
                         svc.location(None), {"edge_image": edge})
        elif local and not any(True for w in graph.workloads_for_service(svc) for _ in data_stores(w)):
            yield passed(f"Service {svc.name} is a {kind} in a bundle for a local cluster ({local}): how a developer "
                         "reaches the service on their own machine, not how it is exposed where it is deployed",
                         svc.location(None), {"local_bundle": local})
        elif kind == "LoadBalancer" and not spec.get("loadBalancerSourceRanges"):
            yield warned(f"Service {svc.name} is a LoadBalancer open to every address (no loadBalancerSourceRanges)",
                         svc.location(("spec", "type")))
        elif kind == "NodePort":
            yield warned(f"Service {svc.name} is a NodePort: reachable on every node's address",
                         svc.location(("spec", "type")))
        else:
            yield passed(f"Service {svc.name} is {kind}" + (" with source ranges" if kind == "LoadBalancer" else ""),
                         svc.location(None))


_MAX_PATCH_BYTES = 64_000


def _unbuilt_patch_exposures(ctx: Context) -> Iterator[Finding]:
    """A kustomize patch that makes a Service a LoadBalancer or NodePort, in an overlay that could not be built (a
    remote base: polar-bookshop's Argo CD, `resources: [https://.../argo-cd/.../install.yaml]` patched by
    patch-service.yml to `type: LoadBalancer`). kustomize fails unless the patch's target exists, so the patch is
    what will be deployed; with the build missing it is the only place the exposure shows. A built overlay's
    rendered Services are judged as objects instead (never twice)."""
    from deploycheck.sources.kustomize import kustomize_builds, kustomize_tree
    from deploycheck.sources.yaml import YamlError, load_all

    tree = ctx.use(kustomize_tree)
    for build in ctx.use(kustomize_builds):
        if not (build.error or build.skipped):
            continue
        for rel in sorted(tree.files.get(build.directory, set()) & tree.patches):
            text = ctx.files.read_text(rel) or ""
            if "Service" not in text or len(text) > _MAX_PATCH_BYTES or _names_local_cluster(rel, True):
                continue
            try:
                docs = load_all(text)
            except YamlError:
                continue
            for i, doc in enumerate(docs.docs):
                spec = doc.get("spec") if isinstance(doc, dict) and doc.get("kind") == "Service" else None
                kind = spec.get("type") if isinstance(spec, dict) else None
                if kind not in ("LoadBalancer", "NodePort") or (kind == "LoadBalancer" and isinstance(spec, dict)
                                                                 and spec.get("loadBalancerSourceRanges")):
                    continue
                meta = doc.get("metadata") if isinstance(doc.get("metadata"), dict) else {}
                name = str(meta.get("name") or "?")
                open_to = "open to every address (no loadBalancerSourceRanges)" if kind == "LoadBalancer" else \
                    "reachable on every node's address"
                yield warned(f"kustomize patch {rel} makes Service {name} a {kind}, {open_to}; its overlay "
                             f"{build.directory or '.'} was not built, so this patch is the only place it shows",
                             Location(path=rel, line=docs.line_of(i, ("spec", "type"))),
                             {"overlay": build.directory, "service": name, "type": kind})


# A bundle for a single-node cluster on a developer's machine, by a word of its file path or of the values file
# its render used: quarkus-super-heroes' generated deploy/k8s/java25-minikube.yml (NodePort; ClusterIP in the
# -kubernetes variant, Routes in -openshift), `values-kind.yaml`, `k8s/local/`. A data store's Service stays a
# finding even there (the database port opens on the node, and local bundles get applied to shared clusters).
_LOCAL_CLUSTER_WORDS = frozenset({"minikube", "kind", "k3d", "microk8s", "desktop"})
# `local` names other things too (local-path-provisioner, local-storage): a whole folder or a word of a file name
_LOCAL_WORDS_NARROW = frozenset({"local", "localhost"})


def _names_local_cluster(place: str, is_file: bool) -> bool:
    parts = place.lower()[-300:].split("/")
    stem = parts[-1].rsplit(".", 1)[0] if is_file else ""
    folders = parts[:-1] if is_file else parts
    words = set(re.split(r"[^a-z0-9]+", "/".join(parts)))
    narrow = set(folders) | set(re.split(r"[^a-z0-9]+", stem))
    return bool(_LOCAL_CLUSTER_WORDS & words or _LOCAL_WORDS_NARROW & narrow)


def _local_cluster_bundle(ctx: Context, svc: K8sObject) -> str | None:
    """The file (or chart, or values file of its render) naming a local cluster the Service comes from."""
    from deploycheck.sources.helm import helm_renders, local_only_values_files

    values = [] if svc.origin is None else next(
        (r.values_files for r in ctx.use(helm_renders) if r.label == svc.origin and r.values_files), [])
    places = [(svc.path, True)] if svc.origin is None else [(svc.path.partition("/templates/")[0], False),
                                                           *((vf, True) for vf in values)]
    for place, is_file in places:
        if _names_local_cluster(place, is_file):
            return place
    local_values = [vf for vf in values if vf in ctx.use(local_only_values_files)]
    # every values file of the render is passed only by deploy scripts for a developer's own cluster
    if values and len(local_values) == len(values):
        return f"{', '.join(values)}, passed only by deploy scripts for a local cluster"
    return None


# Ingress controllers and gateway proxies, by image repository: the edge of the cluster, the one workload whose
# Service must be reachable from outside (ingress-nginx, the older nginx-ingress-controller eShop deploys, NGINX
# Inc's, Traefik, HAProxy, Contour's Envoy, Kong, Emissary, Istio's gateway proxy).
_EDGE_IMAGE = re.compile(r"(?:^|/)(?:ingress-nginx/controller|nginx-ingress-controller|nginx-ingress|"
                         r"kubernetes-ingress(?:-controller)?|haproxy-ingress|traefik|contour|kong|"
                         r"emissary|ambassador|gloo(?:-ee)?/gateway-proxy)$")


def _edge_proxy(workloads: list[K8sObject]) -> str | None:
    """The ingress-controller image of the pods a Service selects (Istio's gateway by its `istio` label)."""
    for obj in workloads:
        if obj.pod_labels.get("istio") == "ingressgateway":
            return "istio ingressgateway"
        for c in obj.containers(include_init=False):
            image = c.spec.get("image")
            if isinstance(image, str) and _EDGE_IMAGE.search(parse_image(image).repository):
                return parse_image(image).repository
    return None


# --- secrets-management ------------------------------------------------------------------------

# The checklist's patterns: *PASSWORD*, *SECRET*, *TOKEN*, *_KEY (plus the usual spellings of them).
SENSITIVE_ENV = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|API_?KEY|_KEY$|^KEY$", re.I)
# ...but not variables that name or locate a secret (ALLOYDB_SECRET_NAME, TOKEN_URL, PASSWORD_FILE), nor those that
# describe one: its type, format or algorithm (laa-apply-for-legal-aid's CCMS_SOA_CLIENT_PASSWORD_TYPE, the WS-Security
# URI `...#PasswordText`; TOKEN_TYPE=Bearer, JWT_KEY_ALGORITHM=RS256). Their values are still judged as the secret
# scan judges any value.
POINTER_ENV = re.compile(r"_(NAME|PATH|FILE|URL|URI|ID|ENDPOINT|REF|TYPE|KIND|FORMAT|ALGORITHM|ALG|SCHEME)$", re.I)
# ...nor switches about one (argocd-image-updater's WEBHOOK_REQUIRE_SECRET, a boolean its ConfigMap sets;
# ALLOW_EMPTY_PASSWORD): a verb that turns a behaviour on or off, or a state word at the end. Their values too are
# judged as the secret scan judges any value.
SWITCH_ENV = re.compile(r"(?:^|_)(?:REQUIRE|ENABLE|DISABLE|ALLOW|SKIP)_|_(?:ENABLED|DISABLED|REQUIRED|ALLOWED)$", re.I)


def _literal_secret(value: Any) -> bool:
    """Whether a literal env value could be a secret. Booleans, numbers, `$(VAR)` references and file
    paths are not: /var/run/secrets/token means the secret is mounted as a file, which is the right way."""
    if value is None or isinstance(value, bool | int | float):
        return False
    text = str(value).strip()
    if not text or text.startswith(("/", "$(")) or text.lower() in ("true", "false", "yes", "no"):
        return False
    return not text.replace(".", "", 1).isdigit()  # "3600" (a TTL, a port) is configuration


# A placeholder where an API key or a token goes (quarkus-super-heroes' `OPENAI_API_KEY: change-me` for an optional
# feature; `your-api-key`, `XXXXXXXX`): the manifest holds no key, only the place of one. Not for a password or a
# secret, whose placeholder is the credential every installation gets (`POSTGRES_PASSWORD: changeme` lets anyone in).
_OWN_CREDENTIAL_ENV = re.compile(r"PASSWORD|PASSWD|SECRET|CREDENTIAL", re.I)


def _placeholder_key(name: str, value: str) -> bool:
    """A placeholder word, not a reference: `${NOTIFY_API_KEY}` in find-moj-data's Deployment is filled by envsubst
    from the CI secret, so the key lands in the spec in clear (a labelled problem)."""
    return not _OWN_CREDENTIAL_ENV.search(name) and not is_reference(value) and (
        is_placeholder(value) or is_placeholder_words(value))


@check(
    "secrets-management/literal-env",
    title="Sensitive environment variables come from Secrets, not literal values",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A literal value in a manifest is in git, in every rendered chart, in `kubectl get -o yaml` "
              "and in the pod spec anyone with read access sees.",
    remediation="Use valueFrom.secretKeyRef (the Secret created by ExternalSecrets, Sealed Secrets, Vault or "
                "the CSI driver) for every password, token, secret or key.",
    references=(SECRETS_DOC, "https://external-secrets.io/latest/", "https://secrets-store-csi-driver.sigs.k8s.io/"),
)
def literal_env(ctx: Context) -> Iterator[Finding]:
    pods = ctx.use(kube_graph).kube.workloads  # pod templates and Pods
    seen = False
    for obj in pods:
        for c in obj.containers():
            for i, env in enumerate(as_list(c.spec.get("env"))):
                name = str(env.get("name", "")) if isinstance(env, dict) else ""
                if not SENSITIVE_ENV.search(name) or POINTER_ENV.search(name) or SWITCH_ENV.search(name):
                    # an innocent name does not make a token less of a token (`DATABASE_URL` with a password,
                    # `GH=ghp_…`): the value is judged as the secret scan would judge it
                    value = env.get("value") if isinstance(env, dict) else None
                    kind = secret_kind_of_value(value) if isinstance(value, str) else None
                    if kind:
                        seen = True
                        yield failed(f"container {c.name}: {name} has a literal value the secret scan recognises "
                                     f"({kind}: {mask(value)})", obj.location((*c.path, "env", i), c.name),
                                     {"value": mask(value), "type": kind})
                    continue
                seen = True
                where = obj.location((*c.path, "env", i), c.name)
                source: dict[str, Any] = env["valueFrom"] if isinstance(env.get("valueFrom"), dict) else {}
                if "secretKeyRef" in source:
                    ref = as_dict(source["secretKeyRef"])
                    yield passed(f"container {c.name}: {name} comes from Secret {ref.get('name')}",
                                 obj.location(None, c.name), {"from": "secretKeyRef"})
                elif "configMapKeyRef" in source:
                    yield failed(f"container {c.name}: {name} comes from a ConfigMap, which is not for secrets",
                                 where, {"from": "configMapKeyRef"})
                elif _literal_secret(env.get("value")) and _placeholder_key(name, str(env["value"])):
                    yield passed(f"container {c.name}: {name} holds a placeholder ({mask(env['value'])}), no key",
                                 obj.location(None, c.name), {"placeholder": mask(env["value"])})
                elif _literal_secret(env.get("value")):
                    yield failed(f"container {c.name}: {name} has a literal value {mask(env['value'])}", where,
                                 {"value": mask(env["value"])})
                else:
                    yield passed(f"container {c.name}: {name} carries no literal secret", obj.location(None, c.name))
    if not pods:
        yield not_applicable(NO_PODS)
    elif not seen:
        yield passed("no container sets a password/secret/token/key environment variable")


def secret_rule_reach(rule: Any) -> tuple[set[str], bool] | None:
    """(verbs, restricted to resourceNames) when the RBAC rule reaches core secrets, else None."""
    if not isinstance(rule, dict):
        return None
    groups = [str(g) for g in as_list(rule.get("apiGroups"))]
    resources = [str(r) for r in as_list(rule.get("resources"))]
    if not ({"", "*"} & set(groups)) or not ({"secrets", "*"} & set(resources)):
        return None
    verbs = {str(v) for v in as_list(rule.get("verbs"))} & {"get", "list", "watch", "*"}
    return (verbs, bool(rule.get("resourceNames"))) if verbs else None


@check(
    "secrets-management/rbac-secrets",
    title="RBAC does not grant broad read access to Secrets",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="list/watch on secrets returns every secret's value (not just names); a ClusterRole with it "
              "reads the whole cluster's credentials.",
    remediation="Grant `get` on the named secrets (resourceNames) the workload needs, in a namespaced Role; "
                "never list/watch/* on secrets.",
    references=(RBAC_DOC, "https://kubernetes.io/docs/reference/access-authn-authz/rbac/"),
)
def rbac_secrets(ctx: Context) -> Iterator[Finding]:
    roles = ctx.use(kube_graph).kind("Role", "ClusterRole")
    if not roles:
        yield not_applicable("no Roles or ClusterRoles in the manifests")
        return
    for role in roles:
        worst: Finding | None = None
        for i, rule in enumerate(as_list(role.body.get("rules"))):
            reach = secret_rule_reach(rule)
            if reach is None:
                continue
            verbs, named = reach
            where, shown = role.location(("rules", i)), ", ".join(sorted(verbs))
            # resourceNames confine get, list and watch to the named Secrets (a list/watch is authorized only with a
            # metadata.name field selector naming one: Kubernetes RBAC, "Referring to resources"); `*` still creates
            if "*" in verbs or ({"list", "watch"} & verbs and not named):
                make = failed if role.kind == "ClusterRole" or "*" in verbs else warned
                worst = make(f"{role.kind} {role.name} grants {shown} on secrets"
                             + (" cluster-wide" if role.kind == "ClusterRole" else " in its namespace"), where,
                             {"verbs": sorted(verbs)})
                break
            if not named:
                worst = warned(f"{role.kind} {role.name} grants get on every secret (no resourceNames)", where,
                               {"verbs": sorted(verbs)})
        yield worst or passed(f"{role.kind} {role.name} grants no broad access to secrets", role.location(None))
