"""The emails the Billing Center sends: order confirmations and free-trial welcomes.

They are rendered in the language the buyer is using, with a text and an HTML part, and go out
over SMTP to whatever server the settings name (the embedded sink by default).
"""

from __future__ import annotations

from datetime import date

from flask import render_template

from . import store
from .config import Settings
from .i18n import gettext
from .mailer import MailDeliveryError, send_mail


class NotificationError(Exception):
    """An email that could not be handed to the mail server."""


def _send(settings: Settings, to: str, subject: str, template: str, **context: object) -> str:
    if settings.smtp_host is None or settings.smtp_port is None:
        raise NotificationError("no SMTP server is configured")
    text = render_template(f"email/{template}.txt", **context)
    html = render_template(f"email/{template}.html", **context)
    try:
        return send_mail(
            smtp_host=settings.smtp_host,
            smtp_port=settings.smtp_port,
            sender=settings.mail_sender,
            to=to,
            subject=subject,
            text=text,
            html=html,
        )
    except MailDeliveryError as error:
        raise NotificationError(str(error)) from error


def send_order_confirmation(settings: Settings, account: store.Account, user: store.User, order: store.Order) -> str:
    subject = gettext("Your order %(number)s is confirmed", number=order.number)
    return _send(settings, user.email, subject, "order_confirmation", account=account, user=user, order=order)


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
        account=account,
        user=user,
        subscription=subscription,
        today=today,
    )
