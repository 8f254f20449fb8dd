"""Containerization: images come from an allowed registry, pinned by digest, pullable, and pushed by CI.

Static part of the `registry` item; the live part (TLS, manifest present, anonymous pull refused)
belongs to the registry probe under `verify`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, manual, not_applicable, passed, warned
from deploycheck.lazy_re import deferred
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding
from deploycheck.sources.images import (
    ImageRef,
    ko_built,
    parse_image,
    registry_matches,
    skaffold_builds,
    skaffold_built,
)
from deploycheck.sources.kubernetes import Container, K8sObject, all_objects
from deploycheck.sources.makefiles import MAKE_VARIABLE, expand, make_rules

if TYPE_CHECKING:
    from deploycheck.context import Context

NO_WORKLOADS = "no workloads (pods or pod templates) in the manifests"


@dataclass
class ImageUse:
    """A container's use of an image."""
    obj: K8sObject
    container: Container
    image: ImageRef

    def location(self, lookup: bool = True) -> Any:
        field_path = (*self.container.path, "image") if lookup else None
        return self.obj.location(field_path, self.container.name)


def image_uses(ctx: Context) -> list[ImageUse]:
    kube = ctx.use(all_objects)
    out = []
    for obj in kube.workloads + kube.of_kind("Pod"):
        for c in obj.containers():
            raw = c.spec.get("image")
            if isinstance(raw, str) and raw.strip():
                out.append(ImageUse(obj, c, parse_image(raw)))
    return out


def _templated(use: ImageUse) -> bool:
    return use.image.has_variables


@check(
    "registry/allowed-registry",
    title="Every image names an explicit registry from the allow-list",
    severity="high",
    needs=("kubernetes manifests", "registries.allowed in the config"),
    rationale="Images from unvetted registries (or Docker Hub by default) bypass your scanning, signing and "
              "rate limits; an explicit registry also makes the pull independent of the node's defaults.",
    remediation="Push the image to an allowed registry and reference it in full (`registry.example.com/team/app`); "
                "list allowed registries under `registries.allowed` in .deploycheck.yaml.",
)
def allowed_registry(ctx: Context) -> Iterator[Finding]:
    uses = ctx.use(image_uses)
    if not uses:
        yield not_applicable(NO_WORKLOADS)
        return
    allowed = ctx.config.registries_allowed
    if not allowed:
        implicit = sorted({u.image.raw for u in uses if not u.image.explicit_registry})
        yield warned("no registry allow-list configured (registries.allowed); images are not checked against one",
                     evidence={"registries_in_use": sorted({u.image.registry for u in uses}),
                               "implicit_docker_hub": implicit[:20]},
                     remediation="Add `registries: {allowed: [registry.example.com]}` to .deploycheck.yaml.")
        for use in uses:
            if not use.image.explicit_registry and not _templated(use):
                yield warned(f"image {use.image.raw} has no registry: it is pulled from Docker Hub implicitly",
                             use.location(), {"image": use.image.raw})
        return
    for use in uses:
        img = use.image
        if _templated(use):
            yield warned(f"image {img.raw} is a template placeholder; cannot tell its registry", use.location(),
                         {"image": img.raw})
        elif not any(registry_matches(img, a) for a in allowed):
            hub = "" if img.explicit_registry else " (implicitly Docker Hub)"
            yield failed(f"image {img.raw} is not from an allowed registry{hub}", use.location(),
                         {"image": img.raw, "registry": img.registry, "allowed": allowed})
        elif not img.explicit_registry:
            yield warned(f"image {img.raw} relies on the implicit Docker Hub registry; name it explicitly",
                         use.location(), {"image": img.raw})
        else:
            yield passed(f"image {img.raw} is from {img.registry}", use.location(False))


@check(
    "registry/digest-pinned",
    title="Every image is pinned by digest",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="A tag can be re-pushed: what runs may differ from what was tested, and a rollback may not "
              "restore the old code. `latest` or no tag also defeats imagePullPolicy caching.",
    remediation="Reference images as `registry/app:1.4.2@sha256:...` (CI can write the digest it pushed).",
)
def digest_pinned(ctx: Context) -> Iterator[Finding]:
    uses = ctx.use(image_uses)
    if not uses:
        yield not_applicable(NO_WORKLOADS)
        return
    skaffold = ctx.use(skaffold_builds)
    for use in uses:
        img = use.image
        built = skaffold_built(skaffold, use.obj.path, img)
        if img.digest:
            yield passed(f"image {img.raw} is pinned by digest", use.location(False))
        elif built:
            yield passed(f"image {img.raw} is built by skaffold ({built.path}), which deploys it by the reference "
                         "it built", use.location(False), {"image": img.raw, "skaffold": built.path})
        elif ko_built(img):
            yield passed(f"image {img.raw} is built by ko, which deploys it by the digest it pushed (ko resolve/apply)",
                         use.location(False), {"image": img.raw})
        elif _templated(use):
            yield warned(f"image {img.raw} is a template placeholder; cannot tell how it is pinned", use.location(),
                         {"image": img.raw})
        elif img.tag in (None, "latest"):
            yield failed(f"image {img.raw} is {'untagged' if img.tag is None else 'latest'}", use.location(),
                         {"image": img.raw})
        else:
            yield warned(f"image {img.raw} is pinned by tag only", use.location(), {"image": img.raw},
                         "Add the digest: image:tag@sha256:...")


def _service_accounts(ctx: Context) -> dict[tuple[str | None, str], K8sObject]:
    return {(o.namespace, o.name): o for o in ctx.use(all_objects).of_kind("ServiceAccount")}


@check(
    "registry/pull-secrets",
    title="Images from private registries have imagePullSecrets",
    severity="high",
    needs=("kubernetes manifests", "registries.private in the config"),
    rationale="Without credentials the kubelet cannot pull from a private registry: pods stay in "
              "ImagePullBackOff and the rollout stalls.",
    remediation="Set `imagePullSecrets` on the pod spec or on its ServiceAccount.",
    references=("https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",),
)
def pull_secrets(ctx: Context) -> Iterator[Finding]:
    private = ctx.config.registries_private
    if not private:
        yield not_applicable("no private registries configured (registries.private)")
        return
    uses = [u for u in ctx.use(image_uses) if any(registry_matches(u.image, p) for p in private)]
    if not uses:
        yield not_applicable("no image comes from a configured private registry")
        return
    accounts = _service_accounts(ctx)
    seen: set[tuple[str, str]] = set()
    for use in uses:
        key = (str(use.obj.ref), use.container.name)
        if key in seen:
            continue
        seen.add(key)
        spec = use.obj.pod_spec or {}
        sa_name = str(spec.get("serviceAccountName") or spec.get("serviceAccount") or "default")
        sa = accounts.get((use.obj.namespace, sa_name)) or accounts.get((None, sa_name))
        if spec.get("imagePullSecrets"):
            yield passed(f"{use.obj.ref} pulls {use.image.raw} with imagePullSecrets", use.location(False))
        elif sa is not None and sa.body.get("imagePullSecrets"):
            yield passed(f"{use.obj.ref} pulls {use.image.raw} with ServiceAccount {sa_name}'s imagePullSecrets",
                         use.location(False))
        else:
            yield failed(f"{use.obj.ref} pulls {use.image.raw} from a private registry without imagePullSecrets "
                         f"(pod or ServiceAccount {sa_name})", use.location(),
                         {"image": use.image.raw, "service_account": sa_name})


# Commands that push an image; build-push-action is handled from the parsed workflow (push: true).
PUSH_COMMANDS = deferred("PUSH_COMMANDS",
    # (`docker buildx build ... --push`: find_push, which reads continuation lines too)
    r"\b(docker|podman|buildah|nerdctl)\s+push\b|\bskopeo\s+copy\b"
    # a multi-arch image is published by pushing its manifest list (metrics-server's push-multi-arch target)
    r"|\b(?:docker|podman|buildah)\s+manifest\s+push\b"
    r"|\bcrane\s+(push|copy)\b|\bko\s+(build|publish|apply|resolve)\b|\bjib\b"
    # (the rest of a line is read to at most 2,000 characters: unbounded, a line of 40,000 `pack build` took each
    # occurrence to the end of the line, quadratic)
    r"|kaniko-project/executor|/kaniko/executor|\bpack\s+build\b[^\n]{0,2000}?--publish|redhat-actions/push-to-registry"
    r"|\bdocker\s+compose\s+push\b|\bdocker-compose\s+push\b"
    # with compose's options first (`docker compose -f ./build/compose.yaml push cart`, dapr-store's Makefile); the
    # options are read to at most 120 characters of the command
    r"|\bdocker(?: +|-)compose [^\n;&|]{0,120}?(?<= )push\b"
    # skaffold builds and pushes unless told the cluster is local (`--push=false`); Cloud Build pushes the images
    # of its build (bank-of-anthos' release script)
    r"|\bskaffold\s+(?:build|run)\b(?![^\n]{0,2000}?--push=false)|\bgcloud\s+builds\s+submit\b"
    r"|Auto-DevOps\.gitlab-ci\.yml|Jobs/Build\.gitlab-ci\.yml"  # GitLab templates that build and push
)
_BUILD_PUSH_ACTION = "docker/build-push-action"
# Depot's action is a drop-in replacement for docker/build-push-action, with the same `push:` and `outputs:` inputs
# (atuin's docker.yaml: `uses: depot/build-push-action@v1` with `push: true`); it pushes on the same terms.
_BUILD_PUSH_ACTIONS = (_BUILD_PUSH_ACTION, "depot/build-push-action")
_OUTPUTS_PUSH = deferred("_OUTPUTS_PUSH", r"(?:^|[,\s])(?:push=true|type=registry)\b")
# `docker buildx build \` with `--push` lines below, after `\` continuations (presidio's release.yml: eight option
# lines). Read one logical line per occurrence, and the next search starts after it: linear on any text.
_BUILDX_BUILD = deferred("_BUILDX_BUILD", r"\bdocker\s+buildx\s+build\b")
_CONTINUED_LINE = deferred("_CONTINUED_LINE", r"(?:[^\n\\]|\\[\s\S])*")
_BUILDX_PUSH_OPTION = deferred("_BUILDX_PUSH_OPTION", r"--push\b(?!=false)")


# chartpress (JupyterHub's chart and image publisher) builds the chart's images and pushes them with --push, given on
# its line or through a shell variable assigned in the same text (binderhub's ci/publish:
# PUBLISH_ARGS="--push ..." then `chartpress $PUBLISH_ARGS --publish-chart`). Lines read to at most 2,000 characters.
_CHARTPRESS = deferred("_CHARTPRESS", r"\bchartpress\b([^\n]{0,2000})")
_SHELL_ASSIGN = deferred("_SHELL_ASSIGN", r"^[ \t]*(?:export[ \t]+)?([A-Za-z_]\w*)=[\"']?([^\n]{0,2000})", re.M)
_SHELL_EXPANSION = deferred("_SHELL_EXPANSION", r"\$\{?([A-Za-z_]\w*)")


_LOCAL_REGISTRY = deferred("_LOCAL_REGISTRY", r"\b(?:localhost|127\.0\.0\.1)[:/]")


def _chartpress_push(text: str) -> tuple[int, str] | None:
    # a push to a registry on the CI runner itself (binderhub's test.yml: `--image-prefix localhost:5000/binderhub-
    # --push` for a kind cluster) does not publish anything a deployment can pull
    pushing = {m.group(1) for m in _SHELL_ASSIGN.finditer(text)
               if re.search(r"--push\b(?!=false)", m.group(2)) and not _LOCAL_REGISTRY.search(m.group(2))}
    for m in _CHARTPRESS.finditer(text):
        rest = m.group(1)
        if (re.search(r"--push\b(?!=false)", rest) and not _LOCAL_REGISTRY.search(rest)) \
                or any(v in pushing for v in _SHELL_EXPANSION.findall(rest)):
            return m.start(), "chartpress --push"
    return None


def find_push(text: str) -> tuple[int, str] | None:
    """(offset, command) of the first command in `text` that pushes an image (PUSH_COMMANDS, chartpress --push, or
    a buildx build whose --push comes on a continuation line)."""
    found = PUSH_COMMANDS.search(text)
    best = (found.start(), found.group(0)) if found else None
    chartpress = _chartpress_push(text) if "chartpress" in text else None
    if chartpress and (best is None or chartpress[0] < best[0]):
        best = chartpress
    pos = 0
    while (m := _BUILDX_BUILD.search(text, pos)) and (best is None or m.start() < best[0]):
        rest = _CONTINUED_LINE.match(text, m.end())
        end = rest.end() if rest else m.end()
        if _BUILDX_PUSH_OPTION.search(text, m.end(), end):
            return m.start(), m.group(0) + " ... --push"
        pos = max(end, m.end())
    return best


def _action_pushes(node: Any) -> str | None:
    """The action (`docker/build-push-action`, or one whose name says it pushes) of a workflow step anywhere in the
    workflow that pushes: `push:` true or an expression for docker/build-push-action."""
    if isinstance(node, dict):
        uses = node.get("uses")
        options: dict[str, Any] = node["with"] if isinstance(node.get("with"), dict) else {}
        push = options.get("push")
        if isinstance(uses, str) and uses.startswith(_BUILD_PUSH_ACTIONS):
            action = uses.split("@", 1)[0]
            if push is True or (isinstance(push, str) and (push.strip().lower() == "true" or "${{" in push)):
                return action
            # `outputs: type=image,name=...,push-by-digest=true,push=true` (keel's multi-arch publish, the layout
            # Docker's documentation gives for merging per-platform digests) or `type=registry` pushes as well
            outputs = options.get("outputs")
            return action if isinstance(outputs, str) and _OUTPUTS_PUSH.search(outputs) else None
        if isinstance(uses, str) and _PUSH_ACTION_NAME.search(uses.split("@", 1)[0].rsplit("/", 1)[-1]):
            # an action whose name says it pushes (grafana/shared-workflows' build-push-to-dockerhub in oncall's
            # engine image workflow, push-to-gar, build-and-push-image): it pushes unless told `push: false`
            off = push is False or (isinstance(push, str) and push.strip().lower() == "false")
            return None if off else uses.split("@", 1)[0]
        return next((found for v in node.values() if (found := _action_pushes(v))), None)
    if isinstance(node, list):
        return next((found for v in node if (found := _action_pushes(v))), None)
    return None


_PUSH_ACTION_NAME = deferred("_PUSH_ACTION_NAME", r"^(?:build[-_](?:and[-_])?)?push[-_](?:to[-_]|image)", re.I)


# CircleCI orbs of container registries (`orbs: {aws-ecr: circleci/aws-ecr@9.0}`): a step or workflow job
# `<alias>/<name>` whose name says it pushes (aws-ecr/gcp-gcr/azure-acr `build-and-push-image`, `push-image`, the
# docker orb's `publish`/`push`) pushes unless its push parameter is false; the ECR orb's `build_image` command
# builds only, so it counts when told `push_image: true` (its default is not relied on)
_REGISTRY_ORB = deferred("_REGISTRY_ORB", r"^[\w-]+/(aws-ecr|gcp-gcr|gcp-gar|azure-acr|docker)@", re.I)
_ORB_PUSH_STEP = deferred("_ORB_PUSH_STEP", r"(?:build[-_]and[-_])?push(?:[-_]image)?|publish", re.I)
_ORB_BUILD_STEP = deferred("_ORB_BUILD_STEP", r"build[-_]image", re.I)
_ORB_PUSH_PARAMETERS = ("push-image", "push_image", "deploy")


def _orb_pushes(doc: Any) -> str | None:
    """The `<alias>/<step>` of a CircleCI config that pushes an image through a registry orb, else None."""
    if not isinstance(doc, dict) or not isinstance(doc.get("orbs"), dict):
        return None
    aliases = {alias for alias, ref in doc["orbs"].items() if isinstance(ref, str) and _REGISTRY_ORB.match(ref)}
    if not aliases:
        return None
    steps: list[Any] = []
    for section, key in (("jobs", "steps"), ("workflows", "jobs")):
        for body in (doc.get(section) or {}).values() if isinstance(doc.get(section), dict) else ():
            if isinstance(body, dict) and isinstance(body.get(key), list):
                steps += body[key]
    for step in steps:
        name, params = (step, {}) if isinstance(step, str) else (
            next(iter(step.items())) if isinstance(step, dict) and len(step) == 1 else (None, {}))
        if not isinstance(name, str) or "/" not in name:
            continue
        alias, command = name.split("/", 1)
        if alias not in aliases:
            continue
        params = params if isinstance(params, dict) else {}
        told = [params[k] for k in _ORB_PUSH_PARAMETERS if k in params]
        off = any(v is False or str(v).strip().lower() == "false" for v in told)
        on = bool(told) and all(v is True or str(v).strip().lower() == "true" for v in told)
        if (_ORB_PUSH_STEP.fullmatch(command) and not off) or (_ORB_BUILD_STEP.fullmatch(command) and on):
            return name
    return None


# `make [-X value | -Xvalue | NAME=value]... TARGET`: group 2 is the target; when the word after the options does not
# start one, the last `NAME=value` whose NAME starts with a letter gives it (group 1), as backtracking into
# `((?:-[A-Za-z]\s*\S+\s+|[A-Za-z_][A-Za-z0-9_]*=\S+\s+)*)([A-Za-z0-9][\w.-]*)` did. The options are read once,
# atomically, and the call matches even without a target, so a `make` inside them (`-C make`) is not retried: a
# suffix of options without a target has none either (quadratic before: 7.1 s for 32,000 characters).
_MAKE_CALL = deferred("_MAKE_CALL", r"\bmake\s+(?>(?:-[A-Za-z]\s*+\S++\s++|([A-Za-z][A-Za-z0-9_]*+)=\S++\s++"
                        r"|_[A-Za-z0-9_]*+=\S++\s++)*)([A-Za-z0-9][\w.-]*+)?")
# A recursive make in a recipe (`@$(MAKE) -C $< docker.push`): its arguments, to one line's end.
_SUB_MAKE = deferred("_SUB_MAKE", r"\$[({]MAKE[)}][ \t]+([^\n;&|]{1,300})")
_SUB_MAKE_FOLDER = deferred("_SUB_MAKE_FOLDER", r"(?:^|\s)-C[ \t]*(\S+)")
def _cloud_build_pushes(doc: Any) -> bool:
    """A Cloud Build config pushes the images its `images:` field lists once the build succeeds, and a step of the
    docker builder with `args: [push, ...]` pushes too (kubernetes-engine-samples' cloudbuild.yaml lists nine tags)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("steps"), list):
        return False
    if isinstance(doc.get("images"), list) and doc["images"]:
        return True
    return any(isinstance(step, dict) and "cloud-builders/docker" in str(step.get("name", ""))
               and isinstance(step.get("args"), list) and step["args"][:1] == ["push"] for step in doc["steps"])


# Azure Pipelines' Docker task: `task: Docker@1` with `command: "Push an image"` (or "Push images"), `Docker@2` with
# `command: push` or `buildAndPush`, which is Docker@2's default when no command is given (mspnp's Drone Delivery
# pipelines push each service's runtime image with Docker@1 "Push an image"). Older versions default to a build.
_AZURE_DOCKER_TASK = deferred("_AZURE_DOCKER_TASK", r"^Docker@(\d{1,3})$")
_AZURE_DOCKER_PUSH_COMMANDS = frozenset({"push", "push an image", "push images", "buildandpush"})


def _azure_docker_task_pushes(node: Any) -> str | None:
    """The pushing command of an Azure Pipelines Docker task anywhere in the pipeline (the task's own name when
    Docker@2 pushes by default), else None."""
    if isinstance(node, dict):
        task = node.get("task")
        match = _AZURE_DOCKER_TASK.match(task.strip()) if isinstance(task, str) else None
        if match:
            inputs = node.get("inputs")
            command = inputs.get("command") if isinstance(inputs, dict) else None
            if command is None:
                return task if int(match.group(1)) >= 2 else None
            pushes = isinstance(command, str) and command.strip().lower() in _AZURE_DOCKER_PUSH_COMMANDS
            return command if pushes else None
        return next((found for v in node.values() if (found := _azure_docker_task_pushes(v))), None)
    if isinstance(node, list):
        return next((found for v in node if (found := _azure_docker_task_pushes(v))), None)
    return None


def _cloud_build_command_lines(docs: list[Any]) -> str:
    """Cloud Build steps written as `entrypoint: make` + `args: [push-all]` as the command lines they run
    (`make push-all`), so the Makefile and script readers see them; a step without an entrypoint runs its builder
    image's own (the image name's last part: `gcr.io/cloud-builders/docker` runs docker)."""
    lines = []
    for doc in docs:
        steps = doc.get("steps") if isinstance(doc, dict) else None
        for step in steps if isinstance(steps, list) else []:
            if not isinstance(step, dict):
                continue
            args = step.get("args")
            if not isinstance(args, list):
                # `entrypoint: scripts/test-infra/push-image.sh` with no args (node-feature-discovery's
                # cloudbuild.yaml): the step runs the entrypoint alone
                if isinstance(step.get("entrypoint"), str) and args is None:
                    lines.append(step["entrypoint"])
                continue
            program = step.get("entrypoint") or str(step.get("name", "")).rsplit("/", 1)[-1].split(":")[0]
            lines.append(" ".join(str(part) for part in [program, *args] if isinstance(part, (str, int))))
    return "\n".join(lines)


# GoReleaser: `goreleaser release` (not --snapshot, which publishes nothing, nor --skip=publish) pushes the images
# its config's dockers / dockers_v2 / kos sections build (go-httpbin: the release workflow installs GoReleaser and
# runs `make release`, whose recipe is `$(GORELEASER) release --clean`). A bounded line: linear on any text.
_GORELEASER_RELEASE = deferred("_GORELEASER_RELEASE", r"\bgoreleaser\S{0,100}[ \t]+release\b([^\n]{0,500})")
_GORELEASER_CONFIGS = (".goreleaser.yaml", ".goreleaser.yml", "goreleaser.yaml", "goreleaser.yml")
_GORELEASER_IMAGES = ("dockers", "dockers_v2", "kos")


def _goreleaser_release(text: str) -> str | None:
    """The first `goreleaser ... release` command of the text that publishes (no --snapshot, no skipped publish)."""
    for m in _GORELEASER_RELEASE.finditer(text):
        if not re.search(r"--snapshot\b|--skip[-=][^\s]*publish", m.group(1)):
            return " ".join(m.group(0).split())[:80]
    return None


def _goreleaser_pushes(ctx: Context, pipelines: list[Any]) -> tuple[str, str, str, str] | None:
    """(CI file, release command, config, sections) when CI uses GoReleaser, a release command of the CI or of a
    Makefile recipe publishes, and the root GoReleaser config builds images that it does not all skip pushing."""
    from deploycheck.sources.yaml import YamlError, load_one

    ci_path = next((ci.path for ci in pipelines if "goreleaser" in ci.active_text), None)
    config = next((rel for rel in _GORELEASER_CONFIGS if rel in set(ctx.files.files)), None)
    if ci_path is None or config is None:
        return None
    try:
        doc = load_one(ctx.files.read_text(config) or "")
    except YamlError:
        return None
    if not isinstance(doc, dict):
        return None
    sections = [key for key in _GORELEASER_IMAGES if isinstance(doc.get(key), list)
                and any(isinstance(e, dict) and str(e.get("skip_push", "false")).lower() != "true" for e in doc[key])]
    if not sections:
        return None
    release = next((found for ci in pipelines if (found := _goreleaser_release(ci.active_text))), None)
    if release is None:
        for rel in ctx.files.files:
            if rel.rpartition("/")[2] in ("Makefile", "makefile", "GNUmakefile") or rel.endswith(".mk"):
                make = ctx.files.read_text(rel) or ""
                variables = {m.group(1): m.group(2).strip() for m in MAKE_VARIABLE.finditer(make)}
                if found := _goreleaser_release(expand(make, variables)):
                    release = f"{found} in {rel}"
                    break
    if release is None:
        return None
    return ci_path, release, config, " and ".join(sections)


def _script_pushes(ctx: Context, text: str) -> tuple[str, int, str] | None:
    """(script, line, how) when a CI step runs a shell script of the repository that pushes an image."""
    from deploycheck.sources.ci import called_scripts

    for rel, body in called_scripts(ctx, text):
        push = find_push(body)
        if push:
            return rel, line_at(body, push[0]), ""
    # A script that pushes through `make TARGET` (node-feature-discovery's push-image.sh runs `make push-all`, whose
    # recipe is `docker buildx build --push`): one hop, the script's own make calls only
    for rel, body in called_scripts(ctx, text):
        via_make = _make_pushes(ctx, body)
        if via_make:
            makefile, line, target = via_make
            call = _MAKE_CALL.search(body)
            return rel, line_at(body, call.start() if call else 0), f" through `make {target}` ({makefile}:{line})"
    return None


@dataclass
class _Makefiles:
    """Every Makefile's rules, read once a scan (registry/ci-push asks once per CI file: 200 CI files and 200
    Makefiles of 200 rules each took 26 s of CPU, each file parsing every Makefile again), which Makefiles have
    each target (a sub-make whose folder make fills in goes to all of them: looked up, not searched), and the
    (Makefile, target) pairs an earlier CI file's walk read through without finding a push."""
    rules: dict[str, dict[str, tuple[str, str, int]]]
    having: dict[str, list[str]]
    explored: set[tuple[str, str]]


def _makefiles(ctx: Context) -> _Makefiles:
    rules = {rel: make_rules(ctx.files.read_text(rel) or "") for rel in ctx.files.files
             if rel.rpartition("/")[2] in ("Makefile", "makefile", "GNUmakefile") or rel.endswith(".mk")}
    having: dict[str, list[str]] = {}
    for rel, targets in rules.items():
        for target in targets:
            having.setdefault(target, []).append(rel)
    return _Makefiles(rules, having, set())


def _make_pushes(ctx: Context, text: str) -> tuple[str, int, str] | None:
    """(Makefile, line, target) when the CI text runs `make TARGET` and some Makefile's TARGET (or a
    prerequisite of it, or a target a recipe on the way runs with `$(MAKE)`) runs a push command: `make
    docker-build-push-multi-arch` in kubeflow's workflows; skywalking-showcase's `make push`, whose prerequisites'
    rule runs `$(MAKE) -C $< docker.push` in each service's folder.

    Work linear in the Makefiles over all the CI files of a scan: each (Makefile, target) is read at most once per
    scan. The check stops at the first CI file whose walk finds a push, so every walk before it read all it
    reached without finding one: those pairs are not read again (`_Makefiles.explored`)."""
    called = {target for m in _MAKE_CALL.finditer(text) if (target := m.group(2) or m.group(1))}
    # `make docker-push-${{ matrix.serviceName }}` (dapr-store's build matrix): the target's name ends in an
    # expression the runner fills in, so every rule whose name starts with the literal part is a candidate
    prefixes = tuple({m.group(2) for m in _MAKE_CALL.finditer(text)
                      if m.group(2) and text.startswith("$", m.end()) and m.group(2).endswith(("-", "_", "."))})
    if not called:
        return None
    state = ctx.use(_makefiles)
    makefiles, explored = state.rules, state.explored
    # One walk for every Makefile: a (Makefile, target) seen once is never read again, whichever call reached it.
    # Only the called targets a Makefile has are queued (queuing every call for every Makefile held 100 million
    # entries for 10,000 calls and 10,000 Makefiles).
    seen: set[tuple[str, str]] = set()
    todo = [(rel, target, target) for rel, rules in makefiles.items()
            for target in called.intersection(rules) | {r for r in rules if prefixes and r.startswith(prefixes)}]
    todo.reverse()  # the first Makefile's targets first (pop takes from the end)
    fanned_out: set[str] = set()
    while todo:  # the target and its prerequisites (`image: docker-build docker-push`), then sub-makes
        where, name, target = todo.pop()
        if (where, name) in seen or (where, name) in explored or name not in makefiles[where]:
            continue
        seen.add((where, name))
        prereqs, recipe, line = makefiles[where][name]
        if find_push(recipe):
            return where, line, target
        todo.extend((where, p, target) for p in prereqs.split())
        # `$(MAKE) -C services/app docker.push`: the target in the named folder's Makefile; with a folder make
        # fills in (`-C $<`), in any Makefile of the repository that has it
        for call in _SUB_MAKE.finditer(recipe) if "MAKE" in recipe else ():
            sub = _MAKE_CALL.match("make " + call.group(1))
            folder = _SUB_MAKE_FOLDER.search(call.group(1))
            if sub is None or not (sub_target := sub.group(2)):
                continue
            if folder and "$" not in folder.group(1):
                base = where.rpartition("/")[0]
                path = "/".join(p for p in (base, folder.group(1).strip("/").removeprefix("./"), "Makefile") if p)
                todo.extend((path, sub_target, target) for _ in (0,) if path in makefiles)
            elif sub_target not in fanned_out:  # every Makefile having it is queued once: the walk reads it once
                fanned_out.add(sub_target)
                todo.extend((f, sub_target, target) for f in state.having.get(sub_target, ()))
    explored.update(seen)  # read through without a push: a later CI file's walk need not read these again
    return None


# Okteto: `okteto deploy` / `okteto build` (or the okteto/deploy-preview, okteto/build, okteto/pipeline actions)
# build every image of the Okteto manifest's `build:` section and push it to the Okteto registry (okteto-movies'
# preview.yaml); without a build section nothing is built.
_OKTETO_CI = deferred("_OKTETO_CI",
                      r"\bokteto/(?:deploy-preview|build|pipeline)@|\bokteto\s+(?:deploy|build|pipeline\s+deploy)\b")
_OKTETO_MANIFESTS = ("okteto.yml", "okteto.yaml", ".okteto/okteto.yml", ".okteto/okteto.yaml")


def _okteto_builds(ctx: Context, pipelines: list[Any]) -> tuple[str, str] | None:
    """(CI file, manifest) when CI runs Okteto on a manifest that builds images."""
    ci_path = next((ci.path for ci in pipelines if _OKTETO_CI.search(ci.active_text)), None)
    if ci_path is None:
        return None
    from deploycheck.sources.yaml import YamlError, load_all

    present = set(ctx.files.files)
    for rel in _OKTETO_MANIFESTS:
        text = ctx.files.read_text(rel) if rel in present else None
        try:  # the safe loader (alias bombs refused); an Okteto manifest is one document
            docs = load_all(text).docs if text else []
        except YamlError:
            continue
        doc = docs[0] if docs else None
        if isinstance(doc, dict) and isinstance(doc.get("build"), dict) and doc["build"]:
            return ci_path, rel
    return None


@check(
    "registry/ci-push",
    title="The CI pipeline pushes the image to a registry",
    severity="medium",
    needs=("CI workflow files", "Dockerfile"),
    rationale="An image pushed by hand cannot be traced to a commit or reproduced; CI pushes give each "
              "image a known source and build log.",
    remediation="Add a CI job that builds and pushes the image (docker/build-push-action with `push: true`, "
                "`docker push`, ko, jib, kaniko ...), tagged with the commit SHA.",
)
def ci_push(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.ci import ci_files, dockerfile_less_builder
    from deploycheck.sources.dockerfile import dockerfiles

    pipelines = ctx.use(ci_files)
    if not ctx.use(dockerfiles).files and not any(dockerfile_less_builder(ci.active_text) for ci in pipelines):
        yield not_applicable("no Dockerfile and no Dockerfile-less builder in CI: no image is built here")
        return
    if not pipelines:
        yield warned("no CI pipeline found (.github/workflows, .gitlab-ci.yml, ...): nothing shows how the "
                     "image reaches the registry")
        return
    from deploycheck.model import Location

    for ci in pipelines:
        if action := next((found for doc in ci.active_docs if (found := _action_pushes(doc))), None):
            line = ci.line_of_text(action)
            yield passed(f"{ci.path} pushes with {action}", Location(path=ci.path, line=line))
            return
        if ci.path.rsplit("/", 1)[-1].startswith("cloudbuild") and any(_cloud_build_pushes(d) for d in ci.active_docs):
            yield passed(f"{ci.path} is a Cloud Build config that pushes the images it builds (images: / docker push)",
                         Location(path=ci.path, line=ci.line_of_text("images:") or ci.line_of_text("push") or 1))
            return
        azure = next((command for doc in ci.active_docs if (command := _azure_docker_task_pushes(doc))), None)
        if azure:
            yield passed(f"{ci.path} pushes the image with Azure Pipelines' Docker task ({azure})",
                         Location(path=ci.path, line=ci.line_of_text(azure) or ci.line_of_text("Docker@") or 1))
            return
        orb_step = next((step for doc in ci.active_docs if (step := _orb_pushes(doc))), None)
        if orb_step:
            yield passed(f"{ci.path} pushes the image with the registry orb's {orb_step}",
                         Location(path=ci.path, line=ci.line_of_text(f"{orb_step}:") or ci.line_of_text(orb_step)))
            return
        match = find_push(ci.active_text)
        if match:
            line = line_at(ci.active_text, match[0])
            yield passed(f"{ci.path} pushes the image ({match[1].strip()[:60]})",
                         Location(path=ci.path, line=line))
            return
    okteto = _okteto_builds(ctx, pipelines)
    if okteto:
        ci_path, manifest = okteto
        yield passed(f"{ci_path} deploys with Okteto, which builds the images of {manifest}'s build section and "
                     "pushes them to the Okteto registry", Location(path=ci_path), {"okteto_manifest": manifest})
        return
    for ci in pipelines:
        text = ci.active_text
        if ci.path.rsplit("/", 1)[-1].startswith("cloudbuild"):
            text += "\n" + _cloud_build_command_lines(ci.active_docs)
        via_make = _make_pushes(ctx, text)
        if via_make:
            makefile, line, target = via_make
            yield passed(f"{ci.path} runs `make {target}`, whose recipe in {makefile} pushes the image",
                         Location(path=makefile, line=line))
            return
        via_script = _script_pushes(ctx, text)
        if via_script:
            script, line, how = via_script
            yield passed(f"{ci.path} runs {script}, which pushes the image{how}", Location(path=script, line=line))
            return
    goreleaser = _goreleaser_pushes(ctx, pipelines)
    if goreleaser:
        ci_path, release, config, sections = goreleaser
        yield passed(f"{ci_path} runs GoReleaser ({release}), which pushes the images of {config}'s {sections}",
                     Location(path=config), {"goreleaser": release})
        return
    from deploycheck.sources.ci import reusable_workflow_calls

    external = reusable_workflow_calls(ctx, ("docker", "image", "container", "build", "push", "publish", "release"))
    if external:  # CI builds there; whether it pushes is out of sight: a person confirms (never a blind pass)
        ci_path, uses = external
        yield manual(f"{ci_path} calls {uses}, a workflow of another repository that deploycheck cannot read; "
                     "confirm it pushes the image and sign off", Location(path=ci_path), {"workflow": uses})
        return
    yield warned(f"no image push found in {len(pipelines)} CI file(s)",
                 evidence={"ci_files": [ci.path for ci in pipelines][:10]})


@check(
    "registry/pull-policy",
    title="Mutable image tags are pulled every time (imagePullPolicy Always)",
    severity="medium",
    needs=("kubernetes manifests",),
    rationale="With `:latest` or no tag, IfNotPresent (or Never) runs whatever each node happened to pull "
              "first: two replicas of one Deployment can run different code, and a new push never arrives. "
              "Kubernetes defaults to Always for such images; setting IfNotPresent undoes that.",
    remediation="Pin the image by version tag or digest (then IfNotPresent is right); while it is :latest or "
                "untagged, leave imagePullPolicy unset or set it to Always.",
    references=("https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy",),
)
def pull_policy(ctx: Context) -> Iterator[Finding]:
    uses = ctx.use(image_uses)
    if not uses:
        yield not_applicable(NO_WORKLOADS)
        return
    for use in uses:
        img, policy = use.image, use.container.spec.get("imagePullPolicy")
        evidence = {"image": img.raw, "imagePullPolicy": policy}
        if img.digest or _templated(use) or img.tag not in (None, "latest"):
            yield passed(f"image {img.raw} is not a mutable latest/untagged reference", use.location(False), evidence)
        elif policy in (None, "Always"):
            yield passed(f"image {img.raw} is pulled on every start (imagePullPolicy {policy or 'Always by default'})",
                         use.location(False), evidence)
        else:
            where = use.obj.location((*use.container.path, "imagePullPolicy"), use.container.name)
            yield failed(f"image {img.raw} is {'untagged' if img.tag is None else ':latest'} with imagePullPolicy "
                         f"{policy}: nodes keep whichever version they pulled first", where, evidence)
