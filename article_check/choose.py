"""Choose the walk an article's steps are compared with, and plan its variants.

The families of walks an article may describe are those whose first controls its steps name
(Options → Edit Subscription, Subscribe Now, the card's Add Organizers, the cart link, Edit Order;
walks.families_for), or the default ways (edit, add) when they name none. Each family's main walk is
scored by how it shows the steps' labels, and the best one is chosen when it shows at least `FITS`
of them; otherwise the steps are not checkable, and the reason lists each family's count. Of two
ways that show as many labels, the one that goes through no control more often than the steps name
it (`_surplus`), then the one that goes through the controls the steps name, then the one whose
controls are most like the labels shown nowhere (renamed ones).

A walk planned from the article's steps (planner.py, explore.py; compare.py decides when) is a
`Flow` too (`planned`), without variants.

The chosen walk is the `Flow` the steps are aligned with (align.py): the main walk, its variant
walks (other situations: the cart already holds items), made only when a label is not in the main
walk, and the elements every stop shows (the chrome), which are never evidence for a step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from .matching import find, find_used, indexed, normalize, prefixes
from .model import Mention, UiElement, Walk
from .suggest import likeness, resembles
from .walks import families_for, main_walk, variant_walks

FITS = 0.5
"""A walk fits an article when it shows at least this share of the labels its steps name."""

WalkOf = Callable[[str], Walk]
"""Runs (or returns the already made) walk of this name for the article's product and locale."""
ProbeOf = Callable[[str], Walk | None]
"""An already made walk of this name in the article's locale, of any product, or None."""


@dataclass
class Flow:
    """The walk the steps are compared with, and its variants."""

    main: Walk
    variant_names: list[str]
    walk_of: WalkOf
    chrome: frozenset[UiElement]
    """Elements on every stop of the main walk (header, navigation): never evidence for a step."""
    walked: list[Walk] = field(default_factory=list)
    """The variant walks made so far: a variant is walked only when a label is not in the main walk."""
    unsourced: frozenset[str] = frozenset()
    """Labels of the target's UI (casefolded) whose wording no article gives: the bundled mock's own
    (pages/vocabulary.toml `[not_from_articles]`). Their letter case says nothing of the product's,
    so a label differing from one only in letter case is no finding (align.py). A label renamed
    towards one still is: the project's planted differences (a renamed cart link) count on it."""

    def variants(self) -> Iterator[Walk]:
        """The variant walks in order, each made when first asked for."""
        for index, name in enumerate(self.variant_names):
            if index == len(self.walked):
                self.walked.append(self.walk_of(name))
            yield self.walked[index]


def families(mentions: Sequence[Mention], steps_text: str, language: str) -> list[str]:
    """The families of walks an article whose steps name these labels (and have this text) is
    compared with, to choose its way: those whose first controls the steps name; with none named,
    the default ways."""
    named = {normalize(label) for m in mentions for label in prefixes(m)}
    return families_for(named, steps_text, language, resembles)


def choose_family(
    mentions: Sequence[Mention], candidates: Sequence[str], walk_of: WalkOf, probe_of: ProbeOf | None
) -> tuple[str | None, str]:
    """The family (of `candidates`) whose main walk fits the steps' labels best, or None and why
    none fits."""
    scores: list[tuple[int, int, int, float, str, Walk]] = []
    for family in candidates:
        # Which way an article describes is told as well by another product's walk in the
        # same language, when one was made already.
        probe = probe_of(main_walk(family).name) if probe_of else None
        walk = probe or walk_of(main_walk(family).name)
        unshown = [m for m in mentions if find(m, indexed(walk)) is None]
        found = len(mentions) - len(unshown)
        # Of two ways that show as many labels, the one that goes through no control more often
        # than the steps name it (`_surplus`), then the one that goes through the controls the
        # steps name (the card's Add Organizers, not the options icon's menu).
        surplus = _surplus(mentions, unshown, walk)
        used = sum(find_used(m, indexed(walk)) is not None for m in mentions)
        # Then the one whose controls are most like the labels shown nowhere (renamed ones).
        controls = [state.next_action.name for state in walk.states if state.next_action is not None]
        alike = sum(max((likeness(normalize(m.text), name) for name in controls), default=0.0) for m in unshown)
        scores.append((found, -surplus, used, alike, family, walk))
    found, _, _, _, family, walk = max(scores, key=lambda item: (item[0], item[1], item[2], item[3]))
    if found < FITS * len(mentions):
        tried = "; ".join(
            f"{fam}: {n} of {len(mentions)}" + (f" (walk stopped {w.error})" if w.error else "")
            for n, _, _, _, fam, w in scores
        )
        return None, f"the target offers no way through its UI that shows the labels of these steps ({tried})"
    return family, ""


def plan(family: str, walk: Walk, walk_of: WalkOf) -> Flow:
    """The flow of this family's main walk `walk`: its variants are made by `walk_of` when asked for."""
    variants = [spec.name for spec in variant_walks(family)]
    return Flow(walk, variants, walk_of, _chrome(walk))


def planned(walk: Walk, walk_of: WalkOf) -> Flow:
    """The flow of a walk planned from the article (planner.py): no variants."""
    return Flow(walk, [], walk_of, _chrome(walk))


def _chrome(walk: Walk) -> frozenset[UiElement]:
    """The elements every signed-in stop of the walk shows (header, navigation)."""
    signed_in = [set(state.elements) for state in walk.states if state.name != "sign_in"]
    return frozenset(set.intersection(*signed_in)) if signed_in else frozenset()


def _surplus(mentions: Sequence[Mention], unshown: Sequence[Mention], walk: Walk) -> int:
    """How many times the walk goes through a control more often than the steps name it
    (`unshown`: the mentions the walk shows nowhere).

    Of two ways that show as many labels, the one with fewer goes the article's way: an article that
    names Edit Order on the Checkout page and then Place Order is an edit article (Edit Order is an
    aside there), one whose steps go on through the Edit Subscription page again (a second Proceed
    to Checkout) is an edit-order article."""
    states = indexed(walk)
    nowhere = {id(m) for m in unshown}

    def placed(click: Mention) -> bool:
        # A control named on a page where the walk does not show it (but shows it elsewhere) says
        # nothing of the walk going through it (`On the Checkout page, click Proceed to Checkout`).
        # Only a page named before the control places it: one named after it is where the click
        # leads (`Click Proceed to Checkout, then review … on the Checkout page`).
        looks = [m for m in mentions if m.part_id == click.part_id and m.action == "look" and m.start < click.start]
        pages = [(index, state) for index, state in states if any(find(m, [(index, state)]) for m in looks)]
        return not looks or id(click) in nowhere or find(click, pages) is not None

    clicks = [m for m in mentions if m.action != "look" and placed(m)]
    uses = Counter(normalize(state.next_action.name) for state in walk.states if state.next_action is not None)
    by_label = {control: sum(control in prefixes(m) for m in clicks) for control in uses}
    # A label shown nowhere in the walk names a control renamed (Edit Your Order), unless the
    # steps name that control by its own label too.
    renamed = Counter(
        control
        for m in clicks
        if id(m) in nowhere
        for control in uses
        if not by_label[control] and resembles(normalize(m.text), control) > 0
    )
    return sum(max(0, count - by_label[control] - renamed[control]) for control, count in uses.items())
