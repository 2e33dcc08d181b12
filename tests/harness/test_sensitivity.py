"""`bin/sensitivity` (billing_e2e.sensitivity), in a bounded slice: a defect of the catalogue is
caught by the scenarios, an unknown one is a usage error, and the reports say which scenario
caught what. The whole campaign is a documented command (README "Sensitivity"), not a test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from billing_e2e.sensitivity import junit_results

pytestmark = pytest.mark.harness

ROOT = Path(__file__).resolve().parents[2]


def sensitivity(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "billing_e2e.sensitivity", "--out", str(tmp_path / "out"), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603


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
    table = (tmp_path / "out" / "sensitivity.md").read_text("utf-8")
    assert table.startswith("Score: 1 of 1 defects caught.\n")
    assert "| `place-order-renamed-it` | label | it | caught |" in table


def test_an_unknown_defect_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    done = sensitivity(tmp_path, "--defect", "no-such-defect", "--skip-baseline")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no defect no-such-defect in the catalogue" in done.stderr
    assert not (tmp_path / "out").exists()


def test_junit_results_tell_passed_from_failed_and_skipped(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text(
        "<testsuites><testsuite>"
        '<testcase name="a"/><testcase name="b"><failure message="x"/></testcase>'
        '<testcase name="c"><skipped message="guard"/></testcase><testcase name="d"><error message="y"/></testcase>'
        "</testsuite></testsuites>",
        encoding="utf-8",
    )
    assert junit_results(junit) == (["a"], ["b", "d"])
    assert junit_results(tmp_path / "missing.xml") == ([], [])
