"""Contact Support (`/support`): where a plan downgrade goes, since it cannot be made online."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from .base import BasePage, exactly

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage
    from .vocabulary import Vocabulary


class SupportPage(BasePage):
    """Heading: the vocabulary's `contact_support`."""

    PATH = "/support"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.contact_support)
        self.section_headings = self.main.get_by_role("heading", level=2)
        self.back_link = self.main.get_by_role("link", name=exactly(vocab.back_to_billing_center))

    def sections(self) -> list[str]:
        """The headings of the page's sections (how to reach support, downgrading a plan)."""
        return [" ".join(text.split()) for text in self.section_headings.all_inner_texts()]

    def back_to_billing_center(self) -> BillingCenterPage:
        from .billing_center import BillingCenterPage

        self.back_link.click()
        return BillingCenterPage(self.page, self.vocab).expect_loaded()
