"""Helm rendering: the `helm` binary when on PATH, else the in-process helm-python-sdk library.

Each chart is rendered once per values set (cached by content hash for the run). A render failure
is kept as data (`HelmRender.error`) for the helm-chart check to report; it never raises.
"""

from __future__ import annotations

import importlib.util
import json
import posixpath
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.lazy_re import deferred
from deploycheck.sources.kubernetes import K8sObject, chart_directories, objects_from_docs
from deploycheck.sources.yaml import YamlError, load_all, load_one

if TYPE_CHECKING:
    from pathlib import Path

    from deploycheck.context import Context



@dataclass
class HelmRender:
    """One chart to render: its values files and release name."""
    chart: str  # chart directory, relative to the root
    values_files: list[str]
    release: str
    namespace: str | None
    objects: list[K8sObject] = field(default_factory=list)
    error: str | None = None
    skipped: str | None = None  # why the chart was not rendered at all
    engine: str = ""  # "helm" | "helm-python-sdk"
    left_out: list[str] = field(default_factory=list)  # chart entries not copied for the render (FIFOs, ...)
    over_limit: bool = False  # stopped by a size, time or memory cap (then linting it would be stopped too)
    chart_meta: dict[str, Any] = field(default_factory=dict)
    # Subcharts neither vendored nor buildable offline: the chart was rendered without them (its own
    # objects are in `objects`, `error` says what is missing).
    missing_subcharts: list[str] = field(default_factory=list)
    # The chart's own templates failed with every missing subchart switched off by its condition in these values: the
    # failure is the chart's, not the offline build's (gorush: `.Values.stat.engine` with `stats:` in values.yaml).
    template_failed: bool = False
    # Templates of the chart's own that failed and were left out of the copy, so the rest of the chart rendered
    # (gorush: configmap.yml reads `.Values.stat.engine`, the Deployment beside it is fine): the objects of the other
    # templates are checked, the render still counts as failed (`error`), and the left-out templates' objects make
    # absence findings `skipped`, as for missing subcharts.
    left_out_templates: list[str] = field(default_factory=list)

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


Job = tuple[str, list[str], str | None, str | None, dict[str, Any]]  # chart, values files, release, ns, --set

# Values files a team keeps beside the chart for its environments, and chart-testing's CI values
# (ci/*-values.yaml): each is a rendering of the chart somebody deploys or installs.
_VALUES_FILE = deferred("_VALUES_FILE", r"^(values[-_.][\w.-]+|[\w.-]+[-_.]values)\.ya?ml$")


def discovered_values_files(ctx: Context, chart: str) -> list[str]:
    """`values-*.yaml` (and `values.<env>.yaml`, `<env>-values.yaml`) in the chart directory,
    `ci/*-values.yaml`, and every YAML file of the chart's `values/` folder, relative to the root."""
    prefix = f"{chart}/" if chart else ""
    out = []
    for rel in ctx.files.files:
        if not rel.startswith(prefix):
            continue
        tail = rel[len(prefix):]
        folder, _, name = tail.rpartition("/")
        # A `values/` folder inside the chart holds one values file per environment under any name (fala's
        # helm_deploy/laa-fala/values/fala-production.yaml, which bin/deploy.sh passes as
        # values/fala-$ENVIRONMENT.yaml): Helm gives the folder no meaning, so its files are there to be passed.
        if folder == "values" and name.endswith((".yaml", ".yml")):
            pass
        elif folder not in ("", "ci") or name in ("values.yaml", "values.yml") or not _VALUES_FILE.match(name):
            continue
        if name.endswith((".schema.yaml", ".schema.yml")):
            continue
        out.append(rel)
    out += [rel for rel in named_values_files(ctx, chart) if rel not in out]
    out += [rel for rel in _values_beside(ctx, chart) if rel not in out]
    return sorted(out)


def _values_beside(ctx: Context, chart: str) -> list[str]:
    """Values files in the folder that holds the chart's folder, when that folder holds no other chart: hmpps'
    layout (`helm_deploy/values-<env>.yaml` next to `helm_deploy/<chart>/`), which the deploy workflow passes by
    convention (`--values helm_deploy/values-$ENV.yaml`) and no file of the repository names, so the environments'
    settings (hmpps-book-secure-move-api's nine production CronJobs under `cronJobs`) were never rendered."""
    parent = posixpath.dirname(chart)
    if not parent:
        return []
    prefix = f"{parent}/"
    out = []
    for rel in ctx.files.files:
        if not rel.startswith(prefix):
            continue
        tail = rel[len(prefix):]
        if tail == "Chart.yaml" or (tail.endswith("/Chart.yaml") and not tail.startswith(f"{chart[len(prefix):]}/")):
            return []  # the folder is a chart itself, or holds another chart: whose values they are is not known
        name = tail
        if "/" not in name and _VALUES_FILE.match(name) and not name.endswith((".schema.yaml", ".schema.yml")) \
                and not _EXAMPLE_WORDS & set(re.split(r"[-_.]", name.lower())):
            out.append(rel)
    return out


# A values file named as an example (smilr's kubernetes/helm/values.sample.yaml, which its README copies and edits
# before installing) is what a team starts from, not an environment it deploys: not adopted from beside the chart.
_EXAMPLE_WORDS = frozenset({"sample", "samples", "example", "examples"})


# Folders of a chart that Helm itself reads: a YAML file there is a template, a subchart's or a CRD, never a
# values file a deploy command passes.
_CHART_OWN_FOLDERS = ("templates/", "charts/", "crds/")


def _deploy_named_yaml_paths(ctx: Context) -> set[str]:
    """The `path/to/name.yaml` words of the deploy scripts, Makefiles and CI files, normalised (`./` dropped)."""
    from deploycheck.sources.ci import CI_GLOBS

    callers = [rel for rel in ctx.files.files if _is_deploy_script(rel, ctx)]
    callers += [rel for rel in ctx.files.glob(*CI_GLOBS) if rel not in callers]
    out: set[str] = set()
    for rel in callers:
        for word in _yaml_file_names(ctx.files.read_text(rel) or "", with_folders=True):
            if "/" in word:
                out.add(posixpath.normpath(word).lstrip("/"))
    return out


def named_values_files(ctx: Context, chart: str) -> list[str]:
    """YAML files in a chart's directory, outside the folders Helm reads itself, that a deploy script or CI file
    names by a path with at least their folder inside the chart: the values files those commands pass, under
    whatever folder the team keeps them in (laa-court-data-adaptor's CircleCI passes
    `./helm_deploy/laa-court-data-adaptor/public-values/dev.yaml` to the helm orb and to .circleci/deploy.sh; the
    chart has no values.yaml, so without them nothing of it renders). A file that is not text (git-crypt
    ciphertext, which starts with a NUL byte) is no values set anybody can read here, and is left out."""
    if not chart:
        return []
    named = ctx.use(_deploy_named_yaml_paths)
    if not named:
        return []
    prefix = f"{chart}/"
    out = []
    for rel in ctx.files.files:
        if not rel.startswith(prefix) or not rel.endswith((".yaml", ".yml")):
            continue
        tail = rel[len(prefix):]
        if "/" not in tail or tail.startswith(_CHART_OWN_FOLDERS) or tail.rpartition("/")[2] == "Chart.yaml":
            continue
        # the command names the file by a path that holds at least its folder in the chart (`public-values/dev.yaml`,
        # relative to the chart) up to its whole path from the root: those tails of `rel` looked up in the named
        # set, never each named word tried against each file (a hostile CI file can name 100,000 paths)
        tails = {rel} | {rel[i + 1:] for i in range(len(prefix)) if rel[i] == "/"}
        if named.isdisjoint(tails):
            continue
        if "\x00" in (ctx.files.read_text(rel) or "\x00")[:64]:
            continue
        out.append(rel)
    return out


# A deploy script that installs the charts beside it with shared values files (eShopOnContainers'
# deploy-all.sh: `helm install ... --values app.yaml --values inf.yaml $chart`): those files are part of
# every install of the charts under the script's folder, which may not render without them. Literal file
# arguments count, and a variable the script itself sets to a literal (TailwindTraders' Deploy-Images-Aks.ps1:
# `$valuesFile="gvalues.yaml"` ... `-f $valuesFile`), other `$var`s do not. A file is looked for beside the
# script, then beside the charts the line installs (that script runs from ../helm). The script is read, never run.
_SCRIPT_SUFFIXES = (".sh", ".bash", ".ps1")


def _is_deploy_script(rel: str, ctx: Context | None = None) -> bool:
    """A shell or PowerShell script, or a Makefile: where a repository writes its helm commands. With `ctx`, also a
    file without an extension that starts with a shell's `#!` line (laa-apply-for-legal-aid's bin/deploy, which its
    CircleCI deploy job runs: `helm upgrade apply-for-legal-aid ./helm_deploy/apply-for-legal-aid/. --install ...`)."""
    name = rel.rpartition("/")[2]
    if name.endswith(_SCRIPT_SUFFIXES) or name == "Makefile":
        return True
    if ctx is None or "." in name:
        return False
    return _SHELL_SHEBANG.match((ctx.files.read_text(rel) or "")[:200]) is not None


_SHELL_SHEBANG = deferred("_SHELL_SHEBANG", r"#![ \t]*\S*/(?:env[ \t]+)?(?:ba|da|z|k)?sh\b")


_HELM_INSTALL = deferred("_HELM_INSTALL", r"\bhelm\s+(?:upgrade|install|template)\b[^\n]*")
_VALUES_ARG = deferred("_VALUES_ARG", r"""(?:--values(?:=|\s+)|(?<!\S)-f\s+)["']?([^\s"';|&)]+)""")
_ASSIGNMENT = deferred("_ASSIGNMENT", r"""^[ \t]*(?:export\s+)?\$?([A-Za-z_]\w*)[ \t]*=[ \t]*["']?"""
                         r"""([^\s"'$`;|&(){}]+)["']?\s*;?\s*$""", re.M)
_VARIABLE_REF = deferred("_VARIABLE_REF", r"^\$\{?([A-Za-z_]\w*)\}?$")


def _script_values(ctx: Context) -> dict[str, list[str]]:
    """Folder of the charts (or of the script) -> the values files its helm install/upgrade/template lines pass."""
    files = set(ctx.files.files)
    charts = chart_directories(ctx)
    out: dict[str, list[str]] = {}
    for rel in ctx.files.files:
        if not _is_deploy_script(rel, ctx):
            continue
        text = (ctx.files.read_text(rel) or "").replace("\\\n", " ").replace("`\n", " ")
        folder = rel.rpartition("/")[0]
        assigned: dict[str, list[str]] = {}
        for var, value in _ASSIGNMENT.findall(text):
            assigned.setdefault(var, []).append(value)
        for line in _HELM_INSTALL.findall(text):
            if any(remote in line for remote in ("--repo", "oci://", "https://")):
                continue  # a chart from a repository: its values are not the local charts'
            words = set(re.findall(r"[\w.-]+", line))
            beside = {posixpath.dirname(c) for c in charts if c and posixpath.basename(c) in words} - {folder}
            bases = [folder, *sorted(beside)]
            for arg in _VALUES_ARG.findall(line):
                ref = _VARIABLE_REF.match(arg)
                names = assigned.get(ref.group(1), []) if ref else [arg]
                for value in names:
                    if any(c in value for c in "$%{}*"):
                        continue
                    for base in bases:
                        vf = posixpath.normpath(posixpath.join(base, value)) if base else posixpath.normpath(value)
                        if vf in files:
                            if vf not in out.setdefault(base, []):
                                out[base].append(vf)
                            break
    return {k: v for k, v in out.items() if v}


def script_values_files(ctx: Context, chart: str) -> list[str]:
    """Shared values files a deploy script in a folder above the chart passes to every helm install,
    outside the chart's own directory (its values-*.yaml are discovered separately)."""
    out: list[str] = []
    for folder, values in sorted(ctx.use(_script_values).items()):
        if folder and not chart.startswith(folder + "/"):
            continue
        out += [vf for vf in values if not vf.startswith(chart + "/") and vf not in out]
    return out


@dataclass(frozen=True)
class InstallLine:
    """One `helm upgrade/install/template` command of a deploy script or CI file that installs a chart."""
    path: str
    line: int
    namespace: str | None  # the `--namespace`/`-n` argument as written (`${KUBE_NAMESPACE}` too), or None
    throwaway: bool = False  # a CI file that creates its own kind/minikube/k3d cluster and installs into it
    sets: tuple[tuple[str, Any], ...] = ()  # the command's `--set`/`--set-string` values (see set_arguments)

    @property
    def local(self) -> bool:
        """A script for a developer's own cluster (`local_deploy.sh`, `dev-install.sh`, `kind-up.sh`), or a CI job's
        install into the cluster it creates for the run: not a path to a shared cluster."""
        return self.throwaway or is_local_script(self.path)


# A CI file that creates a cluster for the run (kind, minikube, k3d, k3s) and connects to no other: its installs
# are an e2e test's, into a cluster that is gone after the job (dex-k8s-authenticator's `engineerd/setup-kind`).
_THROWAWAY_CLUSTER = deferred("_THROWAWAY_CLUSTER",
                              r"setup-kind|kind-action|\bkind create cluster|setup-minikube|\bminikube start|"
                                r"\bk3d cluster create|setup-k3d|k3s-action|setup-k3s", re.I)
_SHARED_CLUSTER = deferred("_SHARED_CLUSTER",
                           r"set-context|get-credentials|gke-credentials|update-kubeconfig|kubeconfig|"
                             r"kube_config|doctl kubernetes|setup-kubectl-config", re.I)


def _creates_its_own_cluster(text: str) -> bool:
    return _THROWAWAY_CLUSTER.search(text) is not None and _SHARED_CLUSTER.search(text) is None


def is_local_script(path: str) -> bool:
    """A script (or Makefile, CI file) whose name says it is for a developer's own cluster (see InstallLine)."""
    stem = path.rpartition("/")[2].lower().partition(".")[0]
    return bool(_LOCAL_WORDS & set(re.split(r"[^a-z0-9]+", stem)))


_LOCAL_WORDS = frozenset({"local", "dev", "minikube", "kind", "k3d", "k3s", "microk8s"})


def local_only_values_files(ctx: Context) -> set[str]:
    """Values files that only scripts for a developer's own cluster pass (cla-public's values-dev.yaml, named by
    bin/local_deploy.sh after `kubectl config use-context docker-for-desktop` and by no other script or CI
    file): a values file is named by its file name in the text of a script, Makefile or CI file."""
    from deploycheck.sources.ci import CI_GLOBS

    # a chart's own values.yaml is what every install gets, whoever names it
    values = {rel for rel in ctx.files.glob("values*.yaml", "values*.yml", "*values.yaml", "*values.yml")
              if rel.rpartition("/")[2] not in ("values.yaml", "values.yml")}
    if not values:
        return set()
    callers = [rel for rel in ctx.files.files if _is_deploy_script(rel, ctx)]
    callers += [rel for rel in ctx.files.glob(*CI_GLOBS) if rel not in callers]
    by_name: dict[str, list[str]] = {}
    for vf in values:
        by_name.setdefault(vf.rpartition("/")[2], []).append(vf)
    named: dict[str, list[bool]] = {}
    for rel in callers:
        local = is_local_script(rel)
        # one pass over the text for file-name-like words, not one search per values file
        for name in _yaml_file_names(ctx.files.read_text(rel) or "") & by_name.keys():
            for vf in by_name[name]:
                named.setdefault(vf, []).append(local)
    return {vf for vf, by in named.items() if all(by)}


def _yaml_file_names(text: str, with_folders: bool = False) -> set[str]:
    """The `name.yaml`/`name.yml` words of a text (with `with_folders`, `path/to/name.yaml`): from each extension back
    over file-name characters (at most 200), so a hostile script costs linear time (a `[\\w.-]+\\.ya?ml` search
    rescans long runs of name characters from every position)."""
    chars = "_.-/" if with_folders else "_.-"
    out: set[str] = set()
    for ext in (".yaml", ".yml"):
        at = text.find(ext)
        while at >= 0:
            end = at + len(ext)
            if end >= len(text) or not (text[end].isalnum() or text[end] == "_"):
                begin = at
                while begin > 0 and at - begin < 200 and (text[begin - 1].isalnum() or text[begin - 1] in chars):
                    begin -= 1
                out.add(text[begin:end])
            at = text.find(ext, end)
    return out


_TF_HELM_RELEASE = deferred("_TF_HELM_RELEASE", r'^\s*resource\s+"helm_release"\s+"[^"]*"\s*\{')
_TF_ATTRIBUTE = deferred("_TF_ATTRIBUTE", r'^\s*(chart|namespace|repository)\s*=\s*(.{1,300}?)\s*$')
_TF_MAX_BLOCK = 400  # lines of one resource block looked at (a hostile file is never read whole per release)


def _terraform_releases(ctx: Context, by_name: dict[str, list[str]]) -> dict[str, list[InstallLine]]:
    """Chart directory -> the terraform `resource "helm_release"` blocks that install it (the helm provider is a
    deploy command too: go-api-boilerplate installs its chart with `chart = "./helm/charts/microservice"` and
    `namespace = var.namespace`). A release that sets `repository` installs someone else's chart; one without
    `namespace` goes to the provider's default, "default", and is recorded without a namespace."""
    out: dict[str, list[InstallLine]] = {}
    for rel in ctx.files.with_suffix(".tf"):
        text = ctx.files.read_text(rel)
        if not text or "helm_release" not in text:
            continue
        lines = text.splitlines()
        for number, line in enumerate(lines):
            if "helm_release" not in line or len(line) > 400 or not _TF_HELM_RELEASE.match(line):
                continue
            attributes: dict[str, str] = {}
            depth = 0
            for inner in lines[number:number + _TF_MAX_BLOCK]:
                depth += inner.count("{") - inner.count("}")
                # the block's own attributes, not values; a line longer than any attribute is not matched at all
                if depth == 1 and len(inner) <= 400 and (match := _TF_ATTRIBUTE.match(inner)):
                    attributes.setdefault(match.group(1), match.group(2).strip('"'))
                if depth <= 0:
                    break
            if "chart" not in attributes or "repository" in attributes:
                continue
            words = set(_CHART_WORDS.findall(attributes["chart"]))
            for name in by_name.keys() & words:
                for chart in by_name[name]:
                    out.setdefault(chart, []).append(InstallLine(rel, number + 1, attributes.get("namespace")))
    return out


_NAMESPACE_ARG = deferred("_NAMESPACE_ARG", r"""(?:--namespace(?:=|\s+)|(?<!\S)-n\s+)["']?([^\s"';|&)]+)""")
_CHART_WORDS = deferred("_CHART_WORDS", r"[\w.-]+")


def install_lines(ctx: Context) -> dict[str, list[InstallLine]]:
    """Chart directory -> the helm commands of the repository's deploy scripts, Makefiles, CI files and Markdown
    install steps that install it, with the namespace each passes. A command names its chart by path
    (`../charts/cart`) or by a variable set in the same file (`HELM_DIR="$ROOT/../helm_deploy/cla-backend/"`, a
    `for chart in ...` list): a chart counts when its directory name is a word of the command or, for a command
    whose chart is a variable, of the file. Commands that install from a chart repository (`--repo`, `oci://`)
    are someone else's chart. Files are read, never run."""
    from deploycheck.sources.ci import CI_GLOBS

    charts = [c for c in chart_directories(ctx) if c]
    by_name: dict[str, list[str]] = {}
    for chart in charts:
        by_name.setdefault(posixpath.basename(chart), []).append(chart)
    # Markdown too: a sample's README install steps are how it is deployed (hello-kubernetes:
    # `helm install --create-namespace --namespace hello-kubernetes hello-world ./hello-kubernetes`).
    sources = [rel for rel in ctx.files.files if _is_deploy_script(rel, ctx) or rel.endswith(".md")]
    ci_files = list(ctx.files.glob(*CI_GLOBS))
    ci = set(ci_files)
    sources += [rel for rel in ci_files if rel not in sources]
    out: dict[str, list[InstallLine]] = {}
    for rel in sources:
        text = ctx.files.read_text(rel)
        if not text or "helm" not in text:
            continue
        file_words: set[str] | None = None  # only for a command whose chart is a variable
        throwaway = rel in ci and _creates_its_own_cluster(text)
        lines = text.splitlines()
        # A line of its own that does not name helm (most are prose) starts no install command: only lines naming
        # helm or continued on the next line are visited (~1,000 of the corpus's 28,559 lines in such files; a
        # loop over every line was most of this source's time).
        visits = [j for j, ln in enumerate(lines)
                  if "helm" in ln or (("\\" in ln or "`" in ln) and ln.rstrip().endswith(("\\", "`")))]
        i = 0
        for visit in visits:
            if visit < i:
                continue  # joined to an earlier command
            i = start = visit
            command = lines[i]
            parts = [command]
            # shell / PowerShell continuation; capped, since a hostile file of 100,000 continued lines would
            # otherwise make one command of the whole file
            while parts[-1].rstrip().endswith(("\\", "`")) and i + 1 < len(lines) and len(parts) < 60:
                parts[-1] = parts[-1].rstrip()[:-1]
                i += 1
                parts.append(lines[i])
            command = " ".join(parts)
            i += 1
            match = _HELM_INSTALL.search(command) if "helm" in command else None  # most lines are prose
            if not match or any(remote in command for remote in ("--repo", "oci://", "https://")):
                continue
            line = match.group(0)
            words = set(_CHART_WORDS.findall(line)) | {w.rstrip("/") for w in line.split()}
            named = {name for name in by_name if name in words}
            if not named and "$" in line:
                if file_words is None:
                    file_words = set(_CHART_WORDS.findall(text))
                named = {name for name in by_name if name in file_words}
            namespace = _NAMESPACE_ARG.search(line)
            for name in named:
                for chart in by_name[name]:
                    out.setdefault(chart, []).append(
                        InstallLine(rel, start + 1, namespace.group(1) if namespace else None, throwaway,
                                    set_arguments(line) if "--set" in line else ()))
    for chart, releases in _terraform_releases(ctx, by_name).items():
        out.setdefault(chart, []).extend(releases)
    # A chart that is a file:// dependency of another (yas' k8s/charts/backend under cart, order, ...) is installed
    # as part of its parent's release, with the parent's namespace.
    for chart in charts:
        for dep in local_dependencies(ctx, chart):
            if dep not in out and chart in out:
                out[dep] = out[chart]
    return out


# `--set image.repository="${ECR_REGISTRY}/${ECR_REPOSITORY}" --set image.tag="${CIRCLE_SHA1}"`: values a deploy
# command passes on its command line are part of the install as much as its values files (laa-apply-for-legal-aid's
# chart has no values.yaml and its values files no `image:`; bin/deploy sets it, so without these nothing of the
# chart rendered and every Kubernetes item was skipped). Read as Helm's --set reads them for the simple forms:
# `a.b=v` (true/false/null/integers typed, --set-string never), `a={x,y}` lists, `a=1,b=2` pairs; a key with an
# escape or an index (`a\.b`, `a[0]`) is left out. A value written with shell variables stays as written: a
# placeholder of what the pipeline fills in. Command substitutions are one word.
_SET_FLAGS = ("--set", "--set-string")
_SET_KEY = deferred("_SET_KEY", r"[A-Za-z0-9_-]{1,100}(?:\.[A-Za-z0-9_-]{1,100}){0,20}")
_SUBSTITUTION = deferred("_SUBSTITUTION", r"\$\([^()\n]{0,500}\)|`[^`\n]{0,500}`")


def set_arguments(command: str) -> tuple[tuple[str, Any], ...]:
    """The (dotted key, value) pairs of a helm command's --set/--set-string arguments (see _SET_FLAGS)."""
    import shlex

    try:
        words = shlex.split(_SUBSTITUTION.sub("$CMD", command[:20_000]), comments=True)
    except ValueError:
        return ()
    out: list[tuple[str, Any]] = []
    for i, word in enumerate(words[:2000]):
        flag, eq, inline = word.partition("=")
        if flag not in _SET_FLAGS:
            continue
        arg = inline if eq else (words[i + 1] if i + 1 < len(words) else "")
        typed = flag == "--set"
        for pair in _set_pairs(arg):
            key, _, value = pair.partition("=")
            if _SET_KEY.fullmatch(key) is None:
                continue
            out.append((key, _set_value(value, typed)))
    return tuple(out)


def _set_pairs(arg: str) -> list[str]:
    """`a=1,b={x,y}` -> ["a=1", "b={x,y}"]: commas outside braces separate pairs; a part without `=` is a
    value's own comma (`a=x,y`), left with the pair before it."""
    parts: list[str] = []
    depth = 0
    current = ""
    for c in arg:
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(0, depth - 1)
        if c == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += c
    parts.append(current)
    out: list[str] = []
    for part in parts:
        if "=" in part or not out:
            out.append(part)
        else:
            out[-1] += "," + part
    return [p for p in out if "=" in p]


def _set_value(value: str, typed: bool) -> Any:
    if value.startswith("{") and value.endswith("}"):
        return tuple(v for v in value[1:-1].split(",") if v)
    if not typed:
        return value
    if value in ("true", "false"):
        return value == "true"
    if value == "null":
        return None
    if re.fullmatch(r"-?[0-9]{1,18}", value):
        return int(value)
    return value


def script_set_values(ctx: Context, chart: str) -> dict[str, Any]:
    """The --set values every deploy command of `chart` that passes any passes (a key only some pass, a branch
    deploy's host, stays out: it is one install's, not the deployment's), nested by their dots; the first command's
    value. Commands of scripts for a developer's own cluster do not count."""
    lines = [line for line in ctx.use(install_lines).get(chart, []) if line.sets and not line.local]
    if not lines:
        return {}
    common = set.intersection(*({key for key, _ in line.sets} for line in lines))
    out: dict[str, Any] = {}
    for key, value in lines[0].sets:
        if key not in common:
            continue
        node = out
        *parents, leaf = key.split(".")
        for part in parents:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                break
            node = child
        else:
            node.setdefault(leaf, list(value) if isinstance(value, tuple) else value)
    return out


def chart_default_values(ctx: Context, chart: str) -> dict[str, Any]:
    """The chart's own values.yaml, parsed ({} when absent or unreadable: its problems are helm-chart/lint's)."""
    prefix = f"{chart}/" if chart else ""
    text = ctx.all_files.read_text(f"{prefix}values.yaml") or ctx.all_files.read_text(f"{prefix}values.yml") or ""
    try:
        values = load_one(text) if text else None
    except YamlError:
        return {}
    return values if isinstance(values, dict) else {}


def deploy_set_tags(ctx: Context, chart: str) -> dict[str, tuple[str, str, int]]:
    """Dotted `...tag` key -> (value, file, line) for each image tag that every deploy command of `chart` sets with
    a shell variable (`--set image.tag=$IMAGE_TAG`, `image.tag=main-${CIRCLE_SHA1}`): the tag a deploy runs is
    that command's, not the chart's default. Commands for a developer's own cluster do not count."""
    lines = [line for line in ctx.use(install_lines).get(chart, []) if not line.local]
    if not lines or any(not line.sets for line in lines):
        return {}
    out: dict[str, tuple[str, str, int]] = {}
    first, *rest = lines
    for key, value in first.sets:
        if (key == "tag" or key.endswith(".tag")) and isinstance(value, str) and "$" in value \
                and all(any(k == key and isinstance(v, str) and "$" in v for k, v in line.sets) for line in rest):
            out[key] = (value, first.path, first.line)
    return out


_FILE_DEPENDENCY = deferred("_FILE_DEPENDENCY", r"""repository:\s*["']?file://([^"'\s]+)""")


def local_dependencies(ctx: Context, chart: str) -> list[str]:
    """The charts of this repository that `chart` lists as `file://` dependencies (normalised paths; only those
    that are chart directories of the scan)."""
    known = set(chart_directories(ctx))
    text = ctx.all_files.read_text(f"{chart}/Chart.yaml" if chart else "Chart.yaml") or ""
    out = []
    for m in _FILE_DEPENDENCY.finditer(text):
        dep = posixpath.normpath(posixpath.join(chart, m.group(1))).rstrip("/")
        if dep in known and dep != chart:
            out.append(dep)
    return out


def _environment_values(ctx: Context, chart: str, top_level: list[str]) -> list[list[str]]:
    """The values files of each environment (`environments.<env>.values` in the config) for this chart; with
    `--env`, only that environment's. A values file inside a chart's directory belongs to that chart, one
    outside every chart to each top-level chart."""
    def owner(vf: str) -> str | None:
        inside = [c for c in top_level if c and vf.startswith(c + "/")]
        return max(inside, key=len) if inside else ("" if "" in top_level else None)

    out = []
    for env, spec in sorted(ctx.config.environments.items()):
        if ctx.options.environment and env != ctx.options.environment:
            continue
        files = [str(v).strip("/") for v in (spec.get("values") or [])] if isinstance(spec, dict) else []
        mine = [vf for vf in files if owner(vf) in (chart, None)]
        if mine:
            out.append(mine)
    return out


def _jobs(ctx: Context) -> list[Job]:
    """The renders that make up the deployment. Configured charts: their values files layered (the
    team's word); discovered charts: the default values and each values file the team keeps beside the
    chart, on its own. Plus one render per environment that lists values files (layered last); with
    `--env` naming such an environment, only that environment's render of the chart."""
    configured = ctx.config.helm_charts
    jobs: list[Job] = []
    if configured:
        top_level = [c.path.strip("/") for c in configured]
        charts: dict[str, list[Job]] = {}
        for c in configured:  # the same chart may be listed once per values set
            charts.setdefault(c.path.strip("/"), []).append(
                (c.path.strip("/"), list(c.values), c.release, c.namespace, c.set))
    elif ctx.config.helm_autodiscover:
        found = chart_directories(ctx)
        top_level = [c for c in found if not _is_subchart(c, found)]
        ns = ctx.config.namespace
        charts = {}
        for path in top_level:
            shared = script_values_files(ctx, path)
            sets = script_set_values(ctx, path)
            charts[path] = [(path, values, None, ns, _sets_needed(ctx, path, values, ns, sets))
                            for values in (shared, *([*shared, vf] for vf in discovered_values_files(ctx, path)))]
    else:
        return []
    for chart, chart_jobs in charts.items():
        first = chart_jobs[0]
        env_jobs: list[Job] = [(chart, [*first[1], *vals], first[2], first[3], first[4])
                               for vals in _environment_values(ctx, chart, top_level)]
        keep = env_jobs if ctx.options.environment and env_jobs else [*chart_jobs, *env_jobs]
        for job in keep:
            if job not in jobs:
                jobs.append(job)
    return jobs


def _sets_needed(ctx: Context, chart: str, values: list[str], namespace: str | None,
                 sets: dict[str, Any]) -> dict[str, Any]:
    """The deploy commands' --set values for one values set of a discovered chart, when the chart renders nothing
    without them (laa-apply-for-legal-aid: no image anywhere but bin/deploy's --set); a chart that renders on its
    own keeps its own reading (smilr's chart, whose deploy script sets a host and a certificate, is judged with the
    values it ships, as its labels are: a catch-all Ingress without TLS)."""
    if not sets:
        return {}
    plain = render_chart(ctx, chart, values, None, namespace, {})
    # a chart whose own templates fail without them is not one that renders on its own (only the rest of it did)
    return sets if (not plain.objects or plain.left_out_templates) and not plain.skipped else {}


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
        render.missing_subcharts, render.left_out_templates = cached.missing_subcharts, cached.left_out_templates
        render.skipped, render.template_failed = cached.skipped, cached.template_failed
    else:
        ctx.progress(f"helm render {chart}")
        _render(ctx, render, set_values)
        cache[key] = render
    return render


def helm_renders(ctx: Context) -> list[HelmRender]:
    """The renders that make up the deployment: each chart with its configured values."""
    return [render_chart(ctx, *job) for job in _jobs(ctx)]


def helm_render_variants(ctx: Context) -> list[HelmRender]:
    """Every chart with its default values, and with each values file on its own (a layered deployment
    render that fails is reported by manifests/parse).

    The helm-chart item asks that a chart render in every configuration it ships; a file that only
    works layered on another still renders here because the chart's own values.yaml is always the base
    (under the shared values files a deploy script beside the charts passes to every install, if any).
    """
    out: list[HelmRender] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for chart, values, release, namespace, set_values in _jobs(ctx):
        # a deploy script's shared values files are the base of every install of a discovered chart
        base = [] if ctx.config.helm_charts else script_values_files(ctx, chart)
        for variant in (base, *([*base, vf] for vf in values if vf not in base)):
            if (chart, tuple(variant)) not in seen:
                seen.add((chart, tuple(variant)))
                out.append(render_chart(ctx, chart, list(variant), release, namespace, set_values))
    return out


def _content_key(ctx: Context, chart: str, values: list[str], release: str, ns: str | None, set_values: Any) -> str:
    import hashlib  # here: a scan that renders no chart does not load OpenSSL for it (model._sha256)

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


def _in_repo(text: str, places: dict[Path, str]) -> str:
    """`text` (a Helm message) naming the repository's files instead of the private copies in a fresh temp
    folder: the folder differs on every run, and a message holding it would change the finding's baseline
    fingerprint (and mean nothing to the reader)."""
    for copy, shown in sorted(places.items(), key=lambda kv: -len(str(kv[0]))):
        text = text.replace(str(copy), shown)
    return text


def _render(ctx: Context, render: HelmRender, set_values: dict[str, Any]) -> None:
    """Render from a clean copy of the chart in a limited child process (sources/helm_sandbox.py says why)."""
    from deploycheck.sources import helm_sandbox as sandbox

    limits = sandbox.Limits.from_config(ctx.config.section("limits"))
    helm = shutil.which("helm")
    if not helm and importlib.util.find_spec("helm_python") is None:
        render.skipped = "neither the `helm` binary nor the helm-python-sdk library is installed " \
                         "(pip install 'deploycheck[helm]')"
        return
    render.engine = "helm" if helm else "helm-python-sdk"
    ctx.progress(f"rendering chart {render.label.removeprefix('helm:')}")
    workdir = sandbox.new_workdir()
    first_error: str | None = None  # Helm's message when templates were left out (see MAX_LEFT_OUT_TEMPLATES)
    try:
        chart_copy = workdir / "chart"
        try:
            left_out = sandbox.copy_inside_root(ctx.root, ctx.root / render.chart, chart_copy)
            values_copies = []
            for i, vf in enumerate(render.values_files):
                values_copies.append(workdir / f"values-{i}.yaml")
                sandbox.copy_values_file(ctx.root, vf, values_copies[-1])
        except sandbox.UnsafeChart as exc:
            render.error = str(exc)
            return
        render.left_out = left_out
        label = f"chart {render.chart or '.'}"
        deps = chart_dependencies(ctx, render.chart, render.chart_meta)
        missing = [d for d in deps if d.missing]
        if missing and not _drop_dependencies(chart_copy, {d.name for d in missing}):
            render.error = _missing_message(render.chart, missing)
            return
        if missing:
            _stub_borrowed_templates(ctx, render.chart, chart_copy, {d.name for d in missing})
        try:
            for dep in deps:
                if dep.local_source is not None:  # file:// inside the repository: vendored here, offline
                    sandbox.copy_inside_root(ctx.root, ctx.root / dep.local_source,
                                             sandbox.subchart_dir(chart_copy, dep.name))
        except sandbox.UnsafeChart as exc:
            render.error = str(exc)
            return
        args = _RenderArgs(ctx, render, chart_copy, values_copies, set_values, helm, limits, workdir, label)
        manifests = _render_once(args)
        first_error, first_over_limit = render.error, render.over_limit
        while manifests is None and _rest_can_render(render):
            template = _failing_template(render.error or "", str(render.chart_meta.get("name") or ""))
            if template is None or not _leave_out_template(chart_copy, template):
                break
            render.left_out_templates.append(template)
            render.error = None
            manifests = _render_once(args)
        if manifests is None:
            if render.left_out_templates:  # the rest failed too: the chart is judged by its first failure
                render.left_out_templates, render.error, render.over_limit = [], first_error, first_over_limit
            if missing and render.error and _all_switched_off(ctx, render, missing):
                # Helm renders no template of a subchart whose condition is false: the chart failed on its own
                render.template_failed, render.skipped = True, None
                names = ", ".join(dict.fromkeys(d.name for d in missing))  # each once (a hostile list repeats one)
                render.error = f"{render.error} (rendered without {names}, which its values switch off)"
            elif missing:  # the chart's own templates need the subcharts (their named templates, say)
                render.error, render.skipped = _missing_message(render.chart, missing), None
            return
        if render.left_out_templates and missing and _all_switched_off(ctx, render, missing):
            render.template_failed = True  # as when nothing rendered: the chart's own templates fail
        if _rewrite_volatile(chart_copy):
            # Random and time functions (randAlphaNum, uuidv4, now, genCA, ...) give other text on every
            # render, so names and messages, and with them fingerprints and baselines, would change from
            # one scan to the next. Render once more with `now` moved far ahead: what differs between the
            # two renders is volatile and is replaced by a stable word.
            again = _render_once(args, quiet=True)
            if again is not None:
                manifests = stable_text(manifests, again)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if render.error or render.left_out_templates:
            places = {workdir / "chart": render.chart or ".", workdir: "(helm sandbox)"}
            places.update({workdir / f"values-{i}.yaml": vf for i, vf in enumerate(render.values_files)})
            render.error = _in_repo(render.error, places) if render.error else None
            first_error = _in_repo(first_error or "", places)
    # Count before parsing: a template that loops out 200,000 objects would cost minutes to parse and check.
    documents = sum(text.count("\n---") + 1 for text in manifests.values() if text.strip())
    if documents > MAX_RENDERED_OBJECTS:
        render.error = (f"chart {render.chart or '.'} renders about {documents} documents, over the "
                        f"{MAX_RENDERED_OBJECTS} this scan checks; not checked")
        render.over_limit = True
        return
    for template, text in sorted(manifests.items()):
        if not text.strip() or template.endswith("NOTES.txt"):
            continue
        rel = _template_path(render.chart, template)
        try:
            docs = load_all(helm_documents(text))
        except YamlError as exc:
            render.error = f"{rel}: rendered output is not valid YAML: {exc.message}"
            return
        render.objects.extend(objects_from_docs(docs.docs, rel, origin=render.label))
    if missing and not (render.left_out_templates and render.template_failed):
        render.missing_subcharts = [d.name for d in missing]
        # The chart's own objects are checked; the render still counts as failed, so the missing
        # subcharts' objects make absence findings `skipped` and the error blocks the verdict.
        render.error = _missing_message(render.chart, missing, rendered_without=True)
    if render.left_out_templates:
        left = ", ".join(f"templates/{t}" for t in render.left_out_templates)
        # missing subcharts its values switch off render nothing: only the left-out templates are missing
        off = (f"rendered without {', '.join(dict.fromkeys(d.name for d in missing))}, which its values switch off; "
               if missing and render.template_failed else "")
        render.error = (f"{first_error} ({off}{left} left out: the chart's other objects were rendered and are "
                        f"checked, the left-out template's are not)" + (f"; {render.error}" if render.error else ""))


# A chart whose own template fails renders nothing at all (Helm stops at the first error), so every object of every
# other template went unchecked: gorush's Deployment (securityContext {}, resources {}, replicaCount 1) behind
# configmap.yml's `.Values.stat.engine`, api-platform-demo's Deployments and CronJob behind ingress.yaml's
# `template "common.names.fullname"` of a subchart that is not vendored. The failing template is named in Helm's
# message (`template: gorush/templates/configmap.yml:9:22: executing ...`, `execution error at
# (x/templates/y.yaml:3:4)`, `YAML parse error on x/templates/y.yaml`); it is left out of the copy and the chart
# rendered again, a few times at most. Named templates (`_helpers.tpl`: the others include them) are never left out.
MAX_LEFT_OUT_TEMPLATES = 5
_TEMPLATE_PATH_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/")


def _rest_can_render(render: HelmRender) -> bool:
    return (bool(render.error) and not render.skipped and not render.over_limit
            and len(render.left_out_templates) < MAX_LEFT_OUT_TEMPLATES)


def _failing_template(error: str, chart_name: str) -> str | None:
    """The path under templates/ of the chart's own template that Helm's error names first (not a subchart's,
    `<chart>/charts/<sub>/templates/...`), or None. Read by `str.find`, linear in the message."""
    if not chart_name:
        return None
    marker = f"{chart_name}/templates/"
    start = error.find(marker)
    while start != -1 and start > 0 and error[start - 1] in _TEMPLATE_PATH_CHARS:
        start = error.find(marker, start + 1)  # a longer path (`other-gorush/templates/`, `x/charts/gorush/...`)
    if start == -1:
        return None
    end = start + len(marker)
    stop = end
    while stop < len(error) and stop - end < 300 and error[stop] in _TEMPLATE_PATH_CHARS:
        stop += 1
    path = error[end:stop]
    parts = path.split("/")
    if not path or any(p in ("", ".", "..") for p in parts) or parts[-1].startswith("_"):
        return None
    return path


def _leave_out_template(chart_copy: Path, template: str) -> bool:
    """Remove one template from the chart copy (ours, made for this render); False when it is not a regular file
    inside the copy's templates/."""
    folder = chart_copy / "templates"
    target = folder / template
    try:
        if target.is_symlink() or not target.is_file() or not target.resolve().is_relative_to(folder.resolve()):
            return False
        target.unlink()
    except OSError:
        return False
    return True


@dataclass
class Dependency:
    """A subchart the chart's Chart.yaml (or Helm 2 requirements.yaml) lists."""

    name: str
    version: str
    repository: str
    vendored: str | None = None  # where it is under charts/ (directory or archive)
    local_source: str | None = None  # a `file://` dependency inside the repository, copied in for the render

    @property
    def missing(self) -> bool:
        return self.vendored is None and self.local_source is None


def chart_dependencies(ctx: Context, chart: str, meta: dict[str, Any]) -> list[Dependency]:
    """The chart's dependencies and where each is found. Helm renders a chart only with every listed
    dependency under charts/ (`helm dependency build` puts them there); the in-process renderer would
    silently leave a missing one out, so the render checks this itself before rendering."""
    prefix = f"{chart}/" if chart else ""
    listed: Any = meta.get("dependencies")
    if not listed and f"{prefix}requirements.yaml" in ctx.all_files.files:
        try:
            requirements = load_one(ctx.all_files.read_text(f"{prefix}requirements.yaml") or "")
        except YamlError:
            requirements = None
        listed = requirements.get("dependencies") if isinstance(requirements, dict) else None
    if not isinstance(listed, list):
        return []
    vendored: dict[str, str] = {}
    for rel in ctx.all_files.glob(f"{prefix}charts/*/Chart.yaml"):
        if rel.count("/") != prefix.count("/") + 2:
            continue  # a subchart's own subcharts
        try:
            sub = load_one(ctx.all_files.read_text(rel) or "")
        except YamlError:
            continue
        if isinstance(sub, dict) and sub.get("name"):
            vendored.setdefault(str(sub["name"]), rel.rsplit("/", 1)[0])
    archives = [rel for rel in ctx.all_files.glob(f"{prefix}charts/*.tgz")
                if rel.count("/") == prefix.count("/") + 1]
    out = []
    for entry in listed:
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        dep = Dependency(str(entry["name"]), str(entry.get("version") or ""), str(entry.get("repository") or ""))
        # `helm package` names archives <name>-<version>.tgz.
        dep.vendored = vendored.get(dep.name) or next(
            (a for a in archives if re.match(re.escape(dep.name) + r"-v?\d", a.rsplit("/", 1)[-1])), None)
        if dep.vendored is None and dep.repository.startswith("file://"):
            dep.local_source = _local_chart(ctx, chart, dep.repository.removeprefix("file://"))
        out.append(dep)
    return out


def _local_chart(ctx: Context, chart: str, path: str) -> str | None:
    """A `file://` dependency that is a chart inside the scanned root, relative to the root; else None."""
    root = ctx.root.resolve()
    target = ((ctx.root / chart) / path).resolve()
    if not target.is_relative_to(root) or not (target / "Chart.yaml").is_file():
        return None
    return str(target.relative_to(root))


def _all_switched_off(ctx: Context, render: HelmRender, missing: list[Dependency]) -> bool:
    """Every missing dependency has a `condition` whose first path the values set answers with false (Helm's rule:
    the first of the comma-separated paths that resolves decides), in the chart's values.yaml and then each values
    file of the render. Tags and a condition the values do not answer count as switched on."""
    layers: list[Any] = []
    for rel in (f"{render.chart}/values.yaml" if render.chart else "values.yaml", *render.values_files):
        try:
            layers.append(load_one(ctx.all_files.read_text(rel) or ""))
        except YamlError:
            return False
    conditions = {str(entry.get("name")): str(entry.get("condition") or "")
                  for entry in render.chart_meta.get("dependencies") or [] if isinstance(entry, dict)}
    # Each name once: a hostile Chart.yaml listing one name thousands of times, the last with a long condition, made
    # this names x paths (2,000 x 2,000: 1.0 s of CPU, growing with the square).
    for name in dict.fromkeys(d.name for d in missing):
        answer = None
        for path in (p.strip() for p in conditions.get(name, "").split(",") if p.strip()):
            for layer in layers:
                node: Any = layer
                for key in path.split("."):
                    node = node.get(key) if isinstance(node, dict) else None
                if isinstance(node, bool):
                    answer = node
            if answer is not None:
                break
        if answer is not False:
            return False
    return True


def _missing_message(chart: str, missing: list[Dependency], rendered_without: bool = False) -> str:
    names = ", ".join(f"{d.name} {d.version} from {d.repository or '(no repository)'}".replace("  ", " ")
                      for d in missing)
    outcome = ("rendered without them: the chart's own objects are checked, the subcharts' objects are not"
               if rendered_without else "not rendered (its objects would be missing)")
    return (f"chart {chart or '.'} depends on {names}, not vendored under {chart + '/' if chart else ''}charts/ "
            f"and not buildable offline: {outcome}. Run `helm dependency build` "
            f"and commit charts/, or configure the scan where the dependencies are present")


# Named templates a chart's files define and use (`{{ define "x" }}`, `include "x"`, `template "x"`). Each name is
# one quoted run of at most 200 characters on one line: linear.
_DEFINE = deferred("_DEFINE", r"\bdefine\s+\"([^\"\n]{1,200})\"")
_USE = deferred("_USE", r"\b(?:include|template)\s+\"([^\"\n]{1,200})\"")
# Helm's own helpers of a chart (`helm create`): <chart>.name, <chart>.fullname and <chart>.chart give a name.
_NAME_HELPERS = ("name", "fullname", "chart")
STUB_FILE = "_deploycheck_borrowed_stubs.tpl"
_STUB_NAME = deferred("_STUB_NAME", r"[A-Za-z0-9_./-]{1,200}")


def _stub_borrowed_templates(ctx: Context, chart: str, chart_copy: Path, missing: set[str]) -> list[str]:
    """Define, in the chart copy, the named templates its own files use but nothing in the chart defines (the
    helpers of a dependency that is not vendored, such as hmpps-helm-charts' `generic-service.fullname` or
    `deployment.envs`), so Helm renders the chart's own objects instead of failing on the first `no template`;
    only when at least one of them is a helper of a missing dependency the chart declares (`<dependency>.x`).

    A stub gives the dependency's name for its name helpers (`<dependency>.fullname` -> "<dependency>") and an
    empty text otherwise: the objects keep their kinds, containers, probes, resources and security contexts; what
    the missing helpers would have added (environment, labels) is absent, and the render stays marked as done
    without the subcharts (absence findings are skipped, see `_render`). Returns the stubbed names."""
    prefix = f"{chart}/" if chart else ""
    defined: set[str] = set()
    used: set[str] = set()
    for rel in ctx.all_files.files:
        if not rel.startswith(prefix) or not rel.endswith((".tpl", ".yaml", ".yml", ".txt", ".json")):
            continue
        text = ctx.all_files.read_text(rel) or ""
        if "{{" not in text:
            continue
        defined.update(_DEFINE.findall(text))
        used.update(_USE.findall(text))
    borrowed = sorted(used - defined)
    # Only a chart that borrows from a dependency it declares (and that is missing) is helped: its templates are
    # written against that dependency's helpers. Helpers of charts it does not declare (a library a subchart pulls
    # in, bitnami's `common.names.fullname` behind a dev-only switch) are left failing, as before.
    if not any(name.partition(".")[0] in missing for name in borrowed):
        return []
    lines = []
    for name in borrowed:
        owner, _, helper = name.partition(".")
        value = owner if owner in missing and helper in _NAME_HELPERS else ""
        # The name is written back inside a Go string literal: only characters that need no escaping.
        if not _STUB_NAME.fullmatch(name):
            continue
        lines.append(f'{{{{- define "{name}" -}}}}{value}{{{{- end -}}}}')
    if lines and not _write_stubs(chart_copy / "templates", "\n".join(lines) + "\n"):
        return []
    return borrowed


def _write_stubs(templates: Path, text: str) -> bool:
    """Write the stand-ins into a file of their own in the copy's templates/. The chart is hostile: `templates` may
    be a regular file (mkdir raised, and the exception ended the whole scan), and a file of the chart may already
    have the stand-ins' name (it was overwritten, losing the chart's own definitions): the first free name is taken,
    created exclusively (O_EXCL never follows a link). False when there is no folder to write into."""
    try:
        templates.mkdir(exist_ok=True)
    except OSError:  # a regular file named templates: Helm says what is wrong with the chart, not this
        return False
    for n in range(sum(1 for _ in templates.iterdir()) + 1):  # one more name than there are files: one is free
        stub = templates / (STUB_FILE if n == 0 else STUB_FILE.replace(".tpl", f"_{n}.tpl"))
        try:
            with stub.open("x", encoding="utf-8") as out:
                out.write(text)
            return True
        except FileExistsError:
            continue  # the chart's own file of that name: kept, the next name is tried
        except OSError:
            return False
    return False


def _drop_dependencies(chart_copy: Path, names: set[str]) -> bool:
    """Remove the missing subcharts from the chart copy's Chart.yaml (or Helm 2 requirements.yaml), so
    Helm renders the chart's own templates; False when the file cannot be rewritten safely."""
    import yaml

    for name in ("Chart.yaml", "requirements.yaml"):
        path = chart_copy / name
        if not path.is_file():
            continue
        try:
            meta = load_one(path.read_text(encoding="utf-8"))
        except (YamlError, OSError, UnicodeDecodeError):
            return False
        listed = meta.get("dependencies") if isinstance(meta, dict) else None
        if not isinstance(listed, list):
            continue
        meta["dependencies"] = [d for d in listed if not (isinstance(d, dict) and str(d.get("name")) in names)]
        path.write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")
    (chart_copy / "Chart.lock").unlink(missing_ok=True)  # pins the dropped subcharts; only `helm dep` reads it
    (chart_copy / "requirements.lock").unlink(missing_ok=True)
    return True


@dataclass
class _RenderArgs:
    """What one render needs, handed to the worker that runs it."""
    ctx: Context
    render: HelmRender
    chart_copy: Path
    values_copies: list[Path]
    set_values: dict[str, Any]
    helm: str | None
    limits: Any
    workdir: Path
    label: str


def _render_once(a: _RenderArgs, quiet: bool = False) -> dict[str, str] | None:
    """{template: text} from one render of the prepared copy; None with `render.error`/`skipped` set
    (left untouched when `quiet`: a failed second render only means names are not made stable)."""
    from deploycheck.sources import helm_sandbox as sandbox

    render = a.render
    if a.helm:
        # Templates branch on .Capabilities.KubeVersion (apiVersion choices): render for the target.
        # (helm-python-sdk's render has no such option; it uses the SDK's built-in version.)
        cmd = [a.helm, "template", render.release, str(a.chart_copy), "--kube-version", kube_version(a.ctx)]
        if render.namespace:
            cmd += ["--namespace", render.namespace]
        for values_copy in a.values_copies:
            cmd += ["--values", str(values_copy)]
        for k, v in _flatten(a.set_values):
            cmd += ["--set-json", f"{k}={json.dumps(v)}"]
        result = sandbox.run_limited(cmd, a.limits, None, a.workdir, a.label)
        if result.error:
            if not quiet:
                render.error, render.over_limit = result.error, "limits." in result.error
            return None
        return _split_helm_output(result.stdout)
    job = sandbox.worker_job(a.chart_copy, a.values_copies, render.release, render.namespace, a.set_values)
    result = sandbox.run_limited(sandbox.worker_command(), a.limits, job, a.workdir, a.label)
    if result.error:
        if not quiet:
            render.error, render.over_limit = result.error, "limits." in result.error
        return None
    try:
        answer = json.loads(result.stdout)
    except ValueError:
        if not quiet:
            render.error = f"{a.label}: the Helm renderer gave no readable answer"
        return None
    if "skipped" in answer or "error" in answer:
        if not quiet:
            render.skipped, render.error = answer.get("skipped"), answer.get("error")
        return None
    manifests: dict[str, str] = answer["manifests"]
    return manifests


# Template functions whose output changes on every render (Sprig's random, time and key functions).
_VOLATILE_FUNCS = deferred("_VOLATILE_FUNCS",
                           r"\b(randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|now"
                             r"|genPrivateKey|genCA|genCAWithKey|genSelfSignedCert|genSelfSignedCertWithKey"
                             r"|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|encryptAES|shuffle)\b")
_ACTION = deferred("_ACTION", r"\{\{.*?\}\}", re.S)  # only through _actions/_sub_actions, which bound it (see there)
# A Go template's string literals: "..." (with escapes) or `...` (raw). The double-quoted body is read possessively
# and an unclosed one (group 1 empty) is matched too, up to where it stops: `_string_literals` drops it. Read as
# `"(?:\\.|[^"\\])*"` with search, each `"` of a quote followed by escaped quotes re-read the rest of the action
# (8.5 s for 32,000 characters).
_STRING_LITERAL = deferred("_STRING_LITERAL", r'"(?:\\.|[^"\\])*+(")?|`[^`]*+`')
_RAW_STRING = deferred("_RAW_STRING", r"`[^`]*+`")
_NOW_CALL = deferred("_NOW_CALL", r"(?<![\w.$])now(?![\w])")
# `now` moved ahead by more than a century and by hours, minutes and seconds, so any date format differs.
_LATER = '(now | dateModify "+876012h34m56s")'


def _closed_part(text: str) -> int:
    """Where the text's last `}}` ends. Every action ends before it, and `_ACTION` is only run over the text up to
    it: over the rest, each `{{` without a `}}` after it read to the end of the text (quadratic: 20,000 `{{` took
    seconds), and up to it, each lazy `.*?` stops at a `}}`, so every character is read once."""
    end = text.rfind("}}")
    return end + 2 if end >= 0 else 0


def _actions(text: str) -> Iterator[str]:
    """The template actions (`{{ ... }}`) of a template's text, as `_ACTION.finditer` finds them."""
    return (m.group(0) for m in _ACTION.finditer(text, 0, _closed_part(text)))


def _sub_actions(text: str) -> str:
    """The text with `now` in every action moved ahead (`_later_now`), as `_ACTION.sub` would write it."""
    end = _closed_part(text)
    return _ACTION.sub(lambda m: _later_now(m.group(0)), text[:end]) + text[end:]


def _rewrite_volatile(chart_copy: Path) -> bool:
    """Rewrite `now` in the copy's templates for the second render; True when any template uses a
    volatile function (and a second render is worth it)."""
    found = False
    for path in chart_copy.rglob("*"):
        if not path.is_file() or path.suffix not in (".yaml", ".yml", ".tpl", ".json", ".txt"):
            continue
        if "templates" not in path.relative_to(chart_copy).parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if not any(_VOLATILE_FUNCS.search(action) for action in _actions(text)):
            continue
        found = True
        path.write_text(_sub_actions(text), encoding="utf-8")
    for archive in sorted((chart_copy / "charts").glob("*.tgz")) if (chart_copy / "charts").is_dir() else []:
        found = _rewrite_volatile_archive(archive) or found
    return found


_ARCHIVE_CAPS = (5_000, 5 * 1024 * 1024, 20 * 1024 * 1024)  # members, bytes per member, bytes in all


def _rewrite_volatile_archive(archive: Path) -> bool:
    """The same rewrite inside a packaged subchart (`charts/*.tgz` in the private copy): its templates are
    read from the archive (never extracted to disk) and the archive is written again with `now` moved
    ahead. True when a template in it uses a volatile function. An archive over the caps or unreadable is
    left alone for Helm to judge."""
    import io
    import tarfile
    import zlib

    most_members, most_bytes, most_total = _ARCHIVE_CAPS
    members: list[tuple[tarfile.TarInfo, bytes | None]] = []
    changed, total = False, 0
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            for info in tar:
                if len(members) >= most_members or info.size > most_bytes or total + info.size > most_total:
                    return False
                data = None
                if info.isfile():
                    extracted = tar.extractfile(info)
                    data = extracted.read(most_bytes + 1) if extracted is not None else b""
                    total += len(data)
                    parts = info.name.split("/")
                    if "templates" in parts[:-1] and info.name.endswith((".yaml", ".yml", ".tpl", ".json", ".txt")):
                        text = data.decode("utf-8", errors="replace")
                        if any(_VOLATILE_FUNCS.search(a) for a in _actions(text)):
                            data = _sub_actions(text).encode("utf-8")
                            info.size = len(data)
                            changed = True
                members.append((info, data))
    except (tarfile.TarError, OSError, EOFError, zlib.error):
        return False
    if not changed:
        return False
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as out:
        for info, data in members:
            out.addfile(info, io.BytesIO(data) if data is not None else None)
    archive.write_bytes(buffer.getvalue())
    return True


def _string_literals(action: str) -> Iterator[tuple[int, int]]:
    """The spans of the action's string literals, as `"(?:\\.|[^"\\])*"|`[^`]*`` finds them, in linear time. A `"` that
    is not closed is read up to where its body stops (a `\\` before a newline, or the end): every `"` inside is
    escaped and its own body would stop at the same place, so none of them opens a literal either; only raw strings
    can start there."""
    pos = 0
    while (found := _STRING_LITERAL.search(action, pos)) is not None:
        if found.group(1) is not None or action[found.start()] == "`":
            yield found.span()
            pos = found.end()
            continue
        stop, pos = found.end(), found.start() + 1
        while pos < stop and (tick := action.find("`", pos, stop)) != -1:
            raw = _RAW_STRING.match(action, tick)
            if raw is None:  # no closing backtick anywhere after: no raw string either
                break
            yield raw.span()
            pos = raw.end()
        pos = max(pos, stop)


def _later_now(action: str) -> str:
    """`now` calls in one template action replaced by a later time, string literals left alone."""
    out, last = [], 0
    for start, end in _string_literals(action):
        out.append(_NOW_CALL.sub(_LATER, action[last:start]))
        out.append(action[start:end])
        last = end
    out.append(_NOW_CALL.sub(_LATER, action[last:]))
    return "".join(out)


VOLATILE = "random"  # what a value that changes on every render becomes
_WORD = deferred("_WORD", r"[A-Za-z0-9]")


def stable_text(first: dict[str, str], second: dict[str, str]) -> dict[str, str]:
    """`first` with the parts that differ from `second` (same templates, same line count) replaced by
    VOLATILE. The kept prefix and suffix end at a non-alphanumeric character, so two random strings that
    happen to share a first letter do not keep it on one scan and lose it on the next. A number that is a
    whole value (`replicas: {{ randInt 1 3 }}`) stays a number as rendered."""
    out = {}
    for template, text in first.items():
        other = second.get(template)
        lines, other_lines = text.split("\n"), (other or "").split("\n")
        if other is None or other == text or len(lines) != len(other_lines):
            out[template] = text
            continue
        out[template] = "\n".join(a if a == b else _stable_line(a, b) for a, b in zip(lines, other_lines,
                                                                                      strict=True))
    return out


def _stable_line(a: str, b: str) -> str:
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    while start > 0 and _WORD.match(a[start - 1]):
        start -= 1
    end = 0
    while end < min(len(a), len(b)) - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    while end > 0 and _WORD.match(a[len(a) - end]):
        end -= 1
    middle = a[start:len(a) - end]
    if middle.isdigit() and (start == 0 or a[start - 1] in " :\"'") and (end == 0 or a[len(a) - end] in "\"'"):
        return a  # a random number as a whole value: keep it a number
    return a[:start] + VOLATILE + a[len(a) - end:]


MAX_RENDERED_OBJECTS = 20_000  # far above any real chart; a runaway `range` is stopped here

_LINT_LINE = deferred("_LINT_LINE", r"^\[(INFO|WARNING|ERROR)\]\s+(.*)$")
_NO_TEMPLATES = deferred("_NO_TEMPLATES", r"\btemplates/?: directory does not exist")


def lint_chart(ctx: Context, chart: str) -> tuple[str, list[tuple[str, str]]] | str:
    """('helm'|'helm-python-sdk', [(severity, message)]) or a reason the chart could not be linted.
    Linting renders the templates, so it runs from the same clean copy, in the same limited child."""
    from deploycheck.sources import helm_sandbox as sandbox

    helm = shutil.which("helm")
    if not helm and importlib.util.find_spec("helm_python") is None:
        return "neither the `helm` binary nor the helm-python-sdk library is installed " \
               "(pip install 'deploycheck[helm]')"
    engine = "helm" if helm else "helm-python-sdk"
    workdir = sandbox.new_workdir()
    label = f"helm lint {chart or '.'}"
    ctx.progress(f"linting chart {chart or '.'}")
    answer = _lint_in(ctx, chart, workdir, label, helm, engine)
    if isinstance(answer, str):
        return answer
    places = {workdir / "chart": chart or ".", workdir: "(helm sandbox)"}
    return answer[0], [(severity, _in_repo(message, places)) for severity, message in answer[1]]


def _lint_in(ctx: Context, chart: str, workdir: Path, label: str, helm: str | None, engine: str
             ) -> tuple[str, list[tuple[str, str]]] | str:
    from deploycheck.sources import helm_sandbox as sandbox

    limits = sandbox.Limits.from_config(ctx.config.section("limits"))
    try:
        copy = workdir / "chart"
        notes: list[tuple[str, str]] = []
        try:
            sandbox.copy_inside_root(ctx.root, ctx.root / chart, copy)
            # The dependencies as the render has them: `file://` charts inside the repository copied in (what
            # `helm dependency build` does, offline), the others left out. Without this, every chart with a
            # dependency not committed under charts/ failed lint with "chart directory is missing these
            # dependencies" (yas' 20 charts, quarkus-super-heroes' umbrellas), a scan-environment gap the
            # renders check already reports as an error naming the chart, not a problem of the chart's files.
            deps = chart_dependencies(ctx, chart, _chart_meta(ctx, chart))
            for dep in deps:
                if dep.local_source is not None:
                    sandbox.copy_inside_root(ctx.root, ctx.root / dep.local_source,
                                             sandbox.subchart_dir(copy, dep.name))
        except sandbox.UnsafeChart as exc:
            return engine, [("error", str(exc))]
        missing = [d for d in deps if d.missing]
        if missing:
            if not _drop_dependencies(copy, {d.name for d in missing}):
                return f"not linted: {_missing_message(chart, missing)}"
            notes.append(("info", "linted without the subcharts " + ", ".join(d.name for d in missing)
                          + " (not vendored under charts/ and not buildable offline; helm-chart/renders "
                          "reports them)"))
        messages = _lint_run(ctx, copy, workdir, label, helm, engine, limits)
        # Templates that include a missing subchart's named templates (binderhub's `include
        # "jupyterhub.imagePullSecrets"`, helpers of its jupyterhub dependency) cannot render without it: helm's
        # `no template "jupyterhub...."` is the scan's gap, not the chart's error, so nothing was linted.
        borrowed = sorted({d.name for d in missing for s, m in messages
                           if s == "error" and f'no template "{d.name}.' in m})
        if borrowed:
            return (f"not linted: its templates use named templates of {', '.join(borrowed)}, which is "
                    f"missing; {_missing_message(chart, [d for d in missing if d.name in borrowed])}")
        if deps:
            # An umbrella chart is its dependencies: helm only warns that it has no templates/ directory
            # (quarkus-super-heroes' generated umbrellas). Without dependencies the warning stands: such a
            # chart installs nothing.
            messages = [("info", m) if s == "warning" and _NO_TEMPLATES.search(m) else (s, m) for s, m in messages]
        return engine, messages + notes
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _lint_run(ctx: Context, copy: Path, workdir: Path, label: str, helm: str | None, engine: str,
              limits: Any) -> list[tuple[str, str]]:
    from deploycheck.sources import helm_sandbox as sandbox

    if helm:
        result = sandbox.run_limited([helm, "lint", str(copy), "--kube-version", kube_version(ctx)], limits, None,
                                     workdir, label, allow_failure=True)
        if result.error:
            return [("error", result.error)]
        messages = [(m.group(1).lower(), m.group(2)) for line in result.stdout.splitlines()
                    if (m := _LINT_LINE.match(line.strip()))]
        if result.returncode != 0 and not any(s == "error" for s, _ in messages):
            messages.append(("error", result.stderr or f"helm lint exited {result.returncode}"))
        return messages
    job = json.dumps({"mode": "lint", "chart": str(copy), "kube_version": kube_version(ctx)})
    result = sandbox.run_limited(sandbox.worker_command(), limits, job, workdir, label)
    if result.error:
        return [("error", result.error)]
    try:
        answer = json.loads(result.stdout)
    except ValueError:
        return [("error", f"{label}: the Helm renderer gave no readable answer")]
    if "error" in answer:
        return [("error", answer["error"])]
    names = {1: "info", 2: "warning", 3: "error"}
    return [(names.get(m.get("severity"), "info"), f"{m.get('path')}: {m.get('error')}")
                    for m in answer["report"].get("messages", [])]


def _template_path(chart: str, template: str) -> str:
    """helm names templates `<chart name>/templates/x.yaml`; map to the file in the repo."""
    parts = template.split("/", 1)
    tail = parts[1] if len(parts) == 2 else template
    return f"{chart}/{tail}" if chart else tail


# Helm's own document separator (pkg/releaseutil SplitManifests): `---` after a line break, whatever follows
# it. `---\n{{- if .Values.x -}}\napiVersion: v1` renders `---apiVersion: v1`, which YAML reads as a key of
# the previous document (merging two objects into one) while Helm installs two objects.
# Go's RE2 is linear; Python's `re` restarted `\s*\n` at every blank of a long run of blanks (quadratic), so the
# run is only entered at its start (a match inside a run is also one from its start: the same splits).
_HELM_SEPARATOR = deferred("_HELM_SEPARATOR", r"(?:^|(?<!\s)\s*\n)---\s*")


def helm_documents(text: str) -> str:
    """The rendered text with each document Helm would install separated the way YAML reads it."""
    if "---" not in text:
        return text
    return "\n---\n".join(part for part in _HELM_SEPARATOR.split(text) if part.strip())


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


def deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(merged.get(k), dict):
            merged[k] = deep_merge(merged[k], v)
        else:
            merged[k] = v
    return merged
