"""The Corporate Billing Portal (`/corp-billing`): where billing contacts of corporate accounts
land; FAQs and the form that reaches Corporate Account Services (their GoTo representative); and,
for a visitor who has not signed in, its own sign-in form (User ID, password, Forgot Password?:
article 008)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from playwright.sync_api import Page, expect

from .base import BasePage, alert_texts, containing, exactly, optional_text

if TYPE_CHECKING:
    from .password_reset import ForgotPasswordPage
    from .vocabulary import Vocabulary


class CorporatePortalPage(BasePage):
    """Heading: the vocabulary's `corporate_billing_portal`."""

    PATH = "/corp-billing"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.corporate_billing_portal)
        # The page's heading group: the level-1 heading (a page-rooted locator, matched inside the
        # group by `has`), and under it the account's name.
        self.account_name_text = self.main.get_by_role("group").filter(has=self.title).get_by_role("paragraph")
        self.faq_region = self.main.get_by_role("region", name=exactly(vocab.corporate_billing_portal_faqs))
        self.faq_entries = self.faq_region.get_by_role("group")
        # The form's heading names Corporate Account Services (the articles' words) in a sentence.
        self.contact_region = self.main.get_by_role("region", name=containing(vocab.corporate_account_services))
        self.topic_select = self.contact_region.get_by_role("combobox", name=exactly(vocab.topic))
        self.message_input = self.contact_region.get_by_role("textbox", name=exactly(vocab.message))
        self.send_button = self.contact_region.get_by_role("button", name=exactly(vocab.send))
        self.sent_status = self.contact_region.get_by_role("status")
        # The sign-in form a visitor sees (article 008), in its own region.
        self.sign_in_region = self.main.get_by_role("region", name=exactly(vocab.portal_sign_in_title))
        self.user_id_input = self.sign_in_region.get_by_role("textbox", name=exactly(vocab.user_id))
        self.password_input = self.sign_in_region.get_by_role("textbox", name=exactly(vocab.sign_in_password))
        self.sign_in_button = self.sign_in_region.get_by_role("button", name=exactly(vocab.sign_in_button))
        self.forgot_password_link = self.sign_in_region.get_by_role("link", name=exactly(vocab.forgot_password))
        self.sign_in_alert = self.sign_in_region.get_by_role("alert")
        self.sign_in_status = self.sign_in_region.get_by_role("status")

    def open(self) -> CorporatePortalPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def account_name(self) -> str | None:
        return optional_text(self.account_name_text)

    def faq_questions(self) -> list[str]:
        """The FAQ questions (each FAQ is a disclosure whose summary is the question)."""
        questions = []
        for entry in self.faq_entries.all():
            lines = [line.strip() for line in entry.inner_text().splitlines() if line.strip()]
            questions.append(lines[0] if lines else "")
        return questions

    def contact_representative(self, topic: str, message: str) -> CorporatePortalPage:
        """Send the form to Corporate Account Services. `topic` is a vocabulary key
        ("topic_add_user_licenses") or the option's label as shown."""
        label = self.vocab.get(topic) or topic
        self.topic_select.select_option(label=label)
        self.message_input.fill(message)
        self._reload_by(self.send_button)
        self.expect_loaded()
        expect(self.sent_status.or_(self.contact_region.get_by_role("alert")).first).to_be_visible()
        return self

    def confirmation(self) -> str | None:
        """The confirmation Corporate Account Services' form shows after sending, or None."""
        return optional_text(self.sent_status)

    def request_number(self) -> str | None:
        """The number the confirmation gives ("Request number: <strong>number</strong>"), or None."""
        line = self.sent_status.get_by_role("paragraph").filter(has_text=containing(self.vocab.request_number))
        number = optional_text(line.get_by_role("strong"))
        return re.sub(r"\s+", "", number) if number else None

    def errors(self) -> list[str]:
        return alert_texts(self.contact_region)

    # --- the portal's own sign-in (article 008) ---------------------------------------------------

    def offers_sign_in(self) -> bool:
        """Whether the page shows its sign-in form (to a visitor who has not signed in)."""
        return self.sign_in_region.count() > 0

    def _submit_sign_in(self, user_id: str, password: str) -> None:
        self.user_id_input.fill(user_id)
        self.password_input.fill(password)
        self._reload_by(self.sign_in_button)

    def sign_in(self, user_id: str, password: str) -> CorporatePortalPage:
        """Sign in with the portal's User ID; the portal then shows the account (its name)."""
        self._submit_sign_in(user_id, password)
        self.expect_loaded()
        try:
            expect(self.account_name_text).to_be_visible()
        except AssertionError as error:
            raise AssertionError(
                f"signing in to the portal as {user_id!r} showed no account: {self.where()}"
            ) from error
        return self

    def sign_in_expecting_error(self, user_id: str, password: str) -> CorporatePortalPage:
        """Sign in with a User ID or password the portal refuses: the form again, with its error."""
        self._submit_sign_in(user_id, password)
        self.expect_loaded()
        try:
            expect(self.sign_in_alert).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"signing in to the portal as {user_id!r} showed no error: {self.where()}") from error
        return self

    def sign_in_error(self) -> str | None:
        """The error above the sign-in form ("Invalid User ID", ...), or None."""
        return optional_text(self.sign_in_alert)

    def sign_in_notice(self) -> str | None:
        """The notice above the sign-in form (the password was changed), or None."""
        return optional_text(self.sign_in_status)

    def forgot_password(self) -> ForgotPasswordPage:
        from .password_reset import ForgotPasswordPage

        self.forgot_password_link.click()
        return ForgotPasswordPage(self.page, self.vocab).expect_loaded()
