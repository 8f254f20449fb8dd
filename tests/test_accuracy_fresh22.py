"""What the fresh repositories drone-delivery (mspnp/microservices-reference-implementation) and
node-feature-discovery (kubernetes-sigs/node-feature-discovery) showed (acc-fresh22, 2026-11-30). Each test fails on
the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- registry/ci-push: Azure Pipelines' Docker task "Push an image" was no push ------------------------------------

# drone-delivery's src/shipping/delivery/azure-pipelines.yml (the CI half of each service's pipeline): the testrunner
# image is built and run, then the runtime image is built and pushed on release/delivery/v* branches.
AZURE_PIPELINE = """\
variables:
  repositoryName: delivery
  dockerFileName: src/shipping/delivery/Dockerfile
  imageName: $(repositoryName):$(Build.SourceBranchName)

jobs:
  - job: deliveryjobci
    displayName: "Delivery CI"
    pool:
      vmImage: "Ubuntu 16.04"
    steps:
      - task: Docker@1
        displayName: "Build testrunner image"
        inputs:
          azureSubscriptionEndpoint: $(azureSubscription)
          azureContainerRegistry: $(azureContainerRegistry)
          arguments: "--pull --target testrunner"
          dockerFile: $(System.DefaultWorkingDirectory)/$(dockerFileName)
          imageName: "$(imageName)-test"

      - task: Docker@1
        condition: eq(variables['fullCI'],True)
        displayName: "Push runtime image"
        inputs:
          azureSubscriptionEndpoint: $(azureSubscription)
          azureContainerRegistry: $(azureContainerRegistry)
          command: "Push an image"
          imageName: "$(imageName)"
          includeSourceTags: false
"""
DOTNET_DOCKERFILE = """\
FROM mcr.microsoft.com/dotnet/core/aspnet:3.1 as base
WORKDIR /app
EXPOSE 8080

FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS build
WORKDIR /app
COPY Fabrikam.DroneDelivery.DeliveryService/*.csproj ./Fabrikam.DroneDelivery.DeliveryService/
RUN dotnet restore /app/Fabrikam.DroneDelivery.DeliveryService/
COPY Fabrikam.DroneDelivery.DeliveryService/. ./Fabrikam.DroneDelivery.DeliveryService/

FROM build AS publish
RUN dotnet publish /app/Fabrikam.DroneDelivery.DeliveryService/ -c release -o ./out --no-restore

FROM base AS runtime
ARG user=deliveryuser
RUN useradd -m -s /bin/bash -U $user
WORKDIR /app
COPY --from=publish /app/out ./
RUN chown -R $user.$user /app
USER $user
ENTRYPOINT ["/bin/bash", "/app/run.sh"]
"""


def test_azure_pipelines_docker_task_push_an_image_pushes(tmp_path: Path) -> None:
    write(tmp_path, {"src/shipping/delivery/Dockerfile": DOTNET_DOCKERFILE,
                     "src/shipping/delivery/azure-pipelines.yml": AZURE_PIPELINE})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.PASS]
    assert "Push an image" in push[0].message
    assert push[0].location is not None and push[0].location.line == 27  # the command: line


def test_azure_pipelines_docker_task_that_only_builds_is_no_push(tmp_path: Path) -> None:
    only_build = AZURE_PIPELINE.replace('command: "Push an image"', 'command: "Build an image"')
    write(tmp_path, {"Dockerfile": DOTNET_DOCKERFILE, "azure-pipelines.yml": only_build})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.WARN]


def test_azure_pipelines_docker_2_pushes_by_default(tmp_path: Path) -> None:
    # Docker@2's command defaults to buildAndPush; Docker@1's (above, without a command) to a build
    v2 = "steps:\n  - task: Docker@2\n    inputs:\n      repository: delivery\n      dockerfile: Dockerfile\n"
    write(tmp_path, {"Dockerfile": DOTNET_DOCKERFILE, "azure-pipelines.yml": v2})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.PASS]
    write(tmp_path, {"azure-pipelines.yml": v2.replace("Docker@2", "Docker@1")})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.WARN]


# --- registry/ci-push: a Cloud Build step that runs a script, which pushes through make -----------------------------

# node-feature-discovery's cloudbuild.yaml (the Prow post-submit push-images job), scripts/test-infra/push-image.sh
# and the Makefile's push-all target (abridged to the lines that matter).
CLOUDBUILD = """\
timeout: 5000s
steps:
  - name: gcr.io/k8s-staging-test-infra/gcb-docker-gcloud:v20250513-9264efb079
    entrypoint: scripts/test-infra/push-image.sh
    env:
    - IMAGE_REGISTRY=gcr.io/$PROJECT_ID
    - _GIT_TAG=$_GIT_TAG
    - _PULL_BASE_REF=$_PULL_BASE_REF
    - HOME=/root
substitutions:
  _GIT_TAG: '0.0.0'
  _PULL_BASE_REF: 'master'
"""
PUSH_IMAGE_SH = """\
#!/bin/bash -e

if [[ $_PULL_BASE_REF =~ ^v[0-9]+\\.[0-9]+\\.[0-9]+$ ]]; then
    MAKE_VARS="VERSION=${_PULL_BASE_REF}"
else
    MAKE_VARS="VERSION=${_GIT_TAG:10} IMAGE_EXTRA_TAG_NAMES=${_PULL_BASE_REF}"
fi

# Authenticate in order to be able to push images
gcloud auth configure-docker

# Build and push images
IMAGE_ALL_PLATFORMS=linux/amd64,linux/arm64,linux/s390x,linux/ppc64le make push-all $MAKE_VARS
"""
MAKEFILE = """\
IMAGE_BUILD_CMD ?= docker build
IMAGE_PUSH_CMD ?= docker push
IMAGE_BUILDX_CMD ?= DOCKER_CLI_EXPERIMENTAL=enabled docker buildx build --builder=nfd-builder \
--platform=${IMAGE_ALL_PLATFORMS} --progress=auto --pull

image: yamls
\t$(IMAGE_BUILD_CMD) $(IMAGE_BUILD_ARGS) $(IMAGE_BUILD_ARGS_FULL)

push-all: ensure-buildx yamls
\t$(IMAGE_BUILDX_CMD) --push $(IMAGE_BUILD_ARGS) $(IMAGE_BUILD_ARGS_FULL)
\t$(IMAGE_BUILDX_CMD) --push $(IMAGE_BUILD_ARGS) $(IMAGE_BUILD_ARGS_MINIMAL)
"""


def test_cloud_build_entrypoint_script_pushing_through_make_is_a_push(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM golang:1.26 AS builder\nFROM scratch\nUSER 65534:65534\n",
                     "cloudbuild.yaml": CLOUDBUILD, "scripts/test-infra/push-image.sh": PUSH_IMAGE_SH,
                     "Makefile": MAKEFILE})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.PASS]
    assert "push-image.sh" in push[0].message and "make push-all" in push[0].message


def test_cloud_build_script_whose_make_target_only_builds_is_no_push(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM golang:1.26 AS builder\nFROM scratch\nUSER 65534:65534\n",
                     "cloudbuild.yaml": CLOUDBUILD,
                     "scripts/test-infra/push-image.sh": PUSH_IMAGE_SH.replace("make push-all", "make image"),
                     "Makefile": MAKEFILE})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.WARN]


# --- dockerfile/non-root-user: `ARG user=deliveryuser` ... `USER $user` was "cannot tell" -------------------------

# drone-delivery's inner-loop-scripts/shell/install-drone-demo.sh names the word `user` in another command; no build
# file passes --build-arg user.
INSTALL_SCRIPT = """\
#!/bin/bash
export SUBSCRIPTIONID=$SUBSCRIPTION
userObjectId=$(az ad signed-in-user show --query objectId -o tsv)
"""


def test_user_from_an_arg_default_no_build_passes(tmp_path: Path) -> None:
    write(tmp_path, {"src/shipping/delivery/Dockerfile": DOTNET_DOCKERFILE,
                     "inner-loop-scripts/shell/install-drone-demo.sh": INSTALL_SCRIPT})
    user = findings(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
    assert [f.status for f in user] == [Status.PASS]
    assert "deliveryuser" in user[0].message


def test_user_arg_a_build_passes_stays_unknown(tmp_path: Path) -> None:
    for passing in ("docker build --build-arg user=root -f src/shipping/delivery/Dockerfile .\n",
                    "services:\n  delivery:\n    build:\n      context: .\n      args:\n        - user\n",
                    "services:\n  delivery:\n    build:\n      args:\n        user: root\n"):
        write(tmp_path, {"src/shipping/delivery/Dockerfile": DOTNET_DOCKERFILE, "build.sh": passing,
                         "docker-compose.yml": passing if passing.startswith("services") else "services: {}\n"})
        user = findings(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
        assert [f.status for f in user] == [Status.WARN], passing


# --- dockerfile/layer-caching: `mvn clean dependency:go-offline` was no dependency download ---------------------

# drone-delivery's src/shipping/ingestion/Dockerfile: the `maven` stage fetches the dependencies from pom.xml alone;
# the `build` stage, built FROM it, compiles the copied sources offline.
INGESTION_DOCKERFILE = """\
FROM openjdk:8-jre-alpine as base
WORKDIR /usr/src/app
EXPOSE 80

FROM maven:3.6.0-jdk-8-slim as maven
WORKDIR /usr/src/app

COPY pom.xml ./
RUN mvn clean dependency:go-offline

FROM maven as build
WORKDIR /usr/src/app

COPY src ./src
RUN mvn compile

FROM build as package
WORKDIR /usr/src/app

RUN mvn package -Dmaven.test.skip=true -Dcheckstyle.skip=true -Dmaven.javadoc.skip=true

FROM base as final

WORKDIR /app
COPY --from=package /usr/src/app/target/ingestion-0.1.0.jar ./

ENTRYPOINT ["java","-jar","ingestion-0.1.0.jar"]
"""


def test_mvn_go_offline_after_another_goal_downloads_the_dependencies(tmp_path: Path) -> None:
    write(tmp_path, {"src/shipping/ingestion/Dockerfile": INGESTION_DOCKERFILE,
                     "src/shipping/ingestion/pom.xml": "<project><artifactId>ingestion</artifactId></project>\n",
                     "src/shipping/ingestion/src/main/java/App.java": "class App {}\n"})
    caching = findings(scan(tmp_path, only=("dockerfile/layer-caching",)), "dockerfile/layer-caching")
    assert [f.status for f in caching] == [Status.PASS]


def test_mvn_compile_without_a_download_before_still_warns(tmp_path: Path) -> None:
    write(tmp_path, {"src/shipping/ingestion/Dockerfile": INGESTION_DOCKERFILE.replace(
        "RUN mvn clean dependency:go-offline", "RUN mvn clean"),
        "src/shipping/ingestion/pom.xml": "<project><artifactId>ingestion</artifactId></project>\n",
        "src/shipping/ingestion/src/main/java/App.java": "class App {}\n"})
    caching = findings(scan(tmp_path, only=("dockerfile/layer-caching",)), "dockerfile/layer-caching")
    assert [f.status for f in caching] == [Status.WARN]


# --- cluster/namespace: objects of a custom resource its CRD declares cluster-scoped ------------------------------

# node-feature-discovery's deployment/base/nfd-crds/nfd-api-crds.yaml (the NodeFeatureRule CRD, abridged) and
# deployment/nodefeaturerule/samples/nodefeaturerule-usb.yaml.
CRD = """\
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  annotations:
    controller-gen.kubebuilder.io/version: v0.16.3
  name: nodefeaturerules.nfd.k8s-sigs.io
spec:
  group: nfd.k8s-sigs.io
  names:
    kind: NodeFeatureRule
    listKind: NodeFeatureRuleList
    plural: nodefeaturerules
    shortNames:
    - nfr
    singular: nodefeaturerule
  scope: Cluster
  versions:
  - name: v1alpha1
    schema:
      openAPIV3Schema:
        type: object
    served: true
    storage: true
"""
RULE = """\
#
# This NodeFeatureRule replicates all built-in usb feature labels of NFD.
#
apiVersion: nfd.k8s-sigs.io/v1alpha1
kind: NodeFeatureRule
metadata:
  name: nfd-builtin-usb-features
spec:
  rules:
    - name: "nfd built-in usb-<device>.present labels"
      labelsTemplate: |
        {{ range .usb.device }}usb-{{ .class }}_{{ .vendor }}_{{ .device }}.present=true
        {{ end }}
"""


def test_a_cluster_scoped_custom_resource_needs_no_namespace(tmp_path: Path) -> None:
    write(tmp_path, {"deployment/crds/nfd-api-crds.yaml": CRD,
                     "deployment/nodefeaturerule/samples/nodefeaturerule-usb.yaml": RULE})
    ns = findings(scan(tmp_path, only=("cluster/namespace",)), "cluster/namespace")
    assert [f.status for f in ns] == [Status.SKIPPED]  # no namespaced object left


def test_a_namespaced_custom_resource_still_declares_its_namespace(tmp_path: Path) -> None:
    write(tmp_path, {"deployment/crds/nfd-api-crds.yaml": CRD.replace("scope: Cluster", "scope: Namespaced"),
                     "deployment/nodefeaturerule/samples/nodefeaturerule-usb.yaml": RULE})
    ns = findings(scan(tmp_path, only=("cluster/namespace",)), "cluster/namespace")
    assert [f.status for f in ns] == [Status.FAIL]
    # the same kind of another API group is not the CRD's
    write(tmp_path, {"deployment/crds/nfd-api-crds.yaml": CRD.replace("group: nfd.k8s-sigs.io", "group: example.io")})
    ns = findings(scan(tmp_path, only=("cluster/namespace",)), "cluster/namespace")
    assert [f.status for f in ns] == [Status.FAIL]


# --- readme/present: a short README whose Documentation heading is itself the link --------------------------------

# node-feature-discovery's README.md (42 words of prose), abridged.
NFD_README = """\
# Node Feature Discovery

Welcome to Node Feature Discovery \u2013 a Kubernetes add-on for detecting hardware
features and system configuration!

## See our [Documentation][documentation] for detailed instructions and reference

### Quick-start \u2013 the short-short version

#### Helm

```bash
helm install -n node-feature-discovery --create-namespace nfd oci://registry.k8s.io/nfd/charts/node-feature-discovery \
--version 0.18.3
```

#### Kustomize

```bash
kubectl apply -k "https://github.com/kubernetes-sigs/node-feature-discovery/deployment/overlays/default?ref=v0.18.3"
```

[documentation]: https://kubernetes-sigs.github.io/node-feature-discovery
"""


def test_a_short_readme_linking_its_documentation_in_the_heading_is_no_stub(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": NFD_README})
    present = findings(scan(tmp_path, only=("readme/present",)), "readme/present")
    assert [f.status for f in present] == [Status.PASS]
    assert "kubernetes-sigs.github.io/node-feature-discovery" in present[0].message


def test_a_short_readme_with_a_documentation_heading_and_no_link_is_a_stub(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": NFD_README.replace("[Documentation][documentation]", "Documentation")
                     .replace("[documentation]: https://kubernetes-sigs.github.io/node-feature-discovery\n", "")})
    present = findings(scan(tmp_path, only=("readme/present",)), "readme/present")
    assert [f.status for f in present] == [Status.FAIL]
