"""User licenses (`/users`): enable or disable a product per user, never beyond the licenses
bought (the articles' "assign them to your users")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page, expect

from billing_e2e.formats import parse_count

from .base import BasePage, escape, exactly, optional_text

if TYPE_CHECKING:
    from .vocabulary import Vocabulary


class UserLicensesPage(BasePage):
    """Heading: the vocabulary's `user_licenses`; a table with a checkbox per user and product."""

    PATH = "/users"

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, vocab.user_licenses)
        self.table = self.main.get_by_role("table")
        self.save_button = self.main.get_by_role("button", name=exactly(vocab.save))
        self.saved_status = self.main.get_by_role("status")
        self.error_alert = self.main.get_by_role("alert")

    def open(self) -> UserLicensesPage:
        self.page.goto(self.PATH)
        return self.expect_loaded()

    def _checkbox(self, product: str, user_name: str) -> Locator:
        name = self.vocab.format("product_for_user", product=product, user=user_name)
        checkbox = self.table.get_by_role("checkbox", name=exactly(name))
        try:
            expect(checkbox).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"the {self.vocab.user_licenses} table has no {name!r}") from error
        return checkbox

    def users_without(self, product: str) -> list[str]:
        """The users for whom the product is not enabled, by the names their checkboxes carry."""
        before, _, after = self.vocab.format("product_for_user", product=product, user="\x00").partition("\x00")
        names = []
        for checkbox in self.table.get_by_role("checkbox").all():
            # The accessible name is aria-label here; read it to learn whose box this is.
            label = " ".join((checkbox.get_attribute("aria-label") or "").split())
            if label.startswith(before) and label.endswith(after) and not checkbox.is_checked():
                names.append(label[len(before) : len(label) - len(after)])
        return names

    def set_product_for_user(self, product: str, user_name: str, enabled: bool) -> UserLicensesPage:
        """Tick or untick the product for the user (not saved until `save`)."""
        checkbox = self._checkbox(product, user_name)
        checkbox.set_checked(enabled)
        return self

    def tick_with_its_field_renamed(self, product: str, user_name: str) -> UserLicensesPage:
        """Tick the product for the user, then rename the form field behind the tick, as a user
        (or a tool) can in the browser's developer tools: the form then sends a field the page
        never offers, which only the server's own check can refuse. The box is found by role and
        name like any other; only its field's name is edited, never what the server answers."""
        checkbox = self._checkbox(product, user_name)
        checkbox.set_checked(True)
        checkbox.evaluate("box => { box.name = `${box.name}-edited`; }")
        return self

    def save_expecting_another_page(self) -> None:
        """Save a form the page may not come back from (a form edited in the browser): the caller
        checks the page the browser lands on."""
        with self.page.expect_event("domcontentloaded"):
            self.save_button.click()

    def is_enabled(self, product: str, user_name: str) -> bool:
        return self._checkbox(product, user_name).is_checked()

    def users(self) -> list[str]:
        """The users' row headers (name and email)."""
        return [" ".join(text.split()) for text in self.table.get_by_role("rowheader").all_inner_texts()]

    def save(self) -> UserLicensesPage:
        """Save; the page comes back saying it saved, or why it did not."""
        self._reload_by(self.save_button)
        self.expect_loaded()
        expect(self.saved_status.or_(self.error_alert).first).to_be_visible()
        return self

    def saved(self) -> bool:
        return self.saved_status.count() > 0

    def error(self) -> str | None:
        return optional_text(self.error_alert)

    def refusal_for(self, product: str) -> str | None:
        """Why a save was refused for `product`: the alert's item that starts with the product's
        name ("GoTo Webinar: You chose 3 users, …"), without the name; None when there is none."""
        prefix = re.compile(rf"^\s*{escape(product)}\s*:\s*", re.I)
        for item in self.error_alert.get_by_role("listitem").all_inner_texts():
            text = " ".join(item.split())
            if prefix.match(text):
                return prefix.sub("", text)
        return None

    def assigned(self, product: str) -> tuple[int, int]:
        """(licenses assigned, licenses bought) of the product, from its column header: the
        product's name, then "3 of 5 licenses assigned" (the first two numbers after the name)."""
        header = self.table.get_by_role("columnheader", name=re.compile(rf"^\s*{escape(product)}(?!\w)", re.I))
        try:
            expect(header).to_have_count(1)
        except AssertionError as error:
            raise AssertionError(f"the {self.vocab.user_licenses} table has no column {product!r}") from error
        text = " ".join(header.inner_text().split())
        numbers = re.findall(r"\d[\d.,]*", re.sub(rf"^\s*{escape(product)}", "", text, flags=re.I))
        if len(numbers) < 2:
            raise AssertionError(f"{product}: {text!r} does not say how many licenses are assigned of how many")
        return parse_count(numbers[0], self.vocab.locale), parse_count(numbers[1], self.vocab.locale)
