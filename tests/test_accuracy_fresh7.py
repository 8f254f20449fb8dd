"""What the fresh repositories spring-boot-best-practices (abhisheksr01/spring-boot-microservice-best-practices) and
go-api-boilerplate (vardius/go-api-boilerplate) showed (acc-fresh7, 2026-11-29 evening). Each test fails on the code
before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- manifests/deprecated-api: a templated manifest was never read (a false pass) ---------------------------------

# go-api-boilerplate's k8s/templates.yml.tpl, rendered by terraform's templatefile and piped to `kubectl apply -f -`
# (Makefile: `terraform output -raw templates | kubectl apply -f -`); the %{ for } directives make it no YAML.
TEMPLATES_YML_TPL = """\
---

apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: selfsigned-prod
  namespace: ${namespace}
spec:
  ca:
    secretName: wildcard-${replace(app, ".", "-")}-tls

---

apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: ${replace(app, ".", "-")}-ingress
  namespace: ${namespace}
  annotations:
    kubernetes.io/ingress.class: nginx
spec:
  tls:
    - secretName: wildcard-${replace(app, ".", "-")}-tls
      hosts:
      %{ for domain in domains }
        - "${domain.name}"
      %{ endfor }
  rules:
  %{ for domain in domains }
    - host: "${domain.name}"
      http:
        paths:
        %{ for path in domain.paths }
        - path: "${path.path}"
          backend:
            serviceName: "${path.serviceName}"
            servicePort: ${path.servicePort}
        %{ endfor }
  %{ endfor }
"""


def _deprecations(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("manifests/deprecated-api",))
    return [(f.status, f.message) for f in findings(result, "manifests/deprecated-api")]


def test_a_removed_api_version_in_a_templated_manifest_fails(tmp_path: Path) -> None:
    out = _deprecations(tmp_path, {"k8s/templates.yml.tpl": TEMPLATES_YML_TPL})
    assert [s for s, _ in out] == [Status.FAIL, Status.PASS]
    assert "Ingress in templated manifest k8s/templates.yml.tpl uses networking.k8s.io/v1beta1" in out[0][1]


def test_a_templated_manifest_on_current_versions_passes(tmp_path: Path) -> None:
    text = TEMPLATES_YML_TPL.replace("networking.k8s.io/v1beta1", "networking.k8s.io/v1")
    assert [s for s, _ in _deprecations(tmp_path, {"k8s/templates.yml.tpl": text})] == [Status.PASS]


def test_an_api_version_computed_by_the_template_is_not_judged(tmp_path: Path) -> None:
    text = TEMPLATES_YML_TPL.replace("apiVersion: networking.k8s.io/v1beta1", "apiVersion: ${ingress_api}")
    assert [s for s, _ in _deprecations(tmp_path, {"k8s/templates.yml.tpl": text})] == [Status.PASS]


def test_a_chart_helper_template_is_not_a_templated_manifest(tmp_path: Path) -> None:
    # a chart's templates are rendered by Helm: a .yaml.tpl inside a chart is read there, not as text
    files = {"chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
             "chart/templates/ingress.yaml.tpl": TEMPLATES_YML_TPL}
    assert all("templated manifest" not in m for _, m in _deprecations(tmp_path, files))


# --- sensitive-config/secret-scan: a format verb in a connection-string template is no password (a false alarm) ---

# go-api-boilerplate's cmd/auth/internal/application/services/mongo.go (detect-secrets' basic-auth pattern took `%s`)
MONGO_GO = """\
package services

func newMYSQLServiceContainer(ctx context.Context, cfg *config.Config) (*ServiceContainer, error) {
\tmongoConnection, err := mongo.Connect(ctx, options.Client().ApplyURI(
\t\tfmt.Sprintf("mongodb://%s:%s@%s:%d", cfg.MongoDB.User, cfg.MongoDB.Pass, cfg.MongoDB.Host, cfg.MongoDB.Port),
\t))
\treturn nil, err
}
"""


def _secret_messages(tmp_path: Path, text: str) -> list[str]:
    write(tmp_path, {"cmd/auth/services/mongo.go": text})
    result = scan(tmp_path, only=("sensitive-config/secret-scan",))
    return [f.message for f in findings(result, "sensitive-config/secret-scan") if f.status != Status.PASS]


def test_a_format_verb_in_a_connection_string_template_is_not_a_secret(tmp_path: Path) -> None:
    assert _secret_messages(tmp_path, MONGO_GO) == []


def test_a_literal_password_in_the_same_connection_string_is_reported(tmp_path: Path) -> None:
    text = MONGO_GO.replace('"mongodb://%s:%s@%s:%d", cfg.MongoDB.User, cfg.MongoDB.Pass,',
                            '"mongodb://root:Xk29vLmqP8wZ@%s:%d",')
    assert any("Basic Auth" in m for m in _secret_messages(tmp_path, text))


# --- cluster/namespace: terraform's helm_release is a deploy command too (a false alarm) --------------------------

# go-api-boilerplate's k8s/modules/service/helm.tf (the services) installs the repository's chart
HELM_TF = """\
resource "helm_release" "service" {
  name      = var.name
  namespace = var.namespace
  chart     = "./helm/charts/microservice"

  values = [
    <<-EOF
    nameOverride: ${var.name}

    podLabels:
      ${chomp(indent(2, yamlencode(var.labels)))}
    envFromSecretRefs:
      - ${var.envSecretName}
    EOF
  ]
}
"""
CHART = {
    "k8s/helm/charts/microservice/Chart.yaml": "apiVersion: v2\nname: microservice\nversion: 0.1.0\n"
                                               "appVersion: 1.0.0\n",
    "k8s/helm/charts/microservice/values.yaml": "image:\n  repository: golang\n  tag: latest\n",
    "k8s/helm/charts/microservice/templates/deployment.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
  namespace: {{ $.Release.Namespace }}
spec:
  selector:
    matchLabels:
      app: {{ .Release.Name }}
  template:
    metadata:
      labels:
        app: {{ .Release.Name }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
""",
}


def _namespace(tmp_path: Path, tf: str) -> list[tuple[Status, str]]:
    write(tmp_path, {**CHART, "k8s/modules/service/helm.tf": tf})
    result = scan(tmp_path, only=("cluster/namespace",))
    return [(f.status, f.message) for f in findings(result, "cluster/namespace")]


def test_a_terraform_helm_release_with_a_namespace_declares_it(tmp_path: Path) -> None:
    out = _namespace(tmp_path, HELM_TF)
    assert [s for s, _ in out] == [Status.PASS]
    assert "k8s/modules/service/helm.tf:1" in out[0][1]


def test_a_terraform_helm_release_without_a_namespace_leaves_it_to_the_default(tmp_path: Path) -> None:
    # the helm provider's namespace defaults to "default"
    out = _namespace(tmp_path, HELM_TF.replace("  namespace = var.namespace\n", ""))
    assert [s for s, _ in out] == [Status.WARN]


def test_a_release_of_a_chart_from_a_repository_is_someone_elses_chart(tmp_path: Path) -> None:
    tf = HELM_TF.replace('chart     = "./helm/charts/microservice"',
                         'repository = "https://charts.example.org"\n  chart     = "microservice"')
    assert [s for s, _ in _namespace(tmp_path, tf)] == [Status.WARN]


# --- smoke-tests/defined: a chart test that can never pass is no smoke test (a false pass) ------------------------

# go-api-boilerplate's k8s/helm/charts/microservice: the `helm create` test wgets `<fullname>:<.Values.service.port>`,
# but the chart's values name its ports `service.ports` (a list), so the test renders to `wget microservice:`
TEST_CONNECTION = """\
apiVersion: v1
kind: Pod
metadata:
  name: "{{ .Release.Name }}-test-connection"
  annotations:
    "helm.sh/hook": test-success
spec:
  containers:
    - name: wget
      image: busybox
      command: ['wget']
      args:  ['{{ .Chart.Name }}:{{ .Values.service.port }}']
  restartPolicy: Never
"""
VALUES_WITH_PORTS = """\
image:
  repository: golang
  tag: latest
service:
  type: ClusterIP
  ports:
    - name: http
      internalPort: 3000
      externalPort: 3000
"""


def _smoke(tmp_path: Path, values: str) -> list[tuple[Status, str]]:
    write(tmp_path, {**CHART, "k8s/helm/charts/microservice/values.yaml": values,
                     "k8s/helm/charts/microservice/templates/tests/test-connection.yaml": TEST_CONNECTION})
    result = scan(tmp_path, only=("smoke-tests/defined",))
    return [(f.status, f.message) for f in findings(result, "smoke-tests/defined")]


def test_a_chart_test_requesting_an_empty_port_is_not_a_smoke_test(tmp_path: Path) -> None:
    out = _smoke(tmp_path, VALUES_WITH_PORTS)
    assert [s for s, _ in out] == [Status.FAIL]
    assert "requests `microservice:`" in out[0][1]


def test_a_chart_test_requesting_a_set_port_is_a_smoke_test(tmp_path: Path) -> None:
    out = _smoke(tmp_path, VALUES_WITH_PORTS + "  port: 3000\n")
    assert [s for s, _ in out] == [Status.PASS]


# --- migration-scripts/tree, backups: a CI tool's own database in a local compose file is not the service's ---------

# spring-boot-best-practices' concourse-ci/local-concourse/docker-compose-m1.yml (the Concourse quickstart, run to try
# the pipeline locally; the service itself has no database and no driver dependency)
CONCOURSE_COMPOSE = """\
version: '3'

services:
  concourse-db:
    image: postgres:14.3
    environment:
      POSTGRES_DB: concourse
      POSTGRES_PASSWORD: concourse_pass
      POSTGRES_USER: concourse_user
      PGDATA: /database

  concourse:
    image: rdclda/concourse:7.7.1
    command: quickstart
    privileged: true
    depends_on: [concourse-db]
    ports: ["8080:8080"]
    environment:
      CONCOURSE_POSTGRES_HOST: concourse-db
      CONCOURSE_POSTGRES_USER: concourse_user
      CONCOURSE_EXTERNAL_URL: http://127.0.0.1:8080
"""
BUILD_GRADLE = "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n"


def _tree(tmp_path: Path, compose_name: str, compose: str) -> list[Status]:
    write(tmp_path, {"build.gradle": BUILD_GRADLE, compose_name: compose})
    result = scan(tmp_path, only=("migration-scripts/tree",))
    return [f.status for f in findings(result, "migration-scripts/tree")]


def test_a_third_party_tools_database_in_a_compose_variant_is_not_the_services(tmp_path: Path) -> None:
    path = "concourse-ci/local-concourse/docker-compose-m1.yml"
    assert _tree(tmp_path, path, CONCOURSE_COMPOSE) == [Status.NA]


def test_a_database_beside_a_service_built_here_is_the_services(tmp_path: Path) -> None:
    compose = CONCOURSE_COMPOSE.replace("    image: rdclda/concourse:7.7.1\n", "    build: .\n")
    assert _tree(tmp_path, "docker-compose-m1.yml", compose) == [Status.FAIL]


def test_a_client_setting_of_the_other_service_still_counts(tmp_path: Path) -> None:
    compose = CONCOURSE_COMPOSE.replace("CONCOURSE_EXTERNAL_URL", "DATABASE_URL: postgres://concourse-db/app\n      X")
    assert _tree(tmp_path, "docker-compose-m1.yml", compose) == [Status.FAIL]


# --- logging/no-secrets: Go code was not read; a configuration printed whole leaks its secrets (a miss) ------------

# go-api-boilerplate's cmd/auth/main.go and the config it prints (cmd/auth/internal/application/config/env.go)
MAIN_GO = """\
package main

func main() {
\tbuildinfo.PrintVersionOrContinue()

\tctx, cancel := context.WithCancel(context.Background())
\tdefer cancel()

\tcfg := config.FromEnv()
\tfmt.Println("CONFIG:", cfg)
}
"""
ENV_GO = """\
package config

import (
\t"github.com/caarlos0/env/v6"
)

type Config struct {
\tMongoDB struct {
\t\tUser     string `env:"MONGO_USER"     envDefault:"root"`
\t\tPass     string `env:"MONGO_PASS"     envDefault:"password"`
\t}
\tAuth struct {
\t\tSecret string `env:"AUTH_SECRET"                envDefault:"secret"`
\t}
}
"""
# cmd/auth/internal/application/services/oauth2/server.go: the scopes of a token are no secret
SERVER_GO = """\
package oauth2

func check(ctx context.Context) {
\tif len(tokenScopes) > len(clientScopes) {
\t\tlogger.Debug(ctx, fmt.Sprintf("Token not allowed: %v > %v", tokenScopes, clientScopes))
\t}
}
"""


def _secret_logs(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("logging/no-secrets",))
    return [(f.status, f.message) for f in findings(result, "logging/no-secrets")]


def test_a_configuration_holding_secrets_printed_whole_is_reported(tmp_path: Path) -> None:
    out = _secret_logs(tmp_path, {"cmd/auth/main.go": MAIN_GO, "cmd/auth/config/env.go": ENV_GO,
                                  "cmd/auth/oauth2/server.go": SERVER_GO})
    assert [s for s, _ in out] == [Status.FAIL]
    assert "prints the whole configuration" in out[0][1] and "AUTH_SECRET, MONGO_PASS" in out[0][1]


def test_a_configuration_without_secrets_printed_whole_passes(tmp_path: Path) -> None:
    env = ENV_GO.replace("MONGO_PASS", "MONGO_DATABASE").replace("AUTH_SECRET", "AUTH_HOST")
    out = _secret_logs(tmp_path, {"cmd/auth/main.go": MAIN_GO, "cmd/auth/config/env.go": env})
    assert [s for s, _ in out] == [Status.PASS]


def test_a_go_logger_formatting_a_password_is_reported(tmp_path: Path) -> None:
    text = SERVER_GO.replace("tokenScopes, clientScopes))", "user, cfg.MongoDB.Pass, password))")
    out = _secret_logs(tmp_path, {"cmd/auth/oauth2/server.go": text})
    assert [s for s, _ in out] == [Status.FAIL] and "password" in out[0][1]
