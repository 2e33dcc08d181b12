"""The menu a product card's options icon opens (`menu` of `menuitem`s): Edit Subscription."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page

from .base import exactly
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .edit_subscription import EditSubscriptionPage


class OptionsMenu:
    """An open options menu of one product card."""

    def __init__(self, page: Page, vocab: Vocabulary, menu: Locator, product: str) -> None:
        self.page = page
        self.vocab = vocab
        self.product = product
        self.menu = menu
        self.menu_items = menu.get_by_role("menuitem")
        self.edit_subscription_item = menu.get_by_role("menuitem", name=exactly(vocab.edit_subscription))

    def items(self) -> list[str]:
        """The menu's items, in order."""
        return [" ".join(text.split()) for text in self.menu_items.all_inner_texts()]

    def edit_subscription(self) -> EditSubscriptionPage:
        from .edit_subscription import EditSubscriptionPage

        self.edit_subscription_item.click()
        return EditSubscriptionPage(self.page, self.vocab, self.product).expect_loaded()
