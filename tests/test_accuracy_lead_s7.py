"""Rules and mends the lead made on 2026-11-30 (s7)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status


def test_a_value_a_hostile_doc_claims_as_a_secret_name_is_never_printed(tmp_path: Path) -> None:
    """The repository writes both sides of the "names a documented Secret" rule: a real credential that happens to be
    a valid object name, and a made-up `kubectl create secret` line with it. The pass may say the key names a Secret,
    but no message or evidence of the scan may print the value."""
    value = "prod-db-pw-7f3k9q2m8x"
    write(tmp_path, {
        "chart/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 0.1.0\n",
        "chart/values.yaml": f"database:\n  password: {value}\n",
        "docs/install.md": f"```\nkubectl create secret generic {value} --from-literal=x=y\n```\n",
    })
    result = scan(tmp_path, only=("sensitive-config/helm-values", "sensitive-config/secret-scan"))
    values = findings(result, "sensitive-config/helm-values")
    assert any(f.status is Status.PASS and "database.password names the Secret" in f.message for f in values), \
        [f.message for f in values]
    dumped = json.dumps([[f.message, f.evidence] for f in result.findings], default=str)
    assert value not in dumped, dumped


# cla-backend (ministryofjustice/cla_backend): the chart defaults to cla_backend:latest, and every deploy script
# replaces the repository and the tag
CLA_CHART = {
    "helm_deploy/cla-backend/Chart.yaml": "apiVersion: v2\nname: cla-backend\nversion: 0.1.0\n",
    "helm_deploy/cla-backend/values.yaml": "replicaCount: 2\nimage:\n  repository: cla_backend\n  tag: latest\n"
                                           "  pullPolicy: IfNotPresent\n",
    "helm_deploy/cla-backend/templates/deployment.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-app
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {app: cla}
  template:
    metadata:
      labels: {app: cla}
    spec:
      containers:
        - name: cla-backend
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
""",
}
DEPLOY_SCRIPT = """\
#!/usr/bin/env bash
set -e
ROOT=$(dirname "$0")
HELM_DIR="$ROOT/../helm_deploy/cla-backend/"
helm upgrade $RELEASE_NAME \\
  $HELM_DIR \\
  --namespace=${KUBE_NAMESPACE} \\
  --set image.repository=$DOCKER_REPOSITORY \\
  --set image.tag=%s \\
  --install
"""


def _immutable(tmp_path: Path) -> list[tuple[Status, str]]:
    result = scan(tmp_path, only=("rollback-plan/immutable-images",))
    return [(f.status, f.message) for f in findings(result, "rollback-plan/immutable-images")]


def test_a_chart_default_tag_every_deploy_replaces_is_judged_by_the_deploys_tag(tmp_path: Path) -> None:
    """cla-backend's chart says cla_backend:latest, and bin/production_deploy.sh and bin/staging_deploy.sh both pass
    `--set image.tag=$IMAGE_TAG`: the deployed image is not :latest. It is still a tag without a digest: a warning
    naming the deploy's tag and where it is set, not a failure about a tag nobody deploys."""
    write(tmp_path, {**CLA_CHART, "bin/production_deploy.sh": DEPLOY_SCRIPT % "$IMAGE_TAG",
                     "bin/staging_deploy.sh": DEPLOY_SCRIPT % "${IMAGE_TAG}"})
    got = _immutable(tmp_path)
    assert got and all(status is Status.WARN for status, _ in got), got
    assert "image cla_backend is deployed with the tag image.tag=$IMAGE_TAG" in got[0][1], got
    assert "bin/production_deploy.sh:5" in got[0][1], got


def test_a_deploy_that_sets_latest_or_a_deploy_that_sets_nothing_keeps_the_failure(tmp_path: Path) -> None:
    write(tmp_path, {**CLA_CHART, "bin/production_deploy.sh": DEPLOY_SCRIPT % "$IMAGE_TAG",
                     "bin/staging_deploy.sh": DEPLOY_SCRIPT % "latest"})
    got = _immutable(tmp_path)
    assert got and all(status is Status.FAIL and ":latest" in message for status, message in got), got
    (tmp_path / "bin/staging_deploy.sh").unlink()
    (tmp_path / "bin/production_deploy.sh").write_text(
        "helm upgrade $RELEASE_NAME ./helm_deploy/cla-backend --install\n")
    got = _immutable(tmp_path)
    assert got and all(status is Status.FAIL and ":latest" in message for status, message in got), got


# A Java service without Spring Boot that configures logback itself (pass-audit7's probe, s6): a console appender
# with a pattern encoder
PLAIN_LOGBACK = """\
<configuration>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder>
      <pattern>%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n</pattern>
    </encoder>
  </appender>
  <root level="info">
    <appender-ref ref="STDOUT" />
  </root>
</configuration>
"""
JAVA_SERVICE = {
    "pom.xml": """<project><modelVersion>4.0.0</modelVersion><groupId>shop</groupId><artifactId>orders</artifactId>
<version>1.0</version><dependencies>
<dependency><groupId>ch.qos.logback</groupId><artifactId>logback-classic</artifactId><version>1.5.6</version></dependency>
<dependency><groupId>io.javalin</groupId><artifactId>javalin</artifactId><version>6.1.3</version></dependency>
</dependencies></project>
""",
    "src/main/java/shop/App.java": """package shop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class App {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    public static void main(String[] args) {
        log.info("starting orders");
    }
}
""",
}


def test_a_plain_logback_configuration_is_named_as_the_reason_for_text_logs(tmp_path: Path) -> None:
    """logging/structured said "no logging setup found" for a service whose logback.xml writes a pattern: it fails
    rightly, and now for the right reason, naming the configuration. With a JSON encoder in it the message is not
    the plain-text one."""
    write(tmp_path, {**JAVA_SERVICE, "src/main/resources/logback.xml": PLAIN_LOGBACK})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL, f.message
    assert "the logback configuration (src/main/resources/logback.xml) writes its pattern" in f.message, f.message
    write(tmp_path, {"src/main/resources/logback.xml": PLAIN_LOGBACK.replace(
        "<encoder>", '<encoder class="net.logstash.logback.encoder.LogstashEncoder">')})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert "writes its pattern" not in f.message, f.message


def _deployment(name: str, image: str, extra: str) -> str:
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
spec:
  replicas: 2
  selector:
    matchLabels: {{app: {name}}}
  template:
    metadata:
      labels: {{app: {name}}}
    spec:
      containers:
        - name: {name}
          image: {image}
{extra}"""


# exceptionless' chart (templates/_helpers.tpl "exceptionless.otel-env", rendered) and its ApmExtensions.cs
OTLP_ENV = """\
          env:
            - name: OTEL_EXPORTER_OTLP_ENDPOINT
              value: http://$(HOST_IP):4317
"""
APM_EXTENSIONS = """\
using OpenTelemetry.Metrics;

public static class ApmExtensions {
    public static void AddApm(IServiceCollection services) {
        services.AddOpenTelemetry().WithMetrics(b => {
            b.AddAspNetCoreInstrumentation();
            b.AddOtlpExporter();
        });
    }
}
"""


def _scraped(tmp_path: Path) -> dict[str, tuple[Status, str]]:
    result = scan(tmp_path, only=("monitoring/metrics-scraped",))
    return {f.location.object.name if f.location and f.location.object else "": (f.status, f.message)
            for f in findings(result, "monitoring/metrics-scraped")}


def test_a_workload_pushing_otlp_metrics_is_monitored_when_its_code_exports_metrics(tmp_path: Path) -> None:
    """exceptionless' api Deployment is given OTEL_EXPORTER_OTLP_ENDPOINT and its code calls
    `AddOpenTelemetry().WithMetrics(... AddOtlpExporter())`: its metrics are pushed to the collector, nothing needs
    to scrape it. The endpoint alone (hotrod's carries only traces to Jaeger), an endpoint with
    OTEL_METRICS_EXPORTER=none, or no endpoint, stays a finding."""
    write(tmp_path, {
        "k8s/api.yaml": _deployment("exceptionless-api", "exceptionless/api:8.1.0", OTLP_ENV),
        "src/Exceptionless.Web/ApmExtensions.cs": APM_EXTENSIONS,
    })
    status, message = _scraped(tmp_path)["exceptionless-api"]
    assert status is Status.PASS, message
    assert "pushes its metrics over OTLP to http://$(HOST_IP):4317" in message and "ApmExtensions.cs" in message
    (tmp_path / "src/Exceptionless.Web/ApmExtensions.cs").write_text(APM_EXTENSIONS.replace("WithMetrics",
                                                                                             "WithTracing"))
    status, message = _scraped(tmp_path)["exceptionless-api"]
    assert status is Status.FAIL and "sets up no OpenTelemetry metrics exporter (traces only)" in message, message
    write(tmp_path, {"k8s/api.yaml": _deployment("exceptionless-api", "exceptionless/api:8.1.0", OTLP_ENV
                                                 + "            - name: OTEL_METRICS_EXPORTER\n"
                                                   "              value: none\n"),
                     "src/Exceptionless.Web/ApmExtensions.cs": APM_EXTENSIONS})
    assert _scraped(tmp_path)["exceptionless-api"][0] is Status.FAIL
    write(tmp_path, {"k8s/api.yaml": _deployment("exceptionless-api", "exceptionless/api:8.1.0", "")})
    assert _scraped(tmp_path)["exceptionless-api"][0] is Status.FAIL


def test_an_otlp_exporter_in_another_services_folder_does_not_count(tmp_path: Path) -> None:
    """quarkus-super-heroes: each service reads `quarkus.otel.exporter.otlp.endpoint` from its ConfigMap (envFrom);
    rest-villains' application.properties turns OTel metrics on, rest-heroes' application.yml too (nested keys).
    A service whose own folder turns nothing on is not passed on its neighbours' settings."""
    def configmap(name: str) -> str:
        return (f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}-config\ndata:\n"
                "  quarkus.otel.exporter.otlp.endpoint: http://otel-lgtm:4318\n")
    env_from = "          envFrom:\n            - configMapRef:\n                name: {name}-config\n"
    write(tmp_path, {
        "deploy/k8s/all.yml": "\n---\n".join([
            configmap("rest-villains"), configmap("rest-heroes"),
            _deployment("rest-villains", "quay.io/quarkus-super-heroes/rest-villains:java25",
                        env_from.format(name="rest-villains")),
            _deployment("rest-heroes", "quay.io/quarkus-super-heroes/rest-heroes:java25",
                        env_from.format(name="rest-heroes"))]),
        "rest-villains/src/main/resources/application.properties": "quarkus.otel.metrics.enabled=true\n",
        "rest-heroes/src/main/resources/application.yml": "quarkus:\n  otel:\n    metrics:\n      enabled: true\n",
    })
    got = _scraped(tmp_path)
    assert got["rest-villains"][0] is Status.PASS and "rest-villains/src/main/resources" in got["rest-villains"][1]
    assert got["rest-heroes"][0] is Status.PASS and "rest-heroes/src/main/resources" in got["rest-heroes"][1]
    (tmp_path / "rest-heroes/src/main/resources/application.yml").write_text("quarkus:\n  otel:\n    traces: {}\n")
    got = _scraped(tmp_path)
    assert got["rest-heroes"][0] is Status.FAIL, got["rest-heroes"]
