"""The mock's languages are data: found in translations/ and in an extra folder given at start.

A made-up language ("xx", written by the test into a temporary folder from messages.pot) is served
by an app started with that folder: its accounts, its pages, its name in the language menu and its
Babel formats, with no change to the tree. A folder the mock cannot use is refused at start with a
message naming the file and the fix, and `python -m mock_server` exits 2 without a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.request import urlopen

import pytest
from babel.dates import format_date
from babel.messages.pofile import read_po, write_po
from flask import Flask

from billing_e2e.control_api import ControlApi, ControlApiError
from mock_server import create_app, db, i18n
from mock_server.config import ConfigError, Settings
from mock_server.languages import BUILT_IN, LanguageError, discover, load

from .conftest import CONTROL_TOKEN, FlaskTransport, contact, sign_in
from .test_cli import run_to_exit, running

pytestmark = pytest.mark.unit

MADE_UP = "xx"
MADE_UP_NAME = "Xxlandish"
MADE_UP_BILLING_CENTER = "Xx Billing Centre"
TEMPLATE = BUILT_IN / "messages.pot"


def write_language(
    root: Path, code: str = MADE_UP, *, babel_locale: str = "en_GB", extra_toml: str = "", po: bool = True
) -> Path:
    """A language folder: its language.toml, and a catalog from messages.pot that translates
    "Billing Center" and keeps every other message's English (plurals included)."""
    folder = root / code
    (folder / "LC_MESSAGES").mkdir(parents=True)
    (folder / "language.toml").write_text(
        f'name = "{MADE_UP_NAME}"\nbabel_locale = "{babel_locale}"\ncurrency = "EUR"\n{extra_toml}', encoding="utf-8"
    )
    if po:
        with TEMPLATE.open("rb") as handle:
            catalog = read_po(handle, locale="en")
        for message in catalog:
            if not message.id:
                continue
            if message.id == "Billing Center":
                message.string = MADE_UP_BILLING_CENTER
            else:
                message.string = message.id if isinstance(message.id, str) else tuple(message.id)
        with (folder / "LC_MESSAGES" / "messages.po").open("wb") as handle:
            write_po(handle, catalog)
    return folder


@pytest.fixture
def served_languages() -> Iterator[None]:
    """A test that serves other languages leaves the process serving the package's own again."""
    yield
    i18n.use_languages(None)


def test_the_package_languages_come_from_their_folders() -> None:
    languages = load()
    folders = sorted(path.parent.name for path in BUILT_IN.glob("*/language.toml"))
    assert list(languages) == folders
    assert {"it", "de", "en"} <= set(languages)
    italian = languages["it"]
    assert (italian.name, italian.babel_locale, italian.country, italian.currency) == ("Italiano", "it_IT", "IT", "EUR")
    english = languages["en"]
    assert (english.name, english.babel_locale, english.country, english.currency) == ("English", "en_US", "US", "USD")
    assert italian.demo is not None
    assert italian.demo.self_service_card
    assert english.demo is not None
    assert not english.demo.self_service_card


@pytest.mark.usefixtures("served_languages")
def test_a_made_up_language_from_an_extra_folder_is_served(tmp_path: Path, worker_app: Flask, db_path: Path) -> None:
    extra = tmp_path / "translations"
    write_language(extra)
    settings: Settings = worker_app.config["SETTINGS"]
    app = create_app(replace(settings, database=db_path, extra_translations=extra, secret_key=None))
    assert MADE_UP in i18n.languages()
    control = ControlApi("http://localhost", CONTROL_TOKEN, transport=FlaskTransport(app.test_client()))
    today = date(2026, 3, 14)
    user = {**contact("en", email="xx.contact@example.test"), "full_name": "Xavier Xu"}
    account = control.create_account(
        {"kind": "self_service", "locale": MADE_UP, "today": today.isoformat(), "users": [user]}
    )
    assert (account["locale"], account["country"], account["currency"]) == (MADE_UP, "GB", "EUR")

    browser = sign_in(app, user["email"])
    page = browser.text("/billing")
    assert f'<html lang="{MADE_UP}"' in page
    assert MADE_UP_BILLING_CENTER in page
    assert f'hreflang="{MADE_UP}" lang="{MADE_UP}" aria-current="true">{MADE_UP_NAME}</a>' in page
    # The built-in languages are still offered beside it.
    assert 'hreflang="it" lang="it">Italiano</a>' in page
    assert i18n.babel_locale(MADE_UP) == "en_GB"
    assert format_date(today, format="long", locale="en_GB") == "14 March 2026"


@pytest.mark.usefixtures("served_languages")
def test_the_control_api_refuses_a_language_the_mock_does_not_serve(control: ControlApi) -> None:
    with pytest.raises(ControlApiError) as refused:
        control.create_account({"kind": "self_service", "locale": MADE_UP, "users": [contact("en")]})
    assert refused.value.status == 422
    assert f"not a language of the mock: '{MADE_UP}'" in str(refused.value)


def _break_po(folder: Path) -> None:
    (folder / "LC_MESSAGES" / "messages.po").write_text('msgid "Billing Center"\nthis is not gettext\n', "utf-8")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda root: write_language(root, po=False), "xx/LC_MESSAGES/messages.po is missing"),
        (lambda root: write_language(root, babel_locale="xx_QQ"), "babel_locale 'xx_QQ' is not a locale Babel knows"),
        (lambda root: _break_po(write_language(root)), "xx/LC_MESSAGES/messages.po: not a readable gettext catalog"),
        (lambda root: (write_language(root) / "language.toml").unlink(), "xx/language.toml is missing"),
        (lambda root: write_language(root, extra_toml="flag = 1\n"), "xx/language.toml: flag: Extra inputs"),
        (lambda root: write_language(root, code="it"), "it is a language of the mock already"),
        (lambda root: write_language(root, code="Klingon"), "a language folder is named by its code"),
        (lambda root: None, "holds no language"),
    ],
    ids=["no-po", "unknown-locale", "broken-po", "no-language-toml", "unknown-key", "clash", "bad-code", "empty"],
)
def test_a_folder_the_mock_cannot_use_is_refused_by_name(tmp_path: Path, make: object, message: str) -> None:
    extra = tmp_path / "translations"
    extra.mkdir()
    make(extra)  # type: ignore[operator]
    with pytest.raises(LanguageError) as refused:
        load(extra)
    assert message in str(refused.value)
    assert isinstance(refused.value, ConfigError)


def test_discovery_reads_only_language_folders(tmp_path: Path) -> None:
    write_language(tmp_path)
    (tmp_path / "README.md").write_text("notes", "utf-8")
    (tmp_path / "__pycache__").mkdir()
    assert list(discover(tmp_path)) == [MADE_UP]


@pytest.mark.server
@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (False, "error: --translations must be a folder of languages, but"),
        (True, "xx/LC_MESSAGES/messages.po: not a readable gettext catalog"),
    ],
    ids=["not-a-folder", "broken-po"],
)
def test_the_command_line_refuses_a_bad_translations_folder_with_exit_2(
    tmp_path: Path, broken: bool, message: str
) -> None:
    extra = tmp_path / "translations"
    if broken:
        _break_po(write_language(extra))
    database = tmp_path / "var" / "mock.sqlite3"
    result = run_to_exit(tmp_path, "--db", str(database), "--translations", str(extra))
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines()[0].startswith("error: ")
    assert message in result.stderr.splitlines()[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not database.exists()


@pytest.mark.server
def test_the_command_line_serves_an_extra_language(tmp_path: Path) -> None:
    extra = tmp_path / "translations"
    write_language(extra)
    with running(tmp_path, "--db", str(tmp_path / "mock.sqlite3"), "--translations", str(extra)) as server:
        assert f"Languages: {', '.join(sorted([*load(), MADE_UP]))} (with {extra})" in server.banner
        with urlopen(f"{server.url}/signin?lang={MADE_UP}", timeout=10) as response:  # noqa: S310 - our own server
            page = response.read().decode("utf-8")
        assert f'<html lang="{MADE_UP}"' in page
        assert MADE_UP_BILLING_CENTER in page
        assert server.stop() == 0


ADD_USER = "INSERT INTO user (account_id, email, password_hash, full_name, locale) VALUES (1, ?, 'h', 'A', ?)"


def test_an_older_database_loses_its_fixed_list_of_languages_and_keeps_its_users(tmp_path: Path) -> None:
    path = tmp_path / "older.sqlite3"
    older_schema = (Path(db.__file__).parent / "schema.sql").read_text("utf-8")
    older_schema = older_schema.replace("CHECK (locale <> '')", "CHECK (locale IN ('it', 'de', 'en'))")
    conn = db.connect(path)
    conn.executescript(older_schema)
    conn.execute(
        "INSERT INTO account (id, kind, name, country, currency, created_at)"
        " VALUES (1, 'self_service', 'A', 'IT', 'EUR', '2026-01-01')"
    )
    conn.execute(ADD_USER, ("a@x.test", "it"))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(ADD_USER, ("b@x.test", "fr"))
    conn.close()
    db.init_schema(path)
    conn = db.connect(path)
    conn.execute(ADD_USER, ("b@x.test", "fr"))
    rows = conn.execute("SELECT email, locale FROM user ORDER BY email").fetchall()
    assert [tuple(row) for row in rows] == [("a@x.test", "it"), ("b@x.test", "fr")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
