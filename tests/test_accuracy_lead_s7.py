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
