"""`--axe`: an axe-core scan of each page a scenario visits, its violations attached to the step in
Allure, and `--axe-impact` deciding which fail the scenario. The pages get a known defect from
tests/harness/failing_step.py, so what axe-core must find is the test's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.harness.failing_step import A11Y_ENV
from tests.harness.runs import FAIL_A_STEP, ONE_SCENARIO, SCENARIOS, Run, run_pytest

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]


def axe_run(tmp_path: Path, impact: str, *options: str) -> tuple[Run, list[dict[str, Any]]]:
    results = tmp_path / "allure"
    run = run_pytest(
        SCENARIOS, "-k", ONE_SCENARIO, "--axe", f"--alluredir={results}", "-o", f"cache_dir={tmp_path}", *FAIL_A_STEP,
        *options, env={A11Y_ENV: impact},
    )  # fmt: skip
    [result] = [json.loads(path.read_text(encoding="utf-8")) for path in results.glob("*-result.json")]
    scans = [
        json.loads((results / attachment["source"]).read_text(encoding="utf-8"))
        for step in result["steps"]
        for attachment in step.get("attachments", [])
        if attachment["name"].startswith("accessibility (axe-core)")
    ]
    return run, scans


def test_a_moderate_violation_is_attached_and_passes_the_default_threshold(tmp_path: Path) -> None:
    run, scans = axe_run(tmp_path, "moderate")
    assert run.code == 0, run.output
    assert len(scans) == 2, scans  # the two pages the scenario visits: the overview and the plan page
    for scan in scans:
        assert [violation["id"] for violation in scan["violations"]] == ["region"], scan


def test_the_threshold_fails_the_scenario_on_a_violation_at_or_above_it(tmp_path: Path) -> None:
    run, scans = axe_run(tmp_path, "moderate", "--axe-impact", "moderate")
    assert run.code == 1, run.output
    assert (
        "accessibility (--axe-impact moderate): moderate region (1 element(s)) on http://billing.goto.com:"
        in run.output
    )
    assert scans


def test_a_critical_violation_fails_at_the_default_threshold(tmp_path: Path) -> None:
    run, _ = axe_run(tmp_path, "critical")
    assert run.code == 1, run.output
    assert "accessibility (--axe-impact serious): critical image-alt (1 element(s))" in run.output
