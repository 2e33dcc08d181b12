"""Runs of pytest on this repository in a subprocess, as a user runs it: the harness's options,
its setup errors and pytest's own habits are tested on what a real run prints and writes.

A subprocess, not pytester's in-process run: pytest-playwright and Playwright keep process-wide
state, and the run must read this repository's own configuration (pyproject.toml, conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = "tests/e2e"
# One short scenario for the real runs (no purchase, no mail), and its feature file.
ONE_SCENARIO = "test_a_plan_downgrade_is_not_made_online_contact_support"
ONE_SCENARIO_FEATURE = "features/en/002_goto_webinar_change_plan.feature"
ONE_SCENARIO_TITLE = "Scenario: A plan downgrade is not made online: Contact Support"
# Loads tests/harness/failing_step.py, which fails the step that $BILLING_E2E_FAIL_STEP names.
FAIL_A_STEP = ("-p", "tests.harness.failing_step")

declared_by: str | None = None
"""The node id of the running test when it is marked `pytest_run` (set by tests/conftest.py):
a test that starts pytest must say so, or `--quick` would take it for a quick one."""


class UndeclaredRunError(RuntimeError):
    """A test started pytest in a subprocess without the `pytest_run` marker."""


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def collected(self) -> list[str]:
        """The node ids a `--co -q` run listed, in order."""
        return [line for line in self.stdout.splitlines() if "::" in line and not line.startswith(" ")]


def run_pytest(
    *args: str, env: Mapping[str, str] | None = None, timeout: float = 600, under: tuple[str, ...] = ()
) -> Run:
    """`python -m pytest ARGS` in the repository's root, with `env` over this process's environment,
    run by `under` (e.g. `xvfb-run -a`) if given."""
    if declared_by is None:
        raise UndeclaredRunError(
            "this test starts pytest in a subprocess: mark it `pytest_run` (bin/test --quick leaves such tests out)"
        )
    command = [*under, sys.executable, "-m", "pytest", "-p", "no:randomly", *args]
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    done = subprocess.run(  # noqa: S603 - our own interpreter on our own tests
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=timeout, check=False
    )
    return Run(done.returncode, done.stdout, done.stderr)
