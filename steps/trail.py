"""The fact trail of a scenario (`flows.fact_trail.Trail`), made from what its steps carry: the
account the harness made, the plan change chosen, the oracle's amounts, what was entered at
Checkout and the order as the result page first numbered it. Steps make it here and hand it to
`flows.fact_trail`, which checks it at each observation point they reach."""

from __future__ import annotations

from dataclasses import dataclass

from billing_e2e.domain import PRODUCT_NAMES
from billing_e2e.factories import TestCard
from billing_e2e.prices import PriceList
from billing_e2e.targets import Target
from flows.fact_trail import CardEntered, Trail

from .state import PlanChange, ScenarioAccount


@dataclass(frozen=True)
class PaymentEntered:
    """What the buyer entered at Checkout: the card (None: none asked for) and the VAT number
    (None: none, as in the US)."""

    card: CardEntered | None
    vat_number: str | None

    @classmethod
    def of(cls, card: TestCard | None, vat_number: str | None) -> PaymentEntered:
        entered = CardEntered(card.last4, card.holder, card.expiry) if card is not None else None
        return cls(entered, vat_number or None)


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
    """The trail at this stage: before Place Order (`order_number` None) the cart holds what the
    harness put there (and the change itself once added, `in_cart`); after it, nothing."""
    placed = order_number is not None
    chosen = plan_change.chosen
    cart_before = tuple(PRODUCT_NAMES[code] for code, *_ in account.cart)
    cart = () if placed else (*cart_before, *((plan_change.product,) if in_cart else ()))
    live = account.account_id is None
    entered_vat = payment.vat_number if payment is not None else None
    return Trail(
        locale=account.locale,
        product=plan_change.product,
        tier=chosen.tier,
        licenses=chosen.licenses,
        frequency=chosen.frequency,
        unit_price=plan_change.unit_price(price_list, account.currency),
        summary=plan_change.expected(price_list, account, with_cart=False),
        order=plan_change.expected(price_list, account),
        balance_before=account.balance,
        cart=cart,
        order_number=order_number,
        vat_number=entered_vat or account.vat_number,
        vat_number_known=not live or entered_vat is not None,
        card=payment.card if payment is not None else None,
        placed=placed,
        mail_language_known=target.is_mock if target is not None else not live,
    )
