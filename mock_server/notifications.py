"""The emails the Billing Center sends: order confirmations, free-trial welcomes, cancellations.

They are rendered in the language the buyer is using, with a text and an HTML part, and are
queued in the `outbox` on the request's connection: call `send_*` inside the transaction of the
order or trial, and `deliver(message_id)` once it is committed. They go out over SMTP to whatever
server the settings name (the embedded sink by default); what the request cannot deliver, the
outbox's sender retries.
"""

from __future__ import annotations

import logging
from datetime import date

from flask import current_app, g, render_template

from . import outbox, store
from .config import Settings
from .db import get_db
from .i18n import current_language, gettext
from .mailer import build_message

log = logging.getLogger(__name__)


class NotificationError(Exception):
    """An email that could not be handed to the mail server."""


def _send(settings: Settings, to: str, subject: str, template: str, about: str, **context: object) -> str:
    """Queue the email on the request's connection; its Message-ID."""
    if settings.smtp_host is None or settings.smtp_port is None:
        raise NotificationError("no SMTP server is configured")
    text = render_template(f"email/{template}.txt", **context)
    html = render_template(f"email/{template}.html", **context)
    message = build_message(
        sender=settings.mail_sender, to=to, subject=subject, text=text, html=html, language=current_language()
    )
    return outbox.enqueue(get_db(), message, about)


def deliver(settings: Settings, message_id: str) -> None:
    """Deliver a queued email now (after its transaction committed); on failure the sender retries it."""
    if not message_id or settings.smtp_host is None or settings.smtp_port is None:
        return
    smtp = outbox.Smtp(settings.smtp_host, settings.smtp_port)
    backoff = outbox.Backoff(settings.mail_retry_first_seconds, settings.mail_retry_max_seconds)
    if outbox.deliver_one(get_db(), smtp, backoff, message_id) is False:
        sender: outbox.Sender | None = current_app.extensions.get(outbox.EXTENSION)
        if sender is None:
            log.error("email %s not delivered and no outbox sender runs to retry it", message_id)
        else:
            sender.wake()


def send_order_confirmation(settings: Settings, account: store.Account, user: store.User, order: store.Order) -> str:
    subject = gettext("Your order %(number)s is confirmed", number=order.number)
    return _send(
        settings,
        user.email,
        subject,
        "order_confirmation",
        f"order {order.number}",
        account=account,
        user=user,
        order=order,
    )


def send_trial_welcome(
    settings: Settings,
    account: store.Account,
    user: store.User,
    subscription: store.Subscription,
    today: date,
) -> str:
    subject = gettext("Welcome to your free trial of %(product)s", product=subscription.product.name)
    return _send(
        settings,
        user.email,
        subject,
        "trial_welcome",
        f"trial {subscription.id}",
        account=account,
        user=user,
        subscription=subscription,
        today=today,
    )


def send_cancellation(
    settings: Settings,
    account: store.Account,
    user: store.User,
    subscription: store.Subscription,
    today: date,
) -> str:
    subject = gettext("Your %(product)s subscription is cancelled", product=subscription.product.name)
    return _send(
        settings,
        user.email,
        subject,
        "cancellation",
        f"cancellation {subscription.id} {today.isoformat()}",
        account=account,
        user=user,
        subscription=subscription,
        today=today,
    )


def send_password_reset(
    settings: Settings, user: store.User, login_id: str, link: str, valid_until: date, about: str
) -> str:
    """The Corporate Billing Portal's reset link, to the billing contact's email address, in the
    language of their profile (whoever asked for it: the visitor's language may be anyone's)."""
    visitor_language = g.get("lang")
    g.lang = user.locale
    try:
        subject = gettext("Reset your Corporate Billing Portal password")
        return _send(
            settings,
            user.email,
            subject,
            "password_reset",
            about,
            user=user,
            login_id=login_id,
            link=link,
            valid_until=valid_until,
        )
    finally:
        if visitor_language is None:
            g.pop("lang", None)
        else:
            g.lang = visitor_language
