"""Lines an article's steps up with a walk through the UI and gives each a verdict.

The numbered steps are read in order with a pointer into the main walk's stops. Each label a step
names is looked for from the pointer on (matching.py: in whole words of its candidate text, longest first; a
label to click or select only among controls), and the pointer moves to the stop that shows it:

- found from the pointer on: confirmed;
- found only before the pointer: the step is out of order (the product shows it earlier); so is a
  label found only on the page an earlier step left through the control the walk leaves it by
  (two steps of one page swapped: `Click Proceed to Checkout`, then `Select the licenses`);
- found only in a variant walk at the same place (`the cart already holds items`): confirmed when
  the article offers it as an alternative or in a box (a conditional note), otherwise the step
  presents a conditional label as the only way (`label_conditional`);
- found nowhere: `label_differs` with the label the UI shows there instead (suggest.py);
  `label_missing` when there is none.

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

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from billing_e2e.domain import product_line
from traceability.articles import Article, ArticlePart

from . import choose, prose
from .choose import Flow, ProbeOf, WalkOf
from .extract import extract_mentions, extract_urls
from .matching import PROSE_MAX_WORDS, TITLE_ROLES, Hit, find, find_used, indexed, normalize, prefixes
from .model import ArticleResult, Finding, Mention, StepResult, UiState, UrlCheck, Verdict, Walk
from .suggest import rewrite, shown_instead
from .walks import main_walk

BOXES = frozenset({"note", "tip", "troubleshooting", "warning"})


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
        for label in prefixes(mention):
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
        steps_text = " ".join(part.text for part in self.article.parts if part.kind == "step")
        return choose.families(mentions, steps_text, self.article.language)

    def _choose_flow(self) -> tuple[Flow | None, str | None, str]:
        if self.unavailable is not None or self.walk_of is None:
            return None, None, self.unavailable or "no walk available"
        mentions = self._step_mentions()
        if not mentions:
            return None, None, "no step names a UI label, so there is nothing to line the steps up with"
        family, reason = choose.choose_family(mentions, self.families(), self.walk_of, self.probe_of)
        if family is None:
            return None, None, reason
        walk = self.walk_of(main_walk(family).name)  # the article's own product (a probe may be another's)
        self._as_shown(walk)
        return choose.plan(family, walk, self.walk_of), family, ""

    # --- lining up

    def _named(self) -> set[str]:
        """Every label the article names (what it calls things), for suggestions."""
        return {normalize(m.text) for ms in self.mentions.values() for m in ms}

    def _align(self, flow: Flow, compared: dict[str, _Step]) -> None:
        main = indexed(flow.main)
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
        flow: Flow,
        main: list[tuple[int, UiState]],
        pointer: int,
        before: list[_Step],
    ) -> int:
        """Line the step up from the pointer on, after the steps `before` it."""
        named = self._named()
        # The stop the last step that left a page through its control left: a label of that page
        # named now comes too late (two steps of one page swapped).
        left = next((other.left for other in reversed(before) if other.left is not None), None)
        early: list[tuple[Mention, Hit]] = []
        conditional: list[tuple[Mention, Hit]] = []
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
                self._confirm(step, mention, hit)
                if hit is used_later:
                    step.left = hit.index if step.left is None else max(step.left, hit.index)
                if mention.action == "look":
                    anchors.append(hit)
                continue
            earlier = used_before or find(mention, main[:here])
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

    def _confirm(self, step: _Step, mention: Mention, hit: Hit, *, move: bool = True) -> None:
        if hit.case_only and not mention.described:
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

    def _conditional(self, step: _Step, mention: Mention, hit: Hit) -> None:
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
        self, step: _Step, mention: Mention, flow: Flow, window: list[tuple[int, UiState]], named: set[str]
    ) -> None:
        if flow.main.error and not window[1:]:
            step.broken = f"the walk stopped before this point ({flow.main.error})"
            return
        instead, state = shown_instead(mention, window, named - {normalize(mention.text)}, flow.chrome)
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
                f"No element labelled “{mention.text}” at this point; the page{where} {what} “{instead.name}”."
                + caveat,
                rewrite(step.part.text, mention, instead.name),
                mention.text,
                instead.name,
                _where(state) if state else None,
            )
        )

    def _misplaced(self, step: _Step, mention: Mention, hit: Hit, here: UiState, named: set[str]) -> None:
        offered = here.next_action
        if offered is None or normalize(offered.name) in named - {normalize(mention.text)}:
            offered, _ = shown_instead(mention, [(0, here)], named - {normalize(mention.text)})
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

    def _out_of_order(self, step: _Step, early: list[tuple[Mention, Hit]], before: list[_Step]) -> None:
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
        self, step: _Step, flow: Flow, main: list[tuple[int, UiState]], pointer: int, *, move: bool = True
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
    def _anywhere(mention: Mention, flow: Flow) -> Hit | None:
        """A box explains another situation or goes back a page: any stop of any walk will do."""
        hit = find(mention, indexed(flow.main))
        for variant in flow.variants():
            if hit is not None:
                break
            hit = find(mention, indexed(variant), variant)
        return hit

    def _check_box(self, box: _Step, flow: Flow, main: list[tuple[int, UiState]], step: _Step) -> None:
        start = step.first if step.first is not None else 0
        end = step.last if step.last is not None else start
        named = self._named()
        for mention in box.mentions:
            span = main[start : end + 1 + (1 if mention.sequence else 0)]
            hit = find(mention, span) or _find_in_variants(mention, flow, span) or self._anywhere(mention, flow)
            if hit is not None:
                self._confirm(box, mention, hit, move=False)
                continue
            self._missing(box, mention, flow, main[start : end + 1] or main[-1:], named)
        if not box.mentions:
            self._by_prose(box, flow, main[start : end + 1], 0, move=False)
        if box.state is None:
            box.state = step.state

    # --- verdicts

    def _result(self, step: _Step, flow: Flow | None, reason: str) -> StepResult:
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
