"""What the two "done" pages share: the order result and the trial confirmation both remind the
buyer to assign the new licenses (Manage user licenses) and lead back to the Billing Center."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from .base import BasePage, exactly
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage
    from .user_licenses import UserLicensesPage


class ConfirmationPage(BasePage):
    def __init__(self, page: Page, vocab: Vocabulary, title: str) -> None:
        super().__init__(page, vocab, title)
        self.manage_user_licenses_link = self.main.get_by_role("link", name=exactly(vocab.manage_user_licenses))
        # `has` is matched inside each note, so it is a page-rooted (relative) locator.
        manage_link = page.get_by_role("link", name=exactly(vocab.manage_user_licenses))
        self.reminder_note = self.main.get_by_role("note").filter(has=manage_link)
        self.back_link = self.main.get_by_role("link", name=exactly(vocab.back_to_billing_center))

    def reminder_to_assign_licenses(self) -> bool:
        """True when the page reminds to assign the new licenses (with Manage user licenses)."""
        return self.reminder_note.count() > 0

    def manage_user_licenses(self) -> UserLicensesPage:
        from .user_licenses import UserLicensesPage

        self.manage_user_licenses_link.click()
        return UserLicensesPage(self.page, self.vocab).expect_loaded()

    def back_to_billing_center(self) -> BillingCenterPage:
        from .billing_center import BillingCenterPage

        self.back_link.click()
        return BillingCenterPage(self.page, self.vocab).expect_loaded()
