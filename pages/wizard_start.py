"""Add New Subscription, step 1 (`/add`): choose the product to add (article 004, steps 2-3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page, expect

from .base import BasePage, exactly
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .wizard_product import WizardProductPage


class WizardStartPage(BasePage):
    """Heading: the vocabulary's `add_new_subscription`; a link per product."""

    PATH = "/add"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.add_new_subscription)
        self.product_links = self.main.get_by_role("listitem").get_by_role("link")

    def open(self) -> WizardStartPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def products(self) -> list[str]:
        return [" ".join(text.split()) for text in self.product_links.all_inner_texts()]

    def choose_product(self, name: str) -> WizardProductPage:
        from .wizard_product import WizardProductPage

        link = self.main.get_by_role("listitem").get_by_role("link", name=exactly(name))
        try:
            expect(link).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"{self.vocab.add_new_subscription} offers no {name!r}: {self.products()}") from error
        link.click()
        return WizardProductPage(self.page, self.vocab, name).expect_loaded()
