"""The direct Playwright flows of the benchmark (tools/direct/): one runs as the benchmark
runs it, in a process of its own, and reports its phases; its checks fail when the product is
wrong; and each names a harness scenario that exists, so the pair can be run side by side."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from tests.harness.runs import ROOT, SCENARIOS, run_pytest
from tools.direct.common import FLOWS, PHASES, FlowCheckError, money

pytestmark = [pytest.mark.harness, pytest.mark.browser, pytest.mark.pytest_run]


def run_script(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`python tools/direct/<name>.py ARGS`, as a user types it in the repository's root."""
    return subprocess.run(  # noqa: S603 - our own interpreter on our own script
        [sys.executable, str(ROOT / "tools" / "direct" / f"{name}.py"), *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.server
def test_a_direct_flow_passes_and_prints_its_record() -> None:
    done = run_script("remove_licenses_000", "--json")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    record = json.loads(lines[0])
    assert set(record) == {"flow", "scenario", "locale", "phases", "total"}
    assert (record["flow"], record["scenario"], record["locale"]) == (
        "remove_licenses_000",
        FLOWS["remove_licenses_000"][1],
        "it",
    )
    assert list(record["phases"]) == list(PHASES)
    for phase, seconds in record["phases"].items():
        assert isinstance(seconds, float), phase
        assert seconds >= 0, phase
    assert isinstance(record["total"], float)
    assert record["total"] >= sum(record["phases"].values())


@pytest.mark.server
def test_a_direct_flow_fails_on_a_money_defect() -> None:
    """With the credit for the unused period gone, the flow stops at the Order Summary."""
    done = run_script("remove_licenses_000", "--defect", "credit-not-applied")
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout == ""
    assert "remove_licenses_000: FAILED:" in done.stderr
    assert "Credito per la parte non utilizzata del piano attuale" in done.stderr


def test_every_direct_flow_names_a_collected_harness_scenario() -> None:
    collected = run_pytest(SCENARIOS, "--collect-only", "-q").collected()
    for name, (module, scenario) in FLOWS.items():
        assert module == f"tools.direct.{name}"
        assert (ROOT / "tools" / "direct" / f"{name}.py").is_file()
        assert scenario in collected, f"{name}: {scenario} is not a scenario of {SCENARIOS}"


@pytest.mark.unit
def test_money_is_read_in_the_account_currency_only() -> None:
    assert money("1.097,00 €", "it") == Decimal("1097.00")
    assert money("−495,00 €", "it") == Decimal("-495.00")
    assert money("$96.00 per month".removesuffix(" per month"), "en") == Decimal("96.00")
    with pytest.raises(FlowCheckError, match="not an amount in €"):
        money("$1,097.00", "it")
