"""What the fresh Go, Java and .NET repositories of the night of 2026-11-29 showed (acc-fresh-c): hotrod,
microservice-kubernetes and pitstop in bench/accuracy. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- sensitive-config/configmaps: a config file inside a ConfigMap (pitstop's rabbitmq.conf) ------------------

RABBITMQ_CONFIGMAP = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: rqconfigmap
data:
  rabbitmq.conf: |
    default_user = rabbitmquser
    default_pass = {password}
"""


def test_a_config_file_in_a_configmap_with_a_literal_password_fails(tmp_path: Path) -> None:
    # pitstop's src/k8s/rabbitmq.yaml: the item passed ("holds no secret-named keys"), a false pass
    write(tmp_path, {"k8s/rabbitmq.yaml": RABBITMQ_CONFIGMAP.format(password="DEBmbwkSrzy9D1T9cJfa")})
    [f] = findings(scan(tmp_path, only=("sensitive-config/configmaps",)), "sensitive-config/configmaps")
    assert f.status is Status.FAIL and "rabbitmq.conf" in f.message
    assert "DEBmbwkSrzy9D1T9cJfa" not in str(f.evidence)


def test_a_config_file_in_a_configmap_with_a_reference_passes(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/rabbitmq.yaml": RABBITMQ_CONFIGMAP.format(password="${RABBITMQ_PASS}")})
    [f] = findings(scan(tmp_path, only=("sensitive-config/configmaps",)), "sensitive-config/configmaps")
    assert f.status is Status.PASS


# --- rollout-strategy/strategy: Recreate for a single database pod (pitstop's sqlserver and rabbitmq) ----------

def _deployment(name: str, image: str, replicas: int = 1) -> str:
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata: {{name: {name}}}
spec:
  replicas: {replicas}
  selector: {{matchLabels: {{app: {name}}}}}
  strategy: {{type: Recreate}}
  template:
    metadata: {{labels: {{app: {name}}}}}
    spec:
      containers:
        - {{name: {name}, image: "{image}"}}
"""


def test_recreate_for_a_single_data_store_pod_passes_and_for_a_service_warns(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/sqlserver.yaml": _deployment("sqlserver", "mcr.microsoft.com/mssql/server:2022-latest"),
                     "k8s/rabbitmq.yaml": _deployment("rabbitmq", "rabbitmq:3-management-alpine"),
                     "k8s/api.yaml": _deployment("api", "ghcr.io/acme/api:1.0")})
    got = {f.location.object.name: f.status  # type: ignore[union-attr]
           for f in findings(scan(tmp_path, only=("rollout-strategy/strategy",)), "rollout-strategy/strategy")}
    assert got == {"sqlserver": Status.PASS, "rabbitmq": Status.PASS, "api": Status.WARN}


# --- registry/ci-push: a push behind a Makefile variable or a shell script (hotrod, microservice-kubernetes) ---

HOTROD_MAKEFILE = """\
DOCKER ?= docker
RELEASE_TAG ?= latest

build-docker: build
\t$(DOCKER) build -t signadot/hotrod:$(RELEASE_TAG) .

push-docker: build-docker
\t$(DOCKER) push signadot/hotrod:$(RELEASE_TAG)
"""


def _workflow(run: str) -> str:
    return f"on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: {run}\n"


def test_ci_running_a_make_target_whose_push_command_is_a_variable_is_a_push(tmp_path: Path) -> None:
    # hotrod: `make push-docker` runs `$(DOCKER) push ...` with `DOCKER ?= docker`: "no image push found"
    write(tmp_path, {"Dockerfile": "FROM alpine:3.20\n", "Makefile": HOTROD_MAKEFILE,
                     ".github/workflows/build.yml": _workflow("make push-docker")})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is Status.PASS and "Makefile" in f.message


def test_ci_running_a_script_that_pushes_is_a_push(tmp_path: Path) -> None:
    # microservice-kubernetes: `cd microservice-kubernetes-demo && sh ./docker-build.sh`, which docker-pushes
    script = "#!/bin/sh\ndocker build --tag=app app\ndocker push $DOCKER_ACCOUNT/app\n"
    write(tmp_path, {"demo/app/Dockerfile": "FROM alpine:3.20\n", "demo/docker-build.sh": script,
                     "demo/build-only.sh": "#!/bin/sh\ndocker build --tag=app app\n",
                     ".github/workflows/build.yml": _workflow("cd demo && sh ./docker-build.sh")})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is Status.PASS and "demo/docker-build.sh" in f.message
    write(tmp_path, {".github/workflows/build.yml": _workflow("cd demo && sh ./build-only.sh")})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is Status.WARN


# --- ingress/*: mesh HTTPRoutes attached to Services are not external routes (hotrod's gatewayapi overlays) ----

SERVICE = """\
apiVersion: v1
kind: Service
metadata: {name: frontend}
spec:
  selector: {app: frontend}
  ports: [{port: 8080}]
---
"""
MESH_ROUTE = """\
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: frontend}
spec:
  parentRefs: [{name: frontend, kind: Service, group: "", port: 8080}]
  rules: [{backendRefs: [{name: frontend, port: 8080}]}]
"""


def test_a_mesh_httproute_on_a_service_exposes_nothing(tmp_path: Path) -> None:
    # hotrod's k8s/components/get-gatewayapi-routes: "HTTPRoute frontend has a catch-all rule (no host)"
    write(tmp_path, {"k8s/app.yaml": SERVICE + MESH_ROUTE,
                     "k8s/deploy.yaml": _deployment("frontend", "ghcr.io/acme/frontend:1.0")})
    result = scan(tmp_path, only=("ingress/host", "ingress/tls", "ingress/backend"))
    assert [f.status for f in findings(result, "ingress/host")] == [Status.NA]
    assert [f.status for f in findings(result, "ingress/tls")] == [Status.NA]
    assert [f.status for f in findings(result, "ingress/backend")] == [Status.PASS]  # its backend is still checked


def test_an_httproute_on_a_gateway_without_hostnames_is_still_a_catch_all(tmp_path: Path) -> None:
    edge = MESH_ROUTE.replace("{name: frontend, kind: Service, group: \"\", port: 8080}", "{name: public}")
    write(tmp_path, {"k8s/app.yaml": SERVICE + edge})
    [f] = findings(scan(tmp_path, only=("ingress/host",)), "ingress/host")
    assert f.status is Status.FAIL and "catch-all" in f.message
