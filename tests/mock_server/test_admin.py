"""User licenses over HTTP: enable or disable products for single users, never beyond the licenses bought.

Accounts are made through the control API (the harness's `ControlApi`, over the test client).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from flask import Flask

from billing_e2e.control_api import ControlApi
from mock_server import store
from mock_server.i18n import translations
from tools.sign_in import csrf_token

from .catalogs import msg, tr
from .conftest import Browser, contact, create_italian_account, sign_in, subscription

pytestmark = pytest.mark.http

TODAY = date(2026, 11, 16)
LOCALES = ("it", "de", "en")
PEOPLE = ("Mario Rossi", "Luca Verdi", "Anna Neri")  # Mario is the billing contact


@dataclass(frozen=True)
class Seeded:
    account_id: int
    emails: dict[str, str]  # full name → email
    users: dict[str, int]  # full name → id
    subscriptions: dict[str, int]  # product code → id

    @property
    def contact(self) -> str:
        return self.emails[PEOPLE[0]]


def seed(
    control: ControlApi,
    locale: str = "en",
    *,
    tag: str = "a",
    subscriptions: bool = True,
    assigned: tuple[tuple[str, str], ...] = (),
) -> Seeded:
    """Three users; GoTo Webinar with 2 licenses, a running OpenVoice trial (1), an ended trial.

    `assigned`: (full name, product code) of the licenses held from the start.
    """
    emails = {name: f"{tag}.{name.split()[0].lower()}@example.test" for name in PEOPLE}
    subs: list[dict[str, Any]] = []
    if subscriptions:
        subs.append(
            subscription(
                "goto-webinar",
                "standard",
                2,
                period_start="2026-11-01",
                next_billing_date="2026-12-01",
                paid_amount="198.00",
            )
        )
        for product, ends in (("openvoice", TODAY + timedelta(days=3)), ("gotomeeting", TODAY - timedelta(days=1))):
            subs.append(
                subscription(
                    product,
                    "business",
                    1,
                    status="trial",
                    period_start=(ends - timedelta(days=14)).isoformat(),
                    trial_ends_on=ends.isoformat(),
                )
            )
    for sub in subs:
        sub["assigned_users"] = [emails[name] for name, product in assigned if product == sub["product"]]
    account = create_italian_account(
        control,
        kind="self_service",
        locale=locale,
        name=f"Account {tag}",
        today=TODAY,
        users=[
            contact(locale, email=emails[name], full_name=name, billing_contact=index == 0)
            for index, name in enumerate(PEOPLE)
        ],
        subscriptions=subs,
    )
    return Seeded(
        account_id=account["id"],
        emails=emails,
        users={user["full_name"]: user["id"] for user in account["users"]},
        subscriptions={sub["product"]: sub["id"] for sub in account["subscriptions"]},
    )


def held(conn: sqlite3.Connection) -> set[tuple[int, int]]:
    return {(r["user_id"], r["subscription_id"]) for r in conn.execute("SELECT * FROM license_assignment")}


def checkbox(html: str, label: str) -> str:
    """The <input> whose accessible name is `label` (aria-label)."""
    for tag in re.findall(r"<input[^>]*>", html, flags=re.DOTALL):
        if f'aria-label="{label}"' in tag:
            return str(tag)
    raise AssertionError(f"no checkbox named {label!r}")


def save(
    browser: Browser,
    account: Seeded,
    checked: list[tuple[str, str]],
    shown: list[tuple[str, str]] | None = None,
    **extra: Any,
) -> Any:
    """Submit the table: `shown` cells (default: every running subscription × every user), `checked` boxes."""
    if shown is None:
        shown = [(name, product) for name in PEOPLE for product in ("goto-webinar", "openvoice")]
    token = csrf_token(browser.client.get("/users").get_data(as_text=True))
    data: dict[str, Any] = {
        "csrf_token": token,
        "cell": [f"{account.users[n]}-{account.subscriptions[p]}" for n, p in shown],
        **{f"assign-{account.users[n]}-{account.subscriptions[p]}": "1" for n, p in checked},
        **extra,
    }
    return browser.client.post("/users", data=data)


# --- the table ------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_the_table_has_a_named_checkbox_per_user_and_product(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = seed(control, locale, assigned=(("Luca Verdi", "goto-webinar"),))
    html = sign_in(app, account.contact).text("/users")
    assert f'<html lang="{locale}">' in html
    assert f"<h1>{tr(locale, 'User licenses')}</h1>" in html
    assert html.count('type="checkbox"') == 6, "3 users × 2 running subscriptions"
    for name in PEOPLE:
        for product in ("GoTo Webinar", "OpenVoice"):
            box = checkbox(html, tr(locale, "%(product)s for %(user)s", product=product, user=name))
            assert ("checked" in box) == (name == "Luca Verdi" and product == "GoTo Webinar")
    assert "GoToMeeting" not in html.split("<main", 1)[1], "an ended trial has no licenses to assign"
    assert f"({tr(locale, 'Free trial')})" in html
    plural = "%(assigned)s of %(num)s licenses assigned"
    singular = "%(assigned)s of %(num)s license assigned"
    webinar = translations(locale).ngettext(singular, plural, 2) % {"assigned": 1, "num": 2}
    openvoice = translations(locale).ngettext(singular, plural, 1) % {"assigned": 0, "num": 1}
    assert webinar in html
    assert openvoice in html
    assert '<th scope="row">Mario Rossi' in html
    assert '<button type="submit" class="button primary">' + tr(locale, "Save") + "</button>" in html


def test_an_account_without_subscriptions_is_told_so(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control, subscriptions=False)
    html = sign_in(app, account.contact).text("/users")
    assert "Your account has no subscriptions yet." in html
    assert 'href="/add"' in html
    assert 'type="checkbox"' not in html


# --- saving ---------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_save_enables_and_disables_products(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = seed(control, locale, assigned=(("Anna Neri", "openvoice"),))
    browser = sign_in(app, account.contact)
    response = save(browser, account, [("Mario Rossi", "goto-webinar"), ("Luca Verdi", "goto-webinar")])
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/users?saved=1")
    u, s = account.users, account.subscriptions
    assert held(conn) == {(u["Mario Rossi"], s["goto-webinar"]), (u["Luca Verdi"], s["goto-webinar"])}
    html = browser.text("/users?saved=1")
    assert f'role="status">{tr(locale, "Your changes have been saved.")}' in html
    assert "checked" in checkbox(
        html, tr(locale, "%(product)s for %(user)s", product="GoTo Webinar", user="Mario Rossi")
    )
    assert "checked" not in checkbox(
        html, tr(locale, "%(product)s for %(user)s", product="OpenVoice", user="Anna Neri")
    )


def test_a_license_moves_from_one_user_to_another_in_one_save(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(
        control,
        assigned=(
            ("Mario Rossi", "goto-webinar"),
            ("Luca Verdi", "goto-webinar"),
        ),
    )
    browser = sign_in(app, account.contact)
    response = save(browser, account, [("Mario Rossi", "goto-webinar"), ("Anna Neri", "goto-webinar")])
    assert response.status_code == 302
    u, s = account.users, account.subscriptions
    assert held(conn) == {(u["Mario Rossi"], s["goto-webinar"]), (u["Anna Neri"], s["goto-webinar"])}


def test_cells_that_were_not_shown_stay_as_they_are(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control, assigned=(("Luca Verdi", "goto-webinar"),))
    browser = sign_in(app, account.contact)
    response = save(browser, account, [("Anna Neri", "openvoice")], shown=[("Anna Neri", "openvoice")])
    assert response.status_code == 302
    u, s = account.users, account.subscriptions
    assert held(conn) == {(u["Luca Verdi"], s["goto-webinar"]), (u["Anna Neri"], s["openvoice"])}


@pytest.mark.parametrize("locale", LOCALES)
def test_more_users_than_licenses_are_refused_and_nothing_changes(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, locale: str
) -> None:
    account = seed(control, locale, assigned=(("Luca Verdi", "openvoice"),))
    browser = sign_in(app, account.contact)
    before = held(conn)
    everyone = [(name, "goto-webinar") for name in PEOPLE]
    response = save(browser, account, [*everyone, ("Mario Rossi", "openvoice")])
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert held(conn) == before, "all or nothing: the valid OpenVoice change is not saved either"
    assert f'<html lang="{locale}">' in html
    alert = html.split('role="alert"', 1)[1].split("</div>", 1)[0]
    assert msg(locale, "assign_too_many", count=3, limit=2) in alert
    assert "GoTo Webinar" in alert
    error_id = f"subscription-{account.subscriptions['goto-webinar']}-error"
    assert f'id="{error_id}"' in html
    box = checkbox(html, tr(locale, "%(product)s for %(user)s", product="GoTo Webinar", user="Anna Neri"))
    assert "checked" in box, "the boxes come back as submitted"
    assert f'aria-invalid="true" aria-describedby="{error_id}"' in box
    luca_openvoice = checkbox(html, tr(locale, "%(product)s for %(user)s", product="OpenVoice", user="Luca Verdi"))
    assert "checked" not in luca_openvoice
    assert "aria-invalid" not in luca_openvoice


def test_a_full_subscription_refuses_one_more_user(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control, assigned=(("Luca Verdi", "openvoice"),))
    browser = sign_in(app, account.contact)
    response = save(browser, account, [("Luca Verdi", "openvoice"), ("Anna Neri", "openvoice")])
    assert response.status_code == 422
    assert msg("en", "assign_too_many", count=2, limit=1) in response.get_data(as_text=True)
    u, s = account.users, account.subscriptions
    assert held(conn) == {(u["Luca Verdi"], s["openvoice"])}


# --- authorization and bad requests ---------------------------------------------------------


def test_another_accounts_users_and_subscriptions_are_404(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    mine = seed(control, tag="mine")
    theirs = seed(control, tag="theirs")
    browser = sign_in(app, mine.contact)
    before = held(conn)
    my_user, my_sub = mine.users["Luca Verdi"], mine.subscriptions["goto-webinar"]
    their_user, their_sub = theirs.users["Luca Verdi"], theirs.subscriptions["goto-webinar"]
    for user_id, sub_id in (
        (their_user, my_sub),
        (my_user, their_sub),
        (my_user, 999999),
        (my_user, mine.subscriptions["gotomeeting"]),
    ):
        token = csrf_token(browser.client.get("/users").get_data(as_text=True))
        as_cell = browser.client.post("/users", data={"csrf_token": token, "cell": f"{user_id}-{sub_id}"})
        as_box = browser.client.post("/users", data={"csrf_token": token, f"assign-{user_id}-{sub_id}": "1"})
        assert as_cell.status_code == 404, (user_id, sub_id)
        assert as_box.status_code == 404, (user_id, sub_id)
    assert held(conn) == before


@pytest.mark.parametrize("field", [("cell", "abc"), ("cell", "1-"), ("assign-1-x", "1"), ("assign-", "1")])
def test_malformed_fields_are_400(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, field: tuple[str, str]
) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    token = csrf_token(browser.client.get("/users").get_data(as_text=True))
    response = browser.client.post("/users", data={"csrf_token": token, field[0]: field[1]})
    assert response.status_code == 400
    assert held(conn) == set()


def test_someone_who_is_not_a_billing_contact_gets_403(
    app: Flask, control: ControlApi, conn: sqlite3.Connection
) -> None:
    account = seed(control)
    browser = sign_in(app, account.emails["Luca Verdi"])
    assert browser.get("/users").status_code == 403
    token = csrf_token(browser.client.get("/billing").get_data(as_text=True))
    cell = f"{account.users['Luca Verdi']}-{account.subscriptions['goto-webinar']}"
    response = browser.client.post("/users", data={"csrf_token": token, "cell": cell, f"assign-{cell}": "1"})
    assert response.status_code == 403
    assert held(conn) == set()


def test_anonymous_visitors_are_sent_to_sign_in(app: Flask) -> None:
    response = app.test_client().get("/users")
    assert response.status_code == 302
    assert "/signin?next=/users" in response.headers["Location"]


def test_a_form_without_its_csrf_token_is_refused(app: Flask, control: ControlApi, conn: sqlite3.Connection) -> None:
    account = seed(control)
    browser = sign_in(app, account.contact)
    cell = f"{account.users['Luca Verdi']}-{account.subscriptions['goto-webinar']}"
    assert browser.client.post("/users", data={"cell": cell, f"assign-{cell}": "1"}).status_code == 400
    assert held(conn) == set()


def test_a_refusal_by_the_store_rolls_the_whole_save_back(
    app: Flask, control: ControlApi, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's own check (a safety net behind the page's) undoes the changes already made."""
    account = seed(control, assigned=(("Luca Verdi", "goto-webinar"),))
    real = store.set_assignment

    def refuse_enabling(
        conn: sqlite3.Connection, account_id: int, user_id: int, subscription_id: int, enabled: bool
    ) -> None:
        if enabled:
            raise store.AssignmentError("no_free_license", 2)
        real(conn, account_id, user_id, subscription_id, enabled)

    monkeypatch.setattr(store, "set_assignment", refuse_enabling)
    browser = sign_in(app, account.contact)
    before = held(conn)
    response = save(browser, account, [("Anna Neri", "goto-webinar")])
    assert response.status_code == 422
    assert msg("en", "no_free_license", limit=2) in response.get_data(as_text=True)
    assert held(conn) == before, "Luca's license, taken away first in the same save, is back"
