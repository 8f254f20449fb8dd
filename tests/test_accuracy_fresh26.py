"""Rules acc-fresh26 added, each from the lines of a labelled repository (athens, laa-fee-calculator)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

STRUCTURED = "logging/structured"

# gomods/athens pkg/log/format.go (shortened): a JSONFormatter for GCP and by default, and a coloured text Formatter
# of its own that log.New picks for CloudRuntime "none" (the image's config and the code's default)
ATHENS_FORMAT = """\
package log

import (
\t"bytes"
\t"strings"

\t"github.com/fatih/color"
\t"github.com/sirupsen/logrus"
)

func getGCPFormatter() logrus.Formatter {
\treturn &logrus.JSONFormatter{
\t\tFieldMap: logrus.FieldMap{
\t\t\tlogrus.FieldKeyLevel: "severity",
\t\t},
\t}
}

func getDevFormatter() logrus.Formatter {
\treturn devFormatter{}
}

type devFormatter struct{}

func (devFormatter) Format(e *logrus.Entry) ([]byte, error) {
\tvar buf bytes.Buffer
\tlvl := strings.ToUpper(e.Level.String())
\tbuf.WriteString(color.CyanString(lvl))
\tbuf.WriteString(": ")
\tbuf.WriteString(e.Message)
\tbuf.WriteByte('\\n')
\treturn buf.Bytes(), nil
}

func getDefaultFormatter() logrus.Formatter {
\treturn &logrus.JSONFormatter{}
}
"""

# athens pkg/log/log.go (shortened): the switch on the configured cloud runtime
ATHENS_LOG = """\
package log

import (
\t"github.com/sirupsen/logrus"
)

func New(cloudProvider string, level logrus.Level) *Logger {
\tl := logrus.New()
\tswitch cloudProvider {
\tcase "GCP":
\t\tl.Formatter = getGCPFormatter()
\tcase "none":
\t\tl.Formatter = getDevFormatter()
\tdefault:
\t\tl.Formatter = getDefaultFormatter()
\t}
\tl.Level = level
\treturn &Logger{Logger: l}
}
"""

GO_MOD = "module github.com/gomods/athens\n\nrequire github.com/sirupsen/logrus v1.9.0\n"


def test_a_logrus_formatter_of_the_code_s_own_that_writes_text_is_a_run_time_choice_never_a_pass(
        tmp_path: Path) -> None:
    # athens: the JSONFormatter in format.go made logging/structured pass, while the image's config (CloudRuntime
    # "none") selects devFormatter, which writes coloured text lines: a false pass on a required item
    write(tmp_path, {"pkg/log/format.go": ATHENS_FORMAT, "pkg/log/log.go": ATHENS_LOG, "go.mod": GO_MOD})
    result = scan(tmp_path, only=(STRUCTURED,))
    assert not findings(result, STRUCTURED, Status.PASS), [f.message for f in findings(result, STRUCTURED)]
    [warned] = findings(result, STRUCTURED, Status.WARN)
    assert "chosen at run time" in warned.message and "devFormatter" in warned.message, warned.message
    # the formatter alone (no JSONFormatter anywhere) writes text: a failure
    write(tmp_path, {"pkg/log/format.go": ATHENS_FORMAT.replace("&logrus.JSONFormatter{", "&logrus.Fields{")})
    assert {f.status for f in findings(scan(tmp_path, only=(STRUCTURED,)), STRUCTURED)} == {Status.FAIL}


def test_a_logrus_formatter_of_the_code_s_own_that_encodes_json_stays_structured(tmp_path: Path) -> None:
    json_body = ATHENS_FORMAT.replace("\tvar buf bytes.Buffer\n",
                                      "\treturn json.Marshal(e.Data)\n\tvar buf bytes.Buffer\n")
    write(tmp_path, {"pkg/log/format.go": json_body, "pkg/log/log.go": ATHENS_LOG, "go.mod": GO_MOD})
    assert {f.status for f in findings(scan(tmp_path, only=(STRUCTURED,)), STRUCTURED)} == {Status.PASS}


SPEC_PRESENT = "api-docs/spec-present"

# ministryofjustice/laa-fee-calculator fee_calculator/apps/api/urls.py (shortened; the views made local): the DRF
# API and drf-spectacular's generated OpenAPI document with its Swagger UI
LAA_API_URLS = """\
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework import routers, views, viewsets
from rest_framework.response import Response


class SchemeViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = []


class CalculatorView(views.APIView):
    def get(self, request, scheme_pk=None):
        return Response({"amount": "0"})


router = routers.DefaultRouter()
router.register(r'fee-schemes', SchemeViewSet, basename='fee-schemes')

urlpatterns = (
    re_path(r'^fee-schemes/(?P<scheme_pk>[^/.]+)/calculate/$', CalculatorView.as_view(), name='calculator'),
    re_path(r'^', include(router.urls)),

    # drf-spectacular = OpenAPI3
    path('oa3/schema/', SpectacularAPIView.as_view(), name='oa3_schema'),
    path('docs/', SpectacularSwaggerView.as_view(url_name='oa3_schema')),
)
"""


def test_a_urlconf_routing_drf_spectacular_s_schema_view_serves_a_generated_description(tmp_path: Path) -> None:
    # laa-fee-calculator: "the code declares 8 HTTP route(s) but the repository has no API description", while
    # api/urls.py serves drf-spectacular's document at /api/v1/oa3/schema/ (README: Swagger at /api/v1/docs/)
    write(tmp_path, {"manage.py": "import sys\n", "fee_calculator/urls.py": LAA_API_URLS})
    [found] = findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)
    assert found.status is Status.PASS and "drf-spectacular: SpectacularAPIView routed in fee_calculator/urls.py" \
        in found.message, found.message
    # routed only on a setting's branch (oncall's `if settings.DRF_SPECTACULAR_ENABLED:`), run time decides: no pass
    conditional = LAA_API_URLS.replace("    # drf-spectacular = OpenAPI3\n    path('oa3/schema/', "
                                       "SpectacularAPIView.as_view(), name='oa3_schema'),\n", "") + (
        "\nif SPECTACULAR:\n    urlpatterns += (path('oa3/schema/', SpectacularAPIView.as_view()),)\n")
    write(tmp_path, {"fee_calculator/urls.py": conditional})
    assert {f.status for f in findings(scan(tmp_path, only=(SPEC_PRESENT,)), SPEC_PRESENT)} == {Status.FAIL}


DOCUMENTED = "env-vars/documented"

# gomods/athens pkg/config/config.go (shortened): settings read from ATHENS_* variables through envconfig tags
ATHENS_CONFIG_GO = """\
package config

import (
\t"github.com/kelseyhightower/envconfig"
)

type Config struct {
\tLogLevel     string `validate:"required" envconfig:"ATHENS_LOG_LEVEL"`
\tCloudRuntime string `validate:"required" envconfig:"ATHENS_CLOUD_RUNTIME"`
}

func load(config *Config) error {
\treturn envconfig.Process("athens", config)
}
"""

# athens config.dev.toml (shortened): the example configuration the image ships, each setting with its env override
ATHENS_CONFIG_TOML = """\
# LogLevel returns the system's exposure to internal logs. Defaults to debug.
# Supports all logrus log levels (https://github.com/Sirupsen/logrus#level-logging)
# Env override: ATHENS_LOG_LEVEL
LogLevel = "debug"

# CloudRuntime is the Cloud Provider on which the Proxy/Registry is running.
# Currently available options are "GCP", or "none". Defaults to "none"
# Env override: ATHENS_CLOUD_RUNTIME
CloudRuntime = "none"
"""


def test_an_example_configuration_s_env_override_comments_document_the_variables(tmp_path: Path) -> None:
    # athens: 23 variables "read by the code but documented nowhere" that config.dev.toml documents one by one
    # ("# Env override: ATHENS_LOG_LEVEL")
    write(tmp_path, {"pkg/config/config.go": ATHENS_CONFIG_GO, "config.dev.toml": ATHENS_CONFIG_TOML,
                     "go.mod": "module github.com/gomods/athens\n", "README.md": "# Athens\n\nA Go module proxy.\n"})
    result = scan(tmp_path, only=(DOCUMENTED,))
    assert not findings(result, DOCUMENTED, Status.FAIL), [f.message for f in findings(result, DOCUMENTED)]
    # a setting documented without its override line (athens' EnablePprof, NetworkMode) stays undocumented
    write(tmp_path, {"config.dev.toml": ATHENS_CONFIG_TOML.replace("# Env override: ATHENS_CLOUD_RUNTIME\n", "")})
    [failed] = findings(scan(tmp_path, only=(DOCUMENTED,)), DOCUMENTED, Status.FAIL)
    assert failed.message.startswith("ATHENS_CLOUD_RUNTIME is read by the code but documented nowhere"), failed.message
    # a configuration key spelled like the variable is no documentation, nor is a commented-out ${env:NAME} reference
    write(tmp_path, {"config.dev.toml": 'ATHENS_CLOUD_RUNTIME = "none"\n# runtime: ${env:ATHENS_CLOUD_RUNTIME}\n'
                                        "# Env override: ATHENS_LOG_LEVEL\n"})
    [failed] = findings(scan(tmp_path, only=(DOCUMENTED,)), DOCUMENTED, Status.FAIL)
    assert failed.message.startswith("ATHENS_CLOUD_RUNTIME is read"), failed.message


LINT = "schema-changes/lint"
BACKUPS = "backups/mechanism"
RESTORE = "backups/restore-procedure"

# laa-fee-calculator (shortened): settings/base.py keeps Django's file SQLite, the Dockerfile migrates and loads it
# while the image is built, and the Deployment mounts no volume
LAA_SETTINGS = """\
import os


def location(folder):
    return os.path.abspath(os.path.join(os.path.dirname(os.path.realpath(__file__)), '..', folder))


SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY')

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': location('db.sqlite3'),
        'TEST': {
            'NAME': location('test-db.sqlite3'),
        }
    }
}
"""
LAA_DOCKERFILE = """\
FROM python:3.14-alpine
WORKDIR /app
COPY ./Pipfile /app/Pipfile
COPY ./Pipfile.lock /app/Pipfile.lock
RUN PIPENV_PIPFILE="/app/Pipfile" pipenv install --system --deploy
ADD . /app
ENV DJANGO_SETTINGS_MODULE=fee_calculator.settings.docker
# clearing data to prevent UNIQUE constraint violations when rebuilding locally, at least
RUN python3 manage.py migrate --no-input \\
    && python3 manage.py cleardata \\
    && python3 manage.py loadalldata \\
    && python3 manage.py collectstatic --no-input
USER 1000
CMD uwsgi --ini uwsgi.ini
"""
LAA_MIGRATION_0001 = """\
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
    ]

    operations = [
        migrations.CreateModel(
            name='FeeType',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('code', models.CharField(max_length=20)),
            ],
        ),
    ]
"""
LAA_MIGRATION_0002 = """\
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('calculator', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='feetype',
            name='code',
            field=models.CharField(db_index=True, max_length=20),
        ),
    ]
"""
LAA_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: laa-fee-calculator
  namespace: laa-fee-calculator-production
spec:
  replicas: 3
  selector:
    matchLabels:
      app: laa-fee-calculator-app
  template:
    metadata:
      labels:
        app: laa-fee-calculator-app
    spec:
      containers:
      - name: app
        image: 754256621582.dkr.ecr.eu-west-2.amazonaws.com/laa-get-paid/laa-fee-calculator:set-me
        ports:
        - containerPort: 8080
"""
LAA_PVC = """\
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
"""


def _laa(tmp_path: Path) -> None:
    write(tmp_path, {"manage.py": "import os\n", "Pipfile": '[packages]\ndjango = "==6.0.6"\n',
                     "fee_calculator/settings/base.py": LAA_SETTINGS, "Dockerfile": LAA_DOCKERFILE,
                     "fee_calculator/apps/calculator/__init__.py": "",
                     "fee_calculator/apps/calculator/migrations/__init__.py": "",
                     "fee_calculator/apps/calculator/migrations/0001_initial.py": LAA_MIGRATION_0001,
                     "fee_calculator/apps/calculator/migrations/0002_auto_20161121_1804.py": LAA_MIGRATION_0002,
                     "kubernetes_deploy/live/production/deployment.yaml": LAA_DEPLOYMENT})


def test_a_django_sqlite_database_the_image_build_creates_is_no_live_database(tmp_path: Path) -> None:
    # laa-fee-calculator: schema-changes/lint reported six PostgreSQL locking rules ("AlterField feetype.code: CREATE
    # INDEX without CONCURRENTLY") and backups asked for a backup of "the service's database", while the Dockerfile
    # migrates and fills an SQLite file into every image: nothing is migrated live, nothing outlives a pod
    _laa(tmp_path)
    result = scan(tmp_path, only=(LINT, BACKUPS, RESTORE))
    for check_id in (LINT, BACKUPS, RESTORE):
        statuses = {f.status for f in findings(result, check_id)}
        assert statuses == {Status.NA}, (check_id, [f.message for f in findings(result, check_id)])
    [lint] = findings(result, LINT)
    assert "image is built (Dockerfile:9)" in lint.message, lint.message


def test_an_image_built_sqlite_database_does_not_count_beside_a_volume_or_a_database_url(tmp_path: Path) -> None:
    # a claimed volume may hold a live database file; a DATABASE_URL may point production elsewhere
    _laa(tmp_path)
    write(tmp_path, {"kubernetes_deploy/live/production/pvc.yaml": LAA_PVC})
    assert Status.FAIL in {f.status for f in findings(scan(tmp_path, only=(LINT,)), LINT)}
    (tmp_path / "kubernetes_deploy/live/production/pvc.yaml").unlink()
    write(tmp_path, {"fee_calculator/settings/docker.py": "import os\nDATABASE_URL = os.environ['DATABASE_URL']\n"
                                                          "DATABASES = {'default': {'ENGINE': "
                                                          "'django.db.backends.sqlite3'}}\n"})
    result = scan(tmp_path, only=(LINT, BACKUPS))
    assert Status.FAIL in {f.status for f in findings(result, LINT)}
    assert Status.NA not in {f.status for f in findings(result, BACKUPS)}


INTEGRATION = "integration-tests/suite"

# gomods/athens pkg/stash/with_redis_test.go (shortened): the test needs the Redis that ci.yml starts as a service
# container (REDIS_TEST_ENDPOINT: localhost:6379) and skips itself without it
ATHENS_REDIS_TEST = """\
package stash

import (
\t"context"
\t"os"
\t"testing"
)

// WithRedisLock will ensure that 5 concurrent requests will all get the first request's
// response. We can ensure that because only the first response does not return an error
// and therefore all 5 responses should have no error.
func TestWithRedisLock(t *testing.T) {
\tendpoint := os.Getenv("REDIS_TEST_ENDPOINT")
\tpassword := os.Getenv("ATHENS_REDIS_PASSWORD")
\tif len(endpoint) == 0 {
\t\tt.SkipNow()
\t}
\tstrg, err := mem.NewStorage()
\tif err != nil {
\t\tt.Fatal(err)
\t}
\t_ = context.Background()
\t_ = password
\t_ = strg
}
"""
ATHENS_STASH = ("package stash\n\n// Stasher has the job of taking a module\n// from an upstream entity and "
                "stashing it.\ntype Stasher interface{}\n")


def test_go_tests_that_need_a_service_s_address_and_skip_without_it_are_an_integration_suite(tmp_path: Path) -> None:
    # athens: "no integration test suite found" while its storage and stash tests run against the mongo, minio and
    # redis service containers of ci.yml, each reading the service's address and skipping without it
    write(tmp_path, {"pkg/stash/with_redis_test.go": ATHENS_REDIS_TEST, "pkg/stash/stasher.go": ATHENS_STASH,
                     "go.mod": "module github.com/gomods/athens\n"})
    [found] = findings(scan(tmp_path, only=(INTEGRATION,)), INTEGRATION)
    assert found.status is Status.PASS, found.message
    # reading an address is not enough: a test that does not skip without the service may fake it
    write(tmp_path, {"pkg/stash/with_redis_test.go": ATHENS_REDIS_TEST.replace("\t\tt.SkipNow()\n", "\t\treturn\n")})
    assert {f.status for f in findings(scan(tmp_path, only=(INTEGRATION,)), INTEGRATION)} == {Status.FAIL}


TIMEOUTS = "external-services/http-timeouts"

# gomods/athens e2etests/run_athens.go (shortened): the end-to-end driver polls the proxy it started
ATHENS_RUN = """\
//go:build e2etests
// +build e2etests

package e2etests

import (
\t"fmt"
\t"net/http"
\t"time"
)

func runAthensAndWait() error {
\tticker := time.NewTicker(time.Second)
\ttimeout := time.After(20 * time.Second)
\tdefer ticker.Stop()
\tfor {
\t\tselect {
\t\tcase <-ticker.C:
\t\t\tresp, _ := http.Get("http://localhost:3000/readyz")
\t\t\tif resp.StatusCode == 200 {
\t\t\t\treturn nil
\t\t\t}
\t\tcase <-timeout:
\t\t\treturn fmt.Errorf("Failed to run athens")
\t\t}
\t}
}
"""
ATHENS_CLIENT = """\
package external

import (
\t"net/http"
\t"time"
)

// NewClient returns an external storage client.
func NewClient() *http.Client {
\treturn &http.Client{Timeout: 30 * time.Second}
}
"""


def test_an_e2etests_folder_is_test_code(tmp_path: Path) -> None:
    # athens: http-timeouts failed on e2etests/run_athens.go's http.Get, the end-to-end driver polling the proxy it
    # started (`e2e-tests/` was test code already, `e2etests/` was not)
    write(tmp_path, {"e2etests/run_athens.go": ATHENS_RUN, "pkg/storage/external/client.go": ATHENS_CLIENT,
                     "go.mod": "module github.com/gomods/athens\n"})
    assert {f.status for f in findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)} == {Status.PASS}
