"""Server-rendered web UI (Jinja2 templates, plain CSS, no JavaScript, no build step).

Pages: fleet heatmap (services x the 33 items, filter by team/environment), service page (item trend,
gate per environment), run detail (findings and evidence), sign-offs (form, expiring soon, revoke).
Sign-in is with an API token (read scope to look, attest to sign off), kept in an HttpOnly,
SameSite=Strict cookie; SameSite=Strict is what keeps other sites from posting the forms (CSRF).
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from deploycheck_server import gate as gate_mod
from deploycheck_server import store
from deploycheck_server.models import Run, Service, Token
from deploycheck_server.oidc import WebUser, current_user, sign_out
from deploycheck_server.settings import Settings
from deploycheck_server.tokens import allows, lookup

TEMPLATES = Path(__file__).resolve().parent / "templates"
COOKIE = "deploycheck_token"
DEFAULT_ENVIRONMENTS = ("staging", "production")


def _checklist() -> Any:
    from deploycheck.checklist import load_checklist

    return load_checklist()


def install(app: FastAPI, settings: Settings, factory: sessionmaker[Session], need: Callable[[str], Any],
            changed: Callable[[], None]) -> None:
    """`changed` is called after a sign-off is created or revoked (it clears the gate's answer cache)."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    checklist = _checklist()
    sections = [(title, [i for i in checklist.items if i.section == sid]) for sid, title in checklist.sections]

    def actor(request: Request, session: Session, scope: str = "read") -> Any:
        token = request.cookies.get(COOKIE)
        row: Token | WebUser | None = lookup(session, token) if token else current_user(request)
        return row if row is not None and allows(row, scope) else None

    def page(request: Request, name: str, who: Any, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"who": who, **context})

    def signed_in(scope: str, refused: Callable[[Request], str]) -> Callable[[Request], Any]:
        """A dependency: the signed-in user (API token cookie or SSO session) holding `scope`, else a
        redirect to `refused(request)` (raised, answered by the app's _Redirect handler)."""
        def dependency(request: Request) -> Any:
            with factory() as session:
                who = actor(request, session, scope)
            if who is None:
                raise _Redirect(refused(request))
            return who
        return dependency

    Reader = Annotated[Any, Depends(signed_in("read", lambda request: f"/login?next={request.url.path}"))]
    app.add_exception_handler(_Redirect, _redirect)  # type: ignore[arg-type]

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request, next: str = "/", error: str | None = None) -> HTMLResponse:
        return page(request, "login.html", None, next=next if next.startswith("/") and not next.startswith("//")
                    else "/", error=error, sso=bool(settings.oidc_issuer))

    @app.post("/login", include_in_schema=False)
    def login(token: Annotated[str, Form()], next: Annotated[str, Form()] = "/") -> Response:
        with factory() as session:
            row = lookup(session, token.strip())
        if row is None or not allows(row, "read"):
            return RedirectResponse("/login?error=unknown+token+or+no+read+scope", status_code=303)
        target = next if next.startswith("/") and not next.startswith("//") else "/"
        resp = RedirectResponse(target, status_code=303)
        resp.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict", max_age=12 * 3600)
        return resp

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request) -> Response:
        sign_out(request)
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE)
        return resp

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def fleet(request: Request, who: Reader, team: str | None = None, environment: str | None = None) -> Response:
        with factory() as session:
            rows = []
            services = session.scalars(select(Service).order_by(Service.name)).all()
            teams = sorted({s.team for s in services if s.team})
            environments = sorted(e for e in session.scalars(select(Run.environment).distinct()) if e)
            for svc in services:
                if team and svc.team != team:
                    continue
                runs = store.service_runs(session, svc, 1, environment) if environment else \
                    store.service_runs(session, svc, 1)
                if not runs:
                    continue
                statuses = {i.item: i.status for i in runs[0].items}
                rows.append({"service": svc, "run": runs[0], "statuses": statuses})
        return page(request, "fleet.html", who, rows=rows, sections=sections, teams=teams, team=team,
                    environments=environments, environment=environment)

    @app.get("/services/{name}", response_class=HTMLResponse, include_in_schema=False)
    def service_page(request: Request, name: str, who: Reader) -> Response:
        with factory() as session:
            svc = store.service_by_name(session, name)
            if svc is None:
                return page(request, "error.html", who, message=f"no service {name!r}")
            runs = store.service_runs(session, svc, 30)
            history = store.item_history(session, svc, 30)
            latest = runs[0] if runs else None
            seen = sorted({r.environment for r in runs if r.environment})
            gates = []
            for env in sorted(set(seen) | set(DEFAULT_ENVIRONMENTS)):
                version = next((r.version_label for r in runs if r.environment == env), None) or \
                    (latest.version_label if latest else None)
                if version:
                    gates.append({"environment": env, "version": version,
                                  **gate_mod.decide(session, svc.name, env, version)})
            signoffs = [store.attestation_dict(a) for a in store.attestations(session, svc.name)]
        return page(request, "service.html", who, service=svc, runs=runs, history=history, sections=sections,
                    gates=gates, signoffs=signoffs, latest=latest)

    @app.get("/runs/{run_id}", response_class=HTMLResponse, include_in_schema=False)
    def run_page(request: Request, run_id: int, who: Reader) -> Response:
        with factory() as session:
            run = session.get(Run, run_id)
            if run is None:
                return page(request, "error.html", who, message=f"no run {run_id}")
            detail = store.run_detail(session, run)
        return page(request, "run.html", who, run=detail)

    @app.get("/attestations", response_class=HTMLResponse, include_in_schema=False)
    def attestations_page(request: Request, who: Reader, service: str | None = None, item: str | None = None,
                          message: str | None = None) -> Response:
        with factory() as session:
            active = [store.attestation_dict(a) for a in store.attestations(session)]
            expiring = [store.attestation_dict(a) for a in store.expiring(session, settings.expiring_within_days)]
            services = list(session.scalars(select(Service.name).order_by(Service.name)))
        return page(request, "attestations.html", who, active=active, expiring=expiring, services=services,
                    items=checklist.items, service=service, item=item, message=message,
                    can_attest=allows(who, "attest"), within=settings.expiring_within_days)

    @app.post("/attestations", include_in_schema=False)
    def attest_form(who: Annotated[Any, Depends(signed_in(
                        "attest", lambda _: "/attestations?message=signing+off+needs+a+token+with+the+attest+scope"))],
                    service: Annotated[str, Form()], item: Annotated[str, Form()],
                    environment: Annotated[str, Form()] = "", version: Annotated[str, Form()] = "",
                    evidence_url: Annotated[str, Form()] = "", expires: Annotated[str, Form()] = "",
                    note: Annotated[str, Form()] = "") -> Response:
        with factory() as session:
            try:
                expires_at = dt.datetime.fromisoformat(expires) if expires else None
                row = store.create_attestation(
                    session, service=service, item=item, by=who.name, environment=environment or None,
                    version=version or None, evidence_url=evidence_url or None, expires_at=expires_at,
                    note=note or None, forbid_self_approval=settings.forbid_self_approval)
            except (store.SelfApproval, ValueError) as exc:
                session.rollback()
                return RedirectResponse(f"/attestations?message={_q(str(exc))}", status_code=303)
        changed()
        return RedirectResponse(f"/attestations?message={_q(f'signed off {row.item} of {service}')}", status_code=303)

    @app.post("/attestations/{attestation_id}/revoke", include_in_schema=False)
    def revoke_form(attestation_id: int, who: Annotated[Any, Depends(signed_in(
                        "attest", lambda _: "/attestations?message=revoking+needs+the+attest+scope"))]) -> Response:
        with factory() as session:
            store.revoke_attestation(session, attestation_id, who.name)
        changed()
        return RedirectResponse("/attestations?message=revoked", status_code=303)


class _Redirect(Exception):
    """Where to send a visitor who may not see the page (raised by a dependency, answered with a 303)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def _redirect(_request: Request, exc: _Redirect) -> RedirectResponse:
    return RedirectResponse(exc.url, status_code=303)


def _q(text: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(text[:300])
