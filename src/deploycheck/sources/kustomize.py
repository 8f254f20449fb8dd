"""kustomize overlays: built with `kubectl kustomize` or `kustomize` when on PATH, else skipped.

The overlay is hostile input. kustomize itself refuses files outside a kustomization's directory, but it
follows `resources:`/`bases:`/`components:` to any directory on the machine and fetches what it cannot
find locally as a URL (http GET, or `git fetch` with the CI's credential helpers). So before building,
the whole kustomization tree is walked here and an overlay is refused (an error naming the entry) when
any reference leaves the scanned root (symlinks resolved) or is not a local path; the build then runs
with proxies pointing nowhere and git transports switched off, in case kustomize finds another way out.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.lazy_re import deferred
from deploycheck.sources.kubernetes import K8sObject, objects_from_docs
from deploycheck.sources.yaml import YamlError, load_all, load_one

if TYPE_CHECKING:
    from deploycheck.context import Context

MAX_BUILT_OBJECTS = 20_000  # as for a Helm render: far above any real overlay
KUSTOMIZATION_FILES = ("kustomization.yaml", "kustomization.yml", "Kustomization")
MAX_KUSTOMIZATION_BYTES = 1024 * 1024
# Keys whose entries kustomize loads as a file, a kustomization directory or a remote target.
_TREE_KEYS = ("resources", "bases", "components")
_FILE_KEYS = ("generators", "transformers", "validators", "configurations", "crds")
# No network for the build: Go's HTTP client goes through a proxy that is not there (loopback is
# exempt from proxies, but the tree walk already refused every entry that is not a local path) and
# git, which kustomize runs for `git::`/github.com targets, may use no transport at all.
_NO_NETWORK = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": "",
               "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "no_proxy": "",
               "GIT_ALLOW_PROTOCOL": "none", "GIT_TERMINAL_PROMPT": "0", "GIT_CONFIG_NOSYSTEM": "1"}


@dataclass
class KustomizeBuild:
    """One kustomize overlay's build: its objects, or why it could not be built."""
    directory: str
    objects: list[K8sObject] = field(default_factory=list)
    error: str | None = None
    skipped: str | None = None


def _command() -> list[str] | None:
    if shutil.which("kustomize"):
        return ["kustomize", "build"]
    if shutil.which("kubectl"):
        return ["kubectl", "kustomize"]
    return None


@dataclass
class KustomizeTree:
    """The kustomizations of the repository: which to build, and which files they read.

    Overlays are the kustomizations no other kustomization uses (as a resource, base or component) and
    that are not Components; without `kustomize:` in the config, each is built as its own deployment
    unit (the same workload through several overlays is one finding, listing the others). The files a
    built tree reads (resources, patches, generator inputs) are not read again as plain manifests, and
    patch files never are: a strategic-merge or JSON patch is a fragment, not an object."""

    overlays: list[str] = field(default_factory=list)  # directories, relative to the root
    files: dict[str, set[str]] = field(default_factory=dict)  # overlay -> every file its tree reads
    patches: set[str] = field(default_factory=set)  # patch files of any kustomization
    # YAML beside a kustomization that no kustomization names and nothing else applies by name (see _unlisted)
    unlisted: set[str] = field(default_factory=set)


# Keys whose entries (strings, or mappings with `path`) name a file or directory of the tree.
_READ_KEYS = (*_TREE_KEYS, *_FILE_KEYS, "patchesStrategicMerge", "patches", "patchesJson6902", "replacements")
_PATCH_KEYS = ("patchesStrategicMerge", "patches", "patchesJson6902")


# A workload whose every container lacks `image` cannot be created (the API server refuses it): written beside a
# kustomization that does not name it, it is a strategic-merge patch kept for later (polar-bookshop's
# production/patch-tracing.yml, the tracing env vars of a Deployment, not in patchesStrategicMerge), never an object
# of its own. Read as one it gave "no selector", "schema", "1 replica", "no probes" for a Deployment that is not there.
_FRAGMENT_KINDS = frozenset({"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"})
_MAX_FRAGMENT_BYTES = 64_000


def _fragment(doc: Any) -> bool:
    if not isinstance(doc, dict) or doc.get("kind") not in _FRAGMENT_KINDS:
        return False
    spec = doc.get("spec")
    template = spec.get("template") if isinstance(spec, dict) else None
    pod = template.get("spec") if isinstance(template, dict) else None
    containers = pod.get("containers") if isinstance(pod, dict) else None
    return (isinstance(containers, list) and bool(containers)
            and all(isinstance(c, dict) and "image" not in c for c in containers))


def _unnamed_fragments(ctx: Context, kdirs: dict[str, dict[str, Any]], reads: dict[str, set[str]]) -> set[str]:
    """YAML files in a kustomization's folder that no kustomization names and whose every document is a workload
    fragment (no container has an image)."""
    named = set().union(*reads.values()) if reads else set()
    out: set[str] = set()
    for rel in ctx.files.glob("*.yaml", "*.yml"):
        directory = rel.rsplit("/", 1)[0] if "/" in rel else ""
        if directory not in kdirs or rel in named or rel.rsplit("/", 1)[-1] in KUSTOMIZATION_FILES:
            continue
        text = ctx.files.read_text(rel) or ""
        if len(text) > _MAX_FRAGMENT_BYTES or "containers" not in text:
            continue
        try:
            docs = [d for d in load_all(text).docs if d is not None]
        except YamlError:
            continue
        if docs and all(_fragment(d) for d in docs):
            out.add(rel)
    return out


def _unlisted(ctx: Context, kdirs: dict[str, dict[str, Any]], reads: dict[str, set[str]],
              fragments: set[str]) -> set[str]:
    """YAML files in a kustomization's folder that no kustomization names and whose name no other file mentions
    (a README's or script's `kubectl apply -f k8s/backup-cronjob.yaml`, a Makefile). `kubectl apply -k` creates only
    what `resources:` lists, so such a file is not shown to be deployed: its objects earn no pass (a pg_dump CronJob
    there passed backups/mechanism for a backup the cluster never gets), but they are still read, so their problems
    stay findings (lead's decision, 2026-11-30). A name only a kustomization mentions (a commented-out
    `# - ./backup.yaml`) is switched off, not applied."""
    from deploycheck.sources.mentions import find_mentions

    named = set().union(*reads.values()) if reads else set()
    candidates = {rel for rel in ctx.files.glob("*.yaml", "*.yml")
                  if (rel.rsplit("/", 1)[0] if "/" in rel else "") in kdirs and rel not in named
                  and rel not in fragments and rel.rsplit("/", 1)[-1] not in KUSTOMIZATION_FILES}
    if not candidates:
        return set()
    names = {rel.rsplit("/", 1)[-1] for rel in candidates}
    mentioned = find_mentions(ctx, names, lambda rel: rel in candidates or rel.rsplit("/", 1)[-1] in
                              KUSTOMIZATION_FILES)
    return {rel for rel in candidates if rel.rsplit("/", 1)[-1] not in mentioned}


def unlisted_manifests(ctx: Context) -> frozenset[str]:
    """The files of KustomizeTree.unlisted: read as plain manifests (their problems are findings), never evidence.
    None when the config says where the manifests are (`manifests:`): what its globs take is the team's word."""
    if ctx.config.manifests:
        return frozenset()
    return frozenset(ctx.use(kustomize_tree).unlisted)


def _norm(base: str, entry: str) -> str | None:
    import posixpath

    if "://" in entry or entry.startswith(("/", "git@", "github.com/")) or "\n" in entry:
        return None
    joined = posixpath.normpath(posixpath.join(base, entry))
    return None if joined == ".." or joined.startswith("../") else ("" if joined == "." else joined)


def kustomize_tree(ctx: Context) -> KustomizeTree:
    files = ctx.files
    kdirs: dict[str, dict[str, Any]] = {}
    for rel in files.glob(*KUSTOMIZATION_FILES):
        directory = rel.rsplit("/", 1)[0] if "/" in rel else ""
        try:
            doc = load_one(files.read_text(rel) or "")
        except YamlError:
            doc = None
        kdirs.setdefault(directory, doc if isinstance(doc, dict) else {})
    tree = KustomizeTree()
    used: set[str] = set()
    reads: dict[str, set[str]] = {}  # kustomization dir -> files and dirs it names directly
    for directory, doc in kdirs.items():
        named: set[str] = set()
        for key in _READ_KEYS:
            for entry in _entries(doc.get(key)):
                target = _norm(directory, entry)
                if target is None:
                    continue
                named.add(target)
                if key in _PATCH_KEYS:
                    tree.patches.add(target)
                if key in _TREE_KEYS and target in kdirs:
                    used.add(target)
        for key in ("configMapGenerator", "secretGenerator"):
            for gen in doc.get(key) or [] if isinstance(doc.get(key), list) else []:
                if isinstance(gen, dict):
                    for entry in [*_entries(gen.get("files")), *_entries(gen.get("envs")),
                                  *([gen["env"]] if isinstance(gen.get("env"), str) else [])]:
                        target = _norm(directory, entry.split("=", 1)[-1])
                        if target is not None:
                            named.add(target)
        reads[directory] = named
    fragments = _unnamed_fragments(ctx, kdirs, reads)
    tree.patches |= fragments
    tree.unlisted = _unlisted(ctx, kdirs, reads, fragments)
    tree.overlays = sorted(d for d, doc in kdirs.items() if d not in used and doc.get("kind") != "Component")
    for overlay in tree.overlays:
        seen: set[str] = set()
        todo = [overlay]
        while todo:
            directory = todo.pop()
            if directory in seen:
                continue
            seen.add(directory)
            for target in reads.get(directory, set()):
                if target in kdirs:
                    todo.append(target)
                else:
                    tree.files.setdefault(overlay, set()).add(target)
    return tree


def _overlays(ctx: Context) -> list[str]:
    """The configured overlays (none for `kustomize: false` or `[]`); else every overlay, unless the
    config says where the deployment is (`manifests:` or `helm.charts:`), which is the team's word as
    configured charts are."""
    if ctx.config.kustomize is not None:
        return list(ctx.config.kustomize)
    if ctx.config.manifests or ctx.config.helm_charts:
        return []
    return ctx.use(kustomize_tree).overlays


def kustomize_builds(ctx: Context) -> list[KustomizeBuild]:
    """The overlays named in the config, else every overlay of the repository (see KustomizeTree)."""
    builds: list[KustomizeBuild] = []
    overlays = _overlays(ctx)
    if not overlays:
        return builds
    # imported here: the sandbox (subprocess, tarfile, resource limits) is only needed to build something
    from deploycheck.sources import helm_sandbox as sandbox

    limits = sandbox.Limits.from_config(ctx.config.section("limits"))
    for directory in overlays:
        build = KustomizeBuild(directory=directory.strip("/"))
        label = build.directory or "."
        builds.append(build)
        cmd = _command()
        if cmd is None:
            build.skipped = "neither `kustomize` nor `kubectl` is on PATH"
            continue
        target = (ctx.root / build.directory).resolve() if build.directory else ctx.root
        if not target.is_relative_to(ctx.root) or not target.is_dir():
            build.error = f"{directory}: not a directory inside the repository"
            continue
        escape = _escaping_reference(ctx.root.resolve(), target, set())
        if escape:
            build.error = escape
            continue
        ctx.progress(f"kustomize build {directory}")
        # The same child-process caps as a Helm render (CPU, memory, output size, wall clock): an
        # overlay can multiply its bases or generate huge ConfigMaps as easily as a chart loops.
        with tempfile.TemporaryDirectory(prefix="deploycheck-kustomize-") as tmp:
            result = sandbox.run_limited([*cmd, "--", str(target)], limits, None, Path(tmp),
                                         f"kustomize build {build.directory}", extra_env=_NO_NETWORK)
        if result.error:
            build.error = without_log_header(result.error)
            continue
        documents = result.stdout.count("\n---") + 1
        if documents > MAX_BUILT_OBJECTS:
            build.error = (f"kustomize build {build.directory} produced about {documents} documents, over the "
                           f"{MAX_BUILT_OBJECTS} this scan checks; not checked")
            continue
        try:
            docs = load_all(result.stdout)
        except YamlError as exc:
            build.error = f"output is not valid YAML: {exc.message}"
            continue
        build.objects = objects_from_docs(docs.docs, f"{build.directory}/kustomization.yaml" if build.directory
                                          else "kustomization.yaml", origin=f"kustomize:{label}")
    return builds


# kubectl logs its errors through klog: `E1129 20:53:40.206535    5141 run.go:72] "command failed" err="..."`. The
# time and the process id change on every run, and the finding's message (and so its fingerprint, which a baseline
# keeps) carried them: emojivoto's unbuildable overlay was a new finding on every scan. Bounded repeats: linear.
_KLOG_HEADER = deferred(
    "_KLOG_HEADER", r"\b[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6}[ \t]{1,20}\d{1,10} [\w./-]{1,200}:\d{1,7}\] ")


def without_log_header(text: str) -> str:
    """`text` without klog's per-line header (severity, date, time, pid, file:line)."""
    return _KLOG_HEADER.sub("", text)


def _escaping_reference(root: Path, directory: Path, seen: set[Path]) -> str | None:
    """The first entry of the kustomization tree at `directory` that kustomize would load from outside
    `root` or from the network, described for the user; None when every reference stays inside."""
    seen.add(directory)
    kfile = next((directory / n for n in KUSTOMIZATION_FILES if (directory / n).is_file()), None)
    if kfile is None:
        return None  # kustomize reports the missing file itself
    rel = kfile.relative_to(root)
    try:
        if kfile.stat().st_size > MAX_KUSTOMIZATION_BYTES:
            return f"{rel}: larger than {MAX_KUSTOMIZATION_BYTES} bytes, not built"
        doc = load_one(kfile.read_text(encoding="utf-8", errors="replace"))
    except (OSError, YamlError) as exc:
        return f"{rel}: cannot be read: {getattr(exc, 'message', exc)}"
    if not isinstance(doc, dict):
        return None
    for key in (*_TREE_KEYS, *_FILE_KEYS):
        for entry in _entries(doc.get(key)):
            if key in _FILE_KEYS and "\n" in entry:
                continue  # an inline transformer/generator config, not a path
            path = Path(entry) if os.path.isabs(entry) else directory / entry
            if "://" in entry or not os.path.lexists(path):
                return (f"{rel}: {key} entry {entry} is not a path in the repository (a remote resource is "
                        "never fetched)")
            real = path.resolve()
            if not real.is_relative_to(root):
                return f"{rel}: {key} entry {entry} is outside the scanned repository"
            if real.is_dir() and real not in seen:
                found = _escaping_reference(root, real, seen)
                if found:
                    return found
    return None


def _entries(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str)] + [
        v["path"] for v in value if isinstance(v, dict) and isinstance(v.get("path"), str)]


def not_plain_manifests(ctx: Context) -> set[str]:
    """Files the plain-manifest reader must leave alone: every patch file, and the files of each overlay
    that is built here (its objects come from the build). When no kustomize can run, the overlays'
    resources stay plain manifests (the build is reported skipped): their objects are still real."""
    tree = ctx.use(kustomize_tree)
    out = set(tree.patches)
    if _command() is not None:
        for overlay in _overlays(ctx):
            out |= tree.files.get(overlay.strip("/"), set())
    return out


@dataclass
class SecretGenerator:
    """One `secretGenerator` entry of a kustomization: kustomize makes a Secret from what it names, so the
    values are in the repository whenever the literals are written out or the files it reads are committed.

    `literals` are (key, value) pairs as written (`password=...`); `envs` and `files` are (key, path, text)
    with the text of the committed file, or None when the file is not in the repository (ignored, made by CI)."""

    kustomization: str
    name: str
    line: int | None
    literals: list[tuple[str, str]] = field(default_factory=list)
    envs: list[tuple[str, str, str | None]] = field(default_factory=list)
    files: list[tuple[str, str, str | None]] = field(default_factory=list)


def secret_generators(ctx: Context) -> list[SecretGenerator]:
    """Every secretGenerator of the production kustomizations, with the committed text of the files it reads."""
    from deploycheck.sources.yaml import line_of

    out: list[SecretGenerator] = []
    for rel in ctx.files.glob(*KUSTOMIZATION_FILES):
        text = ctx.files.read_text(rel) or ""
        if "secretGenerator" not in text or len(text) > MAX_KUSTOMIZATION_BYTES:
            continue
        try:
            doc = load_one(text)
        except YamlError:
            continue  # kustomize itself reports it
        gens = doc.get("secretGenerator") if isinstance(doc, dict) else None
        directory = rel.rsplit("/", 1)[0] if "/" in rel else ""
        for i, gen in enumerate(gens if isinstance(gens, list) else []):
            if not isinstance(gen, dict):
                continue
            found = SecretGenerator(rel, str(gen.get("name") or f"#{i + 1}"), line_of(text, 0, ("secretGenerator", i)))
            for literal in gen.get("literals") or []:
                if isinstance(literal, str) and "=" in literal:
                    key, _, value = literal.partition("=")
                    found.literals.append((key.strip(), value.strip()))
            # `envs: [db.env]` (and the older `env: db.env`); `files: [tls.key, password=secret.txt]`
            envs = [*_entries(gen.get("envs")), *([gen["env"]] if isinstance(gen.get("env"), str) else [])]
            for key, entries, into in (("", envs, found.envs), ("files", _entries(gen.get("files")), found.files)):
                for entry in entries:
                    name, _, path = entry.rpartition("=") if "=" in entry else ("", "", entry)
                    target = _norm(directory, path.strip())
                    if target is None:
                        continue
                    committed = target in ctx.all_files.files
                    into.append((name.strip() or (target.rsplit("/", 1)[-1] if key else ""), target,
                                 ctx.all_files.read_text(target) if committed else None))
            out.append(found)
    return out
