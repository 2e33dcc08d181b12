"""Ways through the Billing Center, recorded stop by stop: the flow layer, observed.

An article is compared with what a reader meets on the way it describes. A walk here is a
composition of the flows of `flows`, the same flows the scenarios' steps call, run
with a `Recorder` as their observer: it records a `UiState` (screenshot, roles and accessible
names) at every stop the flows make, with the control they leave it by.

Walks come in families, one per way into the Billing Center's pages an article may describe: edit
(options icon, Edit Subscription), subscribe (Subscribe Now after a trial), add_licenses (the card's
Add Organizers), edit_order (the edit way, then Edit Order from the Checkout page back to the Edit
Subscription page and on to the checkout again), cart (the header's cart link of an account whose
cart holds items, the cart, the checkout) and add (Add New Subscription); and the other entries
followed by the Edit Order detour (subscribe_edit_order, add_licenses_edit_order, add_edit_order),
chosen when the steps name the entry and Edit Order (`WalkSpec.also`). A way is an entry's
selection (`Selection`) and how it goes on (`to_checkout`, `through_edit_order`). An article is
compared with a family's main walk, and the family's variant walks show the same pages in another
situation (the cart already holds items, the free trial has ended, the reader tries the product
instead of buying it), which is where conditional notes of an article are checked.

A walk planned from an article (planner.py) runs here too (`Walker.plan`, `PlannedScript`): its
script is explore.py's `Explorer`, from wherever signing in leads (the Corporate Billing Portal for
a corporate account), made once per intentions, product and locale.

Walks run in lanes (`Lanes`): threads of their own, each with its own Playwright and browser
(Playwright's sync API belongs to the thread that started it), so independent walks go side by
side while the caller compares the articles whose walks are done. The accounts are made in the
caller's thread, in the order the walks are asked for, so they are the same run after run.

Read-only: a walk never presses the control that buys or starts something (Place Order, Start
Trial); it records that control as the stop's `next_action` with `not_clicked`. Walks that put
something in the cart (or need a cart that holds items) run only on the bundled mock, on accounts
made for them.
"""

from __future__ import annotations

import contextlib
import queue
import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

from playwright.sync_api import Browser, Page, Playwright, sync_playwright

import flows
from billing_e2e.domain import BROWSER_LOCALES, TIME_ZONES, language
from billing_e2e.situations import AccountSource, AccountUnavailableError, Credentials, Situation
from flows import Control
from pages import BillingCenterPage, EditSubscriptionPage, SignInPage, Vocabulary, WizardConfirmStep, WizardPlanStep
from pages.base import BasePage

from .explore import Explorer, Outcome
from .model import UiElement, UiState, Walk
from .planner import Intention, situation_for
from .snapshot import SCREENSHOT_SUFFIX, capture
from .timings import Timings

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
    script: Script
    changes_state: bool = False
    """It puts something in the cart: only on the bundled mock."""
    per_product: bool = False
    """Its stops differ from product to product beyond the product's name (a card's own button);
    otherwise one walk per language serves the articles of every product."""
    entry: tuple[str, ...] = ()
    """Vocabulary keys of the controls that start this way through the UI (Options and Edit
    Subscription, Subscribe Now, Add Organizers, the cart link, Edit Order): an article is compared
    with the families whose entry its steps name; with none named, with the `default` families."""
    also: tuple[str, ...] = ()
    """Vocabulary keys the steps must name as well for this family (Edit Order, for the ways that go
    back from the Checkout page after another entry)."""
    default: bool = False


class Recorder:
    """Records the stops of one walk into `UiState`s with numbered screenshots: the flows'
    `Observer` (flows), so a walk is the flows themselves, observed."""

    def __init__(
        self,
        page: Page,
        walk: str,
        folder: Path,
        report_root: Path,
        progress: Callable[[str], None] | None = None,
        timings: Timings | None = None,
    ) -> None:
        self.progress = progress or (lambda line: None)
        self.timings = timings or Timings()
        self.page = page
        self.walk = walk
        self.folder = folder
        self.report_root = report_root
        self.states: list[UiState] = []
        self._since = time.perf_counter()
        """When the flow's own actions since the last stop began (for the timings)."""

    def stop(self, name: str, page: BasePage | None, leave_by: Control | None, *, not_clicked: bool = False) -> None:
        arrived = time.perf_counter()
        self.timings.add("ui_actions", self.walk, self._since, arrived - self._since)
        shot = self.folder / f"{len(self.states) + 1:02d}-{name}{SCREENSHOT_SUFFIX}"
        self.progress(f"      {self.walk}: {name}")
        self.states.append(
            capture(
                self.page,
                walk=self.walk,
                name=name,
                screenshot=shot,
                report_root=self.report_root,
                next_action=UiElement(leave_by.role, leave_by.name) if leave_by is not None else None,
                not_clicked=not_clicked,
                timings=self.timings,
            )
        )
        self._since = time.perf_counter()


# --- the walks: compositions of the flow layer ----------------------------------------------------


Script = Callable[["Recorder", BillingCenterPage, str], None]
"""A walk from the Billing Center's page; a planned walk goes on from any signed-in page (the portal)."""
Selection = Callable[["Recorder", BillingCenterPage, str], EditSubscriptionPage | WizardConfirmStep]
"""The first part of a way: from the Billing Center to the page where the selection is made and left."""


def _edit_selection(rec: Recorder, billing: BillingCenterPage, product: str) -> EditSubscriptionPage:
    edit = flows.open_edit_subscription(billing, product, rec)
    flows.make_smallest_change(edit)
    return edit


def _subscribe_selection(rec: Recorder, billing: BillingCenterPage, product: str) -> EditSubscriptionPage:
    edit = flows.subscribe_after_trial(billing, product, rec)
    flows.make_smallest_change(edit)
    return edit


def _add_licenses_selection(rec: Recorder, billing: BillingCenterPage, product: str) -> EditSubscriptionPage:
    edit = flows.add_licenses_from_card(billing, product, rec)
    edit.set_licenses(edit.licenses() + 1)  # what the button is for: one more license
    return edit


def _confirm_step(rec: Recorder, billing: BillingCenterPage, product: str, mode: flows.WizardMode) -> WizardConfirmStep:
    plan = flows.start_add_subscription(billing, product, mode, rec)
    flows.make_smallest_change(plan)
    return flows.confirm_plan(plan, rec)


def _buy_selection(rec: Recorder, billing: BillingCenterPage, product: str) -> WizardConfirmStep:
    return _confirm_step(rec, billing, product, "buy")


def to_checkout(selection: Selection) -> Script:
    """The way of `selection`, then on to the Checkout page (directly, or through the cart)."""

    def script(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
        flows.at_checkout(flows.leave_selection(selection(rec, billing, product), rec), rec)

    return script


def through_edit_order(selection: Selection) -> Script:
    """The way of `selection` to the Checkout page, Edit Order back to where the selection was made
    (the Edit Subscription page, or the wizard's plan step and Next), and on to the Checkout again."""

    def script(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
        back = flows.edit_order_and_back(flows.leave_selection(selection(rec, billing, product), rec), rec)
        again: EditSubscriptionPage | WizardConfirmStep
        if isinstance(back, WizardPlanStep):
            again = flows.confirm_plan(back, rec)
        elif isinstance(back, EditSubscriptionPage):
            again = back
        else:  # the cart: the selection went through it, which this way does not describe
            raise AssertionError(f"Edit Order led to {back.describe()}, not back to the selection")
        flows.at_checkout(flows.leave_selection(again, rec), rec)

    return script


def check_out_cart(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    flows.at_checkout(flows.go_through_cart(flows.open_cart(billing, rec), rec), rec)


def add_trial(rec: Recorder, billing: BillingCenterPage, product: str) -> None:
    # Starting the trial would change the account: the walk stops in front of Start Trial.
    flows.before_trial_start(_confirm_step(rec, billing, product, "try"), rec)


ADD_LICENSES_ENTRY = ("add_licenses_organizers", "add_licenses_agents", "add_licenses_experts", "add_licenses_users")
"""The card's own add-licenses button, by the product's kind of license."""

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
            to_checkout(_edit_selection),
            entry=("options", "edit_subscription"),
            default=True,
        ),
        WalkSpec(
            "edit_cart",
            "edit",
            "the same with items already in the cart: Add to Cart, the cart, Proceed to Checkout",
            "the cart already holds items",
            "cart_subscribed",
            to_checkout(_edit_selection),
            changes_state=True,
        ),
        WalkSpec(
            "edit_expired_trial",
            "edit",
            "a product whose free trial has ended: Subscribe Now on its card, licenses, Proceed to Checkout",
            "the free trial has ended",
            "trial_expired",
            to_checkout(_subscribe_selection),
        ),
        WalkSpec(
            "subscribe",
            "subscribe",
            "a product whose free trial has ended: Subscribe Now on its card, licenses, Proceed to Checkout, "
            "the Checkout page (Place Order not pressed)",
            None,
            "trial_expired",
            to_checkout(_subscribe_selection),
            entry=("subscribe_now",),
        ),
        WalkSpec(
            "subscribe_cart",
            "subscribe",
            "the same with items already in the cart: Add to Cart, the cart, Proceed to Checkout",
            "the cart already holds items",
            "cart_trial_expired",
            to_checkout(_subscribe_selection),
            changes_state=True,
        ),
        WalkSpec(
            "add_licenses",
            "add_licenses",
            "the card's own add-licenses button (Add Organizers, Agents, Experts or Users), one more license, "
            "Proceed to Checkout, the Checkout page (Place Order not pressed)",
            None,
            "subscribed",
            to_checkout(_add_licenses_selection),
            per_product=True,
            entry=ADD_LICENSES_ENTRY,
        ),
        WalkSpec(
            "add_licenses_cart",
            "add_licenses",
            "the same with items already in the cart: Add to Cart, the cart, Proceed to Checkout",
            "the cart already holds items",
            "cart_subscribed",
            to_checkout(_add_licenses_selection),
            per_product=True,
            changes_state=True,
        ),
        WalkSpec(
            "edit_order",
            "edit_order",
            "options icon, Edit Subscription, fewer or more licenses, Proceed to Checkout, the Checkout page, "
            "Edit Order back to the Edit Subscription page, Proceed to Checkout, the Checkout page "
            "(Place Order not pressed)",
            None,
            "subscribed",
            through_edit_order(_edit_selection),
            entry=("edit_order",),
        ),
        WalkSpec(
            "subscribe_edit_order",
            "subscribe_edit_order",
            "Subscribe Now after a trial, licenses, Proceed to Checkout, the Checkout page, Edit Order back to "
            "the licenses, Proceed to Checkout, the Checkout page (Place Order not pressed)",
            None,
            "trial_expired",
            through_edit_order(_subscribe_selection),
            entry=("subscribe_now",),
            also=("edit_order",),
        ),
        WalkSpec(
            "add_licenses_edit_order",
            "add_licenses_edit_order",
            "the card's own add-licenses button, one more license, Proceed to Checkout, the Checkout page, Edit "
            "Order back to the licenses, Proceed to Checkout, the Checkout page (Place Order not pressed)",
            None,
            "subscribed",
            through_edit_order(_add_licenses_selection),
            per_product=True,
            entry=ADD_LICENSES_ENTRY,
            also=("edit_order",),
        ),
        WalkSpec(
            "add_edit_order",
            "add_edit_order",
            "Add New Subscription, the product, Buy, licenses, Next, Proceed to Checkout, the Checkout page, Edit "
            "Order back to the plan, Next, Proceed to Checkout, the Checkout page (Place Order not pressed)",
            None,
            "not_subscribed",
            through_edit_order(_buy_selection),
            entry=("add_new_subscription",),
            also=("edit_order",),
        ),
        WalkSpec(
            "cart",
            "cart",
            "an account whose cart already holds items: the header's cart link, the cart, Proceed to Checkout, "
            "the Checkout page (Place Order not pressed)",
            None,
            "cart_subscribed",
            check_out_cart,
            changes_state=True,
            entry=("cart",),
        ),
        WalkSpec(
            "add",
            "add",
            "Add New Subscription, the product, Buy, licenses, Next, Proceed to Checkout, the Checkout page "
            "(Place Order not pressed)",
            None,
            "not_subscribed",
            to_checkout(_buy_selection),
            entry=("add_new_subscription",),
            default=True,
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
            to_checkout(_buy_selection),
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


def families_for(labels: set[str], text: str, locale: str, alike: Callable[[str, str], float]) -> list[str]:
    """The families whose entry controls (in this locale) the steps name: as a label, alike (`alike`
    > 0: a renamed Add Organizers is still that way), or in their prose (`das Optionen-Symbol`, but
    not as a word of a longer label: `Add to Cart` names no cart); in their order; the default
    families when none is."""
    vocab = Vocabulary.for_locale(locale)
    # A label of the vocabulary names its own control, never a renamed entry (Bestellung aufgeben
    # is as alike to Bestellung ändern as a renamed label would be).
    known = {label for label in labels if vocab.keys_for(label)}

    def named(entry: str) -> bool:
        # A word of a longer label names that label, not the entry: the cart's "Carrello" in
        # "Aggiungi al carrello", "Warenkorb" in "In den Warenkorb".
        prose = text
        for longer in sorted((label for label in vocab.labels.values() if _contains(label, entry)), key=len)[::-1]:
            if longer.casefold() != entry.casefold():
                prose = re.sub(re.escape(longer), " ", prose, flags=re.IGNORECASE)
        in_prose = re.search(rf"(?<!\w){re.escape(entry)}", prose, flags=re.IGNORECASE) is not None
        return in_prose or any(alike(label, entry) > 0 for label in labels - known)

    def chosen_for(spec: WalkSpec) -> bool:
        return any(named(vocab[key]) for key in spec.entry) and all(named(vocab[key]) for key in spec.also)

    chosen = [family for family in FAMILIES if chosen_for(main_walk(family))]
    return chosen or [family for family in FAMILIES if main_walk(family).default]


def _contains(label: str, word: str) -> bool:
    """Whether `label` holds `word` as whole words, in any letter case."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", label, flags=re.IGNORECASE) is not None


class PlannedScript:
    """The script of a walk planned from an article: explore.py's `Explorer` realises the
    intentions from the signed-in start; its outcome (what was followed, unreached, where it
    stopped) describes the walk."""

    def __init__(
        self,
        planned: tuple[Intention, ...],
        locale: str,
        *,
        live: bool,
        open_url: Callable[[str], str | None] | None = None,
    ) -> None:
        self.planned = planned
        self.locale = locale
        self.live = live
        self.open_url = open_url
        self.outcome = Outcome()

    @property
    def signed_out(self) -> bool:
        """The walk starts as a visitor who has not signed in, at the place the first step opens
        (planner.signed_out_start: the portal's password help)."""
        return bool(self.planned) and self.planned[0].signed_out

    def __call__(self, rec: Recorder, landing: BasePage, product: str) -> None:
        # Off a live target the account is the mock's, made for this walk alone (MockAccounts makes
        # one per walk): a confirmation (Yes, Cancel) may be pressed on it.
        self.outcome = Explorer(
            rec.page,
            rec,
            product=product,
            locale=self.locale,
            timeout_ms=WALK_TIMEOUT_MS,
            live=self.live,
            throwaway=not self.live,
            open_url=self.open_url,
        ).run(self.planned)

    def description(self) -> str:
        outcome = self.outcome
        way = ", ".join(outcome.followed) or "nothing to press"
        visitor = ", as a visitor who has not signed in" if self.signed_out else ""
        text = f"planned from the article's steps{visitor}: {way}"
        if outcome.confirmed:
            confirmed = ", ".join(outcome.confirmed)
            text += f" ({confirmed} pressed on an account made for this walk on the mock)"
        if outcome.stopped_before is not None:
            text += f", then stopped in front of {outcome.stopped_before} (it commits: not pressed)"
        if outcome.unreached:
            text += "; not shown: " + "; ".join(dict.fromkeys(why for _, why in outcome.unreached))
        return text


class BrowserStartError(Exception):
    """A lane's browser did not start (the command's exit code 3)."""


BrowserLaunch = Callable[[Playwright], Browser]
"""Launches a browser on the Playwright of the thread that calls it."""

T = TypeVar("T")


class Lanes:
    """Threads that run walks (and the addresses' check) side by side, each on its own Playwright
    and browser: the check's only browsers.

    A task is a function of the lane's browser; `submit` returns its future. The lanes start their
    browsers as they start, and close them when the `with` block ends. A lane whose browser does
    not start fails its tasks with `BrowserStartError`.
    """

    def __init__(self, count: int, launch: BrowserLaunch, timings: Timings | None = None) -> None:
        if count < 1:
            raise ValueError(f"at least one lane, not {count}")
        self.timings = timings or Timings()
        self._launch = launch
        self._submitted: list[Future[Any]] = []
        self._tasks: queue.Queue[tuple[Future[Any], Callable[[Browser], Any]] | None] = queue.Queue()
        self._threads = [
            threading.Thread(target=self._lane, name=f"walk-lane-{index + 1}", daemon=True) for index in range(count)
        ]

    def __enter__(self) -> Self:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if error is not None:  # nobody waits for the walks not begun: the lanes skip them
            for future in self._submitted:
                future.cancel()
        for _ in self._threads:
            self._tasks.put(None)
        for thread in self._threads:
            thread.join()

    def submit(self, task: Callable[[Browser], T]) -> Future[T]:
        future: Future[T] = Future()
        self._submitted.append(future)
        self._tasks.put((future, task))
        return future

    def _lane(self) -> None:
        name = threading.current_thread().name
        try:
            with sync_playwright() as playwright:
                with self.timings.span("browser_start", name):
                    browser = self._launch(playwright)
                try:
                    self._serve(browser)
                finally:
                    with self.timings.span("browser_close", name):
                        browser.close()
        except Exception as error:  # any failure to start: every walk waiting on this lane is told why
            failure = BrowserStartError(f"the browser did not start: {error}")
            while (item := self._tasks.get()) is not None:
                if item[0].set_running_or_notify_cancel():
                    item[0].set_exception(failure)

    def _serve(self, browser: Browser) -> None:
        while (item := self._tasks.get()) is not None:
            future, task = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(task(browser))
                except BaseException as error:  # handed to the one who waits for the walk
                    future.set_exception(error)


class Walker:
    """Runs walks in fresh browser contexts of the `lanes`, once per (walk, product, locale);
    `prefetch` starts one that will be asked for, `walk` waits for it."""

    def __init__(
        self,
        lanes: Lanes,
        entry_url: str,
        accounts: AccountSource,
        report_root: Path,
        *,
        allow_state_changes: bool,
        progress: Callable[[str], None] | None = None,
        timings: Timings | None = None,
        open_url: Callable[[str], str | None] | None = None,
    ) -> None:
        self.progress = progress or (lambda line: None)
        self.open_url = open_url
        """What a planned walk's browser opens for an address a step names (the target's `request_url`)."""
        self.entry_url = entry_url
        self.accounts = accounts
        self.report_root = report_root
        self.allow_state_changes = allow_state_changes
        self.lanes = lanes
        self.timings = timings or Timings()
        self._started: dict[tuple[str, str, str], Future[Walk]] = {}
        self._plans: dict[tuple[str, str, str], tuple[WalkSpec, PlannedScript]] = {}
        """The walks planned from articles, by their intentions (a script's outcome describes its walk)."""
        self._asked: dict[tuple[str, str, str], Walk] = {}
        """The walks asked for, in the order they were: what `made` looks in (a walk only
        prefetched is not "made" yet, so the comparison does not depend on the lanes' pace)."""

    def made(self, name: str, locale: str) -> Walk | None:
        """A walk of this name in this locale already made for any product, without an error."""
        return next(
            (
                walk
                for (walk_name, _, walk_locale), walk in self._asked.items()
                if walk_name == name and walk_locale == locale and walk.error is None
            ),
            None,
        )

    def _key(self, name: str, product: str, locale: str) -> tuple[str, str, str]:
        return (name, product if WALKS[name].per_product else "", locale)

    def prefetch(self, name: str, product: str, locale: str) -> None:
        """Start the walk for this product and locale, if it is not started yet."""
        key = self._key(name, product, locale)
        if key in self._started:
            return
        spec = WALKS[name]
        self.progress(f"    walking {name} ({product}, {locale})")
        account = self._account(spec, product, locale)
        if isinstance(account, Walk):
            self._started[key] = Future()
            self._started[key].set_result(account)
        else:
            self._started[key] = self.lanes.submit(
                partial(self._run, spec=spec, product=product, locale=locale, account=account)
            )

    def walk(self, name: str, product: str, locale: str) -> Walk:
        """The walk for this product and locale; a walk that is the same for every product is made
        once per locale, with the product of the first article that needs it."""
        key = self._key(name, product, locale)
        if key not in self._asked:
            self.prefetch(name, product, locale)
            started = self._started[key]
            waiting = self.timings.span("waiting_for_walk", f"{name} {locale}")
            with contextlib.nullcontext() if started.done() else waiting:
                self._asked[key] = started.result()
        return self._asked[key]

    def prefetch_plan(self, planned: Sequence[Intention], product: str, locale: str) -> None:
        """Start the walk planned from these intentions, if it is not started yet."""
        self._planned(planned, product, locale)

    def plan(self, planned: Sequence[Intention], product: str, locale: str) -> Walk:
        """The walk planned from these intentions (planner.py, explore.py) for this product and
        locale, on the account they need: made once for the same intentions."""
        key, spec, script = self._planned(planned, product, locale)
        if key not in self._asked:
            started = self._started[key]
            waiting = self.timings.span("waiting_for_walk", f"{spec.name} {locale}")
            with contextlib.nullcontext() if started.done() else waiting:
                walk = started.result()
            outcome = script.outcome
            unreached, elsewhere, renamed = tuple(outcome.unreached), tuple(outcome.elsewhere), tuple(outcome.renamed)
            self._asked[key] = replace(
                walk, description=script.description(), unreached=unreached, elsewhere=elsewhere, renamed=renamed
            )
        return self._asked[key]

    def _planned(
        self, planned: Sequence[Intention], product: str, locale: str
    ) -> tuple[tuple[str, str, str], WalkSpec, PlannedScript]:
        situation = situation_for(planned, locale)
        signature = "|".join(
            f"{intention.kind}{' signed out' if intention.signed_out else ''}:{intention.label}"
            for intention in planned
        )
        key = (f"planned:{situation}:{signature}", product, locale)
        if key in self._plans:
            return key, *self._plans[key]
        script = PlannedScript(tuple(planned), locale, live=not self.allow_state_changes, open_url=self.open_url)
        spec = WalkSpec(
            f"planned-{len(self._plans) + 1}",
            "planned",
            "a walk planned from the article's steps",
            None,
            situation,
            script,
            changes_state=situation.startswith("cart"),
            per_product=True,
        )
        self._plans[key] = (spec, script)
        self.progress(f"    walking {spec.name} ({product}, {locale}): planned from the steps, {situation}")
        account = self._account(spec, product, locale)
        if isinstance(account, Walk):
            self._started[key] = Future()
            self._started[key].set_result(account)
        else:
            self._started[key] = self.lanes.submit(
                partial(self._run, spec=spec, product=product, locale=locale, account=account)
            )
        return key, spec, script

    def _account(self, spec: WalkSpec, product: str, locale: str) -> Credentials | Walk:
        """The walk's account, or the walk that cannot be made (with its reason)."""
        if spec.changes_state and not self.allow_state_changes:
            return _unwalked(spec, product, "not walked on this target: it would put an item in a real cart")
        try:
            with self.timings.span("account", f"{spec.name} {locale}"):
                return self.accounts.credentials(spec.situation, product, locale)
        except AccountUnavailableError as error:
            return _unwalked(spec, product, f"no account for it: {error}")

    def _run(self, browser: Browser, *, spec: WalkSpec, product: str, locale: str, account: Credentials) -> Walk:
        with self.timings.span("walk", f"{spec.name} {locale}"):
            return self._walk(browser, spec, product, locale, account)

    def _walk(self, browser: Browser, spec: WalkSpec, product: str, locale: str, account: Credentials) -> Walk:
        def result(states: list[UiState], error: str | None) -> Walk:
            return Walk(spec.name, spec.description, spec.condition, tuple(states), error, product)

        lang = language(locale)
        with self.timings.span("context", f"{spec.name} {locale}"):
            context = browser.new_context(locale=BROWSER_LOCALES[lang], timezone_id=TIME_ZONES[lang])
            context.set_default_timeout(WALK_TIMEOUT_MS)
            page = context.new_page()
        folder = self.report_root / "screens" / f"{locale}-{_slug(product)}-{spec.name}"
        vocab = Vocabulary.for_locale(locale)
        rec = Recorder(page, spec.name, folder, self.report_root, self.progress, self.timings)
        try:
            sign_in = SignInPage(page, vocab).open(self.entry_url)
            if isinstance(spec.script, PlannedScript) and spec.script.signed_out:
                # A visitor who cannot sign in yet (the portal's password help): from the sign-in
                # page, not signed in, to where the first step opens.
                spec.script(rec, sign_in, product)
            elif isinstance(spec.script, PlannedScript):  # from wherever signing in leads: the portal too
                portal = flows.sign_in(sign_in, account.email, account.password, rec)
                spec.script(rec, portal, product)
            else:
                landing = flows.sign_in_to_billing_center(sign_in, account.email, account.password, rec)
                spec.script(rec, landing, product)
        except Exception as error:
            where = rec.states[-1].name if rec.states else "the start"
            message = " ".join(str(error).split())[:600]
            with contextlib.suppress(Exception):  # the page may be gone; the error says enough
                rec.stop("stopped", None, None)
            return result(rec.states, f"after {where}: {type(error).__name__}: {message}")
        finally:
            with self.timings.span("context_close", f"{spec.name} {locale}"):
                context.close()
        return result(rec.states, None)


def _unwalked(spec: WalkSpec, product: str, reason: str) -> Walk:
    return Walk(spec.name, spec.description, spec.condition, (), reason, product)


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in text.casefold()).strip("-")
