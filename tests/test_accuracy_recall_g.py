"""Recall of labelled problems (issue 8, 2026-11-30 s7, recall-g): each test is built from the repository lines that
showed the miss and fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

DESTRUCTIVE = "schema-changes/destructive"

# spring-petclinic's src/main/resources/db/h2/schema.sql (real lines, H2's dialect), laid out as Flyway migrations: the
# statements do not parse as PostgreSQL, so the DROP TABLE was never seen and schema-changes/destructive said "no
# destructive operation (drop, rename, truncate) in 2 migrations": a pass of a check that could not read them.
PETCLINIC_H2_DROPS = """\
DROP TABLE vet_specialties IF EXISTS;
DROP TABLE vets IF EXISTS;
"""
PETCLINIC_MYSQL_VETS = """\
CREATE TABLE IF NOT EXISTS vets (
  id INT(4) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  first_name VARCHAR(30),
  last_name VARCHAR(30),
  INDEX(last_name)
) engine=InnoDB;
"""
FLYWAY_POM = ("<project><dependencies><dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId>"
              "</dependency></dependencies></project>\n")


def test_sql_migrations_that_do_not_parse_are_never_judged_free_of_destructive_operations(tmp_path: Path) -> None:
    root = write(tmp_path, {"pom.xml": FLYWAY_POM,
                            "src/main/resources/db/migration/V1__vets.sql": PETCLINIC_MYSQL_VETS,
                            "src/main/resources/db/migration/V2__drop_vets.sql": PETCLINIC_H2_DROPS})
    result = findings(scan(root, only=(DESTRUCTIVE,)), DESTRUCTIVE)
    assert [f.status for f in result] == [Status.SKIPPED]
    assert "V2__drop_vets.sql" in result[0].message and "could not be read" in result[0].message


def test_unread_sql_is_named_beside_the_destructive_operations_found(tmp_path: Path) -> None:
    root = write(tmp_path, {"pom.xml": FLYWAY_POM,
                            "src/main/resources/db/migration/V1__vets.sql": PETCLINIC_MYSQL_VETS,
                            "src/main/resources/db/migration/V2__drop_vets.sql": PETCLINIC_H2_DROPS,
                            "src/main/resources/db/migration/V3__rename.sql": "ALTER TABLE owners RENAME TO people;\n"})
    result = findings(scan(root, only=(DESTRUCTIVE,)), DESTRUCTIVE)
    assert [f.status for f in result] == [Status.MANUAL]
    assert "RENAME owners TO people" in result[0].message and "V2__drop_vets.sql" in result[0].message


# laa-legal-adviser-api laalaa/apps/advisers/migrations/0007_auto_20151014_1428.py (real lines): four RunSQL TRUNCATEs
# empty the adviser tables before the fixture is loaded again; the RunSQL text was not read, so only 0005's
# RemoveField was listed (a repository with only this migration passed "no destructive operation").
LEGAL_ADVISER_0007 = '''\
# -*- coding: utf-8 -*-
from __future__ import unicode_literals

from django.db import models, migrations


class Migration(migrations.Migration):
    dependencies = [("advisers", "0006_import")]

    operations = [
        migrations.RunSQL("TRUNCATE advisers_location RESTART IDENTITY CASCADE;"),
        migrations.RunSQL("TRUNCATE advisers_organisationtype RESTART IDENTITY CASCADE;"),
        migrations.RunSQL("TRUNCATE advisers_outreachtype RESTART IDENTITY CASCADE;"),
        migrations.RunSQL("TRUNCATE advisers_category RESTART IDENTITY CASCADE;"),
        migrations.AlterField(
            model_name="office",
            name="location",
            field=models.OneToOneField(null=True, to="advisers.Location", on_delete=models.CASCADE),
            preserve_default=True,
        ),
    ]
'''
# oncall engine/apps/alerts/migrations/0028_drop_alertreceivechannel_restricted_at.py (real lines): the column is
# dropped by RunSQL after 0027 removed it from Django's state (the two-step removal); reverse_sql is MySQL's and is
# not the forward change.
ONCALL_0028 = '''\
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("alerts", "0027_remove_alertreceivechannel_restricted_at_from_state"),
    ]

    operations = [
        migrations.RunSQL(
            sql="ALTER TABLE alerts_alertreceivechannel DROP COLUMN restricted_at",
            reverse_sql="ALTER TABLE alerts_alertreceivechannel ADD COLUMN restricted_at datetime(6) NULL"
        )
    ]
'''
INITIAL = '''\
from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = []
'''


def test_django_runsql_truncates_and_drops_are_destructive(tmp_path: Path) -> None:
    root = write(tmp_path, {"requirements.txt": "Django==4.2.9\npsycopg2==2.9.9\n", "manage.py": "",
                            "advisers/__init__.py": "", "advisers/migrations/__init__.py": "",
                            "advisers/migrations/0006_import.py": INITIAL,
                            "advisers/migrations/0007_auto_20151014_1428.py": LEGAL_ADVISER_0007,
                            "alerts/__init__.py": "", "alerts/migrations/__init__.py": "",
                            "alerts/migrations/0027_remove_alertreceivechannel_restricted_at_from_state.py": INITIAL,
                            "alerts/migrations/0028_drop_alertreceivechannel_restricted_at.py": ONCALL_0028})
    result = findings(scan(root, only=(DESTRUCTIVE,)), DESTRUCTIVE)
    assert [f.status for f in result] == [Status.MANUAL]
    operations = (result[0].evidence or {})["operations"]
    assert sum("TRUNCATE advisers_" in op for op in operations) == 4
    assert any("DROP COLUMN restricted_at" in op and "0028_drop" in op for op in operations)
    assert not any("ADD COLUMN" in op for op in operations)


# smilr's kubernetes/helm/smilr (real lines): the chart depends on Bitnami's mongodb, not vendored and not buildable
# offline, so it rendered without it and "no alerting rules" came out skipped ("subchart(s) mongodb ... was not
# built"). A dependency's own rules alert on the dependency, never on the service (the check's own rule for rendered
# subcharts); only an alerting chart (hmpps' generic-prometheus-alerts) or rules the team asks for in its values
# could be the service's, and neither is there.
SMILR_CHART = """\
name: smilr
apiVersion: v2
version: 3.3.0
appVersion: "4.0"
description: A Helm chart to deploy Smilr microservices app to Kubernetes

dependencies:
  - name: mongodb
    repository: https://charts.bitnami.com/bitnami
    condition: mongodb.enabled
    version: 13.x.x
"""
SMILR_VALUES = """\
frontend:
  imageTag: latest
  replicas: 2
  imagePullPolicy: Always

mongodb:
  enabled: true
  architecture: standalone
  useStatefulSet: true
  persistence:
    enabled: false
    size: 1Gi
    storageClass: default
  auth:
    enabled: false
"""
SMILR_FRONTEND = """\
kind: Deployment
apiVersion: apps/v1
metadata:
  name: {{ .Release.Name }}-frontend
spec:
  replicas: {{ .Values.frontend.replicas }}
  selector:
    matchLabels:
      app.kubernetes.io/name: smilr-frontend
  template:
    metadata:
      labels:
        app.kubernetes.io/name: smilr-frontend
    spec:
      containers:
      - name: smilr
        image: "smilr/frontend:{{ .Values.frontend.imageTag }}"
        ports:
        - containerPort: 3000
"""
# hmpps-template-typescript's helm_deploy/hmpps-template-typescript/Chart.yaml (real lines): its alerts come from the
# generic-prometheus-alerts subchart (labelled fine), which is not built offline either: that stays "not known".
HMPPS_CHART = """\
apiVersion: v2
appVersion: '1.0'
description: A Helm chart for Kubernetes
name: hmpps-template-typescript
version: 0.2.0
dependencies:
  - name: generic-service
    version: "3.12"
    repository: https://ministryofjustice.github.io/hmpps-helm-charts
  - name: generic-prometheus-alerts
    version: "1.14"
    repository: https://ministryofjustice.github.io/hmpps-helm-charts
"""
ALERT_RULES = "monitoring/alert-rules"


def _smilr(root: Path, chart: str = SMILR_CHART, values: str = SMILR_VALUES) -> Path:
    return write(root, {"kubernetes/helm/smilr/Chart.yaml": chart, "kubernetes/helm/smilr/values.yaml": values,
                        "kubernetes/helm/smilr/templates/frontend.deploy.yaml": SMILR_FRONTEND})


def test_no_alert_rules_fails_when_only_a_non_alerting_dependency_was_not_built(tmp_path: Path) -> None:
    [f] = findings(scan(_smilr(tmp_path / "smilr"), only=(ALERT_RULES,)), ALERT_RULES)
    assert f.status is Status.FAIL and "mongodb" in f.message and "no alerting rules found" in f.message
    # an alerting chart among the missing ones might make the service's alerts: not known
    [f] = findings(scan(_smilr(tmp_path / "hmpps", chart=HMPPS_CHART), only=(ALERT_RULES,)), ALERT_RULES)
    assert f.status is Status.SKIPPED and "generic-prometheus-alerts" in f.message
    # rules the team asks a dependency for in its values (Bitnami's metrics.prometheusRule): not known either
    asked = SMILR_VALUES + "  metrics:\n    enabled: true\n    prometheusRule:\n      enabled: true\n"
    [f] = findings(scan(_smilr(tmp_path / "asked", values=asked), only=(ALERT_RULES,)), ALERT_RULES)
    assert f.status is Status.SKIPPED


# hmpps-book-secure-move-api's helm_deploy (real lines, trimmed): the environments' values files sit beside the chart
# folder (helm_deploy/values-production.yaml next to helm_deploy/hmpps-book-secure-move-api/), which hmpps' deploy
# workflow passes by convention and no file of the repository names; the app CronJobs exist only in their `cronJobs`
# lists, so no render made them and rollout-strategy/cronjob-policy said "no CronJob in the manifests" (skipped, as the
# generic-service subchart was not built).
HMPPS_BOOK_CHART = """\
apiVersion: v2
appVersion: '2'
description: Helm Chart for the Book a Secure Move API application
name: hmpps-book-secure-move-api
version: 0.2.0
dependencies:
  - name: generic-service
    version: 2.5.0
    repository: https://ministryofjustice.github.io/hmpps-helm-charts
"""
HMPPS_BOOK_VALUES = """\
generic-service:
  nameOverride: hmpps-book-secure-move-api
  image:
    repository: quay.io/hmpps/hmpps-book-secure-move-api
    tag: app_version
    pullPolicy: IfNotPresent
"""
HMPPS_BOOK_CRON_JOBS = """\
{{- $genericService := index .Values "generic-service" -}}
{{- range .Values.cronJobs }}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  {{- $fullName := printf "%s-%s" (include "generic-service.fullname" $) .name | trunc 52 }}
  name: {{ $fullName }}
spec:
  schedule: "{{ .schedule }}"
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: {{ .name }}
              image: "{{ $genericService.image.repository }}:{{ $genericService.image.tag }}"
              command:
                {{- toYaml .command | nindent 16 }}
          restartPolicy: OnFailure
{{- end }}
"""
HMPPS_BOOK_PRODUCTION = """\
---
# Per environment values which override defaults in hmpps-book-secure-move-api/values.yaml

generic-service:
  replicaCount: 20

cronJobs:
  - name: access-log-cleanup
    schedule: "0 2 * * *"
    command: ["bundle", "exec", "rake", "access_logs:cleanup"]
  - name: token-cleanup
    schedule: "0 1 * * 0"
    command: ["bundle", "exec", "rake", "doorkeeper:db:cleanup"]
"""
CRONJOB_POLICY = "rollout-strategy/cronjob-policy"


def test_values_files_beside_the_chart_folder_are_rendered(tmp_path: Path) -> None:
    chart = "helm_deploy/hmpps-book-secure-move-api"
    files = {f"{chart}/Chart.yaml": HMPPS_BOOK_CHART, f"{chart}/values.yaml": HMPPS_BOOK_VALUES,
             f"{chart}/templates/cron_jobs.yaml": HMPPS_BOOK_CRON_JOBS,
             "helm_deploy/values-production.yaml": HMPPS_BOOK_PRODUCTION}
    result = findings(scan(write(tmp_path / "one", files), only=(CRONJOB_POLICY,)), CRONJOB_POLICY, Status.WARN)
    assert {f.location.object.name for f in result if f.location and f.location.object} == {
        "generic-service-access-log-cleanup", "generic-service-token-cleanup"}
    # a folder holding another chart too: whose values they are is not known, nothing is taken
    other = {**files, "helm_deploy/other/Chart.yaml": "apiVersion: v2\nname: other\nversion: 0.1.0\n"}
    assert not findings(scan(write(tmp_path / "two", other), only=(CRONJOB_POLICY,)), CRONJOB_POLICY, Status.WARN)
