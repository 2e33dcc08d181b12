"""Add New Subscription: buy a plan or start a free trial of another product (article 004).

The steps follow the article:

1. `GET /add` (`wizard.start`): "Add New Subscription", one link per product of the catalog.
2. `GET /add/<product>` (`wizard.product`): "Buy" to purchase a plan or "Try" to start a free trial.
3. `GET /add/<product>/<mode>` (`wizard.choose`, mode `buy` or `try`): the plan ("Plan" radio
   group, when the product has more than one tier) and the number of new user licenses, then
   "Next". It is a GET form: choosing changes nothing. `?item=<cart item id>` is Edit Order
   coming back from the cart or the Checkout page, with the choices made before.
4. `GET /add/<product>/<mode>/confirm` (`wizard.confirm`): for a purchase, Monthly or Annual
   billing, the Order Summary and "Proceed to Checkout" (or "Add to Cart" when the cart already
   holds other items); for a trial, what the trial gives and "Start Trial".
5. `POST /add/<product>/buy/confirm` puts a cart item of kind "new" into the cart (replacing the
   item being edited, or an earlier new item of the same product) and goes to Checkout or to
   the cart. `POST /add/<product>/try/confirm` starts the trial, sends the welcome email and
   shows the confirmation screen, `GET /trials/<id>` (`wizard.trial_confirmation`).

A product the account already has (active, trial or ended trial) cannot be added again: it is
changed with Edit Subscription or Subscribe Now on its card instead (409, nothing changes).
Invalid input shows the page again with the error next to its field (422, nothing changes).
Only billing contacts may use the wizard.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Literal

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response as BaseResponse

from . import catalog, notifications, store
from .auth import billing_contact_required
from .billing import cart_count, current_account, today_of
from .catalog import FREQUENCIES, Frequency
from .db import as_id, get_db, transaction
from .messages import message
from .pricing import Selection, parse_licenses, quote

bp = Blueprint("wizard", __name__)
log = logging.getLogger(__name__)

Mode = Literal["buy", "try"]
MODES: tuple[Mode, ...] = ("buy", "try")
DEFAULT_FREQUENCY: Frequency = "monthly"

Page = tuple[str, int]


# --- helpers --------------------------------------------------------------------------------


def _product_or_404(product_code: str) -> catalog.Product:
    try:
        return catalog.product(product_code)
    except catalog.UnknownProductError:
        abort(404, description=message("product_unknown"))


def _mode_or_404(mode: str) -> Mode:
    if mode not in MODES:
        abort(404)
    return mode


def _owned(account: store.Account, product: catalog.Product) -> store.Subscription | None:
    """The account's subscription of this product (active, trial or ended trial), if any."""
    for subscription in store.list_subscriptions(get_db(), account.id):
        if subscription.product_code == product.code:
            return subscription
    return None


def _edited_item(account: store.Account, product: catalog.Product, raw: str | None) -> store.CartItem | None:
    """The cart item Edit Order came back for: a new purchase of this product in this account."""
    if raw is None or raw == "":
        return None
    try:
        item_id = as_id(raw)
    except ValueError:
        abort(404)
    item = store.get_cart_item(get_db(), account.id, item_id)
    if item is None or item.kind != "new" or item.selection.product_code != product.code:
        abort(404, description=message("not_found"))
    return item


def _default_selection(product: catalog.Product, item: store.CartItem | None) -> Selection:
    if item is not None:
        return item.selection
    return Selection(product.code, product.tiers[0].code, 1, DEFAULT_FREQUENCY)


def _prefill(product: catalog.Product, args: MultiDict[str, str], fallback: Selection) -> Selection:
    """Values carried in the query string (Back from the next step); invalid ones are ignored."""
    tier_code = args.get("tier", fallback.tier_code)
    if tier_code not in {tier.code for tier in product.tiers}:
        tier_code = fallback.tier_code
    licenses, problem = parse_licenses(args.get("licenses"), product.max_licenses)
    frequency = args.get("frequency", fallback.frequency)
    if frequency not in FREQUENCIES:
        frequency = fallback.frequency
    return Selection(
        product.code,
        tier_code,
        licenses if problem is None and licenses else fallback.licenses,
        frequency,
    )


def _plan_from(
    product: catalog.Product, source: MultiDict[str, str], fallback: Selection
) -> tuple[Selection, dict[str, str]]:
    """Tier and licenses as submitted, with the problems per field; bad fields keep the fallback's value."""
    problems: dict[str, str] = {}
    tier_code = source.get("tier")
    if tier_code is None and len(product.tiers) == 1:
        tier_code = product.tiers[0].code
    if tier_code not in {tier.code for tier in product.tiers}:
        problems["tier"] = "tier_unknown"
        tier_code = fallback.tier_code
    licenses, problem = parse_licenses(source.get("licenses"), product.max_licenses)
    if problem is not None:
        problems["licenses"] = problem.code
    return Selection(product.code, tier_code, licenses or fallback.licenses, fallback.frequency), problems


def _frequency_from(source: MultiDict[str, str], selection: Selection) -> tuple[Selection, dict[str, str]]:
    frequency = source.get("frequency")
    if frequency not in FREQUENCIES:
        return selection, {"frequency": "frequency_unknown"}
    return Selection(selection.product_code, selection.tier_code, selection.licenses, frequency), {}


def _texts(problems: dict[str, str], product: catalog.Product) -> dict[str, str]:
    limits = {"licenses_too_many": product.max_licenses, "licenses_too_few": 1}
    return {field: message(code, limit=limits.get(code, 0)) for field, code in problems.items()}


def _cart_has_other_items(account: store.Account, item: store.CartItem | None, product: catalog.Product) -> bool:
    """Whether "Add to Cart" replaces "Proceed to Checkout": items other than the one this replaces."""
    replaced = _replaced_item_id(account, product, item)
    return any(other.id != replaced for other in store.list_cart(get_db(), account.id))


def _replaced_item_id(account: store.Account, product: catalog.Product, item: store.CartItem | None) -> int | None:
    """The cart item a new purchase of this product replaces: the edited one, or an earlier one."""
    if item is not None:
        return item.id
    for other in store.list_cart(get_db(), account.id):
        if other.kind == "new" and other.selection.product_code == product.code:
            return other.id
    return None


# --- rendering ------------------------------------------------------------------------------


def _render_choose(
    account: store.Account,
    product: catalog.Product,
    mode: Mode,
    wanted: Selection,
    item: store.CartItem | None,
    problems: dict[str, str] | None = None,
    status: int = 200,
) -> Page:
    problems = problems or {}
    page = render_template(
        "wizard/choose.html",
        account=account,
        product=product,
        mode=mode,
        wanted=wanted,
        item=item,
        problems=problems,
        problem_texts=_texts(problems, product),
        cart_size=cart_count(account.id),
    )
    return page, status


def _render_confirm(
    account: store.Account,
    product: catalog.Product,
    mode: Mode,
    wanted: Selection,
    item: store.CartItem | None,
    problems: dict[str, str] | None = None,
    status: int = 200,
) -> Page:
    problems = problems or {}
    today = today_of(account)
    page = render_template(
        "wizard/confirm.html",
        account=account,
        product=product,
        mode=mode,
        wanted=wanted,
        item=item,
        problems=problems,
        problem_texts=_texts(problems, product),
        quote=quote([(wanted, None)], account.currency, account.balance, today),
        trial_ends_on=today + timedelta(days=product.trial_days),
        cart_has_items=_cart_has_other_items(account, item, product),
        cart_size=cart_count(account.id),
        today=today,
    )
    return page, status


# --- the steps ------------------------------------------------------------------------------


@bp.get("/add")
@billing_contact_required
def start() -> str:
    account = current_account()
    owned = {subscription.product_code for subscription in store.list_subscriptions(get_db(), account.id)}
    return render_template(
        "wizard/start.html",
        account=account,
        products=list(catalog.PRODUCTS.values()),
        owned=owned,
        cart_size=cart_count(account.id),
    )


@bp.get("/add/<product_code>")
@billing_contact_required
def product(product_code: str) -> str:
    account = current_account()
    chosen = _product_or_404(product_code)
    owned = _owned(account, chosen) is not None
    return render_template(
        "wizard/product.html",
        account=account,
        product=chosen,
        owned_text=message("product_owned") if owned else None,
        cart_size=cart_count(account.id),
    )


@bp.get("/add/<product_code>/<mode>")
@billing_contact_required
def choose(product_code: str, mode: str) -> Page:
    account = current_account()
    chosen = _product_or_404(product_code)
    checked_mode = _mode_or_404(mode)
    item = _edited_item(account, chosen, request.args.get("item")) if checked_mode == "buy" else None
    wanted = _prefill(chosen, request.args, _default_selection(chosen, item))
    return _render_choose(account, chosen, checked_mode, wanted, item)


@bp.get("/add/<product_code>/<mode>/confirm")
@billing_contact_required
def confirm(product_code: str, mode: str) -> Page:
    account = current_account()
    chosen = _product_or_404(product_code)
    checked_mode = _mode_or_404(mode)
    item = _edited_item(account, chosen, request.args.get("item")) if checked_mode == "buy" else None
    fallback = _default_selection(chosen, item)
    wanted, problems = _plan_from(chosen, request.args, fallback)
    if problems:
        return _render_choose(account, chosen, checked_mode, wanted, item, problems, 422)
    if checked_mode == "buy":
        wanted = _prefill(chosen, request.args, wanted)
    return _render_confirm(account, chosen, checked_mode, wanted, item)


@bp.post("/add/<product_code>/<mode>/confirm")
@billing_contact_required
def confirm_submit(product_code: str, mode: str) -> Page | BaseResponse:
    account = current_account()
    chosen = _product_or_404(product_code)
    checked_mode = _mode_or_404(mode)
    item = _edited_item(account, chosen, request.form.get("item")) if checked_mode == "buy" else None
    wanted, problems = _plan_from(chosen, request.form, _default_selection(chosen, item))
    if problems:
        return _render_choose(account, chosen, checked_mode, wanted, item, problems, 422)
    if checked_mode == "try":
        return _start_trial(account, chosen, wanted)
    wanted, problems = _frequency_from(request.form, wanted)
    if problems:
        return _render_confirm(account, chosen, checked_mode, wanted, item, problems, 422)
    if _owned(account, chosen) is not None:
        return _render_confirm(account, chosen, checked_mode, wanted, item, {"form": "product_owned"}, 409)
    to_cart = _cart_has_other_items(account, item, chosen) or request.form.get("action") == "add_to_cart"
    with transaction():
        store.put_cart_item(
            get_db(), account.id, "new", wanted, replace_item_id=_replaced_item_id(account, chosen, item)
        )
    return redirect(url_for("billing.cart" if to_cart else "billing.checkout"))


def _start_trial(account: store.Account, product: catalog.Product, wanted: Selection) -> Page | BaseResponse:
    trial = Selection(wanted.product_code, wanted.tier_code, wanted.licenses, DEFAULT_FREQUENCY)
    conn = get_db()
    today = today_of(account)
    settings = current_app.config["SETTINGS"]
    message_id = ""
    with transaction(conn):
        # Checked inside the write transaction, so two clicks cannot start two trials.
        exists = _owned(account, product) is not None
        subscription_id = None if exists else store.start_trial(conn, account.id, trial, today)
        subscription = None if subscription_id is None else store.get_subscription(conn, account.id, subscription_id)
        if subscription is not None:
            # In the trial's transaction: a trial is never committed without its email (the outbox).
            try:
                message_id = notifications.send_trial_welcome(settings, account, g.user, subscription, today)
            except notifications.NotificationError:
                # No mail server is configured: the trial stands; the failure is logged for the tester.
                log.exception("welcome email for trial %s was not queued", subscription.id)
    if subscription is None:
        return _render_confirm(account, product, "try", trial, None, {"form": "trial_exists"}, 409)
    # Delivered after the commit: the embedded SMTP sink writes to the same database.
    notifications.deliver(settings, message_id)
    return redirect(url_for("wizard.trial_confirmation", subscription_id=subscription.id))


@bp.get("/add/<product_code>/buy/summary")
@billing_contact_required
def summary(product_code: str) -> str:
    """The Order Summary of a purchase not yet submitted (the page updates it as you choose)."""
    account = current_account()
    chosen = _product_or_404(product_code)
    fallback = _default_selection(chosen, None)
    wanted, problems = _plan_from(chosen, request.args, fallback)
    wanted, frequency_problems = _frequency_from(request.args, wanted)
    problems.update(frequency_problems)
    return render_template(
        "billing/_summary.html",
        account=account,
        product=chosen,
        quote=quote([(wanted, None)], account.currency, account.balance, today_of(account)),
        problems=problems,
        problem_texts=_texts(problems, chosen),
    )


@bp.get("/trials/<int:subscription_id>")
@billing_contact_required
def trial_confirmation(subscription_id: int) -> str:
    account = current_account()
    subscription = store.get_subscription(get_db(), account.id, subscription_id)
    if subscription is None or subscription.status != "trial":
        abort(404, description=message("not_found"))
    return render_template(
        "wizard/trial_started.html",
        account=account,
        subscription=subscription,
        email=g.user.email,
        cart_size=cart_count(account.id),
    )
