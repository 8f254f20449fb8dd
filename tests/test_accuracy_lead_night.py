"""Rules from the lead's fresh measure of the night of 2026-11-29 (stakater/Reloader, a Go Kubernetes controller),
each test built from the repository's own lines."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

LEVEL = "logging/level-from-env"

# internal/pkg/util/util.go (the cobra flag) and internal/pkg/cmd/reloader.go (logrus.ParseLevel of it)
FLAGS_GO = """\
package util

import "github.com/spf13/cobra"

func ConfigureReloaderFlags(cmd *cobra.Command) {
\tcmd.PersistentFlags().StringVar(&options.LogLevel, "log-level", "info", "Log level to use (trace, debug, info)")
}
"""
MAIN_GO = """\
package cmd

import "github.com/sirupsen/logrus"

func configureLogging(logFormat, logLevel string) error {
\tlevel, err := logrus.ParseLevel(logLevel)
\tif err != nil {
\t\treturn err
\t}
\tlogrus.SetLevel(level)
\treturn nil
}
"""
DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: reloader}
spec:
  selector: {matchLabels: {app: reloader}}
  template:
    metadata: {labels: {app: reloader}}
    spec:
      containers:
        - name: reloader
          image: ghcr.io/stakater/reloader:v1.4.21
          args:
            - "--log-level=info"
"""


def test_a_log_level_flag_the_deployment_passes_and_the_code_declares_passes(tmp_path: Path) -> None:
    """Reloader's chart renders `--log-level={{ .Values.reloader.logLevel }}` into the container's args and the code
    declares the cobra flag "log-level": the level changes with a values change, no new build (the item's point)."""
    write(tmp_path, {"internal/pkg/util/util.go": FLAGS_GO, "internal/pkg/cmd/reloader.go": MAIN_GO,
                     "deploy/deployment.yaml": DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is Status.PASS and "--log-level=info" in f.message and "internal/pkg/util/util.go:6" in f.message


def test_a_log_level_flag_is_not_enough_on_one_side_alone(tmp_path: Path) -> None:
    # the deployment passes a flag the code never declares: the argument sets nothing
    write(tmp_path, {"internal/pkg/cmd/reloader.go": MAIN_GO, "deploy/deployment.yaml": DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is not Status.PASS
    # the code declares it but no deployment passes it (nor any other level setting): still fixed at its default
    write(tmp_path, {"internal/pkg/util/util.go": FLAGS_GO,
                     "deploy/deployment.yaml": DEPLOYMENT.replace('"--log-level=info"', '"--log-format=json"')})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is not Status.PASS
    # a declaration in a test file is not the service's
    write(tmp_path, {"internal/pkg/util/util.go": MAIN_GO, "internal/pkg/util/util_test.go": FLAGS_GO,
                     "deploy/deployment.yaml": DEPLOYMENT})
    [f] = findings(scan(tmp_path, only=(LEVEL,)), LEVEL)
    assert f.status is not Status.PASS


def test_the_secret_scan_reports_the_same_under_any_string_hash_seed(tmp_path: Path) -> None:
    """api-platform-demo's `api/.env.test` holds a JWK with three base64 values of one length on one line: the
    detect-secrets plugin returns them as a set, so the value shown (masked) followed the process's hash seed and
    two runs of the same scan gave different reports (and baselines)."""
    import json
    import os
    import subprocess
    import sys

    write(tmp_path, {"config/jwk.env": "OIDC_JWK='{\"kty\": \"EC\","
                                       "\"d\": \"cT3_vKHaGOAhhmzR0Jbi1ko40dNtpjtaiWzm_7VNwLA\","
                                       "\"use\": \"sig\",\"crv\": \"P-256\","
                                       "\"x\": \"n6PnJPqNK5nP-ymwwsOIqZvjiCKFNzRyqWA8KNyBsDo\","
                                       "\"y\": \"bQSmMlDXOmtgyS1rhsKUmqlxq-8Kw0Iw9t50cSloTMM\",\"alg\": \"ES256\"}'\n"})
    messages = set()
    for seed in ("1", "2", "3", "4", "5"):
        out = subprocess.run([sys.executable, "-m", "deploycheck", "scan", str(tmp_path), "--only",
                              "sensitive-config/secret-scan", "--format", "json", "--no-progress", "-q"],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=False)
        report = json.loads(out.stdout)
        messages.add(tuple(f["message"] for item in report["items"] for f in item.get("findings", [])
                           if f["status"] in ("fail", "warn")))
    assert len(messages) == 1 and next(iter(messages)), messages


IGNORE = "dockerfile/dockerignore"
# Reloader's Dockerfile (the builder's COPY lines; the runtime stage copies from the builder only)
RELOADER_DOCKERFILE = """\
FROM golang:1.26 AS builder
WORKDIR /workspace
COPY go.mod go.mod
COPY go.sum go.sum
RUN go mod download
COPY main.go main.go
COPY internal/ internal/
COPY pkg/ pkg/
RUN CGO_ENABLED=0 go build -o manager ./

FROM gcr.io/distroless/static:nonroot
COPY --from=builder /workspace/manager .
USER 65532:65532
ENTRYPOINT ["/manager"]
"""


def _ignore_status(root: Path) -> Status:
    [f] = findings(scan(root, only=(IGNORE,)), IGNORE)
    return f.status


def test_a_dockerignore_without_git_and_env_passes_when_every_copy_names_its_files(tmp_path: Path) -> None:
    """Reloader's `.dockerignore` holds only `vendor`, but its Dockerfile copies go.mod, go.sum, main.go, internal/ and
    pkg/ by name: the context root's .git and .env never enter the image (the decision taken for go-api-boilerplate)."""
    write(tmp_path, {"Dockerfile": RELOADER_DOCKERFILE, ".dockerignore": "vendor\n", "main.go": "package main\n"})
    assert _ignore_status(tmp_path) is Status.PASS
    # the whole context, a root dot entry or a glob at the root: .git/.env can be taken
    for line in ("COPY . .", "COPY ./ /src/", "COPY .env /app/.env", "COPY * /src/", "COPY ${SRC} /src/"):
        write(tmp_path, {"Dockerfile": RELOADER_DOCKERFILE.replace("COPY pkg/ pkg/", line)})
        assert _ignore_status(tmp_path) is Status.WARN, line
    # a committed dotenv file under a copied folder goes in with it
    write(tmp_path, {"Dockerfile": RELOADER_DOCKERFILE, "internal/.env": "API_URL=http://localhost\n"})
    assert _ignore_status(tmp_path) is Status.WARN


ENV_FILES = "sensitive-config/env-files"


def test_environment_named_dotenv_files_with_local_placeholders_pass(tmp_path: Path) -> None:
    """laa-crime-application-store commits `.env.development` and `.env.test` ("DO NOT ADD REAL SECRETS HERE"):
    Rails' dotenv loads them only in that environment, and their secret-named values are placeholders and chosen
    words. A random value in one, or the same placeholders in the `.env` every environment loads, still fails."""
    write(tmp_path, {
        ".env.development": "# DO NOT ADD REAL SECRETS HERE\nPOSTGRES_USERNAME=joe.bloggs\nPOSTGRES_PASSWORD=\n"
                            "SIDEKIQ_WEB_UI_USERNAME=not-a-real-secret\nSIDEKIQ_WEB_UI_PASSWORD=not-a-real-secret\n"
                            "ANALYTICS_PASSWORD=analytics_user_password\n",
        ".env.test": "ANALYTICS_USERNAME=analytics_user\nANALYTICS_PASSWORD=analytics_user_password\nOS_API_KEY=123\n",
    })
    got = {f.location.path: f.status for f in findings(scan(tmp_path, only=(ENV_FILES,)), ENV_FILES) if f.location}
    assert got == {".env.development": Status.PASS, ".env.test": Status.PASS}, got
    write(tmp_path, {".env.test": "OS_API_KEY=Zk3vQ9pLm2Xw7Rt5Yb8NcQ\n",
                     ".env": "SIDEKIQ_WEB_UI_PASSWORD=not-a-real-secret\n"})
    got = {f.location.path: f.status for f in findings(scan(tmp_path, only=(ENV_FILES,)), ENV_FILES) if f.location}
    assert got == {".env.development": Status.PASS, ".env.test": Status.FAIL, ".env": Status.FAIL}, got
