"""A pytest plugin for the harness's own tests of failure and retry reporting, loaded with
`-p tests.harness.failing_step` in a run of the real scenarios: the first step whose text
contains $BILLING_E2E_FAIL_STEP fails with an AssertionError that names what was expected and
what was found, on every attempt, or only on the first $BILLING_E2E_FAIL_ATTEMPTS attempts (so a
retry passes: a flaky scenario). The first step whose text contains $BILLING_E2E_BREAK_STEP
breaks as a bug in the harness would (a TypeError), and before the first step whose text contains
$BILLING_E2E_STOP_MOCK_STEP the bundled mock is stopped, as an outage would (the browser's next
request is refused). With $BILLING_E2E_A11Y_DEFECT, every page the scenario loads
gets an accessibility defect of that impact for axe-core to find: "critical" (an image without a
text alternative) or "moderate" (text outside any landmark).
"""

from __future__ import annotations

import os
from typing import Any

import pytest

STEP_ENV = "BILLING_E2E_FAIL_STEP"
ATTEMPTS_ENV = "BILLING_E2E_FAIL_ATTEMPTS"
MESSAGE = "the injected check: expected 3 licenses, found 2"
BREAK_ENV = "BILLING_E2E_BREAK_STEP"
BREAK_MESSAGE = "the injected harness bug: unsupported operand"
STOP_MOCK_ENV = "BILLING_E2E_STOP_MOCK_STEP"
A11Y_ENV = "BILLING_E2E_A11Y_DEFECT"
A11Y_DEFECTS = {
    "critical": "Object.assign(document.createElement('img'), {src: 'data:,'})",
    "moderate": "Object.assign(document.createElement('p'), {textContent: 'outside every landmark'})",
}


def _names(step: Any, env: str) -> bool:
    wanted = os.environ.get(env)
    return bool(wanted) and wanted in step.name


def pytest_bdd_before_step_call(request: pytest.FixtureRequest, step: Any, **_: Any) -> None:
    if _names(step, BREAK_ENV):
        raise TypeError(BREAK_MESSAGE)
    if _names(step, STOP_MOCK_ENV):
        request.getfixturevalue("mock_server_process").stop()
    if not _names(step, STEP_ENV):
        return
    attempt = getattr(request.node, "execution_count", 1)
    if attempt <= int(os.environ.get(ATTEMPTS_ENV) or 1_000_000):
        raise AssertionError(MESSAGE)


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, **_: Any) -> None:
    impact = os.environ.get(A11Y_ENV)
    if impact:
        script = f"document.addEventListener('DOMContentLoaded', () => document.body.append({A11Y_DEFECTS[impact]}))"
        request.getfixturevalue("page").add_init_script(script)
