"""Security section, RBAC evidence: roles and bindings that hand out more than a service needs
(endpoint-security), and what each workload's own service account can read of the Secrets
(secrets-management).

The per-role rule on secrets is `secrets-management/rbac-secrets` (checks/security/kubernetes.py); the
checks here follow the grant to the workload that holds it, as kube-linter's and the Kubernetes RBAC
good-practices page do.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.checks.security.kubernetes import secret_rule_reach
from deploycheck.model import Finding
from deploycheck.sources.k8s_graph import RoleGrant, as_dict, as_list, kube_graph
from deploycheck.sources.kubernetes import K8sObject

if TYPE_CHECKING:
    from deploycheck.context import Context

RBAC_GOOD_PRACTICES = "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"
RBAC_DOC = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/"
KUBE_LINTER = "https://docs.kubelinter.io/#/generated/checks"
# Verbs that let the holder give itself (or act as) someone with more rights.
ESCALATING_VERBS = frozenset({"escalate", "bind", "impersonate"})
# Built-in ClusterRoles that read Secrets (`view` deliberately does not).
BUILTIN_SECRET_READERS = frozenset({"cluster-admin", "admin", "edit"})
BUILTIN_NAMESPACE_WRITERS = frozenset({"admin", "edit"})


def _strings(value: Any) -> list[str]:
    return [str(v) for v in as_list(value)]


def _rule_problem(rule: Any) -> str | None:
    """What one PolicyRule grants that no service needs, or None."""
    if not isinstance(rule, dict):
        return None
    verbs, resources = set(_strings(rule.get("verbs"))), set(_strings(rule.get("resources")))
    groups = set(_strings(rule.get("apiGroups")))
    if "*" in verbs and "*" in resources:
        return "every verb on every resource (*/*)"
    if "*" in verbs:
        return f"every verb (*) on {', '.join(sorted(resources)) or 'non-resource URLs'}"
    if "*" in resources:
        return f"{', '.join(sorted(verbs))} on every resource (*)" + (" of every API group" if "*" in groups else "")
    exec_like = {r for r in resources if r in ("pods/exec", "pods/attach")}
    if exec_like and verbs & {"create", "get"}:
        return f"{'/'.join(sorted(verbs & {'create', 'get'}))} on {', '.join(sorted(exec_like))} (a shell in any pod)"
    escalating = verbs & ESCALATING_VERBS
    if escalating:
        return f"{', '.join(sorted(escalating))} (rights beyond its own)"
    return None


@check(
    "endpoint-security/rbac-privileges",
    title="RBAC grants no cluster-admin, wildcards, pod exec or escalation",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A service account bound to cluster-admin, or holding `*` verbs or resources, owns the cluster "
              "once the pod is compromised; `create pods/exec` opens a shell in every pod of the namespace "
              "(with their secrets); escalate/bind/impersonate let the holder grant itself more.",
    remediation="Bind a namespaced Role that lists the exact resources and verbs the service calls; never "
                "bind cluster-admin to a workload's service account; drop pods/exec and escalate/bind/"
                "impersonate.",
    references=(RBAC_GOOD_PRACTICES, RBAC_DOC, KUBE_LINTER),
)
def rbac_privileges(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    roles = graph.kind("Role", "ClusterRole")
    bindings = graph.kind("RoleBinding", "ClusterRoleBinding")
    if not roles and not bindings:
        yield not_applicable("no Roles, ClusterRoles or bindings in the manifests")
        return
    declared = {r.name for r in roles if r.kind == "ClusterRole"}
    for binding in bindings:
        ref = as_dict(binding.body.get("roleRef"))
        subjects = [f"{as_dict(s).get('kind')} {as_dict(s).get('name')}" for s in as_list(binding.body.get("subjects"))]
        if ref.get("name") == "cluster-admin":
            yield failed(f"{binding.kind} {binding.name} binds cluster-admin to {', '.join(subjects) or 'no subject'}",
                         binding.location(("roleRef", "name")), {"subjects": subjects})
        elif (ref.get("kind") == "ClusterRole" and ref.get("name") in BUILTIN_NAMESPACE_WRITERS
              and ref.get("name") not in declared):
            # the built-in user-facing roles: read/write nearly everything in the namespace (secrets, pods/exec,
            # deployments; admin also RoleBindings), far beyond what a workload's service account calls
            yield failed(f"{binding.kind} {binding.name} binds the built-in ClusterRole {ref['name']} (secrets, "
                         f"pods/exec and every workload of the namespace) to {', '.join(subjects) or 'no subject'}",
                         binding.location(("roleRef", "name")), {"subjects": subjects, "role": ref["name"]})

    for role in roles:
        if role.kind == "ClusterRole" and as_dict(role.body.get("aggregationRule")):
            yield passed(f"ClusterRole {role.name} aggregates other roles (judged there)", role.location(None))
            continue
        problems = [(i, why) for i, rule in enumerate(as_list(role.body.get("rules")))
                    if (why := _rule_problem(rule)) is not None]
        if problems:
            i, why = problems[0]
            more = f" (+{len(problems) - 1} more rules)" if len(problems) > 1 else ""
            yield failed(f"{role.kind} {role.name} grants {why}{more}", role.location(("rules", i)),
                         {"rules": [w for _, w in problems]})
        else:
            yield passed(f"{role.kind} {role.name} lists explicit verbs and resources", role.location(None))


def _grant_reads_secrets(grant: RoleGrant) -> tuple[str, str] | None:
    """(status, why) when the grant reaches Secrets: fail for list/watch/*, warn for get on every secret."""
    if grant.role is None:
        if grant.role_kind == "ClusterRole" and grant.role_name in BUILTIN_SECRET_READERS:
            return "fail", f"built-in ClusterRole {grant.role_name} (reads every secret)"
        return None
    worst: tuple[str, str] | None = None
    for rule in as_list(grant.role.body.get("rules")):
        reach = secret_rule_reach(rule)
        if reach is None:
            continue
        verbs, named = reach
        if "*" in verbs or {"list", "watch"} & verbs:
            return "fail", f"{', '.join(sorted(verbs))} on secrets through {grant.role_kind} {grant.role_name}"
        if not named:
            worst = "warn", f"get on every secret through {grant.role_kind} {grant.role_name}"
    return worst


@check(
    "secrets-management/workload-secret-access",
    title="Workloads' service accounts cannot read Secrets they were not given",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="Whoever compromises a pod holds its service account token: if that account may list or watch "
              "Secrets, every credential in the namespace (or the cluster) leaks with the one pod.",
    remediation="Give the workload its own ServiceAccount bound to a Role with `get` on the named secrets it "
                "needs (resourceNames), or mount the secrets as volumes and grant nothing; never bind edit, "
                "admin or cluster-admin to it.",
    references=(RBAC_GOOD_PRACTICES + "#listing-secrets", RBAC_DOC),
)
def workload_secret_access(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    workloads = graph.pod_workloads
    if not workloads:
        yield not_applicable("no pods or pod templates in the manifests")
        return
    for obj in workloads:
        account = graph.service_account_of(obj)
        grants = graph.bindings_for(obj)
        yield _access_finding(obj, account, grants)


def _access_finding(obj: K8sObject, account: str, grants: list[RoleGrant]) -> Finding:
    evidence = {"serviceAccount": account, "bindings": [f"{g.binding.kind}/{g.binding.name}" for g in grants]}
    verdicts = [(g, v) for g in grants if (v := _grant_reads_secrets(g)) is not None]
    for grant, (status, why) in sorted(verdicts, key=lambda gv: gv[1][0] != "fail"):
        message = (f"{obj.kind} {obj.name}: service account {account} may {why} "
                   f"({grant.binding.kind} {grant.binding.name})")
        make = failed if status == "fail" else warned
        return make(message, grant.binding.location(("roleRef",)), evidence)
    unknown = [g for g in grants if g.role is None and g.role_name not in ("view", *BUILTIN_SECRET_READERS)]
    if unknown:
        names = ", ".join(f"{g.role_kind} {g.role_name}" for g in unknown)
        return skipped(f"{obj.kind} {obj.name}: service account {account} is bound to {names}, which is not in the "
                       "manifests: its access to secrets cannot be checked", obj.location(None))
    if grants:
        return passed(f"{obj.kind} {obj.name}: the roles bound to service account {account} do not read secrets "
                      "broadly", obj.location(None), evidence)
    return passed(f"{obj.kind} {obj.name}: no binding in the manifests grants service account {account} anything",
                  obj.location(None), evidence)


@check(
    "endpoint-security/service-account-token",
    title="Pods that do not call the Kubernetes API do not mount a service account token",
    severity="low",  # a warning, as Polaris rates it: defense in depth (CIS 5.1.6), not a broken deployment
    needs=("kubernetes manifests",),
    rationale="Every pod gets its service account's API token mounted unless told otherwise; a service that "
              "never calls the API only hands that token to whoever compromises it.",
    remediation="Set automountServiceAccountToken: false on the pod spec (or on its ServiceAccount); workloads "
                "that call the API keep it and get a ServiceAccount bound to a narrow Role.",
    references=("https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"
                "#opt-out-of-api-credential-automounting", RBAC_GOOD_PRACTICES),
)
def service_account_token(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    workloads = graph.pod_workloads
    if not workloads:
        yield not_applicable("no pods or pod templates in the manifests")
        return
    for obj in workloads:
        spec = obj.pod_spec or {}
        account = graph.service_account_of(obj)
        sa = graph.object_named("ServiceAccount", account, obj)
        mounted = spec.get("automountServiceAccountToken")
        if mounted is None and sa is not None:
            mounted = sa.body.get("automountServiceAccountToken")
        evidence = {"serviceAccount": account, "automountServiceAccountToken": mounted}
        if mounted is False:
            yield passed(f"{obj.kind} {obj.name} mounts no service account token", obj.location(None), evidence)
            continue
        grants = graph.bindings_for(obj)
        if grants:
            names = ", ".join(f"{g.role_kind} {g.role_name}" for g in grants)
            yield passed(f"{obj.kind} {obj.name} calls the API as {account} (bound to {names}); it needs the token",
                         obj.location(None), evidence)
        else:
            field = (*(obj.pod_template_path or ()), "spec")
            yield failed(f"{obj.kind} {obj.name} mounts the token of service account {account} but no binding in the "
                         "manifests gives that account any API access", obj.location(field), evidence)
