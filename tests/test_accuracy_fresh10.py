"""What the fresh repositories nodejs-demoapp (benc-uk/nodejs-demoapp) and fala (ministryofjustice/fala) showed
(acc-fresh10, 2026-11-29 late). Each test fails on the code before its fix; the other fixes of the same measure are
tested beside their rules (test_kubernetes_helm.py: a chart's values/ folder; test_kubernetes_manifests.py: the
ServiceAccount a rendering's values file declares external; test_facts_configuration.py: tested process.env reads)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/structured: a JSON formatter named by its dotted path in Django's LOGGING (a false alarm) -----------

# fala/settings/base.py (trimmed): the console handler writes logstash JSON to stdout
FALA_LOGGING = '''import sys

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "%(levelname)s %(asctime)s %(module)s %(process)d %(thread)d %(message)s"},
        "simple": {"format": "%(levelname)s %(message)s"},
        "logstash": {"()": "logstash_formatter.LogstashFormatter"},
    },
    "handlers": {
        "console": {"level": "DEBUG", "class": "logging.StreamHandler", "stream": sys.stdout, "formatter": "logstash"}
    },
    "loggers": {"root": {"level": "DEBUG", "handlers": ["console"]}},
}
'''


def test_a_dictconfig_formatter_named_by_its_dotted_path_is_structured_logging(tmp_path: Path) -> None:
    write(tmp_path, {"fala/settings/base.py": FALA_LOGGING, "requirements.txt": "django==6.0.7\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and "logstash-formatter" in f.message, f.message
    assert f.location is not None and (f.location.path, f.location.line) == ("fala/settings/base.py", 9)


def test_a_plain_dictconfig_formatter_is_not_structured(tmp_path: Path) -> None:
    plain = FALA_LOGGING.replace('"logstash": {"()": "logstash_formatter.LogstashFormatter"},\n', "").replace(
        '"formatter": "logstash"', '"formatter": "verbose"')
    write(tmp_path, {"fala/settings/base.py": plain, "requirements.txt": "django==6.0.7\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL


def test_a_json_formatter_no_handler_uses_is_not_structured_logging(tmp_path: Path) -> None:
    # cla-backend (bench/accuracy): the logstash formatter is defined, the only handler uses "simple", and
    # logstash-formatter is pinned in the requirements: neither the definition nor the dependency makes the logs JSON
    unused = FALA_LOGGING.replace('"formatter": "logstash"', '"formatter": "simple"')
    write(tmp_path, {"cla_backend/settings/base.py": unused, "requirements.txt": "logstash-formatter==0.5.17\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL, f.message
    # ... unless another settings module switches the handler to it (cla-public's config/deployment.py)
    write(tmp_path, {"cla_backend/settings/production.py": (
        "from .base import *  # noqa\nLOGGING[\"handlers\"][\"console\"][\"formatter\"] = \"logstash\"  # noqa\n")})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and "logstash-formatter" in f.message, f.message


# --- e2e-tests/suite: HTTP request files with assertions (a false alarm) --------------------------------------------

# nodejs-demoapp src/tests/base-tests.http (trimmed): CI starts the server and runs `httpyac ... --all --junit`
BASE_TESTS_HTTP = """@baseUrl={{ this.baseUrl ?? 'http://localhost:3000' }}

# ===========================================================================================
# Base tests, can be run against the server without any optional features enabled
# ===========================================================================================

### Base - Root URL
GET {{baseUrl}}/

?? status == 200
?? body contains Ben Coleman


### Base - Info page
GET {{baseUrl}}/info

?? status == 200
?? body contains Memory
?? body contains class="envvars"


### Base - Monitor API
GET {{baseUrl}}/api/monitoringdata
"""


def test_http_request_files_that_assert_are_an_end_to_end_suite(tmp_path: Path) -> None:
    write(tmp_path, {"src/tests/base-tests.http": BASE_TESTS_HTTP,
                     "src/server.mjs": "import express from 'express'\nconst app = new express()\napp.listen(3000)\n",
                     # requests without assertions are a scratch pad, not tests
                     "docs/try.http": "### Try it\nGET http://localhost:3000/\n"})
    result = scan(tmp_path, only=("integration-tests/suite", "e2e-tests/suite", "unit-tests/suite"))
    [e2e] = findings(result, "e2e-tests/suite")
    assert e2e.status is Status.PASS and "2 end-to-end tests in 1 file(s)" in e2e.message, e2e.message
    # as Postman collections: an integration suite of the service's API too (the set's decision "API request
    # collections are integration tests"), never unit tests
    [integration] = findings(result, "integration-tests/suite")
    assert integration.status is Status.PASS and "2 integration tests in 1 file(s)" in integration.message, \
        integration.message
    assert [f.status for f in findings(result, "unit-tests/suite")] == [Status.FAIL]


# --- smoke-tests/defined: a later job validates the deployed site through a script (a false alarm) -----------------

# nodejs-demoapp .github/workflows/cd-release-aks.yaml (trimmed)
CD_RELEASE_AKS = """name: CD Release - AKS
on:
  workflow_dispatch:
env:
  INGRESS_DNS_HOST: nodejs-demoapp.kube.benco.io
jobs:
  deploy-aks:
    name: Deploy to AKS with Helm
    runs-on: ubuntu-latest
    steps:
      - name: 'Helm release'
        run: |
          helm repo add benc-uk https://benc-uk.github.io/helm-charts
          helm upgrade ${{ env.HELM_RELEASE }} benc-uk/webapp \\
          --install \\
          --namespace ${{ env.HELM_NAMESPACE }} \\
          --values deploy/kubernetes/aks-mine.yaml
  validate-deployment:
    name: 'Run Deployment Tests'
    needs: deploy-aks
    runs-on: ubuntu-latest
    steps:
      - name: 'Checkout'
        uses: actions/checkout@v4
      - name: 'Validate site is running'
        run: .github/scripts/url-check.sh -u https://${{ env.INGRESS_DNS_HOST }} -s "Node.js Demo App" -t 200
"""
# .github/scripts/url-check.sh (trimmed): polls the URL with curl, exit 1 when it never answers
URL_CHECK_SH = """#!/bin/bash
while [ "$isUp" != "true" ]
do
  urlstatus=$(curl -o "/tmp/$tmpfile" --silent --write-out '%{http_code}' "$url")
done
if [ "$isUp" == "true" ]; then
  exit 0
else
  echo -e "Result: $url is DOWN!"
  exit 1
fi
"""


def test_a_job_after_the_deploy_that_checks_the_site_through_a_script_is_a_smoke_test(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/cd-release-aks.yaml": CD_RELEASE_AKS,
                     ".github/scripts/url-check.sh": URL_CHECK_SH})
    [f] = findings(scan(tmp_path, only=("smoke-tests/defined",)), "smoke-tests/defined")
    assert f.status is Status.PASS and "validate-deployment" in f.message and "deploy-aks" in f.message, f.message
    assert f.location is not None and f.location.line == 26  # the step that runs the check


def test_a_later_job_whose_script_does_not_request_the_site_is_no_smoke_test(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/cd-release-aks.yaml": CD_RELEASE_AKS,
                     ".github/scripts/url-check.sh": "#!/bin/bash\necho \"deployed $1\"\nexit 1\n"})
    [f] = findings(scan(tmp_path, only=("smoke-tests/defined",)), "smoke-tests/defined")
    assert f.status is Status.FAIL
    # nor one that does not need the deploying job
    write(tmp_path, {".github/workflows/cd-release-aks.yaml": CD_RELEASE_AKS.replace("    needs: deploy-aks\n", ""),
                     ".github/scripts/url-check.sh": URL_CHECK_SH})
    [f] = findings(scan(tmp_path, only=("smoke-tests/defined",)), "smoke-tests/defined")
    assert f.status is Status.FAIL


# --- env-vars/documented: a variable the hosting platform sets (a false alarm) --------------------------------------


def test_a_variable_the_hosting_platform_sets_needs_no_documentation(tmp_path: Path) -> None:
    # nodejs-demoapp src/routes/pages.mjs: Azure App Service sets WEBSITE_SITE_NAME in every instance
    write(tmp_path, {
        "src/routes/pages.mjs": "const info = {\n"
                                "    env: process.env.WEBSITE_SITE_NAME ? process.env.WEBSITE_SITE_NAME.split('-')[0] "
                                ": 'Local',\n}\n"
                                "if (process.env.DISABLE_METRICS !== 'true') {\n  addMetrics(app)\n}\n",
        "README.md": "# Node.js - Sample Web Application\n\n# Configuration\n\n"
                     "The following configuration environmental variables are supported.\n\n"
                     "| Environmental Variable | Default | Description                    |\n"
                     "| ---------------------- | ------- | ------------------------------ |\n"
                     "| PORT                   | 3000    | Port the server will listen on |\n"
                     "| DISABLE_METRICS        | _none_  | Switch off Prometheus metrics  |\n"})
    [f] = findings(scan(tmp_path, only=("env-vars/documented",)), "env-vars/documented")
    assert f.status is Status.PASS, f.message


# --- ingress/tls: a rendering that leaves the hosts to the install command (a false alarm) ---------------------------

# fala helm_deploy/laa-fala/templates/ingress.yaml (trimmed): rules and tls range over the same hosts
FALA_INGRESS = """apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ .Release.Name }}
spec:
  ingressClassName: {{ .Values.ingress.className }}
  tls:
  {{- range .Values.ingress.hosts }}
    - hosts:
        - '{{- .host }}'
    {{- if .secret }}
      secretName: '{{- .secret }}'
    {{- end }}
  {{- end }}
  rules:
  {{- range .Values.ingress.hosts }}
    - host: '{{- .host }}'
      http:
        paths:
          - path: /
            pathType: ImplementationSpecific
            backend:
              service:
                name: {{ $.Release.Name }}
                port:
                  name: http
  {{- end }}
"""


def test_an_ingress_without_hosts_whose_template_gives_every_host_tls_elsewhere_passes(tmp_path: Path) -> None:
    files = {"chart/Chart.yaml": "apiVersion: v2\nname: laa-fala\nversion: 0.1.0\n",
             "chart/templates/ingress.yaml": FALA_INGRESS,
             # values/fala-uat.yaml: bin/deploy.sh passes --set ingress.hosts[0].host="$RELEASE_HOST"
             "chart/values/fala-uat.yaml": "ingress:\n  whitelistEnabled: true\n",
             "chart/values/fala-production.yaml": (
                 "ingress:\n  className: \"modsec\"\n  hosts:\n"
                 "    - host: laa-fala-production.cloud-platform.service.justice.gov.uk\n      secret: false\n"
                 "    - host: find-legal-advice.justice.gov.uk\n      secret: fala-tls-certificate\n")}
    write(tmp_path, files)
    found = findings(scan(tmp_path, only=("ingress/tls",)), "ingress/tls")
    assert all(f.status is Status.PASS for f in found), [f.message for f in found]
    assert any("names no host in this rendering" in f.message and "fala-uat.yaml" in f.message for f in found)
    # a template that never lists a host under tls (hosts only at install time) still serves plain HTTP
    write(tmp_path, {"chart/templates/ingress.yaml": FALA_INGRESS.split("  tls:\n")[0] + "  rules:\n"
                     + FALA_INGRESS.split("  rules:\n")[1]})
    statuses = sorted(f.status.value for f in findings(scan(tmp_path, only=("ingress/tls",)), "ingress/tls"))
    assert statuses.count("fail") >= 1 and "pass" not in statuses, statuses
