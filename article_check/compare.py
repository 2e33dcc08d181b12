"""Compares one article with the target's walks: a verdict and findings for each part.

It puts together the labels each part names (extract.py), the walk its steps describe (a family's,
choose.py, or one planned from the steps, planner.py and explore.py, when that shows more of the
controls they name: `_planned`), the steps lined up with that walk's stops (align.py, which suggests with suggest.py),
the prose's own findings (prose.py) and what its addresses do (urls.py), and gives each part its
verdict. Results describe what happens after the order, which the check never places. Paragraphs
outside the steps are checked for their addresses and their prose only, and so is the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property, partial

from billing_e2e.articles import Article, ArticlePart
from billing_e2e.domain import product_line
from pages import Vocabulary

from . import choose, planner, prose
from .align import BOXES, Step, align, own_wording_controls
from .choose import Flow, ProbeOf, WalkOf
from .extract import extract_mentions, extract_urls
from .matching import find, indexed, normalize, prefixes
from .model import ArticleResult, Finding, Mention, StepResult, UrlCheck, Verdict, Walk
from .walks import main_walk

PlanOf = Callable[[Sequence[planner.Intention]], Walk]
"""Makes (or returns the already made) walk planned from these intentions, for the article's
product and locale."""


def _as_place(mention: Mention, language: str) -> Mention:
    """A label that is another name of a place of the product (`Self Service Portal`, an older name
    of the Corporate Billing Portal) stands for the place: the reader is told to go there, so it is
    read as the place's name in the product's vocabulary, to look at (planner.py opens it), never
    as a control's label to correct."""
    place = planner.place_named(mention.text, language)
    if place is None:
        return mention
    label = Vocabulary.for_locale(language).get(place.label)
    if label is None or normalize(label).casefold() == normalize(mention.text).casefold():
        return mention
    return replace(mention, text=label, candidate=label, action="look", quoted=True)


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
        plan_of: PlanOf | None = None,
        unsourced: frozenset[str] = frozenset(),
    ) -> None:
        self.article = article
        self.unsourced = unsourced
        """The target's labels whose wording no article gives (the mock's own: `Flow.unsourced`)."""
        article = self.article
        self.plan_of = plan_of
        self.planned_walk: Walk | None = None
        """The walk planned from the steps, once made (used or not)."""
        self.choice = choice
        self.product = choice.product if choice is not None else None
        self.walk_of = walk_of
        self.probe_of = probe_of
        self.url_checks = url_checks
        self.unavailable = unavailable
        self.product_mentions: set[tuple[str, int]] = set()
        """(part, offset) of the labels that name the article's product."""
        self.mentions = {
            part.id: [
                self._as_walked(_as_place(m, article.language))
                for m in extract_mentions(part, article.language)
                if not _cut_off(article, part, m)
            ]
            for part in article.parts
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
            *prose.missing_address_findings(part, language),
        ]
        choice = self.choice
        if choice is not None:
            findings += prose.product_findings(part, choice, part is self._names_product())
            if prose.is_general(self.article) and not choice.stand_in:
                findings += prose.scope_findings(part, choice)
            findings += prose.translated_name_findings(part, choice)
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
        if flow is not None:
            flow.unsourced = self.unsourced
        rows = self._rows()
        compared: dict[str, Step] = {part.id: Step(part, self.mentions.get(part.id, [])) for part in rows}
        if flow is not None:
            align(self.article.parts, flow, compared, self._named())
        for step in compared.values():
            step.findings.extend(self.prose[step.part.id])
        results = tuple(self._result(compared[part.id], flow, reason) for part in rows)
        urls = tuple(self.url_checks[url] for part in self.article.parts for url, _ in extract_urls(part.text))
        walks: tuple[Walk, ...] = (flow.main, *flow.walked) if flow is not None else ()
        description = reason
        if flow is not None and flow_name is not None:
            description = flow.main.description if flow_name == flow.main.name else main_walk(flow_name).description
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
        flow = None
        if family is not None:
            walk = self.walk_of(main_walk(family).name)  # the article's own product (a probe may be another's)
            flow = choose.plan(family, walk, self.walk_of)
        planned = self._planned(flow)
        if planned is not None:
            return planned, planned.main.name, ""
        if flow is None or family is None:
            # What the walk planned from the steps met says where the product has no way.
            whys = dict.fromkeys(why for _, why in self.planned_walk.unreached) if self.planned_walk else {}
            return None, None, reason + "".join(f"; {why}" for why in whys)
        self._as_shown(flow.main)
        return flow, family, ""

    def intentions(self) -> list[planner.Intention]:
        """The steps read as intentions (planner.py)."""
        return planner.intentions(self.article, self.mentions)

    def may_plan(self) -> bool:
        """Whether a walk planned from the steps is worth starting early: they name a control the
        vocabulary does not know."""
        return self.plan_of is not None and planner.names_unknown_control(self._step_mentions(), self.article.language)

    def _planned(self, flow: Flow | None) -> Flow | None:
        """The flow of the walk planned from the steps (planner.py, explore.py), when the steps
        name a control the chosen family's walks (main and variants) do not show and the planned
        walk shows more of the controls the steps name than they do; else None (the family's flow)."""
        if self.plan_of is None or self.walk_of is None:
            return None
        mentions = self._step_mentions()
        walks = [flow.main, *flow.variants()] if flow is not None else []

        def shown(among: Sequence[Mention], ways: Sequence[Walk]) -> int:
            # A label the planned walk went on for by a control in the target's own wording is shown.
            return sum(
                any(find(m, indexed(way)) is not None or own_wording_controls(m, way, self.unsourced) for way in ways)
                for m in among
            )

        # Of alternatives (`Add Organizers or Add Agents`), the one the product offers is enough.
        clicks = [m for m in mentions if m.action != "look"]
        offered = {(m.part_id, m.alternatives) for m in clicks if m.alternatives and shown([m], walks)}
        if walks and all(shown([m], walks) or (m.part_id, m.alternatives) in offered for m in clicks):
            return None
        walk = self.planned_walk = self.plan_of(self.intentions())
        widened = {part_id: [self._widened(m, walk) for m in ms] for part_id, ms in self.mentions.items()}
        steps = {part.id for part in self.article.parts if part.kind == "step"}
        planned_clicks = [m for part_id, ms in widened.items() if part_id in steps for m in ms if m.action != "look"]
        # The controls decide: any walk shows the pages around them (the sign-in page's title).
        if shown(planned_clicks, [walk]) <= shown(clicks, walks):
            return None
        self.mentions = widened
        return choose.planned(walk, self.walk_of)

    def _widened(self, mention: Mention, walk: Walk) -> Mention:
        """The mention with the step's text after it up to a control the walk shows (`Yes` → `Yes,
        Cancel`: the reader stopped the label at its comma)."""
        if mention.action == "look":
            return mention
        text = self.article.part(mention.part_id).text
        names = {normalize(element.name) for state in walk.states for element in state.elements}
        longer = [label for label in planner.widened_labels(mention, text) if label in names]
        own = set(prefixes(mention))
        if not longer or longer[0] in own:
            return mention
        return replace(mention, candidate=longer[0])

    def _named(self) -> set[str]:
        """Every label the article names (what it calls things), for suggestions."""
        return {normalize(m.text) for ms in self.mentions.values() for m in ms}

    # --- verdicts

    def _result(self, step: Step, flow: Flow | None, reason: str) -> StepResult:
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
        elif step.unchecked:
            verdict = "not_checkable"
            shown = ", ".join(f"“{label}”" for label in dict.fromkeys(step.confirmed))
            summary = f"Not checkable: {'; '.join(dict.fromkeys(step.unchecked))}." + (
                f" The UI shows {shown} here." if shown else ""
            )
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
        elif part.kind == "step" and flow is None:
            # A box that names no label and no address has nothing to check, with or without a way.
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


def _cut_off(article: Article, part: ArticlePart, mention: Mention) -> bool:
    """The label ends the article's text inside a word (a stored article cut after so many
    characters: `4. Rivedi il Riepi`, of Riepilogo ordine): what the article says there is unknown,
    so it is not compared. Told by the text ending with no sentence end on a word that only begins
    a word of the UI's labels in the article's language."""
    text = part.text.rstrip()
    if part is not article.parts[-1] or mention.quoted or not text or not text[-1].isalnum():
        return False
    if part.text.find(mention.text, mention.start) + len(mention.text) < len(text):
        return False
    last = mention.text.split()[-1].casefold()
    vocab = Vocabulary.for_locale(article.language)
    words = {word.casefold() for key in vocab for word in re.findall(r"\w+", vocab[key])}
    return last not in words and any(word.startswith(last) for word in words)


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
