"""Line an article's steps up with the stops of the chosen walk, and give each its findings.

The numbered steps are read in order with a pointer into the main walk's stops. Each label a step
names is looked for from the pointer on (matching.py: in whole words of its candidate text,
longest first; a label to click or select only among controls), and the pointer moves to the stop
that shows it:

- found from the pointer on: confirmed;
- found only before the pointer: the step is out of order (the product shows it earlier); so is a
  label found only on the page an earlier step left through the control the walk leaves it by
  (two steps of one page swapped: `Click Proceed to Checkout`, then `Select the licenses`);
- found only in a variant walk at the same place (`the cart already holds items`): confirmed when
  the article offers it as an alternative or in a box (a conditional note), otherwise the step
  presents a conditional label as the only way (`label_conditional`);
- found nowhere: `label_differs` with the label the UI shows there instead (suggest.py), or
  `label_place` when that label titles a page there or an earlier page's control is named on a
  later page; `label_missing` when there is nothing to suggest; but not checkable, with its
  reason, when a walk planned from the article could not show it (`Walk.unreached`: no page it
  could reach offers it, or it comes after a control the walk does not press); named on the page
  of an address the target does not answer for (`Walk.elsewhere`: a retired page), a control is
  `label_missing` and a page no finding (the address's own finding tells it); and no finding
  for an alternative the UI does not show when it shows another of its group (nor for a label's
  gloss in brackets, `Go To Billing (Accéder à la facturation)`: one label, told once).

A label that differs from the UI only in letter case is a finding too, unless the article describes
the element in lower-case prose (`l'icona delle opzioni`). A step that names no label is compared
by the labels of the UI its text contains (`numero di partita IVA`), which never make findings;
with none, its verdict is `nothing_to_check` and its screenshot is the next stop.

Boxes (notes, tips, troubleshooting, warnings) are compared with the stops of the step before them
in the main walk and in the variant walks, since they describe other situations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from billing_e2e.articles import ArticlePart

from .choose import Flow
from .matching import PROSE_MAX_WORDS, TITLE_ROLES, Hit, find, find_used, indexed, normalize, prefixes
from .model import Finding, Mention, UiElement, UiState, Walk
from .suggest import rewrite, shown_instead

BOXES = frozenset({"note", "tip", "troubleshooting", "warning"})
"""Kinds of part that are compared with the step before them, not in order."""


@dataclass
class Step:
    """What the comparison found for one part."""

    part: ArticlePart
    mentions: list[Mention]
    confirmed: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    state: UiState | None = None
    first: int | None = None
    last: int | None = None
    left: int | None = None
    """The stop the step leaves through the control the walk leaves it by (`Proceed to Checkout`):
    the reader is no longer on that page after this step."""
    broken: str | None = None
    unchecked: list[str] = field(default_factory=list)
    """Why labels of the step could not be compared: the walk planned from the article could not
    show them (no reachable page offers them, or they come after a control it does not press)."""


def _find_in_variants(mention: Mention, flow: Flow, window: list[tuple[int, UiState]]) -> Hit | None:
    """The mention in a variant walk, at the same places (by stop name) as the given main stops."""
    names = {state.name for _, state in window}
    index_of = {state.name: index for index, state in window}
    for variant in flow.variants():
        states = [(index_of.get(state.name, -1), state) for state in variant.states if state.name in names]
        hit = find(mention, states, variant)
        if hit is not None:
            return hit
    return None


def _where(state: UiState) -> str:
    return f"{state.walk}/{state.name}"


def align(parts: Sequence[ArticlePart], flow: Flow, compared: dict[str, Step], named: set[str]) -> None:
    """Line up the `compared` parts (of `parts`, the article's, in order) with the flow's stops,
    filling in what each step found; `named`: every label the article names (what it calls
    things), which a suggestion is not."""
    main = indexed(flow.main)
    pointer = 0
    previous: Step | None = None
    aligned_steps: list[Step] = []
    for part in parts:
        step = compared.get(part.id)
        if step is None:
            continue
        if part.kind == "step":
            pointer = _align_step(step, flow, main, pointer, aligned_steps, named)
            aligned_steps.append(step)
            previous = step
        elif part.kind in BOXES and previous is not None:
            _check_box(step, flow, main, previous, named)


def _align_step(
    step: Step,
    flow: Flow,
    main: list[tuple[int, UiState]],
    pointer: int,
    before: list[Step],
    named: set[str],
) -> int:
    """Line the step up from the pointer on, after the steps `before` it."""
    # The stop the last step that left a page through its control left: a label of that page
    # named now comes too late (two steps of one page swapped).
    left = next((other.left for other in reversed(before) if other.left is not None), None)
    early: list[tuple[Mention, Hit]] = []
    conditional: list[tuple[Mention, Hit]] = []
    offered: list[tuple[Mention, list[tuple[int, UiState]]]] = []
    """Alternatives the UI does not show at this point: a finding only if it shows none of them."""
    anchors: list[Hit] = []
    """Pages the step names that the walk is on from the pointer on (`on the Checkout page`)."""
    for mention in step.mentions:
        # Where the reader is now: past the page at the pointer once a step before this one
        # left it (only steps before: within one sentence a writer may name the page's last
        # control before what to review first, `click Next after choosing the plan`).
        here = pointer + 1 if left == pointer else pointer
        window = main[here : here + 2]
        # The control the walk itself used places a click best: a breadcrumb or a header may
        # show the same label on later pages too.
        used_later, used_before = find_used(mention, main[here:]), find_used(mention, main[:here])
        hit = used_later or (None if used_before else find(mention, main[here:]))
        if hit is not None:
            pointer = hit.index
            _confirm(step, mention, hit, unsourced=flow.unsourced)
            if hit is used_later:
                step.left = hit.index if step.left is None else max(step.left, hit.index)
            if mention.action == "look":
                anchors.append(hit)
            continue
        earlier = used_before or find(mention, main[:here])
        if earlier is not None:
            early.append((mention, earlier))
            _confirm(step, mention, earlier, move=False, unsourced=flow.unsourced)
            continue
        variant = _find_in_variants(mention, flow, window)
        if variant is not None and variant.walk is not None:
            if mention.alternatives:
                _confirm(step, mention, variant, move=False, unsourced=flow.unsourced)
            else:
                conditional.append((mention, variant))
            continue
        # What the UI shows instead is looked for past the sign-in page once a step before
        # this one was on it (it signed in: `Sign in to the Billing Center at …`), so a renamed
        # label of the first signed-in page is not "corrected" into the Sign In button.
        away = _elsewhere(mention, flow)
        if away is not None:
            # Named on a page the target does not answer for (the host's finding tells the address):
            # a page is that address's; a control is one the product does not have.
            if mention.action != "look":
                _not_here(step, mention, away)
            continue
        why = _unreached(mention, flow)
        if why is not None:
            step.unchecked.append(why)
            continue
        own = _followed_in_own_wording(mention, flow, main[here:])
        if own is not None:
            _confirm(step, mention, own, unsourced=flow.unsourced)
            step.left = own.index if step.left is None else max(step.left, own.index)
            pointer = own.index
            continue
        signed_in = here < len(main) and bool(before) and main[here][1].name == "sign_in"
        start = here + 1 if signed_in else here
        if mention.alternatives:
            offered.append((mention, main[start : start + 3] or main[-1:]))
            continue
        _missing(step, mention, flow, main[start : start + 3] or main[-1:], named)
    # Of alternatives (`Add Organizers or Add Agents or Add Experts`: the product's own one), those
    # the UI does not show are no finding when it shows another of them.
    shown = {normalize(label) for label in step.confirmed}
    for mention, window in offered:
        mates = [m for m in step.mentions if m.alternatives == mention.alternatives and m is not mention]
        # A label given again in brackets (a gloss) is one label: the one it glosses tells its absence.
        if not mention.gloss and not any(normalize(mate.text) in shown for mate in mates):
            _missing(step, mention, flow, window, named)
    for mention, variant in conditional:
        _conditional(step, mention, variant)
    if not step.mentions:
        pointer = _by_prose(step, flow, main, pointer)
    # A control of an earlier page named on a page the step itself names is in the wrong
    # place, not the step: `On the Checkout page, click Proceed to Checkout`.
    misplaced = [(m, hit) for m, hit in early if any(anchor.index > hit.index for anchor in anchors)]
    for mention, hit in misplaced:
        anchor = max(anchors, key=lambda a: a.index)
        _misplaced(step, mention, hit, anchor.state, named, flow.chrome)
    early = [(m, hit) for m, hit in early if (m, hit) not in misplaced]
    stop = _stopped_before(main, before)
    # Only a step already known to come after the stop (a label of it the walk never reached:
    # `step.unchecked`): a step that names only labels the walk showed earlier is a wrong order.
    if early and stop is not None and step.unchecked:
        # The walk ended in front of a control it does not press (Yes, Cancel), and a step before
        # this one got there: this step tells what follows it, which the walk never showed. A
        # page named again (back on the Subscriptions page) is no wrong order; it is not checked.
        labels = ", ".join(f"“{mention.text}”" for mention, _ in early)
        step.unchecked.append(f"{labels}: after “{stop}”, which the walk does not press (it commits)")
        early = []
    if early:
        _out_of_order(step, early, before)
    if step.state is None and main:
        step.state = main[min(pointer, len(main) - 1)][1]
    return pointer


def _stopped_before(main: list[tuple[int, UiState]], before: list[Step]) -> str | None:
    """The control the walk ended in front of without pressing it, once a step before reached it."""
    if not main:
        return None
    end_index, end = main[-1]
    if not end.not_clicked or end.next_action is None:
        return None
    return end.next_action.name if any(other.last == end_index for other in before) else None


def _elsewhere(mention: Mention, flow: Flow) -> str | None:
    """The address of the page the target does not answer for on which the steps name this
    label, if they do (a walk planned from the article: `Walk.elsewhere`)."""
    labels = set(prefixes(mention)) | {normalize(mention.text)}
    return next((address for label, address in flow.main.elsewhere if normalize(label) in labels), None)


def _not_here(step: Step, mention: Mention, address: str) -> None:
    """A control of a page the target does not answer for (My Account's Go To Billing): the product
    has none; the walk goes on from the signed-in start."""
    step.findings.append(
        Finding(
            "label_missing",
            step.part.id,
            f"The product has no “{mention.text}”: the step names it on {address}, a page the target "
            "does not answer for, and the walk goes on from the signed-in start.",
            f"Remove “{mention.text}”, or say what the reader does on the product's own pages instead.",
            mention.text,
        )
    )


def own_wording_controls(mention: Mention, walk: Walk, unsourced: frozenset[str]) -> set[str]:
    """The controls in the target's own wording (`unsourced`: no article gives it, the bundled
    mock's `Passwort vergessen?` for `Passwort zurücksetzen/erstellen?`) that the walk planned from
    the steps went on by for this label, for want of one it names (`Walk.renamed`). None for a
    page's title named as a control (`label_place` says so)."""
    folded = normalize(mention.text).casefold()
    titles = (e for state in walk.states for e in state.elements if e.role in TITLE_ROLES)
    if any(normalize(element.name).casefold() == folded for element in titles):
        return set()
    labels = set(prefixes(mention)) | {normalize(mention.text)}
    return {
        control
        for label, control in walk.renamed
        if normalize(label) in labels and normalize(control).casefold() in unsourced
    }


def _followed_in_own_wording(mention: Mention, flow: Flow, states: list[tuple[int, UiState]]) -> Hit | None:
    """Where the walk went on for this label by a control in the target's own wording
    (`own_wording_controls`): the step is realised there, and with no sourced label to compare the
    article's with, its wording is no finding."""
    taken = own_wording_controls(mention, flow.main, flow.unsourced)
    for index, state in states:
        action = state.next_action
        if action is not None and action.name in taken:
            return Hit(index, state, action.name)
    return None


def _unreached(mention: Mention, flow: Flow) -> str | None:
    """Why the walk (planned from the article) could not show this label, if it could not."""
    labels = set(prefixes(mention)) | {normalize(mention.text)}
    return next((why for label, why in flow.main.unreached if normalize(label) in labels), None)


def _confirm(
    step: Step, mention: Mention, hit: Hit, *, move: bool = True, unsourced: frozenset[str] = frozenset()
) -> None:
    # The letter case of the mock's own wording is no evidence either (`bearbeiten`, `Bearbeiten`).
    if hit.case_only and not mention.described and normalize(hit.label).casefold() not in unsourced:
        step.findings.append(
            Finding(
                "label_differs",
                step.part.id,
                f"The UI writes “{hit.label}” where the article writes “{mention.text}” (letter case).",
                rewrite(step.part.text, mention, hit.label),
                mention.text,
                hit.label,
                _where(hit.state),
            )
        )
    else:
        step.confirmed.append(hit.label)
    if move or step.state is None:
        step.state = hit.state if hit.walk is None or step.state is None else step.state
    step.first = hit.index if step.first is None else min(step.first, hit.index)
    step.last = hit.index if step.last is None else max(step.last, hit.index)


def _conditional(step: Step, mention: Mention, hit: Hit) -> None:
    assert hit.walk is not None
    condition = hit.walk.condition or hit.walk.description
    partners = [
        m.text
        for m in step.mentions
        if m.sequence
        and m.sequence == mention.sequence
        and m is not mention
        and normalize(m.text) in map(normalize, step.confirmed)
    ]
    shown = f"; otherwise this page offers “{partners[0]}”" if partners else ""
    fix = (
        f"Say “{partners[0]}” here, and keep “{mention.text} > {partners[0]}” for when {condition}."
        if partners
        else f"Say that “{mention.text}” appears only when {condition}."
    )
    step.findings.append(
        Finding(
            "label_conditional",
            step.part.id,
            f"“{mention.text}” appears at this point only when {condition}{shown}.",
            fix,
            mention.text,
            partners[0] if partners else None,
            _where(hit.state),
        )
    )


def _missing(step: Step, mention: Mention, flow: Flow, window: list[tuple[int, UiState]], named: set[str]) -> None:
    if flow.main.error and not window[1:]:
        step.broken = f"the walk stopped before this point ({flow.main.error})"
        return
    instead, state = shown_instead(mention, window, named - {normalize(mention.text)}, flow.chrome)
    where = f" “{state.title}”" if state is not None else ""
    # Without a variant walk, a label of another situation cannot be told from a renamed one.
    unwalked = [f"{variant.condition} ({variant.error})" for variant in flow.variants() if variant.error]
    caveat = f" Not compared with the situations that could not be walked: {'; '.join(unwalked)}." if unwalked else ""
    if instead is None:
        step.findings.append(
            Finding(
                "label_missing",
                step.part.id,
                f"No element labelled “{mention.text}” at this point{where}, and none with a similar label." + caveat,
                f"Check what the reader should {mention.action} here; the UI shows no “{mention.text}”.",
                mention.text,
                None,
                _where(state) if state else None,
            )
        )
        return
    what = "is titled" if instead.role == "heading" else f"shows the {instead.role}"
    titled = next(
        (
            state
            for _, state in window
            if mention.action != "look"
            and any(
                e.role in TITLE_ROLES and normalize(e.name).casefold() == normalize(mention.text).casefold()
                for e in state.elements
            )
        ),
        None,
    )
    if titled is not None:
        step.findings.append(
            Finding(
                "label_place",
                step.part.id,
                f"“{mention.text}” is the title of the page “{titled.title}”, not a control to "
                f"{mention.action}; the page offers the {instead.role} “{instead.name}”.",
                rewrite(step.part.text, mention, instead.name),
                mention.text,
                instead.name,
                _where(titled),
            )
        )
        return
    step.findings.append(
        Finding(
            "label_differs",
            step.part.id,
            f"No element labelled “{mention.text}” at this point; the page{where} {what} “{instead.name}”." + caveat,
            rewrite(step.part.text, mention, instead.name),
            mention.text,
            instead.name,
            _where(state) if state else None,
        )
    )


def _misplaced(
    step: Step, mention: Mention, hit: Hit, here: UiState, named: set[str], chrome: frozenset[UiElement]
) -> None:
    # The control the page offers at that place is the UI's truth there, even where the article
    # names it itself in a later step (Proceed to Checkout on the Checkout page: Place Order).
    offered = here.next_action
    if offered is None or offered in chrome:
        # What every page shows (the skip link, Sign Out) is no one's suggestion, here as in `_missing`.
        offered, _ = shown_instead(mention, [(0, here)], named - {normalize(mention.text)}, chrome)
    step.confirmed = [label for label in step.confirmed if label != hit.label]
    shown = f"; here the page offers the {offered.role} “{offered.name}”" if offered is not None else ""
    step.findings.append(
        Finding(
            "label_place",
            step.part.id,
            f"“{mention.text}” is on “{hit.state.title}”, not on “{here.title}”, where this step is{shown}.",
            rewrite(step.part.text, mention, offered.name) if offered is not None else "Move the label.",
            mention.text,
            offered.name if offered is not None else None,
            _where(here),
        )
    )


def _out_of_order(step: Step, early: list[tuple[Mention, Hit]], before: list[Step]) -> None:
    index = min(hit.index for _, hit in early)
    # The first step before this one that acts later in the product, or that leaves this very
    # page through its control (two steps of one page swapped).
    later = [other for other in before if other.last is not None and (other.last > index or other.left == index)]
    target = later[0] if later else None
    labels = ", ".join(f"“{mention.text}”" for mention, _ in early)
    places = ", ".join(dict.fromkeys(f"“{hit.state.title}”" for _, hit in early))
    leaving = target.state.next_action if target is not None and target.state is not None else None
    if target is not None and target.left == index and target.last == index and leaving is not None:
        why = (
            f"{labels} is on “{early[0][1].state.title}”, which step {target.part.number} already leaves "
            f"through “{leaving.name}”."
        )
    else:
        why = f"{labels} comes earlier in the product ({places}) than the steps before this one."
    fix = f"Move step {step.part.number} before step {target.part.number}." if target else "Move this step earlier."
    step.findings.append(
        Finding(
            "wrong_order",
            step.part.id,
            why,
            fix,
            ", ".join(mention.text for mention, _ in early),
            None,
            _where(early[0][1].state),
        )
    )


def _by_prose(step: Step, flow: Flow, main: list[tuple[int, UiState]], pointer: int, *, move: bool = True) -> int:
    """A part that names no label: the UI labels its text contains, from the pointer on."""
    text = normalize(step.part.text).casefold()
    for index, state in main[pointer:]:
        found = [
            element.name
            for element in state.elements
            if element not in flow.chrome
            and 2 <= len(element.name.split()) <= PROSE_MAX_WORDS
            and re.search(rf"(?<!\w){re.escape(normalize(element.name).casefold())}(?!\w)", text)
        ]
        if found:
            step.confirmed.extend(dict.fromkeys(found))
            step.state = state
            return index
    if not move:
        return pointer
    # Nothing to go by: the step acts on the next page.
    nxt = min(pointer + 1, len(main) - 1)
    step.state = main[nxt][1] if main else None
    return nxt


def _anywhere(mention: Mention, flow: Flow) -> Hit | None:
    """A box explains another situation or goes back a page: any stop of any walk will do."""
    hit = find(mention, indexed(flow.main))
    for variant in flow.variants():
        if hit is not None:
            break
        hit = find(mention, indexed(variant), variant)
    return hit


def _check_box(box: Step, flow: Flow, main: list[tuple[int, UiState]], step: Step, named: set[str]) -> None:
    start = step.first if step.first is not None else 0
    end = step.last if step.last is not None else start
    for mention in box.mentions:
        span = main[start : end + 1 + (1 if mention.sequence else 0)]
        hit = find(mention, span) or _find_in_variants(mention, flow, span) or _anywhere(mention, flow)
        if hit is not None:
            _confirm(box, mention, hit, move=False, unsourced=flow.unsourced)
            continue
        why = _unreached(mention, flow)
        if why is not None:
            box.unchecked.append(why)
            continue
        _missing(box, mention, flow, main[start : end + 1] or main[-1:], named)
    if not box.mentions:
        _by_prose(box, flow, main[start : end + 1], 0, move=False)
    if box.state is None:
        box.state = step.state
