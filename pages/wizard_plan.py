"""Add New Subscription, step 3 (`/add/<product>/<buy|try>`): the plan, when the product has more
than one, and the number of new user licenses, then Next (article 004, steps 5-6)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, Self
from urllib.parse import quote, urlencode

from playwright.sync_api import Page, expect

from .base import BasePage, accessible_name, alert_texts, exactly, templated
from .components import LicenseStepper
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .wizard_confirm import WizardConfirmStep

Mode = Literal["buy", "try"]


def wizard_title(vocab: Vocabulary, product: str | None, mode: Mode | None) -> re.Pattern[str]:
    """The heading the plan and confirm steps share: "Acquista X" or "Prova X gratuitamente"."""
    keys = {"buy": ["buy_product_title"], "try": ["try_product_title"]}.get(
        mode or "", ["buy_product_title", "try_product_title"]
    )
    patterns = [templated(vocab[key], product=product).pattern for key in keys]
    return re.compile("|".join(patterns), re.IGNORECASE)


class WizardPlanStep(BasePage):
    """Plan radio group, Number of new user licenses, Next."""

    ADDRESS = "/add/{product_code}/{mode}"

    @classmethod
    def address(cls, product_code: str, mode: Mode, query: Mapping[str, str | int] | None = None) -> str:
        """The step's address, as the browser shows it: `query` holds what the step carries (`item`,
        the cart item Edit Order came back for; the choices made)."""
        path = cls.ADDRESS.format(product_code=quote(product_code, safe=""), mode=mode)
        return f"{path}?{urlencode(query)}" if query else path

    def __init__(self, page: Page, vocab: Vocabulary, product: str | None = None, mode: Mode | None = None) -> None:
        super().__init__(page, vocab, wizard_title(vocab, product, mode))
        self.product = product
        self.mode = mode
        self.plan_region = self.main.get_by_role("region", name=exactly(vocab.plan))
        self.plan_group = self.plan_region.get_by_role("radiogroup", name=exactly(vocab.plan))
        self.stepper = LicenseStepper(self.main, vocab, vocab.number_of_new_licenses)
        self.next_button = self.main.get_by_role("button", name=exactly(vocab.next))

    def expect_loaded(self) -> Self:
        super().expect_loaded()
        try:
            expect(self.next_button).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"expected the plan step with {self.vocab.next!r}, but {self.where()}") from error
        return self

    def choose_tier(self, name: str) -> WizardPlanStep:
        """Choose the plan; a product with a single plan shows it without a choice."""
        if self.plan_group.count() == 0:
            expect(self.plan_region).to_contain_text(name)
            return self
        radio = self.plan_group.get_by_role("radio", name=exactly(name))
        radio.check()
        expect(radio).to_be_checked()
        return self

    def selected_tier(self) -> str:
        if self.plan_group.count() == 0:
            return self.plan_region.get_by_role("strong").inner_text().strip()
        return accessible_name(self.plan_group.get_by_role("radio", checked=True))

    def set_licenses(self, count: int | str) -> WizardPlanStep:
        self.stepper.set(count)
        return self

    def add_license(self) -> WizardPlanStep:
        self.stepper.step(1)
        return self

    def remove_license(self) -> WizardPlanStep:
        self.stepper.step(-1)
        return self

    def licenses(self) -> int:
        return self.stepper.value()

    def next(self) -> WizardConfirmStep:
        from .wizard_confirm import WizardConfirmStep

        self.next_button.click()
        return WizardConfirmStep(self.page, self.vocab, self.product, self.mode).expect_loaded()

    def next_expecting_errors(self) -> WizardPlanStep:
        self._reload_by(self.next_button)
        self.expect_loaded()
        expect(self.main.get_by_role("alert").first).to_be_visible()
        return self

    def errors(self) -> list[str]:
        return alert_texts(self.main)
