"""`bin/mutation` (tools.mutation), in a bounded slice: cosmic-ray's operators and the templates'
own make the expected mutants, the scenarios a mutant runs against are those the coverage map
says reach it, and two mutants of pricing.py run end to end. The campaign itself is a documented
command (docs/mutation.md), not a test."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tools.mutation import (
    KILLED,
    MOCK,
    NO_COVERAGE,
    SURVIVED,
    VERDICTS,
    MockCopy,
    MockTestsResult,
    Mutant,
    Result,
    ScenarioMap,
    _parser,
    described,
    equivalents,
    kill_rate,
    kill_rate_with_mock_tests,
    main,
    markdown,
    mock_tests_against,
    mutated_lines,
    mutated_source,
    python_mutants,
    still_the_same,
    template_lines,
    template_mutants,
    write,
)

pytestmark = pytest.mark.harness

ROOT = Path(__file__).resolve().parents[2]

PYTHON = """\
from __future__ import annotations


def total(price: int | None, count: int) -> int:
    if count > 0:
        return price * count
    return 0
"""


def test_cosmic_rays_operators_mutate_the_code_and_leave_the_annotations_alone() -> None:
    mutants = {mutant.id: described(mutant, PYTHON) for mutant in python_mutants("rules.py", PYTHON)}
    times_plus = mutants["rules.py:core/ReplaceBinaryOperator_Mul_Add:0"]
    assert (times_plus.line, times_plus.change) == (6, "return price * count → return price + count")
    at_least = mutants["rules.py:core/ReplaceComparisonOperator_Gt_GtE:0"]
    assert (at_least.line, at_least.change) == (5, "if count > 0: → if count >= 0:")
    assert mutated_source(at_least, PYTHON).splitlines()[4] == "    if count >= 0:"
    # `int | None` is an annotation, never evaluated: no mutant of its `|`.
    assert not [mutant for mutant in mutants.values() if mutant.line == 4]
    assert {mutant.line for mutant in mutants.values() if mutant.operator == "core/NumberReplacer"} == {5, 7}


TEMPLATE = "<p>{{ total|money }}</p>\n<p>{{ name }}</p>\n<p>{{ _('Total') }}</p>\n"


def test_the_templates_operators_drop_a_filter_and_swap_a_value() -> None:
    mutants = {mutant.id: mutant for mutant in template_mutants("templates/t.html", TEMPLATE)}
    assert sorted(mutants) == [
        "templates/t.html:template/drop-filter:0",
        "templates/t.html:template/swap-variable:0",
        "templates/t.html:template/swap-variable:1",
    ]  # the gettext call is neither filtered nor a value to swap
    dropped = mutants["templates/t.html:template/drop-filter:0"]
    assert mutated_source(dropped, TEMPLATE).splitlines()[0] == "<p>{{ total }}</p>"
    swapped = [mutated_source(mutants[f"templates/t.html:template/swap-variable:{i}"], TEMPLATE) for i in (0, 1)]
    assert swapped[0].splitlines()[0] == "<p>{{ name|money }}</p>"
    assert (swapped[1].splitlines()[1], mutants["templates/t.html:template/swap-variable:1"].line) == (
        "<p>{{ total }}</p>",
        2,
    )


QUICK, SLOW, OTHER = "t.py::quick", "t.py::slow", "t.py::other"
HAND_MADE = ScenarioMap(
    digest="d",
    markers="(en)",
    seconds={QUICK: 1.0, SLOW: 9.0, OTHER: 4.0},
    lines={"pricing.py": {10: [QUICK, SLOW], 20: [""], 30: [OTHER]}, "templates/billing/checkout.html": {28: [SLOW]}},
    templates={"billing/edit.html": [OTHER], "signin.html": [QUICK]},
)


@pytest.mark.parametrize(
    ("mutant", "lines", "expected"),
    [
        (Mutant("pricing.py", 10, "op", 0), [10], [QUICK, SLOW]),  # quickest first
        (Mutant("pricing.py", 11, "op", 0), [10, 11], [QUICK, SLOW]),  # a statement's first line
        (Mutant("pricing.py", 30, "op", 0), [30], [OTHER]),
        (Mutant("pricing.py", 20, "op", 0), [20], [QUICK, OTHER, SLOW]),  # run as the mock starts: all
        (Mutant("pricing.py", 40, "op", 0), [40], []),  # reached by none
        (Mutant("orders.py", 10, "op", 0), [10], []),  # another file's line 10
        # a template with a line table: by its lines, as a module
        (Mutant("templates/billing/checkout.html", 28, "template/drop-filter", 0), [28], [SLOW]),
        (Mutant("templates/billing/checkout.html", 40, "template/drop-filter", 0), [40], []),
        # without one: included by billing/edit.html, which OTHER rendered
        (Mutant("templates/billing/_summary.html", 3, "template/drop-filter", 0), [3], [OTHER]),
        (Mutant("templates/signin.html", 3, "template/drop-filter", 0), [3], [QUICK]),
    ],
)
def test_a_mutant_runs_against_the_scenarios_that_reach_its_lines(
    mutant: Mutant, lines: list[int], expected: list[str]
) -> None:
    assert HAND_MADE.scenarios_reaching(mutant, lines) == expected


def test_a_templates_lines_come_from_its_compiled_codes_lines() -> None:
    # (template line, code line) pairs, as Jinja's Template.debug_info gives them.
    debug_info = [(1, 10), (3, 14), (3, 15), (7, 20)]
    ran = {5: [QUICK], 10: [QUICK], 12: [QUICK, SLOW], 15: [SLOW], 21: [OTHER]}
    assert template_lines(debug_info, ran) == {1: [QUICK, SLOW], 3: [SLOW], 7: [OTHER]}


def test_a_mutants_lines_are_its_own_and_its_statements_first() -> None:
    source = (MOCK / "pricing.py").read_text("utf-8")
    [mutant] = [
        m for m in python_mutants("pricing.py", source) if m.id == "pricing.py:core/ReplaceBinaryOperator_Sub_Add:3"
    ]
    assert source.splitlines()[mutant.line - 1].strip() == "net - balance_used,"
    # The statement it is part of, `return Quote(…)`, starts a few lines above.
    start = max(n for n, text in enumerate(source.splitlines()[: mutant.line], 1) if text.strip() == "return Quote(")
    assert mutated_lines(mutant, source) == [start, mutant.line]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sample", "0"], "--sample must be at least 1"),
        (["--workers", "0"], "--workers must be at least 1"),
        (["--resume"], "--resume: no report to resume"),
        (["--module", "pricing", "--mutant", "pricing.py:core/AddNot:999"], "no such mutant in the chosen modules"),
        (["--mutant", "pricing.py:core/AddNot:0", "--sample", "3"], "--mutant and --sample exclude each other"),
    ],
)
def test_bad_arguments_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main([*args, "--out", str(tmp_path / "out")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_resume_takes_the_report_of_the_same_campaign_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    done = Result(Mutant("pricing.py", 10, "core/AddNot", 0, "a → not a"), "killed", "a_scenario", 2, 12.5)
    campaign = ["--module", "pricing", "--sample", "1", "--seed", "7", "--out", str(out)]
    args = _parser().parse_args(campaign)
    write([done], args, complete=False)
    report = json.loads((out / "mutation.json").read_text("utf-8"))
    assert Result.from_json(report["mutants"][0]) == done
    assert (out / "mutation.md").read_text("utf-8").startswith("Partial: 1 mutants run so far")
    # Another sample is another campaign: refused, not mixed into this one's report.
    assert main(["--resume", "--module", "pricing", "--sample", "2", "--seed", "7", "--out", str(out)]) == 2
    assert "is of another campaign" in capsys.readouterr().err


@pytest.mark.browser
@pytest.mark.pytest_run
def test_two_mutants_of_pricing_end_to_end(tmp_path: Path) -> None:
    pricing = MOCK / "pricing.py"
    before = hashlib.sha256(pricing.read_bytes()).hexdigest()
    command = [
        sys.executable, "-m", "tools.mutation", "--module", "pricing", "--sample", "2", "--seed", "0",
        "--locale", "en", "--select", "article_002 and smoke", "--workers", "1", "--out", str(tmp_path / "out"),
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)  # noqa: S603
    assert done.returncode in (0, 1), done.stdout + done.stderr
    report = json.loads((tmp_path / "out" / "mutation.json").read_text("utf-8"))
    assert report["complete"] is True
    assert len(report["mutants"]) == 2
    for mutant in report["mutants"]:
        assert mutant["verdict"] in VERDICTS
        assert mutant["file"] == "pricing.py"
        assert mutant["where"] == f"pricing.py:{mutant['line']}"
        assert " → " in mutant["change"]
        assert (mutant["scenarios"] == 0) == (mutant["verdict"] == NO_COVERAGE)
        assert (mutant["killed_by"] is not None) == (mutant["verdict"] == "killed")
    not_killed = [m for m in report["mutants"] if m["verdict"] in ("survived", NO_COVERAGE)]
    assert done.returncode == (1 if not_killed else 0)
    table = (tmp_path / "out" / "mutation.md").read_text("utf-8")
    assert table.startswith(f"Kill rate: {report['killed']} of {report['counted']} mutants killed")
    assert sum(line.startswith("| `pricing.py:") for line in table.splitlines()) == 2
    # The mutants went into a copy: the working tree's mock is as it was.
    assert hashlib.sha256(pricing.read_bytes()).hexdigest() == before


def test_equivalents_leave_the_kill_rate_only_with_their_reason_and_change(tmp_path: Path) -> None:
    kept = Result(Mutant("pricing.py", 3, "core/AddNot", 0, "a → not a"), SURVIVED)
    moved = Result(Mutant("pricing.py", 9, "core/AddNot", 1, "b → not b"), SURVIVED)
    plain = Result(Mutant("pricing.py", 12, "core/AddNot", 2, "c → not c"), SURVIVED)
    killed = Result(Mutant("pricing.py", 15, "core/AddNot", 3, "d → not d"), "killed", "a_scenario")
    table = tmp_path / "equivalents.toml"
    table.write_text(
        '["pricing.py:core/AddNot:0"]\nchange = "a → not a"\nreason = "a is never read"\n'
        # The id now names another change (the file was edited): the old triage does not apply.
        '["pricing.py:core/AddNot:1"]\nchange = "x → not x"\nreason = "x is never read"\n',
        encoding="utf-8",
    )
    results = [kept, moved, plain, killed]
    found = equivalents(results, table)
    assert found == {"pricing.py:core/AddNot:0": "a is never read"}
    assert kill_rate(results) == (1, 4)
    assert kill_rate(results, found) == (1, 3)


def test_an_equivalent_without_a_reason_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "equivalents.toml"
    table.write_text('["pricing.py:core/AddNot:0"]\nchange = "a → not a"\n', encoding="utf-8")
    assert main(["--module", "pricing", "--equivalents", str(table), "--out", str(tmp_path / "out")]) == 2
    assert "needs its change and a written reason" in capsys.readouterr().err


def test_a_resumed_mutant_whose_id_now_names_another_change_runs_again() -> None:
    same = Result(Mutant("pricing.py", 3, "core/AddNot", 0, "a → not a"), KILLED, "a_scenario")
    moved = Result(Mutant("pricing.py", 9, "core/AddNot", 1, "b → not b"), SURVIVED)
    now = [
        Mutant("pricing.py", 3, "core/AddNot", 0, "a → not a"),
        Mutant("pricing.py", 9, "core/AddNot", 1, "x → not x"),
    ]
    assert still_the_same([same, moved], now) == [same]


def test_the_mock_tests_figure_stands_beside_the_scenarios_own() -> None:
    by_scenario = Result(Mutant("admin.py", 3, "core/AddNot", 0, "a → not a"), KILLED, "a_scenario")
    by_test = Result(Mutant("admin.py", 5, "core/AddNot", 1, "b → not b"), NO_COVERAGE,
                     mock_tests=MockTestsResult(KILLED, "tests/mock_server/test_admin.py::test_b", 1, 2.0))  # fmt: skip
    by_none = Result(Mutant("admin.py", 7, "core/AddNot", 2, "c → not c"), SURVIVED,
                     mock_tests=MockTestsResult(SURVIVED, None, 3, 4.0))  # fmt: skip
    equivalent = Result(Mutant("admin.py", 9, "core/AddNot", 3, "d → not d"), SURVIVED,
                        mock_tests=MockTestsResult(NO_COVERAGE))  # fmt: skip
    results = [by_scenario, by_test, by_none, equivalent]
    reasons = {"admin.py:core/AddNot:3": "d is never read"}
    assert kill_rate(results) == (1, 4)
    assert kill_rate(results, reasons) == (1, 3)
    assert kill_rate_with_mock_tests(results) == (2, 4)
    assert kill_rate_with_mock_tests(results, reasons) == (2, 3)
    table = markdown(results, complete=True, equivalent=reasons)
    assert table.startswith("Kill rate: 1 of 4 mutants killed (25%)")
    assert "With the mock's HTTP tests too (`--mock-tests`, run on what the scenarios did not kill): 2 of 4 (50%); " \
        "without the equivalent, 2 of 3 (67%)." in table  # fmt: skip
    assert "| no-coverage |  | 0 | 0 | killed by tests/mock_server/test_admin.py::test_b (1 tests) |" in table
    assert Result.from_json(json.loads(json.dumps(by_test.to_json()))) == by_test


@pytest.mark.pytest_run
def test_the_mock_tests_that_reach_a_mutant_run_against_it_in_their_own_process(tmp_path: Path) -> None:
    # A 400 for a forged User Licenses form that no page sends (round 2's no-coverage mutant):
    # the mock's HTTP test of malformed fields reaches it and, with the mock from the copy, fails.
    source = (MOCK / "admin.py").read_text("utf-8")
    mutant = described(
        next(m for m in python_mutants("admin.py", source) if m.id == "admin.py:core/NumberReplacer:1"), source
    )
    assert mutant.change == "abort(400) → abort( 399)"
    malformed = "tests/mock_server/test_admin.py::test_malformed_fields_are_400[field0]"
    unrelated = "tests/mock_server/test_pricing.py::test_half_of_a_thirty_day_period_gives_half_the_money_back"
    lines = mutated_lines(mutant, source)
    reaching = ScenarioMap(
        "-", "tests/mock_server", {malformed: 1.0}, {"admin.py": {key: [malformed] for key in lines}}, {}
    )
    copy = MockCopy.make(tmp_path)
    killed = mock_tests_against(mutant, reaching, copy, tmp_path)
    assert (killed.verdict, killed.killed_by, killed.tests) == (KILLED, malformed, 1)
    # A test that reaches the line but cannot tell: survived; none that reaches it: no coverage.
    blind = ScenarioMap("-", "tests", {unrelated: 1.0}, {"admin.py": {line: [unrelated] for line in lines}}, {})
    assert mock_tests_against(mutant, blind, copy, tmp_path).verdict == SURVIVED
    assert mock_tests_against(mutant, ScenarioMap("-", "-", {}, {}, {}), copy, tmp_path).verdict == NO_COVERAGE
    # `is` with a literal compiles with a SyntaxWarning: printed in the tests' process as in the
    # mock's, so a test that imports the mutant is not failed by the project's warnings-as-errors.
    wizard = (MOCK / "wizard.py").read_text("utf-8")
    literal = described(
        next(
            m
            for m in python_mutants("wizard.py", wizard)
            if m.id == "wizard.py:core/ReplaceComparisonOperator_NotEq_Is:0"
        ),
        wizard,
    )
    assert ' is "new"' in literal.change
    edit_order = "tests/mock_server/test_wizard.py::test_edit_order_comes_back_with_the_choices_and_replaces_the_item"
    literal_lines = {line: [edit_order] for line in mutated_lines(literal, wizard)}
    same = ScenarioMap("-", "tests", {edit_order: 1.0}, {"wizard.py": literal_lines}, {})
    assert mock_tests_against(literal, same, copy, tmp_path).verdict == SURVIVED
    # The copy is as it was after each run; the working tree's mock was never touched.
    assert (copy.package / "admin.py").read_text("utf-8") == source == (MOCK / "admin.py").read_text("utf-8")
