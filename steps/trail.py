"""The fact trail of a scenario (`flows.fact_trail.Trail`), made from what its steps carry: the
account the harness made, the plan change or trial chosen, the oracle's amounts, what was entered
at Checkout or on Payment Method and the order as the result page first numbered it. Steps make
it here and hand it to `flows.fact_trail`, which checks it at each observation point they reach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from billing_e2e.domain import PRODUCT_NAMES
from billing_e2e.factories import TestCard
from billing_e2e.prices import PriceList
from billing_e2e.targets import Target
from flows.fact_trail import CardEntered, Chosen, Trail

from .state import PlanChange, ScenarioAccount


@dataclass(frozen=True)
class PaymentEntered:
    """What the buyer entered at Checkout: the card (None: none asked for) and the VAT number
    (None: none, as in the US)."""

    card: CardEntered | None
    vat_number: str | None

    @classmethod
    def of(cls, card: TestCard | None, vat_number: str | None) -> PaymentEntered:
        return cls(card_entered(card) if card is not None else None, vat_number or None)


def card_entered(card: TestCard) -> CardEntered:
    return CardEntered(card.last4, card.holder, card.expiry)


def trail_of(
    account: ScenarioAccount,
    plan_change: PlanChange,
    price_list: PriceList | None,
    *,
    payment: PaymentEntered | None = None,
    order_number: str | None = None,
    in_cart: bool = False,
    target: Target | None = None,
) -> Trail:
    """An order's trail at this stage: before Place Order (`order_number` None) the cart holds
    what the harness put there (and the change itself once added, `in_cart`); after it, nothing."""
    placed = order_number is not None
    selection = plan_change.chosen
    chosen = Chosen(
        product=plan_change.product,
        tier=selection.tier,
        licenses=selection.licenses,
        frequency=selection.frequency,
        unit_price=plan_change.unit_price(price_list, account.currency),
        summary=plan_change.expected(price_list, account, with_cart=False),
        order=plan_change.expected(price_list, account),
    )
    cart_before = tuple(PRODUCT_NAMES[code] for code, *_ in account.cart)
    cart = () if placed else (*cart_before, *((plan_change.product,) if in_cart else ()))
    entered_vat = payment.vat_number if payment is not None else None
    return _trail(
        account,
        chosen,
        cart=cart,
        order_number=order_number,
        vat_number=entered_vat,
        card=payment.card if payment is not None else None,
        settled=placed,
        target=target,
    )


def trial_trail_of(
    account: ScenarioAccount, plan_change: PlanChange, trial_ends_on: date, target: Target | None = None
) -> Trail:
    """A started free trial's trail: the product, plan and licenses chosen, the day it ends; no
    frequency, no price, nothing in the cart."""
    selection = plan_change.chosen
    chosen = Chosen(plan_change.product, selection.tier, selection.licenses, trial_ends_on=trial_ends_on)
    cart = tuple(PRODUCT_NAMES[code] for code, *_ in account.cart)
    return _trail(account, chosen, cart=cart, settled=True, target=target)


def payment_trail_of(account: ScenarioAccount, card: TestCard | None) -> Trail:
    """The trail of a payment-method change: the card typed, the account's VAT number."""
    cart = tuple(PRODUCT_NAMES[code] for code, *_ in account.cart)
    return _trail(account, None, cart=cart, card=card_entered(card) if card else None, settled=True)


def _trail(
    account: ScenarioAccount,
    chosen: Chosen | None,
    *,
    cart: tuple[str, ...],
    order_number: str | None = None,
    vat_number: str | None = None,
    card: CardEntered | None = None,
    settled: bool,
    target: Target | None = None,
) -> Trail:
    live = account.account_id is None
    return Trail(
        locale=account.locale,
        chosen=chosen,
        balance_before=account.balance,
        cart=cart,
        order_number=order_number,
        vat_number=vat_number or account.vat_number,
        vat_number_known=not live or vat_number is not None,
        card=card,
        settled=settled,
        mail_language_known=target.is_mock if target is not None else not live,
    )
