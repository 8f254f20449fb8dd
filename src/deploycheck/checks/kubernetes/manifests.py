"""manifests item: every document parses and is schema-valid for the target Kubernetes version.

Deprecated API versions: deprecations.py; selectors, references and duplicates: references.py;
resource-limits item: resources.py; helm-chart item: helm.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped
from deploycheck.model import Finding, Location, Status
from deploycheck.safety import is_sensitive_name, mask
from deploycheck.sources.kubernetes import all_objects
from deploycheck.sources.schemas import format_path

if TYPE_CHECKING:
    from deploycheck.context import Context


@check(
    "manifests/parse",
    title="Every manifest file parses",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A file kubectl cannot read fails the deployment; so does a file deploycheck could not read.",
    remediation="Fix the YAML/JSON syntax at the reported line (or exclude the file if it is a template).",
)
def manifests_parse(ctx: Context) -> Iterator[Finding]:
    kube = ctx.use(all_objects)
    for problem in kube.problems:
        yield Finding(check_id="", status=Status(problem.status), message=f"{problem.path}: {problem.message}",
                      location=Location(path=problem.path, line=problem.line))
    seen = {p.path for p in kube.problems}
    read_here = _manifest_reader_files(ctx)
    for fp in ctx.files.problems:
        # A directory the walker could not list ("dir/") may hide manifests: say so too. A file's read problem counts
        # only for a file the manifest readers read (they read all of theirs before this loop), not for one another
        # check happened to read first (a too-large workflow YAML), or the finding would depend on the checks' order.
        if (fp.path.endswith((".yaml", ".yml", ".json", "/")) and fp.path not in seen
                and (not fp.read or fp.path in read_here[0] or fp.path.startswith(read_here[1]))):
            yield Finding(check_id="", status=Status.SKIPPED if fp.kind == "skipped" else Status.ERROR,
                          message=f"{fp.path}: {fp.message}", location=Location(path=fp.path))
    if not kube.objects and not kube.problems:
        yield skipped("no Kubernetes manifests found (plain YAML, Helm charts or configured kustomize overlays)")
    elif not kube.problems:
        yield passed(f"{len(kube.objects)} objects parsed from {len(kube.files)} files and renders")


def _manifest_reader_files(ctx: Context) -> tuple[set[str], tuple[str, ...]]:
    """The files the manifest readers read: plain-manifest candidates and kustomize's files, and the prefixes of the
    chart directories (the Helm renderer's)."""
    from deploycheck.sources.kubernetes import candidate_manifest_files, chart_directories
    from deploycheck.sources.kustomize import not_plain_manifests

    dirs = chart_directories(ctx)
    prefixes = tuple(d + "/" for d in dirs if d) + (("templates/", "charts/", "values") if "" in dirs else ())
    return {*candidate_manifest_files(ctx), *ctx.use(not_plain_manifests)}, prefixes


def _without_sops_metadata(body: dict[str, Any]) -> dict[str, Any]:
    """The object as it is applied: a SOPS-encrypted file carries a top-level `sops:` block (mac, version, keys)
    that the decrypting tool (Flux's kustomize-controller, ksops, helm-secrets) removes before applying, so it is
    not a schema error (fastapi-example's two sops Secrets were reported "Additional properties")."""
    sops = body.get("sops")
    if isinstance(sops, dict) and "mac" in sops:
        return {k: v for k, v in body.items() if k != "sops"}
    return body


@check(
    "manifests/schema",
    title="Every object is valid against the schema of the target Kubernetes version",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="The API server rejects objects with unknown fields (kubectl validates strictly since 1.27) or "
              "wrongly typed values; finding that in review is cheaper than in a failed rollout.",
    remediation="Fix the field named in the message (see `kubectl explain <kind>.<field>` for the target "
                "version), or set `kubernetes_version` in .deploycheck.yaml to the cluster's version.",
    references=("https://kubernetes.io/docs/reference/kubernetes-api/",
                "https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation"),
)
def manifests_schema(ctx: Context) -> Iterator[Finding]:
    from deploycheck.checks.kubernetes.deprecations import removal_for
    from deploycheck.sources.schemas import KindSchemas, compile_validator, crd_schemas, resolve_version

    kube = ctx.use(all_objects)
    if not kube.objects:
        yield skipped("no Kubernetes objects to validate")
        return
    wanted = ctx.config.kubernetes_version.lstrip("v")
    version, note = resolve_version(wanted)
    store = KindSchemas.for_version(version) if version else None
    if store is None:
        yield skipped(f"no bundled schemas: {note or 'kubernetes-validate has no schemas for ' + wanted}")
        return
    crds = crd_schemas([o.body for o in kube.of_kind("CustomResourceDefinition")])
    crd_validators: dict[tuple[str, str], Any] = {}
    valid = removed = 0
    for obj in kube.objects:
        key = (obj.kind, obj.api_version)
        validator = None
        if store.is_builtin_group(obj.api_version):
            validator = store.validator(*key)
            if validator is None:
                if removal_for(obj.api_version, obj.kind) is not None:
                    removed += 1
                    continue  # manifests/deprecated-api reports removed and deprecated versions
                yield failed(f"Kubernetes {wanted} serves no kind {obj.kind} in apiVersion {obj.api_version}",
                             obj.location(("apiVersion",)))
                continue
        elif key in crds:
            if key not in crd_validators:
                crd_validators[key] = compile_validator(crds[key], draft=4)
            validator = crd_validators[key]
        else:
            yield skipped(f"{obj.kind} ({obj.api_version}) is a custom resource and no CustomResourceDefinition "
                          "with an openAPIV3Schema for it is in the manifests; not validated",
                          obj.location(None))
            continue
        errors = validator(_without_sops_metadata(obj.body))
        if not errors:
            valid += 1
            continue
        path, _ = errors[0]
        messages = [f"{format_path(p)}: {_masked(obj.body, obj.kind, p, m)}" for p, m in errors]
        yield failed(f"{obj.ref} does not match the {obj.kind} schema: {messages[0]}"
                     + (f" (+{len(messages) - 1} more)" if len(messages) > 1 else ""),
                     obj.location(tuple(path)), {"errors": messages, "schema_version": version})
    if valid:
        yield passed(f"{valid} objects valid against the Kubernetes {version} schemas"
                     + (f" ({note})" if note else ""), evidence={"schema_version": version})
    elif removed == len(kube.objects):
        yield not_applicable("every object uses a removed API version (reported by manifests/deprecated-api)")


def _masked(body: dict[str, Any], kind: str, path: tuple[str | int, ...], message: str) -> str:
    """Schema messages quote the offending value; when that value may be a secret (a Secret's data,
    an env var or key with a secret-like name), show it masked."""
    node: Any = body
    env_name = None
    for i, key in enumerate(path):
        if isinstance(node, dict):
            node = node.get(key)
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
        else:
            return message
        if i > 0 and path[i - 1] == "env" and isinstance(node, dict):
            env_name = str(node.get("name", ""))
    if node is None or isinstance(node, dict | list | bool):
        return message
    sensitive = kind == "Secret" or (env_name is not None and is_sensitive_name(env_name)) or any(
        isinstance(k, str) and is_sensitive_name(k) for k in path)
    if not sensitive:
        return message
    for text in {json.dumps(node), repr(node), str(node)}:
        message = message.replace(text, mask(node))
    return message
