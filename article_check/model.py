"""The data of an article check: what the article names, what the UI showed, and the verdicts.

Everything here is plain data (frozen dataclasses of strings, numbers and lists), so a check's
result is written to JSON with `dataclasses.asdict` and read back by the report and by CI.

Vocabulary used throughout:

- a *mention* is a UI label the article tells the reader to click, select or look at, as the
  article writes it (`Effettua ordine`, `„Abrechnung”`, `Icona Opzioni` → `Opzioni`);
- a *walk* is one way through the target's UI made with the harness's page objects (edit a
  subscription, add one, ...); each stop on the way is a *state*: the page as the browser showed
  it, with its screenshot and every role and accessible name the page offered;
- a *finding* is one difference between the article and the UI, with a suggested fix;
- a *verdict* sums up a step: it matches, drifts (findings with suggestions), is broken (a link
  fails, or the walk could not get there), or is not checkable on this target (and why).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Action = Literal["click", "select", "look"]
"""What the article tells the reader to do with a label: click it, choose it (an option, a radio,
a product), or look at it (a page, a section, a field)."""

Verdict = Literal["matches", "drift", "broken", "not_checkable", "nothing_to_check", "not_checked", "check_error"]
"""A step's verdict. `nothing_to_check`: the step names no UI label and no address, so nothing in
it can be compared with the UI (the walk still shows where it is at that point).

Two verdicts are only an article's (`ArticleResult.article_verdict`): `not_checked`, the article
is written in a language the check has no vocabulary for (said once for the article, not per
sentence); `check_error`, the check could not read the article's steps (an error of the check,
never a pass). An article may also be `not_checkable` as a whole: it has no steps because its way
goes through support (`steps.support_way`), which it says."""

FindingKind = Literal[
    "label_differs",  # the UI shows another label where the article names this one
    "label_conditional",  # the label exists only in another situation (e.g. only when the cart has items)
    "label_missing",  # no element with this label, and nothing similar to suggest
    "wrong_order",  # the label appears in the flow before the previous step's
    "label_place",  # the UI has the label, but not at this point (a page's title, the previous page's button)
    "product_name",  # the article names the product otherwise than the UI does
    "url_redirects",  # the address answers with a redirect to another host or path
    "url_broken",  # the address fails (4xx, 5xx, no answer)
    "product_not_sold",  # the target does not sell the article's product: checked with one of its kind
    "scope",  # a general article names one product where it means any
    "foreign_language",  # a sentence in another language than the article's
    "old_brand",  # the company's old name (LogMeIn) or the brand written otherwise in prose
    "legacy_host",  # a LogMeIn-era host of a GoTo service
    "address_missing",  # a service's name and "at", with no address after it
    "version_differs",  # another language version of the article has a step this one lacks, or another order
]

IntentionKind = Literal["open", "click", "select", "fill", "review"]
"""What a step asks the reader to do: open an address, click or select a named control, fill a
named field, review a named page (or section, or anything else it names to look at)."""

UrlOutcome = Literal["answers", "redirects", "broken", "not_checkable"]

ARTICLE_VERDICTS: tuple[Verdict, ...] = ("not_checked", "check_error")
"""The verdicts only an article has (`ArticleResult.article_verdict`), never a step."""

VERDICT_ORDER: tuple[Verdict, ...] = (
    "check_error",
    "broken",
    "drift",
    "not_checkable",
    "not_checked",
    "matches",
    "nothing_to_check",
)
"""From worst to best: an article's or a run's overall verdict is the worst of its steps'. A part
that names nothing (a note) does not turn an article whose steps match into "nothing to check":
that verdict is an article's only when none of its parts could be compared."""


@dataclass(frozen=True)
class Mention:
    """A UI label an article part names.

    `text` is the label as the article writes it, without the role word around it
    (`Icona Opzioni` → `Opzioni`, `nella pagina Completa transazione` → `Completa transazione`) and
    without quotes. `candidate` is the longest stretch of article text that may be the label:
    when the article gives no quotes or punctuation, the label's end is not sure
    (`Fai clic Abbonati ora acquistare una ...`), and the comparison takes the longest prefix of
    `candidate` (in whole words) that the UI shows; `text` is the extractor's best guess for the
    case where no prefix is shown.
    """

    text: str
    candidate: str
    action: Action
    part_id: str
    start: int
    """Offset of the label in the part's text."""
    quoted: bool = False
    """The article put the label in quotes: its end is sure, `candidate == text`."""
    role_hint: str | None = None
    """A role word the article used: icon, button, page, option, field, menu, link, tab."""
    sequence: int = 0
    """Labels joined by `>` (`Aggiungi al carrello > Completa la transazione`) share a sequence
    number > 0 and are clicked in this order; 0: not part of such a sequence."""
    alternatives: int = 0
    """Labels offered as alternatives (`Kaufen ... oder Testen`, `Monthly or Annual`) share a
    number > 0; 0: not an alternative."""
    described: bool = False
    """The article describes the element in lower case prose (`l'icona delle opzioni`): a
    difference in letter case is not a finding."""
    gloss: bool = False
    """The label before it given again in brackets, in another language (`Add New Subscription
    (Ajouter un nouvel abonnement)`): one label named twice, an alternative of it (`alternatives`)
    whose absence is told once, by the label it glosses."""


@dataclass(frozen=True)
class Intention:
    """One thing a step asks the reader to do, in the step's order (`steps.intentions`)."""

    kind: IntentionKind
    target: str
    """The label as the article writes it (without quotes or role word), or the address."""
    part_id: str
    start: int
    """Offset in the part's text."""
    mention: Mention | None = None
    """The label as the reader read it (its candidate, role, alternatives); None for an address."""


@dataclass(frozen=True)
class UiElement:
    """An element a page offered: its ARIA role and accessible name (or text, for role `text`)."""

    role: str
    name: str


@dataclass(frozen=True)
class UiState:
    """One stop of a walk: what the browser showed."""

    walk: str
    name: str
    """What this stop is, the same in every walk: sign_in, billing_center, options_menu, edit,
    cart, checkout, wizard_start, wizard_product, wizard_plan, wizard_confirm, ..."""
    title: str
    """The page's level-1 heading."""
    url: str
    elements: tuple[UiElement, ...]
    screenshot: str | None = None
    """Path of the screenshot, relative to the report folder."""
    next_action: UiElement | None = None
    """The control the walk used (or, read-only, would have used) to leave this state."""
    not_clicked: bool = False
    """`next_action` buys or starts something, so the walk did not click it."""


@dataclass(frozen=True)
class Walk:
    """A way through the UI and the states it passed; `error` says where and why it stopped early."""

    name: str
    description: str
    condition: str | None
    """For a variant walk, the situation it shows (`the cart already holds items`); None for a main walk."""
    states: tuple[UiState, ...]
    error: str | None = None
    product: str | None = None
    """The product the walk was made with (articles of other products of the same language share it)."""
    unreached: tuple[tuple[str, str], ...] = ()
    """For a walk planned from an article (planner.py): (label, why) for each label its steps name
    that the walk could not show (no page it could reach offers it, or it comes after a control
    the walk does not press): those steps are not checkable on this target."""
    elsewhere: tuple[tuple[str, str], ...] = ()
    """For a walk planned from an article: (label, address) for each label its steps name on the
    page of an address the target does not answer for (explore.py `Outcome.elsewhere`)."""
    renamed: tuple[tuple[str, str], ...] = ()
    """For a walk planned from an article: (label, control) for each label its steps name that no
    page offered, for which the walk went on by the control most alike (explore.py `Outcome.renamed`)."""


@dataclass(frozen=True)
class UrlCheck:
    """What an address the article names does on the target."""

    url: str
    requested: str
    """What the check opened (on the bundled mock: the same host and path on the mock's port)."""
    outcome: UrlOutcome
    status: int | None = None
    final_url: str | None = None
    detail: str = ""
    suggestion: str | None = None


@dataclass(frozen=True)
class Finding:
    """One difference between the article and the UI, with what to write instead."""

    kind: FindingKind
    part_id: str
    message: str
    suggestion: str
    article_text: str
    """What the article says (the label or the address)."""
    ui_text: str | None = None
    """What the UI shows instead, where there is one."""
    state: str | None = None
    """The state (walk/name) where the UI was compared."""


@dataclass(frozen=True)
class StepResult:
    """The verdict on one part of an article (a numbered step or a box attached to one)."""

    part_id: str
    kind: str
    number: int | None
    text: str
    verdict: Verdict
    summary: str
    """One sentence for the writer: what was compared and what came out."""
    mentions: tuple[Mention, ...] = ()
    confirmed: tuple[str, ...] = ()
    """Labels of the article the UI shows at that point."""
    findings: tuple[Finding, ...] = ()
    urls: tuple[UrlCheck, ...] = ()
    state: UiState | None = None
    """Where the walk was for this step (its screenshot is the step's screenshot)."""


@dataclass(frozen=True)
class ArticleResult:
    """The check of one article on one target, in the article's language."""

    number: str
    path: str
    language: str
    title: str
    product: str | None
    """The target's product the article was checked with."""
    flow: str | None
    """The walk the steps were compared with; None when no walk fits (steps not checkable)."""
    flow_description: str
    steps: tuple[StepResult, ...]
    urls: tuple[UrlCheck, ...]
    walks: tuple[Walk, ...] = ()
    error: str | None = None
    """Why the article could not be checked at all (unreadable file, ...)."""
    article_verdict: Verdict | None = None
    """A verdict on the whole article: `not_checked` (a language without vocabulary: its steps then
    hold only what was still found, a sentence in a language the check reads) or `check_error` (no
    step could be read); None for an article checked step by step."""
    article_summary: str = ""
    """Why, in one sentence for the writer (`Written in French; …: not checked.`)."""
    notes: tuple[str, ...] = ()
    """What the check found about the target rather than the article (the product shown by a name
    it had before)."""

    @property
    def verdict(self) -> Verdict:
        if self.error:
            return "broken"
        verdicts = [step.verdict for step in self.steps]
        return worst([self.article_verdict, *verdicts] if self.article_verdict else verdicts)

    @property
    def findings(self) -> list[Finding]:
        return [finding for step in self.steps for finding in step.findings]


@dataclass(frozen=True)
class CheckRun:
    """One run of `billing-e2e articles check`."""

    target: str
    """`mock` or the live target's address."""
    started: str
    """ISO 8601 time the run started."""
    articles: tuple[ArticleResult, ...]
    read_only: bool = True
    options: dict[str, str] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return [finding for article in self.articles for finding in article.findings]


def worst(verdicts: Iterable[Verdict]) -> Verdict:
    """The worst of these verdicts (`matches` for none)."""
    seen = set(verdicts)
    for verdict in VERDICT_ORDER:
        if verdict in seen:
            return verdict
    return "matches"
