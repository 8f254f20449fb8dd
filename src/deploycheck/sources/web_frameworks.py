"""HTTP server frameworks whose routes the route readers (routes.py) do not read.

A service written with one of them (aiohttp's `web.Application`, Tornado, Falcon, Starlette's routing, Javalin, Ktor,
Micronaut, ...) declares routes no reader finds: "no HTTP routes found in the code" was said of it, and
endpoint-security's item came out not applicable, a pass without looking. What the code imports tells the framework
apart from a client library (aiohttp's client, Starlette's responses used by FastAPI): only the server side counts.
Matched per line on the import or require line (anchored, bounded): linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from deploycheck.line_numbers import line_at

if TYPE_CHECKING:
    from deploycheck.context import Context

# suffixes -> the import lines of server frameworks none of the readers reads; group "name" names the framework
_PYTHON = re.compile(
    r"^[ \t]*+(?:from[ \t]++(?P<name>aiohttp\.web|tornado\.web|falcon|starlette\.(?:routing|applications)|pyramid"
    r"|litestar|bottle|cherrypy|sanic|hug|twisted\.web|blacksheep|robyn|responder|masonite|emmett)\b[^\n]{0,200}"
    r"|from[ \t]++aiohttp[ \t]++import[ \t]++(?P<aiohttp>web)\b"
    r"|import[ \t]++(?P<plain>aiohttp\.web|tornado\.web|falcon|pyramid|litestar|bottle|cherrypy|sanic|hug"
    r"|twisted\.web|blacksheep|robyn|responder)\b)", re.M)
_JVM = re.compile(
    r"^[ \t]*+import[ \t]++(?:static[ \t]++)?(?P<name>io\.javalin|io\.ktor\.server|io\.micronaut\.http\.annotation"
    r"|spark\.Spark|io\.vertx\.ext\.web|io\.vertx\.core\.http\.HttpServer|io\.helidon\.webserver|ratpack\.server"
    r"|org\.http4k|io\.jooby|com\.linecorp\.armeria\.server|io\.undertow|com\.sun\.net\.httpserver)\b", re.M)
_GO = re.compile(
    r"^[ \t]*+(?:import[ \t]++)?(?:[\w.]++[ \t]++)?\"(?P<name>github\.com/(?:beego/beego|astaxie/beego|kataras/iris"
    r"|gogf/gf|cloudwego/hertz|valyala/fasthttp|emicklei/go-restful)|github\.com/zeromicro/go-zero/rest)[^\"\n]{0,100}\"",
    re.M)
_JS = re.compile(
    r"(?:\brequire\([ \t]*+|^[ \t]*+import\b[^\n]{0,300}?\bfrom[ \t]++)['\"](?P<name>restify|polka|hono|elysia"
    r"|@adonisjs/core|sails|@loopback/rest|@feathersjs/(?:feathers|express|koa)|micro|h3|@trpc/server|restana"
    r"|@tinyhttp/app|next/server)(?:/[^'\"\n]{0,100})?['\"]", re.M)
_RUBY = re.compile(r"^[ \t]*+(?:require[ \t(]++['\"](?P<name>roda|hanami|grape|cuba)['\"]"
                   r"|class[ \t]++\w++[ \t]*+<[ \t]*+(?P<base>Grape::API|Roda)\b)", re.M)
_RUST = re.compile(r"^[ \t]*+use[ \t]++(?P<name>warp|poem|tide|salvo|gotham)::", re.M)

_READERS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    ((".py",), _PYTHON), ((".java", ".kt"), _JVM), ((".go",), _GO), ((".js", ".mjs", ".cjs", ".ts"), _JS),
    ((".rb",), _RUBY), ((".rs",), _RUST))
_MAX_FILES = 2000  # files read per language for this question (the markers are near the top of a file)
_HEAD = 20_000  # characters of a file searched: imports come first


@dataclass(frozen=True)
class FrameworkUse:
    framework: str
    file: str
    line: int


def unread_web_frameworks(ctx: Context) -> list[FrameworkUse]:
    """The first file (and line) of each server framework of _READERS the code imports, tests left out."""
    from deploycheck.sources.routes import is_test_path

    found: dict[str, FrameworkUse] = {}
    for suffixes, pattern in _READERS:
        for rel in ctx.files.with_suffix(*suffixes)[:_MAX_FILES]:
            if is_test_path(rel) or rel.endswith((".d.ts", ".min.js")):
                continue
            text = (ctx.files.read_text(rel) or "")[:_HEAD]
            for m in pattern.finditer(text):
                name = "aiohttp.web" if m.groupdict().get("aiohttp") else next(g for g in m.groups() if g)
                # one finding per framework: Python's by its package (starlette.routing and .applications)
                key = name.split(".")[0] if pattern is _PYTHON else name
                found.setdefault(key, FrameworkUse(name, rel, line_at(text, m.start())))
    return sorted(found.values(), key=lambda u: (u.file, u.line))
