"""Steps that read the mailbox: the confirmation email of an order, checked against the order."""

from __future__ import annotations

from billing_e2e.targets import Target
from pages.formats import format_long_date, format_money
from pages.vocabulary import Vocabulary

from .checkout_steps import PlacedOrder
from .phrasing import then
from .state import PlanChange, ScenarioAccount


@then(
    it="ricevo un'e-mail di conferma con i dettagli del mio acquisto",
    de="erhalte ich eine E-Mail-Bestätigung mit Einzelheiten zu meinem Kauf",
    en="I receive a confirmation email with the details of my purchase",
)
def confirmation_email(
    placed_order: PlacedOrder,
    plan_change: PlanChange,
    account: ScenarioAccount,
    billing_target: Target,
    vocabulary: Vocabulary,
) -> None:
    if billing_target.mailbox is None:
        raise AssertionError("this target has no mailbox to read: pass --mailbox (a Mailpit URL or imap://…)")
    line = placed_order.expected.lines[0]
    wanted = [placed_order.number, plan_change.product, plan_change.chosen.tier, str(line.licenses)]
    if account.currency:
        wanted += [
            format_money(line.plan_cost, account.currency, vocabulary.locale),
            format_money(placed_order.expected.total_due, account.currency, vocabulary.locale),
        ]
    wanted.append(format_long_date(line.period_end, vocabulary.locale))
    billing_target.mailbox.wait_for(account.email, subject_contains=placed_order.number, body_contains=wanted)
