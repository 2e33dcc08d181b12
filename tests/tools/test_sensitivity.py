"""`bin/sensitivity` (tools.sensitivity), in a bounded slice: a defect of the catalogue is
caught by the scenarios, an unknown one is a usage error, and the reports say which scenario
caught what. The whole campaign is a documented command (docs/sensitivity.md), not a test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tools.campaign import scenario_name
from tools.sensitivity import Defect, Outcome, Progress, Run, reported_results

pytestmark = pytest.mark.harness

ROOT = Path(__file__).resolve().parents[2]


def sensitivity(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tools.sensitivity", "--out", str(tmp_path / "out"), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603


@pytest.mark.pytest_run
def test_a_renamed_button_is_caught_and_the_report_names_the_scenario(tmp_path: Path) -> None:
    done = sensitivity(
        tmp_path, "--defect", "place-order-renamed-it", "--locale", "it", "--select", "article_002 and smoke",
        "--skip-baseline", "--workers", "1",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((tmp_path / "out" / "sensitivity.json").read_text("utf-8"))
    [defect] = report["defects"]
    assert (defect["name"], defect["verdict"]) == ("place-order-renamed-it", "caught")
    assert [run["locale"] for run in defect["runs"]] == ["it"]
    assert len(defect["caught_by"]) == 1
    assert "::" not in defect["caught_by"][0]  # the scenario's name, not its node id
    table = (tmp_path / "out" / "sensitivity.md").read_text("utf-8")
    assert table.startswith("Score: 1 of 1 defects caught.\n")
    assert "| `place-order-renamed-it` | label | it | caught |" in table


@pytest.mark.pytest_run
def test_every_scenario_mode_runs_the_uncaught_scenarios_to_the_end_and_lists_none_left(tmp_path: Path) -> None:
    done = sensitivity(
        tmp_path, "--every-scenario", "--defect", "place-order-renamed-it", "--locale", "it",
        "--select", "article_002 and smoke", "--workers", "1",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((tmp_path / "out" / "sensitivity.json").read_text("utf-8"))
    [defect] = report["defects"]
    [run] = defect["runs"]
    # The baseline's smoke scenarios all met the defect (no -x) and each caught it: none is left.
    assert run["passed"] == []
    assert len(run["failed"]) >= 1
    assert report["scenarios_catching_nothing"] == []
    assert (tmp_path / "out" / "sensitivity.md").read_text("utf-8").endswith("Scenarios that caught no defect: none.\n")


def test_an_unknown_defect_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    done = sensitivity(tmp_path, "--defect", "no-such-defect", "--skip-baseline")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no defect no-such-defect in the catalogue" in done.stderr
    assert not (tmp_path / "out").exists()


def test_reported_results_tell_passed_from_failed_and_skipped(tmp_path: Path) -> None:
    log = tmp_path / "report.jsonl"

    def report(nodeid: str, when: str, outcome: str) -> str:
        return json.dumps({"$report_type": "TestReport", "nodeid": nodeid, "when": when, "outcome": outcome})

    lines = [
        json.dumps({"$report_type": "SessionStart", "pytest_version": "9"}),
        *(report("t.py::a", when, "passed") for when in ("setup", "call", "teardown")),
        report("t.py::b", "setup", "passed"), report("t.py::b", "call", "failed"),
        report("t.py::c", "setup", "skipped"),
        report("t.py::d", "setup", "failed"),
        report("t.py::e", "call", "passed"), report("t.py::e", "teardown", "failed"),
    ]  # fmt: skip
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert reported_results(log) == (["t.py::a"], ["t.py::b", "t.py::d", "t.py::e"])
    assert reported_results(tmp_path / "missing.jsonl") == ([], [])


def test_a_report_written_part_way_reads_back_as_the_same_progress() -> None:
    defect = Defect("wrong-currency", "money", ("it", "de"), "EUR accounts billed in USD")
    run = Run("wrong-currency", "it", 1, 12.5, ["t.py::test_a[chromium]"], ["t.py::test_b[chromium]"], "tail")
    progress = Progress([Outcome(defect, [run])], {"it": ["t.py::test_a[chromium]"]})
    data = json.loads(json.dumps(progress.to_json(every_scenario=True)))
    assert data["complete"] is False
    assert data["scenarios_catching_nothing"] is None  # not known until the campaign is complete
    again = Progress.from_json(data)
    assert again.uncaught == progress.uncaught
    assert [(o.defect, o.runs) for o in again.outcomes] == [(defect, [run])]
    assert again.unused(every_scenario=True) == ["a"]


def test_scenario_names_drop_the_module_prefix_and_browser() -> None:
    assert scenario_name("tests/e2e/test_articles.py::test_weniger_lizenzen[chromium]") == "weniger_lizenzen"
    assert (
        scenario_name("tests/e2e/test_articles.py::test_buy[chromium-OpenVoice-4-Monthly]")
        == "buy[OpenVoice-4-Monthly]"
    )


def test_resume_without_a_report_is_a_usage_error(tmp_path: Path) -> None:
    done = sensitivity(tmp_path, "--resume", "--skip-baseline", "--defect", "wrong-currency")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "--resume: no report to resume in" in done.stderr
