"""Demo data for `python -m mock_server --seed demo`: the same kinds of accounts in each language
whose `language.toml` has a `[demo]` table of hand-written people (see `languages`).

Every demo user signs in with the one password `DEMO_PASSWORD`; emails are
`<locale>.<role>@demo.billing.test`. Per locale there is a self-service billing contact with paid
subscriptions of the articles' products (and two colleagues who hold licenses), a corporate
account, an active and an expired free trial, a billing contact whose cart holds an item and one
with no card on file. Names and companies are hand-written data, so the table in docs/mock.md stays true.

Accounts are written through `control.service.create_account`, the code path of POST /_control/accounts.
Seeding is idempotent: an account whose first user's email exists already is left alone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from werkzeug.security import generate_password_hash

from . import db, i18n, store
from .clock import utc_now
from .control.models import AccountSpec, CardOnFile, CartItemSpec, SubscriptionSpec, UserSpec
from .control.service import create_account
from .i18n import Lang
from .languages import DemoPeople
from .store import AccountKind

DEMO_PASSWORD = "Demo-Billing-2026!"
DEMO_DOMAIN = "demo.billing.test"


@dataclass(frozen=True)
class DemoAccount:
    """One demo sign-in, for the banner and docs/mock.md."""

    email: str
    password: str
    locale: Lang
    kind: AccountKind
    label: str
    full_name: str
    company: str


def demo_locales() -> tuple[Lang, ...]:
    """The languages with demo people in their language.toml (`[demo]`), in the order of their codes."""
    return tuple(lang for lang in i18n.languages() if i18n.language(lang).demo is not None)


def _people(locale: Lang) -> DemoPeople:
    people = i18n.language(locale).demo
    if people is None:
        raise ValueError(f"the language {locale!r} has no [demo] table in its language.toml")
    return people


def demo_email(locale: Lang, role: str) -> str:
    return f"{locale}.{role}@{DEMO_DOMAIN}"


def demo_portal_user_id(locale: Lang) -> str:
    """The Corporate Billing Portal User ID of the locale's corporate demo billing contact."""
    return f"{locale}.corporate"


def _user(locale: Lang, role: str, full_name: str, *, billing_contact: bool) -> UserSpec:
    return UserSpec(
        email=demo_email(locale, role),
        password=DEMO_PASSWORD,
        full_name=full_name,
        billing_contact=billing_contact,
    )


def _card(holder: str, today: date) -> CardOnFile:
    return CardOnFile(holder=holder, last4="4242", expiry=f"09/{(today.year + 3) % 100:02d}")


def _demo_accounts(locale: Lang, today: date, pin_clock: bool) -> list[tuple[AccountSpec, list[DemoAccount]]]:
    """The demo accounts of one locale, with dates relative to `today`, and who signs in to each."""
    people = _people(locale)
    clock = today if pin_clock else None

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    def sign_in(role: str, full_name: str, company: str, kind: AccountKind, label: str) -> DemoAccount:
        return DemoAccount(demo_email(locale, role), DEMO_PASSWORD, locale, kind, label, full_name, company)

    def account(
        role: str,
        who: tuple[str, str],
        label: str,
        *,
        kind: AccountKind = "self_service",
        card: bool = False,
        subscriptions: tuple[SubscriptionSpec, ...] = (),
        cart: tuple[CartItemSpec, ...] = (),
        vat_number: str | None = None,
        members: tuple[tuple[str, str, str], ...] = (),
    ) -> tuple[AccountSpec, list[DemoAccount]]:
        full_name, company = who
        first = _user(locale, role, full_name, billing_contact=True)
        if kind == "corporate":  # the Corporate Billing Portal's own sign-in (article 008)
            first = first.model_copy(update={"portal_user_id": demo_portal_user_id(locale)})
        users = [first]
        users += [_user(locale, member_role, name, billing_contact=False) for member_role, name, _ in members]
        spec = AccountSpec(
            kind=kind,
            locale=locale,
            name=company,
            vat_number=vat_number,
            today=clock,
            card_on_file=_card(full_name, today) if card else None,
            users=users,
            subscriptions=list(subscriptions),
            cart=list(cart),
        )
        sign_ins = [sign_in(role, full_name, company, kind, label)]
        sign_ins += [
            sign_in(member_role, name, company, kind, member_label) for member_role, name, member_label in members
        ]
        return spec, sign_ins

    contact = demo_email(locale, "self-service")
    member = demo_email(locale, "member")
    colleague = demo_email(locale, "colleague")
    has_card = people.self_service_card
    company = people.self_service[1]
    return [
        account(
            "self-service",
            people.self_service,
            "billing contact: OpenVoice, GoToAssist Remote Support v5, GoTo Webinar, GoToMeeting"
            + ("; card on file" if has_card else "; no card on file"),
            card=has_card,
            vat_number=people.self_service_vat_number,
            subscriptions=(
                SubscriptionSpec(
                    product="openvoice",
                    tier="standard",
                    licenses=5,
                    frequency="monthly",
                    status="active",
                    period_start=ago(10),
                    assigned_users=[contact, member],
                ),
                SubscriptionSpec(
                    product="gotoassist-rs-v5",
                    tier="standard",
                    licenses=4,
                    frequency="annual",
                    status="active",
                    period_start=ago(100),
                    assigned_users=[contact, colleague],
                ),
                SubscriptionSpec(
                    product="goto-webinar",
                    tier="standard",
                    licenses=2,
                    frequency="monthly",
                    status="active",
                    period_start=ago(5),
                    assigned_users=[member],
                ),
                SubscriptionSpec(
                    product="gotomeeting",
                    tier="business",
                    licenses=6,
                    frequency="annual",
                    status="active",
                    period_start=ago(200),
                    assigned_users=[contact, member, colleague],
                ),
            ),
            members=(
                ("member", people.member, f"not a billing contact; member of {company}, licenses assigned"),
                (
                    "colleague",
                    people.colleague,
                    f"not a billing contact; member of {company}, licenses assigned",
                ),
            ),
        ),
        account(
            "corporate",
            people.corporate,
            f"billing contact of a corporate account (changes through the portal; portal User ID"
            f" `{demo_portal_user_id(locale)}`)",
            kind="corporate",
            vat_number=people.corporate_vat_number,
            subscriptions=(
                SubscriptionSpec(
                    product="gotomeeting",
                    tier="enterprise",
                    licenses=50,
                    frequency="annual",
                    status="active",
                    period_start=ago(60),
                ),
                SubscriptionSpec(
                    product="goto-connect",
                    tier="phone-system",
                    licenses=40,
                    frequency="annual",
                    status="active",
                    period_start=ago(60),
                ),
            ),
        ),
        account(
            "trial",
            people.trial,
            "billing contact with an active free trial of GoTo Resolve",
            subscriptions=(
                SubscriptionSpec(
                    product="goto-resolve",
                    tier="standard",
                    licenses=1,
                    frequency="monthly",
                    status="trial",
                    period_start=ago(4),
                    trial_ends_on=ago(4) + timedelta(days=14),
                ),
            ),
        ),
        account(
            "trial-expired",
            people.trial_expired,
            "billing contact whose free trial of GoToMeeting has ended",
            subscriptions=(
                SubscriptionSpec(
                    product="gotomeeting",
                    tier="professional",
                    licenses=1,
                    frequency="monthly",
                    status="trial",
                    period_start=ago(30),
                    trial_ends_on=ago(16),
                ),
            ),
        ),
        account(
            "cart",
            people.cart,
            "billing contact whose cart holds a change of GoToMeeting; card on file",
            card=True,
            subscriptions=(
                SubscriptionSpec(
                    product="gotomeeting",
                    tier="professional",
                    licenses=3,
                    frequency="monthly",
                    status="active",
                    period_start=ago(12),
                ),
            ),
            cart=(
                CartItemSpec(
                    kind="change",
                    product="gotomeeting",
                    tier="business",
                    licenses=3,
                    frequency="monthly",
                    subscription_index=0,
                ),
            ),
        ),
        account(
            "no-card",
            people.no_card,
            "billing contact with no card on file: OpenVoice, GoTo Webinar",
            subscriptions=(
                SubscriptionSpec(
                    product="openvoice",
                    tier="standard",
                    licenses=2,
                    frequency="monthly",
                    status="active",
                    period_start=ago(8),
                ),
                SubscriptionSpec(
                    product="goto-webinar",
                    tier="lite",
                    licenses=1,
                    frequency="monthly",
                    status="active",
                    period_start=ago(8),
                ),
            ),
        ),
    ]


def _all_demo_accounts(today: date, pin_clock: bool) -> list[tuple[AccountSpec, list[DemoAccount]]]:
    return [entry for locale in demo_locales() for entry in _demo_accounts(locale, today, pin_clock)]


def demo_sign_ins() -> list[DemoAccount]:
    """Every demo sign-in, in the order of the table."""
    return [who for _, sign_ins in _all_demo_accounts(utc_now().date(), False) for who in sign_ins]


def seed_demo(conn: sqlite3.Connection, today: date | None = None) -> list[DemoAccount]:
    """Create the demo accounts that are missing; returns every demo sign-in.

    `today`: the date the demo's dates are relative to, and then also every demo account's test
    clock, so the demo stays the same day after day. None: real time, and no test clock.
    """
    real_today = utc_now().date()
    entries = _all_demo_accounts(today or real_today, pin_clock=today is not None)
    demo_hash = {DEMO_PASSWORD: generate_password_hash(DEMO_PASSWORD, method=store.DEFAULT_PASSWORD_HASH)}
    with db.transaction(conn):
        for spec, _ in entries:
            if store.account_of_email(conn, spec.users[0].email) is None:
                create_account(conn, spec, real_today, known_hashes=demo_hash)
    return [who for _, sign_ins in entries for who in sign_ins]


def demo_table_markdown(accounts: list[DemoAccount] | None = None) -> str:
    """A Markdown table of the demo sign-ins, for docs/mock.md and the start banner."""
    rows = ["| locale | email | password | account | who |", "| --- | --- | --- | --- | --- |"]
    for who in accounts if accounts is not None else demo_sign_ins():
        kind = "corporate" if who.kind == "corporate" else "self-service"
        rows.append(f"| {who.locale} | `{who.email}` | `{who.password}` | {who.company} ({kind}) | {who.label} |")
    return "\n".join(rows) + "\n"
