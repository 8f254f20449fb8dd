"""Route readers and the route-auth / spec-matches-code gaps left after the night session (acc-routes, issue 8):
Go paths made by fmt.Sprintf, JAX-RS resources inherited from an abstract base class and request filters,
specs compared with the routes of the service they document, explicit opt-outs."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes

ROUTE_AUTH = "endpoint-security/route-auth"
SPEC_MATCHES = "api-docs/spec-matches-code"


def _open(tmp_path: Path) -> list[str]:
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    return sorted(" ".join(f.message.split()[:2]) for f in findings(result, ROUTE_AUTH, Status.FAIL))


# --- Go: fmt.Sprintf paths ----------------------------------------------------------------------------------------

GO_SPRINTF = """\
package web

const apiBase = "/api/v1"

// FileServer serves files under the caller's path (ardanlabs' foundation/web).
func (a *App) FileServer(static embed.FS, path string) {
	a.mux.Handle(fmt.Sprintf("GET %s", path), http.FileServer(http.FS(static)))
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc(fmt.Sprintf("GET %s/items", apiBase), listItems)
	mux.HandleFunc(fmt.Sprintf("%s %s/items", "POST", apiBase), createItem)
}
"""


def test_go_sprintf_paths_resolve_constants_and_drop_parameters(tmp_path: Path) -> None:
    # ardanlabs: `a.mux.Handle(fmt.Sprintf("GET %s", path), ...)` came out as the route `GET %s`
    write(tmp_path, {"web/web.go": GO_SPRINTF})
    result = Context(tmp_path, Config()).use(code_routes)
    assert sorted((r.method, r.path) for r in result.routes) == [("GET", "/api/v1/items"), ("POST", "/api/v1/items")]
    assert [(u.line, u.expression, u.methods) for u in result.unresolved] == [
        (7, 'fmt.Sprintf("GET %s", path)', ["GET"])]
    scanned = scan(tmp_path, only=(ROUTE_AUTH,))
    assert _open(tmp_path) == ["GET /api/v1/items", "POST /api/v1/items"]
    note = findings(scanned, ROUTE_AUTH, Status.SKIPPED)
    assert len(note) == 1 and 'web/web.go:7 fmt.Sprintf("GET %s", path)' in note[0].message
