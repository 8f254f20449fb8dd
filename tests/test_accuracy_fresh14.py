"""What the fresh repositories zero-to-jupyterhub-k8s (the JupyterHub Helm chart) and tekton-results
(tektoncd/results) showed (acc-fresh14, 2026-11-29 session 2). Each test is built from the repositories' own lines and
fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.lockfiles import parse_requirements

# --- ko's build placeholder is deployed by digest --------------------------------------------------------------------

# tekton-results' config/base/api.yaml (cut down): `ko resolve` in tekton/publish.yaml builds the Go package, pushes
# it and writes `registry/...@sha256:...` in place of the placeholder; kubectl cannot pull `ko://...` at all. Both
# checks said "image ko://... is untagged" (6 false findings over the three workloads).
TEKTON_API = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: tekton-pipelines
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: tekton-results-api
  template:
    metadata:
      labels:
        app.kubernetes.io/name: tekton-results-api
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: ko://github.com/tektoncd/results/cmd/api
"""


def test_a_ko_placeholder_is_deployed_by_the_digest_ko_pushed(tmp_path: Path) -> None:
    write(tmp_path, {"config/base/api.yaml": TEKTON_API})
    result = scan(tmp_path, only=("registry/digest-pinned", "rollback-plan/immutable-images"))
    for check_id in ("registry/digest-pinned", "rollback-plan/immutable-images"):
        assert not findings(result, check_id, Status.FAIL), check_id
        assert not findings(result, check_id, Status.WARN), check_id
        assert any("built by ko" in f.message for f in findings(result, check_id, Status.PASS)), check_id


def test_an_image_merely_named_like_a_go_path_is_still_judged(tmp_path: Path) -> None:
    """Only the ko:// scheme is ko's: `github.com/acme/app` with no tag is an untagged image like any other."""
    write(tmp_path, {"config/base/api.yaml": TEKTON_API.replace("ko://github.com", "ghcr.io")})
    result = scan(tmp_path, only=("registry/digest-pinned",))
    assert findings(result, "registry/digest-pinned", Status.FAIL)


# --- the pause image sleeps: nothing to probe or scrape --------------------------------------------------------------

# JupyterHub's user-placeholder StatefulSet and continuous-image-puller DaemonSet run only registry.k8s.io/pause
# (values.yaml: scheduling.userPlaceholder.image, prePuller.pause.image); the first run said "container pause has no
# livenessProbe" (2) and "nothing scrapes StatefulSet user-placeholder / DaemonSet continuous-image-puller" (2).
PLACEHOLDER = """apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: user-placeholder
  namespace: jhub
spec:
  podManagementPolicy: Parallel
  replicas: 2
  selector:
    matchLabels:
      component: user-placeholder
  serviceName: user-placeholder
  template:
    metadata:
      labels:
        component: user-placeholder
    spec:
      automountServiceAccountToken: false
      terminationGracePeriodSeconds: 0
      containers:
        - name: pause
          image: registry.k8s.io/pause:3.10.2
          securityContext:
            runAsNonRoot: true
            runAsUser: 65534
"""


def test_pause_containers_need_no_probe_and_serve_no_metrics(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/user-placeholder.yaml": PLACEHOLDER})
    result = scan(tmp_path, only=("health-probes/liveness", "monitoring/metrics-scraped"))
    assert not findings(result, "health-probes/liveness", Status.FAIL)
    assert not findings(result, "monitoring/metrics-scraped", Status.FAIL)


def test_an_application_image_named_pause_is_still_asked_for_probes(tmp_path: Path) -> None:
    """Only Kubernetes' own pause image is taken: an application called `pause` on Docker Hub is judged as written."""
    write(tmp_path, {"k8s/user-placeholder.yaml": PLACEHOLDER.replace("registry.k8s.io/pause", "acme/pause")})
    result = scan(tmp_path, only=("health-probes/liveness", "monitoring/metrics-scraped"))
    assert findings(result, "health-probes/liveness", Status.FAIL)
    assert findings(result, "monitoring/metrics-scraped", Status.FAIL)


# --- a toleration's key is a taint's name, not a credential ----------------------------------------------------------

# JupyterHub's values.yaml (scheduling.corePods.tolerations); the first run said "scheduling.corePods.tolerations.0.key
# holds a literal value (hub************)" four times.
Z2JH_CHART = """apiVersion: v2
name: jupyterhub
version: 0.0.1-set.by.chartpress
"""
Z2JH_VALUES = """scheduling:
  corePods:
    tolerations:
      - key: hub.jupyter.org/dedicated
        operator: Equal
        value: core
        effect: NoSchedule
      - key: hub.jupyter.org_dedicated
        operator: Equal
        value: core
        effect: NoSchedule
    nodeAffinity:
      matchNodePurpose: prefer
  userScheduler:
    affinity:
      nodeAffinity:
        requiredDuringSchedulingIgnoredDuringExecution:
          nodeSelectorTerms:
            - matchExpressions:
                - key: hub.jupyter.org/node-purpose
                  operator: In
                  values: [core]
"""


def test_toleration_and_selector_keys_are_not_secrets(tmp_path: Path) -> None:
    write(tmp_path, {"jupyterhub/Chart.yaml": Z2JH_CHART, "jupyterhub/values.yaml": Z2JH_VALUES})
    result = scan(tmp_path, only=("sensitive-config/helm-values",))
    assert not findings(result, "sensitive-config/helm-values", Status.FAIL)


def test_a_key_that_is_a_credential_still_fails(tmp_path: Path) -> None:
    values = Z2JH_VALUES + ("proxy:\n  https:\n    manual:\n"
                            "      key: MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n")
    write(tmp_path, {"jupyterhub/Chart.yaml": Z2JH_CHART, "jupyterhub/values.yaml": values})
    result = scan(tmp_path, only=("sensitive-config/helm-values",))
    assert [f.message for f in findings(result, "sensitive-config/helm-values", Status.FAIL)] == [
        next(f.message for f in findings(result, "sensitive-config/helm-values", Status.FAIL))]
    assert "proxy.https.manual.key" in findings(result, "sensitive-config/helm-values", Status.FAIL)[0].message


# --- pip's --no-cache is --no-cache-dir -----------------------------------------------------------------------------

# images/secret-sync/Dockerfile: pip's optparse takes an unambiguous prefix of a long option, so `--no-cache` is
# `--no-cache-dir`; the first run said "pip install without --no-cache-dir".
SECRET_SYNC = """FROM python:3.12-alpine

RUN pip install --no-cache kubernetes
COPY acme-secret-sync.py /usr/local/bin/

ENTRYPOINT [ "/tini", "--", "/usr/local/bin/acme-secret-sync.py" ]
"""


def test_pip_no_cache_prefix_leaves_no_cache(tmp_path: Path) -> None:
    write(tmp_path, {"images/secret-sync/Dockerfile": SECRET_SYNC, "images/secret-sync/acme-secret-sync.py": "x=1\n"})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    assert not findings(result, "dockerfile/package-cache-cleaned", Status.WARN)
    assert not findings(result, "dockerfile/package-cache-cleaned", Status.FAIL)
    write(tmp_path, {"images/secret-sync/Dockerfile": SECRET_SYNC.replace(" --no-cache", "")})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    assert findings(result, "dockerfile/package-cache-cleaned", Status.WARN) + \
        findings(result, "dockerfile/package-cache-cleaned", Status.FAIL)


# --- a resolver's input is covered by the output that names it -------------------------------------------------------

# images/hub/requirements.txt is pip-compile's output; its `# via -r unfrozen/requirements.txt` names the loose input
# it was compiled from (images/hub/unfrozen/requirements.txt), which the first run called "14 of 15 PyPI dependencies
# are not pinned and no lockfile covers it" (and the singleuser-sample image's likewise).
HUB_FROZEN = """#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    Use the "Run workflow" button at https://github.com/jupyterhub/zero-to-jupyterhub-k8s/actions/workflows/watch-dependencies.yaml
#
alembic==1.18.5
    # via jupyterhub
jupyterhub==5.5.0
    # via
    #   -r unfrozen/requirements.txt
    #   oauthenticator
jupyterhub-kubespawner==7.0.0
    # via -r unfrozen/requirements.txt
mako==1.3.10
    # via alembic
markupsafe==3.0.3
    # via mako
oauthenticator==17.3.0
    # via -r unfrozen/requirements.txt
sqlalchemy==2.0.44
    # via alembic
"""
HUB_UNFROZEN = """# JupyterHub itself, update this version pinning when JupyterHub makes a release
jupyterhub==5.5.0
# Kubernetes integration
jupyterhub-kubespawner>=7.0.0
# Authenticators
oauthenticator>=17
"""
HUB_DOCKERFILE = """FROM python:3.14-slim-trixie
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt
USER 1000
"""


def test_compiled_from_names_the_input_in_repository_paths() -> None:
    manifest = parse_requirements(HUB_FROZEN, "images/hub/requirements.txt")
    assert manifest.pinned
    assert manifest.compiled_from == ("images/hub/unfrozen/requirements.txt",)
    escaping = HUB_FROZEN.replace("-r unfrozen/requirements.txt", "-r ../../../etc/requirements.txt")
    assert parse_requirements(escaping, "images/hub/requirements.txt").compiled_from == ()


def test_the_input_of_a_committed_lock_is_not_a_missing_lockfile(tmp_path: Path) -> None:
    write(tmp_path, {"images/hub/requirements.txt": HUB_FROZEN, "images/hub/unfrozen/requirements.txt": HUB_UNFROZEN,
                     "images/hub/Dockerfile": HUB_DOCKERFILE})
    result = scan(tmp_path, only=("dependency-health/lockfile",))
    assert not findings(result, "dependency-health/lockfile", Status.FAIL)
    # a loose file no lock names stays a finding
    write(tmp_path, {"images/other/requirements.txt": HUB_UNFROZEN})
    result = scan(tmp_path, only=("dependency-health/lockfile",))
    assert [f.location.path for f in findings(result, "dependency-health/lockfile", Status.FAIL)] == [
        "images/other/requirements.txt"]


# --- Tekton's pipelines and triggers are CI: their namespace is chosen where they run --------------------------------

# tekton-results' tekton/ci.yaml (cut down), a release Pipeline like six others under tekton/: "Pipeline results-ci
# declares no namespace" (7 findings over Pipeline, Task, PipelineRun and Trigger).
TEKTON_CI = """---
apiVersion: tekton.dev/v1beta1
kind: Pipeline
metadata:
  name: results-ci
spec:
  params:
    - name: package
      description: package to build/test
      default: ./...
---
apiVersion: triggers.tekton.dev/v1alpha1
kind: Trigger
metadata:
  name: results-ci
spec:
  template:
    ref: results-ci
"""


def test_tekton_ci_objects_are_not_asked_for_a_namespace(tmp_path: Path) -> None:
    write(tmp_path, {"tekton/ci.yaml": TEKTON_CI})
    result = scan(tmp_path, only=("cluster/namespace",))
    assert not findings(result, "cluster/namespace", Status.FAIL)
    # the service's own objects beside them still are
    write(tmp_path, {"config/api.yaml": TEKTON_API.replace("  namespace: tekton-pipelines\n", "")})
    result = scan(tmp_path, only=("cluster/namespace",))
    assert [f.message for f in findings(result, "cluster/namespace", Status.FAIL)] == [
        "Deployment api declares no namespace"]


# --- a database's generated conf and tmp folders are scratch ---------------------------------------------------------

# tekton-results' config/components/local-db/201-sql-deployment.yaml (cut down): Bitnami's PostgreSQL with a read-only
# root keeps its data on the claim at /bitnami/postgresql and needs writable /opt/bitnami/postgresql/{conf,tmp}, which
# it rewrites at each start. The first run said "keeps /opt/bitnami/postgresql/conf on ephemeral volume" (and tmp).
BITNAMI_PG = """apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
  namespace: tekton-pipelines
spec:
  serviceName: postgres
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: tekton-results-postgres
  template:
    metadata:
      labels:
        app.kubernetes.io/name: tekton-results-postgres
    spec:
      containers:
      - name: postgres
        image: bitnami/postgresql@sha256:ac8dd0d6512c4c5fb146c16b1c5f05862bd5f600d73348506ab4252587e7fcc6 # 17.5.0
        ports:
        - containerPort: 5432
          name: postgredb
        volumeMounts:
        - name: postgredb
          mountPath: /bitnami/postgresql
        - name: tmp
          mountPath: /tmp
        - name: postgresql-conf
          mountPath: /opt/bitnami/postgresql/conf
        - name: postgresql-tmp
          mountPath: /opt/bitnami/postgresql/tmp
      volumes:
      - name: tmp
        emptyDir: {}
      - name: postgresql-conf
        emptyDir: {}
      - name: postgresql-tmp
        emptyDir: {}
  volumeClaimTemplates:
  - metadata:
      name: postgredb
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 1Gi
"""


def test_generated_conf_and_tmp_folders_are_not_data(tmp_path: Path) -> None:
    write(tmp_path, {"config/local-db/postgres.yaml": BITNAMI_PG})
    result = scan(tmp_path, only=("storage/ephemeral-data",))
    assert not findings(result, "storage/ephemeral-data", Status.FAIL)
    # the data folder itself on an emptyDir still fails
    lost = BITNAMI_PG.replace("mountPath: /opt/bitnami/postgresql/conf", "mountPath: /bitnami/postgresql/data")
    write(tmp_path, {"config/local-db/postgres.yaml": lost})
    result = scan(tmp_path, only=("storage/ephemeral-data",))
    assert findings(result, "storage/ephemeral-data", Status.FAIL)


# --- a k3s cluster job of JupyterHub's kind is an integration suite ---------------------------------------------------

# zero-to-jupyterhub-k8s' .github/workflows/test-chart.yaml (its steps, cut down): k3s with Docker as runtime
# (jupyterhub/action-k3s-helm), images built locally by chartpress, the local chart installed, the workloads awaited
# (jupyterhub/action-k8s-await-workloads) and pytest run against it. "no integration test suite found" before.
Z2JH_TEST_CHART = """name: Test chart

on:
  pull_request:
  push:

jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v7
        with:
          fetch-depth: 0
      - uses: jupyterhub/action-k3s-helm@v4
        with:
          metrics-enabled: false
          traefik-enabled: false
          docker-enabled: true
      - name: Install and run chartpress
        run: |
          pip3 install -r dev-requirements.txt
          chartpress
        env:
          DOCKER_BUILDKIT: "1"
      - name: "Install local chart"
        run: |
          helm upgrade --install jupyterhub ./jupyterhub \\
              --values dev-config.yaml \\
              --values dev-config-local-chart-extra-config.yaml
      - name: "Await local chart"
        uses: jupyterhub/action-k8s-await-workloads@v3
        with:
          timeout: 150
          max-restarts: 1
      - name: Run tests
        run: |
          pytest --verbose --maxfail=2 --color=yes ./tests
"""


def test_a_k3s_chart_job_is_an_integration_suite(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/test-chart.yaml": Z2JH_TEST_CHART})
    result = scan(tmp_path, only=("integration-tests/suite",))
    assert not findings(result, "integration-tests/suite", Status.FAIL)
    assert findings(result, "integration-tests/suite", Status.PASS)
    # publishing with --push is a release, not a local build a test cluster runs
    write(tmp_path, {".github/workflows/test-chart.yaml": Z2JH_TEST_CHART.replace("          chartpress\n",
                                                                                 "          chartpress --push\n")})
    result = scan(tmp_path, only=("integration-tests/suite",))
    assert not findings(result, "integration-tests/suite", Status.PASS)


# --- an empty setting in a config file is not followed onto the next line --------------------------------------------

# tekton-results' config/base/env/config (the lines around the secret-named ones), which the base's configMapGenerator
# turns into the API's ConfigMap. `S3_SECRET_ACCESS_KEY=` is empty; the reader's `\s*` went on to the next line and
# took `S3_MULTI_PART_SIZE=5242880` as its value: "holds a literal password inside a connection string or config file".
# Fixed, it found `LOGGING_PLUGIN_NAMESPACE_KEY=kubernetes_namespace_name`: a `*_KEY` that names a log record's field.
TEKTON_ENV = """DB_USER=
DB_PASSWORD=
DB_HOST=tekton-results-postgres-service.tekton-pipelines.svc.cluster.local
DB_PORT=5432
S3_BUCKET_NAME=
S3_ENDPOINT=
S3_ACCESS_KEY_ID=
S3_SECRET_ACCESS_KEY=
S3_MULTI_PART_SIZE=5242880
GCS_BUCKET_NAME=
LOGGING_PLUGIN_TOKEN_PATH=/var/run/secrets/kubernetes.io/serviceaccount/token
LOGGING_PLUGIN_NAMESPACE_KEY=kubernetes_namespace_name
LOGGING_PLUGIN_CONTAINER_KEY=kubernetes.container_name
"""


def _configmap(name: str, data: dict[str, str]) -> str:
    lines = [f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: tekton-pipelines\ndata:"]
    for key, value in data.items():
        body = "".join(f"    {line}\n" for line in value.splitlines())
        lines.append(f"  {key}: |\n{body}" if "\n" in value else f"  {key}: {value!r}\n")
    return "\n".join(lines)


def test_an_empty_secret_setting_does_not_take_the_next_line(tmp_path: Path) -> None:
    write(tmp_path, {"config/api-config.yaml": _configmap("tekton-results-api-config", {"config": TEKTON_ENV})})
    result = scan(tmp_path, only=("sensitive-config/configmaps",))
    assert not findings(result, "sensitive-config/configmaps", Status.FAIL)
    filled = TEKTON_ENV.replace("S3_SECRET_ACCESS_KEY=\n",
                                "S3_SECRET_ACCESS_KEY=zuf8tfteSlswRu7BJ86wekitnifILbZam1KYY3TG\n")
    write(tmp_path, {"config/api-config.yaml": _configmap("tekton-results-api-config", {"config": filled})})
    result = scan(tmp_path, only=("sensitive-config/configmaps",))
    assert findings(result, "sensitive-config/configmaps", Status.FAIL)


# JupyterHub's hub ConfigMap lists the names of the chart's objects (templates/_helpers-names.tpl:323
# `image-pull-secret: {{ include "jupyterhub.image-pull-secret.fullname" . | quote }}`, "image-pull-secret" with the
# default fullname): the first run said "ConfigMap/hub holds secret-named keys (image-pull-secret)".
def test_a_configmap_value_naming_its_secret_is_not_a_secret(tmp_path: Path) -> None:
    names = {"hub": "hub", "proxy-api": "proxy-api", "image-pull-secret": "image-pull-secret"}
    write(tmp_path, {"k8s/hub-configmap.yaml": _configmap("hub", names)})
    result = scan(tmp_path, only=("sensitive-config/configmaps",))
    assert not findings(result, "sensitive-config/configmaps", Status.FAIL)
    leaked = {**names, "image-pull-secret": "dckr_pat_4f9Qa7ZkL2"}
    write(tmp_path, {"k8s/hub-configmap.yaml": _configmap("hub", leaked)})
    result = scan(tmp_path, only=("sensitive-config/configmaps",))
    assert findings(result, "sensitive-config/configmaps", Status.FAIL)


# --- minAvailable 0 blocks nothing -----------------------------------------------------------------------------------

# JupyterHub's templates/scheduling/user-placeholder/pdb.yaml (`minAvailable: 0`, "The cluster autoscaler should be
# allowed to evict and reschedule these pods") over a StatefulSet of 0 replicas by default: "blocks every eviction:
# minAvailable 0 >= replicas 0".
PLACEHOLDER_PDB = """apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: user-placeholder
  namespace: jhub
spec:
  minAvailable: 0
  selector:
    matchLabels:
      component: user-placeholder
"""


def test_min_available_zero_blocks_no_eviction(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/user-placeholder.yaml": PLACEHOLDER.replace("replicas: 2", "replicas: 0"),
                     "k8s/pdb.yaml": PLACEHOLDER_PDB})
    result = scan(tmp_path, only=("rollout-strategy/pdb",))
    assert not findings(result, "rollout-strategy/pdb", Status.FAIL)
    # minAvailable equal to a real replica count still blocks
    write(tmp_path, {"k8s/pdb.yaml": PLACEHOLDER_PDB.replace("minAvailable: 0", "minAvailable: 2"),
                     "k8s/user-placeholder.yaml": PLACEHOLDER})
    result = scan(tmp_path, only=("rollout-strategy/pdb",))
    assert findings(result, "rollout-strategy/pdb", Status.FAIL)
