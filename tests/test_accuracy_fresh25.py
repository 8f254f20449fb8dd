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


# --- external-services/http-timeouts: axios's default instance under another name (prisoner-content-hub-frontend) ---

TIMEOUTS = "external-services/http-timeouts"

PACKAGE_JSON = """\
{
  "name": "prisoner-content-hub-frontend",
  "dependencies": {
    "axios": "^1.15.0",
    "express": "^5.2.1"
  }
}
"""

BASE_CLIENT = """\
const client = require('axios');

module.exports = { baseClient: client };
"""

JSON_API_CLIENT = """\
const axios = require('axios');
const { logger } = require('../utils/logger');

class JsonApiClient {
  constructor(baseURL) {
    this.baseURL = baseURL;
    this.client = axios.create({
      timeout: 30000,
    });
  }

  async getUrl(url, { query } = {}) {
    const res = await this.client.get(url, { params: query });
    return res.data;
  }
}

module.exports = {
  JsonApiClient,
};
"""

STANDARD_CLIENT = """\
const { baseClient } = require('./baseClient');

class StandardClient {
  constructor(client = baseClient) {
    this.client = client;
  }

  get(endpoint, { query, ...rest } = {}) {
    return this.client
      .get(endpoint, { params: query, ...rest })
      .then(res => res.data);
  }
}
"""


def test_exported_default_axios_instance_has_no_timeout(tmp_path: Path) -> None:
    # before: n/a "no requests/httpx/urllib calls in the Python code and no Go/Java/Rust HTTP client", while
    # StandardClient calls OpenSearch through axios's default instance, which waits forever
    write(tmp_path, {"package.json": PACKAGE_JSON, "server/clients/baseClient.js": BASE_CLIENT,
                     "server/clients/jsonApiClient.js": JSON_API_CLIENT, "server/clients/standard.js": STANDARD_CLIENT})
    out = [(f.status, f.message, f.location.path if f.location else None)
           for f in findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)]
    failed = [o for o in out if o[0] is Status.FAIL]
    assert [o[2] for o in failed] == ["server/clients/baseClient.js"], out
    assert "exported as `client`" in failed[0][1]


def test_aliased_axios_call_and_timeout(tmp_path: Path) -> None:
    # `const http = require('axios'); http.get(url)` is an axios call; a file that sets a timeout passes
    write(tmp_path, {"package.json": PACKAGE_JSON,
                     "server/a.js": "const http = require('axios');\nmodule.exports = () => http.get('http://x');\n",
                     "server/b.js": "import api from 'axios';\nexport const f = () => api.post('/x', {}, "
                                    "{ timeout: 5000 });\n"})
    out = [(f.status, f.location.path if f.location else None)
           for f in findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)]
    assert (Status.FAIL, "server/a.js") in out and (Status.FAIL, "server/b.js") not in out, out


def test_axios_used_only_through_other_objects_is_skipped_not_na(tmp_path: Path) -> None:
    # axios is required but nothing recognisable calls it: the check could not look, so it does not say n/a
    write(tmp_path, {"package.json": PACKAGE_JSON,
                     "server/c.js": "const lib = require('axios');\nconst wrap = { lib };\nwrap.lib.get('/x');\n"})
    statuses = [f.status for f in findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)]
    assert statuses == [Status.SKIPPED], statuses


# --- env reads through the service's own getter (prisoner-content-hub-frontend's utils/index.js) --------------------

UTILS_INDEX = """\
const production = process.env.NODE_ENV === 'production';

const getEnv = (name, fallback, options = {}) => {
  if (process.env[name]) {
    return process.env[name];
  }
  if (fallback !== undefined && (!production || !options.requireInProduction)) {
    return fallback;
  }
  throw new Error(`Missing env var ${name}`);
};

const getRequiredEnv = (name, fallback) =>
  getEnv(name, fallback, { requireInProduction: true });

module.exports = { getEnv, getRequiredEnv };
"""

CONFIG_JS = """\
const { getEnv, getRequiredEnv, isProduction } = require('../utils/index');

const hubEndpoint = getRequiredEnv(
  'HUB_API_ENDPOINT',
  'http://localhost:11001',
);

module.exports = {
  isProduction,
  logLevel: getEnv('LOG_LEVEL', 'info'),
  cookieSecret: getEnv('COOKIE_SECRET', 'keyboard cat'),
  api: {
    hubEndpoint,
  },
};
"""

LOGGER_JS = """\
const bunyan = require('bunyan');
const bunyanFormat = require('bunyan-format');
const config = require('../config');

const formatOut = bunyanFormat({ outputMode: 'short', color: true });

const logger = bunyan.createLogger({
  name: 'Prisoner Content Hub Frontend',
  level: config.logLevel,
  stream: formatOut,
});

module.exports = { logger };
"""


def test_env_getter_reads_and_level_from_env(tmp_path: Path) -> None:
    # before: "no env var sets the log level (looked for LOG_LEVEL-like reads ...)": getEnv('LOG_LEVEL', 'info') was not
    # an env read, nor were HUB_API_ENDPOINT and COOKIE_SECRET
    from deploycheck.config import Config
    from deploycheck.context import Context
    from deploycheck.sources.codefacts import code_facts

    write(tmp_path, {"package.json": PACKAGE_JSON, "utils/index.js": UTILS_INDEX, "server/config.js": CONFIG_JS,
                     "server/utils/logger.js": LOGGER_JS,
                     "server/app.js": "const express = require('express');\nconst app = express();\n"
                                      "app.get('/', (req, res) => res.send('ok'));\n"})
    reads = {(r.name, r.has_default, r.via) for r in Context(tmp_path, Config()).use(code_facts).env_reads}
    assert {("LOG_LEVEL", True, "getEnv()"), ("COOKIE_SECRET", True, "getEnv()"),
            ("HUB_API_ENDPOINT", True, "getRequiredEnv()")} <= reads, reads
    level = [f.status for f in findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")]
    assert level == [Status.PASS], level


# --- which Dockerfile is deployed: the root Makefile's targets CI runs (prisoner-content-hub-frontend) --------------

MAKEFILE = """\
build:
\tdocker build -t prisoner-content-hub-frontend . \\
\t\t--build-arg BUILD_NUMBER="$(APP_VERSION)" \\
\t\t--build-arg GIT_REF="$(GIT_REF)" \\
\t\t--build-arg GIT_DATE="$(GIT_DATE)"

push:
\t@docker login -u="${QUAYIO_USERNAME}" -p="${QUAYIO_PASSWORD}" quay.io
\tdocker tag prisoner-content-hub-frontend quay.io/hmpps/prisoner-content-hub-frontend:$(APP_VERSION)
\tdocker push quay.io/hmpps/prisoner-content-hub-frontend:$(APP_VERSION)
"""

CIRCLECI = """\
version: 2.1
jobs:
  build_production:
    docker:
      - image: cimg/node:24.11
    steps:
      - checkout
      - setup_remote_docker
      - run:
          name: Build frontend Docker image
          command: |
            BUILD_NUMBER="$APP_VERSION" \\
            GIT_REF="$CIRCLE_SHA1" \\
            make build
      - run:
          name: Push frontend Docker image
          command: make push
  run_e2e_tests:
    docker:
      - image: cimg/node:24.11
    steps:
      - checkout
      - run:
          name: e2e tests
          command: USE_DEV_ENV=true npm run test:e2e:ci
workflows:
  build-test-deploy:
    jobs:
      - build_production
      - run_e2e_tests
"""

E2E_COMPOSE = """\
version: '3'
services:
  web:
    build:
      context: ../
      dockerfile: Dockerfile
    ports:
      - "3000:3000"
  playwright:
    build: .
    depends_on:
      - web
    command: npx playwright test --grep "@healthcheck"
"""

E2E_DOCKERFILE = """\
FROM mcr.microsoft.com/playwright:v1.58.2-jammy
WORKDIR /app

COPY package.json .
COPY package-lock.json .
ADD tests tests

ENV CI=1
RUN npm run setup
"""

APP_DOCKERFILE = """\
FROM node:24-bookworm-slim
RUN addgroup --gid 2000 --system appgroup && adduser --uid 2000 --system appuser --gid 2000
WORKDIR /app
COPY . .
USER 2000
CMD [ "npm", "start" ]
"""


def test_ci_make_target_names_the_deployed_dockerfile(tmp_path: Path) -> None:
    # before: CircleCI's `make build` was not read, the only builds known were e2e/docker-compose.yml's, and the
    # Playwright runner image was judged as deployed ("the deployed stage sets no USER")
    write(tmp_path, {"Makefile": MAKEFILE, ".circleci/config.yml": CIRCLECI, "Dockerfile": APP_DOCKERFILE,
                     "e2e/docker-compose.yml": E2E_COMPOSE, "e2e/Dockerfile": E2E_DOCKERFILE,
                     ".dockerignore": ".git\n.env*\nnode_modules\n"})
    out = [(f.status, f.location.path if f.location else None, f.message)
           for f in findings(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")]
    assert not [o for o in out if o[1] == "e2e/Dockerfile" and o[0] is Status.FAIL], out
    assert (Status.PASS, "Dockerfile") in [(s, p) for s, p, _ in out], out


# --- secret-scan: a database login's password in a shipped SQL script (rm-case-service's schema.sql) ----------------

SCHEMA_SQL = """\
CREATE ROLE casesvc
  PASSWORD 'casesvc'
  NOSUPERUSER
  NOCREATEDB
  NOCREATEROLE
  NOREPLICATION
  INHERIT
  LOGIN;

CREATE SCHEMA IF NOT EXISTS casesvc;
"""


def test_sql_role_password_is_found(tmp_path: Path) -> None:
    # before: nothing reported: detect-secrets' keyword plugin does not read `PASSWORD 'casesvc'` in SQL
    write(tmp_path, {"src/main/resources/schema.sql": SCHEMA_SQL,
                     "db/init.sql": "-- CREATE USER test WITH PASSWORD 'test' CREATEDB;\n"
                                    "CREATE USER astronomy_user WITH PASSWORD 'astronomy_password';\n"})
    out = [(f.status, f.location.path if f.location else None, f.location.line if f.location else None, f.message)
           for f in findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")]
    reported = {(p, line) for s, p, line, _ in out if s in (Status.FAIL, Status.WARN)}
    assert ("src/main/resources/schema.sql", 2) in reported, out
    assert ("db/init.sql", 2) in reported and ("db/init.sql", 1) not in reported, out
    assert all("casesvc'" not in m and "astronomy_password" not in m for _, _, _, m in out)
