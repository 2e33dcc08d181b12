"""The control API's serialization: the mock's state as the response models (`models`)."""

from __future__ import annotations

import sqlite3

from .. import catalog, defects, harmless, i18n, store
from ..clock import account_today
from ..data import portal
from ..data.faults import Fault
from .models import (
    AccountOut,
    CardOut,
    CartItemOut,
    CatalogOut,
    ClockOut,
    DefectOut,
    DefectsOut,
    FaultOut,
    HarmlessOut,
    HarmlessReleaseOut,
    ProductOut,
    SubscriptionOut,
    TierOut,
    UserOut,
)


def account_out(conn: sqlite3.Connection, account_id: int) -> AccountOut | None:
    """The account as the control API shows it, or None if there is no such account."""
    account = store.get_account(conn, account_id)
    if account is None:
        return None
    users = store.list_users(conn, account_id)
    portal_ids = portal.login_ids(conn, account_id)
    assigned = store.assigned_emails(conn, account_id)
    contacts = [user for user in users if user.is_billing_contact] or users
    cart = store.list_cart(conn, account_id)
    card = None
    if account.card_last4 is not None:
        card = CardOut(holder=account.card_holder, last4=account.card_last4, expiry=account.card_expiry)
    return AccountOut(
        id=account.id,
        kind=account.kind,
        name=account.name,
        locale=contacts[0].locale if contacts else i18n.DEFAULT_LANGUAGE,
        country=account.country,
        currency=account.currency,
        balance=str(account.balance),
        vat_number=account.vat_number,
        card_on_file=card,
        clock_date=account.clock_date,
        today=account_today(conn, account_id),
        users=[
            UserOut(
                id=u.id,
                email=u.email,
                full_name=u.full_name,
                locale=u.locale,
                billing_contact=u.is_billing_contact,
                portal_user_id=portal_ids.get(u.id),
            )
            for u in users
        ],
        subscriptions=[
            SubscriptionOut(
                id=s.id,
                product=s.product_code,
                tier=s.tier_code,
                licenses=s.licenses,
                frequency=s.frequency,
                status=s.status,
                trial_ends_on=s.trial_ends_on,
                period_start=s.period_start,
                next_billing_date=s.next_billing_date,
                paid_amount=str(s.paid_amount),
                assigned_users=assigned.get(s.id, []),
            )
            for s in store.list_subscriptions(conn, account_id)
        ],
        cart=[
            CartItemOut(
                id=item.id,
                kind=item.kind,
                subscription_id=item.subscription_id,
                product=item.selection.product_code,
                tier=item.selection.tier_code,
                licenses=item.selection.licenses,
                frequency=item.selection.frequency,
            )
            for item in cart
        ],
        cart_item_ids=[item.id for item in cart],
    )


def clock_out(conn: sqlite3.Connection, account: store.Account) -> ClockOut:
    return ClockOut(account_id=account.id, clock_date=account.clock_date, today=account_today(conn, account.id))


def fault_out(fault: Fault) -> FaultOut:
    return FaultOut(
        id=fault.id,
        kind=fault.kind,
        status_code=fault.status_code,
        latency_ms=fault.latency_ms,
        path_prefix=fault.path_prefix,
        account_id=fault.account_id,
        count=fault.remaining,
    )


def catalog_out() -> CatalogOut:
    return CatalogOut(
        products=[
            ProductOut(
                code=product.code,
                name=product.name,
                seat_noun=product.seat_noun,
                max_licenses=product.max_licenses,
                trial_days=product.trial_days,
                tiers=[
                    TierOut(
                        code=tier.code,
                        name=tier.name,
                        rank=tier.rank,
                        prices={
                            currency: {frequency: str(price) for frequency, price in by_frequency.items()}
                            for currency, by_frequency in tier.prices.items()
                        },
                    )
                    for tier in product.tiers
                ],
            )
            for product in catalog.PRODUCTS.values()
        ]
    )


def defects_out(state: defects.DefectState) -> DefectsOut:
    catalogue = defects.catalogue()
    return DefectsOut(
        defects=[
            DefectOut(
                name=defect.name,
                kind=defect.kind,
                locales=list(defect.locales),
                description=defect.description,
                active=defect.name in state,
            )
            for defect in catalogue
        ],
        active=[defect.name for defect in catalogue if defect.name in state],
    )


def harmless_out(state: defects.DefectState) -> HarmlessOut:
    catalogue = harmless.catalogue()
    return HarmlessOut(
        releases=[
            HarmlessReleaseOut(name=release.name, description=release.description, active=release.name in state)
            for release in catalogue
        ],
        active=[release.name for release in catalogue if release.name in state],
    )
