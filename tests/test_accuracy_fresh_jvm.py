"""What the fresh Java/Kotlin/.NET repositories of the morning of 2026-11-29 showed (acc-fresh-jvm3):
quarkus-super-heroes, coolstore-microservices and yas in bench/accuracy. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- endpoint-security/route-auth: a server generated from the OpenAPI spec at build time (quarkus-super-heroes) ---

VILLAINS_POM = """\
<project>
  <artifactId>rest-villains</artifactId>
  <dependencies>
    <dependency>
      <groupId>io.quarkiverse.openapi.generator</groupId>
      <artifactId>quarkus-openapi-generator-server</artifactId>
      <version>${{openapi-generator-server.version}}</version>
    </dependency>{extra}
  </dependencies>
</project>
"""
VILLAINS_SPEC = """\
openapi: 3.1.2
info: {title: Villain API, version: "1.0"}
paths:
  /api/villains:
    get:
      operationId: getAllVillains
      responses: {"200": {description: all villains}}
    delete:
      operationId: deleteAllVillains
      responses: {"204": {description: deleted}}
  /api/villains/{id}:
    put:
      operationId: fullyUpdateVillain
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses: {"204": {description: updated}}
"""
VILLAIN_RESOURCE = """\
package io.quarkus.sample.superheroes.villain.rest;

import io.quarkus.sample.superheroes.villain.api.VillainsResource;

public class VillainResource implements VillainsResource {
  public Response deleteAllVillains() {
    this.service.deleteAllVillains();
    return Response.noContent().build();
  }
}
"""
UI_RESOURCE = """\
package io.quarkus.sample.superheroes.villain.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/")
public class UIResource {
  @GET
  public TemplateInstance get() {
    return Templates.index(this.service.findAllVillains());
  }
}
"""


def _villains(tmp_path: Path, extra: str = "") -> None:
    write(tmp_path, {
        "rest-villains/pom.xml": VILLAINS_POM.format(extra=extra),
        "rest-villains/src/main/resources/application.properties":
            "quarkus.http.port=8084\nquarkus.openapi.generator.server.spec=openapi.yml\n",
        "rest-villains/src/main/resources/openapi/openapi.yml": VILLAINS_SPEC,
        "rest-villains/src/main/java/io/quarkus/sample/superheroes/villain/rest/VillainResource.java": VILLAIN_RESOURCE,
        "rest-villains/src/main/java/io/quarkus/sample/superheroes/villain/rest/UIResource.java": UI_RESOURCE,
    })


def test_spec_generated_routes_without_any_auth_mechanism_fail(tmp_path: Path) -> None:
    # quarkus-super-heroes: route-auth passed on the two UI routes it saw ("0 routes carry auth ... 2 are public"),
    # while the 35 operations served by the generated JAX-RS interfaces were open: a false pass
    _villains(tmp_path)
    result = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    failed = {f.message.split(" (")[0] for f in result if f.status is Status.FAIL}
    assert failed == {"GET /api/villains", "DELETE /api/villains", "PUT /api/villains/{id}"}


def test_spec_generated_routes_in_a_module_with_an_auth_mechanism_are_not_judged(tmp_path: Path) -> None:
    _villains(tmp_path, extra="\n    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-oidc</artifactId>"
                             "</dependency>")
    result = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    assert not [f for f in result if f.status is Status.FAIL]
    assert [f for f in result if f.status is Status.SKIPPED and "generated at build time" in f.message]


# --- smoke-tests/defined: chart tests of one chart do not smoke-test the other charts' releases (yas) -------------

SCAFFOLD_TEST = """\
apiVersion: v1
kind: Pod
metadata:
  name: "{{ include "pgadmin.fullname" . }}-test-connection"
  annotations:
    "helm.sh/hook": test
spec:
  containers:
    - name: wget
      image: busybox
      command: ['wget']
      args: ['{{ include "pgadmin.fullname" . }}:{{ .Values.service.port }}']
  restartPolicy: Never
"""
BACKEND_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "backend.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
"""
PRODUCT_CHART = """\
apiVersion: v2
name: product
version: 0.1.0
appVersion: "latest"
dependencies:
  - name: backend
    version: 0.1.0
    repository: file://../backend
"""


def _yas_charts(tmp_path: Path, product_test: bool) -> None:
    files = {
        "k8s/deploy/postgres/pgadmin/Chart.yaml": "apiVersion: v2\nname: pgadmin\nversion: 0.1.0\n",
        "k8s/deploy/postgres/pgadmin/templates/tests/test-connection.yaml": SCAFFOLD_TEST,
        "k8s/charts/backend/Chart.yaml": "apiVersion: v2\nname: backend\nversion: 0.1.0\n",
        "k8s/charts/backend/templates/deployment.yaml": BACKEND_DEPLOYMENT,
        "k8s/charts/product/Chart.yaml": PRODUCT_CHART,
        "k8s/charts/product/templates/_helpers.tpl": '{{- define "product.name" -}}product{{- end }}\n',
        "k8s/charts/yas-configuration/Chart.yaml": "apiVersion: v2\nname: yas-configuration\nversion: 0.1.0\n",
        "k8s/charts/yas-configuration/templates/configmap.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                                                                 "  name: yas-configurations\n",
    }
    if product_test:
        files["k8s/charts/product/templates/tests/test-connection.yaml"] = SCAFFOLD_TEST.replace("pgadmin", "product")
    write(tmp_path, files)


def test_a_chart_test_of_a_tool_chart_does_not_smoke_test_the_service_charts(tmp_path: Path) -> None:
    # yas: the pgadmin, zookeeper and swagger-ui charts' scaffold tests made the item pass for twenty service
    # charts without a test (each deploys its workload through the shared backend chart): a false pass
    _yas_charts(tmp_path, product_test=False)
    result = findings(scan(tmp_path, only=("smoke-tests/defined",)), "smoke-tests/defined")
    failed = [f.location.path for f in result if f.status is Status.FAIL and f.location]
    assert failed == ["k8s/charts/product/Chart.yaml"]


def test_every_installed_workload_chart_with_a_test_passes(tmp_path: Path) -> None:
    _yas_charts(tmp_path, product_test=True)
    result = findings(scan(tmp_path, only=("smoke-tests/defined",)), "smoke-tests/defined")
    assert result and all(f.status is Status.PASS for f in result)


# --- logging/structured: a JSON encoder on the classpath that the deployed logback configuration does not use (yas) ---

YAS_POM = """\
<project>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.0</version></parent>
  <artifactId>order</artifactId>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
    <dependency>
      <groupId>net.logstash.logback</groupId>
      <artifactId>logstash-logback-encoder</artifactId>
      <version>8.0</version>
    </dependency>
  </dependencies>
</project>
"""
YAS_VALUES = """\
logbackConfig: |
  <?xml version="1.0" encoding="UTF-8" ?>
  <Configuration>
      <include resource="org/springframework/boot/logging/logback/defaults.xml" />
      <include resource="org/springframework/boot/logging/logback/console-appender.xml" />
      <property name="LOG_LEVEL" value="${{LOG_LEVEL:-INFO}}"/>
      <root level="INFO">
          <appender-ref ref="CONSOLE" />
      </root>{appender}
  </Configuration>
"""
ORDER_LOGBACK = """\
<configuration>
	<appender name="CONSOLE"
		class="ch.qos.logback.core.ConsoleAppender">
		<encoder
			class="net.logstash.logback.encoder.LoggingEventCompositeJsonEncoder">
		</encoder>
	</appender>
	<root level="INFO">
		<appender-ref ref="CONSOLE" />
	</root>
</configuration>
"""


def _yas_logging(tmp_path: Path, deployed_appender: str = "") -> None:
    write(tmp_path, {
        "order/pom.xml": YAS_POM,
        "order/src/main/java/com/yas/order/OrderApplication.java":
            "package com.yas.order;\n\n@SpringBootApplication\npublic class OrderApplication {\n"
            "  public static void main(String[] args) { SpringApplication.run(OrderApplication.class, args); }\n}\n",
        "order/src/main/resources/logback-spring.xml": ORDER_LOGBACK,
        "k8s/charts/yas-configuration/Chart.yaml": "apiVersion: v2\nname: yas-configuration\nversion: 0.1.0\n",
        "k8s/charts/yas-configuration/values.yaml": YAS_VALUES.format(appender=deployed_appender),
    })


def test_a_logback_json_encoder_the_deployed_configuration_does_not_use_fails(tmp_path: Path) -> None:
    # yas: the item passed on the logstash-logback-encoder dependency ("structured logging: logstash-logback-encoder")
    # while the logback configuration the charts mount (LOGGING_CONFIG) writes Spring's plain console pattern
    _yas_logging(tmp_path)
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL and f.location and f.location.path == "k8s/charts/yas-configuration/values.yaml"


def test_a_deployed_logback_configuration_with_a_json_encoder_passes(tmp_path: Path) -> None:
    appender = ('\n      <appender name="JSON" class="ch.qos.logback.core.ConsoleAppender">'
                '<encoder class="net.logstash.logback.encoder.LogstashEncoder"/></appender>')
    _yas_logging(tmp_path, deployed_appender=appender)
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS


# --- dockerfile/dockerignore: the build context a Dockerfile's header comment names (quarkus-super-heroes) -------

QUARKUS_DOCKERFILE = """\
####
# This Dockerfile is used in order to build a container that runs the Quarkus application in JVM mode with Java 25
#
# Before building the container image run:
#
# ./mvnw package
#
# Then, build the image with:
#
# docker build -f src/main/docker/Dockerfile.jvm -t quarkus/rest-villains-jvm25 .
#
###
FROM registry.access.redhat.com/ubi10/openjdk-25-runtime:1.24
COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
USER 185
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
"""


def test_the_context_named_in_a_dockerfiles_header_comment_is_its_build_context(tmp_path: Path) -> None:
    # quarkus-super-heroes: 18 "no .dockerignore for its build context" findings looked in src/main/docker, while
    # each Dockerfile's header says it is built from the module root, which has a .dockerignore
    write(tmp_path, {"rest-villains/src/main/docker/Dockerfile.jvm": QUARKUS_DOCKERFILE,
                     "rest-villains/.dockerignore": "*\n!target/*-runner\n!target/quarkus-app\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert f.status is Status.PASS and f.location and f.location.path == "rest-villains/.dockerignore"


# --- coolstore-microservices: Dockerfile-<service> names and reqwest clients without a timeout ---------------------

RUST_DOCKERFILE = """\
ARG BASE_IMAGE=messense/rust-musl-cross:x86_64-musl

FROM ${BASE_IMAGE} AS builder

ADD --chown=rust:rust . ./

RUN cargo build --release --bin inventory_api

FROM alpine:latest
RUN apk --no-cache add ca-certificates
COPY --from=builder \\
    /home/rust/src/target/x86_64-unknown-linux-musl/release/inventory_api \\
    /usr/local/bin/
CMD /usr/local/bin/inventory_api
"""


def test_a_dockerfile_named_dockerfile_dash_service_is_read(tmp_path: Path) -> None:
    # coolstore-microservices' src/rust/docker/Dockerfile-inventory: never read, so its shell-form CMD was missed
    write(tmp_path, {"src/rust/docker/Dockerfile-inventory": RUST_DOCKERFILE})
    [f] = findings(scan(tmp_path, only=("dockerfile/exec-form",)), "dockerfile/exec-form")
    assert f.status is Status.FAIL and "CMD uses the shell form" in f.message


PRODUCT_HANDLERS = """\
async fn get_inventory_by_id(inventory_uri: &str, id: Uuid) -> common::Result<InventoryDto> {
    let resp = reqwest::Client::new()
        .post(format!("{}/get-inventory-by-id", inventory_uri))
        .json(&serde_json::json!({
            "id": id,
        }))
        .send()
        .await
        .unwrap();
    Ok(InventoryDto::default())
}
"""


def test_a_reqwest_client_without_a_timeout_fails_and_with_one_passes(tmp_path: Path) -> None:
    # coolstore-microservices' product_catalog handlers call inventory through reqwest::Client::new() (no timeout)
    write(tmp_path, {"src/rust/crates/product_catalog/src/handlers.rs": PRODUCT_HANDLERS})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.FAIL and "reqwest::Client::new" in f.message
    write(tmp_path, {"src/rust/crates/product_catalog/src/handlers.rs":
                     PRODUCT_HANDLERS.replace(".send()", ".timeout(Duration::from_secs(5))\n        .send()")})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.PASS


def test_logback_configuration_test_is_linear_on_a_hostile_file() -> None:
    """The old `<configuration...>.*?<appender` regex rescanned the rest of the file once per `<configuration`:
    20,000 such lines took 86 s. The two searches take milliseconds; a step counter, not a clock, keeps the test
    stable under load: the lazy regex needs a quadratic number of steps, two `search` calls two passes."""
    from deploycheck.checks.rollout import logging as logging_checks

    calls: list[int] = []
    real = logging_checks._LOGBACK_APPENDER

    class Counting:
        def search(self, text: str, pos: int = 0) -> object:
            calls.append(pos)
            return real.search(text, pos)

    logging_checks._LOGBACK_APPENDER = Counting()  # type: ignore[assignment]
    try:
        assert not logging_checks._is_logback_config("<configuration>\n" * 20_000)
        assert logging_checks._is_logback_config('<configuration scan="true">\n  <appender name="json"/>')
    finally:
        logging_checks._LOGBACK_APPENDER = real
    assert len(calls) == 2
