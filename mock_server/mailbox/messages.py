"""The mailbox's messages: a stored MIME message read into Mailpit's fields.

`Mail` parses a stored message on demand: addresses as Go's mail.Address JSON, the text and
HTML bodies (the text made from the HTML when there is none, as Mailpit does), attachments and
inline parts with Mailpit's PartIDs, the snippet and the search text, and the JSON shapes of
Mailpit's MessageSummary and Message. Mail from outside may be malformed anywhere, so every
reader here degrades to an empty value instead of failing.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from functools import cached_property
from html.parser import HTMLParser
from typing import Any

from ..data.mail import StoredMail

log = logging.getLogger(__name__)

SNIPPET_LIMIT = 200  # bytes of UTF-8, as Mailpit


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def json_text(value: object) -> str:
    """A str fit for JSON: raw 8-bit header bytes (surrogate escapes) read as UTF-8."""
    text = str(value)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]*", " ", value).strip()


def header_end(raw: bytes) -> int:
    """Offset just past the last header line (where the blank line starts; the whole message if none)."""
    if raw.startswith((b"\r\n", b"\n")):
        return 0
    ends = []
    if (crlf := raw.find(b"\r\n\r\n")) >= 0:
        ends.append(crlf + 2)
    if (lf := raw.find(b"\n\n")) >= 0:
        ends.append(lf + 1)
    return min(ends, default=len(raw))


def header_value(message: Message, name: str) -> str:
    """A header's decoded value, "" when missing or unparsable (mail from outside may be anything)."""
    try:
        value = message.get(name)
    except Exception:
        return ""
    return "" if value is None else json_text(unfold(str(value)))


def _addresses(message: EmailMessage, name: str) -> list[dict[str, str]]:
    """A header's addresses as Mailpit's (Go's mail.Address) JSON: [{"Name": .., "Address": ..}]."""
    found: list[dict[str, str]] = []
    try:
        for value in message.get_all(name, []):
            for address in getattr(value, "addresses", ()):
                found.append({"Name": json_text(address.display_name), "Address": json_text(address.addr_spec)})
    except Exception:
        log.debug("unparsable %s header", name, exc_info=True)
    return found


class _TextExtractor(HTMLParser):
    """Mailpit's html2text.Strip: visible text, one space for block ends, optionally link targets."""

    _SKIP = frozenset({"script", "title", "head", "style", "noscript"})
    _BLOCK = frozenset(
        {"div", "p", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "address", "article"}
        | {"aside", "blockquote", "dl", "dt", "footer", "header", "hr", "main", "nav", "pre", "table"}
        | {"thead", "tfoot", "tr", "video"}
    )

    def __init__(self, include_links: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._include_links = include_links
        self._skipping = 0
        self._links: list[str] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in ("br", "img"):
            self.chunks.append(" ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._links.append(href if href.lower().startswith("http") else "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.chunks.append(" ")
        elif tag == "a" and self._links:
            href = self._links.pop()
            if self._include_links and href:
                self.chunks.append(f" {href} ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.chunks.append(data)


def _strip_html(html: str, include_links: bool = False) -> str:
    parser = _TextExtractor(include_links)
    parser.feed(html)
    parser.close()
    return _collapse("".join(parser.chunks))


def _collapse(text: str) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in text.replace("\ufeff", " "))
    return " ".join(text.split())


def clean(text: str) -> str:
    """Mailpit's cleanString, used on search text and search terms alike."""
    return " ".join(re.sub(r"[\r\n\t<>\",;()]", " ", text.replace("\ufeff", " ")).split()).casefold()


def _snippet(text: str, html: str) -> str:
    source = _strip_html(html) if html.strip() else _collapse(text)
    encoded = source.encode("utf-8")
    if len(encoded) <= SNIPPET_LIMIT:
        return source
    return encoded[:SNIPPET_LIMIT].decode("utf-8", "ignore") + "..."


def _part_content(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content.replace("\r\n", "\n") if isinstance(content, str) else ""


def _leaves(part: EmailMessage, part_id: str = "") -> Iterator[tuple[str, EmailMessage]]:
    """Every non-multipart part with its Mailpit-style PartID ("1", "1.2", ...)."""
    if part.get_content_maintype() == "multipart":
        for index, child in enumerate(part.iter_parts(), start=1):
            if isinstance(child, EmailMessage):
                yield from _leaves(child, f"{part_id}.{index}" if part_id else str(index))
    else:
        yield part_id or "1", part


def payload_bytes(part: EmailMessage) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner_message = inner[0] if isinstance(inner, list) and inner else None
        return inner_message.as_bytes() if isinstance(inner_message, Message) else b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


class Mail:
    """One stored message, parsed on demand into Mailpit's fields."""

    def __init__(self, stored: StoredMail) -> None:
        self.id = stored.id
        self.message_id = stored.message_id
        self.subject = stored.subject
        self.created_at = stored.created_at
        self.size = stored.size
        self.read = stored.read
        self.raw = stored.raw

    @cached_property
    def message(self) -> EmailMessage:
        return parse(self.raw)

    @cached_property
    def sender(self) -> dict[str, str]:
        found = _addresses(self.message, "From")
        if found:
            return found[0]
        return {"Name": header_value(self.message, "From"), "Address": ""}

    def recipients(self, header: str) -> list[dict[str, str]]:
        return _addresses(self.message, header)

    @cached_property
    def _body_parts(self) -> tuple[EmailMessage | None, EmailMessage | None]:
        try:
            text_part = self.message.get_body(preferencelist=("plain",))
            html_part = self.message.get_body(preferencelist=("html",))
        except Exception:
            return None, None
        return (
            text_part if isinstance(text_part, EmailMessage) else None,
            html_part if isinstance(html_part, EmailMessage) else None,
        )

    @cached_property
    def html(self) -> str:
        html_part = self._body_parts[1]
        return _part_content(html_part) if html_part is not None else ""

    @cached_property
    def text(self) -> str:
        text_part = self._body_parts[0]
        if text_part is not None:
            return _part_content(text_part)
        # As Mailpit (enmime): a message with only HTML gets its text from the HTML.
        return _strip_html(self.html) if self.html else ""

    @cached_property
    def parts(self) -> tuple[list[tuple[str, EmailMessage]], list[tuple[str, EmailMessage]]]:
        """(attachments, inline parts), each as (PartID, part)."""
        bodies = {id(part) for part in self._body_parts if part is not None}
        attachments: list[tuple[str, EmailMessage]] = []
        inline: list[tuple[str, EmailMessage]] = []
        try:
            for part_id, part in _leaves(self.message):
                if id(part) in bodies:
                    continue
                disposition = part.get_content_disposition()
                named = bool(part.get_filename() or content_id(part))
                if disposition == "attachment":
                    attachments.append((part_id, part))
                elif named and (disposition == "inline" or content_id(part)):
                    inline.append((part_id, part))
                elif named:
                    attachments.append((part_id, part))
        except Exception:
            log.debug("unparsable MIME structure in %s", self.id, exc_info=True)
        return attachments, inline

    def part(self, part_id: str) -> EmailMessage | None:
        try:
            return next((part for pid, part in _leaves(self.message) if pid == part_id), None)
        except Exception:
            return None

    @cached_property
    def date(self) -> str:
        """The Date header as RFC 3339 (Go's time.Time JSON), else when it was received."""
        value = header_value(self.message, "Date")
        try:
            parsed = parsedate_to_datetime(value) if value else None
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is None:
            return self.created_at
        if parsed.tzinfo is None:  # "-0000": no zone information
            parsed = parsed.replace(tzinfo=UTC)
        return _rfc3339(parsed)

    @cached_property
    def search_text(self) -> str:
        """Mailpit's SearchText: address and subject headers, the body's text, attachment names."""
        names = ("From", "Subject", "To", "Cc", "Bcc", "Reply-To", "Return-Path")
        words = [header_value(self.message, name) for name in names]
        words.append(_strip_html(self.html, include_links=True) if self.html else self.text)
        words.extend(part.get_filename() or "" for _pid, part in self.parts[0])
        return clean(" ".join(words))

    def address_text(self, header: str) -> str:
        found = [self.sender] if header == "From" else self.recipients(header)
        return " ".join(f"{a['Name']} {a['Address']}" for a in found).casefold()

    def summary(self) -> dict[str, Any]:
        """Mailpit's MessageSummary (storage.MessageSummary, as listed by GET /messages)."""
        attachments, _inline = self.parts
        return {
            "ID": self.id,
            "MessageID": self.message_id,
            "Read": self.read,
            "From": self.sender,
            # Mailpit lists missing To/Cc/Bcc as null (omitted from its metadata), ReplyTo as [].
            "To": self.recipients("To") or None,
            "Cc": self.recipients("Cc") or None,
            "Bcc": self.recipients("Bcc") or None,
            "ReplyTo": self.recipients("Reply-To"),
            "Subject": self.subject,
            "Created": self.created_at,
            "Username": "",
            "Tags": [],
            "Size": self.size,
            "Attachments": len(attachments),
            "Snippet": _snippet(self.text, self.html),
        }

    def full(self) -> dict[str, Any]:
        """Mailpit's Message (storage.Message, as GET /message/<ID> answers)."""
        attachments, inline = self.parts
        return_path = header_value(self.message, "Return-Path").strip("<> ") or self.sender["Address"]
        unsubscribe = header_value(self.message, "List-Unsubscribe")
        return {
            "ID": self.id,
            "MessageID": self.message_id,
            "From": self.sender,
            "To": self.recipients("To"),
            "Cc": self.recipients("Cc"),
            "Bcc": self.recipients("Bcc"),
            "ReplyTo": self.recipients("Reply-To"),
            "ReturnPath": return_path,
            "Subject": self.subject,
            "ListUnsubscribe": {
                "Header": unsubscribe,
                "Links": re.findall(r"<([^>]+)>", unsubscribe),
                "Errors": "",
                "HeaderPost": header_value(self.message, "List-Unsubscribe-Post"),
            },
            "Date": self.date,
            "Tags": [],
            "Username": "",
            "Text": self.text,
            "HTML": self.html,
            "Size": self.size,
            "Inline": [_attachment_json(pid, part) for pid, part in inline],
            "Attachments": [_attachment_json(pid, part) for pid, part in attachments],
        }

    def headers(self) -> dict[str, list[str]]:
        """Headers as Go's mail.Header: canonical keys, unfolded undecoded values, sorted keys."""
        found: dict[str, list[str]] = {}
        head = self.raw[: header_end(self.raw)]
        raw_headers = email.message_from_bytes(head, policy=email.policy.compat32)
        for name, value in raw_headers.items():
            key = "-".join(word.capitalize() for word in name.split("-"))
            found.setdefault(key, []).append(json_text(unfold(str(value))))
        return dict(sorted(found.items()))


def content_id(part: EmailMessage) -> str:
    return header_value(part, "Content-ID").strip("<> ")


def _attachment_json(part_id: str, part: EmailMessage) -> dict[str, Any]:
    content = payload_bytes(part)
    return {
        "PartID": part_id,
        "FileName": json_text(part.get_filename() or ""),
        "ContentType": part.get_content_type(),
        "ContentID": content_id(part),
        "Size": len(content),
        "Checksums": {
            "MD5": hashlib.md5(content, usedforsecurity=False).hexdigest(),
            "SHA1": hashlib.sha1(content, usedforsecurity=False).hexdigest(),
            "SHA256": hashlib.sha256(content).hexdigest(),
        },
    }


def _rfc3339(moment: datetime) -> str:
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
