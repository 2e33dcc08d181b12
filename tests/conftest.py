"""What every test of the project shares: a test that starts pytest says so (`pytest_run`)."""

from __future__ import annotations

import pytest

from tests.harness import runs


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before the test's fixtures, which may run pytest once for a whole module.
    runs.declared_by = item.nodeid if item.get_closest_marker("pytest_run") else None
