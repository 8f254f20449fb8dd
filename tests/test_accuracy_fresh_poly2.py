"""What the fresh Node, Go and Rust repositories of 2026-11-29 showed (acc-fresh-poly2): version-rs, mern-workshop
and k8s-wordsmith-demo in bench/accuracy. Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- dockerfile/package-cache-cleaned: `apt-get update` + `apt-get clean` leaves the lists (mern-workshop) --------

MERN_BACKEND = """\
FROM node:16
WORKDIR "/app"
RUN apt-get update \\
 && apt-get dist-upgrade -y \\
 && apt-get clean \\
 && echo 'Finished installing dependencies'
COPY package*.json ./
RUN npm install --production
FROM node:16-slim
WORKDIR "/app"
RUN apt-get update \\
 && apt-get dist-upgrade -y \\
 && apt-get clean \\
 && echo 'Finished installing dependencies'
COPY --from=0 /app/node_modules /app/node_modules
COPY . /app
CMD ["node", "server/server.js"]
"""


def test_apt_get_update_and_upgrade_without_removing_the_lists_is_reported(tmp_path: Path) -> None:
    # mern-workshop's backend/Dockerfile: the check passed (it only looked for `apt-get install`), a false pass
    write(tmp_path, {"backend/Dockerfile": MERN_BACKEND})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    [f] = findings(result, "dockerfile/package-cache-cleaned")
    assert f.status is Status.WARN and f.location.line == 11  # the final stage's RUN, not the builder's


def test_apt_get_update_with_the_lists_removed_passes(tmp_path: Path) -> None:
    text = MERN_BACKEND.replace("&& apt-get clean", "&& rm -rf /var/lib/apt/lists/*")
    write(tmp_path, {"backend/Dockerfile": text})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    assert [f.status for f in findings(result, "dockerfile/package-cache-cleaned")] == [Status.PASS]


def test_apt_get_install_with_options_before_the_verb_is_reported(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": 'FROM debian:12\nRUN apt-get -y install curl\nUSER 1000\nCMD ["curl"]\n'})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    assert [f.status for f in findings(result, "dockerfile/package-cache-cleaned")] == [Status.WARN]


# --- dockerfile/non-root-user: Chainguard's static base runs as nonroot (version-rs) ----------------------------

VERSION_RS = """\
FROM clux/muslrust:stable AS builder
COPY Cargo.* .
COPY version.rs version.rs
RUN cargo install --bin version --path=.

FROM {base}
COPY --from=builder --chown=nonroot:nonroot /opt/cargo/bin/version /app/
EXPOSE 8080
ENTRYPOINT ["/app/version"]
"""


def test_chainguard_static_base_without_user_runs_as_nonroot(tmp_path: Path) -> None:
    # version-rs' Dockerfile: reported "runs as root", a false alarm (the image's default user is 65532 nonroot)
    write(tmp_path, {"Dockerfile": VERSION_RS.format(base="cgr.dev/chainguard/static")})
    [f] = findings(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
    assert f.status is Status.PASS and "nonroot" in f.message


def test_chainguard_wolfi_base_without_user_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": VERSION_RS.format(base="cgr.dev/chainguard/wolfi-base:latest")})
    [f] = findings(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
    assert f.status is Status.FAIL


# (version-rs' axum routes: read by acc-routes' reader, 8becf77, tested in its own files)


# --- logging/no-secrets: a JavaScript log line carrying the MongoDB password (mern-workshop) ---------------------

MERN_MONGO = """\
"use strict";

const mongoose = require("mongoose");
const { mongoUser, mongoPass, mongoURL, mongoPORT } = require("../config/mongo.js");

module.exports = async function () {
  let mongoConnect = `mongodb://`;

  if (mongoUser || mongoPass) {
    mongoConnect += `${mongoUser}:${mongoPass}@`;
  }
  mongoConnect += `${mongoURL}:${mongoPORT}/`;

  console.info(`Attempting to connect to mongodb, details: ${mongoConnect}`);
  try {
    await mongoose.connect(mongoConnect, {});
  } catch (err) {
    console.error(err);
  }
};
"""


def test_a_js_log_line_formatting_a_url_built_from_a_password_fails(tmp_path: Path) -> None:
    # mern-workshop's backend/server/routers/mongo.js: the check was n/a ("reads Python code"), a miss
    write(tmp_path, {"backend/server/routers/mongo.js": MERN_MONGO})
    result = scan(tmp_path, only=("logging/no-secrets",))
    [f] = findings(result, "logging/no-secrets")
    assert f.status is Status.FAIL and f.location.line == 14
    assert "mongoConnect (built from mongoPass)" in f.message


def test_js_log_lines_without_secrets_pass(tmp_path: Path) -> None:
    text = MERN_MONGO.replace("${mongoUser}:${mongoPass}@", "user@").replace(
        "const { mongoUser, mongoPass,", "const { mongoUser,")
    write(tmp_path, {"backend/server/routers/mongo.js": text})
    result = scan(tmp_path, only=("logging/no-secrets",))
    assert [f.status for f in findings(result, "logging/no-secrets")] == [Status.PASS]


# --- dependency-health/lockfile: an image built without the committed lockfile (mern-workshop's front end) -----

MERN_FRONTEND = """\
### STAGE 1: Build ###
FROM node:16 as build
RUN mkdir /usr/src/app
WORKDIR /usr/src/app
ENV PATH /usr/src/app/node_modules/.bin:$PATH
COPY {copied} /usr/src/app/
RUN npm install --silent
COPY . /usr/src/app
RUN npm run build

### STAGE 2: Production Environment ###
FROM nginx:1-alpine
COPY --from=build /usr/src/app/build /usr/share/nginx/html
CMD ["nginx", "-g", "daemon off;"]
"""
PACKAGE_JSON = '{"name": "mern-frontend", "dependencies": {"react": "^19.0.0"}}\n'
PACKAGE_LOCK = ('{"name": "mern-frontend", "lockfileVersion": 3, "packages": {"": {"dependencies": {"react": '
                '"^19.0.0"}}, "node_modules/react": {"version": "19.1.1"}}}\n')


def test_an_npm_install_with_package_json_copied_alone_fails(tmp_path: Path) -> None:
    # mern-workshop's frontend/Dockerfile: the lockfile item passed (package-lock.json is committed), a miss
    write(tmp_path, {"frontend/Dockerfile": MERN_FRONTEND.format(copied="package.json"),
                     "frontend/package.json": PACKAGE_JSON, "frontend/package-lock.json": PACKAGE_LOCK})
    result = scan(tmp_path, only=("dependency-health/lockfile",))
    failing = [f for f in findings(result, "dependency-health/lockfile") if f.status is Status.FAIL]
    assert len(failing) == 1 and failing[0].location.path == "frontend/Dockerfile"
    assert failing[0].location.line == 7 and "package-lock.json" in failing[0].message


def test_an_npm_install_with_the_lockfile_copied_passes(tmp_path: Path) -> None:
    write(tmp_path, {"frontend/Dockerfile": MERN_FRONTEND.format(copied="package*.json"),
                     "frontend/package.json": PACKAGE_JSON, "frontend/package-lock.json": PACKAGE_LOCK})
    result = scan(tmp_path, only=("dependency-health/lockfile",))
    assert {f.status for f in findings(result, "dependency-health/lockfile")} == {Status.PASS}


# --- integration-tests/suite: mocha tests against a real mongod (mern-workshop) ----------------------------------

MERN_TEST = """\
const express = require("express");
const app = express();
const request = require("supertest");
const dbHandler = require("../test/db-handler");

describe("Mongo CRUD", function () {
  before(async () => {
    await dbHandler.connect();
    require("../server/routers/routes")(app);
  });
  it("responds with json", async function () {
    const res = await request(app).get("/api/todos");
  });
});
"""
MERN_DB_HANDLER = """\
const mongoose = require("mongoose");
const { MongoMemoryServer } = require("mongodb-memory-server");

module.exports.connect = async () => {
  mongod = await MongoMemoryServer.create();
  await mongoose.connect(mongod.getUri());
};
"""
MERN_PACKAGE = ('{"name": "node-backend", "scripts": {"test": "nyc mocha --recursive --exit"}, '
                '"devDependencies": {"mocha": "^11.7.2", "mongodb-memory-server": "^10.2.0"}}\n')


def test_js_tests_against_a_database_a_helper_starts_are_integration(tmp_path: Path) -> None:
    # mern-workshop's backend/test/test.js: "no integration test suite found", a false alarm
    write(tmp_path, {"backend/test/test.js": MERN_TEST, "backend/test/db-handler.js": MERN_DB_HANDLER,
                     "backend/package.json": MERN_PACKAGE})
    result = scan(tmp_path, only=("integration-tests/suite", "unit-tests/suite"))
    assert [f.status for f in findings(result, "integration-tests/suite")] == [Status.PASS]


def test_js_tests_without_a_server_stay_unit_tests(tmp_path: Path) -> None:
    write(tmp_path, {"backend/test/test.js": MERN_TEST,
                     "backend/test/db-handler.js": MERN_DB_HANDLER.replace("mongodb-memory-server", "./fake-db"),
                     "backend/package.json": MERN_PACKAGE})
    result = scan(tmp_path, only=("integration-tests/suite", "unit-tests/suite"))
    assert Status.PASS not in [f.status for f in findings(result, "integration-tests/suite")]
    assert Status.PASS in [f.status for f in findings(result, "unit-tests/suite")]


def test_a_bare_key_in_a_js_log_call_is_an_object_key_unless_built_from_a_secret(tmp_path: Path) -> None:
    # nestjs-starter's aws.s3.service.ts (bench/accuracy): `this.logger.info({ key, contentType }, 'Object uploaded
    # to S3')` logs the S3 object's key. A `key` read from a secret-named variable is still reported.
    s3 = ("export class AwsS3Service {\n  async upload(key: string, contentType: string) {\n"
          "    this.logger.info({ key, contentType }, 'Object uploaded to S3');\n  }\n}\n")
    secret = "const key = process.env.API_KEY;\nconsole.log(`using ${key}`);\n"
    write(tmp_path, {"src/aws.s3.service.ts": s3, "src/boot.js": secret})
    failing = {f.location.path for f in findings(scan(tmp_path, only=("logging/no-secrets",)), "logging/no-secrets")
               if f.status is Status.FAIL and f.location}
    assert failing == {"src/boot.js"}
