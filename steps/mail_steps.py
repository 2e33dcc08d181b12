"""Steps that read the mailbox: the confirmation email of an order, read as a whole message (its
subject, sender, recipient and language as a mail client shows them) and as labelled facts from
its text part and its HTML part, each compared with what the harness expects."""

from __future__ import annotations

from billing_e2e.domain import language_of_locale
from billing_e2e.mailboxes import Mailbox, MailMessage
from billing_e2e.prices import PriceList
from billing_e2e.targets import Target
from fixtures.reporting import ScenarioNotes
from flows import fact_trail
from pages.email_facts import ExpectedHeaders, FactCheck, fact_sheets, require_facts, require_headers
from pages.vocabulary import Vocabulary

from .checkout_steps import PlacedOrder
from .phrasing import then
from .state import PlanChange, ScenarioAccount
from .trail import PaymentEntered, trail_of


def mailbox_of(target: Target) -> Mailbox:
    if target.mailbox is None:
        raise AssertionError(
            "this target has no mailbox to read: pass --mailbox (a Mailpit URL, maildev+http://… or imap://…)"
        )
    return target.mailbox


def require_whole_message(
    message: MailMessage, *, subject: str, account: ScenarioAccount, target: Target, notes: ScenarioNotes
) -> None:
    """The message's headers as a mail client shows them: `subject` whole, sent by the target's
    sender (set up by the harness on the mock) to the account alone, in the account's language."""
    if target.mail_sender is None:
        notes.not_checked("the email's sender", "the harness does not know this target's sender")
    language: str | None = language_of_locale(account.locale)
    if not target.is_mock:
        # The mock's Content-Language is the harness's expectation; whether the real product sends
        # one is not known, so there the language shows only through the labels of the facts.
        notes.not_checked("the email's Content-Language", "not known to be sent by the live product")
        language = None
    expected = ExpectedHeaders(subject=subject, to=account.email, language=language, sender=target.mail_sender)
    require_headers(message, expected)


def currency_of(account: ScenarioAccount, notes: ScenarioNotes) -> str | None:
    """The account's currency, for money written as the locale writes it; on a live target it is
    not known, and the step says so (the amounts are still compared as numbers)."""
    if account.currency:
        return account.currency
    notes.not_checked("how the email writes its amounts (currency)", "the live account's currency is not known")
    return None


@then()
def confirmation_email(
    placed_order: PlacedOrder,
    plan_change: PlanChange,
    account: ScenarioAccount,
    billing_target: Target,
    vocabulary: Vocabulary,
    scenario_notes: ScenarioNotes,
    price_list: PriceList | None,
    payment_entered: PaymentEntered | None,
) -> None:
    message = mailbox_of(billing_target).wait_for(account.email, subject_contains=placed_order.number)
    subject = vocabulary.format("email_subject_order", number=placed_order.number)
    require_whole_message(message, subject=subject, account=account, target=billing_target, notes=scenario_notes)
    currency = currency_of(account, scenario_notes)
    expected, line, chosen = placed_order.expected, placed_order.expected.lines[0], plan_change.chosen
    checks = []
    for sheet in fact_sheets(message):
        order = FactCheck(sheet, vocabulary)
        order.text("order_number", placed_order.number)
        order.money("total_due", expected.total_due, currency)
        order.money("account_balance_credit", expected.balance_after, currency)
        product = FactCheck(sheet.section(plan_change.product), vocabulary)
        product.text("plan", chosen.tier)
        product.count("user_licenses", line.licenses)
        product.money("plan_cost", line.plan_cost, currency)
        product.long_dates("billing_period", (line.period_start, line.period_end))
        product.long_date("next_billing_date", line.period_end)
        checks += [order, product]
    require_facts(checks)
    trail = trail_of(
        account,
        plan_change,
        price_list,
        payment=payment_entered,
        order_number=placed_order.number,
        target=billing_target,
    )
    fact_trail.check_email(message, trail)
