"""Static `registry/*` checks: allow-list, digest pinning, pull secrets, CI push; plus image parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.images import parse_image, registry_matches

DIGEST = "sha256:" + "b" * 64


def deployment(image: str, extra_spec: str = "", name: str = "web") -> str:
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata: {{name: {name}, namespace: shop}}
spec:
  selector: {{matchLabels: {{app: {name}}}}}
  template:
    metadata: {{labels: {{app: {name}}}}}
    spec:
{extra_spec}      containers:
        - name: app
          image: {image}
"""


def statuses(result, check_id):  # type: ignore[no-untyped-def]
    return [f.status for f in findings(result, check_id)]


@pytest.mark.parametrize(("ref", "registry", "repo", "tag", "digest", "explicit"), [
    ("nginx", "docker.io", "library/nginx", None, None, False),
    ("nginx:1.27", "docker.io", "library/nginx", "1.27", None, False),
    ("bitnami/redis:7", "docker.io", "bitnami/redis", "7", None, False),
    ("ghcr.io/acme/app:1.2@" + DIGEST, "ghcr.io", "acme/app", "1.2", DIGEST, True),
    ("localhost:5000/app", "localhost:5000", "app", None, None, True),
    ("registry.example.com:443/team/app@" + DIGEST, "registry.example.com:443", "team/app", None, DIGEST, True),
    ("docker.io/library/python:3.12", "docker.io", "library/python", "3.12", None, True),
])
def test_parse_image(ref: str, registry: str, repo: str, tag: str | None, digest: str | None, explicit: bool) -> None:
    img = parse_image(ref)
    assert (img.registry, img.repository, img.tag, img.digest, img.explicit_registry) == (
        registry, repo, tag, digest, explicit)


def test_registry_matches_host_and_prefix() -> None:
    img = parse_image("ghcr.io/acme/app:1")
    assert registry_matches(img, "ghcr.io") and registry_matches(img, "ghcr.io/acme")
    assert not registry_matches(img, "ghcr.io/other") and not registry_matches(img, "ghcr.io.evil.com")
    assert registry_matches(parse_image("redis:7"), "docker.io")


def test_allowed_registry_pass_and_fail(tmp_path: Path) -> None:
    write(tmp_path, {
        ".deploycheck.yaml": "registries:\n  allowed: [ghcr.io/acme]\n",
        "k8s/good.yaml": deployment(f"ghcr.io/acme/web:1.0@{DIGEST}"),
        "k8s/bad.yaml": deployment("quay.io/someone/tool:2", name="tool"),
        "k8s/hub.yaml": deployment("redis:7", name="cache"),
    })
    result = scan(tmp_path, only=("registry/allowed-registry",))
    by_msg = {f.message: f for f in findings(result, "registry/allowed-registry")}
    assert by_msg[f"image ghcr.io/acme/web:1.0@{DIGEST} is from ghcr.io"].status is Status.PASS
    bad = by_msg["image quay.io/someone/tool:2 is not from an allowed registry"]
    assert bad.status is Status.FAIL and bad.location.path == "k8s/bad.yaml" and bad.location.line == 11
    assert bad.location.container == "app"
    assert by_msg["image redis:7 is not from an allowed registry (implicitly Docker Hub)"].status is Status.FAIL


def test_no_allow_list_warns_and_names_docker_hub_images(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/d.yaml": deployment("redis:7")})
    result = scan(tmp_path, only=("registry/allowed-registry",))
    found = findings(result, "registry/allowed-registry")
    assert {f.status for f in found} == {Status.WARN}
    summary = next(f for f in found if "allow-list" in f.message)
    assert summary.evidence["implicit_docker_hub"] == ["redis:7"]
    assert any("Docker Hub implicitly" in f.message for f in found)


@pytest.mark.parametrize(("image", "status"), [
    (f"ghcr.io/acme/web:1.0@{DIGEST}", Status.PASS),
    (f"ghcr.io/acme/web@{DIGEST}", Status.PASS),
    ("ghcr.io/acme/web:1.0", Status.WARN),
    ("ghcr.io/acme/web:latest", Status.FAIL),
    ("ghcr.io/acme/web", Status.FAIL),
    ("${IMAGE}", Status.WARN),
])
def test_digest_pinning(tmp_path: Path, image: str, status: Status) -> None:
    write(tmp_path, {"k8s/d.yaml": deployment(image)})
    result = scan(tmp_path, only=("registry/digest-pinned",))
    assert statuses(result, "registry/digest-pinned") == [status]


def test_no_workloads_is_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n"})
    result = scan(tmp_path, only=("registry",))
    for cid in ("registry/allowed-registry", "registry/digest-pinned"):
        assert statuses(result, cid) == [Status.NA]


PRIVATE = "registries:\n  allowed: [registry.acme.internal]\n  private: [registry.acme.internal]\n"
SA = ("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: puller, namespace: shop}\n"
      "imagePullSecrets: [{name: regcred}]\n")


def test_pull_secrets_on_pod_or_service_account(tmp_path: Path) -> None:
    img = f"registry.acme.internal/web:1@{DIGEST}"
    write(tmp_path, {
        ".deploycheck.yaml": PRIVATE,
        "k8s/a.yaml": deployment(img, "      imagePullSecrets: [{name: regcred}]\n", name="a"),
        "k8s/b.yaml": deployment(img, "      serviceAccountName: puller\n", name="b") + "---\n" + SA,
        "k8s/c.yaml": deployment(img, name="c"),
        "k8s/d.yaml": deployment("redis:7", name="d"),  # public image: not judged here
    })
    result = scan(tmp_path, only=("registry/pull-secrets",))
    found = {f.location.object.name: f for f in findings(result, "registry/pull-secrets")}
    assert set(found) == {"a", "b", "c"}
    assert found["a"].status is Status.PASS and found["b"].status is Status.PASS
    assert "ServiceAccount puller" in found["b"].message
    assert found["c"].status is Status.FAIL and found["c"].evidence["service_account"] == "default"


def test_pull_secrets_without_private_registries_is_na(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/a.yaml": deployment("ghcr.io/acme/web:1")})
    result = scan(tmp_path, only=("registry/pull-secrets",))
    assert statuses(result, "registry/pull-secrets") == [Status.NA]


GH_PUSH = """\
name: release
on: {push: {tags: ['v*']}}
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          push: ${{ github.event_name != 'pull_request' }}
          tags: ghcr.io/acme/web:${{ github.sha }}
"""
CLOUD_BUILD = """\
steps:
- name: 'gcr.io/cloud-builders/docker'
  args: ['build', '-t', 'gcr.io/acme/web:v1', '.']
  dir: 'svc'
images:
  - 'gcr.io/acme/web:v1'
"""
GH_BUILD_ONLY = GH_PUSH.replace("push: ${{ github.event_name != 'pull_request' }}", "push: false")
GITLAB = "build:\n  script:\n    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .\n" \
         "    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA\n"


# ministryofjustice/cla_public's .circleci/config.yml: the build job logs in with the AWS CLI and pushes through the
# ECR orb's build_image command (`push_image: true`); no `docker push` anywhere
CIRCLE_ECR = """\
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1 # use v4 of this orb
  aws-ecr: circleci/aws-ecr@9.0 # this orb doesn't support OIDC v2, so we use aws-cli to authenticate
jobs:
  build:
    executor: aws-ecr/default # use the aws-ecr/default executor to start the docker daemon
    steps:
      - checkout
      - aws-cli/setup:
          role_arn: $ECR_ROLE_TO_ASSUME # this will use the env var
          region: $ECR_REGION # this will use the env var
      - aws-ecr/build_image:
          push_image: true
          account_id: $AWS_ECR_REGISTRY_ID
          tag: $BUILD_TAGS
          region: $ECR_REGION # this will use the env var
          repo: $ECR_REPOSITORY # this will use the env var
workflows:
  build_and_test:
    jobs:
      - build
"""
CIRCLE_ECR_JOB = """\
version: 2.1
orbs:
  ecr: circleci/aws-ecr@8.2.1
workflows:
  release:
    jobs:
      - ecr/build-and-push-image:
          repo: web
          tag: ${CIRCLE_SHA1}
"""


# metrics-server's cloudbuild.yaml runs `make push-all` as `entrypoint: make` + `args: [push-all]`; push-all's
# prerequisite push-multi-arch publishes the image with `${CONTAINER_CLI} manifest push`
CLOUD_BUILD_MAKE = """\
steps:
  - name: 'gcr.io/k8s-staging-test-infra/gcb-docker-gcloud@sha256:ff38'
    entrypoint: make
    env:
    - GIT_TAG=$_PULL_BASE_REF
    args:
    - push-all
"""
MAKEFILE_MANIFEST_PUSH = """\
CONTAINER_CLI ?= docker
REGISTRY?=gcr.io/k8s-staging-metrics-server

.PHONY: push-all
push-all: push-multi-arch;

.PHONY: push-multi-arch
push-multi-arch:
\t${CONTAINER_CLI} manifest create --amend $(REGISTRY)/metrics-server:$(GIT_TAG)
\t${CONTAINER_CLI} manifest push --purge $(REGISTRY)/metrics-server:$(GIT_TAG)

build:
\tgo build ./...
"""


@pytest.mark.parametrize(("files", "status"), [
    ({".github/workflows/release.yml": GH_PUSH}, Status.PASS),
    ({".circleci/config.yml": CIRCLE_ECR}, Status.PASS),
    ({".circleci/config.yml": CIRCLE_ECR_JOB}, Status.PASS),
    # told not to push, or the build-only command without push_image: no push
    ({".circleci/config.yml": CIRCLE_ECR.replace("push_image: true", "push_image: false")}, Status.WARN),
    ({".circleci/config.yml": CIRCLE_ECR.replace("push_image: true\n", "")}, Status.WARN),
    ({".circleci/config.yml": CIRCLE_ECR_JOB.replace("repo: web", "push-image: false")}, Status.WARN),
    # the same step names under an orb that is not a registry's
    ({".circleci/config.yml": CIRCLE_ECR_JOB.replace("circleci/aws-ecr@8.2.1", "acme/slack@1.0")}, Status.WARN),
    ({".gitlab-ci.yml": GITLAB}, Status.PASS),
    ({".github/workflows/ci.yml": "jobs: {b: {steps: [{run: 'skopeo copy docker-archive:x docker://y'}]}}\n"},
     Status.PASS),
    ({".github/workflows/release.yml": GH_BUILD_ONLY}, Status.WARN),
    ({".gitlab-ci.yml": "include:\n  - template: Auto-DevOps.gitlab-ci.yml\n"}, Status.PASS),
    ({}, Status.WARN),
    # Cloud Build pushes what `images:` lists (kubernetes-engine-samples' quickstarts/whereami/cloudbuild.yaml) or
    # what a docker-builder step pushes; a config that only builds pushes nothing
    ({"svc/cloudbuild.yaml": CLOUD_BUILD}, Status.PASS),
    ({"cloudbuild.yaml": CLOUD_BUILD.split("images:")[0] + "- name: gcr.io/cloud-builders/docker\n"
                         "  args: ['push', 'gcr.io/acme/web:v1']\n"}, Status.PASS),
    ({"cloudbuild.yaml": CLOUD_BUILD.split("images:")[0]}, Status.WARN),
    ({"cloudbuild.yaml": CLOUD_BUILD_MAKE, "Makefile": MAKEFILE_MANIFEST_PUSH}, Status.PASS),
    # the same step running a target that only builds, and `manifest create` alone, push nothing
    ({"cloudbuild.yaml": CLOUD_BUILD_MAKE.replace("push-all", "build"), "Makefile": MAKEFILE_MANIFEST_PUSH},
     Status.WARN),
    ({"cloudbuild.yaml": CLOUD_BUILD_MAKE,
      "Makefile": MAKEFILE_MANIFEST_PUSH.replace("\t${CONTAINER_CLI} manifest push", "\t# ")}, Status.WARN),
])
def test_ci_push(tmp_path: Path, files: dict[str, str], status: Status) -> None:
    write(tmp_path, {"Dockerfile": "FROM a:1\n", **files})
    result = scan(tmp_path, only=("registry/ci-push",))
    [f] = findings(result, "registry/ci-push")
    assert f.status is status, f.message
    if status is Status.PASS:
        assert f.location and f.location.line


def test_ci_push_line_points_at_the_push(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM a:1\n", ".gitlab-ci.yml": GITLAB})
    result = scan(tmp_path, only=("registry/ci-push",))
    [f] = findings(result, "registry/ci-push")
    assert f.location.path == ".gitlab-ci.yml" and f.location.line == 4


def test_ci_push_not_applicable_without_an_image_built_here(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/d.yaml": deployment("redis:7")})
    result = scan(tmp_path, only=("registry/ci-push",))
    assert statuses(result, "registry/ci-push") == [Status.NA]


def test_helm_rendered_images_are_checked(tmp_path: Path) -> None:
    from deploycheck.sources.helm import helm_renders  # noqa: F401  (import proves the source exists)

    chart = {
        "chart/Chart.yaml": "apiVersion: v2\nname: web\nversion: 0.1.0\n",
        "chart/values.yaml": "image: ghcr.io/acme/web:latest\n",
        "chart/templates/d.yaml": deployment("{{ .Values.image }}").replace("namespace: shop", "namespace: x"),
    }
    write(tmp_path, chart)
    result = scan(tmp_path, only=("registry/digest-pinned",))
    found = findings(result, "registry/digest-pinned")
    if not found or found[0].status is Status.NA:
        pytest.skip("no Helm renderer available on this machine")
    assert [f.status for f in found] == [Status.FAIL]
    assert "ghcr.io/acme/web:latest" in found[0].message


GUESTBOOK = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: python-guestbook-frontend
spec:
  replicas: 1
  selector:
    matchLabels: {app: python-guestbook, tier: frontend}
  template:
    metadata:
      labels: {app: python-guestbook, tier: frontend}
    spec:
      initContainers:
      - name: check-db-ready
        image: postgres
        command: ['sh', '-c', 'until pg_isready -h python-guestbook-db -p 5432; do sleep 2; done;']
      containers:
      - name: frontend
        image: python-guestbook-frontend-django
        ports:
        - name: http-server
          containerPort: 8080
"""
SKAFFOLD = """\
apiVersion: skaffold/v2beta19
kind: Config
build:
  tagPolicy:
    sha256: {}
  artifacts:
    - context: src
      image: python-guestbook-frontend-django
deploy:
  kubectl:
    manifests:
    - kubernetes-manifests/**.yaml
"""


def test_images_skaffold_builds_are_placeholders(tmp_path: Path) -> None:
    """Cloud Code's Django guestbook deploys with skaffold, which replaces the artifact's name in the manifests
    with the reference it built (tag@digest): "untagged" was a false alarm of both pinning checks. The untagged
    `postgres` init container is still reported, and a skaffold.yaml of another folder builds nothing here."""
    checks = ("registry/digest-pinned", "rollback-plan/immutable-images")
    write(tmp_path / "sample", {"guestbook/skaffold.yaml": SKAFFOLD,
                                "guestbook/kubernetes-manifests/guestbook-app.deployment.yaml": GUESTBOOK})
    result = scan(tmp_path / "sample", only=checks)
    for check_id in checks:
        by_container = {f.location.container: f.status for f in findings(result, check_id) if f.location}
        assert by_container == {"frontend": Status.PASS, "check-db-ready": Status.FAIL}, check_id
    write(tmp_path / "elsewhere", {"other/skaffold.yaml": SKAFFOLD,
                                   "guestbook/kubernetes-manifests/guestbook-app.deployment.yaml": GUESTBOOK})
    result = scan(tmp_path / "elsewhere", only=checks)
    for check_id in checks:
        assert {f.status for f in findings(result, check_id)} == {Status.FAIL}, check_id
    # a tagged image is also applied as it is by other means: judged as written
    write(tmp_path / "tagged", {"skaffold.yaml": SKAFFOLD, "kubernetes-manifests/guestbook-app.deployment.yaml":
                                GUESTBOOK.replace("image: python-guestbook-frontend-django",
                                                  "image: python-guestbook-frontend-django:latest")})
    result = scan(tmp_path / "tagged", only=checks)
    for check_id in checks:
        assert {f.status for f in findings(result, check_id)} == {Status.FAIL}, check_id
    # a skaffold.yaml that lists its manifests applies only those
    write(tmp_path / "unlisted", {"skaffold.yaml": SKAFFOLD.replace("kubernetes-manifests/**.yaml", "k8s/*.yaml"),
                                  "kubernetes-manifests/guestbook-app.deployment.yaml": GUESTBOOK})
    result = scan(tmp_path / "unlisted", only=checks)
    for check_id in checks:
        assert {f.status for f in findings(result, check_id)} == {Status.FAIL}, check_id


def test_a_hostile_skaffold_yaml_is_left_out_not_a_crash(tmp_path: Path) -> None:
    """skaffold.yaml is the scanned repository's: nesting 20,000 deep crashed both pinning checks (RecursionError)
    and an alias bomb must not expand. Left out, the manifests are judged as written."""
    checks = ("registry/digest-pinned", "rollback-plan/immutable-images")
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))
    for name, text in (("deep", "build:\n  artifacts: " + "[" * 20000 + "]" * 20000 + "\n"),
                       ("bomb", bomb + "build:\n  artifacts: *i\n")):
        write(tmp_path / name, {"skaffold.yaml": text, "kubernetes-manifests/guestbook-app.deployment.yaml": GUESTBOOK})
        result = scan(tmp_path / name, only=checks)
        for check_id in checks:
            assert {f.status for f in findings(result, check_id)} == {Status.FAIL}, (name, check_id)
