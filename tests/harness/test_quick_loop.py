"""The quick loop (`--quick`, fixtures/loader.py): what it runs, what it leaves out, and that a test
cannot slip a pytest subprocess into it unmarked."""

from __future__ import annotations

import pytest

from tests.harness import runs
from tests.harness.runs import run_pytest

pytestmark = pytest.mark.harness

SOME_OF_EACH = (
    "tests/e2e",  # the scenarios: not even collected
    "tests/harness/test_pages.py",  # unit tests, and some that ask for a page: marked browser
    "tests/harness/test_setup_errors.py",  # pytest in a subprocess: marked pytest_run
    "tests/mock_server/test_pricing.py",  # quick
)


@pytest.mark.pytest_run
def test_quick_collects_only_what_needs_no_browser_and_no_pytest_run() -> None:
    quick = run_pytest("--quick", "--co", "-q", "-p", "no:cacheprovider", *SOME_OF_EACH)
    assert quick.code == 0, quick.output
    everything = run_pytest("--co", "-q", "-p", "no:cacheprovider", *SOME_OF_EACH)
    assert everything.code == 0, everything.output

    def files(tests: list[str]) -> set[str]:
        return {test.split("::")[0] for test in tests}

    assert files(quick.collected()) == {"tests/harness/test_pages.py", "tests/mock_server/test_pricing.py"}
    assert files(everything.collected()) == {*files(quick.collected()), "tests/e2e/test_articles.py",
                                             "tests/harness/test_setup_errors.py"}  # fmt: skip
    left_out = set(everything.collected()) - set(quick.collected())
    # test_pages.py's unit tests stay; those that ask for a page are left out.
    assert any(test.startswith("tests/harness/test_pages.py") for test in left_out)
    # The same selection with every plugin loaded, by the markers the quick loop goes by.
    marked = run_pytest("--co", "-q", "-p", "no:cacheprovider", "-m", "not browser and not pytest_run", *SOME_OF_EACH)
    assert marked.collected() == quick.collected()


def test_a_pytest_run_without_its_marker_is_refused() -> None:
    # This test is not marked pytest_run: starting pytest from it must fail before anything starts.
    with pytest.raises(runs.UndeclaredRunError, match="mark it `pytest_run`"):
        run_pytest("--version")
