"""The checks of a scan on two processes (parallel.py): the same report as one process, and a child that
fails costs only time."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import scan, write

import deploycheck.parallel as parallel
from deploycheck.config import load_config

MEASURED_MIN_OBJECTS = parallel.MIN_OBJECTS


def _repo(root: Path, services: int = 60) -> Path:
    """`services` Deployment+Service pairs (2 objects each) in a few files, with findings of many kinds."""
    files: dict[str, str] = {}
    for n in range(services):
        probe = "        readinessProbe: {httpGet: {path: /ready, port: 8080}}\n" if n % 3 else ""
        files[f"deploy/svc{n % 4}.yaml"] = files.get(f"deploy/svc{n % 4}.yaml", "") + (
            f"---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: app{n}}}\nspec:\n"
            f"  replicas: {1 + n % 3}\n  selector: {{matchLabels: {{app: app{n}}}}}\n  template:\n"
            f"    metadata: {{labels: {{app: app{n}}}}}\n    spec:\n      containers:\n      - name: app\n"
            f"        image: registry.example.com/app{n}:{'latest' if n % 5 == 0 else '1.0'}\n"
            f"        env: [{{name: DB_PASSWORD, value: hunter{n}x}}]\n{probe}"
            f"---\napiVersion: v1\nkind: Service\nmetadata: {{name: app{n}}}\n"
            f"spec: {{selector: {{app: app{n}}}, ports: [{{port: 80, targetPort: 8080}}]}}\n")
    return write(root, files)


def _kubernetes_checks() -> tuple[str, ...]:
    from deploycheck.checks.registry import all_checks

    return tuple(cid for cid, spec in all_checks().items() if "kubernetes manifests" in spec.needs and not spec.live)


def _report(root: Path) -> dict[str, Any]:
    data = scan(root, _kubernetes_checks()).report.to_dict()
    data.pop("started_at", None)
    data.pop("duration_s", None)
    return data


def _counting_fork(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    forks: list[int] = []
    real = os.fork

    def fork() -> int:
        pid = real()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(parallel.os, "fork", fork)
    return forks


@pytest.fixture(autouse=True)
def _fork_from_100_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    """The repositories here have 120 objects: the threshold is lowered so that tests stay quick (the real one is
    held by test_no_fork_below_the_measured_crossover)."""
    monkeypatch.setattr(parallel, "MIN_OBJECTS", 100)


def test_two_processes_give_the_report_of_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repo(tmp_path)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    serial = _report(root)
    forks = _counting_fork(monkeypatch)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    assert _report(root) == serial
    assert len(forks) == 1  # the checks did run on two processes
    assert any(f["status"] == "fail" for i in serial["items"] for f in i["findings"])


def test_each_process_masks_the_findings_of_its_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The redaction (redact.py, the one masking choke point) runs on both processes: each masks the findings of the
    checks it ran before they are handed on, every finding exactly once, and the report is the serial one (the
    secrets known at the fork are the run's: the environment's and the parsed objects')."""
    from deploycheck.redact import Redactor

    root = _repo(tmp_path)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    serial = _report(root)
    assert "hunter" not in json.dumps(serial) and "hun*****" in json.dumps(serial)  # masked values are reported
    masked = tmp_path / "masked.txt"
    parent, real = os.getpid(), Redactor.findings

    def findings(self: Redactor, found: Any) -> None:
        found = list(found)
        with masked.open("a") as out:
            out.writelines(f"{os.getpid()} {id(f)}\n" for f in found)
        real(self, found)

    monkeypatch.setattr(Redactor, "findings", findings)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    forks = _counting_fork(monkeypatch)
    result = scan(root, _kubernetes_checks())
    assert len(forks) == 1
    data = result.report.to_dict()
    data.pop("started_at", None)
    data.pop("duration_s", None)
    assert data == serial
    calls = [line.split() for line in masked.read_text().splitlines()]
    in_parent = [ident for pid, ident in calls if int(pid) == parent]
    assert len(in_parent) == len(set(in_parent))  # none masked twice here
    assert len(calls) - len(in_parent) > 0  # the child masked the findings of its checks
    assert len(calls) >= len(result.findings)


def test_a_failed_child_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repo(tmp_path)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    serial = _report(root)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    forks = _counting_fork(monkeypatch)

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("cannot send")

    import pickle  # (parallel.py imports it where it forks: a one-process scan never loads it)

    monkeypatch.setattr(pickle, "dumps", broken)  # the child cannot send its findings back
    assert _report(root) == serial
    assert len(forks) == 1


def test_no_fork_for_a_small_service_or_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    forks = _counting_fork(monkeypatch)
    only = _kubernetes_checks()
    scan(_repo(tmp_path / "small", services=10), only)  # 20 objects: not worth a fork
    assert forks == []
    scan(_repo(tmp_path / "big"), only, mode="verify")  # live probes are never run side by side
    assert forks == []
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    scan(tmp_path / "big", only)
    assert forks == []
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    scan(tmp_path / "big", only)
    assert len(forks) == 1


def test_no_fork_below_the_measured_crossover(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """120 objects: the checks a child could take cost less than the fork (bench/README.md, perf-corpus6)."""
    monkeypatch.setattr(parallel, "MIN_OBJECTS", MEASURED_MIN_OBJECTS)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    forks = _counting_fork(monkeypatch)
    scan(_repo(tmp_path), _kubernetes_checks())
    assert forks == []


def test_the_child_takes_only_checks_that_read_the_objects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole scan: checks that read other sources (code, files, docs) stay in the parent, which would otherwise
    read those sources a second time in the child; the report is still the serial one."""
    import time

    from deploycheck import engine
    from deploycheck.checks.registry import all_checks

    root = _repo(tmp_path / "repo")
    write(root, {"README.md": "# app\n", "app.py": "import os\nprint(os.environ['DB_PASSWORD'])\n",
                 "Dockerfile": "FROM python:3.12\nCOPY app.py /\n"})
    every = tuple(cid for cid, spec in all_checks().items() if not spec.live)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    serial = scan(root, every).report.to_dict()
    ran = tmp_path / "ran.txt"
    parent, real = os.getpid(), engine.run_check

    def recorded(spec: Any, ctx: Any, severity: Any) -> Any:
        if os.getpid() == parent:
            time.sleep(0.01)  # a slow parent: the child would take most of the checks it is offered
        with ran.open("a") as out:
            out.write(f"{os.getpid()} {spec.id}\n")
        return real(spec, ctx, severity)

    monkeypatch.setattr(engine, "run_check", recorded)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    forks = _counting_fork(monkeypatch)
    forked = scan(root, every).report.to_dict()
    assert len(forks) == 1
    for data in (serial, forked):
        data.pop("started_at", None)
        data.pop("duration_s", None)
    assert forked == serial
    in_child = [line.split()[1] for line in ran.read_text().splitlines() if int(line.split()[0]) != parent]
    assert in_child  # the child did run checks
    specs = all_checks()
    assert [cid for cid in in_child if specs[cid].needs[:1] != ("kubernetes manifests",)] == []


def test_manifests_parsed_ahead_by_a_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`scan` starts a child that parses the plain manifests while the checks are imported; the engine takes
    a file's documents from it only when the child read the same text."""
    from deploycheck.cli import main
    from deploycheck.sources import kubernetes

    root = _repo(tmp_path / "repo")
    only = [arg for cid in _kubernetes_checks() for arg in ("--only", cid)]

    def report(name: str) -> dict[str, Any]:
        main(["scan", str(root), "--no-progress", "-f", "json", "-o", str(tmp_path / name), *only])
        data = json.loads((tmp_path / name).read_text())
        data.pop("started_at", None)
        data.pop("duration_s", None)
        return data

    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    serial = report("serial.json")
    parsed_here: list[str] = []
    real = kubernetes.parse_manifest

    def counting(rel: str, text: str) -> Any:
        parsed_here.append(rel)
        return real(rel, text)

    monkeypatch.setattr(kubernetes, "parse_manifest", counting)  # counts this process's parses only
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    assert report("ahead.json") == serial
    assert len(parsed_here) == len(set(parsed_here))  # the files the child had not taken yet, each once
    # a file the child read is not read again: changed since, the run still sees the one read it made, for the
    # documents and the text (line lookups, inline ignores) alike (what the parent took from a slow child above is
    # not this run's, and depends on the machine's load)
    parsed_here.clear()
    small = _repo(tmp_path / "small", services=8)  # its parsed documents fit in the pipe: the child ends
    parallel.prefetch_manifests(small, load_config(small), None)
    assert parallel._ahead is not None
    os.waitid(os.P_PID, parallel._ahead.pid, os.WEXITED | os.WNOWAIT)  # done reading (not reaped)
    before = (small / "deploy/svc0.yaml").read_text()
    (small / "deploy/svc0.yaml").write_text(before.replace("app0", "renamed0"))
    result = scan(small, _kubernetes_checks())
    assert parsed_here == []
    assert not any("renamed0" in f.message for f in result.findings)
    assert any("app0" in f.message for f in result.findings)
    assert result.context.files.read_text("deploy/svc0.yaml") == before


def test_a_slow_child_leaves_files_to_the_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the engine asks for the manifests before the child has parsed them, it parses the files the child has
    not taken yet instead of waiting; the report is the serial one."""
    import time

    from deploycheck.sources import kubernetes

    root = _repo(tmp_path / "repo")
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    serial = _report(root)
    parent, real = os.getpid(), kubernetes.parse_manifest
    parsed_here: list[str] = []

    def slow_in_child(rel: str, text: str) -> Any:
        if os.getpid() == parent:
            parsed_here.append(rel)
        else:
            time.sleep(0.5)  # the child (a fork: it has this function too) takes one file at a time
        return real(rel, text)

    monkeypatch.setattr(kubernetes, "parse_manifest", slow_in_child)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    parallel.prefetch_manifests(root, load_config(root), None)
    assert parallel._ahead is not None
    assert _report(root) == serial
    # here: the files the child had not taken (all of them when this process came first), each once
    assert 0 < len(parsed_here) == len(set(parsed_here)) <= len(list(root.rglob("*.yaml")))


def _walk_repo(root: Path) -> Path:
    """Manifests beside what the walker leaves out or records: an ignored folder, a test folder, a link out of the
    root, a config `exclude:`."""
    _repo(root, services=8)
    write(root, {".gitignore": "ignored/\n", "ignored/x.yaml": "a: 1\n", "tests/t.yaml": "b: 2\n",
                 "old/legacy.yaml": "c: 3\n", ".deploycheck.yaml": "exclude: ['old/*']\n"})
    (root / "outside.yaml").symlink_to(root.parent / "elsewhere.yaml")
    return root


def _views(ctx: Any) -> tuple[Any, ...]:
    everything, production = ctx.all_files, ctx.files
    return (everything.root, everything.files, everything.problems, everything.left_out, everything._tracked_ignored,
            production.files, production.left_out, production.brought_back)


def _counting_walks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from deploycheck.sources.files import FileIndex

    walks: list[Path] = []
    real = FileIndex.walk.__func__  # type: ignore[attr-defined]

    def walk(cls: type[FileIndex], root: Path, *args: Any, **kwargs: Any) -> FileIndex:
        walks.append(root)
        return real(cls, root, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(FileIndex, "walk", classmethod(walk))
    return walks


def test_the_engine_takes_the_walk_of_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse-ahead child walks the tree anyway: it hands that walk over, and the engine's first file listing
    takes it instead of walking again. The lists, what the walker recorded and the production view are the ones a
    walk of its own makes; the two views still share one text cache."""
    from deploycheck.context import Context

    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    root = _walk_repo(tmp_path / "repo")
    config = load_config(root)
    own = _views(Context(root, config))
    assert own[2] and own[3] and "tests/t.yaml" not in own[5]  # a problem, a config exclude, a test file left out
    parallel.prefetch_manifests(root, config, None)
    assert parallel._ahead is not None
    walks = _counting_walks(monkeypatch)  # after the fork: counts this process's walks only
    ctx = Context(root, config)
    assert _views(ctx) == own
    assert walks == []
    assert ctx.all_files.read_text("deploy/svc0.yaml") and "deploy/svc0.yaml" in ctx.files._text_cache
    assert _views(Context(root, config)) == own  # a second context walks for itself
    assert walks == [root.resolve()]
    scan(root, ("readme/present",))  # the run reads no manifests: the child is stopped
    assert parallel._ahead is None


def test_a_walk_that_does_not_fit_or_differs_is_made_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A walk larger than the pipe holds is not sent (the child never waits for a reader), and a walk of another
    tree or with other file rules is not taken: the engine walks itself, with the same result."""
    from deploycheck.context import Context

    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    root = _walk_repo(tmp_path / "repo")
    config = load_config(root)
    own = _views(Context(root, config))
    monkeypatch.setattr(parallel, "_widened", lambda fd: 64)  # room for 64 bytes only
    parallel.prefetch_manifests(root, config, None)
    walks = _counting_walks(monkeypatch)
    assert _views(Context(root, config)) == own
    assert walks == [root.resolve()]
    parallel.drop_prefetch()
    monkeypatch.undo()
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    parallel.prefetch_manifests(root, config, None)
    walks = _counting_walks(monkeypatch)
    from dataclasses import replace

    other = replace(config, include=["tests/*"])
    assert "tests/t.yaml" in Context(root, other).files.files
    assert walks == [root.resolve()]
    assert _views(Context(root, config)) == own  # the child's walk is still there for a context it matches
    assert walks == [root.resolve()]
    parallel.drop_prefetch()


def test_files_the_parent_and_the_child_cannot_read_keep_their_order(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Files over the size cap among those the parent parses and those the child took: the parent reads its own first
    and the child's after it, and the walker's problems still come in the order a serial read records them."""
    import time

    from deploycheck.context import Context
    from deploycheck.sources import kubernetes

    root = _repo(tmp_path / "repo")
    big = "# padding\n" * 12_000 + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\n"  # ~120 KB
    # one before the (slow) manifests, which the child takes first, and five after them, left to the parent
    write(root, {"deploy/a-big.yaml": big, **{f"deploy/z-big{n}.yaml": big for n in range(5)}})
    write(root, {".deploycheck.yaml": "limits: {max_file_mb: 0.1}\n"})
    config = load_config(root)

    def problems(ctx: Context) -> list[str]:
        ctx.use(kubernetes.plain_objects)
        return [p.path for p in ctx.files.problems]

    monkeypatch.setenv("DEPLOYCHECK_JOBS", "1")
    serial = problems(Context(root, config))
    assert len(serial) == 6
    parent, real = os.getpid(), kubernetes.parse_manifest

    def slow_in_child(rel: str, text: str) -> Any:
        if os.getpid() != parent:
            time.sleep(0.2)  # the child takes a few files, the parent the rest
        return real(rel, text)

    monkeypatch.setattr(kubernetes, "parse_manifest", slow_in_child)
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    parallel.prefetch_manifests(root, config, None)
    time.sleep(0.5)
    assert problems(Context(root, config)) == serial
    assert serial[0] == "deploy/a-big.yaml"


def test_a_prefetch_no_source_asked_for_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    root = _repo(tmp_path)
    parallel.prefetch_manifests(root, load_config(root), None)
    child = parallel._ahead
    assert child is not None
    scan(root, ("readme/present",))  # reads no manifests
    assert parallel._ahead is None
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # stopped and reaped


def test_the_second_core_only_when_it_is_not_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEPLOYCHECK_JOBS", raising=False)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.9, 1.0, 1.0))
    assert parallel.jobs() == 2
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (8.0, 6.0, 4.0))  # other work has both cores
    assert parallel.jobs() == 1
    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    assert parallel.jobs() == 2
    monkeypatch.delenv("DEPLOYCHECK_JOBS")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert parallel.jobs() == 1


def test_the_config_goes_to_the_parse_ahead_fork_before_it_is_validated(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # load_config hands the config to `early` (the CLI's parse-ahead fork) before validating it (validation imports
    # jsonschema-rs, which the child does not need): the same fields as the answer; no config file: the defaults.
    import deploycheck.config as config_module

    calls: list[Any] = []
    validate = config_module._validate
    monkeypatch.setattr(config_module, "_validate", lambda *a: (calls.append("validate"), validate(*a)))
    write(tmp_path, {".deploycheck.yaml": "exclude: [legacy/]\nhelm: {autodiscover: false}\n"})
    config = load_config(tmp_path, early=calls.append)
    assert calls[1] == "validate" and calls[0] == config and calls[0] is not config
    calls.clear()
    assert load_config(tmp_path / "no-such-folder", early=calls.append) == calls[0]
    # A config validation refuses raises as before, after `early` had it (the CLI then stops the child); one that
    # cannot even be built never reaches `early`.
    calls.clear()
    (tmp_path / ".deploycheck.yaml").write_text("exclude: legacy/\n")
    with pytest.raises(config_module.ConfigError, match="exclude"):
        load_config(tmp_path, early=calls.append)
    assert len(calls) == 2 and calls[1] == "validate"
    calls.clear()
    (tmp_path / ".deploycheck.yaml").write_text("helm: [1]\n")
    with pytest.raises(config_module.ConfigError, match="helm"):
        load_config(tmp_path, early=calls.append)
    assert calls == ["validate"]


def test_a_refused_config_stops_the_parse_ahead_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from deploycheck.cli import main

    monkeypatch.setenv("DEPLOYCHECK_JOBS", "2")
    root = _repo(tmp_path)
    (root / ".deploycheck.yaml").write_text("exclude: legacy/\n")  # built, then refused by the schema
    forks = _counting_fork(monkeypatch)
    assert main(["scan", str(root), "--no-progress", "-f", "json"]) == 2
    assert "exclude" in capsys.readouterr().err
    assert len(forks) == 1 and parallel._ahead is None
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)  # stopped and reaped
