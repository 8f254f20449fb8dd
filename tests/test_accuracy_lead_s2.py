"""Rules the lead added in the second session of 2026-11-29, each from the lines of a labelled repository."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

STDOUT = "logging/stdout"

# patroni/scripts/barman/utils.py (shortened): the helper script's --log-file is optional; without it, stderr
BARMAN_UTILS = '''\
import logging
from typing import Optional


def set_up_logging(log_file: Optional[str] = None) -> None:
    """Set up logging to file, if *log_file* is given, otherwise to console."""
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s: %(message)s")
'''


def test_basic_config_with_an_optional_log_file_parameter_logs_to_stderr_by_default(tmp_path: Path) -> None:
    write(tmp_path, {"patroni/scripts/barman/utils.py": BARMAN_UTILS})
    [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
    assert f.status is Status.PASS, f.message
    # a parameter without a None default, a keyword-only one with a path default, a module-level name: a file
    for text in (BARMAN_UTILS.replace("log_file: Optional[str] = None", "log_file: str"),
                 BARMAN_UTILS.replace("log_file: Optional[str] = None", "*, log_file: str = '/var/log/x.log'"),
                 "import logging\nlog_file = '/var/log/app.log'\nlogging.basicConfig(filename=log_file)\n"):
        write(tmp_path, {"patroni/scripts/barman/utils.py": text})
        [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
        assert f.status is Status.FAIL and "basicConfig(filename=...)" in f.message, (text, f.message)
    # a keyword-only parameter defaulting to None is optional too
    keyword_only = BARMAN_UTILS.replace("log_file: Optional", "*, log_file: Optional")
    write(tmp_path, {"patroni/scripts/barman/utils.py": keyword_only})
    [f] = findings(scan(tmp_path, only=(STDOUT,)), STDOUT)
    assert f.status is Status.PASS, f.message


TREE = "migration-scripts/tree"
# patroni's Dockerfile (shortened): the image is PostgreSQL's, with Patroni copied in; the final stage takes the
# builder's whole filesystem
PATRONI_DOCKERFILE = """\
ARG PG_MAJOR=16
FROM postgres:$PG_MAJOR as builder
RUN apt-get update -y && apt-get install -y python3-psycopg2 python3-yaml
COPY patroni /patroni/
FROM scratch
COPY --from=builder / /
USER postgres
ENTRYPOINT ["/bin/sh", "/entrypoint.sh"]
"""


def test_a_database_servers_own_image_with_a_driver_is_not_asked_for_a_migration_tree(tmp_path: Path) -> None:
    # patroni: psycopg in requirements.txt administers the PostgreSQL the image ships; "no migration tree" was a
    # false alarm. Skipped with the reason (never a pass: an application schema could still be owned here)
    write(tmp_path, {"requirements.txt": "psycopg2-binary>=2.5.4\nPyYAML\n", "Dockerfile": PATRONI_DOCKERFILE,
                     "Dockerfile.citus": PATRONI_DOCKERFILE.replace("postgres:$PG_MAJOR", "postgres:15")})
    [f] = findings(scan(tmp_path, only=(TREE,)), TREE)
    assert f.status is Status.SKIPPED and "database server itself" in f.message, f.message
    assert "Dockerfile (FROM postgres:16)" in f.message, f.message
    # an application image beside it, an application built FROM python, or a MongoDB image: the driver is the
    # application's, and the tree is asked for
    for files in ({"app/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n"},
                  {"Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n", "Dockerfile.citus": "FROM python:3.12\n"},
                  {"Dockerfile": "FROM builder\n".join(["FROM mongo:7 AS builder\n", "\n"]),
                   "Dockerfile.citus": "FROM mongo:7\n"}):
        other = tmp_path / f"case{len(files)}{sorted(files)[0].replace('/', '_')}"
        write(other, {"requirements.txt": "psycopg2-binary>=2.5.4\n", "Dockerfile": PATRONI_DOCKERFILE, **files})
        [f] = findings(scan(other, only=(TREE,)), TREE)
        assert f.status is Status.FAIL, (files, f.message)


ROUTE_AUTH = "endpoint-security/route-auth"
TOKENS = "auth-protocols/token-validation"
# policy-reporter pkg/api/v1/api.go (shortened): the handler registers relative paths on a group its caller makes
PR_V1_API = """\
package v1

import "github.com/gin-gonic/gin"

type APIHandler struct{}

func (h *APIHandler) Register(engine *gin.RouterGroup) error {
\tengine.GET("targets", h.ListTargets)
\tengine.GET("policy-reports", h.ListPolicyReports)

\tns := engine.Group("namespaced-resources")
\tns.GET("sources", h.ListNamespacedFilter("source"))
\treturn nil
}
"""
# pkg/api/server.go (shortened): the probes on the engine itself, with relative paths too
PR_SERVER = """\
package api

import "github.com/gin-gonic/gin"

type Server struct {
\tengine     *gin.Engine
\tmiddleware []gin.HandlerFunc
}

func (s *Server) Register(path string, handler Handler) error {
\treturn handler.Register(s.engine.Group(path, s.middleware...))
}

func WithHealthChecks(s *Server) {
\ts.engine.GET("healthz", HealthzHandler(nil))
\ts.engine.GET("ready", HealthzHandler(nil))
}
"""


def test_gin_routes_on_a_group_the_caller_makes_are_not_judged_never_no_routes(tmp_path: Path) -> None:
    # policy-reporter: gin's relative paths were not read at all, so route-auth said "no HTTP routes found in the
    # code" (n/a) over a REST API of 50 routes, and token-validation "all 3 routes are public by policy"
    write(tmp_path, {"pkg/api/v1/api.go": PR_V1_API, "pkg/api/server.go": PR_SERVER,
                     "go.mod": "module example.com/pr\n\nrequire github.com/gin-gonic/gin v1.10.0\n"})
    result = scan(tmp_path, only=(ROUTE_AUTH, TOKENS))
    statuses = {f.status for f in findings(result, ROUTE_AUTH)}
    assert Status.NA not in statuses, statuses
    [skipped] = findings(result, ROUTE_AUTH, Status.SKIPPED)
    assert skipped.message.startswith("3 route registration(s) not judged"), skipped.message
    assert 'engine.GET("targets") on a router group passed in by the caller' in skipped.message
    # the probes on the engine are read (gin joins a relative path to "/"), but with 3 registrations not judged no
    # summary says every route is guarded or public
    assert not findings(result, ROUTE_AUTH, Status.PASS), [f.message for f in findings(result, ROUTE_AUTH)]
    from deploycheck.sources.routes import _go_routes
    assert [(r.method, r.path) for r in _go_routes("pkg/api/server.go", PR_SERVER)] == [("GET", "/healthz"),
                                                                                         ("GET", "/ready")]
    [tokens] = findings(result, TOKENS)
    assert tokens.status is Status.SKIPPED and "3 route registration(s) are not judged" in tokens.message


def test_gin_relative_paths_under_a_group_of_the_same_file_are_routes_with_its_guard(tmp_path: Path) -> None:
    main = """\
package main

import "github.com/gin-gonic/gin"

func main() {
\tr := gin.New()
\tapi := r.Group("/api", AuthRequired())
\tapi.GET("orders", listOrders)
\topen := r.Group("/v1")
\topen.POST("feedback", postFeedback)
\t// never routes: a header read and a URL value
\tx := req.Header.Get("X-Request-Id")
\ty := values.Get("page")
\tr.Run()
}
"""
    write(tmp_path, {"main.go": main})
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    [open_write] = findings(result, ROUTE_AUTH, Status.FAIL)
    assert open_write.message.startswith("POST /v1/feedback (go) has no auth"), open_write.message
    # GET /api/orders carries its group's AuthRequired(); the header and URL-value reads are no routes
    assert not [f for f in findings(result, ROUTE_AUTH) if "/api/orders" in f.message or "X-Request" in f.message]
    # without the gin import the upper-case calls are not read as gin routes
    write(tmp_path, {"main.go": main.replace('import "github.com/gin-gonic/gin"', 'import "example.com/other"')})
    assert not findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)


PDB = "rollout-strategy/pdb"


def _deployment(replicas: int) -> str:
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: policy-reporter
  namespace: policy-reporter
spec:
  replicas: {replicas}
  selector:
    matchLabels: {{app.kubernetes.io/name: policy-reporter}}
  template:
    metadata:
      labels: {{app.kubernetes.io/name: policy-reporter}}
    spec:
      containers:
        - name: policy-reporter
          image: ghcr.io/kyverno/policy-reporter:3.9.0
"""


BUDGET = """\
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: policy-reporter
  namespace: policy-reporter
spec:
  minAvailable: 1
  selector:
    matchLabels: {app.kubernetes.io/name: policy-reporter}
"""


def test_a_pdb_of_another_install_bundle_goes_with_that_bundles_copy_of_the_workload(tmp_path: Path) -> None:
    # policy-reporter's manifests/: the -ha bundle runs 2 replicas with a PDB minAvailable 1; the plain bundle runs
    # 1 replica and has no PDB. The -ha PDB was matched to the plain bundle's Deployment (same namespace, same
    # labels): "blocks every eviction: minAvailable 1 >= replicas 1", 6 false alarms
    write(tmp_path, {"manifests/policy-reporter/install.yaml": _deployment(1),
                     "manifests/policy-reporter-ha/install.yaml": _deployment(2) + "---\n" + BUDGET})
    result = scan(tmp_path, only=(PDB,))
    assert not findings(result, PDB, Status.FAIL), [f.message for f in findings(result, PDB)]
    passes = [f.location.path for f in findings(result, PDB, Status.PASS) if f.location]
    assert passes == ["manifests/policy-reporter-ha/install.yaml"], passes
    # a PDB in another folder of the same namespace, whose folder has no copy of the workload, still applies to it
    other = tmp_path / "together"
    write(other, {"k8s/app/deployment.yaml": _deployment(1), "k8s/policies/pdb.yaml": BUDGET})
    [blocked] = findings(scan(other, only=(PDB,)), PDB, Status.FAIL)
    assert "blocks every eviction: minAvailable 1 >= replicas 1" in blocked.message


DOCUMENTED = "env-vars/documented"
# policy-reporter pkg/target/factory/factory.go (shortened): the AWS credential provider chosen from what EKS injects
AWS_FACTORY = """\
package factory

import "os"

func awsConfig() {
\tirsaARN := os.Getenv("AWS_ROLE_ARN")
\tirsaFile := os.Getenv("AWS_WEB_IDENTITY_TOKEN_FILE")
\tpodIdentityFile := os.Getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
\tpodIdentityURI := os.Getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI")
\tregion := os.Getenv("AWS_REGION")
\tbucket := os.Getenv("REPORT_BUCKET")
}
"""


def test_the_aws_variables_eks_injects_need_no_documentation_of_the_service(tmp_path: Path) -> None:
    write(tmp_path, {"pkg/target/factory/factory.go": AWS_FACTORY, "README.md": "# reporter\n"})
    reported = [f.message for f in findings(scan(tmp_path, only=(DOCUMENTED,)), DOCUMENTED, Status.FAIL)]
    assert reported == ["REPORT_BUCKET is read by the code but documented nowhere"], reported


SMOKE = "smoke-tests/defined"


def test_a_smoke_suite_no_ci_job_runs_after_a_deploy_is_a_question_not_a_pass(tmp_path: Path) -> None:
    # prisoner-content-hub-backend: tests/e2e/tests/smoke/smoke.spec.ts runs in CI against docker compose, before the
    # deploy jobs; the file's name made smoke-tests/defined pass (a false pass on a required item)
    spec = "import { test } from '@playwright/test'\ntest('home', async ({ page }) => { await page.goto('/') })\n"
    write(tmp_path, {"tests/e2e/tests/smoke/smoke.spec.ts": spec,
                     ".circleci/config.yml": "jobs:\n  e2e:\n    steps:\n      - run: docker compose up -d\n"
                                             "      - run: npx playwright test\n"})
    [f] = findings(scan(tmp_path, only=(SMOKE,)), SMOKE)
    assert f.status is Status.MANUAL and "confirm the suite is run against each release" in f.message, f.message
    # a Helm chart test beside it is a smoke check of the release: the suite is named as further evidence
    write(tmp_path, {"chart/Chart.yaml": "apiVersion: v2\nname: hub\nversion: 1.0.0\n",
                     "chart/templates/tests/test-connection.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: t\n"
                                                                   "  annotations: {helm.sh/hook: test}\n"})
    statuses = sorted(f.status for f in findings(scan(tmp_path, only=(SMOKE,)), SMOKE))
    assert statuses == [Status.PASS, Status.PASS], statuses


def test_values_files_named_by_a_hostile_ci_file_cost_linear_time(tmp_path: Path) -> None:
    # review of 8001b6c7: each named path was tried against each YAML file of the chart (files x words); a CI file
    # naming 100,000 paths beside a chart of 2,000 YAML files took tens of seconds. Tails of each file are looked
    # up in the named set now.
    import time

    from deploycheck.config import load_config
    from deploycheck.context import Context, Options
    from deploycheck.sources.helm import named_values_files

    chart = "helm_deploy/app"
    files = {f"{chart}/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
             **{f"{chart}/values-{i}/env.yaml": "replicaCount: 1\n" for i in range(2000)},
             ".circleci/config.yml": "jobs:\n  deploy:\n    steps:\n      - run: |\n"
             + "".join(f"          helm lint -f other/x{i}/values.yaml\n" for i in range(100_000))
             + f"          helm upgrade app {chart} -f {chart}/values-7/env.yaml\n"}
    repo = write(tmp_path, files)
    ctx = Context(repo, load_config(repo), Options())
    start = time.process_time()
    assert named_values_files(ctx, chart) == [f"{chart}/values-7/env.yaml"]
    assert time.process_time() - start < 5.0
