"""Outgoing mail of the mock billing center: the order confirmation, sent over real SMTP.

`build_message` makes a multipart/alternative message (a plain-text and an HTML part, both
UTF-8) with its Message-ID; `deliver` hands one to an SMTP server: the embedded sink of
`mailbox.SmtpSink`, or a real Mailpit. `send_mail` does both. Delivery is synchronous, so once
`deliver` returns the server has accepted (and, for the embedded sink, stored) the message.
The mock's own emails go through `outbox`, which stores the built message before delivering it.
"""

from __future__ import annotations

import re
import smtplib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid

SMTP_TIMEOUT_SECONDS = 10.0
# Headers that send_mail itself owns: the MIME structure is built from `text` and `html`.
_RESERVED_HEADER_PREFIXES = ("content-", "mime-version")
_FALLBACK_MSGID_DOMAIN = "billing-mock.invalid"
_DOMAIN_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


class MailDeliveryError(Exception):
    """The SMTP server could not be reached or refused the message."""


def send_mail(
    *,
    smtp_host: str,
    smtp_port: int,
    sender: str,
    to: str,
    subject: str,
    text: str,
    html: str,
    headers: dict[str, str] | None = None,
) -> str:
    """Send one text + HTML message and return its Message-ID header (with the angle brackets).

    See `build_message` for the arguments. Raises `MailDeliveryError` naming host:port and the
    cause on any SMTP or network error.
    """
    message = build_message(sender=sender, to=to, subject=subject, text=text, html=html, headers=headers)
    deliver(smtp_host, smtp_port, envelope_sender(message), envelope_recipients(message), as_smtp_bytes(message))
    return str(message["Message-ID"])


def build_message(
    *,
    sender: str,
    to: str,
    subject: str,
    text: str,
    html: str,
    language: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """One text + HTML message with a new Message-ID.

    `sender` and `to` are header values ("Name <addr>" or a bare address; `to` may list several,
    comma separated). `language` is the message's Content-Language (RFC 3282: what a mail client
    shows or translates by). `headers` adds or replaces headers (say `X-Order-Number`); the MIME
    headers (`Content-*`, `MIME-Version`) are built here and cannot be given.
    """
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=_msgid_domain(sender))
    for name, value in (headers or {}).items():
        if name.lower().startswith(_RESERVED_HEADER_PREFIXES):
            raise ValueError(f"header {name!r} is built by send_mail and cannot be overridden")
        del message[name]
        message[name] = value
    # Quoted-printable keeps the message 7-bit clean, so no server needs 8BITMIME.
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if language is not None:
        # After the parts: set_content and add_alternative move or drop a message's Content-* headers.
        message["Content-Language"] = language
    return message


def as_smtp_bytes(message: EmailMessage) -> bytes:
    """The message as sent over SMTP: CRLF line ends, as `smtplib.send_message` flattens it."""
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def envelope_sender(message: EmailMessage) -> str:
    return getaddresses([str(message["From"])])[0][1]


def envelope_recipients(message: EmailMessage) -> list[str]:
    return [addr for _name, addr in getaddresses([str(v) for v in message.get_all("To", [])]) if addr]


def deliver(
    smtp_host: str,
    smtp_port: int,
    mail_from: str,
    rcpt_to: list[str],
    raw: bytes,
    timeout: float = SMTP_TIMEOUT_SECONDS,
) -> None:
    """Hand one built message to the SMTP server; raises `MailDeliveryError` on any SMTP or network error."""
    try:
        with smtplib.SMTP(smtp_host, smtp_port, timeout=timeout) as smtp:
            smtp.sendmail(mail_from, rcpt_to, raw)
    except (smtplib.SMTPException, OSError) as exc:
        cause = str(exc) or type(exc).__name__
        raise MailDeliveryError(
            f"could not deliver mail via SMTP {smtp_host}:{smtp_port}: {type(exc).__name__}: {cause}"
        ) from exc


def _msgid_domain(sender: str) -> str:
    """The sender's domain, so no DNS lookup of the local host name (make_msgid's default) is needed."""
    for _name, addr in getaddresses([sender]):
        domain = addr.rpartition("@")[2]
        if "@" in addr and _DOMAIN_RE.fullmatch(domain):
            return domain
    return _FALLBACK_MSGID_DOMAIN
