"""The menu a product card's options icon opens (`menu` of `menuitem`s): Edit Subscription, Cancel
Subscription, and Reactivate while a cancellation is pending."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page, expect

from .base import arrive, exactly
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage
    from .cancel_dialog import CancelSubscriptionDialog
    from .edit_subscription import EditSubscriptionPage
    from .error_page import RefusalPage


class OptionsMenu:
    """An open options menu of one product card."""

    def __init__(self, page: Page, vocab: Vocabulary, menu: Locator, product: str) -> None:
        self.page = page
        self.vocab = vocab
        self.product = product
        self.menu = menu
        self.menu_items = menu.get_by_role("menuitem")
        self.edit_subscription_item = menu.get_by_role("menuitem", name=exactly(vocab.edit_subscription))
        self.cancel_subscription_item = menu.get_by_role("menuitem", name=exactly(vocab.cancel_subscription))
        self.reactivate_item = menu.get_by_role("menuitem", name=exactly(vocab.reactivate))

    def items(self) -> list[str]:
        """The menu's items, in order."""
        return [" ".join(text.split()) for text in self.menu_items.all_inner_texts()]

    def offers(self, key: str) -> bool:
        """The menu has the item the vocabulary calls `key` (matched whole, as `exactly` does)."""
        wanted = exactly(self.vocab[key])
        return any(wanted.search(item) for item in self.items())

    def close(self) -> None:
        """Escape: the menu closes and the focus goes back to the options icon."""
        self.page.keyboard.press("Escape")
        expect(self.menu).to_be_hidden()

    def edit_subscription(self) -> EditSubscriptionPage:
        from .edit_subscription import EditSubscriptionPage

        self.edit_subscription_item.click()
        return EditSubscriptionPage(self.page, self.vocab, self.product).expect_loaded()

    def cancel_subscription(self) -> CancelSubscriptionDialog:
        """Cancel Subscription: its confirmation window opens (checked)."""
        from .cancel_dialog import CancelSubscriptionDialog

        self.cancel_subscription_item.click()
        return CancelSubscriptionDialog(self.page, self.vocab, self.product).expect_open()

    def reactivate(self) -> BillingCenterPage | RefusalPage:
        """Reactivate (a form sent to the Billing Center): the page again, or the page that refuses it."""
        from .billing_center import BillingCenterPage
        from .error_page import RefusalPage

        with self.page.expect_event("domcontentloaded"):
            self.reactivate_item.click()
        return arrive(
            f"{self.vocab.reactivate!r} on {self.product}",
            BillingCenterPage(self.page, self.vocab),
            RefusalPage(self.page, self.vocab),
        )
