"""Plan a walk from an article: its steps read as intentions, the account they need, what never to press.

An article's steps are a sequence of intentions: open an address, click or select a named control,
fill a named field, review a named page. `intentions` reads them from the labels the reader finds
in each step (`extract_mentions`, through the small adapter `step_parts`, so a better reader is
used as it comes), in the article's order; explore.py then realises them in the browser, from the
signed-in start, following on each page the control a step names (`best_control`), or searching the
reachable pages for it where the article skips a step.

What the walk needs follows from what the article asks for (`situation_for`): an ended trial for
Subscribe Now, items in the cart for Add to Cart, a product not yet held for Add New Subscription,
a corporate account for the Corporate Billing Portal, else an account that has the product (to
change it, add licenses or cancel it).

What the walk never presses is data too (`COMMITTING_KEYS`: the vocabulary's Place Order and Start
Trial) and, on the page, any submit of a form posted from a confirmation window (explore.py:
"Yes, Cancel"): the walk stops in front of it and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from billing_e2e.articles import Article, ArticlePart
from billing_e2e.domain import PLACES, Place
from billing_e2e.formats import COUNT_SUFFIX
from billing_e2e.situations import Situation
from pages import Vocabulary

from .extract import extract_urls
from .matching import CONTROL_ROLES, normalize, prefixes
from .model import Mention, UiElement
from .suggest import LIKE, likeness

IntentionKind = Literal["open", "click", "select", "fill", "look"]

COMMITTING_KEYS = ("place_order", "start_trial")
"""Vocabulary keys of controls that buy or start something: the walk stops in front of them. A
confirmation window's own submit (Yes, Cancel) is known from the page (explore.py), so a flow
added to the product needs no key here."""

SITUATION_KEYS: tuple[tuple[str, Situation], ...] = (
    ("subscribe_now", "trial_expired"),
    ("add_to_cart", "cart_subscribed"),
    ("add_new_subscription", "not_subscribed"),
    ("corporate_billing_portal", "corporate"),
)
"""The first of these controls the steps name decides the walk's account; none: `subscribed`."""

"""A bulleted step (`- Sign in …`), for articles whose steps the reader does not number."""

RENAMED = 0.85
"""How alike (difflib ratio) a control must be to a step's label for the walk to follow it as the
same control renamed a little (`Add Organiser`, `Edit Subscriptions`): stricter than a suggestion's
`SIMILAR`, since another first word is another action (`Cancel Subscription` is not `Edit
Subscription`, 0.78)."""

SIGNED_OUT_KEYS = ("user_id", "sign_in_password", "forgot_password")
"""Vocabulary keys of what a visitor who has not signed in is asked for (a User ID, a password,
Forgot Password?): steps that open a place a reader may reach signed out (`Place.signed_out`, the
Corporate Billing Portal) and speak of one of these are walked from there signed out."""

SEARCH_ROLES = frozenset({"link", "menuitem", "button", "tab"})
"""Roles of controls the search for a skipped step's control may follow (never a committing one)."""


@dataclass(frozen=True)
class Intention:
    """What a step tells the reader to do, with the label it names."""

    kind: IntentionKind
    label: str
    """As the article writes it (a mention's text, or an address)."""
    labels: tuple[str, ...]
    """The labels it may be, longest first, widened with the text that follows it in the step
    (`Yes, Cancel` where the reader stopped at the comma)."""
    part_id: str
    described: bool = False
    """Lower-case prose (`l'icona delle opzioni`): letter case says nothing."""
    alternatives: int = 0
    """Intentions of one step offered as alternatives (`Add Organizers or Add Agents`) share a
    number > 0: the walk follows the first the page offers and needs none of the others."""
    signed_out: bool = False
    """An `open` the reader does as a visitor who has not signed in (the walk's first, to the
    portal's sign-in help): the walk starts there without signing in (`signed_out_start`)."""


def step_parts(article: Article) -> list[ArticlePart]:
    """The parts that are steps (numbered, bulleted or in prose: the reader, `steps.as_steps`, made
    them so before the planner sees the article)."""
    return [part for part in article.parts if part.kind == "step"]


def widened_labels(mention: Mention, text: str) -> tuple[str, ...]:
    """The mention's labels, longest first, with the step's text up to its sentence's end in front
    (the reader may stop a label at a comma: `Yes, Cancel`)."""
    rest = text[mention.start :]
    end = re.search(r"[.;:!?](?:\s|$)|\n", rest)
    sentence = normalize(rest[: end.start()] if end else rest)
    words = sentence.split()
    own = prefixes(mention)
    shortest = len(own[0].split()) + 1
    longer = [" ".join(words[:size]) for size in range(min(len(words), 6), shortest - 1, -1)]
    return tuple(dict.fromkeys([*longer, *own]))


def place_named(label: str, locale: str) -> Place | None:
    """The place of the product (`billing_e2e.domain.PLACES`) this label names: its name in the
    vocabulary of `locale`, or another name articles give it (`Self Service Portal`); else None."""
    vocab = Vocabulary.for_locale(locale)
    folded = normalize(label).casefold()
    for place in PLACES:
        names = [*place.names, *([vocab[place.label]] if place.label in vocab else [])]
        if any(normalize(name).casefold() == folded for name in names):
            return place
    return None


def intentions(article: Article, mentions: dict[str, list[Mention]]) -> list[Intention]:
    """The steps' intentions in order: each address opened, each label clicked, selected or looked
    at; a place of the product the step names to look at (`Öffnen Sie das Self Service Portal`,
    read as the portal by compare.py) is opened at its address, as a reader goes there."""
    found: list[Intention] = []
    for part in step_parts(article):
        events: list[tuple[int, Intention]] = [
            (start, Intention("open", url, (url,), part.id)) for url, start in extract_urls(part.text)
        ]
        for mention in mentions.get(part.id, []):
            kind: IntentionKind = mention.action
            place = place_named(mention.text, article.language) if kind == "look" else None
            if place is not None:
                # Its name stays among the labels: the account follows from it (`situation_for`).
                opened = Intention("open", place.address, (place.address, mention.text), part.id)
                events.append((mention.start, opened))
                continue
            if mention.action == "look" and mention.role_hint == "field":
                kind = "fill"
            labels = widened_labels(mention, part.text) if kind in ("click", "select") else tuple(prefixes(mention))
            events.append(
                (mention.start, Intention(kind, mention.text, labels, part.id, mention.described, mention.alternatives))
            )
        found.extend(intention for _, intention in sorted(events, key=lambda event: event[0]))
    return signed_out_start(article, found)


def signed_out_start(article: Article, planned: list[Intention]) -> list[Intention]:
    """The intentions, the first made a signed-out visitor's when it opens a place a reader may
    reach signed out and the steps speak of what such a visitor is asked for (`SIGNED_OUT_KEYS`:
    `Geben Sie Ihre Benutzer-ID ein`): the portal's password help is for one who cannot sign in."""
    if not planned or planned[0].kind != "open":
        return planned
    opened = normalize(planned[0].label).rstrip("/")
    place = next((p for p in PLACES if normalize(p.address).rstrip("/") == opened), None)
    if place is None or not place.signed_out:
        return planned
    vocab = Vocabulary.for_locale(article.language)
    text = " ".join(part.text for part in step_parts(article))
    asked = [vocab[key] for key in SIGNED_OUT_KEYS if key in vocab]
    if not any(re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text, flags=re.IGNORECASE) for label in asked):
        return planned
    return [replace(planned[0], signed_out=True), *planned[1:]]


def situation_for(planned: Sequence[Intention], locale: str) -> Situation:
    """The account the walk needs, from the controls the steps name."""
    vocab = Vocabulary.for_locale(locale)
    named = {normalize(label).casefold() for intention in planned for label in intention.labels}
    for key, situation in SITUATION_KEYS:
        if key in vocab and normalize(vocab[key]).casefold() in named:
            return situation
    return "subscribed"


def committing_labels(locale: str) -> frozenset[str]:
    """The labels (casefolded) of the controls a walk never presses, in this locale."""
    vocab = Vocabulary.for_locale(locale)
    return frozenset(normalize(vocab[key]).casefold() for key in COMMITTING_KEYS if key in vocab)


def _name(element: UiElement) -> str:
    # A trailing count is the account's, not the label's: the header's "Cart (1)" is "Cart".
    return re.sub(rf"{COUNT_SUFFIX}$", "", normalize(element.name))


def best_control(
    intention: Intention, elements: Iterable[UiElement], others: Iterable[str] = (), *, loose: bool = False
) -> UiElement | None:
    """The control of `elements` the intention names: its label exactly (longest first), then in
    another letter case, then the one most like it (`RENAMED`: a label renamed a little), or with
    `loose` any alike at all (`LIKE`: `Ordina ordine` for `Effettua ordine`); never by likeness
    a control the article names itself elsewhere (`others`); None when none is."""
    controls = [element for element in elements if element.role in CONTROL_ROLES]
    for label in intention.labels:
        exact = [element for element in controls if _name(element) == label]
        if exact:
            return exact[0]
    for label in intention.labels:
        folded = [element for element in controls if _name(element).casefold() == label.casefold()]
        if folded:
            return folded[0]
    named = {normalize(other).casefold() for other in others}
    label = normalize(intention.label)
    least = LIKE if loose else RENAMED
    scored = [
        (likeness(label, _name(element)), element) for element in controls if _name(element).casefold() not in named
    ]
    best = max(scored, key=lambda item: item[0], default=(0.0, None))
    return best[1] if best[0] >= least else None


def others_named(planned: Sequence[Intention], intention: Intention) -> set[str]:
    """The labels the steps name besides this intention's (never a renamed form of it)."""
    own = {normalize(label).casefold() for label in intention.labels}
    return {normalize(o.label) for o in planned if o is not intention and normalize(o.label).casefold() not in own}


def names_unknown_control(mentions: Iterable[Mention], locale: str) -> bool:
    """Whether the steps name a control the vocabulary does not know: a way the walk families may
    not go (or a renamed label), worth planning a walk for early."""
    vocab = Vocabulary.for_locale(locale)
    return any(
        mention.action != "look" and not any(vocab.keys_for(label) for label in prefixes(mention))
        for mention in mentions
    )
