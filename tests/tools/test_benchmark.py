"""`bin/benchmark` (tools.benchmark) in a bounded slice: its statistics, its breakdown of a
scenario's time, its usage errors, and one real matrix run of one scenario with the timings
plugin on. The benchmark itself is a documented command (docs/speed.md); its figures are never
asserted here, only that they are there and add up."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tools.benchmark import (
    ARTICLES,
    NEW_WALK_ARTICLE,
    REUSED_ARTICLE,
    ArticleCheckRun,
    ArticleCost,
    article_check_markdown,
    article_folders,
    breakdown,
    copy_number,
    median,
    percentile,
    run_article_check,
    scenario_seconds,
    span_medians,
    startup,
    table,
)

pytestmark = pytest.mark.harness

ROOT = Path(__file__).resolve().parents[2]


def benchmark(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tools.benchmark", "--out", str(tmp_path / "out"), *args]
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
        (["--parts", "matrix,shards", "--reports", "off"], "--parts: shards needs a matrix run with reports"),
        (["--reports", "sometimes"], "--reports: invalid choice: 'sometimes'"),
        (["--workers", "two"], "--workers: not a list of numbers"),
        (["--workers", "0"], "--workers: counts must be at least 1"),
        (["--pairs", "0"], "--pairs must be at least 1"),
        (["--flow", "no_such_flow"], "--flow: no such flow no_such_flow"),
        (["--article-runs", "0"], "--article-runs must be at least 1"),
        (["--article-walkers", "two"], "--article-walkers: not a list of numbers"),
        (["--article-walkers", "0"], "--article-walkers: counts must be at least 1"),
    ],
)
def test_bad_options_are_usage_errors_that_write_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    done = benchmark(tmp_path, *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.pytest_run
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
    # The run with reports keeps them beside the figures (the traceability matrix reads its JUnit).
    junit = tmp_path / "out" / "reports" / "-n1,reportson" / "junit.xml"
    assert junit.is_file()
    assert not (tmp_path / "out" / "reports" / "-n1,reportsoff").exists()


# --- the article check part -------------------------------------------------------------------


def test_the_article_folders_hold_the_five_a_copy_under_the_next_number_and_an_article_with_its_own_walk(
    tmp_path: Path,
) -> None:
    folders = article_folders(tmp_path)
    five = sorted(path.name for path in folders["five"].iterdir())
    assert five == sorted(path.name for path in ARTICLES.glob("[0-9][0-9][0-9]_*"))
    added = copy_number(folders["five"])
    assert added == f"{max(int(name[:3]) for name in five) + 1:03d}"
    (copy,) = (path for path in folders["reused"].iterdir() if path.name.startswith(f"{added}_"))
    (original,) = ARTICLES.glob(f"{REUSED_ARTICLE}_*")
    assert copy.read_text("utf-8") == original.read_text("utf-8")
    (own_walk,) = (path for path in folders["new_walk"].iterdir() if path.name.startswith(f"{added}_"))
    assert own_walk.read_text("utf-8") == NEW_WALK_ARTICLE.read_text("utf-8")
    assert len(list(folders["reused"].iterdir())) == len(list(folders["new_walk"].iterdir())) == len(five) + 1


def timings_record(walk_start: float, compare: float) -> dict[str, Any]:
    return {
        "wall": 20.0,
        "before_run": 2.0,
        "totals": {"walk": 9.0, "compare": compare},
        "spans": [
            {"name": "mock_start", "label": "", "start": 0.1, "seconds": 1.0, "thread": "m"},
            {"name": "walk", "label": "edit it", "start": walk_start, "seconds": 9.0, "thread": "w"},
            {"name": "compare", "label": "002 it", "start": 12.0, "seconds": compare, "thread": "m"},
        ],
    }


def test_the_article_check_breakdown_takes_medians_and_the_startup_is_up_to_the_first_walk() -> None:
    records = [timings_record(3.0, 0.5), timings_record(5.0, 0.25), timings_record(4.0, 1.0)]
    assert startup(records[0]) == 3.0
    breakdown, spans = span_medians(records)
    assert breakdown == {"walk": 9.0, "compare": 0.5, "before_run": 2.0, "startup": 4.0}
    assert spans == {"compare 002 it": 0.5, "walk edit it": 9.0}


def test_the_article_check_markdown_shows_each_run_and_the_cost_of_one_more_article() -> None:
    five = ArticleCheckRun("five articles, 2 walkers", 5, 2, [20.0, 22.0, 21.0], [30.0, 31.0, 29.0], [1.0, 1.5, 0.5])
    cost = ArticleCost("005", True, 0.4, 0.3, {})
    new = ArticleCost("005", False, 3.5, 0.4, {"add_licenses it": 3.2})
    text = "\n".join(article_check_markdown([five], [cost, new]))
    assert five.wall == 21.0
    assert "| five articles, 2 walkers | 5 | 2 | 21.0 | 20.0, 22.0, 21.0 | 30.0, 31.0, 29.0 | 1.0, 1.5, 0.5 |" in text
    assert "| 005: a copy that reuses the walks | +0.4 | 0.30 | none |" in text
    assert "| 005: a walk of its own | +3.5 | 0.40 | add_licenses it 3.2 |" in text


@pytest.mark.browser
@pytest.mark.server
def test_one_article_check_run_writes_its_timings(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (original,) = ARTICLES.glob(f"{REUSED_ARTICLE}_*")
    shutil.copy(original, folder / original.name)
    wall, cpu, record = run_article_check(folder, 2, tmp_path, 0)
    assert cpu > 0
    assert 0 < record["wall"] < wall
    assert record["before_run"] > 0
    names = {span["name"] for span in record["spans"]}
    assert {"mock_start", "browser_start", "urls", "walk", "screenshot", "aria_snapshot", "compare"} <= names
    assert "report" in record["totals"]
    walks = [span for span in record["spans"] if span["name"] == "walk"]
    assert {span["label"] for span in walks} >= {"edit it"}
    assert {span["thread"] for span in walks} <= {"walk-lane-1", "walk-lane-2"}
    assert 0 < startup(record) < record["wall"]
