"""Passes of required items' checks that were not earned (pass-audit2, 2026-11-29 late): each test is built from
real lines (the libraries' documented examples, public repositories) and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- sensitive-config/kubernetes-secrets: kustomize secretGenerators ---------------------------------------------

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wordpress-mysql
spec:
  selector:
    matchLabels: {app: wordpress}
  template:
    metadata:
      labels: {app: wordpress}
    spec:
      containers:
      - image: mysql:8.0
        name: mysql
        env:
        - name: MYSQL_ROOT_PASSWORD
          valueFrom:
            secretKeyRef: {name: mysql-pass, key: password}
"""


def _secrets(root: Path) -> list[tuple[Status, str | None, int | None]]:
    return [(f.status, f.location.path if f.location else None, f.location.line if f.location else None)
            for f in findings(scan(root, only=("sensitive-config/kubernetes-secrets",)),
                              "sensitive-config/kubernetes-secrets")]


def test_a_secret_generator_with_literals_puts_the_values_in_the_repository(tmp_path: Path) -> None:
    # kubernetes.io "Managing Secrets using Kustomize" (literals), and the WordPress tutorial's placeholder
    write(tmp_path, {"kustomization.yaml": "secretGenerator:\n- name: database-creds\n  literals:\n"
                                          "  - username=admin\n  - password=1f2d1e2e67df\n"
                                          "resources:\n  - mysql-deployment.yaml\n",
                     "mysql-deployment.yaml": DEPLOYMENT})
    assert _secrets(tmp_path) == [(Status.FAIL, "kustomization.yaml", 2)]
    write(tmp_path, {"kustomization.yaml": "secretGenerator:\n- name: mysql-pass\n  literals:\n"
                                          "  - password=YOUR_PASSWORD\nresources:\n  - mysql-deployment.yaml\n"})
    assert _secrets(tmp_path) == [(Status.WARN, "kustomization.yaml", 2)]


def test_a_secret_generator_reading_committed_files_fails_and_one_reading_absent_files_passes(tmp_path: Path) -> None:
    write(tmp_path, {"base/kustomization.yaml": "resources:\n- deployment.yaml\nsecretGenerator:\n"
                                                "- name: db\n  envs:\n  - db.env\n"
                                                "- name: app-tls\n  files:\n  - secret/tls.crt\n  - secret/tls.key\n"
                                                "  type: kubernetes.io/tls\n",
                     "base/deployment.yaml": DEPLOYMENT,
                     "base/db.env": "DB_USER=wordpress\nDB_PASSWORD=Tr0ub4dor-3xQ9vL2p\n",
                     "base/secret/tls.crt": "-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n"})
    # the env file is committed; the TLS key is not (ignored, made by the pipeline) and the certificate is public
    assert _secrets(tmp_path) == [(Status.FAIL, "base/kustomization.yaml", 4),
                                  (Status.PASS, "base/kustomization.yaml", 7)]

