"""manifests item: parse, schema, deprecated APIs, selectors, references, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      serviceAccountName: web
      containers:
        - name: app
          image: registry.example.com/web:1.0
          envFrom:
            - configMapRef: {name: web-config}
          resources:
            requests: {cpu: 100m, memory: 64Mi}
            limits: {memory: 128Mi}
"""
SERVICE = """\
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
"""
SUPPORT = """\
apiVersion: v1
kind: ServiceAccount
metadata: {name: web}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: web-config}
data: {LOG_LEVEL: info}
"""


def _good(tmp_path: Path) -> Path:
    return write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT, "k8s/service.yaml": SERVICE, "k8s/support.yaml": SUPPORT})


# --- parse -------------------------------------------------------------------------------------


def test_parse_passes_on_good_manifests(tmp_path: Path) -> None:
    result = scan(_good(tmp_path), only=("manifests/parse",))
    [f] = findings(result, "manifests/parse")
    assert f.status is Status.PASS and "4 objects" in f.message


def test_parse_reports_bad_yaml_with_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/bad.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n"})
    [f] = findings(scan(tmp_path, only=("manifests/parse",)), "manifests/parse", Status.ERROR)
    assert f.location is not None and f.location.path == "k8s/bad.yaml" and f.location.line
    assert "k8s/bad.yaml" in f.message


def test_binary_file_named_yaml_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "k8s").mkdir()
    (tmp_path / "k8s" / "blob.yaml").write_bytes(b"apiVersion: v1\nkind: \x00\x01\x02\xff\xfe binary")
    [f] = findings(scan(tmp_path, only=("manifests/parse",)), "manifests/parse", Status.ERROR)
    assert "k8s/blob.yaml" in f.message and "binary" in f.message


def test_huge_yaml_is_skipped_naming_it(tmp_path: Path) -> None:
    big = tmp_path / "k8s" / "huge.yaml"
    big.parent.mkdir()
    line = "# " + "x" * 98 + "\n"
    big.write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\n" + line * (50 * 1024 * 1024 // 100))
    assert big.stat().st_size > 50 * 1024 * 1024
    result = scan(tmp_path, only=("manifests/parse",))
    [f] = [f for f in findings(result, "manifests/parse", Status.SKIPPED) if "huge" in f.message]
    assert "k8s/huge.yaml" in f.message and "cap" in f.message
    assert f.location is not None and f.location.path == "k8s/huge.yaml"


def test_alias_bomb_is_refused_naming_the_file(tmp_path: Path) -> None:
    bomb = ["apiVersion: v1", "kind: ConfigMap", "metadata: {name: lol}", 'a: &a ["lol","lol","lol","lol","lol"]']
    for i in range(1, 12):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        bomb.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    write(tmp_path, {"k8s/bomb.yaml": "\n".join(bomb) + "\n"})
    [f] = findings(scan(tmp_path, only=("manifests",)), "manifests/parse", Status.ERROR)
    assert "k8s/bomb.yaml" in f.message and "alias" in f.message


def test_empty_json_manifest_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/secret.json": "", "package.json": "{ // comments are not JSON\n}"})
    errors = findings(scan(tmp_path, only=("manifests/parse",)), "manifests/parse", Status.ERROR)
    assert [f.location.path for f in errors if f.location] == ["k8s/secret.json"]


# --- schema ------------------------------------------------------------------------------------


def test_schema_passes_valid_objects(tmp_path: Path) -> None:
    result = scan(_good(tmp_path), only=("manifests/schema",))
    assert findings(result, "manifests/schema", Status.PASS)
    assert not findings(result, "manifests/schema", Status.FAIL)


def test_schema_fails_unknown_field_and_wrong_type_with_line(tmp_path: Path) -> None:
    text = DEPLOYMENT.replace("  replicas: 2", "  replicas: two").replace(
        "          image:", "          imagePullPolcy: Always\n          image:")
    write(tmp_path, {"k8s/deploy.yaml": text})
    [f] = findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema", Status.FAIL)
    assert "Deployment/web" in f.message
    joined = " ".join(f.evidence["errors"]) if f.evidence else ""
    assert "replicas" in joined and "imagePullPolcy" in joined
    assert f.location is not None and f.location.line in (6, 14)


def test_schema_unknown_builtin_kind_fails(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/x.yaml": "apiVersion: apps/v1\nkind: Deplyment\nmetadata: {name: x}\n"})
    [f] = findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema", Status.FAIL)
    assert "Deplyment" in f.message


def test_schema_custom_resource_without_crd_is_skipped_per_document(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/sm.yaml": "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\n"
                                    "metadata: {name: web}\nspec: {endpoints: [{port: http}]}\n"})
    [f] = findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema")
    assert f.status is Status.SKIPPED and "ServiceMonitor" in f.message and "CustomResourceDefinition" in f.message


CRD = """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets, singular: widget}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: {type: integer, minimum: 1}
                colour: {type: string, nullable: true}
"""


@pytest.mark.parametrize(("spec", "status"), [("{size: 3, colour: null}", Status.PASS), ("{size: big}", Status.FAIL)])
def test_schema_validates_custom_resources_against_their_crd(tmp_path: Path, spec: str, status: Status) -> None:
    widget = f"apiVersion: example.com/v1\nkind: Widget\nmetadata: {{name: w}}\nspec: {spec}\n"
    write(tmp_path, {"k8s/crd.yaml": CRD, "k8s/widget.yaml": widget})
    result = scan(tmp_path, only=("manifests/schema",))
    assert not findings(result, "manifests/schema", Status.SKIPPED)
    if status is Status.FAIL:
        [f] = findings(result, "manifests/schema", Status.FAIL)
        assert "Widget/w" in f.message and "spec.size" in f.message
    else:
        assert not findings(result, "manifests/schema", Status.FAIL)


def test_schema_follows_configured_kubernetes_version(tmp_path: Path) -> None:
    # ValidatingAdmissionPolicy is served as admissionregistration.k8s.io/v1 from 1.30 on.
    vap = ("apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: p}\n"
           "spec: {validations: [{expression: 'true'}]}\n")
    write(tmp_path, {"k8s/vap.yaml": vap, ".deploycheck.yaml": "kubernetes_version: '1.28'\n"})
    assert findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema", Status.FAIL)
    write(tmp_path, {".deploycheck.yaml": "kubernetes_version: '1.30'\n"})
    assert not findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema", Status.FAIL)


def test_schema_validators_are_built_once_per_kind() -> None:
    from deploycheck.sources.schemas import KindSchemas

    store = KindSchemas.for_version("1.30")
    assert store is not None and store is KindSchemas.for_version("1.30")
    first = store.validator("Service", "v1")
    assert first is not None and store.validator("Service", "v1") is first
    assert store.validator("Deployment", "apps.example.com/v1") is None  # CRD group, not the apps group


def test_schema_validators_share_one_registry_of_definitions() -> None:
    # jsonschema-rs validators resolve the kind files' `$ref`s in one registry of _definitions.json per version
    # (no definitions inlined and converted again for each kind): every bundled kind compiles, and each answers
    # as a validator of the self-contained schema (definitions inlined) does.
    import json

    from deploycheck.sources.schemas import KindSchemas, compile_validator, schema_filename

    store = KindSchemas.for_version("1.30")
    assert store is not None and store.directory is not None
    kinds = []
    for path in sorted(store.directory.glob("*.json")):
        if not path.name.startswith("_") and path.name != "all.json":
            for gvk in json.loads(path.read_text(encoding="utf-8")).get("x-kubernetes-group-version-kind") or ():
                key = (gvk["kind"], f"{gvk['group']}/{gvk['version']}" if gvk["group"] else gvk["version"])
                if schema_filename(*key) == path.name:  # the file this (kind, apiVersion) is looked up in
                    kinds.append(key)
    assert len(kinds) > 100 and all(store.validator(*key) is not None for key in kinds)
    assert store._registry is not None
    docs = [
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
         "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {
             "metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "web", "image": "web:1"}]}}}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "labels": [1]},
         "spec": {"replicas": "two", "template": {"spec": {"containers": [
             {"name": "web", "imagePullPolicy": 3, "ports": [{"containerPort": "80"}], "unknown": True}]}}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
         "spec": {"ports": [{"port": "http"}], "selector": {"app": 1}, "typo": {}}},
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": 1}},
    ]
    answers = []
    for doc in docs:
        key = (doc["kind"], doc["apiVersion"])
        schema = store.schema(*key)
        assert schema is not None
        answers.append(store.validator(*key)(doc))  # type: ignore[misc]
        assert answers[-1] == compile_validator(schema)(doc)
    assert answers[0] == [] and all(answers[1:])


# --- deprecated APIs ---------------------------------------------------------------------------

PDB_BETA = "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: web}\n" \
           "spec: {minAvailable: 1, selector: {matchLabels: {app: web}}}\n"


def test_removed_api_fails_with_replacement(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/pdb.yaml": PDB_BETA})
    [f] = findings(scan(tmp_path, only=("manifests/deprecated-api",)), "manifests/deprecated-api", Status.FAIL)
    assert "policy/v1beta1" in f.message and "1.25" in f.message and "policy/v1" in f.message
    assert f.location is not None and f.location.line == 1


def test_deprecated_api_warns_when_target_predates_removal(tmp_path: Path) -> None:
    hpa = "apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\n"
    write(tmp_path, {"k8s/hpa.yaml": hpa, ".deploycheck.yaml": "kubernetes_version: '1.25'\n"})
    [f] = findings(scan(tmp_path, only=("manifests/deprecated-api",)), "manifests/deprecated-api")
    assert f.status is Status.WARN and "1.26" in f.message


def test_cert_manager_api_its_project_removed_fails_whatever_the_target(tmp_path: Path) -> None:
    # eShopOnContainers' tls-support chart: an Issuer in cert-manager.io/v1alpha2, gone since cert-manager 1.6
    issuer = ("apiVersion: cert-manager.io/v1alpha2\nkind: Issuer\nmetadata: {name: letsencrypt}\n---\n"
              "apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata: {name: ok}\n")
    write(tmp_path, {"k8s/issuer.yaml": issuer, ".deploycheck.yaml": "kubernetes_version: '1.19'\n"})
    result = scan(tmp_path, only=("manifests/deprecated-api",))
    [f] = findings(result, "manifests/deprecated-api", Status.FAIL)
    assert "Issuer/letsencrypt" in f.message and "cert-manager 1.6" in f.message and "cert-manager.io/v1" in f.message
    assert findings(result, "manifests/deprecated-api", Status.PASS)


def test_deprecated_api_looks_up_lines_of_flagged_objects_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line lookup composes the object's document again where another process parsed it (parallel.py): the check
    asks for the place of the objects it reports, not of the ones that pass."""
    from deploycheck.sources.kubernetes import K8sObject

    write(tmp_path, {"k8s/pdb.yaml": PDB_BETA + "---\n" + PDB_BETA.replace("v1beta1", "v1").replace("web", "ok")})
    looked_up: list[str] = []
    real = K8sObject.location

    def location(self: K8sObject, *args: object, **kwargs: object) -> object:
        looked_up.append(self.name)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(K8sObject, "location", location)
    result = scan(tmp_path, only=("manifests/deprecated-api",))
    [f] = findings(result, "manifests/deprecated-api", Status.FAIL)
    assert f.location is not None and f.location.line == 1 and f.location.path == "k8s/pdb.yaml"
    assert looked_up == ["web"]


def test_current_apis_pass(tmp_path: Path) -> None:
    result = scan(_good(tmp_path), only=("manifests/deprecated-api",))
    assert [f.status for f in findings(result, "manifests/deprecated-api")] == [Status.PASS]


# --- selectors ---------------------------------------------------------------------------------


def test_selectors_pass(tmp_path: Path) -> None:
    result = scan(_good(tmp_path), only=("manifests/selectors",))
    assert [f.status for f in findings(result, "manifests/selectors")] == [Status.PASS]


def test_deployment_selector_not_matching_template_fails(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT.replace("matchLabels: {app: web}", "matchLabels: {app: api}")})
    [f] = findings(scan(tmp_path, only=("manifests/selectors",)), "manifests/selectors", Status.FAIL)
    assert "Deployment/web" in f.message and f.location is not None and f.location.line == 7


@pytest.mark.parametrize("api", ["extensions/v1beta1", "apps/v1beta1", "apps/v1beta2", "apps/v1"])
def test_a_missing_selector_fails_and_the_old_apis_say_why(tmp_path: Path, api: str) -> None:
    """extensions/v1beta1 and apps/v1beta1 defaulted spec.selector from the template labels (TeaStore's and
    FTGO's old bundles); apps/v1, which replaces them, requires it: the finding says so for the old APIs."""
    without = DEPLOYMENT.replace("apps/v1", api).replace("  selector: {matchLabels: {app: web}}\n", "")
    assert "selector" not in without
    write(tmp_path, {"k8s/deploy.yaml": without})
    [f] = findings(scan(tmp_path, only=("manifests/selectors",)), "manifests/selectors")
    assert f.status is Status.FAIL
    assert ("apps/v1, which replaces" in f.message) is (api in ("extensions/v1beta1", "apps/v1beta1"))


def test_service_selecting_no_pods_fails_and_hook_pods_do_not_count(tmp_path: Path) -> None:
    hook = ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: smoke\n  labels: {app: other}\n"
            "  annotations: {helm.sh/hook: test}\nspec: {containers: [{name: t, image: busybox:1.36}]}\n")
    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT, "k8s/hook.yaml": hook,
                     "k8s/service.yaml": SERVICE.replace("{app: web}", "{app: other}")})
    [f] = findings(scan(tmp_path, only=("manifests/selectors",)), "manifests/selectors", Status.FAIL)
    assert "Service web" in f.message and "app" in f.message


# laa-court-data-adaptor's chart (helm_deploy/laa-court-data-adaptor/templates/deployment.yaml and
# deployment-metrics.yaml), rendered: both Deployments take the chart's selectorLabels; the worker has its own.
_CDA_CONTROLLERS = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: laa-court-data-adaptor
spec:
  replicas: 4
  selector:
    matchLabels:
      app.kubernetes.io/name: laa-court-data-adaptor
      app.kubernetes.io/instance: laa-court-data-adaptor
  template:
    metadata:
      labels:
        app.kubernetes.io/name: laa-court-data-adaptor
        app.kubernetes.io/instance: laa-court-data-adaptor
    spec:
      containers:
        - name: laa-court-data-adaptor
          image: "754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-crime-apps-team/laa-court-data-adaptor:abc123"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: laa-court-data-adaptor-metrics
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: laa-court-data-adaptor
      app.kubernetes.io/instance: laa-court-data-adaptor
  template:
    metadata:
      labels:
        app.kubernetes.io/name: laa-court-data-adaptor
        app.kubernetes.io/instance: laa-court-data-adaptor
    spec:
      containers:
        - name: laa-court-data-adaptor
          image: "754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-crime-apps-team/laa-court-data-adaptor:abc123"
          command: ['sh', '-c', "bundle exec prometheus_exporter --bind 0.0.0.0"]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: laa-court-data-adaptor-worker
spec:
  replicas: 1
  selector:
    matchLabels:
      app: laa-court-data-adaptor-worker
  template:
    metadata:
      labels:
        app: laa-court-data-adaptor-worker
    spec:
      containers:
        - name: laa-court-data-adaptor
          image: "754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-crime-apps-team/laa-court-data-adaptor:abc123"
          command: ['bundle', 'exec', 'sidekiq']
"""


def test_two_controllers_whose_selectors_take_each_others_pods_warn(tmp_path: Path) -> None:
    """The app and the prometheus_exporter Deployments of laa-court-data-adaptor select the same labels: each counts
    the other's pods (Kubernetes: controllers with overlapping selectors fight). Selectors only checked against their
    own templates, so this passed (a false pass on a required item). The worker, with its own labels, is fine, and a
    copy of one file in another directory (an alternative bundle, not deployed together) is not an overlap."""
    write(tmp_path, {"k8s/all.yaml": _CDA_CONTROLLERS, "k8s-copy/all.yaml": _CDA_CONTROLLERS.split("---")[1]})
    got = findings(scan(tmp_path, only=("manifests/selectors",)), "manifests/selectors")
    warned = [f for f in got if f.status is Status.WARN]
    assert len(warned) == 1, [f.message for f in got]
    assert warned[0].message.startswith(
        "Deployment/laa-court-data-adaptor and Deployment/laa-court-data-adaptor-metrics select each other's pods")
    assert warned[0].location is not None and warned[0].location.path == "k8s/all.yaml"
    write(tmp_path / "apart", {"k8s/app.yaml": _CDA_CONTROLLERS.split("---")[0],
                               "k8s/worker.yaml": _CDA_CONTROLLERS.split("---")[2]})
    assert [f.status for f in findings(scan(tmp_path / "apart", only=("manifests/selectors",)),
                                       "manifests/selectors")] == [Status.PASS]


def test_match_expressions() -> None:
    from deploycheck.checks.kubernetes.references import selector_matches

    labels = {"app": "web", "tier": "front"}
    assert selector_matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front"]}]}, labels)
    assert not selector_matches({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["front"]}]},
                                labels)
    assert selector_matches({"matchExpressions": [{"key": "x", "operator": "DoesNotExist"}]}, labels)
    assert not selector_matches({"matchExpressions": [{"key": "x", "operator": "Exists"}]}, labels)


# --- references --------------------------------------------------------------------------------


def test_references_resolve(tmp_path: Path) -> None:
    result = scan(_good(tmp_path), only=("manifests/references",))
    assert [f.status for f in findings(result, "manifests/references")] == [Status.PASS]


def test_missing_references_warn_as_external_with_the_name(tmp_path: Path) -> None:
    text = DEPLOYMENT.replace("            - configMapRef: {name: web-config}",
                              "            - configMapRef: {name: web-config}\n"
                              "            - secretRef: {name: web-db}\n"
                              "            - secretRef: {name: maybe, optional: true}")
    write(tmp_path, {"k8s/deploy.yaml": text})
    warns = findings(scan(tmp_path, only=("manifests/references",)), "manifests/references", Status.WARN)
    names = sorted(f.evidence["name"] for f in warns if f.evidence)
    assert names == ["web", "web-config", "web-db"]  # ServiceAccount, ConfigMap, Secret; not the optional one
    assert all("external" in f.message for f in warns)


def test_objects_created_by_documented_kubectl_steps_resolve(tmp_path: Path) -> None:
    readme = ("# Setup\n\n```bash\nkubectl create secret -n $NAMESPACE generic web-db \\\n"
              "  --from-literal=password=$PW\nkubectl create --namespace=prod configmap web-config --from-file=a.json\n"
              "kubectl create secret generic <your-secret>\n```\n")
    script = 'export KSA_NAME="web"\nkubectl create serviceaccount --namespace "$NS" $KSA_NAME\n'
    text = DEPLOYMENT.replace("            - configMapRef: {name: web-config}",
                              "            - configMapRef: {name: web-config}\n"
                              "            - secretRef: {name: web-db}\n            - secretRef: {name: other}")
    write(tmp_path, {"k8s/deploy.yaml": text, "docs/setup.md": readme, "scripts/setup.sh": script})
    result = scan(tmp_path, only=("manifests/references",))
    [warn] = findings(result, "manifests/references", Status.WARN)
    assert warn.evidence is not None and warn.evidence["name"] == "other"  # nothing creates it
    [ok] = findings(result, "manifests/references", Status.PASS)
    assert ok.evidence is not None and ok.evidence["documented_external"] == {
        "ConfigMap/web-config": "docs/setup.md:6", "Secret/web-db": "docs/setup.md:4",
        "ServiceAccount/web": "scripts/setup.sh:2"}


def test_tool_configs_are_not_kubernetes_objects(tmp_path: Path) -> None:
    # bank-of-anthos: skaffold.yaml (kind Config) next to the manifests was judged "declares no namespace"
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.kubernetes import all_objects

    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT,
                     "k8s/skaffold.yaml": "apiVersion: skaffold/v4beta6\nkind: Config\nmetadata: {name: web}\n",
                     "k8s/kind.yaml": "apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes: []\n",
                     "k8s/kubeconfig.yaml": "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\n"})
    kube = Context(tmp_path, load_config(tmp_path)).use(all_objects)
    assert [(o.kind, o.name) for o in kube.objects] == [("Deployment", "web")]


# --- duplicates --------------------------------------------------------------------------------


def test_duplicates_fail(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/a.yaml": SERVICE, "k8s/b.yaml": SERVICE})
    [f] = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert "k8s/a.yaml" in f.message and "k8s/b.yaml" in f.message


def test_no_duplicates_pass_and_other_directories_are_separate_units(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/a.yaml": SERVICE, "overlays/prod/a.yaml": SERVICE})
    result = scan(tmp_path, only=("manifests/duplicates",))
    assert [f.status for f in findings(result, "manifests/duplicates")] == [Status.PASS]


def test_alternative_bundles_in_one_directory_are_not_duplicates(tmp_path: Path) -> None:
    # An all-in-one file next to the per-service files (kubernetes/examples' guestbook), and a platform
    # variant next to the generic file: applied one at a time, so copies, not a conflict.
    monitor = "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: gpu}\n"
    both = DEPLOYMENT + "---\n" + SERVICE
    write(tmp_path, {"k8s/all-in-one.yaml": both, "k8s/web.yaml": both,
                     "k8s/monitor-gke.yaml": monitor, "k8s/monitor-generic.yaml": monitor})
    result = scan(tmp_path, only=("manifests/duplicates",))
    [f] = findings(result, "manifests/duplicates")
    assert f.status is Status.PASS and "alternative bundles" in f.message
    assert f.evidence is not None and len(f.evidence["alternative_bundles"]) == 2


def test_alternative_bundles_in_a_directory_the_docs_apply_whole_are_duplicates(tmp_path: Path) -> None:
    both = DEPLOYMENT + "---\n" + SERVICE
    write(tmp_path, {"k8s/web.yaml": both, "k8s/web-old.yaml": both,
                     "README.md": "# Deploy\n\n```\nkubectl apply -f k8s/\n```\n"})
    failing = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert {f.message.split(" is declared")[0] for f in failing} == {"Deployment/web", "Service/web"}
    # applying the files one by one (as kubernetes/examples' READMEs do) keeps them alternatives
    write(tmp_path, {"README.md": "# Deploy\n\n```\nkubectl apply -f k8s/web.yaml\n```\n"})
    assert [f.status for f in findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates")] \
        == [Status.PASS]


def test_one_object_shared_by_unrelated_files_is_still_a_duplicate(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/frontend.yaml": DEPLOYMENT + "---\n" + SERVICE, "k8s/web-service.yaml": SERVICE})
    [f] = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert "Service/web" in f.message


def test_single_purpose_files_holding_versions_of_an_object_are_alternatives(tmp_path: Path) -> None:
    # istio bookinfo's networking/: the all-in-one routing file, and one file per alternative route of
    # `reviews` (one of them restores the all-in-one's version); eShop's two Services of the ingress
    # controller (LoadBalancer for Docker Desktop, NodePort): applied one at a time.
    def route(name: str, subset: str) -> str:
        return (f"apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {{name: {name}}}\n"
                f"spec:\n  hosts: [{name}]\n"
                f"  http: [{{route: [{{destination: {{host: {name}, subset: {subset}}}}}]}}]\n")
    nodeport = SERVICE.replace("spec:\n", "spec:\n  type: NodePort\n")
    write(tmp_path, {"net/virtual-service-all-v1.yaml": route("reviews", "v1") + "---\n" + route("ratings", "v1"),
                     "net/virtual-service-reviews-v3.yaml": route("reviews", "v3"),
                     "net/virtual-service-reviews-50-v3.yaml": route("reviews", "v2"),
                     "net/virtual-service-reviews-back-to-v1.yaml": route("reviews", "v1"),
                     "ingress/local-svc.yaml": SERVICE.replace("spec:\n", "spec:\n  type: LoadBalancer\n"),
                     "ingress/service-nodeport.yaml": nodeport})
    [f] = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates")
    assert f.status is Status.PASS and f.evidence is not None
    assert len(f.evidence["alternative_bundles"]) == 4
    # the same versions applied together are duplicates: one file, or a directory the docs apply whole
    write(tmp_path, {"ingress/local-svc.yaml": SERVICE + "---\n" + nodeport,
                     "README.md": "```\nkubectl apply -f net/\n```\n"})
    failing = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert sorted(f.message for f in failing) == [
        "Service/web is declared twice: in ingress/local-svc.yaml and ingress/local-svc.yaml",
        *["VirtualService/reviews is declared twice: in net/virtual-service-all-v1.yaml and "
          f"net/virtual-service-reviews-{v}.yaml" for v in ("50-v3", "back-to-v1", "v3")]]


def test_files_a_kustomization_lists_together_are_duplicates_without_kustomize(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without kustomize the listed files are read as plain manifests: both land in the one build, so the
    # shapes that make siblings alternatives (several shared objects, one version each) do not count.
    both = DEPLOYMENT + "---\n" + SERVICE
    write(tmp_path, {"k8s/web.yaml": both, "k8s/web-copy.yaml": both.replace("replicas: 2", "replicas: 3"),
                     "k8s/kustomization.yaml": "resources: [web.yaml, web-copy.yaml]\n"})
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    failing = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert {f.message.split(" is declared")[0] for f in failing} == {"Deployment/web", "Service/web"}
    # a verbatim copy of a lone object in a single-purpose file stays a duplicate too (no other version)
    (tmp_path / "k8s/web-copy.yaml").unlink()
    write(tmp_path, {"k8s/kustomization.yaml": "resources: [web.yaml]\n", "k8s/frontend-service.yaml": SERVICE})
    [f] = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert f.message.startswith("Service/web is declared twice")


def test_two_templates_of_one_chart_declaring_an_object_are_duplicates(tmp_path: Path) -> None:
    # One render is applied whole: two templates holding the same objects (even with several shared, the
    # shape of alternative plain bundles) both land.
    both = DEPLOYMENT + "---\n" + SERVICE
    write(tmp_path, {"chart/Chart.yaml": "apiVersion: v2\nname: web\nversion: 1.0.0\n",
                     "chart/templates/web.yaml": both,
                     "chart/templates/web-all.yaml": both.replace("replicas: 2", "replicas: 3")})
    failing = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert {f.message.split(" is declared")[0] for f in failing} == {"Deployment/web", "Service/web"}


def test_no_manifests_is_skipped_not_passed(tmp_path: Path) -> None:
    result = scan(tmp_path, only=("manifests",))
    assert all(f.status in (Status.SKIPPED, Status.NA) for f in result.findings if f.item == "manifests")


def test_objects_declared_external_in_config_resolve(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT,
                     ".deploycheck.yaml": "external_objects: [ServiceAccount/web, ConfigMap/shop/web-config]\n"})
    result = scan(tmp_path, only=("manifests/references",))
    assert [f.status for f in findings(result, "manifests/references")] == [Status.PASS]


@pytest.mark.parametrize(("wanted", "used"), [("1.99", "1.37"), ("1.20", "1.25")])
def test_schema_version_without_bundled_schemas_says_which_it_used(tmp_path: Path, wanted: str, used: str) -> None:
    write(tmp_path, {"k8s/service.yaml": SERVICE, ".deploycheck.yaml": f"kubernetes_version: '{wanted}'\n"})
    [f] = findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema")
    assert f.status is Status.PASS and f"no schemas for {wanted}; using {used}" in f.message


def test_every_manifests_check_says_something_for_odd_inputs(tmp_path: Path) -> None:
    # Only a bare Pod (no selectors, no references) and a removed-API object: no check may stay silent.
    pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: busybox:1.36}]}\n"
    write(tmp_path, {"k8s/pod.yaml": pod})
    result = scan(tmp_path, only=("manifests", "resource-limits"))
    for check_id in ("manifests/selectors", "manifests/references", "resource-limits/quantities"):
        assert findings(result, check_id), check_id
    assert [f.status for f in findings(result, "manifests/selectors")] == [Status.NA]
    write(tmp_path, {"k8s/pod.yaml": PDB_BETA})
    [f] = findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema")
    assert f.status is Status.NA and "deprecated-api" in f.message


def test_schema_messages_mask_secret_values(tmp_path: Path) -> None:
    secret = "apiVersion: v1\nkind: Secret\nmetadata: {name: db}\ndata: {password: 8675309123}\n"
    env = DEPLOYMENT.replace("          envFrom:", "          env:\n            - name: API_TOKEN\n"
                             "              value: 4815162342\n          envFrom:")
    write(tmp_path, {"k8s/secret.yaml": secret, "k8s/deploy.yaml": env})
    fails = findings(scan(tmp_path, only=("manifests/schema",)), "manifests/schema", Status.FAIL)
    assert len(fails) == 2
    text = " ".join(f.message + " ".join(f.evidence["errors"] if f.evidence else []) for f in fails)
    assert "8675309123" not in text and "4815162342" not in text
    assert "867*" in text and "481*" in text


def test_kustomize_generated_config_maps_count_as_present(tmp_path: Path) -> None:
    write(tmp_path, {"base/deploy.yaml": DEPLOYMENT, "base/support.yaml": SUPPORT.split("---")[0],
                     "base/kustomization.yaml": "resources: [deploy.yaml, support.yaml]\n"
                                                "configMapGenerator:\n  - name: web-config\n    files: [app.conf]\n",
                     "base/app.conf": "port=8080\n"})
    result = scan(tmp_path, only=("manifests/references",))
    assert [f.status for f in findings(result, "manifests/references")] == [Status.PASS]


_SA_CHART_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: {{ .Release.Namespace }}-{{ .Values.serviceAccount.name }}
      containers:
        - name: web
          image: example/web:1.0
"""


@pytest.mark.parametrize(("create", "status"), [("false", Status.PASS), ("true", Status.WARN)])
def test_chart_that_does_not_create_its_service_account_declares_it_external(
        tmp_path: Path, create: str, status: Status) -> None:
    # cla-backend: `serviceAccount.create: false` with a name (the `helm create` convention) says the account
    # is made outside the chart (by the platform, IRSA); with create: true but no ServiceAccount template the
    # account the pods use is missing: still warned
    write(tmp_path, {"chart/Chart.yaml": "apiVersion: v2\nname: web\nversion: 1.0.0\n",
                     "chart/values.yaml": f"serviceAccount:\n  create: {create}\n  name: irsa-account\n",
                     "chart/templates/deployment.yaml": _SA_CHART_DEPLOYMENT,
                     # an environment's values file: its render is labelled "helm:chart (values-dev.yaml)"
                     "chart/values-dev.yaml": "replicaCount: 1\n"})
    found = findings(scan(tmp_path, only=("manifests/references",)), "manifests/references")
    assert [f.status for f in found] == [status]
    if status is Status.PASS:
        assert "irsa-account" in found[0].message and "serviceAccount.create: false" in found[0].message


def test_a_values_file_of_the_rendering_declares_the_service_account_external(tmp_path: Path) -> None:
    # fala (bench/accuracy): no values.yaml; values/fala-production.yaml says `serviceAccount: {create: false,
    # name: "circleci-migrated"}` (the namespace's account, made by the platform) and the helm-create helper
    # renders serviceAccountName from it: the rendering's own values file declares the account external
    helper = ('{{- define "app.serviceAccountName" -}}\n{{- if .Values.serviceAccount.create }}\n'
              '{{- default (include "app.fullname" .) .Values.serviceAccount.name }}\n{{- else }}\n'
              '{{- default "default" .Values.serviceAccount.name }}\n{{- end }}\n{{- end }}\n')
    write(tmp_path, {"helm_deploy/laa-fala/Chart.yaml": "apiVersion: v2\nname: laa-fala\nversion: 0.1.0\n",
                     "helm_deploy/laa-fala/templates/_helpers.tpl": helper,
                     "helm_deploy/laa-fala/templates/deployment.yaml": _SA_CHART_DEPLOYMENT.replace(
                         "{{ .Release.Namespace }}-{{ .Values.serviceAccount.name }}",
                         '{{ include "app.serviceAccountName" . }}'),
                     "helm_deploy/laa-fala/values/fala-production.yaml": (
                         "replicaCount: 5\nserviceAccount:\n  # Specifies whether a service account should be created\n"
                         "  create: false\n  name: \"circleci-migrated\"\n")})
    found = findings(scan(tmp_path, only=("manifests/references",)), "manifests/references")
    assert [f.status for f in found] == [Status.PASS], [f.message for f in found]
    assert "circleci-migrated" in found[0].message and "values/fala-production.yaml" in found[0].message


def test_a_grid_of_per_target_files_is_one_family_of_alternatives(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # quarkus-super-heroes' rest-narration/deploy/k8s: {java25,native}-{kubernetes,knative}.yml, generated per
    # Java build and per target. java25-knative.yml (ConfigMap + Knative Service) shares only the ConfigMap
    # with native-kubernetes.yml (ConfigMap + Service + Deployment), and their names differ in both words;
    # each is an alternative of a third file, so all four are applied one at a time.
    config = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {app: rest-narration}\n"
              "  name: rest-narration-config\ndata:\n  quarkus.otel.exporter.otlp.endpoint: http://otel-lgtm:4318\n")
    knative = ("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: rest-narration}\n"
               "spec:\n  template:\n    spec:\n      containers:\n"
               "      - image: quay.io/quarkus-super-heroes/rest-narration:TAG\n")
    plain = (SERVICE.replace("name: web", "name: rest-narration") + "---\n"
             + DEPLOYMENT.replace("name: web", "name: rest-narration"))
    folder = "rest-narration/deploy/k8s"
    write(tmp_path, {f"{folder}/java25-knative.yml": config + "---\n" + knative.replace("TAG", "java25"),
                     f"{folder}/native-knative.yml": config + "---\n" + knative.replace("TAG", "native"),
                     f"{folder}/java25-kubernetes.yml": config + "---\n" + plain,
                     f"{folder}/native-kubernetes.yml": config + "---\n" + plain.replace("replicas: 2", "replicas: 1")})
    [f] = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates")
    assert f.status is Status.PASS and "alternative bundles" in f.message, f
    # past the pair budget (a hostile repository: thousands of files declaring one object) no family is
    # formed: the pairs are reported, never hidden
    monkeypatch.setattr("deploycheck.checks.kubernetes.references._FAMILY_PAIR_BUDGET", 0)
    assert findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    monkeypatch.undo()
    # one object shared by two unrelated files, with no third file joining them, stays a duplicate
    write(tmp_path, {f"{folder}/extra-config.yaml": config})
    failing = findings(scan(tmp_path, only=("manifests/duplicates",)), "manifests/duplicates", Status.FAIL)
    assert failing and all("extra-config.yaml" in f.message for f in failing)


def test_containers_are_built_once_per_object() -> None:
    from deploycheck.sources.kubernetes import K8sObject

    obj = K8sObject({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"}, "spec": {
        "jobTemplate": {"spec": {"template": {"spec": {"initContainers": [{"name": "setup"}],
                                                         "containers": [{"name": "run"}, "junk", {}]}}}}}}, "c.yaml")
    every = list(obj.containers())
    assert [(c.name, c.init, c.index, c.path[-2:]) for c in every] == [
        ("run", False, 0, ("containers", 0)), ("#2", False, 2, ("containers", 2)),
        ("setup", True, 0, ("initContainers", 0))]
    assert every[0].path == ("spec", "jobTemplate", "spec", "template", "spec", "containers", 0)
    # the same Container objects for every check that asks (a new one per answer was ~2 % of the corpus scan)
    assert all(a is b for a, b in zip(every, obj.containers(), strict=True))
    assert list(obj.containers(include_init=False)) == every[:2]
    assert next(obj.containers(include_init=False)) is every[0]
