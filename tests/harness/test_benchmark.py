"""`bin/benchmark` (billing_e2e.benchmark) in a bounded slice: its statistics, its breakdown of a
scenario's time, its usage errors, and one real matrix run of one scenario with the timings
plugin on. The benchmark itself is a documented command (README "Speed"); its figures are never
asserted here, only that they are there and add up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from billing_e2e.benchmark import breakdown, median, percentile, scenario_seconds, table

pytestmark = pytest.mark.harness

ROOT = Path(__file__).resolve().parents[2]


def benchmark(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "billing_e2e.benchmark", "--out", str(tmp_path / "out"), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603


def test_percentiles_interpolate_between_ranks() -> None:
    assert percentile([4.0], 95) == 4.0
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 95) == pytest.approx(4.8)
    assert percentile([5.0, 1.0], 100) == 5.0
    assert median([3.0, 1.0, 2.0, 10.0]) == 2.5
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)


def record(**steps: tuple[float, float, float]) -> dict[str, Any]:
    return {
        "phases": {"setup": 0.5, "call": 3.0, "teardown": 0.1},
        "fixtures": {"context": 0.05, "page": 0.15, "test_data": 0.01},
        "worker_fixtures": {"browser_launch": 0.3},
        "steps": [
            {"name": name, "category": name.rsplit("_", 1)[0], "seconds": s, "arguments": a, "reporting": r}
            for name, (s, a, r) in steps.items()
        ],
    }


def test_the_breakdown_adds_up_to_the_scenario_and_keeps_the_once_per_worker_part_apart() -> None:
    one = record(account_1=(0.01, 0.21, 0.0), sign_in_1=(0.6, 0.0, 0.02), ui_1=(1.0, 0.0, 0.1), ui_2=(0.5, 0.0, 0.1))
    assert scenario_seconds(one) == pytest.approx(3.3)  # 3.6 less the browser launched for the worker
    means, once = breakdown([one])
    assert once == {"browser_launch": 0.3}
    assert means["steps_ui"] == pytest.approx(1.5)
    assert means["steps_sign_in"] == pytest.approx(0.6)
    assert means["reports_after_steps"] == pytest.approx(0.22)
    assert means["context_and_page"] == pytest.approx(0.2)
    # The fixtures were set up for the first step (its arguments): counted once, not twice.
    counted = means["steps_account"] + means["steps_sign_in"] + means["steps_ui"] + means["reports_after_steps"] + 0.21
    assert means["pytest_and_the_rest"] == pytest.approx(3.3 - counted)
    assert means["total"] == pytest.approx(3.3)


def test_a_markdown_table_has_a_header_a_rule_and_one_row_per_item() -> None:
    assert table(["a", "b"], [[1, "x"], [2, "y"]]) == ["| a | b |", "|---|---|", "| 1 | x |", "| 2 | y |", ""]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--parts", "everything"], "--parts: unknown everything"),
        (["--parts", "shards"], "--parts: shards needs matrix"),
        (["--workers", "two"], "--workers: not a list of numbers"),
        (["--workers", "0"], "--workers: counts must be at least 1"),
        (["--pairs", "0"], "--pairs must be at least 1"),
        (["--flow", "no_such_flow"], "--flow: no such flow no_such_flow"),
    ],
)
def test_bad_options_are_usage_errors_that_write_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    done = benchmark(tmp_path, *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert not (tmp_path / "out").exists()


def test_one_scenario_through_the_matrix_with_reports_off_and_on(tmp_path: Path) -> None:
    done = benchmark(tmp_path, "--parts", "matrix,shards", "--workers", "1", "--select", "article_002 and smoke and it")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((tmp_path / "out" / "benchmark.json").read_text("utf-8"))
    assert [(run["workers"], run["reports"], run["scenarios"]) for run in report["matrix"]] == [
        (1, False, 1),
        (1, True, 1),
    ]
    for run in report["matrix"]:
        assert 0 < run["median"] <= run["p95"] < run["wall"]
        assert list(run["peak_mb_per_worker"]) == ["w0"]
        assert run["peak_mb_per_worker"]["w0"] > 0
        parts = run["breakdown"]
        assert parts["total"] == pytest.approx(run["median"], abs=0.01)
        for part in ("steps_account", "steps_sign_in", "steps_ui", "steps_mail", "context_and_page"):
            assert parts[part] > 0, part
        assert set(run["once_per_worker"]) >= {"browser_launch", "mock_start"}
    with_reports = report["matrix"][1]["breakdown"]
    assert with_reports["reports_after_steps"] > report["matrix"][0]["breakdown"]["reports_after_steps"]
    # One scenario in 2 or 4 shards: one shard holds all of it, the rest nothing.
    balances = {(b["durations_from"], b["splits"]): b for b in report["shards"]}
    assert set(balances) == {
        (source, n) for source in ("stored .test_durations", "this benchmark's run") for n in (2, 4)
    }
    measured = balances[("this benchmark's run", 2)]
    assert sorted(measured["seconds"]) == [0.0, pytest.approx(report["matrix"][1]["median"], abs=0.2)]
    assert measured["ratio"] == pytest.approx(2.0)
    markdown = (tmp_path / "out" / "benchmark.md").read_text("utf-8")
    assert "| -n1,reportsoff | 1 |" in markdown
