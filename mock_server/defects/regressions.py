"""The catalogue: regressions a release of the Billing Center could ship, one small change each.

Each defect breaks the product's own code path (prices, order rules, views, templates, the
catalogs, the mail), never what only the harness reads (the control API, the mailbox API).
The broken variants are the small functions below; `core` says how they are patched in.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tomllib
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_DOWN, Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast

from babel.dates import format_date
from dateutil.relativedelta import relativedelta
from flask import current_app, g, redirect, request, url_for
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError
from stdnum.util import clean

from .. import (
    admin,
    billing,
    billing_info,
    i18n,
    invoices,
    mailer,
    notifications,
    orders,
    payment,
    portal_auth,
    pricing,
    renewals,
    store,
    wizard,
)
from ..data import portal
from ..db import get_db, transaction
from ..pricing import CENT, ZERO, LineQuote, Quote
from .core import Defect, DefectError, Filter, Function, Hook, TemplateEdit, View, Wrap, relabel

# --- money ----------------------------------------------------------------------------------


def _credit_one_day_short(product: Function) -> Function:
    def unused_credit(current: pricing.CurrentPlan, today: date) -> Decimal:
        return cast(Decimal, product(current, today + timedelta(days=1)))

    return unused_credit


def _no_credit(_product: Function) -> Function:
    return lambda _current, _today: ZERO


def _balance_ignored(product: Function) -> Function:
    def quote(items: Any, currency: str, balance: Decimal, today: date) -> Quote:
        priced = cast(Quote, product(items, currency, ZERO, today))
        return dataclasses.replace(priced, balance_after=balance + priced.balance_after)

    return quote


def _rounding(mode: str) -> Function:
    def factory(_product: Function) -> Function:
        return lambda amount: amount.quantize(CENT, rounding=mode)

    return factory


def _annual_at_monthly_price(product: Function) -> Function:
    def plan_cost(selection: pricing.Selection, currency: str) -> Any:
        return product(dataclasses.replace(selection, frequency="monthly"), currency)

    return plan_cost


def _other_currency(product: Function) -> Function:
    return lambda amount, currency: product(amount, "USD" if currency == "EUR" else "EUR")


# --- dates ----------------------------------------------------------------------------------


def _billing_date_kept(product: Function) -> Function:
    def renew_subscription(conn: Any, account_id: int, subscription_id: int, line: LineQuote) -> None:
        if line.current is not None:
            line = dataclasses.replace(
                line, period_start=line.current.period_start, period_end=line.current.next_billing_date
            )
        product(conn, account_id, subscription_id, line)

    return renew_subscription


def _annual_period(months: int) -> Function:
    def factory(product: Function) -> Function:
        def period_end(start: date, frequency: str) -> date:
            if frequency != "annual":
                return cast(date, product(start, frequency))
            return start + relativedelta(months=months)

        return period_end

    return factory


def _english_dates_in(lang: i18n.Lang) -> Function:
    def factory(product: Function) -> Function:
        def long_date(value: date) -> str:
            if i18n.current_language() == lang:
                return format_date(value, format="long", locale=i18n.babel_locale(i18n.DEFAULT_LANGUAGE))
            return cast(str, product(value))

        return long_date

    return factory


# --- email ----------------------------------------------------------------------------------


def _not_sent(_product: Function) -> Function:
    return lambda *_args, **_kwargs: ""


def _to_another_user(product: Function) -> Function:
    def send(settings: Any, account: store.Account, user: store.User, order: store.Order) -> str:
        others = [other for other in store.list_users(get_db(), account.id) if other.id != user.id]
        return cast(str, product(settings, account, others[0] if others else user, order))

    return send


def _in_english_for(lang: i18n.Lang) -> Function:
    def factory(product: Function) -> Function:
        def send(*args: Any) -> str:
            spoken = g.lang
            if spoken == lang:
                g.lang = "en"
            try:
                return cast(str, product(*args))
            finally:
                g.lang = spoken

        return send

    return factory


class _HtmlOnlyMessage(EmailMessage):
    """A message whose plain-text part is dropped: the HTML becomes the only body."""

    def set_content(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("subtype") != "plain":
            super().set_content(*args, **kwargs)

    def add_alternative(self, *args: Any, **kwargs: Any) -> None:
        self.set_content(*args, **kwargs)


class _TextOnlyMessage(EmailMessage):
    """A message whose HTML part is never added."""

    def add_alternative(self, *args: Any, **kwargs: Any) -> None:
        return None


def _message_class(cls: type[EmailMessage]) -> Function:
    return lambda _product: cls


def _subject_mojibake_in(*langs: i18n.Lang) -> Function:
    """UTF-8 read as Latin-1 on the way into the subject: "è" becomes "Ã¨" (where a mail library
    is handed bytes it takes for the wrong charset); languages without such letters are untouched."""

    def factory(product: Function) -> Function:
        def build_message(*, subject: str, **kwargs: Any) -> EmailMessage:
            if g.lang in langs:
                subject = subject.encode("utf-8").decode("latin-1")
            return cast(EmailMessage, product(subject=subject, **kwargs))

        return build_message

    return factory


def _sender(header: str) -> Function:
    def factory(product: Function) -> Function:
        def build_message(*, sender: str, **kwargs: Any) -> EmailMessage:
            return cast(EmailMessage, product(sender=header, **kwargs))

        return build_message

    return factory


def _license_more(template: str) -> TemplateEdit:
    return TemplateEdit(template, "line.selection.licenses|number", "(line.selection.licenses + 1)|number")


def _plan_total_as_total(template: str) -> TemplateEdit:
    return TemplateEdit(template, "order.total_due|money", "order.plan_total|money")


# --- a choice not followed everywhere it shows (issue 26's fact trail) -----------------------

FREQUENCY_SHOWN = "frequency_label(line.selection.frequency)"
OTHER_FREQUENCY = 'frequency_label("annual" if line.selection.frequency == "monthly" else "monthly")'


def _other_frequency(template: str) -> TemplateEdit:
    """`template` names the other billing frequency than the one recorded (the order is right)."""
    return TemplateEdit(template, FREQUENCY_SHOWN, OTHER_FREQUENCY)


def _vat_number_not_kept(product: Function) -> Function:
    """An order keeps the account's VAT number as it was: the one entered at Checkout is printed
    on the order and its email, but not kept for Payment Method and the renewals."""

    def set_balance_and_vat_number(conn: Any, account_id: int, balance: Decimal, _vat_number: str | None) -> None:
        row = conn.execute("SELECT vat_number FROM account WHERE id = ?", (account_id,)).fetchone()
        product(conn, account_id, balance, row["vat_number"] if row is not None else None)

    return set_balance_and_vat_number


# --- flow -----------------------------------------------------------------------------------


def _edit_url_without_item(_product: Function) -> Function:
    def edit_url(item: store.CartItem) -> str:
        if item.subscription_id is not None:
            return url_for("billing.edit", subscription_id=item.subscription_id)
        return url_for("wizard.choose", product_code=item.selection.product_code, mode="buy")

    return edit_url


def _downgrades_allowed(product: Function) -> Function:
    def change_problems(current: pricing.Selection, wanted: pricing.Selection) -> list[pricing.SelectionProblem]:
        problems = cast(list[pricing.SelectionProblem], product(current, wanted))
        return [problem for problem in problems if problem.code != "downgrade_needs_support"]

    return change_problems


def _stale_changes_ordered(product: Function) -> Function:
    """Place Order (and Checkout) stop checking a cart's changes against the subscription as it is
    now: a change that went stale since it was added is ordered as it stands."""
    stale = {"downgrade_needs_support", "nothing_changed"}

    def cart_problems(conn: Any, account_id: int, items: list[store.CartItem]) -> list[pricing.SelectionProblem]:
        problems = cast(list[pricing.SelectionProblem], product(conn, account_id, items))
        return [problem for problem in problems if problem.code not in stale]

    return cart_problems


def _trial_ends_a_day_early(product: Function) -> Function:
    """The trial's end compared with >= instead of >: it has ended on its own last day."""

    def trial_expired(subscription: store.Subscription, today: date) -> bool:
        return bool(product(subscription, today + timedelta(days=1)))

    return trial_expired


def _never_corporate(_product: Function) -> Function:
    return lambda _account: False


def _everyone_billing_contact(product: Function) -> Function:
    def get_user(conn: Any, user_id: int) -> store.User | None:
        user = cast(store.User | None, product(conn, user_id))
        return dataclasses.replace(user, is_billing_contact=True) if user is not None else None

    return get_user


def _one_license_more(product: Function) -> Function:
    def columns(account: store.Account) -> list[store.Subscription]:
        found = cast(list[store.Subscription], product(account))
        return [dataclasses.replace(s, licenses=s.licenses + 1) for s in found]

    return columns


def _one_assignment_less(product: Function) -> Function:
    return lambda conn, subscription_id: max(cast(int, product(conn, subscription_id)) - 1, 0)


def _last_license_refused(product: Function) -> Function:
    """The limit checked with >= one too early: the last license bought can never be given."""

    def set_assignment(conn: Any, account_id: int, user_id: int, subscription_id: int, enabled: bool) -> None:
        subscription = store.get_subscription(conn, account_id, subscription_id)
        new = (user_id, subscription_id) not in store.assignments(conn, account_id)
        last = subscription is not None and store.assigned_count(conn, subscription_id) + 1 >= subscription.licenses
        if enabled and new and last:
            assert subscription is not None
            raise store.AssignmentError("no_free_license", subscription.licenses)
        product(conn, account_id, user_id, subscription_id, enabled)

    return set_assignment


def _nothing_done(_product: Function) -> Function:
    return lambda *_args, **_kwargs: None


def _no_redirect(_product: Function) -> Function:
    return lambda: None


# --- payment --------------------------------------------------------------------------------


def _any_vat_text(product: Function) -> Function:
    def check_vat_number(raw: str, country: str) -> tuple[str | None, str | None]:
        number, problem = product(raw, country)
        return (number, None) if problem is None else (clean(raw.strip(), " -./").upper(), None)

    return check_vat_number


def accept_any_eu_vat_number(product: Function) -> Function:
    """Any valid EU VAT number passes, whatever its country; the base's other refusals stand.

    Written over whatever `payment.check_vat_number` does about the country: it only turns a
    refusal into an acceptance when the number, with its own country prefix, is a valid EU number.
    """

    def check_vat_number(raw: str, country: str) -> tuple[str | None, str | None]:
        number, problem = product(raw, country)
        if problem is None:
            return number, problem
        try:
            return eu_vat.validate(clean(raw.strip(), " -./").upper()), None
        except ValidationError:
            return number, problem

    return check_vat_number


def _expiry_ignored(product: Function) -> Function:
    def check_card(number: str, expiry: str, cvc: str, holder: str, _today: date) -> Any:
        return product(number, expiry, cvc, holder, date.min)

    return check_card


def _never_declined(_product: Function) -> Function:
    return lambda *_args: False


# --- Payment Method and Billing History (issue 24) ----------------------------------------------


def _invoice_total_before_credit(product: Function) -> Function:
    def render_pdf(invoice: invoices.Invoice, account_name: str, country_name: str) -> Any:
        before = sum((line.amount for line in invoice.lines), ZERO)
        return product(dataclasses.replace(invoice, total=before), account_name, country_name)

    return render_pdf


def _cancelled_renews(_product: Function) -> Function:
    return lambda subscription: subscription.status == "active"


def _orders_only(product: Function) -> Function:
    return lambda orders, _renewals: product(orders, [])


# --- double submit --------------------------------------------------------------------------


def _copy_of(first: store.Order, user_id: int) -> store.Order:
    """A second order with the lines and amounts of `first`, numbered and stored as new."""
    conn = get_db()
    priced = Quote(
        first.currency,
        (),
        first.plan_total,
        first.credit_total,
        first.balance_used,
        first.total_due,
        first.balance_after,
    )
    order_id = store.insert_order(
        conn,
        account_id=first.account_id,
        checkout_token=orders.new_checkout_token(f"copy of {first.number}"),
        placed_on=first.placed_on,
        priced=priced,
        vat_number=first.vat_number,
        card_last4=first.card_last4,
        placed_by=user_id,
    )
    number = orders.order_number(first.placed_on, order_id)
    store.set_order_number(conn, order_id, number)
    for line in first.lines:
        quoted = LineQuote(line.selection, None, ZERO, line.plan_cost, line.credit, line.period_start, line.period_end)
        store.insert_order_line(
            conn, order_id, line.subscription_id or 0, cast(store.CartKind, line.kind), line.old_selection, quoted
        )
    copy = store.get_order(conn, first.account_id, number)
    assert copy is not None
    return copy


def _ordered_again(product: Function) -> Function:
    """The second Place Order of a checkout page no longer finds the first one's order."""

    def place_order() -> Any:
        user = g.user
        token = request.form.get("checkout_token", "")
        first = None
        if user is not None and user.is_billing_contact and token:
            first = store.order_for_checkout(get_db(), user.account_id, token)
        if first is None:
            return product()
        account = billing.current_account()
        settings = current_app.config["SETTINGS"]
        message_id = ""
        with transaction():
            again = _copy_of(first, user.id)
            with contextlib.suppress(notifications.NotificationError):
                message_id = notifications.send_order_confirmation(settings, account, user, again)
        notifications.deliver(settings, message_id)
        return redirect(url_for("billing.order_result", number=again.number))

    return place_order


# --- cancel and reactivate ------------------------------------------------------------------


def _expires_a_day_early(product: Function) -> Function:
    def cancel_subscription(
        conn: Any, account_id: int, subscription_id: int, user_id: int, today: date, expires_on: date
    ) -> None:
        product(conn, account_id, subscription_id, user_id, today, expires_on - timedelta(days=1))

    return cancel_subscription


def _reactivation_kept_cancelled(_product: Function) -> Function:
    # Says it reactivated (the view goes on as if it had) but keeps the cancellation.
    return lambda _conn, _account_id, _subscription_id: True


def _ended_not_checked(_product: Function) -> Function:
    # The expiry is not checked: an ended subscription is taken like one still running.
    return lambda subscription_id, account: billing._owned_subscription(subscription_id, account)


# --- sign-in help and licenses from the card (articles 008, 009) -------------------------------


def _link_never_used_up(_product: Function) -> Function:
    # Saving the new password leaves the link working: the same link resets the password again.
    return lambda _conn, _link_id, _now: True


PORTAL_ERRORS = ("Invalid User ID", "Invalid User ID/password")


def _portal_errors_swapped(product: Function) -> Function:
    """The portal's two sign-in errors, each shown where the other belongs."""
    first, second = PORTAL_ERRORS
    swapped = {first: second, second: first}

    def gettext(message: str, **variables: Any) -> str:
        return cast(str, product(swapped.get(message, message), **variables))

    return gettext


CARD_ADD_QUERY = "add=licenses"
"""What the card's Add Organizers / Agents / Experts / Users link adds to Edit Subscription's address."""


def _card_added_licenses_one_short(product: Function) -> Function:
    """A selection submitted from the page the card's add-licenses button opened is put in the
    cart with one license fewer than chosen (the Order Summary on the page still shows them all)."""

    def put_cart_item(conn: Any, account_id: int, kind: Any, selection: Any, *args: Any, **kwargs: Any) -> Any:
        if CARD_ADD_QUERY in (request.referrer or "") and selection.licenses > 1:
            selection = dataclasses.replace(selection, licenses=selection.licenses - 1)
        return product(conn, account_id, kind, selection, *args, **kwargs)

    return put_cart_item


BILLING_SCRIPT = "billing.js"
MODAL_OPENING = "closeMenus();\n      dialog.showModal();"
"""Where billing.js opens Cancel Subscription's window as a modal one (menu item → dialog)."""


def _dialog_shown_not_modal(product: Function) -> Function:
    """billing.js served with Cancel Subscription's window opened by show(): it appears, but the
    focus stays behind it, Escape does nothing and the page behind is not inert."""
    script = Path(billing.__file__).with_name("static") / BILLING_SCRIPT
    if script.read_text(encoding="utf-8").count(MODAL_OPENING) != 1:
        raise DefectError(f"cancel-dialog-not-modal: {BILLING_SCRIPT} no longer opens the window as {MODAL_OPENING!r}")

    def static(**kwargs: Any) -> Any:  # Flask calls its static view with keywords only
        response = product(**kwargs)
        if kwargs.get("filename") != BILLING_SCRIPT or response.status_code != 200:
            return response
        served = response.response  # the file it streams: read here, so closed here
        response.direct_passthrough = False
        text = response.get_data(as_text=True)
        with contextlib.suppress(AttributeError):
            served.close()
        response.set_data(text.replace(MODAL_OPENING, MODAL_OPENING.replace("showModal()", "show()")))
        return response

    return static


# --- the catalogue --------------------------------------------------------------------------

RENAMED_LABELS = Path(__file__).with_name("renamed_labels.toml")


def renamed_labels(path: Path = RENAMED_LABELS) -> tuple[Defect, ...]:
    """The label defects of `renamed_labels.toml`: one renamed label each, in one language."""
    with path.open("rb") as handle:
        tables = tomllib.load(handle)
    defects = []
    for name, entry in tables.items():
        fields = {"locale", "msgid", "reads", "description"}
        if not isinstance(entry, dict) or set(entry) != fields or not all(isinstance(v, str) for v in entry.values()):
            raise DefectError(f"{path}: [{name}] needs exactly the strings {', '.join(sorted(fields))}")
        if not i18n.is_language(entry["locale"]):
            raise DefectError(f"{path}: [{name}] locale {entry['locale']!r} is not a language of the mock")
        patch = relabel(entry["locale"], entry["msgid"], entry["reads"])
        defects.append(Defect(name, "label", entry["description"], (patch,), (entry["locale"],)))
    return tuple(defects)


OVERVIEW = "billing/overview.html"
CONFIRMATION_EMAILS = ("email/order_confirmation.txt", "email/order_confirmation.html")

DEFECTS: tuple[Defect, ...] = (
    # labels the articles name
    *renamed_labels(),
    Defect(
        "edit-subscription-missing",
        "label",
        "The options icon opens a menu without Edit Subscription (Cancel Subscription is still there).",
        (
            TemplateEdit(
                OVERVIEW,
                """<li role="none"><a role="menuitem" href="{{ url_for('billing.edit', subscription_id=s.id) }}">"""
                """{{ _("Edit Subscription") }}</a></li>""",
                "",
            ),
        ),
    ),
    Defect(
        "add-to-cart-with-empty-cart",
        "label",
        "Add to Cart is shown instead of Proceed to Checkout although the cart is empty.",
        (TemplateEdit("_macros.html", "{% if cart_has_items %}", "{% if true %}"),),
    ),
    # money
    Defect(
        "proration-one-day-short",
        "money",
        "The credit for the unused part of the plan counts one day too few.",
        (Wrap(((pricing, "unused_credit"),), _credit_one_day_short),),
    ),
    Defect(
        "credit-not-applied",
        "money",
        "No credit for the unused part of the current plan: the full new price is due.",
        (Wrap(((pricing, "unused_credit"),), _no_credit),),
    ),
    Defect(
        "balance-not-used",
        "money",
        "The account's credit balance is not spent: it stays on the account and the total is charged.",
        (Wrap(((billing, "quote"), (wizard, "quote"), (orders, "quote")), _balance_ignored),),
    ),
    Defect(
        "rounding-half-down",
        "money",
        "Amounts ending in half a cent are rounded down (0.505 → 0.50) instead of up.",
        (Wrap(((pricing, "to_cents"),), _rounding(ROUND_HALF_DOWN)),),
    ),
    Defect(
        "rounding-truncated",
        "money",
        "Amounts are cut to the cent instead of rounded (0.6667 → 0.66).",
        (Wrap(((pricing, "to_cents"),), _rounding(ROUND_DOWN)),),
    ),
    Defect(
        "annual-at-monthly-price",
        "money",
        "An annual plan costs one month's price: the year is charged as a month.",
        (Wrap(((pricing, "plan_cost"),), _annual_at_monthly_price),),
    ),
    Defect(
        "wrong-currency",
        "money",
        "Euro amounts are shown with the dollar sign (and dollar amounts in euros).",
        (Filter("money", _other_currency),),
    ),
    # dates
    Defect(
        "billing-date-not-moved",
        "date",
        "After a change the card keeps the old next billing date instead of moving it to a period from today.",
        (Wrap(((store, "renew_subscription"),), _billing_date_kept),),
    ),
    Defect(
        "annual-period-one-month-short",
        "date",
        "An annual billing period ends after 11 months.",
        (Wrap(((pricing, "period_end"),), _annual_period(11)),),
    ),
    Defect(
        "annual-period-one-month-long",
        "date",
        "An annual billing period ends after 13 months.",
        (Wrap(((pricing, "period_end"),), _annual_period(13)),),
    ),
    Defect(
        "english-dates-in-german",
        "date",
        "German pages and emails show dates in English (“December 1, 2026”, not “1. Dezember 2026”).",
        (Filter("long_date", _english_dates_in("de")),),
        ("de",),
    ),
    # email
    Defect(
        "confirmation-not-sent",
        "email",
        "No confirmation email arrives after Place Order.",
        (Wrap(((notifications, "send_order_confirmation"),), _not_sent),),
    ),
    Defect(
        "confirmation-to-other-user",
        "email",
        "The confirmation email goes to another user of the account, not to the buyer.",
        (Wrap(((notifications, "send_order_confirmation"),), _to_another_user),),
    ),
    Defect(
        "confirmation-one-license-more",
        "email",
        "The confirmation email names one user license more than was ordered.",
        tuple(_license_more(template) for template in CONFIRMATION_EMAILS),
    ),
    Defect(
        "confirmation-wrong-total",
        "email",
        "The confirmation email's Total due is the plan cost before credit and balance.",
        tuple(_plan_total_as_total(template) for template in CONFIRMATION_EMAILS),
    ),
    Defect(
        "confirmation-in-english-it",
        "email",
        "An Italian buyer gets the confirmation email in English.",
        (Wrap(((notifications, "send_order_confirmation"),), _in_english_for("it")),),
        ("it",),
    ),
    Defect(
        "email-subject-garbled-de-it",
        "email",
        "Emails' subjects are garbled in German and Italian (“bestÃ¤tigt”, “Ã¨ confermato”).",
        (Wrap(((notifications, "build_message"),), _subject_mojibake_in("de", "it")),),
        ("de", "it"),
    ),
    Defect(
        "email-sender-logmein-era",
        "email",
        "Emails come from the LogMeIn era's sender again (“LogMeIn Billing <billing@logmeininc.com>”).",
        (Wrap(((notifications, "build_message"),), _sender("LogMeIn Billing <billing@logmeininc.com>")),),
    ),
    Defect(
        "email-text-part-missing",
        "email",
        "Emails have only an HTML part: mail clients without HTML show nothing readable.",
        (Wrap(((mailer, "EmailMessage"),), _message_class(_HtmlOnlyMessage)),),
    ),
    Defect(
        "email-html-part-missing",
        "email",
        "Emails have only a plain-text part: no formatted email.",
        (Wrap(((mailer, "EmailMessage"),), _message_class(_TextOnlyMessage)),),
    ),
    # flow rules
    Defect(
        "edit-order-loses-choices",
        "flow",
        "Edit Order goes back to the selection with the current plan, not the choices made.",
        (Wrap(((billing, "edit_url"),), _edit_url_without_item),),
    ),
    Defect(
        "tier-downgrade-accepted",
        "flow",
        "A downgrade to a lower plan is accepted online instead of being sent to Contact Support.",
        (Wrap(((billing, "change_problems"), (orders, "change_problems")), _downgrades_allowed),),
    ),
    Defect(
        "stale-cart-change-ordered",
        "flow",
        "A change in the cart that no longer applies (now a downgrade, or the plan as it already is) is ordered"
        " at Place Order instead of being refused.",
        (Wrap(((orders, "cart_problems"),), _stale_changes_ordered),),
    ),
    Defect(
        "trial-ends-a-day-early",
        "date",
        "A free trial has ended on its last day: the card shows Subscribe Now a day too soon.",
        (Wrap(((store.Subscription, "trial_expired"),), _trial_ends_a_day_early),),
    ),
    Defect(
        "corporate-not-sent-to-portal",
        "flow",
        "A corporate account's billing contact gets the self-service Billing Center, not the Corporate Billing Portal.",
        (Wrap(((store.Account, "is_corporate"),), _never_corporate),),
    ),
    Defect(
        "member-can-change-subscriptions",
        "flow",
        "A user who is not a billing contact can edit subscriptions and place orders.",
        (Wrap(((store, "get_user"),), _everyone_billing_contact),),
    ),
    Defect(
        "legacy-host-not-redirected",
        "flow",
        "billing.logmeininc.com serves the pages itself instead of redirecting to billing.goto.com.",
        (Hook("_redirect_legacy_host", _no_redirect),),
    ),
    Defect(
        "subscribe-now-missing",
        "flow",
        "The card of an ended free trial has no Subscribe Now button.",
        (
            TemplateEdit(
                OVERVIEW,
                """<a class="button primary" href="{{ url_for('billing.subscribe', subscription_id=s.id) }}">"""
                """{{ _("Subscribe Now") }}</a>""",
                "",
            ),
        ),
    ),
    Defect(
        "trial-confirmation-missing-end-date",
        "flow",
        "The free trial's confirmation screen does not say when the trial ends.",
        (
            TemplateEdit(
                "wizard/trial_started.html",
                """<div><dt>{{ _("Trial ends on") }}</dt><dd>{{ subscription.trial_ends_on|long_date }}</dd></div>""",
                "",
            ),
        ),
    ),
    Defect(
        "trial-welcome-not-sent",
        "flow",
        "Starting a free trial sends no welcome email.",
        (Wrap(((notifications, "send_trial_welcome"),), _not_sent),),
    ),
    Defect(
        "one-user-more-than-licenses",
        "flow",
        "One user more than the licenses bought can be given a license.",
        (Wrap(((admin, "_columns"),), _one_license_more), Wrap(((store, "assigned_count"),), _one_assignment_less)),
    ),
    Defect(
        "cart-kept-after-order",
        "flow",
        "After Place Order the cart still holds what was bought (the header's cart count too).",
        (Wrap(((store, "clear_cart"),), _nothing_done),),
    ),
    Defect(
        "last-license-cannot-be-assigned",
        "flow",
        "The last of the licenses bought cannot be given to a user (the limit is off by one).",
        (Wrap(((store, "set_assignment"),), _last_license_refused),),
    ),
    # cancel and reactivate (articles 005, 006)
    Defect(
        "cancellation-email-not-sent",
        "email",
        "Yes, Cancel sends no cancellation email.",
        (Wrap(((notifications, "send_cancellation"),), _not_sent),),
    ),
    Defect(
        "cancellation-expires-a-day-early",
        "date",
        "A cancelled plan expires the day before its next billing date: the last day paid for is lost.",
        (Wrap(((store, "cancel_subscription"),), _expires_a_day_early),),
    ),
    Defect(
        "pending-cancellation-not-shown",
        "flow",
        "After Yes, Cancel the card does not show “Pending Cancellation” under the product.",
        (
            TemplateEdit(
                OVERVIEW,
                """{% if pending %}<p class="card-status">{{ _("Pending Cancellation") }}</p>{% endif %}""",
                "",
            ),
        ),
    ),
    Defect(
        "reactivate-does-nothing",
        "flow",
        "Reactivate comes back to the Billing Center, but the cancellation stays pending.",
        (Wrap(((store, "reactivate_subscription"),), _reactivation_kept_cancelled),),
    ),
    Defect(
        "reactivated-after-expiry",
        "flow",
        "Reactivate is accepted after the plan has expired: the ended subscription comes back.",
        (Wrap(((billing, "_unended_subscription"),), _ended_not_checked),),
    ),
    Defect(
        "trial-offers-cancel-subscription",
        "flow",
        "The options menu of a free trial offers Cancel Subscription, which a trial does not need.",
        (TemplateEdit(OVERVIEW, "{% if s.cancellable %}", '{% if s.cancellable or s.status == "trial" %}'),),
    ),
    Defect(
        "cancel-dialog-not-modal",
        "flow",
        "Cancel Subscription's confirmation window is not modal: the focus stays behind it, Escape does not close it.",
        (View("static", _dialog_shown_not_modal),),
    ),
    # payment
    Defect(
        "malformed-vat-accepted",
        "payment",
        "A malformed VAT number is accepted and printed on the order.",
        (Wrap(((billing, "check_vat_number"),), _any_vat_text),),
    ),
    Defect(
        "foreign-vat-accepted",
        "payment",
        "A valid VAT number of another EU country than the billing address is accepted.",
        (Wrap(((billing, "check_vat_number"),), accept_any_eu_vat_number),),
    ),
    Defect(
        "expired-card-accepted",
        "payment",
        "An expired card is accepted.",
        (Wrap(((billing, "check_card"),), _expiry_ignored),),
    ),
    Defect(
        "declined-card-accepted",
        "payment",
        "A card the bank declines is accepted and the order is placed.",
        (Wrap(((billing, "card_declined"), (payment.Card, "always_declined")), _never_declined),),
    ),
    Defect(
        "declined-card-saved-as-payment-method",
        "payment",
        "A card the bank declines replaces the card on file on Payment Method.",
        (Wrap(((billing_info, "_declined"),), _never_declined),),
    ),
    Defect(
        "result-page-other-frequency",
        "flow",
        "The result page after Place Order names the other billing frequency (Annual for Monthly), nowhere else.",
        (_other_frequency("billing/result.html"),),
    ),
    Defect(
        "confirmation-other-frequency",
        "email",
        "The confirmation email names the other billing frequency (Annual for Monthly), in both parts.",
        tuple(_other_frequency(template) for template in CONFIRMATION_EMAILS),
    ),
    Defect(
        "checkout-vat-number-not-kept",
        "payment",
        "The VAT number entered at Checkout is printed on the order but not kept: Payment Method shows the old one.",
        (Wrap(((store, "set_balance_and_vat_number"),), _vat_number_not_kept),),
        ("it", "de"),
    ),
    # Payment Method and Billing History (issue 24)
    Defect(
        "invoice-total-before-credit",
        "money",
        "An invoice's Total is the plan cost before credit and account balance.",
        (Wrap(((invoices, "render_pdf"),), _invoice_total_before_credit),),
    ),
    Defect(
        "cancelled-subscription-renewed",
        "flow",
        "A cancelled subscription is renewed and charged on its expiry date.",
        (Wrap(((renewals, "renews"),), _cancelled_renews),),
    ),
    Defect(
        "renewals-missing-from-history",
        "flow",
        "Billing History lists only orders: renewals and their invoices are missing.",
        (Wrap(((invoices, "billing_history"),), _orders_only),),
    ),
    # sign-in help (article 008)
    Defect(
        "reset-link-reusable",
        "flow",
        "A password reset link still works after it was used: the same link sets the password again.",
        (Wrap(((portal, "use_reset_link"),), _link_never_used_up),),
    ),
    Defect(
        "portal-errors-swapped",
        "label",
        "The Corporate Billing Portal says “Invalid User ID/password” for an unknown User ID and “Invalid User ID” "
        "for a wrong password.",
        (Wrap(((portal_auth, "gettext"),), _portal_errors_swapped),),
    ),
    Defect(
        "reset-email-not-sent",
        "email",
        "Forgot Password? says a link was sent, but no reset email arrives.",
        (Wrap(((notifications, "send_password_reset"),), _not_sent),),
    ),
    # licenses from the card (article 009)
    Defect(
        "card-added-licenses-one-short",
        "flow",
        "Licenses added with the card's Add Organizers (Agents, Experts, Users) count one fewer at Checkout "
        "than chosen.",
        (Wrap(((store, "put_cart_item"),), _card_added_licenses_one_short),),
    ),
    Defect(
        "add-licenses-offered-to-members",
        "flow",
        "A user who is not a billing contact sees the card's Add Organizers (Agents, Experts, Users) button.",
        (
            TemplateEdit(
                OVERVIEW,
                """{% if g.user.is_billing_contact %}\n        <div class="card-actions">""",
                """{% if true %}\n        <div class="card-actions">""",
            ),
        ),
    ),
    # double submit
    Defect(
        "double-submit-second-order",
        "double-submit",
        "A second click on Place Order places a second order and sends a second email.",
        (View("billing.place_order", _ordered_again),),
    ),
)
