"""endpoint-security/route-auth per deployable service: a service in which nothing authenticates gets one question
for its read-only routes (public by design, or not?) instead of one failure per page; its writes keep one finding
each; a service that authenticates some routes keeps one finding per open route (acc-routes, issue 8)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

ROUTE_AUTH = "endpoint-security/route-auth"

# cla-public (a public website of the Legal Aid Agency): cla_public/apps/base/{__init__,views}.py, shortened
BASE_INIT = 'from flask import Blueprint\n\nbase = Blueprint("base", __name__)\n'
BASE_VIEWS = '''\
from flask import abort, current_app, jsonify, redirect, render_template, session, url_for, request, views

from cla_public.apps.base import base


@base.route("/cookies")
def cookies():
    return render_template("cookies.html")


@base.route("/privacy")
def privacy():
    return render_template("privacy.html")


@base.route("/session")
def show_session():
    if current_app.debug:
        return jsonify(session)
    abort(404)


class Feedback(views.MethodView):
    def post(self):
        return redirect(url_for(".feedback_confirmation"))


base.add_url_rule("/feedback", view_func=Feedback.as_view("feedback"), methods=("POST",))
'''
# cla_public/apps/scope/{urls,views}.py: a Flask class-based view registered through as_view()
SCOPE_URLS = '''\
from flask import Blueprint
from cla_public.apps.scope.views import ScopeIneligible

scope = Blueprint("scope", __name__)

scope.add_url_rule("/refer/<category_name>", view_func=ScopeIneligible.as_view("ineligible"))
'''
SCOPE_VIEWS = '''\
from flask import render_template, views


class HelpOrganisations(views.MethodView):
    _template = "scope/help-organisations.html"

    def get(self, category_name):
        return render_template(self._template, category_name=category_name)


class ScopeIneligible(HelpOrganisations):
    _template = "scope/ineligible.html"
'''
CLA_PUBLIC = {"Dockerfile": "FROM python:3.11\n", "requirements.txt": "Flask==2.3.3\n",
              "cla_public/__init__.py": "", "cla_public/apps/__init__.py": "",
              "cla_public/apps/base/__init__.py": BASE_INIT, "cla_public/apps/base/views.py": BASE_VIEWS,
              "cla_public/apps/scope/__init__.py": "", "cla_public/apps/scope/urls.py": SCOPE_URLS,
              "cla_public/apps/scope/views.py": SCOPE_VIEWS}


def _reported(root: Path) -> list[str]:
    """Every open route the check reports, one finding each or inside a service's question."""
    failed = findings(scan(root, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)
    return sorted([r.split(" (")[0] for f in failed for r in (f.evidence or {}).get("reads", [])]
                  + [" ".join(f.message.split()[:2]) for f in failed if not (f.evidence or {}).get("reads")])


def _failures(root: Path) -> list[tuple[str, list[str]]]:
    result = scan(root, only=(ROUTE_AUTH,))
    return sorted((" ".join(f.message.split()[:2]), sorted((f.evidence or {}).get("reads", [])))
                  for f in findings(result, ROUTE_AUTH, Status.FAIL))


def test_a_service_that_authenticates_nothing_gets_one_question_for_its_reads(tmp_path: Path) -> None:
    # cla-public: 21 pages, each a failure before (21 of the 69 route-auth false positives); its one write, the
    # feedback form, still fails on its own
    write(tmp_path, CLA_PUBLIC)
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    failed = findings(result, ROUTE_AUTH, Status.FAIL)
    reads = [f for f in failed if (f.evidence or {}).get("reads")]
    assert len(reads) == 1 and len(failed) == 2
    assert reads[0].message.startswith("GET ") and "more read-only route(s) of service (repository root)" in \
        reads[0].message and "policy.public_paths" in reads[0].message
    assert sorted(r.split(" (")[0] for r in reads[0].evidence["reads"]) == [
        "GET /cookies", "GET /privacy", "GET /refer/<category_name>", "GET /session"]
    assert [f.message.split()[:2] for f in failed if f is not reads[0]] == [["POST", "/feedback"]]
    assert not findings(result, ROUTE_AUTH, Status.PASS)  # never "every route carries auth or is public"
    item = next(i for i in result.report.items if i.item == "endpoint-security")
    assert item.status is Status.FAIL and not result.report.verdict.ready


def test_as_view_is_no_guard_but_the_view_class_decorators_are(tmp_path: Path) -> None:
    # `ScopeIneligible.as_view(...)` was read as a guard (the class name matched `scope`): the route passed unseen
    write(tmp_path, {**CLA_PUBLIC, "cla_public/apps/base/views.py": "", "Dockerfile": ""})
    assert _reported(tmp_path) == ["GET /refer/<category_name>"]
    guarded = SCOPE_VIEWS.replace('    _template = "scope/ineligible.html"',
                                  '    _template = "scope/ineligible.html"\n    decorators = [login_required]')
    write(tmp_path, {"cla_public/apps/scope/views.py": "from flask_login import login_required\n" + guarded})
    assert _reported(tmp_path) == []


def test_a_service_that_authenticates_some_routes_keeps_one_finding_per_open_route(tmp_path: Path) -> None:
    views = BASE_VIEWS.replace('@base.route("/privacy")', '@base.route("/privacy")\n@login_required')
    write(tmp_path, {**CLA_PUBLIC, "cla_public/apps/base/views.py": "from flask_login import login_required\n" + views})
    assert [m for m, _ in _failures(tmp_path)] == [
        "GET /cookies", "GET /refer/<category_name>", "GET /session", "POST /feedback"]


def test_each_deployable_service_is_judged_on_its_own(tmp_path: Path) -> None:
    # two services, each with its own Dockerfile: the one that verifies tokens keeps per-route findings
    write(tmp_path, {"web/Dockerfile": "FROM python:3.11\n", "web/app.py": (
        "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/catalogue')\ndef catalogue():\n"
        "    return 'x'\n\n@app.route('/catalogue/<id>')\ndef item(id):\n    return id\n"),
        "api/Dockerfile": "FROM python:3.11\n", "api/app.py": (
        "import jwt\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route('/orders')\n"
        "def orders():\n    return 'x'\n\n@app.route('/orders/<id>')\ndef order(id):\n    return id\n")})
    failures = _failures(tmp_path)
    assert failures == [("GET /catalogue", ["GET /catalogue (web/app.py:4)", "GET /catalogue/<id> (web/app.py:8)"]),
                        ("GET /orders", []), ("GET /orders/<id>", [])]
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    assert "of service web answer anyone" in next(f.message for f in findings(result, ROUTE_AUTH, Status.FAIL)
                                                  if f.evidence and f.evidence.get("reads"))


def test_declared_public_paths_answer_the_question(tmp_path: Path) -> None:
    # the team declared its public paths: what they do not list fails route by route, as before
    write(tmp_path, {**CLA_PUBLIC, ".deploycheck.yaml": "policy:\n  public_paths: [/cookies, /privacy]\n"})
    assert [m for m, _ in _failures(tmp_path)] == ["GET /refer/<category_name>", "GET /session", "POST /feedback"]


# emojivoto-web/web/web.go (shortened): a public voting site; every route goes through the `handle` wrapper
EMOJIVOTO_WEB = '''\
package web

import (
	"log"
	"net/http"
)

type WebApp struct {
	emojiServiceClient  pb.EmojiServiceClient
	votingServiceClient pb.VotingServiceClient
}

func (app *WebApp) listEmojiHandler(w http.ResponseWriter, r *http.Request) {
	serviceResponse, err := app.emojiServiceClient.ListAll(r.Context(), &pb.ListAllEmojiRequest{})
	if err != nil {
		writeError(err, w, r, http.StatusInternalServerError)
		return
	}
	err = writeJsonBody(w, http.StatusOK, serviceResponse.List)
}

func (app *WebApp) leaderboardHandler(w http.ResponseWriter, r *http.Request) {
	results, err := app.votingServiceClient.Results(r.Context(), &pb.ResultsRequest{})
	if err != nil {
		writeError(err, w, r, http.StatusInternalServerError)
		return
	}
	err = writeJsonBody(w, http.StatusOK, results.Results)
}

func (app *WebApp) voteEmojiHandler(w http.ResponseWriter, r *http.Request) {
	emojiShortcode := r.FormValue("choice")
	if emojiShortcode == "" {
		writeError(fmt.Errorf("emoji choice is required"), w, r, http.StatusBadRequest)
		return
	}
}

func writeError(err error, w http.ResponseWriter, r *http.Request, status int) {
	log.Printf("Error serving request [%v]: %v", r, err)
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
}

func handle(path string, h func(w http.ResponseWriter, r *http.Request)) {
	http.Handle(path, &ochttp.Handler{
		Handler: http.HandlerFunc(h),
	})
}

func StartServer(webPort string) {
	webApp := &WebApp{}
	handle("/api/list", webApp.listEmojiHandler)
	handle("/api/vote", webApp.voteEmojiHandler)
	handle("/api/leaderboard", webApp.leaderboardHandler)
	handle("/api/other", otherpkg.Handler)
}
'''


def test_an_any_method_go_handler_that_reads_nothing_of_the_request_joins_the_question(tmp_path: Path) -> None:
    # emojivoto: the list and the leaderboard read nothing of the request (the error helper only logs it): they only
    # answer, whatever the method; the vote reads ?choice= and may write (it does), a handler of another package
    # cannot be read: both keep a finding each
    write(tmp_path, {"emojivoto-web/go.mod": "module web\\n", "emojivoto-web/web/web.go": EMOJIVOTO_WEB})
    result = scan(tmp_path, only=(ROUTE_AUTH,))
    failed = findings(result, ROUTE_AUTH, Status.FAIL)
    question = [f for f in failed if (f.evidence or {}).get("reads")]
    assert len(question) == 1 and question[0].evidence["reads"] == [
        "ANY /api/list (emojivoto-web/web/web.go:53): listEmojiHandler() reads nothing of the request",
        "ANY /api/leaderboard (emojivoto-web/web/web.go:55): leaderboardHandler() reads nothing of the request"]
    assert sorted(" ".join(f.message.split()[:2]) for f in failed if f not in question) == [
        "ANY /api/other", "ANY /api/vote"]


# hotrod services/frontend/server.go: a file server and a handler object beside the page handlers
HOTROD_FRONTEND = '''\
package frontend

func (s *Server) createServeMux() http.Handler {
	mux := tracing.NewServeMux(true, s.tracer, s.logger)
	p := path.Join("/", s.basepath)
	mux.Handle(path.Join(p, "/debug/vars"), expvar.Handler())       // expvar
	mux.Handle(path.Join(p, "/splash"), http.HandlerFunc(s.splash)) // Prometheus
	mux.Handle(path.Join(p, "/notifications"), http.HandlerFunc(s.notifications))
	staticFileServer := http.FileServer(http.FS(assetFS))

	mux.Handle("/web_assets/", http.StripPrefix("", staticFileServer))
	return mux
}

func (s *Server) splash(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	s.logger.For(ctx).Info("HTTP request received", zap.String("method", r.Method), zap.Stringer("url", r.URL))
	locations, err := s.location.List(ctx)
	if err != nil {
		httperr.HandleError(w, err, http.StatusInternalServerError)
		return
	}
}

func (s *Server) notifications(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if err := r.ParseForm(); httperr.HandleError(w, err, http.StatusBadRequest) {
		return
	}
	sessionIDStr := r.Form.Get("sessionID")
}
'''


def test_a_file_server_and_a_page_that_reads_nothing_join_the_question_a_debug_handler_object_does_not(
        tmp_path: Path) -> None:
    write(tmp_path, {"go.mod": "module hotrod\\n", "services/frontend/server.go": HOTROD_FRONTEND})
    failed = findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)
    question = [f for f in failed if (f.evidence or {}).get("reads")]
    assert len(question) == 1 and [r.split(" (")[0] + r.split(")", 1)[1] for r in question[0].evidence["reads"]] == [
        "ANY /splash: splash() reads nothing of the request", "ANY /web_assets/: serves files (http.FileServer)"]
    assert sorted(" ".join(f.message.split()[:2]) for f in failed if f not in question) == [
        "ANY /debug/vars", "ANY /notifications"]
