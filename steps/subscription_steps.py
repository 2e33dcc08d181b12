"""Steps on the Billing Center page and Edit Subscription: the options icon, plan, licenses,
billing frequency, the Order Summary and on to checkout."""

from __future__ import annotations

from dataclasses import replace

import flows
from billing_e2e.domain import PRODUCT_CODES
from billing_e2e.oracle import PlanNow, cents
from billing_e2e.prices import Catalog, PriceList
from fixtures.reporting import ScenarioNotes
from flows import fact_trail
from pages import BillingCenterPage, EditSubscriptionPage
from pages.base import CurrentPage
from pages.product_card import ADD_LICENSES_KEYS
from pages.vocabulary import Vocabulary

from .phrasing import require_label, then, when
from .state import Held, PlanChange, ScenarioAccount, Selection, frequency_code
from .trail import trail_of


@when(target_fixture="plan_change")
def open_edit_subscription(
    product: str,
    options: str,
    edit_subscription: str,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    target_catalog: Catalog | None,
    scenario_notes: ScenarioNotes,
) -> PlanChange:
    require_label(vocabulary, "options", options)
    require_label(vocabulary, "edit_subscription", edit_subscription)
    billing = current_page(BillingCenterPage)
    held = held_before(product, account, billing, vocabulary, target_catalog, scenario_notes)
    if held.paid is None:
        raise AssertionError(f"the {product} card shows no paid plan (billing date, price and frequency)")
    flows.open_edit_subscription(billing, product)
    return PlanChange(product=product, product_code=PRODUCT_CODES[product], held=held, chosen=held.selection)


def held_before(
    product: str,
    account: ScenarioAccount,
    billing: BillingCenterPage,
    vocabulary: Vocabulary,
    catalog: Catalog | None,
    notes: ScenarioNotes,
) -> Held:
    """What the account holds of `product` before the change: as the harness made it, checked
    against what the product's card shows; on a live target, read back from the card (and said)."""
    card = billing.product(product).facts()
    billed = frequency_code(vocabulary, card.frequency_label) if card.frequency_label is not None else None
    paid = (
        PlanNow(billed, card.price, card.next_billing_date)
        if billed is not None and card.price is not None and card.next_billing_date is not None
        else None
    )
    planned = account.planned(PRODUCT_CODES[product], catalog) if catalog is not None else None
    if planned is None:
        notes.read_back(
            f"the {product} plan held before the change",
            "the live target's account file does not say what its accounts hold: taken from the product card",
        )
        return Held(Selection(card.tier, card.licenses, billed or "monthly"), paid)
    shown = (card.tier, card.licenses)
    expected = (planned.selection.tier, planned.selection.licenses)
    assert shown == expected, f"the {product} card shows (plan, licenses) {shown}, but the account holds {expected}"
    assert paid == planned.paid, f"the {product} card shows {paid}, but the account's current period is {planned.paid}"
    return planned


@then()
def expired_trial_card(
    product: str, options: str, subscribe_now: str, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "options", options)
    require_label(vocabulary, "subscribe_now", subscribe_now)
    card = current_page(BillingCenterPage).product(product)
    assert not card.has_options_icon(), f"the {product} card of an ended trial still shows the {options} icon"
    assert card.has_subscribe_now(), f"the {product} card of an ended trial offers no {subscribe_now}"


@when(target_fixture="plan_change")
def subscribe_now(
    product: str,
    subscribe_now: str,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    target_catalog: Catalog | None,
    scenario_notes: ScenarioNotes,
) -> PlanChange:
    require_label(vocabulary, "subscribe_now", subscribe_now)
    billing = current_page(BillingCenterPage)
    trial = held_before(product, account, billing, vocabulary, target_catalog, scenario_notes)
    edit_page = flows.subscribe_after_trial(billing, product)
    # The trial's plan, billed as the page preselects it (a trial has no billing frequency).
    billed = edit_page.selected_frequency() or "monthly"
    return PlanChange(
        product=product,
        product_code=PRODUCT_CODES[product],
        held=Held(replace(trial.selection, frequency=billed), paid=None),
        chosen=Selection(edit_page.selected_tier(), edit_page.licenses(), billed),
    )


def _edit_page(current_page: CurrentPage, plan_change: PlanChange) -> EditSubscriptionPage:
    return current_page(EditSubscriptionPage, product=plan_change.product)


@when(target_fixture="plan_change")
def choose_plan(tier: str, plan_change: PlanChange, current_page: CurrentPage) -> PlanChange:
    page = _edit_page(current_page, plan_change).choose_tier(tier)
    assert page.selected_tier() == tier
    return plan_change.choose(tier=tier)


@when(target_fixture="plan_change")
def set_licenses(licenses: int, plan_change: PlanChange, current_page: CurrentPage) -> PlanChange:
    page = _edit_page(current_page, plan_change).set_licenses(licenses)
    assert page.licenses() == licenses
    return plan_change.choose(licenses=licenses)


@when(target_fixture="plan_change")
def choose_frequency(
    frequency: str, plan_change: PlanChange, current_page: CurrentPage, vocabulary: Vocabulary
) -> PlanChange:
    code = frequency_code(vocabulary, frequency)
    page = _edit_page(current_page, plan_change).choose_frequency(code)
    assert page.selected_frequency() == code
    return plan_change.choose(frequency=code)


@when(target_fixture="plan_change")
def review_summary_and_proceed(
    summary: str,
    proceed: str,
    plan_change: PlanChange,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    account: ScenarioAccount,
    price_list: PriceList | None,
    scenario_notes: ScenarioNotes,
) -> PlanChange:
    require_label(vocabulary, "order_summary", summary)
    require_label(vocabulary, "proceed_to_checkout", proceed)
    page = _edit_page(current_page, plan_change)
    shown = page.order_summary()
    if price_list is None:
        scenario_notes.read_back(
            f"the price per license of {plan_change.product} {plan_change.chosen.tier}",
            "the live target publishes no price list: taken from its Order Summary",
        )
        plan_change = plan_change.with_shown_unit_price(shown.unit_price)
    # The Order Summary prices this subscription alone; the cart's other items join at checkout.
    expected = plan_change.expected(price_list, account, with_cart=False)
    line = expected.lines[0]
    assert (shown.tier, shown.licenses) == (plan_change.chosen.tier, plan_change.chosen.licenses)
    assert shown.plan_cost == line.plan_cost, f"Order Summary plan cost {shown.plan_cost}, expected {line.plan_cost}"
    # The page writes the credit with a minus sign.
    assert -shown.credit == line.credit, f"Order Summary credit {-shown.credit}, expected {line.credit}"
    # The account's credit spent first, shown with a minus sign (and not at all when none is).
    assert -shown.balance_used == expected.balance_used, (
        f"Order Summary balance used {-shown.balance_used}, expected {expected.balance_used}"
    )
    assert shown.total_due == expected.total_due, (
        f"Order Summary total {shown.total_due}, expected {expected.total_due}"
    )
    assert shown.plan_cost == cents(shown.unit_price * shown.licenses)
    fact_trail.check(fact_trail.ORDER_SUMMARY, page, trail_of(account, plan_change, price_list))
    flows.leave_selection(page, via="proceed_to_checkout")
    return plan_change


@then()
def downgrade_refused(
    contact_support: str, plan_change: PlanChange, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    require_label(vocabulary, "contact_support", contact_support)
    assert _edit_page(current_page, plan_change).downgrade_refused(), "the page does not refuse the tier downgrade"


@when()
def add_to_cart_then_checkout(
    summary: str,
    add_to_cart: str,
    proceed: str,
    plan_change: PlanChange,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    account: ScenarioAccount,
    price_list: PriceList | None,
) -> None:
    require_label(vocabulary, "order_summary", summary)
    require_label(vocabulary, "add_to_cart", add_to_cart)
    require_label(vocabulary, "proceed_to_checkout", proceed)
    page = _edit_page(current_page, plan_change)
    assert page.primary_action() == "add_to_cart", "with items in the cart the page must offer Add to Cart"
    shown = page.order_summary()
    expected = plan_change.expected(price_list, account, with_cart=False)
    assert shown.total_due == expected.total_due, (
        f"Order Summary total {shown.total_due}, expected {expected.total_due}"
    )
    fact_trail.check(fact_trail.ORDER_SUMMARY, page, trail_of(account, plan_change, price_list))
    cart = page.add_to_cart()
    fact_trail.check(fact_trail.CART_PAGE, cart, trail_of(account, plan_change, price_list, in_cart=True))
    in_cart = cart.products()
    assert plan_change.product in in_cart, f"{plan_change.product} is not in the cart: {in_cart}"
    assert len(in_cart) == 1 + len(account.cart), f"the cart holds {in_cart}"
    flows.go_through_cart(cart)


# --- the card's own button to add licenses (article 009) ------------------------------------------


def _require_add_licenses_label(vocabulary: Vocabulary, quoted: str) -> None:
    """`quoted` must be one of the card's add-licenses labels (Add Organizers, Agents, Experts, Users)."""
    key = vocabulary.key_for(quoted)
    if key not in ADD_LICENSES_KEYS:
        known = ", ".join(repr(vocabulary[key]) for key in ADD_LICENSES_KEYS)
        raise AssertionError(f"{quoted!r} is not a card's add-licenses label in {vocabulary.locale}; known: {known}")


@when(target_fixture="plan_change")
def add_licenses_from_the_card(
    product: str,
    add_licenses: str,
    account: ScenarioAccount,
    current_page: CurrentPage,
    vocabulary: Vocabulary,
    target_catalog: Catalog | None,
    scenario_notes: ScenarioNotes,
) -> PlanChange:
    """The card's button opens the selection of this plan, to add licenses to it: the same plan
    and billing frequency, and no fewer licenses than the account holds."""
    _require_add_licenses_label(vocabulary, add_licenses)
    billing = current_page(BillingCenterPage)
    held = held_before(product, account, billing, vocabulary, target_catalog, scenario_notes)
    if held.paid is None:
        raise AssertionError(f"the {product} card shows no paid plan to add licenses to")
    shown = billing.product(product).add_licenses_label()
    assert shown == add_licenses, f"the {product} card's button to add licenses reads {shown!r}, not {add_licenses!r}"
    edit = flows.add_licenses_from_card(billing, product)
    opened = Selection(edit.selected_tier(), edit.licenses(), edit.selected_frequency() or held.selection.frequency)
    kept = (held.selection.tier, held.selection.frequency)
    assert (opened.tier, opened.frequency) == kept, f"{add_licenses} opened {opened}, not the plan held {kept}"
    assert opened.licenses >= held.selection.licenses, (
        f"{add_licenses} opened {opened.licenses} licenses, fewer than the {held.selection.licenses} held"
    )
    return PlanChange(product=product, product_code=PRODUCT_CODES[product], held=held, chosen=opened)


@then()
def no_add_licenses_for_members(
    product: str, add_licenses: str, current_page: CurrentPage, vocabulary: Vocabulary
) -> None:
    _require_add_licenses_label(vocabulary, add_licenses)
    shown = current_page(BillingCenterPage).product(product).add_licenses_label()
    assert shown is None, f"the {product} card offers {shown!r} to a user who is not a billing contact"
