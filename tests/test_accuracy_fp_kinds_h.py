"""fp-kinds-h (issue 8, 2026-11-30 s7): false positives of migration-scripts/tree, from bench/accuracy's real lines
(the Dockerfile and selector rules have their own files: test_dockerfile_deployed.py and
test_selectors_created_pods.py)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# skywalking-showcase's songs service (services/songs-service/src/main/resources/application.yaml, trimmed)
SONGS_SETTINGS = """spring:
  datasource:
    url: ${DATA_SOURCE_URL:jdbc:h2:mem:mem-db;DB_CLOSE_DELAY=-1;DATABASE_TO_UPPER=FALSE}
  sql:
    init:
      mode: always
  jpa:
    defer-datasource-initialization: true
    hibernate:
      ddl-auto: create
"""
SONGS_ENV = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: songs
spec:
  selector:
    matchLabels: {app: songs}
  template:
    metadata:
      labels: {app: songs}
    spec:
      containers:
        - name: songs
          image: ghcr.io/apache/skywalking-showcase/songs-service:latest
          env:
            - name: DATA_SOURCE_URL
              value: jdbc:postgresql://psql.default.svc.cluster.local:5432/postgres
"""


def _tree(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("migration-scripts/tree",)), "migration-scripts/tree")]


def test_a_schema_hibernate_creates_at_every_start_is_not_a_missing_migration_tree(tmp_path: Path) -> None:
    """The songs service lets Hibernate drop and create its table at each start (ddl-auto create): no schema is kept
    for a migration tool. Skipped (never a pass); a profile that keeps the schema (`update`) still fails."""
    files = {"services/songs-service/src/main/resources/application.yaml": SONGS_SETTINGS,
             "deploy/kubernetes/songs.yaml": SONGS_ENV}
    write(tmp_path / "create", files)
    assert _tree(tmp_path / "create") == [Status.SKIPPED]
    write(tmp_path / "update", {**files, "services/songs-service/src/main/resources/application-prod.yaml":
                                "spring:\n  jpa:\n    hibernate:\n      ddl-auto: update\n"})
    assert _tree(tmp_path / "update") == [Status.FAIL]
