"""The pages the Billing Center shows instead of the one asked for: when it fails on its side (an
HTTP 5xx: "Something went wrong on our side", please try again), and when it refuses an action
(a reactivation after the plan has expired: "Error" and the reason) or an address opened directly
(a page only for billing contacts: "You cannot do this"; an item the account does not have: "Page
not found"; a form it cannot read: "The request could not be processed"), with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from .base import BasePage, alert_texts, exactly
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage
    from .checkout import CheckoutPage


class ServerErrorPage(BasePage):
    """Heading: the vocabulary's `server_error_title`."""

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.server_error_title)

    def back_to_checkout(self) -> CheckoutPage:
        """The browser's Back button, to the Checkout page the failed order was placed from."""
        from .checkout import CheckoutPage

        self.page.go_back()
        return CheckoutPage(self.page, self.vocab).expect_loaded()


class RefusalPage(BasePage):
    """Heading: the vocabulary's `error_title`, or the heading `title` of a more specific refusal
    ("You cannot do this", "Page not found"); the reason in an alert, and a way back."""

    def __init__(self, page: Page, vocab: Vocabulary, title: str | None = None) -> None:
        super().__init__(page, vocab, title if title is not None else vocab.error_title)
        self.back_link = self.main.get_by_role("link", name=exactly(vocab.back_to_billing_center))

    def reasons(self) -> list[str]:
        """What the page says was refused, one text per alert."""
        return alert_texts(self.main)

    def back_to_billing_center(self) -> BillingCenterPage:
        from .billing_center import BillingCenterPage

        self.back_link.click()
        return BillingCenterPage(self.page, self.vocab).expect_loaded()
