"""The confirmation screen after Start Trial (`/trials/<id>`): the articles' "schermata di
conferma" / "Bestätigungsbildschirm"; a welcome email goes out at the same time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from playwright.sync_api import Page

from billing_e2e.formats import parse_count, parse_long_date

from .base import Facts
from .confirmation import ConfirmationPage
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class TrialFacts:
    product: str
    tier: str
    licenses: int
    trial_ends_on: date


class TrialConfirmationPage(ConfirmationPage):
    """Heading: the vocabulary's `trial_started_title` (mock wording)."""

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.trial_started_title)

    def facts(self) -> TrialFacts:
        """What the trial gives, read by the terms of the page's definition list."""
        vocab, locale = self.vocab, self.vocab.locale
        facts = Facts(self.main, f"the {vocab.trial_started_title} page")
        return TrialFacts(
            product=facts.required(vocab.product),
            tier=facts.required(vocab.plan),
            licenses=parse_count(facts.required(vocab.user_licenses), locale),
            trial_ends_on=parse_long_date(facts.required(vocab.trial_ends_on), locale),
        )
