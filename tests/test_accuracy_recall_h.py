"""Recall of labelled problems (issue 8, 2026-11-30 s8, recall-h): each test is built from the repository lines that
showed the miss and fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

PRIV_ESC = "endpoint-security/privilege-escalation"
REQUESTS = "resource-limits/requests-and-limits"
RENDERS = "helm-chart/renders"
SELECTORS = "manifests/selectors"
ALERTS = "monitoring/alert-rules"

# gorush's helm/gorush (real lines, trimmed): configmap.yml reads `.Values.stat.engine` but values.yaml has `stats:`,
# so Helm stopped at that template and nothing of the chart was checked: the Deployment beside it (securityContext {},
# resources {}, replicaCount 1: four labelled problems) went unseen.
GORUSH = {
    "helm/gorush/Chart.yaml": """\
apiVersion: v2
name: gorush
description: A push notification micro server using Gin framework written in Go (Golang)
type: application
version: 0.1.1
appVersion: "1.22.0"
dependencies:
  - name: redis
    version: ~14.1
    repository: https://charts.bitnami.com/bitnami
    condition: redis.enabled
""",
    "helm/gorush/values.yaml": """\
replicaCount: 1
image:
  repository: appleboy/gorush
  pullPolicy: Always
  tag: ""
securityContext: {}
  # capabilities:
  #   drop:
  #   - ALL
service:
  type: ClusterIP
  port: 8088
stats:
  engine: memory
redis:
  enabled: false
  host: redis
  port: 6379
resources: {}
""",
    "helm/gorush/templates/configmap.yml": """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Chart.Name }}
  namespace: {{ .Chart.Name }}
data:
  # stat
  stats:
    engine: {{ .Values.stat.engine }}
""",
    "helm/gorush/templates/deployment.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Chart.Name }}
  namespace: {{ .Release.Namespace }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app.kubernetes.io/name: gorush
  template:
    metadata:
      labels:
        app.kubernetes.io/name: gorush
    spec:
      containers:
        - name: {{ .Chart.Name }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
""",
}


def test_the_rest_of_a_chart_is_checked_when_one_of_its_own_templates_fails(tmp_path: Path) -> None:
    write(tmp_path, GORUSH)
    result = scan(tmp_path, only=(PRIV_ESC, REQUESTS, RENDERS, ALERTS))
    [escalation] = findings(result, PRIV_ESC, Status.FAIL)
    assert escalation.location and escalation.location.object and escalation.location.object.name == "gorush"
    assert escalation.location.path == "helm/gorush/templates/deployment.yaml"
    [limits] = findings(result, REQUESTS, Status.FAIL)
    assert limits.location and limits.location.path == "helm/gorush/templates/deployment.yaml"
    # the chart still does not render: the renders finding is the same failure, naming what was left out
    [render] = findings(result, RENDERS)
    assert render.status is Status.FAIL and "nil pointer" in render.message, render.message
    assert "rendered without redis, which its values switch off" in render.message
    assert "templates/configmap.yml left out" in render.message
    # what the left-out template would have made is not known: an absence finding stays skipped, not fail
    [alerts] = findings(result, ALERTS)
    assert alerts.status is Status.SKIPPED and "configmap.yml" in alerts.message, alerts.message


def test_a_named_template_or_a_path_outside_templates_is_never_left_out() -> None:
    from deploycheck.sources.helm import _failing_template

    error = ('template: gorush/templates/configmap.yml:9:22: executing "gorush/templates/configmap.yml" at '
             '<.Values.stat.engine>: nil pointer evaluating interface {}.engine')
    assert _failing_template(error, "gorush") == "configmap.yml"
    assert _failing_template("execution error at (x/templates/sub/job.yaml:3:4): needed", "x") == "sub/job.yaml"
    assert _failing_template('template: x/templates/_helpers.tpl:3:4: executing "x.name"', "x") is None
    assert _failing_template("template: x/templates/../../etc/passwd:1:1", "x") is None
    # a subchart's template (`x/charts/y/templates/...`) or another chart's whose name ends the same is not ours
    assert _failing_template("template: x/charts/y/templates/a.yaml:1:1", "y") is None
    assert _failing_template("template: other-x/templates/a.yaml:1:1", "x") is None
    assert _failing_template("template: x/templates/a.yaml:1:1", "") is None


# api-platform-demo's helm/api-platform (real lines, trimmed): configmap.yaml names a helper of bitnami's common library
# (`template "common.names.fullname" .Subcharts.keycloak`), which the keycloak subchart would bring but no chart here
# defines, and deployment.yaml includes configmap.yaml for its checksum, so both fail; the CronJob beside them
# (`.Values.resources`, {} by default: a labelled problem) was never checked. Its Service selects the Deployment's
# pods, which were not rendered: that is not known to be wrong.
API_PLATFORM = {
    "helm/api-platform/Chart.yaml": """\
apiVersion: v2
name: api-platform
type: application
version: 4.0.5
appVersion: 4.0.5
""",
    "helm/api-platform/values.yaml": """\
php:
  image:
    repository: "chart-example.local/api-platform/php"
    tag: ""
resources: {}
keycloak:
  enabled: true
""",
    "helm/api-platform/templates/configmap.yaml": """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: api-platform
data:
  oidc-server-url-internal: "http://{{ template "common.names.fullname" .Subcharts.keycloak }}/oidc/realms/demo"
""",
    "helm/api-platform/templates/deployment.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api-platform
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: api-platform
  template:
    metadata:
      annotations:
        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
      labels:
        app.kubernetes.io/name: api-platform
    spec:
      containers:
        - name: php
          image: "{{ .Values.php.image.repository }}:{{ .Values.php.image.tag | default .Chart.AppVersion }}"
""",
    "helm/api-platform/templates/service.yaml": """\
apiVersion: v1
kind: Service
metadata:
  name: api-platform
spec:
  ports:
    - port: 80
      targetPort: http
  selector:
    app.kubernetes.io/name: api-platform
""",
    "helm/api-platform/templates/cronjob.yaml": """\
apiVersion: batch/v1
kind: CronJob
metadata:
  name: api-platform-cronjob
spec:
  schedule: '0 0 * * *'
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: {{ .Chart.Name }}-cronjob
              image: "{{ .Values.php.image.repository }}:{{ .Values.php.image.tag | default .Chart.AppVersion }}"
              args: ['bin/console', 'doctrine:fixtures:load', '--no-interaction']
              resources:
                {{- toYaml .Values.resources | nindent 16 }}
""",
}


def test_a_service_whose_pods_were_in_a_left_out_template_is_not_judged(tmp_path: Path) -> None:
    write(tmp_path, API_PLATFORM)
    result = scan(tmp_path, only=(REQUESTS, SELECTORS, RENDERS))
    [limits] = findings(result, REQUESTS, Status.FAIL)
    assert limits.location and limits.location.object and limits.location.object.kind == "CronJob"
    [service] = findings(result, SELECTORS)
    assert service.status is Status.SKIPPED, (service.status, service.message)
    assert "deployment.yaml" in service.message and "configmap.yaml" in service.message
    [render] = findings(result, RENDERS)
    assert render.status is Status.ERROR and "common.names.fullname" in render.message, render.message


TIMEOUTS = "external-services/http-timeouts"

# laa-check-client-qualifies (real lines, trimmed): app/lib/cfe_connection.rb opens the connection to CFE, called for
# every eligibility assessment, with no timeout; app/services/host_service_client.rb sets its own. Ruby was not read,
# so the check said "HTTP timeouts are read from Python code ...; none found" (skipped): a labelled miss.
CCQ_CFE_CONNECTION = """\
class CfeConnection
  CFE_HOST = ENV["CFE_HOST"]

  def cfe_connection
    Faraday.new(url: CFE_HOST, headers: { "Accept" => "application/json",
                                          "User-Agent" => user_agent_string }) do |faraday|
      faraday.request :json
      faraday.request :retry, max: 3, interval: 0.05,
                              interval_randomness: 0.5, backoff_factor: 2,
                              retry_statuses: [502, 504]
      faraday.response :json
      faraday.adapter :net_http_persistent
    end
  end
end
"""
CCQ_HOST_SERVICE_CLIENT = """\
class HostServiceClient
  CONNECT_TIMEOUT = 2
  READ_TIMEOUT = 5

  def connection(cookies:)
    Faraday.new(url: ENV.fetch("HOST_SERVICE_URL")) do |faraday|
      faraday.options.open_timeout = CONNECT_TIMEOUT
      faraday.options.timeout = READ_TIMEOUT
      faraday.headers["Cookie"] = cookies if cookies.present?
      faraday.adapter :net_http_persistent
    end
  end
end
"""
# laa-court-data-adaptor's app/services/common_platform/connection.rb (real lines, trimmed): the adapter's read_timeout
# is the request's; idle_timeout is how long an unused connection is kept, no timeout of a request
CDA_COMMON_PLATFORM = """\
module CommonPlatform
  class Connection
    def initialize
      @connection = Faraday.new HOST, options do |connection|
        connection.request :json
        connection.adapter :net_http_persistent, {
          keep_alive: 60,
          idle_timeout: 120,
          read_timeout: 30, # 30 seconds: to have safe buffer for slow responses
        }
      end
    end
  end
end
"""


def test_faraday_connections_without_a_timeout_of_their_own_are_reported(tmp_path: Path) -> None:
    write(tmp_path, {"Gemfile": "source 'https://rubygems.org'\ngem 'faraday'\n",
                     "app/lib/cfe_connection.rb": CCQ_CFE_CONNECTION,
                     "app/services/host_service_client.rb": CCQ_HOST_SERVICE_CLIENT,
                     "app/services/common_platform/connection.rb": CDA_COMMON_PLATFORM,
                     "spec/lib/cfe_connection_spec.rb": "Faraday.new(url: 'http://localhost')\n"})
    result = findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)
    assert [(f.status, f.location and f.location.path) for f in result] == [
        (Status.WARN, "app/lib/cfe_connection.rb")], [f.message for f in result]
    assert "Net::HTTP" in result[0].message and "60 s" in result[0].message


def test_a_ruby_client_that_is_not_read_keeps_the_item_from_passing(tmp_path: Path) -> None:
    # hmpps-book-secure-move-api's app/lib/hmpps_api_client.rb builds an OAuth2::Client; its timeouts are not read
    write(tmp_path, {"app/services/host_service_client.rb": CCQ_HOST_SERVICE_CLIENT,
                     "app/lib/hmpps_api_client.rb": "OAUTH = OAuth2::Client.new(id, secret, site: SITE)\n"})
    statuses = sorted(f.status.value for f in findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS))
    assert statuses == ["pass", "skipped"], statuses


PRIVILEGED = "endpoint-security/privileged"
LITERAL_ENV = "secrets-management/literal-env"
SCRAPED = "monitoring/metrics-scraped"

# skywalking-showcase's umbrella chart (real lines, trimmed): feature-baseline/deployment.yml reads
# `.Values.features.baseline.enabled`, a key values.yaml does not have, so nothing rendered; with that template left
# out the sample services render. The rover DaemonSet (privileged, in the labels) is behind a feature flag off in
# values.yaml, so the gateway's "not privileged" must not read as the chart's pass: the left-out template could hold
# anything.
SKYWALKING = {
    "deploy/platform/kubernetes/Chart.yaml": "apiVersion: v2\nname: skywalking-showcase\nversion: 0.0.0\n",
    "deploy/platform/kubernetes/values.yaml": """\
features:
  kubernetesMonitor:
    enabled: false
sampleServices:
  hub: ghcr.io/apache/skywalking-showcase
  tag: latest
  namespace: sample-services
""",
    "deploy/platform/kubernetes/templates/feature-baseline/deployment.yml": """\
{{- if .Values.features.baseline.enabled }}
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: predictor-data
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: "10Gi"
{{- end }}
""",
    "deploy/platform/kubernetes/templates/feature-agent/resources.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway-deployment
  namespace: {{ .Values.sampleServices.namespace }}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: gateway
  template:
    metadata:
      labels:
        app: gateway
    spec:
      containers:
        - name: gateway
          image: "{{ .Values.sampleServices.hub }}/gateway-service:{{ .Values.sampleServices.tag }}"
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: 80
          env:
            - name: SW_AGENT_NAME
              value: agent::gateway
            - name: SW_AGENT_COLLECTOR_BACKEND_SERVICES
              value: demo-oap.skywalking-showcase:11800
""",
}


def test_passes_of_a_chart_rendered_without_a_failing_template_are_not_the_charts_pass(tmp_path: Path) -> None:
    write(tmp_path, SKYWALKING)
    result = scan(tmp_path, only=(PRIVILEGED, LITERAL_ENV, SCRAPED))
    [privileged] = findings(result, PRIVILEGED)
    assert privileged.status is Status.SKIPPED and "feature-baseline/deployment.yml" in privileged.message
    [literal] = findings(result, LITERAL_ENV)
    assert literal.status is Status.SKIPPED and "did not render" in literal.message, literal.message
    # the gateway pushes to SkyWalking's OAP: monitored (a pass, made a caveat here as well)
    [scraped] = findings(result, SCRAPED)
    assert scraped.status is Status.SKIPPED, (scraped.status, scraped.message)


def test_a_workload_reporting_to_skywalking_is_monitored(tmp_path: Path) -> None:
    values = SKYWALKING["deploy/platform/kubernetes/values.yaml"].replace(
        "  kubernetesMonitor:", "  baseline:\n    enabled: false\n  kubernetesMonitor:")
    write(tmp_path, {**SKYWALKING, "deploy/platform/kubernetes/values.yaml": values})
    [scraped] = findings(scan(tmp_path, only=(SCRAPED,)), SCRAPED)
    assert scraped.status is Status.PASS and "SW_AGENT_COLLECTOR_BACKEND_SERVICES" in scraped.message, scraped.message


REFERENCES = "manifests/references"
CONFIGMAPS = "sensitive-config/configmaps"
CRONJOB_POLICY = "rollout-strategy/cronjob-policy"

# hmpps-book-secure-move-api's helm_deploy (real lines, trimmed): the environments' values files sit beside the chart
# folder (recall-g's branch, finished here); the app CronJobs they list run as `book-a-secure-move-api`, which
# values.yaml hands to the generic-service dependency as `serviceAccountName`: the namespace's account, made by the
# platform (the set's decision: named, not created, stays not a problem).
HMPPS_BOOK = {
    "helm_deploy/hmpps-book-secure-move-api/Chart.yaml": """\
apiVersion: v2
appVersion: '2'
name: hmpps-book-secure-move-api
version: 0.2.0
dependencies:
  - name: generic-service
    version: 2.5.0
    repository: https://ministryofjustice.github.io/hmpps-helm-charts
""",
    "helm_deploy/hmpps-book-secure-move-api/values.yaml": """\
---
buildEnv: unknown_environment # override per environment

generic-service:
  nameOverride: hmpps-book-secure-move-api
  serviceAccountName: book-a-secure-move-api

  image:
    repository: quay.io/hmpps/hmpps-book-secure-move-api
    tag: app_version    # override at deployment time
""",
    "helm_deploy/hmpps-book-secure-move-api/templates/cron_jobs.yaml": """\
{{- $genericService := index .Values "generic-service" -}}
{{- range .Values.cronJobs }}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ printf "%s-%s" (include "generic-service.fullname" $) .name | trunc 52 }}
spec:
  schedule: "{{ .schedule }}"
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: book-a-secure-move-api
          containers:
            - name: {{ .name }}
              image: "{{ $genericService.image.repository }}:{{ $genericService.image.tag }}"
              command:
                {{- toYaml .command | nindent 16 }}
          restartPolicy: OnFailure
{{- end }}
""",
    "helm_deploy/values-production.yaml": """\
---
# Per environment values which override defaults in hmpps-book-secure-move-api/values.yaml

cronJobs:
  - name: access-log-cleanup
    schedule: "0 2 * * *"
    command: ["bundle", "exec", "rake", "access_logs:cleanup"]
""",
}


def test_the_account_values_hand_a_dependency_as_service_account_name_is_an_existing_one(tmp_path: Path) -> None:
    write(tmp_path, HMPPS_BOOK)
    result = scan(tmp_path, only=(REFERENCES, CRONJOB_POLICY))
    assert not findings(result, REFERENCES, Status.WARN), [f.message for f in findings(result, REFERENCES)]
    [resolved] = findings(result, REFERENCES, Status.PASS)
    assert "generic-service.serviceAccountName" in resolved.message, resolved.message
    [cron] = findings(result, CRONJOB_POLICY, Status.WARN)  # the production CronJob is rendered (recall-g's miss)
    assert cron.location and cron.location.object and cron.location.object.name == "generic-service-access-log-cleanup"
    # a chart that makes ServiceAccounts of its own meant to make this one too: the reference stays reported
    sa = ("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: other\n")
    write(tmp_path / "own", {**HMPPS_BOOK, "helm_deploy/hmpps-book-secure-move-api/templates/sa.yaml": sa})
    assert findings(scan(tmp_path / "own", only=(REFERENCES,)), REFERENCES, Status.WARN)


def test_an_example_values_file_beside_the_chart_folder_is_not_an_environment(tmp_path: Path) -> None:
    # smilr's kubernetes/helm/values.sample.yaml: the README copies it and edits it before installing
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.helm import discovered_values_files

    write(tmp_path, {"kubernetes/helm/smilr/Chart.yaml": "apiVersion: v2\nname: smilr\nversion: 0.1.0\n",
                     "kubernetes/helm/smilr/values.yaml": "dataApi:\n  replicas: 2\n",
                     "kubernetes/helm/values.sample.yaml": "dataApi:\n  replicas: 1\n",
                     "kubernetes/helm/values-prod.yaml": "dataApi:\n  replicas: 3\n"})
    ctx = Context(tmp_path, load_config(tmp_path))
    assert discovered_values_files(ctx, "kubernetes/helm/smilr") == ["kubernetes/helm/values-prod.yaml"]


# hmpps-book-secure-move-api's report and preprod-refresh ConfigMaps (real lines, trimmed): a script named for the
# token it builds a JWT from, and an upsert's `key = EXCLUDED.key,`; neither holds a credential
REPORT_SCRIPTS = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: generic-service-automated-reports-scripts
data:
  notify-token.sh: |-
    #!/bin/bash
    iss=$(echo ${NOTIFY_TOKEN} | awk -F '-' '{print $2"-"$3"-"$4"-"$5"-"$6 }')
    secret=$(echo ${NOTIFY_TOKEN} | awk -F '-' '{print $7"-"$8"-"$9"-"$10"-"$11 }')
  copyFromTemp.sql: |-
    BEGIN;
    INSERT INTO framework_questions SELECT * FROM framework_questions_temp ON CONFLICT (id) DO UPDATE
    SET
    framework_id = EXCLUDED.framework_id,
    key = EXCLUDED.key,
    section = EXCLUDED.section;
"""


def test_scripts_and_sql_in_a_configmap_are_read_as_files_not_as_secret_values(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/reports.yaml": REPORT_SCRIPTS})
    assert [f.status for f in findings(scan(tmp_path, only=(CONFIGMAPS,)), CONFIGMAPS)] == [Status.PASS]
    # a script that writes a password out is still read: the literal is reported
    leaky = REPORT_SCRIPTS.replace("#!/bin/bash", "#!/bin/bash\n    PGPASSWORD=Vq8rT2mZx4Lp9s")
    write(tmp_path / "leaky", {"k8s/reports.yaml": leaky})
    [f] = findings(scan(tmp_path / "leaky", only=(CONFIGMAPS,)), CONFIGMAPS)
    assert f.status is Status.FAIL and "notify-token.sh" in f.message, (f.status, f.message)


# pcq-frontend's app/utils/AsyncFetch.js (real lines, trimmed): Node's global fetch with no AbortSignal, for every call
# to pcq-backend; the method of the same name is no call. An Express server (package.json), so the item said
# "none found" (skipped).
PCQ_ASYNC_FETCH = """\
'use strict';

class AsyncFetch {
    buildRequest(url, fetchOptions) {
        return new Request(url, fetchOptions);
    }

    fetch(url, fetchOptions, parseBody) {
        return new Promise((resolve, reject) => {
            const asyncReq = this.buildRequest(url, fetchOptions);
            fetch(asyncReq, this.retryOptions())
                .then(res => parseBody(res))
                .then(body => resolve(body))
                .catch(err => reject(Error(err)));
        });
    }
}

module.exports = AsyncFetch;
"""


def test_nodes_fetch_without_a_signal_in_a_node_server_is_reported(tmp_path: Path) -> None:
    package = '{"name": "pcq-frontend", "dependencies": {"express": "^4.21.2"}}\n'
    write(tmp_path, {"package.json": package, "app/utils/AsyncFetch.js": PCQ_ASYNC_FETCH,
                     "app/utils/Timed.js": "const r = await fetch(url, {signal: AbortSignal.timeout(5000)});\n",
                     "app/components/api.js": "module.exports = { get: (x) => client.fetch(x) };\n"})
    result = findings(scan(tmp_path, only=(TIMEOUTS,)), TIMEOUTS)
    assert [(f.status, f.location and f.location.path, f.location and f.location.line) for f in result
            if f.status is not Status.PASS] == [(Status.WARN, "app/utils/AsyncFetch.js", 11)], \
        [(f.status, f.message) for f in result]
