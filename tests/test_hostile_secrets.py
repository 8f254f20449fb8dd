"""Issue 7, item 6: secrets planted where the old masking missed them never appear in clear in any of
the six formats or in a baseline. Before the one choke point (redact.py) each of these leaked: a
`postgresql+psycopg://` URL, a URL with leading whitespace, a libpq key=value string, list and mapping
values under Secret keys and secret-named env vars quoted by schema errors, commit subjects, and
OpenAPI validator messages."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from tests.helpers import git, write

from deploycheck.redact import Redactor

FORMATS = ("terminal", "json", "sarif", "junit", "markdown", "html")
PW = "Canary0PW9x7"


def _all_formats(root: Path, out: Path, *extra: str, env: dict[str, str] | None = None,
                 command: str = "scan") -> str:
    out.mkdir(exist_ok=True)
    args = ["deploycheck", command, str(root), *extra]
    for fmt in FORMATS:
        args += ["-f", fmt, "-o", str(out / f"r.{fmt}")]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, **(env or {})})
    assert "Traceback" not in proc.stderr, proc.stderr
    base = out / "baseline.json"
    subprocess.run(["deploycheck", command, str(root), *extra, "--write-baseline", str(base)], capture_output=True,
                   text=True, timeout=300, check=False, env={**os.environ, **(env or {})})
    texts = [proc.stdout, proc.stderr] + [(out / f"r.{fmt}").read_text() for fmt in FORMATS]
    if base.exists():
        texts.append(base.read_text())
    return "\n".join(texts)


@pytest.mark.parametrize("url", [
    f"postgresql+psycopg://svc:{PW}@127.0.0.1:1/shop",
    f"   postgresql://svc:{PW}@127.0.0.1:1/shop",
    f"host=127.0.0.1 port=1 user=svc password={PW} dbname=shop",
    f"host=127.0.0.1 port=1 password='{PW}' dbname=shop",
])
def test_database_url_passwords_are_masked_in_every_format(tmp_path: Path, url: str) -> None:
    root = write(tmp_path / "repo", {"README.md": "# shop\n"})
    text = _all_formats(root, tmp_path / "out", "--db-url-env", "SHOP_DB", "--only", "backups",
                        "--only", "schema-changes", env={"SHOP_DB": url}, command="verify")
    assert PW not in text
    assert "127.0.0.1" in text  # the target is still named


def test_schema_errors_quoting_secret_lists_and_mappings_are_masked(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"k8s/secret.yaml": (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n"
        f"  password: [\"{PW}\", other]\n  token: {{inner: \"{PW}-tok\"}}\n"), "k8s/deploy.yaml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n"
        "    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n"
        "      containers:\n        - name: api\n          image: api:1.0\n          env:\n"
        f"            - name: DB_PASSWORD\n              value: {{nested: \"{PW}-env\"}}\n")})
    text = _all_formats(root, tmp_path / "out", "--only", "manifests", "--only", "sensitive-config",
                        "--only", "secrets-management")
    assert PW not in text


def test_commit_subjects_with_credentials_are_masked(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"README.md": "# shop\n"})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-qm", "initial")
    git(root, "tag", "v1.0.0")
    write(root, {"app.py": "x = 1\n"})
    git(root, "add", ".")
    git(root, "commit", "-qm", f"hotfix: set password={PW} and token ghp_{PW}abcdefghijklmnopqrstuvwxyz0123")
    text = _all_formats(root, tmp_path / "out", "--only", "code-review")
    assert "hotfix" in text  # the commit is still listed
    assert PW not in text


def test_openapi_validator_messages_are_masked(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"openapi.yaml": (
        "openapi: 3.0.3\ninfo:\n  title: shop\n  version: '1'\n"
        f"paths:\n  /orders: \"ghp_{PW}abcdefghijklmnopqrstuvwxyz0123\"\n")})
    text = _all_formats(root, tmp_path / "out", "--only", "api-docs")
    assert PW not in text


def test_known_environment_secrets_are_masked_wherever_they_appear(tmp_path: Path) -> None:
    """A CI token that ends up in a message by any route (here: the repository quotes it) is masked."""
    token = "ciTok3n-Zq81-planted"
    root = write(tmp_path / "repo", {"Dockerfile": f"FROM python:3.12\nLABEL note=\"{token}\"\nRUN echo {token}\n"})
    text = _all_formats(root, tmp_path / "out", env={"DEPLOYCHECK_TOKEN": token})
    assert token not in text


@pytest.mark.parametrize(("raw", "secret"), [
    ("mysql://root:hunter2xx@db:3306/x", "hunter2xx"),
    ("amqp://guest:guestpw99@rabbit:5672/", "guestpw99"),
    ("redis://:r3disPass@cache:6379/0", "r3disPass"),
    ("Authorization: Bearer abcdef0123456789abcdef", "abcdef0123456789abcdef"),
    ("jdbc:postgresql://h/db?user=a&password=jdbcSecret1", "jdbcSecret1"),
    ("aws key AKIAIOSFODNN7EXAMPLE in a message", "AKIAIOSFODNN7EXAMPLE"),
    ('{"api_key": "k3y-value-123"}', "k3y-value-123"),
])
def test_shapes_are_masked(raw: str, secret: str) -> None:
    assert secret not in Redactor().text(raw)


@pytest.mark.parametrize("raw", ["password: ${DB_PASSWORD}", "token: <your token>", "secretName: app-tls",
                                 "postgresql://svc@db/shop", "password=********"])
def test_references_and_placeholders_stay_readable(raw: str) -> None:
    assert Redactor().text(raw) == raw


WORD_PASSWORD_REPO = {
    "k8s/shopapp-db.yml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mysql\nspec:\n  selector:\n"
        "    matchLabels: {app: mysql}\n  template:\n    metadata:\n      labels: {app: mysql}\n    spec:\n"
        "      containers:\n        - name: mysql\n          image: mysql:8.4\n          env:\n"
        "            - name: MYSQL_PASSWORD\n              value: shopapp\n"
        "            - name: DATABASE_URL\n              value: mysql2://shopapp:shopapp@mysql:3306/shopapp\n"),
}


def test_a_word_password_is_masked_as_a_value_not_inside_paths(tmp_path: Path) -> None:
    """booksapp's MySQL password is the app's name: masking it everywhere turned file paths into
    `boo*****-trafficsplit.yml`. A plain-word secret is masked where it stands as a value (every format),
    while paths and identifiers that contain it stay readable; generated-looking values stay masked anywhere."""
    import re

    root = write(tmp_path / "repo", WORD_PASSWORD_REPO)
    text = _all_formats(root, tmp_path / "out", "--only", "secrets-management", "--only", "sensitive-config")
    assert "k8s/shopapp-db.yml" in text and "sho*****-db.yml" not in text
    standalone = re.findall(r"(?<![\w/\\.-])shopapp(?![\w/\\-])(?!\.\w)", text)
    assert standalone == [], "the password is shown in clear as a value"
    redactor = Redactor(["shopapp", "Zq9shopSecret"])
    assert redactor.text("MYSQL_PASSWORD=shopapp (shopapp)") == "MYSQL_PASSWORD=sho**** (sho****)"
    assert redactor.text("k8s/shopapp.yaml Deployment/shopapp-web") == "k8s/shopapp.yaml Deployment/shopapp-web"
    assert "Zq9shopSecret" not in redactor.text("k8s/Zq9shopSecret-db.yaml")


# Found by running every report string of the labelled set, the corpus and the examples through the
# redactor (2026-11-29): our own words were masked while they carried no secret.
@pytest.mark.parametrize("prose", [
    "container auth: livenessProbe uses the same endpoint as readinessProbe",
    "container auth: AUTH_DB_PASSWORD comes from a Secret",
    "docker/dockerfile.auth: multi-stage build without a final USER",
    "no hand-made token decoding; token validation by the framework",
    "AUTHORS_SITE=http://authors:7001 is read but not documented",
    "Basic authentication over plain HTTP",
])
def test_our_own_prose_is_not_taken_for_a_secret(prose: str) -> None:
    assert Redactor().text(prose) == prose


@pytest.mark.parametrize(("raw", "secret"), [
    ("auth: Zk81xQ-w9vT2", "Zk81xQ-w9vT2"),
    ("_auth=dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="),
    ("token s3cr3t-t0ken-value", "s3cr3t-t0ken-value"),
    ('"password": "Pass@word"', "Pass@word"),
])
def test_secret_shaped_values_next_to_those_words_are_still_masked(raw: str, secret: str) -> None:
    assert secret not in Redactor().text(raw)


SECRET_OBJECT_REPO = {
    "k8s/db.yaml": (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: accounts-db-config\nstringData:\n"
        "  POSTGRES_DB: accounts-db\n  POSTGRES_USER: accounts-admin\n  POSTGRES_PASSWORD: Zq9acctPass\n"
        "  DATABASE_URL: postgresql://accounts-admin:Zq9urlPass@accounts-db:5432/accounts-db\n"
        "  SIDE_PASSWORD: postgres\n"
        "---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: accounts-db\nspec:\n"
        "  serviceName: accounts-db\n  selector:\n    matchLabels: {app: accounts-db}\n  template:\n"
        "    metadata:\n      labels: {app: accounts-db}\n    spec:\n      containers:\n"
        "        - name: postgres\n          image: postgres:16.4\n          env:\n"
        "            - name: GOOGLE_APPLICATION_CREDENTIALS\n"
        "              value: /etc/secrets/service-account/credentials.json\n"
        "            - name: ADMIN_PASSWORD\n              value: Zq9envPass\n"),
}


def test_names_hosts_and_default_words_from_secret_objects_stay_readable(tmp_path: Path) -> None:
    """bank-of-anthos keeps POSTGRES_DB and POSTGRES_USER in a Secret: masking those values turned every
    `StatefulSet accounts-db` into `acc********`; a password `postgres` masked `container postgres` and
    `image postgres:16.4`. Database names, user names, URL hosts, file paths and well-known default words are
    no secrets (the secret scan reports the default as a default credential); the passwords still are."""
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.redact import known_secrets
    from deploycheck.sources.kubernetes import all_objects

    root = write(tmp_path / "repo", SECRET_OBJECT_REPO)
    ctx = Context(root, load_config(root))
    ctx.use(all_objects)
    known = known_secrets(ctx)
    assert {"Zq9acctPass", "Zq9urlPass", "Zq9envPass"} <= known
    assert not known & {"accounts-db", "accounts-admin", "postgres", "/etc/secrets/service-account/credentials.json",
                        "postgresql://accounts-admin:Zq9urlPass@accounts-db:5432/accounts-db"}


def test_the_working_directory_is_not_a_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shell's PWD matched the `pwd` (password) name rule: the current directory was masked in reports."""
    from deploycheck.redact import environment_secrets

    monkeypatch.setenv("PWD", "/home/ci/builds/shop-service")
    monkeypatch.setenv("OLDPWD", "/home/ci/builds")
    monkeypatch.setenv("SHOP_DB_PWD", "Zq9dbPwd77")
    found = environment_secrets()
    assert "Zq9dbPwd77" in found
    assert not found & {"/home/ci/builds/shop-service", "/home/ci/builds"}


def test_a_word_password_inside_a_qualified_name_stays_readable() -> None:
    """booksapp's Role `booksapp:chaos` was shown as `boo*****:chaos`."""
    redactor = Redactor(["booksapp"])
    assert redactor.text("RoleBinding booksapp:chaos binds Role booksapp:chaos") == (
        "RoleBinding booksapp:chaos binds Role booksapp:chaos")
    assert redactor.text("MYSQL_PASSWORD: booksapp") == "MYSQL_PASSWORD: boo*****"
