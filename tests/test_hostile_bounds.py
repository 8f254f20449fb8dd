"""Issue 7, "bounded time and memory": every hostile input ends with a report within 60 s and 1 GB on this
2-core machine. Each input is generated here at the size that hurt before the fix (a FIFO named Dockerfile
hung forever; 100,000 documents took 3 min 23 s; a 60,000-package poetry.lock, a 100 KB line of `/`, a
9.5 MB Python file and 200,000 rendered objects took minutes)."""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import time
from pathlib import Path

import pytest
from tests.helpers import write

LIMIT_S = 60
LIMIT_RSS_KB = 1024 * 1024


def scan_bounded(root: Path, tmp_path: Path, *extra: str) -> dict:  # type: ignore[type-arg]
    out = tmp_path / "report.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.run(["deploycheck", "scan", str(root), "-f", "json", "-o", str(out), *extra],
                          capture_output=True, text=True, timeout=LIMIT_S * 3, check=False)
    elapsed = time.monotonic() - started
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert elapsed < LIMIT_S, f"took {elapsed:.0f} s"
    # ru_maxrss of the children so far: the scan (and any Helm child) stayed under the cap.
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss <= max(before.ru_maxrss, LIMIT_RSS_KB)
    return json.loads(out.read_text())


def _notices_and_messages(report: dict) -> str:  # type: ignore[type-arg]
    return json.dumps(report)


def test_fifo_and_device_files_are_left_out(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"README.md": "# x\n"})
    os.mkfifo(root / "Dockerfile")
    (root / "k8s").mkdir()
    os.mkfifo(root / "k8s" / "deploy.yaml")
    if os.geteuid() == 0:
        os.mknod(root / "values.yaml", stat.S_IFCHR | 0o666, os.makedev(1, 5))  # a copy of /dev/zero
    text = _notices_and_messages(scan_bounded(root, tmp_path))
    assert "not a regular file (FIFO); not read" in text


def test_hundred_thousand_documents(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "k8s").mkdir(parents=True)
    with open(root / "k8s" / "all.yaml", "w") as fh:
        for i in range(100_000):
            fh.write(f"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm{i}\ndata:\n  a: '1'\n")
    report = scan_bounded(root, tmp_path, "--only", "cluster", "--only", "manifests")
    assert "stopped after 2000 findings" in json.dumps(report)


def test_sixty_thousand_package_lockfile(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"pyproject.toml": "[tool.poetry]\nname = 'x'\nversion = '1'\n"})
    with open(root / "poetry.lock", "w") as fh:
        for i in range(60_000):
            fh.write(f'[[package]]\nname = "pkg{i}"\nversion = "1.0.{i}"\ndescription = ""\noptional = false\n\n')
    scan_bounded(root, tmp_path, "--only", "dependency-health")


def test_hundred_kilobyte_line_of_slashes(tmp_path: Path) -> None:
    # A secret in the middle of a 100 KB one-line file is still found (overlapping windows), in bounded time.
    planted = "AKIAZ7Q2MX4P" + "LR8TWB3K"
    root = write(tmp_path / "repo", {"config.env": "KEY=" + "/" * 100_000 + "\n",
                                     "app.yaml": "a: " + "/" * 50_000 + f" aws_key={planted} " + "/" * 50_000})
    report = scan_bounded(root, tmp_path, "--only", "sensitive-config")
    text = json.dumps(report)
    assert "app.yaml" in text and "AWS Access Key" in text
    assert planted not in text  # found, and masked
    assert text.count("AWS Access Key in app.yaml:1") == 1  # overlapping windows do not report it twice


def test_nine_megabyte_python_module(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    with open(root / "generated.py", "w") as fh:
        i = 0
        while fh.tell() < 9_500_000:
            fh.write(f"def f{i}(a, b):\n    return os.environ.get('X{i}', a + b)\n\n")
            i += 1
    report = scan_bounded(root, tmp_path)
    assert "code-fact limit" in json.dumps(report)


def test_chart_rendering_two_hundred_thousand_objects(tmp_path: Path) -> None:
    pytest.importorskip("helm_python")
    root = write(tmp_path / "repo", {
        "chart/Chart.yaml": "apiVersion: v2\nname: big\nversion: 0.1.0\n",
        "chart/templates/cm.yaml": ("{{ range until 200000 }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                                    "  name: cm{{ . }}\ndata:\n  a: \"1\"\n{{ end }}\n")})
    report = scan_bounded(root, tmp_path, "--only", "helm-chart", "--only", "manifests")
    text = json.dumps(report)
    assert "over the 20000 this scan checks" in text and "not linted" in text


def test_markdown_paragraph_of_unmatched_brackets_is_read_as_text() -> None:
    """markdown-it scans from each unmatched `[` to the paragraph's end (50,000 took 26 s): such a
    paragraph is escaped before parsing; ordinary links elsewhere in the file still parse."""
    from deploycheck.sources.markdown import bounded_markdown, parse_markdown

    text = "# Doc\n\nSee [the runbook](docs/runbook.md).\n\n" + "[" * 20_000 + "\n"
    bounded = bounded_markdown(text)
    assert bounded.count("\\[") == 20_000 and bounded.count("\n") == text.count("\n")
    assert "[the runbook](docs/runbook.md)" in bounded
    doc = parse_markdown("README.md", text)
    assert any("docs/runbook.md" in str(link) for link in doc.links)


def test_json_nested_a_hundred_thousand_deep(tmp_path: Path) -> None:
    """json.loads raises RecursionError on such a file, which the readers' `except ValueError` missed: the
    feature-flag and end-of-life checks crashed without naming the file. Each file is now bad JSON like any other."""
    deep = "[" * 100_000 + "]" * 100_000
    root = write(tmp_path / "repo", {"package.json": deep, "flags.json": deep, "renovate.json": deep,
                                     "Dockerfile": 'FROM node:20\nCOPY ["' + "[" * 5000 + '", "."]\nCMD ["node"]\n'})
    report = scan_bounded(root, tmp_path, "--only", "feature-flags", "--only", "dependency-health",
                          "--only", "env-vars", "--only", "dockerfile")
    text = json.dumps(report)
    assert "crashed" not in text  # (the lockfile reader already named package.json: "unexpected structure")
    assert "flags.json: cannot parse: JSON nested too deep" in text


def test_java_line_of_modifier_words(tmp_path: Path) -> None:
    # The Java method-declaration patterns of route discovery and of the Spring permitAll() follow-up split a line
    # of `public ` words between modifiers and return type every possible way: 4,000 words took 5.8 s, quadratic.
    hostile = "public " * 100_000 + "\n"
    security = ('@Configuration\npublic class SecurityConfig {\n  @Bean\n'
                '  public SecurityFilterChain chain(HttpSecurity http) throws Exception {\n'
                '    http.authorizeHttpRequests(a -> a.requestMatchers("/api/**").permitAll()'
                '.anyRequest().authenticated());\n    return http.build();\n  }\n}\n')
    controller = ('@RestController\n@RequestMapping("/api")\npublic class OrderController {\n'
                  '  private OrderService orderService;\n  @PostMapping("/orders")\n'
                  '  public void create() {\n    orderService.create();\n  }\n}\n' + hostile)
    service = hostile + "public class OrderService {\n  public void create() {\n  }\n}\n"
    write(tmp_path / "repo", {"src/main/java/shop/SecurityConfig.java": security,
                              "src/main/java/shop/OrderController.java": controller,
                              "src/main/java/shop/OrderService.java": service, "pom.xml": "<project/>\n"})
    report = scan_bounded(tmp_path / "repo", tmp_path, "--only", "endpoint-security")
    assert "POST /api/orders" in _notices_and_messages(report)


def test_ci_line_of_pack_build_words(tmp_path: Path) -> None:
    # registry/ci-push's `pack build ... --publish` (and skaffold's `--push=false` look-ahead) read the rest of the
    # line from each occurrence: a 1.3 MB line of `pack build ` took 174 s, 440 KB 11 s (acc-fresh4 noticed it).
    line = "pack build " * 120_000
    write(tmp_path / "repo", {".github/workflows/release.yml": f"jobs:\n  r:\n    steps:\n      - run: {line}\n",
                              "Dockerfile": "FROM alpine:3.20\n"})
    report = scan_bounded(tmp_path / "repo", tmp_path, "--only", "registry/ci-push")
    assert "registry/ci-push" in _notices_and_messages(report)
