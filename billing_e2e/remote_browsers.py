"""Browsers that run elsewhere: a Playwright browser server (`browser_type.connect`, as
`playwright run-server` offers) or a Chromium already running with a CDP endpoint
(`connect_over_cdp`, as Selenium Grid 4 and hosted browser services offer).

- A browser server launches the browser itself, with the launch options the client sends as JSON
  in the `x-playwright-launch-options` header, under Playwright's own (JavaScript) option names
  (`executablePath`, `args`, `headless`...). It honours `args` and `executablePath` only when it
  was started with `--unsafe`; without them the articles' host names are not mapped to the mock,
  so the harness checks the browser's own command line (over CDP) for the mapping.
- A CDP browser is already running: nothing of the launch (executable, flags, headless) can be
  set any more. The host mapping must be on its command line when it is started
  (`cdp_chromium_command` gives the whole command line); the harness checks it is there.

No pytest here: the pytest plugin (`fixtures.browser`, `fixtures.preflight`) uses it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserType
from playwright.sync_api import Error as PlaywrightError

from .chromium import QUIET_CHROMIUM_FLAGS, RESOLVER_FLAG, BrowserSetupError, host_resolver_rules

BROWSER_SERVER_ENV = "BILLING_E2E_BROWSER_SERVER"
# A Chromium tells its command line over the DevTools protocol only with this flag; the harness
# reads it there to check the host mapping (Playwright does not pass it to a headless shell, and
# the shell has no chrome://version page to read it from instead).
AUTOMATION_FLAG = "--enable-automation"
BROWSER_CDP_ENV = "BILLING_E2E_BROWSER_CDP"
LAUNCH_OPTIONS_HEADER = "x-playwright-launch-options"
CONNECT_TIMEOUT_MS = 30_000
# Python's launch() keyword -> the name a browser server reads from the header's JSON. `env` has
# no equivalent: the server starts the browser with its own environment.
SERVER_OPTION_NAMES = {
    "args": "args",
    "channel": "channel",
    "chromium_sandbox": "chromiumSandbox",
    "executable_path": "executablePath",
    "headless": "headless",
    "ignore_default_args": "ignoreDefaultArgs",
    "proxy": "proxy",
    "slow_mo": "slowMo",
    "timeout": "timeout",
}
RemoteKind = Literal["server", "cdp"]
OPTION_OF: dict[RemoteKind, str] = {"server": "--browser-server", "cdp": "--browser-cdp"}
SCHEMES: dict[RemoteKind, tuple[str, ...]] = {"server": ("ws", "wss"), "cdp": ("http", "https", "ws", "wss")}


@dataclass(frozen=True)
class RemoteBrowser:
    """Where the scenarios' browser runs when it is not launched here."""

    kind: RemoteKind
    endpoint: str

    @property
    def option(self) -> str:
        return OPTION_OF[self.kind]

    def describe(self) -> str:
        how = "Playwright browser server" if self.kind == "server" else "CDP endpoint"
        return f"{how} {self.endpoint}"


def remote_browser(server: str | None, cdp: str | None) -> RemoteBrowser | None:
    """The remote browser the options name, None to launch one here; BrowserSetupError for an
    endpoint that is not a URL of the right kind, ValueError for both at once."""
    if server and cdp:
        raise ValueError(
            f"--browser-server ({server}) and --browser-cdp ({cdp}) both name the browser: give one "
            f"(check ${BROWSER_SERVER_ENV} and ${BROWSER_CDP_ENV})"
        )
    kind: RemoteKind = "server" if server else "cdp"
    endpoint = server or cdp
    if not endpoint:
        return None
    parts = urlsplit(endpoint)
    schemes = SCHEMES[kind]
    if parts.scheme.lower() not in schemes or not parts.hostname:
        example = "ws://host:3000/" if kind == "server" else "http://host:9222 or ws://host:9222/devtools/browser/ID"
        raise BrowserSetupError(
            f"{OPTION_OF[kind]} {endpoint!r} is not a {'/'.join(schemes)} URL with a host (e.g. {example})"
        )
    return RemoteBrowser(kind, endpoint)


def server_launch_options(
    base: dict[str, Any], configured_executable: str | None, resolver_rules: str | None
) -> dict[str, Any]:
    """`launch()` keyword arguments for a browser server: `base` plus the quiet flags, the host
    mapping and `configured_executable` (a path on the server's machine, not checked here)."""
    launch = {key: value for key, value in base.items() if key != "env"}
    args = list(launch.get("args", []))
    args.extend(flag for flag in (*QUIET_CHROMIUM_FLAGS, AUTOMATION_FLAG) if flag not in args)
    if resolver_rules:
        args.append(f"{RESOLVER_FLAG}{resolver_rules}")
    launch["args"] = args
    if configured_executable and not launch.get("channel"):
        launch["executable_path"] = configured_executable
    return launch


def launch_options_header(launch: dict[str, Any]) -> dict[str, str]:
    """The header that carries `launch` (Python's keywords) to a browser server, in its names."""
    unknown = sorted(set(launch) - set(SERVER_OPTION_NAMES))
    if unknown:
        raise BrowserSetupError(f"a browser server cannot take the launch option(s) {', '.join(unknown)}")
    return {LAUNCH_OPTIONS_HEADER: json.dumps({SERVER_OPTION_NAMES[key]: value for key, value in launch.items()})}


def connect(
    remote: RemoteBrowser, browser_type: BrowserType, launch: dict[str, Any], *, timeout_ms: float = CONNECT_TIMEOUT_MS
) -> Browser:
    """Connect to `remote`; `launch` (Python's launch keywords) goes to a browser server, and only
    its `slow_mo` to a CDP browser (the rest is the running browser's own)."""
    slow_mo = launch.get("slow_mo")
    if remote.kind == "cdp":
        return browser_type.connect_over_cdp(remote.endpoint, timeout=timeout_ms, slow_mo=slow_mo)
    return browser_type.connect(remote.endpoint, timeout=timeout_ms, headers=launch_options_header(launch))


def command_line(browser: Browser) -> str:
    """The command line the browser process was started with: from the DevTools protocol's
    Browser.getBrowserCommandLine, which Chromium answers when it runs with --enable-automation
    (as Playwright and ChromeDriver start it), else from its chrome://version page (which the
    headless shell does not have)."""
    try:
        devtools = browser.new_browser_cdp_session()
        try:
            return " ".join(devtools.send("Browser.getBrowserCommandLine")["arguments"])
        finally:
            devtools.detach()
    except PlaywrightError:
        pass
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto("chrome://version")
        return page.locator("#command_line").inner_text()
    except PlaywrightError as error:
        raise BrowserSetupError(
            "cannot read the remote browser's command line (to check its host mapping): start it with"
            f" {AUTOMATION_FLAG}, as `cdp_chromium_command` does ({error.message.splitlines()[0]})"
        ) from error
    finally:
        context.close()


def resolver_map(line: str) -> dict[str, str]:
    """host -> address of the `MAP host address` rules of a command line's --host-resolver-rules."""
    found = re.search(rf"{re.escape(RESOLVER_FLAG)}(.*?)(?= --|$)", line)
    rules = found.group(1).strip().strip("'\"") if found else ""
    mapped = {}
    for rule in rules.split(","):
        words = rule.split()
        if len(words) == 3 and words[0].upper() == "MAP":
            mapped[words[1].lower()] = words[2]
    return mapped


def missing_mapping(remote: RemoteBrowser, browser: Browser, hosts: Iterable[str], address: str) -> str | None:
    """What is wrong when the remote browser does not send every one of `hosts` to `address`
    (by its --host-resolver-rules), None when it does."""
    mapped = resolver_map(command_line(browser))
    wrong = [host for host in hosts if mapped.get(host) != address]
    if not wrong:
        return None
    seen = ", ".join(f"{host} -> {mapped.get(host, 'not mapped')}" for host in wrong)
    if remote.kind == "server":
        fix = "start the server with --unsafe (`playwright run-server --unsafe`): only then does it take the flag"
    else:
        flag = f'{RESOLVER_FLAG}"{host_resolver_rules(hosts, address)}"'
        fix = f"start that browser with {flag} (docs/remote-browsers.md)"
    return (
        f"{remote.option} {remote.endpoint}: the browser does not send the articles' hosts to the mock at {address}"
        f" ({seen}): {fix}"
    )


def cdp_chromium_command(
    executable: str, user_data_dir: str, resolver_rules: str | None, *, as_root: bool, extra: Sequence[str] = ()
) -> list[str]:
    """A headless Chromium with a CDP endpoint on a free port (it prints `DevTools listening on
    ws://...` on stderr) and the flags the harness would have launched it with."""
    command = [
        executable,
        "--headless",
        "--remote-debugging-port=0",
        AUTOMATION_FLAG,
        f"--user-data-dir={user_data_dir}",
        *QUIET_CHROMIUM_FLAGS,
    ]
    if as_root:
        command.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    if resolver_rules:
        command.append(f"{RESOLVER_FLAG}{resolver_rules}")
    return [*command, *extra, "about:blank"]
