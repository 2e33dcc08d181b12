"""A product card on the Billing Center page: the options icon and its menu, Subscribe Now on an
ended free trial, the Add Organizers / Agents / Experts button, "Pending Cancellation" under the
product while a cancellation is pending (or that it has ended), and the facts the card shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from playwright.sync_api import Page, expect

from billing_e2e.formats import parse_count, parse_long_date, parse_money, without_suffix

from .base import Facts, exactly
from .options_menu import OptionsMenu
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .edit_subscription import EditSubscriptionPage

ADD_LICENSES_KEYS = ("add_licenses_organizers", "add_licenses_agents", "add_licenses_experts", "add_licenses_users")


@dataclass(frozen=True)
class CardFacts:
    """What a card shows. Paid subscriptions have a frequency, next billing date and price; free
    trials a status and the day the trial ends (or ended: `trial_ended`)."""

    product: str
    tier: str
    licenses: int
    frequency_label: str | None
    next_billing_date: date | None
    price: Decimal | None
    status: str | None
    trial_ends_on: date | None
    trial_ended: bool
    expires_on: date | None = None
    """While a cancellation is pending: the day the plan expires."""
    ended_on: date | None = None
    """Once a cancelled plan has expired: the day it ended."""


class ProductCard:
    """The `article` named by the product, on the Billing Center page."""

    def __init__(self, page: Page, vocab: Vocabulary, product: str) -> None:
        self.page = page
        self.vocab = vocab
        self.name = product
        self.card = page.get_by_role("main").get_by_role("article", name=exactly(product))
        self.options_button = self.card.get_by_role("button", name=exactly(vocab.options))
        self.menu = self.card.get_by_role("menu")
        self.subscribe_now_link = self.card.get_by_role("link", name=exactly(vocab.subscribe_now))
        self.add_licenses_link = self.card.get_by_role("link", name=exactly(*(vocab[key] for key in ADD_LICENSES_KEYS)))
        self.pending_cancellation_text = self.card.get_by_text(exactly(vocab.pending_cancellation))
        self.ended_text = self.card.get_by_text(exactly(vocab.subscription_ended))

    def __repr__(self) -> str:
        return f"ProductCard({self.name!r})"

    def has_options_icon(self) -> bool:
        return self.options_button.count() > 0

    def has_subscribe_now(self) -> bool:
        return self.subscribe_now_link.count() > 0

    def shows_pending_cancellation(self) -> bool:
        """The card says "Pending Cancellation" (below the product's name)."""
        return self.pending_cancellation_text.count() > 0

    def shows_ended(self) -> bool:
        """The card says the subscription has ended and was not renewed."""
        return self.ended_text.count() > 0

    def add_licenses_label(self) -> str | None:
        """The label of the card's Add Organizers / Agents / Experts / Users button, if it has one."""
        return self.add_licenses_link.inner_text().strip() if self.add_licenses_link.count() else None

    def open_options(self) -> OptionsMenu:
        """Click the options icon in the card's upper right corner; checks the menu opened."""
        try:
            expect(self.options_button).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"the {self.name} card has no {self.vocab.options!r} icon") from error
        self.options_button.click()
        expect(self.card.get_by_role("button", name=exactly(self.vocab.options), expanded=True)).to_be_visible()
        expect(self.menu).to_be_visible()
        return OptionsMenu(self.page, self.vocab, self.menu, self.name)

    def subscribe_now(self) -> EditSubscriptionPage:
        """Subscribe Now, on the card of a free trial that has ended."""
        from .edit_subscription import EditSubscriptionPage

        self.subscribe_now_link.click()
        return EditSubscriptionPage(self.page, self.vocab, self.name).expect_loaded()

    def add_licenses(self) -> EditSubscriptionPage:
        """The card's Add Organizers / Agents / Experts button."""
        from .edit_subscription import EditSubscriptionPage

        self.add_licenses_link.click()
        return EditSubscriptionPage(self.page, self.vocab, self.name).expect_loaded()

    def facts(self) -> CardFacts:
        """The card's facts, read by their terms."""
        vocab, locale = self.vocab, self.vocab.locale
        shown = Facts(self.card, f"the {self.name} card")

        def fact(key: str) -> str | None:
            return shown.get(vocab[key])

        def required(key: str) -> str:
            return shown.required(vocab[key])

        frequency = fact("billing_frequency")
        next_billing = fact("next_billing_date")
        price = fact("price")
        trial_ended_on = fact("trial_ended_on")
        expires_on = fact("expires_on")
        ended_on = fact("ended_on")
        trial_ends_on = trial_ended_on or fact("trial_ends_on")
        return CardFacts(
            product=self.name,
            tier=required("plan"),
            licenses=parse_count(required("user_licenses"), locale),
            frequency_label=frequency,
            next_billing_date=parse_long_date(next_billing, locale) if next_billing else None,
            price=parse_money(without_suffix(price, vocab.per_month, vocab.per_year), locale) if price else None,
            status=fact("status"),
            trial_ends_on=parse_long_date(trial_ends_on, locale) if trial_ends_on else None,
            trial_ended=trial_ended_on is not None,
            expires_on=parse_long_date(expires_on, locale) if expires_on else None,
            ended_on=parse_long_date(ended_on, locale) if ended_on else None,
        )
