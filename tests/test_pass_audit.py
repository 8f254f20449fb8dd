"""Passes of required items' checks that were not earned (pass-audit, 2026-11-29 night): each test is built from
real lines and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/stdout: file appenders in the logging configuration files ------------------------------------------

SPRING_APP = ("package com.macro.mall;\n\n@SpringBootApplication\npublic class MallAdminApplication {\n"
              "    public static void main(String[] args) {\n"
              "        SpringApplication.run(MallAdminApplication.class, args);\n    }\n"
              "}\n")
# macrozheng/mall-swarm mall-admin/src/main/resources/logback-spring.xml, as committed (comments translated)
MALL_LOGBACK = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE configuration>
<configuration>
    <include resource="org/springframework/boot/logging/logback/defaults.xml"/>
    <include resource="org/springframework/boot/logging/logback/console-appender.xml"/>
    <!--application name-->
    <property name="APP_NAME" value="mall-admin"/>
    <property name="LOG_FILE_PATH" value="${LOG_FILE:-${LOG_PATH:-${LOG_TEMP:-${java.io.tmpdir:-/tmp}}}/logs}"/>
    <contextName>${APP_NAME}</contextName>
    <!--an appender writing a log file per day-->
    <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">
        <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">
            <fileNamePattern>${LOG_FILE_PATH}/${APP_NAME}-%d{yyyy-MM-dd}.log</fileNamePattern>
            <maxHistory>30</maxHistory>
        </rollingPolicy>
        <encoder>
            <pattern>${FILE_LOG_PATTERN}</pattern>
        </encoder>
    </appender>
    <appender name="LOGSTASH" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
        <destination>localhost:4560</destination>
        <encoder charset="UTF-8" class="net.logstash.logback.encoder.LogstashEncoder"/>
    </appender>
    <root level="INFO">
        <appender-ref ref="CONSOLE"/>
        <appender-ref ref="FILE"/>
        <appender-ref ref="LOGSTASH"/>
    </root>
</configuration>
"""


def _stdout(root: Path) -> list[tuple[Status, str | None, int | None]]:
    return [(f.status, f.location.path if f.location else None, f.location.line if f.location else None)
            for f in findings(scan(root, only=("logging/stdout",)), "logging/stdout")]


def test_a_logback_file_appender_under_root_writes_logs_to_a_file(tmp_path: Path) -> None:
    write(tmp_path, {"mall-admin/src/main/java/com/macro/mall/MallAdminApplication.java": SPRING_APP,
                     "mall-admin/src/main/resources/logback-spring.xml": MALL_LOGBACK})
    assert _stdout(tmp_path) == [(Status.FAIL, "mall-admin/src/main/resources/logback-spring.xml", 11)]
    # the same appender that nothing references, commented out, or referenced in a development profile only: no file
    unused = MALL_LOGBACK.replace('        <appender-ref ref="FILE"/>\n', '        <!--<appender-ref ref="FILE"/>-->\n')
    write(tmp_path / "unused", {"src/main/java/App.java": SPRING_APP, "src/main/resources/logback-spring.xml": unused})
    assert [s for s, _, _ in _stdout(tmp_path / "unused")] == [Status.PASS]
    dev = unused.replace("</configuration>", '    <springProfile name="dev | local">\n'
                                              '        <root level="DEBUG"><appender-ref ref="FILE"/></root>\n'
                                              '    </springProfile>\n</configuration>')
    write(tmp_path / "dev", {"src/main/java/App.java": SPRING_APP, "src/main/resources/logback-spring.xml": dev})
    assert [s for s, _, _ in _stdout(tmp_path / "dev")] == [Status.PASS]
    # a test resource configures the tests' logging, not the service's
    write(tmp_path / "tests", {"src/main/java/App.java": SPRING_APP,
                               "src/test/resources/logback-test.xml": MALL_LOGBACK})
    assert [s for s, _, _ in _stdout(tmp_path / "tests")] == [Status.PASS]


# A Django settings module's LOGGING (the form of Django's logging documentation: "a file handler ... writes all
# DEBUG logging from the django logger to a local file").
DJANGO_SETTINGS = """\
import os

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "file": {
            "level": "DEBUG",
            "class": "logging.FileHandler",
            "filename": "/path/to/django/debug.log",
        },
    },
    "loggers": {
        "django": {
            "handlers": ["file"],
            "level": "DEBUG",
            "propagate": True,
        },
    },
}
"""
# a logging.conf for logging.config.fileConfig (the form of the Python logging cookbook)
LOGGING_CONF = """\
[loggers]
keys=root

[handlers]
keys=fileHandler

[formatters]
keys=simple

[logger_root]
level=INFO
handlers=fileHandler

[handler_fileHandler]
class=handlers.RotatingFileHandler
args=('/var/log/app/app.log', 'a', 10485760, 5)
formatter=simple

[formatter_simple]
format=%(asctime)s %(levelname)s %(message)s
"""


def test_python_logging_configurations_with_a_file_handler(tmp_path: Path) -> None:
    write(tmp_path / "django", {"shop/settings.py": DJANGO_SETTINGS})
    assert _stdout(tmp_path / "django") == [(Status.FAIL, "shop/settings.py", 9)]
    write(tmp_path / "ini", {"app/main.py": "import logging.config\nlogging.config.fileConfig('logging.conf')\n",
                             "logging.conf": LOGGING_CONF})
    assert _stdout(tmp_path / "ini") == [(Status.FAIL, "logging.conf", 15)]
    stream = LOGGING_CONF.replace("class=handlers.RotatingFileHandler", "class=StreamHandler")
    write(tmp_path / "stream", {"app/main.py": "import logging.config\nlogging.config.fileConfig('logging.conf')\n",
                                "logging.conf": stream})
    assert [s for s, _, _ in _stdout(tmp_path / "stream")] == [Status.PASS]


# --- unit-tests/suite: the tests of vendored packages are not the service's --------------------------------------

def test_the_tests_inside_vendored_packages_are_not_the_services_suite(tmp_path: Path) -> None:
    # a Go module vendored with its tests (dep and glide kept them; `go mod vendor` does not) and a virtualenv committed
    # as env/ (the walk skips venv/ and .venv/ only) with a package's test module: those packages' tests, none of
    # this service's code
    write(tmp_path, {
        "main.go": "package main\n\nimport \"github.com/google/uuid\"\n\nfunc main() { println(uuid.NewString()) }\n",
        "vendor/github.com/google/uuid/uuid_test.go": "package uuid\n\nimport \"testing\"\n\n"
                                                      "func TestNew(t *testing.T) {}\n",
        "env/lib/python3.11/site-packages/six/test_six.py": "import six\n\ndef test_add_doc():\n    assert six\n",
    })
    result = findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite")
    assert [f.status for f in result] == [Status.FAIL], [f.message for f in result]


# --- the target model: a committed virtualenv's site-packages/ is vendored code -------------------------------------

DJANGO_DB_SETTINGS = """\
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
    }
}
"""
# django/contrib/auth/migrations/0001_initial.py, the head of the file as Django ships it
DJANGO_AUTH_0001 = """\
import django.contrib.auth.models
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "__first__"),
    ]

    operations = [
        migrations.CreateModel(
            name="Permission",
            fields=[("id", models.AutoField(auto_created=True, primary_key=True, serialize=False))],
        ),
    ]
"""


def test_a_committed_virtualenv_is_not_the_services_migration_tree(tmp_path: Path) -> None:
    # Django's own contrib migrations inside a virtualenv committed as env/ (Windows layout) are the framework's, not
    # a tree of this service's schema
    write(tmp_path, {
        "shop/settings.py": DJANGO_DB_SETTINGS,
        "shop/models.py": "from django.db import models\n\n\nclass Order(models.Model):\n"
                          "    total = models.IntegerField()\n",
        "requirements.txt": "Django==4.2.16\npsycopg2-binary==2.9.9\n",
        "env/Lib/site-packages/django/contrib/auth/migrations/0001_initial.py": DJANGO_AUTH_0001,
        "env/Lib/site-packages/django/contrib/auth/migrations/__init__.py": "",
    })
    result = findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")
    assert [f.status for f in result] == [Status.FAIL], [f.message for f in result]


# --- helm-chart/present: a chart of the service's database is not the service's chart ------------------------------

# mern-workshop's README.md (its Kubernetes quickstart, lines 83-89): the first step installs MongoDB from Bitnami
MERN_README = """\
# MERN workshop

## Quickstart for Kubernetes

Requires building the images first, see the quickstart for Docker section.

- Set your Kubernetes context so you're pointing to a Kubernetes environment.
- `helm repo add bitnami https://charts.bitnami.com/bitnami`
""" + ("- `helm install mongo --set auth.enabled=false,replicaSet.enabled=true,service.type=LoadBalancer,"
       "replicaSet.replicas.secondary=3 bitnami/mongodb`\n")


def test_a_database_chart_from_a_third_party_publisher_is_not_the_services_chart_elsewhere(tmp_path: Path) -> None:
    # without the service's own charts (backend/chart, frontend/chart) nothing deploys the service to Kubernetes
    write(tmp_path, {"README.md": MERN_README, "docker-compose.yml": "services:\n  backend:\n    build: backend\n",
                     "backend/server.js": "require('express')().listen(3000);\n"})
    result = findings(scan(tmp_path, only=("helm-chart/present",)), "helm-chart/present")
    assert [f.status for f in result] == [Status.FAIL], [f.message for f in result]
    # the service's chart published from the team's own chart repository is still "elsewhere"
    write(tmp_path / "own", {"README.md": "# podinfo\n\n```\nhelm repo add podinfo https://stefanprodan.github.io/podinfo\n"
                                          "helm upgrade --install my-release podinfo/podinfo\n```\n"})
    assert [f.status for f in findings(scan(tmp_path / "own", only=("helm-chart/present",)),
                                       "helm-chart/present")] == [Status.NA]


# --- storage/ephemeral-data: a claim in the pod is not the database's storage unless its container mounts it -------

# The MySQL Deployment of the Kubernetes tutorial "Deploying WordPress and MySQL with Persistent Volumes"
# (kubernetes.io, application/wordpress/mysql-deployment.yaml), as published: the claim is mounted at /var/lib/mysql
WORDPRESS_MYSQL = """\
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: mysql-pv-claim
  labels:
    app: wordpress
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 20Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wordpress-mysql
  labels:
    app: wordpress
spec:
  selector:
    matchLabels:
      app: wordpress
      tier: mysql
  strategy:
    type: Recreate
  template:
    metadata:
      labels:
        app: wordpress
        tier: mysql
    spec:
      containers:
      - image: mysql:8.0
        name: mysql
        env:
        - name: MYSQL_ROOT_PASSWORD
          valueFrom:
            secretKeyRef:
              name: mysql-pass
              key: password
        ports:
        - containerPort: 3306
          name: mysql
        volumeMounts:
        - name: mysql-persistent-storage
          mountPath: /var/lib/mysql
      volumes:
      - name: mysql-persistent-storage
        persistentVolumeClaim:
          claimName: mysql-pv-claim
"""


def _ephemeral(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("storage/ephemeral-data",)), "storage/ephemeral-data")]


def test_a_claim_the_database_container_does_not_mount_at_its_data_is_no_storage(tmp_path: Path) -> None:
    write(tmp_path / "tutorial", {"k8s/mysql.yaml": WORDPRESS_MYSQL})
    assert _ephemeral(tmp_path / "tutorial") == [Status.PASS]
    # the same claim mounted where the image reads its init scripts: /var/lib/mysql stays in the container's layer
    init_only = WORDPRESS_MYSQL.replace("mountPath: /var/lib/mysql", "mountPath: /docker-entrypoint-initdb.d")
    write(tmp_path / "init", {"k8s/mysql.yaml": init_only})
    assert _ephemeral(tmp_path / "init") == [Status.FAIL]
    # declared in the pod, mounted by no container (the mount left out): the claim is bound, the data is not on it
    unmounted = WORDPRESS_MYSQL.replace("        volumeMounts:\n        - name: mysql-persistent-storage\n"
                                        "          mountPath: /var/lib/mysql\n", "")
    write(tmp_path / "unmounted", {"k8s/mysql.yaml": unmounted})
    assert _ephemeral(tmp_path / "unmounted") == [Status.FAIL]


# --- dockerfile/present: a commented-out jib/ko/buildpacks line builds no image ------------------------------------

BUILD_WORKFLOW = """\
name: build
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: {distribution: temurin, java-version: '21'}
      - run: ./mvnw -B verify
      # - run: ./mvnw -B compile jib:build -Dimage=ghcr.io/acme/orders:${{ github.sha }}
"""
ORDERS_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: orders}
spec:
  selector: {matchLabels: {app: orders}}
  template:
    metadata: {labels: {app: orders}}
    spec:
      containers:
      - name: orders
        image: ghcr.io/acme/orders:1.4.2
"""


def test_a_commented_out_dockerfile_less_build_is_no_build(tmp_path: Path) -> None:
    files = {".github/workflows/build.yml": BUILD_WORKFLOW, "k8s/orders.yaml": ORDERS_DEPLOYMENT,
             "pom.xml": "<project><artifactId>orders</artifactId></project>\n"}
    write(tmp_path / "orders", files)
    result = findings(scan(tmp_path / "orders", only=("dockerfile/present",)), "dockerfile/present")
    assert [f.status for f in result] == [Status.FAIL], [f.message for f in result]
    live = BUILD_WORKFLOW.replace("      # - run: ./mvnw", "      - run: ./mvnw")
    write(tmp_path / "live" / "orders", {**files, ".github/workflows/build.yml": live})
    result = findings(scan(tmp_path / "live" / "orders", only=("dockerfile/present",)), "dockerfile/present")
    assert [f.status for f in result] == [Status.NA] and "jib" in result[0].message


# --- smoke-tests/defined: a picture or a vendored library's test named smoke is no smoke test -------------------------

def test_files_named_smoke_that_run_nothing_of_this_service_are_no_smoke_suite(tmp_path: Path) -> None:
    write(tmp_path, {"docs/img/smoke-test.png": "\x89PNG\r\n", "docs/smoke-tests.rst": "Smoke tests\n===========\n",
                     "third_party/zlib/test/smoke_test.cc": "int main() { return 0; }\n",
                     "app.py": "print('hello')\n"})
    result = findings(scan(tmp_path, only=("smoke-tests/defined",)), "smoke-tests/defined")
    assert [f.status for f in result] == [Status.FAIL], [f.message for f in result]
    # the service's own smoke script is a suite (cla-backend's cla_backend/apps/status/tests/smoketests.py has that
    # shape); whether it is run against each release nothing here shows, so a person confirms it (manual, never a
    # pass: the checklist's smoke check runs after the deploy)
    write(tmp_path, {"scripts/smoke-test.sh": "#!/bin/sh\ncurl -fsS \"$BASE_URL/healthz\"\n"})
    assert [f.status for f in findings(scan(tmp_path, only=("smoke-tests/defined",)),
                                       "smoke-tests/defined")] == [Status.MANUAL]
