"""Ways through the Billing Center made with the harness's page objects, recorded stop by stop.

An article is compared with what a reader meets on the way it describes. The walks here are the
ways the Billing Center offers (the ones the scenarios drive): each is a short script of page-object
calls, the same calls the scenarios' steps make, that records a `UiState` (screenshot, roles and
accessible names) at every stop and names the control it uses to leave it.

Walks come in families; an article is compared with a family's main walk, and the family's variant
walks show the same pages in another situation (the cart already holds items, the free trial has
ended, the reader tries the product instead of buying it), which is where conditional notes of an
article are checked.

Read-only: a walk never presses the control that buys or starts something (Place Order, Start
Trial); it records that control as the stop's `next_action` with `not_clicked`. Variant walks that
put something in the cart run only on the bundled mock, on accounts made for them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page

from billing_e2e.domain import BROWSER_LOCALES, TIME_ZONES, language
from billing_e2e.situations import AccountSource, AccountUnavailableError, Situation
from pages.billing_center import BillingCenterPage
from pages.checkout import CheckoutPage
from pages.edit_subscription import EditSubscriptionPage
from pages.sign_in import SignInPage
from pages.vocabulary import Vocabulary
from pages.wizard_plan import WizardPlanStep

from .model import UiElement, UiState, Walk
from .snapshot import capture

WALK_TIMEOUT_MS = 15_000
"""How long a walk waits for one element before it reports the stop it could not reach."""


@dataclass(frozen=True)
class WalkSpec:
    """A way through the UI: its family, the account it needs, and the page-object script."""

    name: str
    family: str
    description: str
    condition: str | None
    situation: Situation
    script: Callable[[Recorder, BillingCenterPage, str], None]
    changes_state: bool = False
    """It puts something in the cart: only on the bundled mock."""


class Recorder:
    """Records the stops of one walk into `UiState`s with numbered screenshots."""

    def __init__(self, page: Page, vocab: Vocabulary, walk: str, folder: Path, report_root: Path) -> None:
        self.page = page
        self.vocab = vocab
        self.walk = walk
        self.folder = folder
        self.report_root = report_root
        self.states: list[UiState] = []

    def stop(self, name: str, next_action: UiElement | None = None, *, not_clicked: bool = False) -> None:
        shot = self.folder / f"{len(self.states) + 1:02d}-{name}.png"
        self.states.append(
            capture(
                self.page,
                walk=self.walk,
                name=name,
                screenshot=shot,
                report_root=self.report_root,
                next_action=next_action,
                not_clicked=not_clicked,
            )
        )

    def control(self, role: str, key: str) -> UiElement:
        """The control of this locale's vocabulary the walk uses next (`button`, `place_order`)."""
        return UiElement(role, self.vocab[key])


# --- the scripts --------------------------------------------------------------------------------


def _change_licenses(edit: EditSubscriptionPage) -> None:
    # Proceeding needs a change; one license fewer (or one more from a single license) is the
    # smallest one and never a tier downgrade, which the Billing Center refuses.
    current = edit.licenses()
    edit.set_licenses(current - 1 if current > 1 else current + 1)


def _edit_page_to_checkout(rec: Recorder, edit: EditSubscriptionPage, *, through_cart: bool) -> None:
    _change_licenses(edit)
    if through_cart:
        rec.stop("edit", rec.control("button", "add_to_cart"))
        cart = edit.add_to_cart()
        rec.stop("cart", rec.control("link", "proceed_to_checkout"))
        checkout = cart.proceed_to_checkout()
    else:
        rec.stop("edit", rec.control("button", "proceed_to_checkout"))
        checkout = edit.proceed_to_checkout()
    _checkout(rec, checkout)


def _checkout(rec: Recorder, checkout: CheckoutPage) -> None:
    checkout.expect_loaded()
    rec.stop("checkout", rec.control("button", "place_order"), not_clicked=True)


def _edit(rec: Recorder, billing: BillingCenterPage, product: str, *, through_cart: bool) -> None:
    card = billing.product(product)
    rec.stop("billing_center", rec.control("button", "options"))
    menu = card.open_options()
    rec.stop("options_menu", rec.control("menuitem", "edit_subscription"))
    _edit_page_to_checkout(rec, menu.edit_subscription(), through_cart=through_cart)


def edit_subscription(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    _edit(rec, billing, product, through_cart=False)


def edit_subscription_cart(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    _edit(rec, billing, product, through_cart=True)


def subscribe_after_trial(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    card = billing.product(product)
    rec.stop("billing_center", rec.control("link", "subscribe_now"))
    _edit_page_to_checkout(rec, card.subscribe_now(), through_cart=False)


def _wizard_plan(rec: Recorder, billing: BillingCenterPage, product: str, *, try_first: bool) -> WizardPlanStep:
    rec.stop("billing_center", rec.control("link", "add_new_subscription"))
    start = billing.add_new_subscription()
    rec.stop("wizard_start", UiElement("link", product))
    product_page = start.choose_product(product)
    rec.stop("wizard_product", rec.control("link", "try" if try_first else "buy"))
    plan = product_page.try_for_free() if try_first else product_page.buy()
    plan.set_licenses(plan.licenses() + 1)
    rec.stop("wizard_plan", rec.control("button", "next"))
    return plan


def add_subscription(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    confirm = _wizard_plan(rec, billing, product, try_first=False).next()
    rec.stop("wizard_confirm", rec.control("button", "proceed_to_checkout"))
    _checkout(rec, confirm.proceed_to_checkout())


def add_subscription_cart(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    confirm = _wizard_plan(rec, billing, product, try_first=False).next()
    rec.stop("wizard_confirm", rec.control("button", "add_to_cart"))
    cart = confirm.add_to_cart()
    rec.stop("cart", rec.control("link", "proceed_to_checkout"))
    _checkout(rec, cart.proceed_to_checkout())


def add_trial(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    confirm = _wizard_plan(rec, billing, product, try_first=True).next()
    rec.stop("wizard_confirm", rec.control("button", "start_trial"), not_clicked=True)
    # Starting the trial would change the account: the walk stops here, read-only.
    del confirm


WALKS: dict[str, WalkSpec] = {
    spec.name: spec
    for spec in (
        WalkSpec(
            "edit",
            "edit",
            "options icon on the product's card, Edit Subscription, fewer or more licenses, Proceed to Checkout, "
            "the Checkout page (Place Order not pressed)",
            None,
            "subscribed",
            edit_subscription,
        ),
        WalkSpec(
            "edit_cart",
            "edit",
            "the same with items already in the cart: Add to Cart, the cart, Proceed to Checkout",
            "the cart already holds items",
            "cart_subscribed",
            edit_subscription_cart,
            changes_state=True,
        ),
        WalkSpec(
            "edit_expired_trial",
            "edit",
            "a product whose free trial has ended: Subscribe Now on its card, licenses, Proceed to Checkout",
            "the free trial has ended",
            "trial_expired",
            subscribe_after_trial,
        ),
        WalkSpec(
            "add",
            "add",
            "Add New Subscription, the product, Buy, licenses, Next, Proceed to Checkout, the Checkout page "
            "(Place Order not pressed)",
            None,
            "not_subscribed",
            add_subscription,
        ),
        WalkSpec(
            "add_trial",
            "add",
            "Add New Subscription, the product, Try, licenses, Next (Start Trial not pressed)",
            "the reader tries the product first (free trial)",
            "not_subscribed",
            add_trial,
        ),
        WalkSpec(
            "add_cart",
            "add",
            "Add New Subscription with items already in the cart: Add to Cart, the cart, Proceed to Checkout",
            "the cart already holds items",
            "cart_not_subscribed",
            add_subscription_cart,
            changes_state=True,
        ),
    )
}
FAMILIES: dict[str, list[WalkSpec]] = {}
for _spec in WALKS.values():
    FAMILIES.setdefault(_spec.family, []).append(_spec)


def main_walk(family: str) -> WalkSpec:
    return next(spec for spec in FAMILIES[family] if spec.condition is None)


def variant_walks(family: str) -> list[WalkSpec]:
    return [spec for spec in FAMILIES[family] if spec.condition is not None]


class Walker:
    """Runs walks in fresh browser contexts, once per (walk, product, locale)."""

    def __init__(
        self,
        browser: Browser,
        entry_url: str,
        accounts: AccountSource,
        report_root: Path,
        *,
        allow_state_changes: bool,
    ) -> None:
        self.browser = browser
        self.entry_url = entry_url
        self.accounts = accounts
        self.report_root = report_root
        self.allow_state_changes = allow_state_changes
        self._done: dict[tuple[str, str, str], Walk] = {}

    def made(self, name: str, locale: str) -> Walk | None:
        """A walk of this name in this locale already made for any product, without an error."""
        return next(
            (
                walk
                for (walk_name, _, walk_locale), walk in self._done.items()
                if walk_name == name and walk_locale == locale and walk.error is None
            ),
            None,
        )

    def walk(self, name: str, product: str, locale: str) -> Walk:
        key = (name, product, locale)
        if key not in self._done:
            self._done[key] = self._run(WALKS[name], product, locale)
        return self._done[key]

    def _run(self, spec: WalkSpec, product: str, locale: str) -> Walk:
        def result(states: list[UiState], error: str | None) -> Walk:
            return Walk(spec.name, spec.description, spec.condition, tuple(states), error)

        if spec.changes_state and not self.allow_state_changes:
            return result([], "not walked on this target: it would put an item in a real cart")
        try:
            account = self.accounts.credentials(spec.situation, product, locale)
        except AccountUnavailableError as error:
            return result([], f"no account for it: {error}")
        lang = language(locale)
        context = self.browser.new_context(locale=BROWSER_LOCALES[lang], timezone_id=TIME_ZONES[lang])
        context.set_default_timeout(WALK_TIMEOUT_MS)
        folder = self.report_root / "screens" / f"{locale}-{_slug(product)}-{spec.name}"
        page = context.new_page()
        vocab = Vocabulary.for_locale(locale)
        rec = Recorder(page, vocab, spec.name, folder, self.report_root)
        try:
            sign_in = SignInPage(page, vocab).open(self.entry_url)
            rec.stop("sign_in", rec.control("button", "sign_in_button"))
            landing = sign_in.sign_in(account.email, account.password)
            if not isinstance(landing, BillingCenterPage):
                raise AssertionError(f"signing in led to {landing.describe()}, not the Billing Center")
            spec.script(rec, landing, product)
        except Exception as error:
            where = rec.states[-1].name if rec.states else "the start"
            message = " ".join(str(error).split())[:600]
            with contextlib.suppress(Exception):  # the page may be gone; the error says enough
                rec.stop("stopped")
            return result(rec.states, f"after {where}: {type(error).__name__}: {message}")
        finally:
            context.close()
        return result(rec.states, None)


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in text.casefold()).strip("-")
