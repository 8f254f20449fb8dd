"""Speed-ups of the corpus scan that must not change an answer (bench/README.md, "Corpus speed (perf-corpus6)")."""

from __future__ import annotations

import fnmatch
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.helpers import write

from deploycheck.config import load_config
from deploycheck.context import Context
from deploycheck.sources.files import FileIndex

NAMES = [".circleci/config.yml", ".gitlab/ci/build.yml", "Chart.yaml", "charts/a/Chart.yaml", "values.yaml",
         "values-prod.yml", "values-dir/readme.txt", "k8s/base/deploy.yaml", "k8s/overlays/prod/kustomization.yaml",
         "docs/guide.md", "docs/api/index.rst", ".github/workflows/ci.yml", "Makefile", "bakefile", "a/b", "x/a/b",
         "deploy/prod/app.yaml", "deploy/app.yaml", "src/templates/x.tpl", "notes.txt", "[weird].yaml",
         "sub/dir/compose.yaml"]
PATTERN_SETS = [(), ("Chart.yaml",), ("*.yaml", "*.yml", "*.json"), ("values*",), ("values*.yaml", "values*.yml"),
                ("**/*.yaml",), ("k8s/**",), ("docs/*.md", "*.rst"), ("*",), ("[ab]*", "?akefile"),
                (".github/workflows/*.yml", "*.md"), ("deploy/*/*.yaml", "values*"), ("*/templates/*",), ("a/b",),
                ("kustomization.yaml", "kustomization.yml", "Kustomization"), ("[[]weird].yaml",),
                (".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab/ci/*.yml", ".circleci/config.yml"),
                ("./deploy/*.yaml", "sub//dir/*.yaml", "*/*/*/*/*.yaml", "/a/b", "dir/", "x/a/*"), ("*/",),
                ("/abs/*.yaml",)]


def _one_pattern_at_a_time(files: list[str], patterns: tuple[str, ...]) -> list[str]:
    """FileIndex.glob's rule, pattern by pattern: a bare pattern is fnmatch on the name; one with a "/" is fnmatch
    of its last part (after the last "/") on the name and PurePosixPath.match; either also matches as fnmatch on
    the whole path."""
    out = []
    for rel in files:
        name = rel.rsplit("/", 1)[-1]
        if any((fnmatch.fnmatchcase(name, p.rsplit("/", 1)[-1]) and PurePosixPath(rel).match(p))
               or fnmatch.fnmatchcase(rel, p) for p in patterns):
            out.append(rel)
    return out


@pytest.mark.parametrize("patterns", PATTERN_SETS)
def test_glob_lists_what_one_pattern_at_a_time_lists(tmp_path: Path, patterns: tuple[str, ...]) -> None:
    index = FileIndex.walk(write(tmp_path, dict.fromkeys(NAMES, "x\n")))
    assert index.glob(*patterns) == _one_pattern_at_a_time(index.files, patterns)


def test_charts_are_listed_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """helm.install_lines asked for the chart directories once per chart, and each answer visited every file
    (57 charts of the corpus: ~0.1 s of its scan). Listed once now, with the same install lines."""
    from deploycheck.sources.helm import install_lines

    charts = {f"charts/c{n}/Chart.yaml": f"apiVersion: v2\nname: c{n}\nversion: 1.0.0\n" for n in range(6)}
    charts["charts/c0/Chart.yaml"] += "dependencies:\n- name: c1\n  repository: file://../c1\n"
    root = write(tmp_path, {**charts, "deploy.sh": "helm upgrade --install c0 ./charts/c0 --namespace shop\n"
                                                   "helm install c2 charts/c2 -n web\n"})
    ctx = Context(root, load_config(root))
    listings: list[tuple[str, ...]] = []
    real = FileIndex.glob

    def counted(self: FileIndex, *patterns: str) -> list[str]:
        listings.append(patterns)
        return real(self, *patterns)

    monkeypatch.setattr(FileIndex, "glob", counted)
    lines = install_lines(ctx)
    assert listings.count(("Chart.yaml",)) == 1
    assert {chart: [(line.path, line.line, line.namespace) for line in found] for chart, found in lines.items()} == {
        "charts/c0": [("deploy.sh", 1, "shop")], "charts/c1": [("deploy.sh", 1, "shop")],
        "charts/c2": [("deploy.sh", 2, "web")]}


def test_namespace_reads_no_deploy_scripts_without_a_rendered_chart(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """cluster/namespace asked helm.install_lines for the deploy commands of every chart even when no object came
    from a chart, which read every script, CI file and Markdown file of the repository for nothing (~25 ms of the
    corpus scan, bench/README.md "perf-corpus10"). The findings are the same."""
    import deploycheck.sources.helm as helm
    from deploycheck.checks.infrastructure.kubernetes import namespace

    root = write(tmp_path, {"k8s/app.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n",
                            "deploy.sh": "kubectl apply -f k8s/ && helm install x ./x -n web\n",
                            "README.md": "helm install x ./x --namespace web\n"})
    asked: list[str] = []
    real = helm.install_lines

    def counted(ctx: Context) -> dict[str, list[helm.InstallLine]]:
        asked.append(str(ctx.root))
        return real(ctx)

    monkeypatch.setattr(helm, "install_lines", counted)
    found = [(f.status.value, f.message) for f in namespace(Context(root, load_config(root)))]
    assert found == [("fail", "ConfigMap app declares no namespace")]
    assert asked == []


def test_the_walk_reads_file_types_from_the_listing(tmp_path: Path) -> None:
    """FileIndex._walk takes a regular file, and a directory's .gitignore, from the directory listing's file types
    (a stat per file and per directory was ~40 % of the corpus walk, bench/README.md "perf-corpus10"): links to
    files, links to nothing, FIFOs, a .gitignore that is a directory or a link come out as a stat said."""
    import os

    root = write(tmp_path / "repo", {"a.yaml": "x: 1\n", "keep/.gitignore": "*.log\n", "keep/b.log": "x\n",
                                     "keep/c.yaml": "x: 1\n", "dirignore/.gitignore/x": "*.yaml\n",
                                     "dirignore/d.yaml": "x: 1\n", "shared.ignore": "*.txt\n",
                                     "linked/e.txt": "x\n", "linked/f.yaml": "x: 1\n"})
    (root / "linked" / ".gitignore").symlink_to(root / "shared.ignore")
    (root / "to-a.yaml").symlink_to(root / "a.yaml")
    (root / "nowhere.yaml").symlink_to(root / "missing.yaml")
    os.mkfifo(root / "pipe.yaml")
    index = FileIndex.walk(root)
    assert index.files == ["a.yaml", "dirignore/.gitignore/x", "dirignore/d.yaml", "keep/.gitignore", "keep/c.yaml",
                           "linked/.gitignore", "linked/f.yaml", "shared.ignore", "to-a.yaml"]
    assert sorted((p.path, p.message) for p in index.problems) == [
        ("nowhere.yaml", "cannot stat: No such file or directory"),
        ("pipe.yaml", "not a regular file (FIFO); not read")]


def test_glob_answers_the_same_patterns_once_per_file_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Several sources ask the same globs of one index (the CI files' 13 patterns twice, the kustomization names three
    times: ~8 ms of the corpus scan): the second answer comes from the first, as a list of its own; a new file list
    is globbed again."""
    import deploycheck.sources.files as files_module

    index = FileIndex.walk(write(tmp_path, dict.fromkeys(NAMES, "x\n")))
    translated: list[str] = []
    real = fnmatch.translate
    monkeypatch.setattr(files_module.fnmatch, "translate", lambda p: translated.append(p) or real(p))
    first = index.glob("*.yaml", "k8s/*.yml")
    work = len(translated)
    first.append("mine")
    second = index.glob("*.yaml", "k8s/*.yml")
    assert len(translated) == work  # nothing translated, nothing matched again
    assert second == _one_pattern_at_a_time(index.files, ("*.yaml", "k8s/*.yml")) and "mine" not in second
    index.files = index.files[:2]
    assert index.glob("*.yaml", "k8s/*.yml") == _one_pattern_at_a_time(index.files, ("*.yaml", "k8s/*.yml"))
    assert len(translated) > work


def test_read_text_containing_answers_as_read_text_does(tmp_path: Path) -> None:
    """A file searched as bytes gives the answer the decoded text gives (invalid UTF-8 around the word, the word split
    by a replaced byte, caps, unreadable files with the same problems), and a file without the word is not kept."""
    import os

    files: dict[str, bytes] = {
        "hit.yaml": b"scrape_configs:\n- job_name: x\n  static_configs:\n  - targets: [a:1]\n",
        "miss.yaml": b"replicaCount: 1\nimage: {repository: nginx}\n",
        "latin1.yaml": b"# caf\xe9\n\xff\xfestatic_configs: []\n",
        "split.yaml": b"static_\xe9configs: []\n",
        "big.yaml": b"static_configs: " + b"x" * 3000 + b"\n",
        "empty.yaml": b"",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    os.mkfifo(tmp_path / "fifo.yaml")
    needles = ("static_configs", "dns_sd_configs")
    fast, plain = FileIndex.walk(tmp_path, max_bytes=2048), FileIndex.walk(tmp_path, max_bytes=2048)
    for rel in sorted(fast.files):
        text = plain.read_text(rel)
        assert fast.read_text_containing(rel, needles) == (text if text and any(n in text for n in needles) else None)
    assert [(p.path, p.message) for p in fast.problems] == [(p.path, p.message) for p in plain.problems]
    assert {"big.yaml", "fifo.yaml"} <= {p.path for p in fast.problems}
    assert "miss.yaml" not in fast._text_cache and "split.yaml" not in fast._text_cache
    assert fast.read_text("miss.yaml") == files["miss.yaml"].decode()  # read as before when a reader asks
    assert fast.read_text_containing("miss.yaml", ("nginx",)) == files["miss.yaml"].decode()  # now from the cache


def test_scrape_configurations_keep_no_text_without_one(tmp_path: Path) -> None:
    """scrape_targets reads every values file and Prometheus-named YAML: only the texts with a discovery key are
    decoded and kept (the corpus: 6 of 350, 3.9 MB not kept), with the same targets."""
    from deploycheck.sources.prometheus import ScrapeTarget, scrape_targets

    root = write(tmp_path, {
        "chart/values.yaml": "replicaCount: 2\n" * 200,
        "monitoring/prometheus.yaml": "scrape_configs:\n  - job_name: 'api'  # the API\n    static_configs:\n"
                                      "      - targets: ['api.shop.svc:9090', api2:9090]\n",
        "monitoring/scrape-dns.yml": "scrape_configs:\n  - job_name: dns\n    dns_sd_configs:\n      - names:\n"
                                     "          - web.shop\n",
        "monitoring/monitor-notes.yaml": "note: my_static_configs: [x]\n"})
    ctx = Context(root, load_config(root))
    assert scrape_targets(ctx) == [ScrapeTarget("monitoring/prometheus.yaml", "api", "api.shop.svc:9090"),
                                   ScrapeTarget("monitoring/prometheus.yaml", "api", "api2:9090"),
                                   ScrapeTarget("monitoring/scrape-dns.yml", "dns", "web.shop")]
    assert "chart/values.yaml" not in ctx.files._text_cache


def test_scrape_keys_are_found_where_a_word_boundary_found_them() -> None:
    """_DISCOVERY and _JOB_NAME ask for the word boundary after the key's literal (so re searches for the literal):
    the matches of the `\\b`-first patterns, on generated texts and the lines around real keys."""
    import random
    import re

    from deploycheck.sources import prometheus

    old_discovery = re.compile(r"\b(?:static_configs|dns_sd_configs)[ \t]*:")
    old_job = re.compile(r"\bjob_name[ \t]*:[ \t]*['\"]?([^'\"\n#]{1,200}?)['\"]?[ \t]*(?:#[^\n]*)?$", re.M)
    parts = ["job_name", "static_configs", "dns_sd_configs", " ", ":", "_", "x", "é", "\n", "#", '"', "'", "-", "\t",
             "a1", "é_job_name", "·", "\u00a0"]
    rnd = random.Random(8)
    for _ in range(20_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 24)))
        assert [m.span() for m in prometheus._DISCOVERY.finditer(text)] == [m.span() for m in
                                                                             old_discovery.finditer(text)], text
        assert [(m.span(), m.groups()) for m in prometheus._JOB_NAME.finditer(text)] == [
            (m.span(), m.groups()) for m in old_job.finditer(text)], text


_PART = st.text(alphabet="ab.-*?[]!", min_size=0, max_size=5)


@settings(max_examples=400, deadline=None)
@given(files=st.lists(st.lists(st.text(alphabet="ab.-[]*?", min_size=1, max_size=5), min_size=1, max_size=4)
                      .map("/".join), min_size=1, max_size=12),
       patterns=st.lists(st.lists(_PART, min_size=1, max_size=3).map("/".join), min_size=1, max_size=4))
def test_glob_fast_tests_answer_as_fnmatch(files: list[str], patterns: list[str]) -> None:
    """FileIndex.glob answers a literal by equality and `*<literal>` by endswith (fnmatch's `.*` regexes
    backtracked over every path, ~10 ms of the corpus scan): the same lists as the rule pattern by pattern, for
    any names and patterns, wildcards and brackets included."""
    index = FileIndex(root=Path("/nowhere"), files=sorted({f for f in files if not {".", ".."} & set(f.split("/"))}))
    try:
        expected = _one_pattern_at_a_time(index.files, tuple(patterns))
    except ValueError:  # PurePosixPath.match refuses a pattern with no parts ("." or "/")
        assume(False)
    assert index.glob(*patterns) == expected


def test_glob_on_the_corpus_lists_what_one_pattern_at_a_time_lists() -> None:
    """The corpus scan's globs (Kubernetes checks), on the corpus's and the labelled repositories' paths."""
    root = Path(__file__).resolve().parent.parent
    corpus = next((b / "shared" / "corpus" for b in (root.parent, root.parent.parent) if (b / "shared").is_dir()),
                  None)
    files = [str(p.relative_to(corpus)) for p in corpus.rglob("*") if p.is_file()] if corpus else []
    files += [str(p.relative_to(root)) for p in (root / "bench" / "accuracy" / "repos").rglob("*") if p.is_file()]
    index = FileIndex(root=Path("/nowhere"), files=sorted(files))
    for patterns in [("*.yaml", "*.yml", "*.json"), ("kustomization.yaml", "kustomization.yml", "Kustomization"),
                     ("Chart.yaml",), ("skaffold.yaml", "skaffold.yml"), ("*.sh", "*.bash", "Makefile", "*.mk"),
                     ("docker-compose.yml", "docker-compose.yaml", "docker-compose.*.yml", "docker-compose.*.yaml",
                      "docker-compose-*.yml", "docker-compose-*.yaml", "compose.yml", "compose.yaml", "compose.*.yml",
                      "compose.*.yaml"),
                     (".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab-ci.yml", ".gitlab-ci.yaml",
                      ".gitlab/ci/*.yml", ".circleci/config.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml",
                      "Jenkinsfile", ".drone.yml", ".woodpecker.yml", "cloudbuild.yaml", "cloudbuild.yml"),
                     ("*.md", "*.markdown", "*.rst", "*.txt", "*.sh", "*.bash", "Makefile", "*.mk"),
                     ("**/*.yaml", "deploy/*/*.yaml", "*/templates/*", "values*.yaml", "Dockerfile*", "*.Dockerfile")]:
        assert index.glob(*patterns) == _one_pattern_at_a_time(index.files, patterns)
