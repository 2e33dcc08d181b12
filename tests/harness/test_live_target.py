"""The `live` target, tested the way it will be used: against a billing UI the harness does not
control. Here that is the bundled mock started as a separate process with its demo accounts and
no control API; the scenarios must stop at the purchase guard unless --allow-purchases is given.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from billing_e2e.live_accounts import EXAMPLE_CONFIG
from billing_e2e.mock_process import MockServer

pytestmark = [pytest.mark.harness, pytest.mark.pytest_run]

ROOT = Path(__file__).resolve().parents[2]
LIVE_ACCOUNTS = EXAMPLE_CONFIG
DEMO_PASSWORD_ENV = "BILLING_E2E_DEMO_PASSWORD"


def run_scenarios(server: MockServer, tmp_path: Path, *extra: str) -> tuple[int, str]:
    command = [
        sys.executable, "-m", "pytest", "tests/e2e", "-p", "no:cacheprovider", "-p", "no:randomly", "-q", "-rs",
        "--target", "live", "--base-url", server.url, "--live-accounts", str(LIVE_ACCOUNTS),
        f"--junitxml={tmp_path / 'junit.xml'}", *extra,
    ]  # fmt: skip
    env = {**os.environ, DEMO_PASSWORD_ENV: "Demo-Billing-2026!"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603
    return done.returncode, done.stdout + done.stderr


def test_without_allow_purchases_the_scenarios_stop_at_the_purchase_guard(
    demo_billing_center: MockServer, tmp_path: Path
) -> None:
    # The smoke scenario: the demo accounts hold what it needs (other scenarios need accounts of
    # other types with GoTo Webinar, which the demo seed does not have).
    code, output = run_scenarios(demo_billing_center, tmp_path, "-m", "article_002 and it and smoke")
    assert code == 0, output
    assert re.search(r"\b1 skipped\b", output), output
    assert "passed" not in output.splitlines()[-1], output
    skipped = ElementTree.parse(tmp_path / "junit.xml").getroot().iter("skipped")  # noqa: S314 - our own run's file
    reasons = [element.get("message", "") for element in skipped]
    assert len(reasons) == 1, reasons
    for reason in reasons:
        assert "purchase guard: not run beyond this point" in reason
        assert "pass --allow-purchases" in reason


def test_with_allow_purchases_the_order_is_placed_and_its_email_read(
    demo_billing_center: MockServer, tmp_path: Path
) -> None:
    code, output = run_scenarios(
        demo_billing_center,
        tmp_path,
        "-m",
        "article_002 and de and smoke",
        "--allow-purchases",
        "--mailbox",
        demo_billing_center.mailbox_url,
    )
    assert code == 0, output
    assert re.search(r"\b1 passed\b", output), output
    assert "skipped" not in output, output
    # What a live target does not let the harness know is said, not passed over.
    assert "read back from the target: the price per license of GoTo Webinar" in output, output
    assert "not checked: how the email writes its amounts (currency)" in output, output


def test_a_live_target_without_a_base_url_is_refused(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "pytest", "tests/e2e", "-p", "no:cacheprovider", "--target", "live", "-q"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)  # noqa: S603
    assert done.returncode == 4, done.stdout + done.stderr
    assert "--target live needs --base-url" in done.stdout + done.stderr
