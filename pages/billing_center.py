"""The Billing Center page (`/billing`): a card per subscription, Add New Subscription, the cart;
for a member who is not a billing contact, article 008's message and Email the billing admin."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from playwright.sync_api import Page, expect

from billing_e2e.formats import COUNT_SUFFIX, parse_count

from .base import BasePage, escape, exactly, optional_text
from .product_card import ProductCard
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .cart import CartPage
    from .user_licenses import UserLicensesPage
    from .wizard_start import WizardStartPage


@dataclass(frozen=True)
class MailTo:
    """Where a `mailto:` link writes: the address and the subject it fills in."""

    address: str
    subject: str | None


class BillingCenterPage(BasePage):
    """Heading "Centro fatturazione" / "Billing Center"; product cards are `article`s named by product."""

    PATH = "/billing"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.site)
        # A subscription's card shows its facts (plan, licenses ...: the articles' card); a card
        # without any, such as a release's promotional card, is no subscription.
        self.cards = self.main.get_by_role("article").filter(has=page.get_by_role("term"))
        self.add_new_subscription_link = self.main.get_by_role("link", name=exactly(vocab.add_new_subscription))
        self.notice_note = self.main.get_by_role("note")
        self.email_billing_admin_link = self.notice_note.get_by_role(
            "link", name=exactly(vocab.email_the_billing_admin)
        )
        # The cart link's name carries the count: "Carrello (2)".
        self.cart_link = self.banner.get_by_role(
            "link", name=re.compile(rf"^\s*{escape(vocab.cart)}{COUNT_SUFFIX}\s*$", re.IGNORECASE)
        )
        self.user_licenses_link = self.banner.get_by_role("link", name=exactly(vocab.user_licenses))

    def open(self) -> BillingCenterPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def product(self, name: str) -> ProductCard:
        """The card of the product `name` (asserts that there is one)."""
        card = ProductCard(self.page, self.vocab, name)
        try:
            expect(card.card).to_be_visible()
        except AssertionError as error:
            cards = self.products()
            raise AssertionError(f"the {self.vocab.site} shows no card for {name!r}; cards: {cards}") from error
        return card

    def products(self) -> list[str]:
        """The products the cards show, in page order."""
        return [" ".join(text.split()) for text in self.cards.get_by_role("heading").all_inner_texts()]

    def notice(self) -> str | None:
        """The note for users who are not billing contacts (None when the page shows none)."""
        return optional_text(self.notice_note)

    def note_paragraphs(self) -> list[str]:
        """What the page's notes say, a paragraph each: a member's message ("Contact your billing
        admin (name, email) ...") is one of them, whichever other notes (a tip) the page shows."""
        return [" ".join(text.split()) for text in self.notice_note.get_by_role("paragraph").all_inner_texts()]

    def email_billing_admin(self) -> MailTo:
        """Where Email the billing admin writes to. It is a `mailto:` link: the member's own mail
        program opens, which a test browser has none of, so the link is read, not followed."""
        try:
            expect(self.email_billing_admin_link).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"no {self.vocab.email_the_billing_admin!r} button: {self.where()}") from error
        href = self.email_billing_admin_link.get_attribute("href") or ""
        parts = urlsplit(href)
        if parts.scheme != "mailto":
            raise AssertionError(f"{self.vocab.email_the_billing_admin!r} leads to {href!r}, not to an email")
        subject = parse_qs(parts.query).get("subject")
        return MailTo(unquote(parts.path), subject[0] if subject else None)

    def cart_count(self) -> int:
        """The number of items the cart link shows (0 when there is no cart link)."""
        if self.cart_link.count() == 0:
            return 0
        count = re.search(COUNT_SUFFIX, self.cart_link.inner_text())
        if count is None:
            raise AssertionError(f"the {self.vocab.cart} link shows no count: {self.cart_link.inner_text()!r}")
        return parse_count(count.group(1), self.vocab.locale)

    def add_new_subscription(self) -> WizardStartPage:
        from .wizard_start import WizardStartPage

        self.add_new_subscription_link.click()
        return WizardStartPage(self.page, self.vocab).expect_loaded()

    def open_cart(self) -> CartPage:
        from .cart import CartPage

        self.cart_link.click()
        return CartPage(self.page, self.vocab).expect_loaded()

    def user_licenses(self) -> UserLicensesPage:
        from .user_licenses import UserLicensesPage

        self.user_licenses_link.click()
        return UserLicensesPage(self.page, self.vocab).expect_loaded()
