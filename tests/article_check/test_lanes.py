"""The article check's lanes (`article_check.walks.Lanes`): threads that each own a Playwright and a
browser and run walks from one queue; here with real Chromium, and with a browser that cannot
start (a setup error every waiting walk is told, never a hang)."""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import Browser, Playwright

from article_check.timings import Timings
from article_check.walks import BrowserStartError, Lanes
from billing_e2e.chromium import chromium_launch_options

pytestmark = pytest.mark.browser


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(**chromium_launch_options(playwright, None, None, {"headless": True}))


def test_two_lanes_each_run_tasks_on_a_browser_of_their_own_in_their_own_thread() -> None:
    timings = Timings()
    both_running = threading.Barrier(2, timeout=60)

    def task(browser: Browser) -> tuple[str, int]:
        both_running.wait()  # only two lanes side by side get past this
        return threading.current_thread().name, id(browser)

    with Lanes(2, launch, timings) as lanes:
        done = [future.result(timeout=120) for future in [lanes.submit(task), lanes.submit(task)]]
    assert sorted(name for name, _ in done) == ["walk-lane-1", "walk-lane-2"]
    assert len({browser for _, browser in done}) == 2
    starts = [span for span in timings.spans if span.name == "browser_start"]
    assert sorted(span.label for span in starts) == ["walk-lane-1", "walk-lane-2"]


def test_a_browser_that_does_not_start_fails_every_walk_waiting_with_the_reason() -> None:
    def broken(playwright: Playwright) -> Browser:
        raise RuntimeError("no Chromium here")

    with Lanes(1, broken) as lanes:
        futures = [lanes.submit(lambda browser: browser.version) for _ in range(3)]
        for future in futures:
            with pytest.raises(BrowserStartError, match="the browser did not start: no Chromium here"):
                future.result(timeout=60)


def test_at_least_one_lane() -> None:
    with pytest.raises(ValueError, match="at least one lane, not 0"):
        Lanes(0, launch)
