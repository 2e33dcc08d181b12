"""The cart (`/cart`): a table of items, Edit / Remove per item, Proceed to Checkout."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page, expect

from billing_e2e.formats import parse_count, parse_money

from .base import BasePage, arrive, exactly, titled
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .billing_center import BillingCenterPage
    from .checkout import CheckoutPage
    from .edit_subscription import EditSubscriptionPage
    from .wizard_plan import WizardPlanStep


@dataclass(frozen=True)
class CartLine:
    product: str
    tier: str
    licenses: int
    frequency_label: str
    plan_cost: Decimal


class CartPage(BasePage):
    """Heading: the vocabulary's `cart`. Items are the rows of the page's table, by row header."""

    PATH = "/cart"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.cart)
        self.table = self.main.get_by_role("table")
        self.column_headers = self.table.get_by_role("columnheader")
        self.rows = self.table.get_by_role("row").filter(has=page.get_by_role("rowheader"))
        self.proceed_link = self.main.get_by_role("link", name=exactly(vocab.proceed_to_checkout))
        self.continue_shopping_link = self.main.get_by_role("link", name=exactly(vocab.continue_shopping))

    def open(self) -> CartPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def _row(self, product: str) -> Locator:
        row = self.rows.filter(has=self.page.get_by_role("rowheader", name=exactly(product)))
        try:
            expect(row).to_have_count(1)
        except AssertionError as error:
            raise AssertionError(f"the {self.vocab.cart} has no item {product!r}; items: {self.products()}") from error
        return row

    def products(self) -> list[str]:
        return [" ".join(text.split()) for text in self.rows.get_by_role("rowheader").all_inner_texts()]

    def is_empty(self) -> bool:
        return self.rows.count() == 0

    def items(self) -> list[CartLine]:
        """The items, read by column (the columns are found by their headers)."""
        if self.is_empty():
            return []
        headers = [" ".join(text.split()).casefold() for text in self.column_headers.all_inner_texts()]

        def column(key: str) -> int:
            try:
                return headers.index(self.vocab[key].casefold())
            except ValueError:
                wanted = self.vocab[key]
                raise AssertionError(f"the {self.vocab.cart} table has no column {wanted!r}: {headers}") from None

        keys = ("plan", "user_licenses", "billing_frequency", "plan_cost")
        tier, licenses, frequency, cost = (column(key) for key in keys)
        locale = self.vocab.locale
        lines = []
        for row in self.rows.all():
            shown = [row.get_by_role("rowheader").inner_text(), *row.get_by_role("cell").all_inner_texts()]
            cells = [" ".join(cell.split()) for cell in shown]
            lines.append(
                CartLine(
                    product=cells[0],
                    tier=cells[tier],
                    licenses=parse_count(cells[licenses], locale),
                    frequency_label=cells[frequency],
                    plan_cost=parse_money(cells[cost], locale),
                )
            )
        return lines

    def edit(self, product: str) -> EditSubscriptionPage | WizardPlanStep:
        """The item's Edit: back to its selection page with the choices kept."""
        from .edit_subscription import EditSubscriptionPage
        from .wizard_plan import WizardPlanStep

        self._row(product).get_by_role("link", name=titled(self.vocab.edit, product)).click()
        return arrive(
            f"{self.vocab.edit!r} {product}",
            EditSubscriptionPage(self.page, self.vocab, product),
            WizardPlanStep(self.page, self.vocab, product),
        )

    def remove(self, product: str) -> CartPage:
        self._reload_by(self._row(product).get_by_role("button", name=titled(self.vocab.remove, product)))
        self.expect_loaded()
        expect(self.rows.filter(has=self.page.get_by_role("rowheader", name=exactly(product)))).to_have_count(0)
        return self

    def proceed_to_checkout(self) -> CheckoutPage:
        from .checkout import CheckoutPage

        self.proceed_link.click()
        return CheckoutPage(self.page, self.vocab).expect_loaded()

    def continue_shopping(self) -> BillingCenterPage:
        from .billing_center import BillingCenterPage

        self.continue_shopping_link.click()
        return BillingCenterPage(self.page, self.vocab).expect_loaded()
