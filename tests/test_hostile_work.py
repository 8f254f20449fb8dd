"""Readers whose work grew with the product of two counts of a crafted repository (commands x headings, commands x
workloads, functions x their nested bodies) now do work linear in the repository, or stop at a cap and say what the
safe side is. Each crafted repository is read by the real reader, timed in CPU seconds of this process after the
sources it uses were built (bench/README.md, "Work per pair of counts"); the bound sits far above the linear time
and below the old one even under load.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.config import load_config
from deploycheck.context import Context
from deploycheck.model import Status
from deploycheck.sources.kubectl_docs import KubectlApply

BOUND_S = 1.5  # CPU seconds (after: under 0.2 s; before: 4-37 s)


def _workloads(names: list[str]) -> str:
    return "".join(f"---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {n}\nspec:\n  template:\n"
                   f"    spec:\n      containers:\n      - name: a\n        image: a:1\n" for n in names)


def _rollback_seconds(tmp_path: Path, commands: list[str], workloads: list[str]) -> tuple[float, list[str] | None]:
    from deploycheck.checks.rollback.migrations import _foreign_targets, _rollback_commands
    from deploycheck.sources.kubernetes import all_objects
    from deploycheck.sources.markdown import markdown_docs

    root = write(tmp_path / "repo", {
        "README.md": "".join(f"## Step {i}\n\n`kubectl rollout undo deployment/{c}`\n\n"
                             for i, c in enumerate(commands)),
        "k8s/deploy.yaml": _workloads(workloads)})
    ctx = Context(root, load_config(root))
    ctx.use(all_objects), ctx.use(markdown_docs)
    started = time.process_time()
    foreign = _foreign_targets(ctx, _rollback_commands(ctx))
    return time.process_time() - started, foreign


def test_rollback_commands_under_many_headings_naming_one_workload(tmp_path: Path) -> None:
    """16,000 commands each under its own heading, all naming one workload this repository does not deploy, beside
    4,000 it does: the heading above each command was looked for backwards from the last heading (1.75 s), and the
    name compared with every workload's again for each command (64 million comparisons)."""
    spent, foreign = _rollback_seconds(tmp_path, ["other"] * 16_000, [f"svc{i}" for i in range(4_000)])
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert foreign == ["other"] * 16_000  # every command rolls back someone else's workload: still told


def test_rollback_commands_naming_many_workloads(tmp_path: Path) -> None:
    """8,000 commands of distinct names against 8,000 workloads (64 million comparisons, 4.3 s; 16,000 of each:
    37 s): past a million comparisons the names are not told apart, and the check says it did not judge them
    (skipped), never pass."""
    spent, foreign = _rollback_seconds(tmp_path, [f"other{i}" for i in range(8_000)],
                                       [f"svc{i}" for i in range(8_000)])
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert foreign is None
    result = scan(tmp_path / "repo", only=("rollback-plan/runbook",))
    [f] = findings(result, "rollback-plan/runbook")
    assert f.status is Status.SKIPPED and "not judged" in f.message, f.message


def _runbook(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=("rollback-plan/runbook",)),
                                                    "rollback-plan/runbook")]


def test_rollback_commands_are_judged_as_before(tmp_path: Path) -> None:
    """The heading a command is under is the last one above it; a command above every heading is under none; one
    command of the repository's own among foreign ones makes the procedure the repository's (any order)."""
    write(tmp_path, {"k8s/deploy.yaml": _workloads(["orders"]),
                     "docs/ops.md": "Before any heading: `helm rollback hello`\n\n# Ops\n\n## Rolling out\n\ntext\n\n"
                                    "### Undo\n\n`kubectl rollout undo deployment/hello`\n\n"
                                    "## Other\n\n`kubectl rollout undo deployment/hello`\n"})
    [(status, message)] = _runbook(tmp_path)
    assert status is Status.FAIL and "hello" in message and "docs/ops.md:1 `helm rollback hello`" in message
    write(tmp_path, {"docs/ops.md": "# Ops\n\n## Rolling out\n\ntext\n\n### Undo\n\n"
                                    "`kubectl rollout undo deployment/hello`\n\n## Other\n\n"
                                    "`kubectl rollout undo deployment/orders`\n"})
    [(status, message)] = _runbook(tmp_path)
    assert status is Status.PASS and "under 'Undo'" in message
    write(tmp_path, {"docs/ops.md": "`kubectl rollout undo deployment/orders`\n\n# Ops\n\n"
                                    "`kubectl rollout undo deployment/hello`\n"})
    [(status, message)] = _runbook(tmp_path)
    assert status is Status.PASS and "under" not in message


# --- JavaScript function bodies: a nested function's body lies inside its parent's ----------------------------------

def _body_characters(text: str) -> int:
    from deploycheck.sources.routes_verify import js_functions

    return sum(len(found[1]) for found in js_functions(text).values() if found is not None)


def test_js_function_bodies_are_read_within_a_budget() -> None:
    """2,000 nested functions (and 2,000 methods left open): each body was read to its closing brace or 20,000
    characters, 40 million characters of bodies in all (28 s); a line of 4,000 `x => ...` arrows held the rest of
    the line each (100 MB; 40,000 of them: 10 GB). Now at most three times the file, plus two whole bodies."""
    from deploycheck.sources.routes_verify import _MAX_BODY

    for text in ("".join(f"function f{i}(req, res) {{\n" for i in range(2_000)) + "}\n" * 2_000,
                 "class A {\n" + "".join(f"  m{i}(req, res) {{\n" for i in range(2_000)),
                 "".join(f"a{i} = x => " for i in range(4_000)) + "x\n"):
        assert _body_characters(text) <= 3 * len(text) + 2 * _MAX_BODY


def test_js_function_bodies_past_the_budget_are_cut_not_dropped() -> None:
    """Every crafted function is still found by name (its body cut short: a verification there is not seen, so a
    route it handles stays a finding), and a file read within the budget keeps its bodies whole."""
    from deploycheck.sources.routes_verify import js_functions

    nested = "".join(f"function f{i}(req, res) {{\n" for i in range(2_000)) + "}\n" * 2_000
    found = js_functions(nested)
    # the outer ones read first, to the 20,000 characters a body is cut at; the innermost past the budget: nothing
    assert len(found) == 2_000 and len(found["f0"][1]) == 20_000 and found["f1999"] == (2_000, "")
    started = time.process_time()
    js_functions(nested * 2)  # the names twice: none counts, each still read within the budget
    assert time.process_time() - started < BOUND_S
    text = "function verify(req, res) {\n  const t = req.headers.authorization\n  jwt.verify(t, key)\n}\n"
    assert js_functions(text)["verify"] == (1, text[text.index("{"):].rstrip("\n"))


# --- TLS verification switched off under a setting: per finding, the file was split and the repository read ----------

def _tls_repo(tmp_path: Path, n: int) -> Context:
    body = "".join(f"\tif cfg.Insecure{i} {{\n\t\tc{i} := &tls.Config{{InsecureSkipVerify: true}}\n\t\t_ = c{i}\n\t}}\n"
                   for i in range(n))
    py = "    if verify is False:\n        requests.get(u, verify=False)\n" * n
    root = write(tmp_path / "repo", {"main.go": 'package main\n\nimport "crypto/tls"\n\nfunc f() {\n' + body + "}\n",
                                     "client.py": "import requests\n\n\ndef get(u, verify):\n" + py,
                                     "config.yaml": "insecure3: true\n"})
    return Context(root, load_config(root))


def test_tls_settings_read_each_file_and_setting_once(tmp_path: Path, monkeypatch: object) -> None:
    """1,000 Go lines each under its own `if cfg.InsecureN {` and 1,000 Python ones under `if verify is False:`:
    each line split its file into lines again, asked again whether the file reads the peer certificate, and looked
    for its setting through every configuration file (1,000 Go findings: 4.2 s; 4,000 Python ones: 6.3 s)."""
    import pytest

    from deploycheck.sources import tls_settings

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    ctx = _tls_repo(tmp_path, 1_000)
    reads: list[str] = []
    read_text, turned_on = ctx.files.read_text, tls_settings._turned_on
    monkeypatch.setattr(ctx.files, "read_text", lambda rel: reads.append(rel) or read_text(rel))
    looked: list[str] = []
    monkeypatch.setattr(tls_settings, "_turned_on", lambda c, s, *rest: looked.append(s) or turned_on(c, s, *rest))
    found = tls_settings.tls_verification_off(ctx)
    # (each setting looked for reads the Go file too: a setting may be turned on in code)
    assert len(looked) <= getattr(tls_settings, "_MAX_SETTINGS", 16)
    assert reads.count("main.go") <= len(looked) + 3 and reads.count("client.py") <= len(looked) + 3
    # the first settings are judged (cfg.Insecure3 is turned on in config.yaml: a finding); past the cap each stays a
    # finding; the Python lines are under the parameter `verify` of their function
    go = sorted((t.line, t.switch) for t in found if t.file == "main.go")
    assert len(go) == 1_000 and go[0] == (7, "cfg.Insecure0") and go[3] == (19, None) and go[-1][1] is None
    assert [switch for _, switch in go[4:16]] == [f"cfg.Insecure{i}" for i in range(4, 16)]
    python = [t for t in found if t.file == "client.py"]
    assert len(python) == 1_000 and min(python, key=lambda t: t.line or 0).option == "verify"


# --- plain manifests applied by `kubectl apply -n NS -f DIR`: each object was compared with every command ------------

def _old_applies_of(path: str, applies: list[KubectlApply], rendered: dict[str, str]) -> list[KubectlApply]:
    """applies_of before the index (kept here to compare with)."""
    import posixpath

    out = []
    copies = [path, *(target for target, source in rendered.items() if source == path)]
    for apply in applies:
        for copy in copies:
            folder = posixpath.dirname(copy)
            if copy == apply.target or folder == apply.target or (
                    apply.recursive and (apply.target == "" or copy.startswith(apply.target + "/"))):
                out.append(apply)
                break
    return out


def test_the_commands_applying_a_manifest_are_found_as_before() -> None:
    import random

    from deploycheck.sources.kubectl_docs import ApplyIndex

    folders = ["", "k8s", "k8s/base", "k8s/base/x", "k8", "deploy", "k8s/basement"]
    rng = random.Random(5)
    hits = 0
    for _ in range(3_000):
        applies = [KubectlApply("ci.yml", i, rng.choice([*folders, "k8s/a.yaml", "deploy/r.yaml"]),
                                rng.choice(["", "prod"]), rng.random() < 0.3) for i in range(rng.randint(0, 6))]
        rendered = {f"{rng.choice(folders[1:])}/r{i}.yaml": f"{rng.choice(folders[1:])}/a.yaml" for i in range(3)}
        index = ApplyIndex(applies, rendered)
        for path in ("k8s/a.yaml", "k8s/base/x/b.yaml", "deploy/a.yaml", "a.yaml", "k8s/basement/a.yaml"):
            old = _old_applies_of(path, applies, rendered)
            assert index.of(path) == old, (path, applies, rendered)
            hits += bool(old)
    assert hits > 3_000


def test_manifests_applied_by_many_commands(tmp_path: Path) -> None:
    """4,000 objects in one file, 4,000 `kubectl apply -n` commands of other folders and one of theirs: 16 million
    comparisons (2,000 of each: 1.8 s); the objects are still found applied with a namespace."""
    from deploycheck.checks.infrastructure.kubernetes import _namespaced_by_kubectl
    from deploycheck.sources.kubectl_docs import kubectl_applies
    from deploycheck.sources.kubernetes import all_objects

    root = write(tmp_path / "repo", {
        "k8s/all.yaml": "".join(f"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c{i}\ndata: {{}}\n"
                                for i in range(4_000)),
        "deploy.sh": "".join(f"kubectl apply -n ns{i} -f other{i}/\n" for i in range(4_000))
        + "kubectl apply -n web -f k8s/\n"})
    ctx = Context(root, load_config(root))
    objects = ctx.use(all_objects).objects
    ctx.use(kubectl_applies)
    started = time.process_time()
    left, applied = _namespaced_by_kubectl(ctx, objects)
    assert time.process_time() - started < BOUND_S
    assert len(objects) == 4_000 and left == [] and [a.namespace for a in applied["k8s/all.yaml"]] == ["web"]


def test_python_manifest_names_are_matched_as_before() -> None:
    """migrations._PY_MANIFEST reads "requirements" by a lookahead (linear: tests/test_hostile_regex.py); the names it
    matches are those of the old pattern, on generated paths."""
    import random
    import re

    from deploycheck.sources.migrations import _PY_MANIFEST

    old = re.compile(r"(?:^|/)(?:[\w.-]*requirements[\w.-]*\.(?:txt|in)|pyproject\.toml|Pipfile|setup\.(?:py|cfg))$")
    atoms = ["requirements", "require", "ments", ".txt", ".in", "/", "a", "-", ".", "pyproject.toml", "Pipfile",
             "setup.py", "setup.cfg", " ", "\u00e9", "\n", "txt", "in"]
    rng = random.Random(3)
    matched = 0
    for _ in range(50_000):
        path = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 8)))
        assert bool(_PY_MANIFEST.search(path)) == bool(old.search(path)), path
        matched += bool(old.search(path))
    assert matched > 2_000


def test_many_names_are_looked_up_by_word_not_searched_per_file(tmp_path: Path) -> None:
    """4,000 YAML files beside a kustomization that lists none of them, and 20 notes of 220 KB: each YAML file's name
    was searched for in every note (4,000 x 20 substring searches over 220 KB: 5.4 s of CPU). Past 64 names
    the files' words are looked up instead; what is found is what the identifier-bounded pattern finds."""
    from deploycheck.sources.kustomize import unlisted_manifests

    files = {"k8s/kustomization.yaml": "resources:\n  - listed.yaml\n", "k8s/listed.yaml": _workloads(["listed"]),
             "deploy.sh": "kubectl apply -f k8s/svc-7-cronjob.yaml\n"}
    files.update({f"k8s/svc-{i}-cronjob.yaml": f"# {i}\n" for i in range(4_000)})
    # 20 notes of 220 KB that mention no file (their words start some names): read for mentions
    files.update({f"notes/note-{i}.txt": "svc note cronjob yaml " * 10_000 for i in range(20)})
    root = write(tmp_path / "repo", files)
    ctx = Context(root, load_config(root))
    started = time.process_time()
    unlisted = ctx.use(unlisted_manifests)
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert "k8s/svc-7-cronjob.yaml" not in unlisted and "k8s/svc-8-cronjob.yaml" in unlisted
    assert len(unlisted) == 3_999


def test_the_word_lookup_finds_what_the_pattern_finds() -> None:
    import random
    import re

    from deploycheck.sources.mentions import _WordIndex

    rng = random.Random(11)
    for _ in range(20_000):
        names = list({"".join(rng.choice("ab-._0") for _ in range(rng.randint(1, 6))) for _ in range(5)})
        text = "".join(rng.choice("ab-._/ \n\"'0") for _ in range(rng.randint(0, 40)))
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        matches = list(re.finditer(rf"(?<![A-Za-z0-9_])({alternatives})(?![A-Za-z0-9_])", text))
        old = {m.group(1) for m in matches}
        index = _WordIndex(names)
        new = set(index.mentions(text))
        if index.others:
            others = "|".join(re.escape(n) for n in index.others)
            new |= {m.group(1) for m in re.finditer(rf"(?<![A-Za-z0-9_])({others})(?![A-Za-z0-9_])", text)}
        assert old <= new, (names, text)
        # more only where a name starts inside a match of another, which the pattern (reading matches one after the
        # other) stepped over
        for extra in new - old:
            starts = [p for p in range(len(text)) if text.startswith(extra, p)]
            assert any(m.start() <= p < m.end() for p in starts for m in matches), (names, text, extra)


def test_go_routes_with_named_paths_resolve_names_once_per_file() -> None:
    """300 gin registrations whose paths are names (`r.GET(name1, h)`) above 1,500 blank lines: each name was looked
    up by a search of the whole file whose `^\\s*` ran over every blank line after each line start (500 of them:
    48 s of CPU; 1,000: 361 s). The file's string bindings are now read once; a name still resolves."""
    from deploycheck.sources.routes import _go_routes

    text = ('package main\nimport "github.com/gin-gonic/gin"\nconst apiPath = "/api"\n'
            + "".join(f"\tr.GET(name{i}, h)\n" for i in range(300)) + "\tr.POST(apiPath, h)\n" + "\n" * 1_500)
    started = time.process_time()
    routes = _go_routes("main.go", text, [])
    spent = time.process_time() - started
    assert spent < BOUND_S, f"{spent:.2f} s of CPU"
    assert [(r.method, r.path) for r in routes] == [("POST", "/api")]
