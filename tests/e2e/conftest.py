"""Only for the scenarios: every one of them asks for `browser_name`, so pytest-playwright's
`--browser` option parametrizes them (pytest-bdd scenarios request fixtures only at run time),
and a failed one carries its Playwright trace and video into the Allure report."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.loader import quick


@pytest.fixture(autouse=True)
def _scenario_browser(browser_name: str | None, playwright_artifacts_to_allure: None) -> str | None:
    return browser_name


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """`--quick` loads no pytest-bdd: the scenarios are not even collected."""
    return True if quick(config) else None
