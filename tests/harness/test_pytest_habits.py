"""pytest's and pytest-playwright's habits work on the scenarios as a QA engineer expects: -k and
-m select, --lf/--ff/--sw read the cache (kept in the git-ignored .pytest_cache, here a scratch
one), --headed and --slowmo reach the browser, and --base-url on the bundled mock is refused
with a message rather than ignored.

Selection is checked on `--co` (what would run); one real run under xdist shows the cache
written by the controller, and one headed run under Xvfb shows a scenario passing in a window.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from tests.harness.failing_step import STEP_ENV
from tests.harness.runs import FAIL_A_STEP, ONE_SCENARIO, ROOT, SCENARIOS, Run, run_pytest

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]

FAIL_ALWAYS = {STEP_ENV: "I choose the"}


def collect(*args: str) -> Run:
    run = run_pytest(SCENARIOS, "--co", "-q", *args)
    assert run.code == 0, run.output
    return run


@pytest.fixture(scope="module")
def every_scenario() -> list[str]:
    ids = collect().collected()
    assert len(ids) > 10
    return ids


def write_cache(cache_dir: Path, key: str, value: object) -> None:
    """An entry as pytest's cache provider writes it (`<cache_dir>/v/<key>`, JSON)."""
    path = cache_dir / "v" / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value), encoding="utf-8")


@pytest.mark.parametrize("expression", ["article_002 and de", "smoke", "failure_path or corporate"])
def test_m_selects_by_the_feature_tags_and_its_complement_selects_the_rest(
    expression: str, every_scenario: list[str]
) -> None:
    chosen = collect("-m", expression).collected()
    rest = collect("-m", f"not ({expression})").collected()
    assert chosen, expression
    assert rest, expression
    assert set(chosen).isdisjoint(rest)
    assert sorted(chosen + rest) == sorted(every_scenario)


def test_k_selects_by_name(every_scenario: list[str]) -> None:
    chosen = collect("-k", "downgrade").collected()
    assert chosen == [node for node in every_scenario if "downgrade" in node.split("::")[-1].lower()]
    assert chosen


def test_lf_runs_only_the_last_failures_from_the_cache(every_scenario: list[str], tmp_path: Path) -> None:
    failed = every_scenario[5]
    write_cache(tmp_path, "cache/lastfailed", {failed: True})
    run = collect("--lf", "-o", f"cache_dir={tmp_path}")
    assert run.collected() == [failed]


def test_ff_runs_the_last_failures_first_then_the_rest(every_scenario: list[str], tmp_path: Path) -> None:
    failed = every_scenario[7]
    write_cache(tmp_path, "cache/lastfailed", {failed: True})
    run = collect("--ff", "-o", f"cache_dir={tmp_path}")
    assert run.collected() == [failed] + [node for node in every_scenario if node != failed]


def test_sw_starts_at_the_test_that_failed_last(every_scenario: list[str], tmp_path: Path) -> None:
    failed = every_scenario[9]
    write_cache(
        tmp_path,
        "cache/stepwise",
        {
            "last_failed": failed,
            "last_test_count": len(every_scenario),
            "last_cache_date_str": datetime.now().isoformat(),  # noqa: DTZ005 - pytest's own (naive) format
        },
    )
    run = collect("--sw", "-o", f"cache_dir={tmp_path}")
    assert run.collected() == every_scenario[9:]


OUTPUTS = (".pytest_cache/v/cache/lastfailed", "test-results/a-test/trace.zip", "reports/junit.xml")


@pytest.mark.parametrize("output", OUTPUTS)
def test_the_cache_and_the_outputs_are_git_ignored(output: str) -> None:
    ignored = subprocess.run(["git", "check-ignore", "-q", output], cwd=ROOT, check=False)  # noqa: S603, S607
    assert ignored.returncode == 0, f"{output} is not git-ignored"


def test_the_cache_provider_is_on() -> None:
    run = run_pytest("--help")
    assert run.code == 0, run.output
    assert "--lf, --last-failed" in run.stdout


def test_under_xdist_the_controller_writes_the_last_failures_and_lf_reads_them(tmp_path: Path) -> None:
    failing = run_pytest(
        SCENARIOS, "-n", "2", "-k", ONE_SCENARIO, "-o", f"cache_dir={tmp_path}", *FAIL_A_STEP, env=FAIL_ALWAYS
    )
    assert failing.code == 1, failing.output
    assert "1 failed" in failing.output, failing.output
    # Every worker finished in time: no warning of a cleanup left to the interpreter's exit.
    assert "Warning" not in failing.output, failing.output
    lastfailed = json.loads((tmp_path / "v" / "cache" / "lastfailed").read_text(encoding="utf-8"))
    assert [ONE_SCENARIO in node for node in lastfailed] == [True], lastfailed
    assert collect("--lf", "-o", f"cache_dir={tmp_path}").collected() == list(lastfailed)


def test_headed_and_slowmo_reach_the_browser_and_the_scenario_passes(tmp_path: Path) -> None:
    xvfb = shutil.which("xvfb-run")
    assert xvfb is not None, "bash bin/install installs xvfb (xvfb-run) for headed runs"
    options = ("-k", ONE_SCENARIO, "--headed", "--slowmo", "5", "-o", f"cache_dir={tmp_path}")
    run = run_pytest(SCENARIOS, *options, under=(xvfb, "-a"))
    assert run.code == 0, run.output
    assert "(headed, slowmo 5 ms)" in run.output, run.output
    assert "1 passed" in run.output, run.output


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--base-url", "http://billing.example.test"),
        # Without the refusal the mock's own mailbox would be read and this one silently never.
        ("--mailbox", "maildev+http://127.0.0.1:1080"),
    ],
)
def test_a_live_option_on_the_bundled_mock_is_refused_with_what_to_do(option: str, value: str) -> None:
    run = run_pytest(SCENARIOS, option, value, "-q")
    assert run.code == 4, run.output
    assert f"{option} {value} goes with --target live" in run.output
    assert "passed" not in run.output
    assert "failed" not in run.output
