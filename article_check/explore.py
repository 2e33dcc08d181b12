"""Realise an article's intentions in the browser: the planned walk, explored from the signed-in start.

On each page the walk reads what a reader sees (the ARIA snapshot: roles and accessible names,
snapshot.py) and follows the control the next step names (planner.best_control: exactly, in
another letter case, or a little renamed). Where the article skips a step, it searches the pages
it can reach from there (breadth first, `SEARCH_DEPTH` clicks, `SEARCH_BUDGET` pages) over the
controls that navigate or open a menu or a window (links, menu items, buttons that pop something
up, a form sent by GET), never one that sends a form by POST, and goes there by the shortest path
found. A control no reachable page offers is left unreached: its step is not checkable. An address
a step names on a host the target answers for (the Corporate Billing Portal's) is opened, as a
reader does, and the steps after it are walked from there; the help center's addresses are not.

It never presses what commits: a control whose label is one of the committing vocabulary's
(planner.committing_labels: Place Order, Start Trial), nor a form's submit posted from a
confirmation window (a dialog: "Yes, Cancel"), which is how a flow added to the product is
walked safely without being listed anywhere. The walk stops in front of it, records it as the
stop's control `not_clicked`, and says so in its description. The one exception: on the bundled
mock, where the walk's account was made for it alone (`throwaway`), a confirmation window's
submit is pressed, so the steps after it (Close on the confirmation) are walked too; the
description says so. On a live target every form sent by POST stops the walk.

Every stop is recorded by the walk's `Recorder` (screenshot, roles and names), as the flows' are.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from flows import Control
from pages import Vocabulary

from .matching import normalize
from .model import UiElement
from .planner import SEARCH_ROLES, Intention, best_control, committing_labels, others_named
from .snapshot import page_title, parse_aria_snapshot

if TYPE_CHECKING:  # walks.py runs the planned walks with this module
    from .walks import Recorder

SEARCH_DEPTH = 3
"""How many clicks from where the reader is the search for a skipped step's control goes."""
SEARCH_BUDGET = 5
"""How many pages the search for one control opens at most."""
SEARCH_TIMEOUT_MS = 2_000
"""How long the search waits for a control of a page it opened again (a page it saw a moment ago)."""

_DESCRIBE = """el => {
  const tag = el.tagName.toLowerCase();
  const form = el.form || el.closest('form');
  const submit = (tag === 'button' && (el.getAttribute('type') || 'submit') === 'submit')
    || (tag === 'input' && el.type === 'submit');
  const posted = submit && !!form && (form.getAttribute('method') || 'get').toLowerCase() === 'post';
  const controlled = document.getElementById(el.getAttribute('aria-controls') || '');
  const here = location.href.split('#')[0];
  return {
    posted,
    confirming: posted && !!el.closest('dialog, [role=dialog], [role=alertdialog]'),
    href: tag === 'a' && el.href.split('#')[0] !== here ? el.href : null,
    language: el.hasAttribute('hreflang') || (el.hasAttribute('lang') && el.lang !== document.documentElement.lang),
    opens: el.hasAttribute('aria-haspopup') || (!!controlled && (controlled.tagName === 'DIALOG'
      || ['menu', 'dialog', 'alertdialog'].includes(controlled.getAttribute('role') || ''))),
    submit,
  };
}"""
"""What a control does, read from the page: sends a form by POST (from a confirmation window), links
to another page (not a part of this one) or to another language of it, or opens a menu or a window."""


@dataclass
class Outcome:
    """What the walk realised of the intentions."""

    followed: list[str] = field(default_factory=list)
    """The controls pressed, in order (searched ones too)."""
    unreached: list[tuple[str, str]] = field(default_factory=list)
    """(label, why) for each label of the steps the walk could not show."""
    stopped_before: str | None = None
    """The committing control the walk stopped in front of."""
    confirmed: list[str] = field(default_factory=list)
    """The confirmation windows' submits pressed (Yes, Cancel), on an account made for the walk."""
    elsewhere: list[tuple[str, str]] = field(default_factory=list)
    """(label, address) for each label the steps name on the page of an address the target does not
    answer for (a retired page: `https://myaccount.logmeininc.com`), up to the first control the
    walk finds again: the target has no such page, and the walk goes on from where it is."""
    renamed: list[tuple[str, str]] = field(default_factory=list)
    """(label, control) for each step's label no page offered, nor a control renamed a little
    (`RENAMED`), that the walk went on for by the control most alike on the page (`Abschicken` →
    `Absenden`)."""


class Explorer:
    """Walks the page of a signed-in reader through the intentions, recording each stop with `rec`."""

    def __init__(
        self,
        page: Page,
        rec: Recorder,
        *,
        product: str,
        locale: str,
        timeout_ms: float,
        live: bool = False,
        throwaway: bool = False,
        open_url: Callable[[str], str | None] | None = None,
    ) -> None:
        self.page = page
        self.open_url = open_url
        """What the browser opens for an address a step names (the target's `request_url`); None
        where the target does not answer for its host (the help center's): not a page of the walk."""
        self.live = live
        """On a live target every form sent by POST counts as committing: the account is real."""
        self.throwaway = throwaway and not live
        """The account was made for this walk alone on the bundled mock: a confirmation window's
        submit (Yes, Cancel) may be pressed, so the steps after it are walked too. Never on a live
        target, and never the committing vocabulary's controls (Place Order, Start Trial)."""
        self.timeout_ms = timeout_ms
        self.rec = rec
        self.product = product
        vocab = Vocabulary.for_locale(locale)
        self.committing = committing_labels(locale)
        self.sign_out = normalize(vocab["sign_out"]).casefold() if "sign_out" in vocab else ""
        self.host = urlsplit(page.url).netloc
        self.outcome = Outcome()
        self.away: str | None = None
        """The address the steps last sent the reader to that the target does not answer for, until
        the walk finds a control the steps name again."""
        self.came_from: tuple[UiElement, ...] = ()
        """What the page before this one offered (its header and navigation are this page's too)."""
        self.visited: set[str] = set()
        """The addresses of the pages the walk recorded a stop on."""
        self.chrome: set[UiElement] = set()
        """What every stop the walk recorded showed (the header, the navigation)."""
        self.stops = 0

    # --- what the page shows

    def elements(self) -> tuple[UiElement, ...]:
        return parse_aria_snapshot(self.page.locator("body").aria_snapshot())

    def stop_name(self) -> str:
        """The stop's name: the page's title, with `_dialog` when a window is open over it, `_menu`
        when a menu is."""
        title = page_title(self.page)
        slug = re.sub(r"[^\w]+", "_", title.casefold()).strip("_")[:40] or "page"
        if self.page.locator("dialog[open], [role=dialog]:visible, [role=alertdialog]:visible").count():
            return f"{slug}_dialog"
        if self.page.locator("[role=menu]:visible").count():
            return f"{slug}_menu"
        return slug

    def locate(self, element: UiElement) -> Locator:
        """The element on the page; of several (a button per card), the one on the walk's product's card."""
        found = self.page.get_by_role(element.role, name=element.name, exact=True)  # type: ignore[arg-type]
        if found.count() > 1:
            scope = self.page.locator("dialog[open], [role=menu], article, li, section").filter(has_text=self.product)
            scoped = scope.get_by_role(element.role, name=element.name, exact=True)  # type: ignore[arg-type]
            if scoped.count():
                return scoped.last  # the innermost scope holding the product is listed last
        return found.first

    def describe(self, element: UiElement) -> dict[str, Any]:
        described: dict[str, Any] = self.locate(element).evaluate(_DESCRIBE)
        return described

    def commits(self, element: UiElement) -> bool:
        """Pressing it buys, starts or ends something: a committing label, a confirmation's submit, or
        on a live target any form sent by POST."""
        if normalize(element.name).casefold() in self.committing:
            return True
        what = self.describe(element)
        return bool((what["confirming"] and not self.throwaway) or (self.live and what["posted"]))

    def navigates(self, element: UiElement) -> bool:
        """The search may follow it: it links to another page of the site, opens a menu or a window,
        or sends a form by GET; never a POST, the sign-out, another language, or what commits."""
        if element.role not in SEARCH_ROLES or normalize(element.name).casefold() in (self.sign_out, *self.committing):
            return False
        try:
            if not self.page.get_by_role(element.role, name=element.name, exact=True).count():  # type: ignore[arg-type]
                return False  # a name the snapshot gives a part of a control (its text), not the control
            what = self.describe(element)
        except PlaywrightError:
            return False
        if what["posted"] or what["language"]:  # another language is the same page, for another reader
            return False
        if what["href"]:
            return bool(urlsplit(what["href"]).netloc == self.host)
        return bool(what["opens"] or what["submit"])

    # --- acting

    def press(self, element: UiElement) -> None:
        """Click (or check) the control and wait for the page it leads to."""
        self.came_from = self.elements()
        target = self.locate(element)
        if element.role in ("radio", "checkbox"):
            target.check()
        elif (what := self.describe(element))["posted"]:
            changed = self._smallest_change()
            if what["confirming"]:  # only on an account made for the walk (`commits`)
                self.outcome.confirmed.append(element.name)
            sent_from = self.page.url
            target.click()
            self.page.wait_for_load_state()
            if changed is not None and self._refused_on(sent_from):
                # The change took the selection back to what is held (a page that opened with one
                # license more, as the card's add-licenses button does): the other direction.
                self.page.get_by_role("spinbutton").fill(str(changed + 2))
                self.locate(element).click()
        else:
            target.click()
        self.page.wait_for_load_state()
        self.outcome.followed.append(element.name)

    def _refused_on(self, sent_from: str) -> bool:
        """The form came back refused: the same page, saying why, with its one number field."""
        return (
            urlsplit(self.page.url).path == urlsplit(sent_from).path
            and self.page.get_by_role("alert").count() > 0
            and self.page.get_by_role("spinbutton").count() == 1
        )

    def _smallest_change(self) -> int | None:
        """Before sending a selection form, change its one number field by one (flows.make_smallest_change's
        rule: one fewer, one more from a single one), so the selection can go on: a reader who goes
        through a form changes something. The number it had, or None when nothing was changed."""
        fields = self.page.get_by_role("spinbutton")
        if fields.count() != 1:
            return None
        try:
            current = int(fields.input_value())
        except ValueError:
            return None
        if current > 1:
            fields.fill(str(current - 1))
            return current - 1
        fields.fill(str(current + 1))
        return None  # one more from a single one: the other direction is no change at all

    def unused(self, elements: Sequence[UiElement]) -> list[UiElement]:
        """The page's controls that may stand for a label renamed more than a little: not one the
        walk pressed already (it was an earlier step's: `Absenden` is not also `Passwort
        erstellen`), nor a link back to a page the walk showed (`Abbrechen` realises no step), nor
        Sign Out, what commits, another language, or what every page the walk recorded shows (the header's links:
        `Centro de Faturamento` is no `Atualizar forma de pagamento`)."""
        never = {normalize(name).casefold() for name in self.outcome.followed} | {self.sign_out, *self.committing}
        everywhere = self.chrome if self.stops > 1 else set()
        kept: list[UiElement] = []
        for element in elements:
            if normalize(element.name).casefold() in never or element in everywhere:
                continue
            try:
                what = self.describe(element) if element.role == "link" else {}
            except PlaywrightError:
                what = {}
            if what.get("language"):  # the same page in another language (`Italiano`), for another reader
                continue
            href = what.get("href")
            if href and urlsplit(href)._replace(fragment="").geturl() in self.visited:
                continue
            kept.append(element)
        return kept

    def record(self, leave_by: UiElement | None, *, not_clicked: bool = False) -> None:
        self.visited.add(urlsplit(self.page.url)._replace(fragment="").geturl())
        shown = set(self.elements())
        self.chrome = shown if self.stops == 0 else self.chrome & shown
        self.stops += 1
        control = Control(leave_by.role, leave_by.name) if leave_by is not None else None
        self.rec.stop(self.stop_name(), None, control, not_clicked=not_clicked)

    # --- the walk

    def run(self, planned: Sequence[Intention]) -> Outcome:
        """Realise the click and select intentions in order, from the page the browser is on."""
        chosen: set[tuple[str, int]] = set()
        """The alternatives (step, group) of which one was followed."""
        for intention in planned:
            if intention.kind == "open":
                if not self.open(intention.label):
                    # A page the target does not answer for: what the step names is that page's.
                    self.away = intention.label
                    self.outcome.elsewhere.extend(
                        (other.label, intention.label)
                        for other in planned
                        if other.part_id == intention.part_id and other.kind in ("look", "fill")
                    )
                continue
            if intention.kind not in ("click", "select"):
                continue  # pages, fields and texts are compared, not pressed
            group = (intention.part_id, intention.alternatives)
            if intention.alternatives and group in chosen:
                continue
            elements = self.elements()
            others = others_named(planned, intention)
            target = best_control(intention, elements, others)
            if target is None and intention.alternatives:
                offered = [
                    other
                    for other in planned
                    if (other.part_id, other.alternatives) == group and best_control(other, elements, others)
                ]
                if offered:
                    continue  # another of the alternatives is on this page: the walk follows that one
            if intention.alternatives:
                chosen.add(group)
            path = self.search(intention, others) if target is None else ()
            if target is None and path is None and self.away is None:
                # No page offers it or a look-alike: a label renamed more than a little, on this page?
                target = best_control(intention, self.unused(elements), others, loose=True)
                if target is not None:
                    self.outcome.renamed.append((intention.label, target.name))
            if target is None:
                if path is None and self.away is not None:
                    # A control of the page the target does not answer for (My Account's Go To
                    # Billing): the target has no such control; the walk goes on from here.
                    self.outcome.elsewhere.extend(
                        (other.label, self.away)
                        for other in planned
                        if other is intention or (other.part_id == intention.part_id and other.kind in ("look", "fill"))
                    )
                    continue
                if path is None:
                    why = (
                        f"no page the walk could reach from “{page_title(self.page)}” (within {SEARCH_DEPTH} "
                        f"clicks) offers “{intention.label}”"
                    )
                    self.outcome.unreached.append((intention.label, why))
                    # The pages and fields its step names are where that control would lead or be.
                    self.outcome.unreached.extend(
                        (other.label, why)
                        for other in planned
                        if other.part_id == intention.part_id and other.kind in ("look", "fill")
                    )
                    continue
                self.follow(path)
                elements = self.elements()
                target = best_control(intention, elements, others)
                if target is None:  # the page changed since the search: nothing to follow
                    self.outcome.unreached.append((intention.label, f"“{intention.label}” went away on the way"))
                    continue
            if self.commits(target):
                self.record(target, not_clicked=True)
                self.outcome.stopped_before = target.name
                why = f"it comes after “{target.name}”, which the walk does not press (it commits)"
                later = planned[planned.index(intention) + 1 :]
                self.outcome.unreached.extend((other.label, why) for other in later if other.kind != "open")
                return self.outcome
            self.away = None  # the steps are on the target's pages again
            self.record(target)
            self.press(target)
        self.record(None)
        return self.outcome

    def open(self, address: str) -> bool:
        """A step that names an address of the product ("Sign in at https://link.goto.com/corp-billing"):
        the reader goes there, and the steps after it are on that page. The address's own check
        (urls.py) says whether it answers; the walk only goes. An address on the host the walk is
        on, at its root, is the start the walk is at already (signed in). False when the target does
        not answer for the address's host (the walk stays where it is)."""
        if self.open_url is None:
            return True  # no target to ask: nothing is opened, nothing is said of the address
        opened = self.open_url(address)
        if opened is None:
            return False
        wanted, here = urlsplit(opened), urlsplit(self.page.url)
        if wanted.netloc == here.netloc and wanted.path in ("", "/"):
            return True
        try:
            self.page.goto(opened, wait_until="domcontentloaded")
        except PlaywrightError as error:
            reason = str(error).splitlines()[0]
            self.outcome.unreached.append((address, f"{address} does not open ({reason})"))
            return True
        self.host = urlsplit(self.page.url).netloc
        self.outcome.followed.append(address)
        return True

    def follow(self, path: Sequence[UiElement]) -> None:
        """Go by `path` from where the browser is, recording each stop."""
        for control in path:
            self.record(control)
            self.press(control)

    def search(self, intention: Intention, others: set[str]) -> tuple[UiElement, ...] | None:
        """The shortest path of navigating controls from the page the browser is on to one that
        offers the intention's control; None when none within `SEARCH_DEPTH` clicks and
        `SEARCH_BUDGET` pages does. The browser is back where it was either way."""
        origin = self.page.url
        self.page.set_default_timeout(SEARCH_TIMEOUT_MS)
        try:
            with self.rec.timings.span("search", f"{self.rec.walk} {intention.label}"):
                return self._search(intention, others, origin)
        finally:
            self.page.set_default_timeout(self.timeout_ms)
            self.page.goto(origin)

    def _search(self, intention: Intention, others: set[str], origin: str) -> tuple[UiElement, ...] | None:
        start = self.elements()
        seen = {(origin, start)}
        # The page's own controls before those the page the walk came from offered too (header,
        # navigation: they lead where they led from there).
        waiting: deque[tuple[UiElement, ...]] = deque(
            (control,) for control in self._ways_on(start, set(), later=set(self.came_from))
        )
        opened = 0
        while waiting and opened < SEARCH_BUDGET:
            path = waiting.popleft()
            if not self._replay(origin, path):
                continue
            opened += 1
            elements = self.elements()
            if (self.page.url, elements) in seen:
                continue
            seen.add((self.page.url, elements))
            if best_control(intention, elements, others) is not None:
                return path
            if len(path) < SEARCH_DEPTH:
                waiting.extend((*path, control) for control in self._ways_on(elements, set(start)))
        return None

    def _ways_on(
        self, elements: Sequence[UiElement], known: set[UiElement], later: set[UiElement] | None = None
    ) -> list[UiElement]:
        """The controls of the page the browser is on that the search may follow, but those `known`
        (offered where the search began: the header's links lead where they led from there); those
        `later` are followed last."""
        ways = [control for control in elements if control not in known and self.navigates(control)]
        product = self.product.casefold()
        # The walk's product's own control first (its entry in a list of products); then what
        # opens on this page (the options icon's menu, a window) before what leaves it: the
        # header's links grow with the product (Payment Method, Billing History) and would use up
        # the budget before a card's own menu or a list's entries are looked in.
        return sorted(
            ways,
            key=lambda control: (
                product not in control.name.casefold(),
                control in (later or set()),
                control.role != "button",
            ),
        )

    def _replay(self, origin: str, path: Sequence[UiElement]) -> bool:
        """From `origin`, press the path's controls (each found navigating when its page was read);
        False when one is not there any more."""
        self.page.goto(origin)
        for control in path:
            try:
                self.locate(control).click()
                self.page.wait_for_load_state()
            except PlaywrightError:
                return False
        return True
