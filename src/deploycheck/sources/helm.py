"""Helm rendering: the `helm` binary when on PATH, else the in-process helm-python-sdk library.

Each chart is rendered once per values set (cached by content hash for the run). A render failure
is kept as data (`HelmRender.error`) for the helm-chart check to report; it never raises.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deploycheck.sources.kubernetes import K8sObject, chart_directories, objects_from_docs
from deploycheck.sources.yaml import YamlError, load_all, load_one

if TYPE_CHECKING:
    from deploycheck.context import Context

RENDER_TIMEOUT_S = 120


@dataclass
class HelmRender:
    chart: str  # chart directory, relative to the root
    values_files: list[str]
    release: str
    namespace: str | None
    objects: list[K8sObject] = field(default_factory=list)
    error: str | None = None
    skipped: str | None = None  # why the chart was not rendered at all
    engine: str = ""  # "helm" | "helm-python-sdk"
    chart_meta: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        values = f" ({', '.join(self.values_files)})" if self.values_files else ""
        return f"helm:{self.chart}{values}"


def _is_subchart(rel: str, charts: list[str]) -> bool:
    return any(rel != other and rel.startswith(other + "/charts/") for other in charts)


def _chart_meta(ctx: Context, chart: str) -> dict[str, Any]:
    text = ctx.files.read_text(f"{chart}/Chart.yaml" if chart else "Chart.yaml") or ""
    try:
        meta = load_one(text)
    except YamlError:
        return {}
    return meta if isinstance(meta, dict) else {}


def _render_cache(ctx: Context) -> dict[str, HelmRender]:
    """Renders of this run by content hash: one render per chart per values set."""
    return {}


def _jobs(ctx: Context) -> list[tuple[str, list[str], str | None, str | None, dict[str, Any]]]:
    configured = ctx.config.helm_charts
    if configured:
        return [(c.path.strip("/"), list(c.values), c.release, c.namespace, c.set) for c in configured]
    if ctx.config.helm_autodiscover:
        charts = chart_directories(ctx)
        return [(c, [], None, ctx.config.namespace, {}) for c in charts if not _is_subchart(c, charts)]
    return []


def render_chart(ctx: Context, chart: str, values: list[str], release: str | None = None,
                 namespace: str | None = None, set_values: dict[str, Any] | None = None) -> HelmRender:
    """One chart rendered with one values set (memoised for the run by content hash)."""
    set_values = set_values or {}
    meta = _chart_meta(ctx, chart)
    name = release or ctx.config.service or str(meta.get("name") or "release")
    render = HelmRender(chart=chart, values_files=list(values), release=name, namespace=namespace, chart_meta=meta)
    if meta.get("type") == "library":
        render.skipped = "library chart: nothing to render on its own"
        return render
    cache = ctx.use(_render_cache)
    key = _content_key(ctx, chart, values, name, namespace, set_values)
    if key in cache:
        cached = cache[key]
        render.objects, render.error, render.engine = cached.objects, cached.error, cached.engine
        render.skipped = cached.skipped
    else:
        ctx.progress(f"helm render {chart}")
        _render(ctx, render, set_values)
        cache[key] = render
    return render


def helm_renders(ctx: Context) -> list[HelmRender]:
    """The renders that make up the deployment: each chart with its configured values."""
    return [render_chart(ctx, *job) for job in _jobs(ctx)]


def helm_render_variants(ctx: Context) -> list[HelmRender]:
    """Every chart with its default values, and with each configured values file on its own.

    The helm-chart item asks that a chart render in every configuration it ships; a file that only
    works layered on another still renders here because the chart's own values.yaml is always the base.
    """
    out = []
    for chart, values, release, namespace, set_values in _jobs(ctx):
        out.append(render_chart(ctx, chart, [], release, namespace, set_values))
        for vf in values:
            out.append(render_chart(ctx, chart, [vf], release, namespace, set_values))
    return out


def _content_key(ctx: Context, chart: str, values: list[str], release: str, ns: str | None, set_values: Any) -> str:
    # The values files' names are part of the key: the same files on disk layered differently
    # render differently.
    digest = hashlib.sha256(f"{release}|{ns}|{set_values!r}|{values!r}".encode())
    prefix = chart + "/" if chart else ""
    for rel in ctx.all_files.files:  # all: a chart's templates/tests/ are part of what it renders
        if rel.startswith(prefix) or rel in values:
            digest.update(rel.encode())
            digest.update((ctx.all_files.read_text(rel) or "").encode())
    return digest.hexdigest()


def kube_version(ctx: Context) -> str:
    """The configured Kubernetes version as Helm wants it ("v1.30.0")."""
    version = ctx.config.kubernetes_version.lstrip("v")
    return f"v{version}.0" if version.count(".") == 1 else f"v{version}"


def _render(ctx: Context, render: HelmRender, set_values: dict[str, Any]) -> None:
    chart_abs = ctx.root / render.chart
    helm = shutil.which("helm")
    manifests: dict[str, str] = {}
    if helm:
        render.engine = "helm"
        # Templates branch on .Capabilities.KubeVersion (apiVersion choices): render for the target.
        # (helm-python-sdk's render has no such option; it uses the SDK's built-in version.)
        cmd = [helm, "template", render.release, str(chart_abs), "--kube-version", kube_version(ctx)]
        if render.namespace:
            cmd += ["--namespace", render.namespace]
        for vf in render.values_files:
            cmd += ["--values", str(ctx.root / vf)]
        for k, v in _flatten(set_values):
            cmd += ["--set-json", f"{k}={__import__('json').dumps(v)}"]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RENDER_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            render.error = f"helm template timed out after {RENDER_TIMEOUT_S}s"
            return
        if proc.returncode != 0:
            render.error = proc.stderr.strip() or f"helm template exited {proc.returncode}"
            return
        manifests = _split_helm_output(proc.stdout)
    else:
        try:
            import helm_python
        except ImportError:
            render.skipped = "neither the `helm` binary nor the helm-python-sdk library is installed " \
                             "(pip install 'deploycheck[helm]')"
            return
        render.engine = "helm-python-sdk"
        try:
            values: dict[str, Any] = {}
            for vf in render.values_files:
                loaded = load_one((ctx.root / vf).read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    values = _deep_merge(values, loaded)
            values = _deep_merge(values, set_values)
            chart_obj = helm_python.Chart.load(str(chart_abs))
            manifests = chart_obj.render(values or None, name=render.release, namespace=render.namespace,
                                         is_install=True)
        except (helm_python.HelmError, OSError, YamlError) as exc:
            render.error = str(exc).strip() or type(exc).__name__
            return
    for template, text in sorted(manifests.items()):
        if not text.strip() or template.endswith("NOTES.txt"):
            continue
        rel = _template_path(render.chart, template)
        try:
            docs = load_all(text)
        except YamlError as exc:
            render.error = f"{rel}: rendered output is not valid YAML: {exc.message}"
            return
        render.objects.extend(objects_from_docs(docs.docs, rel, origin=render.label))


def _template_path(chart: str, template: str) -> str:
    """helm names templates `<chart name>/templates/x.yaml`; map to the file in the repo."""
    parts = template.split("/", 1)
    tail = parts[1] if len(parts) == 2 else template
    return f"{chart}/{tail}" if chart else tail


def _split_helm_output(stdout: str) -> dict[str, str]:
    out: dict[str, str] = {}
    current = "(unknown)"
    for chunk in stdout.split("\n---"):
        for line in chunk.splitlines():
            if line.startswith("# Source: "):
                current = line[len("# Source: "):].strip()
                break
        out[current] = out.get(current, "") + "\n---\n" + chunk
    return out


def _flatten(values: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in values.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, dict):
            out.extend(_flatten(v, key))
        else:
            out.append((key, v))
    return out


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(merged.get(k), dict):
            merged[k] = _deep_merge(merged[k], v)
        else:
            merged[k] = v
    return merged
