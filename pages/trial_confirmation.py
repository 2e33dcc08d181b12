"""The confirmation screen after Start Trial (`/trials/<id>`): the articles' "schermata di
conferma" / "Bestätigungsbildschirm"; a welcome email goes out at the same time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from playwright.sync_api import Page

from .base import BasePage, data_field, exactly
from .formats import parse_count, parse_long_date
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage
    from .user_licenses import UserLicensesPage


@dataclass(frozen=True)
class TrialFacts:
    product: str
    tier: str
    licenses: int
    trial_ends_on: date


class TrialConfirmationPage(BasePage):
    """Heading: the vocabulary's `trial_started_title` (mock wording)."""

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.trial_started_title)
        self.manage_user_licenses_link = self.main.get_by_role("link", name=exactly(vocab.manage_user_licenses))
        # `has` is matched inside each note, so it is a page-rooted (relative) locator.
        manage_link = page.get_by_role("link", name=exactly(vocab.manage_user_licenses))
        self.reminder_note = self.main.get_by_role("note").filter(has=manage_link)
        self.back_link = self.main.get_by_role("link", name=exactly(vocab.back_to_billing_center))

    def facts(self) -> TrialFacts:
        # data-field: values inside the located main region (see base.data_field).
        locale = self.vocab.locale
        return TrialFacts(
            product=data_field(self.main, "product").inner_text().strip(),
            tier=data_field(self.main, "tier").inner_text().strip(),
            licenses=parse_count(data_field(self.main, "licenses").inner_text(), locale),
            trial_ends_on=parse_long_date(data_field(self.main, "trial-ends-on").inner_text(), locale),
        )

    def reminder_to_assign_licenses(self) -> bool:
        return self.reminder_note.count() > 0

    def manage_user_licenses(self) -> UserLicensesPage:
        from .user_licenses import UserLicensesPage

        self.manage_user_licenses_link.click()
        return UserLicensesPage(self.page, self.vocab).expect_loaded()

    def back_to_billing_center(self) -> BillingCenterPage:
        from .billing_center import BillingCenterPage

        self.back_link.click()
        return BillingCenterPage(self.page, self.vocab).expect_loaded()
