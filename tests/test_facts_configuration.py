"""env-vars and sensitive-config: code facts, env docs, secret scanning (passing and failing fixtures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import findings, scan, write

from deploycheck.cli import main
from deploycheck.config import load_config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.codefacts import code_facts
from deploycheck.sources.envdocs import env_docs

APP = """\
import os
from os import getenv
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DATABASE_URL = os.environ["DATABASE_URL"]
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
CACHE = getenv("CACHE_URL")
TIMEOUT = os.environ.get("HTTP_TIMEOUT", "5")
HOME = os.environ["HOME"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_")
    port: int = 8080
    signing_key: str
    redis: str = Field(..., validation_alias="REDIS_URL")
"""
README = """\
# svc

## Configuration

| Variable | Meaning | Default |
|---|---|---|
| `DATABASE_URL` | PostgreSQL DSN | required |
| LOG_LEVEL | log level | INFO |
| CACHE_URL | cache | none |
| HTTP_TIMEOUT | seconds | 5 |
| APP_PORT | port | 8080 |
| APP_SIGNING_KEY | key | required |
| REDIS_URL | redis | required |
"""
DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: registry.example.com/web:1.0
          env:
            - {name: DATABASE_URL, valueFrom: {secretKeyRef: {name: db, key: url}}}
          envFrom:
            - configMapRef: {name: web}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: web}
data:
  CACHE_URL: redis://cache:6379
  REDIS_URL: redis://cache:6379
"""


def _facts(root: Path):
    return Context(root, load_config(root)).use(code_facts)


def test_python_env_reads_with_defaults_and_pydantic_settings(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": APP})
    reads = {(r.name, r.has_default, r.via) for r in _facts(tmp_path).env_reads}
    assert ("DATABASE_URL", False, "os.environ[]") in reads
    assert ("LOG_LEVEL", True, "os.getenv") in reads
    assert ("CACHE_URL", None, "os.getenv") in reads  # None when unset: the code may handle it
    assert ("HTTP_TIMEOUT", True, "os.environ.get") in reads
    assert ("APP_PORT", True, "pydantic-settings") in reads
    assert ("APP_SIGNING_KEY", False, "pydantic-settings") in reads
    assert ("REDIS_URL", False, "pydantic-settings") in reads  # the alias replaces the prefixed name


def test_bare_getenv_is_required_only_where_none_cannot_be_used(tmp_path: Path) -> None:
    # Decided rule (issue 8, healthchecks label): `os.getenv("X")` yields None, which settings modules use to
    # switch an integration off; it is a requirement only where None raises (int(), .split(), +, [0], pop).
    write(tmp_path, {"settings.py": (
        "import os, json\nfrom os import getenv\n"
        "SLACK = os.getenv('SLACK_CLIENT_ID')\nPORT = int(os.getenv('PORT'))\nHOSTS = os.getenv('HOSTS').split(',')\n"
        "URL = 'http://' + os.environ.get('API_HOST')\nCFG = json.loads(getenv('CFG_JSON'))\n"
        "FIRST = os.getenv('REGION')[0]\nTOKEN = os.environ.pop('TOKEN')\nMODE = os.getenv('MODE') or 'dev'\n"
        "NONE = os.getenv('S3_BUCKET', None)\n")})
    reads = {r.name: r.has_default for r in _facts(tmp_path).env_reads}
    assert reads == {"SLACK_CLIENT_ID": None, "PORT": False, "HOSTS": False, "API_HOST": False, "CFG_JSON": False,
                     "REGION": False, "TOKEN": False, "MODE": True, "S3_BUCKET": None}
    write(tmp_path, {"Dockerfile": "FROM python:3.12\nENV PORT=8080 HOSTS=a API_HOST=b CFG_JSON={} REGION=eu\n"})
    result = scan(tmp_path, only=("env-vars/required-set",))
    assert [f.message.split()[0] for f in findings(result, "env-vars/required-set")] == ["TOKEN"]
    assert findings(result, "env-vars/required-set", Status.FAIL)
    write(tmp_path, {"settings.py": "import os\nSLACK = os.getenv('SLACK_CLIENT_ID')\n"})
    [na] = findings(result := scan(tmp_path, only=("env-vars/required-set",)), "env-vars/required-set")
    assert na.status is Status.NA and "1 variable(s) read like os.getenv" in na.message, result


def test_other_languages_env_reads(tmp_path: Path) -> None:
    write(tmp_path, {
        "web/index.ts": "const a = process.env.API_URL || 'x';\nconst b = process.env['SECRET_NAME'];\n"
                        "const { PORT_NUMBER, MODE = 'dev' } = process.env;\n",
        "main.go": 'package main\nimport "os"\nfunc main() { os.Getenv("GO_VAR"); os.LookupEnv("GO_OPT") }\n',
        "App.java": 'class App { String s = System.getenv("JAVA_VAR"); }\n',
    })
    reads = {(r.name, r.has_default) for r in _facts(tmp_path).env_reads}
    assert {("API_URL", True), ("SECRET_NAME", False), ("PORT_NUMBER", False), ("MODE", True),
            ("GO_VAR", None), ("GO_OPT", True), ("JAVA_VAR", None)} <= reads


def test_js_env_read_that_is_tested_is_optional(tmp_path: Path) -> None:
    # nodejs-demoapp (bench/accuracy): every optional feature is switched on by a variable the code tests first;
    # a negated test that throws is the required-variable guard and stays required
    write(tmp_path, {
        "src/server.mjs": (
            "if (process.env.APPLICATIONINSIGHTS_CONNECTION_STRING) {\n  appInsights\n"
            "    .setup(process.env.APPLICATIONINSIGHTS_CONNECTION_STRING)\n}\n"
            "if (process.env.DISABLE_METRICS !== 'true') {\n  addMetrics(app)\n}\n"
            "if (process.env.ENTRA_APP_ID) {\n  app.use('/', authRoutes)\n}\n"
            "const redisClient = createRedisClient({ url: `redis://${process.env.REDIS_SESSION_HOST}` })\n"
            "if (!process.env.JWT_SECRET) throw new Error('JWT_SECRET is required')\n"
            "connect(process.env.MONGO_URL)\n"),
    })
    reads = {(r.name, r.has_default) for r in _facts(tmp_path).env_reads}
    assert {("APPLICATIONINSIGHTS_CONNECTION_STRING", None), ("APPLICATIONINSIGHTS_CONNECTION_STRING", False),
            ("DISABLE_METRICS", None), ("ENTRA_APP_ID", None), ("REDIS_SESSION_HOST", False),
            ("JWT_SECRET", False), ("MONGO_URL", False)} == reads


GO_ENVCONFIG = """package config

import (
	"github.com/kelseyhightower/envconfig"
	env "github.com/sethvargo/go-envconfig"
)

type Config struct {
	DatabaseURL string `envconfig:"DATABASE_URL" required:"true"`
	Port        int    `envconfig:"PORT" default:"8080"`
	LogLevel    string `env:"LOG_LEVEL, default=info"`
	APIKey      string `env:"API_KEY, required" json:"-"`
	Region      string `env:"REGION"`
	Name        string `json:"name"`
}
"""


def test_go_struct_tag_env_reads(tmp_path: Path) -> None:
    write(tmp_path, {"internal/config/config.go": GO_ENVCONFIG})
    reads = {r.name: (r.has_default, r.line) for r in _facts(tmp_path).env_reads}
    assert reads == {"DATABASE_URL": (False, 9), "PORT": (True, 10), "LOG_LEVEL": (True, 11),
                     "API_KEY": (False, 12), "REGION": (None, 13)}


def test_env_docs_from_readme_table_and_env_example(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": README + "\nSet `EXTRA_FLAG` to enable it. Mentions SOME_WORD in prose.\n",
                     ".env.example": "# comment\nEXAMPLE_ONLY=\nexport OTHER_ONE=1\n"})
    docs = Context(tmp_path, load_config(tmp_path)).use(env_docs)
    for name in ("DATABASE_URL", "LOG_LEVEL", "APP_PORT", "EXTRA_FLAG", "EXAMPLE_ONLY", "OTHER_ONE", "SOME_WORD"):
        assert docs.documented(name), name
    strong = docs.strongly_documented()
    assert "LOG_LEVEL" in strong and "EXAMPLE_ONLY" in strong
    assert "SOME_WORD" not in strong  # prose outside a config table is not a promise


def test_env_docs_from_kubernetes_env_entries_and_config_keys_in_readme_yaml(tmp_path: Path) -> None:
    # whereami's README shows its Deployment's env list and ConfigMap, each variable commented; they were
    # "documented nowhere" because fences only counted `X=` assignments and `-e X`
    readme = ("# whereami\n\n```yaml\n        env:\n          - name: NODE_NAME\n            valueFrom:\n"
              "          - name: BACKEND_ENABLED #If true, enables queries\n"
              "          - name: \"QUOTED_NAME\"\n          - name: lower_case\n"
              "data:\n  METADATA:        \"frontend\" # returned in the payload\n  HOST: \"0.0.0.0\"\n"
              "  EMPTY_KEY:\n```\n")
    write(tmp_path, {"README.md": readme})
    docs = Context(tmp_path, load_config(tmp_path)).use(env_docs)
    assert {"NODE_NAME", "BACKEND_ENABLED", "QUOTED_NAME", "METADATA", "HOST"} <= set(docs.names)
    assert "EMPTY_KEY" not in docs.names and "lower_case" not in docs.names
    assert docs.names["BACKEND_ENABLED"][0].line == 7


def test_env_vars_pass_when_documented_and_set(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": APP, "README.md": README, "k8s/deploy.yaml": DEPLOYMENT,
                     "Dockerfile": "FROM python:3.12\nENV APP_SIGNING_KEY=dev \\\n    OTHER=1\n"})
    result = scan(tmp_path, only=("env-vars",))
    assert findings(result, "env-vars/documented", Status.PASS)
    assert not findings(result, "env-vars/documented", Status.FAIL)
    assert findings(result, "env-vars/required-set", Status.PASS), result.findings
    assert findings(result, "env-vars/documented-unused", Status.PASS)


def test_env_vars_fail_undocumented_unset_and_warn_unused(tmp_path: Path) -> None:
    readme = README.replace("| CACHE_URL | cache | none |\n", "| STALE_VAR | gone | - |\n")
    no_env_from = DEPLOYMENT.split("---")[0].replace("          envFrom:\n            - configMapRef: {name: web}\n",
                                                     "")
    write(tmp_path, {"app.py": APP, "README.md": readme, "k8s/deploy.yaml": no_env_from,
                     "tests/test_app.py": "import os\nos.environ['ONLY_IN_TESTS']\n"})
    result = scan(tmp_path, only=("env-vars",))
    undocumented = findings(result, "env-vars/documented", Status.FAIL)
    assert [f.message.split()[0] for f in undocumented] == ["CACHE_URL"]
    assert undocumented[0].location.path == "app.py" and undocumented[0].location.line == 8
    stale = findings(result, "env-vars/documented-unused", Status.WARN)
    assert [f.message.split()[0] for f in stale] == ["STALE_VAR"]
    unset = {f.message.split()[0] for f in findings(result, "env-vars/required-set", Status.FAIL)}
    assert unset == {"APP_SIGNING_KEY", "REDIS_URL"}  # CACHE_URL = getenv("CACHE_URL"): None is handled
    # envFrom a ConfigMap that is not in the repository: it may set them, so only a warning
    write(tmp_path, {"k8s/deploy.yaml": DEPLOYMENT.split("---")[0]})
    result = scan(tmp_path, only=("env-vars/required-set",))
    assert not findings(result, "env-vars/required-set", Status.FAIL)
    assert "ConfigMap/web" in findings(result, "env-vars/required-set", Status.WARN)[0].message


def test_dynamic_env_prefix_counts_as_read(tmp_path: Path) -> None:
    write(tmp_path, {"flags.py": "import os\ndef on(name):\n    return os.environ.get('FEATURE_' + name.upper())\n",
                     ".env.example": "FEATURE_NEW_CHECKOUT=\n"})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    assert findings(result, "env-vars/documented-unused", Status.PASS), result.findings


def test_env_vars_without_code_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": README})
    result = scan(tmp_path, only=("env-vars",))
    assert findings(result, "env-vars/documented", Status.SKIPPED)
    assert not findings(result, "env-vars/documented", Status.PASS)


# --- sensitive-config ------------------------------------------------------------------------

FAKE_SECRETS = {
    ".env": "DB_PASSWORD=hunter2hunter2xx\nAPI_TOKEN=abcdEFGH1234ijklmnop\nDEBUG=true\n",
    "settings.py": 'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"\n'
                   'GH = "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"\n'
                   'password = "Sup3rS3cretPassw0rd!"\n',
    "deploy/key.pem": "-----BEGIN RSA PRIVATE KEY-----\n"
                      "MIIEowIBAAKCAQEAyZ3t9xQ8b1kLmN0pQrStUvWxYz0123456789abcdefghijklmnopqrst\n"
                      "-----END RSA PRIVATE KEY-----\n",
    "k8s/secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData:\n"
                       "  password: ClearTextPassw0rd77\n---\n"
                       "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata:\n"
                       "  DB_PASSWORD: ConfigMapSecret99\n  LOG_LEVEL: info\n",
    "chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
    "chart/values.yaml": "auth:\n  password: MyChartPass9911\n  existingSecret: ''\n",
}
CLEAR_VALUES = ("hunter2hunter2xx", "abcdEFGH1234ijklmnop", "AKIAIOSFODNN7EXAMPLE",
                "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", "Sup3rS3cretPassw0rd!", "yZ3t9xQ8b1kLmN0pQrStUvWxYz",
                "ClearTextPassw0rd77", "ConfigMapSecret99", "MyChartPass9911")


def test_sensitive_config_fails_on_fake_secrets(tmp_path: Path) -> None:
    write(tmp_path, FAKE_SECRETS)
    result = scan(tmp_path, only=("sensitive-config",))
    scanned = {(f.location.path, f.location.line) for f in findings(result, "sensitive-config/secret-scan",
                                                                      Status.FAIL)}
    assert {(".env", 1), (".env", 2), ("settings.py", 1), ("settings.py", 2), ("settings.py", 3),
            ("deploy/key.pem", 1)} <= scanned
    assert (".env", 3) not in scanned  # DEBUG is not a secret
    assert findings(result, "sensitive-config/env-files", Status.FAIL)
    [secret] = findings(result, "sensitive-config/kubernetes-secrets", Status.FAIL)
    assert secret.location.line == 5
    assert findings(result, "sensitive-config/configmaps", Status.FAIL)
    [values] = findings(result, "sensitive-config/helm-values", Status.FAIL)
    assert values.location.path == "chart/values.yaml" and values.location.line == 2


@pytest.mark.parametrize("fmt", ["json", "terminal", "sarif", "junit", "markdown", "html"])
def test_no_secret_in_clear_in_any_report_format(tmp_path: Path, fmt: str) -> None:
    write(tmp_path, FAKE_SECRETS)
    out = tmp_path.parent / f"{tmp_path.name}-report.{fmt}"
    main(["scan", str(tmp_path), "-f", fmt, "-o", str(out), "--no-progress", "-v"])
    text = out.read_text()
    if fmt == "json":
        assert json.loads(text)["items"]
    assert "sensitive-config" in text
    for value in CLEAR_VALUES:
        assert value not in text, (fmt, value)


def test_sensitive_config_passes_on_clean_repo(tmp_path: Path) -> None:
    write(tmp_path, {
        "app.py": "import os\nPASSWORD = os.environ['DB_PASSWORD']\n",
        ".env.example": "DB_PASSWORD=\nAPI_TOKEN=changeme\n",
        "k8s/sealed.yaml": "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: db}\n"
                           "spec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA==\n",
        "k8s/sops.yaml": "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n"
                         "data:\n  password: ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]\n"
                         "sops:\n  version: 3.8.1\n",
        "k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\n"
                       "data:\n  LOG_LEVEL: info\n  PASSWORD_FILE: /run/secrets/db\n",
        "chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
        "chart/values.yaml": "auth:\n  password: ''\n  existingSecret: db-credentials\n  passwordKey: password\n"
                             "database:\n  secretName: db\n  secretKey: url\n",
        "README.md": "Connect with `postgresql://user:password@host:5432/db`.\n",
    })
    result = scan(tmp_path, only=("sensitive-config",))
    bad = [f for f in result.findings if f.status in (Status.FAIL, Status.ERROR, Status.WARN)]
    assert not bad, [(f.check_id, f.message) for f in bad]
    assert findings(result, "sensitive-config/secret-scan", Status.PASS)
    assert len(findings(result, "sensitive-config/kubernetes-secrets", Status.PASS)) == 2
    assert findings(result, "sensitive-config/helm-values", Status.PASS)


def test_bad_input_does_not_crash(tmp_path: Path) -> None:
    write(tmp_path, {"big.py": "x = 1\n" * 50_000, "dump.sql": "INSERT INTO t VALUES (1);\n" * 90_000,
                     "broken.py": "def f(:\n", "deep.py": "x = " + "(" * 500 + ")" * 500})
    (tmp_path / "latin1.py").write_bytes(b"# caf\xe9\nimport os\nos.environ['LATIN_VAR']\n")
    (tmp_path / "blob.bin.py").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / ".env").write_bytes(b"PASSWORD=\xff\xfeabc123456789\n")
    result = scan(tmp_path, only=("env-vars", "sensitive-config"))
    assert not [f for f in result.findings if f.status is Status.ERROR], result.findings
    facts = _facts(tmp_path)
    assert "LATIN_VAR" in {r.name for r in facts.env_reads}
    problems = {p.file: p.detail for p in facts.problems}
    assert "syntax error" in problems["broken.py"]
    assert "binary" in problems["blob.bin.py"]
    assert any("dump.sql" in (f.location.path or "") for f in findings(result, "sensitive-config/secret-scan",
                                                                      Status.SKIPPED))


@given(st.text(alphabet="ab=:!()[] .-_\"x1\t", max_size=40))
def test_indirect_reference_regex_matches_detect_secrets(line: str) -> None:
    from detect_secrets.filters.heuristic import _get_indirect_reference_regex

    from deploycheck.sources.secrets import _INDIRECT_REFERENCE

    assert bool(_INDIRECT_REFERENCE.search(line)) == bool(_get_indirect_reference_regex().search(line))


def test_code_facts_other_frameworks_and_languages(tmp_path: Path) -> None:
    write(tmp_path, {
        "web/server.ts": "import cors from 'cors';\nimport jwt from 'jsonwebtoken';\n"
                         "import { OpenFeature } from '@openfeature/server-sdk';\n"
                         "app.use(cors({ origin: '*', credentials: true }));\n"
                         "const c = jwt.verify(t, key, { algorithms: ['RS256'], audience: 'a', issuer: 'i' });\n"
                         "const on = await client.getBooleanValue('js-flag', false);\n",
        "main.go": 'package main\nimport "crypto/tls"\nvar c = &tls.Config{InsecureSkipVerify: true}\n',
        "flask_app.py": "from flask_cors import CORS\nCORS(app, supports_credentials=True)\n",
        "settings.py": "CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n",
        "jose_app.py": "from jose import jwt\nclaims = jwt.decode(t, k, algorithms=['RS256'])\n",
    })
    facts = Context(tmp_path, load_config(tmp_path)).use(code_facts)
    cors = {(c.framework, c.any_origin, c.credentials) for c in facts.cors}
    assert cors == {("cors", True, True), ("flask-cors", True, True), ("django-cors-headers", True, True)}
    decodes = {(d.library, d.audience, d.issuer, d.verify_disabled) for d in facts.jwt_decodes}
    assert decodes == {("jsonwebtoken", True, True, False), ("python-jose", False, False, False)}
    assert ("js-flag", "openfeature") in {(f.key, f.sdk) for f in facts.flags}
    assert [t.file for t in facts.tls_verify_off] == ["main.go"]
    assert "jsonwebtoken" in {a.detail for a in facts.auth_libraries}


def test_table_acronyms_are_not_env_vars(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": "## Configuration\n\n| Name | Meaning |\n|---|---|\n| HPA | autoscaler |\n"
                                  "| API_URL | base URL |\n| `PORT` | port |\n"})
    strong = Context(tmp_path, load_config(tmp_path)).use(env_docs).strongly_documented()
    assert set(strong) == {"API_URL", "PORT"}


def test_django_environ_and_decouple_reads(tmp_path: Path) -> None:
    write(tmp_path, {"settings.py": "import environ\nfrom decouple import config\nenv = environ.Env()\n"
                                    "SECRET_KEY = env('DJANGO_SECRET_KEY')\n"
                                    "DEBUG = env.bool('DJANGO_DEBUG', default=False)\n"
                                    "DB = env.db('DATABASE_URL')\nTOKEN = config('API_TOKEN', default='')\n"})
    reads = {(r.name, r.has_default) for r in _facts(tmp_path).env_reads}
    assert {("DJANGO_SECRET_KEY", False), ("DJANGO_DEBUG", True), ("DATABASE_URL", False),
            ("API_TOKEN", True)} <= reads


def test_allowlist_pragma_silences_dotenv_values(tmp_path: Path) -> None:
    write(tmp_path, {".env": "DB_PASSWORD=localdevonly123  # pragma: allowlist secret\n"})
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    assert not findings(result, "sensitive-config/secret-scan", Status.FAIL)


CONTEXT_RULES = {
    # not secrets: commented example lines, hex ids, references, a Secret's namespace
    "chart/values.yaml": "tls: []\n#  - secretName: chart-example-tls\n#    password: hunter2hunter2\n"
                         "adminSecretNamespace: kube-system\n",
    "migrations/versions/1a2b.py": 'revision = "4f2c9a1b7d3e5f60a1b2c3d4e5f60718"\ndown_revision = None\n',
    "docs/build.md": '"build_hash" : "b88f43fc40b0bcd7f173a1f9ee2e97816de80b19",\n',
    "compose.yaml": "services:\n  app:\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD}\n"
                    "      SECRET_KEY: ${SECRET_KEY:-s3cr3t-f4llb4ck-v4lu3}\n"
                    "      API_TOKEN: ${API_TOKEN:-changeme}\n",
    "config/app.yaml": "database:\n  password: changeme\n  user: app\n",
}


def test_secret_context_rules(tmp_path: Path) -> None:
    write(tmp_path, CONTEXT_RULES)
    result = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    by_place = {(f.location.path, f.location.line): f for f in result if f.location and f.location.line}
    # a hard-coded fallback of a secret variable is a secret, masked
    fallback = by_place[("compose.yaml", 5)]
    assert fallback.status is Status.FAIL and "Hard-coded fallback" in fallback.message
    assert "s3cr3t-f4llb4ck" not in fallback.message
    # placeholder words under secret-named keys are reported honestly as default credentials (warn)
    for place in (("compose.yaml", 6), ("config/app.yaml", 2)):
        assert by_place[place].status is Status.WARN and "default credential" in by_place[place].message, place
    # and nothing else: the commented lines, the hex ids, ${VAR} and the namespace are not secrets
    assert set(by_place) == {("compose.yaml", 5), ("compose.yaml", 6), ("config/app.yaml", 2)}, sorted(by_place)


def test_gitignored_but_tracked_env_file_is_still_committed(tmp_path: Path) -> None:
    """A `.env` committed before `.env` went into .gitignore is in every clone: the file index keeps files
    git tracks even when a .gitignore matches them (was: a false pass on env-files and secret-scan)."""
    from tests.helpers import git

    write(tmp_path, {".env": "SECRET_KEY=ZmY3c2VjcmV0LXZhbHVlLTk4\n", ".gitignore": ".env\nbuild/\n",
                     "build/.env": "TOKEN=aW4tYW4taWdub3JlZC1kaXI\n", "local/.env": "X=untracked-and-ignored\n",
                     "local/.gitignore": ".env\n"})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-f", ".env", "build/.env", ".gitignore", "local/.gitignore")
    git(tmp_path, "commit", "-qm", "init")
    result = scan(tmp_path, only=("sensitive-config",))
    failed = {f.location.path for f in findings(result, "sensitive-config/env-files", Status.FAIL) if f.location}
    assert failed == {".env", "build/.env"}  # the untracked, ignored local/.env is not in the repository
    assert {f.location.path for f in findings(result, "sensitive-config/secret-scan", Status.FAIL)
            if f.location} >= {".env"}


def test_credentials_inside_connection_strings(tmp_path: Path) -> None:
    """`amqp://guest:guest@…` is a default credential, a real password in a URL or a JDBC `password=`
    parameter is a secret; references, templates, comments and password-less URLs are not."""
    write(tmp_path, {"src/app.py": (
        'BROKER = "amqp://guest:guest@rabbitmq:5672/"\n'
        'DB = "jdbc:postgresql://db:5432/shop?user=shop&password=Xk29vLmq7Tz"\n'
        'CACHE = "redis://:s3cr3tPassw0rd@redis:6379/0"\n'
        'REF = "postgresql://${DB_USER}:${DB_PASSWORD}@db/shop"\n'
        'TPL = "mongodb://app:{{ .Values.password }}@mongo"\n'
        '# example: postgresql://app:hunter2hunter@localhost/shop\n'
        'PLAIN = "postgresql://app@db/shop"\n')})
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    got = {f.location.line: (f.status, f.message) for f in findings(result, "sensitive-config/secret-scan")
           if f.location}
    assert set(got) == {1, 2, 3}, got
    assert got[1][0] is Status.WARN and "default credential" in got[1][1]
    assert got[2][0] is Status.FAIL and "Password in a connection string" in got[2][1]
    assert got[3][0] is Status.FAIL and "s3cr3tPassw0rd" not in got[3][1]


def test_connection_string_shapes_in_docs_are_not_credentials(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": "Set `DATABASE_URL=postgresql://orders:...@127.0.0.1/orders` "
                                  "(`postgresql://user:password@host:5432/orders`).\n",
                     "deploy/env.yaml": "url: postgresql://orders:...@db/orders\n"})
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    assert not [f for f in findings(result, "sensitive-config/secret-scan") if f.status is not Status.PASS]


def _gated_plugins() -> list[tuple[str, str, int]]:
    from detect_secrets.settings import default_settings, get_plugins

    from deploycheck.sources.secrets import _PLUGIN_GATES

    with default_settings():
        return [(p.__class__.__name__, d.pattern.replace("(?:(?<=\\W)|(?<=^))", ""), d.flags)
                for p in get_plugins() if p.__class__.__name__ in _PLUGIN_GATES for d in p.denylist]


@pytest.mark.parametrize(("plugin", "pattern", "flags"), _gated_plugins())
def test_secret_plugin_gates_never_hide_what_the_plugin_finds(plugin: str, pattern: str, flags: int) -> None:
    """The whole-file gates of sources/secrets.py are necessary conditions of their detect-secrets plugin:
    on values shaped like each of the plugin's patterns (hypothesis generates them), whenever the plugin
    finds something, the gate lets the file through."""
    import re

    from detect_secrets.settings import default_settings, get_plugins
    from hypothesis import settings

    from deploycheck.sources.secrets import _may_match

    with default_settings():
        detector = next(p for p in get_plugins() if p.__class__.__name__ == plugin)

    @settings(max_examples=150, deadline=None)
    @given(st.from_regex(re.compile(pattern, flags)))
    def check(text: str) -> None:
        if next(iter(detector.analyze_string(text)), None) is not None:
            assert _may_match(plugin, text.lower()), text

    check()
    assert not _may_match(plugin, "class Model:\n    name = 'plain code, no credential here'\n".lower())


def test_literals_handed_to_clients_are_secrets_lookups_are_not(tmp_path: Path) -> None:
    """detect-secrets drops every line shaped `x = call(...)` as an indirect reference, which also dropped
    tokens and passwords written as arguments; a literal argument is found (masked), a lookup is not."""
    token = "xoxb-" + "204861937251-" + "2048619372515-" + "Qm7Kc2Xv9LpR4sTz8WbN3yHd"
    write(tmp_path, {"app/clients.py": f'slack = WebClient(token="{token}")\n'
                                       'conn = psycopg.connect(host="db", user="app", password="Vb7x!Qp2Lm9z")\n'
                                       'secret = vault.read("kv/app")["password"]\n'
                                       'key = request.headers["apikey"]\n'})
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    found = {f.location.line: f for f in findings(result, "sensitive-config/secret-scan", Status.FAIL)
             if f.location and f.location.path == "app/clients.py"}
    assert set(found) == {1, 2}, sorted(found)
    assert "Slack" in found[1].message and "Secret Keyword" in found[2].message
    assert token not in found[1].message and "Vb7x!Qp2Lm9z" not in found[2].message


def test_committed_env_file_with_only_plain_settings_passes(tmp_path: Path) -> None:
    """docker compose reads `.env` for COMPOSE_PROJECT_NAME; a project name or a port is committed on purpose.
    A secret-named key, credentials in a URL or a token-long value still fail the file."""
    write(tmp_path, {"docker/.env": "COMPOSE_PROJECT_NAME=microservice\n",
                     "app/.env": "EXPO_PUBLIC_FRONTEND_PROXY_PORT=8080\n",
                     "db/.env": "PORT=5432\nMONGODB_PASSWORD=not-a-placeholder-1\n",
                     "queue/.env": "BROKER_URL=amqp://svc:Xq7pL2mWz9@rabbit:5672/\n",
                     "pay/.env": "STRIPE=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n"})
    result = scan(tmp_path, only=("sensitive-config/env-files",))
    failed = {f.location.path for f in findings(result, "sensitive-config/env-files", Status.FAIL) if f.location}
    passed = {f.location.path for f in findings(result, "sensitive-config/env-files", Status.PASS) if f.location}
    assert failed == {"db/.env", "queue/.env", "pay/.env"}
    assert passed == {"docker/.env", "app/.env"}
    assert all("Xq7pL2mWz9" not in f.message for f in findings(result, "sensitive-config/env-files"))


def test_connection_string_password_in_a_configmap_and_shared_values_pwd(tmp_path: Path) -> None:
    """eShopOnContainers: a chart's ConfigMap carries `catalog__ConnectionString: ...;Password=<pwd>;` (a key
    not named like a secret) and the shared inf.yaml its deploy script passes holds `inf.sql.common.pwd`."""
    write(tmp_path, {
        "k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg-catalog}\ndata:\n"
                       "  catalog__ConnectionString: Server=sql-data;User Id=sa;Password=Sq1Pass0rd9;\n"
                       "  bus: amqp://app:Bus0Pass77@rabbitmq\n  url: http://catalog/api?page=1\n"
                       "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: templated}\ndata:\n"
                       "  conn: Server=db;Password=${SQL_PASSWORD};\n  other: Password=;\n",
        "helm/api/Chart.yaml": "apiVersion: v2\nname: api\nversion: 0.1.0\n",
        "helm/api/values.yaml": "replicas: 1\n",
        "helm/inf.yaml": "inf:\n  sql:\n    user: sa\n    pwd: Sq1Pass0rd9\n",
        "helm/deploy.sh": "helm install shop-api ./api --values inf.yaml\n",
    })
    result = scan(tmp_path, only=("sensitive-config/configmaps", "sensitive-config/helm-values"))
    [bad] = findings(result, "sensitive-config/configmaps", Status.FAIL)
    assert "cfg-catalog" in bad.message and "catalog__ConnectionString, bus" in bad.message
    assert "Sq1Pass0rd9" not in str(bad.evidence) and "Bus0Pass77" not in str(bad.evidence)
    assert [f.status for f in findings(result, "sensitive-config/configmaps")
            if "templated" in f.message] == [Status.PASS]
    [values] = findings(result, "sensitive-config/helm-values", Status.FAIL)
    assert values.location.path == "helm/inf.yaml" and "inf.sql.pwd" in values.message
    assert values.location.line == 4 and "Sq1Pass0rd9" not in values.message


@pytest.mark.parametrize(("name", "sensitive"), [("pwd", True), ("DB_PWD", True), ("sqlPwd", True),
                                                 ("pwdHash", False), ("cwd", False), ("upwd", False)])
def test_pwd_names_a_password_only_as_a_word(name: str, sensitive: bool) -> None:
    from deploycheck.safety import is_sensitive_name

    assert is_sensitive_name(name) is sensitive


@pytest.mark.parametrize(("name", "sensitive"), [
    ("securityKey", True), ("SECURITYKEY", True), ("AUTHKEY", True), ("signingKey", True), ("accountKey", True),
    ("masterKey", True), ("encryption-key", True),
    ("primaryKey", False), ("partitionKey", False), ("routingKey", False), ("cacheKey", False), ("keyVault", False)])
def test_signing_and_account_key_names_are_secrets(name: str, sensitive: bool) -> None:
    """TailwindTraders (bench/accuracy): gvalues.yaml's `sec.securityKey` (the JWT signing key) and the charts'
    ConfigMap keys SECURITYKEY and AUTHKEY (a Cosmos DB account key) passed as not secret-like."""
    from deploycheck.safety import is_sensitive_name

    assert is_sensitive_name(name) is sensitive


def test_shared_values_signing_key_and_configmap_keys(tmp_path: Path) -> None:
    write(tmp_path, {
        "helm/api/Chart.yaml": "apiVersion: v2\nname: api\nversion: 0.1.0\n",
        "helm/api/values.yaml": "replicas: 1\n",
        "helm/api/templates/cm.yaml": ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg-api}\ndata:\n"
                                       "  SECURITYKEY: {{ .Values.sec.securityKey }}\n"
                                       "  ISSUER: {{ .Values.sec.issuer }}\n"),
        "helm/gvalues.yaml": ("sec:\n  issuer: TTFakeLogin\n"
                              "  securityKey: nEpLzQJGNSCNL5H6DIQCtTdNxf5VgAGcBbtXLms1YDD0\n"),
        "helm/deploy.sh": "helm install shop-api ./api -f gvalues.yaml\n",
    })
    result = scan(tmp_path, only=("sensitive-config/configmaps", "sensitive-config/helm-values"))
    [values] = findings(result, "sensitive-config/helm-values", Status.FAIL)
    assert values.location.path == "helm/gvalues.yaml" and "sec.securityKey" in values.message
    [cm] = findings(result, "sensitive-config/configmaps", Status.FAIL)
    assert "SECURITYKEY" in cm.message and "ISSUER" not in cm.message


def test_python_bytes_literal_secret_key(tmp_path: Path) -> None:
    """istio bookinfo's productpage: `app.secret_key = b'...'` (a Flask session key) was not read by
    detect-secrets' keyword plugin, which expects a quote right after `=`."""
    write(tmp_path, {"app.py": "from flask import Flask\napp = Flask(__name__)\n"
                               "app.secret_key = b'_5#y2L\"F4Q8z\\n\\xec]/'\n"
                               "SECRET_KEY = b\"changeme\"\nnonce = b'0123456789abcdef'\nKEY_PREFIX = b'key'\n"})
    [found] = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan",
                       Status.FAIL)
    assert found.location.line == 3 and "F4Q8z" not in found.message


def test_a_chart_secret_template_with_its_data_written_out_is_committed_in_clear(tmp_path: Path) -> None:
    """eShopOnDapr's deploy/k8s/helm/templates/secrets.yaml (and coolstore's templates/*-secrets.yaml) write the
    base64 values into the template: committed in clear although they come out of a chart. A value the template
    takes from values.yaml (`{{ .Values.x | b64enc }}`) is helm-values' business, not this check's."""
    from tests.test_kubernetes_helm import _helm_available

    if not _helm_available():
        pytest.skip("neither the helm binary nor helm-python-sdk is available")
    secrets = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: eshopondapr-secrets\n"
               "  namespace: {{ .Values.namespace }}\ntype: Opaque\ndata:\n  # Secrets are BASE64 encoded\n"
               "  RedisPassword: ZSRoMHAwbkRAcHI=\n  SmtpUser: X3VzZXJuYW1l\n"
               "  SmtpPassword: {{ .Values.smtpPassword | b64enc }}\n")
    write(tmp_path, {"chart/Chart.yaml": "apiVersion: v2\nname: eShopOnDapr\nversion: 1.0.0\n",
                     "chart/values.yaml": "namespace: eshopondapr\nsmtpPassword: ''\n",
                     "chart/templates/secrets.yaml": secrets})
    [got] = findings(scan(tmp_path, only=("sensitive-config/kubernetes-secrets",)),
                     "sensitive-config/kubernetes-secrets")
    assert got.status is Status.FAIL
    assert got.location is not None and got.location.path == "chart/templates/secrets.yaml"
    assert got.evidence is not None and got.evidence["keys"] == ["RedisPassword", "SmtpUser"]
    assert "ZSRoMHAwbkRAcHI" not in got.message

    templated = tmp_path / "templated"
    write(templated, {"chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
                      "chart/values.yaml": "password: ''\n",
                      "chart/templates/secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n"
                                                     "  password: {{ .Values.password | default \"x\" | b64enc }}\n"})
    [na] = findings(scan(templated, only=("sensitive-config/kubernetes-secrets",)),
                    "sensitive-config/kubernetes-secrets")
    assert na.status is Status.NA


@pytest.mark.parametrize("name", [
    "password", "passwd", "PASS", "db_pass", "secret", "clientSecret", "token", "apiKey", "api-key", "API_KEY",
    "private_key", "privateKey", "credential", "credentials", "aws_key", "key", "KEY", "pwd", "DB_PWD", "sqlPwd",
    "securityKey", "signing.key", "AUTHKEY", "access_key", "master-key", "encryptionKey", "accountKey", "shared_key",
    "pa\u017fsword", "\u212aEY"])
def test_sensitive_names_hold_one_of_the_listed_words(name: str) -> None:
    # _config_file_secret skips a ConfigMap value holding none of SENSITIVE_NAME_WORDS: every sensitive name must
    # hold one (non-ASCII text is never skipped: re.IGNORECASE folds the long s and the Kelvin sign)
    from deploycheck.safety import SENSITIVE_NAME_WORDS, is_sensitive_name, may_contain_any

    assert is_sensitive_name(name)
    assert may_contain_any(f"line one\n  {name}: s3cr3tV4lue\n", SENSITIVE_NAME_WORDS)
    assert not may_contain_any("a: 1\nb: two\n", SENSITIVE_NAME_WORDS)


def test_large_config_values_are_skipped_only_without_secret_words() -> None:
    from deploycheck.checks.configuration.sensitive import _config_file_secret
    from deploycheck.sources.secrets import embedded_password

    dashboard = '{\n  "title": "latency",\n  "expr": "rate(http_requests_total{job=\\"api\\"}[5m])"\n}\n' * 2000
    assert _config_file_secret(dashboard) is None and embedded_password(dashboard) is None
    assert _config_file_secret(dashboard + "db.password = Xk9pL2mQ7\n") == "Xk9pL2mQ7"
    assert embedded_password(dashboard + "url: jdbc:x://db/app?user=a&PassWord=Xk9pL2mQ7\n") == "Xk9pL2mQ7"


def test_go_runtime_settings_need_no_documentation(tmp_path: Path) -> None:
    # metrics-server's main.go reads GOMAXPROCS only to leave it alone when the operator set it: the Go runtime
    # documents its own variables; a variable the service itself defines still needs a line in the docs
    main = ('package main\n\nimport "os"\n\nfunc main() {\n\tif len(os.Getenv("GOMAXPROCS")) == 0 {\n'
            '\t\tsetProcs()\n\t}\n\t_ = os.Getenv("SCRAPE_TARGET")\n}\n')
    write(tmp_path, {"cmd/server/main.go": main, "README.md": "# server\n\nSets nothing.\n"})
    result = scan(tmp_path, only=("env-vars/documented",))
    assert [f.message.split()[0] for f in findings(result, "env-vars/documented", Status.FAIL)] == ["SCRAPE_TARGET"]
