"""False positives of five kinds of finding below 90 % precision on the labelled set (fp-kinds-a, 2026-11-30),
each rule tested with the labelled repositories' own lines, and each test failing on the code before the rule."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

IGNORE = "dockerfile/dockerignore"

# go-api-boilerplate cmd/auth/Dockerfile: `go.*` starts with a plain name, so it can never be `.env` or `.git`
GO_BOILERPLATE_DOCKERFILE = """\
FROM golang:1.17 AS buildenv
ARG BIN
COPY go.* /app/
WORKDIR /app
RUN go mod download
COPY pkg pkg
COPY cmd/"$BIN" cmd/"$BIN"
RUN go build -mod=readonly -o /go/bin/app ./cmd/"$BIN"
FROM scratch
COPY --from=buildenv /go/bin/app /go/bin/app
"""


def _ignore(root: Path) -> dict[str, Status]:
    return {f.location.path if f.location else "": f.status
            for f in findings(scan(root, only=(IGNORE,)), IGNORE)}


# api-platform-demo pwa/: its .gitignore's env line, its .dockerignore's env lines, and the root .gitignore
PWA_DOCKERFILE = """\
FROM node:20-alpine AS builder
WORKDIR /srv/app
COPY --link pnpm-lock.yaml ./
RUN pnpm fetch --prod
COPY --link . .
RUN pnpm run build
"""


def test_a_subfolder_context_needs_only_the_env_files_its_gitignores_name_excluded(tmp_path: Path) -> None:
    """api-platform-demo builds pwa/ (`COPY --link . .`): pwa/.gitignore keeps `.env*.local` out of git, and
    pwa/.dockerignore leaves out `.env.local` and `.env.*.local`; the root .gitignore's `/.env` is the root's file
    only. Nothing a developer keeps in pwa/ reaches the image. An unanchored `.env` in the root .gitignore (any
    folder's .env) or a dockerignore without the `.local` lines still warns."""
    write(tmp_path, {
        "compose.yaml": "services:\n  pwa:\n    build:\n      context: ./pwa\n      target: prod\n",
        "pwa/Dockerfile": PWA_DOCKERFILE, "pwa/package.json": "{}\n", ".gitignore": "/.env\n",
        "pwa/.gitignore": "# local env files\n.env*.local\n",
        "pwa/.dockerignore": "**/*.log\n**/.git/\n.next/\nnode_modules/\n.env.*.local\n.env.local\n",
    })
    assert _ignore(tmp_path) == {"pwa/.dockerignore": Status.PASS}
    write(tmp_path, {".gitignore": ".env\n"})
    assert _ignore(tmp_path) == {"pwa/.dockerignore": Status.WARN}
    write(tmp_path, {".gitignore": "/.env\n", "pwa/.dockerignore": "**/.git/\n.next/\nnode_modules/\n"})
    assert _ignore(tmp_path) == {"pwa/.dockerignore": Status.WARN}


def test_a_copy_source_starting_with_a_plain_name_is_not_a_dot_entry(tmp_path: Path) -> None:
    """go-api-boilerplate's `.dockerignore` keeps .git out but not .env; its Dockerfiles copy `go.*`, `pkg` and
    `cmd/"$BIN"`: a first segment that starts with a plain name can never be `.env` (Reloader's
    `COPY ubi-build-files-${TARGETARCH}.txt /tmp` likewise). A committed `go.env` would match `go.*`: it warns."""
    write(tmp_path, {"cmd/auth/Dockerfile": GO_BOILERPLATE_DOCKERFILE, ".dockerignore": ".git\n.gitignore\n",
                     "go.mod": "module x\n", ".gitignore": "vendor\n"})
    assert _ignore(tmp_path) == {".dockerignore": Status.PASS}
    write(tmp_path, {"go.env": "GOFLAGS=-mod=mod\n"})
    assert _ignore(tmp_path) == {".dockerignore": Status.WARN}


TLS = "auth-protocols/tls-verification"
# tekton-results pkg/cli/dev/client/client.go (the CLI's client) and pkg/cli/cmd/root.go (its flag)
CLI_CLIENT_GO = """\
package client

func (f *Factory) ResultsClient(ctx context.Context, overrideAPIAddr string) (pb.ResultsClient, error) {
\tvar creds credentials.TransportCredentials
\tif f.cfg.Insecure {
\t\tcreds = credentials.NewTLS(&tls.Config{
\t\t\t//nolint:gosec // needed for --insecure flag
\t\t\tInsecureSkipVerify: true,
\t\t})
\t} else {
\t\tcerts, err := f.certs()
\t\tif err != nil {
\t\t\treturn nil, err
\t\t}
\t\tcreds = credentials.NewClientTLSFromCert(certs, f.cfg.SSL.ServerNameOverride)
\t}
\treturn nil, nil
}
"""
ROOT_GO = """\
package cmd

func Root() *cobra.Command {
\tc.PersistentFlags().Bool("insecure", false, "[DEPRECATED] determines whether to run insecure GRPC tls request.")
\treturn c
}
"""
# tekton-results pkg/api/server/v1alpha2/plugin/server.go (the log forwarder's client)
PLUGIN_GO = """\
package plugin

func (s *LogServer) setLogPlugin() bool {
\tif s.config.LOGGING_PLUGIN_CA_CERT != "" {
\t\tcaCertPool := x509.NewCertPool()
\t\ts.client.Transport.(*http.Transport).TLSClientConfig = &tls.Config{
\t\t\tRootCAs: caCertPool, //nolint:gosec  // needed when we have our own CA
\t\t}
\t} else if s.config.LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE {
\t\ts.client.Transport.(*http.Transport).TLSClientConfig = &tls.Config{
\t\t\tInsecureSkipVerify: true, //nolint:gosec  // needed for skipping tls verification
\t\t}
\t}
\treturn true
}
"""


def _tls(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(TLS,)), TLS)]


def test_go_tls_skip_behind_an_opt_in_setting_nothing_turns_on_is_not_a_switch_off(tmp_path: Path) -> None:
    """tekton-results skips verification only under `if f.cfg.Insecure {` (the CLI's --insecure flag, default false,
    as kubectl's --insecure-skip-tls-verify) and under `else if s.config.LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE {`
    (empty in its configuration): the shipped programs verify. The setting turned on in the repository's
    configuration, a flag defaulting to true, a negated or compound condition, or no condition still fail."""
    write(tmp_path, {"pkg/cli/dev/client/client.go": CLI_CLIENT_GO, "pkg/cli/cmd/root.go": ROOT_GO,
                     "pkg/api/server/v1alpha2/plugin/server.go": PLUGIN_GO,
                     "config/env/config.env": "LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE=\nLOGS_API=false\n"})
    [(status, message)] = _tls(tmp_path)
    assert status is Status.PASS and "opt-in setting" in message, message
    write(tmp_path, {"config/env/config.env": "LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE=true\n"})
    assert [s for s, _ in _tls(tmp_path)] == [Status.FAIL]
    write(tmp_path, {"config/env/config.env": "LOGS_API=false\n",
                     "pkg/cli/cmd/root.go": ROOT_GO.replace('"insecure", false', '"insecure", true')})
    assert [s for s, _ in _tls(tmp_path)] == [Status.FAIL]
    write(tmp_path, {"pkg/cli/cmd/root.go": ROOT_GO + "\nfunc defaults() Config { return Config{Insecure: true} }\n"})
    assert [s for s, _ in _tls(tmp_path)] == [Status.FAIL]
    write(tmp_path, {"pkg/cli/cmd/root.go": ROOT_GO})
    for condition in ("!f.cfg.Insecure", "f.cfg.Insecure || debug", "f.cfg.Mode"):
        write(tmp_path, {"pkg/cli/dev/client/client.go": CLI_CLIENT_GO.replace("f.cfg.Insecure {", condition + " {")})
        assert [s for s, _ in _tls(tmp_path)] == [Status.FAIL], condition


RESTORE = "backups/restore-procedure"
# prisoner-content-hub-backend helm_deploy/.../templates/db-refresh.yaml (rendered) and db-refresh.sh (its end)
DB_REFRESH_SH = """\
#!/bin/bash
set -ue
filename="$(aws s3 ls ${DB_BACKUP_S3_BUCKET} --recursive | grep '.sql.gz' | sort | tail -n 1 | awk '{print $4}')"
aws s3 cp s3://${DB_BACKUP_S3_BUCKET}/$filename ~/${filename}
gzip -d ~/${filename}
filenameExtracted=$(basename $filename .gz)
mysqladmin drop ${HUB_DB_ENV_MYSQL_DATABASE} -f
mysqladmin create ${HUB_DB_ENV_MYSQL_DATABASE} -f
mysql ${HUB_DB_ENV_MYSQL_DATABASE} < ~/${filenameExtracted}
echo "Successfully imported database ${filenameExtracted}"
"""
DB_REFRESH_YAML = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: db-refresh-script
data:
  entrypoint.sh: |-
{script}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hub-db-refresh-cronjob
spec:
  schedule: "30 6 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - name: db-refresh-cronjob
            image: "ghcr.io/ministryofjustice/hmpps-mysql-tools:latest"
            command:
              - /bin/entrypoint.sh
            volumeMounts:
              - name: db-refresh-script
                mountPath: /bin/entrypoint.sh
                subPath: entrypoint.sh
          containers:
          - name: drupal-deploy
            image: "ghcr.io/ministryofjustice/prisoner-content-hub-backend:1.0"
            command: ["make", "deploy"]
          restartPolicy: Never
          volumes:
            - name: db-refresh-script
              configMap:
                name: db-refresh-script
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mariadb
spec:
  serviceName: mariadb
  selector: {{matchLabels: {{app: mariadb}}}}
  template:
    metadata: {{labels: {{app: mariadb}}}}
    spec:
      containers:
      - name: mariadb
        image: mariadb:11.4
"""


def _restore(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(RESTORE,)), RESTORE)]


def test_a_job_that_loads_the_newest_backup_is_a_restore_procedure(tmp_path: Path) -> None:
    """prisoner-content-hub-backend's db-refresh CronJob runs db-refresh.sh from a ConfigMap: it fetches the newest
    dump from S3 and runs `mysql "$DB" < dump`. A restore written as code is a procedure nobody has to invent during
    an incident. A job that only dumps (the backup itself) is not one."""
    script = "\n".join("    " + line for line in DB_REFRESH_SH.splitlines())
    write(tmp_path, {"k8s/db-refresh.yaml": DB_REFRESH_YAML.format(script=script)})
    assert _restore(tmp_path) == [Status.PASS]
    dump_only = DB_REFRESH_SH.replace("mysql ${HUB_DB_ENV_MYSQL_DATABASE} < ~/${filenameExtracted}",
                                      "mysqldump ${HUB_DB_ENV_MYSQL_DATABASE} > ~/backup.sql")
    write(tmp_path, {"k8s/db-refresh.yaml": DB_REFRESH_YAML.format(
        script="\n".join("    " + line for line in dump_only.splitlines()))})
    assert _restore(tmp_path) == [Status.FAIL]


INTEGRATION = "integration-tests/suite"
# prisoner-content-hub-backend docroot/modules/custom/prisoner_hub_breadcrumbs/tests/src/ExistingSite/ (shortened)
EXISTING_SITE_TEST = """\
<?php

namespace Drupal\\Tests\\prisoner_hub_breadcrumbs\\ExistingSite;

use weitzman\\DrupalTestTraits\\ExistingSiteBase;

class PrisonerHubBreadcrumbsTest extends ExistingSiteBase {

  public function testBreadcrumbOnContentPage() {
    $node = $this->createNode(['type' => 'page']);
    $response = $this->getJsonApiResponse($node->toUrl());
    $this->assertEquals(200, $response->getStatusCode());
  }
}
"""


def test_drupal_existing_site_tests_are_an_integration_suite(tmp_path: Path) -> None:
    """Drupal Test Traits' ExistingSiteBase runs against the installed site and its database (prisoner-content-hub-
    backend's ExistingSite suite, run with MariaDB in docker compose in CI): integration tests, as Symfony's
    KernelTestCase is. The same class extending PHPUnit's TestCase is a unit test."""
    rel = "docroot/modules/custom/prisoner_hub_breadcrumbs/tests/src/ExistingSite/PrisonerHubBreadcrumbsTest.php"
    write(tmp_path, {rel: EXISTING_SITE_TEST, "composer.json": '{"require": {"drupal/core": "^10"}}\n'})
    assert [f.status for f in findings(scan(tmp_path, only=(INTEGRATION,)), INTEGRATION)] == [Status.PASS]
    write(tmp_path, {rel: EXISTING_SITE_TEST.replace("extends ExistingSiteBase", "extends TestCase")})
    assert Status.PASS not in [f.status for f in findings(scan(tmp_path, only=(INTEGRATION,)), INTEGRATION)]


TOKENS = "auth-protocols/token-validation"
# tekton-results cmd/api/main.go (determineAuth, the logging interceptor's user) and
# pkg/api/server/v1alpha2/auth/rbac.go (the authorizer)
DETERMINE_AUTH_GO = """\
package main

import "github.com/golang-jwt/jwt/v4"

func determineAuth(ctx context.Context) (context.Context, error) {
\t// This code is used to extract values
\t// it is not doing any form of verification.

\ttokenString, err := grpc_auth.AuthFromMD(ctx, "bearer")
\tif err != nil {
\t\tctxzap.AddFields(ctx,
\t\t\tzap.String("grpc.user", "unknown"),
\t\t)
\t\treturn ctx, nil
\t}

\ttoken, _, err := new(jwt.Parser).ParseUnverified(tokenString, jwt.MapClaims{})
\tif err != nil {
\t\tctxzap.AddFields(ctx,
\t\t\tzap.String("grpc.user", "unknown"),
\t\t)
\t\treturn ctx, nil
\t}

\tif claims, ok := token.Claims.(jwt.MapClaims); ok {
\t\tsub := fmt.Sprint(claims["sub"])
\t\tiss := fmt.Sprint(claims["iss"])
\t\tctxzap.AddFields(ctx,
\t\t\tzap.String("grpc.user", sub),
\t\t\tzap.String("grpc.issuer", iss),
\t\t)
\t}
\treturn ctx, nil
}
"""
RBAC_GO = """\
package auth

func (r *RBAC) Check(ctx context.Context, namespace, resource, verb string) error {
\tfor _, raw := range v {
\t\ts := strings.SplitN(raw, " ", 2)
\t\tt := s[1]

\t\t// Authenticate the token by sending it to the API Server for review.
\t\ttr, err := r.authn.TokenReviews().Create(ctx, &authnv1.TokenReview{
\t\t\tSpec: authnv1.TokenReviewSpec{
\t\t\t\tToken: t,
\t\t\t},
\t\t}, metav1.CreateOptions{})
\t\tif err != nil {
\t\t\tlog.Println(err)
\t\t\tcontinue
\t\t}
\t\tif !tr.Status.Authenticated {
\t\t\tcontinue
\t\t}
\t}
\treturn status.Error(codes.Unauthenticated, retMsg)
}
"""


def _tokens(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(TOKENS,)), TOKENS)]


def test_unverified_claims_that_only_label_log_lines_and_a_token_review_validate(tmp_path: Path) -> None:
    """tekton-results parses the bearer token unverified only to put `sub` and `iss` into the request's log fields,
    and has the Kubernetes API server validate the token (TokenReview, then `tr.Status.Authenticated`): an
    established validator, like an auth library. Unverified claims that decide anything (compared, returned), or a
    TokenReview whose answer is never read, do not count."""
    write(tmp_path, {"cmd/api/main.go": DETERMINE_AUTH_GO, "pkg/api/server/v1alpha2/auth/rbac.go": RBAC_GO})
    [(status, message)] = _tokens(tmp_path)
    assert status is Status.PASS and "TokenReview" in message, message
    write(tmp_path, {"cmd/api/main.go": DETERMINE_AUTH_GO.replace(
        '\t\tiss := fmt.Sprint(claims["iss"])\n',
        '\t\tiss := fmt.Sprint(claims["iss"])\n\t\tif sub == "admin" {\n'
        '\t\t\treturn context.WithValue(ctx, adminKey, true), nil\n\t\t}\n')})
    assert [s for s, _ in _tokens(tmp_path)] == [Status.FAIL]
    write(tmp_path, {"cmd/api/main.go": DETERMINE_AUTH_GO.replace('zap.String("grpc.user", sub),',
                                                                  'zap.String("grpc.user", sub),\n\t\t\tuser(sub),')})
    assert [s for s, _ in _tokens(tmp_path)] == [Status.FAIL]
    write(tmp_path, {"cmd/api/main.go": DETERMINE_AUTH_GO,
                     "pkg/api/server/v1alpha2/auth/rbac.go": RBAC_GO.replace("tr.Status.Authenticated", "ok")})
    assert Status.PASS not in [s for s, _ in _tokens(tmp_path)]


# api-platform-demo compose.override.yaml (the development pwa) and a Deployment of the chart
COMPOSE_OVERRIDE = """\
services:
  pwa:
    build:
      context: ./pwa
      target: dev
    volumes:
      - ./pwa:/srv/app
    environment:
      WATCHPACK_POLLING: "true"
      # Development usage only
      NODE_TLS_REJECT_UNAUTHORIZED: "0"
"""
PWA_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pwa
spec:
  selector: {matchLabels: {app: pwa}}
  template:
    metadata: {labels: {app: pwa}}
    spec:
      containers:
      - name: pwa
        image: ghcr.io/api-platform/demo-pwa:4.0
"""


def test_a_tls_switch_in_the_compose_file_of_a_kubernetes_service_is_local_development(tmp_path: Path) -> None:
    """api-platform-demo deploys with its Helm chart; only compose.override.yaml's development pwa sets
    NODE_TLS_REJECT_UNAUTHORIZED "0" (for Caddy's self-signed certificate on a laptop), as the lead's decision on
    local-development compose credentials reads compose files. Without Kubernetes material the compose file may be
    the deployment, and the switch fails; so does the same env in the Deployment."""
    write(tmp_path, {"compose.override.yaml": COMPOSE_OVERRIDE, "k8s/pwa.yaml": PWA_DEPLOYMENT})
    [(status, message)] = _tls(tmp_path)
    assert status is Status.PASS and "local-development compose" in message, message
    write(tmp_path, {"k8s/pwa.yaml": PWA_DEPLOYMENT + "        env:\n        - name: NODE_TLS_REJECT_UNAUTHORIZED\n"
                                                      "          value: \"0\"\n"})
    assert [s for s, _ in _tls(tmp_path)] == [Status.FAIL]
    (tmp_path / "k8s/pwa.yaml").unlink()
    assert [s for s, _ in _tls(tmp_path)] == [Status.FAIL]


def test_an_opt_in_setting_a_manifest_turns_on_over_two_lines_stays_a_finding(tmp_path: Path) -> None:
    """A container env entry spans two YAML lines (`- name: LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE` then
    `value: "true"`): the setting is turned on where the service is deployed."""
    write(tmp_path, {"pkg/api/server/v1alpha2/plugin/server.go": PLUGIN_GO,
                     "config/api.yaml": PWA_DEPLOYMENT + "        env:\n"
                                        "        - name: LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE\n"
                                        "          value: \"true\"\n"})
    assert [s for s, _ in _tls(tmp_path)] == [Status.FAIL]
