"""Where a walk shows a label an article names: the stops a mention is found on.

A label is compared with the accessible names of a stop's elements in NFC, with one kind of
apostrophe and of white space (`normalize`), in whole words of its candidate text, longest first
(`prefixes`: the article's end of an unquoted label is a guess); a label to click or select only
among controls (`CONTROL_ROLES`). An exact match beats one in letter case only. Choosing the walk
(choose.py), lining the steps up with its stops (align.py) and the suggestions (suggest.py) all
find labels this way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from billing_e2e.formats import COUNT_SUFFIX

from .model import Mention, UiElement, UiState, Walk

CONTROL_ROLES = frozenset(
    {
        "button",
        "link",
        "menuitem",
        "menuitemradio",
        "menuitemcheckbox",
        "radio",
        "checkbox",
        "option",
        "tab",
        "switch",
        "combobox",
        "spinbutton",
        "textbox",
        "listbox",
        "slider",
    }
)
"""Roles of elements a reader clicks or selects."""

TITLE_ROLES = frozenset({"heading", "region", "navigation", "dialog", "group", "menu", "tablist", "banner"})
"""Roles whose names title a page or a part of it: what a look-at label may be mistaken for."""

PROSE_MAX_WORDS = 6
"""A UI label of more words than this is prose (a paragraph, a hint), not a label an article names."""


def normalize(text: str) -> str:
    """Labels compare in NFC, with one kind of apostrophe and of white space."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(text.split()).strip(" .:;,")


@dataclass(frozen=True)
class Hit:
    """Where a mention was found."""

    index: int
    """Index of the stop in the main walk (for a variant: of the main stop of the same name)."""
    state: UiState
    label: str
    case_only: bool = False
    walk: Walk | None = None
    """The variant walk it was found in; None for the main walk."""


def _matches(mention: Mention, element: UiElement, label: str) -> tuple[bool, bool]:
    """(matches, only in letter case) for one element and one candidate label."""
    if mention.action != "look" and element.role not in CONTROL_ROLES:
        return False, False
    # A trailing count is the account's, not the label's: the header's "Cart (1)" is "Cart".
    name = re.sub(rf"{COUNT_SUFFIX}$", "", normalize(element.name))
    if name == label:
        return True, False
    if name.casefold() == label.casefold():
        return True, True
    return False, False


def prefixes(mention: Mention) -> list[str]:
    """The candidate labels, longest first: whole-word prefixes of `candidate` down to `text`."""
    words = normalize(mention.candidate).split()
    shortest = max(1, len(normalize(mention.text).split()))
    return [" ".join(words[:size]) for size in range(len(words), shortest - 1, -1)] or [normalize(mention.text)]


def find(mention: Mention, states: Sequence[tuple[int, UiState]], walk: Walk | None = None) -> Hit | None:
    """The first stop (in the order given) that shows the mention; an exact match beats a case-only one."""
    best: Hit | None = None
    for label in prefixes(mention):
        for index, state in states:
            for element in state.elements:
                matched, case_only = _matches(mention, element, label)
                if matched and not case_only:
                    return Hit(index, state, element.name, walk=walk)
                if matched and best is None:
                    best = Hit(index, state, element.name, case_only=True, walk=walk)
    return best or _glued(mention, states, walk)


GLUED = re.compile(r"[^\W\d_]{2,}")
"""The rest of a word the store glued to a label: two letters or more, no digit."""


def _glued(mention: Mention, states: Sequence[tuple[int, UiState]], walk: Walk | None) -> Hit | None:
    """The label the mention starts with, where the stored text lost the space after it and glued
    the next word on (`Icône Optionscela signifie`: the Options icon, then `cela`): a label the UI
    shows, followed in the same word by a lower-case word of its own."""
    text = normalize(mention.text)
    for index, state in states:
        for element in state.elements:
            name = re.sub(rf"{COUNT_SUFFIX}$", "", normalize(element.name))
            if not name or not text.startswith(name) or not _matches(mention, element, name)[0]:
                continue
            rest = text[len(name) :].split(" ", 1)[0]
            if GLUED.fullmatch(rest) and rest.islower():
                return Hit(index, state, element.name, walk=walk)
    return None


def find_used(mention: Mention, states: Sequence[tuple[int, UiState]]) -> Hit | None:
    """The first stop the walk left through a control with the mention's label (clicks only)."""
    if mention.action == "look":
        return None
    labels = prefixes(mention)
    for index, state in states:
        action = state.next_action
        if action is not None and normalize(action.name) in labels:
            return Hit(index, state, action.name)
    return None


def indexed(walk: Walk) -> list[tuple[int, UiState]]:
    return list(enumerate(walk.states))
