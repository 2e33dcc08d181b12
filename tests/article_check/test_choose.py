"""Choosing the walk an article's steps describe (`article_check.choose`), on hand-made walks.

- The families an article may describe: those whose first controls its steps name (as labels,
  renamed alike, or in prose), else the default ways.
- The family whose main walk shows most of the steps' labels; none when fewer than half are shown.
- Of two walks that show every label, the one that goes through no control more often than the
  steps name it (an edit article is not an edit-order one), and the other way round.
- Another product's walk made already tells the way; the chosen flow's variants are walked only
  when asked for, and the header every signed-in page shows is its chrome.
"""

from __future__ import annotations

import pytest

from article_check.choose import choose_family, families, plan
from article_check.model import Mention, UiElement, Walk
from billing_e2e.articles import ArticlePart

from .handmade import (
    EDIT,
    EDIT_CART,
    EDIT_SUBSCRIPTION,
    HEADER,
    PLACE_ORDER,
    PROCEED,
    SIGNED_IN,
    WALKS,
    mention,
    part,
    walk,
)

pytestmark = pytest.mark.unit

EDIT_ORDER = walk(
    "edit_order",
    None,
    *SIGNED_IN,
    ("options_menu", EDIT_SUBSCRIPTION),
    ("edit", PROCEED),
    ("checkout", UiElement("link", "Edit Order")),
    ("edit", PROCEED),
    ("checkout", PLACE_ORDER),
)
"""Edit Order's way: through the Edit Subscription page and Proceed to Checkout twice."""


class Walker:
    """The walks by name, recording which were asked for."""

    def __init__(self, *walks: Walk) -> None:
        self.walks = {**WALKS, **{made.name: made for made in walks}}
        self.asked: list[str] = []

    def __call__(self, name: str) -> Walk:
        self.asked.append(name)
        return self.walks[name]


def steps(*texts_and_labels: tuple[str, list[str]]) -> list[Mention]:
    """The mentions of numbered steps, each a text and the labels it names (to click, except the
    Checkout page, which is looked at)."""
    mentions = []
    for number, (text, labels) in enumerate(texts_and_labels, 1):
        step: ArticlePart = part(number, text)
        mentions += [mention(step, label, "look" if label == "Checkout" else "click") for label in labels]
    return mentions


EDIT_STEPS = steps(
    ("Click the Options icon, then click Edit Subscription.", ["Options", "Edit Subscription"]),
    ("Click Proceed to Checkout.", ["Proceed to Checkout"]),
    ("Click Place Order.", ["Place Order"]),
)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["Options", "Edit Subscription"], ["edit"]),
        (["Add New Subscription"], ["add"]),
        (["Add New Subscription", "Edit Order"], ["edit_order", "add_edit_order", "add"]),
        (["Add Organisers"], ["add_licenses"]),  # renamed, but alike: still the card's own button
        (["Frobnicate"], ["edit", "add"]),  # no entry named: the default ways
    ],
)
def test_the_families_are_those_whose_entry_the_steps_name(labels: list[str], expected: list[str]) -> None:
    text = " ".join(f"Click {label}." for label in labels)
    assert families(steps((text, labels)), text, "en") == expected


def test_an_entry_named_in_prose_counts_but_not_as_a_word_of_a_longer_label() -> None:
    assert families(steps(("Open the cart, then click Change.", ["Change"])), "Open the cart.", "en") == ["cart"]
    text = "Click Add to Cart."
    assert families(steps((text, ["Add to Cart"])), text, "en") == ["edit", "add"]


def test_the_walk_that_shows_the_steps_labels_is_chosen() -> None:
    walker = Walker()
    assert choose_family(EDIT_STEPS, ["add", "edit"], walker, None) == ("edit", "")
    assert walker.asked == ["add", "edit"]
    add_steps = steps(
        ("Click Add New Subscription, then Buy.", ["Add New Subscription", "Buy"]),
        ("Click Next.", ["Next"]),
    )
    assert choose_family(add_steps, ["edit", "add"], Walker(), None) == ("add", "")


def test_no_walk_fits_when_it_shows_fewer_than_half_the_labels() -> None:
    invoices = steps(
        ("Click Invoices, then Download.", ["Invoices", "Download"]),
        ("Click Place Order.", ["Place Order"]),
    )
    assert choose_family(invoices, ["edit", "add"], Walker(), None) == (
        None,
        "the target offers no way through its UI that shows the labels of these steps (edit: 1 of 3; add: 1 of 3)",
    )


def test_of_two_walks_showing_every_label_the_one_without_a_surplus_control_is_chosen() -> None:
    # Both walks show all four labels; Edit Order's way goes through Proceed to Checkout twice,
    # which these steps name once: it is the edit way.
    assert choose_family(EDIT_STEPS, ["edit_order", "edit"], Walker(EDIT_ORDER), None) == ("edit", "")
    edit_order_steps = [
        *EDIT_STEPS[:3],
        *steps(
            ("Click Proceed to Checkout.", ["Proceed to Checkout"]),
            ("On the Checkout page, click Edit Order.", ["Checkout", "Edit Order"]),
            ("Click Proceed to Checkout again.", ["Proceed to Checkout"]),
        ),
    ]
    assert choose_family(edit_order_steps, ["edit", "edit_order"], Walker(EDIT_ORDER), None) == ("edit_order", "")


def test_a_walk_made_already_for_another_product_tells_the_way() -> None:
    walker = Walker()
    probed = {"edit": EDIT}
    assert choose_family(EDIT_STEPS, ["edit", "add"], walker, probed.get) == ("edit", "")
    assert walker.asked == ["add"]  # edit's own walk was not asked for to choose


def test_the_chosen_flow_walks_its_variants_only_when_asked_and_knows_the_header() -> None:
    walker = Walker()
    flow = plan("edit", EDIT, walker)
    assert (flow.main, flow.variant_names) == (EDIT, ["edit_cart", "edit_expired_trial"])
    assert flow.chrome == frozenset(HEADER)
    assert walker.asked == []
    assert next(flow.variants()) is EDIT_CART
    assert (walker.asked, flow.walked) == (["edit_cart"], [EDIT_CART])
