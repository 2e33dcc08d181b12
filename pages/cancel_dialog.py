"""The windows of Cancel Subscription on the Billing Center page: the confirmation window that
asks (a modal dialog named "Cancel Subscription: <product>", with Yes, Cancel), and the window
that confirms what was done (after Yes, Cancel or Reactivate: the expiry or renewal date, Close).

Both are real modal dialogs: focus moves into them, Escape closes them and the page behind is
inert (`is_modal`). Dates are read from their text as a reader reads them, parsed per locale.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Self

from playwright.sync_api import Locator, Page, expect

from billing_e2e.formats import find_long_dates

from .base import containing, exactly, titled
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage

# `:modal` matches a dialog opened with showModal(), the one kind that makes the page behind it inert.
_IS_MODAL = "dialog => dialog.matches(':modal')"
_HAS_FOCUS = "dialog => dialog.contains(document.activeElement)"


class _Window:
    """A dialog of the Billing Center page, found by role and accessible name."""

    def __init__(self, page: Page, vocab: Vocabulary, dialog: Locator, what: str) -> None:
        self.page = page
        self.vocab = vocab
        self.dialog = dialog
        self.what = what

    def expect_open(self) -> Self:
        """Assert that the window shows; a failure names the page the browser is on."""
        from .billing_center import BillingCenterPage

        try:
            expect(self.dialog).to_be_visible()
        except AssertionError as error:
            shown = [" ".join(name.split()) for name in self.page.get_by_role("dialog").all_inner_texts()]
            where = BillingCenterPage(self.page, self.vocab).where()
            raise AssertionError(f"{self.what} is not open; {where}; open dialogs: {shown or 'none'}") from error
        return self

    def is_open(self) -> bool:
        return self.dialog.is_visible()

    def is_modal(self) -> bool:
        """Opened as a modal dialog (the page behind it inert), not merely shown."""
        return bool(self.dialog.evaluate(_IS_MODAL))

    def has_focus(self) -> bool:
        """The keyboard focus is inside the window."""
        return bool(self.dialog.evaluate(_HAS_FOCUS))

    def text(self) -> str:
        return " ".join(self.dialog.inner_text().split())

    def dates(self) -> list[date]:
        """Every date the window states, in order."""
        return find_long_dates(self.text(), self.vocab.locale)

    def mentions(self, words: str) -> bool:
        """The window's text names `words` (an email address, a product) as whole words."""
        return containing(words).search(self.text()) is not None


class CancelSubscriptionDialog(_Window):
    """The confirmation window of Cancel Subscription: what will happen and when the plan expires."""

    ADDRESS = "/subscriptions/{subscription_id}/cancel"
    """The window as a page of its own: where the options menu's link leads without script."""

    @classmethod
    def address(cls, subscription_id: int) -> str:
        return cls.ADDRESS.format(subscription_id=subscription_id)

    def __init__(self, page: Page, vocab: Vocabulary, product: str) -> None:
        dialog = page.get_by_role("dialog", name=titled(vocab.cancel_subscription, product))
        super().__init__(page, vocab, dialog, f"the {vocab.cancel_subscription!r} window of {product}")
        self.product = product
        self.yes_cancel_button = self.dialog.get_by_role("button", name=exactly(vocab.yes_cancel))

    def yes_cancel(self) -> ConfirmationWindow:
        """Yes, Cancel: the page comes back with the window that confirms the cancellation."""
        with self.page.expect_event("domcontentloaded"):
            self.yes_cancel_button.click()
        return ConfirmationWindow(self.page, self.vocab, self.vocab.cancelled_title).expect_open()

    def press_escape(self) -> bool:
        """Press Escape inside the window; True when it closed."""
        self.page.keyboard.press("Escape")
        try:
            expect(self.dialog).to_be_hidden()
        except AssertionError:
            return False
        return True


class ConfirmationWindow(_Window):
    """The window after Yes, Cancel ("Your subscription is cancelled") or Reactivate, with Close."""

    def __init__(self, page: Page, vocab: Vocabulary, title: str) -> None:
        super().__init__(page, vocab, page.get_by_role("dialog", name=exactly(title)), f"the window {title!r}")
        self.close_button = self.dialog.get_by_role("button", name=exactly(vocab.close))

    def close(self) -> BillingCenterPage:
        """Close: the window goes, the Billing Center page stays."""
        from .billing_center import BillingCenterPage

        self.close_button.click()
        expect(self.dialog).to_be_hidden()
        return BillingCenterPage(self.page, self.vocab).expect_loaded()
