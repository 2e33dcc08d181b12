"""The test control API (/_control/) through Flask's test client, and the demo seed that shares its code.

Each test has its own SQLite file. Mail is never sent here, so the settings name an SMTP port
nothing listens on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.security import check_password_hash
from werkzeug.test import TestResponse

from mock_server import create_app, db, store
from mock_server.catalog import PRODUCTS
from mock_server.clock import utc_now
from mock_server.config import Settings
from mock_server.control.models import REQUEST_MODELS, RESPONSE_MODELS, OrderOut
from mock_server.orders import Payment, place_order
from mock_server.seed import DEMO_PASSWORD, demo_sign_ins, demo_table_markdown, seed_demo
from mock_server.store import FAST_PASSWORD_HASH

from .conftest import sign_in

pytestmark = pytest.mark.http

TOKEN = "x" * 20
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TODAY = date(2026, 3, 31)
PASSWORD = "Secret-Passw0rd!"


def settings(database: Path, *, test_mode: bool = True) -> Settings:
    return Settings(
        database=database,
        test_mode=test_mode,
        control_token=TOKEN if test_mode else None,
        smtp_host="127.0.0.1",
        smtp_port=1,
        # What the harness's mock runs with (--fast-password-hashing): scrypt took 0.13 s an account.
        password_hash_method=FAST_PASSWORD_HASH,
    )


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "db.sqlite3"


@pytest.fixture
def control_app(database: Path) -> Flask:
    return create_app(settings(database))


@pytest.fixture
def api(control_app: Flask) -> FlaskClient:
    return control_app.test_client()


@pytest.fixture
def conn(control_app: Flask, database: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(database)
    yield connection
    connection.close()


def call(api: FlaskClient, method: str, path: str, body: Any = None) -> TestResponse:
    return api.open(f"/_control{path}", method=method, json=body, headers=AUTH)


def rows(conn: sqlite3.Connection, table: str) -> int:
    count: int = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 - test's own names
    return count


def full_spec() -> dict[str, Any]:
    """An account using every field of the request."""
    return {
        "kind": "self_service",
        "locale": "it",
        "name": "Studio Test S.r.l.",
        "balance": "5",
        "vat_number": "IT01234560017",
        "today": TODAY.isoformat(),
        "card_on_file": {"holder": "Giulia Test", "last4": "4242", "expiry": "09/29"},
        "users": [
            {
                "email": "giulia@example.test",
                "password": PASSWORD,
                "full_name": "Giulia Test",
                "billing_contact": True,
            },
            {
                "email": "marco@example.test",
                "password": PASSWORD,
                "full_name": "Marco Test",
                "locale": "en",
                "billing_contact": False,
            },
        ],
        "subscriptions": [
            {
                "product": "openvoice",
                "tier": "standard",
                "licenses": 5,
                "frequency": "monthly",
                "status": "active",
                "assigned_users": ["giulia@example.test", "MARCO@example.test"],
            },
            {
                "product": "gotomeeting",
                "tier": "business",
                "licenses": 2,
                "frequency": "annual",
                "status": "trial",
            },
            {
                "product": "goto-webinar",
                "tier": "standard",
                "licenses": 3,
                "frequency": "annual",
                "status": "active",
                "period_start": "2025-12-01",
                "next_billing_date": "2026-12-01",
                "paid_amount": "123.4",
            },
        ],
        "cart": [
            {
                "kind": "change",
                "product": "openvoice",
                "tier": "business",
                "licenses": 5,
                "frequency": "monthly",
                "subscription_index": 0,
            },
            {
                "kind": "new",
                "product": "goto-resolve",
                "tier": "standard",
                "licenses": 1,
                "frequency": "monthly",
            },
        ],
    }


def minimal_spec(locale: str = "en", email: str = "solo@example.test") -> dict[str, Any]:
    return {
        "kind": "self_service",
        "locale": locale,
        "users": [{"email": email, "password": PASSWORD, "full_name": "Solo Test", "billing_contact": True}],
    }


def create(api: FlaskClient, spec: dict[str, Any]) -> dict[str, Any]:
    response = call(api, "POST", "/accounts", spec)
    assert response.status_code == 201, response.get_json()
    account: dict[str, Any] = response.get_json()
    return account


# --- authentication and availability --------------------------------------------------------------

ENDPOINTS = [
    ("POST", "/accounts"),
    ("GET", "/accounts/1"),
    ("DELETE", "/accounts/1"),
    ("PUT", "/accounts/1/clock"),
    ("POST", "/accounts/1/clock/advance"),
    ("DELETE", "/accounts/1/clock"),
    ("PUT", "/clock"),
    ("GET", "/accounts/1/orders"),
    ("GET", "/accounts/1/renewals"),
    ("POST", "/accounts/1/sessions/expire"),
    ("POST", "/accounts/1/users"),
    ("POST", "/faults"),
    ("GET", "/faults"),
    ("DELETE", "/faults"),
    ("DELETE", "/faults/1"),
    ("POST", "/accounts/1/sessions"),
    ("POST", "/reset"),
    ("GET", "/catalog"),
    ("GET", "/defects"),
    ("PUT", "/defects"),
    ("DELETE", "/defects"),
    ("GET", "/harmless"),
    ("PUT", "/harmless"),
    ("DELETE", "/harmless"),
]


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
def test_every_endpoint_needs_the_token(api: FlaskClient, method: str, path: str) -> None:
    for header, detail in [
        (None, "needs the header 'Authorization: Bearer <control token>'"),
        ("Bearer wrong-token-wrong-token", "the control token is not correct"),
        (f"Bearer {TOKEN[:-1]}", "the control token is not correct"),
        (f"Basic {TOKEN}", "needs the header"),
        ("Bearer ", "needs the header"),
    ]:
        headers = {"Authorization": header} if header is not None else {}
        response = api.open(f"/_control{path}", method=method, json={}, headers=headers)
        assert response.status_code == 401, header
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        body = response.get_json()
        assert body["status"] == 401
        assert detail in body["detail"]


def test_unauthorized_requests_change_nothing(api: FlaskClient, conn: sqlite3.Connection) -> None:
    account_id = create(api, minimal_spec())["id"]
    wrong = {"Authorization": "Bearer wrong-token-wrong-token"}
    assert api.delete(f"/_control/accounts/{account_id}", headers=wrong).status_code == 401
    assert api.post("/_control/reset", headers=wrong).status_code == 401
    assert api.put("/_control/clock", json={"today": "2030-01-01"}, headers=wrong).status_code == 401
    assert rows(conn, "account") == 1
    assert call(api, "GET", f"/accounts/{account_id}").get_json()["clock_date"] is None


def test_control_api_is_absent_without_test_mode(tmp_path: Path) -> None:
    client = create_app(settings(tmp_path / "db.sqlite3", test_mode=False)).test_client()
    for method, path in [*ENDPOINTS, ("GET", "/openapi.json")]:
        response = client.open(f"/_control{path}", method=method, json={}, headers=AUTH)
        assert response.status_code == 404, (method, path)


def test_unknown_control_path_is_a_json_404(api: FlaskClient) -> None:
    response = call(api, "GET", "/nothing-here")
    assert response.status_code == 404
    assert response.get_json()["status"] == 404


# --- accounts -------------------------------------------------------------------------------------


def test_account_round_trip(api: FlaskClient, conn: sqlite3.Connection) -> None:
    response = call(api, "POST", "/accounts", full_spec())
    assert response.status_code == 201, response.get_json()
    account = response.get_json()
    assert response.headers["Location"] == f"/_control/accounts/{account['id']}"
    assert call(api, "GET", f"/accounts/{account['id']}").get_json() == account

    assert account["kind"] == "self_service"
    assert account["name"] == "Studio Test S.r.l."
    assert (account["locale"], account["country"], account["currency"]) == ("it", "IT", "EUR")
    assert account["balance"] == "5.00"
    assert account["vat_number"] == "IT01234560017"
    assert account["card_on_file"] == {"holder": "Giulia Test", "last4": "4242", "expiry": "09/29"}
    assert account["clock_date"] == account["today"] == "2026-03-31"
    assert [(u["email"], u["locale"], u["billing_contact"]) for u in account["users"]] == [
        ("giulia@example.test", "it", True),
        ("marco@example.test", "en", False),
    ]

    active, trial, webinar = account["subscriptions"]
    unit = PRODUCTS["openvoice"].tier("standard").unit_price("EUR", "monthly")
    assert active == {
        "id": active["id"],
        "product": "openvoice",
        "tier": "standard",
        "licenses": 5,
        "frequency": "monthly",
        "status": "active",
        "trial_ends_on": None,
        "period_start": "2026-03-31",
        "next_billing_date": "2026-04-30",
        "paid_amount": str(unit * 5),
        "assigned_users": ["giulia@example.test", "marco@example.test"],
    }
    trial_days = PRODUCTS["gotomeeting"].trial_days
    assert trial["status"] == "trial"
    assert trial["period_start"] == "2026-03-31"
    assert trial["trial_ends_on"] == (TODAY + timedelta(days=trial_days)).isoformat()
    assert trial["next_billing_date"] == (TODAY + timedelta(days=trial_days + 1)).isoformat()
    assert trial["paid_amount"] == "0.00"
    assert (webinar["period_start"], webinar["next_billing_date"], webinar["paid_amount"]) == (
        "2025-12-01",
        "2026-12-01",
        "123.40",
    )

    change, new = account["cart"]
    assert account["cart_item_ids"] == [change["id"], new["id"]]
    assert (change["kind"], change["subscription_id"], change["tier"]) == ("change", active["id"], "business")
    assert (new["kind"], new["subscription_id"], new["product"]) == ("new", None, "goto-resolve")

    # The users can really sign in with their passwords.
    found = store.find_user_for_sign_in(conn, "Giulia@Example.test")
    assert found is not None
    assert check_password_hash(found[1], PASSWORD)


@pytest.mark.parametrize(
    ("locale", "country", "currency"), [("it", "IT", "EUR"), ("de", "DE", "EUR"), ("en", "US", "USD")]
)
def test_defaults_follow_the_locale(api: FlaskClient, locale: str, country: str, currency: str) -> None:
    spec = minimal_spec(locale)
    spec["subscriptions"] = [
        {
            "product": "gotomeeting",
            "tier": "business",
            "licenses": 2,
            "frequency": "monthly",
            "status": "active",
        }
    ]
    account = create(api, spec)
    assert (account["country"], account["currency"], account["locale"]) == (country, currency, locale)
    assert account["name"] == "Solo Test"
    assert account["balance"] == "0.00"
    assert account["card_on_file"] is None
    assert account["clock_date"] is None
    assert account["today"] == utc_now().date().isoformat()
    unit = PRODUCTS["gotomeeting"].tier("business").unit_price(currency, "monthly")  # type: ignore[arg-type]
    assert account["subscriptions"][0]["paid_amount"] == str(unit * 2)


def test_an_expired_trial_started_a_full_trial_before_it_ended(api: FlaskClient) -> None:
    spec = minimal_spec() | {"today": TODAY.isoformat()}
    spec["subscriptions"] = [
        {
            "product": "goto-webinar",
            "tier": "standard",
            "licenses": 1,
            "frequency": "monthly",
            "status": "trial",
            "trial_ends_on": "2026-03-20",
        },
        {
            "product": "goto-webinar",
            "tier": "lite",
            "licenses": 1,
            "frequency": "monthly",
            "status": "trial",
            "trial_ends_on": "2026-04-05",
        },
    ]
    expired, running = create(api, spec)["subscriptions"]
    trial_days = PRODUCTS["goto-webinar"].trial_days
    assert expired["period_start"] == (date(2026, 3, 20) - timedelta(days=trial_days)).isoformat()
    assert expired["next_billing_date"] == "2026-03-21"
    assert running["period_start"] == TODAY.isoformat()


def test_corporate_account_with_explicit_country_and_currency(api: FlaskClient) -> None:
    spec = minimal_spec("de") | {"kind": "corporate", "country": "AT", "currency": "USD"}
    account = create(api, spec)
    assert (account["kind"], account["country"], account["currency"]) == ("corporate", "AT", "USD")


def _set(spec: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    target: Any = spec
    for part in path[:-1]:
        target = target[part]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


_DELETE = object()

INVALID: list[tuple[str, list[tuple[tuple[str | int, ...], Any]], str, str]] = [
    (
        "unknown product",
        [(("subscriptions", 0, "product"), "openvoyce")],
        "subscriptions[0].product",
        "unknown product 'openvoyce'",
    ),
    (
        "unknown tier",
        [(("subscriptions", 0, "tier"), "gold")],
        "subscriptions[0].tier",
        "unknown tier 'gold' of product 'openvoice'",
    ),
    (
        "no licenses",
        [(("subscriptions", 0, "licenses"), 0)],
        "subscriptions[0].licenses",
        "greater than or equal to 1",
    ),
    ("too many licenses", [(("subscriptions", 0, "licenses"), 501)], "subscriptions[0].licenses", "500"),
    (
        "licenses as text",
        [(("subscriptions", 0, "licenses"), "5")],
        "subscriptions[0].licenses",
        "valid integer",
    ),
    (
        "bad frequency",
        [(("subscriptions", 0, "frequency"), "weekly")],
        "subscriptions[0].frequency",
        "'monthly'",
    ),
    ("bad status", [(("subscriptions", 0, "status"), "paused")], "subscriptions[0].status", "'trial'"),
    (
        "duplicate email",
        [(("users", 1, "email"), "Giulia@example.test")],
        "users[1].email",
        "duplicate email 'Giulia@example.test': users[0]",
    ),
    ("not an email", [(("users", 0, "email"), "giulia")], "users[0].email", "must be an email address"),
    ("short password", [(("users", 0, "password"), "short")], "users[0].password", "at least 8"),
    (
        "billing_contact missing",
        [(("users", 0, "billing_contact"), _DELETE)],
        "users[0].billing_contact",
        "required",
    ),
    ("no users", [(("users",), [])], "users", "at least 1"),
    ("impossible date", [(("today",), "2026-02-30")], "today", "valid date"),
    ("date as a number", [(("today",), 20000)], "today", "valid date"),
    ("date with a time", [(("today",), "2026-03-31T10:00:00")], "today", "valid date"),
    ("negative balance", [(("balance",), "-1.00")], "balance", "non-negative decimal"),
    ("three decimals", [(("balance",), "1.234")], "balance", "at most 2 decimal places"),
    ("balance as a number", [(("balance",), 12.5)], "balance", "valid string"),
    (
        "paid amount not money",
        [(("subscriptions", 2, "paid_amount"), "12,50")],
        "subscriptions[2].paid_amount",
        "non-negative decimal",
    ),
    ("unknown field", [(("nickname",), "x")], "nickname", "Extra inputs are not permitted"),
    ("unknown locale", [(("locale",), "tlh")], "locale", "not a language of the mock: 'tlh'"),
    ("unknown kind", [(("kind",), "enterprise")], "kind", "'self_service' or 'corporate'"),
    ("lowercase country", [(("country",), "it")], "country", "ISO 3166-1 alpha-2"),
    ("bad currency", [(("currency",), "GBP")], "currency", "'EUR' or 'USD'"),
    ("bad card expiry", [(("card_on_file", "expiry"), "13/29")], "card_on_file.expiry", "MM/YY"),
    ("bad card digits", [(("card_on_file", "last4"), "42")], "card_on_file.last4", "last 4 digits"),
    (
        "trial date on an active subscription",
        [(("subscriptions", 0, "trial_ends_on"), "2026-04-10")],
        "subscriptions[0].trial_ends_on",
        "only a trial",
    ),
    (
        "trial ending before it starts",
        [
            (("subscriptions", 1, "period_start"), "2026-03-10"),
            (("subscriptions", 1, "trial_ends_on"), "2026-03-01"),
        ],
        "subscriptions[1].trial_ends_on",
        "must not be before period_start (2026-03-10)",
    ),
    (
        "a paid trial",
        [(("subscriptions", 1, "paid_amount"), "10.00")],
        "subscriptions[1].paid_amount",
        "a trial has nothing paid",
    ),
    (
        "billing date before the period",
        [(("subscriptions", 2, "next_billing_date"), "2025-11-30")],
        "subscriptions[2].next_billing_date",
        "must be after period_start (2025-12-01)",
    ),
    (
        "assigned stranger",
        [(("subscriptions", 0, "assigned_users", 1), "nobody@example.test")],
        "subscriptions[0].assigned_users[1]",
        "'nobody@example.test' is not one of this account's users",
    ),
    (
        "assigned twice",
        [(("subscriptions", 0, "assigned_users", 1), "GIULIA@example.test")],
        "subscriptions[0].assigned_users[1]",
        "already in assigned_users",
    ),
    (
        "more users than licenses",
        [(("subscriptions", 0, "licenses"), 1)],
        "subscriptions[0].assigned_users",
        "2 users assigned, but the subscription has 1 licenses",
    ),
    (
        "change without index",
        [(("cart", 0, "subscription_index"), _DELETE)],
        "cart[0].subscription_index",
        "required for a change",
    ),
    (
        "change of a missing subscription",
        [(("cart", 0, "subscription_index"), 3)],
        "cart[0].subscription_index",
        "no subscription at index 3: this request has 3",
    ),
    (
        "change of another product",
        [(("cart", 0, "subscription_index"), 1)],
        "cart[0].product",
        "must be 'gotomeeting': the product of subscriptions[1]",
    ),
    (
        "new item with an index",
        [(("cart", 1, "subscription_index"), 0)],
        "cart[1].subscription_index",
        "only a change refers to a subscription",
    ),
    (
        "two changes of one subscription",
        [
            (
                ("cart", 1),
                {
                    "kind": "change",
                    "product": "openvoice",
                    "tier": "business",
                    "licenses": 6,
                    "frequency": "monthly",
                    "subscription_index": 0,
                },
            )
        ],
        "cart[1].subscription_index",
        "subscriptions[0] already has a change in cart[0]",
    ),
    (
        "unknown tier in the cart",
        [(("cart", 1, "tier"), "platinum")],
        "cart[1].tier",
        "unknown tier 'platinum' of product 'goto-resolve'",
    ),
    ("too many licenses in the cart", [(("cart", 1, "licenses"), 1000)], "cart[1].licenses", "500"),
    (
        "negative index",
        [(("cart", 0, "subscription_index"), -1)],
        "cart[0].subscription_index",
        "greater than or equal to 0",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "message"), [case[1:] for case in INVALID], ids=[case[0] for case in INVALID]
)
def test_invalid_account_is_rejected_with_the_field_named(
    api: FlaskClient,
    conn: sqlite3.Connection,
    changes: list[tuple[tuple[str | int, ...], Any]],
    field: str,
    message: str,
) -> None:
    spec = full_spec()
    for path, value in changes:
        _set(spec, path, value)
    response = call(api, "POST", "/accounts", spec)
    assert response.status_code == 422, response.get_json()
    body = response.get_json()
    assert body["status"] == 422
    problems = {problem["field"]: problem["message"] for problem in body["problems"]}
    assert field in problems, body["problems"]
    assert message in problems[field]
    assert message in body["detail"]
    for table in ("account", "user", "subscription", "cart_item", "license_assignment"):
        assert rows(conn, table) == 0, table


def test_every_problem_is_reported_at_once(api: FlaskClient) -> None:
    spec = full_spec()
    spec["subscriptions"][0]["tier"] = "gold"
    spec["users"][1]["email"] = spec["users"][0]["email"]
    spec["cart"][0]["subscription_index"] = 9
    body = call(api, "POST", "/accounts", spec).get_json()
    fields = [problem["field"] for problem in body["problems"]]
    assert {"users[1].email", "subscriptions[0].tier", "cart[0].subscription_index"} <= set(fields)
    assert body["problems"][0]["loc"] == ["users", 1, "email"]


def test_email_taken_by_another_account_is_rejected(api: FlaskClient, conn: sqlite3.Connection) -> None:
    first = create(api, minimal_spec(email="taken@example.test"))
    spec = full_spec()
    spec["users"][1]["email"] = "TAKEN@example.test"
    spec["subscriptions"][0]["assigned_users"] = []
    response = call(api, "POST", "/accounts", spec)
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert problem["field"] == "users[1].email"
    assert problem["message"] == f"a user with email 'TAKEN@example.test' already exists (account {first['id']})"
    assert rows(conn, "account") == 1
    assert rows(conn, "user") == 1


@pytest.mark.parametrize("body", [b"", b"not json", b'{"kind": '])
def test_a_body_that_is_not_json_is_a_400(api: FlaskClient, conn: sqlite3.Connection, body: bytes) -> None:
    response = api.post("/_control/accounts", data=body, headers=AUTH, content_type="application/json")
    assert response.status_code == 400
    assert "must be a JSON object (AccountSpec)" in response.get_json()["detail"]
    assert rows(conn, "account") == 0


@pytest.mark.parametrize("body", [[], "text", 3])
def test_a_body_that_is_not_an_object_is_a_422(api: FlaskClient, body: Any) -> None:
    response = call(api, "POST", "/accounts", body)
    assert response.status_code == 422
    assert response.get_json()["problems"][0]["field"] == ""


def test_unknown_account_is_a_404(api: FlaskClient) -> None:
    for method, path in [
        ("GET", "/accounts/99"),
        ("DELETE", "/accounts/99"),
        ("GET", "/accounts/99/orders"),
        ("GET", "/accounts/99/renewals"),
        ("POST", "/accounts/99/sessions/expire"),
        ("DELETE", "/accounts/99/clock"),
    ]:
        response = call(api, method, path)
        assert response.status_code == 404, (method, path)
        assert response.get_json()["detail"] == "no account with id 99"
    assert call(api, "PUT", "/accounts/99/clock", {"today": "2026-01-01"}).status_code == 404
    assert call(api, "POST", "/accounts/99/clock/advance", {"days": 1}).status_code == 404


def test_delete_account_removes_everything_it_owns(api: FlaskClient, conn: sqlite3.Connection) -> None:
    account = create(api, full_spec())
    other = create(api, minimal_spec())
    response = call(api, "DELETE", f"/accounts/{account['id']}")
    assert response.status_code == 204
    assert call(api, "GET", f"/accounts/{account['id']}").status_code == 404
    assert call(api, "GET", f"/accounts/{other['id']}").status_code == 200
    assert rows(conn, "user") == 1
    assert rows(conn, "subscription") == rows(conn, "cart_item") == rows(conn, "license_assignment") == 0
    create(api, full_spec())  # its emails are free again


# --- clocks ---------------------------------------------------------------------------------------


def test_clock_set_advance_and_back_to_real_time(api: FlaskClient) -> None:
    account_id = create(api, minimal_spec())["id"]
    response = call(api, "PUT", f"/accounts/{account_id}/clock", {"today": "2026-01-31"})
    assert response.get_json() == {
        "account_id": account_id,
        "clock_date": "2026-01-31",
        "today": "2026-01-31",
    }
    response = call(api, "POST", f"/accounts/{account_id}/clock/advance", {"days": 29})
    assert response.get_json()["today"] == "2026-03-01"
    response = call(api, "POST", f"/accounts/{account_id}/clock/advance", {"days": -1})
    assert response.get_json()["today"] == "2026-02-28"
    assert call(api, "GET", f"/accounts/{account_id}").get_json()["clock_date"] == "2026-02-28"

    real_today = utc_now().date()
    response = call(api, "DELETE", f"/accounts/{account_id}/clock")
    assert response.get_json() == {
        "account_id": account_id,
        "clock_date": None,
        "today": real_today.isoformat(),
    }
    # Advancing a real-time account starts from the real today.
    response = call(api, "POST", f"/accounts/{account_id}/clock/advance", {"days": 2})
    assert response.get_json()["clock_date"] == (real_today + timedelta(days=2)).isoformat()


def test_clock_of_every_account(api: FlaskClient) -> None:
    first = create(api, minimal_spec(email="one@example.test"))["id"]
    second = create(api, full_spec())["id"]
    response = call(api, "PUT", "/clock", {"today": "2027-01-15"})
    assert response.get_json() == {"today": "2027-01-15", "accounts": 2}
    for account_id in (first, second):
        assert call(api, "GET", f"/accounts/{account_id}").get_json()["today"] == "2027-01-15"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/accounts/{id}/clock", {"today": "31.03.2026"}, "today"),
        ("/accounts/{id}/clock", {}, "today"),
        ("/accounts/{id}/clock", {"today": "2026-03-31", "tz": "UTC"}, "tz"),
        ("/accounts/{id}/clock/advance", {"days": "1"}, "days"),
        ("/accounts/{id}/clock/advance", {"days": 1.5}, "days"),
        ("/accounts/{id}/clock/advance", {"days": 100000}, "days"),
        ("/clock", {"today": None}, "today"),
    ],
)
def test_invalid_clock_change_is_rejected(api: FlaskClient, path: str, body: dict[str, Any], field: str) -> None:
    account = create(api, full_spec())
    method = "PUT" if path.endswith("clock") else "POST"
    response = call(api, method, path.format(id=account["id"]), body)
    assert response.status_code == 422
    assert [problem["field"] for problem in response.get_json()["problems"]] == [field]
    assert call(api, "GET", f"/accounts/{account['id']}").get_json()["clock_date"] == TODAY.isoformat()


def test_advancing_past_the_last_date_is_rejected(api: FlaskClient) -> None:
    account_id = create(api, minimal_spec())["id"]
    call(api, "PUT", f"/accounts/{account_id}/clock", {"today": "2999-12-30"})
    response = call(api, "POST", f"/accounts/{account_id}/clock/advance", {"days": 5})
    assert response.status_code == 422
    assert response.get_json()["problems"][0]["field"] == "days"
    assert call(api, "GET", f"/accounts/{account_id}").get_json()["today"] == "2999-12-30"


def test_a_clock_past_the_last_date_is_refused_and_nothing_changes(api: FlaskClient) -> None:
    """9999-12-31 with an active subscription once gave a 500 (its next period overflowed)."""
    active = {"product": "goto-webinar", "tier": "standard", "licenses": 1, "frequency": "monthly", "status": "active"}
    account_id = create(api, {**minimal_spec(), "subscriptions": [active]})["id"]
    response = call(api, "PUT", f"/accounts/{account_id}/clock", {"today": "9999-12-31"})
    assert response.status_code == 422
    assert response.get_json()["problems"][0]["field"] == "today"
    assert call(api, "GET", f"/accounts/{account_id}").get_json()["clock_date"] is None


# --- orders and sessions --------------------------------------------------------------------------


def test_orders_of_an_account(api: FlaskClient, conn: sqlite3.Connection) -> None:
    account = create(api, full_spec())
    assert call(api, "GET", f"/accounts/{account['id']}/orders").get_json() == []
    with db.transaction(conn):
        order, created = place_order(
            conn,
            account["id"],
            account["users"][0]["id"],
            "token-1",
            Payment(card_holder="Giulia Test", card_last4="4242", card_expiry="09/29"),
            TODAY,
        )
    assert created
    orders = call(api, "GET", f"/accounts/{account['id']}/orders").get_json()
    assert orders == [order.as_json()]
    assert OrderOut.model_validate(orders[0]).number == order.number
    assert len(orders[0]["lines"]) == 2
    assert call(api, "GET", f"/accounts/{account['id']}").get_json()["cart"] == []


def test_expire_sessions_signs_the_account_out(api: FlaskClient, control_app: Flask, conn: sqlite3.Connection) -> None:
    account = create(api, full_spec())
    other = create(api, minimal_spec())
    giulia = sign_in(control_app, "giulia@example.test").client
    marco = sign_in(control_app, "marco@example.test").client
    solo = sign_in(control_app, "solo@example.test").client
    assert giulia.get("/signin").status_code == 302  # signed in: sent on to the billing pages

    response = call(api, "POST", f"/accounts/{account['id']}/sessions/expire")
    assert response.get_json() == {"expired": 2}
    for client in (giulia, marco):
        response = client.get("/billing")
        assert response.status_code == 302
        assert "/signin" in response.headers["Location"]
        assert "expired=1" in response.headers["Location"]
    assert solo.get("/signin").status_code == 302  # another account's session is untouched
    assert call(api, "POST", f"/accounts/{other['id']}/sessions/expire").get_json() == {"expired": 1}


def test_a_session_made_by_the_control_api_signs_the_user_in(
    api: FlaskClient, control_app: Flask, conn: sqlite3.Connection
) -> None:
    account = create(api, full_spec())
    response = call(api, "POST", f"/accounts/{account['id']}/sessions", {"email": "Marco@Example.test"})
    assert response.status_code == 201
    made = response.get_json()
    assert made["cookie"] == "bc_session"
    assert set(made) == {"cookie", "token", "expires_at"}
    browser = control_app.test_client()
    browser.set_cookie(made["cookie"], made["token"], domain="localhost")
    page = browser.get("/billing")
    assert page.status_code == 200  # signed in: no redirect to /signin
    signed_in_as = conn.execute(
        "SELECT user.email FROM session JOIN user ON user.id = session.user_id WHERE token = ?", (made["token"],)
    ).fetchone()
    assert tuple(signed_in_as) == ("marco@example.test",)
    # The same session as signing in makes: the control API can end it.
    assert call(api, "POST", f"/accounts/{account['id']}/sessions/expire").get_json() == {"expired": 1}
    assert browser.get("/billing").status_code == 302


def test_a_session_only_for_a_user_of_that_account(api: FlaskClient, conn: sqlite3.Connection) -> None:
    account = create(api, full_spec())
    other = create(api, minimal_spec())
    response = call(api, "POST", f"/accounts/{other['id']}/sessions", {"email": "giulia@example.test"})
    assert response.status_code == 422
    assert response.get_json()["problems"][0]["field"] == "email"
    assert call(api, "POST", "/accounts/999999/sessions", {"email": "giulia@example.test"}).status_code == 404
    assert call(api, "POST", f"/accounts/{account['id']}/sessions", {"email": "not an email"}).status_code == 422
    assert conn.execute("SELECT COUNT(*) FROM session").fetchone()[0] == 0


# --- faults ---------------------------------------------------------------------------------------


def test_faults_create_list_and_delete(api: FlaskClient) -> None:
    account_id = create(api, minimal_spec())["id"]
    response = call(api, "POST", "/faults", {"kind": "http_error", "status_code": 503})
    assert response.status_code == 201
    first = response.get_json()
    assert first == {
        "id": first["id"],
        "kind": "http_error",
        "status_code": 503,
        "latency_ms": None,
        "path_prefix": "/",
        "account_id": None,
        "count": None,
    }
    assert response.headers["Location"] == f"/_control/faults/{first['id']}"
    second = call(
        api,
        "POST",
        "/faults",
        {
            "kind": "latency",
            "latency_ms": 250,
            "path_prefix": "/billing",
            "account_id": account_id,
            "count": 3,
        },
    ).get_json()
    third = call(api, "POST", "/faults", {"kind": "card_declined", "account_id": account_id}).get_json()
    assert call(api, "GET", "/faults").get_json() == [first, second, third]

    assert call(api, "DELETE", f"/faults/{second['id']}").status_code == 204
    assert call(api, "DELETE", f"/faults/{second['id']}").status_code == 404
    assert call(api, "GET", "/faults").get_json() == [first, third]
    assert call(api, "DELETE", "/faults").get_json() == {"deleted": 2}
    assert call(api, "GET", "/faults").get_json() == []


def test_a_fault_fails_matching_requests_as_often_as_asked(api: FlaskClient) -> None:
    call(
        api,
        "POST",
        "/faults",
        {"kind": "http_error", "status_code": 502, "path_prefix": "/signin", "count": 2},
    )
    assert [api.get("/signin").status_code for _ in range(3)] == [502, 502, 200]
    assert api.get("/healthz").status_code == 200
    assert call(api, "GET", "/faults").get_json() == []


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"kind": "http_error"}, "status_code", "required for kind http_error"),
        ({"kind": "http_error", "status_code": 404}, "status_code", "greater than or equal to 500"),
        ({"kind": "http_error", "status_code": 600}, "status_code", "less than or equal to 599"),
        ({"kind": "latency"}, "latency_ms", "required for kind latency"),
        ({"kind": "latency", "latency_ms": 0}, "latency_ms", "greater than or equal to 1"),
        ({"kind": "latency", "latency_ms": 30001}, "latency_ms", "less than or equal to 30000"),
        ({"kind": "card_declined", "status_code": 500}, "status_code", "only for kind http_error"),
        ({"kind": "card_declined", "latency_ms": 5}, "latency_ms", "only for kind latency"),
        ({"kind": "card_declined", "path_prefix": "billing"}, "path_prefix", "a URL path starting with /"),
        ({"kind": "card_declined", "path_prefix": "/_control/faults"}, "path_prefix", "never faulted"),
        ({"kind": "card_declined", "count": 0}, "count", "greater than or equal to 1"),
        ({"kind": "card_declined", "account_id": 42}, "account_id", "no account with id 42"),
        ({"kind": "timeout"}, "kind", "'http_error', 'latency' or 'card_declined'"),
        ({"kind": "card_declined", "times": 2}, "times", "Extra inputs are not permitted"),
    ],
)
def test_invalid_fault_is_rejected(
    api: FlaskClient, conn: sqlite3.Connection, body: dict[str, Any], field: str, message: str
) -> None:
    response = call(api, "POST", "/faults", body)
    assert response.status_code == 422
    problems = {problem["field"]: problem["message"] for problem in response.get_json()["problems"]}
    assert message in problems[field]
    assert rows(conn, "fault") == 0


# --- reset and catalog ----------------------------------------------------------------------------


def test_reset_empties_every_table(api: FlaskClient, conn: sqlite3.Connection) -> None:
    account = create(api, full_spec())
    sign_in(api.application, "giulia@example.test")
    call(api, "POST", "/faults", {"kind": "card_declined", "account_id": account["id"]})
    conn.execute(
        "INSERT INTO corporate_request (account_id, topic, message, created_at) VALUES (?, 't', 'm', 'x')",
        (account["id"],),
    )
    conn.execute(
        "INSERT INTO mail_message (id, message_id, sender, recipients, subject, created_at, size, raw)"
        " VALUES ('m1', 'id', 's', '[]', 'subject', 'x', 1, x'00')"
    )
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    response = call(api, "POST", "/reset")
    assert response.status_code == 200
    deleted = response.get_json()["deleted"]
    assert set(deleted) == set(tables)
    assert deleted["account"] == 1
    assert deleted["user"] == 2
    assert deleted["session"] >= 1
    assert deleted["fault"] == deleted["corporate_request"] == deleted["mail_message"] == 1
    for table in tables:
        assert rows(conn, table) == 0, table
    assert call(api, "GET", f"/accounts/{account['id']}").status_code == 404
    create(api, full_spec())  # a fresh start


def test_catalog_lists_products_tiers_and_prices(api: FlaskClient) -> None:
    products = call(api, "GET", "/catalog").get_json()["products"]
    assert [product["code"] for product in products] == list(PRODUCTS)
    for product in products:
        known = PRODUCTS[product["code"]]
        assert (product["name"], product["max_licenses"], product["trial_days"]) == (
            known.name,
            known.max_licenses,
            known.trial_days,
        )
        assert [tier["code"] for tier in product["tiers"]] == [tier.code for tier in known.tiers]
        for tier in product["tiers"]:
            for currency in ("EUR", "USD"):
                for frequency in ("monthly", "annual"):
                    price = tier["prices"][currency][frequency]
                    assert isinstance(price, str)
                    expected = known.tier(tier["code"]).unit_price(currency, frequency)
                    assert Decimal(price) == expected


# --- the OpenAPI document -------------------------------------------------------------------------


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_openapi_document_describes_what_is_validated(api: FlaskClient) -> None:
    response = api.get("/_control/openapi.json")  # no token needed
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    document = response.get_json()
    assert document["openapi"] == "3.1.0"
    assert {"title", "version"} <= set(document["info"])
    routes = {
        (
            method.upper(),
            path.removeprefix("/_control").replace("{account_id}", "1").replace("{fault_id}", "1"),
        )
        for path, operations in document["paths"].items()
        for method in operations
    }
    assert set(ENDPOINTS) | {("GET", "/openapi.json")} == routes
    schemas = document["components"]["schemas"]
    for model in (*REQUEST_MODELS, *RESPONSE_MODELS):
        assert model.__name__ in schemas
    # The component is exactly what pydantic generates from the model that validates the body.
    generated = REQUEST_MODELS[0].model_json_schema(ref_template="#/components/schemas/{model}")
    generated.pop("$defs", None)
    assert schemas["AccountSpec"] == generated
    assert schemas["SubscriptionSpec"]["properties"]["product"]["enum"] == list(PRODUCTS)
    assert schemas["AccountSpec"]["additionalProperties"] is False
    for ref in _refs(document):
        assert ref.startswith("#/components/schemas/")
        assert ref.removeprefix("#/components/schemas/") in schemas, ref
    create_operation = document["paths"]["/_control/accounts"]["post"]
    assert create_operation["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/AccountSpec"
    }
    assert {"201", "400", "401", "422"} <= set(create_operation["responses"])
    assert document["paths"]["/_control/openapi.json"]["get"]["security"] == []
    assert document["security"] == [{"controlToken": []}]


# --- the demo seed --------------------------------------------------------------------------------


def test_demo_seed_is_idempotent_and_covers_every_role(api: FlaskClient, conn: sqlite3.Connection) -> None:
    first = seed_demo(conn, TODAY)
    counts = {table: rows(conn, table) for table in ("account", "user", "subscription", "cart_item")}
    assert seed_demo(conn, TODAY) == first
    assert {table: rows(conn, table) for table in counts} == counts
    assert first == demo_sign_ins()
    assert all(who.password == DEMO_PASSWORD and who.email.endswith("@demo.billing.test") for who in first)
    assert len({who.email for who in first}) == len(first)

    def account_of(email: str) -> dict[str, Any]:
        found = store.find_user_for_sign_in(conn, email)
        assert found is not None, email
        assert check_password_hash(found[1], DEMO_PASSWORD)
        account: dict[str, Any] = call(api, "GET", f"/accounts/{found[0].account_id}").get_json()
        return account

    for locale, country, currency in [("it", "IT", "EUR"), ("de", "DE", "EUR"), ("en", "US", "USD")]:
        main = account_of(f"{locale}.self-service@demo.billing.test")
        assert (main["kind"], main["country"], main["currency"], main["today"]) == (
            "self_service",
            country,
            currency,
            TODAY.isoformat(),
        )
        plans = {(s["product"], s["tier"]): s for s in main["subscriptions"]}
        assert {"openvoice", "gotoassist-rs-v5", "goto-webinar", "gotomeeting"} <= {p for p, _ in plans}
        assert plans[("gotoassist-rs-v5", "standard")]["licenses"] > 1
        assert plans[("gotomeeting", "business")]["status"] == "active"
        assert ("goto-webinar", "standard") in plans
        assert all(Decimal(s["paid_amount"]) > 0 for s in main["subscriptions"])
        members = [u for u in main["users"] if not u["billing_contact"]]
        assert len(members) >= 2
        assigned = {email for s in main["subscriptions"] for email in s["assigned_users"]}
        assert {u["email"] for u in members} <= assigned
        assert f"{locale}.member@demo.billing.test" in {u["email"] for u in members}

        corporate = account_of(f"{locale}.corporate@demo.billing.test")
        assert corporate["kind"] == "corporate"

        [trial] = account_of(f"{locale}.trial@demo.billing.test")["subscriptions"]
        assert trial["status"] == "trial"
        assert date.fromisoformat(trial["trial_ends_on"]) >= TODAY
        [expired] = account_of(f"{locale}.trial-expired@demo.billing.test")["subscriptions"]
        assert expired["status"] == "trial"
        assert date.fromisoformat(expired["trial_ends_on"]) < TODAY

        cart = account_of(f"{locale}.cart@demo.billing.test")
        assert len(cart["cart"]) == 1
        assert cart["card_on_file"] is not None
        assert account_of(f"{locale}.no-card@demo.billing.test")["card_on_file"] is None

    cards = [account_of(f"{locale}.self-service@demo.billing.test")["card_on_file"] for locale in ("it", "de", "en")]
    assert any(card is None for card in cards)
    assert any(card is not None for card in cards)


def test_demo_seed_without_a_date_runs_on_real_time(conn: sqlite3.Connection) -> None:
    seed_demo(conn)
    clocks = {row[0] for row in conn.execute("SELECT clock_date FROM account")}
    assert clocks == {None}


def test_demo_table_lists_every_sign_in() -> None:
    table = demo_table_markdown()
    lines = table.strip().splitlines()
    assert lines[0].startswith("| locale | email | password |")
    assert len(lines) == 2 + len(demo_sign_ins())
    assert "`it.self-service@demo.billing.test`" in table
    assert f"`{DEMO_PASSWORD}`" in table


def test_seed_and_control_api_share_one_creation_path(api: FlaskClient, conn: sqlite3.Connection) -> None:
    from mock_server import control, seed

    assert vars(seed)["create_account"] is control.create_account
    # An email the demo needs, taken through the API first, makes the seed fail with the API's message.
    spec = minimal_spec("it", email="it.member@demo.billing.test")
    create(api, spec)
    with pytest.raises(control.SpecError, match="already exists"):
        seed_demo(conn, TODAY)
    assert rows(conn, "account") == 1  # the seed's transaction was rolled back whole
