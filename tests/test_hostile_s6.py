"""Hostile input against the readers the s5 session added or changed (sec-fuzz8, 2026-11-30 s6), and the one case s5
left open: a YAML document holding a 5,000-digit integer. Each case is built from the reader's own trigger lines at
the size that hurt and read by the real code; timed cases count CPU seconds of this process (bench/README.md,
"Hostile input against the s5 readers"), with the bound far above the linear time and below the old one under load.
"""

from __future__ import annotations

import pickle
import time
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.yaml import YamlError, load_all

_DEPLOYMENT = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n  replicas: {replicas}\n"
               "  selector:\n    matchLabels: {{app: {name}}}\n  template:\n    metadata:\n"
               "      labels: {{app: {name}}}\n    spec:\n      containers:\n      - name: a\n        image: a:1\n")


# --- YAML: an integer too long to read ------------------------------------------------------------------------------

def test_a_five_thousand_digit_integer_loses_only_its_document(tmp_path: Path) -> None:
    """A manifest file whose first Deployment has `replicas:` of 5,000 digits (Python refuses to convert more than
    4,300): the loader's ValueError ended the whole file, so the second Deployment of the file was never checked and
    the message was Python's (`use sys.set_int_max_str_digits()`), without a line. Now the document is an error
    naming the file and the line, and the file's other documents are read."""
    text = (_DEPLOYMENT.format(name="web", replicas="9" * 5_000) + "---\n"
            + _DEPLOYMENT.format(name="api", replicas=2))
    root = write(tmp_path, {"k8s/deploy.yaml": text})
    result = scan(root, only=("manifests/parse", "manifests/duplicates"))
    [problem] = findings(result, "manifests/parse", Status.ERROR)
    assert problem.message == "k8s/deploy.yaml: invalid YAML: an integer of 5,000 digits (more than can be read " \
                              "as a number)", problem.message
    assert problem.location is not None and problem.location.line == 6
    [counted] = findings(result, "manifests/duplicates")
    assert counted.message.startswith("1 objects"), counted.message


def test_the_other_documents_keep_their_lines_and_cross_processes() -> None:
    """load_all(partial=True) leaves the failed document None (the others keep their indexes and lines), and the
    problems survive the pickling of the parse-ahead child (parallel.py)."""
    text = ("a: 1\n---\nb: " + "1" * 4_400 + "\n---\n" + "c:\n  d: 2\n---\n"
            + "? " + "7" * 5_000 + "\n: x\n")  # a key too (SafeConstructor's own mapping)
    parsed = pickle.loads(pickle.dumps(load_all(text, partial=True)))
    assert parsed.docs == [{"a": 1}, None, {"c": {"d": 2}}, None]
    assert [(p.message, p.line) for p in parsed.problems] == [
        ("invalid YAML: an integer of 4,400 digits (more than can be read as a number)", 3),
        ("invalid YAML: an integer of 5,000 digits (more than can be read as a number)", 8)]
    assert parsed.line_of(2, ["c", "d"]) == 6
    try:
        load_all(text)
    except YamlError as exc:  # every other reader: the file is refused as before, now with the line
        assert (exc.message, exc.line) == (parsed.problems[0].message, 3)
    else:
        raise AssertionError("a text with a too long integer was read whole")


# --- Makefiles: a RUN make TARGET read through the build context's Makefile (f47eeaec) -------------------------------

BOUND_S = 1.5  # CPU seconds (after: under 0.3 s; before: 10-120 s)


def test_many_runs_of_make_read_each_recipe_once(tmp_path: Path) -> None:
    """300 `RUN make t<i>` whose rules share one prerequisite with a 380 KB recipe (no install in it): each RUN read
    the whole chain's recipes again (12 s of CPU here; 3,000 RUNs of one target: 123 s). Each rule's recipe is read
    once per Dockerfile now; an install in it is still found."""
    big = "".join(f"\techo step{i} && go env\n" for i in range(15_000))  # 380 KB: the first 500 KB are read
    makefile = "big:\n" + big + "".join(f"t{i}: big\n\techo {i}\n" for i in range(300))
    dockerfile = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\n" + "".join(f"RUN make t{i}\n" for i in range(300))
    root = write(tmp_path, {"Makefile": makefile, "Dockerfile": dockerfile + 'CMD ["/app"]\n',
                            "go.mod": "module example.com/a\n\ngo 1.22\n\nrequire k8s.io/client-go v0.34.0\n",
                            "main.go": "package main\n\nfunc main() {}\n"})
    started = time.process_time()
    result = findings(scan(root, only=("dockerfile/layer-caching",)), "dockerfile/layer-caching")
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert [f.status for f in result] == [Status.PASS]
    write(root, {"Makefile": makefile.replace("\techo 299\n", "\tgo build -o app .\n")})
    [warned] = findings(scan(root, only=("dockerfile/layer-caching",)), "dockerfile/layer-caching")
    assert warned.status is Status.WARN and "(go build, run by `make t299`)" in warned.message, warned.message


def test_make_variables_do_not_multiply_a_recipe() -> None:
    """`V = <10 KB>` and a recipe of 10,000 `$(V)`: the recipe was expanded to 100 MB (from a 50 KB Makefile; a
    10 MB one, which registry/ci-push reads whole, to terabytes). Expansion stops after a million added characters;
    later references stay as written."""
    from deploycheck.sources.makefiles import MAX_EXPANSION, expand, make_rules

    makefile = "V = " + "x" * 10_000 + "\nall:\n\t" + "$(V)" * 10_000 + "\n"
    recipe = make_rules(makefile)["all"][1]
    assert len(recipe) < MAX_EXPANSION + len(makefile), len(recipe)
    assert recipe.startswith("\n\t" + "x" * 20_000) and recipe.rstrip().endswith("$(V)")
    assert len(expand(makefile, {"V": "x" * 10_000})) < MAX_EXPANSION + len(makefile)
    assert make_rules("D ?= docker\npush:\n\t$(D) push a/b:1\n")["push"][1] == "\n\tdocker push a/b:1\n"


# --- package.json scripts a RUN runs (e693017f) ---------------------------------------------------------------------

def test_many_runs_of_one_package_script_parse_package_json_once(tmp_path: Path) -> None:
    """600 `RUN npm run x` beside a 2.4 MB package.json: the file was parsed again for each RUN (3 s of CPU; 3,000
    RUNs and a 10 MB package.json: over a minute). Each script as written is judged once per Dockerfile; a script
    whose shell script installs is still an install (pcq-frontend's `yarn setup` -> bin/setup.sh)."""
    import json

    scripts = {"x": "echo hi", **{f"s{i}": "echo " + "y" * 100 for i in range(20_000)}}
    dockerfile = "FROM node:20\nWORKDIR /app\nCOPY . .\n" + "RUN npm run x\n" * 600 + 'CMD ["node", "a.js"]\n'
    root = write(tmp_path, {"package.json": json.dumps({"name": "a", "scripts": scripts}), "Dockerfile": dockerfile})
    started = time.process_time()
    result = findings(scan(root, only=("dockerfile/layer-caching",)), "dockerfile/layer-caching")
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert [f.status for f in result] == [Status.PASS]
    write(root, {"package.json": json.dumps({"name": "a", "scripts": {**scripts, "x": "sh ./bin/setup.sh"}}),
                 "bin/setup.sh": "#!/bin/sh\nset -e\nyarn install\n"})
    [warned] = findings(scan(root, only=("dockerfile/layer-caching",)), "dockerfile/layer-caching")
    assert warned.status is Status.WARN, warned.message
    assert "npm run x (package.json script 'x' runs bin/setup.sh: yarn install)" in warned.message, warned.message


# --- Prometheus scrape targets (0cdd996e, bcccab24) -----------------------------------------------------------------

def test_a_windows_saved_prometheus_config_keeps_its_targets(tmp_path: Path) -> None:
    """A prometheus.yml saved with CRLF line ends and 100 comment lines above its scrape_configs: the reader counted
    each "\\r\\n" as one character, so every discovery block was looked for 100 lines further down and the file had
    no target (the workload's scrape job unseen: "nothing scrapes")."""
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.prometheus import scrape_targets

    config = ("#\n" * 100 + "scrape_configs:\n  - job_name: app\n    static_configs:\n      - targets: ['app:8080']\n"
              "  - job_name: db\n    static_configs:\n      - targets:\n        - db:9187  # exporter\n")
    root = write(tmp_path, {"prometheus.yml": config.replace("\n", "\r\n")})
    found = [(t.job, t.target) for t in scrape_targets(Context(root, load_config(root)))]
    assert ("app", "app:8080") in found and ("db", "db:9187") in found, found


# --- mocha spec folders from package.json scripts (09bc9f71) --------------------------------------------------------

def test_mocha_scripts_of_thousands_of_runs(tmp_path: Path) -> None:
    """Twenty scripts of 400 `mocha d<i>x<j>` each and 100 test files: every run read the next 1,000 characters as its
    words (the later runs among them), 2 million spec folders, and each JS file was compared with all of them (300
    scripts and 2,000 files: over 10 minutes). Spec folders are now a mapping looked up by the file's folders, and a
    scan reads at most 50,000 words of mocha commands; a real spec folder is still found."""
    import json

    scripts = {f"s{i}": " ".join(f"mocha d{i}x{j}" for j in range(400)) for i in range(20)}
    scripts["test"] = "nyc mocha test/unit --reporter spec --recursive"
    spec = ("const add = require('../../../app/add');\n\ndescribe('add', () => {\n  it('adds', () => {\n"
            "    const sum = add(1, 2);\n    expect(sum).to.equal(3);\n  });\n});\n")
    files = {f"test/unit/deep/t{i}.js": spec for i in range(100)}
    root = write(tmp_path, {"package.json": json.dumps({"name": "a", "scripts": scripts}), **files})
    started = time.process_time()
    result = findings(scan(root, only=("unit-tests/suite",)), "unit-tests/suite")
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert [f.status for f in result] == [Status.PASS], [f.message for f in result]


# --- Rails controllers' included concerns (c815555f) ----------------------------------------------------------------

def test_many_routes_to_a_controller_of_many_includes(tmp_path: Path) -> None:
    """1,000 routes to one controller of 10,000 `include Foo` / `module M` lines: its includes (and its class chain)
    were read again for each route (29 s of CPU here; 3,000 routes and 20,000 lines: over 51 s). Read once per
    controller now; the concern's before_action still guards the routes."""
    routes = "Rails.application.routes.draw do\n" + "".join(f"  get '/x{i}', to: 'items#index'\n"
                                                            for i in range(1_000)) + "end\n"
    root = write(tmp_path, {
        "Gemfile": "gem 'rails'\n", "config/routes.rb": routes,
        "app/controllers/items_controller.rb": ("class ItemsController < ApplicationController\n"
                                                + "  include Foo\n  module M\n" * 10_000 + "  def index\n  end\nend\n"),
        "app/controllers/application_controller.rb": "class ApplicationController < ActionController::Base\nend\n",
        "app/controllers/concerns/foo.rb": ("module Foo\n  extend ActiveSupport::Concern\n  included do\n"
                                            "    before_action :authenticate_user!\n  end\nend\n")})
    started = time.process_time()
    result = findings(scan(root, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert [(f.status, f.message.split(",")[0]) for f in result] == [(Status.PASS, "1000 routes carry auth")]


def test_many_routes_against_many_callbacks_are_left_unjudged_past_a_budget(tmp_path: Path) -> None:
    """1,500 routes to distinct actions of a controller of 4,000 `before_action :authenticate_user<i>!, only: [:a<i>]`:
    each route read all 4,000 callbacks (6 million; 3,000 x 5,000: 19 s of CPU). Past 500,000 callbacks read, the
    other routes are not judged: route-auth says skipped for them, never that they carry auth."""
    routes = "Rails.application.routes.draw do\n" + "".join(f"  get '/x{i}', to: 'items#a{i}'\n"
                                                            for i in range(1_500)) + "end\n"
    callbacks = "".join(f"  before_action :authenticate_user{i}!, only: [:a{i}]\n" for i in range(4_000))
    root = write(tmp_path, {
        "Gemfile": "gem 'rails'\n", "config/routes.rb": routes,
        "app/controllers/items_controller.rb": f"class ItemsController < ApplicationController\n{callbacks}end\n",
        "app/controllers/application_controller.rb": "class ApplicationController < ActionController::Base\nend\n"})
    started = time.process_time()
    result = findings(scan(root, only=("endpoint-security/route-auth",)), "endpoint-security/route-auth")
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    skipped = [f.message for f in result if f.status is Status.SKIPPED]
    assert skipped and "too many before_action callbacks to follow; not judged" in skipped[0], skipped
    judged = [f.message for f in result if f.status is Status.PASS]
    assert judged and not judged[0].startswith("1500 routes"), judged
