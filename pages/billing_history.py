"""Billing History (`/billing/history`): one row per order and per renewal, newest first, each with
its invoice as a PDF to view and print (the sign-in article's "view and print the billing history
for each renewal"). Rows are read by their column headers; an invoice is fetched as the link
gives it and read as its facts (`invoice_facts`)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from playwright.sync_api import Locator, Page, expect

from billing_e2e.formats import parse_long_date, parse_money

from .base import BasePage, arrive, containing, exactly
from .invoice_facts import InvoicePdf, read_invoice

if TYPE_CHECKING:
    from .vocabulary import Vocabulary


@dataclass(frozen=True)
class HistoryEntry:
    """One row: its date, invoice number, type (order or renewal, as shown), products and total."""

    issued_on: date
    number: str
    type_label: str
    products: str
    total: Decimal


def open_billing_history(current: BasePage) -> BillingHistoryPage:
    """Click Billing History at the top of the page the browser is on."""
    current.banner.get_by_role("link", name=exactly(current.vocab.billing_history)).click()
    return arrive(f"{current.vocab.billing_history!r}", BillingHistoryPage(current.page, current.vocab))


_FETCH_BYTES = """async (address) => {
    const response = await fetch(address, {credentials: "same-origin"});
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return {status: response.status, type: response.headers.get("content-type") || "", body: btoa(binary)};
}"""
"""A page script: the bytes at `address` (base64), its status and content type, as the browser gets them."""


class BillingHistoryPage(BasePage):
    """Heading: the vocabulary's `billing_history`; a table with a row per order and renewal."""

    PATH = "/billing/history"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.billing_history)
        self.table = self.main.get_by_role("table")
        self.empty_text = self.main.get_by_text(exactly(vocab.billing_history_empty))

    def open(self) -> BillingHistoryPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def _columns(self) -> list[str]:
        return [" ".join(text.split()) for text in self.table.get_by_role("columnheader").all_inner_texts()]

    def _column(self, label: str) -> int:
        columns = self._columns()
        wanted = exactly(label)
        found = [index for index, text in enumerate(columns) if wanted.search(text)]
        if len(found) != 1:
            raise AssertionError(f"the {self.vocab.billing_history} table has no column {label!r}; it has {columns}")
        return found[0]

    def entries(self) -> list[HistoryEntry]:
        """Every row, as shown (newest first); [] when the page says the history is empty."""
        expect(self.table.or_(self.empty_text).first).to_be_visible()
        if self.table.count() == 0:
            return []
        vocab, locale = self.vocab, self.vocab.locale
        columns = {
            key: self._column(vocab[key])
            for key in ("history_date", "invoice_number", "entry_type", "history_products", "history_total")
        }
        entries = []
        for row in self.table.get_by_role("row").all()[1:]:  # the first row holds the column headers
            # The invoice number is the row's header, the others its cells: together, in page order.
            shown = row.get_by_role("cell").or_(row.get_by_role("rowheader")).all_inner_texts()
            cells = [" ".join(text.split()) for text in shown]
            entries.append(
                HistoryEntry(
                    issued_on=parse_long_date(cells[columns["history_date"]], locale),
                    number=cells[columns["invoice_number"]],
                    type_label=cells[columns["entry_type"]],
                    products=cells[columns["history_products"]],
                    total=parse_money(cells[columns["history_total"]], locale),
                )
            )
        return entries

    def invoice_link(self, number: str) -> Locator:
        """The link to the invoice of the row `number` (its name names the number)."""
        row = self.table.get_by_role("row").filter(has=self.page.get_by_role("rowheader", name=exactly(number)))
        link = row.get_by_role("link", name=containing(number))
        try:
            expect(link).to_have_count(1)
        except AssertionError as error:
            raise AssertionError(f"the {self.vocab.billing_history} table has no invoice {number!r}") from error
        return link

    def invoice(self, number: str) -> InvoicePdf:
        """The invoice of the row `number`, fetched by this browser from the address its link gives
        (its session, its network) and read as its facts."""
        href = self.invoice_link(number).get_attribute("href")
        if not href:
            raise AssertionError(f"the invoice link of {number!r} leads nowhere")
        # The browser's own fetch, not Playwright's request context: that one resolves host names
        # itself, past the browser's host-resolver rules that send the articles' hosts to the mock.
        fetched = self.page.evaluate(_FETCH_BYTES, urljoin(self.page.url, href))
        if not 200 <= int(fetched["status"]) < 300:
            raise AssertionError(f"the invoice {number!r} at {href} answered {fetched['status']}")
        content_type = str(fetched["type"])
        if not content_type.startswith("application/pdf"):
            raise AssertionError(f"the invoice {number!r} at {href} is {content_type!r}, not a PDF")
        return read_invoice(base64.b64decode(str(fetched["body"])))


__all__ = ["BillingHistoryPage", "HistoryEntry", "open_billing_history"]
