"""The order result page (`/orders/<number>`): the order number, the change per product, the
total charged, the account balance, the new billing date, and the reminder to assign licenses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from urllib.parse import quote

from playwright.sync_api import Locator, Page, expect

from billing_e2e.formats import parse_count, parse_long_date, parse_money

from .base import Facts, containing, escape, optional_text
from .confirmation import ConfirmationPage
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class ResultLine:
    product: str
    tier: str
    licenses: int
    frequency_label: str
    next_billing_date: date


class OrderResultPage(ConfirmationPage):
    """Heading: the vocabulary's `order_placed_title` (mock wording: the articles name no heading)."""

    ADDRESS = "/orders/{number}"
    """The page's address: the one a user bookmarks, or shares with a colleague."""

    @classmethod
    def address(cls, number: str) -> str:
        return cls.ADDRESS.format(number=quote(number, safe=""))

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.order_placed_title)
        # The status says "Order number: <strong>number</strong>".
        self.order_number_text = (
            self.main.get_by_role("status").filter(has_text=containing(vocab.order_number)).get_by_role("strong")
        )
        self.result_lines = self.main.get_by_role("article")
        self.billing_date_sentence = self.main.get_by_role("paragraph").filter(
            has_text=re.compile(escape(vocab.billing_date_is_now), re.IGNORECASE)
        )

    def order_number(self) -> str:
        return " ".join(self.order_number_text.inner_text().split())

    def lines(self) -> list[ResultLine]:
        return [self._line(article) for article in self.result_lines.all()]

    def _line(self, article: Locator) -> ResultLine:
        vocab, locale = self.vocab, self.vocab.locale
        product = " ".join(article.get_by_role("heading").inner_text().split())
        facts = Facts(article, f"the result for {product}")
        return ResultLine(
            product=product,
            tier=facts.required(vocab.plan),
            licenses=parse_count(facts.required(vocab.user_licenses), locale),
            frequency_label=facts.required(vocab.billing_frequency),
            next_billing_date=parse_long_date(facts.required(vocab.next_billing_date), locale),
        )

    def _total(self, term: str) -> Decimal:
        """An amount of the totals, by its term (no product line shows these terms)."""
        return parse_money(Facts(self.main, "the order result").required(term), self.vocab.locale)

    def total_charged(self) -> Decimal:
        return self._total(self.vocab.total_charged)

    def balance_after(self) -> Decimal:
        """The account balance (credit) after the order."""
        return self._total(self.vocab.account_balance_credit)

    def billing_date(self) -> date:
        """The date of the sentence "Your billing date is now <date>.": its time element, read as shown."""
        shown = self.billing_date_sentence.first.get_by_role("time")
        try:
            expect(shown).to_have_count(1)
        except AssertionError as error:
            sentence = optional_text(self.billing_date_sentence)
            raise AssertionError(f"the billing date sentence does not show one date: {sentence!r}") from error
        return parse_long_date(" ".join(shown.inner_text().split()), self.vocab.locale)
