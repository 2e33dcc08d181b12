"""The confirmation screen after Start Trial (`/trials/<id>`): the articles' "schermata di
conferma" / "Bestätigungsbildschirm"; a welcome email goes out at the same time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from playwright.sync_api import Page

from .base import data_field
from .confirmation import ConfirmationPage
from .formats import parse_count, parse_long_date
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
        # data-field: values inside the located main region (see base.data_field).
        locale = self.vocab.locale
        return TrialFacts(
            product=data_field(self.main, "product").inner_text().strip(),
            tier=data_field(self.main, "tier").inner_text().strip(),
            licenses=parse_count(data_field(self.main, "licenses").inner_text(), locale),
            trial_ends_on=parse_long_date(data_field(self.main, "trial-ends-on").inner_text(), locale),
        )
