"""Hand-made walks, parts and mentions for the article check's unit tests (no browser, no mock).

The walks are an English Billing Center cut down to what the heuristics look at: each stop's name,
title, a few elements (the header on every signed-in page) and the control the walk leaves it by.
"""

from __future__ import annotations

from article_check.model import Action, Mention, UiElement, UiState, Walk
from billing_e2e.articles import ArticlePart, PartKind

HEADER = (
    UiElement("link", "Billing Center"),
    UiElement("link", "Subscriptions"),
    UiElement("link", "Cart (0)"),
    UiElement("button", "Sign out"),
)
"""What every signed-in page shows."""


OPTIONS = UiElement("button", "Options")
EDIT_SUBSCRIPTION = UiElement("menuitem", "Edit Subscription")
PROCEED = UiElement("button", "Proceed to Checkout")
PLACE_ORDER = UiElement("button", "Place Order")

PAGES: dict[str, tuple[str, tuple[UiElement, ...]]] = {
    "sign_in": (
        "Sign in to the Billing Center",
        (UiElement("link", "Billing Center"), UiElement("textbox", "Email address"), UiElement("textbox", "Password")),
    ),
    "billing_center": (
        "Billing Center",
        (
            UiElement("link", "Add New Subscription"),
            UiElement("heading", "GoTo Webinar"),
            OPTIONS,
            UiElement("link", "Add Organizers"),
        ),
    ),
    "options_menu": ("Billing Center", (OPTIONS,)),
    "edit": (
        "Edit Subscription: GoTo Webinar",
        (
            UiElement("button", "Change"),
            UiElement("region", "Order Summary"),
            UiElement("radio", "Monthly"),
            UiElement("radio", "Annual"),
        ),
    ),
    "cart": ("Cart", ()),
    "checkout": ("Checkout", (UiElement("link", "Edit Order"), PLACE_ORDER)),
    "wizard_product": ("Add a Product", (UiElement("button", "Try"),)),
    "wizard_plan": ("Buy GoTo Webinar", (UiElement("radio", "Monthly"),)),
    "wizard_confirm": ("Buy GoTo Webinar", ()),
}
"""Each page's title and the elements it shows besides the header and the control it is left by."""


def stop(walk: str, name: str, leave: UiElement) -> UiState:
    """The page `name` as `walk` passed it, left through `leave`; the header on signed-in pages."""
    title, elements = PAGES[name]
    header = () if name == "sign_in" else HEADER
    shown = (*header, UiElement("heading", title), *elements, *((leave,) if leave not in elements else ()))
    return UiState(walk, name, title, f"https://billing.example/{name}", shown, next_action=leave)


def walk(name: str, condition: str | None, *way: tuple[str, UiElement]) -> Walk:
    """A walk through these pages, each left through its control; `condition`: a variant's situation."""
    return Walk(name, name.replace("_", " "), condition, tuple(stop(name, page, leave) for page, leave in way))


SIGNED_IN = (("sign_in", UiElement("button", "Sign in")), ("billing_center", OPTIONS))
EDIT = walk("edit", None, *SIGNED_IN, ("options_menu", EDIT_SUBSCRIPTION), ("edit", PROCEED), ("checkout", PLACE_ORDER))
"""The edit walk: sign in, the options icon, Edit Subscription, Proceed to Checkout, Checkout."""

EDIT_CART = walk(
    "edit_cart",
    "the cart already holds items",
    *SIGNED_IN,
    ("options_menu", EDIT_SUBSCRIPTION),
    ("edit", UiElement("button", "Add to Cart")),
    ("cart", UiElement("link", "Proceed to Checkout")),
    ("checkout", PLACE_ORDER),
)
"""The edit walk's variant with items in the cart: Add to Cart where the edit walk has Proceed to Checkout."""

ADD = walk(
    "add",
    None,
    SIGNED_IN[0],
    ("billing_center", UiElement("link", "Add New Subscription")),
    ("wizard_product", UiElement("button", "Buy")),
    ("wizard_plan", UiElement("button", "Next")),
    ("wizard_confirm", PROCEED),
    ("checkout", PLACE_ORDER),
)
"""The add walk: Add New Subscription, Buy, Next, Proceed to Checkout, Checkout."""

WALKS = {made.name: made for made in (EDIT, EDIT_CART, ADD)}


def part(number: int, text: str, kind: PartKind = "step") -> ArticlePart:
    """Part `number` of article 1: a step, or a box under a step (`1.note-<number>`)."""
    return ArticlePart(f"1.{number}" if kind == "step" else f"1.{kind}-{number}", kind, number, text)


def mention(
    of: ArticlePart,
    label: str,
    action: Action = "click",
    *,
    alternatives: int = 0,
    described: bool = False,
) -> Mention:
    """The label where the part first writes it, its end sure (as in quotes)."""
    return Mention(
        label,
        label,
        action,
        of.id,
        of.text.index(label),
        alternatives=alternatives,
        described=described,
    )
