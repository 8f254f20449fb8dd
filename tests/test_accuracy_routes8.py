"""Issue 8, acc-routes8: a Django class-based view answers only the HTTP methods its class handles (View.dispatch
returns 405 for the others), so a view defining get() alone is a GET route. fala's public GOV.UK pages were seven
any-method routes (seven findings); they are one service's read question. Built from fala's real files (trimmed)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.routes import code_routes

ROUTE_AUTH = "endpoint-security/route-auth"

# fala/urls.py (the i18n include, static serve and error handlers trimmed)
URLS = '''\
# coding=utf-8
from django.urls import re_path, include
from fala.common.footer_views import (
    AccessibilityView,
    PrivacyView,
    CookiesView,
)
from fala.common.compliance_views import (
    RobotsTxtView,
    SecurityTxtView,
)

urlpatterns = [
    re_path(r"^accessibility-statement$", AccessibilityView.as_view(), name="accessibility_statement"),
    re_path(r"^cookies$", CookiesView.as_view(), name="cookies"),
    re_path(r"^privacy$", PrivacyView.as_view(), name="privacy"),
    re_path(r"^security\\.txt$", SecurityTxtView.as_view(), name="security_txt"),
]
'''

# fala/common/footer_views.py (CookiesView's get() trimmed to its first line)
FOOTER = '''\
# coding=utf-8
from fala.common.mixin_for_views import CommonContextMixin, TranslationMixin
from django.views.generic import TemplateView


class FooterView:
    def get(self, request, **kwargs):
        context = self.get_context_data(**kwargs)
        return self.render_to_response(context)


class AccessibilityView(FooterView, CommonContextMixin, TranslationMixin, TemplateView):
    template_name = "adviser/accessibility_statement.html"


class PrivacyView(FooterView, CommonContextMixin, TranslationMixin, TemplateView):
    template_name = "adviser/privacy.html"


class CookiesView(FooterView, CommonContextMixin, TranslationMixin, TemplateView):
    template_name = "adviser/cookies.html"

    def get(self, request, **kwargs):
        response = super().get(request, **kwargs)
        return response
'''

# fala/common/mixin_for_views.py (bodies trimmed)
MIXINS = '''\
class CommonContextMixin:
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return context


class TranslationMixin:
    def translation_link(self, request):
        return request.COOKIES.get("FALA-lang", "en")
'''

# fala/common/compliance_views.py (SecurityTxtView)
COMPLIANCE = '''\
# coding=utf-8
from django.conf import settings
from django.views.generic import View
from django.http import HttpResponse
import os


class SecurityTxtView(View):
    def get(self, request):
        file_path = os.path.join(settings.BASE_DIR, "fala", "public", "security.txt")
        with open(file_path, "r") as f:
            content = f.read()
        return HttpResponse(content, content_type="text/plain")


class RobotsTxtView(View):
    def get(self, request):
        return HttpResponse("User-agent: *\\nDisallow: /\\n", content_type="text/plain")
'''


def _files(**extra: str) -> dict[str, str]:
    return {"fala/urls.py": URLS, "fala/common/footer_views.py": FOOTER, "fala/common/mixin_for_views.py": MIXINS,
            "fala/common/compliance_views.py": COMPLIANCE, "fala/common/__init__.py": "", "fala/__init__.py": "",
            **extra}


def _methods(tmp_path: Path, files: dict[str, str]) -> dict[str, str]:
    write(tmp_path, files)
    return {r.path: r.method for r in Context(tmp_path, Config()).use(code_routes).routes}


def test_a_class_based_view_handling_only_get_is_a_get_route(tmp_path: Path) -> None:
    assert _methods(tmp_path, _files()) == {"/accessibility-statement": "GET", "/cookies": "GET", "/privacy": "GET",
                                            "/security.txt": "GET"}
    # the public pages of a service that authenticates nothing are one read question, not four findings
    failures = findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)
    assert len(failures) == 1
    assert failures[0].message.startswith("GET /accessibility-statement (django) and 3 more read-only route(s)")


def test_a_view_that_posts_or_cannot_be_told_stays_any_method(tmp_path: Path) -> None:
    posting = FOOTER.replace("class PrivacyView(FooterView, CommonContextMixin, TranslationMixin, TemplateView):\n"
                             "    template_name = \"adviser/privacy.html\"\n",
                             "class PrivacyView(FooterView, CommonContextMixin, TranslationMixin, TemplateView):\n"
                             "    template_name = \"adviser/privacy.html\"\n\n"
                             "    def post(self, request, **kwargs):\n        return self.get(request, **kwargs)\n")
    unknown = COMPLIANCE.replace("class SecurityTxtView(View):", "class SecurityTxtView(ThirdPartyView):")
    dispatching = FOOTER.replace("class FooterView:\n", "class FooterView:\n    def dispatch(self, request):\n"
                                 "        return self.get(request)\n\n")
    assert _methods(tmp_path, _files(**{"fala/common/footer_views.py": posting,
                                        "fala/common/compliance_views.py": unknown})) == {
        "/accessibility-statement": "GET", "/cookies": "GET", "/privacy": "ANY", "/security.txt": "ANY"}
    assert set(_methods(tmp_path / "d", _files(**{"fala/common/footer_views.py": dispatching})).values()) == {
        "ANY", "GET"}  # the footer views override dispatch: not told; SecurityTxtView still GET
