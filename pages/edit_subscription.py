"""Edit Subscription (`/subscriptions/<id>/edit`), also Subscribe Now on an ended free trial:
plan (Change → dialog), user licenses, billing frequency, the live Order Summary, and Proceed to
Checkout or Add to Cart."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page, expect

from billing_e2e.domain import Frequency

from .base import BasePage, accessible_name, alert_texts, exactly, field_error, titled
from .components import (
    CheckoutButtons,
    FrequencyChoice,
    LicenseStepper,
    OrderSummary,
    OrderSummaryPanel,
    PrimaryAction,
)
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage
    from .cart import CartPage
    from .checkout import CheckoutPage
    from .support import SupportPage


class EditSubscriptionPage(BasePage):
    """Heading "<Edit Subscription | Subscribe Now>: <product>"."""

    def __init__(self, page: Page, vocab: Vocabulary, product: str | None = None) -> None:
        edit, subscribe = titled(vocab.edit_subscription, product), titled(vocab.subscribe_now, product)
        super().__init__(page, vocab, re.compile(f"{edit.pattern}|{subscribe.pattern}", re.IGNORECASE))
        self.product = product
        self.plan_region = self.main.get_by_role("region", name=exactly(vocab.plan))
        self.change_button = self.plan_region.get_by_role("button", name=exactly(vocab.change))
        self.selected_tier_text = self.plan_region.get_by_role("strong")
        self.tier_dialog = page.get_by_role("dialog")
        self.done_button = self.tier_dialog.get_by_role("button", name=exactly(vocab.done))
        self.licenses_region = self.main.get_by_role("region", name=exactly(vocab.user_licenses))
        self.stepper = LicenseStepper(self.licenses_region, vocab, vocab.user_licenses)
        self.frequency = FrequencyChoice(self.main, vocab)
        self.summary = OrderSummaryPanel(self.main, vocab)
        self.buttons = CheckoutButtons(self.main, vocab)
        self.cancel_link = self.main.get_by_role("link", name=exactly(vocab.cancel))

    # --- choices ----------------------------------------------------------------------------

    def choose_tier(self, name: str) -> EditSubscriptionPage:
        """Change → choose the plan in the dialog → Done."""
        self.change_button.click()
        expect(self.tier_dialog).to_be_visible()
        radio = self.tier_dialog.get_by_role("radio", name=exactly(name))
        try:
            expect(radio).to_be_visible()
        except AssertionError as error:
            offered = [accessible_name(option) for option in self.tier_dialog.get_by_role("radio").all()]
            raise AssertionError(f"the plan dialog offers no {name!r}; it offers {offered}") from error
        radio.check()
        self.done_button.click()
        expect(self.tier_dialog).to_be_hidden()
        expect(self.selected_tier_text).to_have_text(exactly(name))
        return self

    def tiers_offered(self) -> list[str]:
        """The plans the Change dialog offers (opens it, reads them, closes it with Done)."""
        self.change_button.click()
        expect(self.tier_dialog).to_be_visible()
        offered = [accessible_name(radio) for radio in self.tier_dialog.get_by_role("radio").all()]
        self.done_button.click()
        expect(self.tier_dialog).to_be_hidden()
        return offered

    def selected_tier(self) -> str:
        return self.selected_tier_text.inner_text().strip()

    def set_licenses(self, count: int | str) -> EditSubscriptionPage:
        self.stepper.set(count)
        return self

    def add_license(self) -> EditSubscriptionPage:
        self.stepper.step(1)
        return self

    def remove_license(self) -> EditSubscriptionPage:
        self.stepper.step(-1)
        return self

    def licenses(self) -> int:
        return self.stepper.value()

    def licenses_error(self) -> str | None:
        """The error shown for the user licenses field (its description while invalid), else None."""
        return field_error(self.stepper.field)

    def choose_frequency(self, frequency: str) -> EditSubscriptionPage:
        """Choose "monthly" / "annual" (or pass the label, "Annuale")."""
        self.frequency.choose(frequency)
        return self

    def selected_frequency(self) -> Frequency | None:
        return self.frequency.selected()

    # --- the Order Summary ------------------------------------------------------------------

    def _settle(self) -> None:
        """Wait until the live Order Summary reflects the choices on the page."""
        raw = self.stepper.field.input_value().strip()
        licenses = int(raw) if raw.isdigit() and int(raw) > 0 else None
        self.summary.wait_until_shows(self.selected_tier(), licenses, self.frequency.selected())

    def order_summary(self) -> OrderSummary:
        self._settle()
        return self.summary.read()

    def downgrade_refused(self) -> bool:
        """True when the page refuses the chosen plan online and points to Contact Support."""
        self._settle()
        return self.summary.refused()

    def contact_support(self) -> SupportPage:
        """The Contact Support link in the Order Summary's refusal."""
        from .support import SupportPage

        self._settle()
        self.summary.contact_support_link.click()
        return SupportPage(self.page, self.vocab).expect_loaded()

    # --- leaving ----------------------------------------------------------------------------

    def primary_action(self) -> PrimaryAction:
        """Which button the page offers: "proceed_to_checkout" or "add_to_cart" (a vocabulary key)."""
        return self.buttons.primary_action()

    def primary_action_enabled(self) -> bool:
        self._settle()
        return self.buttons.button().is_enabled()

    def proceed_to_checkout(self) -> CheckoutPage:
        from .checkout import CheckoutPage

        self._press(self.buttons.proceed_to_checkout, self.vocab.proceed_to_checkout)
        return CheckoutPage(self.page, self.vocab).expect_loaded()

    def add_to_cart(self) -> CartPage:
        from .cart import CartPage

        self._press(self.buttons.add_to_cart, self.vocab.add_to_cart)
        return CartPage(self.page, self.vocab).expect_loaded()

    def _press(self, button: Locator, label: str) -> None:
        """Click Proceed to Checkout / Add to Cart once the summary is current and the button enabled."""
        self._settle()
        try:
            expect(button).to_be_enabled()
        except AssertionError as error:
            raise AssertionError(f"{label!r} cannot be pressed: {self.where()}") from error
        button.click()

    def submit_expecting_errors(self) -> EditSubscriptionPage:
        """Submit choices the site refuses (0 licenses, ...): the page comes back with its errors."""
        self._reload_by(self.buttons.button())
        self.expect_loaded()
        expect(self.main.get_by_role("alert").first).to_be_visible()
        return self

    def errors(self) -> list[str]:
        """The error messages the page shows (error summary items, refusals)."""
        return alert_texts(self.main)

    def cancel(self) -> BillingCenterPage:
        from .billing_center import BillingCenterPage

        self.cancel_link.click()
        return BillingCenterPage(self.page, self.vocab).expect_loaded()
