"""Which Chromium to launch and with which options, for the scenarios and the article check alike.

Where Playwright's own browser build is not installed (its download cannot reach its host
everywhere), the system's Chromium is launched through `executable_path`, with flags that keep it
quiet on a machine without internet and a scratch home of its own: headless, Debian's
`chromium-headless-shell` where it is installed (what Playwright itself launches for headless
runs: its own headless shell), else Debian's `chromium`, which a headed run always takes. Where
Playwright's build exists, nothing changes. The host mapping points the articles' host names at
the bundled mock.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from playwright.sync_api import Playwright

CHROMIUM_ENV = "BILLING_E2E_CHROMIUM"
# Chromium on a machine without internet: no background calls that the network would refuse.
QUIET_CHROMIUM_FLAGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
RESOLVER_FLAG = "--host-resolver-rules="
# The old headless mode as its own binary: no browser window's WebUI renderer per window, so the
# matrix takes 0.6-0.75 of the time it takes in the full Chromium's new headless mode
# (docs/speed.md). It cannot show a window.
HEADLESS_SHELLS = ("chromium-headless-shell",)
FULL_CHROMIUMS = ("chromium", "chromium-browser")


class BrowserSetupError(Exception):
    """No Chromium can be launched as configured; the message says what to do."""


def host_resolver_rules(hosts: Iterable[str], address: str = "127.0.0.1") -> str:
    """Chromium's `--host-resolver-rules` value that sends every one of `hosts` to `address`."""
    return ", ".join(f"MAP {host} {address}" for host in hosts)


def system_chromium(playwright: Playwright, configured: str | None, headless: bool = True) -> str | None:
    """The Chromium to launch instead of Playwright's build, or None to use Playwright's (which
    picks its own headless shell when headless)."""
    if configured:
        if not Path(configured).is_file():
            raise BrowserSetupError(f"--chromium-executable / ${CHROMIUM_ENV}: no such file {configured!r}")
        return configured
    if Path(playwright.chromium.executable_path).is_file():
        return None
    names = (*HEADLESS_SHELLS, *FULL_CHROMIUMS) if headless else FULL_CHROMIUMS
    found = next((path for path in map(shutil.which, names) if path), None)
    if found is None:
        shell_only = not headless and any(map(shutil.which, HEADLESS_SHELLS))
        raise BrowserSetupError(
            "no browser: Playwright's Chromium is not installed and no `chromium` is on PATH"
            + (" (chromium-headless-shell cannot show a window for a headed run)" if shell_only else "")
            + "; run `bash bin/install` (it installs Debian's chromium) or pass --chromium-executable"
        )
    return found


def chromium_launch_options(
    playwright: Playwright,
    configured_executable: str | None,
    resolver_rules: str | None,
    base: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """`browser_type.launch()` keyword arguments for Chromium: `base` plus, where Playwright's own
    build is missing, the system Chromium with its quiet flags and a scratch home, plus the host
    mapping."""
    launch = dict(base or {})
    args = list(launch.get("args", []))
    executable = system_chromium(playwright, configured_executable, headless=launch.get("headless", True))
    if executable is not None and not launch.get("channel"):
        launch["executable_path"] = executable
        args.extend(flag for flag in QUIET_CHROMIUM_FLAGS if flag not in args)
        # A system Chromium writes its profile and caches under the user's home; give it a
        # scratch home instead. Only the browser's environment: Playwright's own driver must
        # still find its browsers and ffmpeg where they are installed.
        scratch = Path(tempfile.mkdtemp(prefix="billing-e2e-chromium-home-"))
        # Gone when this process ends (the browser it launched ends with it).
        atexit.register(shutil.rmtree, scratch, ignore_errors=True)
        launch["env"] = {
            **os.environ,
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "XDG_CACHE_HOME": str(scratch / "cache"),
            **launch.get("env", {}),
        }
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    if resolver_rules:
        args.append(f"{RESOLVER_FLAG}{resolver_rules}")
    launch["args"] = args
    return launch
