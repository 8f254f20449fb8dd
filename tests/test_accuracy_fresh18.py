"""Rules acc-fresh18 added, each from the lines of a labelled repository (gorush, spring-boot-template)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

ROUTE_AUTH = "endpoint-security/route-auth"
TOKENS = "auth-protocols/token-validation"

# appleboy/gorush router/server.go (shortened): every path but two comes from the configuration
GORUSH_ROUTER = """\
package router

import (
\t"github.com/gin-gonic/gin"
)

func routerEngine(cfg *config.ConfYaml, q *queue.Queue) *gin.Engine {
\tr := gin.New()
\tr.Use(gin.Recovery())
\tr.Use(VersionMiddleware())
\tr.Use(StatMiddleware())

\tr.GET(cfg.API.StatGoURI, api.GinHandler)
\tr.GET(cfg.API.StatAppURI, appStatusHandler(q))
\tr.GET(cfg.API.ConfigURI, configHandler(cfg))
\tr.GET(cfg.API.SysStatURI, sysStatsHandler())
\tr.POST(cfg.API.PushURI, pushHandler(cfg, q))
\tr.GET(cfg.API.MetricURI, metricsHandler)
\tr.GET(cfg.API.HealthURI, heartbeatHandler)
\tr.HEAD(cfg.API.HealthURI, heartbeatHandler)
\tr.GET("/version", versionHandler)
\tr.GET("/", rootHandler)

\treturn r
}
"""


def test_gin_routes_with_a_path_from_the_configuration_are_not_judged_never_a_pass(tmp_path: Path) -> None:
    # gorush: the eight registrations whose path is a configuration field were not read at all, so route-auth summed
    # up over `/` and `/version` (public by policy) and passed, and token-validation said n/a, over an API whose
    # POST /api/push and GET /api/config answer anyone
    write(tmp_path, {"router/server.go": GORUSH_ROUTER,
                     "go.mod": "module github.com/appleboy/gorush\n\nrequire github.com/gin-gonic/gin v1.10.0\n"})
    result = scan(tmp_path, only=(ROUTE_AUTH, TOKENS))
    assert not findings(result, ROUTE_AUTH, Status.PASS), [f.message for f in findings(result, ROUTE_AUTH)]
    [skipped] = findings(result, ROUTE_AUTH, Status.SKIPPED)
    assert skipped.message.startswith("8 route registration(s) not judged"), skipped.message
    assert "router/server.go:13 r.GET(cfg.API.StatGoURI)" in skipped.message
    [tokens] = findings(result, TOKENS)
    assert tokens.status is Status.SKIPPED and "8 route registration(s) are not judged" in tokens.message


def test_gin_route_paths_from_a_constant_of_the_file_are_read() -> None:
    # a name the file binds once to a literal is the path (the literal routes keep their reading)
    from deploycheck.sources.routes import UnresolvedRoute, _go_routes

    text = GORUSH_ROUTER.replace("func routerEngine", 'const pushPath = "/api/push"\n\nfunc routerEngine').replace(
        "cfg.API.PushURI", "pushPath")
    unresolved: list[UnresolvedRoute] = []
    routes = _go_routes("router/server.go", text, unresolved)
    assert sorted((r.method, r.path) for r in routes) == [("GET", "/"), ("GET", "/version"), ("POST", "/api/push")]
    assert len(unresolved) == 7 and unresolved[0].methods == ["GET"]


REQUESTS = "resource-limits/requests-and-limits"

# appleboy/gorush k8s/gorush-deployment.yaml (shortened): the plain bundle sets requests and limits
GORUSH_K8S_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gorush
  namespace: gorush
spec:
  replicas: 2
  selector:
    matchLabels:
      app: gorush
      tier: frontend
  template:
    metadata:
      labels:
        app: gorush
        tier: frontend
    spec:
      containers:
        - image: appleboy/gorush:1.22.0
          name: gorush
          imagePullPolicy: Always
          ports:
            - containerPort: 8088
          resources:
            requests:
              cpu: "250m"
              memory: "256Mi"
            limits:
              cpu: "500m"
              memory: "512Mi"
"""
# helm/gorush (shortened): a redis dependency neither locked nor vendored, and a ConfigMap template reading
# .Values.stat.engine while values.yaml has `stats:` (a nil pointer: the chart does not render)
GORUSH_CHART = {
    "helm/gorush/Chart.yaml": "apiVersion: v2\nname: gorush\ntype: application\nversion: 0.1.1\n"
                              'appVersion: "1.22.0"\ndependencies:\n  - name: redis\n    version: ~14.1\n'
                              "    repository: https://charts.bitnami.com/bitnami\n    condition: redis.enabled\n",
    "helm/gorush/values.yaml": "replicaCount: 1\nimage:\n  repository: appleboy/gorush\n  tag: \"\"\n"
                               "stats:\n  engine: memory\nredis:\n  enabled: false\nresources: {}\n",
    "helm/gorush/templates/configmap.yml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}\n"
                                           "data:\n  stats:\n    engine: {{ .Values.stat.engine }}\n",
    "helm/gorush/templates/deployment.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Chart.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app: gorush
  template:
    metadata:
      labels:
        app: gorush
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
""",
}


def test_object_passes_beside_a_chart_that_did_not_render_are_not_a_pass_of_the_item(tmp_path: Path) -> None:
    # gorush: requests-and-limits passed on the two k8s/ Deployments while the chart (resources: {}) did not render,
    # so the resource-limits item read "pass": a false pass on a required item
    write(tmp_path, {"k8s/gorush-deployment.yaml": GORUSH_K8S_DEPLOYMENT, **GORUSH_CHART})
    result = scan(tmp_path, only=(REQUESTS,))
    assert findings(result, REQUESTS, Status.PASS), [f.message for f in findings(result, REQUESTS)]
    # (s8, recall-h) the chart's Deployment is rendered without the failing configmap.yml: its resources: {} fails
    [chart_deployment] = [f for f in findings(result, REQUESTS) if f.status is not Status.PASS]
    assert chart_deployment.status is Status.FAIL and chart_deployment.location.path.startswith("helm/gorush/")
    [item] = [i for i in result.report.items if i.item == "resource-limits"]
    assert item.status is not Status.PASS
    # the plain bundle alone: every object was looked at, the pass stands
    for rel in GORUSH_CHART:
        (tmp_path / rel).unlink()
    result = scan(tmp_path, only=(REQUESTS,))
    assert {f.status for f in findings(result, REQUESTS)} == {Status.PASS}


MIGRATIONS = "migration-scripts/tree"
RESTORE = "backups/restore-procedure"

# hmcts/spring-boot-template src/main/resources/application.yaml (shortened): the datasource is commented out
TEMPLATE_APPLICATION_YAML = """\
server:
  port: 4550
  shutdown: "graceful"

spring:
  config:
    import: "optional:configtree:/mnt/secrets/rpe/"
  application:
    name: Spring Boot Template
#  datasource:
#    driver-class-name: org.postgresql.Driver
#    url: jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}${DB_OPTIONS:}
#    username: ${DB_USER_NAME}
#    password: ${DB_PASSWORD}
"""
TEMPLATE_BUILD_GRADLE = """\
plugins {
  id 'application'
  id 'org.springframework.boot' version '3.5.5'
}

dependencies {
  implementation group: 'org.springframework.boot', name: 'spring-boot-starter-web'
  implementation group: 'org.springframework.boot', name: 'spring-boot-starter-actuator'
}
"""


def test_a_commented_out_datasource_is_no_database(tmp_path: Path) -> None:
    # spring-boot-template: `#    url: jdbc:postgresql://${DB_HOST}...` made the service "use a database", so
    # migration-scripts/tree and backups/restore-procedure failed on a service with no database at all
    write(tmp_path, {"src/main/resources/application.yaml": TEMPLATE_APPLICATION_YAML,
                     "build.gradle": TEMPLATE_BUILD_GRADLE})
    result = scan(tmp_path, only=(MIGRATIONS, RESTORE))
    for check_id in (MIGRATIONS, RESTORE):
        assert {f.status for f in findings(result, check_id)} == {Status.NA}, \
            [f.message for f in findings(result, check_id)]
    # the same lines uncommented: a database setting again
    write(tmp_path, {"src/main/resources/application.yaml": TEMPLATE_APPLICATION_YAML.replace("#  ", "  ")})
    result = scan(tmp_path, only=(MIGRATIONS,))
    assert Status.FAIL in {f.status for f in findings(result, MIGRATIONS)}


TIMEOUTS = "external-services/http-timeouts"

# appleboy/gorush notify/global.go and notify/feedback.go (shortened): the client is made in one file, its Timeout
# set in another file of the package before each request
GORUSH_GLOBAL = """\
package notify

import (
\t"net"
\t"net/http"
\t"time"
)

var (
\ttransport = &http.Transport{
\t\tDial: (&net.Dialer{
\t\t\tTimeout: 5 * time.Second,
\t\t}).Dial,
\t\tTLSHandshakeTimeout: 5 * time.Second,
\t\tProxy:               http.ProxyFromEnvironment, // Support proxy
\t}
\tfeedbackClient = &http.Client{
\t\tTransport: transport,
\t}
)
"""
GORUSH_FEEDBACK = """\
package notify

// DispatchFeedback sends a feedback to the configured gateway.
func DispatchFeedback(ctx context.Context, log logx.LogPushEntry, url string, timeout int64, header []string) error {
\tctx, cancel := context.WithTimeout(ctx, time.Duration(timeout)*time.Second)
\tdefer cancel()

\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewBuffer(payload))
\tif err != nil {
\t\treturn err
\t}

\tfeedbackClient.Timeout = time.Duration(timeout) * time.Second
\tresp, err := feedbackClient.Do(req)
\treturn err
}
"""


def test_a_go_client_whose_timeout_another_file_of_the_package_sets_has_a_timeout(tmp_path: Path) -> None:
    # gorush: http.Client{...} in notify/global.go "has no timeout", though notify/feedback.go sets
    # feedbackClient.Timeout before every request
    write(tmp_path, {"notify/global.go": GORUSH_GLOBAL, "notify/feedback.go": GORUSH_FEEDBACK,
                     "go.mod": "module github.com/appleboy/gorush\n"})
    assert {f.status for f in findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)} == {Status.PASS}
    # set on another name, or in a test file, or in another package: still no timeout
    for files in ({"notify/feedback.go": GORUSH_FEEDBACK.replace("feedbackClient.Timeout", "otherClient.Timeout")},
                  {"notify/feedback.go": "package notify\n", "notify/feedback_test.go": GORUSH_FEEDBACK},
                  {"notify/feedback.go": "package notify\n", "router/feedback.go": GORUSH_FEEDBACK}):
        write(tmp_path, files)
        statuses = {f.status for f in findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)}
        assert Status.FAIL in statuses, files


SMOKE = "smoke-tests/defined"
E2E = "e2e-tests/suite"

# hmcts/spring-boot-template src/smokeTest and src/functionalTest (shortened): RestAssured against TEST_URL
TEMPLATE_SMOKE_TEST = """\
package uk.gov.hmcts.reform.demo.controllers;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.restassured.RestAssured.given;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class SampleSmokeTest {
    @Value("${TEST_URL:http://localhost:4550}")
    private String testUrl;

    @Test
    void smokeTest() {
        Response response = given()
            .baseUri(testUrl)
            .when()
            .get()
            .then()
            .extract().response();

        Assertions.assertEquals(200, response.statusCode());
    }
}
"""
TEMPLATE_FUNCTIONAL_TEST = (TEMPLATE_SMOKE_TEST.replace("SampleSmokeTest", "SampleFunctionalTest")
                            .replace("smokeTest()", "functionalTest()").replace("4550", "8080"))


def test_a_camel_case_smoke_test_class_is_a_smoke_suite(tmp_path: Path) -> None:
    # spring-boot-template: SampleSmokeTest.java was not seen (`\\bsmoke` needs a word boundary), so smoke-tests said
    # "no smoke tests"; the suite exists, and whether it runs after each deploy is a person's to confirm
    write(tmp_path, {"src/smokeTest/java/uk/gov/hmcts/reform/demo/controllers/SampleSmokeTest.java":
                     TEMPLATE_SMOKE_TEST})
    [f] = findings(scan(tmp_path, only=(SMOKE,)), SMOKE)
    assert f.status is Status.MANUAL and "SampleSmokeTest.java" in f.message, f.message


def test_a_functional_set_calling_the_url_from_the_environment_is_end_to_end(tmp_path: Path) -> None:
    # spring-boot-template: src/functionalTest boots a server (webEnvironment = DEFINED_PORT) but sends its requests
    # to ${TEST_URL}, which the pipeline points at the deployed release: an end-to-end suite, not "no e2e suite"
    rel = "src/functionalTest/java/uk/gov/hmcts/reform/demo/controllers/SampleFunctionalTest.java"
    write(tmp_path, {rel: TEMPLATE_FUNCTIONAL_TEST, "build.gradle": TEMPLATE_BUILD_GRADLE})
    assert {f.status for f in findings(scan(tmp_path, only=(E2E,)), E2E)} == {Status.PASS}
    # a web environment with requests to the booted server's own port: a test of the application in the test JVM
    write(tmp_path, {rel: TEMPLATE_FUNCTIONAL_TEST.replace('@Value("${TEST_URL:http://localhost:8080}")',
                                                           "@Value(\"${local.server.port}\")")})
    assert Status.PASS not in {f.status for f in findings(scan(tmp_path, only=(E2E,)), E2E)}


STDOUT = "logging/stdout"

# appleboy/gorush logx/log.go (shortened): the destination is stdout, stderr or a path, as configured
GORUSH_LOG_OUT = """\
package logx

import (
\t"os"

\t"github.com/sirupsen/logrus"
)

// SetLogOut provide log stdout and stderr output
func SetLogOut(log *logrus.Logger, outString string) error {
\tswitch outString {
\tcase "stdout":
\t\tlog.Out = os.Stdout
\tcase "stderr":
\t\tlog.Out = os.Stderr
\tdefault:
\t\tf, err := os.OpenFile(outString, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
\t\tif err != nil {
\t\t\treturn err
\t\t}

\t\tlog.Out = f
\t}

\treturn nil
}
"""


def test_a_go_log_file_that_is_the_fallback_of_a_stdout_stderr_switch_is_a_configured_choice(tmp_path: Path) -> None:
    # gorush: "a logger writing to the file f" where f is the default branch of a switch that sends "stdout" and
    # "stderr" to the streams (the configuration's defaults): the file is only what someone configures
    write(tmp_path, {"logx/log.go": GORUSH_LOG_OUT, "go.mod": "module github.com/appleboy/gorush\n"})
    assert {f.status for f in findings(scan(tmp_path, only=(STDOUT,)), STDOUT)} == {Status.PASS}
    # without the stream cases, the file is where the logs go
    write(tmp_path, {"logx/log.go": GORUSH_LOG_OUT.replace('case "stdout":', 'case "none":').replace(
        'case "stderr":', 'case "off":')})
    assert Status.FAIL in {f.status for f in findings(scan(tmp_path, only=(STDOUT,)), STDOUT)}


RENDERS = "helm-chart/renders"


def test_a_chart_whose_own_template_fails_with_its_missing_subchart_switched_off_does_not_render(
        tmp_path: Path) -> None:
    # gorush: the chart fails on `.Values.stat.engine` (values.yaml has `stats:`), but renders said error "depends on
    # redis ~14.1 ... not buildable offline", which hid the chart's own failure: the redis subchart is switched off
    # (condition redis.enabled, false), so no offline build would have helped
    write(tmp_path, GORUSH_CHART)
    [f] = findings(scan(tmp_path, only=(RENDERS,)), RENDERS)
    assert f.status is Status.FAIL, (f.status, f.message)
    assert "nil pointer" in f.message and "rendered without redis, which its values switch off" in f.message
    # the subchart switched on: its templates may be what the chart needs, so the scan could not tell (error)
    write(tmp_path, {"helm/gorush/values.yaml": GORUSH_CHART["helm/gorush/values.yaml"].replace(
        "enabled: false", "enabled: true")})
    [f] = findings(scan(tmp_path, only=(RENDERS,)), RENDERS)
    assert f.status is Status.ERROR and "not buildable offline" in f.message, (f.status, f.message)
