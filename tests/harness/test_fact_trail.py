"""The fact trail (`flows.fact_trail`): the matrix facts × observation points has no hole, its page
docs/fact-trail.md is what the command writes, and a point compares every fact it shows and names
each one that differs (here on an email, which needs no browser)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from fpdf import FPDF

from billing_e2e.mailboxes import MailMessage
from billing_e2e.oracle import ExpectedLine, ExpectedOrder
from flows import fact_trail
from flows.fact_trail import FACTS, POINTS, CardEntered, Chosen, NotKnown, ObservationPoint, Trail
from pages.invoice_facts import read_invoice
from traceability.fact_trail import main, render

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]

LINE = ExpectedLine(8, Decimal("199.00"), Decimal("1592.00"), Decimal("247.50"), date(2026, 11, 16), date(2026, 12, 16))
ORDER = ExpectedOrder((LINE,), Decimal("1344.50"), Decimal("0.00"))
TRAIL = Trail(
    locale="en",
    chosen=Chosen("GoTo Webinar", "Pro", 8, "monthly", Decimal("199.00"), ORDER, ORDER),
    balance_before=Decimal("0.00"),
    cart=(),
    order_number="BC-2026-000123",
    vat_number="IE6388047V",
    settled=True,
)

# Shaped like the mock's order confirmation (mock_server/templates/email/order_confirmation.*).
TEXT = """Hello Jane Doe,

Order number: BC-2026-000123
Order date: November 16, 2026

GoTo Webinar
  Plan: Pro
  User licenses: 8
  Billing frequency: Monthly
  Billing period: November 16, 2026 to December 16, 2026
  Plan cost: $1,592.00
  Credit for the unused part of your current plan: −$247.50
  Next billing date: December 16, 2026

Total due: $1,344.50
Account balance (credit): $0.00
VAT Number: IE6388047V
"""
HTML = """<!doctype html><html lang="en"><body>
<p><strong>Order number:</strong> <span>BC-2026-000123</span><br><strong>Order date:</strong> November 16, 2026</p>
<h2>GoTo Webinar</h2>
<table role="presentation">
  <tr><th>Plan</th><td>Pro</td></tr>
  <tr><th>User licenses</th><td>8</td></tr>
  <tr><th>Billing frequency</th><td>{frequency}</td></tr>
  <tr><th>Billing period</th><td>November 16, 2026 to December 16, 2026</td></tr>
  <tr><th>Plan cost</th><td>$1,592.00</td></tr>
  <tr><th>Credit for the unused part of your current plan</th><td>−$247.50</td></tr>
  <tr><th>Next billing date</th><td>December 16, 2026</td></tr>
</table>
<table role="presentation">
  <tr><th>Total due</th><td><strong>$1,344.50</strong></td></tr>
  <tr><th>Account balance (credit)</th><td>$0.00</td></tr>
  <tr><th>VAT Number</th><td>IE6388047V</td></tr>
</table></body></html>"""


def email(*, frequency: str = "Monthly", subject: str = "Your order BC-2026-000123 is confirmed") -> MailMessage:
    return MailMessage(
        "1",
        subject,
        "billing@example.test",
        ("jane@example.test",),
        datetime(2026, 11, 16, tzinfo=UTC),
        TEXT,
        HTML.format(frequency=frequency),
        language="en",
    )


def test_every_cell_of_the_matrix_is_checked_or_declared_not_shown() -> None:
    assert fact_trail.holes() == []
    checked, not_shown = fact_trail.counts()
    assert checked + not_shown == len(FACTS) * len(POINTS)
    for point in POINTS:
        assert all(reason.strip() for reason in point.not_shown.values()), point.name


def test_every_fact_is_checked_somewhere_and_the_points_have_distinct_names() -> None:
    assert {fact for point in POINTS for fact in point.shows} == set(FACTS)
    assert len({point.name for point in POINTS}) == len(POINTS)


def test_the_committed_matrix_is_what_the_command_writes() -> None:
    assert (ROOT / "docs/fact-trail.md").read_text(encoding="utf-8") == render()
    assert main(["--check", "--out", str(ROOT / "docs/fact-trail.md")]) == 0


def test_a_stale_matrix_page_fails_the_check(tmp_path: Path) -> None:
    stale = tmp_path / "fact-trail.md"
    stale.write_text("# old\n", encoding="utf-8")
    assert main(["--check", "--out", str(stale)]) == 1


def test_the_email_shows_every_fact_of_the_trail_it_states() -> None:
    checked = fact_trail.check_email(email(), TRAIL)
    assert [point.point for point in checked] == ["email_headers", "email_text", "email_html"]
    html = checked[2]
    assert set(html.compared) == set(fact_trail.EMAIL_HTML.shows)


def test_a_choice_shown_otherwise_in_one_part_is_named_with_its_point() -> None:
    with pytest.raises(AssertionError) as failure:
        fact_trail.check_email(email(frequency="Annual"), TRAIL)
    problems = [line for line in str(failure.value).splitlines() if line.startswith("  - ")]
    assert problems == [
        "  - email HTML part: billing frequency: the email HTML part shows 'annual', expected 'monthly'"
    ]


def test_the_order_number_in_the_subject_is_compared_whole() -> None:
    with pytest.raises(AssertionError, match="email headers: order number"):
        fact_trail.check_email(email(subject="Your order BC-2026-000124 is confirmed"), TRAIL)


def test_a_fact_not_known_at_a_point_is_not_compared_and_says_why() -> None:
    before_the_order = replace(TRAIL, order_number=None, settled=False)
    found, checked = fact_trail.differences(
        fact_trail.EMAIL_HEADERS, {"order_number": "any", "product": "any", "language": "en"}, before_the_order
    )
    assert found == []
    assert checked.compared == ("language",)
    assert checked.not_known == {
        "order_number": "no order is placed yet",
        "product": "an order confirmation's subject names the order, not the product",
    }


WELCOME = """Hello Jane Doe,

Welcome to your free trial of GoToMeeting. You have immediate access to it.

Account: Doe Ltd
Product: GoToMeeting
Plan: Business
User licenses: 3
Trial started on: November 16, 2026
Trial ends on: November 30, 2026
"""


def test_a_trials_welcome_states_its_facts_in_general_and_no_price() -> None:
    trail = Trail(
        locale="en",
        chosen=Chosen("GoToMeeting", "Business", 3, trial_ends_on=date(2026, 11, 30)),
        balance_before=Decimal("0.00"),
        cart=(),
        vat_number="IE6388047V",
        settled=True,
    )
    welcome = MailMessage(
        "2",
        "Welcome to your free trial of GoToMeeting",
        "billing@example.test",
        ("jane@example.test",),
        datetime(2026, 11, 16, tzinfo=UTC),
        WELCOME,
        "<html lang='en'><body><p>" + WELCOME.replace("\n", "<br>") + "</p></body></html>",
        language="en",
    )
    found, checked = fact_trail.differences(fact_trail.EMAIL_TEXT, fact_trail.EMAIL_TEXT.read(welcome, trail), trail)
    assert found == []
    assert {"product", "tier", "licenses", "trial_end", "total_due", "vat_number"} <= set(checked.compared)
    late = replace(trail, chosen=Chosen("GoToMeeting", "Business", 3, trial_ends_on=date(2026, 12, 1)))
    found, _ = fact_trail.differences(fact_trail.EMAIL_TEXT, fact_trail.EMAIL_TEXT.read(welcome, late), late)
    assert found == ["trial end date: the email text part shows 2026-11-30, expected 2026-12-01"]


def test_a_reader_that_leaves_out_a_fact_its_point_shows_is_a_harness_error() -> None:
    point = ObservationPoint(
        "made_up",
        "made-up point",
        MailMessage,
        lambda _message, _trail: {"tier": "Pro"},
        {"tier": fact_trail.EXPECTED["tier"], "licenses": fact_trail.EXPECTED["licenses"]},
        {fact: "made up" for fact in FACTS if fact not in ("tier", "licenses")},
    )
    with pytest.raises(AssertionError, match="harness error: the made-up point reader returned"):
        fact_trail.check(point, email(), TRAIL)
    assert isinstance(fact_trail.EXPECTED["card"](TRAIL), NotKnown)


def invoice(*, licenses: str = "8", language: str = "en") -> bytes:
    """An order's invoice in the mock's layout (mock_server/invoices.py): a title, `Label: value`
    lines, the product's name heading its facts."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_lang(language)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    lines = (
        "Invoice BC-2026-000123", "Invoice number: BC-2026-000123", "Invoice date: November 16, 2026",
        "Type: Order", "Bill to: Doe Ltd, Ireland", "VAT Number: IE6388047V", "GoTo Webinar", "Plan: Pro",
        f"User licenses: {licenses}", "Billing frequency: Monthly",
        "Billing period: November 16, 2026 to December 16, 2026", "Plan cost: $1,592.00",
        "Credit for the unused part of your current plan: $247.50", "Total: $1,344.50",
        "Payment Method: Card ending in 4444",
    )  # fmt: skip
    for line in lines:
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


PAID = replace(TRAIL, card=CardEntered("4444", "Jane Doe", "03/30"))


def test_the_orders_invoice_states_every_fact_of_the_order_it_shows() -> None:
    checked = fact_trail.check(fact_trail.INVOICE, read_invoice(invoice()), PAID)
    assert set(checked.compared) == set(fact_trail.INVOICE.shows)
    assert checked.not_known == {}


def test_an_invoice_that_differs_names_each_fact_and_its_language() -> None:
    with pytest.raises(AssertionError) as failure:
        fact_trail.check(fact_trail.INVOICE, read_invoice(invoice(licenses="9", language="de")), PAID)
    problems = [line for line in str(failure.value).splitlines() if line.startswith("  - ")]
    assert problems == [
        "  - user licenses: the order's invoice (PDF) shows 9, expected 8",
        "  - language: the order's invoice (PDF) shows 'de', expected 'en'",
    ]


def test_a_free_trial_has_no_invoice_and_says_so() -> None:
    trial = Trail(
        locale="en",
        chosen=Chosen("GoToMeeting", "Business", 3, trial_ends_on=date(2026, 11, 30)),
        balance_before=Decimal("0.00"),
        cart=(),
        settled=True,
    )
    for point in (fact_trail.BILLING_HISTORY, fact_trail.INVOICE):
        expected = {fact: expectation(trial) for fact, expectation in point.shows.items() if fact != "language"}
        assert all(isinstance(value, NotKnown) for value in expected.values()), point.name
