"""sensitive-config/env-files: env files of local development (the .env docker compose reads beside it, a compose
env_file, a test environment's file) whose secret-named values are chosen words, camelCase or leet-speak phrases, or
URLs to a local database with such a password, in a repository that deploys with Kubernetes."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

CHECK = "sensitive-config/env-files"
DEPLOYMENT = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  selector:\n"
              "    matchLabels: {app: a}\n  template:\n    metadata:\n      labels: {app: a}\n"
              "    spec:\n      containers:\n"
              "        - name: app\n          image: app:1.0\n")
# laa-court-data-adaptor's .env (lines 2-3, 17) and docker-compose.yml (lines 1-3, 17-19, 34-40)
LAA_ENV = ("SHARED_SECRET_KEY=super-secret-key\nAWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\n"
           "DATABASE_URL=postgres://postgres:postgres@postgres:5432/laa_court_data_adaptor_development\n")
LAA_COMPOSE = ("version: '3'\nservices:\n  app:\n    environment:\n      REDIS_URL: redis://redis\n"
               "      DATABASE_URL: ${DATABASE_URL}\n  postgres:\n    image: postgres:17.4-alpine\n    environment:\n"
               "      POSTGRES_USER: 'postgres'\n      POSTGRES_PASSWORD: 'postgres'\n")
# prisoner-content-hub-backend.env (lines 4, 7, 18, 23-24), the env_file of docker-compose.yml's drupal service
PRISONER_ENV = ("HUB_DB_ENV_MYSQL_PASSWORD=unsecurepassword\nHASH_SALT=Sup3RS3cretH4sH\n"
                "SIMPLETEST_DB=mysql://hubdb_user:unsecurepassword@data\nFLYSYSTEM_S3_KEY=somethingSecure\n"
                "FLYSYSTEM_S3_SECRET=somethingSecure\n")
PRISONER_COMPOSE = "services:\n  drupal:\n    env_file:\n      - prisoner-content-hub-backend.env\n"


def _statuses(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(CHECK,)), CHECK)]


def test_the_env_compose_reads_beside_it_with_local_values_passes(tmp_path: Path) -> None:
    root = write(tmp_path, {".env": LAA_ENV, "docker-compose.yml": LAA_COMPOSE, "k8s/deployment.yaml": DEPLOYMENT})
    assert _statuses(root) == [Status.PASS]


def test_a_test_environments_file_with_a_local_database_url_passes(tmp_path: Path) -> None:
    text = LAA_ENV.replace("@postgres:5432/laa_court_data_adaptor_development", "@localhost:5432/laa_test")
    assert _statuses(write(tmp_path, {".env.test": text})) == [Status.PASS]


def test_camel_case_and_leet_speak_stand_ins_in_a_compose_env_file_pass(tmp_path: Path) -> None:
    root = write(tmp_path, {"prisoner-content-hub-backend.env": PRISONER_ENV, "docker-compose.yml": PRISONER_COMPOSE,
                            "k8s/deployment.yaml": DEPLOYMENT})
    assert _statuses(root) == [Status.PASS]


def test_a_random_password_or_a_remote_database_still_fails(tmp_path: Path) -> None:
    for i, (old, new) in enumerate((("super-secret-key", "Xk29vLmqZ7pQ"),
                                    ("postgres:postgres@postgres:5432", "postgres:postgres@db.example.com:5432"),
                                    ("postgres:postgres@", "postgres:Xk29vLmqZ7pQ@"))):
        root = write(tmp_path / str(i), {".env": LAA_ENV.replace(old, new), "docker-compose.yml": LAA_COMPOSE,
                                         "k8s/deployment.yaml": DEPLOYMENT})
        assert _statuses(root) == [Status.FAIL], new


def test_the_env_without_kubernetes_still_fails(tmp_path: Path) -> None:
    # without Kubernetes material the compose file may be the deployment (the lead's decision)
    assert _statuses(write(tmp_path, {".env": LAA_ENV, "docker-compose.yml": LAA_COMPOSE})) == [Status.FAIL]


def test_copying_a_local_development_env_into_the_image_is_no_secret(tmp_path: Path) -> None:
    # laa-court-data-adaptor's Dockerfile (lines 1, 36, 59, 65) takes the whole context, .env included; its
    # .dockerignore leaves out .git* and compose but not .env. The file holds local development values only.
    dockerfile = 'FROM ruby:3.4.9-alpine3.23\nCOPY Gemfile* ./\nCOPY . .\nCMD "./docker/run"\n'
    files = {"Dockerfile": dockerfile, ".dockerignore": ".circleci\n.git*\ndocker-compose.yml\n",
             "docker-compose.yml": LAA_COMPOSE, "k8s/deployment.yaml": DEPLOYMENT}
    ok = findings(scan(write(tmp_path / "ok", {**files, ".env": LAA_ENV}), only=("dockerfile/no-secrets",)),
                  "dockerfile/no-secrets")
    assert [f.status for f in ok] == [Status.PASS], [f.message for f in ok]
    real = findings(scan(write(tmp_path / "real", {**files, ".env": LAA_ENV.replace("super-secret-key",
                                                                                    "Xk29vLmqZ7pQw8rT")}),
                         only=("dockerfile/no-secrets",)), "dockerfile/no-secrets")
    assert Status.FAIL in {f.status for f in real}
