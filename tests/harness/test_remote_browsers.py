"""Remote browsers, shown working against servers started on this machine: a Playwright browser
server (`python -m playwright run-server`) and a headless Chromium with a CDP endpoint. A small
slice of the scenarios runs through each (one without mail, one that reads its welcome email),
with the bundled mock on 127.0.0.2 (`--mock-address`), an address only the host mapping given
to the remote browser leads to. Each run must show that the remote browser was the one used;
the error paths must be setup or usage errors, never failed scenarios.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from queue import Empty, Queue
from typing import IO

import pytest
from playwright.sync_api import Playwright

from billing_e2e.chromium import QUIET_CHROMIUM_FLAGS, BrowserSetupError, host_resolver_rules, system_chromium
from billing_e2e.domain import MOCK_HOSTS
from billing_e2e.remote_browsers import (
    AUTOMATION_FLAG,
    cdp_chromium_command,
    launch_options_header,
    resolver_map,
    server_launch_options,
)
from tests.harness.runs import ONE_SCENARIO, SCENARIOS, Run, run_pytest
from tests.harness.test_setup_errors import SETUP_ERROR, assert_setup_error, refused_port

pytestmark = [pytest.mark.harness, pytest.mark.browser, pytest.mark.pytest_run]

START_TIMEOUT_SECONDS = 60.0
# Beyond 127.0.0.1: a browser that did not get the host mapping cannot reach the mock there.
MOCK_ADDRESS = "127.0.0.2"
MAIL_SCENARIO = "test_request_a_free_trial"
SLICE = ("-k", f"{ONE_SCENARIO} or {MAIL_SCENARIO}", "-m", "en", "-n", "0", "--mock-address", MOCK_ADDRESS)
SERVER_LAUNCH = 'engaged launch mode for "chromium"'


@dataclass
class Announced:
    """A process started in a session of its own, and the line it announced itself with."""

    process: subprocess.Popen[str]
    line: str
    pump: threading.Thread

    def stop(self) -> None:
        # The whole session: `python -m playwright` runs Node as its child.
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)
        self.pump.join(timeout=30)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def _pump(stream: IO[str], lines: Queue[str | None]) -> None:
    for line in stream:  # read to the end, so the process never blocks on a full pipe
        lines.put(line)
    lines.put(None)


def start_announcing(
    command: list[str], pattern: str, *, on_stderr: bool, env: dict[str, str], other: IO[str] | int = subprocess.DEVNULL
) -> Announced:
    """Start `command` and wait (with a deadline on the read itself, no polling) for the first line
    of its stderr (`on_stderr`) or stdout that contains `pattern`; its other stream goes to `other`."""
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and the system's Chromium
        command,
        stdout=other if on_stderr else subprocess.PIPE,
        stderr=subprocess.PIPE if on_stderr else other,
        text=True,
        env=env,
        start_new_session=True,
    )
    stream = process.stderr if on_stderr else process.stdout
    assert stream is not None
    lines: Queue[str | None] = Queue()
    pump = threading.Thread(target=_pump, args=(stream, lines), daemon=True)
    pump.start()
    announced = Announced(process, "", pump)
    seen: list[str] = []
    while True:
        try:
            line = lines.get(timeout=START_TIMEOUT_SECONDS)
        except Empty:
            announced.stop()
            pytest.fail(f"{command[:3]} did not print {pattern!r} within {START_TIMEOUT_SECONDS:.0f} s: {seen[-10:]}")
        if line is None:
            announced.stop()
            pytest.fail(f"{command[:3]} exited before printing {pattern!r}: {seen[-10:]}")
        seen.append(line)
        if pattern in line:
            announced.line = line.strip()
            return announced


def scratch_home(folder: Path) -> dict[str, str]:
    """This environment, with Chromium's profile and caches kept out of the user's home."""
    return {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"), "XDG_CACHE_HOME": str(folder / "cache")}


def endpoint_in(line: str, scheme: str) -> str:
    match = re.search(rf"{scheme}://\S+", line)
    assert match is not None, line
    return match.group(0)


@dataclass(frozen=True)
class BrowserServer:
    endpoint: str
    log: Path

    def launches(self) -> int:
        """How many clients had the server launch a Chromium, by its own debug log."""
        return self.log.read_text(encoding="utf-8").count(SERVER_LAUNCH)


@contextmanager
def browser_server(folder: Path, *, unsafe: bool) -> Iterator[BrowserServer]:
    """`python -m playwright run-server` on a free port, logging its connections (pw:server)."""
    log = folder / "server.log"
    command = [sys.executable, "-m", "playwright", "run-server", "--port", "0", "--host", "127.0.0.1"]
    if unsafe:
        command.append("--unsafe")  # lets clients set the executable and the flags
    env = {**scratch_home(folder), "DEBUG": "pw:server"}
    with log.open("w", encoding="utf-8") as log_file:
        announced = start_announcing(command, "Listening on ", on_stderr=False, env=env, other=log_file)
        try:
            yield BrowserServer(endpoint_in(announced.line, "ws"), log)
        finally:
            announced.stop()


@dataclass(frozen=True)
class CdpBrowser:
    endpoint: str
    announced: Announced
    net_log: Path


@pytest.fixture(scope="module")
def chromium_executable(playwright: Playwright) -> str:
    """Playwright's Chromium where it is installed, else the system's (as the harness chooses).
    pytest-playwright's session Playwright: a second one in the same process would clash with it."""
    return system_chromium(playwright, None) or playwright.chromium.executable_path


@pytest.fixture(scope="module")
def unsafe_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserServer]:
    with browser_server(tmp_path_factory.mktemp("server"), unsafe=True) as server:
        yield server


@pytest.fixture
def cdp_browser(chromium_executable: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CdpBrowser]:
    """A headless Chromium with a CDP endpoint, started as docs/remote-browsers.md says: the
    host mapping to the mock's address on its command line; its net log records where it went."""
    folder = tmp_path_factory.mktemp("cdp")
    net_log = folder / "net-log.json"
    command = cdp_chromium_command(
        chromium_executable,
        str(folder / "profile"),
        host_resolver_rules(MOCK_HOSTS, MOCK_ADDRESS),
        as_root=hasattr(os, "geteuid") and os.geteuid() == 0,
        extra=(f"--log-net-log={net_log}",),
    )
    announced = start_announcing(command, "DevTools listening on ", on_stderr=True, env=scratch_home(folder))
    try:
        yield CdpBrowser(endpoint_in(announced.line, "ws"), announced, net_log)
    finally:
        announced.stop()


def assert_slice_passed(run: Run) -> None:
    assert run.code == 0, run.output
    assert re.search(r"\b2 passed\b", run.output), run.output
    assert not re.search(r"\b(failed|errors?|skipped)\b", run.output), run.output


def test_scenarios_run_in_the_chromium_of_a_browser_server(
    unsafe_server: BrowserServer, chromium_executable: str
) -> None:
    before = unsafe_server.launches()
    # --chromium-executable names the server's Chromium (on this machine too, here).
    run = run_pytest(
        SCENARIOS, *SLICE, "--browser-server", unsafe_server.endpoint, "--chromium-executable", chromium_executable
    )
    assert_slice_passed(run)
    assert f"through the Playwright browser server {unsafe_server.endpoint} (headless" in run.output, run.output
    # The server launched the browsers: one for preflight's check, one for the scenarios' session.
    assert unsafe_server.launches() - before == 2, unsafe_server.log.read_text(encoding="utf-8")


def test_scenarios_run_in_a_chromium_reached_over_cdp(cdp_browser: CdpBrowser) -> None:
    run = run_pytest(SCENARIOS, *SLICE, "--browser-cdp", cdp_browser.endpoint)
    assert_slice_passed(run)
    assert f"through the CDP endpoint {cdp_browser.endpoint} (as that browser was started" in run.output, run.output
    # Closing the session's browser only disconnected: the browser is still up for others.
    assert cdp_browser.announced.process.poll() is None
    cdp_browser.announced.stop()
    # Its own net log: it opened the articles' hosts on the mock's port (the run's page visits).
    visited = cdp_browser.net_log.read_text(encoding="utf-8")
    assert re.search(r"http://billing\.goto\.com:\d+/", visited), visited[-2000:]


def test_an_unreachable_browser_server_is_a_setup_error() -> None:
    port = refused_port()
    assert_setup_error(
        ("--browser-server", f"ws://127.0.0.1:{port}/"), f"--browser-server ws://127.0.0.1:{port}/: cannot connect:"
    )


def test_an_unreachable_cdp_endpoint_is_a_setup_error() -> None:
    port = refused_port()
    assert_setup_error(
        ("--browser-cdp", f"http://127.0.0.1:{port}"), f"--browser-cdp http://127.0.0.1:{port}: cannot connect:"
    )


def test_an_endpoint_that_is_not_a_url_of_its_kind_is_a_setup_error() -> None:
    assert_setup_error(
        ("--browser-server", "http://127.0.0.1:3000/"),
        "--browser-server 'http://127.0.0.1:3000/' is not a ws/wss URL with a host (e.g. ws://host:3000/)",
    )


def test_a_browser_server_that_refuses_the_executable_is_a_setup_error(
    tmp_path: Path, chromium_executable: str
) -> None:
    # Without --unsafe the server drops `executablePath` and `args` and looks for a Playwright
    # build of its own, which this machine lacks.
    with browser_server(tmp_path, unsafe=False) as server:
        output = assert_setup_error(
            ("--browser-server", server.endpoint, "--chromium-executable", chromium_executable),
            f"--browser-server {server.endpoint}: cannot connect: BrowserType.connect: Executable doesn't exist at",
        )
        assert "start it with `playwright run-server --unsafe`" in output


def test_a_cdp_browser_mapping_elsewhere_is_a_setup_error(cdp_browser: CdpBrowser) -> None:
    output = assert_setup_error(
        ("--browser-cdp", cdp_browser.endpoint),
        f"--browser-cdp {cdp_browser.endpoint}: the browser does not send the articles' hosts to the mock at"
        f" 127.0.0.1 (billing.goto.com -> {MOCK_ADDRESS},",
    )
    assert f'start that browser with --host-resolver-rules="{host_resolver_rules(MOCK_HOSTS, "127.0.0.1")}"' in output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("--browser-server", "ws://127.0.0.1:1/", "--browser-cdp", "http://127.0.0.1:2"),
            "--browser-server (ws://127.0.0.1:1/) and --browser-cdp (http://127.0.0.1:2) both name the browser",
        ),
        (
            ("--browser-cdp", "http://127.0.0.1:2", "--chromium-executable", "/usr/bin/chromium"),
            "--browser-cdp connects to a Chromium that is already running, so --chromium-executable"
            " / $BILLING_E2E_CHROMIUM (/usr/bin/chromium) cannot apply",
        ),
        (("--browser-server", "ws://127.0.0.1:1/", "--browser", "firefox"), "--browser-server runs Chromium only"),
        (("--mock-address", "0.0.0.0"), "0.0.0.0 is the wildcard"),  # noqa: S104 - refused, not bound
    ],
)
def test_options_that_cannot_go_together_are_usage_errors(args: tuple[str, ...], expected: str) -> None:
    run = run_pytest(SCENARIOS, "-q", "-n", "0", *args)
    assert run.code == 4, run.output
    assert expected in run.output, run.output
    assert SETUP_ERROR not in run.output, run.output
    assert "passed" not in run.output, run.output


def test_the_launch_options_reach_a_server_under_its_own_names() -> None:
    launch = server_launch_options(
        {"headless": False, "slow_mo": 250, "env": {"HOME": "/x"}}, "/opt/chromium", "MAP a 1.2.3.4"
    )
    header = json.loads(launch_options_header(launch)["x-playwright-launch-options"])
    assert header == {
        "headless": False,
        "slowMo": 250,
        "executablePath": "/opt/chromium",
        "args": [*QUIET_CHROMIUM_FLAGS, AUTOMATION_FLAG, "--host-resolver-rules=MAP a 1.2.3.4"],
    }


def test_a_launch_option_a_server_cannot_take_is_named() -> None:
    with pytest.raises(BrowserSetupError, match=r"^a browser server cannot take the launch option\(s\) devtools$"):
        launch_options_header({"headless": True, "devtools": True})


def test_the_host_mapping_is_read_from_a_command_line() -> None:
    rules = host_resolver_rules(MOCK_HOSTS, "10.0.0.5")
    line = f"/usr/lib/chromium/chromium --no-first-run --host-resolver-rules={rules} --noerrdialogs"
    assert resolver_map(line) == dict.fromkeys(MOCK_HOSTS, "10.0.0.5")
    assert resolver_map("/usr/bin/chromium --no-first-run") == {}
