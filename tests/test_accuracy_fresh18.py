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
