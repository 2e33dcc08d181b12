"""Fixtures for testing the mock billing center over HTTP with Flask's test client.

Each test gets its own SQLite file and a real SMTP sink writing into it (flaskr's "temp DB per
test"), and builds its accounts through the control API, the same way the harness does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from mock_server import create_app
from mock_server.config import Settings
from mock_server.db import init_schema
from mock_server.mailbox import SmtpSink
from mock_server.store import FAST_PASSWORD_HASH

CONTROL_TOKEN = "test-control-token-0123456789"
PASSWORD = "Secret-Passw0rd!"
_CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "billing.sqlite3"
    init_schema(path)
    return path


@pytest.fixture
def smtp_sink(db_path: Path) -> Iterator[tuple[str, int]]:
    sink = SmtpSink(db_path, port=0)
    address = sink.start()
    yield address
    sink.stop()


@pytest.fixture
def app(db_path: Path, smtp_sink: tuple[str, int]) -> Flask:
    host, port = smtp_sink
    settings = Settings(
        database=db_path,
        smtp_host=host,
        smtp_port=port,
        test_mode=True,
        control_token=CONTROL_TOKEN,
        password_hash_method=FAST_PASSWORD_HASH,
    )
    return create_app(settings)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def csrf_token(html: str) -> str:
    match = _CSRF_RE.search(html)
    assert match, "the page has no form with a CSRF token"
    return unescape(match.group(1))


@dataclass
class Browser:
    """A signed-in visitor: the test client plus the CSRF token of the page it saw last."""

    client: FlaskClient

    def get(self, path: str, **kwargs: Any) -> TestResponse:
        return self.client.get(path, **kwargs)

    def post_form(
        self, page: str, action: str | None = None, data: dict[str, Any] | None = None, **kwargs: Any
    ) -> TestResponse:
        """Load `page`, then submit its form to `action` (default: the page itself) with its token."""
        token = csrf_token(self.client.get(page).get_data(as_text=True))
        return self.client.post(action or page, data={"csrf_token": token, **(data or {})}, **kwargs)

    def text(self, path: str, **kwargs: Any) -> str:
        response = self.client.get(path, **kwargs)
        assert response.status_code == 200, (path, response.status_code)
        return response.get_data(as_text=True)


class Control:
    """The control API, as the harness uses it."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.headers = {"Authorization": f"Bearer {CONTROL_TOKEN}"}

    def create_account(self, **spec: Any) -> dict[str, Any]:
        response = self.client.post("/_control/accounts", json=spec, headers=self.headers)
        assert response.status_code == 201, response.get_json()
        account: dict[str, Any] = response.get_json()
        return account

    def orders(self, account_id: int) -> list[dict[str, Any]]:
        response = self.client.get(f"/_control/accounts/{account_id}/orders", headers=self.headers)
        assert response.status_code == 200
        orders: list[dict[str, Any]] = response.get_json()
        return orders

    def account(self, account_id: int) -> dict[str, Any]:
        response = self.client.get(f"/_control/accounts/{account_id}", headers=self.headers)
        assert response.status_code == 200
        account: dict[str, Any] = response.get_json()
        return account

    def post(self, path: str, body: dict[str, Any]) -> TestResponse:
        return self.client.post(f"/_control{path}", json=body, headers=self.headers)

    def put(self, path: str, body: dict[str, Any]) -> TestResponse:
        return self.client.put(f"/_control{path}", json=body, headers=self.headers)


@pytest.fixture
def control(app: Flask) -> Control:
    return Control(app.test_client())


def sign_in(app: Flask, email: str, password: str = PASSWORD) -> Browser:
    browser = Browser(app.test_client())
    response = browser.post_form("/signin", data={"email": email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)
    return browser


def contact(
    locale: str, kind: str = "self_service", *, billing_contact: bool = True, email: str | None = None
) -> dict[str, Any]:
    return {
        "email": email or f"{locale}.{kind}.{'bc' if billing_contact else 'member'}@example.test",
        "password": PASSWORD,
        "full_name": {"it": "Giulia Bianchi", "de": "Jonas Becker", "en": "Emma Carter"}[locale],
        "billing_contact": billing_contact,
    }


def subscription(product: str, tier: str, licenses: int, frequency: str = "monthly", **extra: Any) -> dict[str, Any]:
    return {
        "product": product,
        "tier": tier,
        "licenses": licenses,
        "frequency": frequency,
        "status": "active",
        **extra,
    }
