"""The command line as a user meets it: commands, exit codes, init, schemas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers import write

from deploycheck.cli import main
from deploycheck.config import load_config
from deploycheck.config_schema import SCHEMA_URL


def test_version_fast_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("deploycheck 0.")
    # --version must not import the heavy parts (start-up is part of the product).
    code = "import sys; from deploycheck.cli import main; main(['--version']); " \
           "print(sorted(m for m in ('yaml', 'rich', 'jsonschema', 'argparse') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")


def test_the_console_script_freezes_what_the_run_made_before_exit(tmp_path: Path) -> None:
    """entry() (the `deploycheck` script, `python -m deploycheck`) is main() plus gc.freeze(): the interpreter's final
    collection would walk every object of the run again. The exit code and the report are main()'s. (An atexit
    handler is registered here, so entry() returns: see the next test for the usual way out.)"""
    write(tmp_path, {"k8s/app.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\ndata: {A: b}\n"})
    code = ("import atexit, gc, sys; from deploycheck import cli; atexit.register(print, 'atexit ran'); "
            "sys.argv[1:] = ['scan', sys.argv[1], '-f', 'json', '-o', sys.argv[2], '--no-progress']; rc = cli.entry(); "
            "print(rc, gc.get_freeze_count() > 1000)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path), str(tmp_path / "r.json")], capture_output=True,
                         text=True, check=True).stdout.split("\n")
    assert out[-3:] == [f"{main(['scan', str(tmp_path), '-f', 'json', '-o', str(tmp_path / 'm.json')])} True",
                        "atexit ran", ""]
    assert json.loads((tmp_path / "r.json").read_text())["items"] == \
        json.loads((tmp_path / "m.json").read_text())["items"]
    proc = subprocess.run([sys.executable, "-m", "deploycheck", "--version"], capture_output=True, text=True,
                          check=True)
    assert proc.stdout.startswith("deploycheck 0.")


def test_the_console_script_ends_a_scan_without_the_interpreter_teardown(tmp_path: Path) -> None:
    """With no atexit handler and no other thread, entry() ends a scan's process itself once stdout and stderr are
    flushed (freeing every object of the run one by one was 3-5 % of a corpus scan's CPU): the code after it does
    not run, the exit status is main()'s, and the whole report written to a pipe arrives. (The manifest checks import
    nothing that registers an atexit handler; the whole checklist does: logging's, certifi's through requests.)"""
    write(tmp_path, {"k8s/app.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\ndata: {A: b}\n"})
    code = ("import sys; from deploycheck import cli; sys.argv[1:] = ['scan', sys.argv[1], '-f', 'json', '-o', '-', "
            "'--no-progress', '--only', 'manifests']; rc = cli.entry(); print('entry returned', rc)")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=False)
    assert proc.returncode == main(["scan", str(tmp_path), "-f", "json", "-o", str(tmp_path / "m.json"),
                                    "--only", "manifests"])
    assert "entry returned" not in proc.stdout
    assert json.loads(proc.stdout)["items"] == json.loads((tmp_path / "m.json").read_text())["items"]
    # another command (not a scan) returns, and the interpreter ends as usual
    proc = subprocess.run([sys.executable, "-c", "import sys; from deploycheck import cli; sys.argv[1:] = ['checks']; "
                           "print('entry returned', cli.entry())"], capture_output=True, text=True, check=True)
    assert proc.stdout.rstrip().endswith("entry returned 0")


def test_checks_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checks", "--format", "json"]) == 0
    checks = json.loads(capsys.readouterr().out)
    ids = {c["id"] for c in checks}
    assert "resource-limits/requests-and-limits" in ids
    assert all(c["id"].split("/")[0] == c["item"] for c in checks)
    assert main(["explain", "resource-limits/requests-and-limits"]) == 0
    out = capsys.readouterr().out
    assert "How to fix" in out and "deploycheck.io/ignore" in out
    assert main(["explain", "resource-limits/requests-and-limit"]) == 2
    assert "did you mean resource-limits/requests-and-limits" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_checks_item_filters_every_format(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checks", "--item", "storage", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "storage/claims" in out and "storage/ephemeral-data" in out
    assert "resource-limits/" not in out and "code-review/" not in out


def test_config_schema_is_valid_json_schema_and_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    assert main(["config", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    write(tmp_path, {".deploycheck.yaml": "service: web\nkubernetes_version: '1.29'\n"})
    assert main(["config", "validate", str(tmp_path)]) == 0
    write(tmp_path, {".deploycheck.yaml": "service: web\npolicy:\n  fail_on: sometimes\n"})
    assert main(["config", "validate", str(tmp_path)]) == 2
    assert ".deploycheck.yaml:3: 'policy.fail_on'" in capsys.readouterr().err


def test_report_schema_validates_a_real_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    assert main(["report-schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    out = tmp_path / "r.json"
    write(tmp_path / "repo", {"k8s/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
                                               "  containers: [{name: c, image: nginx}]\n"})
    assert main(["scan", str(tmp_path / "repo"), "-f", "json", "-o", str(out)]) == 1
    jsonschema.validate(json.loads(out.read_text()), schema)


def test_init_writes_a_valid_starter_config_from_the_repo(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    write(tmp_path, {
        "chart/Chart.yaml": "apiVersion: v2\nname: web\nversion: 0.1.0\n",
        "chart/templates/deploy.yaml": "kind: Deployment\n",
        "deploy/base/app.yaml": "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n",
        "deploy/overlays/prod/kustomization.yaml": "resources: [../../base]\n",
    })
    assert main(["init", str(tmp_path)]) == 0
    text = (tmp_path / ".deploycheck.yaml").read_text()
    # Editors (YAML language server) find the published schema from the first line.
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_URL}"
    assert "path: chart" in text and "deploy/base/**/*.yaml" in text and "deploy/overlays/prod" in text
    config = load_config(tmp_path)  # the starter config validates against the schema
    assert config.helm_charts[0].path == "chart"
    assert main(["init", str(tmp_path)]) == 2  # never overwrites silently
    assert "--force" in capsys.readouterr().err


def test_exit_codes(tmp_path: Path) -> None:
    assert main(["scan", str(tmp_path / "missing")]) == 2
    (tmp_path / "file").write_text("x")
    assert main(["scan", str(tmp_path / "file")]) == 2
    assert main(["scan", str(tmp_path), "--config", str(tmp_path / "nope.yaml")]) == 2
    assert main(["scan", str(tmp_path), "-f", "json", "-o", str(tmp_path / "a"), "-o", str(tmp_path / "b")]) == 2
    assert main(["verify", str(tmp_path), "--env", "staging"]) == 2  # unknown environment
    # An empty repository is not ready (nothing is evidenced), exit 1.
    assert main(["scan", str(tmp_path), "-f", "json", "-o", str(tmp_path / "r.json")]) == 1


def test_console_script_runs(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "deploycheck"
    if not exe.exists():
        pytest.skip("console script not installed in this interpreter's environment")
    proc = subprocess.run([str(exe), "scan", str(tmp_path), "--no-progress"], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 1 and "NOT READY" in proc.stdout and "Traceback" not in proc.stderr
