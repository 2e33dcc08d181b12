"""The flake hunt (`tools.flake_hunt`, bin/flake-hunt): a small real slice and its comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.flake_hunt import Hunt, Run, hunt, outcomes_of

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]

ORDER_DEPENDENT = """
seen = []

def test_first():
    seen.append("first")

def test_second_only_alone():
    assert seen == []
"""


def test_a_test_whose_result_changes_is_flaky_and_one_failing_always_is_not() -> None:
    result = Hunt(
        [
            Run(1, 10, 1, {"m::steady": "passed", "m::shaky": "passed", "m::broken": "failed"}),
            Run(2, 11, 1, {"m::steady": "passed", "m::shaky": "failed", "m::broken": "failed", "m::new": "passed"}),
        ]
    )
    assert result.flaky() == {"m::new": ["absent", "passed"], "m::shaky": ["passed", "failed"]}
    assert result.always_failing() == ["m::broken"]
    assert "flaky: 2" in result.summary()


def test_junit_outcomes_are_read_per_test(tmp_path: Path) -> None:
    report = tmp_path / "run.xml"
    report.write_text(
        '<testsuites><testsuite name="pytest">'
        '<testcase classname="m" name="ok"/>'
        '<testcase classname="m" name="bad"><failure message="x"/></testcase>'
        '<testcase classname="m" name="gone"><skipped message="y"/></testcase>'
        '<testcase classname="m" name="setup"><error message="z"/></testcase>'
        "</testsuite></testsuites>",
        encoding="utf-8",
    )
    assert outcomes_of(report) == {"m::ok": "passed", "m::bad": "failed", "m::gone": "skipped", "m::setup": "error"}


def test_the_hunt_finds_an_order_dependent_test_in_random_order(tmp_path: Path) -> None:
    """Two real runs: seed 9 orders test_first first, seed 10 the other way (pytest-randomly's crc32 keys)."""
    (tmp_path / "test_order.py").write_text(ORDER_DEPENDENT, encoding="utf-8")
    result = hunt(2, ["-p", "no:cacheprovider"], workers=0, seed=9, cwd=tmp_path, echo=False)
    assert [run.seed for run in result.runs] == [9, 10]
    assert result.flaky() == {"test_order::test_second_only_alone": ["failed", "passed"]}
    assert result.results_of("test_order::test_first") == ["passed", "passed"]
