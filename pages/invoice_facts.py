"""An invoice PDF read as its reader reads it: labelled facts ("Total: 1.234,50 €"), with pypdf.

An invoice of the billing history states each fact on a line of its own, `Label: value`; a line
without a label is the heading of a section (a product), and the facts under it belong to it. A
step looks a fact up by the label the harness's vocabulary gives it (in the product's section when
the label is one each product has) and compares it as what it is: money as a Decimal, a date as a
date, a count as an int, never by searching the text for a substring.

    invoice = read_invoice(pdf_bytes)
    invoice.money(vocab.invoice_total, "it")                      # Decimal('495.00')
    invoice.date(vocab.invoice_date, "it")                        # date(2026, 12, 1)
    invoice.count(vocab.user_licenses, "it", section="GoTo Webinar")
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from decimal import Decimal

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from billing_e2e.formats import find_long_dates, parse_count, parse_long_date, parse_money

_SPACES = re.compile(r"\s+")
_MAX_LABEL_WORDS = 10  # a label is short; a sentence with a colon in it is not a fact


class InvoiceReadError(AssertionError):
    """The bytes are not a readable PDF, or the invoice does not state a fact the step looks for."""


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def _key(label: str) -> str:
    return _squash(label).rstrip(":").strip().casefold()


@dataclass(frozen=True)
class InvoiceFact:
    section: str | None  # the product it is stated under; None: before the first product
    label: str
    value: str


@dataclass(frozen=True)
class InvoicePdf:
    """The facts of an invoice, in the order it states them; `title` is its first line."""

    title: str
    facts: tuple[InvoiceFact, ...]
    sections: tuple[str, ...]
    language: str = ""
    """The language the document declares (its catalog's /Lang, what a reader speaks it in), "" if none."""

    def states(self, label: str, section: str | None = None) -> bool:
        """Whether the invoice states `label` (under `section`, when given): some facts are stated
        only when they apply (a credit, a VAT number, the card of a payment)."""
        wanted = _key(label)
        return any(
            _key(fact.label) == wanted and (section is None or _key(fact.section or "") == _key(section))
            for fact in self.facts
        )

    def text(self, label: str, section: str | None = None) -> str:
        """The value stated as `label` (under `section`, when given); exactly one must match."""
        wanted = _key(label)
        found = [
            fact
            for fact in self.facts
            if _key(fact.label) == wanted and (section is None or _key(fact.section or "") == _key(section))
        ]
        where = f" under {section!r}" if section else ""
        if not found:
            stated = [f"{fact.section + ' / ' if fact.section else ''}{fact.label}" for fact in self.facts]
            raise InvoiceReadError(f"the invoice {self.title!r} states no {label!r}{where}; it states: {stated}")
        if len(found) > 1:
            raise InvoiceReadError(
                f"the invoice {self.title!r} states {label!r}{where} {len(found)} times"
                f" (in {[fact.section for fact in found]}): name the section"
            )
        return found[0].value

    def money(self, label: str, locale: str, section: str | None = None) -> Decimal:
        return parse_money(self.text(label, section), locale)

    def date(self, label: str, locale: str, section: str | None = None) -> dt.date:
        return parse_long_date(self.text(label, section), locale)

    def count(self, label: str, locale: str, section: str | None = None) -> int:
        return parse_count(self.text(label, section), locale)

    def period(self, label: str, locale: str, section: str | None = None) -> tuple[dt.date, dt.date]:
        """A period stated as two long dates ("1 dicembre 2026 - 1 gennaio 2027"): (start, end)."""
        value = self.text(label, section)
        dates = find_long_dates(value, locale)
        if len(dates) != 2:
            raise InvoiceReadError(f"{label!r} is {value!r}: not a period of two {locale} dates")
        return dates[0], dates[1]


def read_invoice(pdf: bytes) -> InvoicePdf:
    """The facts of an invoice PDF (every page, in order)."""
    if not pdf.startswith(b"%PDF-"):
        raise InvoiceReadError(f"not a PDF: it starts with {pdf[:16]!r}")
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=True)
        lines = [_squash(line) for page in reader.pages for line in page.extract_text().splitlines()]
        declared = reader.root_object.get("/Lang")
    except PyPdfError as error:
        raise InvoiceReadError(f"the PDF cannot be read: {error}") from error
    lines = [line for line in lines if line]
    if not lines:
        raise InvoiceReadError("the PDF has no text")
    title, *rest = lines
    facts: list[InvoiceFact] = []
    sections: list[str] = []
    section: str | None = None
    for line in rest:
        label, colon, value = line.partition(":")
        if colon and value.strip() and len(label.split()) <= _MAX_LABEL_WORDS:
            facts.append(InvoiceFact(section, label.strip(), value.strip()))
        else:
            section = line
            sections.append(line)
    return InvoicePdf(title, tuple(facts), tuple(sections), str(declared) if declared is not None else "")
