"""helm-chart item: the chart exists (or plain manifests carry the deployment), is valid, lints clean,
renders in every configuration, has a values schema and tests, and its version moves with its templates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.git import file_at_last_tag, git_history
from deploycheck.sources.helm import _chart_meta, _is_subchart, helm_render_variants, lint_chart
from deploycheck.sources.kubernetes import chart_directories, plain_objects
from deploycheck.sources.yaml import YamlError, load_one

if TYPE_CHECKING:
    from deploycheck.context import Context

# semver.org's recommended regular expression (SemVer 2.0.0), which Helm requires of chart versions.
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)


def charts(ctx: Context) -> list[str]:
    """The charts this service ships: the configured ones, else every Chart.yaml that is not a vendored subchart."""
    if ctx.config.helm_charts:
        return [c.path.strip("/") for c in ctx.config.helm_charts]
    found = chart_directories(ctx)
    return [c for c in found if not _is_subchart(c, found)]


# With `helm.autodiscover: false` and no `helm.charts`, the team asked for no Helm run: the charts found
# are still read as files (Chart.yaml, values schema, tests), but rendering and linting them (a child
# process per chart and values file) would be work nobody asked for, so those checks say `skipped`.
NOT_RENDERED = "not rendered or linted: `helm.autodiscover` is false and `helm.charts` lists no chart"


def _helm_runs_off(ctx: Context) -> bool:
    return not ctx.config.helm_charts and not ctx.config.helm_autodiscover


def _chart_file(chart: str, name: str) -> str:
    return f"{chart}/{name}" if chart else name


def _no_chart(ctx: Context) -> Finding:
    return not_applicable("no Helm chart: the service deploys with plain manifests") if ctx.use(plain_objects).objects \
        else not_applicable("no Helm chart")


@check(
    "helm-chart/present",
    title="A Helm chart exists, or the service deploys with plain manifests",
    severity="high",
    needs=("repository",),
    rationale="Something must describe how the service is deployed; a chart (or plain manifests) in the "
              "repository makes the deployment reviewable and repeatable.",
    remediation="Add a Helm chart (`helm create`) or plain Kubernetes manifests to the repository.",
    references=("https://helm.sh/docs/topics/charts/",),
)
def chart_present(ctx: Context) -> Iterator[Finding]:
    found = charts(ctx)
    if found:
        yield passed(f"{len(found)} chart(s): {', '.join(c or '.' for c in found)}")
    elif ctx.use(plain_objects).objects or ctx.config.kustomize:
        yield not_applicable("no Helm chart: the service deploys with plain manifests (the manifests item "
                             "carries the weight)")
    elif kustomizations := ctx.files.glob("kustomization.yaml", "kustomization.yml", "Kustomization"):
        # every manifest sits in a kustomize base or overlay (emojivoto): kustomize is the deployment
        yield not_applicable(f"no Helm chart: the service deploys with kustomize ({len(kustomizations)} "
                             f"kustomization(s), e.g. {sorted(kustomizations)[0]}; the manifests item carries the "
                             "weight)")
    elif (elsewhere := _chart_elsewhere(ctx)) is not None:
        yield not_applicable(f"no Helm chart here: the docs or the pipeline point to a chart maintained elsewhere "
                             f"({elsewhere}); "
                             "judge that chart's repository")
    else:
        yield failed("no Helm chart and no Kubernetes manifests in the repository")


# A chart published from another repository: an Artifact Hub Helm package, a *-helm-charts repository,
# or `helm repo add` / `helm install repo/chart` instructions.
CHART_ELSEWHERE = re.compile(r"artifacthub\.io/packages/helm/[\w.-]+/[\w.-]+|github\.com/[\w.-]+/[\w.-]*helm-charts\b"
                             r"|\bhelm\s+repo\s+add\s+\S+\s+https?://\S+")


# Publishers of charts of other people's software (databases, brokers, monitoring, ingress controllers, cert-manager):
# a README's `helm repo add bitnami https://charts.bitnami.com/bitnami` then `helm install mongo ... bitnami/mongodb`
# (mern-workshop) installs the service's database, not the service. Their charts are never the service's own.
_THIRD_PARTY_CHARTS = re.compile(
    r"charts\.bitnami\.com|prometheus-community\.github\.io|grafana\.github\.io|kubernetes\.github\.io"
    r"|charts\.jetstack\.io|helm\.releases\.hashicorp\.com|helm\.elastic\.co|nvidia\.github\.io"
    r"|artifacthub\.io/packages/helm/(?:bitnami|prometheus-community|grafana|ingress-nginx|jetstack|cert-manager"
    r"|elastic|hashicorp)/|github\.com/(?:bitnami|prometheus-community|grafana|jetstack|elastic|hashicorp)/", re.I)


def _chart_elsewhere(ctx: Context) -> str | None:
    """Where the docs say the service's chart lives, when it is not in this repository ("file:line: link")."""
    from deploycheck.sources.target import rule_by_path

    for rel in sorted(ctx.all_files.glob("*.md", "*.rst")):
        if rule_by_path(rel) in ("vendored", "tests"):
            continue  # a vendored package's README points at its own chart
        text = ctx.all_files.read_text(rel) or ""
        for match in CHART_ELSEWHERE.finditer(text):
            if not _THIRD_PARTY_CHARTS.search(match.group(0)):
                return f"{rel}:{text.count(chr(10), 0, match.start()) + 1}: {match.group(0)}"
    # A pipeline or script that adds a chart repository and installs from it with a values file this repository
    # holds deploys the service with that chart (java-demoapp's CD workflow: `helm repo add benc-uk ...`, then `helm
    # upgrade java benc-uk/webapp --values deploy/kubernetes/aks-live.yaml`). Adding a repository alone is not enough:
    # a pipeline may install only a dependency from it.
    for rel in sorted(ctx.all_files.glob(*_PIPELINE_FILES)):
        if rule_by_path(rel) in ("vendored", "tests"):
            continue
        text = (ctx.all_files.read_text(rel) or "")[:200_000]
        added = next((m for m in CHART_ELSEWHERE.finditer(text) if m.group(0).startswith("helm")
                      and not _THIRD_PARTY_CHARTS.search(m.group(0))), None)
        if added is None:
            continue
        values = {m.group(1).removeprefix("./") for m in _VALUES_FLAG.finditer(text)}
        if values & set(ctx.all_files.files):
            return f"{rel}:{text.count(chr(10), 0, added.start()) + 1}: {added.group(0)}, installed with this " \
                   "repository's values"
    return None


_PIPELINE_FILES = (".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab-ci.yml", "azure-pipelines.yml",
                   "Jenkinsfile", "Makefile", "makefile", "*.sh")
_VALUES_FLAG = re.compile(r"(?:--values|-f)[ =]([\w./-]{1,200}\.ya?ml)\b")


@check(
    "helm-chart/chart-yaml",
    title="Chart.yaml is valid: apiVersion v2, a SemVer version, an appVersion",
    severity="medium",
    needs=("helm chart",),
    rationale="Helm 3 charts use apiVersion v2 (v1 is the Helm 2 format); Helm refuses non-SemVer versions; "
              "appVersion tells operators which release of the service the chart deploys.",
    remediation="Set `apiVersion: v2`, a SemVer `version:` (e.g. 1.4.0), and `appVersion:` to the image version.",
    references=("https://helm.sh/docs/topics/charts/#the-chartyaml-file",),
)
def chart_yaml(ctx: Context) -> Iterator[Finding]:
    found = charts(ctx)
    if not found:
        yield _no_chart(ctx)
        return
    for chart in found:
        rel = _chart_file(chart, "Chart.yaml")
        text = ctx.files.read_text(rel)
        if text is None:
            yield errored(f"{rel}: cannot read the chart's Chart.yaml", Location(path=rel))
            continue
        try:
            meta = load_one(text)
        except YamlError as exc:
            yield errored(f"{rel}: {exc.message}", Location(path=rel, line=exc.line))
            continue
        if not isinstance(meta, dict):
            yield failed(f"{rel} is not a mapping", Location(path=rel))
            continue
        problems = 0
        evidence = {k: meta.get(k) for k in ("apiVersion", "name", "version", "appVersion", "type", "kubeVersion")}
        version = meta.get("version")
        if not meta.get("name"):
            problems += 1
            yield failed(f"{rel} has no name", Location(path=rel), evidence)
        if not isinstance(version, str) or not SEMVER.match(version):
            problems += 1
            yield failed(f"{rel}: version {version!r} is not SemVer 2", Location(path=rel), evidence)
        if meta.get("apiVersion") == "v1":
            problems += 1
            yield warned(f"{rel}: apiVersion v1 is the Helm 2 chart format; use v2", Location(path=rel), evidence)
        elif meta.get("apiVersion") != "v2":
            problems += 1
            yield failed(f"{rel}: apiVersion {meta.get('apiVersion')!r} is not v2", Location(path=rel), evidence)
        constraint = meta.get("kubeVersion")
        if constraint:
            target = ctx.config.kubernetes_version
            allowed = kube_version_allows(str(constraint), target)
            if allowed is False:
                problems += 1
                yield failed(f"{rel}: kubeVersion {constraint!r} excludes the target Kubernetes {target}; helm "
                             "refuses to install it there", Location(path=rel), evidence)
            elif allowed is None:
                problems += 1
                yield warned(f"{rel}: kubeVersion {constraint!r} is not a constraint Helm can read",
                             Location(path=rel), evidence)
        if not meta.get("appVersion") and meta.get("type") != "library":
            problems += 1
            yield warned(f"{rel} has no appVersion", Location(path=rel), evidence)
        if not problems:
            yield passed(f"{rel}: {meta.get('name')} {version} (app {meta.get('appVersion') or '-'})",
                         Location(path=rel), evidence)


# Helm's kubeVersion constraints use the Masterminds/semver syntax (not PEP 440, so `packaging`'s
# specifiers cannot read them): `||` between alternatives, `,` or spaces between conditions, the
# operators = != > < >= <= ~ ^, x-ranges (1.2.x, *), hyphen ranges (1.2 - 1.4). Hand-written for
# that reason; a pre-release suffix such as `-0` (Helm's idiom for "also match vendor builds") is
# dropped, since the target is a plain release.
_CONDITION = re.compile(r"^(!=|>=|=>|<=|=<|~>|[=<>~^])?\s*v?([0-9xX*]+(?:\.[0-9xX*]+){0,2})(?:-[0-9A-Za-z.-]+)?$")


def _parts(version: str) -> list[int | None]:
    out: list[int | None] = [None if p in ("x", "X", "*") else int(p) for p in version.split(".")]
    while out and out[-1] is None:
        out.pop()
    return out


def _tuple(parts: list[int | None]) -> tuple[int, int, int]:
    nums = [p or 0 for p in parts] + [0, 0, 0]
    return nums[0], nums[1], nums[2]


def _bump(parts: list[int | None], index: int) -> tuple[int, int, int]:
    nums = list(_tuple(parts))
    nums[index] += 1
    for i in range(index + 1, 3):
        nums[i] = 0
    return nums[0], nums[1], nums[2]


def _condition_holds(op: str, version: str, target: tuple[int, int, int]) -> bool:
    parts = _parts(version)
    if not parts:  # "*" or "x": anything
        return op not in ("!=", "<", ">")
    low = _tuple(parts)
    wildcard = len(parts) < 3
    if op in ("", "="):
        return low <= target < _bump(parts, len(parts) - 1) if wildcard else target == low
    if op == "!=":
        return not (low <= target < _bump(parts, len(parts) - 1)) if wildcard else target != low
    if op in ("~", "~>"):
        return low <= target < _bump(parts, 0 if len(parts) == 1 else 1)
    if op == "^":
        first = next((i for i, p in enumerate(parts) if p), len(parts) - 1)
        return low <= target < _bump(parts, min(first, len(parts) - 1))
    if op == ">":
        return target >= _bump(parts, len(parts) - 1) if wildcard else target > low
    if op in (">=", "=>"):
        return target >= low
    if op == "<":
        return target < low
    return target < _bump(parts, len(parts) - 1) if wildcard else target <= low  # <= and =<


def kube_version_allows(constraint: str, target: str) -> bool | None:
    """Whether Kubernetes `target` ("1.30") satisfies a Chart.yaml kubeVersion; None if unreadable."""
    wanted = _tuple(_parts(target.lstrip("v")))
    for alternative in constraint.split("||"):
        text = re.sub(r"\s*([=<>!~^]+)\s*", r" \1", alternative.strip())
        hyphen = re.fullmatch(r"(\S+)\s+-\s+(\S+)", alternative.strip())
        tokens = [f">={hyphen.group(1)}", f"<={hyphen.group(2)}"] if hyphen else text.replace(",", " ").split()
        ok = True
        for token in tokens:
            match = _CONDITION.match(token)
            if match is None:
                return None
            ok = ok and _condition_holds(match.group(1) or "", match.group(2), wanted)
        if ok:
            return True
    return False


@check(
    "helm-chart/lint",
    title="`helm lint` reports no errors or warnings",
    severity="medium",
    needs=("helm chart", "helm binary or helm-python-sdk"),
    rationale="helm lint finds the chart problems Helm itself will trip over (template errors, missing "
              "dependencies, bad metadata) before an install does.",
    remediation="Run `helm lint <chart>` and fix what it reports.",
    references=("https://helm.sh/docs/helm/helm_lint/",),
)
def helm_lint(ctx: Context) -> Iterator[Finding]:
    found = charts(ctx)
    if not found:
        yield _no_chart(ctx)
        return
    for chart in found:
        where = Location(path=_chart_file(chart, "Chart.yaml"))
        if _helm_runs_off(ctx):
            yield skipped(f"{chart or '.'}: {NOT_RENDERED}", where)
            continue
        if _chart_meta(ctx, chart).get("type") == "library":
            yield not_applicable(f"{chart or '.'} is a library chart (linted through the charts that use it)", where)
            continue
        stopped = [r for r in ctx.use(helm_render_variants) if r.chart == chart and r.over_limit]
        if stopped:
            # helm lint renders the same templates: it would hit the same cap, only later.
            yield errored(f"{chart or '.'}: not linted: rendering it was stopped ({stopped[0].error})", where)
            continue
        result = lint_chart(ctx, chart)
        if isinstance(result, str):
            yield skipped(f"{chart or '.'}: {result}", where)
            continue
        engine, messages = result
        errors = [m for s, m in messages if s == "error"]
        warnings = [m for s, m in messages if s == "warning"]
        evidence: dict[str, Any] = {"engine": engine, "messages": [f"[{s}] {m}" for s, m in messages][:20]}
        for message in errors:
            yield failed(f"helm lint {chart or '.'}: {message}", where, evidence)
        for message in warnings:
            yield warned(f"helm lint {chart or '.'}: {message}", where, evidence)
        if not errors and not warnings:
            yield passed(f"helm lint {chart or '.'}: clean ({len(messages)} info message(s))", where, evidence)


@check(
    "helm-chart/renders",
    title="The chart renders with its default values and with each configured values file",
    severity="high",
    needs=("helm chart", "helm binary or helm-python-sdk"),
    rationale="A values file that breaks the templates breaks the deployment of that environment; rendering "
              "every configured combination catches it in review.",
    remediation="Run `helm template <chart> -f <values file>` and fix the template or values error it reports.",
    references=("https://helm.sh/docs/helm/helm_template/",),
)
def renders(ctx: Context) -> Iterator[Finding]:
    found = charts(ctx)
    if not found:
        yield _no_chart(ctx)
        return
    if _helm_runs_off(ctx):
        for chart in found:
            yield skipped(f"{chart or '.'}: {NOT_RENDERED}", Location(path=_chart_file(chart, "Chart.yaml")))
        return
    for render in ctx.use(helm_render_variants):
        values = ", ".join(render.values_files) if render.values_files else "default values"
        where = Location(path=_chart_file(render.chart, "Chart.yaml"), origin=render.label)
        if render.skipped and render.skipped.startswith("library chart"):
            yield not_applicable(f"{render.chart or '.'}: {render.skipped}", where)
        elif render.skipped:
            yield skipped(f"{render.chart or '.'}: {render.skipped}", where)
        elif render.error and render.template_failed:
            # the chart's own templates fail (its missing subcharts are switched off): a finding, not a scan problem
            # (before the subcharts' case: the rest of such a chart is rendered without the failing templates, and
            # then without the subcharts too)
            yield failed(f"chart {render.chart or '.'} does not render with {values}: {render.error}", where,
                         {"engine": render.engine, "values": render.values_files})
        elif render.missing_subcharts:
            yield errored(f"chart {render.chart or '.'} renders with {values} only without its subcharts: "
                          f"{render.error}", where, {"engine": render.engine, "values": render.values_files,
                                                     "missing_subcharts": render.missing_subcharts,
                                                     "objects": len(render.objects)})
        elif render.error:
            yield errored(f"chart {render.chart or '.'} does not render with {values}: {render.error}", where,
                          {"engine": render.engine, "values": render.values_files})
        else:
            yield passed(f"chart {render.chart or '.'} renders with {values}: {len(render.objects)} objects",
                         where, {"engine": render.engine})


@check(
    "helm-chart/values-schema",
    title="The chart ships a values.schema.json",
    severity="low",
    needs=("helm chart",),
    rationale="Helm validates values against values.schema.json on install, so a typo in a values file fails "
              "fast instead of silently falling back to a default.",
    remediation="Add values.schema.json beside values.yaml (e.g. generated with the helm-values-schema-json "
                "plugin) describing the chart's values.",
    references=("https://helm.sh/docs/topics/charts/#schema-files",),
)
def values_schema(ctx: Context) -> Iterator[Finding]:
    found = charts(ctx)
    if not found:
        yield _no_chart(ctx)
        return
    files = set(ctx.files.files)
    for chart in found:
        rel = _chart_file(chart, "values.schema.json")
        if rel in files:
            yield passed(f"{rel} present", Location(path=rel))
        elif (maker := _schema_generated_in_ci(ctx, chart)) is not None:
            yield passed(f"{rel} is generated before packaging: {maker}", Location(path=maker.split(" ")[0]))
        else:
            yield warned(f"chart {chart or '.'} has no values.schema.json",
                         Location(path=_chart_file(chart, "Chart.yaml")))


# A repository file a CI step names by path (`./tools/generate-json-schema.py`, `python hack/schema.py`); bounded
# repetitions keep the scan linear on a hostile line of word characters
_CI_SCRIPT_PATH = re.compile(r"(?<![\w/.$-])(?:\./)?((?:[\w-]{1,100}/){1,20}[\w.-]{1,200}\.(?:py|sh|js|mjs|ts))\b")


def _schema_generated_in_ci(ctx: Context, chart: str) -> str | None:
    """'<file> (run by <CI file>)' when CI writes the chart's values.schema.json before packaging: a CI step, or a
    script of the repository a step runs, names `<chart>/values.schema.json` (binderhub's test.yml and publish.yml run
    tools/generate-json-schema.py, which turns the chart's schema.yaml into it). The file is then part of every
    packaged chart though not of the repository."""
    from deploycheck.sources.ci import ci_files

    target = _chart_file(chart, "values.schema.json")
    present = set(ctx.all_files.files)
    for ci in ctx.use(ci_files):
        if target in ci.text:
            return f"{ci.path} (a CI step writes it)"
        for m in _CI_SCRIPT_PATH.finditer(ci.text):
            script = m.group(1)
            if script in present and "values.schema.json" in (text := ctx.all_files.read_text(script) or "") \
                    and (target in text or (chart and chart in text)):
                return f"{script} (run by {ci.path})"
    return None


@check(
    "helm-chart/tests",
    title="The chart has tests (templates/tests/)",
    severity="low",
    needs=("helm chart",),
    rationale="`helm test` runs the chart's test pods against a release: the cheapest smoke test after deploy.",
    remediation="Add a test pod under templates/tests/ with the `helm.sh/hook: test` annotation.",
    references=("https://helm.sh/docs/topics/chart_tests/",),
)
def chart_tests(ctx: Context) -> Iterator[Finding]:
    found = charts(ctx)
    if not found:
        yield _no_chart(ctx)
        return
    for chart in found:
        if _chart_meta(ctx, chart).get("type") == "library":
            yield not_applicable(f"{chart or '.'} is a library chart")
            continue
        tests = [f for f in ctx.all_files.under(_chart_file(chart, "templates/tests"))]
        # an umbrella chart's subcharts kept in its charts/ folder: `helm test` runs their test hooks with the
        # release (mushop's 13 service subcharts each carry templates/tests/test-connection.yaml)
        sub_tests = [] if tests else [f for f in ctx.all_files.under(_chart_file(chart, "charts"))
                                      if f.split("/")[-4:-2] == ["templates", "tests"]
                                      or f.split("/")[-3:-1] == ["templates", "tests"]]
        if tests:
            yield passed(f"chart {chart or '.'} has {len(tests)} test template(s)", Location(path=tests[0]))
        elif sub_tests:
            yield passed(f"chart {chart or '.'} has no tests of its own; `helm test` runs the {len(sub_tests)} test "
                         "template(s) of its subcharts in charts/", Location(path=sub_tests[0]),
                         {"tests": sub_tests[:10]})
        else:
            yield warned(f"chart {chart or '.'} has no tests under templates/tests/",
                         Location(path=_chart_file(chart, "Chart.yaml")))


@check(
    "helm-chart/version-bump",
    title="The chart version was bumped when its templates changed since the last release tag",
    severity="medium",
    needs=("helm chart", "git history"),
    rationale="Helm caches charts by name and version: new templates under an old version number are "
              "never picked up by repositories and caches, and nobody can tell the two apart.",
    remediation="Bump `version:` in Chart.yaml (SemVer: minor for new features, patch for fixes).",
    references=("https://helm.sh/docs/topics/charts/#charts-and-versioning",),
)
def version_bump(ctx: Context) -> Iterator[Finding]:
    found = charts(ctx)
    if not found:
        yield _no_chart(ctx)
        return
    hist = ctx.use(git_history)
    if not hist.available:
        yield skipped(f"no git history ({hist.reason}): cannot compare the chart version with the last tag")
        return
    if hist.last_tag is None or hist.changed_since_tag is None:
        yield skipped("the repository has no release tag yet: nothing to compare the chart version with")
        return
    tag = hist.last_tag.name
    for chart in found:
        rel = _chart_file(chart, "Chart.yaml")
        templates = _chart_file(chart, "templates") + "/"
        # Committed changes only (last tag -> HEAD): comparing with the work tree would let the
        # repository's clean filters run.
        changed = [p for p in hist.changed_since_tag if p.startswith(templates)]
        current = str(_chart_meta(ctx, chart).get("version"))
        if not changed:
            yield passed(f"chart {chart or '.'}: templates unchanged since {tag}", Location(path=rel),
                         {"scope": hist.scope_note} if hist.scope_note else None)
            continue
        old = file_at_last_tag(ctx, rel)
        old_version = None
        if old is not None:
            try:
                old_meta = load_one(old)
                old_version = str(old_meta.get("version")) if isinstance(old_meta, dict) else None
            except YamlError:
                old_version = None
        evidence: dict[str, Any] = {"tag": tag, "changed_templates": changed[:20], "version_at_tag": old_version,
                                    "version_now": current}
        if hist.scope_note:
            evidence["scope"] = hist.scope_note
        if old_version is None:
            yield passed(f"chart {chart or '.'} is new since {tag}", Location(path=rel), evidence)
        elif old_version == current:
            yield failed(f"chart {chart or '.'}: {len(changed)} template(s) changed since {tag} but the version "
                         f"is still {current}", Location(path=rel), evidence)
        else:
            yield passed(f"chart {chart or '.'}: version {old_version} -> {current} since {tag}",
                         Location(path=rel), evidence)
