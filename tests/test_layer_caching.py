"""dockerfile/layer-caching: every COPY reached before a dependency install, along the stages it is built FROM."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

CHECK = "dockerfile/layer-caching"

# prisoner-content-hub-backend's Dockerfile (lines 102-136 and 201-220, shortened): the base stage copies the Drupal
# docroot (custom modules in PHP) and config; the production stage, built FROM base, runs `composer install`.
PRISONER = """\
FROM --platform=linux/amd64 php:8.3.9-apache-bookworm AS base
USER 33
WORKDIR /var/www/html
COPY --chown=www-data:www-data composer.json composer.lock Makefile phpstan.neon ./
COPY --chown=www-data:www-data patches patches
COPY --chown=www-data:www-data docroot docroot
COPY --chown=www-data:www-data config config
COPY --chown=www-data:www-data assets assets

COPY ./apache/ /etc/apache2/

FROM base as optimised-build

## Install dependencies (without dev)
RUN composer install \\
  --no-ansi \\
  --no-dev \\
  --no-interaction \\
  --prefer-dist
"""


def _lc(path: Path) -> list:  # type: ignore[type-arg]
    return findings(scan(path, only=(CHECK,)), CHECK)


def test_install_in_a_stage_built_from_one_that_copied_source_code_warns(tmp_path: Path) -> None:
    root = write(tmp_path, {
        "Dockerfile": PRISONER, "composer.json": "{}", "composer.lock": "{}", "Makefile": "all:\n",
        "phpstan.neon": "", "patches/core.patch": "--- a\n",
        "docroot/modules/custom/prisoner_hub_breadcrumbs/prisoner_hub_breadcrumbs.module": "<?php\n",
        "config/sync/system.cron.yml": "threshold: {}\n", "apache/apache2.conf": "ServerName x\n",
    })
    found = _lc(root)
    assert [f.status for f in found] == [Status.WARN], [f.message for f in found]
    assert found[0].location.line == 15
    assert "docroot" in found[0].message and "stage base" in found[0].message


def test_only_manifests_configuration_and_patches_before_the_install_pass(tmp_path: Path) -> None:
    # The same stages without docroot/: what precedes the install is the manifests, a Makefile, patch files (read by
    # composer-patches), YAML configuration and Apache's configuration; none of it is code.
    text = PRISONER.replace("COPY --chown=www-data:www-data docroot docroot\n", "")
    root = write(tmp_path, {
        "Dockerfile": text, "composer.json": "{}", "composer.lock": "{}", "Makefile": "all:\n",
        "phpstan.neon": "", "patches/core.patch": "--- a\n", "assets/scaffold/htaccess": "Options -Indexes\n",
        "config/sync/system.cron.yml": "threshold: {}\n", "apache/apache2.conf": "ServerName x\n",
    })
    assert [f.status for f in _lc(root)] == [Status.PASS]


def test_manifest_copied_before_the_whole_context_is_not_enough(tmp_path: Path) -> None:
    # pitstop's WebApp image: `COPY *.csproj ./` and `dotnet restore`, then `COPY . ./` and `pnpm install`: pnpm's
    # install still follows the whole source (it passed: a manifest copied first excused any later install).
    root = write(tmp_path, {"Dockerfile": (
        "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build-env\nWORKDIR /app\n"
        "COPY *.csproj ./\nRUN dotnet restore\n\n# Copy everything else and build\nCOPY . ./\nRUN pnpm install\n"
        "RUN pnpm run build\n"), "WebApp.csproj": "<Project/>\n", "package.json": "{}\n", "src/app.ts": "x\n"})
    found = _lc(root)
    assert [f.status for f in found] == [Status.WARN] and "pnpm install" in found[0].message


def test_pnpm_fetch_before_the_source_then_offline_install_passes(tmp_path: Path) -> None:
    # api-platform's pwa image (pnpm's Docker recipe): the store is filled from the lock file before `COPY . .`.
    root = write(tmp_path, {"Dockerfile": (
        "FROM node:21-alpine AS base\nWORKDIR /srv/app\n\nFROM base AS builder\n\n"
        "COPY --link pnpm-lock.yaml ./\nRUN pnpm fetch --prod\n\nCOPY --link . .\n\n"
        "RUN\tpnpm install --frozen-lockfile --offline --prod && \\\n\tpnpm run build\n"),
        "pnpm-lock.yaml": "lockfileVersion: '9.0'\n", "package.json": "{}\n", "app/page.tsx": "x\n"})
    assert [f.status for f in _lc(root)] == [Status.PASS]


def test_a_glob_of_manifest_names_the_context_does_not_show_passes(tmp_path: Path) -> None:
    # go-api-boilerplate's cmd/auth/Dockerfile is built from the root with `-f`; `COPY go.* ./` takes go.mod/go.sum.
    root = write(tmp_path, {"cmd/auth/Dockerfile": (
        "FROM golang:1.22 AS buildenv\nWORKDIR /app\nCOPY go.* ./\nRUN go mod download\nCOPY . .\n")})
    assert [f.status for f in _lc(root)] == [Status.PASS]


def test_a_source_that_cannot_be_resolved_is_skipped_not_passed(tmp_path: Path) -> None:
    # presidio-image-redactor: `COPY ${ANALYZER_CONF_FILE} ...` with an ARG without default, before `poetry install`.
    root = write(tmp_path, {"Dockerfile": (
        "FROM python:3.13-slim\nARG ANALYZER_CONF_FILE\nCOPY ${ANALYZER_CONF_FILE} /app/${ANALYZER_CONF_FILE}\n"
        "WORKDIR /app\nCOPY ./pyproject.toml /app/\nRUN pip install poetry==2.3.2 && poetry install --no-root\n")})
    found = _lc(root)
    assert [f.status for f in found] == [Status.SKIPPED] and "ANALYZER_CONF_FILE" in found[0].message


def test_a_single_source_file_before_npm_install_warns(tmp_path: Path) -> None:
    # bookinfo's ratings image: `COPY ratings.js /opt/microservices/` before `RUN npm install`.
    root = write(tmp_path, {"Dockerfile": (
        "FROM node:20\nCOPY package.json /opt/microservices/\nCOPY ratings.js /opt/microservices/\n"
        "WORKDIR /opt/microservices\nRUN npm install\n"), "package.json": "{}\n", "ratings.js": "x\n"})
    found = _lc(root)
    assert [f.status for f in found] == [Status.WARN] and "ratings.js" in found[0].message


def test_a_src_folder_the_snapshot_does_not_hold_is_code_by_its_name(tmp_path: Path) -> None:
    # kubeflow's crud-web-apps jupyter image: `COPY ./jupyter/frontend/src ./src` before `RUN npm ci`, built from a
    # context that is not this folder; `src` is a source folder by convention.
    root = write(tmp_path, {"jupyter/Dockerfile": (
        "FROM node:16.20.2-bullseye as frontend\nWORKDIR /src\nCOPY ./jupyter/frontend/package.json ./\n"
        "COPY ./jupyter/frontend/package-lock.json ./\nCOPY ./jupyter/frontend/tsconfig.json ./\n"
        "COPY ./jupyter/frontend/src ./src\n\nENV NG_CLI_ANALYTICS \"ci\"\nRUN npm ci\n")})
    found = _lc(root)
    assert [f.status for f in found] == [Status.WARN] and "frontend/src" in found[0].message


def test_thousands_of_chained_stages_cost_linear_time(tmp_path: Path) -> None:
    import time

    # A chain of 1,500 stages, then 1,500 stages built FROM its end that each install: each install would walk the
    # whole chain (2.25 million instructions); the walk stops at a budget and says the order was not judged.
    chain = "".join(f"FROM s{i - 1} AS s{i}\nCOPY conf{i}.ini /etc/\n" for i in range(1, 1500))
    leaves = "".join(f"FROM s1499 AS t{i}\nRUN npm ci\n" for i in range(1500))
    root = write(tmp_path, {"Dockerfile": "FROM node:20 AS s0\nCOPY package.json ./\n" + chain + leaves})
    start = time.perf_counter()
    found = _lc(root)
    assert time.perf_counter() - start < 10
    assert [f.status for f in found] == [Status.SKIPPED] and "too many instructions" in found[0].message


def test_a_go_build_after_copying_the_whole_source_downloads_the_modules(tmp_path: Path) -> None:
    # keel's Dockerfile (lines 1, 8-9, 15-22, shortened): no go.mod copy and `go mod download` first.
    dockerfile = ("FROM golang:1.26.5-alpine AS go-build\nCOPY . /go/src/github.com/keel-hq/keel\n"
                  "WORKDIR /go/src/github.com/keel-hq/keel\n"
                  "RUN CGO_ENABLED=1 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \\\n    go build -a -tags netgo \\\n"
                  "    -o /go/bin/keel ./cmd/keel\n")
    gomod = "module github.com/keel-hq/keel\n\ngo 1.25\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n)\n"
    found = _lc(write(tmp_path / "keel", {"Dockerfile": dockerfile, "go.mod": gomod, "cmd/keel/main.go": "x\n"}))
    assert [f.status for f in found] == [Status.WARN] and "go build" in found[0].message
    # vendored modules, or a go.mod that requires nothing: the build downloads nothing
    vendored = _lc(write(tmp_path / "vendored", {"Dockerfile": dockerfile, "go.mod": gomod,
                                                 "vendor/modules.txt": "# github.com/gin-gonic/gin v1.10.0\n"}))
    assert [f.status for f in vendored] == [Status.PASS]
    stdlib = _lc(write(tmp_path / "stdlib", {"Dockerfile": dockerfile, "go.mod": "module x\n\ngo 1.22\n"}))
    assert [f.status for f in stdlib] == [Status.PASS]


def test_a_cache_mount_keeps_the_downloads_out_of_the_layers(tmp_path: Path) -> None:
    # version-rs: `RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release` after COPY
    dockerfile = ("FROM rust:1.80 AS build\nCOPY . .\n"
                  "RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release\n")
    found = _lc(write(tmp_path, {"Dockerfile": dockerfile, "Cargo.toml": "[package]\n", "src/main.rs": "x\n"}))
    assert [f.status for f in found] == [Status.PASS]
