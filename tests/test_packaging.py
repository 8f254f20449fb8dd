"""deploycheck as people install it: a wheel built by `python -m build` from the tracked files,
installed into a fresh virtual environment (not the checkout), runs `deploycheck scan`.

The wheel is installed with `--no-deps`, and the fresh venv borrows the test venv's site-packages (a
`.pth` line) for the dependencies: a full dependency install took ~30 s from a local mirror and
longer from PyPI, and would test pip rather than our package. deploycheck itself must come from the
wheel, which the test asserts (the checkout's editable install is not on the fresh venv's path).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.example_repos import READY, copy_example

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.packaging
DEPRECATION = re.compile(r"DeprecationWarning|\bis deprecated\b|\bdeprecated calls\b")


def _tracked_tree(dest: Path) -> Path:
    """The files git would ship (tracked and new, not ignored) copied to `dest`: the build never
    writes into the checkout, and a file missing from git is missing from the wheel too."""
    listed = subprocess.run(["git", "-C", str(REPO), "ls-files", "-z", "-co", "--exclude-standard"],
                            check=True, capture_output=True, text=True).stdout.split("\0")
    for rel in filter(None, listed):
        src = REPO / rel
        if src.is_file() and not rel.startswith(("examples/", "tests/", "bench/", "deploy/")):
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    tmp = tmp_path_factory.mktemp("packaging")
    source = _tracked_tree(tmp / "source")
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


def test_wheel_in_a_fresh_venv_scans_the_ready_example(built: tuple[Path, str], tmp_path: Path) -> None:
    wheel, _ = built
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-index",
                           "--no-deps", str(wheel)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr.lower(), proc.stderr
    # Dependencies from the test venv (see the module docstring), appended after the venv's own path.
    fresh_site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                     check=True, capture_output=True, text=True).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (fresh_site / "test-deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = subprocess.run([str(python), "-c", "import deploycheck; print(deploycheck.__file__)"],
                           check=True, capture_output=True, text=True, env=env, cwd=tmp_path).stdout.strip()
    assert Path(where).is_relative_to(fresh_site), f"deploycheck imported from {where}, not the wheel"

    repo = copy_example(READY, tmp_path / "orders")
    out = tmp_path / "report.json"
    scan = subprocess.run([str(venv / "bin" / "deploycheck"), "scan", str(repo), "-f", "json", "-o", str(out)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert scan.returncode == 0, scan.stdout + scan.stderr
    report = json.loads(out.read_text())
    assert report["verdict"]["ready"] is True and len(report["items"]) == 33
    version = subprocess.run([str(venv / "bin" / "deploycheck"), "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, check=True).stdout
    assert version.strip() == f"deploycheck {report['tool']['version']}"
