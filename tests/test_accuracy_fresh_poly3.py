"""What the fresh Python, Rust and Node repositories of 2026-11-29 showed (acc-fresh-poly3): azure-voting-app-redis,
controller-rs and smilr in bench/accuracy. Each test is built from the repository's own lines and fails on the code
before its fix."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- endpoint-security/route-auth: a form that posts back to `/` (azure-voting-app-redis) ---------------------------

AZURE_VOTE_MAIN = """\
from flask import Flask, request, render_template
import os
import redis

app = Flask(__name__)
r = redis.Redis(os.environ['REDIS'])
button1, button2 = 'Cats', 'Dogs'

@app.route('/', methods=['GET', 'POST'])
def index():

    if request.method == 'GET':
        vote1 = r.get(button1).decode('utf-8')
        return render_template("index.html", value1=int(vote1))

    elif request.method == 'POST':

        if request.form['vote'] == 'reset':
            r.set(button1,0)
            r.set(button2,0)
            return render_template("index.html", value1=0)
        else:
            vote = request.form['vote']
            r.incr(vote,1)
            return render_template("index.html", value1=int(r.get(button1)))
"""


def test_a_post_to_the_root_path_is_not_public_by_default(tmp_path: Path) -> None:
    # azure-vote/azure-vote/main.py: POST / resets every count; the default public path `/` covered it (a false pass)
    write(tmp_path, {"azure-vote/azure-vote/main.py": AZURE_VOTE_MAIN})
    failed = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth",
                      Status.FAIL)
    assert [f.message.split(" (")[0] for f in failed] == ["POST /"]


def test_reading_the_root_path_stays_public(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": AZURE_VOTE_MAIN.replace("methods=['GET', 'POST']", "methods=['GET']")})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    assert [f.status for f in findings(result, "endpoint-security/route-auth")] == [Status.PASS]


def test_a_configured_public_root_covers_its_writes(tmp_path: Path) -> None:
    # the team's own policy.public_paths is trusted as written
    write(tmp_path, {"app.py": AZURE_VOTE_MAIN, ".deploycheck.yaml": "policy:\n  public_paths: ['/']\n"})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    assert not findings(result, "endpoint-security/route-auth", Status.FAIL)


# --- dependency-health/end-of-life: a vendor image whose tag names the runtime (azure-voting-app-redis) -------------

def test_a_vendor_image_tagged_with_an_ended_python_fails(tmp_path: Path) -> None:
    # azure-vote/Dockerfile: FROM tiangolo/uwsgi-nginx-flask:python3.6 passed ("no image the dataset lists as ended")
    write(tmp_path, {"azure-vote/Dockerfile": "FROM tiangolo/uwsgi-nginx-flask:python3.6\nRUN pip install redis\n"
                                              "ADD /azure-vote /app\n"})
    [f] = findings(scan(tmp_path, only=("dependency-health/end-of-life",)), "dependency-health/end-of-life")
    assert f.status is Status.FAIL and "python 3.6" in f.message


def test_a_vendor_image_tagged_with_a_supported_runtime_passes(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM tiangolo/uvicorn-gunicorn:python3.13-slim\nCOPY . /app\n"})
    [f] = findings(scan(tmp_path, only=("dependency-health/end-of-life",)), "dependency-health/end-of-life")
    assert f.status is Status.PASS and "python 3.13" in f.message


# --- dependency-health/lockfile: `pip install redis` with no manifest anywhere (azure-voting-app-redis) --------------

def test_pip_install_by_name_without_any_manifest_fails(tmp_path: Path) -> None:
    # the check was n/a ("no dependency manifests") and the item came out pass: a false pass
    write(tmp_path, {"azure-vote/Dockerfile": "FROM tiangolo/uwsgi-nginx-flask:python3.6\nRUN pip install redis\n"
                                              "ADD /azure-vote /app\n"})
    [f] = findings(scan(tmp_path, only=("dependency-health/lockfile",)), "dependency-health/lockfile")
    assert f.status is Status.FAIL and f.location.line == 2 and "redis" in f.message


def test_pip_install_with_exact_versions_or_of_tools_only_is_not_judged(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM python:3.13\nRUN pip install --upgrade pip setuptools && "
                                   "pip install redis==5.2.1\n"})
    result = scan(tmp_path, only=("dependency-health/lockfile",))
    assert [f.status for f in findings(result, "dependency-health/lockfile")] == [Status.NA]


# --- auth-protocols/token-validation: passport-azure-ad without the issuer check (smilr) -----------------------------

SMILR_AUTH = """\
const passport = require('passport')
const BearerStrategy = require('passport-azure-ad').BearerStrategy

module.exports = function(app) {
  app.use(passport.initialize())

  const strategy = new BearerStrategy({
    identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    clientID: process.env.SECURE_CLIENT_ID,
    allowMultiAudiencesInToken: true,
    validateIssuer: false,
    loggingLevel: 'error',
  }, gotValidToken)

  passport.use(strategy)
}
"""


def test_passport_azure_ad_with_the_issuer_check_off_fails(tmp_path: Path) -> None:
    # node/data-api/core/auth.js: passed ("authentication through passport"), a false pass on a critical check
    write(tmp_path, {"node/data-api/core/auth.js": SMILR_AUTH})
    [f] = findings(scan(tmp_path, only=("auth-protocols/token-validation",)), "auth-protocols/token-validation")
    assert f.status is Status.FAIL and f.location.line == 7 and "issuer not checked" in f.message


def test_passport_azure_ad_validating_the_issuer_passes(tmp_path: Path) -> None:
    write(tmp_path, {"auth.js": SMILR_AUTH.replace("validateIssuer: false", "validateIssuer: true")})
    [f] = findings(scan(tmp_path, only=("auth-protocols/token-validation",)), "auth-protocols/token-validation")
    assert f.status is Status.PASS


# --- logging/structured: a logging library only a dependency pulls in (smilr) ---------------------------------------

def test_a_structured_logger_only_in_the_lockfile_does_not_count(tmp_path: Path) -> None:
    # node/data-api: passport-azure-ad brings bunyan (hoisted to node_modules/bunyan in package-lock.json); the
    # service logs with morgan('short') and console.log. The check passed "structured logging: bunyan".
    package = {"name": "smilr-data-api", "dependencies": {"morgan": "^1.10.0", "passport-azure-ad": "^4.3.1"}}
    lock = {"name": "smilr-data-api", "lockfileVersion": 2, "packages": {
        "": {"name": "smilr-data-api", "dependencies": package["dependencies"]},
        "node_modules/bunyan": {"version": "1.8.15"},
        "node_modules/morgan": {"version": "1.10.0"},
        "node_modules/passport-azure-ad": {"version": "4.3.4", "dependencies": {"bunyan": "^1.8.14"}}}}
    write(tmp_path, {"node/data-api/package.json": json.dumps(package),
                     "node/data-api/package-lock.json": json.dumps(lock),
                     "node/data-api/core/app.js": "const logger = require('morgan')\napp.use(logger('short'))\n"
                                                  "console.log('### API service starting')\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL


def test_a_structured_logger_the_service_declares_counts(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": json.dumps({"name": "api", "dependencies": {"pino": "^9.0.0"}}),
                     "server.js": "console.log('starting')\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and "pino" in f.message


# --- sensitive-config/secret-scan: a switch next to a secret word is not a secret (azure-voting-app-redis, smilr) ----

def test_a_boolean_value_of_a_password_named_setting_is_not_a_secret(tmp_path: Path) -> None:
    # azure-voting-app-redis' docker-compose.yaml `ALLOW_EMPTY_PASSWORD: "yes"` and smilr's
    # azure/pipelines/templates/acr-connection.yml `issecret=true;]$password` were reported as Secret Keyword
    write(tmp_path, {
        "docker-compose.yaml": "services:\n  azure-vote-back:\n    image: mcr.microsoft.com/oss/bitnami/redis:6.0.8\n"
                               "    environment:\n      ALLOW_EMPTY_PASSWORD: \"yes\"\n",
        "azure/pipelines/templates/acr-connection.yml":
            "steps:\n  - bash: |\n      password=$(echo $auth | awk -F':' '{print $2}')\n"
            "      echo \"##vso[task.setvariable variable=ACR_PASSWORD;issecret=true;]$password\"\n"})
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    assert [f.status for f in findings(result, "sensitive-config/secret-scan")] == [Status.PASS]


def test_a_password_value_beside_it_is_still_found(tmp_path: Path) -> None:
    write(tmp_path, {"docker-compose.yaml": "services:\n  db:\n    image: redis:7\n    environment:\n"
                                            "      REDIS_PASSWORD: \"Tr0ub4dor-horse-staple-91\"\n"})
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    assert [f.status for f in findings(result, "sensitive-config/secret-scan")] == [Status.FAIL]


# --- env files of public front-end build variables (smilr's vue/.env.*) ---------------------------------------------

VUE_ENV_DEVELOPMENT = """\
#
# !!!! Do not set any configuration here !!!!
#
# Static build info string
VUE_APP_BUILD_INFO=Running from local dev server

#
# This must point to the API, if using the mock-api, use http://localhost:4000/api
#
VUE_APP_API_ENDPOINT=http://localhost:4000/api
"""


def test_an_env_file_of_public_front_end_variables_passes(tmp_path: Path) -> None:
    # vue/.env.development was reported "committed with 2 values (VUE_APP_BUILD_INFO)": Vue CLI compiles VUE_APP_*
    # into the JavaScript every browser downloads
    write(tmp_path, {"vue/.env.development": VUE_ENV_DEVELOPMENT})
    [f] = findings(scan(tmp_path, only=("sensitive-config/env-files",)), "sensitive-config/env-files")
    assert f.status is Status.PASS and "public front-end build variables" in f.message


def test_a_secret_named_front_end_variable_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"vue/.env": VUE_ENV_DEVELOPMENT + "VUE_APP_CLIENT_SECRET=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n"})
    [f] = findings(scan(tmp_path, only=("sensitive-config/env-files",)), "sensitive-config/env-files")
    assert f.status is Status.FAIL


SMILR_FRONTEND_DOCKERFILE = """\
FROM node:16-alpine as spabuild
ARG vue_root="vue"
WORKDIR /build
COPY ${vue_root}/package*.json ./
RUN npm install --silent
COPY ${vue_root}/.env.production .
COPY ${vue_root}/src ./src
RUN npm run build-modern

FROM node:16-alpine
WORKDIR /home/app
COPY node/frontend/ .
COPY --from=spabuild /build/dist .
ENTRYPOINT [ "npm" , "start" ]
"""
VUE_ENV_PRODUCTION = """\
#
# !!!! Do not set any configuration here !!!!
#
# In production mode, the config will be fetched dynamically from the env vars on the node server, at runtime
"""


def test_copying_an_env_file_without_secrets_for_a_front_end_build_passes(tmp_path: Path) -> None:
    # node/frontend/Dockerfile (context: the repository root) copies vue/.env.production, a file of comments
    write(tmp_path, {"node/frontend/Dockerfile": SMILR_FRONTEND_DOCKERFILE, "vue/.env.production": VUE_ENV_PRODUCTION,
                     "docker-compose.yml": "services:\n  frontend:\n    build:\n      context: .\n"
                                           "      dockerfile: node/frontend/Dockerfile\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/no-secrets",)), "dockerfile/no-secrets")
    assert f.status is Status.PASS


def test_copying_an_env_file_with_a_secret_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"node/frontend/Dockerfile": SMILR_FRONTEND_DOCKERFILE,
                     "vue/.env.production": VUE_ENV_PRODUCTION + "API_TOKEN=ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
                     "docker-compose.yml": "services:\n  frontend:\n    build:\n      context: .\n"
                                           "      dockerfile: node/frontend/Dockerfile\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/no-secrets",)), "dockerfile/no-secrets")
    assert f.status is Status.FAIL


# --- api-docs/spec-present: a description that does not load is still there (smilr's docs/swagger.json) ------------

def test_an_unreadable_spec_is_present_and_reported_by_spec_valid(tmp_path: Path) -> None:
    # docs/swagger.json ends with one closing brace too many: spec-present said "no API description" beside
    # spec-valid's "cannot parse" (the same problem twice, the first one untrue)
    write(tmp_path, {"docs/swagger.json": '{\n  "swagger": "2.0",\n  "info": {"title": "Smilr API", '
                                          '"version": "6.2.0"},\n  "paths": {}\n}}\n',
                     "core/app.js": "const express = require('express')\nconst app = express()\n"
                                    "app.get('/api/events', eventController.query)\n"
                                    "app.post('/api/events', authHandler, eventController.create)\n"})
    result = scan(tmp_path, only=("api-docs/spec-present", "api-docs/spec-valid"))
    [present] = findings(result, "api-docs/spec-present")
    assert present.status is Status.PASS and "does not load" in present.message
    assert [f.status for f in findings(result, "api-docs/spec-valid")] == [Status.FAIL]


# --- dockerfile/multi-stage: a production-only npm install is no build tooling (smilr's data-api) -------------------

SMILR_DATA_API_DOCKERFILE = """\
FROM node:16-alpine
LABEL version="6.6.0"
ARG basedir="node/data-api"
ENV NODE_ENV production
WORKDIR /home/app
RUN apk update && apk add bash && apk add curl
COPY ${basedir}/package*.json ./
RUN npm install --production --silent
COPY ${basedir}/ .
EXPOSE 4000
ENTRYPOINT [ "npm" , "start" ]
"""


def test_a_single_stage_image_with_a_production_only_install_passes(tmp_path: Path) -> None:
    write(tmp_path, {"node/data-api/Dockerfile": SMILR_DATA_API_DOCKERFILE})
    [f] = findings(scan(tmp_path, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert f.status is Status.PASS


def test_a_single_stage_image_installing_dev_dependencies_still_warns(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": SMILR_DATA_API_DOCKERFILE.replace("npm install --production --silent",
                                                                     "npm install --silent && npm run build")})
    [f] = findings(scan(tmp_path, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert f.status is Status.WARN


# --- unit-tests/suite: Rust #[test] functions in the crate's source (controller-rs) ---------------------------------

CONTROLLER_RS_TESTS = """\
// Mock tests relying on fixtures.rs and its primitive apiserver mocks
#[cfg(test)]
mod test {
    use super::{Context, Document, error_policy, reconcile};
    use std::sync::Arc;

    #[tokio::test]
    async fn documents_without_finalizer_gets_a_finalizer() {
        let (testctx, fakeserver) = Context::test();
        let doc = Document::test();
        let mocksrv = fakeserver.run(Scenario::FinalizerCreation(doc.clone()));
        reconcile(Arc::new(doc), testctx).await.expect("reconciler");
        timeout_after_1s(mocksrv).await;
    }

    #[tokio::test]
    async fn finalized_doc_causes_status_patch() {
        let (testctx, fakeserver) = Context::test();
        let doc = Document::test().finalized();
        let mocksrv = fakeserver.run(Scenario::StatusPatch(doc.clone()));
        reconcile(Arc::new(doc), testctx).await.expect("reconciler");
        timeout_after_1s(mocksrv).await;
    }
}
"""


def test_rust_tests_in_the_crate_source_are_unit_tests(tmp_path: Path) -> None:
    # src/controller.rs: "no unit test suite found" although CI runs `cargo test` on them
    write(tmp_path, {"Cargo.toml": '[package]\nname = "controller"\nversion = "0.16.0"\n',
                     "src/controller.rs": "pub async fn reconcile() {}\n\n" + CONTROLLER_RS_TESTS,
                     "src/main.rs": "fn main() {}\n"})
    [f] = findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite")
    assert f.status is Status.PASS and "2 unit tests in 1 file" in f.message


def test_rust_source_without_tests_is_no_suite(tmp_path: Path) -> None:
    write(tmp_path, {"Cargo.toml": '[package]\nname = "version"\nversion = "1.17.1"\n',
                     "version.rs": "fn main() {}\n// #[test] is mentioned in a comment only\n"})
    [f] = findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite")
    assert f.status is Status.FAIL



# --- external-services/http-timeouts: axios in a Node server (smilr's data-api) -------------------------------------

SMILR_FEEDBACK_MODEL = """\
const mongoose = require('mongoose')
const axios = require('axios')

async function _getSentiment(feedback) {
  let payload = { documents: [{ language: 'en', id: '1', text: feedback.comment }] }

  // Headers with API key
  let options = {
    headers: {
      'Ocp-Apim-Subscription-Key': process.env.SENTIMENT_API_KEY || '',
      'Content-Type': 'application/json'
    }
  }

  // Call sentiment API with axios
  let apiResp = await axios.default.post(`${process.env.SENTIMENT_API_ENDPOINT}/text/analytics/v2.1/sentiment`, """ \
    """JSON.stringify(payload), options)
  return apiResp.data
}
"""
SMILR_DATA_API_PACKAGE = '{"name": "smilr-data-api", "dependencies": {"axios": "^0.25.0", "express": "^4.17.2"}}'


def test_an_axios_call_without_a_timeout_in_a_node_server_fails(tmp_path: Path) -> None:
    # node/data-api/models/feedback.js: the check was skipped ("read from Python, Go and Java"), a miss
    write(tmp_path, {"node/data-api/package.json": SMILR_DATA_API_PACKAGE,
                     "node/data-api/models/feedback.js": SMILR_FEEDBACK_MODEL})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.FAIL and f.location.line == 16 and "axios.default.post" in f.message


def test_an_axios_call_with_a_timeout_passes_and_browser_code_is_not_judged(tmp_path: Path) -> None:
    write(tmp_path, {"node/data-api/package.json": SMILR_DATA_API_PACKAGE,
                     "node/data-api/models/feedback.js": SMILR_FEEDBACK_MODEL.replace(
                         "  let options = {\n", "  let options = {\n    timeout: 10000,\n"),
                     # the Vue SPA's api.js runs in the browser: its package has no server framework
                     "vue/package.json": '{"name": "smilr-vue", "dependencies": {"axios": "^0.25.0", "vue": "^2"}}',
                     "vue/src/services/api.js": "import axios from 'axios'\nexport const get = (u) => axios.get(u)\n"})
    [f] = findings(scan(tmp_path, only=("external-services/http-timeouts",)), "external-services/http-timeouts")
    assert f.status is Status.PASS
