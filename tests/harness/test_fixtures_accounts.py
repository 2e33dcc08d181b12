"""Account specs and the control API client, against the real mock started as a subprocess.

One mock per test module (and per xdist worker), started the way the harness starts it
(`billing_e2e.mock_process`; the `mock` and `api` fixtures of conftest.py); every test makes its own
accounts from its own seed, so tests never depend on each other's data.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from stdnum.eu import vat as eu_vat

from billing_e2e.accounts import (
    ACCOUNT_TYPES,
    AccountType,
    CartItem,
    Subscription,
    TestAccount,
    create_test_account,
    plan_account,
)
from billing_e2e.control_api import ControlApi, ControlApiError
from billing_e2e.domain import LANGUAGE_DATA, LANGUAGES, PRODUCT_CODES, PRODUCT_NAMES, product_code
from billing_e2e.factories import DataFactory, Locale, scenario_seed
from billing_e2e.mock_process import MockServer

pytestmark = pytest.mark.harness

LOCALES: tuple[Locale, ...] = LANGUAGES
TODAY = date(2026, 3, 15)
BASE_SEED = 20260315


@pytest.fixture
def seed(request: pytest.FixtureRequest) -> int:
    return scenario_seed(request.node.nodeid, BASE_SEED)


def factory(locale: Locale, seed: int) -> DataFactory:
    return DataFactory(locale, seed)


# --- the catalog --------------------------------------------------------------------------------


def test_product_codes_match_the_mocks_catalog(api: ControlApi) -> None:
    catalog = api.catalog()
    assert {product["name"]: product["code"] for product in catalog["products"]} == PRODUCT_CODES
    assert PRODUCT_NAMES["goto-webinar"] == "GoTo Webinar"
    assert product_code("GoTo Webinar") == product_code("goto-webinar") == "goto-webinar"
    with pytest.raises(ValueError, match="unknown product 'GoTo Fax'"):
        product_code("GoTo Fax")


def test_default_tiers_exist_in_the_catalog(api: ControlApi) -> None:
    from billing_e2e.accounts import default_cart, default_subscriptions

    tiers = {(p["code"], t["code"]) for p in api.catalog()["products"] for t in p["tiers"]}
    for account_type in ACCOUNT_TYPES:
        subscriptions = default_subscriptions(account_type, TODAY)
        items: list[Subscription | CartItem] = [*subscriptions, *default_cart(account_type, subscriptions)]
        for item in items:
            assert (item.product, item.tier) in tiers, (account_type, item)


# --- every account type, every locale ------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("account_type", ACCOUNT_TYPES)
def test_each_account_type_produces_its_state(
    api: ControlApi, seed: int, account_type: AccountType, locale: Locale
) -> None:
    account = create_test_account(api, account_type, locale, factory(locale, seed), TODAY)
    state = api.account(account.id)
    assert state == account.raw

    # Locale, money and the test clock.
    assert state["locale"] == locale
    assert state["country"] == LANGUAGE_DATA[locale].country
    assert state["currency"] == account.currency == LANGUAGE_DATA[locale].currency
    assert state["clock_date"] == state["today"] == TODAY.isoformat()
    assert account.today == TODAY
    if state["country"].lower() not in eu_vat.MEMBER_STATES:  # no EU VAT number outside the EU
        assert state["vat_number"] is None
    else:
        assert eu_vat.is_valid(state["vat_number"])

    # People: who signs in, who is the billing contact.
    users = {user["email"]: user for user in state["users"]}
    assert set(users) == {account.billing_contact.email, *(p.email for p in account.other_users)}
    assert users[account.billing_contact.email]["billing_contact"] is True
    assert all(users[p.email]["billing_contact"] is False for p in account.other_users)
    assert users[account.sign_in.email]["full_name"] == account.sign_in.full_name
    if account_type == "not_billing_contact":
        assert users[account.sign_in.email]["billing_contact"] is False
        assert account.sign_in != account.billing_contact
    else:
        assert account.sign_in == account.billing_contact
    assert len(users) >= 2  # a second user who is not a billing contact

    # Kind and card on file.
    assert state["kind"] == account.kind == ("corporate" if account_type == "corporate" else "self_service")
    if account_type in ("self_service", "not_billing_contact", "cart_has_items"):
        assert account.card_on_file is not None
        assert state["card_on_file"] == {
            "holder": account.card_on_file.holder,
            "last4": account.card_on_file.last4,
            "expiry": account.card_on_file.expiry,
        }
    else:
        assert account.card_on_file is None
        assert state["card_on_file"] is None

    # Subscriptions: trials end after or before today; others are active.
    assert state["subscriptions"], "every type starts with subscriptions by default"
    assert account.subscriptions == {sub["product"]: sub for sub in state["subscriptions"]}
    statuses = {sub["status"] for sub in state["subscriptions"]}
    ends = [date.fromisoformat(sub["trial_ends_on"]) for sub in state["subscriptions"] if sub["trial_ends_on"]]
    if account_type == "trial_active":
        assert statuses == {"trial"}
        assert all(end >= TODAY for end in ends)
        assert len(ends) == len(state["subscriptions"])
    elif account_type == "trial_expired":
        assert statuses == {"trial"}
        assert all(end < TODAY for end in ends)
        assert len(ends) == len(state["subscriptions"])
    else:
        assert statuses == {"active"}
        assert ends == []

    # The cart: a new purchase of a product not subscribed, only for cart_has_items.
    if account_type == "cart_has_items":
        assert [item["kind"] for item in state["cart"]] == ["new"]
        assert state["cart"][0]["product"] not in account.subscriptions
        assert state["cart"][0]["product"] == "goto-resolve"
    else:
        assert state["cart"] == []


def test_the_article_products_are_the_self_service_default(api: ControlApi, seed: int) -> None:
    account = create_test_account(api, "self_service", "it", factory("it", seed), TODAY)
    names = {PRODUCT_NAMES[code] for code in account.subscriptions}
    assert names == {"OpenVoice", "GoToAssist Remote Support v5", "GoTo Webinar", "GoToMeeting"}
    assert account.subscription("GoTo Webinar")["tier"] == "standard"
    with pytest.raises(KeyError, match="no subscription of GoTo Resolve"):
        account.subscription("GoTo Resolve")


def test_chosen_subscriptions_and_cart(api: ControlApi, seed: int) -> None:
    subscriptions = [
        Subscription("GoTo Webinar", "pro", 3, "annual", period_start=TODAY - timedelta(days=30)),
        Subscription("gotomeeting", "business", 7, "monthly", paid_amount=Decimal("99.5")),
    ]
    cart = [
        CartItem("GoToMeeting", "enterprise", 7, "monthly", kind="change"),
        CartItem("goto-connect", "connect-cx", 2, "annual"),
    ]
    account = create_test_account(
        api, "self_service", "de", factory("de", seed), TODAY, subscriptions, cart, card_on_file=False
    )
    webinar, meeting = account.subscription("goto-webinar"), account.subscription("GoToMeeting")
    assert (webinar["tier"], webinar["licenses"], webinar["frequency"]) == ("pro", 3, "annual")
    assert webinar["period_start"] == (TODAY - timedelta(days=30)).isoformat()
    assert meeting["paid_amount"] == "99.50"
    assert meeting["period_start"] == TODAY.isoformat()
    change, new = account.cart
    assert (change["kind"], change["subscription_id"], change["tier"]) == ("change", meeting["id"], "enterprise")
    assert (new["kind"], new["subscription_id"], new["product"]) == ("new", None, "goto-connect")
    assert account.card_on_file is None
    assert account.raw["card_on_file"] is None


def test_no_subscriptions_when_asked_for_none(api: ControlApi, seed: int) -> None:
    account = create_test_account(api, "self_service", "en", factory("en", seed), TODAY, subscriptions=())
    assert account.subscriptions == {}
    assert account.raw["subscriptions"] == []


def test_trials_from_chosen_subscriptions(api: ControlApi, seed: int) -> None:
    subs = [Subscription("GoTo Webinar", "lite", 1, "monthly"), Subscription("OpenVoice", "standard", 2, "annual")]
    active = create_test_account(api, "trial_active", "it", factory("it", seed), TODAY, subs)
    expired = create_test_account(api, "trial_expired", "it", factory("it", seed + 1), TODAY, subs)
    for sub in active.raw["subscriptions"]:
        assert sub["status"] == "trial"
        assert sub["paid_amount"] == "0.00"
        assert date.fromisoformat(sub["trial_ends_on"]) > TODAY
    for sub in expired.raw["subscriptions"]:
        assert sub["status"] == "trial"
        assert date.fromisoformat(sub["trial_ends_on"]) < TODAY


def test_same_seed_same_spec_and_different_seed_different_spec(seed: int) -> None:
    def spec(seed: int) -> dict[str, Any]:
        return plan_account("cart_has_items", "it", factory("it", seed), TODAY).spec

    assert spec(seed) == spec(seed)
    assert spec(seed)["users"] != spec(seed + 1)["users"]
    assert spec(seed)["name"] != spec(seed + 1)["name"]


def test_plan_refuses_what_the_mock_would_refuse() -> None:
    data = factory("it", 1)
    with pytest.raises(ValueError, match="unknown account type 'reseller'"):
        plan_account("reseller", "it", data, TODAY)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="the factory makes 'it' data, but the account is 'de'"):
        plan_account("self_service", "de", data, TODAY)
    twice = [Subscription("openvoice", "standard", 1, "monthly")] * 2
    with pytest.raises(ValueError, match="one subscription per product: openvoice"):
        plan_account("self_service", "it", data, TODAY, twice)
    with pytest.raises(ValueError, match="a change of goto-resolve needs a subscription of it"):
        plan_account(
            "self_service", "it", data, TODAY, cart=[CartItem("goto-resolve", "standard", 1, "monthly", "change")]
        )
    paid_trial = [Subscription("openvoice", "standard", 1, "monthly", paid_amount=Decimal(5))]
    with pytest.raises(ValueError, match="a trial has nothing paid"):
        plan_account("trial_active", "it", data, TODAY, paid_trial)
    with pytest.raises(ValueError, match="cart_has_items needs at least one cart item"):
        plan_account("cart_has_items", "it", data, TODAY, cart=())
    with pytest.raises(ValueError, match="at least 1 license"):
        Subscription("openvoice", "standard", 0, "monthly")


def test_test_account_is_not_collected_as_a_test_class() -> None:
    assert TestAccount.__test__ is False


# --- the control API client ----------------------------------------------------------------------


def test_a_bad_spec_raises_an_error_naming_the_field(api: ControlApi, seed: int) -> None:
    spec = plan_account("self_service", "it", factory("it", seed), TODAY).spec
    spec["subscriptions"][2]["tier"] = "gold"
    spec["users"][1]["email"] = "not-an-email"
    with pytest.raises(ControlApiError) as caught:
        api.create_account(spec)
    error = caught.value
    assert error.status == 422
    assert error.endpoint == "POST /_control/accounts"
    fields = {problem.field for problem in error.problems}
    assert "users[1].email" in fields
    message = str(error)
    assert "POST /_control/accounts" in message
    assert "HTTP 422" in message
    assert "users[1].email: must be an email address" in message


def test_a_rule_between_fields_is_reported_with_its_path(api: ControlApi, seed: int) -> None:
    spec = plan_account("self_service", "it", factory("it", seed), TODAY).spec
    spec["subscriptions"][2]["tier"] = "gold"
    with pytest.raises(ControlApiError, match=r"subscriptions\[2\]\.tier: unknown tier 'gold'") as caught:
        api.create_account(spec)
    assert [p.field for p in caught.value.problems] == ["subscriptions[2].tier"]


def test_an_email_in_use_is_refused_with_its_field(api: ControlApi, seed: int) -> None:
    spec = plan_account("corporate", "de", factory("de", seed), TODAY).spec
    api.create_account(spec)
    with pytest.raises(ControlApiError, match=r"users\[0\]\.email: a user with email .* already exists"):
        api.create_account(spec)


def test_unknown_account_and_wrong_token(api: ControlApi, mock: MockServer) -> None:
    with pytest.raises(ControlApiError, match=r"GET /_control/accounts/999999 answered HTTP 404") as caught:
        api.account(999999)
    assert caught.value.status == 404
    intruder = ControlApi(mock.url, "wrong-token-0123456789")
    with pytest.raises(ControlApiError, match="HTTP 401: the control token is not correct"):
        intruder.catalog()
    assert "wrong-token" not in repr(intruder)


def test_an_unreachable_server_is_a_control_api_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on: bound, never listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        api = ControlApi(f"http://127.0.0.1:{port}", "token-0123456789abcdef", timeout=5)
        with pytest.raises(ControlApiError, match="cannot reach") as caught:
            api.catalog()
    assert caught.value.status is None


def test_base_url_and_token_are_checked() -> None:
    with pytest.raises(ValueError, match="http"):
        ControlApi("file:///etc/passwd", "token-0123456789abcdef")
    with pytest.raises(ValueError, match="token"):
        ControlApi("http://127.0.0.1:1", "")


def test_clock_orders_sessions_and_faults(api: ControlApi, seed: int) -> None:
    account = create_test_account(api, "self_service", "en", factory("en", seed), TODAY)
    assert api.set_clock(account.id, date(2026, 6, 1))["today"] == "2026-06-01"
    assert api.advance_clock(account.id, 10)["today"] == "2026-06-11"
    assert api.advance_clock(account.id, -11)["today"] == "2026-05-31"
    assert api.account(account.id)["today"] == "2026-05-31"
    assert api.reset_clock(account.id)["clock_date"] is None
    assert api.orders(account.id) == []
    assert api.expire_sessions(account.id) == 0

    api.clear_faults()
    first = api.add_fault(kind="http_error", status_code=503, path_prefix="/checkout", account_id=account.id, count=1)
    second = api.add_fault(kind="card_declined")
    assert [fault["id"] for fault in api.faults()] == [first, second]
    api.delete_fault(first)
    assert api.clear_faults() == 1
    assert api.faults() == []
    with pytest.raises(ControlApiError, match=r"status_code: required for kind http_error"):
        api.add_fault(kind="http_error")


def test_delete_account_and_reset(api: ControlApi, seed: int) -> None:
    account = create_test_account(api, "trial_active", "de", factory("de", seed), TODAY)
    api.delete_account(account.id)
    with pytest.raises(ControlApiError, match="HTTP 404"):
        api.account(account.id)
    create_test_account(api, "trial_expired", "de", factory("de", seed + 1), TODAY)
    deleted = api.reset()
    assert deleted["account"] >= 1
    assert api.reset()["account"] == 0
