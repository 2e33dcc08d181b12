"""Checkout (`/checkout`, the articles' "Completa transazione" / "Kasse" page): the review of the
order (billing period starting today, licenses, plan cost, credit, total due), Edit Order,
payment details and VAT number when asked, Place Order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from playwright.sync_api import Locator, Page, expect

from billing_e2e.formats import find_long_dates, parse_count, parse_money

from .base import BasePage, Facts, alert_texts, arrive, escape, exactly, field_error, optional_text
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .cart import CartPage
    from .edit_subscription import EditSubscriptionPage
    from .error_page import ServerErrorPage
    from .result import OrderResultPage
    from .sign_in import SignInPage
    from .wizard_plan import WizardPlanStep

CARD_FIELDS = ("card_holder", "card_number", "card_expiry", "card_cvc")
FIELD_KEYS = (*CARD_FIELDS, "vat_number")


class CardDetails(Protocol):
    """Any object with a card's holder, number, expiry (MM/YY) and CVC."""

    @property
    def holder(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def expiry(self) -> str: ...
    @property
    def cvc(self) -> str: ...


@dataclass(frozen=True)
class ReviewLine:
    """One product on the review. `credit` as shown: negative, 0 when there is none."""

    product: str
    tier: str
    licenses: int
    frequency_label: str
    period_start: date
    period_end: date
    plan_cost: Decimal
    credit: Decimal


@dataclass(frozen=True)
class Review:
    """The order under review. `balance_used` negative as shown (0 when not shown);
    `balance_after` only when the order leaves credit on the account."""

    lines: list[ReviewLine]
    total_due: Decimal
    balance_used: Decimal = Decimal(0)
    balance_after: Decimal | None = None


class CheckoutPage(BasePage):
    """Heading: the vocabulary's `checkout_title`."""

    PATH = "/checkout"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.checkout_title)
        self.review_lines = self.main.get_by_role("article")
        self.edit_order_link = self.main.get_by_role("link", name=exactly(vocab.edit_order))
        self.payment_region = self.main.get_by_role("region", name=exactly(vocab.payment_details))
        self.card_on_file_text = self.payment_region.get_by_text(
            re.compile(rf"^\s*{escape(vocab.card_on_file)}", re.IGNORECASE)
        )
        self.fields = {key: self.main.get_by_role("textbox", name=exactly(vocab[key])) for key in FIELD_KEYS}
        self.place_order_button = self.main.get_by_role("button", name=exactly(vocab.place_order))

    def open(self) -> CheckoutPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    # --- the review -------------------------------------------------------------------------

    def review(self) -> Review:
        """The order as the review shows it: a definition list per product (an article headed by
        the product), then the totals, read by their terms."""
        vocab, locale = self.vocab, self.vocab.locale
        lines = [self._line(article) for article in self.review_lines.all()]
        # The totals' terms are the review's own (no product line shows them), so the whole main
        # region is read: Facts refuses a term shown twice.
        totals = Facts(self.main, f"the {vocab.checkout_title} page")
        used = totals.get(vocab.account_balance_used)
        after = totals.get(vocab.credit_left)
        return Review(
            lines=lines,
            total_due=parse_money(totals.required(vocab.total_due), locale),
            balance_used=parse_money(used, locale) if used else Decimal(0),
            balance_after=parse_money(after, locale) if after else None,
        )

    def _line(self, article: Locator) -> ReviewLine:
        vocab, locale = self.vocab, self.vocab.locale
        product = " ".join(article.get_by_role("heading").inner_text().split())
        facts = Facts(article, f"the review of {product}")
        period_text = facts.required(vocab.billing_period)
        period = find_long_dates(period_text, locale)
        if len(period) != 2:
            raise AssertionError(f"the billing period {period_text!r} does not show a start and an end date")
        credit = facts.get(vocab.unused_plan_credit)
        return ReviewLine(
            product=product,
            tier=facts.required(vocab.plan),
            licenses=parse_count(facts.required(vocab.user_licenses), locale),
            frequency_label=facts.required(vocab.billing_frequency),
            period_start=period[0],
            period_end=period[1],
            plan_cost=parse_money(facts.required(vocab.plan_cost), locale),
            credit=parse_money(credit, locale) if credit else Decimal(0),
        )

    def review_terms(self) -> list[str]:
        """The terms the review shows (to check them against the articles' words)."""
        return [" ".join(text.split()) for text in self.main.get_by_role("term").all_inner_texts()]

    # --- payment ----------------------------------------------------------------------------

    def payment_requested(self) -> bool:
        """True when the page asks for payment details (money is due)."""
        return self.payment_region.count() > 0

    def card_on_file(self) -> str | None:
        """The last four digits of the card on file the page offers, or None."""
        text = optional_text(self.card_on_file_text)
        if text is None:
            return None
        digits = re.search(r"(?<!\d)(\d{4})(?!\d)", text)
        if digits is None:
            raise AssertionError(f"the card on file shows no last four digits: {text!r}")
        return digits.group(1)

    def enter_card(self, card: CardDetails) -> CheckoutPage:
        expect(self.payment_region).to_be_visible()
        for key, value in zip(CARD_FIELDS, (card.holder, card.number, card.expiry, card.cvc), strict=True):
            self.fields[key].fill(value)
        return self

    def enter_vat_number(self, vat_number: str) -> CheckoutPage:
        self.fields["vat_number"].fill(vat_number)
        return self

    def field_error(self, field_key: str) -> str | None:
        """The error shown for a field (card_holder, card_number, card_expiry, card_cvc,
        vat_number): its description while it is marked invalid, else None."""
        if field_key not in self.fields:
            raise KeyError(f"{field_key!r} is not a checkout field; fields: {', '.join(FIELD_KEYS)}")
        return field_error(self.fields[field_key])

    def errors(self) -> list[str]:
        return alert_texts(self.main)

    # --- leaving ----------------------------------------------------------------------------

    def edit_order(self) -> EditSubscriptionPage | CartPage | WizardPlanStep:
        """Edit Order: back to the selection (a change, a new purchase) or, with several items, the cart."""
        from .cart import CartPage
        from .edit_subscription import EditSubscriptionPage
        from .wizard_plan import WizardPlanStep

        self.edit_order_link.click()
        return arrive(
            f"{self.vocab.edit_order!r}",
            EditSubscriptionPage(self.page, self.vocab),
            CartPage(self.page, self.vocab),
            WizardPlanStep(self.page, self.vocab),
        )

    def place_order(self) -> OrderResultPage:
        from .result import OrderResultPage

        self.place_order_button.click()
        return arrive(f"{self.vocab.place_order!r}", OrderResultPage(self.page, self.vocab))

    def place_order_twice(self) -> OrderResultPage:
        """Place Order submitted twice in quick succession, as a repeated click does when the first
        submission is already on its way: the form's own submission (its fields, the Place Order
        button as submitter) goes out twice at once, whatever the page's scripts would do about a
        second click, and once more after both answered. Every answer must lead to the same page,
        which the browser then opens: the result page."""
        from .result import OrderResultPage

        expect(self.place_order_button).to_be_enabled()
        ended: list[str] = self.place_order_button.evaluate(
            """async (button) => {
                const send = () => fetch(button.form.action, {
                    method: "POST",
                    body: new URLSearchParams(new FormData(button.form, button)),
                    credentials: "same-origin",
                });
                // Two at once (a double click), then one more once they have answered (a click
                // again on a page that seemed slow): the product must place one order for all.
                const answers = await Promise.all([send(), send()]);
                answers.push(await send());
                return answers.map((answer) => `${answer.status} ${answer.url}`);
            }"""
        )
        if len(set(ended)) != 1:
            raise AssertionError(f"the two submissions of {self.vocab.place_order!r} ended differently: {ended}")
        self.page.goto(ended[0].split(" ", 1)[1])
        return arrive(f"{self.vocab.place_order!r} twice", OrderResultPage(self.page, self.vocab))

    def place_order_refused(self) -> CheckoutPage | ServerErrorPage:
        """Place Order when the site does not place it: this page again with its errors, or the
        server's error page."""
        from .error_page import ServerErrorPage

        self._reload_by(self.place_order_button)
        return arrive(
            f"{self.vocab.place_order!r}", CheckoutPage(self.page, self.vocab), ServerErrorPage(self.page, self.vocab)
        )

    def reload_expecting_sign_in(self) -> SignInPage:
        """Open this page again when the session is gone: the sign-in page comes instead."""
        from .sign_in import SignInPage

        self.page.reload()
        return arrive(f"reloading {self.vocab.checkout_title!r}", SignInPage(self.page, self.vocab))

    def place_order_expecting_error(self) -> CheckoutPage:
        """Place Order with details the site refuses: the page comes back with its errors."""
        self._reload_by(self.place_order_button)
        self.expect_loaded()
        expect(self.main.get_by_role("alert").first).to_be_visible()
        return self


__all__ = ["CardDetails", "CheckoutPage", "Review", "ReviewLine"]
