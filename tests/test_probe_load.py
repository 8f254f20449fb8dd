"""The load probe's pure parts: SLO judging, caps, k6 and Locust results."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import FIXTURES
from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.probes.load import (
    LoadPlan,
    LoadStats,
    ResultsError,
    Snapshot,
    judge_slo,
    progress_line,
    read_k6_summary,
    read_locust_csv,
)

PERF = FIXTURES / "performance-tests"
SLO = {"p50_ms": 50, "p95_ms": 100, "p99_ms": 200, "error_rate": 0.01, "min_throughput_rps": 90}


def test_judge_each_slo_with_its_figure() -> None:
    stats = LoadStats("x", requests=1000, errors=20, p50_ms=10, p95_ms=120, p99_ms=150, throughput_rps=95)
    results = {r.name: r for r in judge_slo(stats, SLO)}
    assert [results[k].ok for k in ("p50_ms", "p95_ms", "p99_ms", "error_rate", "min_throughput_rps")] == [
        True, False, True, False, True]
    assert results["p95_ms"].message == "p95 latency 120.000 ms > SLO 100 ms"
    assert results["error_rate"].message == "error rate 2.00% (20/1000) > SLO 1.00%"
    assert results["min_throughput_rps"].figure == 95


def test_judge_missing_figures_is_not_a_pass() -> None:
    results = judge_slo(LoadStats("x"), SLO)
    assert all(r.ok is None for r in results)
    assert "no requests completed" in next(r.message for r in results if r.name == "error_rate")


def test_plan_applies_the_hard_caps() -> None:
    plan = LoadPlan.from_config({"rate": 1e6, "duration_s": 1e6, "max_rate": 100, "max_duration_s": 5,
                                 "concurrency_cap": 7})
    assert (plan.rate, plan.duration_s, plan.concurrency_cap) == (100, 5, 7)
    assert any("capped at max_rate 100" in n for n in plan.notes)
    assert any("capped at max_duration_s 5" in n for n in plan.notes)
    default = LoadPlan.from_config({})
    assert default.rate <= 2000 and default.duration_s <= 300 and default.requests[0].path == "/"


def test_k6_summary_export_and_handle_summary() -> None:
    legacy = read_k6_summary(PERF / "k6-summary-export.json")
    assert (legacy.requests, legacy.errors, legacy.p50_ms, legacy.p95_ms, legacy.p99_ms) == (3000, 12, 31.5, 88.7,
                                                                                             171.2)
    assert legacy.throughput_rps == pytest.approx(99.87 * (1 - 12 / 3000))
    assert [r.ok for r in judge_slo(legacy, SLO)] == [True, True, True, True, True]
    nested = read_k6_summary(PERF / "k6-handle-summary.json")
    assert (nested.requests, nested.errors, nested.p95_ms, nested.p99_ms) == (500, 40, 281.4, None)
    assert "p(99)" in nested.notes[0]


def test_locust_stats_aggregated_row_and_prefix() -> None:
    stats = read_locust_csv(PERF / "locust")  # the --csv prefix works as well as the file
    assert (stats.requests, stats.errors, stats.p50_ms, stats.p95_ms, stats.p99_ms) == (3000, 3, 23, 52, 110)
    assert stats.throughput_rps == pytest.approx(50.05)


def test_bad_results_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ResultsError, match=r"locust_broken_stats\.csv: not a Locust stats CSV"):
        read_locust_csv(PERF / "locust_broken_stats.csv")
    (tmp_path / "k6.json").write_text("{not json")
    with pytest.raises(ResultsError, match=r"k6\.json: cannot read k6 summary"):
        read_k6_summary(tmp_path / "k6.json")
    (tmp_path / "other.json").write_text('{"metrics": {}}')
    with pytest.raises(ResultsError, match="not a k6 summary"):
        read_k6_summary(tmp_path / "other.json")
    with pytest.raises(ResultsError, match="cannot read Locust"):
        read_locust_csv(tmp_path / "absent.csv")


def test_results_files_judged_by_the_check_without_a_url(tmp_path: Path) -> None:
    import shutil

    shutil.copy(PERF / "k6-handle-summary.json", tmp_path / "k6.json")
    shutil.copy(PERF / "locust_stats.csv", tmp_path / "locust_stats.csv")
    write(tmp_path, {".deploycheck.yaml": "performance:\n  k6_summary: k6.json\n  locust_csv: locust_stats.csv\n"
                                          "  slo: {p95_ms: 100, p99_ms: 200, error_rate: 0.01}\n"})
    result = scan(tmp_path, only=("performance-tests/live-slo",), mode="verify")
    got = [(f.status, f.message.split(" — ")[0], f.location.path if f.location else None)
           for f in findings(result, "performance-tests/live-slo")]
    assert (Status.FAIL, "p95 latency 281.400 ms > SLO 100 ms", "k6.json") in got
    assert (Status.ERROR, "p99 latency: figure missing from the results (SLO 200 ms)", "k6.json") in got
    assert (Status.FAIL, "error rate 8.00% (40/500) > SLO 1.00%", "k6.json") in got
    assert (Status.PASS, "p95 latency 52.000 ms ≤ SLO 100 ms", "locust_stats.csv") in got
    assert (Status.PASS, "error rate 0.10% (3/3000) ≤ SLO 1.00%", "locust_stats.csv") in got
    assert len(got) == 6  # nothing run live without --url, and no "needs --url" either


def test_check_skips_without_slo_or_target(tmp_path: Path) -> None:
    result = scan(tmp_path, only=("performance-tests/live-slo",), mode="verify")
    [f] = findings(result, "performance-tests/live-slo")
    assert f.status is Status.SKIPPED and "performance.slo" in f.message
    write(tmp_path, {".deploycheck.yaml": "performance:\n  slo: {p95_ms: 100}\n"})
    result = scan(tmp_path, only=("performance-tests/live-slo",), mode="verify")
    [f] = findings(result, "performance-tests/live-slo")
    assert f.status is Status.SKIPPED and "needs --url" in f.message


def test_progress_line() -> None:
    line = progress_line(Snapshot(sent=50, done=48, planned=100, elapsed_s=5, duration_s=10, errors=1, p99_ms=12.4))
    assert "50%" in line and "48/100 req" in line and "1 errors" in line and "p99 12 ms" in line


def test_real_locust_output() -> None:
    stats = read_locust_csv(PERF / "locust-2.47_stats.csv")
    assert (stats.requests, stats.errors, stats.p50_ms, stats.p95_ms, stats.p99_ms) == (350, 11, 27, 41, 63)
    assert stats.throughput_rps == pytest.approx(51.2333 - 1.6102, abs=0.01)
    results = {r.name: r.ok for r in judge_slo(stats, {"p95_ms": 50, "error_rate": 0.01})}
    assert results == {"p95_ms": True, "error_rate": False}  # 11/350 = 3.1% failures
