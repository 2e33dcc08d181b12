"""The fact trail: every fact a scenario sets up or chooses, checked at every place the product
shows or sends it afterwards.

A fact (`FACTS`) is declared once, with its expected value in a `Trail` (made by the steps from
what the harness set up: its account, the oracle's amounts, the clock it set; the order number
as the product first gave it). An observation point (`POINTS`) is a place a user sees facts: a
page, a part of a page, a part of an email. Each point says, for every fact, either how a user
reads it there (through the page objects) or, explicitly, why the point does not show it. `check`
reads a point and compares every fact it shows with the trail, and fails with every difference:
so a new point is checked for every fact it shows, and a new fact at every point that shows it,
without new step code. `matrix_rows` is the table facts × points (`python -m traceability.fact_trail`
writes it to docs/fact-trail.md); a cell neither read nor declared not shown is a hole, and
tests/harness/test_fact_trail.py fails on it.

    trail = Trail(locale="it", chosen=Chosen("GoTo Webinar", "Pro", 8, "monthly", ...), ...)
    fact_trail.check(fact_trail.RESULT_PAGE, result_page, trail)
    fact_trail.follow_after(result_page, trail)   # the card, the cart, user licenses, ...

A fact whose value the scenario does not know at a point (the order number before Place Order, a
card the scenario did not enter) is not compared there, and `check` says so in what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal, get_args

from billing_e2e.domain import Frequency, frequency, language_of_locale
from billing_e2e.formats import FormatError, find_long_dates, parse_count, parse_long_date, parse_money
from billing_e2e.mailboxes import MailMessage
from billing_e2e.oracle import ExpectedLine, ExpectedOrder
from pages import (
    BillingCenterPage,
    CartPage,
    CheckoutPage,
    EditSubscriptionPage,
    OrderResultPage,
    TrialConfirmationPage,
    UserLicensesPage,
)
from pages.base import BasePage
from pages.billing_history import BillingHistoryPage
from pages.email_facts import FactSheet, MissingFactError, html_facts, text_facts
from pages.invoice_facts import InvoicePdf
from pages.observed import declared_language, html_language, vat_number_on_file
from pages.payment_method import PaymentMethodPage
from pages.vocabulary import Vocabulary

Fact = Literal[
    "product",
    "tier",
    "licenses",
    "frequency",
    "unit_price",
    "plan_cost",
    "credit",
    "total_due",
    "balance_after",
    "billing_period",
    "next_billing_date",
    "trial_end",
    "order_number",
    "vat_number",
    "card",
    "cart",
    "language",
]
FACTS: tuple[Fact, ...] = get_args(Fact)

FACT_TITLES: Mapping[Fact, str] = {
    "product": "product",
    "tier": "plan (tier)",
    "licenses": "user licenses",
    "frequency": "billing frequency",
    "unit_price": "price per license",
    "plan_cost": "plan cost",
    "credit": "credit for the unused part",
    "total_due": "total due",
    "balance_after": "account balance after",
    "billing_period": "billing period",
    "next_billing_date": "next billing date",
    "trial_end": "trial end date",
    "order_number": "order number",
    "vat_number": "VAT number",
    "card": "card (last 4, holder, expiry)",
    "cart": "what the cart holds",
    "language": "language",
}


@dataclass(frozen=True)
class CardEntered:
    """A card as the buyer entered it, in the terms the product shows it on file."""

    last4: str
    holder: str
    expiry: str  # MM/YY


class NotKnown:
    """An expected value the scenario does not know at a point, and why (never compared)."""

    def __init__(self, why: str) -> None:
        self.why = why

    def __repr__(self) -> str:
        return f"NotKnown({self.why!r})"


@dataclass(frozen=True)
class Chosen:
    """The subscription a scenario chose: an order's (`summary`: the oracle's order of the
    subscription alone, as the Order Summary prices it; `order`: with what the cart already held)
    or a free trial's (`trial_ends_on`; no frequency, no price)."""

    product: str
    tier: str
    licenses: int
    frequency: Frequency | None = None
    unit_price: Decimal | None = None
    summary: ExpectedOrder | None = None
    order: ExpectedOrder | None = None
    trial_ends_on: date | None = None


@dataclass(frozen=True)
class Trail:
    """What a scenario set up or chose, each fact once, with its expected value.

    A None means "none" (no VAT number, a trial's price), never "not known": that is what the
    `*_known` flags and `NotKnown` say. `chosen` is None in a scenario that chose no subscription
    (changing the payment method).
    """

    locale: str
    chosen: Chosen | None
    balance_before: Decimal
    cart: tuple[str, ...]
    """The products the cart holds at this stage (after Place Order: none)."""
    order_number: str | None = None
    """As the result page first showed it (the target's to give); None before Place Order."""
    vat_number: str | None = None
    vat_number_known: bool = True
    card: CardEntered | None = None
    """The card entered in this scenario; None: none entered (the card on file is not known)."""
    settled: bool = False
    """The account's state is what the scenario made it (after Place Order, Start Trial, Update
    Payment Method): what the account holds is expected wherever it shows."""
    mail_language_known: bool = True
    """Whether the target's emails are known to state their language (Content-Language)."""

    @property
    def product(self) -> str:
        if self.chosen is None:
            raise AssertionError("harness error: this scenario chose no product, so no point can show one")
        return self.chosen.product

    @property
    def order(self) -> ExpectedOrder | None:
        return self.chosen.order if self.chosen is not None else None

    @property
    def line(self) -> ExpectedLine | None:
        return self.order.lines[0] if self.order is not None else None

    @property
    def is_trial(self) -> bool:
        return self.chosen is not None and self.chosen.trial_ends_on is not None

    @property
    def vocab(self) -> Vocabulary:
        return Vocabulary.for_locale(self.locale)


# --- what each fact is expected to be, wherever it shows ---------------------------------------

Expectation = Callable[[Trail], object]


def _chosen(value: Callable[[Chosen], object]) -> Expectation:
    def expected(trail: Trail) -> object:
        return value(trail.chosen) if trail.chosen is not None else NotKnown("the scenario chose no subscription")

    return expected


def _of_order(value: Callable[[ExpectedOrder, ExpectedLine], object]) -> Expectation:
    """A fact of the order: its value, None for a free trial (which shows no price), not known
    in a scenario that chose nothing."""

    def expected(trail: Trail) -> object:
        if trail.chosen is None:
            return NotKnown("the scenario chose no subscription")
        if trail.order is None or trail.line is None:
            return None
        return value(trail.order, trail.line)

    return expected


def _of_summary(value: Callable[[ExpectedOrder, ExpectedLine], object]) -> Expectation:
    def expected(trail: Trail) -> object:
        summary = trail.chosen.summary if trail.chosen is not None else None
        if summary is None:
            return NotKnown("no Order Summary priced in this scenario")
        return value(summary, summary.lines[0])

    return expected


def _order_number(trail: Trail) -> object:
    if trail.order_number is not None:
        return trail.order_number
    return None if trail.is_trial else NotKnown("no order is placed yet")


def _vat_number(trail: Trail) -> object:
    if not trail.vat_number_known:
        return NotKnown("the live account's VAT number is not known")
    return trail.vat_number


def _vat_number_on_order(trail: Trail) -> object:
    """What an order's papers print: the account's VAT number; a trial's papers none."""
    return None if trail.is_trial else _vat_number(trail)


def _card(trail: Trail) -> object:
    return (
        trail.card
        if trail.card is not None
        else NotKnown("the scenario entered no card (the one on file is not known)")
    )


EXPECTED: Mapping[Fact, Expectation] = {
    "product": _chosen(lambda chosen: chosen.product),
    "tier": _chosen(lambda chosen: chosen.tier),
    "licenses": _chosen(lambda chosen: chosen.licenses),
    "frequency": _chosen(lambda chosen: chosen.frequency),
    "unit_price": _chosen(lambda chosen: chosen.unit_price),
    "plan_cost": _of_order(lambda _order, line: line.plan_cost),
    "credit": _of_order(lambda _order, line: line.credit),
    "total_due": _of_order(lambda order, _line: order.total_due),
    "balance_after": _of_order(lambda order, _line: order.balance_after),
    "billing_period": _of_order(lambda _order, line: (line.period_start, line.period_end)),
    "next_billing_date": _of_order(lambda _order, line: line.period_end),
    "trial_end": _chosen(lambda chosen: chosen.trial_ends_on),
    "order_number": _order_number,
    "vat_number": _vat_number,
    "card": _card,
    "cart": lambda trail: trail.cart,
    "language": lambda trail: language_of_locale(trail.locale),
}


def _in_cart(expectation: Expectation) -> Expectation:
    """A fact of the chosen product's cart item: expected while the cart holds it."""

    def expected(trail: Trail) -> object:
        if trail.product not in trail.cart:
            return NotKnown(f"the cart does not hold {trail.product} at this stage")
        return expectation(trail)

    return expected


def _placed(expectation: Expectation) -> Expectation:
    """A fact of what the account holds: expected once the scenario has settled it."""

    def expected(trail: Trail) -> object:
        return expectation(trail) if trail.settled else NotKnown("the account is not settled yet")

    return expected


# --- observation points -------------------------------------------------------------------------

Reader = Callable[[Any, Trail], Mapping[Fact, object]]


@dataclass(frozen=True)
class ObservationPoint:
    """A place a user sees facts. `shows` maps each fact it shows to its expectation there (most
    are `EXPECTED`'s); `not_shown` maps each other fact to why the point does not show it. `read`
    returns what a user sees of each fact in `shows` (None: the point shows no such value)."""

    name: str
    title: str
    source: type[Any]
    read: Reader
    shows: Mapping[Fact, Expectation]
    not_shown: Mapping[Fact, str]

    def holes(self) -> list[Fact]:
        """Facts this point neither shows nor declares not shown."""
        return [fact for fact in FACTS if fact not in self.shows and fact not in self.not_shown]

    def declared_twice(self) -> list[Fact]:
        return [fact for fact in FACTS if fact in self.shows and fact in self.not_shown]


def _shows(*facts: Fact, **overrides: Expectation) -> dict[Fact, Expectation]:
    shown: dict[Fact, Expectation] = {fact: EXPECTED[fact] for fact in facts}
    for fact, expectation in overrides.items():
        if fact not in FACTS:
            raise ValueError(f"{fact!r} is not a fact of the trail: {FACTS}")
        shown[fact] = expectation
    return shown


def _frequency(vocab: Vocabulary, label: str | None) -> object:
    """The frequency a label names, or the label itself when it names none (so it differs)."""
    if label is None:
        return None
    try:
        return frequency(vocab.key_for(label) or "")
    except ValueError:
        return f"{label!r} (not a billing frequency label)"


def _language(page: BasePage) -> str:
    return _language_code(declared_language(page))


def _language_code(declared: str) -> str:
    """The language a declared locale names, or the declaration itself (quoted) when it names none."""
    try:
        return language_of_locale(declared)
    except ValueError:
        return repr(declared)


# Order Summary (Edit Subscription): the subscription alone, before the cart's other items join.


def _read_order_summary(page: EditSubscriptionPage, trail: Trail) -> Mapping[Fact, object]:
    shown = page.order_summary()
    return {
        "product": shown.product,
        "tier": shown.tier,
        "licenses": shown.licenses,
        "frequency": _frequency(page.vocab, shown.frequency_label),
        "unit_price": shown.unit_price,
        "plan_cost": shown.plan_cost,
        "credit": -shown.credit,  # written with a minus sign
        "total_due": shown.total_due,
        "balance_after": shown.balance_after,
        "language": _language(page),
    }


ORDER_SUMMARY = ObservationPoint(
    "order_summary",
    "Order Summary",
    EditSubscriptionPage,
    _read_order_summary,
    _shows(
        "product",
        "tier",
        "licenses",
        "frequency",
        "unit_price",
        "language",
        plan_cost=_of_summary(lambda _summary, line: line.plan_cost),
        credit=_of_summary(lambda _summary, line: line.credit),
        total_due=_of_summary(lambda summary, _line: summary.total_due),
        balance_after=_of_summary(
            # shown only when nothing is due and credit is left ("Credit left on your account")
            lambda summary, _line: (
                summary.balance_after if summary.total_due == 0 and summary.balance_after > 0 else None
            )
        ),
    ),
    {
        "billing_period": "it says the new period starts today in words; Checkout shows its dates",
        "next_billing_date": "not before the order; Checkout shows the period's end",
        "order_number": "no order exists yet",
        "vat_number": "entered at Checkout, after the summary",
        "card": "entered at Checkout, after the summary",
        "cart": "the header's cart shows it (its own point)",
        "trial_end": "a purchase's page: the trial confirmation, the card and the welcome email show a trial's end",
    },
)


# Checkout: the review of the whole order.


def _read_checkout(page: CheckoutPage, trail: Trail) -> Mapping[Fact, object]:
    review = page.review()
    lines = [line for line in review.lines if line.product == trail.product]
    line = lines[0] if len(lines) == 1 else None
    return {
        "product": line.product if line else f"{len(lines)} lines of {trail.product}",
        "tier": line.tier if line else None,
        "licenses": line.licenses if line else None,
        "frequency": _frequency(page.vocab, line.frequency_label) if line else None,
        "billing_period": (line.period_start, line.period_end) if line else None,
        "plan_cost": line.plan_cost if line else None,
        "credit": -line.credit if line else None,
        "total_due": review.total_due,
        "balance_after": review.balance_after,
        "language": _language(page),
    }


def _checkout_balance_after(trail: Trail) -> object:
    # Shown only when nothing is due and the order adds credit ("Credit left on your account").
    order = trail.order
    if order is None:
        return NotKnown("no order in this scenario")
    return order.balance_after if order.total_due == 0 and order.balance_after > trail.balance_before else None


CHECKOUT = ObservationPoint(
    "checkout",
    "Checkout",
    CheckoutPage,
    _read_checkout,
    _shows(
        "product",
        "tier",
        "licenses",
        "frequency",
        "billing_period",
        "plan_cost",
        "credit",
        "total_due",
        "language",
        balance_after=_checkout_balance_after,
    ),
    {
        "unit_price": "the review shows the plan cost, not the price per license",
        "next_billing_date": "the billing period's end (checked) is the next billing date",
        "order_number": "no order exists before Place Order",
        "vat_number": "a field the buyer fills here: what is kept shows on Payment Method and in the email",
        "card": "fields the buyer fills here: what is kept shows on Payment Method",
        "cart": "its items are the order's lines; the header's cart and the cart page show the cart",
        "trial_end": "a purchase's page: the trial confirmation, the card and the welcome email show a trial's end",
    },
)


# The result page after Place Order.


def _read_result(page: OrderResultPage, trail: Trail) -> Mapping[Fact, object]:
    lines = [line for line in page.lines() if line.product == trail.product]
    line = lines[0] if len(lines) == 1 else None
    return {
        "product": line.product if line else f"{len(lines)} lines of {trail.product}",
        "tier": line.tier if line else None,
        "licenses": line.licenses if line else None,
        "frequency": _frequency(page.vocab, line.frequency_label) if line else None,
        "billing_period": (page.billing_date(), line.next_billing_date) if line else None,
        "next_billing_date": line.next_billing_date if line else None,
        "total_due": page.total_charged(),
        "balance_after": page.balance_after(),
        "order_number": page.order_number(),
        "language": _language(page),
    }


RESULT_PAGE = ObservationPoint(
    "result_page",
    "result page",
    OrderResultPage,
    _read_result,
    _shows(
        "product",
        "tier",
        "licenses",
        "frequency",
        "billing_period",
        "next_billing_date",
        "total_due",
        "balance_after",
        "order_number",
        "language",
    ),
    {
        "unit_price": "the result shows what changed, not prices per license",
        "plan_cost": "it shows the total charged (checked), not each plan's cost",
        "credit": "it shows the total charged after credit (checked), not the credit itself",
        "vat_number": "not on the result page (the email and Payment Method show it)",
        "card": "not on the result page (Payment Method shows it)",
        "cart": "the header's cart and the cart page show it",
        "trial_end": "a purchase's page: the trial confirmation, the card and the welcome email show a trial's end",
    },
)


# The Billing Center: the product's card, and the header's cart.


def _card_facts(page: BillingCenterPage, trail: Trail) -> dict[Fact, object]:
    card = page.product(trail.product).facts()
    return {
        "product": card.product,
        "tier": card.tier,
        "licenses": card.licenses,
        "frequency": _frequency(page.vocab, card.frequency_label),
        "plan_cost": card.price,
        "next_billing_date": card.next_billing_date,
        "trial_end": card.trial_ends_on,
    }


_CARD_FACTS: tuple[Fact, ...] = (
    "product",
    "tier",
    "licenses",
    "frequency",
    "plan_cost",
    "next_billing_date",
    "trial_end",
)
_CARD_NOT_SHOWN: Mapping[Fact, str] = {
    "unit_price": "a card shows the plan's price per period, not per license",
    "credit": "settled by the order; the card shows no credit",
    "total_due": "settled by the order; the card shows the plan's price",
    "balance_after": "the Billing Center's cards do not show the account balance",
    "billing_period": "the card shows the period's end as the next billing date (checked)",
    "order_number": "cards show subscriptions, not orders",
    "vat_number": "not on the cards (Payment Method shows it)",
    "card": "not on the cards (Payment Method shows it)",
}


def _read_product_card(page: BillingCenterPage, trail: Trail) -> Mapping[Fact, object]:
    return {**_card_facts(page, trail), "language": _language(page)}


PRODUCT_CARD = ObservationPoint(
    "product_card",
    "product card",
    BillingCenterPage,
    _read_product_card,
    {fact: _placed(EXPECTED[fact]) for fact in (*_CARD_FACTS, "language")},
    {**_CARD_NOT_SHOWN, "cart": "the header's cart shows it (its own point)"},
)


def _read_header_cart(page: BillingCenterPage, trail: Trail) -> Mapping[Fact, object]:
    return {"cart": page.cart_count()}


_HEADER_ONLY = "the header shows only the cart's count"
HEADER_CART = ObservationPoint(
    "header_cart",
    "header's cart",
    BillingCenterPage,
    _read_header_cart,
    {"cart": lambda trail: len(trail.cart)},
    {fact: _HEADER_ONLY for fact in FACTS if fact not in ("cart", "language")}
    | {"language": "the count is a number; the page's language is read at the product card"},
)


# The cart page.


def _read_cart_page(page: CartPage, trail: Trail) -> Mapping[Fact, object]:
    items = page.items()
    lines = [line for line in items if line.product == trail.product]
    line = lines[0] if len(lines) == 1 else None
    return {
        "cart": tuple(line.product for line in items),
        "tier": line.tier if line else None,
        "licenses": line.licenses if line else None,
        "frequency": _frequency(page.vocab, line.frequency_label) if line else None,
        "plan_cost": line.plan_cost if line else None,
        "language": _language(page),
    }


CART_PAGE = ObservationPoint(
    "cart_page",
    "cart page",
    CartPage,
    _read_cart_page,
    {
        "cart": EXPECTED["cart"],
        "tier": _in_cart(EXPECTED["tier"]),
        "licenses": _in_cart(EXPECTED["licenses"]),
        "frequency": _in_cart(EXPECTED["frequency"]),
        "plan_cost": _in_cart(_of_summary(lambda _summary, line: line.plan_cost)),
        "language": EXPECTED["language"],
    },
    {
        "product": "the items' names are the cart fact (checked)",
        "unit_price": "the cart shows each item's plan cost, not the price per license",
        "credit": "prorated at Checkout, not in the cart",
        "total_due": "totalled at Checkout, not in the cart",
        "balance_after": "settled at Checkout, not in the cart",
        "billing_period": "Checkout shows the period",
        "next_billing_date": "Checkout shows the period",
        "order_number": "the cart holds no order",
        "vat_number": "entered at Checkout",
        "card": "entered at Checkout",
        "trial_end": "a trial does not go through the cart",
    },
)


# The confirmation email: its headers, its text part, its HTML part.


def _read_email_headers(message: MailMessage, trail: Trail) -> Mapping[Fact, object]:
    language = message.language
    try:
        shown_language: object = language_of_locale(language) if language else None
    except ValueError:
        shown_language = repr(language)
    subject = " ".join(message.subject.split())
    return {"order_number": subject, "product": subject, "language": shown_language}


def _order_subject(trail: Trail) -> object:
    """An order confirmation's subject names its order."""
    if trail.is_trial:
        return NotKnown("a trial's welcome names the product in its subject, not an order")
    if trail.order_number is None:
        return NotKnown("no order is placed yet")
    return " ".join(trail.vocab.format("email_subject_order", number=trail.order_number).split())


def _trial_subject(trail: Trail) -> object:
    """A trial's welcome names the product in its subject."""
    if not trail.is_trial:
        return NotKnown("an order confirmation's subject names the order, not the product")
    return " ".join(trail.vocab.format("email_subject_trial", product=trail.product).split())


def _mail_language(trail: Trail) -> object:
    if not trail.mail_language_known:
        return NotKnown("the live product is not known to send a Content-Language")
    return language_of_locale(trail.locale)


_HEADERS_ONLY = "the headers carry subject, sender, recipient and language, not this"
EMAIL_HEADERS = ObservationPoint(
    "email_headers",
    "email headers",
    MailMessage,
    _read_email_headers,
    {"order_number": _order_subject, "product": _trial_subject, "language": _mail_language},
    {fact: _HEADERS_ONLY for fact in FACTS if fact not in ("order_number", "product", "language")},
)


def _sheet_facts(sheet: FactSheet, trail: Trail) -> dict[Fact, object]:
    vocab, locale = trail.vocab, trail.locale

    def fact(of: FactSheet, key: str) -> str | None:
        try:
            return of.fact(vocab[key])
        except MissingFactError:
            return None

    def parsed(text: str | None, parse: Callable[[str], object]) -> object:
        if text is None:
            return None
        try:
            return parse(text)
        except FormatError as error:
            return f"{text!r} ({error})"

    def money(text: str) -> Decimal:
        return parse_money(text, locale)

    # An order's facts are in its product's section; a trial's welcome states them in general.
    try:
        of: FactSheet = sheet.section(trail.product)
        product: str | None = trail.product
    except MissingFactError:
        of, product = sheet, fact(sheet, "product")
    credit = fact(of, "unused_plan_credit")
    return {
        "product": product,
        "tier": fact(of, "plan"),
        "licenses": parsed(fact(of, "user_licenses"), lambda text: parse_count(text, locale)),
        "frequency": _frequency(vocab, fact(of, "billing_frequency")),
        "plan_cost": parsed(fact(of, "plan_cost"), money),
        "credit": parsed(credit, lambda text: -money(text)),  # written with a minus sign
        "billing_period": parsed(fact(of, "billing_period"), lambda text: tuple(find_long_dates(text, locale))),
        "next_billing_date": parsed(fact(of, "next_billing_date"), lambda text: parse_long_date(text, locale)),
        "trial_end": parsed(fact(of, "trial_ends_on"), lambda text: parse_long_date(text, locale)),
        "total_due": parsed(fact(sheet, "total_due"), money),
        "balance_after": parsed(fact(sheet, "account_balance_credit"), money),
        "order_number": fact(sheet, "order_number"),
        "vat_number": fact(sheet, "vat_number"),
    }


_EMAIL_FACTS: tuple[Fact, ...] = (
    "product",
    "tier",
    "licenses",
    "frequency",
    "plan_cost",
    "credit",
    "billing_period",
    "next_billing_date",
    "trial_end",
    "total_due",
    "balance_after",
    "order_number",
    "vat_number",
)
_EMAIL_EXPECTED: dict[Fact, Expectation] = {
    # The credit's line is left out when there is none.
    "credit": _of_order(lambda _order, line: line.credit if line.credit > 0 else None),
    "vat_number": _vat_number_on_order,
}
_EMAIL_NOT_SHOWN: Mapping[Fact, str] = {
    "unit_price": "the email states each plan's cost, not the price per license",
    "card": "the confirmation does not name the card (Payment Method shows it)",
    "cart": "an email does not show the cart",
}


def _read_email_text(message: MailMessage, trail: Trail) -> Mapping[Fact, object]:
    return _sheet_facts(text_facts(message.text), trail)


def _read_email_html(message: MailMessage, trail: Trail) -> Mapping[Fact, object]:
    declared = html_language(message.html)
    try:
        language: object = language_of_locale(declared)
    except ValueError:
        language = repr(declared)
    return {**_sheet_facts(html_facts(message.html), trail), "language": language}


EMAIL_TEXT = ObservationPoint(
    "email_text",
    "email text part",
    MailMessage,
    _read_email_text,
    _shows(*_EMAIL_FACTS) | _EMAIL_EXPECTED,
    {**_EMAIL_NOT_SHOWN, "language": "a text part declares no language; its labels are read in the locale's words"},
)
EMAIL_HTML = ObservationPoint(
    "email_html",
    "email HTML part",
    MailMessage,
    _read_email_html,
    _shows(*_EMAIL_FACTS, "language") | _EMAIL_EXPECTED,
    _EMAIL_NOT_SHOWN,
)


# Users and licenses, Payment Method.


def _read_user_licenses(page: UserLicensesPage, trail: Trail) -> Mapping[Fact, object]:
    _assigned, bought = page.assigned(trail.product)  # fails naming the columns when the product has none
    return {"product": trail.product, "licenses": bought, "language": _language(page)}


_USERS_ONLY = "the user-licenses page shows users and licenses, not this"
USER_LICENSES = ObservationPoint(
    "user_licenses",
    "user-licenses page",
    UserLicensesPage,
    _read_user_licenses,
    {fact: _placed(EXPECTED[fact]) for fact in ("product", "licenses")} | {"language": EXPECTED["language"]},
    {fact: _USERS_ONLY for fact in FACTS if fact not in ("product", "licenses", "language")},
)


def _read_payment_method(page: PaymentMethodPage, trail: Trail) -> Mapping[Fact, object]:
    on_file = page.card_on_file()
    card = CardEntered(on_file.last4, on_file.holder, on_file.expiry) if on_file is not None else None
    return {"card": card, "vat_number": vat_number_on_file(page), "language": _language(page)}


_PAYMENT_ONLY = "Payment Method shows the card and the VAT number, not this"
PAYMENT_METHOD = ObservationPoint(
    "payment_method",
    "Payment Method page",
    PaymentMethodPage,
    _read_payment_method,
    {"card": _placed(_card), "vat_number": _placed(_vat_number), "language": EXPECTED["language"]},
    {fact: _PAYMENT_ONLY for fact in FACTS if fact not in ("card", "vat_number", "language")},
)


# Billing History: the order's row, and its invoice as a PDF (a free trial is not billed).

_NOT_BILLED = "a free trial is not billed: the history has no row of it"


def _billed(expectation: Expectation) -> Expectation:
    """A fact of the order's row or invoice: expected once the order is placed and its number known."""

    def expected(trail: Trail) -> object:
        if trail.is_trial:
            return NotKnown(_NOT_BILLED)
        if trail.order_number is None:
            return NotKnown("no order is placed yet")
        return expectation(trail)

    return expected


def _named_among(products: str, trail: Trail) -> object:
    """The trail's product when a comma-separated list of product names holds it, else the list
    (an order of the cart's items names each of them)."""
    names = tuple(name.strip() for name in products.split(","))
    return trail.product if trail.product in names else names


def _read_billing_history(page: BillingHistoryPage, trail: Trail) -> Mapping[Fact, object]:
    rows = [entry for entry in page.entries() if entry.number == trail.order_number]
    if len(rows) != 1:
        numbers = [entry.number for entry in page.entries()]
        shown: object = f"{len(rows)} rows of order {trail.order_number} (rows: {numbers})"
        return {"product": shown, "order_number": shown, "total_due": shown, "language": _language(page)}
    row = rows[0]
    return {
        "product": _named_among(row.products, trail),
        "order_number": row.number,
        "total_due": row.total,
        "language": _language(page),
    }


_HISTORY_SHOWS: tuple[Fact, ...] = ("product", "order_number", "total_due")
_ROW_ONLY = "a history row shows the date, invoice number, type, products and total, not this"
BILLING_HISTORY = ObservationPoint(
    "billing_history",
    "Billing History page",
    BillingHistoryPage,
    _read_billing_history,
    {fact: _billed(EXPECTED[fact]) for fact in _HISTORY_SHOWS} | {"language": EXPECTED["language"]},
    {fact: _ROW_ONLY for fact in FACTS if fact not in (*_HISTORY_SHOWS, "language")},
)


def _read_invoice(invoice: InvoicePdf, trail: Trail) -> Mapping[Fact, object]:
    vocab, locale, product = trail.vocab, trail.locale, trail.product
    section = product if product in invoice.sections else None
    if section is None:
        missing = f"no section of {product} (sections: {list(invoice.sections)})"
        per_product: dict[Fact, object] = dict.fromkeys(
            ("product", "tier", "licenses", "frequency", "billing_period", "plan_cost", "credit"), missing
        )
    else:
        credit = vocab.unused_plan_credit
        per_product = {
            "product": product,
            "tier": invoice.text(vocab.plan, section),
            "licenses": invoice.count(vocab.user_licenses, locale, section),
            "frequency": _frequency(vocab, invoice.text(vocab.billing_frequency, section)),
            "billing_period": invoice.period(vocab.billing_period, locale, section),
            "plan_cost": invoice.money(vocab.plan_cost, locale, section),
            # Stated only when there is one: none stated is a credit of zero.
            "credit": invoice.money(credit, locale, section) if invoice.states(credit, section) else Decimal("0.00"),
        }
    paid_with = invoice.text(vocab.payment_method) if invoice.states(vocab.payment_method) else None
    return {
        **per_product,
        "total_due": invoice.money(vocab.history_total, locale),
        "order_number": invoice.text(vocab.invoice_number),
        "vat_number": invoice.text(vocab.vat_number) if invoice.states(vocab.vat_number) else None,
        "card": paid_with.split()[-1] if paid_with else None,
        "language": _language_code(invoice.language),
    }


def _card_paid_with(trail: Trail) -> object:
    """The invoice names the card a payment was made with by its last four digits; nothing paid, no card."""
    order = trail.order
    if order is not None and order.total_due == 0:
        return None
    return trail.card.last4 if trail.card is not None else NotKnown("the scenario entered no card")


_INVOICE_SHOWS: tuple[Fact, ...] = (
    "product", "tier", "licenses", "frequency", "billing_period", "plan_cost", "credit", "total_due", "order_number",
    "vat_number",
)  # fmt: skip
INVOICE = ObservationPoint(
    "invoice",
    "order's invoice (PDF)",
    InvoicePdf,
    _read_invoice,
    {fact: _billed(EXPECTED[fact]) for fact in _INVOICE_SHOWS}
    | {"card": _billed(_card_paid_with), "language": _billed(EXPECTED["language"])},
    {
        "unit_price": "the invoice states each plan's cost, not the price per license",
        "balance_after": "the invoice states the account balance used, not what is left",
        "next_billing_date": "the billing period's end (checked) is the next billing date",
        "trial_end": "an invoice is of an order; a free trial has none",
        "cart": "an invoice is of what was bought; the header's cart and the cart page show the cart",
    },
)


# The next visit: the Billing Center opened afresh in another tab of the signed-in browser.


def _read_next_visit(page: BillingCenterPage, trail: Trail) -> Mapping[Fact, object]:
    return {**_card_facts(page, trail), "cart": page.cart_count(), "language": _language(page)}


NEXT_VISIT = ObservationPoint(
    "next_visit",
    "next visit (Billing Center, new tab)",
    BillingCenterPage,
    _read_next_visit,
    {fact: _placed(EXPECTED[fact]) for fact in (*_CARD_FACTS, "language")} | {"cart": lambda trail: len(trail.cart)},
    _CARD_NOT_SHOWN,
)

# The free trial's confirmation screen.


def _read_trial_confirmation(page: TrialConfirmationPage, trail: Trail) -> Mapping[Fact, object]:
    shown = page.facts()
    return {
        "product": shown.product,
        "tier": shown.tier,
        "licenses": shown.licenses,
        "trial_end": shown.trial_ends_on,
        "language": _language(page),
    }


_TRIAL_ONLY = "a free trial's confirmation shows what the trial gives, not this"
TRIAL_CONFIRMATION = ObservationPoint(
    "trial_confirmation",
    "trial confirmation",
    TrialConfirmationPage,
    _read_trial_confirmation,
    _shows("product", "tier", "licenses", "trial_end", "language"),
    {fact: _TRIAL_ONLY for fact in FACTS if fact not in ("product", "tier", "licenses", "trial_end", "language")},
)

POINTS: tuple[ObservationPoint, ...] = (
    ORDER_SUMMARY,
    CHECKOUT,
    RESULT_PAGE,
    TRIAL_CONFIRMATION,
    PRODUCT_CARD,
    HEADER_CART,
    CART_PAGE,
    EMAIL_HEADERS,
    EMAIL_TEXT,
    EMAIL_HTML,
    USER_LICENSES,
    PAYMENT_METHOD,
    BILLING_HISTORY,
    INVOICE,
    NEXT_VISIT,
)


# --- checking -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """What `check` did at a point: the facts compared, and those it could not compare (why)."""

    point: str
    compared: tuple[Fact, ...]
    not_known: Mapping[Fact, str] = field(default_factory=dict)


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(_shown(item) for item in value) + ")"
    if isinstance(value, date):
        return value.isoformat()
    return repr(value) if not isinstance(value, Decimal) else str(value)


def differences(point: ObservationPoint, observed: Mapping[Fact, object], trail: Trail) -> tuple[list[str], Checked]:
    """Every fact `point` shows whose observed value differs from the trail's, and what was compared."""
    read, declared = set(observed), set(point.shows)
    if read != declared:
        raise AssertionError(
            f"harness error: the {point.title} reader returned {sorted(read)}, but the point shows {sorted(declared)}"
        )
    found: list[str] = []
    compared: list[Fact] = []
    not_known: dict[Fact, str] = {}
    for fact in FACTS:
        if fact not in point.shows:
            continue
        expected = point.shows[fact](trail)
        if isinstance(expected, NotKnown):
            not_known[fact] = expected.why
            continue
        compared.append(fact)
        if observed[fact] != expected:
            found.append(
                f"{FACT_TITLES[fact]}: the {point.title} shows {_shown(observed[fact])}, expected {_shown(expected)}"
            )
    return found, Checked(point.name, tuple(compared), not_known)


def check(point: ObservationPoint, source: object, trail: Trail) -> Checked:
    """Read every fact `point` shows from `source` (its page object, or the email) and compare
    each with the trail; an AssertionError lists every difference."""
    if not isinstance(source, point.source):
        raise TypeError(f"the {point.title} is read from a {point.source.__name__}, not {type(source).__name__}")
    found, checked = differences(point, point.read(source, trail), trail)
    if found:
        where = f" ({source.describe()})" if isinstance(source, BasePage) else ""
        raise AssertionError(f"the fact trail breaks at the {point.title}{where}:\n  - " + "\n  - ".join(found))
    return checked


def check_email(message: MailMessage, trail: Trail) -> list[Checked]:
    """The email's headers, text part and HTML part; every difference of all three in one failure."""
    problems: list[str] = []
    done: list[Checked] = []
    for point in (EMAIL_HEADERS, EMAIL_TEXT, EMAIL_HTML):
        found, checked = differences(point, point.read(message, trail), trail)
        problems += [f"{point.title}: {problem}" for problem in found]
        done.append(checked)
    if problems:
        raise AssertionError("the fact trail breaks in the email:\n  - " + "\n  - ".join(problems))
    return done


def follow_after(current: BasePage, trail: Trail) -> list[Checked]:
    """Every place that shows what an order or a trial left, visited in turn from the page the
    browser is on: the product card and the header's cart, the cart page, the user-licenses page,
    Payment Method, Billing History and the order's invoice (when an order was placed), and a next
    visit (the Billing Center in a new tab, closed afterwards). The browser ends on Billing History
    (Payment Method after a free trial); every difference at every point is listed in one failure."""
    page, vocab = current.page, current.vocab
    billing = BillingCenterPage(page, vocab).open()
    visits: list[tuple[ObservationPoint, Callable[[], object]]] = [
        (PRODUCT_CARD, lambda: billing),
        (HEADER_CART, lambda: billing),
        (CART_PAGE, lambda: CartPage(page, vocab).open()),
        (USER_LICENSES, lambda: UserLicensesPage(page, vocab).open()),
        (PAYMENT_METHOD, lambda: PaymentMethodPage(page, vocab).open()),
    ]
    if trail.order_number is not None:
        history = BillingHistoryPage(page, vocab)
        visits += [
            (BILLING_HISTORY, history.open),
            (INVOICE, lambda: history.invoice(str(trail.order_number))),
        ]
    problems: list[str] = []
    done: list[Checked] = []
    for point, arrive_at in visits:
        source = arrive_at()
        found, checked = differences(point, point.read(source, trail), trail)
        problems += [f"{point.title}: {problem}" for problem in found]
        done.append(checked)
    if trail.order_number is None:
        # Nothing was ordered (a free trial): no row or invoice to read; said, not passed over.
        why = _NOT_BILLED if trail.is_trial else "no order is placed yet"
        done += [Checked(point.name, (), dict.fromkeys(point.shows, why)) for point in (BILLING_HISTORY, INVOICE)]
    tab = page.context.new_page()
    try:
        visit = BillingCenterPage(tab, vocab).open()
        found, checked = differences(NEXT_VISIT, NEXT_VISIT.read(visit, trail), trail)
        problems += [f"{NEXT_VISIT.title}: {problem}" for problem in found]
        done.append(checked)
    finally:
        tab.close()
    if problems:
        raise AssertionError("the fact trail breaks afterwards:\n  - " + "\n  - ".join(problems))
    return done


# --- the matrix -----------------------------------------------------------------------------------


def matrix_rows() -> list[tuple[str, list[str]]]:
    """One row per fact: its title, then per point "checked" or "not shown: why" ("HOLE" if neither)."""
    rows = []
    for fact in FACTS:
        cells = []
        for point in POINTS:
            if fact in point.shows and fact in point.not_shown:
                cells.append("HOLE: declared both checked and not shown")
            elif fact in point.shows:
                cells.append("checked")
            elif fact in point.not_shown:
                cells.append(f"not shown: {point.not_shown[fact]}")
            else:
                cells.append("HOLE")
        rows.append((FACT_TITLES[fact], cells))
    return rows


def holes() -> list[str]:
    """Every cell of the matrix neither checked nor declared not shown, as "point: fact"."""
    found = [f"{point.name}: {fact}" for point in POINTS for fact in point.holes()]
    found += [f"{point.name}: {fact} (both)" for point in POINTS for fact in point.declared_twice()]
    return found


def counts() -> tuple[int, int]:
    """(cells checked, cells declared not shown)."""
    checked = sum(len(point.shows) for point in POINTS)
    return checked, sum(len(point.not_shown) for point in POINTS)
