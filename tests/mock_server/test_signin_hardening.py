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

from ..sign_in import csrf_token
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


def test_stale_and_anonymous_sessions_are_swept(app: Flask, conn: sqlite3.Connection) -> None:
    now = utc_now()
    old = (now - timedelta(hours=2)).isoformat()
    conn.execute(
        "INSERT INTO session (token, user_id, csrf_token, created_at, expires_at) VALUES"
        " ('anonymous-old', NULL, 'c1', ?, ?), ('expired', NULL, 'c2', ?, ?)",
        (old, (now + timedelta(hours=1)).isoformat(), old, old),
    )
    for _ in range(5):
        assert app.test_client().get("/signin").status_code == 200
    tokens = [row["token"] for row in conn.execute("SELECT token, user_id, expires_at FROM session")]
    assert "anonymous-old" not in tokens
    assert "expired" not in tokens
    anonymous = conn.execute("SELECT created_at, expires_at FROM session WHERE user_id IS NULL").fetchall()
    lifetime = app.config["SETTINGS"].anonymous_session_lifetime
    assert all(datetime_of(row["expires_at"]) - datetime_of(row["created_at"]) == lifetime for row in anonymous)


def datetime_of(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_the_session_cookie_is_secure_on_https_or_when_set(db_path: Path, email: str) -> None:
    plain = create_app(Settings(database=db_path, password_hash_method=FAST_PASSWORD_HASH))
    assert "Secure" not in attempt(plain.test_client(), email, PASSWORD).headers["Set-Cookie"]
    over_https = attempt(plain.test_client(), email, PASSWORD, base_url="https://localhost")
    assert "Secure" in over_https.headers["Set-Cookie"]
    forced = create_app(Settings(database=db_path, password_hash_method=FAST_PASSWORD_HASH, secure_cookies=True))
    assert "Secure" in attempt(forced.test_client(), email, PASSWORD).headers["Set-Cookie"]


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
