"""A small crash campaign in the suite: kill -9 the mock while orders are placed, restart, check.

One round per SMTP mode (the embedded sink, a slow server, a refusing one): every order is whole
or absent, every committed order's email arrives exactly once. The full campaign (20 kills and
more) is `bin/crash-campaign --kills N`; its figures are in the README.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .crash_campaign import REFUSALS_PER_MESSAGE, SMTP_MODES, run_campaign

pytestmark = pytest.mark.server


def test_kills_while_orders_are_placed_lose_and_duplicate_no_email(tmp_path: Path) -> None:
    figures = run_campaign(kills=len(SMTP_MODES), buyers_per_round=3, workdir=tmp_path)
    assert [r.smtp for r in figures.rounds] == list(SMTP_MODES)
    for round_ in figures.rounds:
        assert (round_.orders, round_.emails) == (3, 3), round_
    # The refusing server refused each message its number of times, and then took it: retried.
    failing = figures.rounds[SMTP_MODES.index("failing")]
    assert failing.smtp_refusals == REFUSALS_PER_MESSAGE * failing.orders
