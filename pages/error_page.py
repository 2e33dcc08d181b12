"""The page the Billing Center shows when it fails on its side (an HTTP 5xx): "Something went
wrong on our side", please try again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from .base import BasePage
from .vocabulary import Vocabulary

if TYPE_CHECKING:
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
