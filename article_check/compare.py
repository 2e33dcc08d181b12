"""Lines an article's steps up with a walk through the UI and gives each a verdict.

The numbered steps are read in order with a pointer into the main walk's stops. Each label a step
names is looked for from the pointer on (in whole words of its candidate text, longest first; a
label to click or select only among controls), and the pointer moves to the stop that shows it:

- found from the pointer on: confirmed;
- found only before the pointer: the step is out of order (the product shows it earlier); so is a
  label found only on the page an earlier step left through the control the walk leaves it by
  (two steps of one page swapped: `Click Proceed to Checkout`, then `Select the licenses`);
- found only in a variant walk at the same place (`the cart already holds items`): confirmed when
  the article offers it as an alternative or in a box (a conditional note), otherwise the step
  presents a conditional label as the only way (`label_conditional`);
- found nowhere: `label_differs` with the label the UI shows there instead: the control the walk
  uses to go on from that stop when the article names it nowhere else, else the most similar label
  of those stops, else (for a page or section) the page's title; `label_missing` when there is none.

A label that differs from the UI only in letter case is a finding too, unless the article describes
the element in lower-case prose (`l'icona delle opzioni`). A step that names no label is compared
by the labels of the UI its text contains (`numero di partita IVA`), which never make findings;
with none, its verdict is `nothing_to_check` and its screenshot is the next stop.

Boxes (notes, tips, troubleshooting, warnings) are compared with the stops of the step before them
in the main walk and in the variant walks, since they describe other situations. Results describe
what happens after the order, which the check never places. Paragraphs outside the steps are
checked for their addresses and their prose only, and so is the title.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from billing_e2e.articles import Article, ArticlePart
from billing_e2e.domain import product_line
from billing_e2e.formats import COUNT_SUFFIX

from . import prose
from .extract import extract_mentions, extract_urls
from .model import ArticleResult, Finding, Mention, StepResult, UiElement, UiState, UrlCheck, Verdict, Walk
from .walks import families_for, main_walk, variant_walks

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

BOXES = frozenset({"note", "tip", "troubleshooting", "warning"})
FITS = 0.5
"""A walk fits an article when it shows at least this share of the labels its steps name."""
SIMILAR = 0.7
"""How alike (difflib ratio) a UI label must be to an article's to be suggested for it."""
PROSE_MAX_WORDS = 6
LIKE = 0.5
"""Of the controls a walk goes on with near a step, one at least this alike beats the first."""

WalkOf = Callable[[str], Walk]
"""Runs (or returns the already made) walk of this name for the article's product and locale."""
ProbeOf = Callable[[str], Walk | None]
"""An already made walk of this name in the article's locale, of any product, or None."""


def normalize(text: str) -> str:
    """Labels compare in NFC, with one kind of apostrophe and of white space."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(text.split()).strip(" .:;,")


@dataclass(frozen=True)
class _Hit:
    index: int
    """Index of the stop in the main walk (for a variant: of the main stop of the same name)."""
    state: UiState
    label: str
    case_only: bool = False
    walk: Walk | None = None
    """The variant walk it was found in; None for the main walk."""


@dataclass
class _Flow:
    main: Walk
    variant_names: list[str]
    walk_of: WalkOf
    chrome: frozenset[UiElement]
    """Elements on every stop of the main walk (header, navigation): never evidence for a step."""
    walked: list[Walk] = field(default_factory=list)
    """The variant walks made so far: a variant is walked only when a label is not in the main walk."""

    def variants(self) -> Iterator[Walk]:
        """The variant walks in order, each made when first asked for."""
        for index, name in enumerate(self.variant_names):
            if index == len(self.walked):
                self.walked.append(self.walk_of(name))
            yield self.walked[index]


@dataclass
class _Step:
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


def _prefixes(mention: Mention) -> list[str]:
    """The candidate labels, longest first: whole-word prefixes of `candidate` down to `text`."""
    words = normalize(mention.candidate).split()
    shortest = max(1, len(normalize(mention.text).split()))
    return [" ".join(words[:size]) for size in range(len(words), shortest - 1, -1)] or [normalize(mention.text)]


def _find(mention: Mention, states: Sequence[tuple[int, UiState]], walk: Walk | None = None) -> _Hit | None:
    """The first stop (in the order given) that shows the mention; an exact match beats a case-only one."""
    best: _Hit | None = None
    for label in _prefixes(mention):
        for index, state in states:
            for element in state.elements:
                matched, case_only = _matches(mention, element, label)
                if matched and not case_only:
                    return _Hit(index, state, element.name, walk=walk)
                if matched and best is None:
                    best = _Hit(index, state, element.name, case_only=True, walk=walk)
    return best


def _find_used(mention: Mention, states: Sequence[tuple[int, UiState]]) -> _Hit | None:
    """The first stop the walk left through a control with the mention's label (clicks only)."""
    if mention.action == "look":
        return None
    labels = _prefixes(mention)
    for index, state in states:
        action = state.next_action
        if action is not None and normalize(action.name) in labels:
            return _Hit(index, state, action.name)
    return None


def _indexed(walk: Walk) -> list[tuple[int, UiState]]:
    return list(enumerate(walk.states))


def _find_in_variants(mention: Mention, flow: _Flow, window: list[tuple[int, UiState]]) -> _Hit | None:
    """The mention in a variant walk, at the same places (by stop name) as the given main stops."""
    names = {state.name for _, state in window}
    index_of = {state.name: index for index, state in window}
    for variant in flow.variants():
        states = [(index_of.get(state.name, -1), state) for state in variant.states if state.name in names]
        hit = _find(mention, states, variant)
        if hit is not None:
            return hit
    return None


# --- suggestions ----------------------------------------------------------------------------------


def _replace(text: str, mention: Mention, label: str) -> str:
    """The part's sentence that holds the mention, with the UI's label in its place."""
    start, end = mention.start, mention.start + len(mention.text)
    if text[start:end] != mention.text:
        return f"{mention.text} → {label}"
    previous_end = text.rfind(". ", 0, start)
    sentence_start = previous_end + 2 if previous_end >= 0 else 0
    sentence_end = text.find(". ", end)
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return (text[sentence_start:start] + label + text[end:sentence_end]).strip()


def _likeness(label: str, name: str) -> float:
    """How alike a label and a control's name are (difflib ratio), 0 below half alike."""
    ratio = difflib.SequenceMatcher(None, label.casefold(), normalize(name).casefold()).ratio()
    return ratio if ratio >= LIKE else 0.0


def _resembles(label: str, name: str) -> float:
    """How alike, 0 unless alike enough to be a renamed form of the same label (SIMILAR)."""
    ratio = _likeness(label, name)
    return ratio if ratio >= SIMILAR else 0.0


def _similar(label: str, elements: Sequence[UiElement], exclude: str) -> UiElement | None:
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
    """The element most like the label, if any is alike at all (`_likeness` > 0)."""
    best = max(items, key=lambda item: _likeness(label, item[0].name), default=None)
    return best if best is not None and _likeness(label, best[0].name) > 0 else None


def _instead(
    mention: Mention,
    window: list[tuple[int, UiState]],
    named: set[str],
    chrome: frozenset[UiElement] = frozenset(),
) -> tuple[UiElement | None, UiState | None]:
    """What the UI shows where the article names a label it does not show; `window[0]` is the stop
    the reader is at, `chrome` what every page shows (the header's Sign Out: no one's suggestion)."""
    label = normalize(mention.text)
    if mention.action != "look":
        # The control the walk goes on with; of several in reach, the one most like the label
        # (a step that names no label, `das Optionen-Symbol`, leaves the pointer a stop behind).
        used = [
            (state.next_action, state)
            for _, state in window
            if state.next_action is not None and normalize(state.next_action.name) not in named
        ]
        alike = max(used, key=lambda item: _likeness(label, item[0].name), default=None)
        if alike is not None and _likeness(label, alike[0].name) > 0:
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
            if element.role in CONTROL_ROLES and normalize(element.name) not in named and element not in chrome
        ]
        here = window[0][1] if window else None
        closest = _most_alike(label, [item for item in offered if item[1] is here])
        if closest is not None:
            return closest
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


def _surplus(mentions: Sequence[Mention], unshown: Sequence[Mention], walk: Walk) -> int:
    """How many times the walk goes through a control more often than the steps name it
    (`unshown`: the mentions the walk shows nowhere).

    Of two ways that show as many labels, the one with fewer goes the article's way: an article that
    names Edit Order on the Checkout page and then Place Order is an edit article (Edit Order is an
    aside there), one whose steps go on through the Edit Subscription page again (a second Proceed
    to Checkout) is an edit-order article."""
    states = _indexed(walk)
    nowhere = {id(m) for m in unshown}

    def placed(click: Mention) -> bool:
        # A control named on a page where the walk does not show it (but shows it elsewhere) says
        # nothing of the walk going through it (`On the Checkout page, click Proceed to Checkout`).
        # Only a page named before the control places it: one named after it is where the click
        # leads (`Click Proceed to Checkout, then review … on the Checkout page`).
        looks = [m for m in mentions if m.part_id == click.part_id and m.action == "look" and m.start < click.start]
        pages = [(index, state) for index, state in states if any(_find(m, [(index, state)]) for m in looks)]
        return not looks or id(click) in nowhere or _find(click, pages) is not None

    clicks = [m for m in mentions if m.action != "look" and placed(m)]
    uses = Counter(normalize(state.next_action.name) for state in walk.states if state.next_action is not None)
    by_label = {control: sum(control in _prefixes(m) for m in clicks) for control in uses}
    # A label shown nowhere in the walk names a control renamed (Edit Your Order), unless the
    # steps name that control by its own label too.
    renamed = Counter(
        control
        for m in clicks
        if id(m) in nowhere
        for control in uses
        if not by_label[control] and _resembles(normalize(m.text), control) > 0
    )
    return sum(max(0, count - by_label[control] - renamed[control]) for control, count in uses.items())


def _where(state: UiState) -> str:
    return f"{state.walk}/{state.name}"


# --- the comparison -------------------------------------------------------------------------------


class ArticleComparison:
    """Compares one article with the walks of the target, for one product and locale."""

    def __init__(
        self,
        article: Article,
        choice: prose.ProductChoice | None,
        walk_of: WalkOf | None,
        url_checks: dict[str, UrlCheck],
        *,
        unavailable: str | None = None,
        probe_of: ProbeOf | None = None,
    ) -> None:
        self.article = article
        self.choice = choice
        self.product = choice.product if choice is not None else None
        self.walk_of = walk_of
        self.probe_of = probe_of
        self.url_checks = url_checks
        self.unavailable = unavailable
        self.product_mentions: set[tuple[str, int]] = set()
        """(part, offset) of the labels that name the article's product."""
        self.mentions = {
            part.id: [self._as_walked(m) for m in extract_mentions(part, article.language)] for part in article.parts
        }
        steps = [part for part in article.parts if part.kind == "step"]
        self.first_step = article.parts.index(steps[0]) if steps else len(article.parts)
        self.title = ArticlePart(f"{article.number}.title", "title", None, article.title)
        """The title, read for its prose only (an old name of the product, the old brand)."""

    @cached_property
    def prose(self) -> dict[str, list[Finding]]:
        """Each part's prose findings: made when first needed (its language models load meanwhile)."""
        return {part.id: self._prose(part) for part in (self.title, *self.article.parts)}

    def _names_product(self) -> ArticlePart | None:
        """Where a stand-in is reported: the first part that names the article's product, else (only
        its title does) the first step."""
        line = self.choice.line if self.choice is not None else None
        naming = [p for p in self.article.parts if any(product_line(n) is line for *_, n in prose.name_spans(p.text))]
        steps = [p for p in self.article.parts if p.kind == "step"]
        return next(iter(naming or steps), None)

    def _as_walked(self, mention: Mention) -> Mention:
        """A label that is a name of the article's product stands for the product the walk shows
        (its name today, or the stand-in): its name is a finding of its own, never a label's."""
        choice = self.choice
        if choice is None or choice.line is None:
            return mention
        for label in _prefixes(mention):
            if label in choice.line.names:
                self.product_mentions.add((mention.part_id, mention.start))
                return replace(mention, text=choice.product, candidate=choice.product, quoted=True)
        return mention

    def _as_shown(self, walk: Walk) -> None:
        """A walk shared with an article of another product shows that product's name where this
        article names its own."""
        shown = walk.product
        if shown is None or shown == self.product:
            return
        for part_id, mentions in self.mentions.items():
            self.mentions[part_id] = [
                replace(m, text=shown, candidate=shown) if (m.part_id, m.start) in self.product_mentions else m
                for m in mentions
            ]

    def _prose(self, part: ArticlePart) -> list[Finding]:
        """What the part's text says wrong whatever the UI shows: language, brand, hosts, product names."""
        language = self.article.language
        redirected = {
            url
            for url, _ in extract_urls(part.text)
            if (check := self.url_checks.get(url)) and check.outcome == "redirects"
        }
        findings = [
            *prose.foreign_sentences(part, language),
            *prose.brand_findings(part),
            *prose.legacy_host_findings(part, redirected),
        ]
        choice = self.choice
        if choice is not None:
            findings += prose.product_findings(part, choice, part is self._names_product())
            if prose.is_general(self.article) and not choice.stand_in:
                findings += prose.scope_findings(part, choice)
            if not choice.stand_in:
                findings += _product_names(part, choice.product)
        return findings

    def _rows(self) -> list[ArticlePart]:
        """The parts the report shows: the steps and the boxes and results among them, and any
        other part that names an address or has a finding of its prose (the title's first)."""
        rows = [self.title] if self.prose[self.title.id] else []
        for index, part in enumerate(self.article.parts):
            in_steps = index >= self.first_step and (part.kind in BOXES or part.kind in ("step", "result"))
            if in_steps or extract_urls(part.text) or self.prose[part.id]:
                rows.append(part)
        return rows

    def run(self) -> ArticleResult:
        flow, flow_name, reason = self._choose_flow()
        rows = self._rows()
        compared: dict[str, _Step] = {part.id: _Step(part, self.mentions.get(part.id, [])) for part in rows}
        if flow is not None:
            self._align(flow, compared)
        for step in compared.values():
            step.findings.extend(self.prose[step.part.id])
        results = tuple(self._result(compared[part.id], flow, reason) for part in rows)
        urls = tuple(self.url_checks[url] for part in self.article.parts for url, _ in extract_urls(part.text))
        walks: tuple[Walk, ...] = (flow.main, *flow.walked) if flow is not None else ()
        description = main_walk(flow_name).description if flow_name is not None else reason
        return ArticleResult(
            number=self.article.number,
            path=str(self.article.path or ""),
            language=self.article.language,
            title=self.article.title,
            product=self.product,
            flow=flow_name,
            flow_description=description,
            steps=results,
            urls=tuple(dict.fromkeys(urls)),
            walks=walks,
        )

    # --- choosing the walk

    def _step_mentions(self) -> list[Mention]:
        return [m for part in self.article.parts if part.kind == "step" for m in self.mentions[part.id]]

    def families(self) -> list[str]:
        """The families of walks the article is compared with, to choose its way: those whose first
        controls the steps name (Options → Edit Subscription, Subscribe Now, the card's Add
        Organizers); with none named, the default ways (edit, add). None without a walk or a label."""
        mentions = self._step_mentions()
        if self.unavailable is not None or self.walk_of is None or not mentions:
            return []
        named = {normalize(label) for m in mentions for label in _prefixes(m)}
        steps_text = " ".join(part.text for part in self.article.parts if part.kind == "step")
        return families_for(named, steps_text, self.article.language, _resembles)

    def _choose_flow(self) -> tuple[_Flow | None, str | None, str]:
        if self.unavailable is not None or self.walk_of is None:
            return None, None, self.unavailable or "no walk available"
        mentions = self._step_mentions()
        if not mentions:
            return None, None, "no step names a UI label, so there is nothing to line the steps up with"
        scores: list[tuple[int, int, int, float, str, Walk]] = []
        for family in self.families():
            # Which way an article describes is told as well by another product's walk in the
            # same language, when one was made already.
            probe = self.probe_of(main_walk(family).name) if self.probe_of else None
            walk = probe or self.walk_of(main_walk(family).name)
            unshown = [m for m in mentions if _find(m, _indexed(walk)) is None]
            found = len(mentions) - len(unshown)
            # Of two ways that show as many labels, the one that goes through no control more often
            # than the steps name it (`_surplus`), then the one that goes through the controls the
            # steps name (the card's Add Organizers, not the options icon's menu).
            surplus = _surplus(mentions, unshown, walk)
            used = sum(_find_used(m, _indexed(walk)) is not None for m in mentions)
            # Then the one whose controls are most like the labels shown nowhere (renamed ones).
            controls = [state.next_action.name for state in walk.states if state.next_action is not None]
            alike = sum(max((_likeness(normalize(m.text), name) for name in controls), default=0.0) for m in unshown)
            scores.append((found, -surplus, used, alike, family, walk))
        found, _, _, _, family, walk = max(scores, key=lambda item: (item[0], item[1], item[2], item[3]))
        if found < FITS * len(mentions):
            tried = "; ".join(
                f"{fam}: {n} of {len(mentions)}" + (f" (walk stopped {w.error})" if w.error else "")
                for n, _, _, _, fam, w in scores
            )
            return (
                None,
                None,
                f"the target offers no way through its UI that shows the labels of these steps ({tried})",
            )
        walk = self.walk_of(main_walk(family).name)  # the article's own product (a probe may be another's)
        self._as_shown(walk)
        signed_in = [set(state.elements) for state in walk.states if state.name != "sign_in"]
        chrome = frozenset(set.intersection(*signed_in)) if signed_in else frozenset()
        variants = [spec.name for spec in variant_walks(family)]
        return _Flow(walk, variants, self.walk_of, chrome), family, ""

    # --- lining up

    def _named(self) -> set[str]:
        """Every label the article names (what it calls things), for suggestions."""
        return {normalize(m.text) for ms in self.mentions.values() for m in ms}

    def _align(self, flow: _Flow, compared: dict[str, _Step]) -> None:
        main = _indexed(flow.main)
        pointer = 0
        previous: _Step | None = None
        aligned_steps: list[_Step] = []
        for part in self.article.parts:
            step = compared.get(part.id)
            if step is None:
                continue
            if part.kind == "step":
                pointer = self._align_step(step, flow, main, pointer, aligned_steps)
                aligned_steps.append(step)
                previous = step
            elif part.kind in BOXES and previous is not None:
                self._check_box(step, flow, main, previous)

    def _align_step(
        self,
        step: _Step,
        flow: _Flow,
        main: list[tuple[int, UiState]],
        pointer: int,
        before: list[_Step],
    ) -> int:
        """Line the step up from the pointer on, after the steps `before` it."""
        named = self._named()
        # The stop the last step that left a page through its control left: a label of that page
        # named now comes too late (two steps of one page swapped).
        left = next((other.left for other in reversed(before) if other.left is not None), None)
        early: list[tuple[Mention, _Hit]] = []
        conditional: list[tuple[Mention, _Hit]] = []
        anchors: list[_Hit] = []
        """Pages the step names that the walk is on from the pointer on (`on the Checkout page`)."""
        for mention in step.mentions:
            # Where the reader is now: past the page at the pointer once a step before this one
            # left it (only steps before: within one sentence a writer may name the page's last
            # control before what to review first, `click Next after choosing the plan`).
            here = pointer + 1 if left == pointer else pointer
            window = main[here : here + 2]
            # The control the walk itself used places a click best: a breadcrumb or a header may
            # show the same label on later pages too.
            used_later, used_before = _find_used(mention, main[here:]), _find_used(mention, main[:here])
            hit = used_later or (None if used_before else _find(mention, main[here:]))
            if hit is not None:
                pointer = hit.index
                self._confirm(step, mention, hit)
                if hit is used_later:
                    step.left = hit.index if step.left is None else max(step.left, hit.index)
                if mention.action == "look":
                    anchors.append(hit)
                continue
            earlier = used_before or _find(mention, main[:here])
            if earlier is not None:
                early.append((mention, earlier))
                self._confirm(step, mention, earlier, move=False)
                continue
            variant = _find_in_variants(mention, flow, window)
            if variant is not None and variant.walk is not None:
                if mention.alternatives:
                    self._confirm(step, mention, variant, move=False)
                else:
                    conditional.append((mention, variant))
                continue
            # What the UI shows instead is looked for past the sign-in page once a step before
            # this one was on it (it signed in: `Sign in to the Billing Center at …`), so a renamed
            # label of the first signed-in page is not "corrected" into the Sign In button.
            signed_in = here < len(main) and bool(before) and main[here][1].name == "sign_in"
            start = here + 1 if signed_in else here
            self._missing(step, mention, flow, main[start : start + 3] or main[-1:], named)
        for mention, variant in conditional:
            self._conditional(step, mention, variant)
        if not step.mentions:
            pointer = self._by_prose(step, flow, main, pointer)
        # A control of an earlier page named on a page the step itself names is in the wrong
        # place, not the step: `On the Checkout page, click Proceed to Checkout`.
        misplaced = [(m, hit) for m, hit in early if any(anchor.index > hit.index for anchor in anchors)]
        for mention, hit in misplaced:
            anchor = max(anchors, key=lambda a: a.index)
            self._misplaced(step, mention, hit, anchor.state, named)
        early = [(m, hit) for m, hit in early if (m, hit) not in misplaced]
        if early:
            self._out_of_order(step, early, before)
        if step.state is None and main:
            step.state = main[min(pointer, len(main) - 1)][1]
        return pointer

    def _confirm(self, step: _Step, mention: Mention, hit: _Hit, *, move: bool = True) -> None:
        if hit.case_only and not mention.described:
            step.findings.append(
                Finding(
                    "label_differs",
                    step.part.id,
                    f"The UI writes “{hit.label}” where the article writes “{mention.text}” (letter case).",
                    _replace(step.part.text, mention, hit.label),
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

    def _conditional(self, step: _Step, mention: Mention, hit: _Hit) -> None:
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

    def _missing(
        self, step: _Step, mention: Mention, flow: _Flow, window: list[tuple[int, UiState]], named: set[str]
    ) -> None:
        if flow.main.error and not window[1:]:
            step.broken = f"the walk stopped before this point ({flow.main.error})"
            return
        instead, state = _instead(mention, window, named - {normalize(mention.text)}, flow.chrome)
        where = f" “{state.title}”" if state is not None else ""
        # Without a variant walk, a label of another situation cannot be told from a renamed one.
        unwalked = [f"{variant.condition} ({variant.error})" for variant in flow.variants() if variant.error]
        caveat = (
            f" Not compared with the situations that could not be walked: {'; '.join(unwalked)}." if unwalked else ""
        )
        if instead is None:
            step.findings.append(
                Finding(
                    "label_missing",
                    step.part.id,
                    f"No element labelled “{mention.text}” at this point{where}, and none with a similar label."
                    + caveat,
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
                    _replace(step.part.text, mention, instead.name),
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
                f"No element labelled “{mention.text}” at this point; the page{where} {what} “{instead.name}”."
                + caveat,
                _replace(step.part.text, mention, instead.name),
                mention.text,
                instead.name,
                _where(state) if state else None,
            )
        )

    def _misplaced(self, step: _Step, mention: Mention, hit: _Hit, here: UiState, named: set[str]) -> None:
        offered = here.next_action
        if offered is None or normalize(offered.name) in named - {normalize(mention.text)}:
            offered, _ = _instead(mention, [(0, here)], named - {normalize(mention.text)})
        step.confirmed = [label for label in step.confirmed if label != hit.label]
        shown = f"; here the page offers the {offered.role} “{offered.name}”" if offered is not None else ""
        step.findings.append(
            Finding(
                "label_place",
                step.part.id,
                f"“{mention.text}” is on “{hit.state.title}”, not on “{here.title}”, where this step is{shown}.",
                _replace(step.part.text, mention, offered.name) if offered is not None else "Move the label.",
                mention.text,
                offered.name if offered is not None else None,
                _where(here),
            )
        )

    def _out_of_order(self, step: _Step, early: list[tuple[Mention, _Hit]], before: list[_Step]) -> None:
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

    def _by_prose(
        self, step: _Step, flow: _Flow, main: list[tuple[int, UiState]], pointer: int, *, move: bool = True
    ) -> int:
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

    @staticmethod
    def _anywhere(mention: Mention, flow: _Flow) -> _Hit | None:
        """A box explains another situation or goes back a page: any stop of any walk will do."""
        hit = _find(mention, _indexed(flow.main))
        for variant in flow.variants():
            if hit is not None:
                break
            hit = _find(mention, _indexed(variant), variant)
        return hit

    def _check_box(self, box: _Step, flow: _Flow, main: list[tuple[int, UiState]], step: _Step) -> None:
        start = step.first if step.first is not None else 0
        end = step.last if step.last is not None else start
        named = self._named()
        for mention in box.mentions:
            span = main[start : end + 1 + (1 if mention.sequence else 0)]
            hit = _find(mention, span) or _find_in_variants(mention, flow, span) or self._anywhere(mention, flow)
            if hit is not None:
                self._confirm(box, mention, hit, move=False)
                continue
            self._missing(box, mention, flow, main[start : end + 1] or main[-1:], named)
        if not box.mentions:
            self._by_prose(box, flow, main[start : end + 1], 0, move=False)
        if box.state is None:
            box.state = step.state

    # --- verdicts

    def _result(self, step: _Step, flow: _Flow | None, reason: str) -> StepResult:
        part = step.part
        urls = tuple(self.url_checks[url] for url, _ in extract_urls(part.text))
        url_findings = [finding for finding in map(partial(_url_finding, part), urls) if finding is not None]
        # A finding found twice (the same label compared in two walks) is reported once.
        findings_final = tuple({(f.kind, f.message, f.suggestion): f for f in [*step.findings, *url_findings]}.values())
        broken_urls = [check for check in urls if check.outcome == "broken"]
        in_steps = part.kind == "step" or (part.kind in BOXES and self.article.parts.index(part) > self.first_step)
        verdict: Verdict
        if broken_urls:
            verdict = "broken"
            summary = "; ".join(f"{check.url}: {check.detail}" for check in broken_urls)
        elif step.broken:
            verdict, summary = "broken", step.broken
        elif findings_final:
            verdict = "drift"
            summary = " ".join(finding.message for finding in findings_final)
        elif part.kind == "result":
            verdict = "nothing_to_check"
            summary = (
                "Describes what happens after the order, which this check never places (read-only); "
                "the scenarios verify it on the mock."
            )
        elif in_steps and flow is None and step.mentions:
            verdict, summary = "not_checkable", f"Not checkable: {reason}."
        elif step.confirmed or (urls and not step.mentions):
            verdict = "matches"
            shown = ", ".join(f"“{label}”" for label in dict.fromkeys(step.confirmed))
            parts = [f"The UI shows {shown} here" if shown else ""]
            parts += [f"{check.url} {check.outcome} ({check.detail})" for check in urls]
            summary = "; ".join(p for p in parts if p) + "."
        elif in_steps and flow is None:
            verdict, summary = "not_checkable", f"Not checkable: {reason}."
        else:
            verdict = "nothing_to_check"
            summary = "Names no UI label and no address; the screenshot shows where the walk is at this point."
        return StepResult(
            part_id=part.id,
            kind=part.kind,
            number=part.number,
            text=part.text,
            verdict=verdict,
            summary=summary,
            mentions=tuple(step.mentions),
            confirmed=tuple(dict.fromkeys(step.confirmed)),
            findings=findings_final,
            urls=urls,
            state=step.state if in_steps else None,
        )


def _product_names(part: ArticlePart, product: str) -> list[Finding]:
    """Where the part names the product with its first word but goes on otherwise
    (`GoToAssist Supporto remoto v5` for `GoToAssist Remote Support v5`)."""
    words = product.split()
    if len(words) < 2:
        return []
    findings = []
    for match in re.finditer(rf"(?<![\w/.]){re.escape(words[0])}(?![\w.-])", part.text):
        following = [word.rstrip(".,;:!?)") for word in part.text[match.start() :].split()[: len(words) + 1]]
        # The same first and last word around other words: the product's name, translated or
        # misspelt (a longer or shorter stretch is something else, e.g. "GoTo Produkt").
        sizes = [size for size in (len(words), len(words) + 1, len(words) - 1) if 2 <= size <= len(following)]
        written = next((" ".join(following[:size]) for size in sizes if following[size - 1] == words[-1]), None)
        if written is None or written == product or product_line(written) is not None:
            continue
        findings.append(
            Finding(
                "product_name",
                part.id,
                f"The article calls the product “{written}”; the Billing Center shows it as “{product}”.",
                f"Write “{product}” instead of “{written}”.",
                written,
                product,
            )
        )
    return findings


def _url_finding(part: ArticlePart, check: UrlCheck) -> Finding | None:
    if check.outcome == "redirects":
        return Finding(
            "url_redirects",
            part.id,
            f"{check.url} {check.detail}.",
            f"Link to {check.suggestion} instead." if check.suggestion else "Link to where it redirects.",
            check.url,
            check.suggestion,
        )
    if check.outcome == "broken":
        fix = f"Link to {check.suggestion} instead." if check.suggestion else "Remove the link or replace it."
        return Finding("url_broken", part.id, f"{check.url} fails: {check.detail}.", fix, check.url, check.suggestion)
    return None
