"""What the article check suggests for a label the UI does not show (`article_check.suggest`).

- The control the walk goes on with, when it is like the label, or when nothing on the reader's page
  is (a synonym: `Basket`); a control of the page that is like it before that (`Add Hosts` → `Add
  Organizers`); never one the article names elsewhere, nor the header's.
- For a page to look at: the most similar title, else what the page's title names, else the title.
- The suggestion is the article's sentence with the UI's label in its place.
"""

from __future__ import annotations

import pytest

from article_check.model import Action, Mention, UiElement, UiState
from article_check.suggest import likeness, resembles, rewrite, shown_instead

from .handmade import ADD, EDIT, HEADER, PROCEED

pytestmark = pytest.mark.unit

STOPS = {state.name: (index, state) for index, state in enumerate(EDIT.states)}


def at(*names: str) -> list[tuple[int, UiState]]:
    """The edit walk's stops of these names: the first is where the reader is."""
    return [STOPS[name] for name in names]


def label(text: str, action: Action = "click") -> Mention:
    return Mention(text, text, action, "1.1", 0)


def test_likeness_is_the_ratio_from_half_alike_and_resembling_from_seven_tenths() -> None:
    assert likeness("Modify Subscription", "Edit Subscription") == pytest.approx(0.8333, abs=1e-4)
    assert resembles("Modify Subscription", "Edit Subscription") == pytest.approx(0.8333, abs=1e-4)
    assert likeness("Conferma ordine", "Effettua ordine") == pytest.approx(0.6667, abs=1e-4)
    assert resembles("Conferma ordine", "Effettua ordine") == 0.0
    assert likeness("Basket", "Cart") == 0.0
    assert likeness("edit order", "Edit  Order") == 1.0  # in any letter case and white space


def test_a_renamed_control_is_the_control_the_walk_goes_on_with() -> None:
    assert shown_instead(label("Continue to Checkout"), at("edit", "checkout"), set()) == (PROCEED, STOPS["edit"][1])


def test_a_synonym_is_like_nothing_so_the_control_the_page_is_left_by_is_suggested() -> None:
    assert shown_instead(label("Basket"), at("edit", "checkout"), set()) == (PROCEED, STOPS["edit"][1])


def test_a_control_of_the_page_like_the_label_beats_the_control_the_walk_goes_on_with() -> None:
    # The walk goes on through the options icon; the card's own button is the renamed one.
    organizers = UiElement("link", "Add Organizers")
    assert shown_instead(label("Add Hosts"), at("billing_center"), set()) == (organizers, STOPS["billing_center"][1])


def test_a_control_the_article_names_elsewhere_or_the_header_shows_is_never_suggested() -> None:
    place_order = UiElement("button", "Place Order")
    checkout = STOPS["checkout"][1]
    named = {"Proceed to Checkout"}
    assert shown_instead(label("Continue to Checkout"), at("edit", "checkout"), named) == (place_order, checkout)
    assert shown_instead(label("Sign off"), at("checkout"), set()) == (UiElement("button", "Sign out"), checkout)
    assert shown_instead(label("Sign off"), at("checkout"), set(), frozenset(HEADER)) == (place_order, checkout)


def test_a_page_is_suggested_by_the_most_similar_title_else_by_what_its_title_names() -> None:
    billing_center, sign_in, edit = STOPS["billing_center"][1], STOPS["sign_in"][1], STOPS["edit"][1]
    # Similar: the header's link comes before the page's heading of the same name.
    assert shown_instead(label("Billing Centre", "look"), at("billing_center"), set()) == (
        UiElement("link", "Billing Center"),
        billing_center,
    )
    # Nothing similar: the site the sign-in page's title names, else the title itself.
    assert shown_instead(label("Account Overview", "look"), at("sign_in"), set()) == (
        UiElement("link", "Billing Center"),
        sign_in,
    )
    assert shown_instead(label("Account Overview", "look"), at("edit"), set()) == (
        UiElement("heading", "Edit Subscription: GoTo Webinar"),
        edit,
    )


def test_nothing_is_suggested_where_no_control_is_in_reach() -> None:
    done = UiState("x", "done", "Done", "https://billing.example/done", (UiElement("heading", "Done"),))
    assert shown_instead(label("Frobnicate"), [(0, done)], set()) == (None, done)
    assert shown_instead(label("Frobnicate"), [], set()) == (None, None)


def test_the_suggestion_is_the_articles_sentence_with_the_uis_label() -> None:
    text = "Sign in first. Then click Continue to Checkout. Then wait."
    mention = Mention("Continue to Checkout", "Continue to Checkout", "click", "1.1", text.index("Continue"))
    assert rewrite(text, mention, "Proceed to Checkout") == "Then click Proceed to Checkout."
    # Where the offset does not point at the label (the article changed since), the two labels.
    assert rewrite("Click Continue.", Mention("Continue", "Continue", "click", "1.1", 0), "Next") == "Continue → Next"


def test_a_control_the_article_names_in_another_letter_case_is_never_suggested() -> None:
    # 112: `Bearbeiten` is the article's name for the mock's `bearbeiten` link, which the walk left
    # the page by; it is not what the article says instead of another label (`Übernehmen`).
    edit_link = UiElement("link", "Edit")
    page = UiState(
        "planned",
        "payment_method",
        "Payment Method",
        "/payment-method",
        (*HEADER, edit_link, UiElement("button", "Apply Now")),
        next_action=edit_link,
    )
    assert shown_instead(label("Save"), [(0, page)], set()) == (edit_link, page)
    assert shown_instead(label("Save"), [(0, page)], {"EDIT"}) == (None, page)


def test_a_choice_to_select_is_suggested_among_the_choices_not_as_the_button_that_leaves() -> None:
    # 141: `Seleccionar Menor o anual` names the billing frequency; the page after the reader's
    # offers it as radios (Mensual, Anual), and the reader's page is left by Siguiente.
    product, plan = ADD.states[2], ADD.states[3]
    window = [(2, product), (3, plan)]
    assert shown_instead(label("Monthy", "select"), window, set()) == (UiElement("radio", "Monthly"), plan)
    # A label to click is no choice: the control the reader's page is left by, as before.
    assert shown_instead(label("Monthy"), window, set()) == (UiElement("button", "Buy"), product)
