"""What the fresh repositories skywalking-showcase (apache/skywalking-showcase) and kubernetes-dashboard
(kubernetes/dashboard) showed (acc-fresh19, 2026-11-30). Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- unit-tests/suite: Spring Initializr's empty contextLoads() tests passed as a unit suite (a false pass) ----------

# skywalking-showcase's services/songs-service/src/test/java/.../JavaServicesApplicationTests.java (and the gateway's
# twin): the only tests of the repository, generated and never written.
CONTEXT_LOADS = """\
package org.apache.skywalking.showcase.services.song;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class JavaServicesApplicationTests {

\t@Test
\tvoid contextLoads() {
\t}

}
"""


def test_only_empty_generated_jvm_tests_are_no_unit_suite(tmp_path: Path) -> None:
    write(tmp_path, {
        "services/songs-service/build.gradle": "plugins { id 'org.springframework.boot' version '2.5.6' }\n",
        "services/songs-service/src/test/java/org/apache/skywalking/showcase/services/song/"
        "JavaServicesApplicationTests.java": CONTEXT_LOADS,
        "services/gateway-service/src/test/java/org/apache/skywalking/showcase/gateway/GatewayApplicationTests.java":
            CONTEXT_LOADS.replace("services.song", "gateway").replace("JavaServices", "Gateway"),
    })
    suite = findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite")
    assert [f.status for f in suite] == [Status.FAIL]


def test_a_test_with_a_body_beside_an_empty_one_still_counts(tmp_path: Path) -> None:
    written = CONTEXT_LOADS.replace("\t}\n\n}", "\t}\n\n\t@Test\n\tvoid listsSongs() {\n"
                                    "\t\tassertThat(controller.songs()).isNotEmpty();\n\t}\n}")
    write(tmp_path, {"svc/src/test/java/a/SongsTests.java": written})
    suite = findings(scan(tmp_path, only=("unit-tests/suite",)), "unit-tests/suite")
    assert [f.status for f in suite] == [Status.PASS]
    assert "1 unit tests" in suite[0].message


# --- integration-tests/suite: a Go package named integration passed as an integration suite (a false pass) ----------

# kubernetes-dashboard's modules/api/pkg/integration: the metrics-provider manager (production code the API's main.go
# imports) with its unit tests beside it, as Go keeps them.
HANDLER_GO = """\
package integration

import (
\t"net/http"

\t"github.com/emicklei/go-restful/v3"
)

// Handler manages all endpoints related to integrated applications, such as state.
type Handler struct {
\tmanager Manager
}

func (in Handler) Install(ws *restful.WebService) {
\tws.Route(ws.GET("/integration/{name}/state").To(in.handleGetState))
}
"""
HANDLER_TEST_GO = """\
package integration

import (
\t"testing"

\t"github.com/emicklei/go-restful/v3"
)

func TestIntegrationHandler_Install(t *testing.T) {
\tiHandler := NewHandler(nil)
\tws := new(restful.WebService)
\tiHandler.Install(ws)

\tif len(ws.Routes()) == 0 {
\t\tt.Error("Failed to install routes.")
\t}
}
"""


def test_go_tests_beside_a_package_named_integration_are_unit_tests(tmp_path: Path) -> None:
    write(tmp_path, {
        "modules/api/go.mod": "module k8s.io/dashboard/api\n\ngo 1.23.0\n",
        "modules/api/pkg/integration/handler.go": HANDLER_GO,
        "modules/api/pkg/integration/handler_test.go": HANDLER_TEST_GO,
        "modules/api/pkg/integration/metric/sidecar/client.go": "package sidecar\n\ntype client struct{}\n",
        "modules/api/pkg/integration/metric/sidecar/client_test.go":
            "package sidecar\n\nimport \"testing\"\n\nfunc TestClient(t *testing.T) {\n\tt.Log(client{})\n}\n",
    })
    result = scan(tmp_path, only=("integration-tests/suite", "unit-tests/suite"))
    assert [f.status for f in findings(result, "integration-tests/suite")] == [Status.FAIL]
    assert "2 unit tests" in findings(result, "unit-tests/suite")[0].message


def test_a_go_test_folder_named_integration_stays_an_integration_suite(tmp_path: Path) -> None:
    write(tmp_path, {
        "go.mod": "module example.com/svc\n\ngo 1.23.0\n",
        "internal/store/store.go": "package store\n",
        "test/integration/store_test.go": "package integration\n\nimport \"testing\"\n\n"
                                          "func TestStore(t *testing.T) {\n\tt.Log(1)\n}\n",
    })
    result = scan(tmp_path, only=("integration-tests/suite",))
    assert [f.status for f in findings(result, "integration-tests/suite")] == [Status.PASS]


# --- a folder of test resources: the dashboard's deliberately broken Pods were judged as its deployment ------------

# kubernetes-dashboard's hack/test-resources/crashing-pod.yaml: a Pod that exists to show the UI a crash loop.
CRASHING_POD = """\
apiVersion: v1
kind: Pod
metadata:
  name: crashing
spec:
  containers:
    - name: crashing
      image: alpine:3.4
      command: ["/bin/sh", "-c", "for NUM in `seq 1 1 100`; do date; sleep 1; done"]
  restartPolicy: Always
"""
DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: example/web:1.0.0
"""


def test_manifests_in_a_test_resources_folder_are_not_the_deployment(tmp_path: Path) -> None:
    write(tmp_path, {"deploy/web.yaml": DEPLOYMENT, "hack/test-resources/crashing-pod.yaml": CRASHING_POD})
    result = scan(tmp_path, only=("rollout-strategy/naked-pods", "endpoint-security/capabilities"))
    assert [f.status for f in findings(result, "rollout-strategy/naked-pods")] == [Status.PASS]
    places = [f.location.path for f in findings(result, "endpoint-security/capabilities") if f.location]
    assert places and all(p == "deploy/web.yaml" for p in places)


# --- registry/ci-push: `make push` that pushes through a recursive make in each service's folder ------------------

# skywalking-showcase's publish-images.yaml, root Makefile and services/rating-service/Makefile.
PUBLISH_IMAGES = """\
name: publish-images

on:
  push:
    branches:
      - main

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build and push Docker image
        run: make push -j 7 || make push -j 7
"""
ROOT_MAKEFILE = """\
services = $(wildcard services/*)

services_docker = $(foreach svc,$(services),$(svc).docker.build)
.PHONY: docker
docker: $(services_docker) ## Build Docker images

.PHONY: $(services_docker)
$(services_docker): %.docker.build: %
\t@$(MAKE) -C $< docker.build

services_push = $(foreach svc,$(services),$(svc).docker.push)
.PHONY: push
push: $(services_push) ## Build and push Docker images

.PHONY: $(services_push)
$(services_push): %.docker.push: %
\t@$(MAKE) -C $< docker.push
"""
RATING_MAKEFILE = """\
include ../../Makefile.in

.PHONY: docker docker.build docker.push

docker: docker.build

docker.build:
\tdocker build --build-arg SW_AGENT_GO_IMAGE=${SW_AGENT_GO_IMAGE} . -t $(HUB)/rating-service:$(TAG)

docker.push: docker.build
\tdocker push $(HUB)/rating-service:$(TAG)
"""


def test_make_push_through_a_recursive_make_in_each_service_is_a_ci_push(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/publish-images.yaml": PUBLISH_IMAGES, "Makefile": ROOT_MAKEFILE,
                     "services/rating-service/Makefile": RATING_MAKEFILE,
                     "services/rating-service/Dockerfile": "FROM golang:1.19\nCOPY . .\nCMD [\"./rating\"]\n"})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.PASS]


def test_a_recursive_make_to_a_target_that_only_builds_is_no_push(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/publish-images.yaml": PUBLISH_IMAGES.replace("make push", "make docker"),
                     "Makefile": ROOT_MAKEFILE, "services/rating-service/Makefile": RATING_MAKEFILE,
                     "services/rating-service/Dockerfile": "FROM golang:1.19\nCOPY . .\nCMD [\"./rating\"]\n"})
    push = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in push] == [Status.WARN]


# --- endpoint-security/route-auth: gorilla/mux routes built with r.Path(...).HandlerFunc(...) were never read -------

# kubernetes-dashboard's modules/metrics-scraper/pkg/api/dashboard/dashboard.go: the scraper's metrics routes answer
# anyone who reaches the Service (no token; the chart's NetworkPolicy is off by default).
DASHBOARD_GO = """\
package dashboard

import (
\t"database/sql"
\t"net/http"

\t"github.com/gorilla/mux"
)

// DashboardRouter defines the usable API routes
func DashboardRouter(r *mux.Router, db *sql.DB) {
\tr.Path("/nodes/{Name}/metrics/{MetricName}/{Whatever}").HandlerFunc(nodeHandler(db))
\tr.Path("/namespaces/{Namespace}/pod-list/{Name}/metrics/{MetricName}/{Whatever}").HandlerFunc(podHandler(db))
\tr.PathPrefix("/").HandlerFunc(defaultHandler)
}

func nodeHandler(db *sql.DB) http.HandlerFunc {
\tfn := func(w http.ResponseWriter, r *http.Request) {
\t\tvars := mux.Vars(r)
\t\tresp, err := getNodeMetrics(db, vars["MetricName"], ResourceSelector{ResourceName: vars["Name"]})
\t\tif err != nil {
\t\t\tw.WriteHeader(http.StatusInternalServerError)
\t\t\treturn
\t\t}
\t\tw.Write(resp)
\t}
\treturn fn
}
"""


def test_gorilla_routes_built_with_path_and_handlerfunc_are_judged(tmp_path: Path) -> None:
    write(tmp_path, {"modules/metrics-scraper/go.mod": "module k8s.io/dashboard/metrics-scraper\n\ngo 1.23.0\n",
                     "modules/metrics-scraper/pkg/api/dashboard/dashboard.go": DASHBOARD_GO})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    text = " ".join(f.message for f in findings(result, "endpoint-security/route-auth", Status.FAIL))
    assert "/nodes/{Name}/metrics/{MetricName}/{Whatever}" in text


def test_a_gorilla_path_route_behind_an_auth_wrapper_is_not_reported(tmp_path: Path) -> None:
    guarded = DASHBOARD_GO.replace("HandlerFunc(nodeHandler(db))", "HandlerFunc(requireAuth(nodeHandler(db)))") \
        .replace("HandlerFunc(podHandler(db))", "Methods(\"GET\").HandlerFunc(requireAuth(podHandler(db)))")
    write(tmp_path, {"svc/go.mod": "module example.com/svc\n\ngo 1.23.0\n", "svc/dashboard.go": guarded})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    assert not findings(result, "endpoint-security/route-auth", Status.FAIL)
