"""What the fresh repositories keel (keel-hq/keel) and dapr-store (benc-uk/dapr-store) showed (acc-fresh16,
2026-11-30). Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/no-secrets: logrus' structured fields were never read (a false pass) -----------------------------------

# keel's pkg/auth/auth.go: the bearer token itself goes into the log as a field when its username claim is missing;
# the level call (`}).Warn(`) follows the field map, where the Printf-style rule did not look.
AUTH_GO = """\
package auth

import (
\tjwt "github.com/golang-jwt/jwt/v4"
\tlog "github.com/sirupsen/logrus"
)

func (a *DefaultAuthenticator) parseToken(tokenString string) (*User, error) {
\ttoken, err := jwt.Parse(tokenString, a.keyFunc)
\tif err != nil {
\t\treturn nil, err
\t}
\tif claims, ok := token.Claims.(jwt.MapClaims); ok && token.Valid {
\t\tuser := &User{}
\t\tuser.Username = parseString(claims, "username")
\t\tif user.Username == "" {
\t\t\tlog.WithFields(log.Fields{
\t\t\t\t"token": tokenString,
\t\t\t\t"error": "token is missing account username field",
\t\t\t}).Warn("authenticator: malformed token")
\t\t\treturn nil, fmt.Errorf("malformed token")
\t\t}
\t\treturn user, nil
\t}
\treturn nil, fmt.Errorf("invalid token")
}
"""

# keel's pkg/http/auth.go: fields that name the user and the header, never the credential.
HTTP_AUTH_GO = """\
package http

import log "github.com/sirupsen/logrus"

func (s *TriggerServer) requireAdminAuthorization(next http.HandlerFunc) http.HandlerFunc {
\treturn func(rw http.ResponseWriter, r *http.Request) {
\t\tif !validProxyIdentity(username) {
\t\t\tlog.WithField("header", s.authProxyUserHeader).Warn("external authentication proxy request is missing " +
\t\t\t\t"a valid identity header")
\t\t\treturn
\t\t}
\t\tusername, password, ok := r.BasicAuth()
\t\tif ok {
\t\t\tresp, err := s.authenticator.Authenticate(&auth.AuthRequest{Username: username, Password: password})
\t\t\tif err != nil {
\t\t\t\tlog.WithFields(log.Fields{
\t\t\t\t\t"error": err,
\t\t\t\t\t"user":  username,
\t\t\t\t}).Error("authentication failed")
\t\t\t\treturn
\t\t\t}
\t\t}
\t}
}
"""


def _secret_logs(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str, int | None]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("logging/no-secrets",))
    return [(f.status, f.message, f.location.line if f.location else None)
            for f in findings(result, "logging/no-secrets")]


def test_a_logrus_field_holding_a_token_is_reported(tmp_path: Path) -> None:
    out = _secret_logs(tmp_path, {"pkg/auth/auth.go": AUTH_GO, "pkg/http/auth.go": HTTP_AUTH_GO})
    assert [(s, line) for s, _, line in out] == [(Status.FAIL, 17)]
    assert "log.WithFields(... tokenString ...)" in out[0][1]


def test_logrus_fields_naming_the_user_and_a_header_pass(tmp_path: Path) -> None:
    out = _secret_logs(tmp_path, {"pkg/http/auth.go": HTTP_AUTH_GO})
    assert [s for s, _, _ in out] == [Status.PASS]


def test_a_one_line_logrus_field_holding_a_password_is_reported(tmp_path: Path) -> None:
    text = HTTP_AUTH_GO.replace('WithField("header", s.authProxyUserHeader)', 'WithField("pass", password)')
    out = _secret_logs(tmp_path, {"pkg/http/auth.go": text})
    assert [(s, line) for s, _, line in out] == [(Status.FAIL, 8)]



# --- dockerfile/layer-caching: Go modules downloaded by `go build` after the whole source (a false pass) ------------

# keel's Dockerfile, go-build stage (the published image's): the whole context is copied, then `go build` downloads
# every module go.mod requires, on every source change.
KEEL_DOCKERFILE = """\
FROM golang:1.26.5-alpine@sha256:0178a641fbb4858c5f1b48e34bdaabe0350a330a1b1149aabd498d0699ff5fb2 AS go-build
ARG TARGETOS
ARG TARGETARCH
COPY . /go/src/github.com/keel-hq/keel
WORKDIR /go/src/github.com/keel-hq/keel

RUN apk add --no-cache git build-base musl-dev binutils-gold

RUN git config --global --add safe.directory /go/src/github.com/keel-hq/keel && \\
    CGO_ENABLED=1 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \\
    go build -a -tags netgo \\
    -ldflags "-w -s -linkmode external -extldflags '-static'" \\
    -o /go/bin/keel ./cmd/keel

FROM alpine:3.20.3@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a
RUN apk --no-cache add ca-certificates
COPY --from=go-build /go/bin/keel /bin/keel
USER 666
ENTRYPOINT ["/bin/keel"]
"""

KEEL_GO_MOD = """\
module github.com/keel-hq/keel

go 1.26.5

require (
\tgithub.com/golang-jwt/jwt/v4 v4.5.1
\tgithub.com/jinzhu/gorm v1.9.16
)
"""


def _layer_caching(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("dockerfile/layer-caching",))
    return [(f.status, f.message) for f in findings(result, "dockerfile/layer-caching")]


def test_go_build_after_copying_the_whole_module_is_reported(tmp_path: Path) -> None:
    out = _layer_caching(tmp_path, {"Dockerfile": KEEL_DOCKERFILE, "go.mod": KEEL_GO_MOD,
                                    "cmd/keel/main.go": "package main\n"})
    assert [s for s, _ in out] == [Status.WARN]
    assert "go build" in out[0][1] and "COPY . /go/src/github.com/keel-hq/keel" in out[0][1]


def test_go_build_after_go_mod_download_or_on_vendored_modules_passes(tmp_path: Path) -> None:
    first = KEEL_DOCKERFILE.replace("COPY . /go/src", "COPY go.mod go.sum /go/src/github.com/keel-hq/keel/\n"
                                    "RUN cd /go/src/github.com/keel-hq/keel && go mod download\nCOPY . /go/src")
    assert [s for s, _ in _layer_caching(tmp_path / "a", {"Dockerfile": first, "go.mod": KEEL_GO_MOD})] == [Status.PASS]
    vendored = {"Dockerfile": KEEL_DOCKERFILE, "go.mod": KEEL_GO_MOD, "vendor/modules.txt": "# github.com/x/y v1\n"}
    assert [s for s, _ in _layer_caching(tmp_path / "b", vendored)] == [Status.PASS]
    cached = KEEL_DOCKERFILE.replace("RUN git config", "RUN --mount=type=cache,target=/go/pkg/mod git config")
    out = _layer_caching(tmp_path / "c", {"Dockerfile": cached, "go.mod": KEEL_GO_MOD})
    assert [s for s, _ in out] == [Status.PASS]


# policy-reporter's Dockerfile: `COPY go.* ./` and `go mod download` before `COPY . .`: the modules are cached
POLICY_REPORTER_DOCKERFILE = """\
FROM golang:1.26 AS builder

ARG LD_FLAGS='-s -w -linkmode external -extldflags "-static"'
ARG TARGETPLATFORM

WORKDIR /app

COPY go.* ./
RUN go env && go mod download

COPY . .

RUN CGO_ENABLED=1 go build -ldflags="${LD_FLAGS}" -tags="sqlite_unlock_notify" -o /app/build/policyreporter -v

FROM scratch
USER 1234
COPY --from=builder /app/build/policyreporter /app/policyreporter
"""


def test_go_build_after_a_globbed_go_mod_copy_and_download_passes(tmp_path: Path) -> None:
    out = _layer_caching(tmp_path, {"Dockerfile": POLICY_REPORTER_DOCKERFILE, "go.mod": KEEL_GO_MOD})
    assert [s for s, _ in out] == [Status.PASS]



# --- api-docs/spec-matches-code: CORS preflight routes are not operations to document (31 false alarms) -------------

# keel's pkg/http/http.go registers each route for its method and OPTIONS (the CORS preflight its middleware answers);
# docs/swagger.yaml documents the real operations.
HTTP_GO = """\
package http

import "github.com/gorilla/mux"

func (s *TriggerServer) registerRoutes(mux *mux.Router) {
\tmux.HandleFunc("/healthz", s.healthHandler).Methods("GET", "OPTIONS")
\t// approvals
\tmux.HandleFunc("/v1/approvals", s.requireAdminAuthorization(s.approvalsHandler)).Methods("GET", "OPTIONS")
\t// approving/rejecting
\tmux.HandleFunc("/v1/approvals", s.requireAdminAuthorization(s.approvalApproveHandler)).Methods("POST", "OPTIONS")
\tmux.HandleFunc("/v1/webhooks/registry", s.registryNotificationHandler).Methods("POST", "OPTIONS")
}
"""

SWAGGER_YAML = """\
swagger: "2.0"
info:
  title: Keel HTTP API
  version: "1.0"
basePath: /
paths:
  /v1/approvals:
    get:
      operationId: listApprovals
      responses:
        "200":
          description: OK
    post:
      operationId: updateApproval
      responses:
        "200":
          description: OK
"""


def test_cors_preflight_routes_are_not_undocumented_operations(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/http/http.go": HTTP_GO, "docs/swagger.yaml": SWAGGER_YAML, "go.mod": KEEL_GO_MOD})
    result = scan(tmp_path, only=("api-docs/spec-matches-code",))
    out = [(f.status, f.message) for f in findings(result, "api-docs/spec-matches-code")]
    # the registry webhook is really missing from this description; no OPTIONS route is reported
    assert [m for _, m in out] == ["POST /v1/webhooks/registry is served by the code but not in the API description"]


# --- dockerfile/non-root-user: a USER from an ARG default that no build overrides (2 false alarms) ------------------

# keel's Dockerfile, runtime stage: the user comes from ARG defaults; ci.yml's build-push-action passes only VERSION,
# REVISION and BUILD_DATE.
KEEL_RUNTIME = """\
FROM alpine:3.20.3@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a
ARG USERNAME=keel
ARG USER_ID=666
ARG GROUP_ID=$USER_ID
ARG TARGETARCH

RUN apk --no-cache add ca-certificates
RUN addgroup --gid $GROUP_ID $USERNAME \\
    && adduser --home /data --ingroup $USERNAME --disabled-password --uid $USER_ID $USERNAME

COPY --from=go-build /go/bin/keel /bin/keel

USER $USER_ID

ENTRYPOINT ["/bin/keel"]
"""

CI_YML = """\
name: CI
on: [push]
jobs:
  docker-publish:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@10e90e3645eae34f1e60eeb005ba3a3d33f178e8 # v6
        with:
          context: .
          build-args: |
            VERSION=${{ steps.version.outputs.app_version }}
            REVISION=${{ github.sha }}
            BUILD_DATE=${{ steps.version.outputs.build_date }}
"""


def _non_root(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("dockerfile/non-root-user",))
    return [(f.status, f.message) for f in findings(result, "dockerfile/non-root-user")]


def test_a_user_from_an_arg_default_no_build_overrides_is_resolved(tmp_path: Path) -> None:
    out = _non_root(tmp_path, {"Dockerfile": KEEL_RUNTIME, ".github/workflows/ci.yml": CI_YML})
    assert [s for s, _ in out] == [Status.PASS] and "USER $USER_ID = 666" in out[0][1]
    root = KEEL_RUNTIME.replace("ARG USER_ID=666", "ARG USER_ID=0")
    out = _non_root(tmp_path / "root", {"Dockerfile": root, ".github/workflows/ci.yml": CI_YML})
    assert [s for s, _ in out] == [Status.FAIL]


def test_a_user_from_an_arg_a_build_may_pass_stays_unknown(tmp_path: Path) -> None:
    ci = CI_YML.replace("BUILD_DATE=", "USER_ID=${{ vars.UID }}\n            BUILD_DATE=")
    out = _non_root(tmp_path, {"Dockerfile": KEEL_RUNTIME, ".github/workflows/ci.yml": ci})
    assert [s for s, _ in out] == [Status.WARN]


# --- registry/ci-push: pushes keel's and dapr-store's CI make were not seen (2 false alarms) -------------------------

# keel's ci.yml: per-platform images pushed by digest through build-push-action's `outputs:` (no `push:` key)
KEEL_PUBLISH_YML = """\
name: CI
on:
  push:
    branches: [master]
jobs:
  docker-publish:
    runs-on: ubuntu-latest
    steps:
      - name: Build and push
        id: build
        uses: docker/build-push-action@10e90e3645eae34f1e60eeb005ba3a3d33f178e8 # v6
        with:
          context: .
          platforms: ${{ matrix.platform }}
          outputs: type=image,name=ghcr.io/${{ github.repository }},push-by-digest=true,name-canonical=true,push=true
"""

# dapr-store's ci-build.yml calls `make docker-push-${{ matrix.serviceName }}`; the Makefile's per-service targets
# push with `docker compose -f ./build/compose.yaml push <service>`.
DAPR_CI_YML = """\
name: CI Build App
on:
  push:
    branches: [main]
jobs:
  build-images:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        serviceName: [cart, orders, users, products, frontend]
    steps:
      - name: "Push to container registry"
        if: github.event_name == 'push' && github.ref == 'refs/heads/main'
        run: |
          echo ${{ secrets.GITHUB_TOKEN }} | docker login $IMAGE_REG -u $GITHUB_ACTOR --password-stdin
          make docker-push-${{ matrix.serviceName }} IMAGE_TAG=$IMAGE_TAG
"""

DAPR_MAKEFILE = """\
docker-build-cart:
\tdocker compose -f ./build/compose.yaml build cart

docker-push-cart:
\tdocker compose -f ./build/compose.yaml push cart

docker-push-products:
\tdocker compose -f ./build/compose.yaml push products
"""


def _ci_push(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, {"Dockerfile": "FROM scratch\n", **files})
    result = scan(tmp_path, only=("registry/ci-push",))
    return [(f.status, f.message) for f in findings(result, "registry/ci-push")]


def test_build_push_action_pushing_through_outputs_is_a_push(tmp_path: Path) -> None:
    out = _ci_push(tmp_path, {".github/workflows/ci.yml": KEEL_PUBLISH_YML})
    assert [s for s, _ in out] == [Status.PASS]
    built_only = KEEL_PUBLISH_YML.replace("name-canonical=true,push=true", "name-canonical=true")
    assert [s for s, _ in _ci_push(tmp_path / "b", {".github/workflows/ci.yml": built_only})] == [Status.WARN]


def test_a_matrix_make_target_whose_rule_runs_compose_push_is_a_push(tmp_path: Path) -> None:
    out = _ci_push(tmp_path, {".github/workflows/ci-build.yml": DAPR_CI_YML, "Makefile": DAPR_MAKEFILE})
    assert [s for s, _ in out] == [Status.PASS]
    builds = DAPR_CI_YML.replace("make docker-push-", "make docker-build-")
    out = _ci_push(tmp_path / "b", {".github/workflows/ci-build.yml": builds, "Makefile": DAPR_MAKEFILE})
    assert [s for s, _ in out] == [Status.WARN]


# --- logging/no-secrets: a Secret's name and a logged length are not secrets (the logrus rule's own false alarms) ----

# keel's secrets/secrets.go and trigger/poll/watcher.go
SECRETS_GO = """\
package secrets

import log "github.com/sirupsen/logrus"

func (g *DefaultGetter) lookupSecrets(image *types.TrackedImage) ([]string, error) {
\tfor _, secretRef := range image.Secrets {
\t\tsecret, err := g.kubernetesImplementer.Secret(image.Namespace, secretRef)
\t\tif err != nil {
\t\t\tlog.WithFields(log.Fields{
\t\t\t\t"image":      image.Image.Repository(),
\t\t\t\t"namespace":  image.Namespace,
\t\t\t\t"secret_ref": secretRef,
\t\t\t\t"error":      err,
\t\t\t}).Warn("secrets.defaultGetter.lookupSecrets: failed to get secret")
\t\t\tcontinue
\t\t}
\t}
}

func (w *RepositoryWatcher) addJob(ti *types.TrackedImage, schedule string) error {
\tdigest, err := w.registryClient.Digest(registryOpts)
\tif err != nil {
\t\tlog.WithFields(log.Fields{
\t\t\t"error":    err,
\t\t\t"image":    ti.Image.String(),
\t\t\t"username": registryOpts.Username,
\t\t\t"password": strings.Repeat("*", len(registryOpts.Password)),
\t\t}).Error("trigger.poll.RepositoryWatcher.addJob: failed to get image digest")
\t\treturn err
\t}
}
"""


def test_a_secret_reference_and_a_masked_length_are_not_logged_secrets(tmp_path: Path) -> None:
    out = _secret_logs(tmp_path, {"secrets/secrets.go": SECRETS_GO})
    assert [s for s, _, _ in out] == [Status.PASS]
    leaked = SECRETS_GO.replace('strings.Repeat("*", len(registryOpts.Password))', "registryOpts.Password")
    out = _secret_logs(tmp_path / "b", {"secrets/secrets.go": leaked})
    assert [s for s, _, _ in out] == [Status.FAIL] and "registryOpts.Password" in out[0][1]


# --- sensitive-config/secret-scan: an OpenAPI Generator client is generated code (a false alarm) --------------------

# keel's ui/src/api/generated/model/PkgHttpLoginRequest.js: the generator signs on line 8, below the API's description
LOGIN_REQUEST_JS = """\
/**
 * Keel HTTP API
 * HTTP API exposed by Keel. Admin routes are registered only when an authenticator is enabled.
 *
 * The version of the OpenAPI document: 1.0
 *
 *
 * NOTE: This class is auto generated by OpenAPI Generator (https://openapi-generator.tech).
 * https://openapi-generator.tech
 * Do not edit the class manually.
 *
 */

import ApiClient from '../ApiClient';

class PkgHttpLoginRequest {
    static validateJSON(data) {
        // ensure the json data is a string
        if (data['password'] && !(typeof data['password'] === 'string' || data['password'] instanceof String)) {
            throw new Error("Expected the field `password` to be a primitive type in the JSON string but got " +
                data['password']);
        }
        return true;
    }
}
PkgHttpLoginRequest.prototype['password'] = "supersecretvalue123";

export default PkgHttpLoginRequest;
"""


def test_an_openapi_generator_client_is_left_out_as_generated(tmp_path: Path) -> None:
    from deploycheck.sources.target import rule_by_content

    assert rule_by_content("ui/src/api/generated/model/PkgHttpLoginRequest.js", LOGIN_REQUEST_JS) == "generated"
    hand_written = LOGIN_REQUEST_JS.replace("auto generated by OpenAPI Generator", "written by the Keel team")
    assert rule_by_content("ui/src/api/model/PkgHttpLoginRequest.js", hand_written) is None
