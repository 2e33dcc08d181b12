"""Live accounts: a TOML file plus environment variables; precise errors; the example describes the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from billing_e2e import live_accounts
from billing_e2e.accounts import ACCOUNT_TYPES
from billing_e2e.control_api import ControlApi, ControlApiError
from billing_e2e.domain import PRODUCT_NAMES
from billing_e2e.live_accounts import EXAMPLE_CONFIG, LiveAccountError, load_live_accounts
from billing_e2e.mock_process import MockServer
from mock_server.seed import DEMO_PASSWORD
from tools.sign_in import sign_in_over_http

pytestmark = pytest.mark.harness

DEMO_ENV = {"BILLING_E2E_DEMO_PASSWORD": DEMO_PASSWORD}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "billing-e2e.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- the example file ----------------------------------------------------------------------------


def test_the_example_loads_with_the_password_variable_set() -> None:
    accounts = load_live_accounts(EXAMPLE_CONFIG, DEMO_ENV)
    assert accounts.source == EXAMPLE_CONFIG
    assert set(accounts) == {(t, locale) for t in ACCOUNT_TYPES for locale in ("it", "de", "en")}
    account = accounts.get("self_service", "it")
    assert account.email == "it.self-service@demo.billing.test"
    assert account.password == DEMO_PASSWORD
    assert (account.locale, account.account_type) == ("it", "self_service")
    assert account.products == ("OpenVoice", "GoToAssist Remote Support v5", "GoTo Webinar", "GoToMeeting")
    assert accounts.get("not_billing_contact", "de").email == "de.member@demo.billing.test"
    assert DEMO_PASSWORD not in repr(account)


def test_the_example_without_the_variable_says_which_variable_to_set() -> None:
    accounts = load_live_accounts(EXAMPLE_CONFIG, {})  # loading needs no secrets
    with pytest.raises(LiveAccountError) as caught:
        accounts.get("trial_active", "de")
    message = str(caught.value)
    assert "environment variable BILLING_E2E_DEMO_PASSWORD is not set" in message
    assert "[accounts.trial_active.de]" in message
    assert "de.trial@demo.billing.test" in message
    assert str(EXAMPLE_CONFIG) in message


def test_an_empty_variable_is_refused() -> None:
    accounts = load_live_accounts(EXAMPLE_CONFIG, {"BILLING_E2E_DEMO_PASSWORD": ""})
    with pytest.raises(LiveAccountError, match="BILLING_E2E_DEMO_PASSWORD is empty"):
        accounts.get("corporate", "en")


# --- the file's shape ----------------------------------------------------------------------------


def test_email_from_an_environment_variable(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[accounts.corporate.de]\nemail_env = "CORP_DE_EMAIL"\npassword_env = "CORP_DE_PASSWORD"\n',
    )
    accounts = load_live_accounts(path, {"CORP_DE_EMAIL": "anna@example.test", "CORP_DE_PASSWORD": "s3cret!"})
    account = accounts.get("corporate", "de")
    assert (account.email, account.password, account.products) == ("anna@example.test", "s3cret!", ())
    with pytest.raises(LiveAccountError, match="CORP_DE_EMAIL is not set: set CORP_DE_EMAIL to the email of"):
        load_live_accounts(path, {"CORP_DE_PASSWORD": "x"}).get("corporate", "de")


def test_a_missing_account_names_the_table_to_add(tmp_path: Path) -> None:
    path = write(tmp_path, '[accounts.corporate.de]\nemail = "a@example.test"\npassword_env = "P"\n')
    accounts = load_live_accounts(path, {"P": "x"})
    assert ("corporate", "de") in accounts
    with pytest.raises(LiveAccountError) as caught:
        accounts.get("corporate", "it")
    assert f"{path} has no table [accounts.corporate.it]" in str(caught.value)
    assert "password_env" in str(caught.value)
    with pytest.raises(LiveAccountError, match="unknown account type 'reseller'"):
        accounts.get("reseller", "it")
    with pytest.raises(LiveAccountError, match="unknown locale 'tlh'"):
        accounts.get("corporate", "tlh")


def test_no_file_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_accounts, "PROJECT_ROOT", tmp_path)
    accounts = load_live_accounts(None, {})
    assert accounts.source is None
    assert list(accounts) == []
    with pytest.raises(LiveAccountError, match=r"no live accounts file: create .*billing-e2e\.toml"):
        accounts.get("self_service", "it")


def test_the_default_file_at_the_project_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_accounts, "PROJECT_ROOT", tmp_path)
    write(tmp_path, '[accounts.self_service.en]\nemail = "e@example.test"\npassword_env = "P"\n')
    accounts = load_live_accounts(None, {"P": "pw"})
    assert accounts.source == tmp_path / "billing-e2e.toml"
    assert accounts.get("self_service", "en").email == "e@example.test"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[accounts.self_service.it]\nemail = "a@x.test"\npassword = "hunter2"\n', "passwords never go in the file"),
        ('[accounts.self_service.it]\nemail = "a@x.test"\n', "password_env is missing"),
        ('[accounts.self_service.it]\npassword_env = "P"\n', "give exactly one of email and email_env"),
        (
            '[accounts.self_service.it]\nemail = "a@x.test"\nemail_env = "E"\npassword_env = "P"\n',
            "give exactly one of email and email_env",
        ),
        ('[accounts.self_service.it]\nemail = ""\npassword_env = "P"\n', "email must be a non-empty string"),
        (
            '[accounts.reseller.it]\nemail = "a@x.test"\npassword_env = "P"\n',
            r"unknown account type \[accounts.reseller\]",
        ),
        (
            '[accounts.self_service.tlh]\nemail = "a@x.test"\npassword_env = "P"\n',
            r"unknown locale in \[accounts.self_service.tlh\]",
        ),
        (
            '[accounts.self_service.it]\nemail = "a@x.test"\npassword_env = "P"\nproducts = ["GoTo Fax"]\n',
            r"unknown product\(s\) \['GoTo Fax'\]",
        ),
        ('[accounts.self_service.it]\nemail = "a@x.test"\npassword_env = "P"\nproducts = "OpenVoice"\n', "list"),
        ("[accounts]\nself_service = 3\n", r"\[accounts.self_service\] must hold one table per locale"),
        ('base_url = "https://billing.goto.com"\n', "unknown top-level key"),
        ("[accounts.self_service.it\n", "is not valid TOML"),
    ],
)
def test_a_malformed_file_is_refused_precisely(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LiveAccountError, match=expected) as caught:
        load_live_accounts(path, {"P": "x", "E": "e@x.test"})
    assert str(path) in str(caught.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LiveAccountError, match="does not exist"):
        load_live_accounts(tmp_path / "nope.toml", {})


# --- the example against the real demo ----------------------------------------------------------


def demo_users(api: ControlApi) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """email -> (user, account) of every account in the mock (the demo's ids count up from 1)."""
    found: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    account_id = 1
    while True:
        try:
            account = api.account(account_id)
        except ControlApiError as error:
            if error.status == 404:
                return found
            raise
        for user in account["users"]:
            found[user["email"]] = (user, account)
        account_id += 1


def test_the_example_describes_the_demo_accounts(demo_mock: MockServer) -> None:
    users = demo_users(ControlApi(demo_mock.url, demo_mock.control_token))
    accounts = load_live_accounts(EXAMPLE_CONFIG, DEMO_ENV)
    for account_type, locale in accounts:
        live = accounts.get(account_type, locale)
        assert live.email in users, f"{live.email} is not a demo user"
        user, account = users[live.email]
        assert user["locale"] == locale
        assert user["billing_contact"] is (account_type != "not_billing_contact")
        assert account["kind"] == ("corporate" if account_type == "corporate" else "self_service")
        assert set(live.products) == {PRODUCT_NAMES[sub["product"]] for sub in account["subscriptions"]}
        statuses = {sub["status"] for sub in account["subscriptions"]}
        assert statuses == ({"trial"} if account_type.startswith("trial") else {"active"})
        if account_type == "cart_has_items":
            assert account["cart"]
        if account_type == "no_card_on_file":
            assert account["card_on_file"] is None


def test_every_example_account_signs_in_to_the_demo(demo_mock: MockServer) -> None:
    accounts = load_live_accounts(EXAMPLE_CONFIG, DEMO_ENV)
    for account_type, locale in accounts:
        live = accounts.get(account_type, locale)
        status, location = sign_in_over_http(demo_mock.url, live.email, live.password)
        assert status == 302, (account_type, locale, status)
        assert "/signin" not in location
