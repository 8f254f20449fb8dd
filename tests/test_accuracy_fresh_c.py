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


# --- dockerfile/dockerignore: a service folder as the build context has no .git (pitstop's src/<Service>/) ------

def test_a_service_folder_context_needs_no_git_exclusion(tmp_path: Path) -> None:
    # pitstop builds each service from its own folder (compose `build: CustomerManagementAPI`), whose .dockerignore
    # excludes bin/obj: "does not exclude .git, .env" although that context holds neither
    dockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY . /app\n"
    write(tmp_path, {"src/Api/Dockerfile": dockerfile, "src/Api/.dockerignore": "bin/\nobj/\n",
                     "src/docker-compose.yml": "services:\n  api:\n    build: Api\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert f.status is Status.PASS, f.message
    write(tmp_path, {"src/Api/.env": "TOKEN=x\n"})  # an env file in the context must stay out of the image
    [f] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert f.status is Status.WARN and f.message.endswith("does not exclude .env")


def test_the_repository_root_as_context_still_needs_git_and_env_excluded(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM alpine:3.20\nCOPY . /app\n", ".dockerignore": "node_modules\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert f.status is Status.WARN and ".git, .env" in f.message


# --- .NET test projects known by their .csproj; their folders are tests (pitstop's src/UITest) -----------------

UITEST_CSPROJ = """\
<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="MSTest" />
    <PackageReference Include="Microsoft.Playwright" />
  </ItemGroup>
</Project>
"""
SCENARIO = ("[TestClass]\npublic class ScenarioTests\n{\n    [TestMethod]\n"
            "    public async Task EndToEnd() { await Page.GotoAsync(BaseUrl); }\n}\n")


def test_a_dotnet_project_driving_a_browser_is_an_end_to_end_suite(tmp_path: Path) -> None:
    # pitstop's src/UITest (MSTest + Microsoft.Playwright): "no end-to-end test suite found"
    write(tmp_path, {"src/UITest/UITest.csproj": UITEST_CSPROJ, "src/UITest/ScenarioTests.cs": SCENARIO})
    [f] = findings(scan(tmp_path, only=("e2e-tests/suite",)), "e2e-tests/suite")
    assert f.status is Status.PASS, f.message


def test_secrets_in_a_dotnet_test_project_are_test_data(tmp_path: Path) -> None:
    # pitstop's src/UITest/TestConstants.cs holds the test database's connection string
    constants = 'public static class TestConstants\n{\n    public const string Cn = ' \
                '"server=localhost,1434;user id=sa;password=8jkGh47hnDw89H@q8LN2;database=Pitstop;";\n}\n'
    write(tmp_path, {"src/UITest/TestConstants.cs": constants, "src/Api/Settings.cs": constants})
    reported = [f.location.path for f in findings(scan(tmp_path, only=("sensitive-config/secret-scan",)),
                                                   "sensitive-config/secret-scan", Status.FAIL) if f.location]
    assert reported == ["src/Api/Settings.cs"]


# --- logging: Serilog in a .NET service (pitstop) -------------------------------------------------------------

API_CSPROJ = """\
<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <PackageReference Include="Serilog.AspNetCore" />
    <PackageReference Include="Serilog.Settings.Configuration" />
  </ItemGroup>
</Project>
"""
PROGRAM_CS = """\
var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logContext) =>
    logContext
        .ReadFrom.Configuration(builder.Configuration)
        .Enrich.WithMachineName());
"""


def test_serilog_is_structured_logging_with_its_level_from_configuration(tmp_path: Path) -> None:
    # pitstop: "no logging setup found in the code" and "no env var sets the log level" (its WebApp's site.js made
    # the code facts run, and they do not read C#)
    write(tmp_path, {"src/Api/Api.csproj": API_CSPROJ, "src/Api/Program.cs": PROGRAM_CS,
                     "src/Web/Assets/site.js": "console.log('hello');\n"})
    result = scan(tmp_path, only=("logging/structured", "logging/level-from-env"))
    [structured] = findings(result, "logging/structured")
    [level] = findings(result, "logging/level-from-env")
    assert structured.status is Status.PASS and "Serilog" in structured.message
    assert level.status is Status.PASS and level.location is not None and level.location.line == 4


def test_serilog_without_configuration_leaves_the_level_fixed(tmp_path: Path) -> None:
    write(tmp_path, {"src/Api/Api.csproj": API_CSPROJ,
                     "src/Api/Program.cs": PROGRAM_CS.replace(".ReadFrom.Configuration(builder.Configuration)",
                                                              ".MinimumLevel.Information()"),
                     "src/Web/Assets/site.js": "console.log('hello');\n"})
    [level] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert level.status in (Status.FAIL, Status.WARN)


# --- external-services/http-timeouts in Go and Java (hotrod's tracing client, microservice-kubernetes' clients) -

GO_CLIENT = """\
package tracing

import "net/http"

func NewHTTPClient() *http.Client {
	return &http.Client{
		Transport: http.DefaultTransport,
	}
}

func NewTimedClient() *http.Client {
	return &http.Client{Transport: http.DefaultTransport, Timeout: 5 * time.Second}
}
"""
JAVA_CLIENT = """\
package com.example.order.clients;

public class CatalogClient {
	private final RestTemplate restTemplate = new RestTemplate(converters);
	Item one(long id) { return restTemplate.getForObject(url + id, Item.class); }
}
"""


def test_go_and_java_http_clients_without_a_timeout_fail(tmp_path: Path) -> None:
    # both items said "HTTP timeouts are read from Python code; none found" (skipped): two labelled misses
    write(tmp_path, {"pkg/tracing/http.go": GO_CLIENT, "order/src/main/java/CatalogClient.java": JAVA_CLIENT,
                     "pkg/tracing/http_test.go": "package tracing\n\nvar c = &http.Client{}\n"})
    result = scan(tmp_path, only=("external-services/http-timeouts",))
    bad = {(f.location.path, f.location.line) for f in findings(result, "external-services/http-timeouts", Status.FAIL)
           if f.location}
    assert bad == {("pkg/tracing/http.go", 6), ("order/src/main/java/CatalogClient.java", 4)}


def test_go_and_java_http_clients_with_timeouts_pass(tmp_path: Path) -> None:
    timeouts = "\n\t{ factory.setConnectTimeout(2000); factory.setReadTimeout(5000); }"
    java = JAVA_CLIENT.replace("new RestTemplate(converters);", "new RestTemplate(factory);" + timeouts)
    go = GO_CLIENT.replace("Transport: http.DefaultTransport,\n\t}",
                           "Transport: http.DefaultTransport,\n\t\tTimeout: 3 * time.Second,\n\t}")
    write(tmp_path, {"pkg/tracing/http.go": go, "order/src/main/java/CatalogClient.java": java})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.PASS, f.message


# --- endpoint-security/debug-mode: every actuator endpoint exposed without Spring Security (microservice-kubernetes)

def test_spring_actuator_exposed_to_everyone_fails_unless_spring_security_guards_it(tmp_path: Path) -> None:
    # ewolff/microservice-kubernetes: management.endpoints.web.exposure.include=* in each service, behind LoadBalancer
    # Services, no Spring Security: the item said "no Python source code" (n/a)
    props = "management.endpoints.web.exposure.include=*\nspring.application.name=catalog\n"
    pom = "<project><dependencies><dependency><artifactId>spring-boot-starter-actuator</artifactId>" \
          "</dependency></dependencies></project>\n"
    write(tmp_path, {"catalog/src/main/resources/application.properties": props, "catalog/pom.xml": pom,
                     "order/src/main/resources/application.yml":
                         "management:\n  endpoints:\n    web:\n      exposure:\n        include: \"*\"\n",
                     "order/pom.xml": pom.replace("actuator", "security"),
                     "catalog/src/test/resources/application.properties": props})
    [f] = findings(scan(tmp_path, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    assert f.status is Status.FAIL and f.location is not None
    assert (f.location.path, f.location.line) == ("catalog/src/main/resources/application.properties", 1)


def test_spring_actuator_exposing_health_only_passes(tmp_path: Path) -> None:
    write(tmp_path, {"catalog/src/main/resources/application.properties":
                     "management.endpoints.web.exposure.include=health,prometheus\n"})
    [f] = findings(scan(tmp_path, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    assert f.status is Status.PASS and "Spring Boot" in f.message


# --- integration-tests/suite: Go tests a CI step named "integration" runs (hotrod) ------------------------------

HOTROD_WORKFLOW = """\
on: pull_request
jobs:
  sandbox-route:
    runs-on: ubuntu-latest
    steps:
      - name: Run Integration Tests using Signadot Local Proxy
        run: |
          TEST_FRONTEND_ADDR=localhost:38080 go test -v \\
            ${GITHUB_WORKSPACE}/services/frontend/ | go-junit-report -set-exit-code -out integration-report.xml
      - name: Unit
        run: go test ./internal/...
"""
GO_TEST = "package {pkg}\n\nimport \"testing\"\n\nfunc TestIt(t *testing.T) {{}}\n"


def test_go_tests_run_by_a_ci_step_named_integration_are_integration_tests(tmp_path: Path) -> None:
    # hotrod: "no integration test suite found" although its pull-request workflow runs services/frontend's tests
    # against a deployed sandbox in the step "Run Integration Tests using Signadot Local Proxy"
    write(tmp_path, {".github/workflows/build.yml": HOTROD_WORKFLOW,
                     "services/frontend/api_test.go": GO_TEST.format(pkg="frontend"),
                     "internal/metrics/cache_test.go": GO_TEST.format(pkg="metrics")})
    result = scan(tmp_path, only=("integration-tests/suite", "unit-tests/suite"))
    [integration] = findings(result, "integration-tests/suite")
    [unit] = findings(result, "unit-tests/suite")
    assert integration.status is Status.PASS and "1 integration tests in 1 file" in integration.message
    assert unit.status is Status.PASS and "1 unit tests in 1 file" in unit.message


def test_a_go_client_whose_requests_carry_a_context_deadline_passes(tmp_path: Path) -> None:
    # podinfo's echo handler: http.Client without Timeout, each request under context.WithTimeout
    echo = ("package http\n\nfunc (s *Server) echo() {\n\tclient := http.Client{Transport: t}\n"
            "\tctx, cancel := context.WithTimeout(ctx, s.config.HttpClientTimeout)\n\tdefer cancel()\n}\n")
    write(tmp_path, {"pkg/api/http/echo.go": echo})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.PASS, f.message


def test_the_default_client_under_a_context_deadline_passes(tmp_path: Path) -> None:
    # podinfo's cmd/podcli/check.go: http.DefaultClient.Do(req) with req's context from context.WithTimeout
    check = ("package main\n\nfunc probe(req *http.Request) {\n\tctx, cancel := context.WithTimeout(req.Context(), t)\n"
             "\tdefer cancel()\n\tresp, err := http.DefaultClient.Do(req.WithContext(ctx))\n}\n")
    write(tmp_path, {"cmd/podcli/check.go": check})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.PASS, f.message
    no_deadline = check.replace("context.WithTimeout(req.Context(), t)", "req.Context(), nil")
    write(tmp_path, {"cmd/podcli/check.go": no_deadline})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.FAIL


def test_an_uncalled_resttemplate_bean_and_a_traffic_bot_are_not_judged(tmp_path: Path) -> None:
    # spring-petclinic's gateway and bank-of-anthos' ledgermonolith declare a RestTemplate bean nothing calls;
    # emojivoto's vote-bot is the demo's traffic generator
    bean = "@Bean\nRestTemplate restTemplate() {\n    return new RestTemplate();\n}\n"
    write(tmp_path, {"gateway/src/main/java/Gateway.java": bean,
                     "emojivoto-web/cmd/vote-bot/main.go": "package main\n\nvar client = &http.Client{Transport: t}\n"})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.NA, f.message
    write(tmp_path, {"gateway/src/main/java/Caller.java": "class C { int n() { return restTemplate.exchange(u); } }\n"})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.FAIL and f.location is not None
    assert f.location.path == "gateway/src/main/java/Gateway.java"


def test_a_release_script_that_builds_with_skaffold_pushes(tmp_path: Path) -> None:
    # bank-of-anthos: the release workflow runs make-release.sh, which runs `skaffold build` (pushes); a
    # `skaffold build --push=false` does not push
    script = "#!/bin/bash\nskaffold config set local-cluster false\nskaffold build --file-output=a.json\n"
    write(tmp_path, {"src/Dockerfile": "FROM alpine:3.20\n", "docs/releasing/make-release.sh": script,
                     ".github/workflows/release.yml": _workflow("bash ./docs/releasing/make-release.sh")})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is Status.PASS and "make-release.sh" in f.message
    write(tmp_path, {"docs/releasing/make-release.sh": "#!/bin/bash\nskaffold build --push=false\n"})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is Status.WARN


def test_a_build_workflow_of_another_repository_is_for_a_person_to_confirm(tmp_path: Path) -> None:
    # example-voting-app: `uses: dockersamples/.github/.github/workflows/reusable-docker-build.yaml@main`; whether
    # it pushes is written in the other repository: manual (confirm and sign off), neither a pass nor "no push"
    workflow = ("on: push\njobs:\n  call-docker-build:\n"
                "    uses: dockersamples/.github/.github/workflows/reusable-docker-build.yaml@main\n")
    write(tmp_path, {"vote/Dockerfile": "FROM alpine:3.20\n", ".github/workflows/vote.yaml": workflow})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is Status.MANUAL and "reusable-docker-build.yaml" in f.message
