"""Prices, proration and the rules of a subscription change, in `Decimal`.

A change takes effect today and restarts the billing period: the unused part of what was paid
for the current period comes back as credit, the new plan is charged in full from today, and
the account's existing credit balance is spent before anything is charged. When the credit is
larger than the charge, the rest stays on the account.

Each money amount is rounded exactly once, to cents, where it is computed; sums of rounded
amounts need no rounding again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from dateutil.relativedelta import relativedelta

from .catalog import Currency, Frequency, product

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def period_end(start: date, frequency: Frequency) -> date:
    """The day the next period starts: same day of month, clamped at month end (Jan 31 → Feb 28)."""
    return start + (relativedelta(months=1) if frequency == "monthly" else relativedelta(years=1))


@dataclass(frozen=True)
class Selection:
    """What the billing contact picked: a product's tier, a number of licenses, a frequency."""

    product_code: str
    tier_code: str
    licenses: int
    frequency: Frequency

    @property
    def tier_rank(self) -> int:
        return product(self.product_code).tier(self.tier_code).rank


@dataclass(frozen=True)
class CurrentPlan:
    """A subscription as it stands, with what was paid for the running period."""

    selection: Selection
    period_start: date
    next_billing_date: date
    paid_amount: Decimal


@dataclass(frozen=True)
class LineQuote:
    selection: Selection
    current: CurrentPlan | None
    unit_price: Decimal
    plan_cost: Decimal
    credit: Decimal
    period_start: date
    period_end: date


@dataclass(frozen=True)
class Quote:
    currency: Currency
    lines: tuple[LineQuote, ...]
    plan_total: Decimal
    credit_total: Decimal
    balance_used: Decimal
    total_due: Decimal
    balance_after: Decimal

    @property
    def payment_required(self) -> bool:
        return self.total_due > 0


def plan_cost(selection: Selection, currency: Currency) -> tuple[Decimal, Decimal]:
    """(unit price, cost of the whole period) for a selection."""
    unit = product(selection.product_code).tier(selection.tier_code).unit_price(currency, selection.frequency)
    return unit, to_cents(unit * selection.licenses)


def unused_credit(current: CurrentPlan, today: date) -> Decimal:
    """The part of what was paid that covers the days from today to the end of the period."""
    period_days = (current.next_billing_date - current.period_start).days
    if period_days <= 0 or current.paid_amount <= 0:
        return ZERO
    remaining_days = min(max((current.next_billing_date - today).days, 0), period_days)
    return to_cents(current.paid_amount * remaining_days / period_days)


def quote_line(selection: Selection, current: CurrentPlan | None, currency: Currency, today: date) -> LineQuote:
    unit, cost = plan_cost(selection, currency)
    return LineQuote(
        selection=selection,
        current=current,
        unit_price=unit,
        plan_cost=cost,
        credit=unused_credit(current, today) if current else ZERO,
        period_start=today,
        period_end=period_end(today, selection.frequency),
    )


def quote(
    items: list[tuple[Selection, CurrentPlan | None]], currency: Currency, balance: Decimal, today: date
) -> Quote:
    """What an order of these items costs today, given the account's credit balance."""
    lines = tuple(quote_line(selection, current, currency, today) for selection, current in items)
    plan_total = sum((line.plan_cost for line in lines), ZERO)
    credit_total = sum((line.credit for line in lines), ZERO)
    net = plan_total - credit_total
    if net > 0:
        balance_used = min(balance, net)
        return Quote(
            currency,
            lines,
            plan_total,
            credit_total,
            balance_used,
            net - balance_used,
            balance - balance_used,
        )
    return Quote(currency, lines, plan_total, credit_total, ZERO, ZERO, balance - net)


# --- the rules of a selection -------------------------------------------------------------


@dataclass(frozen=True)
class SelectionProblem:
    """A reason a selection cannot be ordered; `code` keys the localized message."""

    field: str
    code: str
    limit: int | None = None


def parse_licenses(raw: str | None, maximum: int) -> tuple[int | None, SelectionProblem | None]:
    """A license count from a form field: a whole number from 1 to the product's maximum."""
    text = (raw or "").strip()
    if not text:
        return None, SelectionProblem("licenses", "licenses_missing")
    negative = text.startswith("-")
    digits = text[1:] if negative else text
    if not (digits.isascii() and digits.isdigit()):
        return None, SelectionProblem("licenses", "licenses_not_a_number")
    if negative:
        return None, SelectionProblem("licenses", "licenses_too_few", 1)
    # Judged by its length first: int() refuses thousands of digits, and no count needs them.
    significant = digits.lstrip("0")
    if len(significant) > len(str(maximum)) or int(significant or "0") > maximum:
        return None, SelectionProblem("licenses", "licenses_too_many", maximum)
    value = int(significant or "0")
    if value < 1:
        return None, SelectionProblem("licenses", "licenses_too_few", 1)
    return value, None


def change_problems(current: Selection, wanted: Selection) -> list[SelectionProblem]:
    """What stops a change of an existing subscription from being ordered online."""
    problems = []
    if wanted.tier_rank < current.tier_rank:
        # Tier downgrades go through support, as the articles say; fewer licenses do not.
        problems.append(SelectionProblem("tier", "downgrade_needs_support"))
    if wanted == current:
        problems.append(SelectionProblem("form", "nothing_changed"))
    return problems
