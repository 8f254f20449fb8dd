"""What the fresh repository fastapi-example (darioblanco/fastapi-example, acc-fresh5, 2026-11-29 afternoon) showed.
Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.migrations import parse_alembic

# --- dockerfile/package-cache-cleaned: one command's --no-cache-dir excused another's (a false pass) -------------

# container/Containerfile, the lines that matter (the image is built with `filePath: container/Containerfile`)
CONTAINERFILE = """\
FROM python:3.11-slim
WORKDIR /app
RUN pip install --upgrade pip \\
    && pip install --no-cache-dir uvicorn poetry
COPY poetry.lock pyproject.toml ./
COPY . .
EXPOSE 8080
ENTRYPOINT ["/entrypoint.sh"]
"""


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    write(tmp_path, {"Dockerfile": text})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    return [f.status for f in findings(result, "dockerfile/package-cache-cleaned")]


def test_a_pip_install_without_the_flag_is_reported_when_a_later_command_has_it(tmp_path: Path) -> None:
    # `pip install --upgrade pip` fills ~/.cache/pip; the next command's --no-cache-dir does not empty it
    assert _statuses(tmp_path, CONTAINERFILE) == [Status.WARN]


def test_every_pip_install_with_the_flag_passes(tmp_path: Path) -> None:
    text = CONTAINERFILE.replace("pip install --upgrade pip", "pip install --no-cache-dir --upgrade pip")
    assert _statuses(tmp_path, text) == [Status.PASS]


def test_pip_no_cache_dir_exported_earlier_in_the_run_passes(tmp_path: Path) -> None:
    text = CONTAINERFILE.replace("RUN pip install --upgrade pip", "RUN export PIP_NO_CACHE_DIR=1 && pip install -U pip")
    assert _statuses(tmp_path, text) == [Status.PASS]


def test_the_pip_cache_removed_at_the_end_of_the_run_passes(tmp_path: Path) -> None:
    text = CONTAINERFILE.replace("uvicorn poetry", "uvicorn poetry && rm -rf /root/.cache/pip")
    assert _statuses(tmp_path, text) == [Status.PASS]


def test_an_apk_add_without_no_cache_is_reported_next_to_one_with_it(tmp_path: Path) -> None:
    text = 'FROM alpine:3.20\nRUN apk add --no-cache curl && apk add git\nUSER 1000\nCMD ["git"]\n'
    assert _statuses(tmp_path, text) == [Status.WARN]


# --- migration-scripts/reversible: an empty revision has nothing to undo (a false alarm) -------------------------

# migrations/versions/716fb76750ec_empty_init.py, as committed
EMPTY_INIT = '''\
"""Empty Init

Revision ID: 716fb76750ec
Revises:
Create Date: 2023-07-09 01:15:08.713842

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "716fb76750ec"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''


def test_an_empty_alembic_revision_is_reversible() -> None:
    migration, problems = parse_alembic(EMPTY_INIT, "migrations/versions/716fb76750ec_empty_init.py")
    assert migration is not None and not problems
    assert migration.reversible is True and "nothing to undo" in migration.reverse_note


def test_a_downgrade_that_does_nothing_after_a_real_upgrade_stays_irreversible() -> None:
    text = EMPTY_INIT.replace("def upgrade() -> None:\n    pass", 'def upgrade() -> None:\n    op.drop_table("users")')
    migration, _ = parse_alembic(text, "v/x.py")
    assert migration is not None and migration.reversible is False


def test_an_empty_upgrade_with_a_downgrade_that_raises_stays_irreversible() -> None:
    text = EMPTY_INIT.replace("def downgrade() -> None:\n    pass",
                              "def downgrade() -> None:\n    raise NotImplementedError")
    migration, _ = parse_alembic(text, "v/x.py")
    assert migration is not None and migration.reversible is False


# --- env-vars/documented: direnv's .envrc.example documents the variables (4 false alarms) -----------------------

ENVRC_EXAMPLE = """\
# Define the environment: prod, dev, test.
export ENV=dev

# DB URI used by Alembic (in migrations/env.py) to manage DB migrations.
export ALEMBIC_URI=postgresql://${DB_USER}:${DB_PASS}@localhost:5432/${DB_NAME}

# DB URI used by the FastAPI application.
export DATABASE_URI=postgresql+asyncpg://${DB_USER}:${DB_PASS}@localhost:5432/${DB_NAME}
"""

DB_PY = """\
from os import getenv

if getenv("ENV") == "test":
    url = getenv("DATABASE_TEST_URI")
else:
    url = getenv("DATABASE_URI")
"""


def test_variables_described_in_envrc_example_are_documented(tmp_path: Path) -> None:
    write(tmp_path, {".envrc.example": ENVRC_EXAMPLE, "app/db.py": DB_PY,
                     "README.md": "# fastapi-example\n\nA FastAPI service using PostgreSQL.\n"})
    result = scan(tmp_path, only=("env-vars/documented",))
    undocumented = [f.message for f in findings(result, "env-vars/documented", Status.FAIL)]
    assert not [m for m in undocumented if m.startswith(("DATABASE_URI ", "ENV "))], undocumented
    assert [m for m in undocumented if m.startswith("DATABASE_TEST_URI ")]  # not in the file: still reported


# --- manifests/schema: the `sops:` block of an encrypted Secret is removed before apply (2 false alarms) ----------

# deploy/dev/secret.enc.yaml, shortened (the values are sops ciphertext, not secrets)
SOPS_SECRET = """\
apiVersion: v1
kind: Secret
metadata:
  name: fastapi-example
type: Opaque
stringData:
  POSTGRES_PASSWORD: ENC[AES256_GCM,data:s5P1SVIN,iv:5LoyErwWmxm+PyBUhPZCEPXalT5JEuLj28ZPLuo1NYc=,type:str]
sops:
  kms: []
  age:
    - recipient: age1qvesyd4zyqs5p40n8gr2ngjvsg6surf9e37h3xv7rm7m5lsgz5jsetg3ql
  lastmodified: "2023-07-18T20:56:51Z"
  mac: ENC[AES256_GCM,data:IOIwHbyquFOQOC2NBc06NKYl,type:str]
  encrypted_regex: ^(data|stringData)$
  version: 3.7.3
"""


def test_a_sops_encrypted_secret_matches_the_secret_schema(tmp_path: Path) -> None:
    write(tmp_path, {"deploy/secret.enc.yaml": SOPS_SECRET})
    result = scan(tmp_path, only=("manifests/schema",))
    assert not findings(result, "manifests/schema", Status.FAIL)


def test_a_sops_key_without_sops_metadata_is_still_a_schema_error(tmp_path: Path) -> None:
    text = SOPS_SECRET.split("sops:")[0] + "sops: yes\n"
    write(tmp_path, {"deploy/secret.yaml": text})
    result = scan(tmp_path, only=("manifests/schema",))
    assert findings(result, "manifests/schema", Status.FAIL)
