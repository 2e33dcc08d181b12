"""Add New Subscription, step 2 (`/add/<product>`): Buy, or Try for free first (article 004, step 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from .base import BasePage, exactly, optional_text, titled
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .wizard_plan import WizardPlanStep


class WizardProductPage(BasePage):
    """Heading "<Add New Subscription>: <product>"."""

    def __init__(self, page: Page, vocab: Vocabulary, product: str | None = None) -> None:
        super().__init__(page, vocab, titled(vocab.add_new_subscription, product))
        self.product = product
        self.buy_link = self.main.get_by_role("link", name=exactly(vocab.buy))
        self.try_link = self.main.get_by_role("link", name=exactly(vocab["try"]))
        self.notice_note = self.main.get_by_role("note")

    def buy(self) -> WizardPlanStep:
        from .wizard_plan import WizardPlanStep

        self.buy_link.click()
        return WizardPlanStep(self.page, self.vocab, self.product, "buy").expect_loaded()

    def try_for_free(self) -> WizardPlanStep:
        """Try: a free trial first."""
        from .wizard_plan import WizardPlanStep

        self.try_link.click()
        return WizardPlanStep(self.page, self.vocab, self.product, "try").expect_loaded()

    def notice(self) -> str | None:
        """The note shown when the account already has the product."""
        return optional_text(self.notice_note)
