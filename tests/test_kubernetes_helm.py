"""helm-chart item: presence, Chart.yaml, lint, renders (real Helm), values schema, tests, version bump (real git)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from tests.conftest import FIXTURES
from tests.helpers import findings, scan, write

from deploycheck.model import Status

CHARTS = FIXTURES / "kubernetes" / "charts"


def _helm_available() -> bool:
    if shutil.which("helm"):
        return True
    try:
        import helm_python  # noqa: F401
    except ImportError:
        return False
    return True


needs_helm = pytest.mark.skipif(not _helm_available(), reason="needs the helm binary or helm-python-sdk")


def _chart(tmp_path: Path, name: str, dest: str = "chart", config: str | None = None) -> Path:
    shutil.copytree(CHARTS / name, tmp_path / dest)
    if config is not None:
        (tmp_path / ".deploycheck.yaml").write_text(config)
    return tmp_path


def statuses(result: object, check_id: str) -> list[Status]:
    return [f.status for f in findings(result, check_id)]  # type: ignore[arg-type]


@needs_helm
def test_good_chart_passes_everything_but_the_broken_values_file(tmp_path: Path) -> None:
    config = "helm:\n  charts:\n    - path: chart\n      values: [chart/values-prod.yaml, chart/values-broken.yaml]\n"
    result = scan(_chart(tmp_path, "good", config=config), only=("helm-chart",))
    for check_id in ("helm-chart/present", "helm-chart/chart-yaml", "helm-chart/lint", "helm-chart/values-schema",
                     "helm-chart/tests"):
        assert statuses(result, check_id) == [Status.PASS], check_id
    render = findings(result, "helm-chart/renders")
    ok = [f for f in render if f.status is Status.PASS]
    assert len(ok) == 2 and any("default values" in f.message for f in ok)
    assert any("values-prod.yaml" in f.message for f in ok)
    [bad] = [f for f in render if f.status is Status.ERROR]
    assert "chart/values-broken.yaml" in bad.message and "replicaCount" in bad.message


@needs_helm
def test_broken_template_is_an_error_naming_chart_and_helm_message(tmp_path: Path) -> None:
    result = scan(_chart(tmp_path, "broken"), only=("helm-chart", "manifests"))
    [f] = findings(result, "helm-chart/renders", Status.ERROR)
    assert "chart chart does not render" in f.message and "configmap.yaml:4" in f.message
    lint = findings(result, "helm-chart/lint", Status.FAIL)
    assert lint and "configmap.yaml" in lint[0].message
    item = next(i for i in result.report.items if i.item == "helm-chart")
    assert item.status is Status.FAIL


def test_autodiscover_false_neither_renders_nor_lints_and_says_so(tmp_path: Path) -> None:
    """No Helm run asked for: the broken chart is not linted or rendered (both `skipped` with the reason,
    never a pass), while the file checks still read its Chart.yaml."""
    result = scan(_chart(tmp_path, "broken", config="helm:\n  autodiscover: false\n"), only=("helm-chart",))
    for check_id in ("helm-chart/lint", "helm-chart/renders"):
        [f] = findings(result, check_id)
        assert f.status is Status.SKIPPED and "helm.autodiscover" in f.message and "chart:" in f.message, f
        assert f.location and f.location.path == "chart/Chart.yaml"
    assert statuses(result, "helm-chart/chart-yaml")
    item = next(i for i in result.report.items if i.item == "helm-chart")
    assert item.status is not Status.PASS


@needs_helm
def test_podinfo_style_chart_yaml_problems(tmp_path: Path) -> None:
    _chart(tmp_path, "good")
    chart_yaml = tmp_path / "chart" / "Chart.yaml"
    chart_yaml.write_text(chart_yaml.read_text().replace("apiVersion: v2", "apiVersion: v1")
                          .replace('appVersion: "2.0.1"\n', ""))
    result = scan(tmp_path, only=("helm-chart/chart-yaml",))
    messages = sorted(f.message for f in findings(result, "helm-chart/chart-yaml", Status.WARN))
    assert len(messages) == 2 and "no appVersion" in messages[0] and "apiVersion v1" in messages[1]
    chart_yaml.write_text(chart_yaml.read_text().replace("version: 1.2.3", "version: 1.2"))
    [f] = findings(scan(tmp_path, only=("helm-chart/chart-yaml",)), "helm-chart/chart-yaml", Status.FAIL)
    assert "1.2 is not SemVer" in f.message


def test_missing_values_schema_and_tests_warn(tmp_path: Path) -> None:
    _chart(tmp_path, "good")
    (tmp_path / "chart" / "values.schema.json").unlink()
    shutil.rmtree(tmp_path / "chart" / "templates" / "tests")
    result = scan(tmp_path, only=("helm-chart/values-schema", "helm-chart/tests"))
    assert statuses(result, "helm-chart/values-schema") == [Status.WARN]
    assert statuses(result, "helm-chart/tests") == [Status.WARN]


def test_no_chart_with_plain_manifests_is_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"})
    result = scan(tmp_path, only=("helm-chart",))
    item = next(i for i in result.report.items if i.item == "helm-chart")
    assert item.status is Status.NA
    assert "plain manifests" in findings(result, "helm-chart/present")[0].message


def test_no_chart_and_no_manifests_fails(tmp_path: Path) -> None:
    result = scan(tmp_path, only=("helm-chart",))
    assert statuses(result, "helm-chart/present") == [Status.FAIL]


def test_kustomize_only_repository_needs_no_chart(tmp_path: Path) -> None:
    # emojivoto: every manifest is in a kustomize base/overlay, none is a plain manifest on its own
    write(tmp_path, {"kustomize/deployment/kustomization.yml": "resources: [web.yml]\n",
                     "kustomize/deployment/web.yml": "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web}\n"})
    [f] = findings(scan(tmp_path, only=("helm-chart/present",)), "helm-chart/present")
    assert f.status is Status.NA and "kustomize/deployment/kustomization.yml" in f.message


def test_chart_maintained_in_another_repository_is_not_applicable(tmp_path: Path) -> None:
    # opentelemetry-demo: compose here, the chart published from open-telemetry/opentelemetry-helm-charts
    write(tmp_path, {"README.md": "# Demo\n\nSee the [chart](https://artifacthub.io/packages/helm/otel/demo).\n",
                     "compose.yaml": "services: {web: {image: web:1}}\n"})
    [f] = findings(scan(tmp_path, only=("helm-chart/present",)), "helm-chart/present")
    assert f.status is Status.NA and "README.md:3" in f.message
    assert "artifacthub.io/packages/helm/otel/demo" in f.message
    write(tmp_path, {"README.md": "# Demo\n\nRun `helm install demo ./chart`.\n"})  # a chart that is not here
    assert statuses(scan(tmp_path, only=("helm-chart/present",)), "helm-chart/present") == [Status.FAIL]


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
                   check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_version_bump_against_last_tag(tmp_path: Path) -> None:
    _chart(tmp_path, "good")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "chart 1.2.3")
    _git(tmp_path, "tag", "v1.2.3")
    only = ("helm-chart/version-bump",)
    # HEAD is the first release itself: there is no earlier release to compare with.
    assert statuses(scan(tmp_path, only=only), "helm-chart/version-bump") == [Status.SKIPPED]
    _git(tmp_path, "commit", "--allow-empty", "-qm", "docs")
    assert statuses(scan(tmp_path, only=only), "helm-chart/version-bump") == [Status.PASS]
    template = tmp_path / "chart" / "templates" / "service.yaml"
    template.write_text(template.read_text().replace("port: 80", "port: 81"))
    # Only committed changes count (the work tree is never diffed: git would run the repo's filters).
    assert statuses(scan(tmp_path, only=only), "helm-chart/version-bump") == [Status.PASS]
    _git(tmp_path, "commit", "-qam", "port 81")
    [f] = findings(scan(tmp_path, only=only), "helm-chart/version-bump", Status.FAIL)
    assert "v1.2.3" in f.message and "1.2.3" in f.message and f.evidence
    assert f.evidence["changed_templates"] == ["chart/templates/service.yaml"]
    chart_yaml = tmp_path / "chart" / "Chart.yaml"
    chart_yaml.write_text(chart_yaml.read_text().replace("version: 1.2.3", "version: 1.2.4"))
    _git(tmp_path, "commit", "-qam", "chart 1.2.4")
    [f] = findings(scan(tmp_path, only=only), "helm-chart/version-bump")
    assert f.status is Status.PASS and "1.2.3 -> 1.2.4" in f.message


def test_version_bump_outside_git_is_skipped_with_reason(tmp_path: Path) -> None:
    result = scan(_chart(tmp_path, "good"), only=("helm-chart/version-bump",))
    [f] = findings(result, "helm-chart/version-bump")
    assert f.status is Status.SKIPPED and "not inside a git work tree" in f.message


@needs_helm
def test_unrendered_chart_makes_workload_checks_skip_not_na(tmp_path: Path) -> None:
    result = scan(_chart(tmp_path, "broken"), only=("manifests/parse", "resource-limits"))
    [parse] = findings(result, "manifests/parse", Status.ERROR)
    assert "chart chart did not render" in parse.message and "configmap.yaml:4" in parse.message
    limits = findings(result, "resource-limits/requests-and-limits")
    assert [f.status for f in limits] == [Status.SKIPPED] and "chart chart was not built" in limits[0].message


@needs_helm
def test_no_alert_rules_fails_when_the_unrendered_chart_cannot_make_one(tmp_path: Path) -> None:
    """TailwindTraders (bench/accuracy): Deploy/helm/coupons-api does not render with the blank values of gvalues.yaml,
    which made "no alerting rules" skipped; but no file of the chart mentions PrometheusRule, `alert:` or `groups:`
    and no template renders a value as objects, so whatever values the team passes it makes no rule."""
    repo = _chart(tmp_path, "broken")
    [f] = findings(scan(repo, only=("monitoring/alert-rules",)), "monitoring/alert-rules")
    assert f.status is Status.FAIL and "cannot make one" in f.message and f.evidence == {"unrendered": ["chart"]}
    # a template that renders values as whole objects (an extraObjects list), or a dependency: it might
    for name, files in (("raw", {"chart/templates/extra.yaml": "{{- range .Values.extraObjects }}\n---\n"
                                                                 "{{ tpl (toYaml .) $ }}\n{{- end }}\n"}),
                        ("dependency", {"chart/charts/m/Chart.yaml": "apiVersion: v2\nname: m\nversion: 1\n"})):
        other = _chart(tmp_path / name, "broken")
        write(other, files)
        [f] = findings(scan(other, only=("monitoring/alert-rules",)), "monitoring/alert-rules")
        assert f.status is Status.SKIPPED and "was not built" in f.message, name


@needs_helm
def test_unbuilt_chart_turns_absence_and_not_applicable_into_skipped(tmp_path: Path) -> None:
    """A chart that did not render may hold the probes, the alert rules, the backup CronJob and the env the
    code needs: no check may fail on their absence, nor call itself not applicable, without having looked."""
    repo = _chart(tmp_path, "broken")
    write(repo, {"requirements.txt": "psycopg==3.2.1\n",
                 "app/settings.py": "import os\nDATABASE_URL = os.environ['DATABASE_URL']\n",
                 "Dockerfile": "FROM python:3.12-slim@sha256:" + "a" * 64 + "\nUSER 1000\nCMD [\"python\"]\n",
                 # a chart that may make a PrometheusRule (else alert-rules fails: see the test above)
                 "chart/templates/rules.yaml": "{{- if .Values.alerts }}\nkind: PrometheusRule\n{{- end }}\n"})
    only = ("health-probes", "monitoring/alert-rules", "backups/mechanism", "env-vars/required-set",
            "dockerfile/healthcheck", "rollout-strategy", "secrets-management")
    result = scan(repo, only=only)
    for check_id in ("health-probes/liveness", "monitoring/alert-rules", "backups/mechanism", "env-vars/required-set",
                     "dockerfile/healthcheck", "rollout-strategy/strategy", "secrets-management/literal-env"):
        found = findings(result, check_id)
        assert found and all(f.status is Status.SKIPPED for f in found), (check_id, found)
        assert all("chart chart was not built" in f.message for f in found), found
    # READY (nothing blocked) must not read as "everything was looked at"; the policy can make it block.
    assert result.report.verdict.ready
    caveats = result.report.verdict.caveats
    assert any(c.startswith("7 required item(s) wholly or partly not looked at (skipped: backups,")
               for c in caveats), caveats
    # A sign-off for the item settles its manual part (the restore drill), not the mechanism nobody saw.
    import datetime as dt

    write(repo, {"docs/runbook.md": "# Runbook\n\n## Restore from backup\n\n1. `pg_restore -d orders latest.dump`\n",
                 ".deploycheck/attestations.yaml": f"attestations:\n  - {{item: backups, by: alice, "
                                                   f"date: {dt.date.today()}, evidence: https://x/1}}\n"})
    [backups] = [i for i in scan(repo, only=("backups",)).report.items if i.item == "backups"]
    assert backups.status is Status.SKIPPED and backups.attestation is not None
    assert backups.summary.startswith("attested by alice on ") and "chart chart was not built" in backups.summary
    (repo / ".deploycheck.yaml").write_text("policy:\n  block_on_skipped: true\n")
    strict = scan(repo, only=only)
    assert not strict.report.verdict.ready
    assert any("health-probes: skipped" in r and "block_on_skipped" in r for r in strict.report.verdict.reasons)


@pytest.mark.parametrize(("constraint", "target", "allowed"), [
    (">=1.23.0-0", "1.30", True), (">=1.23.0-0", "1.20", False), (">= 1.19.0-0, < 1.29", "1.30", False),
    ("^1.20", "1.30", True), ("~1.29", "1.30", False), ("~1.30.0", "1.30", True), ("1.2 - 1.29", "1.30", False),
    ("1.2 - 1.31", "1.30", True), (">=1.16.0-0 || 1.30.x", "1.30", True), (">1.29.x", "1.30", True),
    ("<1.25.x", "1.30", False), ("*", "1.30", True), ("!=1.30.x", "1.30", False), ("garbage", "1.30", None),
])
def test_kube_version_constraints(constraint: str, target: str, allowed: bool | None) -> None:
    from deploycheck.checks.kubernetes.helm import kube_version_allows

    assert kube_version_allows(constraint, target) is allowed


def test_chart_kube_version_excluding_the_target_fails(tmp_path: Path) -> None:
    _chart(tmp_path, "good", config="kubernetes_version: '1.30'\n")
    chart_yaml = tmp_path / "chart" / "Chart.yaml"
    chart_yaml.write_text(chart_yaml.read_text() + 'kubeVersion: ">=1.19.0-0 <1.29.0-0"\n')
    [f] = findings(scan(tmp_path, only=("helm-chart/chart-yaml",)), "helm-chart/chart-yaml", Status.FAIL)
    assert "excludes the target Kubernetes 1.30" in f.message


@needs_helm
def test_remembered_renders_follow_the_content_and_never_a_link_out(tmp_path: Path,
                                                                    tmp_path_factory: pytest.TempPathFactory) -> None:
    """Renders are remembered per process, keyed by the bytes of the private copy: an edited template or
    a file replaced by a link leaving the root is never answered from an earlier render."""
    from deploycheck.sources import helm_sandbox

    helm_sandbox._ANSWERS.clear()
    root = _chart(tmp_path, "good")
    extra = root / "chart" / "templates" / "extra.yaml"
    extra.write_text('{{ fail "first-answer" }}\n')
    first = scan(root, only=("helm-chart",))
    assert "first-answer" in repr(first.report) and helm_sandbox._ANSWERS
    extra.write_text('{{ fail "second-answer" }}\n')
    second = scan(root, only=("helm-chart",))
    assert "second-answer" in repr(second.report) and "first-answer" not in repr(second.report)
    outside = tmp_path_factory.mktemp("outside") / "outside.txt"  # the scanned root is tmp_path itself
    outside.write_text("OUTSIDE-CANARY-77\n")
    extra.write_text('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: third\ndata:\n'
                     '  x: {{ .Files.Get "files/env" | quote }}\n')
    (root / "chart" / "files").mkdir()
    (root / "chart" / "files" / "env").write_text("inside\n")
    scan(root, only=("helm-chart",))
    (root / "chart" / "files" / "env").unlink()
    (root / "chart" / "files" / "env").symlink_to(outside)
    linked = scan(root, only=("helm-chart", "manifests"))
    assert "OUTSIDE-CANARY-77" not in repr(linked.report)
    assert any("files/env is a symlink" in f.message for f in findings(linked, "helm-chart/renders", Status.ERROR)), \
        [f.message for f in linked.findings]


_SHARED_CHART = {
    "deploy/helm/api/Chart.yaml": "apiVersion: v2\nname: api\nversion: 0.1.0\n",
    "deploy/helm/api/values.yaml": "image: {repository: shop/api, tag: '1.0'}\n",
    "deploy/helm/api/templates/deployment.yaml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  selector: {matchLabels: {app: api}}\n"
        "  template:\n    metadata: {labels: {app: api}}\n    spec:\n      containers:\n"
        "        - name: api\n          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n"
        "          env:\n            - name: DB_HOST\n              value: {{ .Values.inf.sql.host }}\n"),
    # shared by every chart below, passed by the install script, never by the chart's own values.yaml
    "deploy/helm/inf.yaml": "inf:\n  sql: {host: sql-data}\n",
    "deploy/helm/other.yaml": "inf:\n  sql: {host: from-a-remote-chart-line}\n",
}


@needs_helm
def test_shared_values_files_a_deploy_script_passes_are_the_charts_base(tmp_path: Path) -> None:
    """eShopOnContainers' charts read `.Values.inf.*` from inf.yaml, which deploy-all.sh beside them passes to
    every `helm install`: rendered with their own values.yaml alone they fail, and every Kubernetes check on
    them was skipped. The script's literal values files are the base of each render of the charts under it."""
    repo = write(tmp_path, {**_SHARED_CHART, "deploy/helm/deploy-all.sh": (
        "for chart in $charts; do\n  helm install \"eshop-$chart\" --namespace $ns \\\n"
        "    --values inf.yaml --values $ingress_values_file $chart\ndone\n"
        "helm upgrade --install db --repo https://charts.example.com postgresql -f other.yaml\n")})
    result = scan(repo, only=("helm-chart/renders", "health-probes/liveness"))
    [render] = findings(result, "helm-chart/renders")
    assert render.status is Status.PASS and "deploy/helm/inf.yaml" in render.message, render.message
    assert "other.yaml" not in render.message  # a line installing a repository's chart is not about these charts
    [probe] = findings(result, "health-probes/liveness")
    assert probe.status is Status.FAIL and "api" in probe.message
    # without the script the chart does not render and nothing about its objects is decided
    (repo / "deploy/helm/deploy-all.sh").unlink()
    result = scan(repo, only=("helm-chart/renders", "health-probes/liveness"))
    assert statuses(result, "helm-chart/renders") == [Status.ERROR]
    assert statuses(result, "health-probes/liveness") == [Status.SKIPPED]


def test_script_values_through_a_variable_and_from_the_charts_folder(tmp_path: Path) -> None:
    """TailwindTraders (bench/accuracy): Deploy/powershell/Deploy-Images-Aks.ps1 moves to ../helm and runs
    `helm upgrade --install $name-cart cart-api -f $valuesFile` with `$valuesFile="gvalues.yaml"` set above:
    the shared values file is named through a variable and sits beside the charts, not beside the script."""
    from deploycheck.config import Config
    from deploycheck.context import Context
    from deploycheck.sources.helm import script_values_files

    repo = write(tmp_path, {**_SHARED_CHART, "deploy/powershell/deploy.ps1": (
        "param([string]$valuesFile = \"\")\nPush-Location $(Join-Path .. helm)\n"
        "if ([String]::IsNullOrEmpty($valuesFile)) {\n    $valuesFile=\"inf.yaml\"\n}\n"
        "$command = \"helm upgrade --install $name-api api -f $valuesFile --set image.tag=$tag\"\n"
        "Invoke-Expression \"$command\"\n"),
        "deploy/helm/up.sh": "VALUES=other.yaml\nhelm upgrade --install x ./api -f $UNKNOWN -f \"${VALUES}\"\n"})
    ctx = Context(repo, Config())
    assert sorted(script_values_files(ctx, "deploy/helm/api")) == ["deploy/helm/inf.yaml", "deploy/helm/other.yaml"]
    assert script_values_files(ctx, "elsewhere/api") == []


def test_script_values_only_reach_charts_under_the_script_folder(tmp_path: Path) -> None:
    from deploycheck.config import Config
    from deploycheck.context import Context
    from deploycheck.sources.helm import script_values_files

    repo = write(tmp_path, {**_SHARED_CHART, "other/chart/Chart.yaml": "apiVersion: v2\nname: o\nversion: 1.0.0\n",
                            "deploy/helm/up.sh": "helm upgrade --install api ./api -f inf.yaml -f \"$ENV.yaml\"\n"})
    ctx = Context(repo, Config())
    assert script_values_files(ctx, "deploy/helm/api") == ["deploy/helm/inf.yaml"]
    assert script_values_files(ctx, "other/chart") == []


# quarkus-super-heroes' generated umbrella chart (deploy/helm/knative/Chart.yaml): no templates/, only `file://`
# dependencies on the services' charts elsewhere in the repository; and smilr's chart with a bitnami dependency
# that `helm dependency update` fetches before installing.
_UMBRELLA = {
    "deploy/helm/knative/Chart.yaml": "---\napiVersion: v2\nname: super-heroes\n"
                                      "description: Quarkus Super Heroes - Full system umbrella chart\n"
                                      'version: "1.0.0"\ndependencies:\n  - name: rest-villains\n'
                                      '    version: "*"\n'
                                      '    repository: "file://../../../rest-villains/deploy/helm/knative"\n',
    "deploy/helm/knative/values.yaml": "# Use -f values-java<java-version>.yaml or -f values-native.yaml\n",
    "rest-villains/deploy/helm/knative/Chart.yaml": "apiVersion: v2\nname: rest-villains\nversion: 1.0.0\n"
                                                    "appVersion: 1.0.0\n",
    "rest-villains/deploy/helm/knative/values.yaml": "app:\n  image: quay.io/quarkus-super-heroes/rest-villains\n",
    "rest-villains/deploy/helm/knative/templates/configmap.yaml":
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rest-villains-config\ndata:\n"
        "  image: {{ .Values.app.image }}\n",
}


@needs_helm
def test_umbrella_chart_of_file_dependencies_lints_clean(tmp_path: Path) -> None:
    """The `file://` subcharts are copied in as the render does (before: "chart directory is missing these
    dependencies", an error, and "templates/: directory does not exist", a warning, on every umbrella)."""
    result = scan(write(tmp_path, _UMBRELLA), only=("helm-chart/lint",))
    umbrella = [f for f in findings(result, "helm-chart/lint")
                if f.message.startswith("helm lint deploy/helm/knative:")]
    assert [f.status for f in umbrella] == [Status.PASS], umbrella
    assert "[info] templates/: directory does not exist" in umbrella[0].evidence["messages"]


@needs_helm
def test_chart_with_an_unvendored_remote_dependency_is_linted_without_it(tmp_path: Path) -> None:
    files = {"kubernetes/helm/smilr/Chart.yaml": "apiVersion: v2\nname: smilr\nversion: 0.3.0\nappVersion: 0.3.0\n"
                                                 "dependencies:\n- name: mongodb\n  version: 7.x.x\n"
                                                 "  repository: https://charts.bitnami.com/bitnami\n"
                                                 "  condition: mongodb.enabled\n",
             "kubernetes/helm/smilr/values.yaml": "mongodb:\n  enabled: true\n",
             "kubernetes/helm/smilr/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"}
    result = scan(write(tmp_path, files), only=("helm-chart/lint", "helm-chart/renders"))
    [lint] = findings(result, "helm-chart/lint")
    assert lint.status is Status.PASS, lint
    assert any("linted without the subcharts mongodb" in m for m in lint.evidence["messages"])
    # the render is where the missing dependency blocks the verdict, naming the chart
    assert any(f.status is Status.ERROR and "mongodb" in f.message for f in findings(result, "helm-chart/renders"))


@needs_helm
def test_template_using_an_unvendored_subcharts_helper_is_not_linted_not_failed(tmp_path: Path) -> None:
    """hmpps-alerts-api: the chart's own CronJob includes `generic-service.fullname`, a helper of the remote
    generic-service chart; linted without the subchart, helm says "no template ... associated": the scan could not
    look (skipped, naming the subchart), not an error in the chart. A real template error still fails."""
    cron = """\
apiVersion: batch/v1
kind: CronJob
metadata:
  name: publish-inactive-events
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: publish-inactive-events
              image: curlimages/curl:8.10.1
              args:
                - curl -XPOST http://{{ include "generic-service.fullname" . }}/alerts/inactive
"""
    files = {"helm_deploy/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.2.0\nappVersion: '1.0'\n"
                                           "dependencies:\n  - name: generic-service\n    version: 3.17.5\n"
                                           "    repository: https://ministryofjustice.github.io/hmpps-helm-charts\n",
             "helm_deploy/app/values.yaml": "generic-service:\n  nameOverride: app\n",
             "helm_deploy/app/templates/cron.yaml": cron}
    result = scan(write(tmp_path / "helper", files), only=("helm-chart/lint",))
    [lint] = findings(result, "helm-chart/lint")
    assert lint.status is Status.SKIPPED and "generic-service" in lint.message, lint
    broken = dict(files, **{"helm_deploy/app/templates/cron.yaml": cron.replace("generic-service.fullname",
                                                                                 "app.fullname")})
    result = scan(write(tmp_path / "broken", broken), only=("helm-chart/lint",))
    assert any(f.status is Status.FAIL for f in findings(result, "helm-chart/lint"))


@needs_helm
def test_chart_without_templates_or_dependencies_still_warns(tmp_path: Path) -> None:
    files = {"chart/Chart.yaml": "apiVersion: v2\nname: empty\nversion: 1.0.0\nappVersion: 1.0.0\n",
             "chart/values.yaml": "a: 1\n"}
    result = scan(write(tmp_path, files), only=("helm-chart/lint",))
    assert any(f.status is Status.WARN and "templates/: directory does not exist" in f.message
               for f in findings(result, "helm-chart/lint"))


@needs_helm
def test_nodeport_only_in_the_values_a_local_deploy_script_passes_is_not_an_exposure(tmp_path: Path) -> None:
    """cla-public: values.yaml keeps the Service ClusterIP (behind the Ingress); values-dev.yaml, passed only
    by bin/local_deploy.sh after `kubectl config use-context docker-for-desktop`, makes it a NodePort. Once a
    production script passes the same values file, the NodePort is an exposure again."""
    chart = "helm_deploy/cla-public"
    service = ("apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-app\nspec:\n"
               "  type: {{ .Values.service.type }}\n  ports:\n    - port: {{ .Values.service.port }}\n"
               "      targetPort: http\n      protocol: TCP\n      name: http\n  selector:\n    app: cla-public\n")
    write(tmp_path, {
        f"{chart}/Chart.yaml": "apiVersion: v2\nname: cla-public\ndescription: The public facing CLA service\n"
                               "type: application\nversion: 0.1.0\n",
        f"{chart}/values.yaml": "service:\n  type: ClusterIP\n  port: 80\n",
        f"{chart}/values-dev.yaml": "image:\n  repository: cla_public_local\n  tag: latest\n"
                                    "  pullPolicy: IfNotPresent\n\nservice:\n  type: NodePort\n  port: 80\n",
        f"{chart}/templates/service.yaml": service,
        "bin/local_deploy.sh": '#!/usr/bin/env bash\nset -e\n\nROOT=$(dirname "$0")\n'
                               'HELM_DIR="$ROOT/../helm_deploy/cla-public/"\n\n'
                               'docker build -t cla_public_local "$ROOT/.."\n\n'
                               "kubectl config use-context docker-for-desktop\n\nhelm upgrade cla-public \\\n"
                               "  $HELM_DIR \\\n  --values ${HELM_DIR}/values-dev.yaml \\\n  --force \\\n  --install\n",
    })

    def nodeport() -> list[Status]:
        result = scan(tmp_path, only=("endpoint-security/service-exposure",))
        return [f.status for f in findings(result, "endpoint-security/service-exposure") if "NodePort" in f.message]

    assert nodeport() == [Status.PASS]
    write(tmp_path, {"bin/production_deploy.sh": "helm upgrade cla-public $HELM_DIR --values "
                                                 "${HELM_DIR}/values-dev.yaml --install\n"})
    assert nodeport() == [Status.WARN]


def test_values_file_names_in_a_script_are_read_in_one_linear_pass() -> None:
    from deploycheck.sources.helm import _yaml_file_names

    # cla-public's bin/local_deploy.sh names its values file after a variable
    line = "helm upgrade cla-public \\\n  $HELM_DIR \\\n  --values ${HELM_DIR}/values-dev.yaml \\\n  --install\n"
    assert _yaml_file_names(line + "cp a/values.yml b.yamlx") == {"values-dev.yaml", "values.yml"}
    # hostile: a 2 MB run of name characters before an extension is walked back at most 200 characters
    assert _yaml_file_names("a" * 2_000_000 + ".yaml") == {"a" * 200 + ".yaml"}


# fala (bench/accuracy, ministryofjustice/fala): the chart has no values.yaml; its values live in
# helm_deploy/laa-fala/values/fala-{uat,staging,production}.yaml, which bin/deploy.sh passes as
# `--values ./helm_deploy/laa-fala/values/fala-$ENVIRONMENT.yaml`. The template lines are the chart's own.
_FALA_CHART = {
    "helm_deploy/laa-fala/Chart.yaml": "apiVersion: v2\nname: laa-fala\ntype: application\nversion: 0.1.0\n"
                                       "appVersion: \"1.16.0\"\n",
    "helm_deploy/laa-fala/templates/deployment.yaml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n"
        "  {{- if not .Values.autoscaling.enabled }}\n  replicas: {{ .Values.replicaCount }}\n  {{- end }}\n"
        "  selector:\n    matchLabels:\n      app: fala\n  template:\n    metadata:\n      labels:\n        app: fala\n"
        "    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n"
        "          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\"\n"
        "          ports:\n            - name: http\n              containerPort: {{ .Values.service.port }}\n"
        "          livenessProbe:\n            httpGet:\n              path: /\n              port: 8000\n"
        "          readinessProbe:\n            httpGet:\n              path: /\n              port: 8000\n"),
    "helm_deploy/laa-fala/values/fala-production.yaml": (
        "replicaCount: 5\nimage:\n  repository: nginx\n  tag: stable\nservice:\n  type: ClusterIP\n  port: 8000\n"
        "autoscaling:\n  enabled: false\n"),
}


@needs_helm
def test_values_files_in_the_charts_values_folder_are_renderings(tmp_path: Path) -> None:
    """Without values.yaml the chart does not render with its defaults (`.Values.autoscaling.enabled` on nil), so
    before this every Kubernetes check on it was skipped; each file of the chart's `values/` folder is a rendering."""
    repo = write(tmp_path, _FALA_CHART)
    result = scan(repo, only=("helm-chart/renders", "health-probes/distinct"))
    rendered = {f.status: f.message for f in findings(result, "helm-chart/renders")}
    assert Status.PASS in rendered and "values/fala-production.yaml" in rendered[Status.PASS], rendered
    assert Status.ERROR in rendered  # the default values still do not render, and that is said
    assert statuses(result, "health-probes/distinct") == [Status.WARN]  # the same GET / twice, seen at last


# laa-court-data-adaptor (bench/accuracy, ministryofjustice/laa-court-data-adaptor): the chart has no values.yaml; its
# values live in helm_deploy/laa-court-data-adaptor/public-values/{dev,test,uat}.yaml, which .circleci/config.yml
# passes to the helm orb (`values: ./helm_deploy/.../public-values/dev.yaml`) and to .circleci/deploy.sh (whose helm
# line reads `--values $VALUES_FILE`); production's live/prod/values-prod.yaml is git-crypt ciphertext. Real lines.
_CDA = "helm_deploy/laa-court-data-adaptor"
_CDA_CHART = {
    f"{_CDA}/Chart.yaml": "apiVersion: v2\nname: laa-court-data-adaptor\ntype: application\nversion: 0.1.0\n"
                          "appVersion: 1.16.0\n",
    f"{_CDA}/templates/deployment.yaml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n"
        "{{- if not .Values.autoscaling.enabled }}\n  replicas: {{ .Values.replicaCount }}\n{{- end }}\n"
        "  selector:\n    matchLabels:\n      app: cda\n  template:\n    metadata:\n      labels:\n        app: cda\n"
        "    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n"
        "          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\"\n"
        "          ports:\n            - name: http\n              containerPort: {{ .Values.service.port }}\n"
        "              protocol: TCP\n"
        "          livenessProbe:\n            httpGet:\n              path: /status\n              port: http\n"
        "          readinessProbe:\n            httpGet:\n              path: /status\n              port: http\n"),
    f"{_CDA}/public-values/uat.yaml": (
        "replicaCount: 4\nimage:\n  repository: 754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-crime-apps-team/"
        "laa-court-data-adaptor\n  pullPolicy: IfNotPresent\n  tag: latest\nservice:\n  type: ClusterIP\n  port: 3000\n"
        "autoscaling:\n  enabled: false\n"),
    f"{_CDA}/live/prod/values-prod.yaml": "\x00GITCRYPT\x00\u00e0\u00d3\u00e8d\t\u0087\u0099\u00b2\x1a5\x12\n",
    ".circleci/config.yml": (
        "version: 2.1\njobs:\n  install_on_uat_live:\n    steps:\n      - run:\n          name: Deploy to UAT\n"
        "          command: |\n            .circleci/deploy.sh laa-court-data-adaptor-uat "
        "./helm_deploy/laa-court-data-adaptor/public-values/uat.yaml $CIRCLE_SHA1\n"
        "  install_on_prod_live:\n    steps:\n      - run:\n          name: Deploy to Production\n"
        "          command: |\n            .circleci/deploy.sh laa-court-data-adaptor-prod "
        "./helm_deploy/laa-court-data-adaptor/live/prod/values-prod.yaml $CIRCLE_SHA1\n"),
    ".circleci/deploy.sh": (
        "#!/bin/sh\n\nNAMESPACE=$1\nVALUES_FILE=$2\nTAG=$3\n\n"
        "helm upgrade laa-court-data-adaptor ./helm_deploy/laa-court-data-adaptor \\\n  --install --wait \\\n"
        "  --namespace=$NAMESPACE \\\n  --values $VALUES_FILE \\\n  --set image.tag=\"$TAG\"\n"),
}


@needs_helm
def test_values_files_the_ci_names_by_path_inside_the_chart_are_renderings(tmp_path: Path) -> None:
    """Without values.yaml the chart rendered with nothing, so every Kubernetes check on it was skipped (the first
    run of laa-court-data-adaptor: 40.7 %, no probe, security context or ingress finding). A YAML file in the chart
    directory that a CI file or deploy script names by path is a values file those commands pass; ciphertext is not."""
    repo = write(tmp_path, _CDA_CHART)
    result = scan(repo, only=("helm-chart/renders", "health-probes/distinct"))
    rendered = {f.status: f.message for f in findings(result, "helm-chart/renders")}
    assert Status.PASS in rendered and "public-values/uat.yaml" in rendered[Status.PASS], rendered
    assert not any("values-prod" in f.message for f in findings(result, "helm-chart/renders")), rendered
    assert statuses(result, "health-probes/distinct") == [Status.WARN]  # the same GET /status twice, now seen


def test_only_yaml_paths_inside_the_chart_a_deploy_file_names_are_values_files(tmp_path: Path) -> None:
    """The folder inside the chart must be named (a bare `uat.yaml` names no file of the chart), templates/ and
    charts/ are Helm's own, and a file whose text starts with NUL (git-crypt) is left out."""
    from deploycheck.config import load_config
    from deploycheck.context import Context, Options
    from deploycheck.sources.helm import named_values_files

    repo = write(tmp_path, {**_CDA_CHART,
                            f"{_CDA}/public-values/dev.yaml": "replicaCount: 2\n",
                            f"{_CDA}/templates/extra.yaml": "kind: ConfigMap\n",
                            "Makefile": f"lint:\n\tyamllint {_CDA}/templates/extra.yaml dev.yaml\n"})
    ctx = Context(repo, load_config(repo), Options())
    assert named_values_files(ctx, _CDA) == [f"{_CDA}/public-values/uat.yaml"]
