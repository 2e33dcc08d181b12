"""`pages.invoice_facts`: an invoice PDF read as labelled facts, and the clear errors when it cannot be.

The PDFs here are made with fpdf2 in the layout the Billing History's invoices use (a title, then
`Label: value` lines, a product's name heading its facts), so the reader is tested on its own.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from fpdf import FPDF

from pages.invoice_facts import InvoiceReadError, read_invoice

pytestmark = pytest.mark.harness


def pdf_of(*lines: str, language: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    if language is not None:
        pdf.set_lang(language)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


INVOICE = pdf_of(
    "Fattura RN-20261201-000001",
    "Numero fattura: RN-20261201-000001",
    "Data fattura: 1 dicembre 2026",
    "GoTo Webinar",
    "Licenze utente: 1.234",
    "Periodo di fatturazione: 1 dicembre 2026 al 1 gennaio 2027",
    "Costo del piano: 1.234,50\xa0€",
    "OpenVoice",
    "Licenze utente: 5",
    "Costo del piano: 99,00\xa0€",
    "Totale: 1.333,50\xa0€",
)


def test_facts_are_read_as_numbers_dates_and_counts() -> None:
    invoice = read_invoice(INVOICE)
    assert invoice.title == "Fattura RN-20261201-000001"
    assert invoice.sections == ("GoTo Webinar", "OpenVoice")
    assert invoice.text("numero fattura") == "RN-20261201-000001"
    assert invoice.date("Data fattura", "it") == date(2026, 12, 1)
    assert invoice.count("Licenze utente", "it", section="GoTo Webinar") == 1234
    assert invoice.money("Costo del piano", "it", section="GoTo Webinar") == Decimal("1234.50")
    assert invoice.period("Periodo di fatturazione", "it", section="GoTo Webinar") == (
        date(2026, 12, 1),
        date(2027, 1, 1),
    )
    assert invoice.money("Totale", "it") == Decimal("1333.50")


def test_a_fact_each_product_states_needs_its_section() -> None:
    invoice = read_invoice(INVOICE)
    with pytest.raises(InvoiceReadError, match=r"states 'Licenze utente' 2 times .*name the section"):
        invoice.text("Licenze utente")
    with pytest.raises(InvoiceReadError, match=r"states no 'IVA'.*it states: \["):
        invoice.text("IVA")
    with pytest.raises(InvoiceReadError, match="under 'Rescue'"):
        invoice.text("Licenze utente", section="Rescue")


def test_the_declared_language_and_the_facts_stated_only_when_they_apply() -> None:
    invoice = read_invoice(
        pdf_of("Rechnung R-1", "Rechnungsnummer: R-1", "GoTo Meeting", "Gutschrift: 3,00 €", language="de")
    )
    assert invoice.language == "de"
    assert invoice.states("rechnungsnummer")
    assert invoice.states("Gutschrift", section="GoTo Meeting")
    assert not invoice.states("Gutschrift", section="OpenVoice")
    assert not invoice.states("USt-IdNr.")
    assert read_invoice(INVOICE).language == ""


def test_what_is_not_a_readable_invoice_is_a_clear_error() -> None:
    with pytest.raises(InvoiceReadError, match="not a PDF"):
        read_invoice(b"<!doctype html><html>")
    with pytest.raises(InvoiceReadError, match="cannot be read"):
        read_invoice(b"%PDF-1.7\n garbage")
    with pytest.raises(InvoiceReadError, match="no text"):
        read_invoice(pdf_of())
    with pytest.raises(InvoiceReadError, match="not a period"):
        read_invoice(INVOICE).period("Data fattura", "it")
