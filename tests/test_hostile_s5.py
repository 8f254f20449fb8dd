"""Hostile input against the readers the s4 session added (sec-fuzz7, 2026-11-30 s5): acc-fresh17's Helm stand-ins
for a missing dependency's helpers, the switched-off-subchart answer, registry/ci-push's recursive makes. Each case is
built from the reader's own trigger lines at the size that hurt, read by the real code, timed in CPU seconds of this
process (bench/README.md, "Hostile input against the s4 readers"); the bound sits far above the linear time and below
the old one even under load. A crash case checks that the scan still reports.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.config import load_config
from deploycheck.context import Context
from deploycheck.model import Status

BOUND_S = 1.5  # CPU seconds (after: under 0.3 s; before: 4-29 s)

_CHART = ("apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n"
          "- name: generic-service\n  version: 1.0.0\n  repository: https://example.invalid/charts\n")
# hmpps' deployment_sidekiq.yaml shape: the chart's own Deployment named by the missing dependency's helper
_DEPLOYMENT = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
               "  name: {{ include \"generic-service.fullname\" . }}\nspec:\n  template:\n"
               "    spec:\n      containers:\n      - name: a\n        image: a:1\n")


def _render_findings(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=("helm-chart/renders",)), "helm-chart/renders")]


def test_a_chart_whose_templates_is_a_file_does_not_end_the_scan(tmp_path: Path) -> None:
    """A chart borrowing a missing dependency's helper whose `templates` is a regular file: the stand-ins' mkdir
    raised FileExistsError inside the Helm source, and every check reading manifests, then the whole scan, ended
    with a traceback (no report at all). Now there is nowhere to put stand-ins: the chart renders as Helm sees it."""
    pytest.importorskip("helm_python")
    root = write(tmp_path, {"app/Chart.yaml": _CHART, "app/values.yaml": "a: 1\n",
                            "app/extra.yaml": "{{ include \"generic-service.fullname\" . }}\n",
                            "app/templates": "{{ include \"generic-service.fullname\" . }}\n"})
    result = _render_findings(root)
    assert result and all("crashed" not in message for _, message in result), result


def test_a_chart_file_with_the_stand_ins_name_is_kept(tmp_path: Path) -> None:
    """A chart file already named like the stand-ins' file was overwritten by them, losing the chart's own
    definitions (its render then failed as not rendered). The stand-ins now take the first free name."""
    pytest.importorskip("helm_python")
    from deploycheck.sources.helm import STUB_FILE

    root = write(tmp_path, {
        "app/Chart.yaml": _CHART, "app/values.yaml": "a: 1\n",
        "app/templates/deploy.yaml": _DEPLOYMENT + "---\n" + _DEPLOYMENT.replace("generic-service.fullname",
                                                                                 "mine.name"),
        f"app/templates/{STUB_FILE}": '{{- define "mine.name" -}}mine{{- end -}}\n'})
    [(status, message)] = _render_findings(root)
    assert status is Status.ERROR and "rendered without them" in message, message


def test_one_missing_dependency_listed_thousands_of_times(tmp_path: Path) -> None:
    """A Chart.yaml listing one missing dependency 2,000 times, the last with a condition of 2,000 paths that only its
    last one answers (false), beside a template that fails: whether every missing subchart was switched off was
    asked once per listing, each walking the whole condition (1.0 s of CPU, growing with the square; 20,000 lines:
    minutes). Now once per name; the answer is the same (switched off: the chart's own failure is told)."""
    from deploycheck.sources import helm

    condition = ",".join(f"p{i}" for i in range(2_000)) + ",sw"
    deps = "- name: x\n" * 2_000 + f"- name: x\n  condition: {condition}\n"
    root = write(tmp_path, {"app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n" + deps,
                            "app/values.yaml": "sw: false\n", "app/templates/a.yaml": "{{ fail \"boom\" }}\n"})
    ctx = Context(root, load_config(root))
    render = helm.HelmRender(chart="app", values_files=[], release="r", namespace=None,
                             chart_meta=helm._chart_meta(ctx, "app"))
    missing = [d for d in helm.chart_dependencies(ctx, "app", render.chart_meta) if d.missing]
    assert len(missing) == 2_001
    started = time.process_time()
    switched_off = helm._all_switched_off(ctx, render, missing)
    spent = time.process_time() - started
    assert spent < 0.3, f"{spent:.2f} s of CPU"
    assert switched_off
    values = write(tmp_path / "on", {"app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n"
                                     + deps, "app/values.yaml": "sw: true\n"})
    assert not helm._all_switched_off(Context(values, load_config(values)), render, missing)


# --- registry/ci-push: recursive makes ----------------------------------------------------------------------------

_WORKFLOW = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n{steps}"


def _ci_push_seconds(files: dict[str, str], root: Path) -> tuple[float, list[tuple[Status, str]]]:
    write(root, {"Dockerfile": "FROM alpine:3.19\n", **files})
    started = time.process_time()
    result = scan(root, only=("registry/ci-push",))
    spent = time.process_time() - started
    return spent, [(f.status, f.message) for f in findings(result, "registry/ci-push")]


def test_many_ci_files_do_not_parse_every_makefile_again(tmp_path: Path) -> None:
    """100 CI files each running `make t<i>`, 100 Makefiles of 400 rules: each CI file parsed every Makefile again
    (200 of each, 200 rules: 26 s of CPU). Makefiles are now read once a scan, and a pair read through without a push
    is not read again."""
    files = {f".github/workflows/c{i}.yml": _WORKFLOW.format(steps=f"    - run: make t{i}\n") for i in range(100)}
    files.update({f"s{i}/Makefile": "".join(f"r{j}:\n\techo\n" for j in range(400)) for i in range(100)})
    spent, result = _ci_push_seconds(files, tmp_path)
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert result == [(Status.WARN, "no image push found in 100 CI file(s)")]


def test_many_make_calls_against_many_makefiles(tmp_path: Path) -> None:
    """One CI file calling 30,000 targets and 500 Makefiles: every call was queued for every Makefile (15 million
    entries held at once; 8,000 of each: 64 million, 29 s of CPU). Only the called targets a Makefile has are queued
    now."""
    files = {".github/workflows/ci.yml": _WORKFLOW.format(steps="".join(f"    - run: make t{i}\n"
                                                                        for i in range(30_000)))}
    files.update({f"s{i}/Makefile": "x:\n\techo\n" for i in range(500)})
    spent, result = _ci_push_seconds(files, tmp_path)
    assert spent < 2 * BOUND_S, f"{spent:.2f} s of CPU"
    assert result == [(Status.WARN, "no image push found in 1 CI file(s)")]


def test_sub_makes_to_every_makefile(tmp_path: Path) -> None:
    """600 Makefiles whose `push` runs forty `$(MAKE) -C $< push<j>` (a folder make fills in: the target is looked
    for in every Makefile): each sub-make queued all 600 Makefiles again (1,200 with ten: 6.8 s of CPU, growing with
    the square). A target is fanned out to the Makefiles having it once a walk; a push in the last is still found."""
    files = {".github/workflows/ci.yml": _WORKFLOW.format(steps="    - run: make push\n")}
    for i in range(600):
        files[f"s{i}/Makefile"] = ("push: build\n" + "".join(f"\t$(MAKE) -C $< push{j}\n" for j in range(40))
                                   + "".join(f"push{j}:\n\techo\n" for j in range(40)) + "build:\n\techo\n")
    spent, result = _ci_push_seconds(files, tmp_path)
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert result == [(Status.WARN, "no image push found in 1 CI file(s)")]
    write(tmp_path, {"s599/Makefile": files["s599/Makefile"].replace("push39:\n\techo\n",
                                                                     "push39:\n\tdocker push example/app:1\n")})
    [(status, message)] = _ci_push_seconds({}, tmp_path)[1]
    assert status is Status.PASS and "s599/Makefile pushes the image" in message, message


def test_a_later_ci_file_still_finds_a_push_an_earlier_one_did_not_reach(tmp_path: Path) -> None:
    """The pairs an earlier CI file's walk read through are skipped by later walks: only pairs that reach no push.
    A later CI file calling a target that pushes is still a pass, also when it shares prerequisites read before."""
    makefile = "build: deps\n\tdocker build -t a .\ndeps:\n\techo\nrelease: build\n\tdocker push a:1\n"
    files = {".github/workflows/a.yml": _WORKFLOW.format(steps="    - run: make build\n"),
             ".github/workflows/b.yml": _WORKFLOW.format(steps="    - run: make release\n"),
             "Makefile": makefile}
    [(status, message)] = _ci_push_seconds(files, tmp_path)[1]
    assert status is Status.PASS and "make release" in message and "Makefile" in message, message


# --- Go routes: one handler asked about once, not once per route ----------------------------------------------------

_GO_HEAD = ('package main\n\nimport (\n\t"net/http"\n\t"github.com/gin-gonic/gin"\n)\n\n'
            "func h(w http.ResponseWriter, r *http.Request) { w.Write(nil) }\n\nfunc main() {\n")


def _route_auth_seconds(root: Path, text: str) -> tuple[float, list[Status]]:
    write(root, {"main.go": text, "go.mod": "module x\n\ngo 1.22\n"})
    started = time.process_time()
    result = scan(root, only=("endpoint-security/route-auth",))
    spent = time.process_time() - started
    return spent, [f.status for f in findings(result, "endpoint-security/route-auth")]


def test_many_routes_to_one_go_handler(tmp_path: Path) -> None:
    """1,500 `r.HandleFunc("/x", h)` lines to one handler (whose body the function index reads up to 20,000
    characters): its body was read for a token check and for reading the request once per route, and the file
    searched whole for `*http.Request` names once per route (1,000: 7.9 s of CPU; 2,000: 18 s). Now once each."""
    text = _GO_HEAD + '\tr := http.NewServeMux()\n' + '\tr.HandleFunc("/x", h)\n' * 1_500 + "}\n"
    spent, statuses = _route_auth_seconds(tmp_path, text)
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert statuses == [Status.FAIL]


def test_many_gin_routes_named_by_constants(tmp_path: Path) -> None:
    """acc-fresh18's gin/echo rule: 1,500 `r.POST(p<i>, h)` with `const p<i> = "/p<i>"`: each route's handler was
    checked for a token against the same body (1,000: 4.0 s of CPU; 2,000: 9.4 s)."""
    text = (_GO_HEAD + "\tr := gin.New()\n" + "".join(f"\tr.POST(p{i}, h)\n" for i in range(1_500)) + "}\n"
            + "".join(f'const p{i} = "/p{i}"\n' for i in range(1_500)))
    spent, statuses = _route_auth_seconds(tmp_path, text)
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert statuses and set(statuses) == {Status.FAIL}


def test_a_go_handler_handing_the_request_on_thousands_of_times(tmp_path: Path) -> None:
    """One route whose handler calls g(w, r) 1,500 times, g calling k(w, r) 1,500 times: whether it reads nothing of
    the request read g's body again for each call (1,000: 5.0 s of CPU; 2,000: 19.5 s). Each (body, depth) is judged
    once per question now; the answer is the same (nothing read: the route is one of the service's read-only)."""
    text = ('package main\n\nimport "net/http"\n\nfunc k(w http.ResponseWriter, r *http.Request) {\n\tprintln()\n}\n\n'
            "func g(w http.ResponseWriter, r *http.Request) {\n" + "\tk(w, r)\n" * 1_500 + "}\n\n"
            "func h(w http.ResponseWriter, r *http.Request) {\n" + "\tg(w, r)\n" * 1_500 + "}\n\n"
            'func main() {\n\thttp.HandleFunc("/x", h)\n}\n')
    spent, statuses = _route_auth_seconds(tmp_path, text)
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert statuses == [Status.FAIL]
    [f] = findings(scan(tmp_path, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    assert f.status is Status.FAIL and "reads nothing of the request" in str(f.evidence), f.evidence


def test_go_calls_in_a_handler_body_are_the_old_pattern_s() -> None:
    """routes._go_calls tries the call pattern only at the first letter of each run of name characters: the same
    matches as `finditer` of the old pattern on generated bodies (chains such as w.Header().Set(...), a letter
    after a digit, unclosed calls), and linear where the old one read the rest of a long name from each of its
    characters (20,000 characters: 3 s)."""
    import random
    import re

    from deploycheck.sources.routes import _go_calls

    old = re.compile(r"([A-Za-z_][\w.]*)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
    rng = random.Random(7)
    for _ in range(20_000):
        body = "".join(rng.choice("ab_1.() ,r\n\té") for _ in range(rng.randint(0, 30)))
        assert [(m.span(), m.groups()) for m in _go_calls(body)] == [(m.span(), m.groups())
                                                                     for m in old.finditer(body)], body
    for body in ("a" * 200_000, "f(" + "x" * 200_000, "a.a" * 70_000):
        started = time.process_time()
        assert list(_go_calls(body)) == []
        assert time.process_time() - started < 0.2


# --- constant-only tests, Express cors(options), PodDisruptionBudget counts ------------------------------------------


def test_unclosed_test_bodies_are_not_read_over_and_over() -> None:
    """The constant-only rule reads each test's body from its `{` to the matching `}` within 4,000 characters. 500
    `@Test void t() {` lines that never close made a file of 8.5 KB cost 500 reads of 4,000 characters (0.07 s a file:
    a repository of such files, minutes). The file's braces are matched once; the same bodies are read."""
    import re

    from deploycheck.sources import testsuites

    marker = re.compile(r"@Test\b")
    text = "class A {\n" + "@Test void t() {\n" * 500
    started = time.process_time()
    for _ in range(20):
        assert testsuites._constant_only_tests(text, marker) == 0
    assert time.process_time() - started < 0.3  # old: 1.4 s
    closed = "class A {\n" + "@Test void t() { assertTrue(true); }\n" * 3 + "@Test void u() { assertTrue(f()); }\n}\n"
    assert testsuites._constant_only_tests(closed, marker) == 3
    nested = "@Test void t() { if (x) { assertTrue(true); } }\n@Test void v() {" + " " * 4_000 + "assertTrue(true); }\n"
    assert testsuites._constant_only_tests(nested, marker) == 0  # a nested block; a body past 4,000 characters


def test_closing_braces_are_the_depth_count_s() -> None:
    """_closing_braces (one pass, a stack) gives each `{` the `}` the old depth count from it found."""
    import random

    from deploycheck.sources.testsuites import _closing_braces

    def by_depth(text: str, open_at: int) -> int | None:
        depth = 0
        for i in range(open_at, len(text)):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            if text[i] == "}" and depth == 0:
                return i
        return None

    rng = random.Random(5)
    for _ in range(5_000):
        text = "".join(rng.choice("{}a ") for _ in range(rng.randint(0, 40)))
        closing = _closing_braces(text)
        for i, c in enumerate(text):
            if c == "{":
                assert closing.get(i) == by_depth(text, i), (text, i)


def test_cors_options_named_thousands_of_times(tmp_path: Path) -> None:
    """pass-audit5's Express rule: each `cors(opts)` searched the whole file for `const opts = {` (4,000 calls with
    none: 5.6 s of CPU) and read its block again (a large one: 7.2 s), and `[^=]+` after `const opts:` ran to the
    next `=` of the file from each such line. Declarations are read once per file, each block once; the named
    object is judged as before."""
    from deploycheck.sources import codefacts

    cases = ["app.use(cors(opts));\n" * 4_000,
             "const opts = {" + " origin: 'x',\n" * 5_000 + "};\n" + "app.use(cors(opts));\n" * 4_000,
             "const opts:\n" * 4_000 + "app.use(cors(opts));\n"]
    started = time.process_time()
    for body in cases:
        codefacts._js_cors_by_name("a.js", "const cors = require('cors');\n" + body, False)
    assert time.process_time() - started < 0.5
    reflect = ("const corsOptions: CorsOptions = {\n  origin: true,\n  credentials: true,\n};\n"
               "app.use(cors(corsOptions));\n")
    [setting] = codefacts._js_cors_by_name("a.ts", reflect, False)
    assert setting.any_origin and setting.credentials
    later = ("let corsOptions = build();\nvar corsOptions = { origin: 'https://a.example' };\n"
             "app.use(cors(corsOptions));\n")
    [setting] = codefacts._js_cors_by_name("a.js", later, False)
    assert not setting.any_origin and not setting.credentials


@pytest.mark.parametrize("value", ['"²"', '"²%"', '"' + "9" * 5_000 + '"', '"' + "9" * 5_000 + '%"'])
def test_pdb_counts_that_int_refuses(tmp_path: Path, value: str) -> None:
    """A PodDisruptionBudget's minAvailable that str.isdigit takes and int() refuses (a superscript two; past 4,300
    digits) ended rollout-strategy/pdb with a crash. It is no count now, as any other text."""
    deployment = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  replicas: 3\n  selector:\n"
                  "    matchLabels:\n      app: a\n  template:\n    metadata:\n      labels:\n        app: a\n"
                  "    spec:\n      containers:\n      - name: a\n        image: a:1\n")
    pdb = (f"apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: a\nspec:\n  minAvailable: {value}\n"
           "  selector:\n    matchLabels:\n      app: a\n")
    write(tmp_path, {"k8s/app.yaml": deployment + "---\n" + pdb})
    result = findings(scan(tmp_path, only=("rollout-strategy/pdb",)), "rollout-strategy/pdb")
    assert result and all(f.status is not Status.ERROR for f in result), [(f.status, f.message) for f in result]


def test_a_dependency_name_never_writes_outside_the_chart_copy(tmp_path: Path) -> None:
    """A `file://` dependency is copied into the chart copy's charts/<name>, and the name is the hostile Chart.yaml's:
    `../../…/<anywhere>` wrote the local chart's files wherever the scanner may write (for the render and again for
    the lint), and left them there. Such a name is refused: the chart is an error naming it; nothing is written."""
    pytest.importorskip("helm_python")
    escaped = tmp_path / "escaped"
    name = "../" * 40 + str(escaped).lstrip("/")
    root = write(tmp_path / "repo", {
        "app/Chart.yaml": ("apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n"
                           f"- name: {name}\n  version: 0.1.0\n  repository: file://../lib\n"),
        "app/values.yaml": "a: 1\n",
        "app/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
        "lib/Chart.yaml": "apiVersion: v2\nname: lib\nversion: 0.1.0\n",
        "lib/planted.txt": "written outside the sandbox\n"})
    result = scan(root, only=("helm-chart/renders", "helm-chart/lint"))
    assert not escaped.exists()
    [app] = [f for f in findings(result, "helm-chart/renders") if "chart app" in f.message]
    assert app.status is Status.ERROR and "is not a chart name" in app.message, app.message
    ok = write(tmp_path / "fine", {
        "app/Chart.yaml": ("apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n"
                           "- name: lib\n  version: 0.1.0\n  repository: file://../lib\n"),
        "app/values.yaml": "a: 1\n", "app/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
        "lib/Chart.yaml": "apiVersion: v2\nname: lib\nversion: 0.1.0\n",
        "lib/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-lib\n"})
    renders = findings(scan(ok, only=("helm-chart/renders",)), "helm-chart/renders")
    [app] = [f for f in renders if "chart app" in f.message]
    assert app.status is Status.PASS and "2 objects" in app.message, app.message


def test_many_nest_packages_serving_their_document(tmp_path: Path) -> None:
    """api-docs' @nestjs/swagger rule (323c6134): each NestJS route's package was looked up again for every package
    whose code serves a document (300 packages of 20 routes: 7.7 s of CPU; 600: 30 s). Each route's package is looked
    up once; every route still gets its package's document."""
    from deploycheck.sources import routes

    controller = ("import { Controller, Get } from '@nestjs/common';\n@Controller('c')\nexport class C {\n"
                  + "".join(f"  @Get('r{j}')\n  r{j}() {{ return 1; }}\n" for j in range(20)) + "}\n")
    files = {}
    for i in range(300):
        files[f"p{i}/package.json"] = '{"dependencies": {"@nestjs/swagger": "7"}}\n'
        files[f"p{i}/main.ts"] = "SwaggerModule.setup('api', app, doc);\n"
        files[f"p{i}/c.controller.ts"] = controller
    root = write(tmp_path, files)
    ctx = Context(root, load_config(root))
    started = time.process_time()
    found = routes.code_routes(ctx)
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert len(found.routes) == 6_000
    assert found.generated_specs["p7/c.controller.ts"] == "@nestjs/swagger: SwaggerModule.setup at p7/main.ts:1"
    assert len(found.generated_specs) == 300


def test_many_url_patterns_of_one_django_view(tmp_path: Path) -> None:
    """api-docs' Django page rule (323c6134): whether a class-based view is a web page walked its handlers again for
    every URL pattern naming it (2,000 patterns of one view whose get() has 2,000 lines: 24 s of CPU; 1,000 x 1,000:
    5.6 s). Each class is judged once; the answer is the same."""
    from deploycheck.sources import routes

    views = ("from django.views import View\nfrom django.shortcuts import render\n\nclass V(View):\n"
             "    def get(self, request):\n" + "        x = 1\n" * 1_500 + "        return render(request, 't.html')\n")
    urls = ("from django.urls import path\nfrom .views import V\n\nurlpatterns = [\n"
            + "".join(f"    path('x{i}/', V.as_view()),\n" for i in range(1_500)) + "]\n")
    root = write(tmp_path, {"app/views.py": views, "app/urls.py": urls, "app/__init__.py": "",
                            "manage.py": "import django\n", "requirements.txt": "Django==4.2\n"})
    ctx = Context(root, load_config(root))
    started = time.process_time()
    found = routes.code_routes(ctx)
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert len(found.routes) == 1_500 and {r.page for r in found.routes} == {"V: get() renders t.html"}


def test_go_relational_code_with_thousands_of_exported_names(tmp_path: Path) -> None:
    """migration-scripts' Go test-only rule (ccd4317f): whether production code names the relational code's exported
    functions was one alternation of every name, tried at each word of every other Go file (16,000 names over 600 KB:
    8 s, growing with names x text). Each file's words are looked up in the names now; the same answer."""
    import random

    from deploycheck.sources.migrations import go_relational_code_for_tests_only

    rng = random.Random(1)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    names = sorted({"".join(rng.choice(letters) for _ in range(3)) + str(i) for i in range(16_000)})
    repository = ("package hour\n\nimport \"github.com/jmoiron/sqlx\"\n\n"
                  + "".join(f"func {n}(db *sqlx.DB) {{}}\n" for n in names))
    other = "package app\n\n" + "".join(f"var z = {''.join(rng.choice(letters) for _ in range(3))}q(r, s)\n"
                                        for _ in range(30_000))
    root = write(tmp_path, {"go.mod": "module x\n\nrequire github.com/go-sql-driver/mysql v1.7.0\n",
                            "hour/repository.go": repository, "app/main.go": other,
                            "hour/repository_test.go": f"package hour\n\nfunc TestX() {{ {names[5]}(nil) }}\n"})
    ctx = Context(root, load_config(root))
    started = time.process_time()
    assert go_relational_code_for_tests_only(ctx) == ["hour/repository.go"]
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    write(tmp_path, {"app/wire.go": f"package app\n\nvar repo = hour.{names[4_000]}(db)\n"})
    assert go_relational_code_for_tests_only(Context(root, load_config(root))) == []
