"""The sign-in page (`/signin`): the first step of every article, "Accedi al Centro fatturazione".

The page is shown in the browser's language until someone signs in (then the user's profile
language applies), so the browser context's locale must be the vocabulary's
(`Vocabulary.browser_locale`).
"""

from __future__ import annotations

from urllib.parse import urljoin

from playwright.sync_api import Page, expect

from .base import BasePage, P, arrive, exactly, optional_text
from .billing_center import BillingCenterPage
from .corporate_portal import CorporatePortalPage
from .vocabulary import Vocabulary


class SignInPage(BasePage):
    """Email address, password, Sign in."""

    PATH = "/signin"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.sign_in_title)
        self.email_input = self.main.get_by_role("textbox", name=exactly(vocab.sign_in_email))
        self.password_input = self.main.get_by_role("textbox", name=exactly(vocab.sign_in_password))
        self.sign_in_button = self.main.get_by_role("button", name=exactly(vocab.sign_in_button))
        self.error_alert = self.main.get_by_role("alert")
        self.notice_status = self.main.get_by_role("status")

    def open(self, base_url: str | None = None) -> SignInPage:
        """Go to the sign-in page: relative to the context's base_url, or to `base_url` if given."""
        self.page.goto(urljoin(base_url, self.PATH) if base_url else self.PATH)
        return self.expect_loaded()

    def _submit(self, email: str, password: str) -> None:
        self.email_input.fill(email)
        self.password_input.fill(password)
        self.sign_in_button.click()

    def sign_in(self, email: str, password: str) -> BillingCenterPage | CorporatePortalPage:
        """Sign in; self-service accounts land on the Billing Center, corporate ones on the portal."""
        self._submit(email, password)
        return arrive(
            f"signing in as {email}",
            BillingCenterPage(self.page, self.vocab),
            CorporatePortalPage(self.page, self.vocab),
        )

    def sign_in_back_to(self, email: str, password: str, where: P) -> P:
        """Sign in again after the session ended: back on the page `where` the browser was sent from."""
        self._submit(email, password)
        return arrive(f"signing in again as {email}", where)

    def sign_in_to_where_sent(self, email: str, password: str) -> None:
        """Sign in on the sign-in page an address sent the browser to: the site then opens that
        address. Where the browser lands (the page, or a refusal) is the caller's to check."""
        with self.page.expect_event("domcontentloaded"):
            self._submit(email, password)

    def sign_in_expecting_error(self, email: str, password: str) -> SignInPage:
        """Sign in with credentials the site refuses; stays here, showing the error."""
        with self.page.expect_event("domcontentloaded"):
            self._submit(email, password)
        self.expect_loaded()
        expect(self.error_alert).to_be_visible()
        return self

    def error(self) -> str | None:
        return optional_text(self.error_alert)

    def notice(self) -> str | None:
        """The notice above the form ("Your session has expired...")."""
        return optional_text(self.notice_status)
