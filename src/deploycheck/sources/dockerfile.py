"""Dockerfiles/Containerfiles and their `.dockerignore`, read with `dockerfile-parse`.

A source never judges: it lists instructions with 1-based line numbers, splits them into build
stages, resolves `ARG` defaults in `FROM`, and records parse problems and unknown instructions as
data for the `dockerfile/parse` check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.context import Context

# `dockerfile` in lower case: the docker CLI's other default name, and `dockerfile.<service>` or `Dockerfile-<service>`
# built with -f (ardanlabs/service's zarf/docker/dockerfile.sales, one Dockerfile-<service> per binary of a workspace).
DOCKERFILE_GLOBS = ("Dockerfile", "*.Dockerfile", "*.dockerfile", "Dockerfile.*", "Dockerfile-*", "Dockerfile_*",
                    "dockerfile", "dockerfile.*", "Containerfile", "Containerfile.*")
# Names that match the globs but are not Dockerfiles: docs, editor leftovers, and code or data about
# Dockerfiles (a parser's dockerfile.py, dockerfile.go).
_NOT_DOCKERFILES = (".dockerignore", ".md", ".txt", ".orig", ".bak", ".rej", ".swp", ".py", ".go", ".js", ".ts",
                    ".java", ".rb", ".rs", ".kt", ".cs", ".json", ".yaml", ".yml", ".pyc")
KNOWN_INSTRUCTIONS = frozenset({
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
    "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
})
_VAR = re.compile(r"\$(?:\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?::?[-+](?P<default>[^}]*))?\}"
                  r"|(?P<bare>[A-Za-z_][A-Za-z0-9_]*))")
_BARE_VAR = re.compile(r"\$(?P<bare>[A-Za-z_][A-Za-z0-9_]*)")
_FROM_FLAG = re.compile(r"^--[a-z-]+=\S+\s+")
_HEREDOC_START = re.compile(r"^\s*(RUN|COPY|ADD)\b", re.I)
_HEREDOC_MARK = re.compile(r"<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\2")


# `COPY --from=builder / /`: a stage FROM scratch that takes another stage's whole filesystem
_COPY_WHOLE_STAGE = re.compile(r"--from=([\w.-]+)[ \t]+/[ \t]+/[ \t]*$")


@dataclass
class Instruction:
    """One instruction of a Dockerfile, its continuation lines joined."""
    name: str  # upper case: FROM, RUN, ...
    value: str  # arguments, continuation lines joined
    line: int  # 1-based first line
    end_line: int
    stage: int  # index of the stage it belongs to (-1: before the first FROM)

    @property
    def exec_form(self) -> bool:
        return self.value.lstrip().startswith("[")


@dataclass
class Stage:
    """One build stage: the image it starts FROM and its alias."""
    index: int
    base: str  # as written after FROM (flags and alias removed)
    base_resolved: str  # with ARG defaults substituted
    alias: str | None
    line: int
    from_stage: bool  # FROM names an earlier stage, not an image
    instructions: list[Instruction] = field(default_factory=list)

    def of(self, *names: str) -> list[Instruction]:
        return [i for i in self.instructions if i.name in names]


@dataclass
class DockerfileProblem:
    """A Dockerfile or .dockerignore that could not be read or parsed."""
    path: str
    message: str
    line: int | None = None
    status: str = "error"  # error | warn


# Stage names that are test or CI stages, never the image that is deployed.
_TEST_STAGE = re.compile(r"^(tests?|testing|unit-?tests?|integration-?tests?|e2e|lint|ci|check|verify)([-_].*)?$"
                         r"|^.*[-_](tests?|testing|lint|ci)$", re.I)
# Build targets of a local development setup (a compose file's `target: dev`), not the deployed image.
_DEV_STAGE = re.compile(r"^(dev|develop|development|debug|local)([-_].*)?$|^.*[-_](dev|debug|local)$", re.I)


# Commands that exit 0 whatever the container's state: a health check (HEALTHCHECK, an exec probe) running one
# checks nothing. A shell body counts when its last command, after the final `||` or `;`, is one of these (`curl -f
# http://localhost/health || true`, `...; exit 0`): whatever came before, the shell exits 0. Any other body may fail
# and is trusted.
NOOP_COMMANDS = frozenset({"true", "/bin/true", "/usr/bin/true", ":", "exit 0", "exit"})
SHELLS = frozenset({"sh", "/bin/sh", "bash", "/bin/bash", "/usr/bin/bash", "ash", "/bin/ash"})


def shell_always_succeeds(body: str) -> bool:
    """Whether a shell command line exits 0 whatever happens (see NOOP_COMMANDS)."""
    body = body.strip()
    cut = max(body.rfind("||"), body.rfind(";"))
    tail = body[cut + (2 if body.startswith("||", cut) else 1):].strip() if cut >= 0 else body
    if tail in NOOP_COMMANDS:
        return True
    # `echo ok`: prints and exits 0 (no command substitution, redirection or chained command)
    return tail.startswith("echo ") and not any(ch in tail for ch in ";&|$`<>()")


def is_test_stage(name: str) -> bool:
    return bool(_TEST_STAGE.match(name))


# A container command that runs a development server (file watcher, hot reload): the image is the one compose runs on
# a developer's machine, not the deployed one (nestjs-starter's root Dockerfile ends in `CMD ["yarn", "dev"]`; its
# production image is ci/Dockerfile). Fixed words and single spaces: linear.
_DEV_SERVER = re.compile(r"\b(?:yarn|pnpm|bun)[\s\",]+(?:run[\s\",]+)?dev\b|\bnpm[\s\",]+run[\s\",]+dev\b|\bnodemon\b"
                         r"|--watch\b|--reload\b")


def runs_development_server(df: Dockerfile) -> bool:
    """Whether the deployed stage's command (its last CMD or ENTRYPOINT, inherited along the FROM chain) runs a
    development server."""
    chain: set[int] = set()
    stage = df.final_stage
    while stage is not None and stage.index not in chain:
        chain.add(stage.index)
        stage = df.stage_named(stage.base) if stage.from_stage else None
    commands = [ins for ins in df.instructions if ins.stage in chain and ins.name in ("CMD", "ENTRYPOINT")]
    return bool(commands) and _DEV_SERVER.search(commands[-1].value[:2000]) is not None


@dataclass
class BuildDeclaration:
    """How a Dockerfile is built, as compose, CI or the config says: context, file and target."""

    dockerfile: str  # relative to the root
    context: str  # relative to the root ("" = the root)
    target: str | None
    source: str  # where it is declared, for the evidence ("docker-compose.yml services.vote.build")
    kind: str  # config | ci | compose | local (a Makefile target or a script no CI runs, pushing nothing)
    tags: tuple[str, ...] = ()  # the image names it tags (`-t`, build-push-action's `tags:`), as written
    build_args: tuple[BuildArg, ...] = ()  # the `--build-arg`s (compose `build.args`) it passes


@dataclass(frozen=True)
class BuildArg:
    """A build argument a build command passes, with the literal values it can take there: `--build-arg K=v` gives
    ("v",); `--build-arg K=${K}` gives the literal values the same file assigns K (a CI job's `environment: {K: v}`),
    when every assignment there is a literal; () when the value comes from somewhere not read (a CI secret, the
    caller's environment, a command substitution)."""

    name: str
    values: tuple[str, ...]


@dataclass
class Dockerfile:
    """A parsed Dockerfile: its instructions, stages and global build arguments."""
    path: str  # relative to the scanned root
    text: str
    instructions: list[Instruction] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    global_args: dict[str, str | None] = field(default_factory=dict)  # ARG before the first FROM
    problems: list[DockerfileProblem] = field(default_factory=list)
    build: BuildDeclaration | None = None  # how it is built for deployment, when the repository says
    ignored_builds: list[str] = field(default_factory=list)  # declarations not taken, and why
    # The Dockerfiles of the repository built FROM the image this one makes (CI tags it, another Dockerfile's FROM
    # names it): a base image, whose USER and build tooling those Dockerfiles' deployed stages decide
    base_of: list[str] = field(default_factory=list)

    @property
    def directory(self) -> str:
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""

    @property
    def final_stage(self) -> Stage | None:
        """The stage that is deployed: the declared build target (`--target`), else the last stage that is
        not a test stage (`FROM app AS test` at the end only runs the tests)."""
        if not self.stages:
            return None
        if self.build and self.build.target:
            return self.stage_named(self.build.target) or self.stages[-1]
        return next((s for s in reversed(self.stages) if not (s.alias and is_test_stage(s.alias))), self.stages[-1])

    @property
    def stage_note(self) -> str | None:
        """Why the judged stage is not simply the last one, for messages and evidence (None: it is)."""
        stage = self.final_stage
        if stage is None or stage is self.stages[-1]:
            return None
        name = stage.alias or str(stage.index)
        if self.build and self.build.target:
            return f"stage {name}, the build target in {self.build.source}"
        return f"stage {name}: the last stage ({self.stages[-1].alias}) is a test stage"

    @property
    def unknown(self) -> list[Instruction]:
        return [i for i in self.instructions if i.name not in KNOWN_INSTRUCTIONS]

    def final_user(self) -> tuple[str | None, Instruction | None]:
        """The USER the final image runs as, following `FROM <stage>` chains (None: not set)."""
        stage = self.final_stage
        seen: set[int] = set()
        while stage is not None and stage.index not in seen:
            seen.add(stage.index)
            users = stage.of("USER")
            if users:
                last = users[-1]
                return last.value.strip(), last
            stage = self.stage_named(stage.base) if stage.from_stage else None
        return None, None

    def stage_named(self, name: str) -> Stage | None:
        for stage in self.stages:
            if stage.alias and stage.alias.lower() == name.lower():
                return stage
        if name.isdigit() and int(name) < len(self.stages):
            return self.stages[int(name)]
        return None

    def stages_reached(self, takes_from: Callable[[Stage], Iterable[str]]) -> list[Stage]:
        """The deployed stage, the stages it is built FROM, and (transitively) the stages `takes_from` names for a
        stage (the ones it copies or mounts from); a name that is no stage (an external image) is left out."""
        todo: list[Stage | None] = [self.final_stage]
        reached: dict[int, Stage] = {}
        while todo:
            stage = todo.pop()
            if stage is None or stage.index in reached:
                continue
            reached[stage.index] = stage
            if stage.from_stage:
                todo.append(self.stage_named(stage.base))
            todo.extend(self.stage_named(name) for name in takes_from(stage))
        return list(reached.values())

    def deployed_bases(self) -> list[str]:
        """The images the deployed stage is made of: its own base, through the stages it is built FROM, and for a
        stage FROM scratch the stages whose files it copies whole (`COPY --from=builder / /`, patroni's image).
        A stage that copies a few files from another (a binary from a build stage) is not made of that image."""
        def whole_copies(stage: Stage) -> list[str]:
            if stage.from_stage or stage.base_resolved.lower() != "scratch":
                return []
            return [m.group(1) for ins in stage.of("COPY") if (m := _COPY_WHOLE_STAGE.match(ins.value))]

        return [s.base_resolved for s in self.stages_reached(whole_copies)
                if not s.from_stage and s.base_resolved.lower() != "scratch"]


@dataclass
class DockerIgnore:
    """A .dockerignore file's patterns, applied as Docker applies them."""
    path: str
    patterns: list[str]

    def excludes(self, rel: str) -> bool:
        """Whether Docker would leave `rel` (relative to the build context) out of the context.

        pathspec's gitwildmatch is close to Docker's matcher for the names we ask about (`.git`,
        `.env`); the one difference that matters — Docker anchors patterns at the context root —
        is handled by prefixing un-anchored patterns with `/`.
        """
        import pathspec

        lines = []
        for pattern in self.patterns:
            neg = pattern.startswith("!")
            body = pattern[1:] if neg else pattern
            body = body[2:] if body.startswith("./") else body
            body = body.rstrip("/") or body  # Docker cleans each pattern: `.git/` is `.git`
            if not body.startswith(("/", "*")):
                body = "/" + body
            lines.append(("!" if neg else "") + body)
        spec = pathspec.GitIgnoreSpec.from_lines(lines)
        return bool(spec.match_file(rel))


@dataclass
class DockerfileSet:
    """The repository's Dockerfiles, their .dockerignore files, and what could not be read."""
    files: list[Dockerfile] = field(default_factory=list)
    ignores: dict[str, DockerIgnore] = field(default_factory=dict)  # by path of the .dockerignore
    local_only: dict[str, str] = field(default_factory=dict)  # path -> why it is a local image, not deployed
    unreadable: list[DockerfileProblem] = field(default_factory=list)

    def dockerignore_for(self, dockerfile: Dockerfile) -> DockerIgnore | None:
        """BuildKit's `<Dockerfile>.dockerignore` first, then `.dockerignore` at the root of the build context:
        the declared context (compose, CI, config), else the Dockerfile's folder, else the repository root."""
        if dockerfile.build is not None:
            context = dockerfile.build.context
            candidates: tuple[str, ...] = (f"{dockerfile.path}.dockerignore",
                                           f"{context}/.dockerignore" if context else ".dockerignore")
        else:
            candidates = (f"{dockerfile.path}.dockerignore",
                          f"{dockerfile.directory}/.dockerignore" if dockerfile.directory else ".dockerignore",
                          ".dockerignore")
        for candidate in candidates:
            if candidate in self.ignores:
                return self.ignores[candidate]
        return None


def substitute(text: str, variables: dict[str, str | None]) -> str:
    """Expand $VAR / ${VAR} / ${VAR:-default} with the known values; unknown ones stay as written."""

    def repl(match: re.Match[str]) -> str:
        groups = match.groupdict()
        value = variables.get(groups.get("braced") or groups["bare"])
        if value is not None:
            return value
        default = groups.get("default")
        return default if default is not None else match.group(0)

    # `${NAME:-` reads its default up to a `}`. Past the text's last `}` none can close, and there each `${A:-`
    # read to the end of the text before failing (quadratic: 5,000 of them took seconds), so that part only has
    # its bare `$NAME`s expanded, which is all _VAR could match there. Before it, each `${` match ends at a `}`.
    end = text.rfind("}") + 1
    return _VAR.sub(repl, text[:end]) + _BARE_VAR.sub(repl, text[end:])


def arg_pairs(value: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for token in value.split():
        name, sep, default = token.partition("=")
        out.append((name, default.strip("\"'") if sep else None))
    return out


def _cut_heredocs(text: str) -> tuple[str, dict[int, tuple[str, int]]]:
    """Blank out BuildKit heredoc bodies (`RUN <<EOF ... EOF`), which dockerfile-parse does not know.

    Returns the text with body lines emptied (so line numbers stay true) and, per 1-based line of
    the instruction, the body text and the line the last delimiter is on. Hand-written because no
    maintained Python Dockerfile parser supports heredocs.
    """
    lines = text.split("\n")
    bodies: dict[int, tuple[str, int]] = {}
    i = 0
    while i < len(lines):
        marks = _HEREDOC_MARK.findall(lines[i]) if _HEREDOC_START.match(lines[i]) else []
        start = i
        body: list[str] = []
        for dash, _, word in marks:
            i += 1
            while i < len(lines) and (lines[i].lstrip("\t") if dash else lines[i]).rstrip("\r") != word:
                body.append(lines[i])
                lines[i] = ""
                i += 1
            if i < len(lines):
                lines[i] = ""  # the closing delimiter
        if marks:
            bodies[start + 1] = ("\n".join(body), min(i, len(lines) - 1) + 1)
        i += 1
    return "\n".join(lines), bodies


def parse_dockerfile(path: str, text: str) -> Dockerfile:
    """Parse one Dockerfile; never raises (problems are recorded on the result)."""
    import io

    from dockerfile_parse import DockerfileParser

    result = Dockerfile(path=path, text=text)
    if "\x00" in text:
        result.problems.append(DockerfileProblem(path, "binary content, not a Dockerfile"))
        return result
    cut, heredocs = _cut_heredocs(text) if "<<" in text else (text, {})
    try:
        # fileobj keeps the parser away from the disk (given a path it may write the file back).
        parser = DockerfileParser(fileobj=io.BytesIO(cut.encode("utf-8", errors="replace")), env_replace=False)
        structure = parser.structure
    except Exception as exc:  # the library raises assorted errors on odd input; report, don't crash
        result.problems.append(DockerfileProblem(path, f"cannot parse: {type(exc).__name__}: {exc}"))
        return result
    stage_index = -1
    stage_args: dict[str, str | None] = {}
    for entry in structure:
        name = str(entry.get("instruction", "")).upper()
        if name == "COMMENT":
            continue
        ins = Instruction(name=name, value=str(entry.get("value", "")), line=int(entry.get("startline", 0)) + 1,
                          end_line=int(entry.get("endline", 0)) + 1, stage=stage_index)
        if ins.line in heredocs:
            body, end = heredocs[ins.line]
            ins.value += "\n" + body
            ins.end_line = max(ins.end_line, end)
        if name == "FROM":
            stage_index += 1
            ins.stage = stage_index
            stage_args = {}
            result.stages.append(_stage(result, ins, stage_index))
        elif name == "ARG":
            pairs = arg_pairs(ins.value)
            if stage_index < 0:
                result.global_args.update(pairs)
            else:
                # A stage-local `ARG NAME` re-imports the global default.
                stage_args.update({k: v if v is not None else result.global_args.get(k) for k, v in pairs})
        if stage_index >= 0:
            result.stages[stage_index].instructions.append(ins)
        elif name not in ("ARG", "FROM"):
            result.problems.append(DockerfileProblem(path, f"{name} before the first FROM", ins.line))
        if name not in KNOWN_INSTRUCTIONS:
            result.problems.append(DockerfileProblem(
                path, f"unknown instruction {name!r} (Docker rejects it)", ins.line, status="error"))
        result.instructions.append(ins)
    if not result.stages and not result.problems:
        result.problems.append(DockerfileProblem(path, "no FROM instruction"))
    return result


def _stage(result: Dockerfile, ins: Instruction, index: int) -> Stage:
    value = ins.value.strip()
    while _FROM_FLAG.match(value):  # --platform=... and friends
        value = _FROM_FLAG.sub("", value, count=1)
    parts = value.split()
    base = parts[0] if parts else ""
    alias = parts[2] if len(parts) >= 3 and parts[1].lower() == "as" else None
    resolved = substitute(base, result.global_args)
    from_stage = any(s.alias and s.alias.lower() == resolved.lower() for s in result.stages)
    return Stage(index=index, base=resolved if from_stage else base, base_resolved=resolved, alias=alias,
                 line=ins.line, from_stage=from_stage)


def is_dockerfile_name(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return not name.lower().endswith(_NOT_DOCKERFILES)


def dockerfiles(ctx: Context) -> DockerfileSet:
    """Every Dockerfile/Containerfile under the root, parsed once per run."""
    result = DockerfileSet()
    for rel in ctx.files.glob(*DOCKERFILE_GLOBS):
        if not is_dockerfile_name(rel):
            continue
        text = ctx.files.read_text(rel)
        if text is None:
            result.unreadable.extend(DockerfileProblem(p.path, p.message, status=p.kind)
                                     for p in ctx.files.problems_for([rel]))
            continue
        result.files.append(parse_dockerfile(rel, text))
    declarations = build_declarations(ctx)
    for df in result.files:
        _choose_build(df, [d for d in declarations if d.dockerfile == df.path])
    if any(d.kind in ("ci", "config") for d in declarations):
        # read only here: the local builds say which Dockerfiles are not deployed, never how one is built
        declarations = declarations + _local_declarations(ctx)
    result.local_only = _local_only(ctx, result.files, declarations)
    result.files = [df for df in result.files if df.path not in result.local_only]
    _base_images(ctx, result.files, declarations)
    for rel in ctx.files.glob(".dockerignore", "*.dockerignore"):
        text = ctx.files.read_text(rel) or ""
        patterns = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]
        result.ignores[rel] = DockerIgnore(rel, patterns)
    return result


# --- how each Dockerfile is built: config, CI, compose ------------------------------------------------

# `docker-compose-m1.yml`, `docker-compose-win.yml`: a variant named with a hyphen is as much a compose file as
# `docker-compose.dev.yml` (`docker compose -f docker-compose-m1.yml up`).
COMPOSE_GLOBS = ("docker-compose.yml", "docker-compose.yaml", "docker-compose.*.yml", "docker-compose.*.yaml",
                 "docker-compose-*.yml", "docker-compose-*.yaml",
                 "compose.yml", "compose.yaml", "compose.*.yml", "compose.*.yaml")
_VALUE_FLAGS = frozenset({"-t", "--tag", "--build-arg", "--platform", "--label", "--cache-from", "--cache-to",
                          "--secret", "--ssh", "--output", "-o", "--progress", "--network", "--iidfile",
                          "--metadata-file", "--builder", "--build-context", "--add-host", "--annotation"})
_SHELL_BUILD = re.compile(r"\b(?:docker|podman)\s+(?:buildx\s+)?build\b(.*)")
# A command substitution is one word of the command line whatever its spaces: `--tag app:latest-$(cat .ruby-version)`
# split by shlex left `.ruby-version)` as the last positional word, taken for the build context (laa-apply-for-legal-
# aid's base and CI images were judged against a context `.ruby-version)` that holds no .dockerignore, while they are
# built from `.`). It becomes `${CMD}`, a value not known (a context made of one is not taken). Not nested: linear.
_COMMAND_SUBSTITUTION = re.compile(r"\$\([^()\n]{0,500}\)|`[^`\n]{0,500}`")
# A GitHub Actions expression is one word too: `-t org/image:${{ inputs.image_tag }}` split by shlex left `}}` as the
# last positional word, taken for the build context (laa-check-client-qualifies' browser-tools image was judged
# against a context `}}`). It becomes `${GHA}`, a value not known.
_GHA_EXPRESSION = re.compile(r"\$\{\{[^}\n]{0,500}\}\}")


def _inside(base: str, rel: str) -> str | None:
    """`rel` (relative to the folder `base`) as a path relative to the root; None when it leaves the root."""
    import posixpath

    joined = posixpath.normpath(posixpath.join(base, rel.strip())) if rel.strip() else (base or ".")
    if joined.startswith("../") or joined == ".." or joined.startswith("/"):
        return None
    return "" if joined == "." else joined


def _declaration(context: Any, dockerfile: Any, target: Any, base: str, source: str, kind: str,
                 file_from_root: bool = False) -> BuildDeclaration | None:
    ctx_dir = _inside(base, str(context) if isinstance(context, str | int) else ".")
    if ctx_dir is None or "${" in str(context):
        return None
    name = str(dockerfile) if isinstance(dockerfile, str) and dockerfile else "Dockerfile"
    path = _inside("" if file_from_root else ctx_dir, name)
    if path is None or "${" in name:
        return None
    tgt = str(target) if isinstance(target, str | int) and str(target) and "${" not in str(target) else None
    return BuildDeclaration(dockerfile=path, context=ctx_dir, target=tgt, source=source, kind=kind)


def compose_services(ctx: Context) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(compose file, service name, service mapping) for every service of every compose file."""
    from deploycheck.sources.yaml import YamlError, load_one

    for rel in ctx.files.glob(*COMPOSE_GLOBS):
        try:
            doc = load_one(ctx.files.read_text(rel) or "")
        except YamlError:
            continue  # the compose file's own problems are not this source's to report
        services = doc.get("services") if isinstance(doc, dict) else None
        for name, service in (services.items() if isinstance(services, dict) else []):
            if isinstance(service, dict):
                yield rel, str(name), service


def _local_only(ctx: Context, files: list[Dockerfile], declarations: list[BuildDeclaration]) -> dict[str, str]:
    """Dockerfiles that only a compose file builds, in a repository whose CI (or config) builds its images from
    other Dockerfiles: the images of a local docker-compose setup (wild-workouts: CI builds docker/app-prod for
    Cloud Run; compose builds docker/app with hot reload, docker/web's dev server and a Firestore emulator). A
    compose service that names a registry image for its build (`image: ghcr.io/org/app`) may push it, so its
    Dockerfile is kept. Also left out: a Dockerfile only a Makefile target or a script builds that no CI runs and
    that pushes nothing, when CI builds another Dockerfile from the same build context (ras-frontstage: `make
    build-docker` builds the root Dockerfile, CI builds and pushes _infra/docker/Dockerfile, which the chart runs);
    and the CI runner images (see _ci_runners)."""
    paths = {df.path for df in files}
    demos = {**_demo_images(files, declarations), **_development_images(ctx, files, declarations)}
    built = sorted({d.dockerfile for d in declarations if d.kind in ("ci", "config") and d.dockerfile in paths})
    if not built:
        return demos
    out = {**demos, **_ci_runners(ctx, declarations, built)}
    deployed = [d for d in declarations if d.kind in ("ci", "config") and d.dockerfile in paths
                and d.dockerfile not in out]
    if not deployed:
        return {}  # every image CI builds is a runner: judge them all rather than nothing
    compose_only = {df.path: own for df in files if df.path not in built
                    and (own := [d for d in declarations if d.dockerfile == df.path])
                    and all(d.kind in ("compose", "local") for d in own)}
    if not compose_only:
        return out  # the compose files were parsed once already (build_declarations): not again for nothing
    pushed = {f"{rel} services.{name}.build" for rel, name, service in compose_services(ctx)
              if isinstance(service.get("image"), str) and "/" in service["image"]}

    def same_context(decl: BuildDeclaration) -> BuildDeclaration | None:
        return next((d for d in deployed if d.context == decl.context and d.dockerfile != decl.dockerfile), None)

    for path, own in compose_only.items():
        if any(d.source in pushed for d in own) or not all(d.kind == "compose" or same_context(d) for d in own):
            continue
        if own[0].kind == "compose":
            out[path] = f"built only by {own[0].source}, while CI builds {built[0]}"
        else:
            twin = same_context(own[0])
            assert twin is not None
            out[path] = (f"built only by {own[0].source}, which no CI runs and which pushes nothing, while "
                         f"{twin.source} builds {twin.dockerfile} from the same context")
    return out


_DEMO_DIRS = ("demo/", "demos/")


def _development_images(ctx: Context, files: list[Dockerfile], declarations: list[BuildDeclaration]) -> dict[str, str]:
    """Dockerfiles only a compose file builds whose command runs a development server (watch mode, hot reload), when
    CI, the config or a README's `docker build` builds another Dockerfile of the repository from the same context:
    nestjs-starter's root Dockerfile (`CMD ["yarn", "dev"]`, compose's server) is the developer's image; its README
    builds the production image with `docker build -f ci/Dockerfile -t nestjs-starter:latest .`."""
    by_path = {df.path: df for df in files}
    candidates = {df.path: own for df in files if (own := [d for d in declarations if d.dockerfile == df.path])
                  and all(d.kind == "compose" for d in own) and runs_development_server(df)}
    if not candidates:
        return {}
    others = [d for d in declarations if d.kind in ("ci", "config")]
    for rel in ctx.files.glob("README.md", "README.rst", "README"):
        others += _ci_declarations(rel, ctx.files.read_text(rel) or "", [])
    out: dict[str, str] = {}
    for path, own in candidates.items():
        contexts = {d.context for d in own}
        twin = next((d for d in others if d.dockerfile != path and d.dockerfile in by_path and d.context in contexts
                     and not runs_development_server(by_path[d.dockerfile])), None)
        if twin is not None:
            out[path] = (f"a development image: only {own[0].source} builds it and its command runs a development "
                         f"server, while {twin.source} builds {twin.dockerfile} from the same context")
    return out


def _demo_images(files: list[Dockerfile], declarations: list[BuildDeclaration]) -> dict[str, str]:
    """Dockerfiles under a top-level demo/ folder that nothing builds (no CI, config, compose file or header
    comment names them) and that take nothing from the repository (no COPY or ADD of a path: only URLs and other
    images), in a repository with a Dockerfile elsewhere: demonstration material, as examples/ is (which the target
    model leaves out whole). node-feature-discovery's demo/docker-images/Dockerfile-PARSEC and -CloverLeaf download
    and build the benchmark workloads of a 2018 performance demo; its own image is the root Dockerfile. A service
    kept in demo/ copies its code, so it stays judged."""
    service = [df.path for df in files if not df.path.startswith(_DEMO_DIRS)]
    if not service:
        return {}
    return {df.path: f"a demonstration image under {df.path.split('/', 1)[0]}/, which nothing in the repository "
                     f"builds and which takes no file from it; the service's image is {service[0]}"
            for df in files
            if df.path.startswith(_DEMO_DIRS) and not any(d.dockerfile == df.path for d in declarations)
            and not _takes_from_context(df)}


def _takes_from_context(df: Dockerfile) -> bool:
    """Whether a COPY or ADD of the Dockerfile takes a path of its build context (not a URL, not `--from=`)."""
    for ins in df.instructions:
        if ins.name not in ("COPY", "ADD") or "--from" in ins.value:
            continue
        words = [w for w in ins.value.split() if not w.startswith("--")]
        if ins.exec_form or any("://" not in w for w in words[:-1]) or len(words) < 2:
            return True
    return False


def ci_job_images(ctx: Context) -> dict[str, str]:
    """The images CI jobs run their own steps in -> where: CircleCI's primary `docker:` image (the first of the list;
    the others are service containers), a GitHub Actions job's `container:`, GitLab's and Bitbucket's `image:`
    (never a `services:` entry: a service container may be the application under test)."""
    from deploycheck.sources.ci import ci_files

    out: dict[str, str] = {}

    def add(image: Any, where: str) -> None:
        if isinstance(image, str) and image.strip() and "${" not in image:
            out.setdefault(_image_name(image), where)

    def walk(node: Any, where: str, gitlab: bool, depth: int) -> None:
        if depth > 12 or not isinstance(node, dict | list):
            return
        for key, value in (node.items() if isinstance(node, dict) else enumerate(node)):
            if key == "services":
                continue
            if key == "docker" and isinstance(value, list) and value and isinstance(value[0], dict):
                add(value[0].get("image"), where)
            elif key == "container" and isinstance(node, dict):
                add(value.get("image") if isinstance(value, dict) else value, where)
            elif key == "image" and gitlab and isinstance(node, dict):
                add(value.get("name") if isinstance(value, dict) else value, where)
            walk(value, where, gitlab, depth + 1)

    for ci in ctx.use(ci_files):
        gitlab = ci.path.rpartition("/")[2].startswith((".gitlab-ci", "bitbucket-pipelines")) or \
            ci.path.startswith(".gitlab/")
        for doc in ci.docs:
            walk(doc, ci.path, gitlab, 0)
    return out


def _image_name(image: str) -> str:
    """An image reference's registry and repository, without tag or digest (`org/app:1.2` -> `docker.io/org/app`)."""
    from deploycheck.sources.images import parse_image

    return parse_image(image.strip()).name


def _named_outside_ci(ctx: Context, names: set[str]) -> bool:
    """Whether a manifest, chart, compose or other YAML/JSON file outside CI names one of these images (by its
    repository path): then the image may be what is deployed."""
    from deploycheck.sources.ci import CI_GLOBS

    ci = set(ctx.files.glob(*CI_GLOBS))
    repositories = {n.split("/", 1)[1] if n.startswith("docker.io/") else n for n in names}
    for rel in ctx.files.glob("*.yaml", "*.yml", "*.json", "*.tpl"):
        if rel in ci:
            continue
        text = ctx.files.read_text(rel) or ""
        if any(r in text for r in repositories):
            return True
    return False


def _ci_runners(ctx: Context, declarations: list[BuildDeclaration], built: list[str]) -> dict[str, str]:
    """CI runner images: a Dockerfile CI builds only under image names that CI jobs then run their steps in (the
    CircleCI executor laa-check-client-qualifies builds from Dockerfile_browser_tools.dockerfile and pushes as
    checkclientqualifiesdocker/circleci-image), and that no manifest, chart or compose file names. It is the test
    executor, not the deployed image."""
    candidates = {path: own for path in built
                  if (own := [d for d in declarations if d.dockerfile == path])
                  and all(d.kind == "ci" and d.tags for d in own)}
    if not candidates:
        return {}
    jobs = ci_job_images(ctx)
    out: dict[str, str] = {}
    for path, own in candidates.items():
        names = {_image_name(t) for d in own for t in d.tags}
        if names and all(n in jobs for n in names) and not _named_outside_ci(ctx, names):
            name = sorted(names)[0]
            out[path] = (f"a CI runner image: {own[0].source} builds it as {name}, which {jobs[name]} runs its jobs "
                         "in; no manifest, chart or compose file names it")
    return out


def build_declarations(ctx: Context) -> list[BuildDeclaration]:
    """Every place the repository (or the config) says how a Dockerfile is built."""
    from deploycheck.sources.ci import called_scripts, ci_files

    out: list[BuildDeclaration] = []
    docker = ctx.config.section("docker") or {}
    for i, entry in enumerate(docker.get("builds") or [] if isinstance(docker, dict) else []):
        if isinstance(entry, dict) and entry.get("dockerfile"):
            decl = _declaration(entry.get("context", "."), entry["dockerfile"], entry.get("target"), "",
                                f"{ctx.config.display_path} docker.builds[{i}]", "config", file_from_root=True)
            if decl:
                out.append(decl)
    for ci in ctx.use(ci_files):
        out.extend(_ci_declarations(ci.path, ci.text, ci.docs))
        # the build scripts CI runs (Cloud Build `entrypoint: ./scripts/build-docker.sh`), read, never run
        for rel, body in called_scripts(ctx, ci.text):
            out.extend(_script_declarations(ctx, rel, body))
        out.extend(_ci_make_declarations(ctx, ci.path, ci.text))
    out.extend(_own_comment_declarations(ctx))
    out.extend(decl for decl, _ in _compose_builds(ctx))
    return out


# `make build`, `make -s push-preview`, `BUILD_NUMBER=... make build` in a CI step: the root Makefile's targets CI runs.
_CI_MAKE = re.compile(r"(?<![\w-])make(?:[ \t]+-[A-Za-z]{1,10})*[ \t]+([A-Za-z0-9_][\w.-]{0,80})")


def _ci_make_declarations(ctx: Context, ci_path: str, text: str) -> list[BuildDeclaration]:
    """The `docker build` lines of the root Makefile's targets a CI file runs (and the targets they depend on):
    prisoner-content-hub-frontend's CircleCI runs `make build` (`docker build -t prisoner-content-hub-frontend .`) and
    `make push`; without it the deployed Dockerfile was known only from the e2e compose file, and the Playwright
    runner image that compose file builds was judged as deployed. Read, never run."""
    from deploycheck.sources.makefiles import make_rules, target_recipes

    if "make" not in text or "Makefile" not in ctx.files.files:
        return []
    targets = list(dict.fromkeys(m.group(1) for m in _CI_MAKE.finditer(text)))[:20]
    rules = make_rules(ctx.files.read_text("Makefile") or "") if targets else {}
    out: list[BuildDeclaration] = []
    for target in (t for t in targets if t in rules):
        for name, recipe in target_recipes(rules, target):
            out.extend(replace(_rebased(ctx, "", d, f"{ci_path} (make {target}: Makefile target {name})"),
                                           kind="ci") for d in _ci_declarations("Makefile", recipe, []))
    return [d for d in out if d.dockerfile]


# A command that publishes an image: a recipe or script running one is a release path, never a local build.
_PUSHES = re.compile(r"\b(?:docker|podman|buildah)[ \t]+(?:image[ \t]+|buildx[ \t]+)?push\b|[ \t]--push\b"
                     r"|\b(?:crane|skopeo|kaniko|ko)\b|type=registry|--output[= ]+type=image")
# `DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"`, `HERE=$(dirname "$0")`: a variable holding the
# script's own folder (kubernetes-dashboard's hack/develop/run-dev-container.sh builds `-f ${DIR}/Dockerfile`)
_SCRIPT_DIR = re.compile(r"^[ \t]*(?:export[ \t]+|readonly[ \t]+|local[ \t]+)?([A-Za-z_]\w{0,60})=[\"']?\$\([ \t]*"
                         r"(?:cd[ \t]+[\"']?\$\([ \t]*)?dirname[ \t]+[\"']?(?:\$\{BASH_SOURCE(?:\[0\])?\}|\$BASH_SOURCE"
                         r"|\$0|\$\{0\})", re.M)
_WORD = re.compile(r"[\w.-]+")


def _local_declarations(ctx: Context) -> list[BuildDeclaration]:
    """The `docker build` lines of Makefile targets and of shell scripts that no CI runs and that push nothing:
    a developer's local image (ras-frontstage's `build-docker: docker build .`; kubernetes-dashboard's
    hack/develop/run-dev-container.sh, which builds its development container and `docker run`s it). A target CI
    names (or one such a target depends on) and a script that CI, a Makefile, a package.json or another script
    names are not local: they may be a step of the release."""
    from deploycheck.sources.ci import called_scripts, ci_files
    from deploycheck.sources.makefiles import MAKEFILE_NAMES, make_rules, target_recipes

    ci_texts = [text for ci in ctx.use(ci_files) for text in (ci.text, *(b for _, b in called_scripts(ctx, ci.text)))]
    ci_words = {w for text in ci_texts for w in _WORD.findall(text)}
    makefiles = [rel for rel in ctx.files.files if rel.rpartition("/")[2] in MAKEFILE_NAMES]
    scripts = [rel for rel in ctx.files.files if rel.endswith(".sh")]
    out: list[BuildDeclaration] = []
    for rel in makefiles:
        text = ctx.files.read_text(rel) or ""
        if "build" not in text:
            continue
        rules = make_rules(text)
        reached: set[str] = set()
        names = [t for t in rules if t in ci_words]
        if rules and any(re.search(r"\bmake\b", t) for t in ci_texts):
            names.append(next(iter(rules)))  # a bare `make` runs the first rule
        for target in names:
            reached.update(name for name, _ in target_recipes(rules, target))
        folder = rel.rpartition("/")[0]
        # what the Makefile's pushing recipes push: a local build tagged with one of those names is a release step
        # (keel's image-debian tags keelhq/keel:alpha, which the alpha target pushes)
        pushing = "\n".join(recipe for _, recipe, _ in rules.values() if _PUSHES.search(recipe))
        for target, (_, recipe, _line) in rules.items():
            if target in reached or _PUSHES.search(recipe):
                continue
            out.extend(_rebased(ctx, folder, d, f"{rel} target {target}") for d in _ci_declarations(rel, recipe, [])
                       if not any(t.split(":", 1)[0] in pushing for t in d.tags))
    bodies = {rel: ctx.files.read_text(rel) or "" for rel in scripts}
    # the scripts that build and push nothing, each then looked for by name (a few in a real repository; bounded)
    candidates = [rel for rel, body in bodies.items() if _SHELL_BUILD.search(body) and not _PUSHES.search(body)][:20]
    if not candidates:
        return [d for d in out if d.dockerfile]
    mentions = "\n".join([*ci_texts, *(ctx.files.read_text(r) or "" for r in makefiles),
                          *(ctx.files.read_text(r) or "" for r in ctx.files.glob("package.json"))])
    for rel in candidates:
        body = bodies[rel]
        name = rel.rpartition("/")[2]
        if name in mentions or any(name in other for path, other in bodies.items() if path != rel):
            continue
        folder = rel.rpartition("/")[0]
        for var in {m.group(1) for m in _SCRIPT_DIR.finditer(body)}:
            body = re.sub(r"\$\{" + re.escape(var) + r"\}|\$" + re.escape(var) + r"\b", folder or ".", body)
        out.extend(_rebased(ctx, folder, d, f"{rel} (docker build)") for d in _ci_declarations(rel, body, []))
    return [d for d in out if d.dockerfile]


def _base_images(ctx: Context, files: list[Dockerfile], declarations: list[BuildDeclaration]) -> None:
    """Mark base images: a Dockerfile CI builds under names that another judged Dockerfile builds FROM
    (laa-apply-for-legal-aid's docker/apply_base.dockerfile, pushed as ministryofjustice/apply-base, is the base of
    the root Dockerfile's stages), and that no manifest, chart or compose file runs."""
    tagged = {df.path: {_image_name(t) for d in declarations if d.dockerfile == df.path and d.kind == "ci"
                        for t in d.tags} for df in files}
    tagged = {path: names for path, names in tagged.items() if names}
    if not tagged:
        return
    for df in files:
        names = tagged.get(df.path)
        if not names:
            continue
        users = [other.path for other in files if other.path != df.path
                 and any(not s.from_stage and "$" not in s.base_resolved and _image_name(s.base_resolved) in names
                         for s in other.stages)]
        if users and not _named_outside_ci(ctx, names):
            df.base_of = users


def _rebased(ctx: Context, folder: str, decl: BuildDeclaration, source: str) -> BuildDeclaration:
    """A local declaration read from a file in `folder`: its paths are relative to the root or to that folder
    (where make runs a recipe); whichever names a Dockerfile of the repository is taken (none: an empty path)."""
    present = set(ctx.files.files)
    dockerfile, context = decl.dockerfile, decl.context
    if dockerfile not in present and folder:
        dockerfile, context = _inside(folder, decl.dockerfile) or "", _inside(folder, decl.context or ".") or ""
    return BuildDeclaration(dockerfile=dockerfile if dockerfile in present else "", context=context,
                            target=decl.target, source=source, kind="local", tags=decl.tags,
                            build_args=decl.build_args)


def _compose_builds(ctx: Context) -> Iterator[tuple[BuildDeclaration, dict[str, Any]]]:
    """Each compose service that builds an image from the repository, with its service mapping."""
    for rel, name, service in compose_services(ctx):
        base = rel.rsplit("/", 1)[0] if "/" in rel else ""
        build = service.get("build")
        if isinstance(build, str):
            build = {"context": build}
        if isinstance(build, dict):
            decl = _declaration(build.get("context", "."), build.get("dockerfile"), build.get("target"), base,
                                f"{rel} services.{name}.build", "compose")
            if decl:
                decl.build_args = _compose_args(build.get("args"))
                yield decl, service


def _compose_args(args: Any) -> tuple[BuildArg, ...]:
    """A compose service's `build.args` (a mapping, or a list of `K=v`): a literal value is known; a null (`K:`, `- K`:
    the caller's environment) or an interpolated one (`${K}`, from the environment or .env) is not."""
    pairs: list[tuple[str, Any]] = []
    if isinstance(args, dict):
        pairs = [(str(k), v) for k, v in args.items()]
    elif isinstance(args, list):
        pairs = [(k, v if eq else None) for k, eq, v in (str(a).partition("=") for a in args)]
    out = []
    for key, value in pairs:
        text = "" if value is None or isinstance(value, dict | list) else str(value)
        out.append(BuildArg(key, (text,) if text and "$" not in text else ()))
    return tuple(out)


def compose_healthchecks(ctx: Context) -> dict[str, str]:
    """Dockerfile -> the compose service that builds it and checks its health (`healthcheck:` not disabled)."""
    out: dict[str, str] = {}
    for decl, service in _compose_builds(ctx):
        check = service.get("healthcheck")
        if isinstance(check, dict) and check.get("disable") is not True:
            out.setdefault(decl.dockerfile, decl.source.removesuffix(".build"))
    return out


def _script_declarations(ctx: Context, rel: str, body: str) -> list[BuildDeclaration]:
    """The `docker build` lines of a script CI runs. Its paths are relative to where CI runs it: the root (Cloud
    Build's `entrypoint: ./scripts/build-docker.sh`) or the script's folder (`cd demo && sh ./docker-build.sh`);
    whichever names a Dockerfile of the repository is taken."""
    folder = rel.rpartition("/")[0]
    present = set(ctx.files.files)
    out = []
    for decl in _ci_declarations(rel, body, []):
        if decl.dockerfile not in present and folder:
            dockerfile, context = _inside(folder, decl.dockerfile), _inside(folder, decl.context or ".")
            if dockerfile is None or context is None or dockerfile not in present:
                continue
            decl = BuildDeclaration(dockerfile=dockerfile, context=context, target=decl.target, source=decl.source,
                                    kind=decl.kind, build_args=decl.build_args)
        out.append(decl)
    return out


def _own_comment_declarations(ctx: Context) -> list[BuildDeclaration]:
    """A Dockerfile whose header comment shows its build command (`docker build -f src/main/docker/Dockerfile.jvm -t
    app .`, as Quarkus' generated Dockerfiles do): run where `-f` names this file, so that folder plus the command's
    context is the build context."""
    out: list[BuildDeclaration] = []
    for rel in ctx.files.glob(*DOCKERFILE_GLOBS):
        if not is_dockerfile_name(rel):
            continue
        comments = [line.lstrip("#").strip() for line in (ctx.files.read_text(rel) or "").splitlines()
                    if line.startswith("#")]
        for decl in _ci_declarations(rel, "\n".join(comments), []):
            if decl.dockerfile != rel and rel.endswith("/" + decl.dockerfile):
                base = rel[:-len(decl.dockerfile) - 1]
                context = _inside(base, decl.context or ".")
                if context is not None:
                    out.append(BuildDeclaration(dockerfile=rel, context=context, target=decl.target,
                                                source=f"{rel} (its header comment)", kind="ci"))
                    break
    return out


def _ci_declarations(path: str, text: str, docs: list[Any]) -> list[BuildDeclaration]:
    import shlex

    out: list[BuildDeclaration] = []
    # `docker build [-f file] [--target t] context` in scripts (continuation lines joined).
    for line in text.replace("\\\n", " ").splitlines():
        match = _SHELL_BUILD.search(line)
        if not match:
            continue
        try:
            lexer = shlex.shlex(_COMMAND_SUBSTITUTION.sub("${CMD}", _GHA_EXPRESSION.sub("${GHA}", match.group(1))),
                                posix=True, punctuation_chars="|&;")
            lexer.whitespace_split = True
            words = list(lexer)
        except ValueError:
            continue
        # the command ends at a pipe or a separator: laa-apply-for-legal-aid's CircleCI runs `docker build ... -t app
        # . | while read line ; do ... ; done`, whose last word `done` was taken for the build context, so the
        # deployed Dockerfile looked built by no CI (and only by compose: a local image). Not at `<` or `>`: a header
        # comment's `docker build --tag <name:tag> .` names a placeholder (zero-to-jupyterhub's image-awaiter).
        cut = next((i for i, w in enumerate(words) if w and set(w) <= set("|&;")), len(words))
        words = words[:cut]
        opts: dict[str, str] = {}
        positional: list[str] = []
        tags: list[str] = []
        args: list[BuildArg] = []
        j = 0
        while j < len(words):
            word = words[j]
            key, eq, value = word.partition("=")
            if key in ("-f", "--file", "--target") and not eq and j + 1 < len(words):
                opts[key], j = words[j + 1], j + 2
                continue
            if key in _VALUE_FLAGS and not eq:
                if key in ("-t", "--tag") and j + 1 < len(words):
                    tags.append(words[j + 1])
                if key == "--build-arg" and j + 1 < len(words):
                    args.append(_build_arg(words[j + 1], text))
                j += 2  # a flag and its value (`-t image:tag`), not the context
                continue
            if key in ("-t", "--tag") and eq:
                tags.append(value)
            elif key == "--build-arg" and eq:
                args.append(_build_arg(value, text))
            elif key in ("--file", "--target") and eq:
                opts[key] = value
            elif word.startswith("-"):
                pass  # other flags; their values may look positional, the context is the last word
            else:
                positional.append(word)
            j += 1
        if not positional:
            continue
        decl = _declaration(positional[-1], opts.get("-f") or opts.get("--file"), opts.get("--target"), "",
                            f"{path} (docker build)", "ci", file_from_root=bool(opts.get("-f") or
                                                                                           opts.get("--file")))
        if decl:
            decl.tags = tuple(tags)
            decl.build_args = tuple(args)
            out.append(decl)

    # docker/build-push-action and reusable build workflows: `with: {context, file, target}`.
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            uses, with_ = node.get("uses"), node.get("with")
            if isinstance(uses, str) and isinstance(with_, dict) and ("context" in with_ or "file" in with_) \
                    and re.search(r"docker|build", uses, re.I):
                decl = _declaration(with_.get("context", "."), with_.get("file") or with_.get("dockerfile"),
                                    with_.get("target"), "", f"{path} ({uses.split('@')[0]})", "ci",
                                    file_from_root=bool(with_.get("file") or with_.get("dockerfile")))
                if decl:
                    # `tags:` is a list, or one string of names separated by newlines or commas
                    listed = with_.get("tags")
                    names = listed if isinstance(listed, list) else str(listed or "").replace(",", "\n").split("\n")
                    decl.tags = tuple(t.strip() for t in names if isinstance(t, str) and t.strip())
                    # `build-args:` one `K=v` a line (or a list): an expression (`${{ secrets.K }}`) is not known
                    given = with_.get("build-args")
                    lines = given if isinstance(given, list) else str(given or "").split("\n")
                    decl.build_args = tuple(_build_arg(_GHA_EXPRESSION.sub("${GHA}", str(a).strip()), "")
                                            for a in lines if str(a).strip())
                    out.append(decl)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for doc in docs:
        walk(doc)
    return out


# `NAME=value`, `export NAME=value` (a script), `NAME: value` (a CI job's `environment:`/`env:` map, a list item):
# one line that assigns a variable its value, which the caller reads for the one name it looks for.
_ASSIGNED = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:export[ \t]+)?[\"']?([A-Za-z_][A-Za-z0-9_]{0,200})[\"']?"
                       r"[ \t]*[:=][ \t]*(.*)$", re.M)
_REFERENCE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")


def _build_arg(word: str, text: str) -> BuildArg:
    """A `--build-arg` word (`K=v`, `K=${K}`, `K`) with the literal values it takes (see BuildArg). A reference
    (`${K}`; `K` alone passes the caller's K) takes the values the same file assigns that variable, only when every
    assignment there is a literal: one from a secret (`K: ${{ secrets.K }}`), another variable or a command leaves
    the value unknown. GitHub Actions expressions and command substitutions were made `${GHA}`/`${CMD}` (unknown)."""
    name, eq, value = word.partition("=")
    value = value.strip() if eq else f"${name}"
    ref = _REFERENCE.fullmatch(value)
    if ref is None:
        return BuildArg(name, (value,) if value and "$" not in value and "`" not in value else ())
    if ref.group(1) in ("GHA", "CMD"):
        return BuildArg(name, ())
    found: list[str] = []
    for m in _ASSIGNED.finditer(text[:500_000]):
        if m.group(1) != ref.group(1):
            continue
        assigned = m.group(2).split(" #", 1)[0].strip().strip("\"'")
        if not assigned or "$" in assigned or "`" in assigned or assigned[0] in "|>&*{[":
            return BuildArg(name, ())
        found.append(assigned)
    return BuildArg(name, tuple(found))


def every_build(ctx: Context) -> list[BuildDeclaration]:
    """Every build command of the repository: those build_declarations reads (config, CI, the scripts and Makefile
    targets CI runs, compose) and the `docker build` lines of every other shell script and Makefile, whoever runs
    them (a release script a developer runs by hand, laa-fee-calculator's kubernetes_deploy/live/scripts/build.sh).
    Read, never run."""
    from deploycheck.sources.makefiles import MAKEFILE_NAMES, make_rules

    out = list(ctx.use(build_declarations))
    for rel in ctx.files.files:
        name = rel.rpartition("/")[2]
        if not (rel.endswith(".sh") or name in MAKEFILE_NAMES):
            continue
        text = ctx.files.read_text(rel) or ""
        if not _SHELL_BUILD.search(text):
            continue
        folder = rel.rpartition("/")[0]
        bodies = [recipe for _, recipe, _ in make_rules(text).values()] if name in MAKEFILE_NAMES else [text]
        for body in bodies:
            out.extend(d for d in (_rebased(ctx, folder, d, f"{rel} (docker build)")
                                   for d in _ci_declarations(rel, body, [])) if d.dockerfile)
    return out


def _choose_build(df: Dockerfile, found: list[BuildDeclaration]) -> None:
    """The declaration that builds the deployed image: the config's, else CI's, else compose's; a target
    that is a test or local-development stage is not the deployed image (noted, not taken)."""
    for kind in ("config", "ci", "compose"):
        usable = []
        for decl in (d for d in found if d.kind == kind):
            if decl.target and kind != "config" and (is_test_stage(decl.target) or _DEV_STAGE.match(decl.target)):
                df.ignored_builds.append(f"{decl.source}: target {decl.target} is a test/development stage")
                continue
            usable.append(decl)
        if usable:
            df.build = next((d for d in usable if d.target), usable[0])
            break
    if df.build and df.build.target and df.stages and df.stage_named(df.build.target) is None:
        df.problems.append(DockerfileProblem(df.path, f"{df.build.source} builds target {df.build.target!r}, "
                                                      f"which is not a stage of this Dockerfile"))
