"""Which Chromium the harness launches where Playwright's own build is missing: the headless
shell for headless runs, the full Chromium for headed ones (`billing_e2e.chromium`)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from playwright.sync_api import Playwright

from billing_e2e.chromium import BrowserSetupError, chromium_launch_options, system_chromium

pytestmark = pytest.mark.harness


def without_playwright_build(tmp_path: Path) -> Playwright:
    """A Playwright whose own Chromium is not installed (all system_chromium asks of it)."""
    return cast(Playwright, SimpleNamespace(chromium=SimpleNamespace(executable_path=str(tmp_path / "none"))))


def on_path(monkeypatch: pytest.MonkeyPatch, folder: Path, *names: str) -> dict[str, str]:
    """Executables of these names, and nothing else, on PATH."""
    folder.mkdir()
    for name in names:
        executable = folder / name
        executable.write_text("#!/bin/sh\n", encoding="utf-8")
        executable.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    return {name: str(folder / name) for name in names}


def test_headless_runs_take_the_headless_shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = on_path(monkeypatch, tmp_path / "bin", "chromium", "chromium-headless-shell")
    playwright = without_playwright_build(tmp_path)
    assert system_chromium(playwright, None) == paths["chromium-headless-shell"]
    assert chromium_launch_options(playwright, None, None)["executable_path"] == paths["chromium-headless-shell"]


def test_headed_runs_take_the_full_chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = on_path(monkeypatch, tmp_path / "bin", "chromium", "chromium-headless-shell")
    playwright = without_playwright_build(tmp_path)
    assert system_chromium(playwright, None, headless=False) == paths["chromium"]
    launch = chromium_launch_options(playwright, None, None, {"headless": False})
    assert launch["executable_path"] == paths["chromium"]


def test_without_the_shell_headless_runs_take_the_full_chromium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = on_path(monkeypatch, tmp_path / "bin", "chromium")
    assert system_chromium(without_playwright_build(tmp_path), None) == paths["chromium"]


def test_a_headed_run_with_only_the_shell_says_why_it_has_no_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_path(monkeypatch, tmp_path / "bin", "chromium-headless-shell")
    with pytest.raises(BrowserSetupError, match=r"chromium-headless-shell cannot show a window for a headed run"):
        system_chromium(without_playwright_build(tmp_path), None, headless=False)


def test_a_configured_executable_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = on_path(monkeypatch, tmp_path / "bin", "chromium", "chromium-headless-shell")
    assert system_chromium(without_playwright_build(tmp_path), paths["chromium"]) == paths["chromium"]
