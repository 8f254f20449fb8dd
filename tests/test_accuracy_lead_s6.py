"""Rules the lead added on 2026-11-30 (s6), each from the lines of a fresh repository of the accuracy set
(bench/accuracy): oracle-quickstart/oci-cloudnative (mushop)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# mushop's src/user/test/app.e2e-spec.ts: the spec `nest new` generates, never touched since
NEST_SCAFFOLD_E2E = """\
import { Test, TestingModule } from '@nestjs/testing';
import * as request from 'supertest';
import { AppModule } from './../src/app.module';

describe('AppController (e2e)', () => {
  let app;

  beforeEach(async () => {
    const moduleFixture: TestingModule = await Test.createTestingModule({
      imports: [AppModule],
    }).compile();

    app = moduleFixture.createNestApplication();
    await app.init();
  });

  it('/ (GET)', () => {
    return request(app.getHttpServer())
      .get('/')
      .expect(200)
      .expect('Hello World!');
  });
});
"""
USER_SERVICE = {
    "src/user/package.json": '{"name": "user", "scripts": {"test:e2e": "jest --config ./test/jest-e2e.json"}}\n',
    "src/user/src/app.module.ts": "import { Module } from '@nestjs/common';\n@Module({ imports: [] })\n"
                                  "export class AppModule {}\n",
    "src/user/src/services/user/user.controller.ts":
        "import { Controller, Get } from '@nestjs/common';\n@Controller('customers')\n"
        "export class UserController {\n  @Get()\n  list() { return []; }\n}\n",
    "src/user/test/app.e2e-spec.ts": NEST_SCAFFOLD_E2E,
}


def test_a_generated_e2e_spec_expecting_a_greeting_the_code_never_gives_is_no_suite(tmp_path: Path) -> None:
    """mushop: e2e-tests/suite passed on "1 end-to-end tests in 1 file(s)", the Nest scaffold that expects
    'Hello World!' from GET / of a service whose controllers had long replaced it: the test cannot pass and tests no
    code. When the package's code does say it, the test counts; results are not asked for tests counted out."""
    write(tmp_path, USER_SERVICE)
    result = scan(tmp_path, only=("e2e-tests/suite", "e2e-tests/results"))
    [suite] = findings(result, "e2e-tests/suite")
    assert suite.status is Status.FAIL, suite.message
    assert "expect a response body no source file holds" in suite.message, suite.message
    [results] = findings(result, "e2e-tests/results")
    assert results.status is Status.SKIPPED and "0 end-to-end" not in results.message, results.message
    write(tmp_path, {"src/user/src/app.controller.ts":
                     "@Controller()\nexport class AppController {\n  @Get()\n"
                     "  hello() { return 'Hello World!'; }\n}\n"})
    [suite] = findings(scan(tmp_path, only=("e2e-tests/suite",)), "e2e-tests/suite")
    assert suite.status is Status.PASS and suite.message.startswith("1 end-to-end tests"), suite.message


def test_front_matter_is_no_heading() -> None:
    """mushop's Hugo page src/docs/content/disaster-recovery/_index.md starts with YAML front matter; CommonMark read
    its lines and the closing `---` as a setext heading ("title: "Disaster Recovery"date: ..."), which
    backups/restore-procedure took for a documented procedure. Front matter is blanked; lines keep their numbers."""
    from deploycheck.sources.markdown import parse_markdown

    page = ('---\ntitle: "Disaster Recovery"\ndate: 2021-09-02 T16:04:15-06:00\ndraft: false\n---\n\n'
            "## Introduction\n\nText.\n")
    assert [(h.text, h.line) for h in parse_markdown("d.md", page).headings] == [("Introduction", 7)]
    toml = '+++\ntitle = "Restore"\n+++\n# Usage\n'
    assert [(h.text, h.line) for h in parse_markdown("t.md", toml).headings] == [("Usage", 4)]
    # a thematic break further down still makes the paragraph above it a heading, as CommonMark says
    assert [h.text for h in parse_markdown("b.md", "# A\n\nRestore\n---\n").headings] == ["A", "Restore"]


UMBRELLA = {
    "chart/Chart.yaml": "apiVersion: v2\nname: mushop\nversion: 0.2.1\n",
    "chart/values.yaml": "api:\n  enabled: true\n",
    "chart/charts/api/Chart.yaml": "apiVersion: v2\nname: api\nversion: 0.2.1\n",
    "chart/charts/api/values.yaml": "replicaCount: 1\n",
    "chart/charts/api/templates/tests/test-connection.yaml":
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api-test\n  annotations:\n    helm.sh/hook: test-success\n"
        "spec:\n  containers:\n    - name: wget\n      image: busybox\n      command: ['wget']\n"
        "      args: ['api:80']\n  restartPolicy: Never\n",
}


def test_an_umbrella_charts_subchart_tests_are_its_tests(tmp_path: Path) -> None:
    """mushop's umbrella chart keeps its 13 service subcharts in charts/, each with templates/tests/; helm-chart/tests
    warned "no tests under templates/tests/" on the umbrella, though `helm test` runs the subcharts' hooks."""
    write(tmp_path, UMBRELLA)
    [f] = findings(scan(tmp_path, only=("helm-chart/tests",)), "helm-chart/tests")
    assert f.status is Status.PASS and "test template(s) of its subcharts" in f.message, f.message
    assert f.location is not None and f.location.path == "chart/charts/api/templates/tests/test-connection.yaml"
    (tmp_path / "chart/charts/api/templates/tests/test-connection.yaml").unlink()
    [f] = findings(scan(tmp_path, only=("helm-chart/tests",)), "helm-chart/tests")
    assert f.status is Status.WARN, f.message


def test_a_values_key_naming_a_secret_the_readme_creates_is_a_reference(tmp_path: Path) -> None:
    """mushop's values-prod.yaml sets `ociAuthSecret: oci-credentials` after its README's
    `kubectl create secret generic oci-credentials ...`: the value is the Secret's name, yet helm-values and the
    keyword scan reported it as a literal secret. A value no instruction creates stays a finding."""
    write(tmp_path, {
        "chart/Chart.yaml": "apiVersion: v2\nname: mushop\nversion: 0.2.1\n",
        "chart/values-prod.yaml": "global:\n  ociAuthSecret: oci-credentials        # OCI credentials secret name\n"
                                  "  oadbAdminSecret: oadb-admin\n",
        "README.md": "# Install\n\n```shell\nkubectl create secret generic oci-credentials \\\n"
                     "  --namespace mushop \\\n  --from-literal=tenancy=<TENANCY_OCID>\n```\n",
    })
    result = scan(tmp_path, only=("sensitive-config/helm-values", "sensitive-config/secret-scan"))
    values = findings(result, "sensitive-config/helm-values")
    named = [f for f in values if "global.ociAuthSecret names the Secret oci********" in f.message]
    assert named and named[0].status is Status.PASS and "README.md:4" in named[0].message, [f.message for f in values]
    assert not any("oci-credentials" in f.message for f in values)  # masked: the repository wrote both sides
    failing = [f.message for f in values if f.status is Status.FAIL]
    assert failing == ["chart/values-prod.yaml: global.oadbAdminSecret holds a literal value (oad*******)"], failing
    scanned = findings(result, "sensitive-config/secret-scan")
    assert [f.message for f in scanned if f.status is Status.FAIL] == [
        "Secret Keyword in chart/values-prod.yaml:3 (oad*******)"], [f.message for f in scanned]


# mushop's src/api/Dockerfile (shortened): production mode set before the install, then pruned
NODE_PRODUCTION_DOCKERFILE = """\
FROM node:14-alpine
ENV NODE_ENV "production"
COPY package*.json /tmp/
RUN cd /tmp && npm ci
RUN mkdir -p /usr/src/app && cp -a /tmp/node_modules /usr/src/app/
WORKDIR /usr/src/app
COPY . .
RUN npm prune --production
USER node
CMD [ "node", "server.js" ]
"""


def test_node_env_production_before_the_install_leaves_the_dev_dependencies_out(tmp_path: Path) -> None:
    """mushop's api image sets `ENV NODE_ENV "production"` before `npm ci`, so npm installs no devDependencies (as
    --production); dockerfile/multi-stage warned "single-stage image installs build tooling (npm ci)". The same
    install before the ENV, or a build script after it, is still build tooling."""
    write(tmp_path, {"Dockerfile": NODE_PRODUCTION_DOCKERFILE, "package.json": '{"name": "api"}\n'})
    [f] = findings(scan(tmp_path, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert f.status is Status.PASS, f.message
    late = NODE_PRODUCTION_DOCKERFILE.replace('ENV NODE_ENV "production"\n', "").replace(
        "WORKDIR /usr/src/app\n", 'WORKDIR /usr/src/app\nENV NODE_ENV=production\n')
    write(tmp_path, {"Dockerfile": late})
    [f] = findings(scan(tmp_path, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert f.status is Status.WARN and "(npm ci)" in f.message, f.message


def test_a_developer_machines_temp_folder_is_no_secret(tmp_path: Path) -> None:
    """mushop's src/api/jest.config.js is the file `jest --init` writes, with its commented
    `cacheDirectory: "/private/var/folders/_4/wc70vz5j43bb9xfq_j_kgsgr0000gn/T/jest_dx"`: the macOS temp folder's
    random-looking name came out as a "Base64 High Entropy String". A token with slashes stays a finding."""
    config = ("module.exports = {\n  // Automatically clear mock calls and instances between every test\n"
              "  // cacheDirectory: \"/private/var/folders/_4/wc70vz5j43bb9xfq_j_kgsgr0000gn/T/jest_dx\",\n"
              "  clearMocks: true,\n};\n")
    write(tmp_path, {"src/api/jest.config.js": config})
    scanned = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    assert [f.status for f in scanned] == [Status.PASS], [f.message for f in scanned]
    write(tmp_path, {"src/api/settings.js": 'const blob = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEYq8Hn2";\n'})
    scanned = findings(scan(tmp_path, only=("sensitive-config/secret-scan",)), "sensitive-config/secret-scan")
    assert [f.status for f in scanned] == [Status.FAIL], [f.message for f in scanned]


FLAGGER_E2E = {
    ".github/workflows/e2e.yaml": """\
name: e2e
on: [pull_request]
jobs:
  e2e-test:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        provider:
          - istio
          - kubernetes
    steps:
      - uses: actions/checkout@v4
      - name: Setup Kubernetes
        uses: helm/kind-action@v1.14.0
      - name: Build container image
        run: |
          docker build -t test/flagger:latest .
          kind load docker-image test/flagger:latest
      - name: Run tests
        run: |
          ./test/${{ matrix['provider'] }}/run.sh
""",
    "test/istio/run.sh": '#!/usr/bin/env bash\nset -o errexit\nDIR="$(cd "$(dirname "$0")" && pwd)"\n'
                         '"$DIR"/install.sh\n"$DIR"/test-canary.sh\n',
    "test/istio/install.sh": "#!/usr/bin/env bash\nkubectl apply -k ${REPO_ROOT}/kustomize/istio\n"
                             "kubectl -n istio-system rollout status deployment/flagger\n",
    "test/istio/test-canary.sh": "#!/usr/bin/env bash\nkubectl apply -f ${REPO_ROOT}/test/workloads/canary.yaml\n"
                                 "kubectl -n test wait canary/podinfo --for=condition=promoted --timeout=5m\n",
    "test/kubernetes/run.sh": '#!/usr/bin/env bash\nDIR="$(cd "$(dirname "$0")" && pwd)"\n"$DIR"/test-deployment.sh\n',
    "test/kubernetes/test-deployment.sh": "#!/usr/bin/env bash\nkubectl -n test rollout status deployment/podinfo\n",
    "Dockerfile": "FROM alpine:3.22\nUSER nobody\nENTRYPOINT [\"./flagger\"]\n",
}


def test_a_matrix_of_cluster_test_scripts_is_an_end_to_end_suite(tmp_path: Path) -> None:
    """flagger's e2e.yaml runs `./test/${{ matrix['provider'] }}/run.sh` in kind for each mesh; run.sh runs
    "$DIR"/install.sh (kubectl apply -k, rollout status) and the test-*.sh scripts. The matrix value in the path
    hid every script, so integration-tests/suite and e2e-tests/suite both failed. Without the matrix values the
    path names nothing, and both still fail."""
    write(tmp_path, FLAGGER_E2E)
    result = scan(tmp_path, only=("integration-tests/suite", "e2e-tests/suite", "e2e-tests/results"))
    [integration] = findings(result, "integration-tests/suite")
    assert integration.status is Status.PASS and "through test/istio/run.sh" in integration.message, \
        integration.message
    [e2e] = findings(result, "e2e-tests/suite")
    assert e2e.status is Status.PASS, e2e.message
    assert "runs 2 test script(s) against it (test/istio/test-canary.sh" in e2e.message, e2e.message
    [results] = findings(result, "e2e-tests/results")
    assert results.status is Status.SKIPPED and "run in CI" in results.message, results.message
    workflow = FLAGGER_E2E[".github/workflows/e2e.yaml"].replace(
        "    strategy:\n      fail-fast: false\n      matrix:\n        provider:\n          - istio\n"
        "          - kubernetes\n", "")
    write(tmp_path / "bare", {**FLAGGER_E2E, ".github/workflows/e2e.yaml": workflow})
    result = scan(tmp_path / "bare", only=("integration-tests/suite", "e2e-tests/suite"))
    assert [f.status for f in findings(result, "integration-tests/suite")] == [Status.FAIL]
    assert [f.status for f in findings(result, "e2e-tests/suite")] == [Status.FAIL]


def test_a_scrape_block_ends_with_its_job_and_alertmanagers_are_not_scraped() -> None:
    """The Prometheus scrape-target reader (s5) read 40 lines after each `static_configs:` whatever the indentation:
    the next job's targets were credited to the job above, and `alerting: alertmanagers: - static_configs:` targets
    counted as scraped (sec-fuzz8's and perf-corpus14's notes): a Service could pass metrics-scraped though nothing
    scrapes it. A block ends at the first line no deeper than its key (a compact list item at the key's depth stays)."""
    from deploycheck.sources.prometheus import _text_targets

    config = ("alerting:\n  alertmanagers:\n    - static_configs:\n"
              "        - targets: ['alertmanager.monitoring.svc:9093']\n"
              "scrape_configs:\n  - job_name: app\n    static_configs:\n    - targets: ['app.default.svc:8080']\n"
              "  - job_name: other\n    dns_sd_configs:\n      - names: ['other.default.svc']\n        type: A\n")
    assert [(t.job, t.target) for t in _text_targets("prometheus.yml", config)] == [
        ("app", "app.default.svc:8080"), ("other", "other.default.svc")]
