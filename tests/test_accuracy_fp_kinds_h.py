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


# atuin (trimmed): the workspace root, the server crate the Dockerfile builds, the client crate it only tests with
ATUIN_ROOT = """[workspace]
members = ["crates/*"]

[workspace.dependencies]
atuin-client = { path = "crates/atuin-client", version = "18.20.0-beta.3" }
atuin-server-postgres = { path = "crates/atuin-server-postgres", version = "18.20.0-beta.3" }
"""
ATUIN_SERVER = """[package]
name = "atuin-server"
version = "18.20.0-beta.3"

[[bin]]
name = "atuin-server"
path = "src/bin/main.rs"

[dependencies]
atuin-server-postgres = { workspace = true }

# Integration tests in tests/ spin up a real server and drive it with the
# client's api_client. atuin-client is only a dev dependency here so the client
# binary crate stays free of server/postgres deps (see issue #2884).
[dev-dependencies]
atuin-client = { path = "../atuin-client", version = "18.20.0-beta.3", default-features = false, features = ["sync"] }
"""
ATUIN_DOCKERFILE = """FROM lukemathwalker/cargo-chef:latest-rust-slim-bookworm AS chef
WORKDIR /app
FROM chef AS builder
COPY . .
RUN cargo build --release --bin atuin-server
FROM debian:bookworm-20260713-slim AS runtime
USER atuin
COPY --from=builder /app/target/release/atuin-server /usr/local/bin
ENTRYPOINT ["/usr/local/bin/atuin-server"]
"""


def test_migrations_of_a_crate_the_deployed_binary_does_not_depend_on_are_not_judged(tmp_path: Path) -> None:
    """atuin's Dockerfile builds `--bin atuin-server`; its path dependencies reach atuin-server-postgres (forward-only
    sqlx migrations: judged), never atuin-client (a dev-dependency), whose SQLite migrations run in the command-line
    client on users' machines. A bare `cargo build` (the whole workspace) judges every tree."""
    files = {"Cargo.toml": ATUIN_ROOT, "Dockerfile": ATUIN_DOCKERFILE,
             "crates/atuin-server/Cargo.toml": ATUIN_SERVER, "crates/atuin-server/src/bin/main.rs": "fn main() {}\n",
             "crates/atuin-server-postgres/Cargo.toml": '[package]\nname = "atuin-server-postgres"\n'
                                                        '[dependencies]\nsqlx = "0.8"\n',
             "crates/atuin-server-postgres/migrations/20210425153745_create_history.sql":
                 "create table history (id bigserial primary key, client_id text not null);\n",
             "crates/atuin-client/Cargo.toml": '[package]\nname = "atuin-client"\n[dependencies]\nsqlx = "0.8"\n',
             "crates/atuin-client/migrations/20210422143411_create_history.sql":
                 "create table if not exists history (id text primary key, command text not null);\n"}
    write(tmp_path / "bin", files)
    result = findings(scan(tmp_path / "bin", only=("migration-scripts/reversible",)), "migration-scripts/reversible")
    failing = {f.location.path for f in result if f.status is Status.FAIL and f.location}
    assert failing == {"crates/atuin-server-postgres/migrations/20210425153745_create_history.sql"}, failing
    assert any(f.status is Status.NA and "crates/atuin-client" in f.message for f in result)
    write(tmp_path / "workspace", {**files, "Dockerfile": ATUIN_DOCKERFILE.replace(" --bin atuin-server", "")})
    result = findings(scan(tmp_path / "workspace", only=("migration-scripts/reversible",)),
                      "migration-scripts/reversible")
    assert len([f for f in result if f.status is Status.FAIL]) == 2
