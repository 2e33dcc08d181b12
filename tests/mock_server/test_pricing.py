"""Prices and proration in Decimal: worked examples and properties that must hold for any input."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_server.catalog import PRODUCTS
from mock_server.pricing import (
    CENT,
    CurrentPlan,
    Selection,
    change_problems,
    parse_licenses,
    period_end,
    quote,
    to_cents,
    unused_credit,
)

pytestmark = pytest.mark.unit

WEBINAR_PRO = Selection("goto-webinar", "pro", 5, "monthly")


def plan(selection: Selection, start: date, paid: str) -> CurrentPlan:
    return CurrentPlan(selection, start, period_end(start, selection.frequency), Decimal(paid))


def test_period_end_keeps_the_day_and_clamps_at_month_end() -> None:
    assert period_end(date(2026, 11, 23), "monthly") == date(2026, 12, 23)
    assert period_end(date(2026, 1, 31), "monthly") == date(2026, 2, 28)
    assert period_end(date(2028, 2, 29), "annual") == date(2029, 2, 28)


def test_half_of_a_thirty_day_period_gives_half_the_money_back() -> None:
    current = plan(WEBINAR_PRO, date(2026, 11, 1), "995.00")  # 30 days: Nov 1 → Dec 1
    assert unused_credit(current, date(2026, 11, 16)) == Decimal("497.50")


def test_credit_is_rounded_once_half_up_to_cents() -> None:
    current = plan(WEBINAR_PRO, date(2026, 11, 1), "100.00")
    # 100 × 29/30 = 96.666… → 96.67
    assert unused_credit(current, date(2026, 11, 2)) == Decimal("96.67")


def test_more_licenses_charge_the_new_plan_from_today_minus_the_unused_part() -> None:
    today = date(2026, 11, 16)
    current = plan(WEBINAR_PRO, date(2026, 11, 1), "995.00")
    wanted = Selection("goto-webinar", "pro", 8, "monthly")
    priced = quote([(wanted, current)], "EUR", Decimal("0.00"), today)
    line = priced.lines[0]
    assert line.plan_cost == Decimal("1592.00")  # 8 × 199.00
    assert line.credit == Decimal("497.50")
    assert priced.total_due == Decimal("1094.50")
    assert priced.payment_required
    assert (line.period_start, line.period_end) == (today, date(2026, 12, 16))


def test_fewer_licenses_leave_a_credit_and_ask_no_payment() -> None:
    current = plan(Selection("openvoice", "standard", 10, "annual"), date(2026, 1, 1), "1400.00")
    wanted = Selection("openvoice", "standard", 4, "monthly")
    priced = quote([(wanted, current)], "EUR", Decimal("0.00"), date(2026, 7, 2))
    assert priced.total_due == Decimal("0.00")
    assert not priced.payment_required
    # 1400 × 183/365 = 701.917… → 701.92 credit; 4 × 14.00 = 56.00 charged from it
    assert priced.credit_total == Decimal("701.92")
    assert priced.balance_after == Decimal("645.92")


def test_the_account_balance_is_spent_before_the_card() -> None:
    wanted = Selection("gotomeeting", "business", 2, "monthly")  # 32.00 EUR
    priced = quote([(wanted, None)], "EUR", Decimal("20.00"), date(2026, 11, 23))
    assert (priced.balance_used, priced.total_due, priced.balance_after) == (
        Decimal("20.00"),
        Decimal("12.00"),
        Decimal("0.00"),
    )


def test_a_tier_downgrade_needs_support_but_fewer_licenses_do_not() -> None:
    current = Selection("goto-webinar", "pro", 5, "monthly")
    assert [p.code for p in change_problems(current, Selection("goto-webinar", "lite", 5, "monthly"))] == [
        "downgrade_needs_support"
    ]
    assert change_problems(current, Selection("goto-webinar", "pro", 2, "monthly")) == []
    assert [p.code for p in change_problems(current, current)] == ["nothing_changed"]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "licenses_missing"),
        ("abc", "licenses_not_a_number"),
        ("2.5", "licenses_not_a_number"),
        ("0", "licenses_too_few"),
        ("-3", "licenses_too_few"),
        ("501", "licenses_too_many"),
        ("99999999999999999999", "licenses_too_many"),
        ("٣", "licenses_not_a_number"),
    ],
)
def test_bad_license_counts_are_refused_with_a_reason(raw: str, code: str) -> None:
    value, problem = parse_licenses(raw, 500)
    assert value is None
    assert problem is not None
    assert problem.code == code


def test_a_good_license_count_is_read() -> None:
    assert parse_licenses(" 12 ", 500) == (12, None)


# --- properties -----------------------------------------------------------------------------

products = st.sampled_from(sorted(PRODUCTS))
money = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("100000.00"), places=2, allow_nan=False)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def selections(draw: st.DrawFn) -> Selection:
    product = PRODUCTS[draw(products)]
    tier = draw(st.sampled_from(product.tiers))
    return Selection(
        product.code,
        tier.code,
        draw(st.integers(1, product.max_licenses)),
        draw(st.sampled_from(["monthly", "annual"])),
    )


@given(selections(), days, money, st.integers(-400, 800))
def test_credit_never_exceeds_what_was_paid_nor_goes_negative(
    selection: Selection, start: date, paid: Decimal, offset: int
) -> None:
    credit = unused_credit(plan(selection, start, str(paid)), start + timedelta(days=offset))
    assert Decimal("0.00") <= credit <= paid
    assert credit == credit.quantize(CENT)


@given(
    st.lists(st.tuples(selections(), st.none() | money), min_size=1, max_size=4),
    money,
    days,
    st.integers(0, 400),
)
def test_totals_are_never_negative_and_add_up_to_the_cent(
    items: list[tuple[Selection, Decimal | None]], balance: Decimal, start: date, elapsed: int
) -> None:
    today = start + timedelta(days=elapsed)
    pairs = [(sel, plan(sel, start, str(paid)) if paid is not None else None) for sel, paid in items]
    priced = quote(pairs, "EUR", balance, today)
    assert priced.total_due >= 0
    assert priced.balance_after >= 0
    assert priced.balance_used <= balance
    for amount in (priced.plan_total, priced.credit_total, priced.total_due, priced.balance_after):
        assert amount == to_cents(amount), "every amount is whole cents: nothing is rounded twice"
    # Money is neither made nor lost: what comes in (old balance, credit, card) is what goes out.
    assert balance + priced.credit_total + priced.total_due == priced.plan_total + priced.balance_after
