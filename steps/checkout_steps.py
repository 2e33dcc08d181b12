"""Steps on the Checkout page and after: the review, payment details and VAT number, Place Order
(behind the purchase guard), the result page and the card afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

import flows
from billing_e2e.domain import PRODUCT_CODES
from billing_e2e.factories import DataFactory
from billing_e2e.formats import format_count, format_long_date
from billing_e2e.oracle import ExpectedOrder
from billing_e2e.prices import PriceList
from fixtures.reporting import ScenarioNotes
from fixtures.targets import PurchaseGuard
from flows import fact_trail
from pages import BillingCenterPage, CartPage, CheckoutPage, EditSubscriptionPage, OrderResultPage, UserLicensesPage
from pages.base import CurrentPage
from pages.vocabulary import Vocabulary

from .phrasing import require_label, then, when
from .state import PlanChange, ScenarioAccount, frequency_code
from .trail import PaymentEntered, trail_of


@dataclass(frozen=True)
class PlacedOrder:
    number: str  # as the result page showed it (the order number is the target's to give)
    expected: ExpectedOrder
    balance_after: Decimal  # as the result page showed it, before later steps navigate away

    @classmethod
    def of(cls, result: OrderResultPage, expected: ExpectedOrder) -> PlacedOrder:
        return cls(result.order_number(), expected, result.balance_after())


def ready_to_place(
    place_order: str, current_page: CurrentPage, vocabulary: Vocabulary, purchase_guard: PurchaseGuard, what: str
) -> CheckoutPage:
    """The Checkout page, up to the Place Order the step quotes, once the purchase guard lets it
    place `what` ("an order for GoTo Webinar")."""
    require_label(vocabulary, "place_order", place_order)
    checkout = flows.at_checkout(current_page(CheckoutPage))
    purchase_guard.allow(f"place {what}")
    return checkout


@then()
def review_checkout(
    title: str,
    current_page: CurrentPage,
    plan_change: PlanChange,
    vocabulary: Vocabulary,
    account: ScenarioAccount,
    price_list: PriceList | None,
) -> None:
    require_label(vocabulary, "checkout_title", title)
    expected = plan_change.expected(price_list, account)
    review = current_page(CheckoutPage).review()
    assert len(review.lines) == len(expected.lines), (
        f"the review lists {len(review.lines)} items, expected {len(expected.lines)}"
    )
    matching = [shown for shown in review.lines if shown.product == plan_change.product]
    assert len(matching) == 1, f"the review shows {plan_change.product} {len(matching)} times"
    shown, line = matching[0], expected.lines[0]
    assert (shown.period_start, shown.period_end) == (line.period_start, line.period_end), (
        f"billing period {shown.period_start}–{shown.period_end}, expected from today {line.period_start} "
        f"to {line.period_end}"
    )
    assert shown.licenses == line.licenses
    assert shown.plan_cost == line.plan_cost, f"plan cost {shown.plan_cost}, expected {line.plan_cost}"
    assert -review.balance_used == expected.balance_used, (
        f"account balance used {-review.balance_used}, expected {expected.balance_used}"
    )
    assert review.total_due == expected.total_due, f"total due {review.total_due}, expected {expected.total_due}"
    fact_trail.check(fact_trail.CHECKOUT, current_page(CheckoutPage), trail_of(account, plan_change, price_list))


@then()
def payment_is_requested(current_page: CurrentPage) -> None:
    assert current_page(CheckoutPage).payment_requested(), "the price went up, but the page asks for no payment details"


@then()
def no_payment_is_requested(current_page: CurrentPage) -> None:
    assert not current_page(CheckoutPage).payment_requested(), "nothing is due, but the page asks for payment details"


@pytest.fixture
def payment_entered() -> PaymentEntered | None:
    """What the buyer entered at Checkout: nothing, until the step that enters it says otherwise."""
    return None


@when(target_fixture="payment_entered")
def enter_payment_details(
    current_page: CurrentPage, test_data: DataFactory, account: ScenarioAccount
) -> PaymentEntered:
    checkout = current_page(CheckoutPage)
    card = test_data.card(today=account.today)
    checkout.enter_card(card)
    vat_number = test_data.company().vat_number
    if vat_number:
        checkout.enter_vat_number(vat_number)
    return PaymentEntered.of(card, vat_number)


@when()
def checkout_from_the_cart(proceed: str, current_page: CurrentPage, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "proceed_to_checkout", proceed)
    flows.go_through_cart(flows.open_cart(current_page(BillingCenterPage)))


@when(target_fixture="placed_order")
def place_the_order(
    place_order: str,
    current_page: CurrentPage,
    plan_change: PlanChange,
    vocabulary: Vocabulary,
    account: ScenarioAccount,
    price_list: PriceList | None,
    purchase_guard: PurchaseGuard,
) -> PlacedOrder:
    expected = plan_change.expected(price_list, account)
    checkout = ready_to_place(
        place_order, current_page, vocabulary, purchase_guard, f"an order for {plan_change.product}"
    )
    return PlacedOrder.of(checkout.place_order(), expected)


@when()
def edit_order(edit_order: str, current_page: CurrentPage, plan_change: PlanChange, vocabulary: Vocabulary) -> None:
    require_label(vocabulary, "edit_order", edit_order)
    page = flows.edit_order_and_back(current_page(CheckoutPage))
    if not isinstance(page, EditSubscriptionPage):
        raise AssertionError(
            f"{edit_order} led to {page.describe()}, not back to the selection of {plan_change.product}"
        )


@then()
def choices_kept(plan_change: PlanChange, current_page: CurrentPage) -> None:
    page = current_page(EditSubscriptionPage, product=plan_change.product)
    chosen = plan_change.chosen
    assert page.selected_tier() == chosen.tier, f"plan {page.selected_tier()}, chosen {chosen.tier}"
    assert page.licenses() == chosen.licenses, f"licenses {page.licenses()}, chosen {chosen.licenses}"
    assert page.selected_frequency() == chosen.frequency


@then()
def credit_remains(placed_order: PlacedOrder) -> None:
    expected = placed_order.expected.balance_after
    assert expected > 0, "this order should leave no credit: the scenario is wrong"
    shown = placed_order.balance_after
    assert shown == expected, f"account balance after the order {shown}, expected {expected}"


@then()
def plan_changed_from_today(
    placed_order: PlacedOrder,
    plan_change: PlanChange,
    account: ScenarioAccount,
    current_page: CurrentPage,
    price_list: PriceList | None,
    payment_entered: PaymentEntered | None,
) -> None:
    result = current_page(OrderResultPage)
    trail = trail_of(account, plan_change, price_list, payment=payment_entered, order_number=placed_order.number)
    fact_trail.check(fact_trail.RESULT_PAGE, result, trail)
    line = placed_order.expected.lines[0]
    chosen = plan_change.chosen
    assert result.billing_date() == account.today, f"billing date {result.billing_date()}, expected today"
    assert result.total_charged() == placed_order.expected.total_due
    assert result.reminder_to_assign_licenses() == plan_change.adds_licenses
    vocabulary = result.vocab
    billing = BillingCenterPage(result.page, vocabulary).open()
    card = billing.product(plan_change.product).facts()
    shown_frequency = frequency_code(vocabulary, card.frequency_label or "")
    assert (card.tier, card.licenses, shown_frequency) == (chosen.tier, line.licenses, chosen.frequency)
    assert card.next_billing_date == line.period_end, (
        f"next billing date {card.next_billing_date}, expected {format_long_date(line.period_end, vocabulary.locale)}"
    )
    # What the order leaves behind: Place Order buys the whole cart, so nothing is left in it, in
    # the header's count or on the cart page (an item left there would be bought a second time).
    assert billing.cart_count() == 0, f"the header's cart shows {billing.cart_count()} items after the order"
    cart = CartPage(result.page, vocabulary).open()
    assert cart.is_empty(), f"the cart still holds {cart.products()} after the order"
    # Every other place that shows what the order left: the card, the header's cart, the cart
    # page, user licenses, Payment Method (the card and VAT number entered) and a next visit.
    fact_trail.follow_after(cart, trail)


@then()
def assign_new_licenses(placed_order: PlacedOrder, plan_change: PlanChange, current_page: CurrentPage) -> None:
    licenses = UserLicensesPage(current_page.page, current_page.vocab).open()
    assigned_before, bought = licenses.assigned(plan_change.product)
    expected = placed_order.expected.lines[0].licenses
    assert bought == expected, f"{bought} licenses bought, expected {expected}"
    free = licenses.users_without(plan_change.product)
    if not free:
        raise AssertionError(f"every user of the account already has {plan_change.product}")
    colleague = free[0]
    saved = licenses.set_product_for_user(plan_change.product, colleague, True).save()
    assert saved.saved(), f"the assignment was not saved: {saved.error()}"
    assert saved.is_enabled(plan_change.product, colleague)
    assert saved.assigned(plan_change.product)[0] == assigned_before + 1


@then()
def assignments_up_to_the_licenses_bought(
    product: str, account: ScenarioAccount, current_page: CurrentPage, scenario_notes: ScenarioNotes
) -> None:
    """The limit at its boundary: each user up to the licenses bought is accepted (a product that
    stops one short fails here), the next one is refused (one that allows one more fails here),
    with the save's own reason: the users chosen and the licenses bought."""
    licenses = current_page(BillingCenterPage).user_licenses()
    assigned, shown = licenses.assigned(product)
    bought = next((sub.licenses for sub in account.subscriptions if sub.product == PRODUCT_CODES[product]), None)
    if bought is None:
        scenario_notes.read_back("the licenses bought", "the live account file does not say; as the page shows them")
        bought = shown
    assert shown == bought, f"the page shows {shown} {product} licenses bought, the harness bought {bought}"
    without = licenses.users_without(product)
    assert assigned + len(without) > bought, f"the account has too few users to try one more than {bought}"
    up_to_the_limit, one_more = without[: bought - assigned], without[bought - assigned]
    for name in up_to_the_limit:
        licenses = licenses.set_product_for_user(product, name, True).save()
        assert licenses.saved(), f"user {assigned + 1} of {bought} was refused {product}: {licenses.error()}"
        assigned += 1
        assert licenses.assigned(product) == (assigned, bought)
    refused = licenses.set_product_for_user(product, one_more, True).save()
    assert not refused.saved(), f"{bought + 1} users got {product} with {bought} licenses"
    # The reason names the users chosen and the licenses bought (the save's own check, before any
    # license is given: a store refusal half-way says "All N licenses … are assigned" instead).
    locale = refused.vocab.locale
    expected = refused.vocab.format(
        "error_assign_too_many", count=format_count(bought + 1, locale), limit=format_count(bought, locale)
    )
    assert refused.refusal_for(product) == expected, (
        f"the refusal for {product} reads {refused.refusal_for(product)!r} (alert {refused.error()!r}), "
        f"expected {expected!r}"
    )
    assert UserLicensesPage(refused.page, refused.vocab).open().assigned(product) == (bought, bought)
