"""manifests item: references between objects resolve, and no object is declared twice.

Helm hooks and chart tests (`helm.sh/hook`) are left out of the workload side: they run once
around a release, so a Service selecting only them, or a ConfigMap only they use, says nothing
about the service.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.kubernetes import nothing_found, unless_unbuilt
from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding
from deploycheck.sources.k8s_graph import as_list
from deploycheck.sources.kubectl_docs import applied_directories, documented_objects
from deploycheck.sources.kubernetes import POD_KINDS, K8sObject, all_objects
from deploycheck.sources.kustomize import kustomize_tree
from deploycheck.sources.yaml import YamlError, load_one

if TYPE_CHECKING:
    from deploycheck.context import Context

# An object's identity within a deployment unit: unit, API group, kind, namespace, name.
_Key = tuple[str, str, str, str | None, str]
SELECTOR_KINDS = frozenset({"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"})
# These removed API versions defaulted a missing spec.selector to the template's labels; from apps/v1beta2 on it
# is required, so moving such a Deployment to apps/v1 (what deprecated-api asks) needs one written.
SELECTOR_DEFAULTING_APIS = frozenset({"extensions/v1beta1", "apps/v1beta1"})


def selector_matches(selector: dict[str, Any], labels: dict[str, Any]) -> bool:
    """Kubernetes label-selector semantics: matchLabels and matchExpressions (In/NotIn/Exists/DoesNotExist)."""
    match_labels = selector.get("matchLabels") or {}
    if isinstance(match_labels, dict):
        for key, value in match_labels.items():
            if str(labels.get(key)) != str(value) or key not in labels:
                return False
    for expr in as_list(selector.get("matchExpressions")):
        if not isinstance(expr, dict):
            continue
        key, op = str(expr.get("key")), expr.get("operator")
        values = [str(v) for v in as_list(expr.get("values"))]
        present = key in labels
        value = str(labels.get(key))
        if (op == "In" and not (present and value in values)) or (op == "NotIn" and present and value in values) \
                or (op == "Exists" and not present) or (op == "DoesNotExist" and present):
            return False
    return True


def _same_namespace(a: K8sObject, b: K8sObject) -> bool:
    # An object without a namespace lands in whatever namespace it is applied to (kubectl -n,
    # helm --namespace), so it may share one with anything.
    return a.namespace is None or b.namespace is None or a.namespace == b.namespace


def _workloads(objects: list[K8sObject]) -> list[K8sObject]:
    return [o for o in objects if o.pod_template_path is not None and not o.is_helm_hook]


@check(
    "manifests/selectors",
    title="Selectors match: each workload's selector its pod template, each Service's selector some pods",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A Deployment whose selector does not match its template is rejected; a Service whose selector "
              "matches no pods has no endpoints, so every request to it fails.",
    remediation="Make spec.selector (matchLabels) a subset of spec.template.metadata.labels, and the Service's "
                "spec.selector a subset of the pod labels of the workload it fronts.",
    references=("https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",),
)
def selectors(ctx: Context) -> Iterator[Finding]:
    kube = ctx.use(all_objects)
    workloads = _workloads(kube.objects)
    services = [s for s in kube.of_kind("Service") if isinstance(s.body.get("spec"), dict)]
    if not workloads and not services:
        yield nothing_found(ctx, "no workloads or Services in the manifests")
        return
    ok = problems = unknown = 0
    for obj in workloads:
        if obj.kind not in SELECTOR_KINDS:
            continue
        spec = obj.body.get("spec") or {}
        selector = spec.get("selector") if isinstance(spec, dict) else None
        if obj.kind == "ReplicationController":
            if selector is None:
                ok += 1  # defaults to the template's labels
                continue
            selector = {"matchLabels": selector} if isinstance(selector, dict) else None
        if not isinstance(selector, dict) or not (selector.get("matchLabels") or selector.get("matchExpressions")):
            problems += 1
            moved = (f" ({obj.api_version} defaulted it from the template labels; apps/v1, which replaces that "
                     "removed API, requires it)") if obj.api_version in SELECTOR_DEFAULTING_APIS else ""
            yield failed(f"{obj.ref} has no spec.selector{moved}", obj.location(("spec",)))
        elif not selector_matches(selector, obj.pod_labels):
            problems += 1
            yield failed(f"{obj.ref}: spec.selector does not match the pod template labels",
                         obj.location(("spec", "selector")),
                         {"selector": selector, "template_labels": obj.pod_labels})
        else:
            ok += 1
    for one, other in _overlapping_controllers(ctx, workloads):
        problems += 1
        yield warned(f"{one.ref} and {other.ref} select each other's pods: their selectors overlap, so each "
                     "controller counts the other's pods as its own (and a Service, HPA or PodDisruptionBudget on "
                     "those labels takes both)", other.location(("spec", "selector")),
                     {"selector": _controller_selector(other), "overlaps": str(one.ref)})
    custom = [o for o in kube.objects if o.kind not in SELECTOR_KINDS and "." in o.api_version.split("/")[0]
              and not o.api_version.split("/")[0].endswith(".k8s.io")]
    # Index pod templates by label so each Service looks only at pods carrying its first label
    # (a scan of a big repo has hundreds of Services and workloads; all-pairs was most of this check).
    by_label: dict[tuple[str, str], list[tuple[K8sObject, dict[str, Any]]]] = {}
    for w in workloads:
        labels = w.pod_labels
        for key, value in labels.items():
            by_label.setdefault((str(key), str(value)), []).append((w, labels))
    for svc in services:
        spec = svc.body["spec"]
        selector = spec.get("selector")
        if spec.get("type") == "ExternalName" or not isinstance(selector, dict) or not selector:
            continue  # no selector: endpoints are managed by hand (or by another controller)
        first = next(iter(selector.items()))
        candidates = by_label.get((str(first[0]), str(first[1])), [])
        if any(_same_namespace(svc, w) and selector_matches({"matchLabels": selector}, labels)
               for w, labels in candidates):
            ok += 1
            continue
        if _operator_pods(svc, selector, custom) or _labelled_at_run_time(ctx, svc, selector, workloads):
            ok += 1
            continue
        message = f"Service {svc.name} selects {selector} but no pod template in the manifests has those labels"
        if svc.unit in kube.partial_units:
            # its pods may be in the part of the chart that was not rendered (api-platform-demo's Deployment
            # template fails without the keycloak subchart's helpers; its Service rendered)
            yield skipped(f"{message}; but {kube.partial_units[svc.unit]} was not built, where they may be",
                          svc.location(("spec", "selector")), {"selector": selector})
            unknown += 1
            continue
        problems += 1
        operators = sorted({str(o.ref) for o in custom if _same_namespace(svc, o)})
        if operators:
            yield warned(message + "; an operator may create them from a custom resource", svc.location(
                ("spec", "selector")), {"selector": selector, "custom_resources": operators[:10]})
        else:
            # An absence: the pods may be in a chart not built or a manifest not parsed (then skipped, saying which)
            yield unless_unbuilt(ctx, failed(message, svc.location(("spec", "selector")), {"selector": selector}),
                                 kinds=POD_KINDS)
    if ok:
        yield passed(f"{ok} selectors match their pods")
    elif not problems and not unknown:
        yield not_applicable("no workload selectors or Service selectors to check (only Pods, Jobs or "
                             "selector-less Services)")


def _operator_pods(svc: K8sObject, selector: dict[str, Any], custom: list[K8sObject]) -> K8sObject | None:
    """The custom resource whose operator makes the pods this Service selects: every selector key is namespaced by
    the resource's API group (or a domain it ends with) and one key's value is the resource's name. Operators label
    the pods they create so (ECK's Agent elastic-agent: `agent.k8s.elastic.co/name: elastic-agent`, exceptionless'
    apm Service; Strimzi's `strimzi.io/cluster` for a kafka.strimzi.io Kafka)."""
    keys = [str(k) for k in selector]
    if not keys or not all("/" in k for k in keys):
        return None
    for resource in custom:
        group = resource.api_version.split("/")[0]
        if not _same_namespace(svc, resource):
            continue
        if all(group == (prefix := k.split("/", 1)[0]) or group.endswith("." + prefix) for k in keys) \
                and any(str(v) == resource.name for v in selector.values()):
            return resource
    return None


# The RBAC verbs that let a service account relabel pods
_RELABEL_VERBS = frozenset({"patch", "update", "*"})


def _labelled_at_run_time(ctx: Context, svc: K8sObject, selector: dict[str, Any],
                          workloads: list[K8sObject]) -> K8sObject | None:
    """The workload whose pods carry every label of the selector the template sets, when the labels it lacks are
    ones the pods set themselves: its service account may patch pods (a Role granting patch or update on pods).
    Patroni labels its own pods with their role (`role: master`/`replica`), which patroni_k8s.yaml's
    patronidemo-repl Service selects; its Role grants patch on pods."""
    from deploycheck.sources.k8s_graph import as_dict, as_list, kube_graph

    graph = ctx.use(kube_graph)
    for workload in workloads:
        labels = workload.pod_labels
        if not _same_namespace(svc, workload) or not labels:
            continue
        set_here = {k: v for k, v in selector.items() if k in labels}
        missing = [k for k in selector if k not in labels]
        if not set_here or not missing or not selector_matches({"matchLabels": set_here}, labels):
            continue
        for grant in graph.bindings_for(workload):
            rules = as_list(as_dict(grant.role.body if grant.role else {}).get("rules"))
            if any(isinstance(rule, dict) and {"pods", "*"} & {str(r) for r in as_list(rule.get("resources"))}
                   and _RELABEL_VERBS & {str(v) for v in as_list(rule.get("verbs"))} for rule in rules):
                return workload
    return None


def _controller_selector(obj: K8sObject) -> dict[str, Any] | None:
    spec = obj.body.get("spec")
    selector = spec.get("selector") if isinstance(spec, dict) else None
    if obj.kind == "ReplicationController" and isinstance(selector, dict):
        selector = {"matchLabels": selector}
    if isinstance(selector, dict) and (selector.get("matchLabels") or selector.get("matchExpressions")):
        return selector
    return None


def _overlapping_controllers(ctx: Context, workloads: list[K8sObject]) -> list[tuple[K8sObject, K8sObject]]:
    """Pairs of controllers deployed together (one Helm render, one kustomize build, one plain file) in one namespace
    whose selectors each match the other's pod template (laa-court-data-adaptor's app and prometheus_exporter
    Deployments share the chart's selectorLabels). Kubernetes: "If you have multiple controllers that have overlapping
    selectors, the controllers will fight with each other". Copies of one pair in several renders count once."""
    from deploycheck.sources.helm import helm_renders

    render_of: dict[int, int] = {}
    for number, render in enumerate(ctx.use(helm_renders)):
        for obj in render.objects:
            render_of[id(obj)] = number
    groups: dict[tuple[str, int], list[tuple[K8sObject, dict[str, Any]]]] = {}
    for obj in workloads:
        if obj.kind not in SELECTOR_KINDS or (selector := _controller_selector(obj)) is None:
            continue
        unit = ("helm", render_of[id(obj)]) if id(obj) in render_of else (obj.origin or obj.path, -1)
        groups.setdefault(unit, []).append((obj, selector))
    out: list[tuple[K8sObject, K8sObject]] = []
    seen: set[tuple[str, str]] = set()
    for members in groups.values():
        if len(members) > 50:  # a generated bundle of many controllers: all pairs would be quadratic
            members = members[:50]
        for i, (first, first_selector) in enumerate(members):
            for second, second_selector in members[i + 1:]:
                if not _same_namespace(first, second) or (first.kind, first.name) == (second.kind, second.name):
                    continue
                if selector_matches(first_selector, second.pod_labels) and \
                        selector_matches(second_selector, first.pod_labels):
                    pair = (str(first.ref), str(second.ref))
                    if pair not in seen:
                        seen.add(pair)
                        out.append((first, second))
    return out


def pod_references(obj: K8sObject) -> list[tuple[str, str, tuple[str | int, ...]]]:
    """(kind, name, field path) of every ConfigMap/Secret/PVC/ServiceAccount the pod spec needs.

    References marked `optional: true` are left out: the pod starts without them.
    """
    spec = obj.pod_spec
    if not spec:
        return []
    base = (*(obj.pod_template_path or ()), "spec")
    refs: list[tuple[str, str, tuple[str | int, ...]]] = []

    def add(kind: str, ref: Any, key: str, path: tuple[str | int, ...]) -> None:
        if isinstance(ref, dict) and ref.get(key) and ref.get("optional") is not True:
            refs.append((kind, str(ref[key]), (*base, *path)))

    sa = spec.get("serviceAccountName") or spec.get("serviceAccount")
    if sa and sa != "default":
        refs.append(("ServiceAccount", str(sa), (*base, "serviceAccountName")))
    for i, secret in enumerate(as_list(spec.get("imagePullSecrets"))):
        add("Secret", secret, "name", ("imagePullSecrets", i))
    for i, vol in enumerate(as_list(spec.get("volumes"))):
        if not isinstance(vol, dict):
            continue
        add("ConfigMap", vol.get("configMap"), "name", ("volumes", i))
        add("Secret", vol.get("secret"), "secretName", ("volumes", i))
        add("PersistentVolumeClaim", vol.get("persistentVolumeClaim"), "claimName", ("volumes", i))
        projected = vol.get("projected")
        for source in as_list(projected.get("sources")) if isinstance(projected, dict) else []:
            if isinstance(source, dict):
                add("ConfigMap", source.get("configMap"), "name", ("volumes", i))
                add("Secret", source.get("secret"), "name", ("volumes", i))
    for c in obj.containers():
        for j, env in enumerate(as_list(c.spec.get("env"))):
            source = env.get("valueFrom") if isinstance(env, dict) else None
            if isinstance(source, dict):
                add("ConfigMap", source.get("configMapKeyRef"), "name", (*c.path[len(base):], "env", j))
                add("Secret", source.get("secretKeyRef"), "name", (*c.path[len(base):], "env", j))
        for j, env_from in enumerate(as_list(c.spec.get("envFrom"))):
            if isinstance(env_from, dict):
                add("ConfigMap", env_from.get("configMapRef"), "name", (*c.path[len(base):], "envFrom", j))
                add("Secret", env_from.get("secretRef"), "name", (*c.path[len(base):], "envFrom", j))
    return refs


def _provided(objects: list[K8sObject]) -> set[tuple[str, str]]:
    """(kind, name) of everything the manifests create, including Secrets made by operators."""
    out = {(o.kind, o.name) for o in objects}
    for o in objects:
        spec = o.body.get("spec")
        spec = spec if isinstance(spec, dict) else {}
        if o.kind == "ExternalSecret":  # external-secrets.io: the target Secret defaults to the CR's name
            target = spec.get("target")
            name = target.get("name") if isinstance(target, dict) else None
            out.add(("Secret", str(name or o.name)))
        elif o.kind == "SealedSecret":  # bitnami sealed-secrets: the Secret takes the CR's name
            out.add(("Secret", o.name))
        elif o.kind == "StatefulSet":  # claims made from volumeClaimTemplates
            for tpl in as_list(spec.get("volumeClaimTemplates")):
                if isinstance(tpl, dict) and isinstance(tpl.get("metadata"), dict) and tpl["metadata"].get("name"):
                    out.add(("PersistentVolumeClaim", str(tpl["metadata"]["name"])))
        elif o.kind == "Certificate" and spec.get("secretName"):  # cert-manager writes the TLS secret
            out.add(("Secret", str(spec["secretName"])))
    return out


def _generated(ctx: Context) -> set[tuple[str, str]]:
    """ConfigMaps/Secrets that kustomize generators make (configMapGenerator, secretGenerator): kustomize
    rewrites the references to the hashed names, so the plain base files name them as written here."""
    from deploycheck.sources.yaml import YamlError, load_one

    out: set[tuple[str, str]] = set()
    for rel in ctx.files.glob("kustomization.yaml", "kustomization.yml", "Kustomization"):
        try:
            data = load_one(ctx.files.read_text(rel) or "")
        except YamlError:
            continue  # not ours to report: kustomize itself will
        if not isinstance(data, dict):
            continue
        for key, kind in (("configMapGenerator", "ConfigMap"), ("secretGenerator", "Secret")):
            for gen in data.get(key) or []:
                if isinstance(gen, dict) and gen.get("name"):
                    out.add((kind, str(gen["name"])))
    return out


# The values key of a chart's own ServiceAccount: `serviceAccount` is the `helm create` spelling, `service_account`
# the snake-case one some charts use for the same block (laa-apply-for-legal-aid, laa-crime-application-store).
_ACCOUNT_KEYS = ("serviceAccount", "service_account")


def _chart_uses_existing_account(ctx: Context, obj: K8sObject, name: str) -> tuple[str, str] | None:
    """(values file, signal) when the rendering's values say, the `helm create` way, that the chart does not create
    the ServiceAccount its pods use but names an existing one (serviceAccount.name, part of `name`).

    Helm's RBAC best practices: "If serviceAccount.create is false, then it should not be created, but it should
    still be associated with the same resources". Two forms say so:
    - `create: false` with the name (cla-backend: `<namespace>-irsa-sevice-account`, made by the platform; fala has no
      values.yaml: values/fala-production.yaml names the namespace's `circleci-migrated` account);
    - a name and no `create` at all, in a rendering that makes no ServiceAccount: the chart offers no way to create
      one, so the installer's values name an account that exists (laa-apply-for-legal-aid's values-<env>.yaml set
      `service_account.name: laa-apply-for-legalaid-<env>-irsa` and no template declares a ServiceAccount).
    `create: true` (or a rendering that makes ServiceAccounts of other names) stays a gap: the chart meant to make it.
    The blocks are merged in Helm's order (values.yaml, then the rendering's own values files), the last `create`
    and `name` winning."""
    if not obj.origin or not obj.origin.startswith("helm:"):
        return None
    chart, _, layered = obj.origin.removeprefix("helm:").partition(" (")  # "helm:<chart> (<values files>)"
    chart = chart.strip().strip("/")
    files = [f"{chart}/{file}" if chart else file for file in ("values.yaml", "values.yml")]
    files += [vf.strip() for vf in layered.removesuffix(")").split(",") if vf.strip()]
    create: Any = None
    wanted: tuple[str, str, str] | None = None  # (name, the file that set it, its key)
    for path in files:
        if path not in ctx.all_files.files:
            continue
        try:
            values = load_one(ctx.all_files.read_text(path) or "")
        except YamlError:
            return None
        if not isinstance(values, dict):
            continue
        for key in _ACCOUNT_KEYS:
            account = values.get(key)
            if not isinstance(account, dict):
                continue  # this file leaves the account to the files under it
            if "create" in account:
                create = account["create"]
            if isinstance(account.get("name"), str) and account["name"]:
                wanted = (account["name"], path, key)
        # `serviceAccountName: <name>` (the pod field's own name), at the top or in a dependency's block: the values
        # hand the pods an account to run as, offering no way to create one (hmpps' generic-service:
        # `generic-service: serviceAccountName: book-a-secure-move-api`, the namespace's account)
        for where, block in (("", values), *((f"{k}.", v) for k, v in values.items() if isinstance(v, dict))):
            named = block.get("serviceAccountName") if isinstance(block, dict) else None
            if isinstance(named, str) and named == name:
                wanted = (named, path, f"{where}serviceAccountName")
    if wanted is None or not (name == wanted[0] or name.endswith(f"-{wanted[0]}")):
        return None
    _, path, key = wanted
    if create is False:
        return path, f"{key}.create: false"
    if create is None and not _render_makes_accounts(ctx, obj):
        return path, (f"{key}.name without {key}.create, and the chart's rendering makes no ServiceAccount: "
                      "an existing account, expected in the namespace")
    return None


def _render_makes_accounts(ctx: Context, obj: K8sObject) -> bool:
    """Whether the Helm rendering that produced obj declares any ServiceAccount (unknown rendering: assume it does,
    so the reference stays reported)."""
    from deploycheck.sources.helm import helm_renders

    for render in ctx.use(helm_renders):
        if any(o is obj for o in render.objects):
            return any(o.kind == "ServiceAccount" for o in render.objects)
    return True


@check(
    "manifests/references",
    title="ConfigMaps, Secrets, PVCs and ServiceAccounts the pods use are in the manifests",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="A pod that mounts a missing ConfigMap, Secret or claim, or runs as a missing ServiceAccount, "
              "never starts. Objects created outside the manifests are fine, but should be a known decision.",
    remediation="Add the missing object to the manifests, or make sure it is created before the deployment "
                "(and document it as external), or mark an optional reference `optional: true`.",
    references=("https://kubernetes.io/docs/concepts/configuration/configmap/",),
)
def references(ctx: Context) -> Iterator[Finding]:
    kube = ctx.use(all_objects)
    workloads = _workloads(kube.objects)
    if not workloads:
        yield nothing_found(ctx, "no workloads in the manifests")
        return
    provided = _provided(kube.objects) | _generated(ctx)
    # Declared external in the config (Kind/name or Kind/namespace/name): a known decision, not a gap.
    for entry in ctx.config.section("external_objects", []) or []:
        parts = str(entry).split("/")
        provided.add((parts[0], parts[-1]))
    # Created by the repository's own setup steps (`kubectl create secret ...` in a README or script):
    # an external object the team documented, which is what the remediation asks for.
    documented = ctx.use(documented_objects)
    resolved = external = 0
    by_docs: dict[str, str] = {}
    for obj in workloads:
        missing: dict[tuple[str, str], tuple[str | int, ...]] = {}
        for kind, name, path in pod_references(obj):
            if (kind, name) in provided:
                resolved += 1
            elif (kind, name) in documented:
                resolved += 1
                by_docs[f"{kind}/{name}"] = documented[(kind, name)]
            elif kind == "ServiceAccount" and (existing := _chart_uses_existing_account(ctx, obj, name)):
                resolved += 1
                by_docs[f"{kind}/{name}"] = f"{existing[0]} ({existing[1]})"
            else:
                missing.setdefault((kind, name), path)
        for (kind, name), path in missing.items():
            external += 1
            yield warned(f"{obj.ref} uses {kind} {name}, which is not in the manifests (external? declare it in "
                         f"external_objects: {kind}/{name})",
                         obj.location(path), {"kind": kind, "name": name})
    if resolved:
        note = (f" ({len(by_docs)} external object(s) created by documented steps or named by the chart as existing: "
                + ", ".join(f"{ref} in {where}" for ref, where in sorted(by_docs.items())[:5]) + ")") if by_docs else ""
        yield passed(f"{resolved} references to ConfigMaps/Secrets/PVCs/ServiceAccounts resolve{note}",
                     evidence={"documented_external": by_docs} if by_docs else None)
    elif not external:
        yield passed("the workloads reference no ConfigMaps, Secrets, PVCs or ServiceAccounts")


def _variant_names(a: str, b: str) -> bool:
    """File names that are variants of one name (gpu-monitor-gke.yaml / gpu-monitor-generic.yaml,
    app.yml / app-trafficsplit.yml): a shared stem and at most one differing word on each side."""
    def words(path: str) -> list[str]:
        stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return [w for w in re.split(r"[-_.]", stem.lower()) if w]

    wa, wb = words(a), words(b)
    common = 0
    while common < min(len(wa), len(wb)) and wa[common] == wb[common]:
        common += 1
    return common >= 1 and len(wa) - common <= 1 and len(wb) - common <= 1 and wa != wb


@check(
    "manifests/duplicates",
    title="No object is declared twice",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="Two objects with the same kind, namespace and name overwrite each other on apply: which one wins "
              "depends on file order.",
    remediation="Rename or remove one of them (or merge them).",
)
def duplicates(ctx: Context) -> Iterator[Finding]:
    kube = ctx.use(all_objects)
    if not kube.objects:
        yield skipped("no Kubernetes objects to look at")
        return
    seen: dict[_Key, K8sObject] = {}
    files_of: dict[_Key, set[str]] = {}
    declared: dict[_Key, list[K8sObject]] = {}  # every declaration of each object
    keys_of: dict[str, set[_Key]] = {}  # plain file -> the objects it declares
    pairs: dict[tuple[str, str], list[tuple[K8sObject, K8sObject]]] = {}

    counted: dict[_Key, int] = {}

    def versions(key: _Key) -> int:
        # distinct bodies of an object, counted once; serialised only for objects declared twice (serialising
        # every body was ~1 % of a corpus scan)
        if key not in counted:
            counted[key] = len({json.dumps(o.body, sort_keys=True, default=str) for o in declared[key]})
        return counted[key]

    for obj in kube.objects:
        if obj.is_helm_hook or ("generateName" in obj.metadata and "name" not in obj.metadata):
            continue
        key = _key(obj)
        files_of.setdefault(key, set()).add(obj.path)
        declared.setdefault(key, []).append(obj)
        if obj.origin is None:
            keys_of.setdefault(obj.path, set()).add(key)
        first = seen.get(key)
        if first is None:
            seen[key] = obj
            continue
        pairs.setdefault((first.path, obj.path), []).append((first, obj))

    def override_file(path: str) -> bool:
        # A file holding nothing but objects its siblings declare too: a version of them applied instead
        # of the others (productpage-nodeport.yaml, virtual-service-reviews-v3.yaml).
        keys = keys_of.get(path, set())
        return bool(keys) and all(len(files_of[key]) > 1 for key in keys)

    # Alternative bundles of one directory of plain files (an all-in-one file next to per-service files,
    # a platform variant next to the generic one, single-purpose files that each hold one version of an
    # object) are applied one at a time, as their docs say: two files that share several objects, whose
    # names are variants of one name, or one of which only holds versions of objects the directory has
    # several versions of, are alternatives, not a conflict. A pair applied together is a duplicate
    # whatever its shape: the same file, one Helm render or kustomize build, a kustomization listing both
    # files (read as plain files when no kustomize runs), or a directory the docs apply whole
    # (`kubectl apply -f deploy/`).
    applied = applied_directories(ctx) if pairs else set()
    together = _listed_together(ctx) if pairs else []

    def apart(path_a: str, path_b: str) -> bool:
        # two plain files of one directory that nothing applies together
        folder = path_a.rsplit("/", 1)[0] if "/" in path_a else ""
        return (path_a != path_b and folder == (path_b.rsplit("/", 1)[0] if "/" in path_b else "")
                and folder not in applied and not any(path_a in files and path_b in files for files in together))

    family = _alternative_families(declared, apart) if pairs else {}
    alternatives: list[str] = []
    dupes = 0
    for (path_a, path_b), both in pairs.items():
        plain_apart = both[0][0].origin is None and apart(path_a, path_b)
        # ... when the directory holds different versions of the objects (a menu: route-reviews-v1.yaml
        # restores the version route-all-v1.yaml holds, next to route-reviews-v3.yaml); a verbatim copy
        # with no other version around is a duplicate.
        replaced = (override_file(path_a) or override_file(path_b)) and all(versions(_key(a)) > 1 for a, _ in both)
        # A per-target grid of generated files (rest-narration/deploy/k8s/{java25,native}-{kubernetes,minikube,
        # openshift,knative}.yml) pairs java25-knative.yml with native-openshift.yml over one ConfigMap only:
        # they are alternatives because each is an alternative of a third (native-knative.yml,
        # java25-openshift.yml), one family of files applied one at a time.
        related = family.get(path_a) is not None and family.get(path_a) == family.get(path_b)
        if plain_apart and (len(both) >= 2 or _variant_names(path_a, path_b) or replaced or related):
            alternatives.append(f"{path_a} and {path_b} ({len(both)} shared object(s))")
            continue
        for first, obj in both:
            dupes += 1
            yield failed(f"{obj.ref} is declared twice: in {first.path} and {obj.path}",
                         obj.location(("metadata",)), {"first": first.path, "second": obj.path})
    if not dupes:
        note = (f"; {len(alternatives)} pair(s) of files are alternative bundles of the same objects, applied one "
                f"at a time: {'; '.join(alternatives[:5])}") if alternatives else ""
        yield passed(f"{len(seen)} objects, no duplicates{note}",
                     evidence={"alternative_bundles": alternatives} if alternatives else None)


_FAMILY_PAIR_BUDGET = 200_000


def _alternative_families(declared: dict[_Key, list[K8sObject]], apart: Callable[[str, str], bool]
                          ) -> dict[str, str]:
    """Plain files joined into families of alternatives: two files of one directory, never applied together,
    that share several objects or whose names are variants of one name; joined transitively. File -> the
    family's first file."""
    shared: dict[tuple[str, str], int] = {}
    budget = _FAMILY_PAIR_BUDGET  # quadratic in the files per object: a hostile repository could make it minutes
    for objs in declared.values():
        files = sorted({o.path for o in objs if o.origin is None})
        budget -= len(files) * (len(files) - 1) // 2
        if budget < 0:
            break  # fewer families: more pairs reported as duplicates, never fewer
        for i, a in enumerate(files):
            for b in files[i + 1:]:
                shared[(a, b)] = shared.get((a, b), 0) + 1
    parent: dict[str, str] = {}

    def find(path: str) -> str:
        while parent.get(path, path) != path:
            path = parent[path]
        return path

    joined: set[str] = set()
    for (a, b), count in sorted(shared.items()):
        if apart(a, b) and (count >= 2 or _variant_names(a, b)):
            joined.update((a, b))
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {path: find(path) for path in joined}


def _key(obj: K8sObject) -> _Key:
    return (obj.unit, obj.api_version.split("/")[0] if "/" in obj.api_version else "", obj.kind,
            obj.namespace, obj.name)


def _listed_together(ctx: Context) -> list[set[str]]:
    """The files each kustomization tree reads (kustomize refuses two copies of one object in a build)."""
    return list(ctx.use(kustomize_tree).files.values())
