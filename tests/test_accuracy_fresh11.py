"""What the fresh repositories go-httpbin (mccutchen/go-httpbin) and kubernetes-reflector
(emberstack/kubernetes-reflector) showed (acc-fresh11, 2026-11-29 late). Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.files import FileIndex

# --- a .gitignore of `.*` hid the CI and the .dockerignore of a checkout without .git ---------------------------------

# go-httpbin's .gitignore (all of it): `.*` matches .github/, .dockerignore and .gitignore itself, all tracked. In a
# clone git says so (ls-files); in a copy without .git (the labelled snapshot, a source archive) nobody can, and the
# index dropped them: "no CI pipeline found" and "no .dockerignore for its build context" (two false findings).
HTTPBIN_GITIGNORE = ".*\n*.exe\n*.test\n*.prof\ndist/*\ncoverage.txt\n/cmd/go-httpbin/go-httpbin\n"
HTTPBIN_DOCKERIGNORE = ".*\ndist\nexamples\n"
HTTPBIN_DOCKERFILE = """# syntax = docker/dockerfile:1.3
FROM golang:1.26 AS build

WORKDIR /go/src/github.com/mccutchen/go-httpbin

COPY . .

RUN --mount=type=cache,id=gobuild,target=/root/.cache/go-build \\
    make build buildtests

FROM gcr.io/distroless/static:nonroot

COPY --from=build /go/src/github.com/mccutchen/go-httpbin/dist/go-httpbin* /bin/

EXPOSE 8080
CMD ["/bin/go-httpbin"]
"""
HTTPBIN_CI = """name: ci

on:
  push:
    branches: [main] # pushes TO main

jobs:
  test:
    name: test
    runs-on: ubuntu-latest
    steps:
    - uses: actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2
    - name: test
      run: make testci
"""


def _httpbin(tmp_path: Path) -> None:
    write(tmp_path, {".gitignore": HTTPBIN_GITIGNORE, ".dockerignore": HTTPBIN_DOCKERIGNORE,
                     "Dockerfile": HTTPBIN_DOCKERFILE, ".github/workflows/ci.yaml": HTTPBIN_CI,
                     ".env": "LOG_LEVEL=DEBUG\n", ".idea/workspace.xml": "<project/>\n", "dist/go-httpbin.test": "x"})


def test_without_git_a_gitignore_does_not_hide_files_that_only_act_when_committed(tmp_path: Path) -> None:
    _httpbin(tmp_path)
    files = FileIndex.walk(tmp_path).files
    assert {".github/workflows/ci.yaml", ".dockerignore", ".gitignore"} <= set(files)
    # a developer's local dotfiles and build output stay out, as .gitignore says
    assert not {".env", ".idea/workspace.xml", "dist/go-httpbin.test"} & set(files)


def test_go_httpbin_ci_and_dockerignore_are_seen(tmp_path: Path) -> None:
    _httpbin(tmp_path)
    result = scan(tmp_path, only=("dockerfile/dockerignore", "registry/ci-push"))
    assert not findings(result, "dockerfile/dockerignore", Status.WARN)
    assert not findings(result, "dockerfile/dockerignore", Status.FAIL)
    assert all("no CI pipeline found" not in f.message for f in findings(result, "registry/ci-push"))


def test_in_a_git_clone_git_still_decides(tmp_path: Path) -> None:
    """With a repository to ask, an ignored file git does not track stays out even if it is a CI file."""
    from tests.helpers import git

    _httpbin(tmp_path)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-f", ".gitignore", ".dockerignore", "Dockerfile")
    git(tmp_path, "commit", "-qm", "init")
    files = set(FileIndex.walk(tmp_path).files)
    assert {".gitignore", ".dockerignore"} <= files
    assert ".github/workflows/ci.yaml" not in files  # ignored and untracked in this clone


# --- logging/level-from-env: LOG_LEVEL read through an injected env getter (a false finding) ------------------------

# go-httpbin's httpbin/cmd/cmd.go: main passes os.Getenv as getEnvVal; loadConfig reads every variable through it.
HTTPBIN_CMD = """package cmd

import (
	"log/slog"
	"os"
)

func Main(build BuildInfo) int {
	return mainImpl(os.Args[1:], build, os.Getenv, os.Environ, os.Hostname, os.Stderr)
}

// loadConfig parses command line arguments and env vars into a fully resolved
// Config struct. Command line arguments take precedence over env vars.
SIGNATURE
	cfg := &config{}
	if cfg.LogFormat == defaultLogFormat && getEnvVal("LOG_FORMAT") != "" {
		cfg.LogFormat = getEnvVal("LOG_FORMAT")
	}
	if cfg.rawLogLevel == defaultLogLevel && getEnvVal("LOG_LEVEL") != "" {
		cfg.rawLogLevel = getEnvVal("LOG_LEVEL")
	}
	cfg.LogLevel, err = parseLogLevel(cfg.rawLogLevel)
	_ = slog.LevelInfo
	return cfg, nil
}
""".replace("SIGNATURE", "func loadConfig(args []string, getEnvVal func(string) string, getEnviron func() []string, "
                         "getHostname func() (string, error)) (*config, error) {")


def test_a_log_level_read_through_an_injected_env_getter_comes_from_the_environment(tmp_path: Path) -> None:
    write(tmp_path, {"go.mod": "module github.com/mccutchen/go-httpbin/v2\n\ngo 1.25.0\n",
                     "httpbin/cmd/cmd.go": HTTPBIN_CMD})
    [finding] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert finding.status is Status.PASS and "LOG_LEVEL" in finding.message


def test_only_a_getter_named_for_the_environment_counts(tmp_path: Path) -> None:
    """A func(string) string parameter that is not an env getter (a translator, a lookup) reads no variable."""
    write(tmp_path, {"go.mod": "module example.com/x\n\ngo 1.22\n", "main.go": (
        "package main\n\nfunc render(translate func(string) string) string {\n"
        "\treturn translate(\"LOG_LEVEL\")\n}\n")})
    [finding] = findings(scan(tmp_path, only=("logging/level-from-env",)), "logging/level-from-env")
    assert finding.status is not Status.PASS


# --- env-vars/documented-unused: a Linux capability named in the README is not a variable (a false finding) ----------

# go-httpbin's README.md:135-153 (under a "Configuring ..." heading, so its inline code names count as documented).
HTTPBIN_README_CAPS = """# go-httpbin

#### Configuring non-root docker images

Prebuilt image versions >= 2.19.0 run as a non-root user by default to improve
container security at the cost of additional complexity for some non-standard
deployments:

- To run the go-httpbin image a) on a privileged port (i.e. below 1024) _and_
  b) using the Docker host network, you may need to run the container as root
  in order to enable the `CAP_NET_BIND_SERVICE` capability:

  ```bash
  $ docker run \\
    --network host \\
    --user root \\
    --cap-drop ALL \\
    --cap-add CAP_NET_BIND_SERVICE \\
    ghcr.io/mccutchen/go-httpbin \\
    /bin/go-httpbin -port=80
  ```

- Set `HTTPBIN_TOKEN` to the token.
"""


def test_a_capability_in_the_readme_is_not_a_documented_variable(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": HTTPBIN_README_CAPS, "go.mod": "module example.com/x\n\ngo 1.22\n",
                     "main.go": "package main\n\nimport \"os\"\n\nfunc main() { _ = os.Getenv(\"PORT\") }\n"})
    reported = {f.message.split(" ", 1)[0] for f in findings(scan(tmp_path, only=("env-vars/documented-unused",)),
                                                             "env-vars/documented-unused")
                if f.status in (Status.WARN, Status.FAIL)}
    assert "CAP_NET_BIND_SERVICE" not in reported
    assert "HTTPBIN_TOKEN" in reported  # a real documented name nothing reads is still reported


# --- readme/sections: a Helm values table is the configuration section, whatever its heading (a false finding) -------

# emberstack/kubernetes-reflector's README.md:1-2, 16-43 and 77-80 without the image.repository row (table
# padding and long paragraphs re-wrapped to fit the line length): the configuration is the "Parameter |
# Description | Default" table under "Deployment using Helm"; no heading says configuration.
REFLECTOR_README = """# Reflector
Reflector is a Kubernetes addon designed to monitor changes to resources (secrets and configmaps) and reflect
changes to mirror resources in the same or other namespaces.

## Deployment

Reflector can be deployed either manually or using Helm (recommended).

### Prerequisites
- Kubernetes 1.22+
- Helm 3.8+ (if deployed using Helm)

#### Deployment using Helm

Use Helm to install the latest released chart:
```shellsession
$ helm upgrade --install reflector oci://ghcr.io/emberstack/helm-charts/reflector
```
or
```shellsession
$ helm repo add emberstack https://emberstack.github.io/helm-charts
$ helm repo update
$ helm upgrade --install reflector emberstack/reflector
```

You can customize the values of the helm deployment by using the following Values:

| Parameter | Description | Default |
| --- | --- | --- |
| `nameOverride` | Overrides release name | `""` |
| `namespaceOverride` | Overrides namespace | `""` |
| `fullnameOverride` | Overrides release fullname | `""` |

## Usage

### 1. Annotate the source `secret` or `configmap`

"""


def test_a_configuration_table_under_a_deployment_heading_is_the_configuration_section(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": REFLECTOR_README})
    [finding] = findings(scan(tmp_path, only=("readme/sections",)), "readme/sections")
    assert finding.status is Status.PASS, finding.message


def test_a_table_of_services_is_not_a_configuration_section(tmp_path: Path) -> None:
    services = REFLECTOR_README.replace("| Parameter ", "| Service   ").split("#### Manual")[0]
    write(tmp_path, {"README.md": services})
    [finding] = findings(scan(tmp_path, only=("readme/sections",)), "readme/sections")
    assert finding.status is not Status.PASS and "configuration" in finding.message


# --- registry/ci-push: GoReleaser publishes the images of its config (a false finding) ------------------------------

# go-httpbin's release workflow (steps abridged to the GoReleaser ones), Makefile (the release targets) and
# .goreleaser.yaml's dockers_v2 section.
HTTPBIN_RELEASE = """name: release

"on":
  release:
    types: [published]

jobs:
  release:
    name: release
    runs-on: ubuntu-latest
    steps:
      - uses: goreleaser/goreleaser-action@5daf1e915a5f0af01ddbcd89a43b8061ff4f1a89 # v7.2.2
        with:
          version: '~> v2'
          install-only: true

      - name: "Run make release"
        env:
          RELEASE_TARGET: ${{ github.event_name == 'pull_request' && 'release-dry-run' || 'release' }}
        run:
          make "${RELEASE_TARGET}" GORELEASER="goreleaser"
"""
HTTPBIN_MAKEFILE = """# Built binaries will be placed here
DIST_PATH  	  ?= dist

GORELEASER  := go run github.com/goreleaser/goreleaser/v2@v2.15.2

clean:
	rm -rf $(DIST_PATH) $(COVERAGE_PATH) .integrationtests
.PHONY: clean

release: clean
	$(GORELEASER) release --clean --verbose
.PHONY: release

release-dry-run: clean
	$(GORELEASER) release --clean --verbose --snapshot
.PHONY: release-dry-run
"""
HTTPBIN_GORELEASER = """version: 2

builds:
  - main: ./cmd/go-httpbin

dockers_v2:
  - images:
      - index.docker.io/mccutchen/go-httpbin
      - ghcr.io/mccutchen/go-httpbin
    tags:
      - "{{.Version}}"
      - '{{ if not .Prerelease }}{{.Major}}.{{.Minor}}{{ end }}'
      - '{{ if not .Prerelease }}latest{{ end }}'
    platforms:
      - linux/amd64
      - linux/arm64
    dockerfile: Dockerfile.release
    sbom: true
"""


def _ci_push(tmp_path: Path, makefile: str, goreleaser: str) -> list[tuple[Status, str]]:
    write(tmp_path, {"Dockerfile": HTTPBIN_DOCKERFILE, ".github/workflows/release.yaml": HTTPBIN_RELEASE,
                     "Makefile": makefile, ".goreleaser.yaml": goreleaser})
    return [(f.status, f.message) for f in findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")]


def test_goreleaser_release_pushes_the_images_of_its_config(tmp_path: Path) -> None:
    [(status, message)] = _ci_push(tmp_path, HTTPBIN_MAKEFILE, HTTPBIN_GORELEASER)
    assert status is Status.PASS and "dockers_v2" in message


def test_goreleaser_snapshots_or_configs_without_images_push_nothing(tmp_path: Path) -> None:
    dry_only = HTTPBIN_MAKEFILE.replace("release --clean --verbose\n", "release --clean --verbose --snapshot\n")
    [(status, _)] = _ci_push(tmp_path / "dry", dry_only, HTTPBIN_GORELEASER)
    assert status is not Status.PASS
    no_images = HTTPBIN_GORELEASER.split("dockers_v2:")[0]
    [(status, _)] = _ci_push(tmp_path / "binaries", HTTPBIN_MAKEFILE, no_images)
    assert status is not Status.PASS
    skipped = HTTPBIN_GORELEASER.replace("    dockerfile:", "    skip_push: true\n    dockerfile:")
    [(status, _)] = _ci_push(tmp_path / "skip", HTTPBIN_MAKEFILE, skipped)
    assert status is not Status.PASS


def test_a_table_of_a_command_s_arguments_is_not_a_configuration_section(tmp_path: Path) -> None:
    """spring-boot-best-practices' README.md:594-600 explains the arguments of a ZAP docker command in a `| Parameter
    | Description |` table: no Default column, not the service's settings (a TP it lost to the first rule)."""
    zap = ("\n  | Parameter       | Description                              |\n"
           "  |-----------------|:-----------------------------------------|\n"
           "  | $(pwd)          | Directory where report will be generated |\n"
           "  | zap-baseline.py | Zap's python script                      |\n"
           "  | -t [TARGET_URL] | URL to be Pen Tested                     |\n"
           "  | -g gen.conf     | zap-baseline rule configuration file     |\n"
           "  | -r report.html  | Name of HTML report                      |\n")
    table_start = REFLECTOR_README.index("| Parameter")
    table_end = REFLECTOR_README.index("## Usage")
    write(tmp_path, {"README.md": REFLECTOR_README[:table_start] + zap + "\n" + REFLECTOR_README[table_end:]})
    [finding] = findings(scan(tmp_path, only=("readme/sections",)), "readme/sections")
    assert finding.status is not Status.PASS and "configuration" in finding.message
