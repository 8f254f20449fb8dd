"""backups/mechanism's false positives on the 102-repository set (fp-kinds-i, 2026-11-30 session 8), each rule tested
with the labelled repositories' own lines, each test failing on the code before the rule, beside the guards that keep
the labelled problems failing."""

from __future__ import annotations

import base64
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

BACKUPS = "backups/mechanism"
RESTORE = "backups/restore-procedure"

# opencost: go.mod requires lib/pq for the optional remote-write PostgreSQL (pkg/cloud/utils/utils.go, used only when
# REMOTE_WRITE_ENABLED is set); kubernetes/opencost.yaml deploys the service with Prometheus and no database at all
OPENCOST_GO_MOD = """\
module github.com/opencost/opencost

go 1.22

require (
\tgithub.com/lib/pq v1.2.0
)
"""
OPENCOST_UTILS = """\
package utils

func UpdateClusterMeta(cluster_id, cluster_name string) error {
\tpw := env.GetRemotePW()
\taddress := env.GetSQLAddress()
\tconnStr := fmt.Sprintf("postgres://postgres:%s@%s:5432?sslmode=disable", pw, address)
\tdb, err := sql.Open("postgres", connStr)
\tif err != nil {
\t\treturn err
\t}
\tdefer db.Close()
\tupdateStmt := `UPDATE names SET cluster_name = $1 WHERE cluster_id = $2;`
\t_, err = db.Exec(updateStmt, cluster_name, cluster_id)
\treturn err
}
"""
OPENCOST_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: opencost
  namespace: opencost
  labels:
    app: opencost
spec:
  replicas: 1
  selector:
    matchLabels:
      app: opencost
  template:
    metadata:
      labels:
        app: opencost
      annotations:
        checksum/config: 4f99dd18312bdf83980c665f35e3bf61cd7db66fa30d875000187c9462d237f3
    spec:
      restartPolicy: Always
      serviceAccountName: opencost
      containers:
        - image: ghcr.io/opencost/opencost:latest
          name: opencost
          env:
            - name: PROMETHEUS_SERVER_ENDPOINT
              value: "http://prometheus-server.prometheus-system.svc"
            - name: CLUSTER_ID
              value: "cluster-one"
        - image: ghcr.io/opencost/opencost-ui:latest
          name: opencost-ui
"""
# patroni kubernetes/patroni_k8s.yaml: the StatefulSet runs the repository's own PostgreSQL image (`image: patroni`,
# built FROM postgres), which no image rule recognises; its data folder names the database
PATRONI_STATEFULSET = """\
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: patronidemo
spec:
  replicas: 3
  serviceName: patronidemo
  selector:
    matchLabels: {application: patroni}
  template:
    metadata:
      labels: {application: patroni}
    spec:
      containers:
      - name: patronidemo
        image: patroni  # docker build -t patroni .
        ports:
        - containerPort: 8008
          protocol: TCP
        volumeMounts:
        - mountPath: /home/postgres/pgdata
          name: pgdata
      volumes:
      - name: pgdata
        emptyDir: {}
"""
# go-api-boilerplate k8s/mongodb.tf: terraform installs the MongoDB the services use; the chart's Deployment names none
GO_API_MONGODB_TF = """\
resource "helm_release" "mongodb" {
  name       = "mongodb"
  repository = "https://charts.bitnami.com/bitnami"
  chart      = "mongodb"
  version    = local.mongodb.version
  namespace  = local.mongodb.namespace
}
"""


def _opencost(root: Path) -> Path:
    return write(root, {"go.mod": OPENCOST_GO_MOD, "pkg/cloud/utils/utils.go": OPENCOST_UTILS,
                        "kubernetes/opencost.yaml": OPENCOST_DEPLOYMENT})


def _statuses(root: Path, check_id: str) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(check_id,)), check_id)]


def test_a_database_the_deployment_never_names_asks_a_person_not_a_failure(tmp_path: Path) -> None:
    """opencost's go.mod holds lib/pq for an optional remote-write store; what deploys it (Deployment opencost, with
    Prometheus's address and a cluster id) names no database, so "no backup mechanism found for the service's
    database" was about a database this deployment does not run. It is a question for a person (manual: one may be
    set up where the repository cannot show), never a pass; a hash that spells `db` by chance does not count."""
    _opencost(tmp_path)
    result = findings(scan(tmp_path, only=(BACKUPS,)), BACKUPS) + findings(scan(tmp_path, only=(RESTORE,)), RESTORE)
    assert [f.status for f in result] == [Status.MANUAL, Status.MANUAL]
    assert "github.com/lib/pq" in result[0].message and "Deployment opencost" in result[0].message


def test_a_deployment_that_names_a_database_keeps_the_failure(tmp_path: Path) -> None:
    """The guards: a database word anywhere in what deploys the service keeps "no backup mechanism" failing: an
    environment variable (opencost's own SQL_ADDRESS), a Secret's decoded data, a terraform file installing the
    database (go-api-boilerplate's k8s/mongodb.tf), a StatefulSet mounting a PostgreSQL data folder (patroni)."""
    _opencost(tmp_path)
    write(tmp_path, {"kubernetes/opencost.yaml": OPENCOST_DEPLOYMENT.replace(
        "            - name: CLUSTER_ID", "            - name: SQL_ADDRESS\n              value: cost-store\n"
                                          "            - name: CLUSTER_ID")})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]
    assert _statuses(tmp_path, RESTORE) == [Status.FAIL]
    url = base64.b64encode(b"postgres://opencost:pw@store:5432/costs").decode()
    write(tmp_path, {"kubernetes/opencost.yaml": OPENCOST_DEPLOYMENT + "---\napiVersion: v1\nkind: Secret\n"
                     f"metadata:\n  name: opencost-remote\ndata:\n  url: {url}\n"})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]
    write(tmp_path, {"kubernetes/opencost.yaml": OPENCOST_DEPLOYMENT, "k8s/mongodb.tf": GO_API_MONGODB_TF})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]
    (tmp_path / "k8s/mongodb.tf").unlink()
    write(tmp_path, {"kubernetes/patroni.yaml": PATRONI_STATEFULSET})
    assert _statuses(tmp_path, BACKUPS) == [Status.FAIL]
    # nothing deployed at all (a compose-only repository): the finding stays as it was
    (tmp_path / "kubernetes/patroni.yaml").unlink()
    (tmp_path / "kubernetes/opencost.yaml").unlink()
    write(tmp_path, {"kubernetes/service.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: opencost\n"
                     "spec:\n  ports:\n  - port: 9003\n"})
    assert Status.MANUAL not in _statuses(tmp_path, BACKUPS)
