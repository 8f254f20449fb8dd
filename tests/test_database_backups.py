"""backups/* (static) and rollback-plan/runbook: passing and failing fixtures."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

STATEFUL = """apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: postgres
        image: postgres:16.4
"""
BACKUP_CRONJOB = """apiVersion: batch/v1
kind: CronJob
metadata: {name: db-backup}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: dump
            image: postgres:16.4
            command: ["/bin/sh", "-c"]
            args: ["pg_dump --format=custom \\"$DATABASE_URL\\" > /backup/db.dump"]
            volumeMounts:
            - {name: backups, mountPath: /backup}
          volumes:
          - name: backups
            persistentVolumeClaim: {claimName: db-backups}
"""
CNPG = """apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: pg}
spec:
  instances: 3
  backup:
    barmanObjectStore: {destinationPath: "s3://backups/pg"}
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata: {name: pg-nightly}
spec:
  schedule: "0 0 3 * * *"
  cluster: {name: pg}
"""
VELERO = """apiVersion: velero.io/v1
kind: Schedule
metadata: {name: daily}
spec:
  schedule: "0 2 * * *"
  template: {includedNamespaces: [shop]}
"""
RUNBOOK = "# Runbook\n\n## Deploy\n\nhelm upgrade ...\n\n## Rollback\n\nhelm rollback shop\n\n" \
          "## Restore from backup\n\npg_restore ...\n"


def _status(root: Path, check: str) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(check,)), check)]


def test_backup_cronjob_passes(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/db.yaml": STATEFUL, "k8s/backup.yaml": BACKUP_CRONJOB})
    result = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    assert [f.status for f in result] == [Status.PASS] and "pg_dump" in result[0].message


def test_operator_backups_pass(tmp_path: Path) -> None:
    write(tmp_path / "cnpg", {"k8s/pg.yaml": CNPG})
    messages = [f.message for f in findings(scan(tmp_path / "cnpg", only=("backups/mechanism",)), "backups/mechanism")]
    assert any("ScheduledBackup pg-nightly" in m for m in messages)
    assert any("Cluster pg (spec.backup)" in m for m in messages)
    write(tmp_path / "velero", {"k8s/db.yaml": STATEFUL, "k8s/velero.yaml": VELERO})
    assert _status(tmp_path / "velero", "backups/mechanism") == [Status.PASS]


def test_state_without_backup_fails(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/db.yaml": STATEFUL})
    result = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    assert [f.status for f in result] == [Status.FAIL] and "StatefulSet db" in result[0].message


def test_database_url_without_backup_fails(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": 'import os\nDSN = os.getenv("DATABASE_URL")\n'})
    assert _status(tmp_path, "backups/mechanism") == [Status.FAIL]


def test_restore_procedure(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/db.yaml": STATEFUL, "docs/runbook.md": RUNBOOK})
    result = findings(scan(tmp_path, only=("backups/restore-procedure",)), "backups/restore-procedure")
    assert [f.status for f in result] == [Status.PASS]
    assert result[0].location and result[0].location.path == "docs/runbook.md" and result[0].location.line == 11
    write(tmp_path / "bare", {"k8s/db.yaml": STATEFUL, "README.md": "# svc\n\n## Usage\n"})
    assert _status(tmp_path / "bare", "backups/restore-procedure") == [Status.FAIL]


def test_tested_is_manual_in_scan_and_deferred_in_verify(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/db.yaml": STATEFUL})
    result = findings(scan(tmp_path, only=("backups/tested",)), "backups/tested")
    assert [f.status for f in result] == [Status.MANUAL] and "attestation" in result[0].message
    verify = findings(scan(tmp_path, only=("backups/tested",), mode="verify",
                           targets={"db_url_env": "DB", "restore_drill": {"scratch_prefix": "scratch_"}}),
                      "backups/tested")
    assert [f.status for f in verify] == [Status.NA]
    # Without the environment's opt-in no drill runs, so a person still has to attest one.
    not_opted_in = findings(scan(tmp_path, only=("backups/tested",), mode="verify", targets={"db_url_env": "DB"}),
                            "backups/tested")
    assert [f.status for f in not_opted_in] == [Status.MANUAL]


def test_stateless_backups_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "print('stateless')\n"})
    for check in ("backups/mechanism", "backups/restore-procedure", "backups/tested"):
        assert _status(tmp_path, check) == [Status.NA]


# --- rollback-plan/runbook --------------------------------------------------------------------------------


def test_runbook_with_rollback_section(tmp_path: Path) -> None:
    write(tmp_path, {"docs/runbook.md": RUNBOOK})
    result = findings(scan(tmp_path, only=("rollback-plan/runbook",)), "rollback-plan/runbook")
    assert [f.status for f in result] == [Status.PASS]
    assert result[0].location and result[0].location.line == 7


def test_configured_runbook(tmp_path: Path) -> None:
    write(tmp_path, {"ops/PLAYBOOK.md": "# Ops\n\n## Rolling back a release\n\nkubectl rollout undo\n",
                     ".deploycheck.yaml": "docs:\n  runbook: ops/PLAYBOOK.md\n"})
    assert _status(tmp_path, "rollback-plan/runbook") == [Status.PASS]
    write(tmp_path / "missing", {".deploycheck.yaml": "docs:\n  runbook: ops/nope.md\n"})
    assert Status.FAIL in _status(tmp_path / "missing", "rollback-plan/runbook")


def test_runbook_without_rollback_fails(tmp_path: Path) -> None:
    write(tmp_path, {"RUNBOOK.md": "# Runbook\n\n## Deploy\n\nhelm upgrade\n"})
    result = findings(scan(tmp_path, only=("rollback-plan/runbook",)), "rollback-plan/runbook")
    assert [f.status for f in result] == [Status.FAIL] and "RUNBOOK.md has no rollback section" in result[0].message


def test_rollback_heading_only_in_readme_warns(tmp_path: Path) -> None:
    # a heading without the command: where the procedure should be, not the procedure (a rollback command documented
    # anywhere passes since acc-misses6, see tests/test_accuracy_misses6.py)
    write(tmp_path, {"README.md": "# svc\n\n## Rollback\n\nAsk the platform team.\n"})
    assert _status(tmp_path, "rollback-plan/runbook") == [Status.WARN]


DB_DEPLOYMENT = """apiVersion: apps/v1
kind: Deployment
metadata: {name: db, namespace: shop}
spec:
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: postgres, image: "postgres:16.4"}]
"""


def test_database_deployment_needs_a_backup(tmp_path: Path) -> None:
    # a PostgreSQL run as a Deployment is a stateful component: the failure names it
    write(tmp_path, {"k8s/db.yaml": DB_DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    assert f.status is Status.FAIL and "Deployment db (PostgreSQL)" in f.message
    write(tmp_path, {"k8s/backup.yaml": BACKUP_CRONJOB})
    assert _status(tmp_path, "backups/mechanism") == [Status.PASS]


# The "Backup and restore" section every Bitnami chart README carries (bitnami/charts: bitnami/*/README.md):
# generic advice to the chart's users, not this team's procedure.
BITNAMI_README = """# PostgreSQL packaged by Bitnami

## Installing the Chart

### Backup and restore

To back up and restore Helm chart deployments on Kubernetes, you need to back up the persistent volumes from the
source deployment and attach them to a new deployment using [Velero](https://velero.io/), a Kubernetes backup/restore
tool.
"""


def test_restore_procedure_is_not_read_from_vendored_or_package_docs(tmp_path: Path) -> None:
    # an unpacked Bitnami subchart under the service's chart, a Go module's README under vendor/ (gin documents its
    # panic-recovery middleware) and a .NET README's package restore are no restore procedure of the service's data
    write(tmp_path, {
        "chart/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 1.0.0\n",
        "chart/templates/db.yaml": STATEFUL,
        "chart/charts/postgresql/Chart.yaml": "apiVersion: v2\nname: postgresql\nversion: 12.1.6\n",
        "chart/charts/postgresql/README.md": BITNAMI_README,
        "vendor/github.com/gin-gonic/gin/README.md": "# Gin\n\n### Custom Recovery behavior\n\nr.Use(gin.Recovery())\n",
        "README.md": "# Shop\n\n## Build\n\n### Restore NuGet packages\n\n```\ndotnet restore\n```\n",
    })
    result = findings(scan(tmp_path, only=("backups/restore-procedure",)), "backups/restore-procedure")
    assert [f.status for f in result] == [Status.FAIL], [f.message for f in result]
    # the team's own chart folder at the top (charts/shop/, not under another chart) is its documentation
    write(tmp_path / "own", {"charts/shop/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 1.0.0\n",
                             "charts/shop/templates/db.yaml": STATEFUL,
                             "charts/shop/README.md": "# shop\n\n## Backup and restore\n\npg_restore -d shop dump\n"})
    assert _status(tmp_path / "own", "backups/restore-procedure") == [Status.PASS]


MONGO_DEPLOYMENT = """apiVersion: apps/v1
kind: Deployment
metadata: {name: mongodb}
spec:
  selector: {matchLabels: {app: mongodb}}
  template:
    metadata: {labels: {app: mongodb}}
    spec:
      containers:
      - name: mongodb
        image: mongo:7.0
        volumeMounts: [{name: data, mountPath: /data/db}]
      volumes: [{name: data, persistentVolumeClaim: {claimName: mongo-data}}]
"""


def test_a_dump_tool_backs_up_its_own_store_only(tmp_path: Path) -> None:
    # the item asks for every stateful component: a pg_dump CronJob saves the PostgreSQL, not the MongoDB beside it
    write(tmp_path, {"k8s/db.yaml": STATEFUL, "k8s/backup.yaml": BACKUP_CRONJOB, "k8s/mongo.yaml": MONGO_DEPLOYMENT})
    result = findings(scan(tmp_path, only=("backups/mechanism",)), "backups/mechanism")
    failures = [f for f in result if f.status == Status.FAIL]
    assert len(failures) == 1 and "Deployment mongodb (MongoDB)" in failures[0].message, [f.message for f in result]
    assert failures[0].location and failures[0].location.path == "k8s/mongo.yaml"
    # a Velero Schedule backs up the volumes of every workload
    write(tmp_path / "velero", {"k8s/db.yaml": STATEFUL, "k8s/backup.yaml": BACKUP_CRONJOB,
                                "k8s/mongo.yaml": MONGO_DEPLOYMENT, "k8s/velero.yaml": VELERO})
    assert {f.status for f in findings(scan(tmp_path / "velero", only=("backups/mechanism",)),
                                       "backups/mechanism")} == {Status.PASS}


def test_a_suspended_backup_cronjob_is_no_mechanism(tmp_path: Path) -> None:
    suspended = BACKUP_CRONJOB.replace('  schedule: "0 3 * * *"\n', '  schedule: "0 3 * * *"\n  suspend: true\n')
    write(tmp_path, {"k8s/db.yaml": STATEFUL, "k8s/backup.yaml": suspended})
    assert _status(tmp_path, "backups/mechanism") == [Status.FAIL]
