"""Sharding, shown on real runs: four scenarios split in two shards by pytest-split (one under
xdist, one in a single process), each writing its JUnit, Allure results and record; the shards are
disjoint and together the whole selection; bin/merge-shards makes one JUnit file, one Allure
folder and one traceability matrix of exactly their union, and refuses shards that are missing,
empty, overlapping or leave tests out.

The expected shards come from tools.shards' plan (pytest-split's algorithm on the stored
durations) and the selection from a `--co` run of the same arguments.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from junitparser import JUnitXml
from ruamel.yaml import YAML

from tests.harness.runs import ROOT, SCENARIOS, run_pytest
from tools.shards import (
    ALLURE_FOLDER,
    DURATIONS_FILE,
    ENVIRONMENT_FILE,
    JUNIT_FILE,
    TRACEABILITY_FOLDER,
    ShardError,
    ShardRecord,
    balance_ratio,
    load_durations,
    merge_shards,
    plan_shards,
    read_properties,
    read_record,
    record_path,
    shard_balance,
)
from traceability.matrix import build_matrix, render_markdown

pytestmark = pytest.mark.harness

# Four short scenarios in three languages (no purchase, no mail).
SLICE = tuple(
    f"{SCENARIOS}/test_articles.py::{name}[chromium]"
    for name in (
        "test_someone_who_is_not_a_billing_contact_sees_the_subscriptions_but_cannot_change_them",
        "test_un_account_aziendale_gestisce_la_fatturazione_nel_portale_di_fatturazione_corporate",
        "test_ein_firmenkonto_verwaltet_die_abrechnung_im_corporate_billing_portal",
        "test_a_downgrade_to_a_lower_plan_is_not_made_online_contact_support",
    )
)
SPLITS = 2
# Shard 1 under xdist (its record comes from the worker), shard 2 in one process.
WORKERS = {1: "1", 2: "0"}
# A fast test that is no scenario, for a selection smaller than the shards.
ONE_FAST_TEST = "tests/harness/test_traceability.py::test_parts_keep_their_kind_label_and_text"


@dataclass(frozen=True)
class Shards:
    selection: list[str]
    folders: list[Path]
    seeds: dict[int, str]


def _shard_args(folder: Path, group: int, splits: int = SPLITS) -> list[str]:
    return [
        "--splits",
        str(splits),
        "--group",
        str(group),
        f"--junitxml={folder / JUNIT_FILE}",
        f"--alluredir={folder / ALLURE_FOLDER}",
    ]


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Shards:
    base = tmp_path_factory.mktemp("shards")
    listed = run_pytest("--co", "-q", *SLICE, "-o", f"cache_dir={base / 'cache'}")
    assert listed.code == 0, listed.output
    folders, seeds = [], {}
    for group in range(1, SPLITS + 1):
        folder = base / f"shard-{group}"
        seeds[group] = str(4000 + group)
        run = run_pytest(
            *SLICE,
            "-n",
            WORKERS[group],
            "--faker-seed",
            seeds[group],
            *_shard_args(folder, group),
            "-o",
            f"cache_dir={base / 'cache'}",
        )
        assert run.code == 0, run.output
        folders.append(folder)
    return Shards(listed.collected(), folders, seeds)


def _records(shards: Shards) -> list[ShardRecord]:
    return [read_record(record_path(folder / JUNIT_FILE)) for folder in shards.folders]


def _junit_keys(path: Path) -> Counter[tuple[str, str]]:
    return Counter((str(case.classname), str(case.name)) for suite in JUnitXml.fromfile(str(path)) for case in suite)


def _history_ids(folder: Path) -> list[str]:
    return [json.loads(path.read_text(encoding="utf-8"))["historyId"] for path in folder.glob("*-result.json")]


def _copy(shards: Shards, into: Path) -> list[Path]:
    copies = [into / folder.name for folder in shards.folders]
    for folder, copy in zip(shards.folders, copies, strict=True):
        shutil.copytree(folder, copy)
    return copies


@pytest.mark.pytest_run
def test_the_shards_are_disjoint_and_together_the_whole_selection(shards: Shards) -> None:
    assert sorted(shards.selection) == sorted(SLICE)
    records = _records(shards)
    assert [record.group for record in records] == [1, 2]
    assert all(record.selection == tuple(shards.selection) for record in records)
    one, two = (set(record.tests) for record in records)
    assert one
    assert two
    assert not one & two
    assert one | two == set(shards.selection)
    # Every test of the slice is a scenario: each writes Allure results.
    assert [set(record.scenarios) for record in records] == [one, two]
    # pytest-split chose what tools.shards plans with its algorithm and the stored durations.
    plan = plan_shards(load_durations(ROOT / DURATIONS_FILE), shards.selection, SPLITS)
    assert [set(shard.tests) for shard in plan] == [one, two]
    assert [record.expected_seconds for record in records] == pytest.approx(
        [shard.seconds for shard in plan],
        abs=0.001,  # the record keeps milliseconds
    )
    assert shard_balance(ROOT / DURATIONS_FILE, shards.selection, SPLITS) == [shard.seconds for shard in plan]


@pytest.mark.pytest_run
def test_the_merge_holds_exactly_the_union(shards: Shards, tmp_path: Path) -> None:
    out = tmp_path / "merged"
    done = subprocess.run(  # noqa: S603 - our own script
        ["bash", "bin/merge-shards", "--out", str(out), *map(str, shards.folders)],  # noqa: S607 - bash from PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    records = _records(shards)

    merged = JUnitXml.fromfile(str(out / JUNIT_FILE))
    assert merged.tests == len(SLICE)
    assert (merged.failures, merged.errors, merged.skipped) == (0, 0, 0)
    assert [(suite.name, suite.tests) for suite in merged] == [
        (f"pytest (shard {record.group} of {SPLITS})", len(record.tests)) for record in records
    ]
    union = sum((_junit_keys(folder / JUNIT_FILE) for folder in shards.folders), Counter[tuple[str, str]]())
    assert _junit_keys(out / JUNIT_FILE) == union
    assert set(union.values()) == {1}

    allure = out / ALLURE_FOLDER
    shard_files = [sorted(path.name for path in (folder / ALLURE_FOLDER).iterdir()) for folder in shards.folders]
    names = sorted(path.name for path in allure.iterdir())
    assert names == sorted({name for files in shard_files for name in files})
    assert sum(len(files) for files in shard_files) == len(names) + len(shards.folders) - 1  # one environment
    history = _history_ids(allure)
    assert len(history) == len(set(history)) == len(SLICE)
    assert sorted(history) == sorted(h for folder in shards.folders for h in _history_ids(folder / ALLURE_FOLDER))
    assert not (allure / "history").exists()
    environment = read_properties(allure / ENVIRONMENT_FILE)
    assert environment["data.seed"] == f"{shards.seeds[1]} (shard 1); {shards.seeds[2]} (shard 2)"
    assert environment["target"] == "mock"

    check = ROOT / "reports" / "articles" / "article-check.json"
    matrix = build_matrix(
        ROOT / "articles",
        ROOT / "features",
        [out / JUNIT_FILE],
        root=ROOT,
        article_check=check if check.is_file() else None,
    )
    ran = {scenario.test_name: scenario.run.status for scenario in matrix.scenarios if scenario.run.total}
    assert ran == {test.split("::")[1].split("[")[0]: "passed" for test in SLICE}
    written = (out / TRACEABILITY_FOLDER / "traceability.md").read_text(encoding="utf-8")

    def undated(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("Generated ")]

    assert undated(written) == undated(render_markdown(matrix))


@pytest.mark.pytest_run
def test_a_missing_shard_file_is_refused_and_nothing_written(shards: Shards, tmp_path: Path) -> None:
    folders = _copy(shards, tmp_path)
    (folders[1] / JUNIT_FILE).unlink()
    with pytest.raises(ShardError, match=r"no JUnit results .*shard-2/junit\.xml"):
        merge_shards(folders, tmp_path / "merged")
    assert not (tmp_path / "merged").exists()


@pytest.mark.pytest_run
def test_a_missing_shard_is_refused_with_the_tests_it_ran(shards: Shards, tmp_path: Path) -> None:
    [record] = [read_record(record_path(shards.folders[1] / JUNIT_FILE))]
    with pytest.raises(ShardError) as error:
        merge_shards(shards.folders[:1], tmp_path / "merged")
    message = str(error.value)
    assert f"shard 2 of {SPLITS} is missing" in message
    assert f"{len(record.tests)} tests of the selection ran in no shard" in message
    assert all(test in message for test in record.tests)


@pytest.mark.pytest_run
def test_overlapping_shards_are_refused(shards: Shards, tmp_path: Path) -> None:
    folders = _copy(shards, tmp_path)
    # Shard 2 as if it had been split with other durations: it ran one of shard 1's tests too.
    records = [read_record(record_path(folder / JUNIT_FILE)) for folder in folders]
    stolen = records[0].tests[0]
    path = record_path(folders[1] / JUNIT_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["tests"].append(stolen)
    path.write_text(json.dumps(data), encoding="utf-8")
    # and the same Allure result sits in both folders
    result = next((folders[0] / ALLURE_FOLDER).glob("*-result.json"))
    shutil.copy(result, folders[1] / ALLURE_FOLDER / result.name)
    with pytest.raises(ShardError) as error:
        merge_shards(folders, tmp_path / "merged")
    message = str(error.value)
    assert f"1 tests ran in more than one shard (shards 1, 2: 1):\n    {stolen}" in message
    assert f"its JUnit file holds {len(records[1].tests)} tests, the shard ran {len(records[1].tests) + 1}" in message
    assert f"Allure file {result.name} is also in shard 1 of {SPLITS}" in message
    assert not (tmp_path / "merged").exists()


@pytest.mark.pytest_run
def test_the_merge_does_not_overwrite_a_folder_that_holds_something(shards: Shards, tmp_path: Path) -> None:
    out = tmp_path / "merged"
    out.mkdir()
    (out / "earlier.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(ShardError, match="is not empty"):
        merge_shards(shards.folders, out)
    assert [path.name for path in out.iterdir()] == ["earlier.txt"]
    merge_shards(shards.folders, out, replace=True)
    assert sorted(path.name for path in out.iterdir()) == [ALLURE_FOLDER, JUNIT_FILE]


@pytest.mark.pytest_run
def test_a_shard_that_gets_no_tests_fails_and_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "shard-2"
    run = run_pytest(ONE_FAST_TEST, "-n", "0", *_shard_args(folder, 2), "-o", f"cache_dir={tmp_path}")
    assert run.code == pytest.ExitCode.NO_TESTS_COLLECTED, run.output  # bin/test turns 5 into 1
    assert f"shard 2 of {SPLITS} has no tests: pytest-split gave it none of the 1 tests of the selection" in run.output
    record = read_record(record_path(folder / JUNIT_FILE))
    assert (record.selection, record.tests) == ((ONE_FAST_TEST,), ())
    with pytest.raises(ShardError, match=f"shard 2 of {SPLITS} ran no tests"):
        merge_shards([folder], tmp_path / "merged")


WORKFLOW = ROOT / ".github" / "workflows" / "e2e.yml"


def test_the_ci_workflow_runs_a_shard_matrix_and_merges_it() -> None:
    checked = subprocess.run(  # noqa: S603 - the venv's own tool
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    jobs = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    groups = jobs["test"]["strategy"]["matrix"]["group"]
    assert groups == list(range(1, len(groups) + 1))
    [command] = [step["run"] for step in jobs["test"]["steps"] if "bin/test" in step.get("run", "")]
    group = "${{ matrix.group }}"
    folder = f"reports/shards/{group}"
    # CI's selection (.ci/selection: every scenario in some languages, a sample in the others) is
    # passed on as a marker expression.
    assert " ".join(command.replace("\\\n", " ").split()) == (
        "selection=$(bash .ci/selection) "
        f'bash bin/test --splits {len(groups)} --group {group} ${{selection:+-m "$selection"}} '
        f"--junitxml={folder}/{JUNIT_FILE} --alluredir={folder}/{ALLURE_FOLDER}"
    )
    uploads = [step["with"] for step in jobs["test"]["steps"] if step.get("uses", "").startswith("actions/upload")]
    assert {"name": f"shard-{group}", "path": f"{folder}/", "if-no-files-found": "error"} in uploads
    merge = jobs["merge"]
    assert merge["needs"] == "test"
    runs = [step["run"] for step in merge["steps"] if "run" in step]
    [download] = [step["with"] for step in merge["steps"] if step.get("uses", "").startswith("actions/download")]
    assert download == {"pattern": "shard-*", "path": "reports/shards"}
    assert "bash bin/merge-shards --out reports/merged reports/shards/shard-*" in runs
    assert f"bash bin/report reports/merged/{ALLURE_FOLDER}" in runs


def test_stored_durations_that_cannot_be_read_are_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ShardError, match=r"no stored durations at .*none\.json: record them with bin/store-durations"):
        load_durations(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"tests/a.py::test_x": "slow"}', encoding="utf-8")
    with pytest.raises(ShardError, match=r"bad\.json is not pytest-split's durations file \(an object of node id"):
        load_durations(bad)


def test_a_test_without_a_stored_duration_counts_at_the_mean() -> None:
    durations = {"a.py::t1": 3.0, "a.py::t2": 1.0}
    plan = plan_shards(durations, ["a.py::t1", "a.py::t2", "a.py::t3"], 2)
    # t3 at the mean, 2 s: the longest first into the emptiest shard, t1 | t3, then t2 beside t3.
    assert [(shard.group, shard.tests, shard.seconds) for shard in plan] == [
        (1, ("a.py::t1",), 3.0),
        (2, ("a.py::t2", "a.py::t3"), 3.0),
    ]
    assert balance_ratio([shard.seconds for shard in plan]) == 1.0
    assert balance_ratio([3.0, 1.0]) == 1.5
