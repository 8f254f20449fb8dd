"""Rollback section, Kubernetes manifest evidence: something to roll back to (revision history),
something that means the same thing when rolled back to (immutable images), and automatic abort
where progressive delivery is used. The runbook and the live release history are other modules'.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, warned
from deploycheck.model import Finding
from deploycheck.sources.images import ko_built, parse_image, skaffold_builds, skaffold_built
from deploycheck.sources.k8s_graph import as_dict, kube_graph, spec_of

if TYPE_CHECKING:
    from deploycheck.context import Context

ROLLBACK_DOC = "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#rolling-back-a-deployment"
IMAGES_DOC = "https://kubernetes.io/docs/concepts/containers/images/#image-names"
HISTORY_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Rollout")


@check(
    "rollback-plan/revision-history",
    title="Workloads keep revisions to roll back to",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="With revisionHistoryLimit: 0 the old ReplicaSets (ControllerRevisions) are deleted at once, "
              "so `kubectl rollout undo` has nothing to return to.",
    remediation="Remove revisionHistoryLimit: 0 (the default keeps 10) or set it to a few revisions.",
    references=(ROLLBACK_DOC,
                "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#clean-up-policy"),
)
def revision_history(ctx: Context) -> Iterator[Finding]:
    workloads = ctx.use(kube_graph).kind(*HISTORY_KINDS)
    if not workloads:
        yield not_applicable("no Deployment, StatefulSet, DaemonSet or Rollout in the manifests")
        return
    for obj in workloads:
        limit = spec_of(obj).get("revisionHistoryLimit")
        if limit == 0:
            yield failed(f"{obj.kind} {obj.name} keeps no revisions (revisionHistoryLimit: 0)",
                         obj.location(("spec", "revisionHistoryLimit")), {"revisionHistoryLimit": 0})
        else:
            shown = limit if limit is not None else "10 (default)"
            yield passed(f"{obj.kind} {obj.name} keeps {shown} revisions", obj.location(None),
                         {"revisionHistoryLimit": shown})


@check(
    "rollback-plan/immutable-images",
    title="Images are pinned, so a rollback restores the same code",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="`:latest` or an untagged image can point at different code tomorrow: rolling back to it "
              "re-deploys whatever was pushed last. A tag can be moved too; a digest cannot.",
    remediation="Reference images by digest (repo:tag@sha256:...), or at least by a unique version tag; never "
                ":latest or no tag.",
    references=(IMAGES_DOC, "https://polaris.docs.fairwinds.com/checks/reliability/",
                "https://github.com/zegl/kube-score/blob/master/README_CHECKS.md"),
)
def immutable_images(ctx: Context) -> Iterator[Finding]:
    pods = ctx.use(kube_graph).kube.workloads
    if not pods:
        yield not_applicable("no pods or pod templates in the manifests")
        return
    skaffold = ctx.use(skaffold_builds)
    for obj in pods:
        for c in obj.containers():
            raw = c.spec.get("image")
            if not raw:
                continue  # a kustomize patch fragment, or an invalid manifest the schema check reports

            ref = parse_image(str(raw))
            where = obj.location((*c.path, "image"), c.name)
            evidence = {"image": ref.raw}
            built = skaffold_built(skaffold, obj.path, ref)
            if ref.digest:
                yield passed(f"container {c.name}: image pinned by digest", obj.location(None, c.name), evidence)
            elif built:
                yield passed(f"container {c.name}: image {ref.raw} is built by skaffold ({built.path}), which "
                             "deploys it by the reference it built", obj.location(None, c.name),
                             {**evidence, "skaffold": built.path})
            elif ko_built(ref):
                yield passed(f"container {c.name}: image {ref.raw} is built by ko, which deploys it by the digest it "
                             "pushed (ko resolve/apply)", obj.location(None, c.name), evidence)
            elif deployed := _tag_set_by_deploy(ctx, obj, ref.tag):
                # the chart's own tag is a placeholder its deploy commands replace: judge what they deploy
                key, (value, path, line) = deployed
                name = ref.raw[:-len(ref.tag) - 1] if ref.tag and ref.raw.endswith(":" + ref.tag) else ref.raw
                yield warned(f"container {c.name}: image {name} is deployed with the tag {key}={value} "
                             f"that the deploy commands set ({path}:{line}), a tag without a digest (tags can be "
                             "moved)", where, {**evidence, "deploy_tag": f"{key}={value}", "set_at": f"{path}:{line}"},
                             remediation="Deploy by digest: have the pipeline pass the pushed image's digest "
                                         "(image: repo@sha256:<digest>).")
            elif ref.tag is None or ref.tag == "latest":
                yield failed(f"container {c.name}: image {ref.raw} is " + ("untagged" if ref.tag is None else ":latest")
                             + " and changes under the same name", where, evidence)
            else:
                yield warned(f"container {c.name}: image {ref.raw} is pinned by tag only (tags can be moved)", where,
                             evidence, remediation="Add the digest: image: repo:tag@sha256:<digest>.")


@check(
    "rollback-plan/progressive-abort",
    title="Progressive delivery aborts and rolls back on its own",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="A canary that nobody analyses is promoted whatever its error rate: Argo Rollouts needs an "
              "analysis to abort, Flagger a failure threshold and metrics to roll back.",
    remediation="Argo Rollouts: add an AnalysisTemplate step or background analysis (blueGreen: "
                "prePromotionAnalysis or autoPromotionEnabled: false). Flagger: set analysis.threshold and "
                "metrics (request-success-rate, request-duration).",
    references=("https://argo-rollouts.readthedocs.io/en/stable/features/analysis/",
                "https://docs.flagger.app/usage/how-it-works#canary-analysis"),
)
def progressive_abort(ctx: Context) -> Iterator[Finding]:
    graph = ctx.use(kube_graph)
    rollouts = [r for r in graph.kind("Rollout") if r.api_version.startswith("argoproj.io")]
    canaries = [c for c in graph.kind("Canary") if c.api_version.startswith("flagger.app")]
    if not rollouts and not canaries:
        yield not_applicable("no Argo Rollouts or Flagger Canary in use: rollback is `kubectl rollout undo` / "
                             "`helm rollback`")
        return
    for r in rollouts:
        strategy = as_dict(spec_of(r).get("strategy"))
        canary, blue_green = strategy.get("canary"), strategy.get("blueGreen")
        if isinstance(canary, dict):
            steps: list[Any] = canary["steps"] if isinstance(canary.get("steps"), list) else []
            if canary.get("analysis") or any(isinstance(s, dict) and "analysis" in s for s in steps):
                yield passed(f"Rollout {r.name}: canary analysis aborts a failing release", r.location(None))
            else:
                yield failed(f"Rollout {r.name}: canary has no analysis, so nothing aborts a bad release "
                             "(only a manual `kubectl argo rollouts abort`)",
                             r.location(("spec", "strategy", "canary")))
        elif isinstance(blue_green, dict):
            if blue_green.get("prePromotionAnalysis") or blue_green.get("autoPromotionEnabled") is False:
                yield passed(f"Rollout {r.name}: blue-green promotion is gated", r.location(None))
            else:
                yield failed(f"Rollout {r.name}: blue-green promotes automatically without prePromotionAnalysis",
                             r.location(("spec", "strategy", "blueGreen")))
    for c in canaries:
        analysis = as_dict(spec_of(c).get("analysis"))
        missing = [k for k in ("threshold", "metrics") if not analysis.get(k)]
        if missing and not (analysis.get("webhooks") and "threshold" not in missing):
            yield failed(f"Canary {c.name}: analysis has no {' and '.join(missing)}; Flagger cannot decide to roll "
                         "back", c.location(("spec", "analysis") if analysis else ("spec",)))
        else:
            yield passed(f"Canary {c.name}: rolls back after {analysis.get('threshold')} failed checks",
                         c.location(None), {"threshold": analysis.get("threshold")})


def _tag_set_by_deploy(ctx: Context, obj: Any, tag: str | None) -> tuple[str, tuple[str, str, int]] | None:
    """For a container of a chart render: the `...tag` value the chart's deploy commands all set with a variable, when
    the rendered tag is that key's default in the chart's values.yaml (cla-backend: `image.tag: latest` in values,
    `--set image.tag=$IMAGE_TAG` in every bin/*_deploy.sh)."""
    origin = getattr(obj, "origin", None) or ""
    if not origin.startswith("helm:"):
        return None
    from deploycheck.sources.helm import chart_default_values, deploy_set_tags

    chart = origin[len("helm:"):].split(" (", 1)[0]  # "helm:<chart> (<values files>)" (HelmRender.label)
    tags = deploy_set_tags(ctx, chart)
    if not tags:
        return None
    defaults = chart_default_values(ctx, chart)
    missing = object()
    for key, found in tags.items():
        node: Any = defaults
        for part in key.split("."):
            node = node.get(part, missing) if isinstance(node, dict) else missing
        if node is missing:
            continue  # a key the chart does not default: not shown to be this container's tag
        if (tag is None and node in ("", None)) or (tag is not None and str(node) == tag):
            return key, found
    return None
