"""Fixtures for testing the mock billing center over HTTP with Flask's test client.

Each test gets its own SQLite file and a real SMTP sink writing into it (flaskr's "temp DB per
test"), and builds its accounts through the control API, the same way the harness does. The app
is made once per worker and bound to the test's database and sink (`worker_app` says why).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from billing_e2e.control_api import ControlApi
from mock_server import create_app, db, defects
from mock_server.config import Settings
from mock_server.db import init_schema
from mock_server.mailbox import SmtpSink
from mock_server.store import FAST_PASSWORD_HASH
from tools.sign_in import csrf_token

CONTROL_TOKEN = "test-control-token-0123456789"
PASSWORD = "Secret-Passw0rd!"


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The schema applied once: each test copies the file instead of running the script again."""
    path = tmp_path_factory.mktemp("schema") / "empty.sqlite3"
    init_schema(path)
    # One file, no write-ahead log beside it: what a copy must hold to be the whole database.
    connection = db.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, empty_database: Path) -> Path:
    path = tmp_path / "billing.sqlite3"
    shutil.copyfile(empty_database, path)
    return path


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the test's database, to read what the mock wrote."""
    connection = db.connect(db_path)
    yield connection
    connection.close()


@pytest.fixture
def smtp_sink(db_path: Path) -> Iterator[tuple[str, int]]:
    sink = SmtpSink(db_path, port=0)
    address = sink.start()
    yield address
    sink.stop()


@pytest.fixture(scope="session")
def worker_app(tmp_path_factory: pytest.TempPathFactory, empty_database: Path) -> Flask:
    """One app per worker, handed to each test bound to the test's own database and mail sink.

    flaskr makes an app per test; here that cost 40 ms a test in Werkzeug alone (it compiles two
    URL builders for each of the mock's routes into Python code for every new app), a sixth of the
    quick loop. What an app holds besides its routes is per test: the database path and the
    settings (`app` rebinds both) and the active defects (`app` clears them)."""
    first = tmp_path_factory.mktemp("worker-app") / "billing.sqlite3"
    shutil.copyfile(empty_database, first)
    return create_app(
        Settings(
            database=first,
            smtp_host="127.0.0.1",
            smtp_port=1,
            test_mode=True,
            control_token=CONTROL_TOKEN,
            password_hash_method=FAST_PASSWORD_HASH,
        )
    )


@pytest.fixture
def app(worker_app: Flask, db_path: Path, smtp_sink: tuple[str, int]) -> Flask:
    host, port = smtp_sink
    settings: Settings = worker_app.config["SETTINGS"]
    worker_app.config.update(
        DATABASE=db_path, SETTINGS=replace(settings, database=db_path, smtp_host=host, smtp_port=port)
    )
    defects.state(worker_app).replace(())
    return worker_app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


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


@dataclass(frozen=True)
class FlaskTransport:
    """`ControlApi`'s transport through Flask's test client: the harness's client, no server."""

    client: FlaskClient

    def __call__(self, method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> tuple[int, bytes]:
        response = self.client.open(url, method=method, headers=dict(headers), data=body)
        return response.status_code, response.get_data()


@pytest.fixture
def control(app: Flask) -> ControlApi:
    """The harness's control-API client, talking to `app` through its test client."""
    return ControlApi("http://localhost", CONTROL_TOKEN, transport=FlaskTransport(app.test_client()))


def sign_in(app: Flask, email: str, password: str = PASSWORD) -> Browser:
    """A browser signed in as `email`: the one sign-in of the test-client tests."""
    browser = Browser(app.test_client())
    response = browser.post_form("/signin", data={"email": email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)
    return browser


# A name that reads natural in each language's pages; any other (a made-up language) gets the last.
CONTACT_NAMES = {
    "it": "Giulia Bianchi",
    "de": "Jonas Becker",
    "en": "Emma Carter",
    "fr": "Camille Martin",
    "es": "Lucía Fernández",
    "pt": "Ana Ribeiro",
}


def contact(
    locale: str,
    kind: str = "self_service",
    *,
    billing_contact: bool = True,
    email: str | None = None,
    full_name: str | None = None,
) -> dict[str, Any]:
    return {
        "email": email or f"{locale}.{kind}.{'bc' if billing_contact else 'member'}@example.test",
        "password": PASSWORD,
        "full_name": full_name or CONTACT_NAMES.get(locale, "Sam Taylor"),
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


def create_italian_account(
    control: ControlApi,
    *,
    kind: str,
    locale: str,
    name: str,
    today: date,
    users: list[dict[str, Any]],
    subscriptions: list[dict[str, Any]] | None = None,
    cart: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An account in Italy, billed in EUR, its test clock on `today`; the control API's answer."""
    return control.create_account(
        {
            "kind": kind,
            "locale": locale,
            "name": name,
            "country": "IT",
            "currency": "EUR",
            "today": today.isoformat(),
            "users": users,
            "subscriptions": subscriptions or [],
            "cart": cart or [],
        }
    )
