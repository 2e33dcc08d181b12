"""What a failed or flaky scenario says, read from real runs of one scenario: the failing Gherkin
step with its feature file and line and what was expected and found (terminal and JUnit), the
closest label when a control is not found by its label, JUnit classnames and properties per
article and feature, and a scenario that passed only on a retry marked flaky in the terminal,
JUnit and Allure, with each attempt's artifacts apart and --fail-on-flaky failing the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.harness.failing_step import ATTEMPTS_ENV, MESSAGE, STEP_ENV
from tests.harness.runs import (
    FAIL_A_STEP,
    ONE_SCENARIO,
    ONE_SCENARIO_FEATURE,
    ONE_SCENARIO_TITLE,
    ROOT,
    SCENARIOS,
    run_pytest,
)

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]

FAILING_STEP = 'I choose the "Lite" plan'


def title_line(feature: str, title: str) -> int:
    """The line of the scenario `title` in `feature` (1-based), as the file has it."""
    lines = (ROOT / feature).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.strip() == title)


def step_line(feature: str, title: str, step: str) -> int:
    """The line of `step` in the scenario `title` of `feature`."""
    lines = (ROOT / feature).read_text(encoding="utf-8").splitlines()
    start = title_line(feature, title)
    return next(number for number, line in enumerate(lines, 1) if number > start and line.strip().endswith(step))


def junit_cases(junit: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(junit).getroot().iter("testcase"))  # noqa: S314 - our own run's file


def properties(testcase: ElementTree.Element) -> dict[str, str]:
    return {prop.get("name", ""): prop.get("value", "") for prop in testcase.iter("property")}


def test_a_failing_step_is_named_with_its_feature_line_and_what_was_expected_and_found(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    run = run_pytest(
        SCENARIOS, "-n", "2", "-k", ONE_SCENARIO, f"--junitxml={junit}", "-o", f"cache_dir={tmp_path}", *FAIL_A_STEP,
        env={STEP_ENV: FAILING_STEP, "CI": "true"},
    )  # fmt: skip
    assert run.code == 1, run.output
    where = f"{ONE_SCENARIO_FEATURE}:{step_line(ONE_SCENARIO_FEATURE, ONE_SCENARIO_TITLE, FAILING_STEP)}"
    expected = f"step «And {FAILING_STEP}» ({where}): AssertionError: {MESSAGE}"
    # pytest's short summary (whole on CI) and the harness's own section (whole everywhere).
    summary = run.stdout.split("short test summary info", 1)[1]
    assert f"FAILED tests/e2e/test_articles.py::{ONE_SCENARIO}[chromium] - {expected}" in summary, run.output
    section = run.stdout.split("billing-e2e: failing steps", 1)[1]
    assert f"FAILED tests/e2e/test_articles.py::{ONE_SCENARIO}[chromium]\n  {expected}\n" in section, run.output
    [case] = junit_cases(junit)
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == expected
    assert case.get("classname") == "article_002.en.002_goto_webinar_change_plan"
    props = properties(case)
    assert props["article"] == "002"
    assert props["locale"] == "en"
    assert props["account type"] == "self-service"
    assert props["feature"] == f"{ONE_SCENARIO_FEATURE}:{title_line(ONE_SCENARIO_FEATURE, ONE_SCENARIO_TITLE)}"
    assert int(props["data seed"]) >= 0


def test_a_label_not_found_names_the_closest_label_shown_and_the_vocabulary_entry(tmp_path: Path) -> None:
    # The mock's defect renames the menu item the article calls "Edit Subscription".
    run = run_pytest(
        SCENARIOS, "-k", ONE_SCENARIO, "--defect", "edit-subscription-renamed-en", "-o", f"cache_dir={tmp_path}"
    )
    assert run.code == 1, run.output
    # The menu's other item, Cancel Subscription, is named too: the closest label comes first.
    assert (
        "no menuitem labelled \"Edit Subscription\"; the page shows 'Manage Subscription', 'Cancel Subscription'"
        " (if the product renamed it, update `edit_subscription` of the 'en' vocabulary in pages/vocabulary.toml)"
    ) in run.output, run.output


def flaky_run(tmp_path: Path, *extra: str) -> tuple[int, str, Path, Path, Path]:
    junit, allure, output = tmp_path / "junit.xml", tmp_path / "allure", tmp_path / "test-results"
    run = run_pytest(
        SCENARIOS, "-n", "2", "-k", ONE_SCENARIO, "--reruns", "1", f"--junitxml={junit}", f"--alluredir={allure}",
        "--screenshot", "on", f"--output={output}", "-o", f"cache_dir={tmp_path}", *FAIL_A_STEP, *extra,
        env={STEP_ENV: FAILING_STEP, ATTEMPTS_ENV: "1"},
    )  # fmt: skip
    return run.code, run.output, junit, allure, output


def test_a_scenario_that_passed_only_on_a_retry_is_flaky_everywhere(tmp_path: Path) -> None:
    code, output, junit, allure, artifacts = flaky_run(tmp_path)
    assert code == 0, output
    assert "1 passed, 1 rerun" in output, output
    assert "flaky scenarios (passed only on a retry)" in output, output
    assert f"FLAKY tests/e2e/test_articles.py::{ONE_SCENARIO}[chromium]" in output, output
    # JUnit: the failed attempt and the passing one, the latter with the flaky property.
    cases = junit_cases(junit)
    assert [properties(case).get("flaky") for case in cases] == [None, "passed on attempt 2, after 1 failed attempt(s)"]
    assert properties(cases[0])["attempt"] == "1: failed, run again (--reruns)"
    # Allure: one result per attempt, the passing one flagged flaky.
    results = [json.loads(path.read_text(encoding="utf-8")) for path in allure.glob("*-result.json")]
    by_status = {result["status"]: result for result in results}
    assert sorted(by_status) == ["failed", "passed"], [result["status"] for result in results]
    assert by_status["passed"]["statusDetails"]["flaky"] is True
    assert by_status["failed"]["historyId"] == by_status["passed"]["historyId"]
    assert MESSAGE in by_status["failed"]["statusDetails"]["message"]
    # Each attempt's screenshots in a folder of its own.
    folders = sorted(path.name for path in artifacts.iterdir())
    assert len(folders) == 2, folders
    assert folders[1] == f"{folders[0]}-retry1"
    assert all(list((artifacts / name).glob("*.png")) for name in folders), folders


def test_fail_on_flaky_fails_the_run(tmp_path: Path) -> None:
    code, output, *_ = flaky_run(tmp_path, "--fail-on-flaky")
    assert code == 7, output
    assert "1 passed, 1 rerun" in output, output
    assert "--fail-on-flaky: 1 flaky: the run fails (exit 7)" in output, output


def test_the_matrix_reads_scenarios_by_their_test_module_and_counts_a_rerun_once(tmp_path: Path) -> None:
    from traceability.matrix import DEFAULT_TEST_MODULE, read_junit

    module = f'<property name="test module" value="{DEFAULT_TEST_MODULE}" />'
    junit = tmp_path / "junit.xml"
    junit.write_text(
        "<testsuites><testsuite>"
        f'<testcase classname="article_002.en.x" name="test_a[chromium]"><properties>{module}'
        '<property name="attempt" value="1: failed, run again (--reruns)" /></properties></testcase>'
        f'<testcase classname="article_002.en.x" name="test_a[chromium]"><properties>{module}</properties></testcase>'
        f'<testcase classname="failure_paths.it.y" name="test_b[chromium]"><properties>{module}</properties>'
        '<failure message="m" /></testcase>'
        '<testcase classname="tests.harness.test_z" name="test_c" />'
        "</testsuite></testsuites>",
        encoding="utf-8",
    )
    runs = read_junit([junit])
    assert {name: run.counts for name, run in runs.items()} == {"test_a": (("passed", 1),), "test_b": (("failed", 1),)}
