"""pytest plugin for the map run of `bin/mutation --mock-tests` (`-p tools.mutation_mock_tests`):
the mock's own HTTP tests (`tests/mock_server/`) call the mock in their own process (Flask's test
client), so coverage runs here, not in a mock process as for the scenarios: started when this
plugin is imported (before the conftest files import the mock), each test's lines in the context
of its node id. Lines run before the first test (the mock's imports: module level, decorators)
keep the empty context, which the campaign reads as reached by every test. Acts only when
`$BILLING_MUTATION_MOCK_TESTS_MAP_DIR` names the folder for coverage's data."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _started() -> Any:
    folder = os.environ.get("BILLING_MUTATION_MOCK_TESTS_MAP_DIR")
    if not folder:
        return None
    import coverage  # only the map run pays for it

    measured = coverage.Coverage(
        data_file=str(Path(folder) / ".coverage"),
        data_suffix=True,
        config_file=False,
        include=[str(ROOT / "mock_server" / "*")],
    )
    measured.start()
    return measured


_MEASURED = _started()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before the test's fixtures: what they make the mock do is the test's too.
    if _MEASURED is not None:
        _MEASURED.switch_context(item.nodeid)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _MEASURED is not None:
        _MEASURED.stop()
        _MEASURED.save()
