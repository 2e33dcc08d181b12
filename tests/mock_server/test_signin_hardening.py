"""Sign-in under attack: throttling, equal work for unknown emails, cookies, sessions, headers, tokens."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.security import check_password_hash
from werkzeug.test import TestResponse

from billing_e2e.control_api import ControlApi
from mock_server import auth, create_app
from mock_server.__main__ import UsageError, build_parser, settings_from
from mock_server.clock import utc_now
from mock_server.config import Settings
from mock_server.store import FAST_PASSWORD_HASH
from tools.sign_in import csrf_token

from .conftest import CONTROL_TOKEN, PASSWORD, contact

pytestmark = pytest.mark.http

WRONG = "not-the-password"
WILDCARD = "0.0.0.0"  # noqa: S104 - a setting under test, nothing is bound


def attempt(client: FlaskClient, email: str, password: str, lang: str = "en", **kwargs: Any) -> TestResponse:
    token = csrf_token(client.get("/signin", query_string={"lang": lang}).get_data(as_text=True))
    return client.post("/signin", data={"csrf_token": token, "email": email, "password": password}, **kwargs)


@pytest.fixture
def email(control: ControlApi) -> str:
    account = control.create_account({"kind": "self_service", "locale": "it", "users": [contact("it")]})
    address: str = account["users"][0]["email"]
    return address


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Too many failed sign-ins. Try again in 15 minutes."),
        ("it", "Troppi accessi non riusciti. Riprova tra 15 minuti."),
        ("de", "Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 15 Minuten erneut."),
    ],
)
def test_an_account_is_throttled_after_its_failures_even_with_the_right_password(
    app: Flask, email: str, lang: str, text: str
) -> None:
    limit = app.config["SETTINGS"].signin_failures_per_account
    client = app.test_client()
    assert [attempt(client, email, WRONG).status_code for _ in range(limit)] == [401] * limit
    throttled = attempt(client, email, PASSWORD, lang)
    assert throttled.status_code == 429
    window = app.config["SETTINGS"].signin_failure_window.total_seconds()
    assert 0 < int(throttled.headers["Retry-After"]) <= window
    assert text in throttled.get_data(as_text=True)
    # Another address of the same client is not the throttled account.
    assert attempt(app.test_client(), "someone.else@example.test", WRONG).status_code == 401


def test_a_client_is_throttled_after_failures_on_many_emails(app: Flask) -> None:
    limit = app.config["SETTINGS"].signin_failures_per_client
    client = app.test_client()
    codes = [attempt(client, f"guess{n}@example.test", WRONG).status_code for n in range(limit)]
    assert codes == [401] * limit
    assert attempt(client, "guess-next@example.test", WRONG).status_code == 429
    # The limit is the client's: another address is not affected.
    other = attempt(app.test_client(), "guess-next@example.test", WRONG, environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert other.status_code == 401


def test_successes_never_count_and_a_success_forgets_the_accounts_failures(app: Flask, email: str) -> None:
    limit = app.config["SETTINGS"].signin_failures_per_account
    client = app.test_client()
    for _ in range(3 * limit):
        assert attempt(app.test_client(), email, PASSWORD).status_code == 302
    for _ in range(limit - 1):
        assert attempt(client, email, WRONG).status_code == 401
    assert attempt(client, email, PASSWORD).status_code == 302
    assert [attempt(app.test_client(), email, WRONG).status_code for _ in range(limit - 1)] == [401] * (limit - 1)


def test_a_wrong_password_costs_one_hash_check_whether_or_not_the_email_exists(
    app: Flask, email: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []

    def spy(stored: str, given: str) -> bool:
        checked.append(stored)
        return check_password_hash(stored, given)

    monkeypatch.setattr(auth, "check_password_hash", spy)
    assert attempt(app.test_client(), email, WRONG).status_code == 401
    assert attempt(app.test_client(), "nobody@example.test", WRONG).status_code == 401
    assert len(checked) == 2
    # Both against a hash of the users' method: the same cost.
    assert {stored.split("$", 1)[0] for stored in checked} == {FAST_PASSWORD_HASH}


def rows(conn: sqlite3.Connection, table: str) -> int:
    count: int = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]  # noqa: S608 - our own names
    return count


COOKIE_LESS_GETS = 50


@pytest.mark.parametrize(
    "path", ["/signin", "/signin?lang=de&next=/billing", "/billing", "/add/openvoice/buy", "/no-such-page"]
)
def test_cookie_less_visitors_add_no_session_row(app: Flask, conn: sqlite3.Connection, path: str) -> None:
    answers = [app.test_client().get(path).status_code for _ in range(COOKIE_LESS_GETS)]
    assert len(answers) == COOKIE_LESS_GETS
    assert set(answers) <= {200, 302, 404}
    assert rows(conn, "session") == 0


def visitor_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie(auth.VISITOR_COOKIE)
    assert cookie is not None, "the sign-in page gives a visitor cookie"
    return cookie.value


def test_signing_in_with_the_visitors_token_makes_exactly_one_session(
    app: Flask, conn: sqlite3.Connection, email: str
) -> None:
    client = app.test_client()
    page = client.get("/signin")
    assert client.get_cookie(auth.SESSION_COOKIE) is None
    set_cookie = page.headers["Set-Cookie"]
    assert set_cookie.startswith(f"{auth.VISITOR_COOKIE}=")
    assert "HttpOnly" in set_cookie
    assert "SameSite=Lax" in set_cookie
    lifetime = app.config["SETTINGS"].anonymous_session_lifetime
    assert f"Max-Age={int(lifetime.total_seconds())}" in set_cookie
    # The same visitor keeps its token while its cookie lives.
    token = csrf_token(page.get_data(as_text=True))
    assert csrf_token(client.get("/signin").get_data(as_text=True)) == token

    signed_in = client.post("/signin", data={"csrf_token": token, "email": email, "password": PASSWORD})
    assert signed_in.status_code == 302
    assert rows(conn, "session") == 1
    assert client.get_cookie(auth.VISITOR_COOKIE) is None, "the sign-in form's token is not kept"
    session = client.get_cookie(auth.SESSION_COOKIE)
    assert session is not None
    row = conn.execute("SELECT token, csrf_token FROM session").fetchone()
    assert row["token"] == session.value
    assert row["csrf_token"] != token, "the session has a token of its own"
    assert client.get("/billing").status_code == 200
    assert client.post("/signout", data={"csrf_token": row["csrf_token"]}).status_code == 302
    assert rows(conn, "session") == 0


def tampered(cookie: str) -> str:
    """The cookie with the first character of its payload changed (its top six bits: never a no-op)."""
    return ("A" if cookie[0] != "A" else "B") + cookie[1:]


def test_a_tampered_expired_or_foreign_visitor_token_is_refused(
    app: Flask, conn: sqlite3.Connection, db_path: Path, email: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lifetime = app.config["SETTINGS"].anonymous_session_lifetime

    def visitor(issued_ago: timedelta = timedelta(0)) -> tuple[FlaskClient, str]:
        """A visitor whose cookie the mock issued `issued_ago` by its clock, and its form's token."""
        client = app.test_client()
        issued = utc_now() - issued_ago
        with monkeypatch.context() as clock:
            clock.setattr(auth, "utc_now", lambda: issued)
            token = csrf_token(client.get("/signin").get_data(as_text=True))
        return client, token

    def sign_in_with(client: FlaskClient, token: str) -> TestResponse:
        return client.post("/signin", data={"csrf_token": token, "email": email, "password": PASSWORD})

    refused = []
    client, token = visitor()
    client.set_cookie(auth.VISITOR_COOKIE, tampered(visitor_cookie(client)))
    refused.append(sign_in_with(client, token))
    refused.append(sign_in_with(*visitor(lifetime + timedelta(seconds=1))))
    mine, _ = visitor()
    _, theirs = visitor()
    refused.append(sign_in_with(mine, theirs))
    refused.append(sign_in_with(app.test_client(), theirs))  # no cookie at all
    # A cookie signed with another secret: another mock, on a database of its own.
    other_mock = create_app(
        Settings(database=db_path.with_name("other.sqlite3"), password_hash_method=FAST_PASSWORD_HASH)
    )
    elsewhere = other_mock.test_client()
    elsewhere_token = csrf_token(elsewhere.get("/signin").get_data(as_text=True))
    client, _ = visitor()
    client.set_cookie(auth.VISITOR_COOKIE, visitor_cookie(elsewhere))
    refused.append(sign_in_with(client, elsewhere_token))
    for answer in refused:
        assert answer.status_code == 400
        assert "This form has expired or was not sent from this site." in answer.get_data(as_text=True)
        assert auth.SESSION_COOKIE not in answer.headers.get("Set-Cookie", "")
    assert rows(conn, "session") == 0
    assert rows(conn, "signin_failure") == 0, "a refused form is not a sign-in attempt"
    # Just inside the lifetime the same sign-in works: the cookie's max age is the anonymous lifetime.
    assert sign_in_with(*visitor(lifetime - timedelta(seconds=5))).status_code == 302
    assert rows(conn, "session") == 1


def test_a_form_loaded_before_a_restart_still_signs_in_after_it(db_path: Path, email: str) -> None:
    # The signing key is kept with the state, as a real service keeps its keys across deploys.
    before = create_app(Settings(database=db_path, password_hash_method=FAST_PASSWORD_HASH)).test_client()
    token = csrf_token(before.get("/signin").get_data(as_text=True))
    after = create_app(Settings(database=db_path, password_hash_method=FAST_PASSWORD_HASH)).test_client()
    after.set_cookie(auth.VISITOR_COOKIE, visitor_cookie(before))
    answer = after.post("/signin", data={"csrf_token": token, "email": email, "password": PASSWORD})
    assert answer.status_code == 302, answer.get_data(as_text=True)
    assert answer.headers["Location"].endswith("/billing")


def test_the_language_chosen_before_signing_in_sticks_through_it(
    app: Flask, conn: sqlite3.Connection, email: str
) -> None:
    client = app.test_client()
    english = {"Accept-Language": "en-US"}
    assert '<html lang="de">' in client.get("/signin?lang=de", headers=english).get_data(as_text=True)
    page = client.get("/signin", headers=english).get_data(as_text=True)
    assert '<html lang="de">' in page, "the choice is kept in the visitor's cookie"
    assert rows(conn, "session") == 0
    form = {"csrf_token": csrf_token(page), "email": email, "password": PASSWORD}
    assert client.post("/signin", data=form, headers=english).status_code == 302
    assert conn.execute("SELECT locale FROM session").fetchone()["locale"] == "de"
    # The user's own language is Italian: the choice made before signing in wins.
    assert '<html lang="de">' in client.get("/billing", headers=english).get_data(as_text=True)


def test_expired_sessions_and_anonymous_rows_of_an_older_mock_are_swept(
    app: Flask, conn: sqlite3.Connection, email: str
) -> None:
    now = utc_now()
    old = (now - timedelta(hours=2)).isoformat()
    conn.execute(
        "INSERT INTO session (token, user_id, csrf_token, created_at, expires_at) VALUES"
        " ('anonymous-old', NULL, 'c1', ?, ?), ('expired', NULL, 'c2', ?, ?)",
        (old, (now + timedelta(hours=1)).isoformat(), old, old),
    )
    assert attempt(app.test_client(), email, PASSWORD).status_code == 302
    kept = conn.execute("SELECT user_id, created_at, expires_at FROM session").fetchall()
    assert len(kept) == 1
    assert kept[0]["user_id"] is not None
    lifetime = app.config["SETTINGS"].session_lifetime
    assert datetime.fromisoformat(kept[0]["expires_at"]) - datetime.fromisoformat(kept[0]["created_at"]) == lifetime


def secure_flags(response: TestResponse) -> dict[str, bool]:
    """Each cookie the answer sets or clears: whether it is Secure."""
    return {header.split("=", 1)[0]: "; Secure" in header for header in response.headers.getlist("Set-Cookie")}


def test_the_session_and_visitor_cookies_are_secure_on_https_or_when_set(db_path: Path, email: str) -> None:
    plain = create_app(Settings(database=db_path, password_hash_method=FAST_PASSWORD_HASH))
    both = {auth.SESSION_COOKIE, auth.VISITOR_COOKIE}  # the session set, the visitor's cookie cleared
    assert secure_flags(attempt(plain.test_client(), email, PASSWORD)) == dict.fromkeys(both, False)
    assert secure_flags(plain.test_client().get("/signin")) == {auth.VISITOR_COOKIE: False}
    over_https = attempt(plain.test_client(), email, PASSWORD, base_url="https://localhost")
    assert secure_flags(over_https) == dict.fromkeys(both, True)
    assert secure_flags(plain.test_client().get("/signin", base_url="https://localhost")) == {auth.VISITOR_COOKIE: True}
    forced = create_app(Settings(database=db_path, password_hash_method=FAST_PASSWORD_HASH, secure_cookies=True))
    assert secure_flags(attempt(forced.test_client(), email, PASSWORD)) == dict.fromkeys(both, True)
    assert secure_flags(forced.test_client().get("/signin")) == {auth.VISITOR_COOKIE: True}


def test_pages_carry_the_security_headers(client: FlaskClient) -> None:
    headers = client.get("/signin").headers
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self'" in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"


def test_the_mailbox_needs_its_token_when_one_is_set(db_path: Path) -> None:
    token = "mailbox-token-0123456789"
    app = create_app(Settings(database=db_path, mailbox_token=token))
    client = app.test_client()
    refused = client.get("/mailbox/api/v1/messages")
    assert refused.status_code == 401
    assert refused.get_json()["detail"] == "the mailbox API needs the header 'Authorization: Bearer <mailbox token>'"
    assert client.get("/mailbox/api/v1/messages", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/mailbox/api/v1/messages", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_listening_beyond_loopback_needs_a_mailbox_token() -> None:
    args = build_parser().parse_args(["--host", WILDCARD])
    with pytest.raises(UsageError, match="beyond loopback: the mailbox API needs a token"):
        settings_from(args, {})
    on_loopback = settings_from(build_parser().parse_args(["--host", "127.0.0.1"]), {})
    assert on_loopback.mailbox_token is None
    test_mode = settings_from(
        build_parser().parse_args(["--host", WILDCARD, "--test-mode"]), {"BILLING_MOCK_CONTROL_TOKEN": CONTROL_TOKEN}
    )
    assert test_mode.mailbox_token == CONTROL_TOKEN
