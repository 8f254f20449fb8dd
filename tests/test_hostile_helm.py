"""A hostile Helm chart (issue 7, item 1 and the Helm bullet of "bounded time and memory"): templates that
read files through symlinks leaving the repository, values files outside it, chart archives with
traversal, FIFOs, and templates that loop or allocate without end. Before the fix the scanner's
environment (a CI token) reached every report, and a runaway template killed the whole scan."""

from __future__ import annotations

import os
import resource
import subprocess
import tarfile
import time
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status

pytest.importorskip("helm_python")

CANARY = "DC-CANARY-7f3a9c1e-token"
FORMATS = ("json", "sarif", "junit", "markdown", "html")


def _chart(root: Path, name: str, template: str, extra: dict[str, str] | None = None) -> Path:
    write(root, {f"{name}/Chart.yaml": f"apiVersion: v2\nname: {name}\nversion: 0.1.0\n",
                 f"{name}/values.yaml": "a: 1\n",
                 f"{name}/templates/cm.yaml": template, **(extra or {})})
    return root / name


FILES_GET = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n"
             "  stolen: {{ .Files.Get \"files/env\" | quote }}\n")
GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\ndata:\n  a: '1'\n"


def _scan_all_formats(root: Path, out: Path, env_extra: dict[str, str]) -> tuple[subprocess.CompletedProcess[str],
                                                                                   str]:
    args = ["deploycheck", "scan", str(root), "-f", "terminal"]
    for fmt in FORMATS:
        args += ["-f", fmt, "-o", str(out / f"report.{fmt}")]
    start = time.monotonic()
    proc = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, **env_extra})
    assert time.monotonic() - start < 60
    texts = [proc.stdout, proc.stderr] + [(out / f"report.{fmt}").read_text() for fmt in FORMATS]
    return proc, "\n".join(texts)


@pytest.mark.parametrize("link", ["/proc/self/environ", "../../../outside-canary.txt", "../../.."])
def test_symlink_out_of_the_root_never_reaches_a_report(tmp_path: Path, link: str) -> None:
    (tmp_path / "outside-canary.txt").write_text(f"{CANARY}\n")
    root = tmp_path / "repo"
    chart = _chart(root, "leaky", FILES_GET if link != "../../.." else
                   FILES_GET.replace('.Files.Get "files/env"', '.Files.Get "files/env/outside-canary.txt"'))
    (chart / "files").mkdir()
    (chart / "files" / "env").symlink_to(link)
    out = tmp_path / "out"
    out.mkdir()
    proc, text = _scan_all_formats(root, out, {"DEPLOYCHECK_TEST_CANARY": CANARY})
    assert proc.returncode in (0, 1), proc.stderr
    assert CANARY not in text
    [render] = findings(scan(root, only=("helm-chart/renders",)), "helm-chart/renders")
    assert render.status is Status.ERROR
    assert "leaky/files/env is a symlink" in render.message and "outside the scanned repository" in render.message


def test_symlink_inside_the_root_is_followed(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    write(root, {"shared/env.txt": "hello\n"})
    chart = _chart(root, "ok", FILES_GET)
    (chart / "files").mkdir()
    (chart / "files" / "env").symlink_to("../../shared/env.txt")
    result = scan(root, only=("helm-chart/renders", "manifests"))
    [render] = findings(result, "helm-chart/renders")
    assert render.status is Status.PASS, render.message


def test_values_file_outside_the_root_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret-values.yaml").write_text(f"token: {CANARY}\n")
    root = tmp_path / "repo"
    _chart(root, "svc", GOOD)
    write(root, {".deploycheck.yaml": "helm:\n  charts:\n    - path: svc\n      values: [../secret-values.yaml]\n"})
    result = scan(root, only=("helm-chart/renders",))
    errors = findings(result, "helm-chart/renders", Status.ERROR)
    assert errors and "outside the scanned repository" in errors[0].message


def test_chart_archive_with_path_traversal_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    chart = _chart(root, "svc", GOOD)
    (chart / "charts").mkdir()
    payload = tmp_path / "evil.txt"
    payload.write_text("x")
    with tarfile.open(chart / "charts" / "dep-0.1.0.tgz", "w:gz") as tar:
        tar.add(payload, arcname="dep/../../../../../tmp/evil.txt")
    [render] = findings(scan(root, only=("helm-chart/renders",)), "helm-chart/renders")
    assert render.status is Status.ERROR and "points outside the chart" in render.message


def test_fifo_in_a_chart_does_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    chart = _chart(root, "svc", GOOD)
    os.mkfifo(chart / "files.fifo")
    start = time.monotonic()
    [render] = findings(scan(root, only=("helm-chart/renders",)), "helm-chart/renders")
    assert time.monotonic() - start < 30
    assert render.status is Status.PASS, render.message


LIMITS = "limits:\n  helm_timeout_s: 5\n  helm_memory_mb: 768\n  helm_output_mb: 8\n"


@pytest.mark.parametrize(("template", "why"), [
    ("{{ range until 20000000 }}a: b\n{{ end }}", "stopped"),
    ('{{ $s := "xxxxxxxx" }}{{ range until 40 }}{{ $s = printf "%s%s" $s $s }}{{ end }}x: {{ $s }}\n', "stopped"),
])
def test_runaway_template_is_an_error_for_that_chart_only(tmp_path: Path, template: str, why: str) -> None:
    root = tmp_path / "repo"
    _chart(root, "runaway", template)
    _chart(root, "fine", GOOD)
    write(root, {".deploycheck.yaml": LIMITS})
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = scan(root, only=("helm-chart/renders",))
    elapsed = time.monotonic() - start
    by_chart = {f.location.path if f.location else "": f for f in findings(result, "helm-chart/renders")}
    assert by_chart["runaway/Chart.yaml"].status is Status.ERROR
    assert why in by_chart["runaway/Chart.yaml"].message and "limits.helm_" in by_chart["runaway/Chart.yaml"].message
    assert by_chart["fine/Chart.yaml"].status is Status.PASS
    assert elapsed < 60
    # The render child stayed under the cap (ru_maxrss is in KiB on Linux).
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss <= max(before, 1024 * 1024)
