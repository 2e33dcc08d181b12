"""The mock billing center for the harness's own tests: started by `billing_e2e.mock_process`, as the
harness starts it for scenarios, never by hand.

Each server is module-scoped: a module (per xdist worker) gets a process of its own on a free
port with its own SQLite file, so one module's data (or a control API reset) never reaches
another's. Three kinds:

- `mock`: test mode (control API, fast password hashing), no data; `api` is its control API.
- `demo_mock`: the demo accounts (`--seed demo`), in test mode so the tests can read them back.
- `demo_billing_center`: the demo accounts without the control API, like a billing UI the harness
  does not control (the `live` target).
- `address`: an email address of the test alone, for the mailbox readers' tests (their mail
  servers are shared by a module's tests).

And for the tests that drive page objects against `mock`: `chromium`, the harness's own Chromium
launch, once per module, and `open_page(locale)`, a new browser context per call (base URL the
mock, the language's browser locale), closed after the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Playwright

from billing_e2e.chromium import chromium_launch_options
from billing_e2e.control_api import ControlApi
from billing_e2e.domain import BROWSER_LOCALES, Language
from billing_e2e.mock_process import MockServer, MockServerProcess
from tests.harness.open_page import OpenPage

DEMO_SEED = ("--seed", "demo")


def _serve(process: MockServerProcess) -> Iterator[MockServer]:
    try:
        yield process.start()
    finally:
        process.stop()


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    yield from _serve(MockServerProcess(tmp_path_factory.mktemp("mock")))


@pytest.fixture
def api(mock: MockServer) -> ControlApi:
    return ControlApi(mock.url, mock.control_token)


@pytest.fixture(scope="module")
def demo_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    yield from _serve(MockServerProcess(tmp_path_factory.mktemp("demo"), extra_args=DEMO_SEED))


@pytest.fixture(scope="module")
def demo_billing_center(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    yield from _serve(MockServerProcess(tmp_path_factory.mktemp("live-mock"), test_mode=False, extra_args=DEMO_SEED))


@pytest.fixture
def address(request: pytest.FixtureRequest) -> str:
    """An address of this test alone (a module's mail server is shared by its tests)."""
    name = re.sub(r"[^a-z0-9]+", ".", request.node.name.lower()).strip(".")
    return f"{name[:50]}@example.test"


@pytest.fixture(scope="module")
def chromium(playwright: Playwright, mock: MockServer) -> Iterator[Browser]:
    """The harness's own Chromium launch (Playwright's build, or the system Chromium)."""
    browser = playwright.chromium.launch(**chromium_launch_options(playwright, None, None))
    yield browser
    browser.close()


@pytest.fixture
def open_page(chromium: Browser, mock: MockServer) -> Iterator[OpenPage]:
    """A new browser context per call (base_url: the mock; locale: the language's), closed after the test."""
    contexts = []

    def open_page(locale: Language) -> Page:
        context = chromium.new_context(base_url=mock.url, locale=BROWSER_LOCALES[locale])
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
