"""The Billing Center proper: product cards, Edit Subscription, Cancel Subscription, the cart,
Checkout and the result.

The flow follows the help articles: options icon → Edit Subscription → plan, licenses and
frequency with an Order Summary → Proceed to Checkout (or Add to Cart when the cart holds
items) → Checkout review (Edit Order goes back with the choices kept) → payment details and
VAT number when money is due → Place Order → result page and confirmation email.

Cancel Subscription (options icon) asks in a confirmation window, turns off the renewal and sends
an email; the card then says "Pending Cancellation" and offers Reactivate until the period's end,
after which the subscription has ended and is never renewed.
"""

from __future__ import annotations

import logging
from datetime import date
from urllib.parse import quote as url_quote
from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from . import catalog, notifications, orders, store
from .auth import FORM_EXPIRED, billing_contact_required, csrf_token, login_required
from .catalog import FREQUENCIES
from .clock import account_today
from .db import as_id, get_db, snapshot, transaction
from .faults import card_declined
from .i18n import gettext, territory_name
from .messages import message
from .payment import Card, check_card, check_vat_number
from .pricing import Quote, Selection, SelectionProblem, change_problems, parse_licenses, quote

bp = Blueprint("billing", __name__)
log = logging.getLogger(__name__)


def current_account() -> store.Account:
    account = store.get_account(get_db(), g.user.account_id)
    if account is None:
        abort(404)
    return account


def today_of(account: store.Account) -> date:
    return account_today(get_db(), account.id)


def cart_count(account_id: int) -> int:
    return len(store.list_cart(get_db(), account_id))


# --- the Billing Center page ----------------------------------------------------------------


@bp.get("/billing")
@login_required
def overview() -> str | BaseResponse:
    account = current_account()
    if account.is_corporate:
        return redirect(url_for("corporate.portal"))
    today = today_of(account)
    subscriptions = store.list_subscriptions(get_db(), account.id)
    contacts = [] if g.user.is_billing_contact else store.billing_contacts(get_db(), account.id)
    # The one the member is told to contact: the account's first billing contact.
    billing_admin = contacts[0] if contacts else None
    by_id = {s.id: s for s in subscriptions}
    # The confirmation window after Cancel Subscription or Reactivate (Post/Redirect/Get): shown
    # only while the subscription is in the state it confirms, so an old link says nothing false.
    cancelled = by_id.get(request.args.get("cancelled", type=as_id) or 0)
    reactivated = by_id.get(request.args.get("reactivated", type=as_id) or 0)
    return render_template(
        "billing/overview.html",
        account=account,
        subscriptions=subscriptions,
        today=today,
        cart_size=cart_count(account.id),
        billing_admin=billing_admin,
        billing_admin_mailto=billing_admin_mailto(billing_admin, account) if billing_admin else None,
        unit_price=lambda s: s.tier.unit_price(account.currency, s.frequency),
        cancelled=cancelled if cancelled and cancelled.pending_cancellation(today) else None,
        reactivated=reactivated if reactivated and reactivated.cancellable else None,
        email=g.user.email,
    )


def billing_admin_mailto(admin: store.User, account: store.Account) -> str:
    """Email the billing admin: a mailto: link, so the member writes from their own mail program.

    Article 008 says the member can "select Email the billing admin to contact them directly", and
    shows the admin's name and email address in the message: the member writes to the admin
    themselves (no form, no message relayed by the Billing Center, nothing to confirm). The
    subject says what it is about, in the member's language.
    """
    subject = gettext("Product or licensing changes for %(account)s", account=account.name)
    return f"mailto:{url_quote(admin.email, safe='@')}?{urlencode({'subject': subject}, quote_via=url_quote)}"


# --- Edit Subscription (also Subscribe Now for a trial) --------------------------------------


def _owned_subscription(subscription_id: int, account: store.Account) -> store.Subscription:
    subscription = store.get_subscription(get_db(), account.id, subscription_id)
    if subscription is None:
        abort(404)
    return subscription


def _changeable_subscription(subscription_id: int, account: store.Account) -> store.Subscription:
    """A subscription whose plan can be changed: not one that has ended (410: it is gone, nothing
    is renewed), nor one whose cancellation is pending (409: Reactivate it first, so a change never
    buys licenses for a plan that is about to end)."""
    subscription = _owned_subscription(subscription_id, account)
    today = today_of(account)
    if subscription.ended(today):
        abort(410, description=message("ended_not_changeable"))
    if subscription.pending_cancellation(today):
        abort(409, description=message("cancellation_pending"))
    return subscription


def _selection_from_form(
    product: catalog.Product, form: dict[str, str], fallback: Selection
) -> tuple[Selection, dict[str, str]]:
    """The submitted selection and its problems per field; bad fields keep the fallback's value."""
    problems: dict[str, str] = {}
    tier_code = form.get("tier", fallback.tier_code)
    if tier_code not in {tier.code for tier in product.tiers}:
        problems["tier"] = "tier_unknown"
        tier_code = fallback.tier_code
    frequency = form.get("frequency", fallback.frequency)
    if frequency not in FREQUENCIES:
        problems["frequency"] = "frequency_unknown"
        frequency = fallback.frequency
    licenses, problem = parse_licenses(form.get("licenses"), product.max_licenses)
    if problem is not None:
        problems["licenses"] = problem.code
    return Selection(product.code, tier_code, licenses or fallback.licenses, frequency), problems


def _problems_of(
    subscription: store.Subscription, wanted: Selection, form_problems: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """(codes, localized texts) per field: the form's own problems, then the rules of a change."""
    problems = dict(form_problems)
    limits: dict[str, int] = {"licenses_too_many": subscription.product.max_licenses, "licenses_too_few": 1}
    rule_problems: list[SelectionProblem] = []
    # A refused field falls back to the current value, so the rules of a change would judge a
    # selection the buyer did not make ("the same as your current plan"): its own error alone.
    if not form_problems:
        if subscription.status == "active":
            rule_problems.extend(change_problems(subscription.selection, wanted))
        rule_problems.extend(store.assignment_problems(get_db(), subscription.id, wanted.licenses))
    for problem in rule_problems:
        if problem.field not in problems:
            problems[problem.field] = problem.code
            if problem.limit is not None:
                limits[problem.code] = problem.limit
    texts = {field: message(code, limit=limits.get(code, 0)) for field, code in problems.items()}
    return problems, texts


def _edit_quote(account: store.Account, subscription: store.Subscription, wanted: Selection) -> Quote:
    current = subscription.current_plan if subscription.status == "active" else None
    return quote([(wanted, current)], account.currency, account.balance, today_of(account))


def _render_edit(
    account: store.Account,
    subscription: store.Subscription,
    wanted: Selection,
    problems: tuple[dict[str, str], dict[str, str]] | None,
    item_id: int | None,
    status: int = 200,
    focus: str | None = None,
) -> tuple[str, int]:
    codes, texts = problems or ({}, {})
    other_items = [
        item
        for item in store.list_cart(get_db(), account.id)
        if item.id != item_id and item.subscription_id != subscription.id
    ]
    page = render_template(
        "billing/edit.html",
        account=account,
        subscription=subscription,
        product=subscription.product,
        wanted=wanted,
        quote=_edit_quote(account, subscription, wanted),
        problems=codes,
        problem_texts=texts,
        item_id=item_id,
        cart_has_items=bool(other_items),
        cart_size=cart_count(account.id),
        mode="subscribe" if subscription.status == "trial" else "change",
        focus=focus,
    )
    return page, status


@bp.get("/subscriptions/<int:subscription_id>/edit")
@billing_contact_required
def edit(subscription_id: int) -> str | BaseResponse | tuple[str, int]:
    account = current_account()
    subscription = _changeable_subscription(subscription_id, account)
    wanted = subscription.selection
    item_id = request.args.get("item", type=as_id)
    if item_id is not None:
        item = store.get_cart_item(get_db(), account.id, item_id)
        if item is None or item.subscription_id != subscription.id:
            abort(404)
        wanted = item.selection  # Edit Order: the choices made before are kept
    focus = None
    if request.args.get("add") == "licenses":
        # The card's "Add Organizers" button: one more license, ready to adjust.
        wanted = Selection(
            wanted.product_code,
            wanted.tier_code,
            min(wanted.licenses + 1, subscription.product.max_licenses),
            wanted.frequency,
        )
        focus = "licenses"
    return _render_edit(account, subscription, wanted, None, item_id, focus=focus)


@bp.get("/subscriptions/<int:subscription_id>/summary")
@billing_contact_required
def summary(subscription_id: int) -> str | BaseResponse | tuple[str, int]:
    """The Order Summary for a selection not yet submitted (the page updates it as you choose)."""
    account = current_account()
    subscription = _changeable_subscription(subscription_id, account)
    wanted, form_problems = _selection_from_form(subscription.product, request.args.to_dict(), subscription.selection)
    problems, texts = _problems_of(subscription, wanted, form_problems)
    return render_template(
        "billing/_summary.html",
        account=account,
        product=subscription.product,
        quote=_edit_quote(account, subscription, wanted),
        problems=problems,
        problem_texts=texts,
    )


@bp.post("/subscriptions/<int:subscription_id>/edit")
@billing_contact_required
def edit_submit(subscription_id: int) -> str | BaseResponse | tuple[str, int]:
    account = current_account()
    subscription = _changeable_subscription(subscription_id, account)
    item_id = request.form.get("item", type=as_id)
    wanted, form_problems = _selection_from_form(subscription.product, request.form.to_dict(), subscription.selection)
    problems = _problems_of(subscription, wanted, form_problems)
    if problems[0]:
        return _render_edit(account, subscription, wanted, problems, item_id, status=422)
    kind: store.CartKind = "change" if subscription.status == "active" else "subscribe"
    with transaction():
        store.put_cart_item(get_db(), account.id, kind, wanted, subscription.id, replace_item_id=item_id)
    if request.form.get("action") == "add_to_cart":
        return redirect(url_for("billing.cart"))
    return redirect(url_for("billing.checkout"))


# Subscribe Now on an expired trial's card: the same selection page, bought rather than changed.
bp.add_url_rule("/subscriptions/<int:subscription_id>/subscribe", "subscribe", edit, methods=["GET"])
bp.add_url_rule("/subscriptions/<int:subscription_id>/subscribe", "subscribe_submit", edit_submit, methods=["POST"])


# --- Cancel Subscription and Reactivate --------------------------------------------------------


def _unended_subscription(subscription_id: int, account: store.Account) -> store.Subscription:
    subscription = _owned_subscription(subscription_id, account)
    if subscription.ended(today_of(account)):
        abort(422, description=message("subscription_ended"))
    return subscription


def _cancellable_subscription(subscription_id: int, account: store.Account) -> store.Subscription:
    subscription = _unended_subscription(subscription_id, account)
    if not subscription.cancellable:
        abort(422, description=message("not_cancellable"))
    return subscription


@bp.get("/subscriptions/<int:subscription_id>/cancel")
@billing_contact_required
def cancel(subscription_id: int) -> str:
    """The confirmation window as a page of its own: what the options menu leads to without script."""
    account = current_account()
    subscription = _cancellable_subscription(subscription_id, account)
    return render_template(
        "billing/cancel.html", account=account, subscription=subscription, cart_size=cart_count(account.id)
    )


@bp.post("/subscriptions/<int:subscription_id>/cancel")
@billing_contact_required
def cancel_submit(subscription_id: int) -> BaseResponse:
    account = current_account()
    conn = get_db()
    with transaction(conn):
        # Read again in the write transaction: a second Yes, Cancel finds it cancelled (422).
        subscription = _cancellable_subscription(subscription_id, account)
        today = today_of(account)
        store.cancel_subscription(conn, account.id, subscription.id, g.user.id, today, subscription.next_billing_date)
        cancelled = store.get_subscription(conn, account.id, subscription.id)
        assert cancelled is not None
        message_id = _queue_cancellation(account, cancelled, today)
    notifications.deliver(current_app.config["SETTINGS"], message_id)
    return redirect(url_for("billing.overview", cancelled=subscription.id))


@bp.post("/subscriptions/<int:subscription_id>/reactivate")
@billing_contact_required
def reactivate(subscription_id: int) -> BaseResponse:
    account = current_account()
    conn = get_db()
    with transaction(conn):
        subscription = _unended_subscription(subscription_id, account)
        if not store.reactivate_subscription(conn, account.id, subscription.id):
            abort(422, description=message("not_cancelled"))
    return redirect(url_for("billing.overview", reactivated=subscription.id))


def _queue_cancellation(account: store.Account, subscription: store.Subscription, today: date) -> str:
    try:
        return notifications.send_cancellation(current_app.config["SETTINGS"], account, g.user, subscription, today)
    except notifications.NotificationError:
        log.exception("cancellation email for subscription %s was not queued", subscription.id)
        return ""


# --- cart -----------------------------------------------------------------------------------


def edit_url(item: store.CartItem) -> str:
    """Where Edit Order leads for a cart item: back to its selection page, choices kept."""
    if item.subscription_id is not None:
        return url_for("billing.edit", subscription_id=item.subscription_id, item=item.id)
    return url_for("wizard.choose", product_code=item.selection.product_code, mode="buy", item=item.id)


@bp.get("/cart")
@billing_contact_required
def cart() -> str:
    account = current_account()
    items = store.list_cart(get_db(), account.id)
    priced = orders.quote_cart(get_db(), account, items, today_of(account)) if items else None
    return render_template(
        "billing/cart.html",
        account=account,
        items=items,
        quote=priced,
        edit_url=edit_url,
        cart_size=len(items),
    )


@bp.post("/cart/items/<int:item_id>/remove")
@billing_contact_required
def remove_item(item_id: int) -> BaseResponse:
    account = current_account()
    with transaction():
        if not store.remove_cart_item(get_db(), account.id, item_id):
            abort(404)
    return redirect(url_for("billing.cart"))


# --- Checkout and Place Order ---------------------------------------------------------------


def _render_checkout(
    account: store.Account,
    token: str,
    problems: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> tuple[str, int]:
    items = store.list_cart(get_db(), account.id)
    priced = orders.quote_cart(get_db(), account, items, today_of(account)) if items else None
    problems = problems or {}
    cart_problems = orders.cart_problems(get_db(), account.id, items)
    if cart_problems:
        problems.setdefault("cart", cart_problems[0].code)
    country = territory_name(account.country)
    texts = {field: message(code, country=country, limit=0) for field, code in problems.items()}
    edit_order = edit_url(items[0]) if len(items) == 1 else url_for("billing.cart")
    page = render_template(
        "billing/checkout.html",
        account=account,
        items=items,
        quote=priced,
        token=token,
        problems=problems,
        problem_texts=texts,
        form=form or {},
        edit_order_url=edit_order,
        cart_size=len(items),
    )
    return page, status


@bp.get("/checkout")
@billing_contact_required
def checkout() -> tuple[str, int]:
    return _render_checkout(current_account(), orders.new_checkout_token(csrf_token()))


@bp.post("/checkout")
@billing_contact_required
def place_order() -> BaseResponse | tuple[str, int]:
    account = current_account()
    form = {key: value for key, value in request.form.items() if key != "csrf_token"}
    token = form.get("checkout_token", "")
    if not orders.checkout_token_issued(csrf_token(), token):
        # Not a checkout page this session was given: nothing is ordered or changed.
        abort(400, description=gettext(FORM_EXPIRED))
    conn = get_db()
    today = today_of(account)
    # The order and the cart read in one snapshot: a second submit racing the first sees either
    # the cart before the order (and finds the order in the transaction below) or the order,
    # never the cart the first one emptied without its order (it answered "cart empty", 422:
    # seen in the double-submit scenario).
    with snapshot(conn):
        existing = store.order_for_checkout(conn, account.id, token)
        items = store.list_cart(conn, account.id) if existing is None else []
        priced = orders.quote_cart(conn, account, items, today) if items else None
    if existing is not None:
        # A second click on Place Order: the first one's result, no second order or email.
        return redirect(url_for("billing.order_result", number=existing.number))
    if priced is None:
        return _render_checkout(account, token, {"cart": "cart_empty"}, form, 422)
    problems: dict[str, str] = {}
    card: Card | None = None
    vat_number, vat_problem = check_vat_number(form.get("vat_number", ""), account.country)
    if vat_problem:
        problems["vat_number"] = vat_problem
    if priced.payment_required:
        entered = any(form.get(f, "").strip() for f in ("card_number", "card_expiry", "card_cvc", "card_holder"))
        if entered or not account.has_card:
            card, card_problems = check_card(
                form.get("card_number", ""),
                form.get("card_expiry", ""),
                form.get("card_cvc", ""),
                form.get("card_holder", ""),
                today,
            )
            problems.update(card_problems)
    if problems:
        return _render_checkout(account, token, problems, _without_card_secrets(form), 422)
    payment = orders.Payment(vat_number=vat_number)
    if priced.payment_required:
        payment = orders.Payment(
            card_holder=card.holder if card else account.card_holder,
            card_last4=card.last4 if card else account.card_last4,
            card_expiry=card.expiry if card else account.card_expiry,
            vat_number=vat_number,
        )
    try:
        with transaction(conn):
            if priced.payment_required and (
                (card is not None and card.always_declined) or card_declined(conn, account.id)
            ):
                raise orders.OrderError("card_declined")
            order, created = orders.place_order(conn, account.id, g.user.id, token, payment, today)
            # In the order's transaction: an order is never committed without its email (the outbox).
            message_id = _queue_confirmation(account, order) if created else ""
    except orders.OrderError as error:
        field = "card_number" if error.code == "card_declined" else "cart"
        return _render_checkout(account, token, {field: error.code}, _without_card_secrets(form), 422)
    notifications.deliver(current_app.config["SETTINGS"], message_id)
    return redirect(url_for("billing.order_result", number=order.number))


def _without_card_secrets(form: dict[str, str]) -> dict[str, str]:
    """What may be shown again after an error: never the card number or security code."""
    return {key: value for key, value in form.items() if key not in {"card_number", "card_cvc"}}


def _queue_confirmation(account: store.Account, order: store.Order) -> str:
    try:
        return notifications.send_order_confirmation(current_app.config["SETTINGS"], account, g.user, order)
    except notifications.NotificationError:
        # No mail server is configured: the order stands; the failure is logged for the tester.
        log.exception("confirmation email for order %s was not queued", order.number)
        return ""


@bp.get("/orders/<number>")
@billing_contact_required
def order_result(number: str) -> str:
    account = current_account()
    order = store.get_order(get_db(), account.id, number)
    if order is None:
        abort(404)
    added_licenses = any(
        line.old_selection is None or line.selection.licenses > line.old_selection.licenses for line in order.lines
    )
    return render_template(
        "billing/result.html",
        account=account,
        order=order,
        added_licenses=added_licenses,
        cart_size=cart_count(account.id),
        email=g.user.email,
    )
