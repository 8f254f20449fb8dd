"""Rules acc-fresh18 added, each from the lines of a labelled repository (gorush, spring-boot-template)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

ROUTE_AUTH = "endpoint-security/route-auth"
TOKENS = "auth-protocols/token-validation"

# appleboy/gorush router/server.go (shortened): every path but two comes from the configuration
GORUSH_ROUTER = """\
package router

import (
\t"github.com/gin-gonic/gin"
)

func routerEngine(cfg *config.ConfYaml, q *queue.Queue) *gin.Engine {
\tr := gin.New()
\tr.Use(gin.Recovery())
\tr.Use(VersionMiddleware())
\tr.Use(StatMiddleware())

\tr.GET(cfg.API.StatGoURI, api.GinHandler)
\tr.GET(cfg.API.StatAppURI, appStatusHandler(q))
\tr.GET(cfg.API.ConfigURI, configHandler(cfg))
\tr.GET(cfg.API.SysStatURI, sysStatsHandler())
\tr.POST(cfg.API.PushURI, pushHandler(cfg, q))
\tr.GET(cfg.API.MetricURI, metricsHandler)
\tr.GET(cfg.API.HealthURI, heartbeatHandler)
\tr.HEAD(cfg.API.HealthURI, heartbeatHandler)
\tr.GET("/version", versionHandler)
\tr.GET("/", rootHandler)

\treturn r
}
"""


def test_gin_routes_with_a_path_from_the_configuration_are_not_judged_never_a_pass(tmp_path: Path) -> None:
    # gorush: the eight registrations whose path is a configuration field were not read at all, so route-auth summed
    # up over `/` and `/version` (public by policy) and passed, and token-validation said n/a, over an API whose
    # POST /api/push and GET /api/config answer anyone
    write(tmp_path, {"router/server.go": GORUSH_ROUTER,
                     "go.mod": "module github.com/appleboy/gorush\n\nrequire github.com/gin-gonic/gin v1.10.0\n"})
    result = scan(tmp_path, only=(ROUTE_AUTH, TOKENS))
    assert not findings(result, ROUTE_AUTH, Status.PASS), [f.message for f in findings(result, ROUTE_AUTH)]
    [skipped] = findings(result, ROUTE_AUTH, Status.SKIPPED)
    assert skipped.message.startswith("8 route registration(s) not judged"), skipped.message
    assert "router/server.go:13 r.GET(cfg.API.StatGoURI)" in skipped.message
    [tokens] = findings(result, TOKENS)
    assert tokens.status is Status.SKIPPED and "8 route registration(s) are not judged" in tokens.message


def test_gin_route_paths_from_a_constant_of_the_file_are_read() -> None:
    # a name the file binds once to a literal is the path (the literal routes keep their reading)
    from deploycheck.sources.routes import UnresolvedRoute, _go_routes

    text = GORUSH_ROUTER.replace("func routerEngine", 'const pushPath = "/api/push"\n\nfunc routerEngine').replace(
        "cfg.API.PushURI", "pushPath")
    unresolved: list[UnresolvedRoute] = []
    routes = _go_routes("router/server.go", text, unresolved)
    assert sorted((r.method, r.path) for r in routes) == [("GET", "/"), ("GET", "/version"), ("POST", "/api/push")]
    assert len(unresolved) == 7 and unresolved[0].methods == ["GET"]


REQUESTS = "resource-limits/requests-and-limits"

# appleboy/gorush k8s/gorush-deployment.yaml (shortened): the plain bundle sets requests and limits
GORUSH_K8S_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gorush
  namespace: gorush
spec:
  replicas: 2
  selector:
    matchLabels:
      app: gorush
      tier: frontend
  template:
    metadata:
      labels:
        app: gorush
        tier: frontend
    spec:
      containers:
        - image: appleboy/gorush:1.22.0
          name: gorush
          imagePullPolicy: Always
          ports:
            - containerPort: 8088
          resources:
            requests:
              cpu: "250m"
              memory: "256Mi"
            limits:
              cpu: "500m"
              memory: "512Mi"
"""
# helm/gorush (shortened): a redis dependency neither locked nor vendored, and a ConfigMap template reading
# .Values.stat.engine while values.yaml has `stats:` (a nil pointer: the chart does not render)
GORUSH_CHART = {
    "helm/gorush/Chart.yaml": "apiVersion: v2\nname: gorush\ntype: application\nversion: 0.1.1\n"
                              'appVersion: "1.22.0"\ndependencies:\n  - name: redis\n    version: ~14.1\n'
                              "    repository: https://charts.bitnami.com/bitnami\n    condition: redis.enabled\n",
    "helm/gorush/values.yaml": "replicaCount: 1\nimage:\n  repository: appleboy/gorush\n  tag: \"\"\n"
                               "stats:\n  engine: memory\nredis:\n  enabled: false\nresources: {}\n",
    "helm/gorush/templates/configmap.yml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}\n"
                                           "data:\n  stats:\n    engine: {{ .Values.stat.engine }}\n",
    "helm/gorush/templates/deployment.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Chart.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app: gorush
  template:
    metadata:
      labels:
        app: gorush
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
""",
}


def test_object_passes_beside_a_chart_that_did_not_render_are_not_a_pass_of_the_item(tmp_path: Path) -> None:
    # gorush: requests-and-limits passed on the two k8s/ Deployments while the chart (resources: {}) did not render,
    # so the resource-limits item read "pass": a false pass on a required item
    write(tmp_path, {"k8s/gorush-deployment.yaml": GORUSH_K8S_DEPLOYMENT, **GORUSH_CHART})
    result = scan(tmp_path, only=(REQUESTS,))
    assert findings(result, REQUESTS, Status.PASS), [f.message for f in findings(result, REQUESTS)]
    [caveat] = findings(result, REQUESTS, Status.SKIPPED)
    assert caveat.message.startswith("1 object(s) pass; but chart helm/gorush was not built"), caveat.message
    [item] = [i for i in result.report.items if i.item == "resource-limits"]
    assert item.status is not Status.PASS
    # the plain bundle alone: every object was looked at, the pass stands
    for rel in GORUSH_CHART:
        (tmp_path / rel).unlink()
    result = scan(tmp_path, only=(REQUESTS,))
    assert {f.status for f in findings(result, REQUESTS)} == {Status.PASS}
