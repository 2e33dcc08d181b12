"""The Allure report a team reads (`allurerc.json`, built by Allure 3 as `bin/report` builds it):
real failures land in the category their cause belongs to, and the history grows run by run.

Four real scenario runs break three ways: the mock plays a product regression (`--defect`), a
step hits a bug of the harness, the mock goes down before the first page and in the middle of a
flow (tests/harness/failing_step.py); one more passes. The report is built from their results
with the project's own configuration, written as separate files (not one HTML file) so that its
category tree can be read.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd.scenario import make_python_name

from tests.harness.failing_step import BREAK_ENV, STOP_MOCK_ENV
from tests.harness.runs import FAIL_A_STEP, ROOT, SCENARIOS, Run, run_pytest

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]

ALLURE = ROOT / "node_modules" / ".bin" / "allure"
UPGRADE = "Move to a higher plan with more user licenses"
DOWNGRADE = "A plan downgrade is not made online: Contact Support"
FEWER = "Fewer user licenses and annual billing"
CART = "With items already in the cart: Add to Cart, then Proceed to Checkout"
PASSING = "The credit for the unused days is rounded to the cent"
CATEGORIES = {
    "product": "Product regression: the billing UI did not do what the article says",
    "harness": "Harness error: the test code itself broke",
    "infrastructure": "Infrastructure: the target, the browser or the network failed",
}


def scenario_run(results: Path, title: str, *options: str, env: dict[str, str] | None = None) -> Run:
    """One scenario of the English 002 feature, by its title, with Allure results in `results`."""
    keyword = "test_" + make_python_name(title)  # the test function pytest-bdd makes of it
    return run_pytest(
        SCENARIOS, "-k", keyword, f"--alluredir={results}", *FAIL_A_STEP, *options, env=env or {}, timeout=300
    )


def build_report(results: Path, out: Path, history: Path) -> None:
    config = json.loads((ROOT / "allurerc.json").read_text(encoding="utf-8"))
    config["plugins"]["awesome"]["options"]["singleFile"] = False  # files that can be read back
    config["historyPath"] = str(history)
    config["output"] = str(out)
    rc = out.parent / f"{out.name}-allurerc.json"
    rc.write_text(json.dumps(config), encoding="utf-8")
    subprocess.run(  # noqa: S603 - the project's own Allure CLI
        [str(ALLURE), "generate", str(results), "--config", str(rc), "--output", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )


def categorized(out: Path) -> dict[str, list[str]]:
    """Category name → the names of the tests in it, from the report's category tree."""
    tree: dict[str, Any] = json.loads((out / "widgets" / "default" / "categories.json").read_text(encoding="utf-8"))
    nodes = tree["nodes"]

    def tests_under(node_id: str) -> list[str]:
        node = nodes[node_id]
        if node["type"] == "tr":
            return [node["name"]]
        return [name for child in node.get("childrenIds", []) for name in tests_under(child)]

    return {nodes[root]["name"]: sorted(tests_under(root)) for root in tree["roots"]}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ALLURE.is_file():
        pytest.fail(f"the Allure CLI is not installed at {ALLURE}: run `bash bin/install`")
    folder = tmp_path_factory.mktemp("allure-results")
    runs = [
        scenario_run(folder, UPGRADE, "--defect", "edit-subscription-renamed-en"),
        scenario_run(folder, DOWNGRADE, env={BREAK_ENV: "I choose the"}),
        # Down before the first page (Playwright's own net::ERR_…), and in the middle of the flow
        # (the page object finds the browser's error page instead of the Checkout).
        scenario_run(folder, CART, env={STOP_MOCK_ENV: "I have signed in"}),
        scenario_run(folder, FEWER, env={STOP_MOCK_ENV: "I review the"}),
    ]
    for run in runs:
        assert run.code == 1, run.output
    passing = scenario_run(folder, PASSING)
    assert passing.code == 0, passing.output
    return folder


def test_each_failure_is_in_the_category_of_its_cause(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    build_report(results, out, tmp_path / "history.jsonl")
    assert categorized(out) == {
        CATEGORIES["product"]: [UPGRADE],
        CATEGORIES["harness"]: [DOWNGRADE],
        CATEGORIES["infrastructure"]: sorted([CART, FEWER]),
    }


def test_the_history_keeps_every_run(results: Path, tmp_path: Path) -> None:
    history = tmp_path / "history.jsonl"
    for number in (1, 2):
        build_report(results, tmp_path / f"report-{number}", history)
        runs = [json.loads(line) for line in history.read_text(encoding="utf-8").splitlines()]
        assert len(runs) == number
    # The second report knows the first run of each test: its trend has two points.
    assert json.dumps(runs[0]["testResults"], sort_keys=True).count('"status"') == 5
    shutil.rmtree(tmp_path / "report-1")
