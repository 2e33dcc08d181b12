"""`bin/harmless` (tools.harmless), in a bounded slice: a harmless release leaves two scenarios
green and the report says so; a release that is not in the catalogue is a usage error; a red
scenario is reported with its first error line. The whole campaign is a documented command
(docs/harmless.md), not a test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from billing_e2e.domain import LANGUAGES
from mock_server import harmless
from tools.harmless import GREEN, RED, TOGETHER, Progress, Run, _parser, markdown, planned_runs, reported_results

pytestmark = pytest.mark.harness

ROOT = Path(__file__).resolve().parents[2]
TWO_SCENARIOS = "smoke and (article_002 or article_000)"
"""In one locale: two scenarios, a plan change (its Order Summary) and fewer licenses."""


def harmless_campaign(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tools.harmless", "--out", str(tmp_path / "out"), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)  # noqa: S603


@pytest.mark.pytest_run
@pytest.mark.browser
def test_a_late_order_summary_leaves_two_scenarios_green(tmp_path: Path) -> None:
    done = harmless_campaign(
        tmp_path, "--release", "late-order-summary", "--locale", "en", "--select", TWO_SCENARIOS,
        "--skip-baseline", "--workers", "1",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((tmp_path / "out" / "harmless.json").read_text("utf-8"))
    [release] = report["releases"]
    assert (release["release"], release["verdict"], release["passed"], release["failed"]) == (
        "late-order-summary",
        GREEN,
        2,
        {},
    )
    assert report["complete"] is True
    table = (tmp_path / "out" / "harmless.md").read_text("utf-8")
    assert table.startswith("Harmless releases: 1 of 1 green.\n")
    assert "| `late-order-summary` | green | 2 | none |" in table


def test_an_unknown_release_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    done = harmless_campaign(tmp_path, "--release", "no-such-release", "--skip-baseline")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "unknown harmless release 'no-such-release'; known: class-names, " in done.stderr
    assert not (tmp_path / "out").exists()


def test_resume_without_a_report_is_a_usage_error(tmp_path: Path) -> None:
    done = harmless_campaign(tmp_path, "--resume", "--skip-baseline")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "--resume: no report to resume" in done.stderr


def test_reported_results_give_each_failed_test_its_first_error_line(tmp_path: Path) -> None:
    log = tmp_path / "report.jsonl"
    entries = [
        {"$report_type": "TestReport", "nodeid": "t.py::test_a[chromium]", "when": "call", "outcome": "passed"},
        {
            "$report_type": "TestReport",
            "nodeid": "t.py::test_b[chromium]",
            "when": "call",
            "outcome": "failed",
            "longrepr": {"reprcrash": {"message": "AssertionError: expected 'Checkout'\nmore detail"}},
        },
        {
            "$report_type": "TestReport",
            "nodeid": "t.py::test_c[chromium]",
            "when": "setup",
            "outcome": "failed",
            "longrepr": "fixture 'x' not found",
        },
        {"$report_type": "TestReport", "nodeid": "t.py::test_d[chromium]", "when": "setup", "outcome": "skipped"},
    ]
    log.write_text("\n".join(json.dumps(entry) for entry in entries) + "\n", encoding="utf-8")
    assert reported_results(log) == (
        1,
        {
            "t.py::test_b[chromium]": "AssertionError: expected 'Checkout'",
            "t.py::test_c[chromium]": "fixture 'x' not found",
        },
    )


def test_a_red_release_reads_back_and_is_tabled_with_its_scenario() -> None:
    progress = Progress(
        "bin/harmless --locale en",
        Run(None, 0, 10.0, 37),
        [Run("footer", 0, 12.0, 37), Run("wrappers", 1, 11.0, 36, {"t.py::test_x[chromium]": "TimeoutError: a | b"})],
    )
    assert [run.verdict for run in progress.runs] == [GREEN, RED]
    again = Progress.from_json(json.loads(json.dumps(progress.to_json())))
    assert again == progress
    table = markdown(progress)
    assert table.startswith("Harmless releases: 1 of 2 green.\n")
    assert "| `wrappers` | red | 36 | x: TimeoutError: a / b | 11 |" in table


def test_together_is_one_run_with_every_release_and_rotate_gives_each_release_a_language() -> None:
    together = planned_runs(_parser().parse_args(["--together", "--select", "smoke"]))
    assert together == {TOGETHER: (list(harmless.names()), f"({' or '.join(LANGUAGES)}) and (smoke)")}
    rotated = planned_runs(_parser().parse_args(["--rotate"]))
    assert list(rotated) == list(harmless.names())
    assert [scenarios for _releases, scenarios in rotated.values()] == [
        f"({LANGUAGES[index % len(LANGUAGES)]})" for index in range(len(harmless.names()))
    ]
    assert set(LANGUAGES) <= {scenarios.strip("()") for _releases, scenarios in rotated.values()}
    one = planned_runs(_parser().parse_args(["--rotate", "--release", "footer", "--locale", "de", "--locale", "en"]))
    footer = harmless.names().index("footer")
    assert one == {"footer": (["footer"], f"({('de', 'en')[footer % 2]})")}


def test_together_and_rotate_exclude_each_other() -> None:
    with pytest.raises(SystemExit) as exit_info:
        _parser().parse_args(["--together", "--rotate"])
    assert exit_info.value.code == 2


def test_a_scenario_green_when_run_again_was_the_load_and_one_red_again_stays_red() -> None:
    first = Run("wrappers", 1, 100.0, 58, {"t.py::a": "TimeoutError: 15000ms", "t.py::b": "AssertionError: x"})
    first.merge_rerun(Run("wrappers", 1, 20.0, 1, {"t.py::b": "AssertionError: x again"}))
    assert (first.verdict, first.passed, first.failed, first.rerun, first.seconds) == (
        RED,
        59,
        {"t.py::b": "AssertionError: x again"},
        {"t.py::a": "TimeoutError: 15000ms"},
        120.0,
    )
    flaky = Run("footer", 1, 100.0, 60, {"t.py::a": "TimeoutError: 15000ms"})
    flaky.merge_rerun(Run("footer", 0, 10.0, 1))
    assert (flaky.verdict, flaky.passed, flaky.failed) == (GREEN, 61, {})
    assert "| `footer` | green | 61 | none | 110 | `` | a: TimeoutError: 15000ms |" in markdown(
        Progress("bin/harmless", None, [flaky])
    )
