"""The Corporate Billing Portal (`/corp-billing`): where billing contacts of corporate accounts
land; FAQs and the form that reaches Corporate Account Services (their GoTo representative)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from playwright.sync_api import Page, expect

from .base import BasePage, alert_texts, containing, exactly, optional_text

if TYPE_CHECKING:
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
