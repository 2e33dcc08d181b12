"""What to suggest where an article names a label the UI does not show at that point.

`shown_instead` picks what the UI shows there instead, from the stops the reader may be at (the first
is where the reader is):

- for a label to click or select: the control the walk goes on with from these stops (of several,
  the one most like the label) when it is like the label at all and the article names it nowhere
  else; else a control of these stops that is like it, on the reader's page first; else, for a label
  to select, a choice of these stops (a radio, an option) that is like it; else the control
  the walk leaves the reader's page by (a synonym is like nothing: `Basket` for `Cart`); else a
  look-alike of a later page; else the control the walk goes on with;
- else the most similar label (`SIMILAR`) of those stops: among controls, and for a page or section
  to look at among titles too;
- else, for a page or section to look at, what the page's title names (or the title itself);
  nothing when none of these is there (`label_missing`).

`rewrite` puts the suggestion into the article's sentence. How alike a label and a control are
(`likeness`, `resembles`) also tells choose.py which control a renamed label stands for.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from .matching import CONTROL_ROLES, PROSE_MAX_WORDS, TITLE_ROLES, normalize
from .model import Mention, UiElement, UiState

SIMILAR = 0.7
"""How alike (difflib ratio) a UI label must be to an article's to be suggested for it."""
CHOICE_ROLES = frozenset({"radio", "option", "menuitemradio", "checkbox", "menuitemcheckbox", "switch"})
"""Roles of the choices a control offers: what a label to select may be a renamed form of."""
LIKE = 0.5
"""Of the controls a walk goes on with near a step, one at least this alike beats the first."""


def rewrite(text: str, mention: Mention, label: str) -> str:
    """The part's sentence that holds the mention, with the UI's label in its place."""
    start, end = mention.start, mention.start + len(mention.text)
    if text[start:end] != mention.text:
        return f"{mention.text} → {label}"
    previous_end = text.rfind(". ", 0, start)
    sentence_start = previous_end + 2 if previous_end >= 0 else 0
    sentence_end = text.find(". ", end)
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return (text[sentence_start:start] + label + text[end:sentence_end]).strip()


def likeness(label: str, name: str) -> float:
    """How alike a label and a control's name are (difflib ratio), 0 below half alike."""
    ratio = difflib.SequenceMatcher(None, label.casefold(), normalize(name).casefold()).ratio()
    return ratio if ratio >= LIKE else 0.0


def resembles(label: str, name: str) -> float:
    """How alike, 0 unless alike enough to be a renamed form of the same label (SIMILAR)."""
    ratio = likeness(label, name)
    return ratio if ratio >= SIMILAR else 0.0


def _similar(label: str, elements: Sequence[UiElement], exclude: str) -> UiElement | None:
    """The element most like the label (`SIMILAR` at least), but none named `exclude` nor a long
    text; of equally alike ones, the first."""
    scored = sorted(
        (
            (difflib.SequenceMatcher(None, label.casefold(), normalize(element.name).casefold()).ratio(), -i, element)
            for i, element in enumerate(elements)
            if normalize(element.name) != exclude and len(element.name.split()) <= PROSE_MAX_WORDS
        ),
        key=lambda item: (item[0], item[1]),
        reverse=True,
    )
    if scored and scored[0][0] >= SIMILAR:
        return scored[0][2]
    return None


def _most_alike(label: str, items: list[tuple[UiElement, UiState]]) -> tuple[UiElement, UiState] | None:
    """The element most like the label, if any is alike at all (`likeness` > 0)."""
    best = max(items, key=lambda item: likeness(label, item[0].name), default=None)
    return best if best is not None and likeness(label, best[0].name) > 0 else None


def shown_instead(
    mention: Mention,
    window: list[tuple[int, UiState]],
    named: set[str],
    chrome: frozenset[UiElement] = frozenset(),
) -> tuple[UiElement | None, UiState | None]:
    """What the UI shows where the article names a label it does not show; `window[0]` is the stop
    the reader is at, `chrome` what every page shows (the header's Sign Out: no one's suggestion)."""
    label = normalize(mention.text)
    # The article's labels in any letter case: a control it names (`Bearbeiten` for the mock's
    # `bearbeiten`) is what it says elsewhere, never what it says instead of another label.
    named = {name.casefold() for name in named}
    if mention.action != "look":
        # The control the walk goes on with; of several in reach, the one most like the label
        # (a step that names no label, `das Optionen-Symbol`, leaves the pointer a stop behind).
        used = [
            (state.next_action, state)
            for _, state in window
            if state.next_action is not None and normalize(state.next_action.name).casefold() not in named
        ]
        alike = max(used, key=lambda item: likeness(label, item[0].name), default=None)
        if alike is not None and likeness(label, alike[0].name) > 0:
            return alike
        # None of them is like it: a control of these stops that is (`Add Hosts` → the card's
        # `Add Organizers`, when the walk went on through the options icon), on the reader's page
        # first; else the control the walk leaves that page by (a synonym is like nothing:
        # `Basket` for `Cart`), before a look-alike of a later page (`Weiter einkaufen` is as like
        # `Einkaufswagen` as letters go, but it is on the cart page, one click later).
        offered = [
            (element, state)
            for _, state in window
            for element in state.elements
            if element.role in CONTROL_ROLES
            and normalize(element.name).casefold() not in named
            and element not in chrome
        ]
        here = window[0][1] if window else None
        closest = _most_alike(label, [item for item in offered if item[1] is here])
        if closest is not None:
            return closest
        if mention.action == "select":
            # A choice renamed (`Seleccionar Menor o anual`, the billing frequency) is one of the
            # choices a control offers (its radios or options), even a page on, never the button
            # the reader's page is left by.
            choice = _most_alike(label, [item for item in offered if item[0].role in CHOICE_ROLES])
            if choice is not None:
                return choice
        leaving = next((item for item in used if item[1] is here), None)
        if leaving is not None:
            return leaving
        closest = _most_alike(label, offered)
        if closest is not None:
            return closest
        if alike is not None:
            return alike
    for _, state in window:
        roles = TITLE_ROLES | CONTROL_ROLES if mention.action == "look" else CONTROL_ROLES
        candidates = [element for element in state.elements if element.role in roles]
        similar = _similar(label, candidates, label)
        if similar is not None:
            return similar, state
    if mention.action == "look" and window:
        # What the page's title names (the site in "Sign in to the Billing Center") is the
        # closest thing to a page or section an article calls otherwise.
        state = window[0][1]
        title = normalize(state.title)
        named_in_title = [
            element
            for element in state.elements
            if element.role in TITLE_ROLES | {"link"}
            and normalize(element.name) != title
            and re.search(rf"(?<!\w){re.escape(normalize(element.name))}(?!\w)", title)
        ]
        if named_in_title:
            return max(named_in_title, key=lambda element: len(element.name)), state
        return UiElement("heading", state.title), state
    return None, window[0][1] if window else None
