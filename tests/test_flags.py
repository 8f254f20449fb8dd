"""Flags that mean what they say: `--only`, unknown ids, config check ids, ignore reasons (issue 9)."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.example_repos import READY, copy_example
from tests.helpers import write

from deploycheck.cli import main

NO_LIMITS = """apiVersion: apps/v1
kind: Deployment
metadata: {name: shop}
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/shop:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
"""


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv])
    return code, out.getvalue(), err.getvalue()


def _readme_precommit_entry() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("pre-commit (`.pre-commit-config.yaml`)"):]
    entry = re.search(r"entry: (deploycheck .*)", block)
    assert entry, "README has no pre-commit entry"
    return shlex.split(entry.group(1))[1:]


def test_readme_precommit_recipe_passes_on_the_ready_example(tmp_path: Path) -> None:
    repo = copy_example(READY, tmp_path / "orders")
    argv = _readme_precommit_entry()
    assert argv[:2] == ["scan", "."] and "--only" in argv
    code, out, err = cli(*[str(repo) if a == "." else a for a in argv], "--no-progress")
    assert code == 0, out + err
    assert "not evaluated (--only)" in out and any(line.startswith("READY: 33 items") for line in out.splitlines())


def test_only_leaves_other_items_not_evaluated_in_every_format(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/deploy.yaml": NO_LIMITS})
    full = tmp_path / "full.json"
    assert cli("scan", str(tmp_path), "--no-progress", "-f", "json", "-o", str(full))[0] == 1
    statuses = {i["item"]: i["status"] for i in json.loads(full.read_text())["items"]}
    assert statuses["resource-limits"] == "fail"  # would block if it were evaluated

    outs = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "markdown", "junit", "sarif", "html")}
    args = [a for fmt, path in outs.items() for a in ("-f", fmt, "-o", str(path))]
    code, out, _ = cli("scan", str(tmp_path), "--no-progress", "--only", "dockerfile", *args)
    report = json.loads(outs["json"].read_text())
    items = {i["item"]: i for i in report["items"]}
    assert items["resource-limits"]["status"] == "not-evaluated" and items["resource-limits"]["findings"] == []
    assert items["resource-limits"]["required"] is True  # still required: just not looked at in this run
    assert items["dockerfile"]["status"] != "not-evaluated"
    assert not any(r.startswith("resource-limits") for r in report["verdict"]["reasons"])
    assert any("not evaluated (--only)" in c for c in report["verdict"]["caveats"])
    assert report["summary"]["not-evaluated"] == 32
    assert "(`resource-limits`, not-evaluated)" in outs["markdown"].read_text()
    suite = ET.fromstring(outs["junit"].read_bytes()).find("testsuite[@name='resource-limits']")
    assert suite is not None and suite.find("testcase/skipped") is not None and suite.find("testcase/failure") is None
    sarif = json.loads(outs["sarif"].read_text())["runs"][0]
    assert not any(r["ruleId"].startswith("resource-limits/") for r in sarif["results"])
    notes = [n["message"]["text"] for n in sarif["invocations"][0]["toolExecutionNotifications"]]
    assert any(n.startswith("resource-limits not evaluated") for n in notes)
    assert "not-evaluated" in outs["html"].read_text()
    code, out, _ = cli("scan", str(tmp_path), "--no-progress", "--only", "resource-limits")
    assert code == 1 and "not evaluated (--only): code-review" in out


@pytest.mark.parametrize(("argv", "wanted"), [
    (["scan", "{repo}", "--only", "dockerfil"], "did you mean dockerfile"),
    (["scan", "{repo}", "--only", "health-probes/readines"], "did you mean health-probes/readiness"),
    (["scan", "{repo}", "--only", "dockerfile", "--only", "nope/*"], "--only 'nope/*' names no check"),
    (["checks", "--item", "helm"], "did you mean helm-chart"),
])
def test_unknown_ids_are_usage_errors_with_did_you_mean(tmp_path: Path, argv: list[str], wanted: str) -> None:
    code, out, err = cli(*[a.replace("{repo}", str(tmp_path)) for a in argv])
    assert code == 2 and wanted in err and not out, err


def test_documented_check_ids_exist() -> None:
    """Every id the README tells people to type (`explain X`, `--only X`) names a check or an item."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for check_id in re.findall(r"deploycheck explain ([a-z0-9-]+/[a-z0-9-]+)", readme):
        assert cli("explain", check_id)[0] == 0, check_id
    for selector in re.findall(r"--only (\S+)", readme):
        assert cli("checks", "--item", selector)[0] == 0 or cli("explain", selector)[0] == 0, selector


def test_config_rejects_unknown_check_ids_naming_the_line(tmp_path: Path) -> None:
    write(tmp_path, {".deploycheck.yaml": (
        "checks:\n"
        "  dockerfile/*: {severity: low}\n"
        "  resource-limits/requests-and-limit: {enabled: false}\n"
        "ignore:\n"
        "  - check: helm-chart/lnt\n"
        "    reason: chart linted elsewhere\n"
        "  - check: backups\n"
        "    reason: an item id is fine\n"
        "environments:\n"
        "  prod:\n"
        "    required: [backup]\n")})
    for argv in (["config", "validate", str(tmp_path)], ["scan", str(tmp_path), "--no-progress"]):
        code, _, err = cli(*argv)
        assert code == 2, err
        assert ".deploycheck.yaml:3: checks: 'resource-limits/requests-and-limit'" in err
        assert "did you mean resource-limits/requests-and-limits" in err
        assert ".deploycheck.yaml:5: ignore: 'helm-chart/lnt'" in err and "helm-chart/lint" in err
        assert ".deploycheck.yaml:11: environments.prod.required: 'backup'" in err
        assert "dockerfile/*" not in err and "'backups'" not in err


@pytest.mark.parametrize(("rule", "line"), [("  - check: dockerfile/*\n", 3),
                                           ("  - check: dockerfile/*\n    reason: '  '\n", 4)])
def test_ignore_rule_without_reason_is_a_config_error(tmp_path: Path, rule: str, line: int) -> None:
    write(tmp_path, {".deploycheck.yaml": "service: shop\nignore:\n" + rule})
    for argv in (["config", "validate", str(tmp_path)], ["scan", str(tmp_path), "--no-progress"]):
        code, _, err = cli(*argv)
        assert code == 2 and f".deploycheck.yaml:{line}:" in err and "needs a `reason:`" in err, err


def test_item_required_by_the_environment_blocks_when_skipped(tmp_path: Path) -> None:
    repo = copy_example(READY, tmp_path / "orders", history=False)
    config = repo / ".deploycheck.yaml"
    text = config.read_text()
    listed = "required: [backups, smoke-tests, performance-tests]"
    assert listed in text
    config.write_text(text.replace(listed, "required: [backups, smoke-tests, performance-tests, dependency-health]"))
    out = tmp_path / "r.json"
    # Without --online the package-index lookups cannot run: dependency-health is `skipped`.
    code, _, _ = cli("scan", str(repo), "--no-progress", "--only", "dependency-health", "-f", "json", "-o", str(out))
    report = json.loads(out.read_text())
    assert code == 0 and report["verdict"]["ready"]  # required by default, skipped: no environment asked for it
    assert {i["item"]: i["status"] for i in report["items"]}["dependency-health"] == "skipped"
    code, _, _ = cli("scan", str(repo), "--no-progress", "--only", "dependency-health", "--env", "staging",
                     "-f", "json", "-o", str(out))
    reasons = json.loads(out.read_text())["verdict"]["reasons"]
    assert code == 1 and len(reasons) == 1 and reasons[0].startswith("dependency-health: skipped")
    assert "required in staging" in reasons[0]


NOISY_RUN = """
import os, sys, time, warnings
from deploycheck.checks import registry
from deploycheck.checks.registry import CheckSpec, passed

def noisy(ctx):
    ctx.progress("rendering chart charts/noisy")
    time.sleep(1.5)  # long enough for the progress line to be drawn
    os.write(1, b"WARN missing required value: fd1\\n")  # what a C library or Go runtime does
    os.write(2, b"WARN missing required value: fd2\\n")
    print("library print to stdout")
    warnings.warn("library warning")
    time.sleep(0.5)
    yield passed("looked")

registry.all_checks()
registry._REGISTRY["manifests/noisy"] = CheckSpec(id="manifests/noisy", item="manifests", title="t", fn=noisy)
from deploycheck.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run_noisy(tmp_path: Path, *args: str, tty: bool) -> tuple[int, str, str]:
    """The CLI with a check that writes to fd 1 and 2, prints and warns; stdout on a pipe, stderr on a
    pseudo-terminal when `tty` (so the progress line is on)."""
    import os
    import pty
    import select
    import subprocess
    import sys

    master, slave = pty.openpty() if tty else (None, None)
    proc = subprocess.Popen([sys.executable, "-c", NOISY_RUN, "scan", str(tmp_path), "--only", "manifests/noisy",
                             *args], stdout=subprocess.PIPE, stderr=slave if tty else subprocess.PIPE,
                            env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    screen = b""
    if master is not None and slave is not None:
        os.close(slave)
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            screen += data
        os.close(master)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out.decode(), screen.decode("utf-8", "replace") if tty else err.decode()


@pytest.mark.parametrize("tty", [True, False])
def test_stray_output_never_reaches_stdout_nor_the_progress_line(tmp_path: Path, tty: bool) -> None:
    code, out, screen = _run_noisy(tmp_path, "-f", "json", tty=tty)
    assert code == 0 and json.loads(out)["items"]  # stdout holds the JSON report and nothing else
    for noise in ("WARN missing required value: fd1", "WARN missing required value: fd2", "library print",
                  "library warning"):
        assert screen.count(noise) == 1, screen
    if tty:
        # The progress line: stage N/M, the check, the chart being read, elapsed seconds.
        assert re.search(r"deploycheck 1/1 manifests/noisy · rendering chart charts/noisy · \d+s", screen), screen
        # The held output is shown after the progress line is gone, each on a line of its own.
        last_frame = screen.rindex("deploycheck 1/1")
        assert screen.index("WARN missing required value: fd1") > last_frame
        # (after a newline, or after the cleared line where the progress was)
        assert re.search(r"(^|\n|\x1b\[2K)WARN missing required value: fd1\r?\n", screen), screen
    else:
        assert "deploycheck 1/1" not in screen  # no progress display off a terminal
