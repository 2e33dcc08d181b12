"""Add New Subscription, step 4 (`/add/<product>/<buy|try>/confirm`): for a purchase, Monthly or
Annual, the Order Summary and Proceed to Checkout (or Add to Cart); for a trial, what it gives and
Start Trial (article 004, steps 7-8)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Self
from urllib.parse import quote, urlencode

from playwright.sync_api import Page, expect

from billing_e2e.domain import Frequency
from billing_e2e.formats import parse_count, parse_long_date

from .base import BasePage, Facts, alert_texts, exactly
from .components import CheckoutButtons, FrequencyChoice, OrderSummary, OrderSummaryPanel, PrimaryAction
from .vocabulary import Vocabulary
from .wizard_plan import Mode, wizard_title

if TYPE_CHECKING:
    from .cart import CartPage
    from .checkout import CheckoutPage
    from .trial_confirmation import TrialConfirmationPage
    from .wizard_plan import WizardPlanStep


@dataclass(frozen=True)
class WizardSelection:
    """The choice the step confirms; `trial_ends_on` only for a trial."""

    product: str
    tier: str
    licenses: int
    trial_ends_on: date | None


class WizardConfirmStep(BasePage):
    """The same heading as the plan step, with the "Your selection" / "Your free trial" region."""

    ADDRESS = "/add/{product_code}/{mode}/confirm"
    SUMMARY_ADDRESS = "/add/{product_code}/buy/summary"
    """Where the step's Order Summary comes from: the page asks it again as the choices change."""

    @classmethod
    def address(cls, product_code: str, mode: Mode, query: Mapping[str, str | int] | None = None) -> str:
        """The step's address, as the browser shows it after Next: `query` holds the choices and,
        after Edit Order, the cart item being edited (`item`)."""
        path = cls.ADDRESS.format(product_code=quote(product_code, safe=""), mode=mode)
        return f"{path}?{urlencode(query)}" if query else path

    @classmethod
    def summary_address(cls, product_code: str) -> str:
        return cls.SUMMARY_ADDRESS.format(product_code=quote(product_code, safe=""))

    def __init__(self, page: Page, vocab: Vocabulary, product: str | None = None, mode: Mode | None = None) -> None:
        super().__init__(page, vocab, wizard_title(vocab, product, mode))
        self.product = product
        self.mode = mode
        names = {"buy": [vocab.your_selection], "try": [vocab.your_free_trial]}.get(
            mode or "", [vocab.your_selection, vocab.your_free_trial]
        )
        self.choice_region = self.main.get_by_role("region", name=exactly(*names))
        self.frequency = FrequencyChoice(self.main, vocab)
        self.summary = OrderSummaryPanel(self.main, vocab)
        self.buttons = CheckoutButtons(self.main, vocab)
        self.start_trial_button = self.main.get_by_role("button", name=exactly(vocab.start_trial))
        self.back_link = self.main.get_by_role("link", name=exactly(vocab.back))

    def expect_loaded(self) -> Self:
        super().expect_loaded()
        try:
            expect(self.choice_region).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"expected the confirm step of the wizard, but {self.where()}") from error
        return self

    def selection(self) -> WizardSelection:
        """The choice, read by the terms of the region's definition list."""
        vocab, locale = self.vocab, self.vocab.locale
        facts = Facts(self.choice_region, "the wizard's selection")
        trial_ends_on = facts.get(vocab.trial_ends_on)
        return WizardSelection(
            product=facts.required(vocab.product),
            tier=facts.required(vocab.plan),
            licenses=parse_count(facts.required(vocab.user_licenses), locale),
            trial_ends_on=parse_long_date(trial_ends_on, locale) if trial_ends_on else None,
        )

    def choose_frequency(self, frequency: str) -> WizardConfirmStep:
        """Monthly or Annual ("monthly" / "annual", or the label), when buying."""
        self.frequency.choose(frequency)
        return self

    def selected_frequency(self) -> Frequency | None:
        return self.frequency.selected()

    def order_summary(self) -> OrderSummary:
        chosen = self.selection()
        self.summary.wait_until_shows(chosen.tier, chosen.licenses, self.frequency.selected())
        return self.summary.read()

    def primary_action(self) -> PrimaryAction:
        return self.buttons.primary_action()

    def proceed_to_checkout(self) -> CheckoutPage:
        from .checkout import CheckoutPage

        self.order_summary()
        self.buttons.proceed_to_checkout.click()
        return CheckoutPage(self.page, self.vocab).expect_loaded()

    def add_to_cart(self) -> CartPage:
        from .cart import CartPage

        self.order_summary()
        self.buttons.add_to_cart.click()
        return CartPage(self.page, self.vocab).expect_loaded()

    def start_trial(self) -> TrialConfirmationPage:
        from .trial_confirmation import TrialConfirmationPage

        self.start_trial_button.click()
        return TrialConfirmationPage(self.page, self.vocab).expect_loaded()

    def back(self) -> WizardPlanStep:
        from .wizard_plan import WizardPlanStep

        self.back_link.click()
        return WizardPlanStep(self.page, self.vocab, self.product, self.mode).expect_loaded()

    def errors(self) -> list[str]:
        return alert_texts(self.main)
