"""Rules the lead added on 2026-11-30 (s4), each from the lines of ONSdigital/ras-collection-instrument
(bench/accuracy)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

ROUTE_AUTH = "endpoint-security/route-auth"
SPEC_MATCH = "api-docs/spec-matches-code"
STRATEGY = "rollout-strategy/strategy"

# run.py (shortened): the app factory imports its blueprints inside its body and mounts them under a prefix
RUN = """\
from flask import Flask


def create_app(config=None):
    app = Flask(__name__)

    from application.views.collection_instrument_view import collection_instrument_view

    app.register_blueprint(collection_instrument_view, url_prefix="/collection-instrument-api/1.0.2")

    from application.views.info_view import info_view

    app.register_blueprint(info_view)
    return app
"""
BASIC_AUTH = """\
from flask import current_app
from flask_httpauth import HTTPBasicAuth

auth = HTTPBasicAuth()


@auth.get_password
def get_pw(username):
    if username == current_app.config["SECURITY_USER_NAME"]:
        return current_app.config["SECURITY_USER_PASSWORD"]
"""
VIEW = """\
from flask import Blueprint, jsonify

from application.controllers.basic_auth import auth

collection_instrument_view = Blueprint("collection_instrument_view", __name__)


@collection_instrument_view.before_request
@auth.login_required
def before_collection_instrument_view():
    pass


@collection_instrument_view.route("/delete/<instrument_id>", methods=["DELETE"])
def delete_seft_collection_instrument(instrument_id):
    return jsonify({"deleted": instrument_id})


@collection_instrument_view.route("/download/<instrument_id>", methods=["GET"])
def instrument_data(instrument_id):
    return jsonify({"id": instrument_id})
"""
INFO = """\
from flask import Blueprint, jsonify

info_view = Blueprint("info_view", __name__)


@info_view.route("/info", methods=["GET"])
def get_info():
    return jsonify({"name": "ras-collection-instrument"})
"""
SPEC = """\
openapi: 3.0.2
info: {title: collection instrument, version: "1.0"}
paths:
  "/collection-instrument-api/1.0.2/delete/{instrument_id}":
    delete:
      parameters: [{in: path, name: instrument_id, required: true, schema: {type: string}}]
      responses: {"200": {description: deleted}}
  "/collection-instrument-api/1.0.2/download/{instrument_id}":
    get:
      parameters: [{in: path, name: instrument_id, required: true, schema: {type: string}}]
      responses: {"200": {description: the instrument}}
  /info:
    get:
      responses: {"200": {description: version}}
"""


def _service(tmp_path: Path, view: str = VIEW) -> Path:
    return write(tmp_path, {"run.py": RUN, "application/__init__.py": "",
                            "application/controllers/__init__.py": "",
                            "application/controllers/basic_auth.py": BASIC_AUTH,
                            "application/views/__init__.py": "",
                            "application/views/collection_instrument_view.py": view,
                            "application/views/info_view.py": INFO, "openapi.yaml": SPEC})


def test_a_blueprint_hook_behind_an_auth_decorator_guards_the_blueprint(tmp_path: Path) -> None:
    """The hook's body is `pass`; flask-httpauth's decorator refuses before it runs, for every view of the
    blueprint. The old code judged only the hook's body (a 401 it raises) and reported 13 routes unprotected."""
    result = scan(_service(tmp_path), only=(ROUTE_AUTH,))
    failed = [f.message for f in findings(result, ROUTE_AUTH, Status.FAIL)]
    assert not [m for m in failed if "/collection-instrument-api/" in m or "/delete/" in m], failed
    assert failed == ["GET /info (flask) has no auth dependency or decorator, and no global auth layer covers it"]


def test_a_hook_behind_a_decorator_that_never_refuses_guards_nothing(tmp_path: Path) -> None:
    inert = VIEW.replace("from application.controllers.basic_auth import auth\n", """\

def login_required(view):
    return view
""").replace("@auth.login_required", "@login_required")
    result = scan(_service(tmp_path, inert), only=(ROUTE_AUTH,))
    failed = findings(result, ROUTE_AUTH, Status.FAIL)
    assert any("DELETE /collection-instrument-api/1.0.2/delete/<instrument_id>" in f.message for f in failed), \
        [f.message for f in result.findings]


def test_blueprints_imported_inside_the_app_factory_get_their_prefix(tmp_path: Path) -> None:
    """The old code knew only module-level imports, lost the url_prefix and reported every route and every path
    of the spec as unmatched (38 findings)."""
    result = scan(_service(tmp_path), only=(SPEC_MATCH,))
    assert not findings(result, SPEC_MATCH, Status.FAIL), [f.message for f in result.findings]


DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: collection-instrument}
spec:
  replicas: 1
  strategy:
    rollingUpdate: {maxSurge: 1, maxUnavailable: 1}
    type: RollingUpdate
  selector: {matchLabels: {app: collection-instrument}}
  template:
    metadata: {labels: {app: collection-instrument}}
    spec:
      containers:
        - name: collection-instrument
          image: europe-west2-docker.pkg.dev/ons/images/collection-instrument:3.0.61
"""


def test_one_replica_with_max_unavailable_one_is_an_outage_per_release(tmp_path: Path) -> None:
    """The chart's values (replicas 1, maxSurge 1, maxUnavailable 1) passed as "explicit maxSurge/maxUnavailable";
    the controller may stop the only pod before its successor is ready."""
    write(tmp_path, {"k8s/deployment.yaml": DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=(STRATEGY,)), STRATEGY)
    assert f.status is Status.WARN and "every pod may stop at once" in f.message, f.message
    write(tmp_path, {"k8s/deployment.yaml": DEPLOYMENT.replace("maxUnavailable: 1", "maxUnavailable: 0")})
    [f] = findings(scan(tmp_path, only=(STRATEGY,)), STRATEGY)
    assert f.status is Status.PASS, f.message


PRINTS = "logging/print"
REQUIRED = "env-vars/required-set"

# developer_scripts/import.py (shortened): a program run by hand, named like a Python keyword
IMPORT_SCRIPT = """\
#!/usr/bin/env python
import requests


def upload(app_url, auth):
    response = requests.post(app_url, auth=auth, timeout=10)
    if response.status_code != 200:
        print('upload error "{}"'.format(response.status_code))
        exit(1)
    print("uploaded")


if __name__ == "__main__":
    upload(input("App URL: "), (input("user: "), input("password: ")))
"""


def test_a_command_line_program_named_like_a_keyword_is_not_the_service(tmp_path: Path) -> None:
    """`import` is in every import line of the service, so the old code took the program for an imported module
    and warned on its print() calls."""
    _service(tmp_path)
    write(tmp_path, {"developer_scripts/import.py": IMPORT_SCRIPT})
    result = scan(tmp_path, only=(PRINTS,))
    assert not findings(result, PRINTS, Status.WARN), [f.message for f in result.findings]
    write(tmp_path, {"run.py": RUN + "\nprint('started')\n"})
    [warned] = findings(scan(tmp_path, only=(PRINTS,)), PRINTS, Status.WARN)
    assert warned.location and warned.location.path == "run.py"


# application/logger_config.py (shortened): an optional setting read where a missing value is caught
LOGGER_CONFIG = """\
import os


def logger_initial_config():
    try:
        indent = int(os.getenv("JSON_INDENT_LOGGING"))
    except (TypeError, ValueError):
        indent = None
    return indent
"""


def test_a_variable_whose_absence_is_caught_is_not_required(tmp_path: Path) -> None:
    write(tmp_path, {"app/logger_config.py": LOGGER_CONFIG, "Dockerfile": "FROM python:3.12-slim\n"})
    result = scan(tmp_path, only=(REQUIRED,))
    assert not [f for f in findings(result, REQUIRED, Status.FAIL) if "JSON_INDENT_LOGGING" in f.message], \
        [f.message for f in result.findings]
    # a handler that gives up (raises again, exits) keeps the variable required
    strict = LOGGER_CONFIG.replace("        indent = None\n", "        raise SystemExit('JSON_INDENT_LOGGING')\n")
    write(tmp_path, {"app/logger_config.py": strict})
    result = scan(tmp_path, only=(REQUIRED,))
    assert [f for f in findings(result, REQUIRED, Status.FAIL) if "JSON_INDENT_LOGGING" in f.message], \
        [f.message for f in result.findings]


# benc-uk/dotnet-demoapp: tests/UnitTest.cs, the README's "dummy unit tests"
UNIT = "unit-tests/suite"
DUMMY_TESTS = """\
using Xunit;

namespace DotnetDemoapp_tests
{
    public class LameUnitTest1
    {
        [Fact]
        public void TestAThingFalse()
        {
            bool result = false;
            Assert.False(result, $"{result} should not be true");
        }
    }

    public class LameUnitTest2
    {
        [Fact]
        public void TestAThingTrue()
        {
            bool result = true;
            Assert.True(result, $"{result} should not be false");
        }
    }
}
"""
TESTS_CSPROJ = '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" Version="2.4.1" />' \
               '</ItemGroup></Project>\n'


def test_tests_that_only_assert_constants_are_no_unit_suite(tmp_path: Path) -> None:
    """They passed as "2 unit tests in 1 file(s)": a required item earned by tests that can never fail."""
    write(tmp_path, {"tests/UnitTest.cs": DUMMY_TESTS, "tests/tests.csproj": TESTS_CSPROJ})
    [f] = findings(scan(tmp_path, only=(UNIT,)), UNIT)
    assert f.status is Status.FAIL and "only assert constants" in f.message, f.message
    assert f.location and f.location.path == "tests/UnitTest.cs"
    # one test that calls the code under test makes it a suite (the placeholder is left out of the count)
    real = DUMMY_TESTS.replace("bool result = true;", "bool result = ApiHelper.IsReady();")
    write(tmp_path, {"tests/UnitTest.cs": real})
    [f] = findings(scan(tmp_path, only=(UNIT,)), UNIT)
    assert f.status is Status.PASS and f.message.startswith("1 unit tests"), f.message
    assert "1 more only assert constants" in f.message


def test_constant_only_tests_in_python_javascript_and_java(tmp_path: Path) -> None:
    write(tmp_path, {
        "tests/test_placeholder.py": "def test_truth():\n    result = True\n    assert result\n\n\n"
                                     "class TestX:\n    def test_one(self):\n        assert 1 == 1, 'one'\n",
        "web/app.test.js": "describe('app', () => {\n  it('works', () => {\n    expect(true).toBe(true)\n  })\n})\n",
        "src/test/java/demo/AppTest.java": "class AppTest {\n    @Test\n    void works() {\n"
                                           "        assertTrue(true);\n    }\n}\n"})
    [f] = findings(scan(tmp_path, only=(UNIT,)), UNIT)
    assert f.status is Status.FAIL and "the 4 unit test(s) in 3 file(s) only assert constants" in f.message, f.message
    # a test that calls the code under test counts
    write(tmp_path, {"src/test/java/demo/AppTest.java": "class AppTest {\n    @Test\n    void works() {\n"
                                                        "        assertTrue(App.ready());\n    }\n}\n"})
    [f] = findings(scan(tmp_path, only=(UNIT,)), UNIT)
    assert f.status is Status.PASS and f.message.startswith("1 unit tests"), f.message


SECRETS = "sensitive-config/secret-scan"
APPSETTINGS_SAMPLE = """\
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "common",
    "ClientId": "__CHANGE_ME__",
    "ClientSecret": "__CHANGE_ME__"
  },
  "Weather": {
    "ApiKey": "__CHANGE_ME__"
  }
}
"""


def test_change_me_between_underscores_is_a_placeholder(tmp_path: Path) -> None:
    """`__CHANGE_ME__` in appsettings.Development.sample.json was reported as a secret keyword's value; it is the
    placeholder an example file exists to show."""
    write(tmp_path, {"src/appsettings.Development.sample.json": APPSETTINGS_SAMPLE})
    result = scan(tmp_path, only=(SECRETS,))
    assert not [f for f in result.findings if f.status in (Status.FAIL, Status.WARN)], \
        [f.message for f in result.findings]
    # the same placeholder in the settings the app ships is a default credential, said as such
    write(tmp_path, {"src/appsettings.json": APPSETTINGS_SAMPLE})
    result = scan(tmp_path, only=(SECRETS,))
    flagged = [f for f in result.findings if f.status in (Status.FAIL, Status.WARN)]
    assert flagged and all(f.location and f.location.path == "src/appsettings.json" for f in flagged)
    assert all("default credential" in f.message.lower() for f in flagged), [f.message for f in flagged]


SCRAPED = "monitoring/metrics-scraped"
PROGRAM = """\
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplicationInsightsTelemetry();
var app = builder.Build();
app.MapGet("/api/monitor", async () => new { workingSet = Environment.WorkingSet });
app.Run();
"""


def test_application_insights_is_a_metrics_library(tmp_path: Path) -> None:
    write(tmp_path, {"src/Program.cs": PROGRAM, "src/demo.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">'
                     '<ItemGroup><PackageReference Include="Microsoft.ApplicationInsights.AspNetCore" Version="2.17" />'
                     '</ItemGroup></Project>\n'})
    result = scan(tmp_path, only=(SCRAPED,))
    assert not [f for f in result.findings if "exposes no metrics" in f.message], [f.message for f in result.findings]
    write(tmp_path, {"src/Program.cs": PROGRAM.replace("builder.Services.AddApplicationInsightsTelemetry();\n", ""),
                     "src/demo.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n'})
    result = scan(tmp_path, only=(SCRAPED,))
    assert [f for f in result.findings if "exposes no metrics" in f.message], [f.message for f in result.findings]


EOL = "dependency-health/end-of-life"


def test_end_of_life_never_passes_images_it_cannot_identify(tmp_path: Path) -> None:
    """Seen by acc-fresh17: with only the team's own images the check passed ("none of the 1 image(s) is a runtime
    or distribution release the dataset lists as ended"), having judged nothing."""
    write(tmp_path, {"Dockerfile": "FROM registry.example.org/platform/base-image:4.2\nUSER 1000\n"})
    [f] = findings(scan(tmp_path, only=(EOL,)), EOL)
    assert f.status is Status.SKIPPED and "is not judged" in f.message, f.message
    assert "registry.example.org/platform/base-image:4.2" in f.message
    write(tmp_path, {"Dockerfile": "FROM python:3.13-slim\nUSER 1000\n"})
    [f] = findings(scan(tmp_path, only=(EOL,)), EOL)
    assert f.status is Status.PASS, f.message


HEALTHCHECK = "dockerfile/healthcheck"


def test_healthcheck_none_is_no_health_check_for_a_service(tmp_path: Path) -> None:
    """pass-audit5's question: `HEALTHCHECK NONE` passed as "deliberately switched off" whatever ran the image. In an
    image that serves a port, with nothing else checking the container, it is judged as no HEALTHCHECK (said as
    switched off); with probes it is not needed."""
    service = 'FROM python:3.13-slim\nUSER 1000\nEXPOSE 8080\nHEALTHCHECK NONE\nCMD ["python", "app.py"]\n'
    write(tmp_path, {"Dockerfile": service})
    [f] = findings(scan(tmp_path, only=(HEALTHCHECK,)), HEALTHCHECK)
    assert f.status in (Status.FAIL, Status.WARN) and "switched off" in f.message, f.message
    write(tmp_path, {"k8s/app.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      containers:
        - name: app
          image: app:1.0
          readinessProbe: {httpGet: {path: /ready, port: 8080}}
"""})
    [f] = findings(scan(tmp_path, only=(HEALTHCHECK,)), HEALTHCHECK)
    assert f.status is Status.NA and "switched off" in f.message, f.message
    # a command-line image (no port: deploycheck's own) switches it off rightly
    (tmp_path / "k8s/app.yaml").unlink()
    write(tmp_path, {"Dockerfile": service.replace("EXPOSE 8080\n", "")})
    [f] = findings(scan(tmp_path, only=(HEALTHCHECK,)), HEALTHCHECK)
    assert f.status is Status.PASS and "exposes no port" in f.message, f.message
