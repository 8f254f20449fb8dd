"""False positives of the kinds below 90 % precision on the 81-repository set (fp-kinds-d, 2026-11-30 session 5),
each rule tested with the labelled repositories' own lines, and each test failing on the code before the rule."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

BACKUPS = "backups/mechanism"

# find-moj-data deployments/templates/deployment.yml: the database is Cloud Platform's RDS PostgreSQL, whose
# terraform module writes its address into the Secret rds-postgresql-instance-output
FMD_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: find-moj-data-deployment
spec:
  replicas: 2
  selector:
    matchLabels: {app: find-moj-data}
  template:
    metadata:
      labels: {app: find-moj-data}
    spec:
      containers:
        - name: find-moj-data
          image: 754256621582.dkr.ecr.eu-west-2.amazonaws.com/data-platform/find-moj-data:1.0.0
          env:
            - name: RDS_INSTANCE_ENDPOINT
              valueFrom:
                secretKeyRef:
                  name: rds-postgresql-instance-output
                  key: rds_instance_endpoint
            - name: DATABASE_NAME
              valueFrom:
                secretKeyRef:
                  name: rds-postgresql-instance-output
                  key: database_name
"""
DJANGO_POSTGRES = {"requirements.txt": "django==5.1.4\npsycopg2-binary==2.9.10\n"}
# a PostgreSQL the chart runs itself (cla-backend's dev/uat database, laa-legal-adviser-api's development bundle)
IN_CLUSTER_DB = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-db
spec:
  selector:
    matchLabels: {app: app-db}
  template:
    metadata:
      labels: {app: app-db}
    spec:
      containers:
        - name: db
          image: postgres:14
"""


def _statuses(root: Path, check_id: str) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(check_id,)), check_id)]


def test_a_provider_managed_database_asks_for_an_attestation_not_a_backup_cronjob(tmp_path: Path) -> None:
    """find-moj-data's Deployment reads its database from the RDS module's Secret: RDS keeps automatic backups
    set outside the repository, so the service's database is a question for a person (manual), never a pass; a
    database Secret that names no managed service still fails, and an in-cluster PostgreSQL beside the RDS one
    still needs its own backup."""
    write(tmp_path, {**DJANGO_POSTGRES, "deploy/deployment.yml": FMD_DEPLOYMENT})
    assert _statuses(tmp_path, BACKUPS) == [Status.MANUAL]
    write(tmp_path, {"deploy/db.yml": IN_CLUSTER_DB})
    result = findings(scan(tmp_path, only=(BACKUPS,)), BACKUPS)
    assert sorted(f.status for f in result) == sorted([Status.MANUAL, Status.FAIL])
    failure = next(f for f in result if f.status is Status.FAIL)
    assert "Deployment app-db" in failure.message and "the service's database" not in failure.message
    (tmp_path / "deploy/db.yml").unlink()
    write(tmp_path, {"deploy/deployment.yml": FMD_DEPLOYMENT.replace("RDS_INSTANCE_ENDPOINT", "DATABASE_HOST")
                     .replace("rds-postgresql-instance-output", "find-moj-data-db").replace("rds_instance", "db")})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]


STDOUT = "logging/stdout"
# laa-legal-adviser-api laalaa/settings/base.py (the root logger's console handler) and laalaa/apps/advisers/tasks.py
LAA_SETTINGS = """\
import sys

INSTALLED_APPS = ("django.contrib.contenttypes", "laalaa.apps.advisers")
ROOT_URLCONF = "laalaa.urls"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "mail_admins": {"level": "ERROR", "class": "django.utils.log.AdminEmailHandler"}
    },
    "loggers": {"django.request": {"handlers": ["mail_admins"], "level": "ERROR", "propagate": True}},
}

LOGGING["handlers"]["console"] = {"level": "DEBUG", "class": "logging.StreamHandler", "stream": sys.stdout}

LOGGING["loggers"][""] = {"handlers": ["console"], "level": "DEBUG"}
"""
LAA_TASKS = """\
import logging

from laalaa.celery import app

logging.basicConfig(filename="adviser_import.log", level=logging.WARNING)


@app.task
def geocode(postcode):
    logging.getLogger(__name__).warning("geocoding %s", postcode)
"""


def test_basicconfig_in_a_django_app_does_nothing_once_logging_gives_the_root_logger_handlers(tmp_path: Path) -> None:
    """laa-legal-adviser-api's advisers/tasks.py calls basicConfig(filename=...) at import; Django has applied
    LOGGING by then, whose root logger ("") has the console handler on sys.stdout, so basicConfig does nothing.
    With force=True, outside a Django app folder, or without the root handler, it still writes to a file."""
    write(tmp_path, {"laalaa/settings/base.py": LAA_SETTINGS, "laalaa/apps/advisers/tasks.py": LAA_TASKS,
                     "laalaa/apps/advisers/models.py": "from django.db import models\n",
                     "laalaa/apps/advisers/__init__.py": "", "laalaa/__init__.py": "",
                     "requirements.txt": "Django==4.2.17\ncelery==5.3.6\n"})
    assert _statuses(tmp_path, STDOUT) == [Status.PASS]
    write(tmp_path, {"laalaa/apps/advisers/tasks.py": LAA_TASKS.replace("logging.WARNING)",
                                                                         "logging.WARNING, force=True)")})
    assert _statuses(tmp_path, STDOUT) == [Status.FAIL]
    write(tmp_path, {"laalaa/apps/advisers/tasks.py": LAA_TASKS, "scripts/import_advisers.py": LAA_TASKS})
    assert sorted(_statuses(tmp_path, STDOUT)) == sorted([Status.PASS, Status.FAIL])
    (tmp_path / "scripts/import_advisers.py").unlink()
    write(tmp_path, {"laalaa/settings/base.py": LAA_SETTINGS.replace('LOGGING["loggers"][""]', "CONSOLE")})
    assert _statuses(tmp_path, STDOUT) == [Status.FAIL]
    # the same root handler written inside the dictConfig schema
    in_schema = '"disable_existing_loggers": False,\n    "root": {"handlers": ["console"]},'
    write(tmp_path, {"laalaa/settings/base.py": LAA_SETTINGS.replace('LOGGING["loggers"][""]', "CONSOLE").replace(
        '"disable_existing_loggers": False,', in_schema)})
    assert _statuses(tmp_path, STDOUT) == [Status.PASS]


INTEGRATION = "integration-tests/suite"
# gorush .github/workflows/testing.yml (the testing job, in a container, with the redis service container) and
# storage/redis/redis_test.go
GORUSH_TESTING = """\
name: Run Lint and Testing
on:
  push:
jobs:
  testing:
    runs-on: ubuntu-latest
    container: node:16-bullseye
    services:
      redis:
        image: redis
        options: >-
          --health-cmd "redis-cli ping"
    steps:
      - uses: actions/checkout@v6
      - name: testing
        run: make test
"""
GORUSH_REDIS_TEST = """\
package redis

import (
\t"testing"

\t"github.com/stretchr/testify/require"
)

func TestRedisEngine(t *testing.T) {
\tredis := New(
\t\t"redis:6379", // addr
\t\t"",           // username
\t\t"",           // password
\t\t0,            // db
\t\tfalse,        // cluster
\t)
\terr := redis.Init()
\trequire.NoError(t, err)
}
"""


def test_go_tests_that_dial_a_ci_service_container_are_an_integration_suite(tmp_path: Path) -> None:
    """gorush's storage/redis tests dial "redis:6379", the Redis service container its CI job starts under that
    label: they run against a real Redis, an integration suite. Without the service container, or dialling a host
    CI does not start, they stay unit tests; GitLab's services are reached by image name or alias."""
    write(tmp_path, {"go.mod": "module github.com/appleboy/gorush\n\ngo 1.22\n",
                     "storage/redis/redis.go": "package redis\n", "storage/redis/redis_test.go": GORUSH_REDIS_TEST,
                     ".github/workflows/testing.yml": GORUSH_TESTING})
    assert _statuses(tmp_path, INTEGRATION) == [Status.PASS]
    write(tmp_path, {".github/workflows/testing.yml": GORUSH_TESTING.replace("      redis:\n", "      cache:\n")})
    assert _statuses(tmp_path, INTEGRATION) == [Status.FAIL]
    (tmp_path / ".github/workflows/testing.yml").unlink()
    write(tmp_path, {".gitlab-ci.yml": "test:\n  image: golang:1.22\n  services:\n    - redis:7\n  script:\n"
                                       "    - go test ./...\n"})
    assert _statuses(tmp_path, INTEGRATION) == [Status.PASS]
    write(tmp_path, {"storage/redis/redis_test.go": GORUSH_REDIS_TEST.replace('"redis:6379"', '"localhost:6379"')})
    assert _statuses(tmp_path, INTEGRATION) == [Status.FAIL]


# k8s-wordsmith-demo: db/Dockerfile, the seed, docker-compose.yml, kube-deployment.yml's db Deployment and the words
# API's pom.xml and Main.java (its only query)
WORDSMITH = {
    "db/Dockerfile": "FROM postgres:10.0-alpine\n\nCOPY words.sql /docker-entrypoint-initdb.d/\n",
    "db/words.sql": "CREATE TABLE nouns (word TEXT NOT NULL);\n\nINSERT INTO nouns(word) VALUES\n  ('cloud');\n",
    "docker-compose.yml": "version: '3.3'\n\nservices:\n\n  db:\n    build: db\n"
                          "    image: dockersamples/k8s-wordsmith-db\n\n"
                          "  words:\n    build: words\n    image: dockersamples/k8s-wordsmith-api\n",
    "kube-deployment.yml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
  labels:
    app: words-db
spec:
  selector:
    matchLabels:
      app: words-db
  template:
    metadata:
      labels:
        app: words-db
    spec:
      containers:
      - name: db
        image: dockersamples/k8s-wordsmith-db
        ports:
        - containerPort: 5432
          name: db
""",
    "words/pom.xml": """\
<project>
    <dependencies>
        <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>42.1.4</version>
        </dependency>
    </dependencies>
</project>
""",
    "words/src/main/java/Main.java": """\
import java.sql.*;

public class Main {
  private static String randomWord(String table) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://db:5432/postgres", "postgres", "")) {
      try (Statement statement = connection.createStatement()) {
        try (ResultSet set = statement.executeQuery("SELECT word FROM " + table + " ORDER BY random() LIMIT 1")) {
          set.next();
          return set.getString(1);
        }
      }
    }
  }
}
""",
}


def test_a_database_whose_only_data_is_its_images_seed_needs_no_backup(tmp_path: Path) -> None:
    """k8s-wordsmith-demo's db image is FROM postgres with words.sql copied into /docker-entrypoint-initdb.d/, its
    Deployment keeps no volume, and the only query of the code is a SELECT through the plain JDBC driver: the image
    is the backup (and starting it again the restore). An INSERT in the code, a volume, or an ORM, and it needs a
    backup again."""
    write(tmp_path, WORDSMITH)
    assert _statuses(tmp_path, BACKUPS) == [Status.PASS]
    assert _statuses(tmp_path, "backups/restore-procedure") == [Status.PASS]
    main = WORDSMITH["words/src/main/java/Main.java"]
    write(tmp_path, {"words/src/main/java/Main.java": main.replace(
        '"SELECT word FROM " + table', '"INSERT INTO seen(word) VALUES (1); SELECT word FROM " + table')})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]
    assert _statuses(tmp_path, "backups/restore-procedure") == [Status.FAIL]
    write(tmp_path, {"words/src/main/java/Main.java": main, "words/pom.xml": WORDSMITH["words/pom.xml"].replace(
        "</dependencies>", "<dependency><groupId>org.hibernate</groupId><artifactId>hibernate-core</artifactId>"
        "<version>6.4.0</version></dependency></dependencies>")})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]
    write(tmp_path, {"words/pom.xml": WORDSMITH["words/pom.xml"], "kube-deployment.yml": WORDSMITH[
        "kube-deployment.yml"] + "        volumeMounts:\n        - {name: data, mountPath: /var/lib/postgresql/data}\n"
        "      volumes:\n      - name: data\n        persistentVolumeClaim: {claimName: words-db}\n"})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]
