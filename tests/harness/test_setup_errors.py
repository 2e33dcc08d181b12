"""A setup error stops the run before any scenario: one message that says what is wrong and what
to do, pytest's usage-error exit code (4), and no scenario reported failed (CI must not read a
missing browser as a product regression)."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from billing_e2e.live_accounts import EXAMPLE_CONFIG
from tests.harness.runs import SCENARIOS, run_pytest

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]

SETUP_ERROR = "billing-e2e: setup error, no scenario was run:"


def refused_port() -> int:
    """A local port nothing listens on (bound, then freed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def assert_setup_error(args: tuple[str, ...], expected: str, env: dict[str, str] | None = None) -> str:
    run = run_pytest(SCENARIOS, "-q", "-n", "2", *args, env=env)
    assert run.code == 4, run.output
    assert expected in run.output, run.output
    assert not re.search(r"\d+ (passed|failed|errors?)\b|FAILED|Traceback", run.output), run.output
    # One message, not a traceback per scenario.
    assert len(run.output.splitlines()) <= 8, run.output
    return run.output


def test_a_browser_this_machine_lacks_names_the_ones_it_has(tmp_path: Path) -> None:
    # No Playwright builds at all (an empty browsers folder): Firefox is missing for certain.
    output = assert_setup_error(
        ("--browser", "firefox"),
        "--browser firefox cannot be launched: BrowserType.launch: Executable doesn't exist",
        env={"PLAYWRIGHT_BROWSERS_PATH": str(tmp_path)},
    )
    assert SETUP_ERROR in output
    assert "browsers this machine has: chromium (the system's" in output
    assert "python -m playwright install firefox" in output


def test_a_browser_channel_that_is_not_installed(tmp_path: Path) -> None:
    edge = Path("/opt/microsoft/msedge-dev/msedge")
    assert not edge.exists(), f"this test needs a machine without {edge}"
    assert_setup_error(
        ("--browser-channel", "msedge-dev"),
        "--browser chromium --browser-channel msedge-dev cannot be launched: BrowserType.launch: Chromium distribution"
        " 'msedge-dev' is not found",
    )


def test_a_chromium_executable_that_does_not_exist() -> None:
    assert_setup_error(
        ("--chromium-executable", "/no/such/chromium"),
        "--chromium-executable / $BILLING_E2E_CHROMIUM: no such file '/no/such/chromium'",
    )


def test_a_chromium_executable_that_is_not_a_browser(tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    expected = f"--chromium-executable {fake} cannot be launched"
    output = assert_setup_error(("--chromium-executable", str(fake)), expected)
    assert f"(the system's, {fake})" not in output


def test_headed_without_a_display() -> None:
    assert_setup_error(("--headed",), "--headed needs a display", env={"DISPLAY": "", "WAYLAND_DISPLAY": ""})


def test_a_live_base_url_nothing_answers_on() -> None:
    url = f"http://127.0.0.1:{refused_port()}"
    assert_setup_error(
        ("--target", "live", "--base-url", url, "--live-accounts", str(EXAMPLE_CONFIG)),
        f"--base-url {url} does not answer: [Errno 111] Connection refused",
    )


def test_a_missing_live_accounts_file(tmp_path: Path) -> None:
    missing = tmp_path / "accounts.toml"
    assert_setup_error(
        ("--target", "live", "--base-url", "http://127.0.0.1:1", "--live-accounts", str(missing)),
        f"live accounts file {missing} does not exist",
    )


def test_an_invalid_live_accounts_file(tmp_path: Path) -> None:
    broken = tmp_path / "accounts.toml"
    broken.write_text("[accounts\n", encoding="utf-8")
    assert_setup_error(
        ("--target", "live", "--base-url", "http://127.0.0.1:1", "--live-accounts", str(broken)),
        f"live accounts file {broken} is not valid TOML",
    )


def test_a_mailbox_url_of_an_unknown_kind() -> None:
    assert_setup_error(
        ("--target", "live", "--base-url", "http://127.0.0.1:1", "--mailbox", "pop3://mail.example.test"),
        "unknown mailbox URL scheme 'pop3'",
    )


def test_a_mailbox_nothing_answers_on() -> None:
    # Found before any scenario runs, not as an email that "never arrived" after the order.
    port = refused_port()
    nowhere = f"http://127.0.0.1:{refused_port()}"
    output = assert_setup_error(
        ("--target", "live", "--base-url", nowhere, "--mailbox", f"maildev+http://127.0.0.1:{port}"),
        f"--mailbox maildev+http://127.0.0.1:{port} does not answer: cannot reach the MailDev",
    )
    assert "Connection refused" in output


def test_the_browser_is_not_checked_where_no_scenario_runs() -> None:
    # The mock's and the harness's own tests need no browser: a bad browser option does not stop them.
    run = run_pytest("tests/test_docs.py", "-q", "-k", "no_test_has_this_name", "--chromium-executable", "/no/such")
    assert run.code == 5, run.output
