"""The plumbing the direct Playwright flows share, and how the benchmark runs them.

The benchmark compares the harness (pytest-bdd, page objects) with the same flows written
directly in Playwright, pair by pair. This module is only what both sides need equally: the
bundled mock started as the harness starts it (`billing_e2e.targets.started_mock`, without data-*
attributes), Chromium launched with the harness's options (`billing_e2e.chromium`), a new
context per flow, the account made through the control API, the session made the way the
harness now starts signed in (`POST /_control/accounts/{id}/sessions`, then the cookie), the
catalog's prices, and the confirmation email read from the mock's mailbox API. The clicks and the
checks are each flow's own (`upgrade_002.py` ...), with the product's labels written in them.

    python tools/direct/upgrade_002.py --json         # one flow, one fresh process
    run_flow("upgrade_002")                                 # the same record, in this process

A flow's record: {"flow", "scenario" (the harness scenario's pytest node id), "locale",
"phases": {mock_start, browser_launch, context, account, session, flow, email}, "total"} in
seconds (time.perf_counter).
"""

from __future__ import annotations

import argparse
import html
import importlib
import json
import re
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from babel.dates import format_date
from babel.numbers import get_currency_symbol, parse_decimal
from dateutil.relativedelta import relativedelta
from playwright.sync_api import Locator, Page, expect, sync_playwright

from billing_e2e.chromium import chromium_launch_options
from billing_e2e.control_api import ControlApi
from billing_e2e.domain import BABEL_LOCALES, BROWSER_LOCALES, LANGUAGE_DATA, TIME_ZONES
from billing_e2e.mailboxes import MailMessage, MailpitMailbox
from billing_e2e.targets import started_mock

PHASES = ("mock_start", "browser_launch", "context", "account", "session", "flow", "email")
CENT = Decimal("0.01")
Frequency = Literal["monthly", "annual"]

_NODE = "tests/e2e/test_articles.py::"
FLOWS: dict[str, tuple[str, str]] = {
    "upgrade_002": (
        "tools.direct.upgrade_002",
        f"{_NODE}test_passare_a_un_piano_superiore_con_più_licenze_utente[chromium]",
    ),
    "remove_licenses_000": (
        "tools.direct.remove_licenses_000",
        # `_1`: article 001 has a scenario of the same name, collected first.
        f"{_NODE}test_ridurre_le_licenze_utente_resta_un_credito_e_non_viene_chiesto_alcun_pagamento_1[chromium]",
    ),
    "add_subscription_004": (
        "tools.direct.add_subscription_004",
        f"{_NODE}test_buy_a_subscription_product_tier_licenses_licenses_billed_frequency"
        "[chromium-OpenVoice-Business-4-Monthly]",
    ),
    "free_trial_004": ("tools.direct.free_trial_004", f"{_NODE}test_request_a_free_trial[chromium]"),
}
"""name → (module, the harness scenario's node id as `pytest tests/e2e --collect-only -q` prints it)."""

# What the browser context of each locale gets (as the harness's contexts do).
BILLING_HOST = "billing.goto.com"


class FlowCheckError(AssertionError):
    """A check of a direct flow that did not hold: the product is not what the flow expects."""


def check(holds: bool, message: str) -> None:
    """A check that stays a check under `python -O` (unlike assert)."""
    if not holds:
        raise FlowCheckError(message)


def equal(what: str, shown: object, expected: object) -> None:
    check(shown == expected, f"{what}: shown {shown!r}, expected {expected!r}")


# --- what the flows compute and read -------------------------------------------------------------


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def period_end(start: date, frequency: Frequency) -> date:
    return start + (relativedelta(months=1) if frequency == "monthly" else relativedelta(years=1))


_NOT_NUMBER = re.compile(r"[^\d.,]")


def currency_sign(locale: str) -> str:
    """The currency sign of a flow's account in its locale (the languages data's currency: €, $)."""
    return str(get_currency_symbol(LANGUAGE_DATA[locale].currency, locale=BABEL_LOCALES[locale]))


def money(text: str, locale: str) -> Decimal:
    """An amount as a page writes it ("1.234,50 €", "−$181.67") as a Decimal; it must be in the
    account's currency."""
    cleaned = " ".join(text.split())
    check(currency_sign(locale) in cleaned, f"{text!r} is not an amount in {currency_sign(locale)}")
    number = Decimal(parse_decimal(_NOT_NUMBER.sub("", cleaned), locale=BABEL_LOCALES[locale], strict=True))
    return -number if "-" in cleaned or "\u2212" in cleaned else number


def long_date(value: date, locale: str) -> str:
    """A date as the pages write it ("2 dicembre 2026", "December 2, 2026")."""
    return str(format_date(value, format="long", locale=BABEL_LOCALES[locale]))


def definition(scope: Locator, term: str) -> str:
    """The text of the definition of `term` in a definition list (<dt>/<dd>, roles term/definition)."""
    terms = [" ".join(text.split()) for text in scope.get_by_role("term").all_inner_texts()]
    matching = [i for i, shown in enumerate(terms) if shown.casefold() == term.casefold()]
    check(len(matching) == 1, f"the term {term!r} is shown {len(matching)} times; terms: {terms}")
    return " ".join(scope.get_by_role("definition").nth(matching[0]).inner_text().split())


def price(catalog: dict[str, Any], product: str, tier: str, currency: str, frequency: Frequency) -> Decimal:
    """The catalog's price per license (`GET /_control/catalog`), by product and tier code."""
    for item in catalog["products"]:
        for offered in item["tiers"]:
            if (item["code"], offered["code"]) == (product, tier):
                return Decimal(offered["prices"][currency][frequency])
    raise KeyError(f"the catalog has no tier {tier!r} of {product!r}")


# --- one run of one flow ---------------------------------------------------------------------------


@dataclass
class Run:
    """One flow's run: the page, the mock's control API and mailbox, the account and the clock."""

    name: str
    locale: str
    page: Page
    control: ControlApi
    mailbox: MailpitMailbox
    base_url: str
    catalog: dict[str, Any]
    today: date
    email: str
    phases: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Times a phase of `PHASES` (a phase entered twice adds up)."""
        if name not in PHASES:
            raise ValueError(f"unknown phase {name!r}; phases: {', '.join(PHASES)}")
        started = time.perf_counter()
        try:
            yield
        finally:
            self.phases[name] = self.phases.get(name, 0.0) + time.perf_counter() - started

    def expect_heading(self, name: str | re.Pattern[str]) -> None:
        """Arrival at a page: its level-1 heading (the whole name, case and white space ignored)."""
        wanted = name if isinstance(name, re.Pattern) else re.compile(rf"^\s*{re.escape(name)}\s*$", re.IGNORECASE)
        heading = self.page.get_by_role("heading", level=1, name=wanted)
        try:
            expect(heading).to_be_visible()
        except AssertionError as error:
            shown = self.page.get_by_role("heading", level=1).all_inner_texts()
            raise FlowCheckError(f"expected the page {name!r}, but {self.page.url} shows {shown}") from error
        # Fields filled before the deferred scripts ran would not update the Order Summary.
        self.page.wait_for_load_state("domcontentloaded")

    def mail(self, subject_contains: str | None = None) -> MailMessage:
        return self.mailbox.wait_for(self.email, subject_contains=subject_contains)


@dataclass(frozen=True)
class Flow:
    """What a flow module gives `run_flow`: its locale, the Billing Center's heading in it (where
    the session lands), the subscription its self-service account holds (a control API body) and
    its steps."""

    locale: str
    site: str
    holds: dict[str, Any]
    steps: Callable[[Run], None]


def self_service_account(today: date, email: str, locale: str, *subscriptions: dict[str, Any]) -> dict[str, Any]:
    """A `POST /_control/accounts` body: a self-service account billed in the locale's country
    (Italy with a VAT number, or the US), a card on file, the billing contact `email` who signs in,
    a colleague without licenses, and `subscriptions` (control API bodies)."""
    colleague = email.replace("buyer-", "colleague-")
    names = {"it": ("Giulia Rossi", "Marco Bianchi"), "en": ("Emily Carter", "James Miller")}[locale]
    country, currency = LANGUAGE_DATA[locale].country, LANGUAGE_DATA[locale].currency
    spec: dict[str, Any] = {
        "kind": "self_service",
        "locale": locale,
        "name": "Direct Flows",
        "country": country,
        "currency": currency,
        "today": today.isoformat(),
        "card_on_file": {"holder": names[0], "last4": "4242", "expiry": card_expiry(today)},
        "users": [
            {"email": email, "password": "Direct-flow-1", "full_name": names[0], "billing_contact": True},
            {"email": colleague, "password": "Direct-flow-2", "full_name": names[1], "billing_contact": False},
        ],
        "subscriptions": list(subscriptions),
    }
    if country == "IT":
        spec["vat_number"] = IT_VAT_NUMBER
    return spec


IT_VAT_NUMBER = "IT00743110157"
"""A valid Italian VAT number (python-stdnum agrees) for the account and the checkout."""
TEST_CARD = "4242424242424242"
"""Stripe's published test Visa number, which the mock accepts."""


def card_expiry(today: date) -> str:
    """MM/YY of a test card that is valid for years."""
    return f"12/{(today.year + 3) % 100:02d}"


def run_flow(name: str, *, defects: tuple[str, ...] = ()) -> dict[str, Any]:
    """Run the flow `name` of `FLOWS` once (its own mock, browser and context) and return its
    record; a failed check raises FlowCheckError (or Playwright's AssertionError)."""
    module_name, scenario = FLOWS[name]
    flow: Flow = importlib.import_module(module_name).FLOW
    phases: dict[str, float] = {}
    started = time.perf_counter()
    extra = ("--strip-test-attributes", *(arg for defect in defects for arg in ("--defect", defect)))
    with started_mock(extra_args=extra) as target:
        phases["mock_start"] = time.perf_counter() - started
        assert target.control is not None
        assert target.mock_port is not None
        with sync_playwright() as playwright:
            mark = time.perf_counter()
            launch = chromium_launch_options(playwright, None, target.host_resolver_rules)
            browser = playwright.chromium.launch(**launch)
            phases["browser_launch"] = time.perf_counter() - mark
            try:
                run = _run(name, flow, target.control, target.mock_port, target.mailbox, browser, phases)
            finally:
                browser.close()
    missing = [phase for phase in PHASES if phase not in run.phases]
    if missing:
        raise RuntimeError(f"the flow {name} did not time the phases {missing}")
    return {
        "flow": name,
        "scenario": scenario,
        "locale": flow.locale,
        "phases": {phase: round(run.phases[phase], 4) for phase in PHASES},
        "total": round(time.perf_counter() - started, 4),
    }


def _run(
    name: str, flow: Flow, control: ControlApi, port: int, mailbox: object, browser: Any, phases: dict[str, float]
) -> Run:
    assert isinstance(mailbox, MailpitMailbox)
    base_url = f"http://{BILLING_HOST}:{port}"
    mark = time.perf_counter()
    browser_locale, time_zone = BROWSER_LOCALES[flow.locale], TIME_ZONES[flow.locale]
    context = browser.new_context(locale=browser_locale, timezone_id=time_zone, base_url=base_url)
    page = context.new_page()
    phases["context"] = time.perf_counter() - mark
    try:
        mark = time.perf_counter()
        today = datetime.now(UTC).date()
        email = f"buyer-{uuid.uuid4().hex[:12]}@example.com"
        catalog = control.catalog()
        account = control.create_account(self_service_account(today, email, flow.locale, flow.holds))
        phases["account"] = time.perf_counter() - mark
        run = Run(name, flow.locale, page, control, mailbox, base_url, catalog, today, email, phases)
        with run.phase("session"):
            made = control.create_session(int(account["id"]), email)
            context.add_cookies(
                [
                    {
                        "name": str(made["cookie"]),
                        "value": str(made["token"]),
                        "url": base_url,
                        "httpOnly": True,
                        "sameSite": "Lax",
                    }
                ]
            )
            page.goto("/")
            run.expect_heading(flow.site)
        flow.steps(run)
        return run
    finally:
        context.close()


def main(name: str, argv: list[str] | None = None) -> int:
    """The command line of a flow script: 0 when every check held, 1 with the failed check's message."""
    parser = argparse.ArgumentParser(description=f"the direct Playwright flow {name}, run once")
    parser.add_argument("--json", action="store_true", help="print the run's record as one JSON line")
    parser.add_argument(
        "--defect", action="append", default=[], metavar="NAME", help="start the mock with this defect (repeatable)"
    )
    options = parser.parse_args(argv)
    try:
        record = run_flow(name, defects=tuple(options.defect))
    except AssertionError as failed:  # FlowCheckError, Playwright's expect, MailNotFoundError
        print(f"{name}: FAILED: {failed}", file=sys.stderr)
        return 1
    if options.json:
        print(json.dumps(record, ensure_ascii=False))
    else:
        print(f"{name}: passed in {record['total']:.2f} s {record['phases']}")
    return 0


# --- the email ---------------------------------------------------------------------------------

_TEXT_FACT = re.compile(r"^\s*([^:\n]+):\s+(\S.*?)\s*$", re.MULTILINE)
_HTML_ROW = re.compile(r"<th[^>]*>(.*?)</th>\s*<td[^>]*>(.*?)</td>", re.DOTALL)
_HTML_STRONG = re.compile(r"<strong>([^<:]+):</strong>\s*(.*?)\s*(?:<br>|</p>)", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def email_facts(message: MailMessage) -> dict[str, dict[str, str]]:
    """The labelled facts of each part of an email ("Totale dovuto: 1.097,00 €"): {"text": {label:
    value}, "html": {label: value}}. A part that is missing, or shows a label twice, fails."""
    parts: dict[str, list[tuple[str, str]]] = {
        "text": _TEXT_FACT.findall(message.text),
        "html": _HTML_ROW.findall(message.html) + _HTML_STRONG.findall(message.html),
    }
    sheets: dict[str, dict[str, str]] = {}
    for part, pairs in parts.items():
        check(bool(pairs), f"the email {message.subject!r} has no {part} part with facts")
        sheet: dict[str, str] = {}
        for label, value in pairs:
            label, value = (" ".join(html.unescape(_TAG.sub("", raw)).split()) for raw in (label, value))
            check(label not in sheet, f"the email's {part} part shows {label!r} twice")
            sheet[label] = value
        sheets[part] = sheet
    return sheets


def fact(sheet: dict[str, str], label: str) -> str:
    check(label in sheet, f"the email shows no {label!r}; it shows {sorted(sheet)}")
    return sheet[label]
