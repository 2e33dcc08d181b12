"""What every page object shares: the page and vocabulary, how labels become accessible names,
the "did we arrive?" check, and reading the definition lists the Billing Center shows facts in.

Page objects follow AutomationPanda's playwright-python-tutorial: one small class per page,
locators created once in `__init__`, verbs for actions, queries that return data. They locate by
role and accessible name (labels from the vocabulary), scoped to regions; never by CSS class or
XPath, and they never sleep: Playwright's auto-wait and `expect` do the waiting. Values are read
as a user reads them: a definition by its term (`Facts`), a table cell by its header, the text of
a heading or status; never by test-only attributes (data-*), which the real Billing Center lacks
(the scenarios run against a mock that strips them: `--strip-test-attributes`).

Every action that leads to another page returns that page's object after checking, with
`expect_loaded`, that the browser really is there (its level-1 heading), so a failing step says
where it broke: "after 'Zur Kasse', expected the CheckoutPage (heading 'Kasse'), but
http://…/subscriptions/1/edit shows ['Abonnement bearbeiten: GoTo Webinar'] with the alerts [...]".
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import TYPE_CHECKING, Self, TypeVar, overload

from playwright.sync_api import Locator, Page, expect

from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .sign_in import SignInPage

# Where Chromium lands when a navigation gets no answer (its headless shell shows an empty page).
BROWSER_ERROR_PAGE = "chrome-error://"
_NAME_IN_SNAPSHOT = re.compile(r'"((?:[^"\\]|\\.)*)"')


# --- accessible names -------------------------------------------------------------------------


def escape(text: str) -> str:
    """re.escape, plus "/": Playwright hands name patterns to the browser as /source/flags."""
    return re.escape(text).replace("/", r"\/")


def _words(label: str) -> str:
    return r"\s+".join(escape(word) for word in label.split())


def exactly(*labels: str) -> re.Pattern[str]:
    """An accessible name that is one of `labels`, whole: case and runs of white space ignored.

    Playwright's `exact=True` is case-sensitive; an article writes "licenze utente" where the UI
    capitalizes "Licenze utente", which is not what article verification is for.
    """
    return re.compile(rf"^\s*(?:{'|'.join(_words(label) for label in labels)})\s*$", re.IGNORECASE)


def containing(label: str) -> re.Pattern[str]:
    """An accessible name or text that contains `label` as whole words (case ignored)."""
    return re.compile(rf"(?<!\w){_words(label)}(?!\w)", re.IGNORECASE)


def titled(label: str, subject: str | None) -> re.Pattern[str]:
    """A heading "<label>: <subject>" (Edit Subscription: GoTo Webinar); any subject when None."""
    tail = _words(subject) if subject is not None else ".+"
    return re.compile(rf"^\s*{_words(label)}\s*[:–—-]\s*{tail}\s*$", re.IGNORECASE)


def templated(template: str, **values: str | None) -> re.Pattern[str]:
    """A name made from a vocabulary template ("Acquista {product}"); a None value matches anything."""
    pattern = ""
    for literal, name, _, _ in string.Formatter().parse(template):
        pattern += r"\s+".join(escape(part) for part in re.split(r"\s+", literal))
        if name:
            value = values.get(name)
            pattern += _words(value) if value is not None else ".+"
    return re.compile(rf"^\s*{pattern}\s*$", re.IGNORECASE)


def accessible_name(locator: Locator) -> str:
    """The accessible name of one element, read from Playwright's accessibility snapshot."""
    first_line = locator.aria_snapshot().splitlines()[0]
    match = _NAME_IN_SNAPSHOT.search(first_line)
    return match.group(1).replace('\\"', '"') if match else ""


# --- reading what a region shows --------------------------------------------------------------


class Facts:
    """The facts a region shows as definition lists, looked up by their terms: vocabulary labels,
    matched as `exactly` matches names (case and runs of white space ignored).

    `where` names the region in failure messages ("the Order Summary"). A term the region shows
    more than once is refused: its value would depend on which one is meant.
    """

    def __init__(self, scope: Locator, where: str) -> None:
        self.where = where
        terms = [" ".join(text.split()) for text in scope.get_by_role("term").all_inner_texts()]
        values = [" ".join(text.split()) for text in scope.get_by_role("definition").all_inner_texts()]
        if len(terms) != len(values):
            raise AssertionError(f"{where}: {len(terms)} terms but {len(values)} definitions: {terms}")
        self.pairs = list(zip(terms, values, strict=True))

    @property
    def terms(self) -> list[str]:
        return [term for term, _ in self.pairs]

    def get(self, term: str) -> str | None:
        """The definition of `term`, or None when the region does not show it."""
        wanted = exactly(term)
        found = [value for shown, value in self.pairs if wanted.search(shown)]
        if len(found) > 1:
            raise AssertionError(f"{self.where} shows {term!r} {len(found)} times: {self.terms}")
        return found[0] if found else None

    def required(self, term: str) -> str:
        """The definition of `term`; an AssertionError naming what the region shows when it has none."""
        value = self.get(term)
        if value is None:
            raise AssertionError(f"{self.where} shows no {term!r}; it shows {self.terms}")
        return value


def definitions(scope: Locator) -> dict[str, str]:
    """The facts a region shows as a definition list: {term: definition}, in page order.

    The Billing Center writes facts as <dt>/<dd> pairs (roles term and definition), one
    definition per term, so the two lists pair up in order.
    """
    return dict(Facts(scope, "a definition list").pairs)


def definition_of(scope: Locator, term: str) -> Locator:
    """The definition of `term` in `scope`, as a locator to wait on (`expect(...).to_have_text`).

    Waits until the region shows the term once, and takes the definition at the term's position
    (one definition per term). The locator keeps that position while the region re-renders, so
    use it for a term whose place does not change (the Order Summary's plan, licenses, frequency).
    """
    wanted = exactly(term)
    terms = scope.get_by_role("term")
    expect(terms.filter(has_text=wanted)).to_have_count(1)
    texts = [" ".join(text.split()) for text in terms.all_inner_texts()]
    index = next((i for i, text in enumerate(texts) if wanted.search(text)), None)
    if index is None:  # it went away as the region re-rendered
        raise AssertionError(f"the term {term!r} is no longer shown; the terms are {texts}")
    return scope.get_by_role("definition").nth(index)


def alert_texts(scope: Locator) -> list[str]:
    """The messages of the alerts in `scope`: each list item of an error summary, or the alert's text."""
    texts: list[str] = []
    for alert in scope.get_by_role("alert").all():
        items = alert.get_by_role("listitem").all_inner_texts()
        if items:
            texts.extend(" ".join(item.split()) for item in items)
        else:
            texts.append(" ".join(alert.inner_text().split()))
    return texts


def field_error(field: Locator) -> str | None:
    """The error a form field shows: its accessible description while it is marked invalid
    (`aria-invalid`, the error referenced by `aria-describedby`), else None."""
    if field.count() == 0 or field.get_attribute("aria-invalid") != "true":
        return None
    ids = (field.get_attribute("aria-describedby") or "").split()
    texts = [" ".join(field.page.locator(f"id={element_id}").inner_text().split()) for element_id in ids]
    return " ".join(text for text in texts if text) or None


def optional_text(locator: Locator) -> str | None:
    """The text of an element that a loaded page may or may not show (None when it does not)."""
    if locator.count() == 0:
        return None
    return " ".join(locator.first.inner_text().split())


# --- page objects -----------------------------------------------------------------------------


class BasePage:
    """A page of the Billing Center: the Playwright page, the locale's vocabulary, and the page's
    level-1 heading, which `expect_loaded` waits for."""

    def __init__(self, page: Page, vocab: Vocabulary, title: str | re.Pattern[str]) -> None:
        """`title`: the level-1 heading, a vocabulary label (matched by `exactly`) or a pattern."""
        self.page = page
        self.vocab = vocab
        self.title_pattern = exactly(title) if isinstance(title, str) else title
        self.title_label = title if isinstance(title, str) else f"/{title.pattern}/"
        self.main = page.get_by_role("main")
        self.title = page.get_by_role("heading", level=1, name=self.title_pattern)
        self.any_title = page.get_by_role("heading", level=1)
        self.banner = page.get_by_role("banner")
        self.sign_out_button = self.banner.get_by_role("button", name=exactly(vocab.sign_out))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(locale={self.vocab.locale!r}, title={self.title_label!r})"

    def expect_loaded(self) -> Self:
        """Assert that the browser shows this page (its level-1 heading); returns the page object.

        It also waits for the page's DOMContentLoaded: the heading is drawn before the page's
        deferred scripts have run, and a field filled before then changes nothing that listens
        to it (the Order Summary would not follow; seen as a flake under load)."""
        try:
            expect(self.title).to_be_visible()
        except AssertionError as error:
            raise AssertionError(f"expected {self.describe()}, but {self.where()}") from error
        self.page.wait_for_load_state("domcontentloaded")
        return self

    def describe(self) -> str:
        return f"the {type(self).__name__} (heading {self.title_label!r})"

    def where(self) -> str:
        """Where the browser is: its address, level-1 headings and alerts, for failure messages."""
        if self.page.url.startswith(BROWSER_ERROR_PAGE):
            # Not the product's page at all: the request got no answer (the target is down or
            # unreachable). Said so, so that the report files it under infrastructure.
            return f"the browser shows its network error page ({self.page.url}): the target did not answer"
        headings = [" ".join(text.split()) for text in self.any_title.all_inner_texts()]
        alerts = alert_texts(self.main)
        shown = f"{self.page.url} shows {headings or 'no level-1 heading'}"
        return f"{shown} with the alerts {alerts}" if alerts else shown

    def sign_out(self) -> SignInPage:
        from .sign_in import SignInPage

        self.sign_out_button.click()
        return SignInPage(self.page, self.vocab).expect_loaded()

    def _reload_by(self, control: Locator) -> None:
        """Click a control that submits a form and comes back to this page (a POST that redirects
        to the same page, or shows it again with errors); returns when the new document is there."""
        with self.page.expect_event("domcontentloaded"):
            control.click()


class AnyPage(BasePage):
    """Whichever page of the Billing Center the browser is on (any level-1 heading): for what every
    signed-in page offers, such as Sign out in its header."""

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        super().__init__(page, vocab, re.compile(r"\S"))


A = TypeVar("A", bound=BasePage)
B = TypeVar("B", bound=BasePage)
C = TypeVar("C", bound=BasePage)


@overload
def arrive(after: str, a: A, /) -> A: ...
@overload
def arrive(after: str, a: A, b: B, /) -> A | B: ...
@overload
def arrive(after: str, a: A, b: B, c: C, /) -> A | B | C: ...
def arrive(after: str, *candidates: BasePage) -> BasePage:
    """The one of `candidates` the browser arrives at after an action (`after` names it).

    Waits until the level-1 heading of one of them shows, then checks that page fully
    (`expect_loaded`), so a step fails naming the action and the page the browser is on.
    """
    if not candidates:
        raise ValueError("arrive() needs at least one candidate page")
    anyone = candidates[0].title
    for candidate in candidates[1:]:
        anyone = anyone.or_(candidate.title)
    try:
        expect(anyone.first).to_be_visible()
    except AssertionError as error:
        wanted = " or ".join(candidate.describe() for candidate in candidates)
        raise AssertionError(f"after {after}, expected {wanted}, but {candidates[0].where()}") from error
    for candidate in candidates:
        if candidate.title.count() > 0:
            return candidate.expect_loaded()
    raise AssertionError(f"after {after}, the page changed again: {candidates[0].where()}")  # pragma: no cover


P = TypeVar("P", bound=BasePage)


class CurrentPage:
    """The page the browser is on, as the page object a step asks for: `current_page(CheckoutPage)`
    builds it and checks that the browser really is there (a failure names the page it is on)."""

    def __init__(self, page: Page, vocab: Vocabulary) -> None:
        self.page = page
        self.vocab = vocab

    def __call__(self, kind: Callable[..., P], /, **context: str | None) -> P:
        """`context`: what the page object is about (`product="GoTo Webinar"`, `mode="buy"`)."""
        return kind(self.page, self.vocab, **context).expect_loaded()
