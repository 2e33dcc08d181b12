"""Emails read as labelled facts (`pages.email_facts`): both parts, each fact compared as
what it is, and every difference named; the steps never search an email's body for a number."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest

from billing_e2e.mailboxes import MailMessage, parse_rfc822
from pages.email_facts import (
    ExpectedHeaders,
    FactCheck,
    MissingFactError,
    fact_sheets,
    header_differences,
    html_facts,
    require_facts,
    require_headers,
    text_facts,
)
from pages.vocabulary import Vocabulary

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]

# Shaped like an order confirmation (a VAT number full of 8s: a substring search for "8" would
# find one whatever the licenses say).
TEXT = """Ciao Giulia Bianchi,

grazie per il tuo ordine.

Numero ordine: BC-2026-000123
Data ordine: 16 novembre 2026

GoTo Webinar
  Piano: Pro
  Licenze utente: 9
  Frequenza di fatturazione: Mensile
  Periodo di fatturazione: 16 novembre 2026 – 16 dicembre 2026
  Costo del piano: 1.791,00 €
  Prossima data di fatturazione: 16 dicembre 2026

Totale dovuto: 1.543,50 €
Saldo dell'account (credito): 0,00 €
Numero di partita IVA: IT88888888888
"""
HTML = """<html><body>
<p><strong>Numero ordine:</strong> <span>BC-2026-000123</span><br>
   <strong>Data ordine:</strong> 16 novembre 2026</p>
<h2>GoTo Webinar</h2>
<table role="presentation">
  <tr><th>Piano</th><td>Pro</td></tr>
  <tr><th>Licenze utente</th><td>8</td></tr>
  <tr><th>Periodo di fatturazione</th><td>16 novembre 2026 – 16 dicembre 2026</td></tr>
  <tr><th>Costo del piano</th><td>1.592,00 €</td></tr>
  <tr><th>Prossima data di fatturazione</th><td>16 dicembre 2026</td></tr>
</table>
<table role="presentation">
  <tr><th>Totale dovuto</th><td><strong>1.344,50 €</strong></td></tr>
  <tr><th>Saldo dell'account (credito)</th><td>0,00 €</td></tr>
</table>
</body></html>"""
VOCAB = Vocabulary.for_locale("it")


def message(text: str = TEXT, html: str = HTML) -> MailMessage:
    return MailMessage("1", "Ordine BC-2026-000123", "billing@example.test", ("a@example.test",), NOW, text, html)


NOW = datetime(2026, 11, 16, tzinfo=UTC)


def test_the_text_part_states_general_facts_and_each_products_facts() -> None:
    sheet = text_facts(TEXT)
    assert sheet.fact("Numero ordine") == "BC-2026-000123"
    assert sheet.fact("totale dovuto:") == "1.543,50 €"
    product = sheet.section("GoTo Webinar")
    assert product.fact("Licenze utente") == "9"
    assert list(sheet.sections) == ["GoTo Webinar"]
    with pytest.raises(MissingFactError, match="Licenze utente"):
        sheet.fact("Licenze utente")  # a product's fact is not a general one


def test_the_html_part_states_the_same_kinds_of_facts() -> None:
    sheet = html_facts(HTML)
    assert sheet.fact("Numero ordine") == "BC-2026-000123"
    assert sheet.fact("Data ordine") == "16 novembre 2026"
    assert sheet.fact("Totale dovuto") == "1.344,50 €"
    assert sheet.section("goto webinar").fact("Piano") == "Pro"
    with pytest.raises(MissingFactError, match="GoTo Meeting"):
        sheet.section("GoTo Meeting")


def test_each_fact_is_compared_as_what_it_is_in_each_part() -> None:
    checks = []
    for sheet in fact_sheets(message()):
        product = FactCheck(sheet.section("GoTo Webinar"), VOCAB)
        product.count("user_licenses", 8)
        product.money("plan_cost", Decimal("1592.00"), "EUR")
        product.long_dates("billing_period", (date(2026, 11, 16), date(2026, 12, 16)))
        product.long_date("next_billing_date", date(2026, 12, 16))
        checks.append(product)
    text_check, html_check = checks
    assert html_check.problems == []
    assert text_check.problems == [
        "the email's text part states 'Licenze utente' 9, expected 8",
        "the email's text part states 'Costo del piano' 1791.00, expected 1592.00",
    ]
    with pytest.raises(AssertionError, match="Licenze utente' 9, expected 8"):
        require_facts(checks)


def test_money_is_also_written_as_the_locale_writes_it() -> None:
    sheet = text_facts("Totale dovuto: EUR 1.543,50\n")
    check = FactCheck(sheet, VOCAB)
    check.money("total_due", Decimal("1543.50"), "EUR")
    assert check.problems == ["the email's text part states 'Totale dovuto' 'EUR 1.543,50', expected '1.543,50 €'"]
    unknown_currency = FactCheck(sheet, VOCAB)
    unknown_currency.money("total_due", Decimal("1543.50"), None)
    assert unknown_currency.problems == []


def test_a_fact_that_is_not_a_value_or_not_stated_is_a_problem_not_a_crash() -> None:
    check = FactCheck(text_facts("Licenze utente: otto\n"), VOCAB)
    check.count("user_licenses", 8)
    check.long_date("next_billing_date", date(2026, 12, 16))
    assert len(check.problems) == 2
    assert "'otto'" in check.problems[0]
    assert "states no 'Prossima data di fatturazione'" in check.problems[1]


@pytest.mark.parametrize(("text", "html", "missing"), [(TEXT, "", "HTML"), ("", HTML, "text")])
def test_an_email_without_one_of_its_parts_fails(text: str, html: str, missing: str) -> None:
    with pytest.raises(MissingFactError, match=f"has no {missing} part"):
        fact_sheets(message(text, html))


def test_no_step_searches_an_email_body_for_a_substring() -> None:
    for module in sorted((ROOT / "steps").glob("*.py")):
        assert "body_contains" not in module.read_text("utf-8"), module.name


# --- the message as a whole ----------------------------------------------------------------------

SENDER = "GoTo Billing Center <no-reply@billing.goto.com>"


def _sent(*, subject: str, sender: str = SENDER, to: str = "giulia@example.com", language: str = "it") -> MailMessage:
    """A message as a mail client parses it from the wire (RFC 2047 subject, display name)."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message.set_content("Ciao", charset="utf-8")
    message["Content-Language"] = language  # after the content, which drops Content-* headers
    return parse_rfc822(message.as_bytes(), "1")


def _expected(subject: str = "Il tuo ordine BC-1 è confermato") -> ExpectedHeaders:
    return ExpectedHeaders(subject=subject, to="giulia@example.com", language="it", sender=SENDER)


def test_a_message_sent_as_expected_has_no_differences() -> None:
    message = _sent(subject="Il tuo ordine BC-1 è confermato")
    assert (message.sender_name, message.sender, message.language) == (
        "GoTo Billing Center",
        "no-reply@billing.goto.com",
        "it",
    )
    assert header_differences(message, _expected()) == []


@pytest.mark.parametrize(
    ("sent", "difference"),
    [
        # A subject garbled in one letter: a search by the order number alone finds it anyway.
        ({"subject": "Il tuo ordine BC-1 Ã¨ confermato"}, "subject 'Il tuo ordine BC-1 Ã¨ confermato'"),
        ({"subject": "Il tuo ordine BC-1 è confermato", "sender": "no-reply@billing.goto.com"}, "from "),
        ({"subject": "Il tuo ordine BC-1 è confermato", "sender": "GoTo <billing@logmeininc.com>"}, "from "),
        ({"subject": "Il tuo ordine BC-1 è confermato", "to": "giulia@example.com, anna@example.com"}, "sent to"),
        ({"subject": "Il tuo ordine BC-1 è confermato", "language": "en"}, "Content-Language 'en'"),
    ],
)
def test_each_header_that_differs_is_named(sent: dict[str, str], difference: str) -> None:
    found = header_differences(_sent(**sent), _expected())
    assert len(found) == 1, found
    assert found[0].startswith(difference), found
    with pytest.raises(AssertionError, match="as a mail client shows it"):
        require_headers(_sent(**sent), _expected())


def test_what_the_harness_does_not_know_is_not_compared() -> None:
    subject = "Il tuo ordine BC-1 è confermato"
    unknown = ExpectedHeaders(subject=subject, to="giulia@example.com", language=None, sender=None)
    assert header_differences(_sent(subject=subject, sender="x@y.z", language="de"), unknown) == []
