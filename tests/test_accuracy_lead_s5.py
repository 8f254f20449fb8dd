"""Rules the lead added on 2026-11-30 (s5), each from the lines of a fresh repository of the accuracy set
(bench/accuracy): benc-uk/java-demoapp and kubernetes/kube-state-metrics."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

LAYERS = "dockerfile/layer-caching"

# java-demoapp's build/Dockerfile (shortened): the wrapper and pom first, then the sources, then one package run
JAVA_DOCKERFILE = """\
FROM adoptopenjdk/openjdk16:alpine AS build
WORKDIR /build
COPY .mvn ./.mvn
COPY mvnw ./mvnw
COPY pom.xml .
COPY src ./src
RUN ./mvnw -ntp clean package -DskipTests
FROM adoptopenjdk/openjdk16:alpine-jre
WORKDIR /app
COPY --from=build /build/target/java-demoapp.jar .
ENTRYPOINT ["java", "-jar", "java-demoapp.jar"]
"""
JAVA_FILES = {"pom.xml": "<project><artifactId>demo</artifactId></project>\n", "mvnw": "#!/bin/sh\n",
              ".mvn/wrapper/MavenWrapperDownloader.java": "public class MavenWrapperDownloader {}\n",
              ".mvn/wrapper/maven-wrapper.properties": "distributionUrl=https://example.org/maven.zip\n",
              "src/main/java/demo/app/JavaDemoapp.java": "package demo.app;\npublic class JavaDemoapp {}\n"}


def test_maven_clean_package_after_the_sources_downloads_everything_again(tmp_path: Path) -> None:
    """`./mvnw -ntp clean package` passed as "dependency install precedes the source copy (or there is none)":
    only a flag could stand between the tool and its goal, so `clean` hid the build. The wrapper's own files
    (.mvn/wrapper) are install inputs, so the finding names the COPY of src."""
    write(tmp_path, {**JAVA_FILES, "Dockerfile": JAVA_DOCKERFILE})
    [f] = findings(scan(tmp_path, only=(LAYERS,)), LAYERS)
    assert f.status is Status.WARN, f.message
    assert "(mvnw -ntp clean package) after `COPY src ./src`" in f.message, f.message
    offline = JAVA_DOCKERFILE.replace("COPY src ./src\n", "RUN ./mvnw -ntp dependency:go-offline\nCOPY src ./src\n")
    write(tmp_path, {"Dockerfile": offline})
    [f] = findings(scan(tmp_path, only=(LAYERS,)), LAYERS)
    assert f.status is Status.PASS, f.message
    gradle = "FROM gradle:8-jdk21 AS build\nCOPY . .\nRUN gradle clean bootJar --no-daemon\n"
    write(tmp_path, {"Dockerfile": gradle, "build.gradle": "plugins { id 'java' }\n"})
    [f] = findings(scan(tmp_path, only=(LAYERS,)), LAYERS)
    assert f.status is Status.WARN and "gradle clean bootJar" in f.message, f.message


EOL = "dependency-health/end-of-life"
POM = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.4.4</version>
    <relativePath/>
  </parent>
  <artifactId>java-demoapp</artifactId>
</project>
"""


def test_java_images_and_spring_boot_releases_are_judged(tmp_path: Path) -> None:
    """java-demoapp runs on adoptopenjdk/openjdk16:alpine-jre (Java 16 ended in 2021) with Spring Boot 2.4.4 (OSS
    support ended 2021-11-18): the check said skipped ("none of the 1 image(s) names a runtime ... the dataset
    knows"), as it did for every eclipse-temurin image: the dataset had no Java and no Spring Boot."""
    write(tmp_path, {"pom.xml": POM, "Dockerfile": "FROM adoptopenjdk/openjdk16:alpine-jre\nUSER 1000\n"})
    got = {f.message for f in findings(scan(tmp_path, only=(EOL,)), EOL, Status.FAIL)}
    assert any("java 16 reached end of life on 2021-09-30" in m for m in got), got
    assert any("pom.xml pins org.springframework.boot 2.4.4: spring-boot 2.4 reached end of life" in m
               for m in got), got
    # a supported Java release in an AdoptOpenJDK image: warned, the image is no longer rebuilt
    write(tmp_path, {"pom.xml": POM.replace("2.4.4", "4.1.0"),
                     "Dockerfile": "FROM adoptopenjdk/openjdk11:alpine-jre\nUSER 1000\n"})
    result = scan(tmp_path, only=(EOL,))
    [warned] = findings(result, EOL, Status.WARN)
    assert "AdoptOpenJDK's images get no more updates" in warned.message, warned.message
    assert [f.message for f in findings(result, EOL, Status.PASS)] == [
        "pom.xml pins org.springframework.boot 4.1.0: spring-boot 4.1 is supported until 2027-07-31 (dataset of "
        "2026-11-28)"]
    # Temurin, the Docker openjdk image (Oracle's builds, updated only until the next release) and Gradle's plugin
    write(tmp_path, {"pom.xml": "<project/>\n", "Dockerfile": "FROM eclipse-temurin:24-jre\nUSER 1000\n",
                     "build.gradle": "plugins {\n  id 'org.springframework.boot' version '2.7.18'\n}\n",
                     "other/Dockerfile": "FROM openjdk:21-slim-bookworm\nUSER 1000\n"})
    got = {f.message for f in findings(scan(tmp_path, only=(EOL,)), EOL, Status.FAIL)}
    assert any("eclipse-temurin:24-jre: java 24 reached end of life on 2025-09-16" in m for m in got), got
    assert any("openjdk:21-slim-bookworm: openjdk 21 reached end of life on 2024-03-19" in m for m in got), got
    assert any("build.gradle pins org.springframework.boot 2.7.18: spring-boot 2.7" in m for m in got), got


ROUTE_AUTH = "endpoint-security/route-auth"
SPEC_PRESENT = "api-docs/spec-present"
# java-demoapp's WebSecurityConfig (shortened): /user needs a login, every other path is opened by a catch-all
SECURITY = """\
package demo.app.security;

@EnableWebSecurity
public class WebSecurityConfig extends WebSecurityConfigurerAdapter {
  @Override
  protected void configure(HttpSecurity http) throws Exception {
    http
        .authorizeRequests()
        .antMatchers("/user").authenticated()
        .antMatchers("/**").permitAll()
        .and()
        .oauth2Login();
  }
}
"""
MBEANS = """\
package demo.app.controllers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class MBeanController {

  @GetMapping("/mbeans")
  public String getMetrics(Model model) throws Exception {
    model.addAttribute("data", "x");
    return "mbeans";
  }
}
"""
USER = MBEANS.replace("MBeanController", "UserController").replace('"/mbeans"', '"/user"')


def _java_app(tmp_path: Path, security: str = SECURITY) -> Path:
    return write(tmp_path, {"pom.xml": POM, "src/main/java/demo/app/security/WebSecurityConfig.java": security,
                            "src/main/java/demo/app/controllers/MBeanController.java": MBEANS,
                            "src/main/java/demo/app/controllers/UserController.java": USER})


def test_a_catch_all_permit_all_declares_nothing_public(tmp_path: Path) -> None:
    """`.antMatchers("/**").permitAll()` after the one guarded path passed /mbeans (every JVM MBean attribute) as
    "declared public in the code (permitAll() on /**)". A catch-all names no route: it is the open rule the
    written decision ("Public by design is declared") reports with the rule. A rule that names the path stays a
    declaration."""
    result = scan(_java_app(tmp_path), only=(ROUTE_AUTH,))
    failed = [f.message for f in findings(result, ROUTE_AUTH, Status.FAIL)]
    opened = 'GET /mbeans (spring) is open to anyone: antMatchers("/**").permitAll()'
    assert any(m.startswith(opened) for m in failed), [f.message for f in result.findings]
    assert not [f for f in findings(result, ROUTE_AUTH, Status.PASS) if "declared public" in f.message]
    named = SECURITY.replace('.antMatchers("/**").permitAll()', '.antMatchers("/mbeans").permitAll()')
    result = scan(_java_app(tmp_path, named), only=(ROUTE_AUTH,))
    assert not findings(result, ROUTE_AUTH, Status.FAIL), [f.message for f in result.findings]
    assert any("declared public in the code (permitAll() on /mbeans" in f.message
               for f in findings(result, ROUTE_AUTH, Status.PASS))


def test_spring_mvc_views_are_pages_not_api_operations(tmp_path: Path) -> None:
    """java-demoapp's controllers are @Controller classes whose handlers return a view name (FreeMarker pages):
    spec-present failed with "the code declares 8 HTTP route(s) but the repository has no API description". A
    @ResponseBody handler, or a @RestController, is an API operation."""
    [f] = findings(scan(_java_app(tmp_path), only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert f.status is Status.NA and "web UI's pages" in f.message, f.message
    body = MBEANS.replace('  @GetMapping("/mbeans")\n', '  @GetMapping("/mbeans")\n  @ResponseBody\n')
    write(tmp_path, {"src/main/java/demo/app/controllers/MBeanController.java": body})
    [f] = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert f.status is Status.FAIL and "1 HTTP route(s)" in f.message, f.message
    rest = MBEANS.replace("@Controller", "@RestController")
    write(tmp_path, {"src/main/java/demo/app/controllers/MBeanController.java": rest})
    [f] = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert f.status is Status.FAIL, f.message


def test_the_maven_wrapper_is_no_code_of_the_service(tmp_path: Path) -> None:
    """MavenWrapperDownloader.java (the wrapper's own downloader, committed under .mvn/wrapper/) reads MVNW_USERNAME
    and MVNW_PASSWORD: env-vars/documented failed twice on it, as if the service read them."""
    downloader = """\
public class MavenWrapperDownloader {
    public static void main(String args[]) {
        String username = System.getenv("MVNW_USERNAME");
        char[] password = System.getenv("MVNW_PASSWORD").toCharArray();
    }
}
"""
    write(tmp_path, {"pom.xml": POM, ".mvn/wrapper/MavenWrapperDownloader.java": downloader,
                     "src/main/java/demo/app/JavaDemoapp.java": "package demo.app;\npublic class JavaDemoapp {}\n"})
    result = scan(tmp_path, only=("env-vars/documented",))
    assert not [f for f in result.findings if "MVNW_" in f.message], [f.message for f in result.findings]


CHART_PRESENT = "helm-chart/present"
CD_WORKFLOW = """\
name: CD Release - AKS
on: workflow_dispatch
jobs:
  deploy-aks:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - name: "Helm release"
        run: |
          helm repo add benc-uk https://benc-uk.github.io/helm-charts
          helm upgrade java benc-uk/webapp \\
          --install \\
          --namespace demoapps \\
          --values deploy/kubernetes/aks-live.yaml
"""


def test_a_pipeline_that_installs_an_external_chart_with_our_values_uses_a_chart(tmp_path: Path) -> None:
    """java-demoapp deploys with the author's external benc-uk/webapp chart from its own values files: the check
    failed "no Helm chart and no Kubernetes manifests" (dotnet-demoapp passed only because its docs linked the
    chart's repository). A pipeline that adds a repository but installs nothing with this repository's values
    (a database's chart, say) proves nothing."""
    write(tmp_path, {".github/workflows/cd-release-aks.yaml": CD_WORKFLOW,
                     "deploy/kubernetes/aks-live.yaml": "image:\n  repository: ghcr.io/benc-uk/java-demoapp\n"})
    [f] = findings(scan(tmp_path, only=(CHART_PRESENT,)), CHART_PRESENT)
    assert f.status is Status.NA and "cd-release-aks.yaml:10: helm repo add benc-uk" in f.message, f.message
    write(tmp_path, {".github/workflows/cd-release-aks.yaml": CD_WORKFLOW.replace("deploy/kubernetes/aks-live.yaml",
                                                                                   "deploy/elsewhere.yaml")})
    [f] = findings(scan(tmp_path, only=(CHART_PRESENT,)), CHART_PRESENT)
    assert f.status is Status.FAIL, f.message


# kube-state-metrics' Dockerfile (shortened) and the Makefile rule its RUN asks for
KSM_DOCKERFILE = """\
ARG GOVERSION=1.26
FROM golang:${GOVERSION} AS builder
WORKDIR /go/src/k8s.io/kube-state-metrics/
COPY . /go/src/k8s.io/kube-state-metrics/
RUN make build-local
FROM gcr.io/distroless/static-debian13:latest-amd64
COPY --from=builder /go/src/k8s.io/kube-state-metrics/kube-state-metrics /
USER nobody
ENTRYPOINT ["/kube-state-metrics", "--port=8080", "--telemetry-port=8081"]
"""
KSM_MAKEFILE = """\
PKG = github.com/prometheus/common
build-local:
\tGOOS=$(OS) GOARCH=$(ARCH) CGO_ENABLED=0 go build -ldflags "-s -w -X ${PKG}/version.Version=${TAG}" -o ksm

build: kube-state-metrics
"""
GO_FILES = {"go.mod": "module k8s.io/kube-state-metrics/v2\n\ngo 1.26\n\nrequire k8s.io/client-go v0.34.0\n",
            "main.go": "package main\n\nfunc main() {}\n"}


def test_a_go_build_inside_make_after_copying_everything_downloads_again(tmp_path: Path) -> None:
    """`COPY . ...` then `RUN make build-local`, whose recipe runs `go build`: the check passed ("dependency
    install precedes the source copy (or there is none)") because it never read what make runs."""
    write(tmp_path, {**GO_FILES, "Dockerfile": KSM_DOCKERFILE, "Makefile": KSM_MAKEFILE})
    [f] = findings(scan(tmp_path, only=(LAYERS,)), LAYERS)
    assert f.status is Status.WARN, f.message
    assert "(go build, run by `make build-local`)" in f.message, f.message
    # the prerequisite's recipe counts too; a target that only echoes does not
    write(tmp_path, {"Makefile": "all: build-local\n" + KSM_MAKEFILE,
                     "Dockerfile": KSM_DOCKERFILE.replace("make build-local", "make all")})
    [f] = findings(scan(tmp_path, only=(LAYERS,)), LAYERS)
    assert f.status is Status.WARN and "through its prerequisite build-local" in f.message, f.message
    echo = KSM_DOCKERFILE.replace("build-local", "version")
    write(tmp_path, {"Makefile": "version:\n\techo 1.0\n", "Dockerfile": echo})
    [f] = findings(scan(tmp_path, only=(LAYERS,)), LAYERS)
    assert f.status is Status.PASS, f.message


# kube-state-metrics' examples/autosharding/statefulset.yaml (shortened): a StatefulSet for its stable pod names only
SHARDED = """\
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: kube-state-metrics, namespace: kube-system}
spec:
  replicas: 2
  serviceName: kube-state-metrics
  selector: {matchLabels: {app.kubernetes.io/name: kube-state-metrics}}
  template:
    metadata: {labels: {app.kubernetes.io/name: kube-state-metrics}}
    spec:
      containers:
        - name: kube-state-metrics
          image: registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.20.0
          args: [--pod=$(POD_NAME), --pod-namespace=$(POD_NAMESPACE)]
"""


def test_a_statefulset_without_volumes_or_a_store_needs_no_backup(tmp_path: Path) -> None:
    """The autosharding StatefulSet claims no volume and runs no data store (each replica reads its ordinal to pick
    its shard): backups/mechanism and restore-procedure failed "no backup mechanism found for StatefulSet
    kube-state-metrics". One that claims a volume still needs a backup."""
    write(tmp_path, {"deploy/statefulset.yaml": SHARDED})
    [f] = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    assert f.status is Status.NA, f.message
    claims = SHARDED + """\
  volumeClaimTemplates:
    - metadata: {name: data}
      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
"""
    write(tmp_path, {"deploy/statefulset.yaml": claims})
    [f] = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    assert f.status is Status.FAIL and "StatefulSet kube-state-metrics" in f.message, f.message


def test_go_mux_paths_from_constants_and_the_exporter_landing_page(tmp_path: Path) -> None:
    """kube-state-metrics registers `mux.Handle(metricsPath, ...)` with `metricsPath = "/metrics"` in its const block,
    and `mux.Handle("/", landingPage)` from the Prometheus exporter-toolkit: the constants were left unresolved and
    the landing page counted as an API operation, so api-docs/spec-present failed."""
    server = """\
package app

import (
\t"net/http"

\t"github.com/prometheus/exporter-toolkit/web"
)

const (
\tmetricsPath = "/metrics"
\thealthzPath = "/healthz"
)

func buildMetricsServer(m http.Handler) *http.ServeMux {
\tmux := http.NewServeMux()
\tmux.Handle(metricsPath, m)
\tmux.HandleFunc(healthzPath, func(w http.ResponseWriter, _ *http.Request) {
\t\tw.WriteHeader(http.StatusOK)
\t})
\tlandingPage, _ := web.NewLandingPage(web.LandingConfig{Name: "kube-state-metrics"})
\tmux.Handle("/", landingPage)
\treturn mux
}
"""
    write(tmp_path, {**GO_FILES, "pkg/app/server.go": server})
    [f] = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert f.status is Status.NA and "ANY /" in f.message, f.message
    write(tmp_path, {"pkg/app/server.go": server.replace("mux.Handle(\"/\", landingPage)",
                                                         "mux.Handle(\"/api/objects\", objects)")})
    [f] = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert f.status is Status.FAIL and "3 HTTP route(s)" in f.message, f.message


def test_a_root_kustomization_that_lists_examples_makes_them_the_deployment(tmp_path: Path) -> None:
    """kube-state-metrics deploys examples/standard (README; its root kustomization.yaml lists those files). The root
    kustomization counted as "the repository deploys from elsewhere", so examples/ stayed docs and the alert rules
    beside the bundles (examples/prometheus-alerting-rules/alerts.yaml) were never seen: alert-rules failed."""
    deployment = SHARDED.replace("StatefulSet", "Deployment").replace("  serviceName: kube-state-metrics\n", "")
    alerts = """\
groups:
  - name: kube-state-metrics
    rules:
      - alert: KubeStateMetricsListErrors
        expr: sum(rate(kube_state_metrics_list_total{result="error"}[5m])) > 0.01
        for: 15m
        labels: {severity: critical}
        annotations: {summary: kube-state-metrics is experiencing errors in list operations.}
"""
    write(tmp_path, {"kustomization.yaml": "namespace: kube-system\nresources:\n- examples/standard/deployment.yaml\n",
                     "examples/standard/deployment.yaml": deployment,
                     "examples/standard/kustomization.yaml": "resources:\n- deployment.yaml\n",
                     "examples/prometheus-alerting-rules/alerts.yaml": alerts})
    [f] = findings(scan(tmp_path, only=("monitoring/alert-rules",)), "monitoring/alert-rules")
    assert f.status is Status.PASS, f.message
    # a root kustomization with resources of its own: the deployment is there, examples/ stays docs
    own = "resources:\n- deploy/deployment.yaml\n- examples/standard/deployment.yaml\n"
    write(tmp_path, {"kustomization.yaml": own, "deploy/deployment.yaml": deployment})
    [f] = findings(scan(tmp_path, only=("monitoring/alert-rules",)), "monitoring/alert-rules")
    assert f.status is Status.FAIL, f.message


UPDATE_BOT = "dependency-health/update-bot"
ACTIONS_ONLY = """\
version: 2
updates:
  - package-ecosystem: "github-actions"
    directory: "/"
    schedule:
      interval: "weekly"
"""


def test_a_dependabot_that_updates_only_the_actions_bumps_no_dependency(tmp_path: Path) -> None:
    """podinfo's and example-voting-app's .github/dependabot.y*ml list only github-actions: the check passed
    "dependabot is configured" though no Go module, pip or npm package is ever bumped (pass-audit2's question,
    decided: a warning). A scheduled workflow that opens update pull requests (binderhub's watch-dependencies.yaml)
    is an update bot of the team's own."""
    write(tmp_path, {"go.mod": "module example.org/podinfo\n\ngo 1.25\n\nrequire github.com/spf13/viper v1.20.0\n",
                     ".github/dependabot.yaml": ACTIONS_ONLY})
    [f] = findings(scan(tmp_path, only=(UPDATE_BOT,)), UPDATE_BOT)
    assert f.status is Status.WARN and "updates only github-actions" in f.message, f.message
    write(tmp_path, {".github/dependabot.yaml": ACTIONS_ONLY + """\
  - package-ecosystem: "gomod"
    directory: "/"
    schedule:
      interval: "weekly"
"""})
    [f] = findings(scan(tmp_path, only=(UPDATE_BOT,)), UPDATE_BOT)
    assert f.status is Status.PASS and f.message == "dependabot is configured", f.message
    write(tmp_path, {".github/dependabot.yaml": ACTIONS_ONLY, ".github/workflows/watch-dependencies.yaml": """\
name: Watch dependencies
on:
  schedule:
    - cron: "0 5 * * 1"
jobs:
  refreeze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: go get -u ./... && go mod tidy
      - uses: peter-evans/create-pull-request@v7
        with: {branch: update-dependencies}
"""})
    [f] = findings(scan(tmp_path, only=(UPDATE_BOT,)), UPDATE_BOT)
    assert f.status is Status.PASS and "watch-dependencies.yaml opens pull requests" in f.message, f.message


# expressjs-template's test layout (shortened): jest roots per folder, names without .test., a CodeceptJS suite
EXPRESS_TESTS = {
    "package.json": '{\n  "scripts": {\n    "start": "NODE_ENV=production node src/main/server.js",\n'
                    '    "test:unit": "jest",\n    "test:routes": "jest -c jest.routes.config.js",\n'
                    '    "test:smoke": "NODE_TLS_REJECT_UNAUTHORIZED=0 jest -c jest.smoke.config.js"\n  }\n}\n',
    "jest.config.js": "module.exports = {\n  roots: ['<rootDir>/src/test/unit'],\n"
                      "  testRegex: '(/src/test/.*|\\\\.(test|spec))\\\\.(ts|js)$',\n};\n",
    "jest.routes.config.js": "module.exports = {\n  roots: ['<rootDir>/src/test/routes'],\n};\n",
    "jest.smoke.config.js": "module.exports = {\n  roots: ['<rootDir>/src/test/smoke'],\n};\n",
    "src/test/unit/sample.ts": "describe('Example test to satisfy jest (to be removed from your app)', () => {\n"
                               "  test('to be removed from your app', async () => {\n"
                               "    // eslint-disable-line @typescript-eslint/no-empty-function\n  });\n});\n",
    "src/test/routes/home.ts": "import request from 'supertest';\nimport { app } from '../../main/app';\n\n"
                               "describe('Home page', () => {\n  test('should return sample home page', async () => {\n"
                               "    await request(app).get('/').expect(res => expect(res.status).to.equal(200));\n"
                               "  });\n});\n",
    "src/test/smoke/smoke.ts": "describe('Smoke Test', () => {\n  test('with correct content', async () => {\n"
                               "    const response = await axios.get(testUrl);\n  });\n});\n",
    "src/test/config.ts": "export const config = { TEST_URL: process.env.TEST_URL || 'http://localhost:3100' };\n",
    "codecept.conf.ts": "export const config = {\n  name: 'functional',\n  gherkin: testConfig.Gherkin,\n"
                        "  helpers: testConfig.helpers,\n  tests: './*_test.{js,ts}',\n};\n",
    "src/test/functional/features/hello-world.feature": "Feature: Initial functional test\n\n"
                                                        "  Scenario: The home page loads\n"
                                                        "    When I go to '/'\n    Then the page should include 'x'\n",
    "src/main/app.js": "const express = require('express');\nexport const app = express();\n",
}


def test_jest_roots_codecept_features_and_empty_tests(tmp_path: Path) -> None:
    """expressjs-template: jest.config.js and jest.routes.config.js name their roots (src/test/unit, src/test/routes)
    and the files there have no .test. in their names; the functional suite is CodeceptJS over a Gherkin feature.
    unit-tests/suite and e2e-tests/suite both failed ("no ... test suite found"). The sample unit test is empty
    ("to be removed from your app"): it is left out like a test that only asserts constants; the smoke folder is
    the smoke item's."""
    write(tmp_path, EXPRESS_TESTS)
    result = scan(tmp_path, only=("unit-tests/suite", "e2e-tests/suite"))
    [unit] = findings(result, "unit-tests/suite")
    assert unit.status is Status.PASS, unit.message
    assert unit.message == ("1 unit tests in 2 file(s) (1 more only assert constants or are empty and are not "
                            "counted)"), unit.message
    [e2e] = findings(result, "e2e-tests/suite")
    assert e2e.status is Status.PASS and e2e.message.startswith("1 end-to-end tests in 1 file(s)"), e2e.message
    # only the empty sample: a suite that can never fail
    del_routes = {**EXPRESS_TESTS, "jest.routes.config.js": "module.exports = {};\n"}
    write(tmp_path / "empty", del_routes)
    [unit] = findings(scan(tmp_path / "empty", only=("unit-tests/suite",)), "unit-tests/suite")
    assert unit.status is Status.FAIL and "or are empty" in unit.message, unit.message


def test_tls_verification_off_in_a_test_script_is_a_test_clients_setting(tmp_path: Path) -> None:
    """`"test:smoke": "NODE_TLS_REJECT_UNAUTHORIZED=0 jest ..."` in package.json failed auth-protocols/tls-verification
    twice: it is the smoke test's client trusting a test environment, as RestAssured's relaxed validation in a Java
    smoke test is. The same setting in the start script is the application's own."""
    write(tmp_path, EXPRESS_TESTS)
    [f] = findings(scan(tmp_path, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification")
    assert f.status is Status.PASS, f.message
    started = EXPRESS_TESTS["package.json"].replace('"NODE_ENV=production node', '"NODE_TLS_REJECT_UNAUTHORIZED=0 node')
    write(tmp_path, {"package.json": started})
    failed = findings(scan(tmp_path, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification",
                      Status.FAIL)
    assert len(failed) == 1 and failed[0].location.line == 3, [f.message for f in failed]


def test_spring_data_rest_repositories_are_api_routes(tmp_path: Path) -> None:
    """The ewolff microservice demos serve their JSON API through Spring Data REST (`@RepositoryRestResource(path =
    "catalog")` on a PagingAndSortingRepository) beside @Controller HTML pages. With the pages read as pages, the
    service looked API-less and api-docs/spec-present said n/a (a labelled problem missed)."""
    repository = """\
package com.ewolff.microservice.catalog;

import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;

@RepositoryRestResource(collectionResourceRel = "catalog", path = "catalog")
public interface ItemRepository extends PagingAndSortingRepository<Item, Long> {
}
"""
    write(tmp_path, {"pom.xml": POM, "src/main/java/demo/app/controllers/MBeanController.java": MBEANS,
                     "src/main/java/com/ewolff/microservice/catalog/ItemRepository.java": repository})
    [f] = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert f.status is Status.FAIL, f.message
    failed = [f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)]
    assert any(m.startswith("DELETE /catalog/{id} (spring)") for m in failed), failed
    hidden = repository.replace('path = "catalog")', 'path = "catalog", exported = false)')
    write(tmp_path, {"src/main/java/com/ewolff/microservice/catalog/ItemRepository.java": hidden})
    [f] = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert f.status is Status.NA, f.message


def test_the_openjdk_image_and_spring_boot_say_what_their_end_means(tmp_path: Path) -> None:
    """spring-boot-best-practices runs openjdk:21-slim-bookworm ("Java 21 (LTS)" to its label's writer): the Docker
    openjdk image ships Oracle's builds, updated only until Java 22. The finding says so, and says that Spring Boot's
    date is the end of open-source support."""
    write(tmp_path, {"Dockerfile": "FROM openjdk:21-slim-bookworm\nUSER 1000\n",
                     "build.gradle": "plugins {\n  id 'org.springframework.boot' version '3.5.5'\n}\n"})
    got = [f.message for f in findings(scan(tmp_path, only=(EOL,)), EOL, Status.FAIL)]
    assert any("openjdk 21 reached end of life on 2024-03-19" in m and "updated only until the next Java release" in m
               for m in got), got
    assert any("spring-boot 3.5 reached end of life on 2026-06-30" in m and "end of open-source support" in m
               for m in got), got


# opencost (shortened): storage clients copy an opt-in setting onto the tls.Config field of the same name; viper maps
# LOG_LEVEL onto the "log-level" key; a Prometheus chart's extraScrapeConfigs names the Service
S3_STORAGE = """\
package storage

import "crypto/tls"

type HTTPConfig struct {
\tInsecureSkipVerify bool `yaml:"insecure_skip_verify"`
}

func DefaultS3Transport(config HTTPConfig) *tls.Config {
\ttlsConfig := &tls.Config{}
\tif config.InsecureSkipVerify {
\t\ttlsConfig.InsecureSkipVerify = true
\t}
\treturn tlsConfig
}
"""


def test_an_opt_in_switch_copied_to_the_tls_field_of_the_same_name_is_not_turned_on(tmp_path: Path) -> None:
    """`if config.HTTPConfig.InsecureSkipVerify { tlsConfig.InsecureSkipVerify = true }` failed tls-verification:
    the reader that asks whether the repository turns the setting on took the switched line itself for the program
    turning it on. A setting the code does turn on elsewhere stays a finding."""
    write(tmp_path, {**GO_FILES, "pkg/storage/s3storage.go": S3_STORAGE})
    [f] = findings(scan(tmp_path, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification")
    assert f.status is Status.PASS and "opt-in setting" in f.message, f.message
    defaults = "package storage\n\nvar Default = HTTPConfig{InsecureSkipVerify: true}\n"
    write(tmp_path, {"pkg/storage/defaults.go": defaults})
    failed = findings(scan(tmp_path, only=("auth-protocols/tls-verification",)), "auth-protocols/tls-verification",
                      Status.FAIL)
    assert failed, "a setting the code turns on is verification switched off"


def test_viper_automatic_env_sets_the_log_level(tmp_path: Path) -> None:
    """opencost reads its level from viper's "log-level" key, which viper.AutomaticEnv() with a "-" -> "_" replacer
    maps to LOG_LEVEL: level-from-env failed ("no env var sets the log level")."""
    log_go = ('package log\n\nimport (\n\t"github.com/rs/zerolog"\n\t"github.com/spf13/viper"\n)\n\n'
              'const flagLevel = "log-level"\n\nfunc InitLogging() {\n'
              '\tlevel, _ := zerolog.ParseLevel(viper.GetString(flagLevel))\n\tzerolog.SetGlobalLevel(level)\n}\n')
    commands = ('package cmd\n\nimport (\n\t"strings"\n\n\t"github.com/spf13/viper"\n)\n\nfunc init() {\n'
                '\tviper.AutomaticEnv()\n\tviper.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))\n}\n')
    write(tmp_path, {**GO_FILES, "core/pkg/log/log.go": log_go, "pkg/cmd/commands.go": commands})
    [f] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert f.status is Status.PASS and "LOG_LEVEL environment variable" in f.message, f.message
    replacer = '\tviper.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))\n'
    write(tmp_path, {"pkg/cmd/commands.go": commands.replace(replacer, "")})
    [f] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert f.status is not Status.PASS, f.message  # LOG-LEVEL: no shell can set it


def test_a_prometheus_scrape_config_naming_the_service_scrapes_it(tmp_path: Path) -> None:
    """opencost ships kubernetes/prometheus/extraScrapeConfigs.yaml (values for the Prometheus chart) whose job
    finds opencost.opencost by DNS: metrics-scraped failed "nothing scrapes Deployment opencost"."""
    bundle = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: opencost, namespace: opencost}
spec:
  selector: {matchLabels: {app: opencost}}
  template:
    metadata: {labels: {app: opencost}}
    spec:
      containers:
        - {name: opencost, image: ghcr.io/opencost/opencost:1.0, ports: [{containerPort: 9003}]}
---
apiVersion: v1
kind: Service
metadata: {name: opencost, namespace: opencost}
spec:
  selector: {app: opencost}
  ports: [{name: opencost, port: 9003, targetPort: 9003}]
"""
    scrape = ("extraScrapeConfigs: |\n  - job_name: opencost\n    metrics_path: /metrics\n    dns_sd_configs:\n"
              "    - names:\n      - opencost.opencost\n      type: 'A'\n      port: 9003\n")
    write(tmp_path, {"kubernetes/opencost.yaml": bundle, "kubernetes/prometheus/extraScrapeConfigs.yaml": scrape})
    [f] = findings(scan(tmp_path, only=("monitoring/metrics-scraped",)), "monitoring/metrics-scraped")
    assert f.status is Status.PASS and "scrape job opencost" in f.message, f.message
    write(tmp_path, {"kubernetes/prometheus/extraScrapeConfigs.yaml": scrape.replace("opencost.opencost",
                                                                                     "other.monitoring")})
    [f] = findings(scan(tmp_path, only=("monitoring/metrics-scraped",)), "monitoring/metrics-scraped")
    assert f.status is Status.FAIL, f.message


def test_an_action_named_for_pushing_pushes(tmp_path: Path) -> None:
    """oncall's engine image is pushed by grafana/shared-workflows/actions/build-push-to-dockerhub (`push: true`):
    registry/ci-push warned "no image push found in 16 CI file(s)". The same action told `push: false` builds only."""
    workflow = """\
name: Build engine Docker image and publish to Dockerhub
on: {workflow_call: {}}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build engine Docker image and push to Dockerhub
        uses: grafana/shared-workflows/actions/build-push-to-dockerhub@b7d33d6a98dc9cf332674c6cdebe92b8bcb05670
        with:
          context: engine/
          push: true
          target: prod
"""
    write(tmp_path, {"engine/Dockerfile": "FROM python:3.13-slim\nUSER 1000\n",
                     ".github/workflows/build-engine.yml": workflow})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is Status.PASS and "build-push-to-dockerhub" in f.message, f.message
    write(tmp_path, {".github/workflows/build-engine.yml": workflow.replace("push: true", "push: false")})
    [f] = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert f.status is not Status.PASS, f.message


def test_a_direct_url_with_a_hash_fragment_is_pinned(tmp_path: Path) -> None:
    """oncall's engine/requirements.txt (pip-compile output) installs `fcm-django @ https://.../v1.0.12r1.tar.gz
    #sha256=7ec7...`: pip verifies the fragment's hash, so the content is fixed; the lockfile check failed "1 of 155
    PyPI dependencies are not pinned"."""
    requirements = ("# This file is autogenerated by pip-compile with Python 3.12\n"
                    "django==4.2.17\n    # via -r requirements.in\n"
                    "fcm-django @ https://github.com/grafana/fcm-django/archive/refs/tags/v1.0.12r1.tar.gz#sha256="
                    "7ec7cd9d353fc9edf19a4acd4fa14090a31d83d02ac986c5e5e081dea29f564f\n    # via -r requirements.in\n")
    write(tmp_path, {"engine/requirements.txt": requirements})
    result = findings(scan(tmp_path, only=("dependency-health/lockfile",)), "dependency-health/lockfile")
    assert [f.status for f in result] == [Status.PASS], [f.message for f in result]
    write(tmp_path, {"engine/requirements.txt": requirements.replace("#sha256=7ec7cd9d353fc9edf19a4acd4fa14090a31d8"
                                                                     "3d02ac986c5e5e081dea29f564f", "")})
    result = findings(scan(tmp_path, only=("dependency-health/lockfile",)), "dependency-health/lockfile")
    assert any(f.status is Status.FAIL for f in result), [f.message for f in result]


def test_a_prometheus_configmap_static_target_scrapes_the_service(tmp_path: Path) -> None:
    """The scrape-job rule reads named configuration files and the ConfigMaps already parsed, not every YAML file
    (the corpus scan had read 1,600 files for it): a ConfigMap's prometheus.yml with a static target naming the
    Service still counts."""
    bundle = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - {name: api, image: registry.example.org/api:1.0, ports: [{containerPort: 8080}]}
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec:
  selector: {app: api}
  ports: [{name: http, port: 8080}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: prometheus-config, namespace: monitoring}
data:
  prometheus.yml: |
    scrape_configs:
      - job_name: shop-api
        static_configs:
          - targets: ['api.shop.svc.cluster.local:8080']
"""
    write(tmp_path, {"k8s/all.yaml": bundle})
    [f] = findings(scan(tmp_path, only=("monitoring/metrics-scraped",)), "monitoring/metrics-scraped")
    assert f.status is Status.PASS and "scrape job shop-api" in f.message, f.message
