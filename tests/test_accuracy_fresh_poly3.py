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
