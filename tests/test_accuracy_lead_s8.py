"""Rules the lead made on 2026-11-30 (s8), each from the real lines that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# laa-check-client-qualifies / cla-backend: the chart runs its own PostgreSQL only with the UAT (and dev) values file;
# the production (or default) render reaches the platform's RDS.
CHART = {
    "chart/Chart.yaml": "apiVersion: v2\nname: ccq\nversion: 0.1.0\n",
    "chart/values.yaml": "db:\n  enabled: false\n",
    "chart/values-uat.yaml": "db:\n  enabled: true\n",
    "chart/templates/app.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: ccq-web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: ccq:1.0
        env:
        - {name: DATABASE_URL, valueFrom: {secretKeyRef: {name: rds-postgresql-instance-output, key: url}}}
""",
    "chart/templates/db.yaml": """\
{{- if .Values.db.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata: {name: ccq-db}
spec:
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: postgres
        image: postgres:15
{{- end }}
""",
}


def test_a_database_only_non_production_values_run_is_not_a_production_backup_problem(tmp_path: Path) -> None:
    write(tmp_path, CHART)
    got = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    assert not any("ccq-db" in f.message for f in got), [(f.status, f.message) for f in got]

    # the same database in the production values too: it is production data and needs its backup
    prod = tmp_path / "prod"
    write(prod, {**CHART, "chart/values-production.yaml": "db:\n  enabled: true\n"})
    got = findings(scan(prod, only=("backups/mechanism",)), "backups/mechanism")
    assert any(f.status is Status.FAIL and "ccq-db" in f.message for f in got), [(f.status, f.message) for f in got]

    # only non-production values files and no default render without it: nothing says which is production
    only = tmp_path / "only"
    write(only, {**CHART, "chart/values.yaml": "db:\n  enabled: true\n"})
    got = findings(scan(only, only=("backups/mechanism",)), "backups/mechanism")
    assert any(f.status is Status.FAIL and "ccq-db" in f.message for f in got), [(f.status, f.message) for f in got]


SNAPSHOT_CRONJOB = """\
apiVersion: batch/v1
kind: CronJob
metadata: {name: cla-backend-hourly-snapshots, namespace: cla}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: hourly-snapshots
            image: cla_backend:awscli-v1
            command: ["./create_manual_snapshot.sh"]
"""
APP = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: cla-backend, namespace: cla}
spec:
  selector: {matchLabels: {app: cla}}
  template:
    metadata: {labels: {app: cla}}
    spec:
      containers:
      - name: app
        image: cla_backend:1.0
        env:
        - {name: DATABASE_URL, valueFrom: {secretKeyRef: {name: database, key: url}}}
"""


def test_a_cronjob_running_a_repository_script_that_snapshots_the_database_is_a_backup(tmp_path: Path) -> None:
    files = {"k8s/app.yaml": APP, "k8s/cron.yaml": SNAPSHOT_CRONJOB,
             "requirements.txt": "Django==4.2.11\npsycopg2==2.9.9\n",
             "Backups/create_manual_snapshot.sh": "#!/bin/sh\naws rds create-db-snapshot --region=eu-west-2 "
                                                  "--db-instance-identifier $DB_ID --db-snapshot-identifier x\n"}
    write(tmp_path, files)
    got = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    assert any(f.status is Status.PASS and "Backups/create_manual_snapshot.sh (create-db-snapshot)" in f.message
               for f in got), [(f.status, f.message) for f in got]

    # a script of that name that backs nothing up earns nothing
    other = tmp_path / "other"
    write(other, {**files, "Backups/create_manual_snapshot.sh": "#!/bin/sh\necho snapshot\n"})
    got = findings(scan(other, only=("backups/mechanism",)), "backups/mechanism")
    assert not any(f.status is Status.PASS for f in got), [(f.status, f.message) for f in got]


# exceptionless k8s/elastic-monitor.yaml: Azure Application Gateway for Containers answers the port-80 Ingress of a
# domain with the IngressExtension's redirect to https; the TLS Ingress beside it serves the host.
AGC = """\
apiVersion: alb.networking.azure.io/v1
kind: IngressExtension
metadata: {name: elastic-monitor-http-to-https, namespace: elastic-system}
spec:
  rules:
    - host: kibana.exceptionless.io
      requestRedirect:
        statusCode: 301
        scheme: https
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: elastic-monitor-http
  namespace: elastic-system
  annotations:
    alb.networking.azure.io/alb-name: public-alb
    alb.networking.azure.io/alb-ingress-extension: elastic-monitor-http-to-https
spec:
  ingressClassName: azure-alb-external
  rules:
  - host: kibana.exceptionless.io
    http:
      paths:
      - path: /
        pathType: Prefix
        backend: {service: {name: kibana, port: {number: 5601}}}
  - host: other.exceptionless.io
    http:
      paths:
      - path: /
        pathType: Prefix
        backend: {service: {name: kibana, port: {number: 5601}}}
"""


def test_a_host_an_azure_ingress_extension_redirects_to_https_is_not_plain_http(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/elastic-monitor.yaml": AGC})
    got = findings(scan(tmp_path, only=("ingress/tls",)), "ingress/tls")
    by_host = {f.evidence.get("host"): f.status for f in got if f.evidence}
    assert by_host.get("kibana.exceptionless.io") is Status.PASS, [(f.status, f.message) for f in got]
    # a host the extension does not redirect is still served in clear
    assert by_host.get("other.exceptionless.io") is Status.FAIL, [(f.status, f.message) for f in got]
    # an extension that redirects elsewhere (scheme http) proves nothing
    other = tmp_path / "other"
    write(other, {"k8s/elastic-monitor.yaml": AGC.replace("scheme: https", "scheme: http")})
    got = findings(scan(other, only=("ingress/tls",)), "ingress/tls")
    assert {f.status for f in got if f.evidence and f.evidence.get("host") == "kibana.exceptionless.io"} \
        == {Status.FAIL}, [(f.status, f.message) for f in got]
