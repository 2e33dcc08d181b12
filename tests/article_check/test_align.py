"""Lining an article's steps up with the stops of its walk (`article_check.align`), on hand-made walks.

Each test is a short English article about the edit walk (sign in, the options icon, Edit
Subscription, Proceed to Checkout, the Checkout page) with one thing to find: a renamed button
(after signing in, too), two steps swapped, a label of a page an earlier step left, a label only
another situation shows, a difference in letter case, a control named on a page after its own, a
page title named as a control, a box about another situation, a step that names no label, a walk
that stopped early.
"""

from __future__ import annotations

import pytest

from article_check.align import Step, align, own_wording_controls
from article_check.choose import Flow
from article_check.model import Finding, Mention, UiElement, UiState, Walk
from billing_e2e.articles import ArticlePart

from .handmade import EDIT, EDIT_CART, HEADER, WALKS, mention, part

pytestmark = pytest.mark.unit

SIGN_IN = part(1, "Sign in to the Billing Center.")
OPTIONS = part(2, "Click the Options icon, then click Edit Subscription.")
PROCEED = part(3, "Click Proceed to Checkout.")
PLACE = part(4, "Click Place Order.")
FAITHFUL: dict[ArticlePart, list[Mention]] = {
    SIGN_IN: [mention(SIGN_IN, "Billing Center", "look")],
    OPTIONS: [mention(OPTIONS, "Options"), mention(OPTIONS, "Edit Subscription")],
    PROCEED: [mention(PROCEED, "Proceed to Checkout")],
    PLACE: [mention(PLACE, "Place Order")],
}


def aligned(
    article: dict[ArticlePart, list[Mention]], main: Walk = EDIT, variants: tuple[str, ...] = ("edit_cart",)
) -> dict[str, Step]:
    """The steps of the article (parts in order, with their mentions) aligned with `main` and the
    hand-made variant walks."""
    flow = Flow(main, list(variants), WALKS.__getitem__, frozenset(HEADER))
    compared = {part.id: Step(part, mentions) for part, mentions in article.items()}
    named = {m.text for mentions in article.values() for m in mentions}
    align(list(article), flow, compared, named)
    return compared


def with_part(changed: ArticlePart, mentions: list[Mention]) -> dict[ArticlePart, list[Mention]]:
    """The faithful article with the part of `changed`'s number written otherwise."""
    article = {p: ms for p, ms in FAITHFUL.items() if p.number != changed.number} | {changed: mentions}
    return dict(sorted(article.items(), key=lambda item: item[0].number or 0))


def with_step(number: int, text: str, *labels: str, look: tuple[str, ...] = ()) -> dict[ArticlePart, list[Mention]]:
    """The faithful article with step `number` written otherwise: its labels to click, but `look`."""
    changed = part(number, text)
    return with_part(changed, [mention(changed, label, "look" if label in look else "click") for label in labels])


def findings(steps: dict[str, Step]) -> list[Finding]:
    return [finding for step in steps.values() for finding in step.findings]


def test_a_faithful_article_confirms_every_label_at_its_stop() -> None:
    steps = aligned(FAITHFUL)
    assert findings(steps) == []
    assert {part_id: step.confirmed for part_id, step in steps.items()} == {
        "1.1": ["Billing Center"],
        "1.2": ["Options", "Edit Subscription"],
        "1.3": ["Proceed to Checkout"],
        "1.4": ["Place Order"],
    }
    stops = {part_id: step.state.name if step.state else None for part_id, step in steps.items()}
    assert stops == {"1.1": "sign_in", "1.2": "options_menu", "1.3": "edit", "1.4": "checkout"}


def test_a_renamed_button_is_told_with_the_control_the_walk_goes_on_with() -> None:
    steps = aligned(with_step(3, "Click Continue to Checkout.", "Continue to Checkout"))
    assert findings(steps) == [
        Finding(
            "label_differs",
            "1.3",
            "No element labelled “Continue to Checkout” at this point; the page “Edit Subscription: GoTo Webinar” "
            "shows the button “Proceed to Checkout”.",
            "Click Proceed to Checkout.",
            "Continue to Checkout",
            "Proceed to Checkout",
            "edit/edit",
        )
    ]


def test_a_renamed_label_after_signing_in_is_not_told_to_be_the_sign_in_button() -> None:
    # Step 1 signed in: the reader is past the sign-in page, where the pointer still is.
    steps = aligned(
        with_step(2, "Click the Choices icon, then click Edit Subscription.", "Choices", "Edit Subscription")
    )
    assert [(f.kind, f.message, f.suggestion, f.state) for f in findings(steps)] == [
        (
            "label_differs",
            "No element labelled “Choices” at this point; the page “Billing Center” shows the button “Options”.",
            "Click the Options icon, then click Edit Subscription.",
            "edit/billing_center",
        )
    ]


def test_a_situation_that_could_not_be_walked_is_named_with_a_missing_label() -> None:
    unwalked = Walk("edit_cart", "", "the cart already holds items", (), error="at the cart: timeout")
    article = with_step(3, "Click Continue to Checkout.", "Continue to Checkout")
    flow = Flow(EDIT, ["edit_cart"], {"edit_cart": unwalked}.__getitem__, frozenset(HEADER))
    steps = {p.id: Step(p, ms) for p, ms in article.items()}
    align(list(article), flow, steps, {"Continue to Checkout"})
    (finding,) = findings(steps)
    assert finding.message.endswith(
        " Not compared with the situations that could not be walked: "
        "the cart already holds items (at the cart: timeout)."
    )


def test_steps_swapped_are_in_the_wrong_order() -> None:
    article = {
        SIGN_IN: FAITHFUL[SIGN_IN],
        (second := part(2, "Click Proceed to Checkout.")): [mention(second, "Proceed to Checkout")],
        (third := part(3, "Click the Options icon, then click Edit Subscription.")): [
            mention(third, "Options"),
            mention(third, "Edit Subscription"),
        ],
    }
    steps = aligned(article)
    assert [(f.kind, f.part_id, f.message, f.suggestion) for f in findings(steps)] == [
        (
            "wrong_order",
            "1.3",
            "“Options”, “Edit Subscription” comes earlier in the product (“Billing Center”) "
            "than the steps before this one.",
            "Move step 3 before step 2.",
        )
    ]


def test_a_label_of_a_page_an_earlier_step_left_comes_too_late() -> None:
    # Two steps of one page swapped: the plan is chosen after the page was left for the checkout.
    monthly = part(4, "Select Monthly.")
    steps = aligned(with_part(monthly, [mention(monthly, "Monthly", "select")]))
    assert [(f.kind, f.part_id, f.message, f.suggestion) for f in findings(steps)] == [
        (
            "wrong_order",
            "1.4",
            "“Monthly” is on “Edit Subscription: GoTo Webinar”, which step 3 already leaves through "
            "“Proceed to Checkout”.",
            "Move step 4 before step 3.",
        )
    ]


def test_a_label_only_another_situation_shows_is_conditional_unless_offered_as_an_alternative() -> None:
    steps = aligned(with_step(3, "Click Add to Cart.", "Add to Cart"))
    assert [(f.kind, f.part_id, f.message, f.suggestion, f.state) for f in findings(steps)] == [
        (
            "label_conditional",
            "1.3",
            "“Add to Cart” appears at this point only when the cart already holds items.",
            "Say that “Add to Cart” appears only when the cart already holds items.",
            "edit_cart/edit",
        )
    ]
    either = part(3, "Click Proceed to Checkout or Add to Cart.")
    alternatives = [
        mention(either, "Proceed to Checkout", alternatives=1),
        mention(either, "Add to Cart", alternatives=1),
    ]
    steps = aligned(with_part(either, alternatives))
    assert findings(steps) == []
    assert steps["1.3"].confirmed == ["Proceed to Checkout", "Add to Cart"]


def test_a_label_in_other_letter_case_is_told_unless_the_article_describes_the_element() -> None:
    steps = aligned(with_step(4, "Click Place order.", "Place order"))
    assert [(f.kind, f.message, f.suggestion, f.ui_text) for f in findings(steps)] == [
        (
            "label_differs",
            "The UI writes “Place Order” where the article writes “Place order” (letter case).",
            "Click Place Order.",
            "Place Order",
        )
    ]
    described = part(2, "Click the options icon, then click Edit Subscription.")
    steps = aligned(
        with_part(described, [mention(described, "options", described=True), mention(described, "Edit Subscription")])
    )
    assert findings(steps) == []
    assert steps["1.2"].confirmed == ["Options", "Edit Subscription"]


def test_a_control_named_on_a_page_after_its_own_is_in_the_wrong_place() -> None:
    article = with_step(
        3, "On the Checkout page, click Proceed to Checkout.", "Checkout", "Proceed to Checkout", look=("Checkout",)
    )
    del article[PLACE]
    assert [(f.kind, f.part_id, f.message, f.suggestion, f.ui_text) for f in findings(aligned(article))] == [
        (
            "label_place",
            "1.3",
            "“Proceed to Checkout” is on “Edit Subscription: GoTo Webinar”, not on “Checkout”, where this step is; "
            "here the page offers the button “Place Order”.",
            "On the Checkout page, click Place Order.",
            "Place Order",
        )
    ]
    # What the page offers there is the suggestion even where the article names it in a later step
    # (step 4: Place Order): a label in the wrong place names the control the page really offers.
    steps = aligned(
        with_step(
            3, "On the Checkout page, click Proceed to Checkout.", "Checkout", "Proceed to Checkout", look=("Checkout",)
        )
    )
    assert [(f.kind, f.message, f.suggestion, f.ui_text) for f in findings(steps)] == [
        (
            "label_place",
            "“Proceed to Checkout” is on “Edit Subscription: GoTo Webinar”, not on “Checkout”, where this step is; "
            "here the page offers the button “Place Order”.",
            "On the Checkout page, click Place Order.",
            "Place Order",
        )
    ]


def test_a_page_title_named_as_a_control_is_in_the_wrong_place() -> None:
    steps = aligned(with_step(3, "Click Checkout.", "Checkout"))
    assert [(f.kind, f.message, f.suggestion, f.state) for f in findings(steps)] == [
        (
            "label_place",
            "“Checkout” is the title of the page “Checkout”, not a control to click; the page offers the button "
            "“Proceed to Checkout”.",
            "Click Proceed to Checkout.",
            "edit/checkout",
        )
    ]


def test_a_box_is_compared_with_its_steps_stops_and_the_other_situations() -> None:
    note = part(3, "If your cart already holds items, click Add to Cart instead.", "note")
    article = {**FAITHFUL, note: [mention(note, "Add to Cart")]}
    order = [SIGN_IN, OPTIONS, PROCEED, note, PLACE]
    steps = aligned({p: article[p] for p in order})
    assert findings(steps) == []
    assert steps["1.note-3"].confirmed == ["Add to Cart"]
    assert steps["1.note-3"].state is EDIT_CART.states[3]  # its screenshot shows the situation it is about


def test_a_step_that_names_no_label_goes_by_the_labels_its_prose_contains() -> None:
    review = part(3, "Review the order summary, then go on.")
    article = {SIGN_IN: FAITHFUL[SIGN_IN], OPTIONS: FAITHFUL[OPTIONS], review: []}
    steps = aligned(article)
    assert (steps["1.3"].confirmed, steps["1.3"].findings) == (["Order Summary"], [])
    assert steps["1.3"].state is EDIT.states[3]
    nothing = part(3, "Choose how many licenses you need.")
    steps = aligned({SIGN_IN: FAITHFUL[SIGN_IN], OPTIONS: FAITHFUL[OPTIONS], nothing: []})
    assert (steps["1.3"].confirmed, steps["1.3"].state) == ([], EDIT.states[3])  # the next stop


def test_a_step_past_where_the_walk_stopped_is_broken() -> None:
    stopped = Walk("edit", "", None, EDIT.states[:2], error="no Options icon on the Billing Center page")
    steps = aligned(FAITHFUL, stopped, variants=())
    broken = "the walk stopped before this point (no Options icon on the Billing Center page)"
    assert [(step.broken, step.confirmed) for step in steps.values()] == [
        (None, ["Billing Center"]),
        (broken, ["Options"]),  # Edit Subscription is past the last stop
        (broken, []),
        (broken, []),
    ]
    assert findings(steps) == []


def test_alternatives_the_ui_does_not_show_are_no_finding_when_it_shows_one_of_them() -> None:
    changed = part(3, "Click Proceed to Checkout or Send to Cart or Buy Later.")
    offered = [mention(changed, label, alternatives=1) for label in ("Proceed to Checkout", "Send to Cart")]
    steps = aligned(with_part(changed, offered))
    assert findings(steps) == []
    assert steps[changed.id].confirmed == ["Proceed to Checkout"]
    # None of them shown: each is a finding, as any label would be.
    unshown = [mention(changed, label, alternatives=1) for label in ("Send to Cart", "Buy Later")]
    assert {f.article_text for f in findings(aligned(with_part(changed, unshown)))} == {"Send to Cart", "Buy Later"}


def test_a_label_the_planned_walk_followed_in_the_targets_own_wording_is_no_finding() -> None:
    # Published 118: `Passwort zurücksetzen/erstellen?` where the mock says `Passwort vergessen?`
    # (its own wording, no article gives it). The planned walk went on by it for that label: the
    # step is realised there, and there is no sourced label to correct the article's towards.
    portal = UiState(
        "planned",
        "portal",
        "Corporate Billing Portal",
        "https://link.example/corp-billing",
        (UiElement("heading", "Corporate Billing Portal"), FORGOT),
        next_action=FORGOT,
    )
    forgot = UiState(
        "planned",
        "forgot",
        "Passwort vergessen?",
        "https://link.example/forgot",
        (UiElement("heading", "Passwort vergessen?"),),
    )
    planned = Walk("planned", "planned", None, (portal, forgot), renamed=(("Passwort zurücksetzen", FORGOT.name),))
    reset = part(1, "Klicken Sie auf Passwort zurücksetzen.")
    article = {reset: [mention(reset, "Passwort zurücksetzen")]}
    own = Flow(planned, [], WALKS.__getitem__, frozenset(), unsourced=frozenset({"passwort vergessen?"}))
    compared = {p.id: Step(p, ms) for p, ms in article.items()}
    align(list(article), own, compared, {"Passwort zurücksetzen"})
    assert compared[reset.id].findings == []
    assert compared[reset.id].confirmed == ["Passwort vergessen?"]
    # The same control, in wording an article gives (sourced): the difference is a finding.
    sourced = Flow(planned, [], WALKS.__getitem__, frozenset())
    compared = {p.id: Step(p, ms) for p, ms in article.items()}
    align(list(article), sourced, compared, {"Passwort zurücksetzen"})
    assert [finding.kind for finding in compared[reset.id].findings] == ["label_differs"]


FORGOT = UiElement("link", "Passwort vergessen?")


def test_a_page_title_named_as_a_control_is_never_taken_as_the_targets_own_wording() -> None:
    # The project's planted 973: `Fai clic su Completa transazione` names the Checkout page's title;
    # the walk went on by a look-alike header link in the mock's own wording. That is `label_place`.
    checkout = UiState(
        "planned",
        "checkout",
        "Completa transazione",
        "https://billing.example/checkout",
        (UiElement("heading", "Completa transazione"), HISTORY),
        next_action=HISTORY,
    )
    planned = Walk("planned", "planned", None, (checkout,), renamed=(("Completa transazione", HISTORY.name),))
    title = part(5, "Fai clic su Completa transazione.")
    unsourced = frozenset({"cronologia di fatturazione"})
    assert own_wording_controls(mention(title, "Completa transazione"), planned, unsourced) == set()
    other = part(5, "Fai clic su Cronologia fatture.")
    renamed = Walk("planned", "planned", None, (checkout,), renamed=(("Cronologia fatture", HISTORY.name),))
    assert own_wording_controls(mention(other, "Cronologia fatture"), renamed, unsourced) == {HISTORY.name}


HISTORY = UiElement("link", "Cronologia di fatturazione")
