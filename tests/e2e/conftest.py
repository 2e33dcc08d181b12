"""Only for the scenarios: every one of them asks for `browser_name`, so pytest-playwright's
`--browser` option parametrizes them (pytest-bdd scenarios request fixtures only at run time),
and a failed one carries its Playwright trace and video into the Allure report."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _scenario_browser(browser_name: str | None, playwright_artifacts_to_allure: None) -> str | None:
    return browser_name
