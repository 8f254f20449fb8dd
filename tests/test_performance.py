"""Guards for the performance rules of DESIGN.md that can be checked without timing anything:
what start-up imports, that the fast paths give the same answers as the slow ones they replace,
and the DEPLOYCHECK_PROFILE table. The figures themselves are in bench/README.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tests.helpers import scan, write

from deploycheck.checks.registry import _plugins_declared
from deploycheck.sources.k8s_graph import KubeGraph
from deploycheck.sources.kubernetes import K8sObject, KubeSet
from deploycheck.sources.yaml import line_of, load_all

SRC = Path(__file__).resolve().parent.parent / "src"
# Libraries that cost tens of milliseconds to import (or pull in requests/ssl/email): a check module
# that imports one at top level makes every run pay for it, even `scan` of an empty directory.
HEAVY = ("jsonschema", "jsonschema_rs", "openapi_spec_validator", "detect_secrets", "httpx", "helm_python",
         "pglast", "psycopg", "markdown_it", "junitparser", "kubernetes_validate", "requests", "rich", "lightkube",
         "promql_parser", "cyclonedx", "defusedxml", "dockerfile_parse", "univers", "cvss", "jwt", "uvloop",
         "httptools", "prometheus_client", "fastjsonschema", "aiohttp", "importlib.metadata")


def _modules_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code) + "\nimport json, sys\n"
                          "print(json.dumps(sorted(sys.modules)))"],
                         env=env, capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_check_modules_import_no_heavy_library() -> None:
    loaded = _modules_after("""
        import deploycheck.cli, deploycheck.engine
        from deploycheck.checks.registry import all_checks
        assert len(all_checks()) > 50
    """)
    assert not [m for m in HEAVY if m in loaded], "import these inside the function that needs them"


def test_scan_of_an_empty_directory_imports_no_heavy_library(tmp_path: Path) -> None:
    loaded = _modules_after(f"""
        import contextlib, io
        from deploycheck.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            main(["scan", {str(tmp_path)!r}, "--no-progress", "-f", "json"])
    """)
    assert not [m for m in HEAVY if m in loaded]


def test_plugin_lookup_is_skipped_only_when_no_distribution_declares_one(tmp_path: Path) -> None:
    (tmp_path / "dcplug.py").write_text(textwrap.dedent("""
        from deploycheck.checks.registry import check, passed

        @check("dockerfile/plugin-probe", title="plugin probe")
        def probe(ctx):
            yield passed("plugin ran")
    """))
    dist = tmp_path / "dcplug-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: dcplug\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[deploycheck.checks]\ndcplug = dcplug\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(tmp_path)])}
    out = subprocess.run([sys.executable, "-c", "from deploycheck.checks.registry import all_checks;"
                          "print(all_checks()['dockerfile/plugin-probe'].origin)"],
                         env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "plugin:dcplug"
    saved = sys.path[:]
    try:
        sys.path[:] = [str(tmp_path)]
        assert _plugins_declared()
        (dist / "entry_points.txt").write_text("[console_scripts]\ndcplug = dcplug:main\n")
        assert not _plugins_declared()
    finally:
        sys.path[:] = saved


def test_cached_line_lookup_matches_the_uncached_one() -> None:
    text = "# header\n---\na: 1\nb:\n  - x: yes\n    y: [1, 2]\n  - z: 1.5\n---\n\n---\nc: {d: e}\nf: &x\n  g: 1\n"
    docs = load_all(text)
    paths: list[tuple[int, tuple[str | int, ...]]] = [
        (0, ()), (0, ("b",)), (0, ("b", 0, "y")), (0, ("b", 1, "z")), (0, ("missing", "deeper")),
        (1, ()), (2, ("c", "d")), (2, ("f", "g")), (7, ("a",))]
    for index, path in paths * 2:  # twice: the second round comes from the cache
        assert docs.line_of(index, path) == line_of(text, index, path), (index, path)
    assert docs.line_of(0, ("b", 1, "z")) == 7


def test_graph_answers_are_copies() -> None:
    body = {"kind": "Deployment", "metadata": {"name": "app"},
            "spec": {"template": {"metadata": {"labels": {"app": "a"}}, "spec": {"containers": []}}}}
    svc = {"kind": "Service", "metadata": {"name": "app"}, "spec": {"selector": {"app": "a"}}}
    workload = K8sObject(body, "deploy.yaml")
    graph = KubeGraph(KubeSet(objects=[workload, K8sObject(svc, "svc.yaml")]))
    first = graph.services_for(workload)
    first.clear()
    assert [s.name for s in graph.services_for(workload)] == ["app"]


def test_profile_table_on_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n"})
    monkeypatch.setenv("DEPLOYCHECK_PROFILE", "1")
    scan(tmp_path, only=("health-probes",))
    err = capsys.readouterr().err
    assert err.startswith("deploycheck profile:")
    assert "source  kubernetes.plain_objects" in err and "check   health-probes/readiness" in err
    monkeypatch.delenv("DEPLOYCHECK_PROFILE")
    scan(tmp_path, only=("health-probes",))
    assert "deploycheck profile" not in capsys.readouterr().err


def test_ingress_backends_read_the_dapr_app_ids_only_for_a_missing_dapr_service(tmp_path: Path) -> None:
    """ingress/backend read every YAML file of the repository for Dapr app ids whenever there was a route (~5 % of the
    corpus scan); they are needed only to explain a missing `<app-id>-dapr` Service, and read then."""
    from deploycheck.checks.infrastructure.kubernetes import _dapr_app_ids, ingress_backend
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.model import Status

    ingress = textwrap.dedent("""\
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web}
        spec:
          rules:
            - http:
                paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                  - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}, ports: [{port: 80}]}
        """)
    write(tmp_path, {"deploy/ingress.yaml": ingress,
                     "values.yaml": "podAnnotations:\n  dapr.io/enabled: \"true\"\n  dapr.io/app-id: \"api\"\n"})
    ctx = Context(tmp_path, load_config(tmp_path))
    statuses = {(f.evidence or {}).get("service"): f.status for f in ingress_backend(ctx)}
    assert statuses["api"] is Status.FAIL and ctx.peek(_dapr_app_ids) is None  # `api` is not a `-dapr` name
    write(tmp_path, {"deploy/ingress.yaml": ingress.replace("name: api,", "name: api-dapr,")})
    ctx = Context(tmp_path, load_config(tmp_path))
    statuses = {(f.evidence or {}).get("service"): f.status for f in ingress_backend(ctx)}
    assert statuses["api-dapr"] is Status.PASS and ctx.peek(_dapr_app_ids) == {"api": "values.yaml"}


def test_a_one_process_scan_imports_no_pickle(tmp_path: Path) -> None:
    """pickle (and _pickle, ~4 ms) is only for the forked processes of parallel.py: a scan on one process, as at
    load or with DEPLOYCHECK_JOBS=1, never pickles."""
    write(tmp_path, {"k8s/app.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n"})
    loaded = _modules_after(f"""
        import contextlib, io, os
        os.environ["DEPLOYCHECK_JOBS"] = "1"
        from deploycheck.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            main(["scan", {str(tmp_path)!r}, "--no-progress", "-f", "json", "--only", "manifests", "--only",
                  "resource-limits", "--only", "endpoint-security"])
    """)
    assert "deploycheck.parallel" in loaded and "pickle" not in loaded


def test_sources_are_built_with_the_collector_off_and_frozen(tmp_path: Path) -> None:
    """In an engine run a source's result is frozen when it returns (Context.use); while it is being built the cyclic
    collector stays off, since its young collections only walked what the source was still building (the corpus's
    manifest parse: 5-6 collections that freed nothing). The collector's state comes back after, also when the
    source fails; outside an engine run nothing changes."""
    import gc

    from deploycheck.config import load_config
    from deploycheck.context import Context

    seen: list[bool] = []

    def source(ctx: Context) -> list[int]:
        seen.append(gc.isenabled())
        return [1]

    def broken(ctx: Context) -> None:
        seen.append(gc.isenabled())
        raise ValueError("no")

    ctx = Context(tmp_path, load_config(tmp_path))
    assert gc.isenabled()
    ctx.use(source)
    assert seen == [True]
    ctx = Context(tmp_path, load_config(tmp_path))
    ctx.freeze_results = True
    frozen = gc.get_freeze_count()
    try:
        assert ctx.use(source) == [1] and seen == [True, False] and gc.isenabled()
        assert gc.get_freeze_count() > frozen
        with pytest.raises(ValueError):
            ctx.use(broken)
        assert seen == [True, False, False] and gc.isenabled()
        gc.disable()  # a caller that turned it off keeps it off
        ctx.use(lambda c: seen.append(gc.isenabled()))
        assert seen[-1] is False and not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_small_file_is_read_without_allocating_the_cap(tmp_path: Path) -> None:
    """read_regular_file asked a buffered file object for the cap plus one byte, which allocated the whole cap
    (10 MB) for every file read; it reads what fstat says is there, and stays exact at and past the cap."""
    import tracemalloc

    from deploycheck.sources.files import read_regular_file

    small, exact, over = tmp_path / "small.txt", tmp_path / "exact.txt", tmp_path / "over.txt"
    small.write_bytes(b"hello\n")
    exact.write_bytes(b"x" * 1000)
    over.write_bytes(b"x" * 1001)
    tracemalloc.start()
    try:
        assert read_regular_file(small, 10 * 1024 * 1024) == b"hello\n"
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
    assert read_regular_file(exact, 1000) == b"x" * 1000
    assert read_regular_file(over, 1000) is None
    assert read_regular_file(small, 0) is None


def test_a_kubernetes_scan_from_the_console_script_makes_no_young_collection(tmp_path: Path) -> None:
    """entry() sets the young generation's threshold for the process: at 20,000 the imports of a Kubernetes scan
    passed it (a collection walking every new function and class, 4.5 ms of the corpus scan) and the report's
    rendering once more; at 50,000 none is made, the sources being frozen as they are built."""
    write(tmp_path, {"k8s/app.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n"
                                     "  template:\n    spec:\n      containers:\n      - name: app\n"
                                     "        image: a:1\n"})
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
           "DEPLOYCHECK_JOBS": "1"}
    code = textwrap.dedent(f"""
        import gc, sys
        import deploycheck.cli as cli
        made = []
        gc.callbacks.append(lambda phase, info: made.append(info["generation"]) if phase == "stop" else None)
        cli._exit_now = lambda code: None
        sys.argv = ["deploycheck", "scan", {str(tmp_path)!r}, "--no-progress", "-f", "json", "-o", "/dev/null",
                    "--only", "manifests", "--only", "resource-limits", "--only", "endpoint-security",
                    "--only", "health-probes", "--only", "sensitive-config/configmaps"]
        cli.entry()
        print("collections", len(made))
    """)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "collections 0"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_large_buffers_are_reused_after_the_console_scripts_setup() -> None:
    """A large buffer freed is unmapped by glibc and the next one is new memory, each page a page fault (the corpus
    scan's file texts, schema definitions, validators and report): after cli._reuse_large_buffers, the memory of a
    freed buffer serves the next one."""
    import platform

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("glibc's allocator")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    code = textwrap.dedent("""
        import resource, sys
        import deploycheck.cli as cli
        def faults():
            before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            for size in range(1, 11):  # each larger than any freed before, as the texts of a scan can be
                buffer = b"x" * (size << 20)  # written: every page touched
                del buffer
            return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
        if sys.argv[1:] == ["reuse"]:
            cli._reuse_large_buffers()
        print(faults())
    """)
    plain, reused = (int(subprocess.run([sys.executable, "-c", code, *arg], env=env, capture_output=True, text=True,
                                        check=True).stdout) for arg in ([], ["reuse"]))
    assert plain > 12_000  # each buffer new memory: 55 MB in all, 256 faults a MB
    assert reused < 4_000  # the same memory again, grown to the largest (10 MB)


def test_a_kubernetes_scan_with_a_database_in_the_manifests_reads_no_lockfile_nor_code_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The manifests' database container answers the database questions of backups/mechanism ("is a database in
    use?", "is it only an in-memory one?"): a Kubernetes-only scan does not build the lockfile and code readers for
    them. ca01615e's in-memory question built them on every such scan (~13 % of the corpus scan's instructions)."""
    from deploycheck.checks.registry import all_checks

    write(tmp_path, {"k8s/app.yaml": textwrap.dedent("""\
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: app}
        spec:
          template:
            spec:
              containers:
              - {name: app, image: example/app:1.0}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          template:
            spec:
              containers:
              - {name: pg, image: postgres:16}
        """), "requirements.txt": "django\npsycopg2\n", "app/settings.py": "DATABASE_URL = 'postgres://db/app'\n",
        "package.json": '{"dependencies": {"pg": "8.0.0"}}'})
    only = tuple(cid for cid, spec in all_checks().items() if "kubernetes manifests" in spec.needs and not spec.live)
    monkeypatch.setenv("DEPLOYCHECK_PROFILE", "1")
    result = scan(tmp_path, only=only)
    err = capsys.readouterr().err
    assert "check   backups/mechanism" in err and "source  datastores.manifest_database_evidence" in err
    assert "lockfiles.dependency_set" not in err and "migrations.database_usage" not in err
    assert any(f.check_id == "backups/mechanism" for f in result.findings)


def test_a_kubernetes_scan_imports_no_lockfile_nor_migration_reader(tmp_path: Path) -> None:
    """A Kubernetes-only scan with a database in its manifests answers the database questions from the manifests:
    the lockfile and migration readers (~3 ms of imports with their own) are not even imported. backups' seed-only
    rule imported them before its first early return."""
    write(tmp_path, {"k8s/db.yaml": "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n"
                                    "  template:\n    spec:\n      containers:\n"
                                    "      - {name: pg, image: postgres:16}\n",
                     "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n"})
    from deploycheck.checks.registry import all_checks

    only = [a for cid, spec in all_checks().items() if "kubernetes manifests" in spec.needs and not spec.live
            for a in ("--only", cid)]
    loaded = _modules_after(f"""
        import contextlib, io
        from deploycheck.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            main(["scan", {str(tmp_path)!r}, "--no-progress", "-f", "json", *{only!r}])
    """)
    assert "deploycheck.checks.database.backups" in loaded
    assert "deploycheck.sources.lockfiles" not in loaded and "deploycheck.sources.migrations" not in loaded


def test_the_report_dict_is_kept_to_the_exit_only_with_a_scans_result(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The JSON report's dict joins the result the console script keeps to a quick exit (cli._keep, scan only);
    `verify` keeps nothing, so its process still ends through the interpreter's teardown (its probes' resources)."""
    import deploycheck.cli as cli

    write(tmp_path, {"k8s/app.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n"})
    for command, kept in (("scan", 2), ("verify", 0)):
        monkeypatch.setattr(cli, "_keep", [])
        out = tmp_path / f"{command}.json"
        cli.main([command, str(tmp_path), "--no-progress", "-f", "json", "-o", str(out), "--only", "manifests/parse"])
        assert json.loads(out.read_text())["items"] and len(cli._keep) == kept
