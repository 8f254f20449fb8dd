"""Migration trees (Alembic, Django, Flyway, golang-migrate, Liquibase) and the database/rollback checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import FIXTURES
from tests.helpers import findings, scan, shared_dir, write

from deploycheck.config import load_config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.migrations import (
    MigrationSet,
    MigrationTree,
    database_usage,
    lint_sql,
    migration_trees,
    parse_alembic,
    parse_django,
    parse_liquibase,
    repository_heads,
)

DB = FIXTURES / "database"


def _trees(root: Path) -> MigrationSet:
    return Context(root, load_config(root)).use(migration_trees)


def _tree(root: Path, tool: str) -> MigrationTree:
    return next(t for t in _trees(root).trees if t.tool == tool)


def _copy(sub: str, tmp_path: Path) -> Path:
    target = tmp_path / sub
    shutil.copytree(DB / sub, target)
    return target


# --- sources ----------------------------------------------------------------------------------------


def test_alembic_good_chain() -> None:
    tree = _tree(DB / "alembic-good", "alembic")
    assert [m.id for m in tree.migrations] == ["0001", "0002", "0003"]
    assert tree.heads == {"0003"} and not tree.problems
    assert all(m.reversible for m in tree.migrations)
    ops = {o.summary: o.risk for m in tree.migrations for o in m.operations}
    assert ops["create_index ix_users_email on users"] is None  # table created in the same migration
    assert ops["create_index ix_users_name on users"] is None  # postgresql_concurrently=True
    assert ops["add_column users.name NOT NULL"] is None  # has a server_default
    assert ops["CREATE INDEX ix_orders_user ON orders"] is None  # op.execute SQL, table created just before


def test_alembic_bad_tree_names_files() -> None:
    tree = _tree(DB / "alembic-bad", "alembic")
    by_kind = {p.kind: p for p in tree.problems}
    assert by_kind["syntax"].path == "migrations/versions/c3_broken.py" and by_kind["syntax"].line == 5
    cycle = by_kind["cycle"]
    assert "x1_cycle.py" in cycle.message and "x2_cycle.py" in cycle.message
    assert "missing" not in by_kind  # the broken file's ids are still read, so the chain stays whole
    assert tree.heads == {"c3"}
    b2 = next(m for m in tree.migrations if m.id == "b2")
    assert b2.reversible is False and "pass" in b2.reverse_note
    risks = {o.risk for o in b2.operations}
    assert risks == {"index-not-concurrent", "not-null-no-default", "column-type-change", "drop-column", "lock"}


def test_alembic_duplicates_missing_and_heads(tmp_path: Path) -> None:
    write(tmp_path, {
        "m/versions/a.py": 'revision = "a"\ndown_revision = None\ndef upgrade(): pass\ndef downgrade(): pass\n',
        "m/versions/b.py": 'revision = "b"\ndown_revision = "a"\ndef upgrade(): pass\ndef downgrade(): pass\n',
        "m/versions/b2.py": 'revision = "b"\ndown_revision = "a"\ndef upgrade(): pass\ndef downgrade(): pass\n',
        "m/versions/c.py": 'revision = "c"\ndown_revision = "a"\ndef upgrade(): pass\ndef downgrade(): pass\n',
        "m/versions/d.py": 'revision = "d"\ndown_revision = "zzz"\ndef upgrade(): pass\ndef downgrade(): pass\n',
        "m/versions/merge.py": 'revision = "e"\ndown_revision = ("b", "c")\ndef upgrade(): pass\n'
                               'def downgrade(): pass\n',
    })
    tree = _tree(tmp_path, "alembic")
    kinds = {p.kind: p.message for p in tree.problems}
    assert "also defined in" in kinds["duplicate"]
    assert "depends on zzz" in kinds["missing"]
    assert tree.heads == {"d", "e"} and "2 heads" in kinds["heads"]


def test_django_tree() -> None:
    tree = _tree(DB / "django", "django")
    assert {m.id for m in tree.migrations} == {"blog.0001_initial", "blog.0002_post_body", "blog.0002_other"}
    kinds = {p.kind for p in tree.problems}
    assert kinds == {"heads"}  # two leaves; the auth dependency is an external app, not missing
    body = next(m for m in tree.migrations if m.id == "blog.0002_post_body")
    assert body.reversible is False and "RunPython" in body.reverse_note
    assert {o.risk for o in body.operations} == {None, "drop-column"}
    other = next(m for m in tree.migrations if m.id == "blog.0002_other")
    assert other.reversible is True


def test_flyway_tree() -> None:
    tree = _tree(DB / "flyway", "flyway")
    assert [m.id for m in tree.migrations] == ["1", "1.1", "2"]
    assert tree.heads == {"2"}
    assert [m.reversible for m in tree.migrations] == [True, False, False]
    risks = [(m.id, o.risk) for m in tree.migrations for o in m.operations if o.risk]
    assert risks == [("1.1", "not-null-no-default"), ("1.1", "index-not-concurrent"), ("2", "rename")]
    line = next(o.line for m in tree.migrations for o in m.operations if o.risk == "not-null-no-default")
    assert line == 2


def test_golang_migrate_tree() -> None:
    tree = _tree(DB / "golang", "golang-migrate")
    assert [m.id for m in tree.migrations] == ["1", "2", "3"]
    assert [m.reversible for m in tree.migrations] == [True, False, True]  # 2's down is only a comment
    assert not any(o.risk for m in tree.migrations for o in m.operations)  # CONCURRENTLY
    sql = [p for p in tree.problems if p.kind == "sql"]
    assert sql and sql[0].path.endswith("000003_mysql.up.sql")


DARWIN_SQL = """-- Version: 1.01
-- Description: Create table users
CREATE TABLE users (
	user_id UUID NOT NULL,
	PRIMARY KEY (user_id)
);

-- Version: 1.02
-- Description: Add a column
ALTER TABLE users ADD COLUMN nickname TEXT NOT NULL;

-- Version: 1.03
-- Description: Drop it again
ALTER TABLE users DROP COLUMN nickname;
"""


def test_darwin_migrations_in_one_sql_file(tmp_path: Path) -> None:
    # ardanlabs/service (bench/accuracy): github.com/ardanlabs/darwin keeps every migration in one SQL file,
    # each behind `-- Version:` / `-- Description:`, and has no down migrations. It used to be "no migration
    # tree" (a false alarm) while its irreversibility went unseen.
    write(tmp_path, {"go.mod": "module x\n\nrequire github.com/ardanlabs/darwin/v3 v3.1.0\n",
                     "business/sdk/migrate/sql/migrate.sql": DARWIN_SQL, "business/sdk/migrate/sql/seed.sql":
                     "INSERT INTO users (user_id) VALUES ('5cf37266-3473-4006-984f-9325122678b7');\n"})
    tree = _tree(tmp_path, "darwin")
    assert tree.location == "business/sdk/migrate/sql/migrate.sql"
    assert [m.id for m in tree.migrations] == ["1.01", "1.02", "1.03"]
    assert [m.line for m in tree.migrations] == [1, 8, 12]
    assert [m.parents for m in tree.migrations] == [(), ("1.01",), ("1.02",)]
    assert all(m.reversible is False for m in tree.migrations)
    assert [o.risk for o in tree.migrations[2].operations] == ["drop-column"]
    result = scan(tmp_path, only=("migration-scripts/tree", "migration-scripts/reversible"))
    assert findings(result, "migration-scripts/tree", Status.PASS)
    assert findings(result, "migration-scripts/reversible", Status.FAIL)


def test_darwin_versions_out_of_order_or_twice_are_chain_problems(tmp_path: Path) -> None:
    sql = DARWIN_SQL.replace("-- Version: 1.03", "-- Version: 1.01")
    write(tmp_path, {"migrate.sql": sql})
    tree = _tree(tmp_path, "darwin")
    assert [p.kind for p in tree.problems] == ["duplicate"]


def test_liquibase_tree() -> None:
    tree = _tree(DB / "liquibase", "liquibase")
    got = {m.id: m.reversible for m in tree.migrations}
    assert got == {"1::ana": True, "2::ana": False, "3::ana": True, "4::bo": True, "5::bo": False, "6::cy": True}
    assert {o.risk for m in tree.migrations for o in m.operations} >= {"drop-column", "drop-table"}


def test_repository_heads_for_live_check() -> None:
    root = DB / "alembic-good"
    assert repository_heads(Context(root, load_config(root))) == {"alembic": {"0003"}}


def test_database_usage_evidence(tmp_path: Path) -> None:
    root = DB / "alembic-good"
    evidence = Context(root, load_config(root)).use(database_usage).evidence
    assert ("dependency sqlalchemy", "requirements.txt") in evidence
    write(tmp_path / "env", {"app.py": 'import os\nURL = os.environ["DATABASE_URL"]\n'})
    assert Context(tmp_path / "env", load_config(tmp_path / "env")).use(database_usage).in_use
    write(tmp_path / "k8s", {"db.yaml": "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n"
                                        "  template:\n    spec:\n      containers:\n      - name: pg\n"
                                        "        image: postgres:16\n"})
    assert Context(tmp_path / "k8s", load_config(tmp_path / "k8s")).use(database_usage).in_use
    write(tmp_path / "none", {"app.py": "print('hi')\n"})
    assert not Context(tmp_path / "none", load_config(tmp_path / "none")).use(database_usage).in_use


def test_database_in_the_manifests_answers_without_reading_code(tmp_path: Path) -> None:
    """A database container in the manifests answers "a database is in use" for the backup and migration
    items; the code files and lockfiles (the slow part of a plain-manifest scan) are then not read for it."""
    from deploycheck.checks.database.migrations import no_database_reason

    write(tmp_path, {"db.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: db}\nspec:\n"
                                "  template:\n    spec:\n      containers:\n      - name: pg\n"
                                "        image: postgres:16\n",
                     "requirements.txt": "flask\n"})
    ctx = Context(tmp_path, load_config(tmp_path))
    assert no_database_reason(ctx) is None
    assert ctx.peek(database_usage) is None
    # the full evidence still names the manifest's database, after what the code says
    usage = ctx.use(database_usage)
    assert usage.evidence == [("database container pg (postgres:16) in Deployment db", "db.yaml")]
    write(tmp_path / "none", {"app.py": "print('hi')\n"})
    ctx = Context(tmp_path / "none", load_config(tmp_path / "none"))
    assert no_database_reason(ctx) is not None and ctx.peek(database_usage) is not None


def test_in_memory_question_answered_by_the_manifests_without_reading_code(tmp_path: Path) -> None:
    """backups/mechanism asks whether the only database is an embedded in-memory one; a database container in the
    manifests is part of database_usage's evidence, so it answers "no" alone: the code files and lockfiles are not
    read for it (they were ~0.1 s of the corpus scan, ~13 % of its instructions, since ca01615e)."""
    from deploycheck.checks.database import in_memory_database_only
    from deploycheck.checks.database.backups import stateful_components

    write(tmp_path, {"db.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: db}\nspec:\n"
                                "  template:\n    spec:\n      containers:\n      - name: pg\n"
                                "        image: postgres:16\n",
                     "requirements.txt": "django\n",
                     "app/settings.py": "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', "
                                        "'NAME': ':memory:'}}\n"})
    ctx = Context(tmp_path, load_config(tmp_path))
    assert in_memory_database_only(ctx) is None
    assert stateful_components(ctx) == ["the service's database", "Deployment db (PostgreSQL)"]
    assert ctx.peek(database_usage) is None
    # the answer database_usage gives: the code alone says in-memory SQLite, the manifest's database is evidence
    usage = ctx.use(database_usage)
    assert usage.embedded == ["requirements.txt"]
    assert usage.evidence == [("database container pg (postgres:16) in Deployment db", "db.yaml")]


# --- the real corpus ------------------------------------------------------------------------------------


def test_microblog_alembic_chain() -> None:
    shared = shared_dir()
    root = shared / "corpus" / "microblog" if shared else None
    if root is None or not root.is_dir():
        pytest.skip("../shared/corpus/microblog not found (it lives beside the repo)")
    tree = _tree(root, "alembic")
    assert len(tree.migrations) == 9
    assert all(m.reversible is True for m in tree.migrations), [m.reverse_note for m in tree.migrations]
    assert not [p for p in tree.problems if p.kind != "sql"]
    assert len(tree.heads) == 1
    result = scan(root, only=("migration-scripts/*",))
    assert {f.status for f in result.findings} == {Status.PASS}
    assert any("9 migrations" in f.message for f in findings(result, "migration-scripts/tree"))


# --- checks --------------------------------------------------------------------------------------------


def test_checks_on_the_good_tree(tmp_path: Path) -> None:
    root = _copy("alembic-good", tmp_path)
    result = scan(root, only=("migration-scripts/*", "schema-changes/*", "rollback-plan/migrations-reversible"))
    statuses = {f.check_id: f.status for f in result.findings}
    assert statuses == {"migration-scripts/tree": Status.PASS, "migration-scripts/chain": Status.PASS,
                        "migration-scripts/reversible": Status.PASS, "schema-changes/lint": Status.PASS,
                        "schema-changes/destructive": Status.PASS,
                        "rollback-plan/migrations-reversible": Status.PASS}


def test_checks_on_the_bad_tree(tmp_path: Path) -> None:
    root = _copy("alembic-bad", tmp_path)
    result = scan(root, only=("migration-scripts/*", "schema-changes/*", "rollback-plan/migrations-reversible"))
    chain = findings(result, "migration-scripts/chain")
    assert any(f.status is Status.ERROR and "c3_broken.py" in f.message and f.location
               and f.location.line == 5 for f in chain)
    assert any(f.status is Status.FAIL and "cycle" in f.message for f in chain)
    rev = findings(result, "migration-scripts/reversible", Status.FAIL)
    # x1 and x2 (the cycle) are empty revisions: an empty downgrade() undoes them, only b2 is irreversible
    assert {f.evidence["migration"] for f in rev if f.evidence} == {"b2"}
    assert findings(result, "rollback-plan/migrations-reversible", Status.FAIL)
    lint = findings(result, "schema-changes/lint", Status.FAIL)
    assert {(f.evidence or {})["rule"] for f in lint} == {"index-not-concurrent", "not-null-no-default",
                                                         "column-type-change", "lock"}
    assert all(f.location and f.location.path == "migrations/versions/b2_risky.py" and f.location.line for f in lint)
    destructive = findings(result, "schema-changes/destructive")
    assert [f.status for f in destructive] == [Status.MANUAL]
    assert "drop_column accounts.legacy" in destructive[0].message
    assert not [f for f in result.findings if "crashed" in f.message]


def test_database_in_use_without_migrations_fails(tmp_path: Path) -> None:
    write(tmp_path, {"requirements.txt": "psycopg==3.2.3\n"})
    result = findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")
    assert [f.status for f in result] == [Status.FAIL] and "psycopg" in result[0].message


def test_no_database_is_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"requirements.txt": "fastapi==0.115.0\n", "app.py": "print('stateless')\n"})
    result = scan(tmp_path, only=("migration-scripts/*", "schema-changes/*", "backups/*"))
    assert {f.status for f in result.findings} == {Status.NA}
    assert "no database in use" in findings(result, "migration-scripts/tree")[0].message


COUPON_PACKAGE = """{
  "name": "tailwind.traders.coupon.api",
  "dependencies": {
    "express": "^4.16.3",
    "mongoose": "^5.2.10"
  }
}
"""
COUPON_SERVER = """const mongoose = require('mongoose');
const connectionString = process.env.MONGODB_CONNECTION || 'mongodb://localhost:27017/tailwind';
mongoose.connect(connectionString, { useNewUrlParser: true });
"""


def test_a_document_database_alone_needs_no_migration_tree(tmp_path: Path) -> None:
    # TailwindTraders (bench/accuracy): the coupon API keeps its coupons in MongoDB (Cosmos DB's MongoDB API) through
    # mongoose; collections appear on the first write, there is no schema to migrate. It failed as "uses a database
    # but no migration tree was found".
    base = "Source/Services/Tailwind.Traders.Coupon.Api/"
    write(tmp_path, {base + "package.json": COUPON_PACKAGE, base + "server.js": COUPON_SERVER})
    result = findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")
    assert [f.status for f in result] == [Status.NA] and "only a document database" in result[0].message
    # Bookinfo's ratings: the same mongodb driver beside mysql (its MySQL mode reads a table mysqldb-init.sql makes)
    write(tmp_path, {base + "package.json": COUPON_PACKAGE.replace('"express"', '"mysql": "^2.15.0",\n    "express"')})
    assert [f.status for f in findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")] \
        == [Status.FAIL]
    # or a PostgreSQL setting in any file, however many MongoDB settings come first
    write(tmp_path, {base + "package.json": COUPON_PACKAGE, **{f"svc{i}/db.js": COUPON_SERVER for i in range(4)},
                     "svc9/config.js": "const url = 'postgres://app@db/app';\n"})
    assert [f.status for f in findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")] \
        == [Status.FAIL]


def _pom(*deps: str) -> str:
    body = "".join(f"<dependency><groupId>{d.split(':')[0]}</groupId><artifactId>{d.split(':')[1]}</artifactId>"
                   "<version>1.0</version></dependency>" for d in deps)
    return ("<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>app</artifactId>"
            f"<version>1</version><dependencies>{body}</dependencies></project>\n")


def test_jpa_over_an_in_memory_database_is_no_database(tmp_path: Path) -> None:
    # ewolff/microservice: Spring Data JPA over HSQLDB, nothing persists, nothing to migrate or back up
    write(tmp_path, {"pom.xml": _pom("org.springframework.boot:spring-boot-starter-data-jpa", "org.hsqldb:hsqldb")})
    result = scan(tmp_path, only=("migration-scripts/tree", "backups/*"))
    assert {f.status for f in result.findings} == {Status.NA}
    assert "embedded in-memory database: pom.xml" in findings(result, "migration-scripts/tree")[0].message
    # the same with a PostgreSQL driver next to it (H2 for tests): a real database
    write(tmp_path, {"pom.xml": _pom("org.springframework.boot:spring-boot-starter-data-jpa", "com.h2database:h2",
                                     "org.postgresql:postgresql")})
    assert [f.status for f in findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")] \
        == [Status.FAIL]


def test_active_record_migrations_are_a_tree(tmp_path: Path) -> None:
    # BuoyantIO/booksapp: Rails migrations in db/migrate, a DATABASE_URL for MySQL
    write(tmp_path, {
        "db/migrate/001_create_authors.rb": "class CreateAuthors < ActiveRecord::Migration[5.0]\n  def change\n"
                                            "    create_table :authors do |t|\n    end\n  end\nend\n",
        "db/migrate/20240101120000_drop_legacy.rb": "class DropLegacy < ActiveRecord::Migration[7.0]\n  def up\n"
                                                   "    drop_table :legacy\n  end\nend\n",
        "config/app.env": "DATABASE_URL=mysql2://app@db/app\n"})
    [tree] = Context(tmp_path, load_config(tmp_path)).use(migration_trees).trees
    assert tree.tool == "activerecord" and [m.id for m in tree.migrations] == ["1", "20240101120000"]
    assert tree.migrations[1].parents == ("1",) and tree.heads == {"20240101120000"}
    assert [m.reversible for m in tree.migrations] == [True, False]
    assert tree.migrations[1].operations[0].risk == "drop-table"
    result = scan(tmp_path, only=("migration-scripts/tree", "migration-scripts/reversible"))
    assert [f.status for f in findings(result, "migration-scripts/tree")] == [Status.PASS]
    assert Status.FAIL in {f.status for f in findings(result, "migration-scripts/reversible")}


def test_a_database_server_alone_is_skipped_not_failed_nor_passed(tmp_path: Path) -> None:
    # kubernetes/examples' MySQL example: a database Pod and no code or setting that connects to it
    pod = ("apiVersion: v1\nkind: Pod\nmetadata: {name: mysql}\nspec:\n  containers:\n"
           "  - name: mysql\n    image: mysql:8.4\n")
    write(tmp_path, {"databases/mysql.yaml": pod})
    [f] = findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")
    assert f.status is Status.SKIPPED and "no code or setting in the repository uses it" in f.message
    # with the application's connection setting next to it, the missing tree fails as before
    write(tmp_path, {"app/settings.env": "DATABASE_URL=mysql://app@mysql/app\n"})
    [f] = findings(scan(tmp_path, only=("migration-scripts/tree",)), "migration-scripts/tree")
    assert f.status is Status.FAIL


def test_engine_none_in_config(tmp_path: Path) -> None:
    write(tmp_path, {"requirements.txt": "psycopg==3.2.3\n", ".deploycheck.yaml": "database:\n  engine: none\n"})
    assert [f.status for f in findings(scan(tmp_path, only=("migration-scripts/tree",)),
                                       "migration-scripts/tree")] == [Status.NA]


def test_sql_problems_are_warnings_naming_the_file(tmp_path: Path) -> None:
    root = _copy("golang", tmp_path)
    write(root, {"go.mod": "module x\n\nrequire github.com/lib/pq v1.10.9\n"})
    lint = findings(scan(root, only=("schema-changes/lint",)), "schema-changes/lint")
    warned = [f for f in lint if f.status is Status.WARN]
    assert warned and "000003_mysql.up.sql" in warned[0].message


# --- property-based: mutated migrations never raise ----------------------------------------------------

ALEMBIC_SAMPLES = [p.read_text() for p in sorted((DB / "alembic-good" / "migrations" / "versions").glob("*.py"))]
ALEMBIC_SAMPLES += [p.read_text() for p in sorted((DB / "alembic-bad" / "migrations" / "versions").glob("*.py"))]
DJANGO_SAMPLES = [p.read_text() for p in sorted((DB / "django" / "blog" / "migrations").glob("0*.py"))]
SQL_SAMPLES = [p.read_text() for p in sorted((DB / "flyway").rglob("*.sql"))]
LIQUIBASE_SAMPLES = [("changelog.xml", (DB / "liquibase" / "db" / "changelog.xml").read_text()),
                     ("changelog-2.yaml", (DB / "liquibase" / "db" / "changelog-2.yaml").read_text())]


def _mutate(draw: st.DrawFn, text: str) -> str:
    if not text:
        return text
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start, min(len(text), start + 30)))
    return text[:start] + draw(st.text(max_size=15)) + text[end:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_migrations_never_raise(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["alembic", "django", "sql", "liquibase"]))
    if kind == "alembic":
        migration, problems = parse_alembic(_mutate(data.draw, data.draw(st.sampled_from(ALEMBIC_SAMPLES))), "v/x.py")
        assert migration is not None or problems
        assert all(p.path == "v/x.py" for p in problems)
    elif kind == "django":
        migration, problems = parse_django(_mutate(data.draw, data.draw(st.sampled_from(DJANGO_SAMPLES))),
                                           "a/migrations/0001_x.py", "a")
        assert migration is not None or problems
    elif kind == "sql":
        _ops, problem = lint_sql(_mutate(data.draw, data.draw(st.sampled_from(SQL_SAMPLES))), "V1__x.sql")
        assert problem is None or problem.path == "V1__x.sql"
    else:
        name, text = data.draw(st.sampled_from(LIQUIBASE_SAMPLES))
        _migrations, problems = parse_liquibase(_mutate(data.draw, text), f"db/{name}")
        assert all(p.path == f"db/{name}" for p in problems)


def test_lint_scope_is_the_release_since_the_last_tag(tmp_path: Path) -> None:
    from tests.helpers import git

    old = ('revision = "a"\ndown_revision = None\ndef upgrade():\n    op.create_index("ix", "t", ["c"])\n'
           'def downgrade():\n    op.drop_index("ix")\n')
    new_ok = ('revision = "b"\ndown_revision = "a"\ndef upgrade():\n    op.create_index("ix2", "t", ["d"], '
              'postgresql_concurrently=True)\ndef downgrade():\n    op.drop_index("ix2")\n')
    write(tmp_path, {"requirements.txt": "alembic==1.14.0\n", "m/versions/a.py": old})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "first release")
    git(tmp_path, "tag", "v1.0.0")
    write(tmp_path, {"m/versions/b.py": new_ok})
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "second")
    lint = findings(scan(tmp_path, only=("schema-changes/lint",)), "schema-changes/lint")
    assert [f.status for f in lint] == [Status.PASS] and "since v1.0.0" in lint[0].message
    write(tmp_path, {"m/versions/c.py": new_ok.replace('"b"', '"c"', 1).replace('down_revision = "a"',
                                                                               'down_revision = "b"')
                     .replace(", postgresql_concurrently=True", "")})
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "third")
    lint = findings(scan(tmp_path, only=("schema-changes/lint",)), "schema-changes/lint")
    assert [(f.status, f.location.path if f.location else None) for f in lint] == [(Status.FAIL, "m/versions/c.py")]


def test_django_squashed_migrations_are_one_head(tmp_path: Path) -> None:
    head = "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
    write(tmp_path, {
        "shop/migrations/0001_initial.py": head + "    dependencies = []\n    operations = []\n",
        "shop/migrations/0002_more.py": head + '    dependencies = [("shop", "0001_initial")]\n    operations = []\n',
        "shop/migrations/0001_squashed_0002_more.py": head + '    replaces = [("shop", "0001_initial"), '
                                                             '("shop", "0002_more")]\n'
                                                             "    dependencies = []\n    operations = []\n",
        "shop/migrations/0003_after.py": head + '    dependencies = [("shop", "0002_more")]\n    operations = []\n',
    })
    tree = _tree(tmp_path, "django")
    assert tree.heads == {"shop.0003_after"} and not tree.problems


def test_django_migrations_without_a_number_are_migrations(tmp_path: Path) -> None:
    """Django loads every module of a migrations package not starting with `_` or `~`: a hand-named
    migration (`fix_empty_data_in_lines.py`, seen in a large real service) is part of the graph. Left out,
    its dependents reported a missing dependency and its parent a second leaf."""
    head = "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
    write(tmp_path, {
        "shop/migrations/__init__.py": "",
        "shop/migrations/0001_initial.py": head + "    dependencies = []\n    operations = []\n",
        "shop/migrations/fix_empty_data.py": head + '    dependencies = [("shop", "0001_initial")]\n'
                                                    "    operations = []\n",
        "shop/migrations/0002_after_fix.py": head + '    dependencies = [("shop", "fix_empty_data")]\n'
                                                    "    operations = []\n",
        "shop/migrations/helpers.py": "def noop(apps, schema_editor):\n    pass\n",
        "shop/migrations/_private.py": head + "    dependencies = []\n    operations = []\n",
    })
    tree = _tree(tmp_path, "django")
    assert {m.id for m in tree.migrations} == {"shop.0001_initial", "shop.fix_empty_data", "shop.0002_after_fix"}
    assert tree.heads == {"shop.0002_after_fix"} and not tree.problems


def test_django_alter_field_that_changes_no_column_is_not_a_rewrite(tmp_path: Path) -> None:
    """An AlterField is compared with the field as the app's earlier migrations left it: changing only
    default/db_default/help_text/blank changes no column (a large real service had hundreds of these, each
    reported as a possible table rewrite). A shorter max_length or another field class is a type change, a
    longer one or varchar -> text is not (PostgreSQL widens in place); null=True removed is SET NOT NULL,
    unique=True added builds an index."""
    head = "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n"
    write(tmp_path, {
        "shop/migrations/0001_initial.py": head + "    dependencies = []\n    operations = [\n"
            "        migrations.CreateModel(name='Order', fields=[\n"
            "            ('id', models.AutoField(primary_key=True)),\n"
            "            ('metadata', models.JSONField(blank=True, default=dict)),\n"
            "            ('code', models.CharField(max_length=10)),\n        ]),\n    ]\n",
        "shop/migrations/0002_defaults.py": head + '    dependencies = [("shop", "0001_initial")]\n'
            "    operations = [\n"
            "        migrations.AlterField(model_name='order', name='metadata',\n"
            "            field=models.JSONField(blank=True, db_default={}, default=dict, help_text='x')),\n"
            "        migrations.AlterField(model_name='order', name='code', field=models.CharField(max_length=20)),\n"
            "        migrations.AlterField(model_name='customer', name='email', field=models.EmailField()),\n"
            "    ]\n",
        "shop/migrations/0003_text.py": head + '    dependencies = [("shop", "0002_defaults")]\n'
            "    operations = [\n"
            "        migrations.AlterField(model_name='order', name='code', field=models.CharField(max_length=20,"
            " help_text='y')),\n"
            "        migrations.AlterField(model_name='order', name='metadata', field=models.TextField()),\n"
            "        migrations.AddField(model_name='order', name='code2', field=models.CharField(max_length=5)),\n"
            "        migrations.AlterField(model_name='order', name='code2', field=models.CharField(max_length=5,"
            " null=True)),\n"
            "    ]\n",
        "shop/migrations/0004_strict.py": head + '    dependencies = [("shop", "0003_text")]\n'
            "    operations = [\n"
            "        migrations.AlterField(model_name='order', name='code2', field=models.CharField(max_length=5)),\n"
            "        migrations.AlterField(model_name='order', name='code', field=models.CharField(max_length=20,"
            " unique=True)),\n"
            "    ]\n",
        "shop/migrations/0005_narrow.py": head + '    dependencies = [("shop", "0004_strict")]\n'
            "    operations = [\n"
            "        migrations.AlterField(model_name='order', name='code', field=models.CharField(max_length=8,"
            " unique=True)),\n"
            "        migrations.AlterField(model_name='order', name='code2', field=models.TextField()),\n"
            "    ]\n",
    })
    tree = _tree(tmp_path, "django")
    risks = {(m.id, op.summary): op.risk for m in tree.migrations for op in m.operations if op.kind == "AlterField"}
    assert risks == {
        ("shop.0002_defaults", "AlterField order.metadata"): None,  # defaults and help text only
        ("shop.0002_defaults", "AlterField order.code"): None,  # max_length 10 -> 20: varchar widens in place
        ("shop.0002_defaults", "AlterField customer.email"): "alter-field",  # never seen before: cannot tell
        ("shop.0003_text", "AlterField order.code"): None,  # same max_length as after 0002
        ("shop.0003_text", "AlterField order.metadata"): "column-type-change",  # JSONField -> TextField
        ("shop.0003_text", "AlterField order.code2"): None,  # null=True added: DROP NOT NULL
        ("shop.0004_strict", "AlterField order.code2"): "set-not-null",
        ("shop.0004_strict", "AlterField order.code"): "index-not-concurrent",  # unique=True added
        ("shop.0005_narrow", "AlterField order.code"): "column-type-change",  # max_length 20 -> 8: rewrite
        ("shop.0005_narrow", "AlterField order.code2"): None,  # CharField -> TextField: binary-coercible
    }


def test_django_custom_migration_modules(tmp_path: Path) -> None:
    """settings.MIGRATION_MODULES moves an app's migrations to another folder: they are found by their
    content and named with the app label the mapping gives (cross-app dependencies resolve)."""
    head = "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
    write(tmp_path, {
        "shop/settings.py": 'MIGRATION_MODULES = {"orders": "db.schema.orders_migrations"}\n',
        "db/schema/orders_migrations/__init__.py": "",
        "db/schema/orders_migrations/0001_initial.py": head + "    dependencies = []\n    operations = []\n",
        "db/schema/orders_migrations/0002_total.py": head + '    dependencies = [("orders", "0001_initial")]\n'
                                                          "    operations = []\n",
        "billing/migrations/0001_initial.py": head + '    dependencies = [("orders", "0002_total")]\n'
                                                   "    operations = []\n",
        "tools/1_script.py": "print('not a migration')\n",
    })
    trees = {t.location: t for t in _trees(tmp_path).trees if t.tool == "django"}
    assert set(trees) == {"db/schema/orders_migrations", "billing/migrations"}
    orders = trees["db/schema/orders_migrations"]
    assert orders.heads == {"orders.0002_total"} and not orders.problems
    assert not trees["billing/migrations"].problems  # its dependency on orders.0002_total resolves


def test_liquibase_create_index_on_existing_table_is_flagged() -> None:
    tree = _tree(DB / "liquibase", "liquibase")
    six = next(m for m in tree.migrations if m.id == "6::cy")
    assert [o.risk for o in six.operations] == ["index-not-concurrent"]
    assert six.operations[0].path == "db/changelog/006-index.xml"


def test_squawk_second_opinion_when_on_path(tmp_path: Path) -> None:
    if shutil.which("squawk") is None:
        pytest.skip("squawk (pip install squawk-cli) is not on PATH")
    write(tmp_path, {"go.mod": "module x\n\nrequire github.com/lib/pq v1.10.9\n",
                     "db/000001_init.up.sql": "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n",
                     "db/000001_init.down.sql": "DROP TABLE items;\n",
                     "db/000002_unique.up.sql": "ALTER TABLE items ADD CONSTRAINT uq_name UNIQUE (name);\n"
                                                "CREATE INDEX ix_items_name ON items (name);\n",
                     "db/000002_unique.down.sql": "ALTER TABLE items DROP CONSTRAINT uq_name;\n"})
    lint = findings(scan(tmp_path, only=("schema-changes/lint",)), "schema-changes/lint")
    rules = {(f.status, (f.evidence or {}).get("rule")) for f in lint}
    assert (Status.WARN, "squawk:disallowed-unique-constraint") in rules  # squawk's own rule
    assert (Status.FAIL, "index-not-concurrent") in rules  # ours, not repeated by squawk
    assert not [r for _, r in rules if r == "squawk:require-concurrent-index-creation"]


def test_constraints_and_django_indexes_on_existing_tables() -> None:
    text = ('revision = "f"\ndown_revision = None\ndef upgrade():\n'
            '    op.create_foreign_key("fk_a", "orders", "users", ["user_id"], ["id"])\n'
            '    op.create_foreign_key("fk_b", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)\n'
            'def downgrade():\n    op.drop_constraint("fk_a", "orders")\n')
    migration, problems = parse_alembic(text, "v/f.py")
    assert migration is not None and not problems
    assert [o.risk for o in migration.operations] == ["constraint-not-valid", None]
    django = ("from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n"
              "    dependencies = []\n    operations = [\n"
              "        migrations.CreateModel(name='Tag', fields=[]),\n"
              "        migrations.AddIndex(model_name='tag', index=models.Index(fields=['name'], name='ix_tag')),\n"
              "        migrations.AddIndex(model_name='post', index=models.Index(fields=['title'], name='ix_p')),\n"
              "    ]\n")
    dj, _ = parse_django(django, "blog/migrations/0003_idx.py", "blog")
    assert dj is not None and [o.risk for o in dj.operations] == [None, None, "index-not-concurrent"]


def test_a_database_framework_only_another_package_needs_is_no_database(tmp_path: Path) -> None:
    """cla_public pins Django 1.11 in a pip-compile output only because its template package needs it (`# via
    jinja-moj-template`): the Flask site has no database, so nothing to migrate or back up. The same file with
    Django asked for (`# via -r ...in`) is a database in use."""
    from tests.test_dependencies_lockfiles import CLA_PUBLIC_NO_DEPS

    write(tmp_path / "site", {"requirements/generated/requirements-no-deps.txt": CLA_PUBLIC_NO_DEPS,
                              "app.py": "from flask import Flask\napp = Flask(__name__)\n"})
    result = scan(tmp_path / "site", only=("migration-scripts/tree", "backups/*"))
    assert {f.status for f in result.findings} == {Status.NA}
    asked = CLA_PUBLIC_NO_DEPS.replace("# via jinja-moj-template", "# via -r requirements/source/base.in")
    write(tmp_path / "django", {"requirements/generated/requirements-no-deps.txt": asked})
    tree = findings(scan(tmp_path / "django", only=("migration-scripts/tree",)), "migration-scripts/tree")
    assert [f.status for f in tree] == [Status.FAIL] and "django" in tree[0].message


# api-platform/demo's api/migrations/Version20230906094949.php (trimmed): Doctrine migrations queue PostgreSQL with
# $this->addSql('...') in up() and undo it in down()
DOCTRINE_MIGRATION = """<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\\DBAL\\Schema\\Schema;
use Doctrine\\Migrations\\AbstractMigration;

final class Version20230906094949 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE book (id UUID NOT NULL, title TEXT NOT NULL, PRIMARY KEY(id))');
        $this->addSql('COMMENT ON COLUMN book.id IS \\'(DC2Type:uuid)\\'');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE book');
    }
}
"""
DOCTRINE_DROP = """<?php
namespace DoctrineMigrations;

use Doctrine\\Migrations\\AbstractMigration;

final class Version20240101000000 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $this->addSql("ALTER TABLE book DROP COLUMN title");
    }

    public function down(Schema $schema): void
    {
        $this->throwIrreversibleMigrationException();
    }
}
"""


def test_doctrine_migrations_are_a_migration_tree(tmp_path: Path) -> None:
    write(tmp_path, {"api/migrations/Version20230906094949.php": DOCTRINE_MIGRATION,
                     "api/migrations/Version20240101000000.php": DOCTRINE_DROP,
                     "api/src/Kernel.php": "<?php\nclass Kernel {}\n"})
    [tree] = migration_trees(Context(tmp_path, load_config(tmp_path))).trees
    assert (tree.tool, tree.location) == ("doctrine", "api/migrations")
    assert [m.id for m in tree.migrations] == ["20230906094949", "20240101000000"]
    assert [m.reversible for m in tree.migrations] == [True, False]
    assert [o.risk for o in tree.migrations[0].operations if o.risk] == []  # DROP TABLE is in down() only
    assert [o.risk for o in tree.migrations[1].operations if o.risk] == ["drop-column"]
    assert tree.heads == {"20240101000000"}
