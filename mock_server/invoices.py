"""The billing history and its invoices: one entry per order and per renewal, each a printable PDF.

An `Invoice` is built from an order or a renewal as stored (every amount is the order's own
Decimal, never recomputed) and rendered as a PDF with fpdf2, its labels from the gettext catalogs
and its numbers and dates formatted with Babel in the current language (the signed-in user's, as
on every page). Each fact is a line of its own, `Label: value`, so a reader (a person, a screen
reader, pypdf) finds it by its label.

Prices in the mock carry no VAT rate (`pricing` has none), so an invoice names the buyer's VAT
number, when there is one, and no VAT amount.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from fpdf import FPDF

from . import catalog, store
from .i18n import current_language, gettext, long_date, money, number
from .pricing import Selection


@dataclass(frozen=True)
class InvoiceLine:
    product_name: str
    plan_name: str
    licenses: int
    frequency: str
    period_start: date
    period_end: date
    amount: Decimal
    credit: Decimal


@dataclass(frozen=True)
class Invoice:
    """An entry of the billing history: what was bought or renewed, and what was charged."""

    number: str
    kind: str  # "order" or "renewal"
    issued_on: date
    currency: str
    lines: tuple[InvoiceLine, ...]
    credit_total: Decimal
    balance_used: Decimal
    total: Decimal
    vat_number: str | None
    card_last4: str | None

    @property
    def description(self) -> str:
        return ", ".join(line.product_name for line in self.lines)


def _line(selection: Selection, plan_cost: Decimal, credit: Decimal, start: date, end: date) -> InvoiceLine:
    product = catalog.product(selection.product_code)
    return InvoiceLine(
        product_name=product.name,
        plan_name=product.tier(selection.tier_code).name,
        licenses=selection.licenses,
        frequency=selection.frequency,
        period_start=start,
        period_end=end,
        amount=plan_cost,
        credit=credit,
    )


def of_order(order: store.Order) -> Invoice:
    return Invoice(
        number=order.number,
        kind="order",
        issued_on=order.placed_on,
        currency=order.currency,
        lines=tuple(
            _line(line.selection, line.plan_cost, line.credit, line.period_start, line.period_end)
            for line in order.lines
        ),
        credit_total=order.credit_total,
        balance_used=order.balance_used,
        total=order.total_due,
        vat_number=order.vat_number,
        card_last4=order.card_last4,
    )


def of_renewal(renewal: store.Renewal) -> Invoice:
    zero = Decimal("0.00")
    return Invoice(
        number=renewal.number,
        kind="renewal",
        issued_on=renewal.billed_on,
        currency=renewal.currency,
        lines=(_line(renewal.selection, renewal.plan_cost, zero, renewal.period_start, renewal.period_end),),
        credit_total=zero,
        balance_used=renewal.balance_used,
        total=renewal.total_due,
        vat_number=renewal.vat_number,
        card_last4=renewal.card_last4,
    )


def billing_history(orders: list[store.Order], renewals: list[store.Renewal]) -> list[Invoice]:
    """Every order and renewal of an account, newest first."""
    entries = [of_order(order) for order in orders] + [of_renewal(renewal) for renewal in renewals]
    return sorted(entries, key=lambda entry: (entry.issued_on, entry.number), reverse=True)


def kind_label(invoice: Invoice) -> str:
    return gettext("Renewal") if invoice.kind == "renewal" else gettext("Order")


def frequency_label(frequency: str) -> str:
    return gettext("Monthly") if frequency == "monthly" else gettext("Annual")


# --- the PDF ------------------------------------------------------------------------------------

_MARGIN = 20
_LABEL_WIDTH = 70


def render_pdf(invoice: Invoice, account_name: str, country_name: str) -> bytes:
    """The invoice as a PDF document (A4), in the current language."""
    pdf = FPDF(format="A4")
    # The core fonts in Windows-1252 have the euro sign; every text goes through `printable`.
    pdf.core_fonts_encoding = _ENCODING
    title = gettext("Invoice %(number)s", number=invoice.number)
    pdf.set_title(title)
    pdf.set_author(gettext("GoTo Billing Center"))
    pdf.set_lang(current_language())
    pdf.set_margins(_MARGIN, _MARGIN)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.cell(text=printable(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", size=11)
    _fact(pdf, gettext("Invoice number"), invoice.number)
    _fact(pdf, gettext("Invoice date"), long_date(invoice.issued_on))
    _fact(pdf, gettext("Type"), kind_label(invoice))
    _fact(pdf, gettext("Bill to"), f"{account_name}, {country_name}")
    if invoice.vat_number:
        _fact(pdf, gettext("VAT Number"), invoice.vat_number)
    for line in invoice.lines:
        pdf.ln(4)
        pdf.set_font("helvetica", "B", 13)
        pdf.cell(text=printable(line.product_name), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=11)
        _fact(pdf, gettext("Plan"), line.plan_name)
        _fact(pdf, gettext("User licenses"), number(line.licenses))
        _fact(pdf, gettext("Billing frequency"), frequency_label(line.frequency))
        _fact(
            pdf,
            gettext("Billing period"),
            gettext("%(start)s to %(end)s", start=long_date(line.period_start), end=long_date(line.period_end)),
        )
        _fact(pdf, gettext("Plan cost"), money(line.amount, invoice.currency))
        if line.credit > 0:
            _fact(pdf, gettext("Credit for the unused part of your current plan"), money(line.credit, invoice.currency))
    pdf.ln(4)
    if invoice.balance_used > 0:
        _fact(pdf, gettext("Account balance used"), money(invoice.balance_used, invoice.currency))
    pdf.set_font("helvetica", "B", 12)
    _fact(pdf, gettext("Total"), money(invoice.total, invoice.currency))
    pdf.set_font("helvetica", size=11)
    if invoice.card_last4 and invoice.total > 0:
        _fact(pdf, gettext("Payment Method"), gettext("Card ending in %(last4)s", last4=invoice.card_last4))
    return bytes(pdf.output())


_ENCODING = "windows-1252"
"""The core fonts' encoding: it has the euro sign and every letter of the catalogs' languages."""


def printable(text: str) -> str:
    """`text` in the core fonts' encoding. A space the encoding lacks becomes the no-break space
    it has: Babel groups French digits with a narrow no-break space (U+202F: "1 234,50 €"), which
    the core fonts cannot print, and a page must not break a number. Any other character it lacks
    is an error that names it, so a language the invoices cannot print fails in the mock's tests
    (tests/mock_server/test_billing_history.py), never as a garbled invoice."""
    printed = []
    for character in text:
        try:
            character.encode(_ENCODING)
        except UnicodeEncodeError:
            if unicodedata.category(character) != "Zs":
                name = unicodedata.name(character, hex(ord(character)))
                raise ValueError(f"an invoice cannot print {character!r} ({name}) in {text!r}") from None
            character = "\u00a0"
        printed.append(character)
    return "".join(printed)


_SMALLEST_FONT = 6


def _fact(pdf: FPDF, label: str, value: str) -> None:
    """One fact on a line of its own: `Label: value`, the label in a column and the value beside
    it. A fact never wraps (a reader, pypdf too, would take its second line for a heading): a long
    one moves its value closer to the label, then is set smaller (a Spanish billing period is two
    long dates)."""
    text, value = printable(f"{label}:"), printable(value)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    size = pdf.font_size_pt
    column = max(_LABEL_WIDTH, pdf.get_string_width(text) + 3)
    if column + pdf.get_string_width(value) > width:
        column = pdf.get_string_width(text) + 3
    while column + pdf.get_string_width(value) > width:
        if pdf.font_size_pt <= _SMALLEST_FONT:
            raise ValueError(f"an invoice cannot print {label!r} {value!r} on one line")
        pdf.set_font_size(pdf.font_size_pt - 0.5)
        column = pdf.get_string_width(text) + 3
    pdf.cell(w=column, text=text)
    pdf.cell(w=0, text=value, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(size)
