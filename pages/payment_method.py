"""Payment Method (`/billing/payment-method`) and its form (`/billing/payment-method/edit`): the
card on file with its edit link, then the VAT number with Apply and the card form with Update
Payment Method, as the OpenVoice article on changing the payment method tells it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from playwright.sync_api import Page, expect

from .base import BasePage, Facts, alert_texts, arrive, escape, exactly, field_error, optional_text
from .checkout import CARD_FIELDS, CardDetails

if TYPE_CHECKING:
    from .vocabulary import Vocabulary

FORM_FIELDS = (*CARD_FIELDS, "vat_number")


@dataclass(frozen=True)
class CardOnFile:
    """The card on file as the page shows it: its last four digits, holder and expiry (MM/YY)."""

    last4: str
    holder: str
    expiry: str


def open_payment_method(current: BasePage) -> PaymentMethodPage:
    """Click Payment Method at the top of the page the browser is on (the article's first step)."""
    current.banner.get_by_role("link", name=exactly(current.vocab.payment_method)).click()
    return arrive(f"{current.vocab.payment_method!r}", PaymentMethodPage(current.page, current.vocab))


class PaymentMethodPage(BasePage):
    """Heading: the vocabulary's `payment_method`; the payment method on file, with its edit link."""

    PATH = "/billing/payment-method"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.payment_method)
        self.on_file = self.main.get_by_role("region", name=exactly(vocab.payment_method_on_file))
        self.edit_link = self.on_file.get_by_role("link", name=exactly(vocab.payment_method_edit))
        self.notice = self.main.get_by_role("status")
        self.none_on_file = self.on_file.get_by_text(exactly(vocab.no_payment_method))

    def open(self) -> PaymentMethodPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def card_on_file(self) -> CardOnFile | None:
        """The card the page shows on file, or None when it says there is none."""
        expect(self.on_file).to_be_visible()
        if self.none_on_file.count() > 0:
            return None
        facts = Facts(self.on_file, f"the {self.vocab.payment_method_on_file} region")
        number = facts.required(self.vocab.card_number)
        ending = re.fullmatch(rf"\s*{escape(self.vocab.card_ending_in)}\s+(\d{{4}})\s*\.?\s*", number, re.I)
        if ending is None:
            raise AssertionError(f"the card number on file {number!r} does not read {self.vocab.card_ending_in!r} …")
        holder, expiry = facts.required(self.vocab.card_holder), facts.required(self.vocab.card_expiry)
        return CardOnFile(ending.group(1), holder, expiry)

    def updated_notice(self) -> str | None:
        """The notice after Update Payment Method, or None."""
        return optional_text(self.notice)

    def edit(self) -> UpdatePaymentMethodPage:
        """The edit link beside the payment method on file."""
        self.edit_link.click()
        return arrive(f"{self.vocab.payment_method_edit!r}", UpdatePaymentMethodPage(self.page, self.vocab))


class UpdatePaymentMethodPage(BasePage):
    """Heading: the vocabulary's `update_payment_method`; the VAT number with Apply, the card form."""

    PATH = "/billing/payment-method/edit"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.update_payment_method)
        self.fields = {key: self.main.get_by_role("textbox", name=exactly(vocab[key])) for key in FORM_FIELDS}
        self.apply_button = self.main.get_by_role("button", name=exactly(vocab.apply))
        self.update_button = self.main.get_by_role("button", name=exactly(vocab.update_payment_method))
        self.notice = self.main.get_by_role("status")

    def open(self) -> UpdatePaymentMethodPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def apply_vat_number(self, vat_number: str) -> UpdatePaymentMethodPage:
        """Enter the VAT number and Apply: the form comes back, saying it applied it or why not."""
        self.fields["vat_number"].fill(vat_number)
        self._reload_by(self.apply_button)
        self.expect_loaded()
        expect(self.notice.or_(self.main.get_by_role("alert")).first).to_be_visible()
        return self

    def vat_number_applied(self) -> bool:
        notice = optional_text(self.notice)
        return notice is not None and exactly(self.vocab.vat_number_applied).search(notice) is not None

    def enter_card(self, card: CardDetails) -> UpdatePaymentMethodPage:
        for key, value in zip(CARD_FIELDS, (card.holder, card.number, card.expiry, card.cvc), strict=True):
            self.fields[key].fill(value)
        return self

    def update(self) -> PaymentMethodPage:
        """Update Payment Method with a card the site takes: back to the Payment Method page."""
        self.update_button.click()
        return arrive(f"{self.vocab.update_payment_method!r}", PaymentMethodPage(self.page, self.vocab))

    def update_refused(self) -> UpdatePaymentMethodPage:
        """Update Payment Method with a card the site refuses: this form again, with its errors."""
        self._reload_by(self.update_button)
        self.expect_loaded()
        expect(self.main.get_by_role("alert").first).to_be_visible()
        return self

    def field_error(self, field_key: str) -> str | None:
        """The error shown for a field (card_holder, card_number, card_expiry, card_cvc, vat_number)."""
        if field_key not in self.fields:
            raise KeyError(f"{field_key!r} is not a field of this form; fields: {', '.join(FORM_FIELDS)}")
        return field_error(self.fields[field_key])

    def errors(self) -> list[str]:
        return alert_texts(self.main)


__all__ = ["CardOnFile", "PaymentMethodPage", "UpdatePaymentMethodPage", "open_payment_method"]
