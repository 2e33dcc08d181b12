"""The order result page (`/orders/<number>`): the order number, the change per product, the
total charged, the account balance, the new billing date, and the reminder to assign licenses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from playwright.sync_api import Locator, Page

from .base import data_field, escape
from .confirmation import ConfirmationPage
from .formats import find_long_dates, parse_count, parse_long_date, parse_money
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

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.order_placed_title)
        # data-field: values inside the located main region and its status (see base.data_field).
        self.order_number_text = data_field(self.main.get_by_role("status"), "order-number")
        self.result_lines = self.main.get_by_role("article")
        self.total_charged_text = data_field(self.main, "total-due")
        self.balance_after_text = data_field(self.main, "balance-after")
        self.billing_date_sentence = self.main.get_by_role("paragraph").filter(
            has_text=re.compile(escape(vocab.billing_date_is_now), re.IGNORECASE)
        )

    def order_number(self) -> str:
        return self.order_number_text.inner_text().strip()

    def lines(self) -> list[ResultLine]:
        return [self._line(article) for article in self.result_lines.all()]

    def _line(self, article: Locator) -> ResultLine:
        locale = self.vocab.locale
        return ResultLine(
            product=" ".join(article.get_by_role("heading").inner_text().split()),
            tier=data_field(article, "tier").inner_text().strip(),
            licenses=parse_count(data_field(article, "licenses").inner_text(), locale),
            frequency_label=data_field(article, "frequency").inner_text().strip(),
            next_billing_date=parse_long_date(data_field(article, "next-billing-date").inner_text(), locale),
        )

    def total_charged(self) -> Decimal:
        return parse_money(self.total_charged_text.inner_text(), self.vocab.locale)

    def balance_after(self) -> Decimal:
        """The account balance (credit) after the order."""
        return parse_money(self.balance_after_text.inner_text(), self.vocab.locale)

    def billing_date(self) -> date:
        """The date of the sentence "Your billing date is now <date>." (the page marks no field for it)."""
        sentence = " ".join(self.billing_date_sentence.first.inner_text().split())
        dates = find_long_dates(sentence, self.vocab.locale)
        if len(dates) != 1:
            raise AssertionError(f"the billing date sentence does not hold one date: {sentence!r}")
        return dates[0]
