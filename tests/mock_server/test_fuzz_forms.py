"""Hypothesis over the UI's forms and ids: no input gives a 5xx, and a refused one changes nothing.

A signed-in billing contact sends generated values (text, huge and signed numbers, the inputs
that once broke the mock: "--1", thousands of digits, ids past SQLite's range, Unicode digits)
in every field of Edit Subscription, its Order Summary, the Add a Product wizard, Checkout and
the cart. Bounded: a few dozen examples each.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask, Response, request_finished
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from billing_e2e.control_api import ControlApi
from mock_server.db import MAX_ID

from .conftest import Browser, contact, sign_in, subscription

pytestmark = pytest.mark.http

EXAMPLES = 40
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NASTY = ["--1", "-0", "9" * 5000, str(MAX_ID + 1), str(-MAX_ID), "²", "٣", "1e3", "0x10", " 5 ", "", "\x00", "🙂"]
values = st.one_of(
    st.sampled_from(NASTY),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.text(max_size=40),
)
form_fields = st.dictionaries(st.sampled_from(["tier", "licenses", "frequency", "item", "action"]), values)


def billing_state(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("subscription", "cart_item", "purchase_order", "order_line", "outbox", "account")
    return {table: [tuple(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")] for table in tables}  # noqa: S608 - fixed names


@pytest.fixture(autouse=True)
def every_status(app: Flask, request: pytest.FixtureRequest) -> Iterator[Counter[int]]:
    """Every answer the app gives during the test, whoever asked: none may be a 5xx."""
    statuses: Counter[int] = Counter()

    def finished(_sender: Flask, response: Response, **_extra: object) -> None:
        statuses[response.status_code] += 1

    request_finished.connect(finished, app)
    yield statuses
    request_finished.disconnect(finished, app)
    # The figures of the reliability table in docs/reliability.md (seen with -s).
    print(f"{request.node.name}: {statuses.total()} requests, {dict(sorted(statuses.items()))}")
    assert not [status for status in statuses if status >= 500]


@pytest.fixture
def buyer(app: Flask, control: ControlApi) -> tuple[Browser, int]:
    account = control.create_account(
        {
            "kind": "self_service",
            "locale": "en",
            "country": "IT",
            "currency": "EUR",
            "users": [contact("en")],
            "subscriptions": [subscription("goto-webinar", "standard", 5)],
            "cart": [
                {"kind": "new", "product": "goto-resolve", "tier": "standard", "licenses": 2, "frequency": "monthly"}
            ],
        }
    )
    return sign_in(app, account["users"][0]["email"]), int(account["subscriptions"][0]["id"])


@FUZZ
@given(fields=form_fields)
def test_edit_subscription_and_its_summary(
    buyer: tuple[Browser, int], conn: sqlite3.Connection, fields: dict[str, str]
) -> None:
    browser, sub_id = buyer
    summary = browser.get(f"/subscriptions/{sub_id}/summary", query_string=fields)
    assert summary.status_code in (200, 404), summary.status_code
    before = billing_state(conn)
    response = browser.post_form(f"/subscriptions/{sub_id}/edit", data=fields)
    assert response.status_code in (302, 404, 422), response.status_code
    if response.status_code != 302:
        assert billing_state(conn) == before


@FUZZ
@given(fields=form_fields, mode=st.sampled_from(["buy", "try"]))
def test_the_add_a_product_wizard(
    buyer: tuple[Browser, int], conn: sqlite3.Connection, fields: dict[str, str], mode: str
) -> None:
    browser, _sub_id = buyer
    for page in (f"/add/goto-connect/{mode}", f"/add/goto-connect/{mode}/confirm", "/add/goto-connect/buy/summary"):
        assert browser.get(page, query_string=fields).status_code in (200, 404, 422), page
    before = billing_state(conn)
    response = browser.post_form(f"/add/goto-connect/{mode}", f"/add/goto-connect/{mode}/confirm", data=fields)
    assert response.status_code in (302, 404, 409, 422), response.status_code
    if response.status_code != 302:
        assert billing_state(conn) == before


@FUZZ
@given(
    fields=st.dictionaries(
        st.sampled_from(["checkout_token", "card_number", "card_expiry", "card_cvc", "card_holder", "vat_number"]),
        values,
    )
)
# Found by this test: hmac.compare_digest raised on a non-ASCII token (a 500).
@example(fields={"checkout_token": "0.\x80"})
@example(fields={"csrf_token": "é"})
def test_checkout_refuses_what_it_was_not_given(
    buyer: tuple[Browser, int], conn: sqlite3.Connection, fields: dict[str, str]
) -> None:
    browser, _sub_id = buyer
    before = billing_state(conn)
    # The checkout page's own token is replaced whenever the example brings one.
    response = browser.post_form("/checkout", data=fields)
    assert response.status_code in (302, 400, 422), response.status_code
    if response.status_code != 302:
        assert billing_state(conn) == before


def _merged(path: str) -> tuple[int, ...]:
    """Werkzeug answers a path with an empty segment ("0//edit") with a 308 to the merged path."""
    return (308,) if "//" in path else ()


@FUZZ
@given(raw=values)
@example(raw="1")  # the buyer's own cart item
@example(raw="01")  # found by this test: the same item, through the int converter
@example(raw="0/")  # found by this test: "0//edit" is redirected (308) to the merged path
def test_ids_in_paths_and_queries(buyer: tuple[Browser, int], conn: sqlite3.Connection, raw: str) -> None:
    browser, sub_id = buyer
    before = billing_state(conn)
    own_cart_items = {item_id for (item_id,) in conn.execute("SELECT id FROM cart_item")}
    for path in (f"/subscriptions/{raw}/edit", f"/trials/{raw}", f"/orders/{raw}"):
        assert browser.get(path).status_code in (200, 404, *_merged(path)), path
    assert browser.get(f"/subscriptions/{sub_id}/edit", query_string={"item": raw}).status_code in (200, 404)
    assert browser.get("/corp-billing", query_string={"sent": raw}).status_code in (200, 302, 403)
    # The buyer's own cart item ("1" is one, and "01": the route's int converter reads it as 1) is
    # really removed: a change, not a refused input.
    names_own_item = raw.isascii() and raw.isdigit() and len(raw) < 20 and int(raw) in own_cart_items
    if not names_own_item:
        remove = f"/cart/items/{raw}/remove"
        assert browser.post_form("/cart", remove).status_code in (404, 405, *_merged(remove))
    assert billing_state(conn) == before


def test_a_wrong_method_is_405_with_allow_not_form_expired(buyer: tuple[Browser, int]) -> None:
    browser, _sub_id = buyer
    response = browser.client.put("/billing", data={"csrf_token": "whatever"})
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "form has expired" not in response.get_data(as_text=True)


def test_a_checkout_token_of_another_session_is_refused(
    app: Flask, buyer: tuple[Browser, int], conn: sqlite3.Connection
) -> None:
    browser, _sub_id = buyer
    html = browser.text("/checkout")
    other = sign_in(app, "en.self_service.bc@example.test")  # a second session of the same buyer
    before = billing_state(conn)
    token = html.split('name="checkout_token" value="', 1)[1].split('"', 1)[0]
    response = other.post_form("/checkout", data={"checkout_token": token})
    assert response.status_code == 400
    assert "form has expired" in response.get_data(as_text=True)
    assert billing_state(conn) == before
