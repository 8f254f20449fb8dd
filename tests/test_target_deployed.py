"""Know what is deployed (issue 8, section 1): charts with their dependencies and values files, random
names, kustomize overlays, monorepo subdirectories, the deployed Docker stage.

Label first: each case states what a reviewer of the deployment expects on a small repository built in
tmp_path, with real Helm (binary or helm-python-sdk), real git and real kustomize where they are used.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.helpers import findings, git, scan, write

from deploycheck.model import Status


def _helm_available() -> bool:
    if shutil.which("helm"):
        return True
    try:
        import helm_python  # noqa: F401
    except ImportError:
        return False
    return True


needs_helm = pytest.mark.skipif(not _helm_available(), reason="needs the helm binary or helm-python-sdk")

CHART_YAML = "apiVersion: v2\nname: {name}\nversion: 1.0.0\nappVersion: '1.0'\n"
DEPLOYMENT_TEMPLATE = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
spec:
  replicas: {{ .Values.replicas }}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: "registry.example.com/web:{{ .Values.tag }}"
"""


# --- Helm: dependencies ------------------------------------------------------------------------------

@needs_helm
def test_chart_with_dependencies_not_vendored_is_an_error_naming_them(tmp_path: Path) -> None:
    # A chart listing postgresql from a remote repository, without charts/: helm template would refuse it.
    # The chart's own templates are rendered without the subchart and checked; the render stays an error
    # (blocking), and what the subchart would add is unseen, so findings of absence are `skipped`.
    write(tmp_path, {
        "deploy/app/Chart.yaml": CHART_YAML.format(name="app") + (
            "dependencies:\n  - name: postgresql\n    version: 12.x.x\n"
            "    repository: https://charts.bitnami.com/bitnami\n"),
        "deploy/app/Chart.lock": "dependencies:\n- name: postgresql\n  version: 12.1.2\n",
        "deploy/app/values.yaml": "replicas: 2\ntag: 1.0.0\n",
        "deploy/app/templates/deployment.yaml": DEPLOYMENT_TEMPLATE,
    })
    result = scan(tmp_path, only=("helm-chart/renders", "manifests/parse"))
    [err] = findings(result, "helm-chart/renders", Status.ERROR)
    assert "postgresql" in err.message and "charts.bitnami.com" in err.message
    assert "not vendored" in err.message and "helm dependency build" in err.message
    assert not findings(result, "helm-chart/renders", Status.PASS)
    parse = findings(result, "manifests/parse", Status.ERROR)
    assert parse and "postgresql" in parse[0].message
    assert "rendered without subchart(s) postgresql" in parse[0].message
    result = scan(tmp_path, only=("resource-limits/requests-and-limits", "storage/claims"))
    [limits] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert "Deployment/app-web" in limits.message  # the chart's own Deployment is judged
    [storage] = findings(result, "storage/claims")
    assert storage.status == Status.SKIPPED and "subchart(s) postgresql of chart deploy/app" in storage.message


@needs_helm
def test_chart_whose_templates_need_the_missing_subchart_renders_its_own_objects_with_stand_ins(
        tmp_path: Path) -> None:
    """The chart's own template includes a helper of the declared, missing subchart (`postgresql.fullname`): the
    render fails on `no template`. Since acc-fresh17's stand-ins (sources/helm._stub_borrowed_templates) the helper
    is stood in for, the chart's own objects are rendered and checked (this Deployment has no resources: a true
    finding), and the render stays an error saying what was rendered without."""
    write(tmp_path, {
        "deploy/app/Chart.yaml": CHART_YAML.format(name="app") + (
            "dependencies:\n  - name: postgresql\n    version: 12.x.x\n"
            "    repository: https://charts.bitnami.com/bitnami\n"),
        "deploy/app/values.yaml": "replicas: 2\ntag: 1.0.0\n",
        "deploy/app/templates/deployment.yaml": DEPLOYMENT_TEMPLATE.replace(
            "-web\n", '-web\n  annotations: {db: {{ include "postgresql.fullname" . | quote }}}\n', 1),
    })
    result = scan(tmp_path, only=("helm-chart/renders", "resource-limits/requests-and-limits"))
    [err] = findings(result, "helm-chart/renders", Status.ERROR)
    assert "postgresql" in err.message and "rendered without them" in err.message, err.message
    [limits] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert "app-web" in limits.message, limits.message


@needs_helm
def test_vendored_and_local_file_dependencies_render(tmp_path: Path) -> None:
    # One dependency vendored under charts/ (a directory named differently from the chart), one a
    # `file://` chart inside the repository that Helm builds offline: both render, with their objects.
    sub = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}-config\ndata: {{a: b}}\n"
    write(tmp_path, {
        "deploy/app/Chart.yaml": CHART_YAML.format(name="app") + (
            "dependencies:\n  - name: cache\n    version: 1.0.0\n    repository: https://example.com/charts\n"
            "  - name: common\n    version: 1.0.0\n    repository: file://../common\n"),
        "deploy/app/values.yaml": "replicas: 2\ntag: 1.0.0\n",
        "deploy/app/templates/deployment.yaml": DEPLOYMENT_TEMPLATE,
        "deploy/app/charts/cache-1.0.0/Chart.yaml": CHART_YAML.format(name="cache"),
        "deploy/app/charts/cache-1.0.0/templates/cm.yaml": sub.format(name="cache"),
        "deploy/common/Chart.yaml": CHART_YAML.format(name="common"),
        "deploy/common/templates/cm.yaml": sub.format(name="common"),
    })
    (tmp_path / ".deploycheck.yaml").write_text("helm:\n  charts:\n    - path: deploy/app\n")
    result = scan(tmp_path, only=("helm-chart/renders",))
    [ok] = findings(result, "helm-chart/renders")
    assert ok.status is Status.PASS, ok.message
    assert "3 objects" in ok.message



# --- Helm: every values file a team uses -----------------------------------------------------------------

def _chart_with_values(root: Path) -> Path:
    return write(root, {
        "chart/Chart.yaml": CHART_YAML.format(name="web"),
        "chart/values.yaml": "replicas: 1\ntag: 1.0.0\n",
        "chart/values-prod.yaml": "replicas: 3\n",
        "chart/ci/smoke-values.yaml": "replicas: 2\ntag: 1.0.1\n",
        "chart/templates/deployment.yaml": DEPLOYMENT_TEMPLATE,
    })


@needs_helm
def test_each_values_file_beside_the_chart_is_a_rendering_and_identical_findings_are_one(tmp_path: Path) -> None:
    result = scan(_chart_with_values(tmp_path), only=("helm-chart/renders", "resource-limits/requests-and-limits",
                                                      "rollout-strategy/replicas"))
    rendered = sorted(f.message for f in findings(result, "helm-chart/renders", Status.PASS))
    assert len(rendered) == 3, rendered
    assert any("default values" in m for m in rendered)
    assert any("chart/values-prod.yaml" in m for m in rendered)
    assert any("chart/ci/smoke-values.yaml" in m for m in rendered)
    # No limits in any rendering: one finding for the workload, the other renderings named in its evidence.
    [limits] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert limits.location and limits.location.origin == "helm:chart"
    also = (limits.evidence or {}).get("also_in", [])
    assert any("values-prod.yaml" in a for a in also) and any("smoke-values.yaml" in a for a in also)
    # One replica only with the default values: the finding says which rendering it came from.
    replicas = findings(result, "rollout-strategy/replicas")
    failing = [f for f in replicas if f.status is Status.FAIL]
    assert failing and all(f.location and f.location.origin == "helm:chart" for f in failing)
    assert any(f.status is Status.PASS and f.location and "values-prod.yaml" in (f.location.origin or "")
               for f in replicas)


@needs_helm
def test_environment_values_from_the_config_render_and_env_picks_them(tmp_path: Path) -> None:
    from deploycheck.config import load_config
    from deploycheck.context import Context, Options
    from deploycheck.sources.kubernetes import all_objects

    _chart_with_values(tmp_path)
    write(tmp_path, {"deploy/production.yaml": "replicas: 5\ntag: 2.0.0\n",
                     ".deploycheck.yaml": "environments:\n  production:\n    values: [deploy/production.yaml]\n"})
    everything = Context(tmp_path, load_config(tmp_path)).use(all_objects)
    assert sorted({o.origin for o in everything.objects}) == [
        "helm:chart", "helm:chart (chart/ci/smoke-values.yaml)", "helm:chart (chart/values-prod.yaml)",
        "helm:chart (deploy/production.yaml)"]
    prod = Context(tmp_path, load_config(tmp_path), Options(environment="production")).use(all_objects)
    [deployment] = prod.objects
    assert deployment.origin == "helm:chart (deploy/production.yaml)" and deployment.replicas == 5



# --- Helm: random names do not change fingerprints ------------------------------------------------------

RANDOM_JOB = """apiVersion: batch/v1
kind: Job
metadata:
  name: {{ .Release.Name }}-migrate-{{ randAlphaNum 6 | lower }}
  annotations:
    rollme: {{ now | unixEpoch | quote }}
    id: {{ uuidv4 }}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate-{{ now | date "20060102" }}
          image: registry.example.com/web:1.0.0
"""


@needs_helm
def test_random_names_in_a_chart_give_the_same_fingerprints_on_every_scan(tmp_path: Path) -> None:
    write(tmp_path, {"chart/Chart.yaml": CHART_YAML.format(name="web"), "chart/values.yaml": "replicas: 1\n",
                     "chart/templates/job.yaml": RANDOM_JOB})
    only = ("resource-limits", "endpoint-security", "health-probes")
    first, second = scan(tmp_path, only=only), scan(tmp_path, only=only)
    prints = [sorted(f.fingerprint for f in r.findings) for r in (first, second)]
    assert prints[0] and prints[0] == prints[1]
    names = {str(f.location.object) for f in first.findings if f.location and f.location.object}
    assert names == {"Job/web-migrate-random"}, names
    containers = {f.location.container for f in first.findings if f.location and f.location.container}
    assert containers == {"migrate-random"}


def _tgz(files: dict[str, str]) -> bytes:
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@needs_helm
def test_random_names_in_a_packaged_subchart_give_the_same_fingerprints(tmp_path: Path) -> None:
    write(tmp_path, {"chart/Chart.yaml": CHART_YAML.format(name="web"), "chart/values.yaml": "replicas: 1\n"})
    (tmp_path / "chart/charts").mkdir()
    packaged = _tgz({"jobs/Chart.yaml": CHART_YAML.format(name="jobs"), "jobs/templates/job.yaml": RANDOM_JOB})
    (tmp_path / "chart/charts/jobs-1.0.0.tgz").write_bytes(packaged)
    only = ("resource-limits", "endpoint-security", "health-probes")
    first, second = scan(tmp_path, only=only), scan(tmp_path, only=only)
    prints = [sorted(f.fingerprint for f in r.findings) for r in (first, second)]
    assert prints[0] and prints[0] == prints[1]
    names = {str(f.location.object) for f in first.findings if f.location and f.location.object}
    assert names == {"Job/web-migrate-random"}, names
    assert (tmp_path / "chart/charts/jobs-1.0.0.tgz").read_bytes() == packaged  # only the private copy is rewritten


@needs_helm
def test_baseline_after_write_baseline_is_stable_with_random_names(tmp_path: Path) -> None:
    from deploycheck.cli import main as cli_main

    write(tmp_path, {"chart/Chart.yaml": CHART_YAML.format(name="web"), "chart/values.yaml": "replicas: 1\n",
                     "chart/templates/job.yaml": RANDOM_JOB})
    baseline = tmp_path.parent / f"{tmp_path.name}-baseline.json"
    report = tmp_path.parent / f"{tmp_path.name}-report.json"
    cli_main(["scan", str(tmp_path), "--only", "resource-limits", "--write-baseline", str(baseline),
              "-f", "json", "-o", str(report)])
    cli_main(["scan", str(tmp_path), "--only", "resource-limits", "--baseline", str(baseline),
              "-f", "json", "-o", str(report)])
    data = json.loads(report.read_text())
    reported = [f for it in data["items"] for f in it["findings"] if f["status"] in ("fail", "warn")]
    assert reported, "the Job has no limits: there is something to baseline"
    assert all(f.get("suppressed", {}).get("kind") == "baseline" for f in reported), reported



# --- kustomize: overlays built with kustomize's own semantics --------------------------------------------

needs_kustomize = pytest.mark.skipif(not (shutil.which("kustomize") or shutil.which("kubectl")),
                                     reason="needs the kustomize or kubectl binary")

WEB = """apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
"""
DEBUG_TOOLS = """apiVersion: apps/v1
kind: Deployment
metadata: {name: debug-tools}
spec:
  selector: {matchLabels: {app: debug}}
  template:
    metadata: {labels: {app: debug}}
    spec:
      containers:
        - name: shell
          image: registry.example.com/toolbox:1.0.0
          securityContext: {privileged: true}
"""


def _overlay_repo(root: Path) -> Path:
    return write(root, {
        "deploy/base/kustomization.yaml": "resources: [web.yaml, debug-tools.yaml]\n",
        "deploy/base/web.yaml": WEB,
        "deploy/base/debug-tools.yaml": DEBUG_TOOLS,
        "deploy/overlays/prod/kustomization.yaml": (
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: shop\n"
            "resources: [../../base]\npatchesStrategicMerge: [scale.yaml, no-debug.yaml]\n"),
        # A strategic-merge patch: a fragment of the Deployment, not an object of its own.
        "deploy/overlays/prod/scale.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
                                           "spec:\n  replicas: 3\n",
        "deploy/overlays/prod/no-debug.yaml": "$patch: delete\napiVersion: apps/v1\nkind: Deployment\n"
                                              "metadata: {name: debug-tools}\n",
    })


@needs_kustomize
def test_overlays_are_built_patches_applied_and_never_read_as_objects(tmp_path: Path) -> None:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.kubernetes import all_objects

    _overlay_repo(tmp_path)
    kube = Context(tmp_path, load_config(tmp_path)).use(all_objects)
    # Only the overlay is built (the base is used by it); the deleted Deployment is gone and the
    # patch is applied; no file of the overlay's tree is read again as a plain manifest.
    assert [(o.kind, o.name, o.namespace, o.origin) for o in kube.objects] == [
        ("Deployment", "web", "shop", "kustomize:deploy/overlays/prod")]
    assert kube.objects[0].replicas == 3
    assert kube.files == [] and not kube.problems
    result = scan(tmp_path, only=("manifests", "endpoint-security/privileged", "rollout-strategy/replicas"))
    assert not [f for f in result.findings if f.location and "debug-tools" in str(f.location)]
    assert not [f for f in result.findings if f.location and f.location.path
                and f.location.path.endswith(("scale.yaml", "no-debug.yaml"))]
    [replicas] = findings(result, "rollout-strategy/replicas")
    assert replicas.status is Status.PASS and "3" in replicas.message


@needs_kustomize
def test_one_workload_through_several_overlays_is_one_finding_listing_the_overlays(tmp_path: Path) -> None:
    overlay = ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: {ns}\n"
               "resources: [../../base]\n")
    write(tmp_path, {"deploy/base/kustomization.yaml": "resources: [web.yaml]\n", "deploy/base/web.yaml": WEB,
                     **{f"deploy/overlays/{ns}/kustomization.yaml": overlay.format(ns=ns)
                        for ns in ("dev", "staging", "production")}})
    result = scan(tmp_path, only=("rollout-strategy/replicas", "resource-limits/requests-and-limits"))
    for check_id in ("rollout-strategy/replicas", "resource-limits/requests-and-limits"):
        [one] = findings(result, check_id, Status.FAIL)
        places = {one.location.origin if one.location else None,
                  *(a.split(" (")[1].rstrip(")") for a in (one.evidence or {}).get("also_in", []))}
        assert places == {f"kustomize:deploy/overlays/{ns}" for ns in ("dev", "staging", "production")}, places


def test_without_kustomize_overlays_are_skipped_and_patches_still_not_objects(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _overlay_repo(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    result = scan(tmp_path, only=("manifests/parse", "manifests/selectors"))
    [parse] = findings(result, "manifests/parse", Status.SKIPPED)
    assert "deploy/overlays/prod" in parse.message and "kustomize" in parse.message
    # The base's files are still real objects; the patch fragments are not judged as objects.
    selectors = findings(result, "manifests/selectors")
    assert selectors and not [f for f in selectors if f.location and f.location.path
                              and f.location.path.endswith(("scale.yaml", "no-debug.yaml"))]


@needs_kustomize
@pytest.mark.parametrize("setting", ["false", "[]"])
def test_kustomize_false_builds_no_overlay_and_reads_the_resources_as_they_are(tmp_path: Path, setting: str) -> None:
    """`kustomize: false` (or `[]`) is the team saying "do not build": no overlay is built (none is
    reported skipped either), the base's files are plain manifests again, patches still are not."""
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.kubernetes import all_objects
    from deploycheck.sources.kustomize import kustomize_builds

    _overlay_repo(tmp_path)
    (tmp_path / ".deploycheck.yaml").write_text(f"kustomize: {setting}\n")
    ctx = Context(tmp_path, load_config(tmp_path))
    kube = ctx.use(all_objects)
    assert ctx.use(kustomize_builds) == []
    assert sorted((o.kind, o.name, o.namespace, o.origin) for o in kube.objects) == [
        ("Deployment", "debug-tools", None, None), ("Deployment", "web", None, None)]
    assert sorted(kube.files) == ["deploy/base/debug-tools.yaml", "deploy/base/web.yaml"]
    assert not kube.problems and not kube.unbuilt


def test_kustomize_true_is_refused_naming_the_file_and_line(tmp_path: Path) -> None:
    from deploycheck.config import ConfigError, load_config

    (tmp_path / ".deploycheck.yaml").write_text("service: web\nkustomize: true\n")
    with pytest.raises(ConfigError, match=r"\.deploycheck\.yaml:2: 'kustomize'"):
        load_config(tmp_path)


# --- monorepos: git checks scoped to the scanned folder -------------------------------------------------

def _monorepo(root: Path) -> Path:
    """Two services in one repository. Since the release, `orders` changed only through a reviewed pull
    request (a merge commit); `payments` had a commit pushed straight to main and its templates changed."""
    chart = "apiVersion: v2\nname: {name}\nversion: 1.0.0\n"
    cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata: {{v: '{v}'}}\n"
    write(root, {
        "orders/README.md": "# orders\n", "orders/app.py": "print('orders')\n",
        "orders/chart/Chart.yaml": chart.format(name="orders"),
        "orders/chart/templates/cm.yaml": cm.format(name="orders", v=1),
        "payments/README.md": "# payments\n", "payments/app.py": "print('payments')\n",
        "payments/chart/Chart.yaml": chart.format(name="payments"),
        "payments/chart/templates/cm.yaml": cm.format(name="payments", v=1),
    })
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "initial")
    git(root, "tag", "-a", "v1.0.0", "-m", "release")
    git(root, "checkout", "-qb", "feature")
    write(root, {"orders/README.md": "# orders\n\nNow with refunds.\n", "orders/app.py": "print('refunds')\n"})
    git(root, "commit", "-qam", "orders: refunds")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "feature", "-m", "Merge pull request #3 from org/feature")
    write(root, {"payments/app.py": "print('hotfix')\n",
                 "payments/chart/templates/cm.yaml": cm.format(name="payments", v=2)})
    git(root, "commit", "-qam", "payments hotfix straight to main")
    return root


def test_scanning_a_subdirectory_scopes_code_review_to_commits_touching_it(tmp_path: Path) -> None:
    root = _monorepo(tmp_path)
    orders = scan(root / "orders", only=("code-review/reviewed-commits", "readme/updated",
                                         "helm-chart/version-bump"))
    [review] = findings(orders, "code-review/reviewed-commits")
    # The hotfix touched only payments/: it is not part of what orders ships.
    assert review.status is Status.PASS, review.message
    assert "-- orders" in review.message
    assert review.evidence and "orders/" in review.evidence["scope"] and "git log -- orders" in review.evidence["scope"]
    assert review.evidence["mainline_commits"] == 1
    [readme] = findings(orders, "readme/updated")
    assert readme.status is Status.PASS and readme.evidence and "orders/" in readme.evidence["scope"]
    [bump] = findings(orders, "helm-chart/version-bump")
    assert bump.status is Status.PASS and bump.evidence and "orders/" in bump.evidence["scope"]

    payments = scan(root / "payments", only=("code-review/reviewed-commits", "readme/updated",
                                             "helm-chart/version-bump"))
    [review] = findings(payments, "code-review/reviewed-commits")
    assert review.status is Status.FAIL and "1 of 1 commits" in review.message and "hotfix" in review.message
    [readme] = findings(payments, "readme/updated")
    assert readme.status is Status.WARN and "payments/" in readme.evidence["scope"]  # type: ignore[index]
    [bump] = findings(payments, "helm-chart/version-bump")
    assert bump.status is Status.FAIL and "still 1.0.0" in bump.message


def test_a_service_tag_in_a_monorepo_is_that_service_s_last_release(tmp_path: Path) -> None:
    root = _monorepo(tmp_path)
    # orders was released after the merge: nothing of it is unreleased; a later payments release tag
    # (payments/v2.0.0) is not orders' release.
    git(root, "tag", "-a", "orders/v1.1.0", "HEAD~1", "-m", "orders release")
    git(root, "tag", "-a", "payments/v2.0.0", "HEAD~1", "-m", "payments release")
    write(root, {"orders/app.py": "print('direct')\n"})
    git(root, "commit", "-qam", "orders direct push")
    [review] = findings(scan(root / "orders", only=("code-review/reviewed-commits",)),
                        "code-review/reviewed-commits")
    assert review.status is Status.FAIL and "orders/v1.1.0..HEAD -- orders" in review.message
    assert "1 of 1 commits" in review.message


# --- Docker: the stage that is deployed, the .dockerignore of the real build context ---------------------

STAGED = """FROM python:3.12-slim AS base
WORKDIR /app
COPY . .

FROM base AS production
USER 10001
CMD ["python", "app.py"]

FROM base AS debug
USER root
CMD ["python", "-m", "debugpy", "app.py"]
"""
WITH_TEST_STAGE = """FROM python:3.12-slim AS production
WORKDIR /app
COPY . .
USER 10001
CMD ["python", "app.py"]

FROM production AS test
USER root
RUN pip install --no-cache-dir pytest && pytest
"""


def _non_root(root: Path) -> list:  # type: ignore[type-arg]
    return findings(scan(root, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")


def test_a_last_test_stage_is_not_the_deployed_image(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": WITH_TEST_STAGE, "app.py": "print(1)\n"})
    [f] = _non_root(tmp_path)
    assert f.status is Status.PASS and "10001" in f.message, f.message
    assert "test stage" in f.message and f.evidence and f.evidence["stage"] == "production"


def test_compose_build_target_picks_the_deployed_stage(tmp_path: Path) -> None:
    write(tmp_path, {"svc/docker/Dockerfile": STAGED, "svc/app.py": "print(1)\n",
                     "docker-compose.yml": "services:\n  api:\n    build:\n      context: ./svc\n"
                                           "      dockerfile: docker/Dockerfile\n      target: production\n"})
    [f] = _non_root(tmp_path)
    assert f.status is Status.PASS, f.message
    assert f.evidence and f.evidence["build"]["declared_in"] == "docker-compose.yml services.api.build"
    assert f.evidence["build"]["context"] == "svc"
    # Without the declaration the last stage (debug, root) is what `docker build` makes: it fails.
    (tmp_path / "docker-compose.yml").unlink()
    [f] = _non_root(tmp_path)
    assert f.status is Status.FAIL and "root" in f.message


def test_ci_target_wins_over_a_development_target_in_compose(tmp_path: Path) -> None:
    write(tmp_path, {
        "api/Dockerfile": STAGED.replace("AS debug", "AS dev"), "api/app.py": "print(1)\n",
        # The local stack builds the dev stage (root, debugger); CI builds what is deployed.
        "docker-compose.yml": "services:\n  api:\n    build: {context: api, target: dev}\n",
        ".github/workflows/image.yml": (
            "on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - run: |\n          docker build -t registry.example.com/api:${{ github.sha }} \\\n"
            "            --target production -f api/Dockerfile api\n"),
    })
    [f] = _non_root(tmp_path)
    assert f.status is Status.PASS, f.message
    assert f.evidence and "image.yml" in f.evidence["build"]["declared_in"]
    assert f.evidence["build"]["target"] == "production"
    # Only compose, with a dev target: not taken as the deployed build; what a plain `docker build` makes
    # (the last stage, here dev as root) is judged, and the evidence says why compose was not followed.
    (tmp_path / ".github/workflows/image.yml").unlink()
    [f] = _non_root(tmp_path)
    assert f.status is Status.FAIL and f.evidence and "target dev" in f.evidence["not_the_deployed_build"][0]


def test_build_push_action_target_and_a_missing_stage(tmp_path: Path) -> None:
    workflow = ("on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n"
                "      - uses: docker/build-push-action@v6\n        with: {{context: ., file: Dockerfile, "
                "target: {target}, push: true}}\n")
    write(tmp_path, {"Dockerfile": STAGED, "app.py": "print(1)\n",
                     ".github/workflows/image.yml": workflow.format(target="production")})
    [f] = _non_root(tmp_path)
    assert f.status is Status.PASS and "docker/build-push-action" in f.evidence["build"]["declared_in"]  # type: ignore[index]
    write(tmp_path, {".github/workflows/image.yml": workflow.format(target="prod")})
    result = scan(tmp_path, only=("dockerfile/parse",))
    errors = findings(result, "dockerfile/parse", Status.ERROR)
    assert errors and "target 'prod'" in errors[0].message and "not a stage" in errors[0].message


def test_dockerignore_is_the_one_at_the_root_of_the_build_context(tmp_path: Path) -> None:
    ignore_all = ".git\n.env\n.env.*\n"
    write(tmp_path, {"services/api/Dockerfile": WITH_TEST_STAGE, "services/api/app.py": "print(1)\n",
                     "services/api/.dockerignore": "node_modules\n", ".dockerignore": ignore_all,
                     ".gitignore": ".env\n",  # developers keep a local .env, in any folder
                     # Built from the repository root: Docker reads the root's .dockerignore, not the one beside.
                     "compose.yaml": "services:\n  api:\n    build:\n      context: .\n"
                                     "      dockerfile: services/api/Dockerfile\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert f.status is Status.PASS and f.location and f.location.path == ".dockerignore", f.message
    assert f.evidence and "compose.yaml" in f.evidence["context"]
    # Built from services/api: only services/api/.dockerignore counts, and it lets a local .env in (.git is not in
    # a service folder's context, so it is not asked for there).
    write(tmp_path, {"compose.yaml": "services:\n  api:\n    build: services/api\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert f.status is Status.WARN and f.location and f.location.path == "services/api/.dockerignore"
    # Built from services/api with no .dockerignore there: the root's does not apply.
    (tmp_path / "services/api/.dockerignore").unlink()
    [f] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert f.status is Status.FAIL and "services/api" in f.message
