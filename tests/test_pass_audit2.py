"""Passes of required items' checks that were not earned (pass-audit2, 2026-11-29 late): each test is built from
real lines (the libraries' documented examples, public repositories) and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write
from tests.test_kubernetes_helm import needs_helm

from deploycheck.model import Status

# --- sensitive-config/kubernetes-secrets: kustomize secretGenerators ---------------------------------------------

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wordpress-mysql
spec:
  selector:
    matchLabels: {app: wordpress}
  template:
    metadata:
      labels: {app: wordpress}
    spec:
      containers:
      - image: mysql:8.0
        name: mysql
        env:
        - name: MYSQL_ROOT_PASSWORD
          valueFrom:
            secretKeyRef: {name: mysql-pass, key: password}
"""


def _secrets(root: Path) -> list[tuple[Status, str | None, int | None]]:
    return [(f.status, f.location.path if f.location else None, f.location.line if f.location else None)
            for f in findings(scan(root, only=("sensitive-config/kubernetes-secrets",)),
                              "sensitive-config/kubernetes-secrets")]


def test_a_secret_generator_with_literals_puts_the_values_in_the_repository(tmp_path: Path) -> None:
    # kubernetes.io "Managing Secrets using Kustomize" (literals), and the WordPress tutorial's placeholder
    write(tmp_path, {"kustomization.yaml": "secretGenerator:\n- name: database-creds\n  literals:\n"
                                          "  - username=admin\n  - password=1f2d1e2e67df\n"
                                          "resources:\n  - mysql-deployment.yaml\n",
                     "mysql-deployment.yaml": DEPLOYMENT})
    assert _secrets(tmp_path) == [(Status.FAIL, "kustomization.yaml", 2)]
    write(tmp_path, {"kustomization.yaml": "secretGenerator:\n- name: mysql-pass\n  literals:\n"
                                          "  - password=YOUR_PASSWORD\nresources:\n  - mysql-deployment.yaml\n"})
    assert _secrets(tmp_path) == [(Status.WARN, "kustomization.yaml", 2)]


def test_a_secret_generator_reading_committed_files_fails_and_one_reading_absent_files_passes(tmp_path: Path) -> None:
    write(tmp_path, {"base/kustomization.yaml": "resources:\n- deployment.yaml\nsecretGenerator:\n"
                                                "- name: db\n  envs:\n  - db.env\n"
                                                "- name: app-tls\n  files:\n  - secret/tls.crt\n  - secret/tls.key\n"
                                                "  type: kubernetes.io/tls\n",
                     "base/deployment.yaml": DEPLOYMENT,
                     "base/db.env": "DB_USER=wordpress\nDB_PASSWORD=Tr0ub4dor-3xQ9vL2p\n",
                     "base/secret/tls.crt": "-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n"})
    # the env file is committed; the TLS key is not (ignored, made by the pipeline) and the certificate is public
    assert _secrets(tmp_path) == [(Status.FAIL, "base/kustomization.yaml", 4),
                                  (Status.PASS, "base/kustomization.yaml", 7)]


# --- logging/stdout: Node and Go file logging --------------------------------------------------------------------

def _stdout(root: Path) -> list[tuple[Status, str | None, int | None]]:
    return [(f.status, f.location.path if f.location else None, f.location.line if f.location else None)
            for f in findings(scan(root, only=("logging/stdout",)), "logging/stdout")]


# winston's README, as written
WINSTON = """\
const winston = require('winston');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  defaultMeta: { service: 'user-service' },
  transports: [
    //
    // - Write all logs with importance level of `error` or higher to `error.log`
    //   (i.e., error, fatal, but not other levels)
    //
    new winston.transports.File({ filename: 'error.log', level: 'error' }),
    //
    // - Write all logs with importance level of `info` or higher to `combined.log`
    //   (i.e., fatal, error, warn, and info, but not trace)
    //
    new winston.transports.File({ filename: 'combined.log' }),
  ],
});

if (process.env.NODE_ENV !== 'production') {
  logger.add(new winston.transports.Console({
    format: winston.format.simple(),
  }));
}

module.exports = logger;
"""


def test_winston_file_transports_write_logs_to_files(tmp_path: Path) -> None:
    write(tmp_path, {"src/logger.js": WINSTON, "package.json": '{"name": "user-service"}\n'})
    assert _stdout(tmp_path) == [(Status.FAIL, "src/logger.js", 12), (Status.FAIL, "src/logger.js", 17)]


def test_pino_destinations_and_the_pino_file_transport_with_a_path(tmp_path: Path) -> None:
    # pino's docs (api.md "pino.destination", transports.md "pino/file")
    write(tmp_path, {"src/log.js": "const pino = require('pino')\nconst logger = pino(pino.destination('./my-file'))\n"
                                   "module.exports = logger\n",
                     "src/transport.js": "const pino = require('pino')\nconst transport = pino.transport({\n"
                                         "  target: 'pino/file',\n  options: { destination: '/path/to/file' }\n})\n"
                                         "module.exports = pino(transport)\n"})
    assert _stdout(tmp_path) == [(Status.FAIL, "src/log.js", 2), (Status.FAIL, "src/transport.js", 3)]


def test_pino_to_fd_1_or_a_pino_file_transport_without_a_path_writes_to_stdout(tmp_path: Path) -> None:
    write(tmp_path, {"src/log.js": "const pino = require('pino')\n"
                                   "const logger = pino(pino.destination({ dest: 1, sync: false }))\n"
                                   "const other = pino(pino.destination(process.stdout.fd))\n",
                     "src/transport.js": "const pino = require('pino')\nconst transport = pino.transport({\n"
                                         "  target: 'pino/file',\n  options: { destination: 1 }\n})\n"})
    assert [s for s, _, _ in _stdout(tmp_path)] == [Status.PASS]


# lumberjack's README, as written
LUMBERJACK = """\
package main

import (
	"log"

	"gopkg.in/natefinch/lumberjack.v2"
)

func main() {
	log.SetOutput(&lumberjack.Logger{
		Filename:   "/var/log/myapp/foo.log",
		MaxSize:    500, // megabytes
		MaxBackups: 3,
		MaxAge:     28,   //days
		Compress:   true, // disabled by default
	})
}
"""

# logrus' README: the file output it shows in comments, written out as a service does it
LOGRUS = """\
package main

import (
	"os"

	"github.com/sirupsen/logrus"
)

var log = logrus.New()

func main() {
	// You could set this to any `io.Writer` such as a file
	// file, err := os.OpenFile("logrus.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0666)
	// if err == nil {
	//  log.Out = file
	// }
	file, err := os.OpenFile("logrus.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0666)
	if err == nil {
		log.Out = file
	} else {
		log.Info("Failed to log to file, using default stderr")
	}
}
"""


def test_go_lumberjack_opened_files_and_zap_output_paths_write_logs_to_files(tmp_path: Path) -> None:
    write(tmp_path, {"cmd/app/main.go": LUMBERJACK, "cmd/worker/main.go": LOGRUS,
                     "internal/log/zap.go": 'package log\n\nimport "go.uber.org/zap"\n\n'
                                            'func New() (*zap.Logger, error) {\n\tcfg := zap.NewProductionConfig()\n'
                                            '\tcfg.OutputPaths = []string{"stdout", "/var/log/app.log"}\n'
                                            '\treturn cfg.Build()\n}\n'})
    assert _stdout(tmp_path) == [(Status.FAIL, "cmd/app/main.go", 10), (Status.FAIL, "cmd/worker/main.go", 19),
                                 (Status.FAIL, "internal/log/zap.go", 7)]


def test_go_logs_to_stderr_and_a_file_opened_for_data_are_no_file_logging(tmp_path: Path) -> None:
    # stefanprodan/podinfo cmd/podinfo/main.go's zap config; a data file written by the service
    write(tmp_path, {"cmd/podinfo/main.go": 'package main\n\nimport "go.uber.org/zap"\n\nfunc initZap() {\n'
                                            '\tzapConfig := zap.Config{\n\t\tOutputPaths:      []string{"stderr"},\n'
                                            '\t\tErrorOutputPaths: []string{"stderr"},\n\t}\n\t_ = zapConfig\n}\n',
                     "pkg/store/dump.go": 'package store\n\nimport (\n\t"log"\n\t"os"\n)\n\nfunc Dump() {\n'
                                          '\tf, err := os.Create("/data/dump.json")\n\tif err != nil {\n'
                                          '\t\tlog.Println(err)\n\t}\n\tdefer f.Close()\n}\n'})
    assert [s for s, _, _ in _stdout(tmp_path)] == [Status.PASS]


# --- monitoring/alert-rules: a monitoring stack's or a dependency's rules are not the service's alerts ------------

ORDERS = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  selector:
    matchLabels: {app: orders}
  template:
    metadata:
      labels: {app: orders}
    spec:
      containers:
      - name: orders
        image: ghcr.io/acme/orders:1.4.2
"""
# prometheus-operator/kube-prometheus manifests/kubePrometheus-prometheusRule.yaml (two of its alerts), committed
# beside the service's manifests as teams do to install the stack
KUBE_PROMETHEUS_RULES = """\
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  labels:
    app.kubernetes.io/component: exporter
    app.kubernetes.io/name: kube-prometheus
    app.kubernetes.io/part-of: kube-prometheus
    prometheus: k8s
    role: alert-rules
  name: kube-prometheus-rules
  namespace: monitoring
spec:
  groups:
  - name: general.rules
    rules:
    - alert: TargetDown
      annotations:
        runbook_url: https://runbooks.prometheus-operator.dev/runbooks/general/targetdown
        summary: One or more targets are unreachable.
      expr: 100 * (count(up == 0) BY (cluster, job, namespace, service) /
        count(up) BY (cluster, job, namespace, service)) > 10
      for: 10m
      labels:
        severity: warning
    - alert: Watchdog
      annotations:
        runbook_url: https://runbooks.prometheus-operator.dev/runbooks/general/watchdog
        summary: An alert that should always be firing to certify that Alertmanager is working properly.
      expr: vector(1)
      labels:
        severity: none
"""
# the team's own rule, shaped as bank-of-anthos' extras/prometheus/oss/rules.yaml (the `release` label lets the
# stack's Prometheus select it)
TEAM_RULE = """\
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: orders-uptime
  labels:
    release: kube-prometheus-stack
spec:
  groups:
  - name: orders
    rules:
    - alert: OrdersUnavailable
      expr: probe_success{job="orders"} == 0
      for: 1m
      labels:
        severity: critical
"""


def _alerts(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("monitoring/alert-rules",)), "monitoring/alert-rules")]


def test_a_monitoring_stacks_own_rules_are_no_alerts_about_the_service(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/orders.yaml": ORDERS, "monitoring/kubePrometheus-prometheusRule.yaml": KUBE_PROMETHEUS_RULES})
    assert _alerts(tmp_path) == [Status.FAIL]
    write(tmp_path, {"k8s/orders-rules.yaml": TEAM_RULE})
    assert _alerts(tmp_path) == [Status.PASS]


# A Bitnami-style subchart vendored under the service's chart: its PrometheusRule template renders the rules of its
# values (bitnami/redis templates/prometheusrule.yaml), here the defaults the subchart itself ships.
SUBCHART_RULE = """\
{{- if and .Values.metrics.enabled .Values.metrics.prometheusRule.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: {{ .Release.Name }}-redis
  labels:
    app.kubernetes.io/name: redis
    helm.sh/chart: redis-17.3.7
spec:
  groups:
    - name: {{ .Release.Name }}-redis
      rules: {{- toYaml .Values.metrics.prometheusRule.rules | nindent 8 }}
{{- end }}
"""
SUBCHART_VALUES = """\
metrics:
  enabled: false
  prometheusRule:
    enabled: false
    rules:
      - alert: RedisDown
        expr: redis_up{service="redis-metrics"} == 0
        for: 2m
        labels:
          severity: error
"""
SHOP_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-orders
spec:
  selector:
    matchLabels: {app: orders}
  template:
    metadata:
      labels: {app: orders}
    spec:
      containers:
      - name: orders
        image: ghcr.io/acme/orders:1.4.2
"""


@needs_helm
def test_a_vendored_subcharts_default_rules_are_not_the_teams_alerts(tmp_path: Path) -> None:
    write(tmp_path, {"deploy/shop/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n"
                                               "  - name: redis\n    version: 17.3.7\n"
                                               "    repository: https://charts.bitnami.com/bitnami\n",
                     "deploy/shop/values.yaml": "redis:\n  metrics:\n    enabled: true\n    prometheusRule:\n"
                                                "      enabled: true\n",
                     "deploy/shop/templates/deployment.yaml": SHOP_DEPLOYMENT,
                     "deploy/shop/charts/redis/Chart.yaml": "apiVersion: v2\nname: redis\nversion: 17.3.7\n",
                     "deploy/shop/charts/redis/values.yaml": SUBCHART_VALUES,
                     "deploy/shop/charts/redis/templates/prometheusrule.yaml": SUBCHART_RULE})
    assert _alerts(tmp_path) == [Status.FAIL]
    # the same template rendering rules the team wrote in its own values file: the team's alerts
    write(tmp_path, {"deploy/shop/values.yaml": "redis:\n  metrics:\n    enabled: true\n    prometheusRule:\n"
                                                "      enabled: true\n      rules:\n        - alert: OrdersCacheDown\n"
                                                "          expr: redis_up == 0\n          for: 2m\n"})
    assert _alerts(tmp_path) == [Status.PASS]


# --- env-vars/documented: one service's documents do not document another service's reads ------------------------

def _documented(root: Path) -> list[tuple[Status, str | None]]:
    return [(f.status, f.location.path if f.location else None)
            for f in findings(scan(root, only=("env-vars/documented",)), "env-vars/documented")]


def test_a_variable_documented_in_another_services_readme_is_undocumented_for_this_one(tmp_path: Path) -> None:
    write(tmp_path, {
        "services/orders/package.json": '{"name": "orders", "dependencies": {"pg": "^8.11.3"}}\n',
        "services/orders/index.js": "const { Pool } = require('pg')\n"
                                    "const pool = new Pool({ connectionString: process.env.DATABASE_URL })\n",
        "services/orders/README.md": "# orders\n\n## Configuration\n\n| Variable | Meaning |\n|---|---|\n"
                                     "| `DATABASE_URL` | PostgreSQL connection string |\n",
        "services/billing/go.mod": "module github.com/acme/billing\n\ngo 1.22\n\nrequire github.com/lib/pq v1.10.9\n",
        "services/billing/main.go": 'package main\n\nimport (\n\t"database/sql"\n\t"os"\n\n'
                                    '\t_ "github.com/lib/pq"\n)\n\nfunc main() {\n'
                                    '\tdb, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))\n'
                                    '\t_ = db\n}\n',
        "services/billing/README.md": "# billing\n\nRuns the monthly invoices.\n"})
    assert _documented(tmp_path) == [(Status.FAIL, "services/billing/main.go")]
    # billing's own README names it in a table row as smilr's node/frontend/readme.md does (`|PORT|Optional...|`)
    write(tmp_path, {"services/billing/README.md": "# billing\n\n|Variable Name|Purpose|\n|---|---|\n"
                                                   "|DATABASE_URL|PostgreSQL connection string|\n"})
    assert _documented(tmp_path) == [(Status.PASS, None)]
    write(tmp_path, {"services/billing/README.md": "# billing\n\nRuns the monthly invoices.\n"})
    # documented in the repository's root README, outside every service's folder: documented for both
    write(tmp_path, {"README.md": "# shop\n\nEvery service reads `DATABASE_URL`, the PostgreSQL connection string.\n"})
    assert _documented(tmp_path) == [(Status.PASS, None)]


# --- migration-scripts/tree: one service's migrations do not migrate another service's database -----------------

ORDERS_POM = """\
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>orders</artifactId>
  <version>1.0.0</version>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-data-jpa</artifactId>
    </dependency>
    <dependency>
      <groupId>org.flywaydb</groupId>
      <artifactId>flyway-core</artifactId>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <scope>runtime</scope>
    </dependency>
  </dependencies>
</project>
"""
BILLING_GO_MOD = "module github.com/acme/billing\n\ngo 1.22\n\nrequire github.com/lib/pq v1.10.9\n"


def _tree(root: Path) -> list[tuple[Status, str | None]]:
    return [(f.status, f.location.path if f.location else None)
            for f in findings(scan(root, only=("migration-scripts/tree",)), "migration-scripts/tree")]


def test_a_service_image_with_a_database_and_no_migration_tree_of_its_own_fails(tmp_path: Path) -> None:
    write(tmp_path, {
        "services/orders/pom.xml": ORDERS_POM,
        "services/orders/Dockerfile": "FROM eclipse-temurin:21-jre\nCOPY target/orders.jar /app.jar\n"
                                      "USER 1000\nENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n",
        "services/orders/src/main/resources/db/migration/V1__create_orders.sql":
            "CREATE TABLE orders (id BIGSERIAL PRIMARY KEY, total NUMERIC NOT NULL);\n",
        "services/billing/go.mod": BILLING_GO_MOD,
        "services/billing/Dockerfile": "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /billing\n"
                                       "FROM gcr.io/distroless/static\nCOPY --from=build /billing /billing\n"
                                       "USER 65532\nENTRYPOINT [\"/billing\"]\n",
        "services/billing/main.go": 'package main\n\nimport (\n\t"database/sql"\n\t"os"\n\n'
                                    '\t_ "github.com/lib/pq"\n)\n\nfunc main() {\n'
                                    '\tdb, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))\n\t_ = db\n}\n'})
    assert sorted(_tree(tmp_path), key=str) == [(Status.FAIL, "services/billing/go.mod"),
                                                (Status.PASS, "services/orders/src/main/resources/db/migration")]
    # a tree of its own (golang-migrate): both images migrate their schema
    write(tmp_path, {"services/billing/migrations/000001_create_invoices.up.sql": "CREATE TABLE invoices (id int);\n",
                     "services/billing/migrations/000001_create_invoices.down.sql": "DROP TABLE invoices;\n"})
    assert [s for s, _ in _tree(tmp_path)] == [Status.PASS, Status.PASS]


def test_one_liquibase_tree_gathering_every_modules_changelogs_covers_each_image(tmp_path: Path) -> None:
    # yas (bench/accuracy/repos/yas): customer/ and order/ each build an image and hold their own changelogs, which
    # the Liquibase reader gathers into one tree
    master = ("databaseChangeLog:\n  - includeAll:\n      path: db/changelog/ddl/\n")
    pom = ORDERS_POM.replace("<artifactId>flyway-core</artifactId>", "<artifactId>spring-boot-starter-liquibase"
                                                                     "</artifactId>").replace(
        "<groupId>org.flywaydb</groupId>", "<groupId>org.springframework.boot</groupId>")
    files = {}
    for service, table in (("customer", "user_address"), ("order", "order_item")):
        files |= {f"{service}/pom.xml": pom.replace("<artifactId>orders</artifactId>", f"<artifactId>{service}"
                                                                                         "</artifactId>"),
                  f"{service}/Dockerfile": "FROM eclipse-temurin:21-jre-alpine\nCOPY target/*.jar app.jar\n"
                                           "ENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n",
                  f"{service}/src/main/resources/db/changelog/db.changelog-master.yaml": master,
                  f"{service}/src/main/resources/db/changelog/ddl/changelog-0001.sql":
                      f"create table {table} (id bigserial not null, primary key(id))\n"}
    write(tmp_path, files)
    assert [s for s, _ in _tree(tmp_path)] == [Status.PASS]


# --- dockerfile/present: one service's Dockerfile does not build another service's image -------------------------

def _deployment(name: str) -> str:
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n  selector:\n    matchLabels: "
            f"{{app: {name}}}\n  template:\n    metadata:\n      labels: {{app: {name}}}\n    spec:\n"
            f"      containers:\n      - name: {name}\n        image: ghcr.io/acme/{name}:1.4.2\n")


def _present(root: Path) -> list[tuple[Status, str | None]]:
    return [(f.status, f.location.path if f.location else None)
            for f in findings(scan(root, only=("dockerfile/present",)), "dockerfile/present")]


def test_a_deployed_image_of_a_service_folder_without_a_dockerfile_fails(tmp_path: Path) -> None:
    write(tmp_path, {
        "services/orders/package.json": '{"name": "orders", "dependencies": {"express": "^4.19.2"}}\n',
        "services/orders/index.js": "const express = require('express')\nexpress().listen(8080)\n",
        "services/orders/Dockerfile": "FROM node:20-alpine\nWORKDIR /srv\nCOPY . .\nRUN npm ci --omit=dev\n"
                                      "USER node\nCMD [\"node\", \"index.js\"]\n",
        "services/billing/go.mod": BILLING_GO_MOD,
        "services/billing/main.go": 'package main\n\nfunc main() {}\n',
        "k8s/orders.yaml": _deployment("orders"),
        "k8s/billing.yaml": _deployment("billing")})
    assert _present(tmp_path) == [(Status.FAIL, "k8s/billing.yaml")]
    # the image built by a Dockerfile kept elsewhere that names it
    write(tmp_path, {"docker/billing.Dockerfile": "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY services/billing .\n"
                                                  "RUN go build -o /billing\nFROM gcr.io/distroless/static\n"
                                                  "COPY --from=build /billing /billing\nUSER 65532\n"})
    assert [s for s, _ in _present(tmp_path)] == [Status.PASS]


# --- code-review/codeowners: a CODEOWNERS file that owns none of the code ----------------------------------------

def _owners(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("code-review/codeowners",)), "code-review/codeowners")]


def test_a_codeowners_file_owning_only_dependency_files_or_nothing_fails(tmp_path: Path) -> None:
    # (a low-severity check's failure is reported as a warning, as a missing CODEOWNERS file is)
    # microsoft/presidio .github/CODEOWNERS, as committed
    write(tmp_path, {"presidio-analyzer/presidio_analyzer/analyzer_engine.py": "class AnalyzerEngine:\n    pass\n",
                     "presidio-analyzer/pyproject.toml": '[project]\nname = "presidio-analyzer"\n',
                     ".github/CODEOWNERS": "# Package dependencies and version changes should be approved by a "
                                          "member of 'presidio-administrators' team\n"
                                          "**/pyproject.toml @data-privacy-stack/presidio-administrators\n"})
    assert _owners(tmp_path) == [Status.WARN]
    # GitHub's template, every line still commented out
    write(tmp_path, {".github/CODEOWNERS": "# These owners will be the default owners for everything in\n"
                                          "# the repo. Unless a later match takes precedence,\n"
                                          "#*       @global-owner1 @global-owner2\n"})
    assert _owners(tmp_path) == [Status.WARN]
    # cla-public's one rule, and a GitLab section whose default owners cover the paths below it
    write(tmp_path, {".github/CODEOWNERS": "*      @ministryofjustice/laa-get-access\n"})
    assert _owners(tmp_path) == [Status.PASS]
    write(tmp_path, {".github/CODEOWNERS": "[Analyzer] @presidio/analyzer-team\npresidio-analyzer/\n"})
    assert _owners(tmp_path) == [Status.PASS]


# --- rollback-plan/runbook: a vendored document's rollback command is not the team's procedure ------------------

def _runbook(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("rollback-plan/runbook",)), "rollback-plan/runbook")]


def test_a_rollback_command_in_a_vendored_or_subchart_document_is_no_procedure(tmp_path: Path) -> None:
    # the Kubernetes documentation's "Rolling Back a Deployment" lines, in a vendored module's and a subchart's README
    undo = ("## Rolling Back a Deployment\n\nNow you've decided to undo the current rollout and rollback to the "
            "previous revision:\n\n```shell\nkubectl rollout undo deployment/nginx-deployment\n```\n")
    write(tmp_path, {"README.md": "# orders\n\nDeploy with `helm upgrade --install orders deploy/orders`.\n",
                     "main.go": "package main\n\nfunc main() {}\n",
                     "vendor/github.com/acme/kubetools/README.md": undo,
                     "deploy/orders/Chart.yaml": "apiVersion: v2\nname: orders\nversion: 0.1.0\n",
                     "deploy/orders/charts/redis/Chart.yaml": "apiVersion: v2\nname: redis\nversion: 17.3.7\n",
                     "deploy/orders/charts/redis/README.md": undo})
    assert _runbook(tmp_path) == [Status.FAIL]
    write(tmp_path, {"docs/RUNBOOK.md": "# orders runbook\n\n## Rollback\n\n`helm rollback orders`\n"})
    assert _runbook(tmp_path) == [Status.PASS]


def test_a_rollback_command_for_a_workload_the_repository_does_not_deploy_is_no_procedure(tmp_path: Path) -> None:
    # learning notes kept beside the service (a public repository's notes file, as written), and the service's own
    # Deployment named orders
    write(tmp_path, {"k8s/orders.yaml": ORDERS, "main.go": "package main\n\nfunc main() {}\n",
                     "notes/kubectl.md": "rollout the deployment status\n```kubectl rollout status deployment/hello```"
                                         "\n\nrollout the deployment undo \n```kubectl rollout undo deployment/hello```"
                                         "\n"})
    assert _runbook(tmp_path) == [Status.FAIL]
    # the service's own Deployment, or a name given through a variable: a procedure
    write(tmp_path, {"notes/kubectl.md": "## Rolling back\n\n`kubectl rollout undo deployment/orders -n shop`\n"})
    assert _runbook(tmp_path) == [Status.PASS]
    write(tmp_path, {"notes/kubectl.md": "## Rolling back\n\n`kubectl rollout undo deployment/$APP`\n"})
    assert _runbook(tmp_path) == [Status.PASS]
