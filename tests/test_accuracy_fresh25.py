"""Rules from acc-fresh25's fresh repositories (2026-11-30 s7): ONSdigital/rm-case-service and
ministryofjustice/prisoner-content-hub-frontend. Each test is built from the repository's own lines and fails on the
code before its rule."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- schema-changes: the SQL files of Liquibase `sqlFile` changes are read (rm-case-service) ------------------------

DESTRUCTIVE = "schema-changes/destructive"
LINT = "schema-changes/lint"

MASTER = """\
databaseChangeLog:

  - include:
      file: database/changes/release-14/changelog.yml
"""

RELEASE_14 = """\
databaseChangeLog:

   - changeSet:
      id: 14-2
      author: Adrian Harrison
      changes:
      - sqlFile:
          comment: Create indexes on caseiacaudit table
          path: index_case_schema.sql
          relativeToChangelogFile: true
          splitStatements: false

   - changeSet:
      id: 14-3
      author: Adrian Harrison
      changes:
      - sqlFile:
              comment: Drop case iac column
              path: drop_case_iac_column.sql
              relativeToChangelogFile: true
              splitStatements: false
"""

INDEX_SQL = """\
-- Index: casesvc.caseiacaudit_casefk_index
-- DROP INDEX casesvc.caseiacaudit_casefk_index;

CREATE INDEX caseiacaudit_casefk_index ON casesvc."caseiacaudit" USING btree (casefk);
"""

DROP_SQL = """\
ALTER TABLE casesvc."case"
  DROP COLUMN iac;
"""

RESOURCES = "src/main/resources/database"


def _statuses(root: Path, check: str) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(check,)), check)]


def test_liquibase_sql_file_drop_is_destructive(tmp_path: Path) -> None:
    # before: "no destructive operation (drop, rename, truncate) in 2 migrations": the sqlFile was never read (a false
    # pass on rm-case-service's labelled DROP COLUMN iac)
    write(tmp_path, {f"{RESOURCES}/changelog-master.yml": MASTER,
                     f"{RESOURCES}/changes/release-14/changelog.yml": RELEASE_14,
                     f"{RESOURCES}/changes/release-14/index_case_schema.sql": INDEX_SQL,
                     f"{RESOURCES}/changes/release-14/drop_case_iac_column.sql": DROP_SQL})
    out = _statuses(tmp_path, DESTRUCTIVE)
    assert [s for s, _ in out] == [Status.MANUAL], out
    assert "DROP COLUMN iac" in out[0][1] and "14-3::Adrian Harrison" in out[0][1]
    lint = _statuses(tmp_path, LINT)
    assert any(s is Status.FAIL and "caseiacaudit_casefk_index" in m for s, m in lint), lint


def test_liquibase_sql_file_not_in_repository_is_not_a_pass(tmp_path: Path) -> None:
    # the changelog names a SQL file the repository does not hold: nothing can say it drops nothing
    write(tmp_path, {f"{RESOURCES}/changelog-master.yml": MASTER,
                     f"{RESOURCES}/changes/release-14/changelog.yml": RELEASE_14,
                     f"{RESOURCES}/changes/release-14/index_case_schema.sql": INDEX_SQL})
    out = _statuses(tmp_path, DESTRUCTIVE)
    assert Status.SKIPPED in [s for s, _ in out], out
    assert any("drop_case_iac_column.sql" in m for _, m in out)


def test_liquibase_sql_file_outside_the_repository_is_never_read(tmp_path: Path) -> None:
    # a hostile path climbs out of the root: not read, reported as not read
    repo = tmp_path / "repo"
    (tmp_path / "outside.sql").write_text("DROP TABLE secrets;\n")
    write(repo, {"db/changelog.yml": RELEASE_14.replace("drop_case_iac_column.sql", "../../outside.sql"),
                 "db/index_case_schema.sql": INDEX_SQL})
    out = _statuses(repo, DESTRUCTIVE)
    assert all("secrets" not in m for _, m in out)
    assert Status.SKIPPED in [s for s, _ in out], out


def test_liquibase_inline_sql_change(tmp_path: Path) -> None:
    # `- sql: {sql: ...}` runs its statement as it is
    write(tmp_path, {"db/changelog.yml": """\
databaseChangeLog:
  - changeSet:
      id: 21-1
      author: ons
      changes:
        - sql:
            sql: DROP TABLE casesvc.messagelog;
"""})
    out = _statuses(tmp_path, DESTRUCTIVE)
    assert [s for s, _ in out] == [Status.MANUAL], out
    assert "messagelog" in out[0][1]
