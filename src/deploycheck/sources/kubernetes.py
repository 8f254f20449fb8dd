"""Kubernetes objects from plain manifests (YAML/JSON, multi-doc, `List`), Helm renders and kustomize.

A source never judges: it reads, remembers where each object came from, and records parse
problems for the `manifests/parse` check to report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from deploycheck.lazy_re import deferred
from deploycheck.model import Location, ObjectRef
from deploycheck.sources.gotemplate import render_one_variant
from deploycheck.sources.yaml import YamlDocs, YamlError, load_all

if TYPE_CHECKING:
    from deploycheck.context import Context

# Kinds whose spec holds a pod template, and where it is.
POD_TEMPLATE_PATHS: dict[str, tuple[str, ...]] = {
    "Deployment": ("spec", "template"),
    "StatefulSet": ("spec", "template"),
    "DaemonSet": ("spec", "template"),
    "ReplicaSet": ("spec", "template"),
    "ReplicationController": ("spec", "template"),
    "Job": ("spec", "template"),
    "CronJob": ("spec", "jobTemplate", "spec", "template"),
    "Rollout": ("spec", "template"),  # Argo Rollouts
}
LONG_RUNNING_KINDS = frozenset({"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController",
                                "Rollout", "Pod"})
IGNORE_ANNOTATION = "deploycheck.io/ignore"
IGNORE_REASON_ANNOTATION = "deploycheck.io/ignore-reason"


@dataclass(frozen=True)
class Container:  # frozen: an object's containers are built once and shared by every check (K8sObject._containers)
    """A container (or init container) of a workload's pod spec."""
    name: str
    spec: dict[str, Any]
    init: bool
    index: int  # position in containers / initContainers
    path: tuple[str | int, ...]  # path of this container inside the object


@dataclass
class K8sObject:
    """One Kubernetes object from a manifest file, a chart render or a kustomize build."""
    body: dict[str, Any]
    path: str  # file (relative to root) or chart template path
    doc_index: int = 0
    list_index: int | None = None  # item index when the object came from a `List`
    origin: str | None = None  # "helm:<chart dir>" / "kustomize:<dir>" for generated objects
    _docs: YamlDocs | None = field(default=None, repr=False)
    _doc_line: int | None = field(default=None, repr=False)
    # From a YAML beside a kustomization that no kustomization lists and nothing applies by name
    # (kustomize.unlisted_manifests): judged like any object, so its problems are findings, but not shown to be
    # deployed, so it is evidence for no pass (the engine drops passes located in it; relations skip it).
    unlisted: bool = False

    # Read once per object: the checks ask for these ~300,000 times on the corpus, and nothing changes
    # an object's body after it is read.
    @cached_property
    def kind(self) -> str:
        return str(self.body.get("kind", ""))

    @cached_property
    def api_version(self) -> str:
        return str(self.body.get("apiVersion", ""))

    @cached_property
    def metadata(self) -> dict[str, Any]:
        meta = self.body.get("metadata")
        return meta if isinstance(meta, dict) else {}

    @cached_property
    def name(self) -> str:
        return str(self.metadata.get("name") or self.metadata.get("generateName") or "(unnamed)")

    @cached_property
    def namespace(self) -> str | None:
        ns = self.metadata.get("namespace")
        return str(ns) if ns else None

    @cached_property
    def ref(self) -> ObjectRef:  # frozen: one per object, shared by its findings' locations
        return ObjectRef(kind=self.kind, name=self.name, namespace=self.namespace, api_version=self.api_version)

    @property
    def labels(self) -> dict[str, str]:
        labels = self.metadata.get("labels")
        return labels if isinstance(labels, dict) else {}

    @property
    def annotations(self) -> dict[str, str]:
        ann = self.metadata.get("annotations")
        return ann if isinstance(ann, dict) else {}

    # --- pod template access --------------------------------------------------------------------

    @cached_property
    def pod_template_path(self) -> tuple[str, ...] | None:
        if self.kind == "Pod":
            return ()
        return POD_TEMPLATE_PATHS.get(self.kind)

    @cached_property
    def pod_template(self) -> dict[str, Any] | None:
        """The pod template ({metadata, spec}); for a Pod, the Pod itself."""
        path = self.pod_template_path
        if path is None:
            return None
        node: Any = self.body
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        return node if isinstance(node, dict) else None

    @cached_property
    def pod_spec(self) -> dict[str, Any] | None:
        template = self.pod_template
        spec = template.get("spec") if template else None
        return spec if isinstance(spec, dict) else None

    @cached_property
    def pod_labels(self) -> dict[str, str]:
        template = self.pod_template
        meta = template.get("metadata") if template else None
        labels = meta.get("labels") if isinstance(meta, dict) else None
        return labels if isinstance(labels, dict) else {}

    def containers(self, include_init: bool = True) -> Iterator[Container]:
        every, main = self._containers
        return iter(every if include_init else main)

    @cached_property
    def _containers(self) -> tuple[tuple[Container, ...], tuple[Container, ...]]:
        """(containers then init containers, containers): built once, since the checks ask ~10,000 times on the
        corpus and a Container per answer was ~2 % of its scan."""
        spec = self.pod_spec
        base = (*(self.pod_template_path or ()), "spec")
        if not spec:
            return (), ()
        found: list[Container] = []
        for key, init in (("containers", False), ("initContainers", True)):
            items = spec.get(key)
            if not isinstance(items, list):
                continue
            for i, c in enumerate(items):
                if isinstance(c, dict):
                    found.append(Container(name=str(c.get("name", f"#{i}")), spec=c, init=init, index=i,
                                           path=(*base, key, i)))
        return tuple(found), tuple(c for c in found if not c.init)

    @property
    def is_helm_hook(self) -> bool:
        """Helm hooks and chart tests (`helm.sh/hook`) run once around a release; they are not the workload."""
        template_meta = (self.pod_template or {}).get("metadata") if self.kind != "Pod" else None
        template_notes = template_meta.get("annotations") if isinstance(template_meta, dict) else None
        return "helm.sh/hook" in self.annotations or (
            isinstance(template_notes, dict) and "helm.sh/hook" in template_notes)

    @property
    def unit(self) -> str:
        """The deployment unit: what is applied together. One Helm render (chart + values file), one
        kustomize build, or one directory of plain files; alternative bundles are separate units."""
        if self.origin:
            return self.origin
        return self.path.rsplit("/", 1)[0] if "/" in self.path else "."

    @property
    def is_helm_test(self) -> bool:
        """A chart test (`helm.sh/hook: test`, or Helm 2's test-success/test-failure): run by `helm test`,
        never part of the running release."""
        hooks = str(self.annotations.get("helm.sh/hook", ""))
        return any(h.strip() in ("test", "test-success", "test-failure") for h in hooks.split(","))

    @property
    def is_long_running(self) -> bool:
        return self.kind in LONG_RUNNING_KINDS

    @property
    def replicas(self) -> int:
        spec = self.body.get("spec")
        value = spec.get("replicas", 1) if isinstance(spec, dict) else 1
        return value if isinstance(value, int) else 1

    # --- locations -----------------------------------------------------------------------------

    def line(self, field_path: tuple[str | int, ...] = ()) -> int | None:
        """Line of a field in the source file (None for rendered objects, whose lines mean nothing)."""
        if self._docs is None:
            return None
        prefix: tuple[str | int, ...] = ("items", self.list_index) if self.list_index is not None else ()
        return self._docs.line_of(self.doc_index, (*prefix, *field_path))

    def location(self, field_path: tuple[str | int, ...] | None = (), container: str | None = None) -> Location:
        """A location for a finding; pass field_path=None to skip the (lazy) line lookup for passes."""
        line = self.line(field_path) if field_path is not None else None
        return Location(path=self.path, line=line, object=self.ref, container=container, origin=self.origin)


@dataclass
class ParseProblem:
    """A manifest that could not be read or parsed, with the line when known."""
    path: str
    message: str
    line: int | None = None
    status: str = "error"  # error | skipped


@dataclass
class KubeSet:
    """The Kubernetes objects of a run, the files that held them and the problems met reading them."""
    objects: list[K8sObject] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # plain manifest files that held objects
    unbuilt: list[str] = field(default_factory=list)  # "chart x" / "kustomize overlay y" that failed
    # the unbuilt sources no other build stands in for: not a chart's failed values variant beside one that rendered
    # (fala: the chart without values files fails, the environments' values files render)
    absent: list[str] = field(default_factory=list)
    # Plain manifest files that could not be parsed although they name kinds the checks judge, with those kinds
    # (modern-slavery's kd templates before gotemplate.py): their objects are as absent as an unbuilt chart's, for the
    # findings about those kinds.
    unparsed: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # Objects that are not production (Helm test hooks), left out of every check; the report counts them.
    left_out: list[str] = field(default_factory=list)
    # Units (a render's label) built only in part (subcharts not vendored, templates that failed left out) -> what
    # is missing: an object there may refer to one that would have been in the missing part.
    partial_units: dict[str, str] = field(default_factory=dict)
    # Of those, the renders whose failing templates were left out -> what is missing (see engine._left_out_passes)
    left_out_units: dict[str, str] = field(default_factory=dict)

    def of_kind(self, *kinds: str) -> list[K8sObject]:
        return [o for o in self.objects if o.kind in kinds]

    @property
    def incomplete(self) -> str | None:
        """Why some objects may be missing (charts/overlays not built), for checks that found none. A chart's failed
        values variant beside one that rendered hides nothing the deployment has (laa-check-client-qualifies' chart
        has no values.yaml and fails without one; bin/deploy always passes values/ccq-<env>.yaml, which render): "no
        alert rules" holds over the renders that worked, as for passes (`absent`, fala)."""
        return self.objects_missing

    @property
    def objects_missing(self) -> str | None:
        """Why some objects are missing although every check that looked found its objects fine: a chart none of
        whose renders worked, a subchart or an overlay not built (for checks that passed object by object)."""
        return self.missing_for(None)

    def missing_for(self, kinds: Collection[str] | None) -> str | None:
        """objects_missing for a finding about objects of these kinds (None: any kind): an unbuilt chart or overlay
        may hold any kind, a manifest that could not be parsed only the kinds its text names (keel's unparsed
        deployment template names a Deployment, a Service, RBAC objects: it hides no alert rule)."""
        reasons = [f"{name} was not built" for name in self.absent]
        reasons += [f"manifest {path} ({', '.join(named)}) could not be parsed" for path, named in self.unparsed
                    if kinds is None or not set(named).isdisjoint(kinds)]
        if not reasons:
            return None
        more = f" (+{len(reasons) - 1} more)" if len(reasons) > 1 else ""
        return f"{reasons[0]}{more}, so its objects could not be looked at"

    @property
    def workloads(self) -> list[K8sObject]:
        return [o for o in self.objects if o.pod_template_path is not None]


# apiVersions of tool configuration that looks like an object but is never sent to a cluster:
# kustomize's Kustomization/Component and its builtin transformer configs (`apiVersion: builtin`),
# skaffold.yaml (`skaffold/v4beta6`, kind Config), kind and k3d cluster configs.
_TOOL_CONFIG_API = re.compile(r"^(builtin|kustomize\.config\.k8s\.io/.*|config\.kubernetes\.io/.*|skaffold/.*"
                              r"|kind\.x-k8s\.io/.*|k3d\.io/.*)$")


def is_k8s_object(doc: Any) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("apiVersion"), str) and isinstance(doc.get("kind"), str) \
        and not _TOOL_CONFIG_API.match(doc["apiVersion"]) \
        and not (doc["kind"] == "Config" and doc["apiVersion"] == "v1")  # a kubeconfig file


def objects_from_docs(docs: list[Any], path: str, origin: str | None = None, yaml_docs: YamlDocs | None = None
                      ) -> list[K8sObject]:
    out = []
    for i, doc in enumerate(docs):
        if not is_k8s_object(doc):
            continue
        if doc["kind"].endswith("List") and isinstance(doc.get("items"), list):
            for j, item in enumerate(doc["items"]):
                if is_k8s_object(item):
                    out.append(K8sObject(item, path, i, j, origin, yaml_docs))
            continue
        out.append(K8sObject(doc, path, i, None, origin, yaml_docs))
    return out


# Files that are YAML but never Kubernetes manifests: skip without parsing (speed and noise).
_NOT_MANIFESTS = ("Chart.yaml", "Chart.lock", "values.yaml", ".deploycheck.yaml", "pnpm-lock.yaml",
                  "docker-compose.yml", "docker-compose.yaml", "mkdocs.yml", ".pre-commit-config.yaml",
                  "attestations.yaml", "kustomization.yaml", "kustomization.yml", "Kustomization")


def candidate_manifest_files(ctx: Context) -> list[str]:
    """Plain manifest files: the configured globs, else every YAML/JSON outside charts and CI."""
    from deploycheck.sources.kustomize import not_plain_manifests

    files = ctx.files
    kustomized = ctx.use(not_plain_manifests)  # patch files, and files of overlays built with kustomize
    if ctx.config.manifests:
        return [rel for rel in files.glob(*ctx.config.manifests) if rel not in kustomized]
    # A chart at the root owns templates/ and charts/ (its subcharts): "" + "/" would match nothing.
    chart_dirs = tuple(p for d in chart_directories(ctx) for p in ((d + "/",) if d else ("templates/", "charts/")))
    out = []
    for rel in files.with_suffix(".yaml", ".yml", ".json"):
        name = rel.rsplit("/", 1)[-1]
        if name in _NOT_MANIFESTS or (name.startswith(("values", "package")) and rel.endswith(".json")):
            continue
        if chart_dirs and rel.startswith(chart_dirs):
            continue  # chart files are read through the Helm renderer, not as plain YAML
        if rel in kustomized:
            continue
        if rel.startswith((".github/", ".gitlab", ".deploycheck/")) or "/.github/" in rel:
            continue
        out.append(rel)
    return out


# Manifests kept as templates that another tool renders before `kubectl apply` (terraform's templatefile, envsubst,
# Jinja, gomplate): `k8s/templates.yml.tpl` with `%{ for }` directives is no YAML, so the plain-manifest reader
# never sees its objects and every check judged the repository without them.
_TEMPLATED_SUFFIXES = tuple(f"{ext}{tpl}" for ext in (".yaml", ".yml")
                            for tpl in (".tpl", ".tmpl", ".template", ".j2", ".jinja", ".jinja2", ".gotmpl"))
# Top-level (column 0) literal apiVersion/kind of a document: the two values a templated object rarely computes.
_HEAD_FIELD = deferred("_HEAD_FIELD", r"(apiVersion|kind):[ \t]*[\"']?([A-Za-z0-9./-]+)[\"']?[ \t]*(?:#.*)?$")
_MAX_HEAD_LINE = 400  # longer lines are no apiVersion/kind line; the regex never sees them


@dataclass(frozen=True)
class TemplatedHead:
    """The apiVersion and kind of one document of a templated manifest, read as text (its body is not parsed)."""

    path: str
    line: int  # of the apiVersion
    api_version: str
    kind: str


def templated_manifest_heads(ctx: Context) -> list[TemplatedHead]:
    """apiVersion/kind of each document of the templated manifests outside Helm charts (a chart's templates are
    rendered by Helm). A document whose apiVersion or kind is itself a template expression is left out."""
    chart_dirs = tuple(d + "/" for d in chart_directories(ctx) if d)
    has_root_chart = "" in chart_directories(ctx)
    out: list[TemplatedHead] = []
    for rel in ctx.files.with_suffix(*_TEMPLATED_SUFFIXES):
        if rel.startswith(chart_dirs) or (has_root_chart and rel.startswith(("templates/", "charts/"))):
            continue
        text = ctx.files.read_text(rel)
        if not text or "apiVersion" not in text:
            continue
        api_version: tuple[str, int] | None = None
        kind: str | None = None
        for number, line in enumerate([*text.splitlines(), "---"], start=1):
            if line.startswith("---"):
                if api_version and kind:
                    out.append(TemplatedHead(rel, api_version[1], api_version[0], kind))
                api_version, kind = None, None
                continue
            if len(line) > _MAX_HEAD_LINE or not line.startswith(("apiVersion", "kind")):
                continue
            match = _HEAD_FIELD.match(line)
            if not match:
                continue  # a template expression (`apiVersion: ${...}`) or no value: nothing literal to judge
            if match.group(1) == "kind":
                kind = kind or match.group(2)
            elif api_version is None:
                api_version = (match.group(2), number)
    return out


def chart_directories(ctx: Context) -> list[str]:
    """Directories holding a Chart.yaml (relative), vendored subcharts included. Listed once per run: sources ask
    for it per chart (helm.local_dependencies), and each listing visits every file (57 listings of the corpus's
    2,078 files were ~0.1 s of its scan)."""
    return list(ctx.use(_chart_directories))


def _chart_directories(ctx: Context) -> list[str]:
    return sorted({rel.rsplit("/", 1)[0] if "/" in rel else "" for rel in ctx.files.glob("Chart.yaml")})


def parse_manifest(rel: str, text: str) -> tuple[list[Any], YamlDocs | None] | ParseProblem | None:
    """The documents of one candidate manifest file (with the YamlDocs that answers line lookups), the
    problem that stops reading it, or None when it is no manifest at all. A function of the name's suffix
    and the text alone, so a child process may compute it ahead (parallel.py)."""
    if rel.endswith(".json"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:  # RecursionError: nesting deeper than json can read
            # Only JSON that claims to be a manifest (or is empty, which kubectl cannot apply
            # either) is reported: package.json-like files with comments are not our business.
            if '"apiVersion"' in text or not text.strip():
                why = "empty file" if not text.strip() else str(exc) if isinstance(exc, ValueError) \
                    else "nesting too deep"
                return ParseProblem(rel, f"invalid JSON: {why}")
            return None
        return [data], None
    # Binary under a YAML name (NUL bytes) skips the pre-filter: load_all names it as binary.
    if "\x00" not in text and ("apiVersion" not in text or "kind" not in text):
        return None  # cheap pre-filter: not a manifest
    try:
        # partial: one document whose value cannot be built (a 5,000-digit integer) is reported (plain_objects) and
        # the file's other documents are still read; before, the whole file's objects were lost.
        docs = load_all(text, partial=True)
    except YamlError as exc:
        # A Go template that a deploy tool renders (kd, gomplate): read with one branch of each condition
        # (gotemplate.py); its YamlDocs holds the rendered text, line for line the template's.
        rendered = render_one_variant(text) if "{{" in text else None
        if rendered is not None:
            try:
                docs = load_all(rendered, partial=True)
            except YamlError:
                pass
            else:
                if any(is_k8s_object(doc) for doc in docs.docs):
                    return docs.docs, docs
        return ParseProblem(rel, exc.message, exc.line)
    return docs.docs, docs


# The kinds deploycheck's checks judge: the workloads and what the items read around them (built-in kinds, Argo
# Rollouts, the Prometheus operator's). A file that cannot be parsed and names one of them hides objects the checks
# would have judged; one naming only other kinds (coolstore's Istio `kind: Policy`) hides nothing they read.
POD_KINDS = frozenset({*POD_TEMPLATE_PATHS, "Pod"})
JUDGED_KINDS = POD_KINDS | {
    "Service", "Ingress", "NetworkPolicy", "HorizontalPodAutoscaler", "PodDisruptionBudget",
    "PersistentVolumeClaim", "ConfigMap", "Secret", "ServiceAccount", "Role", "ClusterRole", "RoleBinding",
    "ClusterRoleBinding", "Namespace", "PrometheusRule", "ServiceMonitor", "PodMonitor"}
_KIND_LINE = deferred("_KIND_LINE", r"""^kind:[ \t]*["']?([A-Za-z]{1,100})""", re.M)


def judged_kinds_named(text: str) -> list[str]:
    """The judged kinds a manifest's text names at the top level of a document (`kind: Deployment` at a line's start;
    an indented `kind:` is a reference's, a subject's), in order, once each: read from the text, since the file did
    not parse. Only text that also names an apiVersion is a manifest."""
    if "apiVersion" not in text:
        return []
    return list(dict.fromkeys(k for k in _KIND_LINE.findall(text) if k in JUDGED_KINDS))


def plain_objects(ctx: Context) -> KubeSet:
    from deploycheck.parallel import files_left_to_parse, prefetched_manifests
    from deploycheck.sources.kustomize import unlisted_manifests

    result = KubeSet()
    candidates = candidate_manifest_files(ctx)
    files = ctx.files
    problems_before = len(files.problems)
    # The files a child process (cli.py) has not taken yet are read and parsed here meanwhile. A file the child read is
    # not read again: its text joins the index as this run's read of the file, so the documents, the line lookups and
    # the inline ignores all come from that one read (reading ~470 files a second time was ~3 % of the engine's
    # process); a file this run already read is compared, and parsed here if it differs.
    here = {rel: parse_manifest(rel, text) for rel in files_left_to_parse(candidates)
            if (text := files.read_text(rel)) is not None}
    ahead = prefetched_manifests()
    texts = {}
    for rel in candidates:  # in order: the index records problems as it reads
        early = ahead.get(rel)
        if early is not None and rel not in here:
            files.remember(rel, early[0])
        texts[rel] = files.read_text(rel)
    if here and len(files.problems) > problems_before:  # read in two passes: the problems in the order of one
        position = {rel: i for i, rel in enumerate(candidates)}
        files.problems[problems_before:] = sorted(files.problems[problems_before:],
                                                  key=lambda problem: position.get(problem.path, len(position)))
    for rel in candidates:
        text = texts[rel]
        if text is None:
            continue  # the file walker recorded why (size cap, permissions)
        early = ahead.get(rel)
        if rel in here:
            parsed = here[rel]
        elif early is not None and early[0] == text:
            parsed = early[1]
        else:
            parsed = parse_manifest(rel, text)
        if parsed is None:
            continue
        if isinstance(parsed, ParseProblem):
            result.problems.append(parsed)
            kinds = judged_kinds_named(text)
            if kinds:
                result.unparsed.append((rel, tuple(kinds)))
            continue
        docs, yaml_docs = parsed
        if yaml_docs is not None:
            if yaml_docs.text == text:  # not a rendered template's text (parse_manifest)
                yaml_docs.text = text  # one copy of the text, the file index's
            result.problems.extend(ParseProblem(rel, problem.message, problem.line) for problem in yaml_docs.problems)
        objs = objects_from_docs(docs, rel, None, yaml_docs)
        if objs and rel in ctx.use(unlisted_manifests):
            for obj in objs:
                obj.unlisted = True
        if objs:
            result.files.append(rel)
            result.objects.extend(objs)
    return result


def all_objects(ctx: Context) -> KubeSet:
    """Every object the service would deploy: plain manifests + Helm renders + kustomize builds."""
    from deploycheck.sources.helm import helm_renders
    from deploycheck.sources.kustomize import kustomize_builds

    plain = ctx.use(plain_objects)
    merged = KubeSet(objects=list(plain.objects), problems=list(plain.problems), files=list(plain.files),
                     unparsed=list(plain.unparsed))
    # A chart or overlay that could not be built leaves its objects out of every check: record
    # that here so manifests/parse says so, and checks that find nothing say "skipped", not "n/a".
    renders = ctx.use(helm_renders)
    rendered = {render.chart for render in renders if render.objects and not render.error}
    for render in renders:
        merged.objects.extend(render.objects)
        chart_yaml = f"{render.chart}/Chart.yaml" if render.chart else "Chart.yaml"
        name = render.chart or "."
        if render.left_out_templates:  # the other templates' objects are in; the left-out ones' are not
            left = ", ".join(render.left_out_templates)
            merged.unbuilt.append(f"template(s) {left} of chart {name}")
            merged.partial_units[render.label] = merged.left_out_units[render.label] = merged.unbuilt[-1]
            if render.missing_subcharts or render.chart not in rendered:
                merged.absent.append(merged.unbuilt[-1])
            if not render.missing_subcharts:
                merged.problems.append(ParseProblem(chart_yaml, f"chart {name} did not render; rendered without "
                                                    f"template(s) {left}: {(render.error or '')[:600]}"))
        if render.missing_subcharts:  # its own objects are in; the subcharts' are not
            subcharts = ", ".join(render.missing_subcharts)
            merged.unbuilt.append(f"subchart(s) {subcharts} of chart {name}")
            merged.partial_units[render.label] = "; ".join(filter(None, (merged.partial_units.get(render.label),
                                                                         merged.unbuilt[-1])))
            merged.absent.append(merged.unbuilt[-1])
            why = f"chart {name} was rendered without subchart(s) {subcharts}, whose objects are not checked: "
            merged.problems.append(ParseProblem(chart_yaml, (why + (render.error or ""))[:700]))
        elif render.error and not render.left_out_templates:
            merged.unbuilt.append(f"chart {name}")
            if render.chart not in rendered:
                merged.absent.append(merged.unbuilt[-1])
            merged.problems.append(ParseProblem(chart_yaml, f"chart {name} did not render, so its "
                                                f"objects are not checked: {render.error[:500]}"))
        elif render.skipped and not render.skipped.startswith("library chart"):
            merged.unbuilt.append(f"chart {name}")
            if render.chart not in rendered:
                merged.absent.append(merged.unbuilt[-1])
            merged.problems.append(ParseProblem(chart_yaml, f"chart {name} not rendered: "
                                                f"{render.skipped}", status="skipped"))
    for build in ctx.use(kustomize_builds):
        merged.objects.extend(build.objects)
        if build.error or build.skipped:
            merged.unbuilt.append(f"kustomize overlay {build.directory}")
            merged.absent.append(merged.unbuilt[-1])
            merged.problems.append(ParseProblem(
                build.directory, f"kustomize overlay {build.directory} not built, so its objects are not checked: "
                f"{build.error or build.skipped}", status="error" if build.error else "skipped"))
    tests = [o for o in merged.objects if o.is_helm_test]
    if tests:
        merged.left_out = [f"{o.kind}/{o.name} ({o.path})" for o in tests]
        merged.objects = [o for o in merged.objects if not o.is_helm_test]
    _collect_ignores(ctx, merged.objects)
    return merged


def _collect_ignores(ctx: Context, objects: list[K8sObject]) -> None:
    for obj in objects:
        template_meta = (obj.pod_template or {}).get("metadata") or {}
        for notes in (obj.annotations, template_meta.get("annotations") if isinstance(template_meta, dict) else None):
            if not isinstance(notes, dict):
                continue
            value = notes.get(IGNORE_ANNOTATION)
            if value:
                ids = [c.strip() for c in str(value).split(",") if c.strip()]
                reason = notes.get(IGNORE_REASON_ANNOTATION)
                key = str(obj.ref)
                prev = ctx.object_ignores.get(key, ([], None))
                ctx.object_ignores[key] = (prev[0] + ids, prev[1] or (str(reason) if reason else None))


# --- quantities ----------------------------------------------------------------------------------

# Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource): a decimal number with an
# optional binary (Ki..Ei), decimal (n, u, m, k, M, G, T, P, E) or exponent suffix. Hand-written:
# the only PyPI parsers live inside the full `kubernetes` client (a heavy import for one regex) or
# in small unmaintained packages; the grammar is short and fixed.
_QUANTITY = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$")
_SUFFIX = {
    "Ki": Decimal(2) ** 10, "Mi": Decimal(2) ** 20, "Gi": Decimal(2) ** 30, "Ti": Decimal(2) ** 40,
    "Pi": Decimal(2) ** 50, "Ei": Decimal(2) ** 60,
    "n": Decimal("1e-9"), "u": Decimal("1e-6"), "m": Decimal("1e-3"), "": Decimal(1),
    "k": Decimal("1e3"), "M": Decimal("1e6"), "G": Decimal("1e9"), "T": Decimal("1e12"),
    "P": Decimal("1e15"), "E": Decimal("1e18"),
}


def parse_quantity(value: Any) -> Decimal:
    """A Kubernetes quantity ('100m', '1.5Gi', '2e3', 1, 0.5) as a Decimal in base units; ValueError if invalid."""
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{value!r} is not a quantity")
    if isinstance(value, int | float):
        return Decimal(str(value))
    match = _QUANTITY.match(str(value).strip()) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"{value!r} is not a Kubernetes quantity")
    number, exponent, suffix = match.groups()
    if exponent:
        return Decimal(number + exponent)
    return Decimal(number) * _SUFFIX[suffix or ""]
