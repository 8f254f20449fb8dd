"""Terminal report at scale: checklist, blocking problems grouped by check, verdict (reports/terminal.py)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from tests.conftest import SHARED

from deploycheck.cli import main
from deploycheck.model import Finding, ItemResult, Location, ObjectRef, Report, Status, Verdict
from deploycheck.reports.terminal import render

CORPUS = SHARED / "corpus"
ROOT = Path(__file__).resolve().parent.parent


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _replicas(name: str, namespace: str | None, path: str) -> Finding:
    return Finding("rollout-strategy/replicas", Status.FAIL, "Deployment runs 1 replica(s); policy asks for 2",
                   item="rollout-strategy", remediation="Set spec.replicas to at least 2.",
                   location=Location(path=path, object=ObjectRef("Deployment", name, namespace)))


def _report(findings: list[Finding]) -> Report:
    item = ItemResult("rollout-strategy", "rollout", "Rollout strategy", Status.FAIL, True, findings,
                      summary=findings[0].message)
    return Report("0", "svc", "scan", "2026-01-01T00:00:00Z", 0.1, [item],
                  Verdict(False, ["rollout-strategy: fail — 1 replica"], "fail"))


def test_same_workload_from_several_sources_listed_once_with_fix_once() -> None:
    findings = [_replicas(f"svc{i}", ns, path) for i in range(10)
                for ns, path in ((None, f"k8s/svc{i}.yaml"), ("default", f"chart/templates/svc{i}.yaml"))]
    text = render(_report(findings), width=200)
    assert text.count("Set spec.replicas") == 1
    assert "rollout-strategy/replicas (10 places)" in text
    assert "Deployment/svc0, Deployment/svc1, Deployment/svc2 +7 more" in text
    verbose = render(_report(findings), width=200, verbose=True)
    assert verbose.count("Set spec.replicas") == 10  # collapsed per object, every object shown


def test_wrapped_lines_align_and_check_ids_are_whole_at_80_columns() -> None:
    long_id = "endpoint-security/privilege-escalation"
    fix = "Set securityContext.allowPrivilegeEscalation: false. " * 3
    findings = [Finding(long_id, Status.FAIL, "container app does not set allowPrivilegeEscalation: false " * 2,
                        item="rollout-strategy", remediation=fix,
                        location=Location(object=ObjectRef("Deployment", f"app{i}"), container="app"))
                for i in range(8)]
    text = render(_report(findings), width=80)
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines), [line for line in lines if len(line) > 80]
    assert long_id in text
    head = next(i for i, line in enumerate(lines) if line.startswith(" ✘ " + long_id))
    assert lines[head + 1].startswith("   ") and lines[head + 1][3] != " "  # the message under its first word
    fix = next(line for line in lines if line.startswith("     fix "))
    assert fix.endswith("…") and len(fix) <= 80  # one line by default; explain and --verbose give it all
    lines = render(_report(findings), width=80, verbose=True).splitlines()
    assert all(len(line) <= 80 for line in lines), [line for line in lines if len(line) > 80]
    at = next(i for i, line in enumerate(lines) if line.startswith("     fix "))
    assert lines[at + 1].startswith(" " * 9) and lines[at + 1][9] != " "  # under the text after "fix"


def test_quiet_prints_only_the_verdict_and_missing_output_dir_is_usage_error(tmp_path: Path) -> None:
    example = ROOT / "examples" / "ready-service"
    code, out, _ = _cli("scan", str(example), "--no-progress", "-q", "--only", "dockerfile")
    assert out.count("\n") == 1 and re.match(r"(NOT )?READY", out)
    code, out, err = _cli("scan", str(example), "--no-progress", "-f", "json", "-o", str(tmp_path / "no" / "x.json"))
    assert code == 2 and "does not exist" in err and not (tmp_path / "no").exists()


@pytest.mark.parametrize("columns", [None, "80"])
@pytest.mark.parametrize("name", ["microservices-demo", "podinfo"])
def test_corpus_repository_fits_two_screens(name: str, columns: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = CORPUS / name
    if not repo.is_dir():
        pytest.skip(f"{repo} absent (shared corpus not available)")
    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    else:
        monkeypatch.delenv("COLUMNS", raising=False)
    code, out, _ = _cli("scan", str(repo), "--no-progress")
    lines = out.splitlines()
    assert code == 1 and len(lines) <= 150, len(lines)  # podinfo was 248 lines at 80 columns
    width = int(columns or 100)  # a pipe without COLUMNS: 100
    assert max(len(line) for line in lines) <= width
    checklist = lines[:lines.index("")]
    assert all(len(line) <= width for line in checklist)
    items = [line for line in checklist if re.match(r" \S \S+ +\S", line) and "attach:" not in line]
    assert len(items) == 33  # one screen line per item
    blocking = out[out.index("Blocking problems"):]
    for group in re.split(r"\n (?=\S)", blocking):
        at = re.search(r"\n     at (.*?)(?:\n     fix|\Z)", group, re.S)
        if at:
            places = [p.strip() for p in re.sub(r"\s+", " ", at.group(1)).split(", ")]
            places[-1] = re.sub(r" \+\d+ more$", "", places[-1])
            assert len(places) == len(set(places)), group  # each workload problem listed once


@pytest.mark.parametrize("argv", [["checks", "--format", "json"], ["config", "schema"]])
def test_closed_pipe_exits_quietly(argv: list[str]) -> None:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "deploycheck.cli", *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first write (like `| head` that already quit)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and "Traceback" not in err and "BrokenPipe" not in err, err


def test_all_reports_to_files_prints_one_verdict_line(tmp_path: Path) -> None:
    example = ROOT / "examples" / "not-ready-service"
    json_out, md_out = tmp_path / "r.json", tmp_path / "checklist.md"
    code, out, _ = _cli("scan", str(example), "--no-progress", "-f", "json", "-o", str(json_out),
                        "-f", "markdown", "-o", str(md_out))
    assert code == 1 and json_out.is_file() and md_out.is_file()
    assert re.fullmatch(rf"NOT READY — \d+ blocking; wrote {re.escape(str(json_out))}, {re.escape(str(md_out))}\n",
                        out), out


def test_junit_blocking_manual_item_is_a_failure() -> None:
    import xml.etree.ElementTree as ET

    from deploycheck.reports.junit import render as junit

    manual = Finding("code-review/owners", Status.MANUAL, "no CODEOWNERS; a reviewer must sign off",
                     item="code-review")
    items = [ItemResult("code-review", "codebase", "Code review", Status.MANUAL, True, [manual]),
             ItemResult("code-comments", "codebase", "Comments", Status.MANUAL, False,
                        [Finding("code-comments/x", Status.MANUAL, "look", item="code-comments")])]
    report = Report("0", "svc", "scan", "2026-01-01T00:00:00Z", 0.1, items,
                    Verdict(False, ["code-review: manual — no sign-off"], "fail"))
    root = ET.fromstring(junit(report).encode())
    assert root.get("failures") == "1" and root.get("skipped") == "1"
    case = root.find("testsuite[@name='code-review']/testcase")
    assert case is not None and case.find("failure") is not None


def test_whole_corpus_scan_fits_400_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} absent (shared corpus not available)")
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = _cli("scan", str(CORPUS), "--no-progress")
    assert code == 1 and len(out.splitlines()) <= 400, len(out.splitlines())


def test_checks_table_keeps_ids_whole_and_wraps_titles_under_their_column(monkeypatch: pytest.MonkeyPatch) -> None:
    from deploycheck.checks.registry import all_checks

    ids = set(all_checks())
    for columns in ("80", None):
        if columns:
            monkeypatch.setenv("COLUMNS", columns)
        else:
            monkeypatch.delenv("COLUMNS", raising=False)
        code, out, _ = _cli("checks")
        lines = out.splitlines()
        assert code == 0 and max(len(line) for line in lines) <= int(columns or 100)
        title_at = lines[0].index("title")
        rows = [line.split()[0] for line in lines[1:] if line[:1].strip()]
        assert ids <= set(rows)  # every id whole, none cut with "…"
        continued = [line for line in lines[1:] if line.startswith(" ")]
        assert continued and all(len(line) - len(line.lstrip()) == title_at for line in continued)
        assert len(lines) < 3 * len(ids)  # compact: 594 lines for 139 checks at 80 columns before


def test_checklist_is_one_line_per_item_and_wraps_under_the_summary_column_when_verbose() -> None:
    finding = _replicas("svc", None, "k8s/svc.yaml")
    report = _report([finding])
    report.items[0].summary = "Deployment runs 1 replica(s); policy asks for 2, and a summary this long wraps " * 2
    default = render(report, width=80).splitlines()
    item = next(line for line in default if "rollout-strategy  " in line)
    assert item.endswith("…") and len(item) <= 80 and item.index("Deployment") == 30
    verbose = render(report, width=80, verbose=True).splitlines()
    at = next(i for i, line in enumerate(verbose) if "rollout-strategy  " in line)
    assert len(verbose[at + 1]) - len(verbose[at + 1].lstrip()) == 30  # under the summary column
