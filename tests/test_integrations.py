"""deploycheck where teams already are: the GitHub Action (action.yml) and the pre-commit hooks
(.pre-commit-hooks.yaml), each run for real, and the README's recipes for both and for GitLab CI.

The action: its `run:` steps are executed with bash as a runner would (`bash --noprofile --norc -eo
pipefail`, GITHUB_OUTPUT/GITHUB_PATH/GITHUB_STEP_SUMMARY files, RUNNER_TEMP, the `${{ }}`
expressions of `env:`/`with:`/`if:` evaluated); the two `uses:` steps (setup-python, upload-sarif)
cannot run off GitHub, so the test records what they would receive and checks the SARIF they would
upload. The install step installs deploycheck from a copy of this repository with PIP_NO_DEPS and
borrows the test venv's packages for the dependencies (a full install from PyPI is pip's job, and
slow on the shared test machines; tests/test_packaging.py explains the same trade).

pre-commit: the real `pre-commit` package (dev extra) runs `try-repo` and `run --all-files` against a
git repository made from this repository's files; it builds the hooks' environment itself
(`language: python`, pip from the configured index), once per test module.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.example_repos import NOT_READY, READY, copy_example
from tests.helpers import git, tracked_tree

REPO = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
pytestmark = pytest.mark.packaging


def _readme_block(marker: str) -> dict[str, Any]:
    """The first ```yaml block of the README that contains `marker`."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```yaml\n(.*?)```", readme, flags=re.S):
        if marker in block:
            loaded: dict[str, Any] = yaml.safe_load(block)
            return loaded
    raise AssertionError(f"README has no yaml block with {marker!r}")


# --- the GitHub Action ---------------------------------------------------------------------------------


@dataclass
class Step:
    name: str
    ran: bool
    code: int = 0
    output: str = ""


@dataclass
class ActionRun:
    workspace: Path
    steps: list[Step] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    summary: str = ""
    uses: dict[str, dict[str, str]] = field(default_factory=dict)

    def step(self, name: str) -> Step:
        return next(s for s in self.steps if s.name == name)


class Runner:
    """Runs action.yml's composite steps the way the GitHub runner does, for one job."""

    def __init__(self, tmp: Path) -> None:
        self.temp = tmp / "runner-temp"
        self.temp.mkdir()
        self.action_path = tracked_tree(tmp / "action")  # what `uses: deploycheck/deploycheck@ref` checks out
        self.path: list[str] = []  # GITHUB_PATH additions, kept across runs (the install is done once)

    def run(self, workspace: Path, inputs: dict[str, str], *, install: bool) -> ActionRun:
        given = {k: str(v) for k, v in inputs.items()}
        unknown = set(given) - set(ACTION["inputs"])
        assert not unknown, f"action.yml has no input {unknown}"
        values = {k: given.get(k, str(spec.get("default", ""))) for k, spec in ACTION["inputs"].items()}
        result = ActionRun(workspace)
        steps_out: dict[str, dict[str, str]] = {}
        ok = True
        files = self.temp / "files"
        files.mkdir(exist_ok=True)
        summary = files / "step_summary.md"
        summary.write_text("")

        def value(expr: str) -> str:
            if expr.startswith("inputs."):
                return values[expr.removeprefix("inputs.")]
            if expr == "github.action_path":
                return str(self.action_path)
            if m := re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr):
                return steps_out.get(m[1], {}).get(m[2], "")
            if m := re.fullmatch(r"'([^']*)'", expr):
                return m[1]
            raise AssertionError(f"expression the test runner does not know: {expr}")

        def substitute(text: str) -> str:
            return EXPR.sub(lambda m: value(m[1]), text)

        def condition(expr: str | None) -> bool:
            if expr is None:
                return ok
            terms = [t.strip() for t in EXPR.sub(lambda m: m[1], expr).split("&&")]
            verdict = ok if "always()" not in terms else True
            for term in terms:
                if term in ("always()", "success()"):
                    continue
                m = re.fullmatch(r"(\S+)\s*(==|!=)\s*(\S+)", term)
                assert m, f"condition the test runner does not know: {term}"
                equal = value(m[1]) == value(m[3])
                verdict = verdict and (equal if m[2] == "==" else not equal)
            return verdict

        for i, spec in enumerate(ACTION["runs"]["steps"]):
            name = spec.get("name", f"step {i}")
            if not condition(spec.get("if")):
                result.steps.append(Step(name, ran=False))
                continue
            if "uses" in spec:
                result.uses[spec["uses"]] = {k: substitute(str(v)) for k, v in spec.get("with", {}).items()}
                result.steps.append(Step(name, ran=True))
                continue
            if name == "Install deploycheck" and not install:
                result.steps.append(Step(name, ran=True))
                continue
            script = spec["run"]
            assert "${{" not in script, f"{name}: inputs must reach the shell through env, not ${{{{ }}}}"
            assert spec.get("shell") == "bash"
            output_file, path_file = files / f"output-{i}", files / f"path-{i}"
            output_file.write_text("")
            path_file.write_text("")
            env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "VIRTUAL_ENV"))}
            env.update({k: substitute(str(v)) for k, v in spec.get("env", {}).items()})
            env.update({"GITHUB_OUTPUT": str(output_file), "GITHUB_PATH": str(path_file),
                        "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_ENV": str(files / f"env-{i}"),
                        "GITHUB_WORKSPACE": str(workspace), "GITHUB_ACTION_PATH": str(self.action_path),
                        "GITHUB_ACTIONS": "true", "CI": "true", "RUNNER_TEMP": str(self.temp),
                        "PATH": os.pathsep.join([*self.path, env["PATH"]])})
            if name == "Install deploycheck":
                env["PIP_NO_DEPS"] = "1"  # dependencies: see the module docstring
            script_file = files / f"step-{i}.sh"
            script_file.write_text(script)
            proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script_file)],
                                  cwd=workspace, env=env, capture_output=True, text=True, timeout=600)
            result.steps.append(Step(name, ran=True, code=proc.returncode, output=proc.stdout + proc.stderr))
            ok = ok and proc.returncode == 0
            if spec.get("id"):
                steps_out[spec["id"]] = dict(line.split("=", 1) for line in output_file.read_text().splitlines())
            self.path[:0] = [p for p in path_file.read_text().splitlines() if p]
            if name == "Install deploycheck" and proc.returncode == 0:
                self._borrow_dependencies()
        result.outputs = {k: substitute(spec["value"]) for k, spec in ACTION["outputs"].items()}
        result.summary = summary.read_text()
        return result

    def _borrow_dependencies(self) -> None:
        venv = self.temp / "deploycheck-venv"
        site = next(venv.glob("lib/python3*/site-packages"))
        deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        (site / "test-deps.pth").write_text("\n".join(sorted(deps)) + "\n")


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Runner:
    return Runner(tmp_path_factory.mktemp("actions"))


@pytest.fixture(scope="module")
def readme_run(runner: Runner, tmp_path_factory: pytest.TempPathFactory) -> tuple[ActionRun, dict[str, Any]]:
    """The README's GitHub Actions recipe on the ready example: checkout (a git copy with history),
    then the action with the README's inputs. The first run installs deploycheck."""
    workflow = _readme_block("uses: deploycheck/deploycheck@")
    [job] = workflow["jobs"].values()
    workspace = copy_example(READY, tmp_path_factory.mktemp("ws") / "orders")
    step = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("deploycheck/deploycheck@"))
    return runner.run(workspace, step.get("with", {}), install=True), job


def test_readme_github_actions_recipe_is_green_on_the_ready_example(readme_run: tuple[ActionRun, dict[str, Any]]
                                                                     ) -> None:
    run, job = readme_run
    checkout = job["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@") and checkout["with"]["fetch-depth"] == 0
    assert job["permissions"]["security-events"] == "write"  # upload-sarif needs it
    failed = [(s.name, s.code, s.output[-3000:]) for s in run.steps if s.ran and s.code]
    assert failed == []
    assert all(s.ran for s in run.steps), [s.name for s in run.steps if not s.ran]
    assert run.outputs == {"ready": "true", "exit-code": "0", "sarif": "deploycheck-reports/deploycheck.sarif"}
    assert run.summary.startswith("## ✅ deploycheck: READY")  # the Markdown checklist as the job summary
    assert "deploycheck" in run.step("Install deploycheck").output  # `deploycheck --version` from the venv
    assert "READY" in run.step("Scan").output  # the terminal report in the log


def test_action_uploads_the_sarif_and_writes_the_extra_formats(readme_run: tuple[ActionRun, dict[str, Any]]
                                                              ) -> None:
    run, job = readme_run
    upload = run.uses["github/codeql-action/upload-sarif@v3"]
    assert upload["category"] == "deploycheck"
    assert run.uses["actions/setup-python@v5"] == {"python-version": ACTION["inputs"]["python-version"]["default"]}
    folder = run.workspace / ACTION["inputs"]["output-dir"]["default"]
    sarif = json.loads((run.workspace / upload["sarif_file"]).read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["tool"]["driver"]["name"] == "deploycheck"
    step = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("deploycheck/deploycheck@"))
    extras = {"json": "json", "junit": "xml", "html": "html"}
    for fmt in re.split(r"[\s,]+", step["with"]["formats"].strip()):
        assert (folder / f"deploycheck.{extras[fmt]}").stat().st_size > 0


def test_action_on_the_not_ready_example_reports_then_fails_the_job(runner: Runner, tmp_path: Path,
                                                                   readme_run: tuple[ActionRun, dict[str, Any]]
                                                                   ) -> None:
    workspace = copy_example(NOT_READY, tmp_path / "items")
    run = runner.run(workspace, {"formats": "json", "output-dir": "out"}, install=False)
    assert run.step("Scan").code == 0  # not ready is not a crash: summary and upload still happen
    assert run.outputs["ready"] == "false" and run.outputs["exit-code"] == "1"
    assert run.summary.startswith("## ❌ deploycheck: NOT READY")
    assert run.uses["github/codeql-action/upload-sarif@v3"]["sarif_file"] == "out/deploycheck.sarif"
    report = json.loads((workspace / "out" / "deploycheck.json").read_text())
    assert report["verdict"]["ready"] is False
    verdict = run.step("Verdict")
    assert verdict.ran and verdict.code == 1 and "::error title=deploycheck::not ready" in verdict.output


def test_action_inputs_reach_deploycheck(runner: Runner, tmp_path: Path,
                                         readme_run: tuple[ActionRun, dict[str, Any]]) -> None:
    workspace = copy_example(READY, tmp_path / "orders")
    # config: a missing file is deploycheck's usage error (exit 2), which fails the Scan step at once
    run = runner.run(workspace, {"config": "ci/missing.yaml"}, install=False)
    assert run.step("Scan").code == 2 and "ci/missing.yaml" in run.step("Scan").output
    assert run.step("Job summary").ran and run.summary == ""  # always() runs, nothing to show
    assert not run.step("Upload SARIF to code scanning").ran and not run.step("Verdict").ran
    # an unknown format is refused with a GitHub error annotation
    run = runner.run(workspace, {"formats": "json,pdf"}, install=False)
    assert run.step("Scan").code == 2 and "::error title=deploycheck::unknown format 'pdf'" in run.step("Scan").output
    # path: scanning a subfolder
    (workspace / "sub").mkdir()
    run = runner.run(workspace, {"path": "sub", "output-dir": "r2"}, install=False)
    assert run.outputs["exit-code"] == "1" and "sub" in (workspace / "r2" / "checklist.md").read_text()


def test_action_metadata_is_complete() -> None:
    assert ACTION["runs"]["using"] == "composite"
    for name in ("path", "formats", "fail-on", "config"):
        assert ACTION["inputs"][name]["description"]
    uses = [s["uses"] for s in ACTION["runs"]["steps"] if "uses" in s]
    assert "github/codeql-action/upload-sarif@v3" in uses


# --- pre-commit ----------------------------------------------------------------------------------------

HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """This repository's files as a git repository pre-commit can clone, and a pre-commit home where
    pre-commit has built the hooks' environments (`install-hooks`), shared by the module's tests.

    The environments are built by pre-commit itself (virtualenv, `pip install .` of the hook repository,
    the hooks' additional_dependencies) with PIP_NO_DEPS, and then borrow the test venv's packages for
    deploycheck's dependencies through a `.pth` file: the full dependency install took 17 minutes on
    the loaded shared test machine (pip's work, not the hooks')."""
    tmp = tmp_path_factory.mktemp("precommit")
    repo = tracked_tree(tmp / "deploycheck")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "deploycheck")
    rev = git(repo, "rev-parse", "HEAD").strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT", "VIRTUAL_ENV"))}
    env.update({"PRE_COMMIT_HOME": str(tmp / "home"), "PRE_COMMIT_COLOR": "never", "HOME": str(tmp)})
    builder = tmp / "builder"
    builder.mkdir()
    git(builder, "init", "-q")
    config = {"repos": [{"repo": str(repo), "rev": rev, "hooks": [{"id": h["id"]} for h in HOOKS]}]}
    (builder / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    proc = _pre_commit("install-hooks", cwd=builder, env={**env, "PIP_NO_DEPS": "1"})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    sites = list((tmp / "home").glob("repo*/py_env-*/lib/python3*/site-packages"))
    assert sites, "pre-commit built no python environment"
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    for site in sites:
        (site / "test-deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    yield repo, env


def _pre_commit(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)


def test_every_hook_passes_on_the_ready_example(hook_repo: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    repo, env = hook_repo
    target = copy_example(READY, tmp_path / "orders")
    for hook in HOOKS:
        proc = _pre_commit("try-repo", str(repo), hook["id"], "--all-files", cwd=target, env=env)
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
        assert re.search(rf"{re.escape(hook['name'])}\.+Passed", proc.stdout), proc.stdout[-2000:]


def test_hooks_fail_on_the_not_ready_example(hook_repo: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    repo, env = hook_repo
    target = copy_example(NOT_READY, tmp_path / "items")
    for hook_id, check in (("deploycheck-dockerfile", "dockerfile/"), ("deploycheck-secrets", "sensitive-config/"),
                           ("deploycheck-kubernetes", "health-probes/")):
        proc = _pre_commit("try-repo", str(repo), hook_id, "--all-files", cwd=target, env=env)
        assert proc.returncode == 1 and check in proc.stdout and "NOT READY" in proc.stdout, proc.stdout[-3000:]


def test_hooks_run_only_when_a_file_they_read_changes(hook_repo: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    repo, env = hook_repo
    target = copy_example(NOT_READY, tmp_path / "items")
    (target / "notes.txt").write_text("hello\n")
    git(target, "add", "notes.txt")
    proc = _pre_commit("try-repo", str(repo), "deploycheck-dockerfile", cwd=target, env=env)  # staged files only
    assert proc.returncode == 0 and "(no files to check)Skipped" in proc.stdout, proc.stdout[-2000:]


def test_readme_pre_commit_recipes_are_green_on_the_ready_example(hook_repo: tuple[Path, dict[str, str]],
                                                                  tmp_path: Path) -> None:
    repo, env = hook_repo
    remote = _readme_block("repo: https://github.com/deploycheck/deploycheck")
    local = _readme_block("repo: local")
    for n, config in enumerate((remote, local)):
        target = copy_example(READY, tmp_path / f"orders{n}")
        for entry in config["repos"]:
            if entry["repo"] != "local":
                # the same files, cloned locally instead of from GitHub, at the commit `main` names there
                entry["repo"], entry["rev"] = str(repo), git(repo, "rev-parse", entry["rev"]).strip()
        (target / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
        # the local recipe's `language: system` hook runs the deploycheck this suite installed
        run_env = {**env, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"}
        proc = _pre_commit("run", "--all-files", cwd=target, env=run_env)
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
        assert "Passed" in proc.stdout and "Failed" not in proc.stdout


# --- the README's GitLab CI recipe ----------------------------------------------------------------------


def _gitlab_job() -> dict[str, Any]:
    job: dict[str, Any] = _readme_block("reports: {junit:")["deploycheck"]
    return job


def _run_gitlab_script(job: dict[str, Any], project: Path) -> subprocess.CompletedProcess[str]:
    """The job's script as the GitLab runner runs it in the project directory, minus the image's own
    provisioning (apt-get, pip install), which is checked for what it installs instead: this machine's
    test venv already holds deploycheck[full]."""
    setup, commands = [], []
    for line in job["script"]:
        (setup if line.startswith(("apt-get", "pip install")) else commands).append(line)
    assert setup == ["apt-get update && apt-get install -y git", "pip install 'deploycheck[full]'"], setup
    import tomllib

    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert "full" in extras
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS",)}
    env.update({k: str(v) for k, v in job.get("variables", {}).items()})
    env.update({"GITLAB_CI": "true", "CI": "true", "CI_PROJECT_DIR": str(project),
                "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"})
    script = "\n".join(["set -eo pipefail", *commands])
    return subprocess.run(["bash", "--noprofile", "--norc", "-c", script], cwd=project, env=env,
                          capture_output=True, text=True, timeout=600)


def test_readme_gitlab_recipe_is_green_on_the_ready_example_and_reports_junit(tmp_path: Path) -> None:
    from junitparser import JUnitXml

    job = _gitlab_job()
    assert job["variables"]["GIT_DEPTH"] == "0"  # code-review and readme checks read history
    assert job["artifacts"]["when"] == "always"  # the report reaches the merge request when the job fails
    report_name = job["artifacts"]["reports"]["junit"]
    ready = copy_example(READY, tmp_path / "orders")
    proc = _run_gitlab_script(job, ready)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "READY" in proc.stdout  # `-f terminal` shows the checklist in the job log
    xml = JUnitXml.fromfile(str(ready / report_name))
    assert sum(s.failures + s.errors for s in xml) == 0 and sum(s.tests for s in xml) > 33

    not_ready = copy_example(NOT_READY, tmp_path / "legacy")
    proc = _run_gitlab_script(job, not_ready)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # the job fails...
    xml = JUnitXml.fromfile(str(not_ready / report_name))  # ...and the merge request shows why
    assert sum(s.failures for s in xml) > 0
