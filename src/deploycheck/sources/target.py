"""The target model, first layer: which files are production.

Vendored and generated code, test fixtures and test data, docs examples are in the repository but
not in what is deployed. Production checks (manifests, Dockerfiles, code facts, routes, secrets, ...)
read `ctx.files`, which leaves them out; checks about tests and docs read `ctx.all_files`. Each rule
counts the files it left out, and the report says so (a notice), so nothing is dropped silently. The
config's `include:` globs bring files back, `exclude:` globs keep files out of every reader.

deploycheck's own reports (SARIF, JSON, JUnit, Markdown, HTML, baselines, SBOMs written into the
repository by a CI recipe) are never sources at all: they are recognised by their first bytes.

Hand-written rules rather than a library: linguist-style vendoring lists (e.g. GitHub's
linguist vendor.yml) are Ruby data with hundreds of entries for other languages' IDE files; the
handful of directory names and generated-code markers below are the ones found on microservice
repositories, and each is named in the notice so a team can see and override it.
"""

from __future__ import annotations

import re

from deploycheck.sources.languages import SOURCE_SUFFIXES

# Rule name -> directory names (any depth) whose files it leaves out.
# (site-packages/, dist-packages/: a virtualenv committed with the code, `venv/lib/python3.11/site-packages/` or
# Windows' `venv/Lib/site-packages/`, holds the installed packages: Django's own contrib migrations, numpy's tests)
VENDORED_DIRS = frozenset({".yarn", "node_modules", "vendor", "third_party", "third-party", "bower_components",
                           "jspm_packages", ".pnpm-store", "site-packages", "dist-packages"})
# (.semgrep/: semgrep rules and the code samples written to trigger them, as saleor keeps them)
TEST_DIRS = frozenset({"tests", "test", "testdata", "test-data", "test_data", "fixtures", "__fixtures__",
                       "unittests", "unittest", "__tests__", "__snapshots__", "__mocks__", "e2e-tests", "cypress",
                       ".semgrep", "testing",
                       # the end-to-end drivers' folders spelt as one word or with an underscore (athens' e2etests/,
                       # whose run_athens.go starts the proxy and calls it with http.Get)
                       "e2etests", "e2e_tests",
                       # acceptance suites' folders (modern-slavery's acceptance-test/: the browser journeys and
                       # their bootstrap, whose BROWSER_TYPE/BROWSER_DEMO were read as the service's variables)
                       "acceptance-test", "acceptance-tests", "acceptance_test", "acceptance_tests",
                       # resources for tests: the dashboard's hack/test-resources/ Pods (crashing, 1gb-of-logs,
                       # pending...) that show its UI broken workloads (Maven's src/test/resources is under test/)
                       "test-resources", "test_resources", "testresources",
                       # Go's test-helper packages, imported only by `_test.go` files (Reloader's internal/pkg/testutil)
                       "testutil", "testutils", "testhelper", "testhelpers"})
# A .NET (or Java) test project's folder, PascalCase and ending in Test(s): `Basket.UnitTests/`, `UITest/`,
# `Ordering.FunctionalTests/` (pitstop keeps its UI tests' connection strings in src/UITest/TestConstants.cs).
_TEST_PROJECT_DIR = re.compile(r"[A-Z][\w.-]*Tests?")
# Top-level only: `examples/` of a library, an `_archived/` folder of examples no longer maintained, or
# teaching material (emojivoto's `training/`: Linkerd exercises with their own Deployments and Ingresses).
DOCS_DIRS = frozenset({"docs", "doc", "examples", "example", "_archived", "archived", "training", "tutorial",
                       "tutorials", "workshop", "workshops"})

# A top-level examples/ folder that holds the repository's only Kubernetes material is its deployment
# (TeaStore deploys from examples/kubernetes and examples/helm, as its guide says): left out, every Kubernetes
# item would be n/a, a false pass. Only its manifests, charts and compose files come back, not its code.
DEPLOYMENT_EXAMPLE_DIRS = frozenset({"examples", "example"})
# A top-level docs/ folder can hold it too (Presidio's only chart is docs/samples/deployments/k8s/charts/presidio,
# which its docs install as "Presidio As a Service with Kubernetes"). From docs/ only files inside a folder named
# for deployment come back, never a manifest shown next to the prose as an illustration.
DEPLOYMENT_DOCS_DIRS = frozenset({"docs", "doc"})
_DEPLOYMENT_FOLDERS = frozenset({"deploy", "deployment", "deployments", "k8s", "kubernetes", "helm", "charts",
                                 "manifests", "kustomize"})
_DEPLOYMENT_SUFFIXES = (".yaml", ".yml", ".json", ".tpl")
KUSTOMIZATION_NAMES = frozenset({"kustomization.yaml", "kustomization.yml", "Kustomization"})
_KUBERNETES_NAMES = frozenset({"Chart.yaml", *KUSTOMIZATION_NAMES})
_KUBERNETES_HEAD = re.compile(r"^apiVersion:[ \t]*\S", re.M)
_KIND_HEAD = re.compile(r"^kind:[ \t]*\S", re.M)

# At the top of the repository only: a development container, and the skills/scripts of coding assistants
# (a large real service keeps helper scripts with print() calls in .claude/skills/). Never deployed.
DEV_ENVIRONMENT_DIRS = frozenset({".devcontainer", ".claude", ".cursor", ".windsurf"})
# At any depth: `.devcontainer/` is the Dev Container specification's own folder name, and a monorepo keeps one per
# language folder opened as its own workspace (coolstore-microservices: src/go/.devcontainer/Dockerfile FROM
# mcr.microsoft.com/vscode/devcontainers/go, src/rust/.devcontainer/ with a compose file and a .env). The editor
# builds it; nothing deploys it.
DEV_CONTAINER_DIR = ".devcontainer"
# A Dockerfile named for local development (presidio's Dockerfile.dev: editable installs with build-essential;
# eShopOnContainers' Dockerfile.develop): the developer's image, not the one a release builds and deploys.
_DEV_DOCKERFILE = re.compile(r"(?:Dockerfile|Containerfile)[._-](?:dev|develop|development|local|debug)"
                             r"|(?:dev|develop|development|local|debug)\.(?:Dockerfile|Containerfile)", re.I)

_MINIFIED_NAME = re.compile(r"[.-]min\.(js|mjs|css)$|\.(bundle|chunk)\.(js|mjs)$|\.js\.map$")
_GENERATED_NAME = re.compile(
    r"(\.pb(\.gw|\.validate)?\.go|_pb2(_grpc)?\.pyi?|_grpc\.pb\.go|\.pb\.(cc|h)|_generated\.go|\.g\.dart"
    r"|\.generated\.(ts|js|cs|go))$|(^|/)zz_generated[^/]*\.go$")
# A JVM build's test source sets besides src/test/: Failsafe integration tests that build-helper-maven-plugin adds as
# `src/it/java` (yas: src/it/java/**/CartItemControllerIT.java), Gradle's `integrationTest`/`intTest` source sets.
JVM_TEST_SOURCE_SET = re.compile(r"(^|/)src/(?:it|intTest|integrationTest|integration-test)/"
                                 r"(?:java|kotlin|groovy|scala|resources)/")
# Any other Gradle/Maven test source set: a folder under src/ named like `functionalTest`, `smokeTest`, `contractTest`,
# `e2e-test` (HMCTS's services keep src/functionalTest, src/smokeTest, src/contractTest beside src/integrationTest).
# A production source set is never named for tests; left out, its URLs, settings and test credentials were read as
# the service's own (rd-user-profile-api's SmokeTest.java "read TEST_URL").
JVM_NAMED_TEST_SOURCE_SET = re.compile(r"(^|/)src/(?:[a-z][A-Za-z0-9]*Test|[a-z][a-z0-9]*-test)/"
                                       r"(?:java|kotlin|groovy|scala|resources)/")

def jvm_module(rel: str) -> str | None:
    """The folder of the JVM module holding `rel` (the folder above its `src/main/`; "" for a module at the
    repository's root), or None for a file outside any `src/main/`."""
    if rel.startswith("src/main/"):
        return ""
    return rel.split("/src/main/", 1)[0] if "/src/main/" in rel else None


# RSpec's conventions (Ruby): `*_spec.rb` files, and the support files and helpers under `spec/` they load
# (laa-court-data-adaptor's spec/support/common_platform_schemas.rb is a Sinatra stub of a remote API for WebMock,
# whose routes were read as the service's own), at any depth below spec/support/ (laa-apply-for-legal-aid's
# spec/support/shared_context/ccms_soa_configuration_context.rb: a test configuration with client_password "xxxxx");
# and Rails' test environment, config/environments/test.rb, which only the test suite loads (its mock passwords
# "not-a-real-password" were read as production defaults).
# Searched in "/" + the path, so that a name at the start follows a "/" like any other: every alternative then starts
# with a literal (`_`, `.` or `/`) and re skips to those characters, where `(^|/)test_...` was tried at every position
# of every path (6.8 -> 2.1 us a path; tests/test_target_model.py holds it to the `(^|/)` form).
_TEST_FILE = re.compile(
    r"(?:_test\.go|/test_[^/]*\.py|_test\.py|/conftest\.py|\.(?:test|spec|cy)\.(?:js|jsx|ts|tsx|mjs)"
    r"|/(?:cypress|playwright)\.config\.(?:js|ts|mjs|cjs)|/(?:docker-)?compose[.-]tests?\.ya?ml"
    r"|_spec\.rb|/spec/(?:support/.+|(?:spec|rails)_helper)\.rb|/config/environments/test\.rb)$")
# Code whose header says it was generated (Go's convention is `// Code generated ... DO NOT EDIT.`).
_GENERATED_HEADER = re.compile(
    r"^[^\w\n]*(Code generated .{0,200}DO NOT EDIT|@generated\b|<auto-generated|This file (was|is) "
    r"(automatically|auto-)generated|AUTO-GENERATED FILE|Generated by the protocol buffer compiler|DO NOT EDIT)",
    re.I | re.M)
# A line longer than this in the first 4 KB of a .js/.css file: a minified bundle whatever its name.
_MINIFIED_LINE = 1000

RULES = {
    "vendored": "vendored or dependency code (" + ", ".join(f"{d}/" for d in sorted(VENDORED_DIRS))
                + ", the build tools' wrappers .mvn/wrapper/ and gradle/wrapper/)",
    "generated": "generated code (protobuf/codegen names, a generated-code header)",
    "minified": "minified bundles (*.min.js, *.bundle.js, long-line JS/CSS)",
    "tests": "tests, fixtures and test data (" + ", ".join(f"{d}/" for d in sorted(TEST_DIRS))
             + ", *Tests/ test projects, test files)",
    "dev-environment": f"editor dev containers ({DEV_CONTAINER_DIR}/ at any depth), development Dockerfiles "
                       "(Dockerfile.dev, Dockerfile.develop, Dockerfile.local ...) and coding assistants' files ("
                       + ", ".join(f"{d}/" for d in sorted(DEV_ENVIRONMENT_DIRS - {DEV_CONTAINER_DIR}))
                       + " at the top)",
    "docs": "docs, examples, teaching material and archived folders ("
            + ", ".join(f"{d}/" for d in sorted(DOCS_DIRS)) + ")",
}


def rule_by_path(rel: str) -> str | None:
    """The non-production rule the path alone decides, or None."""
    parts = rel.split("/")
    dirs = parts[:-1]
    if any(d in VENDORED_DIRS for d in dirs):
        return "vendored"
    # the Maven and Gradle wrappers' own files (MavenWrapperDownloader.java reads MVNW_USERNAME/MVNW_PASSWORD):
    # the build tool's code the wrapper generator wrote, not the service's (java-demoapp)
    if len(dirs) >= 2 and dirs[-1] == "wrapper" and dirs[-2] in (".mvn", "gradle"):
        return "vendored"
    name = parts[-1]
    if _MINIFIED_NAME.search(name):
        return "minified"
    if _GENERATED_NAME.search(rel):
        return "generated"
    if any(d in TEST_DIRS or _TEST_PROJECT_DIR.fullmatch(d) for d in dirs) or _TEST_FILE.search("/" + rel) \
            or JVM_TEST_SOURCE_SET.search(rel) or JVM_NAMED_TEST_SOURCE_SET.search(rel):
        return "tests"
    if dirs and dirs[0] in DOCS_DIRS:
        return "docs"
    if (dirs and dirs[0] in DEV_ENVIRONMENT_DIRS) or DEV_CONTAINER_DIR in dirs or _DEV_DOCKERFILE.fullmatch(name):
        return "dev-environment"  # the editor's container and coding assistants' scripts
    return None


def is_kubernetes_material(rel: str, head: str) -> bool:
    """A chart, a kustomization or a YAML manifest (apiVersion and kind at the start of a line in its head)."""
    name = rel.rsplit("/", 1)[-1]
    if name in _KUBERNETES_NAMES:
        return True
    return rel.endswith((".yaml", ".yml")) and bool(_KUBERNETES_HEAD.search(head) and _KIND_HEAD.search(head))


def examples_as_deployment(docs_left_out: list[str]) -> list[str]:
    """The files of a top-level examples/ folder, or of a deployment folder inside docs/, that may be the
    deployment (see DEPLOYMENT_EXAMPLE_DIRS and DEPLOYMENT_DOCS_DIRS)."""
    return [rel for rel in docs_left_out if _may_be_deployment(rel)]


def _may_be_deployment(rel: str) -> bool:
    parts = rel.split("/")
    if parts[0] in DEPLOYMENT_EXAMPLE_DIRS:
        return rel.endswith(_DEPLOYMENT_SUFFIXES)
    # in docs/, the deploy scripts beside the chart too (presidio's deployment/deploy-presidio.sh runs
    # `helm install ... --namespace presidio`: where the chart's namespace is declared)
    return (parts[0] in DEPLOYMENT_DOCS_DIRS and any(d in _DEPLOYMENT_FOLDERS for d in parts[1:-1])
            and rel.endswith((*_DEPLOYMENT_SUFFIXES, ".sh")))


def brought_back_notice(paths: list[str]) -> str | None:
    if not paths:
        return None
    return (f"{len(paths):,} file(s) of {paths[0].split('/', 1)[0]}/ judged as the deployment: they hold the "
            f"repository's only Kubernetes material (e.g. {paths[0]}). Config `exclude:` globs leave them out.")


def needs_content(rel: str) -> bool:
    return rel.endswith(SOURCE_SUFFIXES) or rel.endswith(".css")


def rule_by_content(rel: str, head: str) -> str | None:
    """The rule the first bytes decide: a generated-code header, or a minified (very long line) file."""
    if rel.endswith((".js", ".mjs", ".cjs", ".css")) and any(len(line) > _MINIFIED_LINE
                                                             for line in head.splitlines()[:5]):
        return "minified"
    # Only the top of the file: "DO NOT EDIT" in a comment halfway down is not a header.
    if _GENERATED_HEADER.search("\n".join(head.splitlines()[:5])):
        return "generated"
    if _GENERATOR_SIGNATURE.search("\n".join(head.splitlines()[:12])):
        return "generated"
    return None


# A generator that signs its output a little lower than the first lines: versioneer writes `_version.py` with a
# public-domain notice and "Generated by\n# versioneer-0.20" on lines 8-9 (binderhub/_version.py, 13 print() calls of
# the generator's own code reported as the service's logging).
# OpenAPI Generator's and swagger-codegen's clients sign below the API's title and description (keel's
# ui/src/api/generated/model/*.js, line 8: "NOTE: This class is auto generated by OpenAPI Generator").
_GENERATOR_SIGNATURE = re.compile(r"Generated by\s*#?\s*versioneer-\d"
                                  r"|auto generated by (?:OpenAPI Generator|the swagger code generator program)", re.I)

_OUTPUT_SUFFIXES = (".sarif", ".json", ".xml", ".md", ".html", ".htm")


def is_output_candidate(rel: str) -> bool:
    """Names a report could have: only their first bytes are read to tell."""
    return rel.lower().endswith(_OUTPUT_SUFFIXES)


def is_own_output(rel: str, head: str) -> bool:
    """A report, baseline or SBOM deploycheck wrote (recognised by its first bytes, not its name)."""
    if not is_output_candidate(rel) or "deploycheck" not in head:
        return False
    stripped = head.lstrip()
    if stripped.startswith("{"):
        # The JSON report, SARIF (driver name), a CycloneDX SBOM (tool name), a baseline (tool_version).
        versioned = re.search(r'"(schema_version|\$schema|bomFormat)"', head) is not None
        return versioned and (re.search(r'"name": ?"deploycheck"', head) is not None or '"tool_version"' in head)
    if stripped.startswith("<?xml") or stripped.startswith("<testsuites"):
        return '<testsuites name="deploycheck"' in head
    if stripped.startswith(("<!doctype html", "<!DOCTYPE html", "<html")):
        return "<title>deploycheck:" in head
    return bool(re.match(r"#+ \S* ?deploycheck: ", stripped))


def left_out_notice(left_out: dict[str, list[str]]) -> str | None:
    """One line for the report: how many files each rule left out, with an example of each."""
    if not left_out:
        return None
    parts = []
    for rule, paths in sorted(left_out.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        parts.append(f"{rule}: {len(paths):,} (e.g. {paths[0]})")
    total = sum(len(p) for p in left_out.values())
    return (f"{total:,} file(s) left out of the production checks by rule — " + "; ".join(parts)
            + ". Config `include:` globs bring files back, `exclude:` globs leave more out.")
